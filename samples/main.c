// Drives closure.rs: checks the Rust derivatives against the analytic values.
#include <math.h>
#include <stdio.h>

double closure_derivative(double k, double x);
double copy_derivative(double x, float w);

int main(void) {
  double k = 1.5, x = 0.75;
  double d1 = closure_derivative(k, x), want1 = 2 * k * x + cos(x);
  double d2 = copy_derivative(x, 2.0f), want2 = 2 * x * 2.0;
  printf("closure.rs  d closure / d x = %9.6f  (analytic %9.6f)\n", d1, want1);
  printf("closure.rs  d energy / d s.x = %9.6f  (analytic %9.6f)\n", d2, want2);
  return fabs(d1 - want1) > 1e-9 || fabs(d2 - want2) > 1e-9;
}
