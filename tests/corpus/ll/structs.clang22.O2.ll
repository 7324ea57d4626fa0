; ModuleID = 'src/structs.c'
source_filename = "src/structs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Mixed = type { i64, double, float, i32 }
%union.Num = type { i64 }
%struct.__va_list_tag = type { i32, i32, ptr, ptr }

@g_counter = dso_local global i32 42, align 4
@.str = private unnamed_addr constant [25 x i8] c"hello, \22irpass\22\0A\09\\ world\00", align 1
@g_greeting = dso_local local_unnamed_addr global ptr @.str, align 8
@g_mixed = dso_local local_unnamed_addr global %struct.Mixed { i64 7, double 3.140000e+00, float 2.500000e+00, i32 6 }, align 8
@g_mixed_arr = dso_local local_unnamed_addr global [3 x %struct.Mixed] [%struct.Mixed { i64 1, double 1.000000e+00, float 1.000000e+00, i32 0 }, %struct.Mixed { i64 2, double 2.000000e+00, float 2.000000e+00, i32 5 }, %struct.Mixed zeroinitializer], align 16
@.str.1 = private unnamed_addr constant [7 x i8] c"nested\00", align 1
@g_nested = dso_local local_unnamed_addr global { [4 x %struct.Mixed], [3 x [4 x double]], [2 x [3 x [4 x i32]]], %union.Num, { i8, i8, i8, i8, i8, i8, i8, i8 }, ptr } { [4 x %struct.Mixed] zeroinitializer, [3 x [4 x double]] [[4 x double] [double 1.000000e+00, double 2.000000e+00, double 0.000000e+00, double 0.000000e+00], [4 x double] [double 3.000000e+00, double 0.000000e+00, double 0.000000e+00, double 0.000000e+00], [4 x double] zeroinitializer], [2 x [3 x [4 x i32]]] zeroinitializer, %union.Num zeroinitializer, { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 17, i8 -3, i8 28, i8 24, i8 0, i8 0, i8 0, i8 0 }, ptr @.str.1 }, align 8
@g_ld = dso_local local_unnamed_addr global x86_fp80 0xK3FFFA000000000000000, align 16
@g_big = dso_local local_unnamed_addr global i128 1267650600228229401496703205393, align 16
@tls_var = dso_local thread_local local_unnamed_addr global i32 3, align 4
@g_str_buf = dso_local global [15 x i8] c"mutable string\00", align 1
@g_ops = dso_local local_unnamed_addr global [3 x ptr] [ptr @add, ptr @mul, ptr @sub], align 16
@g_table = internal unnamed_addr constant [5 x double] [double 1.000000e+00, double 2.500000e+00, double -3.250000e+00, double 1.000000e+10, double 1.000000e-01], align 16
@.str.2 = private unnamed_addr constant [18 x i8] c"logf_va(%s) = %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"red\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c"green\00", align 1
@.str.5 = private unnamed_addr constant [5 x i8] c"blue\00", align 1
@.str.6 = private unnamed_addr constant [2 x i8] c"?\00", align 1
@g_atomic_counter = dso_local global i64 0, align 8
@computed_goto.table = internal unnamed_addr constant [4 x ptr] [ptr blockaddress(@computed_goto, %10), ptr blockaddress(@computed_goto, %23), ptr blockaddress(@computed_goto, %28), ptr blockaddress(@computed_goto, %31)], align 16
@g_ubig = dso_local local_unnamed_addr global i128 0, align 16
@.str.8 = private unnamed_addr constant [2 x i8] c"x\00", align 1
@.str.9 = private unnamed_addr constant [4 x i8] c"dfl\00", align 1
@.str.10 = private unnamed_addr constant [13 x i8] c"%s %s %f %d\0A\00", align 1
@g_zero_arr = dso_local local_unnamed_addr global [128 x i32] zeroinitializer, align 16
@switch.table.color_name.rel = private unnamed_addr constant [7 x i32] [i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.3 to i64), i64 ptrtoint (ptr @switch.table.color_name.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.6 to i64), i64 ptrtoint (ptr @switch.table.color_name.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.6 to i64), i64 ptrtoint (ptr @switch.table.color_name.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.6 to i64), i64 ptrtoint (ptr @switch.table.color_name.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.6 to i64), i64 ptrtoint (ptr @switch.table.color_name.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.4 to i64), i64 ptrtoint (ptr @switch.table.color_name.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.5 to i64), i64 ptrtoint (ptr @switch.table.color_name.rel to i64)) to i32)], align 4

@alias_fn = dso_local alias i32 (i32), ptr @real_impl

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal noundef double @add(double noundef %0, double noundef %1) #0 {
  %3 = fadd double %0, %1
  ret double %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal noundef double @mul(double noundef %0, double noundef %1) #0 {
  %3 = fmul double %0, %1
  ret double %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal noundef double @sub(double noundef %0, double noundef %1) #0 {
  %3 = fsub double %0, %1
  ret double %3
}

; Function Attrs: nounwind uwtable
define weak dso_local i32 @weak_fn(i32 noundef %0) local_unnamed_addr #1 {
  %2 = add nsw i32 %0, 1
  ret i32 %2
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define hidden range(i32 -2147483648, 2147483647) i32 @hidden_fn(i32 noundef %0) local_unnamed_addr #0 {
  %2 = shl nsw i32 %0, 1
  ret i32 %2
}

; Function Attrs: nounwind uwtable
define dso_local i32 @real_impl(i32 noundef %0) #1 {
  %2 = tail call fastcc i32 @static_fn(i32 noundef %0)
  %3 = shl nsw i32 %0, 1
  %4 = add nsw i32 %2, %3
  %5 = tail call i32 @weak_fn(i32 noundef %0)
  %6 = add nsw i32 %4, %5
  ret i32 %6
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define internal fastcc range(i32 -2147483648, 2147483645) i32 @static_fn(i32 noundef %0) unnamed_addr #2 {
  %2 = add nsw i32 %0, -3
  ret i32 %2
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local double @sum_mixed(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #3 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %6

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  br label %8

6:                                                ; preds = %8, %2
  %7 = phi double [ 0.000000e+00, %2 ], [ %30, %8 ]
  ret double %7

8:                                                ; preds = %4, %8
  %9 = phi i64 [ 0, %4 ], [ %31, %8 ]
  %10 = phi double [ 0.000000e+00, %4 ], [ %30, %8 ]
  %11 = getelementptr inbounds nuw %struct.Mixed, ptr %0, i64 %9
  %12 = load i64, ptr %11, align 8, !tbaa !9
  %13 = sitofp i64 %12 to double
  %14 = getelementptr inbounds nuw i8, ptr %11, i64 8
  %15 = load double, ptr %14, align 8, !tbaa !14
  %16 = getelementptr inbounds nuw i8, ptr %11, i64 16
  %17 = load float, ptr %16, align 8, !tbaa !15
  %18 = fpext float %17 to double
  %19 = tail call double @llvm.fmuladd.f64(double %15, double %18, double %13)
  %20 = getelementptr inbounds nuw i8, ptr %11, i64 20
  %21 = load i32, ptr %20, align 4, !tbaa !16
  %22 = sitofp i32 %21 to double
  %23 = fadd double %19, %22
  %24 = trunc nuw nsw i64 %9 to i32
  %25 = urem i32 %24, 5
  %26 = zext nneg i32 %25 to i64
  %27 = getelementptr inbounds nuw double, ptr @g_table, i64 %26
  %28 = load double, ptr %27, align 8, !tbaa !17
  %29 = fadd double %28, %23
  %30 = fadd double %10, %29
  %31 = add nuw nsw i64 %9, 1
  %32 = icmp eq i64 %31, %5
  br i1 %32, label %6, label %8, !llvm.loop !18
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #4

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @copy_mixed(ptr noundef writeonly captures(none) %0, ptr noundef readonly captures(none) %1, i32 noundef %2) local_unnamed_addr #6 {
  %4 = sext i32 %2 to i64
  %5 = mul nsw i64 %4, 24
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 8 %0, ptr align 8 %1, i64 %5, i1 false)
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #7

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @by_value(ptr dead_on_unwind noalias writable sret(%struct.Mixed) align 8 captures(none) initializes((0, 24)) %0, ptr noundef readonly byval(%struct.Mixed) align 8 captures(none) %1, i64 %2) local_unnamed_addr #6 {
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef nonnull align 8 dereferenceable(24) %1, i64 24, i1 false), !tbaa.struct !20
  %4 = bitcast i64 %2 to double
  %5 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %6 = load double, ptr %5, align 8, !tbaa !14
  %7 = fadd double %6, %4
  store double %7, ptr %5, align 8, !tbaa !14
  %8 = trunc i64 %2 to i32
  %9 = lshr i32 %8, 24
  %10 = getelementptr inbounds nuw i8, ptr %0, i64 20
  %11 = load i32, ptr %10, align 4, !tbaa !16
  %12 = xor i32 %11, %9
  store i32 %12, ptr %10, align 4, !tbaa !16
  ret void
}

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @logf_va(ptr noundef %0, ...) local_unnamed_addr #8 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #27
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = load i32, ptr %2, align 16
  %4 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %5 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %6 = load ptr, ptr %5, align 16
  %7 = getelementptr inbounds nuw i8, ptr %2, i64 4
  %8 = load ptr, ptr %4, align 8
  %9 = load i32, ptr %7, align 4
  br label %10

