"""Passes of one's own in the command: ``--load FILE.py|MODULE``, the ``irpass.passes``
entry points of installed packages, the sample plugin (``samples/passes.py``), a failing pass
reported with its place in the user's file, and the output verified before it is written."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import textwrap

import pytest
from conftest import ROOT, clang, needs_tool

import irpass
from irpass.passes.analysis import AnalysisManager
from irpass.passes.manager import PassManager

SAMPLE = ROOT / "samples" / "passes.py"
PROGRAM = r"""
#include <stdio.h>
__attribute__((noinline)) double half(double x) { return x / 2.0 + x / 3.0; }
int main(int argc, char **argv) { printf("%.17g\n", half(argc + 0.1)); return 0; }
"""


def irpass_cmd(*args: str, cwd=None, env_path: str | None = None
               ) -> subprocess.CompletedProcess:
    """The command, run from this checkout (``PYTHONPATH`` adds ``env_path``, e.g. a
    directory holding an installed distribution)."""
    path = str(ROOT) + (":" + env_path if env_path else "")
    return subprocess.run([sys.executable, "-m", "irpass", *args], capture_output=True,
                          text=True, timeout=300, cwd=cwd,
                          env={**os.environ, "PYTHONPATH": path})


def write(path, text: str):
    path.write_text(textwrap.dedent(text))
    return path


@pytest.fixture(scope="module")
def program(tmp_path_factory):
    path = tmp_path_factory.mktemp("prog") / "half.ll"
    path.write_text(clang(PROGRAM, "-O0", "-g"))
    return path


def load_sample():
    """samples/passes.py imported as a module, as a library user would."""
    if "sample_passes" not in sys.modules:
        spec = importlib.util.spec_from_file_location("sample_passes", SAMPLE)
        module = importlib.util.module_from_spec(spec)
        sys.modules["sample_passes"] = module  # dataclasses look their module up
        spec.loader.exec_module(module)
    return sys.modules["sample_passes"]


def lli(path) -> str:
    tool = needs_tool("lli", 22)
    return subprocess.run([tool, str(path)], capture_output=True, text=True, timeout=120,
                          check=True).stdout


# ---- loading ------------------------------------------------------------------------------
def test_load_a_file_in_run_and_list(program, tmp_path):
    r = irpass_cmd("list", "--load", str(SAMPLE))
    assert r.returncode == 0, r.stderr
    assert f"[from {SAMPLE}]" in r.stdout and "exact-div" in r.stdout
    assert "dce " in r.stdout and "[from irpass" not in r.stdout  # irpass's own: no origin
    out = tmp_path / "out.ll"
    r = irpass_cmd("run", "--load", str(SAMPLE), "--passes", "count-flops,exact-div",
                   str(program), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert "half: fadd=1 fdiv=2" in r.stderr  # count-flops' table
    text = out.read_text()
    assert "fmul double" in text and text.count("= fdiv") == 1  # x / 3.0 stays
    assert lli(out) == lli(program)  # the same result, bit for bit


def test_load_a_module_and_several(tmp_path, program):
    pkg = tmp_path / "mypasses"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    write(pkg / "noop.py", '''
        from dataclasses import dataclass
        from irpass.passes.base import ALL, ModulePass

        @dataclass(frozen=True)
        class Noop(ModulePass):
            """Do nothing (reads nothing, writes nothing)."""
            name = "noop"
            preserves = ALL
            def apply(self, module, am):
                return False
        ''')
    r = irpass_cmd("run", "--load", "mypasses.noop", "--load", str(SAMPLE), "--passes",
                   "noop,exact-div", str(program), env_path=str(tmp_path))
    assert r.returncode == 0, r.stderr
    assert "fmul double" in r.stdout
    r = irpass_cmd("list", "--load", "mypasses.noop", env_path=str(tmp_path))
    assert "noop" in r.stdout and "[from mypasses.noop]" in r.stdout
    r = irpass_cmd("list", "--load", "mypasses.nothere", env_path=str(tmp_path))
    assert r.returncode == 1 and "--load mypasses.nothere: no module named" in r.stderr
    r = irpass_cmd("list", "--load", str(tmp_path / "missing.py"))
    assert r.returncode == 1 and "no such file" in r.stderr


def test_entry_point_of_an_installed_distribution(tmp_path, program):
    """A distribution installed in a directory on the path (its .dist-info says where the
    passes are), as pip would install one."""
    site = tmp_path / "site"
    site.mkdir()
    write(site / "flopplug.py", '''
        from dataclasses import dataclass
        from irpass.passes.base import ALL, ModulePass

        @dataclass(frozen=True)
        class Flops(ModulePass):
            """Print how many fmul the module has (reads instructions, writes nothing)."""
            name = "how-many-fmul"
            preserves = ALL
            def apply(self, module, am):
                import sys
                n = sum(i.opcode == "fmul" for f in module.functions
                        for i in f.instructions())
                sys.stderr.write(f"fmul: {n}\\n")
                return False
        ''')
    info = site / "flopplug-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: flopplug\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[irpass.passes]\nflops = flopplug\n")
    (info / "RECORD").write_text("")
    r = irpass_cmd("list", env_path=str(site))
    assert r.returncode == 0, r.stderr
    assert "how-many-fmul" in r.stdout and "entry point 'flops'" in r.stdout
    r = irpass_cmd("run", "--load", str(SAMPLE), "--passes", "exact-div,how-many-fmul",
                   str(program), env_path=str(site))
    assert r.returncode == 0, r.stderr
    assert "fmul: 1" in r.stderr


def test_a_name_cannot_be_taken_twice(tmp_path):
    plug = write(tmp_path / "clash.py", '''
        from dataclasses import dataclass
        from irpass.passes.base import FunctionPass

        @dataclass(frozen=True)
        class MyDce(FunctionPass):
            """Not irpass's dce."""
            name = "dce"
            def apply_function(self, fn, am):
                return False
        ''')
    r = irpass_cmd("list", "--load", str(plug))
    assert r.returncode == 1
    assert "pass 'dce' of " in r.stderr and "clashes with the pass of that name" in r.stderr


def test_a_plugin_that_does_not_import(tmp_path):
    plug = write(tmp_path / "broken.py", "import math\nx = math.nope\n")
    r = irpass_cmd("list", "--load", str(plug))
    assert r.returncode == 1
    assert f"--load {plug}: AttributeError" in r.stderr and f"({plug}:2)" in r.stderr
    assert "Traceback" not in r.stderr and "--traceback" in r.stderr
    r = irpass_cmd("list", "--load", str(plug), "--traceback")
    assert "Traceback (most recent call last)" in r.stderr


# ---- a pass that fails, a pass that breaks the module --------------------------------------
BAD_PASSES = '''
from dataclasses import dataclass
from irpass.ir.builder import IRBuilder
from irpass.passes.base import FunctionPass


