; ModuleID = 'src/enzyme_cpp.cpp'
source_filename = "src/enzyme_cpp.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Params = type { i64, double, float, i32 }
%"class.std::vector" = type { %"struct.std::_Vector_base" }
%"struct.std::_Vector_base" = type { %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl" }
%"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl" = type { %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data" }
%"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data" = type { ptr, ptr, ptr }
%class.anon.0 = type { double, ptr }
%class.anon.1 = type { %struct.Params }

@enzyme_out = external local_unnamed_addr global i32, align 4
@constinit = private unnamed_addr constant [3 x double] [double 1.000000e+00, double 5.000000e-01, double 2.500000e-01], align 8
@enzyme_const = external local_unnamed_addr global i32, align 4
@__const.main.prm = private unnamed_addr constant %struct.Params { i64 3, double 2.000000e+00, float 1.500000e+00, i32 1 }, align 8
@enzyme_dup = external local_unnamed_addr global i32, align 4
@.str = private unnamed_addr constant [13 x i8] c"%f %f %f %f\0A\00", align 1

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @_Z4polyd(double noundef %0) #0 {
  %2 = fmul double %0, 3.000000e+00
  %3 = fmul double %2, %0
  %4 = fmul double %0, -2.000000e+00
  %5 = tail call double @llvm.fmuladd.f64(double %3, double %0, double %4)
  %6 = fadd double %5, 1.000000e+00
  ret double %6
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: mustprogress norecurse uwtable
define dso_local noundef i32 @main() local_unnamed_addr #2 personality ptr @__gxx_personality_v0 {
  %1 = alloca %"class.std::vector", align 8
  %2 = alloca %class.anon.0, align 8
  %3 = alloca %class.anon.1, align 8
  %4 = alloca %class.anon.1, align 8
  %5 = load i32, ptr @enzyme_out, align 4, !tbaa !5
  %6 = tail call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @"_ZZ4mainEN3$_08__invokeEd", i32 noundef %5, double noundef 1.500000e+00)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %1) #14
  %7 = tail call noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #15
  store ptr %7, ptr %1, align 8, !tbaa !9
  %8 = getelementptr inbounds i8, ptr %7, i64 24
  %9 = getelementptr inbounds i8, ptr %1, i64 16
  store ptr %8, ptr %9, align 8, !tbaa !12
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %7, ptr noundef nonnull align 8 dereferenceable(24) @constinit, i64 24, i1 false)
  %10 = getelementptr inbounds i8, ptr %1, i64 8
  store ptr %8, ptr %10, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %2) #14
  store double 4.000000e+00, ptr %2, align 8, !tbaa !14
  %11 = getelementptr inbounds i8, ptr %2, i64 8
  store ptr %1, ptr %11, align 8, !tbaa !17
  %12 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %13 = load i32, ptr @enzyme_out, align 4, !tbaa !5
  %14 = invoke double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @"_Z5trampIZ4mainE3$_1EdPKT_d", i32 noundef %12, ptr noundef nonnull %2, i32 noundef %13, double noundef 1.500000e+00)
          to label %15 unwind label %32

15:                                               ; preds = %0
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %3) #14
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %3, ptr noundef nonnull align 8 dereferenceable(24) @__const.main.prm, i64 24, i1 false), !tbaa.struct !18
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %4) #14
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %4, i8 0, i64 24, i1 false)
  %16 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %17 = load i32, ptr @enzyme_out, align 4, !tbaa !5
  %18 = invoke double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @"_Z5trampIZ4mainE3$_2EdPKT_d", i32 noundef %16, ptr noundef nonnull %3, ptr noundef nonnull %4, i32 noundef %17, double noundef 1.500000e+00)
          to label %19 unwind label %34

19:                                               ; preds = %15
  %20 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %21 = invoke double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @_Z4polyd, i32 noundef %20, double noundef 1.500000e+00, double noundef 1.000000e+00)
          to label %22 unwind label %36

22:                                               ; preds = %19
  %23 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %6, double noundef %14, double noundef %18, double noundef %21)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %4) #14
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %3) #14
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %2) #14
  %24 = load ptr, ptr %1, align 8, !tbaa !9
  %25 = icmp eq ptr %24, null
  br i1 %25, label %31, label %26

26:                                               ; preds = %22
  %27 = load ptr, ptr %9, align 8, !tbaa !12
  %28 = ptrtoint ptr %27 to i64
  %29 = ptrtoint ptr %24 to i64
  %30 = sub i64 %28, %29
  call void @_ZdlPvm(ptr noundef nonnull %24, i64 noundef %30) #16
  br label %31

31:                                               ; preds = %22, %26
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %1) #14
  ret i32 0

32:                                               ; preds = %0
  %33 = landingpad { ptr, i32 }
          cleanup
  br label %40

34:                                               ; preds = %15
  %35 = landingpad { ptr, i32 }
          cleanup
  br label %38

36:                                               ; preds = %19
  %37 = landingpad { ptr, i32 }
          cleanup
  br label %38

