"""The text of one value: ``str(value)`` as LLVM's ``Value::print``, ``value.ref()`` with the
numbering of its function, checked against what LLVM prints for the same module."""

from __future__ import annotations

import pytest

import irpass
from irpass.ir import types as T
from irpass.ir.builder import (
    IRBuilder,
    add_block,
    add_function,
    const_float,
    const_int,
    parse_instruction,
)
from irpass.llvm.llvmlite_check import parse_and_print

SRC = """\
@g = global i32 7, align 4
@0 = private constant [2 x i8] c"a\\00"

define i32 @f(i32 %0, i32) {
  %3 = add nsw i32 %0, %1
  br label %4

4:
  %5 = mul i32 %3, 2
  ret i32 %5
}
"""


def test_instruction_and_value_text_is_llvms():
    m = irpass.parse(SRC)
    f = m.get_function("f")
    llvm_lines = [line.strip() for line in parse_and_print(SRC).splitlines()]
    for inst in f.instructions():
        assert str(inst) in llvm_lines
    add, br, mul, ret = f.instructions()
    assert str(add) == "%3 = add nsw i32 %0, %1"
    assert add.ref() == "%3" and mul.ref() == "%5" and f.blocks[1].ref() == "%4"
    assert add.render_body() == "add nsw i32 %0, %1"  # unnamed operands are numbered
    assert str(f.args[1]) == "i32 %1"
    assert str(const_int(T.I32, 3)) == "i32 3"
    assert str(m.get_global("g")) == "@g = global i32 7, align 4"
    assert m.global_variables[1].ref() == "@0"
    assert str(f.blocks[1]) == "4:\n  %5 = mul i32 %3, 2\n  ret i32 %5"
    assert str(f).startswith("define i32 @f(i32 %0, i32 %1) {")
    # numbering follows edits, as LLVM's printer would
    IRBuilder.at(add).binop("sub", f.args[0], f.args[1])
    assert add.ref() == "%4" and str(ret) == "ret i32 %6"


def test_values_in_no_function():
    m = irpass.new_module()
    fn = add_function(m, "h", T.FunctionType(T.DOUBLE, (T.DOUBLE,)))
    b = IRBuilder.at_end(add_block(fn))
    x = b.binop("fmul", fn.args[0], const_float(T.DOUBLE, 2.0))
    r = b.ret(x)
    assert str(r) == "ret double %2"
    x.detach()
    assert str(r) == "ret double <badref>"  # as LLVM prints a value it cannot number
    with pytest.raises(ValueError, match="in no function"):
        x.ref()
    assert str(x) == "<badref> = fmul double <badref>, 2.0"


def test_new_module_reads_instructions():
    m = irpass.new_module("built")
    fn = add_function(m, "sq", T.FunctionType(T.DOUBLE, (T.DOUBLE,)), ["x"])
    b = IRBuilder.at_end(add_block(fn, "entry"))
    y = b.parse_instruction("fmul fast double %x, %x", x=fn.args[0], name="y")
    b.ret(y)
    assert str(fn) == ("define double @sq(double %x) {\nentry:\n"
                       "  %y = fmul fast double %x, %x\n  ret double %y\n}")
    with pytest.raises(ValueError, match="no reader"):  # a bare Module() reads no text
        parse_instruction("fadd double 1.0, 1.0", irpass.Module(), {})
