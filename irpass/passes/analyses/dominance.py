"""The control flow graph (``cfg``) and the dominator tree (``domtree``) of a function."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from irpass.ir.function import BasicBlock, Function

if TYPE_CHECKING:  # networkx takes ~0.1 s to import: it is imported when a graph is built
    import networkx as nx

    from irpass.passes.analysis import AnalysisManager


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
