// classes.cpp - C++ constructs for the irpass test corpus.
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace shapes {

class Shape {
public:
  explicit Shape(const char *name) : name_(name) {}
  virtual ~Shape() = default;
  virtual double area() const = 0;
  virtual double perimeter() const { return 0.0; }
  const char *name() const { return name_; }

private:
  const char *name_;
};

class Circle : public Shape {
public:
  explicit Circle(double r) : Shape("circle"), r_(r) {}
  double area() const override { return 3.141592653589793 * r_ * r_; }
  double perimeter() const override { return 2 * 3.141592653589793 * r_; }

private:
  double r_;
};

class Rect : public Shape {
public:
  Rect(double w, double h) : Shape("rect"), w_(w), h_(h) {
    if (w < 0 || h < 0) throw std::invalid_argument("negative size");
  }
  double area() const override { return w_ * h_; }

protected:
  double w_, h_;
};

class Square final : public Rect {
public:
  explicit Square(double s) : Rect(s, s) {}
  double perimeter() const override { return 4 * w_; }
};

} // namespace shapes

// multiple inheritance / struct with base classes
struct Named {
  std::string label;
  virtual std::string describe() const { return "named:" + label; }
  virtual ~Named() {}
};
struct Counted {
  static int live;
  Counted() { ++live; }
  Counted(const Counted &) { ++live; }
  ~Counted() { --live; }
};
int Counted::live = 0;

struct Widget : Named, Counted {
  long id;
  double weight;
  float scale;
  int kind;
  std::string describe() const override { return Named::describe() + "#" + std::to_string(id); }
};

template <typename T, int N> struct Vec {
  T v[N];
  Vec operator+(const Vec &o) const {
    Vec r;
    for (int i = 0; i < N; i++) r.v[i] = v[i] + o.v[i];
    return r;
  }
  Vec &operator*=(T s) {
    for (auto &x : v) x *= s;
    return *this;
  }
  T &operator[](int i) { return v[i]; }
  T dot(const Vec &o) const {
    T s{};
    for (int i = 0; i < N; i++) s += v[i] * o.v[i];
    return s;
  }
  bool operator==(const Vec &o) const { return std::memcmp(v, o.v, sizeof v) == 0; }
};

template <typename T> T max_of(const std::vector<T> &xs) {
  if (xs.empty()) throw std::runtime_error("empty");
  T m = xs[0];
  for (const T &x : xs)
    if (x > m) m = x;
  return m;
}

template <typename F> double integrate(F f, double a, double b, int n) {
  double h = (b - a) / n, s = 0;
  for (int i = 0; i < n; i++) s += f(a + (i + 0.5) * h);
  return s * h;
}

void swap_refs(double &a, double &b) {
  double t = a;
  a = b;
  b = t;
}

double total_area(const std::vector<std::unique_ptr<shapes::Shape>> &v) {
  double s = 0;
  for (const auto &p : v) s += p->area() + p->perimeter();
  return s;
}

typedef double (*fnptr)(double);

extern "C" double use_static_invoker(double x) {
  auto sq = [](double y) { return y * y; };   // non-capturing
  fnptr p = sq;                                // static invoker (__invoke)
  fnptr q = +[](double y) { return y + 1.0; };
  return p(x) + q(x) + sq(x);
}

int safe_div(int a, int b) {
  if (b == 0) throw std::domain_error("div by zero");
  return a / b;
}

int try_things(int a, int b) {
  try {
    shapes::Rect r(a, b - 10);
    return safe_div(a, b) + (int)r.area();
  } catch (const std::domain_error &e) {
    std::printf("domain: %s\n", e.what());
    return -1;
  } catch (const std::exception &e) {
    std::printf("exception: %s\n", e.what());
    return -2;
  } catch (...) {
    return -3;
  }
}

int main(int argc, char **argv) {
  std::vector<std::unique_ptr<shapes::Shape>> v;
  v.push_back(std::make_unique<shapes::Circle>(1.5));
  v.push_back(std::make_unique<shapes::Rect>(2.0, 3.0));
  v.push_back(std::make_unique<shapes::Square>(argc));
  double area = total_area(v);

  std::vector<double> xs = {1.0, 4.0, -2.0, 8.5};
  for (int i = 0; i < argc; i++) xs.push_back(i * 0.5);
  double mx = max_of(xs);

  double k = 2.0;
  auto scaled = [k](double x) { return k * x * x; };           // capturing by copy
  double acc = 0;
  auto accumulate = [&acc, &xs](double w) { for (double x : xs) acc += w * x; }; // by ref
  accumulate(0.5);
  std::function<double(double)> fn = scaled;
  std::function<double(double)> fn2 = [&](double x) { return fn(x) + acc + area; };
  double integral = integrate(scaled, 0.0, 1.0, 100) + integrate(fn2, 0.0, 1.0, 10);

  Vec<double, 3> a{{1, 2, 3}}, b{{4, 5, 6}};
  Vec<double, 3> c = a + b;
  c *= 2.0;
  c[1] = c.dot(a);
  Vec<int, 4> ia{{1, 2, 3, 4}};
  bool same = (ia == ia);

  double p = 1.0, q = 2.0;
  swap_refs(p, q);

  Widget w;
  w.label = argc > 1 ? argv[1] : "widget";
  w.id = 7;
  w.weight = 1.5;
  w.scale = 0.5f;
  w.kind = 3;
  Named &nref = w;
  std::string d = nref.describe();

  int t = try_things(argc, argc - 1);
  std::printf("%f %f %f %f %d %f %s %d %d %f\n", area, mx, integral, c[1], (int)same, p, d.c_str(), t,
              Counted::live, use_static_invoker(3.0));
  return 0;
}
