"""``memmove`` as two ``memcpy`` through a temporary, which Enzyme differentiates right.

Enzyme 19 has no derivative of ``memmove`` of its own: it differentiates it as a ``memcpy``
("didn't implement memmove, using memcpy as fallback which can result in errors",
``Utils.cpp``). The reverse of a ``memcpy`` walks the bytes upwards, adding each
destination's derivative to its source's and clearing it; where the destination lies below
the source and the ranges overlap (``memmove(a, a + 1, n)``, Rust's ``copy_within``,
``Vec::remove``), a cleared derivative is then read as a source's, and the derivative is
wrong. Copied first to memory of its own (a stack slot for a constant length up to
``STACK_LIMIT`` bytes, else ``malloc``/``free``) and from there to the destination, the
bytes move the same, and each copy's derivative is a ``memcpy``'s between ranges that do not
overlap.

Reads and rewrites the ``memmove`` calls of the functions the derivatives reach; a volatile
one is left alone.
"""

from __future__ import annotations

from irpass.ir import types as T
from irpass.ir.builder import IRBuilder, add_function, const_int
from irpass.ir.function import Function
from irpass.ir.instructions import CallInst
from irpass.ir.module import Module
from irpass.ir.values import int_value

STACK_LIMIT = 4096
MEMMOVE = "llvm.memmove."


def _declaration(module: Module, name: str, ftype: T.FunctionType) -> Function | None:
    """The function ``name`` of type ``ftype``: the module's, or a new declaration; None
    when the module has one of another type."""
    found = module.get_function(name)
    if found is not None:
        return found if found.ftype == ftype else None
    if name in module.globals:
        return None
    return add_function(module, name, ftype)


def memcpy_like(memmove: Function) -> Function | None:
    """The ``llvm.memcpy`` of the same types as the ``llvm.memmove`` ``memmove`` (declared
    in its module when it is not yet)."""
    if memmove.module is None:
        return None
    return _declaration(memmove.module, str(memmove.name).replace(MEMMOVE, "llvm.memcpy.", 1),
                        memmove.ftype)


def through_temporary(call: CallInst) -> bool:
    """Rewrite one ``llvm.memmove`` call; whether it was."""
    fn = call.function
    module = fn.module if fn is not None else None
    callee = call.called_function
    if module is None or callee is None or len(call.args) != 4:
        return False
    dst, src, length, volatile = call.arg_values
    if int_value(volatile) != 0 or not length.type.is_integer:
        return False
    memcpy = memcpy_like(callee)
    if memcpy is None:
        return False
    dbg = call.get_metadata("dbg")
    size = int_value(length)
    b = IRBuilder.at(call, dbg)
    free = None
    if size is not None and 0 <= size <= STACK_LIMIT:
        entry = fn.entry
        assert entry is not None
        first = next(i for i in entry.instructions if i.opcode != "phi")
        tmp = IRBuilder.at(first).alloca(T.ArrayType(max(size, 1), T.I8), "memmove.tmp",
                                         align=16)
    else:
        malloc = _declaration(module, "malloc", T.FunctionType(T.PTR, (length.type,)))
        free = _declaration(module, "free", T.FunctionType(T.VOID, (T.PTR,)))
        if malloc is None or free is None:
            return False
        tmp = b.call(malloc, [length], name="memmove.tmp")
    false = const_int(T.I1, 0)
    b.call(memcpy, [tmp, src, length, false])
    b.call(memcpy, [dst, tmp, length, false])
    if free is not None:
        b.call(free, [tmp])
    call.erase()
    return True


def memmoves_through_temporaries(functions: list[Function]) -> int:
    """Rewrite every ``memmove`` of ``functions``; returns how many were."""
    done = 0
    for fn in functions:
        for inst in [i for i in fn.instructions() if isinstance(i, CallInst)]:
            callee = inst.called_function
            if callee is not None and str(callee.name).startswith(MEMMOVE):
                done += through_temporary(inst)
    return done
