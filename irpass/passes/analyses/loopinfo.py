"""LLVM's ``LoopInfo``: the natural loops of a function, nested (the ``loops`` analysis).

A loop is a header and the blocks that reach one of its back edges (an edge to the header
from a block the header dominates) without going through the header. Loops nest: a loop
whose header is inside another loop is its sub-loop. The forest is built as LLVM builds it
(``LoopInfoBase::analyze``: loops discovered in a post-order walk of the dominator tree, then
blocks and sub-loops ordered by one post-order walk of the CFG), so the order of the loops
and of their blocks is LLVM's, and ``str(loop_info)`` is what ``opt
-passes='print<loops>'`` prints for the function. Unreachable blocks are in no loop.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from irpass.ir.function import BasicBlock
from irpass.ir.instructions import CallInst, Instruction
from irpass.ir.metadata import MDNode, MDRef, MDString
from irpass.ir.opcodes import TOUCHES_MEMORY

if TYPE_CHECKING:
    import networkx as nx

    from irpass.ir.function import Function
    from irpass.ir.values import Namer
    from irpass.passes.analyses.dominance import DominatorTree
    from irpass.passes.analysis import AnalysisManager

# Terminators one may not hoist code in front of (``Instruction::isSpecialTerminator``):
# a block ending in one is no preheader.
_SPECIAL_TERMINATORS = frozenset({"catchswitch", "catchret", "cleanupret", "invoke", "resume",
                                  "callbr"})


# Instructions that read or write memory whatever their operands (``mayReadOrWriteMemory``;
# calls are decided by their memory attributes).
_MEMORY_OPCODES = TOUCHES_MEMORY


class Loop:
    """One natural loop (LLVM's ``Loop``).

    - ``header``: the block every path into the loop goes through; ``blocks``: the loop's
      blocks, header first, then in LLVM's order (sub-loops' blocks included);
      ``len(loop)`` their number; ``block in loop`` (also an instruction, or a ``Loop``:
      whether it is this loop or nested in it).
    - ``parent``: the loop it is nested in (None: outermost); ``sub_loops``: the loops
      nested right inside it, in program order; ``depth``: 1 for an outermost loop.
    - ``latches``: blocks in the loop that branch back to the header; ``exiting_blocks``:
      blocks in the loop with a successor outside it; ``exit_blocks``: those successors;
      ``exit_edges``: the (exiting, exit) pairs.
    - ``predecessor``: the one block outside the loop that branches to the header (None if
      there are several); ``preheader``: that block when it can take hoisted code (it
      branches only to the header), as ``getLoopPreheader``.
    """

    __slots__ = ("header", "blocks", "parent", "sub_loops", "_members")

    def __init__(self, header: BasicBlock) -> None:
        self.header = header
        self.blocks: list[BasicBlock] = [header]
        self.parent: Loop | None = None
        self.sub_loops: list[Loop] = []
        self._members: set[int] = {id(header)}

    def _add_block(self, block: BasicBlock) -> None:
        self.blocks.append(block)
        self._members.add(id(block))

    # ---- nesting ----------------------------------------------------------------------
    @property
    def depth(self) -> int:
        """How deep the loop is nested: 1 for an outermost loop (``getLoopDepth``)."""
        n, loop = 1, self.parent
        while loop is not None:
            n, loop = n + 1, loop.parent
        return n

    @property
    def is_outermost(self) -> bool:
        """Whether no loop contains this one."""
        return self.parent is None

    @property
    def outermost(self) -> Loop:
        """The outermost loop containing this one (itself when it is outermost)."""
        loop = self
        while loop.parent is not None:
            loop = loop.parent
        return loop

    def loops_in_preorder(self) -> list[Loop]:
        """This loop, then every loop nested in it, each before its sub-loops, in program
        order (``getLoopsInPreorder``)."""
        out: list[Loop] = []
        work = [self]
        while work:
            loop = work.pop()
            out.append(loop)
            work.extend(reversed(loop.sub_loops))
        return out

    # ---- membership -------------------------------------------------------------------
    def __contains__(self, item: object) -> bool:
        if isinstance(item, Loop):
            while item is not None:
                if item is self:
                    return True
                item = item.parent
            return False
        if isinstance(item, Instruction):
            item = item.parent
        return id(item) in self._members

    def __len__(self) -> int:
        return len(self.blocks)

    # ---- edges in and out -------------------------------------------------------------
    @property
    def latches(self) -> list[BasicBlock]:
        """The blocks of the loop that branch to the header, in the loop's block order."""
        return [b for b in self.blocks if self.header in b.successors]

    @property
    def latch(self) -> BasicBlock | None:
        """The loop's only latch, or None when it has several (``getLoopLatch``)."""
        found = self.latches
        return found[0] if len(found) == 1 else None

    def is_latch(self, block: BasicBlock) -> bool:
        """Whether ``block`` is in the loop and branches to the header."""
        return block in self and self.header in block.successors

    def is_exiting(self, block: BasicBlock) -> bool:
        """Whether ``block`` is in the loop and has a successor outside it."""
        return block in self and any(s not in self for s in block.successors)

    @property
    def exiting_blocks(self) -> list[BasicBlock]:
        """Blocks of the loop with a successor outside it, in the loop's block order."""
        return [b for b in self.blocks if any(s not in self for s in b.successors)]

    @property
    def exiting_block(self) -> BasicBlock | None:
        """The loop's only exiting block, or None (``getExitingBlock``)."""
        found = self.exiting_blocks
        return found[0] if len(found) == 1 else None

    @property
    def exit_edges(self) -> list[tuple[BasicBlock, BasicBlock]]:
        """(block in the loop, block outside it) for every edge that leaves the loop, each
        edge once, in the loop's block order then successor order."""
        out: dict[tuple[int, int], tuple[BasicBlock, BasicBlock]] = {}
        for b in self.blocks:
            for s in b.successors:
                if s not in self:
                    out.setdefault((id(b), id(s)), (b, s))
        return list(out.values())

    @property
    def exit_blocks(self) -> list[BasicBlock]:
        """The blocks outside the loop that it branches to, each once, in the order LLVM's
        ``getExitBlocks`` meets them (``getUniqueExitBlocks``)."""
        out: dict[int, BasicBlock] = {}
        for _, s in self.exit_edges:
            out.setdefault(id(s), s)
        return list(out.values())

    @property
    def exit_block(self) -> BasicBlock | None:
        """The loop's only exit block, or None (``getExitBlock``)."""
        found = self.exit_blocks
        return found[0] if len(found) == 1 else None

    @property
    def predecessor(self) -> BasicBlock | None:
        """The one block outside the loop that branches to the header, or None when there
        are several (``getLoopPredecessor``; unreachable blocks count, as in LLVM)."""
        out = None
        for p in self.header.predecessors:
            if p not in self:
                if out is not None and out is not p:
                    return None
                out = p
        return out

    @property
    def preheader(self) -> BasicBlock | None:
        """The loop's predecessor when its only successor is the header and its terminator
        lets code be hoisted before it (not an ``invoke``, ``callbr`` or EH terminator):
        where loop-invariant code can go (``getLoopPreheader``)."""
        out = self.predecessor
        if out is None:
            return None
        term = out.terminator
        if term is not None and term.opcode in _SPECIAL_TERMINATORS:
            return None
        return out if len(out.successors) == 1 else None

    # ---- loop metadata ----------------------------------------------------------------
    @property
    def loop_id(self) -> int | None:
        """The number of the ``!llvm.loop`` node every latch's terminator carries (a node
        whose first element is itself), or None (``getLoopID``)."""
        found = None
        for latch in self.latches:
            text = latch.terminator.get_metadata("llvm.loop")  # type: ignore[union-attr]
            if text is None or not text[1:].isdigit():
                return None
            if found is not None and int(text[1:]) != found:
                return None
            found = int(text[1:])
        if found is None:
            return None
        node = _metadata(self.header, found)
        elements = node.elements if node is not None else ()
        return found if elements and elements[0] == MDRef(found) else None

    @property
    def is_annotated_parallel(self) -> bool:
        """Whether the loop's metadata says its iterations are independent: every memory
        access in it is in an access group its ``llvm.loop.parallel_accesses`` lists, or
        names the loop in ``!llvm.mem.parallel_loop_access`` (``isAnnotatedParallel``;
        ``print<loops>`` then says ``Parallel Loop``)."""
        loop_id = self.loop_id
        if loop_id is None:
            return False
        groups: set[int] = set()
        for ref in _md_elements(self.header, loop_id)[1:]:
            option = _md_elements(self.header, ref.id) if isinstance(ref, MDRef) else []
            if option and option[0] == MDString("llvm.loop.parallel_accesses"):
                groups.update(r.id for r in option[1:] if isinstance(r, MDRef))
        for block in self.blocks:
            for inst in block.instructions:
                if not _accesses_memory(inst):
                    continue
                group = _md_id(inst.get_metadata("llvm.access.group"))
                if group is not None:
                    inner = _md_elements(self.header, group)
                    listed = [r.id for r in inner if isinstance(r, MDRef)] or [group]
                    if any(g in groups for g in listed):
                        continue
                loops = _md_id(inst.get_metadata("llvm.mem.parallel_loop_access"))
                if loops is None or MDRef(loop_id) not in _md_elements(self.header, loops):
                    return False
        return True

    # ---- printing ---------------------------------------------------------------------
    def describe(self, namer: Namer | None = None, indent: int = 0) -> str:
        """The loop and its sub-loops as ``print<loops>`` prints them: ``Loop at depth 1
        containing: %h<header><exiting>,%b<latch>``, a line per loop."""
        if namer is None:
            from irpass.ir.writer import namer_for

            namer = namer_for(self.header)
        parts = []
        for b in self.blocks:
            marks = "<header>" if b is self.header else ""
            if self.header in b.successors:
                marks += "<latch>"
            if any(s not in self for s in b.successors):
                marks += "<exiting>"
            parts.append(b.ref(namer) + marks)
        kind = "Parallel Loop" if self.is_annotated_parallel else "Loop"
        line = " " * indent + f"{kind} at depth {self.depth} containing: " + ",".join(parts)
        return "\n".join([line, *(sub.describe(namer, indent + 4) for sub in self.sub_loops)])

    def __str__(self) -> str:
        return self.describe()

    def __repr__(self) -> str:
        return f"<Loop {self.header!r} depth {self.depth}, {len(self.blocks)} blocks>"


