"""Running a pipeline, with opt-like instrumentation."""

from __future__ import annotations

import difflib
import sys
import time
from dataclasses import dataclass, field
from typing import TextIO

from irpass.ir.module import Module
from irpass.parser.lazy import materialize_for
from irpass.passes.analysis import AnalysisManager
from irpass.passes.base import Pass, PassError
from irpass.passes.pipeline import Step, flatten, parse_pipeline


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

    @classmethod
    def from_pipeline(cls, text: str, instrumentation: Instrumentation | None = None
                      ) -> PassManager:
        steps = parse_pipeline(text) if text.strip() else []
        return cls(steps, instrumentation or Instrumentation())

    @property
    def passes(self) -> list[Pass]:
        return flatten(self.steps)

    def run(self, module: Module) -> bool:
        """Run every pass in order; returns whether any changed the module."""
        from irpass.printer.printer import print_module

        ins = self.instrumentation
        am = AnalysisManager(module)
        changed_any = False
        before = print_module(module) if ins.print_changed else ""
        for p in self.passes:
            t0 = time.perf_counter()
            materialize_for(module, p.needs)
            changed = bool(p.apply(module, am))
            self.timings.append((p.name, time.perf_counter() - t0))
            if changed:
                changed_any = True
                am.invalidate(None, p.preserves)
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
                self._verify(module, p.name)
        if ins.time_passes:
            self.report_times()
        return changed_any

    def _verify(self, module: Module, after: str) -> None:
        from irpass.llvm.llvmlite_check import verify
        from irpass.printer.printer import print_module

        problem = verify(print_module(module))
        if problem is not None:
            raise PassError(f"module is broken after pass '{after}':\n{problem}")

    def report_times(self) -> None:
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
