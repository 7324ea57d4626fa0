"""Integer vectors that only move memory, split into scalar moves (irpass.transforms.vectormoves):
what optimized Rust does to swap records (``<2 x i64>`` loads and stores); float vector
loads whose unread lanes are not loaded (the SLP vectorizer's ``{ sq, count }`` of a Rust
struct). The programs compute the same under lli and LLVM accepts the modules. No Enzyme
needed."""

from __future__ import annotations

import subprocess

from conftest import needs_tool

import irpass
from irpass.llvm.llvmlite_check import verify
from irpass.transforms.vectormoves import load_read_lanes, split_vector_moves

# A swap of two 32-byte records {double, double, double, i32, i8} as rustc writes it at
# opt-level 3, a vector store of a vector that is also added to (not a move: kept), a
# volatile move (kept), and a main that checks the swap.
SWAP = """
define void @swap(ptr %a, ptr %b) {
  %a1 = getelementptr inbounds i8, ptr %a, i64 16
  %b1 = getelementptr inbounds i8, ptr %b, i64 16
  %x0 = load <2 x i64>, ptr %a, align 8, !alias.scope !0
  %x1 = load <2 x i64>, ptr %a1, align 8
  %y0 = load <2 x i64>, ptr %b, align 8
  %y1 = load <2 x i64>, ptr %b1, align 8
  store <2 x i64> %y0, ptr %a, align 8, !noalias !0
  store <2 x i64> %y1, ptr %a1, align 8
  store <2 x i64> %x0, ptr %b, align 8
  store <2 x i64> %x1, ptr %b1, align 8
  ret void
}

define void @kept(ptr %a, ptr %b) {
  %v = load <2 x i64>, ptr %a, align 16
  %w = add <2 x i64> %v, %v
  store <2 x i64> %v, ptr %b, align 16
  store <2 x i64> %w, ptr %a, align 16
  %u = load volatile <4 x i32>, ptr %a, align 16
  store <4 x i32> %u, ptr %b, align 16
  ret void
}

define i32 @main() {
  %a = alloca [4 x i64], align 8
  %b = alloca [4 x i64], align 8
  store [4 x i64] [i64 1, i64 2, i64 3, i64 4], ptr %a
  store [4 x i64] [i64 5, i64 6, i64 7, i64 8], ptr %b
  call void @swap(ptr %a, ptr %b)
  %ra = load [4 x i64], ptr %a
  %rb = load [4 x i64], ptr %b
  %a3 = extractvalue [4 x i64] %ra, 3
  %b0 = extractvalue [4 x i64] %rb, 0
  %a0 = extractvalue [4 x i64] %ra, 0
  %s = mul i64 %a3, 10
  %t = add i64 %s, %b0
  %u = mul i64 %a0, 100
  %r = add i64 %t, %u
  %r32 = trunc i64 %r to i32
  ret i32 %r32
}

!0 = !{!1}
!1 = distinct !{!1, !2}
!2 = distinct !{!2}
"""


def test_a_swap_becomes_word_moves():
    m = irpass.parse(SWAP)
    assert split_vector_moves(m.get_function("swap")) == 4
    assert split_vector_moves(m.get_function("kept")) == 0
    text = irpass.print_module(m)
    verify(text)
    swap = text[text.index("define void @swap"):text.index("define void @kept")]
    assert "<2 x i64>" not in swap
    assert swap.count("load i64") == 8 and swap.count("store i64") == 8
    assert "load i64, ptr %a, align 8, !alias.scope !0" in swap
    assert "store i64 %y0, ptr %a, align 8" not in swap  # the vector value is gone
    assert swap.count("!noalias !0") == 2  # both halves of the store keep its attachment
    kept = text[text.index("define void @kept"):text.index("define i32 @main")]
    assert kept.count("<2 x i64>") == 4 and "load volatile <4 x i32>" in kept


def test_the_program_computes_the_same(tmp_path):
    lli = needs_tool("lli", 22)
    results = []
    for split in (False, True):
        m = irpass.parse(SWAP)
        if split:
            split_vector_moves(m.get_function("swap"))
        path = tmp_path / f"s{split}.ll"
        path.write_text(irpass.print_module(m))
        results.append(subprocess.run([lli, str(path)], timeout=60).returncode)
    # a[0] = 5, a[3] = 8, b[0] = 1: (8 * 10 + 1 + 500) mod 256
    assert results == [(8 * 10 + 1 + 500) % 256] * 2


