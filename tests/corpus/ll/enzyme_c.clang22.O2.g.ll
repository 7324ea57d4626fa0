; ModuleID = 'src/enzyme_c.c'
source_filename = "src/enzyme_c.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.P = type { i64, double, float, i32 }

@enzyme_out = external local_unnamed_addr global i32, align 4
@__const.main.ps = private unnamed_addr constant [4 x %struct.P] [%struct.P { i64 1, double 1.000000e+00, float 5.000000e-01, i32 2 }, %struct.P { i64 2, double 2.000000e+00, float 1.500000e+00, i32 3 }, %struct.P { i64 3, double 3.000000e+00, float 2.500000e+00, i32 4 }, %struct.P { i64 4, double 4.000000e+00, float 3.500000e+00, i32 5 }], align 16
@enzyme_dup = external local_unnamed_addr global i32, align 4
@enzyme_const = external local_unnamed_addr global i32, align 4
@.str = private unnamed_addr constant [39 x i8] c"df=%f dg.x=%f dh.x=%f dh2.x=%f dfw=%f\0A\00", align 1, !dbg !0

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable
define dso_local double @f(double noundef %0) #0 !dbg !37 {
    #dbg_value(double %0, !41, !DIExpression(), !42)
  %2 = tail call double @sin(double noundef %0) #17, !dbg !43, !tbaa !33
  %3 = fmul double %0, %2, !dbg !44
  %4 = fneg double %0, !dbg !45
  %5 = tail call double @exp(double noundef %4) #17, !dbg !46, !tbaa !33
  %6 = tail call double @llvm.fmuladd.f64(double %3, double %0, double %5), !dbg !47
  ret double %6, !dbg !48
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare !dbg !49 double @sin(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare !dbg !51 double @exp(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local double @g(ptr noundef readonly captures(none) %0, i32 noundef %1) #3 !dbg !52 {
    #dbg_value(ptr %0, !56, !DIExpression(), !61)
    #dbg_value(i32 %1, !57, !DIExpression(), !61)
    #dbg_value(double 0.000000e+00, !58, !DIExpression(), !61)
    #dbg_value(i32 0, !59, !DIExpression(), !62)
  %3 = icmp sgt i32 %1, 0, !dbg !63
  br i1 %3, label %4, label %6, !dbg !65

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64, !dbg !66
  br label %8, !dbg !67

6:                                                ; preds = %8, %2
  %7 = phi double [ 0.000000e+00, %2 ], [ %25, %8 ], !dbg !61
  ret double %7, !dbg !68

8:                                                ; preds = %4, %8
  %9 = phi i64 [ 0, %4 ], [ %26, %8 ]
  %10 = phi double [ 0.000000e+00, %4 ], [ %25, %8 ]
    #dbg_value(i64 %9, !59, !DIExpression(), !62)
    #dbg_value(double %10, !58, !DIExpression(), !61)
  %11 = getelementptr inbounds nuw %struct.P, ptr %0, i64 %9, !dbg !69
  %12 = getelementptr inbounds nuw i8, ptr %11, i64 8, !dbg !70
  %13 = load double, ptr %12, align 8, !dbg !70, !tbaa !71
  %14 = fmul double %13, %13, !dbg !76
  %15 = getelementptr inbounds nuw i8, ptr %11, i64 16, !dbg !77
  %16 = load float, ptr %15, align 8, !dbg !77, !tbaa !78
  %17 = fpext float %16 to double, !dbg !79
  %18 = load i64, ptr %11, align 8, !dbg !80, !tbaa !81
  %19 = sitofp i64 %18 to double, !dbg !82
  %20 = getelementptr inbounds nuw i8, ptr %11, i64 20, !dbg !83
  %21 = load i32, ptr %20, align 4, !dbg !83, !tbaa !84
  %22 = sitofp i32 %21 to double, !dbg !85
  %23 = fmul double %19, %22, !dbg !86
  %24 = tail call double @llvm.fmuladd.f64(double %14, double %17, double %23), !dbg !87
  %25 = fadd double %10, %24, !dbg !88
    #dbg_value(double %25, !58, !DIExpression(), !61)
  %26 = add nuw nsw i64 %9, 1, !dbg !89
    #dbg_value(i64 %26, !59, !DIExpression(), !62)
  %27 = icmp eq i64 %26, %5, !dbg !66
  br i1 %27, label %6, label %8, !dbg !90, !llvm.loop !91
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #4

; Function Attrs: nounwind memory(readwrite, target_mem0: none, target_mem1: none) uwtable
define dso_local double @h(ptr noundef readonly captures(none) %0, i32 noundef %1) #5 !dbg !94 {
    #dbg_value(ptr %0, !96, !DIExpression(), !102)
    #dbg_value(i32 %1, !97, !DIExpression(), !102)
  %3 = sext i32 %1 to i64, !dbg !103
  %4 = mul nsw i64 %3, 24, !dbg !104
  %5 = tail call noalias ptr @malloc(i64 noundef %4) #18, !dbg !105
    #dbg_value(ptr %5, !98, !DIExpression(), !102)
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 8 %0, i64 %4, i1 false), !dbg !106
    #dbg_value(double 0.000000e+00, !99, !DIExpression(), !102)
    #dbg_value(i32 0, !100, !DIExpression(), !107)
  %6 = icmp sgt i32 %1, 0, !dbg !108
  br i1 %6, label %7, label %27, !dbg !110

7:                                                ; preds = %2
  %8 = zext nneg i32 %1 to i64, !dbg !111
  %9 = and i64 %8, 1, !dbg !112
  %10 = icmp eq i32 %1, 1, !dbg !112
  br i1 %10, label %15, label %11, !dbg !112

11:                                               ; preds = %7
  %12 = and i64 %8, 2147483646, !dbg !112
  br label %29, !dbg !112

13:                                               ; preds = %29
  %14 = icmp eq i64 %9, 0, !dbg !112
  br i1 %14, label %27, label %15, !dbg !112

15:                                               ; preds = %13, %7
  %16 = phi i64 [ 0, %7 ], [ %49, %13 ]
  %17 = phi double [ 0.000000e+00, %7 ], [ %48, %13 ]
  %18 = icmp ne i64 %9, 0, !dbg !113
  tail call void @llvm.assume(i1 %18), !dbg !113
    #dbg_value(i64 %16, !100, !DIExpression(), !107)
    #dbg_value(double %17, !99, !DIExpression(), !102)
  %19 = getelementptr inbounds nuw %struct.P, ptr %5, i64 %16, !dbg !114
  %20 = getelementptr inbounds nuw i8, ptr %19, i64 8, !dbg !115
  %21 = load double, ptr %20, align 8, !dbg !115, !tbaa !71
  %22 = getelementptr inbounds nuw i8, ptr %19, i64 16, !dbg !116
  %23 = load float, ptr %22, align 8, !dbg !116, !tbaa !78
  %24 = fpext float %23 to double, !dbg !117
  %25 = tail call double @llvm.fmuladd.f64(double %21, double %21, double %24), !dbg !118
  %26 = fadd double %17, %25, !dbg !119
    #dbg_value(double %26, !99, !DIExpression(), !102)
    #dbg_value(i64 %16, !100, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value), !107)
  br label %27, !dbg !120

27:                                               ; preds = %15, %13, %2
  %28 = phi double [ 0.000000e+00, %2 ], [ %48, %13 ], [ %26, %15 ], !dbg !102
  tail call void @free(ptr noundef %5) #17, !dbg !120
  ret double %28, !dbg !121

29:                                               ; preds = %29, %11
  %30 = phi i64 [ 0, %11 ], [ %49, %29 ]
  %31 = phi double [ 0.000000e+00, %11 ], [ %48, %29 ]
  %32 = phi i64 [ 0, %11 ], [ %50, %29 ]
    #dbg_value(i64 %30, !100, !DIExpression(), !107)
    #dbg_value(double %31, !99, !DIExpression(), !102)
  %33 = getelementptr inbounds nuw %struct.P, ptr %5, i64 %30, !dbg !114
  %34 = getelementptr inbounds nuw i8, ptr %33, i64 8, !dbg !115
  %35 = load double, ptr %34, align 8, !dbg !115, !tbaa !71
  %36 = getelementptr inbounds nuw i8, ptr %33, i64 16, !dbg !116
  %37 = load float, ptr %36, align 8, !dbg !116, !tbaa !78
  %38 = fpext float %37 to double, !dbg !117
  %39 = tail call double @llvm.fmuladd.f64(double %35, double %35, double %38), !dbg !118
  %40 = fadd double %31, %39, !dbg !122
    #dbg_value(double %40, !99, !DIExpression(), !102)
    #dbg_value(i64 %30, !100, !DIExpression(DW_OP_constu, 1, DW_OP_or, DW_OP_stack_value), !107)
  %41 = getelementptr inbounds nuw %struct.P, ptr %5, i64 %30, !dbg !114
  %42 = getelementptr inbounds nuw i8, ptr %41, i64 32, !dbg !115
  %43 = load double, ptr %42, align 8, !dbg !115, !tbaa !71
  %44 = getelementptr inbounds nuw i8, ptr %41, i64 40, !dbg !116
  %45 = load float, ptr %44, align 8, !dbg !116, !tbaa !78
  %46 = fpext float %45 to double, !dbg !117
  %47 = tail call double @llvm.fmuladd.f64(double %43, double %43, double %46), !dbg !118
  %48 = fadd double %40, %47, !dbg !123
    #dbg_value(double %48, !99, !DIExpression(), !102)
  %49 = add nuw nsw i64 %30, 2, !dbg !124
    #dbg_value(i64 %49, !100, !DIExpression(), !107)
  %50 = add i64 %32, 2, !dbg !125
  %51 = icmp eq i64 %50, %12, !dbg !125
  br i1 %51, label %13, label %29, !dbg !125, !llvm.loop !126
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare !dbg !128 noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #6

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #7

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare !dbg !132 void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #8

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local double @h2(ptr noundef readonly captures(none) %0) #9 !dbg !135 {
    #dbg_assign(i1 poison, !142, !DIExpression(DW_OP_LLVM_fragment, 128, 128), !146, ptr poison, !DIExpression(), !147)
    #dbg_assign(i1 poison, !142, !DIExpression(DW_OP_LLVM_fragment, 320, 128), !148, ptr poison, !DIExpression(), !147)
    #dbg_assign(i1 poison, !142, !DIExpression(DW_OP_LLVM_fragment, 512, 128), !149, ptr poison, !DIExpression(), !147)
    #dbg_assign(i1 poison, !142, !DIExpression(DW_OP_LLVM_fragment, 704, 64), !150, ptr poison, !DIExpression(), !147)
    #dbg_value(ptr %0, !141, !DIExpression(), !147)
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 8, !dbg !151
  %3 = load double, ptr %2, align 1, !dbg !151
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 32, !dbg !151
  %5 = load double, ptr %4, align 1, !dbg !151
  %6 = getelementptr inbounds nuw i8, ptr %0, i64 56, !dbg !151
  %7 = load double, ptr %6, align 1, !dbg !151
  %8 = getelementptr inbounds nuw i8, ptr %0, i64 80, !dbg !151
  %9 = load double, ptr %8, align 1, !dbg !151
    #dbg_value(i64 poison, !142, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !147)
    #dbg_value(double %3, !142, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !147)
    #dbg_assign(i1 poison, !142, !DIExpression(DW_OP_LLVM_fragment, 128, 128), !152, ptr poison, !DIExpression(), !147)
    #dbg_value(double %5, !142, !DIExpression(DW_OP_LLVM_fragment, 256, 64), !147)
    #dbg_assign(i1 poison, !142, !DIExpression(DW_OP_LLVM_fragment, 320, 128), !153, ptr poison, !DIExpression(), !147)
    #dbg_value(double %7, !142, !DIExpression(DW_OP_LLVM_fragment, 448, 64), !147)
    #dbg_assign(i1 poison, !142, !DIExpression(DW_OP_LLVM_fragment, 512, 128), !154, ptr poison, !DIExpression(), !147)
    #dbg_value(double %9, !142, !DIExpression(DW_OP_LLVM_fragment, 640, 64), !147)
    #dbg_assign(i1 poison, !142, !DIExpression(DW_OP_LLVM_fragment, 704, 64), !155, ptr poison, !DIExpression(), !147)
  %10 = fmul double %7, %9, !dbg !156
  %11 = tail call double @llvm.fmuladd.f64(double %3, double %5, double %10), !dbg !157
  ret double %11, !dbg !158
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @fw(double noundef %0, double noundef %1) #10 !dbg !159 {
    #dbg_value(double %0, !163, !DIExpression(), !165)
    #dbg_value(double %1, !164, !DIExpression(), !165)
  %3 = fmul double %1, %1, !dbg !166
  %4 = tail call double @llvm.fmuladd.f64(double %0, double %0, double %3), !dbg !167
  %5 = tail call double @llvm.sqrt.f64(double %4), !dbg !168
  %6 = tail call double @llvm.fmuladd.f64(double %0, double %1, double %5), !dbg !169
  ret double %6, !dbg !170
}

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #11 !dbg !171 {
  %1 = alloca [4 x %struct.P], align 16, !DIAssignID !181
    #dbg_assign(i1 poison, !176, !DIExpression(), !181, ptr %1, !DIExpression(), !182)
  %2 = alloca [4 x %struct.P], align 16, !DIAssignID !183
    #dbg_assign(i1 poison, !177, !DIExpression(), !183, ptr %2, !DIExpression(), !182)
  %3 = alloca [4 x %struct.P], align 16, !DIAssignID !184
    #dbg_assign(i1 poison, !178, !DIExpression(), !184, ptr %3, !DIExpression(), !182)
  %4 = alloca [4 x %struct.P], align 16, !DIAssignID !185
    #dbg_assign(i1 poison, !179, !DIExpression(), !185, ptr %4, !DIExpression(), !182)
  %5 = load i32, ptr @enzyme_out, align 4, !dbg !186, !tbaa !33
  %6 = tail call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @f, i32 noundef %5, double noundef 2.000000e+00) #17, !dbg !187
    #dbg_value(double %6, !175, !DIExpression(), !182)
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #17, !dbg !188
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(96) %1, ptr noundef nonnull align 16 dereferenceable(96) @__const.main.ps, i64 96, i1 false), !dbg !189, !DIAssignID !190
    #dbg_assign(i1 poison, !176, !DIExpression(), !190, ptr %1, !DIExpression(), !182)
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #17, !dbg !191
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(96) %2, i8 0, i64 96, i1 false), !dbg !192, !DIAssignID !193
    #dbg_assign(i8 0, !177, !DIExpression(), !193, ptr %2, !DIExpression(), !182)
  %7 = load i32, ptr @enzyme_dup, align 4, !dbg !194, !tbaa !33
  %8 = load i32, ptr @enzyme_const, align 4, !dbg !195, !tbaa !33
  %9 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @g, i32 noundef %7, ptr noundef nonnull %1, ptr noundef nonnull %2, i32 noundef %8, i32 noundef 4) #17, !dbg !196
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #17, !dbg !197
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(96) %3, i8 0, i64 96, i1 false), !dbg !198, !DIAssignID !199
    #dbg_assign(i8 0, !178, !DIExpression(), !199, ptr %3, !DIExpression(), !182)
  %10 = load i32, ptr @enzyme_dup, align 4, !dbg !200, !tbaa !33
  %11 = load i32, ptr @enzyme_const, align 4, !dbg !201, !tbaa !33
  %12 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @h, i32 noundef %10, ptr noundef nonnull %1, ptr noundef nonnull %3, i32 noundef %11, i32 noundef 4) #17, !dbg !202
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #17, !dbg !203
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(96) %4, i8 0, i64 96, i1 false), !dbg !204, !DIAssignID !205
    #dbg_assign(i8 0, !179, !DIExpression(), !205, ptr %4, !DIExpression(), !182)
  %13 = load i32, ptr @enzyme_dup, align 4, !dbg !206, !tbaa !33
  %14 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @h2, i32 noundef %13, ptr noundef nonnull %1, ptr noundef nonnull %4) #17, !dbg !207
  %15 = load i32, ptr @enzyme_dup, align 4, !dbg !208, !tbaa !33
  %16 = load i32, ptr @enzyme_const, align 4, !dbg !209, !tbaa !33
  %17 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @fw, i32 noundef %15, double noundef 3.000000e+00, double noundef 1.000000e+00, i32 noundef %16, double noundef 4.000000e+00) #17, !dbg !210
    #dbg_value(double %17, !180, !DIExpression(), !182)
  %18 = getelementptr inbounds nuw i8, ptr %2, i64 8, !dbg !211
  %19 = load double, ptr %18, align 8, !dbg !211, !tbaa !71
  %20 = getelementptr inbounds nuw i8, ptr %3, i64 32, !dbg !212
  %21 = load double, ptr %20, align 16, !dbg !212, !tbaa !71
  %22 = getelementptr inbounds nuw i8, ptr %4, i64 56, !dbg !213
  %23 = load double, ptr %22, align 8, !dbg !213, !tbaa !71
  %24 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %6, double noundef %19, double noundef %21, double noundef %23, double noundef %17), !dbg !214
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #17, !dbg !215
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #17, !dbg !215
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #17, !dbg !215
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #17, !dbg !215
  ret i32 0, !dbg !216
}

