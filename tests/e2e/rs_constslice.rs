// std Rust at every opt-level: slices of a constant input indexed by ranges (`&x[a..]`,
// `&x[..b]`, `&x[a..b]`) passed to helpers whose reverse pass accumulates into their
// arguments' shadows. At opt-level 0 each range index is a call to core's SliceIndex impls.
extern "C" {
    fn __enzyme_autodiff(f: *const u8, ...);
    static enzyme_const: i32;
    static enzyme_dup: i32;
    static enzyme_dupnoneed: i32;
}

#[inline(never)]
fn subtract(d: usize, x: &[f64], y: &[f64], out: &mut [f64]) {
    for i in 0..d {
        out[i] = x[i] - y[i];
    }
}

#[inline(never)]
fn sqnorm(x: &[f64]) -> f64 {
    x.iter().map(|v| v * v).sum()
}

fn objective(n: usize, d: usize, means: &[f64], x: &[f64], err: &mut f64) {
    let mut xc = vec![0.0; d];
    let mut total = 0.0;
    for ix in 0..n {
        subtract(d, &x[ix * d..], &means[..d], &mut xc);
        total += sqnorm(&xc) * x[ix * d..(ix + 1) * d][0];
    }
    *err = total;
}

#[no_mangle]
pub extern "C" fn run_checks() -> i32 {
    let (n, d) = (3usize, 2usize);
    let x: Vec<f64> = (0..n * d).map(|i| 0.5 + i as f64 * 0.25).collect();
    let means = vec![0.3, -0.2];
    let mut dmeans = vec![0.0; d];
    let (mut err, mut derr) = (0.0, 1.0);
    let x_before = x.clone();
    unsafe {
        __enzyme_autodiff(objective as *const u8, enzyme_const, n, enzyme_const, d,
                          enzyme_dup, means.as_ptr(), dmeans.as_mut_ptr(), enzyme_const, d,
                          enzyme_const, x.as_ptr(), enzyme_const, n * d,
                          enzyme_dupnoneed, &mut err as *mut f64, &mut derr as *mut f64);
    }
    // d/dmeans[j] of sum_ix x[ix*d] * sum_j (x[ix*d+j] - means[j])^2
    let mut bad = (x != x_before) as i32;
    for j in 0..d {
        let want: f64 = (0..n).map(|ix| -2.0 * (x[ix * d + j] - means[j]) * x[ix * d]).sum();
        println!("rs_constslice d err / d means[{j}] = {:.12} (analytic {want:.12})", dmeans[j]);
        bad |= ((dmeans[j] - want).abs() > 1e-9 * (1.0 + want.abs())) as i32;
    }
    if x != x_before {
        println!("rs_constslice: the constant input x was changed by the gradient call");
    }
    bad
}
