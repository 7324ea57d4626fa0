"""The model as LLVM text (LLVM's AsmWriter, which is also part of its IR library).

Unnamed values are numbered as LLVM numbers them (globals in file order; in a function,
arguments, then blocks and value-producing instructions in order), so inserting or erasing
instructions renumbers what follows, as LLVM's own printer would.

``print_module`` prints a module, ``str(value)`` one value (``irpass.ir.values``). A body
still kept as text (``Function.lazy_body``, given by the reader) prints itself: the writer
only tells it how the globals it names are spelled now (``LazyBody.text_with``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from irpass.ir.errors import Error
from irpass.ir.function import BasicBlock, Function
from irpass.ir.instructions import Instruction
from irpass.ir.metadata import MDNode, MetadataRun, NamedMetadata
from irpass.ir.module import (
    AttributeGroup,
    GlobalAlias,
    GlobalVariable,
    Module,
    TextEntity,
    TypeDef,
)
from irpass.ir.names import escape, format_name
from irpass.ir.values import Argument, Constant, Value


def _attachments(md: list[tuple[str, str]], lead: str = ", ") -> str:
    return "".join(f"{lead}!{format_md_kind(k)} {v}" for k, v in md)


_MD_NAME = re.compile(r"[-a-zA-Z$._][-a-zA-Z$._0-9]*\Z")


def format_md_kind(kind: str) -> str:
    """A metadata name (``!dbg``, ``!llvm.module.flags``) as LLVM prints it: characters other
    than letters, digits and ``-$._`` (and a leading digit) as ``\\XX`` escapes of their
    bytes (the reader's ``unescape`` made a character of each escaped byte)."""
    if _MD_NAME.match(kind):
        return kind
    out = []
    for i, c in enumerate(kind):
        code = ord(c)
        if code < 0x80 and (c.isalpha() or c in "-$._" or (i and c.isdigit())):
            out.append(c)
        elif code <= 0xFF:  # a byte, as the reader's unescape made it
            out.append(f"\\{code:02X}")
        else:
            out.extend(f"\\{b:02X}" for b in c.encode("utf-8", "surrogateescape"))
    return "".join(out)


class Printer:
    """Prints one module; ``print_function`` prints a single function.

    ``bodies``: print only these functions' bodies (ids), the others as declarations, no
    module-level ``uselistorder`` (whose counts would be wrong) and no numbered metadata
    (the caller adds what is needed): a smaller module for LLVM's verifier to check what
    changed (``irpass.passes.verification``).
    """

    def __init__(self, module: Module, bodies: set[int] | None = None) -> None:
        self.module = module
        self.bodies = bodies
        self._rewrites: dict[int, dict[str, str | None]] = {}  # per LazyState
        self._global_numbers: dict[int, str] | None = None

    @property
    def global_numbers(self) -> dict[int, str]:
        """The numbers of unnamed globals (``@0``...), worked out when first asked: most
        references name named globals, and naming one value should not walk the module."""
        numbers = self._global_numbers
        if numbers is None:
            numbers = self._global_numbers = {}
            n = 0
            for e in self.module.entities:
                if isinstance(e, (GlobalVariable, GlobalAlias, Function)) and e.name is None:
                    numbers[id(e)] = f"@{n}"
                    n += 1
        return numbers

    def global_namer(self, value: Value) -> str:
        try:
            return self.global_numbers[id(value)]
        except KeyError:
            raise ValueError(f"{value!r} is not in the module being printed (removed while "
                             "still used?)") from None

    # ---- module -------------------------------------------------------------------------
    def module_text(self) -> str:
        return "".join(self.lines())

    def lines(self) -> Iterable[str]:
        prev = None
        slim = self.bodies is not None
        for e in self.module.entities:
            kind = MDNode if type(e) is MetadataRun else type(e)
            if slim and kind is MDNode:
                continue
            if isinstance(e, Function):
                if prev is not None:
                    yield "\n"
            elif prev is not None and kind is not prev and prev is not Function:
                yield "\n"
            yield self.entity(e)
            prev = kind

    def entity(self, e) -> str:
        if isinstance(e, Function):
            return self.function(e)
        if isinstance(e, GlobalVariable):
            return self.global_variable(e)
        if isinstance(e, GlobalAlias):
            return self.alias(e)
        if isinstance(e, TextEntity):
            if self.bodies is not None and e.kind.startswith("uselistorder"):
                return ""
            return e.render(self.global_namer) + "\n"
        if isinstance(e, TypeDef):
            if e.text is not None:
                return e.text + "\n"
            body = "opaque" if e.body is None else str(e.body)
            return f"{format_name('%', e.name)} = type {body}\n"
        if isinstance(e, AttributeGroup):
            return f"attributes #{e.id} = {{ {e.attrs} }}\n"
        if isinstance(e, NamedMetadata):
            ops = ", ".join(f"!{i}" if isinstance(i, int) else i.body() for i in e.operands)
            return f"!{format_md_kind(e.name)} = !{{{ops}}}\n"
        if isinstance(e, MDNode):
            return f"!{e.id} = {e.body()}\n"
        if isinstance(e, MetadataRun):
            return self.module.metadata.run_text(e)
        raise TypeError(f"cannot print {e!r}")

    def global_variable(self, g: GlobalVariable) -> str:
        words = [g.ref(self.global_namer), "="] + g.pre_attrs + [g.kind, g.value_type_text]
        if g.init.operands:
            words.append(g.init.operands[0].ref(self.global_namer))
        return " ".join(words) + g.tail + _attachments(g.metadata) + "\n"

    def alias(self, a: GlobalAlias) -> str:
        words = [a.ref(self.global_namer), "="] + a.pre_attrs + [a.kind, a.value_type_text]
        return (" ".join(words) + ", " + a.target.render(self.global_namer) + a.tail
                + _attachments(a.metadata) + "\n")

    # ---- functions ----------------------------------------------------------------------
    def function(self, fn: Function) -> str:
        if self.bodies is not None and id(fn) not in self.bodies and (
                fn.lazy_body is not None or fn.blocks):
            return self.declaration(fn)
        lazy = fn.lazy_body
        if lazy is not None and lazy.arg_names != tuple(a.name for a in fn.args):
            fn.materialize()  # the body names arguments that have been renamed
            lazy = None
        namer = LocalNamer(self, fn, lazy is None)
        if lazy is None and fn.is_declaration and not fn.blocks:
            head = ["declare" + _attachments(fn.metadata, " ")]
        else:
            head = ["define"]
        head += fn.pre_attrs
        if fn.ret_attrs:
            head.append(str(fn.ret_attrs))
        head.append(fn.ret_type_text)
        params = []
        for arg in fn.args:
            text = str(arg.type)
            if arg.attrs:
                text += " " + str(arg.attrs)
            if not fn.is_declaration or arg.name is not None:
                text += " " + arg.ref(namer)
            params.append(text)
        if fn.varargs:
            params.append("...")
        sig = f"{fn.ref(self.global_namer)}({', '.join(params)})"
        head.append(sig)
        if fn.fn_attrs:
            head.append(str(fn.fn_attrs))
        line = " ".join(head) + fn.tail.render(self.global_namer)
        if lazy is not None:  # never parsed: the body as it came in
            body = lazy.text_with(self.rewrites(lazy.state))
            return (line + _attachments(fn.metadata, " ") + " " + body
                    + ("" if body.endswith("\n") else "\n"))
        if fn.is_declaration and not fn.blocks:
            return line + "\n"
        if fn.detached:
            self.check_detached(fn)
        out = [line + _attachments(fn.metadata, " ") + " {\n"]
        for i, block in enumerate(fn.blocks):
            if i > 0:
                out.append("\n")
            self.block(block, namer, out, label=i > 0 or block.name is not None)
        for u in fn.uselistorders:
            out.append("  " + u.render(namer) + "\n")
        out.append("}\n")
        return "".join(out)

    def declaration(self, fn: Function) -> str:
        """``fn`` as a declaration: no body, no linkage (a declaration takes none), no
        section, comdat, personality or metadata; its type and attributes as they are."""
        words = ["declare", *(w for w in fn.pre_attrs if w not in _DEFINITION_ONLY)]
        if fn.ret_attrs:
            words.append(str(fn.ret_attrs))
        words.append(fn.ret_type_text)
        params = [str(a.type) + (" " + str(a.attrs) if a.attrs else "") for a in fn.args]
        if fn.varargs:
            params.append("...")
        words.append(f"{fn.ref(self.global_namer)}({', '.join(params)})")
        if fn.fn_attrs:
            words.append(str(fn.fn_attrs))
        return " ".join(words) + "\n"

    @staticmethod
    def check_detached(fn: Function) -> None:
        """Raise ``DanglingUse`` if an instruction detached from ``fn`` is still out of
        every block and used (printing would name a value that is not there)."""
        out = [i for i in fn.detached if i.parent is None]
        fn.detached = out
        for inst in out:
            users = [u for u in inst.users if not isinstance(u, Instruction) or
                     u.parent is not None]
            if users:
                user = users[0]
                raise DanglingUse(inst, user if isinstance(user, Instruction) else None)

    def block(self, block: BasicBlock, namer: LocalNamer, out: list[str],
              label: bool = True) -> None:
        """Append the lines of ``block`` (its label, then its instructions) to ``out``."""
        if label:
            if block.name is not None:
                out.append(format_name("", block.name).lstrip() + ":\n"
                           if _plain_label(block.name) else f'"{escape(block.name)}":\n')
            else:
                out.append(namer(block)[1:] + ":\n")
        try:
            for inst in block.instructions:
                for r in inst.debug_records:
                    out.append("    " + r.render(namer) + "\n")
                out.append("  " + self.instruction(inst, namer) + "\n")
        except DanglingUse as e:
            if e.user is not None:
                raise
            e.user = inst
            raise DanglingUse(e.value, inst) from None

    def rewrites(self, state) -> dict[str, str | None]:
        """How the references in bodies kept as text must change (usually not at all):
        asked once per ``state`` (what the lazy bodies of one read share)."""
        found = self._rewrites.get(id(state))
        if found is None:
            current = {}
            for e in self.module.entities:
                if isinstance(e, (GlobalVariable, GlobalAlias, Function)):
                    current[id(e)] = e.ref(self.global_namer)
            found = self._rewrites[id(state)] = state.rewrites(current)
        return found

    def instruction(self, inst: Instruction, namer: LocalNamer) -> str:
        body = inst.render_body(namer)
        if not inst.type.is_void:
            body = inst.ref(namer) + " = " + body
        return body + _attachments(inst.metadata)


# Words before a function's type that a declaration may not have.
_DEFINITION_ONLY = frozenset({"private", "internal", "available_externally", "linkonce",
                              "weak", "common", "appending", "linkonce_odr", "weak_odr",
                              "dllexport"})


def _plain_label(name: str) -> bool:
    return all(c.isalnum() or c in "-$._" for c in name) and name != ""


class LocalNamer:
    """Numbers for the unnamed values of one function, computed once (``cached`` reuses
    them until the function's layout changes)."""

    def __init__(self, printer: Printer, fn: Function, body: bool = True) -> None:
        self.printer = printer
        self.numbers = self.number(fn, body)

    @classmethod
    def cached(cls, printer: Printer, fn: Function) -> LocalNamer:
        """A namer whose numbers are the function's, kept by the function until an edit
        adds, removes or renames one of its values (``Function.layout``)."""
        namer = cls.__new__(cls)
        namer.printer = printer
        found = getattr(fn, "_numbers", None)
        if found is not None and found[0] == fn.layout:
            namer.numbers = found[1]
        else:
            namer.numbers = cls.number(fn, True)
            if isinstance(fn, Function):
                fn._numbers = (fn.layout, namer.numbers)
        return namer

    @staticmethod
    def number(fn: Function, body: bool = True) -> dict[int, str]:
        numbers: dict[int, str] = {}
        n = 0
        for arg in fn.args:
            if arg.name is None:
                numbers[id(arg)] = f"%{n}"
                n += 1
        if not body:  # a body kept as text: only the arguments are printed from the model
            return numbers
        for block in fn.blocks:
            if block.name is None:
                numbers[id(block)] = f"%{n}"
                n += 1
            for inst in block.instructions:
                if inst.name is None and not inst.type.is_void:
                    numbers[id(inst)] = f"%{n}"
                    n += 1
        return numbers

    def __call__(self, value: Value) -> str:
        found = self.numbers.get(id(value))
        if found is not None:
            return found
        if isinstance(value, (Instruction, BasicBlock)) or value.sigil == "%":
            return self.missing(value)
        return self.printer.global_namer(value)

    def missing(self, value: Value) -> str:
        """A local that is not in the function (detached, erased, or another function's)."""
        raise DanglingUse(value)


class DanglingUse(Error, ValueError):
    """An instruction uses a local that is not in its function (it was detached or erased
    while still used, or belongs to another function): the module cannot be printed."""

    def __init__(self, value: Value, user: Instruction | None = None) -> None:
        self.value = value
        self.user = user
        if isinstance(value, Instruction):
            what = ("Instruction referencing instruction not embedded in a basic block!"
                    if value.parent is None else
                    "Referring to an instruction in another function!")
        elif isinstance(value, BasicBlock):
            what = "Referring to a basic block in another function!"
        else:
            what = "Referring to an argument in another function!"
        where = ""
        if user is not None:
            fn = user.function
            where = f" '{value_text(user)}'" + (f" in {fn.ref()}" if fn is not None else "")
        super().__init__(f"{what}{where} uses {value!r}")


class _BadrefNamer(LocalNamer):
    """For ``str(value)``: what has no number is printed ``<badref>``, as LLVM prints it."""

    def missing(self, value: Value) -> str:
        return "<badref>"

    def __call__(self, value: Value) -> str:
        try:
            return super().__call__(value)
        except ValueError:
            return "<badref>"


def print_module(module: Module) -> str:
    """The module as LLVM text (a deferred module not read yet: its text as it came)."""
    deferred = module.__dict__.get("deferred_text")
    if deferred is not None:
        return deferred
    return Printer(module).module_text()


def print_function(fn: Function) -> str:
    assert fn.module is not None
    return Printer(fn.module).function(fn)


# ---- one value: str(value), value.ref() ---------------------------------------------------
def _function_of(value: Value) -> Function | None:
    if isinstance(value, Instruction):
        return value.function
    if isinstance(value, BasicBlock):
        return value.parent
    if isinstance(value, Argument):
        return value.function
    return None


def _printer(value: Value) -> Printer:
    module = getattr(value, "module", None)
    fn = _function_of(value)
    if module is None and fn is not None:
        module = fn.module
    return Printer(module if module is not None else Module())


def namer_for(value: Value) -> LocalNamer:
    """The numbering ``value.ref()`` uses: its function's (for locals) or its module's."""
    fn = _function_of(value)
    if fn is None:
        if isinstance(value, (Instruction, BasicBlock, Argument)):
            raise ValueError(f"{value!r} is in no function: an unnamed local has a number "
                             "only in its function")
        module = getattr(value, "module", None)
        if module is None:
            raise ValueError(f"{value!r} is in no module: an unnamed global has a number "
                             "only in its module")
        return _GlobalsOnly(Printer(module))
    return LocalNamer.cached(_printer(value), fn)


class _GlobalsOnly:
    def __init__(self, printer: Printer) -> None:
        self.printer = printer

    def __call__(self, value: Value) -> str:
        return self.printer.global_namer(value)


def value_text(value: Value) -> str:
    """What ``str(value)`` is, as LLVM's ``Value::print``: an instruction's line, a block's
    label and instructions, a function's or global's definition, ``i32 %x`` for an argument,
    ``i32 42`` for a constant. Values without a number print as ``<badref>``."""
    if isinstance(value, Instruction) and value.is_erased:
        return f"<erased {value.opcode} instruction{' %' + value.name if value.name else ''}>"
    printer = _printer(value)
    fn = _function_of(value)
    namer = _BadrefNamer.cached(printer, fn if fn is not None else _NO_FN)  # type: ignore
    if isinstance(value, Instruction):
        return printer.instruction(value, namer)
    if isinstance(value, BasicBlock):
        out: list[str] = []
        printer.block(value, namer, out)
        return "".join(out).rstrip("\n")
    if isinstance(value, Function):
        return printer.function(value).rstrip("\n")
    if isinstance(value, GlobalVariable):
        return printer.global_variable(value).rstrip("\n")
    if isinstance(value, GlobalAlias):
        return printer.alias(value).rstrip("\n")
    if isinstance(value, (Constant, Argument)):
        return f"{value.type} {value.ref(namer)}"
    return value.ref(namer)


class _NoFunction:
    args: list = []
    blocks: list = []


_NO_FN = _NoFunction()
