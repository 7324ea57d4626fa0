"""Pattern matching over instructions (``irpass.ir.patternmatch`` and Python's ``match``
statement on instructions), and a pass written with it: ``mul`` by a power of two becomes
``shl`` in clang's output, which LLVM verifies and ``lli`` runs with the same output."""

from __future__ import annotations

import subprocess

import pytest
from conftest import clang, needs_tool

import irpass
from irpass.ir import patternmatch as m
from irpass.ir.builder import IRBuilder, const_int
from irpass.ir.instructions import CallInst, Instruction
from irpass.ir.values import Argument, Constant
from irpass.llvm.llvmlite_check import verify

SOURCE = """\
declare double @llvm.fabs.f64(double)

define i32 @f(i32 %x, i32 %y, double %d, ptr %p) {
  %a = mul nsw i32 %x, 8
  %b = mul i32 16, %y
  %c = sub i32 %x, %x
  %n = sub i32 0, %y
  %t = xor i32 -1, %a
  %k = icmp slt i32 %a, %b
  %s = select i1 %k, i32 %a, i32 %b
  %z = zext i1 %k to i64
  %f = call double @llvm.fabs.f64(double %d)
  %g = fneg double %f
  %l = load i32, ptr %p
  %m = mul i32 %x, 6
  %u = add i32 %c, %n
  ret i32 %s
}
"""


@pytest.fixture()
def insts():
    fn = irpass.parse(SOURCE).get_function("f")
    return fn, {i.name: i for i in fn.blocks[0].instructions if i.name}


def test_leaves_operators_and_bindings(insts):
    fn, i = insts
    x, y = fn.args[0], fn.args[1]
    found = m.mul(m.value("v"), m.power_of_two("c")).match(i["a"])
    assert found is not None and found.v is x and found["c"].value == 8
    assert m.mul(m.value("v"), m.power_of_two("c")).match(i["b"]) is None  # constant first
    found = m.mul(m.value("v"), m.power_of_two("c"), commutative=True).match(i["b"])
    assert found.v is y and found.c.value == 16
    assert m.mul(m.value(), m.power_of_two()).match(i["m"]) is None  # 6
    assert m.mul(m.value(), m.const_int(), flags={"nsw"}).match(i["a"]) is not None
    assert m.mul(m.value(), m.const_int(), flags={"nuw"}).match(i["a"]) is None
    assert m.sub(m.value("x"), m.value("x")).match(i["c"]) == {"x": x}  # the same twice
    assert m.sub(m.value("x"), m.value("x")).match(i["n"]) is None
    assert m.neg(m.specific(y)).match(i["n"]) is not None
    assert m.not_(m.instruction("inner", "mul")).match(i["t"]).inner is i["a"]
    found = m.select(m.icmp("slt", m.value("l"), m.value("r"), name="cmp"),
                     m.value("l"), m.value("r")).match(i["s"])
    assert found.cmp is i["k"] and (found.l, found.r) == (i["a"], i["b"])
    assert m.icmp({"sgt", "sge"}, m.value(), m.value()).match(i["k"]) is None
    assert m.zext(m.icmp(None, m.value(), m.value())).match(i["z"]) is not None
    assert m.fneg(m.call("llvm.fabs.f64", m.argument("a"))).match(i["g"]).a is fn.args[2]
    assert m.call(fn, m.value()).match(i["f"]) is None  # another callee
    assert m.load(m.argument()).match(i["l"]) is not None
    assert m.add(m.value(), m.value()).match(i["a"]) is None
    either = m.add(m.value(), m.value()) | m.mul(m.value(), m.const_int(value=8))
    assert either.match(i["a"]) is not None and either.match(i["k"]) is None
    both = m.instruction() & m.one_use(m.value())
    assert both.match(i["m"]) is None  # %m is not used
    assert both.match(i["c"]) is not None and both.match(i["a"]) is None  # %a: 3 uses
    big = m.const_int().where(lambda c: c.value > 10)
    assert m.mul(m.value(), big, commutative=True).match(i["b"]) is not None
    assert m.mul(m.value(), big).match(i["a"]) is None
    assert m.binop(None, m.value(), m.value(), name="op").match(i["u"]).op is i["u"]
    assert m.match(i["c"], m.sub(m.value(), m.value())) == {}  # an empty match is true
    assert bool(m.match(i["c"], m.sub(m.value(), m.value())))


