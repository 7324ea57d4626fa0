"""Enzyme type trees: ``{[-1]:Pointer, [-1,0]:Float@double, [-1,8]:Integer}``.

A tree maps paths of byte offsets to a type. The first index is a byte offset into the value
(``-1``: every offset); each further index is a byte offset into the memory that the pointer at
the previous path points to. Types are ``Pointer``, ``Integer``, ``Anything`` and
``Float@half|float|double|fp80|bf16|fp128|ppc128``; ``Unknown`` means "no information" and is
never stored (Enzyme does not keep it either).

Conventions (Enzyme's): an integer is marked on every one of its bytes, a float and a pointer at
their first byte only, padding not at all. Trees built here are in *layout form* (explicit byte
offsets at the first level); ``canonical(size)`` folds offsets into ``-1`` the way Enzyme's
``TypeTree::CanonicalizeInPlace`` does, which gives the form Enzyme prints for a value of that
size (a ``double`` is ``{[-1]:Float@double}``, a pointer ``{[-1]:Pointer, ...}``).

Printing follows Enzyme's ``TypeTree::str()``: entries in ``std::map<std::vector<int>>`` order
(lexicographic on the paths, so ``[-1]`` < ``[-1,0]`` < ``[-1,8]`` < ``[0]``), separated by
``", "``, indices by ``","``. ``to_metadata()`` follows ``TypeTree::toMD`` (``!enzyme_type``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

# Float kinds Enzyme knows, with their size in bytes as LLVM's DataLayout gives it
# (getTypeSizeInBits / 8: 10 for x86_fp80), the stride Enzyme folds floats with.
FLOAT_SIZES: dict[str, int] = {
    "half": 2, "bf16": 2, "float": 4, "double": 8, "fp80": 10, "fp128": 16, "ppc128": 16,
}
BASE_TYPES = ("Pointer", "Integer", "Anything")
POINTER_SIZE = 8
# Enzyme's -enzyme-max-type-depth default: a longer path is dropped when inserted.
MAX_DEPTH = 6
# Enzyme's -enzyme-max-type-offset default: offsets above it are not kept.
MAX_OFFSET = 500

Path = tuple[int, ...]


def check_type(name: str) -> str:
    """Return ``name`` if it is a type Enzyme can parse (other than ``Unknown``)."""
    if name in BASE_TYPES:
        return name
    if name.startswith("Float@") and name[6:] in FLOAT_SIZES:
        return name
    if name == "Float":
        raise ValueError("'Float' needs a kind: Float@half|float|double|fp80|bf16|fp128|ppc128")
    raise ValueError(f"unknown type {name!r} (expected Pointer, Integer, Anything, Unknown "
                     "or Float@half|float|double|fp80|bf16|fp128|ppc128)")


def _chunk(ty: str, deeper: bool) -> int:
    """The stride Enzyme assumes when folding offsets into -1 (CanonicalizeInPlace)."""
    if deeper or ty == "Pointer":
        return POINTER_SIZE
    if ty.startswith("Float@"):
        return FLOAT_SIZES[ty[6:]]
    return 1


def _covers(general: Path, specific: Path) -> bool:
    return len(general) == len(specific) and all(
        g == -1 or g == s for g, s in zip(general, specific))


def _join(a: str, b: str, where: Path) -> str:
    """Enzyme's ConcreteType or: equal types stay, Anything absorbs, anything else conflicts."""
    if a == b:
        return a
    if a == "Anything" or b == "Anything":
        return "Anything"
    raise ValueError(f"conflicting types at {_path_str(where)}: {a} and {b}")


def _path_str(path: Path) -> str:
    return "[" + ",".join(str(i) for i in path) + "]"


