"""End to end: C, C++ and Rust programs (tests/e2e) compiled by clang-19 and rustc at several
optimization levels, run through ``typeinfo,enzyme``, linked and run; each program checks its
derivatives against analytic values and exits non-zero when one is wrong.

Without an Enzyme plugin those tests skip, and the tests of irpass's own part still run: the
trees at the copies, the closure markers, and invariants every tree irpass writes must hold
(no call-site tree contradicting the callee's parameter tree, no pointer or float bytes typed
as integers). With the plugin, irpass's trees are also compared with Enzyme's own deductions
(``print-type-analysis``): where both say something, they must agree.
"""

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

from irpass.enzyme.types.typetree import FLOAT_SIZES, TypeTree

E2E = ROOT / "tests" / "e2e"
TARGET = "x86_64-unknown-linux-gnu"

# program -> {opt level: (what Enzyme alone gives, what typeinfo,enzyme gives)}; the same table
# is in tests/e2e/README.md. "fails": Enzyme refuses; "right": the program's own checks pass;
# "wrong" (a wrong derivative) must never appear, nor a level where only Enzyme alone is right.
R, F = "right", "fails"
C_LEVELS = ("0", "1", "2", "3")
PROGRAMS = {
    "c_particles.c": dict.fromkeys(C_LEVELS, (R, R)),
    "c_buffers.c": dict.fromkeys(C_LEVELS, (R, R)),
    "c_typepun.c": dict.fromkeys(C_LEVELS, (R, R)),
    "c_firstfield.c": {"0": (F, R), "1": (R, R), "2": (R, R), "3": (R, R)},
    "c_records.c": {"0": (F, R), "1": (R, R), "2": (R, R), "3": (R, R)},
    "cpp_lambda.cpp": dict.fromkeys(C_LEVELS, (F, R)),
    "cpp_functor.cpp": dict.fromkeys(C_LEVELS, (R, R)),
    "cpp_callable.cpp": dict.fromkeys(C_LEVELS, (F, R)),
    "cpp_vector.cpp": dict.fromkeys(C_LEVELS, (F, R)),
    "rs_copy.rs": {"0": (F, F), "1": (R, R), "2": (R, R), "3": (R, R)},
    "rs_records.rs": dict.fromkeys(C_LEVELS, (F, R)),
    "rs_closure.rs": dict.fromkeys(C_LEVELS, (F, R)),
    "rs_vec.rs": dict.fromkeys(C_LEVELS, (F, R)),
    "c_transformer.c": {"0": (F, R), "1": (R, R), "2": (R, R), "3": (R, R)},
    # std inside the differentiated function (rust-std): allocation, std's code, enums
    "rs_collect.rs": dict.fromkeys(C_LEVELS, (F, R)),
    "rs_push.rs": dict.fromkeys(C_LEVELS, (F, R)),
    "rs_box.rs": dict.fromkeys(C_LEVELS, (F, R)),
    "rs_reverse.rs": dict.fromkeys(C_LEVELS, (F, R)),
    "rs_sort.rs": dict.fromkeys(C_LEVELS, (F, F)),
    "rs_capture.rs": dict.fromkeys(C_LEVELS, (F, R)),
    # Enzyme's own failures on real programs (issue 15), avoided by the enzyme pass's hand-off
    # (so the "alone" column, the enzyme pass without typeinfo, is right too; opt by itself is
    # not: OPT_ALONE_WRONG): an overlapping memmove (moved through a temporary), hand's
    # matrices (a vectorized loop behind a runtime check; allocations duplicated and frees on
    # two paths at -O3), a constant slice indexed at opt-level 0 (core's index functions
    # return pointers into it).
    "c_memmove.c": dict.fromkeys(C_LEVELS, (R, R)),
    "c_matrices.c": dict.fromkeys(C_LEVELS, (R, R)),
    "rs_constslice.rs": dict.fromkeys(C_LEVELS, (F, R)),
    # the rest of std inside the differentiated function (issue 16)
    "rs_boxiter.rs": {"0": (F, F), "1": (F, R), "2": (F, R), "3": (F, R)},
    "rs_hashmap.rs": dict.fromkeys(C_LEVELS, (F, F)),
    "rs_string.rs": dict.fromkeys(C_LEVELS, (F, R)),
    "rs_dyn.rs": {"0": (F, F), "1": (F, R), "2": (R, R), "3": (R, R)},
    "rs_iterchain.rs": dict.fromkeys(C_LEVELS, (R, R)),
    "rs_rc.rs": dict.fromkeys(C_LEVELS, (F, R)),
    "rs_unwind.rs": dict.fromkeys(C_LEVELS, (F, R)),
}
# What opt -passes=enzyme gives by itself (no irpass at all) where it is *wrong*, silently:
# the same programs through irpass are right (the table above). For C/C++ only (rustc 1.95's
# IR is LLVM 22's, which the LLVM 19 plugin cannot read).
OPT_ALONE_WRONG = [("c_memmove.c", lvl) for lvl in C_LEVELS] + [("c_matrices.c", "2")]
CASES = [(name, opt) for name, levels in PROGRAMS.items() for opt in levels]