10:                                               ; preds = %63, %1
  %11 = phi i32 [ %9, %1 ], [ %64, %63 ]
  %12 = phi ptr [ %8, %1 ], [ %65, %63 ]
  %13 = phi i32 [ %3, %1 ], [ %66, %63 ]
  %14 = phi i32 [ 0, %1 ], [ %67, %63 ]
  %15 = phi ptr [ %0, %1 ], [ %68, %63 ]
  %16 = load i8, ptr %15, align 1, !tbaa !23
  switch i8 %16, label %63 [
    i8 0, label %17
    i8 100, label %19
    i8 102, label %33
    i8 108, label %48
  ]

17:                                               ; preds = %10
  call void @llvm.va_end.p0(ptr nonnull %2)
  %18 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, ptr noundef %0, i32 noundef %14)
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #27
  ret i32 %14

19:                                               ; preds = %10
  %20 = icmp ult i32 %13, 41
  br i1 %20, label %21, label %25

21:                                               ; preds = %19
  %22 = zext nneg i32 %13 to i64
  %23 = getelementptr i8, ptr %6, i64 %22
  %24 = add nuw nsw i32 %13, 8
  store i32 %24, ptr %2, align 16
  br label %27

25:                                               ; preds = %19
  %26 = getelementptr i8, ptr %12, i64 8
  store ptr %26, ptr %4, align 8
  br label %27

27:                                               ; preds = %25, %21
  %28 = phi ptr [ %12, %21 ], [ %26, %25 ]
  %29 = phi i32 [ %24, %21 ], [ %13, %25 ]
  %30 = phi ptr [ %23, %21 ], [ %12, %25 ]
  %31 = load i32, ptr %30, align 4, !tbaa !5
  %32 = add nsw i32 %31, %14
  br label %63

33:                                               ; preds = %10
  %34 = icmp ult i32 %11, 161
  br i1 %34, label %35, label %39

35:                                               ; preds = %33
  %36 = zext nneg i32 %11 to i64
  %37 = getelementptr i8, ptr %6, i64 %36
  %38 = add nuw nsw i32 %11, 16
  store i32 %38, ptr %7, align 4
  br label %41

39:                                               ; preds = %33
  %40 = getelementptr i8, ptr %12, i64 8
  store ptr %40, ptr %4, align 8
  br label %41

41:                                               ; preds = %39, %35
  %42 = phi i32 [ %38, %35 ], [ %11, %39 ]
  %43 = phi ptr [ %12, %35 ], [ %40, %39 ]
  %44 = phi ptr [ %37, %35 ], [ %12, %39 ]
  %45 = load double, ptr %44, align 8, !tbaa !17
  %46 = fptosi double %45 to i32
  %47 = add nsw i32 %14, %46
  br label %63

48:                                               ; preds = %10
  %49 = icmp ult i32 %13, 41
  br i1 %49, label %50, label %54

50:                                               ; preds = %48
  %51 = zext nneg i32 %13 to i64
  %52 = getelementptr i8, ptr %6, i64 %51
  %53 = add nuw nsw i32 %13, 8
  store i32 %53, ptr %2, align 16
  br label %56

54:                                               ; preds = %48
  %55 = getelementptr i8, ptr %12, i64 8
  store ptr %55, ptr %4, align 8
  br label %56

56:                                               ; preds = %54, %50
  %57 = phi ptr [ %12, %50 ], [ %55, %54 ]
  %58 = phi i32 [ %53, %50 ], [ %13, %54 ]
  %59 = phi ptr [ %52, %50 ], [ %12, %54 ]
  %60 = load i64, ptr %59, align 8, !tbaa !21
  %61 = trunc i64 %60 to i32
  %62 = add nsw i32 %14, %61
  br label %63