class LoopInfo:
    """The loops of one function (LLVM's ``LoopInfo``; the ``loops`` analysis).

    - ``top_level``: the outermost loops in LLVM's order, which is reverse program order
      (a post-order walk of the CFG); iterating a ``LoopInfo`` gives them, as iterating
      LLVM's does. ``loops_in_preorder()``: every loop, in program order, each before the
      loops nested in it.
    - ``loop_for(block)``: the innermost loop containing ``block`` (``getLoopFor``), or
      None; ``depth(block)``: how many loops contain it (0: none); ``is_header(block)``.
    - ``str(loop_info)``: what ``opt -passes='print<loops>'`` prints for the function,
      without its first line.
    """

    __slots__ = ("top_level", "_loop_of")

    def __init__(self, top_level: list[Loop], loop_of: dict[int, Loop]) -> None:
        self.top_level = top_level
        self._loop_of = loop_of

    def __iter__(self) -> Iterator[Loop]:
        return iter(self.top_level)

    def loops_in_preorder(self) -> list[Loop]:
        """Every loop, in program order, each before the loops nested in it."""
        out: list[Loop] = []
        for loop in reversed(self.top_level):
            out.extend(loop.loops_in_preorder())
        return out

    def loop_for(self, block: BasicBlock | Instruction) -> Loop | None:
        """The innermost loop containing ``block`` (or an instruction's block), or None."""
        if isinstance(block, Instruction):
            block = block.parent  # type: ignore[assignment]
        return self._loop_of.get(id(block))

    def depth(self, block: BasicBlock) -> int:
        """How many loops contain ``block`` (0 when it is in none)."""
        loop = self.loop_for(block)
        return loop.depth if loop is not None else 0

    def is_header(self, block: BasicBlock) -> bool:
        """Whether ``block`` is the header of a loop."""
        loop = self.loop_for(block)
        return loop is not None and loop.header is block

    def __str__(self) -> str:
        if not self.top_level:
            return ""
        from irpass.ir.writer import namer_for

        namer = namer_for(self.top_level[0].header)
        return "\n".join(loop.describe(namer) for loop in self.top_level)

    def __repr__(self) -> str:
        return f"<LoopInfo: {len(self.loops_in_preorder())} loops>"


