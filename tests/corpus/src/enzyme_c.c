/* enzyme_c.c - programs written against Enzyme's C API.
 * Only compiled to IR (-S -emit-llvm); the __enzyme_* symbols are declared
 * extern and are resolved by the Enzyme plugin, so this does not link alone. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <math.h>

extern double __enzyme_autodiff(void *, ...);
extern double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

struct P {
  long n;
  double x;
  float y;
  int tag;
};

/* (a) scalar function */
double f(double x) { return sin(x) * x * x + exp(-x); }

/* (b) function of a struct pointer, differentiated with enzyme_dup + shadow */
double g(struct P *p, int n) {
  double s = 0.0;
  for (int i = 0; i < n; i++)
    s += p[i].x * p[i].x * (double)p[i].y + (double)p[i].n * p[i].tag;
  return s;
}

/* (c) copies a struct array with memcpy before computing: a classic
 * "Cannot deduce type of copy" trigger for Enzyme's type analysis. */
double h(struct P *p, int n) {
  struct P *tmp = (struct P *)malloc(sizeof(struct P) * (size_t)n);
  memcpy(tmp, p, sizeof(struct P) * (size_t)n);
  double s = 0.0;
  for (int i = 0; i < n; i++)
    s += tmp[i].x * tmp[i].x + tmp[i].y;
  free(tmp);
  return s;
}

/* same idea but with a fixed-size local copy through a void* */
double h2(const void *src) {
  struct P local[4];
  memcpy(local, src, sizeof local);
  return local[0].x * local[1].x + local[2].x * local[3].x;
}

/* (d) forward mode */
double fw(double x, double y) { return x * y + sqrt(x * x + y * y); }

int main(void) {
  double df = __enzyme_autodiff((void *)f, enzyme_out, 2.0);

  struct P ps[4] = {{1, 1.0, 0.5f, 2}, {2, 2.0, 1.5f, 3}, {3, 3.0, 2.5f, 4}, {4, 4.0, 3.5f, 5}};
  struct P dps[4];
  memset(dps, 0, sizeof dps);
  __enzyme_autodiff((void *)g, enzyme_dup, ps, dps, enzyme_const, 4);

  struct P dps2[4];
  memset(dps2, 0, sizeof dps2);
  __enzyme_autodiff((void *)h, enzyme_dup, ps, dps2, enzyme_const, 4);

  struct P dps3[4];
  memset(dps3, 0, sizeof dps3);
  __enzyme_autodiff((void *)h2, enzyme_dup, ps, dps3);

  double dfw = __enzyme_fwddiff((void *)fw, enzyme_dup, 3.0, 1.0, enzyme_const, 4.0);

  printf("df=%f dg.x=%f dh.x=%f dh2.x=%f dfw=%f\n", df, dps[0].x, dps2[1].x, dps3[2].x, dfw);
  return 0;
}
