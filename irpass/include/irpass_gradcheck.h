/* irpass_gradcheck.h: check a gradient against central differences of the function itself.
 *
 * A derivative Enzyme writes can be wrong without a word (see irpass's README). Put a check
 * in your own tests: evaluate the function as a plain C function and compare.
 *
 *   #include <irpass_gradcheck.h>          // cc -I"$(irpass include)" ...
 *
 *   static double f_at(void *ctx, const double *x) { return my_function(x, N); }
 *   ...
 *   __enzyme_autodiff((void *)my_function, enzyme_dup, x, grad, enzyme_const, N);
 *   if (irpass_gradcheck("my_function", f_at, NULL, x, grad, N, 1e-6)) abort();
 *
 * irpass_gradcheck compares every entry (2 n evaluations of f): grad[i] against
 * (f(x + h e_i) - f(x - h e_i)) / 2h with h = 1e-6 max(1, |x_i|); an entry is off when
 * |grad[i] - fd| > tol (1 + |fd|). irpass_gradcheck_direction compares one random direction
 * v (2 evaluations, for large n): grad . v against (f(x + h v) - f(x - h v)) / 2h. Both print
 * the entries (or the direction) off to stderr and return how many are off: 0 is right. The
 * function must not change x and must give the same value for the same x. Plain C99; also
 * compiles as C++.
 */
#ifndef IRPASS_GRADCHECK_H
#define IRPASS_GRADCHECK_H

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef double (*irpass_function)(void *ctx, const double *x);

static inline double irpass_central_difference(irpass_function f, void *ctx, double *x,
                                               size_t i, double h) {
  double xi = x[i], up, down;
  x[i] = xi + h;
  up = f(ctx, x);
  x[i] = xi - h;
  down = f(ctx, x);
  x[i] = xi;
  return (up - down) / (2 * h);
}

static inline size_t irpass_gradcheck(const char *what, irpass_function f, void *ctx,
                                      const double *x, const double *grad, size_t n,
                                      double tol) {
  double *at = (double *)malloc(n * sizeof(double) + 1);
  size_t off = 0, i;
  double worst = 0;
  if (at == NULL) return n;
  memcpy(at, x, n * sizeof(double));
  for (i = 0; i < n; i++) {
    double h = 1e-6 * (fabs(x[i]) > 1 ? fabs(x[i]) : 1);
    double fd = irpass_central_difference(f, ctx, at, i, h);
    double error = fabs(grad[i] - fd) / (1 + fabs(fd));
    if (!(error <= tol)) { /* NaN is off too */
      if (off < 5)
        fprintf(stderr, "gradcheck %s: d/dx[%zu] = %.12g, central difference %.12g\n", what,
                i, grad[i], fd);
      off++;
    }
    if (!(error <= worst)) worst = error;
  }
  if (off)
    fprintf(stderr, "gradcheck %s: %zu of %zu entries off (largest error %.3g)\n", what, off,
            n, worst);
  free(at);
  return off;
}

static inline size_t irpass_gradcheck_direction(const char *what, irpass_function f, void *ctx,
                                                const double *x, const double *grad, size_t n,
                                                double tol, unsigned seed) {
  double *up = (double *)malloc(2 * n * sizeof(double) + 1), *down = up + n;
  double dot = 0, norm = 0, h, fd, error;
  size_t i;
  if (up == NULL) return 1;
  for (i = 0; i < n; i++) {
    double v;
    seed = seed * 1103515245u + 12345u;
    v = (double)((seed >> 8) & 0xffff) / 32768.0 - 1.0; /* in [-1, 1) */
    up[i] = v;
    dot += grad[i] * v;
    norm += fabs(x[i]);
  }
  h = 1e-6 * (norm / (n ? n : 1) > 1 ? norm / n : 1);
  for (i = 0; i < n; i++) {
    double v = up[i];
    up[i] = x[i] + h * v;
    down[i] = x[i] - h * v;
  }
  fd = (f(ctx, up) - f(ctx, down)) / (2 * h);
  error = fabs(dot - fd) / (1 + fabs(fd));
  free(up);
  if (!(error <= tol)) {
    fprintf(stderr, "gradcheck %s: along a random direction %.12g, central difference %.12g\n",
            what, dot, fd);
    return 1;
  }
  return 0;
}

#endif