# Cases that fail today, per test, with the failure; flip them when irpass is fixed.
XFAIL: dict[str, dict[tuple[str, str], str]] = {}


def cases(test: str, selected: list[tuple[str, str]] | None = None) -> list:
    """``selected`` (default: every case) with the known failures of ``test`` marked xfail."""
    known = XFAIL.get(test, {})
    return [pytest.param(*c, marks=pytest.mark.xfail(strict=True, reason=known[c]))
            if c in known else c for c in (CASES if selected is None else selected)]


def tool(name: str) -> str:
    found = llvm_tool(name, 19)
    if found is None:
        pytest.skip(f"{name}-19 is not installed (apt-get install clang-19 llvm-19)")
    return found


def rustc() -> str:
    found = shutil.which("rustc")
    if found is None:
        pytest.skip("rustc is not installed")
    return found


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600, **kw)


@cache
def work_dir() -> Path:
    import tempfile

    return Path(tempfile.mkdtemp(prefix="irpass-e2e-"))


# Rust programs built with a panic strategy other than abort (the programs' own choice).
PANIC = {"rs_unwind.rs": "unwind"}


@cache
def compiled(name: str, opt: str, rc: str = "") -> Path:
    """The program compiled to LLVM IR with debug info (once per test session), by the rustc
    ``rc`` (default: the one on the PATH) for Rust."""
    src = E2E / name
    out = work_dir() / f"{src.stem}.O{opt}{toolchain_tag(rc)}.ll"
    if src.suffix == ".rs":
        cmd = [rc or rustc(), "--crate-type=lib", "--emit=llvm-ir", "-C",
               f"panic={PANIC.get(name, 'abort')}", "-C", f"opt-level={opt}", "-g", str(src),
               "-o", str(out)]
    else:
        cc = tool("clang++" if src.suffix == ".cpp" else "clang")
        cmd = [cc, f"-O{opt}", "-g", "-S", "-emit-llvm", str(src), "-o", str(out)]
    r = run(cmd)
    assert r.returncode == 0, r.stderr
    return out


def ours(name: str) -> str:
    """irpass's pipeline for a program: Rust gets rust-std first (std's code, the
    allocator, what stays out of the derivative)."""
    return "rust-std,typeinfo,enzyme" if name.endswith(".rs") else "typeinfo,enzyme"


