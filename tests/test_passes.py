"""Pipelines, the registry, the core passes and the run instrumentation, checked against LLVM:
its verifier, and opt-22 running the same transformation where opt has one."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass

import networkx as nx
import pytest
from conftest import CORPUS, ROOT, clang, needs_tool

import irpass
from irpass import cli
from irpass.ir.instructions import Instruction
from irpass.llvm.llvmlite_check import parse_and_print, verify
from irpass.passes import registry
from irpass.passes.analysis import AnalysisManager
from irpass.passes.base import FunctionPass, ModulePass, PassError
from irpass.passes.manager import PassManager
from irpass.passes.pipeline import parse_pipeline
from irpass.passes.registry import all_passes, register

DEBUG_FILES = ["structs.clang22.O2.g.ll", "enzyme_c.clang19.O0.g.ll",
               "classes.clang22.O0.g.ll", "closures.rustc.O1.g.ll"]

DEAD_C = r"""
#include <stdio.h>
int g(int x) { return x + 1; }
int f(int a, int b) {
  a * b;                      /* loads and a mul nobody uses */
  (void)(a - b + 7);
  int kept = a + 1;           /* stored: stays */
  volatile int v = a; v;      /* a volatile load: stays */
  g(b);                       /* a call: stays */
  return kept;
}
int main(void) { printf("%d\n", f(3, 4)); return 0; }
"""



def opt(text: str, *args: str) -> str:
    tool = needs_tool("opt", 22)
    r = subprocess.run([tool, "-S", *args, "-", "-o", "-"], input=text.encode(),
                       capture_output=True, timeout=300)
    assert r.returncode == 0, r.stderr.decode()
    return r.stdout.decode()


def run_passes(text: str, pipeline: str) -> str:
    m = irpass.parse(text)
    PassManager.from_pipeline(pipeline).run(m)
    out = irpass.print_module(m)
    problem = verify(out)
    assert problem is None, problem
    return out


def bodies(text: str) -> dict[str, list[str]]:
    """LLVM's print of each function body, metadata and attribute group numbers blanked
    (two modules number those differently)."""
    out: dict[str, list[str]] = {}
    current = None
    for line in parse_and_print(text).splitlines():
        if line.startswith("define"):
            current = re.search(r"@([-\w.$]+|\"[^\"]*\")\(", line).group(1)
            out[current] = []
        elif line == "}":
            current = None
        elif current is not None and line.strip():
            out[current].append(re.sub(r"#\d+", "#N", re.sub(r"!\d+", "!N", line)))
    return out


# ---- pipelines and the registry -----------------------------------------------------------
def test_pipeline_nesting_and_options():
    steps = parse_pipeline("strip-debug,function(dce),cfg-dot(dir=out),verify")
    assert [s.name for s in steps] == ["strip-debug", "function", "cfg-dot", "verify"]
    assert [s.name for s in steps[1].steps] == ["dce"] and steps[1].pass_ is None
    assert steps[2].pass_.dir == "out"
    assert str(steps[1]) == "function(dce)"
    pm = PassManager.from_pipeline("module(strip-debug,function(dce,dce)), cfg-dot<dir=d>")
    assert [p.name for p in pm.passes] == ["strip-debug", "dce", "dce", "cfg-dot"]
    assert pm.passes[-1].dir == "d"
    assert PassManager.from_pipeline("  ").passes == []


@pytest.mark.parametrize("text, message", [
    ("no-such-pass", "unknown pass 'no-such-pass'"),
    ("function(nope)", "unknown pass 'nope'"),
    ("cfg-dot(colour=red)", "has no option 'colour'"),
    ("function(dce", "missing ')'"),
    ("dce)", "unbalanced ')'"),
    ("dce,,verify", "empty pass name"),
    ("function", "needs a nested pipeline"),
    ("function(strip-debug)", "module pass"),
    ("dce(x", "missing ')'"),
])
def test_pipeline_errors(text, message):
    with pytest.raises(PassError, match=re.escape(message)):
        parse_pipeline(text)


def test_irpass_list_shows_every_pass_with_description_and_options():
    r = subprocess.run([sys.executable, "-m", "irpass", "list"], capture_output=True,
                       cwd=ROOT, timeout=120, text=True)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    for name, cls in all_passes().items():
        row = next((line for line in lines if line.split()[:1] == [name]), None)
        assert row is not None, f"{name} missing from irpass list"
        assert cls.description() and cls.description() in row
        start = lines.index(row)
        for opt_name, type_name, _ in cls.options():
            assert any(line.strip().startswith(f"{opt_name}: {type_name}")
                       for line in lines[start + 1:start + 1 + len(cls.options())]), opt_name
    for core in ("verify", "strip-debug", "dce", "cfg-dot", "callgraph-dot"):
        assert core in all_passes()
    assert "dir: str" in r.stdout


# ---- strip-debug --------------------------------------------------------------------------
@pytest.mark.parametrize("name", DEBUG_FILES)
def test_strip_debug_matches_opt(name):
    src = (CORPUS / name).read_text()
    assert "!DI" in src
    out = run_passes(src, "strip-debug")
    assert "!DI" not in out and "#dbg_" not in out and "llvm.dbg." not in out
    assert "Debug Info Version" not in out
    assert not re.search(r"!dbg ", out)
    theirs = opt(src, "-strip-debug")
    ours, expected = bodies(out), bodies(theirs)
    assert ours.keys() == expected.keys()
    for fn, lines in expected.items():
        assert ours[fn] == lines, fn


def test_strip_debug_on_a_module_without_debug_info_changes_nothing():
    src = (CORPUS / "structs.clang22.O2.ll").read_text()
    m = irpass.parse(src)
    before = irpass.print_module(m)
    changed = PassManager.from_pipeline("strip-debug").run(m)
    assert not changed and irpass.print_module(m) == before


# ---- dce ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def dead_o0() -> str:
    # optnone would make opt skip the functions; the comparison needs opt to run on them
    return clang(DEAD_C, "-O0", "-Xclang", "-disable-O0-optnone")


def test_dce_matches_opt_dce(dead_o0):
    out = run_passes(dead_o0, "function(dce)")
    ours, theirs = bodies(out), bodies(opt(dead_o0, "-passes=dce"))
    assert ours == theirs
    before = bodies(dead_o0)["f"]
    opcodes = [line.split()[2] if " = " in line else line.split()[0] for line in ours["f"]]
    assert "mul" not in opcodes and "sub" not in opcodes
    assert len(ours["f"]) < len(before) - 5
    assert sum(line.count("store ") for line in ours["f"]) == \
        sum(line.count("store ") for line in before)
    assert any("load volatile" in line for line in ours["f"])
    assert any("call i32 @g(" in line for line in ours["f"])


def test_dce_on_debug_info_keeps_the_module_valid():
    src = clang(DEAD_C, "-O0", "-g")
    out = run_passes(src, "function(dce)")
    assert len(out.splitlines()) < len(src.splitlines())


def test_dce_reports_no_change_when_nothing_is_dead():
    m = irpass.parse((CORPUS / "structs.clang22.O2.ll").read_text())
    assert not PassManager.from_pipeline("function(dce)").run(m)


# ---- instrumentation through the command ---------------------------------------------------
def irpass_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "irpass", *args], capture_output=True,
                          cwd=ROOT, timeout=300, text=True)


@pytest.fixture()
def dead_file(tmp_path, dead_o0):
    path = tmp_path / "dead.ll"
    path.write_text(dead_o0)
    return path


def test_print_after_all(dead_file):
    r = irpass_cli("run", "--passes", "function(dce),verify", "--print-after-all",
                   str(dead_file), "-o", "/dev/null")
    assert r.returncode == 0, r.stderr
    dumps = re.split(r"^; \*\*\* IR Dump After (\S+) \*\*\*\n", r.stderr, flags=re.M)
    assert dumps[1::2] == ["dce", "verify"]
    for text in dumps[2::2]:
        assert verify(text) is None
    assert "mul nsw" in dead_file.read_text() and "mul nsw" not in dumps[2]


def test_print_changed_is_a_unified_diff(dead_file):
    r = irpass_cli("run", "--passes", "function(dce),verify", "--print-changed",
                   str(dead_file), "-o", "/dev/null")
    assert r.returncode == 0, r.stderr
    err = r.stderr
    assert "; *** IR Diff After dce ***" in err
    assert "--- before dce" in err and "+++ after dce" in err
    assert re.search(r"^-\s+%\d+ = mul nsw i32", err, re.M)
    assert "@@ " in err
    assert "; *** IR Pass verify omitted because no change ***" in err


def test_time_passes_table(dead_file):
    r = irpass_cli("run", "--passes", "strip-debug,function(dce),verify", "--time-passes",
                   str(dead_file), "-o", "/dev/null")
    assert r.returncode == 0, r.stderr
    rows = [line for line in r.stderr.splitlines() if re.search(r"\d\.\d{4}", line)]
    names = [row.split()[-1] for row in rows]
    for p in ("strip-debug", "dce", "verify", "Total"):
        assert p in names, r.stderr


@dataclass(frozen=True)
class BreakModule(FunctionPass):
    """Test only: make each function's first add/sub/mul use its own result (breaks SSA)."""

    name = "test-break-module"

    def apply_function(self, fn, am: AnalysisManager) -> bool:
        for inst in fn.instructions():
            if inst.opcode in ("add", "sub", "mul"):
                inst.set_operand(0, inst)
                return True
        return False


