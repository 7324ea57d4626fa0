"""LLVM's instructions in one table: ``llvm/IR/Instruction.def`` in Python.

Every opcode irpass reads has one ``Opcode`` row: its class (LLVM's groups: terminators,
unary, binary, memory, casts, pads, the rest), the flags it may carry and the first LLVM that
reads each, whether it takes fast-math flags, whether it is free of side effects, and which
memory properties (``align``, ``volatile``, atomic orderings) its text may hold. The sets the
reader, the rules, the model and the passes test opcodes against are derived from it, and
tests/test_opcodes.py checks it against the grammar (grammar/llvm.lark) and the fast reader, so
an opcode added in one place and not the others fails there.
"""

from __future__ import annotations

# The classes (LLVM's Instruction.def groups, its binary operators split by operand kind).
TERMINATOR = "terminator"
UNARY = "unary"
INT_BINARY = "int-binary"  # add sub mul udiv sdiv urem srem
BITWISE = "bitwise"  # shl lshr ashr and or xor (LLVM's "logical operators")
FP_BINARY = "fp-binary"
MEMORY = "memory"
CAST = "cast"
PAD = "pad"  # funclet pads
COMPARE = "compare"
OTHER = "other"

# Fast-math flags, and the flag words that may follow an opcode before its type.
FAST_MATH_FLAGS = frozenset({"nnan", "ninf", "nsz", "arcp", "contract", "afn", "reassoc",
                             "fast"})
INSTRUCTION_FLAGS = frozenset({"nuw", "nsw", "exact", "disjoint", "nneg", "samesign",
                               "inbounds", "nusw"}) | FAST_MATH_FLAGS
# The order LLVM prints flags in (the last eight are the fast-math flags).
FLAG_ORDER = ("inbounds", "nusw", "nuw", "nsw", "exact", "disjoint", "nneg", "samesign",
              "reassoc", "nnan", "ninf", "nsz", "arcp", "contract", "afn", "fast")
# LLVM's atomic orderings, weakest first (``notatomic`` is written as no ordering).
ORDERINGS = ("unordered", "monotonic", "acquire", "release", "acq_rel", "seq_cst")


class Opcode:
    """One instruction opcode (read-only).

    ``flags``: (flag, first LLVM that reads it on this opcode; 0 for every LLVM irpass
    targets). ``fast_math``: the first LLVM that reads fast-math flags on it, None if it takes
    none. ``pure``: no effect beyond its result (a dead one may be removed). ``memory``: reads
    or writes memory whatever its operands (LLVM's ``mayReadOrWriteMemory``; calls are decided
    by their attributes). ``align``/``volatile``: its text may hold ``, align N`` /
    ``volatile``; ``orderings``: how many atomic orderings it writes (cmpxchg: success and
    failure), ``atomic_word``: atomic only when written ``atomic`` (load, store).
    ``since``: the first LLVM that reads it.
    """

    # A plain class, not a dataclass: irpass's start-up imports this module.
    __slots__ = ("name", "kind", "flags", "fast_math", "pure", "memory", "call", "align",
                 "volatile", "orderings", "atomic_word", "since")

    def __init__(self, name: str, kind: str, flags: tuple[tuple[str, int], ...] = (),
                 fast_math: int | None = None, pure: bool = False, memory: bool = False,
                 call: bool = False, align: bool = False, volatile: bool = False,
                 orderings: int = 0, atomic_word: bool = False, since: int = 0) -> None:
        put = object.__setattr__
        for key, value in (("name", name), ("kind", kind), ("flags", flags),
                           ("fast_math", fast_math), ("pure", pure), ("memory", memory),
                           ("call", call), ("align", align), ("volatile", volatile),
                           ("orderings", orderings), ("atomic_word", atomic_word),
                           ("since", since)):
            put(self, key, value)

    def __setattr__(self, key: str, value: object) -> None:
        raise AttributeError(f"Opcode is read-only: cannot set {key}")

    def __repr__(self) -> str:
        return f"Opcode({self.name!r}, {self.kind!r})"

    def takes_flag(self, flag: str) -> bool:
        return any(f == flag for f, _ in self.flags)


_WRAP = (("nuw", 0), ("nsw", 0))
_EXACT = (("exact", 0),)

