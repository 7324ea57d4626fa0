"""Rust enums whose variants put a pointer and an integer at the same place, hidden from
Enzyme's type analysis where they would contradict it.

``Result<NonNull<[u8]>, TryReserveError>`` (what ``finish_grow`` and ``try_allocate_in``
write through their ``sret``) holds the new buffer's address at offset 8 in ``Ok`` and the
failed layout's alignment there in ``Err``; ``Ok`` of a zero-sized allocation stores a
dangling pointer made from the alignment (``inttoptr``). Enzyme's type analysis does not
follow control flow: it merges what every store says about a location, and stops with
"Illegal updateAnalysis prev:{[-1,0]:Pointer} new:{[-1,0]:Integer}". Those integers are not
data Enzyme must differentiate: an error's payload, or an address that is never dereferenced.

``hide_enum_puns`` finds, in a function, the integer loads and stores through one base
pointer at offsets where it also loads or stores a pointer (offsets through constant
``getelementptr``s, and phis and selects of them), and passes the address of each such
integer access through ``__irpass_untyped`` (``hide_addresses_from_integers`` does the same
for the pointers made from integers): an internal
identity function that Enzyme's type analysis does not enter (``enzyme_ta_norecur``) and
that is inactive (``enzyme_inactive``), so it says nothing about the value and the shadow
memory never holds those integers (nothing reads them from a shadow). It is an identity:
the program computes what it did, and LLVM's inliner removes the calls after Enzyme.

Reads: the function's stores and the address arithmetic before them. Writes: calls of
``__irpass_untyped`` and its definition.
"""

from __future__ import annotations

import itertools
from math import prod

from irpass.enzyme.types.typetree import TypeTree
from irpass.ir import types as T
from irpass.ir.builder import IRBuilder, add_block, add_function
from irpass.ir.function import BasicBlock, Function
from irpass.ir.instructions import Instruction, TypedInstruction
from irpass.ir.layout import DataLayout
from irpass.ir.module import Module
from irpass.ir.opcodes import INT_BINOPS
from irpass.ir.values import Argument, Constant, Value

UNTYPED = "__irpass_untyped"
ENZYME_TYPE = "enzyme_type"
INTEGER = TypeTree({(-1,): "Integer"})
POINTER_SIZE = 8


def _const(v: Value) -> int | None:
    if isinstance(v, Constant) and v.kind == "c_int":
        try:
            return int(v.text)
        except ValueError:
            return None
    return None


def _const_set(v: Value, depth: int = 0) -> frozenset[int] | None:
    """The values an integer may have: a constant, or a phi or select of constants."""
    c = _const(v)
    if c is not None:
        return frozenset({c})
    if depth < 4 and isinstance(v, Instruction) and v.opcode in ("phi", "select"):
        values = v.operands[1:] if v.opcode == "select" else \
            [x for x in v.operands if not isinstance(x, BasicBlock)]
        sets = [_const_set(x, depth + 1) for x in values]
        if values and all(s is not None for s in sets):
            return frozenset().union(*sets)  # type: ignore[arg-type]
    return None


def address(v: Value, layout: DataLayout, depth: int = 0,
            seen: frozenset[int] = frozenset()) -> tuple[Value, frozenset[int]] | None:
    """The base pointer ``v`` is computed from and the offsets it may be at, through
    constant ``getelementptr``s, casts, phis and selects; None when an offset is unknown."""
    if depth > 32 or id(v) in seen:
        return None
    if isinstance(v, Instruction):
        op = v.opcode
        if op in ("bitcast", "addrspacecast"):
            return address(v.operands[0], layout, depth + 1, seen)
        if op == "getelementptr" and isinstance(v, TypedInstruction):
            choices = [_const_set(i) for i in v.operands[1:]]
            if any(c is None for c in choices) or \
                    prod(len(c) for c in choices) > 16:  # type: ignore[arg-type]
                return None
            offsets = {layout.gep_offset(v.value_type, list(ix))
                       for ix in itertools.product(*choices)}  # type: ignore[arg-type]
            base = address(v.operands[0], layout, depth + 1, seen)
            if None in offsets or base is None:
                return None
            return base[0], frozenset(o + k for o in base[1] for k in offsets)  # type: ignore
        if op in ("phi", "select"):
            inner = seen | {id(v)}
            values = v.operands[1:] if op == "select" else \
                [x for x in v.operands if x.type.is_pointer]
            found = [address(x, layout, depth + 1, inner) for x in values]
            if not found or any(f is None for f in found) or \
                    len({id(f[0]) for f in found if f is not None}) != 1:
                return None
            return found[0][0], frozenset().union(*(f[1] for f in found if f is not None))
    return v, frozenset({0})


