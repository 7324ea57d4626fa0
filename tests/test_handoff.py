"""The rewrites made before Enzyme runs that keep it out of its known failures (handoff.py,
frees.py, memmoves.py, constptrs.py): each keeps what the program computes (the program run
by lli before and after), leaves IR LLVM accepts, and gives Enzyme the shape it needs. No
plugin needed; what they make Enzyme do is tested by the end-to-end programs (c_matrices,
c_memmove, rs_constslice in tests/test_enzyme_e2e.py)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import ROOT, clang, needs_tool

import irpass
from irpass.enzyme.run.constptrs import INACTIVE_VALUE, mark_constant_pointers
from irpass.enzyme.run.handoff import (
    NO_ESCAPING_ALLOCATION,
    mark_allocation_free_calls,
    writes_only_arguments,
)
from irpass.ir.verifier import verify_function
from irpass.transforms.frees import canonicalize
from irpass.transforms.memmoves import memmoves_through_temporaries
from irpass.transforms.tailduplicate import loop_headers, split_three_way_merges


def lli(text: str) -> tuple[int, str]:
    """What the program prints under lli, and its exit status."""
    r = subprocess.run([needs_tool("lli", 22), "-"], input=text, capture_output=True,
                       text=True, timeout=120)
    assert not r.stderr, r.stderr
    return r.returncode, r.stdout


def llvm_accepts(text: str) -> None:
    r = subprocess.run([needs_tool("opt", 22), "-passes=verify", "-disable-output", "-"],
                       input=text, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr


def defined(m) -> list:
    return [f for f in m.functions if f.blocks]


# ---- three predecessors --------------------------------------------------------------------
MERGES = r"""
#include <stdio.h>
__attribute__((noinline)) double f(const double *w, int n, int stride, double t) {
  double s = 0;
  for (int b = 0; b < 3; b++) {
    int i = 0;
    if (n > 1 && stride == 1) {
      for (; i + 1 < n; i += 2) s += t * (w[i] + w[i + 1]) * (b + 1);
      if (i == n) continue;
    }
    for (; i < n; i++) s += t * w[i * stride] * (b + 2);
  }
  return s;
}
int main(void) {
  double w[12];
  for (int i = 0; i < 12; i++) w[i] = i * 0.5 - 1;
  printf("%.17g %.17g %.17g %.17g\n", f(w, 6, 1, 2.0), f(w, 5, 1, 2.0), f(w, 6, 2, 3.0),
         f(w, 0, 1, 1.0));
  return 0;
}
"""


def three_way(m) -> list:
    return [b for f in defined(m) for b in f.blocks if len(b.predecessors) == 3]


def test_blocks_of_three_predecessors_are_copied_for_one(tmp_path: Path) -> None:
    text = clang(MERGES, "-O2", "-fno-vectorize", "-fno-unroll-loops")
    m = irpass.parse(text, "merges.ll")
    before = [b for b in three_way(m) if id(b) not in loop_headers(b.parent)]
    assert before, "the program has no such block: it tests nothing"
    assert split_three_way_merges(defined(m)) == len(before)
    after = irpass.print_module(m)
    llvm_accepts(after)
    assert lli(after) == lli(text)
    left = [b for b in three_way(irpass.parse(after)) if id(b) not in loop_headers(b.parent)]
    assert not left


def test_loop_headers_are_told_apart() -> None:
    m = irpass.parse(clang(MERGES, "-O1"), "merges.ll")
    f = m.get_function("f")
    headers = loop_headers(f)
    assert headers and all(any(p is not None for p in b.predecessors)
                           for b in f.blocks if id(b) in headers)
    assert id(f.entry) not in headers


# ---- allocations and frees -----------------------------------------------------------------
def matrices(level: str) -> str:
    return subprocess.run(
        [needs_tool("clang", 22), f"-O{level}", "-S", "-emit-llvm",
         str(ROOT / "tests" / "e2e" / "c_matrices.c"), "-o", "-"],
        capture_output=True, text=True, check=True, timeout=300).stdout


def frees_of(fn) -> dict[int, list]:
    out: dict[int, list] = {}
    for inst in fn.instructions():
        callee = getattr(inst, "callee", None)
        if inst.opcode == "call" and getattr(callee, "name", None) == "free":
            out.setdefault(id(inst.arg(0)), []).append(inst)
    return out


@pytest.mark.parametrize("level", ["1", "3"])
def test_allocations_and_frees_take_the_shape_enzyme_pairs(level: str) -> None:
    """c_matrices at -O3: clang duplicates the arrays' mallocs on both sides of a branch and
    frees the same pointer on two paths. After the rewrite every malloc in skinned is freed
    once, in a block that follows it on every path, and the program prints the same."""
    text = matrices(level)
    m = irpass.parse(text, "m.ll")
    fn = m.get_function("skinned")
    assert canonicalize(defined(m)) > 0
    after = irpass.print_module(m)
    llvm_accepts(after)
    mallocs = [i for i in fn.instructions() if i.opcode == "call" and
               getattr(i.callee, "name", None) == "malloc"]
    frees = frees_of(fn)
    assert any(id(a) in frees for a in mallocs)
    for a in mallocs:
        if id(a) in frees:
            assert len(frees[id(a)]) == 1, a


def test_the_rewritten_matrices_compute_the_same(tmp_path: Path) -> None:
    """The whole program, its Enzyme call taken out (skinned itself is called by main for
    the central differences): the same output before and after."""
    src = (ROOT / "tests" / "e2e" / "c_matrices.c").read_text()
    src = src.replace("__enzyme_autodiff((void *)skinned,", "ignore_autodiff((void *)skinned,")
    src = src.replace("void __enzyme_autodiff(void *, ...);",
                      "static void ignore_autodiff(void *f, ...) { (void)f; }\n"
                      "int enzyme_dup, enzyme_const;")
    src = src.replace("extern int enzyme_dup, enzyme_const;", "")
    for level in ("1", "2", "3"):
        text = clang(src, f"-O{level}")
        m = irpass.parse(text, "m.ll")
        canonicalize(defined(m))
        split_three_way_merges(defined(m))
        after = irpass.print_module(m)
        llvm_accepts(after)
        assert lli(after) == lli(text)


# ---- memmove ---------------------------------------------------------------------------------
MOVES = r"""
#include <stdio.h>
#include <string.h>
__attribute__((noinline)) void shuffle(double *a, int n) {
  memmove(a, a + 1, (n - 1) * sizeof(double));
  memmove(a + 2, a, (n - 2) * sizeof(double));
  double t[4] = {1, 2, 3, 4};
  memmove(t + 1, t, 3 * sizeof(double));
  a[0] += t[3];
}
int main(void) {
  double a[9];
  for (int i = 0; i < 9; i++) a[i] = i * 1.5;
  shuffle(a, 9);
  for (int i = 0; i < 9; i++) printf("%g ", a[i]);
  printf("\n");
  return 0;
}
"""


@pytest.mark.parametrize("level", ["0", "2"])
def test_memmove_through_a_temporary_moves_the_same(level: str) -> None:
    text = clang(MOVES, f"-O{level}")
    m = irpass.parse(text, "moves.ll")
    fn = m.get_function("shuffle")
    assert memmoves_through_temporaries([fn]) >= 2
    after = irpass.print_module(m)
    assert "llvm.memmove" not in "\n".join(str(i) for i in fn.instructions())
    llvm_accepts(after)
    assert lli(after) == lli(text)


# ---- calls that cannot allocate --------------------------------------------------------------
@pytest.mark.parametrize(("attrs", "cannot"), [
    (["memory(none)"], True), (["memory(argmem: readwrite)"], True), (["readnone"], True),
    (["memory(argmem: read, inaccessiblemem: readwrite)"], False), ([], False),
    (["memory(readwrite)"], False), (["memory(read)"], True), (["memory(write)"], False),
])
def test_what_memory_attributes_say_of_allocation(attrs: list[str], cannot: bool) -> None:
    assert writes_only_arguments(attrs) is cannot


def test_calls_that_cannot_allocate_are_marked() -> None:
    m = irpass.parse("""
