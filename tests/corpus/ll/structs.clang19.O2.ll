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
@g_nested = dso_local local_unnamed_addr global { [4 x %struct.Mixed], [3 x [4 x double]], [2 x [3 x [4 x i32]]], %union.Num, { i8, i8, i8, i8, i8, i8, i8, i8 }, ptr } { [4 x %struct.Mixed] zeroinitializer, [3 x [4 x double]] [[4 x double] [double 1.000000e+00, double 2.000000e+00, double 0.000000e+00, double 0.000000e+00], [4 x double] [double 3.000000e+00, double 0.000000e+00, double 0.000000e+00, double 0.000000e+00], [4 x double] zeroinitializer], [2 x [3 x [4 x i32]]] zeroinitializer, %union.Num zeroinitializer, { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 17, i8 -3, i8 28, i8 24, i8 0, i8 0, i8 0, i8 undef }, ptr @.str.1 }, align 8
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
@computed_goto.table = internal unnamed_addr constant [4 x ptr] [ptr blockaddress(@computed_goto, %8), ptr blockaddress(@computed_goto, %24), ptr blockaddress(@computed_goto, %27), ptr blockaddress(@computed_goto, %30)], align 16
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
define hidden i32 @hidden_fn(i32 noundef %0) local_unnamed_addr #0 {
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
define dso_local double @sum_mixed(ptr nocapture noundef readonly %0, i32 noundef %1) local_unnamed_addr #3 {
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
  %11 = getelementptr inbounds %struct.Mixed, ptr %0, i64 %9
  %12 = load i64, ptr %11, align 8, !tbaa !5
  %13 = sitofp i64 %12 to double
  %14 = getelementptr inbounds i8, ptr %11, i64 8
  %15 = load double, ptr %14, align 8, !tbaa !13
  %16 = getelementptr inbounds i8, ptr %11, i64 16
  %17 = load float, ptr %16, align 8, !tbaa !14
  %18 = fpext float %17 to double
  %19 = tail call double @llvm.fmuladd.f64(double %15, double %18, double %13)
  %20 = getelementptr inbounds i8, ptr %11, i64 20
  %21 = load i32, ptr %20, align 4, !tbaa !15
  %22 = sitofp i32 %21 to double
  %23 = fadd double %19, %22
  %24 = trunc nuw nsw i64 %9 to i32
  %25 = urem i32 %24, 5
  %26 = zext nneg i32 %25 to i64
  %27 = getelementptr inbounds [5 x double], ptr @g_table, i64 0, i64 %26
  %28 = load double, ptr %27, align 8, !tbaa !16
  %29 = fadd double %28, %23
  %30 = fadd double %10, %29
  %31 = add nuw nsw i64 %9, 1
  %32 = icmp eq i64 %31, %5
  br i1 %32, label %6, label %8, !llvm.loop !17
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #4

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @copy_mixed(ptr nocapture noundef writeonly %0, ptr nocapture noundef readonly %1, i32 noundef %2) local_unnamed_addr #6 {
  %4 = sext i32 %2 to i64
  %5 = mul nsw i64 %4, 24
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 8 %0, ptr align 8 %1, i64 %5, i1 false)
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #7

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @by_value(ptr dead_on_unwind noalias nocapture writable sret(%struct.Mixed) align 8 %0, ptr nocapture noundef readonly byval(%struct.Mixed) align 8 %1, i64 %2) local_unnamed_addr #6 {
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef nonnull align 8 dereferenceable(24) %1, i64 24, i1 false), !tbaa.struct !19
  %4 = bitcast i64 %2 to double
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  %6 = load double, ptr %5, align 8, !tbaa !13
  %7 = fadd double %6, %4
  store double %7, ptr %5, align 8, !tbaa !13
  %8 = trunc i64 %2 to i32
  %9 = lshr i32 %8, 24
  %10 = getelementptr inbounds i8, ptr %0, i64 20
  %11 = load i32, ptr %10, align 4, !tbaa !15
  %12 = xor i32 %11, %9
  store i32 %12, ptr %10, align 4, !tbaa !15
  ret void
}

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @logf_va(ptr noundef %0, ...) local_unnamed_addr #8 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #25
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = load i32, ptr %2, align 16
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = getelementptr inbounds i8, ptr %2, i64 16
  %6 = load ptr, ptr %5, align 16
  %7 = getelementptr inbounds i8, ptr %2, i64 4
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
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #25
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
  %31 = load i32, ptr %30, align 4, !tbaa !22
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
  %45 = load double, ptr %44, align 8, !tbaa !16
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
  %60 = load i64, ptr %59, align 8, !tbaa !20
  %61 = trunc i64 %60 to i32
  %62 = add nsw i32 %14, %61
  br label %63

