"""The opcode table (``irpass.ir.opcodes``) against the grammar, the fast reader and LLVM.

Every opcode the grammar's instruction rule reads is in the table and the other way round; the
terminals the grammar reads opcode classes with (``BINOP``, ``CAST_OP``, ``CMP_OP``) are the
table's classes; the fast reader starts lines and dispatches on the table's opcodes only.
llvm-as-22 and llvmlite read a module with one instruction of every opcode and name the same
opcodes; each flag the table gives an opcode is accepted by the first LLVM the table names and
refused by the one before, and each flag it does not give is refused by llvm-as-22.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT, llvm_tool, needs_tool

import irpass
from irpass.ir import opcodes as O
from irpass.parser import fastinst

GRAMMAR = (ROOT / "grammar" / "llvm.lark").read_text()


def _rule(name: str) -> str:
    """The text of grammar rule ``name`` (to the next rule or terminal)."""
    m = re.search(rf"^\??{name}:(.*?)(?=^\S)", GRAMMAR, re.M | re.S)
    assert m, name
    return m.group(1)


def _terminal_words(name: str) -> set[str]:
    m = re.search(rf"^{name}(?:\.\d+)?: /\(([a-z_|]+)\)", GRAMMAR, re.M)
    assert m, name
    return set(m.group(1).split("|"))


TERMINALS = {"BINOP": O.BINOPS, "CAST_OP": O.CASTS, "CMP_OP": O.COMPARES}


def grammar_opcodes() -> set[str]:
    """The first word of each alternative of the ``inst`` and ``call_kind`` rules, with the
    opcode terminals expanded."""
    found = set()
    for rule in ("inst", "call_kind"):
        for alt in re.split(r"^\s*\|", _rule(rule), flags=re.M):
            words = alt.split()
            if words and words[0] == "[TAIL]":
                words = words[1:]
            if not words or words[0] == "call_kind":
                continue
            first = words[0]
            if first.startswith('"'):
                found.add(first.strip('"'))
            else:
                found |= _terminal_words(first)
    return found


def test_grammar_reads_the_tables_opcodes():
    assert grammar_opcodes() == set(O.OPCODES)
    for terminal, table in TERMINALS.items():
        assert _terminal_words(terminal) == table, terminal


def test_grammar_memory_properties_are_the_tables():
    """The opcodes whose rule takes ``volatile`` (ATOMIC_FLAG), ``ORDERING`` (how many) and
    the ordering words the grammar reads are the table's."""
    assert _terminal_words("ORDERING") == set(O.ORDERINGS)
    assert _terminal_words("ATOMIC_FLAG") == {"atomic", "volatile", "weak"}
    volatile, orderings = set(), {}
    for alt in re.split(r"^\s*\|", _rule("inst"), flags=re.M):
        words = alt.split()
        if not words or not words[0].startswith('"'):
            continue
        name = words[0].strip('"')
        if "ATOMIC_FLAG*" in words:
            volatile.add(name)
        if "ORDERING" in alt:
            orderings[name] = alt.count("ORDERING")
    assert volatile == O.VOLATILE
    assert orderings == {op.name: op.orderings for op in O.OPCODES.values() if op.orderings}


def test_fast_reader_reads_the_tables_opcodes():
    words = fastinst.OPCODE_WORDS - {"tail", "musttail", "notail", "uselistorder"}
    assert words == set(O.OPCODES)
    assert fastinst._BINOPS == O.BINOPS and fastinst._CASTS == O.CASTS
    # every opcode the fast reader dispatches on by name is one of the table's
    source = Path(fastinst.__file__).read_text()
    named = set(re.findall(r'\bop(?:code)? == "([a-z_]+)"', source))
    for group in re.findall(r'\bop(?:code)? (?:not )?in \(([^)]*)\)', source):
        named |= set(re.findall(r'"([a-z_]+)"', group))
    assert named and named <= set(O.OPCODES), named - set(O.OPCODES)


