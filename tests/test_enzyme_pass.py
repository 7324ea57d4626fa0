"""Finding the Enzyme plugin, and the ``enzyme`` pass.

Discovery is tested with directories holding empty files named like plugins (that tests the
search, not Enzyme). Everything that runs Enzyme needs the real plugin: those tests look for it
(``ENZYME_PLUGIN``, then the usual places) and skip when there is none.
"""

from __future__ import annotations

import math
import os
import subprocess
from pathlib import Path

import pytest
from conftest import needs_tool

import irpass
from irpass.enzyme.plugin import (
    Enzyme,
    Plugin,
    find_opt,
    find_plugin,
    plugin_version,
    run,
    search_dirs,
)
from irpass.passes.base import PassError
from irpass.passes.manager import PassManager


def fake(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"")
    return path


def base_env() -> dict[str, str]:
    return {"PATH": os.environ.get("PATH", "")}


def real_plugin() -> Plugin:
    try:
        return find_plugin()
    except PassError as e:
        pytest.skip(f"no Enzyme plugin: set ENZYME_PLUGIN=/path/to/LLVMEnzyme-19.so ({e})")


# ---- discovery -----------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "version"), [
    ("LLVMEnzyme-19.so", 19), ("ClangEnzyme-22.so", 22), ("LLVMEnzyme-15.dylib", 15),
    ("libEnzyme.so", None), ("LLVMEnzyme-19.so.bak", None),
])
def test_plugin_version(name: str, version: int | None) -> None:
    assert plugin_version(Path(name)) == version


def test_option_before_environment(tmp_path: Path) -> None:
    needs_tool("opt", 19)
    a = fake(tmp_path / "a" / "LLVMEnzyme-19.so")
    b = fake(tmp_path / "b" / "LLVMEnzyme-19.so")
    env = base_env() | {"ENZYME_PLUGIN": str(b)}
    assert find_plugin(str(a), env).path == a
    found = find_plugin("", env)
    assert found.path == b and found.llvm == 19
    assert subprocess.run([found.opt, "--version"], capture_output=True, text=True,
                          timeout=60).stdout.count("LLVM version 19") == 1


def test_missing_plugin_named(tmp_path: Path) -> None:
    with pytest.raises(PassError, match="missing.so given by ENZYME_PLUGIN does not exist"):
        find_plugin("", base_env() | {"ENZYME_PLUGIN": str(tmp_path / "missing.so")})
    with pytest.raises(PassError, match=r"given by enzyme\(plugin=...\) does not exist"):
        find_plugin(str(tmp_path / "x" / "LLVMEnzyme-19.so"), base_env())


def test_search_prefers_llvm_plugin_and_version(tmp_path: Path) -> None:
    needs_tool("opt", 19)
    needs_tool("opt", 22)
    clang19 = fake(tmp_path / "lib" / "ClangEnzyme-19.so")
    llvm19 = fake(tmp_path / "lib" / "LLVMEnzyme-19.so")
    llvm22 = fake(tmp_path / "lib2" / "LLVMEnzyme-22.so")
    dirs = [tmp_path / "lib", tmp_path / "lib2"]
    assert find_plugin("", base_env(), dirs).path == llvm22  # newest LLVM first
    assert find_plugin("", base_env(), dirs, llvm=19).path == llvm19
    llvm19.unlink()
    assert find_plugin("", base_env(), dirs, llvm=19).path == clang19


def test_plugin_without_its_opt_is_skipped(tmp_path: Path) -> None:
    fake(tmp_path / "lib" / "LLVMEnzyme-7.so")
    with pytest.raises(PassError) as e:
        find_plugin("", {"PATH": str(tmp_path)}, [tmp_path / "lib"])
    message = str(e.value)
    assert "no opt of LLVM 7" in message and "ENZYME_PLUGIN" in message
    assert "enzyme(plugin=" in message


def test_not_found_says_how_to_point_at_one(tmp_path: Path) -> None:
    with pytest.raises(PassError) as e:
        find_plugin("", base_env(), [tmp_path])
    assert str(tmp_path) in str(e.value)
    assert "enzyme(plugin=/path/to/LLVMEnzyme-N.so)" in str(e.value)
    assert "ENZYME_PLUGIN" in str(e.value)


def test_usual_places(tmp_path: Path) -> None:
    conda = tmp_path / "conda"
    spack_plugin = fake(tmp_path / "spack" / "opt" / "spack" / "linux-x86_64" / "gcc-12"
                        / "enzyme-0.0.180-abc" / "lib" / "LLVMEnzyme-19.so")
    env = base_env() | {"CONDA_PREFIX": str(conda), "SPACK_ROOT": str(tmp_path / "spack")}
    dirs = search_dirs(env)
    assert dirs[0] == conda / "lib"
    for place in ("/usr/lib", "/usr/local/lib", "/opt/homebrew/lib",
                  "/usr/local/opt/enzyme/lib"):
        assert Path(place) in dirs
    assert spack_plugin.parent in dirs
    config = subprocess.run(["llvm-config-19", "--libdir"], capture_output=True, text=True,
                            timeout=60) if needs_tool("llvm-config", 19) else None
    assert config is not None and Path(config.stdout.strip()) in dirs


