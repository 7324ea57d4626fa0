"""The ``verify`` pass: LLVM's verifier (through llvmlite) on the module as printed."""

from __future__ import annotations

from dataclasses import dataclass

from irpass.ir.module import Module
from irpass.passes.analysis import AnalysisManager
from irpass.passes.base import ALL, ModulePass, PassError


@dataclass(frozen=True)
class Verify(ModulePass):
    """Check the module with LLVM's parser and verifier; fail with LLVM's message."""

    name = "verify"
    needs = "none"
    preserves = ALL

    def apply(self, module: Module, am: AnalysisManager) -> bool:
        from irpass.ir.writer import print_module
        from irpass.llvm.llvmlite_check import verify

        problem = verify(print_module(module))
        if problem is not None:
            raise PassError(f"verification failed:\n{problem}")
        am.mark_verified()  # nothing before this needs checking again before writing
        return False