def compute_loop_info(fn: Function, cfg: nx.DiGraph, dom: DominatorTree) -> LoopInfo:
    """The loops of ``fn`` from its CFG and dominator tree (``LoopInfoBase::analyze``)."""
    import networkx as nx

    entry = fn.entry
    if entry is None:
        return LoopInfo([], {})
    loop_of: dict[int, Loop] = {}  # block id -> innermost loop
    # Inner loops first: a header's post-order comes after the headers it dominates.
    for header in nx.dfs_postorder_nodes(dom.tree, entry):
        back = [p for p in header.predecessors if p in dom and dom.dominates(header, p)]
        if back:
            _discover(Loop(header), back, loop_of, dom)
    # One post-order walk of the CFG gives blocks and sub-loops their order: each is added
    # when it is finished, and a loop's lists are reversed when its header is finished.
    top: list[Loop] = []
    for block in nx.dfs_postorder_nodes(cfg, entry):
        loop = loop_of.get(id(block))
        if loop is not None and block is loop.header:
            (loop.parent.sub_loops if loop.parent is not None else top).append(loop)
            loop.blocks[1:] = loop.blocks[:0:-1]
            loop.sub_loops.reverse()
            loop = loop.parent
        while loop is not None:
            loop._add_block(block)
            loop = loop.parent
    return LoopInfo(top, loop_of)