def test_opt_found_by_its_version(tmp_path: Path) -> None:
    # An "opt" that is not called opt-N is used when its --version reports N.
    tool = tmp_path / "bin" / "opt"
    tool.parent.mkdir()
    tool.write_text("#!/bin/sh\necho 'LLVM (http://llvm.org/):'\n"
                    "echo '  LLVM version 17.0.6'\n")
    tool.chmod(0o755)
    env = {"PATH": str(tool.parent)}
    assert find_opt(17, env) == str(tool)
    # ... and not for another version (one this machine has no LLVM of: .ci/setup installs 16)
    absent = next(v for v in (16, 18, 20, 21, 14, 13, 12)
                  if not Path(f"/usr/lib/llvm-{v}/bin/opt").exists())
    assert find_opt(absent, env) is None
    plugin = fake(tmp_path / "lib" / "LLVMEnzyme-17.so")
    assert find_plugin("", env, [plugin.parent]).opt == str(tool)


# ---- the pass, without Enzyme --------------------------------------------------------------
@pytest.mark.parametrize(("level", "pipeline"), [
    ("O0", ""), ("0", ""), ("O2", ",default<O2>"), ("3", ",default<O3>"), ("Os", ",default<Os>"),
])
def test_post_optimization(level: str, pipeline: str) -> None:
    assert Enzyme(opt=level).post_pipeline() == pipeline


def test_bad_optimization_level() -> None:
    with pytest.raises(PassError, match="not an optimization level"):
        Enzyme(opt="O9").post_pipeline()


def test_pass_reports_missing_plugin(tmp_path: Path) -> None:
    module = irpass.parse("define void @f() {\n  ret void\n}\n")
    with pytest.raises(PassError, match="does not exist"):
        PassManager.from_pipeline(f"enzyme(plugin={tmp_path}/LLVMEnzyme-19.so)").run(module)


def test_adopt_contents() -> None:
    module = irpass.parse("@g = global i32 1\ndefine i32 @f() {\n  ret i32 0\n}\n", "a.ll")
    new = irpass.parse("define double @h(double %x) {\n  ret double %x\n}\n", "b.ll")
    expected = irpass.print_module(new)
    module.adopt(new)
    assert module.source_name == "a.ll"
    assert [f.name for f in module.functions] == ["h"]
    assert module.get_global("g") is None and module.functions[0].module is module
    assert irpass.print_module(module) == expected


def test_deferred_module_prints_as_it_came_until_looked_into() -> None:
    """Enzyme's output is handed on unread; it is read (lazily) when a pass looks inside."""
    text = "; a comment kept\ndefine double @h(double %x) {\n  ret double %x\n}\n"
    reads = []

    def read() -> irpass.Module:
        reads.append(1)
        return irpass.parse(text, "out.ll", lazy=True)

    module = irpass.parse("define i32 @f() {\n  ret i32 0\n}\n", "a.ll")
    module.adopt(irpass.Module.deferred(text, "a.ll", read))
    assert irpass.print_module(module) == text and not reads
    assert [f.name for f in module.functions] == ["h"] and reads == [1]
    assert module.functions[0].module is module and module.source_name == "a.ll"
    assert irpass.print_module(module) == "define double @h(double %x) {\n  ret double %x\n}\n"
    with pytest.raises(AttributeError):
        module.no_such_thing  # noqa: B018


def test_subprocess_timeout_is_reported() -> None:
    with pytest.raises(PassError, match="did not finish within 1 s"):
        run(["sleep", "5"], 1, "sleep")
    with pytest.raises(PassError, match="cannot run"):
        run(["/nonexistent/opt-19"], 5, "opt")


# ---- with Enzyme ---------------------------------------------------------------------------
PROGRAM = r"""
#include <math.h>
#include <stdio.h>
extern double __enzyme_autodiff(void *, ...);
double f(double x) { return x * x * sin(x); }
int main(void) {
  double x = 1.25;
  printf("%.17g\n", __enzyme_autodiff((void *)f, x));
  return 0;
}
"""
FAILING = r"""
extern double __enzyme_autodiff(void *, ...);
extern double mystery(double);
double g(double x) { return mystery(x) * x; }
double dg(double x) { return __enzyme_autodiff((void *)g, x); }
"""


