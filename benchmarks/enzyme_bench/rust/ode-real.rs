// Drives the Rust port of Enzyme's ReverseMode ode-real benchmark (ode-real/src: safe.rs with
// array references, unsf.rs with raw pointers; a 2D Brusselator right-hand side, N = 32),
// built as a static library with its #[autodiff] attributes turned into __enzyme_autodiff
// calls: the crate's entry points rust_dbrusselator_2d_loop_safe and
// rust_dbrusselator_2d_loop_unsf (the parameters they assert: p = [3.4, 1, 10], t = 2.1; the
// state and adjoint of the C++ benchmark's init_brusselator), every entry of dx and dp against
// central differences of adjoint . (du, dv) computed by the crate's own #[no_mangle]
// brusselator_2d_loop / brusselator_2d_loop_unsf (Rust ABI, same compiler), and x unchanged.
// (The crate's rust_lorenz_safe writes its result into copies, so it cannot serve as the
// primal.)
#[path = "check.rs"]
mod check;

const N: usize = 32;
type State = [f64; 2 * N * N];
type Grad = unsafe extern "C" fn(*mut State, *const State, *mut State, *const [f64; 3],
                                 *mut [f64; 3], f64);

extern "C" {
    fn rust_dbrusselator_2d_loop_safe(adjoint: *mut State, x: *const State, dx: *mut State,
                                      p: *const [f64; 3], dp: *mut [f64; 3], t: f64);
    fn rust_dbrusselator_2d_loop_unsf(adjoint: *mut State, x: *const State, dx: *mut State,
                                      p: *const [f64; 3], dp: *mut [f64; 3], t: f64);
}
extern "Rust" {
    fn brusselator_2d_loop(d_u: &mut [f64; N * N], d_v: &mut [f64; N * N], u: &[f64; N * N],
                           v: &[f64; N * N], p: &[f64; 3], t: f64);
    fn brusselator_2d_loop_unsf(d_u: *mut f64, d_v: *mut f64, u: *const f64, v: *const f64,
                                p: *const f64, t: f64);
}

// init_brusselator of ode-real/ode.cpp (u from y, v from x).
fn init(u: &mut [f64], v: &mut [f64]) {
    for i in 0..N {
        for j in 0..N {
            let x = 1.0 / (N - 1) as f64 * i as f64;
            let y = 1.0 / (N - 1) as f64 * j as f64;
            u[N * i + j] = 22.0 * (y * (1.0 - y)) * (y * (1.0 - y)).sqrt();
            v[N * i + j] = 27.0 * (x * (1.0 - x)) * (x * (1.0 - x)).sqrt();
        }
    }
}

fn main() {
    let mut x: State = [0.0; 2 * N * N];
    let mut adjoint: State = [0.0; 2 * N * N];
    {
        let (u, v) = x.split_at_mut(N * N);
        init(u, v);
        let (u, v) = adjoint.split_at_mut(N * N);
        init(u, v);
    }
    let mut p = [3.4, 1.0, 10.0];
    let t = 2.1;
    let variants: [(&str, Grad); 2] = [
        ("safe", rust_dbrusselator_2d_loop_safe),
        ("unsf", rust_dbrusselator_2d_loop_unsf),
    ];
    let mut c = check::Checker::new();
    for (name, df) in variants {
        let mut dx: State = [0.0; 2 * N * N];
        let mut dp = [0.0; 3];
        let mut dadj = adjoint;
        let x0 = x;
        unsafe { df(&mut dadj, &x, &mut dx, &p, &mut dp, t) };
        c.same(&format!("{name}.x"), &x, &x0);
        let safe = name == "safe";
        let objective = |x: &[f64], p: &[f64]| -> f64 {
            let mut out: State = [0.0; 2 * N * N];
            let (du, dv) = out.split_at_mut(N * N);
            unsafe {
                if safe {
                    brusselator_2d_loop(du.try_into().unwrap(), dv.try_into().unwrap(),
                                        x[..N * N].try_into().unwrap(),
                                        x[N * N..].try_into().unwrap(), p.try_into().unwrap(), t);
                } else {
                    brusselator_2d_loop_unsf(du.as_mut_ptr(), dv.as_mut_ptr(), x.as_ptr(),
                                             x[N * N..].as_ptr(), p.as_ptr(), t);
                }
            }
            check::dot(&adjoint, &out)
        };
        let (x0, p0) = (x, p);
        c.array(&format!("{name}.x"), &dx, |i| check::central(&mut x, i, |v| objective(v, &p0)));
        c.array(&format!("{name}.p"), &dp, |i| check::central(&mut p, i, |v| objective(&x0, v)));
    }
    std::process::exit(c.verdict());
}
