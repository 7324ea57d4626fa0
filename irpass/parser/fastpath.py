"""The fast path of the reader: the hand-written readers' results into the model.

``fasthead`` (function headers), ``fastentity`` (globals, types, attribute groups, named
metadata, comdats, ``source_filename``, ``target``) and ``fastinst`` (a body's instruction and
record lines) read text into plain specs without touching the model; ``FastReader`` builds
from them the objects the grammar path (``treepath``) builds from the same text, with the same
checks and errors at the same offsets (tests/test_speed_equivalence.py compares the two on the
corpus). A line of a body the fast reader refuses is read alone by the grammar
(``treepath.parse_item``) and built by the ``TreeReader`` it is given; what neither can read
alone goes back to the driver (``reader``), which has the grammar read it whole. Names are
defined and looked up in the ``ReadState`` both routes share.
"""

from __future__ import annotations

import re
from sys import intern

from irpass.ir import types as T
from irpass.ir.attributes import AttributeList
from irpass.ir.function import BasicBlock, Function, new_argument
from irpass.ir.instructions import CallInst, DebugRecord, Instruction, TypedInstruction
from irpass.ir.metadata import NamedMetadata
from irpass.ir.module import AttributeGroup, GlobalVariable, TextEntity, TypeDef
from irpass.ir.names import decode_name, unescape
from irpass.ir.values import Constant, MetadataOperand, Value
from irpass.parser import fastentity
from irpass.parser.fasthead import HeaderSpec, read_header
from irpass.parser.fastinst import OPCODE_WORDS, InstSpec, read_inst
from irpass.parser.readstate import ReadState
from irpass.parser.split import Chunk
from irpass.parser.treepath import TreeReader, parse_item
from irpass.parser.words import call_lead, split_lead

# Lines of a body (``body_items``): a label, the start of an instruction or record, a blank.
_LABEL_LINE = re.compile(r'[ \t]*((?:[-a-zA-Z$._0-9]+|"[^"]*"):)[ \t\r]*(?:;[^\n]*)?\Z')
_ITEM_START = re.compile(r'[ \t]*(?:%(?:[-a-zA-Z$._0-9]+|"[^"]*")[ \t]*=|#dbg_|([a-z_]+)\b)')
_BLANK_REST = re.compile(r"[ \t\r]*(?:;[^\n]*)?\Z")
_BLANK_ALL = re.compile(r"\s*(?:;[^\n]*\s*)*\Z")
_LEAD = re.compile(r"[ \t]*")

# Chunk kinds read whole by one regular expression: the entity and its text.
_TEXT_ENTITIES = {"s": ("source_filename", fastentity.SOURCE_FILENAME),
                  "t": ("target", fastentity.TARGET), "$": ("comdat", fastentity.COMDAT)}


