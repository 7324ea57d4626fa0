"""Rust symbol names: where an item is (its path, and the trait of the impl it is in), read
from both manglings rustc writes, and what that says about it for Enzyme.

rustc 1.95 names std's items in the v0 mangling (``_RNvNtCs..._4core9panicking9panic_fmt``)
and a crate's own items in the legacy one (``_ZN4core3ptr19copy_nonoverlapping18precondition_
check17h...E``). Classifying an item by a substring of its symbol would misread generic
arguments (``Vec<core::fmt::Arguments>::push`` mentions ``core::fmt``); ``item_path`` parses the
v0 grammar (RFC 2603: paths, impls, generic arguments, types, consts, backrefs) far enough to
know the item's own path, and skips the rest.

Reads: symbol names. Writes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# The allocator shims: rustc 1.95 mangles them as ``_RNvCs<hash>_7___rustc12___rust_alloc``
# (the items ``__rustc::__rust_alloc``, ...); older compilers called them by the plain names.
ALLOCATOR_SHIMS = ("__rust_alloc", "__rust_dealloc", "__rust_realloc", "__rust_alloc_zeroed",
                   "__rust_alloc_error_handler", "__rust_no_alloc_shim_is_unstable_v2")


@dataclass(frozen=True)
class RustPath:
    """An item's path (``("core", "panicking", "panic_fmt")``; an impl is one segment,
    ``"<impl>"``) and the path of the trait whose impl holds it, if any."""

    path: tuple[str, ...]
    trait: tuple[str, ...] | None = None

    def within(self, *prefix: str) -> bool:
        return self.path[:len(prefix)] == prefix

    def __str__(self) -> str:
        return "::".join(self.path)


class _Syntax(Exception):
    pass


_B62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_BASIC = frozenset("abcdefhijlmnostuvxyzp")  # i8 bool char f64 str f32 u8 isize ... _


class _V0:
    """A reader of one v0 symbol (after ``_R``), position-based so backrefs can re-read."""

    def __init__(self, text: str) -> None:
        self.s = text
        self.i = 0
        self.depth = 0

    def peek(self) -> str:
        return self.s[self.i] if self.i < len(self.s) else ""

    def take(self, c: str) -> bool:
        if self.peek() == c:
            self.i += 1
            return True
        return False

    def next(self) -> str:
        if self.i >= len(self.s):
            raise _Syntax
        c = self.s[self.i]
        self.i += 1
        return c

    def base62(self) -> int:
        if self.take("_"):
            return 0
        n = 0
        while True:
            c = self.next()
            if c == "_":
                return n + 1
            k = _B62.find(c)
            if k < 0:
                raise _Syntax
            n = n * 62 + k

    def decimal(self) -> int:
        start = self.i
        if self.take("0"):  # "0" stands alone: "00" is two numbers
            return 0
        while self.peek().isdigit():
            self.i += 1
        if start == self.i:
            raise _Syntax
        return int(self.s[start:self.i])

    def disambiguator(self) -> int:
        return self.base62() + 1 if self.take("s") else 0

    def ident(self) -> str:
        self.disambiguator()
        return self.undisambiguated()

    def undisambiguated(self) -> str:
        self.take("u")  # punycode: kept as written
        n = self.decimal()
        self.take("_")
        if self.i + n > len(self.s):
            raise _Syntax
        word = self.s[self.i:self.i + n]
        self.i += n
        return word

    def backref(self, read):
        target = self.base62()
        if target >= self.i or self.depth > 64:
            raise _Syntax
        saved, self.i = self.i, target
        self.depth += 1
        try:
            return read()
        finally:
            self.depth -= 1
            self.i = saved

    # ---- paths -------------------------------------------------------------------------
    def path(self) -> RustPath:
        c = self.next()
        if c == "C":
            return RustPath((self.ident(),))
        if c == "M":
            self.disambiguator()
            inner = self.path()
            self.type()
            return RustPath((*inner.path, "<impl>"))
        if c == "X":
            self.disambiguator()
            inner = self.path()
            self.type()
            trait = self.path()
            return RustPath((*inner.path, "<impl>"), trait.path)
        if c == "Y":
            self.type()
            trait = self.path()
            return RustPath(("<impl>",), trait.path)
        if c == "N":
            ns = self.next()
            inner = self.path()
            number = self.disambiguator()
            name = self.undisambiguated()
            if ns == "C":  # closures, shims, ...: not names of the source
                name = f"{{closure#{number}}}"
            elif ns.isupper():
                name = f"{{{'shim' if ns == 'S' else ns}:{name}#{number}}}" if name else \
                    f"{{{ns}#{number}}}"
            return RustPath((*inner.path, name), inner.trait)
        if c == "I":
            inner = self.path()
            while not self.take("E"):
                self.generic_arg()
            return inner
        if c == "B":
            return self.backref(self.path)
        raise _Syntax

    def generic_arg(self) -> None:
        if self.take("L"):
            self.base62()
        elif self.take("K"):
            self.const()
        else:
            self.type()

    # ---- types and consts (read to be skipped) ------------------------------------------
    def type(self) -> None:
        c = self.peek()
        if c in _BASIC:
            self.i += 1
        elif c in "CMXYNI":
            self.path()
        elif c == "B":
            self.i += 1
            self.backref(self.type)
        elif c == "A":
            self.i += 1
            self.type()
            self.const()
        elif c in "SPO":
            self.i += 1
            self.type()
        elif c in "RQ":
            self.i += 1
            if self.take("L"):
                self.base62()
            self.type()
        elif c == "F":
            self.i += 1
            self.binder()
            self.take("U")
            if self.take("K") and not self.take("C"):
                self.undisambiguated()
            while not self.take("E"):
                self.type()
            self.type()
        elif c == "D":
            self.i += 1
            self.binder()
            while not self.take("E"):
                self.path()
                while self.take("p"):
                    self.undisambiguated()
                    self.type()
            if not self.take("L"):
                raise _Syntax
            self.base62()
        elif c == "T":
            self.i += 1
            while not self.take("E"):
                self.type()
        elif c == "W":  # pattern types: the base type, then the pattern (ranges of consts)
            self.i += 1
            self.type()
            self.pattern()
        else:
            raise _Syntax

    def pattern(self) -> None:
        c = self.next()
        if c == "R":
            self.const()
            self.const()
        elif c == "O":
            while not self.take("E"):
                self.pattern()
        elif c != "N":
            raise _Syntax

    def binder(self) -> None:
        if self.take("G"):
            self.base62()

    def const(self) -> None:
        c = self.peek()
        if c == "p":
            self.i += 1
        elif c == "B":
            self.i += 1
            self.backref(self.const)
        elif c in "ehijlmnostuvxyabcdfz":  # a basic type, then its value
            self.i += 1
            if c == "e":  # &str: hex bytes
                self.const_data()
            else:
                self.const_data()
        elif c == "R" or c == "Q":
            self.i += 1
            self.const()
        elif c == "A":
            self.i += 1
            while not self.take("E"):
                self.const()
        elif c == "T":
            self.i += 1
            while not self.take("E"):
                self.const()
        elif c == "V":
            self.i += 1
            self.path()
            if self.take("T"):
                while not self.take("E"):
                    self.const()
            elif self.take("S"):
                while not self.take("E"):
                    self.ident()
                    self.const()
            elif not self.take("U"):
                raise _Syntax
        else:
            raise _Syntax

    def const_data(self) -> None:
        self.take("n")
        while self.peek() and self.peek() in "0123456789abcdef":
            self.i += 1
        if not self.take("_"):
            raise _Syntax


_LEGACY_ESCAPES = {"$SP$": "@", "$BP$": "*", "$RF$": "&", "$LT$": "<", "$GT$": ">",
                   "$LP$": "(", "$RP$": ")", "$C$": ","}
_LEGACY_ESCAPE = re.compile(r"\$(?:SP|BP|RF|LT|GT|LP|RP|C|u[0-9a-f]{1,6})\$|\.\.")
_LEGACY_HASH = re.compile(r"h[0-9a-f]{16}\Z")
_AS_TRAIT = re.compile(r"\A<.* as (.+)>\Z")
_IMPL_FOR = re.compile(r"\A<impl (.+?) for .+>\Z")


def _legacy_segment(raw: str) -> str:
    def sub(m: re.Match) -> str:
        t = m.group(0)
        if t == "..":
            return "::"
        if t.startswith("$u"):
            return chr(int(t[2:-1], 16))
        return _LEGACY_ESCAPES[t]

    if raw.startswith("_$"):  # an identifier may not start with '$': a '_' goes first
        raw = raw[1:]
    return _LEGACY_ESCAPE.sub(sub, raw)


def _legacy(symbol: str) -> RustPath | None:
    i = 3
    parts: list[str] = []
    while i < len(symbol) and symbol[i].isdigit():
        j = i
        while symbol[j].isdigit():
            j += 1
        n = int(symbol[i:j])
        parts.append(symbol[j:j + n])
        i = j + n
    if i >= len(symbol) or symbol[i] != "E" or not parts:
        return None
    if _LEGACY_HASH.match(parts[-1]):
        parts.pop()
    path: list[str] = []
    trait: tuple[str, ...] | None = None
    for raw in parts:
        seg = _legacy_segment(raw)
        m = _AS_TRAIT.match(seg) or _IMPL_FOR.match(seg)
        if m:
            trait = tuple(re.sub(r"<.*", "", m.group(1)).split("::"))
            seg = "<impl>"
        elif seg.startswith("<"):
            seg = "<impl>"
        elif seg.startswith("{{closure}}"):
            seg = "{closure}"
        path.append(seg)
    return RustPath(tuple(path), trait)


@lru_cache(maxsize=65536)
def item_path(symbol: str) -> RustPath | None:
    """Where the item named by ``symbol`` is, or None when it is not a Rust symbol (or one
    this reader does not follow)."""
    if symbol.startswith("_R"):
        body = symbol[2:]
        reader = _V0(body)
        if reader.peek().isdigit():
            reader.decimal()
        try:
            return reader.path()
        except (_Syntax, RecursionError):
            return None
    if symbol.startswith("_ZN"):
        return _legacy(symbol)
    return None


_SHIM = re.compile(r"_RNvCs[0-9A-Za-z]*_7___rustc(\d+)(_?)(\w+)\Z")


def allocator_shim(symbol: str) -> str | None:
    """The plain name (``__rust_alloc``) of an allocator shim, mangled or not; else None."""
    if symbol in ALLOCATOR_SHIMS:
        return symbol
    m = _SHIM.match(symbol)
    if m and len(m.group(3)) == int(m.group(1)) and m.group(3) in ALLOCATOR_SHIMS:
        return m.group(3)
    return None


# What never belongs in a derivative: it computes no float from a float, and where it runs
# at all it reports (formatting, printing), checks (ub_checks), or ends the program.
INACTIVE_MODULES = (
    ("core", "panicking"), ("std", "panicking"), ("core", "panic"), ("std", "panic"),
    ("core", "fmt"), ("alloc", "fmt"), ("std", "io", "stdio"), ("core", "ub_checks"),
    ("std", "rt"), ("std", "process", "abort"), ("std", "process", "exit"),
    ("alloc", "alloc", "handle_alloc_error"), ("alloc", "raw_vec", "capacity_overflow"),
    ("alloc", "raw_vec", "handle_error"), ("std", "alloc", "rust_oom"),
    ("std", "alloc", "default_alloc_error_hook"),
)
# Trait impls that only format (Debug, Display, ...: all of core::fmt's traits).
INACTIVE_TRAITS = (("core", "fmt"),)
# The run-time checks rustc inlines at opt-level 0 (``ptr::copy_nonoverlapping::
# precondition_check``, ...): they read addresses and lengths and panic.
INACTIVE_NAMES = frozenset({"precondition_check"})
INACTIVE_SHIMS = frozenset({"__rust_alloc_error_handler", "__rust_no_alloc_shim_is_unstable_v2"})
INACTIVE_SYMBOLS = frozenset({"rust_begin_unwind", "rust_panic", "__rust_start_panic",
                              "__rust_abort", "__rdl_alloc_error_handler",
                              "__rg_oom", "rust_eh_personality"})


def why_inactive(symbol: str) -> str | None:
    """Why Enzyme should leave calls to ``symbol`` out of the derivative (a short reason),
    or None when it should differentiate them."""
    shim = allocator_shim(symbol)
    if shim is not None:
        return "the allocator's" if shim in INACTIVE_SHIMS else None
    if symbol in INACTIVE_SYMBOLS:
        return "panics"
    rust = item_path(symbol)
    if rust is None:
        return None
    if rust.path and rust.path[0] == "__rustc" and rust.path[-1] in INACTIVE_SYMBOLS:
        return "panics"
    for prefix in INACTIVE_MODULES:
        if rust.within(*prefix):
            return f"in {'::'.join(prefix)}"
    if rust.trait is not None and any(rust.trait[:len(p)] == p for p in INACTIVE_TRAITS):
        return f"an impl of {'::'.join(rust.trait)}"
    if INACTIVE_NAMES & set(rust.path):
        return "a precondition check"
    return None