63:                                               ; preds = %10, %27, %56, %41
  %64 = phi i32 [ %11, %27 ], [ %42, %41 ], [ %11, %56 ], [ %11, %10 ]
  %65 = phi ptr [ %28, %27 ], [ %43, %41 ], [ %57, %56 ], [ %12, %10 ]
  %66 = phi i32 [ %29, %27 ], [ %13, %41 ], [ %58, %56 ], [ %13, %10 ]
  %67 = phi i32 [ %32, %27 ], [ %47, %41 ], [ %62, %56 ], [ %14, %10 ]
  %68 = getelementptr inbounds i8, ptr %15, i64 1
  br label %10, !llvm.loop !24
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #9

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #9

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #10

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
define dso_local noundef i32 @classify(i32 noundef %0) local_unnamed_addr #0 {
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
  %8 = phi i32 [ %0, %6 ], [ 55, %5 ], [ -1, %4 ], [ 21, %3 ], [ 20, %2 ], [ 10, %1 ]
  ret i32 %8
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local double @matrix_trace(ptr nocapture noundef readonly %0) local_unnamed_addr #11 {
  %2 = getelementptr inbounds i8, ptr %0, i64 96
  %3 = load double, ptr %2, align 8, !tbaa !16
  %4 = getelementptr inbounds i8, ptr %0, i64 136
  %5 = load double, ptr %4, align 8, !tbaa !16
  %6 = getelementptr inbounds i8, ptr %0, i64 176
  %7 = load double, ptr %6, align 8, !tbaa !16
  %8 = fadd double %3, 0.000000e+00
  %9 = fadd double %8, %5
  %10 = fadd double %9, %7
  %11 = getelementptr inbounds i8, ptr %0, i64 192
  %12 = load <16 x i32>, ptr %11, align 4, !tbaa !22
  %13 = getelementptr inbounds i8, ptr %0, i64 256
  %14 = load <8 x i32>, ptr %13, align 4, !tbaa !22
  %15 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %12)
  %16 = tail call i32 @llvm.vector.reduce.add.v8i32(<8 x i32> %14)
  %17 = add i32 %15, %16
  %18 = sitofp i32 %17 to double
  %19 = fadd double %10, %18
  %20 = getelementptr inbounds i8, ptr %0, i64 296
  %21 = load i64, ptr %20, align 8
  %22 = trunc i64 %21 to i32
  %23 = and i32 %22, 7
  %24 = uitofp nneg i32 %23 to double
  %25 = fadd double %19, %24
  %26 = lshr i32 %22, 3
  %27 = and i32 %26, 31
  %28 = uitofp nneg i32 %27 to double
  %29 = fadd double %25, %28
  %30 = shl i64 %21, 49
  %31 = ashr i64 %30, 57
  %32 = trunc nsw i64 %31 to i32
  %33 = sitofp i32 %32 to double
  %34 = fadd double %29, %33
  %35 = lshr i64 %21, 15
  %36 = and i64 %35, 1099511627775
  %37 = uitofp nneg i64 %36 to double
  %38 = fadd double %34, %37
  ret double %38
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @set_flags(ptr nocapture noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #6 {
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
define dso_local double @apply(ptr nocapture noundef readonly %0, double noundef %1, double noundef %2) local_unnamed_addr #1 {
  %4 = tail call double %0(double noundef %1, double noundef %2) #25
  ret double %4
}

; Function Attrs: nounwind uwtable
define dso_local double @apply_all(double noundef %0, double noundef %1) local_unnamed_addr #1 {
  %3 = load ptr, ptr @g_ops, align 16, !tbaa !25
  %4 = tail call double %3(double noundef %0, double noundef %1) #25
  %5 = fadd double %4, 0.000000e+00
  %6 = load ptr, ptr getelementptr inbounds (i8, ptr @g_ops, i64 8), align 8, !tbaa !25
  %7 = tail call double %6(double noundef %0, double noundef %1) #25
  %8 = fadd double %5, %7
  %9 = load ptr, ptr getelementptr inbounds (i8, ptr @g_ops, i64 16), align 16, !tbaa !25
  %10 = tail call double %9(double noundef %0, double noundef %1) #25
  %11 = fadd double %8, %10
  ret double %11
}

; Function Attrs: nounwind uwtable
define dso_local i32 @asm_add(i32 noundef %0, i32 noundef %1) local_unnamed_addr #1 {
  %3 = tail call i32 asm sideeffect "leal ($1,$2), $0", "=r,r,r,~{cc},~{dirflag},~{fpsr},~{flags}"(i32 %0, i32 %1) #25, !srcloc !27
  ret i32 %3
}

; Function Attrs: nounwind uwtable
define dso_local void @asm_barrier() local_unnamed_addr #1 {
  tail call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"() #25, !srcloc !28
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
declare nonnull ptr @llvm.threadlocal.address.p0(ptr nonnull) #5

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local <4 x double> @vec_fma(ptr nocapture noundef readonly byval(<4 x double>) align 32 %0, ptr nocapture noundef readonly byval(<4 x double>) align 32 %1, ptr nocapture noundef readonly byval(<4 x double>) align 32 %2) local_unnamed_addr #13 {
  %4 = load <4 x double>, ptr %0, align 32, !tbaa !23
  %5 = load <4 x double>, ptr %1, align 32, !tbaa !23
  %6 = load <4 x double>, ptr %2, align 32, !tbaa !23
  %7 = tail call <4 x double> @llvm.fmuladd.v4f64(<4 x double> %4, <4 x double> %5, <4 x double> %6)
  ret <4 x double> %7
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x double> @llvm.fmuladd.v4f64(<4 x double>, <4 x double>, <4 x double>) #5

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef <4 x float> @vec_shuffle(<4 x float> noundef %0, <4 x float> noundef %1) local_unnamed_addr #14 {
  %3 = shufflevector <4 x float> %0, <4 x float> %1, <4 x i32> <i32 0, i32 5, i32 2, i32 7>
  ret <4 x float> %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local <8 x i32> @vec_cmp(ptr nocapture noundef readonly byval(<8 x i32>) align 32 %0, ptr nocapture noundef readonly byval(<8 x i32>) align 32 %1) local_unnamed_addr #13 {
  %3 = load <8 x i32>, ptr %0, align 32, !tbaa !23
  %4 = load <8 x i32>, ptr %1, align 32, !tbaa !23
  %5 = icmp sgt <8 x i32> %3, %4
  %6 = xor <8 x i32> %4, %3
  %7 = select <8 x i1> %5, <8 x i32> %6, <8 x i32> zeroinitializer
  ret <8 x i32> %7
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local float @vec_extract(<4 x float> noundef %0, i32 noundef %1) local_unnamed_addr #14 {
  %3 = extractelement <4 x float> %0, i32 %1
  %4 = extractelement <4 x float> %0, i64 2
  %5 = fadd float %4, %3
  ret float %5
}

