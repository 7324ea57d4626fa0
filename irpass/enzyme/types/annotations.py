"""The type trees in a module, found where Enzyme reads them, so that one Enzyme rejects can
be taken back.

``typeinfo`` writes ``"enzyme_type"`` on parameters, return values and call arguments, and
``!enzyme_type`` on instructions. When Enzyme stops on a contradiction in its type analysis
("Illegal updateAnalysis"), the ``enzyme`` pass asks which trees the message points at,
removes them and runs Enzyme again. It finds them in the IR itself (``type_trees``): nothing
is handed from one pass to the other. What each describes, its source variable and location
are worked out only for the messages of the trees taken back.
"""

from __future__ import annotations

from dataclasses import dataclass

from irpass.ir.attributes import AttributeList
from irpass.ir.function import Function
from irpass.ir.instructions import CallInst, Instruction
from irpass.ir.module import Module
from irpass.ir.values import Value

ATTR = "enzyme_type"
COPIES = ("llvm.memcpy.", "llvm.memmove.", "llvm.memcpy.inline.")
SETS = ("llvm.memset.", "llvm.memset.inline.")


@dataclass(eq=False)
class Annotation:
    """One tree: where it is (an attribute list, or an instruction's ``!enzyme_type``), the
    function it is in or on, what it describes (for messages), the value it describes and
    the instruction it is on or at (for the source variable and location)."""

    holder: AttributeList | Instruction
    tree: str
    function: Function
    what: str
    value: Value | None = None
    at: Instruction | None = None

    @property
    def present(self) -> bool:
        if isinstance(self.holder, Instruction):
            return self.holder.get_metadata(ATTR) is not None
        return ATTR in self.holder

    def remove(self) -> None:
        if isinstance(self.holder, Instruction):
            self.holder.remove_metadata(ATTR)
        else:
            self.holder.remove(ATTR)

    def source(self) -> tuple[str | None, str | None]:
        """The source variable of the value the tree describes, and ``file:line:col`` of it
        (or of the instruction, or of the function), as debug info says."""
        from irpass.enzyme.types.divalues import (
            dilocation_text,
            function_location,
            source_variables,
        )

        module = self.function.module
        if module is None:
            return None, None
        names = source_variables(module, self.function) if self.value is not None else {}
        name, loc = names.get(self.value, (None, None))
        dbg = self.at.get_metadata("dbg") if self.at is not None else None
        if loc is None and dbg and dbg[1:].isdigit():
            loc = int(dbg[1:])
        where = dilocation_text(module, loc) if loc is not None else \
            function_location(module, self.function)
        return name, where

    def describe(self) -> str:
        name = self.source()[0]
        label = f"'{name}' ({self.what})" if name else self.what
        return f"{label}: {self.tree}"


def _tree(attrs: AttributeList) -> str | None:
    return attrs.string_value(ATTR) if ATTR in attrs else None


def _call_trees(fn: Function, call: CallInst) -> list[Annotation]:
    callee = call.called_function
    name = callee.name if callee is not None and callee.name else ""
    out = []
    for k, a in enumerate(call.args):
        tree = _tree(a.attrs)
        if tree is None:
            continue
        value = call.operands[a.index]
        if name.startswith(COPIES + SETS) or name in ("memcpy", "memmove", "memset"):
            kind = "memset" if name.startswith(SETS) or name == "memset" else "copy"
            what = f"a {kind} in @{fn.name}"
            if k == (1 if kind == "memset" else 2):
                what, value = f"the length of {what}", None
        elif "__enzyme_" in name:
            what = f"argument {k + 1} of the call to @{name} in @{fn.name}"
        else:
            what = f"argument {k + 1} of a call to @{name} in @{fn.name}"
        out.append(Annotation(a.attrs, tree, fn, what, value, call))
    return out


def type_trees(module: Module) -> list[Annotation]:
    """Every tree in the parsed function definitions (bodies still kept as text were not
    read by the passes: none of them holds one a pass wrote)."""
    out: list[Annotation] = []
    for fn in module.functions:
        if not fn.is_materialized or not fn.blocks:
            continue
        for arg in fn.args:
            tree = _tree(arg.attrs)
            if tree is not None:
                out.append(Annotation(arg.attrs, tree, fn,
                                      f"parameter {arg.index + 1} of @{fn.name}", arg))
        tree = _tree(fn.ret_attrs)
        if tree is not None:
            out.append(Annotation(fn.ret_attrs, tree, fn, f"the return value of @{fn.name}"))
        for inst in fn.instructions():
            md = inst.get_metadata(ATTR)
            if md is not None:
                article = "an" if inst.opcode[0] in "aeiou" else "a"
                out.append(Annotation(inst, _metadata_tree(md), fn,
                                      f"{article} {inst.opcode} in @{fn.name}", inst, inst))
            if isinstance(inst, CallInst):
                out.extend(_call_trees(fn, inst))
    return out


def _metadata_tree(text: str) -> str:
    """The tree of an ``!enzyme_type`` attachment, as Enzyme prints trees (its text when it
    cannot be read back)."""
    from irpass.enzyme.types.typetree import TypeTree

    try:
        return str(TypeTree.from_metadata(text))
    except ValueError:
        return text


def has_type_trees(module: Module) -> bool:
    """Whether a parsed function holds a type tree (``typeinfo`` ran, or the input has its
    own)."""
    return bool(type_trees(module))

