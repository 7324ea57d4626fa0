"""LLVM types as small immutable values.

Types compare by structure, so two ``IntType(32)`` are equal and hashable. Identified structs
(``%struct.S``) are ``NamedType`` references; their bodies live in ``Module.types``.
"""

from __future__ import annotations

from dataclasses import dataclass


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


@dataclass(frozen=True, slots=True)
class TypedPointerType(Type):
    """Old syntax (``double*``); LLVM 17+ reads it as an opaque ``ptr``."""

    pointee: Type
    addrspace: int = 0

    def __str__(self) -> str:
        space = f" addrspace({self.addrspace})" if self.addrspace else ""
        return f"{self.pointee}{space}*"


@dataclass(frozen=True, slots=True)
class ArrayType(Type):
    count: int
    element: Type

    def __str__(self) -> str:
        return f"[{self.count} x {self.element}]"


@dataclass(frozen=True, slots=True)
class VectorType(Type):
    count: int
    element: Type
    scalable: bool = False

    def __str__(self) -> str:
        scale = "vscale x " if self.scalable else ""
        return f"<{scale}{self.count} x {self.element}>"


@dataclass(frozen=True, slots=True)
class StructType(Type):
    elements: tuple[Type, ...]
    packed: bool = False

    def __str__(self) -> str:
        body = "{ " + ", ".join(map(str, self.elements)) + " }" if self.elements else "{}"
        return f"<{body}>" if self.packed else body


@dataclass(frozen=True, slots=True)
class NamedType(Type):
    """A reference to an identified struct: ``%struct.S`` (name without the ``%``)."""

    name: str

    def __str__(self) -> str:
        from irpass.ir.names import format_name

        return format_name("%", self.name)


@dataclass(frozen=True, slots=True)
class FunctionType(Type):
    ret: Type
    params: tuple[Type, ...]
    varargs: bool = False

    def __str__(self) -> str:
        params = [str(p) for p in self.params] + (["..."] if self.varargs else [])
        return f"{self.ret} ({', '.join(params)})"


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
