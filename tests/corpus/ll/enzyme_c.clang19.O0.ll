; ModuleID = 'src/enzyme_c.c'
source_filename = "src/enzyme_c.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.P = type { i64, double, float, i32 }

@enzyme_out = external global i32, align 4
@__const.main.ps = private unnamed_addr constant [4 x %struct.P] [%struct.P { i64 1, double 1.000000e+00, float 5.000000e-01, i32 2 }, %struct.P { i64 2, double 2.000000e+00, float 1.500000e+00, i32 3 }, %struct.P { i64 3, double 3.000000e+00, float 2.500000e+00, i32 4 }, %struct.P { i64 4, double 4.000000e+00, float 3.500000e+00, i32 5 }], align 16
@enzyme_dup = external global i32, align 4
@enzyme_const = external global i32, align 4
@.str = private unnamed_addr constant [39 x i8] c"df=%f dg.x=%f dh.x=%f dh2.x=%f dfw=%f\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @f(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = call double @sin(double noundef %3) #7
  %5 = load double, ptr %2, align 8
  %6 = fmul double %4, %5
  %7 = load double, ptr %2, align 8
  %8 = load double, ptr %2, align 8
  %9 = fneg double %8
  %10 = call double @exp(double noundef %9) #7
  %11 = call double @llvm.fmuladd.f64(double %6, double %7, double %10)
  ret double %11
}

; Function Attrs: nounwind
declare double @sin(double noundef) #1

; Function Attrs: nounwind
declare double @exp(double noundef) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @g(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store double 0.000000e+00, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %50, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %53

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  %13 = load i32, ptr %6, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds %struct.P, ptr %12, i64 %14
  %16 = getelementptr inbounds %struct.P, ptr %15, i32 0, i32 1
  %17 = load double, ptr %16, align 8
  %18 = load ptr, ptr %3, align 8
  %19 = load i32, ptr %6, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds %struct.P, ptr %18, i64 %20
  %22 = getelementptr inbounds %struct.P, ptr %21, i32 0, i32 1
  %23 = load double, ptr %22, align 8
  %24 = fmul double %17, %23
  %25 = load ptr, ptr %3, align 8
  %26 = load i32, ptr %6, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds %struct.P, ptr %25, i64 %27
  %29 = getelementptr inbounds %struct.P, ptr %28, i32 0, i32 2
  %30 = load float, ptr %29, align 8
  %31 = fpext float %30 to double
  %32 = load ptr, ptr %3, align 8
  %33 = load i32, ptr %6, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds %struct.P, ptr %32, i64 %34
  %36 = getelementptr inbounds %struct.P, ptr %35, i32 0, i32 0
  %37 = load i64, ptr %36, align 8
  %38 = sitofp i64 %37 to double
  %39 = load ptr, ptr %3, align 8
  %40 = load i32, ptr %6, align 4
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds %struct.P, ptr %39, i64 %41
  %43 = getelementptr inbounds %struct.P, ptr %42, i32 0, i32 3
  %44 = load i32, ptr %43, align 4
  %45 = sitofp i32 %44 to double
  %46 = fmul double %38, %45
  %47 = call double @llvm.fmuladd.f64(double %24, double %31, double %46)
  %48 = load double, ptr %5, align 8
  %49 = fadd double %48, %47
  store double %49, ptr %5, align 8
  br label %50

50:                                               ; preds = %11
  %51 = load i32, ptr %6, align 4
  %52 = add nsw i32 %51, 1
  store i32 %52, ptr %6, align 4
  br label %7, !llvm.loop !6

53:                                               ; preds = %7
  %54 = load double, ptr %5, align 8
  ret double %54
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @h(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca double, align 8
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %8 = load i32, ptr %4, align 4
  %9 = sext i32 %8 to i64
  %10 = mul i64 24, %9
  %11 = call noalias ptr @malloc(i64 noundef %10) #8
  store ptr %11, ptr %5, align 8
  %12 = load ptr, ptr %5, align 8
  %13 = load ptr, ptr %3, align 8
  %14 = load i32, ptr %4, align 4
  %15 = sext i32 %14 to i64
  %16 = mul i64 24, %15
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %12, ptr align 8 %13, i64 %16, i1 false)
  store double 0.000000e+00, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %17

17:                                               ; preds = %44, %2
  %18 = load i32, ptr %7, align 4
  %19 = load i32, ptr %4, align 4
  %20 = icmp slt i32 %18, %19
  br i1 %20, label %21, label %47

21:                                               ; preds = %17
  %22 = load ptr, ptr %5, align 8
  %23 = load i32, ptr %7, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds %struct.P, ptr %22, i64 %24
  %26 = getelementptr inbounds %struct.P, ptr %25, i32 0, i32 1
  %27 = load double, ptr %26, align 8
  %28 = load ptr, ptr %5, align 8
  %29 = load i32, ptr %7, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds %struct.P, ptr %28, i64 %30
  %32 = getelementptr inbounds %struct.P, ptr %31, i32 0, i32 1
  %33 = load double, ptr %32, align 8
  %34 = load ptr, ptr %5, align 8
  %35 = load i32, ptr %7, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds %struct.P, ptr %34, i64 %36
  %38 = getelementptr inbounds %struct.P, ptr %37, i32 0, i32 2
  %39 = load float, ptr %38, align 8
  %40 = fpext float %39 to double
  %41 = call double @llvm.fmuladd.f64(double %27, double %33, double %40)
  %42 = load double, ptr %6, align 8
  %43 = fadd double %42, %41
  store double %43, ptr %6, align 8
  br label %44

44:                                               ; preds = %21
  %45 = load i32, ptr %7, align 4
  %46 = add nsw i32 %45, 1
  store i32 %46, ptr %7, align 4
  br label %17, !llvm.loop !8

47:                                               ; preds = %17
  %48 = load ptr, ptr %5, align 8
  call void @free(ptr noundef %48) #7
  %49 = load double, ptr %6, align 8
  ret double %49
}

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

