"""The fast paths give the model the grammar gives: the regex metadata reader, lark-cython."""

from __future__ import annotations

import lark
import pytest
from conftest import CORPUS, clang, corpus_files, read

import irpass
from irpass.ir.metadata import MDNode
from irpass.parser import fastpath, grammar, treepath
from irpass.parser.fastmd import read_md_def
from irpass.parser.reader import Reader
from irpass.parser.split import split
from irpass.text.diagnostics import Source


def same(a, b) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, MDNode):
        return ((a.kind, a.id, a.distinct, a.text) == (b.kind, b.id, b.distinct, b.text)
                and list(a.fields) == list(b.fields)
                and all(same(a.fields[k], b.fields[k]) for k in a.fields)
                and len(a.args) == len(b.args) and all(map(same, a.args, b.args))
                and len(a.elements) == len(b.elements) and all(map(same, a.elements, b.elements)))
    return a == b


def test_fast_metadata_reader_matches_the_grammar():
    fast = total = 0
    for path in corpus_files():
        src = read(path)
        for chunk in split(src):
            if chunk.kind != "!" or not chunk.text[1:2].isdigit():
                continue
            total += 1
            node = read_md_def(chunk.text)
            if node is None:
                continue
            fast += 1
            r = Reader(Source(src, str(path)))
            r.read_chunk(chunk)  # the grammar's reading
            assert same(r.module.metadata[node.id], node), chunk.text
    assert fast > 0.9 * total  # the fast path is the common path


@pytest.mark.parametrize("text", [
    '!5 = !DIBasicType(name: "a;b", size: 32) ; comment\n',
    "!5 = !{i32 7, float 1.0}\n",
    "!5 = !DIExpression(DW_OP_LLVM_arg, 0, !3)\n",
    "!5 = !DILocation(line: 1.5, scope: !3)\n",
    "!5 = !DIFlags(flags: true | DIFlagX)\n",
    "!5 = !DIBasicType(name: \"x\", )\n",
])
def test_unusual_metadata_goes_to_the_grammar(text):
    assert read_md_def(text) is None


def test_metadata_errors_still_reported():
    with pytest.raises(irpass.IRError, match="Metadata id is already used"):
        irpass.parse("!0 = !{}\n!0 = !{}\n")
    with pytest.raises(irpass.IRError):
        irpass.parse("!0 = !DIBasicType(name: \"int\", size: 32\n")


def test_lark_cython_and_lark_print_the_same(monkeypatch):
    pytest.importorskip("lark_cython")
    options = dict(parser="lalr", lexer="contextual", start=grammar.START_RULES,
                   propagate_positions=True, maybe_placeholders=False, cache=False)
    plain = lark.Lark(grammar.grammar_text(), **options)
    assert "lark_cython" in type(grammar.parser().parser.parser).__module__
    path = CORPUS / "enzyme_cpp.clang22.O0.g.ll"
    src = read(path)
    fast = irpass.print_module(irpass.parse(src))
    monkeypatch.setattr(treepath, "parser", lambda: plain)
    assert irpass.print_module(irpass.parse(src)) == fast



def test_parse_leaves_the_garbage_collector_as_it_found_it():
    import gc

    assert gc.isenabled()
    irpass.parse("define void @f() {\n  ret void\n}\n")
    assert gc.isenabled()
    gc.disable()
    try:
        irpass.parse("define void @f() {\n  ret void\n}\n", lazy=True)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_parse_hands_its_objects_to_the_oldest_generation():
    """The model goes straight to the oldest generation (no young collection walks it), and
    nothing is left frozen."""
    import gc

    gc.collect()
    irpass.parse(read(CORPUS / "classes.clang22.O0.g.ll"))
    assert gc.get_count()[0] < gc.get_threshold()[0]
    assert gc.get_freeze_count() == 0


_EXIT_PROBE = """
import atexit, gc, sys
{before}
atexit.register(lambda: print(gc.get_freeze_count()))  # registered first: runs last
import irpass
m = irpass.parse("define void @f() {{ ret void }}")
print(gc.get_freeze_count())
"""


