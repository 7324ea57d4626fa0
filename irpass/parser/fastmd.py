"""A fast path for the metadata lines that make up most of a ``-g`` module.

``!7 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)`` and
``!8 = !{!1, !2, null}`` are read with regular expressions into the same ``MDNode`` the
grammar would give (tests/test_speed_equivalence.py checks that on the whole corpus). Any
line with a form not handled here (comments, typed values other than ``iN <int>``, nested
nodes with arguments, floats) returns None and goes through the grammar, which also reports
errors.
"""

from __future__ import annotations

import re
from functools import lru_cache
from sys import intern

from irpass.ir.metadata import MDFlags, MDNode, MDRef, MDString, MDTypedValue, MDValue, MDWord
from irpass.ir.names import unescape

_HEAD = re.compile(r"!([0-9]+)[ \t]*=[ \t]*(distinct[ \t]+)?")
_SPECIAL = re.compile(r"!([A-Za-z_][A-Za-z0-9_]*)\(")
# One field: name, then a value that is a string, a reference, an integer, a word or flags,
# or an argument-less node (``!DIExpression()``); then ", " or the end.
_FIELD = re.compile(
    r'([A-Za-z_][A-Za-z0-9_]*): (?:(?P<s>"[^"]*")|!(?P<r>[0-9]+)|(?P<i>-?[0-9]+)'
    r"|(?P<w>[A-Za-z_][A-Za-z0-9_.]*(?: \| [A-Za-z_][A-Za-z0-9_.]*)*)"
    r"|(?P<n>![A-Za-z_][A-Za-z0-9_]*\(\)))(?:, |$)")
_ARG = re.compile(r"(?:(?P<w>[A-Za-z_][A-Za-z0-9_.]*)|(?P<i>-?[0-9]+))(?:, |$)")
_ELEM = re.compile(r'(?:!(?P<r>[0-9]+)|!(?P<s>"[^"]*")|(?P<null>null)'
                   r"|(?P<t>i[0-9]+) (?P<v>-?[0-9]+))(?:, |$)")
_KEYWORDS = {"null": None, "true": True, "false": False}


def read_md_def(text: str) -> MDNode | None:
    """The node of a whole ``!N = ...`` line, or None when the grammar must read it."""
    if ";" in text:
        return None
    head = _HEAD.match(text)
    if head is None:
        return None
    body = text[head.end():].rstrip()
    if "\n" in body:
        return None
    node = _node(body)
    if node is None:
        return None
    node.id = int(head.group(1))
    node.distinct = head.group(2) is not None
    node.text = text[text.index("=") + 1:].strip()
    return node


def _node(body: str) -> MDNode | None:
    if body.startswith("!{") and body.endswith("}"):
        elements = _tile(_ELEM, body[2:-1], _elem)
        return None if elements is None else MDNode.read("tuple", elements=elements)
    m = _SPECIAL.match(body)
    if m is None or not body.endswith(")"):
        return None
    inner = body[m.end():-1]
    kind = intern(m.group(1))  # one string per kind, not one per node
    if not inner or ": " in inner or inner[0] == '"':
        pairs = _tile(_FIELD, inner, _field)
        if pairs is None:
            return None
        return MDNode.read(kind, fields=dict(pairs))  # type: ignore[arg-type]
    args = _tile(_ARG, inner, _arg)
    return None if args is None else MDNode.read(kind, args=args)


def _tile(pattern: re.Pattern[str], text: str, convert) -> list | None:
    """Convert each match of ``pattern`` if the matches cover ``text`` exactly."""
    out = []
    pos = 0
    n = len(text)
    match = pattern.match
    while pos < n:
        m = match(text, pos)
        if m is None:
            return None
        value = convert(m)
        if value is _NO:
            return None
        out.append(value)
        pos = m.end()
    if n and text.endswith(", "):
        return None
    return out


_NO = object()


# References and words recur across nodes; both are immutable, so one object serves them all.
@lru_cache(maxsize=1 << 16)
def _ref(digits: str) -> MDRef:
    return MDRef(int(digits))


@lru_cache(maxsize=1 << 12)
def _word(text: str) -> MDWord:
    return MDWord(text)


def _field(m: re.Match[str]):
    name = intern(m.group(1))
    s = m.group("s")
    if s is not None:
        return name, unescape(s[1:-1])
    r = m.group("r")
    if r is not None:
        return name, _ref(r)
    i = m.group("i")
    if i is not None:
        return name, int(i)
    w = m.group("w")
    if w is not None:
        if w in _KEYWORDS:
            return name, _KEYWORDS[w]
        if " | " in w:
            words = tuple(w.split(" | "))
            return (name, MDFlags(words)) if not _KEYWORDS.keys() & set(words) else _NO
        return name, _word(w)
    n = m.group("n")
    return name, _empty_node(n)


def _empty_node(text: str) -> MDNode:
    node = MDNode.read(text[1:-2], fields={})
    node.text = text
    return node


def _arg(m: re.Match[str]) -> MDValue:
    w = m.group("w")
    if w is not None:
        return _NO if w in _KEYWORDS else _word(w)  # type: ignore[return-value]
    return int(m.group("i"))


def _elem(m: re.Match[str]) -> MDValue:
    r = m.group("r")
    if r is not None:
        return _ref(r)
    s = m.group("s")
    if s is not None:
        return MDString(unescape(s[1:-1]))
    if m.group("null") is not None:
        return None
    return MDTypedValue(m.group("t"), m.group("v"))