63:                                               ; preds = %10, %27, %56, %41
  %64 = phi i32 [ %11, %27 ], [ %42, %41 ], [ %11, %56 ], [ %11, %10 ]
  %65 = phi ptr [ %28, %27 ], [ %43, %41 ], [ %57, %56 ], [ %12, %10 ]
  %66 = phi i32 [ %29, %27 ], [ %13, %41 ], [ %58, %56 ], [ %13, %10 ]
  %67 = phi i32 [ %32, %27 ], [ %47, %41 ], [ %62, %56 ], [ %14, %10 ]
  %68 = getelementptr inbounds nuw i8, ptr %15, i64 1
  br label %10, !llvm.loop !24
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #9

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #9

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #10

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef nonnull ptr @color_name(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp ult i32 %0, 7
  br i1 %2, label %3, label %7

3:                                                ; preds = %1
  %4 = zext nneg i32 %0 to i64
  %5 = shl i64 %4, 2
  %6 = call ptr @llvm.load.relative.i64(ptr @switch.table.color_name.rel, i64 %5)
  br label %7

7:                                                ; preds = %1, %3
  %8 = phi ptr [ %6, %3 ], [ @.str.6, %1 ]
  ret ptr %8
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local range(i32 3, 0) i32 @classify(i32 noundef %0) local_unnamed_addr #0 {
  switch i32 %0, label %6 [
    i32 0, label %7
    i32 1, label %2
    i32 2, label %2
    i32 7, label %3
    i32 100, label %4
    i32 -5, label %5
  ]

2:                                                ; preds = %1, %1
  br label %7

3:                                                ; preds = %1
  br label %7

4:                                                ; preds = %1
  br label %7

5:                                                ; preds = %1
  br label %7

6:                                                ; preds = %1
  br label %7

7:                                                ; preds = %1, %6, %5, %4, %3, %2
  %8 = phi i32 [ %0, %6 ], [ 55, %5 ], [ 20, %2 ], [ 21, %3 ], [ -1, %4 ], [ 10, %1 ]
  ret i32 %8
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local double @matrix_trace(ptr noundef readonly captures(none) %0) local_unnamed_addr #11 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 96
  %3 = load double, ptr %2, align 8, !tbaa !17
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 136
  %5 = load double, ptr %4, align 8, !tbaa !17
  %6 = getelementptr inbounds nuw i8, ptr %0, i64 176
  %7 = load double, ptr %6, align 8, !tbaa !17
  %8 = fadd double %3, 0.000000e+00
  %9 = fadd double %8, %5
  %10 = fadd double %9, %7
  %11 = getelementptr inbounds nuw i8, ptr %0, i64 192
  %12 = load <24 x i32>, ptr %11, align 8, !tbaa !5
  %13 = tail call i32 @llvm.vector.reduce.add.v24i32(<24 x i32> %12)
  %14 = sitofp i32 %13 to double
  %15 = fadd double %10, %14
  %16 = getelementptr inbounds nuw i8, ptr %0, i64 296
  %17 = load i64, ptr %16, align 8
  %18 = trunc i64 %17 to i32
  %19 = and i32 %18, 7
  %20 = uitofp nneg i32 %19 to double
  %21 = fadd double %15, %20
  %22 = lshr i32 %18, 3
  %23 = and i32 %22, 31
  %24 = uitofp nneg i32 %23 to double
  %25 = fadd double %21, %24
  %26 = shl i64 %17, 49
  %27 = ashr i64 %26, 57
  %28 = trunc nsw i64 %27 to i32
  %29 = sitofp i32 %28 to double
  %30 = fadd double %25, %29
  %31 = lshr i64 %17, 15
  %32 = and i64 %31, 1099511627775
  %33 = uitofp nneg i64 %32 to double
  %34 = fadd double %30, %33
  ret double %34
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @set_flags(ptr noundef captures(none) %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #6 {
  %4 = zext i32 %1 to i64
  %5 = load i64, ptr %0, align 8
  %6 = and i64 %4, 7
  %7 = and i64 %5, -36028797018963968
  %8 = shl i32 %1, 4
  %9 = and i32 %8, 240
  %10 = zext nneg i32 %9 to i64
  %11 = shl i32 %2, 8
  %12 = shl i64 %4, 45
  %13 = and i64 %12, 35993612646875136
  %14 = and i32 %11, 32512
  %15 = zext nneg i32 %14 to i64
  %16 = or disjoint i64 %6, %10
  %17 = or disjoint i64 %16, %13
  %18 = or disjoint i64 %17, %15
  %19 = or disjoint i64 %18, %7
  store i64 %19, ptr %0, align 8
  ret void
}

; Function Attrs: nounwind uwtable
define dso_local double @apply(ptr noundef readonly captures(none) %0, double noundef %1, double noundef %2) local_unnamed_addr #1 {
  %4 = tail call double %0(double noundef %1, double noundef %2) #27
  ret double %4
}

; Function Attrs: nounwind uwtable
define dso_local double @apply_all(double noundef %0, double noundef %1) local_unnamed_addr #1 {
  %3 = load ptr, ptr @g_ops, align 16, !tbaa !25
  %4 = tail call double %3(double noundef %0, double noundef %1) #27
  %5 = fadd double %4, 0.000000e+00
  %6 = load ptr, ptr getelementptr inbounds nuw (i8, ptr @g_ops, i64 8), align 8, !tbaa !25
  %7 = tail call double %6(double noundef %0, double noundef %1) #27
  %8 = fadd double %5, %7
  %9 = load ptr, ptr getelementptr inbounds nuw (i8, ptr @g_ops, i64 16), align 16, !tbaa !25
  %10 = tail call double %9(double noundef %0, double noundef %1) #27
  %11 = fadd double %8, %10
  ret double %11
}

; Function Attrs: nounwind uwtable
define dso_local i32 @asm_add(i32 noundef %0, i32 noundef %1) local_unnamed_addr #1 {
  %3 = tail call i32 asm sideeffect "leal ($1,$2), $0", "=r,r,r,~{cc},~{dirflag},~{fpsr},~{flags}"(i32 %0, i32 %1) #27, !srcloc !27
  ret i32 %3
}

; Function Attrs: nounwind uwtable
define dso_local void @asm_barrier() local_unnamed_addr #1 {
  tail call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"() #27, !srcloc !28
  ret void
}

; Function Attrs: mustprogress nofree norecurse nounwind willreturn uwtable
define dso_local i64 @atomics(i64 noundef %0) local_unnamed_addr #12 {
  %2 = atomicrmw add ptr @g_atomic_counter, i64 %0 seq_cst, align 8
  %3 = trunc i64 %0 to i32
  %4 = atomicrmw xchg ptr @g_counter, i32 %3 seq_cst, align 4
  %5 = cmpxchg ptr @g_counter, i32 5, i32 9 acq_rel acquire, align 4
  %6 = sext i32 %4 to i64
  %7 = load atomic i64, ptr @g_atomic_counter acquire, align 8
  %8 = load atomic i32, ptr @g_counter acquire, align 4
  %9 = sext i32 %8 to i64
  %10 = tail call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @tls_var)
  store atomic i32 1, ptr %10 release, align 4
  %11 = atomicrmw sub ptr @g_counter, i32 1 monotonic, align 4
  fence seq_cst
  %12 = load atomic i64, ptr @g_atomic_counter seq_cst, align 8
  %13 = add i64 %7, %6
  %14 = add i64 %13, %9
  %15 = add nsw i64 %14, %12
  ret i64 %15
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare nonnull ptr @llvm.threadlocal.address.p0(ptr nonnull) #13

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local <4 x double> @vec_fma(ptr noundef readonly byval(<4 x double>) align 32 captures(none) %0, ptr noundef readonly byval(<4 x double>) align 32 captures(none) %1, ptr noundef readonly byval(<4 x double>) align 32 captures(none) %2) local_unnamed_addr #14 {
  %4 = load <4 x double>, ptr %0, align 32, !tbaa !23
  %5 = load <4 x double>, ptr %1, align 32, !tbaa !23
  %6 = load <4 x double>, ptr %2, align 32, !tbaa !23
  %7 = tail call <4 x double> @llvm.fmuladd.v4f64(<4 x double> %4, <4 x double> %5, <4 x double> %6)
  ret <4 x double> %7
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x double> @llvm.fmuladd.v4f64(<4 x double>, <4 x double>, <4 x double>) #5

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef <4 x float> @vec_shuffle(<4 x float> noundef %0, <4 x float> noundef %1) local_unnamed_addr #15 {
  %3 = shufflevector <4 x float> %0, <4 x float> %1, <4 x i32> <i32 0, i32 5, i32 2, i32 7>
  ret <4 x float> %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local <8 x i32> @vec_cmp(ptr noundef readonly byval(<8 x i32>) align 32 captures(none) %0, ptr noundef readonly byval(<8 x i32>) align 32 captures(none) %1) local_unnamed_addr #14 {
  %3 = load <8 x i32>, ptr %0, align 32, !tbaa !23
  %4 = load <8 x i32>, ptr %1, align 32, !tbaa !23
  %5 = icmp sgt <8 x i32> %3, %4
  %6 = xor <8 x i32> %4, %3
  %7 = select <8 x i1> %5, <8 x i32> %6, <8 x i32> zeroinitializer
  ret <8 x i32> %7
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local float @vec_extract(<4 x float> noundef %0, i32 noundef %1) local_unnamed_addr #15 {
  %3 = extractelement <4 x float> %0, i32 %1
  %4 = extractelement <4 x float> %0, i64 2
  %5 = fadd float %4, %3
  ret float %5
}