def irpass(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return run([sys.executable, "-m", "irpass", *args], env=env)


@cache
def typed(name: str, opt: str) -> str:
    """What the typeinfo pass makes of the program."""
    r = irpass("run", "--passes", "typeinfo", str(compiled(name, opt)))
    assert r.returncode == 0, r.stderr
    return r.stdout


def toolchain_tag(rc: str) -> str:
    return "" if not rc else "." + "".join(c if c.isalnum() else "_" for c in rc)


def rust_libs() -> list[str]:
    sysroot = run([rustc(), "--print", "sysroot"]).stdout.strip()
    libdir = Path(sysroot) / "lib" / "rustlib" / TARGET / "lib"
    return [str(p) for stem in ("libcore", "libcompiler_builtins")
            for p in sorted(libdir.glob(f"{stem}-*.rlib"))]


def link(name: str, grad: Path, exe: Path, rc: str = "") -> None:
    """no_std Rust: with its C driver and libcore; std Rust: as a static library, by rustc
    with its Rust driver (which brings std); C/C++: clang."""
    src = E2E / name
    if src.suffix == ".rs" and (E2E / f"{src.stem}.main.c").exists():
        cmd = [tool("clang"), str(grad), str(E2E / f"{src.stem}.main.c"), *rust_libs(), "-o",
               str(exe), "-lm"]
    elif src.suffix == ".rs":
        obj = exe.with_suffix(".o")
        r = run([tool("clang"), "-c", str(grad), "-o", str(obj)])
        assert r.returncode == 0, r.stderr
        lib = exe.parent / f"lib{exe.name}.a"
        lib.unlink(missing_ok=True)
        r = run(["ar", "rcs", str(lib), str(obj)])
        assert r.returncode == 0, r.stderr
        driver = E2E / f"{src.stem}.main.rs"
        if not driver.exists():
            driver = E2E / "rs_std.main.rs"
        cmd = [rc or rustc(), "--crate-name", "driver", "-C",
               f"panic={PANIC.get(name, 'abort')}", str(driver), "-L", str(exe.parent), "-l",
               f"static={exe.name}", "-o", str(exe)]
    else:
        cmd = [tool("clang++" if src.suffix == ".cpp" else "clang"), str(grad), "-o", str(exe),
               "-lm"]
    r = run(cmd)
    assert r.returncode == 0, r.stderr


def plugin_env() -> dict:
    from irpass.enzyme.run.plugin import find_plugin
    from irpass.passes.base import PassError

    try:
        found = find_plugin()
    except PassError as e:
        pytest.skip(f"no Enzyme plugin (set ENZYME_PLUGIN=/path/to/LLVMEnzyme-19.so): {e}")
    if found.llvm != 19:
        pytest.skip(f"these programs are linked with clang-19; the plugin is for LLVM {found.llvm}")
    return {**os.environ, "ENZYME_PLUGIN": str(found.path)}


def outcome(name: str, opt: str, passes: str, env: dict, rc: str = ""
            ) -> tuple[str, str]:
    """("fails" | "right" | "wrong", output) of the program differentiated by ``passes``
    (Rust: compiled and linked by the rustc ``rc``, the PATH's by default)."""
    stem = f"{Path(name).stem}_O{opt}_{passes.replace(',', '_')}{toolchain_tag(rc)}"
    grad = work_dir() / f"{stem}.grad.ll"
    if rc:
        env = {**env, "RUSTC": rc}
    r = irpass("run", "--passes", passes, str(compiled(name, opt, rc)), "-o", str(grad),
               env=env)
    if r.returncode != 0:
        assert "Enzyme" in r.stderr, r.stderr  # a refusal by Enzyme, not a crash of irpass
        return "fails", r.stderr
    exe = work_dir() / stem
    link(name, grad, exe, rc)
    p = subprocess.run([str(exe)], capture_output=True, text=True, timeout=60)
    return ("right" if p.returncode == 0 else "wrong"), p.stdout


# ---- with Enzyme ---------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "opt"), cases("test_derivatives_with_typeinfo"))
def test_derivatives_with_typeinfo(name, opt):
    env = plugin_env()
    got, output = outcome(name, opt, ours(name), env)
    assert got != "wrong", output  # never a wrong derivative
    assert got == PROGRAMS[name][opt][1], output


# Programs and levels run again with every other Rust toolchain found (rustup's and Debian's
# rustc-web): rust-std takes std's code from the toolchain that compiled the module.
TOOLCHAIN_CASES = [("rs_collect.rs", "0"), ("rs_push.rs", "3"), ("rs_capture.rs", "2"),
                   ("rs_string.rs", "1"), ("rs_rc.rs", "3"), ("rs_unwind.rs", "0")]


@pytest.mark.parametrize("kind", ["rustup", "debian"])
@pytest.mark.parametrize(("name", "opt"), TOOLCHAIN_CASES)
def test_derivatives_with_each_toolchain(kind, name, opt):
    """The same derivatives with each toolchain: rustup's (std's bitcode from rlibs beside a
    libstd .so) and Debian's rustc-web (rlibs only, its own LLVM, debug info pointing at
    /usr/src/rustc-<version>); each compiles, runs rust-std and links."""
    from conftest import rust_toolchains

    found = rust_toolchains()
    rc = found.get(kind)
    if rc is None:
        pytest.skip(f"no {kind} rustc here (found: {found or 'none'})")
    on_path = shutil.which("rustc")
    if on_path and Path(on_path).resolve() == Path(rc).resolve():
        pytest.skip(f"{rc} is the PATH's rustc: test_derivatives_with_typeinfo runs it")
    got, output = outcome(name, opt, ours(name), plugin_env(), rc)
    assert got != "wrong", output
    assert got == PROGRAMS[name][opt][1], output


@pytest.mark.parametrize("opt", ["0", "2"])
def test_a_panic_inside_the_derivative_ends_the_program(opt):
    """rs_unwind with a NaN input: its helper panics inside the derivative. Enzyme's
    derivative calls what the function invoked (it keeps no landing pads), so the panic
    unwinds through it, past its drops, to std's main (the message, exit status 101), or,
    where a function Enzyme made has no unwind table (opt-level 0), stops there: "failed to
    initiate panic", abort. Either way the message is printed and no result comes back."""
    name = "rs_unwind.rs"
    got, output = outcome(name, opt, ours(name), plugin_env())
    assert got == "right", output
    exe = work_dir() / f"{Path(name).stem}_O{opt}_{ours(name).replace(',', '_')}"
    p = subprocess.run([str(exe)], capture_output=True, text=True, timeout=60,
                       env={**os.environ, "RS_UNWIND_PANIC": "1"})
    assert "bad input NaN" in p.stderr, p.stderr[-2000:]
    assert p.returncode == 101 or p.returncode == -6 and \
        "failed to initiate panic" in p.stderr, (p.returncode, p.stderr[-2000:])


@pytest.mark.parametrize(("name", "opt"), CASES)
def test_enzyme_alone(name, opt):
    """The same programs without typeinfo, as the table says: where Enzyme alone refuses
    (closure environments taken for active pointers, copies or integers it cannot type), the
    passes above are what make them work; where it is right, irpass must be right too."""
    got, output = outcome(name, opt, "enzyme", plugin_env())
    assert got == PROGRAMS[name][opt][0], output


@pytest.mark.parametrize(("name", "opt"), OPT_ALONE_WRONG)
def test_opt_alone_is_wrong_where_irpass_is_right(name, opt, tmp_path):
    """Enzyme run by opt itself, its output linked with the marker globals defined: the
    program's own check of its derivatives fails (exit 1), without a word from Enzyme that
    stops it. Through irpass the same program is right (test_derivatives_with_typeinfo)."""
    env = plugin_env()
    out = tmp_path / "alone.ll"
    r = run([tool("opt"), f"-load-pass-plugin={env['ENZYME_PLUGIN']}", "-passes=enzyme",
             str(compiled(name, opt)), "-S", "-o", str(out)])
    assert r.returncode == 0, r.stderr[-2000:]
    markers = tmp_path / "markers.c"
    markers.write_text("int enzyme_dup, enzyme_const, enzyme_out;\n")
    exe = tmp_path / "alone"
    r = run([tool("clang"), str(out), str(markers), "-o", str(exe), "-lm"])
    assert r.returncode == 0, r.stderr
    p = subprocess.run([str(exe)], capture_output=True, text=True, timeout=60)
    assert p.returncode == 1, p.stdout
    assert PROGRAMS[name][opt][1] == "right"


def test_never_worse_than_enzyme_alone():
    """The table itself: no level where Enzyme alone is right and irpass is not."""
    worse = [(n, o) for n, levels in PROGRAMS.items() for o, (alone, ours) in levels.items()
             if alone == "right" and ours != "right"]
    assert not worse


_ARG = re.compile(r"^\S+ %[\w.$\"-]+: (\{[^{}]*\})")


def enzyme_arg_trees(ll: Path, fn: str, env: dict) -> list[TypeTree] | None:
    """Enzyme's own deductions for the arguments of ``fn`` in order (print-type-analysis
    prints them right after the function's header line); None when its analysis of ``fn``
    alone stops (it takes integer arguments for integers: c_typepun's pack gets a double's
    bits)."""
    plugin = env["ENZYME_PLUGIN"]
    r = run([tool("opt"), f"-load-pass-plugin={plugin}", "-passes=print-type-analysis",
             f"-type-analysis-func={fn}", "-disable-output", str(ll)])
    if r.returncode != 0:
        assert "Illegal updateAnalysis" in r.stderr, r.stderr[-2000:]
        return None
    lines = (r.stdout + r.stderr).splitlines()
    start = next((i for i, ln in enumerate(lines) if ln.startswith(f"{fn} - ")), None)
    out: list[TypeTree] = []
    for ln in lines[start + 1:] if start is not None else []:
        m = _ARG.match(ln)
        if m is None:
            break
        out.append(TypeTree.parse(m.group(1)))
    return out


def disagreements(ours: TypeTree, theirs: TypeTree) -> list[str]:
    bad = []
    for path, ty in ours.items():
        other = theirs.lookup(path)
        if other not in ("Unknown", "Anything") and ty != "Anything" and other != ty:
            bad.append(f"{list(path)}: irpass {ty}, Enzyme {other}")
    return bad


@pytest.mark.parametrize(("name", "opt"), [(n, o) for n, o in CASES
                                           if not n.endswith(".rs")])
def test_trees_agree_with_enzymes_own_analysis(name, opt):
    """Where Enzyme deduces a type for an argument of a function irpass annotated, at the
    same path, irpass's tree says the same (clang-19 output, read by the LLVM 19 plugin)."""
    env = plugin_env()
    import irpass as lib

    module = lib.parse(typed(name, opt), "typed.ll")
    checked = 0
    for fn in module.functions:
        if not fn.blocks:
            continue
        ours = [a.attrs.string_value("enzyme_type") for a in fn.args]
        if not any(ours):
            continue
        theirs = enzyme_arg_trees(compiled(name, opt), fn.name, env)
        for i, (text, other) in enumerate(zip(ours, theirs or [])):
            if text:
                tree = TypeTree.parse(text)
                assert not disagreements(tree, other), (fn.name, i, str(tree), str(other))
                checked += 1
    assert checked


# ---- irpass's own part (no Enzyme needed) -------------------------------------------------
def native_transformer(source: Path) -> subprocess.CompletedProcess:
    """c_transformer.c (or a changed copy) without its Enzyme part, built and run natively."""
    exe = work_dir() / f"{source.stem}.native"
    r = run([tool("clang"), "-O2", "-DNO_ENZYME", str(source), "-o", str(exe), "-lm"])
    assert r.returncode == 0, r.stderr
    return run([str(exe)])


def test_transformer_backward_matches_finite_differences():
    """The reference the Enzyme tests compare with is right: the transformer's hand-written
    backward agrees with central differences of its independent double forward pass (single
    parameters and a random direction per tensor) to 1e-6 of the largest gradient."""
    p = native_transformer(E2E / "c_transformer.c")
    assert p.returncode == 0, p.stdout
    assert p.stdout.startswith("c_transformer: ") and p.stdout.rstrip().endswith("| ok"), p.stdout


@pytest.mark.parametrize(("mistake", "right", "wrong"), [
    ("layernorm", "float dval = dnorm_i - dnorm_mean - norm_bti * dnorm_norm_mean;",
     "float dval = dnorm_i - dnorm_mean;"),  # the term through the variance dropped
    ("attention", "for (int t3 = 0; t3 <= t; t3++) {",
     "for (int t3 = 0; t3 < t; t3++) {"),  # the softmax's last column left out
    ("bias", "dbias[o] += d;", "dbias[o] += o == 3 ? 0.0f : d;"),  # one element's gradient lost
])
def test_transformer_check_catches_a_wrong_backward(mistake, right, wrong):
    """The program's own check fails (exit 1, "FAIL") when its backward pass is wrong."""
    text = (E2E / "c_transformer.c").read_text()
    assert text.count(right) == 1
    changed = work_dir() / f"c_transformer_wrong_{mistake}.c"
    changed.write_text(text.replace(right, wrong))
    p = native_transformer(changed)
    assert p.returncode == 1 and p.stdout.rstrip().endswith("| FAIL"), p.stdout


def attr_trees(line: str) -> list[TypeTree]:
    return [TypeTree.parse(t) for t in re.findall(r'"enzyme_type"="([^"]*)"', line)]


P = ([(i, "Integer") for i in range(8)] + [(8, "Float@double"), (16, "Float@float")]
     + [(20 + i, "Integer") for i in range(4)])  # struct P { long id; double x; float m; int tag; }


def p_array(count: int, base: int = 0) -> dict:
    return {(-1, base + 24 * k + off): ty for k in range(count) for off, ty in P}


def test_copy_from_an_offset_inside_a_struct_gets_the_elements_there():
    """tail() copies p[1..2] of struct Sys { int n; struct P p[3]; double scale; }: 48 bytes
    starting 32 bytes in (a GEP), which are two struct P."""
    out = typed("c_particles.c", "1")
    copies = [ln for ln in out.splitlines() if "@llvm.memcpy" in ln and " 48, i1 false" in ln]
    assert copies
    want = TypeTree({(-1,): "Pointer", **p_array(2)})
    for ln in copies:
        assert attr_trees(ln) == [want, want, TypeTree({(-1,): "Integer"})]
    # and the whole struct copied by snapshot(): 88 bytes, n, three P, scale
    whole = TypeTree({(-1,): "Pointer", **{(-1, i): "Integer" for i in range(4)}, **p_array(3, 8),
                      (-1, 80): "Float@double"})
    snap = [ln for ln in out.splitlines() if "@llvm.memcpy" in ln and " 88, i1 false" in ln
            and "@__const" not in ln]
    assert snap and all(attr_trees(ln)[:2] == [whole, whole] for ln in snap)


def test_run_time_length_copies_of_uniform_memory_are_typed():
    """copy_from_slice of [f64; 3] at -O0 goes through a copy of n * 8 bytes: doubles only, so
    the first byte's type (what Enzyme uses for such a copy) holds for all of it."""
    out = typed("rs_closure.rs", "0")
    dynamic = [ln for ln in out.splitlines() if "@llvm.memcpy" in ln
               and not re.search(r"i64 (\"enzyme_type\"=\"[^\"]*\" )?\d+, i1", ln)]
    assert dynamic
    doubles = TypeTree({(-1,): "Pointer", (-1, -1): "Float@double"})
    assert any(attr_trees(ln)[:2] == [doubles, doubles] for ln in dynamic)


@pytest.mark.parametrize(("name", "opt"), [("rs_closure.rs", "1"), ("cpp_lambda.cpp", "1"),
                                           ("rs_vec.rs", "0")])
def test_constant_environments_get_runtime_activity(name, opt):
    out = typed(name, opt)
    calls = [ln for ln in out.splitlines() if "@__enzyme_autodiff(" in ln and "call " in ln
             and 'metadata !"enzyme_const"' in ln]
    assert calls
    for ln in calls:
        assert ln.count('metadata !"enzyme_runtime_activity"') == 1
        assert ln.index("enzyme_runtime_activity") < ln.index('"enzyme_const"')


def occupied_conflicts(tree: TypeTree) -> list[str]:
    """Bytes of a pointer or float that the tree also types as something else."""
    bad = []
    entries = dict(tree.items())
    for path, ty in entries.items():
        if not path or path[-1] == -1 or ty not in ("Pointer",) and not ty.startswith("Float@"):
            continue
        width = 8 if ty == "Pointer" else FLOAT_SIZES[ty[6:]]
        for k in range(1, width):
            inner = (*path[:-1], path[-1] + k)
            if inner in entries:
                bad.append(f"{list(path)}:{ty} and {list(inner)}:{entries[inner]}")
    return bad


def all_trees(text: str) -> list[TypeTree]:
    trees = [TypeTree.parse(t) for t in re.findall(r'"enzyme_type"="([^"]*)"', text)]
    trees += [TypeTree.from_metadata(m.group(1))
              for m in re.finditer(r"!enzyme_type (!\{.*\})$", text, re.M)]
    return trees


@pytest.mark.parametrize(("name", "opt"), CASES)
def test_no_bytes_typed_twice(name, opt):
    """Option<&T> keeps its None in the pointer: no tree may type a pointer's other bytes as
    an integer discriminant (Enzyme: "Illegal updateAnalysis")."""
    for tree in all_trees(typed(name, opt)):
        assert not occupied_conflicts(tree), str(tree)


@pytest.mark.parametrize(("name", "opt"), cases("test_call_sites_agree_with_callee_parameters"))
def test_call_sites_agree_with_callee_parameters(name, opt):
    """Enzyme merges a call-site argument's tree with the callee's parameter tree: they must
    not contradict (a reference or ``this`` read as an array of objects did, where it pointed
    into something larger)."""
    import irpass as lib

    module = lib.parse(typed(name, opt), "typed.ll")
    for fn in module.functions:
        for inst in fn.instructions() if fn.blocks else ():
            callee = getattr(inst, "called_function", None)
            if callee is None or not callee.blocks:
                continue
            for a, param in zip(inst.args, callee.args):
                here, there = a.attrs.string_value("enzyme_type"), \
                    param.attrs.string_value("enzyme_type")
                if here and there:
                    TypeTree.parse(here).merge(TypeTree.parse(there))  # raises on conflict
