// Capturing lambdas differentiated through a template trampoline with no marker on the
// environment: Enzyme alone takes the environment for an active pointer and its "shadow" from
// the next argument. The lambdas copy what they captured (struct assignment, std::array copy,
// memcpy) before using it.
#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>

extern "C" double __enzyme_autodiff(void *, ...);

struct Coeffs { double a; double b; int order; float gain; };

template <class F> double tramp(const F *f, double x) { return (*f)(x); }

template <class F> double derivative(const F &f, double x) {
  return __enzyme_autodiff((void *)tramp<F>, &f, x);
}

int main() {
  Coeffs c{2.0, 0.5, 3, 1.5f};
  std::array<double, 3> poly{1.0, -2.0, 0.25};
  auto f = [c, poly](double x) {
    Coeffs k = c;                       // struct assignment
    std::array<double, 3> p = poly;     // array copy
    double q[3];
    std::memcpy(q, p.data(), sizeof q); // memcpy
    double s = k.a * x * x + k.b * std::sin(x) * k.gain;
    for (int i = 0; i < k.order; i++) s += q[i] * std::pow(x, i);
    return s;
  };
  double x = 0.8;
  double d = derivative(f, x);
  double want = 2 * c.a * x + c.b * std::cos(x) * c.gain + poly[1] + 2 * poly[2] * x;
  std::printf("cpp_lambda d f / d x = %.9f (analytic %.9f)\n", d, want);
  int bad = std::fabs(d - want) > 1e-9;

  double scale = 3.0;
  auto g = [&scale, &c](double x) { return scale * c.a * std::exp(x * c.b); };
  double d2 = derivative(g, x);
  double want2 = scale * c.a * c.b * std::exp(x * c.b);
  std::printf("cpp_lambda d g / d x = %.9f (analytic %.9f)\n", d2, want2);
  bad |= std::fabs(d2 - want2) > 1e-9;
  return bad;
}
