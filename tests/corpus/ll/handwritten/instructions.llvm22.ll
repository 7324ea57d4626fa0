; instructions.llvm22.ll - hand-written: instruction syntax accepted by LLVM 22 but NOT by LLVM 19.
; Covers icmp samesign, fast-math flags on fptrunc/fpext, atomicrmw
; usub_cond/usub_sat/fmaximum/fminimum, ptrtoaddr (instruction and constant expression),
; target-extension global in addrspace(3) with poison initializer.
; (trunc nuw/nsw, uitofp/zext nneg, vector atomicrmw fadd are also here but LLVM 19 accepts them.)
; Check with:
;   llvm-as-22 tests/corpus/ll/handwritten/instructions.llvm22.ll -o /dev/null        (llvm-as-19 rejects this file)
;   python3 -c "import llvmlite.binding as b,sys; b.parse_assembly(open(sys.argv[1]).read()).verify()" tests/corpus/ll/handwritten/instructions.llvm22.ll
source_filename = "instructions.llvm22.ll"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@g = global i32 0
@named_barrier = addrspace(3) global target("amdgcn.named.barrier", 0) poison
@addr = global i64 ptrtoaddr (ptr @g to i64)
@addr_off = global i64 add (i64 ptrtoaddr (ptr @g to i64), i64 4)

define i1 @samesign(i32 %a, i32 %b) {
  %c = icmp samesign ult i32 %a, %b
  %d = icmp samesign sgt i32 %a, 0
  %v = icmp samesign eq <2 x i32> zeroinitializer, splat (i32 1)
  %e = and i1 %c, %d
  ret i1 %e
}

define float @fp_casts(double %a, half %h) {
  %f = fptrunc fast double %a to float
  %f2 = fptrunc nnan ninf double %a to float
  %d = fpext nnan half %h to double
  %d2 = fpext afn reassoc float %f to double
  %s = fadd float %f, %f2
  ret float %s
}

define i64 @int_casts(i32 %a, ptr %p, <2 x ptr> %vp) {
  %t = trunc nuw nsw i32 %a to i8
  %t2 = trunc nuw i32 %a to i16
  %z = zext nneg i8 %t to i64
  %u = uitofp nneg i32 %a to float
  %pa = ptrtoaddr ptr %p to i64
  %vpa = ptrtoaddr <2 x ptr> %vp to <2 x i64>
  %r = add i64 %z, %pa
  ret i64 %r
}

define void @rmw(ptr %p, i32 %v, float %x, <2 x half> %vh) {
  %a = atomicrmw usub_cond ptr %p, i32 %v seq_cst
  %b = atomicrmw usub_sat ptr %p, i32 %v syncscope("singlethread") monotonic, align 4
  %c = atomicrmw fmaximum ptr %p, float %x seq_cst
  %d = atomicrmw fminimum ptr %p, float %x acq_rel
  %e = atomicrmw volatile fadd ptr %p, <2 x half> %vh seq_cst, align 4
  ret void
}
