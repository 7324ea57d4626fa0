"""Tail duplication of three-way merges: a block with exactly three predecessors copied for
one of them (LLVM's tail duplication, for one predecessor), so that no block has three.

``split_three_way_merges`` copies a block only when its values are used inside it, by its
successors' phis, or below a successor only it leads to (which then gets a phi), and when it
is not the entry, a loop header, an exception handler's block, or a block that frees memory
(a free on two paths is one an allocation cannot be paired with). What the program computes
is unchanged. The ``enzyme`` pass runs it before Enzyme, whose shortcut for three
predecessors loses a path (``irpass.enzyme.run.handoff`` says why).

Reads and rewrites the functions it is given.
"""

from __future__ import annotations

from irpass.ir.builder import IRBuilder, add_incoming
from irpass.ir.dominators import Dominators
from irpass.ir.function import BasicBlock, Function
from irpass.ir.instructions import CallInst, Instruction
from irpass.transforms.cloning import ValueMap, clone_block
from irpass.transforms.frees import Dominance

EH_PADS = ("landingpad", "catchswitch", "catchpad", "cleanuppad")
DEALLOCATORS = ("free", "_ZdlPv", "_ZdaPv", "_ZdlPvm", "_ZdaPvm", "__rust_dealloc")


def outside_uses(block: BasicBlock, dom) -> dict[int, tuple[BasicBlock, list]] | None:
    """Where the values of ``block`` are used outside it, other than by its successors'
    phis for the edge from it: for each successor that has ``block`` as its only
    predecessor (by id), that successor and the values used in the blocks it dominates.
    None when a use is elsewhere (copying the block would then need SSA rebuilt more
    widely than one phi per successor)."""
    exits = [s for s in block.successors if s.predecessors == [block]]
    out: dict[int, tuple[BasicBlock, list]] = {}
    for inst in block.instructions:
        for user, index in inst.uses:
            if not isinstance(user, Instruction) or user.parent is block and \
                    user.opcode != "phi":
                continue
            where = user.parent
            if user.opcode == "phi":
                where = user.operands[index + 1]
                if where is block:
                    continue  # the successor's phi gets the copy's value for the new edge
            home = next((s for s in exits if dom.dominates(s, where)), None)
            if home is None:
                return None
            values = out.setdefault(id(home), (home, []))[1]
            if inst not in values:
                values.append(inst)
    return out


def duplicable(block: BasicBlock, dom) -> bool:
    """Whether ``block`` can be copied for one of its predecessors: it is neither the entry
    nor an exception handler's block, it frees no memory, and its values are used inside
    it, by its successors' phis, or below a successor it alone leads to."""
    insts = block.instructions
    if not insts or insts[0].opcode in EH_PADS or block.parent is None or \
            block is block.parent.entry:
        return False
    if any(isinstance(i, CallInst) and isinstance(i.callee, Function) and
           (i.callee.name or "") in DEALLOCATORS for i in insts):
        return False  # a free on two paths is one Enzyme cannot pair with its malloc
    return outside_uses(block, dom) is not None


def loop_headers(fn: Function) -> set[int]:
    """The blocks of ``fn`` that a backedge enters (a predecessor they dominate)."""
    dom = Dominators(fn)
    return {id(b) for b in fn.blocks if dom.reachable(b)
            for p in b.predecessors if dom.reachable(p) and dom.dominates(b, p)}


def copy_for_predecessor(block: BasicBlock, pred: BasicBlock, dom) -> BasicBlock:
    """A copy of ``block`` that ``pred`` branches to instead of ``block`` (LLVM's tail
    duplication): the copy's phis become the values coming from ``pred``, ``block``'s phis
    lose ``pred``, the successors' phis get the copy's values for the new edge, and a
    successor only ``block`` led to gets a phi of each value used below it."""
    below = outside_uses(block, dom) or {}
    vmap = ValueMap()
    phis = [i for i in block.instructions if i.opcode == "phi"]
    from_pred = [next(v for v, b in phi.incoming if b is pred) for phi in phis]
    copy = clone_block(block, vmap, suffix=".dup", after=block)
    for phi, value in zip(phis, from_pred):  # one predecessor: a phi is its value
        twin = vmap[phi]
        twin.replace_all_uses_with(value)
        twin.erase()
        vmap[phi] = value
    for succ in copy.successors:
        for phi in [i for i in succ.instructions if i.opcode == "phi"]:
            for v, b in phi.incoming:
                if b is block:
                    add_incoming(phi, vmap.get(v, v), copy)
    for succ, values in below.values():
        first = succ.instructions[0]
        for v in values:
            merged = IRBuilder.at(first).phi(v.type, [(v, block), (vmap.get(v, v), copy)])
            for user, index in list(v.uses):
                if user is merged or not isinstance(user, Instruction):
                    continue
                where = user.operands[index + 1] if user.opcode == "phi" else user.parent
                if where is not block and where is not copy and dom.dominates(succ, where):
                    user.set_operand(index, merged)
    term = pred.terminator
    for k, op in enumerate(term.operands):
        if op is block:
            term.set_operand(k, copy)
    for phi in phis:
        keep = [(v, b) for v, b in phi.incoming if b is not pred]
        name = phi.name
        new = IRBuilder.at(phi).phi(phi.type, keep)
        phi.replace_all_uses_with(new)
        phi.erase()
        new.name = name
    return copy


def split_three_way_merges(functions: list[Function]) -> int:
    """Copy each block of three predecessors for the last of them that can take a copy;
    returns how many blocks were copied."""
    copied = 0
    for fn in functions:
        merges = [b for b in fn.blocks if len(b.predecessors) == 3]
        if not merges:
            continue
        headers = loop_headers(fn)
        for block in merges:
            dom = Dominance(fn)  # each copy changes who dominates whom below it
            if id(block) not in headers and duplicable(block, dom):
                copy_for_predecessor(block, block.predecessors[-1], dom)
                copied += 1
    return copied
