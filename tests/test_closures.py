"""Closure shims (Rust trampolines and call_once shims, C++ lambdas) and marking their
environment enzyme_const at Enzyme call sites; LLVM checks every rewritten module."""

from __future__ import annotations

from conftest import CORPUS, ROOT, clang

import irpass
from irpass.enzyme.sites.closures import (
    environment_floats,
    find_closure_shims,
    mark_environment_const,
)
from irpass.enzyme.sites.sites import find_sites
from irpass.ir.values import MetadataOperand
from irpass.llvm.llvmlite_check import verify

TRAMP_RS = "_ZN9enzyme_rs5tramp17hc233c019e52dc530E"
CLOSURE_RS = "_ZN9enzyme_rs9d_closure28_$u7b$$u7b$closure$u7d$$u7d$17hbc04008ce86ecef8E"


def shims_of(path):
    m = irpass.parse_file(path)
    return m, {f.name: s for f, s in find_closure_shims(m).items()}


def test_rust_trampoline_at_every_level():
    for opt in ("O0", "O1", "O3"):
        m, shims = shims_of(CORPUS / f"enzyme_rs.rustc.{opt}.g.ll")
        s = shims[TRAMP_RS]
        assert (s.kind, s.language, s.env_index, s.evidence) == ("trampoline", "rust", 0,
                                                                "debug-info")
        assert m.metadata[s.env_type].get("name") == "{closure_env#0}"
        assert environment_floats(m, s) == ["k"]
        # -O0 calls the body; later it is inlined and only debug info tells.
        assert (s.body.name if s.body else None) == (CLOSURE_RS if opt == "O0" else None)
        assert "_ZN9enzyme_rs9tramp_ptr17h65351afb1631a496E" not in shims  # no forwarding
    _, o0 = shims_of(CORPUS / "enzyme_rs.rustc.O0.g.ll")
    assert sorted(o0) == sorted([TRAMP_RS, CLOSURE_RS])
    assert o0[CLOSURE_RS].kind == "closure-body"


def test_rust_call_once_and_vtable_shims():
    _, shims = shims_of(CORPUS / "closures.rustc.O0.g.ll")
    kinds = {(s.kind, s.env_index) for n, s in shims.items() if "FnOnce" in n}
    assert ("call-once-shim", 0) in kinds and ("vtable-shim", 0) in kinds
    assert "closure_demo" not in shims  # calls closures with environments of its own
    _, o3 = shims_of(CORPUS / "closures.rustc.O3.g.ll")
    assert [s.kind for n, s in o3.items() if "FnOnce" in n] == ["vtable-shim"]


def test_cpp_lambdas_with_and_without_debug_info():
    want = {"_Z5trampIZ4mainE3$_1EdPKT_d": ("trampoline", 0),
            "_Z5trampIZ4mainE3$_2EdPKT_d": ("trampoline", 0),
            "_ZZ4mainEN3$_08__invokeEd": ("lambda-invoker", None)}
    for ver in (19, 22):
        for opt in ("O0", "O2"):
            for g in (".g", ""):
                m, shims = shims_of(CORPUS / f"enzyme_cpp.clang{ver}.{opt}{g}.ll")
                got = {n: (s.kind, s.env_index) for n, s in shims.items() if n in want}
                assert got == want, (ver, opt, g)
                if opt == "O0":
                    assert shims["_ZZ4mainENK3$_1clEd"].kind == "lambda-operator"
                t2 = shims["_Z5trampIZ4mainE3$_2EdPKT_d"]
                if g:
                    assert environment_floats(m, t2) == ["prm.x", "prm.y"]
                    assert t2.evidence == "debug-info"
                else:
                    assert t2.env_type is None
                    assert t2.evidence == ("forwarding" if opt == "O0" else "name")