; Function Attrs: nofree norecurse nosync nounwind memory(none) uwtable
define dso_local i32 @computed_goto(i32 noundef %0, i32 noundef %1) local_unnamed_addr #16 {
  %3 = and i32 %0, 3
  %4 = zext nneg i32 %3 to i64
  %5 = getelementptr inbounds nuw ptr, ptr @computed_goto.table, i64 %4
  %6 = load ptr, ptr %5, align 8, !tbaa !25
  %7 = xor i32 %3, 2
  %8 = zext nneg i32 %7 to i64
  %9 = getelementptr inbounds nuw ptr, ptr @computed_goto.table, i64 %8
  br label %33

10:                                               ; preds = %33
  %11 = add nsw i32 %34, 1
  %12 = icmp sgt i32 %35, 1
  br i1 %12, label %13, label %31

13:                                               ; preds = %10
  %14 = add i32 %11, %0
  %15 = and i32 %14, 3
  %16 = zext nneg i32 %15 to i64
  %17 = getelementptr inbounds nuw ptr, ptr @computed_goto.table, i64 %16
  %18 = load ptr, ptr %17, align 8, !tbaa !25
  br label %19

19:                                               ; preds = %28, %13, %26
  %20 = phi i32 [ %11, %13 ], [ %24, %26 ], [ %29, %28 ]
  %21 = phi ptr [ %18, %13 ], [ %27, %26 ], [ blockaddress(@computed_goto, %10), %28 ]
  %22 = add nsw i32 %35, -1
  br label %33

23:                                               ; preds = %33
  %24 = add nsw i32 %34, -1
  %25 = icmp sgt i32 %35, 1
  br i1 %25, label %26, label %31

26:                                               ; preds = %23
  %27 = load ptr, ptr %9, align 8, !tbaa !25
  br label %19

28:                                               ; preds = %33
  %29 = shl nsw i32 %34, 1
  %30 = icmp sgt i32 %35, 1
  br i1 %30, label %19, label %31

31:                                               ; preds = %28, %23, %10, %33
  %32 = phi i32 [ %11, %10 ], [ %24, %23 ], [ %29, %28 ], [ %34, %33 ]
  ret i32 %32

33:                                               ; preds = %19, %2
  %34 = phi i32 [ 0, %2 ], [ %20, %19 ]
  %35 = phi i32 [ %1, %2 ], [ %22, %19 ]
  %36 = phi ptr [ %6, %2 ], [ %21, %19 ]
  indirectbr ptr %36, [label %10, label %23, label %28, label %31]
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local x86_fp80 @ld_ops(x86_fp80 noundef %0, x86_fp80 noundef %1) local_unnamed_addr #17 {
  %3 = load x86_fp80, ptr @g_ld, align 16, !tbaa !29
  %4 = fsub x86_fp80 %0, %1
  %5 = fdiv x86_fp80 %3, %4
  %6 = tail call x86_fp80 @llvm.fmuladd.f80(x86_fp80 %0, x86_fp80 %1, x86_fp80 %5)
  ret x86_fp80 %6
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare x86_fp80 @llvm.fmuladd.f80(x86_fp80, x86_fp80, x86_fp80) #5

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local i128 @i128_ops(i128 noundef %0, i128 noundef %1) local_unnamed_addr #18 {
  %3 = mul i128 %1, 3
  store i128 %3, ptr @g_ubig, align 16, !tbaa !31
  %4 = mul nsw i128 %1, %0
  %5 = ashr i128 %0, 7
  %6 = add nsw i128 %4, %5
  %7 = load i128, ptr @g_big, align 16, !tbaa !31
  %8 = srem i128 %7, 1000
  %9 = sub i128 %6, %8
  ret i128 %9
}

; Function Attrs: nofree norecurse nosync nounwind memory(none) uwtable
define dso_local double @vla_sum(i32 noundef %0, i32 noundef %1) local_unnamed_addr #16 {
  %3 = zext i32 %0 to i64
  %4 = zext i32 %1 to i64
  %5 = mul nuw i64 %4, %3
  %6 = alloca double, i64 %5, align 16
  %7 = sext i32 %0 to i64
  %8 = shl nsw i64 %7, 3
  %9 = alloca i8, i64 %8, align 16
  %10 = icmp sgt i32 %0, 0
  br i1 %10, label %11, label %71

11:                                               ; preds = %2
  %12 = icmp sgt i32 %1, 0
  %13 = icmp ult i32 %1, 4
  %14 = and i64 %4, 2147483644
  %15 = icmp eq i64 %14, %4
  br label %23

16:                                               ; preds = %52
  %17 = icmp sgt i32 %1, 0
  %18 = and i64 %4, 3
  %19 = icmp ult i32 %1, 4
  %20 = and i64 %4, 2147483644
  %21 = icmp eq i64 %18, 0
  %22 = icmp ne i64 %18, 0
  br label %63

23:                                               ; preds = %11, %52
  %24 = phi i64 [ 0, %11 ], [ %53, %52 ]
  %25 = trunc nuw nsw i64 %24 to i32
  %26 = uitofp nneg i32 %25 to double
  %27 = getelementptr inbounds nuw double, ptr %9, i64 %24
  store double %26, ptr %27, align 8, !tbaa !17
  br i1 %12, label %28, label %52

28:                                               ; preds = %23
  %29 = mul nuw nsw i64 %24, %4
  %30 = getelementptr inbounds nuw double, ptr %6, i64 %29
  br i1 %13, label %50, label %31

31:                                               ; preds = %28
  %32 = insertelement <2 x i64> poison, i64 %29, i64 0
  %33 = shufflevector <2 x i64> %32, <2 x i64> poison, <2 x i32> zeroinitializer
  %34 = add <2 x i64> splat (i64 2), %33
  br label %35

35:                                               ; preds = %35, %31
  %36 = phi i64 [ 0, %31 ], [ %46, %35 ]
  %37 = phi <2 x i64> [ <i64 0, i64 1>, %31 ], [ %47, %35 ]
  %38 = add nuw nsw <2 x i64> %37, %33
  %39 = add <2 x i64> %37, %34
  %40 = trunc nuw <2 x i64> %38 to <2 x i32>
  %41 = trunc nuw <2 x i64> %39 to <2 x i32>
  %42 = sitofp <2 x i32> %40 to <2 x double>
  %43 = sitofp <2 x i32> %41 to <2 x double>
  %44 = getelementptr inbounds nuw double, ptr %30, i64 %36
  %45 = getelementptr inbounds nuw i8, ptr %44, i64 16
  store <2 x double> %42, ptr %44, align 8, !tbaa !17
  store <2 x double> %43, ptr %45, align 8, !tbaa !17
  %46 = add nuw i64 %36, 4
  %47 = add <2 x i64> %37, splat (i64 4)
  %48 = icmp eq i64 %46, %14
  br i1 %48, label %49, label %35, !llvm.loop !33

