// A lambda capturing a std::vector<double> by value and a struct by reference, through a
// template trampoline; the lambda copies the vector (operator new + a copy of a length known
// only at run time, of doubles).
#include <cmath>
#include <cstdio>
#include <vector>

extern "C" double __enzyme_autodiff(void *, ...);

struct Shape { double width; int n; double height; };

template <class F> double tramp(const F *f, double x) { return (*f)(x); }

int main() {
  std::vector<double> w{0.5, 1.5, -2.0, 0.125};
  Shape sh{2.0, 4, 0.5};
  auto f = [w, &sh](double x) {
    std::vector<double> c = w;
    double s = 0;
    for (int i = 0; i < sh.n; i++) s += c[i] * std::sin(x * (i + 1)) * sh.width;
    return s + sh.height * x;
  };
  double x = 0.4;
  double d = __enzyme_autodiff((void *)tramp<decltype(f)>, &f, x);
  double want = sh.height;
  for (int i = 0; i < sh.n; i++) want += w[i] * (i + 1) * std::cos(x * (i + 1)) * sh.width;
  std::printf("cpp_vector d f / d x = %.9f (analytic %.9f)\n", d, want);
  return std::fabs(d - want) > 1e-9;
}
