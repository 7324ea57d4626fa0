// Drives rs_closure.rs: checks its derivatives against the analytic values.
#include <math.h>
#include <stdio.h>
#include <stddef.h>

double struct_closure(double a, double b, double x);
double slice_closure(const double *w, size_t n, double x);

int main(void) {
  double a = 1.25, b = -0.5, x = 0.7;
  double d1 = struct_closure(a, b, x), want1 = 2 * a * x + b * cos(x) * 1.5 + 1.0;
  double w[4] = {1.0, -2.0, 0.5, 3.0}, off[3] = {0.5, 1.0, 2.0}, want2 = 0;
  for (int i = 0; i < 4; i++) want2 += -w[i] * off[i % 3] * sin(x * off[i % 3]);
  double d2 = slice_closure(w, 4, x);
  // The environment is constant: its memory must come back unchanged.
  int changed = w[0] != 1.0 || w[1] != -2.0 || w[2] != 0.5 || w[3] != 3.0 ||
                off[0] != 0.5 || off[1] != 1.0 || off[2] != 2.0 || a != 1.25 || x != 0.7;
  if (changed) printf("rs_closure the captured slice was overwritten: %g %g %g %g\n", w[0], w[1], w[2], w[3]);
  printf("rs_closure d struct-closure / d x = %.9f (analytic %.9f)\n", d1, want1);
  printf("rs_closure d slice-closure / d x = %.9f (analytic %.9f)\n", d2, want2);
  return changed || fabs(d1 - want1) > 1e-9 || fabs(d2 - want2) > 1e-9;
}
