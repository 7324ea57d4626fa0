"""Passes: small frozen dataclasses with a ``name``, typed option fields and one ``apply``.

A pass says what it leaves valid through ``preserves`` (analysis names, or ``ALL``), so the
analysis manager can drop what it invalidates. ``apply`` returns whether it changed the module.
"""

from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from irpass.ir.errors import Error

if TYPE_CHECKING:
    from collections.abc import Iterable

    from irpass.ir.function import Function
    from irpass.ir.module import Module
    from irpass.passes.analysis import AnalysisManager

ALL = frozenset({"*"})


class PassError(Error):
    """A pass could not do its work; the message is for the user."""


class PassFailed(PassError):
    """A pass raised an exception of its own (a bug in it, or an edit the model refused):
    ``pass 'NAME' failed: Type: message``, located at the innermost frame in the pass's own
    file. ``error`` is the exception (``irpass run --traceback`` prints its traceback)."""

    def __init__(self, name: str, error: BaseException, source_file: str | None = None
                 ) -> None:
        from irpass.passes.plugins import innermost_frame

        self.pass_name = name
        self.error = error
        where = innermost_frame(error, source_file)
        self.location = where
        text = f"pass '{name}' failed: {type(error).__name__}: {error}"
        if where is not None:
            file, line, func, src = where
            text += f"\n  {file}:{line}: in {func}" + (f"\n    {src}" if src else "")
        super().__init__(text)


@dataclass(frozen=True)
class Pass:
    """Base of every pass. Subclasses set ``name`` and write ``apply``."""

    name: ClassVar[str] = ""
    preserves: ClassVar[frozenset[str]] = frozenset()
    # Which function bodies must be parsed before the pass runs (bodies of a lazily read
    # module are text until then): "all", or "none" (headers, globals, metadata). A pass
    # that needs some of them says which by ``functions_needed``.
    needs: ClassVar[str] = "all"

    @classmethod
    def description(cls) -> str:
        """The first paragraph of the docstring, on one line."""
        doc = (cls.__doc__ or "").strip().split("\n\n")[0]
        return " ".join(doc.split())

    @classmethod
    def options(cls) -> list[tuple[str, str, object]]:
        """(name, type name, default) of each option."""
        hints = typing.get_type_hints(cls)
        out = []
        for f in dataclasses.fields(cls):
            t = hints.get(f.name, str)
            default = f.default if f.default is not dataclasses.MISSING else None
            out.append((f.name, getattr(t, "__name__", str(t)), default))
        return out

    def functions_needed(self, module: Module) -> Iterable[Function] | None:
        """The functions whose bodies the pass manager parses before the pass runs; None
        means every one. By default what ``needs`` says; a pass that reads only some
        bodies returns them (``Module.materialize_reachable`` parses what some roots
        reach)."""
        return () if self.needs == "none" else None

    def apply(self, module: Module, am: AnalysisManager) -> bool:
        raise NotImplementedError


@dataclass(frozen=True)
class ModulePass(Pass):
    """A pass over the whole module."""


@dataclass(frozen=True)
class FunctionPass(Pass):
    """A pass run on each function definition in turn."""

    def apply(self, module: Module, am: AnalysisManager) -> bool:
        changed = False
        for fn in module.functions:
            if not fn.blocks:
                continue
            edits = fn.edits
            if self.apply_function(fn, am):
                changed = True
                am.invalidate(fn, self.preserves)
            elif fn.edits != edits:  # edited, though it says not: nothing kept is known
                am.invalidate(fn, frozenset())
        return changed

    def apply_function(self, fn: Function, am: AnalysisManager) -> bool:
        raise NotImplementedError
