// Drives rs_records.rs: checks its derivatives against the analytic values.
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <stddef.h>

struct Body { double pos[3]; double mass; int id; };

double energy_gradient(const struct Body *b, struct Body *db, size_t n);

int main(void) {
  enum { N = 5 };
  struct Body b[N], db[N];
  for (int k = 0; k < N; k++)
    b[k] = (struct Body){{0.5 * k, 1.0 - 0.25 * k, 0.125 * k * k}, 1.0 + 0.5 * k, k};
  memset(db, 0, sizeof db);
  energy_gradient(b, db, N);
  int bad = 0;
  for (int k = 0; k < N; k++) {
    double r2 = 0;
    for (int j = 0; j < 3; j++) r2 += b[k].pos[j] * b[k].pos[j];
    bad |= fabs(db[k].mass - r2) > 1e-12 || db[k].id != 0;
    for (int j = 0; j < 3; j++) bad |= fabs(db[k].pos[j] - 2 * b[k].mass * b[k].pos[j]) > 1e-12;
  }
  printf("rs_records d E / d mass[2] = %g (analytic %g)  d E / d pos[2][1] = %g (analytic %g)\n",
         db[2].mass, b[2].pos[0] * b[2].pos[0] + b[2].pos[1] * b[2].pos[1] +
         b[2].pos[2] * b[2].pos[2], db[2].pos[1], 2 * b[2].mass * b[2].pos[1]);
  return bad;
}
