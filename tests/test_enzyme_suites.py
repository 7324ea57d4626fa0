"""benchmarks/enzyme_suites.py's own reading of lit RUN lines and comparison of Enzyme's
output (no Enzyme plugin needed; the script itself runs Enzyme's suites with one), and its
``benchmarks`` part: the cut of Enzyme's benchmark sources, the rewriting of Rust's
``#[autodiff]``, the reading of the drivers' verdicts (one case runs the real plugin)."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, needs_tool

_spec = importlib.util.spec_from_file_location("enzyme_suites",
                                               ROOT / "benchmarks" / "enzyme_suites.py")
suites = importlib.util.module_from_spec(_spec)
sys.modules["enzyme_suites"] = suites
_spec.loader.exec_module(suites)

PLUGIN = "/p/LLVMEnzyme-19.so"


def test_run_lines_join_continuations():
    text = ("; RUN: %opt < %s %newLoadEnzyme \\\n"
            ";  RUN:   -passes=enzyme -S | FileCheck %s\n"
            "define void @f() {\n  ret void\n}\n"
            "; CHECK-NOT: XRUN: ignored\n"
            "// RUN: %clang -O1 %s -S -emit-llvm -o - | %lli -\n")
    assert suites.run_lines(text) == [
        "%opt < %s %newLoadEnzyme -passes=enzyme -S | FileCheck %s",
        "%clang -O1 %s -S -emit-llvm -o - | %lli -",
    ]


@pytest.mark.parametrize("line, conds, body", [
    ("%opt < %s -S", [], "%opt < %s -S"),
    ("if [ %llvmver -lt 16 ]; then %opt < %s -enzyme -S | FileCheck %s; fi",
     ["[ %llvmver -lt 16 ]"], "%opt < %s -enzyme -S | FileCheck %s"),
    ("if [ %llvmver -ge 12 ] && [ %llvmver -lt 16 ]; then %opt -S | FileCheck %s ; fi",
     ["[ %llvmver -ge 12 ] && [ %llvmver -lt 16 ]"], "%opt -S | FileCheck %s"),
    ("if [ %llvmver -gt 12 ]; then if [ %llvmver -lt 16 ]; then %opt -S; fi; fi",
     ["[ %llvmver -gt 12 ]", "[ %llvmver -lt 16 ]"], "%opt -S"),
    ("if [ %llvmver -lt 12 ]; then %opt -S | FileCheck %s --check-prefix=X fi", [], None),
])
def test_peel_conditions(line, conds, body):
    assert suites.peel_conditions(line) == (conds, body)


def test_conditions_are_bash_tests_at_llvm_19(tmp_path):
    env = suites.Env(Path("."), PLUGIN, "/usr/bin", tmp_path, 30)
    assert env.holds("[ %llvmver -ge 12 ] && [ %llvmver -lt 20 ]")
    assert not env.holds("[ %llvmver -lt 16 ]")
    assert not env.holds("[ %llvmver -ge 15]")  # bash: missing `]' -> false
    assert env.holds("[ %llvmver -ne 14 ] && [ %llvmver -ne 15 ]")


def test_split_commands_respects_quotes():
    body = '%opt < %s -passes="enzyme,function(a|b)" -S 2>&1 | not FileCheck %s; echo "x;y" && true'
    assert suites.split_commands(body) == [
        '%opt < %s -passes="enzyme,function(a|b)" -S 2>&1', "|", "not FileCheck %s", ";",
        'echo "x;y"', "&&", "true"]


def test_irpass_input_replaces_s_except_in_filecheck():
    body = "%opt < %s %newLoadEnzyme -passes=%simplifycfg -S | %FileCheck %s -check-prefix=A"
    assert suites.through_irpass(body) == (
        "%opt < %{irpass} %newLoadEnzyme -passes=%simplifycfg -S | "
        "%FileCheck %s -check-prefix=A")


def test_opt_output_and_status_are_kept():
    body = "not %opt < %s -passes=enzyme -S 2>&1 | FileCheck %s"
    kept, ok = suites.keep_opt_output(body, "/w/out.ll", "/w/rc")
    assert ok and kept == ("( not %opt < %s -passes=enzyme -S 2>&1; __rc=$?; echo $__rc > /w/rc; "
                           "exit $__rc ) | tee /w/out.ll | FileCheck %s")
    assert suites.keep_opt_output("%opt %s -S -o %t", "/w/o.ll", "/w/rc") == (
        "( %opt %s -S -o %t; __rc=$?; echo $__rc > /w/rc; exit $__rc )", False)


def test_kept_status_and_pipefail_status_in_bash(tmp_path):
    """The opt stage's own status is written, and the line's status is still bash's with
    pipefail (a failing first stage fails the line; a failing last stage too)."""
    env = suites.Env(tmp_path, PLUGIN, "/usr/bin", tmp_path, 30)
    rc = tmp_path / "rc"
    for line, opt_rc, ok in (("opt | cat", "3", False), ("opt | false", "0", False),
                             ("opt | cat", "0", True)):
        # "%opt N" marks the opt stage; it then stands for a command that exits with N.
        body = f"%opt {opt_rc} | " + line.split(" | ", 1)[1]
        cmd, _ = suites.keep_opt_output(body, str(tmp_path / "out"), str(rc))
        cmd = cmd.replace("%opt", "sh -c 'exit $0'")
        step = suites.execute(cmd, env, tmp_path, shell=True)
        assert step.ok is ok and rc.read_text().strip() == opt_rc


def test_substitutions_for_llvm_19():
    subs = suites.substitutions(PLUGIN, "/llvm/bin", Path("/enzyme"))
    line = ('%opt < %s %newLoadEnzyme -passes="enzyme,function(%simplifycfg,%loopmssa(licm))" '
            "-S | %FileCheck %s; %opt %t %enzyme %llvmver")
    out = suites.substitute(line, subs, Path("/t/a.ll"), Path("/w/tmp"))
    assert out == ("/llvm/bin/opt < /t/a.ll  -load-pass-plugin=/p/LLVMEnzyme-19.so "
                   "-load=/p/LLVMEnzyme-19.so --enzyme-attributor=0 "
                   '-passes="enzyme,function(simplifycfg,loop-mssa(licm))" -S | '
                   '/llvm/bin/FileCheck /t/a.ll; /llvm/bin/opt /w/tmp -passes="enzyme" 19')
    irp = suites.substitute(suites.through_irpass("%opt < %s -S | FileCheck %s"), subs,
                            Path("/t/a.ll"), Path("/w/tmp"), Path("/w/t.ll"))
    assert irp == "/llvm/bin/opt < /w/t.ll -S | FileCheck /t/a.ll"


def test_integration_run_line_configs():
    text = "int main() { return 0; }\n"
    level, variant, cfg = suites.parse_config(
        "%clang++ -mllvm -force-vector-width=1 -ffast-math -O3 %s -S -emit-llvm -o - | "
        "%opt - %OPloadEnzyme %enzyme -enzyme-inline=1 -S -enzyme-loose-types | %lli - ", text)
    assert (level, variant) == ("O3", "inline")
    assert cfg.compiler == "clang++" and cfg.lli and not cfg.expect_errors
    assert cfg.passes == "enzyme"
    assert cfg.cflags == ["-mllvm", "-force-vector-width=1", "-ffast-math"]
    assert cfg.optflags == ["-enzyme-inline=1", "-enzyme-loose-types"]

    level, variant, cfg = suites.parse_config(
        "%clang -std=c11 %O0TBAA %s -S -emit-llvm -o - | %opt - %OPloadEnzyme %enzyme -S", text)
    assert (level, variant, cfg.lli, cfg.cflags) == ("O0TBAA", "default", False, ["-std=c11"])

    # The clang plugin with -Xclang -verify: run through opt, expecting Enzyme's error.
    verify = "  f(); // expected-error {{Enzyme: No reverse pass found for unknown}}\n"
    level, variant, cfg = suites.parse_config(
        "%clang -std=c11 -g -O2 %s -S -emit-llvm -o - %newLoadClangEnzyme -Xclang -verify "
        "-mllvm -enzyme-inline=1", verify)
    assert (level, variant, cfg.lli) == ("O2", "inline", False)
    assert cfg.expect_errors == ["Enzyme: No reverse pass found for unknown"]
    assert cfg.cflags == ["-std=c11"] and cfg.optflags == ["-enzyme-inline=1"]
    assert cfg.clang_plugin and cfg.passes == "preserve-nvvm,enzyme"

    # OpenMP programs piping into clang are not opt | lli lines.
    assert suites.parse_config("%clang -fopenmp -O1 %s -S -emit-llvm -o - | %opt - %enzyme -S "
                               "| %clang -fopenmp -x ir - -o %s.out && %s.out", text) is None


def test_unlisted_levels_take_the_nearest_listed_flags(tmp_path):
    src = tmp_path / "p.c"
    text = ("// RUN: %clang -std=c11 -O2 %s -S -emit-llvm -o - | %opt - %OPloadEnzyme %enzyme "
            "-S | %lli -\n"
            "// RUN: %clang -std=c11 -ffast-math %O0TBAA %s -S -emit-llvm -o - | %opt - "
            "%OPloadEnzyme %enzyme -S | %lli -\n"
            "// RUN: if [ %llvmver -lt 16 ]; then %clang -std=c11 -O1 -DOLD %s -S -emit-llvm "
            "-o - | %opt - %OPloadEnzyme %enzyme -S | %lli - ; fi\n")
    env = suites.Env(tmp_path, PLUGIN, "/usr/bin", tmp_path, 30)
    cases, reason = suites.program_cases(src, text, env, ["O0", "O1", "O2", "O3"], ["default"])
    assert reason is None
    got = [(lv, listed, cfg.cflags) for lv, _, listed, cfg in cases]
    assert got == [("O0", False, ["-std=c11", "-ffast-math"]),
                   ("O0TBAA", True, ["-std=c11", "-ffast-math"]),
                   ("O1", False, ["-std=c11", "-ffast-math"]),
                   ("O2", True, ["-std=c11"]), ("O3", False, ["-std=c11"])]
    omp = text + "#pragma omp parallel for\n"
    assert suites.program_cases(src, omp, env, ["O0"], ["default"]) == ([], "OpenMP")


MODULE = """define double @f(double %x) {
  ret double %x
}