49:                                               ; preds = %35
  br i1 %15, label %52, label %50

50:                                               ; preds = %28, %49
  %51 = phi i64 [ 0, %28 ], [ %14, %49 ]
  br label %55

52:                                               ; preds = %55, %49, %23
  %53 = add nuw nsw i64 %24, 1
  %54 = icmp eq i64 %53, %3
  br i1 %54, label %16, label %23, !llvm.loop !36

55:                                               ; preds = %50, %55
  %56 = phi i64 [ %61, %55 ], [ %51, %50 ]
  %57 = add nuw nsw i64 %56, %29
  %58 = trunc nuw i64 %57 to i32
  %59 = sitofp i32 %58 to double
  %60 = getelementptr inbounds nuw double, ptr %30, i64 %56
  store double %59, ptr %60, align 8, !tbaa !17
  %61 = add nuw nsw i64 %56, 1
  %62 = icmp eq i64 %61, %4
  br i1 %62, label %52, label %55, !llvm.loop !37

63:                                               ; preds = %16, %87
  %64 = phi i64 [ 0, %16 ], [ %89, %87 ]
  %65 = phi double [ 0.000000e+00, %16 ], [ %88, %87 ]
  br i1 %17, label %66, label %87

66:                                               ; preds = %63
  %67 = mul nuw nsw i64 %64, %4
  %68 = getelementptr inbounds nuw double, ptr %6, i64 %67
  %69 = getelementptr inbounds nuw double, ptr %9, i64 %64
  %70 = load double, ptr %69, align 8, !tbaa !17
  br i1 %19, label %74, label %91

71:                                               ; preds = %87, %2
  %72 = phi double [ 0.000000e+00, %2 ], [ %88, %87 ]
  ret double %72

73:                                               ; preds = %91
  br i1 %21, label %87, label %74

74:                                               ; preds = %73, %66
  %75 = phi i64 [ 0, %66 ], [ %110, %73 ]
  %76 = phi double [ %65, %66 ], [ %109, %73 ]
  tail call void @llvm.assume(i1 %22)
  br label %77

77:                                               ; preds = %77, %74
  %78 = phi i64 [ %75, %74 ], [ %84, %77 ]
  %79 = phi double [ %76, %74 ], [ %83, %77 ]
  %80 = phi i64 [ 0, %74 ], [ %85, %77 ]
  %81 = getelementptr inbounds nuw double, ptr %68, i64 %78
  %82 = load double, ptr %81, align 8, !tbaa !17
  %83 = tail call double @llvm.fmuladd.f64(double %82, double %70, double %79)
  %84 = add nuw nsw i64 %78, 1
  %85 = add i64 %80, 1
  %86 = icmp eq i64 %85, %18
  br i1 %86, label %87, label %77, !llvm.loop !38

87:                                               ; preds = %73, %77, %63
  %88 = phi double [ %65, %63 ], [ %109, %73 ], [ %83, %77 ]
  %89 = add nuw nsw i64 %64, 1
  %90 = icmp eq i64 %89, %3
  br i1 %90, label %71, label %63, !llvm.loop !40

91:                                               ; preds = %66, %91
  %92 = phi i64 [ %110, %91 ], [ 0, %66 ]
  %93 = phi double [ %109, %91 ], [ %65, %66 ]
  %94 = phi i64 [ %111, %91 ], [ 0, %66 ]
  %95 = getelementptr inbounds nuw double, ptr %68, i64 %92
  %96 = load double, ptr %95, align 8, !tbaa !17
  %97 = tail call double @llvm.fmuladd.f64(double %96, double %70, double %93)
  %98 = getelementptr inbounds nuw double, ptr %68, i64 %92
  %99 = getelementptr inbounds nuw i8, ptr %98, i64 8
  %100 = load double, ptr %99, align 8, !tbaa !17
  %101 = tail call double @llvm.fmuladd.f64(double %100, double %70, double %97)
  %102 = getelementptr inbounds nuw double, ptr %68, i64 %92
  %103 = getelementptr inbounds nuw i8, ptr %102, i64 16
  %104 = load double, ptr %103, align 8, !tbaa !17
  %105 = tail call double @llvm.fmuladd.f64(double %104, double %70, double %101)
  %106 = getelementptr inbounds nuw double, ptr %68, i64 %92
  %107 = getelementptr inbounds nuw i8, ptr %106, i64 24
  %108 = load double, ptr %107, align 8, !tbaa !17
  %109 = tail call double @llvm.fmuladd.f64(double %108, double %70, double %105)
  %110 = add nuw nsw i64 %92, 4
  %111 = add i64 %94, 4
  %112 = icmp eq i64 %111, %20
  br i1 %112, label %73, label %91, !llvm.loop !41
}

; Function Attrs: nofree norecurse nounwind memory(read, argmem: readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local i32 @string_stuff(ptr noundef readonly captures(none) %0) local_unnamed_addr #19 {
  %2 = alloca [64 x i8], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #27
  %3 = call ptr @strncpy(ptr noundef nonnull dereferenceable(1) %2, ptr noundef nonnull dereferenceable(1) %0, i64 noundef 63) #27
  %4 = getelementptr inbounds nuw i8, ptr %2, i64 63
  store i8 0, ptr %4, align 1, !tbaa !23
  %5 = call i64 @strlen(ptr nonnull dereferenceable(1) %2)
  %6 = getelementptr inbounds i8, ptr %2, i64 %5
  store i16 33, ptr %6, align 1
  %7 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %2) #28
  %8 = icmp eq i64 %7, 0
  br i1 %8, label %35, label %9

9:                                                ; preds = %1
  %10 = and i64 %7, 3
  %11 = icmp ult i64 %7, 4
  br i1 %11, label %16, label %12

12:                                               ; preds = %9
  %13 = and i64 %7, -4
  br label %41

14:                                               ; preds = %41
  %15 = icmp eq i64 %10, 0
  br i1 %15, label %32, label %16

16:                                               ; preds = %14, %9
  %17 = phi i64 [ 0, %9 ], [ %68, %14 ]
  %18 = phi i32 [ 5381, %9 ], [ %67, %14 ]
  %19 = icmp ne i64 %10, 0
  call void @llvm.assume(i1 %19)
  br label %20

20:                                               ; preds = %20, %16
  %21 = phi i64 [ %29, %20 ], [ %17, %16 ]
  %22 = phi i32 [ %28, %20 ], [ %18, %16 ]
  %23 = phi i64 [ %30, %20 ], [ 0, %16 ]
  %24 = mul i32 %22, 33
  %25 = getelementptr inbounds nuw i8, ptr %2, i64 %21
  %26 = load i8, ptr %25, align 1, !tbaa !23
  %27 = zext i8 %26 to i32
  %28 = add i32 %24, %27
  %29 = add nuw i64 %21, 1
  %30 = add i64 %23, 1
  %31 = icmp eq i64 %30, %10
  br i1 %31, label %32, label %20, !llvm.loop !42

32:                                               ; preds = %20, %14
  %33 = phi i32 [ %67, %14 ], [ %28, %20 ]
  %34 = add i32 %33, 255
  br label %35

35:                                               ; preds = %32, %1
  %36 = phi i32 [ 5636, %1 ], [ %34, %32 ]
  %37 = load ptr, ptr @g_greeting, align 8, !tbaa !43
  %38 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %37) #28
  %39 = trunc i64 %38 to i32
  %40 = add i32 %36, %39
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #27
  ret i32 %40

