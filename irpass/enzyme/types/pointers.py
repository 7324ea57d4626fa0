"""What a pointer's type tree says of the memory it points to, and trees carried through
the IR, for ``typeinfo``: the pointee of a tree and the pointer to one, a tree at an offset,
spread over an array or folded when uniform; trees carried through GEPs, casts, phis and
pointer loads (``propagate``); the sizes of what pointers point to, from debug info
(``pointee_sizes``); the pointers copied with a length that is not constant
(``dynamic_copy_params``). Reads the IR and its debug info; writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from irpass.enzyme.types.ditypes import DITypes
from irpass.enzyme.types.typetree import FLOAT_SIZES, TypeTree
from irpass.ir.function import Function
from irpass.ir.instructions import CallInst, Instruction, TypedInstruction
from irpass.ir.layout import DataLayout
from irpass.ir.module import Module
from irpass.ir.values import Value, int_value

COPIES = ("llvm.memcpy.", "llvm.memmove.", "llvm.memcpy.inline.")
SETS = ("llvm.memset.", "llvm.memset.inline.")
POINTER = TypeTree({(-1,): "Pointer"})
INTEGER = TypeTree({(-1,): "Integer"})


def pointee(tree: TypeTree) -> TypeTree:
    """What a pointer's tree says about the memory it points to (paths without the ``-1``)."""
    return TypeTree({p: t for p, t in tree.at(-1).items() if p})


def pointer_to(memory: TypeTree) -> TypeTree:
    return POINTER | memory.only(-1)


def offset_pointer(tree: TypeTree, offset: int | None) -> TypeTree:
    """The tree of ``p + offset`` given the tree of ``p``; ``None`` offset: unknown."""
    memory = pointee(tree)
    entries = {}
    for path, ty in memory.items():
        if not path:
            continue
        first = path[0]
        if first == -1:
            entries[path] = ty
        elif offset is not None and first - offset >= 0:
            entries[(first - offset, *path[1:])] = ty
    return pointer_to(TypeTree(entries))


def folded_uniform(memory: TypeTree) -> TypeTree | None:
    """``memory`` with every first-level offset folded into ``-1`` when it is uniform: all at
    ``-1`` already, or one scalar type (with the same subtree) repeated at its stride from
    offset 0 without gaps, as a reference to ``[f64; 3]`` or a ``struct {double x, y, z;}``
    describe it. ``None`` when it is not uniform."""
    entries = memory.items()
    if all(path and path[0] == -1 for path, _ in entries):
        return memory
    if any(not path or path[0] == -1 for path, _ in entries):
        return None
    by_offset: dict[int, frozenset] = {}
    for path, ty in entries:
        by_offset.setdefault(path[0], set()).add((path[1:], ty))  # type: ignore[attr-defined]
    shapes = {frozenset(v) for v in by_offset.values()}
    if len(shapes) != 1:
        return None
    shape = shapes.pop()
    base = [ty for rest, ty in shape if not rest]
    if len(base) != 1:
        return None
    ty = base[0]
    step = FLOAT_SIZES[ty[6:]] if ty.startswith("Float@") else (8 if ty == "Pointer" else 1)
    if sorted(by_offset) != list(range(0, max(by_offset) + 1, step)):
        return None
    return TypeTree({(-1, *rest): t for rest, t in shape})


def is_uniform(memory: TypeTree) -> bool:
    return folded_uniform(memory) is not None


def extent(memory: TypeTree) -> int:
    """How many bytes from offset 0 a tree of explicit first-level offsets describes (a very
    large number when it is folded: every offset)."""
    end = 0
    for path, ty in memory.items():
        if not path or path[0] == -1:
            return 1 << 62
        width = FLOAT_SIZES[ty[6:]] if ty.startswith("Float@") else (8 if len(path) == 1 and
                                                                        ty == "Pointer" else 1)
        end = max(end, path[0] + width)
    return end


