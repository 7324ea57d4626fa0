"""Running a pipeline, with opt-like instrumentation.

Whether a pass changed the module is not only its word: the model counts the edits made
through its methods (``Module.edits``, ``Function.edits``), and an edit is a change whatever
the pass returns (its functions are verified before the module is written, and the analyses
are dropped). A pass that returns True without an edit the model saw (one that assigned
attributes directly) is believed too.
"""

from __future__ import annotations

import difflib
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TextIO

from irpass.ir.function import Function
from irpass.ir.module import Module
from irpass.passes.analysis import AnalysisManager
from irpass.passes.base import FunctionPass, Pass, PassError, PassFailed
from irpass.passes.pipeline import Step, flatten, parse_pipeline
from irpass.passes.verification import Verification
from irpass.text.diagnostics import IRError


@dataclass
class Instrumentation:
    """What to report while passes run (all of it goes to ``out``, stderr by default)."""

    print_after_all: bool = False
    print_changed: bool = False
    time_passes: bool = False
    verify_each: bool = False
    out: TextIO = field(default_factory=lambda: sys.stderr)


@dataclass
class PassManager:
    steps: list[Step]
    instrumentation: Instrumentation = field(default_factory=Instrumentation)
    timings: list[tuple[str, float]] = field(default_factory=list)
    # What the passes changed since the module was last known valid (``verify``).
    verification: Verification = field(default_factory=Verification)

    @classmethod
    def from_pipeline(cls, text: str, instrumentation: Instrumentation | None = None
                      ) -> PassManager:
        """A pass manager for a pipeline in ``opt``'s syntax (``"typeinfo,function(dce)"``)."""
        steps = parse_pipeline(text) if text.strip() else []
        return cls(steps, instrumentation or Instrumentation())

    @classmethod
    def of(cls, *passes: Pass, instrumentation: Instrumentation | None = None
           ) -> PassManager:
        """A pass manager that runs these pass objects in order (no pipeline text)."""
        return cls([Step(p.name, p) for p in passes], instrumentation or Instrumentation())

    @property
    def passes(self) -> list[Pass]:
        """The passes, in the order they run."""
        return flatten(self.steps)

    def run(self, module: Module) -> bool:
        """Run every pass in order; returns whether any changed the module."""
        from irpass.ir.writer import print_module

        ins = self.instrumentation
        am = AnalysisManager(module)
        changed_any = False
        before = print_module(module) if ins.print_changed else ""
        for p in self.passes:
            t0 = time.perf_counter()
            materialize(module, p.functions_needed(module))
            am.touched = {}
            vouched = am.verified_marks
            counted = edit_counts(module)
            changed = self._apply(p, module, am)
            self.timings.append((p.name, time.perf_counter() - t0))
            edited = edited_functions(module, counted)
            if am.verified_marks != vouched:  # the pass vouched for its output
                self.verification.vouched()
            elif changed:
                touched = {**am.touched, **{id(f): f for f in edited or ()}}
                self.verification.changed(
                    p.name, list(touched.values()) if isinstance(p, FunctionPass) else None)
            elif edited is not None:  # edited, and said it did not: what it edited is checked
                self.verification.changed(p.name, edited)
            if changed:
                changed_any = True
                am.invalidate(None, p.preserves)
            elif edited is not None:
                changed_any = True
                am.invalidate(None, frozenset())  # what it keeps valid is not known
            if ins.print_after_all:
                ins.out.write(f"; *** IR Dump After {p.name} ***\n{print_module(module)}\n")
            if ins.print_changed:
                after = print_module(module)
                if after != before:
                    diff = difflib.unified_diff(before.splitlines(True), after.splitlines(True),
                                                f"before {p.name}", f"after {p.name}")
                    ins.out.write(f"; *** IR Diff After {p.name} ***\n")
                    ins.out.writelines(diff)
                else:
                    ins.out.write(f"; *** IR Pass {p.name} omitted because no change ***\n")
                before = after
            if ins.verify_each:
                self.verify(module)
        if ins.time_passes:
            self.report_times()
        return changed_any

    @staticmethod
    def _apply(p: Pass, module: Module, am: AnalysisManager) -> bool:
        """Run one pass; an exception of its own is ``PassFailed`` (named, located)."""
        try:
            return bool(p.apply(module, am))
        except (PassError, IRError, KeyboardInterrupt, MemoryError, RecursionError):
            raise
        except Exception as e:
            import inspect

            try:
                source = inspect.getsourcefile(type(p))
            except TypeError:
                source = None
            if source is not None:
                import os

                source = os.path.realpath(source)
            raise PassFailed(p.name, e, source) from e

    def verify(self, module: Module, text: str | None = None) -> None:
        """Check what the passes changed since the module was last known valid, with
        irpass's verifier then LLVM's (``irpass.passes.verification``); nothing when no
        pass changed it. Raises ``VerificationFailed`` naming the passes. ``text``: the
        whole module printed, if the caller has it."""
        self.verification.check(module, text)

    def report_times(self) -> None:
        """Write ``--time-passes``' table to the instrumentation's output."""
        out = self.instrumentation.out
        total = sum(t for _, t in self.timings) or 1e-12
        out.write("===" + "-" * 70 + "===\n")
        out.write("                      ... Pass execution timing report ...\n")
        out.write("===" + "-" * 70 + "===\n")
        out.write(f"  Total Execution Time: {total:.4f} seconds\n\n")
        out.write("   ---Wall Time---  --- Name ---\n")
        for name, t in sorted(self.timings, key=lambda x: -x[1]):
            out.write(f"   {t:.4f} ({100 * t / total:5.1f}%)  {name}\n")
        out.write(f"   {total:.4f} (100.0%)  Total\n")


def materialize(module: Module, functions: Iterable[Function] | None) -> None:
    """Parse the bodies a pass needs (``Pass.functions_needed``; None: all), kept as text
    by a lazy read until then."""
    if functions is None:
        module.materialize_all()
    else:
        for fn in functions:
            fn.materialize()


def edit_counts(module: Module) -> tuple[int, dict[int, int]]:
    """The module's edit counter and each function's (``Module.edits``, ``Function.edits``),
    to compare after a pass (a module kept as text has none yet: it is not read for this)."""
    if "entities" not in module.__dict__:
        return module.__dict__.get("edits", 0), {}
    return module.__dict__.get("edits", 0), {id(f): f.edits for f in module.functions}


def edited_functions(module: Module, before: tuple[int, dict[int, int]]
                     ) -> list[Function] | None:
    """None when the module has not been edited since ``before``; else the functions edited
    (or added) since, which may be none (an edit outside functions: globals, metadata)."""
    if module.__dict__.get("edits", 0) == before[0]:
        return None
    counts = before[1]
    return [f for f in module.functions if counts.get(id(f)) != f.edits]
