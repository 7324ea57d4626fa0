"""Sizes, alignments and field offsets of LLVM types under a module's data layout.

Follows LLVM's rules (``DataLayout``): a scalar's size is its bit width rounded up to bytes, its
allocation size that rounded up to its ABI alignment; struct fields are placed at their
alignment (packed structs at 1); arrays are ``count`` allocation sizes.
"""

from __future__ import annotations

from irpass.ir import types as T

# LLVM's defaults, used where the datalayout string says nothing.
_DEFAULT_INT_ALIGN = {1: 1, 8: 1, 16: 2, 32: 4, 64: 4, 128: 16}
_DEFAULT_FLOAT_ALIGN = {16: 2, 32: 4, 64: 8, 80: 16, 128: 16}


class DataLayout:
    """Parsed ``target datalayout``; ``resolve`` maps ``%struct.S`` to its body."""

    def __init__(self, spec: str = "", resolve=None) -> None:
        self.int_align = dict(_DEFAULT_INT_ALIGN)
        self.float_align = dict(_DEFAULT_FLOAT_ALIGN)
        self.pointer_size = {0: 8}
        self.pointer_align = {0: 8}
        self.resolve = resolve or (lambda t: t)
        for item in filter(None, spec.split("-")):
            kind, rest = item[0], item[1:]
            nums = [p for p in rest.split(":")]
            try:
                if kind == "i" and len(nums) >= 2:
                    self.int_align[int(nums[0])] = int(nums[1]) // 8
                elif kind == "f" and len(nums) >= 2:
                    self.float_align[int(nums[0])] = int(nums[1]) // 8
                elif kind == "p" and len(nums) >= 3:
                    space = int(nums[0]) if nums[0] else 0
                    self.pointer_size[space] = int(nums[1]) // 8
                    self.pointer_align[space] = int(nums[2]) // 8
            except ValueError:
                continue  # an item this reader does not need (n8:16:32, S128, A5, ...)

    # ---- scalars ------------------------------------------------------------------------
    def _int_alignment(self, bits: int) -> int:
        if bits in self.int_align:
            return self.int_align[bits]
        larger = [b for b in self.int_align if b >= bits]
        if larger:
            return self.int_align[min(larger)]
        return self.int_align[max(self.int_align)]

    def align(self, t: T.Type) -> int:
        """ABI alignment in bytes."""
        t = self.resolve(t)
        if isinstance(t, T.IntType):
            return self._int_alignment(t.bits)
        if isinstance(t, T.FloatType):
            return self.float_align.get(t.bits, 8)
        if isinstance(t, T.PointerType):
            return self.pointer_align.get(t.addrspace, self.pointer_align[0])
        if isinstance(t, T.TypedPointerType):
            return self.pointer_align.get(t.addrspace, self.pointer_align[0])
        if isinstance(t, T.ArrayType):
            return self.align(t.element)
        if isinstance(t, T.VectorType):
            size = self.size(t)
            return max(1, 1 << (size - 1).bit_length()) if size else 1
        if isinstance(t, T.StructType):
            if t.packed or not t.elements:
                return 1
            return max(self.align(e) for e in t.elements)
        return 1

    def size(self, t: T.Type) -> int:
        """Store size in bytes (no tail padding for scalars; structs include theirs)."""
        t = self.resolve(t)
        if isinstance(t, T.IntType):
            return (t.bits + 7) // 8
        if isinstance(t, T.FloatType):
            return 10 if t.kind == "x86_fp80" else t.bits // 8
        if isinstance(t, (T.PointerType, T.TypedPointerType)):
            return self.pointer_size.get(t.addrspace, self.pointer_size[0])
        if isinstance(t, T.ArrayType):
            return t.count * self.alloc_size(t.element)
        if isinstance(t, T.VectorType):
            return (t.count * self._bits(t.element) + 7) // 8
        if isinstance(t, T.StructType):
            offsets, end = self._struct(t)
            return end
        return 0

    def _bits(self, t: T.Type) -> int:
        t = self.resolve(t)
        if isinstance(t, T.IntType):
            return t.bits
        return self.size(t) * 8

    def alloc_size(self, t: T.Type) -> int:
        """Size including padding up to the alignment (the stride in an array)."""
        size, align = self.size(t), self.align(t)
        return (size + align - 1) // align * align

    # ---- aggregates ---------------------------------------------------------------------
    def _struct(self, t: T.StructType) -> tuple[list[int], int]:
        offsets = []
        pos = 0
        for e in t.elements:
            a = 1 if t.packed else self.align(e)
            pos = (pos + a - 1) // a * a
            offsets.append(pos)
            pos += self.alloc_size(e)
        a = self.align(t)
        return offsets, (pos + a - 1) // a * a

    def field_offset(self, t: T.Type, index: int) -> int:
        t = self.resolve(t)
        assert isinstance(t, T.StructType)
        return self._struct(t)[0][index]

    def gep_terms(self, source: T.Type, indices: list[int | None]
                  ) -> list[tuple[int, int | None]] | None:
        """The byte terms of ``getelementptr source, ptr p, indices...``, in order: for each
        index, ``(stride, index)`` (the index is None when it is not a constant); a struct
        field is ``(its offset, 1)``. None when an index walks into something that is not an
        aggregate, or names a struct field by a variable or out of range."""
        if not indices:
            return []
        terms: list[tuple[int, int | None]] = [(self.alloc_size(source), indices[0])]
        t = self.resolve(source)
        for i in indices[1:]:
            if isinstance(t, T.StructType):
                if i is None or not 0 <= i < len(t.elements):
                    return None
                terms.append((self._struct(t)[0][i], 1))
                t = self.resolve(t.elements[i])
            elif isinstance(t, (T.ArrayType, T.VectorType)):
                terms.append((self.alloc_size(t.element), i))
                t = self.resolve(t.element)
            else:
                return None
        return terms

    def gep_offset(self, source: T.Type, indices: list[int]) -> int | None:
        """Byte offset of ``getelementptr source, ptr p, indices...`` from ``p``; None when
        an index walks into something that is not an aggregate."""
        terms = self.gep_terms(source, list(indices))
        return None if terms is None else sum(s * i for s, i in terms)  # type: ignore[misc]


def module_layout(module) -> DataLayout:
    return DataLayout(module.datalayout, module.resolve_type)
