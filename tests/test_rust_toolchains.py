"""What rust-std does for the rest of std (issue 16), and the toolchains it works with: calls of
what stays out of the derivative as Enzyme needs them, core's formatting generics renamed for
Enzyme, std's thread-locals inactive, a String's tree, the hint when a Rust module did not go
through rust-std, and rustup's and Debian's toolchains. None of this needs Enzyme; the derivatives
are in test_enzyme_e2e.py (rs_string, rs_unwind, ... and test_derivatives_with_each_toolchain).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from conftest import ROOT, llvm_tool, rust_toolchains

import irpass
from irpass.enzyme.run.handoff import NO_ESCAPING_ALLOCATION
from irpass.enzyme.run.messages import RUST_STD_HINT, rust_std_hint

E2E = ROOT / "tests" / "e2e"


def toolchain(kind: str = "") -> str:
    found = rust_toolchains()
    if kind:
        if kind not in found:
            pytest.skip(f"no {kind} rustc here (found: {found or 'none'})")
        return found[kind]
    if not found:
        pytest.skip("no rustc of LLVM 15 or newer is installed")
    return found.get("rustup") or next(iter(found.values()))


@pytest.fixture(scope="module")
def cache_root(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cache")


@cache
def compiled(name: str, opt: str, workdir: str, rc: str, panic: str = "abort") -> Path:
    out = Path(workdir) / f"{Path(name).stem}.O{opt}.{panic}.{abs(hash(rc))}.ll"
    r = subprocess.run([rc, "--crate-type=lib", "--emit=llvm-ir", "-C", f"panic={panic}",
                        "-C", f"opt-level={opt}", "-g", str(E2E / name), "-o", str(out)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return out


def rust_std(tmp_path: Path, cache_dir: Path, name: str, opt: str, rc: str = "",
             panic: str = "abort") -> str:
    rc = rc or toolchain()
    src = compiled(name, opt, str(tmp_path), rc, panic)
    out = tmp_path / f"{src.stem}.std.ll"
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_dir), "RUSTC": rc}
    r = subprocess.run([sys.executable, "-m", "irpass", "run", "--passes", "rust-std", str(src),
                        "-o", str(out)], capture_output=True, text=True, timeout=900, env=env,
                       cwd=ROOT)
    assert r.returncode == 0, r.stderr
    return out.read_text()


def llvm_accepts(text: str) -> None:
    as22 = llvm_tool("llvm-as", 22)
    if as22 is None:
        pytest.skip("llvm-as-22 is not installed")
    r = subprocess.run([as22, "-o", os.devnull], input=text, capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0, r.stderr


def calls_of(text: str, fn: str) -> list[str]:
    body = text[text.index(f"@{fn}("):]
    body = body[:body.index("\n}\n")]
    return [ln for ln in body.splitlines() if " call " in f" {ln} " or "invoke " in ln]


# ---- what stays out of the derivative ----------------------------------------------------
def test_calls_of_what_stays_out_are_nofree_and_allocate_nothing_enzyme_needs(
        tmp_path, cache_root):
    """format! in the differentiated function (rs_string at opt-level 2): the calls of
    alloc::fmt::format_inner are nofree and enzyme_no_escaping_allocation; the declaration
    is not told so (other calls of it in the module are not the derivative's)."""
    text = rust_std(tmp_path, cache_root, "rs_string.rs", "2")
    module = irpass.parse(text, "s.ll")
    inner = next(f for f in module.functions if (f.name or "").endswith("12format_inner"))
    assert "nofree" not in inner.fn_attrs and "enzyme_inactive" in inner.fn_attrs
    calls = [i for f in module.functions if f.blocks for i in f.instructions()
             if getattr(i, "called_function", None) is inner]
    assert calls
    for c in calls:
        assert "nofree" in c.fn_attrs and NO_ESCAPING_ALLOCATION in c.fn_attrs
    llvm_accepts(text)


def test_formatting_generics_get_a_name_enzyme_does_not_take_for_a_print(tmp_path, cache_root):
    """rs_string at opt-level 0 instantiates core::fmt::rt::Argument::new_display in the
    crate as _ZN4core3fmt...: its calls in the reached code name it otherwise for Enzyme
    (enzyme_math), the function keeps its symbol."""
    text = rust_std(tmp_path, cache_root, "rs_string.rs", "0")
    module = irpass.parse(text, "s.ll")
    display = [f for f in module.functions
               if (f.name or "").startswith("_ZN4core3fmt2rt8Argument11new_display")]
    assert display and all(f.blocks for f in display)
    calls = [i for f in module.functions if f.blocks for i in f.instructions()
             if getattr(i, "called_function", None) in display and i.function is not None
             and "describe" in (i.function.name or "")]
    assert calls
    for c in calls:
        assert c.fn_attrs.string_value("enzyme_math") == "irpass.rust." + c.called_function.name


# ---- the hint --------------------------------------------------------------------------------
NO_REVERSE = ("error: <unknown>:0:0: in function preprocess_f double (double): Enzyme: No "
              "reverse pass found for {name}\n")


def test_hint_names_rust_std_only_for_a_rust_module_that_missed_it(tmp_path, cache_root):
    rc = toolchain()
    src = compiled("rs_push.rs", "1", str(tmp_path), rc)
    module = irpass.parse_file(src)
    dealloc = "_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc"  # a shim, declared or not
    grow = next(f.name for f in module.functions if "grow" in (f.name or "")
                and not f.blocks)  # std's code, only declared
    assert rust_std_hint(NO_REVERSE.format(name=dealloc), module) == RUST_STD_HINT
    assert rust_std_hint(NO_REVERSE.format(name=grow), module) == RUST_STD_HINT
    assert rust_std_hint("Enzyme: Cannot deduce type of copy\n", module) is None
    # after rust-std (here, or in an earlier run whose output this is): no hint
    after = irpass.parse(rust_std(tmp_path, cache_root, "rs_push.rs", "1", rc), "p.ll")
    assert rust_std_hint(NO_REVERSE.format(name=dealloc), after) is None
    # C: no hint
    c = irpass.parse_file(ROOT / "tests" / "corpus" / "ll" / "enzyme_c.clang19.O0.ll")
    assert rust_std_hint(NO_REVERSE.format(name="_ZN3foo3barE"), c) is None


# ---- toolchains ------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["rustup", "debian"])
def test_rust_std_with_each_toolchain(kind, tmp_path, cache_root):
    """rustup's rustc (std's rlibs beside libstd-*.so, debug info under /rustc/<commit>) and
    Debian's rustc-web (rlibs only, debug info under /usr/src/rustc-<version>, Debian's
    LLVM): std's code is linked in from each one's own bitcode, internal to the module."""
    rc = toolchain(kind)
    vv = subprocess.run([rc, "-vV"], capture_output=True, text=True, timeout=60).stdout
    release = re.search(r"^release: (\S+)", vv, re.M).group(1)
    sysroot = Path(subprocess.run([rc, "--print", "sysroot"], capture_output=True, text=True,
                                  timeout=60).stdout.strip())
    libdir = sysroot / "lib" / "rustlib" / "x86_64-unknown-linux-gnu" / "lib"
    assert list(libdir.glob("libstd-*.rlib"))
    if kind == "debian":
        assert not list(libdir.glob("libstd-*.so"))
    text = rust_std(tmp_path, cache_root, "rs_push.rs", "0", rc)
    where = "/usr/src/rustc-" + release if kind == "debian" else "/rustc/"
    assert re.search(rf'directory: "{re.escape(where)}', text)
    module = irpass.parse(text, "p.ll")
    grow = next(f for f in module.functions if "11finish_grow" in (f.name or ""))
    assert grow.blocks and "internal" in grow.pre_attrs
    alloc = next(f for f in module.functions if (f.name or "").endswith("12___rust_alloc"))
    assert alloc.fn_attrs.string_value("enzyme_math") == "__rust_alloc"
    llvm_accepts(text)


def test_std_thread_locals_have_no_derivative(tmp_path, cache_root):
    """HashMap::new reads RandomState's keys through llvm.threadlocal.address of std's
    thread-local (rs_hashmap at opt-level 2): that address is marked enzyme_inactive; a
    thread-local of the crate's own would not be."""
    text = rust_std(tmp_path, cache_root, "rs_hashmap.rs", "2")
    calls = [ln for ln in text.splitlines() if "call" in ln and "@llvm.threadlocal.address" in ln]
    assert calls
    for ln in calls:
        assert "RandomState" in ln and "!enzyme_inactive !{}" in ln
    llvm_accepts(text)


def test_a_strings_tree_is_its_own(tmp_path, cache_root):
    """rs_string at opt-level 1: the alloca of `log` (a String) is described by its declare
    and by records of inlined methods whose `self` is a RawVecInner at the same address; its
    tree is the String's (buffer of bytes, length), not what both descriptions share, and the
    evidence keeps it (rustenums' identity, which Enzyme does not enter, joins nothing)."""
    rc = toolchain()
    std = tmp_path / "s.std.ll"
    std.write_text(rust_std(tmp_path, cache_root, "rs_string.rs", "1", rc))
    r = subprocess.run([sys.executable, "-m", "irpass", "run", "--passes", "typeinfo", str(std)],
                       capture_output=True, text=True, timeout=900, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    log = next(ln for ln in r.stdout.splitlines() if "%log = alloca" in ln)
    assert 'i32 8, !{!"Pointer", i32 -1, !{!"Integer"}}' in log  # the buffer's bytes
    assert 'i32 16, !{!"Integer"}' in log  # the length
