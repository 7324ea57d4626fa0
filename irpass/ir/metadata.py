"""Metadata: numbered nodes (``!5 = !{...}``, ``!7 = !DIBasicType(...)``), named metadata,
and the field values inside them.

A node read from text keeps that text and prints it again unchanged; a node that is built or
edited (``text`` set to ``None``) is printed from its fields.

``Module.metadata`` is a ``MetadataTable``: a mapping id -> node that, in a lazily read
module, keeps runs of metadata lines as text (``MetadataRun``) and reads a node on lookup.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, MutableMapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Union

from irpass.ir.names import escape


@dataclass(frozen=True, slots=True)
class MDRef:
    """A reference ``!N`` to a numbered node."""

    id: int

    def __str__(self) -> str:
        return f"!{self.id}"


class MDWord(str):
    """A bare word in a specialized node: ``DW_TAG_member``, ``FullDebug``."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class MDFlags:
    """``DIFlagPublic | DIFlagPrototyped``."""

    words: tuple[str, ...]

    def __str__(self) -> str:
        return " | ".join(self.words)


@dataclass(frozen=True, slots=True)
class MDTypedValue:
    """A value inside metadata: ``i32 7``, ``ptr @g``."""

    type: str
    value: str

    def __str__(self) -> str:
        return f"{self.type} {self.value}"


@dataclass(frozen=True, slots=True)
class MDString:
    value: str

    def __str__(self) -> str:
        return f'!"{escape(self.value)}"'


@dataclass(frozen=True, slots=True)
class MDList:
    """A braced list of metadata in a field: ``operands: {!0, !2}`` of ``!GenericDINode``."""

    items: tuple

    def __str__(self) -> str:
        return "{" + ", ".join(format_md_value(v) for v in self.items) + "}"


NO_FIELDS: Mapping[str, object] = MappingProxyType({})

MDValue = Union[MDRef, MDWord, MDFlags, MDTypedValue, MDString, MDList, "MDNode", int, str,
                bool, None]


def format_md_value(v: MDValue) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, MDNode):
        return v.body()
    if isinstance(v, MDWord):
        return str(v)
    if isinstance(v, str):
        return f'"{escape(v)}"'
    return str(v)


@dataclass(slots=True, eq=False)
class MDNode:
    """A metadata node. ``kind`` is ``"tuple"`` for ``!{...}``, else the specialized name
    (``DICompositeType``). Specialized nodes have ``fields`` (name -> value) or, for the few
    written with plain arguments (``DIExpression``, ``DIArgList``), ``args``."""

    kind: str
    id: int | None = None
    distinct: bool = False
    fields: dict[str, MDValue] = field(default_factory=dict)
    args: list[MDValue] = field(default_factory=list)
    elements: list[MDValue] = field(default_factory=list)
    text: str | None = None

    @classmethod
    def read(cls, kind: str, fields: dict[str, MDValue] | None = None,
             args: list[MDValue] | None = None, elements: list[MDValue] | None = None
             ) -> MDNode:
        """A node as read from text: the containers it does not have are shared, read-only
        empties (a module has hundreds of thousands of nodes, each with one of the three)."""
        return cls(kind, None, False, NO_FIELDS if fields is None else fields,  # type: ignore[arg-type]
                   () if args is None else args,  # type: ignore[arg-type]
                   () if elements is None else elements)  # type: ignore[arg-type]

    def get(self, name: str, default: MDValue = None) -> MDValue:
        return self.fields.get(name, default)

    def body(self) -> str:
        """The node as it appears after ``!N =`` (or inline)."""
        if self.text is not None:
            return self.text
        prefix = "distinct " if self.distinct and self.id is not None else ""
        if self.kind == "tuple":
            return prefix + "!{" + ", ".join(format_md_value(e) for e in self.elements) + "}"
        if self.fields:
            inner = ", ".join(f"{k}: {format_md_value(v)}" for k, v in self.fields.items())
        else:
            inner = ", ".join(format_md_value(a) for a in self.args)
        return f"{prefix}!{self.kind}({inner})"

    def touch(self) -> None:
        """Mark the node as edited: it will be printed from its fields."""
        if self.text is not None:
            self.text = None

    def refs(self) -> list[int]:
        """Numbers of the nodes this node refers to."""
        out: list[int] = []

        def walk(v: MDValue) -> None:
            if isinstance(v, MDRef):
                out.append(v.id)
            elif isinstance(v, MDNode):
                for x in (*v.fields.values(), *v.args, *v.elements):
                    walk(x)
            elif isinstance(v, MDList):
                for x in v.items:
                    walk(x)

        for x in (*self.fields.values(), *self.args, *self.elements):
            walk(x)
        return out

    def __repr__(self) -> str:
        return f"<MDNode !{self.id} {self.kind}>"


