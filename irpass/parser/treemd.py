"""Metadata trees of the grammar path (``treepath``) into ``MDNode`` and its values, as
``fastmd`` reads the lines it can: fields, arguments and elements, references by number."""

from __future__ import annotations

from sys import intern

from irpass.ir.metadata import (
    MDFlags,
    MDList,
    MDNode,
    MDRef,
    MDString,
    MDTypedValue,
    MDValue,
    MDWord,
)
from irpass.ir.names import unescape
from irpass.parser.lazylark import Token, Tree
from irpass.parser.words import md_number


def _slice(node, text: str) -> str:
    start = node.start_pos if isinstance(node, Token) else node._meta.start_pos
    end = node.end_pos if isinstance(node, Token) else node._meta.end_pos
    return intern(text[start:end])


def md_node(node: Tree, text: str) -> MDNode:
    """The node of a metadata tree (``md_tuple``, ``md_special``...) read from ``text``."""
    d = node.data
    ch = node.children
    if d == "md_tuple":
        return MDNode.read("tuple", elements=[md_value(c, text) for c in ch])
    kind = ch[0].value[1:]
    if d == "md_special_args":
        return MDNode.read(kind, args=[md_value(c, text) for c in ch[1].children])
    fields = {}
    for f in ch[1:]:
        fields[f.children[0].value[:-1]] = md_value(f.children[1], text)
    return MDNode.read(kind, fields=fields)

def md_value(node, text: str) -> MDValue:
    """A metadata field's or element's value from its tree or token."""
    if isinstance(node, Token):
        kind, text = node.type, node.value
        if kind == "INT":
            return int(text)
        if kind == "STRING":
            return unescape(text[1:-1])
        if kind == "MD_ID":
            return MDRef(md_number(text))
        if kind == "BAREWORD":
            return MDWord(text)
        return MDWord(text)  # FLOAT, HEX_INT: kept as spelled
    d = node.data
    if d == "md_ref":
        return MDRef(md_number(node.children[0].value))
    if d == "md_flags":
        words = tuple(c.value for c in node.children)
        return MDWord(words[0]) if len(words) == 1 else MDFlags(words)
    if d == "md_null":
        return None
    if d in ("md_true", "md_false"):
        return d == "md_true"
    if d in ("tv", "md_value"):
        tv = node if d == "tv" else node.children[0]
        return MDTypedValue(_slice(tv.children[0], text), _slice(tv.children[1], text))
    if d == "md_string":
        return MDString(unescape(node.children[0].value[1:-1]))
    if d == "md_list":
        return MDList(tuple(md_value(c, text) for c in node.children))
    if d == "md_operand_value":
        return md_value(node.children[0], text)
    if d in ("md_tuple", "md_special", "md_special_args"):
        inner = md_node(node, text)
        inner.text = _slice(node, text)
        return inner
    return MDWord(_slice(node, text))
