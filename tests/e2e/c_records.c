// Arrays of mixed records copied with a length known only at run time:
// memcpy(dst, src, n * sizeof(struct Body)) and memmove within one array (overlapping).
// One type tree cannot describe n repeated { double pos[3]; double mass; int id; } records;
// Enzyme alone refuses the copies ("Cannot deduce type of copy").
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern double __enzyme_autodiff(void *, ...);
extern int enzyme_dup, enzyme_const;

struct Body { double pos[3]; double mass; int id; };

__attribute__((noinline)) void copy_bodies(struct Body *dst, const struct Body *src, size_t n) {
  memcpy(dst, src, n * sizeof(struct Body));
}

__attribute__((noinline)) void shift_bodies(struct Body *b, size_t n) {
  memmove(b + 1, b, (n - 1) * sizeof(struct Body));  // overlapping: b[k+1] = b[k]
}

// E = sum_k mass_k * |pos_k|^2 over a copy of the bodies, after shifting the copy by one.
double energy(const struct Body *bodies, int n) {
  struct Body *work = malloc((size_t)(n + 1) * sizeof(struct Body));
  copy_bodies(work, bodies, (size_t)n);
  work[n] = work[n - 1];
  shift_bodies(work, (size_t)n + 1);
  double e = 0;
  for (int k = 1; k <= n; k++) {
    double r2 = 0;
    for (int j = 0; j < 3; j++) r2 += work[k].pos[j] * work[k].pos[j];
    e += work[k].mass * r2 * (double)(work[k].id == k - 1);
  }
  free(work);
  return e;
}

int main(void) {
  enum { N = 5 };
  struct Body b[N], db[N];
  for (int k = 0; k < N; k++) {
    b[k] = (struct Body){{0.5 * k, 1.0 - 0.25 * k, 0.125 * k * k}, 1.0 + 0.5 * k, k};
  }
  memset(db, 0, sizeof db);
  __enzyme_autodiff((void *)energy, enzyme_dup, b, db, enzyme_const, N);
  int bad = 0;
  for (int k = 0; k < N; k++) {
    double r2 = 0;
    for (int j = 0; j < 3; j++) r2 += b[k].pos[j] * b[k].pos[j];
    bad |= fabs(db[k].mass - r2) > 1e-12 || db[k].id != 0;
    for (int j = 0; j < 3; j++) bad |= fabs(db[k].pos[j] - 2 * b[k].mass * b[k].pos[j]) > 1e-12;
  }
  printf("c_records d E / d mass[2] = %g (analytic %g)  d E / d pos[2][1] = %g (analytic %g)\n",
         db[2].mass, b[2].pos[0] * b[2].pos[0] + b[2].pos[1] * b[2].pos[1] +
         b[2].pos[2] * b[2].pos[2], db[2].pos[1], 2 * b[2].mass * b[2].pos[1]);
  return bad;
}