def test_classes_partition_the_table():
    kinds = [O.TERMINATOR, O.UNARY, O.INT_BINARY, O.BITWISE, O.FP_BINARY, O.MEMORY, O.CAST,
             O.PAD, O.COMPARE, O.OTHER]
    assert all(op.kind in kinds for op in O.OPCODES.values())
    assert O.TERMINATORS == {"ret", "br", "switch", "indirectbr", "invoke", "resume",
                             "unreachable", "cleanupret", "catchret", "catchswitch", "callbr"}
    assert O.SIDE_EFFECT_FREE.isdisjoint(O.TERMINATORS | O.CALLS | O.TOUCHES_MEMORY)
    assert O.ATOMIC == {"load", "store", "fence", "cmpxchg", "atomicrmw"}


EVERY_OPCODE = """\
declare i32 @__gxx_personality_v0(...)
declare void @g()

define i32 @all(ptr %p, i32 %a, i32 %b, float %x, <2 x i32> %v, ptr %l) personality ptr @__gxx_personality_v0 {
entry:
  %add = add nuw nsw i32 %a, %b
  %sub = sub i32 %a, %b
  %mul = mul i32 %a, %b
  %udiv = udiv exact i32 %a, %b
  %sdiv = sdiv i32 %a, %b
  %urem = urem i32 %a, %b
  %srem = srem i32 %a, %b
  %shl = shl i32 %a, 1
  %lshr = lshr i32 %a, 1
  %ashr = ashr i32 %a, 1
  %and = and i32 %a, %b
  %or = or disjoint i32 %a, %b
  %xor = xor i32 %a, %b
  %fadd = fadd fast float %x, %x
  %fsub = fsub float %x, %x
  %fmul = fmul float %x, %x
  %fdiv = fdiv float %x, %x
  %frem = frem float %x, %x
  %fneg = fneg float %x
  %trunc = trunc i32 %a to i8
  %zext = zext nneg i8 %trunc to i32
  %sext = sext i8 %trunc to i32
  %fptoui = fptoui float %x to i32
  %fptosi = fptosi float %x to i32
  %uitofp = uitofp i32 %a to float
  %sitofp = sitofp i32 %a to float
  %fptrunc = fptrunc float %x to half
  %fpext = fpext float %x to double
  %ptrtoint = ptrtoint ptr %p to i64
  %ptrtoaddr = ptrtoaddr ptr %p to i64
  %inttoptr = inttoptr i64 %ptrtoint to ptr
  %bitcast = bitcast i32 %a to float
  %asc = addrspacecast ptr %p to ptr addrspace(1)
  %icmp = icmp samesign ult i32 %a, %b
  %fcmp = fcmp olt float %x, %x
  %alloca = alloca i32, align 4
  %load = load i32, ptr %p, align 4
  store i32 %a, ptr %p, align 4
  %gep = getelementptr inbounds i32, ptr %p, i64 1
  fence seq_cst
  %cmpxchg = cmpxchg ptr %p, i32 %a, i32 %b seq_cst seq_cst
  %atomicrmw = atomicrmw add ptr %p, i32 1 seq_cst
  %select = select i1 %icmp, i32 %a, i32 %b
  %va = va_arg ptr %l, i32
  %ee = extractelement <2 x i32> %v, i32 0
  %ie = insertelement <2 x i32> %v, i32 %a, i32 1
  %sv = shufflevector <2 x i32> %v, <2 x i32> %v, <2 x i32> <i32 1, i32 0>
  %iv = insertvalue { i32, i32 } undef, i32 %a, 0
  %ev = extractvalue { i32, i32 } %iv, 0
  %freeze = freeze i32 %a
  call void @g()
  switch i32 %a, label %next [ i32 0, label %ibr ]
ibr:
  indirectbr ptr blockaddress(@all, %next), [label %next]
next:
  %phi = phi i32 [ %a, %entry ], [ %b, %ibr ]
  callbr void asm "", "!i"() to label %inv [label %next2]
next2:
  br label %inv
inv:
  invoke void @g() to label %ret unwind label %lpad
lpad:
  %lp = landingpad { ptr, i32 } cleanup
  resume { ptr, i32 } %lp
ret:
  ret i32 %phi
never:
  unreachable
}

define void @funclets() personality ptr @__gxx_personality_v0 {
entry:
  invoke void @g() to label %done unwind label %dispatch
dispatch:
  %cs = catchswitch within none [label %handler] unwind label %cleanup
handler:
  %cp = catchpad within %cs [ptr null]
  catchret from %cp to label %done
cleanup:
  %cl = cleanuppad within none []
  cleanupret from %cl unwind to caller
done:
  ret void
}
"""


