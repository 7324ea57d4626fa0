"""Constant folding: what an instruction whose operands are constants computes, by LLVM's
rules (the LangRef's, as LLVM's constant folder and ``instsimplify`` apply them).

``fold(inst)`` gives a new ``Constant`` (or None); the functions under it work on Python
numbers and say ``POISON`` where LLVM's result is poison:

- integers are ``iN`` bit patterns (``int``s from 0 to 2**N - 1; ``to_signed`` reads one as
  signed). ``add``/``sub``/``mul``/``shl`` with ``nuw``/``nsw`` are poison when they wrap;
  ``udiv``/``sdiv``/``lshr``/``ashr`` with ``exact`` when they drop bits that are not zero;
  ``or disjoint`` when the operands share a bit; shifts by the width or more are poison;
  ``trunc nuw``/``nsw`` when the value changes, ``zext``/``uitofp`` ``nneg`` of a negative
  value, ``icmp samesign`` of values whose signs differ.
- division and remainder by zero, and ``INT_MIN / -1``, are undefined behaviour: not
  folded (None), so the fault stays where the program put it (LLVM may fold them to poison).
- ``double`` is Python's ``float``; ``float`` results are rounded to single precision
  (round to nearest even; computing in double then rounding is exact for ``+ - * /`` and
  ``frem``). A NaN result is the first NaN operand, made quiet, or else LLVM's default NaN
  (``0x7FF8000000000000``). Under ``nnan`` a NaN operand or result, under ``ninf`` an
  infinite one, gives poison (``fast`` has both).
- ``fptosi``/``fptoui`` of a value out of range, infinite or NaN are poison.

Poison operands give poison (except ``select`` on the side not taken); ``undef`` operands,
vectors, pointers and ``half``/``bfloat``/``x86_fp80``/``fp128`` are not folded.

The flags follow the LangRef. LLVM's own folder ignores them on constants (``instsimplify``
folds ``mul nsw i8 9, 32`` to ``32``), which is as correct, since any value may stand for
poison; without flags the two agree bit for bit, NaNs included.
"""

from __future__ import annotations

import math
import struct

from irpass.ir import types as T
from irpass.ir.instructions import Instruction
from irpass.ir.opcodes import CASTS, FP_BINOPS, INT_BINOPS
from irpass.ir.values import Constant


class Poison:
    """The result of an operation whose result is poison (``POISON``, one instance)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "poison"


POISON = Poison()
Number = int | float | bool
Result = int | float | bool | Poison

_DEFAULT_NAN = struct.unpack("<d", struct.pack("<Q", 0x7FF8000000000000))[0]
_QUIET = 1 << 51


# ---- integers ---------------------------------------------------------------------------
def to_signed(value: int, bits: int) -> int:
    """The ``iN`` bit pattern ``value`` read as a two's complement number."""
    value &= (1 << bits) - 1
    return value - (1 << bits) if value >> (bits - 1) else value


def fold_int_binop(op: str, bits: int, a: int, b: int,
                   flags: frozenset[str] = frozenset()) -> int | Poison | None:
    """``op`` (``add``, ``udiv``, ``ashr``...) of two ``iN`` values; None for undefined
    behaviour (division by zero, ``INT_MIN / -1``)."""
    mask = (1 << bits) - 1
    a, b = a & mask, b & mask
    sa, sb = to_signed(a, bits), to_signed(b, bits)
    lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    if op in ("add", "sub", "mul"):
        u = a + b if op == "add" else a - b if op == "sub" else a * b
        s = sa + sb if op == "add" else sa - sb if op == "sub" else sa * sb
        if "nuw" in flags and not 0 <= u <= mask or "nsw" in flags and not lo <= s <= hi:
            return POISON
        return u & mask
    if op in ("shl", "lshr", "ashr"):
        if b >= bits:
            return POISON
        if op == "shl":
            r = (a << b) & mask
            if "nuw" in flags and r >> b != a or "nsw" in flags and to_signed(r, bits) >> b != sa:
                return POISON
            return r
        r = a >> b if op == "lshr" else (sa >> b) & mask
        return POISON if "exact" in flags and a & ((1 << b) - 1) else r
    if op == "and":
        return a & b
    if op == "or":
        return POISON if "disjoint" in flags and a & b else a | b
    if op == "xor":
        return a ^ b
    if op in ("udiv", "urem"):
        if b == 0:
            return None
        if op == "urem":
            return a % b
        return POISON if "exact" in flags and a % b else a // b
    if op in ("sdiv", "srem"):
        if b == 0 or (sa == lo and sb == -1):
            return None
        q = abs(sa) // abs(sb) * (1 if (sa < 0) == (sb < 0) else -1)  # toward zero
        rem = sa - q * sb
        if op == "srem":
            return rem & mask
        return POISON if "exact" in flags and rem else q & mask
    raise ValueError(f"not an integer binary operator: {op}")


