"""The grammar path of the reader: Lark trees (``grammar/llvm.lark``) into the model.

Reads what the fast path (``fastpath``) leaves: entities the hand-written readers refuse,
headers ``fasthead`` cannot read, lines of a body ``fastinst`` cannot read (one instruction or
record each), bodies with a line that cannot be read alone (read whole), metadata lines
``fastmd`` refuses, and instructions the builder hands in (``snippet``). It builds the same
objects the fast path builds from the same text (tests/test_speed_equivalence.py compares
them on the corpus), and defines and looks up names in the ``ReadState`` it is given.
lark is imported on first use (``lazylark``): a module the fast path reads whole never loads
it.
"""

from __future__ import annotations

from sys import intern

from irpass.ir import types as T
from irpass.ir.attributes import AttributeList
from irpass.ir.function import BasicBlock, Function, new_argument
from irpass.ir.instructions import CallInst, DebugRecord, Instruction, TypedInstruction
from irpass.ir.metadata import MDNode
from irpass.ir.module import (
    AttributeGroup,
    GlobalAlias,
    GlobalVariable,
    NamedMetadata,
    TextEntity,
    TypeDef,
)
from irpass.ir.names import decode_name, unescape
from irpass.ir.values import Constant, MetadataOperand, Value
from irpass.parser.errors import long_number_error, nesting_error, syntax_error
from irpass.parser.lazy import header_ends
from irpass.parser.lazylark import Token, Tree, lark, parser
from irpass.parser.readstate import ReadState
from irpass.parser.split import Chunk
from irpass.parser.treemd import md_node, md_value
from irpass.parser.types import addrspace_of, is_type_node, result_type, to_type
from irpass.parser.words import call_lead, md_number, md_ref_text, split_lead, strip_comments
from irpass.text.diagnostics import IRError

MD_VALUE_NODES = frozenset({"md_operand_value", "md_string", "md_value"})
VALUE_NODES = frozenset({"v_local", "v_global", "v_asm"}) | MD_VALUE_NODES


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


def parse_item(chunk: str, at: int) -> tuple | None:
    """A body's line (one instruction or record, ``chunk`` at offset ``at`` of the file) as
    the grammar reads it alone: ``("tree", node, text, base)``; None if it cannot be read
    alone (the grammar then reads the whole body)."""
    try:
        if chunk.lstrip().startswith("#dbg_"):
            # Records are no start rule: read as the only item of a body.
            wrapped = "{" + chunk + "\nunreachable\n}"
            node = parser().parse(wrapped, start="body").children[0].children[0]
            if node.data != "debug_record":
                return None
            return ("tree", node, wrapped, at - 1)
        if chunk.lstrip().startswith("uselistorder"):
            return None
        node = parser().parse(chunk, start="instruction")
    except (lark.exceptions.UnexpectedInput, RecursionError, ValueError):
        return None
    return ("tree", node, chunk, at)


