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

; Function Attrs: mustprogress nofree nounwind willreturn memory(write) uwtable
define dso_local double @f(double noundef %0) #0 !dbg !33 {
    #dbg_value(double %0, !37, !DIExpression(), !38)
  %2 = tail call double @sin(double noundef %0) #15, !dbg !39
  %3 = fmul double %2, %0, !dbg !40
  %4 = fneg double %0, !dbg !41
  %5 = tail call double @exp(double noundef %4) #15, !dbg !42
  %6 = tail call double @llvm.fmuladd.f64(double %3, double %0, double %5), !dbg !43
  ret double %6, !dbg !44
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare !dbg !45 double @sin(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare !dbg !47 double @exp(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local double @g(ptr nocapture noundef readonly %0, i32 noundef %1) #3 !dbg !48 {
    #dbg_value(ptr %0, !52, !DIExpression(), !57)
    #dbg_value(i32 %1, !53, !DIExpression(), !57)
    #dbg_value(double 0.000000e+00, !54, !DIExpression(), !57)
    #dbg_value(i32 0, !55, !DIExpression(), !58)
  %3 = icmp sgt i32 %1, 0, !dbg !59
  br i1 %3, label %4, label %6, !dbg !61

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64, !dbg !59
  br label %8, !dbg !61

6:                                                ; preds = %8, %2
  %7 = phi double [ 0.000000e+00, %2 ], [ %25, %8 ], !dbg !57
  ret double %7, !dbg !62

8:                                                ; preds = %4, %8
  %9 = phi i64 [ 0, %4 ], [ %26, %8 ]
  %10 = phi double [ 0.000000e+00, %4 ], [ %25, %8 ]
    #dbg_value(i64 %9, !55, !DIExpression(), !58)
    #dbg_value(double %10, !54, !DIExpression(), !57)
  %11 = getelementptr inbounds %struct.P, ptr %0, i64 %9, !dbg !63
  %12 = getelementptr inbounds i8, ptr %11, i64 8, !dbg !64
  %13 = load double, ptr %12, align 8, !dbg !64, !tbaa !65
  %14 = fmul double %13, %13, !dbg !73
  %15 = getelementptr inbounds i8, ptr %11, i64 16, !dbg !74
  %16 = load float, ptr %15, align 8, !dbg !74, !tbaa !75
  %17 = fpext float %16 to double, !dbg !76
  %18 = load i64, ptr %11, align 8, !dbg !77, !tbaa !78
  %19 = sitofp i64 %18 to double, !dbg !79
  %20 = getelementptr inbounds i8, ptr %11, i64 20, !dbg !80
  %21 = load i32, ptr %20, align 4, !dbg !80, !tbaa !81
  %22 = sitofp i32 %21 to double, !dbg !82
  %23 = fmul double %19, %22, !dbg !83
  %24 = tail call double @llvm.fmuladd.f64(double %14, double %17, double %23), !dbg !84
  %25 = fadd double %10, %24, !dbg !85
    #dbg_value(double %25, !54, !DIExpression(), !57)
  %26 = add nuw nsw i64 %9, 1, !dbg !86
    #dbg_value(i64 %26, !55, !DIExpression(), !58)
  %27 = icmp eq i64 %26, %5, !dbg !59
  br i1 %27, label %6, label %8, !dbg !61, !llvm.loop !87
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #4

; Function Attrs: nounwind uwtable
define dso_local double @h(ptr nocapture noundef readonly %0, i32 noundef %1) #5 !dbg !90 {
    #dbg_value(ptr %0, !92, !DIExpression(), !98)
    #dbg_value(i32 %1, !93, !DIExpression(), !98)
  %3 = sext i32 %1 to i64, !dbg !99
  %4 = mul nsw i64 %3, 24, !dbg !100
  %5 = tail call noalias ptr @malloc(i64 noundef %4) #16, !dbg !101
    #dbg_value(ptr %5, !94, !DIExpression(), !98)
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 8 %0, i64 %4, i1 false), !dbg !102
    #dbg_value(double 0.000000e+00, !95, !DIExpression(), !98)
    #dbg_value(i32 0, !96, !DIExpression(), !103)
  %6 = icmp sgt i32 %1, 0, !dbg !104
  br i1 %6, label %7, label %27, !dbg !106

7:                                                ; preds = %2
  %8 = zext nneg i32 %1 to i64, !dbg !104
  %9 = and i64 %8, 1, !dbg !106
  %10 = icmp eq i32 %1, 1, !dbg !106
  br i1 %10, label %13, label %11, !dbg !106

11:                                               ; preds = %7
  %12 = and i64 %8, 2147483646, !dbg !106
  br label %29, !dbg !106

13:                                               ; preds = %29, %7
  %14 = phi double [ poison, %7 ], [ %49, %29 ]
  %15 = phi i64 [ 0, %7 ], [ %50, %29 ]
  %16 = phi double [ 0.000000e+00, %7 ], [ %49, %29 ]
  %17 = icmp eq i64 %9, 0, !dbg !106
  br i1 %17, label %27, label %18, !dbg !106

18:                                               ; preds = %13
    #dbg_value(i64 %15, !96, !DIExpression(), !103)
    #dbg_value(double %16, !95, !DIExpression(), !98)
  %19 = getelementptr inbounds %struct.P, ptr %5, i64 %15, !dbg !107
  %20 = getelementptr inbounds i8, ptr %19, i64 8, !dbg !108
  %21 = load double, ptr %20, align 8, !dbg !108, !tbaa !65
  %22 = getelementptr inbounds i8, ptr %19, i64 16, !dbg !109
  %23 = load float, ptr %22, align 8, !dbg !109, !tbaa !75
  %24 = fpext float %23 to double, !dbg !110
  %25 = tail call double @llvm.fmuladd.f64(double %21, double %21, double %24), !dbg !111
  %26 = fadd double %16, %25, !dbg !112
    #dbg_value(double %26, !95, !DIExpression(), !98)
    #dbg_value(i64 %15, !96, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value), !103)
  br label %27, !dbg !113

27:                                               ; preds = %18, %13, %2
  %28 = phi double [ 0.000000e+00, %2 ], [ %14, %13 ], [ %26, %18 ], !dbg !98
  tail call void @free(ptr noundef %5) #15, !dbg !113
  ret double %28, !dbg !114

29:                                               ; preds = %29, %11
  %30 = phi i64 [ 0, %11 ], [ %50, %29 ]
  %31 = phi double [ 0.000000e+00, %11 ], [ %49, %29 ]
  %32 = phi i64 [ 0, %11 ], [ %51, %29 ]
    #dbg_value(i64 %30, !96, !DIExpression(), !103)
    #dbg_value(double %31, !95, !DIExpression(), !98)
  %33 = getelementptr inbounds %struct.P, ptr %5, i64 %30, !dbg !107
  %34 = getelementptr inbounds i8, ptr %33, i64 8, !dbg !108
  %35 = load double, ptr %34, align 8, !dbg !108, !tbaa !65
  %36 = getelementptr inbounds i8, ptr %33, i64 16, !dbg !109
  %37 = load float, ptr %36, align 8, !dbg !109, !tbaa !75
  %38 = fpext float %37 to double, !dbg !110
  %39 = tail call double @llvm.fmuladd.f64(double %35, double %35, double %38), !dbg !111
  %40 = fadd double %31, %39, !dbg !112
    #dbg_value(double %40, !95, !DIExpression(), !98)
  %41 = or disjoint i64 %30, 1, !dbg !115
    #dbg_value(i64 %41, !96, !DIExpression(), !103)
  %42 = getelementptr inbounds %struct.P, ptr %5, i64 %41, !dbg !107
  %43 = getelementptr inbounds i8, ptr %42, i64 8, !dbg !108
  %44 = load double, ptr %43, align 8, !dbg !108, !tbaa !65
  %45 = getelementptr inbounds i8, ptr %42, i64 16, !dbg !109
  %46 = load float, ptr %45, align 8, !dbg !109, !tbaa !75
  %47 = fpext float %46 to double, !dbg !110
  %48 = tail call double @llvm.fmuladd.f64(double %44, double %44, double %47), !dbg !111
  %49 = fadd double %40, %48, !dbg !112
    #dbg_value(double %49, !95, !DIExpression(), !98)
  %50 = add nuw nsw i64 %30, 2, !dbg !115
    #dbg_value(i64 %50, !96, !DIExpression(), !103)
  %51 = add i64 %32, 2, !dbg !106
  %52 = icmp eq i64 %51, %12, !dbg !106
  br i1 %52, label %13, label %29, !dbg !106, !llvm.loop !116
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare !dbg !118 noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #6

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #7

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare !dbg !122 void @free(ptr allocptr nocapture noundef) local_unnamed_addr #8

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local double @h2(ptr nocapture noundef readonly %0) #9 !dbg !125 {
    #dbg_assign(i1 undef, !132, !DIExpression(DW_OP_LLVM_fragment, 128, 128), !136, ptr undef, !DIExpression(), !137)
    #dbg_assign(i1 undef, !132, !DIExpression(DW_OP_LLVM_fragment, 320, 128), !138, ptr undef, !DIExpression(), !137)
    #dbg_assign(i1 undef, !132, !DIExpression(DW_OP_LLVM_fragment, 512, 128), !139, ptr undef, !DIExpression(), !137)
    #dbg_assign(i1 undef, !132, !DIExpression(DW_OP_LLVM_fragment, 704, 64), !140, ptr undef, !DIExpression(), !137)
    #dbg_value(ptr %0, !131, !DIExpression(), !137)
  %2 = getelementptr inbounds i8, ptr %0, i64 8, !dbg !141
  %3 = load double, ptr %2, align 1, !dbg !141
  %4 = getelementptr inbounds i8, ptr %0, i64 32, !dbg !141
  %5 = load double, ptr %4, align 1, !dbg !141
  %6 = getelementptr inbounds i8, ptr %0, i64 56, !dbg !141
  %7 = load double, ptr %6, align 1, !dbg !141
  %8 = getelementptr inbounds i8, ptr %0, i64 80, !dbg !141
  %9 = load double, ptr %8, align 1, !dbg !141
    #dbg_value(i64 poison, !132, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !137)
    #dbg_value(double %3, !132, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !137)
    #dbg_assign(i1 undef, !132, !DIExpression(DW_OP_LLVM_fragment, 128, 128), !142, ptr undef, !DIExpression(), !137)
    #dbg_value(double %5, !132, !DIExpression(DW_OP_LLVM_fragment, 256, 64), !137)
    #dbg_assign(i1 undef, !132, !DIExpression(DW_OP_LLVM_fragment, 320, 128), !143, ptr undef, !DIExpression(), !137)
    #dbg_value(double %7, !132, !DIExpression(DW_OP_LLVM_fragment, 448, 64), !137)
    #dbg_assign(i1 undef, !132, !DIExpression(DW_OP_LLVM_fragment, 512, 128), !144, ptr undef, !DIExpression(), !137)
    #dbg_value(double %9, !132, !DIExpression(DW_OP_LLVM_fragment, 640, 64), !137)
    #dbg_assign(i1 undef, !132, !DIExpression(DW_OP_LLVM_fragment, 704, 64), !145, ptr undef, !DIExpression(), !137)
  %10 = fmul double %7, %9, !dbg !146
  %11 = tail call double @llvm.fmuladd.f64(double %3, double %5, double %10), !dbg !147
  ret double %11, !dbg !148
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @fw(double noundef %0, double noundef %1) #10 !dbg !149 {
    #dbg_value(double %0, !153, !DIExpression(), !155)
    #dbg_value(double %1, !154, !DIExpression(), !155)
  %3 = fmul double %1, %1, !dbg !156
  %4 = tail call double @llvm.fmuladd.f64(double %0, double %0, double %3), !dbg !157
  %5 = tail call double @llvm.sqrt.f64(double %4), !dbg !158
  %6 = tail call double @llvm.fmuladd.f64(double %0, double %1, double %5), !dbg !159
  ret double %6, !dbg !160
}

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #5 !dbg !161 {
  %1 = alloca [4 x %struct.P], align 16, !DIAssignID !171
    #dbg_assign(i1 undef, !166, !DIExpression(), !171, ptr %1, !DIExpression(), !172)
  %2 = alloca [4 x %struct.P], align 16, !DIAssignID !173
    #dbg_assign(i1 undef, !167, !DIExpression(), !173, ptr %2, !DIExpression(), !172)
  %3 = alloca [4 x %struct.P], align 16, !DIAssignID !174
    #dbg_assign(i1 undef, !168, !DIExpression(), !174, ptr %3, !DIExpression(), !172)
  %4 = alloca [4 x %struct.P], align 16, !DIAssignID !175
    #dbg_assign(i1 undef, !169, !DIExpression(), !175, ptr %4, !DIExpression(), !172)
  %5 = load i32, ptr @enzyme_out, align 4, !dbg !176, !tbaa !177
  %6 = tail call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @f, i32 noundef %5, double noundef 2.000000e+00) #15, !dbg !178
    #dbg_value(double %6, !165, !DIExpression(), !172)
  call void @llvm.lifetime.start.p0(i64 96, ptr nonnull %1) #15, !dbg !179
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(96) %1, ptr noundef nonnull align 16 dereferenceable(96) @__const.main.ps, i64 96, i1 false), !dbg !180, !DIAssignID !181
    #dbg_assign(i1 undef, !166, !DIExpression(), !181, ptr %1, !DIExpression(), !172)
  call void @llvm.lifetime.start.p0(i64 96, ptr nonnull %2) #15, !dbg !182
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(96) %2, i8 0, i64 96, i1 false), !dbg !183, !DIAssignID !184
    #dbg_assign(i8 0, !167, !DIExpression(), !184, ptr %2, !DIExpression(), !172)
  %7 = load i32, ptr @enzyme_dup, align 4, !dbg !185, !tbaa !177
  %8 = load i32, ptr @enzyme_const, align 4, !dbg !186, !tbaa !177
  %9 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @g, i32 noundef %7, ptr noundef nonnull %1, ptr noundef nonnull %2, i32 noundef %8, i32 noundef 4) #15, !dbg !187
  call void @llvm.lifetime.start.p0(i64 96, ptr nonnull %3) #15, !dbg !188
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(96) %3, i8 0, i64 96, i1 false), !dbg !189, !DIAssignID !190
    #dbg_assign(i8 0, !168, !DIExpression(), !190, ptr %3, !DIExpression(), !172)
  %10 = load i32, ptr @enzyme_dup, align 4, !dbg !191, !tbaa !177
  %11 = load i32, ptr @enzyme_const, align 4, !dbg !192, !tbaa !177
  %12 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @h, i32 noundef %10, ptr noundef nonnull %1, ptr noundef nonnull %3, i32 noundef %11, i32 noundef 4) #15, !dbg !193
  call void @llvm.lifetime.start.p0(i64 96, ptr nonnull %4) #15, !dbg !194
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(96) %4, i8 0, i64 96, i1 false), !dbg !195, !DIAssignID !196
    #dbg_assign(i8 0, !169, !DIExpression(), !196, ptr %4, !DIExpression(), !172)
  %13 = load i32, ptr @enzyme_dup, align 4, !dbg !197, !tbaa !177
  %14 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @h2, i32 noundef %13, ptr noundef nonnull %1, ptr noundef nonnull %4) #15, !dbg !198
  %15 = load i32, ptr @enzyme_dup, align 4, !dbg !199, !tbaa !177
  %16 = load i32, ptr @enzyme_const, align 4, !dbg !200, !tbaa !177
  %17 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @fw, i32 noundef %15, double noundef 3.000000e+00, double noundef 1.000000e+00, i32 noundef %16, double noundef 4.000000e+00) #15, !dbg !201
    #dbg_value(double %17, !170, !DIExpression(), !172)
  %18 = getelementptr inbounds i8, ptr %2, i64 8, !dbg !202
  %19 = load double, ptr %18, align 8, !dbg !202, !tbaa !65
  %20 = getelementptr inbounds i8, ptr %3, i64 32, !dbg !203
  %21 = load double, ptr %20, align 16, !dbg !203, !tbaa !65
  %22 = getelementptr inbounds i8, ptr %4, i64 56, !dbg !204
  %23 = load double, ptr %22, align 8, !dbg !204, !tbaa !65
  %24 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %6, double noundef %19, double noundef %21, double noundef %23, double noundef %17), !dbg !205
  call void @llvm.lifetime.end.p0(i64 96, ptr nonnull %4) #15, !dbg !206
  call void @llvm.lifetime.end.p0(i64 96, ptr nonnull %3) #15, !dbg !206
  call void @llvm.lifetime.end.p0(i64 96, ptr nonnull %2) #15, !dbg !206
  call void @llvm.lifetime.end.p0(i64 96, ptr nonnull %1) #15, !dbg !206
  ret i32 0, !dbg !207
}

