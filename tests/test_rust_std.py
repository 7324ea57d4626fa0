"""The rust-std pass and what it stands on: Rust symbol names (checked against LLVM's own
demangler), the index of the toolchain's std bitcode (checked against llvm-nm), its cache,
the allocator and the marks, and the enum puns hidden from Enzyme's type analysis. None of
this needs Enzyme; the derivatives are in test_enzyme_e2e.py (rs_collect, rs_push, ...)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from conftest import ROOT, llvm_tool

import irpass
from irpass.enzyme.rust.rustnames import allocator_shim, item_path, why_inactive

E2E = ROOT / "tests" / "e2e"
TARGET = "x86_64-unknown-linux-gnu"

# Real symbols of rustc 1.95's std (v0) and of a crate (legacy).
PANIC_FMT = "_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt"
DEBUG_F64 = "_RNvXs6_NtNtCsgEmfK2I1SDS_4core3fmt5floatdNtB7_5Debug3fmt"
DEALLOCATE = ("_RNvMs2_NtCslNYArtu3iFV_5alloc7raw_vecNtB5_11RawVecInner10deallocate"
              "CsduwmD7cSIQq_5gimli")
DROP_FMT_CLOSURE = ("_RINvNtCsgEmfK2I1SDS_4core3ptr13drop_in_placeNCNvXs4_NtCsjrHSEGnQ3l9_3std9"
                    "backtraceNtBO_9BacktraceNtNtB4_3fmt7Display3fmt0EBQ_")
PRECONDITION = "_ZN4core3ptr19copy_nonoverlapping18precondition_check17h14a2f031bdf8f2b8E"
DEBUG_REF = "_ZN42_$LT$$RF$T$u20$as$u20$core..fmt..Debug$GT$3fmt17h6ea195a56331e54aE"


def rustc() -> str:
    found = shutil.which("rustc")
    if found is None:
        pytest.skip("rustc is not installed")
    return found


def tool(name: str) -> str:
    found = llvm_tool(name, 22)
    if found is None:
        pytest.skip(f"{name}-22 is not installed (apt-get install llvm-22)")
    return found


@pytest.fixture(scope="module")
def cache_root(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cache")


@cache
def compiled(name: str, opt: str, workdir: str) -> Path:
    out = Path(workdir) / f"{Path(name).stem}.O{opt}.ll"
    r = subprocess.run([rustc(), "--crate-type=lib", "--emit=llvm-ir", "-C", "panic=abort",
                        "-C", f"opt-level={opt}", "-g", str(E2E / name), "-o", str(out)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return out


def run_irpass(*args: str, cache_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_dir)}
    return subprocess.run([sys.executable, "-m", "irpass", *args], capture_output=True,
                          text=True, timeout=900, env=env, cwd=ROOT)


# ---- names ---------------------------------------------------------------------------------
def test_item_paths_of_both_manglings():
    assert item_path(PANIC_FMT).path == ("core", "panicking", "panic_fmt")
    assert item_path(DEALLOCATE).path == ("alloc", "raw_vec", "<impl>", "deallocate")
    debug = item_path(DEBUG_F64)
    assert debug.path == ("core", "fmt", "float", "<impl>", "fmt")
    assert debug.trait == ("core", "fmt", "Debug")
    assert item_path(PRECONDITION).path == ("core", "ptr", "copy_nonoverlapping",
                                            "precondition_check")
    assert item_path(DEBUG_REF).trait == ("core", "fmt", "Debug")
    assert item_path("main") is None and item_path("_RNvXX") is None


def test_what_stays_out_of_the_derivative():
    assert why_inactive(PANIC_FMT) == "in core::panicking"
    assert why_inactive(DEBUG_F64) is not None
    assert why_inactive(DEBUG_REF) == "an impl of core::fmt::Debug"
    assert why_inactive(PRECONDITION) == "a precondition check"
    # std's code that moves data stays in, whatever its generic arguments mention
    assert why_inactive(DEALLOCATE) is None
    assert item_path(DROP_FMT_CLOSURE).path == ("core", "ptr", "drop_in_place")
    assert why_inactive(DROP_FMT_CLOSURE) is None
    # the allocator: alloc and dealloc are Enzyme's business, the error handler is not
    assert why_inactive("_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc") is None
    assert why_inactive("_RNvCsfLfy6EI15iL_7___rustc26___rust_alloc_error_handler") is not None


def test_allocator_shims_mangled_and_plain():
    assert allocator_shim("_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc") == "__rust_alloc"
    assert allocator_shim("_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc") == "__rust_dealloc"
    assert allocator_shim("_RNvCsfLfy6EI15iL_7___rustc19___rust_alloc_zeroed") == \
        "__rust_alloc_zeroed"
    assert allocator_shim("__rust_realloc") == "__rust_realloc"
    assert allocator_shim("_RNvCsfLfy6EI15iL_7___rustc10rust_panic") is None
    assert allocator_shim("malloc") is None


def test_item_paths_agree_with_llvm_cxxfilt(tmp_path, cache_root):
    """Every Rust symbol of std's bitcode and of a crate's IR: the path irpass reads is what
    LLVM's demangler prints, generic arguments left out (where the item is not in an impl)."""
    filt = tool("llvm-cxxfilt")
    index = std_index(cache_root)
    names = sorted({n for m in index.members for n in m.symbols if n.startswith(("_R", "_ZN"))})
    text = compiled("rs_reverse.rs", "1", str(tmp_path)).read_text()
    names += sorted(set(re.findall(r"@(_ZN[\w$.]+|_R\w+)", text)))
    assert len(names) > 2000
    out = subprocess.run([filt], input="\n".join(names), capture_output=True, text=True,
                         timeout=300).stdout.splitlines()
    compared = 0
    for name, demangled in zip(names, out):
        path = item_path(name)
        assert path is not None, (name, demangled)
        if "<impl>" in path.path:
            continue
        plain = re.sub(r"::h[0-9a-f]{16}$| \(\.[\w.]+\)$", "", strip_generics(demangled))
        assert plain == "::".join(path.path), (name, demangled)
        compared += 1
    assert compared > 500


