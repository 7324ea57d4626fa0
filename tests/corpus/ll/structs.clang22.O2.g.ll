; ModuleID = 'src/structs.c'
source_filename = "src/structs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Mixed = type { i64, double, float, i32 }
%union.Num = type { i64 }
%struct.__va_list_tag = type { i32, i32, ptr, ptr }

@g_counter = dso_local global i32 42, align 4, !dbg !0
@.str = private unnamed_addr constant [25 x i8] c"hello, \22irpass\22\0A\09\\ world\00", align 1, !dbg !32
@g_greeting = dso_local local_unnamed_addr global ptr @.str, align 8, !dbg !38
@g_mixed = dso_local local_unnamed_addr global %struct.Mixed { i64 7, double 3.140000e+00, float 2.500000e+00, i32 6 }, align 8, !dbg !42
@g_mixed_arr = dso_local local_unnamed_addr global [3 x %struct.Mixed] [%struct.Mixed { i64 1, double 1.000000e+00, float 1.000000e+00, i32 0 }, %struct.Mixed { i64 2, double 2.000000e+00, float 2.000000e+00, i32 5 }, %struct.Mixed zeroinitializer], align 16, !dbg !50
@.str.1 = private unnamed_addr constant [7 x i8] c"nested\00", align 1, !dbg !55
@g_nested = dso_local local_unnamed_addr global { [4 x %struct.Mixed], [3 x [4 x double]], [2 x [3 x [4 x i32]]], %union.Num, { i8, i8, i8, i8, i8, i8, i8, i8 }, ptr } { [4 x %struct.Mixed] zeroinitializer, [3 x [4 x double]] [[4 x double] [double 1.000000e+00, double 2.000000e+00, double 0.000000e+00, double 0.000000e+00], [4 x double] [double 3.000000e+00, double 0.000000e+00, double 0.000000e+00, double 0.000000e+00], [4 x double] zeroinitializer], [2 x [3 x [4 x i32]]] zeroinitializer, %union.Num zeroinitializer, { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 17, i8 -3, i8 28, i8 24, i8 0, i8 0, i8 0, i8 0 }, ptr @.str.1 }, align 8, !dbg !60
@g_ld = dso_local local_unnamed_addr global x86_fp80 0xK3FFFA000000000000000, align 16, !dbg !95
@g_big = dso_local local_unnamed_addr global i128 1267650600228229401496703205393, align 16, !dbg !98
@tls_var = dso_local thread_local local_unnamed_addr global i32 3, align 4, !dbg !100
@g_str_buf = dso_local global [15 x i8] c"mutable string\00", align 1, !dbg !102
@g_ops = dso_local local_unnamed_addr global [3 x ptr] [ptr @add, ptr @mul, ptr @sub], align 16, !dbg !107
@g_table = internal unnamed_addr constant [5 x double] [double 1.000000e+00, double 2.500000e+00, double -3.250000e+00, double 1.000000e+10, double 1.000000e-01], align 16, !dbg !175
@.str.2 = private unnamed_addr constant [18 x i8] c"logf_va(%s) = %d\0A\00", align 1, !dbg !114
@.str.3 = private unnamed_addr constant [4 x i8] c"red\00", align 1, !dbg !119
@.str.4 = private unnamed_addr constant [6 x i8] c"green\00", align 1, !dbg !122
@.str.5 = private unnamed_addr constant [5 x i8] c"blue\00", align 1, !dbg !127
@.str.6 = private unnamed_addr constant [2 x i8] c"?\00", align 1, !dbg !132
@g_atomic_counter = dso_local global i64 0, align 8, !dbg !167
@computed_goto.table = internal unnamed_addr constant [4 x ptr] [ptr blockaddress(@computed_goto, %10), ptr blockaddress(@computed_goto, %23), ptr blockaddress(@computed_goto, %28), ptr blockaddress(@computed_goto, %31)], align 16, !dbg !135
@g_ubig = dso_local local_unnamed_addr global i128 0, align 16, !dbg !162
@.str.8 = private unnamed_addr constant [2 x i8] c"x\00", align 1, !dbg !153
@.str.9 = private unnamed_addr constant [4 x i8] c"dfl\00", align 1, !dbg !155
@.str.10 = private unnamed_addr constant [13 x i8] c"%s %s %f %d\0A\00", align 1, !dbg !157
@g_zero_arr = dso_local local_unnamed_addr global [128 x i32] zeroinitializer, align 16, !dbg !170
@switch.table.color_name.rel = private unnamed_addr constant [7 x i32] [i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.3 to i64), i64 ptrtoint (ptr @switch.table.color_name.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.6 to i64), i64 ptrtoint (ptr @switch.table.color_name.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.6 to i64), i64 ptrtoint (ptr @switch.table.color_name.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.6 to i64), i64 ptrtoint (ptr @switch.table.color_name.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.6 to i64), i64 ptrtoint (ptr @switch.table.color_name.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.4 to i64), i64 ptrtoint (ptr @switch.table.color_name.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.5 to i64), i64 ptrtoint (ptr @switch.table.color_name.rel to i64)) to i32)], align 4

@alias_fn = dso_local alias i32 (i32), ptr @real_impl

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal noundef double @add(double noundef %0, double noundef %1) #0 !dbg !194 {
    #dbg_value(double %0, !196, !DIExpression(), !198)
    #dbg_value(double %1, !197, !DIExpression(), !198)
  %3 = fadd double %0, %1, !dbg !199
  ret double %3, !dbg !200
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal noundef double @mul(double noundef %0, double noundef %1) #0 !dbg !201 {
    #dbg_value(double %0, !203, !DIExpression(), !205)
    #dbg_value(double %1, !204, !DIExpression(), !205)
  %3 = fmul double %0, %1, !dbg !206
  ret double %3, !dbg !207
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal noundef double @sub(double noundef %0, double noundef %1) #0 !dbg !208 {
    #dbg_value(double %0, !210, !DIExpression(), !212)
    #dbg_value(double %1, !211, !DIExpression(), !212)
  %3 = fsub double %0, %1, !dbg !213
  ret double %3, !dbg !214
}

; Function Attrs: nounwind uwtable
define weak dso_local i32 @weak_fn(i32 noundef %0) local_unnamed_addr #1 !dbg !215 {
    #dbg_value(i32 %0, !219, !DIExpression(), !220)
  %2 = add nsw i32 %0, 1, !dbg !221
  ret i32 %2, !dbg !222
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define hidden range(i32 -2147483648, 2147483647) i32 @hidden_fn(i32 noundef %0) local_unnamed_addr #0 !dbg !223 {
    #dbg_value(i32 %0, !225, !DIExpression(), !226)
  %2 = shl nsw i32 %0, 1, !dbg !227
  ret i32 %2, !dbg !228
}

; Function Attrs: nounwind uwtable
define dso_local i32 @real_impl(i32 noundef %0) #1 !dbg !229 {
    #dbg_value(i32 %0, !231, !DIExpression(), !232)
  %2 = tail call fastcc i32 @static_fn(i32 noundef %0), !dbg !233
    #dbg_value(i32 %0, !225, !DIExpression(), !234)
  %3 = shl nsw i32 %0, 1, !dbg !236
  %4 = add nsw i32 %2, %3, !dbg !237
  %5 = tail call i32 @weak_fn(i32 noundef %0), !dbg !238
  %6 = add nsw i32 %4, %5, !dbg !239
  ret i32 %6, !dbg !240
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define internal fastcc range(i32 -2147483648, 2147483645) i32 @static_fn(i32 noundef %0) unnamed_addr #2 !dbg !241 {
    #dbg_value(i32 %0, !243, !DIExpression(), !244)
  %2 = add nsw i32 %0, -3, !dbg !245
  ret i32 %2, !dbg !246
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local double @sum_mixed(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #3 !dbg !247 {
    #dbg_value(ptr %0, !253, !DIExpression(), !258)
    #dbg_value(i32 %1, !254, !DIExpression(), !258)
    #dbg_value(double 0.000000e+00, !255, !DIExpression(), !258)
    #dbg_value(i32 0, !256, !DIExpression(), !259)
  %3 = icmp sgt i32 %1, 0, !dbg !260
  br i1 %3, label %4, label %6, !dbg !262

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64, !dbg !263
  br label %8, !dbg !264

6:                                                ; preds = %8, %2
  %7 = phi double [ 0.000000e+00, %2 ], [ %30, %8 ], !dbg !258
  ret double %7, !dbg !265

8:                                                ; preds = %4, %8
  %9 = phi i64 [ 0, %4 ], [ %31, %8 ]
  %10 = phi double [ 0.000000e+00, %4 ], [ %30, %8 ]
    #dbg_value(i64 %9, !256, !DIExpression(), !259)
    #dbg_value(double %10, !255, !DIExpression(), !258)
  %11 = getelementptr inbounds nuw %struct.Mixed, ptr %0, i64 %9, !dbg !266
  %12 = load i64, ptr %11, align 8, !dbg !267, !tbaa !268
  %13 = sitofp i64 %12 to double, !dbg !266
  %14 = getelementptr inbounds nuw i8, ptr %11, i64 8, !dbg !273
  %15 = load double, ptr %14, align 8, !dbg !273, !tbaa !274
  %16 = getelementptr inbounds nuw i8, ptr %11, i64 16, !dbg !275
  %17 = load float, ptr %16, align 8, !dbg !275, !tbaa !276
  %18 = fpext float %17 to double, !dbg !277
  %19 = tail call double @llvm.fmuladd.f64(double %15, double %18, double %13), !dbg !278
  %20 = getelementptr inbounds nuw i8, ptr %11, i64 20, !dbg !279
  %21 = load i32, ptr %20, align 4, !dbg !279, !tbaa !280
  %22 = sitofp i32 %21 to double, !dbg !281
  %23 = fadd double %19, %22, !dbg !282
  %24 = trunc nuw nsw i64 %9 to i32, !dbg !283
  %25 = urem i32 %24, 5, !dbg !283
  %26 = zext nneg i32 %25 to i64, !dbg !284
  %27 = getelementptr inbounds nuw double, ptr @g_table, i64 %26, !dbg !284
  %28 = load double, ptr %27, align 8, !dbg !284, !tbaa !285
  %29 = fadd double %28, %23, !dbg !286
  %30 = fadd double %10, %29, !dbg !287
    #dbg_value(double %30, !255, !DIExpression(), !258)
  %31 = add nuw nsw i64 %9, 1, !dbg !288
    #dbg_value(i64 %31, !256, !DIExpression(), !259)
  %32 = icmp eq i64 %31, %5, !dbg !263
  br i1 %32, label %6, label %8, !dbg !289, !llvm.loop !290
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #4

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @copy_mixed(ptr noundef writeonly captures(none) %0, ptr noundef readonly captures(none) %1, i32 noundef %2) local_unnamed_addr #6 !dbg !293 {
    #dbg_value(ptr %0, !298, !DIExpression(), !301)
    #dbg_value(ptr %1, !299, !DIExpression(), !301)
    #dbg_value(i32 %2, !300, !DIExpression(), !301)
  %4 = sext i32 %2 to i64, !dbg !302
  %5 = mul nsw i64 %4, 24, !dbg !303
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 8 %0, ptr align 8 %1, i64 %5, i1 false), !dbg !304
  ret void, !dbg !305
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #7

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @by_value(ptr dead_on_unwind noalias writable sret(%struct.Mixed) align 8 captures(none) initializes((0, 24)) %0, ptr noundef readonly byval(%struct.Mixed) align 8 captures(none) %1, i64 %2) local_unnamed_addr #6 !dbg !306 {
    #dbg_value(i64 %2, !311, !DIExpression(), !313)
    #dbg_declare(ptr %1, !310, !DIExpression(), !314)
    #dbg_declare(ptr %0, !312, !DIExpression(), !315)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef nonnull align 8 dereferenceable(24) %1, i64 24, i1 false), !dbg !316, !tbaa.struct !317
  %4 = bitcast i64 %2 to double, !dbg !320
  %5 = getelementptr inbounds nuw i8, ptr %0, i64 8, !dbg !321
  %6 = load double, ptr %5, align 8, !dbg !322, !tbaa !274
  %7 = fadd double %6, %4, !dbg !323
  store double %7, ptr %5, align 8, !dbg !324, !tbaa !274
  %8 = trunc i64 %2 to i32, !dbg !325
  %9 = lshr i32 %8, 24, !dbg !325
  %10 = getelementptr inbounds nuw i8, ptr %0, i64 20, !dbg !326
  %11 = load i32, ptr %10, align 4, !dbg !327, !tbaa !280
  %12 = xor i32 %11, %9, !dbg !328
  store i32 %12, ptr %10, align 4, !dbg !329, !tbaa !280
  ret void, !dbg !330
}

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @logf_va(ptr noundef %0, ...) local_unnamed_addr #8 !dbg !331 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16, !DIAssignID !354
    #dbg_assign(i1 poison, !336, !DIExpression(), !354, ptr %2, !DIExpression(), !355)
    #dbg_value(ptr %0, !335, !DIExpression(), !355)
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #27, !dbg !356
  call void @llvm.va_start.p0(ptr nonnull %2), !dbg !357
    #dbg_value(i32 0, !351, !DIExpression(), !355)
    #dbg_value(ptr %0, !352, !DIExpression(), !358)
  %3 = load i32, ptr %2, align 16
  %4 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %5 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %6 = load ptr, ptr %5, align 16
  %7 = getelementptr inbounds nuw i8, ptr %2, i64 4
  %8 = load ptr, ptr %4, align 8
  %9 = load i32, ptr %7, align 4
  br label %10, !dbg !359

10:                                               ; preds = %63, %1
  %11 = phi i32 [ %9, %1 ], [ %64, %63 ]
  %12 = phi ptr [ %8, %1 ], [ %65, %63 ]
  %13 = phi i32 [ %3, %1 ], [ %66, %63 ]
  %14 = phi i32 [ 0, %1 ], [ %67, %63 ], !dbg !355
  %15 = phi ptr [ %0, %1 ], [ %68, %63 ], !dbg !360
    #dbg_value(ptr %15, !352, !DIExpression(), !358)
    #dbg_value(i32 %14, !351, !DIExpression(), !355)
  %16 = load i8, ptr %15, align 1, !dbg !361, !tbaa !363
  switch i8 %16, label %63 [
    i8 0, label %17
    i8 100, label %19
    i8 102, label %33
    i8 108, label %48
  ], !dbg !364

17:                                               ; preds = %10
  call void @llvm.va_end.p0(ptr nonnull %2), !dbg !365
  %18 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, ptr noundef %0, i32 noundef %14), !dbg !366
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #27, !dbg !367
  ret i32 %14, !dbg !368

19:                                               ; preds = %10
  %20 = icmp ult i32 %13, 41, !dbg !369
  br i1 %20, label %21, label %25, !dbg !369

21:                                               ; preds = %19
  %22 = zext nneg i32 %13 to i64, !dbg !369
  %23 = getelementptr i8, ptr %6, i64 %22, !dbg !369
  %24 = add nuw nsw i32 %13, 8, !dbg !369
  store i32 %24, ptr %2, align 16, !dbg !369, !DIAssignID !372
    #dbg_assign(i32 %24, !336, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !372, ptr %2, !DIExpression(), !355)
  br label %27, !dbg !369

25:                                               ; preds = %19
  %26 = getelementptr i8, ptr %12, i64 8, !dbg !369
  store ptr %26, ptr %4, align 8, !dbg !369, !DIAssignID !373
    #dbg_assign(ptr %26, !336, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !373, ptr %4, !DIExpression(), !355)
  br label %27, !dbg !369

27:                                               ; preds = %25, %21
  %28 = phi ptr [ %12, %21 ], [ %26, %25 ]
  %29 = phi i32 [ %24, %21 ], [ %13, %25 ]
  %30 = phi ptr [ %23, %21 ], [ %12, %25 ], !dbg !369
  %31 = load i32, ptr %30, align 4, !dbg !369, !tbaa !190
  %32 = add nsw i32 %31, %14, !dbg !374
    #dbg_value(i32 %32, !351, !DIExpression(), !355)
  br label %63, !dbg !375

33:                                               ; preds = %10
  %34 = icmp ult i32 %11, 161, !dbg !376
  br i1 %34, label %35, label %39, !dbg !376

35:                                               ; preds = %33
  %36 = zext nneg i32 %11 to i64, !dbg !376
  %37 = getelementptr i8, ptr %6, i64 %36, !dbg !376
  %38 = add nuw nsw i32 %11, 16, !dbg !376
  store i32 %38, ptr %7, align 4, !dbg !376, !DIAssignID !378
    #dbg_assign(i32 %38, !336, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !378, ptr %7, !DIExpression(), !355)
  br label %41, !dbg !376

39:                                               ; preds = %33
  %40 = getelementptr i8, ptr %12, i64 8, !dbg !376
  store ptr %40, ptr %4, align 8, !dbg !376, !DIAssignID !379
    #dbg_assign(ptr %40, !336, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !379, ptr %4, !DIExpression(), !355)
  br label %41, !dbg !376

41:                                               ; preds = %39, %35
  %42 = phi i32 [ %38, %35 ], [ %11, %39 ]
  %43 = phi ptr [ %12, %35 ], [ %40, %39 ]
  %44 = phi ptr [ %37, %35 ], [ %12, %39 ], !dbg !376
  %45 = load double, ptr %44, align 8, !dbg !376, !tbaa !285
  %46 = fptosi double %45 to i32, !dbg !380
  %47 = add nsw i32 %14, %46, !dbg !381
    #dbg_value(i32 %47, !351, !DIExpression(), !355)
  br label %63, !dbg !382

48:                                               ; preds = %10
  %49 = icmp ult i32 %13, 41, !dbg !383
  br i1 %49, label %50, label %54, !dbg !383

50:                                               ; preds = %48
  %51 = zext nneg i32 %13 to i64, !dbg !383
  %52 = getelementptr i8, ptr %6, i64 %51, !dbg !383
  %53 = add nuw nsw i32 %13, 8, !dbg !383
  store i32 %53, ptr %2, align 16, !dbg !383, !DIAssignID !385
    #dbg_assign(i32 %53, !336, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !385, ptr %2, !DIExpression(), !355)
  br label %56, !dbg !383

54:                                               ; preds = %48
  %55 = getelementptr i8, ptr %12, i64 8, !dbg !383
  store ptr %55, ptr %4, align 8, !dbg !383, !DIAssignID !386
    #dbg_assign(ptr %55, !336, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !386, ptr %4, !DIExpression(), !355)
  br label %56, !dbg !383

56:                                               ; preds = %54, %50
  %57 = phi ptr [ %12, %50 ], [ %55, %54 ]
  %58 = phi i32 [ %53, %50 ], [ %13, %54 ]
  %59 = phi ptr [ %52, %50 ], [ %12, %54 ], !dbg !383
  %60 = load i64, ptr %59, align 8, !dbg !383, !tbaa !318
  %61 = trunc i64 %60 to i32, !dbg !387
  %62 = add nsw i32 %14, %61, !dbg !388
    #dbg_value(i32 %62, !351, !DIExpression(), !355)
  br label %63, !dbg !389

63:                                               ; preds = %10, %27, %56, %41
  %64 = phi i32 [ %11, %27 ], [ %42, %41 ], [ %11, %56 ], [ %11, %10 ]
  %65 = phi ptr [ %28, %27 ], [ %43, %41 ], [ %57, %56 ], [ %12, %10 ]
  %66 = phi i32 [ %29, %27 ], [ %13, %41 ], [ %58, %56 ], [ %13, %10 ]
  %67 = phi i32 [ %32, %27 ], [ %47, %41 ], [ %62, %56 ], [ %14, %10 ], !dbg !355
    #dbg_value(i32 %67, !351, !DIExpression(), !355)
  %68 = getelementptr inbounds nuw i8, ptr %15, i64 1, !dbg !390
    #dbg_value(ptr %68, !352, !DIExpression(), !358)
  br label %10, !dbg !391, !llvm.loop !392
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #9

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #9

; Function Attrs: nofree nounwind
declare !dbg !395 noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #10

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef nonnull ptr @color_name(i32 noundef %0) local_unnamed_addr #0 !dbg !399 {
    #dbg_value(i32 %0, !403, !DIExpression(), !404)
  %2 = icmp ult i32 %0, 7, !dbg !405
  br i1 %2, label %3, label %7, !dbg !405

3:                                                ; preds = %1
  %4 = zext nneg i32 %0 to i64, !dbg !405
  %5 = shl i64 %4, 2, !dbg !405
  %6 = call ptr @llvm.load.relative.i64(ptr @switch.table.color_name.rel, i64 %5), !dbg !405
  br label %7, !dbg !405

7:                                                ; preds = %1, %3
  %8 = phi ptr [ %6, %3 ], [ @.str.6, %1 ], !dbg !406
  ret ptr %8, !dbg !408
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local range(i32 3, 0) i32 @classify(i32 noundef %0) local_unnamed_addr #0 !dbg !409 {
    #dbg_value(i32 %0, !411, !DIExpression(), !412)
  switch i32 %0, label %6 [
    i32 0, label %7
    i32 1, label %2
    i32 2, label %2
    i32 7, label %3
    i32 100, label %4
    i32 -5, label %5
  ], !dbg !413

2:                                                ; preds = %1, %1
  br label %7, !dbg !414

3:                                                ; preds = %1
  br label %7, !dbg !416

4:                                                ; preds = %1
  br label %7, !dbg !417

5:                                                ; preds = %1
  br label %7, !dbg !418

6:                                                ; preds = %1
  br label %7, !dbg !419

