"""Lazy bodies: parsed on first use, printed as they came in until then."""

from __future__ import annotations

import pytest
from conftest import CORPUS, corpus_files, read

import irpass
from irpass.enzyme.sites.sites import enzyme_roots, reachable_from_sites
from irpass.ir.function import Function
from irpass.llvm.llvmlite_check import parse_and_print
from irpass.passes.manager import PassManager
from irpass.text.diagnostics import IRError

FILES = corpus_files()


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(CORPUS)) for p in FILES])
def test_round_trip_lazy(path):
    """Read lazily and printed without touching a body: LLVM reads the same module, and each
    body is the original text."""
    src = read(path)
    m = irpass.parse(src, str(path), lazy=True)
    out = irpass.print_module(m)
    assert parse_and_print(out) == parse_and_print(src)
    for fn in m.functions:
        if not fn.is_declaration:
            assert fn.lazy_body is not None
            assert fn.lazy_body.text() in out


def test_materialized_equals_eager():
    path = CORPUS / "enzyme_cpp.clang22.O2.g.ll"
    src = read(path)
    lazy = irpass.parse(src, lazy=True)
    lazy.materialize_all()
    assert all(f.lazy_body is None for f in lazy.functions)
    assert irpass.print_module(lazy) == irpass.print_module(irpass.parse(src))


SMALL = """\
@0 = private constant [3 x i8] c"@1\\00"
@1 = global i32 7
@g = global i32 5

define i32 @f(i32 %0) { ; a { in a comment
entry:
  %a = load i32, ptr @1
  %b = load i32, ptr @g
  %c = add i32 %a, %b
  %d = add i32 %c, %0
  ret i32 %d
}

define { i32, i32 } @pair() {
  ret { i32, i32 } { i32 1, i32 2 }
}
"""


def test_body_parsed_on_first_use():
    m = irpass.parse(SMALL, lazy=True)
    f = m.get_function("f")
    assert isinstance(f, Function) and not f.is_materialized and not f.is_declaration
    assert m.get_global("g").users == []  # uses in text bodies are not known yet
    assert [i.opcode for i in f.instructions()] == ["load", "load", "add", "add", "ret"]
    assert f.is_materialized
    assert len(m.get_global("g").users) == 1
    pair = m.get_function("pair")
    assert str(pair.ftype.ret) == "{ i32, i32 }" and not pair.is_materialized


def test_renamed_and_renumbered_globals_are_rewritten_in_text_bodies():
    m = irpass.parse(SMALL, lazy=True)
    m.get_global("g").name = "renamed"
    first = m.entities[0]
    m.remove(first)  # @1 becomes @0 (nothing mentions @0: the string c"@1" is no reference)
    assert not m.get_function("f").is_materialized
    out = irpass.print_module(m)
    assert "ptr @renamed" in out and "load i32, ptr @0" in out and 'c"@1\\00"' not in out
    assert parse_and_print(out)
    # The same edits on an eager module print the same.
    e = irpass.parse(SMALL)
    e.get_global("g").name = "renamed"
    e.remove(e.entities[0])
    assert parse_and_print(irpass.print_module(e)) == parse_and_print(out)


def test_remove_parses_the_bodies_that_use_it():
    m = irpass.parse(SMALL, lazy=True)
    with pytest.raises(ValueError, match="still has users"):
        m.remove(m.get_global("g"))
    assert m.get_function("f").is_materialized and not m.get_function("pair").is_materialized


DEBUG_USE = """@g = external global i32

define void @f() !dbg !5 {
    #dbg_value(ptr @g, !8, !DIExpression(), !9)
  ret void, !dbg !9
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, emissionKind: FullDebug)
!1 = !DIFile(filename: "a.c", directory: "/")
!3 = !{i32 2, !"Debug Info Version", i32 3}
!5 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 1, type: !6, unit: !0, spFlags: DISPFlagDefinition)
!6 = !DISubroutineType(types: !7)
!7 = !{null}
!8 = !DILocalVariable(name: "m", scope: !5, file: !1, line: 1, type: !10)
!9 = !DILocation(line: 1, scope: !5)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
"""


@pytest.mark.parametrize("lazy", [True, False])
def test_removing_a_global_leaves_its_debug_uses_poison(lazy):
    """A global only a debug record refers to can be removed; the record then describes
    ``poison``, as LLVM's own deletion leaves it, and LLVM reads the result."""
    m = irpass.parse(DEBUG_USE, lazy=lazy)
    m.remove(m.get_global("g"))
    out = irpass.print_module(m)
    assert "#dbg_value(ptr poison, !8, !DIExpression(), !9)" in out and "@g" not in out
    assert parse_and_print(out)


def test_renamed_argument_forces_a_parse():
    m = irpass.parse(SMALL, lazy=True)
    f = m.get_function("f")
    f.args[0].name = "n"
    out = irpass.print_module(m)
    assert f.is_materialized and "add i32 %c, %n" in out


