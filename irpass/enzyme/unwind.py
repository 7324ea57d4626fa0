"""Unwinding inside the code a derivative reaches: a panic aborts there, as it does at an
``extern "C"`` boundary, instead of running the cleanups of each frame.

Built with ``panic=unwind`` (the default of a Cargo build), rustc calls whatever may panic
with ``invoke`` and gives it a landing pad that drops the frame's values (a ``Vec``, a
``Box``) and resumes unwinding. Enzyme differentiates none of those paths, and a value
freed on both the normal and the unwinding path is a free it cannot pair with the
allocation it keeps for the reverse pass ("freeing without malloc"; the derivative may free
twice). A derivative is not resumed after a panic anyway: an ``extern "C"`` function aborts
when a panic reaches it (rustc's ``panic_cannot_unwind`` pads), and Enzyme's reverse pass
would not run. So in the functions the derivatives reach, each landing pad that only cleans
up (``cleanup``, no ``catch`` or ``filter`` clause) calls ``abort`` after the landingpad
instead: the panic's message is printed first, by the panic hook, as with ``panic=abort``,
and the code reached only from such pads is removed. Pads that catch (``catch_unwind``) or
filter are left as they are.

Reads the functions' landing pads. Writes the pads, a declaration of ``abort``, and erases
the blocks only they reached.
"""

from __future__ import annotations

from irpass.ir import types as T
from irpass.ir.builder import IRBuilder, add_function
from irpass.ir.function import BasicBlock, Function
from irpass.ir.instructions import Instruction
from irpass.ir.module import Module

ABORT = "abort"


def _text(inst: Instruction) -> str:
    return "".join(p for p in inst.template if isinstance(p, str))


def cleanup_pad(block: BasicBlock) -> Instruction | None:
    """The landingpad opening ``block`` when it has only the ``cleanup`` clause."""
    for inst in block.instructions:
        if inst.opcode == "phi":
            continue
        if inst.opcode != "landingpad":
            return None
        text = _text(inst)
        if " catch " in f" {text} " or " filter " in f" {text} " or "cleanup" not in text:
            return None
        return inst
    return None


def abort_function(module: Module) -> Function:
    found = module.get_function(ABORT)
    if found is not None:
        return found
    return add_function(module, ABORT, T.FunctionType(T.VOID, ()),
                        fn_attrs=["noreturn", "nounwind", "cold"])


def drop_incoming(block: BasicBlock, pred: BasicBlock) -> None:
    """Remove ``pred``'s entries from the phis of ``block``."""
    for phi in [i for i in block.instructions if i.opcode == "phi"]:
        keep = [(v, b) for v, b in phi.incoming if b is not pred]
        name = phi.name
        new = IRBuilder.at(phi).phi(phi.type, keep)
        phi.replace_all_uses_with(new)
        phi.erase()
        new.name = name


def abort_on_unwind(module: Module, functions: list[Function]) -> int:
    """Make every cleanup-only landing pad of ``functions`` abort; returns how many."""
    done = 0
    for fn in functions:
        pads = [b for b in fn.blocks if cleanup_pad(b) is not None and not _aborts(b)]
        if not pads:
            continue
        abort = abort_function(module)
        for block in pads:
            pad = cleanup_pad(block)
            assert pad is not None
            successors = block.successors
            after = block.instructions[block.instructions.index(pad) + 1:]
            for inst in reversed(after):
                if any(isinstance(u, Instruction) and u.parent is not block
                       for u in inst.users):
                    inst.replace_all_uses_with(_poison(inst.type))
                inst.erase()
            b = IRBuilder.at_end(block, pad.get_metadata("dbg"))
            b.call(abort, [])
            b.unreachable()
            for succ in dict.fromkeys(successors):
                drop_incoming(succ, block)
            done += 1
        _erase_unreachable(fn)
    return done


def _aborts(block: BasicBlock) -> bool:
    term = block.terminator
    return term is not None and term.opcode == "unreachable"


def _poison(t: T.Type):
    from irpass.ir.values import Constant

    return Constant.literal(t, "poison", "c_poison")


def _erase_unreachable(fn: Function) -> None:
    """Erase the blocks no path from the entry reaches (those only the pads led to)."""
    seen = {id(fn.entry)}
    work = [fn.entry]
    while work:
        for succ in work.pop().successors:
            if id(succ) not in seen:
                seen.add(id(succ))
                work.append(succ)
    dead = [b for b in fn.blocks if id(b) not in seen]
    for block in dead:
        for succ in dict.fromkeys(block.successors):
            if id(succ) in seen:
                drop_incoming(succ, block)
    for block in dead:  # their phis and terminators first: no dead block is still named
        for inst in [i for i in block.instructions if i.opcode == "phi"]:
            inst.replace_all_uses_with(_poison(inst.type))
            inst.erase()
        term = block.terminator
        if term is not None:
            term.erase()
    for block in dead:
        block.erase()