def strip_generics(text: str) -> str:
    out, depth, i = [], 0, 0
    while i < len(text):
        if text.startswith("::<", i) and depth == 0:
            depth, i = 1, i + 3
            continue
        c = text[i]
        if depth and c == "<":
            depth += 1
        elif depth and c == ">" and text[i - 1] != "-":
            depth -= 1
        elif not depth:
            out.append(c)
        i += 1
    return "".join(out)


# ---- the index of std's bitcode --------------------------------------------------------------
def std_index(cache_root: Path):
    from irpass.enzyme.rust.ruststd import find_toolchain
    from irpass.enzyme.rust.ruststd import llvm_tool as find_tool
    from irpass.enzyme.rust.stdindex import StdIndex

    rustc()
    toolchain = find_toolchain()
    return StdIndex.open(toolchain.sysroot, TARGET, toolchain.version,
                         find_tool("llvm-dis", toolchain.llvm), cache_root / "irpass")


def test_index_agrees_with_llvm_nm(cache_root):
    """The globals the index says each member defines are those llvm-nm lists as defined
    but the private ones, which llvm-nm leaves out), and the bitcode extracted from the
    archive is what llvm-nm reads."""
    nm = tool("llvm-nm")
    index = std_index(cache_root)
    by_crate = {m.file.name.split("-")[0]: m for m in index.members}
    assert {"libcore", "libstd", "liballoc"} <= set(by_crate)
    assert not any(name.startswith("libcompiler_builtins") for name in by_crate)
    for crate in ("libcore", "liballoc"):
        member = by_crate[crate]
        r = subprocess.run([nm, "--defined-only", "--format=just-symbols", str(member.file)],
                           capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stderr
        listed = set(r.stdout.split())
        ours = {s.name for s in member.symbols.values() if s.linkage != "private"}
        assert ours == listed
    sqrt = next(n for n in index.definer if (p := item_path(n)) is not None and
                p.path == ("core", "slice", "sort", "stable", "drift", "sqrt_approx"))
    assert index.definer[sqrt].file.name.startswith("libcore")  # range(...) in its header


def test_index_is_cached_and_shared(cache_root):
    first = std_index(cache_root)
    made = sorted((cache_root / "irpass").glob("rust-std-*"))
    assert len(made) == 1 and (made[0] / "index.json").exists()
    stamp = (made[0] / "index.json").stat().st_mtime_ns
    again = std_index(cache_root)
    assert again.directory == first.directory
    assert (made[0] / "index.json").stat().st_mtime_ns == stamp  # read, not rebuilt
    assert not list((cache_root / "irpass").glob(".rust-std-*[!k]"))  # no temporary left


def test_processes_started_together_build_it_once(tmp_path):
    rustc()
    code = ("from test_rust_std import std_index; from pathlib import Path; "
            f"print(std_index(Path({str(tmp_path)!r})).directory)")
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'tests'}"}
    procs = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env) for _ in range(3)]
    outs = [p.communicate(timeout=600) for p in procs]
    assert all(p.returncode == 0 for p in procs), [e for _, e in outs]
    assert len({o.strip() for o, _ in outs}) == 1
    assert len(list((tmp_path / "irpass").glob("rust-std-*"))) == 1


