// Drives Enzyme's ReverseMode ode and ode-const benchmarks (ode/ode.cpp: Boost odeint's
// controlled Runge-Kutta-Dopri5; ode-const/ode.cpp: odeint's Euler stepper): the benchmark's
// enzyme_sincos runs as in its main (it prints the gradient of foobar with respect to the end
// time, only to 6 digits), then the same Enzyme call it makes,
// __enzyme_autodiff<double>(foobar, t, iters) (t active, iters constant), is checked against
// a central difference of foobar. odeint decides whether to take the last step by comparing
// rounded times (the step is t / iters), so foobar jumps between iters - 1 and iters steps as t
// moves by an ulp; the end time is the first of 2.1, 2.1 + 0.0137, ... where foobar is smooth
// over the difference's stencil.
// Compiled after the benchmark's Enzyme code, in the same translation unit.
#include "check.h"

int main() {
  const uint64_t iters = 40;
  double t = bench::smooth_point([&](double s) { return foobar(s, iters); }, 2.1, 0.0137);
  printf("end time %.17g\n", t);
  enzyme_sincos(t, iters);
  bench::Checker check;
  double g = __enzyme_autodiff<double>(foobar, t, iters);
  check.array("t", &g, 1, [&](size_t) {
    return bench::central(&t, 0, [&] { return foobar(t, iters); });
  });
  return check.verdict();
}
