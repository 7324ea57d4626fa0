"""How single things are spelled for an older LLVM, for ``compat``: an attribute (dropped
below the first LLVM that reads it), a memory effect (``memory(...)`` as the older
attributes), a DWARF 6 language name as DWARF 5's, a data layout string."""

from __future__ import annotations

import re

from irpass.ir import types as T
from irpass.ir.attributes import attr_kind
from irpass.ir.module import Module
from irpass.ir.values import Constant, Value

# Attributes that only add facts (or request instrumentation the target cannot do), with the
# first LLVM that reads them: below that version they are dropped.
DROPPED_ATTRS = {
    "nofpclass": 17, "writable": 18, "dead_on_unwind": 18, "optdebug": 18,
    "coro_only_destroy_when_complete": 18, "range": 19, "initializes": 19,
    "hybrid_patchable": 19, "sanitize_numerical_stability": 19, "coro_elide_safe": 20,
    "noext": 20, "sanitize_type": 20, "sanitize_realtime": 20,
    "sanitize_realtime_blocking": 20, "nodivergencesource": 20, "dead_on_return": 21,
    "nocreateundeforpoison": 22, "sanitize_alloc_token": 22,
    "allockind": 16, "allocptr": 16, "allocalign": 16, "presplitcoroutine": 16,
    "fn_ret_thunk_extern": 16, "skipprofile": 17, "nosanitize_bounds": 17,
}
# The first LLVM of each memory location that memory(...) may name.
MEMORY_LOCATIONS = {"argmem": 16, "inaccessiblemem": 16, "errnomem": 21, "target_mem0": 22,
                    "target_mem1": 22}
ACCESS = {"none": 0, "read": 1, "write": 2, "readwrite": 3}
ACCESS_NAMES = {v: k for k, v in ACCESS.items()}
# DWARF 6 language names (DICompileUnit sourceLanguageName, LLVM 22) as DWARF 5 languages.
LANGUAGE_VERSIONS = {
    "C": {0: "C", 198912: "C89", 199901: "C99", 201112: "C11", 201710: "C17"},
    "C_plus_plus": {0: "C_plus_plus", 199711: "C_plus_plus", 201103: "C_plus_plus_11",
                    201402: "C_plus_plus_14", 201703: "C_plus_plus_17",
                    202002: "C_plus_plus_20"},
    "Fortran": {0: "Fortran77", 1977: "Fortran77", 1990: "Fortran90", 1995: "Fortran95",
                2003: "Fortran03", 2008: "Fortran08", 2018: "Fortran18"},
    "Ada": {0: "Ada83", 1983: "Ada83", 1995: "Ada95", 2005: "Ada2005", 2012: "Ada2012"},
    "Cobol": {0: "Cobol74", 1974: "Cobol74", 1985: "Cobol85"},
    "Pascal": {0: "Pascal83"},
    "Modula": {0: "Modula2"},
}


def dwarf5_language(fields: dict) -> str:
    """The ``DW_LANG_*`` of a DWARF 6 language name and version."""
    name = str(fields.get("sourceLanguageName", "DW_LNAME_C"))
    base = name.removeprefix("DW_LNAME_")
    version = fields.get("sourceLanguageVersion", 0)
    version = version if isinstance(version, int) else 0
    versions = LANGUAGE_VERSIONS.get(base)
    if versions is None:
        return "DW_LANG_" + base
    best = max((v for v in versions if v <= version), default=0)
    return "DW_LANG_" + versions.get(best, versions[min(versions)])


# ---- attributes --------------------------------------------------------------------------------
def lower_attribute(text: str, llvm: int) -> list[str] | None:
    """The attributes that say ``text`` to LLVM ``llvm`` (None: ``text`` is fine as it is)."""
    kind = attr_kind(text)
    if kind == "captures" and llvm < 21:
        inner = text[text.index("(") + 1:text.rindex(")")].replace(" ", "")
        return ["nocapture"] if inner == "none" else []
    if kind == "memory":
        return lower_memory(text, llvm)
    since = DROPPED_ATTRS.get(kind)
    if since is not None and llvm < since:
        return []
    return None


def lower_memory(text: str, llvm: int) -> list[str] | None:
    inner = text[text.index("(") + 1:text.rindex(")")]
    default = 0
    explicit: dict[str, int] = {}
    for part in (p.strip() for p in inner.split(",")):
        if ":" in part:
            loc, access = (s.strip() for s in part.split(":", 1))
            explicit[loc] = ACCESS[access]
        elif part:
            default = ACCESS[part]
    if llvm >= 16 and all(MEMORY_LOCATIONS.get(loc, 0) <= llvm for loc in explicit):
        return None
    effects = {loc: explicit.get(loc, default) for loc in MEMORY_LOCATIONS}
    other = default
    # errno is ordinary memory before LLVM 21; target memory was modelled as inaccessible
    # memory, and as nothing else, so it is added to both (more effects: only facts lost).
    if llvm < 21:
        other |= effects.pop("errnomem")
    if llvm < 22:
        target = effects.pop("target_mem0") | effects.pop("target_mem1")
        other |= target
        effects["inaccessiblemem"] |= target
    if llvm < 16:
        return old_memory_attrs(effects["argmem"], effects["inaccessiblemem"], other)
    items = [f"{loc}: {ACCESS_NAMES[a]}" for loc, a in effects.items() if a != other]
    if other or not items:
        items.insert(0, ACCESS_NAMES[other])
    return [f"memory({', '.join(items)})"]


