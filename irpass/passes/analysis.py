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

    from irpass.passes.analyses.loopinfo import LoopInfo
    from irpass.passes.analyses.postdomtree import PostDominatorTree

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
        """Analysis ``name`` of ``unit`` (a function, or the module by default): cached until invalidated."""
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
    """The dominator tree of a function's reachable blocks (the ``domtree`` analysis).

    - ``idom[b]``: the immediate dominator of block ``b``; the entry block maps to itself.
      Unreachable blocks are not in it (``b in dom``).
    - ``immediate_dominator(b)``: the same, None for the entry block.
    - ``children(b)``: the blocks ``b`` immediately dominates, in function order.
    - ``dominates(a, b)``: every path from the entry to ``b`` goes through ``a`` (a block
      dominates itself); ``strictly_dominates(a, b)``: and ``a`` is not ``b``.
    - ``frontier(b)``: ``b``'s dominance frontier, the blocks where its dominance ends (where
      SSA construction puts phis); ``frontiers()`` all of them, as LLVM's
      ``print<domfrontier>`` lists them.
    - ``tree``: the tree as a networkx graph (edges from dominator to dominated).
    """

    idom: dict[BasicBlock, BasicBlock]
    tree: nx.DiGraph

    def __contains__(self, block: object) -> bool:
        return block in self.idom

    def immediate_dominator(self, block: BasicBlock) -> BasicBlock | None:
        """``block``'s immediate dominator (None for the entry block)."""
        parent = self.idom.get(block)
        return None if parent is None or parent is block else parent

    def children(self, block: BasicBlock) -> list[BasicBlock]:
        """The blocks ``block`` immediately dominates, in function order."""
        kids = list(self.tree.successors(block)) if block in self.tree else []
        fn = block.parent
        if fn is not None:
            order = {id(b): i for i, b in enumerate(fn.blocks)}
            kids.sort(key=lambda b: order.get(id(b), 0))
        return kids

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

    def strictly_dominates(self, a: BasicBlock, b: BasicBlock) -> bool:
        """Whether ``a`` dominates ``b`` and is not ``b``."""
        return a is not b and self.dominates(a, b)

    def frontiers(self) -> dict[BasicBlock, list[BasicBlock]]:
        """Every reachable block's dominance frontier (Cooper, Harvey and Kennedy's walk
        up from each join's predecessors)."""
        out: dict[BasicBlock, dict[int, BasicBlock]] = {b: {} for b in self.idom}
        for b in self.idom:
            preds = [p for p in b.predecessors if p in self.idom]
            if len(preds) < 2:
                continue
            stop = self.idom[b]
            for p in preds:
                runner = p
                while runner is not stop:
                    out[runner].setdefault(id(b), b)
                    nxt = self.idom[runner]
                    if nxt is runner:
                        break
                    runner = nxt
        return {b: list(f.values()) for b, f in out.items()}

    def frontier(self, block: BasicBlock) -> list[BasicBlock]:
        """``block``'s dominance frontier."""
        return self.frontiers().get(block, [])


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


@analysis("postdomtree")
def post_dominator_tree(fn: Function, am: AnalysisManager) -> PostDominatorTree:
    """The post-dominator tree of ``fn``, rooted at a virtual exit as LLVM's
    (``irpass.passes.analyses.postdomtree``)."""
    from irpass.passes.analyses.postdomtree import compute_post_dominator_tree

    return compute_post_dominator_tree(fn)


@analysis("loops")
def loop_info(fn: Function, am: AnalysisManager) -> LoopInfo:
    """LLVM's ``LoopInfo`` of ``fn``: its natural loops, nested (``irpass.passes.analyses.loopinfo``)."""
    from irpass.passes.analyses.loopinfo import compute_loop_info

    return compute_loop_info(fn, am.get("cfg", fn), am.get("domtree", fn))


class ExternalNode:
    """One of the call graph's two nodes that stand for code outside the module, as LLVM's
    ``CallGraph`` has them: ``EXTERNAL_CALLER`` calls every function that may be called from
    outside (not internal, or whose address is taken); ``UNKNOWN_CALLEE`` is called by
    indirect calls and by declarations (which may call back into the module)."""

    __slots__ = ("name",)
    blocks: tuple = ()  # like a declaration: nothing to look into

    def __init__(self, name: str) -> None:
        self.name = name

    def ref(self, namer=None) -> str:
        return self.name

    def __repr__(self) -> str:
        return self.name


EXTERNAL_CALLER = ExternalNode("<<external caller>>")
UNKNOWN_CALLEE = ExternalNode("<<unknown callee>>")
_LOCAL_LINKAGE = frozenset({"internal", "private"})


def address_taken(fn: Function) -> bool:
    """Whether ``fn`` is used other than as the callee of a call (stored, passed, in a
    global's initializer): it may then be called from anywhere. Uses in bodies still kept
    as text are not seen."""
    for user, index in fn.uses:
        if isinstance(user, CallInst) and index == 0:
            continue
        if user.is_debug_use:
            continue
        return True
    return False


@analysis("callgraph")
def call_graph(module: Module, am: AnalysisManager) -> nx.DiGraph:
    """Functions and the calls between them; an edge carries its call sites (``calls``).
    Indirect calls are edges to ``UNKNOWN_CALLEE``; ``EXTERNAL_CALLER`` has an edge to each
    function that can be reached from outside (``address_taken`` ones are marked so), as in
    LLVM's call graph. Bodies not parsed yet add no edges."""
    import networkx as nx

    g = nx.DiGraph()
    g.add_node(EXTERNAL_CALLER)
    g.add_node(UNKNOWN_CALLEE)
    for fn in module.functions:
        taken = address_taken(fn)
        g.add_node(fn, address_taken=taken)
        if taken or not (set(fn.pre_attrs) & _LOCAL_LINKAGE):
            g.add_edge(EXTERNAL_CALLER, fn, calls=[])
        if fn.is_materialized and fn.is_declaration and not fn.blocks and \
                "nocallback" not in fn.fn_attrs and not _nocallback(module, fn):
            g.add_edge(fn, UNKNOWN_CALLEE, calls=[])
    for fn in module.functions:
        if not fn.is_materialized:
            continue  # bodies still text: not asked for by the running pass
        for inst in fn.instructions():
            if isinstance(inst, CallInst):
                callee = inst.called_function
                if callee is not None and (callee.name or "").startswith("llvm.dbg."):
                    continue  # not calls (LLVM's call graph leaves them out too)
                target = callee if callee is not None else UNKNOWN_CALLEE
                if g.has_edge(fn, target):
                    g[fn][target]["calls"].append(inst)
                else:
                    g.add_edge(fn, target, calls=[inst])
    return g


def _nocallback(module: Module, fn: Function) -> bool:
    """``nocallback`` among the attributes of ``fn``'s attribute groups (intrinsics)."""
    for a in fn.fn_attrs:
        if a.startswith("#"):
            group = module.attribute_groups.get(int(a[1:])) if a[1:].isdigit() else None
            if group is not None and "nocallback" in group.attrs:
                return True
    return False
