// Struct arrays copied with memcpy before use: Enzyme alone stops with
// "Enzyme: Cannot deduce type of copy"; the debug info says what the bytes are.
#include <math.h>
#include <stdio.h>
#include <string.h>

struct P { long n; double x; float y; int tag; };

extern double __enzyme_autodiff(void *, ...);
extern int enzyme_dup, enzyme_const;

__attribute__((noinline)) static void copy_points(struct P *dst, const struct P *src) {
  memcpy(dst, src, 4 * sizeof(struct P));
}

double energy(struct P *p, int n) {
  struct P tmp[4];
  copy_points(tmp, p);
  double s = 0;
  for (int i = 0; i < n; i++) s += tmp[i].x * tmp[i].x * sin(tmp[i].x) + tmp[i].y;
  return s;
}

int main(void) {
  struct P p[4] = {{1, 0.5, 1, 0}, {2, 1.5, 2, 1}, {3, 2.5, 3, 2}, {4, 3.5, 4, 3}};
  struct P dp[4] = {{0}};
  __enzyme_autodiff((void *)energy, enzyme_dup, p, dp, enzyme_const, 4);
  int bad = 0;
  for (int i = 0; i < 4; i++) {
    double x = p[i].x, want = 2 * x * sin(x) + x * x * cos(x);
    printf("copy.c   d energy / d p[%d].x = %9.6f  (analytic %9.6f)   d/dy = %g (analytic 1)\n",
           i, dp[i].x, want, dp[i].y);
    bad |= fabs(dp[i].x - want) > 1e-9 || fabs(dp[i].y - 1) > 1e-6;
  }
  return bad;
}
