"""Checking what passes changed before the module is written, as ``opt`` verifies its output.

A module that no pass changed is not checked again: reading it checked it. A pass that
changed it leaves the functions it changed (a function pass says which; a module pass: every
function whose body is parsed, since bodies still kept as text are copied through as they
came) to be checked, in two steps:

1. irpass's own verifier (``irpass.ir.verifier``) on those functions: quick, in-process,
   in LLVM's words;
2. LLVM's verifier (llvmlite) on the module printed with only those functions' bodies (the
   others as declarations), so that its cost follows what changed rather than the size of
   the module. If LLVM rejects that smaller module, the whole module is checked and only its
   verdict counts: a problem is never reported for the smaller module alone.

A pass whose output is valid by construction says so with ``AnalysisManager.mark_verified``
(a pass that hands the module to ``opt`` and reads back what it verified); nothing before it
is checked then.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from irpass.ir.function import Function
from irpass.ir.module import GlobalAlias, Module, strip_casts
from irpass.passes.base import PassError


class VerificationFailed(PassError):
    """The passes left a module LLVM would reject; the message names them."""


@dataclass
class Pending:
    """What changed since the module was last known to be valid."""

    passes: list[str] = field(default_factory=list)
    functions: dict[int, Function] = field(default_factory=dict)
    module_wide: bool = False  # a module pass changed it: every parsed function

    def add(self, pass_name: str, functions: list[Function] | None) -> None:
        if pass_name not in self.passes:
            self.passes.append(pass_name)
        if functions is None:
            self.module_wide = True
        else:
            for fn in functions:
                self.functions[id(fn)] = fn

    def scope(self, module: Module) -> list[Function]:
        """The function definitions to check."""
        if self.module_wide:
            return [f for f in module.functions if f.is_materialized and
                    (f.blocks or not f.is_declaration)]
        return [f for f in self.functions.values() if f.module is module and
                (f.blocks or not f.is_declaration)]

    def who(self) -> str:
        if len(self.passes) == 1:
            return f"pass '{self.passes[0]}' broke the module"
        names = ", ".join(f"'{p}'" for p in self.passes)
        return (f"the module is broken after passes {names} (run with --verify-each to "
                "find which)")


def llvm_problem(module: Module, functions: list[Function], text: str | None = None
                 ) -> str | None:
    """LLVM's verdict on ``module`` after changes to ``functions`` (None: it verifies).
    ``text`` is the whole module printed, if the caller has it already."""
    from irpass.ir.writer import print_module
    from irpass.llvm.llvmlite_check import verify

    bodies = {id(f) for f in functions}
    for alias in module.aliases:  # an alias or ifunc must name a definition
        target = strip_casts(alias.aliasee) if alias.target.operands else None
        if isinstance(target, Function):
            bodies.add(id(target))
        elif isinstance(target, GlobalAlias):
            return verify(text if text is not None else print_module(module))
    everything = all(id(f) in bodies for f in module.functions
                     if f.lazy_body is not None or f.blocks)
    if everything:
        return verify(text if text is not None else print_module(module))
    problem = verify(slim_module(module, bodies))
    if problem is None:
        return None
    return verify(text if text is not None else print_module(module))


_MD_REF = re.compile(r"!([0-9]+)")


def slim_module(module: Module, bodies: set[int]) -> str:
    """The module with only ``bodies`` (function ids) as definitions and only the metadata
    that what is printed refers to, directly or through other nodes."""
    from irpass.ir.writer import Printer

    head = Printer(module, bodies).module_text()
    table = module.metadata
    lines = []
    seen: set[int] = set()
    work = [int(n) for n in _MD_REF.findall(head)]
    while work:
        mid = work.pop()
        if mid in seen:
            continue
        seen.add(mid)
        line = table.line_text(mid)
        if line is not None:
            lines.append(line)
            work.extend(int(n) for n in _MD_REF.findall(line, line.index("=")))
    return head + "".join(lines)


@dataclass
class Verification:
    """The verification state of one run of a pipeline (not of the module: a module read
    again is checked again)."""

    pending: Pending | None = None
    checked: int = 0  # how many checks ran (for tests and --time-passes)

    def changed(self, pass_name: str, functions: list[Function] | None) -> None:
        """Pass ``pass_name`` changed ``functions`` (None: the module as a whole)."""
        if self.pending is None:
            self.pending = Pending()
        self.pending.add(pass_name, functions)

    def vouched(self) -> None:
        """The module is valid as it is now."""
        self.pending = None

    def check(self, module: Module, text: str | None = None) -> None:
        """Raise ``VerificationFailed`` if what changed breaks LLVM's rules (``text``: the
        module printed, if the caller has it; else what is needed is printed here)."""
        self.check_model(module)
        self.check_llvm(module, text)

    def check_model(self, module: Module) -> None:
        """Step 1 alone (the module can be printed once it passes)."""
        from irpass.ir.verifier import verify_functions

        pending = self.pending
        if pending is None:
            return
        problems = verify_functions(module, pending.scope(module))
        if problems:
            raise VerificationFailed(f"{pending.who()} (irpass's verifier):\n"
                                     + "\n".join(problems))

    def check_llvm(self, module: Module, text: str | None = None) -> None:
        """Step 2 (after ``check_model``)."""
        pending = self.pending
        if pending is None:
            return
        self.checked += 1
        problem = llvm_problem(module, pending.scope(module), text)
        if problem is not None:
            raise VerificationFailed(f"{pending.who()} (LLVM's verifier):\n{problem}")
        self.pending = None