; Function Attrs: nofree norecurse nosync nounwind memory(none) uwtable
define dso_local i32 @computed_goto(i32 noundef %0, i32 noundef %1) #15 {
  %3 = and i32 %0, 3
  %4 = zext nneg i32 %3 to i64
  %5 = getelementptr inbounds [4 x ptr], ptr @computed_goto.table, i64 0, i64 %4
  %6 = load ptr, ptr %5, align 8, !tbaa !25
  %7 = xor i32 %3, 2
  br label %32

8:                                                ; preds = %32
  %9 = add nsw i32 %33, 1
  %10 = icmp sgt i32 %34, 1
  br i1 %10, label %11, label %30

11:                                               ; preds = %8
  %12 = add i32 %9, %0
  %13 = and i32 %12, 3
  br label %14

14:                                               ; preds = %24, %11
  %15 = phi i32 [ %13, %11 ], [ %7, %24 ]
  %16 = phi i32 [ %9, %11 ], [ %25, %24 ]
  %17 = zext i32 %15 to i64
  %18 = getelementptr inbounds [4 x ptr], ptr @computed_goto.table, i64 0, i64 %17
  %19 = load ptr, ptr %18, align 8, !tbaa !25
  br label %20

20:                                               ; preds = %14, %27
  %21 = phi i32 [ %28, %27 ], [ %16, %14 ]
  %22 = phi ptr [ blockaddress(@computed_goto, %8), %27 ], [ %19, %14 ]
  %23 = add nsw i32 %34, -1
  br label %32

24:                                               ; preds = %32
  %25 = add nsw i32 %33, -1
  %26 = icmp sgt i32 %34, 1
  br i1 %26, label %14, label %30

27:                                               ; preds = %32
  %28 = shl nsw i32 %33, 1
  %29 = icmp sgt i32 %34, 1
  br i1 %29, label %20, label %30

30:                                               ; preds = %27, %24, %8, %32
  %31 = phi i32 [ %9, %8 ], [ %33, %32 ], [ %28, %27 ], [ %25, %24 ]
  ret i32 %31

32:                                               ; preds = %20, %2
  %33 = phi i32 [ 0, %2 ], [ %21, %20 ]
  %34 = phi i32 [ %1, %2 ], [ %23, %20 ]
  %35 = phi ptr [ %6, %2 ], [ %22, %20 ]
  indirectbr ptr %35, [label %8, label %24, label %27, label %30]
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: none, inaccessiblemem: none) uwtable
define dso_local x86_fp80 @ld_ops(x86_fp80 noundef %0, x86_fp80 noundef %1) local_unnamed_addr #16 {
  %3 = load x86_fp80, ptr @g_ld, align 16, !tbaa !29
  %4 = fsub x86_fp80 %0, %1
  %5 = fdiv x86_fp80 %3, %4
  %6 = tail call x86_fp80 @llvm.fmuladd.f80(x86_fp80 %0, x86_fp80 %1, x86_fp80 %5)
  ret x86_fp80 %6
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare x86_fp80 @llvm.fmuladd.f80(x86_fp80, x86_fp80, x86_fp80) #5

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define dso_local { i64, i64 } @i128_ops(i64 noundef %0, i64 noundef %1, i64 noundef %2, i64 noundef %3) local_unnamed_addr #17 {
  %5 = zext i64 %1 to i128
  %6 = shl nuw i128 %5, 64
  %7 = zext i64 %0 to i128
  %8 = or disjoint i128 %6, %7
  %9 = zext i64 %3 to i128
  %10 = shl nuw i128 %9, 64
  %11 = zext i64 %2 to i128
  %12 = or disjoint i128 %10, %11
  %13 = mul i128 %12, 3
  store i128 %13, ptr @g_ubig, align 16, !tbaa !31
  %14 = mul nsw i128 %12, %8
  %15 = ashr i128 %8, 7
  %16 = add nsw i128 %14, %15
  %17 = load i128, ptr @g_big, align 16, !tbaa !31
  %18 = srem i128 %17, 1000
  %19 = sub i128 %16, %18
  %20 = trunc i128 %19 to i64
  %21 = lshr i128 %19, 64
  %22 = trunc nuw i128 %21 to i64
  %23 = insertvalue { i64, i64 } poison, i64 %20, 0
  %24 = insertvalue { i64, i64 } %23, i64 %22, 1
  ret { i64, i64 } %24
}

; Function Attrs: nofree norecurse nosync nounwind memory(none) uwtable
define dso_local double @vla_sum(i32 noundef %0, i32 noundef %1) local_unnamed_addr #15 {
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
  br i1 %10, label %17, label %71

17:                                               ; preds = %16
  %18 = icmp sgt i32 %1, 0
  %19 = and i64 %4, 3
  %20 = icmp ult i32 %1, 4
  %21 = and i64 %4, 2147483644
  %22 = icmp eq i64 %19, 0
  br label %63

23:                                               ; preds = %11, %52
  %24 = phi i64 [ 0, %11 ], [ %53, %52 ]
  %25 = trunc nuw nsw i64 %24 to i32
  %26 = uitofp nneg i32 %25 to double
  %27 = getelementptr inbounds double, ptr %9, i64 %24
  store double %26, ptr %27, align 8, !tbaa !16
  br i1 %12, label %28, label %52

