"""``LoopInfo`` (the ``loops`` analysis) against opt-22: ``print<loops>`` on every corpus
file and on random CFGs, word for word (loop order, nesting, depth, block order, header,
latch, exiting and ``Parallel`` marks); preheaders and exit blocks against ``loop(print)``
on loop-simplified IR; and the API on a hand-written function."""

from __future__ import annotations

import re
import subprocess
from collections import Counter

import pytest
from conftest import corpus_files, needs_tool, read
from llvm_printers import loops_by_function, opt_stderr, printed_loops, random_cfg_module

import irpass
from irpass.ir.writer import namer_for
from irpass.passes.analysis import AnalysisManager

FILES = corpus_files()


def check_loops_against_opt(text: str) -> tuple[int, int]:
    """Compare every function's ``str(loop_info)`` with opt's ``print<loops>``; returns
    (functions compared, loops seen)."""
    theirs = loops_by_function(opt_stderr(text, "print<loops>", "-disable-output"))
    m = irpass.parse(text)
    am = AnalysisManager(m)
    functions = loops = 0
    for fn in m.functions:
        if not fn.blocks:
            continue
        info = am.get("loops", fn)
        assert str(info) == theirs[fn.name], fn.name
        functions += 1
        loops += len(info.loops_in_preorder())
    return functions, loops


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_loops_match_opt_on_the_corpus(path):
    functions, _ = check_loops_against_opt(read(path))
    assert functions > 0


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_loops_of_random_cfgs_match_opt(seed):
    """Irreducible regions, loops sharing blocks, unreachable blocks, switch edges."""
    functions, loops = check_loops_against_opt(random_cfg_module(seed))
    assert functions == 200 and loops > 100


def loop_simplified(text: str) -> tuple[str, list]:
    """``text`` after opt's loop-simplify (``optnone`` taken off, or opt's loop passes
    skip the function), and what ``loop(print)`` printed of each loop in it."""
    tool = needs_tool("opt", 22)
    r = subprocess.run([tool, "-passes=loop-simplify,loop(print)", "-S", "-o", "-", "-"],
                       input=re.sub(r"\boptnone\b", "", text).encode(), capture_output=True,
                       timeout=300)
    assert r.returncode == 0, r.stderr.decode()[:2000]
    return r.stdout.decode(), printed_loops(r.stderr.decode())


def ours_after_simplify(text: str) -> Counter:
    m = irpass.parse(text)
    am = AnalysisManager(m)
    out: Counter = Counter()
    for fn in m.functions:
        if not fn.blocks:
            continue
        namer = namer_for(fn.blocks[0])
        for loop in am.get("loops", fn).loops_in_preorder():
            pre = loop.preheader
            assert pre is not None  # loop-simplify made one
            label = "<entry>" if pre is fn.blocks[0] and pre.name is None else pre.ref(namer)
            out[(label, frozenset(b.ref(namer) for b in loop.blocks),
                 frozenset(b.ref(namer) for b in loop.exit_blocks))] += 1
    return out


@pytest.mark.parametrize("path", [p for p in FILES if p.parent.name == "ll"],
                         ids=lambda p: p.name)
def test_preheaders_and_exit_blocks_match_opt_after_loop_simplify(path):
    """opt's loop passes print each loop's preheader, blocks and exit blocks; loop-simplify
    (which they run first) gives every loop a preheader and dedicated exits."""
    simplified, theirs = loop_simplified(read(path))
    assert ours_after_simplify(simplified) == Counter(theirs)


def test_preheaders_and_exit_blocks_of_random_cfgs_match_opt():
    simplified, theirs = loop_simplified(random_cfg_module(4))
    ours = ours_after_simplify(simplified)
    assert ours == Counter(theirs) and sum(ours.values()) > 100


HAND = """\
declare i32 @pure(i32) memory(none)

define void @nest(i32 %n, i1 %c, ptr %p) {
entry:
  br label %outer

outer:
  %i = phi i32 [ 0, %entry ], [ %i1, %latch ]
  br label %inner

inner:
  %v = load i32, ptr %p, !llvm.access.group !1
  %w = call i32 @pure(i32 %v)
  store i32 %w, ptr %p, !llvm.access.group !1
  br i1 %c, label %inner, label %latch, !llvm.loop !2

latch:
  %i1 = add i32 %i, 1
  %done = icmp eq i32 %i1, %n
  br i1 %done, label %exit, label %outer, !llvm.loop !4

exit:
  ret void
}

define void @entered_twice(i1 %c) {
entry:
  br i1 %c, label %a, label %b

a:
  br label %h

b:
  callbr void asm "", ""() to label %h []

h:
  br i1 %c, label %h, label %out

out:
  switch i1 %c, label %h2 [ i1 true, label %h2 ]

h2:
  br i1 %c, label %h2, label %out2

out2:
  ret void
}

define void @no_loops() {
  ret void
}

!1 = distinct !{}
!2 = distinct !{!2, !3}
!3 = !{!"llvm.loop.parallel_accesses", !1}
!4 = distinct !{!4}
"""


