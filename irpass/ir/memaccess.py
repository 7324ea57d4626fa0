"""``align``, ``volatile`` and atomic ``ordering``/``syncscope`` of memory instructions.

These live in an instruction's text template as LLVM writes them (``load atomic volatile i32,
ptr %p syncscope("agent") acquire, align 4``): the words after the opcode in the first piece,
the scope, orderings and ``, align N`` in the piece after the last operand. The properties
read them from there and their setters rewrite the template, so the writer prints the new
value; an instruction not edited keeps its text byte for byte. Which opcode has which
property is ``irpass.ir.opcodes``'s table; what values are refused, and the words of the
refusal, are LLVM's (``llvm-as`` and the verifier). ``Instruction`` has these properties.
"""

from __future__ import annotations

import re

from irpass.ir import types as T
from irpass.ir.names import escape, unescape
from irpass.ir.opcodes import OPCODES, ORDERINGS

# ", align N" outside quoted strings and comments (group 1 the number).
# The patterns are compiled at their first use (by re's cache): irpass's start-up imports this.
_ALIGN = r'"[^"]*"|;[^\n]*|(,\s*align\s+([0-9]+))(?![-a-zA-Z$._0-9])'
# the words after the opcode: atomic, volatile, weak (group 2), then the rest
_HEAD = r"(?s)(\s*[a-z]+)((?:\s+(?:atomic|volatile|weak)(?![-a-zA-Z$._0-9]))*)(.*)\Z"
_ORDER = "|".join(ORDERINGS)
# the atomic part of the text after the operands (of the text after "fence")
_ATOMIC = (r'(?s)(\s*)(?:syncscope\s*\(\s*"([^"]*)"\s*\)\s*)?'
           rf"((?:(?:{_ORDER})(?![-a-zA-Z$._0-9])\s*)*)(.*)\Z")
MAX_ALIGN = 1 << 32  # LLVM's Value::MaximumAlignment


def _error(message: str) -> Exception:
    from irpass.ir.rules import InvalidEdit

    return InvalidEdit(message)


def _info(inst):
    return OPCODES.get(inst.opcode)


def _tail_index(inst) -> int | None:
    """The index of the template piece after the last operand (fence, and alloca without a
    count, have one piece), or None if the template ends with an operand."""
    t = inst.template
    if not t:
        return None
    return len(t) - 1 if t[-1].__class__ is str else None


def _find_align(text: str) -> re.Match | None:
    for m in re.finditer(_ALIGN, text):
        if m.group(1):
            return m
    return None


def _head_words(inst) -> tuple[re.Match | None, list[str]]:
    t = inst.template
    head = t[0] if t and t[0].__class__ is str else ""
    m = re.match(_HEAD, head)  # type: ignore[arg-type]
    return m, (m.group(2).split() if m else [])


def _set_head_words(inst, m: re.Match, words: list[str]) -> None:
    head = m.group(1) + "".join(" " + w for w in words) + m.group(3)
    inst.template = [head, *inst.template[1:]]


def _atomic_part(inst) -> tuple[int | None, re.Match | None]:
    """The template index and match of the scope-and-orderings text."""
    if inst.opcode == "fence":
        head = inst.template[0] if inst.template else ""
        m = re.match(r"(\s*fence)(.*)\Z", head, re.S)  # type: ignore[arg-type]
        return (0, re.match(_ATOMIC, m.group(2))) if m else (None, None)
    i = _tail_index(inst)
    return (i, re.match(_ATOMIC, inst.template[i])) if i is not None else (None, None)  # type: ignore[arg-type]


def _put_atomic(inst, scope: str | None, orders: list[str]) -> None:
    """Write the scope and orderings LLVM's way in place of the ones there."""
    i, m = _atomic_part(inst)
    text = f' syncscope("{escape(scope)}")' if scope is not None else ""
    text += "".join(" " + o for o in orders)
    t = list(inst.template)
    if i is None:  # the template ends with an operand
        t.append(text)
    elif inst.opcode == "fence":
        head = re.match(r"(\s*fence)", t[0]).group(1)  # type: ignore[union-attr, arg-type]
        t[0] = head + text + (m.group(4) if m else "")
    else:
        rest = m.group(4) if m else t[i]
        t[i] = text + ("" if rest.startswith(",") or not rest else " ") + rest  # type: ignore[operator]
    inst.template = t


