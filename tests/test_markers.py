"""Marker globals (``enzyme_dup``, ...): handed to Enzyme as metadata where the call takes
variable arguments, kept as they are where a prototyped declaration fixes the parameter's
type, and removed with their loads once nothing needs them, so the output links."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import ROOT, clang, enzyme_plugin, needs_tool

import irpass
from irpass.enzyme.sites.markers import drop_marker_loads, markers_as_metadata
from irpass.ir.rules import InvalidEdit
from irpass.ir.values import MetadataOperand

MARKERS = """
@enzyme_dup = external global i32
@enzyme_const = external global i32
@enzyme_out = global i32 0
define double @f(double %x) {
  ret double %x
}
define void @g(ptr %slot) {
  %null = icmp eq i64 ptrtoint (ptr @enzyme_dup to i64), 0
  br i1 %null, label %panic, label %ok
panic:
  unreachable
ok:
  %a = load i32, ptr @enzyme_dup
  store i32 %a, ptr %slot
  %b = load i32, ptr @enzyme_out
  %c = load i32, ptr @enzyme_const
  ret void
}
"""


def test_declared_markers_are_removed_with_their_loads() -> None:
    m = irpass.parse(MARKERS)
    assert drop_marker_loads(m) == ["enzyme_dup", "enzyme_const"]
    text = irpass.print_module(m)
    assert "@enzyme_dup" not in text and "@enzyme_const" not in text
    assert "store i32 0, ptr %slot" in text
    assert "br i1 false, label %panic, label %ok" in text  # rustc's null check, answered
    assert "load i32, ptr @enzyme_out" in text  # defined by the program: its own business


def test_markers_in_bodies_not_read_yet() -> None:
    m = irpass.parse(MARKERS, lazy=True)
    drop_marker_loads(m)
    assert "@enzyme_dup" not in irpass.print_module(m)



SITE = """
@enzyme_dup = external global i32
@enzyme_const = external global i32
declare double @__enzyme_autodiff(ptr, ...)
define double @f(ptr %p, i64 %n) {
  ret double 0.0
}
define double @g(ptr %p, ptr %dp, i64 %n) {
  %d = load i32, ptr @enzyme_dup
  %c = load i32, ptr @enzyme_const
  %r = call double (ptr, ...) @__enzyme_autodiff(ptr @f, i32 noundef %d, ptr %p, ptr %dp, i32 %c, i64 %n)
  ret double %r
}
"""


def test_markers_become_metadata_before_enzyme() -> None:
    m = irpass.parse(SITE, lazy=True)
    assert markers_as_metadata(m) == 2
    text = irpass.print_module(m)
    assert ('call double (ptr, ...) @__enzyme_autodiff(ptr @f, metadata !"enzyme_dup", '
            'ptr %p, ptr %dp, metadata !"enzyme_const", i64 %n)') in text
    assert "@enzyme_dup" not in text and "@enzyme_const" not in text
    call = next(i for i in m.get_function("g").instructions() if i.opcode == "call")
    with pytest.raises(InvalidEdit):  # the callee operand is no variable argument
        call.replace_arg(0, MetadataOperand(['!"x"']))


PROTOTYPED = """
@enzyme_dup = external global i32
declare void @_Z17__enzyme_autodiffPviPdS0_(ptr, i32, ptr, ptr)
define void @f(ptr %x) {
  ret void
}
define void @g(ptr %x, ptr %dx) {
  %d = load i32, ptr @enzyme_dup
  call void @_Z17__enzyme_autodiffPviPdS0_(ptr @f, i32 %d, ptr %x, ptr %dx)
  ret void
}
"""


def test_a_prototyped_declaration_keeps_its_markers() -> None:
    """C++ declares ``__enzyme_autodiff(void *, int, double *, double *)``: its ``int``
    parameter cannot take ``metadata``, and Enzyme reads the marker through the load."""
    m = irpass.parse(PROTOTYPED)
    assert markers_as_metadata(m) == 0
    text = irpass.print_module(m)
    assert "%d = load i32, ptr @enzyme_dup" in text
    assert "(ptr @f, i32 %d, ptr %x, ptr %dx)" in text
    assert "@enzyme_dup = external global i32" in text


def test_a_marker_in_a_debug_record_becomes_poison(tmp_path) -> None:
    """``int *marker = &enzyme_out;`` leaves ``#dbg_value(ptr @enzyme_out, ...)``: removing
    the declaration turns that debug use into ``poison``, as LLVM does, and LLVM reads it."""
    ll = clang(DEBUG_MARKER, "-O1", "-g", version=19)
    m = irpass.parse(ll)
    markers_as_metadata(m)
    text = irpass.print_module(m)
    assert "#dbg_value(ptr poison" in text and "@enzyme_out" not in text
    out = tmp_path / "m.ll"
    out.write_text(text)
    r = subprocess.run([needs_tool("llvm-as", 19), str(out), "-o", os.devnull],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr


DEBUG_MARKER = """
extern int enzyme_out;
double __enzyme_autodiff(void *, ...);
double square(double x) { return x * x; }
double dsquare(double x) {
  int *marker = &enzyme_out;
  return __enzyme_autodiff((void *)square, marker, x);
}
int main(void) { return dsquare(3.0) == 6.0 ? 0 : 1; }
"""

PROTOTYPED_CXX = """
extern int enzyme_dup;
void __enzyme_autodiff(void *, int, double *, double *);
void f(double *x) { *x = *x * *x; }
int main() {
  double x = 3, dx = 1;
  __enzyme_autodiff((void *)f, enzyme_dup, &x, &dx);
  return dx == 6 ? 0 : 1;
}
"""


@pytest.mark.parametrize("name", ["prototyped", "debug"])
@pytest.mark.parametrize("level", ["0", "1"])
def test_marker_programs_differentiate_and_link(tmp_path, name: str, level: str) -> None:
    """Both programs, which Enzyme alone differentiates, come out right through irpass."""
    env = {**os.environ, "ENZYME_PLUGIN": enzyme_plugin()}
    ll = tmp_path / "p.ll"
    if name == "debug":
        ll.write_text(clang(DEBUG_MARKER, f"-O{level}", "-g", version=19))
    else:
        subprocess.run([needs_tool("clang++", 19), "-x", "c++", "-S", "-emit-llvm",
                        f"-O{level}", "-", "-o", str(ll)], input=PROTOTYPED_CXX, text=True,
                       check=True, capture_output=True, timeout=120)
    out = tmp_path / "p.grad.ll"
    r = subprocess.run([sys.executable, "-m", "irpass", "run", "--passes", "typeinfo,enzyme",
                        str(ll), "-o", str(out)], capture_output=True, text=True, timeout=600,
                       env=env, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    exe = tmp_path / "p"
    subprocess.run([needs_tool("clang", 19), str(out), "-o", str(exe), "-lm"], check=True,
                   capture_output=True, timeout=300)
    assert subprocess.run([str(exe)], capture_output=True, timeout=60).returncode == 0


UNKNOWN = """
@enzyme_out = external global i32
@enzyme_interleave = external global i32
declare double @__enzyme_autodiff(ptr, ...)
define double @f(double %x) {
  ret double %x
}
define double @g(double %x) {
  %o = load i32, ptr @enzyme_out
  %i = load i32, ptr @enzyme_interleave
  %r = call double (ptr, ...) @__enzyme_autodiff(ptr @f, i32 %o, double %x, i32 %i)
  ret double %r
}
"""


def test_a_marker_irpass_does_not_know_is_left_for_enzyme() -> None:
    """Enzyme's C++ sugar passes ``enzyme_interleave`` last: irpass does not read it as a
    marker, so its load stays an argument Enzyme reads (a 0 there is an extra argument)."""
    m = irpass.parse(UNKNOWN)
    assert markers_as_metadata(m) == 1
    text = irpass.print_module(m)
    assert '(ptr @f, metadata !"enzyme_out", double %x, i32 %i)' in text
    assert "%i = load i32, ptr @enzyme_interleave" in text and "@enzyme_out" not in text
