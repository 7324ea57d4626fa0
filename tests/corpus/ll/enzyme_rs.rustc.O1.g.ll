; ModuleID = 'enzyme_rs.6ae09c644fec0de4-cgu.0'
source_filename = "enzyme_rs.6ae09c644fec0de4-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@enzyme_const = external local_unnamed_addr global i32
@enzyme_out = external local_unnamed_addr global i32
@enzyme_dup = external local_unnamed_addr global i32

; enzyme_rs::tramp
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define noundef double @_ZN9enzyme_rs5tramp17hc233c019e52dc530E(ptr noundef readonly captures(none) %env, double noundef %x) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !7 {
start:
    #dbg_value(ptr %env, !21, !DIExpression(), !25)
    #dbg_value(double %x, !22, !DIExpression(), !25)
    #dbg_value(ptr %env, !26, !DIExpression(DW_OP_deref), !33)
    #dbg_value(double %x, !32, !DIExpression(), !33)
  %_5.i = load double, ptr %env, align 8, !dbg !35, !alias.scope !36, !noundef !19
  %_4.i = fmul double %x, %_5.i, !dbg !35
  %_3.i = fmul double %x, %_4.i, !dbg !35
    #dbg_value(double %_4.i, !39, !DIExpression(), !48)
  %0 = tail call noundef double @llvm.exp.f64(double %_4.i), !dbg !50
  %_0.i = fadd double %_3.i, %0, !dbg !35
  ret double %_0.i, !dbg !51
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define noundef double @copy_one(ptr noalias noundef readonly align 8 captures(none) dereferenceable(24) %src) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !52 {
start:
    #dbg_value(ptr poison, !69, !DIExpression(), !85)
    #dbg_value(ptr %src, !66, !DIExpression(), !87)
    #dbg_value(i64 0, !67, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !88)
    #dbg_value(double 0.000000e+00, !67, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !88)
    #dbg_value(float 0.000000e+00, !67, !DIExpression(DW_OP_LLVM_fragment, 128, 32), !88)
    #dbg_value(i32 0, !67, !DIExpression(DW_OP_LLVM_fragment, 160, 32), !88)
    #dbg_value(ptr %src, !81, !DIExpression(), !85)
    #dbg_value(ptr undef, !69, !DIExpression(), !85)
    #dbg_value(i64 24, !82, !DIExpression(), !85)
    #dbg_value(i64 poison, !67, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !88)
  %dst.sroa.4.0.src.sroa_idx = getelementptr inbounds nuw i8, ptr %src, i64 8, !dbg !89
  %dst.sroa.4.0.copyload = load double, ptr %dst.sroa.4.0.src.sroa_idx, align 8, !dbg !89
    #dbg_value(double %dst.sroa.4.0.copyload, !67, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !88)
  %dst.sroa.5.0.src.sroa_idx = getelementptr inbounds nuw i8, ptr %src, i64 16, !dbg !89
  %dst.sroa.5.0.copyload = load float, ptr %dst.sroa.5.0.src.sroa_idx, align 8, !dbg !89
    #dbg_value(float %dst.sroa.5.0.copyload, !67, !DIExpression(DW_OP_LLVM_fragment, 128, 32), !88)
    #dbg_value(i32 poison, !67, !DIExpression(DW_OP_LLVM_fragment, 160, 32), !88)
  %_10 = fpext float %dst.sroa.5.0.copyload to double, !dbg !90
  %_0 = fmul double %dst.sroa.4.0.copyload, %_10, !dbg !91
  ret double %_0, !dbg !92
}

; Function Attrs: nofree norecurse nosync nounwind nonlazybind memory(argmem: readwrite) uwtable
define noundef double @copy_then_sum(ptr noundef readonly captures(none) %src, i64 noundef %n) unnamed_addr #1 personality ptr @rust_eh_personality !dbg !93 {
start:
    #dbg_value(ptr poison, !130, !DIExpression(), !157)
  %buf = alloca [192 x i8], align 8
    #dbg_value(ptr %src, !98, !DIExpression(), !159)
    #dbg_value(i64 %n, !99, !DIExpression(), !159)
    #dbg_declare(ptr %buf, !100, !DIExpression(), !160)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf), !dbg !161
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(192) %buf, i8 0, i64 192, i1 false)
    #dbg_value(i64 %n, !162, !DIExpression(), !173)
    #dbg_value(i64 8, !170, !DIExpression(), !173)
  %_0.sroa.0.0.i = tail call noundef range(i64 0, 9) i64 @llvm.umin.i64(i64 %n, i64 8), !dbg !175
    #dbg_value(i64 %_0.sroa.0.0.i, !105, !DIExpression(), !176)
    #dbg_value(ptr %src, !177, !DIExpression(), !185)
    #dbg_value(ptr %buf, !183, !DIExpression(), !185)
    #dbg_value(i64 %_0.sroa.0.0.i, !184, !DIExpression(), !185)
  %0 = mul nuw nsw i64 %_0.sroa.0.0.i, 24, !dbg !187
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %buf, ptr align 8 %src, i64 %0, i1 false), !dbg !187
    #dbg_value(double 0.000000e+00, !107, !DIExpression(), !188)
    #dbg_value(ptr %buf, !189, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !201)
    #dbg_value(ptr %buf, !203, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !208)
    #dbg_value(ptr %buf, !210, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !220)
    #dbg_value(i64 %_0.sroa.0.0.i, !189, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !201)
    #dbg_value(i64 %_0.sroa.0.0.i, !203, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !208)
    #dbg_value(i64 %_0.sroa.0.0.i, !210, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !220)
    #dbg_value(i64 %_0.sroa.0.0.i, !214, !DIExpression(), !222)
    #dbg_value(i64 %_0.sroa.0.0.i, !223, !DIExpression(), !257)
    #dbg_value(ptr %buf, !216, !DIExpression(), !259)
    #dbg_value(ptr %buf, !256, !DIExpression(), !257)
    #dbg_value(ptr %buf, !109, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !260)
    #dbg_value(!DIArgList(ptr %buf, i64 %_0.sroa.0.0.i), !109, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 24, DW_OP_mul, DW_OP_plus, DW_OP_stack_value, DW_OP_LLVM_fragment, 64, 64), !260)
    #dbg_value(ptr undef, !130, !DIExpression(), !157)
    #dbg_value(ptr %buf, !151, !DIExpression(), !261)
    #dbg_value(!DIArgList(ptr %buf, i64 %_0.sroa.0.0.i), !153, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 24, DW_OP_mul, DW_OP_plus, DW_OP_stack_value), !262)
    #dbg_value(ptr poison, !263, !DIExpression(), !273)
    #dbg_value(ptr poison, !272, !DIExpression(), !275)
  %_6.i48 = icmp eq i64 %n, 0, !dbg !276
  br i1 %_6.i48, label %bb11, label %bb10, !dbg !277

bb10:                                             ; preds = %start
    #dbg_value(double 0.000000e+00, !107, !DIExpression(), !188)
    #dbg_value(ptr %buf, !109, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !260)
    #dbg_value(ptr %buf, !109, !DIExpression(DW_OP_plus_uconst, 24, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !260)
    #dbg_value(ptr %buf, !128, !DIExpression(), !278)
  %1 = getelementptr inbounds nuw i8, ptr %buf, i64 8, !dbg !279
  %_21 = load double, ptr %1, align 8, !dbg !279, !noundef !19
  %_20 = fmul double %_21, %_21, !dbg !279
  %2 = getelementptr inbounds nuw i8, ptr %buf, i64 16, !dbg !280
  %_24 = load float, ptr %2, align 8, !dbg !280, !noundef !19
  %_23 = fpext float %_24 to double, !dbg !280
  %_26 = load i64, ptr %buf, align 8, !dbg !281, !noundef !19
  %_25 = sitofp i64 %_26 to double, !dbg !281
  %_22 = fmul double %_23, %_25, !dbg !280
  %_19 = fadd double %_20, %_22, !dbg !279
    #dbg_value(double %_19, !107, !DIExpression(), !188)
    #dbg_value(ptr undef, !130, !DIExpression(), !157)
    #dbg_value(ptr %buf, !151, !DIExpression(DW_OP_plus_uconst, 24, DW_OP_stack_value), !261)
    #dbg_value(!DIArgList(ptr %buf, i64 %_0.sroa.0.0.i), !153, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 24, DW_OP_mul, DW_OP_plus, DW_OP_stack_value), !262)
    #dbg_value(ptr poison, !263, !DIExpression(), !273)
    #dbg_value(ptr poison, !272, !DIExpression(), !275)
  %_6.i4 = icmp eq i64 %n, 1, !dbg !276
    #dbg_value(ptr poison, !109, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !260)
  br i1 %_6.i4, label %bb11, label %bb10.1, !dbg !277

