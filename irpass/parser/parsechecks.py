"""Errors LLVM's parser reports that the grammar does not see, beyond operand types
(``irpass.parser.validate``): types that cannot be built (``typerules``), unsized memory
accesses, GEP indices, atomic orderings, constant expressions every LLVM 15-22 refuses,
data layout strings, debug-info flags and the nodes that must be ``distinct``.

``ParseChecks`` is a part of ``validate``'s validator (it uses its ``module``, ``text``,
``error`` and position helpers); it reads the module and the text and writes nothing but
diagnostics, in ``llvm-as``'s words.
"""

from __future__ import annotations

import re

from irpass.ir import rules as R
from irpass.ir import types as T
from irpass.ir.function import Function
from irpass.ir.instructions import CallInst, Instruction
from irpass.ir.memaccess import ordering_error
from irpass.ir.module import TextEntity
from irpass.ir.opcodes import FAST_MATH_FLAGS, FP_BINOPS, INT_BINOPS, ORDERINGS
from irpass.ir.values import Argument, Constant
from irpass.parser.dwarfnames import DI_FLAGS, DISP_FLAGS, DWARF_NAMES
from irpass.parser.typerules import (
    alloca_type_error,
    element_error,
    gep_indices_error,
    global_type_error,
    is_sized,
)

# Binary operators whose constant expressions LLVM 15 removed (the rest went in 19 and 22).
REMOVED_CONSTEXPRS = frozenset(op for op in INT_BINOPS if op.endswith(("div", "rem"))) | FP_BINOPS
_PLAIN_CALLS = frozenset({"call ", "tail call ", "musttail call ", "notail call ", "invoke "})
_FMF = r"\b(?:" + "|".join(sorted(FAST_MATH_FLAGS)) + r")\b"
_SIZED_CLASSES = frozenset({T.IntType, T.FloatType, T.PointerType, T.TypedPointerType})
_ALIGN = r"(?<![-a-zA-Z$._0-9])align\s+([0-9]+)"
_STRING = r'"[^"]*"'
_ORDERING = r"\b(?:" + "|".join(ORDERINGS) + r")\b"

# Patterns as text: compiled on first use (re's cache), not by every start-up.
_DEBUG_NAME = r"DI(?:SP)?Flag[A-Za-z0-9_]*|DW_(?:OP|TAG|ATE|LANG|VIRTUALITY|CC)_[A-Za-z0-9_]*"
_NAME_CHAR = r"[-a-zA-Z$._0-9@%!\"\\]"
_COMPILE_UNIT = r"!DICompileUnit\("
_SUBPROGRAM = r"!DISubprogram\("
_DISTINCT_BEFORE = r"distinct\s*\Z"
_DEFINITION = r"DISPFlagDefinition|isDefinition:\s*true"


