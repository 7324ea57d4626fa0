"""Flags and constants as data, new globals, and the model's own verifier; what is built or
edited is checked by LLVM (llvmlite's verifier, lli)."""

from __future__ import annotations

import math

import pytest
from conftest import corpus_files, read

import irpass
from irpass.ir import types as T
from irpass.ir.builder import (
    IRBuilder,
    add_block,
    add_function,
    add_global,
    const_float,
    const_int,
    constant,
)
from irpass.ir.rules import InvalidEdit
from irpass.ir.verifier import verify_function, verify_functions
from irpass.llvm.llvmlite_check import parse_and_print, verify

FLAGS = """\
declare double @llvm.sqrt.f64(double)

define i32 @f(i32 %a, double %x, ptr %p) {
  %1 = add nuw nsw i32 %a, 1
  %2 = or i32 %1, 4
  %3 = fadd fast double %x, %x
  %4 = fcmp nnan olt double %3, %x
  %5 = icmp ult i32 %a, %2
  %6 = call fast double @llvm.sqrt.f64(double %x)
  %7 = getelementptr inbounds nuw i8, ptr %p, i64 1
  %8 = udiv i32 %a, 2
  %9 = zext i32 %a to i64
  ret i32 %2
}
"""


def test_flags_read_and_written():
    m = irpass.parse(FLAGS)
    add, or_, fadd, fcmp, icmp, call, gep, udiv, zext, _ = m.get_function("f").instructions()
    assert add.flags == {"nuw", "nsw"} and add.nsw and add.nuw and not add.exact
    assert fadd.fast_math_flags == {"fast"} and fcmp.fast_math_flags == {"nnan"}
    assert call.fast_math_flags == {"fast"} and gep.inbounds and gep.nuw
    assert fcmp.predicate == "olt" and icmp.predicate == "ult" and add.predicate is None
    add.nsw = False
    or_.disjoint = True
    fadd.fast_math_flags = {"nnan", "contract"}
    fcmp.predicate = "ogt"
    icmp.samesign = True
    call.set_flag("afn", False)  # "fast" is all seven: the other six stay
    gep.inbounds = False
    udiv.exact = True
    zext.nneg = True
    assert [str(i) for i in (add, or_, fadd, fcmp, icmp, call, gep, udiv, zext)] == [
        "%1 = add nuw i32 %a, 1",
        "%2 = or disjoint i32 %1, 4",
        "%3 = fadd nnan contract double %x, %x",
        "%4 = fcmp nnan ogt double %3, %x",
        "%5 = icmp samesign ult i32 %a, %2",
        "%6 = call reassoc nnan ninf nsz arcp contract double @llvm.sqrt.f64(double %x)",
        "%7 = getelementptr nuw i8, ptr %p, i64 1",
        "%8 = udiv exact i32 %a, 2",
        "%9 = zext nneg i32 %a to i64"]
    text = irpass.print_module(m)
    assert verify(text) is None
    assert parse_and_print(text) == parse_and_print(text)  # LLVM reads what it wrote
    for inst, flag in ((add, "exact"), (fadd, "nsw"), (icmp, "fast"), (udiv, "disjoint")):
        with pytest.raises(InvalidEdit):
            inst.set_flag(flag)
    with pytest.raises(InvalidEdit, match="expected fcmp predicate"):
        fcmp.predicate = "slt"


def test_constant_values():
    m = irpass.parse("@a = global [6 x double] [double 0.1, double 0x7FF0000000000000, "
                     "double -0.0, double 1.0e+16, double 0x3FB999999999999A, double 2.5]\n"
                     "@i = global i64 -42\n@b = global i1 true\n@h = global half 0xH3C00\n"
                     "@z = global i32 zeroinitializer\n@p = global ptr null\n")
    values = [c.value for c in m.get_global("a").initializer.operands]
    assert values[:3] == [0.1, math.inf, -0.0] and math.copysign(1, values[2]) == -1
    assert values[3:] == [1e16, 0.1, 2.5]
    assert m.get_global("i").initializer.value == -42
    assert m.get_global("b").initializer.value is True
    assert m.get_global("h").initializer.value == 1.0
    assert m.get_global("z").initializer.value == 0
    assert m.get_global("p").initializer.value is None
    assert const_float(T.FLOAT, 0.1).value == pytest.approx(0.1, rel=1e-7)
    # 200 does not fit an i8: LLVM's ConstantInt::get truncates it, and writes it signed
    assert const_int(T.I8, 200).value == -56 and constant(T.I1, "false").value is False


def test_add_global_and_use_it():
    m = irpass.new_module("globals")
    counter = add_global(m, "counter", T.I32, const_int(T.I32, 41), align=4)
    scale = add_global(m, "scale", T.DOUBLE, const_float(T.DOUBLE, 0.5), constant=True,
                       linkage=["private", "unnamed_addr"])
    ext = add_global(m, "ext", T.I64)
    assert m.get_global("counter") is counter and ext.is_declaration and scale.is_constant
    with pytest.raises(InvalidEdit, match="redefinition of global '@counter'"):
        add_global(m, "counter", T.I32)
    with pytest.raises(InvalidEdit, match="defined with type 'double' but expected 'i32'"):
        add_global(m, "bad", T.I32, const_float(T.DOUBLE, 1.0))
    main = add_function(m, "main", T.FunctionType(T.I32, ()))
    b = IRBuilder.at_end(add_block(main, "entry"))
    v = b.load(T.I32, counter, align=4)
    b.ret(b.binop("add", v, const_int(T.I32, 1)))
    text = irpass.print_module(m)
    assert "@counter = global i32 41, align 4" in text
    assert "@scale = private unnamed_addr constant double 5.0e-01" in text or \
        "@scale = private unnamed_addr constant double 0.5" in text
    assert "@ext = external global i64" in text
    assert verify(text) is None


def test_verifier_accepts_the_corpus():
    """No false alarms: every function of every corpus file passes the model's checks."""
    for path in corpus_files():
        m = irpass.parse(read(path), str(path))
        assert verify_functions(m) == [], path


def test_verifier_finds_what_edits_can_break():
    m = irpass.parse("define i32 @f(i32 %a) {\nentry:\n  %x = add i32 %a, 1\n"
                     "  br label %next\n\nnext:\n  ret i32 %x\n}\n"
                     "define i32 @g(i32 %b) {\n  ret i32 %b\n}\n")
    f, g = m.get_function("f"), m.get_function("g")
    assert verify_function(f) == []
    x, br = f.blocks[0].instructions
    x.detach()  # allowed (to move it), but not left out while used
    problems = verify_function(f)
    assert any("Instruction referencing instruction not embedded in a basic block!\n"
               "  ret i32 %x" in p for p in problems), problems
    IRBuilder.at(br).insert(x)
    assert verify_function(f) == []
    ret = g.blocks[0].instructions[0]
    with pytest.raises(InvalidEdit, match="Referring to an instruction in another function!"):
        ret.set_operand(0, x)  # @g returns @f's value: refused at the call
    ret.operands[0] = x  # forced past the checks: the verifier still finds it
    assert "Referring to an instruction in another function!" in verify_function(g)[0]
    ret.operands[0] = g.args[0]
    f.blocks[1].instructions[0].detach()  # a block without terminator
    assert "does not have terminator!" in verify_function(f)[0]
