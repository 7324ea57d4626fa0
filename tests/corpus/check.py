#!/usr/bin/env python3
"""Check that every tests/corpus/ll/*.ll is accepted by llvm-as-22, llvm-as-19
and llvmlite (parse_assembly + verify). Usage: python3 tests/corpus/check.py
clang-19 outputs (and typed_pointers.ll) are required to pass llvm-as-19;
for other files the llvm-as-19 result is only reported."""
import glob
import os
import subprocess
import sys

import llvmlite.binding as llvm

here = os.path.dirname(os.path.abspath(__file__))
files = sorted(glob.glob(os.path.join(here, "ll", "*.ll")))
failed = False
print(f"{'file':40} {'size':>9}  as22 as19 llvmlite")
for f in files:
    name = os.path.basename(f)
    res = {}
    for ver in ("22", "19"):
        p = subprocess.run([f"llvm-as-{ver}", f, "-o", os.devnull], capture_output=True, text=True)
        res[ver] = p.returncode == 0
    try:
        llvm.parse_assembly(open(f).read()).verify()
        res["lite"] = True
    except Exception as e:  # noqa
        res["lite"] = False
    need19 = ".clang19." in name or name == "typed_pointers.ll"
    ok = res["22"] and res["lite"] and (res["19"] or not need19)
    failed |= not ok
    def mark(b):
        return " ok " if b else "FAIL"
    print(f"{name:40} {os.path.getsize(f):>9}  {mark(res['22'])} {mark(res['19'])} {mark(res['lite'])}"
          + ("" if ok else "   <-- REQUIRED CHECK FAILED"))
sys.exit(1 if failed else 0)
