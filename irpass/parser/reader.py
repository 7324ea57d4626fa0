"""From text to the IR model: the driver of the reader.

``read_module`` splits the module into entities (``split``) and gives each to one of two
routes: the fast path (``fastpath``: the hand-written readers ``fasthead``, ``fastentity``,
``fastinst`` and ``fastmd``, which read what clang and rustc write) or, for what they refuse,
the grammar path (``treepath``: the Lark grammar, which reads all of LLVM's syntax and reports
its errors). Both define and look up names in one ``ReadState``. A lazy read keeps bodies
(``lazy``) and runs of metadata lines as text; an eager read checks the module
(``validate``).
"""

from __future__ import annotations

from irpass.ir.function import Function
from irpass.ir.metadata import MDNode, MetadataRun
from irpass.ir.module import Module
from irpass.ir.values import Value
from irpass.parser.errors import long_number_error, nesting_error
from irpass.parser.fastmd import read_md_def
from irpass.parser.fastpath import FastReader
from irpass.parser.gcpause import gc_paused
from irpass.parser.lazy import CheckedLines, LazyBody, LazyState, MetadataLoader
from irpass.parser.readstate import ReadState
from irpass.parser.snippet import SNIPPETS
from irpass.parser.split import Chunk, iter_split
from irpass.parser.treepath import TreeReader, parsed_headers
from irpass.text.diagnostics import Source