declare i64 @llvm.usub.sat.i64(i64, i64) #0
declare ptr @malloc(i64)
define i64 @f(i64 %a) {
  %b = call i64 @llvm.usub.sat.i64(i64 %a, i64 1)
  %p = call ptr @malloc(i64 %b)
  ret i64 %b
}
attributes #0 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
""")
    assert mark_allocation_free_calls(defined(m)) == 1
    text = irpass.print_module(m)
    assert f'@llvm.usub.sat.i64(i64 %a, i64 1) "{NO_ESCAPING_ALLOCATION}"' in text
    assert "@malloc(i64 %b)\n" in text
    llvm_accepts(text)


# ---- pointers into constant memory -----------------------------------------------------------
SLICES = """
@loc = private unnamed_addr constant [4 x i8] c"x.rs"

define { ptr, i64 } @range_from(i64 %start, ptr %s, i64 %len, ptr %where) {
  %p = getelementptr inbounds double, ptr %s, i64 %start
  %n = sub i64 %len, %start
  %a = insertvalue { ptr, i64 } poison, ptr %p, 0
  %b = insertvalue { ptr, i64 } %a, i64 %n, 1
  ret { ptr, i64 } %b
}

define ptr @loaded(ptr %s) {
  %p = load ptr, ptr %s
  ret ptr %p
}