declare !dbg !208 double @__enzyme_autodiff(ptr noundef, ...) local_unnamed_addr #11

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #12

declare !dbg !211 double @__enzyme_fwddiff(ptr noundef, ...) local_unnamed_addr #11

; Function Attrs: nofree nounwind
declare !dbg !212 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #13

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sqrt.f64(double) #14

attributes #0 = { mustprogress nofree nounwind willreturn memory(write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn memory(write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #13 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #14 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #15 = { nounwind }
attributes #16 = { nounwind allocsize(0) }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!25, !26, !27, !28, !29, !30, !31}
!llvm.ident = !{!32}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 71, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "src/enzyme_c.c", directory: ".", checksumkind: CSK_MD5, checksum: "da397045a7c4f597ab569ca7ab040a41")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 312, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 39)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !8, globals: !24, splitDebugInlining: false, nameTableKind: None)
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
!21 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
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
!32 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!33 = distinct !DISubprogram(name: "f", scope: !2, file: !2, line: 21, type: !34, scopeLine: 21, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !36)
!34 = !DISubroutineType(types: !35)
!35 = !{!9, !9}
!36 = !{!37}
!37 = !DILocalVariable(name: "x", arg: 1, scope: !33, file: !2, line: 21, type: !9)
!38 = !DILocation(line: 0, scope: !33)
!39 = !DILocation(line: 21, column: 29, scope: !33)
!40 = !DILocation(line: 21, column: 36, scope: !33)
!41 = !DILocation(line: 21, column: 50, scope: !33)
!42 = !DILocation(line: 21, column: 46, scope: !33)
!43 = !DILocation(line: 21, column: 44, scope: !33)
!44 = !DILocation(line: 21, column: 22, scope: !33)
!45 = !DISubprogram(name: "sin", scope: !46, file: !46, line: 64, type: !34, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!46 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/mathcalls.h", directory: "", checksumkind: CSK_MD5, checksum: "8c6e2d0d2bda65bc5ba1ca02b65383b7")
!47 = !DISubprogram(name: "exp", scope: !46, file: !46, line: 95, type: !34, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!48 = distinct !DISubprogram(name: "g", scope: !2, file: !2, line: 24, type: !49, scopeLine: 24, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !51)
!49 = !DISubroutineType(types: !50)
!50 = !{!9, !10, !19}
!51 = !{!52, !53, !54, !55}
!52 = !DILocalVariable(name: "p", arg: 1, scope: !48, file: !2, line: 24, type: !10)
!53 = !DILocalVariable(name: "n", arg: 2, scope: !48, file: !2, line: 24, type: !19)
!54 = !DILocalVariable(name: "s", scope: !48, file: !2, line: 25, type: !9)
!55 = !DILocalVariable(name: "i", scope: !56, file: !2, line: 26, type: !19)
!56 = distinct !DILexicalBlock(scope: !48, file: !2, line: 26, column: 3)
!57 = !DILocation(line: 0, scope: !48)
!58 = !DILocation(line: 0, scope: !56)
!59 = !DILocation(line: 26, column: 21, scope: !60)
!60 = distinct !DILexicalBlock(scope: !56, file: !2, line: 26, column: 3)
!61 = !DILocation(line: 26, column: 3, scope: !56)
!62 = !DILocation(line: 28, column: 3, scope: !48)
!63 = !DILocation(line: 27, column: 10, scope: !60)
!64 = !DILocation(line: 27, column: 15, scope: !60)
!65 = !{!66, !70, i64 8}
!66 = !{!"P", !67, i64 0, !70, i64 8, !71, i64 16, !72, i64 20}
!67 = !{!"long", !68, i64 0}
!68 = !{!"omnipotent char", !69, i64 0}
!69 = !{!"Simple C/C++ TBAA"}
!70 = !{!"double", !68, i64 0}
!71 = !{!"float", !68, i64 0}
!72 = !{!"int", !68, i64 0}
!73 = !DILocation(line: 27, column: 17, scope: !60)
!74 = !DILocation(line: 27, column: 41, scope: !60)
!75 = !{!66, !71, i64 16}
!76 = !DILocation(line: 27, column: 28, scope: !60)
!77 = !DILocation(line: 27, column: 58, scope: !60)
!78 = !{!66, !67, i64 0}
!79 = !DILocation(line: 27, column: 45, scope: !60)
!80 = !DILocation(line: 27, column: 67, scope: !60)
!81 = !{!66, !72, i64 20}
!82 = !DILocation(line: 27, column: 62, scope: !60)
!83 = !DILocation(line: 27, column: 60, scope: !60)
!84 = !DILocation(line: 27, column: 43, scope: !60)
!85 = !DILocation(line: 27, column: 7, scope: !60)
!86 = !DILocation(line: 26, column: 27, scope: !60)
!87 = distinct !{!87, !61, !88, !89}
!88 = !DILocation(line: 27, column: 67, scope: !56)
!89 = !{!"llvm.loop.mustprogress"}
!90 = distinct !DISubprogram(name: "h", scope: !2, file: !2, line: 33, type: !49, scopeLine: 33, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !91)
!91 = !{!92, !93, !94, !95, !96}
!92 = !DILocalVariable(name: "p", arg: 1, scope: !90, file: !2, line: 33, type: !10)
!93 = !DILocalVariable(name: "n", arg: 2, scope: !90, file: !2, line: 33, type: !19)
!94 = !DILocalVariable(name: "tmp", scope: !90, file: !2, line: 34, type: !10)
!95 = !DILocalVariable(name: "s", scope: !90, file: !2, line: 36, type: !9)
!96 = !DILocalVariable(name: "i", scope: !97, file: !2, line: 37, type: !19)
!97 = distinct !DILexicalBlock(scope: !90, file: !2, line: 37, column: 3)
!98 = !DILocation(line: 0, scope: !90)
!99 = !DILocation(line: 34, column: 57, scope: !90)
!100 = !DILocation(line: 34, column: 55, scope: !90)
!101 = !DILocation(line: 34, column: 31, scope: !90)
!102 = !DILocation(line: 35, column: 3, scope: !90)
!103 = !DILocation(line: 0, scope: !97)
!104 = !DILocation(line: 37, column: 21, scope: !105)
!105 = distinct !DILexicalBlock(scope: !97, file: !2, line: 37, column: 3)
!106 = !DILocation(line: 37, column: 3, scope: !97)
!107 = !DILocation(line: 38, column: 10, scope: !105)
!108 = !DILocation(line: 38, column: 17, scope: !105)
!109 = !DILocation(line: 38, column: 39, scope: !105)
!110 = !DILocation(line: 38, column: 32, scope: !105)
!111 = !DILocation(line: 38, column: 30, scope: !105)
!112 = !DILocation(line: 38, column: 7, scope: !105)
!113 = !DILocation(line: 39, column: 3, scope: !90)
!114 = !DILocation(line: 40, column: 3, scope: !90)
!115 = !DILocation(line: 37, column: 27, scope: !105)
!116 = distinct !{!116, !106, !117, !89}
!117 = !DILocation(line: 38, column: 39, scope: !97)
!118 = !DISubprogram(name: "malloc", scope: !119, file: !119, line: 553, type: !120, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!119 = !DIFile(filename: "/usr/include/stdlib.h", directory: "", checksumkind: CSK_MD5, checksum: "4b47dc81a92f1fe77a152c0aac236718")
!120 = !DISubroutineType(types: !121)
!121 = !{!23, !20}
!122 = !DISubprogram(name: "free", scope: !119, file: !119, line: 568, type: !123, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!123 = !DISubroutineType(types: !124)
!124 = !{null, !23}
!125 = distinct !DISubprogram(name: "h2", scope: !2, file: !2, line: 44, type: !126, scopeLine: 44, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !130)
!126 = !DISubroutineType(types: !127)
!127 = !{!9, !128}
!128 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !129, size: 64)
!129 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!130 = !{!131, !132}
!131 = !DILocalVariable(name: "src", arg: 1, scope: !125, file: !2, line: 44, type: !128)
!132 = !DILocalVariable(name: "local", scope: !125, file: !2, line: 45, type: !133)
!133 = !DICompositeType(tag: DW_TAG_array_type, baseType: !11, size: 768, elements: !134)
!134 = !{!135}
!135 = !DISubrange(count: 4)
!136 = distinct !DIAssignID()
!137 = !DILocation(line: 0, scope: !125)
!138 = distinct !DIAssignID()
!139 = distinct !DIAssignID()
!140 = distinct !DIAssignID()
!141 = !DILocation(line: 46, column: 3, scope: !125)
!142 = distinct !DIAssignID()
!143 = distinct !DIAssignID()
!144 = distinct !DIAssignID()
!145 = distinct !DIAssignID()
!146 = !DILocation(line: 47, column: 47, scope: !125)
!147 = !DILocation(line: 47, column: 34, scope: !125)
!148 = !DILocation(line: 47, column: 3, scope: !125)
!149 = distinct !DISubprogram(name: "fw", scope: !2, file: !2, line: 51, type: !150, scopeLine: 51, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !152)
!150 = !DISubroutineType(types: !151)
!151 = !{!9, !9, !9}
!152 = !{!153, !154}
!153 = !DILocalVariable(name: "x", arg: 1, scope: !149, file: !2, line: 51, type: !9)
!154 = !DILocalVariable(name: "y", arg: 2, scope: !149, file: !2, line: 51, type: !9)
!155 = !DILocation(line: 0, scope: !149)
!156 = !DILocation(line: 51, column: 63, scope: !149)
!157 = !DILocation(line: 51, column: 59, scope: !149)
!158 = !DILocation(line: 51, column: 48, scope: !149)
!159 = !DILocation(line: 51, column: 46, scope: !149)
!160 = !DILocation(line: 51, column: 33, scope: !149)
!161 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 53, type: !162, scopeLine: 53, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !164)
!162 = !DISubroutineType(types: !163)
!163 = !{!19}
!164 = !{!165, !166, !167, !168, !169, !170}
!165 = !DILocalVariable(name: "df", scope: !161, file: !2, line: 54, type: !9)
!166 = !DILocalVariable(name: "ps", scope: !161, file: !2, line: 56, type: !133)
!167 = !DILocalVariable(name: "dps", scope: !161, file: !2, line: 57, type: !133)
!168 = !DILocalVariable(name: "dps2", scope: !161, file: !2, line: 61, type: !133)
!169 = !DILocalVariable(name: "dps3", scope: !161, file: !2, line: 65, type: !133)
!170 = !DILocalVariable(name: "dfw", scope: !161, file: !2, line: 69, type: !9)
!171 = distinct !DIAssignID()
!172 = !DILocation(line: 0, scope: !161)
!173 = distinct !DIAssignID()
!174 = distinct !DIAssignID()
!175 = distinct !DIAssignID()
!176 = !DILocation(line: 54, column: 44, scope: !161)
!177 = !{!72, !72, i64 0}
!178 = !DILocation(line: 54, column: 15, scope: !161)
!179 = !DILocation(line: 56, column: 3, scope: !161)
!180 = !DILocation(line: 56, column: 12, scope: !161)
!181 = distinct !DIAssignID()
!182 = !DILocation(line: 57, column: 3, scope: !161)
!183 = !DILocation(line: 58, column: 3, scope: !161)
!184 = distinct !DIAssignID()
!185 = !DILocation(line: 59, column: 32, scope: !161)
!186 = !DILocation(line: 59, column: 53, scope: !161)
!187 = !DILocation(line: 59, column: 3, scope: !161)
!188 = !DILocation(line: 61, column: 3, scope: !161)
!189 = !DILocation(line: 62, column: 3, scope: !161)
!190 = distinct !DIAssignID()
!191 = !DILocation(line: 63, column: 32, scope: !161)
!192 = !DILocation(line: 63, column: 54, scope: !161)
!193 = !DILocation(line: 63, column: 3, scope: !161)
!194 = !DILocation(line: 65, column: 3, scope: !161)
!195 = !DILocation(line: 66, column: 3, scope: !161)
!196 = distinct !DIAssignID()
!197 = !DILocation(line: 67, column: 33, scope: !161)
!198 = !DILocation(line: 67, column: 3, scope: !161)
!199 = !DILocation(line: 69, column: 45, scope: !161)
!200 = !DILocation(line: 69, column: 67, scope: !161)
!201 = !DILocation(line: 69, column: 16, scope: !161)
!202 = !DILocation(line: 71, column: 64, scope: !161)
!203 = !DILocation(line: 71, column: 75, scope: !161)
!204 = !DILocation(line: 71, column: 86, scope: !161)
!205 = !DILocation(line: 71, column: 3, scope: !161)
!206 = !DILocation(line: 73, column: 1, scope: !161)
!207 = !DILocation(line: 72, column: 3, scope: !161)
!208 = !DISubprogram(name: "__enzyme_autodiff", scope: !2, file: !2, line: 9, type: !209, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!209 = !DISubroutineType(types: !210)
!210 = !{!9, !23, null}
!211 = !DISubprogram(name: "__enzyme_fwddiff", scope: !2, file: !2, line: 10, type: !209, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!212 = !DISubprogram(name: "printf", scope: !213, file: !213, line: 356, type: !214, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!213 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!214 = !DISubroutineType(types: !215)
!215 = !{!19, !216, null}
!216 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !217)
!217 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !218, size: 64)
!218 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
