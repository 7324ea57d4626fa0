// std Rust built with panic=unwind (the default of a Cargo build): inside the differentiated
// function, calls that may panic (indexing, a Vec growing, a helper that panics on bad input)
// with values that need dropping when they do (a Vec, a Box), so rustc emits invoke and
// landing pads that run the drops and resume. With RS_UNWIND_PANIC set, the last input is a
// NaN and the helper panics inside the derivative.
extern "C" {
    fn __enzyme_autodiff(f: *const u8, ...) -> f64;
    static enzyme_dup: i32;
    static enzyme_const: i32;
}

pub struct Guarded {
    pub scale: f64,
    pub hits: u32,
}

impl Drop for Guarded {
    fn drop(&mut self) {
        self.hits = 0;
    }
}

#[inline(never)]
fn checked_sqrt(v: f64) -> f64 {
    if !(v >= 0.0) {
        panic!("bad input {}", v);
    }
    v.sqrt()
}

// f = scale * sum_i sqrt(xs_i^2 + 1) * ys_i, ys = the prefix sums of xs, scale = xs[0]
extern "C" fn energy(xs: *const f64, n: usize) -> f64 {
    let xs = unsafe { std::slice::from_raw_parts(xs, n) };
    let g = Box::new(Guarded { scale: xs[0], hits: 1 });
    let mut ys = Vec::new();
    let mut run = 0.0;
    for i in 0..n {
        run += xs[i];
        ys.push(run);
    }
    let mut e = 0.0;
    for i in 0..n {
        e += checked_sqrt(xs[i] * xs[i] + 1.0) * ys[i];
    }
    e * g.scale * g.hits as f64
}

#[no_mangle]
pub extern "C" fn run_checks() -> i32 {
    let mut xs = [0.5f64, -1.5, 2.0, 0.25, 1.75];
    if std::env::var_os("RS_UNWIND_PANIC").is_some() {
        xs[4] = f64::NAN;
    }
    let n = xs.len();
    let mut dxs = [0.0f64; 5];
    unsafe {
        __enzyme_autodiff(energy as *const u8, enzyme_dup, xs.as_ptr(), dxs.as_mut_ptr(),
                          enzyme_const, n);
    }
    let ys: Vec<f64> = xs.iter().scan(0.0, |r, &x| { *r += x; Some(*r) }).collect();
    let s: Vec<f64> = xs.iter().map(|x| (x * x + 1.0).sqrt()).collect();
    let e: f64 = s.iter().zip(&ys).map(|(a, b)| a * b).sum();
    let mut bad = false;
    for i in 0..n {
        // d/dx_i of scale * sum_j s_j y_j: s_j' at j = i, y_j' = 1 for j >= i
        let mut want = xs[0] * (xs[i] / s[i] * ys[i] + s[i..].iter().sum::<f64>());
        if i == 0 {
            want += e;
        }
        println!("rs_unwind d f / d xs[{i}] = {:.12} (analytic {want:.12})", dxs[i]);
        bad |= (dxs[i] - want).abs() > 1e-9 * want.abs().max(1.0);
    }
    bad as i32
}