class FastReader:
    """Builds model objects from the fast readers' specs, into the module ``state`` reads;
    ``tree`` builds the lines the fast reader leaves to the grammar."""

    def __init__(self, state: ReadState, tree: TreeReader) -> None:
        self.state = state
        self.tree = tree
        # Bound once: the names of every operand and result go through these.
        self.local_name = state.local_name
        self.global_name = state.global_name
        self.define_name = state.define_name
        # Attachment pairs ("dbg", "!30") shared by the instructions that have the same one.
        self.md_pairs: dict[tuple[str, str], tuple[str, str]] = {}
        # The templates of literal constants read by the fast path: one tuple per text,
        # shared (read-only; ``Constant.literal`` and edits make lists of their own).
        self.literals: dict[str, tuple[str]] = {}

    def header(self, text: str) -> tuple[int, HeaderSpec] | None:
        """The ``{`` that ends a definition's first line and the header before it, read by
        ``fasthead``; None if the grammar must read the header."""
        eol = text.find("\n")
        if eol < 0:
            return None
        cut = text.rfind("{", 0, eol)
        if cut < 0 or not _BLANK_REST.match(text, cut + 1, eol):
            return None
        spec = read_header(text[:cut], self.state.types)
        return None if spec is None else (cut, spec)

    def declaration(self, chunk: Chunk) -> bool:
        """A declaration read by ``fasthead``; False if the grammar must read it."""
        spec = read_header(chunk.text, self.state.types)
        if spec is None or not chunk.text.lstrip().startswith("declare"):
            return False
        self.state.at(chunk.text, chunk.offset)
        self.function(spec)
        return True

    def entity(self, chunk: Chunk) -> bool:
        """A global, type, attribute group, named metadata, comdat, ``source_filename`` or
        ``target`` read by ``fastentity``; False if the grammar must read it."""
        kind, text = chunk.kind, chunk.text
        m = self.state.module
        self.state.at(text, chunk.offset)
        if kind == "@":
            spec = fastentity.global_def(text, self.state.types)
            if spec is None:
                return False
            self.global_variable(spec)
        elif kind == "%":
            found = fastentity.type_def(text, self.state.types)
            if found is None:
                return False
            name = decode_name(found[0])
            if name in m.types:
                raise self.state.source.error(chunk.offset, "redefinition of type")
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

    def global_variable(self, spec: fastentity.GlobalSpec) -> None:
        """A global variable read by ``fastentity``."""
        g = GlobalVariable(None, spec.vtype, spec.kind, T.PTR)
        g.pre_attrs = spec.pre
        g.value_type_text = spec.vtype_text
        self.state.define_global_at(g, spec.head, self.state.base)
        if spec.init is not None:
            g.init.add_operand(self.constant(spec.init, g.value_type))
        g.tail, g.metadata = spec.tail, spec.md

    def constant(self, const: tuple, type_: T.Type) -> Value:
        """A constant read by ``fastentity`` (``_value``'s tuples)."""
        kind, lo, hi = const[0], const[1], const[2]
        if kind == "G":
            return self.global_name(const[3], self.state.base + lo, type_)
        if kind == "C":
            return Constant.literal(type_, intern(const[3]), const[4])
        rule, elements = const[3], const[4]
        if not elements:
            return Constant.literal(type_, intern(self.state.text[lo:hi]), rule)
        template: list[str | int] = []
        operands: list[Value] = []
        pos = lo
        for element, etype in elements:
            if element[1] > pos:
                template.append(intern(self.state.text[pos:element[1]]))
            template.append(len(operands))
            operands.append(self.constant(element, etype))
            pos = element[2]
        if hi > pos:
            template.append(intern(self.state.text[pos:hi]))
        return Constant(type_, rule, template, operands)

    def function(self, h: HeaderSpec, items: tuple[list, int] | None = None,
                 is_def: bool = False) -> Function:
        """A function from a header read by ``fasthead`` (offsets in ``state.text``) and, if
        given, its body's ``items`` (``body_items``); ``is_def``: a definition whose body is
        kept as text."""
        pre, ret_attrs = split_lead(h.lead)
        ftype = T.FunctionType(h.ret, tuple(p[0] for p in h.params), h.varargs)
        fn = Function(None, ftype)
        fn.ret_type_text = h.ret_text
        fn.pre_attrs = pre
        fn.ret_attrs = ret_attrs
        fn.metadata = h.md
        fn.fn_attrs.items.extend(h.fn_attrs)
        base = self.state.base
        for template, operands in h.tails:
            at = len(fn.tail.operands)
            fn.tail.template.append(" ")
            fn.tail.template.extend(p if isinstance(p, str) else p + at for p in template)
            for raw, offset in operands:
                fn.tail.add_operand(self.global_name(raw, base + offset))
        self.state.define_global_at(fn, h.name, base + h.name_pos)
        scope: dict[str, Value] = {}
        counter = [0]
        for ptype, pattrs, pname, offset in h.params:
            arg = new_argument(fn, ptype, None, AttributeList(pattrs))
            # An unnamed parameter takes the next number, and a body may use it (%0)
            self.define_name(scope, counter, arg, pname, base + offset if pname else 0)
            fn.args.append(arg)
        if items is not None:
            self.body(fn, items[0], items[1], scope, counter)
        elif is_def:
            fn.is_declaration = False
        return fn

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
        spec = read_inst(chunk, self.state.types, self.state.module.resolve_type)
        if spec is not None:
            items.append(("spec", spec, base + lo))
            return True
        item = parse_item(chunk, base + lo)  # the grammar reads the line alone
        if item is None:
            return False
        items.append(item)
        return True

    def body(self, fn: Function, items: list, close: int, scope: dict[str, Value],
             counter: list[int]) -> None:
        """The blocks of ``fn`` from the items of ``body_items`` (the grammar path's trees for
        lines the fast reader left): the blocks, checks and errors ``TreeReader.body`` gives."""
        fn.is_declaration = False
        records: list[DebugRecord] = []
        block: BasicBlock | None = None
        for item in items:
            kind = item[0]
            if kind == "label":
                if block is not None:
                    self.state.check_terminated(block, item[2])
                block = BasicBlock(None, fn)
                self.define_name(scope, counter, block, item[1], item[2])
                fn.blocks.append(block)
                continue
            if block is None:
                block = BasicBlock(None, fn)
                self.define_name(scope, counter, block, None, 0)
                fn.blocks.append(block)
            if kind == "spec":
                spec, at = item[1], item[2]
                if spec.call is None and spec.opcode[0] == "#":
                    records.append(self.record(spec, at, scope))
                    continue
            else:
                node = item[1]
                self.state.at(item[2], item[3])
                if node.data == "debug_record":
                    records.append(self.tree.debug_record(node, scope))
                    continue
            block = self.state.open_block(fn, block, scope, counter)
            inst = (self.instruction(spec, at, scope, counter) if kind == "spec"
                    else self.tree.instruction(node, scope, counter))
            self.state.append(block, inst, records)
            records = []
        assert block is not None
        self.state.check_terminated(block, close)
        self.state.check_defined(scope)

    def value(self, op: tuple, at: int, scope: dict) -> Value:
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
        return MetadataOperand(text, [self.value(rule, at, scope)])

    def record(self, spec: InstSpec, at: int, scope: dict) -> DebugRecord:
        args = [self.value(op, at, scope) for op in spec.ops]
        return DebugRecord(intern(spec.opcode[len("#dbg_"):]), args)  # type: ignore[arg-type]

    def instruction(self, spec: InstSpec, at: int, scope: dict, counter: list[int]
                    ) -> Instruction:
        """The instruction of a spec read by ``fastinst`` (at offset ``at`` of the file)."""
        ops = [self.value(op, at, scope) for op in spec.ops]
        inst: Instruction
        if spec.call is not None:
            prefix, lead, fn_text, fn_type, args, fn_attrs = spec.call
            prefix_words, ret_attrs = call_lead(lead)
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
