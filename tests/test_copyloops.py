"""Copies of mixed records with a run-time count rewritten as loops (irpass.transforms.copyloops):
the program computes the same (run by lli), LLVM accepts the module, and each one-record copy
has the record's tree. No Enzyme needed."""

from __future__ import annotations

import re
import subprocess

import pytest
from conftest import clang, needs_tool

import irpass
from irpass.enzyme.types.typetree import TypeTree
from irpass.llvm.llvmlite_check import verify
from irpass.passes.manager import PassManager
from irpass.transforms.copyloops import record_count

SOURCE = r"""
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
struct Body { double pos[3]; double mass; int id; };
struct Pair { float w; long tag; };
/* defined (weakly) so that lli runs the program; typeinfo sees the call site all the same */
__attribute__((weak)) double __enzyme_autodiff(void *f, ...) { return 0; }
/* the bytes between two pointers, as Rust copies a slice from its start to its end */
__attribute__((noinline)) void span(struct Body *dst, struct Body *from, struct Body *to) {
  memcpy(dst, from, (char *)to - (char *)from);
}
__attribute__((noinline)) double work(struct Body *b, struct Pair *p, size_t n, size_t m) {
  struct Body *copy = malloc(n * sizeof(struct Body));
  span(copy, b, b + n);
  memmove(b + 1, b, (n - 1) * sizeof(struct Body));   /* overlapping, forwards */
  memmove(p, p + 1, (m - 1) * sizeof(struct Pair));   /* overlapping, backwards */
  double s = 0;
  for (size_t i = 0; i < n; i++) s += copy[i].mass * copy[i].pos[1] + b[i].id + b[i].pos[2];
  for (size_t i = 0; i < m; i++) s += p[i].w * (double)p[i].tag;
  free(copy);
  return s;
}
double d(struct Body *b, struct Body *db, struct Pair *p, size_t n, size_t m) {
  return __enzyme_autodiff((void *)work, b, db, p, n, m);
}
int main(void) {
  struct Body b[4];
  struct Pair p[5];
  for (int k = 0; k < 4; k++) b[k] = (struct Body){{k, 2.0 * k, 0.5 * k}, 1.0 + k, 10 + k};
  for (int k = 0; k < 5; k++) p[k] = (struct Pair){0.25f * k, 3 - k};
  printf("%.6f\n", work(b, p, 4, 5));
  for (int k = 0; k < 4; k++) printf("%g %d\n", b[k].pos[2], b[k].id);
  for (int k = 0; k < 5; k++) printf("%g %ld\n", p[k].w, p[k].tag);
  return 0;
}
"""
BODY = TypeTree({(-1,): "Pointer", (-1, 0): "Float@double", (-1, 8): "Float@double",
                 (-1, 16): "Float@double", (-1, 24): "Float@double",
                 **{(-1, 32 + i): "Integer" for i in range(4)}})


def run_lli(text: str, tmp_path, name: str) -> str:
    ll = tmp_path / f"{name}.ll"
    ll.write_text(text)
    r = subprocess.run([needs_tool("lli", 19), str(ll)], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    return r.stdout


@pytest.mark.parametrize("level", ["-O0", "-O1", "-O2"])
def test_loops_compute_the_same(tmp_path, level: str) -> None:
    text = clang(SOURCE, level, "-g", version=19)
    m = irpass.parse(text, "records.ll")
    PassManager.from_pipeline("typeinfo").run(m)
    out = irpass.print_module(m)
    assert verify(out) is None
    bodies = out.split("\ndefine ")
    heads = [re.findall(r"^(copy\.head[.\d]*):", body, re.M) for body in bodies]
    assert sum(map(len, heads)) >= 3  # every copy of records
    assert all(len(h) == len(set(h)) for h in heads)  # labels unique in each function
    assert re.search(r"%copy\.count[.\d]* = udiv exact i64 %\S+, 40", out)  # span's
    assert run_lli(out, tmp_path, "rewritten") == run_lli(text, tmp_path, "original")
    copies = [ln for ln in out.splitlines() if "@llvm.mem" in ln and "copy.dst" in ln]
    assert any(ln.count(f'"enzyme_type"="{BODY}"') == 2 and '"{[-1]:Integer}" 40' in ln
               for ln in copies)


def test_record_count_reads_the_forms_compilers_write() -> None:
    m = irpass.parse("""
define void @f(i64 %n) {
  %a = mul i64 %n, 40
  %b = mul nuw i64 40, %n
  %c = shl i64 %n, 5
  %d = add i64 %a, -40
  %e = sub i64 %c, 64
  %g = add i64 %a, 7
  ret void
}
""")
    insts = {i.name: i for i in m.get_function("f").instructions()}
    n = m.get_function("f").args[0]
    assert record_count(insts["a"]) == (n, 0, 40)
    assert record_count(insts["b"]) == (n, 0, 40)
    assert record_count(insts["c"]) == (n, 0, 32)
    assert record_count(insts["d"]) == (n, -1, 40)
    assert record_count(insts["e"]) == (n, -2, 32)
    assert record_count(insts["g"]) is None  # not a whole number of records
    assert record_count(n) is None
