"""Spelling of LLVM identifiers: ``%x``, ``@"a b"``, ``%42``."""

from __future__ import annotations

import re

_PLAIN = re.compile(r"[-a-zA-Z$._][-a-zA-Z$._0-9]*\Z")
_ESCAPE = re.compile(r"\\([0-9A-Fa-f]{2}|\\)")


def decode_name(token: str) -> str:
    """The name a sigiled token spells, without its sigil: ``%"a\\20b"`` -> ``a b``."""
    body = token[1:]
    if body.startswith('"'):
        return unescape(body[1:-1])
    return body


def unescape(text: str) -> str:
    """Undo LLVM's ``\\XX`` and ``\\\\`` escapes in a quoted name or string."""
    if "\\" not in text:
        return text
    return _ESCAPE.sub(lambda m: "\\" if m.group(1) == "\\" else chr(int(m.group(1), 16)), text)


def escape(text: str) -> str:
    """LLVM's escaping for the inside of a quoted string."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch == '"' or ch == "\\" or code < 0x20 or code >= 0x7F:
            if code > 0xFF:
                out.extend(f"\\{b:02X}" for b in ch.encode("utf-8", "surrogateescape"))
            else:
                out.append(f"\\{code:02X}")
        else:
            out.append(ch)
    return "".join(out)


def format_name(sigil: str, name: str) -> str:
    """Spell a name with its sigil, quoting it when LLVM needs quotes."""
    if _PLAIN.match(name):
        return sigil + name
    return f'{sigil}"{escape(name)}"'


def is_numbered(token_body: str) -> bool:
    return token_body.isdigit()
