"""LLVM types as small immutable values.

Types compare by structure, so two ``IntType(32)`` are equal and hashable. Identified structs
(``%struct.S``) are ``NamedType`` references; their bodies live in ``Module.types``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class Type:
    """Base of every LLVM type."""

    __slots__ = ()

    @property
    def is_void(self) -> bool:
        return isinstance(self, VoidType)

    @property
    def is_pointer(self) -> bool:
        return isinstance(self, (PointerType, TypedPointerType))

    @property
    def is_float(self) -> bool:
        return isinstance(self, FloatType)

    @property
    def is_integer(self) -> bool:
        return isinstance(self, IntType)


@dataclass(frozen=True, slots=True)
class VoidType(Type):
    def __str__(self) -> str:
        return "void"


@dataclass(frozen=True, slots=True)
class SimpleType(Type):
    """label, metadata, token, x86_mmx, x86_amx."""

    keyword: str

    def __str__(self) -> str:
        return self.keyword


@dataclass(frozen=True, slots=True)
class IntType(Type):
    bits: int

    def __str__(self) -> str:
        return f"i{self.bits}"


FLOAT_BITS = {"half": 16, "bfloat": 16, "float": 32, "double": 64, "x86_fp80": 80,
              "fp128": 128, "ppc_fp128": 128}


@dataclass(frozen=True, slots=True)
class FloatType(Type):
    kind: str

    @property
    def bits(self) -> int:
        return FLOAT_BITS[self.kind]

    def __str__(self) -> str:
        return self.kind


@dataclass(frozen=True, slots=True)
class PointerType(Type):
    addrspace: int = 0

    def __str__(self) -> str:
        return "ptr" if self.addrspace == 0 else f"ptr addrspace({self.addrspace})"


class Composite(Type):
    """A type made of other types (pointee, element, members, parameters). These compare,
    hash and print without recursion: LLVM reads types nested ten thousand deep, which
    recursion in Python cannot follow. The hash is computed once and kept."""

    __slots__ = ()

    def parts(self) -> tuple:
        """What the type is made of, in printing order: text, and the types inside."""
        raise NotImplementedError

    def key(self) -> tuple:
        """The fields that are not types (compared directly)."""
        raise NotImplementedError

    def children(self) -> tuple[Type, ...]:
        return tuple(p for p in self.parts() if isinstance(p, Type))

    def __str__(self) -> str:
        out: list[str] = []
        stack = [iter(self.parts())]
        while stack:
            for p in stack[-1]:
                if isinstance(p, Composite):
                    stack.append(iter(p.parts()))
                    break
                out.append(p if p.__class__ is str else str(p))
            else:
                stack.pop()
        return "".join(out)

    def __hash__(self) -> int:
        h = self._hash
        if h:
            return h
        # Children first (post-order), each keeping its own hash.
        stack: list[Composite] = [self]
        while stack:
            t = stack[-1]
            pending = [c for c in t.children() if isinstance(c, Composite) and not c._hash]
            if pending:
                stack.extend(pending)
                continue
            stack.pop()
            if not t._hash:
                h = hash((type(t), t.key(), tuple(hash(c) for c in t.children()))) or 1
                object.__setattr__(t, "_hash", h)
        return self._hash

    def __eq__(self, other: object) -> bool:
        if self is other:
            return True
        if not isinstance(other, Composite):
            return False
        stack = [(self, other)]
        while stack:
            a, b = stack.pop()
            if a is b:
                continue
            if type(a) is not type(b):
                return False
            if not isinstance(a, Composite):
                if a != b:
                    return False
                continue
            if a._hash and b._hash and a._hash != b._hash:
                return False
            ca, cb = a.children(), b.children()  # type: ignore[attr-defined]
            if a.key() != b.key() or len(ca) != len(cb):  # type: ignore[attr-defined]
                return False
            stack.extend(zip(ca, cb))
        return True

    def __ne__(self, other: object) -> bool:
        return not self == other


_HASH = field(default=0, init=False, repr=False, compare=False)


@dataclass(frozen=True, slots=True, eq=False)
class TypedPointerType(Composite):
    """Old syntax (``double*``); LLVM 17+ reads it as an opaque ``ptr``."""

    pointee: Type
    addrspace: int = 0
    _hash: int = _HASH

    def parts(self) -> tuple:
        space = f" addrspace({self.addrspace})" if self.addrspace else ""
        return (self.pointee, space + "*")

    def key(self) -> tuple:
        return (self.addrspace,)


@dataclass(frozen=True, slots=True, eq=False)
class ArrayType(Composite):
    count: int
    element: Type
    _hash: int = _HASH

    def parts(self) -> tuple:
        return (f"[{self.count} x ", self.element, "]")

    def key(self) -> tuple:
        return (self.count,)


@dataclass(frozen=True, slots=True, eq=False)
class VectorType(Composite):
    count: int
    element: Type
    scalable: bool = False
    _hash: int = _HASH

    def parts(self) -> tuple:
        scale = "vscale x " if self.scalable else ""
        return (f"<{scale}{self.count} x ", self.element, ">")

    def key(self) -> tuple:
        return (self.count, self.scalable)


@dataclass(frozen=True, slots=True, eq=False)
class StructType(Composite):
    elements: tuple[Type, ...]
    packed: bool = False
    _hash: int = _HASH

    def parts(self) -> tuple:
        if not self.elements:
            return ("<{}>",) if self.packed else ("{}",)
        out: list = ["<{ " if self.packed else "{ "]
        for i, e in enumerate(self.elements):
            if i:
                out.append(", ")
            out.append(e)
        out.append(" }>" if self.packed else " }")
        return tuple(out)

    def key(self) -> tuple:
        return (self.packed,)


@dataclass(frozen=True, slots=True)
class NamedType(Type):
    """A reference to an identified struct: ``%struct.S`` (name without the ``%``), or to a
    numbered one: ``%1`` (name ``"1"``)."""

    name: str

    def __str__(self) -> str:
        from irpass.ir.names import format_name

        # Digits are a numbered type (%1); quoted, %"1" would name another one.
        return "%" + self.name if self.name.isdigit() else format_name("%", self.name)


@dataclass(frozen=True, slots=True, eq=False)
class FunctionType(Composite):
    ret: Type
    params: tuple[Type, ...]
    varargs: bool = False
    _hash: int = _HASH

    def parts(self) -> tuple:
        out: list = [self.ret, " ("]
        for i, p in enumerate(self.params):
            if i:
                out.append(", ")
            out.append(p)
        if self.varargs:
            out.append(", ..." if self.params else "...")
        out.append(")")
        return tuple(out)

    def key(self) -> tuple:
        return (self.varargs,)


@dataclass(frozen=True, slots=True)
class TargetExtType(Type):
    name: str
    params: tuple[Type | int, ...] = ()

    def __str__(self) -> str:
        inner = [f'"{self.name}"'] + [str(p) for p in self.params]
        return f"target({', '.join(inner)})"


VOID = VoidType()
LABEL = SimpleType("label")
METADATA = SimpleType("metadata")
TOKEN = SimpleType("token")
PTR = PointerType()
I1 = IntType(1)
I8 = IntType(8)
I32 = IntType(32)
I64 = IntType(64)
DOUBLE = FloatType("double")
FLOAT = FloatType("float")