define void @use(ptr %x, i64 %n) {
  ret void
}

define void @objective(ptr %x, i64 %xn, ptr %y, i64 %yn, ptr %holder) {
  %a = call { ptr, i64 } @range_from(i64 1, ptr %x, i64 %xn, ptr @loc)
  %b = call { ptr, i64 } @range_from(i64 1, ptr %y, i64 %yn, ptr @loc)
  %c = call ptr @loaded(ptr %x)
  %ap = extractvalue { ptr, i64 } %a, 0
  %d = call { ptr, i64 } @range_from(i64 0, ptr %ap, i64 %xn, ptr @loc)
  call void @use(ptr %ap, i64 %xn)
  ret void
}
"""


def test_pointers_computed_from_constant_pointers_are_marked_inactive() -> None:
    """objective's x is enzyme_const, y is not: the sub-slices of x (directly, and of a
    sub-slice of x) are constant memory; of y, or a pointer loaded through x, they are not
    known to be."""
    m = irpass.parse(SLICES)
    fn = m.get_function("objective")
    roots = {id(fn): {0}}
    assert mark_constant_pointers(defined(m), roots) == 2
    calls = {i.name: i for i in fn.instructions() if i.opcode == "call"}
    assert INACTIVE_VALUE in calls["a"].fn_attrs and INACTIVE_VALUE in calls["d"].fn_attrs
    assert INACTIVE_VALUE not in calls["b"].fn_attrs
    assert INACTIVE_VALUE not in calls["c"].fn_attrs
    llvm_accepts(irpass.print_module(m))


def test_constant_parameters_follow_calls_when_every_call_agrees() -> None:
    """use() gets a constant pointer from objective's only call of it: inside use, its
    parameter is constant (and would be marked); a second call passing y takes that back."""
    from irpass.enzyme.run.constptrs import ConstantPointers

    m = irpass.parse(SLICES)
    fn, use = m.get_function("objective"), m.get_function("use")
    solver = ConstantPointers(defined(m))
    solver.solve({id(fn): {0}})
    assert solver.const_params[id(use)] == {0}
    m2 = irpass.parse(SLICES.replace("  ret void\n}\n\n", "  ret void\n}\n\n", 1).replace(
        "  call void @use(ptr %ap, i64 %xn)\n",
        "  call void @use(ptr %ap, i64 %xn)\n  call void @use(ptr %y, i64 %yn)\n"))
    fn2, use2 = m2.get_function("objective"), m2.get_function("use")
    solver = ConstantPointers(defined(m2))
    solver.solve({id(fn2): {0}})
    assert solver.const_params.get(id(use2), set()) == set()


def test_constant_memory_the_program_writes_is_left_to_enzyme(capsys) -> None:
    """A parameter passed enzyme_const whose memory the function writes (ADBench's lstm
    passes the recurrent state so): its pointers are not marked, and irpass says why."""
    text = SLICES.replace("  call void @use(ptr %ap, i64 %xn)\n",
                          "  call void @use(ptr %ap, i64 %xn)\n  store double 1.0, ptr %ap\n")
    m = irpass.parse(text)
    fn = m.get_function("objective")
    assert mark_constant_pointers(defined(m), {id(fn): {0}}) == 0
    err = capsys.readouterr().err
    assert "@objective writes memory its parameter 0 points to" in err


# ---- scoped alias metadata of restrict parameters inlined into a loop ------------------------
RESTRICT = r"""
#include <stdio.h>
static inline void step(const double *restrict in, double *restrict out, double w) {
  for (int i = 0; i < 4; i++) out[i] = in[i] * w + out[i] * 0.5;
}
__attribute__((noinline)) void run(double *h, double *tmp, int steps) {
  for (int t = 0; t < steps; t++) {
    step(h, tmp, 0.9);
    step(tmp, h, 1.1);
  }
}
__attribute__((noinline)) void once(double *a, double *b) { step(a, b, 2.0); }
int main(void) {
  double h[4] = {1, 2, 3, 4}, tmp[4] = {0}, a[4] = {1, 1, 1, 1}, b[4] = {2, 2, 2, 2};
  run(h, tmp, 3);
  once(a, b);
  printf("%g %g %g %g %g\n", h[0], h[3], tmp[1], b[0], b[3]);
  return 0;
}
"""


def test_scopes_declared_in_loops_are_dropped() -> None:
    """run() inlines a function of restrict parameters into a loop: its scopes go (Enzyme
    would read them as holding across iterations); once() declares its scope outside any
    loop and keeps it. The program prints the same."""
    from irpass.enzyme.run.handoff import SCOPE_DECL, drop_loop_scopes

    text = clang(RESTRICT, "-O3", "-fno-unroll-loops")
    m = irpass.parse(text, "restrict.ll")
    run, once = m.get_function("run"), m.get_function("once")

    def scoped(fn) -> int:
        return sum(1 for i in fn.instructions() if i.get_metadata("alias.scope") or
                   i.get_metadata("noalias") or SCOPE_DECL in str(i))

    assert scoped(run) and scoped(once), "clang made no scopes: the test tests nothing"
    assert drop_loop_scopes(defined(m)) == 1
    assert scoped(run) == 0 and scoped(once) > 0
    after = irpass.print_module(m)
    llvm_accepts(after)
    assert lli(after) == lli(text)


SPLIT = r"""
#include <stdio.h>
#include <stdlib.h>
typedef struct { int lo, hi, left, right; double *data; } span;
__attribute__((noinline)) double sum(span *s) {
  if (s->hi - s->lo > 2 || s->right - s->left > 2) {
    int mid = s->lo + (s->hi - s->lo) / 2, cut = s->left + (s->right - s->left) / 2;
    if (s->hi - s->lo > s->right - s->left) {
      span *a = malloc(sizeof(span)), *b = malloc(sizeof(span));
      *a = *s; *b = *s;
      a->hi = mid; b->lo = mid;
      double x = sum(a), y = sum(b);
      free(a); free(b);
      return x + y;
    } else {
      span *a = malloc(sizeof(span)), *b = malloc(sizeof(span));
      *a = *s; *b = *s;
      a->right = cut; b->left = cut;
      double x = sum(a), y = sum(b);
      free(a); free(b);
      return x + y;
    }
  }
  double t = 0;
  for (int i = s->lo; i < s->hi; i++)
    for (int j = s->left; j < s->right; j++) t += s->data[i * 4 + j];
  return t;
}
int main(void) {
  double d[40];
  for (int i = 0; i < 40; i++) d[i] = i * 0.5;
  span s = {0, 10, 0, 4, d};
  printf("%.6f\n", sum(&s));
  return 0;
}
"""


@pytest.mark.parametrize("level", ["1", "2", "3"])
def test_frees_meet_before_a_block_paths_without_the_allocation_reach(level: str,
                                                                      tmp_path: Path) -> None:
    """Enzyme's mixedstruct1 in small: clang hoists both mallocs above a branch, frees them on
    each side, and both sides return through the block the loop's path returns through
(clang 19; clang 22 merges the frees itself at -O1). The
    frees meet in a block of their own before it (a free there would run where nothing was
    allocated, and LLVM refuses the module): each malloc is then freed once, in a block it
    dominates, and the program prints the same."""
    src = tmp_path / "split.c"
    src.write_text(SPLIT)
    text = subprocess.run([needs_tool("clang", 19), f"-O{level}", "-S", "-emit-llvm", str(src),
                           "-o", "-"], capture_output=True, text=True, check=True,
                          timeout=300).stdout
    m = irpass.parse(text, "m.ll")
    fn = m.get_function("sum")
    assert canonicalize([fn]) > 0
    assert not verify_function(fn)
    after = irpass.print_module(m)
    llvm_accepts(after)
    assert lli(after) == lli(text)
    for calls in frees_of(fn).values():
        assert len(calls) == 1
        alloc = calls[0].arg(0)
        assert alloc.opcode == "call" and alloc.callee.name == "malloc"
