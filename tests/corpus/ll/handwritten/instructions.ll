; instructions.ll - hand-written: instruction syntax rarely emitted by clang/rustc.
; Covers fast-math flags (fadd/fmul/fcmp/call/phi/select), fneg, freeze, va_arg,
; tail/musttail/notail calls, callbr + inline asm, indirectbr, big switch,
; vector select, multi-index extractvalue/insertvalue, shufflevector with
; poison/zeroinitializer masks, scalable vectors, odd int widths, atomics
; (load/store atomic, cmpxchg weak volatile, every atomicrmw op, fence),
; integer flags nuw/nsw/exact/disjoint/nneg (icmp samesign is in instructions.llvm22.ll).
; Check with:
;   llvm-as-22 tests/corpus/ll/handwritten/instructions.ll -o /dev/null && llvm-as-19 tests/corpus/ll/handwritten/instructions.ll -o /dev/null
;   python3 -c "import llvmlite.binding as b,sys; b.parse_assembly(open(sys.argv[1]).read()).verify()" tests/corpus/ll/handwritten/instructions.ll
source_filename = "instructions.ll"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%pair = type { i32, { float, [2 x i64] } }

@table = private constant [2 x ptr] [ptr blockaddress(@indirect, %bb1), ptr blockaddress(@indirect, %bb2)]

declare float @llvm.sqrt.f32(float)
declare void @llvm.va_start.p0(ptr)
declare void @llvm.va_end.p0(ptr)
declare void @llvm.va_copy.p0(ptr, ptr)
declare i32 @ext(i32)

define float @fastmath(float %a, float %b, i1 %c) {
entry:
  %f0 = fadd fast float %a, %b
  %f1 = fmul nnan ninf nsz arcp contract afn reassoc float %f0, %b
  %f2 = fsub nnan float %f1, 1.000000e+00
  %f3 = fdiv arcp float %f2, %a
  %f4 = frem contract float %f3, %b
  %n = fneg float %f4
  %n2 = fneg fast float %n
  %cmp = fcmp fast olt float %n2, %a
  %cmp2 = fcmp nnan ninf uno float %a, %b
  %cmp3 = fcmp true float %a, %b
  %cmp4 = fcmp false float %a, %b
  %s = select nsz i1 %cmp, float %a, float %b
  %sq = call fast float @llvm.sqrt.f32(float %s)
  %sq2 = tail call afn reassoc float @llvm.sqrt.f32(float %sq)
  br i1 %c, label %then, label %join

then:
  %t = fmul float %sq2, 2.0
  br label %join

join:
  %p = phi fast float [ %sq2, %entry ], [ %t, %then ]
  %p2 = phi nnan ninf float [ %a, %entry ], [ %b, %then ]
  %r = fadd float %p, %p2
  ret float %r
}

define i32 @intops(i32 %a, i32 %b, i7 %c, i128 %w, i1 %flag) {
entry:
  %0 = add nuw nsw i32 %a, %b
  %1 = sub nsw i32 %0, 1
  %2 = mul nuw i32 %1, 3
  %3 = udiv exact i32 %2, 3
  %4 = sdiv exact i32 %3, 1
  %5 = shl nuw nsw i32 %4, 2
  %6 = lshr exact i32 %5, 1
  %7 = ashr exact i32 %6, 1
  %8 = or disjoint i32 %7, 1
  %9 = zext nneg i32 %8 to i64
  %10 = trunc i64 %9 to i7
  %11 = add i7 %10, %c
  %12 = sext i7 %11 to i128
  %13 = xor i128 %12, %w
  %14 = icmp ugt i128 %13, 170141183460469231731687303715884105727
  %15 = select i1 %14, i1 %flag, i1 false
  %16 = freeze i1 %15
  %17 = freeze i32 poison
  %18 = urem i32 %17, 7
  %19 = srem i32 %18, -7
  %20 = zext i1 %16 to i32
  %21 = add i32 %19, %20
  %22 = and i32 %21, -1
  %23 = icmp eq i7 -1, %c
  %24 = select i1 %23, i32 %22, i32 undef
  ret i32 %24
}

define i32 @varargs(i32 %n, ...) {
entry:
  %ap = alloca ptr, align 8
  %ap2 = alloca ptr, align 8
  call void @llvm.va_start.p0(ptr %ap)
  call void @llvm.va_copy.p0(ptr %ap2, ptr %ap)
  %x = va_arg ptr %ap, i32
  %y = va_arg ptr %ap2, double
  call void @llvm.va_end.p0(ptr %ap2)
  call void @llvm.va_end.p0(ptr %ap)
  %r = call i32 (i32, ...) @varargs(i32 1, i32 %x, double %y)
  ret i32 %r
}

