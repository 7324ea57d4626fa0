// typeinfo_cpp.cpp - C++ types whose debug info irpass turns into Enzyme type trees
// (tests/test_ditypes.py).
#include <vector>

struct Base {
  virtual ~Base() {}
  virtual double get() const { return b; }
  double b;  // after the vptr: offset 8
};

struct Derived : Base {
  int k;     // offset 16
  float f;   // offset 20
  static int count;
  double get() const override { return b + k + f; }
};
int Derived::count = 0;

struct Plain { double x; double y; };
struct WithPlainBase : Plain { long n; };

struct Holder {
  std::vector<double> v;  // three pointers
  double scale;
};

double use_derived(Derived *d) { return d->get(); }
double use_ref(const Plain &p, Plain &&q) { return p.x + q.y; }
double use_based(WithPlainBase *w) { return w->x + w->n; }
double use_holder(const Holder &h) { return h.v.empty() ? 0 : h.v[0] * h.scale; }
double use_lref(double &d) { return d * 2; }
