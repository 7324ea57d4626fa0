"""Enzyme's messages as irpass shows them, and trees taken back when Enzyme contradicts
them. The messages are what Enzyme (LLVMEnzyme-19) printed for programs of tests/e2e
(tests/enzyme_messages/*.stderr, cut before the first error: Enzyme prints the whole module
there); the tests that run Enzyme skip without it."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from conftest import ROOT, clang, enzyme_plugin, needs_tool

import irpass
from irpass.enzyme.run.enzyme_pass import culprits
from irpass.enzyme.run.messages import describe, read_errors
from irpass.enzyme.types.annotations import Annotation
from irpass.ir.attributes import AttributeList
from irpass.passes.manager import PassManager

MESSAGES = ROOT / "tests" / "enzyme_messages"
E2E = ROOT / "tests" / "e2e"


def stderr(name: str) -> str:
    return (MESSAGES / f"{name}.stderr").read_text()


def test_illegal_update_keeps_trees_value_and_origin() -> None:
    (err,) = read_errors(stderr("illegal_update"))
    assert (err.file, err.line, err.function) == ("tests/e2e/c_typepun.c", 36, "f")
    assert err.illegal_update
    assert err.lines[0] == ("Illegal updateAnalysis prev:{[-1]:Pointer, [-1,-1]:Integer} "
                            "new: {[-1]:Pointer, [-1,0]:Float@double}")
    assert err.lines[1].startswith("val:") and "@pack(" in err.lines[1]
    assert not any("<analysis>" in ln or "intvals" in ln or "!dbg" in ln for ln in err.lines)
    assert "{[-1]:Pointer, [-1,-1]:Integer}" in err.trees and "pack" in err.functions


def test_memtransfer_contradiction_names_both_sides() -> None:
    (err,) = read_errors(stderr("illegal_memtransfer"))
    assert err.illegal_update
    assert err.lines[0].startswith("Illegal updateMemTransfer Analysis")
    assert any("alloca i64" in ln and "{[-1]:Pointer, [-1,-1]:Integer}" in ln
               for ln in err.lines)


def test_activity_dump_and_printed_function_are_left_out() -> None:
    (err,) = read_errors(stderr("unknown_binop"))
    assert err.lines == ["cannot handle unknown binary operator:   %25 = add nsw i32 %24, 1"]


def test_other_messages() -> None:
    (copy,) = read_errors(stderr("cannot_deduce_copy"))
    assert copy.file == "<unknown>" and copy.lines[0].startswith("Cannot deduce type of copy")
    assert copy.function.startswith("_ZN7rs_copy9potential")  # "preprocess_" taken off
    assert len(copy.lines) == 1  # the analysis dump (190 lines) left out
    (cast,) = read_errors(stderr("shadow_cast"))
    assert cast.lines[0].startswith("Cannot cast __enzyme_autodiff shadow argument 2")
    (aug,) = read_errors(stderr("no_augmented"))
    assert aug.lines == ["No augmented forward pass found for mystery",
                         " at context:   %2 = tail call double @mystery(double noundef %0) #3"]


def typepun(level: str) -> tuple[str, irpass.Module]:
    """c_typepun.c by clang-19, with the debug-info trees unchecked (what Enzyme saw)."""
    text = clang((E2E / "c_typepun.c").read_text(), f"-O{level}", "-g", version=19)
    m = irpass.parse(text, "c_typepun.ll")
    PassManager.from_pipeline("typeinfo(check=false)").run(m)
    return irpass.print_module(m), m


def test_described_with_the_source_variable() -> None:
    text, m = typepun("2")
    out = describe(read_errors(stderr("illegal_update")), text, m)
    first, *rest = out.splitlines()
    assert first.startswith("tests/e2e/c_typepun.c:36:20: error: Enzyme: Illegal updateAnalysis")
    val = next(ln for ln in rest if ln.strip().startswith("val:"))
    assert val.endswith("[source variable 'cell']")
    assert any(ln.strip().startswith("origin: ") for ln in rest)
    assert rest[-1] == "  in @f"


def test_memtransfer_sides_are_named() -> None:
    text, m = typepun("0")
    out = describe(read_errors(stderr("illegal_memtransfer")), text, m)
    assert "[source variable 'word']" in out and "[source variable 'x']" in out


def test_unknown_location_falls_back_to_the_function() -> None:
    (err,) = read_errors(stderr("cannot_deduce_copy"))
    m = irpass.parse("define void @other() {\n  ret void\n}\n", "x.ll")
    assert describe([err], "", m).startswith("x.ll:0:0: error: Enzyme: Cannot deduce")


FUNCTIONS = irpass.parse("".join(f"define void @{name}() {{\n  ret void\n}}\n"
                                  for name in ("pack", "unrelated", "main", "f")))


def annotation(tree: str, function: str) -> Annotation:
    return Annotation(AttributeList([f'"enzyme_type"="{tree}"']), tree,
                      FUNCTIONS.get_function(function), "a tree")


def test_culprits_are_the_trees_the_message_prints() -> None:
    errors = read_errors(stderr("illegal_update"))
    ret = annotation("{[-1]:Pointer, [-1,-1]:Integer}", "pack")
    param = annotation("{[-1]:Integer}", "pack")
    other = annotation("{[-1]:Pointer, [-1,-1]:Integer}", "unrelated")
    elsewhere = annotation("{[-1]:Float@double}", "main")
    assert culprits(errors, [ret, param, other, elsewhere]) == [ret, param]
    # nothing printed matches: the ones in the functions named, else all of them
    assert culprits(errors, [elsewhere, annotation("{[-1]:Float@float}", "f")])[0].function \
        .name == "f"
    assert culprits(errors, [elsewhere]) == [elsewhere]


# ---- with Enzyme ----------------------------------------------------------------------------
@pytest.mark.parametrize("level", ["0", "2"])
def test_contradicted_trees_are_taken_back(tmp_path, level: str) -> None:
    """With the IR check off, the debug-info trees make Enzyme stop; the enzyme pass takes
    back the trees it points at, warns naming the variables, and the derivative is right."""
    env = {**os.environ, "ENZYME_PLUGIN": enzyme_plugin()}
    ll = tmp_path / "p.ll"
    ll.write_text(clang((E2E / "c_typepun.c").read_text(), f"-O{level}", "-g", version=19))
    out = tmp_path / "p.grad.ll"
    r = subprocess.run([sys.executable, "-m", "irpass", "run", "--passes",
                        "typeinfo(check=false),enzyme", str(ll), "-o", str(out)],
                       capture_output=True, text=True, timeout=600, env=env, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    warnings = [ln for ln in r.stderr.splitlines() if ": warning: Enzyme's type analysis" in ln]
    assert warnings and all(re.match(r"[^:]+:\d+:\d+: warning: ", ln) for ln in warnings)
    assert any("'word'" in ln or "'cell'" in ln for ln in warnings)
    exe = tmp_path / "p"
    subprocess.run([needs_tool("clang", 19), str(out), "-o", str(exe), "-lm"], check=True,
                   capture_output=True, timeout=300)
    assert subprocess.run([str(exe)], capture_output=True, timeout=60).returncode == 0


# ---- what Enzyme says when it succeeds, and when it crashes ---------------------------------
def test_warnings_are_kept_counted_and_judged() -> None:
    from irpass.enzyme.run.warnings import read_warnings

    text = ("freeing without malloc   %15 = load ptr, ptr %14, align 8, !dbg !9\n" * 3 +
            "freeing without malloc   %12 = tail call noalias ptr @malloc(i64 %11), !dbg !7\n"
            "warning: didn't implement memmove, using memcpy as fallback which can result in "
            "errors\n"
            "Warning cast(1) __enzyme_autodiff argument 2 ptr %x|ptr to argument 0 ptr\n"
            "orig: ptr\n"
            "something Enzyme never said before\n")
    found = read_warnings(text)
    assert [(w.kind.name if w.kind else None, w.count, w.unsound) for w in found] == [
        ("freeing-without-malloc", 3, False), ("unpaired-free", 1, True),
        ("memmove-as-memcpy", 1, True), ("argument-cast", 1, False), (None, 1, False)]
    assert found[0].value.startswith("%15 = load ptr")
    assert found[3].lines[1] == "orig: ptr"  # a continuation line stays with its warning


def test_crash_story_names_the_endless_recursion() -> None:
    """fft of Enzyme's benchmarks (Rust port, opt-level 1) sent Enzyme 19 into an endless
    recursion and a segmentation fault: the story says where, without 256 frames."""
    from irpass.enzyme.run.messages import crash_frames, crash_story, crashed, recursion

    text = stderr("recursion_crash")
    assert crashed(-11, text) and crashed(139, "") and not crashed(1, "error: x")
    frames = crash_frames(text, "LLVMEnzyme-19.so")
    cycle, count = recursion(frames)
    assert set(cycle) == {"DifferentialUseAnalysis::callShouldNotUseDerivative",
                          "DifferentialUseAnalysis::is_use_directly_needed_in_reverse",
                          "DifferentialUseAnalysis::is_value_needed_in_reverse"}
    assert count > 50
    story = crash_story(text, "LLVMEnzyme-19.so")
    assert story[0].startswith("Enzyme was in an endless recursion: ")
    assert len("\n".join(story)) < 2000
