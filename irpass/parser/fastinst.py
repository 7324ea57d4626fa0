"""A fast path for the instruction lines that make up most of a function body.

``%5 = load i32, ptr %4, align 4, !dbg !30`` is cut into tokens with one regular expression
and read by hand (``fasttokens``) into an ``InstSpec``: the opcode, the result and value
types, the template (the text with each operand cut out, as ``TreeReader.template`` cuts it),
the operands (local or global references, literal constants, debug-record metadata) and the
attachments. The fast path (``fastpath``) turns a spec into the same model objects the
grammar path builds (tests/test_speed_equivalence.py checks that on the whole corpus). Reading a spec has no effect on the model, so a body whose
lines cannot all be read (here or by the grammar's ``instruction`` rule) is read whole by the
grammar, which also reports its errors.

Anything not handled here returns None and goes through the grammar: comments, strings,
constant expressions and aggregates as operands, atomics, vector results, typed pointers,
operand bundles, inline asm, ``metadata`` call arguments.
"""

from __future__ import annotations

from sys import intern

from irpass.ir import types as T
from irpass.ir.opcodes import BINOPS, CASTS, OPCODES
from irpass.parser.fasttokens import (
    _G,
    _INT,
    _L,
    _MDNAME,
    _MDREF,
    _REC,
    _W,
    _Reader,
    _Reject,
    tokenize,
)

_BINOPS = BINOPS
_CASTS = CASTS
_VOID_OPS = frozenset({"store", "br", "ret", "unreachable"})
_CALL_WORDS = frozenset({"call", "tail", "musttail", "notail", "invoke"})
# Words that start an instruction line (anything else continues the line before).
OPCODE_WORDS = frozenset(OPCODES) | _CALL_WORDS | {"uselistorder"}


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
