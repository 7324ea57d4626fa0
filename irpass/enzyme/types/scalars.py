"""The integers a function loads and stores, typed from the debug types of their memory.

An unoptimized build keeps every variable in a stack slot and computes with values it loads
from memory: a ``size_t`` counter, a sum of ``model->act_sizes[i]``. Enzyme first promotes
the slots to registers (its own ``mem2reg``), and the phis that come out of that carry no
type unless Enzyme can deduce one from their uses; when it cannot ("Cannot deduce type of phi
%.04 = phi i64"), it stops. The slot's ``!enzyme_type`` does not survive the promotion, but
the instructions that load and compute the values do. This module follows where pointers point
in debug-type terms (a variable's type, a member at an offset, an element of an array) and
says which integer loads and stored integers are source integers (``size_t``, ``int``, enums,
``bool``), so that ``typeinfo`` can put ``{[-1]:Integer}`` on them.

Reads: debug records (``#dbg_declare``/``#dbg_value`` and the intrinsics) and the pointer
arithmetic of one function. Writes nothing.
"""

from __future__ import annotations

from irpass.enzyme.types.ditypes import POINTERS, DITypes, _int
from irpass.enzyme.types.divalues import DBG_CALLS, _expression_is_plain
from irpass.ir.function import Function
from irpass.ir.instructions import CallInst, Instruction, TypedInstruction
from irpass.ir.layout import DataLayout
from irpass.ir.metadata import MDNode
from irpass.ir.types import IntType
from irpass.ir.values import MetadataOperand, Value, int_value

INTEGER_ENCODINGS = ("DW_ATE_signed", "DW_ATE_unsigned", "DW_ATE_signed_char",
                     "DW_ATE_unsigned_char", "DW_ATE_boolean", "DW_ATE_UTF")

Location = tuple[MDNode, int]  # a DI type and a byte offset into an object of it


def path(types: DITypes, ref: object, offset: int) -> list[tuple[MDNode, int]]:
    """The types containing byte ``offset`` of an object of type ``ref``, outermost first,
    each with the offset inside it: structs by their members' offsets, arrays by their
    element size. Stops at a scalar, a union or where debug info says no more."""
    out: list[tuple[MDNode, int]] = []
    n = types.strip(ref)
    for _ in range(32):
        if n is None:
            break
        if n.kind == "DIDerivedType" and n.get("tag") == "DW_TAG_member":
            n = types.strip(n.get("baseType"))
            continue
        out.append((n, offset))
        if n.kind != "DICompositeType":
            break
        tag = n.get("tag")
        if tag == "DW_TAG_array_type":
            elem = types.strip(n.get("baseType"))
            step = types.size(elem)
            if not step:
                break
            n, offset = elem, offset % step
        elif tag in ("DW_TAG_structure_type", "DW_TAG_class_type"):
            member = None
            for e in types.elements(n):
                if e.kind != "DIDerivedType" or e.get("tag") not in ("DW_TAG_member",
                                                                     "DW_TAG_inheritance"):
                    continue
                start = (_int(e.get("offset")) or 0) // 8
                size = types.size(e.get("baseType")) or 0
                if start <= offset < start + size:
                    member = e
                    offset -= start
                    break
            if member is None:
                break
            n = types.strip(member.get("baseType"))
        else:
            break
    return out


def is_integer_type(n: MDNode) -> bool:
    if n.kind == "DIBasicType":
        return n.get("encoding") in INTEGER_ENCODINGS
    return n.kind == "DICompositeType" and n.get("tag") == "DW_TAG_enumeration_type"


