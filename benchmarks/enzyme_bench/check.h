// Checks for the drivers of Enzyme's ReverseMode benchmarks (benchmarks/enzyme_benchmarks.py):
// every gradient entry against a central difference of the primal, and inputs the benchmark
// passes as enzyme_const against what the primal alone leaves in them.
//
// A driver is compiled in one translation unit after the benchmark's own Enzyme code (so it
// can call the benchmark's static functions), at the level under test. It prints one line per
// checked array, writes every entry to grad.tsv (name, index, gradient, difference, error),
// and ends with one verdict line:
//   verdict: right (N entries, max error E)
//   verdict: wrong (B of N entries off, max error E[; const input X changed])
// and exits 0 when right, 1 when wrong. The error of an entry is |g - fd| / (1 + |fd|); an
// entry is off when it exceeds the tolerance (1e-4 for double, looser for float programs).
#pragma once
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <string>
#include <vector>

namespace bench {

struct Checker {
  double tol = 1e-4;
  long entries = 0, off = 0;
  double max_error = 0;
  std::string changed;
  FILE *tsv = fopen("grad.tsv", "w");

  // One array of gradient entries against the differences fd(i).
  template <class FD>
  void array(const char *name, const double *g, size_t n, FD fd) {
    long bad = 0;
    double worst = 0;
    for (size_t i = 0; i < n; i++) {
      double d = fd(i);
      double e = fabs(g[i] - d) / (1 + fabs(d));
      if (!(e <= tol)) {  // NaN is off too
        bad++;
        if (bad <= 3)
          printf("  %s[%zu]: gradient %.10g, central difference %.10g\n", name, i, g[i], d);
      }
      if (!(e <= worst)) worst = e;
      if (tsv) fprintf(tsv, "%s\t%zu\t%.17g\t%.17g\t%.3g\n", name, i, g[i], d, e);
    }
    printf("%s: %zu entries, %ld off, max error %.3g\n", name, n, bad, worst);
    entries += n;
    off += bad;
    if (!(worst <= max_error)) max_error = worst;
  }

  template <class FD>
  void array(const char *name, const float *g, size_t n, FD fd) {
    std::vector<double> d(g, g + n);
    array(name, d.data(), n, fd);
  }

  // A const input after the gradient call against what it should hold (its value before the
  // call, or what the primal alone leaves in it).
  template <class T>
  void same(const char *name, const T *got, const T *want, size_t n) {
    if (memcmp(got, want, n * sizeof(T)) != 0) {
      size_t i = 0;
      while (i < n && memcmp(&got[i], &want[i], sizeof(T)) == 0) i++;
      printf("const input %s changed by the gradient call (first at index %zu)\n", name, i);
      if (!changed.empty()) changed += ", ";
      changed += name;
    } else {
      printf("const input %s: unchanged (%zu values)\n", name, n);
    }
  }

  int verdict() {
    if (tsv) fclose(tsv);
    tsv = nullptr;
    if (off == 0 && changed.empty() && entries > 0) {
      printf("verdict: right (%ld entries, max error %.3g)\n", entries, max_error);
      return 0;
    }
    printf("verdict: wrong (%ld of %ld entries off, max error %.3g%s%s)\n", off, entries,
           max_error, changed.empty() ? "" : "; const input changed: ", changed.c_str());
    return 1;
  }
};

// Central difference of f (a function of the whole array x) with respect to x[i]; x is
// restored. The step is 1e-6 scaled by |x[i]| (the float version: 1e-2, scaled).
template <class F>
double central(double *x, size_t i, F f, double rel = 1e-6) {
  double x0 = x[i];
  double h = rel * (fabs(x0) > 1 ? fabs(x0) : 1.0);
  x[i] = x0 + h;
  double hi = x[i];
  double fp = f();
  x[i] = x0 - h;
  double lo = x[i];
  double fm = f();
  x[i] = x0;
  return (fp - fm) / (hi - lo);
}

template <class F>
double central(float *x, size_t i, F f, float rel = 1e-2f) {
  float x0 = x[i];
  float h = rel * (fabsf(x0) > 1 ? fabsf(x0) : 1.0f);
  x[i] = x0 + h;
  double hi = x[i];
  double fp = f();
  x[i] = x0 - h;
  double lo = x[i];
  double fm = f();
  x[i] = x0;
  return (fp - fm) / (hi - lo);
}

// The first of t0, t0 + dt, t0 + 2 dt, ... where f is smooth over the central difference's
// stencil (f(t - h), f(t - h/2), f(t), f(t + h/2), f(t + h) on one parabola): for functions
// that jump where rounding changes a step count.
template <class F>
double smooth_point(F f, double t0, double dt, int tries = 100) {
  for (int k = 0; k < tries; k++) {
    double t = t0 + k * dt, h = 1e-6 * (fabs(t) > 1 ? fabs(t) : 1.0);
    double fm = f(t - h), fm2 = f(t - h / 2), f0 = f(t), fp2 = f(t + h / 2), fp = f(t + h);
    double scale = 1e-9 * (1 + fabs(f0));
    if (fabs((fp - fm) - 2 * (fp2 - fm2)) <= scale && fabs(fp + fm - 2 * f0) <= scale &&
        fabs(fp2 + fm2 - 2 * f0) <= scale)
      return t;
  }
  return t0;
}

// Deterministic inputs: smooth, distinct, of moderate size.
inline void fill(double *x, size_t n, double scale, double shift = 0, int seed = 1) {
  for (size_t i = 0; i < n; i++) x[i] = shift + scale * sin(0.7 * (i + 1) * seed + 0.3 * seed);
}

inline double dot(const double *a, const double *b, size_t n) {
  double s = 0;
  for (size_t i = 0; i < n; i++) s += a[i] * b[i];
  return s;
}

}  // namespace bench