def test_mark_unmarked_environment_rust():
    for opt in ("O0", "O3"):
        m = irpass.parse_file(CORPUS / f"enzyme_rs.rustc.{opt}.g.ll")
        shims = find_closure_shims(m)
        sites = [s for s in find_sites(m) if s.function in shims]
        marked, unmarked = sites
        assert not mark_environment_const(marked, shims[marked.function])  # user's marker
        assert mark_environment_const(unmarked, shims[unmarked.function])
        assert [d.severity for d in unmarked.diagnostics] == ["error", "warning"]
        assert "captures float data (k)" in unmarked.diagnostics[1].message
        text = irpass.print_module(m)
        assert verify(text) is None
        assert ('@__enzyme_autodiff(ptr noundef nonnull @' + TRAMP_RS + ', metadata '
                '!"enzyme_const", ptr noundef nonnull %c, double noundef %x)') in text or \
            opt == "O0"
        again = [s for s in find_sites(irpass.parse(text, "x.ll")) if s.function
                 and s.function.name == TRAMP_RS]
        assert all(s.ok for s in again)
        assert [(a.param, a.activity, a.explicit) for a in again[1].args] == [
            (0, "const", True), (1, "out", False)]
        # Marking twice changes nothing more.
        m2 = irpass.parse(text, "x.ll")
        shims2 = find_closure_shims(m2)
        assert not any(mark_environment_const(s, shims2[s.function])
                       for s in find_sites(m2) if s.function in shims2)


def test_dup_environment_with_shadow_is_left_alone(tmp_path):
    m = irpass.parse_file(CORPUS / "enzyme_cpp.clang22.O2.g.ll")
    shims = find_closure_shims(m)
    sites = [s for s in find_sites(m) if s.function in shims]
    assert [s.args[0].activity for s in sites] == ["out", "const", "dup"]
    assert not any(mark_environment_const(s, shims[s.function]) for s in sites)


def test_insert_arg_on_invoke_keeps_operands_and_labels():
    m = irpass.parse_file(CORPUS / "enzyme_cpp.clang19.O2.ll")
    site = [s for s in find_sites(m) if s.call.opcode == "invoke"][1]
    call = site.call
    before = [v for v in call.arg_values]
    call.insert_arg(1, MetadataOperand(['!"enzyme_not_overwritten"']), None, "metadata")
    assert call.arg_values[0] is before[0] and call.arg_values[2:] == before[1:]
    assert all((call, i) in v.uses for i, v in enumerate(call.operands))
    text = irpass.print_module(m)
    assert verify(text) is None
    again = [s for s in find_sites(irpass.parse(text, "x.ll")) if s.call.opcode == "invoke"]
    assert [m.name for m in again[1].markers][:2] == ["enzyme_not_overwritten", "enzyme_dup"]
    assert again[1].ok


def test_named_function_objects_through_trampolines():
    """tests/e2e/cpp_callable.cpp: structs with operator() (one derived from a base class)
    passed to template trampolines by pointer and by reference, without a marker."""
    import subprocess

    from conftest import needs_tool

    source = ROOT / "tests" / "e2e" / "cpp_callable.cpp"
    for opt in ("-O0", "-O2"):
        r = subprocess.run([needs_tool("clang++", 19), opt, "-g", "-S", "-emit-llvm", "-o",
                            "-", str(source)], capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stderr
        m = irpass.parse(r.stdout)
        shims = {f.name: s for f, s in find_closure_shims(m).items()}
        for name, kind_type in (("_Z10by_pointerI6SpringEdPKT_d", "Spring"),
                                ("_Z12by_referenceI4WaveEdRKT_d", "Wave")):
            s = shims[name]
            assert (s.kind, s.env_index) == ("trampoline", 0), opt
            assert m.metadata[s.env_type].get("name") == kind_type
        assert environment_floats(m, shims["_Z12by_referenceI4WaveEdRKT_d"]) == ["scale",
                                                                                  "freq"]
        for site in find_sites(m):
            shim = shims[site.function.name]
            assert mark_environment_const(site, shim)
            assert isinstance(site.call.arg(1), MetadataOperand)
        assert verify(irpass.print_module(m)) is None


def test_a_plain_struct_is_no_function_object():
    """A struct without operator() passed by pointer is data, not an environment."""
    text = clang("""
struct P { double a, b; };
double f(const struct P *p, double x) { return p->a * x + p->b; }
extern double __enzyme_autodiff(void *, ...);
double g(struct P *p, struct P *dp, double x) { return __enzyme_autodiff((void *)f, p, dp, x); }
""", "-O1", "-g")
    m = irpass.parse(text)
    assert find_closure_shims(m) == {}
