; constants.ll - hand-written: constant syntax.
; Covers float literals in every form (decimal, exponent, hex double 0x...,
; 0xH half, 0xR bfloat, 0xK x86_fp80, 0xL fp128, 0xM ppc_fp128), special values,
; odd-width and wide integers, u0x/s0x hex integers, true/false, null/undef/poison/zeroinitializer/none,
; splat(...) constants, nested struct/array/vector/packed-struct constants,
; c"..." strings with escapes, blockaddress, dso_local_equivalent, no_cfi,
; constant expressions (gep inbounds/nuw/nusw/inrange, ptrtoint, inttoptr,
; bitcast, addrspacecast, trunc, add/sub/xor with nuw/nsw), scalable vector constants.
; Check with:
;   llvm-as-22 tests/corpus/ll/handwritten/constants.ll -o /dev/null && llvm-as-19 tests/corpus/ll/handwritten/constants.ll -o /dev/null
;   python3 -c "import llvmlite.binding as b,sys; b.parse_assembly(open(sys.argv[1]).read()).verify()" tests/corpus/ll/handwritten/constants.ll
source_filename = "constants.ll"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%S = type { i8, { i16, [2 x i32] }, <2 x float>, ptr }
%P = type <{ i8, i64, <{ i8, i8 }> }>
%Arr = type [2 x [3 x i8]]

; floats, every literal form
@h0 = global half 0xH3C00
@h1 = global half 1.0
@h2 = global half -0.5
@h3 = global half 0xH7C00
@h4 = global half 0xH7E00
@bf0 = global bfloat 0xR3F80
@bf1 = global bfloat 2.0
@bf2 = global bfloat 0xRFF80
@f0 = global float 1.000000e+00
@f1 = global float -0.000000e+00
@f2 = global float 0x3FB99999A0000000
@f3 = global float 0x7FF0000000000000
@f4 = global float 0xFFF0000000000000
@f5 = global float 0x7FF8000000000000
@f6 = global float 1.5e9
@f7 = global float 0x36A0000000000000
@f8 = global float 3.
@f9 = global float +4.25
@d0 = global double 3.141592653589793
@d1 = global double 0x400921FB54442D18
@d2 = global double 1.0e-300
@d3 = global double -1.7976931348623157E+308
@d4 = global double 0x7FF4000000000000
@d5 = global double 0x0000000000000001
@x0 = global x86_fp80 0xK3FFF8000000000000000
@x2 = global x86_fp80 0xKFFFF8000000000000000
@q0 = global fp128 0xL00000000000000003FFF000000000000
@q2 = global fp128 0xL00000000000000007FFF000000000000
@m0 = global ppc_fp128 0xM3FF00000000000000000000000000000
@m2 = global ppc_fp128 0xM400C0000000000300000000010000000

; integers
@i1t = global i1 true
@i1f = global i1 false
@i1n = global i1 -1
@i7 = global i7 -64
@i7b = global i7 63
@i24 = global i24 16777215
@i33 = global i33 -4294967296
@i128 = global i128 -170141183460469231731687303715884105728
@i128b = global i128 340282366920938463463374607431768211455
@i256 = global i256 1157920892373161954235709850086879078532699846656405640394575840079131296399
@i64neg = global i64 -9223372036854775808
@hex_u = global i32 u0xFFFFFFFF
@hex_s = global i32 s0x7FFFFFFF
@hex_s8 = global i8 s0xFF
@hex_u128 = global i128 u0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF
@hex_s7 = global i7 s0x40

; special constants
@null_p = global ptr null
@null_as = global ptr addrspace(1) null
@undef_i = global i32 undef
@poison_i = global i32 poison
@zero_s = global %S zeroinitializer
@zero_arr = global [0 x i8] zeroinitializer
@empty_arr = global [0 x i32] []
@empty_struct = global {} {}
@empty_packed = global <{}> <{}>
@tok_none_user = global ptr null

; aggregates
@s0 = global %S { i8 1, { i16, [2 x i32] } { i16 -2, [2 x i32] [i32 3, i32 4] }, <2 x float> <float 1.0, float 0x7FF8000000000000>, ptr @s0 }
@s1 = global %S { i8 undef, { i16, [2 x i32] } { i16 poison, [2 x i32] zeroinitializer }, <2 x float> undef, ptr null }
@p0 = global %P <{ i8 1, i64 2, <{ i8, i8 }> <{ i8 3, i8 4 }> }>
@a0 = global %Arr [[3 x i8] c"ab\00", [3 x i8] [i8 1, i8 2, i8 -1]]
@a1 = global [2 x { i32, <4 x i1> }] [{ i32, <4 x i1> } { i32 1, <4 x i1> <i1 true, i1 false, i1 undef, i1 poison> }, { i32, <4 x i1> } zeroinitializer]
@arr_of_ptr = global [3 x ptr] [ptr @s0, ptr null, ptr undef]
@str0 = global [13 x i8] c"q\22uote\\\0A\09\00\7F\FFx"
@str1 = constant [0 x i8] c""
@str2 = constant [5 x i8] c"\00\00\00\00\00"
@str3 = constant [3 x i16] [i16 104, i16 105, i16 0]
@vecs = global { <4 x i32>, <2 x double>, <3 x i8>, <2 x ptr> } { <4 x i32> <i32 0, i32 -1, i32 2147483647, i32 -2147483648>, <2 x double> <double 1.0, double 0x4000000000000000>, <3 x i8> <i8 1, i8 2, i8 3>, <2 x ptr> <ptr @s0, ptr null> }
@vhalf = global <2 x half> <half 0xH3C00, half 1.0>

