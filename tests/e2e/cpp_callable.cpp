// Named function objects (a struct with operator()) differentiated through a template
// trampoline with no marker on the object: Enzyme alone takes the object for an active
// pointer and its "shadow" from the next argument ("Cannot cast __enzyme_autodiff shadow
// argument"). One is passed by pointer, one by reference and derives from a base class.
#include <cmath>
#include <cstdio>

extern "C" double __enzyme_autodiff(void *, ...);

struct Spring {
  double k, rest;
  int id;
  double operator()(double x) const {
    double d = x - rest;
    return 0.5 * k * d * d + (id > 0 ? std::sin(x) : 0.0);
  }
};

struct Shape { double scale; };
struct Wave : Shape {
  double freq;
  double operator()(double x) const { return scale * std::sin(freq * x) * x; }
};

template <class F> double by_pointer(const F *f, double x) { return (*f)(x); }
template <class F> double by_reference(const F &f, double x) { return f(x); }

int main() {
  Spring s{4.0, 0.25, 1};
  Wave w;
  w.scale = 1.5;
  w.freq = 2.0;
  double x = 0.8;
  double d1 = __enzyme_autodiff((void *)by_pointer<Spring>, &s, x);
  double want1 = s.k * (x - s.rest) + std::cos(x);
  double d2 = __enzyme_autodiff((void *)by_reference<Wave>, &w, x);
  double want2 = w.scale * (w.freq * std::cos(w.freq * x) * x + std::sin(w.freq * x));
  std::printf("cpp_callable d spring / d x = %.9f (analytic %.9f)  d wave / d x = %.9f "
              "(analytic %.9f)\n", d1, want1, d2, want2);
  return std::fabs(d1 - want1) > 1e-9 || std::fabs(d2 - want2) > 1e-9;
}
