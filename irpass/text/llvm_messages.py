"""LLVM's messages about a module (``irpass.llvm.llvmlite_check.verify``) as located
``file:line:col: error:`` diagnostics of the module's text."""

from __future__ import annotations

import re

from irpass.text.diagnostics import Source

_LOCATED = re.compile(r"<string>:(\d+):(\d+): error: (.*)")
_GLOBAL = re.compile(r'@(?:[-a-zA-Z$._0-9]+|"[^"]*")')
_LOCAL_DEF = re.compile(r'^\s*(%(?:[-a-zA-Z$._0-9]+|"[^"]*"))\s*=')


def diagnose(name: str, text: str, message: str) -> str:
    """LLVM's ``message`` about the module ``text`` (from ``verify``) as a located
    ``name:line:col: error:``: where LLVM's parser says, or where the first value the
    verifier prints is defined (without a location when none is found)."""
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