; splat constants
@splat_i = global <4 x i32> splat (i32 1)
@splat_f = global <8 x float> splat (float 2.500000e+00)
@splat_p = global <2 x ptr> splat (ptr @s0)

; constant expressions
@ce_gep0 = global ptr getelementptr (i8, ptr @s0, i64 4)
@ce_gep1 = global ptr getelementptr inbounds (%S, ptr @s0, i64 0, i32 1, i32 1, i64 1)
@ce_gep2 = global ptr getelementptr inbounds nuw (%S, ptr @s0, i64 0, i32 2)
@ce_gep3 = global ptr getelementptr nusw (i8, ptr @s0, i64 1)
@ce_gep4 = global ptr getelementptr inbounds inrange(-8, 16) ({ [4 x ptr] }, ptr @vtable, i32 0, i32 0, i32 2)
@ce_gep5 = global ptr getelementptr inrange(0, 8) (i8, ptr @s0, i64 0)
@ce_gep6 = global <2 x ptr> getelementptr (i8, <2 x ptr> <ptr @s0, ptr @p0>, <2 x i64> <i64 1, i64 2>)
@ce_p2i = global i64 ptrtoint (ptr @s0 to i64)
@ce_i2p = global ptr inttoptr (i64 4096 to ptr)
@ce_bc = global ptr bitcast (ptr @s0 to ptr)
@ce_asc = global ptr addrspace(1) addrspacecast (ptr @s0 to ptr addrspace(1))
@ce_trunc = global i32 trunc (i64 ptrtoint (ptr @s0 to i64) to i32)
@ce_add = global i64 add (i64 ptrtoint (ptr @s0 to i64), i64 8)
@ce_addnuw = global i64 add nuw nsw (i64 ptrtoint (ptr @s0 to i64), i64 8)
@ce_sub = global i64 sub (i64 ptrtoint (ptr @s0 to i64), i64 ptrtoint (ptr @p0 to i64))
@ce_subnsw = global i64 sub nsw (i64 ptrtoint (ptr @p0 to i64), i64 1)
@ce_xor = global i64 xor (i64 ptrtoint (ptr @s0 to i64), i64 -1)
@ce_nested = global i32 trunc (i64 sub (i64 ptrtoint (ptr getelementptr inbounds (i8, ptr @s0, i64 16) to i64), i64 ptrtoint (ptr @s0 to i64)) to i32)
@ce_bitcast_vec = global <2 x i32> bitcast (i64 ptrtoint (ptr @s0 to i64) to <2 x i32>)
@ce_in_struct = global { ptr, i64 } { ptr getelementptr (i8, ptr @s0, i64 1), i64 ptrtoint (ptr getelementptr (%S, ptr null, i32 1) to i64) }
@ce_extractel = global ptr inttoptr (i64 add (i64 ptrtoint (ptr @p0 to i64), i64 2) to ptr)

@vtable = global { [4 x ptr] } { [4 x ptr] [ptr null, ptr null, ptr @fn, ptr @fn2] }

; function-address constants
@ba = global ptr blockaddress(@fn, %target)
@dle = global ptr dso_local_equivalent @ext_fn
@dle2 = global ptr dso_local_equivalent @fn
@nocfi = global ptr no_cfi @ext_fn
@rel = global i32 trunc (i64 sub (i64 ptrtoint (ptr dso_local_equivalent @ext_fn to i64), i64 ptrtoint (ptr @rel to i64)) to i32)

declare void @ext_fn()

define void @fn() {
entry:
  br label %target
target:
  ret void
}

define void @fn2() {
  ret void
}

define void @use_constants(ptr %p) {
entry:
  store <vscale x 4 x i32> zeroinitializer, ptr %p
  store <vscale x 4 x i32> splat (i32 1), ptr %p
  store <vscale x 2 x double> poison, ptr %p
  store <vscale x 2 x double> undef, ptr %p
  store <4 x i32> splat (i32 -1), ptr %p
  store <2 x i64> <i64 ptrtoint (ptr @s0 to i64), i64 0>, ptr %p
  store half 0xH0001, ptr %p
  store bfloat 0xR0001, ptr %p
  store i1 true, ptr %p
  store i7 -1, ptr %p
  store ptr blockaddress(@fn, %target), ptr %p
  store ptr dso_local_equivalent @ext_fn, ptr %p
  call void no_cfi @ext_fn()
  store { i32, float } { i32 1, float 0x3FF0000000000000 }, ptr %p
  ret void
}