define i32 @tails(i32 %x) {
entry:
  %a = tail call i32 @ext(i32 %x)
  %b = notail call i32 @ext(i32 %a)
  %c = call fastcc i32 @fast_callee(i32 %b)
  %d = musttail call i32 @tails(i32 %c)
  ret i32 %d
}

define fastcc i32 @fast_callee(i32 %x) {
  ret i32 %x
}

define i32 @callbr_asm(i32 %x) {
entry:
  %r = callbr i32 asm "jmp ${1:l}", "=r,!i,~{dirflag},~{fpsr},~{flags}"()
          to label %normal [label %indirect]

normal:
  ret i32 %r

indirect:
  %r2 = phi i32 [ %r, %entry ]
  %s = call i32 asm sideeffect inteldialect "mov $0, $1", "=r,r,~{dirflag},~{fpsr},~{flags}"(i32 %x)
  %t = call i32 asm alignstack "bswap $0", "=r,0"(i32 %s)
  call void asm sideeffect unwind "nop", ""()
  ret i32 %t
}

define i32 @indirect(i32 %i) {
entry:
  %gep = getelementptr inbounds [2 x ptr], ptr @table, i64 0, i32 %i
  %dest = load ptr, ptr %gep, align 8
  indirectbr ptr %dest, [label %bb1, label %bb2]

bb1:
  ret i32 1

bb2:
  ret i32 2
}

define i32 @bigswitch(i32 %x) {
entry:
  switch i32 %x, label %def [
    i32 0, label %a
    i32 1, label %b
    i32 2, label %a
    i32 3, label %c
    i32 -1, label %b
    i32 100, label %c
    i32 2147483647, label %a
    i32 -2147483648, label %b
    i32 7, label %c
    i32 8, label %a
  ]

a:
  br label %def
b:
  br label %def
c:
  br label %def
def:
  %r = phi i32 [ 0, %entry ], [ 1, %a ], [ 2, %b ], [ 3, %c ]
  switch i32 %r, label %out []

out:
  ret i32 %r
}

define <4 x i32> @vectors(<4 x i1> %m, <4 x i32> %a, <4 x i32> %b, <vscale x 4 x i32> %sv) {
entry:
  %sel = select <4 x i1> %m, <4 x i32> %a, <4 x i32> %b
  %sh1 = shufflevector <4 x i32> %sel, <4 x i32> poison, <4 x i32> zeroinitializer
  %sh2 = shufflevector <4 x i32> %sh1, <4 x i32> %b, <8 x i32> <i32 0, i32 poison, i32 2, i32 7, i32 undef, i32 5, i32 6, i32 1>
  %sh3 = shufflevector <8 x i32> %sh2, <8 x i32> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %sh4 = shufflevector <4 x i32> %sh3, <4 x i32> %sh3, <4 x i32> poison
  %e = extractelement <4 x i32> %sh4, i64 2
  %ins = insertelement <4 x i32> %sh3, i32 %e, i32 0
  %ne = icmp ne <4 x i32> %ins, zeroinitializer
  %vs = select <4 x i1> %ne, <4 x i32> %ins, <4 x i32> <i32 1, i32 2, i32 3, i32 4>
  %sa = add <vscale x 4 x i32> %sv, zeroinitializer
  %ssplat = shufflevector <vscale x 4 x i32> %sa, <vscale x 4 x i32> poison, <vscale x 4 x i32> zeroinitializer
  %sx = extractelement <vscale x 4 x i32> %ssplat, i32 0
  %vs2 = insertelement <4 x i32> %vs, i32 %sx, i64 3
  %fv = sitofp <4 x i32> %vs2 to <4 x float>
  %fv2 = fmul fast <4 x float> %fv, <float 1.0, float 2.0, float 0x3FB99999A0000000, float -0.0>
  %fv3 = fneg <4 x float> %fv2
  %back = fptosi <4 x float> %fv3 to <4 x i32>
  %gv = getelementptr i32, <4 x ptr> zeroinitializer, <4 x i64> <i64 0, i64 1, i64 2, i64 3>
  %pi = ptrtoint <4 x ptr> %gv to <4 x i64>
  %tr = trunc <4 x i64> %pi to <4 x i32>
  %res = add <4 x i32> %back, %tr
  ret <4 x i32> %res
}

define %pair @aggregates(%pair %p, [2 x [3 x i8]] %arr) {
entry:
  %a = extractvalue %pair %p, 1, 1, 0
  %b = extractvalue [2 x [3 x i8]] %arr, 1, 2
  %c = extractvalue %pair %p, 0
  %p1 = insertvalue %pair %p, i64 %a, 1, 1, 1
  %p2 = insertvalue %pair %p1, float 4.0, 1, 0
  %z = zext i8 %b to i32
  %s = add i32 %z, %c
  %p3 = insertvalue %pair %p2, i32 %s, 0
  %agg = insertvalue { i32, ptr } undef, i32 1, 0
  %agg2 = insertvalue { i32, ptr } %agg, ptr null, 1
  %q = insertvalue %pair poison, i32 0, 0
  ret %pair %p3
}