@dataclass(slots=True, eq=False)
class NamedMetadata:
    """``!llvm.module.flags = !{!0, !1}``: the ids of its nodes. LLVM also reads a
    ``!DIExpression(...)`` written in place among them: such an operand is that ``MDNode``."""

    name: str
    operands: list[int | MDNode] = field(default_factory=list)


class MetadataRun:
    """Consecutive ``!N = ...`` lines of the source kept as text (by every read; an eager
    read checks each line first and gives each run a copy of its lines).

    A module entity: the printer prints the lines as they came in, except the nodes read
    since (printed from the node, so edits show) and the nodes removed. ``loader`` reads one
    line into an ``MDNode`` and reports errors (``irpass.parser.lazy.MetadataLoader``).
    """

    __slots__ = ("loader", "start", "end")

    def __init__(self, loader, start: int, end: int) -> None:
        self.loader = loader
        self.start = start
        self.end = end

    def __repr__(self) -> str:
        return f"<MetadataRun {self.start}:{self.end}>"


class MetadataTable(MutableMapping[int, MDNode]):
    """``Module.metadata``: node id -> ``MDNode``, like a dict in file order.

    Nodes in ``MetadataRun``s are parsed when first looked up (``table[id]``, ``get``,
    ``values()``...); ``in``, ``len`` and iterating the ids read no node. The ids of the runs
    are indexed on first use, which is when a reused id is reported.
    """

    __slots__ = ("_nodes", "_order", "_runs", "_index", "_touched", "_removed")

    def __init__(self) -> None:
        self._nodes: dict[int, MDNode] = {}  # nodes read, added or set
        self._order: list[int | MetadataRun] = []  # ids set directly, and runs, in order
        self._runs: list[MetadataRun] = []
        self._index: _RunIndex | None = None
        self._touched: dict[int, int] = {}  # id -> index position: read or removed from a run
        self._removed: set[int] = set()  # ids of run lines removed

    # ---- filled by the reader (no lookups: the runs are not all known yet) -------------
    def add_read(self, node: MDNode) -> None:
        """A node read from the source, in file order (duplicate ids are the reader's job)."""
        assert node.id is not None
        self._nodes[node.id] = node
        self._order.append(node.id)

    def add_run(self, run: MetadataRun) -> None:
        self._runs.append(run)
        self._order.append(run)
        self._index = None

    def has_read(self, mid: int) -> bool:
        return mid in self._nodes

    # ---- mapping ------------------------------------------------------------------------
    def _position(self, mid: int) -> int | None:
        """Where ``mid`` is in the runs' index, if a live run line holds it."""
        if not self._runs or mid in self._removed:
            return None
        index = self._index
        if index is None:
            index = self._index = _RunIndex(self._runs, self._nodes)
        return index.find(mid)

    def __getitem__(self, mid: int) -> MDNode:
        node = self._nodes.get(mid)
        if node is not None:
            return node
        pos = self._position(mid)
        if pos is None:
            raise KeyError(mid)
        assert self._index is not None
        run, start, end = self._index.line(pos)
        node = run.loader.load(start, end)
        self._nodes[mid] = node
        self._touched[mid] = pos
        return node

    def get(self, mid, default=None):  # type: ignore[override]
        try:
            return self[mid]
        except KeyError:
            return default

    def __contains__(self, mid: object) -> bool:
        return mid in self._nodes or (isinstance(mid, int) and self._position(mid) is not None)

    def __setitem__(self, mid: int, node: MDNode) -> None:
        if mid not in self:
            self._order.append(mid)
        else:
            pos = self._position(mid)
            if pos is not None:
                self._touched[mid] = pos  # the run prints this node in that line's place
        self._nodes[mid] = node

    def __delitem__(self, mid: int) -> None:
        pos = self._position(mid)
        if pos is not None:
            self._removed.add(mid)
            self._touched[mid] = pos
            self._nodes.pop(mid, None)
        else:
            del self._nodes[mid]

    def __iter__(self) -> Iterator[int]:
        seen: set[int] = set()
        for seg in self._order:
            if isinstance(seg, MetadataRun):
                if self._index is None:
                    self._index = _RunIndex(self._runs, self._nodes)
                removed = self._removed
                for mid in self._index.run_ids(seg):
                    if mid not in removed:
                        yield mid
            elif seg in self._nodes and seg not in seen and self._position(seg) is None:
                seen.add(seg)
                yield seg

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def next_id(self) -> int:
        """One more than the largest id in the table (0 when empty)."""
        top = max(self._nodes, default=-1)
        if self._runs:
            if self._index is None:
                self._index = _RunIndex(self._runs, self._nodes)
            top = max(top, self._index.largest(self._removed))
        return top + 1

    def line_text(self, mid: int) -> str | None:
        """Node ``mid``'s line as it prints now (``!N = ...\n``), read from its run's text
        without parsing it; None if there is no such node."""
        node = self._nodes.get(mid)
        if node is not None:
            return f"!{mid} = {node.body()}\n"
        pos = self._position(mid)
        if pos is None:
            return None
        assert self._index is not None
        run, start, end = self._index.line(pos)
        return run.loader.text[start:end]

    def is_in_run(self, mid: int) -> bool:
        """Whether ``mid`` is a line of a run (removing it edits the run, not the entities)."""
        return self._position(mid) is not None

    def run_text(self, run: MetadataRun) -> str:
        """The lines of ``run`` as they print now."""
        text = run.loader.text
        if not self._touched:
            return text[run.start:run.end]
        assert self._index is not None
        index = self._index
        # Positions of one run are consecutive and in text order: pick this run's by range.
        r = index.runs.index(run)
        lo, hi = index.run_starts[r], index.run_starts[r + 1]
        changed = sorted((pos, mid) for mid, pos in self._touched.items() if lo <= pos < hi)
        starts = index.starts
        out = []
        at = run.start
        for pos, mid in changed:
            start = starts[pos]
            end = text.index("\n", start) + 1
            out.append(text[at:start])
            node = self._nodes.get(mid)
            if mid not in self._removed and node is not None:
                out.append(f"!{node.id} = {node.body()}\n")
            at = end
        out.append(text[at:run.end])
        return "".join(out)


