// Drives the Rust port of Enzyme's ReverseMode gmm benchmark (gmm/src: safe.rs with slices,
// unsafe.rs with raw pointers), built as a static library with its #[autodiff] attributes
// turned into __enzyme_autodiff calls: the crate's entry points rust_dgmm_objective and
// rust_unsafe_dgmm_objective, every gradient entry against central differences of
// rust_gmm_objective / rust_unsafe_gmm_objective, and x (const) unchanged. The inputs are
// those of ../gmm.cpp.
#[path = "check.rs"]
mod check;

#[repr(C)]
#[derive(Clone, Copy)]
pub struct Wishart {
    gamma: f64,
    m: i32,
}

extern "C" {
    fn rust_dgmm_objective(d: usize, k: usize, n: usize, alphas: *const f64, dalphas: *mut f64,
                           means: *const f64, dmeans: *mut f64, icf: *const f64, dicf: *mut f64,
                           x: *const f64, wishart: *const Wishart, err: *mut f64, derr: *mut f64);
    fn rust_gmm_objective(d: usize, k: usize, n: usize, alphas: *const f64, means: *const f64,
                          icf: *const f64, x: *const f64, wishart: *const Wishart, err: *mut f64);
    fn rust_unsafe_dgmm_objective(d: i32, k: i32, n: i32, alphas: *const f64, dalphas: *mut f64,
                                  means: *const f64, dmeans: *mut f64, icf: *const f64,
                                  dicf: *mut f64, x: *const f64, wishart: *const Wishart,
                                  err: *mut f64, derr: *mut f64);
    fn rust_unsafe_gmm_objective(d: i32, k: i32, n: i32, alphas: *const f64, means: *const f64,
                                 icf: *const f64, x: *const f64, wishart: *const Wishart,
                                 err: *mut f64);
}

fn main() {
    let (d, k, n) = (3usize, 4usize, 5usize);
    let icf_sz = d * (d + 1) / 2;
    let mut alphas = check::fill(k, 0.8, 0.0, 1);
    let mut means = check::fill(d * k, 1.0, 0.0, 2);
    let mut icf = check::fill(icf_sz * k, 0.4, 0.0, 3);
    let mut x = check::fill(d * n, 1.2, 0.1, 4);
    let wishart = Wishart { gamma: 1.3, m: 2 };
    let mut c = check::Checker::new();
    for variant in ["safe", "unsafe"] {
        let (mut da, mut dm, mut di) = (vec![0.0; k], vec![0.0; d * k], vec![0.0; icf_sz * k]);
        let (mut err, mut derr) = (0.0f64, 1.0f64);
        let x0 = x.clone();
        unsafe {
            if variant == "safe" {
                rust_dgmm_objective(d, k, n, alphas.as_ptr(), da.as_mut_ptr(), means.as_ptr(),
                                    dm.as_mut_ptr(), icf.as_ptr(), di.as_mut_ptr(), x.as_ptr(),
                                    &wishart, &mut err, &mut derr);
            } else {
                rust_unsafe_dgmm_objective(d as i32, k as i32, n as i32, alphas.as_ptr(),
                                           da.as_mut_ptr(), means.as_ptr(), dm.as_mut_ptr(),
                                           icf.as_ptr(), di.as_mut_ptr(), x.as_ptr(), &wishart,
                                           &mut err, &mut derr);
            }
        }
        c.same(&format!("{variant}.x"), &x, &x0);
        x = x0;
        let objective = |a: &[f64], m: &[f64], i: &[f64], x: &[f64]| -> f64 {
            let mut e = 0.0;
            unsafe {
                if variant == "safe" {
                    rust_gmm_objective(d, k, n, a.as_ptr(), m.as_ptr(), i.as_ptr(), x.as_ptr(),
                                       &wishart, &mut e);
                } else {
                    rust_unsafe_gmm_objective(d as i32, k as i32, n as i32, a.as_ptr(),
                                              m.as_ptr(), i.as_ptr(), x.as_ptr(), &wishart,
                                              &mut e);
                }
            }
            e
        };
        let (m0, i0, a0) = (means.clone(), icf.clone(), alphas.clone());
        c.array(&format!("{variant}.alphas"), &da,
                |j| check::central(&mut alphas, j, |a| objective(a, &m0, &i0, &x)));
        c.array(&format!("{variant}.means"), &dm,
                |j| check::central(&mut means, j, |m| objective(&a0, m, &i0, &x)));
        c.array(&format!("{variant}.icf"), &di,
                |j| check::central(&mut icf, j, |i| objective(&a0, &m0, i, &x)));
    }
    std::process::exit(c.verdict());
}
