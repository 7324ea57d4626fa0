"""A pass plugin of one's own: two passes that ``irpass run`` loads from this file.

    irpass run --load passes.py --passes 'count-flops,exact-div' stats.ll -o stats.opt.ll
    irpass list --load passes.py

As a library (``samples/Makefile`` and ``tests/test_plugins.py`` do both)::

    from passes import ExactDiv
    from irpass.passes.manager import PassManager
    PassManager.from_pipeline("exact-div").run(module)   # the name, once the file is loaded
    ExactDiv().apply(module, AnalysisManager(module))    # or the pass itself

A pass is a frozen dataclass: a ``name``, typed fields for its options, one ``apply``
(``apply_function`` for a function pass), and a docstring that says what it reads and writes.
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass

from irpass.ir.builder import IRBuilder, const_float
from irpass.ir.function import Function
from irpass.ir.module import Module
from irpass.ir.values import Constant
from irpass.passes.analysis import AnalysisManager
from irpass.passes.base import ALL, FunctionPass, ModulePass

FLOPS = ("fadd", "fsub", "fmul", "fdiv", "frem", "fneg")


@dataclass(frozen=True)
class CountFlops(ModulePass):
    """Count the floating-point operations of each function (reads: instructions; writes:
    a table to stderr, or to the file ``out``; the module is left as it is)."""

    name = "count-flops"
    preserves = ALL
    out: str = ""

    def apply(self, module: Module, am: AnalysisManager) -> bool:
        lines = []
        for fn in module.functions:
            if not fn.blocks:
                continue
            counts = {op: 0 for op in FLOPS}
            for inst in fn.instructions():
                if inst.opcode in counts:
                    counts[inst.opcode] += 1
            if any(counts.values()):
                shown = " ".join(f"{op}={n}" for op, n in counts.items() if n)
                lines.append(f"{fn.name}: {shown}\n")
        if self.out:
            with open(self.out, "w", encoding="utf-8") as f:
                f.writelines(lines)
        else:
            sys.stderr.writelines(lines)
        return False


@dataclass(frozen=True)
class ExactDiv(FunctionPass):
    """Turn a division by a power of two into a multiplication by its inverse (``x / 4.0``
    -> ``x * 0.25``), which IEEE arithmetic computes exactly alike (reads: ``fdiv`` of
    ``float`` and ``double``; writes: each such ``fdiv`` replaced by an ``fmul`` that takes
    its name, flags and debug location)."""

    name = "exact-div"
    preserves = frozenset({"cfg", "domtree", "loops", "callgraph"})

    def apply_function(self, fn: Function, am: AnalysisManager) -> bool:
        changed = False
        for inst in fn.instructions():
            divisor = inst.operands[1] if inst.opcode == "fdiv" else None
            if not isinstance(divisor, Constant) or str(inst.type) not in ("float", "double"):
                continue
            d = divisor.value
            if not isinstance(d, float) or not _power_of_two(d, str(inst.type)):
                continue
            b = IRBuilder.at(inst, debug_loc=inst.get_metadata("dbg"))
            mul = b.binop("fmul", inst.operands[0], const_float(inst.type, 1.0 / d),
                          flags=sorted(inst.fast_math_flags))
            mul.take_name(inst)
            inst.replace_all_uses_with(mul)
            inst.erase()
            changed = True
        return changed


def _power_of_two(d: float, type_name: str) -> bool:
    """``d`` is ±2^k and 2^-k is a normal number of the type (so ``1 / d`` is exact)."""
    if d == 0 or not math.isfinite(d):
        return False
    mantissa, exp = math.frexp(abs(d))
    limit = 126 if type_name == "float" else 1022
    return mantissa == 0.5 and abs(exp - 1) <= limit


def main(argv: list[str]) -> int:
    """``python3 passes.py IN.ll OUT.ll``: the two passes used as a library, without the
    command; the same checks before writing (LLVM's verifier on what changed)."""
    import irpass
    from irpass.passes.manager import PassManager

    source, target = argv
    module = irpass.parse_file(source, lazy=True)
    pm = PassManager.of(CountFlops(), ExactDiv())
    pm.run(module)
    pm.verify(module)
    with open(target, "w", encoding="utf-8") as f:
        f.write(irpass.print_module(module))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