define void @memory_ops(ptr %p, ptr addrspace(1) %q, i64 %n) {
entry:
  %al = alloca i32, align 4
  %al2 = alloca i32, i64 %n, align 16
  %al3 = alloca inalloca i32, align 4
  %al5 = alloca <vscale x 4 x i32>, align 16
  %v = load volatile i32, ptr %p, align 4, !nontemporal !0
  store volatile i32 %v, ptr %al, align 4
  %g0 = getelementptr inbounds nuw { i32, [4 x i8] }, ptr %p, i64 0, i32 1, i64 2
  %g1 = getelementptr nusw i8, ptr %p, i64 %n
  %g2 = getelementptr nuw i8, ptr %g1, i64 1
  %g3 = getelementptr i8, ptr addrspace(1) %q, i64 -1
  %asc = addrspacecast ptr addrspace(1) %g3 to ptr
  %l1 = load i8, ptr %asc, align 1, !invariant.load !1
  store i8 %l1, ptr %g0, align 1
  ret void
}

define i32 @atomics(ptr %p, ptr %fp, i32 %v) {
entry:
  %a = load atomic i32, ptr %p syncscope("singlethread") acquire, align 4
  %b = load atomic volatile i32, ptr %p seq_cst, align 4
  %c = load atomic i32, ptr %p unordered, align 4
  %d = load atomic i32, ptr %p monotonic, align 4
  store atomic volatile i32 %a, ptr %p release, align 4
  store atomic i32 %b, ptr %p syncscope("agent") seq_cst, align 4
  store atomic i32 %c, ptr %p unordered, align 4
  %cx = cmpxchg weak volatile ptr %p, i32 %a, i32 %b syncscope("agent") acq_rel monotonic, align 4
  %cx2 = cmpxchg ptr %p, i32 %c, i32 %d seq_cst seq_cst
  %cx3 = cmpxchg ptr %p, i32 0, i32 1 acquire acquire, align 8
  %cv = extractvalue { i32, i1 } %cx, 0
  %ok = extractvalue { i32, i1 } %cx2, 1
  %r0 = atomicrmw xchg ptr %p, i32 %v seq_cst
  %r1 = atomicrmw add ptr %p, i32 %v acquire
  %r2 = atomicrmw sub ptr %p, i32 %v release
  %r3 = atomicrmw and ptr %p, i32 %v acq_rel
  %r4 = atomicrmw nand ptr %p, i32 %v monotonic
  %r5 = atomicrmw or ptr %p, i32 %v seq_cst
  %r6 = atomicrmw xor ptr %p, i32 %v seq_cst
  %r7 = atomicrmw max ptr %p, i32 %v seq_cst
  %r8 = atomicrmw min ptr %p, i32 %v seq_cst
  %r9 = atomicrmw umax ptr %p, i32 %v seq_cst
  %r10 = atomicrmw umin ptr %p, i32 %v seq_cst
  %r11 = atomicrmw volatile uinc_wrap ptr %p, i32 %v syncscope("singlethread") seq_cst, align 4
  %r12 = atomicrmw udec_wrap ptr %p, i32 %v seq_cst
  %f0 = atomicrmw fadd ptr %fp, float 1.0 seq_cst
  %f1 = atomicrmw fsub ptr %fp, float 1.0 seq_cst
  %f2 = atomicrmw fmax ptr %fp, float 1.0 seq_cst
  %f3 = atomicrmw fmin ptr %fp, float 1.0 seq_cst, align 4
  %f4 = atomicrmw xchg ptr %fp, float 2.0 monotonic
  %pp = atomicrmw xchg ptr %fp, ptr null acq_rel
  fence syncscope("singlethread") seq_cst
  fence acquire
  fence release
  fence acq_rel
  fence syncscope("agent") seq_cst
  %s = add i32 %cv, %r11
  ret i32 %s
}

define void @conversions(double %d, ptr %p) {
  %f = fptrunc double %d to float
  %h = fptrunc float %f to half
  %bf = fptrunc float %f to bfloat
  %x = fpext half %h to x86_fp80
  %q = fpext double %d to fp128
  %ui = fptoui double %d to i64
  %u2 = uitofp i64 %ui to float
  %i = ptrtoint ptr %p to i64
  %pp = inttoptr i64 %i to ptr
  %bc = bitcast <2 x i32> <i32 1, i32 2> to i64
  %bc2 = bitcast half %h to i16
  %asc = addrspacecast ptr %pp to ptr addrspace(3)
  ret void
}

!0 = !{i32 1}
!1 = !{}
