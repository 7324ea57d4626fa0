"""The rules on types that LLVM's parser enforces as it reads (LLVM 15-22 all of them): what
may be an element of an array, a vector or a structure, what a typed pointer may point to,
what a function may take and return, what a global may hold, which types are sized (what
``load``, ``store``, ``alloca`` and ``getelementptr`` need) and what a GEP's indices may step
into.

Reads ``irpass.ir.types`` values (``resolve``: the module's ``resolve_type``, for identified
structs); writes nothing. Each function returns ``llvm-as``'s message, or None. Where the
versions differ, the rule is the one all of them enforce (LLVM 22 refuses recursive and opaque
structs in more places than 19; irpass reads what 19 reads).
"""

from __future__ import annotations

from collections.abc import Callable

from irpass.ir import types as T
from irpass.ir.values import Constant, Value

Resolve = Callable[[T.Type], T.Type]

_NOT_ELEMENT = frozenset({"label", "metadata", "token"})


def _keyword(t: T.Type) -> str | None:
    return t.keyword if isinstance(t, T.SimpleType) else "void" if t.is_void else None


def element_error(t: T.Type) -> tuple[T.Type, str] | None:
    """(the offending part, message) if a direct part of ``t`` (an array, vector, struct,
    typed pointer or function type) is one LLVM refuses there."""
    if isinstance(t, T.ArrayType):
        e = t.element
        if (_keyword(e) in ("void", "label", "metadata", "token", "x86_amx")
                or isinstance(e, T.FunctionType)
                or isinstance(e, T.VectorType) and e.scalable):
            return e, "invalid array element type"
    elif isinstance(t, T.VectorType):
        e = t.element
        if not isinstance(e, (T.IntType, T.FloatType, T.PointerType, T.TypedPointerType,
                              T.NamedType, T.TargetExtType)):
            return e, "invalid vector element type"
    elif isinstance(t, T.StructType):
        for e in t.elements:
            if _keyword(e) in ("void", "label", "metadata", "token") or \
                    isinstance(e, T.FunctionType):
                return e, "invalid element type for struct"
    elif isinstance(t, T.TypedPointerType):
        p = t.pointee
        if isinstance(p, T.PointerType):
            return p, "ptr* is invalid - use ptr instead"
        word = _keyword(p)
        if word == "void":
            return p, "pointers to void are invalid - use i8* instead"
        if word == "label":
            return p, "basic block pointers are invalid"
        if word in ("metadata", "token", "x86_amx"):
            return p, "pointer to this type is invalid"
    elif isinstance(t, T.FunctionType):
        if isinstance(t.ret, T.FunctionType) or _keyword(t.ret) in ("label", "metadata"):
            return t.ret, "invalid function return type"
        for p in t.params:
            if p.is_void or isinstance(p, T.FunctionType):
                return p, "invalid type for function argument"
    return None


def global_type_error(t: T.Type) -> str | None:
    """A global variable of value type ``t``."""
    if isinstance(t, T.FunctionType) or _keyword(t) in ("void", "label", "metadata", "token",
                                                        "x86_amx"):
        return "invalid type for global variable"
    return None


def alloca_type_error(t: T.Type) -> str | None:
    """An ``alloca`` of ``t`` (besides its size: ``is_sized``)."""
    if _keyword(t) in ("void", "label", "metadata", "token", "x86_amx") or \
            isinstance(t, T.FunctionType):
        return "invalid type for alloca"
    return None


def is_sized(t: T.Type, resolve: Resolve) -> bool:
    """LLVM's ``Type::isSized``: opaque structs, recursive ones (not through a pointer), and
    structs mixing scalable vectors with other members have no size; structs of one
    scalable vector type repeated are sized for LLVM 19 and later."""
    return _sized(t, resolve, set())


def _sized(t: T.Type, resolve: Resolve, visiting: set[str]) -> bool:
    while True:
        if isinstance(t, (T.IntType, T.FloatType, T.PointerType, T.TypedPointerType,
                          T.TargetExtType)):
            return True
        if isinstance(t, T.SimpleType):
            return t.keyword in ("x86_mmx", "x86_amx")
        if isinstance(t, (T.ArrayType, T.VectorType)):
            t = t.element
            continue
        if isinstance(t, T.NamedType):
            if t.name in visiting:
                return False  # recursive
            body = resolve(t)
            if body is t:  # opaque, or undefined (reported as such)
                return False
            visiting = visiting | {t.name}
            t = body
            continue
        if isinstance(t, T.StructType):
            scalable = [e for e in t.elements if isinstance(e, T.VectorType) and e.scalable]
            if scalable and (len(scalable) != len(t.elements)
                             or any(e != scalable[0] for e in scalable)):
                return False
            return all(_sized(e, resolve, visiting) for e in t.elements)
        return False  # void, label, metadata, token, functions


def gep_indices_error(source: T.Type, indices: list[Value], resolve: Resolve) -> str | None:
    """A GEP over ``source`` with ``indices`` (the first steps over the pointer): each
    later index steps into an array or vector (any integer), or a struct (a constant ``i32``,
    or a fixed vector of them, within the struct)."""
    t = source
    for idx in indices[1:]:
        if t.__class__ is T.NamedType:
            t = resolve(t)
        cls = t.__class__
        if cls is T.ArrayType or cls is T.VectorType:
            t = t.element  # type: ignore[attr-defined]
            continue
        if cls is not T.StructType:
            return "invalid getelementptr indices"
        assert isinstance(t, T.StructType)
        it = idx.type
        if it.__class__ is T.VectorType:
            if it.scalable:  # type: ignore[attr-defined]
                return "invalid getelementptr indices"
            it = it.element  # type: ignore[attr-defined]
        if it.__class__ is not T.IntType or it.bits != 32 or idx.__class__ is not Constant:  # type: ignore[attr-defined]
            return "invalid getelementptr indices"
        assert isinstance(idx, Constant)
        n = _struct_index(idx)
        if n is None:
            return None  # a constant we do not read: LLVM's to check
        if not 0 <= n < len(t.elements):
            return "invalid getelementptr indices"
        t = t.elements[n]
    return None


def _struct_index(c: Constant) -> int | None:
    if c.kind == "c_zero":
        return 0
    if c.kind == "c_int":
        try:
            return int(c.template[0])  # type: ignore[arg-type]
        except (ValueError, TypeError):
            return None
    if c.kind in ("c_vector", "c_splat") and c.operands:
        values = {_struct_index(op) if isinstance(op, Constant) else None for op in c.operands}
        return values.pop() if len(values) == 1 else None
    return None
