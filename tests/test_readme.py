"""The README's promises: its library example runs, and its first command's make target works."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest
from conftest import CORPUS, ROOT, needs_tool


def python_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text()
    return re.findall(r"```python\n(.*?)```", text, re.S)


def test_library_example_runs(tmp_path, capsys):
    example = next(b for b in python_blocks() if "irpass.parse_file" in b)
    prog = tmp_path / "prog.ll"
    shutil.copy(CORPUS / "classes.clang22.O0.ll", prog)
    code = example.replace('"prog.ll"', repr(str(prog)))
    exec(compile(code, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert out.count(", 1.0e-12") == 2  # both double divisions of the file


def test_pass_example_registers_and_runs(tmp_path, capsys):
    example = next(b for b in python_blocks() if "class CountCalls" in b)
    namespace: dict = {}
    exec(compile(example, "README.md", "exec"), namespace)
    import irpass
    from irpass.passes.manager import PassManager

    m = irpass.parse_file(CORPUS / "enzyme_c.clang19.O0.ll")
    PassManager.from_pipeline("count-calls(min=2)").run(m)
    assert re.search(r"^main \d+$", capsys.readouterr().out, re.M)


def test_samples_makefile_without_enzyme(tmp_path):
    """`make -C samples` on a machine without Enzyme: irpass's own work, then a clear stop."""
    needs_tool("clang", 19)
    if shutil.which("make") is None or shutil.which("rustc") is None:
        pytest.skip("make and rustc are needed for the samples")
    # this checkout's irpass, wherever make runs it from
    env = {**os.environ, "ENZYME_PLUGIN": "", "PYTHONPATH": str(ROOT)}
    r = subprocess.run(["make", "-C", str(ROOT / "samples"), f"OUT={tmp_path}/out", "PLUGIN=",
                        f"IRPASS={sys.executable} -m irpass", f"PYTHON={sys.executable}", "all"],
                       capture_output=True, text=True, timeout=900, env=env)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "No Enzyme plugin found" in r.stdout
    for name in ("copy", "lambda", "closure"):
        assert (tmp_path / "out" / f"{name}.typed.ll").exists()
    assert '"enzyme_type"=' in r.stdout and 'metadata !"enzyme_const"' in r.stdout
    # the passes of one's own (samples/passes.py), from the command and as a library
    assert "count-flops" in r.stdout and "[from passes.py]" in r.stdout
    assert "exact-div: 4 fdiv before, 1 after; the output is the same" in r.stdout