def test_llvm_names_every_opcode_as_the_table_does():
    llvm = pytest.importorskip("llvmlite.binding")
    m = llvm.parse_assembly(EVERY_OPCODE)
    m.verify()
    theirs = [i.opcode for f in m.functions for b in f.blocks for i in b.instructions]
    ours = [i.opcode for f in irpass.parse(EVERY_OPCODE).functions for b in f.blocks
            for i in b.instructions]
    assert ours == theirs
    assert set(theirs) == set(O.OPCODES)


# An instruction of each opcode that may take flags, with {} where the flags go.
FLAG_FORMS = {
    **{op: f"%r = {op} {{}} i32 %a, %b" for op in O.OPCODES if O.OPCODES[op].kind
       in (O.INT_BINARY, O.BITWISE)},
    **{op: f"%r = {op} {{}} float %x, %x" for op in O.FP_BINOPS},
    "fneg": "%r = fneg {} float %x",
    "icmp": "%r = icmp {} ult i32 %a, %b",
    "fcmp": "%r = fcmp {} olt float %x, %x",
    "getelementptr": "%r = getelementptr {} i8, ptr %p, i64 1",
    "trunc": "%r = trunc {} i32 %a to i8", "zext": "%r = zext {} i32 %a to i64",
    "sext": "%r = sext {} i32 %a to i64", "fptoui": "%r = fptoui {} float %x to i32",
    "fptosi": "%r = fptosi {} float %x to i32", "uitofp": "%r = uitofp {} i32 %a to float",
    "sitofp": "%r = sitofp {} i32 %a to float", "fptrunc": "%r = fptrunc {} float %x to half",
    "fpext": "%r = fpext {} float %x to double", "ptrtoint": "%r = ptrtoint {} ptr %p to i64",
    "inttoptr": "%r = inttoptr {} i64 %q to ptr", "bitcast": "%r = bitcast {} i32 %a to float",
    "select": "%r = select {} i1 %c, float %x, float %x",
    "call": "%r = call {} float @h(float %x)",
    "freeze": "%r = freeze {} i32 %a",
}


def _accepts(version: int, inst: str) -> bool:
    text = (f"declare float @h(float)\ndefine void @f(i32 %a, i32 %b, float %x, ptr %p, "
            f"i64 %q, i1 %c) {{\n  {inst}\n  ret void\n}}\n")
    tool = needs_tool("llvm-as", version)
    return subprocess.run([tool, "-", "-o", "/dev/null"], input=text.encode(),
                          capture_output=True, timeout=60).returncode == 0


def test_flags_are_the_ones_llvm_reads():
    words = sorted(O.INSTRUCTION_FLAGS - O.FAST_MATH_FLAGS) + ["nnan"]
    wrong = []
    for op, form in FLAG_FORMS.items():
        opcode = O.OPCODES[op]
        for flag in words:
            takes = opcode.fast_math is not None if flag == "nnan" else opcode.takes_flag(flag)
            if _accepts(22, form.format(flag)) != takes:
                wrong.append((op, flag, takes))
    assert not wrong


def test_flag_versions_are_llvms():
    """A flag the table says LLVM N first reads: llvm-as-N reads it, the one before not."""
    installed = [v for v in (15, 16, 19, 22) if llvm_tool("llvm-as", v)]
    checked = 0
    for op, opcode in O.OPCODES.items():
        pairs = [*opcode.flags]
        if opcode.fast_math:
            pairs.append(("nnan", opcode.fast_math))
        for flag, since in pairs:
            if since == 0 or op not in FLAG_FORMS:
                continue
            for v in installed:
                assert _accepts(v, FLAG_FORMS[op].format(flag)) == (v >= since), (op, flag, v)
                checked += 1
    assert checked
