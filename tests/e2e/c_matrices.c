// Matrices as ADBench's hand tracking keeps them (enzyme/benchmarks/ReverseMode/hand): a
// struct of two ints and a malloc'd buffer, resized (free, then malloc) by the products that
// write them, arrays of them zeroed with memset and freed element by element, and a skinning
// loop that accumulates 3-vectors with bone weights. At -O2 clang vectorizes that loop behind
// a runtime check of the weights' stride; at -O3 it also duplicates the arrays' allocations
// on both sides of a branch and frees them on two paths. d sum / d theta is checked against
// central differences of the same function.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { int nrows, ncols; double *data; } Matrix;

extern int enzyme_dup, enzyme_const;
void __enzyme_autodiff(void *, ...);

static Matrix *new_matrix(int nrows, int ncols) {
  Matrix *m = malloc(sizeof(Matrix));
  m->nrows = nrows;
  m->ncols = ncols;
  m->data = malloc(sizeof(double) * nrows * ncols);
  return m;
}

static void delete_matrix(Matrix *m) {
  if (m->data != NULL) free(m->data);
  free(m);
}

static Matrix *matrix_array(int count) {
  Matrix *a = malloc(count * sizeof(Matrix));
  for (int i = 0; i < count; i++) {
    a[i].data = NULL;
    a[i].nrows = a[i].ncols = 0;
  }
  return a;
}

static void delete_matrix_array(Matrix *a, int count) {
  for (int i = 0; i < count; i++)
    if (a[i].data != NULL) free(a[i].data);
  free(a);
}

static void resize(Matrix *m, int nrows, int ncols) {
  if (m->nrows * m->ncols != nrows * ncols) {
    if (m->data != NULL) free(m->data);
    m->data = nrows * ncols > 0 ? malloc(sizeof(double) * nrows * ncols) : NULL;
  }
  m->nrows = nrows;
  m->ncols = ncols;
}

__attribute__((noinline)) void mat_mult(const Matrix *restrict a, const Matrix *restrict b,
                                        Matrix *restrict out) {
  resize(out, a->nrows, b->ncols);
  for (int i = 0; i < a->nrows; i++)
    for (int k = 0; k < b->ncols; k++) {
      out->data[i + k * out->nrows] = a->data[i] * b->data[k * b->nrows];
      for (int j = 1; j < a->ncols; j++)
        out->data[i + k * out->nrows] += a->data[i + j * a->nrows] * b->data[j + k * b->nrows];
    }
}

// sum over vertices of weights * (transform(theta) * positions), weighed once more
double skinned(const double *theta, int bones, const Matrix *positions, const Matrix *weights) {
  Matrix *transforms = matrix_array(bones);
  Matrix *scratch = matrix_array(bones);
  for (int b = 0; b < bones; b++) {
    resize(&transforms[b], 4, 4);
    for (int k = 0; k < 16; k++) transforms[b].data[k] = sin(theta[(3 * b + k) % (3 * bones)]) * (k + 1);
    resize(&scratch[b], 1, 1);
    scratch[b].data[0] = 0;
  }
  Matrix *out = new_matrix(3, positions->ncols);
  for (int i = 0; i < 3 * positions->ncols; i++) out->data[i] = 0.0;
  Matrix *curr = new_matrix(4, positions->ncols);
  for (int b = 0; b < bones; b++) {
    mat_mult(&transforms[b], positions, curr);
    for (int v = 0; v < out->ncols; v++)
      for (int i = 0; i < 3; i++)
        out->data[i + v * out->nrows] +=
            curr->data[i + v * curr->nrows] * weights->data[b + v * weights->nrows];
  }
  double s = 0;
  for (int i = 0; i < out->nrows * out->ncols; i++) s += out->data[i] * (0.01 * i + 0.3);
  delete_matrix(curr);
  delete_matrix(out);
  delete_matrix_array(scratch, bones);
  delete_matrix_array(transforms, bones);
  return s;
}

#define BONES 5
#define VERTS 8 /* even: the vectorized loop's last iteration is its own */

int main(void) {
  double pos[4 * VERTS], w[BONES * VERTS], theta[3 * BONES], d[3 * BONES] = {0};
  for (int i = 0; i < 4 * VERTS; i++) pos[i] = sin(i + 0.5);
  for (int i = 0; i < BONES * VERTS; i++) w[i] = cos(i) + 1.5;
  for (int i = 0; i < 3 * BONES; i++) theta[i] = 0.1 * i - 0.4;
  Matrix P = {4, VERTS, pos}, W = {BONES, VERTS, w};
  __enzyme_autodiff((void *)skinned, enzyme_dup, theta, d, enzyme_const, BONES,
                    enzyme_const, &P, enzyme_const, &W);
  int bad = 0;
  for (int i = 0; i < 3 * BONES; i++) {
    double a[3 * BONES], b[3 * BONES], h = 1e-6;
    memcpy(a, theta, sizeof a);
    memcpy(b, theta, sizeof b);
    a[i] += h;
    b[i] -= h;
    double fd = (skinned(a, BONES, &P, &W) - skinned(b, BONES, &P, &W)) / (2 * h);
    printf("c_matrices d sum / d theta[%d] = %.9f (central difference %.9f)\n", i, d[i], fd);
    bad |= fabs(d[i] - fd) > 1e-6 * (1 + fabs(fd));
  }
  return bad;
}