class MemoryAccess:
    """The mixin ``Instruction`` takes these properties from (see the module's docstring)."""

    __slots__ = ()

    # ---- align -------------------------------------------------------------------------------
    @property
    def align(self) -> int | None:
        """``align N`` of a load, store, alloca, cmpxchg or atomicrmw (None when not written,
        and for other instructions); settable to a power of two up to 2^32, or None."""
        info = _info(self)
        i = _tail_index(self)
        if info is None or not info.align or i is None:
            return None
        m = _find_align(self.template[i])  # type: ignore[attr-defined]
        return int(m.group(2)) if m else None

    @align.setter
    def align(self, value: int | None) -> None:
        info = _info(self)
        if info is None or not info.align:
            raise _error(f"{self.opcode} has no alignment")  # type: ignore[attr-defined]
        if value is not None:
            if not isinstance(value, int) or value <= 0 or value & (value - 1):
                raise _error("alignment is not a power of two")
            if value > MAX_ALIGN:
                raise _error("huge alignments are not supported yet")
        elif info.atomic_word and self.ordering is not None:
            raise _error(f"atomic {self.opcode} must have explicit non-zero alignment")  # type: ignore[attr-defined]
        t = list(self.template)  # type: ignore[attr-defined]
        i = _tail_index(self)
        m = _find_align(t[i]) if i is not None else None
        new = "" if value is None else f", align {value}"
        if m is not None:
            t[i] = t[i][:m.start(1)] + new + t[i][m.end(1):]  # type: ignore[index]
        elif value is not None:
            if i is None:
                t.append(new)
            else:
                # LLVM writes align first among the trailing items (before addrspace(N))
                at = t[i].find(", addrspace(") if self.opcode == "alloca" else -1  # type: ignore[union-attr]
                at = len(t[i]) if at < 0 else at  # type: ignore[arg-type]
                t[i] = t[i][:at] + new + t[i][at:]  # type: ignore[index]
        self.template = t  # type: ignore[attr-defined]
        self.note_edit()  # type: ignore[attr-defined]

    # ---- volatile ----------------------------------------------------------------------------
    @property
    def volatile(self) -> bool:
        """Whether a load, store, cmpxchg or atomicrmw is ``volatile`` (settable)."""
        info = _info(self)
        if info is None or not info.volatile:
            return False
        return "volatile" in _head_words(self)[1]

    @volatile.setter
    def volatile(self, on: bool) -> None:
        info = _info(self)
        if info is None or not info.volatile:
            raise _error(f"{self.opcode} cannot be volatile")  # type: ignore[attr-defined]
        m, words = _head_words(self)
        if m is None or ("volatile" in words) == bool(on):
            return
        words = [w for w in words if w != "volatile"] + (["volatile"] if on else [])
        _set_head_words(self, m, words)
        self.note_edit()  # type: ignore[attr-defined]

    # ---- atomic ordering and scope -----------------------------------------------------------
    def _orderings(self) -> list[str]:
        info = _info(self)
        if info is None or not info.orderings:
            return []
        if info.atomic_word and "atomic" not in _head_words(self)[1]:
            return []
        _, m = _atomic_part(self)
        return m.group(3).split() if m else []

    @property
    def ordering(self) -> str | None:
        """The atomic ordering (``monotonic``, ``acquire``, ``seq_cst``...) of a load or store
        written ``atomic``, a fence, atomicrmw, or a cmpxchg's success ordering; None for a
        non-atomic access. Settable as LLVM allows it for the instruction; a load or store
        set to None becomes non-atomic (its scope goes too)."""
        found = self._orderings()
        return found[0] if found else None

    @ordering.setter
    def ordering(self, value: str | None) -> None:
        info = _info(self)
        op = self.opcode  # type: ignore[attr-defined]
        if info is None or not info.orderings:
            raise _error(f"{op} is not atomic")
        if value is None:
            if not info.atomic_word:
                raise _error(f"expected ordering on {op}")
            if self.ordering is None:
                return
            m, words = _head_words(self)
            _put_atomic(self, None, [])
            _set_head_words(self, m, [w for w in words if w != "atomic"])  # type: ignore[arg-type]
            self.note_edit()  # type: ignore[attr-defined]
            return
        _check_ordering(self, op, value, self.failure_ordering)
        old = self._orderings()
        if info.atomic_word and not old:
            _check_atomic_type(self, op)
            if self.align is None:
                raise _error(f"atomic {op} must have explicit non-zero alignment")
            m, words = _head_words(self)
            _set_head_words(self, m, ["atomic", *words])  # type: ignore[arg-type]
        _put_atomic(self, self.syncscope, [value, *old[1:]])
        self.note_edit()  # type: ignore[attr-defined]

    @property
    def failure_ordering(self) -> str | None:
        """A cmpxchg's failure ordering (None for other instructions); settable."""
        found = self._orderings() if self.opcode == "cmpxchg" else []  # type: ignore[attr-defined]
        return found[1] if len(found) > 1 else None

    @failure_ordering.setter
    def failure_ordering(self, value: str) -> None:
        if self.opcode != "cmpxchg":  # type: ignore[attr-defined]
            raise _error(f"{self.opcode} has no failure ordering")  # type: ignore[attr-defined]
        success = self.ordering
        _check_ordering(self, "cmpxchg", success, value)
        _put_atomic(self, self.syncscope, [success, value])  # type: ignore[list-item]
        self.note_edit()  # type: ignore[attr-defined]

    @property
    def syncscope(self) -> str | None:
        """The synchronisation scope of an atomic instruction (``"singlethread"``,
        ``"agent"``...), None for the default (system) scope or a non-atomic one; settable."""
        if not self._orderings():
            return None
        _, m = _atomic_part(self)
        return unescape(m.group(2)) if m and m.group(2) is not None else None

    @syncscope.setter
    def syncscope(self, value: str | None) -> None:
        info = _info(self)
        op = self.opcode  # type: ignore[attr-defined]
        if info is None or not info.orderings:
            raise _error(f"{op} has no synchronization scope")
        orders = self._orderings()
        if not orders:
            if value is None:
                return
            raise _error(f"Non-atomic {op} cannot have SynchronizationScope specified")
        _put_atomic(self, value, orders)
        self.note_edit()  # type: ignore[attr-defined]


