"""Values, users and def-use chains.

Every operand of an instruction, constant or metadata operand is a ``Value``; the user keeps
its operands in ``operands`` and each value keeps the list of ``(user, index)`` pairs that use
it. Text that is not an operand (keywords, types, flags) is kept in a *template*: a list whose
items are strings or operand indices. Printing a user is joining its template, with each index
replaced by the reference of that operand. This keeps every instruction printable exactly as
LLVM wrote it while values stay first-class objects that can be renamed, replaced and erased.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from irpass.ir.names import format_name
from irpass.ir.types import METADATA, Type

if TYPE_CHECKING:
    from irpass.ir.function import Function

# How a printer names values that have no name of their own (numbered locals and globals).
Namer = Callable[["Value"], str]


class Value:
    """Anything that can be an operand: it has a type and may have a name."""

    # ``_uses`` is None until the first use and the one ``(user, index)`` pair until the
    # second: most values of a read module are used once or never, and a list per value is
    # 56-88 bytes. ``uses`` makes the list when it is asked for.
    __slots__ = ("name", "type", "_uses")

    sigil = "%"

    # Locals (instructions, arguments, blocks) say which function they are in; operands of a
    # user must be in the user's function (``function_of``).
    is_local = False

    def __init__(self, type: Type, name: str | None = None) -> None:
        self.type = type
        _NAME.__set__(self, name)  # the slot itself: a new value is in no symbol table yet
        self._uses: list[tuple[User, int]] | tuple[User, int] | None = None

    @property
    def uses(self) -> list[tuple[User, int]]:
        """``(user, operand index)`` for every use of this value, in the order they came."""
        uses = self._uses
        if uses is None:
            uses = self._uses = []
        elif uses.__class__ is tuple:
            uses = self._uses = [uses]  # type: ignore[list-item]
        return uses  # type: ignore[return-value]

    @uses.setter
    def uses(self, value: list[tuple[User, int]]) -> None:
        self._uses = value

    def ref(self, namer: Namer | None = None) -> str:
        """The text that refers to this value as an operand (``%x``, ``@g``, ``42``). An
        unnamed value is numbered by ``namer``, by default as its function (or module)
        numbers it, which raises ``ValueError`` for a value in none."""
        if self.name is not None:
            return format_name(self.sigil, self.name)
        if namer is None:
            from irpass.ir.writer import namer_for

            namer = namer_for(self)
        return namer(self)

    def __str__(self) -> str:
        """The value as LLVM prints it (``irpass.ir.writer.value_text``): an instruction's
        line, ``i32 %x`` for an argument, ``i32 42`` for a constant, a function's text."""
        from irpass.ir.writer import value_text

        return value_text(self)

    @property
    def users(self) -> list[User]:
        """Users that are real operands (metadata and debug-record uses are left out,
        as LLVM leaves them out)."""
        seen: dict[int, User] = {}
        for user, _ in self.uses:
            if not user.is_debug_use:
                seen.setdefault(id(user), user)
        return list(seen.values())

    @property
    def all_users(self) -> list[User]:
        """Every user, debug and metadata uses included."""
        seen: dict[int, User] = {}
        for user, _ in self.uses:
            seen.setdefault(id(user), user)
        return list(seen.values())

    def replace_all_uses_with(self, new: Value) -> None:
        """Make every user of this value use ``new`` instead; ``new`` must have the same
        type (raises ``InvalidEdit``, as LLVM asserts) and, if it is a local, be in the
        function of every user (``InvalidEdit``: "Referring to an instruction in another
        function!"). Nothing is changed when it is refused."""
        if new is self:
            return
        if self.__class__ is not Placeholder and new.__class__ is not Placeholder:
            from irpass.ir.rules import check, replace_error, spell

            check(replace_error(self.type, new.type), lambda: f"{spell(self)} with {spell(new)}")
        if new.is_local:
            home = new.function_of()
            if home is not None:
                for user, _ in self.uses:
                    check_home(user, new, home)
        for user, index in list(self.uses):
            user.set_operand(index, new)

    def function_of(self) -> Function | None:
        """The function a local is in (None for anything else, or a local in none)."""
        return None

    def take_name(self, other: Value) -> None:
        """Give this value ``other``'s name and leave ``other`` unnamed (LLVM's
        ``takeName``), e.g. for a value that replaces ``other``."""
        name = other.name
        other.name = None
        self.name = name

    def __repr__(self) -> str:
        label = format_name(self.sigil, self.name) if self.name is not None else "<unnamed>"
        return f"<{type(self).__name__} {label}: {self.type}>"


