; ModuleID = 'enzyme_rs.6ae09c644fec0de4-cgu.0'
source_filename = "enzyme_rs.6ae09c644fec0de4-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@enzyme_const = external local_unnamed_addr global i32
@enzyme_out = external local_unnamed_addr global i32
@enzyme_dup = external local_unnamed_addr global i32

; enzyme_rs::tramp
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define internal noundef double @_ZN9enzyme_rs5tramp17hc233c019e52dc530E(ptr noundef readonly captures(none) %env, double noundef %x) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !7 {
bb1:
    #dbg_value(ptr %env, !21, !DIExpression(), !25)
    #dbg_value(double %x, !22, !DIExpression(), !25)
  %env.val = load double, ptr %env, align 8, !dbg !26, !noundef !19
    #dbg_value(ptr poison, !27, !DIExpression(DW_OP_deref), !34)
    #dbg_value(double %x, !33, !DIExpression(), !34)
  %self.i = fmul double %x, %env.val, !dbg !36
    #dbg_value(double %self.i, !37, !DIExpression(), !46)
  %_3.i = fmul double %x, %self.i, !dbg !36
  %0 = tail call double @llvm.exp.f64(double %self.i), !dbg !48
  %_0.i = fadd double %_3.i, %0, !dbg !36
  ret double %_0.i, !dbg !49
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define noundef double @copy_one(ptr noalias noundef readonly align 8 captures(none) dereferenceable(24) %src) unnamed_addr #0 !dbg !50 {
start:
    #dbg_value(ptr poison, !67, !DIExpression(), !83)
    #dbg_value(ptr %src, !64, !DIExpression(), !85)
    #dbg_value(i64 24, !80, !DIExpression(), !83)
    #dbg_value(i64 0, !65, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !86)
    #dbg_value(double 0.000000e+00, !65, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !86)
    #dbg_value(float 0.000000e+00, !65, !DIExpression(DW_OP_LLVM_fragment, 128, 32), !86)
    #dbg_value(i32 0, !65, !DIExpression(DW_OP_LLVM_fragment, 160, 32), !86)
    #dbg_value(ptr %src, !79, !DIExpression(), !83)
    #dbg_value(ptr undef, !67, !DIExpression(), !83)
    #dbg_value(i64 poison, !65, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !86)
  %dst.sroa.4.0.src.sroa_idx = getelementptr inbounds nuw i8, ptr %src, i64 8, !dbg !87
  %dst.sroa.4.0.copyload = load double, ptr %dst.sroa.4.0.src.sroa_idx, align 8, !dbg !87
    #dbg_value(double %dst.sroa.4.0.copyload, !65, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !86)
  %dst.sroa.6.0.src.sroa_idx = getelementptr inbounds nuw i8, ptr %src, i64 16, !dbg !87
  %dst.sroa.6.0.copyload = load float, ptr %dst.sroa.6.0.src.sroa_idx, align 8, !dbg !87
    #dbg_value(float %dst.sroa.6.0.copyload, !65, !DIExpression(DW_OP_LLVM_fragment, 128, 32), !86)
    #dbg_value(i32 poison, !65, !DIExpression(DW_OP_LLVM_fragment, 160, 32), !86)
  %_8 = fpext float %dst.sroa.6.0.copyload to double, !dbg !88
  %_0 = fmul double %dst.sroa.4.0.copyload, %_8, !dbg !89
  ret double %_0, !dbg !90
}

; Function Attrs: nofree norecurse nosync nounwind nonlazybind memory(argmem: readwrite) uwtable
define noundef double @copy_then_sum(ptr noundef readonly captures(none) %src, i64 noundef %n) unnamed_addr #1 personality ptr @rust_eh_personality !dbg !91 {
start:
    #dbg_value(ptr poison, !128, !DIExpression(), !155)
  %buf = alloca [192 x i8], align 8
    #dbg_value(ptr %src, !96, !DIExpression(), !158)
    #dbg_value(ptr %src, !159, !DIExpression(), !167)
    #dbg_value(i64 %n, !97, !DIExpression(), !158)
    #dbg_declare(ptr %buf, !98, !DIExpression(), !169)
    #dbg_value(i64 1, !170, !DIExpression(), !178)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf), !dbg !180
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(192) %buf, i8 0, i64 192, i1 false)
    #dbg_value(i64 %n, !181, !DIExpression(), !192)
    #dbg_value(i64 8, !189, !DIExpression(), !192)
  %_0.sroa.0.0.i = tail call noundef range(i64 0, 9) i64 @llvm.umin.i64(i64 %n, i64 8), !dbg !194
    #dbg_value(i64 %_0.sroa.0.0.i, !103, !DIExpression(), !195)
    #dbg_value(i64 %_0.sroa.0.0.i, !166, !DIExpression(), !167)
    #dbg_value(i64 %_0.sroa.0.0.i, !196, !DIExpression(), !218)
    #dbg_value(i64 %_0.sroa.0.0.i, !231, !DIExpression(), !265)
    #dbg_value(ptr %buf, !165, !DIExpression(), !167)
  %0 = mul nuw nsw i64 %_0.sroa.0.0.i, 24, !dbg !267
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %buf, ptr align 8 %src, i64 %0, i1 false), !dbg !267
    #dbg_value(double 0.000000e+00, !105, !DIExpression(), !268)
    #dbg_value(ptr %buf, !229, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !269)
    #dbg_value(ptr %buf, !224, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !270)
    #dbg_value(ptr %buf, !209, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !271)
    #dbg_value(i64 %_0.sroa.0.0.i, !229, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !269)
    #dbg_value(i64 %_0.sroa.0.0.i, !224, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !270)
    #dbg_value(i64 %_0.sroa.0.0.i, !209, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !271)
    #dbg_value(ptr %buf, !214, !DIExpression(), !272)
    #dbg_value(ptr %buf, !264, !DIExpression(), !265)
    #dbg_value(ptr %buf, !107, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !273)
    #dbg_value(!DIArgList(ptr %buf, i64 %0), !107, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_plus, DW_OP_stack_value, DW_OP_LLVM_fragment, 64, 64), !273)
    #dbg_value(ptr undef, !128, !DIExpression(), !155)
    #dbg_value(ptr %buf, !149, !DIExpression(), !274)
    #dbg_value(ptr %buf, !177, !DIExpression(), !178)
    #dbg_value(!DIArgList(ptr %buf, i64 %0), !151, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_plus, DW_OP_stack_value), !275)
    #dbg_value(ptr poison, !276, !DIExpression(), !285)
    #dbg_value(ptr poison, !284, !DIExpression(), !287)
  %_4213 = icmp eq i64 %n, 0, !dbg !288
  br i1 %_4213, label %bb7, label %bb8, !dbg !286

bb8:                                              ; preds = %start
    #dbg_value(double 0.000000e+00, !105, !DIExpression(), !268)
    #dbg_value(ptr %buf, !107, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !273)
    #dbg_value(ptr %buf, !107, !DIExpression(DW_OP_plus_uconst, 24, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !273)
    #dbg_value(ptr %buf, !126, !DIExpression(), !289)
  %1 = getelementptr inbounds nuw i8, ptr %buf, i64 8, !dbg !290
  %_16 = load double, ptr %1, align 8, !dbg !290, !noundef !19
  %_15 = fmul double %_16, %_16, !dbg !290
  %2 = getelementptr inbounds nuw i8, ptr %buf, i64 16, !dbg !291
  %_19 = load float, ptr %2, align 8, !dbg !291, !noundef !19
  %_18 = fpext float %_19 to double, !dbg !291
  %_21 = load i64, ptr %buf, align 8, !dbg !292, !noundef !19
  %_20 = sitofp i64 %_21 to double, !dbg !292
  %_17 = fmul double %_18, %_20, !dbg !291
  %_14 = fadd double %_15, %_17, !dbg !290
    #dbg_value(double %_14, !105, !DIExpression(), !268)
    #dbg_value(ptr undef, !128, !DIExpression(), !155)
    #dbg_value(ptr %buf, !149, !DIExpression(DW_OP_plus_uconst, 24, DW_OP_stack_value), !274)
    #dbg_value(ptr %buf, !177, !DIExpression(DW_OP_plus_uconst, 24, DW_OP_stack_value), !178)
    #dbg_value(!DIArgList(ptr %buf, i64 %0), !151, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_plus, DW_OP_stack_value), !275)
    #dbg_value(ptr poison, !276, !DIExpression(), !285)
    #dbg_value(ptr poison, !284, !DIExpression(), !287)
  %_42 = icmp eq i64 %n, 1, !dbg !288
  br i1 %_42, label %bb7, label %bb8.1, !dbg !286

