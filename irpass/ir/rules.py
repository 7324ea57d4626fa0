"""LLVM's typing rules for instructions and constants, in the words ``llvm-as`` and the
verifier use. One function per rule; each returns the message when the rule is broken, else
None. The builder and the editing methods raise with them at the call; the reader's checks
(``irpass.parser.validate``) and the model's verifier (``irpass.ir.verifier``) report them.
"""

from __future__ import annotations

from collections.abc import Callable

from irpass.ir import types as T
from irpass.ir.errors import Error
from irpass.ir.opcodes import (  # noqa: F401 - named here too, as before the table
    CASTS,
    FAST_MATH_FLAGS,
    FAST_MATH_OPCODES,
    FLAG_OPCODES,
    FLAG_ORDER,
    FP_BINOPS,
    INSTRUCTION_FLAGS,
    INT_BINOPS,
)

ICMP_PREDICATES = frozenset({"eq", "ne", "ugt", "uge", "ult", "ule", "sgt", "sge", "slt",
                             "sle"})
FCMP_PREDICATES = frozenset({"false", "oeq", "ogt", "oge", "olt", "ole", "one", "ord", "ueq",
                             "ugt", "uge", "ult", "ule", "une", "uno", "true"})


class InvalidEdit(Error, ValueError):
    """An edit or a construction that would make the module invalid, refused at the call;
    the message says what is wrong as LLVM would say it."""


class OperandIndexError(InvalidEdit, IndexError):
    """An operand index the user does not have (an ``IndexError`` too)."""


def redefinition(value) -> InvalidEdit:
    """A function or global named as one the module has already, in ``llvm-as``'s words."""
    if type(value).__name__ == "Function":
        return InvalidEdit(f"invalid redefinition of function '{value.name}'")
    return InvalidEdit(f"redefinition of global '@{value.name}'")


def check(message: str | None, what: str | Callable[[], str] = "") -> None:
    """Raise ``InvalidEdit`` with ``message`` (and ``what`` it is about) if there is one.
    ``what`` may be a function that makes the text: naming operands costs a walk of their
    function, which an edit that passes its check should not pay."""
    if message is not None:
        if callable(what):
            what = what()
        raise InvalidEdit(f"{message}: {what}" if what else message)


def spell(value) -> str:
    """How a message names an operand: its reference (numbered as in its function), or
    ``<badref>`` for an unnamed value in no function."""
    try:
        return value.ref()
    except ValueError:
        return "<badref>"


# ---- types -------------------------------------------------------------------------------------
def scalar(t: T.Type) -> T.Type:
    """The element type of a vector, or the type itself."""
    return t.element if isinstance(t, T.VectorType) else t


def is_pointer(t: T.Type) -> bool:
    return isinstance(scalar(t), (T.PointerType, T.TypedPointerType))


def is_int(t: T.Type) -> bool:
    return isinstance(scalar(t), T.IntType)


def is_fp(t: T.Type) -> bool:
    return isinstance(scalar(t), T.FloatType)


def same_type(a: T.Type, b: T.Type) -> bool:
    """Equal types, with typed pointers (``double*``, which LLVM 17+ reads as ``ptr``)
    counting as any pointer, also inside vectors, arrays, structs and function types
    (``<2 x i32*>`` is ``<2 x ptr>``)."""
    if a is b or a == b:
        return True
    pointers = (T.PointerType, T.TypedPointerType)
    stack = [(a, b)]
    while stack:
        x, y = stack.pop()
        if x is y or x == y:
            continue
        if isinstance(x, T.TypedPointerType) or isinstance(y, T.TypedPointerType):
            if not (isinstance(x, pointers) and isinstance(y, pointers)):
                return False
            continue
        if type(x) is not type(y) or not isinstance(x, T.Composite):
            return False
        cx, cy = x.children(), y.children()  # type: ignore[attr-defined]
        if x.key() != y.key() or len(cx) != len(cy):  # type: ignore[attr-defined]
            return False
        stack.extend(zip(cx, cy))
    return True


# LLVM's getPrimitiveSizeInBits of its two x86 special types.
_SPECIAL_BITS = {"x86_mmx": 64, "x86_amx": 8192}


