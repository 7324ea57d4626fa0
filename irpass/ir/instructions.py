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
        before = len(self.metadata)
        self.metadata = [(k, v) for k, v in self.metadata if k != kind]
        return len(self.metadata) != before

    # ---- placement --------------------------------------------------------------------
    @property
    def function(self) -> Function | None:
        return self.parent.parent if self.parent is not None else None

    @property
    def is_terminator(self) -> bool:
        return self.opcode in TERMINATORS

    def insert_before(self, other: Instruction) -> None:
        """Insert this (detached) instruction right before ``other``."""
        block = other.parent
        assert block is not None, "target instruction is not in a block"
        block.insert(block.instructions.index(other), self)

    def insert_after(self, other: Instruction) -> None:
        block = other.parent
        assert block is not None, "target instruction is not in a block"
        block.insert(block.instructions.index(other) + 1, self)

    def move_before(self, other: Instruction) -> None:
        self.detach()
        self.insert_before(other)

    def move_after(self, other: Instruction) -> None:
        self.detach()
        self.insert_after(other)

    def detach(self) -> None:
        """Take the instruction out of its block, keeping its operands and uses."""
        block = self.parent
        if block is None:
            return
        i = block.instructions.index(self)
        del block.instructions[i]
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
        """Delete the instruction. Real uses must be gone; debug uses become ``poison``."""
        live = self.users
        if live:
            raise ValueError(f"cannot erase {self.opcode}: still used by {len(live)} user(s)")
        if self.uses:
            poison = Constant.literal(self.type, "poison", "c_poison")
            self.replace_all_uses_with(poison)
        self.detach()
        self.drop_operands()

    # ---- operands by role -------------------------------------------------------------
    @property
    def successors(self) -> list[BasicBlock]:
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

    def render_body(self, namer: Namer | None = None) -> str:
        """The instruction text after ``%x = `` and before its metadata attachments."""
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
    ``to label %a unwind label %b``).
    """

    __slots__ = ("prefix", "ret_attrs", "fn_type_text", "fn_type", "args", "fn_attrs",
                 "suffix")

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

    @property
    def callee(self) -> Value:
        return self.operands[0]

    @callee.setter
    def callee(self, value: Value) -> None:
        self.set_operand(0, value)

    @property
    def arg_values(self) -> list[Value]:
        return [self.operands[a.index] for a in self.args]

    def arg(self, i: int) -> Value:
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

    @property
    def called_function(self) -> Function | None:
        """The function called, seen through casts and aliases; None for indirect calls."""
        from irpass.ir.module import strip_casts

        target = strip_casts(self.callee)
        from irpass.ir.function import Function

        return target if isinstance(target, Function) else None

    @property
    def unwind_dest(self) -> BasicBlock | None:
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
