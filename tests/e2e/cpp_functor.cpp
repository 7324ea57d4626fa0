// A function object with mixed members, differentiated through a template trampoline that
// copies it (struct assignment), and whose operator() copies its array of mixed structs with
// std::memcpy. The object is passed with a shadow: the derivatives of its coefficients too.
#include <cmath>
#include <cstdio>
#include <cstring>

extern "C" double __enzyme_autodiff(void *, ...);
extern "C" int enzyme_dup, enzyme_out;

struct Term { long power; double coeff; float weight; int pad; };

struct Poly {
  Term terms[3];
  double shift;
  double operator()(double x) const {
    Term local[3];
    std::memcpy(local, terms, sizeof local);
    double s = 0;
    for (const Term &t : local) s += t.coeff * t.weight * std::pow(x - shift, (double)t.power);
    return s;
  }
};

template <class F> double call_copy(const F *f, double x) {
  F copy = *f;  // the whole object copied
  return copy(x);
}

int main() {
  Poly p{{{1, 2.0, 1.0f, 0}, {2, -0.5, 2.0f, 0}, {3, 0.25, 0.5f, 0}}, 0.1};
  Poly dp;
  std::memset(&dp, 0, sizeof dp);
  double x = 1.3;
  double d = __enzyme_autodiff((void *)call_copy<Poly>, enzyme_dup, &p, &dp, enzyme_out, x);
  double want = 0, y = x - p.shift;
  for (const Term &t : p.terms) want += t.coeff * t.weight * t.power * std::pow(y, t.power - 1.0);
  std::printf("cpp_functor d p / d x = %.9f (analytic %.9f)  d p / d shift = %.9f (analytic %.9f)\n",
              d, want, dp.shift, -want);
  int bad = std::fabs(d - want) > 1e-9 || std::fabs(dp.shift + want) > 1e-9;
  for (int i = 0; i < 3; i++) {
    const Term &t = p.terms[i];
    double wc = t.weight * std::pow(y, (double)t.power), ww = t.coeff * std::pow(y, (double)t.power);
    std::printf("cpp_functor d/dcoeff[%d] = %.9f (analytic %.9f)  d/dweight[%d] = %.6f (analytic %.6f)\n",
                i, dp.terms[i].coeff, wc, i, dp.terms[i].weight, ww);
    bad |= std::fabs(dp.terms[i].coeff - wc) > 1e-9 || std::fabs(dp.terms[i].weight - ww) > 1e-4;
  }
  return bad;
}