; Function Attrs: nounwind
declare void @free(ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @h2(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca [4 x %struct.P], align 16
  store ptr %0, ptr %2, align 8
  %4 = getelementptr inbounds [4 x %struct.P], ptr %3, i64 0, i64 0
  %5 = load ptr, ptr %2, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %4, ptr align 1 %5, i64 96, i1 false)
  %6 = getelementptr inbounds [4 x %struct.P], ptr %3, i64 0, i64 0
  %7 = getelementptr inbounds %struct.P, ptr %6, i32 0, i32 1
  %8 = load double, ptr %7, align 8
  %9 = getelementptr inbounds [4 x %struct.P], ptr %3, i64 0, i64 1
  %10 = getelementptr inbounds %struct.P, ptr %9, i32 0, i32 1
  %11 = load double, ptr %10, align 8
  %12 = getelementptr inbounds [4 x %struct.P], ptr %3, i64 0, i64 2
  %13 = getelementptr inbounds %struct.P, ptr %12, i32 0, i32 1
  %14 = load double, ptr %13, align 8
  %15 = getelementptr inbounds [4 x %struct.P], ptr %3, i64 0, i64 3
  %16 = getelementptr inbounds %struct.P, ptr %15, i32 0, i32 1
  %17 = load double, ptr %16, align 8
  %18 = fmul double %14, %17
  %19 = call double @llvm.fmuladd.f64(double %8, double %11, double %18)
  ret double %19
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @fw(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %3, align 8
  %6 = load double, ptr %4, align 8
  %7 = load double, ptr %3, align 8
  %8 = load double, ptr %3, align 8
  %9 = load double, ptr %4, align 8
  %10 = load double, ptr %4, align 8
  %11 = fmul double %9, %10
  %12 = call double @llvm.fmuladd.f64(double %7, double %8, double %11)
  %13 = call double @sqrt(double noundef %12) #7
  %14 = call double @llvm.fmuladd.f64(double %5, double %6, double %13)
  ret double %14
}

; Function Attrs: nounwind
declare double @sqrt(double noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca double, align 8
  %3 = alloca [4 x %struct.P], align 16
  %4 = alloca [4 x %struct.P], align 16
  %5 = alloca [4 x %struct.P], align 16
  %6 = alloca [4 x %struct.P], align 16
  %7 = alloca double, align 8
  store i32 0, ptr %1, align 4
  %8 = load i32, ptr @enzyme_out, align 4
  %9 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @f, i32 noundef %8, double noundef 2.000000e+00)
  store double %9, ptr %2, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %3, ptr align 16 @__const.main.ps, i64 96, i1 false)
  %10 = getelementptr inbounds [4 x %struct.P], ptr %4, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %10, i8 0, i64 96, i1 false)
  %11 = load i32, ptr @enzyme_dup, align 4
  %12 = getelementptr inbounds [4 x %struct.P], ptr %3, i64 0, i64 0
  %13 = getelementptr inbounds [4 x %struct.P], ptr %4, i64 0, i64 0
  %14 = load i32, ptr @enzyme_const, align 4
  %15 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @g, i32 noundef %11, ptr noundef %12, ptr noundef %13, i32 noundef %14, i32 noundef 4)
  %16 = getelementptr inbounds [4 x %struct.P], ptr %5, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %16, i8 0, i64 96, i1 false)
  %17 = load i32, ptr @enzyme_dup, align 4
  %18 = getelementptr inbounds [4 x %struct.P], ptr %3, i64 0, i64 0
  %19 = getelementptr inbounds [4 x %struct.P], ptr %5, i64 0, i64 0
  %20 = load i32, ptr @enzyme_const, align 4
  %21 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @h, i32 noundef %17, ptr noundef %18, ptr noundef %19, i32 noundef %20, i32 noundef 4)
  %22 = getelementptr inbounds [4 x %struct.P], ptr %6, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %22, i8 0, i64 96, i1 false)
  %23 = load i32, ptr @enzyme_dup, align 4
  %24 = getelementptr inbounds [4 x %struct.P], ptr %3, i64 0, i64 0
  %25 = getelementptr inbounds [4 x %struct.P], ptr %6, i64 0, i64 0
  %26 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @h2, i32 noundef %23, ptr noundef %24, ptr noundef %25)
  %27 = load i32, ptr @enzyme_dup, align 4
  %28 = load i32, ptr @enzyme_const, align 4
  %29 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @fw, i32 noundef %27, double noundef 3.000000e+00, double noundef 1.000000e+00, i32 noundef %28, double noundef 4.000000e+00)
  store double %29, ptr %7, align 8
  %30 = load double, ptr %2, align 8
  %31 = getelementptr inbounds [4 x %struct.P], ptr %4, i64 0, i64 0
  %32 = getelementptr inbounds %struct.P, ptr %31, i32 0, i32 1
  %33 = load double, ptr %32, align 8
  %34 = getelementptr inbounds [4 x %struct.P], ptr %5, i64 0, i64 1
  %35 = getelementptr inbounds %struct.P, ptr %34, i32 0, i32 1
  %36 = load double, ptr %35, align 8
  %37 = getelementptr inbounds [4 x %struct.P], ptr %6, i64 0, i64 2
  %38 = getelementptr inbounds %struct.P, ptr %37, i32 0, i32 1
  %39 = load double, ptr %38, align 8
  %40 = load double, ptr %7, align 8
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %30, double noundef %33, double noundef %36, double noundef %39, double noundef %40)
  ret i32 0
}

declare double @__enzyme_autodiff(ptr noundef, ...) #5

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #6

declare double @__enzyme_fwddiff(ptr noundef, ...) #5

declare i32 @printf(ptr noundef, ...) #5

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { nounwind }
attributes #8 = { nounwind allocsize(0) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