def ordering_error(op: str, ordering: str | None, failure: str | None = None) -> str | None:
    """Why ``op`` cannot have the atomic ``ordering`` (and, for cmpxchg, ``failure``), in
    llvm-as's words; None if it can."""
    if ordering not in ORDERINGS:
        return f"expected ordering on {op}: '{ordering}' is none of " + ", ".join(ORDERINGS)
    if op == "load" and ordering in ("release", "acq_rel"):
        return "atomic load cannot use Release ordering"
    if op == "store" and ordering in ("acquire", "acq_rel"):
        return "atomic store cannot use Acquire ordering"
    if op == "fence" and ordering in ("unordered", "monotonic"):
        return f"fence cannot be {ordering}"
    if op == "atomicrmw" and ordering == "unordered":
        return "atomicrmw cannot be unordered"
    if op == "cmpxchg":
        if ordering == "unordered":
            return "invalid cmpxchg success ordering"
        if failure not in ORDERINGS or failure in ("unordered", "release", "acq_rel"):
            return "invalid cmpxchg failure ordering"
    return None


def _check_ordering(inst, op: str, value: str | None, failure: str | None) -> None:
    message = ordering_error(op, value, failure)
    if message is not None:
        raise _error(message)


def _check_atomic_type(inst, op: str) -> None:
    """The verifier's rules for the type of an atomic load or store."""
    t = inst.type if op == "load" else inst.operands[0].type
    elem = t.element if isinstance(t, T.VectorType) else t
    if not isinstance(elem, (T.IntType, T.FloatType, T.PointerType)):
        raise _error(f"atomic {op} operand must have integer, pointer, floating point, or "
                     "vector type!")
    if isinstance(elem, T.PointerType):
        return
    bits = elem.bits * (t.count if isinstance(t, T.VectorType) else 1)
    if bits < 8 or bits % 8:
        raise _error("atomic memory access' size must be byte-sized")
    if bits & (bits - 1):
        raise _error("atomic memory access' operand must have a power-of-two size")
