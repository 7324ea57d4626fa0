// std Rust: a closure capturing a Vec<f64> and a boxed struct, through a trampoline; and a
// Vec of mixed structs whose first elements are copied into an array before use. (Nothing
// allocates inside the derivative: this Enzyme does not know rustc 1.95's mangled
// __rust_alloc.) Linked by rustc with rs_vec.main.rs, which calls run_checks.
extern "C" {
    fn __enzyme_autodiff(f: *const u8, ...) -> f64;
    static enzyme_dup: i32;
}

#[derive(Clone, Copy)]
pub struct Item {
    pub id: u32,
    pub value: f64,
    pub weight: f32,
}

pub struct Params {
    pub scale: f64,
    pub steps: usize,
}

extern "C" fn tramp<F: Fn(f64) -> f64>(env: *const F, x: f64) -> f64 {
    unsafe { (*env)(x) }
}

fn derivative<F: Fn(f64) -> f64>(f: &F, x: f64) -> f64 {
    unsafe { __enzyme_autodiff(tramp::<F> as *const u8, f as *const F, x) }
}

#[inline(never)]
fn vec_closure(coeffs: Vec<f64>, params: Box<Params>, x: f64) -> f64 {
    let f = move |x: f64| {
        let c = &coeffs;
        let mut s = 0.0;
        for (i, ci) in c.iter().enumerate().take(params.steps) {
            s += ci * x.powi(i as i32 + 1);
        }
        s * params.scale
    };
    derivative(&f, x)
}

extern "C" fn total(items: *const Vec<Item>) -> f64 {
    let v = unsafe { &*items };
    let mut local = [Item { id: 0, value: 0.0, weight: 0.0 }; 2];
    local.copy_from_slice(&v[..2]);
    local.iter().map(|it| it.value * it.value * it.weight as f64).sum()
}

#[no_mangle]
pub extern "C" fn run_checks() -> i32 {
    let coeffs = vec![0.5, -1.0, 2.0];
    let x = 0.9;
    let d = vec_closure(coeffs.clone(), Box::new(Params { scale: 1.5, steps: 3 }), x);
    let want: f64 = coeffs.iter().enumerate()
        .map(|(i, c)| c * (i as f64 + 1.0) * x.powi(i as i32)).sum::<f64>() * 1.5;
    println!("rs_vec d vec-closure / d x = {d:.9} (analytic {want:.9})");
    let mut bad = (d - want).abs() > 1e-9;

    let items = vec![Item { id: 1, value: 0.5, weight: 2.0 }, Item { id: 2, value: -1.5, weight: 0.5 }];
    let mut d_items = vec![Item { id: 0, value: 0.0, weight: 0.0 }; 2];
    unsafe {
        __enzyme_autodiff(total as *const u8, enzyme_dup, &items as *const Vec<Item>,
                          &mut d_items as *mut Vec<Item>);
    }
    for (it, d) in items.iter().zip(d_items.iter()) {
        let want = 2.0 * it.value * it.weight as f64;
        println!("rs_vec d total / d items[{}].value = {} (analytic {want})", it.id, d.value);
        bad |= (d.value - want).abs() > 1e-9;
    }
    bad as i32
}
