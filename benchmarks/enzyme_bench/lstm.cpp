// Drives Enzyme's ReverseMode lstm benchmark (ADBench's LSTM: lstm/lstm.cpp and
// lstm_mayalias.h): the benchmark's Enzyme gradients dlstm_objective_restrict and
// dlstm_objective_mayalias (main_params, extra_params duplicated; l, c, b, state, sequence
// const; loss dupnoneed), every entry against central differences of the objective, state and
// sequence against what the primal alone leaves in them.
//
// The benchmark passes the recurrent `state` as enzyme_const although the hidden and cell
// values flow through it (each layer reads its input from state, the prediction reads the last
// layer's hidden value from it), so Enzyme drops those derivatives: the check against the
// difference of the whole objective fails with Enzyme alone too. The suite reports that as
// "benchmark's activities drop a derivative" and compares the gradient with Enzyme alone's.
// Compiled after the benchmark's Enzyme code, in the same translation unit.
#include "check.h"

typedef void (*lstm_primal)(int, int, int, double const *, double const *, double *,
                            double const *, double *);
typedef void (*lstm_gradient)(int, int, int, double const *, double *, double const *, double *,
                              double *, double const *, double *, double *);

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
  } variants[] = {{"restrict", cxx_restrict_lstm_objective, dlstm_objective_restrict},
                  {"mayalias", cxx_mayalias_lstm_objective, dlstm_objective_mayalias}};
  printf("note: the benchmark passes state as enzyme_const; the hidden and cell values that "
         "flow through it have no derivative\n");
  bench::Checker check;
  for (auto &v : variants) {
    std::string name = std::string(v.name) + ".";
    std::vector<double> dmain(main_sz), dextra(extra_sz), state = state0, seq0 = sequence;
    double loss = 0, dloss = 1;
    v.df(l, c, b, main_params.data(), dmain.data(), extra_params.data(), dextra.data(),
         state.data(), sequence.data(), &loss, &dloss);
    std::vector<double> want = state0;
    double primal_loss;
    v.f(l, c, b, main_params.data(), extra_params.data(), want.data(), sequence.data(),
        &primal_loss);
    check.same((name + "state").c_str(), state.data(), want.data(), state_sz);
    check.same((name + "sequence").c_str(), sequence.data(), seq0.data(), seq_sz);
    sequence = seq0;
    auto objective = [&] {
      std::vector<double> s = state0;
      double e = 0;
      v.f(l, c, b, main_params.data(), extra_params.data(), s.data(), sequence.data(), &e);
      return e;
    };
    check.array((name + "main_params").c_str(), dmain.data(), main_sz,
                [&](size_t i) { return bench::central(main_params.data(), i, objective); });
    check.array((name + "extra_params").c_str(), dextra.data(), extra_sz,
                [&](size_t i) { return bench::central(extra_params.data(), i, objective); });
  }
  return check.verdict();
}