class TypeTree:
    """An immutable Enzyme type tree. Build with the class methods, combine with ``merge``
    (``|``), ``intersect`` (``&``), ``only``, ``shift``; print with ``str()``."""

    __slots__ = ("_map",)

    def __init__(self, entries: Mapping[Path, str] | Iterable[tuple[Path, str]] = ()) -> None:
        items = entries.items() if isinstance(entries, Mapping) else entries
        out: dict[Path, str] = {}
        for path, ty in items:
            path = tuple(path)
            if ty == "Unknown":
                continue
            check_type(ty)
            for i in path:
                if not isinstance(i, int) or i < -1:
                    raise ValueError(f"bad offset {i!r} in {_path_str(path)}: offsets are >= -1")
            out[path] = _join(out[path], ty, path) if path in out else ty
        self._map = _normalize(out)

    # -- construction -------------------------------------------------------------------
    @classmethod
    def integer(cls, size: int | None = None) -> TypeTree:
        """An integer of ``size`` bytes: Integer on each byte; no size: ``{[-1]:Integer}``."""
        if size is None:
            return cls({(-1,): "Integer"})
        return cls({(i,): "Integer" for i in range(min(size, MAX_OFFSET + 1))})

    @classmethod
    def float(cls, kind: str) -> TypeTree:
        """A float (``"double"``, ``"float"``, ...) at offset 0."""
        return cls({(0,): check_type("Float@" + kind)})

    @classmethod
    def anything(cls) -> TypeTree:
        return cls({(-1,): "Anything"})

    @classmethod
    def pointer(cls) -> TypeTree:
        """A pointer to memory of unknown type: ``{[0]:Pointer}``."""
        return cls({(0,): "Pointer"})

    @classmethod
    def pointer_to(cls, pointee: TypeTree) -> TypeTree:
        """A pointer at offset 0 whose pointee is ``pointee`` (a layout tree; pass
        ``pointee.canonical(size)`` to get Enzyme's folded form). Paths longer than
        ``MAX_DEPTH`` are dropped, as Enzyme does."""
        return cls({(0,): "Pointer"}).merge(pointee.only(0))

    @classmethod
    def parse(cls, text: str) -> TypeTree:
        """Read Enzyme's syntax. Raises ``ValueError`` (with the position) on malformed text,
        where Enzyme's own parser would assert."""
        return cls(_Parser(text).tree())

    # -- access -------------------------------------------------------------------------
    def items(self) -> list[tuple[Path, str]]:
        """Entries in Enzyme's order."""
        return sorted(self._map.items())

    def __iter__(self) -> Iterator[tuple[Path, str]]:
        return iter(self.items())

    def __len__(self) -> int:
        return len(self._map)

    def __bool__(self) -> bool:
        return bool(self._map)

    def __contains__(self, path: object) -> bool:
        return path in self._map

    def __getitem__(self, path: Path) -> str:
        return self._map[path]

    def lookup(self, path: Iterable[int]) -> str:
        """The type at ``path``, where a ``-1`` entry applies to every offset (Enzyme's
        ``operator[]``); ``"Unknown"`` if none."""
        want = tuple(path)
        if want in self._map:
            return self._map[want]
        found = [ty for p, ty in self._map.items() if _covers(p, want)]
        return found[0] if found else "Unknown"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TypeTree) and self._map == other._map

    def __hash__(self) -> int:
        return hash(frozenset(self._map.items()))

    def __str__(self) -> str:
        return "{" + ", ".join(f"{_path_str(p)}:{ty}" for p, ty in self.items()) + "}"

    def __repr__(self) -> str:
        return f"TypeTree({str(self)!r})"

    def first_offsets(self) -> set[int]:
        """The first indices used (``-1`` included)."""
        return {p[0] for p in self._map if p}

    def fits(self, size: int) -> bool:
        """Whether every explicit first-level offset lies inside a value of ``size`` bytes
        (what Enzyme checks before using an ``enzyme_type`` annotation)."""
        return all(p[0] < size for p in self._map if p and p[0] != -1)

    def depth(self) -> int:
        return max((len(p) for p in self._map), default=0)

    # -- operations ---------------------------------------------------------------------
    def merge(self, other: TypeTree) -> TypeTree:
        """Everything either tree says; ``ValueError`` where they disagree."""
        out = dict(self._map)
        for p, ty in other._map.items():
            out[p] = _join(out[p], ty, p) if p in out else ty
        return TypeTree(out)

    union = merge
    __or__ = merge

    def intersect(self, other: TypeTree) -> TypeTree:
        """What both trees say (same path, same type; Enzyme's ``andIn``), after folding of
        covered entries: ``[-1]:T`` in one tree agrees with ``[8]:T`` in the other."""
        out = {}
        for p, ty in self._map.items():
            if other.lookup(p) == ty:
                out[p] = ty
        for p, ty in other._map.items():
            if self.lookup(p) == ty:
                out[p] = ty
        return TypeTree(out)

    __and__ = intersect

    def only(self, offset: int) -> TypeTree:
        """Prefix every path with ``offset`` (Enzyme's ``Only``): ``t.only(-1)`` says "the
        memory at every offset of this pointer looks like ``t``". Paths that would be longer
        than ``MAX_DEPTH`` are dropped."""
        return TypeTree({(offset, *p): ty for p, ty in self._map.items() if len(p) < MAX_DEPTH})

    def at(self, offset: int) -> TypeTree:
        """The subtree under first index ``offset`` (entries at ``-1`` apply too), with that
        index removed: ``t.at(-1)`` of a pointer tree is what it points to."""
        out: dict[Path, str] = {}
        for p, ty in self._map.items():
            if len(p) >= 1 and (p[0] == offset or p[0] == -1):
                rest = p[1:]
                out[rest] = _join(out[rest], ty, rest) if rest in out else ty
        return TypeTree(out)

    def expand(self, size: int) -> TypeTree:
        """Replace first indices ``-1`` by explicit offsets in ``[0, size)`` (strided like
        Enzyme's ``ShiftIndices``: a float by its size, a pointer by 8, other types by 1);
        explicit offsets outside the value are dropped."""
        out: dict[Path, str] = {}

        def put(p: Path, ty: str) -> None:
            out[p] = _join(out[p], ty, p) if p in out else ty

        for p, ty in self._map.items():
            if not p:
                put(p, ty)
            elif p[0] != -1:
                if p[0] < size:
                    put(p, ty)
        for p, ty in self._map.items():
            if p and p[0] == -1:
                step = _chunk(self.lookup((-1,)), False) if len(p) > 1 else _chunk(ty, False)
                for off in range(0, min(size, MAX_OFFSET + 1), step):
                    q = (off, *p[1:])
                    if q not in out:
                        out[q] = ty
                    else:
                        out[q] = _join(out[q], ty, q)
        return TypeTree(out)

    def shift(self, offset: int, size: int | None = None) -> TypeTree:
        """Move every first-level offset by ``offset`` (a member placed at ``offset``).
        ``-1`` entries are first expanded over ``size`` bytes; without ``size`` they are an
        error, because "every offset" cannot start at ``offset``."""
        tree = self
        if -1 in self.first_offsets():
            if size is None:
                raise ValueError(f"cannot shift {self} without the size of the value")
            tree = self.expand(size)
        elif size is not None:
            tree = self.expand(size)
        out = {}
        for p, ty in tree._map.items():
            if not p:
                raise ValueError(f"cannot shift {self}: it has an entry at []")
            if p[0] + offset <= MAX_OFFSET:
                out[(p[0] + offset, *p[1:])] = ty
        return TypeTree(out)

    def truncated(self, depth: int) -> TypeTree:
        """Only the entries whose path has at most ``depth`` indices."""
        return TypeTree({p: ty for p, ty in self._map.items() if len(p) <= depth})

    def canonical(self, size: int) -> TypeTree:
        """Fold first-level offsets into ``-1`` where one type covers the whole value of
        ``size`` bytes at its stride (Enzyme's ``CanonicalizeInPlace``): ``{[0]:Integer ..
        [7]:Integer}`` of size 8 becomes ``{[-1]:Integer}``. Offsets above ``MAX_OFFSET``
        are not kept, so only offsets up to it are required to be covered."""
        if all(p and p[0] == -1 for p in self._map):
            return self
        staging: dict[tuple[Path, str], set[int]] = {}
        for p, ty in self._map.items():
            if not p:
                raise ValueError(f"cannot canonicalize {self}: it has an entry at []")
            staging.setdefault((p[1:], ty), set()).add(p[0])
        folded: dict[Path, str] = {}
        kept: dict[Path, str] = {}
        limit = min(size, MAX_OFFSET + 1)
        for (rest, ty), offs in staging.items():
            step = _chunk(ty, bool(rest))
            if -1 not in offs and size > 0 and all(i in offs for i in range(0, limit, step)):
                folded[(-1, *rest)] = ty
            else:
                kept.update({(i, *rest): ty for i in offs})
        if not folded:
            return self
        return TypeTree(kept).merge(TypeTree(folded))

    # -- output -------------------------------------------------------------------------
    def to_metadata(self) -> str:
        """The ``!enzyme_type`` node, inline: ``!{!"<type at []>", i32 <offset>, !{...}, ...}``
        (Enzyme's ``TypeTree::toMD``; ``"Unknown"`` when the root has no type)."""
        return _to_md(self._map)

    @classmethod
    def from_metadata(cls, text: str) -> TypeTree:
        """Read an inline ``!enzyme_type`` node as written by ``to_metadata``."""
        parser = _MDParser(text)
        entries: dict[Path, str] = {}
        parser.node((), entries)
        parser.end()
        return cls(entries)

    def to_attribute(self) -> str:
        """The string attribute Enzyme reads on call arguments: ``"enzyme_type"="{...}"``."""
        return f'"enzyme_type"="{self}"'