class _RunIndex:
    """The ids of the runs' lines and where each line starts, built on first lookup."""

    __slots__ = ("runs", "ids", "starts", "run_starts", "sorted_pos", "text")

    def __init__(self, runs: list[MetadataRun], read: dict[int, MDNode]) -> None:
        self.runs = runs
        self.ids = array("q")
        self.starts = array("q")
        self.run_starts: list[int] = []
        for run in runs:
            self.run_starts.append(len(self.ids))
            text = run.loader.text
            for m in _LINE_ID.finditer(text, run.start, run.end):
                self.ids.append(int(m.group(1)))
                self.starts.append(m.start())
        self.run_starts.append(len(self.ids))
        ids = self.ids
        ascending = all(ids[i] < ids[i + 1] for i in range(len(ids) - 1))
        self.sorted_pos: array | None = None
        if not ascending:
            self.sorted_pos = array("q", sorted(range(len(ids)), key=ids.__getitem__))
        self._check(read)

    def _check(self, read: dict[int, MDNode]) -> None:
        ids = self.ids
        order = self.sorted_pos if self.sorted_pos is not None else range(len(ids))
        prev = None
        for pos in order:
            mid = ids[pos]
            if mid == prev or mid in read:
                run = self.line(pos)[0]
                raise run.loader.error(self.starts[pos], "Metadata id is already used")
            prev = mid

    def find(self, mid: int) -> int | None:
        ids = self.ids
        if self.sorted_pos is None:
            i = bisect_left(ids, mid)
            return i if i < len(ids) and ids[i] == mid else None
        order = self.sorted_pos
        i = bisect_left(order, mid, key=ids.__getitem__)
        return order[i] if i < len(order) and ids[order[i]] == mid else None

    def largest(self, removed: set[int]) -> int:
        """The largest id not in ``removed`` (-1 if none)."""
        ids = self.ids
        order = self.sorted_pos if self.sorted_pos is not None else range(len(ids))
        for i in range(len(order) - 1, -1, -1):
            if ids[order[i]] not in removed:
                return ids[order[i]]
        return -1

    def line(self, pos: int) -> tuple[MetadataRun, int, int]:
        run = self.runs[bisect_right(self.run_starts, pos) - 1]
        start = self.starts[pos]
        return run, start, run.loader.text.index("\n", start) + 1

    def run_ids(self, run: MetadataRun) -> Iterator[int]:
        r = self.runs.index(run)
        return iter(self.ids[self.run_starts[r]:self.run_starts[r + 1]])


_LINE_ID = re.compile(r"^!([0-9]+) = ", re.M)
