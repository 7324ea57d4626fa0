// Drives the Rust port of Enzyme's ReverseMode ba benchmark (ba/src: lib.rs, safe.rs with array
// references, unsafe.rs with raw pointers), built as a static library with its #[autodiff]
// attributes turned into __enzyme_autodiff calls: the crate's entry points
// rust_dcompute_reproj_error, rust_unsafe_dcompute_reproj_error (cam, X, w duplicated; feat
// const; err DuplicatedOnly, seeded with a vector) and rust_dcompute_zach_weight_error, every
// entry against central differences of the crate's primal entry points rust2_ba_objective /
// rust2_unsafe_ba_objective on one camera, point and observation, and feat unchanged. The
// inputs are those of ../ba.cpp.
#[path = "check.rs"]
mod check;

type Reproj = unsafe extern "C" fn(*const f64, *mut f64, *const f64, *mut f64, *const f64,
                                   *mut f64, *const f64, *mut f64, *mut f64);
type Objective = unsafe extern "C" fn(i32, i32, i32, *const f64, *const f64, *const f64,
                                      *const i32, *const f64, *mut f64, *mut f64);
extern "C" {
    fn rust_dcompute_reproj_error(cam: *const f64, dcam: *mut f64, x: *const f64, dx: *mut f64,
                                  w: *const f64, wb: *mut f64, feat: *const f64, err: *mut f64,
                                  derr: *mut f64);
    fn rust_unsafe_dcompute_reproj_error(cam: *const f64, dcam: *mut f64, x: *const f64,
                                         dx: *mut f64, w: *const f64, wb: *mut f64,
                                         feat: *const f64, err: *mut f64, derr: *mut f64);
    fn rust_dcompute_zach_weight_error(w: *const f64, dw: *mut f64, err: *mut f64, derr: *mut f64);
    fn rust2_ba_objective(n: i32, m: i32, p: i32, cams: *const f64, x: *const f64, w: *const f64,
                          obs: *const i32, feats: *const f64, reproj_err: *mut f64,
                          w_err: *mut f64);
    fn rust2_unsafe_ba_objective(n: i32, m: i32, p: i32, cams: *const f64, x: *const f64,
                                 w: *const f64, obs: *const i32, feats: *const f64,
                                 reproj_err: *mut f64, w_err: *mut f64);
}

fn main() {
    let mut cam = vec![0.12, -0.25, 0.31, 0.5, -0.4, -5.0, 200.0, 0.3, -0.2, 1e-3, 2e-4];
    let mut x = vec![1.1, -0.7, 2.3];
    let mut w = vec![0.8];
    let feat = vec![40.0, -25.0];
    let obs = [0i32, 0];
    let seed = [0.7, -1.3];
    let variants: [(&str, Reproj, Objective); 2] = [
        ("safe", rust_dcompute_reproj_error, rust2_ba_objective),
        ("unsafe", rust_unsafe_dcompute_reproj_error, rust2_unsafe_ba_objective),
    ];
    let mut c = check::Checker::new();
    for (name, df, f) in variants {
        let (mut dcam, mut dx, mut dw) = (vec![0.0; 11], vec![0.0; 3], vec![0.0; 1]);
        let (mut err, mut derr) = ([0.0; 2], seed);
        let feat0 = feat.clone();
        unsafe {
            df(cam.as_ptr(), dcam.as_mut_ptr(), x.as_ptr(), dx.as_mut_ptr(), w.as_ptr(),
               dw.as_mut_ptr(), feat.as_ptr(), err.as_mut_ptr(), derr.as_mut_ptr());
        }
        c.same(&format!("{name}.feat"), &feat, &feat0);
        let objective = |cam: &[f64], x: &[f64], w: &[f64]| -> f64 {
            let (mut e, mut we) = ([0.0; 2], [0.0; 1]);
            unsafe {
                f(1, 1, 1, cam.as_ptr(), x.as_ptr(), w.as_ptr(), obs.as_ptr(), feat.as_ptr(),
                  e.as_mut_ptr(), we.as_mut_ptr())
            };
            seed[0] * e[0] + seed[1] * e[1]
        };
        let (c0, x0, w0) = (cam.clone(), x.clone(), w.clone());
        c.array(&format!("{name}.reproj.cam"), &dcam,
                |i| check::central(&mut cam, i, |v| objective(v, &x0, &w0)));
        c.array(&format!("{name}.reproj.X"), &dx,
                |i| check::central(&mut x, i, |v| objective(&c0, v, &w0)));
        c.array(&format!("{name}.reproj.w"), &dw,
                |i| check::central(&mut w, i, |v| objective(&c0, &x0, v)));
    }
    let (mut dw, mut werr, mut dwerr) = (vec![0.0; 1], 0.0f64, -0.9f64);
    unsafe { rust_dcompute_zach_weight_error(w.as_ptr(), dw.as_mut_ptr(), &mut werr, &mut dwerr) };
    let (c0, x0) = (cam.clone(), x.clone());
    c.array("weight.w", &dw, |i| check::central(&mut w, i, |v| {
        let (mut e, mut we) = ([0.0; 2], [0.0; 1]);
        unsafe {
            rust2_ba_objective(1, 1, 1, c0.as_ptr(), x0.as_ptr(), v.as_ptr(), obs.as_ptr(),
                               feat.as_ptr(), e.as_mut_ptr(), we.as_mut_ptr())
        };
        -0.9 * we[0]
    }));
    std::process::exit(c.verdict());
}