def _normalize(m: dict[Path, str]) -> dict[Path, str]:
    """Enforce Enzyme's invariants: an entry covered by a ``-1`` entry of the same type is
    dropped; covered by a different type it is a conflict (``Anything`` may linger, as in
    Enzyme); every prefix present must be a Pointer or Anything."""
    drop = set()
    if any(-1 in p for p in m):
        # The entries that may cover a path are the path with some indices made -1: at most
        # 2**len - 1 lookups per entry (paths are short), not one per -1 entry.
        for p, ty in m.items():
            for mask in range(1, 1 << len(p)):
                g = tuple(-1 if mask >> i & 1 else x for i, x in enumerate(p))
                gty = m.get(g) if g != p else None
                if gty is None:
                    continue
                if ty == gty or gty == "Anything":
                    drop.add(p)
                elif ty != "Anything":
                    raise ValueError(f"conflicting types: {_path_str(g)}:{gty} and "
                                     f"{_path_str(p)}:{ty}")
    out = {p: ty for p, ty in m.items() if p not in drop}
    for p in out:
        for n in range(len(p)):
            parent = out.get(p[:n])
            if parent is not None and parent not in ("Pointer", "Anything"):
                raise ValueError(f"{_path_str(p)} lies under {_path_str(p[:n])}:{parent}, "
                                 "which is not a Pointer")
    return out


