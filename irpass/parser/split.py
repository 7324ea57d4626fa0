"""Cutting a module's text into its top-level entities without parsing them.

Every top-level entity LLVM writes starts at the beginning of a line with a word or sigil
that nothing inside an entity starts a line with (``define``, ``@g =``, ``!5 =``...), and a
function body ends with a line that is just ``}``. The cut is a fast scan; a chunk that does
not parse is reported by the parser, and a file the scan cannot cut is parsed whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_START = re.compile(
    r"^(?:define\b|declare\b|attributes\b|source_filename\b|target\b|module\b|uselistorder"
    r"|[@%$!^][^\n]*?=|;"
    # LLVM's tests indent a definition or declaration now and then: the words that start
    # nothing else, after blanks (the chunk starts at the word)
    r"|[ \t]+(?=define\b|declare\b|attributes[ \t]+#|source_filename[ \t]*=))",
    re.M,
)


@dataclass(slots=True)
class Chunk:
    """One top-level entity's text and where it starts in the file."""

    text: str
    offset: int
    kind: str  # "define" for function definitions, else the first word or sigil
    stop: int = -1  # the end of a "!run" chunk (which has no text)

    @property
    def end(self) -> int:
        return self.stop if self.stop >= 0 else self.offset + len(self.text)


# Lines ``!N = <node>`` as LLVM prints them: one space each side of ``=``, no comment (no
# ``;`` at all), nothing after the closing bracket. Printing such a line from its node gives
# the same bytes, so a run of them can be copied through unread.
_BLANK = re.compile(r"\s*")
_MD_RUN = re.compile(r"(?:!(?:0|[1-9][0-9]*) = [!d][^\n\r;]*[)}]\n)+")


def split(text: str, md_runs: bool = False) -> list[Chunk]:
    """The top-level entities of ``text`` in order (comments and blank lines dropped).

    ``md_runs``: consecutive metadata lines in LLVM's own layout come as one chunk of kind
    ``"!run"`` whose ``text`` is empty and whose ``stop`` is where the run ends.
    """
    return list(iter_split(text, md_runs))


def iter_split(text: str, md_runs: bool = False) -> Iterator[Chunk]:
    """``split`` one chunk at a time: a reader that drops each chunk once read never holds
    more than one chunk's copy of the text (on a 55 MB module the whole list is ~30 MB)."""
    pos = 0
    n = len(text)
    while pos < n:
        m = _START.search(text, pos)
        if m is None:
            rest = text[pos:]
            if rest.strip():
                yield Chunk(rest, pos, "?")
            break
        if text[pos:m.start()].strip():
            # Text between entities that starts no entity: keep it so the parser reports it.
            yield Chunk(text[pos:m.start()], pos, "?")
        start = m.start()
        if text[start] in " \t":
            start = m.end()
        if md_runs:
            run_end = _md_run(text, start)
            if run_end:
                yield Chunk("", start, "!run", run_end)
                pos = run_end
                continue
        if text.startswith(";", start):
            eol = text.find("\n", start)
            pos = n if eol == -1 else eol + 1
            continue
        if text.startswith("define", start):
            end = _function_end(text, start)
            yield Chunk(text[start:end], start, "define")
            pos = end
            continue
        eol = text.find("\n", start)
        nxt = _START.search(text, eol + 1 if eol != -1 else n)
        while nxt is not None and text.startswith(";", nxt.start()):
            # Comment lines end the entity if an entity (or the end) follows them; else they
            # are inside it (a global's initializer over several lines, with comments).
            after = _COMMENT_LINES.match(text, nxt.start()).end()  # type: ignore[union-attr]
            if after >= n or _START.match(text, after):
                break
            nxt = _START.search(text, after)
        end = nxt.start() if nxt else n
        yield Chunk(text[start:end], start, text[start])
        pos = end


def _md_run(text: str, start: int) -> int:
    """The end of the run of plain metadata lines at ``start`` (0 if there is none)."""
    if not text.startswith("!", start) or not text[start + 1:start + 2].isdigit():
        return 0
    m = _MD_RUN.match(text, start)
    if m is None:
        return 0
    end = m.end()
    after = _BLANK.match(text, end).end()  # type: ignore[union-attr]
    if after < len(text) and not _START.match(text, after):
        # The next line continues the last one (a node written over several lines).
        end = text.rfind("\n", start, end - 1) + 1
        if end <= start:
            return 0
    return end


_COMMENT_LINES = re.compile(r"(?:[ \t]*(?:;[^\n]*)?(?:\n|\Z))*")
_BODY_END = re.compile(r"^}[ \t]*(?:;[^\n]*)?$", re.M)
# An indented definition (as some test suites write them) may close its body indented too.
_INDENTED_BODY_END = re.compile(r"^[ \t]*}[ \t]*(?:;[^\n]*)?$", re.M)


def _function_end(text: str, start: int) -> int:
    eol = text.find("\n", start)
    first = text[start: eol if eol != -1 else len(text)]
    if first.split(";", 1)[0].rstrip().endswith("}") and "{" in first:
        return len(text) if eol == -1 else eol + 1  # a one-line definition
    indented = text.rfind("\n", 0, start) + 1 < start
    m = (_INDENTED_BODY_END if indented else _BODY_END).search(text, start)
    if m is None:
        return len(text)
    eol = text.find("\n", m.end())
    return len(text) if eol == -1 else eol + 1
