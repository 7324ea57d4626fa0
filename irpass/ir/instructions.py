"""Instructions, calls and debug records.

An ``Instruction`` prints from its template (see ``values``); the opcode-specific accessors
below name its operands. Calls are kept in parts (callee, arguments with their attributes,
function attributes) because passes edit those parts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from irpass.ir.attributes import AttributeList
from irpass.ir.types import Type
from irpass.ir.values import Constant, MetadataOperand, Namer, User, Value

if TYPE_CHECKING:
    from irpass.ir.function import BasicBlock, Function

TERMINATORS = frozenset({"ret", "br", "switch", "indirectbr", "invoke", "resume", "unreachable",
                         "cleanupret", "catchret", "catchswitch", "callbr"})
CALLS = frozenset({"call", "invoke", "callbr"})
# Instructions that have no effect beyond their result (candidates for dead code removal).
SIDE_EFFECT_FREE = frozenset({
    "add", "sub", "mul", "shl", "lshr", "ashr", "and", "or", "xor", "udiv", "sdiv", "urem",
    "srem", "fadd", "fsub", "fmul", "fdiv", "frem", "fneg", "icmp", "fcmp", "trunc", "zext",
    "sext", "fptrunc", "fpext", "fptoui", "fptosi", "uitofp", "sitofp", "ptrtoint", "ptrtoaddr",
    "inttoptr", "bitcast", "addrspacecast", "getelementptr", "alloca", "phi", "select", "freeze",
    "extractelement", "insertelement", "shufflevector", "extractvalue", "insertvalue",
})


# The ``debug_records`` of an instruction that has none: one shared empty tuple rather than
# an empty list per instruction (56 bytes each). Give an instruction records by assigning
# a list (``inst.debug_records = [...]``), as the reader and the passes do.
NO_RECORDS: tuple = ()


class Instruction(User):
    """One instruction. ``opcode`` is LLVM's (``add``, ``load``, ``call``...)."""

    __slots__ = ("opcode", "parent", "metadata", "debug_records", "pos")

    def __init__(self, opcode: str, type: Type, template: list[str | int] | None = None,
                 operands: list[Value] | None = None, name: str | None = None) -> None:
        super().__init__(type, template, operands, name)
        self.opcode = opcode
        self.parent: BasicBlock | None = None
        self.metadata: list[tuple[str, str]] = []
        self.debug_records: list[DebugRecord] = NO_RECORDS  # type: ignore[assignment]
        self.pos: int | None = None  # offset of the opcode in the source text, if read

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
                return
        self.metadata.append((kind, text))

    def remove_metadata(self, kind: str) -> bool:
        """Drop the ``!kind`` attachment; whether there was one."""
        before = len(self.metadata)
        self.metadata = [(k, v) for k, v in self.metadata if k != kind]
        return len(self.metadata) != before

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
        """Insert this (detached) instruction right before ``other``."""
        block = other.parent
        if block is None:
            raise ValueError("cannot insert before an instruction that is in no block")
        block.insert(block.instructions.index(other), self)

    def insert_after(self, other: Instruction) -> None:
        """Insert this (detached) instruction right after ``other`` (not after a
        terminator: raises ``InvalidEdit``)."""
        block = other.parent
        if block is None:
            raise ValueError("cannot insert after an instruction that is in no block")
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
        block = other.parent
        if block is None:
            raise ValueError("cannot move next to an instruction that is in no block")
        if other is self:
            return
        insts = [i for i in block.instructions if i is not self]
        block.check_insert(insts, insts.index(other) + after, self)

    def detach(self) -> None:
        """Take the instruction out of its block, keeping its operands and uses."""
        block = self.parent
        if block is None:
            return
        i = block.instructions.index(self)
        del block.instructions[i]
        if self._uses is not None and block.parent is not None:
            block.parent.detached.append(self)  # printing checks it comes back
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
        "Uses remain when a value is destroyed!"); debug uses become ``poison``."""
        live = self.users
        if live:
            from irpass.ir.rules import InvalidEdit

            raise InvalidEdit(f"Uses remain when a value is destroyed!: cannot erase "
                              f"{self.opcode}: still used by {len(live)} user(s)")
        if self.uses:
            poison = Constant.literal(self.type, "poison", "c_poison")
            self.replace_all_uses_with(poison)
        self.detach()
        self.drop_operands()

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
        (``irpass.ir.cloning.clone_instruction``)."""
        from irpass.ir.cloning import clone_instruction

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
        if position >= len(self.args):
            return self.add_arg(value, attrs, type_text)
        at = self.args[position].index
        # Operands from ``at`` on move up one place; their use records follow them.
        for i in range(len(self.operands) - 1, at - 1, -1):
            op = self.operands[i]
            op.uses.remove((self, i))
            op.uses.append((self, i + 1))
        self.operands.insert(at, value)
        value.uses.append((self, at))
        for a in self.args:
            if a.index >= at:
                a.index += 1
        self.suffix = [p + 1 if isinstance(p, int) and p >= at else p for p in self.suffix]
        arg = CallArg(value.type, type_text or str(value.type), AttributeList(attrs), at)
        self.args.insert(position, arg)
        return arg

    def replace_arg(self, position: int, value: Value, attrs: list[str] | None = None,
                    type_text: str | None = None) -> CallArg:
        """Make argument ``position`` be ``value``, with attributes ``attrs``. Its type may
        differ from the old argument's only among the variable arguments of a varargs call
        (as an ``i32`` marker becomes ``metadata !"enzyme_dup"``); raises ``InvalidEdit``."""
        from irpass.ir.rules import InvalidEdit, mismatch, same_type, spell
        from irpass.ir.types import FunctionType

        arg = self.args[position]
        ftype = self.fn_type if isinstance(self.fn_type, FunctionType) else None
        fixed = len(ftype.params) if ftype is not None and ftype.varargs else len(self.args)
        if position < fixed and not same_type(arg.type, value.type):
            raise InvalidEdit(mismatch(spell(value), value.type, arg.type))
        old = self.operands[arg.index]
        old.uses.remove((self, arg.index))
        self.operands[arg.index] = value
        value.uses.append((self, arg.index))
        arg.type, arg.type_text = value.type, type_text or str(value.type)
        arg.attrs = AttributeList(attrs)
        return arg

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
