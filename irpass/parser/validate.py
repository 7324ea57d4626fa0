"""Semantic checks on a module just read: the errors LLVM's parser and verifier would report
that the grammar cannot see.

Reads a ``Module`` built by ``irpass.parser.reader`` and its ``Source`` (for positions: the
reader sets ``Instruction.pos``; other positions are found again in the text by
``positions``, which costs only when there is an error). Writes nothing; raises ``IRError`` with up to ``MAX_ERRORS``
diagnostics, in file order, worded as ``llvm-as`` words them.

Checked: undefined metadata (``!12``), undefined named types, attributes (their words,
arguments and places: ``attrcheck``), the words before a global's ``global``/``constant``,
operand types of arithmetic, comparisons, select, ret, br, load, store, getelementptr, phi and
call arguments, label operands that are not blocks, calls with more or fewer arguments than
the function type they spell, literals of the wrong kind (``i32 1.5``, ``double 1``,
``i32 null``), phis that do not match the predecessors of their block or are not first in
it, entry blocks with predecessors, and the rules of ``parsechecks`` (types LLVM cannot build,
unsized loads, stores and allocas, GEP indices, orderings, alignments, constant expressions
LLVM 15-22 all refuse, data layouts, debug-info flags, nodes that must be distinct). Where
LLVM versions differ, what one of LLVM 15-22 reads is read. Not checked (LLVM's verifier
checks more, and ``irpass check`` reports its words): dominance, intrinsic signatures,
debug-info rules, and most of the rules of instructions not named above.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import partial

from irpass.ir import rules as R
from irpass.ir import types as T
from irpass.ir.function import BasicBlock, Function
from irpass.ir.instructions import TERMINATORS, CallInst, Instruction
from irpass.ir.module import GlobalVariable, Module, TextEntity
from irpass.ir.names import decode_name, format_name
from irpass.ir.opcodes import MEMORY_OPS
from irpass.ir.values import Argument, Constant, MetadataOperand, Value
from irpass.parser.attrcheck import AttributeChecks
from irpass.parser.parsechecks import ParseChecks
from irpass.parser.positions import SourcePositions, written_fits, written_type
from irpass.text.diagnostics import IRError, Source

MAX_ERRORS = 20
# Instructions whose operands may be written "label %bb" (calls are checked as calls).
_LABEL_OPCODES = TERMINATORS - {"invoke", "callbr"} | {"catchswitch", "catchpad", "cleanuppad",
                                                      "catchret", "cleanupret"}
_MEMORY_OPCODES = MEMORY_OPS

# A metadata reference outside strings and comments (group 1 is the number).
# LLVM allows blanks and comments between "!" and the number.
_MD_REF = re.compile(r'"[^"]*"|;[^\n]*|!(?:\s|;[^\n]*+)*+([0-9]+)')
_ENTITY_LINE = re.compile(r"\n(?=[!@%$]|define\b|declare\b|attributes\b)")
# A comdat's name where it is defined, and "comdat" / "comdat($name)" where it is used (strings
# skipped: a section may be named "comdat").
_COMDAT_NAME = re.compile(r'\$(?:"[^"]*"|[-a-zA-Z$._0-9]+)')
_COMDAT_USE = re.compile(r'"[^"]*"|(?<![-a-zA-Z$._0-9])comdat(?![-a-zA-Z$._0-9])'
                         r'(?:\s*\(\s*(\$(?:"[^"]*"|[-a-zA-Z$._0-9]+))\s*\))?')


def validate(module: Module, source: Source) -> None:
    """Raise ``IRError`` if ``module`` has errors LLVM would report; else return."""
    v = _Validator(module, source)
    v.run()
    if v.found:
        unique = sorted(set(v.found))[:MAX_ERRORS]
        raise IRError([source.diagnostic(pos, msg) for pos, msg in unique])


def check_instruction(inst: Instruction, source: Source, module: Module,
                      function: Function | None = None) -> None:
    """Raise ``IRError`` if the instruction just read from ``source`` (not in a module's
    text) breaks a rule ``validate`` checks (``function``: where it goes, for ``ret``)."""
    v = _Validator(module, source)
    if function is not None or inst.opcode != "ret":
        v.instruction(function, inst)  # type: ignore[arg-type]
    if v.found:
        raise IRError([source.diagnostic(pos, msg) for pos, msg in sorted(set(v.found))])


_pointerish = R.is_pointer
_same = R.same_type
_is_int = R.is_int
_is_fp = R.is_fp


class _Validator(AttributeChecks, ParseChecks, SourcePositions):
    def __init__(self, module: Module, source: Source) -> None:
        self.module = module
        self.source = source
        self.text = source.text
        self.found: list[tuple[int, str]] = []
        self.seen_types: set[T.Type] = set()
        self.attr_memo: dict[tuple[str, str, bool], tuple[int, str] | None] = {}
        self.sized_memo: dict[T.Type, bool] = {}
        self.align_memo: dict[str, str] = {}
        self.written_memo: dict[tuple[str, T.Type], bool] = {}

    def error(self, pos: int, message: str) -> None:
        self.found.append((pos, message))

    @property
    def full(self) -> bool:
        return len(self.found) >= MAX_ERRORS

    # ---- driver ---------------------------------------------------------------------------
    def run(self) -> None:
        self.metadata_refs()
        self.comdats()
        self.attributes()
        self.text_rules()
        m = self.module
        for td in m.types.values():
            if td.body is not None:
                self.type_defined(td.body, f"%{td.name}")
        for g in m.global_variables:
            at = partial(self.global_def_pos, g)
            self.type_defined(g.value_type, None, at)
            self.global_type(g, at)
            init = g.initializer
            if isinstance(init, Constant):
                self.constant(init, lambda c=init, g=g: self.global_pos(g, c))
        for fn in m.functions:
            if self.full:
                return
            self.type_defined(fn.ftype, None, partial(self.function_pos, fn))
            if fn.blocks:
                self.function(fn)

    # ---- module-wide ----------------------------------------------------------------------
    def metadata_refs(self) -> None:
        defined = self.module.metadata
        # Checked match by match: a list (or set) of every "!N" in the file was the peak of
        # an eager read. The ids defined are marked in a bytearray (a lookup in the table is
        # a bisect), unless they are too sparse for one (no larger than a quarter of the text).
        top = defined.next_id()
        known = None
        if top <= len(self.text) // 4 + (1 << 16):
            known = bytearray(top)
            for mid in defined:
                known[mid] = 1
        missing = set()
        for numbers in _md_numbers(self.text):
            for n in numbers:
                if len(n) > 18:
                    missing.add(n)
                elif known is not None:
                    i = int(n)
                    if i >= top or not known[i]:
                        missing.add(n)
                elif int(n) not in defined:
                    missing.add(n)
        if not missing:
            return
        for m in _MD_REF.finditer(self.text):
            n = m.group(1)
            if n in missing:
                after = self.text[m.end():m.end() + 40].lstrip()
                if after.startswith("=") and self.source.location(m.start())[1] == 1:
                    continue  # a definition (one the reader refused is reported there)
                self.error(m.start(1), f"use of undefined metadata '!{n}'")
                if self.full:
                    return

    def comdats(self) -> None:
        """Globals and functions in a comdat the module does not define (``comdat`` alone
        names the comdat of the global's own name)."""
        m = self.module
        defined = set()
        for e in m.entities:
            if isinstance(e, TextEntity) and e.kind == "comdat":
                found = _COMDAT_NAME.match(e.template[0])  # type: ignore[arg-type]
                if found:
                    name = decode_name(found.group())
                    if name in defined:  # reported at its second definition, as LLVM
                        defs = list(re.finditer(rf"^{re.escape(found.group())}[ \t]*=",
                                                self.text, re.M))
                        self.error(defs[1].start() if len(defs) > 1 else 0,
                                   f"redefinition of comdat '{format_name('$', name)}'")
                    defined.add(name)
        for g in [*m.global_variables, *m.functions]:
            tail = g.tail if isinstance(g, GlobalVariable) else g.tail.render(lambda v: "?")
            if "comdat" not in tail:
                continue
            for use in _COMDAT_USE.finditer(tail):
                if use.group().startswith('"'):
                    continue
                name = decode_name(use.group(1)) if use.group(1) else g.name
                if name is not None and name not in defined:
                    self.error(self.comdat_pos(g), "use of undefined comdat "
                                                   f"'{format_name('$', name)}'")

    def comdat_pos(self, g: GlobalVariable | Function) -> int:
        """Where the comdat of ``g``'s definition is written (0 if it cannot be found)."""
        if isinstance(g, Function):
            at = self.function_pos(g)
        else:
            ref = re.escape(format_name("@", g.name or ""))
            found = re.search(rf"^{ref}\s*=", self.text, re.M)
            at = found.start() if found else 0
        use = _COMDAT_USE.search(self.text, at)
        while use is not None and use.group().startswith('"'):
            use = _COMDAT_USE.search(self.text, use.end())
        if use is None:
            return at
        return use.start(1) if use.group(1) else use.start()  # at "$c" in "comdat($c)", as LLVM

    def type_defined(self, t: T.Type, hint: str | None = None, at=0) -> None:
        """Report named types used in ``t`` that the module does not define, and parts of
        types LLVM refuses (``at``: where ``t`` is written, or a function giving that)."""
        stack = [t]
        while stack:
            t = stack.pop()
            if t in self.seen_types:
                continue
            self.seen_types.add(t)
            if isinstance(t, T.Composite):
                self.type_parts(t, at)
            if isinstance(t, T.NamedType):
                if t.name not in self.module.types:
                    self.error(self.name_pos(format_name("%", t.name), hint),
                               f"use of undefined type named '{t.name}'")
            elif isinstance(t, (T.ArrayType, T.VectorType)):
                stack.append(t.element)
            elif isinstance(t, T.TypedPointerType):
                stack.append(t.pointee)
            elif isinstance(t, T.StructType):
                stack.extend(t.elements)
            elif isinstance(t, T.FunctionType):
                stack.append(t.ret)
                stack.extend(t.params)

    def name_pos(self, ref: str, skip_definition: str | None = None) -> int:
        """Where ``ref`` (``%T``, ``@f``) is first used in the text, not counting where it is
        defined; 0 if it cannot be found."""
        pat = re.compile(re.escape(ref) + r"(?![-a-zA-Z$._0-9])")
        for m in pat.finditer(self.text):
            rest = self.text[m.end():m.end() + 12]
            if re.match(r"\s*=\s*type\b", rest):
                continue
            return m.start()
        return 0

    def global_def_pos(self, g) -> int:
        if g.name is None:
            return 0
        m = re.search(rf"^{re.escape(format_name('@', g.name))}\s*=", self.text, re.M)
        return m.start() if m else 0

    def function_pos(self, fn: Function) -> int:
        if fn.name is None:
            return 0
        ref = re.escape(format_name("@", fn.name))
        m = re.search(rf"^(?:define|declare)\b[^\n]*?{ref}\s*\(", self.text, re.M)
        return m.start() if m else 0

    def global_pos(self, g, c: Constant) -> int:
        if g.name is None:
            return 0
        ref = re.escape(format_name("@", g.name))
        m = re.search(rf"^{ref}\s*=", self.text, re.M)
        if m is None:
            return 0
        at = self.text.find(c.text.split(" ")[0], m.end() + len(g.value_type_text))
        return at if at >= 0 else m.start()

    # ---- constants ------------------------------------------------------------------------
    def constant(self, c: Constant, where) -> None:
        """Literals that do not fit the type written before them."""
        stack = [c]
        while stack:
            c = stack.pop()
            msg = self.literal_error(c)
            if msg is not None:
                self.error(where(), msg)
                return
            if c.kind == "c_binop":
                self.removed_constexpr(c, where)
            stack.extend(op for op in c.operands if isinstance(op, Constant))

    @staticmethod
    def literal_error(c: Constant) -> str | None:
        return R.literal_error(c.kind, c.type)

    # ---- functions ------------------------------------------------------------------------
    def function(self, fn: Function) -> None:
        edges: dict[int, list[BasicBlock]] = {}
        for block in fn.blocks:
            term = block.instructions[-1] if block.instructions else None
            if term is not None and term.is_terminator:
                for succ in term.successors:
                    edges.setdefault(id(succ), []).append(block)
        entry = fn.blocks[0]
        if id(entry) in edges and entry.instructions:
            self.error(entry.instructions[0].pos or 0,
                       "entry block to function must not have predecessors")
        for block in fn.blocks:
            seen_other = False
            for inst in block.instructions:
                if self.full:
                    return
                if inst.opcode == "phi":
                    if seen_other:
                        self.error(inst.pos or 0, "PHI nodes not grouped at top of basic block")
                    self.phi(inst, edges.get(id(block), []))
                else:
                    seen_other = True
                self.instruction(fn, inst)

    def phi(self, inst: Instruction, preds: list[BasicBlock]) -> None:
        incoming = [op for op in inst.operands[1::2]]
        if not all(isinstance(b, BasicBlock) for b in incoming):
            return  # reported as "not a basic block"
        if Counter(map(id, incoming)) != Counter(map(id, preds)) and \
                set(map(id, incoming)) != set(map(id, preds)) or len(incoming) != len(preds):
            self.error(inst.pos or 0, "PHINode should have one entry for each predecessor "
                                      "of its parent basic block")
        for k in range(0, len(inst.operands), 2):
            self.expect(inst, k, inst.type)

    def instruction(self, fn: Function, inst: Instruction) -> None:
        op = inst.opcode
        ops = inst.operands
        for k, v in enumerate(ops):
            if isinstance(v, Constant):
                msg = self.literal_error(v)
                if msg is None and v.operands:
                    self.constant(v, lambda k=k: self.operand_pos(inst, k))
                elif msg is not None:
                    self.error(self.operand_pos(inst, k), msg)
            elif op in _LABEL_OPCODES and not isinstance(v, BasicBlock) \
                    and self.before(inst, k).rstrip().endswith("label"):
                self.error(self.operand_pos(inst, k), f"'{self.spelling(inst, k)}' is not a "
                                                      "basic block")
        self.type_defined(inst.type, None, inst.pos or 0)
        if op in _MEMORY_OPCODES:
            vt = getattr(inst, "value_type", None)
            if vt is not None and vt is not inst.type:
                self.type_defined(vt, None, inst.pos or 0)
            self.memory_rules(inst)
        if isinstance(inst, CallInst):
            self.call(inst)
        elif op in R.INT_BINOPS or op in R.FP_BINOPS:
            msg = R.binop_error(op, self.resolved(inst.type))
            if msg is not None:
                self.error(self.type_pos(inst, 0), msg)
                return
            self.expect(inst, 0, inst.type)
            self.expect(inst, 1, inst.type)
        elif op == "fneg":
            msg = R.fneg_error(self.resolved(inst.type))
            if msg is not None:
                self.error(self.type_pos(inst, 0), msg)
                return
            self.expect(inst, 0, inst.type)
        elif op in ("icmp", "fcmp") and len(ops) == 2:
            msg = R.cmp_error(op, _predicate(inst), self.resolved(ops[0].type))
            if msg is not None:
                at = self.type_pos(inst, 0)
                if "requires" not in msg:  # at the predicate
                    found = re.compile(rf"\b{re.escape(_predicate(inst))}\b").search(
                        self.text, inst.pos or 0)
                    at = found.start() if found else at
                self.error(at, msg)
                return
            if not _same(ops[0].type, ops[1].type):
                if isinstance(ops[0], Constant) or self.written(inst, 0) == str(ops[0].type):
                    self.expect(inst, 1, ops[0].type)
                else:
                    self.expect(inst, 0, ops[1].type)
        elif op == "select" and len(ops) == 3:
            c = ops[0].type
            if not (c == T.I1 or isinstance(c, T.VectorType) and c.element == T.I1):
                if self.written(inst, 0) == "i1":
                    self.expect(inst, 0, T.I1)
                else:
                    self.error(self.type_pos(inst, 0), R.select_error(c, inst.type, inst.type)
                               or "")
            elif isinstance(c, T.VectorType):
                msg = R.select_error(c, self.resolved(inst.type), self.resolved(inst.type))
                if msg is not None:
                    self.error(self.type_pos(inst, 0), msg)
            self.expect(inst, 1, inst.type)
            self.expect(inst, 2, inst.type)
        elif op == "ret":
            self.ret(fn, inst)
        elif op == "br" and len(ops) == 3:
            if ops[0].type != T.I1:
                if self.written(inst, 0) == "i1":
                    self.expect(inst, 0, T.I1)
                else:
                    self.error(self.type_pos(inst, 0), R.branch_error(ops[0].type) or "")
        elif op == "store" and len(ops) >= 2:
            msg = R.store_error(ops[1].type)
            if msg is not None:
                self.error(self.type_pos(inst, 1), msg)
            self.expect_written(inst, 0)
        elif op == "load" and ops:
            msg = R.load_error(ops[0].type)
            if msg is not None:
                self.error(self.type_pos(inst, 0), msg)
            self.expect_written(inst, 0)
        elif op == "getelementptr" and ops:
            msg = R.gep_error(ops[0].type)
            if msg is not None:
                self.error(self.type_pos(inst, 0), msg)
            for k in range(len(ops)):
                self.expect_written(inst, k)
        elif op in R.CASTS and ops:
            self.expect_written(inst, 0)
            msg = R.cast_error(op, ops[0].type, inst.type)
            if msg is not None:
                self.error(self.type_pos(inst, 0), msg)
        elif op in ("extractvalue", "freeze", "extractelement") and ops:
            self.expect_written(inst, 0)
        elif op in ("insertvalue", "insertelement", "shufflevector", "cmpxchg", "atomicrmw"):
            for k in range(len(ops)):
                self.expect_written(inst, k)
            if op == "cmpxchg" and len(ops) == 3 and not _same(ops[1].type, ops[2].type):
                self.error(self.type_pos(inst, 2), "compare value and new value type do not match")

    def resolved(self, t: T.Type) -> T.Type:
        """``t``, or the type an identified type names (``%v4 = type <4 x float>``)."""
        return self.module.resolve_type(t) if isinstance(t, T.NamedType) else t

    def ret(self, fn: Function, inst: Instruction) -> None:
        want = fn.ftype.ret
        if not inst.operands:
            msg = R.return_error(None, want)
            if msg is not None:
                self.error((inst.pos or 0) + 4, msg)
            return
        v = inst.operands[0]
        msg = R.return_error(v.type, want)
        if msg is None:
            return
        if not isinstance(v, Constant) and self.written(inst, 0) == str(want):
            self.expect(inst, 0, want)
        else:
            self.error(self.type_pos(inst, 0), msg)

    def call(self, inst: CallInst) -> None:
        self.call_rules(inst)
        ft = inst.fn_type
        if "(" in inst.fn_type_text and isinstance(ft, T.FunctionType):
            for i, msg in R.call_errors(ft, [a.type for a in inst.args]):
                if i < len(inst.args) or msg.startswith("too many"):
                    self.error(self.arg_pos(inst, i), msg)
                else:
                    at = self.text.find(inst.fn_type_text, inst.pos or 0)
                    self.error(at if at >= 0 else inst.pos or 0, msg)
        for i, a in enumerate(inst.args):
            v = inst.operands[a.index]
            if isinstance(v, (Argument, Instruction)) and not _same(v.type, a.type) and \
                    not _same(self.resolved(v.type), self.resolved(a.type)):
                self.error(self.arg_pos(inst, i), self.mismatch(v, a.type, inst, a.index))

    # ---- operand types --------------------------------------------------------------------
    def expect(self, inst: Instruction, k: int, want: T.Type) -> None:
        """Operand ``k`` of ``inst`` should have type ``want``."""
        if k >= len(inst.operands):
            return
        v = inst.operands[k]
        if isinstance(v, (Constant, BasicBlock, MetadataOperand)) or _same(v.type, want) \
                or _same(self.resolved(v.type), self.resolved(want)):
            return
        self.error(self.operand_pos(inst, k), self.mismatch(v, want, inst, k))

    def expect_written(self, inst: Instruction, k: int) -> None:
        """Operand ``k`` should have the (simple) type written before it."""
        v = inst.operands[k]
        if not isinstance(v, (Argument, Instruction)):
            return
        # The same text before an operand of the same type recurs all over a module.
        key = (self.before(inst, k), v.type)
        ok = self.written_memo.get(key)
        if ok is None:
            ok = self.written_memo[key] = written_fits(written_type(key[0]), str(v.type))
        if ok:
            return
        written, have = written_type(key[0]), str(v.type)
        self.error(self.operand_pos(inst, k),
                   f"'{self.spelling(inst, k)}' defined with type '{have}' but expected "
                   f"'{written}'")

    def mismatch(self, v: Value, want: T.Type, inst: Instruction, k: int) -> str:
        return R.mismatch(self.spelling(inst, k), v.type, want)


def _md_numbers(text: str) -> Iterator[set[str]]:
    """The numbers of the metadata references in ``text`` (``!N`` outside strings and
    comments), a slice of about 256 KB at a time (cut before a line that starts an
    entity, as the reader cuts; one list or set of every number was the peak of an eager
    read), each slice's numbers once."""
    pos, n = 0, len(text)
    while pos < n:
        cut = _ENTITY_LINE.search(text, min(n, pos + (1 << 18)))
        end = cut.start() + 1 if cut else n
        found = set(_MD_REF.findall(text, pos, end))
        found.discard("")
        yield found
        pos = end


def _predicate(inst: Instruction) -> str:
    """The predicate word of an ``icmp``/``fcmp`` (after its flags)."""
    head = inst.template[0] if inst.template and isinstance(inst.template[0], str) else ""
    for word in head.split()[1:]:
        if word not in R.INSTRUCTION_FLAGS:
            return word
    return ""
