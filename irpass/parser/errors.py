"""Lark's parse errors as LLVM-style diagnostics."""

from __future__ import annotations

import re

from irpass.parser.lazylark import lark
from irpass.text.diagnostics import IRError, Source

# Friendly names for the grammar's terminals in "expected ..." messages.
_NAMES = {
    "LOCAL_VAR": "local value", "GLOBAL_VAR": "global value", "GLOBAL_DEF": "global definition",
    "INT": "integer", "FLOAT": "floating-point constant", "STRING": "string constant",
    "MD_ID": "metadata reference", "MD_NAME": "metadata name", "LABEL": "label",
    "INT_TYPE": "type", "FP_TYPE": "type", "BAREWORD": "keyword", "ATTR_GROUP_ID": "attribute group",
    "COMMA": "','", "LPAR": "'('", "RPAR": "')'", "LSQB": "'['", "RSQB": "']'", "LBRACE": "'{'",
    "RBRACE": "'}'", "EQUAL": "'='", "LESSTHAN": "'<'", "MORETHAN": "'>'", "STAR": "'*'",
}


# Terminals that only start an instruction: when the parser wanted one, say so as llvm-as does.
_OPCODES = {"RET", "BR", "BINOP", "ALLOCA", "CALL", "LOAD", "STORE"}
_TYPES = {"INT_TYPE", "FP_TYPE", "PTR"}


def _describe(expected: set[str]) -> str:
    names = sorted({_NAMES.get(e, e.lower().replace("_", " ")) for e in expected
                    if not e.startswith("__ANON")})
    if len(names) > 6:
        names = names[:6] + ["..."]
    return ", ".join(names)


def _what(expected: set[str]) -> str:
    """llvm-as's phrase for what was expected, where the parser's set makes it plain."""
    if len(_OPCODES & expected) >= 3:
        return "expected instruction opcode"
    if _TYPES <= expected and "BINOP" not in expected:
        return "expected type"
    described = _describe(expected)
    return f"expected {described}" if described else "unexpected token"


def _first_token(text: str, offset: int) -> int:
    """Offset of the first character that is neither blank nor in a comment."""
    m = _BLANK.match(text, offset)
    return m.end() if m else offset


_BLANK = re.compile(r"(?:\s+|;[^\n]*)*")


_ENTITY = re.compile(r"define\b|declare\b|attributes\b|source_filename\b|target\b|module\b"
                     r"|uselistorder|[@%$!^{]")  # "{": a function body parsed alone


def syntax_error(source: Source, e: lark.exceptions.UnexpectedInput, offset: int) -> IRError:
    """An ``IRError`` for a Lark error raised while parsing text that starts at ``offset``."""
    first = _first_token(source.text, offset)
    if not _ENTITY.match(source.text, first):  # not even the start of an entity
        return source.error(first, "expected top-level entity")
    if isinstance(e, lark.exceptions.UnexpectedToken):
        tok = e.token
        if tok.type == "$END":
            pos = offset + len(source.text[offset:]) if tok.start_pos is None else offset + tok.start_pos
            pos = min(pos, len(source.text))
            # Point at the end of the last non-blank text, as llvm-as does.
            while pos > 0 and source.text[pos - 1].isspace():
                pos -= 1
            return source.error(pos, f"unexpected end of input, {_what(e.expected)}")
        text = tok.value if len(tok.value) <= 40 else tok.value[:40] + "..."
        return source.error(offset + tok.start_pos, f"{_what(e.expected)}, found '{text}'")
    if isinstance(e, lark.exceptions.UnexpectedCharacters):
        pos = offset + e.pos_in_stream
        ch = source.text[pos] if pos < len(source.text) else ""
        if ch == '"':
            return source.error(pos, "end of string constant not found")
        return source.error(pos, f"invalid character {ch!r}")
    if isinstance(e, lark.exceptions.UnexpectedEOF):
        return source.error(len(source.text), "unexpected end of input")
    return source.error(offset, str(e).splitlines()[0])


# A bracket, or something whose brackets do not count (a string, a comment).
_BRACKETS = re.compile(r'"[^"]*"|;[^\n]*|[\[{(<]|[\]})>]')


def nesting_error(source: Source, lo: int, hi: int) -> IRError:
    """``nesting too deep``, at the first bracket of the deepest nesting in text[lo:hi]."""
    depth = best = 0
    where = lo
    for m in _BRACKETS.finditer(source.text, lo, hi):
        c = m.group()
        if c in "[{(<":
            depth += 1
            if depth > best:
                best, where = depth, m.start()
        elif c in "]})>":
            depth -= 1
    return source.error(where, f"nesting too deep ({best} levels of brackets)")


def long_number_error(source: Source, lo: int, hi: int) -> IRError:
    """``number too long``, at the longest run of digits in text[lo:hi]."""
    best = max(re.finditer(r"[0-9]+", source.text[lo:hi]), key=lambda m: len(m.group()),
               default=None)
    where = lo + best.start() if best is not None else lo
    return source.error(where, "number too long")
