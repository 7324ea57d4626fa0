/* enzyme_sites.c - Enzyme call-site forms for the autodiff-sites analysis.
 * IR only: __enzyme_* are resolved by the Enzyme plugin. */
extern double __enzyme_autodiff(void *, ...);
extern double __enzyme_autodiff_f64(void *, ...);
extern double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_dupnoneed, enzyme_const, enzyme_out, enzyme_width,
    enzyme_const_return;

typedef double (*unary)(double);

double cube(double x) { return x * x * x; }

/* sums n doubles: the pointer is dup by default, the count const */
double total(const double *v, int n) {
  double s = 0;
  for (int i = 0; i < n; i++) s += v[i] * v[i];
  return s;
}

/* a C "closure": environment pointer first, like a trampoline */
struct env { double scale; int calls; };
double tramp(const struct env *e, double x) { return e->scale * x * x; }

static unary const table = cube;

double run(double *v, double *dv, double *dv2, int n, double x) {
  /* suffixed entry point, marker-free: x is a float, so active */
  double a = __enzyme_autodiff_f64((void *)cube, x);
  /* unmarked pointer: dup, the next operand is its shadow */
  double b = __enzyme_autodiff((void *)total, v, dv, enzyme_const, n);
  /* through a constant function pointer */
  double c = __enzyme_autodiff((void *)table, enzyme_out, x);
  /* vector mode: two shadows */
  double d = __enzyme_fwddiff((void *)total, enzyme_width, 2, enzyme_dupnoneed, v, dv, dv2,
                              enzyme_const, n);
  /* closure environment marked const, constant return */
  struct env e = {3.0, 0};
  double f = __enzyme_autodiff((void *)tramp, enzyme_const_return, enzyme_const, &e, x);
  /* closure environment unmarked: Enzyme takes x as its shadow */
  double g = __enzyme_autodiff((void *)tramp, &e, x);
  return a + b + c + d + f + g;
}
