"""Functions and basic blocks.

A function keeps two counters that its edits bump: ``edits`` (every edit the model's methods
make to its body: operands, placement, names, attachments, flags) and ``layout`` (edits that
add, remove or rename its values). ``layout`` stamps what is worked out once per function
and reused until the function changes: its local names (``local_names``) and the numbers of
its unnamed values (what ``value.ref()`` prints), so an edit costs what it touches, never a
walk of the module. ``Module.edits`` counts the edits of the whole module (the pass manager
compares it before and after a pass). Reading a body does not count as an edit.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Protocol

from irpass.ir.attributes import AttributeList
from irpass.ir.instructions import Instruction
from irpass.ir.types import LABEL, PTR, FunctionType, Type
from irpass.ir.values import _NAME, Argument, GlobalValue, User, Value

if TYPE_CHECKING:
    from irpass.ir.module import Module


class LazyBody(Protocol):
    """A body kept as text, as the reader hands it to a function (``Function.lazy_body``;
    ``irpass.parser.lazy`` makes them). The model asks it only these."""

    arg_names: tuple[str | None, ...]  # the names the text gives the arguments
    state: object  # what the bodies of one read share (asked for ``rewrites``)

    def materialize(self, fn: Function) -> None:
        """Parse the text into ``fn``'s blocks (raises ``IRError``)."""

    def mentions(self, value: Value) -> bool:
        """Whether the text may refer to the global ``value``."""

    def contains(self, text: str) -> bool:
        """Whether ``text`` occurs in the body text (nothing is parsed)."""

    def text_with(self, rewrites: dict[str, str | None]) -> str:
        """The text, with the global references in ``rewrites`` respelled."""


def note_edit(fn: Function | None, layout: bool = False) -> None:
    """Count an edit of ``fn``'s body (``layout``: one that adds, removes or renames values)."""
    if fn is None:
        return
    fn.edits += 1
    if layout:
        fn.layout += 1
    module = fn.module
    if module is not None:
        module.edits += 1


def local_names(fn: Function) -> set[str]:
    """The names of ``fn``'s arguments, blocks and instructions (LLVM's symbol table of the
    function): worked out once, then kept up to date by the edits that name, place or remove
    values, until an edit that does not (``note_edit(fn, layout=True)``) drops it. The set
    is the function's own: add to it only what is added to the function."""
    cached = fn._names
    if cached is not None and cached[0] == fn.layout:
        return cached[1]
    used = {a.name for a in fn.args if _NAME.__get__(a) is not None}
    for block in fn.blocks:
        name = _NAME.__get__(block)
        if name is not None:
            used.add(name)
        for i in block.instructions:
            name = _NAME.__get__(i)
            if name is not None:
                used.add(name)
    fn._names = (fn.layout, used)
    return used


def claim_name(fn: Function, name: str, names: set[str]) -> str:
    """``name``, or LLVM's unique form of it when ``fn`` has it already (``ValueSymbolTable::
    makeUniqueName``: the name with the function's next number appended, ``x`` -> ``x1``;
    the number counts every clash in the function, as LLVM's ``LastUnique`` does); added
    to ``names``."""
    if name in names:
        base = name
        while True:
            fn.last_unique += 1
            name = f"{base}{fn.last_unique}"
            if name not in names:
                break
    names.add(name)
    return name


def _rename_local(value: Value, fn: Function, new: str | None) -> None:
    """Give a value placed in ``fn`` the name ``new`` (None: unnamed), made unique."""
    old = _NAME.__get__(value)
    if new == old:
        return
    names = local_names(fn)
    if old is not None:
        names.discard(old)
    if new is not None:
        new = claim_name(fn, new, names)
    _NAME.__set__(value, new)
    note_edit(fn, layout=True)
    fn._names = (fn.layout, names)


def _set_local_name(value: Value, fn: Function | None, placed: bool, new: str | None) -> None:
    if new == "":
        new = None  # LLVM's empty name is no name
    if fn is None:
        _NAME.__set__(value, new)
    elif not placed:  # not in the function's names yet: placing it makes it unique
        _NAME.__set__(value, new)
        note_edit(fn, layout=True)
    else:
        _rename_local(value, fn, new)