def test_unwritable_cache_builds_for_the_run(tmp_path, capsys):
    """A cache that cannot be made (here its parent is a file, which stops root too): the
    index is built for this run only, with a warning."""
    rustc()
    blocked = tmp_path / "file"
    blocked.write_text("")
    index = std_index(blocked)
    assert index.members and not str(index.directory).startswith(str(blocked))
    assert "cannot write the cache" in capsys.readouterr().err


# ---- the pass --------------------------------------------------------------------------------
def rust_std(tmp_path: Path, cache_dir: Path, name: str, opt: str) -> tuple[str, str]:
    src = compiled(name, opt, str(tmp_path))
    out = tmp_path / f"{src.stem}.std.ll"
    r = run_irpass("run", "--passes", "rust-std", str(src), "-o", str(out), cache_dir=cache_dir)
    assert r.returncode == 0, r.stderr
    return out.read_text(), r.stderr


def test_std_code_linked_in_and_the_allocator_named(tmp_path, cache_root):
    """rs_push at opt-level 0 only declares std's RawVec code: rust-std brings the
    definitions (internal to the module), names the mangled shims as Enzyme knows them,
    gives it the plain __rust_dealloc it frees shadows with, and a realloc it can
    differentiate; LLVM 22 reads the result."""
    text, _ = rust_std(tmp_path, cache_root, "rs_push.rs", "0")
    module = irpass.parse(text, "push.ll")
    # by item path, not symbol: the crates' hashes are the toolchain's (rustup's, Debian's)
    fn = by_path(module, "alloc", "raw_vec", "<impl>", "finish_grow")
    assert fn is not None and not fn.is_declaration and "internal" in fn.pre_attrs
    alloc = next(f for f in module.functions if allocator_shim(f.name or "") == "__rust_alloc"
                 and f.name != "__rust_alloc")
    assert alloc.fn_attrs.string_value("enzyme_math") == "__rust_alloc"
    dealloc = module.get_function("__rust_dealloc")
    assert dealloc is not None and "internal" in dealloc.pre_attrs
    realloc = next(f.name for f in module.functions
                   if allocator_shim(f.name or "") == "__rust_realloc")
    assert "__irpass_rust_realloc" in text and f"@{realloc}(" \
        not in text.split("define internal ptr @__irpass_rust_realloc")[0].split("\ndeclare")[0]
    panic = by_path(module, "alloc", "raw_vec", "handle_error")
    assert panic is not None and "enzyme_inactive" in panic.fn_attrs
    r = subprocess.run([tool("llvm-as"), "-o", os.devnull], input=text, capture_output=True,
                       text=True, timeout=300)
    assert r.returncode == 0, r.stderr


def by_path(module, *path: str):
    """The function whose symbol names the item at ``path``."""
    return next((f for f in module.functions if (p := item_path(f.name or "")) is not None
                 and p.path == path), None)


def test_same_output_twice(tmp_path, cache_root):
    a, _ = rust_std(tmp_path, cache_root, "rs_collect.rs", "1")
    b, _ = rust_std(tmp_path, cache_root, "rs_collect.rs", "1")
    assert a == b