7:                                                ; preds = %1, %6, %5, %4, %3, %2
  %8 = phi i32 [ %0, %6 ], [ 55, %5 ], [ 20, %2 ], [ 21, %3 ], [ -1, %4 ], [ 10, %1 ], !dbg !420
  ret i32 %8, !dbg !421
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local double @matrix_trace(ptr noundef readonly captures(none) %0) local_unnamed_addr #11 !dbg !422 {
    #dbg_value(ptr %0, !428, !DIExpression(), !444)
    #dbg_value(i64 0, !430, !DIExpression(), !445)
    #dbg_value(i64 0, !432, !DIExpression(), !446)
    #dbg_value(double 0.000000e+00, !429, !DIExpression(), !444)
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 96
  %3 = load double, ptr %2, align 8, !dbg !447, !tbaa !285
    #dbg_value(i64 1, !430, !DIExpression(), !445)
    #dbg_value(double poison, !429, !DIExpression(), !444)
    #dbg_value(i64 1, !432, !DIExpression(), !446)
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 136, !dbg !447
  %5 = load double, ptr %4, align 8, !dbg !447, !tbaa !285
    #dbg_value(i64 2, !430, !DIExpression(), !445)
    #dbg_value(i64 2, !432, !DIExpression(), !446)
  %6 = getelementptr inbounds nuw i8, ptr %0, i64 176, !dbg !447
  %7 = load double, ptr %6, align 8, !dbg !447, !tbaa !285
    #dbg_value(i64 3, !432, !DIExpression(), !446)
  %8 = fadd double %3, 0.000000e+00, !dbg !450
    #dbg_value(double %8, !429, !DIExpression(), !444)
  %9 = fadd double %8, %5, !dbg !451
    #dbg_value(double %9, !429, !DIExpression(), !444)
  %10 = fadd double %9, %7, !dbg !452
    #dbg_value(double %10, !429, !DIExpression(), !444)
    #dbg_value(i64 4, !432, !DIExpression(), !446)
    #dbg_value(i64 3, !430, !DIExpression(), !445)
  %11 = getelementptr inbounds nuw i8, ptr %0, i64 192
    #dbg_value(i64 0, !436, !DIExpression(), !453)
    #dbg_value(i64 0, !438, !DIExpression(), !454)
    #dbg_value(i64 0, !441, !DIExpression(), !455)
    #dbg_value(i32 0, !435, !DIExpression(), !444)
    #dbg_value(i32 poison, !435, !DIExpression(), !444)
    #dbg_value(i64 1, !441, !DIExpression(), !455)
    #dbg_value(i32 poison, !435, !DIExpression(), !444)
    #dbg_value(i64 2, !441, !DIExpression(), !455)
    #dbg_value(i32 poison, !435, !DIExpression(), !444)
    #dbg_value(i64 3, !441, !DIExpression(), !455)
    #dbg_value(i32 poison, !435, !DIExpression(), !444)
    #dbg_value(i64 4, !441, !DIExpression(), !455)
    #dbg_value(i64 1, !438, !DIExpression(), !454)
    #dbg_value(i64 0, !441, !DIExpression(), !455)
    #dbg_value(i32 poison, !435, !DIExpression(), !444)
    #dbg_value(i64 1, !441, !DIExpression(), !455)
    #dbg_value(i32 poison, !435, !DIExpression(), !444)
    #dbg_value(i64 2, !441, !DIExpression(), !455)
    #dbg_value(i32 poison, !435, !DIExpression(), !444)
    #dbg_value(i64 3, !441, !DIExpression(), !455)
    #dbg_value(i32 poison, !435, !DIExpression(), !444)
    #dbg_value(i64 4, !441, !DIExpression(), !455)
    #dbg_value(i64 2, !438, !DIExpression(), !454)
    #dbg_value(i64 0, !441, !DIExpression(), !455)
    #dbg_value(i32 poison, !435, !DIExpression(), !444)
    #dbg_value(i64 1, !441, !DIExpression(), !455)
    #dbg_value(i32 poison, !435, !DIExpression(), !444)
    #dbg_value(i64 2, !441, !DIExpression(), !455)
    #dbg_value(i32 poison, !435, !DIExpression(), !444)
    #dbg_value(i64 3, !441, !DIExpression(), !455)
    #dbg_value(i32 poison, !435, !DIExpression(), !444)
    #dbg_value(i64 4, !441, !DIExpression(), !455)
    #dbg_value(i64 3, !438, !DIExpression(), !454)
    #dbg_value(i64 1, !436, !DIExpression(), !453)
    #dbg_value(i64 0, !438, !DIExpression(), !454)
    #dbg_value(i64 0, !441, !DIExpression(), !455)
    #dbg_value(i32 poison, !435, !DIExpression(), !444)
    #dbg_value(i64 1, !441, !DIExpression(), !455)
    #dbg_value(i32 poison, !435, !DIExpression(), !444)
    #dbg_value(i64 2, !441, !DIExpression(), !455)
    #dbg_value(i32 poison, !435, !DIExpression(), !444)
    #dbg_value(i64 3, !441, !DIExpression(), !455)
    #dbg_value(i32 poison, !435, !DIExpression(), !444)
    #dbg_value(i64 4, !441, !DIExpression(), !455)
    #dbg_value(i64 1, !438, !DIExpression(), !454)
    #dbg_value(i64 0, !441, !DIExpression(), !455)
    #dbg_value(i32 poison, !435, !DIExpression(), !444)
    #dbg_value(i64 1, !441, !DIExpression(), !455)
    #dbg_value(i32 poison, !435, !DIExpression(), !444)
    #dbg_value(i64 2, !441, !DIExpression(), !455)
    #dbg_value(i32 poison, !435, !DIExpression(), !444)
    #dbg_value(i64 3, !441, !DIExpression(), !455)
    #dbg_value(i32 poison, !435, !DIExpression(), !444)
    #dbg_value(i64 4, !441, !DIExpression(), !455)
    #dbg_value(i64 2, !438, !DIExpression(), !454)
    #dbg_value(i64 0, !441, !DIExpression(), !455)
    #dbg_value(i32 poison, !435, !DIExpression(), !444)
    #dbg_value(i64 1, !441, !DIExpression(), !455)
    #dbg_value(i32 poison, !435, !DIExpression(), !444)
    #dbg_value(i64 2, !441, !DIExpression(), !455)
    #dbg_value(i32 poison, !435, !DIExpression(), !444)
    #dbg_value(i64 3, !441, !DIExpression(), !455)
  %12 = load <24 x i32>, ptr %11, align 8, !dbg !456, !tbaa !190
  %13 = tail call i32 @llvm.vector.reduce.add.v24i32(<24 x i32> %12), !dbg !458
    #dbg_value(i32 %13, !435, !DIExpression(), !444)
    #dbg_value(i64 4, !441, !DIExpression(), !455)
    #dbg_value(i64 3, !438, !DIExpression(), !454)
    #dbg_value(i64 2, !436, !DIExpression(), !453)
  %14 = sitofp i32 %13 to double, !dbg !459
  %15 = fadd double %10, %14, !dbg !460
  %16 = getelementptr inbounds nuw i8, ptr %0, i64 296, !dbg !461
  %17 = load i64, ptr %16, align 8, !dbg !462
  %18 = trunc i64 %17 to i32, !dbg !462
  %19 = and i32 %18, 7, !dbg !462
  %20 = uitofp nneg i32 %19 to double, !dbg !463
  %21 = fadd double %15, %20, !dbg !464
  %22 = lshr i32 %18, 3, !dbg !465
  %23 = and i32 %22, 31, !dbg !465
  %24 = uitofp nneg i32 %23 to double, !dbg !466
  %25 = fadd double %21, %24, !dbg !467
  %26 = shl i64 %17, 49, !dbg !468
  %27 = ashr i64 %26, 57, !dbg !468
  %28 = trunc nsw i64 %27 to i32, !dbg !468
  %29 = sitofp i32 %28 to double, !dbg !469
  %30 = fadd double %25, %29, !dbg !470
  %31 = lshr i64 %17, 15, !dbg !471
  %32 = and i64 %31, 1099511627775, !dbg !471
  %33 = uitofp nneg i64 %32 to double, !dbg !472
  %34 = fadd double %30, %33, !dbg !473
  ret double %34, !dbg !474
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @set_flags(ptr noundef captures(none) %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #6 !dbg !475 {
    #dbg_value(ptr %0, !480, !DIExpression(), !483)
    #dbg_value(i32 %1, !481, !DIExpression(), !483)
    #dbg_value(i32 %2, !482, !DIExpression(), !483)
  %4 = zext i32 %1 to i64, !dbg !484
  %5 = load i64, ptr %0, align 8, !dbg !484
  %6 = and i64 %4, 7, !dbg !484
  %7 = and i64 %5, -36028797018963968, !dbg !484
  %8 = shl i32 %1, 4, !dbg !485
  %9 = and i32 %8, 240, !dbg !486
  %10 = zext nneg i32 %9 to i64, !dbg !486
  %11 = shl i32 %2, 8, !dbg !487
  %12 = shl i64 %4, 45, !dbg !488
  %13 = and i64 %12, 35993612646875136, !dbg !489
  %14 = and i32 %11, 32512, !dbg !489
  %15 = zext nneg i32 %14 to i64, !dbg !489
  %16 = or disjoint i64 %6, %10, !dbg !490
  %17 = or disjoint i64 %16, %13, !dbg !491
  %18 = or disjoint i64 %17, %15, !dbg !489
  %19 = or disjoint i64 %18, %7, !dbg !492
  store i64 %19, ptr %0, align 8, !dbg !493
  ret void, !dbg !494
}

; Function Attrs: nounwind uwtable
define dso_local double @apply(ptr noundef readonly captures(none) %0, double noundef %1, double noundef %2) local_unnamed_addr #1 !dbg !495 {
    #dbg_value(ptr %0, !499, !DIExpression(), !502)
    #dbg_value(double %1, !500, !DIExpression(), !502)
    #dbg_value(double %2, !501, !DIExpression(), !502)
  %4 = tail call double %0(double noundef %1, double noundef %2) #27, !dbg !503
  ret double %4, !dbg !504
}

; Function Attrs: nounwind uwtable
define dso_local double @apply_all(double noundef %0, double noundef %1) local_unnamed_addr #1 !dbg !505 {
    #dbg_value(double %0, !507, !DIExpression(), !512)
    #dbg_value(double %1, !508, !DIExpression(), !512)
    #dbg_value(double 0.000000e+00, !509, !DIExpression(), !512)
    #dbg_value(i32 0, !510, !DIExpression(), !513)
    #dbg_value(i64 0, !510, !DIExpression(), !513)
    #dbg_value(double 0.000000e+00, !509, !DIExpression(), !512)
  %3 = load ptr, ptr @g_ops, align 16, !dbg !514, !tbaa !516
    #dbg_value(ptr %3, !499, !DIExpression(), !518)
    #dbg_value(double %0, !500, !DIExpression(), !518)
    #dbg_value(double %1, !501, !DIExpression(), !518)
  %4 = tail call double %3(double noundef %0, double noundef %1) #27, !dbg !520
  %5 = fadd double %4, 0.000000e+00, !dbg !521
    #dbg_value(double %5, !509, !DIExpression(), !512)
    #dbg_value(i64 1, !510, !DIExpression(), !513)
  %6 = load ptr, ptr getelementptr inbounds nuw (i8, ptr @g_ops, i64 8), align 8, !dbg !514, !tbaa !516
    #dbg_value(ptr %6, !499, !DIExpression(), !518)
  %7 = tail call double %6(double noundef %0, double noundef %1) #27, !dbg !522
  %8 = fadd double %5, %7, !dbg !523
    #dbg_value(double %8, !509, !DIExpression(), !512)
    #dbg_value(i64 2, !510, !DIExpression(), !513)
  %9 = load ptr, ptr getelementptr inbounds nuw (i8, ptr @g_ops, i64 16), align 16, !dbg !514, !tbaa !516
    #dbg_value(ptr %9, !499, !DIExpression(), !518)
  %10 = tail call double %9(double noundef %0, double noundef %1) #27, !dbg !524
  %11 = fadd double %8, %10, !dbg !525
    #dbg_value(double %11, !509, !DIExpression(), !512)
    #dbg_value(i64 3, !510, !DIExpression(), !513)
  ret double %11, !dbg !526
}

; Function Attrs: nounwind uwtable
define dso_local i32 @asm_add(i32 noundef %0, i32 noundef %1) local_unnamed_addr #1 !dbg !527 {
    #dbg_value(i32 %0, !529, !DIExpression(), !532)
    #dbg_value(i32 %1, !530, !DIExpression(), !532)
  %3 = tail call i32 asm sideeffect "leal ($1,$2), $0", "=r,r,r,~{cc},~{dirflag},~{fpsr},~{flags}"(i32 %0, i32 %1) #27, !dbg !533, !srcloc !534
    #dbg_value(i32 %3, !531, !DIExpression(), !532)
  ret i32 %3, !dbg !535
}

; Function Attrs: nounwind uwtable
define dso_local void @asm_barrier() local_unnamed_addr #1 !dbg !536 {
  tail call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"() #27, !dbg !539, !srcloc !540
  ret void, !dbg !541
}

; Function Attrs: mustprogress nofree norecurse nounwind willreturn uwtable
define dso_local i64 @atomics(i64 noundef %0) local_unnamed_addr #12 !dbg !542 {
    #dbg_value(i64 %0, !546, !DIExpression(), !550)
  %2 = atomicrmw add ptr @g_atomic_counter, i64 %0 seq_cst, align 8, !dbg !551
  %3 = trunc i64 %0 to i32, !dbg !552
  %4 = atomicrmw xchg ptr @g_counter, i32 %3 seq_cst, align 4, !dbg !553
    #dbg_value(i32 %4, !547, !DIExpression(DW_OP_LLVM_convert, 32, DW_ATE_signed, DW_OP_LLVM_convert, 64, DW_ATE_signed, DW_OP_stack_value), !550)
    #dbg_value(i32 5, !548, !DIExpression(), !550)
  %5 = cmpxchg ptr @g_counter, i32 5, i32 9 acq_rel acquire, align 4, !dbg !554
  %6 = sext i32 %4 to i64, !dbg !555
    #dbg_value(i64 %6, !547, !DIExpression(), !550)
  %7 = load atomic i64, ptr @g_atomic_counter acquire, align 8, !dbg !556
  %8 = load atomic i32, ptr @g_counter acquire, align 4, !dbg !557
  %9 = sext i32 %8 to i64, !dbg !558
    #dbg_value(i64 poison, !549, !DIExpression(), !550)
  %10 = tail call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @tls_var), !dbg !559
  store atomic i32 1, ptr %10 release, align 4, !dbg !560
  %11 = atomicrmw sub ptr @g_counter, i32 1 monotonic, align 4, !dbg !561
  fence seq_cst, !dbg !562
  %12 = load atomic i64, ptr @g_atomic_counter seq_cst, align 8, !dbg !563
  %13 = add i64 %7, %6, !dbg !564
  %14 = add i64 %13, %9, !dbg !565
  %15 = add nsw i64 %14, %12, !dbg !566
  ret i64 %15, !dbg !567
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare nonnull ptr @llvm.threadlocal.address.p0(ptr nonnull) #13

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local <4 x double> @vec_fma(ptr noundef readonly byval(<4 x double>) align 32 captures(none) %0, ptr noundef readonly byval(<4 x double>) align 32 captures(none) %1, ptr noundef readonly byval(<4 x double>) align 32 captures(none) %2) local_unnamed_addr #14 !dbg !568 {
  %4 = load <4 x double>, ptr %0, align 32, !tbaa !363
  %5 = load <4 x double>, ptr %1, align 32, !tbaa !363
  %6 = load <4 x double>, ptr %2, align 32, !tbaa !363
    #dbg_value(<4 x double> %4, !574, !DIExpression(), !577)
    #dbg_value(<4 x double> %5, !575, !DIExpression(), !577)
    #dbg_value(<4 x double> %6, !576, !DIExpression(), !577)
  %7 = tail call <4 x double> @llvm.fmuladd.v4f64(<4 x double> %4, <4 x double> %5, <4 x double> %6), !dbg !578
  ret <4 x double> %7, !dbg !579
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x double> @llvm.fmuladd.v4f64(<4 x double>, <4 x double>, <4 x double>) #5

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef <4 x float> @vec_shuffle(<4 x float> noundef %0, <4 x float> noundef %1) local_unnamed_addr #15 !dbg !580 {
    #dbg_value(<4 x float> %0, !586, !DIExpression(), !588)
    #dbg_value(<4 x float> %1, !587, !DIExpression(), !588)
  %3 = shufflevector <4 x float> %0, <4 x float> %1, <4 x i32> <i32 0, i32 5, i32 2, i32 7>, !dbg !589
  ret <4 x float> %3, !dbg !590
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local <8 x i32> @vec_cmp(ptr noundef readonly byval(<8 x i32>) align 32 captures(none) %0, ptr noundef readonly byval(<8 x i32>) align 32 captures(none) %1) local_unnamed_addr #14 !dbg !591 {
  %3 = load <8 x i32>, ptr %0, align 32, !tbaa !363
  %4 = load <8 x i32>, ptr %1, align 32, !tbaa !363
    #dbg_value(<8 x i32> %3, !597, !DIExpression(), !599)
    #dbg_value(<8 x i32> %4, !598, !DIExpression(), !599)
  %5 = icmp sgt <8 x i32> %3, %4, !dbg !600
  %6 = xor <8 x i32> %4, %3, !dbg !601
  %7 = select <8 x i1> %5, <8 x i32> %6, <8 x i32> zeroinitializer, !dbg !602
  ret <8 x i32> %7, !dbg !603
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local float @vec_extract(<4 x float> noundef %0, i32 noundef %1) local_unnamed_addr #15 !dbg !604 {
    #dbg_value(<4 x float> %0, !608, !DIExpression(), !610)
    #dbg_value(i32 %1, !609, !DIExpression(), !610)
  %3 = extractelement <4 x float> %0, i32 %1, !dbg !611
  %4 = extractelement <4 x float> %0, i64 2, !dbg !612
  %5 = fadd float %4, %3, !dbg !613
  ret float %5, !dbg !614
}

; Function Attrs: nofree norecurse nosync nounwind memory(none) uwtable
define dso_local i32 @computed_goto(i32 noundef %0, i32 noundef %1) local_unnamed_addr #16 !dbg !137 {
    #dbg_value(i32 %0, !141, !DIExpression(), !615)
    #dbg_value(i32 %1, !142, !DIExpression(), !615)
    #dbg_value(i32 0, !143, !DIExpression(), !615)
  %3 = and i32 %0, 3, !dbg !616
    #dbg_value(i32 %0, !144, !DIExpression(DW_OP_constu, 3, DW_OP_and, DW_OP_stack_value), !615)
  %4 = zext nneg i32 %3 to i64, !dbg !617
  %5 = getelementptr inbounds nuw ptr, ptr @computed_goto.table, i64 %4, !dbg !617
  %6 = load ptr, ptr %5, align 8, !dbg !617, !tbaa !516
  %7 = xor i32 %3, 2
  %8 = zext nneg i32 %7 to i64
  %9 = getelementptr inbounds nuw ptr, ptr @computed_goto.table, i64 %8
  br label %33, !dbg !618

10:                                               ; preds = %33
    #dbg_label(!145, !619)
  %11 = add nsw i32 %34, 1, !dbg !620
    #dbg_value(i32 %11, !143, !DIExpression(), !615)
    #dbg_value(i32 %35, !142, !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_stack_value), !615)
  %12 = icmp sgt i32 %35, 1, !dbg !621
  br i1 %12, label %13, label %31, !dbg !623

13:                                               ; preds = %10
    #dbg_value(i32 %35, !142, !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_stack_value), !615)
  %14 = add i32 %11, %0, !dbg !624
  %15 = and i32 %14, 3, !dbg !625
  %16 = zext nneg i32 %15 to i64, !dbg !626
  %17 = getelementptr inbounds nuw ptr, ptr @computed_goto.table, i64 %16, !dbg !626
  %18 = load ptr, ptr %17, align 8, !dbg !626, !tbaa !516
  br label %19, !dbg !627

19:                                               ; preds = %28, %13, %26
  %20 = phi i32 [ %11, %13 ], [ %24, %26 ], [ %29, %28 ]
  %21 = phi ptr [ %18, %13 ], [ %27, %26 ], [ blockaddress(@computed_goto, %10), %28 ]
  %22 = add nsw i32 %35, -1, !dbg !615
  br label %33

23:                                               ; preds = %33
    #dbg_label(!146, !628)
  %24 = add nsw i32 %34, -1, !dbg !629
    #dbg_value(i32 %24, !143, !DIExpression(), !615)
    #dbg_value(i32 %35, !142, !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_stack_value), !615)
  %25 = icmp sgt i32 %35, 1, !dbg !630
  br i1 %25, label %26, label %31, !dbg !632

26:                                               ; preds = %23
    #dbg_value(i32 %35, !142, !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_stack_value), !615)
  %27 = load ptr, ptr %9, align 8, !dbg !633, !tbaa !516
  br label %19, !dbg !634

28:                                               ; preds = %33
    #dbg_label(!147, !635)
  %29 = shl nsw i32 %34, 1, !dbg !636
    #dbg_value(i32 %29, !143, !DIExpression(), !615)
    #dbg_value(i32 %35, !142, !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_stack_value), !615)
  %30 = icmp sgt i32 %35, 1, !dbg !637
  br i1 %30, label %19, label %31, !dbg !639

31:                                               ; preds = %28, %23, %10, %33
  %32 = phi i32 [ %11, %10 ], [ %24, %23 ], [ %29, %28 ], [ %34, %33 ], !dbg !615
    #dbg_value(i32 %32, !143, !DIExpression(), !615)
    #dbg_label(!148, !640)
  ret i32 %32, !dbg !641

33:                                               ; preds = %19, %2
  %34 = phi i32 [ 0, %2 ], [ %20, %19 ], !dbg !615
  %35 = phi i32 [ %1, %2 ], [ %22, %19 ]
  %36 = phi ptr [ %6, %2 ], [ %21, %19 ]
    #dbg_value(i32 %35, !142, !DIExpression(), !615)
    #dbg_value(i32 %34, !143, !DIExpression(), !615)
  indirectbr ptr %36, [label %10, label %23, label %28, label %31]
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local x86_fp80 @ld_ops(x86_fp80 noundef %0, x86_fp80 noundef %1) local_unnamed_addr #17 !dbg !642 {
    #dbg_value(x86_fp80 %0, !646, !DIExpression(DW_OP_LLVM_fragment, 0, 80), !648)
    #dbg_value(x86_fp80 %1, !647, !DIExpression(DW_OP_LLVM_fragment, 0, 80), !648)
  %3 = load x86_fp80, ptr @g_ld, align 16, !dbg !649, !tbaa !650
  %4 = fsub x86_fp80 %0, %1, !dbg !652
  %5 = fdiv x86_fp80 %3, %4, !dbg !653
  %6 = tail call x86_fp80 @llvm.fmuladd.f80(x86_fp80 %0, x86_fp80 %1, x86_fp80 %5), !dbg !654
  ret x86_fp80 %6, !dbg !655
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare x86_fp80 @llvm.fmuladd.f80(x86_fp80, x86_fp80, x86_fp80) #5

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local i128 @i128_ops(i128 noundef %0, i128 noundef %1) local_unnamed_addr #18 !dbg !656 {
    #dbg_value(i128 %0, !660, !DIExpression(), !662)
    #dbg_value(i128 %1, !661, !DIExpression(), !662)
  %3 = mul i128 %1, 3, !dbg !663
  store i128 %3, ptr @g_ubig, align 16, !dbg !664, !tbaa !665
  %4 = mul nsw i128 %1, %0, !dbg !667
  %5 = ashr i128 %0, 7, !dbg !668
  %6 = add nsw i128 %4, %5, !dbg !669
  %7 = load i128, ptr @g_big, align 16, !dbg !670, !tbaa !665
  %8 = srem i128 %7, 1000, !dbg !671
  %9 = sub i128 %6, %8, !dbg !672
  ret i128 %9, !dbg !673
}

; Function Attrs: nofree norecurse nosync nounwind memory(none) uwtable
define dso_local double @vla_sum(i32 noundef %0, i32 noundef %1) local_unnamed_addr #16 !dbg !674 {
    #dbg_value(i32 %0, !678, !DIExpression(), !701)
    #dbg_value(i32 %1, !679, !DIExpression(), !701)
  %3 = zext i32 %0 to i64, !dbg !702
  %4 = zext i32 %1 to i64, !dbg !702
  %5 = mul nuw i64 %4, %3, !dbg !702
  %6 = alloca double, i64 %5, align 16, !dbg !702
    #dbg_value(i64 %3, !680, !DIExpression(), !701)
    #dbg_value(i64 %4, !681, !DIExpression(), !701)
    #dbg_declare(ptr %6, !682, !DIExpression(), !703)
  %7 = sext i32 %0 to i64, !dbg !704
  %8 = shl nsw i64 %7, 3, !dbg !705
  %9 = alloca i8, i64 %8, align 16, !dbg !706
    #dbg_value(ptr %9, !687, !DIExpression(), !701)
    #dbg_value(i32 0, !689, !DIExpression(), !707)
  %10 = icmp sgt i32 %0, 0, !dbg !708
  br i1 %10, label %11, label %71, !dbg !709

11:                                               ; preds = %2
  %12 = icmp sgt i32 %1, 0
  %13 = icmp ult i32 %1, 4
  %14 = and i64 %4, 2147483644
  %15 = icmp eq i64 %14, %4
  br label %23, !dbg !709

16:                                               ; preds = %52
    #dbg_value(i32 0, !696, !DIExpression(), !710)
    #dbg_value(double 0.000000e+00, !695, !DIExpression(), !701)
  %17 = icmp sgt i32 %1, 0
  %18 = and i64 %4, 3
  %19 = icmp ult i32 %1, 4
  %20 = and i64 %4, 2147483644
  %21 = icmp eq i64 %18, 0
  %22 = icmp ne i64 %18, 0
  br label %63, !dbg !711

23:                                               ; preds = %11, %52
  %24 = phi i64 [ 0, %11 ], [ %53, %52 ]
    #dbg_value(i64 %24, !689, !DIExpression(), !707)
  %25 = trunc nuw nsw i64 %24 to i32, !dbg !712
  %26 = uitofp nneg i32 %25 to double, !dbg !712
  %27 = getelementptr inbounds nuw double, ptr %9, i64 %24, !dbg !713
  store double %26, ptr %27, align 8, !dbg !714, !tbaa !285
    #dbg_value(i32 0, !691, !DIExpression(), !715)
  br i1 %12, label %28, label %52, !dbg !716

28:                                               ; preds = %23
  %29 = mul nuw nsw i64 %24, %4
  %30 = getelementptr inbounds nuw double, ptr %6, i64 %29
  br i1 %13, label %50, label %31, !dbg !716

31:                                               ; preds = %28
  %32 = insertelement <2 x i64> poison, i64 %29, i64 0
  %33 = shufflevector <2 x i64> %32, <2 x i64> poison, <2 x i32> zeroinitializer
  %34 = add <2 x i64> splat (i64 2), %33, !dbg !716
  br label %35, !dbg !716

35:                                               ; preds = %35, %31
  %36 = phi i64 [ 0, %31 ], [ %46, %35 ], !dbg !717
  %37 = phi <2 x i64> [ <i64 0, i64 1>, %31 ], [ %47, %35 ]
  %38 = add nuw nsw <2 x i64> %37, %33, !dbg !719
  %39 = add <2 x i64> %37, %34
  %40 = trunc nuw <2 x i64> %38 to <2 x i32>, !dbg !720
  %41 = trunc nuw <2 x i64> %39 to <2 x i32>, !dbg !720
  %42 = sitofp <2 x i32> %40 to <2 x double>, !dbg !720
  %43 = sitofp <2 x i32> %41 to <2 x double>, !dbg !720
  %44 = getelementptr inbounds nuw double, ptr %30, i64 %36, !dbg !721
  %45 = getelementptr inbounds nuw i8, ptr %44, i64 16, !dbg !722
  store <2 x double> %42, ptr %44, align 8, !dbg !722, !tbaa !285
  store <2 x double> %43, ptr %45, align 8, !dbg !722, !tbaa !285
  %46 = add nuw i64 %36, 4, !dbg !717
  %47 = add <2 x i64> %37, splat (i64 4)
  %48 = icmp eq i64 %46, %14, !dbg !723
  br i1 %48, label %49, label %35, !dbg !723, !llvm.loop !724

49:                                               ; preds = %35
  br i1 %15, label %52, label %50, !dbg !723

50:                                               ; preds = %28, %49
  %51 = phi i64 [ 0, %28 ], [ %14, %49 ]
  br label %55, !dbg !723

52:                                               ; preds = %55, %49, %23
  %53 = add nuw nsw i64 %24, 1, !dbg !727
    #dbg_value(i64 %53, !689, !DIExpression(), !707)
  %54 = icmp eq i64 %53, %3, !dbg !728
  br i1 %54, label %16, label %23, !dbg !729, !llvm.loop !730

