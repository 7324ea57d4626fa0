"""Function bodies parsed on first use, and printed as they came in until then.

``irpass.parse(text, lazy=True)`` builds each definition from its header alone and keeps
where its body is in the source text (a ``LazyBody`` in ``Function.lazy_body``). Reading
``fn.blocks`` parses the body into the model then. A body that is never read is printed as
the bytes it came in as; if a global it refers to has been renamed or renumbered since, its
references are rewritten in the text (``rewrite_global_refs``), nothing else.

What is not known before a body is parsed: its syntax errors, and the uses it makes of
globals (``Value.users`` of a global only lists users in parsed bodies; ``Module.remove``
parses the bodies that mention what it removes). ``Module.materialize_all`` parses them all.

Metadata too: runs of ``!N = ...`` lines in LLVM's layout are kept as text (a
``MetadataRun`` entity) and a node is read when ``module.metadata`` is asked for it
(``MetadataTable``); syntax errors and reused ids in them are reported then.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from irpass.ir.values import Value
from irpass.text.diagnostics import Source

if TYPE_CHECKING:
    from irpass.ir.function import Function
    from irpass.ir.metadata import MDNode
    from irpass.ir.module import Module
    from irpass.ir.types import Type

# A global reference, skipping strings and comments (which may hold '@' text of their own).
_GLOBAL_REF = re.compile(r'"[^"]*"|;[^\n]*|@(?:"[^"]*"|[-a-zA-Z$._0-9]+)')


class LazyState:
    """What the bodies of one parsed module share: the source, the globals as they were
    named when it was read (bodies refer to them by those names), and the type cache."""

    __slots__ = ("source", "module", "globals", "original_refs", "types")

    def __init__(self, source: Source, module: Module, types: dict[str, Type]) -> None:
        self.source = source
        self.module = module
        self.globals: dict[str, Value] = {}  # lookup key as the reader uses it -> value
        self.original_refs: dict[int, tuple[Value, str]] = {}  # id(value) -> (value, "@name")
        self.types = types

    def record(self, key: str, value: Value) -> None:
        """A global as the source names it: ``key`` is its name, or ``N`` for ``@N``."""
        self.globals["#" + key if value.name is None else key] = value
        self.original_refs[id(value)] = (value, "@" + key if value.name is None
                                         else value.ref())

    def rewrites(self, current: dict[int, str]) -> dict[str, str | None]:
        """What the writer asks (``irpass.ir.writer``): see ``global_ref_rewrites``."""
        return global_ref_rewrites(self, current)


class LazyBody:
    """Where one function's body (``{`` to ``}`` inclusive) is in the source text."""

    __slots__ = ("state", "start", "end", "arg_names")

    def __init__(self, state: LazyState, start: int, end: int,
                 arg_names: tuple[str | None, ...]) -> None:
        self.state = state
        self.start = start
        self.end = end
        self.arg_names = arg_names  # the body refers to the arguments by these

    def text(self) -> str:
        return self.state.source.text[self.start:self.end]

    def text_with(self, rewrites: dict[str, str | None]) -> str:
        """The body as it prints now: its text, with the globals renamed since (``rewrites``
        from ``LazyState.rewrites``) spelled as they are now."""
        return rewrite_global_refs(self.text(), rewrites)

    def contains(self, text: str) -> bool:
        """Whether ``text`` occurs in the body text (a scan of the source, nothing parsed)."""
        return self.state.source.text.find(text, self.start, self.end) != -1

    def mentions(self, value: Value) -> bool:
        """Whether the body text may refer to ``value`` (a global)."""
        found = self.state.original_refs.get(id(value))
        if found is None:
            return False
        ref = found[1]
        text = self.state.source.text
        pos = text.find(ref, self.start, self.end)
        while pos != -1:
            after = text[pos + len(ref): pos + len(ref) + 1]
            if not (after and (after.isalnum() or after in "-$._")):
                return True
            pos = text.find(ref, pos + 1, self.end)
        return False

    def materialize(self, fn: Function) -> None:
        """Parse the body into ``fn`` (called by ``Function.materialize``)."""
        from irpass.parser.gcpause import gc_paused
        from irpass.parser.reader import Reader

        with gc_paused():
            Reader.for_body(self.state).read_body(fn, self)


def global_ref_rewrites(state: LazyState, current: dict[int, str]) -> dict[str, str | None]:
    """Old reference text -> new, for the globals of ``state`` whose reference changed.

    ``current`` maps id(value) to the reference the printer gives each global it prints; a
    global missing from it was removed (maps to None).
    """
    out: dict[str, str | None] = {}
    for key, (_value, old) in state.original_refs.items():
        new = current.get(key)
        if new != old:
            out[old] = new
    return out


def rewrite_global_refs(text: str, rewrites: dict[str, str | None]) -> str:
    """``text`` with its global references renamed by ``rewrites`` (strings, comments kept)."""
    if not rewrites:
        return text

    def sub(m: re.Match[str]) -> str:
        ref = m.group(0)
        if ref[0] != "@" or ref not in rewrites:
            return ref
        new = rewrites[ref]
        if new is None:
            raise ValueError(f"a function body refers to {ref}, which is no longer in the module")
        return new

    return _GLOBAL_REF.sub(sub, text)


def header_ends(text: str, start: int, end: int, limit: int = 8) -> Iterator[int]:
    """Candidate offsets of the ``{`` that opens a body in text[start:end], in text order.

    LLVM prints ``define ... {`` on one line; a ``{`` before it is in a type or a constant
    of the header, and a cut there does not parse as a header. A ``{`` after a ``;`` on its
    line is in a comment and is no candidate. At most ``limit`` candidates: a header that
    none of them ends is parsed with its body, which reports the error.
    """
    pos = text.find("{", start, end)
    while pos != -1 and limit > 0:
        line = text[text.rfind("\n", start, pos) + 1:pos]
        if ";" not in line or ";" not in re.sub(r'"[^"]*"', "", line):
            limit -= 1
            yield pos
        pos = text.find("{", pos + 1, end)


class MetadataLoader:
    """Reads the lines of a module's ``MetadataRun``s when their nodes are looked up."""

    __slots__ = ("source", "text")

    def __init__(self, source: Source) -> None:
        self.source = source
        self.text = source.text

    def load(self, start: int, end: int) -> MDNode:
        """The node of the line text[start:end] (``!N = ...\\n``); raises ``IRError``."""
        from irpass.parser.reader import read_md_line

        return read_md_line(self.source, start, end)

    def error(self, pos: int, message: str) -> Exception:
        return self.source.error(pos, message)


class CheckedLines(MetadataLoader):
    """The loader of one metadata run of an eager read: the run's lines, copied out of the
    source so that the module does not keep the whole source text alive (an eager module
    needs nothing else of it), and already checked by the reader (``reader.Reader.read_run``)."""

    __slots__ = ("line0",)

    def __init__(self, source: Source, start: int, end: int, line0: int) -> None:
        self.source = source.name  # type: ignore[assignment]  # the name only: not the text
        self.text = source.text[start:end]
        self.line0 = line0  # lines before the run

    def load(self, start: int, end: int) -> MDNode:
        from irpass.parser.fastmd import read_md_def

        node = read_md_def(self.text[start:end])
        if node is None:  # the reader keeps only the lines fastmd reads in a run
            raise self.error(start, "metadata line kept in a run that fastmd cannot read")
        return node

    def error(self, pos: int, message: str) -> Exception:
        # The run's lines at their place in the file, for the line number and the caret.
        shifted = Source("\n" * self.line0 + self.text, str(self.source))
        return shifted.error(self.line0 + pos, message)