def test_enum_puns_hidden_but_pointers_through_integers_kept(tmp_path, cache_root):
    """finish_grow's Result puts the new buffer and the error's alignment at one offset:
    the error's integers go through __irpass_untyped. At opt-level 3 a Vec's buffer
    pointer goes through ptrtoint, a phi and inttoptr: that one must stay visible, or its
    derivatives are lost."""
    text, _ = rust_std(tmp_path, cache_root, "rs_push.rs", "2")
    grow = text[text.index("11finish_grow17"):]
    grow = grow[:grow.index("\n}\n")]
    assert "call ptr @__irpass_untyped" in grow
    assert not re.search(r"store ptr %[\w.]+, ptr %\d+.*\n", "".join(
        ln for ln in grow.splitlines(True) if "__irpass_untyped" in ln))
    text3, _ = rust_std(tmp_path, cache_root, "rs_sort.rs", "3")
    energy = text3[text3.index("define internal noundef double @_ZN7rs_sort13sorted_energy"):]
    energy = energy[:energy.index("\n}\n")]
    for m in re.finditer(r"(%[\w.]+) = inttoptr i64 (%[\w.]+) to ptr", energy):
        assert f"@__irpass_untyped(ptr {m.group(1)})" not in energy


def test_not_rust_or_no_derivative_is_left_alone(tmp_path, cache_root):
    cc = llvm_tool("clang", 19)
    if cc is None:
        pytest.skip("clang-19 is not installed")
    ll = tmp_path / "c.ll"
    subprocess.run([cc, "-O1", "-g", "-S", "-emit-llvm", str(E2E / "c_particles.c"), "-o",
                    str(ll)], check=True, capture_output=True, timeout=300)
    out = tmp_path / "c.std.ll"
    r = run_irpass("run", "--passes", "rust-std", str(ll), "-o", str(out), cache_dir=cache_root)
    assert r.returncode == 0, r.stderr
    assert out.read_text() == run_irpass("run", "--lazy", str(ll), cache_dir=cache_root).stdout


def test_another_rustcs_module_is_refused(tmp_path, cache_root):
    """std's code must come from the toolchain that compiled the module (its crates' hashes
    are in every symbol): a module of another rustc is refused when std is needed."""
    src = compiled("rs_push.rs", "0", str(tmp_path))
    text = src.read_text().replace('!{!"rustc version 1.', '!{!"rustc version 0.', 1)
    assert "rustc version 0." in text
    other = tmp_path / "other.ll"
    other.write_text(text)
    r = run_irpass("run", "--passes", "rust-std", str(other), "-o", str(tmp_path / "x.ll"),
                   cache_dir=cache_root)
    assert r.returncode == 1 and "was written by rustc 0." in r.stderr
    assert "Traceback" not in r.stderr and not (tmp_path / "x.ll").exists()


def test_cargo_sample(tmp_path):
    """samples/rust-cargo, as samples/Makefile builds it: cargo writes the crate's IR,
    rust-std,typeinfo,enzyme differentiates it, the program links it and checks the
    gradient against the analytic one."""
    from irpass.enzyme.run.plugin import find_plugin
    from irpass.passes.base import PassError

    rustc()
    if shutil.which("cargo") is None or shutil.which("make") is None:
        pytest.skip("cargo and make are needed for the Cargo sample")
    try:
        plugin = find_plugin()
    except PassError as e:
        pytest.skip(f"no Enzyme plugin: {e}")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ENZYME_PLUGIN": str(plugin.path)}
    out = tmp_path / "out"
    r = subprocess.run(["make", "-C", str(ROOT / "samples"), f"OUT={out}",
                        f"IRPASS={sys.executable} -m irpass", f"{out}/rust-cargo/app"],
                       capture_output=True, text=True, timeout=1800, env=env)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    run = subprocess.run([str(out / "rust-cargo" / "app")], capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == 0 and run.stdout.count("analytic") == 6, run.stdout


def test_rust_std_goes_before_typeinfo(tmp_path, cache_root):
    src = compiled("rs_push.rs", "0", str(tmp_path))
    r = run_irpass("run", "--passes", "typeinfo,rust-std", str(src), "-o",
                   str(tmp_path / "y.ll"), cache_dir=cache_root)
    assert r.returncode == 1 and "put rust-std before typeinfo" in r.stderr