def _bits(t: T.Type) -> int | None:
    """Size in bits of a first-class non-aggregate type (None: not sized that way)."""
    if isinstance(t, T.IntType):
        return t.bits
    if isinstance(t, T.FloatType):
        return t.bits
    if isinstance(t, T.SimpleType):
        return _SPECIAL_BITS.get(t.keyword)
    if isinstance(t, T.VectorType):
        inner = _bits(t.element)
        return None if inner is None else inner * t.count
    return None


def _shape(t: T.Type) -> tuple[int, bool] | None:
    return (t.count, t.scalable) if isinstance(t, T.VectorType) else None


def _addrspace(t: T.Type) -> int:
    t = scalar(t)
    return getattr(t, "addrspace", 0)


# ---- the rules -------------------------------------------------------------------------------
def mismatch(spelling: str, have: T.Type, want: T.Type) -> str:
    """An operand whose type is not the one its place wants."""
    return f"'{spelling}' defined with type '{have}' but expected '{want}'"


def binop_error(op: str, type: T.Type) -> str | None:
    """``add``/``fadd``... on operands of ``type``."""
    if op in INT_BINOPS:
        return None if is_int(type) else "invalid operand type for instruction"
    if op in FP_BINOPS:
        return None if is_fp(type) else "invalid operand type for instruction"
    return (f"expected instruction opcode: '{op}' is not a binary operator ("
            + ", ".join(sorted(INT_BINOPS | FP_BINOPS)) + ")")


def fneg_error(type: T.Type) -> str | None:
    return None if is_fp(type) else "invalid operand type for instruction"


def cmp_error(op: str, predicate: str, type: T.Type) -> str | None:
    """``icmp``/``fcmp`` with ``predicate`` on operands of ``type``."""
    if op == "icmp":
        if predicate not in ICMP_PREDICATES:
            return "expected icmp predicate (e.g. 'eq')"
        if not (is_int(type) or is_pointer(type)):
            return "icmp requires integer operands"
        return None
    if predicate not in FCMP_PREDICATES:
        return "expected fcmp predicate (e.g. 'oeq')"
    if not is_fp(type):
        return "fcmp requires floating point operands"
    return None


def cast_error(op: str, src: T.Type, dst: T.Type) -> str | None:
    """LLVM's ``CastInst::castIsValid``, worded as ``llvm-as`` words a refusal."""
    if op not in CASTS:
        return f"expected instruction opcode: '{op}' is not a cast"
    bad = f"invalid cast opcode for cast from '{src}' to '{dst}'"
    if isinstance(src, T.NamedType) or isinstance(dst, T.NamedType):
        return None  # identified structs are never cast; the module resolves them
    if op != "bitcast" and _shape(src) != _shape(dst):
        return bad
    s, d = scalar(src), scalar(dst)
    if op in ("trunc", "zext", "sext"):
        if not (isinstance(s, T.IntType) and isinstance(d, T.IntType)):
            return bad
        return None if (s.bits > d.bits if op == "trunc" else s.bits < d.bits) else bad
    if op in ("fptrunc", "fpext"):
        if not (isinstance(s, T.FloatType) and isinstance(d, T.FloatType)):
            return bad
        return None if (s.bits > d.bits if op == "fptrunc" else s.bits < d.bits) else bad
    if op in ("fptoui", "fptosi"):
        return None if isinstance(s, T.FloatType) and isinstance(d, T.IntType) else bad
    if op in ("uitofp", "sitofp"):
        return None if isinstance(s, T.IntType) and isinstance(d, T.FloatType) else bad
    if op in ("ptrtoint", "ptrtoaddr"):
        return None if is_pointer(s) and isinstance(d, T.IntType) else bad
    if op == "inttoptr":
        return None if isinstance(s, T.IntType) and is_pointer(d) else bad
    if op == "addrspacecast":
        return None if is_pointer(s) and is_pointer(d) and _addrspace(s) != _addrspace(d) \
            else bad
    # bitcast: same size; pointers (or vectors of them) only to pointers of the same address
    # space and element count, a vector of one pointer counting as a pointer
    if is_pointer(src) or is_pointer(dst):
        if not (is_pointer(src) and is_pointer(dst)) or _addrspace(src) != _addrspace(dst):
            return bad
        a, b = _shape(src), _shape(dst)
        ok = a == b or (a is None and b == (1, False)) or (b is None and a == (1, False))
        return None if ok else bad
    a, b = _bits(src), _bits(dst)
    return None if a is not None and a == b else bad


