; types.ll - hand-written: type syntax.
; Covers target extension types (target("spirv.Image", i8, 1), target("spirv.Event"),
; target("aarch64.svcount")) in globals/params/returns/allocas, opaque/packed/
; recursive/numbered/quoted named struct types, literal structs, nested arrays,
; vectors of pointers, scalable vectors of various element types, token, label
; and metadata as intrinsic operand types, odd-width integers, all FP types.
; Check with:
;   llvm-as-22 tests/corpus/ll/handwritten/types.ll -o /dev/null && llvm-as-19 tests/corpus/ll/handwritten/types.ll -o /dev/null
;   python3 -c "import llvmlite.binding as b,sys; b.parse_assembly(open(sys.argv[1]).read()).verify()" tests/corpus/ll/handwritten/types.ll
source_filename = "types.ll"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%opaque = type opaque
%list = type { i32, ptr }
%rec = type { %rec2*, i8 }
%rec2 = type { %rec*, [2 x %rec*] }
%packed = type <{ i8, i32, i16 }>
%0 = type { i1, i7, i9, i128 }
%1 = type [4 x %0]
%"struct.ns::Name<int>" = type { %1, %packed }
%fns = type { ptr, void (i32, ...)*, i32 (ptr)* }
%withvec = type { <4 x float>, <2 x ptr>, <vscale x 2 x i64> }
%te = type { target("spirv.Event") }
%floats = type { half, bfloat, float, double, x86_fp80, fp128, ppc_fp128 }
%nested = type [2 x [3 x [4 x i8]]]
%empty = type {}

@img = external global target("spirv.Image", i8, 1)
@img_p = global target("spirv.Image", i8, 1) poison
@ev = global target("spirv.Event") zeroinitializer
@ev_s = global %te zeroinitializer
@ns = global %"struct.ns::Name<int>" zeroinitializer
@ext_opaque = external global %opaque
@floats = global %floats { half 0xH0000, bfloat 0xR0000, float 0.0, double 0.0, x86_fp80 0xK00000000000000000000, fp128 0xL00000000000000000000000000000000, ppc_fp128 0xM00000000000000000000000000000000 }
@empty = global %empty zeroinitializer

declare void @take_svcount(target("aarch64.svcount"))
; numbered types in a header (printed %1, not %"1", which would name another type)
declare void @take_numbered(%1, ptr)
define %0 @give_numbered(%0 %x) {
  ret %0 %x
}
declare target("spirv.Event") @make_event()
declare void @take_img(target("spirv.Image", i8, 1), target("spirv.Image", void, 0, 0, 0, 0, 0, 0, 0))
declare token @llvm.call.preallocated.setup(i32)
declare void @llvm.dbg.value(metadata, metadata, metadata)
declare void @llvm.sideeffect()

define target("spirv.Event") @te_fn(target("spirv.Image", i8, 1) %x, target("aarch64.svcount") %y) {
  %a = alloca target("spirv.Event")
  %b = alloca target("aarch64.svcount")
  store target("aarch64.svcount") %y, ptr %b
  %y2 = load target("aarch64.svcount"), ptr %b
  call void @take_svcount(target("aarch64.svcount") %y2)
  %c = freeze target("spirv.Image", i8, 1) %x
  %e = call target("spirv.Event") @make_event()
  %s = insertvalue %te poison, target("spirv.Event") %e, 0
  ret target("spirv.Event") zeroinitializer
}

define <vscale x 16 x i1> @scalable(<vscale x 2 x double> %a, <vscale x 8 x half> %h, <vscale x 1 x ptr> %p, <vscale x 16 x i1> %m) {
  %b = fadd <vscale x 2 x double> %a, %a
  %c = fmul fast <vscale x 8 x half> %h, splat (half 0xH3C00)
  %d = getelementptr i8, <vscale x 1 x ptr> %p, i64 1
  %e = and <vscale x 16 x i1> %m, splat (i1 true)
  %f = bitcast <vscale x 8 x half> %c to <vscale x 8 x i16>
  ret <vscale x 16 x i1> %e
}

define i128 @odd_ints(i1 %a, i7 %b, i9 %c, i128 %d, i256 %e, i1024 %f) {
  %a1 = zext i1 %a to i128
  %b1 = sext i7 %b to i128
  %c1 = zext i9 %c to i128
  %e1 = trunc i256 %e to i128
  %f1 = trunc i1024 %f to i128
  %s0 = add i128 %a1, %b1
  %s1 = add i128 %s0, %c1
  %s2 = mul i128 %s1, %d
  %s3 = xor i128 %s2, %e1
  %s4 = or i128 %s3, %f1
  ret i128 %s4
}

define void @typed_ptr_fnty(ptr %p) {
  %l = load void (i32, ...)*, ptr %p
  call void (i32, ...) %l(i32 1, i32 2)
  %s = alloca %"struct.ns::Name<int>", align 16
  %g = getelementptr %"struct.ns::Name<int>", ptr %s, i64 0, i32 0, i64 3, i32 3
  store i128 1, ptr %g
  %n = alloca %nested
  %gn = getelementptr inbounds %nested, ptr %n, i64 0, i64 1, i64 2, i64 3
  ret void
}
