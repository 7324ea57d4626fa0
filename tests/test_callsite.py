"""Changing a call's callee and arguments in place (``CallInst.set_called_function``,
``mutate_function_type``): what the call keeps (name, uses, tail, calling convention,
attributes, bundles, invoke destinations, !dbg), LLVM's verdict on the result, and each
refused edit next to what llvm-as-22 says of the IR it would have made (with the function
type written out: without it LLVM takes the arguments' types as the call's type, whatever
the callee's)."""

from __future__ import annotations

import subprocess

import pytest
from conftest import clang, needs_tool

import irpass
from irpass.ir import types as T
from irpass.ir.builder import const_int
from irpass.ir.rules import InvalidEdit
from irpass.llvm.llvmlite_check import verify

SOURCE = """\
declare i32 @old(i32, ptr)
declare i32 @new(i32, ptr)
declare i32 @wide(i32, ptr, i64)
declare i32 @vari(i32, ...)
declare i64 @other(i32, ptr)
declare void @nothing(i32, ptr)
declare i32 @swapped(ptr, i32)
declare i32 @__gxx_personality_v0(...)

define i32 @f(i32 %x, ptr %p) personality ptr @__gxx_personality_v0 !dbg !5 {
entry:
  %r = tail call fastcc noundef i32 @old(i32 noundef %x, ptr nonnull %p) #0 [ "deopt"(i32 %x) ], !dbg !8
  %s = invoke i32 @old(i32 %r, ptr %p) [ "deopt"(ptr %p) ]
          to label %ok unwind label %bad, !dbg !8

ok:
  %u = call i32 @old(i32 %x, ptr %p)
  ret i32 %s

bad:
  %lp = landingpad { ptr, i32 }
          cleanup
  resume { ptr, i32 } %lp
}

define i32 @tail(i32 %x, ptr %p) {
  %t = musttail call i32 @old(i32 %x, ptr %p)
  ret i32 %t
}

attributes #0 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3, !4}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "t", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "t.c", directory: ".")
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 7, !"Dwarf Version", i32 5}
!5 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 1, type: !6, scopeLine: 1, spFlags: DISPFlagDefinition, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{null}
!8 = !DILocation(line: 2, column: 3, scope: !5)
"""


@pytest.fixture()
def mod():
    m = irpass.parse(SOURCE)
    f = m.get_function("f")
    calls = {i.name: i for i in f.instructions() if i.name in ("r", "s", "u")}
    calls["t"] = m.get_function("tail").blocks[0].instructions[0]
    return m, calls


def test_a_new_callee_keeps_everything_else(mod):
    m, c = mod
    r, s = c["r"], c["s"]
    users = list(r.users)
    r.set_called_function(m.get_function("new"))
    assert str(r) == ('%r = tail call fastcc noundef i32 @new(i32 noundef %x, ptr nonnull %p) '
                      '#0 [ "deopt"(i32 %x) ], !dbg !8')
    assert r.users == users and r.called_function is m.get_function("new")
    assert not m.get_function("new").users == [] and r not in m.get_function("old").users
    s.set_called_function(m.get_function("wide"), [s.arg(0), s.arg(1), const_int(T.I64, 7)])
    assert str(s) == ('%s = invoke i32 @wide(i32 %r, ptr %p, i64 7) [ "deopt"(ptr %p) ]\n'
                      '          to label %ok unwind label %bad, !dbg !8')
    assert s.successors == [m.get_function("f").blocks[1], m.get_function("f").blocks[2]]
    # varargs: the whole function type is written; kept attributes stay on their arguments
    r.set_called_function(m.get_function("vari"), [r.arg(0), r.arg(1), const_int(T.I64, 7)])
    assert str(r).startswith("%r = tail call fastcc noundef i32 (i32, ...) @vari(i32 noundef "
                             "%x, ptr nonnull %p, i64 7) #0")
    # an unused call may change its result type; to void it loses its name
    c["u"].set_called_function(m.get_function("nothing"))
    assert str(c["u"]) == "call void @nothing(i32 %x, ptr %p)" and c["u"].type == T.VOID
    assert verify(irpass.print_module(m)) is None


def test_arguments_reordered_with_their_attributes(mod):
    m, c = mod
    r = c["r"]
    x, p = r.arg(0), r.arg(1)
    r.set_called_function(m.get_function("swapped"), [p, x], arg_attrs=[["nonnull"], ["noundef"]])
    assert "@swapped(ptr nonnull %p, i32 noundef %x)" in str(r)
    assert [(u.name, i) for u, i in p.uses if u is r] == [("r", 1)]
    assert [(u.name, i) for u, i in x.uses if u is r] == [("r", 2), ("r", 3)]  # arg, bundle
    assert verify(irpass.print_module(m)) is None


def test_an_indirect_call_and_mutate_function_type(mod):
    m, c = mod
    u = c["u"]
    p = m.get_function("f").args[1]
    ftype = T.FunctionType(T.I32, (T.I32,))
    u.set_called_function(p, [u.arg(0)], fn_type=ftype)  # call through %p
    assert str(u) == "%u = call i32 %p(i32 %x)" and u.called_function is None
    u.mutate_function_type(T.FunctionType(T.I32, (T.I32,), True))
    assert str(u) == "%u = call i32 (i32, ...) %p(i32 %x)"
    assert verify(irpass.print_module(m)) is None


