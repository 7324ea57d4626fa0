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
from collections.abc import Iterable, Iterator
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
ENZYME_MARK = "__enzyme_"


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


def materialize_for(module: Module, needs: str) -> None:
    """Parse the bodies a pass needs: ``all``, ``reachable-from-enzyme`` or ``none``."""
    if needs == "none":
        return
    if needs == "reachable-from-enzyme":
        materialize_reachable(module, enzyme_roots(module))
        return
    module.materialize_all()


def enzyme_roots(module: Module) -> list[Function]:
    """Definitions that call ``__enzyme_*``, found by a scan of their text (parsed ones are
    looked at as parsed)."""
    roots = []
    for fn in module.functions:
        lazy = fn.lazy_body
        if lazy is not None:
            if lazy.state.source.text.find(ENZYME_MARK, lazy.start, lazy.end) != -1:
                roots.append(fn)
        elif not fn.is_declaration and any(
                ENZYME_MARK in (v.name or "") for inst in fn.instructions()
                for v in inst.operands):
            roots.append(fn)
    return roots


def references(v: Value) -> Iterator[Value]:
    """The functions, global variables and aliases ``v`` refers to: in a function's body
    (parsed if needed) and header, a global's initializer, an alias's target."""
    from irpass.ir.function import Function
    from irpass.ir.module import GlobalAlias, GlobalVariable
    from irpass.ir.values import User

    holders: list[User] = []
    if isinstance(v, Function):
        holders.append(v.tail)
        holders.extend(v.instructions())
    elif isinstance(v, GlobalVariable):
        holders.append(v.init)
    elif isinstance(v, GlobalAlias):
        holders.append(v.target)
    for h in holders:
        for op in h.iter_values():
            if isinstance(op, (Function, GlobalVariable, GlobalAlias)):
                yield op


def materialize_reachable(module: Module, roots: Iterable[Function]) -> set[int]:
    """Parse ``roots`` and every function they reach by any reference (a call, a function
    pointer passed to ``__enzyme_autodiff``, a vtable in a global's initializer); returns
    the ids of the functions reached."""
    from irpass.ir.function import Function

    seen: set[int] = set()
    seen_globals: set[int] = set()
    work: list[Value] = list(roots)
    while work:
        v = work.pop()
        if id(v) in seen_globals:
            continue
        seen_globals.add(id(v))
        if isinstance(v, Function):
            seen.add(id(v))
        work.extend(op for op in references(v) if id(op) not in seen_globals)
    return seen


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
    needs nothing else of it), and already checked by the reader (``Reader.read_run``)."""

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