class ParseChecks:
    """The checks of this module, mixed into ``validate._Validator``."""

    module: object
    text: str
    sized_memo: dict
    align_memo: dict
    program_memo: int | None = None

    # ---- types ------------------------------------------------------------------------------
    def type_parts(self, t: T.Type, at) -> None:
        """``t`` is a composite type seen for the first time (``at``: where it is used, or a
        function giving that)."""
        bad = element_error(t)
        if bad is None:
            return
        part, msg = bad
        start = at() if callable(at) else at
        spelled = re.escape(str(part))
        if isinstance(t, T.TypedPointerType):  # at the "*", as LLVM
            pattern = spelled + r"\s*(?:addrspace\s*\(\s*[0-9]+\s*\)\s*)?(\*)"
        else:
            pattern = r"(" + spelled + r")"
        found = re.compile(pattern).search(self.text, start)
        self.error(found.start(1) if found else start, msg)  # type: ignore[attr-defined]

    def sized(self, t: T.Type) -> bool:
        if t.__class__ in _SIZED_CLASSES:
            return True
        found = self.sized_memo.get(t)
        if found is None:
            found = self.sized_memo[t] = is_sized(t, self.module.resolve_type)  # type: ignore[attr-defined]
        return found

    def global_type(self, g, at) -> None:
        if "align" in g.tail:
            self.alignment(g.tail, at)
        msg = global_type_error(g.value_type)
        if msg is not None:
            start = at()
            found = re.compile(r"\b(?:global|constant)\s+").search(self.text, start)
            self.error(found.end() if found else start, msg)  # type: ignore[attr-defined]

    # ---- instructions -----------------------------------------------------------------------
    def memory_rules(self, inst: Instruction) -> None:
        """load/store/alloca of unsized types, GEP indices, atomic orderings, alignments."""
        op = inst.opcode
        ops = inst.operands
        tail = inst.template[-1] if inst.template else None
        if tail.__class__ is str and "align" in tail and \
                self.align_memo.get(tail) != "":  # type: ignore[operator]
            self.alignment(tail, inst.pos or 0)  # type: ignore[arg-type]
        if op == "load":
            if not self.sized(inst.type):
                self.error(self.after_opcode(inst), "loading unsized types is not allowed")  # type: ignore[attr-defined]
            if "atomic" in inst.template[0]:  # type: ignore[operator]
                self.orderings(inst, "load")
        elif op == "store" and ops:
            if not self.sized(ops[0].type):
                self.error(self.type_pos(inst, 0), "storing unsized types is not allowed")  # type: ignore[attr-defined]
            if "atomic" in inst.template[0]:  # type: ignore[operator]
                self.orderings(inst, "store")
        elif op == "alloca":
            vt = getattr(inst, "value_type", None)
            if vt is not None:
                msg = alloca_type_error(vt)
                if msg is None and not self.sized(vt):
                    msg = "Cannot allocate unsized type"
                if msg is not None:
                    self.error(self.after_opcode(inst), msg)  # type: ignore[attr-defined]
        elif op == "getelementptr":
            vt = getattr(inst, "value_type", None)
            if vt is None or len(ops) < 2:
                return
            if not self.sized(vt):
                self.error(inst.pos or 0, "base element of getelementptr must be sized")  # type: ignore[attr-defined]
                return
            if len(ops) > 2:
                msg = gep_indices_error(vt, ops[1:], self.module.resolve_type)  # type: ignore[attr-defined]
                if msg is not None:
                    self.error(inst.pos or 0, msg)  # type: ignore[attr-defined]
        elif op in ("cmpxchg", "fence"):
            self.orderings(inst, op)

    def alignment(self, tail: str, start) -> None:
        """``align N`` in ``tail`` (the text after the last operand), written after
        ``start`` (or where a function gives): a power of two, 2^32 at most."""
        bad = self.align_memo.get(tail)
        if bad is None:
            bad = self.align_memo[tail] = next(
                (m.group(1) for m in re.compile(_ALIGN).finditer(tail)
                 if not _power_of_two(int(m.group(1))) or int(m.group(1)) > 1 << 32), "")
        if bad:
            start = start() if callable(start) else start
            found = re.compile(r"\balign\s+(" + bad + r")\b").search(self.text, start)
            self.error(found.start(1) if found else start,  # type: ignore[attr-defined]
                       "alignment is not a power of two" if not _power_of_two(int(bad))
                       else "huge alignments are not supported yet")

    def orderings(self, inst: Instruction, op: str) -> None:
        part = inst.template[0 if op == "fence" else -1] if inst.template else ""
        # not inside syncscope("...")
        if not isinstance(part, str):
            return
        words = re.findall(_ORDERING, re.sub(_STRING, "", part))
        if not words:
            return
        failure = words[1] if op == "cmpxchg" and len(words) == 2 else None
        if op == "cmpxchg" and failure is None:
            return
        msg = ordering_error(op, words[0], failure)
        word = failure if msg is not None and msg.endswith("failure ordering") else words[0]
        if msg is not None:
            start = inst.pos or 0
            found = re.compile(r"\b" + word + r"\b").search(self.text, start)
            if op == "cmpxchg" and msg.endswith("failure ordering") and found:
                found = re.compile(r"\b" + word + r"\b").search(self.text, found.end()) or found
            self.error(found.start() if found else start, msg)  # type: ignore[attr-defined]

    def after_opcode(self, inst: Instruction) -> int:
        """Where the type after an instruction's opcode (and its flags) is written."""
        start = inst.pos or 0
        m = re.compile(r"[a-z_]+(?:\s+(?:atomic|volatile|inalloca|swifterror))*\s+").match(
            self.text, start)
        return m.end() if m else start

    def call_rules(self, inst: CallInst) -> None:
        """Fast-math flags on a call that returns no floating-point value; a callee in
        another address space than calls go to (``addrspace(N)`` on the call, else the data
        layout's program address space)."""
        prefix = inst.prefix
        if prefix not in _PLAIN_CALLS and re.compile(_FMF).search(prefix) and \
                not R.fp_like(self.module.resolve_type(inst.type)):  # type: ignore[attr-defined]
            found = re.compile(r"\b(?:call|invoke|callbr)\b").search(self.text, inst.pos or 0)
            self.error(found.start() if found else inst.pos or 0,  # type: ignore[attr-defined]
                       "fast-math-flags specified for call without floating-point scalar or "
                       "vector return type")
        callee = inst.operands[0]
        if not isinstance(callee, (Argument, Instruction, Function)):
            return  # inline asm, constant expressions
        space = getattr(callee.type, "addrspace", None)
        want = self.program_memo if self.program_memo is not None else self.program_space()
        if space is None or space == want or (space == 0 and isinstance(callee, Function)):
            return
        if "addrspace" in prefix or "addrspace" in str(inst.ret_attrs):
            return  # the call says where it goes
        at = self.text.find(callee.ref(), inst.pos or 0) if callee.name is not None else -1
        self.error(at if at >= 0 else inst.pos or 0,  # type: ignore[attr-defined]
                   R.mismatch(callee.ref() if callee.name is not None else "%?", callee.type,
                              T.PointerType(want)))

    def program_space(self) -> int:
        """The data layout's program address space (``P1``), 0 if none is given."""
        if self.program_memo is None:
            self.program_memo = 0
            for e in self.module.entities:  # type: ignore[attr-defined]
                if isinstance(e, TextEntity) and e.kind == "target":
                    m = re.match(r'target\s+datalayout\s*=\s*"(?:[^"]*-)?P([0-9]+)',
                                 e.template[0])  # type: ignore[arg-type]
                    if m:
                        self.program_memo = int(m.group(1))
        return self.program_memo

    def removed_constexpr(self, c: Constant, where) -> None:
        head = c.template[0] if c.template and isinstance(c.template[0], str) else ""
        op = head.split("(", 1)[0].split()
        if c.kind == "c_binop" and op and op[0] in REMOVED_CONSTEXPRS:
            start = where()
            found = re.compile(r"\b" + op[0] + r"\b").search(self.text, start)
            self.error(found.start() if found else start,  # type: ignore[attr-defined]
                       f"{op[0]} constexprs are no longer supported")

    # ---- the text -----------------------------------------------------------------------------
    def text_rules(self) -> None:
        text = self.text
        for name in sorted(_unknown_debug_names(text)):
            message = _debug_name_error(name)
            for m in re.finditer(re.escape(name) + r"(?![A-Za-z0-9_])", text):
                if self.in_metadata(m.start()):
                    self.error(m.start(), message)  # type: ignore[attr-defined]
                    break
        distinct = re.compile(_DISTINCT_BEFORE)
        for m in re.compile(_COMPILE_UNIT).finditer(text) if "!DICompileUnit(" in text else ():
            if not distinct.search(text, max(0, m.start() - 40), m.start()) and \
                    self.in_metadata(m.start()):
                self.error(m.start(), "missing 'distinct', required for !DICompileUnit")  # type: ignore[attr-defined]
        definition = re.compile(_DEFINITION)
        for m in re.compile(_SUBPROGRAM).finditer(text) if "!DISubprogram(" in text else ():
            if distinct.search(text, max(0, m.start() - 40), m.start()):
                continue
            eol = text.find("\n", m.end())
            if definition.search(text, m.end(), eol if eol >= 0 else len(text)) and \
                    self.in_metadata(m.start()):
                self.error(m.start(), "missing 'distinct', required for !DISubprogram that "  # type: ignore[attr-defined]
                                      "is a Definition")
        self.header_order()
        for e in self.module.entities:  # type: ignore[attr-defined]
            if isinstance(e, TextEntity) and e.kind == "target":
                spec = e.template[0]
                m = re.match(r'target\s+datalayout\s*=\s*"([^"]*)"', spec)  # type: ignore[arg-type]
                if m is not None and datalayout_error(m.group(1)) is not None:
                    at = re.search(r"^target\s+datalayout\s*=\s*", text, re.M)
                    self.error(at.end() if at else 0, datalayout_error(m.group(1)))  # type: ignore[attr-defined]

    def header_order(self) -> None:
        """``target`` and ``source_filename`` come before every other entity (LLVM reads
        them first and then no more)."""
        seen_other = False
        for k, e in enumerate(self.module.entities):  # type: ignore[attr-defined]
            head = isinstance(e, TextEntity) and e.kind in ("target", "source_filename")
            if head and seen_other:
                nth = sum(1 for x in self.module.entities[:k]  # type: ignore[attr-defined]
                          if isinstance(x, TextEntity) and x.kind in ("target",
                                                                     "source_filename"))
                found = list(re.finditer(r"^[ \t]*(?:target|source_filename)\b", self.text,
                                         re.M))
                at = found[nth].start() if nth < len(found) else 0
                self.error(at + len(self.text[at:]) - len(self.text[at:].lstrip()),  # type: ignore[attr-defined]
                           "expected top-level entity")
                return
            seen_other = seen_other or not head

    def in_metadata(self, pos: int) -> bool:
        """Whether ``pos`` is a word of metadata (a metadata line, or a node written in place
        in a function), not of a comment, a string or a name."""
        if pos and re.compile(_NAME_CHAR).match(self.text, pos - 1):
            return False
        line = self.text.rfind("\n", 0, pos) + 1
        before = self.text[line:pos]
        if not before.lstrip().startswith("!") and "!DI" not in before:
            return False
        return ";" not in re.sub(r'"[^"]*"', "", before) and before.count('"') % 2 == 0


