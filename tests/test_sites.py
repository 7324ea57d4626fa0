"""The autodiff-sites analysis on real compiler output and on hand-written marker forms."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import CORPUS, ROOT

import irpass
from irpass.enzyme.sites.sites import find_sites
from irpass.passes.analysis import AnalysisManager

MARKERS = CORPUS / "handwritten" / "enzyme_markers.ll"


def summary(path):
    """(caller, callee, function, [(position, param, activity, explicit, shadows)], errors)"""
    out = []
    for s in find_sites(irpass.parse_file(path)):
        args = [(a.position, a.param, a.activity, a.explicit, a.shadows) for a in s.args]
        errors = [d.message for d in s.diagnostics if d.severity == "error"]
        out.append((s.call.function.name, s.callee_name,
                    s.function.name if s.function else None, args, errors))
    return out


def test_c_globals_loaded_at_every_level():
    expected = [
        ("main", "__enzyme_autodiff", "f", [(2, 0, "out", True, [])], []),
        ("main", "__enzyme_autodiff", "g",
         [(2, 0, "dup", True, [3]), (5, 1, "const", True, [])], []),
        ("main", "__enzyme_autodiff", "h",
         [(2, 0, "dup", True, [3]), (5, 1, "const", True, [])], []),
        ("main", "__enzyme_autodiff", "h2", [(2, 0, "dup", True, [3])], []),
        ("main", "__enzyme_fwddiff", "fw",
         [(2, 0, "dup", True, [3]), (5, 1, "const", True, [])], []),
    ]
    for name in ("enzyme_c.clang19.O0.ll", "enzyme_c.clang22.O2.g.ll"):
        assert summary(CORPUS / name) == expected, name


def test_cpp_lambdas_and_function_pointer_through_stack_slot():
    for opt in ("O0", "O2"):
        got = summary(CORPUS / f"enzyme_cpp.clang22.{opt}.g.ll")
        assert [g[2] for g in got] == ["_ZZ4mainEN3$_08__invokeEd",
                                       "_Z5trampIZ4mainE3$_1EdPKT_d",
                                       "_Z5trampIZ4mainE3$_2EdPKT_d", "_Z4polyd"]
        assert got[1][3] == [(2, 0, "const", True, []), (4, 1, "out", True, [])]
        assert got[2][3] == [(2, 0, "dup", True, [3]), (5, 1, "out", True, [])]
        assert all(not g[4] for g in got)
    # At -O0 the function pointer goes through a local and a conversion operator call.
    s = find_sites(irpass.parse_file(CORPUS / "enzyme_cpp.clang22.O0.g.ll"))[0]
    assert s.function_via == ["load", "call"]


def test_rust_closure_trampoline_unmarked_environment_is_an_error():
    for opt in ("O0", "O1", "O3"):
        sites = find_sites(irpass.parse_file(CORPUS / f"enzyme_rs.rustc.{opt}.g.ll"))
        tramp = [s for s in sites if s.function and "tramp" in s.function.name]
        assert len(tramp) == 2, opt
        marked, unmarked = tramp
        assert [(a.param, a.activity, a.explicit) for a in marked.args] == [
            (0, "const", True), (1, "out", True)]
        assert marked.ok and not unmarked.ok
        err = unmarked.diagnostics[0]
        assert "unmarked pointer argument 1" in err.message and "not a pointer" in err.message
        assert (err.location.file, err.location.line) == ("src/enzyme_rs.rs", 67)
    o0 = find_sites(irpass.parse_file(CORPUS / "enzyme_rs.rustc.O0.g.ll"))
    assert o0[0].function_via == ["call"]  # tramp_ptr() returns the trampoline


def test_enzyme_sites_c_fixture():
    for ver in (19, 22):
        for opt in ("O0", "O2"):
            got = summary(CORPUS / f"enzyme_sites.clang{ver}.{opt}.g.ll")
            assert [(g[1], g[2]) for g in got] == [
                ("__enzyme_autodiff_f64", "cube"), ("__enzyme_autodiff", "total"),
                ("__enzyme_autodiff", "cube"), ("__enzyme_fwddiff", "total"),
                ("__enzyme_autodiff", "tramp"), ("__enzyme_autodiff", "tramp")]
            assert got[0][3] == [(1, 0, "out", False, [])]
            assert got[1][3] == [(1, 0, "dup", False, [2]), (4, 1, "const", True, [])]
            assert got[3][3] == [(4, 0, "dupnoneed", True, [5, 6]), (8, 1, "const", True, [])]
            assert got[4][3] == [(3, 0, "const", True, []), (4, 1, "out", False, [])]
            assert got[5][3] == [(1, 0, "dup", False, [])] and len(got[5][4]) == 1
            assert [g[4] for g in got[:5]] == [[]] * 5
    sites = find_sites(irpass.parse_file(CORPUS / "enzyme_sites.clang22.O2.g.ll"))
    assert sites[3].width == 2 and sites[4].return_activity == "const"
    assert str(sites[0].location) == "src/enzyme_sites.c:28:14"


def test_marker_forms():
    sites = find_sites(irpass.parse_file(MARKERS))
    forms = [[(m.name, m.form) for m in s.markers] for s in sites[:8]]
    assert forms[0] == [("enzyme_dup", "metadata"), ("enzyme_const", "metadata"),
                        ("enzyme_const", "metadata")]
    assert forms[1] == [("enzyme_dup", "load"), ("enzyme_dup", "load"),
                        ("enzyme_const", "load")]  # one load, reused
    assert forms[2] == [("enzyme_const", "global")]
    assert forms[3] == [("enzyme_out", "cast")]
    assert forms[4] == [("enzyme_out", "phi")]
    assert forms[6] == [("enzyme_out", "stored")]
    assert sites[2].callee_name == "__enzyme_autodiff.1"
    assert (sites[3].function.name, sites[3].function_via) == ("sq", ["alias"])
    assert (sites[4].function.name, sites[4].function_via) == ("sq", ["load"])
    w = sites[7]
    assert w.width == 2
    assert [(a.position, a.param, a.activity, a.shadows, a.byref) for a in w.args] == [
        (3, 0, "dup", [4, 5], None), (7, 1, "const", [], None), (11, 2, "const", [], 8)]
    loc = sites[0].location
    assert (loc.file, loc.line, loc.column, loc.function) == ("inner.h", 12, 7,
                                                             "metadata_markers")
    assert str(sites[1].location) == "@global_markers"


def test_diagnostics():
    sites = [s for s in find_sites(irpass.parse_file(MARKERS))
             if s.call.function.name == "errors"]
    messages = [[d.message for d in s.diagnostics] for s in sites]
    assert messages[0] == ["too few arguments: dot takes 3 parameter(s), the call passes 1"]
    assert messages[1] == ["too many arguments: sq takes 1 parameter(s); argument 2 "
                           "(double %x) is left over"]
    assert messages[2] == ["marker enzyme_out at argument 1 has nothing after it"]
    assert messages[3] == ["shadow argument 3 (double %x) does not match its primal, "
                           "argument 2 (ptr)"]
    assert messages[4][0].startswith("cannot find the function to differentiate: operand 0 "
                                     "is ptr %f")
    assert messages[5] == ["the function to differentiate, extern_fn, is only declared in "
                           "this module"]
    assert messages[6] == ["argument 1 (i32 %i) does not match parameter 0 of sq (double)"]
    assert "unknown Enzyme marker 'enzyme_bogus'" in messages[7][0]
    assert messages[8][0].startswith("argument 1 (ptr %a) is dup but has no shadow")
    assert all(d.severity == "error" for s in sites for d in s.diagnostics)


def test_registered_analysis_is_cached():
    m = irpass.parse_file(CORPUS / "enzyme_c.clang22.O0.ll")
    am = AnalysisManager(m)
    first = am.get("autodiff-sites")
    assert am.get("autodiff-sites") is first and len(first) == 5


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "irpass", *args], capture_output=True,
                          cwd=ROOT, timeout=300, text=True)


def test_cli_text_and_json():
    path = str(CORPUS / "enzyme_rs.rustc.O3.g.ll")
    r = run_cli("sites", path)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0] == ("src/enzyme_rs.rs:65:17: __enzyme_autodiff [autodiff] in @d_closure "
                        "-> @_ZN9enzyme_rs5tramp17hc233c019e52dc530E")
    assert lines[2] == "  arg 2 (ptr %c) -> param 0 %env: const (marked)"
    # the unmarked environment of the second site: what typeinfo does about it, not an error
    assert lines[6] == "  arg 1 (ptr %c) -> param 0 %env: dup (default)"
    assert lines[7].startswith("  note: argument 1 is the environment of the closure that "
                               "@_ZN9enzyme_rs5tramp17hc233c019e52dc530E calls: the typeinfo "
                               "pass marks it enzyme_const")
    assert lines[-1] == "6 sites, 0 with errors"
    j = run_cli("sites", "--json", path)
    assert j.returncode == 0, j.stderr
    data = json.loads(j.stdout)
    first = data["sites"][0]
    assert sorted(first) == ["args", "callee", "caller", "column", "diagnostics", "entry",
                             "extras", "file", "function", "line", "markers", "mode",
                             "options", "return", "via", "width"]
    assert first["args"][0] == {"activity": "const", "byref": None, "explicit": True,
                                "marker": 1, "param": 0, "param_name": "%env",
                                "position": 2, "shadows": [], "value": "ptr %c"}
    assert (first["file"], first["line"], first["column"]) == ("src/enzyme_rs.rs", 65, 17)
    assert data["sites"][1]["diagnostics"][0]["severity"] == "note"
    assert run_cli("sites", "--json", path).stdout == j.stdout  # deterministic


def test_cli_types_runs():
    r = run_cli("types", str(CORPUS / "enzyme_c.clang22.O0.g.ll"))
    assert r.returncode == 0, r.stderr
    assert "@g:" in r.stdout and "Float@double" in r.stdout