@pytest.mark.parametrize("before, frozen_at_exit", [("", True), ("gc.freeze()", False)])
def test_exit_skips_collecting_the_module(before, frozen_at_exit):
    """At exit the objects left are frozen, so the last collection does not walk the module;
    not when the program froze objects of its own (it is then left as it was)."""
    import subprocess
    import sys

    from conftest import ROOT

    r = subprocess.run([sys.executable, "-c", _EXIT_PROBE.format(before=before)], cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    during, at_exit = (int(x) for x in r.stdout.split())
    if frozen_at_exit:
        assert during == 0 and at_exit > 0
    else:
        assert during > 0 and at_exit <= during  # nothing more frozen


# ---- the instruction fast path (irpass/parser/fastinst.py) ----------------------------------
def _value_key(v, names: dict) -> tuple:
    """How a model refers to a value: its class, type and where it was defined (by id order
    of first sight, so two reads of one file give the same keys)."""
    from irpass.ir.values import Constant, MetadataOperand

    if isinstance(v, (Constant, MetadataOperand)):
        return (type(v).__name__, v.type, getattr(v, "kind", None), tuple(v.template),
                tuple(_value_key(o, names) for o in v.operands))
    return (type(v).__name__, v.type if not hasattr(v, "instructions") else None,
            v.name, names.setdefault(id(v), len(names)))


def _model(module) -> list:
    """Everything the reader builds for the bodies, as plain comparable data."""
    from irpass.ir.instructions import CallInst, TypedInstruction

    names: dict[int, int] = {}
    out: list = []
    for fn in module.functions:
        for block in fn.blocks:
            out.append(("block", block.name, names.setdefault(id(block), len(names)),
                        len(block.trailing_records)))
            for inst in block.instructions:
                names.setdefault(id(inst), len(names))
                row = [type(inst).__name__, inst.opcode, inst.type, inst.name, inst.pos,
                       tuple(inst.template), list(inst.metadata),
                       tuple(_value_key(o, names) for o in inst.operands),
                       [(u[1], names.setdefault(id(u[0]), len(names))) for u in inst.uses],
                       [(r.kind, tuple(_value_key(o, names) for o in r.operands))
                        for r in inst.debug_records]]
                if isinstance(inst, TypedInstruction):
                    row.append(inst.value_type)
                if isinstance(inst, CallInst):
                    row += [inst.prefix, list(inst.ret_attrs), inst.fn_type_text, inst.fn_type,
                            [(a.type, a.type_text, list(a.attrs), a.index) for a in inst.args],
                            list(inst.fn_attrs), tuple(inst.suffix)]
                out.append(row)
    for g in module.globals.values():
        out.append(("uses", g.name, [(u[1], names.get(id(u[0]))) for u in g.uses]))
    return out


def _grammar_only(monkeypatch) -> None:
    monkeypatch.setattr(Reader, "read_define_fast", lambda self, chunk: False)


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_fast_instruction_reader_matches_the_grammar(path, monkeypatch):
    src = read(path)
    fast = irpass.parse(src, str(path))
    with monkeypatch.context() as m:
        _grammar_only(m)
        slow = irpass.parse(src, str(path))
    assert irpass.print_module(fast) == irpass.print_module(slow)
    assert _model(fast) == _model(slow)


def test_fast_instruction_reader_is_the_common_path():
    from irpass.parser.fastinst import read_inst

    src = read(CORPUS / "classes.clang22.O0.g.ll")
    lines = [ln for ln in src.splitlines() if ln.startswith("  ") and not ln.strip()
             .startswith(("i", "]", "to ", "cleanup", "catch", "filter")) and ";" not in ln]
    read_ok = sum(read_inst(ln, {}, lambda t: t) is not None for ln in lines)
    assert read_ok > 0.9 * len(lines)


@pytest.mark.parametrize("text", [
    "  %3 = load i32, ptr %2, align 4 ; comment",
    "  %3 = add i32 %1, getelementptr (i8, ptr @g, i64 1)",
    '  call void @f(ptr "x")',
    "  %3 = load atomic i32, ptr %2 seq_cst, align 4",
    "  %3 = getelementptr i8, <2 x ptr> %p, <2 x i64> %i",
    "  call void @f() [ \"deopt\"(i32 1) ]",
    "  %3 = call i32 asm \"nop\", \"=r\"()",
])
def test_unusual_instructions_go_to_the_grammar(text):
    from irpass.parser.fastinst import read_inst

    assert read_inst(text, {}, lambda t: t) is None


@pytest.mark.parametrize("text, message", [
    ("define void @f() {\n  %0 = add i32 0, 1\n  %0 = add i32 0, 1\n  ret void\n}\n",
     "expected to be numbered"),
    ("define void @f() {\n  %x = add i32 0, 1\n  %x = add i32 0, 1\n  ret void\n}\n",
     "multiple definition"),
    ("define void @f() {\n  %x = add i32 %y, 1\n  ret void\n}\n", "undefined value '%y'"),
    ("define void @f() {\n  %x = add i32 0, 1\nb:\n  ret void\n}\n", "no terminator"),
    ("define void @f() {\n  br label %b\nb:\n  %x = add i32 0, 1\n}\n", "no terminator"),
    ("define void @f() {\n  call void @nope()\n  ret void\n}\n", "undefined value '@nope'"),
])
def test_fast_path_errors_match_the_grammar(text, message, monkeypatch):
    with pytest.raises(irpass.IRError, match=message) as fast:
        irpass.parse(text)
    _grammar_only(monkeypatch)
    with pytest.raises(irpass.IRError) as slow:
        irpass.parse(text)
    assert str(fast.value) == str(slow.value)


@pytest.mark.parametrize("path", corpus_files()[::4], ids=lambda p: p.name)
def test_lazy_bodies_read_by_the_fast_path_match_the_grammar(path, monkeypatch):
    src = read(path)
    lazy = irpass.parse(src, str(path), lazy=True)
    lazy.materialize_all()
    _grammar_only(monkeypatch)
    eager = irpass.parse(src, str(path))
    assert irpass.print_module(lazy) == irpass.print_module(eager)
    assert _model(lazy) == _model(eager)


_EDGE_MODULE = """\
declare void @g(ptr)
define i32 @"f x"(i32 %"a b", ptr %p) {
"entry x":
  %"r 1" = add nsw i32 %"a b", 1
  br label %"L 2"
"L 2":                                  ; preds = %"entry x"
  %v = phi i32 [ %"r 1", %"entry x" ]
  %w = add i32 %v, -7
  %c = icmp samesign ult i32 %w, 100
  %s = select i1 %c, double 0x7FF8000000000000, double -0.000000e+00
  %t = fptosi double %s to i32
  %q = load volatile i32, ptr %p, align 4, !tbaa !1, !range !2
  %5 = call i32 (ptr, ...) @h(ptr %p, i32 3)
  store i32 %t, ptr %p
  %x = getelementptr inbounds nuw [4 x { i32, [2 x float] }], ptr %p, i64 0, i64 1, i32 1
  %e = extractvalue { i32, [2 x float] } zeroinitializer, 1, 0
  %z = insertvalue { i32, i1 } undef, i1 true, 1
  %al = alloca i32, i32 4, align 16
  %f = freeze i32 %w
  %n = fneg fast float %e
  call void @g(ptr nonnull align 4 dereferenceable(8) %p) #0
  ret i32 %w
}
define void @sw(i32 %w) {
  switch i32 %w, label %d [
    i32 0, label %d
    i32 1, label %e
  ]
d:
  ret void
e:
  unreachable
}
declare i32 @h(ptr, ...)
attributes #0 = { nounwind }
!1 = !{}
!2 = !{i32 0, i32 5}
"""


@pytest.mark.parametrize("text", [
    _EDGE_MODULE,
    _EDGE_MODULE.replace("\n", "\r\n"),
    read(CORPUS / "classes.clang22.O0.g.ll").replace("\n", "\r\n"),
], ids=["edge", "edge-crlf", "corpus-crlf"])
def test_fast_path_on_unusual_spellings(text, monkeypatch):
    """Quoted names, forward references, hex floats, varargs calls, nested types, flags,
    several attachments, a multi-line switch (grammar) and CRLF line ends."""
    from irpass.parser.fastinst import read_inst

    assert read_inst('  %5 = call i32 (ptr, ...) @h(ptr %p, i32 3)', {}, lambda t: t)
    fast = irpass.parse(text)
    _grammar_only(monkeypatch)
    slow = irpass.parse(text)
    assert irpass.print_module(fast) == irpass.print_module(slow)
    assert _model(fast) == _model(slow)


# ---- the header fast path (irpass/parser/fasthead.py) -----------------------------------------
def _headers(module) -> list:
    """What the reader builds for each function's header, as plain comparable data."""
    names: dict[int, int] = {}
    return [(fn.name, fn.ftype, fn.type, fn.ret_type_text, list(fn.pre_attrs),
             list(fn.ret_attrs), [(a.type, list(a.attrs), a.name) for a in fn.args],
             fn.varargs, list(fn.fn_attrs), tuple(fn.tail.template),
             tuple(_value_key(o, names) for o in fn.tail.operands), list(fn.metadata),
             fn.is_declaration, fn.is_materialized)
            for fn in module.functions]


def _grammar_headers(monkeypatch) -> None:
    monkeypatch.setattr(fastpath, "read_header", lambda text, types: None)


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_fast_header_reader_matches_the_grammar(path, monkeypatch):
    src = read(path)
    for lazy in (False, True):
        fast = irpass.parse(src, str(path), lazy=lazy)
        with monkeypatch.context() as m:
            _grammar_headers(m)
            slow = irpass.parse(src, str(path), lazy=lazy)
        assert irpass.print_module(fast) == irpass.print_module(slow)
        assert _headers(fast) == _headers(slow)
        if not lazy:
            assert _model(fast) == _model(slow)


def test_fast_header_reader_is_the_common_path():
    from irpass.parser.fasthead import read_header

    src = read(CORPUS / "classes.clang22.O0.g.ll")
    heads = [ln[:-1] for ln in src.splitlines() if ln.startswith("define") and ln.endswith("{")]
    heads += [ln for ln in src.splitlines() if ln.startswith("declare")]
    read_ok = sum(read_header(h, {}) is not None for h in heads)
    assert read_ok > 0.9 * len(heads)


@pytest.mark.parametrize("text", [
    "define void @f() section \".text\"",
    "define void @f() comdat($c)",
    "define void @f() prefix i32 1",
    "define void @f() addrspace(1)",
    "define void @f(i32 %x) ; comment",
    "define void @f(<{ i32 }> %x)",
    "define void @f(i32* %x)",
    "define void @f(i32 %x) #0 declare void @g()",
    "declare void @f(i32 align)",
    "declare void @f(i32 align(x))",
    "declare void @f(ptr byval(@g))",
    "declare void @f(i32,)",
    "declare void @f() !dbg !1",
    "define void @f() !dbg !{}",
    "declare void @f(void)",
])
def test_unusual_headers_go_to_the_grammar(text):
    from irpass.parser.fasthead import read_header

    assert read_header(text, {}) is None


@pytest.mark.parametrize("text, message", [
    ("declare void @f()\ndeclare void @f()\n", "redefinition of global '@f'"),
    ("define void @f(i32 %x, i32 %x) {\n  ret void\n}\n", "multiple definition"),
    ("define void @f(i32 %1, i32 %0) {\n  ret void\n}\n", "expected to be numbered"),
    ("declare void @1()\ndeclare void @0()\n", "expected to be numbered"),
    ("define void @f() personality ptr @nope {\n  ret void\n}\n", "undefined value '@nope'"),
])
def test_fast_header_errors_match_the_grammar(text, message, monkeypatch):
    with pytest.raises(irpass.IRError, match=message) as fast:
        irpass.parse(text)
    _grammar_headers(monkeypatch)
    with pytest.raises(irpass.IRError) as slow:
        irpass.parse(text)
    assert str(fast.value) == str(slow.value)


# ---- the entity fast path (irpass/parser/fastentity.py) ---------------------------------------
def _entities(module) -> list:
    """The module's entities as plain comparable data (globals with their initializers)."""
    from irpass.ir.metadata import MetadataRun, NamedMetadata
    from irpass.ir.module import AttributeGroup, GlobalVariable, TextEntity, TypeDef

    names: dict[int, int] = {}
    out: list = []
    for e in module.entities:
        if isinstance(e, GlobalVariable):
            out.append(("global", e.name, e.type, list(e.pre_attrs), e.kind, e.value_type,
                        e.value_type_text, tuple(_value_key(o, names) for o in e.init.operands),
                        e.tail, list(e.metadata)))
        elif isinstance(e, TypeDef):
            out.append(("type", e.name, e.body, e.text))
        elif isinstance(e, AttributeGroup):
            out.append(("attributes", e.id, list(e.attrs)))
        elif isinstance(e, NamedMetadata):
            out.append(("named", e.name, list(e.operands)))
        elif isinstance(e, TextEntity):
            out.append(("text", e.kind, tuple(e.template)))
        elif isinstance(e, MetadataRun):
            out.append(("run", e.start, e.end))
        else:
            out.append((type(e).__name__, getattr(e, "name", None)))
    return out


def _grammar_entities(monkeypatch) -> None:
    monkeypatch.setattr(Reader, "read_entity_fast", lambda self, chunk: False)


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_fast_entity_reader_matches_the_grammar(path, monkeypatch):
    src = read(path)
    fast = irpass.parse(src, str(path))
    with monkeypatch.context() as m:
        _grammar_entities(m)
        slow = irpass.parse(src, str(path))
    assert irpass.print_module(fast) == irpass.print_module(slow)
    assert _entities(fast) == _entities(slow)
    assert _model(fast) == _model(slow)


def test_small_clang_module_never_loads_the_grammar(monkeypatch):
    """A clang -O0 -g module of globals, strings, types and attribute groups is read without
    the LALR parser."""
    src = clang("#include <string.h>\nstruct S { int n; double x[3]; };\n"
                "static const char *name = \"s\";\nint counter = 3;\n"
                "double f(struct S *s) { counter++; return s->x[s->n] + strlen(name); }\n",
                "-O0", "-g")
    monkeypatch.setattr(treepath, "parser", lambda: pytest.fail("the grammar was used"))
    m = irpass.parse(src)
    assert [g.name for g in m.global_variables][:2] == ["counter", "name"]


@pytest.mark.parametrize("text", [
    '@g = global i32 0, align 4 ; comment',
    '@g = global <{ i32 }> <{ i32 1 }>',
    '@g = global ptr getelementptr (i8, ptr @h, i64 1)',
    '@g = addrspace(1) global i32 0',
    '@g = global i32 0, !dbg !1, align 4',
    '@g = global i32 0, partition "p"',
    '@g = global i32 0, comdat($c)',
    '@g = global i32 0 @h = global i32 1',
    '@g = global i32 u0x10',
])
def test_unusual_globals_go_to_the_grammar(text):
    from irpass.parser.fastentity import global_def

    assert global_def(text, {}) is None


@pytest.mark.parametrize("text, message", [
    ("@g = global i32 0\n@g = global i32 1\n", "redefinition of global '@g'"),
    ("%T = type { i32 }\n%T = type { i64 }\n", "redefinition of type"),
    ("@g = global ptr @nope\n", "undefined value '@nope'"),
    ("attributes #0 = { bogus }\n", "unknown attribute"),
])
def test_fast_entity_errors_match_the_grammar(text, message, monkeypatch):
    with pytest.raises(irpass.IRError, match=message) as fast:
        irpass.parse(text)
    _grammar_entities(monkeypatch)
    with pytest.raises(irpass.IRError) as slow:
        irpass.parse(text)
    assert str(fast.value) == str(slow.value)
