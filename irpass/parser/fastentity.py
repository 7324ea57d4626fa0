"""A fast path for the top-level entities besides functions and metadata nodes.

``source_filename``, ``target``, comdats, named metadata, type definitions, attribute groups
and global variables whose initializer is a literal or a global, as clang and rustc write
them, are read by hand (a regular expression, or the tokens of ``fasttokens`` with strings and
labels added) into plain data; the reader builds the same entities the grammar's rules give
(tests/test_speed_equivalence.py checks that on the whole corpus). A small module read this
way never loads the grammar. Anything else returns None and goes to the grammar, which also
reports its errors: comments, aggregates and constant expressions as initializers, address
spaces, packed structures, partitions and code models, ``comdat($c)``, an entity that does
not end its chunk.
"""

from __future__ import annotations

import re
from sys import intern

from irpass.ir import types as T
from irpass.parser import fasttokens
from irpass.parser.fasthead import _attr
from irpass.parser.fasttokens import (
    _ATTR,
    _FLT,
    _G,
    _INT,
    _L,
    _MDNAME,
    _MDREF,
    _W,
    _Reader,
    _Reject,
)

# fasttokens' tokens, with c"..." (11), "..." (12) and labels (13); a word does not give back
# characters to end before a label's colon.
_TOK = re.compile(
    r"[ \t\r\n]*(?:"
    r'(%(?:[-a-zA-Z$._0-9]+|"[^"]*"))'                                 # 1 local
    r'|(@(?:[-a-zA-Z$._0-9]+|"[^"]*"))'                                # 2 global
    r"|(![0-9]+)(?![-a-zA-Z$._0-9])"                                   # 3 !N
    r"|(![-a-zA-Z$._][-a-zA-Z$._0-9]*)"                                # 4 !name
    r"|([-+]?[0-9]+\.[0-9]*(?:[eE][-+]?[0-9]+)?|0x[KLMHR]?[0-9a-fA-F]+)(?![-a-zA-Z$._0-9\":])"
    r"|([-+]?[0-9]+)(?![-a-zA-Z$._0-9\":])"                            # 6 integer
    r"|([a-zA-Z_][a-zA-Z_0-9.]*+)(?![-$\":])"                          # 7 word
    r"|(#dbg_[a-z_]+)(?![-a-zA-Z$._0-9])"                              # 8 record
    r"|(#[0-9]+)(?![-a-zA-Z$._0-9])"                                   # 9 attribute group
    r"|(\.\.\.|[,()\[\]{}<>*=])"                                       # 10 punctuation
    r'|(c"[^"]*")'                                                     # 11 c"..."
    r'|("[^"]*")(?![-a-zA-Z$._0-9:])'                                  # 12 string
    r"|([-a-zA-Z$._][-a-zA-Z$._0-9]*:)(?![-a-zA-Z$._0-9:])"            # 13 label
    r")")
_CSTR, _STR, _LABEL = 11, 12, 13
_END = re.compile(r"[ \t\r\n]*\Z")

_S = r"[ \t\r\n]*"
_STRING = r'"[^"]*"'
SOURCE_FILENAME = re.compile(rf"(source_filename{_S}={_S}{_STRING}){_S}\Z")
TARGET = re.compile(rf"(target[ \t\r\n]+(?:datalayout|triple){_S}={_S}{_STRING}){_S}\Z")
COMDAT = re.compile(r'(\$(?:[-a-zA-Z$._][-a-zA-Z$._0-9]*|"[^"]*")' rf"{_S}={_S}comdat"
                    r"[ \t\r\n]+[a-zA-Z_][a-zA-Z_0-9.]*+)(?![-$\"])" rf"{_S}\Z")
NAMED_MD = re.compile(rf"!([-a-zA-Z$._\\][-a-zA-Z$._0-9\\]*+){_S}={_S}!{_S}\{{{_S}"
                      rf"((?:![0-9]+(?:{_S},{_S}![0-9]+)*)?){_S}\}}{_S}\Z")
_MD_ID = re.compile(r"![0-9]+")
_GLOBAL_DEF = re.compile(r'@(?:[-a-zA-Z$._][-a-zA-Z$._0-9]*|"[^"]*"|[0-9]+)[ \t]*=')
_LITERALS = {"true": "c_bool", "false": "c_bool", "null": "c_null", "none": "c_none",
             "undef": "c_undef", "poison": "c_poison", "zeroinitializer": "c_zero"}


def tokenize(text: str) -> list[tuple[int, str, int, int]] | None:
    """``fasttokens.tokenize`` with strings and labels; None if some text is no token."""
    return fasttokens.tokenize(text, _TOK, _END)


def named_metadata(text: str) -> tuple[str, list[int]] | None:
    """``!name = !{!1, !2}``: the name as written (after ``!``) and the ids."""
    m = NAMED_MD.match(text)
    if m is None:
        return None
    return m.group(1), [int(x[1:]) for x in _MD_ID.findall(m.group(2))]


def type_def(text: str, types: dict) -> tuple[str, T.Type | None, int] | None:
    """``%T = type <body>``: the name as written, the body (None: opaque) and where the
    definition's text ends."""
    if ";" in text:
        return None
    toks = tokenize(text)
    if not toks or len(toks) < 4 or toks[0][0] != _L or toks[1][1] != "=" or toks[2][1] != "type":
        return None
    if toks[3][1] == "opaque":
        return (toks[0][1], None, toks[3][3]) if len(toks) == 4 else None
    try:
        body, i, _ = _Reader(text, toks, types).type(3)
    except (_Reject, IndexError, ValueError, AttributeError, TypeError):
        return None
    if i != len(toks) or body is T.VOID:
        return None
    return toks[0][1], body, toks[-1][3]