bb8.1:                                            ; preds = %bb8
  %_51 = getelementptr inbounds nuw i8, ptr %buf, i64 24, !dbg !293
    #dbg_value(ptr %_51, !107, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !273)
    #dbg_value(ptr %_51, !149, !DIExpression(), !274)
    #dbg_value(ptr %_51, !177, !DIExpression(), !178)
    #dbg_value(double %_14, !105, !DIExpression(), !268)
    #dbg_value(ptr %_51, !107, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !273)
    #dbg_value(ptr %buf, !107, !DIExpression(DW_OP_plus_uconst, 48, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !273)
    #dbg_value(ptr %_51, !126, !DIExpression(), !289)
  %3 = getelementptr inbounds nuw i8, ptr %buf, i64 32, !dbg !290
  %_16.1 = load double, ptr %3, align 8, !dbg !290, !noundef !19
  %_15.1 = fmul double %_16.1, %_16.1, !dbg !290
  %4 = getelementptr inbounds nuw i8, ptr %buf, i64 40, !dbg !291
  %_19.1 = load float, ptr %4, align 8, !dbg !291, !noundef !19
  %_18.1 = fpext float %_19.1 to double, !dbg !291
  %_21.1 = load i64, ptr %_51, align 8, !dbg !292, !noundef !19
  %_20.1 = sitofp i64 %_21.1 to double, !dbg !292
  %_17.1 = fmul double %_18.1, %_20.1, !dbg !291
  %_14.1 = fadd double %_15.1, %_17.1, !dbg !290
  %5 = fadd double %_14, %_14.1, !dbg !294
    #dbg_value(double %5, !105, !DIExpression(), !268)
    #dbg_value(ptr undef, !128, !DIExpression(), !155)
    #dbg_value(ptr %buf, !149, !DIExpression(DW_OP_plus_uconst, 48, DW_OP_stack_value), !274)
    #dbg_value(ptr %buf, !177, !DIExpression(DW_OP_plus_uconst, 48, DW_OP_stack_value), !178)
    #dbg_value(!DIArgList(ptr %buf, i64 %0), !151, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_plus, DW_OP_stack_value), !275)
    #dbg_value(ptr poison, !276, !DIExpression(), !285)
    #dbg_value(ptr poison, !284, !DIExpression(), !287)
  %_42.1 = icmp eq i64 %n, 2, !dbg !288
  br i1 %_42.1, label %bb7, label %bb8.2, !dbg !286

bb8.2:                                            ; preds = %bb8.1
  %_51.1 = getelementptr inbounds nuw i8, ptr %buf, i64 48, !dbg !293
    #dbg_value(ptr %_51.1, !107, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !273)
    #dbg_value(ptr %_51.1, !149, !DIExpression(), !274)
    #dbg_value(ptr %_51.1, !177, !DIExpression(), !178)
    #dbg_value(double %5, !105, !DIExpression(), !268)
    #dbg_value(ptr %_51.1, !107, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !273)
    #dbg_value(ptr %buf, !107, !DIExpression(DW_OP_plus_uconst, 72, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !273)
    #dbg_value(ptr %_51.1, !126, !DIExpression(), !289)
  %6 = getelementptr inbounds nuw i8, ptr %buf, i64 56, !dbg !290
  %_16.2 = load double, ptr %6, align 8, !dbg !290, !noundef !19
  %_15.2 = fmul double %_16.2, %_16.2, !dbg !290
  %7 = getelementptr inbounds nuw i8, ptr %buf, i64 64, !dbg !291
  %_19.2 = load float, ptr %7, align 8, !dbg !291, !noundef !19
  %_18.2 = fpext float %_19.2 to double, !dbg !291
  %_21.2 = load i64, ptr %_51.1, align 8, !dbg !292, !noundef !19
  %_20.2 = sitofp i64 %_21.2 to double, !dbg !292
  %_17.2 = fmul double %_18.2, %_20.2, !dbg !291
  %_14.2 = fadd double %_15.2, %_17.2, !dbg !290
  %8 = fadd double %5, %_14.2, !dbg !294
    #dbg_value(double %8, !105, !DIExpression(), !268)
    #dbg_value(ptr undef, !128, !DIExpression(), !155)
    #dbg_value(ptr %buf, !149, !DIExpression(DW_OP_plus_uconst, 72, DW_OP_stack_value), !274)
    #dbg_value(ptr %buf, !177, !DIExpression(DW_OP_plus_uconst, 72, DW_OP_stack_value), !178)
    #dbg_value(!DIArgList(ptr %buf, i64 %0), !151, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_plus, DW_OP_stack_value), !275)
    #dbg_value(ptr poison, !276, !DIExpression(), !285)
    #dbg_value(ptr poison, !284, !DIExpression(), !287)
  %_42.2 = icmp eq i64 %n, 3, !dbg !288
  br i1 %_42.2, label %bb7, label %bb8.3, !dbg !286

bb8.3:                                            ; preds = %bb8.2
  %_51.2 = getelementptr inbounds nuw i8, ptr %buf, i64 72, !dbg !293
    #dbg_value(ptr %_51.2, !107, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !273)
    #dbg_value(ptr %_51.2, !149, !DIExpression(), !274)
    #dbg_value(ptr %_51.2, !177, !DIExpression(), !178)
    #dbg_value(double %8, !105, !DIExpression(), !268)
    #dbg_value(ptr %_51.2, !107, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !273)
    #dbg_value(ptr %buf, !107, !DIExpression(DW_OP_plus_uconst, 96, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !273)
    #dbg_value(ptr %_51.2, !126, !DIExpression(), !289)
  %9 = getelementptr inbounds nuw i8, ptr %buf, i64 80, !dbg !290
  %_16.3 = load double, ptr %9, align 8, !dbg !290, !noundef !19
  %_15.3 = fmul double %_16.3, %_16.3, !dbg !290
  %10 = getelementptr inbounds nuw i8, ptr %buf, i64 88, !dbg !291
  %_19.3 = load float, ptr %10, align 8, !dbg !291, !noundef !19
  %_18.3 = fpext float %_19.3 to double, !dbg !291
  %_21.3 = load i64, ptr %_51.2, align 8, !dbg !292, !noundef !19
  %_20.3 = sitofp i64 %_21.3 to double, !dbg !292
  %_17.3 = fmul double %_18.3, %_20.3, !dbg !291
  %_14.3 = fadd double %_15.3, %_17.3, !dbg !290
  %11 = fadd double %8, %_14.3, !dbg !294
    #dbg_value(double %11, !105, !DIExpression(), !268)
    #dbg_value(ptr undef, !128, !DIExpression(), !155)
    #dbg_value(ptr %buf, !149, !DIExpression(DW_OP_plus_uconst, 96, DW_OP_stack_value), !274)
    #dbg_value(ptr %buf, !177, !DIExpression(DW_OP_plus_uconst, 96, DW_OP_stack_value), !178)
    #dbg_value(!DIArgList(ptr %buf, i64 %0), !151, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_plus, DW_OP_stack_value), !275)
    #dbg_value(ptr poison, !276, !DIExpression(), !285)
    #dbg_value(ptr poison, !284, !DIExpression(), !287)
  %_42.3 = icmp eq i64 %n, 4, !dbg !288
  br i1 %_42.3, label %bb7, label %bb8.4, !dbg !286

