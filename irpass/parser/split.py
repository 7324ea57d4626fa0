"""Cutting a module's text into its top-level entities without parsing them.

Every top-level entity LLVM writes starts at the beginning of a line with a word or sigil
that nothing inside an entity starts a line with (``define``, ``@g =``, ``!5 =``...), and a
function body ends with a line that is just ``}``. The cut is a fast scan; a chunk that does
not parse is reported by the parser, and a file the scan cannot cut is parsed whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_START = re.compile(
    r"^(?:define\b|declare\b|attributes\b|source_filename\b|target\b|module\b|uselistorder"
    r"|[@%$!^][^\n]*?=|;)",
    re.M,
)


@dataclass(slots=True)
class Chunk:
    """One top-level entity's text and where it starts in the file."""

    text: str
    offset: int
    kind: str  # "define" for function definitions, else the first word or sigil

    @property
    def end(self) -> int:
        return self.offset + len(self.text)


def split(text: str) -> list[Chunk]:
    """The top-level entities of ``text`` in order (comments and blank lines dropped)."""
    chunks: list[Chunk] = []
    pos = 0
    n = len(text)
    while pos < n:
        m = _START.search(text, pos)
        if m is None:
            rest = text[pos:]
            if rest.strip():
                chunks.append(Chunk(rest, pos, "?"))
            break
        if text[pos:m.start()].strip():
            # Text between entities that starts no entity: keep it so the parser reports it.
            chunks.append(Chunk(text[pos:m.start()], pos, "?"))
        start = m.start()
        if text.startswith(";", start):
            eol = text.find("\n", start)
            pos = n if eol == -1 else eol + 1
            continue
        if text.startswith("define", start):
            end = _function_end(text, start)
            chunks.append(Chunk(text[start:end], start, "define"))
            pos = end
            continue
        eol = text.find("\n", start)
        nxt = _START.search(text, eol + 1 if eol != -1 else n)
        end = nxt.start() if nxt else n
        chunks.append(Chunk(text[start:end], start, text[start]))
        pos = end
    return chunks


_BODY_END = re.compile(r"^}[ \t]*(?:;[^\n]*)?$", re.M)


def _function_end(text: str, start: int) -> int:
    eol = text.find("\n", start)
    first = text[start: eol if eol != -1 else len(text)]
    if first.split(";", 1)[0].rstrip().endswith("}") and "{" in first:
        return len(text) if eol == -1 else eol + 1  # a one-line definition
    m = _BODY_END.search(text, start)
    if m is None:
        return len(text)
    eol = text.find("\n", m.end())
    return len(text) if eol == -1 else eol + 1
