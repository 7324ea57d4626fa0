"""The fast paths give the model the grammar gives: the regex metadata reader, lark-cython."""

from __future__ import annotations

import lark
import pytest
from conftest import CORPUS, corpus_files, read

import irpass
from irpass.ir.metadata import MDNode
from irpass.parser import grammar, reader
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
    monkeypatch.setattr(reader, "parser", lambda: plain)
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