class TreeReader:
    """Builds model objects from grammar trees of the text ``state`` is reading."""

    def __init__(self, state: ReadState) -> None:
        self.state = state

    def err(self, node, message: str) -> IRError:
        return self.state.source.error(self.state.base + start(node), message)

    def slice(self, node) -> str:
        # Interned: the same few attribute, type and literal texts recur thousands of times.
        return intern(self.state.text[start(node):end(node)])

    def type(self, node) -> T.Type:
        key = self.slice(node)
        t = self.state.types.get(key)
        if t is None:
            t = self.state.types[key] = to_type(node)
        return t

    def entity(self, tree: Tree) -> None:
        kind = tree.data
        m = self.state.module
        if kind in ("source_filename", "target_def", "module_asm", "comdat_def",
                    "summary_entry"):
            name = {"target_def": "target", "comdat_def": "comdat"}.get(kind, kind)
            m.entities.append(TextEntity(name, [strip_comments(self.slice(tree))]))
        elif kind == "uselistorder":
            m.entities.append(self.template_entity(kind, tree, None))
        elif kind == "uselistorder_bb":  # names a block of another function: kept as text
            m.entities.append(TextEntity(kind, [strip_comments(self.slice(tree))]))
        elif kind == "type_def":
            name = decode_name(tree.children[0].value)
            if name in m.types:
                raise self.err(tree, "redefinition of type")
            body = tree.children[1]
            m.types[name] = td = TypeDef(name, None if isinstance(body, Token) else
                                         self.type(body), strip_comments(self.slice(tree)))
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
            if self.state.md_id_used(mid):
                raise self.err(tree, "Metadata id is already used")
            node = md_node(tree.children[1], self.state.text)
            node.id = mid
            body = self.state.text[end(tree.children[0]):end(tree)]
            body = strip_comments(body.split("=", 1)[1]).strip()
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
        return md_value(node, self.state.text)  # type: ignore[return-value]

    def define_global(self, value: Value, token: Token | None, node) -> None:
        if token is None:
            self.state.define_global_at(value, None, 0)
        else:
            self.state.define_global_at(value, token.value, self.state.base + start(token))

    def global_ref(self, token: Token, type_: T.Type | None = None) -> Value:
        return self.state.global_name(token.value, self.state.base + token.start_pos, type_)

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
            tail_text = self.state.text[after:start(first)]  # a global_md starts at its comma
            return strip_comments(tail_text).rstrip(), [self.attachment(n.children[0])
                                                          for n in md]
        return strip_comments(self.state.text[after:stop]).rstrip(), []

    def attachment(self, node: Tree) -> tuple[str, str]:
        kind = node.children[0].value[1:]
        return (intern(unescape(kind) if "\\" in kind else kind),
                md_ref_text(strip_comments(self.slice(node.children[1]))))

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

    def template_entity(self, kind: str, tree: Tree, scope: dict | None) -> TextEntity:
        template, operands = self.template([tree], start(tree), end(tree), scope)
        return TextEntity(kind, template, operands)

    def function(self, tree: Tree) -> Function:
        """A declaration or definition, its body included."""
        fn, scope, counter = self.header(tree)
        if tree.data == "function_def":
            body = next(c for c in tree.children if isinstance(c, Tree) and c.data == "body")
            self.body(fn, body, scope, counter)
        elif tree.data == "function_def_header":
            fn.is_declaration = False
        return fn

    def header(self, tree: Tree) -> tuple[Function, dict[str, Value], list[int]]:
        """The function a header declares, with its arguments defined in a new scope: the
        function, the scope and the counter of unnamed values its body goes on with."""
        ch = tree.children
        header = next(c for c in ch if isinstance(c, Tree) and c.data == "function_header")
        mds = [c for c in ch if isinstance(c, Tree) and c.data == "md_attachment"]
        hc = header.children
        ti = next(i for i, c in enumerate(hc) if is_type_node(c))
        ret_node, name_node, params_node = hc[ti], hc[ti + 1], hc[ti + 2]
        pre, ret_attrs = split_lead([self.slice(n) for n in hc[:ti]])
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
        return fn, scope, counter

    def define_local(self, scope: dict[str, Value], counter: list[int], value: Value,
                     token: Token | None) -> None:
        if token is None:
            self.state.define_name(scope, counter, value, None, 0)
        else:
            self.state.define_name(scope, counter, value, token.value, self.state.base + start(token))

    def local_ref(self, scope: dict[str, Value], token: Token) -> Value:
        return self.state.local_name(scope, token.value, self.state.base + token.start_pos)

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
                    block = self.state.open_block(fn, block, scope, counter)
                    self.state.append(block, self.instruction(item, scope, counter), records)
                    records = []
            if not block.instructions or not block.instructions[-1].is_terminator:
                # LLVM reports this where it wanted one more instruction: the next label or '}'.
                at = (self.state.base + start(blocks[bi + 1]) if bi + 1 < len(blocks)
                      else self.state.base + end(body) - 1)
                raise self.state.source.error(at, "expected instruction opcode (the block before "
                                            "this point has no terminator)")
        self.state.check_defined(scope)

    def debug_record(self, node: Tree, scope: dict) -> DebugRecord:
        kind = intern(node.children[0].value[len("#dbg_"):])
        args = [self.value(c, T.METADATA, scope) for c in node.children[1:]]
        return DebugRecord(kind, args)  # type: ignore[arg-type]

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
            rtype, vtype = result_type(self, opcode, inst_node, plain)
            if vtype is not None:
                inst = TypedInstruction(opcode, rtype, vtype, template, operands)
            else:
                inst = Instruction(opcode, rtype, template, operands)
        inst.metadata = [self.attachment(a) for a in md]
        inst.pos = self.state.base + start(inst_node)
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
            alias = self.state.module.resolve_type(fn_type)
            fn_type = alias if isinstance(alias, T.FunctionType) else fn_type
        ret = fn_type.ret if isinstance(fn_type, T.FunctionType) else fn_type
        callee = self.value(callee_node, T.PTR, scope)
        lead = bc[:ti]
        prefix_words, ret_attrs = call_lead([self.slice(a) for a in lead])
        prefix = strip_comments(self.state.text[start(node):start(body)])
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
        close = self.state.text.index(")", last)
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
                parts.append(intern(strip_comments(self.state.text[pos:s])))
            parts.append(len(operands))
            operands.append(self.value(node, type_, scope))
            pos = end(node)
        if hi > pos:
            parts.append(intern(strip_comments(self.state.text[pos:hi])))
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

    def parse_body(self, text: str, base: int) -> Tree:
        """The tree of a body ``text`` (``{`` to ``}``, at offset ``base`` of the file)."""
        try:
            return parser().parse(text, start="body")
        except lark.exceptions.UnexpectedInput as e:
            raise syntax_error(self.state.source, e, base) from None

    def read_chunk(self, chunk: Chunk) -> None:
        """Read the entities of ``chunk`` (the chunk the fast path could not read)."""
        self.state.at(chunk.text, chunk.offset)
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
            raise syntax_error(self.state.source, e, chunk.offset) from None
        except RecursionError:  # types, constants or metadata nested deeper than we recurse
            raise nesting_error(self.state.source, chunk.offset, chunk.end) from None
        except ValueError as e:  # int() refuses numbers of more than 4300 digits
            if "digits" not in str(e):
                raise
            raise long_number_error(self.state.source, chunk.offset, chunk.end) from None


def _opcode(node: Tree) -> str:
    ch = node.children
    if ch and isinstance(ch[0], Token) and ch[0].type in ("BINOP", "CAST_OP", "CMP_OP"):
        return ch[0].value
    return _OPCODE_NAMES.get(node.data, node.data[2:])


_OPCODE_NAMES = {"i_gep": "getelementptr"}
