"""Copying one instruction (LLVM's ``Instruction::clone``): what ``Instruction.clone``
needs, kept in the model. Copies of blocks and functions, and inlining, are transforms
(``irpass.transforms.cloning``)."""

from __future__ import annotations

from irpass.ir import rules as R
from irpass.ir.attributes import AttributeList
from irpass.ir.instructions import NO_RECORDS, CallArg, CallInst, Instruction
from irpass.ir.values import MetadataOperand, Value


def _slots(cls: type) -> list[str]:
    out: list[str] = []
    for c in cls.__mro__:
        out.extend(getattr(c, "__slots__", ()))
    return out


def clone_instruction(inst: Instruction) -> Instruction:
    """A copy of ``inst``, in no block, without a name or debug records (LLVM's
    ``Instruction::clone``): the same opcode, types, text, flags, attributes, metadata
    attachments, and the same operands (metadata operands are copied, since they are
    printed in place)."""
    if inst.is_erased:
        raise R.InvalidEdit(f"cannot clone {inst!r}: it was erased")
    new = object.__new__(type(inst))
    for slot in _slots(type(inst)):
        if slot in ("__weakref__", "__dict__", "name"):
            continue
        try:
            object.__setattr__(new, slot, getattr(inst, slot))
        except AttributeError:
            pass
    new.parent = None
    new.name = None
    new._uses = None
    new.pos = None
    new.debug_records = NO_RECORDS  # type: ignore[assignment]
    new.template = list(inst.template)
    new.metadata = list(inst.metadata)
    new.operands = []  # type: ignore[assignment]
    for op in inst.operands:
        new.add_operand(copy_metadata_operand(op))
    if isinstance(inst, CallInst):
        assert isinstance(new, CallInst)
        new.ret_attrs = AttributeList(list(inst.ret_attrs))
        new.fn_attrs = AttributeList(list(inst.fn_attrs))
        new.args = [CallArg(a.type, a.type_text, AttributeList(list(a.attrs)), a.index)
                    for a in inst.args]
        new.suffix = list(inst.suffix)
    return new


def copy_metadata_operand(op: Value) -> Value:
    """Metadata operands belong to their user (printed in place): a copy for a copy."""
    if op.__class__ is MetadataOperand:
        assert isinstance(op, MetadataOperand)
        return MetadataOperand(list(op.template), [copy_metadata_operand(o) for o in op.operands])
    return op
