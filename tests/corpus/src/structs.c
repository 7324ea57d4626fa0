/* structs.c - a grab bag of C constructs for the irpass test corpus. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <stdatomic.h>

struct Mixed {
  long n;
  double x;
  float y;
  int tag;
};

union Num {
  long i;
  double d;
  float f[2];
  unsigned char bytes[8];
};

enum Color { RED, GREEN = 5, BLUE };

struct Flags {
  unsigned a : 3;
  unsigned b : 5;
  signed c : 7;
  unsigned long long d : 40;
};

struct Nested {
  struct Mixed m[4];
  double grid[3][4];
  int cube[2][3][4];
  union Num u;
  struct Flags fl;
  const char *name;
};

typedef double (*binop_t)(double, double);

typedef double v4d __attribute__((vector_size(32)));
typedef float v4f __attribute__((vector_size(16)));
typedef int v8i __attribute__((vector_size(32)));

/* globals with initializers */
int g_counter = 42;
static double g_table[5] = {1.0, 2.5, -3.25, 1e10, 0.1};
const char *g_greeting = "hello, \"irpass\"\n\t\\ world";
struct Mixed g_mixed = {7, 3.14, 2.5f, BLUE};
struct Mixed g_mixed_arr[3] = {{1, 1.0, 1.0f, RED}, {2, 2.0, 2.0f, GREEN}, {0}};
struct Nested g_nested = {.grid = {{1, 2}, {3}}, .name = "nested", .fl = {1, 2, -3, 12345}};
long double g_ld = 1.25L;
__int128 g_big = ((__int128)1 << 100) + 17;
unsigned __int128 g_ubig;
_Thread_local int tls_var = 3;
static _Thread_local long tls_static;
_Atomic long g_atomic_counter;
int g_zero_arr[128];
char g_str_buf[] = "mutable string";
static const unsigned char g_bytes[] = {0, 1, 2, 0xff, 0x7f, '\n'};

static double add(double a, double b) { return a + b; }
static double mul(double a, double b) { return a * b; }
static double sub(double a, double b) { return a - b; }
binop_t g_ops[3] = {add, mul, sub};

__attribute__((weak)) int weak_fn(int x) { return x + 1; }
__attribute__((visibility("hidden"))) int hidden_fn(int x) { return x * 2; }
static __attribute__((noinline)) int static_fn(int x) { return x - 3; }
int real_impl(int x) { return static_fn(x) + hidden_fn(x) + weak_fn(x); }
int alias_fn(int x) __attribute__((alias("real_impl")));
extern int extern_weak_thing(int) __attribute__((weak));

double sum_mixed(const struct Mixed *m, int n) {
  double s = 0;
  for (int i = 0; i < n; i++)
    s += m[i].n + m[i].x * m[i].y + m[i].tag + g_table[i % 5];
  return s;
}

void copy_mixed(struct Mixed *dst, const struct Mixed *src, int n) {
  memcpy(dst, src, sizeof(struct Mixed) * (size_t)n);
}

struct Mixed by_value(struct Mixed m, union Num u) {
  struct Mixed r = m;
  r.x += u.d;
  r.tag ^= (int)u.bytes[3];
  return r;
}

int logf_va(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int total = 0;
  for (const char *p = fmt; *p; p++) {
    if (*p == 'd')
      total += va_arg(ap, int);
    else if (*p == 'f')
      total += (int)va_arg(ap, double);
    else if (*p == 'l')
      total += (int)va_arg(ap, long);
  }
  va_end(ap);
  printf("logf_va(%s) = %d\n", fmt, total);
  return total;
}

const char *color_name(enum Color c) {
  switch (c) {
  case RED: return "red";
  case GREEN: return "green";
  case BLUE: return "blue";
  default: return "?";
  }
}

int classify(int x) {
  switch (x) {
  case 0: return 10;
  case 1: case 2: return 20;
  case 7: return x * 3;
  case 100: return -1;
  case -5: return 55;
  default: return x;
  }
}

double matrix_trace(const struct Nested *n) {
  double t = 0;
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 4; j++)
      if (i == j) t += n->grid[i][j];
  int c = 0;
  for (int a = 0; a < 2; a++)
    for (int b = 0; b < 3; b++)
      for (int k = 0; k < 4; k++)
        c += n->cube[a][b][k];
  return t + c + n->fl.a + n->fl.b + n->fl.c + (double)n->fl.d;
}

void set_flags(struct Flags *f, unsigned a, int c) {
  f->a = a;
  f->b = a * 2;
  f->c = c;
  f->d = (unsigned long long)a << 30;
}

double apply(binop_t op, double a, double b) { return op(a, b); }

double apply_all(double a, double b) {
  double s = 0;
  for (unsigned i = 0; i < sizeof(g_ops) / sizeof(g_ops[0]); i++)
    s += apply(g_ops[i], a, b);
  return s;
}