def old_memory_attrs(argmem: int, inaccessible: int, other: int) -> list[str]:
    """memory(...) as the attributes of LLVM 15 (readnone, readonly, argmemonly...)."""
    union = argmem | inaccessible | other
    if union == 0:
        return ["readnone"]
    out = []
    if other == 0:
        if inaccessible == 0:
            out.append("argmemonly")
        elif argmem == 0:
            out.append("inaccessiblememonly")
        else:
            out.append("inaccessiblemem_or_argmemonly")
    if union == 1:
        out.append("readonly")
    elif union == 2:
        out.append("writeonly")
    return out


# ---- sizes -------------------------------------------------------------------------------------
class DataLayout:
    """Sizes and alignments of types from a ``target datalayout`` string."""

    def __init__(self, text: str) -> None:
        self.ints = {1: 1, 8: 1, 16: 2, 32: 4, 64: 4}
        self.floats = {16: 2, 32: 4, 64: 8, 128: 16}
        self.vectors = {64: 8, 128: 16}
        self.pointer = {0: (8, 8)}
        self.aggregate = 1
        for spec in text.split("-"):
            m = re.match(r"([ifv])(\d+):(\d+)", spec)
            if m:
                table = {"i": self.ints, "f": self.floats, "v": self.vectors}[m.group(1)]
                table[int(m.group(2))] = int(m.group(3)) // 8
                continue
            m = re.match(r"p(\d*):(\d+):(\d+)", spec)
            if m:
                self.pointer[int(m.group(1) or 0)] = (int(m.group(2)) // 8, int(m.group(3)) // 8)
                continue
            m = re.match(r"a:(\d+)", spec)
            if m:
                self.aggregate = max(1, int(m.group(1)) // 8)

    def alloc_size_of(self, module: Module, pointer: Value) -> int:
        """The bytes an ``alloca`` allocates (-1 when it is not a fixed-size alloca)."""
        from irpass.ir.instructions import TypedInstruction

        if not isinstance(pointer, TypedInstruction) or pointer.opcode != "alloca":
            return -1
        size = self.size(module, pointer.value_type)
        if size is None:
            return -1
        count = pointer.operands[0] if pointer.operands else None
        if count is not None:
            if not isinstance(count, Constant) or not re.fullmatch(r"\d+", count.text.strip()):
                return -1
            size *= int(count.text)
        return size

    def size(self, module: Module, t: T.Type) -> int | None:
        """Alloc size in bytes (store size rounded up to the alignment), None if unknown."""
        found = self.size_align(module, t, 0)
        return found[0] if found is not None else None

    def size_align(self, module: Module, t: T.Type, depth: int) -> tuple[int, int] | None:
        if depth > 64:
            return None
        t = module.resolve_type(t)
        if isinstance(t, T.IntType):
            store = (t.bits + 7) // 8
            align = self.ints.get(t.bits) or self.int_align(t.bits)
            return _round(store, align), align
        if isinstance(t, T.FloatType):
            store = (t.bits + 7) // 8
            align = self.floats.get(t.bits) or _power_of_two(store)
            return _round(store, align), align
        if isinstance(t, (T.PointerType, T.TypedPointerType)):
            size, align = self.pointer.get(t.addrspace, self.pointer[0])
            return size, align
        if isinstance(t, T.ArrayType):
            inner = self.size_align(module, t.element, depth + 1)
            return None if inner is None else (inner[0] * t.count, inner[1])
        if isinstance(t, T.VectorType):
            if t.scalable:
                return None
            inner = self.size_align(module, t.element, depth + 1)
            if inner is None:
                return None
            bits = t.count * (t.element.bits if isinstance(t.element, (T.IntType, T.FloatType))
                              else inner[0] * 8)
            store = (bits + 7) // 8
            align = self.vectors.get(bits) or _power_of_two(store)
            return _round(store, align), align
        if isinstance(t, T.StructType):
            offset, align = 0, 1
            for element in t.elements:
                inner = self.size_align(module, element, depth + 1)
                if inner is None:
                    return None
                a = 1 if t.packed else inner[1]
                offset = _round(offset, a) + inner[0]
                align = max(align, a)
            if not t.packed:
                align = max(align, self.aggregate)
            return _round(offset, align), align
        return None

    def int_align(self, bits: int) -> int:
        larger = sorted(b for b in self.ints if b >= bits)
        return self.ints[larger[0]] if larger else self.ints[max(self.ints)]


def _round(n: int, align: int) -> int:
    return (n + align - 1) // align * align if align > 1 else n


def _power_of_two(n: int) -> int:
    p = 1
    while p < n:
        p *= 2
    return p
