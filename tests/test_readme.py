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


def test_samples_makefile_without_a_usable_rustc(tmp_path):
    """No rustc (or one too old for irpass): the Makefile says so and goes on with the C and
    C++ samples (exit 0), as on a machine where .ci/setup could not install one."""
    needs_tool("clang", 19)
    if shutil.which("make") is None:
        pytest.skip("make is needed for the samples")
    env = {**os.environ, "ENZYME_PLUGIN": "", "PYTHONPATH": str(ROOT)}
    old = tmp_path / "rustc"  # a rustc that reports Debian 12's own rustc package's LLVM
    old.write_text("#!/bin/sh\necho 'rustc 1.63.0'; echo 'LLVM version: 14.0.6'\n")
    old.chmod(0o755)
    for rustc, why in (("/nonexistent/rustc", "not found"),
                       (str(old), "LLVM 14 is older than 15")):
        out = tmp_path / f"out-{len(why)}"
        r = subprocess.run(["make", "-C", str(ROOT / "samples"), f"OUT={out}", "PLUGIN=",
                            f"RUSTC={rustc}", f"IRPASS={sys.executable} -m irpass",
                            f"PYTHON={sys.executable}", "all"],
                           capture_output=True, text=True, timeout=900, env=env)
        assert r.returncode == 0, r.stdout + r.stderr
        assert f"No usable rustc ({rustc}: {why})" in r.stdout
        assert "the C and C++ samples go on" in r.stdout
        assert (out / "copy.typed.ll").exists() and (out / "lambda.typed.ll").exists()
        assert not (out / "closure.ll").exists()


def rust_example() -> tuple[dict[str, str], list[str]]:
    """The README's Rust example: its files (by the name their first line gives) and the
    commands of the shell block that builds them."""
    text = (ROOT / "README.md").read_text()
    files = {}
    for block in re.findall(r"```rust\n(.*?)```", text, re.S):
        m = re.match(r"// (\w+\.rs):", block)
        if m:
            files[m.group(1)] = block
    shell = next(b for b in re.findall(r"```sh\n(.*?)```", text, re.S)
                 if "rust-std,typeinfo,enzyme" in b and "prog.rs" in b)
    return files, [ln for ln in shell.splitlines() if ln.strip()]


def test_rust_example_runs(tmp_path):
    """The README's Rust example, built by its own commands (irpass: this checkout's), prints
    the derivatives its comment says."""
    from conftest import enzyme_plugin

    needs_tool("clang", 19)
    if shutil.which("rustc") is None:
        pytest.skip("rustc is needed for the Rust example")
    plugin = enzyme_plugin()
    files, commands = rust_example()
    assert set(files) == {"prog.rs", "main.rs"} and len(commands) == 4
    for name, body in files.items():
        (tmp_path / name).write_text(body)
    env = {**os.environ, "ENZYME_PLUGIN": plugin, "PYTHONPATH": str(ROOT),
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    irpass = f"{sys.executable} -m irpass"
    out = ""
    for command in commands:
        r = subprocess.run(command.replace("irpass run", f"{irpass} run"), shell=True,
                           cwd=tmp_path, capture_output=True, text=True, timeout=900, env=env)
        assert r.returncode == 0, (command, r.stdout, r.stderr)
        out = r.stdout
    want = re.search(r"// (d/dxs = .*)$", files["main.rs"], re.M).group(1)
    assert out.strip() == want
