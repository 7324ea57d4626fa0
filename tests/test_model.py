"""Editing the model: every edit is printed and checked by LLVM (llvmlite's verifier, lli-22
running the program, llvm-as-19/llvm-dis-19), on IR that clang made from C written here."""

from __future__ import annotations

import math
import struct
import subprocess

import pytest
from conftest import clang, llvm_normal_form, needs_tool

import irpass
from irpass.ir import types as T
from irpass.ir.builder import (
    IRBuilder,
    add_block,
    add_function,
    add_incoming,
    const_float,
    const_int,
)
from irpass.ir.function import Function
from irpass.ir.instructions import CallInst, Instruction
from irpass.ir.metadata import MDNode, MDString
from irpass.llvm.llvmlite_check import parse_and_print, verify
from irpass.text.diagnostics import IRError

ARITH_C = r"""
#include <stdio.h>
__attribute__((noinline)) int f(int a, int b) { int s = a + b; int t = s * 2; return t; }
/* argc is 1 under lli: the optimizer cannot fold f(3, 4) */
int main(int argc, char **argv) { printf("%d\n", f(argc + 2, argc + 3)); return 0; }
"""



def lli(text: str) -> str:
    """Run a module with lli-22; its standard output."""
    tool = needs_tool("lli", 22)
    r = subprocess.run([tool, "-"], input=text.encode(), capture_output=True, timeout=120)
    assert r.returncode == 0, r.stderr.decode()
    return r.stdout.decode()


def checked(m) -> str:
    """The module printed, after LLVM's verifier accepted it."""
    out = irpass.print_module(m)
    problem = verify(out)
    assert problem is None, problem
    return out


def find(fn: Function, opcode: str, nth: int = 0) -> Instruction:
    return [i for i in fn.instructions() if i.opcode == opcode][nth]