bb10.1:                                           ; preds = %bb10
  %spec.select = getelementptr inbounds nuw i8, ptr %buf, i64 24, !dbg !282
    #dbg_value(ptr %spec.select, !109, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !260)
    #dbg_value(ptr %spec.select, !151, !DIExpression(), !261)
    #dbg_value(double %_19, !107, !DIExpression(), !188)
    #dbg_value(ptr %spec.select, !109, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !260)
    #dbg_value(ptr %buf, !109, !DIExpression(DW_OP_plus_uconst, 48, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !260)
    #dbg_value(ptr %spec.select, !128, !DIExpression(), !278)
  %3 = getelementptr inbounds nuw i8, ptr %buf, i64 32, !dbg !279
  %_21.1 = load double, ptr %3, align 8, !dbg !279, !noundef !19
  %_20.1 = fmul double %_21.1, %_21.1, !dbg !279
  %4 = getelementptr inbounds nuw i8, ptr %buf, i64 40, !dbg !280
  %_24.1 = load float, ptr %4, align 8, !dbg !280, !noundef !19
  %_23.1 = fpext float %_24.1 to double, !dbg !280
  %_26.1 = load i64, ptr %spec.select, align 8, !dbg !281, !noundef !19
  %_25.1 = sitofp i64 %_26.1 to double, !dbg !281
  %_22.1 = fmul double %_23.1, %_25.1, !dbg !280
  %_19.1 = fadd double %_20.1, %_22.1, !dbg !279
  %5 = fadd double %_19, %_19.1, !dbg !283
    #dbg_value(double %5, !107, !DIExpression(), !188)
    #dbg_value(ptr undef, !130, !DIExpression(), !157)
    #dbg_value(ptr %buf, !151, !DIExpression(DW_OP_plus_uconst, 48, DW_OP_stack_value), !261)
    #dbg_value(!DIArgList(ptr %buf, i64 %_0.sroa.0.0.i), !153, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 24, DW_OP_mul, DW_OP_plus, DW_OP_stack_value), !262)
    #dbg_value(ptr poison, !263, !DIExpression(), !273)
    #dbg_value(ptr poison, !272, !DIExpression(), !275)
  %_6.i4.1 = icmp eq i64 %n, 2, !dbg !276
    #dbg_value(ptr poison, !109, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !260)
  br i1 %_6.i4.1, label %bb11, label %bb10.2, !dbg !277

bb10.2:                                           ; preds = %bb10.1
  %spec.select.1 = getelementptr inbounds nuw i8, ptr %buf, i64 48, !dbg !282
    #dbg_value(ptr %spec.select.1, !109, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !260)
    #dbg_value(ptr %spec.select.1, !151, !DIExpression(), !261)
    #dbg_value(double %5, !107, !DIExpression(), !188)
    #dbg_value(ptr %spec.select.1, !109, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !260)
    #dbg_value(ptr %buf, !109, !DIExpression(DW_OP_plus_uconst, 72, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !260)
    #dbg_value(ptr %spec.select.1, !128, !DIExpression(), !278)
  %6 = getelementptr inbounds nuw i8, ptr %buf, i64 56, !dbg !279
  %_21.2 = load double, ptr %6, align 8, !dbg !279, !noundef !19
  %_20.2 = fmul double %_21.2, %_21.2, !dbg !279
  %7 = getelementptr inbounds nuw i8, ptr %buf, i64 64, !dbg !280
  %_24.2 = load float, ptr %7, align 8, !dbg !280, !noundef !19
  %_23.2 = fpext float %_24.2 to double, !dbg !280
  %_26.2 = load i64, ptr %spec.select.1, align 8, !dbg !281, !noundef !19
  %_25.2 = sitofp i64 %_26.2 to double, !dbg !281
  %_22.2 = fmul double %_23.2, %_25.2, !dbg !280
  %_19.2 = fadd double %_20.2, %_22.2, !dbg !279
  %8 = fadd double %5, %_19.2, !dbg !283
    #dbg_value(double %8, !107, !DIExpression(), !188)
    #dbg_value(ptr undef, !130, !DIExpression(), !157)
    #dbg_value(ptr %buf, !151, !DIExpression(DW_OP_plus_uconst, 72, DW_OP_stack_value), !261)
    #dbg_value(!DIArgList(ptr %buf, i64 %_0.sroa.0.0.i), !153, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 24, DW_OP_mul, DW_OP_plus, DW_OP_stack_value), !262)
    #dbg_value(ptr poison, !263, !DIExpression(), !273)
    #dbg_value(ptr poison, !272, !DIExpression(), !275)
  %_6.i4.2 = icmp eq i64 %n, 3, !dbg !276
    #dbg_value(ptr poison, !109, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !260)
  br i1 %_6.i4.2, label %bb11, label %bb10.3, !dbg !277

bb10.3:                                           ; preds = %bb10.2
  %spec.select.2 = getelementptr inbounds nuw i8, ptr %buf, i64 72, !dbg !282
    #dbg_value(ptr %spec.select.2, !109, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !260)
    #dbg_value(ptr %spec.select.2, !151, !DIExpression(), !261)
    #dbg_value(double %8, !107, !DIExpression(), !188)
    #dbg_value(ptr %spec.select.2, !109, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !260)
    #dbg_value(ptr %buf, !109, !DIExpression(DW_OP_plus_uconst, 96, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !260)
    #dbg_value(ptr %spec.select.2, !128, !DIExpression(), !278)
  %9 = getelementptr inbounds nuw i8, ptr %buf, i64 80, !dbg !279
  %_21.3 = load double, ptr %9, align 8, !dbg !279, !noundef !19
  %_20.3 = fmul double %_21.3, %_21.3, !dbg !279
  %10 = getelementptr inbounds nuw i8, ptr %buf, i64 88, !dbg !280
  %_24.3 = load float, ptr %10, align 8, !dbg !280, !noundef !19
  %_23.3 = fpext float %_24.3 to double, !dbg !280
  %_26.3 = load i64, ptr %spec.select.2, align 8, !dbg !281, !noundef !19
  %_25.3 = sitofp i64 %_26.3 to double, !dbg !281
  %_22.3 = fmul double %_23.3, %_25.3, !dbg !280
  %_19.3 = fadd double %_20.3, %_22.3, !dbg !279
  %11 = fadd double %8, %_19.3, !dbg !283
    #dbg_value(double %11, !107, !DIExpression(), !188)
    #dbg_value(ptr undef, !130, !DIExpression(), !157)
    #dbg_value(ptr %buf, !151, !DIExpression(DW_OP_plus_uconst, 96, DW_OP_stack_value), !261)
    #dbg_value(!DIArgList(ptr %buf, i64 %_0.sroa.0.0.i), !153, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 24, DW_OP_mul, DW_OP_plus, DW_OP_stack_value), !262)
    #dbg_value(ptr poison, !263, !DIExpression(), !273)
    #dbg_value(ptr poison, !272, !DIExpression(), !275)
  %_6.i4.3 = icmp eq i64 %n, 4, !dbg !276
    #dbg_value(ptr poison, !109, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !260)
  br i1 %_6.i4.3, label %bb11, label %bb10.4, !dbg !277