def _unknown_debug_names(text: str) -> set[str]:
    """The debug-info flags and DWARF names in ``text`` LLVM does not know (found 256 KB of
    text at a time, each slice's names once)."""
    unknown: set[str] = set()
    if "DIFlag" not in text and "DISPFlag" not in text and "DW_" not in text:
        return unknown
    pattern = re.compile(_DEBUG_NAME)
    pos, n = 0, len(text)
    while pos < n:
        end = text.find("\n", min(n, pos + (1 << 18)))
        end = n if end < 0 else end + 1
        for name in set(pattern.findall(text, pos, end)):
            if _debug_name_error(name) is not None:
                unknown.add(name)
        pos = end
    return unknown


def _debug_name_error(name: str) -> str | None:
    """``llvm-as``'s words for a flag or DWARF name it does not know, else None."""
    if name.startswith("DIFlag"):
        return None if name in DI_FLAGS else f"invalid debug info flag '{name}'"
    if name.startswith("DISPFlag"):
        return None if name in DISP_FLAGS else \
            f"invalid subprogram debug info flag flag '{name}'"
    prefix = name[:name.index("_", 3) + 1]
    known, what = DWARF_NAMES[prefix]
    return None if name[len(prefix):] in known else f"invalid DWARF {what} '{name}'"