bb8.4:                                            ; preds = %bb8.3
  %_51.3 = getelementptr inbounds nuw i8, ptr %buf, i64 96, !dbg !293
    #dbg_value(ptr %_51.3, !107, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !273)
    #dbg_value(ptr %_51.3, !149, !DIExpression(), !274)
    #dbg_value(ptr %_51.3, !177, !DIExpression(), !178)
    #dbg_value(double %11, !105, !DIExpression(), !268)
    #dbg_value(ptr %_51.3, !107, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !273)
    #dbg_value(ptr %buf, !107, !DIExpression(DW_OP_plus_uconst, 120, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !273)
    #dbg_value(ptr %_51.3, !126, !DIExpression(), !289)
  %12 = getelementptr inbounds nuw i8, ptr %buf, i64 104, !dbg !290
  %_16.4 = load double, ptr %12, align 8, !dbg !290, !noundef !19
  %_15.4 = fmul double %_16.4, %_16.4, !dbg !290
  %13 = getelementptr inbounds nuw i8, ptr %buf, i64 112, !dbg !291
  %_19.4 = load float, ptr %13, align 8, !dbg !291, !noundef !19
  %_18.4 = fpext float %_19.4 to double, !dbg !291
  %_21.4 = load i64, ptr %_51.3, align 8, !dbg !292, !noundef !19
  %_20.4 = sitofp i64 %_21.4 to double, !dbg !292
  %_17.4 = fmul double %_18.4, %_20.4, !dbg !291
  %_14.4 = fadd double %_15.4, %_17.4, !dbg !290
  %14 = fadd double %11, %_14.4, !dbg !294
    #dbg_value(double %14, !105, !DIExpression(), !268)
    #dbg_value(ptr undef, !128, !DIExpression(), !155)
    #dbg_value(ptr %buf, !149, !DIExpression(DW_OP_plus_uconst, 120, DW_OP_stack_value), !274)
    #dbg_value(ptr %buf, !177, !DIExpression(DW_OP_plus_uconst, 120, DW_OP_stack_value), !178)
    #dbg_value(!DIArgList(ptr %buf, i64 %0), !151, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_plus, DW_OP_stack_value), !275)
    #dbg_value(ptr poison, !276, !DIExpression(), !285)
    #dbg_value(ptr poison, !284, !DIExpression(), !287)
  %_42.4 = icmp eq i64 %n, 5, !dbg !288
  br i1 %_42.4, label %bb7, label %bb8.5, !dbg !286

bb8.5:                                            ; preds = %bb8.4
  %_51.4 = getelementptr inbounds nuw i8, ptr %buf, i64 120, !dbg !293
    #dbg_value(ptr %_51.4, !107, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !273)
    #dbg_value(ptr %_51.4, !149, !DIExpression(), !274)
    #dbg_value(ptr %_51.4, !177, !DIExpression(), !178)
    #dbg_value(double %14, !105, !DIExpression(), !268)
    #dbg_value(ptr %_51.4, !107, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !273)
    #dbg_value(ptr %buf, !107, !DIExpression(DW_OP_plus_uconst, 144, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !273)
    #dbg_value(ptr %_51.4, !126, !DIExpression(), !289)
  %15 = getelementptr inbounds nuw i8, ptr %buf, i64 128, !dbg !290
  %_16.5 = load double, ptr %15, align 8, !dbg !290, !noundef !19
  %_15.5 = fmul double %_16.5, %_16.5, !dbg !290
  %16 = getelementptr inbounds nuw i8, ptr %buf, i64 136, !dbg !291
  %_19.5 = load float, ptr %16, align 8, !dbg !291, !noundef !19
  %_18.5 = fpext float %_19.5 to double, !dbg !291
  %_21.5 = load i64, ptr %_51.4, align 8, !dbg !292, !noundef !19
  %_20.5 = sitofp i64 %_21.5 to double, !dbg !292
  %_17.5 = fmul double %_18.5, %_20.5, !dbg !291
  %_14.5 = fadd double %_15.5, %_17.5, !dbg !290
  %17 = fadd double %14, %_14.5, !dbg !294
    #dbg_value(double %17, !105, !DIExpression(), !268)
    #dbg_value(ptr undef, !128, !DIExpression(), !155)
    #dbg_value(ptr %buf, !149, !DIExpression(DW_OP_plus_uconst, 144, DW_OP_stack_value), !274)
    #dbg_value(ptr %buf, !177, !DIExpression(DW_OP_plus_uconst, 144, DW_OP_stack_value), !178)
    #dbg_value(!DIArgList(ptr %buf, i64 %0), !151, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_plus, DW_OP_stack_value), !275)
    #dbg_value(ptr poison, !276, !DIExpression(), !285)
    #dbg_value(ptr poison, !284, !DIExpression(), !287)
  %_42.5 = icmp eq i64 %n, 6, !dbg !288
  br i1 %_42.5, label %bb7, label %bb8.6, !dbg !286

bb8.6:                                            ; preds = %bb8.5
  %_51.5 = getelementptr inbounds nuw i8, ptr %buf, i64 144, !dbg !293
    #dbg_value(ptr %_51.5, !107, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !273)
    #dbg_value(ptr %_51.5, !149, !DIExpression(), !274)
    #dbg_value(ptr %_51.5, !177, !DIExpression(), !178)
    #dbg_value(double %17, !105, !DIExpression(), !268)
    #dbg_value(ptr %_51.5, !107, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !273)
    #dbg_value(ptr %buf, !107, !DIExpression(DW_OP_plus_uconst, 168, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !273)
    #dbg_value(ptr %_51.5, !126, !DIExpression(), !289)
  %18 = getelementptr inbounds nuw i8, ptr %buf, i64 152, !dbg !290
  %_16.6 = load double, ptr %18, align 8, !dbg !290, !noundef !19
  %_15.6 = fmul double %_16.6, %_16.6, !dbg !290
  %19 = getelementptr inbounds nuw i8, ptr %buf, i64 160, !dbg !291
  %_19.6 = load float, ptr %19, align 8, !dbg !291, !noundef !19
  %_18.6 = fpext float %_19.6 to double, !dbg !291
  %_21.6 = load i64, ptr %_51.5, align 8, !dbg !292, !noundef !19
  %_20.6 = sitofp i64 %_21.6 to double, !dbg !292
  %_17.6 = fmul double %_18.6, %_20.6, !dbg !291
  %_14.6 = fadd double %_15.6, %_17.6, !dbg !290
  %20 = fadd double %17, %_14.6, !dbg !294
    #dbg_value(double %20, !105, !DIExpression(), !268)
    #dbg_value(ptr undef, !128, !DIExpression(), !155)
    #dbg_value(ptr %buf, !149, !DIExpression(DW_OP_plus_uconst, 168, DW_OP_stack_value), !274)
    #dbg_value(ptr %buf, !177, !DIExpression(DW_OP_plus_uconst, 168, DW_OP_stack_value), !178)
    #dbg_value(!DIArgList(ptr %buf, i64 %0), !151, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_plus, DW_OP_stack_value), !275)
    #dbg_value(ptr poison, !276, !DIExpression(), !285)
    #dbg_value(ptr poison, !284, !DIExpression(), !287)
  %_42.6 = icmp eq i64 %n, 7, !dbg !288
  br i1 %_42.6, label %bb7, label %bb8.7, !dbg !286

