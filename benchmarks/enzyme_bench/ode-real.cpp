// Drives Enzyme's ReverseMode ode-real benchmark (ode-real/ode.cpp, the C++ part: a 2D
// Brusselator right-hand side). The benchmark's Enzyme entry points foobar_restrict and
// foobar_norestrict run as in its main (their result, dx[0], is printed but not checked: they
// seed only the first half of the adjoint, the second half is uninitialized memory). Then the
// call they make is made with the whole adjoint seeded:
// __enzyme_autodiff<void>(brusselator_2d_loop_{restrict,norestrict}, enzyme_dup du, enzyme_dup
// dv, enzyme_dup u, enzyme_dup v, enzyme_dup p, enzyme_const t), and every entry of the
// gradients of u, v (the state x) and p is checked against central differences of
// adjoint . (du, dv).
// Compiled after the benchmark's Enzyme code, in the same translation unit.
#include "check.h"

typedef void (*loop_t)(double *, double *, const double *, const double *, const double *,
                       double);

int main() {
  static state_type x, adjoint;
  double p[3] = {3.4, 1, 10.}, t = 2.1;
  init_brusselator(x, x + N * N);
  init_brusselator(adjoint, adjoint + N * N);
  printf("foobar_restrict: dx[0] = %g\n", foobar_restrict(p, x, adjoint, t));
  printf("foobar_norestrict: dx[0] = %g\n", foobar_norestrict(p, x, adjoint, t));
  bench::Checker check;
  for (int restrict_ = 1; restrict_ >= 0; restrict_--) {
    std::string name = restrict_ ? "restrict." : "norestrict.";
    static state_type dx, dadj, dxdu, x0;
    double dp[3] = {0};
    memset(dx, 0, sizeof dx);
    memcpy(dadj, adjoint, sizeof dadj);
    memcpy(x0, x, sizeof x0);
    if (restrict_)
      __enzyme_autodiff<void>(brusselator_2d_loop_restrict, enzyme_dup, dxdu, dadj, enzyme_dup,
                              dxdu + N * N, dadj + N * N, enzyme_dup, x, dx, enzyme_dup,
                              x + N * N, dx + N * N, enzyme_dup, p, dp, enzyme_const, t);
    else
      __enzyme_autodiff<void>(brusselator_2d_loop_norestrict, enzyme_dup, dxdu, dadj,
                              enzyme_dup, dxdu + N * N, dadj + N * N, enzyme_dup, x, dx,
                              enzyme_dup, x + N * N, dx + N * N, enzyme_dup, p, dp,
                              enzyme_const, t);
    check.same((name + "x").c_str(), x, x0, 2 * N * N);
    loop_t f = restrict_ ? brusselator_2d_loop_restrict : brusselator_2d_loop_norestrict;
    auto objective = [&] {
      static state_type out;
      f(out, out + N * N, x, x + N * N, p, t);
      return bench::dot(adjoint, out, 2 * N * N);
    };
    check.array((name + "x").c_str(), dx, 2 * N * N,
                [&](size_t i) { return bench::central(x, i, objective); });
    check.array((name + "p").c_str(), dp, 3,
                [&](size_t i) { return bench::central(p, i, objective); });
  }
  return check.verdict();
}