class Scalars:
    """Where the pointers of one function point, in debug types, and the integer loads and
    stored values that follows from."""

    def __init__(self, module, fn: Function, types: DITypes, layout: DataLayout) -> None:
        self.module = module
        self.types = types
        self.layout = layout
        self.where: dict[Value, Location] = {}
        self._seed(fn)
        for _ in range(2):  # a second sweep reaches phis fed by later blocks
            for inst in fn.instructions():
                if inst.type.is_pointer and inst not in self.where:
                    found = self._derive(inst)
                    if found is not None:
                        self.where[inst] = found

    def _pointee(self, ref: object) -> MDNode | None:
        n = self.types.strip(ref)
        if n is None or n.kind != "DIDerivedType" or n.get("tag") not in POINTERS:
            return None
        return self.types.strip(n.get("baseType"))

    def _seed(self, fn: Function) -> None:
        """Stack slots from ``dbg_declare`` (the variable's type), pointers from
        ``dbg_value`` (what their type points to)."""
        for inst in fn.instructions():
            for rec in getattr(inst, "debug_records", None) or ():
                if rec.kind in ("declare", "value"):
                    self._describe(rec.kind, rec.value, rec.variable,
                                   rec.operands[2] if len(rec.operands) > 2 else None)
            if isinstance(inst, CallInst):
                callee = inst.called_function
                kind = DBG_CALLS.get(getattr(callee, "name", None) or "")
                ops = inst.arg_values
                if kind and len(ops) >= 2 and isinstance(ops[0], MetadataOperand) and \
                        isinstance(ops[1], MetadataOperand):
                    self._describe(kind, ops[0].wrapped, ops[1].md_id,
                                   ops[2] if len(ops) > 2 else None)

    def _describe(self, kind: str, value: Value | None, var_id: int | None, expr) -> None:
        if value is None or var_id is None or not value.type.is_pointer or \
                not _expression_is_plain(self.module, expr):
            return
        var = self.module.metadata.get(var_id)
        if var is None or var.kind != "DILocalVariable":
            return
        n = self.types.strip(var.get("type")) if kind == "declare" else \
            self._pointee(var.get("type"))
        if n is not None:
            self.where.setdefault(value, (n, 0))

    def _derive(self, inst: Instruction) -> Location | None:
        op = inst.opcode
        ops = inst.operands
        if op in ("bitcast", "addrspacecast") and ops[0] in self.where:
            return self.where[ops[0]]
        if op in ("phi", "select"):
            found = {self.where.get(v) for v in ops if v.type.is_pointer}
            return found.pop() if len(found) == 1 and None not in found else None
        if op == "load" and ops[0] in self.where:
            n, off = self.where[ops[0]]
            p = path(self.types, n, off)
            if p and p[-1][1] == 0:
                target = self._pointee(p[-1][0])
                return (target, 0) if target is not None else None
            return None
        if op == "getelementptr" and isinstance(inst, TypedInstruction) and ops[0] in self.where:
            return self._gep(inst, self.where[ops[0]])
        return None

    def _gep(self, inst: TypedInstruction, at: Location) -> Location | None:
        """Constant indices move the offset; a variable index stays inside the object only
        over the elements of an array of its stride (or objects of its size: ``p[i]``)."""
        n, off = at
        terms = self.layout.gep_terms(inst.value_type,
                                      [int_value(i) for i in inst.operands[1:]])
        for k, (step, value) in enumerate(terms or ()):
            if value is not None:
                off += value * step
            elif not self._stride_ok(n, off, step, first=k == 0):
                return None
        return (n, off) if terms is not None else None

    def _stride_ok(self, n: MDNode, off: int, step: int, first: bool) -> bool:
        if first and off == 0 and self.types.size(n) == step:
            return True
        for node, _ in path(self.types, n, off):
            if node.kind == "DICompositeType" and node.get("tag") == "DW_TAG_array_type" and \
                    self.types.size(node.get("baseType")) == step:
                return True
        return False

    def integer_at(self, pointer: Value, width: int) -> bool:
        """Whether ``pointer`` points to a source integer of ``width`` bytes."""
        at = self.where.get(pointer)
        if at is None:
            return False
        p = path(self.types, *at)
        if not p:
            return False
        leaf, off = p[-1]
        return off == 0 and is_integer_type(leaf) and self.types.size(leaf) == width

    def integers(self, fn: Function) -> list[Value]:
        """Integer loads from, and integer instructions stored to, source integers."""
        out: dict[Value, None] = {}
        for inst in fn.instructions():
            if inst.opcode == "load" and isinstance(inst.type, IntType) and \
                    self.integer_at(inst.operands[0], self.layout.size(inst.type)):
                out[inst] = None
            elif inst.opcode == "store" and isinstance(inst.operands[0], Instruction) and \
                    isinstance(inst.operands[0].type, IntType) and \
                    self.integer_at(inst.operands[1], self.layout.size(inst.operands[0].type)):
                out[inst.operands[0]] = None
        return list(out)