# struct Acc { sum: f64, sq: f64, count: u32 } (rustc's order) updated as rustc -O3 does in
# rs_rc.rs: { sum, sq } added as one vector, then { sq, count's bytes } loaded as a vector
# whose second lane is replaced before anything reads it; a vector read whole (kept), one
# read through extractelement of lane 1 only, and one no lane of which is read.
LANES = """
define double @variance(ptr %acc, double %x, double %c) {
  %sum = getelementptr inbounds i8, ptr %acc, i64 0
  %sq = getelementptr inbounds i8, ptr %acc, i64 8
  %v = load <2 x double>, ptr %sum, align 8
  %x2 = fmul double %x, %x
  %i0 = insertelement <2 x double> poison, double %x, i64 0
  %i1 = insertelement <2 x double> %i0, double %x2, i64 1
  %n = fadd <2 x double> %v, %i1
  store <2 x double> %n, ptr %sum, align 8
  %w = load <2 x double>, ptr %sq, align 8, !alias.scope !0
  %s0 = load double, ptr %sum, align 8
  %w1 = insertelement <2 x double> %w, double %s0, i64 1
  %cv = insertelement <2 x double> poison, double %c, i64 0
  %cs = shufflevector <2 x double> %cv, <2 x double> poison, <2 x i32> zeroinitializer
  %q = fdiv <2 x double> %w1, %cs
  %a = extractelement <2 x double> %q, i64 0
  %b = extractelement <2 x double> %q, i64 1
  %u = load <2 x double>, ptr %sum, align 16
  %u1 = extractelement <2 x double> %u, i64 1
  %z = load <2 x double>, ptr %sum, align 8
  %z0 = insertelement <2 x double> %z, double 1.0, i64 0
  %z1 = insertelement <2 x double> %z0, double 2.0, i64 1
  %z2 = extractelement <2 x double> %z1, i64 1
  %r0 = fsub double %a, %b
  %r1 = fadd double %r0, %u1
  %r = fadd double %r1, %z2
  ret double %r
}

define i32 @main() {
  %acc = alloca [24 x i8], align 16
  store double 1.0, ptr %acc
  %sq = getelementptr inbounds i8, ptr %acc, i64 8
  store double 2.0, ptr %sq
  %count = getelementptr inbounds i8, ptr %acc, i64 16
  store i32 7, ptr %count
  %r = call double @variance(ptr %acc, double 3.0, double 2.0)
  %i = fptosi double %r to i32
  ret i32 %i
}

!0 = !{!1}
!1 = distinct !{!1, !2}
!2 = distinct !{!2}
"""


def test_unread_lanes_of_float_vectors_are_not_loaded():
    m = irpass.parse(LANES)
    assert load_read_lanes(m.get_function("variance")) == 3
    text = irpass.print_module(m)
    verify(text)
    body = text[text.index("define double @variance"):text.index("define i32 @main")]
    assert body.count("load <2 x double>") == 1  # %v: both lanes are added
    assert "%w.0 = load double, ptr %sq, align 8, !alias.scope !0" in body
    assert "%w = insertelement <2 x double> poison, double %w.0, i64 0" in body
    # %u's lane 1 only, 8 bytes in (alignment 16 of the vector, 8 of the lane)
    assert "getelementptr inbounds i8, ptr %sum, i64 8" in body
    assert "align 16" not in body.split("%u1")[0].split("%a =")[1]
    assert "%z = load" not in body  # no lane read: poison


def test_unread_lanes_program_computes_the_same(tmp_path):
    lli = needs_tool("lli", 22)
    results = []
    for split in (False, True):
        m = irpass.parse(LANES)
        if split:
            load_read_lanes(m.get_function("variance"))
        path = tmp_path / f"l{split}.ll"
        path.write_text(irpass.print_module(m))
        results.append(subprocess.run([lli, str(path)], timeout=60).returncode)
    # sum 4, sq 11; (11 / 2 - 4 / 2) + 11 + 2 = 16.5 -> 16
    assert results == [16, 16]
