"""Attributes as LLVM's parser reads them: the words, their arguments, where each may stand,
and the words before a global's ``global``/``constant``.

Reads the attribute texts the reader kept (``AttributeList`` items such as ``byval(i32)``,
``align 4``, ``uwtable(sync)``); writes nothing. ``attribute_error`` says what LLVM 15-22
all refuse, in ``llvm-as``'s words, and where in the attribute's text. The table is the union
of ``include/llvm/IR/Attributes.td`` of LLVM 15, 16, 19 and 22 (an attribute is allowed where
any of them allows it), with the spellings their parsers still read and upgrade.
"""

from __future__ import annotations

import re
from functools import partial

from irpass.ir.instructions import CallInst

# word -> (kind, where): kind "enum" (a bare word), "int" (arguments of its own form),
# "type" (a type in parentheses); where: F function, P parameter, R return value.
ATTRIBUTES: dict[str, tuple[str, str]] = {}


def _table(kind: str, where: str, words: str) -> None:
    for w in words.split():
        ATTRIBUTES[w] = (kind, where)


_table("enum", "F", """
alwaysinline builtin cold convergent coro_elide_safe coro_only_destroy_when_complete
disable_sanitizer_instrumentation fn_ret_thunk_extern hot hybrid_patchable inlinehint jumptable
minsize mustprogress naked nobuiltin nocallback nocf_check nocreateundeforpoison
nodivergencesource noduplicate noimplicitfloat noinline nomerge nonlazybind noprofile norecurse
noredzone noreturn nosanitize_bounds nosanitize_coverage nosync nounwind null_pointer_is_valid
optdebug optforfuzzing optnone optsize presplitcoroutine returns_twice safestack
sanitize_address sanitize_alloc_token sanitize_hwaddress sanitize_memory sanitize_memtag
sanitize_numerical_stability sanitize_realtime sanitize_realtime_blocking sanitize_thread
sanitize_type shadowcallstack skipprofile speculatable speculative_load_hardening ssp sspreq
sspstrong strictfp willreturn argmemonly inaccessiblememonly inaccessiblemem_or_argmemonly
marked_for_windows_hot_patching allow_direct_access_in_hot_patch_function
""")
_table("enum", "P", """
allocalign allocptr dead_on_return dead_on_unwind immarg nest returned swiftasync swifterror
swiftself writable nocapture
""")
_table("enum", "PR", "inreg noalias noext nonnull noundef signext zeroext")
_table("enum", "FP", "nofree readnone readonly writeonly")
_table("int", "PR", "align dereferenceable dereferenceable_or_null nofpclass range")
_table("int", "FPR", "alignstack")
_table("int", "F", "allockind allocsize memory uwtable vscale_range")
_table("int", "P", "captures initializes")
_table("type", "P", "byval byref elementtype inalloca sret")
_table("type", "FP", "preallocated")

_WHERE_WORDS = {"F": "functions", "P": "parameters", "R": "return values"}
# Words the reader keeps among attributes that are no attributes: a function's address space
# and unnamed_addr, and calling conventions.
_NOT_ATTRIBUTES = frozenset({"addrspace", "unnamed_addr", "local_unnamed_addr", "cc"})
# Patterns as text: compiled on first use (re's cache), not by every start-up.
CALLING_CONV = (r"[a-z_0-9]*cc|cc[0-9]+|spir_(?:func|kernel)|(?:amdgpu|aarch64|arm|x86|avr|"
                r"msp430|ptx|riscv|m68k|hhvm|intel|cheri|graal|win64|swift)[a-z_0-9]*")
_WORD = r"[a-z_0-9]+"
_BLANK = r"(?:\s|;[^\n]*)*"
_UINT = r"[0-9]+"
_TYPE_START = (r"i[0-9]|(?:half|bfloat|float|double|x86_fp80|fp128|ppc_fp128|ptr|void|label"
               r"|metadata|token|x86_mmx|x86_amx)(?![-a-zA-Z$._0-9])|target\s*\(|[%\[<{]")
_UWTABLE_KINDS = ("sync", "async")
_ALLOC_KINDS = frozenset({"alloc", "realloc", "free", "uninitialized", "zeroed", "aligned"})
MAX_ALIGNMENT = 1 << 32


def attribute_error(text: str, where: str, in_group: bool = False) -> tuple[int, str] | None:
    """(offset in ``text``, message) if LLVM refuses the attribute ``text`` written as an
    attribute of ``where`` ("F", "P" or "R"; ``in_group``: inside ``attributes #N = {...}``),
    else None. An offset of ``len(text)`` means the first token after the attribute."""
    if text.startswith(('"', "#")):
        return None  # string attributes, and groups (LLVM reads an undefined one as empty)
    m = re.compile(_WORD).match(text)
    word = m.group() if m else text
    entry = ATTRIBUTES.get(word)
    if entry is None:
        if word in _NOT_ATTRIBUTES or re.compile(CALLING_CONV).fullmatch(word):
            return None
        return 0, f"unknown attribute '{word}'"
    kind, allowed = entry
    found = _arguments(word, kind, text, len(word), in_group)
    if found is not None:
        return found
    if where not in allowed and not (where == "F" and word == "align"):
        # LLVM keeps a function's alignment among its attributes ("align 16").
        return 0, f"this attribute does not apply to {_WHERE_WORDS[where]}"
    return None


