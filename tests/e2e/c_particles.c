// Mixed-type structs copied by memcpy (whole object, and a sub-array reached through a GEP
// offset) and by struct assignment, before the derivative reads them. Enzyme alone cannot
// type such copies ("Cannot deduce type of copy"); the debug info says what the bytes are.
#include <math.h>
#include <stdio.h>
#include <string.h>

struct P { long id; double x; float m; int tag; };
struct Sys { int n; struct P p[3]; double scale; };

extern double __enzyme_autodiff(void *, ...);
extern int enzyme_dup;

__attribute__((noinline)) static void snapshot(struct Sys *dst, const struct Sys *src) {
  memcpy(dst, src, sizeof *src);
}

__attribute__((noinline)) static void tail(struct P *dst, const struct Sys *s) {
  memcpy(dst, &s->p[1], 2 * sizeof(struct P));  // starts 32 bytes into the struct
}

double energy(struct Sys *s) {
  struct Sys t;
  snapshot(&t, s);
  struct P q[2];
  tail(q, &t);
  struct P r = t.p[0];  // struct assignment: another copy
  double e = r.x * r.x * t.scale;
  for (int i = 0; i < 2; i++) e += q[i].x * q[i].m * t.scale;
  return e;
}

int main(void) {
  struct Sys s = {3, {{1, 0.5, 2.0f, 7}, {2, 1.5, 3.0f, 8}, {3, 2.5, 4.0f, 9}}, 1.25};
  struct Sys ds;
  memset(&ds, 0, sizeof ds);
  __enzyme_autodiff((void *)energy, enzyme_dup, &s, &ds);
  double c = s.scale;
  double want[] = {2 * s.p[0].x * c, s.p[1].m * c, s.p[2].m * c};
  double want_m[] = {0, s.p[1].x * c, s.p[2].x * c};
  double want_scale = s.p[0].x * s.p[0].x + s.p[1].x * s.p[1].m + s.p[2].x * s.p[2].m;
  int bad = fabs(ds.scale - want_scale) > 1e-9;
  for (int i = 0; i < 3; i++) {
    bad |= fabs(ds.p[i].x - want[i]) > 1e-9 || fabs(ds.p[i].m - want_m[i]) > 1e-5;
    printf("c_particles d/dp[%d].x = %g (analytic %g)  d/dp[%d].m = %g (analytic %g)\n", i,
           ds.p[i].x, want[i], i, ds.p[i].m, want_m[i]);
  }
  printf("c_particles d/dscale = %g (analytic %g)\n", ds.scale, want_scale);
  return bad;
}