55:                                               ; preds = %50, %55
  %56 = phi i64 [ %61, %55 ], [ %51, %50 ]
    #dbg_value(i64 %56, !691, !DIExpression(), !715)
  %57 = add nuw nsw i64 %56, %29, !dbg !719
  %58 = trunc nuw i64 %57 to i32, !dbg !720
  %59 = sitofp i32 %58 to double, !dbg !720
  %60 = getelementptr inbounds nuw double, ptr %30, i64 %56, !dbg !721
  store double %59, ptr %60, align 8, !dbg !722, !tbaa !285
  %61 = add nuw nsw i64 %56, 1, !dbg !717
    #dbg_value(i64 %61, !691, !DIExpression(), !715)
  %62 = icmp eq i64 %61, %4, !dbg !733
  br i1 %62, label %52, label %55, !dbg !723, !llvm.loop !734

63:                                               ; preds = %16, %87
  %64 = phi i64 [ 0, %16 ], [ %89, %87 ]
  %65 = phi double [ 0.000000e+00, %16 ], [ %88, %87 ]
    #dbg_value(i64 %64, !696, !DIExpression(), !710)
    #dbg_value(i32 0, !698, !DIExpression(), !735)
    #dbg_value(double %65, !695, !DIExpression(), !701)
  br i1 %17, label %66, label %87, !dbg !736

66:                                               ; preds = %63
  %67 = mul nuw nsw i64 %64, %4
  %68 = getelementptr inbounds nuw double, ptr %6, i64 %67
  %69 = getelementptr inbounds nuw double, ptr %9, i64 %64
  %70 = load double, ptr %69, align 8, !tbaa !285
  br i1 %19, label %74, label %91, !dbg !737

71:                                               ; preds = %87, %2
  %72 = phi double [ 0.000000e+00, %2 ], [ %88, %87 ], !dbg !738
  ret double %72, !dbg !739

73:                                               ; preds = %91
  br i1 %21, label %87, label %74, !dbg !737

74:                                               ; preds = %73, %66
  %75 = phi i64 [ 0, %66 ], [ %110, %73 ]
  %76 = phi double [ %65, %66 ], [ %109, %73 ]
  tail call void @llvm.assume(i1 %22), !dbg !740
  br label %77, !dbg !740

77:                                               ; preds = %77, %74
  %78 = phi i64 [ %75, %74 ], [ %84, %77 ]
  %79 = phi double [ %76, %74 ], [ %83, %77 ]
  %80 = phi i64 [ 0, %74 ], [ %85, %77 ]
    #dbg_value(i64 %78, !698, !DIExpression(), !735)
    #dbg_value(double %79, !695, !DIExpression(), !701)
  %81 = getelementptr inbounds nuw double, ptr %68, i64 %78, !dbg !741
  %82 = load double, ptr %81, align 8, !dbg !741, !tbaa !285
  %83 = tail call double @llvm.fmuladd.f64(double %82, double %70, double %79), !dbg !743
    #dbg_value(double %83, !695, !DIExpression(), !701)
  %84 = add nuw nsw i64 %78, 1, !dbg !744
    #dbg_value(i64 %84, !698, !DIExpression(), !735)
  %85 = add i64 %80, 1, !dbg !745
  %86 = icmp eq i64 %85, %18, !dbg !745
  br i1 %86, label %87, label %77, !dbg !745, !llvm.loop !746

87:                                               ; preds = %73, %77, %63
  %88 = phi double [ %65, %63 ], [ %109, %73 ], [ %83, %77 ], !dbg !701
  %89 = add nuw nsw i64 %64, 1, !dbg !748
    #dbg_value(i64 %89, !696, !DIExpression(), !710)
    #dbg_value(double %88, !695, !DIExpression(), !701)
  %90 = icmp eq i64 %89, %3, !dbg !749
  br i1 %90, label %71, label %63, !dbg !750, !llvm.loop !751

91:                                               ; preds = %66, %91
  %92 = phi i64 [ %110, %91 ], [ 0, %66 ]
  %93 = phi double [ %109, %91 ], [ %65, %66 ]
  %94 = phi i64 [ %111, %91 ], [ 0, %66 ]
    #dbg_value(i64 %92, !698, !DIExpression(), !735)
    #dbg_value(double %93, !695, !DIExpression(), !701)
  %95 = getelementptr inbounds nuw double, ptr %68, i64 %92, !dbg !741
  %96 = load double, ptr %95, align 8, !dbg !741, !tbaa !285
  %97 = tail call double @llvm.fmuladd.f64(double %96, double %70, double %93), !dbg !754
    #dbg_value(double %97, !695, !DIExpression(), !701)
    #dbg_value(i64 %92, !698, !DIExpression(DW_OP_constu, 1, DW_OP_or, DW_OP_stack_value), !735)
  %98 = getelementptr inbounds nuw double, ptr %68, i64 %92, !dbg !741
  %99 = getelementptr inbounds nuw i8, ptr %98, i64 8, !dbg !741
  %100 = load double, ptr %99, align 8, !dbg !741, !tbaa !285
  %101 = tail call double @llvm.fmuladd.f64(double %100, double %70, double %97), !dbg !755
    #dbg_value(double %101, !695, !DIExpression(), !701)
    #dbg_value(i64 %92, !698, !DIExpression(DW_OP_constu, 2, DW_OP_or, DW_OP_stack_value), !735)
  %102 = getelementptr inbounds nuw double, ptr %68, i64 %92, !dbg !741
  %103 = getelementptr inbounds nuw i8, ptr %102, i64 16, !dbg !741
  %104 = load double, ptr %103, align 8, !dbg !741, !tbaa !285
  %105 = tail call double @llvm.fmuladd.f64(double %104, double %70, double %101), !dbg !756
    #dbg_value(double %105, !695, !DIExpression(), !701)
    #dbg_value(i64 %92, !698, !DIExpression(DW_OP_constu, 3, DW_OP_or, DW_OP_stack_value), !735)
  %106 = getelementptr inbounds nuw double, ptr %68, i64 %92, !dbg !741
  %107 = getelementptr inbounds nuw i8, ptr %106, i64 24, !dbg !741
  %108 = load double, ptr %107, align 8, !dbg !741, !tbaa !285
  %109 = tail call double @llvm.fmuladd.f64(double %108, double %70, double %105), !dbg !757
    #dbg_value(double %109, !695, !DIExpression(), !701)
  %110 = add nuw nsw i64 %92, 4, !dbg !758
    #dbg_value(i64 %110, !698, !DIExpression(), !735)
  %111 = add i64 %94, 4, !dbg !759
  %112 = icmp eq i64 %111, %20, !dbg !759
  br i1 %112, label %73, label %91, !dbg !759, !llvm.loop !760
}

; Function Attrs: nofree norecurse nounwind memory(read, argmem: readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local i32 @string_stuff(ptr noundef readonly captures(none) %0) local_unnamed_addr #19 !dbg !762 {
  %2 = alloca [64 x i8], align 16, !DIAssignID !774
    #dbg_assign(i1 poison, !767, !DIExpression(), !774, ptr %2, !DIExpression(), !775)
    #dbg_value(ptr %0, !766, !DIExpression(), !775)
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #27, !dbg !776
  %3 = call ptr @strncpy(ptr noundef nonnull dereferenceable(1) %2, ptr noundef nonnull dereferenceable(1) %0, i64 noundef 63) #27, !dbg !777
  %4 = getelementptr inbounds nuw i8, ptr %2, i64 63, !dbg !778
  store i8 0, ptr %4, align 1, !dbg !779, !tbaa !363, !DIAssignID !780
    #dbg_assign(i8 0, !767, !DIExpression(DW_OP_LLVM_fragment, 504, 8), !780, ptr %4, !DIExpression(), !775)
  %5 = call i64 @strlen(ptr nonnull dereferenceable(1) %2), !dbg !781
  %6 = getelementptr inbounds i8, ptr %2, i64 %5, !dbg !781
  store i16 33, ptr %6, align 1, !dbg !781
    #dbg_value(i32 5381, !771, !DIExpression(), !775)
    #dbg_value(i64 0, !772, !DIExpression(), !782)
  %7 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %2) #28, !dbg !775
    #dbg_value(i64 0, !772, !DIExpression(), !782)
    #dbg_value(i32 5381, !771, !DIExpression(), !775)
  %8 = icmp eq i64 %7, 0, !dbg !783
  br i1 %8, label %35, label %9, !dbg !785

9:                                                ; preds = %1
  %10 = and i64 %7, 3, !dbg !786
  %11 = icmp ult i64 %7, 4, !dbg !786
  br i1 %11, label %16, label %12, !dbg !786

12:                                               ; preds = %9
  %13 = and i64 %7, -4, !dbg !786
  br label %41, !dbg !786

14:                                               ; preds = %41
  %15 = icmp eq i64 %10, 0, !dbg !786
  br i1 %15, label %32, label %16, !dbg !786

16:                                               ; preds = %14, %9
  %17 = phi i64 [ 0, %9 ], [ %68, %14 ]
  %18 = phi i32 [ 5381, %9 ], [ %67, %14 ]
  %19 = icmp ne i64 %10, 0, !dbg !787
  call void @llvm.assume(i1 %19), !dbg !787
  br label %20, !dbg !787

20:                                               ; preds = %20, %16
  %21 = phi i64 [ %29, %20 ], [ %17, %16 ]
  %22 = phi i32 [ %28, %20 ], [ %18, %16 ]
  %23 = phi i64 [ %30, %20 ], [ 0, %16 ]
    #dbg_value(i64 %21, !772, !DIExpression(), !782)
    #dbg_value(i32 %22, !771, !DIExpression(), !775)
  %24 = mul i32 %22, 33, !dbg !788
  %25 = getelementptr inbounds nuw i8, ptr %2, i64 %21, !dbg !789
  %26 = load i8, ptr %25, align 1, !dbg !789, !tbaa !363
  %27 = zext i8 %26 to i32, !dbg !790
  %28 = add i32 %24, %27, !dbg !791
    #dbg_value(i32 %28, !771, !DIExpression(), !775)
  %29 = add nuw i64 %21, 1, !dbg !792
    #dbg_value(i64 %29, !772, !DIExpression(), !782)
  %30 = add i64 %23, 1, !dbg !793
  %31 = icmp eq i64 %30, %10, !dbg !793
  br i1 %31, label %32, label %20, !dbg !793, !llvm.loop !794

32:                                               ; preds = %20, %14
  %33 = phi i32 [ %67, %14 ], [ %28, %20 ], !dbg !795
  %34 = add i32 %33, 255, !dbg !796
  br label %35, !dbg !797

35:                                               ; preds = %32, %1
  %36 = phi i32 [ 5636, %1 ], [ %34, %32 ], !dbg !775
  %37 = load ptr, ptr @g_greeting, align 8, !dbg !797, !tbaa !798
  %38 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %37) #28, !dbg !800
  %39 = trunc i64 %38 to i32, !dbg !801
  %40 = add i32 %36, %39, !dbg !802
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #27, !dbg !803
  ret i32 %40, !dbg !804

41:                                               ; preds = %41, %12
  %42 = phi i64 [ 0, %12 ], [ %68, %41 ]
  %43 = phi i32 [ 5381, %12 ], [ %67, %41 ]
  %44 = phi i64 [ 0, %12 ], [ %69, %41 ]
    #dbg_value(i64 %42, !772, !DIExpression(), !782)
    #dbg_value(i32 %43, !771, !DIExpression(), !775)
  %45 = mul i32 %43, 33, !dbg !788
  %46 = getelementptr inbounds nuw i8, ptr %2, i64 %42, !dbg !789
  %47 = load i8, ptr %46, align 4, !dbg !789, !tbaa !363
  %48 = zext i8 %47 to i32, !dbg !790
  %49 = add i32 %45, %48, !dbg !795
    #dbg_value(i32 %49, !771, !DIExpression(), !775)
    #dbg_value(i64 %42, !772, !DIExpression(DW_OP_constu, 1, DW_OP_or, DW_OP_stack_value), !782)
  %50 = mul i32 %49, 33, !dbg !788
  %51 = getelementptr inbounds nuw i8, ptr %2, i64 %42, !dbg !789
  %52 = getelementptr inbounds nuw i8, ptr %51, i64 1, !dbg !789
  %53 = load i8, ptr %52, align 1, !dbg !789, !tbaa !363
  %54 = zext i8 %53 to i32, !dbg !790
  %55 = add i32 %50, %54, !dbg !805
    #dbg_value(i32 %55, !771, !DIExpression(), !775)
    #dbg_value(i64 %42, !772, !DIExpression(DW_OP_constu, 2, DW_OP_or, DW_OP_stack_value), !782)
  %56 = mul i32 %55, 33, !dbg !788
  %57 = getelementptr inbounds nuw i8, ptr %2, i64 %42, !dbg !789
  %58 = getelementptr inbounds nuw i8, ptr %57, i64 2, !dbg !789
  %59 = load i8, ptr %58, align 2, !dbg !789, !tbaa !363
  %60 = zext i8 %59 to i32, !dbg !790
  %61 = add i32 %56, %60, !dbg !806
    #dbg_value(i32 %61, !771, !DIExpression(), !775)
    #dbg_value(i64 %42, !772, !DIExpression(DW_OP_constu, 3, DW_OP_or, DW_OP_stack_value), !782)
  %62 = mul i32 %61, 33, !dbg !788
  %63 = getelementptr inbounds nuw i8, ptr %2, i64 %42, !dbg !789
  %64 = getelementptr inbounds nuw i8, ptr %63, i64 3, !dbg !789
  %65 = load i8, ptr %64, align 1, !dbg !789, !tbaa !363
  %66 = zext i8 %65 to i32, !dbg !790
  %67 = add i32 %62, %66, !dbg !807
    #dbg_value(i32 %67, !771, !DIExpression(), !775)
  %68 = add nuw i64 %42, 4, !dbg !808
    #dbg_value(i64 %68, !772, !DIExpression(), !782)
  %69 = add i64 %44, 4, !dbg !809
  %70 = icmp eq i64 %69, %13, !dbg !809
  br i1 %70, label %14, label %41, !dbg !809, !llvm.loop !810
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare !dbg !812 ptr @strncpy(ptr noalias noundef returned writeonly, ptr noalias noundef readonly captures(none), i64 noundef) local_unnamed_addr #20

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: read)
declare !dbg !818 i64 @strlen(ptr noundef captures(none)) local_unnamed_addr #21

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local float @float_stuff(float noundef %0, double noundef %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #0 !dbg !821 {
    #dbg_value(float %0, !825, !DIExpression(), !831)
    #dbg_value(double %1, !826, !DIExpression(), !831)
    #dbg_value(i32 %2, !827, !DIExpression(), !831)
    #dbg_value(i32 %3, !828, !DIExpression(), !831)
  %5 = fptrunc double %1 to float, !dbg !832
  %6 = fdiv float %0, %5, !dbg !833
    #dbg_value(float %6, !829, !DIExpression(), !831)
  %7 = sitofp i32 %2 to float, !dbg !834
  %8 = uitofp i32 %3 to float, !dbg !835
  %9 = fadd float %7, %8, !dbg !836
  %10 = fadd float %6, %9, !dbg !837
    #dbg_value(float %10, !829, !DIExpression(), !831)
    #dbg_value(double poison, !830, !DIExpression(), !831)
  %11 = fcmp uno float %10, 0.000000e+00, !dbg !838
  br i1 %11, label %20, label %12, !dbg !840

12:                                               ; preds = %4
    #dbg_value(double poison, !830, !DIExpression(), !831)
  %13 = fmul float %10, 1.500000e+00, !dbg !841
  %14 = fptosi double %1 to i64, !dbg !842
  %15 = sitofp i64 %14 to float, !dbg !843
  %16 = fadd float %13, %15, !dbg !844
  %17 = fptoui float %0 to i64, !dbg !845
  %18 = uitofp i64 %17 to float, !dbg !846
  %19 = fadd float %16, %18, !dbg !847
  br label %20, !dbg !848

20:                                               ; preds = %4, %12
  %21 = phi float [ %19, %12 ], [ 0.000000e+00, %4 ], !dbg !831
  ret float %21, !dbg !849
}

