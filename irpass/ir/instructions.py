"""Instructions, calls and debug records.

An ``Instruction`` prints from its template (see ``values``); the opcode-specific accessors
below name its operands. Calls are kept in parts (callee, arguments with their attributes,
function attributes) because passes edit those parts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from irpass.ir.attributes import AttributeList
from irpass.ir.memaccess import MemoryAccess

# The opcode sets, from the table (named here too: passes import them from here).
from irpass.ir.opcodes import CALLS, SIDE_EFFECT_FREE, TERMINATORS  # noqa: F401
from irpass.ir.types import Type
from irpass.ir.values import (
    _NAME,
    ERASED,
    Constant,
    MetadataOperand,
    Namer,
    User,
    Value,
    check_operands_in,
)

if TYPE_CHECKING:
    from irpass.ir.function import BasicBlock, Function



# The ``debug_records`` of an instruction that has none: one shared empty tuple rather than
# an empty list per instruction (56 bytes each). Give an instruction records by assigning
# a list (``inst.debug_records = [...]``), as the reader and the passes do.
NO_RECORDS: tuple = ()


def _inst_name_set(self: Instruction, new: str | None) -> None:
    block = self.parent
    if block is None:  # not placed (being built or read): placing it makes it unique
        _NAME.__set__(self, new if new != "" else None)
        return
    from irpass.ir.function import _set_local_name

    _set_local_name(self, block.parent, True, new)


class Instruction(User, MemoryAccess):
    """One instruction. ``opcode`` is LLVM's (``add``, ``load``, ``call``...). ``name`` is
    assignable: a name its function has already is made unique as LLVM's ``setName`` makes
    it (``x`` -> ``x1``). ``align``, ``volatile``, ``ordering``, ``failure_ordering`` and
    ``syncscope`` of memory instructions are in ``irpass.ir.memaccess``."""

    __slots__ = ("opcode", "parent", "metadata", "debug_records", "pos")
    # ``match inst: case Instruction("mul", [x, Constant(2)]): ...`` (patternmatch)
    __match_args__ = ("opcode", "operands")
    is_local = True
    name = property(_NAME.__get__, _inst_name_set)  # type: ignore[assignment]

    def __init__(self, opcode: str, type: Type, template: list[str | int] | None = None,
                 operands: list[Value] | None = None, name: str | None = None) -> None:
        super().__init__(type, template, operands, name)
        self.opcode = opcode
        self.parent: BasicBlock | None = None
        self.metadata: list[tuple[str, str]] = []
        self.debug_records: list[DebugRecord] = NO_RECORDS  # type: ignore[assignment]
        self.pos: int | None = None  # offset of the opcode in the source text, if read

    def function_of(self) -> Function | None:
        block = self.parent
        return block.parent if block is not None else None

    user_function = function_of

    def note_edit(self) -> None:
        block = self.parent
        if block is not None and block.parent is not None:
            from irpass.ir.function import note_edit

            note_edit(block.parent)

    @property
    def is_erased(self) -> bool:
        """Whether ``erase`` deleted it (it can then only be printed, as ``<erased ...>``)."""
        return self.operands is ERASED

    # ---- metadata attachments ---------------------------------------------------------
    def get_metadata(self, kind: str) -> str | None:
        """The text of the ``!kind`` attachment (``"!12"``), or None."""
        for k, v in self.metadata:
            if k == kind:
                return v
        return None

    def set_metadata(self, kind: str, text: str) -> None:
        """Attach ``!kind <text>`` (``text`` is ``!5`` or an inline node)."""
        for i, (k, _) in enumerate(self.metadata):
            if k == kind:
                self.metadata[i] = (kind, text)
                self.note_edit()
                return
        self.metadata.append((kind, text))
        self.note_edit()

    def remove_metadata(self, kind: str) -> bool:
        """Drop the ``!kind`` attachment; whether there was one."""
        before = len(self.metadata)
        self.metadata = [(k, v) for k, v in self.metadata if k != kind]
        if len(self.metadata) != before:
            self.note_edit()
            return True
        return False

    # ---- placement --------------------------------------------------------------------
    @property
    def function(self) -> Function | None:
        """The function the instruction is in (None when detached)."""
        return self.parent.parent if self.parent is not None else None

    @property
    def is_terminator(self) -> bool:
        """Whether it ends a block (``ret``, ``br``, ``switch``...)."""
        return self.opcode in TERMINATORS

    def insert_before(self, other: Instruction) -> None:
        """Insert this (detached) instruction right before ``other`` (see
        ``BasicBlock.insert`` for what is refused with ``InvalidEdit``)."""
        block = other.parent
        if block is None:
            from irpass.ir.rules import InvalidEdit

            raise InvalidEdit("cannot insert before an instruction that is in no block")
        block.insert(block.instructions.index(other), self)

    def insert_after(self, other: Instruction) -> None:
        """Insert this (detached) instruction right after ``other`` (not after a
        terminator: raises ``InvalidEdit``)."""
        block = other.parent
        if block is None:
            from irpass.ir.rules import InvalidEdit

            raise InvalidEdit("cannot insert after an instruction that is in no block")
        block.insert(block.instructions.index(other) + 1, self)

    def move_before(self, other: Instruction) -> None:
        """Move this instruction right before ``other``; refused (``InvalidEdit``, nothing
        moved) where it cannot go."""
        self._check_move(other, 0)
        self.detach()
        self.insert_before(other)

    def move_after(self, other: Instruction) -> None:
        """Move this instruction right after ``other`` (see ``move_before``)."""
        self._check_move(other, 1)
        self.detach()
        self.insert_after(other)

    def _check_move(self, other: Instruction, after: int) -> None:
        from irpass.ir.rules import InvalidEdit

        block = other.parent
        if block is None:
            raise InvalidEdit("cannot move next to an instruction that is in no block")
        if other is self:
            return
        if self.is_erased:
            raise InvalidEdit(f"cannot move {self!r}: it was erased")
        insts = [i for i in block.instructions if i is not self]
        block.check_insert(insts, insts.index(other) + after, self)
        there = block.parent
        if there is not None and there is not self.function:
            self.check_operands_in(there)
            for user, _ in self.uses:  # its users stay where they are
                from irpass.ir.values import check_home

                check_home(user, self, there)

    def check_operands_in(self, fn: Function) -> None:
        """Raise ``InvalidEdit`` if a local operand of this instruction (or of its debug
        records) is in a function other than ``fn``."""
        check_operands_in(self, fn)

    def detach(self) -> None:
        """Take the instruction out of its block, keeping its operands and uses."""
        block = self.parent
        if block is None:
            return
        i = block.instructions.index(self)
        del block.instructions[i]
        fn = block.parent
        if fn is not None:
            if self._uses:
                fn.detached.append(self)  # printing checks it comes back
            name = _NAME.__get__(self)
            names = fn._names
            from irpass.ir.function import note_edit

            note_edit(fn, layout=True)
            if names is not None and names[0] == fn.layout - 1:
                if name is not None:
                    names[1].discard(name)
                fn._names = (fn.layout, names[1])
        if self.debug_records:
            # Debug records describe program points: they stay where they were.
            if i < len(block.instructions):
                nxt = block.instructions[i]
                nxt.debug_records = [*self.debug_records, *nxt.debug_records]
            else:
                block.trailing_records.extend(self.debug_records)
            self.debug_records = []
        self.parent = None

    def erase(self) -> None:
        """Delete the instruction. Real uses must be gone (else ``InvalidEdit``, as LLVM's
        "Uses remain when a value is destroyed!"); debug uses become ``poison``. Erasing
        it again raises ``InvalidEdit``."""
        from irpass.ir.rules import InvalidEdit

        if self.operands is ERASED:
            raise InvalidEdit(f"cannot erase {self!r}: it was erased already")
        live = self.users
        if live:
            raise InvalidEdit(f"Uses remain when a value is destroyed!: cannot erase "
                              f"{self.opcode}: still used by {len(live)} user(s)")
        if self._uses:
            poison = Constant.literal(self.type, "poison", "c_poison")
            self.replace_all_uses_with(poison)
        self.detach()
        self.drop_operands()
        self.operands = ERASED  # type: ignore[assignment]

    # ---- operands by role -------------------------------------------------------------
    @property
    def successors(self) -> list[BasicBlock]:
        """The blocks a terminator may go to (its label operands)."""
        from irpass.ir.function import BasicBlock

        return [op for op in self.operands if isinstance(op, BasicBlock)]

    @property
    def pointer_operand(self) -> Value | None:
        """The address of a load, store, GEP, cmpxchg or atomicrmw."""
        if self.opcode in ("load", "getelementptr", "cmpxchg", "atomicrmw"):
            return self.operands[0]
        if self.opcode == "store":
            return self.operands[1]
        return None

    @property
    def value_operand(self) -> Value | None:
        """The stored value of a store."""
        return self.operands[0] if self.opcode == "store" else None

    @property
    def incoming(self) -> list[tuple[Value, BasicBlock]]:
        """Pairs (value, predecessor block) of a phi."""
        if self.opcode != "phi":
            return []
        ops = self.operands
        return [(ops[i], ops[i + 1]) for i in range(0, len(ops), 2)]  # type: ignore[misc]

    def clone(self) -> Instruction:
        """A copy in no block, without a name or debug records, with the same operands
        (``irpass.ir.copying.clone_instruction``)."""
        from irpass.ir.copying import clone_instruction

        return clone_instruction(self)

    # ---- flags and predicates ---------------------------------------------------------
    def _head(self) -> tuple[list[str], int]:
        """The words of the text before the first operand and where the flags start in it
        (after ``call`` for calls, after the opcode otherwise)."""
        if isinstance(self, CallInst):
            words = self.prefix.split()
            return words, words.index(self.opcode) + 1 if self.opcode in words else len(words)
        head = self.template[0] if self.template and self.template[0].__class__ is str else ""
        return head.split(" "), 1  # type: ignore[union-attr]

    @property
    def flags(self) -> frozenset[str]:
        """The flags written after the opcode: ``nuw``, ``nsw``, ``exact``, ``disjoint``,
        ``nneg``, ``samesign``, ``inbounds``, ``nusw`` and the fast-math flags."""
        from irpass.ir.rules import INSTRUCTION_FLAGS

        words, at = self._head()
        found = []
        for w in words[at:]:
            if w not in INSTRUCTION_FLAGS:
                break
            found.append(w)
        return frozenset(found)

    def set_flag(self, flag: str, on: bool = True) -> None:
        """Add or remove one flag (``InvalidEdit`` if the opcode does not take it)."""
        from irpass.ir.rules import FLAG_ORDER, InvalidEdit, flag_error

        message = flag_error(self.opcode, flag, self.type)
        if message is not None:
            raise InvalidEdit(message)
        words, at = self._head()
        n = at
        while n < len(words) and words[n] in FLAG_ORDER:
            n += 1
        have = set(words[at:n])
        if on:
            have.add(flag)
        else:
            have.discard(flag)
            if flag != "fast" and "fast" in have and flag in FLAG_ORDER[-8:-1]:
                have = (have - {"fast"}) | (set(FLAG_ORDER[-8:-1]) - {flag})
        words[at:n] = sorted(have, key=FLAG_ORDER.index)
        if isinstance(self, CallInst):
            self.prefix = " ".join(words) + " "
        else:
            self.template = [" ".join(words), *self.template[1:]]
        self.note_edit()

    def _flag(name: str):  # noqa: N805 - builds the properties below
        def get(self: Instruction) -> bool:
            return name in self.flags

        def put(self: Instruction, on: bool) -> None:
            self.set_flag(name, on)

        return property(get, put, doc=f"Whether the ``{name}`` flag is set (settable).")

    nuw = _flag("nuw")
    nsw = _flag("nsw")
    exact = _flag("exact")
    disjoint = _flag("disjoint")
    nneg = _flag("nneg")
    samesign = _flag("samesign")
    inbounds = _flag("inbounds")
    del _flag

    @property
    def fast_math_flags(self) -> frozenset[str]:
        """The fast-math flags (``nnan``, ``ninf``, ``nsz``, ``arcp``, ``contract``, ``afn``,
        ``reassoc``, or ``fast`` for all of them); assign a set to replace them."""
        from irpass.ir.rules import FAST_MATH_FLAGS

        return self.flags & FAST_MATH_FLAGS

    @fast_math_flags.setter
    def fast_math_flags(self, flags) -> None:
        for f in self.fast_math_flags:
            if f not in flags:
                self.set_flag(f, False)
        for f in flags:
            self.set_flag(f, True)

    @property
    def predicate(self) -> str | None:
        """The predicate of an ``icmp``/``fcmp`` (``slt``, ``oeq``...), else None;
        settable (``InvalidEdit`` for a predicate the comparison does not have)."""
        if self.opcode not in ("icmp", "fcmp"):
            return None
        words, at = self._head()
        flags = self.flags
        return next((w for w in words[at:] if w not in flags), None)

    @predicate.setter
    def predicate(self, pred: str) -> None:
        from irpass.ir.rules import check, cmp_error

        old = self.predicate
        if old is None:
            raise ValueError(f"{self.opcode} has no predicate")
        check(cmp_error(self.opcode, pred, self.operands[0].type), f"{self.opcode} {pred}")
        words, at = self._head()
        words[words.index(old, at)] = pred
        self.template = [" ".join(words), *self.template[1:]]
        self.note_edit()

    def render_body(self, namer: Namer | None = None) -> str:
        """The instruction text after ``%x = `` and before its metadata attachments
        (unnamed values numbered as in the function, unless ``namer`` says otherwise)."""
        return self.render(namer)

    def __repr__(self) -> str:
        name = f"%{self.name} = " if self.name else ""
        return f"<Instruction {name}{self.opcode}>"


class TypedInstruction(Instruction):
    """An instruction that names a type of its own besides its result
    (alloca's allocated type, load's, GEP's source element type)."""

    __slots__ = ("value_type",)

    def __init__(self, opcode: str, type: Type, value_type: Type,
                 template: list[str | int] | None = None,
                 operands: list[Value] | None = None, name: str | None = None) -> None:
        super().__init__(opcode, type, template, operands, name)
        self.value_type = value_type

    @property
    def allocated_type(self) -> Type:
        return self.value_type

    @property
    def source_element_type(self) -> Type:
        return self.value_type


@dataclass(slots=True)
class CallArg:
    """One argument of a call: its type as written, its attributes, and which operand it is."""

    type: Type
    type_text: str
    attrs: AttributeList
    index: int


class CallInst(Instruction):
    """``call``, ``invoke`` and ``callbr``.

    ``prefix`` is the text before the return attributes (``tail call fastcc ``),
    ``fn_type`` the type written before the callee (a return type, or a whole function type
    for varargs calls), ``suffix`` a template for what follows the arguments (operand bundles,
    ``to label %a unwind label %b``); ``forwards_varargs``: the arguments end with ``...``
    (a ``musttail`` call passing on its caller's variable arguments).
    """

    __slots__ = ("prefix", "ret_attrs", "fn_type_text", "fn_type", "args", "fn_attrs",
                 "suffix", "forwards_varargs")
    __match_args__ = ("called_function", "arg_values")

    def __init__(self, opcode: str, type: Type, prefix: str, fn_type_text: str, fn_type: Type,
                 callee: Value, name: str | None = None) -> None:
        super().__init__(opcode, type, None, [callee], name)
        self.prefix = prefix
        self.ret_attrs = AttributeList()
        self.fn_type_text = fn_type_text
        self.fn_type = fn_type
        self.args: list[CallArg] = []
        self.fn_attrs = AttributeList()
        self.suffix: list[str | int] = []
        # "..." after the arguments: a musttail call passing on its caller's varargs.
        self.forwards_varargs = False

    @property
    def callee(self) -> Value:
        """What is called: a function, or any pointer (settable)."""
        return self.operands[0]

    @callee.setter
    def callee(self, value: Value) -> None:
        self.set_operand(0, value)

    @property
    def arg_values(self) -> list[Value]:
        """The argument values, in order."""
        return [self.operands[a.index] for a in self.args]

    def arg(self, i: int) -> Value:
        """Argument ``i``'s value."""
        return self.operands[self.args[i].index]

    def add_arg(self, value: Value, attrs: list[str] | None = None,
                type_text: str | None = None, type: Type | None = None) -> CallArg:
        """Append an argument; ``type`` defaults to the value's (give it for a value whose
        definition has not been read yet)."""
        type = type or value.type
        arg = CallArg(type, type_text or str(type), AttributeList(attrs),
                      self.add_operand(value))
        self.args.append(arg)
        return arg

    def insert_arg(self, position: int, value: Value, attrs: list[str] | None = None,
                   type_text: str | None = None) -> CallArg:
        """Insert an argument before argument ``position`` (``len(args)``: append)."""
        from irpass.ir.callsite import insert_arg

        return insert_arg(self, position, value, attrs, type_text)

    def replace_arg(self, position: int, value: Value, attrs: list[str] | None = None,
                    type_text: str | None = None) -> CallArg:
        """Make argument ``position`` be ``value``, with attributes ``attrs``. Its type may
        differ from the old argument's only among the variable arguments of a varargs call
        (as an ``i32`` marker becomes ``metadata !"enzyme_dup"``); raises ``InvalidEdit``."""
        from irpass.ir.callsite import replace_arg

        return replace_arg(self, position, value, attrs, type_text)

    def set_called_function(self, callee: Value, args: list[Value] | None = None,
                            fn_type: Type | None = None,
                            arg_attrs: list[list[str]] | None = None) -> None:
        """Call ``callee`` instead (with ``fn_type``, by default a function's own type, and
        ``args`` if given), keeping the call's name, uses, ``tail``, attributes, bundles
        and metadata; checked first (``InvalidEdit``). See ``irpass.ir.callsite``."""
        from irpass.ir.callsite import set_called_function

        set_called_function(self, callee, args, fn_type, arg_attrs)  # type: ignore[arg-type]

    def mutate_function_type(self, fn_type: Type) -> None:
        """Give the call the function type ``fn_type``, callee and arguments unchanged
        (checked as ``set_called_function``)."""
        from irpass.ir.callsite import mutate_function_type

        mutate_function_type(self, fn_type)  # type: ignore[arg-type]

    @property
    def called_function(self) -> Function | None:
        """The function called, seen through casts and aliases; None for indirect calls."""
        from irpass.ir.module import strip_casts

        target = strip_casts(self.callee)
        from irpass.ir.function import Function

        return target if isinstance(target, Function) else None

    @property
    def unwind_dest(self) -> BasicBlock | None:
        """Where an ``invoke`` goes on an exception."""
        return self.successors[-1] if self.opcode == "invoke" else None

    def render_body(self, namer: Namer | None = None) -> str:
        ops = self.operands
        out = [self.prefix]
        if self.ret_attrs:
            out.append(str(self.ret_attrs) + " ")
        out.append(self.fn_type_text + " " + ops[0].ref(namer) + "(")
        args = []
        for a in self.args:
            attrs = f" {a.attrs}" if a.attrs else ""
            args.append(f"{a.type_text}{attrs} {ops[a.index].ref(namer)}")
        if self.forwards_varargs:
            args.append("...")
        out.append(", ".join(args) + ")")
        if self.fn_attrs:
            out.append(" " + str(self.fn_attrs))
        out.extend(p if isinstance(p, str) else ops[p].ref(namer) for p in self.suffix)
        return "".join(out)

    def render(self, namer: Namer | None = None) -> str:
        return self.render_body(namer)

    def __repr__(self) -> str:
        return f"<CallInst {self.opcode} {self.callee.ref(lambda v: '?')}>"


class DebugRecord(User):
    """``#dbg_value(...)``, ``#dbg_declare(...)``, ``#dbg_assign(...)``, ``#dbg_label(...)``.

    Records sit before the instruction they describe (``Instruction.debug_records``). Their
    arguments are metadata operands, so the values in them are debug uses, not real ones.
    """

    __slots__ = ("kind", "args", "owner")
    is_debug_use = True

    def __init__(self, kind: str, args: list[MetadataOperand]) -> None:
        from irpass.ir.types import VOID

        super().__init__(VOID, None, args)
        self.kind = kind
        self.args = args
        self.owner: Instruction | None = None

    def user_function(self) -> Function | None:
        owner = self.owner
        return owner.function_of() if owner is not None else None

    def note_edit(self) -> None:
        owner = self.owner
        if owner is not None:
            owner.note_edit()

    @property
    def value(self) -> Value | None:
        """The value described (first argument of value/declare/assign records)."""
        if self.kind == "label" or not self.operands:
            return None
        op = self.operands[0]
        return op.wrapped if isinstance(op, MetadataOperand) else op

    @property
    def variable(self) -> int | None:
        """The ``DILocalVariable`` (or ``DILabel``) node number."""
        index = 0 if self.kind == "label" else 1
        if len(self.operands) <= index:
            return None
        op = self.operands[index]
        return op.md_id if isinstance(op, MetadataOperand) else None

    def render(self, namer: Namer | None = None) -> str:
        return f"#dbg_{self.kind}(" + ", ".join(op.ref(namer) for op in self.operands) + ")"
