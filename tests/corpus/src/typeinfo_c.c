/* typeinfo_c.c - C types whose debug info irpass turns into Enzyme type trees
 * (tests/test_ditypes.py). Each function takes one kind of type so the tests can
 * compare its DI-derived tree with what Enzyme's type analysis deduces. */
#include <stddef.h>

struct Mixed {
  long n;     /* bytes 0-7 */
  double x;   /* 8 */
  float y;    /* 16 */
  int tag;    /* 20-23 */
};

struct Padded {
  char c;     /* byte 0, then 7 bytes padding */
  double d;   /* 8 */
  short s;    /* 16-17, then 6 bytes padding */
};

struct Inner { float a; float b; };
struct Outer { int id; struct Inner in; double w[2]; };

union Num { long i; double d; };
union Same { double d; double e[1]; };

enum Color { RED, GREEN = 5, BLUE };

struct Node { double val; struct Node *next; };

struct Grid { double m[2][3]; };

struct Flex { int n; double data[]; };

struct Empty {};

typedef struct Mixed mixed_t;
typedef double (*binop_t)(double, double);

double use_mixed(struct Mixed *m) { return m->n + m->x * m->y + m->tag; }
double use_padded(struct Padded *p) { return p->c + p->d + p->s; }
double use_outer(struct Outer *o) { return o->id + o->in.a * o->in.b + o->w[1]; }
double use_union(union Num *u, union Same *s) { return u->d + s->d; }
int use_enum(enum Color c) { return c == BLUE; }
double use_list(struct Node *n) {
  double s = 0;
  for (; n; n = n->next) s += n->val;
  return s;
}
double use_grid(struct Grid *g) { return g->m[1][2]; }
double use_flex(struct Flex *f) { return f->n ? f->data[0] : 0; }
double use_typedef(const mixed_t *m, volatile double *v) { return m->x + *v; }
double use_fnptr(binop_t op, double a) { return op(a, a); }
double use_array(double *xs, int n) {
  double s = 0;
  for (int i = 0; i < n; i++) s += xs[i];
  return s;
}
double use_byval(struct Mixed m, struct Inner in, double z) { return m.x + in.a + z; }
struct Inner ret_small(float a) { struct Inner r = {a, a}; return r; }
double use_locals(int k) {
  struct Mixed local = {k, 1.5, 2.5f, k};
  double arr[4] = {1, 2, 3, 4};
  struct Empty e;
  (void)e;
  long double ld = k;
  char *str = "x";
  return local.x + arr[k & 3] + (double)ld + str[0];
}
