; ModuleID = 'src/structs.c'
source_filename = "src/structs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Mixed = type { i64, double, float, i32 }
%union.Num = type { i64 }
%struct.__va_list_tag = type { i32, i32, ptr, ptr }
%struct.Nested = type { [4 x %struct.Mixed], [3 x [4 x double]], [2 x [3 x [4 x i32]]], %union.Num, %struct.Flags, ptr }
%struct.Flags = type { i64 }

@g_counter = dso_local global i32 42, align 4
@.str = private unnamed_addr constant [25 x i8] c"hello, \22irpass\22\0A\09\\ world\00", align 1
@g_greeting = dso_local global ptr @.str, align 8
@g_mixed = dso_local global %struct.Mixed { i64 7, double 3.140000e+00, float 2.500000e+00, i32 6 }, align 8
@g_mixed_arr = dso_local global [3 x %struct.Mixed] [%struct.Mixed { i64 1, double 1.000000e+00, float 1.000000e+00, i32 0 }, %struct.Mixed { i64 2, double 2.000000e+00, float 2.000000e+00, i32 5 }, %struct.Mixed zeroinitializer], align 16
@.str.1 = private unnamed_addr constant [7 x i8] c"nested\00", align 1
@g_nested = dso_local global { [4 x %struct.Mixed], [3 x [4 x double]], [2 x [3 x [4 x i32]]], %union.Num, { i8, i8, i8, i8, i8, i8, i8, i8 }, ptr } { [4 x %struct.Mixed] zeroinitializer, [3 x [4 x double]] [[4 x double] [double 1.000000e+00, double 2.000000e+00, double 0.000000e+00, double 0.000000e+00], [4 x double] [double 3.000000e+00, double 0.000000e+00, double 0.000000e+00, double 0.000000e+00], [4 x double] zeroinitializer], [2 x [3 x [4 x i32]]] zeroinitializer, %union.Num zeroinitializer, { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 17, i8 -3, i8 28, i8 24, i8 0, i8 0, i8 0, i8 undef }, ptr @.str.1 }, align 8
@g_ld = dso_local global x86_fp80 0xK3FFFA000000000000000, align 16
@g_big = dso_local global i128 1267650600228229401496703205393, align 16
@tls_var = dso_local thread_local global i32 3, align 4
@g_str_buf = dso_local global [15 x i8] c"mutable string\00", align 1
@g_ops = dso_local global [3 x ptr] [ptr @add, ptr @mul, ptr @sub], align 16
@g_table = internal global [5 x double] [double 1.000000e+00, double 2.500000e+00, double -3.250000e+00, double 1.000000e+10, double 1.000000e-01], align 16
@.str.2 = private unnamed_addr constant [18 x i8] c"logf_va(%s) = %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"red\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c"green\00", align 1
@.str.5 = private unnamed_addr constant [5 x i8] c"blue\00", align 1
@.str.6 = private unnamed_addr constant [2 x i8] c"?\00", align 1
@g_atomic_counter = dso_local global i64 0, align 8
@computed_goto.table = internal global [4 x ptr] [ptr blockaddress(@computed_goto, %13), ptr blockaddress(@computed_goto, %28), ptr blockaddress(@computed_goto, %42), ptr blockaddress(@computed_goto, %51)], align 16
@g_ubig = dso_local global i128 0, align 16
@.str.7 = private unnamed_addr constant [2 x i8] c"!\00", align 1
@g_bytes = internal constant [6 x i8] c"\00\01\02\FF\7F\0A", align 1
@__const.main.u = private unnamed_addr constant { double } { double 2.000000e+00 }, align 8
@.str.8 = private unnamed_addr constant [2 x i8] c"x\00", align 1
@.str.9 = private unnamed_addr constant [4 x i8] c"dfl\00", align 1
@tls_static = internal thread_local global i64 0, align 8
@.str.10 = private unnamed_addr constant [13 x i8] c"%s %s %f %d\0A\00", align 1
@g_zero_arr = dso_local global [128 x i32] zeroinitializer, align 16

@alias_fn = dso_local alias i32 (i32), ptr @real_impl