@dataclass(frozen=True)
class Crash(FunctionPass):
    """Divide by zero (a bug)."""
    name = "crash"

    def apply_function(self, fn, am):
        return 1 / 0


@dataclass(frozen=True)
class Misuse(FunctionPass):
    """Ask the builder for something invalid."""
    name = "misuse"

    def apply_function(self, fn, am):
        first = fn.blocks[0].instructions[0]
        IRBuilder.at(first).binop("add", fn.args[0], fn.args[0])
        return True


@dataclass(frozen=True)
class Hoist(FunctionPass):
    """Move each fadd to the top of its function, above what it uses (LLVM: "Instruction
    does not dominate all uses!"; irpass's own checks do not see dominance)."""
    name = "hoist"

    def apply_function(self, fn, am):
        adds = [i for i in fn.instructions() if i.opcode == "fadd"]
        for inst in adds:
            inst.move_before(fn.blocks[0].instructions[0])
        return bool(adds)


@dataclass(frozen=True)
class Lie(FunctionPass):
    """Break the module but say nothing changed: the model saw the edits, so it is checked."""
    name = "lie"

    def apply_function(self, fn, am):
        adds = [i for i in fn.instructions() if i.opcode == "fadd"]
        for inst in adds:
            inst.move_before(fn.blocks[0].instructions[0])
        return False
