"""The type trees ``typeinfo`` wrote, kept so that one Enzyme rejects can be taken back.

``typeinfo`` records each tree it attaches (``record``); the ``enzyme`` pass, when Enzyme
stops on a contradiction in its type analysis ("Illegal updateAnalysis"), asks ``culprits``
which of them the message points at, removes them and runs Enzyme again. The record lives in
``module.pass_state`` for the rest of the run; it is never printed.
"""

from __future__ import annotations

from dataclasses import dataclass

from irpass.enzyme.run.messages import EnzymeError
from irpass.ir.attributes import AttributeList
from irpass.ir.instructions import Instruction
from irpass.ir.module import Module

KEY = "typeinfo"
ATTR = "enzyme_type"


@dataclass(eq=False)
class Annotation:
    """One tree: where it is (an attribute list, or an instruction's ``!enzyme_type``), the
    function it is in or on, what it describes (for messages) and the source variable."""

    holder: AttributeList | Instruction
    tree: str
    function: str
    what: str
    variable: str | None = None
    location: str | None = None

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

    def describe(self) -> str:
        name = f"'{self.variable}' ({self.what})" if self.variable else self.what
        return f"{name}: {self.tree}"


def record(module: Module, annotation: Annotation) -> None:
    module.pass_state.setdefault(KEY, []).append(annotation)  # type: ignore[union-attr]


def recorded(module: Module) -> list[Annotation]:
    """The trees ``typeinfo`` wrote that are still there."""
    found = module.pass_state.get(KEY) or []
    return [a for a in found if a.present]  # type: ignore[union-attr]


def culprits(errors: list[EnzymeError], annotations: list[Annotation]) -> list[Annotation]:
    """The annotations the errors point at: those whose tree the message prints, in the
    functions it names; failing that, any whose tree it prints; failing that, every one in
    the functions it names; failing that, all of them (Enzyme then runs as it would alone)."""
    if not annotations:
        return []
    trees = {t for e in errors for t in e.trees}
    scope = {f for e in errors for f in e.functions}
    in_scope = [a for a in annotations if a.function in scope]
    for pick in ([a for a in in_scope if a.tree in trees],
                 [a for a in annotations if a.tree in trees],
                 in_scope):
        if pick:
            return pick
    return list(annotations)
