// std Rust, inside the differentiated function: Rc<RefCell<..>> of floats. An accumulator
// shared by two Rc handles (one moved into a closure), updated through borrow_mut in a loop
// and read through borrow; and an Rc<RefCell<Vec<f64>>> pushed to and read back.
use std::cell::RefCell;
use std::rc::Rc;

extern "C" {
    fn __enzyme_autodiff(f: *const u8, ...) -> f64;
    static enzyme_dup: i32;
    static enzyme_const: i32;
}

pub struct Acc {
    pub sum: f64,
    pub count: u32,
    pub sq: f64,
}

// f = sq / count - (sum / count)^2 (the variance of xs) + sum_i v_i * (i + 1), v_i = xs_i^2
extern "C" fn variance(xs: *const f64, n: usize) -> f64 {
    let xs = unsafe { std::slice::from_raw_parts(xs, n) };
    let acc = Rc::new(RefCell::new(Acc { sum: 0.0, count: 0, sq: 0.0 }));
    let values = Rc::new(RefCell::new(Vec::new()));
    let (a2, v2) = (Rc::clone(&acc), Rc::clone(&values));
    let add = move |x: f64| {
        let mut a = a2.borrow_mut();
        a.sum += x;
        a.sq += x * x;
        a.count += 1;
        v2.borrow_mut().push(x * x);
    };
    for &x in xs {
        add(x);
    }
    drop(add);
    let a = acc.borrow();
    let c = a.count as f64;
    let mean = a.sum / c;
    let extra: f64 = values.borrow().iter().enumerate().map(|(i, v)| v * (i + 1) as f64).sum();
    a.sq / c - mean * mean + extra + Rc::strong_count(&acc) as f64 - 1.0
}

#[no_mangle]
pub extern "C" fn run_checks() -> i32 {
    let xs = [0.5f64, -1.5, 2.0, 0.25, 1.75];
    let n = xs.len();
    let mut dxs = [0.0f64; 5];
    unsafe {
        __enzyme_autodiff(variance as *const u8, enzyme_dup, xs.as_ptr(), dxs.as_mut_ptr(),
                          enzyme_const, n);
    }
    let c = n as f64;
    let mean = xs.iter().sum::<f64>() / c;
    let mut bad = false;
    for i in 0..n {
        let want = 2.0 * xs[i] / c - 2.0 * mean / c + 2.0 * xs[i] * (i + 1) as f64;
        println!("rs_rc d f / d xs[{i}] = {:.12} (analytic {want:.12})", dxs[i]);
        bad |= (dxs[i] - want).abs() > 1e-9 * want.abs().max(1.0);
    }
    bad as i32
}