define internal { double } @diffef(double %x, double %d) #3 {
  %r = insertvalue { double } undef, double %d, 0, !dbg !12
  call void @g(ptr "enzyme_type"="{[-1]:Pointer}" null), !enzyme_type !40
  ret { double } %r
}
"""


def test_derivatives_compare_without_irpass_annotations():
    names = {"f"}
    other = MODULE.replace("#3", "#7").replace("!12", "!9").replace(
        ' "enzyme_type"="{[-1]:Pointer}"', "").replace(", !enzyme_type !40", "")
    same = suites.compare_derivatives(MODULE, other, names)
    assert same["identical"] == ["diffef"] and not same["differ"]
    # Differing from the first run alone but equal to another run alone: "varies".
    swapped = MODULE.replace("%d, 0", "%x, 0")
    varies = suites.compare_derivatives(MODULE, swapped, names, [MODULE, swapped])
    assert varies["varies"] == ["diffef"] and not varies["differ"]
    changed = suites.compare_derivatives(MODULE, other.replace("%d, 0", "%x, 0"), names)
    assert changed["differ"] == ["diffef"] and "+  %r = insertvalue { double } undef, double " \
        "%x, 0" in changed["diff"]
    missing = suites.compare_derivatives(MODULE, MODULE.split("define internal")[0], names)
    assert missing["only_alone"] == ["diffef"]


def test_error_head_skips_enzymes_module_dump():
    err = ("; ModuleID = 'x'\n@s = constant [9 x i8] c\"abort\\00\"\n"
           "define double @f() {\n  %1 = call i32 @abort()\n}\n"
           "error: x.c:3:4: in function f: Enzyme: <analysis>\n"
           "  %1 = load double, ptr %p: {[-1]:Float@double}\n"
           "Illegal updateAnalysis prev:{[-1]:Integer} new: {[-1]:Float@double}\n"
           "val: %1 = load double origin=%2\n")
    h = suites.head(err)
    assert h.splitlines() == [
        "error: x.c:3:4: in function f: Enzyme: <analysis>",
        "  %1 = load double, ptr %p: {[-1]:Float@double}",
        "Illegal updateAnalysis prev:{[-1]:Integer} new: {[-1]:Float@double}",
        "val: %1 = load double origin=%2"]
    assert suites.first_line(h).startswith("Illegal updateAnalysis")


def test_a_run_line_runs_alone_and_through_irpass(tmp_path):
    """The whole path of one .ll test without Enzyme: LLVM 19's opt and FileCheck run the
    substituted line on the file and on irpass's output of it."""
    bindir = str(Path(needs_tool("opt", 19)).resolve().parent)
    if not (Path(bindir) / "FileCheck").exists():
        pytest.skip("FileCheck of LLVM 19 is not installed (apt-get install llvm-19-tools)")
    test = tmp_path / "t.ll"
    test.write_text("; RUN: %opt < %s -passes=instsimplify -S | %FileCheck %s\n"
                    "define i32 @f(i32 %a) {\n  %b = add i32 %a, 0\n  ret i32 %b\n}\n"
                    "; CHECK: define i32 @f(i32 %a)\n; CHECK-NEXT: ret i32 %a\n")
    rel = test.name
    enzyme = tmp_path / "enzyme"
    (enzyme / "test" / "Enzyme").mkdir(parents=True)
    (enzyme / "test" / "Enzyme" / rel).write_text(test.read_text())
    env = suites.Env(enzyme, PLUGIN, bindir, tmp_path / "work", 120,
                     suites.substitutions(PLUGIN, bindir, enzyme))
    record = suites.run_ll(rel, env)
    assert record["irpass"]["ok"] and record["llvm19_reads_irpass"]
    (run,) = record["runs"]
    assert run["category"] == suites.BOTH_PASS, run
    # A check that cannot hold fails both ways.
    (enzyme / "test" / "Enzyme" / rel).write_text(
        test.read_text().replace("ret i32 %a", "ret i32 %b"))
    (run,) = suites.run_ll(rel, env)["runs"]
    assert run["category"] == suites.BOTH_FAIL and "CHECK-NEXT" in run["alone"]["error"]


