// std Rust, inside the differentiated function: a Vec<f64> grown by push in a loop (40
// elements from an empty Vec: the buffer is allocated, then reallocated at 4, 8, 16, 32),
// then read back by index and by iterator.
extern "C" {
    fn __enzyme_autodiff(f: *const u8, ...) -> f64;
    static enzyme_const: i32;
}

// v[i] = x * (i + 1) + x^2 / (i + 1); f = sum_i v[i]^2 / (i + 1) + v[n-1] * v[0]
extern "C" fn push_loop(x: f64, n: usize) -> f64 {
    let mut v = Vec::new();
    for i in 0..n {
        let k = (i + 1) as f64;
        v.push(x * k + x * x / k);
    }
    let mut s = 0.0;
    for (i, y) in v.iter().enumerate() {
        s += y * y / (i + 1) as f64;
    }
    s + v[n - 1] * v[0]
}

#[no_mangle]
pub extern "C" fn run_checks() -> i32 {
    let (x, n) = (0.7f64, 40usize);
    let d = unsafe { __enzyme_autodiff(push_loop as *const u8, x, enzyme_const, n) };
    // v[i] = x k + x^2 / k, dv[i] = k + 2x / k
    let v = |k: f64| x * k + x * x / k;
    let dv = |k: f64| k + 2.0 * x / k;
    let mut want = 0.0;
    for i in 0..n {
        let k = (i + 1) as f64;
        want += 2.0 * v(k) * dv(k) / k;
    }
    want += dv(n as f64) * v(1.0) + v(n as f64) * dv(1.0);
    println!("rs_push d f / d x = {d:.9} (analytic {want:.9})");
    ((d - want).abs() > 1e-9 * want.abs()) as i32
}