def flag_error(opcode: str, flag: str, type: T.Type) -> str | None:
    """Whether an instruction of ``opcode`` (result ``type``) can carry ``flag``."""
    if flag in FAST_MATH_FLAGS:
        if opcode in FAST_MATH_OPCODES and (opcode == "fcmp" or fp_like(type)):
            return None
        return f"fast-math flag '{flag}' is for floating point operations, not {opcode} {type}"
    if opcode in FLAG_OPCODES.get(flag, ()):
        return None
    return f"'{flag}' is not a flag of {opcode}"


def fp_like(t: T.Type) -> bool:
    """A floating-point type, or a vector, array or struct of them (what fast-math flags
    may be put on)."""
    while isinstance(t, (T.VectorType, T.ArrayType)):
        t = t.element
    if isinstance(t, T.StructType):
        return bool(t.elements) and all(fp_like(e) for e in t.elements)
    return isinstance(t, T.FloatType)


def select_error(cond: T.Type, a: T.Type, b: T.Type) -> str | None:
    if not (cond == T.I1 or isinstance(cond, T.VectorType) and cond.element == T.I1):
        return "select condition must be i1 or <n x i1>"
    if not same_type(a, b):
        return "both values to select must have same type"
    if isinstance(cond, T.VectorType):
        if not isinstance(a, T.VectorType):
            return "selected values for vector select must be vectors"
        if (a.count, a.scalable) != (cond.count, cond.scalable):
            return ("vector select requires selected vectors to have the same vector length "
                    "as select condition")
    return None


def branch_error(cond: T.Type) -> str | None:
    return None if cond == T.I1 else "branch condition must have 'i1' type"


def load_error(pointer: T.Type) -> str | None:
    return None if is_pointer(pointer) else "load operand must be a pointer to a first class type"


def store_error(pointer: T.Type) -> str | None:
    return None if is_pointer(pointer) else "store operand must be a pointer"


def gep_error(pointer: T.Type) -> str | None:
    return None if is_pointer(pointer) else "base of getelementptr must be a pointer"


def return_error(value: T.Type | None, result: T.Type) -> str | None:
    """``ret`` of a value of type ``value`` (None: ``ret void``) in a function returning
    ``result``."""
    if value is None:
        return None if result.is_void else \
            f"value doesn't match function result type '{result}'"
    return None if same_type(value, result) else \
        f"value doesn't match function result type '{result}'"


def call_errors(ftype: T.FunctionType, args: list[T.Type]) -> list[tuple[int, str]]:
    """(argument index, message) for each argument that does not fit ``ftype``."""
    n = len(ftype.params)
    if len(args) > n and not ftype.varargs:
        return [(n, "too many arguments specified")]
    if len(args) < n:
        return [(len(args), "not enough parameters specified for call")]
    return [(i, f"argument is not of expected type '{p}'")
            for i, (a, p) in enumerate(zip(args, ftype.params)) if not same_type(a, p)]


def literal_error(kind: str, type: T.Type) -> str | None:
    """A literal of the reader's ``kind`` (``c_int``, ``c_float``...) written with ``type``."""
    if isinstance(type, T.NamedType):
        return None
    if kind == "c_int" and not (is_int(type) or isinstance(type, T.TypedPointerType)):
        return "integer constant must have integer type"
    if kind == "c_float" and not is_fp(type):
        return "floating point constant invalid for type"
    if kind == "c_null" and not isinstance(type, (T.PointerType, T.TypedPointerType)):
        return "null must be a pointer type"
    if kind == "c_bool" and type != T.I1 and not is_int(type):
        return f"constant expression type mismatch: got type 'i1' but expected '{type}'"
    return None


def replace_error(old: T.Type, new: T.Type) -> str | None:
    """``replace_all_uses_with``, as LLVM's ``Value::replaceAllUsesWith`` asserts."""
    if same_type(old, new):
        return None
    return (f"replaceAllUses of value with new value of different type! ('{old}' replaced "
            f"with '{new}')")


TERMINATOR_IN_MIDDLE = "Terminator found in the middle of a basic block!"
