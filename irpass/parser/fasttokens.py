"""The token reader of the fast path: one regular expression cuts a line into tokens, and
``_Reader`` walks them, reading types, operands, attributes and an instruction's tails, and
cutting the template around the operands (as ``TreeReader.template`` cuts it). ``fastinst``
(instructions), ``fasthead`` (function headers) and ``fastentity`` (globals and other
entities) read with it; anything it does not read raises ``_Reject`` and goes to the grammar.
"""

from __future__ import annotations

import re
from sys import intern
from typing import TYPE_CHECKING

from irpass.ir import types as T
from irpass.ir.names import decode_name

if TYPE_CHECKING:
    from irpass.parser.fastinst import InstSpec

_TOK = re.compile(
    r"[ \t\r\n]*(?:"
    r'(%(?:[-a-zA-Z$._0-9]+|"[^"]*"))'                                 # 1 local
    r'|(@(?:[-a-zA-Z$._0-9]+|"[^"]*"))'                                # 2 global
    r"|(![0-9]+)(?![-a-zA-Z$._0-9])"                                   # 3 !N
    r"|(![-a-zA-Z$._][-a-zA-Z$._0-9]*)"                                # 4 !name
    r"|([-+]?[0-9]+\.[0-9]*(?:[eE][-+]?[0-9]+)?|0x[KLMHR]?[0-9a-fA-F]+)(?![-a-zA-Z$._0-9\"])"
    r"|([-+]?[0-9]+)(?![-a-zA-Z$._0-9\"])"                             # 6 integer
    r"|([a-zA-Z_][a-zA-Z_0-9.]*)(?![-$\"])"                            # 7 word
    r"|(#dbg_[a-z_]+)(?![-a-zA-Z$._0-9])"                              # 8 record
    r"|(#[0-9]+)(?![-a-zA-Z$._0-9])"                                   # 9 attribute group
    r"|(\.\.\.|[,()\[\]{}<>*=])"                                       # 10 punctuation
    r")")
_L, _G, _MDREF, _MDNAME, _FLT, _INT, _W, _REC, _ATTR, _P = range(1, 11)
_END = re.compile(r"[ \t\r\n]*\Z")
_INT_TYPE = re.compile(r"i[0-9]+\Z")
_SIMPLE_TYPES = {"void": T.VOID, "label": T.LABEL, "metadata": T.METADATA, "token": T.TOKEN,
                 "ptr": T.PTR}
_FLOATS = frozenset(T.FLOAT_BITS)
# Literal words and the grammar rule each is.
_LITERALS = {"true": "c_bool", "false": "c_bool", "null": "c_null", "none": "c_none",
             "undef": "c_undef", "poison": "c_poison", "zeroinitializer": "c_zero"}


class _Reject(Exception):
    """The line has a form the fast path does not read."""


def tokenize(text: str, tokens: re.Pattern = _TOK, end: re.Pattern = _END
             ) -> list[tuple[int, str, int, int]] | None:
    """``(kind, text, start, end)`` for each token, or None if some text is no token here.
    ``tokens`` and ``end`` are the patterns of the tokens and of what may follow them
    (``fastentity`` reads strings and labels too)."""
    toks = []
    pos = 0
    match = tokens.match
    while True:
        m = match(text, pos)
        if m is None:
            break
        k = m.lastindex
        s = m.start(k)
        pos = m.end()
        toks.append((k, text[s:pos], s, pos))
    if pos != len(text) and end.match(text, pos) is None:
        return None
    return toks


