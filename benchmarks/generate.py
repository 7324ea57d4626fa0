"""Generate a large LLVM module for the benchmarks: benchmarks/out/big.ll (not committed).

Writes C translation units full of small numeric functions over structs, compiles them with
clang-22 at -O0 -g, and links them with llvm-link-22 together with a file that calls
__enzyme_autodiff on one of them. Usage: python3 benchmarks/generate.py [--mb 50]
"""

from __future__ import annotations

import argparse
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
FUNCS_PER_UNIT = 400

DRIVER = r"""
extern double __enzyme_autodiff(void *, ...);
double unit0_f0(double x, double y);
double dx(double x, double y) { return __enzyme_autodiff((void *)unit0_f0, x, y); }
"""


def unit(u: int) -> str:
    out = [f"struct P{u} {{ double x, y; int n; float w[4]; }};",
           "#include <math.h>"]
    for i in range(FUNCS_PER_UNIT):
        callee = f"unit{u}_f{i - 1}" if i else None
        out.append(f"""
double unit{u}_f{i}(double x, double y) {{
  struct P{u} p = {{x, y, {i}, {{1, 2, 3, 4}}}};
  double acc = 0.0;
  for (int k = 0; k < p.n % 7 + 2; k++) {{
    acc += p.x * sin(p.y + k) - p.w[k % 4] * cos(acc);
    if (acc > {i}.5) acc = sqrt(acc);
    else acc = acc * 0.5 + p.y;
  }}
  {f"acc += {callee}(acc, x) * 0.25;" if callee and i % 3 else ""}
  return acc + p.x * p.y;
}}""")
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=50.0, help="approximate size of the module")
    args = ap.parse_args()
    OUT.mkdir(exist_ok=True)
    per_unit_mb = 3.8  # measured: one unit of FUNCS_PER_UNIT functions is about this big
    units = max(1, int(args.mb / per_unit_mb + 0.999))
    srcs = []
    for u in range(units):
        p = OUT / f"unit{u}.c"
        p.write_text(unit(u))
        srcs.append(p)
    (OUT / "driver.c").write_text(DRIVER)
    srcs.append(OUT / "driver.c")

    def compile_one(src: Path) -> Path:
        ll = src.with_suffix(".ll")
        subprocess.run(["clang-22", "-O0", "-g", "-S", "-emit-llvm", str(src), "-o", str(ll)],
                       check=True)
        return ll

    with ThreadPoolExecutor(2) as pool:
        lls = list(pool.map(compile_one, srcs))
    big = OUT / "big.ll"
    subprocess.run(["llvm-link-22", "-S", *map(str, lls), "-o", str(big)], check=True)
    print(f"{big}: {big.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