; Function Attrs: nounwind uwtable
define dso_local range(i32 0, 128) i32 @main(i32 noundef %0, ptr noundef readonly captures(none) %1) local_unnamed_addr #22 !dbg !850 {
  %3 = alloca [64 x i8], align 16, !DIAssignID !865
    #dbg_value(ptr poison, !253, !DIExpression(), !866)
    #dbg_value(ptr poison, !428, !DIExpression(), !868)
    #dbg_value(i32 %0, !855, !DIExpression(), !870)
    #dbg_value(ptr %1, !856, !DIExpression(), !870)
    #dbg_value(ptr undef, !298, !DIExpression(), !871)
    #dbg_value(ptr @g_mixed_arr, !299, !DIExpression(), !871)
    #dbg_value(i32 3, !300, !DIExpression(), !871)
  %4 = load i64, ptr @g_mixed_arr, align 16, !dbg !873
  %5 = load double, ptr getelementptr inbounds nuw (i8, ptr @g_mixed_arr, i64 8), align 8, !dbg !873
  %6 = load float, ptr getelementptr inbounds nuw (i8, ptr @g_mixed_arr, i64 16), align 16, !dbg !873
  %7 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_mixed_arr, i64 20), align 4, !dbg !873
  %8 = load i64, ptr getelementptr inbounds nuw (i8, ptr @g_mixed_arr, i64 24), align 8, !dbg !873
  %9 = load double, ptr getelementptr inbounds nuw (i8, ptr @g_mixed_arr, i64 32), align 16, !dbg !873
  %10 = load float, ptr getelementptr inbounds nuw (i8, ptr @g_mixed_arr, i64 40), align 8, !dbg !873
  %11 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_mixed_arr, i64 44), align 4, !dbg !873
  %12 = load i64, ptr getelementptr inbounds nuw (i8, ptr @g_mixed_arr, i64 48), align 16, !dbg !873
  %13 = load double, ptr getelementptr inbounds nuw (i8, ptr @g_mixed_arr, i64 56), align 8, !dbg !873
  %14 = load float, ptr getelementptr inbounds nuw (i8, ptr @g_mixed_arr, i64 64), align 16, !dbg !873
  %15 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_mixed_arr, i64 68), align 4, !dbg !873
    #dbg_value(i64 %4, !857, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !870)
    #dbg_value(double %5, !857, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !870)
    #dbg_value(float %6, !857, !DIExpression(DW_OP_LLVM_fragment, 128, 32), !870)
    #dbg_value(i32 %7, !857, !DIExpression(DW_OP_LLVM_fragment, 160, 32), !870)
    #dbg_value(i64 %8, !857, !DIExpression(DW_OP_LLVM_fragment, 192, 64), !870)
    #dbg_value(double %9, !857, !DIExpression(DW_OP_LLVM_fragment, 256, 64), !870)
    #dbg_value(float %10, !857, !DIExpression(DW_OP_LLVM_fragment, 320, 32), !870)
    #dbg_value(i32 %11, !857, !DIExpression(DW_OP_LLVM_fragment, 352, 32), !870)
    #dbg_value(i64 %12, !857, !DIExpression(DW_OP_LLVM_fragment, 384, 64), !870)
    #dbg_value(double %13, !857, !DIExpression(DW_OP_LLVM_fragment, 448, 64), !870)
    #dbg_value(float %14, !857, !DIExpression(DW_OP_LLVM_fragment, 512, 32), !870)
    #dbg_value(i32 %15, !857, !DIExpression(DW_OP_LLVM_fragment, 544, 32), !870)
  %16 = load double, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 96), align 8, !dbg !874
  %17 = load double, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 136), align 8, !dbg !874
  %18 = load double, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 176), align 8, !dbg !874
  %19 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 192), align 8, !dbg !874
  %20 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 196), align 4, !dbg !874
  %21 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 200), align 8, !dbg !874
  %22 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 204), align 4, !dbg !874
  %23 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 208), align 8, !dbg !874
  %24 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 212), align 4, !dbg !874
  %25 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 216), align 8, !dbg !874
  %26 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 220), align 4, !dbg !874
  %27 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 224), align 8, !dbg !874
  %28 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 228), align 4, !dbg !874
  %29 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 232), align 8, !dbg !874
  %30 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 236), align 4, !dbg !874
  %31 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 240), align 8, !dbg !874
  %32 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 244), align 4, !dbg !874
  %33 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 248), align 8, !dbg !874
  %34 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 252), align 4, !dbg !874
  %35 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 256), align 8, !dbg !874
  %36 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 260), align 4, !dbg !874
  %37 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 264), align 8, !dbg !874
  %38 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 268), align 4, !dbg !874
  %39 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 272), align 8, !dbg !874
  %40 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 276), align 4, !dbg !874
  %41 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 280), align 8, !dbg !874
  %42 = load i32, ptr getelementptr inbounds nuw (i8, ptr @g_nested, i64 284), align 4, !dbg !874, !tbaa !363
    #dbg_value(double %16, !858, !DIExpression(DW_OP_LLVM_fragment, 768, 64), !870)
    #dbg_assign(i1 poison, !858, !DIExpression(DW_OP_LLVM_fragment, 832, 256), !875, ptr poison, !DIExpression(), !870)
    #dbg_value(double %17, !858, !DIExpression(DW_OP_LLVM_fragment, 1088, 64), !870)
    #dbg_assign(i1 poison, !858, !DIExpression(DW_OP_LLVM_fragment, 1152, 256), !876, ptr poison, !DIExpression(), !870)
    #dbg_value(double %18, !858, !DIExpression(DW_OP_LLVM_fragment, 1408, 64), !870)
    #dbg_value(double poison, !858, !DIExpression(DW_OP_LLVM_fragment, 1472, 64), !870)
    #dbg_value(i32 %19, !858, !DIExpression(DW_OP_LLVM_fragment, 1536, 32), !870)
    #dbg_value(i32 %20, !858, !DIExpression(DW_OP_LLVM_fragment, 1568, 32), !870)
    #dbg_value(i32 %21, !858, !DIExpression(DW_OP_LLVM_fragment, 1600, 32), !870)
    #dbg_value(i32 %22, !858, !DIExpression(DW_OP_LLVM_fragment, 1632, 32), !870)
    #dbg_value(i32 %23, !858, !DIExpression(DW_OP_LLVM_fragment, 1664, 32), !870)
    #dbg_value(i32 %24, !858, !DIExpression(DW_OP_LLVM_fragment, 1696, 32), !870)
    #dbg_value(i32 %25, !858, !DIExpression(DW_OP_LLVM_fragment, 1728, 32), !870)
    #dbg_value(i32 %26, !858, !DIExpression(DW_OP_LLVM_fragment, 1760, 32), !870)
    #dbg_value(i32 %27, !858, !DIExpression(DW_OP_LLVM_fragment, 1792, 32), !870)
    #dbg_value(i32 %28, !858, !DIExpression(DW_OP_LLVM_fragment, 1824, 32), !870)
    #dbg_value(i32 %29, !858, !DIExpression(DW_OP_LLVM_fragment, 1856, 32), !870)
    #dbg_value(i32 %30, !858, !DIExpression(DW_OP_LLVM_fragment, 1888, 32), !870)
    #dbg_value(i32 %31, !858, !DIExpression(DW_OP_LLVM_fragment, 1920, 32), !870)
    #dbg_value(i32 %32, !858, !DIExpression(DW_OP_LLVM_fragment, 1952, 32), !870)
    #dbg_value(i32 %33, !858, !DIExpression(DW_OP_LLVM_fragment, 1984, 32), !870)
    #dbg_value(i32 %34, !858, !DIExpression(DW_OP_LLVM_fragment, 2016, 32), !870)
    #dbg_value(i32 %35, !858, !DIExpression(DW_OP_LLVM_fragment, 2048, 32), !870)
    #dbg_value(i32 %36, !858, !DIExpression(DW_OP_LLVM_fragment, 2080, 32), !870)
    #dbg_value(i32 %37, !858, !DIExpression(DW_OP_LLVM_fragment, 2112, 32), !870)
    #dbg_value(i32 %38, !858, !DIExpression(DW_OP_LLVM_fragment, 2144, 32), !870)
    #dbg_value(i32 %39, !858, !DIExpression(DW_OP_LLVM_fragment, 2176, 32), !870)
    #dbg_value(i32 %40, !858, !DIExpression(DW_OP_LLVM_fragment, 2208, 32), !870)
    #dbg_value(i32 %41, !858, !DIExpression(DW_OP_LLVM_fragment, 2240, 32), !870)
    #dbg_value(i32 %42, !858, !DIExpression(DW_OP_LLVM_fragment, 2272, 32), !870)
    #dbg_value(i64 poison, !858, !DIExpression(DW_OP_LLVM_fragment, 2304, 64), !870)
    #dbg_value(ptr poison, !858, !DIExpression(DW_OP_LLVM_fragment, 2432, 64), !870)
    #dbg_assign(i1 poison, !858, !DIExpression(DW_OP_LLVM_fragment, 0, 192), !877, ptr poison, !DIExpression(), !870)
    #dbg_value(ptr undef, !480, !DIExpression(), !878)
    #dbg_value(i32 %0, !481, !DIExpression(), !878)
    #dbg_value(!DIArgList(i32 0, i32 %0), !482, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_minus, DW_OP_stack_value), !878)
    #dbg_value(!DIArgList(i64 %63, i64 undef, i64 %67, i64 %63, i32 %0), !858, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_constu, 7, DW_OP_and, DW_OP_LLVM_arg, 4, DW_OP_constu, 4, DW_OP_shl, DW_OP_constu, 240, DW_OP_and, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_or, DW_OP_LLVM_arg, 3, DW_OP_constu, 45, DW_OP_shl, DW_OP_constu, 35993612646875136, DW_OP_and, DW_OP_or, DW_OP_LLVM_arg, 2, DW_OP_or, DW_OP_LLVM_arg, 1, DW_OP_constu, 18410715276690587648, DW_OP_and, DW_OP_or, DW_OP_stack_value, DW_OP_LLVM_fragment, 2368, 64), !870)
    #dbg_value(i64 4611686018427387904, !859, !DIExpression(), !870)
    #dbg_value(i64 poison, !310, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !880)
    #dbg_value(double %9, !310, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !880)
    #dbg_value(float poison, !310, !DIExpression(DW_OP_LLVM_fragment, 128, 32), !880)
    #dbg_value(i32 poison, !310, !DIExpression(DW_OP_LLVM_fragment, 160, 32), !880)
    #dbg_value(i64 4611686018427387904, !311, !DIExpression(), !880)
    #dbg_value(i64 poison, !312, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !880)
    #dbg_value(float poison, !312, !DIExpression(DW_OP_LLVM_fragment, 128, 32), !880)
    #dbg_value(i64 poison, !860, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !870)
    #dbg_value(float poison, !860, !DIExpression(DW_OP_LLVM_fragment, 128, 32), !870)
    #dbg_value(double %68, !312, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !880)
    #dbg_value(double %68, !860, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !870)
    #dbg_value(i32 poison, !312, !DIExpression(DW_OP_LLVM_fragment, 160, 32), !880)
    #dbg_value(i32 poison, !860, !DIExpression(DW_OP_LLVM_fragment, 160, 32), !870)
    #dbg_value(ptr undef, !253, !DIExpression(), !866)
    #dbg_value(i32 3, !254, !DIExpression(), !866)
    #dbg_value(double 0.000000e+00, !255, !DIExpression(), !866)
    #dbg_value(i32 0, !256, !DIExpression(), !882)
    #dbg_value(i64 0, !256, !DIExpression(), !882)
    #dbg_value(double 0.000000e+00, !255, !DIExpression(), !866)
  %43 = sitofp i64 %4 to double, !dbg !883
  %44 = fpext float %6 to double, !dbg !884
  %45 = tail call double @llvm.fmuladd.f64(double %5, double %44, double %43), !dbg !885
  %46 = sitofp i32 %7 to double, !dbg !886
  %47 = fadd double %45, %46, !dbg !887
  %48 = fadd double %47, 1.000000e+00, !dbg !888
    #dbg_value(double %48, !255, !DIExpression(), !866)
    #dbg_value(i64 1, !256, !DIExpression(), !882)
  %49 = sitofp i64 %8 to double, !dbg !883
  %50 = fpext float %10 to double, !dbg !884
  %51 = tail call double @llvm.fmuladd.f64(double %9, double %50, double %49), !dbg !885
  %52 = sitofp i32 %11 to double, !dbg !886
  %53 = fadd double %51, %52, !dbg !887
  %54 = fadd double %53, 2.500000e+00, !dbg !888
  %55 = fadd double %48, %54, !dbg !889
    #dbg_value(double %55, !255, !DIExpression(), !866)
    #dbg_value(i64 2, !256, !DIExpression(), !882)
  %56 = sitofp i64 %12 to double, !dbg !883
  %57 = fpext float %14 to double, !dbg !884
  %58 = tail call double @llvm.fmuladd.f64(double %13, double %57, double %56), !dbg !885
  %59 = sitofp i32 %15 to double, !dbg !886
  %60 = fadd double %58, %59, !dbg !887
  %61 = fadd double %60, -3.250000e+00, !dbg !888
  %62 = fadd double %55, %61, !dbg !890
    #dbg_value(double %62, !255, !DIExpression(), !866)
    #dbg_value(i64 3, !256, !DIExpression(), !882)
  %63 = zext i32 %0 to i64, !dbg !891
  %64 = and i32 %0, 7, !dbg !891
  %65 = mul i32 %0, 32512, !dbg !892
  %66 = and i32 %65, 32512, !dbg !893
  %67 = zext nneg i32 %66 to i64, !dbg !893
  %68 = fadd double %9, 2.000000e+00, !dbg !894
    #dbg_value(ptr undef, !428, !DIExpression(), !868)
    #dbg_value(double poison, !429, !DIExpression(), !868)
    #dbg_value(i64 2, !430, !DIExpression(), !895)
    #dbg_value(i64 3, !432, !DIExpression(), !896)
  %69 = fadd double %16, 0.000000e+00, !dbg !897
    #dbg_value(double %69, !429, !DIExpression(), !868)
  %70 = fadd double %69, %17, !dbg !898
    #dbg_value(double %70, !429, !DIExpression(), !868)
  %71 = fadd double %70, %18, !dbg !899
    #dbg_value(double %71, !429, !DIExpression(), !868)
    #dbg_value(i64 4, !432, !DIExpression(), !896)
    #dbg_value(i64 3, !430, !DIExpression(), !895)
    #dbg_value(i64 0, !436, !DIExpression(), !900)
    #dbg_value(i64 0, !438, !DIExpression(), !901)
    #dbg_value(i32 %19, !435, !DIExpression(), !868)
    #dbg_value(i64 1, !441, !DIExpression(), !902)
  %72 = add nsw i32 %20, %19, !dbg !903
    #dbg_value(i32 %72, !435, !DIExpression(), !868)
    #dbg_value(i64 2, !441, !DIExpression(), !902)
  %73 = add nsw i32 %72, %21, !dbg !904
    #dbg_value(i32 %73, !435, !DIExpression(), !868)
    #dbg_value(i64 3, !441, !DIExpression(), !902)
  %74 = add nsw i32 %73, %22, !dbg !905
    #dbg_value(i32 %74, !435, !DIExpression(), !868)
    #dbg_value(i64 1, !438, !DIExpression(), !901)
    #dbg_value(i64 0, !441, !DIExpression(), !902)
  %75 = add nsw i32 %74, %23, !dbg !906
    #dbg_value(i32 %75, !435, !DIExpression(), !868)
    #dbg_value(i64 1, !441, !DIExpression(), !902)
  %76 = add nsw i32 %75, %24, !dbg !907
    #dbg_value(i32 %76, !435, !DIExpression(), !868)
    #dbg_value(i64 2, !441, !DIExpression(), !902)
  %77 = add nsw i32 %76, %25, !dbg !908
    #dbg_value(i32 %77, !435, !DIExpression(), !868)
    #dbg_value(i64 3, !441, !DIExpression(), !902)
  %78 = add nsw i32 %77, %26, !dbg !909
    #dbg_value(i32 %78, !435, !DIExpression(), !868)
    #dbg_value(i64 2, !438, !DIExpression(), !901)
    #dbg_value(i64 0, !441, !DIExpression(), !902)
  %79 = add nsw i32 %78, %27, !dbg !910
    #dbg_value(i32 %79, !435, !DIExpression(), !868)
    #dbg_value(i64 1, !441, !DIExpression(), !902)
  %80 = add nsw i32 %79, %28, !dbg !911
    #dbg_value(i32 %80, !435, !DIExpression(), !868)
    #dbg_value(i64 2, !441, !DIExpression(), !902)
  %81 = add nsw i32 %80, %29, !dbg !912
    #dbg_value(i32 %81, !435, !DIExpression(), !868)
    #dbg_value(i64 3, !441, !DIExpression(), !902)
  %82 = add nsw i32 %81, %30, !dbg !913
    #dbg_value(i32 %82, !435, !DIExpression(), !868)
    #dbg_value(i64 1, !436, !DIExpression(), !900)
    #dbg_value(i64 0, !438, !DIExpression(), !901)
    #dbg_value(i64 0, !441, !DIExpression(), !902)
  %83 = add nsw i32 %82, %31, !dbg !914
    #dbg_value(i32 %83, !435, !DIExpression(), !868)
    #dbg_value(i64 1, !441, !DIExpression(), !902)
  %84 = add nsw i32 %83, %32, !dbg !915
    #dbg_value(i32 %84, !435, !DIExpression(), !868)
    #dbg_value(i64 2, !441, !DIExpression(), !902)
  %85 = add nsw i32 %84, %33, !dbg !916
    #dbg_value(i32 %85, !435, !DIExpression(), !868)
    #dbg_value(i64 3, !441, !DIExpression(), !902)
  %86 = add nsw i32 %85, %34, !dbg !917
    #dbg_value(i32 %86, !435, !DIExpression(), !868)
    #dbg_value(i64 1, !438, !DIExpression(), !901)
    #dbg_value(i64 0, !441, !DIExpression(), !902)
  %87 = add nsw i32 %86, %35, !dbg !918
    #dbg_value(i32 %87, !435, !DIExpression(), !868)
    #dbg_value(i64 1, !441, !DIExpression(), !902)
  %88 = add nsw i32 %87, %36, !dbg !919
    #dbg_value(i32 %88, !435, !DIExpression(), !868)
    #dbg_value(i64 2, !441, !DIExpression(), !902)
  %89 = add nsw i32 %88, %37, !dbg !920
    #dbg_value(i32 %89, !435, !DIExpression(), !868)
    #dbg_value(i64 3, !441, !DIExpression(), !902)
  %90 = add nsw i32 %89, %38, !dbg !921
    #dbg_value(i32 %90, !435, !DIExpression(), !868)
    #dbg_value(i64 2, !438, !DIExpression(), !901)
    #dbg_value(i64 0, !441, !DIExpression(), !902)
  %91 = add nsw i32 %90, %39, !dbg !922
    #dbg_value(i32 %91, !435, !DIExpression(), !868)
    #dbg_value(i64 1, !441, !DIExpression(), !902)
  %92 = add nsw i32 %91, %40, !dbg !923
    #dbg_value(i32 %92, !435, !DIExpression(), !868)
    #dbg_value(i64 2, !441, !DIExpression(), !902)
  %93 = add nsw i32 %92, %41, !dbg !924
    #dbg_value(i32 %93, !435, !DIExpression(), !868)
    #dbg_value(i64 3, !441, !DIExpression(), !902)
  %94 = add nsw i32 %93, %42, !dbg !925
    #dbg_value(i32 %94, !435, !DIExpression(), !868)
    #dbg_value(i64 4, !441, !DIExpression(), !902)
    #dbg_value(i64 3, !438, !DIExpression(), !901)
    #dbg_value(i64 2, !436, !DIExpression(), !900)
  %95 = sitofp i32 %94 to double, !dbg !926
  %96 = fadd double %71, %95, !dbg !927
  %97 = uitofp nneg i32 %64 to double, !dbg !928
  %98 = fadd double %96, %97, !dbg !929
  %99 = shl i32 %0, 1, !dbg !930
  %100 = and i32 %99, 30, !dbg !930
  %101 = uitofp nneg i32 %100 to double, !dbg !931
  %102 = fadd double %98, %101, !dbg !932
  %103 = shl nuw i64 %67, 49, !dbg !933
  %104 = ashr exact i64 %103, 57, !dbg !933
  %105 = trunc nsw i64 %104 to i32, !dbg !933
  %106 = sitofp i32 %105 to double, !dbg !934
  %107 = fadd double %102, %106, !dbg !935
  %108 = shl nuw nsw i64 %63, 30, !dbg !936
  %109 = and i64 %108, 1098437885952, !dbg !936
  %110 = uitofp nneg i64 %109 to double, !dbg !937
  %111 = fadd double %107, %110, !dbg !938
  %112 = fadd double %111, %62, !dbg !939
  %113 = fadd double %68, %112, !dbg !940
    #dbg_value(double 1.500000e+00, !507, !DIExpression(), !941)
    #dbg_value(double 2.500000e+00, !508, !DIExpression(), !941)
    #dbg_value(i64 0, !510, !DIExpression(), !943)
    #dbg_value(double 0.000000e+00, !509, !DIExpression(), !941)
  %114 = load ptr, ptr @g_ops, align 16, !dbg !944, !tbaa !516
    #dbg_value(ptr %114, !499, !DIExpression(), !945)
    #dbg_value(double 1.500000e+00, !500, !DIExpression(), !945)
    #dbg_value(double 2.500000e+00, !501, !DIExpression(), !945)
  %115 = tail call double %114(double noundef 1.500000e+00, double noundef 2.500000e+00) #27, !dbg !947
  %116 = fadd double %115, 0.000000e+00, !dbg !948
    #dbg_value(double %116, !509, !DIExpression(), !941)
    #dbg_value(i64 1, !510, !DIExpression(), !943)
  %117 = load ptr, ptr getelementptr inbounds nuw (i8, ptr @g_ops, i64 8), align 8, !dbg !944, !tbaa !516
    #dbg_value(ptr %117, !499, !DIExpression(), !945)
  %118 = tail call double %117(double noundef 1.500000e+00, double noundef 2.500000e+00) #27, !dbg !949
  %119 = fadd double %116, %118, !dbg !950
    #dbg_value(double %119, !509, !DIExpression(), !941)
    #dbg_value(i64 2, !510, !DIExpression(), !943)
  %120 = load ptr, ptr getelementptr inbounds nuw (i8, ptr @g_ops, i64 16), align 16, !dbg !944, !tbaa !516
    #dbg_value(ptr %120, !499, !DIExpression(), !945)
  %121 = tail call double %120(double noundef 1.500000e+00, double noundef 2.500000e+00) #27, !dbg !951
  %122 = fadd double %119, %121, !dbg !952
    #dbg_value(double %122, !509, !DIExpression(), !941)
    #dbg_value(i64 3, !510, !DIExpression(), !943)
  %123 = fadd double %113, %122, !dbg !953
    #dbg_value(double %123, !861, !DIExpression(), !870)
  %124 = add nsw i32 %0, 2, !dbg !954
  %125 = tail call double @vla_sum(i32 noundef %124, i32 noundef 3), !dbg !955
  %126 = fadd double %125, %123, !dbg !956
    #dbg_value(double %126, !861, !DIExpression(), !870)
    #dbg_value(x86_fp80 0xK40008000000000000000, !646, !DIExpression(DW_OP_LLVM_fragment, 0, 80), !957)
    #dbg_value(x86_fp80 0xK3FFF8000000000000000, !647, !DIExpression(DW_OP_LLVM_fragment, 0, 80), !957)
  %127 = load x86_fp80, ptr @g_ld, align 16, !dbg !959, !tbaa !650
  %128 = fadd x86_fp80 %127, 0xK40008000000000000000, !dbg !960
  %129 = fptrunc x86_fp80 %128 to double, !dbg !961
  %130 = sext i32 %0 to i128, !dbg !962
    #dbg_value(i128 %130, !660, !DIExpression(), !963)
    #dbg_value(i128 99, !661, !DIExpression(), !963)
  store i128 297, ptr @g_ubig, align 16, !dbg !965, !tbaa !665
  %131 = mul nsw i128 %130, 99, !dbg !966
  %132 = ashr i128 %130, 7, !dbg !967
  %133 = add nsw i128 %131, %132, !dbg !968
  %134 = load i128, ptr @g_big, align 16, !dbg !969, !tbaa !665
  %135 = srem i128 %134, 1000, !dbg !970
  %136 = sub nsw i128 %133, %135, !dbg !971
  %137 = sitofp i128 %136 to double, !dbg !972
  %138 = fadd double %129, %137, !dbg !973
  %139 = fadd double %126, %138, !dbg !974
    #dbg_value(double %139, !861, !DIExpression(), !870)
  %140 = tail call i32 @computed_goto(i32 noundef %0, i32 noundef 5), !dbg !975
  %141 = sext i32 %140 to i64, !dbg !975
  %142 = sext i32 %0 to i64, !dbg !976
    #dbg_value(i64 %142, !546, !DIExpression(), !977)
  %143 = atomicrmw add ptr @g_atomic_counter, i64 %142 seq_cst, align 8, !dbg !979
  %144 = atomicrmw xchg ptr @g_counter, i32 %0 seq_cst, align 4, !dbg !980
    #dbg_value(i32 %144, !547, !DIExpression(DW_OP_LLVM_convert, 32, DW_ATE_signed, DW_OP_LLVM_convert, 64, DW_ATE_signed, DW_OP_stack_value), !977)
    #dbg_value(i32 5, !548, !DIExpression(), !977)
  %145 = cmpxchg ptr @g_counter, i32 5, i32 9 acq_rel acquire, align 4, !dbg !981
  %146 = sext i32 %144 to i64, !dbg !982
    #dbg_value(i64 %146, !547, !DIExpression(), !977)
  %147 = load atomic i64, ptr @g_atomic_counter acquire, align 8, !dbg !983
  %148 = load atomic i32, ptr @g_counter acquire, align 4, !dbg !984
  %149 = sext i32 %148 to i64, !dbg !985
    #dbg_value(i64 poison, !549, !DIExpression(), !977)
  %150 = tail call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @tls_var), !dbg !986
  store atomic i32 1, ptr %150 release, align 4, !dbg !987
  %151 = atomicrmw sub ptr @g_counter, i32 1 monotonic, align 4, !dbg !988
  fence seq_cst, !dbg !989
  %152 = load atomic i64, ptr @g_atomic_counter seq_cst, align 8, !dbg !990
    #dbg_value(i32 %0, !529, !DIExpression(), !991)
    #dbg_value(i32 2, !530, !DIExpression(), !991)
  %153 = tail call i32 asm sideeffect "leal ($1,$2), $0", "=r,r,r,~{cc},~{dirflag},~{fpsr},~{flags}"(i32 %0, i32 2) #27, !dbg !993, !srcloc !534
    #dbg_value(i32 %153, !531, !DIExpression(), !991)
  %154 = sext i32 %153 to i64, !dbg !994
    #dbg_value(i32 %0, !411, !DIExpression(), !995)
  switch i32 %0, label %159 [
    i32 0, label %160
    i32 1, label %155
    i32 2, label %155
    i32 7, label %156
    i32 100, label %157
    i32 -5, label %158
  ], !dbg !997

155:                                              ; preds = %2, %2
  br label %160, !dbg !998

156:                                              ; preds = %2
  br label %160, !dbg !999

157:                                              ; preds = %2
  br label %160, !dbg !1000

158:                                              ; preds = %2
  br label %160, !dbg !1001

159:                                              ; preds = %2
  br label %160, !dbg !1002

160:                                              ; preds = %2, %155, %156, %157, %158, %159
  %161 = phi i64 [ %142, %159 ], [ 55, %158 ], [ 20, %155 ], [ 21, %156 ], [ -1, %157 ], [ 10, %2 ], !dbg !1003
  %162 = add nsw i64 %146, %141, !dbg !1004
  %163 = add i64 %162, %147, !dbg !1005
  %164 = add i64 %163, %149, !dbg !1006
  %165 = add i64 %164, %152, !dbg !1007
  %166 = add nsw i64 %165, %154, !dbg !1008
  %167 = add nsw i64 %166, %161, !dbg !1009
  %168 = sitofp i64 %167 to double, !dbg !975
  %169 = fadd double %139, %168, !dbg !1010
    #dbg_value(double %169, !861, !DIExpression(), !870)
    #dbg_value(i32 %0, !231, !DIExpression(), !1011)
  %170 = tail call fastcc i32 @static_fn(i32 noundef %0), !dbg !1013
  %171 = tail call i32 @weak_fn(i32 noundef %0), !dbg !1014
  %172 = icmp sgt i32 %0, 1, !dbg !1015
  br i1 %172, label %173, label %176, !dbg !1016

173:                                              ; preds = %160
  %174 = getelementptr inbounds nuw i8, ptr %1, i64 8, !dbg !1017
  %175 = load ptr, ptr %174, align 8, !dbg !1017, !tbaa !798
  br label %176, !dbg !1018

176:                                              ; preds = %160, %173
  %177 = phi ptr [ %175, %173 ], [ @.str.8, %160 ], !dbg !1018
    #dbg_assign(i1 poison, !767, !DIExpression(), !865, ptr %3, !DIExpression(), !1019)
    #dbg_value(ptr %177, !766, !DIExpression(), !1019)
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #27, !dbg !1021
  %178 = call ptr @strncpy(ptr noundef nonnull dereferenceable(1) %3, ptr noundef nonnull readonly dereferenceable(1) %177, i64 noundef 63) #27, !dbg !1022
  %179 = getelementptr inbounds nuw i8, ptr %3, i64 63, !dbg !1023
  store i8 0, ptr %179, align 1, !dbg !1024, !tbaa !363, !DIAssignID !1025
    #dbg_assign(i8 0, !767, !DIExpression(DW_OP_LLVM_fragment, 504, 8), !1025, ptr %179, !DIExpression(), !1019)
  %180 = call i64 @strlen(ptr nonnull dereferenceable(1) %3), !dbg !1026
  %181 = getelementptr inbounds i8, ptr %3, i64 %180, !dbg !1026
  store i16 33, ptr %181, align 1, !dbg !1026
    #dbg_value(i32 5381, !771, !DIExpression(), !1019)
    #dbg_value(i64 0, !772, !DIExpression(), !1027)
  %182 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %3) #28, !dbg !1019
  %183 = icmp eq i64 %182, 0, !dbg !1028
  br i1 %183, label %240, label %184, !dbg !1029

184:                                              ; preds = %176
  %185 = and i64 %182, 3, !dbg !1030
  %186 = icmp ult i64 %182, 4, !dbg !1030
  br i1 %186, label %191, label %187, !dbg !1030

187:                                              ; preds = %184
  %188 = and i64 %182, -4, !dbg !1030
  br label %210, !dbg !1030

189:                                              ; preds = %210
  %190 = icmp eq i64 %185, 0, !dbg !1030
  br i1 %190, label %207, label %191, !dbg !1030

191:                                              ; preds = %189, %184
  %192 = phi i64 [ 0, %184 ], [ %237, %189 ]
  %193 = phi i32 [ 5381, %184 ], [ %236, %189 ]
  %194 = icmp ne i64 %185, 0, !dbg !1031
  call void @llvm.assume(i1 %194), !dbg !1031
  br label %195, !dbg !1031

195:                                              ; preds = %195, %191
  %196 = phi i64 [ %204, %195 ], [ %192, %191 ]
  %197 = phi i32 [ %203, %195 ], [ %193, %191 ]
  %198 = phi i64 [ %205, %195 ], [ 0, %191 ]
    #dbg_value(i64 %196, !772, !DIExpression(), !1027)
    #dbg_value(i32 %197, !771, !DIExpression(), !1019)
  %199 = mul i32 %197, 33, !dbg !1032
  %200 = getelementptr inbounds nuw i8, ptr %3, i64 %196, !dbg !1033
  %201 = load i8, ptr %200, align 1, !dbg !1033, !tbaa !363
  %202 = zext i8 %201 to i32, !dbg !1034
  %203 = add i32 %199, %202, !dbg !1035
    #dbg_value(i32 %203, !771, !DIExpression(), !1019)
  %204 = add nuw i64 %196, 1, !dbg !1036
    #dbg_value(i64 %204, !772, !DIExpression(), !1027)
  %205 = add i64 %198, 1, !dbg !1037
  %206 = icmp eq i64 %205, %185, !dbg !1037
  br i1 %206, label %207, label %195, !dbg !1037, !llvm.loop !1038

207:                                              ; preds = %195, %189
  %208 = phi i32 [ %236, %189 ], [ %203, %195 ], !dbg !1039
  %209 = add i32 %208, 255, !dbg !1040
  br label %240, !dbg !1041

210:                                              ; preds = %210, %187
  %211 = phi i64 [ 0, %187 ], [ %237, %210 ]
  %212 = phi i32 [ 5381, %187 ], [ %236, %210 ]
  %213 = phi i64 [ 0, %187 ], [ %238, %210 ]
    #dbg_value(i64 %211, !772, !DIExpression(), !1027)
    #dbg_value(i32 %212, !771, !DIExpression(), !1019)
  %214 = mul i32 %212, 33, !dbg !1032
  %215 = getelementptr inbounds nuw i8, ptr %3, i64 %211, !dbg !1033
  %216 = load i8, ptr %215, align 4, !dbg !1033, !tbaa !363
  %217 = zext i8 %216 to i32, !dbg !1034
  %218 = add i32 %214, %217, !dbg !1039
    #dbg_value(i32 %218, !771, !DIExpression(), !1019)
    #dbg_value(i64 %211, !772, !DIExpression(DW_OP_constu, 1, DW_OP_or, DW_OP_stack_value), !1027)
  %219 = mul i32 %218, 33, !dbg !1032
  %220 = getelementptr inbounds nuw i8, ptr %3, i64 %211, !dbg !1033
  %221 = getelementptr inbounds nuw i8, ptr %220, i64 1, !dbg !1033
  %222 = load i8, ptr %221, align 1, !dbg !1033, !tbaa !363
  %223 = zext i8 %222 to i32, !dbg !1034
  %224 = add i32 %219, %223, !dbg !1042
    #dbg_value(i32 %224, !771, !DIExpression(), !1019)
    #dbg_value(i64 %211, !772, !DIExpression(DW_OP_constu, 2, DW_OP_or, DW_OP_stack_value), !1027)
  %225 = mul i32 %224, 33, !dbg !1032
  %226 = getelementptr inbounds nuw i8, ptr %3, i64 %211, !dbg !1033
  %227 = getelementptr inbounds nuw i8, ptr %226, i64 2, !dbg !1033
  %228 = load i8, ptr %227, align 2, !dbg !1033, !tbaa !363
  %229 = zext i8 %228 to i32, !dbg !1034
  %230 = add i32 %225, %229, !dbg !1043
    #dbg_value(i32 %230, !771, !DIExpression(), !1019)
    #dbg_value(i64 %211, !772, !DIExpression(DW_OP_constu, 3, DW_OP_or, DW_OP_stack_value), !1027)
  %231 = mul i32 %230, 33, !dbg !1032
  %232 = getelementptr inbounds nuw i8, ptr %3, i64 %211, !dbg !1033
  %233 = getelementptr inbounds nuw i8, ptr %232, i64 3, !dbg !1033
  %234 = load i8, ptr %233, align 1, !dbg !1033, !tbaa !363
  %235 = zext i8 %234 to i32, !dbg !1034
  %236 = add i32 %231, %235, !dbg !1044
    #dbg_value(i32 %236, !771, !DIExpression(), !1019)
  %237 = add nuw i64 %211, 4, !dbg !1045
    #dbg_value(i64 %237, !772, !DIExpression(), !1027)
  %238 = add i64 %213, 4, !dbg !1046
  %239 = icmp eq i64 %238, %188, !dbg !1046
  br i1 %239, label %189, label %210, !dbg !1046, !llvm.loop !1047

