"""The post-dominator tree (the ``postdomtree`` analysis), as LLVM's ``PostDominatorTree``.

Block ``a`` post-dominates ``b`` when every path from ``b`` to the function's end goes
through ``a``. A function may end in several places (each ``ret``, ``unreachable``, a
``resume``) or in none (an infinite loop), so, as LLVM does, the tree hangs from a virtual
exit, ``VIRTUAL_EXIT``, whose children are the *roots*: every block without successors,
and for each region that reaches no such block (an infinite loop), one block of it chosen
as LLVM chooses it (``SemiNCAInfo::FindRoots``: the last block a forward walk from the
region reaches, successors taken latest in the function first; then roots that reach
another root are dropped). Every block is in the tree, unreachable ones too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from irpass.ir.function import BasicBlock

if TYPE_CHECKING:
    import networkx as nx

    from irpass.ir.function import Function
    from irpass.passes.analysis import AnalysisManager


class VirtualExit:
    """The post-dominator tree's root: the function's one, virtual, exit. LLVM prints it
    ``<<exit node>>`` and gives it a null block."""

    __slots__ = ()
    name = "<<exit node>>"

    def ref(self, namer=None) -> str:
        return self.name

    def __repr__(self) -> str:
        return self.name


VIRTUAL_EXIT = VirtualExit()
Node = BasicBlock | VirtualExit


@dataclass
class PostDominatorTree:
    """The post-dominator tree of a function (the ``postdomtree`` analysis).

    - ``roots``: the blocks hung under the virtual exit, in LLVM's order (what
      ``print<postdomtree>`` lists after ``Roots:``).
    - ``ipdom[b]``: the immediate post-dominator of block ``b``; ``VIRTUAL_EXIT`` for a root.
    - ``immediate_post_dominator(b)``: the same, None for a root.
    - ``children(node)``: the blocks ``node`` immediately post-dominates, in function order
      (``children(VIRTUAL_EXIT)``: the roots, and the blocks no one block post-dominates,
      like a branch to two exits).
    - ``dominates(a, b)``: every path from ``b`` to the exit goes through ``a`` (``a``
      post-dominates ``b``; a block post-dominates itself, the virtual exit every block);
      ``strictly_dominates(a, b)``: and ``a`` is not ``b``.
    - ``nearest_common_dominator(a, b)``: the nearest block (or the virtual exit) that
      post-dominates both.
    - ``tree``: the tree as a networkx graph, edges from post-dominator to post-dominated,
      rooted at ``VIRTUAL_EXIT``.
    """

    ipdom: dict[BasicBlock, Node]
    roots: list[BasicBlock]
    tree: nx.DiGraph
    root = VIRTUAL_EXIT

    def __contains__(self, block: object) -> bool:
        return block in self.ipdom or block is VIRTUAL_EXIT

    def immediate_post_dominator(self, block: BasicBlock) -> BasicBlock | None:
        """``block``'s immediate post-dominator; None for a root (whose parent is the
        virtual exit)."""
        parent = self.ipdom.get(block)
        return parent if isinstance(parent, BasicBlock) else None

    def children(self, node: Node) -> list[BasicBlock]:
        """The blocks ``node`` immediately post-dominates, in function order."""
        kids = list(self.tree.successors(node)) if node in self.tree else []
        fn = next((k.parent for k in kids if k.parent is not None), None)
        if fn is not None:
            order = {id(b): i for i, b in enumerate(fn.blocks)}
            kids.sort(key=lambda b: order.get(id(b), 0))
        return kids

    def dominates(self, a: Node, b: Node) -> bool:
        """Whether ``a`` post-dominates ``b`` (every block post-dominates itself; the
        virtual exit post-dominates every block)."""
        node: Node | None = b
        while node is not None:
            if node is a:
                return True
            node = self.ipdom.get(node)  # type: ignore[arg-type]
        return False

    def strictly_dominates(self, a: Node, b: Node) -> bool:
        """Whether ``a`` post-dominates ``b`` and is not ``b``."""
        return a is not b and self.dominates(a, b)

    def nearest_common_dominator(self, a: Node, b: Node) -> Node:
        """The nearest node that post-dominates both ``a`` and ``b`` (the virtual exit when
        no block does)."""
        above: set[int] = set()
        node: Node | None = a
        while node is not None:
            above.add(id(node))
            node = self.ipdom.get(node)  # type: ignore[arg-type]
        node = b
        while node is not None:
            if id(node) in above:
                return node
            node = self.ipdom.get(node)  # type: ignore[arg-type]
        return VIRTUAL_EXIT


def compute_post_dominator_tree(fn: Function) -> PostDominatorTree:
    """The post-dominator tree of ``fn``: LLVM's roots, then the immediate dominators of
    the reversed CFG from the virtual exit (networkx)."""
    import networkx as nx

    blocks = fn.blocks
    succs = {id(b): b.successors for b in blocks}  # with repeats, in terminator order
    preds: dict[int, list[BasicBlock]] = {id(b): [] for b in blocks}
    for b in blocks:
        for s in succs[id(b)]:
            if id(s) in preds:
                preds[id(s)].append(b)
    roots = find_roots(blocks, succs, preds)
    graph = nx.DiGraph()
    graph.add_node(VIRTUAL_EXIT)
    graph.add_nodes_from(blocks)
    graph.add_edges_from((VIRTUAL_EXIT, r) for r in roots)
    graph.add_edges_from((s, b) for b in blocks for s in succs[id(b)] if id(s) in preds)
    idom = nx.immediate_dominators(graph, VIRTUAL_EXIT)
    ipdom: dict[BasicBlock, Node] = {b: d for b, d in idom.items() if b is not VIRTUAL_EXIT}
    tree = nx.DiGraph()
    tree.add_node(VIRTUAL_EXIT)
    for b, d in ipdom.items():
        tree.add_edge(d, b)
    return PostDominatorTree(ipdom, roots, tree)


def find_roots(blocks: list[BasicBlock], succs: dict[int, list[BasicBlock]],
               preds: dict[int, list[BasicBlock]]) -> list[BasicBlock]:
    """The blocks LLVM hangs under the virtual exit, in its order: those without
    successors, in function order, then one block of each region that reaches none of
    them (``SemiNCAInfo::FindRoots`` and ``RemoveRedundantRoots``)."""
    seen: set[int] = set()

    def walk_back(start: BasicBlock) -> None:
        stack = [start]
        while stack:
            b = stack.pop()
            if id(b) not in seen:
                seen.add(id(b))
                stack.extend(preds[id(b)])

    roots = [b for b in blocks if not succs[id(b)]]
    for r in roots:
        walk_back(r)
    if len(seen) == len(blocks):
        return roots
    # Blocks that reach no exit: from each, walk forward through blocks not yet seen,
    # successors later in the function first, and take the last block the walk reaches
    # (as far from the start as the walk went); then everything that reaches it is seen.
    order = {id(b): i for i, b in enumerate(blocks)}
    for start in blocks:
        if id(start) in seen:
            continue
        last = start
        visited: set[int] = set()
        stack = [start]
        while stack:
            b = stack.pop()
            if id(b) in seen or id(b) in visited:
                continue
            visited.add(id(b))
            last = b
            stack.extend(sorted(succs[id(b)], key=lambda s: order[id(s)]))
        roots.append(last)
        walk_back(last)
    # A root that reaches another root is not needed; the last root takes its place.
    i = 0
    while i < len(roots):
        root = roots[i]
        if succs[id(root)] and _reaches_another(root, roots, succs):
            roots[i] = roots[-1]
            roots.pop()
            continue
        i += 1
    return roots


def _reaches_another(root: BasicBlock, roots: list[BasicBlock],
                     succs: dict[int, list[BasicBlock]]) -> bool:
    others = {id(r) for r in roots if r is not root}
    visited = {id(root)}
    stack = list(succs[id(root)])
    while stack:
        b = stack.pop()
        if id(b) in visited:
            continue
        if id(b) in others:
            return True
        visited.add(id(b))
        stack.extend(succs[id(b)])
    return False


def post_dominator_tree(fn: Function, am: AnalysisManager) -> PostDominatorTree:
    """The ``postdomtree`` analysis: the post-dominator tree of ``fn``, rooted at a virtual
    exit as LLVM's."""
    return compute_post_dominator_tree(fn)
