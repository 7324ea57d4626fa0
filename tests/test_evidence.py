"""What the IR proves (irpass.enzyme.types.evidence), and typeinfo keeping only the parts of a
debug-info tree the IR does not contradict: type puns, a struct's address used as its first
member's, byval copies of a first member. No Enzyme needed: the trees are checked as text."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT, clang

import irpass
from irpass.enzyme.types.evidence import Evidence
from irpass.enzyme.types.typetree import TypeTree
from irpass.ir.layout import module_layout
from irpass.passes.manager import PassManager

E2E = ROOT / "tests" / "e2e"


def evidence(text: str) -> tuple[Evidence, irpass.Module]:
    m = irpass.parse(text)
    return Evidence(m.functions, module_layout(m)), m


def tree(**entries: str) -> TypeTree:
    """tree(_1="Pointer", _1_8="Float@double") -> {[-1]:Pointer, [-1,8]:Float@double}."""
    return TypeTree({tuple(int(i.replace("m", "-")) for i in k[1:].split("_")): v
                     for k, v in entries.items()})


STRUCT = """
define double @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 8
  %x = load double, ptr %q
  %n = load i64, ptr %p
  %r = getelementptr inbounds double, ptr %q, i64 %n
  %y = load double, ptr %r
  %s = fadd double %x, %y
  ret double %s
}
"""


def test_loads_prove_what_is_at_each_offset() -> None:
    ev, m = evidence(STRUCT)
    p = m.get_function("f").args[0]
    right = TypeTree({(-1,): "Pointer", **{(-1, i): "Integer" for i in range(8)},
                      (-1, 8): "Float@double"})
    assert ev.check(p, right) == right
    # "an array of integers": the double at offset 8 contradicts it
    assert ev.check(p, tree(_m1="Pointer", _m1_m1="Integer")) == tree(_m1="Pointer")
    # Integer bytes inside the double are dropped, the rest kept
    mixed = TypeTree({(-1,): "Pointer", (-1, 0): "Integer", (-1, 12): "Integer"})
    assert ev.check(p, mixed) == TypeTree({(-1,): "Pointer", (-1, 0): "Integer"})


def test_gep_index_is_integer_and_views_reach_forward() -> None:
    ev, m = evidence(STRUCT)
    fn = m.get_function("f")
    n = next(i for i in fn.instructions() if i.name == "n")
    assert ev.proof(n) == "Integer"  # the index of an inbounds GEP
    p = fn.args[0]
    # doubles from offset 8 on (the view starts there): bytes before it are not in question
    assert ev.check(p, tree(_m1="Pointer", _m1_0="Integer")) == tree(_m1="Pointer",
                                                                     _m1_0="Integer")
    assert ev.check(p, tree(_m1="Pointer", _m1_24="Integer")) == tree(_m1="Pointer")


def test_bits_through_bitcast_call_and_memory() -> None:
    """A double's bits passed as an i64 to a function that stores them where the caller
    loads a double: the parameter is not an integer, the stored-to memory not integers."""
    ev, m = evidence("""
define ptr @pack(i64 %w, i64 %t) {
  %c = call ptr @malloc(i64 16)
  store i64 %w, ptr %c
  %d = getelementptr i8, ptr %c, i64 8
  store i64 %t, ptr %d
  ret ptr %c
}
define double @f(double %x) {
  %b = bitcast double %x to i64
  %c = call ptr @pack(i64 %b, i64 3)
  %y = load double, ptr %c
  ret double %y
}
declare ptr @malloc(i64)
""")
    pack = m.get_function("pack")
    integer = tree(_m1="Integer")
    assert ev.check(pack.args[0], integer) == TypeTree()
    assert ev.check(pack.args[1], integer) == integer
    assert ev.check_return(pack, tree(_m1="Pointer", _m1_m1="Integer")) == tree(_m1="Pointer")
    assert ev.check_return(pack, tree(_m1="Pointer", _m1_8="Integer")) == \
        tree(_m1="Pointer", _m1_8="Integer")


def test_memcpy_joins_both_sides() -> None:
    ev, m = evidence("""