41:                                               ; preds = %41, %12
  %42 = phi i64 [ 0, %12 ], [ %68, %41 ]
  %43 = phi i32 [ 5381, %12 ], [ %67, %41 ]
  %44 = phi i64 [ 0, %12 ], [ %69, %41 ]
  %45 = mul i32 %43, 33
  %46 = getelementptr inbounds nuw i8, ptr %2, i64 %42
  %47 = load i8, ptr %46, align 4, !tbaa !23
  %48 = zext i8 %47 to i32
  %49 = add i32 %45, %48
  %50 = mul i32 %49, 33
  %51 = getelementptr inbounds nuw i8, ptr %2, i64 %42
  %52 = getelementptr inbounds nuw i8, ptr %51, i64 1
  %53 = load i8, ptr %52, align 1, !tbaa !23
  %54 = zext i8 %53 to i32
  %55 = add i32 %50, %54
  %56 = mul i32 %55, 33
  %57 = getelementptr inbounds nuw i8, ptr %2, i64 %42
  %58 = getelementptr inbounds nuw i8, ptr %57, i64 2
  %59 = load i8, ptr %58, align 2, !tbaa !23
  %60 = zext i8 %59 to i32
  %61 = add i32 %56, %60
  %62 = mul i32 %61, 33
  %63 = getelementptr inbounds nuw i8, ptr %2, i64 %42
  %64 = getelementptr inbounds nuw i8, ptr %63, i64 3
  %65 = load i8, ptr %64, align 1, !tbaa !23
  %66 = zext i8 %65 to i32
  %67 = add i32 %62, %66
  %68 = add nuw i64 %42, 4
  %69 = add i64 %44, 4
  %70 = icmp eq i64 %69, %13
  br i1 %70, label %14, label %41, !llvm.loop !45
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare ptr @strncpy(ptr noalias noundef returned writeonly, ptr noalias noundef readonly captures(none), i64 noundef) local_unnamed_addr #20

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr noundef captures(none)) local_unnamed_addr #21

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local float @float_stuff(float noundef %0, double noundef %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #0 {
  %5 = fptrunc double %1 to float
  %6 = fdiv float %0, %5
  %7 = sitofp i32 %2 to float
  %8 = uitofp i32 %3 to float
  %9 = fadd float %7, %8
  %10 = fadd float %6, %9
  %11 = fcmp uno float %10, 0.000000e+00
  br i1 %11, label %20, label %12

12:                                               ; preds = %4
  %13 = fmul float %10, 1.500000e+00
  %14 = fptosi double %1 to i64
  %15 = sitofp i64 %14 to float
  %16 = fadd float %13, %15
  %17 = fptoui float %0 to i64
  %18 = uitofp i64 %17 to float
  %19 = fadd float %16, %18
  br label %20

20:                                               ; preds = %4, %12
  %21 = phi float [ %19, %12 ], [ 0.000000e+00, %4 ]
  ret float %21
}

; Function Attrs: nounwind uwtable
define dso_local range(i32 0, 128) i32 @main(i32 noundef %0, ptr noundef readonly captures(none) %1) local_unnamed_addr #22 {
  %3 = alloca [64 x i8], align 16
  %4 = load i64, ptr @g_mixed_arr, align 16
  %5 = load double, ptr getelementptr inbounds nuw (i8, ptr @g_mixed_arr, i64 8), align 8
  %6 = load float, ptr getelementptr inbounds nuw (i8, ptr @g_mixed_arr, i64 16), align 16
  %7 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_mixed_arr, i64 20), align 4
  %8 = load i64, ptr getelementptr inbounds nuw (i8, ptr @g_mixed_arr, i64 24), align 8
  %9 = load double, ptr getelementptr inbounds nuw (i8, ptr @g_mixed_arr, i64 32), align 16
  %10 = load float, ptr getelementptr inbounds nuw (i8, ptr @g_mixed_arr, i64 40), align 8
  %11 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_mixed_arr, i64 44), align 4
  %12 = load i64, ptr getelementptr inbounds nuw (i8, ptr @g_mixed_arr, i64 48), align 16
  %13 = load double, ptr getelementptr inbounds nuw (i8, ptr @g_mixed_arr, i64 56), align 8
  %14 = load float, ptr getelementptr inbounds nuw (i8, ptr @g_mixed_arr, i64 64), align 16
  %15 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_mixed_arr, i64 68), align 4
  %16 = load double, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 96), align 8
  %17 = load double, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 136), align 8
  %18 = load double, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 176), align 8
  %19 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 192), align 8
  %20 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 196), align 4
  %21 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 200), align 8
  %22 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 204), align 4
  %23 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 208), align 8
  %24 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 212), align 4
  %25 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 216), align 8
  %26 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 220), align 4
  %27 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 224), align 8
  %28 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 228), align 4
  %29 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 232), align 8
  %30 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 236), align 4
  %31 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 240), align 8
  %32 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 244), align 4
  %33 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 248), align 8
  %34 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 252), align 4
  %35 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 256), align 8
  %36 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 260), align 4
  %37 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 264), align 8
  %38 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 268), align 4
  %39 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 272), align 8
  %40 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 276), align 4
  %41 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 280), align 8
  %42 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 284), align 4, !tbaa !23
  %43 = sitofp i64 %4 to double
  %44 = fpext float %6 to double
  %45 = tail call double @llvm.fmuladd.f64(double %5, double %44, double %43)
  %46 = sitofp i32 %7 to double
  %47 = fadd double %45, %46
  %48 = fadd double %47, 1.000000e+00
  %49 = sitofp i64 %8 to double
  %50 = fpext float %10 to double
  %51 = tail call double @llvm.fmuladd.f64(double %9, double %50, double %49)
  %52 = sitofp i32 %11 to double
  %53 = fadd double %51, %52
  %54 = fadd double %53, 2.500000e+00
  %55 = fadd double %48, %54
  %56 = sitofp i64 %12 to double
  %57 = fpext float %14 to double
  %58 = tail call double @llvm.fmuladd.f64(double %13, double %57, double %56)
  %59 = sitofp i32 %15 to double
  %60 = fadd double %58, %59
  %61 = fadd double %60, -3.250000e+00
  %62 = fadd double %55, %61
  %63 = zext i32 %0 to i64
  %64 = and i32 %0, 7
  %65 = mul i32 %0, 32512
  %66 = and i32 %65, 32512
  %67 = zext nneg i32 %66 to i64
  %68 = fadd double %9, 2.000000e+00
  %69 = fadd double %16, 0.000000e+00
  %70 = fadd double %69, %17
  %71 = fadd double %70, %18
  %72 = add nsw i32 %20, %19
  %73 = add nsw i32 %72, %21
  %74 = add nsw i32 %73, %22
  %75 = add nsw i32 %74, %23
  %76 = add nsw i32 %75, %24
  %77 = add nsw i32 %76, %25
  %78 = add nsw i32 %77, %26
  %79 = add nsw i32 %78, %27
  %80 = add nsw i32 %79, %28
  %81 = add nsw i32 %80, %29
  %82 = add nsw i32 %81, %30
  %83 = add nsw i32 %82, %31
  %84 = add nsw i32 %83, %32
  %85 = add nsw i32 %84, %33
  %86 = add nsw i32 %85, %34
  %87 = add nsw i32 %86, %35
  %88 = add nsw i32 %87, %36
  %89 = add nsw i32 %88, %37
  %90 = add nsw i32 %89, %38
  %91 = add nsw i32 %90, %39
  %92 = add nsw i32 %91, %40
  %93 = add nsw i32 %92, %41
  %94 = add nsw i32 %93, %42
  %95 = sitofp i32 %94 to double
  %96 = fadd double %71, %95
  %97 = uitofp nneg i32 %64 to double
  %98 = fadd double %96, %97
  %99 = shl i32 %0, 1
  %100 = and i32 %99, 30
  %101 = uitofp nneg i32 %100 to double
  %102 = fadd double %98, %101
  %103 = shl nuw i64 %67, 49
  %104 = ashr exact i64 %103, 57
  %105 = trunc nsw i64 %104 to i32
  %106 = sitofp i32 %105 to double
  %107 = fadd double %102, %106
  %108 = shl nuw nsw i64 %63, 30
  %109 = and i64 %108, 1098437885952
  %110 = uitofp nneg i64 %109 to double
  %111 = fadd double %107, %110
  %112 = fadd double %111, %62
  %113 = fadd double %68, %112
  %114 = load ptr, ptr @g_ops, align 16, !tbaa !25
  %115 = tail call double %114(double noundef 1.500000e+00, double noundef 2.500000e+00) #27
  %116 = fadd double %115, 0.000000e+00
  %117 = load ptr, ptr getelementptr inbounds nuw (i8, ptr @g_ops, i64 8), align 8, !tbaa !25
  %118 = tail call double %117(double noundef 1.500000e+00, double noundef 2.500000e+00) #27
  %119 = fadd double %116, %118
  %120 = load ptr, ptr getelementptr inbounds nuw (i8, ptr @g_ops, i64 16), align 16, !tbaa !25
  %121 = tail call double %120(double noundef 1.500000e+00, double noundef 2.500000e+00) #27
  %122 = fadd double %119, %121
  %123 = fadd double %113, %122
  %124 = add nsw i32 %0, 2
  %125 = tail call double @vla_sum(i32 noundef %124, i32 noundef 3)
  %126 = fadd double %125, %123
  %127 = load x86_fp80, ptr @g_ld, align 16, !tbaa !29
  %128 = fadd x86_fp80 %127, 0xK40008000000000000000
  %129 = fptrunc x86_fp80 %128 to double
  %130 = sext i32 %0 to i128
  store i128 297, ptr @g_ubig, align 16, !tbaa !31
  %131 = mul nsw i128 %130, 99
  %132 = ashr i128 %130, 7
  %133 = add nsw i128 %131, %132
  %134 = load i128, ptr @g_big, align 16, !tbaa !31
  %135 = srem i128 %134, 1000
  %136 = sub nsw i128 %133, %135
  %137 = sitofp i128 %136 to double
  %138 = fadd double %129, %137
  %139 = fadd double %126, %138
  %140 = tail call i32 @computed_goto(i32 noundef %0, i32 noundef 5)
  %141 = sext i32 %140 to i64
  %142 = sext i32 %0 to i64
  %143 = atomicrmw add ptr @g_atomic_counter, i64 %142 seq_cst, align 8
  %144 = atomicrmw xchg ptr @g_counter, i32 %0 seq_cst, align 4
  %145 = cmpxchg ptr @g_counter, i32 5, i32 9 acq_rel acquire, align 4
  %146 = sext i32 %144 to i64
  %147 = load atomic i64, ptr @g_atomic_counter acquire, align 8
  %148 = load atomic i32, ptr @g_counter acquire, align 4
  %149 = sext i32 %148 to i64
  %150 = tail call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @tls_var)
  store atomic i32 1, ptr %150 release, align 4
  %151 = atomicrmw sub ptr @g_counter, i32 1 monotonic, align 4
  fence seq_cst
  %152 = load atomic i64, ptr @g_atomic_counter seq_cst, align 8
  %153 = tail call i32 asm sideeffect "leal ($1,$2), $0", "=r,r,r,~{cc},~{dirflag},~{fpsr},~{flags}"(i32 %0, i32 2) #27, !srcloc !27
  %154 = sext i32 %153 to i64
  switch i32 %0, label %159 [
    i32 0, label %160
    i32 1, label %155
    i32 2, label %155
    i32 7, label %156
    i32 100, label %157
    i32 -5, label %158
  ]

