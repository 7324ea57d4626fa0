"""Attribute lists: ``noundef align 8 "enzyme_type"="{...}" #0``, editable by kind."""

from __future__ import annotations

import re
from collections.abc import Iterator

_KIND = re.compile(r'"((?:[^"\\]|\\.)*)"|([A-Za-z_][A-Za-z_0-9.]*)|(#\d+)')


def attr_kind(text: str) -> str:
    """The kind of one attribute: ``align 8`` -> ``align``, ``"a"="b"`` -> ``a``."""
    m = _KIND.match(text)
    if not m:
        return text
    return m.group(1) if m.group(1) is not None else (m.group(2) or m.group(3))


def string_attr(key: str, value: str | None = None) -> str:
    from irpass.ir.names import escape

    if value is None:
        return f'"{escape(key)}"'
    return f'"{escape(key)}"="{escape(value)}"'


class AttributeList:
    """An ordered list of attributes as LLVM spells them, one string each.

    ``add`` replaces an attribute of the same kind, so a list holds each kind once
    (LLVM's own rule); group references (``#0``) are kept as they are.
    """

    __slots__ = ("items",)

    def __init__(self, items: list[str] | None = None) -> None:
        self.items: list[str] = list(items or [])

    def __iter__(self) -> Iterator[str]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __bool__(self) -> bool:
        return bool(self.items)

    def __contains__(self, kind: str) -> bool:
        return any(attr_kind(a) == kind for a in self.items)

    def get(self, kind: str) -> str | None:
        """The whole text of the attribute of this kind, if present."""
        for a in self.items:
            if attr_kind(a) == kind:
                return a
        return None

    def string_value(self, key: str) -> str | None:
        """The value of a string attribute ``"key"="value"``."""
        from irpass.ir.names import unescape

        text = self.get(key)
        if text is None or not text.startswith('"'):
            return None
        _, _, value = text.partition("=")
        return unescape(value[1:-1]) if value else ""

    def add(self, text: str) -> None:
        """Add one attribute as LLVM spells it, replacing one of the same kind."""
        kind = attr_kind(text)
        for i, a in enumerate(self.items):
            if attr_kind(a) == kind and not kind.startswith("#"):
                self.items[i] = text
                return
        self.items.append(text)

    def add_string(self, key: str, value: str | None = None) -> None:
        """Add ``"key"`` or ``"key"="value"`` (escaped as LLVM escapes)."""
        self.add(string_attr(key, value))

    def remove(self, kind: str) -> bool:
        """Drop the attributes of ``kind``; whether there were any."""
        before = len(self.items)
        self.items = [a for a in self.items if attr_kind(a) != kind]
        return len(self.items) != before

    def groups(self) -> list[int]:
        """The attribute groups referred to (``#0`` -> 0)."""
        return [int(a[1:]) for a in self.items if a.startswith("#")]

    def __str__(self) -> str:
        return " ".join(self.items)

    def __repr__(self) -> str:
        return f"AttributeList({self.items!r})"
