"""Every exception irpass raises on purpose, in one place. All derive from ``Error``
(``irpass.ir.errors``, the model's, since the model imports nothing else of irpass):

- ``IRError``: text that does not read (``file:line:col: error: ...``), from the reader;
- ``InvalidEdit`` (and ``OperandIndexError``): an edit the model refuses, in LLVM's words;
- ``VerifyError``: the model's verifier found a function that breaks LLVM's rules;
- ``DanglingUse``: a module that cannot be printed (a use of a value not in its function);
- ``PassError``: a pass could not do its work; ``PassFailed``, one raised an exception of
  its own; ``PluginError``, a plugin did not load; ``VerificationFailed``, the passes left
  a module LLVM would reject;
- ``LLVMRejected``: LLVM (through llvmlite) rejected a module.
"""

from __future__ import annotations

from irpass.ir.errors import Error
from irpass.ir.rules import InvalidEdit, OperandIndexError
from irpass.ir.verifier import VerifyError
from irpass.ir.writer import DanglingUse
from irpass.llvm.llvmlite_check import LLVMRejected
from irpass.passes.base import PassError, PassFailed
from irpass.passes.plugins import PluginError
from irpass.passes.verification import VerificationFailed
from irpass.text.diagnostics import IRError

__all__ = ["Error", "IRError", "InvalidEdit", "OperandIndexError", "VerifyError",
           "DanglingUse", "PassError", "PassFailed", "PluginError", "VerificationFailed",
           "LLVMRejected"]
