"""A fast path for function headers: ``define``'s first line and whole ``declare`` lines.

``define dso_local noundef i32 @main(i32 noundef %0, ptr %1) #0 !dbg !10 {`` is cut into
tokens with the instruction reader's regular expression (``fasttokens``) and read by hand into a
``HeaderSpec``; the reader turns it into the same ``Function`` the grammar's header rules give
(tests/test_speed_equivalence.py checks that on the whole corpus). Anything not read here
returns None and goes to the grammar: comments, strings (string attributes, ``section``),
``comdat($c)``, ``prefix``/``prologue``/``gc``, address spaces, typed pointers, packed
structures, metadata other than ``!kind !N`` attachments.
"""

from __future__ import annotations

from sys import intern

from irpass.ir import types as T
from irpass.parser.fasttokens import (
    _ATTR,
    _G,
    _INT,
    _L,
    _MDNAME,
    _MDREF,
    _P,
    _W,
    _Reader,
    _Reject,
    tokenize,
)

# Strings and labels (``fastentity``'s tokens; ``fasttokens``' have none).
_STRING_OR_LABEL = (12, 13)
# Words the grammar reads as keywords where a header's attributes go (an entity that starts
# on the same line, a tail with text the fast path does not read): left to the grammar.
_KEYWORDS = frozenset({
    "define", "declare", "attributes", "source_filename", "target", "module", "uselistorder",
    "uselistorder_bb", "section", "partition", "gc", "prefix", "prologue", "addrspace",
    "type", "global", "constant", "alias", "ifunc", "to"})


class HeaderSpec:
    """A function header as read from its text. Offsets are within the text read.

    ``params`` are ``(type, attribute texts, name as written or None, name offset)``;
    ``tails`` are ``(template, [(global as written, offset)])`` for ``comdat`` and
    ``personality``, in order.
    """

    __slots__ = ("lead", "ret", "ret_text", "name", "name_pos", "params", "varargs",
                 "fn_attrs", "tails", "md")

    def __init__(self) -> None:
        self.lead: list[str] = []
        self.ret: T.Type = T.VOID
        self.ret_text = ""
        self.name = ""
        self.name_pos = 0
        self.params: list[tuple[T.Type, list[str], str | None, int]] = []
        self.varargs = False
        self.fn_attrs: list[str] = []
        self.tails: list[tuple[list[str | int], list[tuple[str, int]]]] = []
        self.md: list[tuple[str, str]] = []


def read_header(text: str, types: dict[str, T.Type]) -> HeaderSpec | None:
    """The spec of ``define ...`` (without its ``{``) or ``declare ...``; None if the
    grammar must read it. ``types`` is the reader's type cache (text -> type)."""
    if ";" in text:
        return None  # comments: the grammar's (strings do not tokenize)
    toks = tokenize(text)
    if not toks:
        return None
    try:
        return _read(text, toks, types)
    except (_Reject, IndexError, ValueError, AttributeError, TypeError):
        return None


def _attachments(toks: list, i: int, spec: HeaderSpec) -> int:
    """``!kind !N`` pairs from token i; the index after them."""
    n = len(toks)
    while i < n and toks[i][0] == _MDNAME:
        if i + 1 >= n or toks[i + 1][0] != _MDREF:
            raise _Reject
        spec.md.append((intern(toks[i][1][1:]), intern(toks[i + 1][1])))
        i += 2
    return i


def _args(r: _Reader, i: int) -> int:
    """``( attr_arg, ... )`` from the ``(`` at token i, as the grammar's ``attr_args``
    (each argument types, words, numbers or parenthesized arguments); the index after it."""
    toks = r.toks
    i += 1
    while True:
        first = i
        while toks[i][1] != "," and toks[i][1] != ")":
            k, t = toks[i][0], toks[i][1]
            if t == "(":
                i = _args(r, i)
            elif t == "[" or t == "<" or k == _L:
                _, i, _ = r.type(i)
            elif k == _W or k == _INT or k in _STRING_OR_LABEL:
                i += 1
            else:
                raise _Reject
        if i == first:
            raise _Reject
        if toks[i][1] == ")":
            return i + 1
        i += 1


def _attr(r: _Reader, i: int) -> int:
    """The index after the attribute at token i (the grammar's ``attr`` without strings)."""
    toks = r.toks
    k, t = toks[i][0], toks[i][1]
    if k == _ATTR:
        return i + 1
    if k != _W or t in _KEYWORDS:
        raise _Reject
    nxt = toks[i + 1] if i + 1 < len(toks) else (0, "", 0, 0)
    if t == "align" or t == "cc" or t == "alignstack":
        if nxt[0] == _INT and t != "alignstack":
            return i + 2
        if (nxt[1] == "(" and t != "cc" and toks[i + 2][0] == _INT
                and toks[i + 3][1] == ")"):
            return i + 4
        raise _Reject
    if nxt[1] == "(":
        return _args(r, i + 1)
    return i + 1


def _read(text: str, toks: list, types: dict) -> HeaderSpec:
    r = _Reader(text, toks, types)
    spec = HeaderSpec()
    n = len(toks)
    keyword = toks[0][1]
    if toks[0][0] != _W or keyword not in ("define", "declare"):
        raise _Reject
    i = 1
    if keyword == "declare":
        i = _attachments(toks, i, spec)
    while not r.is_type(i):
        j = _attr(r, i)
        spec.lead.append(intern(text[toks[i][2]:toks[j - 1][3]]))
        i = j
    spec.ret, i, spec.ret_text = r.type(i)
    if toks[i][0] != _G or toks[i + 1][1] != "(":
        raise _Reject
    spec.name, spec.name_pos = toks[i][1], toks[i][2]
    i += 2
    while toks[i][1] != ")":
        if toks[i][1] == "...":
            spec.varargs = True
            i += 1
            if toks[i][1] != ")":
                raise _Reject
            break
        ptype, i, _ = r.type(i)
        if ptype is T.VOID or ptype is T.LABEL:
            raise _Reject
        attrs = []
        while toks[i][0] != _L and toks[i][1] not in (",", ")"):
            j = _attr(r, i)
            attrs.append(intern(text[toks[i][2]:toks[j - 1][3]]))
            i = j
        name, name_pos = None, 0
        if toks[i][0] == _L:
            name, name_pos = toks[i][1], toks[i][2]
            i += 1
        spec.params.append((ptype, attrs, name, name_pos))
        if toks[i][1] == ",":
            i += 1
            if toks[i][1] == ")":
                raise _Reject
        elif toks[i][1] != ")":
            raise _Reject
    i += 1
    while i < n and toks[i][0] != _MDNAME:
        t, s = toks[i][1], toks[i][2]
        if t == "comdat":
            if i + 1 < n and toks[i + 1][1] == "(":
                raise _Reject
            spec.tails.append(([intern(t)], []))
            i += 1
        elif t == "personality":
            ptype, j, _ = r.type(i + 1)
            if toks[j][0] != _G or ptype != T.PTR:
                raise _Reject
            spec.tails.append(([intern(text[s:toks[j][2]]), 0], [(toks[j][1], toks[j][2])]))
            i = j + 1
        else:
            j = _attr(r, i)
            spec.fn_attrs.append(intern(text[s:toks[j - 1][3]]))
            i = j
    if keyword == "define":
        i = _attachments(toks, i, spec)
    if i != n:
        raise _Reject
    if any(tok[1] in ("*", "addrspace") for tok in toks if tok[0] == _P or tok[0] == _W):
        raise _Reject  # typed pointers, address spaces anywhere
    return spec