def test_syntax_error_in_a_body_is_reported_when_it_is_parsed():
    text = "define i32 @f() {\n  %y = add i32 1,\n  ret i32 %y\n}\n"
    m = irpass.parse(text, "bad.ll", lazy=True)  # the header is fine
    with pytest.raises(IRError) as e:
        _ = m.get_function("f").blocks
    assert e.value.first.line == 3 and e.value.first.file == "bad.ll"
    assert not m.get_function("f").is_materialized
    with pytest.raises(IRError):
        irpass.parse(text, "bad.ll")
    undefined = irpass.parse("define void @f() {\n  call void @nope()\n  ret void\n}\n",
                             lazy=True)
    with pytest.raises(IRError, match="use of undefined value '@nope'"):
        undefined.materialize_all()


def test_enzyme_reachable_parses_only_what_enzyme_reaches():
    src = read(CORPUS / "enzyme_c.clang22.O0.g.ll")
    m = irpass.parse(src, lazy=True)
    roots = enzyme_roots(m)
    assert roots and all("__enzyme_" in r.lazy_body.text() for r in roots)
    reachable_from_sites(m)
    done = [f for f in m.functions if not f.is_declaration and f.is_materialized]
    assert set(map(id, roots)) <= set(map(id, done))
    # The differentiated functions (passed as pointers to __enzyme_*) are parsed too.
    for root in roots:
        for inst in root.instructions():
            callee = getattr(inst, "called_function", None)
            if callee is not None and callee.name.startswith("__enzyme_"):
                fn_arg = inst.arg_values[0]
                if isinstance(fn_arg, Function) and not fn_arg.is_declaration:
                    assert fn_arg.is_materialized
    out = irpass.print_module(m)
    assert parse_and_print(out) == parse_and_print(src)


def test_pass_manager_parses_what_passes_need():
    src = read(CORPUS / "structs.clang22.O2.g.ll")
    m = irpass.parse(src, lazy=True)
    PassManager.from_pipeline("function(dce)").run(m)  # needs "all"
    assert all(f.is_materialized for f in m.functions)
    assert parse_and_print(irpass.print_module(m)) == parse_and_print(src)


# ---- metadata kept as text ------------------------------------------------------------------
MD = """\
!llvm.module.flags = !{!0}

!0 = !{i32 7, !"Dwarf Version", i32 5}
!1 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!2 = !{!1, null}
; a comment ends a run: !3 goes through the grammar
!3 = !DILocation(line: 1.5e0, scope: !1) ; LLVM rejects this, but only on use
!4 = !{!2,
       !1}
!5 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
"""


def test_metadata_nodes_are_read_on_lookup():
    text = MD.replace("line: 1.5e0", "line: 1")
    m = irpass.parse(text, lazy=True)
    eager = irpass.parse(text)
    table = m.metadata
    assert not table.has_read(1) and table.has_read(3) and table.has_read(4)
    assert list(table) == list(eager.metadata) == [0, 1, 2, 3, 4, 5]
    assert 5 in table and 6 not in table and len(table) == 6 and not table.has_read(5)
    assert irpass.print_module(m) == irpass.print_module(eager)
    assert table[1].get("name") == "int" and table.get(2).elements[1] is None
    assert table.get(9) is None and table.has_read(1) and not table.has_read(5)
    node = table[1]
    node.fields["name"] = "i32"
    node.touch()
    m.remove(table[2])
    added = m.add_metadata(type(node)("tuple", elements=[]))
    for mod in (eager,):
        mod.metadata[1].fields["name"] = "i32"
        mod.metadata[1].touch()
        mod.remove(mod.metadata[2])
        assert mod.add_metadata(type(node)("tuple", elements=[])).id == added.id == 6
    out = irpass.print_module(m)
    assert out == irpass.print_module(eager)
    assert '!1 = !DIBasicType(name: "i32"' in out and "!2 =" not in out and "!6 = !{}" in out
    assert [n.id for n in table.values()] == [0, 1, 3, 4, 5, 6]


def test_metadata_errors_are_reported_on_lookup():
    m = irpass.parse(MD.replace("!3 = !DILocation(line: 1.5e0, scope: !1) ; LLVM rejects",
                                "!3 = !{} ;"), "md.ll", lazy=True)
    assert m.metadata[0].elements[1].value == "Dwarf Version"
    with pytest.raises(IRError):
        irpass.parse(MD.replace("scope: !1)", "scope: !1"), lazy=True)  # grammar lines: now
    bad = irpass.parse(MD.replace("size: 64,", "size: 64"), "md.ll", lazy=True)
    with pytest.raises(IRError) as e:
        _ = bad.metadata[5]
    assert e.value.first.line == 10 and e.value.first.file == "md.ll"
    reused = irpass.parse(MD + "!1 = !{}\n", "md.ll", lazy=True)
    with pytest.raises(IRError, match="Metadata id is already used"):
        _ = reused.metadata.get(0)


@pytest.mark.parametrize("path", FILES[::3], ids=[str(p.relative_to(CORPUS)) for p in FILES[::3]])
def test_lazy_metadata_reads_what_the_eager_reader_reads(path):
    from test_speed_equivalence import same

    src = read(path)
    lazy = irpass.parse(src, lazy=True)
    eager = irpass.parse(src)
    assert list(lazy.metadata) == list(eager.metadata)
    assert all(same(a, b) for a, b in zip(lazy.metadata.values(), eager.metadata.values()))
    lazy.materialize_all()
    assert irpass.print_module(lazy) == irpass.print_module(eager)
