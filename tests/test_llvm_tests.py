"""irpass's reader against LLVM's on LLVM's own tests (``benchmarks/llvm_tests.py``): a file
one of LLVM 15, 16, 19, 22 reads is read and printed as the same module (``llvm-dis`` of
both), a file all of them refuse is refused with a located error and no traceback.

The committed few (``tests/llvm``, their source in its README) always; the 697 files of
``llvm/test/{Assembler,Bitcode,Feature,Verifier}`` and every 25th file of the other
directories when they can be had (``IRPASS_LLVM_TESTS=DIR``, else fetched at test time),
skipped with the reason when they cannot. LLVM 15, 19 and 22 are needed for LLVM's verdict
(LLVM 16 is used when installed).
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import llvm_tests as L  # noqa: E402

SUBSET = ROOT / "tests" / "llvm"
REQUIRED = (22, 19, 15)
SAMPLE = 25


def llvm_versions() -> tuple[int, ...]:
    found = L.installed_versions()
    for v in REQUIRED:
        if v not in found:
            pytest.skip(f"llvm-as-{v} is not installed (apt-get install llvm-{v}): LLVM's "
                        "verdict on its tests needs LLVM 15, 19 and 22")
    return found


def _subset() -> list[Path]:
    return sorted(SUBSET.rglob("*.ll"))


@pytest.mark.parametrize("path", _subset(), ids=lambda p: str(p.relative_to(SUBSET)))
def test_llvm_test_file(path):
    versions = llvm_versions()
    name = str(path.relative_to(SUBSET))
    result, _ = L.check_file(str(path), name, name.split("/")[0], versions, {})
    assert result.agree, f"{result.what} ({result.kind}): {result.detail}"


def test_subset_has_both_kinds():
    """The committed files hold valid files and files LLVM refuses at parse time."""
    kinds = {"RUN: not llvm-as" in p.read_text(errors="replace") for p in _subset()}
    assert kinds == {True, False}


@lru_cache(maxsize=1)
def _suite() -> tuple[str, list] | tuple[None, str]:
    """The results over the whole suite, or why it cannot be had."""
    root = os.environ.get("IRPASS_LLVM_TESTS")
    try:
        base = Path(root) if root else L.fetch_testdata(L.cache_dir(), list(L.CORE_DIRS),
                                                          SAMPLE)
        tests = L.test_root(base)
    except (OSError, SystemExit) as e:
        return None, (f"LLVM's tests could not be had ({e}); set IRPASS_LLVM_TESTS to a "
                      f"checkout of {L.TESTDATA_URL}")
    files = L.select(tests, list(L.CORE_DIRS), SAMPLE)
    return "ok", L.run(files, tests, os.cpu_count() or 1, None, L.installed_versions())


@pytest.mark.parametrize("group", [*L.CORE_DIRS, "sample"])
def test_llvm_test_suite(group):
    llvm_versions()
    status, results = _suite()
    if status is None:
        pytest.skip(results)
    mine = [r for r in results if r.group == group or group == "sample"
            and r.group.startswith("sample/")]
    assert mine, f"no files of {group}"
    bad = [f"{r.what} {r.path}: {r.detail.splitlines()[0] if r.detail else ''}"
           for r in mine if not r.agree]
    assert not bad, f"{len(bad)} of {len(mine)} disagree:\n" + "\n".join(bad[:40])
