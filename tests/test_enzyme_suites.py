"""benchmarks/enzyme_suites.py's own reading of lit RUN lines and comparison of Enzyme's
output (no Enzyme plugin needed; the script itself runs Enzyme's suites with one)."""

from __future__ import annotations

import importlib.util
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
