// enzyme_cpp.cpp - differentiating C++ lambdas with Enzyme's C API.
// IR-only: __enzyme_* are resolved by the Enzyme plugin.
#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

extern "C" {
extern double __enzyme_autodiff(void *, ...);
extern double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out;
}

template <class F> double tramp(const F *f, double x) { return (*f)(x); }

struct Params {
  long n;
  double x;
  float y;
  int tag;
};

double poly(double x) { return 3 * x * x * x - 2 * x + 1; }

int main() {
  double x = 1.5;

  // non-capturing lambda -> function pointer (static invoker)
  auto sq = [](double y) { return std::sin(y) * y; };
  double (*sqp)(double) = sq;
  double d1 = __enzyme_autodiff((void *)sqp, enzyme_out, x);

  // capturing lambda through a template trampoline, env marked const
  double k = 4.0;
  std::vector<double> coef = {1.0, 0.5, 0.25};
  auto l = [k, &coef](double y) {
    double s = 0, p = 1;
    for (double c : coef) { s += c * p; p *= y; }
    return k * s;
  };
  double d2 = __enzyme_autodiff((void *)&tramp<decltype(l)>, enzyme_const, &l, enzyme_out, x);

  // capturing lambda differentiated with the env as a duplicated argument
  Params prm{3, 2.0, 1.5f, 1};
  auto l2 = [prm](double y) {
    Params local;
    std::memcpy(&local, &prm, sizeof local);
    return local.x * y * y + local.y * y + (double)local.n;
  };
  decltype(l2) dl2 = l2;
  std::memset((void *)&dl2, 0, sizeof dl2);
  double d3 = __enzyme_autodiff((void *)&tramp<decltype(l2)>, enzyme_dup, &l2, &dl2, enzyme_out, x);

  double d4 = __enzyme_fwddiff((void *)poly, enzyme_dup, x, 1.0);

  std::printf("%f %f %f %f\n", d1, d2, d3, d4);
  return 0;
}
