"""Dominators of a function's blocks, for the model's own verifier: whether each value is
defined before every use of it (LLVM's "Instruction does not dominate all uses!").

The model imports nothing else of irpass, so this is a plain iterative algorithm (Cooper,
Harvey and Kennedy, "A Simple, Fast Dominance Algorithm") over the blocks in reverse
post-order, not the networkx analyses of ``irpass.passes.analyses``. It reads a function and
writes nothing.
"""

from __future__ import annotations

from irpass.ir.function import BasicBlock, Function
from irpass.ir.instructions import Instruction

# The defining instructions whose value is not available at the end of their block but on
# one edge out of it (LLVM checks edge dominance for them): not checked here.
_EDGE_DEFINED = frozenset({"invoke", "callbr"})


class Dominators:
    """Immediate dominators of the blocks of ``fn`` reachable from its entry."""

    def __init__(self, fn: Function) -> None:
        order: list[BasicBlock] = []
        seen = {id(fn.blocks[0])}
        stack = [(fn.blocks[0], iter(fn.blocks[0].successors))]
        while stack:  # post-order, iteratively (deep CFGs)
            block, succs = stack[-1]
            for s in succs:
                if id(s) not in seen:
                    seen.add(id(s))
                    stack.append((s, iter(s.successors)))
                    break
            else:
                order.append(block)
                stack.pop()
        order.reverse()
        self.number = {id(b): k for k, b in enumerate(order)}
        preds: dict[int, list[int]] = {k: [] for k in range(len(order))}
        for b in order:
            for s in b.successors:
                preds[self.number[id(s)]].append(self.number[id(b)])
        idom = [-1] * len(order)
        idom[0] = 0
        changed = True
        while changed:
            changed = False
            for k in range(1, len(order)):
                new = -1
                for p in preds[k]:
                    if idom[p] != -1:
                        new = p if new == -1 else self._meet(idom, p, new)
                if new != idom[k]:
                    idom[k] = new
                    changed = True
        self.idom = idom

    @staticmethod
    def _meet(idom: list[int], a: int, b: int) -> int:
        while a != b:
            while a > b:
                a = idom[a]
            while b > a:
                b = idom[b]
        return a

    def reachable(self, block: BasicBlock) -> bool:
        return id(block) in self.number

    def dominates(self, a: BasicBlock, b: BasicBlock) -> bool:
        """Whether every path from the entry to ``b`` passes ``a`` (true of any ``a`` when
        ``b`` is unreachable, as LLVM has it)."""
        nb = self.number.get(id(b))
        if nb is None:
            return True
        na = self.number.get(id(a))
        if na is None:
            return False
        while nb > na:
            nb = self.idom[nb]
        return nb == na


def undominated_uses(fn: Function) -> list[tuple[Instruction, Instruction]]:
    """(definition, user) for each use of an instruction's value where the definition does
    not dominate it: a use before the definition in one block, a use in a block the
    definition's block does not dominate, a ``phi`` whose incoming value is not available at
    the end of the incoming block. Debug records and metadata operands are not uses here."""
    if not fn.blocks:
        return []
    dom: Dominators | None = None
    position: dict[int, int] = {}
    out: list[tuple[Instruction, Instruction]] = []
    for block in fn.blocks:
        for k, inst in enumerate(block.instructions):
            position[id(inst)] = k
    for block in fn.blocks:
        for inst in block.instructions:
            is_phi = inst.opcode == "phi"
            pairs = inst.incoming if is_phi else ((op, None) for op in inst.operands)
            for op, via in pairs:
                if not isinstance(op, Instruction) or op.parent is None or \
                        op.parent.parent is not fn or op.opcode in _EDGE_DEFINED:
                    continue
                at = via if is_phi else block
                if op.parent is at:
                    if is_phi or position[id(op)] < position[id(inst)]:
                        continue
                    if dom is None:
                        dom = Dominators(fn)
                    if not dom.reachable(at):
                        continue
                    out.append((op, inst))
                    continue
                if dom is None:
                    dom = Dominators(fn)
                if not dom.dominates(op.parent, at):
                    out.append((op, inst))
    return out