def _overlaps(offsets: frozenset[int], size: int, ranges: list[tuple[int, int]]) -> bool:
    return any(o < end and start < o + size for o in offsets for start, end in ranges)


PLAIN_OPS = INT_BINOPS | {"phi", "select", "zext", "sext", "trunc", "freeze"}
PLAIN_INTRINSICS = ("llvm.umax.", "llvm.umin.", "llvm.smax.", "llvm.smin.", "llvm.ctlz.",
                    "llvm.cttz.", "llvm.ctpop.")


def plain_integer(v: Value, depth: int = 0, seen: set[int] | None = None) -> bool:
    """Whether the integer ``v`` is computed only from constants and integer arguments (an
    alignment, a size, a count), never from an address (``ptrtoint``) or from memory (a
    ``load``, which may read a pointer's bits): such an integer carries no pointer."""
    seen = set() if seen is None else seen
    if id(v) in seen:
        return True
    seen.add(id(v))
    if isinstance(v, Constant):
        return v.kind in ("c_int", "c_poison", "c_undef", "c_zero") or v.text in (
            "undef", "poison", "zeroinitializer", "true", "false")
    if isinstance(v, Argument):
        return isinstance(v.type, T.IntType)
    if depth > 32 or not isinstance(v, Instruction):
        return False
    if v.opcode == "call":
        callee = getattr(v, "called_function", None)
        if callee is None or not str(callee.name or "").startswith(PLAIN_INTRINSICS):
            return False
        args = v.arg_values  # type: ignore[attr-defined]
    elif v.opcode == "extractvalue" and isinstance(v.operands[0], Instruction) and \
            v.operands[0].opcode == "call" and str(getattr(
                v.operands[0].called_function, "name", "") or "").startswith(
                ("llvm.umul.with.overflow.", "llvm.uadd.with.overflow.",
                 "llvm.usub.with.overflow.")):
        args = v.operands[0].arg_values  # type: ignore[attr-defined]
    elif v.opcode in PLAIN_OPS:
        args = [x for x in v.operands if not isinstance(x, BasicBlock)]
        if v.opcode == "select":
            args = args[1:]
    else:
        return False
    return all(plain_integer(a, depth + 1, seen) for a in args)


def hide_addresses_from_integers(module: Module, fn: Function) -> int:
    """Pass each pointer ``fn`` makes from a computed integer (``inttoptr``: a dangling
    pointer made from an alignment, ``NonNull::dangling``) through ``__irpass_untyped``:
    Enzyme's analysis types it as an integer and stops where it meets real pointers (a phi,
    a store). Such pointers are inactive for Enzyme with or without this."""
    hidden = 0
    for inst in list(fn.instructions()):
        if inst.opcode != "inttoptr" or isinstance(inst.operands[0], Constant) or \
                not inst.users or not plain_integer(inst.operands[0]):
            continue
        users = list(inst.users)
        b = IRBuilder.at(inst, inst.get_metadata("dbg"))
        b.position_after(inst)
        call = b.call(untyped(module), [inst])
        for user in users:
            for k, op in enumerate(user.operands):
                if op is inst:
                    user.set_operand(k, call)
        hidden += 1
    return hidden


def untyped(module: Module) -> Function:
    """``define internal ptr @__irpass_untyped(ptr %p)``: returns ``p``; Enzyme's type
    analysis does not look inside, and calls of it are inactive."""
    found = module.get_function(UNTYPED)
    if found is not None:
        return found
    fn = add_function(module, UNTYPED, T.FunctionType(T.PTR, (T.PTR,)), ["p"],
                      linkage=["internal"],
                      fn_attrs=["nounwind", "willreturn", '"enzyme_inactive"',
                                '"enzyme_ta_norecur"'])
    IRBuilder.at_end(add_block(fn, "start")).ret(fn.args[0])
    return fn


