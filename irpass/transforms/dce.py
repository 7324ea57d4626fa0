"""The ``dce`` pass: delete instructions whose results are unused and that do nothing else."""

from __future__ import annotations

from dataclasses import dataclass

from irpass.ir.function import Function
from irpass.ir.instructions import SIDE_EFFECT_FREE, Instruction
from irpass.passes.analysis import AnalysisManager
from irpass.passes.base import FunctionPass


def is_trivially_dead(inst: Instruction) -> bool:
    """No real users and no effect: pure arithmetic, casts, GEPs, allocas, phis, and loads
    that are neither volatile nor atomic."""
    if inst.users or inst.is_terminator:
        return False
    if inst.opcode in SIDE_EFFECT_FREE:
        return True
    if inst.opcode == "load":
        return not inst.volatile and inst.ordering is None
    return False


@dataclass(frozen=True)
class DeadCodeElimination(FunctionPass):
    """Delete unused instructions that have no side effects (reads: instructions; writes:
    instructions, debug uses of deleted values become poison)."""

    name = "dce"
    preserves = frozenset({"cfg", "domtree", "loops", "callgraph"})

    def apply_function(self, fn: Function, am: AnalysisManager) -> bool:
        worklist = [i for i in fn.instructions() if is_trivially_dead(i)]
        changed = False
        while worklist:
            inst = worklist.pop()
            if inst.parent is None or not is_trivially_dead(inst):
                continue
            operands = [op for op in inst.operands if isinstance(op, Instruction)]
            inst.erase()
            changed = True
            worklist.extend(op for op in operands if is_trivially_dead(op))
        return changed
