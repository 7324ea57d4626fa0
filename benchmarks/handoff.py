"""The hand-off to Enzyme on a large module: the pipeline next to its two stages by hand.

    python3 benchmarks/handoff.py --zstd /path/to/zstd [--plugin LLVMEnzyme-19.so] [--runs 3]
    python3 benchmarks/handoff.py some.ll            # any module that calls __enzyme_autodiff

With ``--zstd`` (a checkout of https://github.com/facebook/zstd; measured with commit
2dddf0905619b70c25faeca7f1a39601dc97616f) it builds the module first: every C file of
``lib/common``, ``lib/compress``, ``lib/decompress`` and ``lib/dictBuilder`` compiled by
``clang-19 -O1 -g -S -emit-llvm -DZSTD_DISABLE_ASM``, linked by ``llvm-link-19`` with a small
driver that differentiates a function of its own (about 25 MB of IR), into benchmarks/out/.

Rows, each a fresh process timed from outside (best of ``--runs``):

- ``irpass run --passes typeinfo,enzyme IN -o OUT`` (the pipeline);
- ``irpass run --passes typeinfo IN -o T`` then ``opt-19 -load-pass-plugin=P -passes=enzyme
  -S T -o OUT`` (the two stages by hand), and each stage alone.

The ratio pipeline / (both stages) is the figure of merit (goal: at most 1.2). Not a test.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
DRIVER = r"""
#include <stdio.h>
extern double __enzyme_autodiff(void *, ...);
static double energy(double x) { return x * x * x; }
int main(void) {
  double d = __enzyme_autodiff((void *)energy, 2.0);
  printf("%g\n", d);
  return d != 12.0;
}
"""


def build_zstd(src: Path) -> Path:
    """benchmarks/out/zstd.ll from a zstd checkout (cached: rebuilt when missing)."""
    target = OUT / "zstd.ll"
    if target.exists():
        return target
    work = OUT / "zstd-build"
    work.mkdir(parents=True, exist_ok=True)
    lib = src / "lib"
    parts = []
    for sub in ("common", "compress", "decompress", "dictBuilder"):
        for c in sorted((lib / sub).glob("*.c")):
            ll = work / f"{sub}_{c.stem}.ll"
            subprocess.run(["clang-19", "-O1", "-g", "-S", "-emit-llvm", "-DZSTD_DISABLE_ASM",
                            f"-I{lib}", f"-I{lib / 'common'}", str(c), "-o", str(ll)],
                           check=True)
            parts.append(str(ll))
    driver = work / "driver.c"
    driver.write_text(DRIVER)
    subprocess.run(["clang-19", "-O1", "-g", "-S", "-emit-llvm", str(driver), "-o",
                    str(work / "driver.ll")], check=True)
    subprocess.run(["llvm-link-19", "-S", *parts, str(work / "driver.ll"), "-o", str(target)],
                   check=True)
    return target


def timed(cmd: list[str], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        best = min(best, time.perf_counter() - t0)
        if r.returncode != 0:
            sys.exit(f"failed: {' '.join(cmd)}\n{r.stderr[-2000:]}")
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("module", nargs="?", help="an .ll file (default: the zstd module)")
    ap.add_argument("--zstd", type=Path, help="a zstd checkout to build the module from")
    ap.add_argument("--plugin", default="", help="the Enzyme plugin (default: as irpass finds)")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    if args.module:
        module = Path(args.module).resolve()
    elif args.zstd:
        module = build_zstd(args.zstd.resolve())
    else:
        sys.exit("give a module or --zstd /path/to/zstd")
    sys.path.insert(0, str(ROOT))
    from irpass.enzyme.run.plugin import find_plugin

    plugin = find_plugin(args.plugin, llvm=19)
    OUT.mkdir(exist_ok=True)
    py = [sys.executable, "-m", "irpass", "run"]
    typed, grad = OUT / "handoff.typed.ll", OUT / "handoff.grad.ll"
    env_plugin = f"enzyme(plugin={plugin.path})"
    pipeline = timed([*py, "--passes", f"typeinfo,{env_plugin}", str(module), "-o", str(grad)],
                     args.runs)
    stage1 = timed([*py, "--passes", "typeinfo", str(module), "-o", str(typed)], args.runs)
    stage2 = timed([plugin.opt, f"-load-pass-plugin={plugin.path}", "-passes=enzyme", "-S",
                    str(typed), "-o", str(grad)], args.runs)
    mb = module.stat().st_size / 1e6
    print("| input | row | wall s | x two stages |\n|---|---|---:|---:|")
    print(f"| {module.name} {mb:.1f} MB | irpass run --passes typeinfo,enzyme | "
          f"{pipeline:.2f} | {pipeline / (stage1 + stage2):.2f} |")
    print(f"| | irpass run --passes typeinfo | {stage1:.2f} | |")
    print(f"| | opt-19 -passes=enzyme | {stage2:.2f} | |")
    print(f"| | both stages | {stage1 + stage2:.2f} | 1.00 |")


if __name__ == "__main__":
    main()
