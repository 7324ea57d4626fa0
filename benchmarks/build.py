"""irpass as a Makefile stage: start-up on a tiny module, and a build of many small files.

    python3 benchmarks/build.py [--files 300] [--jobs 2] [--repeat 5] [--irpass CMD]

Start-up: `irpass run tiny.ll -o out.ll` on a three-line module next to `opt-22 -S` on it,
each a fresh process. Build: FILES small modules (clang-22 -O0 -g of a small C file each, made
once in benchmarks/out/build/in; not committed) through a Makefile stage with `make -jJOBS`:
`irpass run $< -o $@` (eager round trip), `irpass run --passes typeinfo`, and `opt-22 -S $< -o $@`
(LLVM's round trip) as the stage, reported as a ratio to opt's build. Each figure is the
minimum over REPEAT runs (the machine is shared; the median is shown too). irpass is
.venv/bin/irpass when there is one, else `irpass` on PATH (or --irpass). Python writes its
bytecode caches as a user's install would (PYTHONDONTWRITEBYTECODE is dropped).
Not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out" / "build"
TINY = "define i32 @f(i32 %x) {\n  ret i32 %x\n}\n"

MAKEFILE = """\
IN := $(wildcard in/*.ll)
all: $(IN:in/%.ll=$(DIR)/%.ll)
$(DIR)/%.ll: in/%.ll | $(DIR)
\t$(STAGE) $< -o $@
$(DIR):
\tmkdir -p $@
"""


def source(i: int) -> str:
    """A small C file, different in each i: a struct, a loop, a call to libm, a global."""
    return f"""#include <math.h>
struct P{i} {{ double x, y; int n; }};
static const char *name{i} = "unit {i}";
double g{i} = {i}.25;
double f{i}(struct P{i} *p, int k) {{
  double acc = g{i};
  for (int j = 0; j < p->n + k; j++)
    acc += p->x * sin(p->y + j) - {i % 7}.5 * cos(acc);
  return acc + (name{i}[0] == 'u');
}}
double use{i}(double x) {{
  struct P{i} p = {{x, x * 2, {i % 5 + 1}}};
  return f{i}(&p, {i % 3});
}}
"""


def make_inputs(n: int) -> Path:
    src_dir, in_dir = OUT / "src", OUT / "in"
    if in_dir.is_dir() and len(list(in_dir.glob("*.ll"))) == n:
        return in_dir
    shutil.rmtree(OUT, ignore_errors=True)
    src_dir.mkdir(parents=True)
    in_dir.mkdir()

    def one(i: int) -> None:
        c = src_dir / f"m{i:04d}.c"
        c.write_text(source(i))
        subprocess.run(["clang-22", "-O0", "-g", "-S", "-emit-llvm", str(c), "-o",
                        str(in_dir / f"m{i:04d}.ll")], check=True)

    with ThreadPoolExecutor(2) as pool:
        list(pool.map(one, range(n)))
    return in_dir


def env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(cmd: list[str], repeat: int, cwd: Path) -> tuple[float, float]:
    """(minimum, median) wall seconds of ``repeat`` runs of ``cmd``."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, cwd=cwd, env=env(), stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times)


def irpass_command(given: str | None) -> list[str]:
    if given:
        return shlex.split(given)
    venv = ROOT / ".venv" / "bin" / "irpass"
    if venv.exists():
        return [str(venv)]
    found = shutil.which("irpass")
    return [found] if found else [sys.executable, "-m", "irpass"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--files", type=int, default=300)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--irpass", help="the irpass command (default: .venv/bin/irpass, irpass)")
    args = ap.parse_args()
    irpass = irpass_command(args.irpass)
    print(f"irpass: {shlex.join(irpass)}")

    OUT.mkdir(parents=True, exist_ok=True)
    tiny = OUT / "tiny.ll"
    tiny.write_text(TINY)
    subprocess.run([*irpass, "run", str(tiny), "-o", os.devnull], check=True, env=env())  # caches
    print(f"\nstart-up, a three-line module, {args.repeat * 4} runs each:")
    opt_t = timed(["opt-22", "-S", "tiny.ll", "-o", "tiny.opt.ll"], args.repeat * 4, OUT)
    ir_t = timed([*irpass, "run", "tiny.ll", "-o", "tiny.out.ll"], args.repeat * 4, OUT)
    print(f"  {'':36} {'min s':>7} {'median s':>9} {'x opt-22':>9}")
    for label, (lo, med) in (("opt-22 -S", opt_t), ("irpass run", ir_t)):
        print(f"  {label:36} {lo:7.3f} {med:9.3f} {lo / opt_t[0]:9.1f}")

    in_dir = make_inputs(args.files)
    size = sum(p.stat().st_size for p in in_dir.glob("*.ll")) / 1e6
    (OUT / "Makefile").write_text(MAKEFILE)
    stages = [
        ("opt-22 -S", "opt-22 -S"),
        ("irpass run", shlex.join([*irpass, "run"])),
        ("irpass run --passes typeinfo", shlex.join([*irpass, "run", "--passes", "typeinfo"])),
    ]
    print(f"\nbuild: {args.files} files ({size:.1f} MB, clang-22 -O0 -g), make -j{args.jobs}, "
          f"{args.repeat} runs each:")
    print(f"  {'stage':36} {'min s':>7} {'median s':>9} {'x opt-22':>9} {'ms/file':>8}")
    base = None
    for label, stage in stages:
        out_dir = OUT / "o"
        times = []
        for _ in range(args.repeat):
            shutil.rmtree(out_dir, ignore_errors=True)
            t0 = time.perf_counter()
            subprocess.run(["make", "-s", f"-j{args.jobs}", f"STAGE={stage}", "DIR=o"],
                           cwd=OUT, check=True, env=env())
            times.append(time.perf_counter() - t0)
        lo = min(times)
        base = base or lo
        print(f"  {label:36} {lo:7.2f} {statistics.median(times):9.2f} {lo / base:9.2f}"
              f" {lo / args.files * 1000 * args.jobs:8.0f}")


if __name__ == "__main__":
    main()