_TABLE = (
    # terminators
    Opcode("ret", TERMINATOR),
    Opcode("br", TERMINATOR),
    Opcode("switch", TERMINATOR),
    Opcode("indirectbr", TERMINATOR),
    Opcode("invoke", TERMINATOR, call=True),
    Opcode("resume", TERMINATOR),
    Opcode("unreachable", TERMINATOR),
    Opcode("cleanupret", TERMINATOR),
    Opcode("catchret", TERMINATOR, memory=True),
    Opcode("catchswitch", TERMINATOR),
    Opcode("callbr", TERMINATOR, call=True),
    # unary
    Opcode("fneg", UNARY, fast_math=0, pure=True),
    # binary
    Opcode("add", INT_BINARY, _WRAP, pure=True),
    Opcode("sub", INT_BINARY, _WRAP, pure=True),
    Opcode("mul", INT_BINARY, _WRAP, pure=True),
    Opcode("udiv", INT_BINARY, _EXACT, pure=True),
    Opcode("sdiv", INT_BINARY, _EXACT, pure=True),
    Opcode("urem", INT_BINARY, pure=True),
    Opcode("srem", INT_BINARY, pure=True),
    Opcode("fadd", FP_BINARY, fast_math=0, pure=True),
    Opcode("fsub", FP_BINARY, fast_math=0, pure=True),
    Opcode("fmul", FP_BINARY, fast_math=0, pure=True),
    Opcode("fdiv", FP_BINARY, fast_math=0, pure=True),
    Opcode("frem", FP_BINARY, fast_math=0, pure=True),
    Opcode("shl", BITWISE, _WRAP, pure=True),
    Opcode("lshr", BITWISE, _EXACT, pure=True),
    Opcode("ashr", BITWISE, _EXACT, pure=True),
    Opcode("and", BITWISE, pure=True),
    Opcode("or", BITWISE, (("disjoint", 18),), pure=True),
    Opcode("xor", BITWISE, pure=True),
    # memory
    Opcode("alloca", MEMORY, pure=True, align=True),
    Opcode("load", MEMORY, memory=True, align=True, volatile=True, orderings=1,
           atomic_word=True),
    Opcode("store", MEMORY, memory=True, align=True, volatile=True, orderings=1,
           atomic_word=True),
    Opcode("getelementptr", MEMORY, (("inbounds", 0), ("nusw", 19), ("nuw", 19)), pure=True),
    Opcode("fence", MEMORY, memory=True, orderings=1),
    Opcode("cmpxchg", MEMORY, memory=True, align=True, volatile=True, orderings=2),
    Opcode("atomicrmw", MEMORY, memory=True, align=True, volatile=True, orderings=1),
    # casts
    Opcode("trunc", CAST, (("nuw", 19), ("nsw", 19)), pure=True),
    Opcode("zext", CAST, (("nneg", 18),), pure=True),
    Opcode("sext", CAST, pure=True),
    Opcode("fptoui", CAST, pure=True),
    Opcode("fptosi", CAST, pure=True),
    Opcode("uitofp", CAST, (("nneg", 19),), pure=True),
    Opcode("sitofp", CAST, pure=True),
    Opcode("fptrunc", CAST, fast_math=20, pure=True),
    Opcode("fpext", CAST, fast_math=20, pure=True),
    Opcode("ptrtoint", CAST, pure=True),
    Opcode("ptrtoaddr", CAST, pure=True, since=22),
    Opcode("inttoptr", CAST, pure=True),
    Opcode("bitcast", CAST, pure=True),
    Opcode("addrspacecast", CAST, pure=True),
    # pads
    Opcode("cleanuppad", PAD),
    Opcode("catchpad", PAD, memory=True),
    # the rest
    Opcode("icmp", COMPARE, (("samesign", 20),), pure=True),
    Opcode("fcmp", COMPARE, fast_math=0, pure=True),
    Opcode("phi", OTHER, fast_math=0, pure=True),
    Opcode("call", OTHER, fast_math=0, call=True),
    Opcode("select", OTHER, fast_math=0, pure=True),
    Opcode("va_arg", OTHER, memory=True),
    Opcode("extractelement", OTHER, pure=True),
    Opcode("insertelement", OTHER, pure=True),
    Opcode("shufflevector", OTHER, pure=True),
    Opcode("extractvalue", OTHER, pure=True),
    Opcode("insertvalue", OTHER, pure=True),
    Opcode("landingpad", OTHER),
    Opcode("freeze", OTHER, pure=True),
)

OPCODES: dict[str, Opcode] = {op.name: op for op in _TABLE}


def _names(test) -> frozenset[str]:
    return frozenset(op.name for op in _TABLE if test(op))


TERMINATORS = _names(lambda op: op.kind == TERMINATOR)
CALLS = _names(lambda op: op.call)
INT_BINOPS = _names(lambda op: op.kind in (INT_BINARY, BITWISE))
FP_BINOPS = _names(lambda op: op.kind == FP_BINARY)
BINOPS = INT_BINOPS | FP_BINOPS
CASTS = _names(lambda op: op.kind == CAST)
COMPARES = _names(lambda op: op.kind == COMPARE)
MEMORY_OPS = _names(lambda op: op.kind == MEMORY)
SIDE_EFFECT_FREE = _names(lambda op: op.pure)
TOUCHES_MEMORY = _names(lambda op: op.memory)
FAST_MATH_OPCODES = _names(lambda op: op.fast_math is not None)
ALIGNED = _names(lambda op: op.align)
VOLATILE = _names(lambda op: op.volatile)
ATOMIC = _names(lambda op: op.orderings > 0)
# flag -> the opcodes that may carry it
FLAG_OPCODES: dict[str, frozenset[str]] = {
    flag: _names(lambda op, flag=flag: op.takes_flag(flag)) for flag in INSTRUCTION_FLAGS
    if flag not in FAST_MATH_FLAGS}