@pytest.fixture()
def break_pass():
    """``BreakModule`` in the registry while a test runs (the registry is process-wide)."""
    register(BreakModule)
    yield BreakModule
    registry._PASSES.pop(BreakModule.name, None)


def test_verify_each_fails_with_llvm_message(break_pass, dead_file, capsys, tmp_path):
    out = tmp_path / "out.ll"
    code = cli.main(["run", "--passes", "function(dce),test-break-module,dce", "--verify-each",
                     str(dead_file), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert "pass 'test-break-module' broke the module (irpass's verifier)" in err
    assert "Only PHI nodes may reference their own value" in err
    assert not out.exists()
    # without --verify-each, the broken module is still not written (it is verified before)
    code = cli.main(["run", "--passes", "test-break-module,dce", str(dead_file), "-o", str(out)])
    assert code == 1 and not out.exists()
    assert "passes 'test-break-module', 'dce' (run with --verify-each" in capsys.readouterr().err
    # --no-verify writes it, and LLVM rejects it
    code = cli.main(["run", "--passes", "test-break-module", "--no-verify", str(dead_file), "-o",
                     str(out)])
    assert code == 0
    assert "Only PHI nodes may reference their own value" in verify(out.read_text())


def test_verify_each_with_debug_info_does_not_abort(break_pass, tmp_path, capsys):
    """LLVM's reader runs its own verifier on modules with debug info; a broken one must come
    back as a message, not end the process."""
    path = tmp_path / "g.ll"
    path.write_text(clang(DEAD_C, "-O0", "-g"))
    code = cli.main(["run", "--passes", "test-break-module", "--verify-each", str(path)])
    assert code == 1
    assert "Only PHI nodes may reference their own value" in capsys.readouterr().err


# ---- DOT output ---------------------------------------------------------------------------
DOT_NODE = re.compile(r'^\s*("(?:[^"\\]|\\.)*")\s*(?:\[.*\])?;$')
DOT_EDGE = re.compile(r'^\s*("(?:[^"\\]|\\.)*")\s*->\s*("(?:[^"\\]|\\.)*")\s*;$')


def read_dot(text: str) -> nx.DiGraph:
    """A DOT digraph as irpass writes it (quoted ids, one statement a line)."""
    lines = text.strip().splitlines()
    assert lines[0].startswith("digraph ") and lines[0].endswith("{") and lines[-1] == "}"
    g = nx.DiGraph()
    for line in lines[1:-1]:
        if m := DOT_EDGE.match(line):
            g.add_edge(m.group(1)[1:-1], m.group(2)[1:-1])
        elif m := DOT_NODE.match(line):
            g.add_node(m.group(1)[1:-1])
        else:
            raise AssertionError(f"not a DOT statement: {line!r}")
    return g


LOOPS_C = r"""
int f(int n, int *a) {
  int s = 0;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < i; j++)
      s += a[i] * a[j];
  return s;
}
int g(int x) { switch (x) { case 1: return 5; case 2: return f(x, &x); default: return 0; } }
int main(void) { return g(1) + f(0, 0); }
"""


def opt_cfg_edges(text: str, tmp_path, fn: str) -> tuple[int, int]:
    """(blocks, distinct edges) of ``fn`` in the DOT that opt-22's dot-cfg-only writes."""
    tool = needs_tool("opt", 22)
    subprocess.run([tool, "-passes=dot-cfg-only", "-disable-output", "-"], input=text.encode(),
                   cwd=tmp_path, check=True, capture_output=True, timeout=120)
    dot = (tmp_path / f".{fn}.dot").read_text()
    nodes = set(re.findall(r"^\s*(Node0x[0-9a-f]+) \[", dot, re.M))
    edges = set(re.findall(r"^\s*(Node0x[0-9a-f]+)(?::s\d+)? -> (Node0x[0-9a-f]+)", dot, re.M))
    return len(nodes), len(edges)


def test_cfg_dot_files(tmp_path):
    src = clang(LOOPS_C, "-O1")
    out_dir = tmp_path / "dots"
    m = irpass.parse(src)
    PassManager.from_pipeline(f"cfg-dot(dir={out_dir})").run(m)
    for fn in m.functions:
        if not fn.blocks:
            continue
        g = read_dot((out_dir / f"cfg.{fn.name}.dot").read_text())
        assert g.number_of_nodes() == len(fn.blocks)
        expected = {(a, b) for a in fn.blocks for b in a.successors}
        assert g.number_of_edges() == len(expected)
        entry = next(n for n in g.nodes if g.in_degree(n) == 0 or n == "%entry")
        assert nx.descendants(g, entry) | {entry} == set(g.nodes)  # all reachable from entry
        assert (g.number_of_nodes(), g.number_of_edges()) == opt_cfg_edges(src, tmp_path,
                                                                            fn.name)
    loops = read_dot((out_dir / "cfg.f.dot").read_text())
    assert len(list(nx.simple_cycles(loops))) >= 2  # the two nested loops


def test_cfg_dot_to_stderr(capsys):
    m = irpass.parse(clang(LOOPS_C, "-O1"))
    PassManager.from_pipeline("cfg-dot").run(m)
    err = capsys.readouterr().err
    graphs = [read_dot("digraph" + part) for part in err.split("digraph")[1:]]
    assert len(graphs) == sum(1 for f in m.functions if f.blocks)


def test_callgraph_dot(tmp_path):
    m = irpass.parse(clang(LOOPS_C, "-O0"))
    PassManager.from_pipeline(f"callgraph-dot(dir={tmp_path})").run(m)
    g = read_dot((tmp_path / "callgraph.dot").read_text())
    outside = "<<external caller>>"
    assert set(g.nodes) == {"@f", "@g", "@main", outside, "<<unknown callee>>"}
    assert {e for e in g.edges if outside not in e} == {("@g", "@f"), ("@main", "@g"),
                                                        ("@main", "@f")}
    assert set(g.successors(outside)) == {"@f", "@g", "@main"}  # none of them is static


def test_a_module_pass_and_its_changes(tmp_path):
    """A pass written against the API (ModulePass) runs through the manager; what it did is
    what LLVM sees."""

    @dataclass(frozen=True)
    class NameEverything(ModulePass):
        """Test only: name every unnamed value."""

        name = "test-name-everything"

        def apply(self, module, am) -> bool:
            changed = False
            for fn in module.functions:
                for i, inst in enumerate(fn.instructions()):
                    if isinstance(inst, Instruction) and inst.name is None \
                            and not inst.type.is_void:
                        inst.name = f"v{i}"
                        changed = True
            return changed

    m = irpass.parse(clang(DEAD_C, "-O0"))
    assert NameEverything().apply(m, AnalysisManager(m))
    out = irpass.print_module(m)
    assert verify(out) is None
    assert re.search(r"%v\d+ = mul nsw i32 %v\d+, %v\d+", parse_and_print(out))


# ---- an edit is a change, whatever the pass returns (issue 17) -------------------------------
LOOPS = """\
define i32 @f(i32 %n) {
entry:
  %a = add i32 %n, 1
  %b = mul i32 %a, 2
  ret i32 %b
}

define i32 @g(i32 %n) {
entry:
  ret i32 %n
}
"""


@dataclass(frozen=True)
class SwapAndDeny(FunctionPass):
    """Moves @f's mul before the add it uses, and says it changed nothing."""

    name = "swap-and-deny"
    preserves = frozenset({"*"})

    def apply_function(self, fn, am):
        if fn.name == "f":
            add, mul = fn.blocks[0].instructions[:2]
            mul.move_before(add)  # breaks dominance: %b uses %a before it is defined
        return False


@dataclass(frozen=True)
class RetargetAndDeny(ModulePass):
    """Erases @g's ret (its block is left without a terminator), and says it changed nothing."""

    name = "retarget-and-deny"
    preserves = frozenset({"*"})

    def apply(self, module, am):
        g = module.get_function("g")
        g.blocks[0].instructions[0].erase()
        return False


@pytest.mark.parametrize("broken", [SwapAndDeny, RetargetAndDeny])
def test_an_edit_the_pass_denies_is_verified(broken):
    from irpass.passes.verification import VerificationFailed

    m = irpass.parse(LOOPS)
    pm = PassManager.of(broken())
    assert pm.run(m)  # the model saw the edit: a change
    assert [f.name for f in pm.verification.pending.scope(m)] == (
        ["f"] if broken is SwapAndDeny else ["g"])
    with pytest.raises(VerificationFailed, match=f"pass '{broken.name}' broke the module"):
        pm.verify(m)


def test_an_edit_the_pass_denies_invalidates_analyses():
    m = irpass.parse(LOOPS)
    am = AnalysisManager(m)
    f = m.get_function("f")
    cfg = am.get("cfg", f)
    SwapAndDeny().apply(m, am)
    assert am.get("cfg", f) is not cfg  # recomputed: what the pass keeps valid is unknown
    g = m.get_function("g")
    assert am.get("cfg", g) is am.get("cfg", g)


def test_reading_is_not_an_edit():
    """A pass that only parses bodies (a lazy read) and looks is no change."""
    m = irpass.parse(LOOPS, lazy=True)

    @dataclass(frozen=True)
    class Look(ModulePass):
        name = "look"
        needs = "none"

        def apply(self, module, am):
            return sum(len(f.blocks) for f in module.functions) < 0

    pm = PassManager.of(Look())
    assert not pm.run(m) and pm.verification.pending is None
