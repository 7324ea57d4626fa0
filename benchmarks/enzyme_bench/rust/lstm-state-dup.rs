// Drives the Rust port of Enzyme's ReverseMode lstm benchmark (lstm/src: safe.rs with slices,
// unsf.rs with raw pointers) with its activities corrected ("lstm-state-dup", see
// ../lstm-state-dup.cpp): the crate is built as for ./lstm.rs, but the activity override
// lstm-state-dup (benchmarks/enzyme_benchmarks.py) also makes, beside each #[autodiff]
// function, an extern "C" entry point with `state` Duplicated instead of Const:
// lstm_state_dup_d_lstm_objective (safe.rs's lstm_objective) and
// lstm_state_dup_d_lstm_unsafe_objective (unsf.rs's lstm_unsafe_objective). Their parameters
// are the operands of the __enzyme_autodiff call: a slice as its pointer, its shadow and its
// length; a reference or raw pointer as a pointer, then its shadow.
//
// Checked, per objective: main_params, extra_params and the shadow of state (zero before the
// call; after it, the derivative with respect to the initial state) against central
// differences of rust_safe_lstm_objective / rust_unsafe_lstm_objective with state restored to
// its initial values before every evaluation (the objective updates it); sequence unchanged;
// state after the call against what the primal alone leaves in it. The inputs are those of
// ../lstm.cpp.
#[path = "check.rs"]
mod check;

type Objective = unsafe extern "C" fn(i32, i32, i32, *const f64, *const f64, *mut f64, *const f64,
                                      *mut f64);
extern "C" {
    fn rust_safe_lstm_objective(l: i32, c: i32, b: i32, main_params: *const f64,
                                extra_params: *const f64, state: *mut f64, sequence: *const f64,
                                loss: *mut f64);
    fn rust_unsafe_lstm_objective(l: i32, c: i32, b: i32, main_params: *const f64,
                                  extra_params: *const f64, state: *mut f64,
                                  sequence: *const f64, loss: *mut f64);
    // safe::lstm_objective(l, c, b, main_params: &[f64], extra_params: &[f64],
    //                      state: &mut [f64], sequence: &[f64], loss: &mut f64)
    fn lstm_state_dup_d_lstm_objective(l: usize, c: usize, b: usize, main_params: *const f64,
                                       d_main_params: *mut f64, main_len: usize,
                                       extra_params: *const f64, d_extra_params: *mut f64,
                                       extra_len: usize, state: *mut f64, d_state: *mut f64,
                                       state_len: usize, sequence: *const f64, seq_len: usize,
                                       loss: *mut f64, d_loss: *mut f64);
    // unsf::lstm_unsafe_objective(l, c, b, main_params: *const f64, extra_params: *const f64,
    //                             state: *mut f64, sequence: *const f64, loss: *mut f64)
    fn lstm_state_dup_d_lstm_unsafe_objective(l: usize, c: usize, b: usize,
                                              main_params: *const f64, d_main_params: *mut f64,
                                              extra_params: *const f64,
                                              d_extra_params: *mut f64, state: *mut f64,
                                              d_state: *mut f64, sequence: *const f64,
                                              loss: *mut f64, d_loss: *mut f64);
}

fn main() {
    let (l, c, b) = (2i32, 4i32, 3i32);
    let (lu, cu, bu) = (l as usize, c as usize, b as usize);
    let (main_sz, extra_sz, state_sz, seq_sz) = (2 * lu * 4 * bu, 3 * bu, 2 * lu * bu, cu * bu);
    let mut main_params = check::fill(main_sz, 0.5, 0.0, 1);
    let mut extra_params = check::fill(extra_sz, 0.6, 0.2, 2);
    let state0 = check::fill(state_sz, 0.3, 0.0, 3);
    let mut sequence = check::fill(seq_sz, 0.9, 0.0, 4);
    println!("note: state is Duplicated here (the benchmark passes it as Const)");
    let variants: [(&str, Objective); 2] =
        [("safe", rust_safe_lstm_objective), ("unsafe", rust_unsafe_lstm_objective)];
    let mut ck = check::Checker::new();
    for (name, f) in variants {
        let (mut dmain, mut dextra, mut dstate) =
            (vec![0.0; main_sz], vec![0.0; extra_sz], vec![0.0; state_sz]);
        let (mut state, seq0) = (state0.clone(), sequence.clone());
        let (mut loss, mut dloss) = (0.0f64, 1.0f64);
        unsafe {
            if name == "safe" {
                lstm_state_dup_d_lstm_objective(
                    lu, cu, bu, main_params.as_ptr(), dmain.as_mut_ptr(), main_sz,
                    extra_params.as_ptr(), dextra.as_mut_ptr(), extra_sz, state.as_mut_ptr(),
                    dstate.as_mut_ptr(), state_sz, sequence.as_ptr(), seq_sz, &mut loss,
                    &mut dloss);
            } else {
                lstm_state_dup_d_lstm_unsafe_objective(
                    lu, cu, bu, main_params.as_ptr(), dmain.as_mut_ptr(), extra_params.as_ptr(),
                    dextra.as_mut_ptr(), state.as_mut_ptr(), dstate.as_mut_ptr(),
                    sequence.as_ptr(), &mut loss, &mut dloss);
            }
        }
        let mut want = state0.clone();
        let mut primal = 0.0;
        unsafe {
            f(l, c, b, main_params.as_ptr(), extra_params.as_ptr(), want.as_mut_ptr(),
              sequence.as_ptr(), &mut primal);
        }
        ck.output(&format!("{name}.state"), &state, &want);
        ck.same(&format!("{name}.sequence"), &sequence, &seq0);
        sequence = seq0;
        // state restored to `start` (the initial state) before every evaluation
        let objective = |m: &[f64], e: &[f64], start: &[f64], seq: &[f64]| -> f64 {
            let mut s = start.to_vec();
            let mut out = 0.0;
            unsafe { f(l, c, b, m.as_ptr(), e.as_ptr(), s.as_mut_ptr(), seq.as_ptr(), &mut out) };
            out
        };
        let (m0, e0) = (main_params.clone(), extra_params.clone());
        ck.array(&format!("{name}.main_params"), &dmain, |j| {
            check::central(&mut main_params, j, |m| objective(m, &e0, &state0, &sequence))
        });
        ck.array(&format!("{name}.extra_params"), &dextra, |j| {
            check::central(&mut extra_params, j, |e| objective(&m0, e, &state0, &sequence))
        });
        let mut start = state0.clone();
        ck.array(&format!("{name}.state"), &dstate,
                 |j| check::central(&mut start, j, |s| objective(&m0, &e0, s, &sequence)));
    }
    std::process::exit(ck.verdict());
}