bb8.7:                                            ; preds = %bb8.6
  %_51.6 = getelementptr inbounds nuw i8, ptr %buf, i64 168, !dbg !293
    #dbg_value(ptr %_51.6, !107, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !273)
    #dbg_value(ptr %_51.6, !149, !DIExpression(), !274)
    #dbg_value(ptr %_51.6, !177, !DIExpression(), !178)
    #dbg_value(double %20, !105, !DIExpression(), !268)
    #dbg_value(ptr %_51.6, !107, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !273)
    #dbg_value(ptr %_51.6, !107, !DIExpression(DW_OP_plus_uconst, 24, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !273)
    #dbg_value(ptr %_51.6, !126, !DIExpression(), !289)
  %21 = getelementptr inbounds nuw i8, ptr %buf, i64 176, !dbg !290
  %_16.7 = load double, ptr %21, align 8, !dbg !290, !noundef !19
  %_15.7 = fmul double %_16.7, %_16.7, !dbg !290
  %22 = getelementptr inbounds nuw i8, ptr %buf, i64 184, !dbg !291
  %_19.7 = load float, ptr %22, align 8, !dbg !291, !noundef !19
  %_18.7 = fpext float %_19.7 to double, !dbg !291
  %_21.7 = load i64, ptr %_51.6, align 8, !dbg !292, !noundef !19
  %_20.7 = sitofp i64 %_21.7 to double, !dbg !292
  %_17.7 = fmul double %_18.7, %_20.7, !dbg !291
  %_14.7 = fadd double %_15.7, %_17.7, !dbg !290
  %23 = fadd double %20, %_14.7, !dbg !294
    #dbg_value(double %23, !105, !DIExpression(), !268)
    #dbg_value(ptr undef, !128, !DIExpression(), !155)
    #dbg_value(ptr %_51.6, !149, !DIExpression(DW_OP_plus_uconst, 24, DW_OP_stack_value), !274)
    #dbg_value(ptr %_51.6, !177, !DIExpression(DW_OP_plus_uconst, 24, DW_OP_stack_value), !178)
    #dbg_value(!DIArgList(ptr %buf, i64 %0), !151, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_plus, DW_OP_stack_value), !275)
    #dbg_value(ptr poison, !276, !DIExpression(), !285)
    #dbg_value(ptr poison, !284, !DIExpression(), !287)
  br label %bb7, !dbg !286

bb7:                                              ; preds = %bb8, %bb8.1, %bb8.2, %bb8.3, %bb8.4, %bb8.5, %bb8.6, %bb8.7, %start
  %s.sroa.0.0.lcssa = phi double [ 0.000000e+00, %start ], [ %_14, %bb8 ], [ %5, %bb8.1 ], [ %8, %bb8.2 ], [ %11, %bb8.3 ], [ %14, %bb8.4 ], [ %17, %bb8.5 ], [ %20, %bb8.6 ], [ %23, %bb8.7 ], !dbg !195
  call void @llvm.lifetime.end.p0(ptr nonnull %buf), !dbg !295
  ret double %s.sroa.0.0.lcssa, !dbg !296
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef double @d_closure(double noundef %k, double noundef %x) unnamed_addr #2 !dbg !297 {
start:
  %c = alloca [8 x i8], align 8
    #dbg_value(double %k, !301, !DIExpression(), !311)
    #dbg_value(double %x, !302, !DIExpression(), !311)
    #dbg_declare(ptr %c, !303, !DIExpression(), !312)
  call void @llvm.lifetime.start.p0(ptr nonnull %c), !dbg !313
  store double %k, ptr %c, align 8, !dbg !314
    #dbg_value(ptr @_ZN9enzyme_rs5tramp17hc233c019e52dc530E, !305, !DIExpression(), !315)
  %_7 = load i32, ptr @enzyme_const, align 4, !dbg !316, !noundef !19
  %_10 = load i32, ptr @enzyme_out, align 4, !dbg !317, !noundef !19
  %a = call noundef double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @_ZN9enzyme_rs5tramp17hc233c019e52dc530E, i32 noundef %_7, ptr noundef nonnull %c, i32 noundef %_10, double noundef %x) #9, !dbg !318
    #dbg_value(double %a, !307, !DIExpression(), !319)
  %b = call noundef double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @_ZN9enzyme_rs5tramp17hc233c019e52dc530E, ptr noundef nonnull %c, double noundef %x) #9, !dbg !320
    #dbg_value(double %b, !309, !DIExpression(), !321)
  %_0 = fadd double %a, %b, !dbg !322
  call void @llvm.lifetime.end.p0(ptr nonnull %c), !dbg !323
  ret double %_0, !dbg !324
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef double @d_copy(ptr noundef %ps, ptr noundef %dps, i64 noundef %n) unnamed_addr #2 !dbg !325 {
start:
    #dbg_value(ptr %ps, !329, !DIExpression(), !332)
    #dbg_value(ptr %dps, !330, !DIExpression(), !332)
    #dbg_value(i64 %n, !331, !DIExpression(), !332)
  %_7 = load i32, ptr @enzyme_dup, align 4, !dbg !333, !noundef !19
  %_9 = load i32, ptr @enzyme_const, align 4, !dbg !334, !noundef !19
  %_4 = tail call noundef double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @copy_then_sum, i32 noundef %_7, ptr noundef %ps, ptr noundef %dps, i32 noundef %_9, i64 noundef %n) #9, !dbg !335
  %_14 = load i32, ptr @enzyme_dup, align 4, !dbg !336, !noundef !19
  %_11 = tail call noundef double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @copy_one, i32 noundef %_14, ptr noundef %ps, ptr noundef %dps) #9, !dbg !337
  %_0 = fadd double %_4, %_11, !dbg !335
  ret double %_0, !dbg !338
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef double @d_square(double noundef %x) unnamed_addr #2 !dbg !339 {
start:
    #dbg_value(double %x, !341, !DIExpression(), !342)
  %_4 = load i32, ptr @enzyme_out, align 4, !dbg !343, !noundef !19
  %_0 = tail call noundef double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @square, i32 noundef %_4, double noundef %x) #9, !dbg !344
  ret double %_0, !dbg !345
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef double @fwd_square(double noundef %x) unnamed_addr #2 !dbg !346 {
start:
    #dbg_value(double %x, !348, !DIExpression(), !349)
  %_4 = load i32, ptr @enzyme_dup, align 4, !dbg !350, !noundef !19
  %_0 = tail call noundef double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @square, i32 noundef %_4, double noundef %x, double noundef 1.000000e+00) #9, !dbg !351
  ret double %_0, !dbg !352
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable
define noundef double @square(double noundef %x) unnamed_addr #3 !dbg !353 {
start:
    #dbg_value(double %x, !355, !DIExpression(), !356)
    #dbg_value(double %x, !357, !DIExpression(), !360)
  %_2 = fmul double %x, %x, !dbg !362
  %0 = tail call double @llvm.sin.f64(double %x), !dbg !363
  %_0 = fadd double %_2, %0, !dbg !362
  ret double %_0, !dbg !364
}

; Function Attrs: nounwind nonlazybind uwtable
declare noundef range(i32 0, 10) i32 @rust_eh_personality(i32 noundef, i32 noundef, i64 noundef, ptr noundef, ptr noundef) unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.exp.f64(double) #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #6

; Function Attrs: nounwind nonlazybind uwtable
declare noundef double @__enzyme_autodiff(ptr noundef, ...) unnamed_addr #2

; Function Attrs: nounwind nonlazybind uwtable
declare noundef double @__enzyme_fwddiff(ptr noundef, ...) unnamed_addr #2

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sin.f64(double) #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #7

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #8