28:                                               ; preds = %23
  %29 = mul nuw nsw i64 %24, %4
  %30 = getelementptr inbounds double, ptr %6, i64 %29
  br i1 %13, label %31, label %33

31:                                               ; preds = %51, %28
  %32 = phi i64 [ 0, %28 ], [ %14, %51 ]
  br label %55

33:                                               ; preds = %28
  %34 = insertelement <2 x i64> poison, i64 %29, i64 0
  %35 = shufflevector <2 x i64> %34, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %36

36:                                               ; preds = %36, %33
  %37 = phi i64 [ 0, %33 ], [ %48, %36 ]
  %38 = phi <2 x i64> [ <i64 0, i64 1>, %33 ], [ %49, %36 ]
  %39 = add <2 x i64> %38, <i64 2, i64 2>
  %40 = add nuw nsw <2 x i64> %38, %35
  %41 = add nuw nsw <2 x i64> %39, %35
  %42 = trunc <2 x i64> %40 to <2 x i32>
  %43 = trunc <2 x i64> %41 to <2 x i32>
  %44 = sitofp <2 x i32> %42 to <2 x double>
  %45 = sitofp <2 x i32> %43 to <2 x double>
  %46 = getelementptr inbounds double, ptr %30, i64 %37
  %47 = getelementptr inbounds i8, ptr %46, i64 16
  store <2 x double> %44, ptr %46, align 8, !tbaa !16
  store <2 x double> %45, ptr %47, align 8, !tbaa !16
  %48 = add nuw i64 %37, 4
  %49 = add <2 x i64> %38, <i64 4, i64 4>
  %50 = icmp eq i64 %48, %14
  br i1 %50, label %51, label %36, !llvm.loop !33

51:                                               ; preds = %36
  br i1 %15, label %52, label %31

52:                                               ; preds = %55, %51, %23
  %53 = add nuw nsw i64 %24, 1
  %54 = icmp eq i64 %53, %3
  br i1 %54, label %16, label %23, !llvm.loop !36

55:                                               ; preds = %31, %55
  %56 = phi i64 [ %61, %55 ], [ %32, %31 ]
  %57 = add nuw nsw i64 %56, %29
  %58 = trunc nuw i64 %57 to i32
  %59 = sitofp i32 %58 to double
  %60 = getelementptr inbounds double, ptr %30, i64 %56
  store double %59, ptr %60, align 8, !tbaa !16
  %61 = add nuw nsw i64 %56, 1
  %62 = icmp eq i64 %61, %4
  br i1 %62, label %52, label %55, !llvm.loop !37

63:                                               ; preds = %17, %87
  %64 = phi i64 [ 0, %17 ], [ %89, %87 ]
  %65 = phi double [ 0.000000e+00, %17 ], [ %88, %87 ]
  br i1 %18, label %66, label %87

66:                                               ; preds = %63
  %67 = mul nuw nsw i64 %64, %4
  %68 = getelementptr inbounds double, ptr %6, i64 %67
  %69 = getelementptr inbounds double, ptr %9, i64 %64
  %70 = load double, ptr %69, align 8, !tbaa !16
  br i1 %20, label %73, label %91

71:                                               ; preds = %87, %2, %16
  %72 = phi double [ 0.000000e+00, %16 ], [ 0.000000e+00, %2 ], [ %88, %87 ]
  ret double %72

73:                                               ; preds = %91, %66
  %74 = phi double [ poison, %66 ], [ %109, %91 ]
  %75 = phi i64 [ 0, %66 ], [ %110, %91 ]
  %76 = phi double [ %65, %66 ], [ %109, %91 ]
  br i1 %22, label %87, label %77

77:                                               ; preds = %73, %77
  %78 = phi i64 [ %84, %77 ], [ %75, %73 ]
  %79 = phi double [ %83, %77 ], [ %76, %73 ]
  %80 = phi i64 [ %85, %77 ], [ 0, %73 ]
  %81 = getelementptr inbounds double, ptr %68, i64 %78
  %82 = load double, ptr %81, align 8, !tbaa !16
  %83 = tail call double @llvm.fmuladd.f64(double %82, double %70, double %79)
  %84 = add nuw nsw i64 %78, 1
  %85 = add i64 %80, 1
  %86 = icmp eq i64 %85, %19
  br i1 %86, label %87, label %77, !llvm.loop !38

87:                                               ; preds = %73, %77, %63
  %88 = phi double [ %65, %63 ], [ %74, %73 ], [ %83, %77 ]
  %89 = add nuw nsw i64 %64, 1
  %90 = icmp eq i64 %89, %3
  br i1 %90, label %71, label %63, !llvm.loop !40

91:                                               ; preds = %66, %91
  %92 = phi i64 [ %110, %91 ], [ 0, %66 ]
  %93 = phi double [ %109, %91 ], [ %65, %66 ]
  %94 = phi i64 [ %111, %91 ], [ 0, %66 ]
  %95 = getelementptr inbounds double, ptr %68, i64 %92
  %96 = load double, ptr %95, align 8, !tbaa !16
  %97 = tail call double @llvm.fmuladd.f64(double %96, double %70, double %93)
  %98 = or disjoint i64 %92, 1
  %99 = getelementptr inbounds double, ptr %68, i64 %98
  %100 = load double, ptr %99, align 8, !tbaa !16
  %101 = tail call double @llvm.fmuladd.f64(double %100, double %70, double %97)
  %102 = or disjoint i64 %92, 2
  %103 = getelementptr inbounds double, ptr %68, i64 %102
  %104 = load double, ptr %103, align 8, !tbaa !16
  %105 = tail call double @llvm.fmuladd.f64(double %104, double %70, double %101)
  %106 = or disjoint i64 %92, 3
  %107 = getelementptr inbounds double, ptr %68, i64 %106
  %108 = load double, ptr %107, align 8, !tbaa !16
  %109 = tail call double @llvm.fmuladd.f64(double %108, double %70, double %105)
  %110 = add nuw nsw i64 %92, 4
  %111 = add i64 %94, 4
  %112 = icmp eq i64 %111, %21
  br i1 %112, label %73, label %91, !llvm.loop !41
}

