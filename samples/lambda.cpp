// A capturing C++ lambda differentiated through a template trampoline, with no marker on the
// environment pointer: Enzyme alone takes the environment for an active pointer and its
// "shadow" from the next argument. irpass marks the environment enzyme_const.
#include <cmath>
#include <cstdio>
#include <cstring>

extern "C" double __enzyme_autodiff(void *, ...);

struct Pair { double a; double b; };

template <class F> double tramp(const F *f, double x) { return (*f)(x); }

int main() {
  double scale = 3.0;
  Pair coeffs{2.0, 0.5};
  auto f = [scale, coeffs](double x) {
    Pair c;
    std::memcpy(&c, &coeffs, sizeof c);  // a copy Enzyme cannot type on its own
    return scale * c.a * x * x + c.b * std::sin(x);
  };
  double x = 1.25;
  double d = __enzyme_autodiff((void *)tramp<decltype(f)>, &f, x);
  double want = 2 * scale * coeffs.a * x + coeffs.b * std::cos(x);
  std::printf("lambda.cpp  d f / d x = %9.6f  (analytic %9.6f)\n", d, want);
  return std::fabs(d - want) > 1e-9;
}