attributes #0 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nofree norecurse nosync nounwind nonlazybind memory(argmem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #8 = { nocallback nofree nounwind willreturn memory(argmem: write) }
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
!26 = !DILocation(line: 23, column: 14, scope: !7)
!27 = !DILocalVariable(name: "k", scope: !28, file: !8, line: 60, type: !12, align: 64)
!28 = distinct !DISubprogram(name: "{closure#0}", linkageName: "_ZN9enzyme_rs9d_closure28_$u7b$$u7b$closure$u7d$$u7d$17hbc04008ce86ecef8E", scope: !16, file: !8, line: 61, type: !29, scopeLine: 61, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !19, retainedNodes: !32)
!29 = !DISubroutineType(types: !30)
!30 = !{!12, !31, !12}
!31 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&enzyme_rs::d_closure::{closure_env#0}", baseType: !14, size: 64, align: 64, dwarfAddressSpace: 0)
!32 = !{!33, !27}
!33 = !DILocalVariable(name: "y", arg: 2, scope: !28, file: !8, line: 61, type: !12)
!34 = !DILocation(line: 0, scope: !28, inlinedAt: !35)
!35 = distinct !DILocation(line: 23, column: 14, scope: !7)
!36 = !DILocation(line: 61, column: 27, scope: !28, inlinedAt: !35)
!37 = !DILocalVariable(name: "self", arg: 1, scope: !38, file: !39, line: 411, type: !12)
!38 = distinct !DISubprogram(name: "exp", linkageName: "_RNvMNtCsjrHSEGnQ3l9_3std3f64d3exp", scope: !40, file: !39, line: 411, type: !43, scopeLine: 411, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !19, retainedNodes: !45)
!39 = !DIFile(filename: "library/std/src/num/f64.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "25b2a0d69a7ff90f22cee9f25d3729c1")
!40 = !DINamespace(name: "{impl#0}", scope: !41)
!41 = !DINamespace(name: "f64", scope: !42)
!42 = !DINamespace(name: "std", scope: null)
!43 = !DISubroutineType(types: !44)
!44 = !{!12, !12}
!45 = !{!37}
!46 = !DILocation(line: 0, scope: !38, inlinedAt: !47)
!47 = distinct !DILocation(line: 61, column: 47, scope: !28, inlinedAt: !35)
!48 = !DILocation(line: 412, column: 9, scope: !38, inlinedAt: !47)
!49 = !DILocation(line: 24, column: 2, scope: !7)
!50 = distinct !DISubprogram(name: "copy_one", scope: !9, file: !8, line: 46, type: !51, scopeLine: 46, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !19, retainedNodes: !63)
!51 = !DISubroutineType(types: !52)
!52 = !{!12, !53}
!53 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&enzyme_rs::P", baseType: !54, size: 64, align: 64, dwarfAddressSpace: 0)
!54 = !DICompositeType(tag: DW_TAG_structure_type, name: "P", scope: !9, file: !15, size: 192, align: 64, flags: DIFlagPublic, elements: !55, templateParams: !19, identifier: "6c0858f9d3c794c2f846056588c40a19")
!55 = !{!56, !58, !59, !61}
!56 = !DIDerivedType(tag: DW_TAG_member, name: "n", scope: !54, file: !15, baseType: !57, size: 64, align: 64, flags: DIFlagPublic)
!57 = !DIBasicType(name: "i64", size: 64, encoding: DW_ATE_signed)
!58 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !54, file: !15, baseType: !12, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!59 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !54, file: !15, baseType: !60, size: 32, align: 32, offset: 128, flags: DIFlagPublic)
!60 = !DIBasicType(name: "f32", size: 32, encoding: DW_ATE_float)
!61 = !DIDerivedType(tag: DW_TAG_member, name: "tag", scope: !54, file: !15, baseType: !62, size: 32, align: 32, offset: 160, flags: DIFlagPublic)
!62 = !DIBasicType(name: "i32", size: 32, encoding: DW_ATE_signed)
!63 = !{!64, !65}
!64 = !DILocalVariable(name: "src", arg: 1, scope: !50, file: !8, line: 46, type: !53)
!65 = !DILocalVariable(name: "dst", scope: !66, file: !8, line: 47, type: !54, align: 64)
!66 = distinct !DILexicalBlock(scope: !50, file: !8, line: 47, column: 5)
!67 = !DILocalVariable(name: "dst", arg: 2, scope: !68, file: !69, line: 526, type: !76)
!68 = distinct !DISubprogram(name: "copy_nonoverlapping<u8>", linkageName: "_ZN4core3ptr19copy_nonoverlapping17h45fbcbc3748a5062E", scope: !70, file: !69, line: 526, type: !72, scopeLine: 526, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !81, retainedNodes: !78)
!69 = !DIFile(filename: "library/core/src/ptr/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8f706ae0a0620120e6e931983ef127f1")
!70 = !DINamespace(name: "ptr", scope: !71)
!71 = !DINamespace(name: "core", scope: null)
!72 = !DISubroutineType(types: !73)
!73 = !{null, !74, !76, !77}
!74 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !75, size: 64, align: 64, dwarfAddressSpace: 0)
!75 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!76 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u8", baseType: !75, size: 64, align: 64, dwarfAddressSpace: 0)
!77 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!78 = !{!79, !67, !80}
!79 = !DILocalVariable(name: "src", arg: 1, scope: !68, file: !69, line: 526, type: !74)
!80 = !DILocalVariable(name: "count", scope: !68, file: !69, line: 526, type: !77, align: 64)
!81 = !{!82}
!82 = !DITemplateTypeParameter(name: "T", type: !75)
!83 = !DILocation(line: 0, scope: !68, inlinedAt: !84)
!84 = !DILocation(line: 49, column: 9, scope: !66)
!85 = !DILocation(line: 0, scope: !50)
!86 = !DILocation(line: 0, scope: !66)
!87 = !DILocation(line: 547, column: 14, scope: !68, inlinedAt: !84)
!88 = !DILocation(line: 51, column: 13, scope: !66)
!89 = !DILocation(line: 51, column: 5, scope: !66)
!90 = !DILocation(line: 52, column: 2, scope: !50)
!91 = distinct !DISubprogram(name: "copy_then_sum", scope: !9, file: !8, line: 33, type: !92, scopeLine: 33, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !19, retainedNodes: !95)
!92 = !DISubroutineType(types: !93)
!93 = !{!12, !94, !77}
!94 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const enzyme_rs::P", baseType: !54, size: 64, align: 64, dwarfAddressSpace: 0)
!95 = !{!96, !97, !98, !103, !105, !107, !126}
!96 = !DILocalVariable(name: "src", arg: 1, scope: !91, file: !8, line: 33, type: !94)
!97 = !DILocalVariable(name: "n", arg: 2, scope: !91, file: !8, line: 33, type: !77)
!98 = !DILocalVariable(name: "buf", scope: !99, file: !8, line: 34, type: !100, align: 64)
!99 = distinct !DILexicalBlock(scope: !91, file: !8, line: 34, column: 5)
!100 = !DICompositeType(tag: DW_TAG_array_type, baseType: !54, size: 1536, align: 64, elements: !101)
!101 = !{!102}
!102 = !DISubrange(count: 8, lowerBound: 0)
!103 = !DILocalVariable(name: "n", scope: !104, file: !8, line: 35, type: !77, align: 64)
!104 = distinct !DILexicalBlock(scope: !99, file: !8, line: 35, column: 5)
!105 = !DILocalVariable(name: "s", scope: !106, file: !8, line: 37, type: !12, align: 64)
!106 = distinct !DILexicalBlock(scope: !104, file: !8, line: 37, column: 5)
!107 = !DILocalVariable(name: "iter", scope: !108, file: !8, line: 38, type: !109, align: 64)
!108 = distinct !DILexicalBlock(scope: !106, file: !8, line: 38, column: 5)
!109 = !DICompositeType(tag: DW_TAG_structure_type, name: "Iter<enzyme_rs::P>", scope: !110, file: !15, size: 128, align: 64, flags: DIFlagPublic, elements: !112, templateParams: !118, identifier: "8d52d06035705bd1e082e7153dd865a4")
!110 = !DINamespace(name: "iter", scope: !111)
!111 = !DINamespace(name: "slice", scope: !71)
!112 = !{!113, !120, !121}
!113 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !109, file: !15, baseType: !114, size: 64, align: 64, flags: DIFlagPrivate)
!114 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<enzyme_rs::P>", scope: !115, file: !15, size: 64, align: 64, flags: DIFlagPublic, elements: !116, templateParams: !118, identifier: "ed09a46900f955ead92bdfae3f744a32")
!115 = !DINamespace(name: "non_null", scope: !70)
!116 = !{!117}
!117 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !114, file: !15, baseType: !94, size: 64, align: 64, flags: DIFlagPrivate)
!118 = !{!119}
!119 = !DITemplateTypeParameter(name: "T", type: !54)
!120 = !DIDerivedType(tag: DW_TAG_member, name: "end_or_len", scope: !109, file: !15, baseType: !94, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!121 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !109, file: !15, baseType: !122, align: 8, offset: 128, flags: DIFlagPrivate)
!122 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&enzyme_rs::P>", scope: !123, file: !15, align: 8, flags: DIFlagPublic, elements: !19, templateParams: !124, identifier: "5416f829833c13f5b991d3b50dd17da1")
!123 = !DINamespace(name: "marker", scope: !71)
!124 = !{!125}
!125 = !DITemplateTypeParameter(name: "T", type: !53)
!126 = !DILocalVariable(name: "p", scope: !127, file: !8, line: 38, type: !53, align: 64)
!127 = distinct !DILexicalBlock(scope: !108, file: !8, line: 38, column: 5)
!128 = !DILocalVariable(name: "self", arg: 1, scope: !129, file: !130, line: 157, type: !147)
!129 = distinct !DISubprogram(name: "next<enzyme_rs::P>", linkageName: "_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4next17haddcdde8f1cb1713E", scope: !131, file: !130, line: 157, type: !132, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !118, retainedNodes: !148)
!130 = !DIFile(filename: "library/core/src/slice/iter/macros.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "87d1f0c2746f51593d75ddf4c9271f14")
!131 = !DINamespace(name: "{impl#171}", scope: !110)
!132 = !DISubroutineType(types: !133)
!133 = !{!134, !147}
!134 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<&enzyme_rs::P>", scope: !135, file: !15, size: 64, align: 64, flags: DIFlagPublic, elements: !136, templateParams: !19, identifier: "b31f92ab3a86af7f8e391e58130b1541")
!135 = !DINamespace(name: "option", scope: !71)
!136 = !{!137}
!137 = !DICompositeType(tag: DW_TAG_variant_part, scope: !134, file: !15, size: 64, align: 64, elements: !138, templateParams: !19, identifier: "4e71867301784176a3f37c4593bce67b", discriminator: !145)
!138 = !{!139, !141}
!139 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !137, file: !15, baseType: !140, size: 64, align: 64, extraData: i64 0)
!140 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !134, file: !15, size: 64, align: 64, flags: DIFlagPublic, elements: !19, templateParams: !124, identifier: "850b2913fb52fbdf3f0cf300bee4166c")
!141 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !137, file: !15, baseType: !142, size: 64, align: 64)
!142 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !134, file: !15, size: 64, align: 64, flags: DIFlagPublic, elements: !143, templateParams: !124, identifier: "8894233705dd652d8a09d3ab2125f2d9")
!143 = !{!144}
!144 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !142, file: !15, baseType: !53, size: 64, align: 64, flags: DIFlagPublic)
!145 = !DIDerivedType(tag: DW_TAG_member, scope: !134, file: !15, baseType: !146, size: 64, align: 64, flags: DIFlagArtificial)
!146 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!147 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::slice::iter::Iter<enzyme_rs::P>", baseType: !109, size: 64, align: 64, dwarfAddressSpace: 0)
!148 = !{!128, !149, !151, !153}
!149 = !DILocalVariable(name: "ptr", scope: !150, file: !130, line: 161, type: !114, align: 64)
!150 = distinct !DILexicalBlock(scope: !129, file: !130, line: 161, column: 17)
!151 = !DILocalVariable(name: "end_or_len", scope: !152, file: !130, line: 162, type: !94, align: 64)
!152 = distinct !DILexicalBlock(scope: !150, file: !130, line: 162, column: 17)
!153 = !DILocalVariable(name: "len", scope: !154, file: !130, line: 167, type: !77, align: 64)
!154 = distinct !DILexicalBlock(scope: !152, file: !130, line: 167, column: 25)
!155 = !DILocation(line: 157, column: 21, scope: !129, inlinedAt: !156)
!156 = !DILocation(line: 38, column: 14, scope: !157)
!157 = !DILexicalBlockFile(scope: !108, file: !8, discriminator: 2)
!158 = !DILocation(line: 0, scope: !91)
!159 = !DILocalVariable(name: "src", arg: 1, scope: !160, file: !69, line: 526, type: !94)
!160 = distinct !DISubprogram(name: "copy_nonoverlapping<enzyme_rs::P>", linkageName: "_ZN4core3ptr19copy_nonoverlapping17h0fc46911fb88d8d3E", scope: !70, file: !69, line: 526, type: !161, scopeLine: 526, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !118, retainedNodes: !164)
!161 = !DISubroutineType(types: !162)
!162 = !{null, !94, !163, !77}
!163 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut enzyme_rs::P", baseType: !54, size: 64, align: 64, dwarfAddressSpace: 0)
!164 = !{!159, !165, !166}
!165 = !DILocalVariable(name: "dst", arg: 2, scope: !160, file: !69, line: 526, type: !163)
!166 = !DILocalVariable(name: "count", arg: 3, scope: !160, file: !69, line: 526, type: !77)
!167 = !DILocation(line: 0, scope: !160, inlinedAt: !168)
!168 = !DILocation(line: 36, column: 14, scope: !104)
!169 = !DILocation(line: 34, column: 9, scope: !99)
!170 = !DILocalVariable(name: "count", scope: !171, file: !172, line: 651, type: !77, align: 64)
!171 = distinct !DISubprogram(name: "add<enzyme_rs::P>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$3add17h9148f852e1df9f4cE", scope: !114, file: !172, line: 651, type: !173, scopeLine: 651, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !118, declaration: !175, retainedNodes: !176)
!172 = !DIFile(filename: "library/core/src/ptr/non_null.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "e5222a5160165ba1cd09076ad7a11733")
!173 = !DISubroutineType(types: !174)
!174 = !{!114, !114, !77}
!175 = !DISubprogram(name: "add<enzyme_rs::P>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$3add17h9148f852e1df9f4cE", scope: !114, file: !172, line: 651, type: !173, scopeLine: 651, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !118)
!176 = !{!177, !170}
!177 = !DILocalVariable(name: "self", arg: 1, scope: !171, file: !172, line: 651, type: !114)
!178 = !DILocation(line: 0, scope: !171, inlinedAt: !179)
!179 = !DILocation(line: 185, column: 40, scope: !152, inlinedAt: !156)
!180 = !DILocation(line: 34, column: 9, scope: !91)
!181 = !DILocalVariable(name: "self", arg: 1, scope: !182, file: !183, line: 1072, type: !77)
!182 = distinct !DISubprogram(name: "min<usize>", linkageName: "_ZN4core3cmp3Ord3min17hba36125d71464a67E", scope: !184, file: !183, line: 1072, type: !186, scopeLine: 1072, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !190, retainedNodes: !188)
!183 = !DIFile(filename: "library/core/src/cmp.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "9b875f3ee90b4abbf50efdba3db39504")
!184 = !DINamespace(name: "Ord", scope: !185)
!185 = !DINamespace(name: "cmp", scope: !71)
!186 = !DISubroutineType(types: !187)
!187 = !{!77, !77, !77}
!188 = !{!181, !189}
!189 = !DILocalVariable(name: "other", arg: 2, scope: !182, file: !183, line: 1072, type: !77)
!190 = !{!191}
!191 = !DITemplateTypeParameter(name: "Self", type: !77)
!192 = !DILocation(line: 0, scope: !182, inlinedAt: !193)
!193 = distinct !DILocation(line: 35, column: 15, scope: !99)
!194 = !DILocation(line: 1076, column: 12, scope: !182, inlinedAt: !193)
!195 = !DILocation(line: 0, scope: !104)
!196 = !DILocalVariable(name: "len", scope: !197, file: !198, line: 97, type: !77, align: 64)
!197 = distinct !DILexicalBlock(scope: !199, file: !198, line: 97, column: 9)
!198 = !DIFile(filename: "library/core/src/slice/iter.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "f33ab2e22fe09095bf73c41c52bd166c")
!199 = distinct !DISubprogram(name: "new<enzyme_rs::P>", linkageName: "_ZN4core5slice4iter13Iter$LT$T$GT$3new17h83ccf6bb7d7d32fbE", scope: !109, file: !198, line: 96, type: !200, scopeLine: 96, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !118, declaration: !207, retainedNodes: !208)
!200 = !DISubroutineType(types: !201)
!201 = !{!109, !202}
!202 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[enzyme_rs::P]", file: !15, size: 128, align: 64, elements: !203, templateParams: !19, identifier: "3f2fc9ee3b17c1ff78a34700e7a89810")
!203 = !{!204, !206}
!204 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !202, file: !15, baseType: !205, size: 64, align: 64)
!205 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !54, size: 64, align: 64, dwarfAddressSpace: 0)
!206 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !202, file: !15, baseType: !77, size: 64, align: 64, offset: 64)
!207 = !DISubprogram(name: "new<enzyme_rs::P>", linkageName: "_ZN4core5slice4iter13Iter$LT$T$GT$3new17h83ccf6bb7d7d32fbE", scope: !109, file: !198, line: 96, type: !200, scopeLine: 96, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !118)
!208 = !{!209, !196, !214, !216}
!209 = !DILocalVariable(name: "slice", arg: 1, scope: !199, file: !198, line: 96, type: !210)
!210 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const [enzyme_rs::P]", file: !15, size: 128, align: 64, elements: !211, templateParams: !19, identifier: "6c9098192296844c4258ec40de5c08cb")
!211 = !{!212, !213}
!212 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !210, file: !15, baseType: !205, size: 64, align: 64)
!213 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !210, file: !15, baseType: !77, size: 64, align: 64, offset: 64)
!214 = !DILocalVariable(name: "ptr", scope: !215, file: !198, line: 98, type: !114, align: 64)
!215 = distinct !DILexicalBlock(scope: !197, file: !198, line: 98, column: 9)
!216 = !DILocalVariable(name: "end_or_len", scope: !217, file: !198, line: 101, type: !94, align: 64)
!217 = distinct !DILexicalBlock(scope: !215, file: !198, line: 101, column: 13)
!218 = !DILocation(line: 0, scope: !197, inlinedAt: !219)
!219 = !DILocation(line: 1041, column: 9, scope: !220, inlinedAt: !225)
!220 = distinct !DISubprogram(name: "iter<enzyme_rs::P>", linkageName: "_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$4iter17he8507014292452cdE", scope: !222, file: !221, line: 1040, type: !200, scopeLine: 1040, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !118, retainedNodes: !223)
!221 = !DIFile(filename: "library/core/src/slice/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b606e5d97bff599edd0dcbc6067a14f1")
!222 = !DINamespace(name: "{impl#0}", scope: !111)
!223 = !{!224}
!224 = !DILocalVariable(name: "self", arg: 1, scope: !220, file: !221, line: 1040, type: !210)
!225 = !DILocation(line: 26, column: 14, scope: !226, inlinedAt: !230)
!226 = distinct !DISubprogram(name: "into_iter<enzyme_rs::P>", linkageName: "_ZN4core5slice4iter87_$LT$impl$u20$core..iter..traits..collect..IntoIterator$u20$for$u20$$RF$$u5b$T$u5d$$GT$9into_iter17h5b590dbadbc29345E", scope: !227, file: !198, line: 25, type: !200, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !118, retainedNodes: !228)
!227 = !DINamespace(name: "{impl#1}", scope: !110)
!228 = !{!229}
!229 = !DILocalVariable(name: "self", arg: 1, scope: !226, file: !198, line: 25, type: !210)
!230 = !DILocation(line: 38, column: 14, scope: !106)
!231 = !DILocalVariable(name: "count", arg: 2, scope: !232, file: !233, line: 927, type: !77)
!232 = distinct !DISubprogram(name: "add<enzyme_rs::P>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$3add17heec93c8bd7349d25E", scope: !234, file: !233, line: 927, type: !236, scopeLine: 927, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !118, retainedNodes: !263)
!233 = !DIFile(filename: "library/core/src/ptr/mut_ptr.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7c03c8e0ae695174f7f10881dc49d2cb")
!234 = !DINamespace(name: "{impl#0}", scope: !235)
!235 = !DINamespace(name: "mut_ptr", scope: !70)
!236 = !DISubroutineType(types: !237)
!237 = !{!163, !163, !77, !238}
!238 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::location::Location", baseType: !239, size: 64, align: 64, dwarfAddressSpace: 0)
!239 = !DICompositeType(tag: DW_TAG_structure_type, name: "Location", scope: !240, file: !15, size: 192, align: 64, flags: DIFlagPublic, elements: !242, templateParams: !19, identifier: "c23b7de1297af8f4a89df3da49f37ee6")
!240 = !DINamespace(name: "location", scope: !241)
!241 = !DINamespace(name: "panic", scope: !71)
!242 = !{!243, !252, !254, !255}
!243 = !DIDerivedType(tag: DW_TAG_member, name: "filename", scope: !239, file: !15, baseType: !244, size: 128, align: 64, flags: DIFlagPrivate)
!244 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<str>", scope: !115, file: !15, size: 128, align: 64, flags: DIFlagPublic, elements: !245, templateParams: !81, identifier: "cc7383b2ce73f6838bfb6ae828fb6ae6")
!245 = !{!246}
!246 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !244, file: !15, baseType: !247, size: 128, align: 64, flags: DIFlagPrivate)
!247 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const str", file: !15, size: 128, align: 64, elements: !248, templateParams: !19, identifier: "238a44609877474087c05adf26cd41fa")
!248 = !{!249, !251}
!249 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !247, file: !15, baseType: !250, size: 64, align: 64)
!250 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !75, size: 64, align: 64, dwarfAddressSpace: 0)
!251 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !247, file: !15, baseType: !77, size: 64, align: 64, offset: 64)
!252 = !DIDerivedType(tag: DW_TAG_member, name: "line", scope: !239, file: !15, baseType: !253, size: 32, align: 32, offset: 128, flags: DIFlagPrivate)
!253 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!254 = !DIDerivedType(tag: DW_TAG_member, name: "col", scope: !239, file: !15, baseType: !253, size: 32, align: 32, offset: 160, flags: DIFlagPrivate)
!255 = !DIDerivedType(tag: DW_TAG_member, name: "_filename", scope: !239, file: !15, baseType: !256, align: 8, offset: 192, flags: DIFlagPrivate)
!256 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&str>", scope: !123, file: !15, align: 8, flags: DIFlagPublic, elements: !19, templateParams: !257, identifier: "e16ac355808b6aef9fb50b5f125fee05")
!257 = !{!258}
!258 = !DITemplateTypeParameter(name: "T", type: !259)
!259 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !15, size: 128, align: 64, elements: !260, templateParams: !19, identifier: "9277eecd40495f85161460476aacc992")
!260 = !{!261, !262}
!261 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !259, file: !15, baseType: !250, size: 64, align: 64)
!262 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !259, file: !15, baseType: !77, size: 64, align: 64, offset: 64)
!263 = !{!264, !231}
!264 = !DILocalVariable(name: "self", arg: 1, scope: !232, file: !233, line: 927, type: !163)
!265 = !DILocation(line: 0, scope: !232, inlinedAt: !266)
!266 = !DILocation(line: 102, column: 78, scope: !215, inlinedAt: !219)
!267 = !DILocation(line: 547, column: 14, scope: !160, inlinedAt: !168)
!268 = !DILocation(line: 0, scope: !106)
!269 = !DILocation(line: 0, scope: !226, inlinedAt: !230)
!270 = !DILocation(line: 0, scope: !220, inlinedAt: !225)
!271 = !DILocation(line: 0, scope: !199, inlinedAt: !219)
!272 = !DILocation(line: 0, scope: !215, inlinedAt: !219)
!273 = !DILocation(line: 0, scope: !108)
!274 = !DILocation(line: 0, scope: !150, inlinedAt: !156)
!275 = !DILocation(line: 0, scope: !152, inlinedAt: !156)
!276 = !DILocalVariable(name: "self", arg: 1, scope: !277, file: !172, line: 1719, type: !282)
!277 = distinct !DISubprogram(name: "eq<enzyme_rs::P>", linkageName: "_ZN78_$LT$core..ptr..non_null..NonNull$LT$T$GT$$u20$as$u20$core..cmp..PartialEq$GT$2eq17h7d25a7f278028db7E", scope: !278, file: !172, line: 1719, type: !279, scopeLine: 1719, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !118, retainedNodes: !283)
!278 = !DINamespace(name: "{impl#16}", scope: !115)
!279 = !DISubroutineType(types: !280)
!280 = !{!281, !282, !282}
!281 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!282 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::ptr::non_null::NonNull<enzyme_rs::P>", baseType: !114, size: 64, align: 64, dwarfAddressSpace: 0)
!283 = !{!276, !284}
!284 = !DILocalVariable(name: "other", arg: 2, scope: !277, file: !172, line: 1719, type: !282)
!285 = !DILocation(line: 1719, column: 11, scope: !277, inlinedAt: !286)
!286 = !DILocation(line: 180, column: 28, scope: !152, inlinedAt: !156)
!287 = !DILocation(line: 1719, column: 18, scope: !277, inlinedAt: !286)
!288 = !DILocation(line: 1720, column: 9, scope: !277, inlinedAt: !286)
!289 = !DILocation(line: 0, scope: !127)
!290 = !DILocation(line: 39, column: 14, scope: !127)
!291 = !DILocation(line: 39, column: 26, scope: !127)
!292 = !DILocation(line: 39, column: 39, scope: !127)
!293 = !DILocation(line: 659, column: 28, scope: !171, inlinedAt: !179)
!294 = !DILocation(line: 39, column: 9, scope: !127)
!295 = !DILocation(line: 42, column: 1, scope: !91)
!296 = !DILocation(line: 42, column: 2, scope: !91)
!297 = distinct !DISubprogram(name: "d_closure", scope: !9, file: !8, line: 60, type: !298, scopeLine: 60, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !19, retainedNodes: !300)
!298 = !DISubroutineType(types: !299)
!299 = !{!12, !12, !12}
!300 = !{!301, !302, !303, !305, !307, !309}
!301 = !DILocalVariable(name: "k", arg: 1, scope: !297, file: !8, line: 60, type: !12)
!302 = !DILocalVariable(name: "x", arg: 2, scope: !297, file: !8, line: 60, type: !12)
!303 = !DILocalVariable(name: "c", scope: !304, file: !8, line: 61, type: !14, align: 64)
!304 = distinct !DILexicalBlock(scope: !297, file: !8, line: 61, column: 5)
!305 = !DILocalVariable(name: "tp", scope: !306, file: !8, line: 62, type: !74, align: 64)
!306 = distinct !DILexicalBlock(scope: !304, file: !8, line: 62, column: 5)
!307 = !DILocalVariable(name: "a", scope: !308, file: !8, line: 65, type: !12, align: 64)
!308 = distinct !DILexicalBlock(scope: !306, file: !8, line: 65, column: 9)
!309 = !DILocalVariable(name: "b", scope: !310, file: !8, line: 67, type: !12, align: 64)
!310 = distinct !DILexicalBlock(scope: !308, file: !8, line: 67, column: 9)
!311 = !DILocation(line: 0, scope: !297)
!312 = !DILocation(line: 61, column: 9, scope: !304)
!313 = !DILocation(line: 61, column: 9, scope: !297)
!314 = !DILocation(line: 61, column: 13, scope: !297)
!315 = !DILocation(line: 0, scope: !306)
!316 = !DILocation(line: 65, column: 39, scope: !306)
!317 = !DILocation(line: 65, column: 69, scope: !306)
!318 = !DILocation(line: 65, column: 17, scope: !306)
!319 = !DILocation(line: 0, scope: !308)
!320 = !DILocation(line: 67, column: 17, scope: !308)
!321 = !DILocation(line: 0, scope: !310)
!322 = !DILocation(line: 68, column: 9, scope: !310)
!323 = !DILocation(line: 70, column: 1, scope: !297)
!324 = !DILocation(line: 70, column: 2, scope: !297)
!325 = distinct !DISubprogram(name: "d_copy", scope: !9, file: !8, line: 77, type: !326, scopeLine: 77, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !19, retainedNodes: !328)
!326 = !DISubroutineType(types: !327)
!327 = !{!12, !94, !163, !77}
!328 = !{!329, !330, !331}
!329 = !DILocalVariable(name: "ps", arg: 1, scope: !325, file: !8, line: 77, type: !94)
!330 = !DILocalVariable(name: "dps", arg: 2, scope: !325, file: !8, line: 77, type: !163)
!331 = !DILocalVariable(name: "n", arg: 3, scope: !325, file: !8, line: 77, type: !77)
!332 = !DILocation(line: 0, scope: !325)
!333 = !DILocation(line: 79, column: 55, scope: !325)
!334 = !DILocation(line: 79, column: 76, scope: !325)
!335 = !DILocation(line: 79, column: 9, scope: !325)
!336 = !DILocation(line: 80, column: 56, scope: !325)
!337 = !DILocation(line: 80, column: 15, scope: !325)
!338 = !DILocation(line: 82, column: 2, scope: !325)
!339 = distinct !DISubprogram(name: "d_square", scope: !9, file: !8, line: 55, type: !43, scopeLine: 55, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !19, retainedNodes: !340)
!340 = !{!341}
!341 = !DILocalVariable(name: "x", arg: 1, scope: !339, file: !8, line: 55, type: !12)
!342 = !DILocation(line: 0, scope: !339)
!343 = !DILocation(line: 56, column: 53, scope: !339)
!344 = !DILocation(line: 56, column: 14, scope: !339)
!345 = !DILocation(line: 57, column: 2, scope: !339)
!346 = distinct !DISubprogram(name: "fwd_square", scope: !9, file: !8, line: 85, type: !43, scopeLine: 85, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !19, retainedNodes: !347)
!347 = !{!348}
!348 = !DILocalVariable(name: "x", arg: 1, scope: !346, file: !8, line: 85, type: !12)
!349 = !DILocation(line: 0, scope: !346)
!350 = !DILocation(line: 86, column: 52, scope: !346)
!351 = !DILocation(line: 86, column: 14, scope: !346)
!352 = !DILocation(line: 87, column: 2, scope: !346)
!353 = distinct !DISubprogram(name: "square", scope: !9, file: !8, line: 27, type: !43, scopeLine: 27, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !19, retainedNodes: !354)
!354 = !{!355}
!355 = !DILocalVariable(name: "x", arg: 1, scope: !353, file: !8, line: 27, type: !12)
!356 = !DILocation(line: 0, scope: !353)
!357 = !DILocalVariable(name: "self", arg: 1, scope: !358, file: !39, line: 699, type: !12)
!358 = distinct !DISubprogram(name: "sin", linkageName: "_RNvMNtCsjrHSEGnQ3l9_3std3f64d3sin", scope: !40, file: !39, line: 699, type: !43, scopeLine: 699, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !19, retainedNodes: !359)
!359 = !{!357}
!360 = !DILocation(line: 0, scope: !358, inlinedAt: !361)
!361 = !DILocation(line: 28, column: 15, scope: !353)
!362 = !DILocation(line: 28, column: 5, scope: !353)
!363 = !DILocation(line: 700, column: 9, scope: !358, inlinedAt: !361)
!364 = !DILocation(line: 29, column: 2, scope: !353)
