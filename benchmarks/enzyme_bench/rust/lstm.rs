// Drives the Rust port of Enzyme's ReverseMode lstm benchmark (lstm/src: safe.rs with slices,
// unsf.rs with raw pointers), built as a static library with its #[autodiff] attributes
// turned into __enzyme_autodiff calls: the crate's entry points rust_safe_dlstm_objective,
// rust_unsafe_dlstm_objective and rust_dlstm_objective (safe.rs's own), every gradient entry
// against central differences of rust_safe_lstm_objective / rust_unsafe_lstm_objective /
// rust_lstm_objective (state reset before each), state and
// sequence against what the primal alone leaves in them. The inputs are those of ../lstm.cpp.
// Like the C++ benchmark, the port passes the recurrent state as Const: the derivatives through
// it are dropped (see ../lstm.cpp); the suite compares the gradient with what Enzyme alone
// gives for the C++ benchmark on the same inputs.
#[path = "check.rs"]
mod check;

type Objective = unsafe extern "C" fn(i32, i32, i32, *const f64, *const f64, *mut f64, *const f64,
                                      *mut f64);
type Gradient = unsafe extern "C" fn(i32, i32, i32, *const f64, *mut f64, *const f64, *mut f64,
                                     *mut f64, *const f64, *mut f64, *mut f64);
extern "C" {
    fn rust_safe_lstm_objective(l: i32, c: i32, b: i32, main_params: *const f64,
                                extra_params: *const f64, state: *mut f64, sequence: *const f64,
                                loss: *mut f64);
    fn rust_unsafe_lstm_objective(l: i32, c: i32, b: i32, main_params: *const f64,
                                  extra_params: *const f64, state: *mut f64,
                                  sequence: *const f64, loss: *mut f64);
    fn rust_lstm_objective(l: i32, c: i32, b: i32, main_params: *const f64,
                           extra_params: *const f64, state: *mut f64, sequence: *const f64,
                           loss: *mut f64);
    fn rust_dlstm_objective(l: i32, c: i32, b: i32, main_params: *const f64,
                            d_main_params: *mut f64, extra_params: *const f64,
                            d_extra_params: *mut f64, state: *mut f64, sequence: *const f64,
                            res: *mut f64, d_res: *mut f64);
    fn rust_safe_dlstm_objective(l: i32, c: i32, b: i32, main_params: *const f64,
                                 d_main_params: *mut f64, extra_params: *const f64,
                                 d_extra_params: *mut f64, state: *mut f64, sequence: *const f64,
                                 res: *mut f64, d_res: *mut f64);
    fn rust_unsafe_dlstm_objective(l: i32, c: i32, b: i32, main_params: *const f64,
                                   d_main_params: *mut f64, extra_params: *const f64,
                                   d_extra_params: *mut f64, state: *mut f64,
                                   sequence: *const f64, res: *mut f64, d_res: *mut f64);
}

fn main() {
    let (l, c, b) = (2i32, 4i32, 3i32);
    let (lu, cu, bu) = (l as usize, c as usize, b as usize);
    let (main_sz, extra_sz, state_sz, seq_sz) = (2 * lu * 4 * bu, 3 * bu, 2 * lu * bu, cu * bu);
    let mut main_params = check::fill(main_sz, 0.5, 0.0, 1);
    let mut extra_params = check::fill(extra_sz, 0.6, 0.2, 2);
    let state0 = check::fill(state_sz, 0.3, 0.0, 3);
    let mut sequence = check::fill(seq_sz, 0.9, 0.0, 4);
    println!("note: the benchmark passes state as Const; the hidden and cell values that flow \
              through it have no derivative");
    let variants: [(&str, Objective, Gradient); 3] = [
        ("safe", rust_safe_lstm_objective, rust_safe_dlstm_objective),
        ("unsafe", rust_unsafe_lstm_objective, rust_unsafe_dlstm_objective),
        ("safe2", rust_lstm_objective, rust_dlstm_objective),
    ];
    let mut ck = check::Checker::new();
    for (name, f, df) in variants {
        let (mut dmain, mut dextra) = (vec![0.0; main_sz], vec![0.0; extra_sz]);
        let (mut state, seq0) = (state0.clone(), sequence.clone());
        let (mut loss, mut dloss) = (0.0f64, 1.0f64);
        unsafe {
            df(l, c, b, main_params.as_ptr(), dmain.as_mut_ptr(), extra_params.as_ptr(),
               dextra.as_mut_ptr(), state.as_mut_ptr(), sequence.as_ptr(), &mut loss, &mut dloss);
        }
        let mut want = state0.clone();
        let mut primal = 0.0;
        unsafe {
            f(l, c, b, main_params.as_ptr(), extra_params.as_ptr(), want.as_mut_ptr(),
              sequence.as_ptr(), &mut primal);
        }
        ck.same(&format!("{name}.state"), &state, &want);
        ck.same(&format!("{name}.sequence"), &sequence, &seq0);
        sequence = seq0;
        let objective = |m: &[f64], e: &[f64], seq: &[f64]| -> f64 {
            let mut s = state0.clone();
            let mut out = 0.0;
            unsafe { f(l, c, b, m.as_ptr(), e.as_ptr(), s.as_mut_ptr(), seq.as_ptr(), &mut out) };
            out
        };
        let (m0, e0) = (main_params.clone(), extra_params.clone());
        ck.array(&format!("{name}.main_params"), &dmain,
                 |j| check::central(&mut main_params, j, |m| objective(m, &e0, &sequence)));
        ck.array(&format!("{name}.extra_params"), &dextra,
                 |j| check::central(&mut extra_params, j, |e| objective(&m0, e, &sequence)));
    }
    std::process::exit(ck.verdict());
}
