"""Lark's parse errors as LLVM-style diagnostics."""

from __future__ import annotations

import lark

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


def _describe(expected: set[str]) -> str:
    names = sorted({_NAMES.get(e, e.lower().replace("_", " ")) for e in expected})
    if len(names) > 6:
        names = names[:6] + ["..."]
    return ", ".join(names)


def syntax_error(source: Source, e: lark.exceptions.UnexpectedInput, offset: int) -> IRError:
    """An ``IRError`` for a Lark error raised while parsing text that starts at ``offset``."""
    if isinstance(e, lark.exceptions.UnexpectedToken):
        tok = e.token
        if tok.type == "$END":
            pos = offset + len(source.text[offset:]) if tok.start_pos is None else offset + tok.start_pos
            pos = min(pos, len(source.text))
            # Point at the end of the last non-blank text, as llvm-as does.
            while pos > 0 and source.text[pos - 1].isspace():
                pos -= 1
            return source.error(pos, f"unexpected end of input, expected {_describe(e.expected)}")
        text = tok.value if len(tok.value) <= 40 else tok.value[:40] + "..."
        return source.error(offset + tok.start_pos,
                            f"unexpected '{text}', expected {_describe(e.expected)}")
    if isinstance(e, lark.exceptions.UnexpectedCharacters):
        ch = source.text[offset + e.pos_in_stream] if offset + e.pos_in_stream < len(source.text) else ""
        return source.error(offset + e.pos_in_stream, f"invalid character {ch!r}")
    if isinstance(e, lark.exceptions.UnexpectedEOF):
        return source.error(len(source.text), "unexpected end of input")
    return source.error(offset, str(e).splitlines()[0])
