// std Rust, inside the differentiated function: an iterator mapped and collected into a
// Vec<f64> (one allocation of the exact size), then reduced twice (a sum and a fold).
// Linked by rustc with rs_std.main.rs, which calls run_checks.
extern "C" {
    fn __enzyme_autodiff(f: *const u8, ...) -> f64;
    static enzyme_dup: i32;
    static enzyme_const: i32;
}

// f(xs) = sum_i xs[i]^2 sin(xs[i]) + max-free fold: sum_i 0.5 * xs[i]^2 sin(xs[i]) * i
extern "C" fn collect_reduce(xs: *const f64, n: usize) -> f64 {
    let xs = unsafe { std::slice::from_raw_parts(xs, n) };
    let v: Vec<f64> = xs.iter().map(|x| x * x * x.sin()).collect();
    let total: f64 = v.iter().sum();
    let weighted = v.iter().enumerate().fold(0.0, |acc, (i, y)| acc + 0.5 * y * i as f64);
    total + weighted
}

#[no_mangle]
pub extern "C" fn run_checks() -> i32 {
    let xs = [0.5f64, -1.25, 2.0, 0.75, 3.5];
    let mut dxs = [0.0f64; 5];
    unsafe {
        __enzyme_autodiff(collect_reduce as *const u8, enzyme_dup, xs.as_ptr(),
                          dxs.as_mut_ptr(), enzyme_const, xs.len());
    }
    let mut bad = false;
    for (i, (&x, &d)) in xs.iter().zip(dxs.iter()).enumerate() {
        let want = (2.0 * x * x.sin() + x * x * x.cos()) * (1.0 + 0.5 * i as f64);
        println!("rs_collect d f / d xs[{i}] = {d:.12} (analytic {want:.12})");
        bad |= (d - want).abs() > 1e-9 * want.abs().max(1.0);
    }
    bad as i32
}
