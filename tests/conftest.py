"""Shared fixtures: the corpus, and LLVM's tools when they are installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "ll"


def corpus_files() -> list[Path]:
    return sorted(CORPUS.rglob("*.ll"))


def llvm_tool(name: str, version: int) -> str | None:
    return shutil.which(f"{name}-{version}") or (
        f"/usr/lib/llvm-{version}/bin/{name}"
        if Path(f"/usr/lib/llvm-{version}/bin/{name}").exists() else None)


def needs_tool(name: str, version: int) -> str:
    tool = llvm_tool(name, version)
    if tool is None:
        pytest.skip(f"{name}-{version} is not installed (apt-get install llvm-{version})")
    return tool


def llvm_normal_form(text: str, version: int) -> str:
    """What llvm-as-N + llvm-dis-N make of ``text`` (raises CalledProcessError if rejected)."""
    as_ = needs_tool("llvm-as", version)
    dis = needs_tool("llvm-dis", version)
    bc = subprocess.run([as_, "-", "-o", "-"], input=text.encode("utf-8", "surrogateescape"),
                        capture_output=True, check=True, timeout=120).stdout
    out = subprocess.run([dis, "-", "-o", "-"], input=bc, capture_output=True, check=True,
                         timeout=120).stdout.decode("utf-8", "surrogateescape")
    return out.split("\n", 1)[1]  # drop "; ModuleID = '<stdin>'"


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8", "surrogateescape")


def clang(source: str, *flags: str, version: int = 22) -> str:
    """LLVM IR that clang-<version> makes from C ``source``."""
    cc = needs_tool("clang", version)
    r = subprocess.run([cc, "-x", "c", "-S", "-emit-llvm", "-o", "-", "-", *flags],
                       input=source.encode(), capture_output=True, timeout=120)
    assert r.returncode == 0, r.stderr.decode()
    return r.stdout.decode()


def enzyme_plugin() -> str:
    """The path of an Enzyme plugin for LLVM 19 (``ENZYME_PLUGIN``, then the usual places);
    skips the test when there is none."""
    from irpass.enzyme.plugin import find_plugin
    from irpass.passes.base import PassError

    try:
        found = find_plugin(llvm=19)
    except PassError as e:
        pytest.skip(f"no Enzyme plugin for LLVM 19 (set ENZYME_PLUGIN): {e}")
    return str(found.path)
