"""From text to the IR model: split the module, parse each entity, build values and uses.

References are resolved in one pass: a name used before its definition gets a placeholder,
replaced when the definition is read; names never defined are errors, as in LLVM.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from sys import intern

from irpass.ir import types as T
from irpass.ir.attributes import AttributeList
from irpass.ir.function import BasicBlock, Function, new_argument
from irpass.ir.instructions import CallInst, DebugRecord, Instruction, TypedInstruction
from irpass.ir.metadata import (
    MDFlags,
    MDList,
    MDNode,
    MDRef,
    MDString,
    MDTypedValue,
    MDValue,
    MDWord,
    MetadataRun,
    NamedMetadata,
)
from irpass.ir.module import (
    AttributeGroup,
    GlobalAlias,
    GlobalVariable,
    Module,
    TextEntity,
    TypeDef,
)
from irpass.ir.names import decode_name, unescape
from irpass.ir.values import Constant, MetadataOperand, Placeholder, Value
from irpass.parser import fastentity
from irpass.parser.errors import long_number_error, nesting_error, syntax_error
from irpass.parser.fasthead import HeaderSpec, read_header
from irpass.parser.fastinst import OPCODE_WORDS, InstSpec, read_inst
from irpass.parser.fastmd import read_md_def
from irpass.parser.gcpause import gc_paused
from irpass.parser.lazy import CheckedLines, LazyBody, LazyState, MetadataLoader, header_ends
from irpass.parser.lazylark import Token, Tree, lark, parser
from irpass.parser.snippet import SNIPPETS
from irpass.parser.split import Chunk, iter_split
from irpass.parser.types import addrspace_of, is_type_node, to_type
from irpass.text.diagnostics import IRError, Source

MD_VALUE_NODES = frozenset({"md_operand_value", "md_string", "md_value"})
VALUE_NODES = frozenset({"v_local", "v_global", "v_asm"}) | MD_VALUE_NODES
# Words before a function's return type that are not return attributes.
LINKAGE_WORDS = frozenset({
    "private", "internal", "available_externally", "linkonce", "weak", "common", "appending",
    "extern_weak", "linkonce_odr", "weak_odr", "external", "dso_local", "dso_preemptable",
    "default", "hidden", "protected", "dllimport", "dllexport", "unnamed_addr",
    "local_unnamed_addr", "externally_initialized", "thread_local",
})
FAST_MATH = frozenset({"fast", "nnan", "ninf", "nsz", "arcp", "contract", "afn", "reassoc"})
_CALLING_CONV = re.compile(r"(?:[a-z_0-9]*cc|cc\s*\d+|swiftcc|swifttailcc|tailcc|cfguard_checkcc"
                           r"|[a-z_0-9]+_(?:kernel|vs|ps|gs|hs|es|ls|cs|gfx|intrcc))\Z")
_COMMENT = re.compile(r'("[^"]*")|;[^\n]*')
# Lines of a body (``body_items``): a label, the start of an instruction or record, a blank.
_LABEL_LINE = re.compile(r'[ \t]*((?:[-a-zA-Z$._0-9]+|"[^"]*"):)[ \t\r]*(?:;[^\n]*)?\Z')
_ITEM_START = re.compile(r'[ \t]*(?:%(?:[-a-zA-Z$._0-9]+|"[^"]*")[ \t]*=|#dbg_|([a-z_]+)\b)')
_BLANK_REST = re.compile(r"[ \t\r]*(?:;[^\n]*)?\Z")
_BLANK_ALL = re.compile(r"\s*(?:;[^\n]*\s*)*\Z")
_LEAD = re.compile(r"[ \t]*")
# A metadata reference written with blanks or comments between "!" and the number.
_SPACED_MD_REF = re.compile(r"!(?:\s|;[^\n]*+)*+([0-9]+)\Z")


# Chunk kinds read whole by one regular expression: the entity and its text.
_TEXT_ENTITIES = {"s": ("source_filename", fastentity.SOURCE_FILENAME),
                  "t": ("target", fastentity.TARGET), "$": ("comdat", fastentity.COMDAT)}


def _is_prefix_word(text: str) -> bool:
    return (text in LINKAGE_WORDS or text.startswith("thread_local")
            or bool(_CALLING_CONV.match(text)))


def _strip_comments(text: str) -> str:
    if ";" not in text:
        return text
    return _COMMENT.sub(lambda m: m.group(1) or "", text)


def md_number(text: str) -> int:
    """The number of an ``MD_ID`` token: ``!12``, or ``! 12`` (LLVM allows the blank)."""
    return int(text[1:] if text[1:2].isdigit() else text[1:].split()[-1])


def md_ref_text(text: str) -> str:
    """``!12`` for a reference written ``! 12`` (so ``md_id`` and passes see the number);
    any other text unchanged."""
    if text[1:2].isdigit() or not text.startswith("!"):
        return text
    m = _SPACED_MD_REF.match(text)
    return "!" + m.group(1) if m else text


def start(node) -> int:
    return node.start_pos if isinstance(node, Token) else node._meta.start_pos


def end(node) -> int:
    return node.end_pos if isinstance(node, Token) else node._meta.end_pos


def parsed_headers(text: str):
    """(cut, tree) for each place a definition's header may end (``header_ends``) where the
    text before it parses as a ``function_def_header``, in order."""
    for cut in header_ends(text, 0, len(text)):
        try:
            tree = parser().parse(text[:cut], start="function_def_header")
        except lark.exceptions.UnexpectedInput:
            continue
        yield cut, tree


class Reader:
    """Builds one ``Module`` from one source text."""

    def __init__(self, source: Source, lazy: bool = False, md_runs: bool | None = None) -> None:
        self.source = source
        # Metadata lines kept as text (read on lookup; ~25% of an eager read's objects were
        # metadata nodes). An eager read still checks each line as it reads it.
        self.md_runs = True if md_runs is None else md_runs
        self.module = Module(source.name)
        self.module.reader = SNIPPETS
        self.pending: dict[str, Placeholder] = {}
        self.unnamed_globals = 0
        self._types: dict[str, T.Type] = {}
        self.text = ""  # text of the chunk being read
        self.base = 0  # its offset in the file
        # Lazy bodies: the globals by the names the source gives them, shared by the bodies.
        self.lazy = LazyState(source, self.module, self._types) if lazy else None
        self.globals_table: dict[str, Value] = self.module.globals
        # Attachment pairs ("dbg", "!30") shared by the instructions that have the same one.
        self.md_pairs: dict[tuple[str, str], tuple[str, str]] = {}
        # The templates of literal constants read by the fast path: one tuple per text,
        # shared (read-only; ``Constant.literal`` and edits make lists of their own).
        self.literals: dict[str, tuple[str]] = {}
        # An eager read: the ids of the run lines read so far, to report a reused id where
        # the grammar reports it (a lazy read reports it on the first lookup).
        self.run_ids = array("q")
        self.run_id_set: set[int] | None = None  # built if the ids do not ascend
        self.line_mark = (0, 0)  # an offset and the number of lines before it
        # The address space of the first use of a global not yet defined, where not 0.
        self.forward_spaces: dict[str, int] = {}

    @classmethod
    def for_body(cls, state: LazyState) -> Reader:
        """A reader for one lazy body of a module already read."""
        r = cls.__new__(cls)
        r.source = state.source
        r.module = state.module
        r.pending = {}
        r.unnamed_globals = 0
        r._types = state.types
        r.text = ""
        r.base = 0
        r.lazy = None
        r.md_runs = False
        r.globals_table = state.globals
        r.md_pairs = {}
        r.literals = {}
        r.run_ids = array("q")
        r.run_id_set = None
        r.line_mark = (0, 0)
        r.forward_spaces = {}
        return r

    # ---- driver ---------------------------------------------------------------------------
    def read(self) -> Module:
        lazy = self.lazy is not None
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
        self.declare_intrinsics()
        if self.pending:
            ph = min(self.pending.values(), key=lambda p: p.pos[0])
            raise self.source.error(ph.pos[0], f"use of undefined value '{ph.token}'")
        return self.module

    def declare_intrinsics(self) -> None:
        """Declare the ``llvm.*`` functions that are called but never declared, as LLVM 19
        and later do: from the call's function type, after the last function, in name order.

        LLVM also renames a call whose types do not fit the name's mangling suffix (one
        declaration per type); irpass does not know the mangling rules and refuses that.
        """
        for key in sorted(k for k in self.pending if k.startswith("llvm.")):
            ph = self.pending[key]
            ftype = None
            for user, index in sorted(ph.uses, key=lambda u: getattr(u[0], "pos", 0) or 0):
                if not isinstance(user, CallInst) or index != 0:
                    raise self.source.error(ph.pos[0], "intrinsic can only be used as callee")
                if ftype is None:
                    ftype = user.fn_type
                elif user.fn_type != ftype:
                    raise self.source.error(user.pos or ph.pos[0],
                                            f"intrinsic '{ph.token}' called with two function "
                                            "types (LLVM would declare one per mangled name)")
            assert isinstance(ftype, T.FunctionType)
            fn = Function(key, ftype)
            for ptype in ftype.params:
                fn.args.append(new_argument(fn, ptype, None))
            self.module.add(fn)
            self.globals_table[key] = fn
            del self.pending[key]
            ph.replace_all_uses_with(fn)

    def add_run(self, loader: MetadataLoader | None, start: int, stop: int) -> None:
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
                if self.md_id_used(mid):
                    raise self.source.error(start, "Metadata id is already used")
                ids = self.run_ids
                if self.run_id_set is None and ids and mid < ids[-1]:
                    self.run_id_set = set(ids)
                ids.append(mid)
                if self.run_id_set is not None:
                    self.run_id_set.add(mid)
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

    def md_id_used(self, mid: int) -> bool:
        """Whether node ``mid`` was read already (run lines included in an eager read)."""
        if self.module.metadata.has_read(mid):
            return True
        ids = self.run_ids
        if not ids:
            return False
        if self.run_id_set is None:  # the run ids ascend
            return mid <= ids[-1] and ids[bisect_left(ids, mid)] == mid
        return mid in self.run_id_set

    def read_md_fast(self, chunk: Chunk) -> bool:
        """A metadata node read without the grammar (``fastmd``); False if it cannot be."""
        node = read_md_def(chunk.text)
        if node is None or self.md_id_used(node.id):  # type: ignore[arg-type]
            return False  # the grammar reads it (and reports a reused id)
        self.module.metadata.add_read(node)
        self.module.entities.append(node)
        return True

    def fast_header(self, text: str) -> tuple[int, HeaderSpec] | None:
        """The ``{`` that ends a definition's first line and the header before it, read by
        ``fasthead``; None if the grammar must read the header."""
        eol = text.find("\n")
        if eol < 0:
            return None
        cut = text.rfind("{", 0, eol)
        if cut < 0 or not _BLANK_REST.match(text, cut + 1, eol):
            return None
        spec = read_header(text[:cut], self._types)
        return None if spec is None else (cut, spec)

    def read_lazy_define(self, chunk: Chunk) -> bool:
        """Read a definition's header and keep its body as text; False if no cut works."""
        text = chunk.text
        self.text = text
        self.base = chunk.offset
        fast = self.fast_header(text)
        if fast is not None:
            cut, spec = fast
            fn = self.fast_function(spec, is_def=True)
        else:
            found = next(parsed_headers(text), None)
            if found is None:
                return False
            cut, tree = found
            fn = self.function(tree)
        assert self.lazy is not None
        fn.lazy_body = LazyBody(self.lazy, chunk.offset + cut, chunk.end,
                                tuple(a.name for a in fn.args))
        return True

    def read_declare_fast(self, chunk: Chunk) -> bool:
        """A declaration read by ``fasthead``; False if the grammar must read it."""
        spec = read_header(chunk.text, self._types)
        if spec is None or not chunk.text.lstrip().startswith("declare"):
            return False
        self.text = chunk.text
        self.base = chunk.offset
        self.fast_function(spec)
        return True

    def read_entity_fast(self, chunk: Chunk) -> bool:
        """A global, type, attribute group, named metadata, comdat, ``source_filename`` or
        ``target`` read by ``fastentity``; False if the grammar must read it."""
        kind, text = chunk.kind, chunk.text
        m = self.module
        self.text = text
        self.base = chunk.offset
        if kind == "@":
            spec = fastentity.global_def(text, self._types)
            if spec is None:
                return False
            self.fast_global(spec)
        elif kind == "%":
            found = fastentity.type_def(text, self._types)
            if found is None:
                return False
            name = decode_name(found[0])
            if name in m.types:
                raise self.source.error(chunk.offset, "redefinition of type")
            m.types[name] = td = TypeDef(name, found[1], text[:found[2]])
            m.entities.append(td)
        elif kind == "a":
            group = fastentity.attribute_group(text)
            if group is None:
                return False
            gid, attrs = group
            m.attribute_groups[gid] = ag = AttributeGroup(gid, AttributeList(attrs))
            m.entities.append(ag)
        elif kind == "!":
            named = fastentity.named_metadata(text)
            if named is None:
                return False
            nm = NamedMetadata(unescape(named[0]), named[1])
            m.named_metadata[nm.name] = nm
            m.entities.append(nm)
        else:
            pattern = _TEXT_ENTITIES.get(kind)
            found = pattern[1].match(text) if pattern is not None else None
            if found is None:
                return False
            m.entities.append(TextEntity(pattern[0], [intern(found.group(1))]))
        return True

    def fast_global(self, spec: fastentity.GlobalSpec) -> None:
        """``global_def`` for a global read by ``fastentity``."""
        g = GlobalVariable(None, spec.vtype, spec.kind, T.PTR)
        g.pre_attrs = spec.pre
        g.value_type_text = spec.vtype_text
        self.define_global_at(g, spec.head, self.base)
        if spec.init is not None:
            g.init.add_operand(self.fast_constant(spec.init, g.value_type))
        g.tail, g.metadata = spec.tail, spec.md

    def fast_constant(self, const: tuple, type_: T.Type) -> Value:
        """``value`` for a constant read by ``fastentity`` (``_value``'s tuples)."""
        kind, lo, hi = const[0], const[1], const[2]
        if kind == "G":
            return self.global_name(const[3], self.base + lo, type_)
        if kind == "C":
            return Constant.literal(type_, intern(const[3]), const[4])
        rule, elements = const[3], const[4]
        if not elements:
            return Constant.literal(type_, intern(self.text[lo:hi]), rule)
        template: list[str | int] = []
        operands: list[Value] = []
        pos = lo
        for element, etype in elements:
            if element[1] > pos:
                template.append(intern(self.text[pos:element[1]]))
            template.append(len(operands))
            operands.append(self.fast_constant(element, etype))
            pos = element[2]
        if hi > pos:
            template.append(intern(self.text[pos:hi]))
        return Constant(type_, rule, template, operands)

    def read_define_fast(self, chunk: Chunk) -> bool:
        """Read a definition with its body's lines read one by one (``fastinst``, else the
        grammar's ``instruction`` rule); False if the chunk must be read whole by the grammar
        (which then reports any error)."""
        text = chunk.text
        fast = self.fast_header(text)
        tree = spec = None
        if fast is not None:
            cut, spec = fast
        else:
            try:
                cut, tree = next(parsed_headers(text))
            except (StopIteration, RecursionError, ValueError):
                return False
        items = self.body_items(text, cut, chunk.offset)
        if items is None:
            return False
        self.text = text
        self.base = chunk.offset
        try:
            if spec is not None:
                self.fast_function(spec, items)
            else:
                self.function(tree, items)
        except RecursionError:
            raise nesting_error(self.source, chunk.offset, chunk.end) from None
        except ValueError as e:
            if "digits" not in str(e):
                raise
            raise long_number_error(self.source, chunk.offset, chunk.end) from None
        return True

    def body_items(self, text: str, cut: int, base: int) -> tuple[list, int] | None:
        """The labels, instructions and records of the body text[cut:] (``{`` to ``}``),
        each read into a spec or a grammar tree, and the offset of the ``}``; None if a
        line cannot be read alone (the grammar then reads the whole definition)."""
        eol = text.find("\n", cut)
        if eol == -1 or not _BLANK_REST.match(text, cut + 1, eol):
            return None
        items: list = []
        pos = eol + 1
        n = len(text)
        group = -1  # start of the instruction being gathered (it may span lines)
        group_end = -1
        close = -1
        last = "{"
        while pos < n:
            eol = text.find("\n", pos)
            if eol == -1:
                eol = n
            m = _LABEL_LINE.match(text, pos, eol)
            if m is not None:
                if group >= 0 and not self.body_item(text, group, group_end, base, items):
                    return None
                if last == "label":
                    return None  # an empty block: the grammar reports it
                group = -1
                items.append(("label", m.group(1), base + m.start(1)))
                last = "label"
            elif (m := _ITEM_START.match(text, pos, eol)) is not None and (
                    m.group(1) is None or m.group(1) in OPCODE_WORDS):
                if group >= 0 and not self.body_item(text, group, group_end, base, items):
                    return None
                group, group_end = pos, eol
                last = "item"
            elif _BLANK_REST.match(text, pos, eol):
                pass  # blank or comment lines
            elif text.startswith("}", _LEAD.match(text, pos).end()):  # type: ignore[union-attr]
                close = _LEAD.match(text, pos).end()  # type: ignore[union-attr]
                if (not _BLANK_REST.match(text, close + 1, eol)
                        or not _BLANK_ALL.match(text, eol, n)):
                    return None
                break
            elif group >= 0:
                group_end = eol  # the instruction goes on on this line
            else:
                return None
            pos = eol + 1
        if close < 0 or last != "item":
            return None
        if group >= 0 and not self.body_item(text, group, group_end, base, items):
            return None
        return items, base + close

    def body_item(self, text: str, lo: int, hi: int, base: int, items: list) -> bool:
        """Read text[lo:hi] (one instruction or record) into ``items``; False if it cannot
        be read alone."""
        chunk = text[lo:hi]
        spec = read_inst(chunk, self._types, self.module.resolve_type)
        if spec is not None:
            items.append(("spec", spec, base + lo))
            return True
        try:
            if chunk.lstrip().startswith("#dbg_"):
                # Records are no start rule: read as the only item of a body.
                wrapped = "{" + chunk + "\nunreachable\n}"
                node = parser().parse(wrapped, start="body").children[0].children[0]
                if node.data != "debug_record":
                    return False
                items.append(("tree", node, wrapped, base + lo - 1))
                return True
            if chunk.lstrip().startswith("uselistorder"):
                return False
            node = parser().parse(chunk, start="instruction")
        except (lark.exceptions.UnexpectedInput, RecursionError, ValueError):
            return False
        items.append(("tree", node, chunk, base + lo))
        return True

    def read_body(self, fn: Function, lazy: LazyBody) -> None:
        """Parse a lazy body into ``fn``, whose header (and module) is read already."""
        self.text = lazy.text()
        self.base = lazy.start
        items = self.body_items(self.text, 0, self.base)
        tree = None
        if items is None:  # some line cannot be read alone: the grammar reads the body
            try:
                tree = parser().parse(self.text, start="body")
            except lark.exceptions.UnexpectedInput as e:
                raise syntax_error(self.source, e, self.base) from None
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
            self.body(fn, tree, scope, counter)
        else:
            assert items is not None
            self.fast_body(fn, items[0], items[1], scope, counter)
        self.declare_intrinsics()
        if self.pending:
            ph = min(self.pending.values(), key=lambda p: p.pos[0])
            raise self.source.error(ph.pos[0], f"use of undefined value '{ph.token}'")

    def read_chunk(self, chunk: Chunk) -> None:
        self.text = chunk.text
        self.base = chunk.offset
        try:
            try:
                trees = [parser().parse(chunk.text, start="entity")]
            except lark.exceptions.UnexpectedInput as e:
                # Line breaks mean nothing to LLVM: a chunk (cut at line starts) may hold
                # several entities written on one line. Else the first error stands.
                try:
                    trees = parser().parse(chunk.text, start="module").children
                except lark.exceptions.UnexpectedInput:
                    raise e from None
            for tree in trees:
                self.entity(tree)
        except lark.exceptions.UnexpectedInput as e:
            raise syntax_error(self.source, e, chunk.offset) from None
        except RecursionError:  # types, constants or metadata nested deeper than we recurse
            raise nesting_error(self.source, chunk.offset, chunk.end) from None
        except ValueError as e:  # int() refuses numbers of more than 4300 digits
            if "digits" not in str(e):
                raise
            raise long_number_error(self.source, chunk.offset, chunk.end) from None

    def err(self, node, message: str) -> IRError:
        return self.source.error(self.base + start(node), message)

    def slice(self, node) -> str:
        # Interned: the same few attribute, type and literal texts recur thousands of times.
        return intern(self.text[start(node):end(node)])

    def type(self, node) -> T.Type:
        key = self.slice(node)
        t = self._types.get(key)
        if t is None:
            t = self._types[key] = to_type(node)
        return t

    # ---- top level ------------------------------------------------------------------------
    def entity(self, tree: Tree) -> None:
        kind = tree.data
        m = self.module
        if kind in ("source_filename", "target_def", "module_asm", "comdat_def",
                    "summary_entry"):
            name = {"target_def": "target", "comdat_def": "comdat"}.get(kind, kind)
            m.entities.append(TextEntity(name, [_strip_comments(self.slice(tree))]))
        elif kind == "uselistorder":
            m.entities.append(self.template_entity(kind, tree, None))
        elif kind == "uselistorder_bb":  # names a block of another function: kept as text
            m.entities.append(TextEntity(kind, [_strip_comments(self.slice(tree))]))
        elif kind == "type_def":
            name = decode_name(tree.children[0].value)
            if name in m.types:
                raise self.err(tree, "redefinition of type")
            body = tree.children[1]
            m.types[name] = td = TypeDef(name, None if isinstance(body, Token) else
                                         self.type(body), _strip_comments(self.slice(tree)))
            m.entities.append(td)
        elif kind == "global_def":
            self.global_def(tree)
        elif kind in ("alias_def", "ifunc_def"):
            self.alias_def(tree)
        elif kind in ("function_decl", "function_def", "function_def_header"):
            self.function(tree)
        elif kind == "attr_group_def":
            gid = int(tree.children[0].value[1:])
            group = AttributeGroup(gid, AttributeList([self.slice(c) for c in tree.children[1:]]))
            m.attribute_groups[gid] = group
            m.entities.append(group)
        elif kind == "named_md_def":
            name = tree.children[0].value[1:]
            nm = NamedMetadata(unescape(name), [self.named_md_item(c) for c in tree.children[1:]])
            m.named_metadata[nm.name] = nm
            m.entities.append(nm)
        elif kind == "md_def":
            mid = md_number(tree.children[0].value)
            if self.md_id_used(mid):
                raise self.err(tree, "Metadata id is already used")
            node = self.md_node(tree.children[1])
            node.id = mid
            body = self.text[end(tree.children[0]):end(tree)]
            body = _strip_comments(body.split("=", 1)[1]).strip()
            node.distinct = body.startswith("distinct")
            node.text = body
            m.metadata.add_read(node)
            m.entities.append(node)
        else:  # pragma: no cover - the grammar has no other entities
            raise self.err(tree, f"unexpected {kind}")

    def named_md_item(self, node) -> int | MDNode:
        """An operand of named metadata: a node's id, or a ``!DIExpression`` in place."""
        if isinstance(node, Token):
            return md_number(node.value)
        if node.data == "md_tuple" or node.children[0].value != "!DIExpression":
            raise self.err(node, "expected '!' here (only !DIExpression is read in place)")
        return self.md_value(node)  # type: ignore[return-value]

    def define_global(self, value: Value, token: Token | None, node) -> None:
        if token is None:
            self.define_global_at(value, None, 0)
        else:
            self.define_global_at(value, token.value, self.base + start(token))

    def define_global_at(self, value: Value, raw: str | None, pos: int) -> None:
        """Define a global (``raw``: ``@g``, ``@3 =``... as written, None: the next number)
        whose name is at offset ``pos`` of the file."""
        m = self.module
        if raw is not None and raw[1:].split("=")[0].strip() == '""':
            raw = None  # LLVM numbers a global named "" as an unnamed one
        if raw is None or raw[1:].split("=")[0].strip().isdigit():
            number = raw[1:].split("=")[0].strip() if raw is not None else None
            # LLVM (19 and later) lets numbers skip ahead, never go back.
            if number is not None and int(number) < self.unnamed_globals:
                raise self.source.error(pos, f"variable expected to be numbered "
                                             f"'@{self.unnamed_globals}' or greater")
            key = str(self.unnamed_globals if number is None else int(number))
            self.unnamed_globals = int(key) + 1
            value.name = None
        else:
            key = decode_name(raw.rsplit("=", 1)[0].rstrip())
            value.name = key
            if key in m.globals:
                raise self.source.error(pos, f"redefinition of global '@{key}'")
        value.module = m  # type: ignore[attr-defined]
        if value.name is not None:
            m.globals[key] = value
        else:
            m.globals["#" + key] = value  # numbered: reachable by number, printed by position
        if self.lazy is not None:
            self.lazy.record(key, value)
        ph = self.pending.pop(key, None)
        if ph is not None:
            if self.forward_spaces:  # rare: imported when needed
                from irpass.parser.forward import forward_reference_space

                forward_reference_space(self.source, value, ph,
                                        self.forward_spaces.pop(key, 0), pos)
            ph.replace_all_uses_with(value)
        m.entities.append(value)

    def global_ref(self, token: Token, type_: T.Type | None = None) -> Value:
        return self.global_name(token.value, self.base + token.start_pos, type_)

    def global_name(self, raw: str, pos: int, type_: T.Type | None = None) -> Value:
        """The global ``raw`` (``@g``, ``@3``) refers to; a placeholder (at ``pos``, used as
        a ``type_``) if not defined yet."""
        body = raw[1:]
        if body.isdigit():
            found = self.globals_table.get("#" + body)
            key = body
        else:
            key = decode_name(raw)
            found = self.globals_table.get(key)
        if found is not None:
            return found
        ph = self.pending.get(key)
        if ph is None:
            ph = self.pending[key] = Placeholder(T.PTR, raw, (pos, 0))
            if isinstance(type_, (T.PointerType, T.TypedPointerType)) and type_.addrspace:
                self.forward_spaces[key] = type_.addrspace
        return ph

    def split_attrs(self, nodes: list) -> tuple[list[str], AttributeList]:
        pre: list[str] = []
        rest = AttributeList()
        for n in nodes:
            text = self.slice(n)
            if _is_prefix_word(text) and not rest:
                pre.append(text)
            else:
                rest.items.append(text)
        return pre, rest

    def global_def(self, tree: Tree) -> None:
        ch = tree.children
        token = ch[0] if isinstance(ch[0], Token) and ch[0].type == "GLOBAL_DEF" else None
        i = 1 if token is not None else 0
        attrs = []
        while not (isinstance(ch[i], Tree) and ch[i].data == "global_kind"):
            attrs.append(ch[i])
            i += 1
        kind = ch[i].children[0].value
        vtype_node = ch[i + 1]
        addrspace = 0
        pre = []
        for a in attrs:
            text = self.slice(a)
            if text.startswith("addrspace"):
                addrspace = addrspace_of(a.children[0])
            pre.append(text)
        g = GlobalVariable(None, self.type(vtype_node), kind, T.PointerType(addrspace))
        g.pre_attrs = pre
        g.value_type_text = self.slice(vtype_node)
        self.define_global(g, token, tree)
        rest = ch[i + 2:]
        after = end(vtype_node)
        if rest and isinstance(rest[0], Tree) and (rest[0].data in VALUE_NODES
                                                   or rest[0].data.startswith("c_")):
            g.init.add_operand(self.value(rest[0], g.value_type))
            after = end(rest[0])
            rest = rest[1:]
        g.tail, g.metadata = self.tail_and_metadata(rest, after, end(tree))

    def tail_and_metadata(self, rest: list, after: int, stop: int
                          ) -> tuple[str, list[tuple[str, str]]]:
        """Split what follows a global's initializer into plain text and attachments."""
        md = [n for n in rest if isinstance(n, Tree) and n.data == "global_md"]
        if md and all(isinstance(n, Tree) and n.data == "global_md" for n in rest[len(rest) - len(md):]):
            first = md[0]
            tail_text = self.text[after:start(first)]  # a global_md starts at its comma
            return _strip_comments(tail_text).rstrip(), [self.attachment(n.children[0])
                                                          for n in md]
        return _strip_comments(self.text[after:stop]).rstrip(), []

    def attachment(self, node: Tree) -> tuple[str, str]:
        kind = node.children[0].value[1:]
        return (intern(unescape(kind) if "\\" in kind else kind),
                md_ref_text(_strip_comments(self.slice(node.children[1]))))

    def alias_def(self, tree: Tree) -> None:
        ch = tree.children
        i = 1
        while not (isinstance(ch[i], Token) and ch[i].type in ("ALIAS_KW", "IFUNC_KW")):
            i += 1
        kind = ch[i].value
        a = GlobalAlias(None, kind, self.slice(ch[i + 1]))
        a.pre_attrs = [self.slice(n) for n in ch[1:i]]
        self.define_global(a, ch[0], tree)
        target = ch[i + 2]
        if target.data == "tv":
            a.target.add_operand(self.value(target.children[1], self.type(target.children[0])))
            # The aliasee's type is kept as text in the template of the target.
            a.target.template = [self.slice(target.children[0]) + " ", 0]
        else:  # LLVM lets a cast or GEP aliasee go without its type
            a.target.add_operand(self.value(target, T.PTR))
            a.target.template = [0]
        a.tail, a.metadata = self.tail_and_metadata(ch[i + 3:], end(target), end(tree))

    # ---- metadata -------------------------------------------------------------------------
    def md_node(self, node: Tree) -> MDNode:
        d = node.data
        ch = node.children
        if d == "md_tuple":
            return MDNode.read("tuple", elements=[self.md_value(c) for c in ch])
        kind = ch[0].value[1:]
        if d == "md_special_args":
            return MDNode.read(kind, args=[self.md_value(c) for c in ch[1].children])
        fields = {}
        for f in ch[1:]:
            fields[f.children[0].value[:-1]] = self.md_value(f.children[1])
        return MDNode.read(kind, fields=fields)

    def md_value(self, node) -> MDValue:
        if isinstance(node, Token):
            kind, text = node.type, node.value
            if kind == "INT":
                return int(text)
            if kind == "STRING":
                return unescape(text[1:-1])
            if kind == "MD_ID":
                return MDRef(md_number(text))
            if kind == "BAREWORD":
                return MDWord(text)
            return MDWord(text)  # FLOAT, HEX_INT: kept as spelled
        d = node.data
        if d == "md_ref":
            return MDRef(md_number(node.children[0].value))
        if d == "md_flags":
            words = tuple(c.value for c in node.children)
            return MDWord(words[0]) if len(words) == 1 else MDFlags(words)
        if d == "md_null":
            return None
        if d in ("md_true", "md_false"):
            return d == "md_true"
        if d in ("tv", "md_value"):
            tv = node if d == "tv" else node.children[0]
            return MDTypedValue(self.slice(tv.children[0]), self.slice(tv.children[1]))
        if d == "md_string":
            return MDString(unescape(node.children[0].value[1:-1]))
        if d == "md_list":
            return MDList(tuple(self.md_value(c) for c in node.children))
        if d == "md_operand_value":
            return self.md_value(node.children[0])
        if d in ("md_tuple", "md_special", "md_special_args"):
            inner = self.md_node(node)
            inner.text = self.slice(node)
            return inner
        return MDWord(self.slice(node))

    def template_entity(self, kind: str, tree: Tree, scope: dict | None) -> TextEntity:
        template, operands = self.template([tree], start(tree), end(tree), scope)
        return TextEntity(kind, template, operands)

    # ---- functions ------------------------------------------------------------------------
    def function(self, tree: Tree, items: tuple[list, int] | None = None) -> Function:
        """A declaration or definition; ``items``: its body read by ``body_items``."""
        ch = tree.children
        is_def = tree.data == "function_def"
        header = next(c for c in ch if isinstance(c, Tree) and c.data == "function_header")
        mds = [c for c in ch if isinstance(c, Tree) and c.data == "md_attachment"]
        hc = header.children
        ti = next(i for i, c in enumerate(hc) if is_type_node(c))
        ret_node, name_node, params_node = hc[ti], hc[ti + 1], hc[ti + 2]
        pre, ret_attrs = self.split_attrs(hc[:ti])
        params = []
        varargs = False
        for p in params_node.children:
            if isinstance(p, Token):
                varargs = True
                continue
            pc = p.children
            pname = pc[-1] if isinstance(pc[-1], Token) and pc[-1].type == "LOCAL_VAR" else None
            pattrs = pc[1:-1] if pname is not None else pc[1:]
            params.append((self.type(pc[0]), [self.slice(a) for a in pattrs], pname))
        ftype = T.FunctionType(self.type(ret_node), tuple(p[0] for p in params), varargs)
        fn = Function(None, ftype)
        fn.ret_type_text = self.slice(ret_node)
        fn.pre_attrs = pre
        fn.ret_attrs = ret_attrs
        fn.metadata = [self.attachment(n) for n in mds]
        tails = hc[ti + 3:]
        tail_nodes = []
        for t in tails:
            if t.data.startswith("attr_"):
                text = self.slice(t)
                if text.startswith("addrspace"):
                    fn.type = T.PointerType(addrspace_of(t.children[0]) if t.children else 0)
                fn.fn_attrs.items.append(text)
            else:
                tail_nodes.append(t)
        for t in tail_nodes:
            template, operands = self.template([t], start(t), end(t), None)
            base = len(fn.tail.operands)
            fn.tail.template.append(" ")
            fn.tail.template.extend(p if isinstance(p, str) else p + base for p in template)
            for op in operands:
                fn.tail.add_operand(op)
        self.define_global(fn, name_node.children[0], tree)
        scope: dict[str, Value] = {}
        counter = [0]
        for _i, (ptype, pattrs, pname) in enumerate(params):
            arg = new_argument(fn, ptype, None, AttributeList(pattrs))
            # An unnamed parameter takes the next number, and a body may use it (%0)
            self.define_local(scope, counter, arg, pname)
            fn.args.append(arg)
        if is_def:
            body = next(c for c in ch if isinstance(c, Tree) and c.data == "body")
            self.body(fn, body, scope, counter)
        elif items is not None:
            self.fast_body(fn, items[0], items[1], scope, counter)
        elif tree.data == "function_def_header":
            fn.is_declaration = False
        return fn

    def fast_function(self, h: HeaderSpec, items: tuple[list, int] | None = None,
                      is_def: bool = False) -> Function:
        """``function`` for a header read by ``fasthead`` (offsets in ``self.text``)."""
        pre: list[str] = []
        ret_attrs = AttributeList()
        for text in h.lead:
            if _is_prefix_word(text) and not ret_attrs:
                pre.append(text)
            else:
                ret_attrs.items.append(text)
        ftype = T.FunctionType(h.ret, tuple(p[0] for p in h.params), h.varargs)
        fn = Function(None, ftype)
        fn.ret_type_text = h.ret_text
        fn.pre_attrs = pre
        fn.ret_attrs = ret_attrs
        fn.metadata = h.md
        fn.fn_attrs.items.extend(h.fn_attrs)
        base = self.base
        for template, operands in h.tails:
            at = len(fn.tail.operands)
            fn.tail.template.append(" ")
            fn.tail.template.extend(p if isinstance(p, str) else p + at for p in template)
            for raw, offset in operands:
                fn.tail.add_operand(self.global_name(raw, base + offset))
        self.define_global_at(fn, h.name, base + h.name_pos)
        scope: dict[str, Value] = {}
        counter = [0]
        for ptype, pattrs, pname, offset in h.params:
            arg = new_argument(fn, ptype, None, AttributeList(pattrs))
            # An unnamed parameter takes the next number, and a body may use it (%0)
            self.define_name(scope, counter, arg, pname, base + offset if pname else 0)
            fn.args.append(arg)
        if items is not None:
            self.fast_body(fn, items[0], items[1], scope, counter)
        elif is_def:
            fn.is_declaration = False
        return fn

    def define_local(self, scope: dict[str, Value], counter: list[int], value: Value,
                     token: Token | None) -> None:
        if token is None:
            self.define_name(scope, counter, value, None, 0)
        else:
            self.define_name(scope, counter, value, token.value, self.base + start(token))

    def define_name(self, scope: dict[str, Value], counter: list[int], value: Value,
                    raw: str | None, pos: int) -> None:
        """Define a local (``raw``: ``%x``, ``%3`` or a label ``x:``; None: the next
        number) whose name is at offset ``pos`` of the file."""
        if raw in ('%""', '"":'):
            raw = None  # LLVM numbers a value named "" as an unnamed one
        if raw is None:
            key = str(counter[0])
            counter[0] += 1
            value.name = None
        else:
            is_label = raw.endswith(":")
            if is_label:
                raw = raw[:-1]
                key = unescape(raw[1:-1]) if raw.startswith('"') else raw
            else:
                key = decode_name(raw)
            quoted = raw.startswith(('"', '%"'))
            if key.isdigit() and quoted:
                value.name = key
                key = '"' + key  # %"0" is a name, not the number %0
            elif key.isdigit():
                if int(key) < counter[0]:  # skipping ahead is allowed, as in LLVM
                    what = "label" if is_label else "instruction"
                    raise self.source.error(pos, f"{what} expected to be numbered "
                                                 f"'%{counter[0]}' or greater")
                counter[0] = int(key) + 1
                value.name = None
            else:
                value.name = key
            old = scope.get(key)
            if old is not None and not isinstance(old, Placeholder):
                raise self.source.error(pos, f"multiple definition of local value named "
                                             f"'{key.lstrip(chr(34))}'")
        ph = scope.get(key)
        scope[key] = value
        if isinstance(ph, Placeholder):
            ph.replace_all_uses_with(value)

    def local_ref(self, scope: dict[str, Value], token: Token) -> Value:
        return self.local_name(scope, token.value, self.base + token.start_pos)

    def local_name(self, scope: dict[str, Value], raw: str, pos: int) -> Value:
        """The local ``raw`` (``%x``) refers to; a placeholder (at ``pos``) if not defined
        yet."""
        key = decode_name(raw)
        if raw[1] == '"' and key.isdigit():
            key = '"' + key  # %"0" is a name, not the number %0
        found = scope.get(key)
        if found is None:
            found = scope[key] = Placeholder(T.VOID, raw, (pos, 0))
        return found

    def body(self, fn: Function, body: Tree, scope: dict[str, Value], counter: list[int]) -> None:
        fn.is_declaration = False
        records: list[DebugRecord] = []
        blocks = body.children
        for bi, block_node in enumerate(blocks):
            bch = block_node.children
            label = bch[0] if isinstance(bch[0], Token) else None
            block = BasicBlock(None, fn)
            self.define_local(scope, counter, block, label)
            fn.blocks.append(block)
            for item in bch[1 if label is not None else 0:]:
                kind = item.data
                if kind == "debug_record":
                    records.append(self.debug_record(item, scope))
                elif kind == "uselistorder":
                    fn.uselistorders.append(self.template_entity(kind, item, scope))
                else:
                    block = self.open_block(fn, block, scope, counter)
                    self.append(block, self.instruction(item, scope, counter), records)
                    records = []
            if not block.instructions or not block.instructions[-1].is_terminator:
                # LLVM reports this where it wanted one more instruction: the next label or '}'.
                at = (self.base + start(blocks[bi + 1]) if bi + 1 < len(blocks)
                      else self.base + end(body) - 1)
                raise self.source.error(at, "expected instruction opcode (the block before "
                                            "this point has no terminator)")
        for _key, value in scope.items():
            if isinstance(value, Placeholder):
                raise self.source.error(value.pos[0], f"use of undefined value '{value.token}'")

    def open_block(self, fn: Function, block: BasicBlock, scope: dict[str, Value],
                   counter: list[int]) -> BasicBlock:
        """The block the next instruction goes in: as in LLVM, what follows a terminator
        starts a new, unnamed block (numbered before the instruction)."""
        if block.instructions and block.instructions[-1].is_terminator:
            block = BasicBlock(None, fn)
            self.define_local(scope, counter, block, None)
            fn.blocks.append(block)
        return block

    @staticmethod
    def append(block: BasicBlock, inst: Instruction, records: list[DebugRecord]) -> None:
        """Put ``inst`` at the end of ``block`` with the debug records read before it."""
        block.instructions.append(inst)
        inst.parent = block
        if records:
            inst.debug_records = records
            for r in records:
                r.owner = inst

    def fast_body(self, fn: Function, items: list, close: int, scope: dict[str, Value],
                  counter: list[int]) -> None:
        """``body`` for the items of ``body_items``: the same blocks, checks and errors."""
        fn.is_declaration = False
        records: list[DebugRecord] = []
        block: BasicBlock | None = None
        for item in items:
            kind = item[0]
            if kind == "label":
                if block is not None:
                    self.check_terminated(block, item[2])
                block = BasicBlock(None, fn)
                self.define_name(scope, counter, block, item[1], item[2])
                fn.blocks.append(block)
                continue
            if block is None:
                block = BasicBlock(None, fn)
                self.define_local(scope, counter, block, None)
                fn.blocks.append(block)
            if kind == "spec":
                spec, at = item[1], item[2]
                if spec.call is None and spec.opcode[0] == "#":
                    records.append(self.fast_record(spec, at, scope))
                    continue
            else:
                node = item[1]
                self.text, self.base = item[2], item[3]
                if node.data == "debug_record":
                    records.append(self.debug_record(node, scope))
                    continue
            block = self.open_block(fn, block, scope, counter)
            inst = (self.fast_instruction(spec, at, scope, counter) if kind == "spec"
                    else self.instruction(node, scope, counter))
            self.append(block, inst, records)
            records = []
        assert block is not None
        self.check_terminated(block, close)
        for _key, value in scope.items():
            if isinstance(value, Placeholder):
                raise self.source.error(value.pos[0], f"use of undefined value '{value.token}'")

    def check_terminated(self, block: BasicBlock, at: int) -> None:
        if not block.instructions or not block.instructions[-1].is_terminator:
            raise self.source.error(at, "expected instruction opcode (the block before "
                                        "this point has no terminator)")

    def fast_value(self, op: tuple, at: int, scope: dict) -> Value:
        kind, text, offset, type_, rule = op
        if kind == "L":
            return self.local_name(scope, text, at + offset)
        if kind == "G":
            return self.global_name(text, at + offset, type_)
        if kind == "C":
            template = self.literals.get(text)
            if template is None:
                template = self.literals[text] = (intern(text),)
            return Constant(type_, rule, template)  # type: ignore[arg-type]
        if rule is None:  # "M": a metadata operand
            return MetadataOperand(text)
        return MetadataOperand(text, [self.fast_value(rule, at, scope)])

    def fast_record(self, spec: InstSpec, at: int, scope: dict) -> DebugRecord:
        args = [self.fast_value(op, at, scope) for op in spec.ops]
        return DebugRecord(intern(spec.opcode[len("#dbg_"):]), args)  # type: ignore[arg-type]

    def fast_instruction(self, spec: InstSpec, at: int, scope: dict, counter: list[int]
                         ) -> Instruction:
        """``instruction`` for a spec read by ``fastinst``."""
        ops = [self.fast_value(op, at, scope) for op in spec.ops]
        inst: Instruction
        if spec.call is not None:
            prefix, lead, fn_text, fn_type, args, fn_attrs = spec.call
            prefix_words = []
            ret_attrs = AttributeList()
            for text in lead:
                if (text in FAST_MATH or _CALLING_CONV.match(text)) and not ret_attrs:
                    prefix_words.append(text)
                else:
                    ret_attrs.items.append(text)
            prefix = intern((prefix.rstrip() + " " + " ".join(prefix_words)).rstrip() + " ")
            call = CallInst(spec.opcode, spec.rtype, prefix, fn_text, fn_type, ops[0])
            call.ret_attrs = ret_attrs
            for type_text, type_, attrs, index in args:
                call.add_arg(ops[index], attrs, type_text, type_)
            if not isinstance(fn_type, T.FunctionType):
                call.fn_type = T.FunctionType(spec.rtype, tuple(a[1] for a in args))
            call.fn_attrs = AttributeList(fn_attrs)
            call.suffix = spec.template
            for op in ops[1 + len(args):]:
                call.add_operand(op)
            inst = call
        elif spec.vtype is not None:
            inst = TypedInstruction(spec.opcode, spec.rtype, spec.vtype, spec.template, ops)
        else:
            inst = Instruction(spec.opcode, spec.rtype, spec.template, ops)
        md = inst.metadata = spec.md
        pairs = self.md_pairs
        for i, pair in enumerate(md):
            md[i] = pairs.setdefault(pair, pair)
        inst.pos = at + spec.pos
        if spec.result is not None or not inst.type.is_void:
            self.define_name(scope, counter, inst, spec.result, at + spec.result_pos)
        return inst

    def debug_record(self, node: Tree, scope: dict) -> DebugRecord:
        kind = intern(node.children[0].value[len("#dbg_"):])
        args = [self.value(c, T.METADATA, scope) for c in node.children[1:]]
        return DebugRecord(kind, args)  # type: ignore[arg-type]

    # ---- instructions ---------------------------------------------------------------------
    def instruction(self, node: Tree, scope: dict, counter: list[int]) -> Instruction:
        ch = node.children
        result = ch[0] if isinstance(ch[0], Token) else None
        inst_node = ch[1] if result is not None else ch[0]
        tails = ch[2:] if result is not None else ch[1:]
        md = [t for t in tails if isinstance(t, Tree) and t.data == "md_attachment"]
        plain = [t for t in tails if not (isinstance(t, Tree) and t.data == "md_attachment")]
        kind = inst_node.data
        if kind in ("i_call", "i_invoke", "i_callbr"):
            inst = self.call(inst_node, plain, scope)
        else:
            stop = end(plain[-1]) if plain else end(inst_node)
            template, operands = self.template([inst_node, *plain], start(inst_node), stop, scope)
            opcode = intern(_opcode(inst_node))
            rtype, vtype = self.result_type(opcode, inst_node, operands, plain)
            if vtype is not None:
                inst = TypedInstruction(opcode, rtype, vtype, template, operands)
            else:
                inst = Instruction(opcode, rtype, template, operands)
        inst.metadata = [self.attachment(a) for a in md]
        inst.pos = self.base + start(inst_node)
        if result is not None or not inst.type.is_void:
            self.define_local(scope, counter, inst, result)
        return inst

    def call(self, node: Tree, plain: list, scope: dict) -> CallInst:
        opcode = {"i_call": "call", "i_invoke": "invoke", "i_callbr": "callbr"}[node.data]
        body = next(c for c in node.children if isinstance(c, Tree) and c.data == "call_body")
        bc = body.children
        ti = next(i for i, c in enumerate(bc) if is_type_node(c))
        type_node = bc[ti]
        callee_node = bc[ti + 1]
        fn_type = self.type(type_node)
        if isinstance(fn_type, T.NamedType):  # a type alias of a function type (%FunTy)
            alias = self.module.resolve_type(fn_type)
            fn_type = alias if isinstance(alias, T.FunctionType) else fn_type
        ret = fn_type.ret if isinstance(fn_type, T.FunctionType) else fn_type
        callee = self.value(callee_node, T.PTR, scope)
        lead = bc[:ti]
        prefix_words = []
        ret_attrs = AttributeList()
        for a in lead:
            text = self.slice(a)
            if (text in FAST_MATH or _CALLING_CONV.match(text)) and not ret_attrs:
                prefix_words.append(text)
            else:
                ret_attrs.items.append(text)
        prefix = _strip_comments(self.text[start(node):start(body)])
        prefix = (prefix.rstrip() + " " + " ".join(prefix_words)).rstrip() + " "
        inst = CallInst(opcode, ret, prefix, self.slice(type_node), fn_type, callee)
        inst.ret_attrs = ret_attrs
        last = end(callee_node)
        fn_attr_nodes = []
        bundles = None
        arg_types = []
        args_node = next((c for c in bc if isinstance(c, Tree) and c.data == "call_args"), None)
        for c in ([] if args_node is None else args_node.children) + bc[ti + 2:]:
            if isinstance(c, Token):  # "...": a musttail call forwarding its varargs
                inst.forwards_varargs = True
            elif c.data == "call_arg":
                ac = c.children
                atype = self.type(ac[0])
                arg_types.append(atype)
                value = self.value(ac[-1], atype, scope)
                inst.add_arg(value, [self.slice(a) for a in ac[1:-1]], self.slice(ac[0]), atype)
                last = end(c)
            elif c.data == "bundles":
                bundles = c
            elif c is not args_node:
                fn_attr_nodes.append(c)
        if not isinstance(fn_type, T.FunctionType):
            inst.fn_type = T.FunctionType(ret, tuple(arg_types))
        close = self.text.index(")", last)
        inst.fn_attrs = AttributeList([self.slice(a) for a in fn_attr_nodes])
        suffix_start = max([close + 1] + [end(a) for a in fn_attr_nodes])
        suffix_nodes = ([bundles] if bundles is not None else []) + [
            c for c in node.children if isinstance(c, Tree) and c is not body] + plain
        stop = max([suffix_start, end(node)] + [end(n) for n in suffix_nodes])
        template, operands = self.template(suffix_nodes, suffix_start, stop, scope)
        base = len(inst.operands)
        inst.suffix = [p if isinstance(p, str) else p + base for p in template]
        for op in operands:
            inst.add_operand(op)
        return inst

    def result_type(self, opcode: str, node: Tree, ops: list[Value], plain: list
                    ) -> tuple[T.Type, T.Type | None]:
        """The result type of an instruction, and the type it names besides (if any)."""
        ch = node.children
        types = [c for c in ch if is_type_node(c)]
        tvs = [c for c in ch if isinstance(c, Tree) and c.data == "tv"]
        first = self.type(tvs[0].children[0]) if tvs else None
        if opcode in ("store", "fence", "br", "switch", "indirectbr", "unreachable", "resume",
                      "cleanupret", "catchret", "ret"):
            return T.VOID, None
        if opcode == "alloca":
            space = next((t for t in plain if isinstance(t, Tree) and t.data == "addrspace"), None)
            return T.PointerType(int(space.children[0].value) if space else 0), self.type(types[0])
        if opcode == "load":
            return self.type(types[0]), self.type(types[0])
        if opcode == "getelementptr":
            base = self.type(tvs[0].children[0])
            vec = base if isinstance(base, T.VectorType) else None
            for t in plain:
                if isinstance(t, Tree) and t.data == "tv":
                    it = self.type(t.children[0])
                    if isinstance(it, T.VectorType):
                        vec = it
            ptr = base if not isinstance(base, T.VectorType) else base.element
            if isinstance(ptr, T.TypedPointerType):
                ptr = T.PointerType(ptr.addrspace)
            rt = T.VectorType(vec.count, ptr, vec.scalable) if vec is not None else ptr
            return rt, self.type(types[0])
        if isinstance(first, T.NamedType) and opcode in _VECTOR_OPCODES:  # %v8 = <8 x float>
            first = self.module.resolve_type(first)
        if opcode in ("icmp", "fcmp"):
            if isinstance(first, T.VectorType):
                return T.VectorType(first.count, T.I1, first.scalable), None
            return T.I1, None
        if opcode in ("phi", "landingpad", "va_arg") or ch and isinstance(ch[0], Token) and \
                ch[0].type == "CAST_OP":
            return self.type(types[-1]), None
        if opcode == "select":
            return self.type(tvs[1].children[0]), None
        if opcode == "extractelement":
            if not isinstance(first, T.VectorType):
                raise self.err(node, "invalid extractelement operands")
            return first.element, None
        if opcode == "shufflevector":
            mask = self.module.resolve_type(self.type(tvs[2].children[0]))
            if not (isinstance(first, T.VectorType) and isinstance(mask, T.VectorType)):
                raise self.err(node, "invalid shufflevector operands")
            return T.VectorType(mask.count, first.element, mask.scalable), None
        if opcode == "extractvalue":
            t = first
            for idx in plain:
                if isinstance(idx, Tree) and idx.data == "index":
                    t = self.module.resolve_type(t)  # type: ignore[arg-type]
                    i = int(idx.children[0].value)
                    t = t.elements[i] if isinstance(t, T.StructType) else t.element  # type: ignore[union-attr]
            return t, None  # type: ignore[return-value]
        if opcode == "cmpxchg":
            return T.StructType((self.type(tvs[1].children[0]), T.I1)), None
        if opcode == "atomicrmw":
            return self.type(tvs[1].children[0]), None
        if opcode in ("catchswitch", "catchpad", "cleanuppad"):
            return T.TOKEN, None
        assert first is not None, opcode
        return first, None

    # ---- operands -------------------------------------------------------------------------
    def template(self, nodes: list, lo: int, hi: int, scope: dict | None
                 ) -> tuple[list[str | int], list[Value]]:
        """Cut text[lo:hi] around the operands found in ``nodes``."""
        found: list[tuple[Tree, T.Type | None]] = []
        last = None  # carried across nodes: a phi's later pairs have the type of its first
        for n in nodes:
            last = self.collect(n, found, last)
        parts: list[str | int] = []
        operands: list[Value] = []
        pos = lo
        for node, type_ in found:
            s = start(node)
            if s > pos:
                parts.append(intern(_strip_comments(self.text[pos:s])))
            parts.append(len(operands))
            operands.append(self.value(node, type_, scope))
            pos = end(node)
        if hi > pos:
            parts.append(intern(_strip_comments(self.text[pos:hi])))
        return parts, operands

    def collect(self, node, found: list, last_type) -> T.Type | None:
        """Find operand nodes under ``node`` in text order, each with the type it has."""
        if not isinstance(node, Tree):
            return last_type
        for c in node.children:
            if not isinstance(c, Tree):
                continue
            d = c.data
            if d == "tv":
                t = self.type(c.children[0])
                found.append((c.children[1], t))
                last_type = t
            elif d in VALUE_NODES or d.startswith("c_"):
                found.append((c, last_type))
            elif d.startswith("t_"):
                last_type = self.type(c)
            elif d == "md_special_args" and c.children[0] == "!DIArgList":
                # Its values are operands (uses), as in LLVM: they are renumbered and replaced.
                last_type = self.collect(c, found, last_type)
            elif d in ("md_attachment", "md_tuple", "md_special", "md_special_args"):
                continue
            else:
                last_type = self.collect(c, found, last_type)
        return last_type

    def value(self, node, type_: T.Type | None, scope: dict | None = None) -> Value:
        d = node.data
        if d == "v_local":
            if scope is None:
                raise self.err(node, "local value used outside of a function")
            return self.local_ref(scope, node.children[0])
        if d == "v_global":
            return self.global_ref(node.children[0], type_)
        if d in MD_VALUE_NODES or d in ("md_ref", "md_tuple", "md_special", "md_special_args"):
            if d == "md_value":
                tv = node.children[0]
                inner = self.value(tv.children[1], self.type(tv.children[0]), scope)
                return MetadataOperand([self.slice(tv.children[0]) + " ", 0], [inner])
            template, operands = self.template([node], start(node), end(node), scope)
            if len(template) == 1 and isinstance(template[0], str):
                template[0] = md_ref_text(template[0])
            return MetadataOperand(template, operands)
        # Constants.
        type_ = type_ if type_ is not None else T.PTR
        if not node.children or (len(node.children) == 1 and isinstance(node.children[0], Token)
                                 and d != "c_cast"):
            return Constant.literal(type_, self.slice(node), d)
        if d == "c_blockaddress":
            # The block belongs to another function: keep it as text.
            fn = node.children[0]
            template, operands = self.template([Tree("x", [fn])], start(node), end(node), scope)
            return Constant(type_, d, template, operands)
        template, operands = self.template([node], start(node), end(node), scope)
        return Constant(type_, d, template, operands)


def _opcode(node: Tree) -> str:
    ch = node.children
    if ch and isinstance(ch[0], Token) and ch[0].type in ("BINOP", "CAST_OP", "CMP_OP"):
        return ch[0].value
    return _OPCODE_NAMES.get(node.data, node.data[2:])


_OPCODE_NAMES = {"i_gep": "getelementptr"}
# Result types made from the operand's vector type (an identified type is looked through).
_VECTOR_OPCODES = frozenset({"icmp", "fcmp", "extractelement", "shufflevector"})


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


