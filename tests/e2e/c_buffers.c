// Copies whose length is only known at run time: of doubles, and of structs of doubles
// (uniform memory, so any prefix has the same type), next to a constant-length copy of a
// mixed struct into the middle of a buffer.
#include <math.h>
#include <stdio.h>
#include <string.h>

struct V3 { double x, y, z; };
struct Head { int count; float w; double bias; };

extern double __enzyme_autodiff(void *, ...);
extern int enzyme_dup, enzyme_const;

__attribute__((noinline)) static void copy_doubles(double *dst, const double *src, int n) {
  memcpy(dst, src, n * sizeof(double));
}

__attribute__((noinline)) static void copy_vecs(struct V3 *dst, const struct V3 *src, int n) {
  memmove(dst, src, n * sizeof(struct V3));
}

double model(const double *a, const struct V3 *v, const struct Head *h, int n) {
  double tmp[8];
  struct V3 w[4];
  struct Head hh[2];
  copy_doubles(tmp, a, n);
  copy_vecs(w, v, n);
  memcpy(&hh[1], h, sizeof *h);
  double s = hh[1].bias;
  for (int i = 0; i < n; i++) s += tmp[i] * (w[i].x + 2 * w[i].y + 3 * w[i].z) * hh[1].w;
  return s;
}

int main(void) {
  double a[4] = {0.5, -1.0, 2.0, 0.25}, da[4] = {0};
  struct V3 v[4] = {{1, 2, 3}, {0.5, 0.25, 1}, {-1, 1, 2}, {2, 0, 1}}, dv[4];
  struct Head h = {4, 1.5f, 0.75}, dh = {0, 0, 0};
  memset(dv, 0, sizeof dv);
  __enzyme_autodiff((void *)model, enzyme_dup, a, da, enzyme_dup, v, dv, enzyme_dup, &h, &dh,
                    enzyme_const, 4);
  int bad = fabs(dh.bias - 1) > 1e-12;
  double dw = 0;
  for (int i = 0; i < 4; i++) {
    double lin = v[i].x + 2 * v[i].y + 3 * v[i].z;
    bad |= fabs(da[i] - lin * h.w) > 1e-9;
    bad |= fabs(dv[i].x - a[i] * h.w) > 1e-9 || fabs(dv[i].y - 2 * a[i] * h.w) > 1e-9 ||
           fabs(dv[i].z - 3 * a[i] * h.w) > 1e-9;
    dw += a[i] * lin;
    printf("c_buffers d/da[%d] = %g (analytic %g)  d/dv[%d].z = %g (analytic %g)\n", i, da[i],
           lin * h.w, i, dv[i].z, 3 * a[i] * h.w);
  }
  bad |= fabs(dh.w - dw) > 1e-4;
  printf("c_buffers d/dw = %g (analytic %g)  d/dbias = %g (analytic 1)\n", dh.w, dw, dh.bias);
  return bad;
}
