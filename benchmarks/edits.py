"""What an edit costs: passes that touch part of a big module, next to irpass's own
parse+print of that module.

    python3 benchmarks/edits.py [--lua benchmarks/out/lua.ll] [--repeat N] [--units 4]

Rows, each a fresh process timed from outside (the minimum over --repeat runs), for each
module:

- `irpass run IN -o /dev/null`: irpass's own parse+print (eager, no passes): the baseline;
- `irpass run --lazy IN -o /dev/null`: the lazy read a run with passes makes (bodies parsed
  as a pass needs them; metadata lines kept as text and read on lookup), then printed;
- benchmarks/out/muls.ll (made here: C translation units of small integer functions that
  multiply by powers of two, 400 functions a unit, compiled with `clang-22 -O0 -g -S
  -emit-llvm` and linked with `llvm-link-22 -S`): `irpass run --load
  benchmarks/mul_to_shl.py --passes mul-to-shl` (every `mul` by a power of two becomes a
  `shl`, verified before it is written, as `irpass run` does), and `opt-22
  -passes=instcombine -S` for scale;
- the Lua interpreter (benchmarks/out/lua.ll, made by benchmarks/lua.py), if there:
  `irpass run --passes strip-debug` and `opt-22 -strip-debug -S`.

Each row is reported as a ratio to the baseline of its module, by wall time and by CPU time
(user + system, from wait4's rusage). Not a test: nothing is
asserted (tests/test_edit_cost.py checks the shape: an edit's work does not grow with the
module).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run as bench  # noqa: E402  (benchmarks/run.py: measure, ENV, PY)

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
FUNCS_PER_UNIT = 400
MUL_BY_POWER = re.compile(r"= mul (?:nuw |nsw )*i\d+ [^,]+, (?:2|4|8|16|32|64|128|256|512|"
                          r"1024|2048|4096)(?:,|$)", re.M)


def unit(u: int) -> str:
    """A translation unit of FUNCS_PER_UNIT integer functions, each with a few
    multiplications by powers of two (and one by 3, left alone) in a loop."""
    out = [f"struct Q{u} {{ int a[8]; long b; short c; }};"]
    for i in range(FUNCS_PER_UNIT):
        callee = f"unit{u}_g{i - 1}" if i else None
        out.append(f"""
long unit{u}_g{i}(struct Q{u} *q, int n, long m) {{
  long acc = {i};
  for (int k = 0; k < n; k++) {{
    acc += q->a[k & 7] * {1 << (i % 5 + 1)} - k * 4;
    m = m * 16 + acc * 3;
    q->c = (short)(q->c * 2);
  }}
  {f"acc += {callee}(q, n - 1, m) * 8;" if callee and i % 3 else ""}
  return acc * 64 + m * (long){1 << (i % 7)};
}}""")
    return "\n".join(out) + "\n"


def make_muls(units: int) -> Path:
    """benchmarks/out/muls.ll from ``units`` translation units (made once)."""
    work = OUT / "muls"
    work.mkdir(parents=True, exist_ok=True)
    target = OUT / "muls.ll"
    srcs = []
    for u in range(units):
        p = work / f"unit{u}.c"
        p.write_text(unit(u))
        srcs.append(p)

    def compile_one(src: Path) -> Path:
        ll = src.with_suffix(".ll")
        subprocess.run(["clang-22", "-O0", "-g", "-S", "-emit-llvm", str(src), "-o", str(ll)],
                       check=True)
        return ll

    with ThreadPoolExecutor(2) as pool:
        lls = list(pool.map(compile_one, srcs))
    subprocess.run(["llvm-link-22", "-S", *map(str, lls), "-o", str(target)], check=True)
    return target


def measure(cmd: list[str]) -> tuple[float, float, float, int]:
    """(wall s, CPU s (user + system), peak RSS MB, exit status) of a fresh process, each
    the minimum over bench.REPEAT runs. CPU time moves less than wall time when the machine
    is shared."""
    runs = []
    for _ in range(bench.REPEAT):
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                cwd=bench.ROOT, env=bench.ENV)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        rc = os.waitstatus_to_exitcode(status)
        if rc != 0 and proc.stderr is not None:
            sys.stderr.write(proc.stderr.read().decode(errors="replace")[-500:])
        runs.append((wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, rc))
    return (min(r[0] for r in runs), min(r[1] for r in runs), min(r[2] for r in runs),
            max(r[3] for r in runs))


def rows(path: Path, runs: list[tuple[str, list[str]]]) -> None:
    mb = path.stat().st_size / 1e6
    print(f"\n{path.name}: {mb:.1f} MB")
    base: tuple[float, float] | None = None
    print(f"  {'':44} {'wall s':>7} {'x wall':>7} {'CPU s':>7} {'x CPU':>7} {'RSS MB':>7}")
    for label, cmd in runs:
        wall, cpu, rss, rc = measure(cmd)
        if base is None:
            base = wall, cpu
        flag = "" if rc == 0 else f" [exit {rc}]"
        print(f"  {label + flag:44} {wall:7.2f} {wall / base[0]:7.2f} {cpu:7.2f} "
              f"{cpu / base[1]:7.2f} {rss:7.0f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--units", type=int, default=4, help="translation units in muls.ll")
    ap.add_argument("--lua", type=Path, default=OUT / "lua.ll")
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    bench.REPEAT = args.repeat
    muls = OUT / "muls.ll"
    if not muls.exists():
        make_muls(args.units)
    text = muls.read_text()
    print(f"muls.ll: {text.count(chr(10) + 'define ')} definitions, "
          f"{len(MUL_BY_POWER.findall(text))} muls by a power of two")
    irpass = [bench.PY, "-m", "irpass", "run"]
    rows(muls, [
        ("irpass run (parse+print, eager)", irpass + [str(muls), "-o", "/dev/null"]),
        ("irpass run --lazy (parse+print, lazy)", irpass + ["--lazy", str(muls), "-o",
                                                            "/dev/null"]),
        ("irpass run --passes mul-to-shl", irpass + [
            "--load", str(HERE / "mul_to_shl.py"), "--passes", "mul-to-shl", str(muls),
            "-o", "/dev/null"]),
        ("opt-22 -passes=instcombine -S", ["opt-22", "-passes=instcombine", "-S", str(muls),
                                           "-o", "/dev/null"]),
    ])
    if args.lua.exists():
        rows(args.lua, [
            ("irpass run (parse+print, eager)", irpass + [str(args.lua), "-o", "/dev/null"]),
            ("irpass run --lazy (parse+print, lazy)", irpass + ["--lazy", str(args.lua), "-o",
                                                                "/dev/null"]),
            ("irpass run --passes strip-debug", irpass + [
                "--passes", "strip-debug", str(args.lua), "-o", "/dev/null"]),
            ("opt-22 -strip-debug -S", ["opt-22", "-strip-debug", "-S", str(args.lua),
                                        "-o", "/dev/null"]),
        ])
    else:
        print(f"\n{args.lua} is missing: benchmarks/lua.py LUA_SRC_DIR makes it")


if __name__ == "__main__":
    main()
