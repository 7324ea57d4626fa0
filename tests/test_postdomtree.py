"""The post-dominator tree (the ``postdomtree`` analysis) against opt-22's
``print<postdomtree>``: the parent of every block and the roots, in LLVM's order, on every
corpus file and on random CFGs (infinite loops, several exits, unreachable blocks); and the
API on hand-written functions."""

from __future__ import annotations

import pytest
from conftest import corpus_files, read
from llvm_printers import opt_stderr, postdom_by_function, random_cfg_module

import irpass
from irpass.ir.writer import namer_for
from irpass.passes.analyses.postdomtree import VIRTUAL_EXIT
from irpass.passes.analysis import AnalysisManager


def check_against_opt(text: str) -> tuple[int, int]:
    """Compare each function's tree and roots with opt's; returns (functions compared,
    functions with a root that has successors: an infinite loop's)."""
    theirs = postdom_by_function(opt_stderr(text, "print<postdomtree>", "-disable-output"))
    m = irpass.parse(text)
    am = AnalysisManager(m)
    functions = looping = 0
    for fn in m.functions:
        if not fn.blocks:
            continue
        pdt = am.get("postdomtree", fn)
        namer = namer_for(fn.blocks[0])
        parent: dict[str, str | None] = {b.ref(namer): d.ref(namer) for b, d in pdt.ipdom.items()}
        parent[VIRTUAL_EXIT.name] = None
        assert (parent, [r.ref(namer) for r in pdt.roots]) == theirs[fn.name], fn.name
        assert len(pdt.ipdom) == len(fn.blocks)  # every block, reachable or not
        functions += 1
        looping += any(r.successors for r in pdt.roots)
    return functions, looping


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_post_dominators_match_opt_on_the_corpus(path):
    functions, _ = check_against_opt(read(path))
    assert functions > 0


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_post_dominators_of_random_cfgs_match_opt(seed):
    """Roots in infinite loops are chosen as LLVM chooses them, redundant ones dropped."""
    functions, looping = check_against_opt(random_cfg_module(seed))
    assert functions == 200 and looping > 50


SOURCE = """\
define i32 @two_exits(i1 %c, i1 %d) {
entry:
  br i1 %c, label %left, label %right

left:
  br i1 %d, label %join, label %fail

right:
  br label %join

join:
  ret i32 0

fail:
  unreachable

dead:
  br label %join
}

define void @spins(i1 %c) {
entry:
  br i1 %c, label %loop, label %out

loop:
  br label %loop2

loop2:
  br label %loop

out:
  ret void
}
"""


def test_the_post_dominator_tree_api():
    m = irpass.parse(SOURCE)
    am = AnalysisManager(m)
    fn = m.get_function("two_exits")
    pdt = am.get("postdomtree", fn)
    b = {blk.name: blk for blk in fn.blocks}
    assert pdt.roots == [b["join"], b["fail"]]  # two exits: both under the virtual exit
    assert pdt.children(VIRTUAL_EXIT) == [b["entry"], b["left"], b["join"], b["fail"]]
    assert pdt.ipdom[b["entry"]] is VIRTUAL_EXIT and pdt.ipdom[b["right"]] is b["join"]
    assert pdt.immediate_post_dominator(b["join"]) is None  # a root
    assert pdt.immediate_post_dominator(b["dead"]) is b["join"]  # unreachable, still there
    assert pdt.children(b["join"]) == [b["right"], b["dead"]]
    assert pdt.dominates(b["join"], b["right"]) and not pdt.dominates(b["join"], b["left"])
    assert pdt.dominates(VIRTUAL_EXIT, b["left"]) and pdt.dominates(b["left"], b["left"])
    assert not pdt.strictly_dominates(b["left"], b["left"])
    assert pdt.nearest_common_dominator(b["right"], b["dead"]) is b["join"]
    assert pdt.nearest_common_dominator(b["left"], b["right"]) is VIRTUAL_EXIT
    assert pdt.tree.number_of_nodes() == len(fn.blocks) + 1 and b["dead"] in pdt

    spins = m.get_function("spins")
    pdt = am.get("postdomtree", spins)
    b = {blk.name: blk for blk in spins.blocks}
    # the loop reaches no exit: LLVM takes the last block a forward walk reaches as a root
    assert pdt.roots == [b["out"], b["loop2"]]
    assert pdt.immediate_post_dominator(b["loop"]) is b["loop2"]
    assert pdt.ipdom[b["entry"]] is VIRTUAL_EXIT
    assert am.get("postdomtree", spins) is pdt  # cached


def test_the_hand_written_trees_match_opt():
    assert check_against_opt(SOURCE) == (2, 1)
