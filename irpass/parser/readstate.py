"""What the reader's two routes share while they read one module, one lazy body or one
snippet: the module being built, the symbol tables (globals, and each body's locals in the
``scope`` passed along), the values used before their definition (placeholders, replaced when
the definition is read; names never defined are errors, as in LLVM), the type cache, the
metadata ids read, and the chunk of text being read (``text``, at offset ``base`` of the file).

The driver (``reader``) makes one ``ReadState`` and hands it to both routes: the fast path
(``fastpath``) and the grammar path (``treepath``) define and look up names only here, so a
name means the same whichever route read its definition and its uses.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from typing import TYPE_CHECKING

from irpass.ir import types as T
from irpass.ir.function import BasicBlock, Function, new_argument
from irpass.ir.instructions import CallInst, DebugRecord, Instruction
from irpass.ir.module import Module
from irpass.ir.names import decode_name, unescape
from irpass.ir.values import Placeholder, Value
from irpass.text.diagnostics import Source

if TYPE_CHECKING:
    from irpass.parser.lazy import LazyState


class ReadState:
    """The state of one read, shared by the fast path and the grammar path."""

    __slots__ = ("source", "module", "globals_table", "types", "lazy", "pending",
                 "unnamed_globals", "forward_spaces", "text", "base", "run_ids", "run_id_set")

    def __init__(self, source: Source, module: Module, *, types: dict[str, T.Type] | None = None,
                 globals_table: dict[str, Value] | None = None,
                 lazy: LazyState | None = None) -> None:
        """A read of ``source`` into ``module``: global references are looked up in
        ``globals_table`` (the module's globals unless given: a lazy body looks them up by
        the names the source gave them), types cached in ``types``; ``lazy``: the state the
        module's lazy bodies will share, told of each global defined."""
        self.source = source
        self.module = module
        self.globals_table: dict[str, Value] = (module.globals if globals_table is None
                                                else globals_table)
        self.types: dict[str, T.Type] = {} if types is None else types
        self.lazy = lazy
        self.pending: dict[str, Placeholder] = {}  # globals used before their definition
        self.unnamed_globals = 0
        # The address space of the first use of a global not yet defined, where not 0.
        self.forward_spaces: dict[str, int] = {}
        self.text = ""  # text of the chunk being read
        self.base = 0  # its offset in the file
        # An eager read: the ids of the run lines read so far, to report a reused id where
        # the grammar reports it (a lazy read reports it on the first lookup).
        self.run_ids = array("q")
        self.run_id_set: set[int] | None = None  # built if the ids do not ascend

    @classmethod
    def for_body(cls, lazy: LazyState) -> ReadState:
        """The state for reading one lazy body of a module already read."""
        return cls(lazy.source, lazy.module, types=lazy.types, globals_table=lazy.globals)

    def at(self, text: str, base: int) -> None:
        """Read ``text`` next, which starts at offset ``base`` of the file."""
        self.text = text
        self.base = base

    # ---- globals --------------------------------------------------------------------------
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

    def finish(self) -> None:
        """The end of a read: intrinsics called but not declared are declared; any other
        global still undefined is an error."""
        self.declare_intrinsics()
        if self.pending:
            ph = min(self.pending.values(), key=lambda p: p.pos[0])
            raise self.source.error(ph.pos[0], f"use of undefined value '{ph.token}'")

    # ---- locals and blocks ----------------------------------------------------------------
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

    def check_defined(self, scope: dict[str, Value]) -> None:
        """The end of a body: a local still undefined is an error."""
        for _key, value in scope.items():
            if isinstance(value, Placeholder):
                raise self.source.error(value.pos[0], f"use of undefined value '{value.token}'")

    def open_block(self, fn: Function, block: BasicBlock, scope: dict[str, Value],
                   counter: list[int]) -> BasicBlock:
        """The block the next instruction goes in: as in LLVM, what follows a terminator
        starts a new, unnamed block (numbered before the instruction)."""
        if block.instructions and block.instructions[-1].is_terminator:
            block = BasicBlock(None, fn)
            self.define_name(scope, counter, block, None, 0)
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

    def check_terminated(self, block: BasicBlock, at: int) -> None:
        """A block must end with a terminator (reported at ``at``: the next label or ``}``)."""
        if not block.instructions or not block.instructions[-1].is_terminator:
            raise self.source.error(at, "expected instruction opcode (the block before "
                                        "this point has no terminator)")

    # ---- metadata ids ---------------------------------------------------------------------
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

    def add_run_id(self, mid: int) -> None:
        """Node ``mid`` was read from a run of metadata lines (an eager read)."""
        ids = self.run_ids
        if self.run_id_set is None and ids and mid < ids[-1]:
            self.run_id_set = set(ids)
        ids.append(mid)
        if self.run_id_set is not None:
            self.run_id_set.add(mid)