_NAME = Value.__dict__["name"]  # the slot the name is kept in


def check_home(user: User, value: Value, home: Function) -> None:
    """Raise ``InvalidEdit`` if ``user`` is in a function other than ``home``, where the local
    ``value`` is (LLVM's verifier: "Referring to an instruction in another function!")."""
    there = user.user_function()
    if there is not None and there is not home:
        from irpass.ir.rules import InvalidEdit, spell

        what = type(value).__name__
        kind = {"BasicBlock": "a basic block", "Argument": "an argument"}.get(
            what, "an instruction")
        raise InvalidEdit(f"Referring to {kind} in another function!: {spell(value)} is in "
                          f"{spell(home)}, its user in {spell(there)}")


class GlobalValue(Value):
    """A function, global variable or alias: named in its module's symbol table
    (``Module.globals``). Renaming one updates the table, and a name another global has is
    refused (``InvalidEdit``), as ``llvm-as`` refuses a redefinition."""

    __slots__ = ()
    sigil = "@"

    @property  # type: ignore[override]
    def name(self) -> str | None:
        return _NAME.__get__(self, type(self))

    @name.setter
    def name(self, new: str | None) -> None:
        module = getattr(self, "module", None)
        if module is not None:
            try:
                old = _NAME.__get__(self, type(self))
            except AttributeError:
                old = None
            if old != new:
                _rename(module.globals, self, old, new)
        _NAME.__set__(self, new)


def _rename(table: dict, value: GlobalValue, old: str | None, new: str | None) -> None:
    keys = [old] if old is not None and table.get(old) is value else \
        [k for k, v in table.items() if v is value and k.startswith("#")]
    if not keys:
        return  # not in the table (being read, or removed): nothing to keep up to date
    if new is not None and table.get(new, value) is not value:
        from irpass.ir.rules import InvalidEdit

        if type(value).__name__ == "Function":
            raise InvalidEdit(f"invalid redefinition of function '{new}'")
        raise InvalidEdit(f"redefinition of global '@{new}'")
    module = value.module  # type: ignore[attr-defined]
    module.edits += 1
    for k in keys:
        del table[k]
    if new is not None:
        table[new] = value


def _add_use(value: Value, user: User, index: int) -> None:
    """Record that ``user`` has ``value`` as operand ``index``. A value's uses are None, then
    one pair, then a list: most values have at most one use, so most never get a list."""
    uses = value._uses
    if uses is None:
        value._uses = (user, index)
    elif uses.__class__ is tuple:
        value._uses = [uses, (user, index)]  # type: ignore[list-item]
    else:
        uses.append((user, index))  # type: ignore[union-attr]


