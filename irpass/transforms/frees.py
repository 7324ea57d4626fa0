"""Allocations and frees in the shape Enzyme pairs: one ``malloc``, one ``free`` after it on
every path.

Enzyme keeps memory a function allocates until its reverse pass when that pass needs it, and
then must take the function's own ``free`` out of the forward pass. It finds that ``free``
only when it frees the ``malloc``'s result itself (not a ``phi`` of results) and post-dominates
the ``malloc`` (``computeGuaranteedFrees``). Optimized code breaks both: clang at ``-O3``
duplicates a function's allocations on the two sides of a branch (loop unswitching on
``count > 0``) and meets them in a ``phi``, and frees the same pointer on two paths. Enzyme
then frees the memory in the forward pass and again at the end of the reverse pass
("free(): double free", ADBench's hand at ``-O3``, Enzyme alone as well as through irpass),
having printed "freeing without malloc".

Two rewrites that do not change what the program computes give Enzyme its shape back:

- ``merge_branch_allocations``: ``malloc(n)`` at the start of both successors of a
  conditional branch, with the same size, met by a ``phi``, becomes one ``malloc(n)`` before
  the branch (each
  path allocated exactly once; now it does so a little earlier). ``phi``s whose incoming
  values become all the same are replaced by that value.
- ``sink_frees``: the frees of one pointer on exclusive paths become one ``free`` at their
  nearest common post-dominator, when every path from the allocation to it passes exactly
  one of them and it is in no loop; where paths that never allocated join there too, in a
  block of its own before it that only the allocation's paths enter (the memory lives a little longer; nothing used it after
  its free).

Reads and rewrites the functions the differentiated ones reach.
"""

from __future__ import annotations

import networkx as nx

from irpass.ir.builder import IRBuilder
from irpass.ir.dominators import Dominators
from irpass.ir.function import BasicBlock, Function
from irpass.ir.instructions import CallInst, Instruction

ALLOC = ("malloc",)
FREE = ("free",)


def _callee(inst: Instruction) -> str:
    if isinstance(inst, CallInst) and isinstance(inst.callee, Function):
        return inst.callee.name or ""
    return ""


def merge_branch_allocations(fn: Function) -> int:
    """Hoist pairs of same-size ``malloc`` calls, one on each side of a conditional branch,
    each run exactly once whenever its side is taken, into the branching block."""
    merged = 0
    cfg = Dominance(fn)
    for block in list(fn.blocks):
        term = block.terminator
        succs = block.successors
        if term is None or term.opcode != "br" or len(succs) != 2 or succs[0] is succs[1]:
            continue
        if any(len(s.predecessors) != 1 for s in succs):
            continue
        sides = [_side_allocations(cfg, block, s) for s in succs]
        for a in sides[0]:
            twin = next((b for b in sides[1] if _same_allocation(a, b) and _meet(a, b)), None)
            if twin is None:
                continue
            sides[1].remove(twin)
            a.move_before(term)
            twin.replace_all_uses_with(a)
            twin.erase()
            merged += 1
    if merged:
        _fold_trivial_phis(fn)
    return merged


class Dominance:
    """Dominators and post-dominators of a function's blocks, and its loops' blocks."""

    def __init__(self, fn: Function) -> None:
        self.fn = fn
        g = _graph(fn)
        self.graph = g
        self.idom = nx.immediate_dominators(g, id(fn.entry))
        rev = g.reverse(copy=True)
        rev.add_edges_from(("exit", id(b)) for b in fn.blocks if not b.successors)
        self.ipdom = nx.immediate_dominators(rev, "exit")
        self.cyclic = {n for comp in nx.strongly_connected_components(g)
                       for n in comp if len(comp) > 1 or g.has_edge(n, n)}

    @staticmethod
    def _up(tree: dict, a, b) -> bool:
        while True:
            if a == b:
                return True
            up = tree.get(b)
            if up is None or up == b:
                return False
            b = up

    def dominates(self, a: BasicBlock, b: BasicBlock) -> bool:
        return self._up(self.idom, id(a), id(b))

    def postdominates(self, a: BasicBlock, b: BasicBlock) -> bool:
        return self._up(self.ipdom, id(a), id(b))

    def in_loop(self, b: BasicBlock) -> bool:
        return id(b) in self.cyclic


