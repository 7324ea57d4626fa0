; ModuleID = 'src/enzyme_c.c'
source_filename = "src/enzyme_c.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.P = type { i64, double, float, i32 }

@enzyme_out = external local_unnamed_addr global i32, align 4
@__const.main.ps = private unnamed_addr constant [4 x %struct.P] [%struct.P { i64 1, double 1.000000e+00, float 5.000000e-01, i32 2 }, %struct.P { i64 2, double 2.000000e+00, float 1.500000e+00, i32 3 }, %struct.P { i64 3, double 3.000000e+00, float 2.500000e+00, i32 4 }, %struct.P { i64 4, double 4.000000e+00, float 3.500000e+00, i32 5 }], align 16
@enzyme_dup = external local_unnamed_addr global i32, align 4
@enzyme_const = external local_unnamed_addr global i32, align 4
@.str = private unnamed_addr constant [39 x i8] c"df=%f dg.x=%f dh.x=%f dh2.x=%f dfw=%f\0A\00", align 1

; Function Attrs: mustprogress nofree nounwind willreturn memory(write) uwtable
define dso_local double @f(double noundef %0) #0 {
  %2 = tail call double @sin(double noundef %0) #15
  %3 = fmul double %2, %0
  %4 = fneg double %0
  %5 = tail call double @exp(double noundef %4) #15
  %6 = tail call double @llvm.fmuladd.f64(double %3, double %0, double %5)
  ret double %6
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @sin(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @exp(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local double @g(ptr nocapture noundef readonly %0, i32 noundef %1) #3 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %6

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  br label %8

6:                                                ; preds = %8, %2
  %7 = phi double [ 0.000000e+00, %2 ], [ %25, %8 ]
  ret double %7

8:                                                ; preds = %4, %8
  %9 = phi i64 [ 0, %4 ], [ %26, %8 ]
  %10 = phi double [ 0.000000e+00, %4 ], [ %25, %8 ]
  %11 = getelementptr inbounds %struct.P, ptr %0, i64 %9
  %12 = getelementptr inbounds i8, ptr %11, i64 8
  %13 = load double, ptr %12, align 8, !tbaa !5
  %14 = fmul double %13, %13
  %15 = getelementptr inbounds i8, ptr %11, i64 16
  %16 = load float, ptr %15, align 8, !tbaa !13
  %17 = fpext float %16 to double
  %18 = load i64, ptr %11, align 8, !tbaa !14
  %19 = sitofp i64 %18 to double
  %20 = getelementptr inbounds i8, ptr %11, i64 20
  %21 = load i32, ptr %20, align 4, !tbaa !15
  %22 = sitofp i32 %21 to double
  %23 = fmul double %19, %22
  %24 = tail call double @llvm.fmuladd.f64(double %14, double %17, double %23)
  %25 = fadd double %10, %24
  %26 = add nuw nsw i64 %9, 1
  %27 = icmp eq i64 %26, %5
  br i1 %27, label %6, label %8, !llvm.loop !16
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #4

; Function Attrs: nounwind uwtable
define dso_local double @h(ptr nocapture noundef readonly %0, i32 noundef %1) #5 {
  %3 = sext i32 %1 to i64
  %4 = mul nsw i64 %3, 24
  %5 = tail call noalias ptr @malloc(i64 noundef %4) #16
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 8 %0, i64 %4, i1 false)
  %6 = icmp sgt i32 %1, 0
  br i1 %6, label %7, label %27

7:                                                ; preds = %2
  %8 = zext nneg i32 %1 to i64
  %9 = and i64 %8, 1
  %10 = icmp eq i32 %1, 1
  br i1 %10, label %13, label %11

11:                                               ; preds = %7
  %12 = and i64 %8, 2147483646
  br label %29

13:                                               ; preds = %29, %7
  %14 = phi double [ poison, %7 ], [ %49, %29 ]
  %15 = phi i64 [ 0, %7 ], [ %50, %29 ]
  %16 = phi double [ 0.000000e+00, %7 ], [ %49, %29 ]
  %17 = icmp eq i64 %9, 0
  br i1 %17, label %27, label %18

18:                                               ; preds = %13
  %19 = getelementptr inbounds %struct.P, ptr %5, i64 %15
  %20 = getelementptr inbounds i8, ptr %19, i64 8
  %21 = load double, ptr %20, align 8, !tbaa !5
  %22 = getelementptr inbounds i8, ptr %19, i64 16
  %23 = load float, ptr %22, align 8, !tbaa !13
  %24 = fpext float %23 to double
  %25 = tail call double @llvm.fmuladd.f64(double %21, double %21, double %24)
  %26 = fadd double %16, %25
  br label %27

27:                                               ; preds = %18, %13, %2
  %28 = phi double [ 0.000000e+00, %2 ], [ %14, %13 ], [ %26, %18 ]
  tail call void @free(ptr noundef %5) #15
  ret double %28

29:                                               ; preds = %29, %11
  %30 = phi i64 [ 0, %11 ], [ %50, %29 ]
  %31 = phi double [ 0.000000e+00, %11 ], [ %49, %29 ]
  %32 = phi i64 [ 0, %11 ], [ %51, %29 ]
  %33 = getelementptr inbounds %struct.P, ptr %5, i64 %30
  %34 = getelementptr inbounds i8, ptr %33, i64 8
  %35 = load double, ptr %34, align 8, !tbaa !5
  %36 = getelementptr inbounds i8, ptr %33, i64 16
  %37 = load float, ptr %36, align 8, !tbaa !13
  %38 = fpext float %37 to double
  %39 = tail call double @llvm.fmuladd.f64(double %35, double %35, double %38)
  %40 = fadd double %31, %39
  %41 = or disjoint i64 %30, 1
  %42 = getelementptr inbounds %struct.P, ptr %5, i64 %41
  %43 = getelementptr inbounds i8, ptr %42, i64 8
  %44 = load double, ptr %43, align 8, !tbaa !5
  %45 = getelementptr inbounds i8, ptr %42, i64 16
  %46 = load float, ptr %45, align 8, !tbaa !13
  %47 = fpext float %46 to double
  %48 = tail call double @llvm.fmuladd.f64(double %44, double %44, double %47)
  %49 = fadd double %40, %48
  %50 = add nuw nsw i64 %30, 2
  %51 = add i64 %32, 2
  %52 = icmp eq i64 %51, %12
  br i1 %52, label %13, label %29, !llvm.loop !18
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #6

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #7

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr nocapture noundef) local_unnamed_addr #8

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local double @h2(ptr nocapture noundef readonly %0) #9 {
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load double, ptr %2, align 1
  %4 = getelementptr inbounds i8, ptr %0, i64 32
  %5 = load double, ptr %4, align 1
  %6 = getelementptr inbounds i8, ptr %0, i64 56
  %7 = load double, ptr %6, align 1
  %8 = getelementptr inbounds i8, ptr %0, i64 80
  %9 = load double, ptr %8, align 1
  %10 = fmul double %7, %9
  %11 = tail call double @llvm.fmuladd.f64(double %3, double %5, double %10)
  ret double %11
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @fw(double noundef %0, double noundef %1) #10 {
  %3 = fmul double %1, %1
  %4 = tail call double @llvm.fmuladd.f64(double %0, double %0, double %3)
  %5 = tail call double @llvm.sqrt.f64(double %4)
  %6 = tail call double @llvm.fmuladd.f64(double %0, double %1, double %5)
  ret double %6
}

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #5 {
  %1 = alloca [4 x %struct.P], align 16
  %2 = alloca [4 x %struct.P], align 16
  %3 = alloca [4 x %struct.P], align 16
  %4 = alloca [4 x %struct.P], align 16
  %5 = load i32, ptr @enzyme_out, align 4, !tbaa !19
  %6 = tail call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @f, i32 noundef %5, double noundef 2.000000e+00) #15
  call void @llvm.lifetime.start.p0(i64 96, ptr nonnull %1) #15
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(96) %1, ptr noundef nonnull align 16 dereferenceable(96) @__const.main.ps, i64 96, i1 false)
  call void @llvm.lifetime.start.p0(i64 96, ptr nonnull %2) #15
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(96) %2, i8 0, i64 96, i1 false)
  %7 = load i32, ptr @enzyme_dup, align 4, !tbaa !19
  %8 = load i32, ptr @enzyme_const, align 4, !tbaa !19
  %9 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @g, i32 noundef %7, ptr noundef nonnull %1, ptr noundef nonnull %2, i32 noundef %8, i32 noundef 4) #15
  call void @llvm.lifetime.start.p0(i64 96, ptr nonnull %3) #15
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(96) %3, i8 0, i64 96, i1 false)
  %10 = load i32, ptr @enzyme_dup, align 4, !tbaa !19
  %11 = load i32, ptr @enzyme_const, align 4, !tbaa !19
  %12 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @h, i32 noundef %10, ptr noundef nonnull %1, ptr noundef nonnull %3, i32 noundef %11, i32 noundef 4) #15
  call void @llvm.lifetime.start.p0(i64 96, ptr nonnull %4) #15
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(96) %4, i8 0, i64 96, i1 false)
  %13 = load i32, ptr @enzyme_dup, align 4, !tbaa !19
  %14 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @h2, i32 noundef %13, ptr noundef nonnull %1, ptr noundef nonnull %4) #15
  %15 = load i32, ptr @enzyme_dup, align 4, !tbaa !19
  %16 = load i32, ptr @enzyme_const, align 4, !tbaa !19
  %17 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @fw, i32 noundef %15, double noundef 3.000000e+00, double noundef 1.000000e+00, i32 noundef %16, double noundef 4.000000e+00) #15
  %18 = getelementptr inbounds i8, ptr %2, i64 8
  %19 = load double, ptr %18, align 8, !tbaa !5
  %20 = getelementptr inbounds i8, ptr %3, i64 32
  %21 = load double, ptr %20, align 16, !tbaa !5
  %22 = getelementptr inbounds i8, ptr %4, i64 56
  %23 = load double, ptr %22, align 8, !tbaa !5
  %24 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %6, double noundef %19, double noundef %21, double noundef %23, double noundef %17)
  call void @llvm.lifetime.end.p0(i64 96, ptr nonnull %4) #15
  call void @llvm.lifetime.end.p0(i64 96, ptr nonnull %3) #15
  call void @llvm.lifetime.end.p0(i64 96, ptr nonnull %2) #15
  call void @llvm.lifetime.end.p0(i64 96, ptr nonnull %1) #15
  ret i32 0
}

declare double @__enzyme_autodiff(ptr noundef, ...) local_unnamed_addr #11

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #12

declare double @__enzyme_fwddiff(ptr noundef, ...) local_unnamed_addr #11

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #13

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

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !10, i64 8}
!6 = !{!"P", !7, i64 0, !10, i64 8, !11, i64 16, !12, i64 20}
!7 = !{!"long", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!"double", !8, i64 0}
!11 = !{!"float", !8, i64 0}
!12 = !{!"int", !8, i64 0}
!13 = !{!6, !11, i64 16}
!14 = !{!6, !7, i64 0}
!15 = !{!6, !12, i64 20}
!16 = distinct !{!16, !17}
!17 = !{!"llvm.loop.mustprogress"}
!18 = distinct !{!18, !17}
!19 = !{!12, !12, i64 0}