_ICMP = {
    "eq": lambda a, b, sa, sb: a == b, "ne": lambda a, b, sa, sb: a != b,
    "ugt": lambda a, b, sa, sb: a > b, "uge": lambda a, b, sa, sb: a >= b,
    "ult": lambda a, b, sa, sb: a < b, "ule": lambda a, b, sa, sb: a <= b,
    "sgt": lambda a, b, sa, sb: sa > sb, "sge": lambda a, b, sa, sb: sa >= sb,
    "slt": lambda a, b, sa, sb: sa < sb, "sle": lambda a, b, sa, sb: sa <= sb,
}


def fold_icmp(pred: str, bits: int, a: int, b: int,
              flags: frozenset[str] = frozenset()) -> bool | Poison:
    """``icmp pred`` of two ``iN`` values."""
    mask = (1 << bits) - 1
    a, b = a & mask, b & mask
    sa, sb = to_signed(a, bits), to_signed(b, bits)
    if "samesign" in flags and (sa < 0) != (sb < 0):
        return POISON
    return _ICMP[pred](a, b, sa, sb)


# ---- floating point ---------------------------------------------------------------------
def round_to_float(x: float) -> float:
    """``x`` rounded to IEEE single precision (nearest, ties to even; too large: infinite)."""
    try:
        return struct.unpack("<f", struct.pack("<f", x))[0]
    except OverflowError:
        return math.copysign(math.inf, x)


