"""TypeTree: Enzyme's type-tree syntax, printing order, building and combining."""

from __future__ import annotations

import subprocess

import pytest
from conftest import needs_tool

from irpass.enzyme.types.typetree import MAX_DEPTH, TypeTree

# Printed by Enzyme (opt-19 -passes=print-type-analysis) for `struct Mixed *` (see
# tests/test_ditypes.py): the order of entries is std::map's order on the offset vectors.
ENZYME_MIXED = ("{[-1]:Pointer, [-1,0]:Integer, [-1,1]:Integer, [-1,2]:Integer, [-1,3]:Integer, "
                "[-1,4]:Integer, [-1,5]:Integer, [-1,6]:Integer, [-1,7]:Integer, "
                "[-1,8]:Float@double, [-1,16]:Float@float, [-1,20]:Integer, [-1,21]:Integer, "
                "[-1,22]:Integer, [-1,23]:Integer}")


def test_parse_print_roundtrip_matches_enzyme_text() -> None:
    assert str(TypeTree.parse(ENZYME_MIXED)) == ENZYME_MIXED


def test_print_order_is_lexicographic_on_paths() -> None:
    t = TypeTree.parse("{[16]:Float@double, [0,8]:Integer, [0]:Pointer, [0,0]:Pointer,"
                       " [0,0,-1]:Float@float, [8]:Integer}")
    assert str(t) == ("{[0]:Pointer, [0,0]:Pointer, [0,0,-1]:Float@float, [0,8]:Integer, "
                      "[8]:Integer, [16]:Float@double}")


def test_parse_accepts_enzyme_spacing_and_all_types() -> None:
    t = TypeTree.parse("{ [ -1 , 0 ] : Float@fp80 ,[-1]:Pointer,[-1,16]:Anything, [-1,32]:Unknown}")
    assert str(t) == "{[-1]:Pointer, [-1,0]:Float@fp80, [-1,16]:Anything}"
    for kind in ("half", "float", "double", "fp80", "bf16", "fp128", "ppc128"):
        assert str(TypeTree.parse(f"{{[-1]:Float@{kind}}}")) == f"{{[-1]:Float@{kind}}}"
    assert str(TypeTree.parse("{}")) == "{}"
    assert not TypeTree.parse("{}")