def _block_name_set(self: BasicBlock, new: str | None) -> None:
    fn = self.parent
    # A block is named before it is placed when it is read: only a placed block (it has
    # instructions, or its function lists it) takes part in the function's names.
    placed = fn is not None and (bool(self.instructions) or (
        fn._names is not None and self in fn._blocks))
    _set_local_name(self, fn, placed, new)


class BasicBlock(Value):
    """A labelled list of instructions; as a value it is the ``label`` operand of branches.

    ``name`` is assignable: a name the function has already is made unique as LLVM's
    ``setName`` makes it (``x`` -> ``x1``, see ``claim_name``)."""

    __slots__ = ("parent", "instructions", "trailing_records")
    is_local = True
    name = property(_NAME.__get__, _block_name_set)  # type: ignore[assignment]

    def __init__(self, name: str | None = None, parent: Function | None = None) -> None:
        self.parent = parent
        self.instructions: list[Instruction] = []
        super().__init__(LABEL, name)
        self.trailing_records: list = []

    def function_of(self) -> Function | None:
        return self.parent

    def __iter__(self) -> Iterator[Instruction]:
        """A snapshot of the instructions: ``for inst in block`` walks them as they were
        when it began, even if the loop inserts, moves or erases some (an erased one is
        still handed out; its ``parent`` is then None)."""
        return iter(list(self.instructions))

    def early_inc(self) -> Iterator[Instruction]:
        """The instructions, live, each one's successor taken before it is handed out (LLVM's
        ``make_early_inc_range``): the loop may erase, replace or move the instruction it
        was given, and instructions inserted right after it are not visited. Erasing or
        moving out the *next* instruction while at this one raises ``RuntimeError``
        (undefined behaviour in LLVM)."""
        insts = self.instructions
        i = 0
        while i < len(insts):
            inst = insts[i]
            nxt = insts[i + 1] if i + 1 < len(insts) else None
            yield inst
            if nxt is None:
                return
            if nxt.parent is not self:
                raise RuntimeError(f"early_inc: the instruction after {inst.opcode} was "
                                   f"erased or moved out of {self._label()} by the loop")
            # where the next one is now: one on if the current one stayed, else in its place
            for j in (i + 1, i, i + 2):
                if j < len(insts) and insts[j] is nxt:
                    i = j
                    break
            else:
                i = insts.index(nxt)

    def insert(self, index: int, inst: Instruction) -> None:
        """Put the (detached) ``inst`` at ``index``. Refused (``InvalidEdit``): an
        instruction already in a block (detach it first) or erased; anything after the
        block's terminator (a second terminator included); a phi after other instructions
        or an instruction before a phi; an operand in another function. A terminator may go
        before the old one (replacing a terminator), which must then be erased. A name the
        function has already is made unique, as LLVM's symbol table does on insertion."""
        from irpass.ir.rules import InvalidEdit

        if inst.parent is not None:
            raise InvalidEdit(f"cannot insert {inst!r}: it is already in a block (detach "
                              "it first, or move it)")
        if inst.is_erased:
            raise InvalidEdit(f"cannot insert {inst!r}: it was erased")
        self.check_insert(self.instructions, index, inst)
        fn = self.parent
        if fn is None:
            self.instructions.insert(index, inst)
            inst.parent = self
            return
        inst.check_operands_in(fn)
        name = _NAME.__get__(inst)
        if name is not None:
            names = local_names(fn)
            _NAME.__set__(inst, claim_name(fn, name, names))
        self.instructions.insert(index, inst)
        inst.parent = self
        note_edit(fn, layout=True)
        if name is not None:
            fn._names = (fn.layout, names)

    def check_insert(self, insts: list[Instruction], index: int, inst: Instruction) -> None:
        """Raise ``InvalidEdit`` if ``inst`` may not go at ``index`` of ``insts``."""
        from irpass.ir.rules import TERMINATOR_IN_MIDDLE, InvalidEdit

        before = insts[index - 1] if index > 0 else None
        after = insts[index] if index < len(insts) else None
        if before is not None and before.is_terminator:
            what = (f"{inst.opcode} after {before.opcode}" if not inst.is_terminator else
                    f"a second terminator, {inst.opcode} after {before.opcode}")
            raise InvalidEdit(f"{TERMINATOR_IN_MIDDLE} ({what} in block {self._label()})")
        if inst.opcode == "phi" and before is not None and before.opcode != "phi":
            raise InvalidEdit(f"PHI nodes not grouped at top of basic block (phi after "
                              f"{before.opcode} in block {self._label()})")
        if inst.opcode != "phi" and after is not None and after.opcode == "phi":
            raise InvalidEdit(f"PHI nodes not grouped at top of basic block ({inst.opcode} "
                              f"before a phi in block {self._label()})")

    def _label(self) -> str:
        from irpass.ir.rules import spell

        return spell(self)

    def append(self, inst: Instruction) -> None:
        """Put ``inst`` at the end (see ``insert`` for what is refused)."""
        self.insert(len(self.instructions), inst)

    @property
    def terminator(self) -> Instruction | None:
        """The last instruction, if it is a terminator."""
        if self.instructions and self.instructions[-1].is_terminator:
            return self.instructions[-1]
        return None

    @property
    def successors(self) -> list[BasicBlock]:
        """The blocks the terminator may go to."""
        term = self.terminator
        return term.successors if term is not None else []

    @property
    def predecessors(self) -> list[BasicBlock]:
        """The blocks whose terminators may come here, each once."""
        preds: dict[int, BasicBlock] = {}
        for user in self.users:
            if isinstance(user, Instruction) and user.is_terminator and user.parent is not None:
                preds.setdefault(id(user.parent), user.parent)
        return list(preds.values())

    def split_before(self, inst: Instruction, name: str | None = None) -> BasicBlock:
        """Move ``inst`` and what follows it to a new block right after this one, which this
        block then branches to (LLVM's ``splitBasicBlock``); phis of the moved terminator's
        successors name the new block. Returns the new block."""
        from irpass.ir.builder import IRBuilder, add_block

        if inst.parent is not self:
            raise ValueError("split_before: the instruction is not in this block")
        if inst.opcode == "phi":
            raise ValueError("split_before: cannot split before a phi")
        fn = self.parent
        if fn is None:
            raise ValueError("split_before: the block is in no function")
        new = add_block(fn, name if name is not None else
                        (f"{self.name}.split" if self.name is not None else None), after=self)
        i = self.instructions.index(inst)
        moved = self.instructions[i:]
        del self.instructions[i:]
        for m in moved:
            m.parent = new
        new.instructions = moved
        note_edit(fn, layout=True)  # the names are the same; the numbers are not
        for succ in new.successors:
            for phi in succ.instructions:
                if phi.opcode != "phi":
                    break
                for k, op in enumerate(phi.operands):
                    if op is self and k % 2 == 1:
                        phi.set_operand(k, new)
        IRBuilder.at_end(self).br(new)
        return new

    def erase(self) -> None:
        """Remove the block and its instructions from the function. The block must be no
        branch's target (``InvalidEdit`` otherwise: redirect or erase those branches
        first); uses of its instructions elsewhere become ``poison``."""
        mine = {id(i) for i in self.instructions}
        outside = [u for u in self.users if id(u) not in mine]
        if outside:
            from irpass.ir.rules import InvalidEdit
            from irpass.ir.writer import value_text

            raise InvalidEdit(
                f"cannot erase block {self._label()}: it is still used by {len(outside)} "
                f"instruction(s), first '{value_text(outside[0])}' (LLVM: Use still stuck "
                "around after Def is destroyed)")
        from irpass.ir.values import ERASED

        for inst in reversed(self.instructions):
            inst.replace_all_uses_with(_poison(inst.type))
            inst.detach()
            inst.drop_operands()
            inst.operands = ERASED  # type: ignore[assignment]
        fn = self.parent
        if fn is not None:
            fn.blocks.remove(self)
            self.parent = None
            note_edit(fn, layout=True)

    def __repr__(self) -> str:
        return f"<BasicBlock {self.name if self.name is not None else '<unnamed>'}>"


