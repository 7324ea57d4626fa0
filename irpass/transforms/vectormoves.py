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

A load of a float vector some of whose lanes nothing reads becomes loads of the lanes that
are read. The SLP vectorizer loads ``{ sq, count }`` of ``struct { sum: f64, sq: f64, count:
u32 }`` as ``<2 x double>`` and replaces the second lane (``insertelement``): Enzyme, told
that the bytes of ``count`` are an integer, accumulates the derivative of the float lane
through a temporary of one ``double`` into which it stores the whole vector, overwriting the
stack beside it (a lost derivative, or a crash at -O0). The lanes nobody reads are
``poison``, which nothing observes:

    %v = load <2 x double>, ptr %p, align 8      %v.0 = load double, ptr %p, align 8
    %w = insertelement <2 x double> %v,     ->   %v = insertelement <2 x double> poison,
           double %s, i64 1                             double %v.0, i64 0
                                                 %w = insertelement <2 x double> %v, ...
"""

from __future__ import annotations

import math

from irpass.ir import types as T
from irpass.ir.builder import IRBuilder, const_int, constant
from irpass.ir.function import Function
from irpass.ir.instructions import Instruction
from irpass.ir.values import Value, int_value

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
    align = access.align
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


def _special(inst: Instruction) -> bool:
    return inst.volatile or inst.ordering is not None


def load_read_lanes(fn: Function) -> int:
    """Rewrite each load of a float vector in ``fn`` some of whose lanes are never read into
    loads of the lanes that are; returns how many loads were rewritten."""
    done = 0
    for load in [i for i in fn.instructions() if i.opcode == "load"]:
        vt = load.type
        if not isinstance(vt, T.VectorType) or vt.scalable or vt.count < 2 or \
                not isinstance(vt.element, T.FloatType) or _special(load):
            continue
        read = read_lanes(load, vt.count)
        if len(read) == vt.count:
            continue
        element = vt.element
        width = _width(element)
        if width is None:
            continue
        align = load.align
        ptr = load.pointer_operand
        assert ptr is not None
        b = IRBuilder.at(load, load.get_metadata("dbg"))
        name = load.name
        vector: Value | None = None
        for k in sorted(read):
            offset = k * width
            at = ptr if offset == 0 else b.gep(T.I8, ptr, [const_int(T.I64, offset)])
            part_align = math.gcd(align, offset) if align and offset else align
            lane = b.load(element, at, align=part_align,
                          name=f"{name}.{k}" if name is not None else None)
            for kind in KEPT:
                text = load.get_metadata(kind)
                if text is not None:
                    lane.set_metadata(kind, text)
            into = "poison" if vector is None else "%v"
            vector = b.parse_instruction(
                f"insertelement {vt} {into}, {element} %e, i64 {k}", e=lane,
                **({"v": vector} if vector is not None else {}))
        if vector is None:
            vector = constant(vt, "poison")
        load.replace_all_uses_with(vector)
        load.erase()
        if name is not None and isinstance(vector, Instruction):
            vector.name = name
        done += 1
    return done


def read_lanes(v: Value, count: int, depth: int = 0) -> set[int]:
    """The lanes of the vector ``v`` that something reads: an ``insertelement`` at a constant
    lane replaces that lane, an ``extractelement`` at a constant lane reads only it; any
    other use reads them all."""
    out: set[int] = set()
    for user in v.users:
        if len(out) == count:
            break
        if depth < 16 and isinstance(user, Instruction) and user.opcode == "insertelement" \
                and user.operands[0] is v and user.operands[1] is not v:
            k = int_value(user.operands[2])
            if k is not None:
                out |= read_lanes(user, count, depth + 1) - {k}
                continue
        if isinstance(user, Instruction) and user.opcode == "extractelement" and \
                user.operands[0] is v:
            k = int_value(user.operands[1])
            if k is not None:
                out.add(k)
                continue
        return set(range(count))
    return out


def _width(element: T.Type) -> int | None:
    sizes = {"half": 2, "bfloat": 2, "float": 4, "double": 8, "fp128": 16}
    return sizes.get(getattr(element, "kind", ""))