@pytest.mark.parametrize("text, message", [
    ("[-1]:Integer}", "expected '{'"),
    ("{[-1]:Pointer", "expected ',' or '}'"),
    ("{[-1]:Integer [0]:Integer}", "expected ',' or '}'"),
    ("{[-1]:Float}", "needs a kind"),
    ("{[-1]:Float@quad}", "unknown type"),
    ("{[-1]:integer}", "unknown type"),
    ("{[-2]:Integer}", "offsets are -1 or >= 0"),
    ("{[x]:Integer}", "expected an offset"),
    ("{[-1]:}", "expected a type"),
    ("{[-1]:Integer} tail", "text after"),
    ("{[0]:Integer, [0]:Pointer}", "given twice"),
    ("{[-1]:Integer, [0]:Float@double}", "conflicting types"),
    ("{[0]:Integer, [0,1]:Integer}", "not a Pointer"),
])
def test_parse_errors(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        TypeTree.parse(text)


def test_builders_and_canonical() -> None:
    assert str(TypeTree.integer(4)) == "{[0]:Integer, [1]:Integer, [2]:Integer, [3]:Integer}"
    assert str(TypeTree.integer(8).canonical(8)) == "{[-1]:Integer}"
    assert str(TypeTree.integer()) == "{[-1]:Integer}"
    assert str(TypeTree.float("double").canonical(8)) == "{[-1]:Float@double}"
    # a float at offset 0 of a 16-byte value covers only half of it: not folded
    assert str(TypeTree.float("double").canonical(16)) == "{[0]:Float@double}"
    with pytest.raises(ValueError):
        TypeTree.float("long double")
    # struct Mixed { long n; double x; float y; int tag; }
    mixed = (TypeTree.integer(8) | TypeTree.float("double").shift(8)
             | TypeTree.float("float").shift(16) | TypeTree.integer(4).shift(20))
    assert str(TypeTree.pointer_to(mixed).canonical(8)) == ENZYME_MIXED
    # two doubles: folded to every offset, as Enzyme's CanonicalizeInPlace does
    pair = TypeTree.float("double") | TypeTree.float("double").shift(8)
    assert str(pair.canonical(16)) == "{[-1]:Float@double}"
    assert str(TypeTree.pointer_to(TypeTree()).canonical(8)) == "{[-1]:Pointer}"


def test_shift_expand_only_at() -> None:
    p = TypeTree.parse("{[-1]:Pointer, [-1,0]:Float@double}")
    assert str(p.shift(16, 8)) == "{[16]:Pointer, [16,0]:Float@double}"
    with pytest.raises(ValueError, match="size"):
        p.shift(16)
    assert str(TypeTree.parse("{[-1]:Float@float}").expand(12)) == (
        "{[0]:Float@float, [4]:Float@float, [8]:Float@float}")
    assert str(TypeTree.parse("{[-1]:Integer}").expand(2)) == "{[0]:Integer, [1]:Integer}"
    assert str(p.at(-1)) == "{[]:Pointer, [0]:Float@double}"
    assert str(p.at(0)) == "{[]:Pointer, [0]:Float@double}"
    assert str(TypeTree.parse("{[8]:Pointer, [8,0]:Integer}").at(0)) == "{}"
    assert str(p.only(-1)) == "{[-1,-1]:Pointer, [-1,-1,0]:Float@double}"
    deep = TypeTree({tuple([-1] * MAX_DEPTH): "Integer"})
    assert str(deep.only(0)) == "{}"  # would exceed Enzyme's depth limit


def test_merge_intersect_lookup() -> None:
    a = TypeTree.parse("{[0]:Integer, [8]:Float@double}")
    b = TypeTree.parse("{[8]:Float@double, [16]:Pointer}")
    assert str(a | b) == "{[0]:Integer, [8]:Float@double, [16]:Pointer}"
    assert str(a & b) == "{[8]:Float@double}"
    with pytest.raises(ValueError, match="conflicting"):
        a.merge(TypeTree.parse("{[0]:Float@float}"))
    assert str(a | TypeTree.parse("{[0]:Anything}")) == "{[0]:Anything, [8]:Float@double}"
    g = TypeTree.parse("{[-1]:Float@double}")
    assert str(g | TypeTree.parse("{[8]:Float@double}")) == "{[-1]:Float@double}"
    assert str(g & TypeTree.parse("{[8]:Float@double, [0]:Integer}")) == "{[8]:Float@double}"
    assert g.lookup((24,)) == "Float@double"
    assert a.lookup((4,)) == "Unknown"
    assert TypeTree.parse("{[-1]:Pointer, [-1,8]:Integer}").lookup((16, 8)) == "Integer"
    assert a.fits(16) and not a.fits(8)
    assert hash(a) == hash(TypeTree.parse(str(a))) and a == TypeTree.parse(str(a))


def test_metadata_roundtrip_and_format() -> None:
    t = TypeTree.parse("{[-1]:Pointer, [-1,0]:Float@double, [-1,8]:Integer}")
    md = t.to_metadata()
    # TypeTree::toMD: the type at [] first ("Unknown" if none), then offset/subtree pairs
    assert md == ('!{!"Unknown", i32 -1, !{!"Pointer", i32 0, !{!"Float@double"}, '
                  'i32 8, !{!"Integer"}}}')
    assert TypeTree.from_metadata(md) == t
    assert TypeTree.from_metadata('!{!"Unknown"}') == TypeTree()
    with pytest.raises(ValueError):
        TypeTree.from_metadata('!{!"Unknown", i32 0}')
    assert t.to_attribute() == '"enzyme_type"="' + str(t) + '"'


def test_llvm_accepts_metadata_and_attribute() -> None:
    tool = needs_tool("llvm-as", 19)
    t = TypeTree.parse("{[-1]:Pointer, [-1,0]:Float@double}")
    ir = (f"define double @f(ptr {t.to_attribute()} %p) {{\n"
          f"  %x = load double, ptr %p, !enzyme_type {TypeTree.float('double').canonical(8).to_metadata()}\n"
          f"  ret double %x\n}}\n")
    subprocess.run([tool, "-", "-o", "/dev/null"], input=ir.encode(), check=True,
                   capture_output=True, timeout=60)
