// std Rust, inside the differentiated function: a closure capturing by reference a Vec<f64>
// collected there from the argument Vec, called directly and through a generic helper;
// differentiated with respect to x and to the argument Vec's elements (passed with a shadow
// Vec).
extern "C" {
    fn __enzyme_autodiff(f: *const u8, ...) -> f64;
    static enzyme_dup: i32;
}

#[inline(never)]
fn at_x_and_2x<F: Fn(f64) -> f64>(f: &F, x: f64) -> f64 {
    f(x) * f(2.0 * x)
}

// g(x, w) = p(x) * p(2x) + p(x)^2, p(t) = sum_k w[k] t^(k+1)
extern "C" fn closure_of_vec(x: f64, w: *const Vec<f64>) -> f64 {
    let w = unsafe { &*w };
    let ws: Vec<f64> = w.iter().map(|wk| *wk).collect();
    let p = |t: f64| -> f64 {
        let mut s = 0.0;
        let mut tk = t;
        for wk in ws.iter() {
            s += wk * tk;
            tk *= t;
        }
        s
    };
    let a = p(x);
    at_x_and_2x(&p, x) + a * a
}

#[no_mangle]
pub extern "C" fn run_checks() -> i32 {
    let x = 0.8f64;
    let w = vec![1.5f64, -0.5, 0.25, 2.0];
    let mut dw = vec![0.0f64; w.len()];
    let dx = unsafe {
        __enzyme_autodiff(closure_of_vec as *const u8, x, enzyme_dup, &w as *const Vec<f64>,
                          &mut dw as *mut Vec<f64>)
    };
    let p = |t: f64| w.iter().enumerate().map(|(k, wk)| wk * t.powi(k as i32 + 1)).sum::<f64>();
    let dp = |t: f64| w.iter().enumerate()
        .map(|(k, wk)| wk * (k + 1) as f64 * t.powi(k as i32)).sum::<f64>();
    let want_dx = dp(x) * p(2.0 * x) + 2.0 * p(x) * dp(2.0 * x) + 2.0 * p(x) * dp(x);
    println!("rs_capture d g / d x = {dx:.12} (analytic {want_dx:.12})");
    let mut bad = (dx - want_dx).abs() > 1e-9 * want_dx.abs();
    for k in 0..w.len() {
        let (xk, x2k) = (x.powi(k as i32 + 1), (2.0 * x).powi(k as i32 + 1));
        let want = xk * p(2.0 * x) + p(x) * x2k + 2.0 * p(x) * xk;
        println!("rs_capture d g / d w[{k}] = {:.12} (analytic {want:.12})", dw[k]);
        bad |= (dw[k] - want).abs() > 1e-9 * want.abs();
    }
    bad as i32
}
