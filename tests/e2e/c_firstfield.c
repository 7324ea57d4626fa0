// A struct's address is also its first field's: a model whose first member is a config of
// six ints, read through `&model->config` (a GEP with zero offsets, the same pointer) and
// passed by value (byval, a copy of the model's first 24 bytes), beside pointers into a
// parameter buffer that the function differentiates. A tree for "pointer to the config"
// must not contradict what Enzyme sees of the whole model through its other uses.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

extern double __enzyme_autodiff(void *, ...);
extern int enzyme_dup, enzyme_const;

typedef struct { int n, m, layers, heads, width, pad; } Config;
typedef struct { float *w; float *b; } Params;
typedef struct {
  Config config;
  Params params;
  size_t sizes[2];
  float *memory;
  int steps;
} Model;

__attribute__((noinline)) static int units(const Config *c) { return c->n * c->m; }

__attribute__((noinline)) static float layer(Config c, const float *w, const float *b,
                                             const float *x) {
  float s = 0;
  for (int i = 0; i < c.n; i++)
    for (int j = 0; j < c.m; j++) s += tanhf(w[i * c.m + j] * x[j] + b[i]);
  return s / (float)(c.n * c.m);
}

float loss(Model *model, const float *x) {
  Config *cfg = &model->config;
  float total = 0;
  for (int k = 0; k < cfg->layers; k++)
    total += layer(model->config, model->params.w, model->params.b, x) * (float)(k + 1);
  model->steps += 1;
  return total * total / (float)units(cfg);
}

static void build(Model *m, float *memory) {
  m->config = (Config){3, 4, 2, 1, 4, 0};
  m->sizes[0] = 12;
  m->sizes[1] = 3;
  m->memory = memory;
  m->params.w = memory;
  m->params.b = memory + m->sizes[0];
  m->steps = 0;
}

int main(void) {
  float memory[15], grad[15] = {0}, x[4] = {0.5f, -1.0f, 0.25f, 2.0f};
  for (int i = 0; i < 15; i++) memory[i] = 0.1f * (float)(i % 7) - 0.3f;
  Model m, dm;
  build(&m, memory);
  build(&dm, grad);
  __enzyme_autodiff((void *)loss, enzyme_dup, &m, &dm, enzyme_const, x);

  // Analytic gradient: L = T^2 / 12 with T = 3 S, S = sum_ij tanh(w_ij x_j + b_i) / 12.
  double S = 0;
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 4; j++) S += tanh((double)memory[i * 4 + j] * x[j] + memory[12 + i]);
  S /= 12;
  double dL_dS = 2 * (3 * S) * 3 / 12;
  int bad = 0;
  double worst = 0;
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 4; j++) {
      double t = tanh((double)memory[i * 4 + j] * x[j] + memory[12 + i]);
      double want = dL_dS * (1 - t * t) * x[j] / 12;
      worst = fmax(worst, fabs(grad[i * 4 + j] - want));
    }
  for (int i = 0; i < 3; i++) {
    double want = 0;
    for (int j = 0; j < 4; j++) {
      double t = tanh((double)memory[i * 4 + j] * x[j] + memory[12 + i]);
      want += dL_dS * (1 - t * t) / 12;
    }
    worst = fmax(worst, fabs(grad[12 + i] - want));
  }
  bad = worst > 1e-5 || m.steps != 1;
  printf("c_firstfield max |d loss / d param - analytic| = %.2g\n", worst);
  return bad;
}