def spread(memory: TypeTree, elem_size: int | None, length: int | None) -> TypeTree | None:
    """The tree of ``length`` bytes of an array of objects of ``elem_size`` bytes each
    described by ``memory``; None when it cannot be said with certainty."""
    if not memory.items():
        return None
    uniform = folded_uniform(memory)
    covered = min((n for n in (elem_size, length) if n), default=0)
    if uniform is not None and extent(memory) < covered:
        # a scalar repeated over part of a larger object (what evidence left of a record):
        # nothing says the rest of the object (within the copy) is that scalar
        return None
    if uniform is not None:
        return uniform if length is None else uniform.expand(length)
    if length is None:
        return None
    if not elem_size:
        # a pointer into an object of unknown size (a field's address): the copy's bytes
        # are what the tree says of its first ``length`` bytes
        if -1 in memory.first_offsets():
            return None
        return TypeTree({p: t for p, t in memory.items() if p[0] < length}) or None
    if length <= elem_size:
        return TypeTree({p: t for p, t in memory.expand(elem_size).items() if p[0] < length})
    if length % elem_size:
        return None
    out = TypeTree()
    for k in range(length // elem_size):
        out = out | memory.shift(k * elem_size, elem_size)
    return out


def base_pointer(v: Value) -> Value:
    """The pointer ``v`` is derived from by GEPs and casts, and through the stack slot an
    unoptimized build spills it to (a load of an alloca stored to once)."""
    for _ in range(64):
        if isinstance(v, Instruction) and v.opcode in ("getelementptr", "bitcast",
                                                        "addrspacecast") and v.operands:
            v = v.operands[0]
        elif isinstance(v, Instruction) and v.opcode == "load" and \
                isinstance(v.operands[0], Instruction) and v.operands[0].opcode == "alloca":
            stores = [u for u in v.operands[0].users if isinstance(u, Instruction)
                      and u.opcode == "store" and u.operands[1] is v.operands[0]]
            if len(stores) != 1:
                return v
            v = stores[0].operands[0]
        else:
            return v
    return v


def callee_name(call: CallInst) -> str:
    callee = call.called_function
    return callee.name if callee is not None and callee.name else ""


def dynamic_copy_pointers(fn: Function, params: dict[Function, set[int]]) -> set[Value]:
    """Base pointers in ``fn`` that reach a copy of a non-constant length, directly or through
    a parameter of a called function that does (``params``)."""
    out: set[Value] = set()
    for inst in fn.instructions():
        if not isinstance(inst, CallInst):
            continue
        name = callee_name(inst)
        if name.startswith(COPIES + SETS) or name in ("memcpy", "memmove", "memset"):
            n = 1 if name.startswith(SETS) or name == "memset" else 2
            if len(inst.args) > n and int_value(inst.arg(n)) is None:
                out.update(base_pointer(inst.arg(i)) for i in range(n))
        callee = inst.called_function
        if callee is not None and callee in params:
            out.update(base_pointer(inst.arg(i)) for i in params[callee]
                       if i < len(inst.args))
    return out


def dynamic_copy_params(module: Module) -> dict[Function, set[int]]:
    """For each function, the parameters whose memory is copied with a non-constant length
    (in it or in what it calls). Enzyme types such a copy by its first byte only, so a tree
    of mixed types given for that memory would make it copy the derivative wrongly."""
    params: dict[Function, set[int]] = {}
    changed = True
    while changed:
        changed = False
        for fn in module.functions:
            if not fn.is_materialized or not fn.blocks:
                continue
            reach = dynamic_copy_pointers(fn, params)
            found = {a.index for a in fn.args if a in reach}
            if found - params.get(fn, set()):
                params[fn] = params.get(fn, set()) | found
                changed = True
    return params


@dataclass
class FunctionTypes:
    """Trees known for the values of one function, and the sizes of what pointers point to."""

    trees: dict[Value, TypeTree]
    elem_sizes: dict[Value, int]
    unsafe: set[Value]  # mixed-type memory copied with a non-constant length: left alone


def pointee_sizes(module: Module, fn: Function, types: DITypes) -> dict[Value, int]:
    """Byte size of the object each pointer parameter or described variable points to, from
    the DI types (used to spread a struct's tree over an array being copied)."""
    out: dict[Value, int] = {}
    slots: dict[Value, int] = {}
    sp = types.node(_ref(fn.get_metadata("dbg")))
    st = types.node(sp.get("type")) if sp is not None else None
    tup = types.node(st.get("types")) if st is not None else None
    if tup is not None:
        params = list(tup.elements[1:])
        if len(params) == len(fn.args):
            for arg, ref in zip(fn.args, params):
                n = types.strip(ref)
                if arg.type.is_pointer and n is not None and n.kind == "DIDerivedType":
                    size = types.size(n.get("baseType"))
                    if size:
                        out[arg] = size
    for inst in fn.instructions():
        for rec in inst.debug_records:
            var = module.metadata.get(rec.variable or -1)
            value = rec.value
            if var is None or value is None or not value.type.is_pointer:
                continue
            ref = var.get("type")
            if rec.kind == "declare":
                size = types.size(ref)
                n = types.strip(ref)
                if n is not None and n.kind == "DIDerivedType" and n.get("tag") in (
                        "DW_TAG_pointer_type", "DW_TAG_reference_type"):
                    # A stack slot holding a pointer (unoptimized code): what a load from it
                    # points to.
                    inner = types.size(n.get("baseType"))
                    if inner:
                        slots[value] = inner
            else:
                n = types.strip(ref)
                size = types.size(n.get("baseType")) if n is not None and n.kind == \
                    "DIDerivedType" else None
            if size:
                out.setdefault(value, size)
    for inst in fn.instructions():
        if inst.opcode == "load" and inst.type.is_pointer and inst.operands[0] in slots:
            out.setdefault(inst, slots[inst.operands[0]])
    return out


def _ref(text: str | None) -> int | None:
    if text and text.startswith("!") and text[1:].isdigit():
        return int(text[1:])
    return None


def propagate(fn: Function, known: dict[Value, TypeTree], sizes: dict[Value, int],
              layout: DataLayout) -> None:
    """Carry pointer trees through GEPs, casts, phis, selects and pointer loads (in place)."""
    for _ in range(2):  # a second sweep reaches phis fed by later blocks
        for inst in fn.instructions():
            if inst in known or not inst.type.is_pointer:
                continue
            tree = _derive(inst, known, sizes, layout)
            if tree is not None and tree.items():
                known[inst] = tree


def _derive(inst: Instruction, known: dict[Value, TypeTree], sizes: dict[Value, int],
            layout: DataLayout) -> TypeTree | None:
    op = inst.opcode
    if op in ("bitcast", "addrspacecast") and inst.operands[0] in known:
        if inst.operands[0] in sizes:
            sizes[inst] = sizes[inst.operands[0]]
        return known[inst.operands[0]]
    if op == "getelementptr" and isinstance(inst, TypedInstruction):
        base = inst.operands[0]
        if base not in known:
            return None
        indices = [int_value(v) for v in inst.operands[1:]]
        offset = None
        if all(i is not None for i in indices):
            offset = layout.gep_offset(inst.value_type, indices)  # type: ignore[arg-type]
        elif indices and indices[0] is None and all(i is not None for i in indices[1:]) and \
                sizes.get(base) == layout.alloc_size(inst.value_type):
            # p[i].field of a pointer to objects of that size: another object like *p
            offset = layout.gep_offset(inst.value_type, [0, *indices[1:]])  # type: ignore
        if offset == 0 and base in sizes:
            sizes[inst] = sizes[base]
        return offset_pointer(known[base], offset)
    if op in ("phi", "select"):
        values = [v for v in inst.operands if v.type.is_pointer]
        trees = [known.get(v) for v in values]
        if trees and all(t is not None and t == trees[0] for t in trees):
            return trees[0]
        return None
    if op == "load" and inst.operands[0] in known:
        memory = pointee(known[inst.operands[0]])
        if memory.lookup((0,)) != "Pointer":
            return None
        under = {(-1, *p[1:]): ty for p, ty in memory.items()
                 if len(p) > 1 and p[0] in (0, -1)}
        return POINTER | TypeTree(under)
    return None
