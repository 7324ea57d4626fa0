"""Make benchmarks/out/lua.ll: the Lua interpreter as one LLVM module (not committed).

    python3 benchmarks/lua.py SRC_DIR

SRC_DIR is a checkout of Lua's sources (https://github.com/lua/lua; measured at commit
53b41d0c, "Avoid warning in some compilers") or a release's src/ directory. Each C file of the
interpreter (the core, the auxiliary and standard libraries and lua.c, as Lua's makefile links
them; ltests.c is compiled too, it is empty without LUA_USER_H) is compiled with
`clang-22 -O0 -g -std=c99 -DLUA_USE_LINUX -S -emit-llvm`, and the units are linked with
`llvm-link-22 -S`: about 8 MB of IR.
"""

from __future__ import annotations

import argparse
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
UNITS = ("lapi lcode lctype ldebug ldo ldump lfunc lgc llex lmem lobject lopcodes lparser "
         "lstate lstring ltable ltm lundump lvm lzio ltests lauxlib lbaselib ldblib liolib "
         "lmathlib loslib ltablib lstrlib lutf8lib loadlib lcorolib linit lua").split()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("src", type=Path, help="directory with Lua's .c files")
    args = ap.parse_args()
    work = OUT / "lua"
    work.mkdir(parents=True, exist_ok=True)

    def compile_one(name: str) -> Path:
        ll = work / f"{name}.ll"
        subprocess.run(["clang-22", "-O0", "-g", "-std=c99", "-DLUA_USE_LINUX", "-S",
                        "-emit-llvm", str(args.src / f"{name}.c"), "-o", str(ll)], check=True)
        return ll

    with ThreadPoolExecutor(2) as pool:
        lls = list(pool.map(compile_one, UNITS))
    out = OUT / "lua.ll"
    subprocess.run(["llvm-link-22", "-S", *map(str, lls), "-o", str(out)], check=True)
    print(f"{out}: {out.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
