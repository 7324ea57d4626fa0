"""Integer vectors that only move memory, as one scalar move per element.

Optimized code moves records in wide pieces: rustc's ``swap`` and ``reverse`` at opt-level 3
load and store a 32-byte record as two ``<2 x i64>``. When one piece holds a double and
integers, Enzyme 19 cannot add the double's derivative into part of the vector: it asserts
("unhandled accumulate with partial sizes"). A load of ``<N x iK>`` whose value is only stored
is a move of N words of K bits; done as N scalar loads and N scalar stores, each word is whole
to Enzyme, which copies a double's derivative and leaves an integer's alone:

    %v = load <2 x i64>, ptr %p, align 8      %v0 = load i64, ptr %p, align 8
    store <2 x i64> %v, ptr %q, align 8  ->   %p1 = getelementptr inbounds i8, ptr %p, i64 8
                                              %v1 = load i64, ptr %p1, align 8
                                              ...
                                              store i64 %v0, ptr %q, align 8
                                              %q1 = getelementptr inbounds i8, ptr %q, i64 8
                                              store i64 %v1, ptr %q1, align 8

The loads stay where the vector load was and the stores where each vector store was, so a
swap (two loads, then two stores) still swaps. Volatile and atomic accesses are left alone.
"""

from __future__ import annotations

import math
import re

from irpass.ir import types as T
from irpass.ir.builder import IRBuilder, const_int
from irpass.ir.function import Function
from irpass.ir.instructions import Instruction

# Attachments that still hold for each part of the access; !tbaa names the vector's type.
KEPT = ("alias.scope", "noalias", "nontemporal")


def split_vector_moves(fn: Function) -> int:
    """Rewrite each load of an integer vector in ``fn`` whose value is only stored (whole)
    into scalar loads and stores; returns how many loads were rewritten."""
    done = 0
    for load in [i for i in fn.instructions() if i.opcode == "load"]:
        vt = load.type
        if not isinstance(vt, T.VectorType) or vt.scalable or vt.count < 2 or \
                not isinstance(vt.element, T.IntType) or vt.element.bits % 8:
            continue
        stores = load.users
        if not stores or _special(load) or any(
                not isinstance(s, Instruction) or s.opcode != "store" or
                s.operands[0] is not load or s.operands[1] is load or _special(s)
                for s in stores):
            continue
        parts = _moved(load, vt, None)
        for store in stores:
            assert isinstance(store, Instruction)
            _moved(store, vt, parts)
            store.erase()
        load.erase()
        done += 1
    return done


def _moved(access: Instruction, vt: T.VectorType, values: list | None) -> list:
    """The scalar loads (``values`` None) or stores of ``values`` that replace ``access``,
    inserted before it."""
    element = vt.element
    width = element.bits // 8  # type: ignore[attr-defined]
    align = _align(access)
    ptr = access.pointer_operand
    assert ptr is not None
    b = IRBuilder.at(access, access.get_metadata("dbg"))
    out = []
    for k in range(vt.count):
        offset = k * width
        at = ptr if offset == 0 else b.gep(T.I8, ptr, [const_int(T.I64, offset)])
        part_align = math.gcd(align, offset) if align and offset else align
        made = b.load(element, at, align=part_align) if values is None else \
            b.store(values[k], at, align=part_align)
        for kind in KEPT:
            text = access.get_metadata(kind)
            if text is not None:
                made.set_metadata(kind, text)
        out.append(made)
    return out


def _text(inst: Instruction) -> str:
    return "".join(p for p in inst.template if isinstance(p, str))


def _special(inst: Instruction) -> bool:
    head = _text(inst).split(",", 1)[0]
    return " volatile " in f" {head} " or " atomic " in f" {head} "


def _align(inst: Instruction) -> int | None:
    found = re.search(r",\s*align\s+(\d+)", _text(inst))
    return int(found.group(1)) if found else None
