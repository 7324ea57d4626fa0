"""The module: its globals, functions, types, attribute groups and metadata, in file order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from irpass.ir.attributes import AttributeList
from irpass.ir.function import Function
from irpass.ir.metadata import MDNode, MetadataRun, MetadataTable, NamedMetadata
from irpass.ir.types import PTR, Type
from irpass.ir.values import Constant, GlobalValue, User, Value


class GlobalVariable(GlobalValue):
    """A global variable: ``@g = <pre_attrs> global|constant <value_type> [<initializer>]
    <tail>``. As a value it is the address of its memory (type ``ptr``); ``value_type`` is
    the type of what is stored there (``value_type_text`` as it is written).

    - ``pre_attrs``: linkage, visibility, DLL storage, ``thread_local``, ``unnamed_addr``
      and ``addrspace`` words, as written (``["internal", "unnamed_addr"]``);
    - ``kind``: ``"global"`` or ``"constant"`` (``is_constant``);
    - ``initializer``: the constant it starts with, or None for a declaration
      (``is_declaration``); assignable. It is the one operand of ``init``, a user, so the
      globals and functions it names have it among their uses;
    - ``tail``: the text after the initializer (``, align 8``, ``, section "x"``);
    - ``metadata``: the ``!dbg !N`` attachments, as ``(kind, text)`` pairs.

    Make one with ``irpass.ir.builder.add_global``; rename it by assigning ``name`` (the
    module's table follows, a taken name is refused); remove it with ``Module.remove``.
    """

    __slots__ = ("module", "pre_attrs", "kind", "value_type", "value_type_text", "init",
                 "tail", "metadata")

    def __init__(self, name: str | None, value_type: Type, kind: str = "global",
                 type: Type = PTR) -> None:
        super().__init__(type, name)
        self.module: Module | None = None
        self.pre_attrs: list[str] = []
        self.kind = kind
        self.value_type = value_type
        self.value_type_text = str(value_type)
        self.init = User(type)
        self.tail = ""
        self.metadata: list[tuple[str, str]] = []

    @property
    def initializer(self) -> Value | None:
        """The initial value (None for a declaration); assignable."""
        return self.init.operands[0] if self.init.operands else None

    @initializer.setter
    def initializer(self, value: Value | None) -> None:
        self.init.drop_operands()
        if value is not None:
            self.init.add_operand(value)
        if self.module is not None:
            self.module.edits += 1

    @property
    def is_declaration(self) -> bool:
        """Whether it has no initializer (defined in another module)."""
        return not self.init.operands

    @property
    def is_constant(self) -> bool:
        """Whether it is a ``constant``, not a ``global``."""
        return self.kind == "constant"


class GlobalAlias(GlobalValue):
    """``@a = <pre_attrs> alias|ifunc <value_type>, <aliasee>``."""

    __slots__ = ("module", "pre_attrs", "kind", "value_type_text", "target", "tail",
                 "metadata")

    def __init__(self, name: str | None, kind: str, value_type_text: str,
                 type: Type = PTR) -> None:
        super().__init__(type, name)
        self.module: Module | None = None
        self.pre_attrs: list[str] = []
        self.kind = kind
        self.value_type_text = value_type_text
        self.target = User(type)
        self.tail = ""
        self.metadata: list[tuple[str, str]] = []

    @property
    def aliasee(self) -> Value:
        """What the alias stands for."""
        return self.target.operands[0]


class TypeDef:
    """``%T = type { ... }`` or ``%T = type opaque`` (``body`` None)."""

    __slots__ = ("name", "body", "text")

    def __init__(self, name: str, body: Type | None, text: str | None = None) -> None:
        self.name = name
        self.body = body
        self.text = text


class AttributeGroup:
    """``attributes #0 = { ... }``."""

    __slots__ = ("id", "attrs")

    def __init__(self, id: int, attrs: AttributeList) -> None:
        self.id = id
        self.attrs = attrs


class TextEntity(User):
    """A top-level line kept as written, its global references tracked:
    ``source_filename``, ``target``, ``module asm``, comdats, ``uselistorder``, summaries."""

    __slots__ = ("kind",)

    def __init__(self, kind: str, template: list[str | int],
                 operands: list[Value] | None = None) -> None:
        super().__init__(PTR, template, operands)
        self.kind = kind


Entity = (GlobalVariable | GlobalAlias | Function | TypeDef | AttributeGroup | TextEntity
          | MDNode | MetadataRun | NamedMetadata)


class Module:
    """An LLVM module. ``entities`` keeps every top-level entity in file order (the printer
    follows it); the dictionaries index them."""

    def __init__(self, source_name: str = "<module>") -> None:
        self.source_name = source_name
        self.entities: list = []
        self.globals: dict[str, Value] = {}
        self.types: dict[str, TypeDef] = {}
        self.attribute_groups: dict[int, AttributeGroup] = {}
        # A mapping like dict[int, MDNode]; nodes kept as text are read on lookup.
        self.metadata: MetadataTable = MetadataTable()
        self.named_metadata: dict[str, NamedMetadata] = {}
        # How text is read into this module (``IRBuilder.parse_instruction``): given by the
        # reader (``irpass.parse``, ``irpass.new_module``); None for a bare ``Module()``.
        self.reader = None
        # How many edits the model's methods made to the module (its functions' included:
        # ``irpass.ir.function.note_edit``); reading is not counted. The pass manager
        # compares it before and after each pass.
        self.edits = 0

    # ---- deferred reading --------------------------------------------------------------------
    @classmethod
    def deferred(cls, text: str, source_name: str, read: Callable[[], Module]) -> Module:
        """A module that prints as ``text`` until something looks inside it; then ``read()``
        makes its contents. (A tool's output handed on: it is written out as it came when
        nothing else needs it.)"""
        m = cls.__new__(cls)
        m.__dict__.update(source_name=source_name, deferred_text=text, _read=read)
        return m

    def __getattr__(self, name: str):
        # Only called for attributes not set: those of a deferred module not read yet.
        read = self.__dict__.pop("_read", None)
        if read is None:
            raise AttributeError(f"{type(self).__name__!s} object has no attribute {name!r}")
        edits = self.__dict__.get("edits", 0)
        self.adopt(read())
        self.edits = edits  # reading is no edit
        return getattr(self, name)

    def adopt(self, other: Module) -> None:
        """Make this module hold what ``other`` holds (its entities, metadata, ...), so that
        those who hold this module see the new contents; keeps this module's name."""
        source_name = self.__dict__.get("source_name", other.source_name)
        edits = self.__dict__.get("edits", 0)
        self.__dict__.clear()
        self.__dict__.update(other.__dict__)
        self.source_name = source_name
        self.edits = edits + 1
        for e in other.__dict__.get("entities", ()):
            if isinstance(e, (Function, GlobalVariable, GlobalAlias)):
                e.module = self

    # ---- lookup ---------------------------------------------------------------------------
    @property
    def functions(self) -> list[Function]:
        """Every function (declarations too), in file order."""
        return [e for e in self.entities if isinstance(e, Function)]

    @property
    def global_variables(self) -> list[GlobalVariable]:
        """Every global variable, in file order."""
        return [e for e in self.entities if isinstance(e, GlobalVariable)]

    @property
    def aliases(self) -> list[GlobalAlias]:
        """Every alias and ifunc, in file order."""
        return [e for e in self.entities if isinstance(e, GlobalAlias)]

    def get_function(self, name: str) -> Function | None:
        """The function named ``name`` (without ``@``), or None."""
        f = self.globals.get(name)
        return f if isinstance(f, Function) else None

    def get_global(self, name: str) -> Value | None:
        """The function, variable or alias named ``name``, or None."""
        return self.globals.get(name)

    @property
    def datalayout(self) -> str:
        """The ``target datalayout`` string ("" if none)."""
        return self._target("datalayout")

    @property
    def triple(self) -> str:
        """The ``target triple`` string ("" if none)."""
        return self._target("triple")

    def _target(self, kind: str) -> str:
        from irpass.ir.names import unescape

        for e in self.entities:
            if isinstance(e, TextEntity) and e.kind == "target":
                text = e.template[0]
                assert isinstance(text, str)
                if text.split()[1] == kind:
                    return unescape(text.split('"', 1)[1].rsplit('"', 1)[0])
        return ""

    def resolve_type(self, type: Type) -> Type:
        """The body of an identified struct (or the type itself)."""
        from irpass.ir.types import NamedType

        seen = 0
        while isinstance(type, NamedType) and seen < 64:
            td = self.types.get(type.name)
            if td is None or td.body is None:
                return type
            type = td.body
            seen += 1
        return type

    # ---- editing --------------------------------------------------------------------------
    def add(self, entity) -> None:
        """Add a new top-level entity, after the last one of its kind (a function or global
        whose name is taken: ``InvalidEdit``)."""
        kinds: tuple[type, ...] = (type(entity),)
        if isinstance(entity, MDNode):  # after the metadata, whether read or kept as text
            kinds = (MDNode, MetadataRun)
        index = len(self.entities)
        for i in range(len(self.entities) - 1, -1, -1):
            if isinstance(self.entities[i], kinds):
                index = i + 1
                break
        if isinstance(entity, (GlobalVariable, GlobalAlias, Function)) and \
                entity.name is not None and entity.name in self.globals:
            from irpass.ir.rules import redefinition

            raise redefinition(entity)
        self.entities.insert(index, entity)
        self._index(entity)
        self.edits += 1

    def _index(self, entity) -> None:
        if isinstance(entity, (GlobalVariable, GlobalAlias, Function)):
            if entity.name is not None:
                if entity.name in self.globals:
                    from irpass.ir.rules import redefinition

                    raise redefinition(entity)
                self.globals[entity.name] = entity
            entity.module = self
        elif isinstance(entity, TypeDef):
            self.types[entity.name] = entity
        elif isinstance(entity, AttributeGroup):
            self.attribute_groups[entity.id] = entity
        elif isinstance(entity, MDNode):
            assert entity.id is not None
            self.metadata[entity.id] = entity
        elif isinstance(entity, NamedMetadata):
            self.named_metadata[entity.name] = entity

    def materialize_all(self) -> None:
        """Parse every function body still kept as text (see ``irpass.parser.lazy``)."""
        for fn in self.functions:
            fn.materialize()

    def materialize_reachable(self, roots: Iterable[Function]) -> set[int]:
        """Parse ``roots`` and every function they reach by any reference (a call, a
        function pointer passed as an argument, a vtable in a global's initializer);
        returns the ids of the functions reached."""
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

    def remove(self, entity) -> None:
        """Remove a top-level entity. A function or global must have no users left
        (``InvalidEdit`` otherwise); its debug uses (``#dbg_value(ptr @g, ...)``) become
        ``poison``."""
        if isinstance(entity, Value):
            # Uses in bodies not parsed yet are not recorded: parse those that mention it.
            for fn in self.functions:
                if fn.lazy_body is not None and fn.lazy_body.mentions(entity):
                    fn.materialize()
        if isinstance(entity, Value) and entity.users:
            from irpass.ir.rules import InvalidEdit

            raise InvalidEdit(f"Uses remain when a value is destroyed!: cannot remove "
                              f"{entity!r}: it still has users ({len(entity.users)})")
        self.edits += 1
        if isinstance(entity, Value) and entity.uses:
            # as Instruction.erase does
            entity.replace_all_uses_with(Constant.literal(entity.type, "poison", "c_poison"))
        if isinstance(entity, MDNode) and entity.id is not None and \
                self.metadata.get(entity.id) is entity and self.metadata.is_in_run(entity.id):
            del self.metadata[entity.id]  # a line of a run: the run leaves it out
            return
        self.entities.remove(entity)
        if isinstance(entity, (GlobalVariable, GlobalAlias, Function)):
            if entity.name is not None:
                self.globals.pop(entity.name, None)
            for holder in _holders(entity):
                holder.drop_operands()
        elif isinstance(entity, MDNode):
            self.metadata.pop(entity.id, None)  # type: ignore[arg-type]
        elif isinstance(entity, NamedMetadata):
            self.named_metadata.pop(entity.name, None)
        elif isinstance(entity, AttributeGroup):
            self.attribute_groups.pop(entity.id, None)

    def add_metadata(self, node: MDNode) -> MDNode:
        """Number a new node and add it; returns it (with its ``id`` set)."""
        node.id = self.metadata.next_id()
        node.text = None
        self.add(node)
        return node

    def add_attribute_group(self, attrs: AttributeList) -> AttributeGroup:
        """A new ``attributes #N = { ... }`` group; refer to it as ``#N``."""
        group = AttributeGroup(max(self.attribute_groups, default=-1) + 1, attrs)
        self.add(group)
        return group

    def __iter__(self) -> Iterator[Function]:
        return iter(self.functions)

    def __str__(self) -> str:
        from irpass.ir.writer import print_module

        return print_module(self)


def _holders(entity) -> list[User]:
    if isinstance(entity, GlobalVariable):
        return [entity.init]
    if isinstance(entity, GlobalAlias):
        return [entity.target]
    if isinstance(entity, Function):
        return [entity.tail]
    return []


CAST_KINDS = frozenset({"c_cast"})


def strip_casts(value: Value) -> Value:
    """See through constant casts, all-zero GEPs and aliases to the underlying value."""
    for _ in range(64):
        if isinstance(value, Constant) and value.kind in CAST_KINDS and value.operands:
            value = value.operands[0]
        elif isinstance(value, GlobalAlias) and value.target.operands:
            value = value.aliasee
        else:
            return value
    return value


def references(v: Value) -> Iterator[Value]:
    """The functions, global variables and aliases ``v`` refers to: in a function's body
    (parsed if needed) and header, a global's initializer, an alias's target."""
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
