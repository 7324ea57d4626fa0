"""Errors that point into the input: ``file:line:col: error: message``, the line, a caret."""

from __future__ import annotations

from dataclasses import dataclass

from irpass.ir.errors import Error


@dataclass
class Diagnostic:
    file: str
    line: int
    col: int
    message: str
    source_line: str = ""
    severity: str = "error"

    def format(self) -> str:
        head = f"{self.file}:{self.line}:{self.col}: {self.severity}: {self.message}"
        if not self.source_line:
            return head
        line = self.source_line.rstrip("\n")
        if len(line) > 200:  # keep the caret visible on huge lines
            start = max(0, self.col - 100)
            line = line[start:start + 200]
            col = self.col - start
        else:
            col = self.col
        caret = "".join("\t" if ch == "\t" else " " for ch in line[: max(col - 1, 0)]) + "^"
        return f"{head}\n{line}\n{caret}"


class IRError(Error):
    """One or more diagnostics; ``str()`` is what the command line prints."""

    def __init__(self, diagnostics: list[Diagnostic] | Diagnostic) -> None:
        if isinstance(diagnostics, Diagnostic):
            diagnostics = [diagnostics]
        self.diagnostics = diagnostics
        super().__init__("\n".join(d.format() for d in diagnostics))

    @property
    def first(self) -> Diagnostic:
        return self.diagnostics[0]


class Source:
    """Input text with its name, mapping offsets to (line, column)."""

    def __init__(self, text: str, name: str = "<input>") -> None:
        self.text = text
        self.name = name
        self._line_starts: list[int] | None = None

    def _starts(self) -> list[int]:
        if self._line_starts is None:
            starts = [0]
            find = self.text.find
            pos = find("\n")
            while pos != -1:
                starts.append(pos + 1)
                pos = find("\n", pos + 1)
            self._line_starts = starts
        return self._line_starts

    def location(self, offset: int) -> tuple[int, int]:
        from bisect import bisect_right

        starts = self._starts()
        line = bisect_right(starts, offset)
        return line, offset - starts[line - 1] + 1

    def offset(self, line: int, col: int) -> int:
        """The offset of ``line``:``col`` (both from 1; past the end: the end)."""
        starts = self._starts()
        if not 1 <= line <= len(starts):
            return len(self.text)
        return min(starts[line - 1] + max(col, 1) - 1, len(self.text))

    def line_text(self, line: int) -> str:
        starts = self._starts()
        if not 1 <= line <= len(starts):
            return ""
        end = self.text.find("\n", starts[line - 1])
        return self.text[starts[line - 1]: end if end != -1 else len(self.text)]

    def error(self, offset: int, message: str) -> IRError:
        return IRError(self.diagnostic(offset, message))

    def diagnostic(self, offset: int, message: str, severity: str = "error") -> Diagnostic:
        line, col = self.location(offset)
        return Diagnostic(self.name, line, col, message, self.line_text(line), severity)
