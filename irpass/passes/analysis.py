"""Analyses computed on demand and cached until a pass invalidates them.

An analysis is a function ``compute(unit, am)`` registered under a name; ``unit`` is a
``Function`` or the ``Module``. Graphs are networkx graphs whose nodes are blocks or functions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from irpass.ir.function import BasicBlock, Function
from irpass.ir.instructions import CallInst
from irpass.ir.module import Module

if TYPE_CHECKING:  # networkx takes ~0.1 s to import: only the analyses that build graphs do
    import networkx as nx

Compute = Callable[[Any, "AnalysisManager"], Any]
ANALYSES: dict[str, Compute] = {}


def analysis(name: str) -> Callable[[Compute], Compute]:
    def deco(fn: Compute) -> Compute:
        ANALYSES[name] = fn
        return fn

    return deco


class AnalysisManager:
    """Caches analysis results per unit (function or module)."""

    def __init__(self, module: Module) -> None:
        self.module = module
        self._cache: dict[tuple[str, int], Any] = {}
        self.computed = 0  # how many results were computed (not served from the cache)
        # Functions a function pass reported changed (``invalidate``), and how many times a
        # pass vouched for the module (``mark_verified``): the pass manager reads both.
        self.touched: dict[int, Function] = {}
        self.verified_marks = 0

    def mark_verified(self) -> None:
        """Say that the module, as it is now, is valid (a pass that replaced it with what
        LLVM verified, like ``enzyme``): it is not checked again before it is written."""
        self.verified_marks += 1

    def get(self, name: str, unit: Function | Module | None = None) -> Any:
        unit = self.module if unit is None else unit
        key = (name, id(unit))
        if key not in self._cache:
            try:
                compute = ANALYSES[name]
            except KeyError:
                raise KeyError(f"unknown analysis '{name}'") from None
            self._cache[key] = (unit, compute(unit, self))
            self.computed += 1
        return self._cache[key][1]

    def invalidate(self, unit: Function | Module | None, preserved: frozenset[str]) -> None:
        """Drop results not in ``preserved`` (``{"*"}`` keeps all). A change to a function also
        drops module-level results, which may depend on it."""
        if isinstance(unit, Function):
            self.touched[id(unit)] = unit
        if "*" in preserved:
            return
        target = None if unit is None or isinstance(unit, Module) else id(unit)
        for key in list(self._cache):
            name, uid = key
            if name in preserved:
                continue
            if target is None or uid == target or uid == id(self.module):
                del self._cache[key]


@analysis("cfg")
def control_flow_graph(fn: Function, am: AnalysisManager) -> nx.DiGraph:
    """Blocks and the edges between them (entry block first)."""
    import networkx as nx

    g = nx.DiGraph()
    for block in fn.blocks:
        g.add_node(block)
    for block in fn.blocks:
        for succ in block.successors:
            g.add_edge(block, succ)
    return g


@dataclass
class DominatorTree:
    idom: dict[BasicBlock, BasicBlock]
    tree: nx.DiGraph

    def dominates(self, a: BasicBlock, b: BasicBlock) -> bool:
        """Whether ``a`` dominates ``b`` (every block dominates itself)."""
        node = b
        while True:
            if node is a:
                return True
            parent = self.idom.get(node)
            if parent is None or parent is node:
                return False
            node = parent


@analysis("domtree")
def dominator_tree(fn: Function, am: AnalysisManager) -> DominatorTree:
    import networkx as nx

    cfg = am.get("cfg", fn)
    entry = fn.entry
    idom = dict(nx.immediate_dominators(cfg, entry)) if entry is not None else {}
    if entry is not None:
        # networkx before 3.6 maps the entry to itself, 3.6 leaves it out: keep one form
        idom[entry] = entry
    tree = nx.DiGraph()
    for b, d in idom.items():
        tree.add_node(b)
        if b is not d:
            tree.add_edge(d, b)
    return DominatorTree(idom, tree)


@dataclass
class Loop:
    header: BasicBlock
    blocks: set[BasicBlock]
    latches: list[BasicBlock]

    @property
    def depth_key(self) -> int:
        return len(self.blocks)


@analysis("loops")
def natural_loops(fn: Function, am: AnalysisManager) -> list[Loop]:
    """Natural loops: one per header, from back edges (edges to a dominator)."""
    cfg = am.get("cfg", fn)
    dom = am.get("domtree", fn)
    loops: dict[BasicBlock, Loop] = {}
    for src, dst in cfg.edges:
        if src in dom.idom and dom.dominates(dst, src):
            body = {dst, src}
            stack = [src]
            while stack:
                b = stack.pop()
                if b is dst:
                    continue
                for p in cfg.predecessors(b):
                    if p not in body:
                        body.add(p)
                        stack.append(p)
            loop = loops.setdefault(dst, Loop(dst, set(), []))
            loop.blocks |= body
            loop.latches.append(src)
    order = {b: i for i, b in enumerate(fn.blocks)}
    return sorted(loops.values(), key=lambda lp: order[lp.header])


@analysis("callgraph")
def call_graph(module: Module, am: AnalysisManager) -> nx.DiGraph:
    """Functions and direct calls between them; an edge carries its call sites."""
    import networkx as nx

    g = nx.DiGraph()
    for fn in module.functions:
        g.add_node(fn)
    for fn in module.functions:
        if not fn.is_materialized:
            continue  # bodies still text: not asked for by the running pass
        for inst in fn.instructions():
            if isinstance(inst, CallInst):
                callee = inst.called_function
                if callee is not None:
                    if g.has_edge(fn, callee):
                        g[fn][callee]["calls"].append(inst)
                    else:
                        g.add_edge(fn, callee, calls=[inst])
    return g
