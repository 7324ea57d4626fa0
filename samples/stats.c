// Mean and spread of a few samples: divisions by powers of two, which the sample plugin's
// exact-div pass turns into multiplications (samples/passes.py). The output must not change.
#include <stdio.h>

__attribute__((noinline)) double mean(const double *x, int n) {
  double s = 0;
  for (int i = 0; i < n; i++) s += x[i];
  return s / 8.0;
}

__attribute__((noinline)) double half_range(const double *x, int n) {
  double lo = x[0], hi = x[0];
  for (int i = 1; i < n; i++) {
    if (x[i] < lo) lo = x[i];
    if (x[i] > hi) hi = x[i];
  }
  return (hi - lo) / 2.0;
}

__attribute__((noinline)) float scaled(float v) { return v / 0.125f + v / 3.0f; }

int main(void) {
  double x[8] = {0.1, 2.5, -3.75, 1e-3, 7.0, 0.3, -1.1, 4.2};
  printf("mean %.17g\nhalf range %.17g\nscaled %.9g\n", mean(x, 8), half_range(x, 8),
         (double)scaled(0.7f));
  return 0;
}