240:                                              ; preds = %176, %207
  %241 = phi i32 [ 5636, %176 ], [ %209, %207 ], !dbg !1019
  %242 = load ptr, ptr @g_greeting, align 8, !dbg !1041, !tbaa !798
  %243 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %242) #28, !dbg !1049
  %244 = trunc i64 %243 to i32, !dbg !1050
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #27, !dbg !1051
  %245 = add i32 %170, %99, !dbg !1052
  %246 = add i32 %245, %171, !dbg !1053
  %247 = add i32 %246, %241, !dbg !1054
  %248 = add i32 %247, %244, !dbg !1055
  %249 = uitofp i32 %248 to float, !dbg !1056
    #dbg_value(float 1.500000e+00, !825, !DIExpression(), !1057)
    #dbg_value(double 2.000000e+00, !826, !DIExpression(), !1057)
    #dbg_value(i32 %0, !827, !DIExpression(), !1057)
    #dbg_value(i32 3, !828, !DIExpression(), !1057)
    #dbg_value(float 7.500000e-01, !829, !DIExpression(), !1057)
  %250 = sitofp i32 %0 to float, !dbg !1059
  %251 = fadd float %250, 3.000000e+00, !dbg !1060
  %252 = fadd float %251, 7.500000e-01, !dbg !1061
    #dbg_value(float %252, !829, !DIExpression(), !1057)
    #dbg_value(double poison, !830, !DIExpression(), !1057)
  %253 = fmul float %252, 1.500000e+00, !dbg !1062
  %254 = fadd float %253, 2.000000e+00, !dbg !1063
  %255 = fadd float %254, 1.000000e+00, !dbg !1064
  %256 = fadd float %255, %249, !dbg !1065
  %257 = fpext float %256 to double, !dbg !1056
  %258 = fadd double %169, %257, !dbg !1066
    #dbg_value(double %258, !861, !DIExpression(), !870)
  %259 = icmp eq ptr @extern_weak_thing, null, !dbg !1067
  br i1 %259, label %264, label %260, !dbg !1069

260:                                              ; preds = %240
  %261 = call i32 @extern_weak_thing(i32 noundef 1) #27, !dbg !1070
  %262 = sitofp i32 %261 to double, !dbg !1070
  %263 = fadd double %258, %262, !dbg !1071
    #dbg_value(double %263, !861, !DIExpression(), !870)
  br label %264, !dbg !1072

264:                                              ; preds = %260, %240
  %265 = phi double [ %263, %260 ], [ %258, %240 ], !dbg !870
    #dbg_value(double %265, !861, !DIExpression(), !870)
    #dbg_value(<4 x double> <double 1.000000e+00, double 2.000000e+00, double 3.000000e+00, double 4.000000e+00>, !862, !DIExpression(), !870)
    #dbg_value(<4 x double> <double 2.000000e+00, double 6.000000e+00, double 1.200000e+01, double 2.000000e+01>, !863, !DIExpression(), !870)
  %266 = and i32 %0, 3, !dbg !1073
    #dbg_value(<4 x float> <float 1.000000e+00, float 6.000000e+00, float 3.000000e+00, float 8.000000e+00>, !608, !DIExpression(), !1074)
    #dbg_value(i32 %266, !609, !DIExpression(), !1074)
  %267 = extractelement <4 x float> <float 1.000000e+00, float 6.000000e+00, float 3.000000e+00, float 8.000000e+00>, i32 %266, !dbg !1076
  %268 = fadd float %267, 3.000000e+00, !dbg !1077
  %269 = fpext float %268 to double, !dbg !1078
  %270 = fadd double %269, 2.200000e+01, !dbg !1079
  %271 = fadd double %270, %265, !dbg !1080
    #dbg_value(double %271, !861, !DIExpression(), !870)
  call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"() #27, !dbg !1081, !srcloc !540
  %272 = load i32, ptr %150, align 4, !dbg !1083, !tbaa !190
  %273 = sext i32 %272 to i64, !dbg !1084
  %274 = call i32 (ptr, ...) @logf_va(ptr noundef nonnull @.str.9, i32 noundef %0, double noundef %271, i64 noundef %273), !dbg !1085
  %275 = srem i32 %0, 3, !dbg !1086
    #dbg_value(i32 %275, !403, !DIExpression(), !1087)
  %276 = icmp eq i32 %275, 0, !dbg !1089
  %277 = select i1 %276, ptr @.str.3, ptr @.str.6, !dbg !1089
  %278 = getelementptr inbounds i32, ptr @g_zero_arr, i64 %142, !dbg !1090
  %279 = load i32, ptr %278, align 4, !dbg !1090, !tbaa !190
  %280 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef nonnull %277, ptr noundef nonnull @g_str_buf, double noundef %271, i32 noundef %279), !dbg !1091
    #dbg_value(ptr poison, !864, !DIExpression(), !870)
  %281 = fptosi double %271 to i32, !dbg !1092
  %282 = and i32 %281, 127, !dbg !1093
  ret i32 %282, !dbg !1094
}

