// Drives Enzyme's ReverseMode matdescent benchmark (matdescent/matdescent.cpp: gradient
// descent on |M v|^2), with its sizes made small (N 6, M 5, ITERS 1, by the suite's extraction;
// the benchmark's 2000 x 2000 matrix and 1000 iterations cannot be checked entry by entry):
// the benchmark's enzyme_sincos(Min, Mout, Vin, Vout) runs one step,
// __enzyme_autodiff<double>(matvec_real, Min, Mout, enzyme_const, Vin), then
// Min -= Mout * RATE; every entry of Mout is checked against central differences of
// matvec_real at the matrix before the step, Vin (const) unchanged, and Min moved by the step.
// Compiled after the benchmark's Enzyme code, in the same translation unit.
#include "check.h"

int main() {
  std::vector<double> Min(N * M), Mout(N * M), Vin(M), Vout(M);
  for (int i = 0; i < N * M; i++) Min[i] = 0.3 * sin(1.0 + i);
  for (int i = 0; i < M; i++) Vin[i] = 0.5 + 0.1 * i;
  std::vector<double> Min0 = Min, Vin0 = Vin;
  enzyme_sincos(Min.data(), Mout.data(), Vin.data(), Vout.data());
  bench::Checker check;
  check.same("Vin", Vin.data(), Vin0.data(), M);
  std::vector<double> stepped(N * M);
  for (int i = 0; i < N * M; i++) stepped[i] = Min0[i] - Mout[i] * RATE;
  check.same("Min (after one step)", Min.data(), stepped.data(), N * M);
  Min = Min0;
  check.array("Min", Mout.data(), N * M, [&](size_t i) {
    return bench::central(Min.data(), i, [&] { return matvec_real(Min.data(), Vin.data()); });
  });
  return check.verdict();
}