; Function Attrs: nofree nounwind memory(read, argmem: readwrite, inaccessiblemem: none) uwtable
define dso_local i32 @string_stuff(ptr nocapture noundef readonly %0) local_unnamed_addr #18 {
  %2 = alloca [64 x i8], align 16
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %2) #25
  %3 = call ptr @strncpy(ptr noundef nonnull dereferenceable(1) %2, ptr noundef nonnull dereferenceable(1) %0, i64 noundef 63) #25
  %4 = getelementptr inbounds i8, ptr %2, i64 63
  store i8 0, ptr %4, align 1, !tbaa !23
  %5 = call i64 @strlen(ptr nonnull dereferenceable(1) %2)
  %6 = getelementptr inbounds i8, ptr %2, i64 %5
  store i16 33, ptr %6, align 1
  %7 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %2) #26
  %8 = icmp eq i64 %7, 0
  br i1 %8, label %34, label %9

9:                                                ; preds = %1
  %10 = and i64 %7, 3
  %11 = icmp ult i64 %7, 4
  br i1 %11, label %14, label %12

12:                                               ; preds = %9
  %13 = and i64 %7, -4
  br label %40

14:                                               ; preds = %40, %9
  %15 = phi i32 [ poison, %9 ], [ %66, %40 ]
  %16 = phi i64 [ 0, %9 ], [ %67, %40 ]
  %17 = phi i32 [ 5381, %9 ], [ %66, %40 ]
  %18 = icmp eq i64 %10, 0
  br i1 %18, label %31, label %19

19:                                               ; preds = %14, %19
  %20 = phi i64 [ %28, %19 ], [ %16, %14 ]
  %21 = phi i32 [ %27, %19 ], [ %17, %14 ]
  %22 = phi i64 [ %29, %19 ], [ 0, %14 ]
  %23 = mul i32 %21, 33
  %24 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 %20
  %25 = load i8, ptr %24, align 1, !tbaa !23
  %26 = zext i8 %25 to i32
  %27 = add i32 %23, %26
  %28 = add nuw i64 %20, 1
  %29 = add i64 %22, 1
  %30 = icmp eq i64 %29, %10
  br i1 %30, label %31, label %19, !llvm.loop !42

31:                                               ; preds = %19, %14
  %32 = phi i32 [ %15, %14 ], [ %27, %19 ]
  %33 = add i32 %32, 255
  br label %34

34:                                               ; preds = %31, %1
  %35 = phi i32 [ 5636, %1 ], [ %33, %31 ]
  %36 = load ptr, ptr @g_greeting, align 8, !tbaa !25
  %37 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %36) #26
  %38 = trunc i64 %37 to i32
  %39 = add i32 %35, %38
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %2) #25
  ret i32 %39