def hide_enum_puns(module: Module, fn: Function, layout: DataLayout) -> int:
    """Hide from Enzyme the integer loads and stores (and pointers made from integers) that
    share a place with pointers loaded or stored in ``fn``; returns how many were hidden."""
    accesses: list[tuple[Instruction, Value, frozenset[int], int, str]] = []
    for inst in fn.instructions():
        if inst.opcode == "store":
            value, ptr = inst.operands[0], inst.operands[1]
        elif inst.opcode == "load":
            value, ptr = inst, inst.operands[0]
        else:
            continue
        t = value.type
        if t.is_pointer:
            kind = "ptr"
        elif isinstance(t, T.IntType):
            kind = "int"
        elif isinstance(t, T.FloatType):
            kind = "float"
        else:
            continue
        found = address(ptr, layout)
        if found is None:
            continue
        size = POINTER_SIZE if t.is_pointer else max(1, layout.size(t))
        accesses.append((inst, found[0], found[1], size, kind))
    pointers: dict[int, list[tuple[int, int]]] = {}
    floats: dict[int, list[tuple[int, int]]] = {}
    for _, root, offsets, size, kind in accesses:
        if kind in ("ptr", "float"):
            into = pointers if kind == "ptr" else floats
            into.setdefault(id(root), []).extend((o, o + size) for o in offsets)
    punned = {id(root) for _, root, offsets, size, kind in accesses
              if kind == "int" and _overlaps(offsets, size, pointers.get(id(root), []))}
    hidden = 0
    returns_pointers: list[bool] = []  # computed once, when a load asks
    for inst, root, offsets, size, kind in accesses:
        if id(root) not in punned or kind != "int":
            continue
        on_pointer = _overlaps(offsets, size, pointers[id(root)])
        if inst.opcode == "store":
            # An integer stored where a pointer also goes. Hidden only when it is computed
            # from constants and integer arguments: one made from an address or read from
            # memory may be a pointer's bits moved as an integer, which Enzyme must see.
            if not on_pointer or not plain_integer(inst.operands[0]):
                continue
            b = IRBuilder.at(inst, inst.get_metadata("dbg"))
            inst.set_operand(1, b.call(untyped(module), [inst.operands[1]]))
            hidden += 1
            continue
        # A load of the enum's integers (an error's payload, a length): only when what is
        # loaded is used as an integer and never becomes an address, stored, or returned
        # in a place of the return value that may hold a pointer.
        if _overlaps(offsets, size, floats.get(id(root), [])) or \
                inst.get_metadata(ENZYME_TYPE) is not None:
            continue
        if not returns_pointers:
            returns_pointers.append(_returns_pointers(module, fn))
        if not integer_uses(inst, returns_pointers[0]):
            continue
        if on_pointer:
            b = IRBuilder.at(inst, inst.get_metadata("dbg"))
            inst.set_operand(0, b.call(untyped(module), [inst.operands[0]]))
            hidden += 1
        inst.set_metadata(ENZYME_TYPE, INTEGER.to_metadata())
    return hidden


INTEGER_USERS = INT_BINOPS | {"icmp", "switch", "br", "trunc", "zext", "sext", "freeze", "phi",
                              "select", "insertvalue", "extractvalue", "uitofp", "sitofp"}


def integer_uses(v: Value, may_return: bool, depth: int = 0,
                 seen: set[int] | None = None) -> bool:
    """Whether ``v`` (and what is computed from it) is only compared, computed with, passed
    to calls that stay out of the derivative, or returned (``may_return``): never made an
    address, stored, or passed on."""
    from irpass.enzyme.rust.rustnames import why_inactive

    seen = set() if seen is None else seen
    if id(v) in seen:
        return True
    seen.add(id(v))
    if depth > 32:
        return False
    for user in v.users:
        if not isinstance(user, Instruction):
            return False
        op = user.opcode
        if op == "ret":
            if not may_return:
                return False
        elif op == "call":
            callee = getattr(user, "called_function", None)
            name = str(getattr(callee, "name", "") or "")
            if not (name.startswith("llvm.assume") or name.startswith(PLAIN_INTRINSICS) or
                    why_inactive(name) is not None):
                return False
            if name.startswith(PLAIN_INTRINSICS) and \
                    not integer_uses(user, may_return, depth + 1, seen):
                return False
        elif op in INTEGER_USERS:
            if op not in ("icmp", "switch", "br") and \
                    not integer_uses(user, may_return, depth + 1, seen):
                return False
        else:
            return False
    return True


def _returns_pointers(module: Module, fn: Function) -> bool:
    """Whether ``fn``'s return value may hold a pointer (its debug-info type says so, or
    there is none to ask)."""
    from irpass.enzyme.types.divalues import function_signature_trees

    if fn.return_type == T.VOID:
        return False
    ret, _ = function_signature_trees(module, fn)
    if ret is None or not ret.items():
        return True
    return any(ty == "Pointer" for _, ty in ret.items())