155:                                              ; preds = %2, %2
  br label %160

156:                                              ; preds = %2
  br label %160

157:                                              ; preds = %2
  br label %160

158:                                              ; preds = %2
  br label %160

159:                                              ; preds = %2
  br label %160

160:                                              ; preds = %2, %155, %156, %157, %158, %159
  %161 = phi i64 [ %142, %159 ], [ 55, %158 ], [ 20, %155 ], [ 21, %156 ], [ -1, %157 ], [ 10, %2 ]
  %162 = add nsw i64 %146, %141
  %163 = add i64 %162, %147
  %164 = add i64 %163, %149
  %165 = add i64 %164, %152
  %166 = add nsw i64 %165, %154
  %167 = add nsw i64 %166, %161
  %168 = sitofp i64 %167 to double
  %169 = fadd double %139, %168
  %170 = tail call fastcc i32 @static_fn(i32 noundef %0)
  %171 = tail call i32 @weak_fn(i32 noundef %0)
  %172 = icmp sgt i32 %0, 1
  br i1 %172, label %173, label %176

173:                                              ; preds = %160
  %174 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %175 = load ptr, ptr %174, align 8, !tbaa !43
  br label %176

176:                                              ; preds = %160, %173
  %177 = phi ptr [ %175, %173 ], [ @.str.8, %160 ]
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #27
  %178 = call ptr @strncpy(ptr noundef nonnull dereferenceable(1) %3, ptr noundef nonnull readonly dereferenceable(1) %177, i64 noundef 63) #27
  %179 = getelementptr inbounds nuw i8, ptr %3, i64 63
  store i8 0, ptr %179, align 1, !tbaa !23
  %180 = call i64 @strlen(ptr nonnull dereferenceable(1) %3)
  %181 = getelementptr inbounds i8, ptr %3, i64 %180
  store i16 33, ptr %181, align 1
  %182 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %3) #28
  %183 = icmp eq i64 %182, 0
  br i1 %183, label %240, label %184

184:                                              ; preds = %176
  %185 = and i64 %182, 3
  %186 = icmp ult i64 %182, 4
  br i1 %186, label %191, label %187

187:                                              ; preds = %184
  %188 = and i64 %182, -4
  br label %210

189:                                              ; preds = %210
  %190 = icmp eq i64 %185, 0
  br i1 %190, label %207, label %191

191:                                              ; preds = %189, %184
  %192 = phi i64 [ 0, %184 ], [ %237, %189 ]
  %193 = phi i32 [ 5381, %184 ], [ %236, %189 ]
  %194 = icmp ne i64 %185, 0
  call void @llvm.assume(i1 %194)
  br label %195

195:                                              ; preds = %195, %191
  %196 = phi i64 [ %204, %195 ], [ %192, %191 ]
  %197 = phi i32 [ %203, %195 ], [ %193, %191 ]
  %198 = phi i64 [ %205, %195 ], [ 0, %191 ]
  %199 = mul i32 %197, 33
  %200 = getelementptr inbounds nuw i8, ptr %3, i64 %196
  %201 = load i8, ptr %200, align 1, !tbaa !23
  %202 = zext i8 %201 to i32
  %203 = add i32 %199, %202
  %204 = add nuw i64 %196, 1
  %205 = add i64 %198, 1
  %206 = icmp eq i64 %205, %185
  br i1 %206, label %207, label %195, !llvm.loop !46