declare !dbg !1095 extern_weak i32 @extern_weak_thing(i32 noundef) #23

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

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!182, !183, !184, !185, !186, !187, !188}
!llvm.ident = !{!189}
!llvm.errno.tbaa = !{!190}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "g_counter", scope: !2, file: !3, line: 48, type: !24, isLocal: false, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 22.1.8 (1~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !20, globals: !31, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "src/structs.c", directory: ".", checksumkind: CSK_MD5, checksum: "43ab8e36f94758dd8969584028696b07")
!4 = !{!5, !11}
!5 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "Color", file: !3, line: 23, baseType: !6, size: 32, elements: !7)
!6 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!7 = !{!8, !9, !10}
!8 = !DIEnumerator(name: "RED", value: 0)
!9 = !DIEnumerator(name: "GREEN", value: 5)
!10 = !DIEnumerator(name: "BLUE", value: 6)
!11 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "memory_order", file: !12, line: 68, baseType: !6, size: 32, elements: !13)
!12 = !DIFile(filename: "/usr/lib/llvm-22/lib/clang/22/include/stdatomic.h", directory: "", checksumkind: CSK_MD5, checksum: "f17199a988fe91afffaf0f943ef87096")
!13 = !{!14, !15, !16, !17, !18, !19}
!14 = !DIEnumerator(name: "memory_order_relaxed", value: 0)
!15 = !DIEnumerator(name: "memory_order_consume", value: 1)
!16 = !DIEnumerator(name: "memory_order_acquire", value: 2)
!17 = !DIEnumerator(name: "memory_order_release", value: 3)
!18 = !DIEnumerator(name: "memory_order_acq_rel", value: 4)
!19 = !DIEnumerator(name: "memory_order_seq_cst", value: 5)
!20 = !{!21, !24, !25, !26, !27, !28, !6, !29, !30, !23, !5}
!21 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !22, line: 18, baseType: !23)
!22 = !DIFile(filename: "/usr/lib/llvm-22/lib/clang/22/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!23 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!24 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!25 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!26 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!27 = !DIBasicType(name: "__int128", size: 128, encoding: DW_ATE_signed)
!28 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!29 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!30 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!31 = !{!0, !32, !38, !42, !50, !55, !60, !95, !98, !100, !102, !107, !114, !119, !122, !127, !132, !135, !151, !153, !155, !157, !162, !165, !167, !170, !175, !178}
!32 = !DIGlobalVariableExpression(var: !33, expr: !DIExpression())
!33 = distinct !DIGlobalVariable(scope: null, file: !3, line: 50, type: !34, isLocal: true, isDefinition: true)
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 200, elements: !36)
!35 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!36 = !{!37}
!37 = !DISubrange(count: 25)
!38 = !DIGlobalVariableExpression(var: !39, expr: !DIExpression())
!39 = distinct !DIGlobalVariable(name: "g_greeting", scope: !2, file: !3, line: 50, type: !40, isLocal: false, isDefinition: true)
!40 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !41, size: 64)
!41 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !35)
!42 = !DIGlobalVariableExpression(var: !43, expr: !DIExpression())
!43 = distinct !DIGlobalVariable(name: "g_mixed", scope: !2, file: !3, line: 51, type: !44, isLocal: false, isDefinition: true)
!44 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Mixed", file: !3, line: 9, size: 192, elements: !45)
!45 = !{!46, !47, !48, !49}
!46 = !DIDerivedType(tag: DW_TAG_member, name: "n", scope: !44, file: !3, line: 10, baseType: !30, size: 64)
!47 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !44, file: !3, line: 11, baseType: !25, size: 64, offset: 64)
!48 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !44, file: !3, line: 12, baseType: !29, size: 32, offset: 128)
!49 = !DIDerivedType(tag: DW_TAG_member, name: "tag", scope: !44, file: !3, line: 13, baseType: !24, size: 32, offset: 160)
!50 = !DIGlobalVariableExpression(var: !51, expr: !DIExpression())
!51 = distinct !DIGlobalVariable(name: "g_mixed_arr", scope: !2, file: !3, line: 52, type: !52, isLocal: false, isDefinition: true)
!52 = !DICompositeType(tag: DW_TAG_array_type, baseType: !44, size: 576, elements: !53)
!53 = !{!54}
!54 = !DISubrange(count: 3)
!55 = !DIGlobalVariableExpression(var: !56, expr: !DIExpression())
!56 = distinct !DIGlobalVariable(scope: null, file: !3, line: 53, type: !57, isLocal: true, isDefinition: true)
!57 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 56, elements: !58)
!58 = !{!59}
!59 = !DISubrange(count: 7)
!60 = !DIGlobalVariableExpression(var: !61, expr: !DIExpression())
!61 = distinct !DIGlobalVariable(name: "g_nested", scope: !2, file: !3, line: 53, type: !62, isLocal: false, isDefinition: true)
!62 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Nested", file: !3, line: 32, size: 2496, elements: !63)
!63 = !{!64, !68, !71, !75, !87, !94}
!64 = !DIDerivedType(tag: DW_TAG_member, name: "m", scope: !62, file: !3, line: 33, baseType: !65, size: 768)
!65 = !DICompositeType(tag: DW_TAG_array_type, baseType: !44, size: 768, elements: !66)
!66 = !{!67}
!67 = !DISubrange(count: 4)
!68 = !DIDerivedType(tag: DW_TAG_member, name: "grid", scope: !62, file: !3, line: 34, baseType: !69, size: 768, offset: 768)
!69 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 768, elements: !70)
!70 = !{!54, !67}
!71 = !DIDerivedType(tag: DW_TAG_member, name: "cube", scope: !62, file: !3, line: 35, baseType: !72, size: 768, offset: 1536)
!72 = !DICompositeType(tag: DW_TAG_array_type, baseType: !24, size: 768, elements: !73)
!73 = !{!74, !54, !67}
!74 = !DISubrange(count: 2)
!75 = !DIDerivedType(tag: DW_TAG_member, name: "u", scope: !62, file: !3, line: 36, baseType: !76, size: 64, offset: 2304)
!76 = distinct !DICompositeType(tag: DW_TAG_union_type, name: "Num", file: !3, line: 16, size: 64, elements: !77)
!77 = !{!78, !79, !80, !83}
!78 = !DIDerivedType(tag: DW_TAG_member, name: "i", scope: !76, file: !3, line: 17, baseType: !30, size: 64)
!79 = !DIDerivedType(tag: DW_TAG_member, name: "d", scope: !76, file: !3, line: 18, baseType: !25, size: 64)
!80 = !DIDerivedType(tag: DW_TAG_member, name: "f", scope: !76, file: !3, line: 19, baseType: !81, size: 64)
!81 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 64, elements: !82)
!82 = !{!74}
!83 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !76, file: !3, line: 20, baseType: !84, size: 64)
!84 = !DICompositeType(tag: DW_TAG_array_type, baseType: !28, size: 64, elements: !85)
!85 = !{!86}
!86 = !DISubrange(count: 8)
!87 = !DIDerivedType(tag: DW_TAG_member, name: "fl", scope: !62, file: !3, line: 37, baseType: !88, size: 64, offset: 2368)
!88 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Flags", file: !3, line: 25, size: 64, elements: !89)
!89 = !{!90, !91, !92, !93}
!90 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !88, file: !3, line: 26, baseType: !6, size: 3, flags: DIFlagBitField, extraData: i64 0)
!91 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !88, file: !3, line: 27, baseType: !6, size: 5, offset: 3, flags: DIFlagBitField, extraData: i64 0)
!92 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !88, file: !3, line: 28, baseType: !24, size: 7, offset: 8, flags: DIFlagBitField, extraData: i64 0)
!93 = !DIDerivedType(tag: DW_TAG_member, name: "d", scope: !88, file: !3, line: 29, baseType: !26, size: 40, offset: 15, flags: DIFlagBitField, extraData: i64 0)
!94 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !62, file: !3, line: 38, baseType: !40, size: 64, offset: 2432)
!95 = !DIGlobalVariableExpression(var: !96, expr: !DIExpression())
!96 = distinct !DIGlobalVariable(name: "g_ld", scope: !2, file: !3, line: 54, type: !97, isLocal: false, isDefinition: true)
!97 = !DIBasicType(name: "long double", size: 128, encoding: DW_ATE_float)
!98 = !DIGlobalVariableExpression(var: !99, expr: !DIExpression())
!99 = distinct !DIGlobalVariable(name: "g_big", scope: !2, file: !3, line: 55, type: !27, isLocal: false, isDefinition: true)
!100 = !DIGlobalVariableExpression(var: !101, expr: !DIExpression())
!101 = distinct !DIGlobalVariable(name: "tls_var", scope: !2, file: !3, line: 57, type: !24, isLocal: false, isDefinition: true)
!102 = !DIGlobalVariableExpression(var: !103, expr: !DIExpression())
!103 = distinct !DIGlobalVariable(name: "g_str_buf", scope: !2, file: !3, line: 61, type: !104, isLocal: false, isDefinition: true)
!104 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 120, elements: !105)
!105 = !{!106}
!106 = !DISubrange(count: 15)
!107 = !DIGlobalVariableExpression(var: !108, expr: !DIExpression())
!108 = distinct !DIGlobalVariable(name: "g_ops", scope: !2, file: !3, line: 67, type: !109, isLocal: false, isDefinition: true)
!109 = !DICompositeType(tag: DW_TAG_array_type, baseType: !110, size: 192, elements: !53)
!110 = !DIDerivedType(tag: DW_TAG_typedef, name: "binop_t", file: !3, line: 41, baseType: !111)
!111 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !112, size: 64)
!112 = !DISubroutineType(types: !113)
!113 = !{!25, !25, !25}
!114 = !DIGlobalVariableExpression(var: !115, expr: !DIExpression())
!115 = distinct !DIGlobalVariable(scope: null, file: !3, line: 107, type: !116, isLocal: true, isDefinition: true)
!116 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 144, elements: !117)
!117 = !{!118}
!118 = !DISubrange(count: 18)
!119 = !DIGlobalVariableExpression(var: !120, expr: !DIExpression())
!120 = distinct !DIGlobalVariable(scope: null, file: !3, line: 113, type: !121, isLocal: true, isDefinition: true)
!121 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 32, elements: !66)
!122 = !DIGlobalVariableExpression(var: !123, expr: !DIExpression())
!123 = distinct !DIGlobalVariable(scope: null, file: !3, line: 114, type: !124, isLocal: true, isDefinition: true)
!124 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 48, elements: !125)
!125 = !{!126}
!126 = !DISubrange(count: 6)
!127 = !DIGlobalVariableExpression(var: !128, expr: !DIExpression())
!128 = distinct !DIGlobalVariable(scope: null, file: !3, line: 115, type: !129, isLocal: true, isDefinition: true)
!129 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 40, elements: !130)
!130 = !{!131}
!131 = !DISubrange(count: 5)
!132 = !DIGlobalVariableExpression(var: !133, expr: !DIExpression())
!133 = distinct !DIGlobalVariable(scope: null, file: !3, line: 116, type: !134, isLocal: true, isDefinition: true)
!134 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 16, elements: !82)
!135 = !DIGlobalVariableExpression(var: !136, expr: !DIExpression())
!136 = distinct !DIGlobalVariable(name: "table", scope: !137, file: !3, line: 190, type: !149, isLocal: true, isDefinition: true)
!137 = distinct !DISubprogram(name: "computed_goto", scope: !3, file: !3, line: 189, type: !138, scopeLine: 189, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !140, keyInstructions: true)
!138 = !DISubroutineType(types: !139)
!139 = !{!24, !24, !24}
!140 = !{!141, !142, !143, !144, !145, !146, !147, !148}
!141 = !DILocalVariable(name: "op", arg: 1, scope: !137, file: !3, line: 189, type: !24)
!142 = !DILocalVariable(name: "n", arg: 2, scope: !137, file: !3, line: 189, type: !24)
!143 = !DILocalVariable(name: "acc", scope: !137, file: !3, line: 191, type: !24)
!144 = !DILocalVariable(name: "pc", scope: !137, file: !3, line: 192, type: !24)
!145 = !DILabel(scope: !137, name: "do_inc", file: !3, line: 194, column: 1)
!146 = !DILabel(scope: !137, name: "do_dec", file: !3, line: 198, column: 1)
!147 = !DILabel(scope: !137, name: "do_dbl", file: !3, line: 202, column: 1)
!148 = !DILabel(scope: !137, name: "done", file: !3, line: 205, column: 1)
!149 = !DICompositeType(tag: DW_TAG_array_type, baseType: !150, size: 256, elements: !66)
!150 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!151 = !DIGlobalVariableExpression(var: !152, expr: !DIExpression())
!152 = distinct !DIGlobalVariable(scope: null, file: !3, line: 235, type: !134, isLocal: true, isDefinition: true)
!153 = !DIGlobalVariableExpression(var: !154, expr: !DIExpression())
!154 = distinct !DIGlobalVariable(scope: null, file: !3, line: 262, type: !134, isLocal: true, isDefinition: true)
!155 = !DIGlobalVariableExpression(var: !156, expr: !DIExpression())
!156 = distinct !DIGlobalVariable(scope: null, file: !3, line: 269, type: !121, isLocal: true, isDefinition: true)
!157 = !DIGlobalVariableExpression(var: !158, expr: !DIExpression())
!158 = distinct !DIGlobalVariable(scope: null, file: !3, line: 270, type: !159, isLocal: true, isDefinition: true)
!159 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 104, elements: !160)
!160 = !{!161}
!161 = !DISubrange(count: 13)
!162 = !DIGlobalVariableExpression(var: !163, expr: !DIExpression())
!163 = distinct !DIGlobalVariable(name: "g_ubig", scope: !2, file: !3, line: 56, type: !164, isLocal: false, isDefinition: true)
!164 = !DIBasicType(name: "unsigned __int128", size: 128, encoding: DW_ATE_unsigned)
!165 = !DIGlobalVariableExpression(var: !166, expr: !DIExpression())
!166 = distinct !DIGlobalVariable(name: "tls_static", scope: !2, file: !3, line: 58, type: !30, isLocal: true, isDefinition: true)
!167 = !DIGlobalVariableExpression(var: !168, expr: !DIExpression())
!168 = distinct !DIGlobalVariable(name: "g_atomic_counter", scope: !2, file: !3, line: 59, type: !169, isLocal: false, isDefinition: true)
!169 = !DIDerivedType(tag: DW_TAG_atomic_type, baseType: !30)
!170 = !DIGlobalVariableExpression(var: !171, expr: !DIExpression())
!171 = distinct !DIGlobalVariable(name: "g_zero_arr", scope: !2, file: !3, line: 60, type: !172, isLocal: false, isDefinition: true)
!172 = !DICompositeType(tag: DW_TAG_array_type, baseType: !24, size: 4096, elements: !173)
!173 = !{!174}
!174 = !DISubrange(count: 128)
!175 = !DIGlobalVariableExpression(var: !176, expr: !DIExpression())
!176 = distinct !DIGlobalVariable(name: "g_table", scope: !2, file: !3, line: 49, type: !177, isLocal: true, isDefinition: true)
!177 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 320, elements: !130)
!178 = !DIGlobalVariableExpression(var: !179, expr: !DIExpression())
!179 = distinct !DIGlobalVariable(name: "g_bytes", scope: !2, file: !3, line: 62, type: !180, isLocal: true, isDefinition: true)
!180 = !DICompositeType(tag: DW_TAG_array_type, baseType: !181, size: 48, elements: !125)
!181 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !28)
!182 = !{i32 7, !"Dwarf Version", i32 5}
!183 = !{i32 2, !"Debug Info Version", i32 3}
!184 = !{i32 1, !"wchar_size", i32 4}
!185 = !{i32 8, !"PIC Level", i32 2}
!186 = !{i32 7, !"PIE Level", i32 2}
!187 = !{i32 7, !"uwtable", i32 2}
!188 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!189 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!190 = !{!191, !191, i64 0}
!191 = !{!"int", !192, i64 0}
!192 = !{!"omnipotent char", !193, i64 0}
!193 = !{!"Simple C/C++ TBAA"}
!194 = distinct !DISubprogram(name: "add", scope: !3, file: !3, line: 64, type: !112, scopeLine: 64, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !195, keyInstructions: true)
!195 = !{!196, !197}
!196 = !DILocalVariable(name: "a", arg: 1, scope: !194, file: !3, line: 64, type: !25)
!197 = !DILocalVariable(name: "b", arg: 2, scope: !194, file: !3, line: 64, type: !25)
!198 = !DILocation(line: 0, scope: !194)
!199 = !DILocation(line: 64, column: 50, scope: !194, atomGroup: 1, atomRank: 2)
!200 = !DILocation(line: 64, column: 41, scope: !194, atomGroup: 1, atomRank: 1)
!201 = distinct !DISubprogram(name: "mul", scope: !3, file: !3, line: 65, type: !112, scopeLine: 65, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !202, keyInstructions: true)
!202 = !{!203, !204}
!203 = !DILocalVariable(name: "a", arg: 1, scope: !201, file: !3, line: 65, type: !25)
!204 = !DILocalVariable(name: "b", arg: 2, scope: !201, file: !3, line: 65, type: !25)
!205 = !DILocation(line: 0, scope: !201)
!206 = !DILocation(line: 65, column: 50, scope: !201, atomGroup: 1, atomRank: 2)
!207 = !DILocation(line: 65, column: 41, scope: !201, atomGroup: 1, atomRank: 1)
!208 = distinct !DISubprogram(name: "sub", scope: !3, file: !3, line: 66, type: !112, scopeLine: 66, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !209, keyInstructions: true)
!209 = !{!210, !211}
!210 = !DILocalVariable(name: "a", arg: 1, scope: !208, file: !3, line: 66, type: !25)
!211 = !DILocalVariable(name: "b", arg: 2, scope: !208, file: !3, line: 66, type: !25)
!212 = !DILocation(line: 0, scope: !208)
!213 = !DILocation(line: 66, column: 50, scope: !208, atomGroup: 1, atomRank: 2)
!214 = !DILocation(line: 66, column: 41, scope: !208, atomGroup: 1, atomRank: 1)
!215 = distinct !DISubprogram(name: "weak_fn", scope: !3, file: !3, line: 69, type: !216, scopeLine: 69, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !218, keyInstructions: true)
!216 = !DISubroutineType(types: !217)
!217 = !{!24, !24}
!218 = !{!219}
!219 = !DILocalVariable(name: "x", arg: 1, scope: !215, file: !3, line: 69, type: !24)
!220 = !DILocation(line: 0, scope: !215)
!221 = !DILocation(line: 69, column: 53, scope: !215, atomGroup: 1, atomRank: 2)
!222 = !DILocation(line: 69, column: 44, scope: !215, atomGroup: 1, atomRank: 1)
!223 = distinct !DISubprogram(name: "hidden_fn", scope: !3, file: !3, line: 70, type: !216, scopeLine: 70, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !224, keyInstructions: true)
!224 = !{!225}
!225 = !DILocalVariable(name: "x", arg: 1, scope: !223, file: !3, line: 70, type: !24)
!226 = !DILocation(line: 0, scope: !223)
!227 = !DILocation(line: 70, column: 71, scope: !223, atomGroup: 1, atomRank: 2)
!228 = !DILocation(line: 70, column: 62, scope: !223, atomGroup: 1, atomRank: 1)
!229 = distinct !DISubprogram(name: "real_impl", scope: !3, file: !3, line: 72, type: !216, scopeLine: 72, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !230, keyInstructions: true)
!230 = !{!231}
!231 = !DILocalVariable(name: "x", arg: 1, scope: !229, file: !3, line: 72, type: !24)
!232 = !DILocation(line: 0, scope: !229)
!233 = !DILocation(line: 72, column: 31, scope: !229)
!234 = !DILocation(line: 0, scope: !223, inlinedAt: !235)
!235 = distinct !DILocation(line: 72, column: 46, scope: !229)
!236 = !DILocation(line: 70, column: 71, scope: !223, inlinedAt: !235, atomGroup: 1, atomRank: 2)
!237 = !DILocation(line: 72, column: 44, scope: !229)
!238 = !DILocation(line: 72, column: 61, scope: !229)
!239 = !DILocation(line: 72, column: 59, scope: !229, atomGroup: 1, atomRank: 2)
!240 = !DILocation(line: 72, column: 24, scope: !229, atomGroup: 1, atomRank: 1)
!241 = distinct !DISubprogram(name: "static_fn", scope: !3, file: !3, line: 71, type: !216, scopeLine: 71, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !242, keyInstructions: true)
!242 = !{!243}
!243 = !DILocalVariable(name: "x", arg: 1, scope: !241, file: !3, line: 71, type: !24)
!244 = !DILocation(line: 0, scope: !241)
!245 = !DILocation(line: 71, column: 66, scope: !241, atomGroup: 1, atomRank: 2)
!246 = !DILocation(line: 71, column: 57, scope: !241, atomGroup: 1, atomRank: 1)
!247 = distinct !DISubprogram(name: "sum_mixed", scope: !3, file: !3, line: 76, type: !248, scopeLine: 76, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !252, keyInstructions: true)
!248 = !DISubroutineType(types: !249)
!249 = !{!25, !250, !24}
!250 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !251, size: 64)
!251 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !44)
!252 = !{!253, !254, !255, !256}
!253 = !DILocalVariable(name: "m", arg: 1, scope: !247, file: !3, line: 76, type: !250)
!254 = !DILocalVariable(name: "n", arg: 2, scope: !247, file: !3, line: 76, type: !24)
!255 = !DILocalVariable(name: "s", scope: !247, file: !3, line: 77, type: !25)
!256 = !DILocalVariable(name: "i", scope: !257, file: !3, line: 78, type: !24)
!257 = distinct !DILexicalBlock(scope: !247, file: !3, line: 78, column: 3)
!258 = !DILocation(line: 0, scope: !247)
!259 = !DILocation(line: 0, scope: !257)
!260 = !DILocation(line: 78, column: 21, scope: !261, atomGroup: 33, atomRank: 1)
!261 = distinct !DILexicalBlock(scope: !257, file: !3, line: 78, column: 3)
!262 = !DILocation(line: 78, column: 3, scope: !257, atomGroup: 34, atomRank: 1)
!263 = !DILocation(line: 78, column: 21, scope: !261, atomGroup: 3, atomRank: 1)
!264 = !DILocation(line: 78, column: 3, scope: !257)
!265 = !DILocation(line: 80, column: 3, scope: !247, atomGroup: 9, atomRank: 1)
!266 = !DILocation(line: 79, column: 10, scope: !261)
!267 = !DILocation(line: 79, column: 15, scope: !261)
!268 = !{!269, !270, i64 0}
!269 = !{!"Mixed", !270, i64 0, !271, i64 8, !272, i64 16, !191, i64 20}
!270 = !{!"long", !192, i64 0}
!271 = !{!"double", !192, i64 0}
!272 = !{!"float", !192, i64 0}
!273 = !DILocation(line: 79, column: 24, scope: !261)
!274 = !{!269, !271, i64 8}
!275 = !DILocation(line: 79, column: 33, scope: !261)
!276 = !{!269, !272, i64 16}
!277 = !DILocation(line: 79, column: 28, scope: !261)
!278 = !DILocation(line: 79, column: 17, scope: !261)
!279 = !DILocation(line: 79, column: 42, scope: !261)
!280 = !{!269, !191, i64 20}
!281 = !DILocation(line: 79, column: 37, scope: !261)
!282 = !DILocation(line: 79, column: 35, scope: !261)
!283 = !DILocation(line: 79, column: 58, scope: !261)
!284 = !DILocation(line: 79, column: 48, scope: !261)
!285 = !{!271, !271, i64 0}
!286 = !DILocation(line: 79, column: 46, scope: !261)
!287 = !DILocation(line: 79, column: 7, scope: !261, atomGroup: 5, atomRank: 2)
!288 = !DILocation(line: 78, column: 27, scope: !261, atomGroup: 6, atomRank: 2)
!289 = !DILocation(line: 78, column: 3, scope: !257, atomGroup: 4, atomRank: 1)
!290 = distinct !{!290, !264, !291, !292}
!291 = !DILocation(line: 79, column: 61, scope: !257)
!292 = !{!"llvm.loop.mustprogress"}
!293 = distinct !DISubprogram(name: "copy_mixed", scope: !3, file: !3, line: 83, type: !294, scopeLine: 83, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !297, keyInstructions: true)
!294 = !DISubroutineType(types: !295)
!295 = !{null, !296, !250, !24}
!296 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !44, size: 64)
!297 = !{!298, !299, !300}
!298 = !DILocalVariable(name: "dst", arg: 1, scope: !293, file: !3, line: 83, type: !296)
!299 = !DILocalVariable(name: "src", arg: 2, scope: !293, file: !3, line: 83, type: !250)
!300 = !DILocalVariable(name: "n", arg: 3, scope: !293, file: !3, line: 83, type: !24)
!301 = !DILocation(line: 0, scope: !293)
!302 = !DILocation(line: 84, column: 43, scope: !293)
!303 = !DILocation(line: 84, column: 41, scope: !293)
!304 = !DILocation(line: 84, column: 3, scope: !293, atomGroup: 1, atomRank: 1)
!305 = !DILocation(line: 85, column: 1, scope: !293, atomGroup: 2, atomRank: 1)
!306 = distinct !DISubprogram(name: "by_value", scope: !3, file: !3, line: 87, type: !307, scopeLine: 87, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !309, keyInstructions: true)
!307 = !DISubroutineType(types: !308)
!308 = !{!44, !44, !76}
!309 = !{!310, !311, !312}
!310 = !DILocalVariable(name: "m", arg: 1, scope: !306, file: !3, line: 87, type: !44)
!311 = !DILocalVariable(name: "u", arg: 2, scope: !306, file: !3, line: 87, type: !76)
!312 = !DILocalVariable(name: "r", scope: !306, file: !3, line: 88, type: !44)
!313 = !DILocation(line: 0, scope: !306)
!314 = !DILocation(line: 87, column: 36, scope: !306)
!315 = !DILocation(line: 88, column: 16, scope: !306)
!316 = !DILocation(line: 88, column: 20, scope: !306, atomGroup: 1, atomRank: 1)
!317 = !{i64 0, i64 8, !318, i64 8, i64 8, !285, i64 16, i64 4, !319, i64 20, i64 4, !190}
!318 = !{!270, !270, i64 0}
!319 = !{!272, !272, i64 0}
!320 = !DILocation(line: 89, column: 12, scope: !306)
!321 = !DILocation(line: 89, column: 5, scope: !306)
!322 = !DILocation(line: 89, column: 7, scope: !306)
!323 = !DILocation(line: 89, column: 7, scope: !306, atomGroup: 2, atomRank: 2)
!324 = !DILocation(line: 89, column: 7, scope: !306, atomGroup: 2, atomRank: 1)
!325 = !DILocation(line: 90, column: 17, scope: !306)
!326 = !DILocation(line: 90, column: 5, scope: !306)
!327 = !DILocation(line: 90, column: 9, scope: !306)
!328 = !DILocation(line: 90, column: 9, scope: !306, atomGroup: 3, atomRank: 2)
!329 = !DILocation(line: 90, column: 9, scope: !306, atomGroup: 3, atomRank: 1)
!330 = !DILocation(line: 91, column: 3, scope: !306, atomGroup: 4, atomRank: 1)
!331 = distinct !DISubprogram(name: "logf_va", scope: !3, file: !3, line: 94, type: !332, scopeLine: 94, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !334, keyInstructions: true)
!332 = !DISubroutineType(types: !333)
!333 = !{!24, !40, null}
!334 = !{!335, !336, !351, !352}
!335 = !DILocalVariable(name: "fmt", arg: 1, scope: !331, file: !3, line: 94, type: !40)
!336 = !DILocalVariable(name: "ap", scope: !331, file: !3, line: 95, type: !337)
!337 = !DIDerivedType(tag: DW_TAG_typedef, name: "va_list", file: !338, line: 52, baseType: !339)
!338 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!339 = !DIDerivedType(tag: DW_TAG_typedef, name: "__gnuc_va_list", file: !340, line: 12, baseType: !341)
!340 = !DIFile(filename: "/usr/lib/llvm-22/lib/clang/22/include/__stdarg___gnuc_va_list.h", directory: "", checksumkind: CSK_MD5, checksum: "edb3f2eab991638e4dc94f6e55e3530f")
!341 = !DIDerivedType(tag: DW_TAG_typedef, name: "__builtin_va_list", file: !3, baseType: !342)
!342 = !DICompositeType(tag: DW_TAG_array_type, baseType: !343, size: 192, elements: !349)
!343 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__va_list_tag", size: 192, elements: !344)
!344 = !{!345, !346, !347, !348}
!345 = !DIDerivedType(tag: DW_TAG_member, name: "gp_offset", scope: !343, file: !3, line: 95, baseType: !6, size: 32)
!346 = !DIDerivedType(tag: DW_TAG_member, name: "fp_offset", scope: !343, file: !3, line: 95, baseType: !6, size: 32, offset: 32)
!347 = !DIDerivedType(tag: DW_TAG_member, name: "overflow_arg_area", scope: !343, file: !3, line: 95, baseType: !150, size: 64, offset: 64)
!348 = !DIDerivedType(tag: DW_TAG_member, name: "reg_save_area", scope: !343, file: !3, line: 95, baseType: !150, size: 64, offset: 128)
!349 = !{!350}
!350 = !DISubrange(count: 1)
!351 = !DILocalVariable(name: "total", scope: !331, file: !3, line: 97, type: !24)
!352 = !DILocalVariable(name: "p", scope: !353, file: !3, line: 98, type: !40)
!353 = distinct !DILexicalBlock(scope: !331, file: !3, line: 98, column: 3)
!354 = distinct !DIAssignID()
!355 = !DILocation(line: 0, scope: !331)
!356 = !DILocation(line: 95, column: 3, scope: !331)
!357 = !DILocation(line: 96, column: 3, scope: !331)
!358 = !DILocation(line: 0, scope: !353)
!359 = !DILocation(line: 98, column: 8, scope: !353)
!360 = !DILocation(line: 98, scope: !353, atomGroup: 2, atomRank: 1)
!361 = !DILocation(line: 98, column: 29, scope: !362)
!362 = distinct !DILexicalBlock(scope: !353, file: !3, line: 98, column: 3)
!363 = !{!192, !192, i64 0}
!364 = !DILocation(line: 98, column: 3, scope: !353, atomGroup: 4, atomRank: 1)
!365 = !DILocation(line: 106, column: 3, scope: !331)
!366 = !DILocation(line: 107, column: 3, scope: !331)
!367 = !DILocation(line: 109, column: 1, scope: !331)
!368 = !DILocation(line: 108, column: 3, scope: !331, atomGroup: 14, atomRank: 1)
!369 = !DILocation(line: 100, column: 16, scope: !370)
!370 = distinct !DILexicalBlock(scope: !371, file: !3, line: 99, column: 9)
!371 = distinct !DILexicalBlock(scope: !362, file: !3, line: 98, column: 38)
!372 = distinct !DIAssignID()
!373 = distinct !DIAssignID()
!374 = !DILocation(line: 100, column: 13, scope: !370, atomGroup: 6, atomRank: 2)
!375 = !DILocation(line: 100, column: 7, scope: !370)
!376 = !DILocation(line: 102, column: 21, scope: !377)
!377 = distinct !DILexicalBlock(scope: !370, file: !3, line: 101, column: 14)
!378 = distinct !DIAssignID()
!379 = distinct !DIAssignID()
!380 = !DILocation(line: 102, column: 16, scope: !377)
!381 = !DILocation(line: 102, column: 13, scope: !377, atomGroup: 8, atomRank: 2)
!382 = !DILocation(line: 102, column: 7, scope: !377)
!383 = !DILocation(line: 104, column: 21, scope: !384)
!384 = distinct !DILexicalBlock(scope: !377, file: !3, line: 103, column: 14)
!385 = distinct !DIAssignID()
!386 = distinct !DIAssignID()
!387 = !DILocation(line: 104, column: 16, scope: !384)
!388 = !DILocation(line: 104, column: 13, scope: !384, atomGroup: 10, atomRank: 2)
!389 = !DILocation(line: 104, column: 7, scope: !384)
!390 = !DILocation(line: 98, column: 34, scope: !362, atomGroup: 11, atomRank: 2)
!391 = !DILocation(line: 98, column: 3, scope: !362)
!392 = distinct !{!392, !393, !394, !292}
!393 = !DILocation(line: 98, column: 3, scope: !353)
!394 = !DILocation(line: 105, column: 3, scope: !353)
!395 = !DISubprogram(name: "printf", scope: !338, file: !338, line: 356, type: !396, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!396 = !DISubroutineType(types: !397)
!397 = !{!24, !398, null}
!398 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !40)
!399 = distinct !DISubprogram(name: "color_name", scope: !3, file: !3, line: 111, type: !400, scopeLine: 111, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !402, keyInstructions: true)
!400 = !DISubroutineType(types: !401)
!401 = !{!40, !5}
!402 = !{!403}
!403 = !DILocalVariable(name: "c", arg: 1, scope: !399, file: !3, line: 111, type: !5)
!404 = !DILocation(line: 0, scope: !399)
!405 = !DILocation(line: 112, column: 3, scope: !399, atomGroup: 1, atomRank: 1)
!406 = !DILocation(line: 0, scope: !407)
!407 = distinct !DILexicalBlock(scope: !399, file: !3, line: 112, column: 14)
!408 = !DILocation(line: 118, column: 1, scope: !399, atomGroup: 6, atomRank: 1)
!409 = distinct !DISubprogram(name: "classify", scope: !3, file: !3, line: 120, type: !216, scopeLine: 120, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !410, keyInstructions: true)
!410 = !{!411}
!411 = !DILocalVariable(name: "x", arg: 1, scope: !409, file: !3, line: 120, type: !24)
!412 = !DILocation(line: 0, scope: !409)
!413 = !DILocation(line: 121, column: 3, scope: !409, atomGroup: 1, atomRank: 1)
!414 = !DILocation(line: 123, column: 19, scope: !415, atomGroup: 3, atomRank: 1)
!415 = distinct !DILexicalBlock(scope: !409, file: !3, line: 121, column: 14)
!416 = !DILocation(line: 124, column: 11, scope: !415, atomGroup: 4, atomRank: 1)
!417 = !DILocation(line: 125, column: 13, scope: !415, atomGroup: 5, atomRank: 1)
!418 = !DILocation(line: 126, column: 12, scope: !415, atomGroup: 6, atomRank: 1)
!419 = !DILocation(line: 127, column: 12, scope: !415, atomGroup: 7, atomRank: 1)
!420 = !DILocation(line: 0, scope: !415)
!421 = !DILocation(line: 129, column: 1, scope: !409, atomGroup: 8, atomRank: 1)
!422 = distinct !DISubprogram(name: "matrix_trace", scope: !3, file: !3, line: 131, type: !423, scopeLine: 131, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !427, keyInstructions: true)
!423 = !DISubroutineType(types: !424)
!424 = !{!25, !425}
!425 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !426, size: 64)
!426 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !62)
!427 = !{!428, !429, !430, !432, !435, !436, !438, !441}
!428 = !DILocalVariable(name: "n", arg: 1, scope: !422, file: !3, line: 131, type: !425)
!429 = !DILocalVariable(name: "t", scope: !422, file: !3, line: 132, type: !25)
!430 = !DILocalVariable(name: "i", scope: !431, file: !3, line: 133, type: !24)
!431 = distinct !DILexicalBlock(scope: !422, file: !3, line: 133, column: 3)
!432 = !DILocalVariable(name: "j", scope: !433, file: !3, line: 134, type: !24)
!433 = distinct !DILexicalBlock(scope: !434, file: !3, line: 134, column: 5)
!434 = distinct !DILexicalBlock(scope: !431, file: !3, line: 133, column: 3)
!435 = !DILocalVariable(name: "c", scope: !422, file: !3, line: 136, type: !24)
!436 = !DILocalVariable(name: "a", scope: !437, file: !3, line: 137, type: !24)
!437 = distinct !DILexicalBlock(scope: !422, file: !3, line: 137, column: 3)
!438 = !DILocalVariable(name: "b", scope: !439, file: !3, line: 138, type: !24)
!439 = distinct !DILexicalBlock(scope: !440, file: !3, line: 138, column: 5)
!440 = distinct !DILexicalBlock(scope: !437, file: !3, line: 137, column: 3)
!441 = !DILocalVariable(name: "k", scope: !442, file: !3, line: 139, type: !24)
!442 = distinct !DILexicalBlock(scope: !443, file: !3, line: 139, column: 7)
!443 = distinct !DILexicalBlock(scope: !439, file: !3, line: 138, column: 5)
!444 = !DILocation(line: 0, scope: !422)
!445 = !DILocation(line: 0, scope: !431)
!446 = !DILocation(line: 0, scope: !433)
!447 = !DILocation(line: 135, column: 24, scope: !448)
!448 = distinct !DILexicalBlock(scope: !449, file: !3, line: 135, column: 11)
!449 = distinct !DILexicalBlock(scope: !433, file: !3, line: 134, column: 5)
!450 = !DILocation(line: 135, column: 21, scope: !448, atomGroup: 9, atomRank: 2)
!451 = !DILocation(line: 135, column: 21, scope: !448, atomGroup: 64, atomRank: 2)
!452 = !DILocation(line: 135, column: 21, scope: !448, atomGroup: 78, atomRank: 2)
!453 = !DILocation(line: 0, scope: !437)
!454 = !DILocation(line: 0, scope: !439)
!455 = !DILocation(line: 0, scope: !442)
!456 = !DILocation(line: 140, column: 14, scope: !457)
!457 = distinct !DILexicalBlock(scope: !442, file: !3, line: 139, column: 7)
!458 = !DILocation(line: 140, column: 11, scope: !457, atomGroup: 127, atomRank: 2)
!459 = !DILocation(line: 141, column: 14, scope: !422)
!460 = !DILocation(line: 141, column: 12, scope: !422)
!461 = !DILocation(line: 141, column: 21, scope: !422)
!462 = !DILocation(line: 141, column: 24, scope: !422)
!463 = !DILocation(line: 141, column: 18, scope: !422)
!464 = !DILocation(line: 141, column: 16, scope: !422)
!465 = !DILocation(line: 141, column: 34, scope: !422)
!466 = !DILocation(line: 141, column: 28, scope: !422)
!467 = !DILocation(line: 141, column: 26, scope: !422)
!468 = !DILocation(line: 141, column: 44, scope: !422)
!469 = !DILocation(line: 141, column: 38, scope: !422)
!470 = !DILocation(line: 141, column: 36, scope: !422)
!471 = !DILocation(line: 141, column: 62, scope: !422)
!472 = !DILocation(line: 141, column: 48, scope: !422)
!473 = !DILocation(line: 141, column: 46, scope: !422, atomGroup: 32, atomRank: 2)
!474 = !DILocation(line: 141, column: 3, scope: !422, atomGroup: 32, atomRank: 1)
!475 = distinct !DISubprogram(name: "set_flags", scope: !3, file: !3, line: 144, type: !476, scopeLine: 144, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !479, keyInstructions: true)
!476 = !DISubroutineType(types: !477)
!477 = !{null, !478, !6, !24}
!478 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !88, size: 64)
!479 = !{!480, !481, !482}
!480 = !DILocalVariable(name: "f", arg: 1, scope: !475, file: !3, line: 144, type: !478)
!481 = !DILocalVariable(name: "a", arg: 2, scope: !475, file: !3, line: 144, type: !6)
!482 = !DILocalVariable(name: "c", arg: 3, scope: !475, file: !3, line: 144, type: !24)
!483 = !DILocation(line: 0, scope: !475)
!484 = !DILocation(line: 145, column: 8, scope: !475)
!485 = !DILocation(line: 146, column: 12, scope: !475)
!486 = !DILocation(line: 146, column: 8, scope: !475)
!487 = !DILocation(line: 147, column: 8, scope: !475)
!488 = !DILocation(line: 148, column: 32, scope: !475)
!489 = !DILocation(line: 148, column: 8, scope: !475)
!490 = !DILocation(line: 145, column: 8, scope: !475, atomGroup: 1, atomRank: 2)
!491 = !DILocation(line: 146, column: 8, scope: !475, atomGroup: 2, atomRank: 2)
!492 = !DILocation(line: 148, column: 8, scope: !475, atomGroup: 4, atomRank: 2)
!493 = !DILocation(line: 148, column: 8, scope: !475, atomGroup: 4, atomRank: 1)
!494 = !DILocation(line: 149, column: 1, scope: !475, atomGroup: 5, atomRank: 1)
!495 = distinct !DISubprogram(name: "apply", scope: !3, file: !3, line: 151, type: !496, scopeLine: 151, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !498, keyInstructions: true)
!496 = !DISubroutineType(types: !497)
!497 = !{!25, !110, !25, !25}
!498 = !{!499, !500, !501}
!499 = !DILocalVariable(name: "op", arg: 1, scope: !495, file: !3, line: 151, type: !110)
!500 = !DILocalVariable(name: "a", arg: 2, scope: !495, file: !3, line: 151, type: !25)
!501 = !DILocalVariable(name: "b", arg: 3, scope: !495, file: !3, line: 151, type: !25)
!502 = !DILocation(line: 0, scope: !495)
!503 = !DILocation(line: 151, column: 55, scope: !495, atomGroup: 1, atomRank: 2)
!504 = !DILocation(line: 151, column: 48, scope: !495, atomGroup: 1, atomRank: 1)
!505 = distinct !DISubprogram(name: "apply_all", scope: !3, file: !3, line: 153, type: !112, scopeLine: 153, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !506, keyInstructions: true)
!506 = !{!507, !508, !509, !510}
!507 = !DILocalVariable(name: "a", arg: 1, scope: !505, file: !3, line: 153, type: !25)
!508 = !DILocalVariable(name: "b", arg: 2, scope: !505, file: !3, line: 153, type: !25)
!509 = !DILocalVariable(name: "s", scope: !505, file: !3, line: 154, type: !25)
!510 = !DILocalVariable(name: "i", scope: !511, file: !3, line: 155, type: !6)
!511 = distinct !DILexicalBlock(scope: !505, file: !3, line: 155, column: 3)
!512 = !DILocation(line: 0, scope: !505)
!513 = !DILocation(line: 0, scope: !511)
!514 = !DILocation(line: 156, column: 16, scope: !515)
!515 = distinct !DILexicalBlock(scope: !511, file: !3, line: 155, column: 3)
!516 = !{!517, !517, i64 0}
!517 = !{!"any pointer", !192, i64 0}
!518 = !DILocation(line: 0, scope: !495, inlinedAt: !519)
!519 = distinct !DILocation(line: 156, column: 10, scope: !515)
!520 = !DILocation(line: 151, column: 55, scope: !495, inlinedAt: !519, atomGroup: 1, atomRank: 2)
!521 = !DILocation(line: 156, column: 7, scope: !515, atomGroup: 5, atomRank: 2)
!522 = !DILocation(line: 151, column: 55, scope: !495, inlinedAt: !519, atomGroup: 133, atomRank: 2)
!523 = !DILocation(line: 156, column: 7, scope: !515, atomGroup: 134, atomRank: 2)
!524 = !DILocation(line: 151, column: 55, scope: !495, inlinedAt: !519, atomGroup: 138, atomRank: 2)
!525 = !DILocation(line: 156, column: 7, scope: !515, atomGroup: 139, atomRank: 2)
!526 = !DILocation(line: 157, column: 3, scope: !505, atomGroup: 9, atomRank: 1)
!527 = distinct !DISubprogram(name: "asm_add", scope: !3, file: !3, line: 160, type: !138, scopeLine: 160, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !528, keyInstructions: true)
!528 = !{!529, !530, !531}
!529 = !DILocalVariable(name: "a", arg: 1, scope: !527, file: !3, line: 160, type: !24)
!530 = !DILocalVariable(name: "b", arg: 2, scope: !527, file: !3, line: 160, type: !24)
!531 = !DILocalVariable(name: "out", scope: !527, file: !3, line: 161, type: !24)
!532 = !DILocation(line: 0, scope: !527)
!533 = !DILocation(line: 163, column: 3, scope: !527, atomGroup: 1, atomRank: 1)
!534 = !{i64 4114}
!535 = !DILocation(line: 167, column: 3, scope: !527, atomGroup: 4, atomRank: 1)
!536 = distinct !DISubprogram(name: "asm_barrier", scope: !3, file: !3, line: 170, type: !537, scopeLine: 170, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, keyInstructions: true)
!537 = !DISubroutineType(types: !538)
!538 = !{null}
!539 = !DILocation(line: 170, column: 26, scope: !536, atomGroup: 1, atomRank: 1)
!540 = !{i64 4262}
!541 = !DILocation(line: 170, column: 65, scope: !536, atomGroup: 2, atomRank: 1)
!542 = distinct !DISubprogram(name: "atomics", scope: !3, file: !3, line: 172, type: !543, scopeLine: 172, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !545, keyInstructions: true)
!543 = !DISubroutineType(types: !544)
!544 = !{!30, !30}
!545 = !{!546, !547, !548, !549}
!546 = !DILocalVariable(name: "v", arg: 1, scope: !542, file: !3, line: 172, type: !30)
!547 = !DILocalVariable(name: "old", scope: !542, file: !3, line: 174, type: !30)
!548 = !DILocalVariable(name: "expected", scope: !542, file: !3, line: 175, type: !24)
!549 = !DILocalVariable(name: "loaded", scope: !542, file: !3, line: 177, type: !30)
!550 = !DILocation(line: 0, scope: !542)
!551 = !DILocation(line: 173, column: 3, scope: !542, atomGroup: 1, atomRank: 2)
!552 = !DILocation(line: 174, column: 46, scope: !542, atomGroup: 3, atomRank: 2)
!553 = !DILocation(line: 174, column: 14, scope: !542, atomGroup: 3, atomRank: 2)
!554 = !DILocation(line: 176, column: 3, scope: !542)
!555 = !DILocation(line: 174, column: 14, scope: !542, atomGroup: 2, atomRank: 2)
!556 = !DILocation(line: 177, column: 17, scope: !542, atomGroup: 7, atomRank: 2)
!557 = !DILocation(line: 177, column: 81, scope: !542, atomGroup: 8, atomRank: 2)
!558 = !DILocation(line: 177, column: 81, scope: !542)
!559 = !DILocation(line: 178, column: 21, scope: !542)
!560 = !DILocation(line: 178, column: 3, scope: !542, atomGroup: 9, atomRank: 1)
!561 = !DILocation(line: 179, column: 3, scope: !542, atomGroup: 10, atomRank: 2)
!562 = !DILocation(line: 180, column: 3, scope: !542)
!563 = !DILocation(line: 181, column: 25, scope: !542, atomGroup: 12, atomRank: 2)
!564 = !DILocation(line: 177, column: 79, scope: !542, atomGroup: 6, atomRank: 2)
!565 = !DILocation(line: 181, column: 14, scope: !542)
!566 = !DILocation(line: 181, column: 23, scope: !542, atomGroup: 13, atomRank: 2)
!567 = !DILocation(line: 181, column: 3, scope: !542, atomGroup: 13, atomRank: 1)
!568 = distinct !DISubprogram(name: "vec_fma", scope: !3, file: !3, line: 184, type: !569, scopeLine: 184, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !573, keyInstructions: true)
!569 = !DISubroutineType(types: !570)
!570 = !{!571, !571, !571, !571}
!571 = !DIDerivedType(tag: DW_TAG_typedef, name: "v4d", file: !3, line: 43, baseType: !572)
!572 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 256, flags: DIFlagVector, elements: !66)
!573 = !{!574, !575, !576}
!574 = !DILocalVariable(name: "a", arg: 1, scope: !568, file: !3, line: 184, type: !571)
!575 = !DILocalVariable(name: "b", arg: 2, scope: !568, file: !3, line: 184, type: !571)
!576 = !DILocalVariable(name: "c", arg: 3, scope: !568, file: !3, line: 184, type: !571)
!577 = !DILocation(line: 0, scope: !568)
!578 = !DILocation(line: 184, column: 49, scope: !568, atomGroup: 1, atomRank: 2)
!579 = !DILocation(line: 184, column: 36, scope: !568, atomGroup: 1, atomRank: 1)
!580 = distinct !DISubprogram(name: "vec_shuffle", scope: !3, file: !3, line: 185, type: !581, scopeLine: 185, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !585, keyInstructions: true)
!581 = !DISubroutineType(types: !582)
!582 = !{!583, !583, !583}
!583 = !DIDerivedType(tag: DW_TAG_typedef, name: "v4f", file: !3, line: 44, baseType: !584)
!584 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 128, flags: DIFlagVector, elements: !66)
!585 = !{!586, !587}
!586 = !DILocalVariable(name: "a", arg: 1, scope: !580, file: !3, line: 185, type: !583)
!587 = !DILocalVariable(name: "b", arg: 2, scope: !580, file: !3, line: 185, type: !583)
!588 = !DILocation(line: 0, scope: !580)
!589 = !DILocation(line: 185, column: 40, scope: !580, atomGroup: 1, atomRank: 2)
!590 = !DILocation(line: 185, column: 33, scope: !580, atomGroup: 1, atomRank: 1)
!591 = distinct !DISubprogram(name: "vec_cmp", scope: !3, file: !3, line: 186, type: !592, scopeLine: 186, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !596, keyInstructions: true)
!592 = !DISubroutineType(types: !593)
!593 = !{!594, !594, !594}
!594 = !DIDerivedType(tag: DW_TAG_typedef, name: "v8i", file: !3, line: 45, baseType: !595)
!595 = !DICompositeType(tag: DW_TAG_array_type, baseType: !24, size: 256, flags: DIFlagVector, elements: !85)
!596 = !{!597, !598}
!597 = !DILocalVariable(name: "a", arg: 1, scope: !591, file: !3, line: 186, type: !594)
!598 = !DILocalVariable(name: "b", arg: 2, scope: !591, file: !3, line: 186, type: !594)
!599 = !DILocation(line: 0, scope: !591)
!600 = !DILocation(line: 186, column: 39, scope: !591)
!601 = !DILocation(line: 186, column: 49, scope: !591)
!602 = !DILocation(line: 186, column: 44, scope: !591, atomGroup: 1, atomRank: 2)
!603 = !DILocation(line: 186, column: 29, scope: !591, atomGroup: 1, atomRank: 1)
!604 = distinct !DISubprogram(name: "vec_extract", scope: !3, file: !3, line: 187, type: !605, scopeLine: 187, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !607, keyInstructions: true)
!605 = !DISubroutineType(types: !606)
!606 = !{!29, !583, !24}
!607 = !{!608, !609}
!608 = !DILocalVariable(name: "a", arg: 1, scope: !604, file: !3, line: 187, type: !583)
!609 = !DILocalVariable(name: "i", arg: 2, scope: !604, file: !3, line: 187, type: !24)
!610 = !DILocation(line: 0, scope: !604)
!611 = !DILocation(line: 187, column: 42, scope: !604)
!612 = !DILocation(line: 187, column: 49, scope: !604)
!613 = !DILocation(line: 187, column: 47, scope: !604, atomGroup: 1, atomRank: 2)
!614 = !DILocation(line: 187, column: 35, scope: !604, atomGroup: 1, atomRank: 1)
!615 = !DILocation(line: 0, scope: !137)
!616 = !DILocation(line: 192, column: 15, scope: !137, atomGroup: 2, atomRank: 2)
!617 = !DILocation(line: 193, column: 9, scope: !137)
!618 = !DILocation(line: 193, column: 3, scope: !137, atomGroup: 3, atomRank: 1)
!619 = !DILocation(line: 194, column: 1, scope: !137)
!620 = !DILocation(line: 195, column: 7, scope: !137, atomGroup: 4, atomRank: 2)
!621 = !DILocation(line: 196, column: 11, scope: !622, atomGroup: 6, atomRank: 2)
!622 = distinct !DILexicalBlock(scope: !137, file: !3, line: 196, column: 7)
!623 = !DILocation(line: 196, column: 11, scope: !622, atomGroup: 6, atomRank: 1)
!624 = !DILocation(line: 196, column: 32, scope: !622)
!625 = !DILocation(line: 196, column: 39, scope: !622)
!626 = !DILocation(line: 196, column: 22, scope: !622)
!627 = !DILocation(line: 196, column: 16, scope: !622, atomGroup: 7, atomRank: 1)
!628 = !DILocation(line: 198, column: 1, scope: !137)
!629 = !DILocation(line: 199, column: 7, scope: !137, atomGroup: 9, atomRank: 2)
!630 = !DILocation(line: 200, column: 11, scope: !631, atomGroup: 11, atomRank: 2)
!631 = distinct !DILexicalBlock(scope: !137, file: !3, line: 200, column: 7)
!632 = !DILocation(line: 200, column: 11, scope: !631, atomGroup: 11, atomRank: 1)
!633 = !DILocation(line: 200, column: 22, scope: !631)
!634 = !DILocation(line: 200, column: 16, scope: !631, atomGroup: 12, atomRank: 1)
!635 = !DILocation(line: 202, column: 1, scope: !137)
!636 = !DILocation(line: 203, column: 7, scope: !137, atomGroup: 14, atomRank: 2)
!637 = !DILocation(line: 204, column: 11, scope: !638, atomGroup: 16, atomRank: 2)
!638 = distinct !DILexicalBlock(scope: !137, file: !3, line: 204, column: 7)
!639 = !DILocation(line: 204, column: 11, scope: !638, atomGroup: 16, atomRank: 1)
!640 = !DILocation(line: 205, column: 1, scope: !137)
!641 = !DILocation(line: 206, column: 3, scope: !137, atomGroup: 18, atomRank: 1)
!642 = distinct !DISubprogram(name: "ld_ops", scope: !3, file: !3, line: 209, type: !643, scopeLine: 209, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !645, keyInstructions: true)
!643 = !DISubroutineType(types: !644)
!644 = !{!97, !97, !97}
!645 = !{!646, !647}
!646 = !DILocalVariable(name: "a", arg: 1, scope: !642, file: !3, line: 209, type: !97)
!647 = !DILocalVariable(name: "b", arg: 2, scope: !642, file: !3, line: 209, type: !97)
!648 = !DILocation(line: 0, scope: !642)
!649 = !DILocation(line: 209, column: 67, scope: !642)
!650 = !{!651, !651, i64 0}
!651 = !{!"long double", !192, i64 0}
!652 = !DILocation(line: 209, column: 77, scope: !642)
!653 = !DILocation(line: 209, column: 72, scope: !642)
!654 = !DILocation(line: 209, column: 65, scope: !642, atomGroup: 1, atomRank: 2)
!655 = !DILocation(line: 209, column: 52, scope: !642, atomGroup: 1, atomRank: 1)
!656 = distinct !DISubprogram(name: "i128_ops", scope: !3, file: !3, line: 211, type: !657, scopeLine: 211, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !659, keyInstructions: true)
!657 = !DISubroutineType(types: !658)
!658 = !{!27, !27, !164}
!659 = !{!660, !661}
!660 = !DILocalVariable(name: "a", arg: 1, scope: !656, file: !3, line: 211, type: !27)
!661 = !DILocalVariable(name: "b", arg: 2, scope: !656, file: !3, line: 211, type: !164)
!662 = !DILocation(line: 0, scope: !656)
!663 = !DILocation(line: 212, column: 14, scope: !656, atomGroup: 1, atomRank: 2)
!664 = !DILocation(line: 212, column: 10, scope: !656, atomGroup: 1, atomRank: 1)
!665 = !{!666, !666, i64 0}
!666 = !{!"__int128", !192, i64 0}
!667 = !DILocation(line: 213, column: 12, scope: !656)
!668 = !DILocation(line: 213, column: 31, scope: !656)
!669 = !DILocation(line: 213, column: 26, scope: !656)
!670 = !DILocation(line: 213, column: 39, scope: !656)
!671 = !DILocation(line: 213, column: 45, scope: !656)
!672 = !DILocation(line: 213, column: 37, scope: !656, atomGroup: 2, atomRank: 2)
!673 = !DILocation(line: 213, column: 3, scope: !656, atomGroup: 2, atomRank: 1)
!674 = distinct !DISubprogram(name: "vla_sum", scope: !3, file: !3, line: 216, type: !675, scopeLine: 216, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !677, keyInstructions: true)
!675 = !DISubroutineType(types: !676)
!676 = !{!25, !24, !24}
!677 = !{!678, !679, !680, !681, !682, !687, !689, !691, !695, !696, !698}
!678 = !DILocalVariable(name: "n", arg: 1, scope: !674, file: !3, line: 216, type: !24)
!679 = !DILocalVariable(name: "m", arg: 2, scope: !674, file: !3, line: 216, type: !24)
!680 = !DILocalVariable(name: "__vla_expr0", scope: !674, type: !23, flags: DIFlagArtificial)
!681 = !DILocalVariable(name: "__vla_expr1", scope: !674, type: !23, flags: DIFlagArtificial)
!682 = !DILocalVariable(name: "arr", scope: !674, file: !3, line: 217, type: !683)
!683 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, elements: !684)
!684 = !{!685, !686}
!685 = !DISubrange(count: !680)
!686 = !DISubrange(count: !681)
!687 = !DILocalVariable(name: "heap", scope: !674, file: !3, line: 218, type: !688)
!688 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64)
!689 = !DILocalVariable(name: "i", scope: !690, file: !3, line: 219, type: !24)
!690 = distinct !DILexicalBlock(scope: !674, file: !3, line: 219, column: 3)
!691 = !DILocalVariable(name: "j", scope: !692, file: !3, line: 221, type: !24)
!692 = distinct !DILexicalBlock(scope: !693, file: !3, line: 221, column: 5)
!693 = distinct !DILexicalBlock(scope: !694, file: !3, line: 219, column: 31)
!694 = distinct !DILexicalBlock(scope: !690, file: !3, line: 219, column: 3)
!695 = !DILocalVariable(name: "s", scope: !674, file: !3, line: 224, type: !25)
!696 = !DILocalVariable(name: "i", scope: !697, file: !3, line: 225, type: !24)
!697 = distinct !DILexicalBlock(scope: !674, file: !3, line: 225, column: 3)
!698 = !DILocalVariable(name: "j", scope: !699, file: !3, line: 226, type: !24)
!699 = distinct !DILexicalBlock(scope: !700, file: !3, line: 226, column: 5)
!700 = distinct !DILexicalBlock(scope: !697, file: !3, line: 225, column: 3)
!701 = !DILocation(line: 0, scope: !674)
!702 = !DILocation(line: 217, column: 3, scope: !674)
!703 = !DILocation(line: 217, column: 10, scope: !674)
!704 = !DILocation(line: 218, column: 52, scope: !674)
!705 = !DILocation(line: 218, column: 50, scope: !674)
!706 = !DILocation(line: 218, column: 18, scope: !674, atomGroup: 1, atomRank: 2)
!707 = !DILocation(line: 0, scope: !690)
!708 = !DILocation(line: 219, column: 21, scope: !694, atomGroup: 145, atomRank: 1)
!709 = !DILocation(line: 219, column: 3, scope: !690, atomGroup: 146, atomRank: 1)
!710 = !DILocation(line: 0, scope: !697)
!711 = !DILocation(line: 225, column: 3, scope: !697, atomGroup: 150, atomRank: 1)
!712 = !DILocation(line: 220, column: 15, scope: !693, atomGroup: 5, atomRank: 2)
!713 = !DILocation(line: 220, column: 5, scope: !693)
!714 = !DILocation(line: 220, column: 13, scope: !693, atomGroup: 5, atomRank: 1)
!715 = !DILocation(line: 0, scope: !692)
!716 = !DILocation(line: 221, column: 5, scope: !692, atomGroup: 144, atomRank: 1)
!717 = !DILocation(line: 221, column: 29, scope: !718, atomGroup: 10, atomRank: 2)
!718 = distinct !DILexicalBlock(scope: !692, file: !3, line: 221, column: 5)
!719 = !DILocation(line: 222, column: 25, scope: !718, atomGroup: 9, atomRank: 3)
!720 = !DILocation(line: 222, column: 19, scope: !718, atomGroup: 9, atomRank: 2)
!721 = !DILocation(line: 222, column: 7, scope: !718)
!722 = !DILocation(line: 222, column: 17, scope: !718, atomGroup: 9, atomRank: 1)
!723 = !DILocation(line: 221, column: 5, scope: !692, atomGroup: 8, atomRank: 1)
!724 = distinct !{!724, !292, !725, !726}
!725 = !{!"llvm.loop.isvectorized", i32 1}
!726 = !{!"llvm.loop.unroll.runtime.disable"}
!727 = !DILocation(line: 219, column: 27, scope: !694, atomGroup: 12, atomRank: 2)
!728 = !DILocation(line: 219, column: 21, scope: !694, atomGroup: 3, atomRank: 1)
!729 = !DILocation(line: 219, column: 3, scope: !690, atomGroup: 4, atomRank: 1)
!730 = distinct !{!730, !731, !732, !292}
!731 = !DILocation(line: 219, column: 3, scope: !690)
!732 = !DILocation(line: 223, column: 3, scope: !690)
!733 = !DILocation(line: 221, column: 23, scope: !718, atomGroup: 7, atomRank: 1)
!734 = distinct !{!734, !292, !726, !725}
!735 = !DILocation(line: 0, scope: !699)
!736 = !DILocation(line: 226, column: 5, scope: !699, atomGroup: 148, atomRank: 1)
!737 = !DILocation(line: 226, column: 5, scope: !699)
!738 = !DILocation(line: 224, column: 10, scope: !674, atomGroup: 14, atomRank: 1)
!739 = !DILocation(line: 229, column: 1, scope: !674, atomGroup: 27, atomRank: 1)
!740 = !DILocation(line: 226, column: 5, scope: !699, atomGroup: 20, atomRank: 1)
!741 = !DILocation(line: 227, column: 12, scope: !742)
!742 = distinct !DILexicalBlock(scope: !699, file: !3, line: 226, column: 5)
!743 = !DILocation(line: 227, column: 9, scope: !742, atomGroup: 161, atomRank: 2)
!744 = !DILocation(line: 226, column: 29, scope: !742, atomGroup: 162, atomRank: 2)
!745 = !DILocation(line: 226, column: 5, scope: !699, atomGroup: 164, atomRank: 1)
!746 = distinct !{!746, !747}
!747 = !{!"llvm.loop.unroll.disable"}
!748 = !DILocation(line: 225, column: 27, scope: !700, atomGroup: 24, atomRank: 2)
!749 = !DILocation(line: 225, column: 21, scope: !700, atomGroup: 16, atomRank: 1)
!750 = !DILocation(line: 225, column: 3, scope: !697, atomGroup: 17, atomRank: 1)
!751 = distinct !{!751, !752, !753, !292}
!752 = !DILocation(line: 225, column: 3, scope: !697)
!753 = !DILocation(line: 227, column: 30, scope: !697)
!754 = !DILocation(line: 227, column: 9, scope: !742, atomGroup: 21, atomRank: 2)
!755 = !DILocation(line: 227, column: 9, scope: !742, atomGroup: 165, atomRank: 2)
!756 = !DILocation(line: 227, column: 9, scope: !742, atomGroup: 169, atomRank: 2)
!757 = !DILocation(line: 227, column: 9, scope: !742, atomGroup: 173, atomRank: 2)
!758 = !DILocation(line: 226, column: 29, scope: !742, atomGroup: 174, atomRank: 2)
!759 = !DILocation(line: 226, column: 5, scope: !699, atomGroup: 176, atomRank: 1)
!760 = distinct !{!760, !737, !761, !292}
!761 = !DILocation(line: 227, column: 30, scope: !699)
!762 = distinct !DISubprogram(name: "string_stuff", scope: !3, file: !3, line: 231, type: !763, scopeLine: 231, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !765, keyInstructions: true)
!763 = !DISubroutineType(types: !764)
!764 = !{!6, !40}
!765 = !{!766, !767, !771, !772}
!766 = !DILocalVariable(name: "s", arg: 1, scope: !762, file: !3, line: 231, type: !40)
!767 = !DILocalVariable(name: "buf", scope: !762, file: !3, line: 232, type: !768)
!768 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 512, elements: !769)
!769 = !{!770}
!770 = !DISubrange(count: 64)
!771 = !DILocalVariable(name: "h", scope: !762, file: !3, line: 236, type: !6)
!772 = !DILocalVariable(name: "i", scope: !773, file: !3, line: 237, type: !21)
!773 = distinct !DILexicalBlock(scope: !762, file: !3, line: 237, column: 3)
!774 = distinct !DIAssignID()
!775 = !DILocation(line: 0, scope: !762)
!776 = !DILocation(line: 232, column: 3, scope: !762)
!777 = !DILocation(line: 233, column: 3, scope: !762)
!778 = !DILocation(line: 234, column: 3, scope: !762)
!779 = !DILocation(line: 234, column: 11, scope: !762, atomGroup: 1, atomRank: 1)
!780 = distinct !DIAssignID()
!781 = !DILocation(line: 235, column: 3, scope: !762)
!782 = !DILocation(line: 0, scope: !773)
!783 = !DILocation(line: 237, column: 24, scope: !784, atomGroup: 151, atomRank: 1)
!784 = distinct !DILexicalBlock(scope: !773, file: !3, line: 237, column: 3)
!785 = !DILocation(line: 237, column: 3, scope: !773, atomGroup: 152, atomRank: 1)
!786 = !DILocation(line: 237, column: 3, scope: !773)
!787 = !DILocation(line: 237, column: 3, scope: !773, atomGroup: 5, atomRank: 1)
!788 = !DILocation(line: 238, column: 11, scope: !784)
!789 = !DILocation(line: 238, column: 33, scope: !784)
!790 = !DILocation(line: 238, column: 18, scope: !784)
!791 = !DILocation(line: 238, column: 16, scope: !784, atomGroup: 177, atomRank: 2)
!792 = !DILocation(line: 237, column: 40, scope: !784, atomGroup: 178, atomRank: 2)
!793 = !DILocation(line: 237, column: 3, scope: !773, atomGroup: 180, atomRank: 1)
!794 = distinct !{!794, !747}
!795 = !DILocation(line: 238, column: 16, scope: !784, atomGroup: 6, atomRank: 2)
!796 = !DILocation(line: 239, column: 12, scope: !762)
!797 = !DILocation(line: 239, column: 31, scope: !762)
!798 = !{!799, !799, i64 0}
!799 = !{!"p1 omnipotent char", !517, i64 0}
!800 = !DILocation(line: 239, column: 24, scope: !762)
!801 = !DILocation(line: 239, column: 14, scope: !762)
!802 = !DILocation(line: 239, column: 43, scope: !762, atomGroup: 10, atomRank: 2)
!803 = !DILocation(line: 240, column: 1, scope: !762)
!804 = !DILocation(line: 239, column: 3, scope: !762, atomGroup: 10, atomRank: 1)
!805 = !DILocation(line: 238, column: 16, scope: !784, atomGroup: 181, atomRank: 2)
!806 = !DILocation(line: 238, column: 16, scope: !784, atomGroup: 185, atomRank: 2)
!807 = !DILocation(line: 238, column: 16, scope: !784, atomGroup: 189, atomRank: 2)
!808 = !DILocation(line: 237, column: 40, scope: !784, atomGroup: 190, atomRank: 2)
!809 = !DILocation(line: 237, column: 3, scope: !773, atomGroup: 192, atomRank: 1)
!810 = distinct !{!810, !786, !811, !292}
!811 = !DILocation(line: 238, column: 38, scope: !773)
!812 = !DISubprogram(name: "strncpy", scope: !813, file: !813, line: 144, type: !814, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!813 = !DIFile(filename: "/usr/include/string.h", directory: "", checksumkind: CSK_MD5, checksum: "0ee11a08692643b86154f96759d0f7fa")
!814 = !DISubroutineType(types: !815)
!815 = !{!816, !817, !398, !21}
!816 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64)
!817 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !816)
!818 = !DISubprogram(name: "strlen", scope: !813, file: !813, line: 407, type: !819, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!819 = !DISubroutineType(types: !820)
!820 = !{!23, !40}
!821 = distinct !DISubprogram(name: "float_stuff", scope: !3, file: !3, line: 242, type: !822, scopeLine: 242, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !824, keyInstructions: true)
!822 = !DISubroutineType(types: !823)
!823 = !{!29, !29, !25, !24, !6}
!824 = !{!825, !826, !827, !828, !829, !830}
!825 = !DILocalVariable(name: "a", arg: 1, scope: !821, file: !3, line: 242, type: !29)
!826 = !DILocalVariable(name: "b", arg: 2, scope: !821, file: !3, line: 242, type: !25)
!827 = !DILocalVariable(name: "i", arg: 3, scope: !821, file: !3, line: 242, type: !24)
!828 = !DILocalVariable(name: "u", arg: 4, scope: !821, file: !3, line: 242, type: !6)
!829 = !DILocalVariable(name: "r", scope: !821, file: !3, line: 243, type: !29)
!830 = !DILocalVariable(name: "d", scope: !821, file: !3, line: 245, type: !25)
!831 = !DILocation(line: 0, scope: !821)
!832 = !DILocation(line: 243, column: 17, scope: !821)
!833 = !DILocation(line: 243, column: 15, scope: !821, atomGroup: 1, atomRank: 2)
!834 = !DILocation(line: 244, column: 8, scope: !821)
!835 = !DILocation(line: 244, column: 19, scope: !821)
!836 = !DILocation(line: 244, column: 17, scope: !821)
!837 = !DILocation(line: 244, column: 5, scope: !821, atomGroup: 2, atomRank: 2)
!838 = !DILocation(line: 246, column: 9, scope: !839, atomGroup: 4, atomRank: 2)
!839 = distinct !DILexicalBlock(scope: !821, file: !3, line: 246, column: 7)
!840 = !DILocation(line: 246, column: 9, scope: !839, atomGroup: 4, atomRank: 1)
!841 = !DILocation(line: 247, column: 10, scope: !821)
!842 = !DILocation(line: 247, column: 36, scope: !821)
!843 = !DILocation(line: 247, column: 29, scope: !821)
!844 = !DILocation(line: 247, column: 27, scope: !821)
!845 = !DILocation(line: 247, column: 53, scope: !821)
!846 = !DILocation(line: 247, column: 46, scope: !821)
!847 = !DILocation(line: 247, column: 44, scope: !821, atomGroup: 6, atomRank: 2)
!848 = !DILocation(line: 247, column: 3, scope: !821, atomGroup: 6, atomRank: 1)
!849 = !DILocation(line: 248, column: 1, scope: !821, atomGroup: 7, atomRank: 1)
!850 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 250, type: !851, scopeLine: 250, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !854, keyInstructions: true)
!851 = !DISubroutineType(types: !852)
!852 = !{!24, !24, !853}
!853 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !816, size: 64)
!854 = !{!855, !856, !857, !858, !859, !860, !861, !862, !863, !864}
!855 = !DILocalVariable(name: "argc", arg: 1, scope: !850, file: !3, line: 250, type: !24)
!856 = !DILocalVariable(name: "argv", arg: 2, scope: !850, file: !3, line: 250, type: !853)
!857 = !DILocalVariable(name: "local", scope: !850, file: !3, line: 251, type: !52)
!858 = !DILocalVariable(name: "n", scope: !850, file: !3, line: 253, type: !62)
!859 = !DILocalVariable(name: "u", scope: !850, file: !3, line: 256, type: !76)
!860 = !DILocalVariable(name: "r", scope: !850, file: !3, line: 257, type: !44)
!861 = !DILocalVariable(name: "total", scope: !850, file: !3, line: 258, type: !25)
!862 = !DILocalVariable(name: "a", scope: !850, file: !3, line: 265, type: !571)
!863 = !DILocalVariable(name: "v", scope: !850, file: !3, line: 266, type: !571)
!864 = !DILocalVariable(name: "p", scope: !850, file: !3, line: 271, type: !150)
!865 = distinct !DIAssignID()
!866 = !DILocation(line: 0, scope: !247, inlinedAt: !867)
!867 = distinct !DILocation(line: 258, column: 18, scope: !850)
!868 = !DILocation(line: 0, scope: !422, inlinedAt: !869)
!869 = distinct !DILocation(line: 258, column: 40, scope: !850)
!870 = !DILocation(line: 0, scope: !850)
!871 = !DILocation(line: 0, scope: !293, inlinedAt: !872)
!872 = distinct !DILocation(line: 252, column: 3, scope: !850)
!873 = !DILocation(line: 84, column: 3, scope: !293, inlinedAt: !872, atomGroup: 1, atomRank: 1)
!874 = !DILocation(line: 253, column: 21, scope: !850, atomGroup: 1, atomRank: 1)
!875 = distinct !DIAssignID()
!876 = distinct !DIAssignID()
!877 = distinct !DIAssignID()
!878 = !DILocation(line: 0, scope: !475, inlinedAt: !879)
!879 = distinct !DILocation(line: 255, column: 3, scope: !850)
!880 = !DILocation(line: 0, scope: !306, inlinedAt: !881)
!881 = distinct !DILocation(line: 257, column: 20, scope: !850)
!882 = !DILocation(line: 0, scope: !257, inlinedAt: !867)
!883 = !DILocation(line: 79, column: 10, scope: !261, inlinedAt: !867)
!884 = !DILocation(line: 79, column: 28, scope: !261, inlinedAt: !867)
!885 = !DILocation(line: 79, column: 17, scope: !261, inlinedAt: !867)
!886 = !DILocation(line: 79, column: 37, scope: !261, inlinedAt: !867)
!887 = !DILocation(line: 79, column: 35, scope: !261, inlinedAt: !867)
!888 = !DILocation(line: 79, column: 46, scope: !261, inlinedAt: !867)
!889 = !DILocation(line: 79, column: 7, scope: !261, inlinedAt: !867, atomGroup: 153, atomRank: 2)
!890 = !DILocation(line: 79, column: 7, scope: !261, inlinedAt: !867, atomGroup: 157, atomRank: 2)
!891 = !DILocation(line: 145, column: 8, scope: !475, inlinedAt: !879)
!892 = !DILocation(line: 147, column: 8, scope: !475, inlinedAt: !879)
!893 = !DILocation(line: 148, column: 8, scope: !475, inlinedAt: !879)
!894 = !DILocation(line: 89, column: 7, scope: !306, inlinedAt: !881, atomGroup: 2, atomRank: 2)
!895 = !DILocation(line: 0, scope: !431, inlinedAt: !869)
!896 = !DILocation(line: 0, scope: !433, inlinedAt: !869)
!897 = !DILocation(line: 135, column: 21, scope: !448, inlinedAt: !869, atomGroup: 9, atomRank: 2)
!898 = !DILocation(line: 135, column: 21, scope: !448, inlinedAt: !869, atomGroup: 64, atomRank: 2)
!899 = !DILocation(line: 135, column: 21, scope: !448, inlinedAt: !869, atomGroup: 78, atomRank: 2)
!900 = !DILocation(line: 0, scope: !437, inlinedAt: !869)
!901 = !DILocation(line: 0, scope: !439, inlinedAt: !869)
!902 = !DILocation(line: 0, scope: !442, inlinedAt: !869)
!903 = !DILocation(line: 140, column: 11, scope: !457, inlinedAt: !869, atomGroup: 84, atomRank: 2)
!904 = !DILocation(line: 140, column: 11, scope: !457, inlinedAt: !869, atomGroup: 88, atomRank: 2)
!905 = !DILocation(line: 140, column: 11, scope: !457, inlinedAt: !869, atomGroup: 92, atomRank: 2)
!906 = !DILocation(line: 140, column: 11, scope: !457, inlinedAt: !869, atomGroup: 97, atomRank: 2)
!907 = !DILocation(line: 140, column: 11, scope: !457, inlinedAt: !869, atomGroup: 98, atomRank: 2)
!908 = !DILocation(line: 140, column: 11, scope: !457, inlinedAt: !869, atomGroup: 99, atomRank: 2)
!909 = !DILocation(line: 140, column: 11, scope: !457, inlinedAt: !869, atomGroup: 100, atomRank: 2)
!910 = !DILocation(line: 140, column: 11, scope: !457, inlinedAt: !869, atomGroup: 105, atomRank: 2)
!911 = !DILocation(line: 140, column: 11, scope: !457, inlinedAt: !869, atomGroup: 106, atomRank: 2)
!912 = !DILocation(line: 140, column: 11, scope: !457, inlinedAt: !869, atomGroup: 107, atomRank: 2)
!913 = !DILocation(line: 140, column: 11, scope: !457, inlinedAt: !869, atomGroup: 108, atomRank: 2)
!914 = !DILocation(line: 140, column: 11, scope: !457, inlinedAt: !869, atomGroup: 114, atomRank: 2)
!915 = !DILocation(line: 140, column: 11, scope: !457, inlinedAt: !869, atomGroup: 115, atomRank: 2)
!916 = !DILocation(line: 140, column: 11, scope: !457, inlinedAt: !869, atomGroup: 116, atomRank: 2)
!917 = !DILocation(line: 140, column: 11, scope: !457, inlinedAt: !869, atomGroup: 117, atomRank: 2)
!918 = !DILocation(line: 140, column: 11, scope: !457, inlinedAt: !869, atomGroup: 119, atomRank: 2)
!919 = !DILocation(line: 140, column: 11, scope: !457, inlinedAt: !869, atomGroup: 120, atomRank: 2)
!920 = !DILocation(line: 140, column: 11, scope: !457, inlinedAt: !869, atomGroup: 121, atomRank: 2)
!921 = !DILocation(line: 140, column: 11, scope: !457, inlinedAt: !869, atomGroup: 122, atomRank: 2)
!922 = !DILocation(line: 140, column: 11, scope: !457, inlinedAt: !869, atomGroup: 124, atomRank: 2)
!923 = !DILocation(line: 140, column: 11, scope: !457, inlinedAt: !869, atomGroup: 125, atomRank: 2)
!924 = !DILocation(line: 140, column: 11, scope: !457, inlinedAt: !869, atomGroup: 126, atomRank: 2)
!925 = !DILocation(line: 140, column: 11, scope: !457, inlinedAt: !869, atomGroup: 127, atomRank: 2)
!926 = !DILocation(line: 141, column: 14, scope: !422, inlinedAt: !869)
!927 = !DILocation(line: 141, column: 12, scope: !422, inlinedAt: !869)
!928 = !DILocation(line: 141, column: 18, scope: !422, inlinedAt: !869)
!929 = !DILocation(line: 141, column: 16, scope: !422, inlinedAt: !869)
!930 = !DILocation(line: 141, column: 34, scope: !422, inlinedAt: !869)
!931 = !DILocation(line: 141, column: 28, scope: !422, inlinedAt: !869)
!932 = !DILocation(line: 141, column: 26, scope: !422, inlinedAt: !869)
!933 = !DILocation(line: 141, column: 44, scope: !422, inlinedAt: !869)
!934 = !DILocation(line: 141, column: 38, scope: !422, inlinedAt: !869)
!935 = !DILocation(line: 141, column: 36, scope: !422, inlinedAt: !869)
!936 = !DILocation(line: 141, column: 62, scope: !422, inlinedAt: !869)
!937 = !DILocation(line: 141, column: 48, scope: !422, inlinedAt: !869)
!938 = !DILocation(line: 141, column: 46, scope: !422, inlinedAt: !869, atomGroup: 32, atomRank: 2)
!939 = !DILocation(line: 258, column: 38, scope: !850)
!940 = !DILocation(line: 258, column: 57, scope: !850)
!941 = !DILocation(line: 0, scope: !505, inlinedAt: !942)
!942 = distinct !DILocation(line: 258, column: 65, scope: !850)
!943 = !DILocation(line: 0, scope: !511, inlinedAt: !942)
!944 = !DILocation(line: 156, column: 16, scope: !515, inlinedAt: !942)
!945 = !DILocation(line: 0, scope: !495, inlinedAt: !946)
!946 = distinct !DILocation(line: 156, column: 10, scope: !515, inlinedAt: !942)
!947 = !DILocation(line: 151, column: 55, scope: !495, inlinedAt: !946, atomGroup: 1, atomRank: 2)
!948 = !DILocation(line: 156, column: 7, scope: !515, inlinedAt: !942, atomGroup: 5, atomRank: 2)
!949 = !DILocation(line: 151, column: 55, scope: !495, inlinedAt: !946, atomGroup: 133, atomRank: 2)
!950 = !DILocation(line: 156, column: 7, scope: !515, inlinedAt: !942, atomGroup: 134, atomRank: 2)
!951 = !DILocation(line: 151, column: 55, scope: !495, inlinedAt: !946, atomGroup: 138, atomRank: 2)
!952 = !DILocation(line: 156, column: 7, scope: !515, inlinedAt: !942, atomGroup: 139, atomRank: 2)
!953 = !DILocation(line: 258, column: 63, scope: !850, atomGroup: 4, atomRank: 2)
!954 = !DILocation(line: 259, column: 25, scope: !850)
!955 = !DILocation(line: 259, column: 12, scope: !850)
!956 = !DILocation(line: 259, column: 9, scope: !850, atomGroup: 5, atomRank: 2)
!957 = !DILocation(line: 0, scope: !642, inlinedAt: !958)
!958 = distinct !DILocation(line: 260, column: 20, scope: !850)
!959 = !DILocation(line: 209, column: 67, scope: !642, inlinedAt: !958)
!960 = !DILocation(line: 209, column: 65, scope: !642, inlinedAt: !958, atomGroup: 1, atomRank: 2)
!961 = !DILocation(line: 260, column: 12, scope: !850)
!962 = !DILocation(line: 260, column: 58, scope: !850)
!963 = !DILocation(line: 0, scope: !656, inlinedAt: !964)
!964 = distinct !DILocation(line: 260, column: 49, scope: !850)
!965 = !DILocation(line: 212, column: 10, scope: !656, inlinedAt: !964, atomGroup: 1, atomRank: 1)
!966 = !DILocation(line: 213, column: 12, scope: !656, inlinedAt: !964)
!967 = !DILocation(line: 213, column: 31, scope: !656, inlinedAt: !964)
!968 = !DILocation(line: 213, column: 26, scope: !656, inlinedAt: !964)
!969 = !DILocation(line: 213, column: 39, scope: !656, inlinedAt: !964)
!970 = !DILocation(line: 213, column: 45, scope: !656, inlinedAt: !964)
!971 = !DILocation(line: 213, column: 37, scope: !656, inlinedAt: !964, atomGroup: 2, atomRank: 2)
!972 = !DILocation(line: 260, column: 41, scope: !850)
!973 = !DILocation(line: 260, column: 39, scope: !850)
!974 = !DILocation(line: 260, column: 9, scope: !850, atomGroup: 6, atomRank: 2)
!975 = !DILocation(line: 261, column: 12, scope: !850)
!976 = !DILocation(line: 261, column: 45, scope: !850)
!977 = !DILocation(line: 0, scope: !542, inlinedAt: !978)
!978 = distinct !DILocation(line: 261, column: 37, scope: !850)
!979 = !DILocation(line: 173, column: 3, scope: !542, inlinedAt: !978, atomGroup: 1, atomRank: 2)
!980 = !DILocation(line: 174, column: 14, scope: !542, inlinedAt: !978, atomGroup: 3, atomRank: 2)
!981 = !DILocation(line: 176, column: 3, scope: !542, inlinedAt: !978)
!982 = !DILocation(line: 174, column: 14, scope: !542, inlinedAt: !978, atomGroup: 2, atomRank: 2)
!983 = !DILocation(line: 177, column: 17, scope: !542, inlinedAt: !978, atomGroup: 7, atomRank: 2)
!984 = !DILocation(line: 177, column: 81, scope: !542, inlinedAt: !978, atomGroup: 8, atomRank: 2)
!985 = !DILocation(line: 177, column: 81, scope: !542, inlinedAt: !978)
!986 = !DILocation(line: 178, column: 21, scope: !542, inlinedAt: !978)
!987 = !DILocation(line: 178, column: 3, scope: !542, inlinedAt: !978, atomGroup: 9, atomRank: 1)
!988 = !DILocation(line: 179, column: 3, scope: !542, inlinedAt: !978, atomGroup: 10, atomRank: 2)
!989 = !DILocation(line: 180, column: 3, scope: !542, inlinedAt: !978)
!990 = !DILocation(line: 181, column: 25, scope: !542, inlinedAt: !978, atomGroup: 12, atomRank: 2)
!991 = !DILocation(line: 0, scope: !527, inlinedAt: !992)
!992 = distinct !DILocation(line: 261, column: 53, scope: !850)
!993 = !DILocation(line: 163, column: 3, scope: !527, inlinedAt: !992, atomGroup: 1, atomRank: 1)
!994 = !DILocation(line: 261, column: 53, scope: !850)
!995 = !DILocation(line: 0, scope: !409, inlinedAt: !996)
!996 = distinct !DILocation(line: 261, column: 72, scope: !850)
!997 = !DILocation(line: 121, column: 3, scope: !409, inlinedAt: !996, atomGroup: 1, atomRank: 1)
!998 = !DILocation(line: 123, column: 19, scope: !415, inlinedAt: !996, atomGroup: 3, atomRank: 1)
!999 = !DILocation(line: 124, column: 11, scope: !415, inlinedAt: !996, atomGroup: 4, atomRank: 1)
!1000 = !DILocation(line: 125, column: 13, scope: !415, inlinedAt: !996, atomGroup: 5, atomRank: 1)
!1001 = !DILocation(line: 126, column: 12, scope: !415, inlinedAt: !996, atomGroup: 6, atomRank: 1)
!1002 = !DILocation(line: 127, column: 12, scope: !415, inlinedAt: !996, atomGroup: 7, atomRank: 1)
!1003 = !DILocation(line: 0, scope: !415, inlinedAt: !996)
!1004 = !DILocation(line: 177, column: 79, scope: !542, inlinedAt: !978, atomGroup: 6, atomRank: 2)
!1005 = !DILocation(line: 181, column: 14, scope: !542, inlinedAt: !978)
!1006 = !DILocation(line: 181, column: 23, scope: !542, inlinedAt: !978, atomGroup: 13, atomRank: 2)
!1007 = !DILocation(line: 261, column: 35, scope: !850)
!1008 = !DILocation(line: 261, column: 51, scope: !850)
!1009 = !DILocation(line: 261, column: 70, scope: !850)
!1010 = !DILocation(line: 261, column: 9, scope: !850, atomGroup: 7, atomRank: 2)
!1011 = !DILocation(line: 0, scope: !229, inlinedAt: !1012)
!1012 = distinct !DILocation(line: 262, column: 12, scope: !850)
!1013 = !DILocation(line: 72, column: 31, scope: !229, inlinedAt: !1012)
!1014 = !DILocation(line: 72, column: 61, scope: !229, inlinedAt: !1012)
!1015 = !DILocation(line: 262, column: 47, scope: !850, atomGroup: 9, atomRank: 2)
!1016 = !DILocation(line: 262, column: 42, scope: !850, atomGroup: 9, atomRank: 1)
!1017 = !DILocation(line: 262, column: 53, scope: !850)
!1018 = !DILocation(line: 262, column: 42, scope: !850)
!1019 = !DILocation(line: 0, scope: !762, inlinedAt: !1020)
!1020 = distinct !DILocation(line: 262, column: 29, scope: !850)
!1021 = !DILocation(line: 232, column: 3, scope: !762, inlinedAt: !1020)
!1022 = !DILocation(line: 233, column: 3, scope: !762, inlinedAt: !1020)
!1023 = !DILocation(line: 234, column: 3, scope: !762, inlinedAt: !1020)
!1024 = !DILocation(line: 234, column: 11, scope: !762, inlinedAt: !1020, atomGroup: 1, atomRank: 1)
!1025 = distinct !DIAssignID()
!1026 = !DILocation(line: 235, column: 3, scope: !762, inlinedAt: !1020)
!1027 = !DILocation(line: 0, scope: !773, inlinedAt: !1020)
!1028 = !DILocation(line: 237, column: 24, scope: !784, inlinedAt: !1020, atomGroup: 151, atomRank: 1)
!1029 = !DILocation(line: 237, column: 3, scope: !773, inlinedAt: !1020, atomGroup: 152, atomRank: 1)
!1030 = !DILocation(line: 237, column: 3, scope: !773, inlinedAt: !1020)
!1031 = !DILocation(line: 237, column: 3, scope: !773, inlinedAt: !1020, atomGroup: 5, atomRank: 1)
!1032 = !DILocation(line: 238, column: 11, scope: !784, inlinedAt: !1020)
!1033 = !DILocation(line: 238, column: 33, scope: !784, inlinedAt: !1020)
!1034 = !DILocation(line: 238, column: 18, scope: !784, inlinedAt: !1020)
!1035 = !DILocation(line: 238, column: 16, scope: !784, inlinedAt: !1020, atomGroup: 193, atomRank: 2)
!1036 = !DILocation(line: 237, column: 40, scope: !784, inlinedAt: !1020, atomGroup: 194, atomRank: 2)
!1037 = !DILocation(line: 237, column: 3, scope: !773, inlinedAt: !1020, atomGroup: 196, atomRank: 1)
!1038 = distinct !{!1038, !747}
!1039 = !DILocation(line: 238, column: 16, scope: !784, inlinedAt: !1020, atomGroup: 6, atomRank: 2)
!1040 = !DILocation(line: 239, column: 12, scope: !762, inlinedAt: !1020)
!1041 = !DILocation(line: 239, column: 31, scope: !762, inlinedAt: !1020)
!1042 = !DILocation(line: 238, column: 16, scope: !784, inlinedAt: !1020, atomGroup: 197, atomRank: 2)
!1043 = !DILocation(line: 238, column: 16, scope: !784, inlinedAt: !1020, atomGroup: 201, atomRank: 2)
!1044 = !DILocation(line: 238, column: 16, scope: !784, inlinedAt: !1020, atomGroup: 205, atomRank: 2)
!1045 = !DILocation(line: 237, column: 40, scope: !784, inlinedAt: !1020, atomGroup: 206, atomRank: 2)
!1046 = !DILocation(line: 237, column: 3, scope: !773, inlinedAt: !1020, atomGroup: 208, atomRank: 1)
!1047 = distinct !{!1047, !1030, !1048, !292}
!1048 = !DILocation(line: 238, column: 38, scope: !773, inlinedAt: !1020)
!1049 = !DILocation(line: 239, column: 24, scope: !762, inlinedAt: !1020)
!1050 = !DILocation(line: 239, column: 14, scope: !762, inlinedAt: !1020)
!1051 = !DILocation(line: 240, column: 1, scope: !762, inlinedAt: !1020)
!1052 = !DILocation(line: 239, column: 43, scope: !762, inlinedAt: !1020, atomGroup: 10, atomRank: 2)
!1053 = !DILocation(line: 72, column: 44, scope: !229, inlinedAt: !1012)
!1054 = !DILocation(line: 72, column: 59, scope: !229, inlinedAt: !1012, atomGroup: 1, atomRank: 2)
!1055 = !DILocation(line: 262, column: 27, scope: !850)
!1056 = !DILocation(line: 262, column: 12, scope: !850)
!1057 = !DILocation(line: 0, scope: !821, inlinedAt: !1058)
!1058 = distinct !DILocation(line: 262, column: 70, scope: !850)
!1059 = !DILocation(line: 244, column: 8, scope: !821, inlinedAt: !1058)
!1060 = !DILocation(line: 244, column: 17, scope: !821, inlinedAt: !1058)
!1061 = !DILocation(line: 244, column: 5, scope: !821, inlinedAt: !1058, atomGroup: 2, atomRank: 2)
!1062 = !DILocation(line: 247, column: 10, scope: !821, inlinedAt: !1058)
!1063 = !DILocation(line: 247, column: 27, scope: !821, inlinedAt: !1058)
!1064 = !DILocation(line: 247, column: 44, scope: !821, inlinedAt: !1058, atomGroup: 6, atomRank: 2)
!1065 = !DILocation(line: 262, column: 68, scope: !850)
!1066 = !DILocation(line: 262, column: 9, scope: !850, atomGroup: 8, atomRank: 2)
!1067 = !DILocation(line: 263, column: 7, scope: !1068, atomGroup: 10, atomRank: 2)
!1068 = distinct !DILexicalBlock(scope: !850, file: !3, line: 263, column: 7)
!1069 = !DILocation(line: 263, column: 7, scope: !1068, atomGroup: 10, atomRank: 1)
!1070 = !DILocation(line: 264, column: 14, scope: !1068)
!1071 = !DILocation(line: 264, column: 11, scope: !1068, atomGroup: 11, atomRank: 2)
!1072 = !DILocation(line: 264, column: 5, scope: !1068)
!1073 = !DILocation(line: 267, column: 94, scope: !850)
!1074 = !DILocation(line: 0, scope: !604, inlinedAt: !1075)
!1075 = distinct !DILocation(line: 267, column: 26, scope: !850)
!1076 = !DILocation(line: 187, column: 42, scope: !604, inlinedAt: !1075)
!1077 = !DILocation(line: 187, column: 47, scope: !604, inlinedAt: !1075, atomGroup: 1, atomRank: 2)
!1078 = !DILocation(line: 267, column: 26, scope: !850)
!1079 = !DILocation(line: 267, column: 24, scope: !850)
!1080 = !DILocation(line: 267, column: 9, scope: !850, atomGroup: 14, atomRank: 2)
!1081 = !DILocation(line: 170, column: 26, scope: !536, inlinedAt: !1082, atomGroup: 1, atomRank: 1)
!1082 = distinct !DILocation(line: 268, column: 3, scope: !850)
!1083 = !DILocation(line: 269, column: 37, scope: !850)
!1084 = !DILocation(line: 269, column: 31, scope: !850)
!1085 = !DILocation(line: 269, column: 3, scope: !850)
!1086 = !DILocation(line: 270, column: 56, scope: !850)
!1087 = !DILocation(line: 0, scope: !399, inlinedAt: !1088)
!1088 = distinct !DILocation(line: 270, column: 27, scope: !850)
!1089 = !DILocation(line: 112, column: 3, scope: !399, inlinedAt: !1088, atomGroup: 1, atomRank: 1)
!1090 = !DILocation(line: 270, column: 81, scope: !850)
!1091 = !DILocation(line: 270, column: 3, scope: !850)
!1092 = !DILocation(line: 273, column: 10, scope: !850)
!1093 = !DILocation(line: 273, column: 21, scope: !850, atomGroup: 17, atomRank: 2)
!1094 = !DILocation(line: 273, column: 3, scope: !850, atomGroup: 17, atomRank: 1)
!1095 = !DISubprogram(name: "extern_weak_thing", scope: !3, file: !3, line: 74, type: !216, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
