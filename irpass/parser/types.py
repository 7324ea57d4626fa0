"""Turning type parse trees into ``irpass.ir.types`` values, and the type of an instruction's
result from its tree (``result_type``, for the grammar path, ``treepath``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from irpass.ir import types as T
from irpass.ir.names import decode_name
from irpass.parser.lazylark import Token, Tree

if TYPE_CHECKING:
    from irpass.parser.treepath import TreeReader

_SIMPLE = {"t_void": T.VOID, "t_label": T.LABEL, "t_metadata": T.METADATA,
           "t_token": T.TOKEN, "t_x86mmx": T.SimpleType("x86_mmx"),
           "t_x86amx": T.SimpleType("x86_amx")}


def is_type_node(node) -> bool:
    return isinstance(node, Tree) and node.data.startswith("t_")


def addrspace_of(node) -> int:
    """The number in an ``addrspace(N)`` node (or its token); named address spaces are 0."""
    value = node.value if isinstance(node, Token) else node.children[0].value
    return int(value) if value.lstrip("-").isdigit() else 0


def to_type(node: Tree) -> T.Type:
    """The type a ``t_*`` tree spells (types nested deeper than Python recurses are built
    without recursion, as LLVM reads them)."""
    try:
        return _to_type(node)
    except RecursionError:
        return _to_type_deep(node)


# How a composite type's children are found in its tree, and how it is built from their types.
_DEEP = {
    "t_array": (lambda ch: [ch[1]], lambda ch, ts: T.ArrayType(int(ch[0].value), ts[0])),
    "t_vector": (lambda ch: [ch[1]], lambda ch, ts: T.VectorType(int(ch[0].value), ts[0])),
    "t_svector": (lambda ch: [ch[1]],
                  lambda ch, ts: T.VectorType(int(ch[0].value), ts[0], True)),
    "t_struct": (lambda ch: list(ch), lambda ch, ts: T.StructType(tuple(ts))),
    "t_packed": (lambda ch: list(ch), lambda ch, ts: T.StructType(tuple(ts), True)),
    "t_typed_ptr": (lambda ch: [ch[0]], lambda ch, ts: T.TypedPointerType(
        ts[0], addrspace_of(ch[1]) if len(ch) > 1 else 0)),
}


def _to_type_deep(root: Tree) -> T.Type:
    """``to_type`` with an explicit stack for arrays, vectors, structs and typed pointers
    (anything else inside them is read by ``_to_type``)."""
    done: dict[int, T.Type] = {}
    stack = [root]
    while stack:
        node = stack[-1]
        rule = _DEEP.get(node.data)
        if rule is None:
            done[id(node)] = _to_type(node)
            stack.pop()
            continue
        kids = rule[0](node.children)
        todo = [k for k in kids if id(k) not in done]
        if todo:
            stack.extend(todo)
            continue
        done[id(node)] = rule[1](node.children, [done[id(k)] for k in kids])
        stack.pop()
    return done[id(root)]


def _to_type(node: Tree) -> T.Type:
    kind = node.data
    ch = node.children
    if kind == "t_int":
        return T.IntType(int(ch[0].value[1:]))
    if kind == "t_float":
        return T.FloatType(ch[0].value)
    if kind == "t_ptr":
        return T.PointerType(addrspace_of(ch[0]) if ch else 0)
    if kind == "t_named":
        return T.NamedType(decode_name(ch[0].value))
    if kind in _SIMPLE:
        return _SIMPLE[kind]
    if kind == "t_typed_ptr":
        return T.TypedPointerType(_to_type(ch[0]), addrspace_of(ch[1]) if len(ch) > 1 else 0)
    if kind == "t_array":
        return T.ArrayType(int(ch[0].value), _to_type(ch[1]))
    if kind in ("t_vector", "t_svector"):
        return T.VectorType(int(ch[0].value), _to_type(ch[1]), kind == "t_svector")
    if kind in ("t_struct", "t_packed"):
        return T.StructType(tuple(_to_type(c) for c in ch), kind == "t_packed")
    if kind == "t_function":
        params, varargs = fn_params(ch[1])
        return T.FunctionType(to_type(ch[0]), params, varargs)
    if kind == "t_target":
        name = ch[0].value[1:-1]
        rest = tuple(int(c.value) if isinstance(c, Token) else to_type(c) for c in ch[1:])
        return T.TargetExtType(name, rest)
    raise ValueError(f"not a type node: {kind}")


def fn_params(node: Tree) -> tuple[tuple[T.Type, ...], bool]:
    params = []
    varargs = False
    for c in node.children:
        if isinstance(c, Token):
            varargs = True
        else:
            params.append(to_type(c.children[0]))
    return tuple(params), varargs


# Result types made from the operand's vector type (an identified type is looked through).
_VECTOR_OPCODES = frozenset({"icmp", "fcmp", "extractelement", "shufflevector"})


def result_type(reader: TreeReader, opcode: str, node: Tree, plain: list
                ) -> tuple[T.Type, T.Type | None]:
    """The result type of an instruction read by ``reader`` (``node``: its ``i_*`` tree,
    ``plain``: its tails), and the type it names besides (if any)."""
    ch = node.children
    types = [c for c in ch if is_type_node(c)]
    tvs = [c for c in ch if isinstance(c, Tree) and c.data == "tv"]
    first = reader.type(tvs[0].children[0]) if tvs else None
    if opcode in ("store", "fence", "br", "switch", "indirectbr", "unreachable", "resume",
                  "cleanupret", "catchret", "ret"):
        return T.VOID, None
    if opcode == "alloca":
        space = next((t for t in plain if isinstance(t, Tree) and t.data == "addrspace"), None)
        return T.PointerType(int(space.children[0].value) if space else 0), reader.type(types[0])
    if opcode == "load":
        return reader.type(types[0]), reader.type(types[0])
    if opcode == "getelementptr":
        base = reader.type(tvs[0].children[0])
        vec = base if isinstance(base, T.VectorType) else None
        for t in plain:
            if isinstance(t, Tree) and t.data == "tv":
                it = reader.type(t.children[0])
                if isinstance(it, T.VectorType):
                    vec = it
        ptr = base if not isinstance(base, T.VectorType) else base.element
        if isinstance(ptr, T.TypedPointerType):
            ptr = T.PointerType(ptr.addrspace)
        rt = T.VectorType(vec.count, ptr, vec.scalable) if vec is not None else ptr
        return rt, reader.type(types[0])
    if isinstance(first, T.NamedType) and opcode in _VECTOR_OPCODES:  # %v8 = <8 x float>
        first = reader.state.module.resolve_type(first)
    if opcode in ("icmp", "fcmp"):
        if isinstance(first, T.VectorType):
            return T.VectorType(first.count, T.I1, first.scalable), None
        return T.I1, None
    if opcode in ("phi", "landingpad", "va_arg") or ch and isinstance(ch[0], Token) and \
            ch[0].type == "CAST_OP":
        return reader.type(types[-1]), None
    if opcode == "select":
        return reader.type(tvs[1].children[0]), None
    if opcode == "extractelement":
        if not isinstance(first, T.VectorType):
            raise reader.err(node, "invalid extractelement operands")
        return first.element, None
    if opcode == "shufflevector":
        mask = reader.state.module.resolve_type(reader.type(tvs[2].children[0]))
        if not (isinstance(first, T.VectorType) and isinstance(mask, T.VectorType)):
            raise reader.err(node, "invalid shufflevector operands")
        return T.VectorType(mask.count, first.element, mask.scalable), None
    if opcode == "extractvalue":
        t = first
        for idx in plain:
            if isinstance(idx, Tree) and idx.data == "index":
                t = reader.state.module.resolve_type(t)  # type: ignore[arg-type]
                i = int(idx.children[0].value)
                t = t.elements[i] if isinstance(t, T.StructType) else t.element  # type: ignore[union-attr]
        return t, None  # type: ignore[return-value]
    if opcode == "cmpxchg":
        return T.StructType((reader.type(tvs[1].children[0]), T.I1)), None
    if opcode == "atomicrmw":
        return reader.type(tvs[1].children[0]), None
    if opcode in ("catchswitch", "catchpad", "cleanuppad"):
        return T.TOKEN, None
    assert first is not None, opcode
    return first, None
