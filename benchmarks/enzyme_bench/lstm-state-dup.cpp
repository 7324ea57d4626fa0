// Drives Enzyme's ReverseMode lstm benchmark (ADBench's LSTM: lstm/lstm.cpp and
// lstm_mayalias.h) with its activities corrected ("lstm-state-dup"): the benchmark's
// objectives cxx_restrict_lstm_objective and cxx_mayalias_lstm_objective, unchanged,
// differentiated by this driver's own __enzyme_autodiff calls, which repeat the benchmark's
// (dlstm_objective_restrict, dlstm_objective_mayalias) but pass the recurrent `state` as
// enzyme_dup with a shadow instead of enzyme_const. The objective reads and updates state (each
// layer's hidden and cell values), so the loss depends on main_params and extra_params through
// it, and on the initial state itself; with a shadow nothing is dropped.
//
// Checked, per objective: main_params, extra_params and the shadow of state (zero before the
// call; after it, the derivative with respect to the initial state) against central
// differences of the objective with state restored to its initial values before every
// evaluation (the objective updates it); sequence unchanged; state after the call against what
// the primal alone leaves in it. The inputs are those of lstm.cpp.
// Compiled after the benchmark's Enzyme code, in the same translation unit.
#include "check.h"

typedef void (*lstm_primal)(int, int, int, double const *, double const *, double *,
                            double const *, double *);
typedef void (*lstm_gradient)(int, int, int, double const *, double *, double const *, double *,
                              double *, double *, double const *, double *, double *);

// The benchmark's calls (dlstm_objective_restrict, dlstm_objective_mayalias) with state
// enzyme_dup: its shadow follows it.
static void dlstm_state_dup_restrict(int l, int c, int b, double const *main_params,
                                     double *dmain_params, double const *extra_params,
                                     double *dextra_params, double *state, double *dstate,
                                     double const *sequence, double *loss, double *dloss) {
  __enzyme_autodiff(cxx_restrict_lstm_objective, enzyme_const, l, enzyme_const, c,
                    enzyme_const, b, enzyme_dup, main_params, dmain_params, enzyme_dup,
                    extra_params, dextra_params, enzyme_dup, state, dstate, enzyme_const,
                    sequence, enzyme_dupnoneed, loss, dloss);
}

static void dlstm_state_dup_mayalias(int l, int c, int b, double const *main_params,
                                     double *dmain_params, double const *extra_params,
                                     double *dextra_params, double *state, double *dstate,
                                     double const *sequence, double *loss, double *dloss) {
  __enzyme_autodiff(cxx_mayalias_lstm_objective, enzyme_const, l, enzyme_const, c,
                    enzyme_const, b, enzyme_dup, main_params, dmain_params, enzyme_dup,
                    extra_params, dextra_params, enzyme_dup, state, dstate, enzyme_const,
                    sequence, enzyme_dupnoneed, loss, dloss);
}

int main() {
  const int l = 2, c = 4, b = 3;
  const size_t main_sz = 2 * l * 4 * b, extra_sz = 3 * b, state_sz = 2 * l * b,
               seq_sz = c * b;
  std::vector<double> main_params(main_sz), extra_params(extra_sz), state0(state_sz),
      sequence(seq_sz);
  bench::fill(main_params.data(), main_sz, 0.5, 0.0, 1);
  bench::fill(extra_params.data(), extra_sz, 0.6, 0.2, 2);
  bench::fill(state0.data(), state_sz, 0.3, 0.0, 3);
  bench::fill(sequence.data(), seq_sz, 0.9, 0.0, 4);
  struct {
    const char *name;
    lstm_primal f;
    lstm_gradient df;
  } variants[] = {{"restrict", cxx_restrict_lstm_objective, dlstm_state_dup_restrict},
                  {"mayalias", cxx_mayalias_lstm_objective, dlstm_state_dup_mayalias}};
  printf("note: state is enzyme_dup here (the benchmark passes it as enzyme_const)\n");
  bench::Checker check;
  for (auto &v : variants) {
    std::string name = std::string(v.name) + ".";
    std::vector<double> dmain(main_sz), dextra(extra_sz), dstate(state_sz), state = state0,
        seq0 = sequence;
    double loss = 0, dloss = 1;
    v.df(l, c, b, main_params.data(), dmain.data(), extra_params.data(), dextra.data(),
         state.data(), dstate.data(), sequence.data(), &loss, &dloss);
    std::vector<double> want = state0;
    double primal_loss;
    v.f(l, c, b, main_params.data(), extra_params.data(), want.data(), sequence.data(),
        &primal_loss);
    check.output((name + "state").c_str(), state.data(), want.data(), state_sz);
    check.same((name + "sequence").c_str(), sequence.data(), seq0.data(), seq_sz);
    sequence = seq0;
    std::vector<double> start = state0;  // the initial state, varied for its own differences
    auto objective = [&] {
      std::vector<double> s = start;  // restored before every evaluation
      double e = 0;
      v.f(l, c, b, main_params.data(), extra_params.data(), s.data(), sequence.data(), &e);
      return e;
    };
    check.array((name + "main_params").c_str(), dmain.data(), main_sz,
                [&](size_t i) { return bench::central(main_params.data(), i, objective); });
    check.array((name + "extra_params").c_str(), dextra.data(), extra_sz,
                [&](size_t i) { return bench::central(extra_params.data(), i, objective); });
    check.array((name + "state").c_str(), dstate.data(), state_sz,
                [&](size_t i) { return bench::central(start.data(), i, objective); });
  }
  return check.verdict();
}