class _Reader:
    __slots__ = ("text", "toks", "types", "ops", "spans", "last", "vec")

    def __init__(self, text: str, toks: list, types: dict) -> None:
        self.text = text
        self.toks = toks
        self.types = types
        self.ops: list[tuple] = []
        self.spans: list[tuple[int, int]] = []
        self.last: T.Type | None = None  # the type a bare value has (Reader.collect's)
        self.vec = False  # a typed operand of vector type was read

    # ---- types ----------------------------------------------------------------------------
    def is_type(self, i: int) -> bool:
        k, t = self.toks[i][0], self.toks[i][1]
        if k == _W:
            return t in _SIMPLE_TYPES or t in _FLOATS or _INT_TYPE.match(t) is not None
        return k == _L or (k == _P and t in "[<{")

    def type(self, i: int) -> tuple[T.Type, int, str]:
        """The type at token i, the index after it, and its text (``Reader.type``'s key)."""
        toks = self.toks
        tok = toks[i]
        if tok[0] == _W or tok[0] == _L:  # one token (``i32``, ``%struct.S``): no walk
            nxt = toks[i + 1][1] if i + 1 < len(toks) else ""
            if nxt != "*" and nxt != "addrspace":
                t = self.types.get(tok[1])
                if t is not None:
                    return t, i + 1, intern(tok[1])
        built, j = self._build(i)
        text = intern(self.text[tok[2]:toks[j - 1][3]])
        t = self.types.get(text)
        if t is None:
            t = self.types[text] = built
        return t, j, text

    def _build(self, i: int) -> tuple[T.Type, int]:
        k, t = self.toks[i][0], self.toks[i][1]
        toks = self.toks
        if k == _W:
            if t == "ptr":
                if toks[i + 1][1] == "addrspace" if i + 1 < len(toks) else False:
                    raise _Reject
                result: T.Type = T.PTR
            elif t in _SIMPLE_TYPES:
                result = _SIMPLE_TYPES[t]
            elif t in _FLOATS:
                result = T.FloatType(t)
            elif _INT_TYPE.match(t):
                result = T.IntType(int(t[1:]))
            else:
                raise _Reject
            i += 1
        elif k == _L:
            result = T.NamedType(decode_name(t))
            i += 1
        elif t == "[" or t == "<":
            close = "]" if t == "[" else ">"
            if toks[i + 1][0] != _INT or toks[i + 2][1] != "x":
                raise _Reject  # packed structs, scalable vectors
            elem, j = self._build(i + 3)
            if toks[j][1] != close:
                raise _Reject
            count = int(toks[i + 1][1])
            result = T.ArrayType(count, elem) if t == "[" else T.VectorType(count, elem, False)
            i = j + 1
        elif t == "{":
            elems = []
            i += 1
            if toks[i][1] != "}":
                while True:
                    e, i = self._build(i)
                    elems.append(e)
                    if toks[i][1] == "}":
                        break
                    if toks[i][1] != ",":
                        raise _Reject
                    i += 1
            result = T.StructType(tuple(elems), False)
            i += 1
        else:
            raise _Reject
        if i < len(toks) and toks[i][1] in ("*", "addrspace"):
            raise _Reject  # typed pointers
        return result, i

    # ---- values ---------------------------------------------------------------------------
    def value(self, i: int, type_: T.Type | None) -> int:
        """Record the operand at token i (of type ``type_``); the index after it."""
        k, t, s, e = self.toks[i]
        if k == _L:
            self.ops.append(("L", t, s, None, None))
        elif k == _G:
            self.ops.append(("G", t, s, None, None))
        elif k == _INT:
            self.ops.append(("C", t, s, type_ if type_ is not None else T.PTR, "c_int"))
        elif k == _FLT:
            self.ops.append(("C", t, s, type_ if type_ is not None else T.PTR, "c_float"))
        elif k == _W and t in _LITERALS:
            self.ops.append(("C", t, s, type_ if type_ is not None else T.PTR, _LITERALS[t]))
        else:
            raise _Reject
        self.spans.append((s, e))
        return i + 1

    def is_value(self, i: int) -> bool:
        k = self.toks[i][0]
        return k in (_L, _G, _INT, _FLT) or (k == _W and self.toks[i][1] in _LITERALS)

    def tv(self, i: int) -> tuple[T.Type, int]:
        t, j, _ = self.type(i)
        self.last = t
        if t.__class__ is T.VectorType:
            self.vec = True
        return t, self.value(j, t)

    def comma(self, i: int) -> int:
        if self.toks[i][1] != ",":
            raise _Reject
        return i + 1

    def words(self, i: int) -> int:
        """Skip flag words (``nsw``, ``inbounds``, predicates) up to a type."""
        toks = self.toks
        while toks[i][0] == _W and not self.is_type(i):
            i += 1
        return i

    def attr(self, i: int) -> int:
        """The index after the attribute at token i."""
        toks = self.toks
        k, t = toks[i][0], toks[i][1]
        if k == _ATTR:
            return i + 1
        if k != _W:
            raise _Reject
        nxt = toks[i + 1] if i + 1 < len(toks) else (0, "", 0, 0)
        if (t == "align" or t == "cc") and nxt[0] == _INT:
            return i + 2
        if nxt[1] == "(":
            depth = 0
            j = i + 1
            while True:
                tt = toks[j][1]
                if tt == "(":
                    depth += 1
                elif tt == ")":
                    depth -= 1
                    if depth == 0:
                        return j + 1
                j += 1
        return i + 1

    def tails(self, i: int, spec: InstSpec) -> int:
        """``, <tail>`` items (Reader's ``plain`` tails, then attachments); the index after
        the last plain one's text is the end of the template."""
        toks = self.toks
        n = len(toks)
        end = toks[i - 1][3]
        while i < n:
            i = self.comma(i)
            k, t = toks[i][0], toks[i][1]
            if k == _MDNAME:
                break
            if k == _INT:
                i += 1
            elif k == _W and t == "align":
                if toks[i + 1][0] != _INT:
                    raise _Reject
                i += 2
            elif t == "[":  # a phi pair
                i = self.value(i + 1, self.last)
                i = self.comma(i)
                i = self.value(i, self.last)
                if toks[i][1] != "]":
                    raise _Reject
                i += 1
            elif self.is_type(i):
                _, i = self.tv(i)
            else:
                raise _Reject
            end = toks[i - 1][3]
        while i < n:  # attachments: ", !kind !N" to the end
            k, t = toks[i][0], toks[i][1]
            if k != _MDNAME or toks[i + 1][0] != _MDREF:
                raise _Reject
            spec.md.append((intern(t[1:]), intern(toks[i + 1][1])))
            i += 2
            if i < n:
                i = self.comma(i)
                if i >= n:
                    raise _Reject
        return end

    def template(self, lo: int, hi: int, first: int = 0) -> list[str | int]:
        parts: list[str | int] = []
        text = self.text
        pos = lo
        for n, (s, e) in enumerate(self.spans[first:], first):
            if s > pos:
                parts.append(intern(text[pos:s]))
            parts.append(n)
            pos = e
        if hi > pos:
            parts.append(intern(text[pos:hi]))
        return parts[:]  # sized exactly: an appended-to list keeps room to grow
