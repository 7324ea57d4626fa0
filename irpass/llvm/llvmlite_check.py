"""Checks with the LLVM inside llvmlite: parse, verify, and LLVM's own printing of a module."""

from __future__ import annotations

import re
from functools import lru_cache

_MODULE_ID = re.compile(r"^; ModuleID = .*\n", re.M)


class LLVMRejected(Exception):
    """LLVM (through llvmlite) rejected a module; the message is LLVM's."""


@lru_cache(maxsize=1)
def _binding():
    import llvmlite.binding as llvm

    # When a module has debug info, LLVM's reader runs the verifier itself: a broken module
    # then aborts the whole process (report_fatal_error), and invalid debug info is dropped
    # with only a warning. With that upgrade step off, both reach verify() as errors.
    llvm.set_option("irpass", "-disable-auto-upgrade-debug-info")
    return llvm


def parse_and_print(text: str, verify: bool = True) -> str:
    """LLVM's own text for ``text``: what LLVM prints after reading it (a normal form for
    comparing two modules)."""
    llvm = _binding()
    try:
        # A fresh context per module: in a shared one, LLVM renames a second %struct.S.
        mod = llvm.parse_assembly(text, context=llvm.create_context())
        if verify:
            mod.verify()
    except RuntimeError as e:
        raise LLVMRejected(str(e).strip()) from None
    return _MODULE_ID.sub("", str(mod), count=1)


def verify(text: str) -> str | None:
    """None when LLVM accepts and verifies ``text``, else LLVM's message."""
    try:
        parse_and_print(text, verify=True)
    except LLVMRejected as e:
        return str(e)
    return None


def same_module(a: str, b: str) -> bool:
    """Whether LLVM reads ``a`` and ``b`` as the same module."""
    return parse_and_print(a, verify=False) == parse_and_print(b, verify=False)


_LOCATED = re.compile(r"<string>:(\d+):(\d+): error: (.*)")
_GLOBAL = re.compile(r'@(?:[-a-zA-Z$._0-9]+|"[^"]*")')
_LOCAL_DEF = re.compile(r'^\s*(%(?:[-a-zA-Z$._0-9]+|"[^"]*"))\s*=')


def diagnose(name: str, text: str, message: str) -> str:
    """LLVM's ``message`` about the module ``text`` (from ``verify``) as a located
    ``name:line:col: error:``: where LLVM's parser says, or where the first value the
    verifier prints is defined (without a location when none is found)."""
    from irpass.text.diagnostics import Source

    source = Source(text, name)
    lines = message.splitlines()
    for line in lines:
        m = _LOCATED.match(line)
        if m:  # a parse error: LLVM's own line and column
            offset = source.offset(int(m.group(1)), int(m.group(2)))
            return str(source.error(offset, m.group(3)))
    head, values = (lines[0] if lines else message), lines[1:]
    where = next((at for v in values if (at := _value_position(text, v)) is not None), None)
    if where is None:
        return f"{name}: error: {head}" + "".join("\n" + v for v in values)
    return str(source.error(where, head)) + "".join("\n" + v for v in values)


def _value_position(text: str, printed: str) -> int | None:
    """Where the value LLVM printed as ``printed`` (an instruction, ``ptr @f``) is written."""
    stripped = printed.strip()
    if not stripped:
        return None
    at = text.find(stripped)
    if at >= 0:
        return at
    local = _LOCAL_DEF.match(printed)
    if local:
        m = re.search(r"^[ \t]*" + re.escape(local.group(1)) + r"\s*=", text, re.M)
        if m:
            return m.end() - len(m.group().lstrip())
    ref = _GLOBAL.search(stripped)
    if ref:
        m = re.search(r"^(?:define\b[^\n]*?(?<![-a-zA-Z$._0-9])|declare\b[^\n]*?"
                      r"(?<![-a-zA-Z$._0-9]))?" + re.escape(ref.group()) + r"(?:\s*=|\s*\()",
                      text, re.M)
        if m:
            return m.start()
    return None
