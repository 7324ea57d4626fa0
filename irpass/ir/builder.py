"""Creating instructions, blocks and functions: ``IRBuilder``.

A builder has an insertion point (the end of a block, or before an instruction) and makes
instructions the way the reader makes them: a template of text pieces and operand indices, a
result type, and ``CallInst`` for calls. What it makes prints as LLVM's own syntax. Values it
creates without a name are numbered by the printer; a name that is already taken in the
function gets a number appended, as LLVM does.

    b = IRBuilder.at_end(block)
    s = b.binop("fadd", x, y, name="sum")
    b.ret(s)

For anything the typed methods do not cover, ``parse_instruction`` reads one instruction from
text, its ``%names`` bound to given values: ``b.parse_instruction("fadd fast double %a, %b",
a=x, b=y)``.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Iterable, Sequence

from irpass.ir import rules as R
from irpass.ir import types as T
from irpass.ir.attributes import AttributeList
from irpass.ir.function import BasicBlock, Function, new_argument
from irpass.ir.function import local_names as _local_names
from irpass.ir.instructions import CallInst, Instruction, TypedInstruction
from irpass.ir.module import GlobalVariable, Module
from irpass.ir.values import Constant, Value

# How Constant.kind is guessed from a literal's text (the grammar's rule names).
_WORD_KINDS = {"null": "c_null", "none": "c_none", "undef": "c_undef", "poison": "c_poison",
               "zeroinitializer": "c_zero", "true": "c_bool", "false": "c_bool"}


def constant(type: T.Type, text: str) -> Constant:
    """A literal constant: ``constant(I32, "42")``, ``constant(DOUBLE, "1.5")``,
    ``constant(PTR, "null")``. ``text`` is spelled as in LLVM IR."""
    kind = _WORD_KINDS.get(text)
    if kind is None:
        if text.lstrip("-+").isdigit():
            kind = "c_int"
        elif type.is_float or text[:1].isdigit() or text[:1] in ("-", "+", "."):
            kind = "c_float"
        else:
            kind = "c_literal"
    R.check(R.literal_error(kind, type), lambda: f"{type} {text}")
    return Constant.literal(type, text, kind)


def const_int(type: T.Type, value: int) -> Constant:
    """An integer constant (``i1``: ``true``/``false``). A value that does not fit in the
    type's width is truncated to it, as LLVM's ``ConstantInt::get`` truncates (and
    ``llvm-as`` reads ``i8 300`` as 44), and written as LLVM writes it, signed:
    ``const_int(I8, 300)`` is ``i8 44``, ``const_int(I8, 255)`` is ``i8 -1``."""
    if not isinstance(type, T.IntType):
        raise R.InvalidEdit(f"integer constant must have integer type: {type} {value}")
    bits = type.bits
    value = int(value) & ((1 << bits) - 1)
    if type == T.I1:
        return constant(type, "true" if value else "false")
    if value >> (bits - 1):
        value -= 1 << bits
    return constant(type, str(value))


def float_text(type: T.FloatType, value: float) -> str:
    """LLVM's spelling of a ``float`` or ``double`` constant: the shortest decimal that reads
    back as the same value, or the hexadecimal form for infinities and NaNs. A ``float``
    constant is first rounded to the nearest float, as C converts a double constant."""
    if not isinstance(type, T.FloatType):
        raise R.InvalidEdit(f"floating point constant invalid for type: {type} {value}")
    if type.kind not in ("double", "float"):
        raise ValueError(f"float constants of type {type} must be given as text")
    if type.kind == "float":
        value = struct.unpack("<f", struct.pack("<f", value))[0]
    if math.isfinite(value):
        text = repr(float(value))
        mantissa, e, exp = text.partition("e")
        if "." not in mantissa:  # LLVM's decimal form needs a point: 1.0e+16, not 1e+16
            text = mantissa + ".0" + e + exp
        return text
    bits = struct.unpack("<Q", struct.pack("<d", value))[0]  # LLVM writes floats as doubles
    return f"0x{bits:016X}"


def const_float(type: T.FloatType, value: float) -> Constant:
    return constant(type, float_text(type, value))


def local_names(fn: Function) -> set[str]:
    """Names already used by the arguments, blocks and instructions of ``fn`` (a copy of
    what the function keeps: ``irpass.ir.function.local_names``)."""
    return set(_local_names(fn))


def unique_name(name: str, used: set[str]) -> str:
    """``name``, or ``name`` with the first free number appended. (Locals are made unique by
    the function, with LLVM's rule: see ``irpass.ir.function.claim_name``.)"""
    if name not in used:
        return name
    n = 1
    while f"{name}{n}" in used:
        n += 1
    return f"{name}{n}"


def _check_name(name: str | None) -> None:
    # "" is LLVM's "no name" (use None); a name of digits is fine, printed %"7".
    if name == "":
        raise ValueError("'' is not a usable name (use None for a numbered value)")


def add_function(module: Module, name: str, ftype: T.FunctionType,
                 arg_names: Sequence[str | None] = (), linkage: Sequence[str] = (),
                 fn_attrs: Iterable[str] = ()) -> Function:
    """A new function in ``module`` (a declaration until a block is added to it)."""
    _check_name(name)
    if name in module.globals:
        raise R.InvalidEdit(f"invalid redefinition of function '{name}'")
    fn = Function(name, ftype, module)
    fn.pre_attrs = list(linkage)
    fn.fn_attrs = AttributeList(list(fn_attrs))
    names = list(arg_names) + [None] * (len(ftype.params) - len(arg_names))
    if len(names) != len(ftype.params):
        raise ValueError("more argument names than parameters")
    for ptype, pname in zip(ftype.params, names):
        _check_name(pname)
        fn.args.append(new_argument(fn, ptype, pname))
    module.add(fn)
    return fn


def add_global(module: Module, name: str | None, value_type: T.Type,
               initializer: Value | None = None, constant: bool = False,
               linkage: Sequence[str] = (), align: int | None = None) -> GlobalVariable:
    """A new global variable ``@name = <linkage> global|constant <value_type> <initializer>``
    (a declaration, ``external global``, without an initializer), after the last one. Its
    value is a ``ptr`` to the memory; ``initializer`` must have ``value_type``."""
    _check_name(name)
    if name is not None and name in module.globals:
        raise R.InvalidEdit(f"redefinition of global '@{name}'")
    if initializer is not None:
        _expect(initializer, value_type)
    g = GlobalVariable(name, value_type, "constant" if constant else "global")
    g.pre_attrs = list(linkage) or ([] if initializer is not None else ["external"])
    if initializer is not None:
        g.initializer = initializer
    if align is not None:
        g.tail = f", align {align}"
    module.add(g)
    return g


def add_block(fn: Function, name: str | None = None,
              after: BasicBlock | None = None) -> BasicBlock:
    """A new block in ``fn`` (at the end, or after ``after``), its name made unique."""
    _check_name(name)
    return fn.add_block(name, after)


def add_incoming(phi: Instruction, value: Value, block: BasicBlock) -> None:
    """Add a ``[ value, %block ]`` pair to a phi."""
    if phi.opcode != "phi":
        raise ValueError(f"add_incoming on {phi.opcode}")
    _expect(value, phi.type)
    if not isinstance(block, BasicBlock):
        raise R.InvalidEdit(f"'{R.spell(block)}' is not a basic block")
    sep = ", " if phi.operands else " "
    phi.template.extend([sep + "[ ", phi.add_operand(value), ", ",
                         phi.add_operand(block), " ]"])


class IRBuilder:
    """Makes instructions and inserts them at its insertion point.

    ``debug_loc`` is the current debug location (``!12`` or an inline ``!DILocation(...)``):
    every new instruction without one gets ``!dbg`` with it, as LLVM's builder attaches its
    current location (LLVM rejects a call to a function with a body, in a function with
    debug information, that has none). As LLVM's ``SetInsertPoint`` does, positioning
    before an instruction takes that instruction's location; positioning at the end of a
    block takes the location of its last instruction, if it has one, and otherwise keeps
    the current one. A ``debug_loc`` given to the constructor wins over the default."""

    def __init__(self, block: BasicBlock | None = None, before: Instruction | None = None,
                 debug_loc: str | None = None) -> None:
        self.block = block
        self.before: Instruction | None = None
        self.debug_loc: str | None = None
        if before is not None:
            self.position_before(before)
        elif block is not None:
            self.position_at_end(block)
        if debug_loc is not None:
            self.debug_loc = debug_loc

    # ---- insertion point --------------------------------------------------------------
    @classmethod
    def at_end(cls, block: BasicBlock, debug_loc: str | None = None) -> IRBuilder:
        """A builder that appends to ``block``."""
        return cls(block, debug_loc=debug_loc)

    @classmethod
    def at(cls, inst: Instruction, debug_loc: str | None = None) -> IRBuilder:
        """A builder that inserts before ``inst`` (with ``inst``'s debug location)."""
        return cls(before=inst, debug_loc=debug_loc)

    def position_at_end(self, block: BasicBlock) -> None:
        """Insert at the end of ``block`` from now on (the debug location: that of the
        block's last instruction, if it has one; else it stays as it is)."""
        self.block, self.before = block, None
        if block.instructions:
            loc = block.instructions[-1].get_metadata("dbg")
            if loc is not None:
                self.debug_loc = loc

    def position_before(self, inst: Instruction) -> None:
        """Insert right before ``inst`` from now on, with ``inst``'s debug location (none if
        it has none), as LLVM's ``SetInsertPoint(I)``."""
        if inst.parent is None:
            raise R.InvalidEdit("cannot insert before an instruction that is in no block")
        self.block, self.before = inst.parent, inst
        self.debug_loc = inst.get_metadata("dbg")

    def position_after(self, inst: Instruction) -> None:
        """Insert right after ``inst`` from now on."""
        block = inst.parent
        if block is None:
            raise R.InvalidEdit("cannot insert after an instruction that is in no block")
        i = block.instructions.index(inst)
        if i + 1 < len(block.instructions):
            self.position_before(block.instructions[i + 1])
        else:
            self.position_at_end(block)

    @property
    def function(self) -> Function | None:
        """The function of the insertion point."""
        return self.block.parent if self.block is not None else None

    def insert(self, inst: Instruction, name: str | None = None) -> Instruction:
        """Insert ``inst`` (detached) at the insertion point, naming it ``name`` (made
        unique in the function) when it has a result."""
        if self.block is None:
            raise ValueError("the builder has no insertion point")
        _check_name(name)
        if name is not None and not inst.type.is_void:
            inst.name = name  # placing it makes it unique in the function
        if self.before is not None:
            inst.insert_before(self.before)
        else:
            self.block.append(inst)
        if self.debug_loc is not None and inst.get_metadata("dbg") is None:
            inst.set_metadata("dbg", self.debug_loc)
        return inst

    def _make(self, opcode: str, type: T.Type, template: list[str | int],
              operands: list[Value], name: str | None, value_type: T.Type | None = None
              ) -> Instruction:
        if value_type is not None:
            inst: Instruction = TypedInstruction(opcode, type, value_type, template, operands)
        else:
            inst = Instruction(opcode, type, template, operands)
        return self.insert(inst, name)

    # ---- constants --------------------------------------------------------------------
    constant = staticmethod(constant)
    const_int = staticmethod(const_int)
    const_float = staticmethod(const_float)

    # ---- arithmetic -------------------------------------------------------------------
    def binop(self, op: str, a: Value, b: Value, name: str | None = None,
              flags: Sequence[str] = ()) -> Instruction:
        """``add``, ``fmul``, ... with optional flags (``nsw``, ``fast``)."""
        R.check(R.binop_error(op, a.type), lambda: f"{op} {a.type} {R.spell(a)}")
        _expect(b, a.type)
        head = " ".join([op, *flags, str(a.type)]) + " "
        return self._make(op, a.type, [head, 0, ", ", 1], [a, b], name)

    def fneg(self, v: Value, name: str | None = None, flags: Sequence[str] = ()
             ) -> Instruction:
        """``fneg`` of a floating-point value."""
        R.check(R.fneg_error(v.type), lambda: f"fneg {v.type} {R.spell(v)}")
        head = " ".join(["fneg", *flags, str(v.type)]) + " "
        return self._make("fneg", v.type, [head, 0], [v], name)

    def icmp(self, pred: str, a: Value, b: Value, name: str | None = None) -> Instruction:
        """``icmp pred`` (``eq``, ``slt``...) of two integers or pointers; an ``i1``."""
        return self._cmp("icmp", pred, a, b, name)

    def fcmp(self, pred: str, a: Value, b: Value, name: str | None = None,
             flags: Sequence[str] = ()) -> Instruction:
        """``fcmp pred`` (``olt``, ``une``...) of two floating-point values; an ``i1``."""
        return self._cmp("fcmp", pred, a, b, name, flags)

    def _cmp(self, op: str, pred: str, a: Value, b: Value, name: str | None,
             flags: Sequence[str] = ()) -> Instruction:
        R.check(R.cmp_error(op, pred, a.type), lambda: f"{op} {pred} {a.type} {R.spell(a)}")
        _expect(b, a.type)
        t = a.type
        rtype: T.Type = (T.VectorType(t.count, T.I1, t.scalable) if isinstance(t, T.VectorType)
                         else T.I1)
        head = " ".join([op, *flags, pred, str(t)]) + " "
        return self._make(op, rtype, [head, 0, ", ", 1], [a, b], name)

    def cast(self, op: str, v: Value, type: T.Type, name: str | None = None) -> Instruction:
        """``sitofp``, ``bitcast``, ``zext``, ... of ``v`` to ``type``."""
        R.check(R.cast_error(op, v.type, type), lambda: f"{op} {v.type} {R.spell(v)} to {type}")
        return self._make(op, type, [f"{op} {v.type} ", 0, f" to {type}"], [v], name)

    def select(self, cond: Value, a: Value, b: Value, name: str | None = None) -> Instruction:
        """``select``: ``a`` if ``cond`` (an ``i1``) else ``b``."""
        R.check(R.select_error(cond.type, a.type, b.type),
                lambda: f"select {cond.type} {R.spell(cond)}, {a.type} {R.spell(a)}, "
                f"{b.type} {R.spell(b)}")
        return self._make("select", a.type, [f"select {cond.type} ", 0, f", {a.type} ", 1,
                                              f", {b.type} ", 2], [cond, a, b], name)

    def freeze(self, v: Value, name: str | None = None) -> Instruction:
        """``freeze`` (stops ``undef``/``poison``)."""
        return self._make("freeze", v.type, [f"freeze {v.type} ", 0], [v], name)

    # ---- memory -----------------------------------------------------------------------
    def alloca(self, type: T.Type, name: str | None = None, align: int | None = None,
               count: Value | None = None) -> Instruction:
        """Stack memory for a ``type`` (``count`` of them); a ``ptr``."""
        template: list[str | int] = [f"alloca {type}"]
        operands = []
        if count is not None:
            template += [f", {count.type} ", 0]
            operands.append(count)
        if align is not None:
            template.append(f", align {align}")
        return self._make("alloca", T.PTR, template, operands, name, type)

    def load(self, type: T.Type, ptr: Value, name: str | None = None,
             align: int | None = None, volatile: bool = False) -> Instruction:
        """Load a ``type`` from ``ptr``."""
        R.check(R.load_error(ptr.type), lambda: f"load {type}, {ptr.type} {R.spell(ptr)}")
        head = "load volatile " if volatile else "load "
        template: list[str | int] = [f"{head}{type}, {ptr.type} ", 0]
        if align is not None:
            template.append(f", align {align}")
        return self._make("load", type, template, [ptr], name, type)

    def store(self, v: Value, ptr: Value, align: int | None = None,
              volatile: bool = False) -> Instruction:
        """Store ``v`` at ``ptr`` (value first, as LLVM writes it)."""
        R.check(R.store_error(ptr.type),
                lambda: f"store {v.type} {R.spell(v)}, {ptr.type} {R.spell(ptr)}")
        head = "store volatile " if volatile else "store "
        template: list[str | int] = [f"{head}{v.type} ", 0, f", {ptr.type} ", 1]
        if align is not None:
            template.append(f", align {align}")
        return self._make("store", T.VOID, template, [v, ptr], None)

    def gep(self, type: T.Type, ptr: Value, indices: Sequence[Value],
            name: str | None = None, inbounds: bool = True) -> Instruction:
        """``getelementptr [inbounds] type, ptr %p, <indices>``; indices are values
        (``const_int(I64, 0)`` for constants)."""
        R.check(R.gep_error(ptr.type), lambda: f"getelementptr {type}, {ptr.type} {R.spell(ptr)}")
        for index in indices:
            if not R.is_int(index.type):
                raise R.InvalidEdit(f"getelementptr index must be an integer: {index.type} "
                                    f"{R.spell(index)}")
        head = "getelementptr inbounds " if inbounds else "getelementptr "
        template: list[str | int] = [f"{head}{type}, {ptr.type} ", 0]
        for i, index in enumerate(indices, start=1):
            template += [f", {index.type} ", i]
        rtype = ptr.type
        for index in (ptr, *indices):  # a vector of indices makes a vector of pointers
            if isinstance(index.type, T.VectorType):
                base = ptr.type.element if isinstance(ptr.type, T.VectorType) else ptr.type
                rtype = T.VectorType(index.type.count, base, index.type.scalable)
                break
        return self._make("getelementptr", rtype, template, [ptr, *indices], name, type)

    def extractvalue(self, agg: Value, indices: Sequence[int], element_type: T.Type,
                     name: str | None = None) -> Instruction:
        """``extractvalue``; ``element_type`` is the type of the element taken (named structs
        would need the module to work it out)."""
        text = "".join(f", {i}" for i in indices)
        return self._make("extractvalue", element_type, [f"extractvalue {agg.type} ", 0, text],
                          [agg], name)

    def insertvalue(self, agg: Value, v: Value, indices: Sequence[int],
                    name: str | None = None) -> Instruction:
        """``insertvalue``: ``agg`` with ``v`` at ``indices``."""
        text = "".join(f", {i}" for i in indices)
        return self._make("insertvalue", agg.type, [f"insertvalue {agg.type} ", 0,
                                                     f", {v.type} ", 1, text], [agg, v], name)

    # ---- calls ------------------------------------------------------------------------
    def call(self, callee: Value, args: Sequence[Value], fn_type: T.FunctionType | None = None,
             name: str | None = None, arg_attrs: Sequence[Sequence[str]] | None = None,
             tail: str = "") -> CallInst:
        """``call`` of a ``Function`` (its type is used) or of any pointer with ``fn_type``.
        ``arg_attrs`` gives each argument's attributes; ``tail`` is ``tail``/``musttail``."""
        if fn_type is None:
            if not isinstance(callee, Function):
                raise ValueError("an indirect call needs fn_type")
            fn_type = callee.ftype
        n = len(fn_type.params)
        for i, msg in R.call_errors(fn_type, [a.type for a in args]):
            got = f"{args[i].type} {R.spell(args[i])}" if i < len(args) else "none"
            raise R.InvalidEdit(f"{msg}: argument {i} of a call of "
                                f"{R.spell(callee)} ({fn_type}) is {got}")
        # LLVM writes the whole function type only for varargs calls; else the return type.
        type_text = str(fn_type) if fn_type.varargs else str(fn_type.ret)
        prefix = f"{tail} call " if tail else "call "
        inst = CallInst("call", fn_type.ret, prefix, type_text, fn_type, callee)
        for i, value in enumerate(args):
            ptype = fn_type.params[i] if i < n else value.type
            attrs = list(arg_attrs[i]) if arg_attrs is not None and i < len(arg_attrs) else []
            inst.add_arg(value, attrs, str(ptype))
        self.insert(inst, name)
        return inst

    # ---- control flow -----------------------------------------------------------------
    def ret(self, v: Value | None = None) -> Instruction:
        fn = self.function
        if fn is not None:
            R.check(R.return_error(None if v is None else v.type, fn.return_type),
                    lambda: f"ret {v.type} {R.spell(v)} in {R.spell(fn)}" if v is not None
                    else f"ret void in {R.spell(fn)}")
        if v is None:
            return self._make("ret", T.VOID, ["ret void"], [], None)
        return self._make("ret", T.VOID, [f"ret {v.type} ", 0], [v], None)

    def br(self, dest: BasicBlock) -> Instruction:
        """``br label %dest`` (a block of the same function)."""
        self._check_dest(dest)
        return self._make("br", T.VOID, ["br label ", 0], [dest], None)

    def cond_br(self, cond: Value, then: BasicBlock, otherwise: BasicBlock) -> Instruction:
        """``br i1 %cond, label %then, label %otherwise``."""
        R.check(R.branch_error(cond.type), lambda: f"br {cond.type} {R.spell(cond)}")
        self._check_dest(then)
        self._check_dest(otherwise)
        return self._make("br", T.VOID, [f"br {cond.type} ", 0, ", label ", 1, ", label ", 2],
                          [cond, then, otherwise], None)

    def _check_dest(self, dest: Value) -> None:
        if not isinstance(dest, BasicBlock):
            raise R.InvalidEdit(f"'{R.spell(dest)}' is not a basic block")
        if dest.parent is None or dest.parent is not self.function:
            raise R.InvalidEdit(f"Referring to a basic block in another function!: "
                                f"{R.spell(dest)} is not a block of {R.spell(self.function)}")

    def unreachable(self) -> Instruction:
        """``unreachable``."""
        return self._make("unreachable", T.VOID, ["unreachable"], [], None)

    def phi(self, type: T.Type, incoming: Sequence[tuple[Value, BasicBlock]] = (),
            name: str | None = None) -> Instruction:
        """A phi; more pairs can be added later with ``add_incoming`` (for loops)."""
        inst = Instruction("phi", type, [f"phi {type}"], [])
        for value, block in incoming:
            add_incoming(inst, value, block)
        return self.insert(inst, name)

    # ---- anything else, from text -----------------------------------------------------
    def parse_instruction(self, text: str, name: str | None = None,
                          values: dict[str, Value] | None = None, **named: Value
                          ) -> Instruction:
        """Read one instruction from ``text`` and insert it. ``%x`` in the text is the value
        given as ``x=...`` (or ``values["x"]``, for names that are not Python identifiers);
        ``@g`` is the module's global. The types written must be the values' types.
        A ``%r = `` in the text names the result (as ``name`` does)."""
        fn = self.function
        if fn is None or fn.module is None:
            raise ValueError("parse_instruction needs a builder inside a function of a module")
        scope = dict(values or {})
        scope.update(named)
        inst = parse_instruction(text, fn.module, scope, fn)
        given = inst.name
        inst.name = None
        return self.insert(inst, name if name is not None else given)


def parse_instruction(text: str, module: Module, scope: dict[str, Value],
                      function: Function | None = None) -> Instruction:
    """One instruction read from ``text`` by the module's reader (``Module.reader``, given
    by ``irpass.parse`` and ``irpass.new_module``), not inserted anywhere; ``scope`` maps
    local names (without ``%``) to values; ``function`` is where it goes (what ``ret`` must
    return). Raises ``IRError`` when the text does not read or breaks a typing rule."""
    if module.reader is None:
        raise ValueError("this module has no reader to read text with: make it with "
                         "irpass.new_module() or irpass.parse()")
    return module.reader.instruction(text, module, scope, function)


def _expect(value: Value, want: T.Type) -> None:
    """``value`` goes where an operand of type ``want`` is written."""
    if not R.same_type(value.type, want):
        raise R.InvalidEdit(R.mismatch(R.spell(value), value.type, want))