class User(Value):
    """A value with operands, printed from a template."""

    __slots__ = ("operands", "template")

    is_debug_use = False

    def __init__(self, type: Type, template: list[str | int] | None = None,
                 operands: list[Value] | None = None, name: str | None = None) -> None:
        super().__init__(type, name)
        self.template: list[str | int] = template if template is not None else []
        # Users without operands (literals, most metadata operands) share one empty tuple
        # until ``add_operand`` gives them a list of their own.
        if operands:
            self.operands: list[Value] = list(operands)  # sized once, not grown by appends
            for index, value in enumerate(self.operands):
                _add_use(value, self, index)
        else:
            self.operands = _NO_OPERANDS  # type: ignore[assignment]

    def user_function(self) -> Function | None:
        """The function this user is in (an instruction's, a debug record's); None for
        users that do not know (constants, metadata operands, headers)."""
        return None

    def note_edit(self) -> None:
        """Count an edit of this user in its function's counters (``function.note_edit``)."""

    def add_operand(self, value: Value) -> int:
        """Append an operand (recording the use); returns its index."""
        if value.is_local:
            self._check_operand(value)
        self.note_edit()
        ops = self.operands
        if ops.__class__ is not list:
            ops = self.operands = list(ops)
        index = len(ops)
        ops.append(value)
        _add_use(value, self, index)
        return index

    def set_operand(self, index: int, value: Value) -> None:
        """Make operand ``index`` be ``value``, which must have the operand's type (the
        text around it names the type) and, if it is a local, be in this user's function;
        raises ``InvalidEdit`` (``OperandIndexError``, also an ``IndexError``, for an index
        the user does not have)."""
        ops = self.operands
        if not 0 <= index < len(ops):
            from irpass.ir.rules import OperandIndexError

            raise OperandIndexError(
                f"operand {index} out of range: {self!r} has {len(ops)} operand(s)"
                + (" (it was erased)" if ops is ERASED else ""))
        old = ops[index]
        if old is value:
            return
        if old.__class__ is not Placeholder and value.__class__ is not Placeholder and \
                old.type is not value.type:
            from irpass.ir.rules import mismatch, same_type, spell

            if not same_type(old.type, value.type):
                from irpass.ir.rules import InvalidEdit

                raise InvalidEdit(mismatch(spell(value), value.type, old.type))
        if value.is_local:
            self._check_operand(value)
        old.uses.remove((self, index))
        ops[index] = value
        value.uses.append((self, index))
        self.note_edit()

    def _check_operand(self, value: Value) -> None:
        home = value.function_of()
        if home is not None:
            check_home(self, value, home)

    def drop_operands(self) -> None:
        """Forget every operand (before this user is deleted)."""
        for index, op in enumerate(self.operands):
            try:
                op.uses.remove((self, index))
            except ValueError:
                pass
        self.note_edit()
        self.operands = []

    def render(self, namer: Namer | None = None) -> str:
        """The template joined, each operand index replaced by the operand's reference.

        Constant and metadata operands are printed in place, with an explicit stack rather
        than by recursion: a constant expression may be nested thousands of levels deep.
        """
        out: list[str] = []
        stack: list[tuple[list[str | int], list[Value], int]] = []
        template, ops, i = self.template, self.operands, 0
        while True:
            n = len(template)
            while i < n:
                p = template[i]
                i += 1
                if p.__class__ is str:
                    out.append(p)  # type: ignore[arg-type]
                    continue
                op = ops[p]  # type: ignore[index]
                if op.__class__ in _PRINTED_IN_PLACE:
                    stack.append((template, ops, i))
                    template, ops, i = op.template, op.operands, 0  # type: ignore[attr-defined]
                    n = len(template)
                else:
                    out.append(op.ref(namer))
            if not stack:
                return "".join(out)
            template, ops, i = stack.pop()

    def iter_values(self) -> Iterator[Value]:
        """Operands, and operands of constant and metadata operands, depth first."""
        stack = [iter(self.operands)]
        while stack:
            op = next(stack[-1], None)
            if op is None:
                stack.pop()
                continue
            yield op
            if isinstance(op, (Constant, MetadataOperand)):
                stack.append(iter(op.operands))


_NO_OPERANDS: tuple = ()


class _Erased(tuple):
    """The operands of an erased instruction (``Instruction.erase``): none, and a mark."""

    __slots__ = ()


ERASED = _Erased()


class Constant(User):
    """A constant operand: a literal (``42``, ``null``, ``c"hi\\00"``) or a constant expression
    (``getelementptr (i8, ptr @g, i64 4)``). ``kind`` is the grammar's name for its form
    (``c_int``, ``c_cast``, ``c_gep``, ...); nested constants and globals are its operands."""

    __slots__ = ("kind",)
    __match_args__ = ("value",)  # ``case Constant(0): ...``

    def __init__(self, type: Type, kind: str, template: list[str | int],
                 operands: list[Value] | None = None) -> None:
        super().__init__(type, template, operands)
        self.kind = kind

    def ref(self, namer: Namer | None = None) -> str:
        return self.render(namer)

    @property
    def text(self) -> str:
        return self.render(lambda v: "?")

    @classmethod
    def literal(cls, type: Type, text: str, kind: str = "c_literal") -> Constant:
        return cls(type, kind, [text])

    @property
    def value(self) -> int | float | bool | None:
        """The number a literal spells: an ``int`` (``i1``: a ``bool``), a ``float`` for
        ``half``, ``bfloat``, ``float`` and ``double`` (hexadecimal forms included), 0 or
        0.0 for ``zeroinitializer`` of a number; None for anything else (``null``,
        ``undef``, aggregates, expressions, ``x86_fp80`` and ``fp128``)."""
        from irpass.ir.types import FloatType, IntType

        t = self.type
        if self.kind == "c_zero":
            return 0 if isinstance(t, IntType) else 0.0 if isinstance(t, FloatType) else None
        if len(self.template) != 1 or self.operands:
            return None
        text = self.template[0]
        if isinstance(t, IntType):
            if text in ("true", "false"):
                return text == "true" if t.bits == 1 else int(text == "true")
            try:
                value = int(text)
            except ValueError:
                return None
            return bool(value & 1) if t.bits == 1 else value
        if isinstance(t, FloatType):
            return _float_value(text)  # type: ignore[arg-type]
        return None

    def __repr__(self) -> str:
        return f"<Constant {self.type} {self.text}>"


def int_value(v: Value) -> int | None:
    """The integer a constant operand spells (``i64 40`` -> 40), else None (an ``i1`` is
    its 0 or 1)."""
    if isinstance(v, Constant):
        value = v.value
        if isinstance(value, int):
            return int(value)
    return None