def _to_md(m: Mapping[Path, str]) -> str:
    base = m.get((), "Unknown")
    children: dict[int, dict[Path, str]] = {}
    for p, ty in m.items():
        if p:
            children.setdefault(p[0], {})[p[1:]] = ty
    parts = [f'!"{base}"']
    for off in sorted(children):
        parts.append(f"i32 {off}")
        parts.append(_to_md(children[off]))
    return "!{" + ", ".join(parts) + "}"


class _Parser:
    """Enzyme's ``TypeTree::parse`` grammar, with errors instead of assertions."""

    def __init__(self, text: str) -> None:
        self.s = text
        self.i = 0

    def fail(self, what: str) -> ValueError:
        shown = self.s[self.i:self.i + 12] or "end of text"
        return ValueError(f"bad type tree {self.s!r}: {what} at column {self.i + 1} "
                          f"(found {shown!r})")

    def skip(self) -> None:
        while self.i < len(self.s) and self.s[self.i] == " ":
            self.i += 1

    def peek(self) -> str:
        return self.s[self.i] if self.i < len(self.s) else ""

    def expect(self, ch: str) -> None:
        self.skip()
        if self.peek() != ch:
            raise self.fail(f"expected {ch!r}")
        self.i += 1

    def tree(self) -> list[tuple[Path, str]]:
        entries: list[tuple[Path, str]] = []
        seen: dict[Path, str] = {}
        self.expect("{")
        while True:
            self.skip()
            if self.peek() == "}":
                self.i += 1
                break
            if entries:
                if self.peek() != ",":
                    raise self.fail("expected ',' or '}'")
                self.i += 1
                self.skip()
            path = self.path()
            self.expect(":")
            self.skip()
            start = self.i
            while self.i < len(self.s) and self.s[self.i] not in ",} ":
                self.i += 1
            name = self.s[start:self.i]
            if not name:
                raise self.fail("expected a type")
            try:
                if name != "Unknown":
                    check_type(name)
            except ValueError as e:
                self.i = start
                raise self.fail(str(e)) from None
            if path in seen and seen[path] != name:
                self.i = start
                raise self.fail(f"{_path_str(path)} given twice ({seen[path]} and {name})")
            seen[path] = name
            entries.append((path, name))
        self.skip()
        if self.i != len(self.s):
            raise self.fail("text after the closing '}'")
        return entries

    def path(self) -> Path:
        self.expect("[")
        out: list[int] = []
        while True:
            self.skip()
            if self.peek() == "]":
                self.i += 1
                return tuple(out)
            if out:
                if self.peek() != ",":
                    raise self.fail("expected ',' or ']'")
                self.i += 1
                self.skip()
            start = self.i
            if self.peek() == "-":
                self.i += 1
            while self.peek().isdigit():
                self.i += 1
            digits = self.s[start:self.i]
            if digits in ("", "-"):
                self.i = start
                raise self.fail("expected an offset")
            value = int(digits)
            if value < -1:
                self.i = start
                raise self.fail("offsets are -1 or >= 0")
            out.append(value)