def _bits64(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def _from_bits64(bits: int) -> float:
    return struct.unpack("<d", struct.pack("<Q", bits))[0]


def _nan_result(*operands: float) -> float:
    """The NaN an operation gives: its first NaN operand made quiet, or the default NaN."""
    for x in operands:
        if math.isnan(x):
            return _from_bits64(_bits64(x) | _QUIET)
    return _DEFAULT_NAN


def _fast_math_poison(flags: frozenset[str], *operands: float) -> bool:
    nnan = "nnan" in flags or "fast" in flags
    ninf = "ninf" in flags or "fast" in flags
    return any(nnan and math.isnan(x) or ninf and math.isinf(x) for x in operands)


def fold_float_binop(op: str, kind: str, a: float, b: float,
                     flags: frozenset[str] = frozenset()) -> float | Poison:
    """``fadd``, ``fsub``, ``fmul``, ``fdiv`` or ``frem`` of two ``double`` or ``float``
    values (``kind``)."""
    if _fast_math_poison(flags, a, b):
        return POISON
    if op == "fadd":
        r = a + b
    elif op == "fsub":
        r = a - b
    elif op == "fmul":
        r = a * b
    elif op == "fdiv":
        if b == 0.0:
            r = math.nan if a == 0.0 or math.isnan(a) else \
                math.copysign(math.inf, a) * math.copysign(1.0, b)
        else:
            r = a / b
    elif op == "frem":
        if math.isnan(a) or math.isnan(b) or math.isinf(a) or b == 0.0:
            r = math.nan
        elif math.isinf(b):
            r = a
        else:
            r = math.fmod(a, b)
    else:
        raise ValueError(f"not a floating-point binary operator: {op}")
    r = _nan_result(a, b) if math.isnan(r) else round_to_float(r) if kind == "float" else r
    return POISON if _fast_math_poison(flags, r) else r


def fold_fneg(a: float) -> float:
    """``fneg``: ``a`` with its sign bit flipped (NaNs too)."""
    return _from_bits64(_bits64(a) ^ (1 << 63))


_FCMP = {
    "oeq": lambda a, b: a == b, "ogt": lambda a, b: a > b, "oge": lambda a, b: a >= b,
    "olt": lambda a, b: a < b, "ole": lambda a, b: a <= b, "one": lambda a, b: a != b,
    "ord": lambda a, b: True,
}


def fold_fcmp(pred: str, a: float, b: float,
              flags: frozenset[str] = frozenset()) -> bool | Poison:
    """``fcmp pred`` (``olt``, ``une``, ``ord``...) of two floating-point values: an
    ordered predicate is false, an unordered one true, when either is NaN."""
    if _fast_math_poison(flags, a, b):
        return POISON
    if pred in ("false", "true"):
        return pred == "true"
    unordered = math.isnan(a) or math.isnan(b)
    if pred[0] == "o":
        return not unordered and _FCMP[pred](a, b)
    if pred == "uno":
        return unordered
    return unordered or _FCMP["o" + pred[1:]](a, b)


# ---- casts ------------------------------------------------------------------------------
def _int_to_float(value: int, kind: str) -> float:
    """An integer rounded to ``double`` or ``float`` (nearest, ties to even)."""
    if kind == "double":
        try:
            return float(value)
        except OverflowError:
            return math.copysign(math.inf, value)
    m = abs(value)
    extra = m.bit_length() - 24
    if extra > 0:  # keep 24 significant bits
        q, r = divmod(m, 1 << extra)
        half = 1 << (extra - 1)
        if r > half or r == half and q & 1:
            q += 1
        m = q << extra
    if m >= 1 << 128:
        return math.copysign(math.inf, value)
    return float(m) if value >= 0 else -float(m)


def fold_cast(op: str, src: T.Type, dst: T.Type, v: Number,
              flags: frozenset[str] = frozenset()) -> Result | None:
    """A cast of ``v`` (an ``iN`` bit pattern or a float) from ``src`` to ``dst``; None for
    casts not folded (pointers, types other than ``iN``, ``float`` and ``double``)."""
    sk = src.kind if isinstance(src, T.FloatType) else None
    dk = dst.kind if isinstance(dst, T.FloatType) else None
    if isinstance(src, T.IntType):
        a = int(v) & ((1 << src.bits) - 1)
        sa = to_signed(a, src.bits)
        if op == "trunc" and isinstance(dst, T.IntType):
            r = a & ((1 << dst.bits) - 1)
            if "nuw" in flags and r != a or "nsw" in flags and to_signed(r, dst.bits) != sa:
                return POISON
            return r
        if op in ("zext", "uitofp") and "nneg" in flags and sa < 0:
            return POISON
        if op == "zext" and isinstance(dst, T.IntType):
            return a
        if op == "sext" and isinstance(dst, T.IntType):
            return sa & ((1 << dst.bits) - 1)
        if op in ("uitofp", "sitofp") and dk in ("float", "double"):
            return _int_to_float(a if op == "uitofp" else sa, dk)
        if op == "bitcast" and dk == "double" and src.bits == 64:
            return _from_bits64(a)
        if op == "bitcast" and dk == "float" and src.bits == 32:
            return struct.unpack("<f", struct.pack("<I", a))[0]
        return None
    if sk not in ("float", "double"):
        return None
    x = float(v)
    if op == "fptrunc" and dk == "float":
        return round_to_float(x)
    if op == "fpext" and dk == "double":
        return x
    if op in ("fptosi", "fptoui") and isinstance(dst, T.IntType):
        if math.isnan(x) or math.isinf(x):
            return POISON
        t = math.trunc(x)
        lo, hi = (0, (1 << dst.bits) - 1) if op == "fptoui" else \
            (-(1 << (dst.bits - 1)), (1 << (dst.bits - 1)) - 1)
        return t & ((1 << dst.bits) - 1) if lo <= t <= hi else POISON
    if op == "bitcast" and isinstance(dst, T.IntType) and dst.bits == T.FLOAT_BITS[sk]:
        if sk == "double":
            return _bits64(x)
        return struct.unpack("<I", struct.pack("<f", x))[0]
    return None


# ---- instructions -----------------------------------------------------------------------
# Casts between numbers (pointers are not folded).
_CASTS = CASTS - {"ptrtoint", "ptrtoaddr", "inttoptr", "addrspacecast"}


def _scalar(t: T.Type) -> bool:
    return isinstance(t, T.IntType) or isinstance(t, T.FloatType) and \
        t.kind in ("float", "double")


def constant_number(c: object) -> Result | None:
    """What a constant operand holds, for folding: an ``iN`` bit pattern, a float, or
    ``POISON``; None for anything else (``undef``, vectors, expressions, non-constants)."""
    if not isinstance(c, Constant) or not _scalar(c.type):
        return None
    if c.kind == "c_poison":
        return POISON
    value = c.value
    if value is None:
        return None
    if isinstance(c.type, T.IntType):
        return int(value) & ((1 << c.type.bits) - 1)
    return float(value)


def make_constant(type: T.Type, value: Result) -> Constant:
    """A new constant of ``type`` holding ``value`` (a bit pattern for ``iN``, printed
    signed as LLVM prints it; a float; or ``POISON``)."""
    from irpass.ir.builder import const_float, const_int

    if value is POISON:
        return Constant.literal(type, "poison", "c_poison")
    if isinstance(type, T.IntType):
        return const_int(type, to_signed(int(value), type.bits) if type.bits > 1
                         else int(value) & 1)
    return const_float(type, float(value))  # type: ignore[arg-type]


def fold_value(inst: Instruction) -> Result | None:
    """What ``inst`` computes from its constant operands (see ``fold``), as a number or
    ``POISON``; None when it is not folded."""
    op = inst.opcode
    if not (_scalar(inst.type) and inst.operands) or op not in _FOLDED:
        return None
    values = [constant_number(o) for o in inst.operands]
    if op == "select":
        cond = values[0]
        if cond is None or cond is POISON:
            return cond
        return values[1] if cond else values[2]
    if any(v is None for v in values):
        return None
    if op == "freeze":
        return None if values[0] is POISON else values[0]
    if POISON in values:
        return POISON
    flags = inst.flags
    t = inst.operands[0].type
    if op in INT_BINOPS:
        return fold_int_binop(op, t.bits, values[0], values[1], flags)  # type: ignore
    if op in FP_BINOPS:
        return fold_float_binop(op, t.kind, values[0], values[1], flags)  # type: ignore
    if op == "fneg":
        r = fold_fneg(values[0])  # type: ignore[arg-type]
        return POISON if _fast_math_poison(flags, values[0], r) else r
    if op == "icmp":
        return fold_icmp(inst.predicate, t.bits, values[0], values[1], flags)  # type: ignore
    if op == "fcmp":
        return fold_fcmp(inst.predicate, values[0], values[1], flags)  # type: ignore
    return fold_cast(op, t, inst.type, values[0], flags)  # type: ignore[arg-type]


_FOLDED = INT_BINOPS | FP_BINOPS | _CASTS | {"fneg", "icmp", "fcmp", "select", "freeze"}


def fold(inst: Instruction) -> Constant | None:
    """A new constant equal to what ``inst`` computes when its operands are constants
    (integer and floating-point arithmetic, comparisons, casts, ``select``, ``freeze``),
    ``poison`` where LLVM's rules make it poison; None when it cannot be folded (an operand
    that is not a constant or is ``undef``, undefined behaviour, vectors, pointers). It
    reads ``inst`` and changes nothing: ``inst.replace_all_uses_with(c)`` then
    ``inst.erase()`` puts the constant in its place."""
    value = fold_value(inst)
    return None if value is None else make_constant(inst.type, value)
