"""The model's verifier knows LLVM's dominance rule ("Instruction does not dominate all
uses!"): each case is asked of llvm-as-22 too, and irpass must refuse exactly what it refuses.
Edits make such modules (a value moved below a use, a use moved out of the value's reach);
the parser reads them as LLVM's parser does (dominance is the verifier's)."""

from __future__ import annotations

import subprocess

import pytest
from conftest import needs_tool

import irpass
from irpass.ir.dominators import Dominators
from irpass.ir.verifier import verify_function

MESSAGE = "Instruction does not dominate all uses!"
SELF = "Only PHI nodes may reference their own value!"

CASES = {
    "use before its definition": ("""
entry:
  %b = add i32 %a, 1
  %a = add i32 %x, 1
  ret i32 %b
""", False),
    "defined on one side, used after the join": ("""
entry:
  br i1 %c, label %l, label %r
l:
  %a = add i32 %x, 1
  br label %j
r:
  br label %j
j:
  ret i32 %a
""", False),
    "phi takes a value from a block it is not available at": ("""
entry:
  br i1 %c, label %l, label %r
l:
  %a = add i32 %x, 1
  br label %j
r:
  br label %j
j:
  %p = phi i32 [ %a, %l ], [ %a, %r ]
  ret i32 %p
""", False),
    "phi takes each value from its own side": ("""
entry:
  br i1 %c, label %l, label %r
l:
  %a = add i32 %x, 1
  br label %j
r:
  %b = add i32 %x, 2
  br label %j
j:
  %p = phi i32 [ %a, %l ], [ %b, %r ]
  ret i32 %p
""", True),
    "a loop's header value used in its latch and after it": ("""
entry:
  br label %h
h:
  %i = phi i32 [ 0, %entry ], [ %n, %h ]
  %n = add i32 %i, 1
  %d = icmp slt i32 %n, %x
  br i1 %d, label %h, label %e
e:
  ret i32 %n
""", True),
    "a value that uses itself": ("""
entry:
  %a = add i32 %a, 1
  ret i32 %a
""", False),
    "an unreachable block uses before it defines": ("""
entry:
  ret i32 %x
dead:
  %b = add i32 %a, 1
  %a = add i32 %b, 1
  br label %dead
""", True),
    "a value of an unreachable block used in a reachable one": ("""
entry:
  br i1 %c, label %j, label %j
dead:
  %a = add i32 %x, 1
  br label %j
j:
  %p = phi i32 [ %x, %entry ], [ %x, %entry ], [ %a, %dead ]
  ret i32 %a
""", False),
}


def module(body: str) -> str:
    return f"define i32 @f(i32 %x, i1 %c) {{{body}}}\n"


def llvm_accepts(text: str) -> tuple[bool, str]:
    r = subprocess.run([needs_tool("llvm-as", 22), "-", "-o", "/dev/null"], input=text,
                       capture_output=True, text=True, timeout=60)
    return r.returncode == 0, r.stderr


@pytest.mark.parametrize("name", CASES)
def test_dominance_as_llvm_has_it(name: str) -> None:
    body, valid = CASES[name]
    text = module(body)
    accepted, stderr = llvm_accepts(text)
    assert accepted == valid, stderr
    fn = irpass.parse(text, "t.ll").get_function("f")
    problems = verify_function(fn)
    if valid:
        assert problems == []
    else:
        message = SELF if SELF in stderr else MESSAGE
        assert message in stderr
        assert problems and message in problems[0]


def test_dominators_of_a_diamond() -> None:
    fn = irpass.parse(module(CASES["phi takes each value from its own side"][0]),
                      "t.ll").get_function("f")
    entry, left, right, join = fn.blocks
    dom = Dominators(fn)
    assert dom.dominates(entry, join) and dom.dominates(left, left)
    assert not dom.dominates(left, join) and not dom.dominates(right, join)
    assert not dom.dominates(join, entry)


def test_a_moved_definition_is_caught_before_anything_is_written(tmp_path) -> None:
    """An edit that moves a value below its use: the verifier the command runs on what the
    passes changed says so in LLVM's words."""
    m = irpass.parse(module(CASES["phi takes each value from its own side"][0]), "t.ll")
    fn = m.get_function("f")
    a = next(i for i in fn.instructions() if i.name == "a")
    a.move_before(fn.blocks[3].instructions[-1])
    problems = verify_function(fn)
    assert problems and MESSAGE in problems[0]
    accepted, stderr = llvm_accepts(irpass.print_module(m))
    assert not accepted and MESSAGE in stderr
