"""Checks with the LLVM inside llvmlite: parse, verify, and LLVM's own printing of a module."""

from __future__ import annotations

import re
from functools import lru_cache

from irpass.ir.errors import Error

_MODULE_ID = re.compile(r"^; ModuleID = .*\n", re.M)


class LLVMRejected(Error):
    """LLVM (through llvmlite) rejected a module; the message is LLVM's."""


@lru_cache(maxsize=1)
def _binding():
    import llvmlite.binding as llvm

    # When a module has debug info, LLVM's reader runs the verifier itself: a broken module
    # then aborts the whole process (report_fatal_error), and invalid debug info is dropped
    # with only a warning. With that upgrade step off, both reach verify() as errors.
    llvm.set_option("irpass", "-disable-auto-upgrade-debug-info")
    return llvm


def _parse(text: str, verify: bool):
    llvm = _binding()
    try:
        # A fresh context per module: in a shared one, LLVM renames a second %struct.S.
        mod = llvm.parse_assembly(text, context=llvm.create_context())
        if verify:
            mod.verify()
    except RuntimeError as e:
        raise LLVMRejected(str(e).strip()) from None
    return mod


def parse_and_print(text: str, verify: bool = True) -> str:
    """LLVM's own text for ``text``: what LLVM prints after reading it (a normal form for
    comparing two modules)."""
    return _MODULE_ID.sub("", str(_parse(text, verify)), count=1)


def verify(text: str) -> str | None:
    """None when LLVM accepts and verifies ``text``, else LLVM's message (the module is
    not printed back: on a big module that was a third of the check)."""
    try:
        _parse(text, verify=True)
    except LLVMRejected as e:
        return str(e)
    return None


def same_module(a: str, b: str) -> bool:
    """Whether LLVM reads ``a`` and ``b`` as the same module."""
    return parse_and_print(a, verify=False) == parse_and_print(b, verify=False)