207:                                              ; preds = %195, %189
  %208 = phi i32 [ %236, %189 ], [ %203, %195 ]
  %209 = add i32 %208, 255
  br label %240

210:                                              ; preds = %210, %187
  %211 = phi i64 [ 0, %187 ], [ %237, %210 ]
  %212 = phi i32 [ 5381, %187 ], [ %236, %210 ]
  %213 = phi i64 [ 0, %187 ], [ %238, %210 ]
  %214 = mul i32 %212, 33
  %215 = getelementptr inbounds nuw i8, ptr %3, i64 %211
  %216 = load i8, ptr %215, align 4, !tbaa !23
  %217 = zext i8 %216 to i32
  %218 = add i32 %214, %217
  %219 = mul i32 %218, 33
  %220 = getelementptr inbounds nuw i8, ptr %3, i64 %211
  %221 = getelementptr inbounds nuw i8, ptr %220, i64 1
  %222 = load i8, ptr %221, align 1, !tbaa !23
  %223 = zext i8 %222 to i32
  %224 = add i32 %219, %223
  %225 = mul i32 %224, 33
  %226 = getelementptr inbounds nuw i8, ptr %3, i64 %211
  %227 = getelementptr inbounds nuw i8, ptr %226, i64 2
  %228 = load i8, ptr %227, align 2, !tbaa !23
  %229 = zext i8 %228 to i32
  %230 = add i32 %225, %229
  %231 = mul i32 %230, 33
  %232 = getelementptr inbounds nuw i8, ptr %3, i64 %211
  %233 = getelementptr inbounds nuw i8, ptr %232, i64 3
  %234 = load i8, ptr %233, align 1, !tbaa !23
  %235 = zext i8 %234 to i32
  %236 = add i32 %231, %235
  %237 = add nuw i64 %211, 4
  %238 = add i64 %213, 4
  %239 = icmp eq i64 %238, %188
  br i1 %239, label %189, label %210, !llvm.loop !45

240:                                              ; preds = %176, %207
  %241 = phi i32 [ 5636, %176 ], [ %209, %207 ]
  %242 = load ptr, ptr @g_greeting, align 8, !tbaa !43
  %243 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %242) #28
  %244 = trunc i64 %243 to i32
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #27
  %245 = add i32 %170, %99
  %246 = add i32 %245, %171
  %247 = add i32 %246, %241
  %248 = add i32 %247, %244
  %249 = uitofp i32 %248 to float
  %250 = sitofp i32 %0 to float
  %251 = fadd float %250, 3.000000e+00
  %252 = fadd float %251, 7.500000e-01
  %253 = fmul float %252, 1.500000e+00
  %254 = fadd float %253, 2.000000e+00
  %255 = fadd float %254, 1.000000e+00
  %256 = fadd float %255, %249
  %257 = fpext float %256 to double
  %258 = fadd double %169, %257
  %259 = icmp eq ptr @extern_weak_thing, null
  br i1 %259, label %264, label %260

260:                                              ; preds = %240
  %261 = call i32 @extern_weak_thing(i32 noundef 1) #27
  %262 = sitofp i32 %261 to double
  %263 = fadd double %258, %262
  br label %264

264:                                              ; preds = %260, %240
  %265 = phi double [ %263, %260 ], [ %258, %240 ]
  %266 = and i32 %0, 3
  %267 = extractelement <4 x float> <float 1.000000e+00, float 6.000000e+00, float 3.000000e+00, float 8.000000e+00>, i32 %266
  %268 = fadd float %267, 3.000000e+00
  %269 = fpext float %268 to double
  %270 = fadd double %269, 2.200000e+01
  %271 = fadd double %270, %265
  call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"() #27, !srcloc !28
  %272 = load i32, ptr %150, align 4, !tbaa !5
  %273 = sext i32 %272 to i64
  %274 = call i32 (ptr, ...) @logf_va(ptr noundef nonnull @.str.9, i32 noundef %0, double noundef %271, i64 noundef %273)
  %275 = srem i32 %0, 3
  %276 = icmp eq i32 %275, 0
  %277 = select i1 %276, ptr @.str.3, ptr @.str.6
  %278 = getelementptr inbounds i32, ptr @g_zero_arr, i64 %142
  %279 = load i32, ptr %278, align 4, !tbaa !5
  %280 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef nonnull %277, ptr noundef nonnull @g_str_buf, double noundef %271, i32 noundef %279)
  %281 = fptosi double %271 to i32
  %282 = and i32 %281, 127
  ret i32 %282
}

declare extern_weak i32 @extern_weak_thing(i32 noundef) #23

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v24i32(<24 x i32>) #24

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #25

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare ptr @llvm.load.relative.i64(ptr, i64) #26

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #10 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { mustprogress nofree norecurse nounwind willreturn uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #14 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="256" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #15 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="128" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #16 = { nofree norecurse nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #17 = { mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #18 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #19 = { nofree norecurse nounwind memory(read, argmem: readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #20 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #21 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #22 = { nounwind uwtable "min-legal-vector-width"="256" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #23 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #24 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #25 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #26 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) }
attributes #27 = { nounwind }
attributes #28 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}
!llvm.errno.tbaa = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !11, i64 0}
!10 = !{!"Mixed", !11, i64 0, !12, i64 8, !13, i64 16, !6, i64 20}
!11 = !{!"long", !7, i64 0}
!12 = !{!"double", !7, i64 0}
!13 = !{!"float", !7, i64 0}
!14 = !{!10, !12, i64 8}
!15 = !{!10, !13, i64 16}
!16 = !{!10, !6, i64 20}
!17 = !{!12, !12, i64 0}
!18 = distinct !{!18, !19}
!19 = !{!"llvm.loop.mustprogress"}
!20 = !{i64 0, i64 8, !21, i64 8, i64 8, !17, i64 16, i64 4, !22, i64 20, i64 4, !5}
!21 = !{!11, !11, i64 0}
!22 = !{!13, !13, i64 0}
!23 = !{!7, !7, i64 0}
!24 = distinct !{!24, !19}
!25 = !{!26, !26, i64 0}
!26 = !{!"any pointer", !7, i64 0}
!27 = !{i64 4114}
!28 = !{i64 4262}
!29 = !{!30, !30, i64 0}
!30 = !{!"long double", !7, i64 0}
!31 = !{!32, !32, i64 0}
!32 = !{!"__int128", !7, i64 0}
!33 = distinct !{!33, !19, !34, !35}
!34 = !{!"llvm.loop.isvectorized", i32 1}
!35 = !{!"llvm.loop.unroll.runtime.disable"}
!36 = distinct !{!36, !19}
!37 = distinct !{!37, !19, !35, !34}
!38 = distinct !{!38, !39}
!39 = !{!"llvm.loop.unroll.disable"}
!40 = distinct !{!40, !19}
!41 = distinct !{!41, !19}
!42 = distinct !{!42, !39}
!43 = !{!44, !44, i64 0}
!44 = !{!"p1 omnipotent char", !26, i64 0}
!45 = distinct !{!45, !19}
!46 = distinct !{!46, !39}