38:                                               ; preds = %36, %34
  %39 = phi { ptr, i32 } [ %37, %36 ], [ %35, %34 ]
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %4) #14
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %3) #14
  br label %40

40:                                               ; preds = %38, %32
  %41 = phi { ptr, i32 } [ %39, %38 ], [ %33, %32 ]
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %2) #14
  %42 = load ptr, ptr %1, align 8, !tbaa !9
  %43 = icmp eq ptr %42, null
  br i1 %43, label %49, label %44

44:                                               ; preds = %40
  %45 = load ptr, ptr %9, align 8, !tbaa !12
  %46 = ptrtoint ptr %45 to i64
  %47 = ptrtoint ptr %42 to i64
  %48 = sub i64 %46, %47
  call void @_ZdlPvm(ptr noundef nonnull %42, i64 noundef %48) #16
  br label %49

49:                                               ; preds = %44, %40
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %1) #14
  resume { ptr, i32 } %41
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #3

declare double @__enzyme_autodiff(ptr noundef, ...) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #5

declare i32 @__gxx_personality_v0(...)

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #3

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, inaccessiblemem: none) uwtable
define internal noundef double @"_Z5trampIZ4mainE3$_1EdPKT_d"(ptr nocapture noundef readonly %0, double noundef %1) #6 {
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !24
  %5 = load ptr, ptr %4, align 8, !tbaa !17
  %6 = getelementptr inbounds i8, ptr %4, i64 8
  %7 = load ptr, ptr %6, align 8, !tbaa !17
  %8 = icmp eq ptr %5, %7
  br i1 %8, label %18, label %9

9:                                                ; preds = %2, %9
  %10 = phi double [ %14, %9 ], [ 0.000000e+00, %2 ]
  %11 = phi double [ %15, %9 ], [ 1.000000e+00, %2 ]
  %12 = phi ptr [ %16, %9 ], [ %5, %2 ]
  %13 = load double, ptr %12, align 8, !tbaa !21
  %14 = tail call double @llvm.fmuladd.f64(double %13, double %11, double %10)
  %15 = fmul double %11, %1
  %16 = getelementptr inbounds i8, ptr %12, i64 8
  %17 = icmp eq ptr %16, %7
  br i1 %17, label %18, label %9

18:                                               ; preds = %9, %2
  %19 = phi double [ 0.000000e+00, %2 ], [ %14, %9 ]
  %20 = load double, ptr %0, align 8, !tbaa !14
  %21 = fmul double %19, %20
  ret double %21
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #7

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define internal noundef double @"_Z5trampIZ4mainE3$_2EdPKT_d"(ptr nocapture noundef readonly %0, double noundef %1) #8 {
  %3 = load i64, ptr %0, align 8
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = load double, ptr %4, align 8
  %6 = getelementptr inbounds i8, ptr %0, i64 16
  %7 = load float, ptr %6, align 8
  %8 = fmul double %5, %1
  %9 = fpext float %7 to double
  %10 = fmul double %9, %1
  %11 = tail call double @llvm.fmuladd.f64(double %8, double %1, double %10)
  %12 = sitofp i64 %3 to double
  %13 = fadd double %11, %12
  ret double %13
}

declare double @__enzyme_fwddiff(ptr noundef, ...) local_unnamed_addr #4

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #9

; Function Attrs: inlinehint mustprogress nofree nounwind willreturn memory(write) uwtable
define internal noundef double @"_ZZ4mainEN3$_08__invokeEd"(double noundef %0) #10 align 2 {
  %2 = tail call double @sin(double noundef %0) #14
  %3 = fmul double %2, %0
  ret double %3
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @sin(double noundef) local_unnamed_addr #11

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #12

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #13

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress norecurse uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { mustprogress nofree norecurse nosync nounwind willreturn memory(read, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #8 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { inlinehint mustprogress nofree nounwind willreturn memory(write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { mustprogress nofree nounwind willreturn memory(write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { nobuiltin allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { nobuiltin nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #14 = { nounwind }
attributes #15 = { builtin allocsize(0) }
attributes #16 = { builtin nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C++ TBAA"}
!9 = !{!10, !11, i64 0}
!10 = !{!"_ZTSNSt12_Vector_baseIdSaIdEE17_Vector_impl_dataE", !11, i64 0, !11, i64 8, !11, i64 16}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!10, !11, i64 16}
!13 = !{!10, !11, i64 8}
!14 = !{!15, !16, i64 0}
!15 = !{!"_ZTSZ4mainE3$_1", !16, i64 0, !11, i64 8}
!16 = !{!"double", !7, i64 0}
!17 = !{!11, !11, i64 0}
!18 = !{i64 0, i64 8, !19, i64 8, i64 8, !21, i64 16, i64 4, !22, i64 20, i64 4, !5}
!19 = !{!20, !20, i64 0}
!20 = !{!"long", !7, i64 0}
!21 = !{!16, !16, i64 0}
!22 = !{!23, !23, i64 0}
!23 = !{!"float", !7, i64 0}
!24 = !{!15, !11, i64 8}