def _discover(loop: Loop, back: list[BasicBlock], loop_of: dict[int, Loop],
              dom: DominatorTree) -> None:
    """Map the blocks that reach a back edge to ``loop`` and make the outermost loops met
    on the way its sub-loops (``discoverAndMapSubloop``)."""
    work = list(back)
    while work:
        block = work.pop()
        sub = loop_of.get(id(block))
        if sub is None:
            if block not in dom:
                continue  # unreachable from the entry
            loop_of[id(block)] = loop
            if block is not loop.header:
                work.extend(block.predecessors)
            continue
        sub = sub.outermost
        if sub is loop:
            continue
        sub.parent = loop
        work.extend(p for p in sub.header.predecessors if loop_of.get(id(p)) is not sub)


def _md_id(text: str | None) -> int | None:
    return int(text[1:]) if text is not None and text[1:].isdigit() else None


def _metadata(block: BasicBlock, node_id: int) -> MDNode | None:
    fn = block.parent
    module = fn.module if fn is not None else None
    return module.metadata.get(node_id) if module is not None else None


def _md_elements(block: BasicBlock, node_id: int) -> list:
    node = _metadata(block, node_id)
    return list(node.elements) if node is not None else []


def _accesses_memory(inst: Instruction) -> bool:
    """Whether ``inst`` may read or write memory (``mayReadOrWriteMemory``). A call does
    not when it or the function it calls directly is ``memory(none)`` (or ``readnone``);
    a call with operand bundles is taken to access memory."""
    if inst.opcode in _MEMORY_OPCODES:
        return True
    if not isinstance(inst, CallInst):
        return False
    fn = inst.function
    module = fn.module if fn is not None else None
    if any(isinstance(p, str) and "[" in p for p in inst.suffix):
        return not _no_memory(inst.fn_attrs, module)  # bundles may read or write
    callee = inst.callee
    from irpass.ir.function import Function

    return not (_no_memory(inst.fn_attrs, module) or
                (isinstance(callee, Function) and _no_memory(callee.fn_attrs, module)))


def _no_memory(attrs, module) -> bool:
    words = list(attrs)
    if module is not None:
        for g in attrs.groups():
            group = module.attribute_groups.get(g)
            if group is not None:
                words.extend(group.attrs)
    return "readnone" in words or "memory(none)" in words


def loop_info(fn: Function, am: AnalysisManager) -> LoopInfo:
    """The ``loops`` analysis: LLVM's ``LoopInfo`` of ``fn``, its natural loops, nested."""
    return compute_loop_info(fn, am.get("cfg", fn), am.get("domtree", fn))