def _power_of_two(n: int) -> bool:
    return n > 0 and n & (n - 1) == 0


# ---- data layouts ----------------------------------------------------------------------------
def _power_of_two_bytes(bits: int) -> bool:
    return bits % 8 == 0 and (bits // 8) & (bits // 8 - 1) == 0


def datalayout_error(layout: str) -> str | None:
    """What LLVM 15-22 all refuse in a data layout string (LLVM 22's words), else None:
    address spaces of 24 bits or more, and alignments that are not a power of two bytes
    (stack, function pointers, ABI alignments of types)."""
    for spec in layout.split("-"):
        if not spec:
            continue
        c, rest = spec[0], spec[1:]
        if c in "APG" and rest.isdigit():
            if int(rest) >= 1 << 24:
                return "address space must be a 24-bit integer"
        elif c == "S" and rest.isdigit():
            if not _power_of_two_bytes(int(rest)):
                return "stack natural alignment must be a power of two times the byte width"
        elif c == "F" and rest[:1] in ("i", "n") and rest[1:].isdigit():
            if int(rest[1:]) == 0 or not _power_of_two_bytes(int(rest[1:])):
                return "ABI alignment must be a power of two times the byte width"
        elif c == "p":
            space, _, fields = rest.partition(":")
            if space.isdigit() and int(space) >= 1 << 24:
                return "address space must be a 24-bit integer"
            parts = fields.split(":")
            if len(parts) >= 2 and parts[1].isdigit() and int(parts[1]) and \
                    not _power_of_two_bytes(int(parts[1])):
                return "ABI alignment must be a power of two times the byte width"
        elif c in "ifv":
            parts = rest.split(":")
            if len(parts) >= 2 and parts[1].isdigit() and int(parts[1]) and \
                    not _power_of_two_bytes(int(parts[1])):
                return "ABI alignment must be a power of two times the byte width"
    return None