def test_constants():
    fn = irpass.parse("""\
define void @g(i8 %x) {
  %a = add i8 %x, -1
  %b = add i8 %x, -128
  %c = fadd double 0.0, -0.0
  %d = add i8 %x, poison
  %e = add i8 %x, undef
  %f = add i8 %x, 1
  ret void
}
""").get_function("g")
    i = {inst.name: inst for inst in fn.blocks[0].instructions if inst.name}
    assert m.add(m.value(), m.all_ones()).match(i["a"]) is not None  # -1 is all ones
    assert m.add(m.value(), m.const_int(value=255)).match(i["a"]) is not None
    assert m.add(m.value(), m.power_of_two()).match(i["b"]) is not None  # 0x80
    assert m.fadd(m.zero(), m.zero()).match(i["c"]) is not None  # -0.0 too
    assert m.fadd(m.const_float(value=0.0), m.const_float()).match(i["c"]) is not None
    assert m.add(m.value(), m.poison()).match(i["d"]) is not None
    assert m.add(m.value(), m.const_int()).match(i["d"]) is None
    assert m.add(m.value(), m.undef()).match(i["e"]) is not None
    assert m.add(m.value(), m.one()).match(i["f"]) is not None


def test_the_match_statement(insts):
    fn, i = insts

    def describe(inst) -> str:
        match inst:
            case Instruction("mul", [Argument() as x, Constant(int(c))]) if c & (c - 1) == 0:
                return f"shl {x.ref()}, {c.bit_length() - 1}"
            case Instruction("sub", [x, y]) if x is y:
                return "zero"
            case CallInst(callee, [arg]) if callee.name.startswith("llvm.fabs"):
                return f"fabs {arg.ref()}"
            case Instruction(op, [_, Constant(0)]):
                return f"{op} by zero"
            case _:
                return "other"

    assert [describe(i[n]) for n in ("a", "b", "c", "f", "m")] == [
        "shl %x, 3", "other", "zero", "fabs %d", "other"]


PROGRAM = r"""
#include <stdio.h>
int scale(int x, int n) { return x * 8 + n * 3; }
unsigned wide(unsigned x) { return x * 1024u; }
long neg(long x) { return x * -9223372036854775807L - x; }
int main(void) {
  int s = 0;
  for (int i = -5; i < 40; i++) s += scale(i, i * 4) ^ (int)wide(i);
  printf("%d %ld\n", s, neg(3));
  return 0;
}
"""


def mul_to_shl(fn) -> int:
    """``mul x, 2**k`` (either order) -> ``shl x, k``; ``nuw`` is kept, ``nsw`` only below
    the sign bit (as instcombine does). Returns how many were rewritten."""
    pattern = m.mul(m.value("x"), m.power_of_two("c"), commutative=True)
    count = 0
    for block in fn.blocks:
        for inst in block.early_inc():
            found = pattern.match(inst)
            if found is None:
                continue
            k = found.c.value if found.c.value > 0 else found.c.value & ((1 << inst.type.bits) - 1)
            k = k.bit_length() - 1
            flags = [f for f in ("nuw", "nsw") if f in inst.flags and
                     (f == "nuw" or k < inst.type.bits - 1)]
            shl = IRBuilder.at(inst).binop("shl", found.x, const_int(inst.type, k),
                                           flags=flags)
            shl.take_name(inst)
            inst.replace_all_uses_with(shl)
            inst.erase()
            count += 1
    return count


def test_mul_by_a_power_of_two_becomes_shl():
    lli = needs_tool("lli", 22)
    text = clang(PROGRAM, "-O0", "-Xclang", "-disable-O0-optnone")
    before = subprocess.run([lli, "-"], input=text.encode(), capture_output=True).stdout
    mod = irpass.parse(text)
    count = sum(mul_to_shl(fn) for fn in mod.functions if fn.blocks)
    out = irpass.print_module(mod)
    left = sorted(abs(i.operands[1].value) for fn in mod.functions for i in fn.instructions()
                  if i.opcode == "mul")
    assert count == 3 and left == [3, 9223372036854775807]  # x*8, x*1024u, i*4 went
    assert out.count(" shl ") == 3
    assert verify(out) is None
    after = subprocess.run([lli, "-"], input=out.encode(), capture_output=True).stdout
    assert after == before and after.strip()
