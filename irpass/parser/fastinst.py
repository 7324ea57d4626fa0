"""A fast path for the instruction lines that make up most of a function body.

``%5 = load i32, ptr %4, align 4, !dbg !30`` is cut into tokens with one regular expression
and read by hand into an ``InstSpec``: the opcode, the result and value types, the template
(the text with each operand cut out, as ``Reader.template`` cuts it), the operands (local or
global references, literal constants, debug-record metadata) and the attachments. The reader
turns a spec into the same model objects the grammar path builds (tests/test_speed_equivalence.py
checks that on the whole corpus). Reading a spec has no effect on the model, so a body whose
lines cannot all be read (here or by the grammar's ``instruction`` rule) is read whole by the
grammar, which also reports its errors.

Anything not handled here returns None and goes through the grammar: comments, strings,
constant expressions and aggregates as operands, atomics, vector results, typed pointers,
operand bundles, inline asm, ``metadata`` call arguments.
"""

from __future__ import annotations

import re
from sys import intern

from irpass.ir import types as T
from irpass.ir.names import decode_name
from irpass.ir.opcodes import BINOPS, CASTS, OPCODES

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
_BINOPS = BINOPS
_CASTS = CASTS
_VOID_OPS = frozenset({"store", "br", "ret", "unreachable"})
_CALL_WORDS = frozenset({"call", "tail", "musttail", "notail", "invoke"})
# Words that start an instruction line (anything else continues the line before).
OPCODE_WORDS = frozenset(OPCODES) | _CALL_WORDS | {"uselistorder"}


class _Reject(Exception):
    """The line has a form the fast path does not read."""


class InstSpec:
    """One instruction or debug record as read from its text, before any value is looked up.

    ``ops`` are ``(kind, text, offset, type, rule)``: kind ``L`` (local), ``G`` (global),
    ``C`` (literal constant of grammar rule ``rule``) or ``M`` (metadata operand: ``text`` is
    its template, ``rule`` its operand or None). Offsets are within the spec's text.
    """

    __slots__ = ("result", "result_pos", "opcode", "pos", "rtype", "vtype", "template", "ops",
                 "md", "call")

    def __init__(self) -> None:
        self.result: str | None = None  # "%5" as written
        self.result_pos = 0
        self.opcode = ""  # "#dbg_value" etc. for a debug record
        self.pos = 0
        self.rtype: T.Type = T.VOID
        self.vtype: T.Type | None = None
        self.template: list[str | int] = []
        self.ops: list[tuple] = []
        self.md: list[tuple[str, str]] = []
        # Calls: (prefix text, lead attributes, fn type text, fn type, args, fn attributes),
        # args as (type text, type, attributes, operand index); template is the suffix.
        self.call: tuple | None = None


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


def read_inst(text: str, types: dict[str, T.Type], resolve) -> InstSpec | None:
    """The spec of one instruction or debug record ``text``, or None (the grammar reads it).

    ``types`` is the reader's type cache (text -> type), ``resolve`` the module's
    ``resolve_type`` (for extractvalue's result type).
    """
    toks = tokenize(text)
    if not toks:
        return None
    try:
        return _read(text, toks, types, resolve)
    except (_Reject, IndexError, ValueError, AttributeError, TypeError, RecursionError):
        return None  # RecursionError: types nested deeper than _build recurses