'''


def line_of(path, text: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if text in line)


@pytest.fixture
def bad(tmp_path):
    return write(tmp_path / "bad.py", BAD_PASSES)


def test_a_failing_pass_is_named_and_located(bad, program, tmp_path):
    out = tmp_path / "out.ll"
    r = irpass_cmd("run", "--load", str(bad), "--passes", "crash", str(program), "-o", str(out))
    assert r.returncode == 1 and not out.exists()
    assert "irpass: error: pass 'crash' failed: ZeroDivisionError: division by zero" in r.stderr
    assert f"{bad}:{line_of(bad, 'return 1 / 0')}: in apply_function" in r.stderr
    assert "    return 1 / 0" in r.stderr
    assert "internal error" not in r.stderr and "Traceback" not in r.stderr
    r = irpass_cmd("run", "--load", str(bad), "--passes", "crash", "--traceback", str(program))
    assert "Traceback (most recent call last)" in r.stderr and "ZeroDivisionError" in r.stderr
    r = irpass_cmd("run", "--load", str(bad), "--passes", "misuse", str(program))
    assert "pass 'misuse' failed: InvalidEdit: invalid operand type for instruction" in r.stderr
    # the user's line, not the builder's
    assert f"{bad}:{line_of(bad, 'binop(')}: in apply_function" in r.stderr


def test_a_broken_module_is_not_written(bad, program, tmp_path):
    out = tmp_path / "out.ll"
    out.write_text("precious\n")
    r = irpass_cmd("run", "--load", str(bad), "--passes", "hoist", str(program), "-o", str(out))
    assert r.returncode == 1 and out.read_text() == "precious\n"
    assert "pass 'hoist' broke the module (irpass's verifier)" in r.stderr
    assert "Instruction does not dominate all uses!" in r.stderr
    # several passes: which one, with --verify-each
    r = irpass_cmd("run", "--load", str(bad), "--load", str(SAMPLE), "--passes",
                   "hoist,exact-div", str(program))
    assert "passes 'hoist', 'exact-div' (run with --verify-each" in r.stderr
    r = irpass_cmd("run", "--load", str(bad), "--load", str(SAMPLE), "--passes",
                   "exact-div,hoist,count-flops", "--verify-each", str(program))
    assert r.returncode == 1 and "pass 'hoist' broke the module" in r.stderr
    # --no-verify writes it anyway, as opt -disable-verify would
    r = irpass_cmd("run", "--load", str(bad), "--passes", "hoist", "--no-verify",
                   str(program), "-o", str(out))
    assert r.returncode == 0 and "fadd" in out.read_text()


def test_verification_follows_what_changed(program):
    """No pass changed the module: nothing is verified and LLVM is not even imported; a pass
    that changed one function has that function checked (and the others printed as
    declarations for LLVM); a pass that vouches for its output needs no check."""
    probe = textwrap.dedent(f'''
        import sys
        from irpass.cli import main
        code = main(["run", "--load", {str(SAMPLE)!r}, "--passes", sys.argv[1], {str(program)!r},
                     "-o", "/dev/null"])
        print(code, "llvmlite" in sys.modules)
        ''')
    for pipeline, llvm in (("count-flops", False), ("exact-div", True),
                           ("exact-div,verify", True), ("count-flops,strip-debug", True)):
        r = subprocess.run([sys.executable, "-c", probe, pipeline], capture_output=True,
                           text=True, timeout=300,
                           env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert r.stdout.split() == ["0", str(llvm)], (pipeline, r.stderr)
    sample = load_sample()
    m = irpass.parse(program.read_text(), lazy=True)
    pm = PassManager.of(sample.ExactDiv())
    pm.run(m)
    pending = pm.verification.pending
    assert pending is not None and [f.name for f in pending.scope(m)] == ["half"]
    pm.verify(m)
    assert pm.verification.pending is None and pm.verification.checked == 1


def test_a_lying_pass_is_verified(bad, program, tmp_path):
    """A pass that edits and returns False: the model counted the edits, so what it edited
    is verified anyway (LLVM's verifier: the moved fadds no longer dominate their uses),
    and nothing is written."""
    out = tmp_path / "out.ll"
    r = irpass_cmd("run", "--load", str(bad), "--passes", "lie", str(program), "-o", str(out))
    assert r.returncode != 0 and not out.exists()
    assert "pass 'lie' broke the module" in r.stderr
    assert "does not dominate all uses" in r.stderr


# ---- the sample plugin as a library -------------------------------------------------------
def test_sample_plugin_as_a_library(program, tmp_path):
    sample = load_sample()
    m = irpass.parse(program.read_text())
    changed = sample.ExactDiv().apply(m, AnalysisManager(m))
    assert changed
    half = m.get_function("half")
    ops = [i for i in half.instructions() if i.opcode in ("fmul", "fdiv")]
    assert [str(i).split(",")[0] for i in ops][:1] == ["%4 = fmul double %3"]
    assert ops[0].get_metadata("dbg") is not None  # the debug location went along
    out = tmp_path / "lib.ll"
    out.write_text(irpass.print_module(m))
    assert lli(out) == lli(program)
    # and the script form of the sample: the same bytes as the command
    r = subprocess.run([sys.executable, str(SAMPLE), str(program), str(tmp_path / "s.ll")],
                       capture_output=True, text=True, timeout=300,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 0, r.stderr
    c = irpass_cmd("run", "--load", str(SAMPLE), "--passes", "count-flops,exact-div",
                   str(program))
    assert (tmp_path / "s.ll").read_text() == c.stdout


def test_cfg_dot_into_a_directory_that_cannot_be_made(program, tmp_path):
    r = irpass_cmd("run", "--passes", "cfg-dot(dir=/proc/irpass-no-such-dir)", str(program),
                   "-o", str(tmp_path / "out.ll"))
    assert r.returncode == 1
    assert r.stderr.startswith("irpass: error: cfg-dot: cannot write /proc/irpass-no-such-dir")
    assert "internal error" not in r.stderr and not (tmp_path / "out.ll").exists()
