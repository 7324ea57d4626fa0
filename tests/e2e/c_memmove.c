// Overlapping memmove inside the differentiated function: a buffer of doubles shifted down
// by one (destination below the source) and up by two (destination above), then weighed.
// Enzyme 19 differentiates memmove as memcpy, which is wrong when the destination lies below
// the source and the ranges overlap; typeinfo moves the bytes through a temporary instead.
#include <math.h>
#include <stdio.h>
#include <string.h>

extern int enzyme_dup, enzyme_const;
void __enzyme_autodiff(void *, ...);

#define N 9

double shifted(const double *a, int n) {
  double buf[N];
  memcpy(buf, a, n * sizeof(double));
  memmove(buf, buf + 1, (n - 1) * sizeof(double));
  memmove(buf + 2, buf, (n - 2) * sizeof(double));
  double s = 0;
  for (int i = 0; i < n; i++) s += (i + 1) * buf[i] * buf[i];
  return s;
}

int main(void) {
  double a[N], da[N] = {0};
  for (int i = 0; i < N; i++) a[i] = sin(i + 1.0);
  __enzyme_autodiff((void *)shifted, enzyme_dup, a, da, enzyme_const, N);
  // Where each element of the result comes from: the same moves applied to indices.
  int from[N], tmp[N];
  for (int i = 0; i < N; i++) from[i] = i;
  memmove(from, from + 1, (N - 1) * sizeof(int));
  memmove(from + 2, from, (N - 2) * sizeof(int));
  (void)tmp;
  int bad = 0;
  for (int j = 0; j < N; j++) {
    double want = 0;
    for (int i = 0; i < N; i++)
      if (from[i] == j) want += 2.0 * (i + 1) * a[j];
    printf("c_memmove d s / d a[%d] = %.12f (analytic %.12f)\n", j, da[j], want);
    bad |= fabs(da[j] - want) > 1e-9 * (1 + fabs(want));
  }
  return bad;
}
