"""Walking a block while editing it: ``block.early_inc()`` (LLVM's
``make_early_inc_range``) and the snapshot views; what the edits leave LLVM accepts."""

from __future__ import annotations

import pytest

import irpass
from irpass.ir import types as T
from irpass.ir.builder import IRBuilder, const_int
from irpass.llvm.llvmlite_check import verify

SOURCE = """\
define i32 @f(i32 %a, i32 %b) {
entry:
  %x = add i32 %a, 1
  %y = mul i32 %x, 2
  %z = sub i32 %y, %b
  %w = add i32 %a, 0
  ret i32 %z
}
"""


def parse():
    m = irpass.parse(SOURCE)
    return m, m.get_function("f").blocks[0]


def test_erasing_the_current_instruction():
    m, block = parse()
    seen = []
    for inst in block.early_inc():
        seen.append(inst.opcode)
        if inst.opcode == "add" and inst.operands[1].ref() == "0":  # x + 0 -> x
            inst.replace_all_uses_with(inst.operands[0])
            inst.erase()
    assert seen == ["add", "mul", "sub", "add", "ret"]
    assert [i.name for i in block.instructions] == ["x", "y", "z", None]
    assert verify(irpass.print_module(m)) is None


def test_replacing_the_current_instruction_does_not_visit_the_new_one():
    m, block = parse()
    seen = []
    for inst in block.early_inc():
        seen.append(inst.name)
        if inst.opcode == "mul":  # y = x * 2  ->  y = x << 1, built before and after it
            b = IRBuilder.at(inst)
            shl = b.binop("shl", inst.operands[0], const_int(T.I32, 1))
            b.position_after(inst)
            b.binop("add", shl, shl, name="unused")
            shl.take_name(inst)
            inst.replace_all_uses_with(shl)
            inst.erase()
    assert seen == ["x", "y", "z", "w", None]  # neither new instruction handed out
    assert [i.opcode for i in block.instructions] == ["add", "shl", "add", "sub", "add", "ret"]
    assert verify(irpass.print_module(m)) is None


def test_moving_the_current_instruction_away():
    m, block = parse()
    seen = []
    for inst in block.early_inc():
        seen.append(inst.name)
        if inst.name == "w":
            inst.move_before(block.instructions[0])  # hoisted: the walk goes on after it
    assert seen == ["x", "y", "z", "w", None]
    assert block.instructions[0].name == "w"
    assert verify(irpass.print_module(m)) is None


def test_erasing_the_next_instruction_is_refused():
    m, block = parse()
    with pytest.raises(RuntimeError, match="the instruction after sub was erased"):
        for inst in block.early_inc():
            if inst.name == "z":
                block.instructions[3].erase()  # %w, the next one: LLVM's undefined case


def test_snapshots_hand_out_what_was_there():
    m, block = parse()
    fn = m.get_function("f")
    walked = []
    for inst in block:  # a snapshot: the erased %w is still handed out
        walked.append((inst.name, inst.parent is block))
        if inst.name == "z":
            block.instructions[3].erase()
    assert walked == [("x", True), ("y", True), ("z", True), ("w", False), (None, True)]
    assert len(list(fn.instructions())) == 4
    users = fn.args[0].users  # a new list each time: editing does not change it
    block.instructions[0].set_operand(0, fn.args[1])
    assert len(users) == 1 and fn.args[0].users == []


def test_an_empty_block_and_the_last_instruction():
    m, block = parse()
    fn = m.get_function("f")
    assert list(fn.add_block("empty").early_inc()) == []
    last = []
    for inst in block.early_inc():
        if inst.is_terminator:
            last.append(inst)
            inst.erase()  # nothing after it to fetch
    assert len(last) == 1 and block.terminator is None
