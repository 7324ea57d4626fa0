"""The call graph (``callgraph``): functions and the calls between them, with LLVM's
external-caller and unknown-callee nodes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from irpass.ir.function import Function
from irpass.ir.instructions import CallInst
from irpass.ir.module import Module

if TYPE_CHECKING:
    import networkx as nx

    from irpass.passes.analysis import AnalysisManager


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