class Reader:
    """Reads one module (``read``) or one lazy body (``for_body``, ``read_body``): chooses
    the route of each entity, body and metadata line."""

    def __init__(self, source: Source, lazy: bool = False, md_runs: bool | None = None,
                 state: ReadState | None = None) -> None:
        """A reader of ``source`` into a new module (``lazy``: bodies kept as text), or into
        ``state``'s module. ``md_runs``: metadata lines in LLVM's layout kept as text (read
        on lookup; ~25% of an eager read's objects were metadata nodes; an eager read still
        checks each line as it reads it)."""
        self.source = source
        self.md_runs = True if md_runs is None else md_runs
        if state is None:
            module = Module(source.name)
            module.reader = SNIPPETS
            types: dict = {}
            # Lazy: the globals by the names the source gives them, shared by the bodies.
            state = ReadState(source, module, types=types,
                              lazy=LazyState(source, module, types) if lazy else None)
        self.state = state
        self.module = state.module
        self.tree = TreeReader(state)
        self.fast = FastReader(state, self.tree)
        self.line_mark = (0, 0)  # an offset and the number of lines before it

    @classmethod
    def for_body(cls, lazy: LazyState) -> Reader:
        """A reader for one lazy body of a module already read."""
        return cls(lazy.source, md_runs=False, state=ReadState.for_body(lazy))

    def read(self) -> Module:
        """The module: each chunk of the source by the fast path where it can, else by the
        grammar."""
        lazy = self.state.lazy is not None
        loader = MetadataLoader(self.source) if lazy else None
        # One chunk at a time: each chunk's text (a copy of the source's) goes once it is read.
        for chunk in iter_split(self.source.text, md_runs=self.md_runs):
            if chunk.kind == "define" and (self.read_lazy_define(chunk) if lazy
                                           else self.read_define_fast(chunk)):
                continue
            if chunk.kind == "!run":  # metadata lines kept as text, read on lookup
                if lazy:
                    self.add_run(loader, chunk.offset, chunk.end)
                else:
                    self.read_run(chunk.offset, chunk.end)
                continue
            if chunk.kind == "!" and self.read_md_fast(chunk):
                continue
            if chunk.kind == "d" and self.read_declare_fast(chunk):
                continue
            if self.read_entity_fast(chunk):
                continue
            self.read_chunk(chunk)
        self.state.finish()
        return self.module

    def add_run(self, loader: MetadataLoader | None, start: int, stop: int) -> None:
        """Metadata lines source.text[start:stop] kept as text, read on lookup."""
        run = MetadataRun(loader, start, stop)
        self.module.metadata.add_run(run)
        self.module.entities.append(run)

    def read_run(self, start: int, stop: int) -> None:
        """An eager read of a run of metadata lines: each line is read (its node dropped:
        the lines stay text, read again on lookup) so that its errors and a reused id are
        reported now. A line ``fastmd`` cannot read is read by the grammar and kept as a
        node, as before runs (it may hold more than one node), splitting the run there."""
        text = self.source.text
        run_start = start
        while start < stop:
            end = text.index("\n", start) + 1
            node = read_md_def(text[start:end])
            if node is None:
                if run_start < start:
                    self.add_checked_run(run_start, start)
                self.read_chunk(Chunk(text[start:end], start, "!"))
                run_start = end
            else:
                mid = node.id
                assert mid is not None
                if self.state.md_id_used(mid):
                    raise self.source.error(start, "Metadata id is already used")
                self.state.add_run_id(mid)
            start = end
        if run_start < stop:
            self.add_checked_run(run_start, stop)

    def add_checked_run(self, start: int, stop: int) -> None:
        """A run of an eager read, with the lines copied out (``CheckedLines``)."""
        at, line = self.line_mark  # runs come in file order: count the lines once
        line += self.source.text.count("\n", at, start)
        self.line_mark = (start, line)
        lines = CheckedLines(self.source, start, stop, line)
        self.add_run(lines, 0, stop - start)

    def read_md_fast(self, chunk: Chunk) -> bool:
        """A metadata node read without the grammar (``fastmd``); False if it cannot be."""
        node = read_md_def(chunk.text)
        if node is None or self.state.md_id_used(node.id):  # type: ignore[arg-type]
            return False  # the grammar reads it (and reports a reused id)
        self.module.metadata.add_read(node)
        self.module.entities.append(node)
        return True

    def read_lazy_define(self, chunk: Chunk) -> bool:
        """Read a definition's header and keep its body as text; False if no cut works."""
        text = chunk.text
        self.state.at(text, chunk.offset)
        fast = self.fast.header(text)
        if fast is not None:
            cut, spec = fast
            fn = self.fast.function(spec, is_def=True)
        else:
            found = next(parsed_headers(text), None)
            if found is None:
                return False
            cut, tree = found
            fn = self.tree.function(tree)
        assert self.state.lazy is not None
        fn.lazy_body = LazyBody(self.state.lazy, chunk.offset + cut, chunk.end,
                                tuple(a.name for a in fn.args))
        return True

    def read_declare_fast(self, chunk: Chunk) -> bool:
        """A declaration read by ``fasthead``; False if the grammar must read it."""
        return self.fast.declaration(chunk)

    def read_entity_fast(self, chunk: Chunk) -> bool:
        """A global, type, attribute group, named metadata, comdat, ``source_filename`` or
        ``target`` read by ``fastentity``; False if the grammar must read it."""
        return self.fast.entity(chunk)

    def read_define_fast(self, chunk: Chunk) -> bool:
        """Read a definition with its body's lines read one by one (``fastinst``, else the
        grammar's ``instruction`` rule); False if the chunk must be read whole by the grammar
        (which then reports any error)."""
        text = chunk.text
        fast = self.fast.header(text)
        tree = spec = None
        if fast is not None:
            cut, spec = fast
        else:
            try:
                cut, tree = next(parsed_headers(text))
            except (StopIteration, RecursionError, ValueError):
                return False
        items = self.fast.body_items(text, cut, chunk.offset)
        if items is None:
            return False
        self.state.at(text, chunk.offset)
        try:
            if spec is not None:
                self.fast.function(spec, items)
            else:  # a header only the grammar reads, a body the fast path reads
                fn, scope, counter = self.tree.header(tree)
                self.fast.body(fn, items[0], items[1], scope, counter)
        except RecursionError:
            raise nesting_error(self.source, chunk.offset, chunk.end) from None
        except ValueError as e:
            if "digits" not in str(e):
                raise
            raise long_number_error(self.source, chunk.offset, chunk.end) from None
        return True

    def read_body(self, fn: Function, lazy: LazyBody) -> None:
        """Parse a lazy body into ``fn``, whose header (and module) is read already."""
        text = lazy.text()
        self.state.at(text, lazy.start)
        items = self.fast.body_items(text, 0, lazy.start)
        # Some line cannot be read alone: the grammar reads the body.
        tree = self.tree.parse_body(text, lazy.start) if items is None else None
        scope: dict[str, Value] = {}
        counter = [0]
        # The body names the arguments as the source did, whatever they are called now.
        for arg, name in zip(fn.args, lazy.arg_names):
            if name is None:
                scope[str(counter[0])] = arg
                counter[0] += 1
            else:
                scope['"' + name if name.isdigit() else name] = arg  # %"0": a name
        if tree is not None:
            self.tree.body(fn, tree, scope, counter)
        else:
            assert items is not None
            self.fast.body(fn, items[0], items[1], scope, counter)
        self.state.finish()

    def read_chunk(self, chunk: Chunk) -> None:
        """Read ``chunk`` with the grammar (which reports its syntax errors)."""
        self.tree.read_chunk(chunk)


def read_md_line(source: Source, start: int, end: int) -> MDNode:
    """The node of the metadata line source.text[start:end], read as the reader reads it."""
    chunk = Chunk(source.text[start:end], start, "!")
    node = read_md_def(chunk.text)
    if node is not None:
        return node
    reader = Reader(source)
    reader.read_chunk(chunk)
    return reader.module.metadata[int(chunk.text[1:chunk.text.index("=")])]


def read_module(text: str, name: str = "<input>", lazy: bool = False) -> Module:
    """Parse a module's text into the IR model; raises ``IRError`` with a location.

    ``lazy``: function bodies are parsed when first used (see ``irpass.parser.lazy``).
    """
    source = Source(text, name)
    with gc_paused():
        module = Reader(source, lazy).read()
    if not lazy:  # a lazy module's bodies are not read yet: nothing to check them against
        from irpass.parser.validate import validate

        validate(module, source)
    return module
