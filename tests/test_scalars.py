"""Integers typed from the debug types of the memory they come from (irpass.enzyme.types.scalars),
as typeinfo writes them at -O0: loads of source integers and the values stored to them, where
a struct's members lie past the 500 bytes Enzyme's own analysis follows."""

from __future__ import annotations

import re

from conftest import clang

import irpass
from irpass.enzyme.types.ditypes import DITypes
from irpass.enzyme.types.scalars import Scalars, path
from irpass.ir.layout import module_layout
from irpass.passes.manager import PassManager

SOURCE = r"""
#include <stddef.h>
struct Model { int cfg[6]; float *p[80]; size_t sizes[23]; size_t total; double scale; };
extern double __enzyme_autodiff(void *, ...);
double f(struct Model *m, double x) {
  size_t n = 0;
  for (size_t i = 0; i < 23; i++) n += m->sizes[i];
  m->total = n;
  return x * x * m->scale * (double)(n > 0);
}
double df(struct Model *m, struct Model *dm, double x) {
  return __enzyme_autodiff((void *)f, m, dm, x);
}
"""
INTEGER_MD = '!enzyme_type !{!"Unknown", i32 -1, !{!"Integer"}}'


def test_members_and_elements_are_followed_through_debug_types() -> None:
    m = irpass.parse(clang(SOURCE, "-O0", "-g"))
    types = DITypes(m)
    model = next(n for n in m.metadata.values()
                 if n.kind == "DICompositeType" and n.get("name") == "Model")
    names = [str(n.get("name")) for n, _ in path(types, model, 24 + 640 + 8 * 5)]
    assert names[0] == "Model" and names[-1] in ("size_t", "unsigned long")
    assert path(types, model, 24 + 640 + 8 * 5)[-1][1] == 0
    f = m.get_function("f")
    s = Scalars(m, f, types, module_layout(m))
    ints = s.integers(f)
    loads = [v for v in ints if v.opcode == "load"]
    # n's slot, i's slot (twice each at least) and m->sizes[i]: all i64 loads of f
    assert len(loads) == sum(1 for i in f.instructions() if i.opcode == "load"
                             and str(i.type) == "i64")
    assert any(v.opcode == "add" for v in ints)  # n + m->sizes[i], stored to n


def test_typeinfo_writes_them_at_O0() -> None:
    m = irpass.parse(clang(SOURCE, "-O0", "-g"))
    PassManager.from_pipeline("typeinfo").run(m)
    text = irpass.print_module(m)
    body = text[text.index("@f(ptr"):]
    body = body[:body.index("\n}\n")]
    sizes = [ln for ln in body.splitlines() if re.search(r"= load i64, ptr %\d+", ln)]
    assert sizes and all(INTEGER_MD in ln for ln in sizes)
    assert any(INTEGER_MD in ln for ln in body.splitlines() if " = add " in ln)
    # no double or pointer was typed as an integer
    for ln in body.splitlines():
        if INTEGER_MD in ln:
            assert re.search(r"= (load|add|phi|zext|sext|trunc|mul|sub) i(8|16|32|64)", ln), ln
