"""Copies of records whose number is known only at run time, as loops of one-record copies.

Enzyme gives a ``memcpy``/``memmove`` one type tree for its whole length, and a copy whose
length is not constant it types by its first byte. An array of mixed records
(``struct Body { double pos[3]; double mass; int id; }``) copied ``n`` at a time cannot be
described that way: Enzyme refuses the copy ("Cannot deduce type of copy"), and a tree made
for one record would make it copy only part of the derivative. Rewritten as a loop that copies
one record at a time, each copy has a constant length and the record's exact tree: the float
parts' derivatives are copied (and, backwards, accumulated), the integers and pointers not.

``record_count`` recognizes a length of ``count * size`` (``mul``, ``shl``, as compilers write
``n * sizeof(struct Body)``); ``split_copy`` rewrites the call:

    pre:    ...                                   ; the block up to the copy
            br label %copy.head
    head:   %i = phi [0, %pre], [%i.next, %copy.body]
            br (icmp eq %i, %count), label %copy.done, label %copy.body
    body:   %k = %i               (memmove: select dst <= src, %i, %count - 1 - %i)
            call @llvm.memcpy(gep dst, %k * size; gep src, %k * size; size)
            %i.next = add nuw %i, 1
            br label %copy.head
    done:   ...                                   ; the rest of the block

A ``memmove`` copies forwards when the destination is below the source and backwards
otherwise, record by record, as ``memmove`` must for overlapping ranges. A ``memset`` of ``n``
records (``calloc``-like zeroing of an array of structs) becomes a loop of one-record
``memset``s the same way.
"""

from __future__ import annotations

from irpass.ir import types as T
from irpass.ir.builder import IRBuilder, add_block, add_incoming, const_int
from irpass.ir.instructions import CallInst, Instruction
from irpass.ir.values import Value, int_value

COPY_CALLS = ("llvm.memcpy.", "llvm.memmove.", "llvm.memcpy.inline.")
SET_CALLS = ("llvm.memset.", "llvm.memset.inline.")


def record_count(length: Value) -> tuple[Value, int, int] | None:
    """``(n, d, size)`` when ``length`` is ``(n + d) * size`` as compilers write it (``mul``
    by a constant, ``shl``, and whole records added or taken off: ``(n - 1) * sizeof(T)`` at
    ``-O1`` is ``n * 40 - 40``), else None."""
    if not isinstance(length, Instruction):
        return None
    ops = length.operands
    if length.opcode == "mul":
        for a, b in ((ops[0], ops[1]), (ops[1], ops[0])):
            size = int_value(b)
            if size is not None and size > 0 and int_value(a) is None:
                return a, 0, size
    if length.opcode == "shl":
        shift = int_value(ops[1])
        if shift is not None and 0 <= shift < 32:
            return ops[0], 0, 1 << shift
    if length.opcode in ("add", "sub"):
        c = int_value(ops[1])
        inner = record_count(ops[0]) if c is not None else None
        if inner is not None and c % inner[2] == 0:  # type: ignore[operator]
            n, d, size = inner
            return n, d + (c if length.opcode == "add" else -c) // size, size  # type: ignore
    return None


def pointer_difference(length: Value) -> bool:
    """Whether ``length`` is the distance between two pointers (``sub`` of two
    ``ptrtoint``), as Rust computes the bytes between a slice's start and end: between two
    pointers into one array of records it is a whole number of records."""
    return isinstance(length, Instruction) and length.opcode == "sub" and all(
        isinstance(op, Instruction) and op.opcode == "ptrtoint" for op in length.operands)


def records_between(call: CallInst, size: int) -> tuple[Value, int, int]:
    """The count of a copy whose length is a ``pointer_difference`` of pointers to records
    of ``size`` bytes: ``udiv exact`` of the length by ``size``, inserted before ``call``."""
    length = call.arg(2)
    n = IRBuilder.at(call, call.get_metadata("dbg")).binop(
        "udiv", length, const_int(length.type, size), "copy.count", ["exact"])
    return n, 0, size


def split_copy(call: CallInst, count: tuple[Value, int, int]) -> CallInst:
    """Replace the copy ``call`` of ``n + d`` records of ``size`` bytes (``count``:
    ``record_count``) by a loop copying one record at a time (see the module docstring);
    returns the copy inside the loop."""
    n, d, size = count
    if d:
        count_value: Value = IRBuilder.at(call, call.get_metadata("dbg")).binop(
            "add", n, const_int(n.type, d), "copy.count")
    else:
        count_value = n
    return _loop(call, count_value, size)


def _loop(call: CallInst, count: Value, size: int) -> CallInst:
    block = call.parent
    assert block is not None and block.parent is not None
    dst, src, length = call.arg(0), call.arg(1), call.arg(2)
    rest = call.arg_values[3:]
    name = str(call.called_function.name) if call.called_function is not None else ""
    backward_ok = name.startswith("llvm.memmove.")
    is_set = name.startswith(SET_CALLS)  # src is the byte value
    dbg = call.get_metadata("dbg")
    ct = count.type
    done = block.split_before(call, "copy.done")
    head = add_block(block.parent, "copy.head", after=block)
    body = add_block(block.parent, "copy.body", after=head)
    jump = block.terminator
    assert jump is not None
    jump.set_operand(0, head)
    if dbg is not None:
        jump.set_metadata("dbg", dbg)

    b = IRBuilder(head, debug_loc=dbg)
    i = b.phi(ct, [(const_int(ct, 0), block)], "copy.i")
    b.cond_br(b.icmp("eq", i, count, "copy.end"), done, body)

    b = IRBuilder(body, debug_loc=dbg)
    k: Value = i
    if backward_ok:
        forward = b.icmp("ule", dst, src, "copy.forward")
        last = b.binop("sub", b.binop("sub", count, const_int(ct, 1)), i)
        k = b.select(forward, i, last, "copy.k")
    offset = b.binop("mul", k, const_int(ct, size), "copy.offset", ["nuw"])
    d = b.gep(T.I8, dst, [offset], "copy.dst")
    s = src if is_set else b.gep(T.I8, src, [offset], "copy.src")
    callee = call.callee
    assert call.called_function is not None
    if backward_ok:
        # One record at a time the ranges are the same record or do not overlap: a memcpy,
        # whose derivative Enzyme has (it has none of memmove's; see memmoves).
        from irpass.transforms.memmoves import memcpy_like

        callee = memcpy_like(call.called_function) or callee
    inner = b.call(callee, [d, s, const_int(length.type, size), *rest],
                   call.called_function.ftype)
    nxt = b.binop("add", i, const_int(ct, 1), "copy.next", ["nuw"])
    b.br(head)
    add_incoming(i, nxt, body)

    call.erase()
    return inner
