"""irpass_gradcheck.h (``irpass include``): the check users put in their own builds catches a
wrong gradient and passes a right one, with hand-written gradients and with Enzyme's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, needs_tool

PROGRAM = r"""
#include <irpass_gradcheck.h>
#include <math.h>
#include <stdio.h>

static double f(void *ctx, const double *x) {  /* sum of x_i^2 sin(x_{i+1}) */
  (void)ctx;
  double s = 0;
  for (int i = 0; i < 5; i++) s += x[i] * x[i] * sin(x[i + 1]);
  return s;
}

int main(int argc, char **argv) {
  double x[6] = {0.3, -1.2, 2.5, 0.7, -0.4, 1.9}, g[6] = {0};
  for (int i = 0; i < 5; i++) {
    g[i] += 2 * x[i] * sin(x[i + 1]);
    g[i + 1] += x[i] * x[i] * cos(x[i + 1]);
  }
  if (argc > 1) g[atoi(argv[1])] *= 1.01;  /* one entry 1% off */
  size_t off = irpass_gradcheck("f", f, NULL, x, g, 6, 1e-6);
  size_t dir = irpass_gradcheck_direction("f", f, NULL, x, g, 6, 1e-6, 7);
  printf("%zu %zu\n", off, dir);
  return off || dir;
}
"""


def build(tmp_path: Path, source: str, lang: str = "c") -> Path:
    include = subprocess.run([sys.executable, "-m", "irpass", "include"], capture_output=True,
                             text=True, check=True).stdout.strip()
    assert Path(include, "irpass_gradcheck.h").is_file()
    src = tmp_path / f"check.{lang}"
    src.write_text(source)
    exe = tmp_path / "check"
    cc = needs_tool("clang++" if lang == "cpp" else "clang", 19)
    r = subprocess.run([cc, "-O1", "-Wall", "-Werror", f"-I{include}", str(src), "-o", str(exe),
                        "-lm"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return exe


@pytest.mark.parametrize("lang", ["c", "cpp"])
def test_right_gradient_passes_and_one_wrong_entry_is_caught(tmp_path: Path, lang: str) -> None:
    exe = build(tmp_path, PROGRAM, lang)
    right = subprocess.run([str(exe)], capture_output=True, text=True, timeout=60)
    assert (right.returncode, right.stdout.split()) == (0, ["0", "0"]), right.stderr
    for k in range(6):
        wrong = subprocess.run([str(exe), str(k)], capture_output=True, text=True, timeout=60)
        assert wrong.returncode == 1 and wrong.stdout.split()[0] == "1", wrong.stdout
        assert f"gradcheck f: d/dx[{k}] = " in wrong.stderr


def test_enzyme_alone_caught_irpass_passed(tmp_path: Path) -> None:
    """c_memmove's shifted() differentiated by opt -passes=enzyme (a memmove taken for a
    memcpy: wrong, silently) fails the check; through irpass it passes."""
    from conftest import enzyme_plugin

    plugin = enzyme_plugin()
    src = (ROOT / "tests" / "e2e" / "c_memmove.c").read_text()
    main = src.index("int main(void)")
    checked = src[:main] + r"""
#include <irpass_gradcheck.h>
static double at(void *ctx, const double *x) { (void)ctx; return shifted(x, N); }
int enzyme_dup, enzyme_const;
int main(void) {
  double a[N], da[N] = {0};
  for (int i = 0; i < N; i++) a[i] = sin(i + 1.0);
  __enzyme_autodiff((void *)shifted, enzyme_dup, a, da, enzyme_const, N);
  return irpass_gradcheck("shifted", at, NULL, a, da, N, 1e-6) != 0;
}
"""
    checked = checked.replace("extern int enzyme_dup, enzyme_const;", "")
    include = subprocess.run([sys.executable, "-m", "irpass", "include"], capture_output=True,
                             text=True, check=True).stdout.strip()
    c = tmp_path / "shifted.c"
    c.write_text(checked)
    ll = tmp_path / "shifted.ll"
    subprocess.run([needs_tool("clang", 19), "-O2", "-g", f"-I{include}", "-S", "-emit-llvm",
                    str(c), "-o", str(ll)], check=True, timeout=300)
    results = {}
    for how in ("opt", "irpass"):
        out = tmp_path / f"{how}.ll"
        if how == "opt":
            cmd = [needs_tool("opt", 19), f"-load-pass-plugin={plugin}", "-passes=enzyme",
                   str(ll), "-S", "-o", str(out)]
        else:
            cmd = [sys.executable, "-m", "irpass", "run", "--passes",
                   f"typeinfo,enzyme(plugin={plugin})", str(ll), "-o", str(out)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=600)
        exe = tmp_path / how
        subprocess.run([needs_tool("clang", 19), str(out), "-o", str(exe), "-lm"], check=True,
                       capture_output=True, timeout=300)
        results[how] = subprocess.run([str(exe)], capture_output=True, text=True, timeout=60)
    assert results["opt"].returncode == 1 and "gradcheck shifted: " in results["opt"].stderr
    assert results["irpass"].returncode == 0, results["irpass"].stderr