bb10.4:                                           ; preds = %bb10.3
  %spec.select.3 = getelementptr inbounds nuw i8, ptr %buf, i64 96, !dbg !282
    #dbg_value(ptr %spec.select.3, !109, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !260)
    #dbg_value(ptr %spec.select.3, !151, !DIExpression(), !261)
    #dbg_value(double %11, !107, !DIExpression(), !188)
    #dbg_value(ptr %spec.select.3, !109, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !260)
    #dbg_value(ptr %buf, !109, !DIExpression(DW_OP_plus_uconst, 120, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !260)
    #dbg_value(ptr %spec.select.3, !128, !DIExpression(), !278)
  %12 = getelementptr inbounds nuw i8, ptr %buf, i64 104, !dbg !279
  %_21.4 = load double, ptr %12, align 8, !dbg !279, !noundef !19
  %_20.4 = fmul double %_21.4, %_21.4, !dbg !279
  %13 = getelementptr inbounds nuw i8, ptr %buf, i64 112, !dbg !280
  %_24.4 = load float, ptr %13, align 8, !dbg !280, !noundef !19
  %_23.4 = fpext float %_24.4 to double, !dbg !280
  %_26.4 = load i64, ptr %spec.select.3, align 8, !dbg !281, !noundef !19
  %_25.4 = sitofp i64 %_26.4 to double, !dbg !281
  %_22.4 = fmul double %_23.4, %_25.4, !dbg !280
  %_19.4 = fadd double %_20.4, %_22.4, !dbg !279
  %14 = fadd double %11, %_19.4, !dbg !283
    #dbg_value(double %14, !107, !DIExpression(), !188)
    #dbg_value(ptr undef, !130, !DIExpression(), !157)
    #dbg_value(ptr %buf, !151, !DIExpression(DW_OP_plus_uconst, 120, DW_OP_stack_value), !261)
    #dbg_value(!DIArgList(ptr %buf, i64 %_0.sroa.0.0.i), !153, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 24, DW_OP_mul, DW_OP_plus, DW_OP_stack_value), !262)
    #dbg_value(ptr poison, !263, !DIExpression(), !273)
    #dbg_value(ptr poison, !272, !DIExpression(), !275)
  %_6.i4.4 = icmp eq i64 %n, 5, !dbg !276
    #dbg_value(ptr poison, !109, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !260)
  br i1 %_6.i4.4, label %bb11, label %bb10.5, !dbg !277

bb10.5:                                           ; preds = %bb10.4
  %spec.select.4 = getelementptr inbounds nuw i8, ptr %buf, i64 120, !dbg !282
    #dbg_value(ptr %spec.select.4, !109, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !260)
    #dbg_value(ptr %spec.select.4, !151, !DIExpression(), !261)
    #dbg_value(double %14, !107, !DIExpression(), !188)
    #dbg_value(ptr %spec.select.4, !109, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !260)
    #dbg_value(ptr %buf, !109, !DIExpression(DW_OP_plus_uconst, 144, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !260)
    #dbg_value(ptr %spec.select.4, !128, !DIExpression(), !278)
  %15 = getelementptr inbounds nuw i8, ptr %buf, i64 128, !dbg !279
  %_21.5 = load double, ptr %15, align 8, !dbg !279, !noundef !19
  %_20.5 = fmul double %_21.5, %_21.5, !dbg !279
  %16 = getelementptr inbounds nuw i8, ptr %buf, i64 136, !dbg !280
  %_24.5 = load float, ptr %16, align 8, !dbg !280, !noundef !19
  %_23.5 = fpext float %_24.5 to double, !dbg !280
  %_26.5 = load i64, ptr %spec.select.4, align 8, !dbg !281, !noundef !19
  %_25.5 = sitofp i64 %_26.5 to double, !dbg !281
  %_22.5 = fmul double %_23.5, %_25.5, !dbg !280
  %_19.5 = fadd double %_20.5, %_22.5, !dbg !279
  %17 = fadd double %14, %_19.5, !dbg !283
    #dbg_value(double %17, !107, !DIExpression(), !188)
    #dbg_value(ptr undef, !130, !DIExpression(), !157)
    #dbg_value(ptr %buf, !151, !DIExpression(DW_OP_plus_uconst, 144, DW_OP_stack_value), !261)
    #dbg_value(!DIArgList(ptr %buf, i64 %_0.sroa.0.0.i), !153, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 24, DW_OP_mul, DW_OP_plus, DW_OP_stack_value), !262)
    #dbg_value(ptr poison, !263, !DIExpression(), !273)
    #dbg_value(ptr poison, !272, !DIExpression(), !275)
  %_6.i4.5 = icmp eq i64 %n, 6, !dbg !276
    #dbg_value(ptr poison, !109, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !260)
  br i1 %_6.i4.5, label %bb11, label %bb10.6, !dbg !277

bb10.6:                                           ; preds = %bb10.5
  %spec.select.5 = getelementptr inbounds nuw i8, ptr %buf, i64 144, !dbg !282
    #dbg_value(ptr %spec.select.5, !109, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !260)
    #dbg_value(ptr %spec.select.5, !151, !DIExpression(), !261)
    #dbg_value(double %17, !107, !DIExpression(), !188)
    #dbg_value(ptr %spec.select.5, !109, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !260)
    #dbg_value(ptr %buf, !109, !DIExpression(DW_OP_plus_uconst, 168, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !260)
    #dbg_value(ptr %spec.select.5, !128, !DIExpression(), !278)
  %18 = getelementptr inbounds nuw i8, ptr %buf, i64 152, !dbg !279
  %_21.6 = load double, ptr %18, align 8, !dbg !279, !noundef !19
  %_20.6 = fmul double %_21.6, %_21.6, !dbg !279
  %19 = getelementptr inbounds nuw i8, ptr %buf, i64 160, !dbg !280
  %_24.6 = load float, ptr %19, align 8, !dbg !280, !noundef !19
  %_23.6 = fpext float %_24.6 to double, !dbg !280
  %_26.6 = load i64, ptr %spec.select.5, align 8, !dbg !281, !noundef !19
  %_25.6 = sitofp i64 %_26.6 to double, !dbg !281
  %_22.6 = fmul double %_23.6, %_25.6, !dbg !280
  %_19.6 = fadd double %_20.6, %_22.6, !dbg !279
  %20 = fadd double %17, %_19.6, !dbg !283
    #dbg_value(double %20, !107, !DIExpression(), !188)
    #dbg_value(ptr undef, !130, !DIExpression(), !157)
    #dbg_value(ptr %buf, !151, !DIExpression(DW_OP_plus_uconst, 168, DW_OP_stack_value), !261)
    #dbg_value(!DIArgList(ptr %buf, i64 %_0.sroa.0.0.i), !153, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 24, DW_OP_mul, DW_OP_plus, DW_OP_stack_value), !262)
    #dbg_value(ptr poison, !263, !DIExpression(), !273)
    #dbg_value(ptr poison, !272, !DIExpression(), !275)
  %_6.i4.6 = icmp eq i64 %n, 7, !dbg !276
    #dbg_value(ptr poison, !109, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !260)
  br i1 %_6.i4.6, label %bb11, label %bb10.7, !dbg !277