declare !dbg !217 double @__enzyme_autodiff(ptr noundef, ...) local_unnamed_addr #12

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #13

declare !dbg !220 double @__enzyme_fwddiff(ptr noundef, ...) local_unnamed_addr #12

; Function Attrs: nofree nounwind
declare !dbg !221 noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #14

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sqrt.f64(double) #15

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #16

attributes #0 = { mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nounwind memory(readwrite, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #14 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #15 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #16 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #17 = { nounwind }
attributes #18 = { nounwind allocsize(0) }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!25, !26, !27, !28, !29, !30, !31}
!llvm.ident = !{!32}
!llvm.errno.tbaa = !{!33}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 71, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "src/enzyme_c.c", directory: ".", checksumkind: CSK_MD5, checksum: "da397045a7c4f597ab569ca7ab040a41")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 312, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 39)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 22.1.8 (1~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !8, globals: !24, splitDebugInlining: false, nameTableKind: None)
!8 = !{!9, !10, !20, !23}
!9 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64)
!11 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "P", file: !2, line: 13, size: 192, elements: !12)
!12 = !{!13, !15, !16, !18}
!13 = !DIDerivedType(tag: DW_TAG_member, name: "n", scope: !11, file: !2, line: 14, baseType: !14, size: 64)
!14 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!15 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !11, file: !2, line: 15, baseType: !9, size: 64, offset: 64)
!16 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !11, file: !2, line: 16, baseType: !17, size: 32, offset: 128)
!17 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!18 = !DIDerivedType(tag: DW_TAG_member, name: "tag", scope: !11, file: !2, line: 17, baseType: !19, size: 32, offset: 160)
!19 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!20 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !21, line: 18, baseType: !22)
!21 = !DIFile(filename: "/usr/lib/llvm-22/lib/clang/22/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!22 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!24 = !{!0}
!25 = !{i32 7, !"Dwarf Version", i32 5}
!26 = !{i32 2, !"Debug Info Version", i32 3}
!27 = !{i32 1, !"wchar_size", i32 4}
!28 = !{i32 8, !"PIC Level", i32 2}
!29 = !{i32 7, !"PIE Level", i32 2}
!30 = !{i32 7, !"uwtable", i32 2}
!31 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!32 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!33 = !{!34, !34, i64 0}
!34 = !{!"int", !35, i64 0}
!35 = !{!"omnipotent char", !36, i64 0}
!36 = !{!"Simple C/C++ TBAA"}
!37 = distinct !DISubprogram(name: "f", scope: !2, file: !2, line: 21, type: !38, scopeLine: 21, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !40, keyInstructions: true)
!38 = !DISubroutineType(types: !39)
!39 = !{!9, !9}
!40 = !{!41}
!41 = !DILocalVariable(name: "x", arg: 1, scope: !37, file: !2, line: 21, type: !9)
!42 = !DILocation(line: 0, scope: !37)
!43 = !DILocation(line: 21, column: 29, scope: !37)
!44 = !DILocation(line: 21, column: 36, scope: !37)
!45 = !DILocation(line: 21, column: 50, scope: !37)
!46 = !DILocation(line: 21, column: 46, scope: !37)
!47 = !DILocation(line: 21, column: 44, scope: !37, atomGroup: 1, atomRank: 2)
!48 = !DILocation(line: 21, column: 22, scope: !37, atomGroup: 1, atomRank: 1)
!49 = !DISubprogram(name: "sin", scope: !50, file: !50, line: 64, type: !38, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!50 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/mathcalls.h", directory: "", checksumkind: CSK_MD5, checksum: "8c6e2d0d2bda65bc5ba1ca02b65383b7")
!51 = !DISubprogram(name: "exp", scope: !50, file: !50, line: 95, type: !38, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!52 = distinct !DISubprogram(name: "g", scope: !2, file: !2, line: 24, type: !53, scopeLine: 24, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !55, keyInstructions: true)
!53 = !DISubroutineType(types: !54)
!54 = !{!9, !10, !19}
!55 = !{!56, !57, !58, !59}
!56 = !DILocalVariable(name: "p", arg: 1, scope: !52, file: !2, line: 24, type: !10)
!57 = !DILocalVariable(name: "n", arg: 2, scope: !52, file: !2, line: 24, type: !19)
!58 = !DILocalVariable(name: "s", scope: !52, file: !2, line: 25, type: !9)
!59 = !DILocalVariable(name: "i", scope: !60, file: !2, line: 26, type: !19)
!60 = distinct !DILexicalBlock(scope: !52, file: !2, line: 26, column: 3)
!61 = !DILocation(line: 0, scope: !52)
!62 = !DILocation(line: 0, scope: !60)
!63 = !DILocation(line: 26, column: 21, scope: !64, atomGroup: 12, atomRank: 1)
!64 = distinct !DILexicalBlock(scope: !60, file: !2, line: 26, column: 3)
!65 = !DILocation(line: 26, column: 3, scope: !60, atomGroup: 13, atomRank: 1)
!66 = !DILocation(line: 26, column: 21, scope: !64, atomGroup: 3, atomRank: 1)
!67 = !DILocation(line: 26, column: 3, scope: !60)
!68 = !DILocation(line: 28, column: 3, scope: !52, atomGroup: 9, atomRank: 1)
!69 = !DILocation(line: 27, column: 10, scope: !64)
!70 = !DILocation(line: 27, column: 15, scope: !64)
!71 = !{!72, !74, i64 8}
!72 = !{!"P", !73, i64 0, !74, i64 8, !75, i64 16, !34, i64 20}
!73 = !{!"long", !35, i64 0}
!74 = !{!"double", !35, i64 0}
!75 = !{!"float", !35, i64 0}
!76 = !DILocation(line: 27, column: 17, scope: !64)
!77 = !DILocation(line: 27, column: 41, scope: !64)
!78 = !{!72, !75, i64 16}
!79 = !DILocation(line: 27, column: 28, scope: !64)
!80 = !DILocation(line: 27, column: 58, scope: !64)
!81 = !{!72, !73, i64 0}
!82 = !DILocation(line: 27, column: 45, scope: !64)
!83 = !DILocation(line: 27, column: 67, scope: !64)
!84 = !{!72, !34, i64 20}
!85 = !DILocation(line: 27, column: 62, scope: !64)
!86 = !DILocation(line: 27, column: 60, scope: !64)
!87 = !DILocation(line: 27, column: 43, scope: !64)
!88 = !DILocation(line: 27, column: 7, scope: !64, atomGroup: 5, atomRank: 2)
!89 = !DILocation(line: 26, column: 27, scope: !64, atomGroup: 6, atomRank: 2)
!90 = !DILocation(line: 26, column: 3, scope: !60, atomGroup: 4, atomRank: 1)
!91 = distinct !{!91, !67, !92, !93}
!92 = !DILocation(line: 27, column: 67, scope: !60)
!93 = !{!"llvm.loop.mustprogress"}
!94 = distinct !DISubprogram(name: "h", scope: !2, file: !2, line: 33, type: !53, scopeLine: 33, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !95, keyInstructions: true)
!95 = !{!96, !97, !98, !99, !100}
!96 = !DILocalVariable(name: "p", arg: 1, scope: !94, file: !2, line: 33, type: !10)
!97 = !DILocalVariable(name: "n", arg: 2, scope: !94, file: !2, line: 33, type: !19)
!98 = !DILocalVariable(name: "tmp", scope: !94, file: !2, line: 34, type: !10)
!99 = !DILocalVariable(name: "s", scope: !94, file: !2, line: 36, type: !9)
!100 = !DILocalVariable(name: "i", scope: !101, file: !2, line: 37, type: !19)
!101 = distinct !DILexicalBlock(scope: !94, file: !2, line: 37, column: 3)
!102 = !DILocation(line: 0, scope: !94)
!103 = !DILocation(line: 34, column: 57, scope: !94)
!104 = !DILocation(line: 34, column: 55, scope: !94)
!105 = !DILocation(line: 34, column: 31, scope: !94, atomGroup: 1, atomRank: 2)
!106 = !DILocation(line: 35, column: 3, scope: !94, atomGroup: 2, atomRank: 1)
!107 = !DILocation(line: 0, scope: !101)
!108 = !DILocation(line: 37, column: 21, scope: !109, atomGroup: 14, atomRank: 1)
!109 = distinct !DILexicalBlock(scope: !101, file: !2, line: 37, column: 3)
!110 = !DILocation(line: 37, column: 3, scope: !101, atomGroup: 15, atomRank: 1)
!111 = !DILocation(line: 37, column: 21, scope: !109, atomGroup: 5, atomRank: 1)
!112 = !DILocation(line: 37, column: 3, scope: !101)
!113 = !DILocation(line: 37, column: 3, scope: !101, atomGroup: 6, atomRank: 1)
!114 = !DILocation(line: 38, column: 10, scope: !109)
!115 = !DILocation(line: 38, column: 17, scope: !109)
!116 = !DILocation(line: 38, column: 39, scope: !109)
!117 = !DILocation(line: 38, column: 32, scope: !109)
!118 = !DILocation(line: 38, column: 30, scope: !109)
!119 = !DILocation(line: 38, column: 7, scope: !109, atomGroup: 16, atomRank: 2)
!120 = !DILocation(line: 39, column: 3, scope: !94)
!121 = !DILocation(line: 40, column: 3, scope: !94, atomGroup: 11, atomRank: 1)
!122 = !DILocation(line: 38, column: 7, scope: !109, atomGroup: 7, atomRank: 2)
!123 = !DILocation(line: 38, column: 7, scope: !109, atomGroup: 20, atomRank: 2)
!124 = !DILocation(line: 37, column: 27, scope: !109, atomGroup: 21, atomRank: 2)
!125 = !DILocation(line: 37, column: 3, scope: !101, atomGroup: 23, atomRank: 1)
!126 = distinct !{!126, !112, !127, !93}
!127 = !DILocation(line: 38, column: 39, scope: !101)
!128 = !DISubprogram(name: "malloc", scope: !129, file: !129, line: 553, type: !130, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!129 = !DIFile(filename: "/usr/include/stdlib.h", directory: "", checksumkind: CSK_MD5, checksum: "4b47dc81a92f1fe77a152c0aac236718")
!130 = !DISubroutineType(types: !131)
!131 = !{!23, !20}
!132 = !DISubprogram(name: "free", scope: !129, file: !129, line: 568, type: !133, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!133 = !DISubroutineType(types: !134)
!134 = !{null, !23}
!135 = distinct !DISubprogram(name: "h2", scope: !2, file: !2, line: 44, type: !136, scopeLine: 44, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !140, keyInstructions: true)
!136 = !DISubroutineType(types: !137)
!137 = !{!9, !138}
!138 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !139, size: 64)
!139 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!140 = !{!141, !142}
!141 = !DILocalVariable(name: "src", arg: 1, scope: !135, file: !2, line: 44, type: !138)
!142 = !DILocalVariable(name: "local", scope: !135, file: !2, line: 45, type: !143)
!143 = !DICompositeType(tag: DW_TAG_array_type, baseType: !11, size: 768, elements: !144)
!144 = !{!145}
!145 = !DISubrange(count: 4)
!146 = distinct !DIAssignID()
!147 = !DILocation(line: 0, scope: !135)
!148 = distinct !DIAssignID()
!149 = distinct !DIAssignID()
!150 = distinct !DIAssignID()
!151 = !DILocation(line: 46, column: 3, scope: !135, atomGroup: 1, atomRank: 1)
!152 = distinct !DIAssignID()
!153 = distinct !DIAssignID()
!154 = distinct !DIAssignID()
!155 = distinct !DIAssignID()
!156 = !DILocation(line: 47, column: 47, scope: !135)
!157 = !DILocation(line: 47, column: 34, scope: !135, atomGroup: 3, atomRank: 2)
!158 = !DILocation(line: 47, column: 3, scope: !135, atomGroup: 3, atomRank: 1)
!159 = distinct !DISubprogram(name: "fw", scope: !2, file: !2, line: 51, type: !160, scopeLine: 51, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !162, keyInstructions: true)
!160 = !DISubroutineType(types: !161)
!161 = !{!9, !9, !9}
!162 = !{!163, !164}
!163 = !DILocalVariable(name: "x", arg: 1, scope: !159, file: !2, line: 51, type: !9)
!164 = !DILocalVariable(name: "y", arg: 2, scope: !159, file: !2, line: 51, type: !9)
!165 = !DILocation(line: 0, scope: !159)
!166 = !DILocation(line: 51, column: 63, scope: !159)
!167 = !DILocation(line: 51, column: 59, scope: !159)
!168 = !DILocation(line: 51, column: 48, scope: !159)
!169 = !DILocation(line: 51, column: 46, scope: !159, atomGroup: 1, atomRank: 2)
!170 = !DILocation(line: 51, column: 33, scope: !159, atomGroup: 1, atomRank: 1)
!171 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 53, type: !172, scopeLine: 53, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !174, keyInstructions: true)
!172 = !DISubroutineType(types: !173)
!173 = !{!19}
!174 = !{!175, !176, !177, !178, !179, !180}
!175 = !DILocalVariable(name: "df", scope: !171, file: !2, line: 54, type: !9)
!176 = !DILocalVariable(name: "ps", scope: !171, file: !2, line: 56, type: !143)
!177 = !DILocalVariable(name: "dps", scope: !171, file: !2, line: 57, type: !143)
!178 = !DILocalVariable(name: "dps2", scope: !171, file: !2, line: 61, type: !143)
!179 = !DILocalVariable(name: "dps3", scope: !171, file: !2, line: 65, type: !143)
!180 = !DILocalVariable(name: "dfw", scope: !171, file: !2, line: 69, type: !9)
!181 = distinct !DIAssignID()
!182 = !DILocation(line: 0, scope: !171)
!183 = distinct !DIAssignID()
!184 = distinct !DIAssignID()
!185 = distinct !DIAssignID()
!186 = !DILocation(line: 54, column: 44, scope: !171)
!187 = !DILocation(line: 54, column: 15, scope: !171, atomGroup: 1, atomRank: 2)
!188 = !DILocation(line: 56, column: 3, scope: !171)
!189 = !DILocation(line: 56, column: 12, scope: !171, atomGroup: 2, atomRank: 1)
!190 = distinct !DIAssignID()
!191 = !DILocation(line: 57, column: 3, scope: !171)
!192 = !DILocation(line: 58, column: 3, scope: !171, atomGroup: 3, atomRank: 1)
!193 = distinct !DIAssignID()
!194 = !DILocation(line: 59, column: 32, scope: !171)
!195 = !DILocation(line: 59, column: 53, scope: !171)
!196 = !DILocation(line: 59, column: 3, scope: !171)
!197 = !DILocation(line: 61, column: 3, scope: !171)
!198 = !DILocation(line: 62, column: 3, scope: !171, atomGroup: 4, atomRank: 1)
!199 = distinct !DIAssignID()
!200 = !DILocation(line: 63, column: 32, scope: !171)
!201 = !DILocation(line: 63, column: 54, scope: !171)
!202 = !DILocation(line: 63, column: 3, scope: !171)
!203 = !DILocation(line: 65, column: 3, scope: !171)
!204 = !DILocation(line: 66, column: 3, scope: !171, atomGroup: 5, atomRank: 1)
!205 = distinct !DIAssignID()
!206 = !DILocation(line: 67, column: 33, scope: !171)
!207 = !DILocation(line: 67, column: 3, scope: !171)
!208 = !DILocation(line: 69, column: 45, scope: !171)
!209 = !DILocation(line: 69, column: 67, scope: !171)
!210 = !DILocation(line: 69, column: 16, scope: !171, atomGroup: 6, atomRank: 2)
!211 = !DILocation(line: 71, column: 64, scope: !171)
!212 = !DILocation(line: 71, column: 75, scope: !171)
!213 = !DILocation(line: 71, column: 86, scope: !171)
!214 = !DILocation(line: 71, column: 3, scope: !171)
!215 = !DILocation(line: 73, column: 1, scope: !171)
!216 = !DILocation(line: 72, column: 3, scope: !171, atomGroup: 8, atomRank: 1)
!217 = !DISubprogram(name: "__enzyme_autodiff", scope: !2, file: !2, line: 9, type: !218, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!218 = !DISubroutineType(types: !219)
!219 = !{!9, !23, null}
!220 = !DISubprogram(name: "__enzyme_fwddiff", scope: !2, file: !2, line: 10, type: !218, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!221 = !DISubprogram(name: "printf", scope: !222, file: !222, line: 356, type: !223, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!222 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!223 = !DISubroutineType(types: !224)
!224 = !{!19, !225, null}
!225 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !226)
!226 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !227, size: 64)
!227 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
