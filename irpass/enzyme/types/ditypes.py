"""Enzyme type trees from debug information.

Reads a module's DI type nodes (``module.metadata``) and writes nothing: it derives, for a DI
type, the ``TypeTree`` Enzyme would deduce for a value of that type, following Enzyme's
conventions (integers on every byte, floats and pointers at their first byte, padding nothing,
a pointer ``{[-1]:Pointer}`` with its pointee under ``[-1,...]``).

Entry points:

- ``DITypes(module)``: ``layout(id)`` (explicit byte offsets, for placing inside other types),
  ``value_tree(id)`` (folded with ``-1`` as Enzyme prints a value of that type), ``size(id)``.
- ``irpass.enzyme.types.divalues``: the trees of a function's parameters and return value,
  and of the values its debug records describe; source variable names and locations.

Choices (Enzyme's trees are finite and it never trusts unknown memory):

- Depth: a tree's paths have at most ``MAX_DEPTH`` (6) indices, Enzyme's
  ``-enzyme-max-type-depth``; a value of type ``T***`` keeps 5 levels of pointees. This also
  bounds recursive types (a list node pointing to itself).
- A C/C++ pointer or Rust raw pointer to a scalar is taken as a pointer to an array of it:
  ``double *`` is ``{[-1]:Pointer, [-1,-1]:Float@double}``, as Enzyme's own Rust debug-info
  reader does. A reference (``T &``, Rust ``&T``) and a pointer to an aggregate describe one
  object at offset 0: they are often the address of a member of something larger (``this`` of
  a member, ``&mut self.iter``), whose other bytes an array reading would contradict (Enzyme
  then stops with "Illegal updateAnalysis"). Rust's ``Vec<T>`` buffer is an array of ``T``.
- A pointer to a 1-byte integer (``char *``, ``*const u8``) or to ``void`` says nothing about the
  pointee: such pointers are used for untyped bytes (Enzyme's Rust reader drops ``*u8``
  entirely). Function pointers are ``{[-1]:Pointer}``: Enzyme types them so too.
- Unions, and Rust enums (``DW_TAG_variant_part``), keep only what every member or variant
  agrees on, a variant without data (``None``, ``Err(AllocError)``) disagreeing with none;
  a Rust enum adds its discriminant's integer bytes where no variant disagrees.
- Floats by DWARF encoding and size: 2 half (``bf16`` if the name says so), 4 float, 8 double,
  10 fp80, 16 fp80 on x86 (``long double``) and fp128 elsewhere; names are only consulted to
  tell ``__float128``/``f128`` from ``long double``, which DWARF does not distinguish.
- Zero-sized and forward-declared types give the empty tree; offsets above ``MAX_OFFSET`` (500,
  Enzyme's ``-enzyme-max-type-offset``) are dropped, so huge arrays cost nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from irpass.enzyme.types.typetree import FLOAT_SIZES, MAX_DEPTH, MAX_OFFSET, POINTER_SIZE, TypeTree
from irpass.ir.metadata import MDFlags, MDNode, MDRef, MDTypedValue
from irpass.ir.types import FloatType, IntType, PointerType, Type, TypedPointerType

PASS_THROUGH = {"DW_TAG_typedef", "DW_TAG_const_type", "DW_TAG_volatile_type",
                "DW_TAG_atomic_type", "DW_TAG_restrict_type", "DW_TAG_immutable_type",
                "DW_TAG_shared_type"}
POINTERS = {"DW_TAG_pointer_type", "DW_TAG_reference_type", "DW_TAG_rvalue_reference_type"}
INTEGER_ENCODINGS = {"DW_ATE_signed", "DW_ATE_unsigned", "DW_ATE_signed_char",
                     "DW_ATE_unsigned_char", "DW_ATE_boolean", "DW_ATE_UTF",
                     "DW_ATE_signed_fixed", "DW_ATE_unsigned_fixed"}
QUAD_NAMES = {"__float128", "_Float128", "f128", "__ieee128"}
BF16_NAMES = {"__bf16", "bf16", "bfloat16", "__bfloat16"}

LLVM_FLOATS = {"half": "half", "bfloat": "bf16", "float": "float", "double": "double",
               "x86_fp80": "fp80", "fp128": "fp128", "ppc_fp128": "ppc128"}


def flags_of(node: MDNode) -> set[str]:
    v = node.get("flags")
    if isinstance(v, MDFlags):
        return set(v.words)
    if isinstance(v, str):
        return {v}
    return set()


def _int(v: object) -> int | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, MDTypedValue):
        try:
            return int(v.value)
        except ValueError:
            return None
    return None


@dataclass(frozen=True)
class Leaf:
    """A scalar inside a type: its byte offset, kind (``"ptr"``, ``"int"``, ``"float"``),
    size in bytes, and its tree in value form."""

    offset: int
    kind: str
    size: int
    tree: TypeTree


class DITypes:
    """Type trees for the DI types of one module (results cached per instance)."""

    def __init__(self, module) -> None:
        self.module = module
        self.md: dict[int, MDNode] = module.metadata
        triple = module.triple or ""
        self.x86 = triple.startswith(("x86_64", "i386", "i486", "i586", "i686", "amd64"))
        self.ppc = triple.startswith("powerpc")
        self._cache: dict[tuple[int, int], TypeTree] = {}
        self._busy: set[tuple[int, int]] = set()

    # -- nodes ----------------------------------------------------------------------------
    def node(self, ref: object) -> MDNode | None:
        if isinstance(ref, MDRef):
            return self.md.get(ref.id)
        if isinstance(ref, MDNode):
            return ref
        if isinstance(ref, int) and not isinstance(ref, bool):
            return self.md.get(ref)
        return None

    def elements(self, node: MDNode) -> list[MDNode]:
        tup = self.node(node.get("elements"))
        if tup is None:
            return []
        return [n for n in (self.node(e) for e in tup.elements) if n is not None]

    def strip(self, ref: object) -> MDNode | None:
        """The type behind typedefs and qualifiers (``None`` for void)."""
        n = self.node(ref)
        seen = 0
        while n is not None and n.kind == "DIDerivedType" and n.get("tag") in PASS_THROUGH:
            n = self.node(n.get("baseType"))
            seen += 1
            if seen > 64:
                return None
        return n

    def size(self, ref: object) -> int | None:
        """Size in bytes (``None`` if unknown); qualifiers and typedefs take their base's."""
        n = self.node(ref)
        for _ in range(64):
            if n is None:
                return None
            s = _int(n.get("size"))
            if s is not None:
                return (s + 7) // 8
            if n.kind == "DIDerivedType" and n.get("tag") in PASS_THROUGH | {"DW_TAG_member"}:
                n = self.node(n.get("baseType"))
                continue
            if n.kind == "DICompositeType" and n.get("tag") == "DW_TAG_enumeration_type":
                n = self.node(n.get("baseType"))
                continue
            if n.kind == "DICompositeType" and "DIFlagFwdDecl" not in flags_of(n):
                return 0
            return None
        return None

    # -- trees ----------------------------------------------------------------------------
    def value_tree(self, ref: object, depth: int = MAX_DEPTH) -> TypeTree:
        """The tree of a value of this type, folded as Enzyme prints it."""
        size = self.size(ref)
        tree = self.layout(ref, depth)
        return tree.canonical(size) if size else tree

    def layout(self, ref: object, depth: int = MAX_DEPTH) -> TypeTree:
        """The tree of an object of this type with explicit first-level byte offsets (paths
        of at most ``depth`` indices)."""
        n = self.node(ref)
        if n is None or depth <= 0:
            return TypeTree()
        key = (id(n), depth)
        if key in self._cache:
            return self._cache[key]
        # A type reached again at the same depth contains itself by value (pointers lower
        # the depth): malformed DI, say nothing.
        if key in self._busy:
            return TypeTree()
        self._busy.add(key)
        try:
            tree = self._layout(n, depth)
        except ValueError:
            tree = TypeTree()  # DI that contradicts itself (overlapping fields): say nothing
        finally:
            self._busy.discard(key)
        size = self.size(n)
        if size is not None:
            tree = TypeTree([(p, t) for p, t in tree.items() if p[0] == -1 or p[0] < size])
        self._cache[key] = tree
        return tree

    def _layout(self, n: MDNode, depth: int) -> TypeTree:
        if n.kind == "DIBasicType":
            return self._basic(n)
        tag = n.get("tag")
        if n.kind == "DIDerivedType":
            if tag in PASS_THROUGH or tag == "DW_TAG_member":
                return self.layout(n.get("baseType"), depth)
            if tag in POINTERS:
                return self._pointer(n, depth)
            return TypeTree()  # ptr_to_member and other rare kinds: unknown
        if n.kind == "DICompositeType":
            if "DIFlagFwdDecl" in flags_of(n) or not self.size(n):
                return TypeTree()
            if tag in ("DW_TAG_structure_type", "DW_TAG_class_type"):
                return self._struct(n, depth)
            if tag == "DW_TAG_union_type":
                return self._union(n, depth)
            if tag == "DW_TAG_array_type":
                return self._array(n, depth)
            if tag == "DW_TAG_enumeration_type":
                return TypeTree.integer(self.size(n))
            if tag == "DW_TAG_variant_part":
                return self._variant_part(n, depth)
        return TypeTree()

    def _basic(self, n: MDNode) -> TypeTree:
        size = self.size(n) or 0
        enc = n.get("encoding")
        if size == 0:
            return TypeTree()
        if enc == "DW_ATE_float":
            kind = self.float_kind(n, size)
            return TypeTree.float(kind) if kind else TypeTree()
        if enc == "DW_ATE_complex_float":
            kind = self.float_kind(n, size // 2)
            if not kind:
                return TypeTree()
            return TypeTree.float(kind).merge(TypeTree.float(kind).shift(size // 2))
        if enc in INTEGER_ENCODINGS:
            return TypeTree.integer(size)
        if enc == "DW_ATE_address":
            return TypeTree.pointer()
        return TypeTree()

    def float_kind(self, n: MDNode, size: int) -> str | None:
        name = n.get("name") if isinstance(n.get("name"), str) else ""
        if size == 2:
            return "bf16" if name in BF16_NAMES else "half"
        if size == 4:
            return "float"
        if size == 8:
            return "double"
        if size == 10:
            return "fp80"
        if size == 16:
            if name in QUAD_NAMES:
                return "fp128"
            if self.x86:
                return "fp80"
            return "ppc128" if self.ppc else "fp128"
        return None

    def _is_pointer(self, ref: object) -> bool:
        n = self.strip(ref)
        return n is not None and n.kind == "DIDerivedType" and n.get("tag") in POINTERS

    def _pointer(self, n: MDNode, depth: int) -> TypeTree:
        if depth <= 1:
            return TypeTree.pointer()
        target = self.strip(n.get("baseType"))
        if target is None or target.kind == "DISubroutineType":
            return TypeTree.pointer()
        if target.kind == "DIBasicType" and (self.size(target) or 0) <= 1:
            return TypeTree.pointer()  # char* / u8*: untyped bytes
        return TypeTree.pointer_to(self.pointee(target, depth - 1,
                                                array=self.points_to_array(n)))

    def is_scalar(self, ref: object) -> bool:
        """A basic type, a pointer or an enumeration (behind typedefs and qualifiers)."""
        n = self.strip(ref)
        if n is None:
            return False
        if n.kind == "DIBasicType":
            return True
        if n.kind == "DIDerivedType":
            return n.get("tag") in POINTERS
        return n.kind == "DICompositeType" and n.get("tag") == "DW_TAG_enumeration_type"

    def points_to_array(self, n: MDNode) -> bool:
        """Whether a pointer type is read as pointing to an array of its pointee: a C/C++
        ``T *`` or a Rust raw pointer to a scalar. A reference (C++ ``T &``, Rust ``&T``,
        which rustc describes as a pointer named ``&...``) and any pointer to an aggregate
        point to one object: they are often the address of a member of something larger
        (``&s.items``, ``&mut self.iter``, ``this`` of a member), whose other bytes an array
        reading would contradict."""
        name = n.get("name") if isinstance(n.get("name"), str) else ""
        if n.get("tag") != "DW_TAG_pointer_type" or name.startswith("&"):
            return False
        return self.is_scalar(n.get("baseType"))

    def pointee(self, ref: object, depth: int = MAX_DEPTH - 1, array: bool = False
                ) -> TypeTree:
        """The tree of the memory a pointer to an object of this type points to. With
        ``array``, a scalar or a uniform layout is read as an array of it (folded to
        ``-1``); without, it describes the one object at offset 0."""
        tree = self.layout(ref, depth)
        size = self.size(ref)
        if size and array:
            folded = tree.canonical(size)
            if all(p[0] == -1 for p, _ in folded.items()):
                return folded
        return tree

    def pointer_tree(self, ref: object, own: bool = False) -> TypeTree:
        """The value tree of a pointer to an object of this type (a ``byval`` or ``sret``
        argument, an alloca): ``{[-1]:Pointer, [-1,...]: pointee}``. With ``own`` (an
        alloca: the start of an object of its own, nothing beyond it) a uniform pointee is
        folded to ``-1``; without, it is not: a ``byval`` argument is often a pointer into
        something larger (a struct whose first member is passed by value), whose other bytes
        ``-1`` would contradict."""
        return TypeTree.pointer_to(self.pointee(ref, array=own)).canonical(8)

    def _place(self, acc: TypeTree, member: TypeTree, offset: int, size: int | None) -> TypeTree:
        if not member:
            return acc
        return acc.merge(member.shift(offset, size))

    def _struct(self, n: MDNode, depth: int) -> TypeTree:
        tree = self._members(n, depth)
        name = n.get("name") if isinstance(n.get("name"), str) else ""
        if name.startswith(("Vec<", "RawVec<")) and depth > 1:
            tree = self._typed_buffer(n, tree, depth)
        return tree

    def _typed_buffer(self, n: MDNode, tree: TypeTree, depth: int) -> TypeTree:
        """Rust's ``Vec<T>``/``RawVec<T>`` keep their buffer in a type-erased ``RawVecInner``
        (a ``*const u8``): give that one pointer the element type ``T`` from the template
        parameters, as a pointer to an array of ``T``."""
        params = self.node(n.get("templateParams"))
        elem = None
        for p in (self.node(e) for e in (params.elements if params else [])):
            if p is not None and p.kind == "DITemplateTypeParameter" and p.get("name") == "T":
                elem = p.get("type")
        bare = [p for p, ty in tree.items() if ty == "Pointer" and len(p) == 1
                and not any(q[:1] == p and len(q) > 1 for q, _ in tree.items())]
        if elem is None or len(bare) != 1 or not self.size(elem):
            return tree
        pointee = self.pointee(elem, depth - 1, array=True)
        return tree.merge(pointee.only(bare[0][0]))

    def _members(self, n: MDNode, depth: int) -> TypeTree:
        tree = TypeTree()
        for e in self.elements(n):
            tag = e.get("tag")
            if e.kind == "DICompositeType" and tag == "DW_TAG_variant_part":
                tree = self._place(tree, self.layout(e, depth), 0, self.size(e))
                continue
            if e.kind != "DIDerivedType" or tag not in ("DW_TAG_member", "DW_TAG_inheritance"):
                continue  # methods, static members (DW_TAG_variable), template params
            flags = flags_of(e)
            if "DIFlagStaticMember" in flags or (tag == "DW_TAG_inheritance"
                                                 and "DIFlagVirtual" in flags):
                continue
            bits = _int(e.get("offset")) or 0
            if "DIFlagBitField" in flags:
                width = _int(e.get("size")) or 0
                first, last = bits // 8, (bits + width - 1) // 8
                member = TypeTree.integer(last - first + 1) if width else TypeTree()
                tree = self._place(tree, member, first, None)
                continue
            if bits % 8:
                continue
            if e.get("name") == "vtable" and self._is_pointer(e.get("baseType")):
                # Rust's fat pointers describe their vtable as &[usize; N], but it holds
                # function pointers as well: say only that it is a pointer.
                tree = self._place(tree, TypeTree.pointer(), bits // 8, None)
                continue
            tree = self._place(tree, self.layout(e.get("baseType"), depth), bits // 8,
                               self.size(e.get("baseType")))
        return tree

    def _union(self, n: MDNode, depth: int) -> TypeTree:
        result: TypeTree | None = None
        for e in self.elements(n):
            if e.kind != "DIDerivedType" or e.get("tag") != "DW_TAG_member":
                continue
            if "DIFlagStaticMember" in flags_of(e):
                continue
            bits = _int(e.get("offset")) or 0
            member = self._place(TypeTree(), self.layout(e.get("baseType"), depth), bits // 8,
                                 self.size(e.get("baseType")))
            result = member if result is None else result.intersect(member)
        return result or TypeTree()

    def _array(self, n: MDNode, depth: int) -> TypeTree:
        elem_ref = n.get("baseType")
        elem_size = self.size(elem_ref)
        if not elem_size:
            return TypeTree()
        count = 1
        for sub in self.elements(n):
            if sub.kind != "DISubrange":
                return TypeTree()
            c = _int(sub.get("count"))
            if c is None:
                upper, lower = _int(sub.get("upperBound")), _int(sub.get("lowerBound")) or 0
                if upper is None:
                    return TypeTree()  # VLA or unknown bound
                c = upper - lower + 1
            count *= max(c, 0)  # -1: flexible array member, no storage of its own
        total = self.size(n)
        if total is not None and total < count * elem_size:
            count = total // elem_size
        elem = self.layout(elem_ref, depth)
        if not elem:
            return TypeTree()
        elem = elem.expand(elem_size)
        entries: dict = {}
        for i in range(min(count, MAX_OFFSET // elem_size + 1)):
            for p, ty in elem.items():
                off = p[0] + i * elem_size
                if off <= MAX_OFFSET:
                    entries[(off, *p[1:])] = ty
        return TypeTree(entries)

    def _variant_part(self, n: MDNode, depth: int) -> TypeTree:
        result: TypeTree | None = None
        for e in self.elements(n):
            if e.kind != "DIDerivedType" or e.get("tag") != "DW_TAG_member":
                continue
            bits = _int(e.get("offset")) or 0
            variant = self._place(TypeTree(), self.layout(e.get("baseType"), depth), bits // 8,
                                  self.size(e.get("baseType")))
            if not self._covered(e.get("baseType"), bits // 8):
                continue  # a variant without data (None, Err(AllocError)) disagrees with none
            result = variant if result is None else result.intersect(variant)
        result = result or TypeTree()
        disc = self.node(n.get("discriminator"))
        if disc is not None and disc.kind == "DIDerivedType":
            bits = _int(disc.get("offset")) or 0
            size = self.size(disc.get("baseType")) or 0
            if bits % 8 == 0 and size:
                first = bits // 8
                variants = [self._place(TypeTree(), self.layout(e.get("baseType"), depth),
                                        (_int(e.get("offset")) or 0) // 8,
                                        self.size(e.get("baseType")))
                            for e in self.elements(n) if e.kind == "DIDerivedType"]
                # A niche-encoded discriminant lives inside some variant's data (the null
                # of Option<&T> is the pointer itself): mark only the bytes that no variant
                # covers with something other than an integer.
                taken = set().union(*(_non_integer_bytes(v) for v in variants))
                for off in range(first, first + size):
                    if off not in taken and -1 not in taken:
                        result = result.merge(TypeTree({(off,): "Integer"}))
        return result

    def _covered(self, ref: object, base: int) -> set[int]:
        """The bytes the members of a variant (a struct) occupy, from ``base``; ``{-1}``
        when a member's size is unknown."""
        out: set[int] = set()
        n = self.strip(ref)
        for e in self.elements(n) if n is not None else []:
            if e.kind != "DIDerivedType" or e.get("tag") not in ("DW_TAG_member",
                                                                 "DW_TAG_inheritance"):
                continue
            if "DIFlagStaticMember" in flags_of(e):
                continue
            size = self.size(e.get("baseType"))
            bits = _int(e.get("offset")) or 0
            if size is None:
                return {-1}
            start = base + bits // 8
            out.update(range(start, start + size))
        return out

    # -- scalars inside a type -------------------------------------------------------------
    def leaves(self, ref: object) -> list[Leaf] | None:
        """The scalars of a type in offset order (a pointer, integer or float each), or
        ``None`` if the type has parts that are not plain scalars (unions, enums with data,
        bit-fields, arrays of more than one element)."""
        out: list[Leaf] = []
        if not self._leaves(ref, 0, out, 0):
            return None
        return out

    def _leaves(self, ref: object, base: int, out: list[Leaf], level: int) -> bool:
        n = self.strip(ref)
        if level > 16:
            return False
        if n is None:
            return False
        size = self.size(n) or 0
        if size == 0:
            return True
        if n.kind == "DIBasicType":
            enc = n.get("encoding")
            if enc == "DW_ATE_float":
                kind = self.float_kind(n, size)
                if kind is None:
                    return False
                out.append(Leaf(base, "float", size, self.value_tree(n)))
                return True
            if enc in INTEGER_ENCODINGS:
                out.append(Leaf(base, "int", size, TypeTree.integer()))
                return True
            return False
        tag = n.get("tag")
        if n.kind == "DIDerivedType" and tag in POINTERS:
            out.append(Leaf(base, "ptr", size, self.value_tree(n)))
            return True
        if n.kind != "DICompositeType":
            return False
        if tag == "DW_TAG_enumeration_type":
            out.append(Leaf(base, "int", size, TypeTree.integer()))
            return True
        if tag == "DW_TAG_array_type":
            elem = n.get("baseType")
            if self.size(elem) == size:
                return self._leaves(elem, base, out, level + 1)
            return False
        if tag not in ("DW_TAG_structure_type", "DW_TAG_class_type"):
            return False
        for e in self.elements(n):
            if e.kind != "DIDerivedType":
                return False  # a variant part
            etag = e.get("tag")
            if etag not in ("DW_TAG_member", "DW_TAG_inheritance"):
                continue
            flags = flags_of(e)
            if "DIFlagStaticMember" in flags:
                continue
            if "DIFlagBitField" in flags or "DIFlagVirtual" in flags:
                return False
            bits = _int(e.get("offset")) or 0
            if bits % 8 == 0 and e.get("name") == "vtable" and self._is_pointer(
                    e.get("baseType")):
                out.append(Leaf(base + bits // 8, "ptr", 8, TypeTree.pointer().canonical(8)))
                continue
            if bits % 8 or not self._leaves(e.get("baseType"), base + bits // 8, out,
                                            level + 1):
                return False
        out.sort(key=lambda leaf: leaf.offset)
        return True


def _non_integer_bytes(tree: TypeTree) -> set[int]:
    """The bytes covered by a pointer, float or Anything at the first level of a layout tree
    (all of a pointer's 8 bytes and a float's size, though Enzyme marks only the first);
    ``{-1}`` when such a type is at every offset."""
    out: set[int] = set()
    for path, ty in tree.items():
        if len(path) != 1 or ty == "Integer":
            continue
        if path[0] == -1:
            return {-1}
        width = FLOAT_SIZES[ty[6:]] if ty.startswith("Float@") else (
            POINTER_SIZE if ty == "Pointer" else 1)
        out.update(range(path[0], path[0] + width))
    return out


# -- functions ----------------------------------------------------------------------------

def _llvm_kind(t: Type) -> tuple[str, int] | None:
    """(kind, size in bytes) of a scalar LLVM type."""
    if isinstance(t, (PointerType, TypedPointerType)):
        return ("ptr", 8)
    if isinstance(t, IntType):
        return ("int", (t.bits + 7) // 8)
    if isinstance(t, FloatType):
        name = str(t)
        if name in LLVM_FLOATS:
            return ("float", {"half": 2, "bfloat": 2, "float": 4, "double": 8,
                              "x86_fp80": 16, "fp128": 16, "ppc_fp128": 16}[name])
    return None


def _matches(t: Type, leaf: Leaf, bool_ok: bool = True) -> bool:
    k = _llvm_kind(t)
    if k is None or k[0] != leaf.kind:
        return False
    if leaf.kind == "int":
        # C's bool is 1 byte in memory but i1 (zeroext) in a register.
        return k[1] == leaf.size or (bool_ok and isinstance(t, IntType) and t.bits == 1
                                     and leaf.size == 1)
    return k[1] == leaf.size or leaf.kind == "ptr"


def _attr(fn, index: int, kind: str) -> bool:
    arg = fn.args[index]
    return any(a == kind or a.startswith(kind + "(") or a.startswith(kind + " ")
               for a in arg.attrs)