bb10.7:                                           ; preds = %bb10.6
  %spec.select.6 = getelementptr inbounds nuw i8, ptr %buf, i64 168, !dbg !282
    #dbg_value(ptr %spec.select.6, !109, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !260)
    #dbg_value(ptr %spec.select.6, !151, !DIExpression(), !261)
    #dbg_value(double %20, !107, !DIExpression(), !188)
    #dbg_value(ptr %spec.select.6, !109, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !260)
    #dbg_value(ptr %spec.select.6, !109, !DIExpression(DW_OP_plus_uconst, 24, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !260)
    #dbg_value(ptr %spec.select.6, !128, !DIExpression(), !278)
  %21 = getelementptr inbounds nuw i8, ptr %buf, i64 176, !dbg !279
  %_21.7 = load double, ptr %21, align 8, !dbg !279, !noundef !19
  %_20.7 = fmul double %_21.7, %_21.7, !dbg !279
  %22 = getelementptr inbounds nuw i8, ptr %buf, i64 184, !dbg !280
  %_24.7 = load float, ptr %22, align 8, !dbg !280, !noundef !19
  %_23.7 = fpext float %_24.7 to double, !dbg !280
  %_26.7 = load i64, ptr %spec.select.6, align 8, !dbg !281, !noundef !19
  %_25.7 = sitofp i64 %_26.7 to double, !dbg !281
  %_22.7 = fmul double %_23.7, %_25.7, !dbg !280
  %_19.7 = fadd double %_20.7, %_22.7, !dbg !279
  %23 = fadd double %20, %_19.7, !dbg !283
    #dbg_value(double %23, !107, !DIExpression(), !188)
    #dbg_value(ptr undef, !130, !DIExpression(), !157)
    #dbg_value(ptr %spec.select.6, !151, !DIExpression(DW_OP_plus_uconst, 24, DW_OP_stack_value), !261)
    #dbg_value(!DIArgList(ptr %buf, i64 %_0.sroa.0.0.i), !153, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 24, DW_OP_mul, DW_OP_plus, DW_OP_stack_value), !262)
    #dbg_value(ptr poison, !263, !DIExpression(), !273)
    #dbg_value(ptr poison, !272, !DIExpression(), !275)
    #dbg_value(ptr poison, !109, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !260)
  br label %bb11, !dbg !277

bb11:                                             ; preds = %bb10, %bb10.1, %bb10.2, %bb10.3, %bb10.4, %bb10.5, %bb10.6, %bb10.7, %start
  %s.sroa.0.0.lcssa = phi double [ 0.000000e+00, %start ], [ %_19, %bb10 ], [ %5, %bb10.1 ], [ %8, %bb10.2 ], [ %11, %bb10.3 ], [ %14, %bb10.4 ], [ %17, %bb10.5 ], [ %20, %bb10.6 ], [ %23, %bb10.7 ], !dbg !176
  call void @llvm.lifetime.end.p0(ptr nonnull %buf), !dbg !284
  ret double %s.sroa.0.0.lcssa, !dbg !285
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef double @d_closure(double noundef %k, double noundef %x) unnamed_addr #2 personality ptr @rust_eh_personality !dbg !286 {
start:
  %c = alloca [8 x i8], align 8
    #dbg_value(double %k, !290, !DIExpression(), !300)
    #dbg_value(double %x, !291, !DIExpression(), !300)
    #dbg_declare(ptr %c, !292, !DIExpression(), !301)
  call void @llvm.lifetime.start.p0(ptr nonnull %c), !dbg !302
  store double %k, ptr %c, align 8, !dbg !303
    #dbg_value(ptr @_ZN9enzyme_rs5tramp17hc233c019e52dc530E, !294, !DIExpression(), !304)
  %_7 = load i32, ptr @enzyme_const, align 4, !dbg !305, !noundef !19
  %_10 = load i32, ptr @enzyme_out, align 4, !dbg !306, !noundef !19
  %a = call noundef double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @_ZN9enzyme_rs5tramp17hc233c019e52dc530E, i32 noundef %_7, ptr noundef nonnull %c, i32 noundef %_10, double noundef %x) #9, !dbg !307
    #dbg_value(double %a, !296, !DIExpression(), !308)
  %b = call noundef double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @_ZN9enzyme_rs5tramp17hc233c019e52dc530E, ptr noundef nonnull %c, double noundef %x) #9, !dbg !309
    #dbg_value(double %b, !298, !DIExpression(), !310)
  %_0 = fadd double %a, %b, !dbg !311
  call void @llvm.lifetime.end.p0(ptr nonnull %c), !dbg !312
  ret double %_0, !dbg !313
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef double @d_copy(ptr noundef %ps, ptr noundef %dps, i64 noundef %n) unnamed_addr #2 !dbg !314 {
start:
    #dbg_value(ptr %ps, !318, !DIExpression(), !321)
    #dbg_value(ptr %dps, !319, !DIExpression(), !321)
    #dbg_value(i64 %n, !320, !DIExpression(), !321)
  %_7 = load i32, ptr @enzyme_dup, align 4, !dbg !322, !noundef !19
  %_9 = load i32, ptr @enzyme_const, align 4, !dbg !323, !noundef !19
  %_4 = tail call noundef double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @copy_then_sum, i32 noundef %_7, ptr noundef %ps, ptr noundef %dps, i32 noundef %_9, i64 noundef %n) #9, !dbg !324
  %_14 = load i32, ptr @enzyme_dup, align 4, !dbg !325, !noundef !19
  %_11 = tail call noundef double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @copy_one, i32 noundef %_14, ptr noundef %ps, ptr noundef %dps) #9, !dbg !326
  %_0 = fadd double %_4, %_11, !dbg !324
  ret double %_0, !dbg !327
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef double @d_square(double noundef %x) unnamed_addr #2 !dbg !328 {
start:
    #dbg_value(double %x, !330, !DIExpression(), !331)
  %_4 = load i32, ptr @enzyme_out, align 4, !dbg !332, !noundef !19
  %_0 = tail call noundef double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @square, i32 noundef %_4, double noundef %x) #9, !dbg !333
  ret double %_0, !dbg !334
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef double @fwd_square(double noundef %x) unnamed_addr #2 !dbg !335 {
start:
    #dbg_value(double %x, !337, !DIExpression(), !338)
  %_4 = load i32, ptr @enzyme_dup, align 4, !dbg !339, !noundef !19
  %_0 = tail call noundef double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @square, i32 noundef %_4, double noundef %x, double noundef 1.000000e+00) #9, !dbg !340
  ret double %_0, !dbg !341
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable
define noundef double @square(double noundef %x) unnamed_addr #3 personality ptr @rust_eh_personality !dbg !342 {
start:
    #dbg_value(double %x, !344, !DIExpression(), !345)
    #dbg_value(double %x, !346, !DIExpression(), !349)
  %0 = tail call noundef double @llvm.sin.f64(double %x), !dbg !351
  %_2 = fmul double %x, %x, !dbg !352
  %_0 = fadd double %_2, %0, !dbg !352
  ret double %_0, !dbg !353
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.exp.f64(double) #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sin.f64(double) #5

; Function Attrs: nounwind nonlazybind uwtable
declare noundef range(i32 0, 10) i32 @rust_eh_personality(i32 noundef, i32 noundef, i64 noundef, ptr noundef, ptr noundef) unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #6

; Function Attrs: nounwind nonlazybind uwtable
declare noundef double @__enzyme_autodiff(ptr noundef, ...) unnamed_addr #2

; Function Attrs: nounwind nonlazybind uwtable
declare noundef double @__enzyme_fwddiff(ptr noundef, ...) unnamed_addr #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #7

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #8