def _side_allocations(cfg: Dominance, branch: BasicBlock, side: BasicBlock) -> list[CallInst]:
    """The ``malloc`` calls that run exactly once whenever ``side`` is entered (in a block
    ``side`` dominates and that post-dominates it, in no loop) and whose size is known in
    ``branch``: they can move there. (Whatever runs before them then runs after; a call in
    between that never returns would leave the memory allocated, which changes nothing the
    program computes.)"""
    out = []
    for b in cfg.fn.blocks:
        if not (cfg.dominates(side, b) and cfg.postdominates(b, side)) or cfg.in_loop(b):
            continue
        for i in b.instructions:
            if isinstance(i, CallInst) and _callee(i) in ALLOC:
                size = i.arg(0)
                if not isinstance(size, Instruction) or (
                        size.parent is not None and cfg.dominates(size.parent, branch)):
                    out.append(i)
    return out


def _meet(a: CallInst, b: CallInst) -> bool:
    """Whether a ``phi`` takes both ``a`` and ``b``: the memory is then one variable's, freed
    through the ``phi``, which Enzyme cannot pair. Allocations each freed on their own side
    are paired there already; merging them would leave each free on one side only."""
    return any(u.opcode == "phi" and any(v is b for v, _ in u.incoming)
               for u in a.users if isinstance(u, Instruction))


def _same_allocation(a: CallInst, b: CallInst) -> bool:
    return _callee(a) == _callee(b) and len(a.args) == len(b.args) and \
        all(x is y for x, y in zip(a.arg_values, b.arg_values))


def _fold_trivial_phis(fn: Function) -> None:
    dom = Dominators(fn)  # folding phis changes no edge
    changed = True
    while changed:
        changed = False
        for inst in list(fn.instructions()):
            if inst.opcode != "phi" or not inst.operands:
                continue
            values = {id(v) for v, _ in inst.incoming if v is not inst}
            if len(values) == 1:
                value = next(v for v, _ in inst.incoming if v is not inst)
                if isinstance(value, Instruction) and value.parent is not None and \
                        not dom.dominates(value.parent, inst.parent):
                    continue
                inst.replace_all_uses_with(value)
                inst.erase()
                changed = True


def _graph(fn: Function) -> nx.DiGraph:
    g = nx.DiGraph()
    for b in fn.blocks:
        g.add_node(id(b))
        g.add_edges_from((id(b), id(s)) for s in b.successors)
    return g


def sink_frees(fn: Function) -> int:
    """Merge the frees of each allocation of ``fn`` that is freed on several exclusive paths
    into one at their nearest common post-dominator; returns how many pointers were."""
    frees: dict[int, list[CallInst]] = {}
    for inst in fn.instructions():
        if _callee(inst) in FREE and isinstance(inst, CallInst) and inst.args:
            ptr = inst.arg(0)
            if _callee(ptr) in ALLOC:
                frees.setdefault(id(ptr), []).append(inst)
    sunk = 0
    for calls in frees.values():
        if len(calls) < 2:
            continue
        target = _common_postdominator(fn, [c.parent for c in calls])
        ptr = calls[0].arg(0)
        if target is None or not _one_free_per_path(fn, ptr.parent, calls, target):
            continue
        dom = Dominators(fn)  # each split below adds a block
        if not dom.dominates(ptr.parent, target):
            # Paths that never allocated join there too: the frees meet in a block of their
            # own before it, which only the allocation's paths enter.
            inside = [p for p in target.predecessors
                      if dom.reachable(p) and dom.dominates(ptr.parent, p)]
            g = _graph(fn)
            if not inside or any(nx.has_path(g, id(ptr.parent), id(p))
                                 for p in target.predecessors if p not in inside):
                continue
            target = split_predecessors(target, inside)
        keep = calls[0]
        first = next(i for i in target.instructions if i.opcode != "phi")
        keep.move_before(first)
        for c in calls[1:]:
            c.erase()
        sunk += 1
    return sunk


