"""What ``rust-std`` costs: the index of std's bitcode built once per toolchain, then each
run on the std Rust programs of tests/e2e.

    python3 benchmarks/rust_std.py [--runs 3] [--plugin LLVMEnzyme-19.so]

Rows, each a fresh process timed from outside (best of ``--runs``):

- building the index into an empty cache (extracting every rlib's ``.llvmbc``, disassembling,
  scanning), and its size on disk; then reading it from the cache;
- per program and opt-level: ``irpass run --passes rust-std`` (with the index cached), the
  functions it adds (std's and its own helpers), and ``rust-std,typeinfo,enzyme`` when a
  plugin is found.

Not a test.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
E2E = ROOT / "tests" / "e2e"
PROGRAMS = ("rs_collect.rs", "rs_push.rs", "rs_box.rs", "rs_reverse.rs", "rs_sort.rs",
            "rs_capture.rs")


def timed(cmd: list[str], runs: int, env: dict, before=None) -> tuple[float, subprocess.CompletedProcess]:
    best, last = float("inf"), None
    for _ in range(runs):
        if before is not None:
            before()
        t = time.perf_counter()
        last = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT)
        best = min(best, time.perf_counter() - t)
    assert last is not None
    return best, last


def size_of(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--plugin", default="", help="default: the one irpass finds, if any")
    args = ap.parse_args()
    if not args.plugin:
        sys.path.insert(0, str(ROOT))
        from irpass.enzyme.run.plugin import find_plugin
        from irpass.passes.base import PassError

        try:
            args.plugin = str(find_plugin().path)
        except PassError:
            pass
    work = Path(tempfile.mkdtemp(prefix="irpass-bench-rust-"))
    cache = work / "cache"
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    if args.plugin:
        env["ENZYME_PLUGIN"] = args.plugin
    build = [sys.executable, "-c",
             "from irpass.enzyme.rust.ruststd import find_toolchain, llvm_tool\n"
             "from irpass.enzyme.rust.stdindex import StdIndex\n"
             "t = find_toolchain()\n"
             "StdIndex.open(t.sysroot, t.host, t.version, llvm_tool('llvm-dis', t.llvm))\n"]
    cold, r = timed(build, args.runs, env, before=lambda: shutil.rmtree(cache, True))
    assert r.returncode == 0, r.stderr
    warm, _ = timed(build, args.runs, env)
    print(f"index of std's bitcode: built in {cold:.2f} s, {size_of(cache) / 1e6:.1f} MB; "
          f"read from the cache in {warm:.2f} s (a whole process)")
    print("| program | level | IR in | rust-std | functions added | "
          "rust-std,typeinfo,enzyme | result |")
    print("|---|---|---:|---:|---:|---:|---|")
    for name in PROGRAMS:
        for opt in "0123":
            ll = work / f"{Path(name).stem}.O{opt}.ll"
            subprocess.run(["rustc", "--crate-type=lib", "--emit=llvm-ir", "-C", "panic=abort",
                            "-C", f"opt-level={opt}", "-g", str(E2E / name), "-o", str(ll)],
                           check=True, capture_output=True)
            out = work / "std.ll"
            t_std, r = timed([sys.executable, "-m", "irpass", "run", "--passes", "rust-std",
                              str(ll), "-o", str(out)], args.runs, env)
            assert r.returncode == 0, r.stderr
            before = len(re.findall(r"^define ", ll.read_text(), re.M))
            after = len(re.findall(r"^define ", out.read_text(), re.M))
            whole, result = "-", "-"
            if args.plugin:
                t_all, r = timed([sys.executable, "-m", "irpass", "run", "--passes",
                                  "rust-std,typeinfo,enzyme", str(ll), "-o",
                                  str(work / "grad.ll")], 1, env)
                whole = f"{t_all:.2f} s"
                result = "ok" if r.returncode == 0 else "Enzyme fails"
            print(f"| {name} | {opt} | {ll.stat().st_size / 1e3:.0f} kB | {t_std:.2f} s | "
                  f"{after - before} | {whole} | {result} |")
    shutil.rmtree(work, True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