# ---- the benchmarks part: Enzyme's ReverseMode programs ------------------------------------
sys.path.insert(0, str(ROOT / "benchmarks"))
source = importlib.import_module("enzyme_bench_source")
bench = importlib.import_module("enzyme_benchmarks")

BENCH_CPP = """#include <math.h>
#include <adept.h>
using adept::adouble;
extern int enzyme_const;
template <typename R, typename... T> R __enzyme_autodiff(T...);
#define SIZE 2000

// a comment with adept and { braces
__attribute__((noinline)) static double square(double x) { return x * x; }
template <typename T> T twice(T x) { return T(2) * x; }
typedef struct { double a; } pair_t;
static adouble asquare(adouble x) { return x * x; }
extern "C" {
#include <adBuffer.h>
void square_b(double x, double *xb, double yb) { pushReal8(x); *xb += 2 * x * yb; }
}
static double tapenade_grad(double x) { double g = 0; square_b(x, &g, 1); return g; }
static double uses_tapenade(double x) { return tapenade_grad(x) + 1; }
extern "C" {
double grad(double x) { return __enzyme_autodiff<double>(square, x) + twice(0.0); }
}
#if 0
static void broken( { unbalanced
#endif
int main() { return grad(SIZE) > 0 ? 0 : 1; }
"""


