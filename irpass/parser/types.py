"""Turning type parse trees into ``irpass.ir.types`` values."""

from __future__ import annotations

from irpass.ir import types as T
from irpass.ir.names import decode_name
from irpass.parser.lazylark import Token, Tree

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