def split_predecessors(block: BasicBlock, preds: list[BasicBlock]) -> BasicBlock:
    """A new block that ``preds`` go to instead of ``block`` and that goes to ``block``
    (LLVM's ``SplitBlockPredecessors``): each of ``block``'s ``phi``s takes the values from
    ``preds`` through a ``phi`` in the new block."""
    fn = block.parent
    new = fn.add_block(None, after=preds[-1])
    builder = IRBuilder(new)
    for phi in [i for i in block.instructions if i.opcode == "phi"]:
        inner = [(v, b) for v, b in phi.incoming if b in preds]
        outer = [(v, b) for v, b in phi.incoming if b not in preds]
        values = {id(v) for v, _ in inner}
        merged = inner[0][0] if len(values) == 1 else builder.phi(phi.type, inner)
        replacement = IRBuilder.at(phi).phi(phi.type, [*outer, (merged, new)])
        phi.replace_all_uses_with(replacement)
        phi.erase()
    builder.br(block)
    for pred in preds:
        term = pred.terminator
        for k, op in enumerate(term.operands):
            if op is block:
                term.set_operand(k, new)
    return new


def _common_postdominator(fn: Function, blocks: list[BasicBlock]) -> BasicBlock | None:
    """The nearest block every path from each of ``blocks`` to the function's returns
    passes, when it is in no loop (None otherwise)."""
    g = _graph(fn)
    exits = [id(b) for b in fn.blocks if not b.successors]
    if not exits:
        return None
    rev = g.reverse(copy=True)
    rev.add_edges_from(("exit", e) for e in exits)
    ipdom = nx.immediate_dominators(rev, "exit")

    def chain(node):
        out = [node]
        while node in ipdom and ipdom[node] != node:
            node = ipdom[node]
            out.append(node)
        return out

    chains = [chain(id(b)) for b in blocks]
    common = next((n for n in chains[0] if all(n in c for c in chains[1:])), None)
    if common is None or common == "exit":
        return None
    if any(nx.has_path(g, s, common) for s in g.successors(common)):
        return None  # in a loop: one free would run more than once
    return next(b for b in fn.blocks if id(b) == common)


def _one_free_per_path(fn: Function, start: BasicBlock, calls: list[CallInst],
                       target: BasicBlock) -> bool:
    """Whether every path from ``start`` (the allocation's block) to ``target`` passes
    exactly one of the frees ``calls``, and none comes after ``target``."""
    g = _graph(fn)
    free_blocks = {id(c.parent) for c in calls}
    if len(free_blocks) != len(calls) or id(start) in free_blocks or \
            id(target) in free_blocks:
        return False
    if nx.descendants(g, id(target)) & free_blocks:
        return False
    between = g.subgraph(n for n in g.nodes if n not in free_blocks)
    if nx.has_path(between, id(start), id(target)):
        return False  # a path that freed nothing would now free
    inner = g.subgraph(n for n in g.nodes if n != id(target))
    for c in calls:
        if (nx.descendants(inner, id(c.parent)) | {id(c.parent)}) & \
                (free_blocks - {id(c.parent)}):
            return False  # one path would have freed twice
    return True


def unpairable_frees(fn: Function) -> list[CallInst]:
    """The frees of ``fn`` Enzyme cannot pair with the allocation they free (what it then
    reports as "freeing without malloc" of the allocation): a free of a ``phi`` or
    ``select`` of allocations, or of an allocation it does not post-dominate."""
    cfg = None
    out = []
    for inst in fn.instructions():
        if _callee(inst) not in FREE or not isinstance(inst, CallInst) or not inst.args:
            continue
        ptr = inst.arg(0)
        if isinstance(ptr, Instruction) and ptr.opcode in ("phi", "select") and any(
                _callee(v) in ALLOC for v in ptr.operands):
            out.append(inst)
        elif _callee(ptr) in ALLOC and ptr.parent is not inst.parent:
            cfg = cfg or Dominance(fn)
            if not cfg.postdominates(inst.parent, ptr.parent):
                out.append(inst)
    return out


def canonicalize(functions: list[Function]) -> int:
    """Both rewrites on each of ``functions``; returns how many changes were made."""
    return sum(merge_branch_allocations(fn) + sink_frees(fn) for fn in functions
               if fn.blocks)
