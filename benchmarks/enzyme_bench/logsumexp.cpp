// Drives Enzyme's ReverseMode logsumexp benchmark (logsumexp/logsumexp.cpp): the benchmark's
// enzyme_sincos(input, inputp, n, repeat) with repeat = 1 (one call of
// __enzyme_autodiff<void>(logsumexp, input, inputp, n) after zeroing inputp), the inputs of its
// main (pi / (i + 1)), every entry of inputp against central differences of logsumexp, and
// input unchanged.
// Compiled after the benchmark's Enzyme code, in the same translation unit.
#include "check.h"

int main() {
  const unsigned long n = 10;
  std::vector<double> input(n), inputp(n);
  for (unsigned long i = 0; i < n; i++) input[i] = 3.1415926535 / (i + 1);
  std::vector<double> input0 = input;
  enzyme_sincos(input.data(), inputp.data(), n, 1);
  bench::Checker check;
  check.same("input", input.data(), input0.data(), n);
  input = input0;
  check.array("input", inputp.data(), n, [&](size_t i) {
    return bench::central(input.data(), i, [&] { return logsumexp(input.data(), n); });
  });
  return check.verdict();
}