define i64 @f(double %x) {
  %a = alloca double
  %w = alloca i64
  store double %x, ptr %a
  call void @llvm.memcpy.p0.p0.i64(ptr %w, ptr %a, i64 8, i1 false)
  %r = load i64, ptr %w
  ret i64 %r
}
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
""")
    w = next(i for i in m.get_function("f").instructions() if i.name == "w")
    ints = TypeTree({(-1,): "Pointer", **{(-1, i): "Integer" for i in range(8)}})
    assert ev.check(w, ints) == tree(_m1="Pointer")


def test_a_punned_class_proves_nothing() -> None:
    """A union read both ways: the IR itself says two things, so it contradicts no tree."""
    ev, m = evidence("""
define i64 @f(ptr %u, double %x) {
  store double %x, ptr %u
  %i = load i64, ptr %u
  %j = sext i64 %i to i128
  %k = trunc i128 %j to i64
  ret i64 %k
}
""")
    u = m.get_function("f").args[0]
    ints = TypeTree({(-1,): "Pointer", **{(-1, i): "Integer" for i in range(8)}})
    assert ev.check(u, ints) == ints


# ---- typeinfo on programs -----------------------------------------------------------------
def typed(source: str, level: str, version: int = 19, check: bool = True) -> str:
    text = clang((E2E / source).read_text(), f"-O{level}", "-g", version=version)
    m = irpass.parse(text, source)
    PassManager.from_pipeline(f"typeinfo(check={str(check).lower()})").run(m)
    return irpass.print_module(m)


def trees_in(line: str) -> list[TypeTree]:
    return [TypeTree.parse(t) for t in re.findall(r'"enzyme_type"="([^"]*)"', line)]


def header(text: str, name: str) -> str:
    return next(ln for ln in text.splitlines() if ln.startswith("define") and f"@{name}(" in ln)


@pytest.mark.parametrize("level", ["1", "2", "3"])
def test_pun_through_an_integer_is_not_typed_integer(level: str) -> None:
    """c_typepun.c: pack(word, tag) gets a double's bits in ``word`` and returns a "uint64_t
    *" whose first element holds a double. Debug info says integers; the IR says otherwise."""
    text = typed("c_typepun.c", level)
    pack = header(text, "pack")
    ret, *params = trees_in(pack)
    assert ret.lookup((-1, 0)) != "Integer" and (-1, -1) not in ret
    assert params[-1] == TypeTree({(-1,): "Integer"})  # tag really is one
    assert all(t.lookup((-1,)) != "Integer" for t in params[:-1])
    # and without the check the debug info's reading is there, as the tests expect it
    unchecked = trees_in(header(typed("c_typepun.c", level, check=False), "pack"))
    assert TypeTree({(-1,): "Pointer", (-1, -1): "Integer"}) in unchecked


def test_pun_at_O0_memcpy_of_a_double_into_an_integer() -> None:
    text = typed("c_typepun.c", "0")
    f = text[text.index(header(text, "f")):]
    f = f[:f.index("\n}\n")]
    copy = next(ln for ln in f.splitlines() if "llvm.memcpy" in ln)
    for t in trees_in(copy):
        assert t.lookup((-1, 0)) != "Integer", copy
    word = re.search(r"\(ptr [^%]*(%\d+),", copy).group(1)  # uint64_t word (the destination)
    slot = next(ln for ln in f.splitlines() if ln.startswith(f"  {word} = alloca i64"))
    md = re.search(r"!enzyme_type (!\{.*\})", slot)
    assert md is None or TypeTree.from_metadata(md.group(1)).lookup((-1, 0)) != "Integer"


@pytest.mark.parametrize("level", ["0", "1", "2"])
def test_first_member_passed_by_value_is_not_read_as_an_array(level: str) -> None:
    """c_firstfield.c: layer(Config c, ...) gets a pointer to the model itself (its first
    member is the config): the byval tree covers the config's 24 bytes, not every offset."""
    text = typed("c_firstfield.c", level)
    tree_ = trees_in(header(text, "layer"))[1]
    assert (-1, -1) not in tree_
    assert all(tree_.lookup((-1, i)) == "Integer" for i in range(24))
    for t in trees_in(text):  # no pointer into the model claims ints at its pointers
        assert not (t.lookup((-1, 24)) == "Integer" and t.lookup((-1, 0)) == "Integer" and
                    t.lookup((-1, 32)) == "Pointer"), str(t)


