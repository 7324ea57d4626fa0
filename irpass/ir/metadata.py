"""Metadata: numbered nodes (``!5 = !{...}``, ``!7 = !DIBasicType(...)``), named metadata,
and the field values inside them.

A node read from text keeps that text and prints it again unchanged; a node that is built or
edited (``text`` set to ``None``) is printed from its fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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


MDValue = Union[MDRef, MDWord, MDFlags, MDTypedValue, MDString, "MDNode", int, str, bool, None]


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

        for x in (*self.fields.values(), *self.args, *self.elements):
            walk(x)
        return out

    def __repr__(self) -> str:
        return f"<MDNode !{self.id} {self.kind}>"


@dataclass(slots=True, eq=False)
class NamedMetadata:
    """``!llvm.module.flags = !{!0, !1}``."""

    name: str
    operands: list[int] = field(default_factory=list)
