"""Type trees derived from debug information (irpass.enzyme.types.ditypes).

Fixtures: tests/corpus/src/typeinfo_{c.c,cpp.cpp,rs.rs} compiled by tests/corpus/generate.sh.
Expected trees are derived by hand from the x86-64 layouts (reasoning beside each), and, where
the Enzyme plugin is available, compared with what Enzyme's own type analysis deduces.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from conftest import CORPUS, llvm_tool

import irpass
from irpass.enzyme.types.ditypes import DITypes
from irpass.enzyme.types.divalues import function_signature_trees, variable_trees
from irpass.enzyme.types.typetree import TypeTree


def ints(prefix: str, start: int, count: int) -> str:
    """``[<prefix>start]:Integer, ...`` for ``count`` consecutive bytes."""
    return ", ".join(f"[{prefix}{i}]:Integer" for i in range(start, start + count))


def module(name: str) -> irpass.Module:
    return irpass.parse_file(CORPUS / name)


def signatures(m) -> dict[str, tuple[str | None, list[str | None]]]:
    types = DITypes(m)
    out = {}
    for fn in m.functions:
        if fn.is_declaration:
            continue
        ret, args = function_signature_trees(m, fn, types)
        out[fn.name] = (None if ret is None else str(ret),
                        [None if a is None else str(a) for a in args])
    return out


def by_variable(m, fn_name: str) -> dict[str, str]:
    """Trees from variable_trees, keyed by the name of the DI variable describing the value."""
    fn = next(f for f in m.functions if f.name == fn_name)
    trees = variable_trees(m, fn)
    out = {}
    for inst in fn.instructions():
        pairs = [(r.value, r.variable) for r in inst.debug_records if r.kind == "declare"]
        if inst.opcode == "call" and getattr(inst.called_function, "name", "") == \
                "llvm.dbg.declare":
            ops = inst.arg_values
            pairs.append((ops[0].wrapped, ops[1].md_id))
        for value, var in pairs:
            if value in trees:
                out[m.metadata[var].get("name")] = str(trees[value])
    return out


# struct Mixed { long n; double x; float y; int tag; }: n on bytes 0-7, x at 8, y at 16,
# tag on bytes 20-23; size 24, no padding.
MIXED = ("{[-1]:Pointer, " + ints("-1,", 0, 8) + ", [-1,8]:Float@double, [-1,16]:Float@float, "
         + ints("-1,", 20, 4) + "}")
DOUBLES = "{[-1]:Pointer, [-1,-1]:Float@double}"  # double*: an array of doubles
DOUBLE = "{[-1]:Float@double}"
INT = "{[-1]:Integer}"

C_EXPECTED = {
    "use_mixed": (DOUBLE, [MIXED]),
    # struct Padded { char c; double d; short s; }: c byte 0, 7 padding bytes, d at 8,
    # s bytes 16-17, 6 padding bytes (size 24): padding is left out.
    "use_padded": (DOUBLE, ["{[-1]:Pointer, [-1,0]:Integer, [-1,8]:Float@double, "
                            "[-1,16]:Integer, [-1,17]:Integer}"]),
    # struct Outer { int id; struct Inner { float a, b; } in; double w[2]; }: id 0-3,
    # in.a at 4, in.b at 8, 4 padding bytes, w[0] at 16, w[1] at 24.
    "use_outer": (DOUBLE, ["{[-1]:Pointer, " + ints("-1,", 0, 4) + ", [-1,4]:Float@float, "
                           "[-1,8]:Float@float, [-1,16]:Float@double, [-1,24]:Float@double}"]),
    # union Num { long i; double d; }: the members disagree everywhere; union Same
    # { double d; double e[1]; } agrees on a double at 0, which fills it: an array of doubles.
    # union Same { double d, e; } *: a pointer to an aggregate describes one object
    "use_union": (DOUBLE, ["{[-1]:Pointer}", "{[-1]:Pointer, [-1,0]:Float@double}"]),
    "use_enum": (INT, [INT]),  # enum Color: an unsigned int, passed as i32
    # struct Node { double val; struct Node *next; }: val at 0, next at 8, followed until the
    # paths reach Enzyme's depth limit of 6 indices.
    "use_list": (DOUBLE, ["{[-1]:Pointer, [-1,0]:Float@double, [-1,8]:Pointer, "
                          "[-1,8,0]:Float@double, [-1,8,8]:Pointer, [-1,8,8,0]:Float@double, "
                          "[-1,8,8,8]:Pointer, [-1,8,8,8,0]:Float@double, [-1,8,8,8,8]:Pointer, "
                          "[-1,8,8,8,8,0]:Float@double, [-1,8,8,8,8,8]:Pointer}"]),
    # struct Grid { double m[2][3]; } *: a pointer to an aggregate is one object of 6 doubles
    "use_grid": (DOUBLE, ["{[-1]:Pointer, " + ", ".join(f"[-1,{8 * i}]:Float@double"
                                                        for i in range(6)) + "}"]),
    # struct Flex { int n; double data[]; }: n 0-3; the flexible array has no storage
    "use_flex": (DOUBLE, ["{[-1]:Pointer, " + ints("-1,", 0, 4) + "}"]),
    "use_typedef": (DOUBLE, [MIXED, DOUBLES]),  # const mixed_t *, volatile double *
    "use_fnptr": (DOUBLE, ["{[-1]:Pointer}", DOUBLE]),  # a function pointer: nothing under it
    "use_array": (DOUBLE, [DOUBLES, INT]),
    # struct Mixed by value is passed byval (a pointer to a copy); struct Inner { float a, b; }
    # is coerced to <2 x float>: not matched; the double after it is matched from the end.
    "use_byval": (DOUBLE, [MIXED, None, DOUBLE]),
    "ret_small": (None, ["{[-1]:Float@float}"]),  # returns <2 x float>: not matched
}


@pytest.mark.parametrize("name", ["typeinfo_c.clang19.O1.g.ll", "typeinfo_c.clang22.O1.g.ll",
                                  "typeinfo_c.clang19.O0.g.ll"])
def test_c_signatures(name: str) -> None:
    got = signatures(module(name))
    for fn, want in C_EXPECTED.items():
        assert got[fn] == want, fn


@pytest.mark.parametrize("name", ["typeinfo_c.clang19.O0.g.ll", "typeinfo_c.clang22.O0.g.ll"])
def test_c_local_variables(name: str) -> None:
    got = by_variable(module(name), "use_locals")
    assert got["local"] == MIXED  # struct Mixed local
    assert got["arr"] == DOUBLES  # double arr[4]
    assert got["k"] == "{[-1]:Pointer, [-1,-1]:Integer}"  # the parameter's stack slot
    # long double: x86_fp80 at 0 of a 16-byte slot (bytes 10-15 are padding)
    assert got["ld"] == "{[-1]:Pointer, [-1,0]:Float@fp80}"
    assert got["str"] == "{[-1]:Pointer, [-1,-1]:Pointer}"  # a char *: nothing under it
    assert "e" not in got  # struct Empty {}: zero-sized


@pytest.mark.parametrize("name", ["typeinfo_c.clang19.O1.g.ll", "typeinfo_c.clang22.O1.g.ll"])
def test_c_dbg_value(name: str) -> None:
    # At -O1 the parameters are described by dbg_value (an intrinsic call in clang 19's
    # output, a #dbg_value record in clang 22's): each argument gets its own tree.
    m = module(name)
    fn = next(f for f in m.functions if f.name == "use_array")
    trees = variable_trees(m, fn)
    assert str(trees[fn.args[0]]) == DOUBLES
    assert str(trees[fn.args[1]]) == INT


# struct Base { vptr; double b; }: the vptr at 0 points to a table of function pointers.
# struct Derived : Base { int k; float f; static int count; }: base at 0 (vptr 0, b 8),
# k 16-19, f at 20; the static member has no storage in the object.
DERIVED = ("{[-1]:Pointer, [-1,0]:Pointer, [-1,0,-1]:Pointer, [-1,8]:Float@double, "
           + ints("-1,", 16, 4) + ", [-1,20]:Float@float}")
CPP_EXPECTED = {
    "_Z11use_derivedP7Derived": (DOUBLE, [DERIVED]),
    # const Plain & and Plain &&: references are pointers; two doubles fold to every offset
    # references point to one object (often a member of something larger), not to an array
    "_Z7use_refRK5PlainOS_": (DOUBLE, ["{[-1]:Pointer, [-1,0]:Float@double, [-1,8]:Float@double}"] * 2),
    # struct WithPlainBase : Plain { long n; }: x 0, y 8 from the base, n 16-23
    "_Z9use_basedP13WithPlainBase": (DOUBLE, ["{[-1]:Pointer, [-1,0]:Float@double, "
                                              "[-1,8]:Float@double, " + ints("-1,", 16, 8)
                                              + "}"]),
    # struct Holder { std::vector<double> v; double scale; }: the vector's three pointers
    # (_M_start, _M_finish, _M_end_of_storage) at 0, 8, 16, each to doubles; scale at 24.
    "_Z10use_holderRK6Holder": (DOUBLE, ["{[-1]:Pointer, [-1,0]:Pointer, [-1,0,-1]:Float@double, "
                                         "[-1,8]:Pointer, [-1,8,-1]:Float@double, "
                                         "[-1,16]:Pointer, [-1,16,-1]:Float@double, "
                                         "[-1,24]:Float@double}"]),
    "_Z8use_lrefRd": (DOUBLE, ["{[-1]:Pointer, [-1,0]:Float@double}"]),  # double &: one double
}


@pytest.mark.parametrize("name", ["typeinfo_cpp.clang19.O1.g.ll", "typeinfo_cpp.clang22.O1.g.ll",
                                  "typeinfo_cpp.clang19.O0.g.ll"])
def test_cpp_signatures(name: str) -> None:
    got = signatures(module(name))
    for fn, want in CPP_EXPECTED.items():
        assert got[fn] == want, fn


# #[repr(C)] struct P { n: i64, x: f64, y: f32, tag: i32 }: the same layout as Mixed.
RS_EXPECTED = {
    "use_p": (DOUBLE, [MIXED]),
    # (f64, i32) is a scalar pair: passed as double, i32
    "use_tuple": (DOUBLE, [DOUBLE, INT]),
    # &[f64] is { data_ptr: *const f64, length: usize }: passed as ptr, i64
    "use_slice": (DOUBLE, [DOUBLES, INT]),
    # &str is { data_ptr: *const u8, length: usize }: bytes say nothing about the pointee
    "use_str": (INT, ["{[-1]:Pointer}", INT]),
    # &Vec<f64>: Vec { buf: RawVec { inner: RawVecInner { cap: usize at 0, ptr at 8 } },
    # len: usize at 16 }; the buffer pointer is a *const u8 in the DI, typed from Vec's T.
    "use_vec": (DOUBLE, ["{[-1]:Pointer, " + ints("-1,", 0, 8) + ", [-1,8]:Pointer, "
                         "[-1,8,-1]:Float@double, " + ints("-1,", 16, 8) + "}"]),
    "use_box": (DOUBLE, [DOUBLES]),  # Box<f64>: a pointer type named Box<...>
    # Option<f64> is passed as i64 (tag), double (payload): an enum's parts are not matched
    "use_option": (DOUBLE, [None, None]),
    # enum Shape { Circle(f64), Rect { w: f64, h: f64 } }: tag u64 at 0, Circle's r at 8,
    # Rect's w at 8 and h at 16: the variants agree on a double at 8 only.
    "use_shape": (DOUBLE, ["{[-1]:Pointer, " + ints("-1,", 0, 8) + ", [-1,8]:Float@double}"]),
    # &dyn Area is { pointer: *const dyn Area (zero-sized), vtable: &[usize; 4] }; the vtable
    # holds function pointers too, so it is only a Pointer
    "use_dyn": (DOUBLE, ["{[-1]:Pointer}", "{[-1]:Pointer}"]),
    # Rc<f64> is { ptr: NonNull<RcInner<f64>> }: one pointer to { strong: usize, weak: usize,
    # value: f64 }
    "use_rc": (DOUBLE, ["{[-1]:Pointer, " + ints("-1,", 0, 16) + ", [-1,16]:Float@double}"]),
    # &[[f64; 3]; 2]: a reference, so one object of six doubles
    "use_array": (DOUBLE, ["{[-1]:Pointer, " + ", ".join(f"[-1,{8 * i}]:Float@double"
                                                         for i in range(6)) + "}"]),
    "use_closure": (DOUBLE, [DOUBLE, DOUBLE]),
}


@pytest.mark.parametrize("name", ["typeinfo_rs.rustc.O1.g.ll", "typeinfo_rs.rustc.O0.g.ll"])
def test_rust_signatures(name: str) -> None:
    got = signatures(module(name))
    for fn, want in RS_EXPECTED.items():
        assert got[fn] == want, fn


def test_rust_local_variables() -> None:
    m = module("typeinfo_rs.rustc.O0.g.ll")
    # the closure |y| k * y captures k by reference: its environment is { &f64 }, and a
    # reference points to one f64
    assert by_variable(m, "use_closure")["c"] == (
        "{[-1]:Pointer, [-1,-1]:Pointer, [-1,-1,0]:Float@double}")
    # the spill slot of a &[f64]: data pointer at 0, length at 8-15
    assert by_variable(m, "use_slice")["xs"] == (
        "{[-1]:Pointer, [-1,0]:Pointer, [-1,0,-1]:Float@double, " + ints("-1,", 8, 8) + "}")
    # Option<f64>: the tag at 0-7, and the payload at 8, which None (no data) leaves alone
    assert by_variable(m, "use_option")["o"] == (
        "{[-1]:Pointer, " + ints("-1,", 0, 8) + ", [-1,8]:Float@double}")


SYNTHETIC = """
source_filename = "synthetic"
target triple = "x86_64-unknown-linux-gnu"

