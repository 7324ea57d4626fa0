// Drives rs_copy.rs: checks its derivatives against the analytic values.
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <stddef.h>

struct Body { uint64_t id; double pos[2]; float mass; uint32_t flags; };
struct World { int32_t count; struct Body bodies[3]; double g; };

double world_gradient(const struct World *w, struct World *dw, const double *xs, double *dxs,
                      size_t n);

int main(void) {
  struct World w = {3, {{1, {0.5, 2.0}, 1.5f, 0}, {2, {1.5, -1.0}, 2.0f, 1}, {3, {-0.5, 3.0}, 0.5f, 2}}, 9.75};
  struct World dw;
  memset(&dw, 0, sizeof dw);
  double xs[3] = {0.25, -1.5, 2.0}, dxs[3] = {0, 0, 0};
  world_gradient(&w, &dw, xs, dxs, 3);
  double g = w.g;
  int bad = 0;
  double want_g = w.bodies[0].pos[0] * w.bodies[0].pos[1];
  for (int i = 0; i < 3; i++) {
    double wx = i == 0 ? w.bodies[0].pos[1] * g : w.bodies[i].mass * g;
    double wy = i == 0 ? w.bodies[0].pos[0] * g : 0;
    double wm = i == 0 ? 0 : w.bodies[i].pos[0] * g;
    if (i) want_g += w.bodies[i].pos[0] * w.bodies[i].mass;
    printf("rs_copy d/dpos[%d] = (%g, %g) (analytic (%g, %g))  d/dmass = %g (analytic %g)\n", i,
           dw.bodies[i].pos[0], dw.bodies[i].pos[1], wx, wy, dw.bodies[i].mass, wm);
    bad |= fabs(dw.bodies[i].pos[0] - wx) > 1e-9 || fabs(dw.bodies[i].pos[1] - wy) > 1e-9 ||
           fabs(dw.bodies[i].mass - wm) > 1e-4;
  }
  for (int i = 0; i < 3; i++) {
    printf("rs_copy d/dxs[%d] = %g (analytic %g)\n", i, dxs[i], 2 * xs[i]);
    bad |= fabs(dxs[i] - 2 * xs[i]) > 1e-9;
  }
  printf("rs_copy d/dg = %g (analytic %g)\n", dw.g, want_g);
  bad |= fabs(dw.g - want_g) > 1e-9;
  return bad;
}