def _read(text: str, toks: list, types: dict, resolve) -> InstSpec:
    r = _Reader(text, toks, types)
    spec = InstSpec()
    i = 0
    if toks[0][0] == _L and toks[1][1] == "=":
        spec.result = toks[0][1]
        spec.result_pos = toks[0][2]
        i = 2
    k, op, pos, _ = toks[i]
    op_index = i
    spec.pos = pos
    if k == _REC:
        if spec.result is not None:
            raise _Reject
        _record(r, i, spec)
        return spec
    if k != _W:
        raise _Reject
    if op in _CALL_WORDS:
        _call(r, i, spec, resolve)
        return spec
    spec.opcode = op = intern(op)  # one string per opcode, not one per instruction
    i += 1
    vtype = None
    first = None
    if op in _BINOPS:
        i = r.words(i)
        first, i = r.tv(i)
        i = r.value(r.comma(i), first)
        rtype = first
    elif op in _CASTS:
        i = r.words(i)
        _, i = r.tv(i)
        if toks[i][1] != "to":
            raise _Reject
        rtype, i, _ = r.type(i + 1)
        r.last = rtype
    elif op == "icmp" or op == "fcmp":
        i = r.words(i)
        if i == op_index + 1:
            raise _Reject  # no predicate
        first, i = r.tv(i)
        i = r.value(r.comma(i), first)
        if isinstance(first, T.VectorType):
            raise _Reject
        rtype = T.I1
    elif op == "load":
        if toks[i][1] == "volatile":
            i += 1
        rtype, i, _ = r.type(i)
        r.last = rtype
        _, i = r.tv(r.comma(i))
        vtype = rtype
    elif op == "store":
        if toks[i][1] == "volatile":
            i += 1
        _, i = r.tv(i)
        _, i = r.tv(r.comma(i))
        rtype = T.VOID
    elif op == "getelementptr":
        while toks[i][1] in ("inbounds", "nuw", "nusw"):
            i += 1
        vtype, i, _ = r.type(i)
        r.last = vtype
        rtype, i = r.tv(r.comma(i))
        if not isinstance(rtype, T.PointerType):
            raise _Reject
    elif op == "alloca":
        vtype, i, _ = r.type(i)
        r.last = vtype
        rtype = T.PTR
    elif op == "br":
        _, i = r.tv(i)
        rtype = T.VOID
    elif op == "ret":
        if toks[i][1] == "void":
            i += 1
        else:
            t, i, _ = r.type(i)
            r.last = t
            i = r.value(i, t)
        rtype = T.VOID
    elif op == "unreachable":
        rtype = T.VOID
    elif op == "phi":
        i = r.words(i)
        rtype, i, _ = r.type(i)
        r.last = rtype
        if toks[i][1] != "[":
            raise _Reject
        i = r.value(i + 1, rtype)
        i = r.value(r.comma(i), rtype)
        if toks[i][1] != "]":
            raise _Reject
        i += 1
    elif op == "select":
        i = r.words(i)
        _, i = r.tv(i)
        rtype, i = r.tv(r.comma(i))
        _, i = r.tv(r.comma(i))
    elif op == "freeze" or op == "fneg":
        i = r.words(i) if op == "fneg" else i
        rtype, i = r.tv(i)
    elif op == "extractvalue":
        first, i = r.tv(i)
        rtype = first
    elif op == "insertvalue":
        rtype, i = r.tv(i)
        _, i = r.tv(r.comma(i))
    else:
        raise _Reject
    end = r.tails(i, spec)
    if op == "extractvalue":
        t = first
        for tok in toks[i:]:
            if tok[0] == _MDNAME:
                break
            if tok[0] == _INT:
                t = resolve(t)
                t = t.elements[int(tok[1])] if isinstance(t, T.StructType) else t.element
            elif tok[1] != ",":
                raise _Reject
        rtype = t
    elif op == "getelementptr" and r.vec:
        raise _Reject  # a vector of addresses
    spec.md = spec.md[:]
    spec.rtype = rtype
    spec.vtype = vtype
    spec.template = r.template(pos, end)
    spec.ops = r.ops
    return spec


def _record(r: _Reader, i: int, spec: InstSpec) -> None:
    """``#dbg_kind(md, md, ...)``: each argument a metadata operand."""
    toks = r.toks
    spec.opcode = intern(toks[i][1])
    if toks[i + 1][1] != "(":
        raise _Reject
    i += 2
    args = []
    while True:
        k, t, s, e = toks[i]
        if k == _MDREF:
            args.append(("M", [intern(t)], s, None, None))
            i += 1
        elif k == _MDNAME and t == "!DIExpression" and toks[i + 1][1] == "(":
            j = i + 2
            while toks[j][0] in (_W, _INT) or toks[j][1] == ",":
                j += 1
            if toks[j][1] != ")":
                raise _Reject
            args.append(("M", [intern(r.text[s:toks[j][3]])], s, None, None))
            i = j + 1
        elif r.is_type(i):
            t_, j, ttext = r.type(i)
            before = len(r.ops)
            i = r.value(j, t_)
            inner = r.ops.pop()
            del r.ops[before:]
            r.spans.pop()
            args.append(("M", [intern(ttext + " "), 0], s, None, inner))
        else:
            raise _Reject
        if toks[i][1] == ")":
            break
        i = r.comma(i)
    if i + 1 != len(toks):
        raise _Reject
    spec.ops = args


