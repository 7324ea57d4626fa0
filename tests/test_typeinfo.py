"""The typeinfo pass on the sample programs, compiled here by clang-19 and rustc; and, when an
Enzyme plugin is found, the derivatives they lead to."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, needs_tool

import irpass
from irpass.enzyme.types.pointers import offset_pointer, pointee, pointer_to, spread
from irpass.enzyme.types.typetree import TypeTree
from irpass.llvm.llvmlite_check import verify

SAMPLES = ROOT / "samples"


def compile_sample(tmp: Path, name: str, opt: str = "-O1") -> Path:
    src = SAMPLES / name
    out = tmp / (src.stem + ".ll")
    if src.suffix == ".rs":
        if shutil.which("rustc") is None:
            pytest.skip("rustc is not installed")
        cmd = ["rustc", "--crate-type=lib", "--emit=llvm-ir", "-C", "panic=abort", "-C",
               "opt-level=1", "-g", str(src), "-o", str(out)]
    else:
        cc = needs_tool("clang++" if src.suffix == ".cpp" else "clang", 19)
        cmd = [cc, opt, "-g", "-S", "-emit-llvm", str(src), "-o", str(out)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    return out


def run_irpass(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "irpass", *args], capture_output=True,
                          text=True, timeout=600, env=env)


def typeinfo(path: Path) -> tuple[str, str]:
    r = run_irpass("run", "--passes", "typeinfo", str(path))
    assert r.returncode == 0, r.stderr
    return r.stdout, r.stderr


def attr_trees(line: str) -> list[TypeTree]:
    return [TypeTree.parse(t) for t in re.findall(r'"enzyme_type"="([^"]*)"', line)]


P_ELEMENT = ([(0 + i, "Integer") for i in range(8)] + [(8, "Float@double"), (16, "Float@float")]
             + [(20 + i, "Integer") for i in range(4)])  # struct P { long n; double x; float y; int tag; }


def p_array(count: int) -> TypeTree:
    entries = {(-1,): "Pointer"}
    for k in range(count):
        for off, ty in P_ELEMENT:
            entries[(-1, 24 * k + off)] = ty
    return TypeTree(entries)


# ---- helpers on trees ---------------------------------------------------------------------
def test_offset_pointer_moves_into_a_struct():
    p = p_array(1)
    x = offset_pointer(p, 8)
    assert x.lookup((-1, 0)) == "Float@double"
    assert x.lookup((-1, 8)) == "Float@float"
    assert x.lookup((-1, 12)) == "Integer"
    # An unknown offset keeps only what holds at every offset.
    assert offset_pointer(p, None) == TypeTree({(-1,): "Pointer"})


def test_spread_repeats_an_element_over_the_copied_length():
    one = pointee(p_array(1))
    assert pointer_to(spread(one, 24, 96)) == p_array(4)
    assert spread(one, 24, 100) is None  # not a whole number of elements: say nothing
    assert spread(one, 24, None) is None  # mixed memory, unknown length: say nothing
    uniform = TypeTree({(-1,): "Float@double"})
    assert spread(uniform, 8, None) == uniform
    assert spread(one, 24, 12) == TypeTree({(o,): t for o, t in P_ELEMENT if o < 12})
    # Two doubles at 0 and 8 repeat over a copy of a {double, double} array, but not over
    # 32 bytes of a record they are only the first half of (what checks left of a Rust
    # struct whose integers were dropped): nothing says bytes 16-31 are doubles.
    pair = TypeTree({(0,): "Float@double", (8,): "Float@double"})
    assert spread(pair, 16, 48) == TypeTree({(k,): "Float@double" for k in range(0, 48, 8)})
    assert spread(pair, None, 32) is None
    assert spread(pair, 32, 32) is None
    # ... but a copy of just those 16 bytes (SROA's piece of the record) is two doubles.
    assert spread(pair, 32, 16) == pair
    # A field's address (no object size known): the copy's bytes as the tree gives them.
    field = TypeTree({(0,): "Float@float", (4,): "Integer", (12,): "Float@double"})
    assert spread(field, None, 12) == TypeTree({(0,): "Float@float", (4,): "Integer"})


# ---- the pass on the samples -----------------------------------------------------------------
def test_copy_c_gets_the_whole_array_described(tmp_path):
    ll = compile_sample(tmp_path, "copy.c")
    out, err = typeinfo(ll)
    assert verify(out) is None
    subprocess.run([needs_tool("llvm-as", 19), "-", "-o", "/dev/null"], input=out.encode(),
                   check=True, timeout=60)
    memcpy = [ln for ln in out.splitlines() if "call void @llvm.memcpy" in ln
              and " 96, i1 false" in ln and "@__const" not in ln]
    assert len(memcpy) == 1
    trees = attr_trees(memcpy[0])
    # destination, source (4 struct P = 96 bytes), and the length
    assert trees == [p_array(4), p_array(4), TypeTree({(-1,): "Integer"})]
    energy = next(ln for ln in out.splitlines() if ln.startswith("define") and "@energy(" in ln)
    assert p_array(1) in attr_trees(energy)


def test_lambda_environment_is_marked_const(tmp_path):
    ll = compile_sample(tmp_path, "lambda.cpp")
    before = ll.read_text()
    out, err = typeinfo(ll)
    assert verify(out) is None
    call = next(ln for ln in out.splitlines() if "@__enzyme_autodiff(" in ln and "call" in ln)
    assert call.count('metadata !"enzyme_const"') == 1
    assert 'metadata !"enzyme_const"' not in before
    # The environment holds doubles: the user is told their derivatives are dropped.
    assert "warning" in err and "scale" in err


def test_rust_closure_and_copy(tmp_path):
    ll = compile_sample(tmp_path, "closure.rs")
    out, err = typeinfo(ll)
    assert verify(out) is None
    calls = [ln for ln in out.splitlines() if "@__enzyme_autodiff(" in ln and " call " in ln]
    assert sum('metadata !"enzyme_const"' in c for c in calls) == 1
    copy = [ln for ln in out.splitlines() if "@llvm.memcpy" in ln and " 24, i1 false" in ln]
    assert copy and all(p_array(1) in attr_trees(ln) for ln in copy)


def test_running_twice_changes_nothing_more(tmp_path):
    ll = compile_sample(tmp_path, "lambda.cpp")
    once, _ = typeinfo(ll)
    again_in = tmp_path / "once.ll"
    again_in.write_text(once)
    twice, _ = typeinfo(again_in)
    assert twice == once


DYNAMIC_COPY = r"""
#include <string.h>
extern double __enzyme_autodiff(void *, ...);
extern int enzyme_dup;
struct P { long n; double x; float y; int tag; };
struct Box { struct P items[4]; int count; };
__attribute__((noinline)) static void save(void *dst, const void *src, size_t n) { memcpy(dst, src, n); }
__attribute__((noinline)) static double total(const struct Box *b) {
  double s = 0; for (int i = 0; i < b->count; i++) s += b->items[i].x * b->items[i].x; return s; }