attributes #0 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nofree norecurse nosync nounwind nonlazybind memory(argmem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #8 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #9 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}
!llvm.dbg.cu = !{!5}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!5 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !6, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!6 = !DIFile(filename: "src/enzyme_rs.rs/@/enzyme_rs.6ae09c644fec0de4-cgu.0", directory: ".")
!7 = distinct !DISubprogram(name: "tramp<enzyme_rs::d_closure::{closure_env#0}>", linkageName: "_ZN9enzyme_rs5tramp17hc233c019e52dc530E", scope: !9, file: !8, line: 22, type: !10, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !23, retainedNodes: !20)
!8 = !DIFile(filename: "src/enzyme_rs.rs", directory: ".", checksumkind: CSK_MD5, checksum: "cfe360b480f5bc3e6b1e914ed1c51bf1")
!9 = !DINamespace(name: "enzyme_rs", scope: null)
!10 = !DISubroutineType(types: !11)
!11 = !{!12, !13, !12}
!12 = !DIBasicType(name: "f64", size: 64, encoding: DW_ATE_float)
!13 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const enzyme_rs::d_closure::{closure_env#0}", baseType: !14, size: 64, align: 64, dwarfAddressSpace: 0)
!14 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}", scope: !16, file: !15, size: 64, align: 64, elements: !17, templateParams: !19, identifier: "310b830d9bcb06f632d933e1c09a990e")
!15 = !DIFile(filename: "<unknown>", directory: "")
!16 = !DINamespace(name: "d_closure", scope: !9)
!17 = !{!18}
!18 = !DIDerivedType(tag: DW_TAG_member, name: "k", scope: !14, file: !15, baseType: !12, size: 64, align: 64)
!19 = !{}
!20 = !{!21, !22}
!21 = !DILocalVariable(name: "env", arg: 1, scope: !7, file: !8, line: 22, type: !13)
!22 = !DILocalVariable(name: "x", arg: 2, scope: !7, file: !8, line: 22, type: !12)
!23 = !{!24}
!24 = !DITemplateTypeParameter(name: "F", type: !14)
!25 = !DILocation(line: 0, scope: !7)
!26 = !DILocalVariable(name: "k", scope: !27, file: !8, line: 60, type: !12, align: 64)
!27 = distinct !DISubprogram(name: "{closure#0}", linkageName: "_ZN9enzyme_rs9d_closure28_$u7b$$u7b$closure$u7d$$u7d$17hbc04008ce86ecef8E", scope: !16, file: !8, line: 61, type: !28, scopeLine: 61, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !19, retainedNodes: !31)
!28 = !DISubroutineType(types: !29)
!29 = !{!12, !30, !12}
!30 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&enzyme_rs::d_closure::{closure_env#0}", baseType: !14, size: 64, align: 64, dwarfAddressSpace: 0)
!31 = !{!32, !26}
!32 = !DILocalVariable(name: "y", arg: 2, scope: !27, file: !8, line: 61, type: !12)
!33 = !DILocation(line: 0, scope: !27, inlinedAt: !34)
!34 = distinct !DILocation(line: 23, column: 14, scope: !7)
!35 = !DILocation(line: 61, column: 27, scope: !27, inlinedAt: !34)
!36 = !{!37}
!37 = distinct !{!37, !38, !"_ZN9enzyme_rs9d_closure28_$u7b$$u7b$closure$u7d$$u7d$17hbc04008ce86ecef8E: %_1"}
!38 = distinct !{!38, !"_ZN9enzyme_rs9d_closure28_$u7b$$u7b$closure$u7d$$u7d$17hbc04008ce86ecef8E"}
!39 = !DILocalVariable(name: "self", arg: 1, scope: !40, file: !41, line: 411, type: !12)
!40 = distinct !DISubprogram(name: "exp", linkageName: "_RNvMNtCsjrHSEGnQ3l9_3std3f64d3exp", scope: !42, file: !41, line: 411, type: !45, scopeLine: 411, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !19, retainedNodes: !47)
!41 = !DIFile(filename: "library/std/src/num/f64.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "25b2a0d69a7ff90f22cee9f25d3729c1")
!42 = !DINamespace(name: "{impl#0}", scope: !43)
!43 = !DINamespace(name: "f64", scope: !44)
!44 = !DINamespace(name: "std", scope: null)
!45 = !DISubroutineType(types: !46)
!46 = !{!12, !12}
!47 = !{!39}
!48 = !DILocation(line: 0, scope: !40, inlinedAt: !49)
!49 = distinct !DILocation(line: 61, column: 47, scope: !27, inlinedAt: !34)
!50 = !DILocation(line: 412, column: 9, scope: !40, inlinedAt: !49)
!51 = !DILocation(line: 24, column: 2, scope: !7)
!52 = distinct !DISubprogram(name: "copy_one", scope: !9, file: !8, line: 46, type: !53, scopeLine: 46, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !19, retainedNodes: !65)
!53 = !DISubroutineType(types: !54)
!54 = !{!12, !55}
!55 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&enzyme_rs::P", baseType: !56, size: 64, align: 64, dwarfAddressSpace: 0)
!56 = !DICompositeType(tag: DW_TAG_structure_type, name: "P", scope: !9, file: !15, size: 192, align: 64, flags: DIFlagPublic, elements: !57, templateParams: !19, identifier: "6c0858f9d3c794c2f846056588c40a19")
!57 = !{!58, !60, !61, !63}
!58 = !DIDerivedType(tag: DW_TAG_member, name: "n", scope: !56, file: !15, baseType: !59, size: 64, align: 64, flags: DIFlagPublic)
!59 = !DIBasicType(name: "i64", size: 64, encoding: DW_ATE_signed)
!60 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !56, file: !15, baseType: !12, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!61 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !56, file: !15, baseType: !62, size: 32, align: 32, offset: 128, flags: DIFlagPublic)
!62 = !DIBasicType(name: "f32", size: 32, encoding: DW_ATE_float)
!63 = !DIDerivedType(tag: DW_TAG_member, name: "tag", scope: !56, file: !15, baseType: !64, size: 32, align: 32, offset: 160, flags: DIFlagPublic)
!64 = !DIBasicType(name: "i32", size: 32, encoding: DW_ATE_signed)
!65 = !{!66, !67}
!66 = !DILocalVariable(name: "src", arg: 1, scope: !52, file: !8, line: 46, type: !55)
!67 = !DILocalVariable(name: "dst", scope: !68, file: !8, line: 47, type: !56, align: 64)
!68 = distinct !DILexicalBlock(scope: !52, file: !8, line: 47, column: 5)
!69 = !DILocalVariable(name: "dst", arg: 2, scope: !70, file: !71, line: 526, type: !78)
!70 = distinct !DISubprogram(name: "copy_nonoverlapping<u8>", linkageName: "_ZN4core3ptr19copy_nonoverlapping17h45fbcbc3748a5062E", scope: !72, file: !71, line: 526, type: !74, scopeLine: 526, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !83, retainedNodes: !80)
!71 = !DIFile(filename: "library/core/src/ptr/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8f706ae0a0620120e6e931983ef127f1")
!72 = !DINamespace(name: "ptr", scope: !73)
!73 = !DINamespace(name: "core", scope: null)
!74 = !DISubroutineType(types: !75)
!75 = !{null, !76, !78, !79}
!76 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !77, size: 64, align: 64, dwarfAddressSpace: 0)
!77 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!78 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u8", baseType: !77, size: 64, align: 64, dwarfAddressSpace: 0)
!79 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!80 = !{!81, !69, !82}
!81 = !DILocalVariable(name: "src", arg: 1, scope: !70, file: !71, line: 526, type: !76)
!82 = !DILocalVariable(name: "count", arg: 3, scope: !70, file: !71, line: 526, type: !79)
!83 = !{!84}
!84 = !DITemplateTypeParameter(name: "T", type: !77)
!85 = !DILocation(line: 0, scope: !70, inlinedAt: !86)
!86 = distinct !DILocation(line: 49, column: 9, scope: !68)
!87 = !DILocation(line: 0, scope: !52)
!88 = !DILocation(line: 0, scope: !68)
!89 = !DILocation(line: 547, column: 14, scope: !70, inlinedAt: !86)
!90 = !DILocation(line: 51, column: 13, scope: !68)
!91 = !DILocation(line: 51, column: 5, scope: !68)
!92 = !DILocation(line: 52, column: 2, scope: !52)
!93 = distinct !DISubprogram(name: "copy_then_sum", scope: !9, file: !8, line: 33, type: !94, scopeLine: 33, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !19, retainedNodes: !97)
!94 = !DISubroutineType(types: !95)
!95 = !{!12, !96, !79}
!96 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const enzyme_rs::P", baseType: !56, size: 64, align: 64, dwarfAddressSpace: 0)
!97 = !{!98, !99, !100, !105, !107, !109, !128}
!98 = !DILocalVariable(name: "src", arg: 1, scope: !93, file: !8, line: 33, type: !96)
!99 = !DILocalVariable(name: "n", arg: 2, scope: !93, file: !8, line: 33, type: !79)
!100 = !DILocalVariable(name: "buf", scope: !101, file: !8, line: 34, type: !102, align: 64)
!101 = distinct !DILexicalBlock(scope: !93, file: !8, line: 34, column: 5)
!102 = !DICompositeType(tag: DW_TAG_array_type, baseType: !56, size: 1536, align: 64, elements: !103)
!103 = !{!104}
!104 = !DISubrange(count: 8, lowerBound: 0)
!105 = !DILocalVariable(name: "n", scope: !106, file: !8, line: 35, type: !79, align: 64)
!106 = distinct !DILexicalBlock(scope: !101, file: !8, line: 35, column: 5)
!107 = !DILocalVariable(name: "s", scope: !108, file: !8, line: 37, type: !12, align: 64)
!108 = distinct !DILexicalBlock(scope: !106, file: !8, line: 37, column: 5)
!109 = !DILocalVariable(name: "iter", scope: !110, file: !8, line: 38, type: !111, align: 64)
!110 = distinct !DILexicalBlock(scope: !108, file: !8, line: 38, column: 5)
!111 = !DICompositeType(tag: DW_TAG_structure_type, name: "Iter<enzyme_rs::P>", scope: !112, file: !15, size: 128, align: 64, flags: DIFlagPublic, elements: !114, templateParams: !120, identifier: "8d52d06035705bd1e082e7153dd865a4")
!112 = !DINamespace(name: "iter", scope: !113)
!113 = !DINamespace(name: "slice", scope: !73)
!114 = !{!115, !122, !123}
!115 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !111, file: !15, baseType: !116, size: 64, align: 64, flags: DIFlagPrivate)
!116 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<enzyme_rs::P>", scope: !117, file: !15, size: 64, align: 64, flags: DIFlagPublic, elements: !118, templateParams: !120, identifier: "ed09a46900f955ead92bdfae3f744a32")
!117 = !DINamespace(name: "non_null", scope: !72)
!118 = !{!119}
!119 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !116, file: !15, baseType: !96, size: 64, align: 64, flags: DIFlagPrivate)
!120 = !{!121}
!121 = !DITemplateTypeParameter(name: "T", type: !56)
!122 = !DIDerivedType(tag: DW_TAG_member, name: "end_or_len", scope: !111, file: !15, baseType: !96, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!123 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !111, file: !15, baseType: !124, align: 8, offset: 128, flags: DIFlagPrivate)
!124 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&enzyme_rs::P>", scope: !125, file: !15, align: 8, flags: DIFlagPublic, elements: !19, templateParams: !126, identifier: "5416f829833c13f5b991d3b50dd17da1")
!125 = !DINamespace(name: "marker", scope: !73)
!126 = !{!127}
!127 = !DITemplateTypeParameter(name: "T", type: !55)
!128 = !DILocalVariable(name: "p", scope: !129, file: !8, line: 38, type: !55, align: 64)
!129 = distinct !DILexicalBlock(scope: !110, file: !8, line: 38, column: 5)
!130 = !DILocalVariable(name: "self", arg: 1, scope: !131, file: !132, line: 157, type: !149)
!131 = distinct !DISubprogram(name: "next<enzyme_rs::P>", linkageName: "_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4next17haddcdde8f1cb1713E", scope: !133, file: !132, line: 157, type: !134, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !120, retainedNodes: !150)
!132 = !DIFile(filename: "library/core/src/slice/iter/macros.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "87d1f0c2746f51593d75ddf4c9271f14")
!133 = !DINamespace(name: "{impl#171}", scope: !112)
!134 = !DISubroutineType(types: !135)
!135 = !{!136, !149}
!136 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<&enzyme_rs::P>", scope: !137, file: !15, size: 64, align: 64, flags: DIFlagPublic, elements: !138, templateParams: !19, identifier: "b31f92ab3a86af7f8e391e58130b1541")
!137 = !DINamespace(name: "option", scope: !73)
!138 = !{!139}
!139 = !DICompositeType(tag: DW_TAG_variant_part, scope: !136, file: !15, size: 64, align: 64, elements: !140, templateParams: !19, identifier: "4e71867301784176a3f37c4593bce67b", discriminator: !147)
!140 = !{!141, !143}
!141 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !139, file: !15, baseType: !142, size: 64, align: 64, extraData: i64 0)
!142 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !136, file: !15, size: 64, align: 64, flags: DIFlagPublic, elements: !19, templateParams: !126, identifier: "850b2913fb52fbdf3f0cf300bee4166c")
!143 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !139, file: !15, baseType: !144, size: 64, align: 64)
!144 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !136, file: !15, size: 64, align: 64, flags: DIFlagPublic, elements: !145, templateParams: !126, identifier: "8894233705dd652d8a09d3ab2125f2d9")
!145 = !{!146}
!146 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !144, file: !15, baseType: !55, size: 64, align: 64, flags: DIFlagPublic)
!147 = !DIDerivedType(tag: DW_TAG_member, scope: !136, file: !15, baseType: !148, size: 64, align: 64, flags: DIFlagArtificial)
!148 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!149 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::slice::iter::Iter<enzyme_rs::P>", baseType: !111, size: 64, align: 64, dwarfAddressSpace: 0)
!150 = !{!130, !151, !153, !155}
!151 = !DILocalVariable(name: "ptr", scope: !152, file: !132, line: 161, type: !116, align: 64)
!152 = distinct !DILexicalBlock(scope: !131, file: !132, line: 161, column: 17)
!153 = !DILocalVariable(name: "end_or_len", scope: !154, file: !132, line: 162, type: !96, align: 64)
!154 = distinct !DILexicalBlock(scope: !152, file: !132, line: 162, column: 17)
!155 = !DILocalVariable(name: "len", scope: !156, file: !132, line: 167, type: !79, align: 64)
!156 = distinct !DILexicalBlock(scope: !154, file: !132, line: 167, column: 25)
!157 = !DILocation(line: 0, scope: !131, inlinedAt: !158)
!158 = distinct !DILocation(line: 38, column: 14, scope: !110)
!159 = !DILocation(line: 0, scope: !93)
!160 = !DILocation(line: 34, column: 9, scope: !101)
!161 = !DILocation(line: 34, column: 9, scope: !93)
!162 = !DILocalVariable(name: "self", arg: 1, scope: !163, file: !164, line: 1072, type: !79)
!163 = distinct !DISubprogram(name: "min<usize>", linkageName: "_ZN4core3cmp3Ord3min17hba36125d71464a67E", scope: !165, file: !164, line: 1072, type: !167, scopeLine: 1072, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !171, retainedNodes: !169)
!164 = !DIFile(filename: "library/core/src/cmp.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "9b875f3ee90b4abbf50efdba3db39504")
!165 = !DINamespace(name: "Ord", scope: !166)
!166 = !DINamespace(name: "cmp", scope: !73)
!167 = !DISubroutineType(types: !168)
!168 = !{!79, !79, !79}
!169 = !{!162, !170}
!170 = !DILocalVariable(name: "other", arg: 2, scope: !163, file: !164, line: 1072, type: !79)
!171 = !{!172}
!172 = !DITemplateTypeParameter(name: "Self", type: !79)
!173 = !DILocation(line: 0, scope: !163, inlinedAt: !174)
!174 = distinct !DILocation(line: 35, column: 15, scope: !101)
!175 = !DILocation(line: 1076, column: 12, scope: !163, inlinedAt: !174)
!176 = !DILocation(line: 0, scope: !106)
!177 = !DILocalVariable(name: "src", arg: 1, scope: !178, file: !71, line: 526, type: !96)
!178 = distinct !DISubprogram(name: "copy_nonoverlapping<enzyme_rs::P>", linkageName: "_ZN4core3ptr19copy_nonoverlapping17h0fc46911fb88d8d3E", scope: !72, file: !71, line: 526, type: !179, scopeLine: 526, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !120, retainedNodes: !182)
!179 = !DISubroutineType(types: !180)
!180 = !{null, !96, !181, !79}
!181 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut enzyme_rs::P", baseType: !56, size: 64, align: 64, dwarfAddressSpace: 0)
!182 = !{!177, !183, !184}
!183 = !DILocalVariable(name: "dst", arg: 2, scope: !178, file: !71, line: 526, type: !181)
!184 = !DILocalVariable(name: "count", arg: 3, scope: !178, file: !71, line: 526, type: !79)
!185 = !DILocation(line: 0, scope: !178, inlinedAt: !186)
!186 = distinct !DILocation(line: 36, column: 14, scope: !106)
!187 = !DILocation(line: 547, column: 14, scope: !178, inlinedAt: !186)
!188 = !DILocation(line: 0, scope: !108)
!189 = !DILocalVariable(name: "self", arg: 1, scope: !190, file: !191, line: 25, type: !195)
!190 = distinct !DISubprogram(name: "into_iter<enzyme_rs::P>", linkageName: "_ZN4core5slice4iter87_$LT$impl$u20$core..iter..traits..collect..IntoIterator$u20$for$u20$$RF$$u5b$T$u5d$$GT$9into_iter17h5b590dbadbc29345E", scope: !192, file: !191, line: 25, type: !193, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !120, retainedNodes: !200)
!191 = !DIFile(filename: "library/core/src/slice/iter.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "f33ab2e22fe09095bf73c41c52bd166c")
!192 = !DINamespace(name: "{impl#1}", scope: !112)
!193 = !DISubroutineType(types: !194)
!194 = !{!111, !195}
!195 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[enzyme_rs::P]", file: !15, size: 128, align: 64, elements: !196, templateParams: !19, identifier: "3f2fc9ee3b17c1ff78a34700e7a89810")
!196 = !{!197, !199}
!197 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !195, file: !15, baseType: !198, size: 64, align: 64)
!198 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !56, size: 64, align: 64, dwarfAddressSpace: 0)
!199 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !195, file: !15, baseType: !79, size: 64, align: 64, offset: 64)
!200 = !{!189}
!201 = !DILocation(line: 0, scope: !190, inlinedAt: !202)
!202 = distinct !DILocation(line: 38, column: 14, scope: !108)
!203 = !DILocalVariable(name: "self", arg: 1, scope: !204, file: !205, line: 1040, type: !195)
!204 = distinct !DISubprogram(name: "iter<enzyme_rs::P>", linkageName: "_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$4iter17he8507014292452cdE", scope: !206, file: !205, line: 1040, type: !193, scopeLine: 1040, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !120, retainedNodes: !207)
!205 = !DIFile(filename: "library/core/src/slice/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b606e5d97bff599edd0dcbc6067a14f1")
!206 = !DINamespace(name: "{impl#0}", scope: !113)
!207 = !{!203}
!208 = !DILocation(line: 0, scope: !204, inlinedAt: !209)
!209 = distinct !DILocation(line: 26, column: 14, scope: !190, inlinedAt: !202)
!210 = !DILocalVariable(name: "slice", arg: 1, scope: !211, file: !191, line: 96, type: !195)
!211 = distinct !DISubprogram(name: "new<enzyme_rs::P>", linkageName: "_ZN4core5slice4iter13Iter$LT$T$GT$3new17h83ccf6bb7d7d32fbE", scope: !111, file: !191, line: 96, type: !193, scopeLine: 96, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !120, declaration: !212, retainedNodes: !213)
!212 = !DISubprogram(name: "new<enzyme_rs::P>", linkageName: "_ZN4core5slice4iter13Iter$LT$T$GT$3new17h83ccf6bb7d7d32fbE", scope: !111, file: !191, line: 96, type: !193, scopeLine: 96, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !120)
!213 = !{!210, !214, !216, !218}
!214 = !DILocalVariable(name: "len", scope: !215, file: !191, line: 97, type: !79, align: 64)
!215 = distinct !DILexicalBlock(scope: !211, file: !191, line: 97, column: 9)
!216 = !DILocalVariable(name: "ptr", scope: !217, file: !191, line: 98, type: !116, align: 64)
!217 = distinct !DILexicalBlock(scope: !215, file: !191, line: 98, column: 9)
!218 = !DILocalVariable(name: "end_or_len", scope: !219, file: !191, line: 101, type: !96, align: 64)
!219 = distinct !DILexicalBlock(scope: !217, file: !191, line: 101, column: 13)
!220 = !DILocation(line: 0, scope: !211, inlinedAt: !221)
!221 = distinct !DILocation(line: 1041, column: 9, scope: !204, inlinedAt: !209)
!222 = !DILocation(line: 0, scope: !215, inlinedAt: !221)
!223 = !DILocalVariable(name: "count", arg: 2, scope: !224, file: !225, line: 927, type: !79)
!224 = distinct !DISubprogram(name: "add<enzyme_rs::P>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$3add17heec93c8bd7349d25E", scope: !226, file: !225, line: 927, type: !228, scopeLine: 927, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !120, retainedNodes: !255)
!225 = !DIFile(filename: "library/core/src/ptr/mut_ptr.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7c03c8e0ae695174f7f10881dc49d2cb")
!226 = !DINamespace(name: "{impl#0}", scope: !227)
!227 = !DINamespace(name: "mut_ptr", scope: !72)
!228 = !DISubroutineType(types: !229)
!229 = !{!181, !181, !79, !230}
!230 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::location::Location", baseType: !231, size: 64, align: 64, dwarfAddressSpace: 0)
!231 = !DICompositeType(tag: DW_TAG_structure_type, name: "Location", scope: !232, file: !15, size: 192, align: 64, flags: DIFlagPublic, elements: !234, templateParams: !19, identifier: "c23b7de1297af8f4a89df3da49f37ee6")
!232 = !DINamespace(name: "location", scope: !233)
!233 = !DINamespace(name: "panic", scope: !73)
!234 = !{!235, !244, !246, !247}
!235 = !DIDerivedType(tag: DW_TAG_member, name: "filename", scope: !231, file: !15, baseType: !236, size: 128, align: 64, flags: DIFlagPrivate)
!236 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<str>", scope: !117, file: !15, size: 128, align: 64, flags: DIFlagPublic, elements: !237, templateParams: !83, identifier: "cc7383b2ce73f6838bfb6ae828fb6ae6")
!237 = !{!238}
!238 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !236, file: !15, baseType: !239, size: 128, align: 64, flags: DIFlagPrivate)
!239 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const str", file: !15, size: 128, align: 64, elements: !240, templateParams: !19, identifier: "238a44609877474087c05adf26cd41fa")
!240 = !{!241, !243}
!241 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !239, file: !15, baseType: !242, size: 64, align: 64)
!242 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !77, size: 64, align: 64, dwarfAddressSpace: 0)
!243 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !239, file: !15, baseType: !79, size: 64, align: 64, offset: 64)
!244 = !DIDerivedType(tag: DW_TAG_member, name: "line", scope: !231, file: !15, baseType: !245, size: 32, align: 32, offset: 128, flags: DIFlagPrivate)
!245 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!246 = !DIDerivedType(tag: DW_TAG_member, name: "col", scope: !231, file: !15, baseType: !245, size: 32, align: 32, offset: 160, flags: DIFlagPrivate)
!247 = !DIDerivedType(tag: DW_TAG_member, name: "_filename", scope: !231, file: !15, baseType: !248, align: 8, offset: 192, flags: DIFlagPrivate)
!248 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&str>", scope: !125, file: !15, align: 8, flags: DIFlagPublic, elements: !19, templateParams: !249, identifier: "e16ac355808b6aef9fb50b5f125fee05")
!249 = !{!250}
!250 = !DITemplateTypeParameter(name: "T", type: !251)
!251 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !15, size: 128, align: 64, elements: !252, templateParams: !19, identifier: "9277eecd40495f85161460476aacc992")
!252 = !{!253, !254}
!253 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !251, file: !15, baseType: !242, size: 64, align: 64)
!254 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !251, file: !15, baseType: !79, size: 64, align: 64, offset: 64)
!255 = !{!256, !223}
!256 = !DILocalVariable(name: "self", arg: 1, scope: !224, file: !225, line: 927, type: !181)
!257 = !DILocation(line: 0, scope: !224, inlinedAt: !258)
!258 = distinct !DILocation(line: 102, column: 78, scope: !217, inlinedAt: !221)
!259 = !DILocation(line: 0, scope: !217, inlinedAt: !221)
!260 = !DILocation(line: 0, scope: !110)
!261 = !DILocation(line: 0, scope: !152, inlinedAt: !158)
!262 = !DILocation(line: 0, scope: !154, inlinedAt: !158)
!263 = !DILocalVariable(name: "self", arg: 1, scope: !264, file: !265, line: 1719, type: !270)
!264 = distinct !DISubprogram(name: "eq<enzyme_rs::P>", linkageName: "_ZN78_$LT$core..ptr..non_null..NonNull$LT$T$GT$$u20$as$u20$core..cmp..PartialEq$GT$2eq17h7d25a7f278028db7E", scope: !266, file: !265, line: 1719, type: !267, scopeLine: 1719, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !120, retainedNodes: !271)
!265 = !DIFile(filename: "library/core/src/ptr/non_null.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "e5222a5160165ba1cd09076ad7a11733")
!266 = !DINamespace(name: "{impl#16}", scope: !117)
!267 = !DISubroutineType(types: !268)
!268 = !{!269, !270, !270}
!269 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!270 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::ptr::non_null::NonNull<enzyme_rs::P>", baseType: !116, size: 64, align: 64, dwarfAddressSpace: 0)
!271 = !{!263, !272}
!272 = !DILocalVariable(name: "other", arg: 2, scope: !264, file: !265, line: 1719, type: !270)
!273 = !DILocation(line: 1719, column: 11, scope: !264, inlinedAt: !274)
!274 = distinct !DILocation(line: 180, column: 28, scope: !154, inlinedAt: !158)
!275 = !DILocation(line: 1719, column: 18, scope: !264, inlinedAt: !274)
!276 = !DILocation(line: 1720, column: 9, scope: !264, inlinedAt: !274)
!277 = !DILocation(line: 38, column: 14, scope: !110)
!278 = !DILocation(line: 0, scope: !129)
!279 = !DILocation(line: 39, column: 14, scope: !129)
!280 = !DILocation(line: 39, column: 26, scope: !129)
!281 = !DILocation(line: 39, column: 39, scope: !129)
!282 = !DILocation(line: 180, column: 28, scope: !154, inlinedAt: !158)
!283 = !DILocation(line: 39, column: 9, scope: !129)
!284 = !DILocation(line: 42, column: 1, scope: !93)
!285 = !DILocation(line: 42, column: 2, scope: !93)
!286 = distinct !DISubprogram(name: "d_closure", scope: !9, file: !8, line: 60, type: !287, scopeLine: 60, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !19, retainedNodes: !289)
!287 = !DISubroutineType(types: !288)
!288 = !{!12, !12, !12}
!289 = !{!290, !291, !292, !294, !296, !298}
!290 = !DILocalVariable(name: "k", arg: 1, scope: !286, file: !8, line: 60, type: !12)
!291 = !DILocalVariable(name: "x", arg: 2, scope: !286, file: !8, line: 60, type: !12)
!292 = !DILocalVariable(name: "c", scope: !293, file: !8, line: 61, type: !14, align: 64)
!293 = distinct !DILexicalBlock(scope: !286, file: !8, line: 61, column: 5)
!294 = !DILocalVariable(name: "tp", scope: !295, file: !8, line: 62, type: !76, align: 64)
!295 = distinct !DILexicalBlock(scope: !293, file: !8, line: 62, column: 5)
!296 = !DILocalVariable(name: "a", scope: !297, file: !8, line: 65, type: !12, align: 64)
!297 = distinct !DILexicalBlock(scope: !295, file: !8, line: 65, column: 9)
!298 = !DILocalVariable(name: "b", scope: !299, file: !8, line: 67, type: !12, align: 64)
!299 = distinct !DILexicalBlock(scope: !297, file: !8, line: 67, column: 9)
!300 = !DILocation(line: 0, scope: !286)
!301 = !DILocation(line: 61, column: 9, scope: !293)
!302 = !DILocation(line: 61, column: 9, scope: !286)
!303 = !DILocation(line: 61, column: 13, scope: !286)
!304 = !DILocation(line: 0, scope: !295)
!305 = !DILocation(line: 65, column: 39, scope: !295)
!306 = !DILocation(line: 65, column: 69, scope: !295)
!307 = !DILocation(line: 65, column: 17, scope: !295)
!308 = !DILocation(line: 0, scope: !297)
!309 = !DILocation(line: 67, column: 17, scope: !297)
!310 = !DILocation(line: 0, scope: !299)
!311 = !DILocation(line: 68, column: 9, scope: !299)
!312 = !DILocation(line: 70, column: 1, scope: !286)
!313 = !DILocation(line: 70, column: 2, scope: !286)
!314 = distinct !DISubprogram(name: "d_copy", scope: !9, file: !8, line: 77, type: !315, scopeLine: 77, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !19, retainedNodes: !317)
!315 = !DISubroutineType(types: !316)
!316 = !{!12, !96, !181, !79}
!317 = !{!318, !319, !320}
!318 = !DILocalVariable(name: "ps", arg: 1, scope: !314, file: !8, line: 77, type: !96)
!319 = !DILocalVariable(name: "dps", arg: 2, scope: !314, file: !8, line: 77, type: !181)
!320 = !DILocalVariable(name: "n", arg: 3, scope: !314, file: !8, line: 77, type: !79)
!321 = !DILocation(line: 0, scope: !314)
!322 = !DILocation(line: 79, column: 55, scope: !314)
!323 = !DILocation(line: 79, column: 76, scope: !314)
!324 = !DILocation(line: 79, column: 9, scope: !314)
!325 = !DILocation(line: 80, column: 56, scope: !314)
!326 = !DILocation(line: 80, column: 15, scope: !314)
!327 = !DILocation(line: 82, column: 2, scope: !314)
!328 = distinct !DISubprogram(name: "d_square", scope: !9, file: !8, line: 55, type: !45, scopeLine: 55, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !19, retainedNodes: !329)
!329 = !{!330}
!330 = !DILocalVariable(name: "x", arg: 1, scope: !328, file: !8, line: 55, type: !12)
!331 = !DILocation(line: 0, scope: !328)
!332 = !DILocation(line: 56, column: 53, scope: !328)
!333 = !DILocation(line: 56, column: 14, scope: !328)
!334 = !DILocation(line: 57, column: 2, scope: !328)
!335 = distinct !DISubprogram(name: "fwd_square", scope: !9, file: !8, line: 85, type: !45, scopeLine: 85, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !19, retainedNodes: !336)
!336 = !{!337}
!337 = !DILocalVariable(name: "x", arg: 1, scope: !335, file: !8, line: 85, type: !12)
!338 = !DILocation(line: 0, scope: !335)
!339 = !DILocation(line: 86, column: 52, scope: !335)
!340 = !DILocation(line: 86, column: 14, scope: !335)
!341 = !DILocation(line: 87, column: 2, scope: !335)
!342 = distinct !DISubprogram(name: "square", scope: !9, file: !8, line: 27, type: !45, scopeLine: 27, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !19, retainedNodes: !343)
!343 = !{!344}
!344 = !DILocalVariable(name: "x", arg: 1, scope: !342, file: !8, line: 27, type: !12)
!345 = !DILocation(line: 0, scope: !342)
!346 = !DILocalVariable(name: "self", arg: 1, scope: !347, file: !41, line: 699, type: !12)
!347 = distinct !DISubprogram(name: "sin", linkageName: "_RNvMNtCsjrHSEGnQ3l9_3std3f64d3sin", scope: !42, file: !41, line: 699, type: !45, scopeLine: 699, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !19, retainedNodes: !348)
!348 = !{!346}
!349 = !DILocation(line: 0, scope: !347, inlinedAt: !350)
!350 = distinct !DILocation(line: 28, column: 15, scope: !342)
!351 = !DILocation(line: 700, column: 9, scope: !347, inlinedAt: !350)
!352 = !DILocation(line: 28, column: 5, scope: !342)
!353 = !DILocation(line: 29, column: 2, scope: !342)
