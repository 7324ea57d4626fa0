"""Copies of instructions, blocks and functions, and inlining a call: LLVM's ``clone()``,
``CloneBasicBlock``, ``CloneFunction`` and ``InlineFunction``.

A value map (``ValueMap``: old value -> new value) says what each copied value became; a map
given by the caller may say it beforehand (``clone_function(f, {f.args[0]: const})`` makes a
copy of ``f`` with that parameter replaced by the constant, as LLVM's does). Operands that
the map does not name stay as they are (globals, constants, values outside what is copied).

Debug information: a copied function gets a copy of its ``DISubprogram`` and of the nodes
scoped in it (locations, lexical blocks, local variables), so that LLVM's verifier finds each
subprogram attached to one function. Inlined code keeps the callee's locations, each
``inlinedAt`` the call's (LLVM's ``fixupLineNumbers``), those of its loop metadata
(``!llvm.loop``) and of its debug records included (the callee's variables stay described);
its loops get loop IDs of their own; an instruction without a location takes the call's.
Without a location on the call, the inlined code has none: its debug records and
``llvm.dbg.*`` calls are dropped and its loop IDs lose their locations.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from irpass.ir import rules as R
from irpass.ir.attributes import AttributeList
from irpass.ir.copying import clone_instruction, copy_metadata_operand
from irpass.ir.function import BasicBlock, Function, new_argument
from irpass.ir.instructions import CallInst, DebugRecord, Instruction
from irpass.ir.metadata import MDNode, MDRef
from irpass.ir.module import Module
from irpass.ir.types import FunctionType
from irpass.ir.values import Constant, MetadataOperand, User, Value


class ValueMap:
    """Old value -> new value, by identity (values compare by identity anyway; this keeps
    a map from holding on to a value's hash)."""

    def __init__(self, pairs: dict[Value, Value] | None = None) -> None:
        self._map: dict[int, tuple[Value, Value]] = {}
        for old, new in (pairs or {}).items():
            self[old] = new

    def __setitem__(self, old: Value, new: Value) -> None:
        self._map[id(old)] = (old, new)

    def __getitem__(self, old: Value) -> Value:
        return self._map[id(old)][1]

    def get(self, old: Value, default: Value | None = None) -> Value | None:
        found = self._map.get(id(old))
        return found[1] if found is not None else default

    def __contains__(self, old: object) -> bool:
        return id(old) in self._map

    def __len__(self) -> int:
        return len(self._map)

    def items(self) -> Iterator[tuple[Value, Value]]:
        return iter(self._map.values())


def remap(user: User, vmap: ValueMap) -> None:
    """Make ``user``'s operands (and the values inside its metadata operands) what ``vmap``
    maps them to (LLVM's ``RemapInstruction``)."""
    for i, op in enumerate(list(user.operands)):
        new = vmap.get(op)
        if new is not None and new is not op:
            user.set_operand(i, new)
        elif op.__class__ is MetadataOperand:
            remap(op, vmap)  # type: ignore[arg-type]


# ---- blocks and functions ----------------------------------------------------------------
def clone_block(block: BasicBlock, vmap: ValueMap | None = None, into: Function | None = None,
                suffix: str = ".clone", after: BasicBlock | None = None) -> BasicBlock:
    """A copy of ``block`` in ``into`` (its own function by default), after ``after`` (or at
    the end). Its instructions use each other's copies; ``vmap`` gets old -> new for the
    block and its instructions, and says beforehand what other values become. The copy has
    no predecessors: branch to it (and mind the phis of its successors)."""
    vmap = vmap if vmap is not None else ValueMap()
    fn = into if into is not None else block.parent
    if fn is None:
        raise ValueError("clone_block: the block is in no function; say where (into=)")
    new = _copy_block(block, fn, vmap, suffix, after)
    for inst in new.instructions:
        _remap_all(inst, vmap)
    return new


def _copy_block(block: BasicBlock, fn: Function, vmap: ValueMap, suffix: str,
                after: BasicBlock | None, records: bool = True) -> BasicBlock:
    name = None
    if block.name is not None:
        name = block.name + suffix if suffix else block.name
    new = fn.add_block(name, after)  # names are made unique in fn, as LLVM's symbol table does
    vmap[block] = new
    for inst in block.instructions:
        copy = clone_instruction(inst)
        if inst.name is not None:
            copy.name = inst.name + suffix if suffix else inst.name
        if records and inst.debug_records:
            copy.debug_records = [_copy_record(r) for r in inst.debug_records]
            for r in copy.debug_records:
                r.owner = copy
        # Placed as it is (operands are remapped after): the copy's operands are still the
        # original's, which may be in another function until then.
        _place(new, copy)
        vmap[inst] = copy
    return new


def _place(block: BasicBlock, inst: Instruction) -> None:
    """Append ``inst`` to ``block`` without the checks of ``BasicBlock.insert`` (the
    operands of a copy are remapped afterwards), its name made unique in the function."""
    from irpass.ir.function import claim_name, local_names, note_edit
    from irpass.ir.values import _NAME

    fn = block.parent
    assert fn is not None
    name = _NAME.__get__(inst)
    names = local_names(fn) if name is not None else None
    if names is not None:
        _NAME.__set__(inst, claim_name(fn, name, names))
    block.instructions.append(inst)
    inst.parent = block
    note_edit(fn, layout=True)
    if names is not None:
        fn._names = (fn.layout, names)


def _copy_record(record: DebugRecord) -> DebugRecord:
    return DebugRecord(record.kind, [copy_metadata_operand(a) for a in record.args])  # type: ignore[misc]


def _remap_all(inst: Instruction, vmap: ValueMap) -> None:
    remap(inst, vmap)
    for r in inst.debug_records:
        remap(r, vmap)


def clone_function(fn: Function, vmap: dict[Value, Value] | ValueMap | None = None,
                   name: str | None = None) -> Function:
    """A copy of ``fn`` in its module, named ``name`` (default ``<fn>.clone``, made unique),
    right after ``fn``; returns it. ``vmap`` may map some of ``fn``'s arguments to values
    (constants, globals): the copy then has no such parameters and uses those values (LLVM's
    ``CloneFunction``). On return ``vmap`` (if a ``ValueMap``) maps every argument, block
    and instruction of ``fn`` to its copy."""
    from irpass.ir.builder import unique_name

    module = fn.module
    if module is None:
        raise ValueError("clone_function: the function is in no module")
    if fn.lazy_body is not None:
        fn.materialize()
    vm = vmap if isinstance(vmap, ValueMap) else ValueMap(vmap)
    kept = [a for a in fn.args if a not in vm]
    for a in fn.args:
        if a in vm:
            R.check(R.replace_error(a.type, vm[a].type), lambda a=a: f"argument {R.spell(a)}")
    ftype = FunctionType(fn.ftype.ret, tuple(a.type for a in kept), fn.ftype.varargs)
    new = Function(None, ftype, None, fn.type)
    new.name = unique_name(name or f"{fn.name or 'fn'}.clone", set(module.globals))
    new.ret_type_text = fn.ret_type_text
    new.pre_attrs = list(fn.pre_attrs)
    new.ret_attrs = AttributeList(list(fn.ret_attrs))
    new.fn_attrs = AttributeList(list(fn.fn_attrs))
    new.varargs = fn.varargs
    new.tail = clone_user(fn.tail)
    new.is_declaration = fn.is_declaration
    for a in kept:
        arg = new_argument(new, a.type, a.name, AttributeList(list(a.attrs)))
        new.args.append(arg)
        vm[a] = arg
    _insert_after(module, fn, new)
    for block in fn.blocks:
        _copy_block(block, new, vm, "", None)
    for block in new.blocks:
        for inst in block.instructions:
            _remap_all(inst, vm)
    new.metadata = list(fn.metadata)
    _clone_debug_info(fn, new)
    return new


def clone_user(user: User) -> User:
    """A copy of a user that only holds text and operands (a function's header tail)."""
    copy = User(user.type, list(user.template))
    for op in user.operands:
        copy.add_operand(op)
    return copy


def _insert_after(module: Module, fn: Function, new: Function) -> None:
    module.add(new)
    module.entities.remove(new)
    module.entities.insert(module.entities.index(fn) + 1, new)


# ---- inlining -------------------------------------------------------------------------------
def inline_call(call: CallInst) -> BasicBlock:
    """Replace ``call`` by a copy of the body of the function it calls (LLVM's
    ``InlineFunction``): the call's block is split after the call, the copied blocks (names
    suffixed ``.i``) go in between, each ``ret`` becomes a branch to the second half and the
    call's value becomes the returned one (a phi when there are several returns). Static
    allocas of the callee's entry go to the caller's entry. Returns the block after the
    inlined code. Refused (``InvalidEdit``, nothing changed) for an ``invoke``, an indirect,
    varargs or recursive call, or a callee without a body."""
    from irpass.ir.builder import IRBuilder

    callee = call.called_function
    caller = call.function
    why = None
    if call.opcode != "call":
        why = f"{call.opcode} is not a plain call"
    elif callee is None or caller is None:
        why = "an indirect call, or a call in no function"
    elif not callee.blocks:
        why = f"{R.spell(callee)} has no body"
    elif callee is caller:
        why = "a recursive call"
    elif callee.ftype.varargs:
        why = f"{R.spell(callee)} takes variable arguments"
    elif callee.ftype.params != tuple(a.type for a in call.args) or \
            not R.same_type(callee.ftype.ret, call.type):
        why = f"the call's type is not {R.spell(callee)}'s"
    if why is not None:
        raise R.InvalidEdit(f"cannot inline '{R.spell(call)}': {why}")
    assert callee is not None and caller is not None
    block = call.parent
    assert block is not None
    nxt = block.instructions[block.instructions.index(call) + 1]
    after = block.split_before(nxt, f"{block.name}.after" if block.name else None)
    vmap = ValueMap({a: call.arg(i) for i, a in enumerate(callee.args)})
    copies: list[BasicBlock] = []
    at = block
    location = call.get_metadata("dbg")
    # The callee's variables stay described (their locations inlined at the call) when the
    # call has a location; without one the caller has no debug information to add them to.
    records = location is not None
    for b in callee.blocks:
        at = _copy_block(b, caller, vmap, ".i", at, records=records)
        copies.append(at)
    locations = _InlinedLocations(caller.module, location)
    rets: list[tuple[Value | None, BasicBlock]] = []
    for b in copies:
        for inst in list(b.instructions):
            _remap_all(inst, vmap)
            locations.fix(inst)
            if not records and isinstance(inst, CallInst) and \
                    inst.called_function is not None and \
                    (inst.called_function.name or "").startswith("llvm.dbg."):
                inst.erase()  # no debug information in the caller
        term = b.terminator
        if term is not None and term.opcode == "ret":
            rets.append((term.operands[0] if term.operands else None, b))
            term.erase()
            IRBuilder.at_end(b, debug_loc=location).br(after)
    entry = caller.blocks[0]
    first = copies[0]
    for inst in [i for i in first.instructions if i.opcode == "alloca"]:
        if inst.operands and not isinstance(inst.operands[0], Constant):
            continue  # a dynamic size stays where it is computed
        inst.detach()
        entry.insert(0, inst)
    if not call.type.is_void:
        if len(rets) == 1:
            result = rets[0][0]
        else:
            result = IRBuilder.at(after.instructions[0]).phi(
                call.type, [(v, b) for v, b in rets if v is not None])
        copied = {id(b) for b in copies} | {id(after)}
        if call.name is not None and isinstance(result, Instruction) and \
                result.parent is not None and id(result.parent) in copied:
            result.take_name(call)
        call.replace_all_uses_with(result)  # type: ignore[arg-type]
    block.instructions[-1].erase()  # the branch the split added
    call.erase()
    IRBuilder.at_end(block, debug_loc=location).br(first)
    return after


class _InlinedLocations:
    """The locations of inlined code: each of the callee's ``DILocation``s copied with
    ``inlinedAt`` the call's location (the chain of one already inlined extended), and each
    loop ID copied with such locations (LLVM's ``inlineDebugLoc`` and
    ``updateLoopMetadataDebugLocations``)."""

    def __init__(self, module: Module | None, call_loc: str | None) -> None:
        self.module = module
        self.table = module.metadata if module is not None else None
        site = _MD_ID.fullmatch(call_loc) if call_loc is not None else None
        self.call_loc = call_loc
        self.site = int(site.group(1)) if site is not None else None
        self.copies: dict[int, int | None] = {}  # old DILocation -> its inlined copy
        self.loops: dict[str, str] = {}  # old loop ID -> the inlined one

    def fix(self, inst: Instruction) -> None:
        loc = inst.get_metadata("dbg")
        if self.call_loc is None:
            if loc is not None:
                inst.remove_metadata("dbg")
        else:
            new = self.location(loc) if loc is not None else None
            inst.set_metadata("dbg", f"!{new}" if new is not None else self.call_loc)
        loop = inst.get_metadata("llvm.loop")
        if loop is not None:
            found = self.loops.get(loop)
            if found is None:
                found = self.loops[loop] = self.loop_id(loop)
            inst.set_metadata("llvm.loop", found)
        if inst.debug_records:
            kept = [r for r in inst.debug_records if self.record(r)]
            if len(kept) != len(inst.debug_records):
                inst.debug_records = kept

    def record(self, record: DebugRecord) -> bool:
        """Point a debug record's location (its last argument) at its inlined copy; False
        when it has none that can be (the record is then dropped)."""
        last = record.args[-1] if record.args else None
        if not isinstance(last, MetadataOperand) or len(last.template) != 1:
            return False
        new = self.location(last.template[0])  # type: ignore[arg-type]
        if new is None:
            return False
        last.template = [f"!{new}"]
        return True

    def _node(self, text: str | None) -> tuple[int, MDNode] | None:
        m = _MD_ID.fullmatch(text) if text is not None else None
        if m is None or self.table is None:
            return None
        node = self.table.get(int(m.group(1)))
        return (int(m.group(1)), node) if node is not None else None

    def location(self, text: str) -> int | None:
        """The id of the inlined copy of the ``DILocation`` ``text`` (``!N``); None when it
        is not one (then the call's location is used, as LLVM uses it for none)."""
        found = self._node(text)
        if found is None or found[1].kind != "DILocation" or self.site is None:
            return None
        return self._copy(*found)

    def _copy(self, mid: int, node: MDNode) -> int:
        done = self.copies.get(mid)
        if done is not None:
            return done
        outer = node.fields.get("inlinedAt")
        if isinstance(outer, MDRef) and outer.id in self.table:  # type: ignore[operator]
            at = self._copy(outer.id, self.table[outer.id])  # type: ignore[index]
        else:
            at = self.site
        fields: dict = {}
        for k, v in node.fields.items():
            if k != "inlinedAt":
                fields[k] = v
            if k == "scope":
                fields["inlinedAt"] = MDRef(at)  # type: ignore[arg-type]
        assert self.module is not None
        new = self.module.add_metadata(MDNode("DILocation", None, node.distinct, fields))
        assert new.id is not None
        self.copies[mid] = new.id
        return new.id

    def loop_id(self, text: str) -> str:
        """A loop ID of the inlined loop: its own (distinct, naming itself), with the
        locations in it inlined (dropped when the call has none)."""
        found = self._node(text)
        if found is None:
            return text
        mid, node = found
        elements = node.elements
        if node.kind != "tuple" or not elements or elements[0] != MDRef(mid):
            return text
        rest = []
        for e in elements[1:]:
            inner = self.table.get(e.id) if isinstance(e, MDRef) else None  # type: ignore[union-attr]
            if inner is not None and inner.kind == "DILocation":
                if self.site is None:
                    continue
                e = MDRef(self._copy(e.id, inner))  # type: ignore[union-attr]
            rest.append(e)
        assert self.module is not None
        new = self.module.add_metadata(MDNode("tuple", None, True, {}, [], [MDRef(0), *rest]))
        assert new.id is not None
        new.elements[0] = MDRef(new.id)
        return f"!{new.id}"


# ---- debug information of a copy -----------------------------------------------------------
_MD_ID = re.compile(r"!([0-9]+)")
# Nodes shared by every function: never copied, even when their scope is the subprogram.
_SHARED_KINDS = ("DICompileUnit", "DIFile", "DINamespace", "DIModule", "DIBasicType",
                 "DIDerivedType", "DICompositeType", "DISubroutineType", "DIStringType",
                 "DIGlobalVariable", "DIGlobalVariableExpression", "DIImportedEntity",
                 "DIMacro", "DIMacroFile", "DIEnumerator", "DITemplateTypeParameter",
                 "DITemplateValueParameter", "DIExpression", "DISubrange",
                 "DIGenericSubrange", "DICommonBlock", "DIObjCProperty", "DIFixedPointType",
                 "DISubrangeType")


def _clone_debug_info(old: Function, new: Function) -> None:
    """Give ``new`` its own ``DISubprogram`` and scoped nodes (copies of ``old``'s), and
    renumber the references of its attachments and debug records."""
    module = new.module
    assert module is not None
    sp_text = old.get_metadata("dbg")
    if sp_text is None or not _MD_ID.fullmatch(sp_text):
        return
    sp = int(sp_text[1:])
    table = module.metadata
    if sp not in table:
        return
    local = _scoped_in(table, sp, _body_refs(new))
    base = table.next_id()
    mapping = {mid: base + i for i, mid in enumerate(sorted(local))}
    for mid in sorted(local):
        node = table[mid]
        module.add(MDNode(node.kind, mapping[mid], node.distinct,
                          {k: _map_md(v, mapping) for k, v in node.fields.items()},
                          [_map_md(v, mapping) for v in node.args],
                          [_map_md(v, mapping) for v in node.elements]))

    def sub(text: str) -> str:
        return _MD_ID.sub(lambda m: f"!{mapping.get(int(m.group(1)), int(m.group(1)))}", text)

    new.metadata = [(k, sub(v)) for k, v in new.metadata]
    for inst in new.instructions():
        if inst.metadata:
            inst.metadata = [(k, sub(v)) for k, v in inst.metadata]
        for op in _metadata_operands(inst):
            op.template = [sub(p) if isinstance(p, str) else p for p in op.template]


def _metadata_operands(inst: Instruction) -> Iterator[MetadataOperand]:
    for user in (inst, *inst.debug_records):
        for op in user.iter_values():
            if op.__class__ is MetadataOperand:
                yield op  # type: ignore[misc]


def _body_refs(fn: Function) -> set[int]:
    """The metadata ids a function's body names (attachments, metadata operands)."""
    found: set[int] = set()
    for inst in fn.instructions():
        for _, text in inst.metadata:
            found.update(int(n) for n in _MD_ID.findall(text))
        for op in _metadata_operands(inst):
            for p in op.template:
                if isinstance(p, str):
                    found.update(int(n) for n in _MD_ID.findall(p))
    return found


def _map_md(v, mapping: dict[int, int]):
    if isinstance(v, MDRef):
        return MDRef(mapping.get(v.id, v.id))
    if isinstance(v, MDNode):  # an inline node
        return MDNode(v.kind, None, v.distinct,
                      {k: _map_md(x, mapping) for k, x in v.fields.items()},
                      [_map_md(x, mapping) for x in v.args],
                      [_map_md(x, mapping) for x in v.elements])
    return v


def _scoped_in(table, sp: int, roots: set[int]) -> set[int]:
    """``sp`` and the nodes, among those ``roots`` lead to, that reach ``sp`` other than
    through shared nodes (types, files, the compile unit): its locations, lexical blocks,
    local variables, labels and the tuples that list them."""
    edges: dict[int, list[int]] = {}
    work = [*roots, sp]
    while work:
        mid = work.pop()
        if mid in edges:
            continue
        node = table.get(mid)
        kids = [] if node is None or node.kind in _SHARED_KINDS else node.refs()
        edges[mid] = kids
        work.extend(k for k in kids if k not in edges)
    users: dict[int, list[int]] = {}
    for mid, kids in edges.items():
        for k in kids:
            users.setdefault(k, []).append(mid)
    local = {sp}
    work = [sp]
    while work:
        for user in users.get(work.pop(), ()):
            if user not in local:
                node = table.get(user)
                if node is not None and node.kind not in _SHARED_KINDS:
                    local.add(user)
                    work.append(user)
    return local