def test_enzyme_part_keeps_enzyme_code_and_line_numbers():
    out = source.enzyme_part(BENCH_CPP, defines={"SIZE": "3"})
    lines, kept = BENCH_CPP.split("\n"), out.split("\n")
    assert len(kept) == len(lines)
    for i, line in enumerate(lines):  # every line is itself or blank
        assert kept[i] in (line, "") or kept[i].isspace() or line.startswith("#define SIZE")
    for gone in ("adept.h", "adouble", "asquare", "adBuffer", "square_b", "tapenade_grad",
                 "uses_tapenade", "broken", "int main"):
        assert gone not in out
    for here in ("__attribute__((noinline)) static double square", "T twice(T x)",
                 "typedef struct { double a; } pair_t;", "double grad(double x)",
                 "a comment with adept", "#define SIZE 3"):
        assert here in out
    assert source.left_out(BENCH_CPP) >= {"square_b", "asquare", "main", "tapenade_grad"}


def test_enzyme_part_replaces_an_include_and_renumbers():
    text = '// head\n#include "../adbench/x.h"\nint f(int a) { return a; }\n'
    out = source.enzyme_part(text, {"../adbench/x.h": ["#include <a.h>", "#include <b.h>"]},
                             source_name="/s/x.cpp")
    assert out.split("\n")[1:5] == ["#include <a.h>", "#include <b.h>", '#line 3 "/s/x.cpp"',
                                    "int f(int a) { return a; }"]