40:                                               ; preds = %40, %12
  %41 = phi i64 [ 0, %12 ], [ %67, %40 ]
  %42 = phi i32 [ 5381, %12 ], [ %66, %40 ]
  %43 = phi i64 [ 0, %12 ], [ %68, %40 ]
  %44 = mul i32 %42, 33
  %45 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 %41
  %46 = load i8, ptr %45, align 4, !tbaa !23
  %47 = zext i8 %46 to i32
  %48 = add i32 %44, %47
  %49 = or disjoint i64 %41, 1
  %50 = mul i32 %48, 33
  %51 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 %49
  %52 = load i8, ptr %51, align 1, !tbaa !23
  %53 = zext i8 %52 to i32
  %54 = add i32 %50, %53
  %55 = or disjoint i64 %41, 2
  %56 = mul i32 %54, 33
  %57 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 %55
  %58 = load i8, ptr %57, align 2, !tbaa !23
  %59 = zext i8 %58 to i32
  %60 = add i32 %56, %59
  %61 = or disjoint i64 %41, 3
  %62 = mul i32 %60, 33
  %63 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 %61
  %64 = load i8, ptr %63, align 1, !tbaa !23
  %65 = zext i8 %64 to i32
  %66 = add i32 %62, %65
  %67 = add nuw i64 %41, 4
  %68 = add i64 %43, 4
  %69 = icmp eq i64 %68, %13
  br i1 %69, label %14, label %40, !llvm.loop !43
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: readwrite)
declare ptr @strncpy(ptr noalias noundef returned writeonly, ptr noalias nocapture noundef readonly, i64 noundef) local_unnamed_addr #19

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #20

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
define dso_local range(i32 0, 128) i32 @main(i32 noundef %0, ptr nocapture noundef readonly %1) local_unnamed_addr #21 {
  %3 = alloca [64 x i8], align 16
  %4 = load i64, ptr @g_mixed_arr, align 16
  %5 = load double, ptr getelementptr inbounds (i8, ptr @g_mixed_arr, i64 8), align 8
  %6 = load float, ptr getelementptr inbounds (i8, ptr @g_mixed_arr, i64 16), align 16
  %7 = load i32, ptr getelementptr inbounds (i8, ptr @g_mixed_arr, i64 20), align 4
  %8 = load i64, ptr getelementptr inbounds (i8, ptr @g_mixed_arr, i64 24), align 8
  %9 = load double, ptr getelementptr inbounds (i8, ptr @g_mixed_arr, i64 32), align 16
  %10 = load float, ptr getelementptr inbounds (i8, ptr @g_mixed_arr, i64 40), align 8
  %11 = load i32, ptr getelementptr inbounds (i8, ptr @g_mixed_arr, i64 44), align 4
  %12 = load i64, ptr getelementptr inbounds (i8, ptr @g_mixed_arr, i64 48), align 16
  %13 = load double, ptr getelementptr inbounds (i8, ptr @g_mixed_arr, i64 56), align 8
  %14 = load float, ptr getelementptr inbounds (i8, ptr @g_mixed_arr, i64 64), align 16
  %15 = load i32, ptr getelementptr inbounds (i8, ptr @g_mixed_arr, i64 68), align 4
  %16 = load double, ptr getelementptr inbounds (i8, ptr @g_nested, i64 96), align 8
  %17 = load double, ptr getelementptr inbounds (i8, ptr @g_nested, i64 136), align 8
  %18 = load double, ptr getelementptr inbounds (i8, ptr @g_nested, i64 176), align 8
  %19 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 192), align 8
  %20 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 196), align 4
  %21 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 200), align 8
  %22 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 204), align 4
  %23 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 208), align 8
  %24 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 212), align 4
  %25 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 216), align 8
  %26 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 220), align 4
  %27 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 224), align 8
  %28 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 228), align 4
  %29 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 232), align 8
  %30 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 236), align 4
  %31 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 240), align 8
  %32 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 244), align 4
  %33 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 248), align 8
  %34 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 252), align 4
  %35 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 256), align 8
  %36 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 260), align 4
  %37 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 264), align 8
  %38 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 268), align 4
  %39 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 272), align 8
  %40 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 276), align 4
  %41 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 280), align 8
  %42 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 284), align 4, !tbaa !23
  %43 = zext i32 %0 to i64
  %44 = mul i32 %0, 32512
  %45 = and i32 %44, 32512
  %46 = sitofp i64 %4 to double
  %47 = fpext float %6 to double
  %48 = tail call double @llvm.fmuladd.f64(double %5, double %47, double %46)
  %49 = sitofp i32 %7 to double
  %50 = fadd double %48, %49
  %51 = fadd double %50, 1.000000e+00
  %52 = sitofp i64 %8 to double
  %53 = fpext float %10 to double
  %54 = tail call double @llvm.fmuladd.f64(double %9, double %53, double %52)
  %55 = sitofp i32 %11 to double
  %56 = fadd double %54, %55
  %57 = fadd double %56, 2.500000e+00
  %58 = fadd double %51, %57
  %59 = sitofp i64 %12 to double
  %60 = fpext float %14 to double
  %61 = tail call double @llvm.fmuladd.f64(double %13, double %60, double %59)
  %62 = sitofp i32 %15 to double
  %63 = fadd double %61, %62
  %64 = fadd double %63, -3.250000e+00
  %65 = fadd double %58, %64
  %66 = and i32 %0, 7
  %67 = zext nneg i32 %45 to i64
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
  %97 = uitofp nneg i32 %66 to double
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
  %108 = shl nuw nsw i64 %43, 30
  %109 = and i64 %108, 1098437885952
  %110 = uitofp nneg i64 %109 to double
  %111 = fadd double %107, %110
  %112 = fadd double %111, %65
  %113 = fadd double %68, %112
  %114 = load ptr, ptr @g_ops, align 16, !tbaa !25
  %115 = tail call double %114(double noundef 1.500000e+00, double noundef 2.500000e+00) #25
  %116 = fadd double %115, 0.000000e+00
  %117 = load ptr, ptr getelementptr inbounds (i8, ptr @g_ops, i64 8), align 8, !tbaa !25
  %118 = tail call double %117(double noundef 1.500000e+00, double noundef 2.500000e+00) #25
  %119 = fadd double %116, %118
  %120 = load ptr, ptr getelementptr inbounds (i8, ptr @g_ops, i64 16), align 16, !tbaa !25
  %121 = tail call double %120(double noundef 1.500000e+00, double noundef 2.500000e+00) #25
  %122 = fadd double %119, %121
  %123 = fadd double %113, %122
  %124 = add nsw i32 %0, 2
  %125 = tail call double @vla_sum(i32 noundef %124, i32 noundef 3)
  %126 = fadd double %125, %123
  %127 = load x86_fp80, ptr @g_ld, align 16, !tbaa !29
  %128 = fadd x86_fp80 %127, 0xK40008000000000000000
  %129 = fptrunc x86_fp80 %128 to double
  %130 = sext i32 %0 to i64
  %131 = ashr i32 %0, 31
  %132 = sext i32 %131 to i64
  %133 = zext i64 %132 to i128
  %134 = shl nuw i128 %133, 64
  %135 = zext i64 %130 to i128
  %136 = or disjoint i128 %134, %135
  store i128 297, ptr @g_ubig, align 16, !tbaa !31
  %137 = mul nsw i128 %136, 99
  %138 = ashr i128 %136, 7
  %139 = add nsw i128 %137, %138
  %140 = load i128, ptr @g_big, align 16, !tbaa !31
  %141 = srem i128 %140, 1000
  %142 = sub nsw i128 %139, %141
  %143 = sitofp i128 %142 to double
  %144 = fadd double %129, %143
  %145 = fadd double %126, %144
  %146 = tail call i32 @computed_goto(i32 noundef %0, i32 noundef 5)
  %147 = sext i32 %146 to i64
  %148 = atomicrmw add ptr @g_atomic_counter, i64 %130 seq_cst, align 8
  %149 = atomicrmw xchg ptr @g_counter, i32 %0 seq_cst, align 4
  %150 = cmpxchg ptr @g_counter, i32 5, i32 9 acq_rel acquire, align 4
  %151 = sext i32 %149 to i64
  %152 = load atomic i64, ptr @g_atomic_counter acquire, align 8
  %153 = load atomic i32, ptr @g_counter acquire, align 4
  %154 = sext i32 %153 to i64
  %155 = tail call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @tls_var)
  store atomic i32 1, ptr %155 release, align 4
  %156 = atomicrmw sub ptr @g_counter, i32 1 monotonic, align 4
  fence seq_cst
  %157 = load atomic i64, ptr @g_atomic_counter seq_cst, align 8
  %158 = tail call i32 asm sideeffect "leal ($1,$2), $0", "=r,r,r,~{cc},~{dirflag},~{fpsr},~{flags}"(i32 %0, i32 2) #25, !srcloc !27
  %159 = sext i32 %158 to i64
  switch i32 %0, label %164 [
    i32 0, label %165
    i32 1, label %160
    i32 2, label %160
    i32 7, label %161
    i32 100, label %162
    i32 -5, label %163
  ]

