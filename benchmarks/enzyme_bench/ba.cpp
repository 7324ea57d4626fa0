// Drives Enzyme's ReverseMode ba benchmark (ADBench's bundle adjustment: ba/ba.cpp and
// ba_mayalias.h): the benchmark's Enzyme gradients dcompute_reproj_error_restrict,
// dcompute_reproj_error (cam, X, w duplicated; feat const; err dupnoneed, seeded with a
// vector) and dcompute_zach_weight_error_restrict, dcompute_zach_weight_error, every entry
// against central differences of the seeded primal, and feat unchanged.
// Compiled after the benchmark's Enzyme code, in the same translation unit.
#include "check.h"

typedef void (*reproj_primal)(double const *, double const *, double const *, double const *,
                              double *);
typedef void (*reproj_gradient)(double const *, double *, double const *, double *,
                                double const *, double *, double const *, double *, double *);
typedef void (*weight_primal)(double const *, double *);
typedef void (*weight_gradient)(double const *, double *, double *, double *);

int main() {
  double cam[BA_NCAMPARAMS] = {0.12, -0.25, 0.31, 0.5, -0.4, -5.0, 200.0, 0.3, -0.2, 1e-3, 2e-4};
  double X[3] = {1.1, -0.7, 2.3}, w[1] = {0.8}, feat[2] = {40.0, -25.0};
  const double seed[2] = {0.7, -1.3};
  struct {
    const char *name;
    reproj_primal f;
    reproj_gradient df;
    weight_primal g;
    weight_gradient dg;
  } variants[] = {{"restrict", compute_reproj_error_restrict, dcompute_reproj_error_restrict,
                   compute_zach_weight_error_restrict, dcompute_zach_weight_error_restrict},
                  {"mayalias", compute_reproj_error, dcompute_reproj_error,
                   compute_zach_weight_error, dcompute_zach_weight_error}};
  bench::Checker check;
  for (auto &v : variants) {
    std::string name = std::string(v.name) + ".";
    double dcam[BA_NCAMPARAMS] = {0}, dX[3] = {0}, dw[1] = {0}, err[2], derr[2] = {seed[0], seed[1]};
    double feat0[2] = {feat[0], feat[1]};
    v.df(cam, dcam, X, dX, w, dw, feat, err, derr);
    check.same((name + "feat").c_str(), feat, feat0, 2);
    auto reproj = [&] {
      double e[2];
      v.f(cam, X, w, feat, e);
      return seed[0] * e[0] + seed[1] * e[1];
    };
    check.array((name + "reproj.cam").c_str(), dcam, BA_NCAMPARAMS,
                [&](size_t i) { return bench::central(cam, i, reproj); });
    check.array((name + "reproj.X").c_str(), dX, 3,
                [&](size_t i) { return bench::central(X, i, reproj); });
    check.array((name + "reproj.w").c_str(), dw, 1,
                [&](size_t i) { return bench::central(w, i, reproj); });
    double dw2[1] = {0}, werr, dwerr = -0.9;
    v.dg(w, dw2, &werr, &dwerr);
    auto weight = [&] {
      double e;
      v.g(w, &e);
      return -0.9 * e;
    };
    check.array((name + "weight.w").c_str(), dw2, 1,
                [&](size_t i) { return bench::central(w, i, weight); });
  }
  return check.verdict();
}