def _arguments(word: str, kind: str, text: str, at: int, in_group: bool
               ) -> tuple[int, str] | None:
    """What is wrong with the arguments after ``word`` (text[at:])."""
    rest = _skip(text, at)
    if kind == "enum":
        if rest < len(text):
            return rest, f"unexpected '{text[rest]}' after '{word}' (it takes no arguments)"
        return None
    if in_group and word in ("align", "alignstack"):
        if not text.startswith("=", rest):
            return rest, "expected '=' here"
        return None
    if word == "align":
        if text.startswith("=", rest):
            return rest, "expected integer"
        paren = text.startswith("(", rest)
        num = _skip(text, rest + 1) if paren else rest
        n = re.compile(_UINT).match(text, num)
        if n is None:
            return num, "expected integer"
        value = int(n.group())
        if value & (value - 1) or value == 0:
            return num, "alignment is not a power of two"
        if value > MAX_ALIGNMENT:
            return num, "huge alignments are not supported yet"
        return None
    if word == "uwtable":
        if rest == len(text):
            return None
        arg = _skip(text, rest + 1)
        kind_word = re.compile(_WORD).match(text, arg)
        if kind_word is None or kind_word.group() not in _UWTABLE_KINDS:
            return arg, "expected unwind table kind"
        return None
    if rest == len(text) or not text.startswith("(", rest):
        return rest, "expected '('"
    arg = _skip(text, rest + 1)
    if kind == "type":
        if not re.compile(_TYPE_START).match(text, arg):
            return arg, "expected type"
        return None
    if word == "alignstack":
        n = re.compile(_UINT).match(text, arg)
        if n is not None and int(n.group()) & (int(n.group()) - 1):
            return arg, "stack alignment is not a power of two"
    elif word in ("dereferenceable", "dereferenceable_or_null"):
        n = re.compile(_UINT).match(text, arg)
        if n is None:
            return arg, "expected integer"
        if int(n.group()) == 0:
            return arg, "dereferenceable bytes must be non-zero"
    elif word == "allockind":
        s = re.match(r'"([^"]*)"', text[arg:])
        if s is None:
            return arg, "expected string"
        for part in s.group(1).split(","):
            if part not in _ALLOC_KINDS:
                return arg, f"unknown allockind {part}"
    return None


def _skip(text: str, at: int) -> int:
    return re.compile(_BLANK).match(text, at).end()  # type: ignore[union-attr]


# ---- a global's words before "global"/"constant" (LLVM's parseNamedGlobal, parseGlobal) ----
_GLOBAL_ORDER: dict[str, int] = {}
for _rank, _words in enumerate((
        "private internal available_externally linkonce weak common appending extern_weak "
        "linkonce_odr weak_odr external",
        "dso_local dso_preemptable",
        "default hidden protected",
        "dllimport dllexport",
        "thread_local",
        "unnamed_addr local_unnamed_addr",
        "addrspace",
        "externally_initialized")):
    for _w in _words.split():
        _GLOBAL_ORDER[_w] = _rank


def global_prefix_error(words: list[str]) -> int | None:
    """The index of the first word LLVM does not read before a global's (or alias's)
    ``global``/``constant`` keyword: an unknown word, or one out of LLVM's order (linkage,
    preemption, visibility, DLL storage, thread_local, unnamed_addr, addrspace,
    externally_initialized, each at most once); None if all are read."""
    last = -1
    for i, text in enumerate(words):
        m = re.compile(_WORD).match(text)
        rank = _GLOBAL_ORDER.get(m.group() if m else text)
        if rank is None or rank <= last:
            return i
        last = rank
    return None


class AttributeChecks:
    """The attribute checks of a module, mixed into ``validate._Validator`` (which gives
    ``module``, ``text``, ``error``, ``function_pos`` and ``global_def_pos``)."""

    attr_memo: dict

    def attributes(self) -> None:
        """Attributes LLVM does not read, or reads nowhere they are written; the words before
        a global's ``global``/``constant``."""
        m = self.module
        for gid, group in m.attribute_groups.items():
            self.attr_list(group.attrs, "F", partial(self.group_pos, gid), True)
        for fn in m.functions:
            at = partial(self.function_pos, fn)
            self.attr_list(fn.fn_attrs, "F", at)
            self.attr_list(fn.ret_attrs, "R", at)
            for a in fn.args:
                self.attr_list(a.attrs, "P", at)
            for inst in fn.instructions():
                if isinstance(inst, CallInst):
                    at = inst.pos or 0
                    self.attr_list(inst.fn_attrs, "F", at)
                    self.attr_list(inst.ret_attrs, "R", at)
                    for a in inst.args:
                        self.attr_list(a.attrs, "P", at)
        for g in [*m.global_variables, *m.aliases]:
            bad = global_prefix_error(g.pre_attrs)
            if bad is not None:
                where = self.global_def_pos(g)
                at = self.text.find(g.pre_attrs[bad], where)
                self.error(at if at >= 0 else where, "expected 'global' or 'constant'")

    def attr_list(self, attrs, where: str, start, in_group: bool = False) -> None:
        memo = self.attr_memo
        for a in attrs:
            key = (a, where, in_group)
            found = memo.get(key, key)
            if found is key:
                found = memo[key] = attribute_error(a, where, in_group)
            if found is not None:
                at = start() if callable(start) else start
                self.error(self.attr_pos(a, at, found[0]), found[1])

    def attr_pos(self, attr: str, start: int, offset: int) -> int:
        """The source offset of ``offset`` in the attribute ``attr`` written after ``start``
        (``len(attr)``: the next token)."""
        at = self.text.find(attr, start)
        if at < 0:
            return start
        if offset < len(attr):
            return at + offset
        return _skip(self.text, at + offset)

    def group_pos(self, gid: int) -> int:
        where = re.search(rf"^attributes\s+#{gid}\b", self.text, re.M)
        return where.start() if where else 0