160:                                              ; preds = %2, %2
  br label %165

161:                                              ; preds = %2
  br label %165

162:                                              ; preds = %2
  br label %165

163:                                              ; preds = %2
  br label %165

164:                                              ; preds = %2
  br label %165

165:                                              ; preds = %2, %160, %161, %162, %163, %164
  %166 = phi i64 [ %130, %164 ], [ 55, %163 ], [ -1, %162 ], [ 21, %161 ], [ 20, %160 ], [ 10, %2 ]
  %167 = add nsw i64 %151, %147
  %168 = add i64 %167, %152
  %169 = add i64 %168, %154
  %170 = add i64 %169, %157
  %171 = add nsw i64 %170, %159
  %172 = add nsw i64 %171, %166
  %173 = sitofp i64 %172 to double
  %174 = fadd double %145, %173
  %175 = tail call fastcc i32 @static_fn(i32 noundef %0)
  %176 = tail call i32 @weak_fn(i32 noundef %0)
  %177 = icmp sgt i32 %0, 1
  br i1 %177, label %178, label %181

178:                                              ; preds = %165
  %179 = getelementptr inbounds i8, ptr %1, i64 8
  %180 = load ptr, ptr %179, align 8, !tbaa !25
  br label %181

181:                                              ; preds = %165, %178
  %182 = phi ptr [ %180, %178 ], [ @.str.8, %165 ]
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %3) #25
  %183 = call ptr @strncpy(ptr noundef nonnull dereferenceable(1) %3, ptr noundef nonnull readonly dereferenceable(1) %182, i64 noundef 63) #25
  %184 = getelementptr inbounds i8, ptr %3, i64 63
  store i8 0, ptr %184, align 1, !tbaa !23
  %185 = call i64 @strlen(ptr nonnull dereferenceable(1) %3)
  %186 = getelementptr inbounds i8, ptr %3, i64 %185
  store i16 33, ptr %186, align 1
  %187 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %3) #26
  %188 = icmp eq i64 %187, 0
  br i1 %188, label %244, label %189

189:                                              ; preds = %181
  %190 = and i64 %187, 3
  %191 = icmp ult i64 %187, 4
  br i1 %191, label %194, label %192

192:                                              ; preds = %189
  %193 = and i64 %187, -4
  br label %214

194:                                              ; preds = %214, %189
  %195 = phi i32 [ poison, %189 ], [ %240, %214 ]
  %196 = phi i64 [ 0, %189 ], [ %241, %214 ]
  %197 = phi i32 [ 5381, %189 ], [ %240, %214 ]
  %198 = icmp eq i64 %190, 0
  br i1 %198, label %211, label %199

199:                                              ; preds = %194, %199
  %200 = phi i64 [ %208, %199 ], [ %196, %194 ]
  %201 = phi i32 [ %207, %199 ], [ %197, %194 ]
  %202 = phi i64 [ %209, %199 ], [ 0, %194 ]
  %203 = mul i32 %201, 33
  %204 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 %200
  %205 = load i8, ptr %204, align 1, !tbaa !23
  %206 = zext i8 %205 to i32
  %207 = add i32 %203, %206
  %208 = add nuw i64 %200, 1
  %209 = add i64 %202, 1
  %210 = icmp eq i64 %209, %190
  br i1 %210, label %211, label %199, !llvm.loop !44

211:                                              ; preds = %199, %194
  %212 = phi i32 [ %195, %194 ], [ %207, %199 ]
  %213 = add i32 %212, 255
  br label %244

214:                                              ; preds = %214, %192
  %215 = phi i64 [ 0, %192 ], [ %241, %214 ]
  %216 = phi i32 [ 5381, %192 ], [ %240, %214 ]
  %217 = phi i64 [ 0, %192 ], [ %242, %214 ]
  %218 = mul i32 %216, 33
  %219 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 %215
  %220 = load i8, ptr %219, align 4, !tbaa !23
  %221 = zext i8 %220 to i32
  %222 = add i32 %218, %221
  %223 = or disjoint i64 %215, 1
  %224 = mul i32 %222, 33
  %225 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 %223
  %226 = load i8, ptr %225, align 1, !tbaa !23
  %227 = zext i8 %226 to i32
  %228 = add i32 %224, %227
  %229 = or disjoint i64 %215, 2
  %230 = mul i32 %228, 33
  %231 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 %229
  %232 = load i8, ptr %231, align 2, !tbaa !23
  %233 = zext i8 %232 to i32
  %234 = add i32 %230, %233
  %235 = or disjoint i64 %215, 3
  %236 = mul i32 %234, 33
  %237 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 %235
  %238 = load i8, ptr %237, align 1, !tbaa !23
  %239 = zext i8 %238 to i32
  %240 = add i32 %236, %239
  %241 = add nuw i64 %215, 4
  %242 = add i64 %217, 4
  %243 = icmp eq i64 %242, %193
  br i1 %243, label %194, label %214, !llvm.loop !43