define void @f(ptr %p) !dbg !90 {
  #dbg_declare(ptr %p, !95, !DIExpression(), !96)
  #dbg_declare(ptr %p, !97, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !96)
  ret void
}

!llvm.module.flags = !{!0}
!llvm.dbg.cu = !{!2}
!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !DIFile(filename: "s.c", directory: ".")
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, emissionKind: FullDebug)
!10 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!11 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!12 = !DIBasicType(name: "long double", size: 128, encoding: DW_ATE_float)
!13 = !DIBasicType(name: "__float128", size: 128, encoding: DW_ATE_float)
!14 = !DIBasicType(name: "complex", size: 128, encoding: DW_ATE_complex_float)
!15 = !DIBasicType(name: "_Bool", size: 8, encoding: DW_ATE_boolean)
!16 = !DIBasicType(name: "_Float16", size: 16, encoding: DW_ATE_float)
!20 = !DICompositeType(tag: DW_TAG_structure_type, name: "Bits", size: 64, elements: !21)
!21 = !{!22, !23, !24}
!22 = !DIDerivedType(tag: DW_TAG_member, name: "a", baseType: !10, size: 3, flags: DIFlagBitField, extraData: i64 0)
!23 = !DIDerivedType(tag: DW_TAG_member, name: "b", baseType: !10, size: 9, offset: 3, flags: DIFlagBitField, extraData: i64 0)
!24 = !DIDerivedType(tag: DW_TAG_member, name: "x", baseType: !16, size: 16, offset: 32)
!30 = !DICompositeType(tag: DW_TAG_array_type, baseType: !11, size: 256, flags: DIFlagVector, elements: !31)
!31 = !{!32}
!32 = !DISubrange(count: 4)
!33 = !DICompositeType(tag: DW_TAG_array_type, baseType: !11, elements: !34)
!34 = !{!35}
!35 = !DISubrange(count: 0)
!36 = !DICompositeType(tag: DW_TAG_array_type, baseType: !11, size: 6400000, elements: !37)
!37 = !{!38}
!38 = !DISubrange(count: 100000)
!40 = !DICompositeType(tag: DW_TAG_structure_type, name: "Loop", size: 64, elements: !41)
!41 = !{!42}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "self", baseType: !40, size: 64)
!43 = !DICompositeType(tag: DW_TAG_structure_type, name: "Fwd", flags: DIFlagFwdDecl)
!44 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !43, size: 64)
!45 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!46 = !DIDerivedType(tag: DW_TAG_rvalue_reference_type, baseType: !47, size: 64)
!47 = !DIDerivedType(tag: DW_TAG_atomic_type, baseType: !11)
!48 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !44, size: 64)
!90 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 1, type: !91, unit: !2, spFlags: DISPFlagDefinition)
!91 = !DISubroutineType(types: !92)
!92 = !{null, !44}
!95 = !DILocalVariable(name: "bits", scope: !90, file: !1, line: 1, type: !20)
!96 = !DILocation(line: 1, scope: !90)
!97 = !DILocalVariable(name: "part", scope: !90, file: !1, line: 1, type: !11)
"""


def test_synthetic_types() -> None:
    m = irpass.parse(SYNTHETIC, "synthetic.ll")
    t = DITypes(m)

    def v(i: int) -> str:
        return str(t.value_tree(i))

    assert v(10) == INT and v(11) == DOUBLE and v(15) == INT
    assert v(12) == "{[0]:Float@fp80}"  # x86 long double: an fp80 in 16 bytes
    assert v(13) == "{[-1]:Float@fp128}"  # __float128 has the same DWARF description
    assert v(14) == DOUBLE  # _Complex double: two doubles, folded
    # bit-fields a (bits 0-2) and b (3-11) live in bytes 0-1; x: a half at 4
    assert v(20) == "{[0]:Integer, [1]:Integer, [4]:Float@half}"
    assert v(30) == DOUBLE  # a vector of 4 doubles
    assert v(33) == "{}"  # zero-length array
    big = t.value_tree(36)  # 800000 bytes: offsets above 500 are dropped, folding still works
    assert str(big) == DOUBLE
    assert v(40) == "{}"  # a struct containing itself by value: malformed, nothing (no hang)
    assert v(44) == "{[-1]:Pointer}"  # pointer to a forward-declared struct
    assert v(45) == "{[-1]:Pointer}"  # void *
    assert v(46) == "{[-1]:Pointer, [-1,0]:Float@double}"  # _Atomic double &&: one double
    assert v(48) == "{[-1]:Pointer, [-1,-1]:Pointer}"
    fn = m.functions[0]
    assert function_signature_trees(m, fn) == (None, [TypeTree.parse("{[-1]:Pointer}")])
    trees = variable_trees(m, fn)
    # the declare with a fragment expression is skipped; the plain one describes %p
    assert str(trees[fn.args[0]]) == "{[-1]:Pointer, [-1,0]:Integer, [-1,1]:Integer, " \
        "[-1,4]:Float@half}"


# -- agreement with Enzyme's own type analysis ---------------------------------------------

def enzyme_plugin() -> str | None:
    env = os.environ.get("ENZYME_PLUGIN")
    if env and Path(env).exists():
        return env
    for base in ("/work/enzyme-build", "/usr/local/lib", "/usr/lib"):
        found = sorted(Path(base).glob("**/LLVMEnzyme-19.so")) if Path(base).is_dir() else []
        if found:
            return str(found[0])
    return None


def enzyme_argument_trees(plugin: str, opt: str, path: Path, fn) -> list[TypeTree]:
    out = subprocess.run([opt, f"-load-pass-plugin={plugin}", "-passes=print-type-analysis",
                          f"-type-analysis-func={fn.name}", str(path), "-disable-output"],
                         capture_output=True, text=True, timeout=120, check=True).stdout
    lines = out.splitlines()
    assert lines[0].startswith(fn.name + " - "), out[:500]
    return [TypeTree.parse(line.split(": ", 1)[1]) for line in lines[1:1 + len(fn.args)]]


# Where Enzyme deduces exactly the tree the debug information gives.
ENZYME_EQUAL = {("use_mixed", 0), ("use_padded", 0), ("use_enum", 0), ("use_fnptr", 0),
                ("use_fnptr", 1), ("use_array", 1), ("use_byval", 2), ("ret_small", 0)}


@pytest.mark.parametrize("name", ["typeinfo_c.clang19.O1.g.ll", "typeinfo_cpp.clang19.O1.g.ll"])
def test_agrees_with_enzyme(name: str) -> None:
    plugin = enzyme_plugin()
    if plugin is None:
        pytest.skip("the Enzyme plugin LLVMEnzyme-19.so was not found (set ENZYME_PLUGIN)")
    opt = llvm_tool("opt", 19)
    if opt is None:
        pytest.skip("opt-19 is not installed")
    path = CORPUS / name
    m = irpass.parse_file(path)
    types = DITypes(m)
    equal = 0
    for fn in m.functions:
        if fn.is_declaration:
            continue
        _, ours = function_signature_trees(m, fn, types)
        theirs = enzyme_argument_trees(plugin, opt, path, fn)
        for i, (a, b) in enumerate(zip(ours, theirs)):
            if a is None:
                continue
            # Enzyme deduces from uses, the DI from declarations: they must never conflict
            b.merge(a)
            if (fn.name, i) in ENZYME_EQUAL:
                assert a == b, (fn.name, i)
                equal += 1
    assert equal == (len(ENZYME_EQUAL) if "typeinfo_c." in name else 0)