def compile_ir(tmp_path: Path, source: str, clang: int, flags: list[str]) -> Path:
    c = tmp_path / "prog.c"
    c.write_text(source)
    ll = tmp_path / f"prog.clang{clang}.ll"
    subprocess.run([needs_tool("clang", clang), *flags, "-S", "-emit-llvm", str(c), "-o",
                    str(ll)], check=True, timeout=300)
    return ll


def printed_value(tmp_path: Path, ll: Path, plugin: Plugin) -> float:
    """What the program ``ll`` prints, linked by the plugin's clang and run."""
    exe = tmp_path / "prog"
    subprocess.run([needs_tool("clang", plugin.llvm), str(ll), "-o", str(exe), "-lm"],
                   check=True, timeout=300, capture_output=True)
    return float(subprocess.run([str(exe)], capture_output=True, text=True, check=True,
                                timeout=60).stdout)


@pytest.mark.parametrize(("clang", "pipeline"), [
    (19, "enzyme"), (22, "enzyme"), (19, "enzyme(opt=O2)"),
])
def test_end_to_end_derivative(tmp_path: Path, clang: int, pipeline: str) -> None:
    plugin = real_plugin()
    ll = compile_ir(tmp_path, PROGRAM, clang, ["-O1", "-g"])
    out = tmp_path / "diff.ll"
    env = os.environ | {"ENZYME_PLUGIN": str(plugin.path)}
    r = subprocess.run(["irpass", "run", "--passes", pipeline, str(ll), "-o", str(out)],
                       capture_output=True, text=True, timeout=600, env=env)
    assert r.returncode == 0, r.stderr
    value = printed_value(tmp_path, out, plugin)
    x = 1.25
    assert value == pytest.approx(2 * x * math.sin(x) + x * x * math.cos(x), rel=1e-12)


def test_enzyme_error_has_source_location(tmp_path: Path) -> None:
    plugin = real_plugin()
    ll = compile_ir(tmp_path, FAILING, 22, ["-O1", "-g"])
    module = irpass.parse_file(ll)
    with pytest.raises(PassError) as e:
        Enzyme(plugin=str(plugin.path)).apply(module, None)  # type: ignore[arg-type]
    message = str(e.value)
    assert "prog.c:4:" in message and "error:" in message
    assert "mystery" in message and "in @g" in message
    assert [f.name for f in module.functions][:1] == ["g"]  # left as it was


def test_enzyme_error_without_debug_info_points_into_the_ir(tmp_path: Path) -> None:
    plugin = real_plugin()
    ll = compile_ir(tmp_path, FAILING, 19, ["-O1"])
    module = irpass.parse_file(ll)
    text = irpass.print_module(module)
    with pytest.raises(PassError) as e:
        Enzyme(plugin=str(plugin.path)).apply(module, None)  # type: ignore[arg-type]
    first = str(e.value).splitlines()[1]
    where, _, rest = first.partition(": error: ")
    line = int(where.split(":")[-2])
    assert "@mystery" in text.splitlines()[line - 1] and "mystery" in rest


INACTIVE = r"""
#include <stdio.h>
extern double __enzyme_autodiff(void *, ...);
__attribute__((noinline)) double g(double x) { return x * x; }
void *__enzyme_inactivefn[] = {(void *)g};   /* g's result is a constant to Enzyme */
double f(double x) { return g(x) + 3 * x; }
int main(void) {
  printf("%.17g\n", __enzyme_autodiff((void *)f, 2.0));
  return 0;
}
"""


def test_registrations_go_through_preserve_nvvm(tmp_path: Path) -> None:
    """``__enzyme_inactivefn`` (as ``__enzyme_register_gradient`` ...) is read by Enzyme's
    preserve-nvvm pass, which its clang plugin always runs first: the enzyme pass runs it
    when the module has such a global, and the derivative ignores g (3, not 2*2 + 3)."""
    import sys

    from conftest import ROOT

    from irpass.enzyme.plugin import registers_with_enzyme

    plugin = real_plugin()
    ll = compile_ir(tmp_path, INACTIVE, 19, ["-O1", "-g"])
    assert registers_with_enzyme(irpass.parse(ll.read_text(), lazy=True))
    assert not registers_with_enzyme(irpass.parse(PROGRAM_IR))
    out = tmp_path / "diff.ll"
    env = os.environ | {"ENZYME_PLUGIN": str(plugin.path)}
    r = subprocess.run([sys.executable, "-m", "irpass", "run", "--passes", "typeinfo,enzyme",
                        str(ll), "-o", str(out)], capture_output=True, text=True, timeout=600,
                       env=env, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    assert printed_value(tmp_path, out, plugin) == 3.0


PROGRAM_IR = """
@enzyme_dup = external global i32
define double @f(double %x) {
  ret double %x
}
"""