244:                                              ; preds = %181, %211
  %245 = phi i32 [ 5636, %181 ], [ %213, %211 ]
  %246 = load ptr, ptr @g_greeting, align 8, !tbaa !25
  %247 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %246) #26
  %248 = trunc i64 %247 to i32
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %3) #25
  %249 = add i32 %175, %99
  %250 = add i32 %249, %176
  %251 = add i32 %250, %245
  %252 = add i32 %251, %248
  %253 = uitofp i32 %252 to float
  %254 = sitofp i32 %0 to float
  %255 = fadd float %254, 3.000000e+00
  %256 = fadd float %255, 7.500000e-01
  %257 = fmul float %256, 1.500000e+00
  %258 = fadd float %257, 2.000000e+00
  %259 = fadd float %258, 1.000000e+00
  %260 = fadd float %259, %253
  %261 = fpext float %260 to double
  %262 = fadd double %174, %261
  %263 = icmp eq ptr @extern_weak_thing, null
  br i1 %263, label %268, label %264

264:                                              ; preds = %244
  %265 = call i32 @extern_weak_thing(i32 noundef 1) #25
  %266 = sitofp i32 %265 to double
  %267 = fadd double %262, %266
  br label %268

268:                                              ; preds = %264, %244
  %269 = phi double [ %267, %264 ], [ %262, %244 ]
  %270 = and i32 %0, 3
  %271 = extractelement <4 x float> <float 1.000000e+00, float 6.000000e+00, float 3.000000e+00, float 8.000000e+00>, i32 %270
  %272 = fadd float %271, 3.000000e+00
  %273 = fpext float %272 to double
  %274 = fadd double %273, 2.200000e+01
  %275 = fadd double %274, %269
  call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"() #25, !srcloc !28
  %276 = load i32, ptr %155, align 4, !tbaa !22
  %277 = sext i32 %276 to i64
  %278 = call i32 (ptr, ...) @logf_va(ptr noundef nonnull @.str.9, i32 noundef %0, double noundef %275, i64 noundef %277)
  %279 = srem i32 %0, 3
  %280 = icmp eq i32 %279, 0
  %281 = select i1 %280, ptr @.str.3, ptr @.str.6
  %282 = getelementptr inbounds [128 x i32], ptr @g_zero_arr, i64 0, i64 %130
  %283 = load i32, ptr %282, align 4, !tbaa !22
  %284 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef nonnull %281, ptr noundef nonnull @g_str_buf, double noundef %275, i32 noundef %283)
  %285 = fptosi double %275 to i32
  %286 = and i32 %285, 127
  ret i32 %286
}

declare extern_weak i32 @extern_weak_thing(i32 noundef) #22

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v16i32(<16 x i32>) #23

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v8i32(<8 x i32>) #23

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare ptr @llvm.load.relative.i64(ptr, i64) #24

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #10 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { mustprogress nofree norecurse nounwind willreturn uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="256" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #14 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="128" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #15 = { nofree norecurse nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #16 = { mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: none, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #17 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #18 = { nofree nounwind memory(read, argmem: readwrite, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #19 = { mustprogress nofree nounwind willreturn memory(argmem: readwrite) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #20 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #21 = { nounwind uwtable "min-legal-vector-width"="256" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #22 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #23 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #24 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) }
attributes #25 = { nounwind }
attributes #26 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !7, i64 0}
!6 = !{!"Mixed", !7, i64 0, !10, i64 8, !11, i64 16, !12, i64 20}
!7 = !{!"long", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!"double", !8, i64 0}
!11 = !{!"float", !8, i64 0}
!12 = !{!"int", !8, i64 0}
!13 = !{!6, !10, i64 8}
!14 = !{!6, !11, i64 16}
!15 = !{!6, !12, i64 20}
!16 = !{!10, !10, i64 0}
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.mustprogress"}
!19 = !{i64 0, i64 8, !20, i64 8, i64 8, !16, i64 16, i64 4, !21, i64 20, i64 4, !22}
!20 = !{!7, !7, i64 0}
!21 = !{!11, !11, i64 0}
!22 = !{!12, !12, i64 0}
!23 = !{!8, !8, i64 0}
!24 = distinct !{!24, !18}
!25 = !{!26, !26, i64 0}
!26 = !{!"any pointer", !8, i64 0}
!27 = !{i64 4114}
!28 = !{i64 4262}
!29 = !{!30, !30, i64 0}
!30 = !{!"long double", !8, i64 0}
!31 = !{!32, !32, i64 0}
!32 = !{!"__int128", !8, i64 0}
!33 = distinct !{!33, !18, !34, !35}
!34 = !{!"llvm.loop.isvectorized", i32 1}
!35 = !{!"llvm.loop.unroll.runtime.disable"}
!36 = distinct !{!36, !18}
!37 = distinct !{!37, !18, !35, !34}
!38 = distinct !{!38, !39}
!39 = !{!"llvm.loop.unroll.disable"}
!40 = distinct !{!40, !18}
!41 = distinct !{!41, !18}
!42 = distinct !{!42, !39}
!43 = distinct !{!43, !18}
!44 = distinct !{!44, !39}