RECORDS = """
define double @f(ptr %p, i64 %i, i1 %c) {
  %off = shl nuw i64 %i, 5
  %q = getelementptr inbounds i8, ptr %p, i64 %off
  %step = select i1 %c, i64 32, i64 0
  %r = getelementptr inbounds i8, ptr %q, i64 %step
  %x = load double, ptr %r
  %kp = getelementptr inbounds i8, ptr %r, i64 16
  %k = load i32, ptr %kp
  %kf = sitofp i32 %k to double
  %s = fadd double %x, %kf
  ret double %s
}
"""


def test_byte_offsets_that_are_multiples_of_a_record_keep_its_fields_apart() -> None:
    """``gep i8, p, shl(i, 5)`` and a select of 32 or 0 step over 32-byte records: the
    double at 0 and the integer at 16 of each record are not read as every byte's type."""
    from irpass.enzyme.types.evidence import known_multiple

    ev, m = evidence(RECORDS)
    fn = m.get_function("f")
    values = {i.name: i for i in fn.instructions()}
    assert known_multiple(values["off"]) == 32 and known_multiple(values["step"]) == 32
    assert known_multiple(fn.args[1]) == 1
    record = TypeTree({(-1,): "Pointer", (-1, 0): "Float@double",
                       **{(-1, 16 + b): "Integer" for b in range(4)}})
    assert ev.check(fn.args[0], record) == record


LOOP = """
define void @f(ptr %p, i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %next, %loop ]
  %next = add i64 %i, 24
  %k = mul i64 %i, 3
  %done = icmp eq i64 %next, %n
  br i1 %done, label %exit, label %loop
exit:
  ret void
}
"""


def test_known_multiple_through_an_induction_phi() -> None:
    from irpass.enzyme.types.evidence import known_multiple

    m = irpass.parse(LOOP)
    values = {i.name: i for i in m.get_function("f").instructions()}
    assert known_multiple(values["i"]) == 24 and known_multiple(values["k"]) == 72
    assert known_multiple(m.get_function("f").args[1]) == 1


SHARED = """
declare double @__enzyme_autodiff(ptr, ...)
define ptr @grow(ptr %old) {
  ret ptr %old
}
define double @work(ptr %p) {
  %q = call ptr @grow(ptr %p)
  %x = load double, ptr %q
  ret double %x
}
define i64 @elsewhere(ptr %p) {
  %q = call ptr @grow(ptr %p)
  %n = load i64, ptr %q
  ret i64 %n
}
define double @main(ptr %p, ptr %dp) {
  %d = call double (ptr, ...) @__enzyme_autodiff(ptr @work, ptr %p, ptr %dp)
  ret double %d
}
"""


def test_evidence_of_the_reached_code_alone_is_sharper() -> None:
    """``@grow`` is shared (as std's allocation code is) with code Enzyme never analyzes;
    what ``@elsewhere`` loads through it says nothing about ``@work``'s memory."""
    from irpass.enzyme.sites.sites import find_sites

    m = irpass.parse(SHARED)
    everything = Evidence(m.functions, module_layout(m), find_sites(m))
    reached = Evidence([m.get_function(n) for n in ("work", "grow")], module_layout(m),
                       find_sites(m))
    p = m.get_function("work").args[0]
    doubles = tree(_m1="Pointer", _m1_0="Float@double")
    assert everything.check(p, doubles) == doubles  # a pun: proves nothing either way
    ints = tree(_m1="Pointer", _m1_0="Integer")
    assert reached.check(p, ints) == tree(_m1="Pointer")


PTRTOINT = """
define i64 @hash(ptr %key) {
  %bits = ptrtoint ptr %key to i64
  %h = mul i64 %bits, 31
  ret i64 %h
}
"""


def test_a_ptrtoint_is_the_pointer_it_converts() -> None:
    """``(size_t)key`` hashed as an integer in the source (std::hash of a pointer): Enzyme
    types the ptrtoint as a pointer, so a debug-info Integer for it is dropped."""
    ev, m = evidence(PTRTOINT)
    bits = next(i for i in m.get_function("hash").instructions() if i.name == "bits")
    assert ev.check(bits, TypeTree({(-1,): "Integer"})) == TypeTree()
    assert ev.check(bits, TypeTree({(-1,): "Pointer"})) == TypeTree({(-1,): "Pointer"})