def _float_value(text: str) -> float | None:
    """A float literal as LLVM writes it: decimal, ``0x`` + 16 hex digits (a double's bits,
    also for ``float``), ``0xH`` (half), ``0xR`` (bfloat); None for the wider forms."""
    import struct

    if not text.startswith(("0x", "-0x", "+0x")):
        try:
            return float(text)
        except ValueError:
            return None
    sign = -1.0 if text.startswith("-") else 1.0
    digits = text.split("x", 1)[1]
    kind = digits[0] if digits[:1] in ("H", "R", "K", "L", "M") else ""
    bits = int(digits[len(kind):], 16)
    if kind == "":
        return sign * struct.unpack("<d", struct.pack("<Q", bits))[0]
    if kind == "H":
        return sign * struct.unpack("<e", struct.pack("<H", bits))[0]
    if kind == "R":
        return sign * struct.unpack("<f", struct.pack("<I", bits << 16))[0]
    return None


class MetadataOperand(User):
    """An operand of type ``metadata`` (``metadata !12``, ``metadata i32 %x``, inline
    ``!DIExpression()``). Values inside it are uses that do not count as real uses."""

    __slots__ = ()
    is_debug_use = True

    def __init__(self, template: list[str | int], operands: list[Value] | None = None) -> None:
        super().__init__(METADATA, template, operands)

    def ref(self, namer: Namer | None = None) -> str:
        return self.render(namer)

    @property
    def md_id(self) -> int | None:
        """The node number when this operand is a plain reference ``!N``."""
        if len(self.template) == 1 and isinstance(self.template[0], str):
            text = self.template[0]
            if text.startswith("!") and text[1:].isdigit():
                return int(text[1:])
        return None

    @property
    def wrapped(self) -> Value | None:
        """The value of a ``metadata <ty> <value>`` operand."""
        return self.operands[0] if len(self.operands) == 1 else None

    def __repr__(self) -> str:
        return f"<MetadataOperand {self.render(lambda v: '%?')}>"


# Users whose reference is their whole text (``ref`` is ``render``): ``User.render`` expands
# them in place. Exact classes: a subclass that prints differently is not expanded.
_PRINTED_IN_PLACE = frozenset({Constant, MetadataOperand})


class _InFunction:
    """Stands for a user that will be in ``fn`` (``check_home`` asks it where it is)."""

    def __init__(self, fn: Function) -> None:
        self.fn = fn

    def user_function(self) -> Function:
        return self.fn


def check_operands_in(inst: User, fn: Function) -> None:
    """Raise ``InvalidEdit`` if a local operand of ``inst`` (or of its debug records) is in a
    function other than ``fn``, where ``inst`` is to go."""
    todo = [inst.operands]
    for record in getattr(inst, "debug_records", ()):
        todo.append(record.operands)
    while todo:
        for op in todo.pop():
            if op.is_local:
                home = op.function_of()
                if home is not None and home is not fn:
                    check_home(_InFunction(fn), op, home)  # type: ignore[arg-type]
            elif op.__class__ in _PRINTED_IN_PLACE and op.operands:  # type: ignore[attr-defined]
                todo.append(op.operands)  # type: ignore[attr-defined]


def _argument_name_set(self: Argument, new: str | None) -> None:
    from irpass.ir.function import _set_local_name

    fn = self.function
    placed = self.index < len(fn.args) and fn.args[self.index] is self
    _set_local_name(self, fn, placed, new)


class Argument(Value):
    """A formal parameter of a function. ``name`` is assignable: a name the function has
    already is made unique as LLVM's ``setName`` makes it (``x`` -> ``x1``)."""

    __slots__ = ("function", "attrs", "index")
    is_local = True
    name = property(_NAME.__get__, _argument_name_set)  # type: ignore[assignment]

    def __init__(self, type: Type, name: str | None, function: Function, index: int,
                 attrs=None) -> None:
        from irpass.ir.attributes import AttributeList

        super().__init__(type, name)
        self.function = function
        self.index = index
        self.attrs = attrs if attrs is not None else AttributeList()

    def function_of(self) -> Function | None:
        return self.function


class Placeholder(Value):
    """A value referred to before its definition; replaced when the definition is read."""

    __slots__ = ("token", "pos")

    def __init__(self, type: Type, token: str, pos: tuple[int, int]) -> None:
        super().__init__(type, None)
        self.token = token
        self.pos = pos

    def ref(self, namer: Namer | None = None) -> str:
        return self.token
