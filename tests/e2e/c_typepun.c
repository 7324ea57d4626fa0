// Type puns that debug info misdescribes: a double moved through a uint64_t with memcpy, a
// record stored through a pointer of the wrong element type, a union read as the other
// member. The debug types say "integer" for bits that hold a double; a type tree taken from
// them makes Enzyme stop ("Illegal updateAnalysis") where Enzyme alone is right.
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern double __enzyme_autodiff(void *, ...);

union bits { double d; uint64_t u; };

__attribute__((noinline)) uint64_t *pack(uint64_t word, uint64_t tag) {
  uint64_t *cell = malloc(2 * sizeof *cell);  // "an array of integers"
  double as_double;
  memcpy(&as_double, &word, sizeof as_double);
  *(double *)cell = as_double;  // ... whose first element holds a double
  cell[1] = tag;
  return cell;
}

__attribute__((noinline)) double through_union(double x) {
  union bits b;
  b.d = x;
  uint64_t u = b.u;
  union bits c;
  c.u = u;
  return c.d;
}

double f(double x) {
  uint64_t word;
  memcpy(&word, &x, sizeof word);
  uint64_t *cell = pack(word, 3);
  double y = ((double *)cell)[0];
  uint64_t tag = cell[1];
  free(cell);
  return y * through_union(x) * (double)tag;  // 3 x^2
}

int main(void) {
  int bad = 0;
  for (int i = -4; i <= 4; i++) {
    double x = i / 2.0 + 0.1;
    double d = __enzyme_autodiff((void *)f, x);
    bad |= fabs(d - 6 * x) > 1e-12;
    if (i == 2) printf("c_typepun d f / d x = %g (analytic %g)\n", d, 6 * x);
  }
  return bad;
}