def body_lines(text: str, fn_name: str) -> list[str]:
    """The lines inside ``define ... @fn_name(...) {`` ... ``}``."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines)
                 if line.startswith("define") and f"@{fn_name}(" in line)
    stop = lines.index("}", start)
    return [line for line in lines[start + 1:stop] if line.strip()]


@pytest.fixture(scope="module")
def arith_o1_g() -> str:
    return clang(ARITH_C, "-O1", "-g", "-fno-discard-value-names")


# ---- replace all uses ---------------------------------------------------------------------
def test_rauw_changes_what_the_program_computes(arith_o1_g):
    m = irpass.parse(arith_o1_g)
    assert lli(checked(m)) == "14\n"
    f = m.get_function("f")
    add = find(f, "add")
    a, b = f.args
    sub = IRBuilder.at(add).binop("sub", a, b, name="diff")
    add.replace_all_uses_with(sub)
    assert add.users == [] and add.uses == []
    assert {u.opcode for u in sub.users} == {"shl"}
    add.erase()
    # f(3, 4) = (3 - 4) * 2
    assert lli(checked(m)) == "-2\n"


def test_rauw_also_moves_debug_uses(arith_o1_g):
    m = irpass.parse(arith_o1_g)
    f = m.get_function("f")
    add = find(f, "add")
    debug_users = [u for u, _ in add.uses if u.is_debug_use]
    assert debug_users, "clang -O1 -g describes %add with #dbg_value"
    mul = IRBuilder.at(add).binop("mul", *f.args, name="prod")
    add.replace_all_uses_with(mul)
    add.erase()
    out = checked(m)
    lines = body_lines(parse_and_print(out), "f")
    assert any("#dbg_value(i32 %prod" in line for line in lines), lines
    assert lli(out) == "24\n"


# ---- insert, move, erase ------------------------------------------------------------------
def test_insert_before_and_after(arith_o1_g):
    m = irpass.parse(arith_o1_g)
    f = m.get_function("f")
    add, shl = find(f, "add"), find(f, "shl")
    a, b = f.args
    b1 = IRBuilder()
    b1.position_after(add)
    dbl = b1.binop("add", add, add, name="twice")  # after %add, before %shl
    shl.set_operand(0, dbl)
    neg = IRBuilder.at(dbl).binop("sub", a, b, name="unused")
    neg.detach()
    neg.insert_after(shl)
    llvm_body = body_lines(parse_and_print(checked(m)), "f")
    opcodes = [line.split()[2] for line in llvm_body if " = " in line]
    assert opcodes == ["add", "add", "shl", "sub"]
    assert lli(checked(m)) == "28\n"


def test_move_against_dominance_is_rejected_then_fixed(arith_o1_g):
    m = irpass.parse(arith_o1_g)
    f = m.get_function("f")
    add, shl = find(f, "add"), find(f, "shl")
    shl.move_before(add)
    problem = verify(irpass.print_module(m))
    assert problem is not None and "dominate" in problem
    shl.move_after(add)
    assert lli(checked(m)) == "14\n"


def test_erase_refuses_a_used_value(arith_o1_g):
    m = irpass.parse(arith_o1_g)
    add = find(m.get_function("f"), "add")
    with pytest.raises(ValueError, match="still used"):
        add.erase()
    assert add.parent is not None  # nothing was changed
    assert lli(checked(m)) == "14\n"


def test_erase_turns_debug_uses_into_poison(arith_o1_g):
    m = irpass.parse(arith_o1_g)
    f = m.get_function("f")
    shl, ret = find(f, "shl"), find(f, "ret")
    add = find(f, "add")
    records_before = sum(len(i.debug_records) for i in f.instructions())
    ret.set_operand(0, add)  # now only a #dbg_value uses %mul
    assert shl.users == [] and shl.uses
    shl.erase()
    assert sum(len(i.debug_records) for i in f.instructions()) == records_before
    out = checked(m)
    llvm_body = body_lines(parse_and_print(out), "f")
    assert sum("#dbg_value(i32 poison" in line for line in llvm_body) == 1, llvm_body
    assert not any("%mul" in line for line in llvm_body)
    assert lli(out) == "7\n"


def test_detached_instruction_leaves_its_debug_records_in_place(arith_o1_g):
    m = irpass.parse(arith_o1_g)
    f = m.get_function("f")
    shl, ret = find(f, "shl"), find(f, "ret")
    records = list(shl.debug_records)
    assert records
    before_ret = list(ret.debug_records)
    shl.move_before(ret)  # same order, but its records stay where they were: before ret
    assert shl.debug_records == [] and ret.debug_records == records + before_ret
    llvm_body = body_lines(parse_and_print(checked(m)), "f")
    assert [line.split()[0] for line in llvm_body][-4:] == ["%mul", "#dbg_value(i32",
                                                           "#dbg_value(i32", "ret"], llvm_body


# ---- attributes ---------------------------------------------------------------------------
def llvm_function(text: str, name: str):
    import llvmlite.binding as llvm

    return llvm.parse_assembly(text, context=llvm.create_context()).get_function(name)


def test_parameter_return_and_function_attributes(arith_o1_g):
    m = irpass.parse(arith_o1_g)
    f = m.get_function("f")
    a, b = f.args
    assert "noundef" in a.attrs
    a.attrs.remove("noundef")
    b.attrs.add("signext")
    b.attrs.add_string("enzyme_type", "{[-1]:Integer}")
    f.ret_attrs.add("noundef")
    f.fn_attrs.add("noinline")
    f.fn_attrs.add_string("enzyme_math", "f")
    out = checked(m)
    lf = llvm_function(out, "f")
    attrs = [[x.decode() for x in arg.attributes] for arg in lf.arguments]
    assert "noundef" not in attrs[0]
    assert "signext" in attrs[1] and "noundef" in attrs[1]
    assert '"enzyme_type"="{[-1]:Integer}"' in attrs[1]
    llvm_text = parse_and_print(out)
    define = next(line for line in llvm_text.splitlines() if "@f(" in line
                  and line.startswith("define"))
    assert "noundef" in define.split("@f(")[0]
    group = define.rsplit("#", 1)[1].split()[0]
    group_line = next(line for line in llvm_text.splitlines()
                      if line.startswith(f"attributes #{group} "))
    assert " noinline " in group_line and '"enzyme_math"="f"' in group_line
    # the same for LLVM 22's own assembler and disassembler
    assert '"enzyme_type"="{[-1]:Integer}"' in llvm_normal_form(out, 22)


def test_call_site_attributes(arith_o1_g):
    m = irpass.parse(arith_o1_g)
    main = m.get_function("main")
    call = next(i for i in main.instructions()
                if isinstance(i, CallInst) and i.called_function.name == "printf")
    call.args[0].attrs.remove("dereferenceable")
    call.args[1].attrs.add("signext")
    call.ret_attrs.add("noundef")
    call.fn_attrs.add("nounwind")
    call.fn_attrs.add_string("enzyme_type", "{[-1]:Pointer}")
    out = checked(m)
    line = next(x for x in body_lines(parse_and_print(out), "main") if "@printf(" in x)
    assert "call noundef i32 (ptr, ...) @printf(ptr noundef nonnull @.str, i32 noundef signext %call)" \
        in line, line
    group = line.rsplit("#", 1)[1].split(",")[0].strip()
    group_line = next(x for x in parse_and_print(out).splitlines()
                      if x.startswith(f"attributes #{group} "))
    assert '"enzyme_type"="{[-1]:Pointer}"' in group_line and "nounwind" in group_line
    assert lli(out) == "14\n"


def test_llvm_rejects_a_wrong_parameter_attribute(arith_o1_g):
    """An attribute LLVM does not allow on a parameter makes LLVM reject the module:
    the checks above could fail."""
    m = irpass.parse(arith_o1_g)
    m.get_function("f").args[0].attrs.add("sret(i32)")  # sret on a non-pointer
    assert verify(irpass.print_module(m)) is not None


# ---- metadata -----------------------------------------------------------------------------
def test_metadata_attachments(arith_o1_g):
    m = irpass.parse(arith_o1_g)
    f = m.get_function("f")
    add = find(f, "add")
    node = m.add_metadata(MDNode("tuple", elements=[MDString("seen by irpass")]))
    add.set_metadata("irpass.seen", f"!{node.id}")
    assert add.get_metadata("irpass.seen") == f"!{node.id}"
    out = checked(m)
    llvm_text = parse_and_print(out)
    line = next(x for x in body_lines(llvm_text, "f") if "= add" in x)
    ref = line.split("!irpass.seen ")[1].split(",")[0]
    assert f'{ref} = !{{!"seen by irpass"}}' in llvm_text
    assert add.remove_metadata("irpass.seen") and not add.remove_metadata("irpass.seen")
    assert "irpass.seen" not in parse_and_print(checked(m))


def test_range_metadata_is_checked_by_llvm():
    m = irpass.parse(clang("int g(int *p) { return *p; }", "-O1"))
    load = find(m.get_function("g"), "load")
    load.set_metadata("range", "!{i32 0, i32 10}")
    assert "!range !" in parse_and_print(checked(m))
    load.set_metadata("range", "!{i32 5, i32 5}")  # an empty range: LLVM rejects it
    assert verify(irpass.print_module(m)) is not None


def test_removing_a_call_location_breaks_debug_info(arith_o1_g):
    m = irpass.parse(arith_o1_g)
    call = find(m.get_function("main"), "call")
    loc = call.get_metadata("dbg")
    assert loc is not None
    call.remove_metadata("dbg")
    # LLVM 22 reports it and drops the debug info; the verifier through llvmlite fails
    problem = verify(irpass.print_module(m))
    assert problem is not None and "!dbg location" in problem
    call.set_metadata("dbg", loc)
    checked(m)


# ---- building functions -------------------------------------------------------------------
PRINTF_DECLS = """
@fmt = private constant [4 x i8] c"%d\\0A\\00"
@ffmt = private constant [4 x i8] c"%g\\0A\\00"
declare i32 @printf(ptr, ...)
"""


def printf(b: IRBuilder, m, fmt: str, value) -> CallInst:
    g = b.gep(T.ArrayType(4, T.I8), m.get_global(fmt), [const_int(T.I64, 0)] * 2)
    return b.call(m.get_function("printf"), [g, value])


def test_build_a_function_with_a_loop():
    """sum = 0; for (i = 0; i < 10; i++) sum += i * i; printf("%d", sum)"""
    m = irpass.parse(PRINTF_DECLS)
    square_sum = add_function(m, "square_sum", T.FunctionType(T.I32, (T.I32,)), ["n"])
    entry, loop, done = (add_block(square_sum, x) for x in ("entry", "loop", "done"))
    b = IRBuilder.at_end(entry)
    b.br(loop)
    b.position_at_end(loop)
    i = b.phi(T.I32, [(const_int(T.I32, 0), entry)], name="i")
    acc = b.phi(T.I32, [(const_int(T.I32, 0), entry)], name="acc")
    sq = b.binop("mul", i, i, flags=["nsw"])
    acc2 = b.binop("add", acc, sq, name="acc")  # the taken name becomes acc1
    i2 = b.binop("add", i, const_int(T.I32, 1), name="i")
    add_incoming(i, i2, loop)
    add_incoming(acc, acc2, loop)
    b.cond_br(b.icmp("slt", i2, square_sum.args[0]), loop, done)
    b.position_at_end(done)
    b.ret(acc2)
    # LLVM numbers clashes per function (LastUnique): acc -> acc1, then i -> i2
    assert (acc2.name, i2.name) == ("acc1", "i2")

    main = add_function(m, "main", T.FunctionType(T.I32, ()))
    b = IRBuilder.at_end(add_block(main))
    printf(b, m, "fmt", b.call(square_sum, [const_int(T.I32, 10)]))
    b.ret(const_int(T.I32, 0))
    out = checked(m)
    assert lli(out) == "285\n"
    assert llvm_normal_form(out, 19)  # LLVM 19's assembler takes it too


def test_build_memory_casts_select_and_floats():
    m = irpass.parse(PRINTF_DECLS + "declare double @sqrt(double)\n")
    main = add_function(m, "main", T.FunctionType(T.I32, ()))
    b = IRBuilder.at_end(add_block(main, "entry"))
    arr = b.alloca(T.ArrayType(3, T.DOUBLE), name="arr", align=8)
    for k, x in enumerate((0.1, 2.5, -4.0)):
        slot = b.gep(T.ArrayType(3, T.DOUBLE), arr, [const_int(T.I64, 0), const_int(T.I64, k)])
        b.store(const_float(T.DOUBLE, x), slot, align=8)
    p2 = b.gep(T.DOUBLE, arr, [const_int(T.I64, 2)], inbounds=False)
    last = b.load(T.DOUBLE, p2, name="last", align=8)
    neg = b.fneg(last)
    root = b.call(m.get_function("sqrt"), [neg], name="root")
    small = b.cast("fptrunc", root, T.FLOAT)
    f01 = b.binop("fadd", small, const_float(T.FLOAT, 0.1))  # 0.1 is not a float: hex form
    big = b.fcmp("ogt", f01, const_float(T.FLOAT, 2.0))
    pick = b.select(big, f01, const_float(T.FLOAT, 1e30))
    printf(b, m, "ffmt", b.cast("fpext", pick, T.DOUBLE))
    as_int = b.cast("fptosi", root, T.I64)
    printf(b, m, "fmt", b.cast("trunc", as_int, T.I32))
    b.ret(const_int(T.I32, 0))
    out = checked(m)
    assert lli(out) == "2.1\n2\n"


def test_builder_debug_location_and_parse_instruction(arith_o1_g):
    m = irpass.parse(arith_o1_g)
    f = m.get_function("f")
    shl = find(f, "shl")
    b = IRBuilder.at(shl, debug_loc=shl.get_metadata("dbg"))
    a, bb = f.args
    prod = b.parse_instruction("%p = mul nsw i32 %x, %y", x=a, y=bb)
    total = b.parse_instruction("add i32 %p, %s", values={"p": prod, "s": find(f, "add")},
                                name="total")
    shl.set_operand(0, total)
    assert prod.name == "p" and total.name == "total"
    assert prod.get_metadata("dbg") == shl.get_metadata("dbg")
    out = checked(m)
    assert lli(out) == "38\n"  # (3*4 + 3+4) * 2
    # a call built inside a function with debug info needs a location: the builder gives it
    main = m.get_function("main")
    ret = find(main, "ret")
    b = IRBuilder.at(ret, debug_loc=ret.get_metadata("dbg"))
    b.call(f, [const_int(T.I32, 1), const_int(T.I32, 2)], arg_attrs=[["noundef"], []])
    assert lli(checked(m)) == "38\n"


def test_parse_instruction_errors(arith_o1_g):
    m = irpass.parse(arith_o1_g)
    f = m.get_function("f")
    b = IRBuilder.at(find(f, "ret"))
    with pytest.raises(IRError, match="undefined value '%nope'"):
        b.parse_instruction("add i32 %nope, 1")
    with pytest.raises(IRError, match="undefined value '@nope'"):
        b.parse_instruction("load i32, ptr @nope")
    with pytest.raises(IRError, match="error"):
        b.parse_instruction("add i32 %x,", x=f.args[0])
    inst = b.parse_instruction(
        "call i32 (ptr, ...) @printf(ptr @.str, i32 %x)", x=f.args[0])
    assert isinstance(inst, CallInst) and inst.called_function.name == "printf"
    assert lli(checked(m)) == "3\n14\n"


# ---- names and numbers --------------------------------------------------------------------
def test_renaming_values_and_blocks():
    src = clang("int h(int n) { int s = 0; for (int i = 0; i < n; i++) s += i; return s; }\n"
                "int main(void) { return h(5) - 10; }", "-O1", "-fno-discard-value-names",
                version=19)  # LLVM 19 and 22 both read what clang-19 writes
    m = irpass.parse(src)
    h = m.get_function("h")
    phis = [i for i in h.instructions() if i.opcode == "phi"]
    assert phis
    phis[0].name = "a b"  # needs quotes
    h.args[0].name = "count"
    loop_block = phis[0].parent
    loop_block.name = "loop body"
    h.blocks[0].name = None  # the entry block becomes numbered
    out = checked(m)
    for version in (19, 22):
        text = llvm_normal_form(out, version)
        lines = body_lines(text, "h")
        assert '%"a b" = phi' in "\n".join(lines), lines
        assert any(line.startswith('"loop body":') for line in lines), lines
        assert "i32 noundef %count" in text
    unnamed = [i for i in h.instructions() if i.name is not None and not i.type.is_void]
    for inst in unnamed:
        inst.name = None
    for arg in h.args:
        arg.name = None
    assert lli(checked(m)) == ""  # exits with h(5) - 10 = 0
    with pytest.raises(ValueError):
        IRBuilder.at_end(h.blocks[-1]).insert(Instruction("freeze", T.I32), name="7")


def test_numbering_follows_inserts_and_erases():
    src = clang("int g(int x) { int y = x * 3; return y + 1; }", "-O0")
    m = irpass.parse(src)
    g = m.get_function("g")
    first_load = find(g, "load")
    extra = IRBuilder.at(first_load).parse_instruction("add i32 %x, 1", x=g.args[0])
    assert extra.name is None
    out = checked(m)
    ours = body_lines(out, "g")
    theirs = body_lines(parse_and_print(out), "g")
    assert ours == theirs  # LLVM numbers the values as we printed them
    assert any(line.strip().startswith("%4 = add i32 %0, 1") for line in ours), ours
    extra.erase()
    mul = find(g, "mul")
    assert mul.name is None
    out = checked(m)
    assert body_lines(out, "g") == body_lines(parse_and_print(out), "g")
    assert body_lines(out, "g") == body_lines(src, "g")


def test_float_constants_read_back_exactly():
    values = [0.1, 1e30, 1e16, -0.0, 3.0, 1e-300, 2.5e-8, float("inf"), float("-inf")]
    m = irpass.parse('@g17 = private constant [7 x i8] c"%.17g\\0A\\00"\n'
                     "declare i32 @printf(ptr, ...)\n")
    main = add_function(m, "main", T.FunctionType(T.I32, ()))
    b = IRBuilder.at_end(add_block(main))
    expected = []
    for ftype in (T.DOUBLE, T.FLOAT):
        for x in values:
            c = const_float(ftype, x)
            v = b.binop("fadd", c, const_float(ftype, -0.0))  # x + -0.0 is x
            v = b.cast("fpext", v, T.DOUBLE) if ftype == T.FLOAT else v
            fmt = b.gep(T.ArrayType(7, T.I8), m.get_global("g17"), [const_int(T.I64, 0)] * 2)
            b.call(m.get_function("printf"), [fmt, v])
            expected.append(x if ftype == T.DOUBLE else
                            struct.unpack("<f", struct.pack("<f", x))[0])
    b.ret(const_int(T.I32, 0))
    printed = [float(line) for line in lli(checked(m)).split()]
    assert printed == expected
    assert math.copysign(1, printed[3]) == -1  # -0.0 stayed negative
