"""Matching instruction trees: LLVM's ``PatternMatch`` as small Python objects.

A pattern describes a value and the values under it; ``pattern.match(value)`` gives a
``Match`` of what the named parts were bound to, or None::

    from irpass.ir import patternmatch as m

    p = m.mul(m.value("x"), m.power_of_two("c"), commutative=True)
    if (found := p.match(inst)) is not None:
        shift = found.c.value.bit_length() - 1      # found["c"] too

- leaves: ``value(name)`` (anything), ``specific(v)`` (that very value), ``constant``,
  ``const_int(name, value=None)``, ``const_float``, ``zero``, ``one``, ``all_ones``,
  ``power_of_two``, ``poison``, ``undef``, ``argument``, ``instruction(name, opcode=None)``;
- instructions: ``binop(opcode, a, b)`` and one function per operator (``add``, ``fmul``,
  ``shl``...; ``commutative=True`` tries both operand orders, ``flags={"nsw"}`` requires
  flags), ``icmp(pred, a, b)``/``fcmp`` (``pred`` None: any), casts (``zext(x)``, ``cast``),
  ``fneg``, ``neg`` (``sub 0, x``), ``not_`` (``xor x, -1``), ``select``, ``load``,
  ``call(callee, *args)`` (a function or a name, ``llvm.fabs.f64`` for intrinsics);
- combinators: ``a | b`` (either), ``a & b`` (both), ``p.bind(name)``, ``p.where(test)``,
  ``one_use(p)``.

A name bound twice must be the same value both times: ``m.sub(m.value("x"), m.value("x"))``
matches ``sub %a, %a`` only. Integer constants are matched as ``iN`` bit patterns (``-1`` is
all ones); vectors are not looked into. Patterns read the IR and change nothing.

Instructions and constants also take part in Python's own ``match`` statement:
``Instruction`` matches positionally on ``(opcode, operands)``, ``CallInst`` on
``(called_function, arg_values)``, ``Constant`` on ``(value,)``::

    match inst:
        case Instruction("mul", [x, Constant(int(c))]) if c > 0 and c & (c - 1) == 0: ...
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from irpass.ir import types as T
from irpass.ir.function import Function
from irpass.ir.instructions import CallInst, Instruction
from irpass.ir.values import Argument, Constant, Value


class Match(dict):
    """What a pattern bound, by name: ``found["x"]`` or ``found.x``. Always true, even
    when nothing was named."""

    def __bool__(self) -> bool:
        return True

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


class Pattern:
    """Something a value may match. ``match(value)`` -> ``Match`` or None."""

    def match(self, value: object) -> Match | None:
        """The bindings if ``value`` matches, else None."""
        found = Match()
        return found if self._match(value, found) else None

    def _match(self, value: object, found: dict) -> bool:
        raise NotImplementedError

    def bind(self, name: str) -> Pattern:
        """This pattern, the matched value bound to ``name``."""
        return _Bound(self, name)

    def where(self, test: Callable[[Any], bool]) -> Pattern:
        """This pattern, when ``test(value)`` is also true."""
        return _Where(self, test)

    def __or__(self, other: Pattern) -> Pattern:
        return _AnyOf((self, other))

    def __and__(self, other: Pattern) -> Pattern:
        return _AllOf((self, other))


def match(value: object, pattern: Pattern) -> Match | None:
    """``pattern.match(value)``."""
    return pattern.match(value)


def _bind(found: dict, name: str | None, value: object) -> bool:
    if name is None:
        return True
    if name in found:
        return found[name] is value
    found[name] = value
    return True


class _Bound(Pattern):
    def __init__(self, inner: Pattern, name: str) -> None:
        self.inner, self.name = inner, name

    def _match(self, value, found):
        return self.inner._match(value, found) and _bind(found, self.name, value)


class _Where(Pattern):
    def __init__(self, inner: Pattern, test: Callable[[Any], bool]) -> None:
        self.inner, self.test = inner, test

    def _match(self, value, found):
        return self.inner._match(value, found) and bool(self.test(value))


class _AnyOf(Pattern):
    def __init__(self, options: tuple[Pattern, ...]) -> None:
        self.options = options

    def _match(self, value, found):
        for p in self.options:
            trial = dict(found)
            if p._match(value, trial):
                found.update(trial)
                return True
        return False


class _AllOf(Pattern):
    def __init__(self, parts: tuple[Pattern, ...]) -> None:
        self.parts = parts

    def _match(self, value, found):
        trial = dict(found)
        if all(p._match(value, trial) for p in self.parts):
            found.update(trial)
            return True
        return False


class _Leaf(Pattern):
    """A value satisfying ``test``, bound to ``name``."""

    def __init__(self, name: str | None, test: Callable[[Any], bool]) -> None:
        self.name, self.test = name, test

    def _match(self, value, found):
        return isinstance(value, Value) and self.test(value) and _bind(found, self.name, value)


# ---- leaves -------------------------------------------------------------------------------
def value(name: str | None = None) -> Pattern:
    """Any value (LLVM's ``m_Value``)."""
    return _Leaf(name, lambda v: True)


def specific(v: Value) -> Pattern:
    """That very value (``m_Specific``)."""
    return _Leaf(None, lambda x: x is v)


def argument(name: str | None = None) -> Pattern:
    """A function argument."""
    return _Leaf(name, lambda v: isinstance(v, Argument))


def instruction(name: str | None = None, opcode: str | Iterable[str] | None = None) -> Pattern:
    """An instruction (of ``opcode``, or of one of several)."""
    ops = _opcodes(opcode)
    return _Leaf(name, lambda v: isinstance(v, Instruction) and (ops is None or v.opcode in ops))


def constant(name: str | None = None) -> Pattern:
    """Any constant operand (``m_Constant``)."""
    return _Leaf(name, lambda v: isinstance(v, Constant))


def bits_of(v: Value) -> int | None:
    """An integer constant's ``iN`` bit pattern (``i8 -1`` -> 255), else None."""
    if isinstance(v, Constant) and isinstance(v.type, T.IntType) and v.kind != "c_poison":
        n = v.value
        if isinstance(n, int):
            return int(n) & ((1 << v.type.bits) - 1)
    return None


def const_int(name: str | None = None, value: int | None = None) -> Pattern:
    """An integer constant (``m_ConstantInt``); with ``value``, that one (``m_SpecificInt``;
    compared as ``iN`` bits, so ``-1`` is all ones)."""
    def test(v: Value) -> bool:
        n = bits_of(v)
        return n is not None and (value is None or n == value & ((1 << v.type.bits) - 1))

    return _Leaf(name, test)


def const_float(name: str | None = None, value: float | None = None) -> Pattern:
    """A floating-point constant (``m_ConstantFP``); with ``value``, one equal to it."""
    def test(v: Value) -> bool:
        if not (isinstance(v, Constant) and isinstance(v.type, T.FloatType)):
            return False
        x = v.value
        return isinstance(x, float) and (value is None or x == value)

    return _Leaf(name, test)


def zero(name: str | None = None) -> Pattern:
    """Integer or floating-point zero, or a null pointer (``m_Zero``; ``-0.0`` too)."""
    return _Leaf(name, lambda v: isinstance(v, Constant) and (
        v.kind in ("c_zero", "c_null") or v.value == 0))


def one(name: str | None = None) -> Pattern:
    """The integer 1 (``m_One``)."""
    return const_int(name, 1)


def all_ones(name: str | None = None) -> Pattern:
    """The integer with every bit set, ``-1`` (``m_AllOnes``)."""
    return const_int(name, -1)


def power_of_two(name: str | None = None) -> Pattern:
    """An integer constant that is a power of two as an unsigned number (``m_Power2``)."""
    def test(v: Value) -> bool:
        n = bits_of(v)
        return n is not None and n > 0 and n & (n - 1) == 0

    return _Leaf(name, test)


def poison(name: str | None = None) -> Pattern:
    """``poison`` (``m_Poison``)."""
    return _Leaf(name, lambda v: isinstance(v, Constant) and v.kind == "c_poison")


def undef(name: str | None = None) -> Pattern:
    """``undef`` (``m_Undef`` matches poison too; this does not)."""
    return _Leaf(name, lambda v: isinstance(v, Constant) and v.kind == "c_undef")


# ---- instructions ---------------------------------------------------------------------------
def _opcodes(opcode: str | Iterable[str] | None) -> frozenset[str] | None:
    if opcode is None:
        return None
    return frozenset([opcode]) if isinstance(opcode, str) else frozenset(opcode)


class _Inst(Pattern):
    """An instruction of one of ``opcodes`` whose operands match ``operands`` (in order, or
    for two operands in either order when ``commutative``), with ``flags`` among its flags
    and a predicate in ``predicates``."""

    def __init__(self, opcodes: frozenset[str] | None, operands: tuple[Pattern, ...],
                 name: str | None = None, commutative: bool = False,
                 flags: Iterable[str] = (), predicates: frozenset[str] | None = None,
                 operand_list: Callable[[Instruction], list[Value]] | None = None) -> None:
        self.opcodes, self.operands, self.name = opcodes, operands, name
        self.commutative, self.flags = commutative, frozenset(flags)
        self.predicates = predicates
        self.operand_list = operand_list

    def _match(self, value, found):
        if not isinstance(value, Instruction):
            return False
        if self.opcodes is not None and value.opcode not in self.opcodes:
            return False
        if self.flags and not self.flags <= value.flags:
            return False
        if self.predicates is not None and value.predicate not in self.predicates:
            return False
        ops = self.operand_list(value) if self.operand_list else value.operands
        if len(ops) != len(self.operands):
            return False
        orders = [ops]
        if self.commutative and len(ops) == 2:
            orders.append([ops[1], ops[0]])
        for order in orders:
            trial = dict(found)
            if all(p._match(o, trial) for p, o in zip(self.operands, order)) and \
                    _bind(trial, self.name, value):
                found.clear()
                found.update(trial)
                return True
        return False


def binop(opcode: str | Iterable[str] | None, a: Pattern, b: Pattern, name: str | None = None,
          commutative: bool = False, flags: Iterable[str] = ()) -> Pattern:
    """A binary operator (``add``... ``frem``; None: any) on ``a`` and ``b``
    (``m_BinOp``); ``flags`` must all be set (``{"nsw"}``: ``m_NSWAdd``)."""
    from irpass.ir.rules import FP_BINOPS, INT_BINOPS

    ops = _opcodes(opcode) if opcode is not None else INT_BINOPS | FP_BINOPS
    return _Inst(ops, (a, b), name, commutative, flags)


def _binop_factory(opcode: str) -> Callable[..., Pattern]:
    def make(a: Pattern, b: Pattern, name: str | None = None, commutative: bool = False,
             flags: Iterable[str] = ()) -> Pattern:
        return binop(opcode, a, b, name, commutative, flags)

    make.__name__ = make.__qualname__ = opcode.rstrip("_")
    make.__doc__ = f"``{opcode.rstrip('_')}`` of ``a`` and ``b`` (see ``binop``)."
    return make


add = _binop_factory("add")
sub = _binop_factory("sub")
mul = _binop_factory("mul")
shl = _binop_factory("shl")
lshr = _binop_factory("lshr")
ashr = _binop_factory("ashr")
and_ = _binop_factory("and")
or_ = _binop_factory("or")
xor = _binop_factory("xor")
udiv = _binop_factory("udiv")
sdiv = _binop_factory("sdiv")
urem = _binop_factory("urem")
srem = _binop_factory("srem")
fadd = _binop_factory("fadd")
fsub = _binop_factory("fsub")
fmul = _binop_factory("fmul")
fdiv = _binop_factory("fdiv")
frem = _binop_factory("frem")


def icmp(pred: str | Iterable[str] | None, a: Pattern, b: Pattern,
         name: str | None = None) -> Pattern:
    """``icmp`` with predicate ``pred`` (None: any; the instruction says which) of ``a``
    and ``b`` (``m_ICmp``)."""
    return _Inst(frozenset({"icmp"}), (a, b), name, predicates=_opcodes(pred))


def fcmp(pred: str | Iterable[str] | None, a: Pattern, b: Pattern,
         name: str | None = None) -> Pattern:
    """``fcmp`` with predicate ``pred`` (None: any) of ``a`` and ``b`` (``m_FCmp``)."""
    return _Inst(frozenset({"fcmp"}), (a, b), name, predicates=_opcodes(pred))


def cast(opcode: str | Iterable[str], x: Pattern, name: str | None = None,
         flags: Iterable[str] = ()) -> Pattern:
    """A cast (``zext``, ``bitcast``...; or one of several) of ``x``."""
    return _Inst(_opcodes(opcode), (x,), name, flags=flags)


def zext(x: Pattern, name: str | None = None) -> Pattern:
    """``zext`` of ``x`` (``m_ZExt``)."""
    return cast("zext", x, name)


def sext(x: Pattern, name: str | None = None) -> Pattern:
    """``sext`` of ``x`` (``m_SExt``)."""
    return cast("sext", x, name)


def trunc(x: Pattern, name: str | None = None) -> Pattern:
    """``trunc`` of ``x`` (``m_Trunc``)."""
    return cast("trunc", x, name)


def bitcast(x: Pattern, name: str | None = None) -> Pattern:
    """``bitcast`` of ``x`` (``m_BitCast``)."""
    return cast("bitcast", x, name)


def fneg(x: Pattern, name: str | None = None) -> Pattern:
    """``fneg`` of ``x`` (``m_FNeg``, without its ``fsub -0.0, x`` form)."""
    return _Inst(frozenset({"fneg"}), (x,), name)


def neg(x: Pattern, name: str | None = None) -> Pattern:
    """``sub 0, x`` (``m_Neg``)."""
    return sub(zero(), x, name)


def not_(x: Pattern, name: str | None = None) -> Pattern:
    """``xor x, -1`` in either order (``m_Not``)."""
    return xor(x, all_ones(), name, commutative=True)


def select(cond: Pattern, a: Pattern, b: Pattern, name: str | None = None) -> Pattern:
    """``select cond, a, b`` (``m_Select``)."""
    return _Inst(frozenset({"select"}), (cond, a, b), name)


def load(ptr: Pattern, name: str | None = None) -> Pattern:
    """A ``load`` from ``ptr`` (``m_Load``)."""
    return _Inst(frozenset({"load"}), (ptr,), name)


def call(callee: Function | str | None, *args: Pattern, name: str | None = None) -> Pattern:
    """A ``call``/``invoke`` of ``callee`` (a function, its name, e.g. ``llvm.fabs.f64``,
    or None: any) whose arguments match ``args`` (``m_Intrinsic``)."""
    def test(v: Value) -> bool:
        if not isinstance(v, CallInst):
            return False
        if callee is None:
            return True
        fn = v.called_function
        return fn is callee if isinstance(callee, Function) else \
            fn is not None and fn.name == callee

    return _Leaf(None, test) & _Inst(None, args, name, operand_list=lambda c: c.arg_values)


def one_use(p: Pattern) -> Pattern:
    """``p``, for a value used once (``m_OneUse``; debug uses do not count)."""
    return p.where(lambda v: sum(1 for u, _ in v.uses if not u.is_debug_use) == 1)
