// Drives Enzyme's ReverseMode taylorlog benchmark (taylorlog/taylorlog.cpp: the Taylor series
// of -log(1 - x) to 10^7 terms): the benchmark's enzyme_sincos(x) runs as in its main (it
// prints the gradient only to 6 digits), then the call it makes,
// __enzyme_autodiff<double>(sincos_real, x), is checked against a central difference of
// sincos_real.
// Compiled after the benchmark's Enzyme code, in the same translation unit.
#include "check.h"

int main() {
  double x = 0.5;
  enzyme_sincos(x);
  bench::Checker check;
  double g = __enzyme_autodiff<double>(sincos_real, x);
  check.array("x", &g, 1, [&](size_t) {
    return bench::central(&x, 0, [&] { return sincos_real(x); });
  });
  return check.verdict();
}
