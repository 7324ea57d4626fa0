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
    from irpass.enzyme.run.plugin import find_plugin
    from irpass.passes.base import PassError

    try:
        found = find_plugin(llvm=19)
    except PassError as e:
        pytest.skip(f"no Enzyme plugin for LLVM 19 (set ENZYME_PLUGIN): {e}")
    return str(found.path)


def rust_toolchains() -> dict[str, str]:
    """The Rust toolchains found here that irpass is tested with, by kind: ``rustup``
    (a rustc whose sysroot is a rustup toolchain: std as rlibs and a ``libstd-*.so``) and
    ``debian`` (Debian's ``rustc-web`` in ``/usr/bin``: std as rlibs in ``/usr/lib/rustlib``
    only, its debug info pointing at ``/usr/src/rustc-<version>``). Each kind's rustc path;
    compilers older than LLVM 15 (Debian 12's plain ``rustc`` package) are not counted."""
    import os
    import re

    out: dict[str, str] = {}
    seen: set[str] = set()
    candidates = [os.environ.get("RUSTC", ""), shutil.which("rustc") or "",
                  str(Path.home() / ".cargo" / "bin" / "rustc"), "/usr/bin/rustc"]
    for rc in candidates:
        if not rc or not Path(rc).is_file():
            continue
        try:
            vv = subprocess.run([rc, "-vV"], capture_output=True, text=True, timeout=60)
            root = subprocess.run([rc, "--print", "sysroot"], capture_output=True, text=True,
                                  timeout=60)
        except (OSError, subprocess.TimeoutExpired):
            continue
        llvm = re.search(r"^LLVM version: (\d+)", vv.stdout, re.M)
        if vv.returncode or root.returncode or llvm is None or int(llvm.group(1)) < 15 or \
                vv.stdout in seen:
            continue
        seen.add(vv.stdout)
        sysroot = root.stdout.strip()
        kind = "rustup" if "/.rustup/" in sysroot or "/rustup/" in sysroot else \
            "debian" if sysroot == "/usr" else "other"
        out.setdefault(kind, rc)
    return out