def _poison(type: Type):
    from irpass.ir.values import Constant

    return Constant.literal(type, "poison", "c_poison")


class Function(GlobalValue):
    """A function declaration or definition (``blocks`` empty for a declaration).

    ``pre_attrs`` are linkage, visibility, DLL storage and calling convention words;
    ``ret_attrs`` return attributes; ``fn_attrs`` function attributes (groups included);
    ``tail`` the rest of the header (``section "x"``, ``comdat``, ``personality ...``), a user
    whose operands are the constants it names; ``metadata`` the ``!dbg !5`` attachments.
    """

    __slots__ = ("module", "ftype", "ret_type_text", "pre_attrs", "ret_attrs", "args",
                 "varargs", "fn_attrs", "tail", "metadata", "_blocks", "is_declaration",
                 "lazy_body", "uselistorders", "detached", "edits", "layout", "last_unique",
                 "_names", "_numbers")

    def __init__(self, name: str | None, ftype: FunctionType, module: Module | None = None,
                 addrspace_type: Type = PTR) -> None:
        super().__init__(addrspace_type, name)
        self.module = module
        self.ftype = ftype
        self.ret_type_text = str(ftype.ret)
        self.pre_attrs: list[str] = []
        self.ret_attrs = AttributeList()
        self.args: list[Argument] = []
        self.varargs = ftype.varargs
        self.fn_attrs = AttributeList()
        self.tail = User(addrspace_type)
        self.metadata: list[tuple[str, str]] = []
        self._blocks: list[BasicBlock] = []
        self.is_declaration = True
        # A body not parsed yet (a ``LazyBody``, from the reader): ``blocks`` parses it.
        self.lazy_body: LazyBody | None = None
        self.uselistorders: list[User] = []
        # Instructions taken out of this function while still used (``Instruction.detach``):
        # printing checks that none is still out and used (a dangling reference).
        self.detached: list[Instruction] = []
        # Edit counters (see the module's docstring), the last number LLVM's rule for
        # unique local names appended, and what is cached until ``layout`` moves: the
        # local names (``local_names``) and the numbers of unnamed values (the writer's).
        self.edits = 0
        self.layout = 0
        self.last_unique = 0
        self._names: tuple[int, set[str]] | None = None
        self._numbers: tuple[int, dict[int, str]] | None = None

    @property
    def blocks(self) -> list[BasicBlock]:
        """The basic blocks (a lazily read body is parsed on first access)."""
        if self.lazy_body is not None:
            self.materialize()
        return self._blocks

    @blocks.setter
    def blocks(self, blocks: list[BasicBlock]) -> None:
        self.lazy_body = None
        self._blocks = blocks
        note_edit(self, layout=True)

    @property
    def is_materialized(self) -> bool:
        """False while the body is still text (printed as it came in)."""
        return self.lazy_body is None

    def materialize(self) -> None:
        """Parse a lazily read body into blocks (raises ``IRError`` if it does not parse)."""
        lazy = self.lazy_body
        if lazy is None:
            return
        self.lazy_body = None
        # Reading is no edit: the counters are as they were, and what was cached is dropped.
        module = self.module
        counts = self.edits, (module.edits if module is not None else 0)
        try:
            lazy.materialize(self)
        except BaseException:
            self._blocks = []
            self.lazy_body = lazy
            raise
        finally:
            self.edits = counts[0]
            if module is not None:
                module.edits = counts[1]
            self.layout += 1
            self._names = self._numbers = None

    @property
    def return_type(self) -> Type:
        """The type the function returns."""
        return self.ftype.ret

    @property
    def entry(self) -> BasicBlock | None:
        """The first block (None for a declaration)."""
        return self.blocks[0] if self.blocks else None

    def instructions(self) -> Iterator[Instruction]:
        """Every instruction, block by block (a snapshot: editing while walking is safe)."""
        for block in list(self.blocks):
            yield from list(block.instructions)

    def add_block(self, name: str | None = None, after: BasicBlock | None = None) -> BasicBlock:
        """A new empty block at the end or after ``after``; a name the function has already
        is made unique (as LLVM's symbol table does)."""
        blocks = self.blocks
        block = BasicBlock(None, self)
        index = len(blocks) if after is None else blocks.index(after) + 1
        if name == "":
            name = None
        if name is not None:
            names = local_names(self)
            _NAME.__set__(block, claim_name(self, name, names))
        blocks.insert(index, block)
        note_edit(self, layout=True)
        if name is not None:
            self._names = (self.layout, names)
        self.is_declaration = False
        return block

    def get_metadata(self, kind: str) -> str | None:
        """The text of the function's ``!kind`` attachment, or None."""
        for k, v in self.metadata:
            if k == kind:
                return v
        return None

    def __repr__(self) -> str:
        return f"<Function @{self.name}>"


def new_argument(function: Function, type: Type, name: str | None,
                 attrs: AttributeList | None = None) -> Argument:
    return Argument(type, name, function, len(function.args), attrs)