def llvm_says(text: str) -> str:
    r = subprocess.run([needs_tool("llvm-as", 22), "-", "-o", "/dev/null"],
                       input=text.encode(), capture_output=True, timeout=60)
    assert r.returncode != 0
    return r.stderr.decode()


REFUSED = [
    # (call, new callee, args as operand names, what irpass says, the line LLVM is given)
    ("r", "wide", None, "not enough parameters specified for call",
     "%r = tail call fastcc noundef i32 (i32, ptr, i64) @wide(i32 noundef %x, ptr nonnull %p)"),
    ("r", "swapped", None, "argument is not of expected type 'ptr'",
     "%r = tail call fastcc noundef i32 (ptr, i32) @swapped(i32 noundef %x, ptr nonnull %p)"),
    ("r", "new", ["x", "p", "x"], "too many arguments specified",
     "%r = tail call fastcc noundef i32 (i32, ptr) @new(i32 noundef %x, ptr nonnull %p, i32 %x)"),
    ("r", "swapped", ["p", "x"], "Attribute 'nonnull' applied to incompatible type!",
     "%r = tail call fastcc noundef i32 @swapped(ptr noundef %p, i32 nonnull %x)"),
    ("r", "other", None, "'%r' defined with type 'i64' but expected 'i32'",
     "%r = tail call fastcc noundef i64 @other(i32 noundef %x, ptr nonnull %p)"),
    ("t", "other", None, "defined with type 'i64' but expected 'i32'",
     "%t = musttail call i64 @other(i32 %x, ptr %p)"),
    ("t", "wide", ["x", "p", "x64"], "cannot guarantee tail call due to mismatched parameter "
     "counts", "%t = musttail call i32 @wide(i32 %x, ptr %p, i64 0)"),
]


@pytest.mark.parametrize("case", REFUSED, ids=[c[3][:30] for c in REFUSED])
def test_refused_edits_change_nothing_and_say_what_llvm_says(mod, case):
    m, c = mod
    name, callee, args, message, line = case
    call = c[name]
    before = irpass.print_module(m)
    scope = {"x": call.arg(0), "p": call.arg(1), "x64": const_int(T.I64, 0)}
    values = None if args is None else [scope[a] for a in args]
    with pytest.raises(InvalidEdit) as e:
        call.set_called_function(m.get_function(callee), values)
    assert message in str(e.value)
    assert irpass.print_module(m) == before  # nothing changed
    old = str(call).split(" [", 1)[0].split(", !dbg", 1)[0]  # up to the bundles, if any
    core = message.split(": ")[0].split(" (")[0]
    assert core.strip("'%r ") in llvm_says(before.replace(old, line, 1))


def test_other_refusals(mod):
    m, c = mod
    r = c["r"]
    other = irpass.parse("declare i32 @new(i32, ptr)\n").get_function("new")
    with pytest.raises(InvalidEdit, match="Referencing function in another module!"):
        r.set_called_function(other)
    with pytest.raises(InvalidEdit, match="Called function must be a pointer!"):
        r.set_called_function(r.arg(0), fn_type=m.get_function("new").ftype)
    with pytest.raises(InvalidEdit, match="needs fn_type"):
        r.set_called_function(r.arg(1))


PROGRAM = r"""
#include <stdio.h>
__attribute__((noinline)) int slow(int a, int b) { int s = 0; for (int i = 0; i < b; i++) s += a; return s; }
__attribute__((noinline)) int fast(int a, int b) { return a * b; }
__attribute__((noinline)) int fast3(int a, int b, int c) { return a * b + c; }
int main(void) { printf("%d %d\n", slow(6, 7), slow(3, 5)); return 0; }
"""


def test_redirected_calls_run():
    """clang's -O1 -g output: the calls of slow become calls of fast (and fast3 with a
    third argument); LLVM verifies the module, !dbg is kept, lli prints the same."""
    lli = needs_tool("lli", 22)
    text = clang(PROGRAM, "-O1", "-g")
    before = subprocess.run([lli, "-"], input=text.encode(), capture_output=True).stdout
    m = irpass.parse(text)
    calls = [i for i in m.get_function("main").instructions()
             if getattr(i, "called_function", None) is m.get_function("slow")]
    assert len(calls) == 2 and all(i.get_metadata("dbg") for i in calls)
    calls[0].set_called_function(m.get_function("fast"))
    calls[1].set_called_function(m.get_function("fast3"), [*calls[1].arg_values,
                                                           const_int(T.I32, 0)])
    out = irpass.print_module(m)
    assert verify(out) is None
    assert all(i.get_metadata("dbg") for i in calls) and "tail call" in str(calls[0])
    after = subprocess.run([lli, "-"], input=out.encode(), capture_output=True).stdout
    assert after == before == b"42 15\n"
