"""Parse-and-print speed and memory of irpass next to LLVM's own parser.

    python3 benchmarks/run.py [--generate] [--mb 50] [--repeat N] [FILES...]

Without FILES: the three largest corpus files, benchmarks/out/lua.ll (made by
benchmarks/lua.py) and benchmarks/out/big.ll (made by benchmarks/generate.py; --generate
makes it first), those that exist. Every figure is a run in a fresh process (the minimum of N
with --repeat): wall time (including start-up and reading the file), MB/s of input, and the
peak RSS of that process, from wait4's rusage. Not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PY = sys.executable

LLVMLITE = """
import sys, llvmlite.binding as llvm
text = open(sys.argv[1], encoding="utf-8", errors="surrogateescape").read()
mod = llvm.parse_assembly(text)
sys.stdout.write(str(mod))
"""
EAGER_PARSE = """
import sys, irpass
text = open(sys.argv[1], encoding="utf-8", errors="surrogateescape").read()
irpass.parse(text, sys.argv[1])
"""


# As a user's install runs: Python writes and reuses its bytecode caches.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
REPEAT = 1


def measure(cmd: list[str] | str, shell: bool = False) -> tuple[float, float, int]:
    """(seconds, peak RSS in MB, exit status) of a command, the minimum of each over REPEAT
    runs (the machine may be shared); output is discarded."""
    runs = [_measure_once(cmd, shell) for _ in range(REPEAT)]
    return min(r[0] for r in runs), min(r[1] for r in runs), max(r[2] for r in runs)


def _measure_once(cmd: list[str] | str, shell: bool) -> tuple[float, float, int]:
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, shell=shell, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, cwd=ROOT, env=ENV)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0 and proc.stderr is not None:
        sys.stderr.write(proc.stderr.read().decode(errors="replace")[-500:])
    return seconds, usage.ru_maxrss / 1024, proc.returncode


def has_pass(name: str) -> bool:
    from irpass.passes.registry import all_passes

    return name in all_passes()


def rows_for(path: Path, skip: list[str]) -> list[tuple[str, float, float, int]]:
    p = str(path)
    irpass_cmd = [PY, "-m", "irpass", "run"]
    runs: list[tuple[str, list[str] | str, bool]] = [
        ("llvmlite parse_assembly+str", [PY, "-c", LLVMLITE, p], False),
        # Both stages in one shell pipeline; the RSS is the larger of the two (wait4 on the
        # shell reports the largest child).
        ("llvm-as-22 | llvm-dis-22", f"llvm-as-22 {p} -o - | llvm-dis-22 -o /dev/null -",
         True),
        ("irpass run (no passes: eager)", irpass_cmd + [p, "-o", "/dev/null"], False),
        ("irpass run --lazy (no passes)", irpass_cmd + ["--lazy", p, "-o", "/dev/null"], False),
        ("irpass parse, eager, no print", [PY, "-c", EAGER_PARSE, p], False),
    ]
    if has_pass("typeinfo"):
        runs.append(("irpass run --passes typeinfo",
                     irpass_cmd + ["--passes", "typeinfo", p, "-o", "/dev/null"], False))
    else:
        print("  (no typeinfo pass registered: that row is left out)")
    out = []
    for label, cmd, shell in runs:
        if any(word in label for word in skip) and "llvmlite" not in label:
            continue
        secs, rss, rc = measure(cmd, shell)
        out.append((label if rc == 0 else f"{label} [exit {rc}]", secs, rss, rc))
    return out


def report(path: Path, skip: list[str]) -> None:
    mb = path.stat().st_size / 1e6
    print(f"\n{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {mb:.1f} MB")
    rows = rows_for(path, skip)
    base_t, base_rss = rows[0][1], rows[0][2]
    print(f"  {'':34} {'wall s':>8} {'MB/s':>7} {'peak RSS MB':>12} {'x llvmlite time':>16}"
          f" {'x llvmlite RSS':>15}")
    for label, secs, rss, _ in rows:
        print(f"  {label:34} {secs:8.2f} {mb / secs:7.2f} {rss:12.0f} {secs / base_t:16.2f}"
              f" {rss / base_rss:15.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--generate", action="store_true", help="make benchmarks/out/big.ll first")
    ap.add_argument("--mb", type=float, default=50.0)
    ap.add_argument("--skip", action="append", default=[], metavar="WORD",
                    help="leave out the rows whose label has WORD (e.g. 'no passes: eager')")
    ap.add_argument("--repeat", type=int, default=1,
                    help="run each row N times and report the minimum time and RSS")
    args = ap.parse_args()
    global REPEAT
    REPEAT = args.repeat
    if args.generate:
        subprocess.run([PY, str(HERE / "generate.py"), "--mb", str(args.mb)], check=True)
    files = args.files
    if not files:
        corpus = sorted((ROOT / "tests" / "corpus" / "ll").rglob("*.ll"),
                        key=lambda q: -q.stat().st_size)
        files = corpus[:3]
        for made, how in (("lua.ll", "benchmarks/lua.py SRC"), ("big.ll", "--generate")):
            if (HERE / "out" / made).exists():
                files.append(HERE / "out" / made)
            else:
                print(f"benchmarks/out/{made} is missing: {how} makes it")
    for f in files:
        report(f, args.skip)


if __name__ == "__main__":
    main()
