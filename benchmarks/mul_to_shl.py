"""The pass of the edit-cost benchmark (``benchmarks/edits.py``): every ``mul`` by a power of
two becomes a ``shl``, as a user writes it from the guide.

    irpass run --load benchmarks/mul_to_shl.py --passes mul-to-shl IN -o OUT

Flags follow LLVM's instcombine: ``nuw`` is kept; ``nsw`` is kept unless the shift is by the
width minus one (``mul nsw i8 %x, -128`` is not ``shl nsw i8 %x, 7``).
"""

from __future__ import annotations

from dataclasses import dataclass

from irpass.ir.builder import IRBuilder, const_int
from irpass.ir.function import Function
from irpass.ir.types import IntType
from irpass.ir.values import Constant
from irpass.passes.analysis import AnalysisManager
from irpass.passes.base import FunctionPass
from irpass.passes.registry import register


def power_of_two(c: object, bits: int) -> int | None:
    """k when ``c`` is a constant 2**k (read as ``bits`` wide), else None."""
    if not isinstance(c, Constant):
        return None
    v = c.value
    if not isinstance(v, int) or isinstance(v, bool):
        return None
    v &= (1 << bits) - 1
    if v == 0 or v & (v - 1):
        return None
    return v.bit_length() - 1


@register
@dataclass(frozen=True)
class MulToShl(FunctionPass):
    """Rewrite ``mul X, 2**k`` as ``shl X, k`` (reads: integer ``mul`` instructions with a
    constant second operand; writes: a ``shl`` in place of each, which takes its name)."""

    name = "mul-to-shl"
    preserves = frozenset({"cfg", "domtree", "loops", "callgraph"})

    def apply_function(self, fn: Function, am: AnalysisManager) -> bool:
        changed = False
        for inst in fn.instructions():
            if inst.opcode != "mul" or not isinstance(inst.type, IntType):
                continue
            k = power_of_two(inst.operands[1], inst.type.bits)
            if k is None:
                continue
            flags = inst.flags
            kept = [f for f in ("nuw", "nsw") if f in flags and
                    (f == "nuw" or k != inst.type.bits - 1)]
            # the builder gives the shl the mul's !dbg, as LLVM's SetInsertPoint does
            shl = IRBuilder.at(inst).binop("shl", inst.operands[0],
                                           const_int(inst.type, k), flags=kept)
            inst.replace_all_uses_with(shl)
            shl.take_name(inst)
            inst.erase()
            changed = True
        return changed