class _MDParser:
    """Reads ``!{!"Pointer", i32 0, !{!"Float@double"}}``."""

    def __init__(self, text: str) -> None:
        self.s = text
        self.i = 0

    def fail(self, what: str) -> ValueError:
        return ValueError(f"bad enzyme_type metadata {self.s!r}: {what} at column {self.i + 1}")

    def skip(self) -> None:
        while self.i < len(self.s) and self.s[self.i] in " \t\n":
            self.i += 1

    def take(self, token: str) -> None:
        self.skip()
        if not self.s.startswith(token, self.i):
            raise self.fail(f"expected {token!r}")
        self.i += len(token)

    def node(self, prefix: Path, out: dict[Path, str]) -> None:
        self.take("!{")
        self.take('!"')
        end = self.s.find('"', self.i)
        if end < 0:
            raise self.fail("unterminated string")
        name = self.s[self.i:end]
        self.i = end + 1
        if name != "Unknown":
            try:
                out[prefix] = check_type(name)
            except ValueError as e:
                raise self.fail(str(e)) from None
        while True:
            self.skip()
            if self.s.startswith("}", self.i):
                self.i += 1
                return
            self.take(",")
            self.take("i32")
            self.skip()
            start = self.i
            if self.s.startswith("-", self.i):
                self.i += 1
            while self.i < len(self.s) and self.s[self.i].isdigit():
                self.i += 1
            try:
                off = int(self.s[start:self.i])
            except ValueError:
                raise self.fail("expected an offset") from None
            self.take(",")
            self.node((*prefix, off), out)

    def end(self) -> None:
        self.skip()
        if self.i != len(self.s):
            raise self.fail("text after the node")
