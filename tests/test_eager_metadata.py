"""An eager read keeps LLVM-layout metadata lines as text but checks them as it reads."""

import pytest

import irpass
from irpass.ir.metadata import MDNode, MetadataRun

HEAD = "define void @f() {\n  ret void\n}\n"
MD = ('!0 = !{}\n'
      '!1 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)\n'
      '!2 = !{!1, !0}\n')


def test_runs_are_kept_as_text_and_read_on_lookup():
    text = HEAD + MD
    m = irpass.parse(text, "md.ll")
    runs = [e for e in m.entities if isinstance(e, MetadataRun)]
    assert len(runs) == 1 and not any(isinstance(e, MDNode) for e in m.entities)
    assert len(runs[0].loader.text) < len(text)  # a copy of the lines, not the source
    assert m.metadata[1].get("name") == "int" and m.metadata[2].kind == "tuple"
    assert irpass.print_module(m) == irpass.print_module(irpass.parse(text, lazy=True))


@pytest.mark.parametrize("extra, line", [
    ("!1 = !{}\n", 7),  # a run line reusing a run line's id
    ("; a comment\n!2 = !{} ; read by the grammar\n", 8),  # a grammar line reusing one
    ("!7 = !{}\n!3 = !{}\n!7 = !{}\n", 9),  # ids out of order
])
def test_reused_ids_are_reported_while_reading(extra, line):
    with pytest.raises(irpass.IRError, match="Metadata id is already used") as e:
        irpass.parse(HEAD + MD + extra + "define void @g( {\n", "md.ll")
    assert e.value.first.line == line


def test_syntax_errors_in_run_lines_are_reported_while_reading():
    bad = MD.replace('"int", size', '"int" size')
    with pytest.raises(irpass.IRError) as e:
        irpass.parse(HEAD + bad + "define void @g( {\n", "md.ll")
    assert e.value.first.line == 5 and e.value.first.file == "md.ll"


def test_a_line_fastmd_cannot_read_splits_the_run():
    text = HEAD + MD + "!3 = !{!4} !4 = !{}\n!5 = !{!3}\n"
    m = irpass.parse(text, "md.ll")
    assert [type(e).__name__ for e in m.entities[1:]] == \
        ["MetadataRun", "MDNode", "MDNode", "MetadataRun"]
    assert m.metadata[5].refs() == [3] and not m.metadata[4].elements
    assert irpass.print_module(m).endswith("!3 = !{!4}\n!4 = !{}\n!5 = !{!3}\n")