int asm_add(int a, int b) {
  int out;
#if defined(__x86_64__)
  __asm__ volatile("leal (%1,%2), %0" : "=r"(out) : "r"(a), "r"(b) : "cc");
#else
  out = a + b;
#endif
  return out;
}

void asm_barrier(void) { __asm__ __volatile__("" ::: "memory"); }

long atomics(long v) {
  atomic_fetch_add(&g_atomic_counter, v);
  long old = __atomic_exchange_n(&g_counter, (int)v, __ATOMIC_SEQ_CST);
  int expected = 5;
  __atomic_compare_exchange_n(&g_counter, &expected, 9, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
  long loaded = atomic_load_explicit(&g_atomic_counter, memory_order_acquire) + __atomic_load_n(&g_counter, __ATOMIC_ACQUIRE);
  __atomic_store_n(&tls_var, 1, __ATOMIC_RELEASE);
  __atomic_fetch_sub(&g_counter, 1, __ATOMIC_RELAXED);
  __atomic_thread_fence(__ATOMIC_SEQ_CST);
  return old + loaded + atomic_load(&g_atomic_counter);
}

v4d vec_fma(v4d a, v4d b, v4d c) { return a * b + c; }
v4f vec_shuffle(v4f a, v4f b) { return __builtin_shufflevector(a, b, 0, 5, 2, 7); }
v8i vec_cmp(v8i a, v8i b) { return (a > b) & (a ^ b); }
float vec_extract(v4f a, int i) { return a[i] + a[2]; }

int computed_goto(int op, int n) {
  static void *table[] = {&&do_inc, &&do_dec, &&do_dbl, &&done};
  int acc = 0;
  int pc = op & 3;
  goto *table[pc];
do_inc:
  acc += 1;
  if (--n > 0) goto *table[(pc + acc) & 3];
  goto done;
do_dec:
  acc -= 1;
  if (--n > 0) goto *table[(pc + 2) & 3];
  goto done;
do_dbl:
  acc *= 2;
  if (--n > 0) goto *table[0];
done:
  return acc;
}

long double ld_ops(long double a, long double b) { return a * b + g_ld / (a - b); }

__int128 i128_ops(__int128 a, unsigned __int128 b) {
  g_ubig = b * 3;
  return a * (__int128)b + (a >> 7) - g_big % 1000;
}

double vla_sum(int n, int m) {
  double arr[n][m];
  double *heap = __builtin_alloca(sizeof(double) * (size_t)n);
  for (int i = 0; i < n; i++) {
    heap[i] = i;
    for (int j = 0; j < m; j++)
      arr[i][j] = i * m + j;
  }
  double s = 0;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < m; j++)
      s += arr[i][j] * heap[i];
  return s;
}

unsigned string_stuff(const char *s) {
  char buf[64];
  strncpy(buf, s, sizeof buf - 1);
  buf[63] = 0;
  strcat(buf, "!");
  unsigned h = 5381;
  for (size_t i = 0; i < strlen(buf); i++)
    h = h * 33 + (unsigned char)buf[i];
  return h + (unsigned)strlen(g_greeting) + g_bytes[3];
}

float float_stuff(float a, double b, int i, unsigned u) {
  float r = a / (float)b;
  r += (float)i + (float)u;
  double d = (double)r;
  if (d != d) return 0.0f; /* NaN check -> fcmp uno */
  return (float)(d * 1.5) + (float)(long)b + (float)(unsigned long)a;
}

int main(int argc, char **argv) {
  struct Mixed local[3];
  copy_mixed(local, g_mixed_arr, 3);
  struct Nested n = g_nested;
  memcpy(&n.m[0], &g_mixed, sizeof g_mixed);
  set_flags(&n.fl, (unsigned)argc, -argc);
  union Num u = {.d = 2.0};
  struct Mixed r = by_value(local[1], u);
  double total = sum_mixed(local, 3) + matrix_trace(&n) + r.x + apply_all(1.5, 2.5);
  total += vla_sum(argc + 2, 3);
  total += (double)ld_ops(2.0L, 1.0L) + (double)i128_ops(argc, 99);
  total += computed_goto(argc, 5) + atomics(argc) + asm_add(argc, 2) + classify(argc);
  total += alias_fn(argc) + string_stuff(argc > 1 ? argv[1] : "x") + float_stuff(1.5f, 2.0, argc, 3u);
  if (extern_weak_thing)
    total += extern_weak_thing(1);
  v4d a = {1, 2, 3, 4};
  v4d v = vec_fma(a, a, a);
  total += v[0] + v[3] + vec_extract(vec_shuffle((v4f){1, 2, 3, 4}, (v4f){5, 6, 7, 8}), argc & 3);
  asm_barrier();
  logf_va("dfl", argc, total, (long)tls_var + tls_static);
  printf("%s %s %f %d\n", color_name((enum Color)(argc % 3)), g_str_buf, total, g_zero_arr[argc]);
  void *p = malloc(16);
  free(p);
  return (int)total & 0x7f;
}