; Function Attrs: noinline nounwind optnone uwtable
define internal double @add(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %3, align 8
  %6 = load double, ptr %4, align 8
  %7 = fadd double %5, %6
  ret double %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @mul(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %3, align 8
  %6 = load double, ptr %4, align 8
  %7 = fmul double %5, %6
  ret double %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @sub(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %3, align 8
  %6 = load double, ptr %4, align 8
  %7 = fsub double %5, %6
  ret double %7
}

; Function Attrs: noinline nounwind optnone uwtable
define weak dso_local i32 @weak_fn(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = add nsw i32 %3, 1
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define hidden i32 @hidden_fn(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = mul nsw i32 %3, 2
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @real_impl(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = call i32 @static_fn(i32 noundef %3)
  %5 = load i32, ptr %2, align 4
  %6 = call i32 @hidden_fn(i32 noundef %5)
  %7 = add nsw i32 %4, %6
  %8 = load i32, ptr %2, align 4
  %9 = call i32 @weak_fn(i32 noundef %8)
  %10 = add nsw i32 %7, %9
  ret i32 %10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @static_fn(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = sub nsw i32 %3, 3
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @sum_mixed(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store double 0.000000e+00, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %49, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %52

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  %13 = load i32, ptr %6, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds %struct.Mixed, ptr %12, i64 %14
  %16 = getelementptr inbounds %struct.Mixed, ptr %15, i32 0, i32 0
  %17 = load i64, ptr %16, align 8
  %18 = sitofp i64 %17 to double
  %19 = load ptr, ptr %3, align 8
  %20 = load i32, ptr %6, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds %struct.Mixed, ptr %19, i64 %21
  %23 = getelementptr inbounds %struct.Mixed, ptr %22, i32 0, i32 1
  %24 = load double, ptr %23, align 8
  %25 = load ptr, ptr %3, align 8
  %26 = load i32, ptr %6, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds %struct.Mixed, ptr %25, i64 %27
  %29 = getelementptr inbounds %struct.Mixed, ptr %28, i32 0, i32 2
  %30 = load float, ptr %29, align 8
  %31 = fpext float %30 to double
  %32 = call double @llvm.fmuladd.f64(double %24, double %31, double %18)
  %33 = load ptr, ptr %3, align 8
  %34 = load i32, ptr %6, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds %struct.Mixed, ptr %33, i64 %35
  %37 = getelementptr inbounds %struct.Mixed, ptr %36, i32 0, i32 3
  %38 = load i32, ptr %37, align 4
  %39 = sitofp i32 %38 to double
  %40 = fadd double %32, %39
  %41 = load i32, ptr %6, align 4
  %42 = srem i32 %41, 5
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [5 x double], ptr @g_table, i64 0, i64 %43
  %45 = load double, ptr %44, align 8
  %46 = fadd double %40, %45
  %47 = load double, ptr %5, align 8
  %48 = fadd double %47, %46
  store double %48, ptr %5, align 8
  br label %49

49:                                               ; preds = %11
  %50 = load i32, ptr %6, align 4
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %6, align 4
  br label %7, !llvm.loop !6

52:                                               ; preds = %7
  %53 = load double, ptr %5, align 8
  ret double %53
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @copy_mixed(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %5, align 8
  %9 = load i32, ptr %6, align 4
  %10 = sext i32 %9 to i64
  %11 = mul i64 24, %10
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %7, ptr align 8 %8, i64 %11, i1 false)
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @by_value(ptr dead_on_unwind noalias writable sret(%struct.Mixed) align 8 %0, ptr noundef byval(%struct.Mixed) align 8 %1, i64 %2) #0 {
  %4 = alloca %union.Num, align 8
  %5 = getelementptr inbounds %union.Num, ptr %4, i32 0, i32 0
  store i64 %2, ptr %5, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %0, ptr align 8 %1, i64 24, i1 false)
  %6 = load double, ptr %4, align 8
  %7 = getelementptr inbounds %struct.Mixed, ptr %0, i32 0, i32 1
  %8 = load double, ptr %7, align 8
  %9 = fadd double %8, %6
  store double %9, ptr %7, align 8
  %10 = getelementptr inbounds [8 x i8], ptr %4, i64 0, i64 3
  %11 = load i8, ptr %10, align 1
  %12 = zext i8 %11 to i32
  %13 = getelementptr inbounds %struct.Mixed, ptr %0, i32 0, i32 3
  %14 = load i32, ptr %13, align 4
  %15 = xor i32 %14, %12
  store i32 %15, ptr %13, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @logf_va(ptr noundef %0, ...) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca [1 x %struct.__va_list_tag], align 16
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %6 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  call void @llvm.va_start.p0(ptr %6)
  store i32 0, ptr %4, align 4
  %7 = load ptr, ptr %2, align 8
  store ptr %7, ptr %5, align 8
  br label %8

8:                                                ; preds = %89, %1
  %9 = load ptr, ptr %5, align 8
  %10 = load i8, ptr %9, align 1
  %11 = icmp ne i8 %10, 0
  br i1 %11, label %12, label %92

12:                                               ; preds = %8
  %13 = load ptr, ptr %5, align 8
  %14 = load i8, ptr %13, align 1
  %15 = sext i8 %14 to i32
  %16 = icmp eq i32 %15, 100
  br i1 %16, label %17, label %36

17:                                               ; preds = %12
  %18 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  %19 = getelementptr inbounds %struct.__va_list_tag, ptr %18, i32 0, i32 0
  %20 = load i32, ptr %19, align 16
  %21 = icmp ule i32 %20, 40
  br i1 %21, label %22, label %27

22:                                               ; preds = %17
  %23 = getelementptr inbounds %struct.__va_list_tag, ptr %18, i32 0, i32 3
  %24 = load ptr, ptr %23, align 16
  %25 = getelementptr i8, ptr %24, i32 %20
  %26 = add i32 %20, 8
  store i32 %26, ptr %19, align 16
  br label %31

27:                                               ; preds = %17
  %28 = getelementptr inbounds %struct.__va_list_tag, ptr %18, i32 0, i32 2
  %29 = load ptr, ptr %28, align 8
  %30 = getelementptr i8, ptr %29, i32 8
  store ptr %30, ptr %28, align 8
  br label %31

31:                                               ; preds = %27, %22
  %32 = phi ptr [ %25, %22 ], [ %29, %27 ]
  %33 = load i32, ptr %32, align 4
  %34 = load i32, ptr %4, align 4
  %35 = add nsw i32 %34, %33
  store i32 %35, ptr %4, align 4
  br label %88

36:                                               ; preds = %12
  %37 = load ptr, ptr %5, align 8
  %38 = load i8, ptr %37, align 1
  %39 = sext i8 %38 to i32
  %40 = icmp eq i32 %39, 102
  br i1 %40, label %41, label %61

41:                                               ; preds = %36
  %42 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  %43 = getelementptr inbounds %struct.__va_list_tag, ptr %42, i32 0, i32 1
  %44 = load i32, ptr %43, align 4
  %45 = icmp ule i32 %44, 160
  br i1 %45, label %46, label %51

46:                                               ; preds = %41
  %47 = getelementptr inbounds %struct.__va_list_tag, ptr %42, i32 0, i32 3
  %48 = load ptr, ptr %47, align 16
  %49 = getelementptr i8, ptr %48, i32 %44
  %50 = add i32 %44, 16
  store i32 %50, ptr %43, align 4
  br label %55

51:                                               ; preds = %41
  %52 = getelementptr inbounds %struct.__va_list_tag, ptr %42, i32 0, i32 2
  %53 = load ptr, ptr %52, align 8
  %54 = getelementptr i8, ptr %53, i32 8
  store ptr %54, ptr %52, align 8
  br label %55

55:                                               ; preds = %51, %46
  %56 = phi ptr [ %49, %46 ], [ %53, %51 ]
  %57 = load double, ptr %56, align 8
  %58 = fptosi double %57 to i32
  %59 = load i32, ptr %4, align 4
  %60 = add nsw i32 %59, %58
  store i32 %60, ptr %4, align 4
  br label %87

61:                                               ; preds = %36
  %62 = load ptr, ptr %5, align 8
  %63 = load i8, ptr %62, align 1
  %64 = sext i8 %63 to i32
  %65 = icmp eq i32 %64, 108
  br i1 %65, label %66, label %86

66:                                               ; preds = %61
  %67 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  %68 = getelementptr inbounds %struct.__va_list_tag, ptr %67, i32 0, i32 0
  %69 = load i32, ptr %68, align 16
  %70 = icmp ule i32 %69, 40
  br i1 %70, label %71, label %76

71:                                               ; preds = %66
  %72 = getelementptr inbounds %struct.__va_list_tag, ptr %67, i32 0, i32 3
  %73 = load ptr, ptr %72, align 16
  %74 = getelementptr i8, ptr %73, i32 %69
  %75 = add i32 %69, 8
  store i32 %75, ptr %68, align 16
  br label %80

76:                                               ; preds = %66
  %77 = getelementptr inbounds %struct.__va_list_tag, ptr %67, i32 0, i32 2
  %78 = load ptr, ptr %77, align 8
  %79 = getelementptr i8, ptr %78, i32 8
  store ptr %79, ptr %77, align 8
  br label %80

80:                                               ; preds = %76, %71
  %81 = phi ptr [ %74, %71 ], [ %78, %76 ]
  %82 = load i64, ptr %81, align 8
  %83 = trunc i64 %82 to i32
  %84 = load i32, ptr %4, align 4
  %85 = add nsw i32 %84, %83
  store i32 %85, ptr %4, align 4
  br label %86

86:                                               ; preds = %80, %61
  br label %87

87:                                               ; preds = %86, %55
  br label %88

88:                                               ; preds = %87, %31
  br label %89

89:                                               ; preds = %88
  %90 = load ptr, ptr %5, align 8
  %91 = getelementptr inbounds i8, ptr %90, i32 1
  store ptr %91, ptr %5, align 8
  br label %8, !llvm.loop !8

92:                                               ; preds = %8
  %93 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  call void @llvm.va_end.p0(ptr %93)
  %94 = load ptr, ptr %2, align 8
  %95 = load i32, ptr %4, align 4
  %96 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, ptr noundef %94, i32 noundef %95)
  %97 = load i32, ptr %4, align 4
  ret i32 %97
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #3

declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: noinline nounwind optnone uwtable
define dso_local ptr @color_name(i32 noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %4 = load i32, ptr %3, align 4
  switch i32 %4, label %8 [
    i32 0, label %5
    i32 5, label %6
    i32 6, label %7
  ]

5:                                                ; preds = %1
  store ptr @.str.3, ptr %2, align 8
  br label %9

6:                                                ; preds = %1
  store ptr @.str.4, ptr %2, align 8
  br label %9

7:                                                ; preds = %1
  store ptr @.str.5, ptr %2, align 8
  br label %9

8:                                                ; preds = %1
  store ptr @.str.6, ptr %2, align 8
  br label %9

9:                                                ; preds = %8, %7, %6, %5
  %10 = load ptr, ptr %2, align 8
  ret ptr %10
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @classify(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %4 = load i32, ptr %3, align 4
  switch i32 %4, label %12 [
    i32 0, label %5
    i32 1, label %6
    i32 2, label %6
    i32 7, label %7
    i32 100, label %10
    i32 -5, label %11
  ]

5:                                                ; preds = %1
  store i32 10, ptr %2, align 4
  br label %14

6:                                                ; preds = %1, %1
  store i32 20, ptr %2, align 4
  br label %14

7:                                                ; preds = %1
  %8 = load i32, ptr %3, align 4
  %9 = mul nsw i32 %8, 3
  store i32 %9, ptr %2, align 4
  br label %14

10:                                               ; preds = %1
  store i32 -1, ptr %2, align 4
  br label %14

11:                                               ; preds = %1
  store i32 55, ptr %2, align 4
  br label %14

12:                                               ; preds = %1
  %13 = load i32, ptr %3, align 4
  store i32 %13, ptr %2, align 4
  br label %14

14:                                               ; preds = %12, %11, %10, %7, %6, %5
  %15 = load i32, ptr %2, align 4
  ret i32 %15
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @matrix_trace(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca double, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  store double 0.000000e+00, ptr %3, align 8
  store i32 0, ptr %4, align 4
  br label %10

10:                                               ; preds = %38, %1
  %11 = load i32, ptr %4, align 4
  %12 = icmp slt i32 %11, 3
  br i1 %12, label %13, label %41

13:                                               ; preds = %10
  store i32 0, ptr %5, align 4
  br label %14

14:                                               ; preds = %34, %13
  %15 = load i32, ptr %5, align 4
  %16 = icmp slt i32 %15, 4
  br i1 %16, label %17, label %37

17:                                               ; preds = %14
  %18 = load i32, ptr %4, align 4
  %19 = load i32, ptr %5, align 4
  %20 = icmp eq i32 %18, %19
  br i1 %20, label %21, label %33

21:                                               ; preds = %17
  %22 = load ptr, ptr %2, align 8
  %23 = getelementptr inbounds %struct.Nested, ptr %22, i32 0, i32 1
  %24 = load i32, ptr %4, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [3 x [4 x double]], ptr %23, i64 0, i64 %25
  %27 = load i32, ptr %5, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [4 x double], ptr %26, i64 0, i64 %28
  %30 = load double, ptr %29, align 8
  %31 = load double, ptr %3, align 8
  %32 = fadd double %31, %30
  store double %32, ptr %3, align 8
  br label %33

33:                                               ; preds = %21, %17
  br label %34

34:                                               ; preds = %33
  %35 = load i32, ptr %5, align 4
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %5, align 4
  br label %14, !llvm.loop !9

37:                                               ; preds = %14
  br label %38

38:                                               ; preds = %37
  %39 = load i32, ptr %4, align 4
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %4, align 4
  br label %10, !llvm.loop !10

41:                                               ; preds = %10
  store i32 0, ptr %6, align 4
  store i32 0, ptr %7, align 4
  br label %42

42:                                               ; preds = %76, %41
  %43 = load i32, ptr %7, align 4
  %44 = icmp slt i32 %43, 2
  br i1 %44, label %45, label %79

45:                                               ; preds = %42
  store i32 0, ptr %8, align 4
  br label %46

46:                                               ; preds = %72, %45
  %47 = load i32, ptr %8, align 4
  %48 = icmp slt i32 %47, 3
  br i1 %48, label %49, label %75

49:                                               ; preds = %46
  store i32 0, ptr %9, align 4
  br label %50

50:                                               ; preds = %68, %49
  %51 = load i32, ptr %9, align 4
  %52 = icmp slt i32 %51, 4
  br i1 %52, label %53, label %71

53:                                               ; preds = %50
  %54 = load ptr, ptr %2, align 8
  %55 = getelementptr inbounds %struct.Nested, ptr %54, i32 0, i32 2
  %56 = load i32, ptr %7, align 4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds [2 x [3 x [4 x i32]]], ptr %55, i64 0, i64 %57
  %59 = load i32, ptr %8, align 4
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds [3 x [4 x i32]], ptr %58, i64 0, i64 %60
  %62 = load i32, ptr %9, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds [4 x i32], ptr %61, i64 0, i64 %63
  %65 = load i32, ptr %64, align 4
  %66 = load i32, ptr %6, align 4
  %67 = add nsw i32 %66, %65
  store i32 %67, ptr %6, align 4
  br label %68

68:                                               ; preds = %53
  %69 = load i32, ptr %9, align 4
  %70 = add nsw i32 %69, 1
  store i32 %70, ptr %9, align 4
  br label %50, !llvm.loop !11

71:                                               ; preds = %50
  br label %72

72:                                               ; preds = %71
  %73 = load i32, ptr %8, align 4
  %74 = add nsw i32 %73, 1
  store i32 %74, ptr %8, align 4
  br label %46, !llvm.loop !12

75:                                               ; preds = %46
  br label %76

76:                                               ; preds = %75
  %77 = load i32, ptr %7, align 4
  %78 = add nsw i32 %77, 1
  store i32 %78, ptr %7, align 4
  br label %42, !llvm.loop !13

79:                                               ; preds = %42
  %80 = load double, ptr %3, align 8
  %81 = load i32, ptr %6, align 4
  %82 = sitofp i32 %81 to double
  %83 = fadd double %80, %82
  %84 = load ptr, ptr %2, align 8
  %85 = getelementptr inbounds %struct.Nested, ptr %84, i32 0, i32 4
  %86 = load i64, ptr %85, align 8
  %87 = and i64 %86, 7
  %88 = trunc i64 %87 to i32
  %89 = sitofp i32 %88 to double
  %90 = fadd double %83, %89
  %91 = load ptr, ptr %2, align 8
  %92 = getelementptr inbounds %struct.Nested, ptr %91, i32 0, i32 4
  %93 = load i64, ptr %92, align 8
  %94 = lshr i64 %93, 3
  %95 = and i64 %94, 31
  %96 = trunc i64 %95 to i32
  %97 = sitofp i32 %96 to double
  %98 = fadd double %90, %97
  %99 = load ptr, ptr %2, align 8
  %100 = getelementptr inbounds %struct.Nested, ptr %99, i32 0, i32 4
  %101 = load i64, ptr %100, align 8
  %102 = shl i64 %101, 49
  %103 = ashr i64 %102, 57
  %104 = trunc i64 %103 to i32
  %105 = sitofp i32 %104 to double
  %106 = fadd double %98, %105
  %107 = load ptr, ptr %2, align 8
  %108 = getelementptr inbounds %struct.Nested, ptr %107, i32 0, i32 4
  %109 = load i64, ptr %108, align 8
  %110 = lshr i64 %109, 15
  %111 = and i64 %110, 1099511627775
  %112 = uitofp i64 %111 to double
  %113 = fadd double %106, %112
  ret double %113
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @set_flags(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  %7 = load i32, ptr %5, align 4
  %8 = load ptr, ptr %4, align 8
  %9 = zext i32 %7 to i64
  %10 = load i64, ptr %8, align 8
  %11 = and i64 %9, 7
  %12 = and i64 %10, -8
  %13 = or i64 %12, %11
  store i64 %13, ptr %8, align 8
  %14 = trunc i64 %11 to i32
  %15 = load i32, ptr %5, align 4
  %16 = mul i32 %15, 2
  %17 = load ptr, ptr %4, align 8
  %18 = zext i32 %16 to i64
  %19 = load i64, ptr %17, align 8
  %20 = and i64 %18, 31
  %21 = shl i64 %20, 3
  %22 = and i64 %19, -249
  %23 = or i64 %22, %21
  store i64 %23, ptr %17, align 8
  %24 = trunc i64 %20 to i32
  %25 = load i32, ptr %6, align 4
  %26 = load ptr, ptr %4, align 8
  %27 = zext i32 %25 to i64
  %28 = load i64, ptr %26, align 8
  %29 = and i64 %27, 127
  %30 = shl i64 %29, 8
  %31 = and i64 %28, -32513
  %32 = or i64 %31, %30
  store i64 %32, ptr %26, align 8
  %33 = shl i64 %29, 57
  %34 = ashr i64 %33, 57
  %35 = trunc i64 %34 to i32
  %36 = load i32, ptr %5, align 4
  %37 = zext i32 %36 to i64
  %38 = shl i64 %37, 30
  %39 = load ptr, ptr %4, align 8
  %40 = load i64, ptr %39, align 8
  %41 = and i64 %38, 1099511627775
  %42 = shl i64 %41, 15
  %43 = and i64 %40, -36028797018931201
  %44 = or i64 %43, %42
  store i64 %44, ptr %39, align 8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @apply(ptr noundef %0, double noundef %1, double noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  store ptr %0, ptr %4, align 8
  store double %1, ptr %5, align 8
  store double %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = load double, ptr %5, align 8
  %9 = load double, ptr %6, align 8
  %10 = call double %7(double noundef %8, double noundef %9)
  ret double %10
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @apply_all(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  store double 0.000000e+00, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %21, %2
  %8 = load i32, ptr %6, align 4
  %9 = zext i32 %8 to i64
  %10 = icmp ult i64 %9, 3
  br i1 %10, label %11, label %24

11:                                               ; preds = %7
  %12 = load i32, ptr %6, align 4
  %13 = zext i32 %12 to i64
  %14 = getelementptr inbounds [3 x ptr], ptr @g_ops, i64 0, i64 %13
  %15 = load ptr, ptr %14, align 8
  %16 = load double, ptr %3, align 8
  %17 = load double, ptr %4, align 8
  %18 = call double @apply(ptr noundef %15, double noundef %16, double noundef %17)
  %19 = load double, ptr %5, align 8
  %20 = fadd double %19, %18
  store double %20, ptr %5, align 8
  br label %21

21:                                               ; preds = %11
  %22 = load i32, ptr %6, align 4
  %23 = add i32 %22, 1
  store i32 %23, ptr %6, align 4
  br label %7, !llvm.loop !14

24:                                               ; preds = %7
  %25 = load double, ptr %5, align 8
  ret double %25
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @asm_add(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %6 = load i32, ptr %3, align 4
  %7 = load i32, ptr %4, align 4
  %8 = call i32 asm sideeffect "leal ($1,$2), $0", "=r,r,r,~{cc},~{dirflag},~{fpsr},~{flags}"(i32 %6, i32 %7) #10, !srcloc !15
  store i32 %8, ptr %5, align 4
  %9 = load i32, ptr %5, align 4
  ret i32 %9
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @asm_barrier() #0 {
  call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"() #10, !srcloc !16
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @atomics(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i8, align 1
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %18 = load i64, ptr %2, align 8
  store i64 %18, ptr %3, align 8
  %19 = load i64, ptr %3, align 8
  %20 = atomicrmw add ptr @g_atomic_counter, i64 %19 seq_cst, align 8
  store i64 %20, ptr %4, align 8
  %21 = load i64, ptr %4, align 8
  %22 = load i64, ptr %2, align 8
  %23 = trunc i64 %22 to i32
  store i32 %23, ptr %6, align 4
  %24 = load i32, ptr %6, align 4
  %25 = atomicrmw xchg ptr @g_counter, i32 %24 seq_cst, align 4
  store i32 %25, ptr %7, align 4
  %26 = load i32, ptr %7, align 4
  %27 = sext i32 %26 to i64
  store i64 %27, ptr %5, align 8
  store i32 5, ptr %8, align 4
  store i32 9, ptr %9, align 4
  %28 = load i32, ptr %8, align 4
  %29 = load i32, ptr %9, align 4
  %30 = cmpxchg ptr @g_counter, i32 %28, i32 %29 acq_rel acquire, align 4
  %31 = extractvalue { i32, i1 } %30, 0
  %32 = extractvalue { i32, i1 } %30, 1
  br i1 %32, label %34, label %33

33:                                               ; preds = %1
  store i32 %31, ptr %8, align 4
  br label %34

34:                                               ; preds = %33, %1
  %35 = zext i1 %32 to i8
  store i8 %35, ptr %10, align 1
  %36 = load i8, ptr %10, align 1
  %37 = trunc i8 %36 to i1
  %38 = load atomic i64, ptr @g_atomic_counter acquire, align 8
  store i64 %38, ptr %12, align 8
  %39 = load i64, ptr %12, align 8
  %40 = load atomic i32, ptr @g_counter acquire, align 4
  store i32 %40, ptr %13, align 4
  %41 = load i32, ptr %13, align 4
  %42 = sext i32 %41 to i64
  %43 = add nsw i64 %39, %42
  store i64 %43, ptr %11, align 8
  %44 = call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @tls_var)
  store i32 1, ptr %14, align 4
  %45 = load i32, ptr %14, align 4
  store atomic i32 %45, ptr %44 release, align 4
  store i32 1, ptr %15, align 4
  %46 = load i32, ptr %15, align 4
  %47 = atomicrmw sub ptr @g_counter, i32 %46 monotonic, align 4
  store i32 %47, ptr %16, align 4
  %48 = load i32, ptr %16, align 4
  fence seq_cst
  %49 = load i64, ptr %5, align 8
  %50 = load i64, ptr %11, align 8
  %51 = add nsw i64 %49, %50
  %52 = load atomic i64, ptr @g_atomic_counter seq_cst, align 8
  store i64 %52, ptr %17, align 8
  %53 = load i64, ptr %17, align 8
  %54 = add nsw i64 %51, %53
  ret i64 %54
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare nonnull ptr @llvm.threadlocal.address.p0(ptr nonnull) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local <4 x double> @vec_fma(ptr noundef byval(<4 x double>) align 32 %0, ptr noundef byval(<4 x double>) align 32 %1, ptr noundef byval(<4 x double>) align 32 %2) #5 {
  %4 = alloca <4 x double>, align 32
  %5 = alloca <4 x double>, align 32
  %6 = alloca <4 x double>, align 32
  %7 = load <4 x double>, ptr %0, align 32
  %8 = load <4 x double>, ptr %1, align 32
  %9 = load <4 x double>, ptr %2, align 32
  store <4 x double> %7, ptr %4, align 32
  store <4 x double> %8, ptr %5, align 32
  store <4 x double> %9, ptr %6, align 32
  %10 = load <4 x double>, ptr %4, align 32
  %11 = load <4 x double>, ptr %5, align 32
  %12 = load <4 x double>, ptr %6, align 32
  %13 = call <4 x double> @llvm.fmuladd.v4f64(<4 x double> %10, <4 x double> %11, <4 x double> %12)
  ret <4 x double> %13
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x double> @llvm.fmuladd.v4f64(<4 x double>, <4 x double>, <4 x double>) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local <4 x float> @vec_shuffle(<4 x float> noundef %0, <4 x float> noundef %1) #6 {
  %3 = alloca <4 x float>, align 16
  %4 = alloca <4 x float>, align 16
  store <4 x float> %0, ptr %3, align 16
  store <4 x float> %1, ptr %4, align 16
  %5 = load <4 x float>, ptr %3, align 16
  %6 = load <4 x float>, ptr %4, align 16
  %7 = shufflevector <4 x float> %5, <4 x float> %6, <4 x i32> <i32 0, i32 5, i32 2, i32 7>
  ret <4 x float> %7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local <8 x i32> @vec_cmp(ptr noundef byval(<8 x i32>) align 32 %0, ptr noundef byval(<8 x i32>) align 32 %1) #5 {
  %3 = alloca <8 x i32>, align 32
  %4 = alloca <8 x i32>, align 32
  %5 = load <8 x i32>, ptr %0, align 32
  %6 = load <8 x i32>, ptr %1, align 32
  store <8 x i32> %5, ptr %3, align 32
  store <8 x i32> %6, ptr %4, align 32
  %7 = load <8 x i32>, ptr %3, align 32
  %8 = load <8 x i32>, ptr %4, align 32
  %9 = icmp sgt <8 x i32> %7, %8
  %10 = sext <8 x i1> %9 to <8 x i32>
  %11 = load <8 x i32>, ptr %3, align 32
  %12 = load <8 x i32>, ptr %4, align 32
  %13 = xor <8 x i32> %11, %12
  %14 = and <8 x i32> %10, %13
  ret <8 x i32> %14
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @vec_extract(<4 x float> noundef %0, i32 noundef %1) #6 {
  %3 = alloca <4 x float>, align 16
  %4 = alloca i32, align 4
  store <4 x float> %0, ptr %3, align 16
  store i32 %1, ptr %4, align 4
  %5 = load <4 x float>, ptr %3, align 16
  %6 = load i32, ptr %4, align 4
  %7 = extractelement <4 x float> %5, i32 %6
  %8 = load <4 x float>, ptr %3, align 16
  %9 = extractelement <4 x float> %8, i32 2
  %10 = fadd float %7, %9
  ret float %10
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @computed_goto(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  store i32 0, ptr %5, align 4
  %7 = load i32, ptr %3, align 4
  %8 = and i32 %7, 3
  store i32 %8, ptr %6, align 4
  %9 = load i32, ptr %6, align 4
  %10 = sext i32 %9 to i64
  %11 = getelementptr inbounds [4 x ptr], ptr @computed_goto.table, i64 0, i64 %10
  %12 = load ptr, ptr %11, align 8
  br label %53

13:                                               ; preds = %53
  %14 = load i32, ptr %5, align 4
  %15 = add nsw i32 %14, 1
  store i32 %15, ptr %5, align 4
  %16 = load i32, ptr %4, align 4
  %17 = add nsw i32 %16, -1
  store i32 %17, ptr %4, align 4
  %18 = icmp sgt i32 %17, 0
  br i1 %18, label %19, label %27

19:                                               ; preds = %13
  %20 = load i32, ptr %6, align 4
  %21 = load i32, ptr %5, align 4
  %22 = add nsw i32 %20, %21
  %23 = and i32 %22, 3
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [4 x ptr], ptr @computed_goto.table, i64 0, i64 %24
  %26 = load ptr, ptr %25, align 8
  br label %53

27:                                               ; preds = %13
  br label %51

28:                                               ; preds = %53
  %29 = load i32, ptr %5, align 4
  %30 = sub nsw i32 %29, 1
  store i32 %30, ptr %5, align 4
  %31 = load i32, ptr %4, align 4
  %32 = add nsw i32 %31, -1
  store i32 %32, ptr %4, align 4
  %33 = icmp sgt i32 %32, 0
  br i1 %33, label %34, label %41

34:                                               ; preds = %28
  %35 = load i32, ptr %6, align 4
  %36 = add nsw i32 %35, 2
  %37 = and i32 %36, 3
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [4 x ptr], ptr @computed_goto.table, i64 0, i64 %38
  %40 = load ptr, ptr %39, align 8
  br label %53

41:                                               ; preds = %28
  br label %51

42:                                               ; preds = %53
  %43 = load i32, ptr %5, align 4
  %44 = mul nsw i32 %43, 2
  store i32 %44, ptr %5, align 4
  %45 = load i32, ptr %4, align 4
  %46 = add nsw i32 %45, -1
  store i32 %46, ptr %4, align 4
  %47 = icmp sgt i32 %46, 0
  br i1 %47, label %48, label %50

48:                                               ; preds = %42
  %49 = load ptr, ptr @computed_goto.table, align 16
  br label %53

50:                                               ; preds = %42
  br label %51

51:                                               ; preds = %50, %41, %27, %53
  %52 = load i32, ptr %5, align 4
  ret i32 %52

53:                                               ; preds = %48, %34, %19, %2
  %54 = phi ptr [ %12, %2 ], [ %26, %19 ], [ %40, %34 ], [ %49, %48 ]
  indirectbr ptr %54, [label %13, label %28, label %42, label %51]
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local x86_fp80 @ld_ops(x86_fp80 noundef %0, x86_fp80 noundef %1) #0 {
  %3 = alloca x86_fp80, align 16
  %4 = alloca x86_fp80, align 16
  store x86_fp80 %0, ptr %3, align 16
  store x86_fp80 %1, ptr %4, align 16
  %5 = load x86_fp80, ptr %3, align 16
  %6 = load x86_fp80, ptr %4, align 16
  %7 = load x86_fp80, ptr @g_ld, align 16
  %8 = load x86_fp80, ptr %3, align 16
  %9 = load x86_fp80, ptr %4, align 16
  %10 = fsub x86_fp80 %8, %9
  %11 = fdiv x86_fp80 %7, %10
  %12 = call x86_fp80 @llvm.fmuladd.f80(x86_fp80 %5, x86_fp80 %6, x86_fp80 %11)
  ret x86_fp80 %12
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare x86_fp80 @llvm.fmuladd.f80(x86_fp80, x86_fp80, x86_fp80) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local { i64, i64 } @i128_ops(i64 noundef %0, i64 noundef %1, i64 noundef %2, i64 noundef %3) #0 {
  %5 = alloca i128, align 16
  %6 = alloca i128, align 16
  %7 = alloca i128, align 16
  %8 = alloca i128, align 16
  %9 = alloca i128, align 16
  %10 = getelementptr inbounds { i64, i64 }, ptr %6, i32 0, i32 0
  store i64 %0, ptr %10, align 16
  %11 = getelementptr inbounds { i64, i64 }, ptr %6, i32 0, i32 1
  store i64 %1, ptr %11, align 8
  %12 = load i128, ptr %6, align 16
  %13 = getelementptr inbounds { i64, i64 }, ptr %7, i32 0, i32 0
  store i64 %2, ptr %13, align 16
  %14 = getelementptr inbounds { i64, i64 }, ptr %7, i32 0, i32 1
  store i64 %3, ptr %14, align 8
  %15 = load i128, ptr %7, align 16
  store i128 %12, ptr %8, align 16
  store i128 %15, ptr %9, align 16
  %16 = load i128, ptr %9, align 16
  %17 = mul i128 %16, 3
  store i128 %17, ptr @g_ubig, align 16
  %18 = load i128, ptr %8, align 16
  %19 = load i128, ptr %9, align 16
  %20 = mul nsw i128 %18, %19
  %21 = load i128, ptr %8, align 16
  %22 = ashr i128 %21, 7
  %23 = add nsw i128 %20, %22
  %24 = load i128, ptr @g_big, align 16
  %25 = srem i128 %24, 1000
  %26 = sub nsw i128 %23, %25
  store i128 %26, ptr %5, align 16
  %27 = load { i64, i64 }, ptr %5, align 16
  ret { i64, i64 } %27
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @vla_sum(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %14 = load i32, ptr %3, align 4
  %15 = zext i32 %14 to i64
  %16 = load i32, ptr %4, align 4
  %17 = zext i32 %16 to i64
  %18 = call ptr @llvm.stacksave.p0()
  store ptr %18, ptr %5, align 8
  %19 = mul nuw i64 %15, %17
  %20 = alloca double, i64 %19, align 16
  store i64 %15, ptr %6, align 8
  store i64 %17, ptr %7, align 8
  %21 = load i32, ptr %3, align 4
  %22 = sext i32 %21 to i64
  %23 = mul i64 8, %22
  %24 = alloca i8, i64 %23, align 16
  store ptr %24, ptr %8, align 8
  store i32 0, ptr %9, align 4
  br label %25

25:                                               ; preds = %58, %2
  %26 = load i32, ptr %9, align 4
  %27 = load i32, ptr %3, align 4
  %28 = icmp slt i32 %26, %27
  br i1 %28, label %29, label %61

29:                                               ; preds = %25
  %30 = load i32, ptr %9, align 4
  %31 = sitofp i32 %30 to double
  %32 = load ptr, ptr %8, align 8
  %33 = load i32, ptr %9, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds double, ptr %32, i64 %34
  store double %31, ptr %35, align 8
  store i32 0, ptr %10, align 4
  br label %36

36:                                               ; preds = %54, %29
  %37 = load i32, ptr %10, align 4
  %38 = load i32, ptr %4, align 4
  %39 = icmp slt i32 %37, %38
  br i1 %39, label %40, label %57

40:                                               ; preds = %36
  %41 = load i32, ptr %9, align 4
  %42 = load i32, ptr %4, align 4
  %43 = mul nsw i32 %41, %42
  %44 = load i32, ptr %10, align 4
  %45 = add nsw i32 %43, %44
  %46 = sitofp i32 %45 to double
  %47 = load i32, ptr %9, align 4
  %48 = sext i32 %47 to i64
  %49 = mul nsw i64 %48, %17
  %50 = getelementptr inbounds double, ptr %20, i64 %49
  %51 = load i32, ptr %10, align 4
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds double, ptr %50, i64 %52
  store double %46, ptr %53, align 8
  br label %54

54:                                               ; preds = %40
  %55 = load i32, ptr %10, align 4
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %10, align 4
  br label %36, !llvm.loop !17

57:                                               ; preds = %36
  br label %58

58:                                               ; preds = %57
  %59 = load i32, ptr %9, align 4
  %60 = add nsw i32 %59, 1
  store i32 %60, ptr %9, align 4
  br label %25, !llvm.loop !18

61:                                               ; preds = %25
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %62

62:                                               ; preds = %91, %61
  %63 = load i32, ptr %12, align 4
  %64 = load i32, ptr %3, align 4
  %65 = icmp slt i32 %63, %64
  br i1 %65, label %66, label %94

66:                                               ; preds = %62
  store i32 0, ptr %13, align 4
  br label %67

67:                                               ; preds = %87, %66
  %68 = load i32, ptr %13, align 4
  %69 = load i32, ptr %4, align 4
  %70 = icmp slt i32 %68, %69
  br i1 %70, label %71, label %90

71:                                               ; preds = %67
  %72 = load i32, ptr %12, align 4
  %73 = sext i32 %72 to i64
  %74 = mul nsw i64 %73, %17
  %75 = getelementptr inbounds double, ptr %20, i64 %74
  %76 = load i32, ptr %13, align 4
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds double, ptr %75, i64 %77
  %79 = load double, ptr %78, align 8
  %80 = load ptr, ptr %8, align 8
  %81 = load i32, ptr %12, align 4
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds double, ptr %80, i64 %82
  %84 = load double, ptr %83, align 8
  %85 = load double, ptr %11, align 8
  %86 = call double @llvm.fmuladd.f64(double %79, double %84, double %85)
  store double %86, ptr %11, align 8
  br label %87

87:                                               ; preds = %71
  %88 = load i32, ptr %13, align 4
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %13, align 4
  br label %67, !llvm.loop !19

90:                                               ; preds = %67
  br label %91

91:                                               ; preds = %90
  %92 = load i32, ptr %12, align 4
  %93 = add nsw i32 %92, 1
  store i32 %93, ptr %12, align 4
  br label %62, !llvm.loop !20

94:                                               ; preds = %62
  %95 = load double, ptr %11, align 8
  %96 = load ptr, ptr %5, align 8
  call void @llvm.stackrestore.p0(ptr %96)
  ret double %95
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave.p0() #3

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore.p0(ptr) #3

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @string_stuff(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca [64 x i8], align 16
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  store ptr %0, ptr %2, align 8
  %6 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 0
  %7 = load ptr, ptr %2, align 8
  %8 = call ptr @strncpy(ptr noundef %6, ptr noundef %7, i64 noundef 63) #10
  %9 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 63
  store i8 0, ptr %9, align 1
  %10 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 0
  %11 = call ptr @strcat(ptr noundef %10, ptr noundef @.str.7) #10
  store i32 5381, ptr %4, align 4
  store i64 0, ptr %5, align 8
  br label %12

12:                                               ; preds = %25, %1
  %13 = load i64, ptr %5, align 8
  %14 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 0
  %15 = call i64 @strlen(ptr noundef %14) #11
  %16 = icmp ult i64 %13, %15
  br i1 %16, label %17, label %28

17:                                               ; preds = %12
  %18 = load i32, ptr %4, align 4
  %19 = mul i32 %18, 33
  %20 = load i64, ptr %5, align 8
  %21 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 %20
  %22 = load i8, ptr %21, align 1
  %23 = zext i8 %22 to i32
  %24 = add i32 %19, %23
  store i32 %24, ptr %4, align 4
  br label %25

25:                                               ; preds = %17
  %26 = load i64, ptr %5, align 8
  %27 = add i64 %26, 1
  store i64 %27, ptr %5, align 8
  br label %12, !llvm.loop !21

28:                                               ; preds = %12
  %29 = load i32, ptr %4, align 4
  %30 = load ptr, ptr @g_greeting, align 8
  %31 = call i64 @strlen(ptr noundef %30) #11
  %32 = trunc i64 %31 to i32
  %33 = add i32 %29, %32
  %34 = load i8, ptr getelementptr inbounds ([6 x i8], ptr @g_bytes, i64 0, i64 3), align 1
  %35 = zext i8 %34 to i32
  %36 = add i32 %33, %35
  ret i32 %36
}

; Function Attrs: nounwind
declare ptr @strncpy(ptr noundef, ptr noundef, i64 noundef) #7

; Function Attrs: nounwind
declare ptr @strcat(ptr noundef, ptr noundef) #7

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @float_stuff(float noundef %0, double noundef %1, i32 noundef %2, i32 noundef %3) #0 {
  %5 = alloca float, align 4
  %6 = alloca float, align 4
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca float, align 4
  %11 = alloca double, align 8
  store float %0, ptr %6, align 4
  store double %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store i32 %3, ptr %9, align 4
  %12 = load float, ptr %6, align 4
  %13 = load double, ptr %7, align 8
  %14 = fptrunc double %13 to float
  %15 = fdiv float %12, %14
  store float %15, ptr %10, align 4
  %16 = load i32, ptr %8, align 4
  %17 = sitofp i32 %16 to float
  %18 = load i32, ptr %9, align 4
  %19 = uitofp i32 %18 to float
  %20 = fadd float %17, %19
  %21 = load float, ptr %10, align 4
  %22 = fadd float %21, %20
  store float %22, ptr %10, align 4
  %23 = load float, ptr %10, align 4
  %24 = fpext float %23 to double
  store double %24, ptr %11, align 8
  %25 = load double, ptr %11, align 8
  %26 = load double, ptr %11, align 8
  %27 = fcmp une double %25, %26
  br i1 %27, label %28, label %29

28:                                               ; preds = %4
  store float 0.000000e+00, ptr %5, align 4
  br label %41

29:                                               ; preds = %4
  %30 = load double, ptr %11, align 8
  %31 = fmul double %30, 1.500000e+00
  %32 = fptrunc double %31 to float
  %33 = load double, ptr %7, align 8
  %34 = fptosi double %33 to i64
  %35 = sitofp i64 %34 to float
  %36 = fadd float %32, %35
  %37 = load float, ptr %6, align 4
  %38 = fptoui float %37 to i64
  %39 = uitofp i64 %38 to float
  %40 = fadd float %36, %39
  store float %40, ptr %5, align 4
  br label %41

41:                                               ; preds = %29, %28
  %42 = load float, ptr %5, align 4
  ret float %42
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #5 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca [3 x %struct.Mixed], align 16
  %7 = alloca %struct.Nested, align 8
  %8 = alloca %union.Num, align 8
  %9 = alloca %struct.Mixed, align 8
  %10 = alloca double, align 8
  %11 = alloca i128, align 16
  %12 = alloca i128, align 16
  %13 = alloca i128, align 16
  %14 = alloca <4 x double>, align 32
  %15 = alloca <4 x double>, align 32
  %16 = alloca <4 x double>, align 32
  %17 = alloca <4 x double>, align 32
  %18 = alloca <4 x double>, align 32
  %19 = alloca <4 x float>, align 16
  %20 = alloca <4 x float>, align 16
  %21 = alloca ptr, align 8
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4
  store ptr %1, ptr %5, align 8
  %22 = getelementptr inbounds [3 x %struct.Mixed], ptr %6, i64 0, i64 0
  call void @copy_mixed(ptr noundef %22, ptr noundef @g_mixed_arr, i32 noundef 3)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %7, ptr align 8 @g_nested, i64 312, i1 false)
  %23 = getelementptr inbounds %struct.Nested, ptr %7, i32 0, i32 0
  %24 = getelementptr inbounds [4 x %struct.Mixed], ptr %23, i64 0, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %24, ptr align 8 @g_mixed, i64 24, i1 false)
  %25 = getelementptr inbounds %struct.Nested, ptr %7, i32 0, i32 4
  %26 = load i32, ptr %4, align 4
  %27 = load i32, ptr %4, align 4
  %28 = sub nsw i32 0, %27
  call void @set_flags(ptr noundef %25, i32 noundef %26, i32 noundef %28)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 8 @__const.main.u, i64 8, i1 false)
  %29 = getelementptr inbounds [3 x %struct.Mixed], ptr %6, i64 0, i64 1
  %30 = getelementptr inbounds %union.Num, ptr %8, i32 0, i32 0
  %31 = load i64, ptr %30, align 8
  call void @by_value(ptr dead_on_unwind writable sret(%struct.Mixed) align 8 %9, ptr noundef byval(%struct.Mixed) align 8 %29, i64 %31)
  %32 = getelementptr inbounds [3 x %struct.Mixed], ptr %6, i64 0, i64 0
  %33 = call double @sum_mixed(ptr noundef %32, i32 noundef 3)
  %34 = call double @matrix_trace(ptr noundef %7)
  %35 = fadd double %33, %34
  %36 = getelementptr inbounds %struct.Mixed, ptr %9, i32 0, i32 1
  %37 = load double, ptr %36, align 8
  %38 = fadd double %35, %37
  %39 = call double @apply_all(double noundef 1.500000e+00, double noundef 2.500000e+00)
  %40 = fadd double %38, %39
  store double %40, ptr %10, align 8
  %41 = load i32, ptr %4, align 4
  %42 = add nsw i32 %41, 2
  %43 = call double @vla_sum(i32 noundef %42, i32 noundef 3)
  %44 = load double, ptr %10, align 8
  %45 = fadd double %44, %43
  store double %45, ptr %10, align 8
  %46 = call x86_fp80 @ld_ops(x86_fp80 noundef 0xK40008000000000000000, x86_fp80 noundef 0xK3FFF8000000000000000)
  %47 = fptrunc x86_fp80 %46 to double
  %48 = load i32, ptr %4, align 4
  %49 = sext i32 %48 to i128
  store i128 %49, ptr %11, align 16
  %50 = getelementptr inbounds { i64, i64 }, ptr %11, i32 0, i32 0
  %51 = load i64, ptr %50, align 16
  %52 = getelementptr inbounds { i64, i64 }, ptr %11, i32 0, i32 1
  %53 = load i64, ptr %52, align 8
  store i128 99, ptr %12, align 16
  %54 = getelementptr inbounds { i64, i64 }, ptr %12, i32 0, i32 0
  %55 = load i64, ptr %54, align 16
  %56 = getelementptr inbounds { i64, i64 }, ptr %12, i32 0, i32 1
  %57 = load i64, ptr %56, align 8
  %58 = call { i64, i64 } @i128_ops(i64 noundef %51, i64 noundef %53, i64 noundef %55, i64 noundef %57)
  %59 = getelementptr inbounds { i64, i64 }, ptr %13, i32 0, i32 0
  %60 = extractvalue { i64, i64 } %58, 0
  store i64 %60, ptr %59, align 16
  %61 = getelementptr inbounds { i64, i64 }, ptr %13, i32 0, i32 1
  %62 = extractvalue { i64, i64 } %58, 1
  store i64 %62, ptr %61, align 8
  %63 = load i128, ptr %13, align 16
  %64 = sitofp i128 %63 to double
  %65 = fadd double %47, %64
  %66 = load double, ptr %10, align 8
  %67 = fadd double %66, %65
  store double %67, ptr %10, align 8
  %68 = load i32, ptr %4, align 4
  %69 = call i32 @computed_goto(i32 noundef %68, i32 noundef 5)
  %70 = sext i32 %69 to i64
  %71 = load i32, ptr %4, align 4
  %72 = sext i32 %71 to i64
  %73 = call i64 @atomics(i64 noundef %72)
  %74 = add nsw i64 %70, %73
  %75 = load i32, ptr %4, align 4
  %76 = call i32 @asm_add(i32 noundef %75, i32 noundef 2)
  %77 = sext i32 %76 to i64
  %78 = add nsw i64 %74, %77
  %79 = load i32, ptr %4, align 4
  %80 = call i32 @classify(i32 noundef %79)
  %81 = sext i32 %80 to i64
  %82 = add nsw i64 %78, %81
  %83 = sitofp i64 %82 to double
  %84 = load double, ptr %10, align 8
  %85 = fadd double %84, %83
  store double %85, ptr %10, align 8
  %86 = load i32, ptr %4, align 4
  %87 = call i32 @alias_fn(i32 noundef %86)
  %88 = load i32, ptr %4, align 4
  %89 = icmp sgt i32 %88, 1
  br i1 %89, label %90, label %94

90:                                               ; preds = %2
  %91 = load ptr, ptr %5, align 8
  %92 = getelementptr inbounds ptr, ptr %91, i64 1
  %93 = load ptr, ptr %92, align 8
  br label %95

94:                                               ; preds = %2
  br label %95

95:                                               ; preds = %94, %90
  %96 = phi ptr [ %93, %90 ], [ @.str.8, %94 ]
  %97 = call i32 @string_stuff(ptr noundef %96)
  %98 = add i32 %87, %97
  %99 = uitofp i32 %98 to float
  %100 = load i32, ptr %4, align 4
  %101 = call float @float_stuff(float noundef 1.500000e+00, double noundef 2.000000e+00, i32 noundef %100, i32 noundef 3)
  %102 = fadd float %99, %101
  %103 = fpext float %102 to double
  %104 = load double, ptr %10, align 8
  %105 = fadd double %104, %103
  store double %105, ptr %10, align 8
  %106 = icmp ne ptr @extern_weak_thing, null
  br i1 %106, label %107, label %112

107:                                              ; preds = %95
  %108 = call i32 @extern_weak_thing(i32 noundef 1)
  %109 = sitofp i32 %108 to double
  %110 = load double, ptr %10, align 8
  %111 = fadd double %110, %109
  store double %111, ptr %10, align 8
  br label %112

112:                                              ; preds = %107, %95
  store <4 x double> <double 1.000000e+00, double 2.000000e+00, double 3.000000e+00, double 4.000000e+00>, ptr %14, align 32
  %113 = load <4 x double>, ptr %14, align 32
  %114 = load <4 x double>, ptr %14, align 32
  %115 = load <4 x double>, ptr %14, align 32
  store <4 x double> %113, ptr %16, align 32
  store <4 x double> %114, ptr %17, align 32
  store <4 x double> %115, ptr %18, align 32
  %116 = call <4 x double> @vec_fma(ptr noundef byval(<4 x double>) align 32 %16, ptr noundef byval(<4 x double>) align 32 %17, ptr noundef byval(<4 x double>) align 32 %18)
  store <4 x double> %116, ptr %15, align 32
  %117 = load <4 x double>, ptr %15, align 32
  %118 = extractelement <4 x double> %117, i32 0
  %119 = load <4 x double>, ptr %15, align 32
  %120 = extractelement <4 x double> %119, i32 3
  %121 = fadd double %118, %120
  store <4 x float> <float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00>, ptr %19, align 16
  %122 = load <4 x float>, ptr %19, align 16
  store <4 x float> <float 5.000000e+00, float 6.000000e+00, float 7.000000e+00, float 8.000000e+00>, ptr %20, align 16
  %123 = load <4 x float>, ptr %20, align 16
  %124 = call <4 x float> @vec_shuffle(<4 x float> noundef %122, <4 x float> noundef %123)
  %125 = load i32, ptr %4, align 4
  %126 = and i32 %125, 3
  %127 = call float @vec_extract(<4 x float> noundef %124, i32 noundef %126)
  %128 = fpext float %127 to double
  %129 = fadd double %121, %128
  %130 = load double, ptr %10, align 8
  %131 = fadd double %130, %129
  store double %131, ptr %10, align 8
  call void @asm_barrier()
  %132 = load i32, ptr %4, align 4
  %133 = load double, ptr %10, align 8
  %134 = call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @tls_var)
  %135 = load i32, ptr %134, align 4
  %136 = sext i32 %135 to i64
  %137 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @tls_static)
  %138 = load i64, ptr %137, align 8
  %139 = add nsw i64 %136, %138
  %140 = call i32 (ptr, ...) @logf_va(ptr noundef @.str.9, i32 noundef %132, double noundef %133, i64 noundef %139)
  %141 = load i32, ptr %4, align 4
  %142 = srem i32 %141, 3
  %143 = call ptr @color_name(i32 noundef %142)
  %144 = load double, ptr %10, align 8
  %145 = load i32, ptr %4, align 4
  %146 = sext i32 %145 to i64
  %147 = getelementptr inbounds [128 x i32], ptr @g_zero_arr, i64 0, i64 %146
  %148 = load i32, ptr %147, align 4
  %149 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, ptr noundef %143, ptr noundef @g_str_buf, double noundef %144, i32 noundef %148)
  %150 = call noalias ptr @malloc(i64 noundef 16) #12
  store ptr %150, ptr %21, align 8
  %151 = load ptr, ptr %21, align 8
  call void @free(ptr noundef %151) #10
  %152 = load double, ptr %10, align 8
  %153 = fptosi double %152 to i32
  %154 = and i32 %153, 127
  ret i32 %154
}

declare extern_weak i32 @extern_weak_thing(i32 noundef) #4

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #9

; Function Attrs: nounwind
declare void @free(ptr noundef) #7

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nosync nounwind willreturn }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="256" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="128" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { nounwind }
attributes #11 = { nounwind willreturn memory(read) }
attributes #12 = { nounwind allocsize(0) }

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
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
!15 = !{i64 4114}
!16 = !{i64 4262}
!17 = distinct !{!17, !7}
!18 = distinct !{!18, !7}
!19 = distinct !{!19, !7}
!20 = distinct !{!20, !7}
!21 = distinct !{!21, !7}
