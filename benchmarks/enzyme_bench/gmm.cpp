// Drives Enzyme's ReverseMode gmm benchmark (ADBench's Gaussian mixture model: gmm/gmm.cpp and
// gmm_mayalias.h): the benchmark's Enzyme gradients dgmm_objective_restrict and dgmm_objective
// (alphas, means, icf duplicated; d, k, n, x, wishart const; err dupnoneed), every entry
// against central differences of gmm_objective_restrict / gmm_objective, and x unchanged.
// Compiled after the benchmark's Enzyme code, in the same translation unit.
#include "check.h"

typedef void (*gmm_primal)(size_t, size_t, size_t, double const *, double const *,
                           double const *, double const *, Wishart, double *);
typedef void (*gmm_gradient)(size_t, size_t, size_t, const double *, double *, const double *,
                             double *, const double *, double *, const double *, Wishart,
                             double *, double *);

int main() {
  const size_t d = 3, k = 4, n = 5, icf_sz = d * (d + 1) / 2;
  std::vector<double> alphas(k), means(d * k), icf(icf_sz * k), x(d * n);
  bench::fill(alphas.data(), k, 0.8, 0.0, 1);
  bench::fill(means.data(), d * k, 1.0, 0.0, 2);
  bench::fill(icf.data(), icf_sz * k, 0.4, 0.0, 3);
  bench::fill(x.data(), d * n, 1.2, 0.1, 4);
  Wishart wishart = {1.3, 2};
  struct {
    const char *name;
    gmm_primal f;
    gmm_gradient df;
  } variants[] = {{"restrict", gmm_objective_restrict, dgmm_objective_restrict},
                  {"mayalias", gmm_objective, dgmm_objective}};
  bench::Checker check;
  for (auto &v : variants) {
    std::vector<double> dalphas(k), dmeans(d * k), dicf(icf_sz * k), x0 = x;
    double err = 0, derr = 1;
    v.df(d, k, n, alphas.data(), dalphas.data(), means.data(), dmeans.data(), icf.data(),
         dicf.data(), x.data(), wishart, &err, &derr);
    std::string name = std::string(v.name) + ".";
    check.same((name + "x").c_str(), x.data(), x0.data(), x.size());
    x = x0;
    auto objective = [&] {
      double e = 0;
      v.f(d, k, n, alphas.data(), means.data(), icf.data(), x.data(), wishart, &e);
      return e;
    };
    check.array((name + "alphas").c_str(), dalphas.data(), k,
                [&](size_t i) { return bench::central(alphas.data(), i, objective); });
    check.array((name + "means").c_str(), dmeans.data(), d * k,
                [&](size_t i) { return bench::central(means.data(), i, objective); });
    check.array((name + "icf").c_str(), dicf.data(), icf_sz * k,
                [&](size_t i) { return bench::central(icf.data(), i, objective); });
  }
  return check.verdict();
}
