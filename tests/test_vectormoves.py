"""Integer vectors that only move memory, split into scalar moves (irpass.enzyme.vectormoves):
what optimized Rust does to swap records (``<2 x i64>`` loads and stores). The program
computes the same under lli and LLVM accepts the module. No Enzyme needed."""

from __future__ import annotations

import subprocess

from conftest import needs_tool

import irpass
from irpass.enzyme.vectormoves import split_vector_moves
from irpass.llvm.llvmlite_check import verify

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