def _call(r: _Reader, i: int, spec: InstSpec, resolve) -> None:
    toks = r.toks
    text = r.text
    node_start = toks[i][2]
    if toks[i][1] in ("tail", "musttail", "notail"):
        i += 1
    opcode = toks[i][1]
    if opcode not in ("call", "invoke"):
        raise _Reject
    spec.opcode = intern(opcode)
    i += 1
    body_start = toks[i][2]
    lead = []
    while not r.is_type(i):
        j = r.attr(i)
        if toks[i][0] != _W:
            raise _Reject
        lead.append(intern(text[toks[i][2]:toks[j - 1][3]]))
        i = j
    tstart = i
    fn_type, i, _ = r.type(i)
    if toks[i][1] == "(":  # a function type: "void (ptr, ...)"
        params = []
        varargs = False
        i += 1
        while toks[i][1] != ")":
            if toks[i][1] == "...":
                varargs = True
                i += 1
            else:
                p, i, _ = r.type(i)
                params.append(p)
            if toks[i][1] == ",":
                i += 1
            elif toks[i][1] != ")":
                raise _Reject
        i += 1
        fn_text = intern(text[toks[tstart][2]:toks[i - 1][3]])
        t = r.types.get(fn_text)
        if t is None:
            t = r.types[fn_text] = T.FunctionType(fn_type, tuple(params), varargs)
        fn_type = t
    else:
        fn_text = intern(text[toks[tstart][2]:toks[i - 1][3]])
        if isinstance(fn_type, T.NamedType):  # maybe an alias of a function type (%FunTy)
            alias = resolve(fn_type)
            fn_type = alias if isinstance(alias, T.FunctionType) else fn_type
    if toks[i][0] not in (_L, _G):
        raise _Reject  # inline asm, constant expressions
    i = r.value(i, T.PTR)
    if toks[i][1] != "(":
        raise _Reject
    i += 1
    args = []
    while toks[i][1] != ")":
        atype, j, atext = r.type(i)
        if atype is T.METADATA or isinstance(atype, T.SimpleType):
            raise _Reject
        attrs = []
        while not r.is_value(j):
            k = r.attr(j)
            attrs.append(intern(text[toks[j][2]:toks[k - 1][3]]))
            j = k
        args.append((atext, atype, attrs, len(r.ops)))
        i = r.value(j, atype)
        if toks[i][1] == ",":
            i += 1
        elif toks[i][1] != ")":
            raise _Reject
    close = toks[i][3]
    i += 1
    fn_attrs = []
    n = len(toks)
    while i < n and toks[i][1] != "," and toks[i][1] != "to":
        if toks[i][1] == "[":
            raise _Reject  # operand bundles
        j = r.attr(i)
        fn_attrs.append(intern(text[toks[i][2]:toks[j - 1][3]]))
        close = toks[j - 1][3]
        i = j
    first_suffix = len(r.spans)
    stop = close
    if opcode == "invoke":
        for word in ("to", "unwind"):
            if toks[i][1] != word:
                raise _Reject
            t, i = r.tv(i + 1)
            if t != T.LABEL:
                raise _Reject
        stop = toks[i - 1][3]
    if i < n:
        # Only attachments may follow (other tails are left to the grammar).
        if toks[i][1] != "," or toks[i + 1][0] != _MDNAME:
            raise _Reject
        r.tails(i, spec)
    spec.md = spec.md[:]
    spec.pos = node_start
    spec.rtype = fn_type.ret if isinstance(fn_type, T.FunctionType) else fn_type
    spec.template = r.template(close, stop, first_suffix)
    spec.ops = r.ops
    spec.call = (text[node_start:body_start], lead, fn_text, fn_type, args, fn_attrs)