double energy(struct Box *in) { struct Box tmp; save(&tmp, in, sizeof tmp); return total(&tmp); }
double run(struct Box *b, struct Box *db) { return __enzyme_autodiff((void *)energy, enzyme_dup, b, db); }
"""


def test_non_constant_copy_of_mixed_memory_is_left_to_enzyme(tmp_path):
    """Enzyme types a copy of a non-constant length by its first byte: a tree for the mixed
    struct would turn its refusal into a wrong (zero) derivative, so irpass adds none."""
    src = tmp_path / "dyn.c"
    src.write_text(DYNAMIC_COPY)
    ll = tmp_path / "dyn.ll"
    subprocess.run([needs_tool("clang", 19), "-O0", "-g", "-S", "-emit-llvm", str(src), "-o",
                    str(ll)], check=True, capture_output=True, timeout=120)
    out, err = typeinfo(ll)
    assert '"enzyme_type"' not in out and "!enzyme_type" not in out
    assert "not constant" in err


def test_library_use_matches_the_command(tmp_path):
    ll = compile_sample(tmp_path, "copy.c")
    from irpass.passes.manager import PassManager

    module = irpass.parse_file(ll)
    PassManager.from_pipeline("typeinfo").run(module)
    assert irpass.print_module(module) == typeinfo(ll)[0]


# ---- with Enzyme -----------------------------------------------------------------------------
def plugin_env() -> dict:
    from irpass.enzyme.run.plugin import find_plugin
    from irpass.passes.base import PassError

    try:
        found = find_plugin()
    except PassError as e:
        pytest.skip(f"no Enzyme plugin: {e}")
    return {**os.environ, "ENZYME_PLUGIN": str(found.path)}


@pytest.mark.parametrize("name", ["copy.c", "lambda.cpp", "closure.rs"])
def test_sample_derivatives_match_analytic_values(tmp_path, name):
    env = plugin_env()
    ll = compile_sample(tmp_path, name)
    grad = tmp_path / "grad.ll"
    r = run_irpass("run", "--passes", "typeinfo,enzyme", str(ll), "-o", str(grad), env=env)
    assert r.returncode == 0, r.stderr
    exe = tmp_path / "prog"
    if name.endswith(".rs"):
        cmd = [needs_tool("clang", 19), str(grad), str(SAMPLES / "main.c"), "-o", str(exe), "-lm"]
    else:
        cc = needs_tool("clang++" if name.endswith(".cpp") else "clang", 19)
        cmd = [cc, str(grad), "-o", str(exe), "-lm"]
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    run = subprocess.run([str(exe)], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stdout  # each sample checks itself against the analytic values
    assert "analytic" in run.stdout


@pytest.mark.parametrize("name", ["lambda.cpp", "closure.rs"])
def test_enzyme_alone_rejects_the_closures(tmp_path, name):
    """Without typeinfo the same programs fail: what makes them work is irpass's marker."""
    env = plugin_env()
    ll = compile_sample(tmp_path, name)
    r = run_irpass("run", "--passes", "enzyme", str(ll), "-o", str(tmp_path / "x.ll"), env=env)
    assert r.returncode == 1
    assert "Cannot cast __enzyme_autodiff shadow argument" in r.stderr
    assert not (tmp_path / "x.ll").exists()


def test_non_constant_copy_never_gives_a_wrong_derivative(tmp_path):
    env = plugin_env()
    src = tmp_path / "dyn.c"
    src.write_text(DYNAMIC_COPY)
    ll = tmp_path / "dyn.ll"
    subprocess.run([needs_tool("clang", 19), "-O0", "-g", "-S", "-emit-llvm", str(src), "-o",
                    str(ll)], check=True, capture_output=True, timeout=120)
    r = run_irpass("run", "--passes", "typeinfo,enzyme", str(ll), "-o", str(tmp_path / "g.ll"),
                   env=env)
    assert r.returncode == 1 and "Cannot deduce type of copy" in r.stderr