def attribute_group(text: str) -> tuple[int, list[str]] | None:
    """``attributes #N = { ... }``: N and the attributes' texts."""
    if ";" in text:
        return None
    toks = tokenize(text)
    if (not toks or len(toks) < 5 or toks[0][1] != "attributes" or toks[1][0] != _ATTR
            or toks[2][1] != "=" or toks[3][1] != "{" or toks[-1][1] != "}"):
        return None
    r = _Reader(text, toks, {})
    attrs = []
    i = 4
    n = len(toks) - 1
    try:
        while i < n:
            j = _group_attr(r, i)
            attrs.append(intern(text[toks[i][2]:toks[j - 1][3]]))
            i = j
    except (_Reject, IndexError, ValueError, AttributeError, TypeError):
        return None
    if i != n:
        return None
    return int(toks[1][1][1:]), attrs


def _group_attr(r: _Reader, i: int) -> int:
    toks = r.toks
    if toks[i][0] == _STR:
        if toks[i + 1][1] == "=":
            if toks[i + 2][0] != _STR:
                raise _Reject
            return i + 3
        return i + 1
    if toks[i][0] == _ATTR:
        raise _Reject  # a group in a group: the grammar's
    return _attr(r, i)


_CLOSE = {"{": ("}", "c_struct"), "[": ("]", "c_array"), "<": (">", "c_vector")}


def _value(r: _Reader, i: int) -> tuple[tuple, int]:
    """The constant at token i and the index after it: ``("G", start, end, name)``,
    ``("C", start, end, text, rule)`` for a literal, or ``("A", start, end, rule, [(element,
    type), ...])`` for a structure, array or vector of such constants."""
    toks = r.toks
    k, t, s, e = toks[i]
    if k == _G:
        return ("G", s, e, t), i + 1
    if k == _INT:
        return ("C", s, e, t, "c_int"), i + 1
    if k == _FLT:
        return ("C", s, e, t, "c_float"), i + 1
    if k == _CSTR:
        return ("C", s, e, t, "c_cstring"), i + 1
    if k == _W and t in _LITERALS:
        return ("C", s, e, t, _LITERALS[t]), i + 1
    if t not in _CLOSE or (t == "<" and toks[i + 1][1] == "{"):
        raise _Reject  # constant expressions, packed structures, ...
    close, rule = _CLOSE[t]
    elements = []
    j = i + 1
    if toks[j][1] != close:
        while True:
            etype, j, _ = r.type(j)
            element, j = _value(r, j)
            elements.append((element, etype))
            if toks[j][1] == close:
                break
            if toks[j][1] != ",":
                raise _Reject
            j += 1
    return ("A", s, toks[j][3], rule, elements), j + 1


class GlobalSpec:
    """A global variable as read from its text (offsets within it). ``init`` is None or a
    constant as ``_value`` gives it."""

    __slots__ = ("head", "pre", "kind", "vtype", "vtype_text", "init", "tail", "md")

    def __init__(self) -> None:
        self.head = ""  # "@g =" as written
        self.pre: list[str] = []
        self.kind = ""
        self.vtype: T.Type = T.VOID
        self.vtype_text = ""
        self.init: tuple | None = None
        self.tail = ""
        self.md: list[tuple[str, str]] = []


def global_def(text: str, types: dict) -> GlobalSpec | None:
    """``@g = ... global|constant <type> [<literal or global>] [, tails] [, !kind !N]*``."""
    if ";" in text:
        return None
    head = _GLOBAL_DEF.match(text)
    toks = tokenize(text)
    if head is None or not toks or toks[0][0] != _G or toks[1][1] != "=":
        return None
    try:
        return _global(text, toks, types, head.group())
    except (_Reject, IndexError, ValueError, AttributeError, TypeError, RecursionError):
        return None


def _global(text: str, toks: list, types: dict, head: str) -> GlobalSpec:
    r = _Reader(text, toks, types)
    g = GlobalSpec()
    g.head = head
    n = len(toks)
    i = 2
    while not (toks[i][0] == _W and toks[i][1] in ("global", "constant")):
        j = _attr(r, i)
        g.pre.append(intern(text[toks[i][2]:toks[j - 1][3]]))
        i = j
    g.kind = intern(toks[i][1])
    g.vtype, i, g.vtype_text = r.type(i + 1)
    after = toks[i - 1][3]
    if i < n and toks[i][1] != "," and toks[i][0] != _ATTR:
        g.init, i = _value(r, i)
        after = g.init[2]
    md_start = -1
    while i < n:
        k, t, s, _ = toks[i]
        if k == _ATTR:  # "#N": a global's attribute group, no comma
            if md_start >= 0:
                raise _Reject
            i += 1
            continue
        if t != ",":
            raise _Reject
        k2, t2 = toks[i + 1][0], toks[i + 1][1]
        if k2 == _MDNAME:
            if toks[i + 2][0] != _MDREF:
                raise _Reject
            if md_start < 0:
                md_start = s
            g.md.append((intern(t2[1:]), intern(toks[i + 2][1])))
            i += 3
            continue
        if md_start >= 0:
            raise _Reject  # an attachment before other tails: the grammar's
        if t2 == "align" and toks[i + 2][0] == _INT:
            i += 3
        elif t2 == "section" and toks[i + 2][0] == _STR:
            i += 3
        elif t2 == "comdat" and (i + 2 >= n or toks[i + 2][1] != "("):
            i += 2
        else:
            raise _Reject
    stop = md_start if md_start >= 0 else toks[-1][3]
    g.tail = text[after:stop].rstrip()
    return g