def test_the_loop_info_api():
    m = irpass.parse(HAND)
    am = AnalysisManager(m)
    fn = m.get_function("nest")
    info = am.get("loops", fn)
    b = {blk.name: blk for blk in fn.blocks}
    (outer,) = info
    (inner,) = outer.sub_loops
    assert info.top_level == [outer] and info.loops_in_preorder() == [outer, inner]
    assert info.loop_for(b["inner"]) is inner and info.loop_for(b["latch"]) is outer
    assert info.loop_for(b["inner"].instructions[0]) is inner  # an instruction's block
    assert info.loop_for(b["exit"]) is None and info.depth(b["exit"]) == 0
    assert [info.depth(b[n]) for n in ("outer", "inner", "latch")] == [1, 2, 1]
    assert info.is_header(b["inner"]) and not info.is_header(b["latch"])
    assert (inner.parent, outer.parent, inner.depth, inner.outermost) == (outer, None, 2, outer)
    assert inner in outer and b["inner"] in outer and b["exit"] not in outer
    assert b["inner"].instructions[0] in inner and len(outer) == 3
    assert outer.blocks == [b["outer"], b["inner"], b["latch"]]
    assert outer.latch is b["latch"] and outer.is_latch(b["latch"])
    assert outer.exiting_blocks == [b["latch"]] and outer.exiting_block is b["latch"]
    assert outer.exit_blocks == [b["exit"]] and outer.exit_block is b["exit"]
    assert outer.exit_edges == [(b["latch"], b["exit"])]
    assert outer.preheader is b["entry"] and outer.predecessor is b["entry"]
    assert inner.preheader is b["outer"]
    assert inner.exit_blocks == [b["latch"]] and inner.is_exiting(b["inner"])
    assert (inner.loop_id, outer.loop_id) == (2, 4)
    assert inner.is_annotated_parallel and not outer.is_annotated_parallel
    assert str(inner) == "Parallel Loop at depth 2 containing: %inner<header><latch><exiting>"
    assert repr(inner) == "<Loop <BasicBlock inner> depth 2, 1 blocks>"

    twice = m.get_function("entered_twice")
    b = {blk.name: blk for blk in twice.blocks}
    h_loop, h2_loop = am.get("loops", twice).loops_in_preorder()
    assert h_loop.predecessor is None and h_loop.preheader is None  # from a and b
    # one block outside, but it branches twice to the header: no preheader either
    assert h2_loop.predecessor is b["out"] and h2_loop.preheader is None
    assert str(am.get("loops", m.get_function("no_loops"))) == ""
    assert list(am.get("loops", m.get_function("no_loops"))) == []


def test_a_callbr_block_is_no_preheader():
    """A block ending in ``callbr`` (or ``invoke``) cannot take hoisted code."""
    m = irpass.parse("""\
define void @f(i1 %c) {
entry:
  callbr void asm "", ""() to label %h []

h:
  br i1 %c, label %h, label %out

out:
  ret void
}
""")
    (loop,) = AnalysisManager(m).get("loops", m.get_function("f"))
    assert loop.predecessor is m.get_function("f").blocks[0] and loop.preheader is None


def test_the_hand_written_loops_match_opt():
    functions, loops = check_loops_against_opt(HAND)
    assert (functions, loops) == (3, 4)


def test_loops_follow_edits_once_invalidated():
    """The result is cached; a pass that changes the CFG and does not preserve ``loops``
    gets a new one, which sees the change."""
    from irpass.ir.builder import IRBuilder

    m = irpass.parse(HAND)
    fn = m.get_function("nest")
    am = AnalysisManager(m)
    before = am.get("loops", fn)
    assert am.get("loops", fn) is before
    latch = fn.blocks[3]
    latch.terminator.erase()
    IRBuilder.at_end(latch).br(fn.blocks[4])  # no back edge to %outer any more
    am.invalidate(fn, frozenset())
    after = am.get("loops", fn)
    assert after is not before and [lp.header.name for lp in after] == ["inner"]