def test_enzyme_part_is_accepted_by_clang(tmp_path):
    clang = needs_tool("clang++", 19)
    (tmp_path / "adept.h").write_text("#error adept is not there\n")
    src = tmp_path / "b.cpp"
    src.write_text(source.enzyme_part(BENCH_CPP) + "\nint main() { return grad(1.0) > 0; }\n")
    r = subprocess.run([clang, "-fsyntax-only", "-I", str(tmp_path), str(src)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_top_level_items_of_cpp():
    text = ('#define A(x) \\\n  (x)\nnamespace n { int a; void g() {} }\n'
            'void h(void) noexcept { if (1) { } }\nstruct S { int x; };\n')
    items = source.top_level_items(text)
    assert [i.kind for i in items] == ["pp", "container", "decl", "decl"]
    assert items[0].text == "#define A(x) \\\n  (x)"
    assert items[1].names == {"g"} and [c.kind for c in items[1].children] == ["decl", "decl"]
    assert items[2].names == {"h"} and items[3].names == set()


RUST_SRC = """#![feature(autodiff)]
use std::autodiff::autodiff;

#[autodiff(d_f, Reverse, Const, Duplicated, DuplicatedOnly, Const)]
pub fn f(n: usize, x: &[f64], out: &mut f64, scale: f64) {
    *out = x[..n].iter().map(|v| v * v * scale).sum();
}

#[no_mangle]
#[autodiff(
    d_g,
    Reverse,
    Duplicated,
    Active
)]
pub unsafe fn g(p: *const f64, y: f64) -> () {
    let _ = (p, y);
}

#[no_mangle]
pub extern "C" fn run(x: *const f64, dx: *mut f64) -> f64 {
    let (x, dx) = unsafe { (std::slice::from_raw_parts(x, 3), std::slice::from_raw_parts_mut(dx, 3)) };
    let (mut out, mut dout) = (0.0, 1.0);
    d_f(3, x, dx, &mut out, &mut dout, 2.0);
    out
}
"""


def test_rewrite_autodiff_keeps_lines_and_attributes():
    text, n = source.rewrite_autodiff(RUST_SRC)
    assert n == 2 and len(text.split("\n")) == len(RUST_SRC.split("\n"))
    lines = text.split("\n")
    assert "feature(autodiff)" not in text and "use std::autodiff" not in text
    assert lines[1].startswith("#[allow(") and "static enzyme_dup: i32;" in lines[1]
    assert lines[3].startswith("#[allow(unused_unsafe, clippy::all)] pub fn d_f(p0: usize, "
                               "p1: &[f64], s1: &mut [f64], p2: &mut f64, s2: &mut f64, "
                               "p3: f64) {")
    assert ("__enzyme_autodiff(f as *const u8, enzyme_const, p0 as usize, enzyme_dup, "
            "p1.as_ptr(), s1.as_ptr(), enzyme_const, p1.len(), enzyme_dupnoneed, p2 as *const _ "
            "as *const u8, s2 as *const _ as *const u8, enzyme_const, p3 as f64)") in lines[3]
    # The generated function comes before #[no_mangle], which stays the original's.
    assert lines[8].startswith("#[allow(") and lines[8].endswith(" #[no_mangle]")
    assert "pub unsafe fn d_g(p0: *const f64, s0: *mut f64, p1: f64) -> f64" in lines[8]
    assert "enzyme_out, p1 as f64" in lines[8]
    assert lines[15] == "pub unsafe fn g(p: *const f64, y: f64) -> () {"


@pytest.mark.parametrize("attr, sig, why", [
    ("d, Forward, Dual", "fn f(x: f64)", "only Reverse"),
    ("d, Reverse, Const", "fn f(x: f64, y: f64)", "1 activities for 2 parameters"),
    ("d, Reverse, Duplicated", "fn f(x: f64)", "not a reference or pointer"),
    ("d, Reverse, Active, Active", "fn f(x: f64, y: f64)", "more than one Active"),
])
def test_rewrite_autodiff_refuses_what_it_does_not_handle(attr, sig, why):
    with pytest.raises(source.AutodiffError, match=why):
        source.rewrite_autodiff(f"#[autodiff({attr})]\n{sig} {{}}\n")


def test_rewritten_rust_compiles_to_an_enzyme_call(tmp_path):
    """rustc accepts the rewritten source; its IR calls __enzyme_autodiff on f with the
    marker statics loaded, and g keeps its unmangled name."""
    import shutil

    rustc = shutil.which("rustc")
    if rustc is None:
        pytest.skip("rustc is not installed")
    src = tmp_path / "lib.rs"
    src.write_text(source.rewrite_autodiff(RUST_SRC)[0])
    out = tmp_path / "lib.ll"
    r = subprocess.run([rustc, "--edition", "2021", "--crate-type=lib", "--emit=llvm-ir",
                        "-C", "opt-level=0", str(src), "-o", str(out)], capture_output=True,
                       text=True)
    assert r.returncode == 0, r.stderr
    ir = out.read_text()
    assert "load i32, ptr @enzyme_dup" in ir and "load i32, ptr @enzyme_dupnoneed" in ir
    assert re.search(r"call void \(ptr, \.\.\.\) @__enzyme_autodiff\(ptr @_\w+1f\w*,", ir)
    assert re.search(r"define \w*\s*void @g\(", ir)


def test_driver_verdicts():
    right = {"rc": 0, "stderr": "", "stdout": "x: 3 entries\nverdict: right (3 entries, "
             "max error 1.2e-09)\n"}
    assert bench.verdict(right) == {"outcome": "right", "stage": "run", "max_error": 1.2e-9,
                                    "message": "verdict: right (3 entries, max error 1.2e-09)"}
    wrong = {"rc": 1, "stderr": "", "stdout": "verdict: wrong (2 of 9 entries off, max error "
             "3.530e-1; const input changed: safe.state, safe.sequence, unsafe.state)\n"}
    got = bench.verdict(wrong)
    assert got["outcome"] == "wrong" and got["max_error"] == 0.353
    assert got["const_changed"] == ["sequence", "state"]
    assert bench.cell(got) == "wrong (const sequence, state changed; max error 0.35)"
    crash = bench.verdict({"rc": -6, "stdout": "", "stderr": "free(): double free detected "
                           "in tcache 2\n"})
    assert crash["outcome"] == "crash" and crash["message"].startswith("signal 6: free()")
    assert bench.verdict({"rc": 1, "stdout": "no verdict", "stderr": ""})["outcome"] == "crash"


def test_failures_are_crashes_or_refusals():
    refused = {"rc": 1, "stdout": "", "stderr": "error: f.c:3:4: in function f: Enzyme: Cannot "
               "deduce type of memset\n"}
    assert bench.failed(refused, "opt", "opt") == {
        "outcome": "refused", "stage": "opt",
        "message": "opt (exit status 1): error: f.c:3:4: in function f: Enzyme: Cannot deduce "
                   "type of memset"}
    frames = "".join(f"#{i} 0x00007f42 DifferentialUseAnalysis::{n}(GradientUtils const*) "
                     "(/p/LLVMEnzyme-19.so+0x33b63e)\n"
                     for i, n in enumerate(["callShouldNotUseDerivative", "is_x", "is_x"] * 3))
    crash = bench.failed({"rc": -11, "stdout": "", "stderr": "Stack dump:\n" + frames},
                         "opt", "opt")
    assert crash["outcome"] == "crash" and crash["message"].startswith("opt (signal 11)")
    assert "[backtrace: DifferentialUseAnalysis::is_x x6, DifferentialUseAnalysis::" \
           "callShouldNotUseDerivative x3]" in crash["message"]
    assert bench.failed({"rc": 1, "stdout": "", "stderr": "LLVM ERROR: function failed "
                         "verification (4)\n"}, "opt", "opt")["outcome"] == "crash"


def test_enzyme_warnings_are_counted_by_kind():
    info = bench.enzyme_warnings("freeing without malloc   %15 = load ptr, ptr %14\n" * 3 +
                                 "irpass: warning: in @f: a copy\n")
    assert info["warnings"] == 4
    assert info["warning_kinds"] == {"freeing without malloc": 3, "irpass: warning": 1}


def test_a_drop_of_the_benchmark_is_judged_against_enzyme_alone(tmp_path):
    def record(lang, name, tag_grads):
        d = tmp_path / lang / name
        r = {"lang": lang, "level": "O2", "dir": str(d), "drops": "state is const",
             "dropped": ["state"]}
        for tag, (grads, changed) in tag_grads.items():
            (d / tag).mkdir(parents=True)
            (d / tag / "grad.tsv").write_text("".join(
                f"{v}.w\t{i}\t{g}\t0\t1\n" for v in ("a", "b") for i, g in enumerate(grads)))
            r[tag] = {"outcome": "wrong", "message": "verdict: wrong", "const_changed": changed}
        return r

    cxx = record("C++", "lstm", {"alone": ([0.0, 1.5], ["state"]),
                                 "irpass": ([0.0, 1.5], ["state"])})
    rust = record("Rust", "lstm", {"alone": ([0.0, 1.5], []),
                                   "irpass": ([0.0, 1.7], ["state"])})
    rust["alone"]["outcome"] = "refused"
    other = record("Rust", "lstm0", {"irpass": ([0.0, 1.5], ["sequence", "state"]),
                                     "alone": ([0.0, 1.5], [])})
    bench.settle_drops([cxx, rust, other])
    assert cxx["alone"]["outcome"] == cxx["irpass"]["outcome"] == "drops"
    assert rust["alone"]["outcome"] == "refused"
    assert rust["irpass"]["outcome"] == "wrong" and "differs from Enzyme alone" in \
        rust["irpass"]["message"]
    assert other["irpass"]["outcome"] == "wrong"  # an input the drop is not about changed
    assert other["alone"]["outcome"] == "drops"
    ref = {("w", 0): 0.0, ("w", 1): 1.5}
    assert bench.agree({"a": dict(ref), "b": dict(ref)}, ref)
    assert not bench.agree({"a": dict(ref), "b": {**ref, ("w", 1): 1.6}}, ref)  # every variant
    assert not bench.agree({"a": {("w", 0): 0.0}}, ref) and not bench.agree({}, ref)


def test_a_benchmark_through_both_columns(tmp_path):
    """One small benchmark, cut and driven as Enzyme's are, with the real plugin: right in
    both columns; and one whose activities drop a derivative (a const buffer in between):
    wrong in both, with the error the driver measures."""
    from conftest import enzyme_plugin

    plugin = enzyme_plugin()
    bindir = str(Path(needs_tool("opt", 19)).resolve().parent)
    enzyme = tmp_path / "enzyme"
    prog_dir = enzyme / "benchmarks" / "ReverseMode" / "sq"
    prog_dir.mkdir(parents=True)
    (prog_dir / "sq.cpp").write_text(
        "#include <adept.h>\nextern int enzyme_const, enzyme_dup;\n"
        "void __enzyme_autodiff(...);\n"
        "__attribute__((noinline)) void sq(const double *x, double *t) { t[0] = x[0] * x[0]; }\n"
        "extern \"C\" void f(const double *x, double *tmp, double *out) {\n"
        "  sq(x, tmp);\n  out[0] = 3 * tmp[0] + x[1] * x[0];\n}\n"
        "extern \"C\" void df(const double *x, double *dx, double *tmp, double *out, "
        "double *dout, int drop) {\n"
        "  if (drop) __enzyme_autodiff((void *)f, enzyme_dup, x, dx, enzyme_const, tmp, "
        "enzyme_dup, out, dout);\n"
        "  else __enzyme_autodiff((void *)f, enzyme_dup, x, dx, enzyme_dup, tmp, tmp + 1, "
        "enzyme_dup, out, dout);\n}\n"
        "adept::adouble g(adept::adouble x) { return x; }\nint main() { return 1; }\n")
    driver = tmp_path / "sq_driver.cpp"
    driver.write_text(
        '#include "check.h"\nint main(int argc, char **argv) {\n'
        "  int drop = argc > 1;\n  double x[2] = {0.5, -1.25}, dx[2] = {0, 0}, tmp[2] = {0, 0},"
        " out = 0, dout = 1;\n  df(x, dx, tmp, &out, &dout, drop);\n  bench::Checker c;\n"
        "  auto f1 = [&] { double t[2], o; f(x, t, &o); return o; };\n"
        '  c.array("x", dx, 2, [&](size_t i) { return bench::central(x, i, f1); });\n'
        "  return c.verdict();\n}\n")
    env = suites.Env(enzyme, plugin, bindir, tmp_path / "work", 300)
    for args, want in (((), "right"), (("drop",), "wrong")):
        prog = bench.CxxProgram("sq", "sq/sq.cpp", str(driver), args=args)
        record = bench.run_cxx(prog, "O1", env)
        for tag in ("alone", "irpass"):
            assert record[tag]["outcome"] == want, record[tag]
        if want == "wrong":  # d/dx0 = 6 x0 + x1 = 1.75, but 6 x0 flows through const tmp
            assert record["alone"]["max_error"] == pytest.approx(3 / 2.75, rel=1e-3)
        work = Path(record["dir"])
        assert "adept" not in (work / "bench.cpp").read_text()
        assert (work / "alone" / "opt.sh").exists() and (work / "irpass" / "run.out").exists()
