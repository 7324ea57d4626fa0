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
@g_nested = dso_local local_unnamed_addr global { [4 x %struct.Mixed], [3 x [4 x double]], [2 x [3 x [4 x i32]]], %union.Num, { i8, i8, i8, i8, i8, i8, i8, i8 }, ptr } { [4 x %struct.Mixed] zeroinitializer, [3 x [4 x double]] [[4 x double] [double 1.000000e+00, double 2.000000e+00, double 0.000000e+00, double 0.000000e+00], [4 x double] [double 3.000000e+00, double 0.000000e+00, double 0.000000e+00, double 0.000000e+00], [4 x double] zeroinitializer], [2 x [3 x [4 x i32]]] zeroinitializer, %union.Num zeroinitializer, { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 17, i8 -3, i8 28, i8 24, i8 0, i8 0, i8 0, i8 undef }, ptr @.str.1 }, align 8, !dbg !60
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
@computed_goto.table = internal unnamed_addr constant [4 x ptr] [ptr blockaddress(@computed_goto, %8), ptr blockaddress(@computed_goto, %24), ptr blockaddress(@computed_goto, %27), ptr blockaddress(@computed_goto, %30)], align 16, !dbg !135
@g_ubig = dso_local local_unnamed_addr global i128 0, align 16, !dbg !162
@.str.8 = private unnamed_addr constant [2 x i8] c"x\00", align 1, !dbg !153
@.str.9 = private unnamed_addr constant [4 x i8] c"dfl\00", align 1, !dbg !155
@.str.10 = private unnamed_addr constant [13 x i8] c"%s %s %f %d\0A\00", align 1, !dbg !157
@g_zero_arr = dso_local local_unnamed_addr global [128 x i32] zeroinitializer, align 16, !dbg !170
@switch.table.color_name.rel = private unnamed_addr constant [7 x i32] [i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.3 to i64), i64 ptrtoint (ptr @switch.table.color_name.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.6 to i64), i64 ptrtoint (ptr @switch.table.color_name.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.6 to i64), i64 ptrtoint (ptr @switch.table.color_name.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.6 to i64), i64 ptrtoint (ptr @switch.table.color_name.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.6 to i64), i64 ptrtoint (ptr @switch.table.color_name.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.4 to i64), i64 ptrtoint (ptr @switch.table.color_name.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.5 to i64), i64 ptrtoint (ptr @switch.table.color_name.rel to i64)) to i32)], align 4

@alias_fn = dso_local alias i32 (i32), ptr @real_impl

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal noundef double @add(double noundef %0, double noundef %1) #0 !dbg !190 {
    #dbg_value(double %0, !192, !DIExpression(), !194)
    #dbg_value(double %1, !193, !DIExpression(), !194)
  %3 = fadd double %0, %1, !dbg !195
  ret double %3, !dbg !196
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal noundef double @mul(double noundef %0, double noundef %1) #0 !dbg !197 {
    #dbg_value(double %0, !199, !DIExpression(), !201)
    #dbg_value(double %1, !200, !DIExpression(), !201)
  %3 = fmul double %0, %1, !dbg !202
  ret double %3, !dbg !203
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal noundef double @sub(double noundef %0, double noundef %1) #0 !dbg !204 {
    #dbg_value(double %0, !206, !DIExpression(), !208)
    #dbg_value(double %1, !207, !DIExpression(), !208)
  %3 = fsub double %0, %1, !dbg !209
  ret double %3, !dbg !210
}

; Function Attrs: nounwind uwtable
define weak dso_local i32 @weak_fn(i32 noundef %0) local_unnamed_addr #1 !dbg !211 {
    #dbg_value(i32 %0, !215, !DIExpression(), !216)
  %2 = add nsw i32 %0, 1, !dbg !217
  ret i32 %2, !dbg !218
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define hidden i32 @hidden_fn(i32 noundef %0) local_unnamed_addr #0 !dbg !219 {
    #dbg_value(i32 %0, !221, !DIExpression(), !222)
  %2 = shl nsw i32 %0, 1, !dbg !223
  ret i32 %2, !dbg !224
}

; Function Attrs: nounwind uwtable
define dso_local i32 @real_impl(i32 noundef %0) #1 !dbg !225 {
    #dbg_value(i32 %0, !227, !DIExpression(), !228)
  %2 = tail call fastcc i32 @static_fn(i32 noundef %0), !dbg !229
    #dbg_value(i32 %0, !221, !DIExpression(), !230)
  %3 = shl nsw i32 %0, 1, !dbg !232
  %4 = add nsw i32 %2, %3, !dbg !233
  %5 = tail call i32 @weak_fn(i32 noundef %0), !dbg !234
  %6 = add nsw i32 %4, %5, !dbg !235
  ret i32 %6, !dbg !236
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define internal fastcc range(i32 -2147483648, 2147483645) i32 @static_fn(i32 noundef %0) unnamed_addr #2 !dbg !237 {
    #dbg_value(i32 %0, !239, !DIExpression(), !240)
  %2 = add nsw i32 %0, -3, !dbg !241
  ret i32 %2, !dbg !242
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local double @sum_mixed(ptr nocapture noundef readonly %0, i32 noundef %1) local_unnamed_addr #3 !dbg !243 {
    #dbg_value(ptr %0, !249, !DIExpression(), !254)
    #dbg_value(i32 %1, !250, !DIExpression(), !254)
    #dbg_value(double 0.000000e+00, !251, !DIExpression(), !254)
    #dbg_value(i32 0, !252, !DIExpression(), !255)
  %3 = icmp sgt i32 %1, 0, !dbg !256
  br i1 %3, label %4, label %6, !dbg !258

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64, !dbg !256
  br label %8, !dbg !258

6:                                                ; preds = %8, %2
  %7 = phi double [ 0.000000e+00, %2 ], [ %30, %8 ], !dbg !254
  ret double %7, !dbg !259

8:                                                ; preds = %4, %8
  %9 = phi i64 [ 0, %4 ], [ %31, %8 ]
  %10 = phi double [ 0.000000e+00, %4 ], [ %30, %8 ]
    #dbg_value(i64 %9, !252, !DIExpression(), !255)
    #dbg_value(double %10, !251, !DIExpression(), !254)
  %11 = getelementptr inbounds %struct.Mixed, ptr %0, i64 %9, !dbg !260
  %12 = load i64, ptr %11, align 8, !dbg !261, !tbaa !262
  %13 = sitofp i64 %12 to double, !dbg !260
  %14 = getelementptr inbounds i8, ptr %11, i64 8, !dbg !270
  %15 = load double, ptr %14, align 8, !dbg !270, !tbaa !271
  %16 = getelementptr inbounds i8, ptr %11, i64 16, !dbg !272
  %17 = load float, ptr %16, align 8, !dbg !272, !tbaa !273
  %18 = fpext float %17 to double, !dbg !274
  %19 = tail call double @llvm.fmuladd.f64(double %15, double %18, double %13), !dbg !275
  %20 = getelementptr inbounds i8, ptr %11, i64 20, !dbg !276
  %21 = load i32, ptr %20, align 4, !dbg !276, !tbaa !277
  %22 = sitofp i32 %21 to double, !dbg !278
  %23 = fadd double %19, %22, !dbg !279
  %24 = trunc nuw nsw i64 %9 to i32, !dbg !280
  %25 = urem i32 %24, 5, !dbg !280
  %26 = zext nneg i32 %25 to i64, !dbg !281
  %27 = getelementptr inbounds [5 x double], ptr @g_table, i64 0, i64 %26, !dbg !281
  %28 = load double, ptr %27, align 8, !dbg !281, !tbaa !282
  %29 = fadd double %28, %23, !dbg !283
  %30 = fadd double %10, %29, !dbg !284
    #dbg_value(double %30, !251, !DIExpression(), !254)
  %31 = add nuw nsw i64 %9, 1, !dbg !285
    #dbg_value(i64 %31, !252, !DIExpression(), !255)
  %32 = icmp eq i64 %31, %5, !dbg !256
  br i1 %32, label %6, label %8, !dbg !258, !llvm.loop !286
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #4

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @copy_mixed(ptr nocapture noundef writeonly %0, ptr nocapture noundef readonly %1, i32 noundef %2) local_unnamed_addr #6 !dbg !289 {
    #dbg_value(ptr %0, !294, !DIExpression(), !297)
    #dbg_value(ptr %1, !295, !DIExpression(), !297)
    #dbg_value(i32 %2, !296, !DIExpression(), !297)
  %4 = sext i32 %2 to i64, !dbg !298
  %5 = mul nsw i64 %4, 24, !dbg !299
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 8 %0, ptr align 8 %1, i64 %5, i1 false), !dbg !300
  ret void, !dbg !301
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #7

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @by_value(ptr dead_on_unwind noalias nocapture writable sret(%struct.Mixed) align 8 %0, ptr nocapture noundef readonly byval(%struct.Mixed) align 8 %1, i64 %2) local_unnamed_addr #6 !dbg !302 {
    #dbg_value(i64 %2, !307, !DIExpression(), !309)
    #dbg_declare(ptr %1, !306, !DIExpression(), !310)
    #dbg_declare(ptr %0, !308, !DIExpression(), !311)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef nonnull align 8 dereferenceable(24) %1, i64 24, i1 false), !dbg !312, !tbaa.struct !313
  %4 = bitcast i64 %2 to double, !dbg !317
  %5 = getelementptr inbounds i8, ptr %0, i64 8, !dbg !318
  %6 = load double, ptr %5, align 8, !dbg !319, !tbaa !271
  %7 = fadd double %6, %4, !dbg !319
  store double %7, ptr %5, align 8, !dbg !319, !tbaa !271
  %8 = trunc i64 %2 to i32, !dbg !320
  %9 = lshr i32 %8, 24, !dbg !320
  %10 = getelementptr inbounds i8, ptr %0, i64 20, !dbg !321
  %11 = load i32, ptr %10, align 4, !dbg !322, !tbaa !277
  %12 = xor i32 %11, %9, !dbg !322
  store i32 %12, ptr %10, align 4, !dbg !322, !tbaa !277
  ret void, !dbg !323
}

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @logf_va(ptr noundef %0, ...) local_unnamed_addr #8 !dbg !324 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16, !DIAssignID !347
    #dbg_assign(i1 undef, !329, !DIExpression(), !347, ptr %2, !DIExpression(), !348)
    #dbg_value(ptr %0, !328, !DIExpression(), !348)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #25, !dbg !349
  call void @llvm.va_start.p0(ptr nonnull %2), !dbg !350
    #dbg_value(i32 0, !344, !DIExpression(), !348)
    #dbg_value(ptr %0, !345, !DIExpression(), !351)
  %3 = load i32, ptr %2, align 16
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = getelementptr inbounds i8, ptr %2, i64 16
  %6 = load ptr, ptr %5, align 16
  %7 = getelementptr inbounds i8, ptr %2, i64 4
  %8 = load ptr, ptr %4, align 8
  %9 = load i32, ptr %7, align 4
  br label %10, !dbg !352

10:                                               ; preds = %63, %1
  %11 = phi i32 [ %9, %1 ], [ %64, %63 ]
  %12 = phi ptr [ %8, %1 ], [ %65, %63 ]
  %13 = phi i32 [ %3, %1 ], [ %66, %63 ]
  %14 = phi i32 [ 0, %1 ], [ %67, %63 ], !dbg !348
  %15 = phi ptr [ %0, %1 ], [ %68, %63 ], !dbg !353
    #dbg_value(ptr %15, !345, !DIExpression(), !351)
    #dbg_value(i32 %14, !344, !DIExpression(), !348)
  %16 = load i8, ptr %15, align 1, !dbg !354, !tbaa !356
  switch i8 %16, label %63 [
    i8 0, label %17
    i8 100, label %19
    i8 102, label %33
    i8 108, label %48
  ], !dbg !357

17:                                               ; preds = %10
  call void @llvm.va_end.p0(ptr nonnull %2), !dbg !358
  %18 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, ptr noundef %0, i32 noundef %14), !dbg !359
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #25, !dbg !360
  ret i32 %14, !dbg !361

19:                                               ; preds = %10
  %20 = icmp ult i32 %13, 41, !dbg !362
  br i1 %20, label %21, label %25, !dbg !362

21:                                               ; preds = %19
  %22 = zext nneg i32 %13 to i64, !dbg !362
  %23 = getelementptr i8, ptr %6, i64 %22, !dbg !362
  %24 = add nuw nsw i32 %13, 8, !dbg !362
  store i32 %24, ptr %2, align 16, !dbg !362, !DIAssignID !365
    #dbg_assign(i32 %24, !329, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !365, ptr %2, !DIExpression(), !348)
  br label %27, !dbg !362

25:                                               ; preds = %19
  %26 = getelementptr i8, ptr %12, i64 8, !dbg !362
  store ptr %26, ptr %4, align 8, !dbg !362, !DIAssignID !366
    #dbg_assign(ptr %26, !329, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !366, ptr %4, !DIExpression(), !348)
  br label %27, !dbg !362

27:                                               ; preds = %25, %21
  %28 = phi ptr [ %12, %21 ], [ %26, %25 ]
  %29 = phi i32 [ %24, %21 ], [ %13, %25 ]
  %30 = phi ptr [ %23, %21 ], [ %12, %25 ], !dbg !362
  %31 = load i32, ptr %30, align 4, !dbg !362, !tbaa !316
  %32 = add nsw i32 %31, %14, !dbg !367
    #dbg_value(i32 %32, !344, !DIExpression(), !348)
  br label %63, !dbg !368

33:                                               ; preds = %10
  %34 = icmp ult i32 %11, 161, !dbg !369
  br i1 %34, label %35, label %39, !dbg !369

35:                                               ; preds = %33
  %36 = zext nneg i32 %11 to i64, !dbg !369
  %37 = getelementptr i8, ptr %6, i64 %36, !dbg !369
  %38 = add nuw nsw i32 %11, 16, !dbg !369
  store i32 %38, ptr %7, align 4, !dbg !369, !DIAssignID !371
    #dbg_assign(i32 %38, !329, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !371, ptr %7, !DIExpression(), !348)
  br label %41, !dbg !369

39:                                               ; preds = %33
  %40 = getelementptr i8, ptr %12, i64 8, !dbg !369
  store ptr %40, ptr %4, align 8, !dbg !369, !DIAssignID !372
    #dbg_assign(ptr %40, !329, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !372, ptr %4, !DIExpression(), !348)
  br label %41, !dbg !369

41:                                               ; preds = %39, %35
  %42 = phi i32 [ %38, %35 ], [ %11, %39 ]
  %43 = phi ptr [ %12, %35 ], [ %40, %39 ]
  %44 = phi ptr [ %37, %35 ], [ %12, %39 ], !dbg !369
  %45 = load double, ptr %44, align 8, !dbg !369, !tbaa !282
  %46 = fptosi double %45 to i32, !dbg !373
  %47 = add nsw i32 %14, %46, !dbg !374
    #dbg_value(i32 %47, !344, !DIExpression(), !348)
  br label %63, !dbg !375

48:                                               ; preds = %10
  %49 = icmp ult i32 %13, 41, !dbg !376
  br i1 %49, label %50, label %54, !dbg !376

50:                                               ; preds = %48
  %51 = zext nneg i32 %13 to i64, !dbg !376
  %52 = getelementptr i8, ptr %6, i64 %51, !dbg !376
  %53 = add nuw nsw i32 %13, 8, !dbg !376
  store i32 %53, ptr %2, align 16, !dbg !376, !DIAssignID !378
    #dbg_assign(i32 %53, !329, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !378, ptr %2, !DIExpression(), !348)
  br label %56, !dbg !376

54:                                               ; preds = %48
  %55 = getelementptr i8, ptr %12, i64 8, !dbg !376
  store ptr %55, ptr %4, align 8, !dbg !376, !DIAssignID !379
    #dbg_assign(ptr %55, !329, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !379, ptr %4, !DIExpression(), !348)
  br label %56, !dbg !376

56:                                               ; preds = %54, %50
  %57 = phi ptr [ %12, %50 ], [ %55, %54 ]
  %58 = phi i32 [ %53, %50 ], [ %13, %54 ]
  %59 = phi ptr [ %52, %50 ], [ %12, %54 ], !dbg !376
  %60 = load i64, ptr %59, align 8, !dbg !376, !tbaa !314
  %61 = trunc i64 %60 to i32, !dbg !380
  %62 = add nsw i32 %14, %61, !dbg !381
    #dbg_value(i32 %62, !344, !DIExpression(), !348)
  br label %63, !dbg !382

63:                                               ; preds = %10, %27, %56, %41
  %64 = phi i32 [ %11, %27 ], [ %42, %41 ], [ %11, %56 ], [ %11, %10 ]
  %65 = phi ptr [ %28, %27 ], [ %43, %41 ], [ %57, %56 ], [ %12, %10 ]
  %66 = phi i32 [ %29, %27 ], [ %13, %41 ], [ %58, %56 ], [ %13, %10 ]
  %67 = phi i32 [ %32, %27 ], [ %47, %41 ], [ %62, %56 ], [ %14, %10 ], !dbg !348
    #dbg_value(i32 %67, !344, !DIExpression(), !348)
  %68 = getelementptr inbounds i8, ptr %15, i64 1, !dbg !383
    #dbg_value(ptr %68, !345, !DIExpression(), !351)
  br label %10, !dbg !384, !llvm.loop !385
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #9

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #9

; Function Attrs: nofree nounwind
declare !dbg !387 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #10

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef nonnull ptr @color_name(i32 noundef %0) local_unnamed_addr #0 !dbg !391 {
    #dbg_value(i32 %0, !395, !DIExpression(), !396)
  %2 = icmp ult i32 %0, 7, !dbg !397
  br i1 %2, label %3, label %7, !dbg !397

3:                                                ; preds = %1
  %4 = zext nneg i32 %0 to i64, !dbg !397
  %5 = shl i64 %4, 2, !dbg !397
  %6 = call ptr @llvm.load.relative.i64(ptr @switch.table.color_name.rel, i64 %5), !dbg !397
  br label %7, !dbg !397

7:                                                ; preds = %1, %3
  %8 = phi ptr [ %6, %3 ], [ @.str.6, %1 ], !dbg !398
  ret ptr %8, !dbg !400
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i32 @classify(i32 noundef %0) local_unnamed_addr #0 !dbg !401 {
    #dbg_value(i32 %0, !403, !DIExpression(), !404)
  switch i32 %0, label %6 [
    i32 0, label %7
    i32 1, label %2
    i32 2, label %2
    i32 7, label %3
    i32 100, label %4
    i32 -5, label %5
  ], !dbg !405

2:                                                ; preds = %1, %1
  br label %7, !dbg !406

3:                                                ; preds = %1
  br label %7, !dbg !408

4:                                                ; preds = %1
  br label %7, !dbg !409

5:                                                ; preds = %1
  br label %7, !dbg !410

6:                                                ; preds = %1
  br label %7, !dbg !411

7:                                                ; preds = %1, %6, %5, %4, %3, %2
  %8 = phi i32 [ %0, %6 ], [ 55, %5 ], [ -1, %4 ], [ 21, %3 ], [ 20, %2 ], [ 10, %1 ], !dbg !412
  ret i32 %8, !dbg !413
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local double @matrix_trace(ptr nocapture noundef readonly %0) local_unnamed_addr #11 !dbg !414 {
    #dbg_value(ptr %0, !420, !DIExpression(), !436)
    #dbg_value(i64 0, !422, !DIExpression(), !437)
    #dbg_value(i64 0, !424, !DIExpression(), !438)
    #dbg_value(double 0.000000e+00, !421, !DIExpression(), !436)
  %2 = getelementptr inbounds i8, ptr %0, i64 96
  %3 = load double, ptr %2, align 8, !dbg !439, !tbaa !282
    #dbg_value(i64 1, !422, !DIExpression(), !437)
    #dbg_value(double poison, !421, !DIExpression(), !436)
    #dbg_value(i64 1, !424, !DIExpression(), !438)
  %4 = getelementptr inbounds i8, ptr %0, i64 136, !dbg !439
  %5 = load double, ptr %4, align 8, !dbg !439, !tbaa !282
    #dbg_value(i64 2, !422, !DIExpression(), !437)
    #dbg_value(i64 2, !424, !DIExpression(), !438)
  %6 = getelementptr inbounds i8, ptr %0, i64 176, !dbg !439
  %7 = load double, ptr %6, align 8, !dbg !439, !tbaa !282
    #dbg_value(i64 3, !424, !DIExpression(), !438)
  %8 = fadd double %3, 0.000000e+00, !dbg !442
    #dbg_value(double %8, !421, !DIExpression(), !436)
  %9 = fadd double %8, %5, !dbg !442
    #dbg_value(double %9, !421, !DIExpression(), !436)
  %10 = fadd double %9, %7, !dbg !442
    #dbg_value(double %10, !421, !DIExpression(), !436)
    #dbg_value(i64 4, !424, !DIExpression(), !438)
    #dbg_value(i64 3, !422, !DIExpression(), !437)
  %11 = getelementptr inbounds i8, ptr %0, i64 192
    #dbg_value(i64 0, !428, !DIExpression(), !443)
    #dbg_value(i64 0, !430, !DIExpression(), !444)
    #dbg_value(i64 0, !433, !DIExpression(), !445)
    #dbg_value(i32 0, !427, !DIExpression(), !436)
    #dbg_value(i32 poison, !427, !DIExpression(), !436)
    #dbg_value(i64 1, !433, !DIExpression(), !445)
    #dbg_value(i32 poison, !427, !DIExpression(), !436)
    #dbg_value(i64 2, !433, !DIExpression(), !445)
    #dbg_value(i32 poison, !427, !DIExpression(), !436)
    #dbg_value(i64 3, !433, !DIExpression(), !445)
    #dbg_value(i64 1, !430, !DIExpression(), !444)
    #dbg_value(i64 0, !433, !DIExpression(), !445)
    #dbg_value(i32 poison, !427, !DIExpression(), !436)
    #dbg_value(i32 poison, !427, !DIExpression(), !436)
    #dbg_value(i64 1, !433, !DIExpression(), !445)
    #dbg_value(i32 poison, !427, !DIExpression(), !436)
    #dbg_value(i64 2, !433, !DIExpression(), !445)
    #dbg_value(i32 poison, !427, !DIExpression(), !436)
    #dbg_value(i64 3, !433, !DIExpression(), !445)
    #dbg_value(i64 2, !430, !DIExpression(), !444)
    #dbg_value(i64 0, !433, !DIExpression(), !445)
    #dbg_value(i32 poison, !427, !DIExpression(), !436)
    #dbg_value(i32 poison, !427, !DIExpression(), !436)
    #dbg_value(i64 1, !433, !DIExpression(), !445)
    #dbg_value(i32 poison, !427, !DIExpression(), !436)
    #dbg_value(i64 2, !433, !DIExpression(), !445)
    #dbg_value(i32 poison, !427, !DIExpression(), !436)
    #dbg_value(i64 3, !433, !DIExpression(), !445)
    #dbg_value(i64 1, !428, !DIExpression(), !443)
    #dbg_value(i64 0, !430, !DIExpression(), !444)
    #dbg_value(i64 0, !433, !DIExpression(), !445)
    #dbg_value(i32 poison, !427, !DIExpression(), !436)
    #dbg_value(i32 poison, !427, !DIExpression(), !436)
    #dbg_value(i64 1, !433, !DIExpression(), !445)
    #dbg_value(i32 poison, !427, !DIExpression(), !436)
    #dbg_value(i64 2, !433, !DIExpression(), !445)
    #dbg_value(i32 poison, !427, !DIExpression(), !436)
    #dbg_value(i64 3, !433, !DIExpression(), !445)
  %12 = load <16 x i32>, ptr %11, align 4, !dbg !446, !tbaa !316
    #dbg_value(i64 1, !430, !DIExpression(), !444)
    #dbg_value(i64 0, !433, !DIExpression(), !445)
    #dbg_value(i32 poison, !427, !DIExpression(), !436)
  %13 = getelementptr inbounds i8, ptr %0, i64 256, !dbg !446
    #dbg_value(i32 poison, !427, !DIExpression(), !436)
    #dbg_value(i64 1, !433, !DIExpression(), !445)
    #dbg_value(i32 poison, !427, !DIExpression(), !436)
    #dbg_value(i64 2, !433, !DIExpression(), !445)
    #dbg_value(i32 poison, !427, !DIExpression(), !436)
    #dbg_value(i64 3, !433, !DIExpression(), !445)
    #dbg_value(i64 2, !430, !DIExpression(), !444)
    #dbg_value(i64 0, !433, !DIExpression(), !445)
    #dbg_value(i32 poison, !427, !DIExpression(), !436)
    #dbg_value(i32 poison, !427, !DIExpression(), !436)
    #dbg_value(i64 1, !433, !DIExpression(), !445)
    #dbg_value(i32 poison, !427, !DIExpression(), !436)
    #dbg_value(i64 2, !433, !DIExpression(), !445)
    #dbg_value(i32 poison, !427, !DIExpression(), !436)
    #dbg_value(i64 3, !433, !DIExpression(), !445)
  %14 = load <8 x i32>, ptr %13, align 4, !dbg !446, !tbaa !316
  %15 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %12), !dbg !448
  %16 = tail call i32 @llvm.vector.reduce.add.v8i32(<8 x i32> %14), !dbg !448
  %17 = add i32 %15, %16, !dbg !448
    #dbg_value(i32 %17, !427, !DIExpression(), !436)
    #dbg_value(i64 4, !433, !DIExpression(), !445)
    #dbg_value(i64 3, !430, !DIExpression(), !444)
    #dbg_value(i64 2, !428, !DIExpression(), !443)
  %18 = sitofp i32 %17 to double, !dbg !449
  %19 = fadd double %10, %18, !dbg !450
  %20 = getelementptr inbounds i8, ptr %0, i64 296, !dbg !451
  %21 = load i64, ptr %20, align 8, !dbg !452
  %22 = trunc i64 %21 to i32, !dbg !452
  %23 = and i32 %22, 7, !dbg !452
  %24 = uitofp nneg i32 %23 to double, !dbg !453
  %25 = fadd double %19, %24, !dbg !454
  %26 = lshr i32 %22, 3, !dbg !455
  %27 = and i32 %26, 31, !dbg !455
  %28 = uitofp nneg i32 %27 to double, !dbg !456
  %29 = fadd double %25, %28, !dbg !457
  %30 = shl i64 %21, 49, !dbg !458
  %31 = ashr i64 %30, 57, !dbg !458
  %32 = trunc nsw i64 %31 to i32, !dbg !458
  %33 = sitofp i32 %32 to double, !dbg !459
  %34 = fadd double %29, %33, !dbg !460
  %35 = lshr i64 %21, 15, !dbg !461
  %36 = and i64 %35, 1099511627775, !dbg !461
  %37 = uitofp nneg i64 %36 to double, !dbg !462
  %38 = fadd double %34, %37, !dbg !463
  ret double %38, !dbg !464
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @set_flags(ptr nocapture noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #6 !dbg !465 {
    #dbg_value(ptr %0, !470, !DIExpression(), !473)
    #dbg_value(i32 %1, !471, !DIExpression(), !473)
    #dbg_value(i32 %2, !472, !DIExpression(), !473)
  %4 = zext i32 %1 to i64, !dbg !474
  %5 = load i64, ptr %0, align 8, !dbg !474
  %6 = and i64 %4, 7, !dbg !474
  %7 = and i64 %5, -36028797018963968, !dbg !474
  %8 = shl i32 %1, 4, !dbg !475
  %9 = and i32 %8, 240, !dbg !476
  %10 = zext nneg i32 %9 to i64, !dbg !476
  %11 = shl i32 %2, 8, !dbg !477
  %12 = shl i64 %4, 45, !dbg !478
  %13 = and i64 %12, 35993612646875136, !dbg !479
  %14 = and i32 %11, 32512, !dbg !479
  %15 = zext nneg i32 %14 to i64, !dbg !479
  %16 = or disjoint i64 %6, %10, !dbg !474
  %17 = or disjoint i64 %16, %13, !dbg !476
  %18 = or disjoint i64 %17, %15, !dbg !479
  %19 = or disjoint i64 %18, %7, !dbg !479
  store i64 %19, ptr %0, align 8, !dbg !479
  ret void, !dbg !480
}

; Function Attrs: nounwind uwtable
define dso_local double @apply(ptr nocapture noundef readonly %0, double noundef %1, double noundef %2) local_unnamed_addr #1 !dbg !481 {
    #dbg_value(ptr %0, !485, !DIExpression(), !488)
    #dbg_value(double %1, !486, !DIExpression(), !488)
    #dbg_value(double %2, !487, !DIExpression(), !488)
  %4 = tail call double %0(double noundef %1, double noundef %2) #25, !dbg !489
  ret double %4, !dbg !490
}

; Function Attrs: nounwind uwtable
define dso_local double @apply_all(double noundef %0, double noundef %1) local_unnamed_addr #1 !dbg !491 {
    #dbg_value(double %0, !493, !DIExpression(), !498)
    #dbg_value(double %1, !494, !DIExpression(), !498)
    #dbg_value(double 0.000000e+00, !495, !DIExpression(), !498)
    #dbg_value(i32 0, !496, !DIExpression(), !499)
    #dbg_value(i64 0, !496, !DIExpression(), !499)
    #dbg_value(double 0.000000e+00, !495, !DIExpression(), !498)
  %3 = load ptr, ptr @g_ops, align 16, !dbg !500, !tbaa !502
    #dbg_value(ptr %3, !485, !DIExpression(), !504)
    #dbg_value(double %0, !486, !DIExpression(), !504)
    #dbg_value(double %1, !487, !DIExpression(), !504)
  %4 = tail call double %3(double noundef %0, double noundef %1) #25, !dbg !506
  %5 = fadd double %4, 0.000000e+00, !dbg !507
    #dbg_value(double %5, !495, !DIExpression(), !498)
    #dbg_value(i64 1, !496, !DIExpression(), !499)
  %6 = load ptr, ptr getelementptr inbounds (i8, ptr @g_ops, i64 8), align 8, !dbg !500, !tbaa !502
    #dbg_value(ptr %6, !485, !DIExpression(), !504)
  %7 = tail call double %6(double noundef %0, double noundef %1) #25, !dbg !506
  %8 = fadd double %5, %7, !dbg !507
    #dbg_value(double %8, !495, !DIExpression(), !498)
    #dbg_value(i64 2, !496, !DIExpression(), !499)
  %9 = load ptr, ptr getelementptr inbounds (i8, ptr @g_ops, i64 16), align 16, !dbg !500, !tbaa !502
    #dbg_value(ptr %9, !485, !DIExpression(), !504)
  %10 = tail call double %9(double noundef %0, double noundef %1) #25, !dbg !506
  %11 = fadd double %8, %10, !dbg !507
    #dbg_value(double %11, !495, !DIExpression(), !498)
    #dbg_value(i64 3, !496, !DIExpression(), !499)
  ret double %11, !dbg !508
}

; Function Attrs: nounwind uwtable
define dso_local i32 @asm_add(i32 noundef %0, i32 noundef %1) local_unnamed_addr #1 !dbg !509 {
    #dbg_value(i32 %0, !511, !DIExpression(), !514)
    #dbg_value(i32 %1, !512, !DIExpression(), !514)
  %3 = tail call i32 asm sideeffect "leal ($1,$2), $0", "=r,r,r,~{cc},~{dirflag},~{fpsr},~{flags}"(i32 %0, i32 %1) #25, !dbg !515, !srcloc !516
    #dbg_value(i32 %3, !513, !DIExpression(), !514)
  ret i32 %3, !dbg !517
}

; Function Attrs: nounwind uwtable
define dso_local void @asm_barrier() local_unnamed_addr #1 !dbg !518 {
  tail call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"() #25, !dbg !521, !srcloc !522
  ret void, !dbg !523
}

; Function Attrs: mustprogress nofree norecurse nounwind willreturn uwtable
define dso_local i64 @atomics(i64 noundef %0) local_unnamed_addr #12 !dbg !524 {
    #dbg_value(i64 %0, !528, !DIExpression(), !532)
  %2 = atomicrmw add ptr @g_atomic_counter, i64 %0 seq_cst, align 8, !dbg !533
  %3 = trunc i64 %0 to i32, !dbg !534
  %4 = atomicrmw xchg ptr @g_counter, i32 %3 seq_cst, align 4, !dbg !535
    #dbg_value(i32 %4, !529, !DIExpression(DW_OP_LLVM_convert, 32, DW_ATE_signed, DW_OP_LLVM_convert, 64, DW_ATE_signed, DW_OP_stack_value), !532)
    #dbg_value(i32 5, !530, !DIExpression(), !532)
  %5 = cmpxchg ptr @g_counter, i32 5, i32 9 acq_rel acquire, align 4, !dbg !536
  %6 = sext i32 %4 to i64, !dbg !535
    #dbg_value(i64 %6, !529, !DIExpression(), !532)
  %7 = load atomic i64, ptr @g_atomic_counter acquire, align 8, !dbg !537
  %8 = load atomic i32, ptr @g_counter acquire, align 4, !dbg !538
  %9 = sext i32 %8 to i64, !dbg !538
    #dbg_value(i64 poison, !531, !DIExpression(), !532)
  %10 = tail call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @tls_var), !dbg !539
  store atomic i32 1, ptr %10 release, align 4, !dbg !540
  %11 = atomicrmw sub ptr @g_counter, i32 1 monotonic, align 4, !dbg !541
  fence seq_cst, !dbg !542
  %12 = load atomic i64, ptr @g_atomic_counter seq_cst, align 8, !dbg !543
  %13 = add i64 %7, %6, !dbg !544
  %14 = add i64 %13, %9, !dbg !545
  %15 = add nsw i64 %14, %12, !dbg !546
  ret i64 %15, !dbg !547
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare nonnull ptr @llvm.threadlocal.address.p0(ptr nonnull) #5

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local <4 x double> @vec_fma(ptr nocapture noundef readonly byval(<4 x double>) align 32 %0, ptr nocapture noundef readonly byval(<4 x double>) align 32 %1, ptr nocapture noundef readonly byval(<4 x double>) align 32 %2) local_unnamed_addr #13 !dbg !548 {
  %4 = load <4 x double>, ptr %0, align 32, !tbaa !356
  %5 = load <4 x double>, ptr %1, align 32, !tbaa !356
  %6 = load <4 x double>, ptr %2, align 32, !tbaa !356
    #dbg_value(<4 x double> %4, !554, !DIExpression(), !557)
    #dbg_value(<4 x double> %5, !555, !DIExpression(), !557)
    #dbg_value(<4 x double> %6, !556, !DIExpression(), !557)
  %7 = tail call <4 x double> @llvm.fmuladd.v4f64(<4 x double> %4, <4 x double> %5, <4 x double> %6), !dbg !558
  ret <4 x double> %7, !dbg !559
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x double> @llvm.fmuladd.v4f64(<4 x double>, <4 x double>, <4 x double>) #5

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef <4 x float> @vec_shuffle(<4 x float> noundef %0, <4 x float> noundef %1) local_unnamed_addr #14 !dbg !560 {
    #dbg_value(<4 x float> %0, !566, !DIExpression(), !568)
    #dbg_value(<4 x float> %1, !567, !DIExpression(), !568)
  %3 = shufflevector <4 x float> %0, <4 x float> %1, <4 x i32> <i32 0, i32 5, i32 2, i32 7>, !dbg !569
  ret <4 x float> %3, !dbg !570
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local <8 x i32> @vec_cmp(ptr nocapture noundef readonly byval(<8 x i32>) align 32 %0, ptr nocapture noundef readonly byval(<8 x i32>) align 32 %1) local_unnamed_addr #13 !dbg !571 {
  %3 = load <8 x i32>, ptr %0, align 32, !tbaa !356
  %4 = load <8 x i32>, ptr %1, align 32, !tbaa !356
    #dbg_value(<8 x i32> %3, !577, !DIExpression(), !579)
    #dbg_value(<8 x i32> %4, !578, !DIExpression(), !579)
  %5 = icmp sgt <8 x i32> %3, %4, !dbg !580
  %6 = xor <8 x i32> %4, %3, !dbg !581
  %7 = select <8 x i1> %5, <8 x i32> %6, <8 x i32> zeroinitializer, !dbg !582
  ret <8 x i32> %7, !dbg !583
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local float @vec_extract(<4 x float> noundef %0, i32 noundef %1) local_unnamed_addr #14 !dbg !584 {
    #dbg_value(<4 x float> %0, !588, !DIExpression(), !590)
    #dbg_value(i32 %1, !589, !DIExpression(), !590)
  %3 = extractelement <4 x float> %0, i32 %1, !dbg !591
  %4 = extractelement <4 x float> %0, i64 2, !dbg !592
  %5 = fadd float %4, %3, !dbg !593
  ret float %5, !dbg !594
}

; Function Attrs: nofree norecurse nosync nounwind memory(none) uwtable
define dso_local i32 @computed_goto(i32 noundef %0, i32 noundef %1) #15 !dbg !137 {
    #dbg_value(i32 %0, !141, !DIExpression(), !595)
    #dbg_value(i32 %1, !142, !DIExpression(), !595)
    #dbg_value(i32 0, !143, !DIExpression(), !595)
  %3 = and i32 %0, 3, !dbg !596
    #dbg_value(i32 %0, !144, !DIExpression(DW_OP_constu, 3, DW_OP_and, DW_OP_stack_value), !595)
  %4 = zext nneg i32 %3 to i64, !dbg !597
  %5 = getelementptr inbounds [4 x ptr], ptr @computed_goto.table, i64 0, i64 %4, !dbg !597
  %6 = load ptr, ptr %5, align 8, !dbg !597, !tbaa !502
  %7 = xor i32 %3, 2
  br label %32, !dbg !598

8:                                                ; preds = %32
    #dbg_label(!145, !599)
  %9 = add nsw i32 %33, 1, !dbg !600
    #dbg_value(i32 %9, !143, !DIExpression(), !595)
    #dbg_value(i32 %34, !142, !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_stack_value), !595)
  %10 = icmp sgt i32 %34, 1, !dbg !601
  br i1 %10, label %11, label %30, !dbg !603

11:                                               ; preds = %8
    #dbg_value(i32 %34, !142, !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_stack_value), !595)
  %12 = add i32 %9, %0, !dbg !604
  %13 = and i32 %12, 3, !dbg !605
  br label %14, !dbg !606

14:                                               ; preds = %24, %11
  %15 = phi i32 [ %13, %11 ], [ %7, %24 ]
  %16 = phi i32 [ %9, %11 ], [ %25, %24 ]
  %17 = zext i32 %15 to i64
  %18 = getelementptr inbounds [4 x ptr], ptr @computed_goto.table, i64 0, i64 %17
  %19 = load ptr, ptr %18, align 8, !dbg !595, !tbaa !502
  br label %20, !dbg !595

20:                                               ; preds = %14, %27
  %21 = phi i32 [ %28, %27 ], [ %16, %14 ]
  %22 = phi ptr [ blockaddress(@computed_goto, %8), %27 ], [ %19, %14 ]
  %23 = add nsw i32 %34, -1, !dbg !595
  br label %32

24:                                               ; preds = %32
    #dbg_label(!146, !607)
  %25 = add nsw i32 %33, -1, !dbg !608
    #dbg_value(i32 %25, !143, !DIExpression(), !595)
    #dbg_value(i32 %34, !142, !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_stack_value), !595)
  %26 = icmp sgt i32 %34, 1, !dbg !609
  br i1 %26, label %14, label %30, !dbg !611

27:                                               ; preds = %32
    #dbg_label(!147, !612)
  %28 = shl nsw i32 %33, 1, !dbg !613
    #dbg_value(i32 %28, !143, !DIExpression(), !595)
    #dbg_value(i32 %34, !142, !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_stack_value), !595)
  %29 = icmp sgt i32 %34, 1, !dbg !614
  br i1 %29, label %20, label %30, !dbg !616

30:                                               ; preds = %27, %24, %8, %32
  %31 = phi i32 [ %9, %8 ], [ %33, %32 ], [ %28, %27 ], [ %25, %24 ], !dbg !595
    #dbg_value(i32 %31, !143, !DIExpression(), !595)
    #dbg_label(!148, !617)
  ret i32 %31, !dbg !618

32:                                               ; preds = %20, %2
  %33 = phi i32 [ 0, %2 ], [ %21, %20 ], !dbg !595
  %34 = phi i32 [ %1, %2 ], [ %23, %20 ]
  %35 = phi ptr [ %6, %2 ], [ %22, %20 ]
    #dbg_value(i32 %34, !142, !DIExpression(), !595)
    #dbg_value(i32 %33, !143, !DIExpression(), !595)
  indirectbr ptr %35, [label %8, label %24, label %27, label %30]
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: none, inaccessiblemem: none) uwtable
define dso_local x86_fp80 @ld_ops(x86_fp80 noundef %0, x86_fp80 noundef %1) local_unnamed_addr #16 !dbg !619 {
    #dbg_value(x86_fp80 %0, !623, !DIExpression(DW_OP_LLVM_fragment, 0, 80), !625)
    #dbg_value(x86_fp80 %1, !624, !DIExpression(DW_OP_LLVM_fragment, 0, 80), !625)
  %3 = load x86_fp80, ptr @g_ld, align 16, !dbg !626, !tbaa !627
  %4 = fsub x86_fp80 %0, %1, !dbg !629
  %5 = fdiv x86_fp80 %3, %4, !dbg !630
  %6 = tail call x86_fp80 @llvm.fmuladd.f80(x86_fp80 %0, x86_fp80 %1, x86_fp80 %5), !dbg !631
  ret x86_fp80 %6, !dbg !632
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare x86_fp80 @llvm.fmuladd.f80(x86_fp80, x86_fp80, x86_fp80) #5

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define dso_local { i64, i64 } @i128_ops(i64 noundef %0, i64 noundef %1, i64 noundef %2, i64 noundef %3) local_unnamed_addr #17 !dbg !633 {
  %5 = zext i64 %1 to i128
  %6 = shl nuw i128 %5, 64
  %7 = zext i64 %0 to i128
  %8 = or disjoint i128 %6, %7
  %9 = zext i64 %3 to i128
  %10 = shl nuw i128 %9, 64
  %11 = zext i64 %2 to i128
  %12 = or disjoint i128 %10, %11
    #dbg_value(i128 %8, !637, !DIExpression(), !639)
    #dbg_value(i128 %12, !638, !DIExpression(), !639)
  %13 = mul i128 %12, 3, !dbg !640
  store i128 %13, ptr @g_ubig, align 16, !dbg !641, !tbaa !642
  %14 = mul nsw i128 %12, %8, !dbg !644
  %15 = ashr i128 %8, 7, !dbg !645
  %16 = add nsw i128 %14, %15, !dbg !646
  %17 = load i128, ptr @g_big, align 16, !dbg !647, !tbaa !642
  %18 = srem i128 %17, 1000, !dbg !648
  %19 = sub i128 %16, %18, !dbg !649
  %20 = trunc i128 %19 to i64, !dbg !650
  %21 = lshr i128 %19, 64, !dbg !650
  %22 = trunc nuw i128 %21 to i64, !dbg !650
  %23 = insertvalue { i64, i64 } poison, i64 %20, 0, !dbg !650
  %24 = insertvalue { i64, i64 } %23, i64 %22, 1, !dbg !650
  ret { i64, i64 } %24, !dbg !650
}

; Function Attrs: nofree norecurse nosync nounwind memory(none) uwtable
define dso_local double @vla_sum(i32 noundef %0, i32 noundef %1) local_unnamed_addr #15 !dbg !651 {
    #dbg_value(i32 %0, !655, !DIExpression(), !678)
    #dbg_value(i32 %1, !656, !DIExpression(), !678)
  %3 = zext i32 %0 to i64, !dbg !679
  %4 = zext i32 %1 to i64, !dbg !679
  %5 = mul nuw i64 %4, %3, !dbg !679
  %6 = alloca double, i64 %5, align 16, !dbg !679
    #dbg_value(i64 %3, !657, !DIExpression(), !678)
    #dbg_value(i64 %4, !658, !DIExpression(), !678)
    #dbg_declare(ptr %6, !659, !DIExpression(), !680)
  %7 = sext i32 %0 to i64, !dbg !681
  %8 = shl nsw i64 %7, 3, !dbg !682
  %9 = alloca i8, i64 %8, align 16, !dbg !683
    #dbg_value(ptr %9, !664, !DIExpression(), !678)
    #dbg_value(i32 0, !666, !DIExpression(), !684)
  %10 = icmp sgt i32 %0, 0, !dbg !685
  br i1 %10, label %11, label %71, !dbg !686

11:                                               ; preds = %2
  %12 = icmp sgt i32 %1, 0
  %13 = icmp ult i32 %1, 4
  %14 = and i64 %4, 2147483644
  %15 = icmp eq i64 %14, %4
  br label %23, !dbg !686

16:                                               ; preds = %52
    #dbg_value(i32 0, !673, !DIExpression(), !687)
    #dbg_value(double 0.000000e+00, !672, !DIExpression(), !678)
  br i1 %10, label %17, label %71, !dbg !688

17:                                               ; preds = %16
  %18 = icmp sgt i32 %1, 0
  %19 = and i64 %4, 3
  %20 = icmp ult i32 %1, 4
  %21 = and i64 %4, 2147483644
  %22 = icmp eq i64 %19, 0
  br label %63, !dbg !688

23:                                               ; preds = %11, %52
  %24 = phi i64 [ 0, %11 ], [ %53, %52 ]
    #dbg_value(i64 %24, !666, !DIExpression(), !684)
  %25 = trunc nuw nsw i64 %24 to i32, !dbg !689
  %26 = uitofp nneg i32 %25 to double, !dbg !689
  %27 = getelementptr inbounds double, ptr %9, i64 %24, !dbg !690
  store double %26, ptr %27, align 8, !dbg !691, !tbaa !282
    #dbg_value(i32 0, !668, !DIExpression(), !692)
  br i1 %12, label %28, label %52, !dbg !693

28:                                               ; preds = %23
  %29 = mul nuw nsw i64 %24, %4
  %30 = getelementptr inbounds double, ptr %6, i64 %29
  br i1 %13, label %31, label %33, !dbg !693

31:                                               ; preds = %51, %28
  %32 = phi i64 [ 0, %28 ], [ %14, %51 ]
  br label %55, !dbg !693

33:                                               ; preds = %28
  %34 = insertelement <2 x i64> poison, i64 %29, i64 0, !dbg !693
  %35 = shufflevector <2 x i64> %34, <2 x i64> poison, <2 x i32> zeroinitializer, !dbg !693
  br label %36, !dbg !693

36:                                               ; preds = %36, %33
  %37 = phi i64 [ 0, %33 ], [ %48, %36 ], !dbg !694
  %38 = phi <2 x i64> [ <i64 0, i64 1>, %33 ], [ %49, %36 ]
  %39 = add <2 x i64> %38, <i64 2, i64 2>
  %40 = add nuw nsw <2 x i64> %38, %35, !dbg !696
  %41 = add nuw nsw <2 x i64> %39, %35, !dbg !696
  %42 = trunc <2 x i64> %40 to <2 x i32>, !dbg !697
  %43 = trunc <2 x i64> %41 to <2 x i32>, !dbg !697
  %44 = sitofp <2 x i32> %42 to <2 x double>, !dbg !697
  %45 = sitofp <2 x i32> %43 to <2 x double>, !dbg !697
  %46 = getelementptr inbounds double, ptr %30, i64 %37, !dbg !698
  %47 = getelementptr inbounds i8, ptr %46, i64 16, !dbg !699
  store <2 x double> %44, ptr %46, align 8, !dbg !699, !tbaa !282
  store <2 x double> %45, ptr %47, align 8, !dbg !699, !tbaa !282
  %48 = add nuw i64 %37, 4, !dbg !694
  %49 = add <2 x i64> %38, <i64 4, i64 4>
  %50 = icmp eq i64 %48, %14, !dbg !694
  br i1 %50, label %51, label %36, !dbg !694, !llvm.loop !700

51:                                               ; preds = %36
  br i1 %15, label %52, label %31, !dbg !693

52:                                               ; preds = %55, %51, %23
  %53 = add nuw nsw i64 %24, 1, !dbg !704
    #dbg_value(i64 %53, !666, !DIExpression(), !684)
  %54 = icmp eq i64 %53, %3, !dbg !685
  br i1 %54, label %16, label %23, !dbg !686, !llvm.loop !705

55:                                               ; preds = %31, %55
  %56 = phi i64 [ %61, %55 ], [ %32, %31 ]
    #dbg_value(i64 %56, !668, !DIExpression(), !692)
  %57 = add nuw nsw i64 %56, %29, !dbg !696
  %58 = trunc nuw i64 %57 to i32, !dbg !697
  %59 = sitofp i32 %58 to double, !dbg !697
  %60 = getelementptr inbounds double, ptr %30, i64 %56, !dbg !698
  store double %59, ptr %60, align 8, !dbg !699, !tbaa !282
  %61 = add nuw nsw i64 %56, 1, !dbg !694
    #dbg_value(i64 %61, !668, !DIExpression(), !692)
  %62 = icmp eq i64 %61, %4, !dbg !707
  br i1 %62, label %52, label %55, !dbg !693, !llvm.loop !708

63:                                               ; preds = %17, %87
  %64 = phi i64 [ 0, %17 ], [ %89, %87 ]
  %65 = phi double [ 0.000000e+00, %17 ], [ %88, %87 ]
    #dbg_value(i64 %64, !673, !DIExpression(), !687)
    #dbg_value(i32 0, !675, !DIExpression(), !709)
    #dbg_value(double %65, !672, !DIExpression(), !678)
  br i1 %18, label %66, label %87, !dbg !710

66:                                               ; preds = %63
  %67 = mul nuw nsw i64 %64, %4
  %68 = getelementptr inbounds double, ptr %6, i64 %67
  %69 = getelementptr inbounds double, ptr %9, i64 %64
  %70 = load double, ptr %69, align 8, !tbaa !282
  br i1 %20, label %73, label %91, !dbg !710

71:                                               ; preds = %87, %2, %16
  %72 = phi double [ 0.000000e+00, %16 ], [ 0.000000e+00, %2 ], [ %88, %87 ], !dbg !711
  ret double %72, !dbg !712

73:                                               ; preds = %91, %66
  %74 = phi double [ poison, %66 ], [ %109, %91 ]
  %75 = phi i64 [ 0, %66 ], [ %110, %91 ]
  %76 = phi double [ %65, %66 ], [ %109, %91 ]
  br i1 %22, label %87, label %77, !dbg !710

77:                                               ; preds = %73, %77
  %78 = phi i64 [ %84, %77 ], [ %75, %73 ]
  %79 = phi double [ %83, %77 ], [ %76, %73 ]
  %80 = phi i64 [ %85, %77 ], [ 0, %73 ]
    #dbg_value(i64 %78, !675, !DIExpression(), !709)
    #dbg_value(double %79, !672, !DIExpression(), !678)
  %81 = getelementptr inbounds double, ptr %68, i64 %78, !dbg !713
  %82 = load double, ptr %81, align 8, !dbg !713, !tbaa !282
  %83 = tail call double @llvm.fmuladd.f64(double %82, double %70, double %79), !dbg !715
    #dbg_value(double %83, !672, !DIExpression(), !678)
  %84 = add nuw nsw i64 %78, 1, !dbg !716
    #dbg_value(i64 %84, !675, !DIExpression(), !709)
  %85 = add i64 %80, 1, !dbg !710
  %86 = icmp eq i64 %85, %19, !dbg !710
  br i1 %86, label %87, label %77, !dbg !710, !llvm.loop !717

87:                                               ; preds = %73, %77, %63
  %88 = phi double [ %65, %63 ], [ %74, %73 ], [ %83, %77 ], !dbg !678
  %89 = add nuw nsw i64 %64, 1, !dbg !719
    #dbg_value(i64 %89, !673, !DIExpression(), !687)
    #dbg_value(double %88, !672, !DIExpression(), !678)
  %90 = icmp eq i64 %89, %3, !dbg !720
  br i1 %90, label %71, label %63, !dbg !688, !llvm.loop !721

91:                                               ; preds = %66, %91
  %92 = phi i64 [ %110, %91 ], [ 0, %66 ]
  %93 = phi double [ %109, %91 ], [ %65, %66 ]
  %94 = phi i64 [ %111, %91 ], [ 0, %66 ]
    #dbg_value(i64 %92, !675, !DIExpression(), !709)
    #dbg_value(double %93, !672, !DIExpression(), !678)
  %95 = getelementptr inbounds double, ptr %68, i64 %92, !dbg !713
  %96 = load double, ptr %95, align 8, !dbg !713, !tbaa !282
  %97 = tail call double @llvm.fmuladd.f64(double %96, double %70, double %93), !dbg !715
    #dbg_value(double %97, !672, !DIExpression(), !678)
  %98 = or disjoint i64 %92, 1, !dbg !716
    #dbg_value(i64 %98, !675, !DIExpression(), !709)
  %99 = getelementptr inbounds double, ptr %68, i64 %98, !dbg !713
  %100 = load double, ptr %99, align 8, !dbg !713, !tbaa !282
  %101 = tail call double @llvm.fmuladd.f64(double %100, double %70, double %97), !dbg !715
    #dbg_value(double %101, !672, !DIExpression(), !678)
  %102 = or disjoint i64 %92, 2, !dbg !716
    #dbg_value(i64 %102, !675, !DIExpression(), !709)
  %103 = getelementptr inbounds double, ptr %68, i64 %102, !dbg !713
  %104 = load double, ptr %103, align 8, !dbg !713, !tbaa !282
  %105 = tail call double @llvm.fmuladd.f64(double %104, double %70, double %101), !dbg !715
    #dbg_value(double %105, !672, !DIExpression(), !678)
  %106 = or disjoint i64 %92, 3, !dbg !716
    #dbg_value(i64 %106, !675, !DIExpression(), !709)
  %107 = getelementptr inbounds double, ptr %68, i64 %106, !dbg !713
  %108 = load double, ptr %107, align 8, !dbg !713, !tbaa !282
  %109 = tail call double @llvm.fmuladd.f64(double %108, double %70, double %105), !dbg !715
    #dbg_value(double %109, !672, !DIExpression(), !678)
  %110 = add nuw nsw i64 %92, 4, !dbg !716
    #dbg_value(i64 %110, !675, !DIExpression(), !709)
  %111 = add i64 %94, 4, !dbg !710
  %112 = icmp eq i64 %111, %21, !dbg !710
  br i1 %112, label %73, label %91, !dbg !710, !llvm.loop !723
}

; Function Attrs: nofree nounwind memory(read, argmem: readwrite, inaccessiblemem: none) uwtable
define dso_local i32 @string_stuff(ptr nocapture noundef readonly %0) local_unnamed_addr #18 !dbg !725 {
  %2 = alloca [64 x i8], align 16, !DIAssignID !737
    #dbg_assign(i1 undef, !730, !DIExpression(), !737, ptr %2, !DIExpression(), !738)
    #dbg_value(ptr %0, !729, !DIExpression(), !738)
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %2) #25, !dbg !739
  %3 = call ptr @strncpy(ptr noundef nonnull dereferenceable(1) %2, ptr noundef nonnull dereferenceable(1) %0, i64 noundef 63) #25, !dbg !740
  %4 = getelementptr inbounds i8, ptr %2, i64 63, !dbg !741
  store i8 0, ptr %4, align 1, !dbg !742, !tbaa !356, !DIAssignID !743
    #dbg_assign(i8 0, !730, !DIExpression(DW_OP_LLVM_fragment, 504, 8), !743, ptr %4, !DIExpression(), !738)
  %5 = call i64 @strlen(ptr nonnull dereferenceable(1) %2), !dbg !744
  %6 = getelementptr inbounds i8, ptr %2, i64 %5, !dbg !744
  store i16 33, ptr %6, align 1, !dbg !744
    #dbg_value(i32 5381, !734, !DIExpression(), !738)
    #dbg_value(i64 0, !735, !DIExpression(), !745)
  %7 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %2) #26, !dbg !738
    #dbg_value(i64 0, !735, !DIExpression(), !745)
    #dbg_value(i32 5381, !734, !DIExpression(), !738)
  %8 = icmp eq i64 %7, 0, !dbg !746
  br i1 %8, label %34, label %9, !dbg !748

9:                                                ; preds = %1
  %10 = and i64 %7, 3, !dbg !748
  %11 = icmp ult i64 %7, 4, !dbg !748
  br i1 %11, label %14, label %12, !dbg !748

12:                                               ; preds = %9
  %13 = and i64 %7, -4, !dbg !748
  br label %40, !dbg !748

14:                                               ; preds = %40, %9
  %15 = phi i32 [ poison, %9 ], [ %66, %40 ]
  %16 = phi i64 [ 0, %9 ], [ %67, %40 ]
  %17 = phi i32 [ 5381, %9 ], [ %66, %40 ]
  %18 = icmp eq i64 %10, 0, !dbg !748
  br i1 %18, label %31, label %19, !dbg !748

19:                                               ; preds = %14, %19
  %20 = phi i64 [ %28, %19 ], [ %16, %14 ]
  %21 = phi i32 [ %27, %19 ], [ %17, %14 ]
  %22 = phi i64 [ %29, %19 ], [ 0, %14 ]
    #dbg_value(i64 %20, !735, !DIExpression(), !745)
    #dbg_value(i32 %21, !734, !DIExpression(), !738)
  %23 = mul i32 %21, 33, !dbg !749
  %24 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 %20, !dbg !750
  %25 = load i8, ptr %24, align 1, !dbg !750, !tbaa !356
  %26 = zext i8 %25 to i32, !dbg !751
  %27 = add i32 %23, %26, !dbg !752
    #dbg_value(i32 %27, !734, !DIExpression(), !738)
  %28 = add nuw i64 %20, 1, !dbg !753
    #dbg_value(i64 %28, !735, !DIExpression(), !745)
  %29 = add i64 %22, 1, !dbg !748
  %30 = icmp eq i64 %29, %10, !dbg !748
  br i1 %30, label %31, label %19, !dbg !748, !llvm.loop !754

31:                                               ; preds = %19, %14
  %32 = phi i32 [ %15, %14 ], [ %27, %19 ], !dbg !752
  %33 = add i32 %32, 255, !dbg !755
  br label %34, !dbg !756

34:                                               ; preds = %31, %1
  %35 = phi i32 [ 5636, %1 ], [ %33, %31 ], !dbg !738
  %36 = load ptr, ptr @g_greeting, align 8, !dbg !756, !tbaa !502
  %37 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %36) #26, !dbg !757
  %38 = trunc i64 %37 to i32, !dbg !758
  %39 = add i32 %35, %38, !dbg !759
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %2) #25, !dbg !760
  ret i32 %39, !dbg !761

40:                                               ; preds = %40, %12
  %41 = phi i64 [ 0, %12 ], [ %67, %40 ]
  %42 = phi i32 [ 5381, %12 ], [ %66, %40 ]
  %43 = phi i64 [ 0, %12 ], [ %68, %40 ]
    #dbg_value(i64 %41, !735, !DIExpression(), !745)
    #dbg_value(i32 %42, !734, !DIExpression(), !738)
  %44 = mul i32 %42, 33, !dbg !749
  %45 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 %41, !dbg !750
  %46 = load i8, ptr %45, align 4, !dbg !750, !tbaa !356
  %47 = zext i8 %46 to i32, !dbg !751
  %48 = add i32 %44, %47, !dbg !752
    #dbg_value(i32 %48, !734, !DIExpression(), !738)
  %49 = or disjoint i64 %41, 1, !dbg !753
    #dbg_value(i64 %49, !735, !DIExpression(), !745)
  %50 = mul i32 %48, 33, !dbg !749
  %51 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 %49, !dbg !750
  %52 = load i8, ptr %51, align 1, !dbg !750, !tbaa !356
  %53 = zext i8 %52 to i32, !dbg !751
  %54 = add i32 %50, %53, !dbg !752
    #dbg_value(i32 %54, !734, !DIExpression(), !738)
  %55 = or disjoint i64 %41, 2, !dbg !753
    #dbg_value(i64 %55, !735, !DIExpression(), !745)
  %56 = mul i32 %54, 33, !dbg !749
  %57 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 %55, !dbg !750
  %58 = load i8, ptr %57, align 2, !dbg !750, !tbaa !356
  %59 = zext i8 %58 to i32, !dbg !751
  %60 = add i32 %56, %59, !dbg !752
    #dbg_value(i32 %60, !734, !DIExpression(), !738)
  %61 = or disjoint i64 %41, 3, !dbg !753
    #dbg_value(i64 %61, !735, !DIExpression(), !745)
  %62 = mul i32 %60, 33, !dbg !749
  %63 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 %61, !dbg !750
  %64 = load i8, ptr %63, align 1, !dbg !750, !tbaa !356
  %65 = zext i8 %64 to i32, !dbg !751
  %66 = add i32 %62, %65, !dbg !752
    #dbg_value(i32 %66, !734, !DIExpression(), !738)
  %67 = add nuw i64 %41, 4, !dbg !753
    #dbg_value(i64 %67, !735, !DIExpression(), !745)
  %68 = add i64 %43, 4, !dbg !748
  %69 = icmp eq i64 %68, %13, !dbg !748
  br i1 %69, label %14, label %40, !dbg !748, !llvm.loop !762
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: readwrite)
declare !dbg !764 ptr @strncpy(ptr noalias noundef returned writeonly, ptr noalias nocapture noundef readonly, i64 noundef) local_unnamed_addr #19

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare !dbg !770 i64 @strlen(ptr nocapture noundef) local_unnamed_addr #20

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local float @float_stuff(float noundef %0, double noundef %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #0 !dbg !773 {
    #dbg_value(float %0, !777, !DIExpression(), !783)
    #dbg_value(double %1, !778, !DIExpression(), !783)
    #dbg_value(i32 %2, !779, !DIExpression(), !783)
    #dbg_value(i32 %3, !780, !DIExpression(), !783)
  %5 = fptrunc double %1 to float, !dbg !784
  %6 = fdiv float %0, %5, !dbg !785
    #dbg_value(float %6, !781, !DIExpression(), !783)
  %7 = sitofp i32 %2 to float, !dbg !786
  %8 = uitofp i32 %3 to float, !dbg !787
  %9 = fadd float %7, %8, !dbg !788
  %10 = fadd float %6, %9, !dbg !789
    #dbg_value(float %10, !781, !DIExpression(), !783)
    #dbg_value(double poison, !782, !DIExpression(), !783)
  %11 = fcmp uno float %10, 0.000000e+00, !dbg !790
  br i1 %11, label %20, label %12, !dbg !792

12:                                               ; preds = %4
    #dbg_value(double poison, !782, !DIExpression(), !783)
  %13 = fmul float %10, 1.500000e+00, !dbg !793
  %14 = fptosi double %1 to i64, !dbg !794
  %15 = sitofp i64 %14 to float, !dbg !795
  %16 = fadd float %13, %15, !dbg !796
  %17 = fptoui float %0 to i64, !dbg !797
  %18 = uitofp i64 %17 to float, !dbg !798
  %19 = fadd float %16, %18, !dbg !799
  br label %20, !dbg !800

20:                                               ; preds = %4, %12
  %21 = phi float [ %19, %12 ], [ 0.000000e+00, %4 ], !dbg !783
  ret float %21, !dbg !801
}

; Function Attrs: nounwind uwtable
define dso_local range(i32 0, 128) i32 @main(i32 noundef %0, ptr nocapture noundef readonly %1) local_unnamed_addr #21 !dbg !802 {
  %3 = alloca [64 x i8], align 16, !DIAssignID !817
    #dbg_value(i32 %0, !807, !DIExpression(), !818)
    #dbg_value(ptr %1, !808, !DIExpression(), !818)
    #dbg_value(ptr undef, !294, !DIExpression(), !819)
    #dbg_value(ptr @g_mixed_arr, !295, !DIExpression(), !819)
    #dbg_value(i32 3, !296, !DIExpression(), !819)
  %4 = load i64, ptr @g_mixed_arr, align 16, !dbg !821
  %5 = load double, ptr getelementptr inbounds (i8, ptr @g_mixed_arr, i64 8), align 8, !dbg !821
  %6 = load float, ptr getelementptr inbounds (i8, ptr @g_mixed_arr, i64 16), align 16, !dbg !821
  %7 = load i32, ptr getelementptr inbounds (i8, ptr @g_mixed_arr, i64 20), align 4, !dbg !821
  %8 = load i64, ptr getelementptr inbounds (i8, ptr @g_mixed_arr, i64 24), align 8, !dbg !821
  %9 = load double, ptr getelementptr inbounds (i8, ptr @g_mixed_arr, i64 32), align 16, !dbg !821
  %10 = load float, ptr getelementptr inbounds (i8, ptr @g_mixed_arr, i64 40), align 8, !dbg !821
  %11 = load i32, ptr getelementptr inbounds (i8, ptr @g_mixed_arr, i64 44), align 4, !dbg !821
  %12 = load i64, ptr getelementptr inbounds (i8, ptr @g_mixed_arr, i64 48), align 16, !dbg !821
  %13 = load double, ptr getelementptr inbounds (i8, ptr @g_mixed_arr, i64 56), align 8, !dbg !821
  %14 = load float, ptr getelementptr inbounds (i8, ptr @g_mixed_arr, i64 64), align 16, !dbg !821
  %15 = load i32, ptr getelementptr inbounds (i8, ptr @g_mixed_arr, i64 68), align 4, !dbg !821
    #dbg_value(i64 %4, !809, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !818)
    #dbg_value(double %5, !809, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !818)
    #dbg_value(float %6, !809, !DIExpression(DW_OP_LLVM_fragment, 128, 32), !818)
    #dbg_value(i32 %7, !809, !DIExpression(DW_OP_LLVM_fragment, 160, 32), !818)
    #dbg_value(i64 %8, !809, !DIExpression(DW_OP_LLVM_fragment, 192, 64), !818)
    #dbg_value(double %9, !809, !DIExpression(DW_OP_LLVM_fragment, 256, 64), !818)
    #dbg_value(float %10, !809, !DIExpression(DW_OP_LLVM_fragment, 320, 32), !818)
    #dbg_value(i32 %11, !809, !DIExpression(DW_OP_LLVM_fragment, 352, 32), !818)
    #dbg_value(i64 %12, !809, !DIExpression(DW_OP_LLVM_fragment, 384, 64), !818)
    #dbg_value(double %13, !809, !DIExpression(DW_OP_LLVM_fragment, 448, 64), !818)
    #dbg_value(float %14, !809, !DIExpression(DW_OP_LLVM_fragment, 512, 32), !818)
    #dbg_value(i32 %15, !809, !DIExpression(DW_OP_LLVM_fragment, 544, 32), !818)
  %16 = load double, ptr getelementptr inbounds (i8, ptr @g_nested, i64 96), align 8, !dbg !822
  %17 = load double, ptr getelementptr inbounds (i8, ptr @g_nested, i64 136), align 8, !dbg !822
  %18 = load double, ptr getelementptr inbounds (i8, ptr @g_nested, i64 176), align 8, !dbg !822
  %19 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 192), align 8, !dbg !822
  %20 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 196), align 4, !dbg !822
  %21 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 200), align 8, !dbg !822
  %22 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 204), align 4, !dbg !822
  %23 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 208), align 8, !dbg !822
  %24 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 212), align 4, !dbg !822
  %25 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 216), align 8, !dbg !822
  %26 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 220), align 4, !dbg !822
  %27 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 224), align 8, !dbg !822
  %28 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 228), align 4, !dbg !822
  %29 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 232), align 8, !dbg !822
  %30 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 236), align 4, !dbg !822
  %31 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 240), align 8, !dbg !822
  %32 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 244), align 4, !dbg !822
  %33 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 248), align 8, !dbg !822
  %34 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 252), align 4, !dbg !822
  %35 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 256), align 8, !dbg !822
  %36 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 260), align 4, !dbg !822
  %37 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 264), align 8, !dbg !822
  %38 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 268), align 4, !dbg !822
  %39 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 272), align 8, !dbg !822
  %40 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 276), align 4, !dbg !822
  %41 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 280), align 8, !dbg !822
  %42 = load i32, ptr getelementptr inbounds (i8, ptr @g_nested, i64 284), align 4, !dbg !822, !tbaa !356
    #dbg_value(double %16, !810, !DIExpression(DW_OP_LLVM_fragment, 768, 64), !818)
    #dbg_assign(i1 undef, !810, !DIExpression(DW_OP_LLVM_fragment, 832, 256), !823, ptr undef, !DIExpression(), !818)
    #dbg_value(double %17, !810, !DIExpression(DW_OP_LLVM_fragment, 1088, 64), !818)
    #dbg_assign(i1 undef, !810, !DIExpression(DW_OP_LLVM_fragment, 1152, 256), !824, ptr undef, !DIExpression(), !818)
    #dbg_value(double %18, !810, !DIExpression(DW_OP_LLVM_fragment, 1408, 64), !818)
    #dbg_value(double poison, !810, !DIExpression(DW_OP_LLVM_fragment, 1472, 64), !818)
    #dbg_value(i32 %19, !810, !DIExpression(DW_OP_LLVM_fragment, 1536, 32), !818)
    #dbg_value(i32 %20, !810, !DIExpression(DW_OP_LLVM_fragment, 1568, 32), !818)
    #dbg_value(i32 %21, !810, !DIExpression(DW_OP_LLVM_fragment, 1600, 32), !818)
    #dbg_value(i32 %22, !810, !DIExpression(DW_OP_LLVM_fragment, 1632, 32), !818)
    #dbg_value(i32 %23, !810, !DIExpression(DW_OP_LLVM_fragment, 1664, 32), !818)
    #dbg_value(i32 %24, !810, !DIExpression(DW_OP_LLVM_fragment, 1696, 32), !818)
    #dbg_value(i32 %25, !810, !DIExpression(DW_OP_LLVM_fragment, 1728, 32), !818)
    #dbg_value(i32 %26, !810, !DIExpression(DW_OP_LLVM_fragment, 1760, 32), !818)
    #dbg_value(i32 %27, !810, !DIExpression(DW_OP_LLVM_fragment, 1792, 32), !818)
    #dbg_value(i32 %28, !810, !DIExpression(DW_OP_LLVM_fragment, 1824, 32), !818)
    #dbg_value(i32 %29, !810, !DIExpression(DW_OP_LLVM_fragment, 1856, 32), !818)
    #dbg_value(i32 %30, !810, !DIExpression(DW_OP_LLVM_fragment, 1888, 32), !818)
    #dbg_value(i32 %31, !810, !DIExpression(DW_OP_LLVM_fragment, 1920, 32), !818)
    #dbg_value(i32 %32, !810, !DIExpression(DW_OP_LLVM_fragment, 1952, 32), !818)
    #dbg_value(i32 %33, !810, !DIExpression(DW_OP_LLVM_fragment, 1984, 32), !818)
    #dbg_value(i32 %34, !810, !DIExpression(DW_OP_LLVM_fragment, 2016, 32), !818)
    #dbg_value(i32 %35, !810, !DIExpression(DW_OP_LLVM_fragment, 2048, 32), !818)
    #dbg_value(i32 %36, !810, !DIExpression(DW_OP_LLVM_fragment, 2080, 32), !818)
    #dbg_value(i32 %37, !810, !DIExpression(DW_OP_LLVM_fragment, 2112, 32), !818)
    #dbg_value(i32 %38, !810, !DIExpression(DW_OP_LLVM_fragment, 2144, 32), !818)
    #dbg_value(i32 %39, !810, !DIExpression(DW_OP_LLVM_fragment, 2176, 32), !818)
    #dbg_value(i32 %40, !810, !DIExpression(DW_OP_LLVM_fragment, 2208, 32), !818)
    #dbg_value(i32 %41, !810, !DIExpression(DW_OP_LLVM_fragment, 2240, 32), !818)
    #dbg_value(i32 %42, !810, !DIExpression(DW_OP_LLVM_fragment, 2272, 32), !818)
    #dbg_value(i64 poison, !810, !DIExpression(DW_OP_LLVM_fragment, 2304, 64), !818)
    #dbg_value(i64 poison, !810, !DIExpression(DW_OP_LLVM_fragment, 2368, 64), !818)
    #dbg_value(ptr poison, !810, !DIExpression(DW_OP_LLVM_fragment, 2432, 64), !818)
    #dbg_assign(i1 undef, !810, !DIExpression(DW_OP_LLVM_fragment, 0, 192), !825, ptr undef, !DIExpression(), !818)
    #dbg_value(ptr undef, !470, !DIExpression(), !826)
    #dbg_value(i32 %0, !471, !DIExpression(), !826)
    #dbg_value(!DIArgList(i32 0, i32 %0), !472, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_minus, DW_OP_stack_value), !826)
  %43 = zext i32 %0 to i64, !dbg !828
  %44 = mul i32 %0, 32512, !dbg !829
  %45 = and i32 %44, 32512, !dbg !830
    #dbg_value(!DIArgList(i64 %43, i64 undef, i64 %67, i64 %43, i32 %0), !810, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_constu, 7, DW_OP_and, DW_OP_LLVM_arg, 4, DW_OP_constu, 4, DW_OP_shl, DW_OP_constu, 240, DW_OP_and, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_or, DW_OP_LLVM_arg, 3, DW_OP_constu, 45, DW_OP_shl, DW_OP_constu, 35993612646875136, DW_OP_and, DW_OP_or, DW_OP_LLVM_arg, 2, DW_OP_or, DW_OP_LLVM_arg, 1, DW_OP_constu, 18410715276690587648, DW_OP_and, DW_OP_or, DW_OP_stack_value, DW_OP_LLVM_fragment, 2368, 64), !818)
    #dbg_value(i64 4611686018427387904, !811, !DIExpression(), !818)
    #dbg_value(i64 poison, !306, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !831)
    #dbg_value(double %9, !306, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !831)
    #dbg_value(float poison, !306, !DIExpression(DW_OP_LLVM_fragment, 128, 32), !831)
    #dbg_value(i32 poison, !306, !DIExpression(DW_OP_LLVM_fragment, 160, 32), !831)
    #dbg_value(i64 4611686018427387904, !307, !DIExpression(), !831)
    #dbg_value(i64 poison, !308, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !831)
    #dbg_value(float poison, !308, !DIExpression(DW_OP_LLVM_fragment, 128, 32), !831)
    #dbg_value(i64 poison, !812, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !818)
    #dbg_value(float poison, !812, !DIExpression(DW_OP_LLVM_fragment, 128, 32), !818)
    #dbg_value(double %68, !308, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !831)
    #dbg_value(double %68, !812, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !818)
    #dbg_value(i32 poison, !308, !DIExpression(DW_OP_LLVM_fragment, 160, 32), !831)
    #dbg_value(i32 poison, !812, !DIExpression(DW_OP_LLVM_fragment, 160, 32), !818)
    #dbg_value(ptr undef, !249, !DIExpression(), !833)
    #dbg_value(i32 3, !250, !DIExpression(), !833)
    #dbg_value(double 0.000000e+00, !251, !DIExpression(), !833)
    #dbg_value(i32 0, !252, !DIExpression(), !835)
    #dbg_value(i64 0, !252, !DIExpression(), !835)
    #dbg_value(double 0.000000e+00, !251, !DIExpression(), !833)
  %46 = sitofp i64 %4 to double, !dbg !836
  %47 = fpext float %6 to double, !dbg !837
  %48 = tail call double @llvm.fmuladd.f64(double %5, double %47, double %46), !dbg !838
  %49 = sitofp i32 %7 to double, !dbg !839
  %50 = fadd double %48, %49, !dbg !840
  %51 = fadd double %50, 1.000000e+00, !dbg !841
    #dbg_value(double %51, !251, !DIExpression(), !833)
    #dbg_value(i64 1, !252, !DIExpression(), !835)
  %52 = sitofp i64 %8 to double, !dbg !836
  %53 = fpext float %10 to double, !dbg !837
  %54 = tail call double @llvm.fmuladd.f64(double %9, double %53, double %52), !dbg !838
  %55 = sitofp i32 %11 to double, !dbg !839
  %56 = fadd double %54, %55, !dbg !840
  %57 = fadd double %56, 2.500000e+00, !dbg !841
  %58 = fadd double %51, %57, !dbg !842
    #dbg_value(double %58, !251, !DIExpression(), !833)
    #dbg_value(i64 2, !252, !DIExpression(), !835)
  %59 = sitofp i64 %12 to double, !dbg !836
  %60 = fpext float %14 to double, !dbg !837
  %61 = tail call double @llvm.fmuladd.f64(double %13, double %60, double %59), !dbg !838
  %62 = sitofp i32 %15 to double, !dbg !839
  %63 = fadd double %61, %62, !dbg !840
  %64 = fadd double %63, -3.250000e+00, !dbg !841
  %65 = fadd double %58, %64, !dbg !842
    #dbg_value(double %65, !251, !DIExpression(), !833)
    #dbg_value(i64 3, !252, !DIExpression(), !835)
  %66 = and i32 %0, 7, !dbg !828
  %67 = zext nneg i32 %45 to i64, !dbg !830
  %68 = fadd double %9, 2.000000e+00, !dbg !843
    #dbg_value(ptr undef, !420, !DIExpression(), !844)
    #dbg_value(double poison, !421, !DIExpression(), !844)
    #dbg_value(i64 2, !422, !DIExpression(), !846)
    #dbg_value(i64 3, !424, !DIExpression(), !847)
  %69 = fadd double %16, 0.000000e+00, !dbg !848
    #dbg_value(double %69, !421, !DIExpression(), !844)
  %70 = fadd double %69, %17, !dbg !848
    #dbg_value(double %70, !421, !DIExpression(), !844)
  %71 = fadd double %70, %18, !dbg !848
    #dbg_value(double %71, !421, !DIExpression(), !844)
    #dbg_value(i64 4, !424, !DIExpression(), !847)
    #dbg_value(i64 3, !422, !DIExpression(), !846)
    #dbg_value(i64 0, !428, !DIExpression(), !849)
    #dbg_value(i64 0, !430, !DIExpression(), !850)
    #dbg_value(i32 %19, !427, !DIExpression(), !844)
    #dbg_value(i64 1, !433, !DIExpression(), !851)
  %72 = add nsw i32 %20, %19, !dbg !852
    #dbg_value(i32 %72, !427, !DIExpression(), !844)
    #dbg_value(i64 2, !433, !DIExpression(), !851)
  %73 = add nsw i32 %72, %21, !dbg !852
    #dbg_value(i32 %73, !427, !DIExpression(), !844)
    #dbg_value(i64 3, !433, !DIExpression(), !851)
  %74 = add nsw i32 %73, %22, !dbg !852
    #dbg_value(i64 1, !430, !DIExpression(), !850)
    #dbg_value(i64 0, !433, !DIExpression(), !851)
    #dbg_value(i32 %74, !427, !DIExpression(), !844)
  %75 = add nsw i32 %74, %23, !dbg !852
    #dbg_value(i32 %75, !427, !DIExpression(), !844)
    #dbg_value(i64 1, !433, !DIExpression(), !851)
  %76 = add nsw i32 %75, %24, !dbg !852
    #dbg_value(i32 %76, !427, !DIExpression(), !844)
    #dbg_value(i64 2, !433, !DIExpression(), !851)
  %77 = add nsw i32 %76, %25, !dbg !852
    #dbg_value(i32 %77, !427, !DIExpression(), !844)
    #dbg_value(i64 3, !433, !DIExpression(), !851)
  %78 = add nsw i32 %77, %26, !dbg !852
    #dbg_value(i64 2, !430, !DIExpression(), !850)
    #dbg_value(i64 0, !433, !DIExpression(), !851)
    #dbg_value(i32 %78, !427, !DIExpression(), !844)
  %79 = add nsw i32 %78, %27, !dbg !852
    #dbg_value(i32 %79, !427, !DIExpression(), !844)
    #dbg_value(i64 1, !433, !DIExpression(), !851)
  %80 = add nsw i32 %79, %28, !dbg !852
    #dbg_value(i32 %80, !427, !DIExpression(), !844)
    #dbg_value(i64 2, !433, !DIExpression(), !851)
  %81 = add nsw i32 %80, %29, !dbg !852
    #dbg_value(i32 %81, !427, !DIExpression(), !844)
    #dbg_value(i64 3, !433, !DIExpression(), !851)
  %82 = add nsw i32 %81, %30, !dbg !852
    #dbg_value(i64 1, !428, !DIExpression(), !849)
    #dbg_value(i64 0, !430, !DIExpression(), !850)
    #dbg_value(i64 0, !433, !DIExpression(), !851)
    #dbg_value(i32 %82, !427, !DIExpression(), !844)
  %83 = add nsw i32 %82, %31, !dbg !852
    #dbg_value(i32 %83, !427, !DIExpression(), !844)
    #dbg_value(i64 1, !433, !DIExpression(), !851)
  %84 = add nsw i32 %83, %32, !dbg !852
    #dbg_value(i32 %84, !427, !DIExpression(), !844)
    #dbg_value(i64 2, !433, !DIExpression(), !851)
  %85 = add nsw i32 %84, %33, !dbg !852
    #dbg_value(i32 %85, !427, !DIExpression(), !844)
    #dbg_value(i64 3, !433, !DIExpression(), !851)
  %86 = add nsw i32 %85, %34, !dbg !852
    #dbg_value(i64 1, !430, !DIExpression(), !850)
    #dbg_value(i64 0, !433, !DIExpression(), !851)
    #dbg_value(i32 %86, !427, !DIExpression(), !844)
  %87 = add nsw i32 %86, %35, !dbg !852
    #dbg_value(i32 %87, !427, !DIExpression(), !844)
    #dbg_value(i64 1, !433, !DIExpression(), !851)
  %88 = add nsw i32 %87, %36, !dbg !852
    #dbg_value(i32 %88, !427, !DIExpression(), !844)
    #dbg_value(i64 2, !433, !DIExpression(), !851)
  %89 = add nsw i32 %88, %37, !dbg !852
    #dbg_value(i32 %89, !427, !DIExpression(), !844)
    #dbg_value(i64 3, !433, !DIExpression(), !851)
  %90 = add nsw i32 %89, %38, !dbg !852
    #dbg_value(i64 2, !430, !DIExpression(), !850)
    #dbg_value(i64 0, !433, !DIExpression(), !851)
    #dbg_value(i32 %90, !427, !DIExpression(), !844)
  %91 = add nsw i32 %90, %39, !dbg !852
    #dbg_value(i32 %91, !427, !DIExpression(), !844)
    #dbg_value(i64 1, !433, !DIExpression(), !851)
  %92 = add nsw i32 %91, %40, !dbg !852
    #dbg_value(i32 %92, !427, !DIExpression(), !844)
    #dbg_value(i64 2, !433, !DIExpression(), !851)
  %93 = add nsw i32 %92, %41, !dbg !852
    #dbg_value(i32 %93, !427, !DIExpression(), !844)
    #dbg_value(i64 3, !433, !DIExpression(), !851)
  %94 = add nsw i32 %93, %42, !dbg !852
    #dbg_value(i32 %94, !427, !DIExpression(), !844)
    #dbg_value(i64 4, !433, !DIExpression(), !851)
    #dbg_value(i64 3, !430, !DIExpression(), !850)
    #dbg_value(i64 2, !428, !DIExpression(), !849)
  %95 = sitofp i32 %94 to double, !dbg !853
  %96 = fadd double %71, %95, !dbg !854
  %97 = uitofp nneg i32 %66 to double, !dbg !855
  %98 = fadd double %96, %97, !dbg !856
  %99 = shl i32 %0, 1, !dbg !857
  %100 = and i32 %99, 30, !dbg !857
  %101 = uitofp nneg i32 %100 to double, !dbg !858
  %102 = fadd double %98, %101, !dbg !859
  %103 = shl nuw i64 %67, 49, !dbg !860
  %104 = ashr exact i64 %103, 57, !dbg !860
  %105 = trunc nsw i64 %104 to i32, !dbg !860
  %106 = sitofp i32 %105 to double, !dbg !861
  %107 = fadd double %102, %106, !dbg !862
  %108 = shl nuw nsw i64 %43, 30, !dbg !863
  %109 = and i64 %108, 1098437885952, !dbg !863
  %110 = uitofp nneg i64 %109 to double, !dbg !864
  %111 = fadd double %107, %110, !dbg !865
  %112 = fadd double %111, %65, !dbg !866
  %113 = fadd double %68, %112, !dbg !867
    #dbg_value(double 1.500000e+00, !493, !DIExpression(), !868)
    #dbg_value(double 2.500000e+00, !494, !DIExpression(), !868)
    #dbg_value(i64 0, !496, !DIExpression(), !870)
    #dbg_value(double 0.000000e+00, !495, !DIExpression(), !868)
  %114 = load ptr, ptr @g_ops, align 16, !dbg !871, !tbaa !502
    #dbg_value(ptr %114, !485, !DIExpression(), !872)
    #dbg_value(double 1.500000e+00, !486, !DIExpression(), !872)
    #dbg_value(double 2.500000e+00, !487, !DIExpression(), !872)
  %115 = tail call double %114(double noundef 1.500000e+00, double noundef 2.500000e+00) #25, !dbg !874
  %116 = fadd double %115, 0.000000e+00, !dbg !875
    #dbg_value(double %116, !495, !DIExpression(), !868)
    #dbg_value(i64 1, !496, !DIExpression(), !870)
  %117 = load ptr, ptr getelementptr inbounds (i8, ptr @g_ops, i64 8), align 8, !dbg !871, !tbaa !502
    #dbg_value(ptr %117, !485, !DIExpression(), !872)
  %118 = tail call double %117(double noundef 1.500000e+00, double noundef 2.500000e+00) #25, !dbg !874
  %119 = fadd double %116, %118, !dbg !875
    #dbg_value(double %119, !495, !DIExpression(), !868)
    #dbg_value(i64 2, !496, !DIExpression(), !870)
  %120 = load ptr, ptr getelementptr inbounds (i8, ptr @g_ops, i64 16), align 16, !dbg !871, !tbaa !502
    #dbg_value(ptr %120, !485, !DIExpression(), !872)
  %121 = tail call double %120(double noundef 1.500000e+00, double noundef 2.500000e+00) #25, !dbg !874
  %122 = fadd double %119, %121, !dbg !875
    #dbg_value(double %122, !495, !DIExpression(), !868)
    #dbg_value(i64 3, !496, !DIExpression(), !870)
  %123 = fadd double %113, %122, !dbg !876
    #dbg_value(double %123, !813, !DIExpression(), !818)
  %124 = add nsw i32 %0, 2, !dbg !877
  %125 = tail call double @vla_sum(i32 noundef %124, i32 noundef 3), !dbg !878
  %126 = fadd double %125, %123, !dbg !879
    #dbg_value(double %126, !813, !DIExpression(), !818)
    #dbg_value(x86_fp80 0xK40008000000000000000, !623, !DIExpression(DW_OP_LLVM_fragment, 0, 80), !880)
    #dbg_value(x86_fp80 0xK3FFF8000000000000000, !624, !DIExpression(DW_OP_LLVM_fragment, 0, 80), !880)
  %127 = load x86_fp80, ptr @g_ld, align 16, !dbg !882, !tbaa !627
  %128 = fadd x86_fp80 %127, 0xK40008000000000000000, !dbg !883
  %129 = fptrunc x86_fp80 %128 to double, !dbg !884
  %130 = sext i32 %0 to i64, !dbg !885
  %131 = ashr i32 %0, 31, !dbg !885
  %132 = sext i32 %131 to i64, !dbg !885
  %133 = zext i64 %132 to i128
  %134 = shl nuw i128 %133, 64
  %135 = zext i64 %130 to i128
  %136 = or disjoint i128 %134, %135
    #dbg_value(i128 %136, !637, !DIExpression(), !886)
    #dbg_value(i128 99, !638, !DIExpression(), !886)
  store i128 297, ptr @g_ubig, align 16, !dbg !888, !tbaa !642
  %137 = mul nsw i128 %136, 99, !dbg !889
  %138 = ashr i128 %136, 7, !dbg !890
  %139 = add nsw i128 %137, %138, !dbg !891
  %140 = load i128, ptr @g_big, align 16, !dbg !892, !tbaa !642
  %141 = srem i128 %140, 1000, !dbg !893
  %142 = sub nsw i128 %139, %141, !dbg !894
  %143 = sitofp i128 %142 to double, !dbg !895
  %144 = fadd double %129, %143, !dbg !896
  %145 = fadd double %126, %144, !dbg !897
    #dbg_value(double %145, !813, !DIExpression(), !818)
  %146 = tail call i32 @computed_goto(i32 noundef %0, i32 noundef 5), !dbg !898
  %147 = sext i32 %146 to i64, !dbg !898
    #dbg_value(i64 %130, !528, !DIExpression(), !899)
  %148 = atomicrmw add ptr @g_atomic_counter, i64 %130 seq_cst, align 8, !dbg !901
  %149 = atomicrmw xchg ptr @g_counter, i32 %0 seq_cst, align 4, !dbg !902
    #dbg_value(i32 %149, !529, !DIExpression(DW_OP_LLVM_convert, 32, DW_ATE_signed, DW_OP_LLVM_convert, 64, DW_ATE_signed, DW_OP_stack_value), !899)
    #dbg_value(i32 5, !530, !DIExpression(), !899)
  %150 = cmpxchg ptr @g_counter, i32 5, i32 9 acq_rel acquire, align 4, !dbg !903
  %151 = sext i32 %149 to i64, !dbg !902
    #dbg_value(i64 %151, !529, !DIExpression(), !899)
  %152 = load atomic i64, ptr @g_atomic_counter acquire, align 8, !dbg !904
  %153 = load atomic i32, ptr @g_counter acquire, align 4, !dbg !905
  %154 = sext i32 %153 to i64, !dbg !905
    #dbg_value(i64 poison, !531, !DIExpression(), !899)
  %155 = tail call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @tls_var), !dbg !906
  store atomic i32 1, ptr %155 release, align 4, !dbg !907
  %156 = atomicrmw sub ptr @g_counter, i32 1 monotonic, align 4, !dbg !908
  fence seq_cst, !dbg !909
  %157 = load atomic i64, ptr @g_atomic_counter seq_cst, align 8, !dbg !910
    #dbg_value(i32 %0, !511, !DIExpression(), !911)
    #dbg_value(i32 2, !512, !DIExpression(), !911)
  %158 = tail call i32 asm sideeffect "leal ($1,$2), $0", "=r,r,r,~{cc},~{dirflag},~{fpsr},~{flags}"(i32 %0, i32 2) #25, !dbg !913, !srcloc !516
    #dbg_value(i32 %158, !513, !DIExpression(), !911)
  %159 = sext i32 %158 to i64, !dbg !914
    #dbg_value(i32 %0, !403, !DIExpression(), !915)
  switch i32 %0, label %164 [
    i32 0, label %165
    i32 1, label %160
    i32 2, label %160
    i32 7, label %161
    i32 100, label %162
    i32 -5, label %163
  ], !dbg !917

160:                                              ; preds = %2, %2
  br label %165, !dbg !918

161:                                              ; preds = %2
  br label %165, !dbg !919

162:                                              ; preds = %2
  br label %165, !dbg !920

163:                                              ; preds = %2
  br label %165, !dbg !921

164:                                              ; preds = %2
  br label %165, !dbg !922

165:                                              ; preds = %2, %160, %161, %162, %163, %164
  %166 = phi i64 [ %130, %164 ], [ 55, %163 ], [ -1, %162 ], [ 21, %161 ], [ 20, %160 ], [ 10, %2 ], !dbg !923
  %167 = add nsw i64 %151, %147, !dbg !924
  %168 = add i64 %167, %152, !dbg !925
  %169 = add i64 %168, %154, !dbg !926
  %170 = add i64 %169, %157, !dbg !927
  %171 = add nsw i64 %170, %159, !dbg !928
  %172 = add nsw i64 %171, %166, !dbg !929
  %173 = sitofp i64 %172 to double, !dbg !898
  %174 = fadd double %145, %173, !dbg !930
    #dbg_value(double %174, !813, !DIExpression(), !818)
    #dbg_value(i32 %0, !227, !DIExpression(), !931)
  %175 = tail call fastcc i32 @static_fn(i32 noundef %0), !dbg !933
  %176 = tail call i32 @weak_fn(i32 noundef %0), !dbg !934
  %177 = icmp sgt i32 %0, 1, !dbg !935
  br i1 %177, label %178, label %181, !dbg !936

178:                                              ; preds = %165
  %179 = getelementptr inbounds i8, ptr %1, i64 8, !dbg !937
  %180 = load ptr, ptr %179, align 8, !dbg !937, !tbaa !502
  br label %181, !dbg !936

181:                                              ; preds = %165, %178
  %182 = phi ptr [ %180, %178 ], [ @.str.8, %165 ], !dbg !936
    #dbg_assign(i1 undef, !730, !DIExpression(), !817, ptr %3, !DIExpression(), !938)
    #dbg_value(ptr %182, !729, !DIExpression(), !938)
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %3) #25, !dbg !940
  %183 = call ptr @strncpy(ptr noundef nonnull dereferenceable(1) %3, ptr noundef nonnull readonly dereferenceable(1) %182, i64 noundef 63) #25, !dbg !941
  %184 = getelementptr inbounds i8, ptr %3, i64 63, !dbg !942
  store i8 0, ptr %184, align 1, !dbg !943, !tbaa !356, !DIAssignID !944
    #dbg_assign(i8 0, !730, !DIExpression(DW_OP_LLVM_fragment, 504, 8), !944, ptr %184, !DIExpression(), !938)
  %185 = call i64 @strlen(ptr nonnull dereferenceable(1) %3), !dbg !945
  %186 = getelementptr inbounds i8, ptr %3, i64 %185, !dbg !945
  store i16 33, ptr %186, align 1, !dbg !945
    #dbg_value(i32 5381, !734, !DIExpression(), !938)
    #dbg_value(i64 0, !735, !DIExpression(), !946)
  %187 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %3) #26, !dbg !938
  %188 = icmp eq i64 %187, 0, !dbg !947
  br i1 %188, label %244, label %189, !dbg !948

189:                                              ; preds = %181
  %190 = and i64 %187, 3, !dbg !948
  %191 = icmp ult i64 %187, 4, !dbg !948
  br i1 %191, label %194, label %192, !dbg !948

192:                                              ; preds = %189
  %193 = and i64 %187, -4, !dbg !948
  br label %214, !dbg !948

194:                                              ; preds = %214, %189
  %195 = phi i32 [ poison, %189 ], [ %240, %214 ]
  %196 = phi i64 [ 0, %189 ], [ %241, %214 ]
  %197 = phi i32 [ 5381, %189 ], [ %240, %214 ]
  %198 = icmp eq i64 %190, 0, !dbg !948
  br i1 %198, label %211, label %199, !dbg !948

199:                                              ; preds = %194, %199
  %200 = phi i64 [ %208, %199 ], [ %196, %194 ]
  %201 = phi i32 [ %207, %199 ], [ %197, %194 ]
  %202 = phi i64 [ %209, %199 ], [ 0, %194 ]
    #dbg_value(i64 %200, !735, !DIExpression(), !946)
    #dbg_value(i32 %201, !734, !DIExpression(), !938)
  %203 = mul i32 %201, 33, !dbg !949
  %204 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 %200, !dbg !950
  %205 = load i8, ptr %204, align 1, !dbg !950, !tbaa !356
  %206 = zext i8 %205 to i32, !dbg !951
  %207 = add i32 %203, %206, !dbg !952
    #dbg_value(i32 %207, !734, !DIExpression(), !938)
  %208 = add nuw i64 %200, 1, !dbg !953
    #dbg_value(i64 %208, !735, !DIExpression(), !946)
  %209 = add i64 %202, 1, !dbg !948
  %210 = icmp eq i64 %209, %190, !dbg !948
  br i1 %210, label %211, label %199, !dbg !948, !llvm.loop !954

211:                                              ; preds = %199, %194
  %212 = phi i32 [ %195, %194 ], [ %207, %199 ], !dbg !952
  %213 = add i32 %212, 255, !dbg !955
  br label %244, !dbg !956

214:                                              ; preds = %214, %192
  %215 = phi i64 [ 0, %192 ], [ %241, %214 ]
  %216 = phi i32 [ 5381, %192 ], [ %240, %214 ]
  %217 = phi i64 [ 0, %192 ], [ %242, %214 ]
    #dbg_value(i64 %215, !735, !DIExpression(), !946)
    #dbg_value(i32 %216, !734, !DIExpression(), !938)
  %218 = mul i32 %216, 33, !dbg !949
  %219 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 %215, !dbg !950
  %220 = load i8, ptr %219, align 4, !dbg !950, !tbaa !356
  %221 = zext i8 %220 to i32, !dbg !951
  %222 = add i32 %218, %221, !dbg !952
    #dbg_value(i32 %222, !734, !DIExpression(), !938)
  %223 = or disjoint i64 %215, 1, !dbg !953
    #dbg_value(i64 %223, !735, !DIExpression(), !946)
  %224 = mul i32 %222, 33, !dbg !949
  %225 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 %223, !dbg !950
  %226 = load i8, ptr %225, align 1, !dbg !950, !tbaa !356
  %227 = zext i8 %226 to i32, !dbg !951
  %228 = add i32 %224, %227, !dbg !952
    #dbg_value(i32 %228, !734, !DIExpression(), !938)
  %229 = or disjoint i64 %215, 2, !dbg !953
    #dbg_value(i64 %229, !735, !DIExpression(), !946)
  %230 = mul i32 %228, 33, !dbg !949
  %231 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 %229, !dbg !950
  %232 = load i8, ptr %231, align 2, !dbg !950, !tbaa !356
  %233 = zext i8 %232 to i32, !dbg !951
  %234 = add i32 %230, %233, !dbg !952
    #dbg_value(i32 %234, !734, !DIExpression(), !938)
  %235 = or disjoint i64 %215, 3, !dbg !953
    #dbg_value(i64 %235, !735, !DIExpression(), !946)
  %236 = mul i32 %234, 33, !dbg !949
  %237 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 %235, !dbg !950
  %238 = load i8, ptr %237, align 1, !dbg !950, !tbaa !356
  %239 = zext i8 %238 to i32, !dbg !951
  %240 = add i32 %236, %239, !dbg !952
    #dbg_value(i32 %240, !734, !DIExpression(), !938)
  %241 = add nuw i64 %215, 4, !dbg !953
    #dbg_value(i64 %241, !735, !DIExpression(), !946)
  %242 = add i64 %217, 4, !dbg !948
  %243 = icmp eq i64 %242, %193, !dbg !948
  br i1 %243, label %194, label %214, !dbg !948, !llvm.loop !957

244:                                              ; preds = %181, %211
  %245 = phi i32 [ 5636, %181 ], [ %213, %211 ], !dbg !938
  %246 = load ptr, ptr @g_greeting, align 8, !dbg !956, !tbaa !502
  %247 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %246) #26, !dbg !959
  %248 = trunc i64 %247 to i32, !dbg !960
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %3) #25, !dbg !961
  %249 = add i32 %175, %99, !dbg !962
  %250 = add i32 %249, %176, !dbg !963
  %251 = add i32 %250, %245, !dbg !964
  %252 = add i32 %251, %248, !dbg !965
  %253 = uitofp i32 %252 to float, !dbg !966
    #dbg_value(float 1.500000e+00, !777, !DIExpression(), !967)
    #dbg_value(double 2.000000e+00, !778, !DIExpression(), !967)
    #dbg_value(i32 %0, !779, !DIExpression(), !967)
    #dbg_value(i32 3, !780, !DIExpression(), !967)
    #dbg_value(float 7.500000e-01, !781, !DIExpression(), !967)
  %254 = sitofp i32 %0 to float, !dbg !969
  %255 = fadd float %254, 3.000000e+00, !dbg !970
  %256 = fadd float %255, 7.500000e-01, !dbg !971
    #dbg_value(float %256, !781, !DIExpression(), !967)
    #dbg_value(double poison, !782, !DIExpression(), !967)
  %257 = fmul float %256, 1.500000e+00, !dbg !972
  %258 = fadd float %257, 2.000000e+00, !dbg !973
  %259 = fadd float %258, 1.000000e+00, !dbg !974
  %260 = fadd float %259, %253, !dbg !975
  %261 = fpext float %260 to double, !dbg !966
  %262 = fadd double %174, %261, !dbg !976
    #dbg_value(double %262, !813, !DIExpression(), !818)
  %263 = icmp eq ptr @extern_weak_thing, null, !dbg !977
  br i1 %263, label %268, label %264, !dbg !979

264:                                              ; preds = %244
  %265 = call i32 @extern_weak_thing(i32 noundef 1) #25, !dbg !980
  %266 = sitofp i32 %265 to double, !dbg !980
  %267 = fadd double %262, %266, !dbg !981
    #dbg_value(double %267, !813, !DIExpression(), !818)
  br label %268, !dbg !982

268:                                              ; preds = %264, %244
  %269 = phi double [ %267, %264 ], [ %262, %244 ], !dbg !818
    #dbg_value(double %269, !813, !DIExpression(), !818)
    #dbg_value(<4 x double> <double 1.000000e+00, double 2.000000e+00, double 3.000000e+00, double 4.000000e+00>, !814, !DIExpression(), !818)
    #dbg_value(<4 x double> <double 2.000000e+00, double 6.000000e+00, double 1.200000e+01, double 2.000000e+01>, !815, !DIExpression(), !818)
  %270 = and i32 %0, 3, !dbg !983
    #dbg_value(<4 x float> <float 1.000000e+00, float 6.000000e+00, float 3.000000e+00, float 8.000000e+00>, !588, !DIExpression(), !984)
    #dbg_value(i32 %270, !589, !DIExpression(), !984)
  %271 = extractelement <4 x float> <float 1.000000e+00, float 6.000000e+00, float 3.000000e+00, float 8.000000e+00>, i32 %270, !dbg !986
  %272 = fadd float %271, 3.000000e+00, !dbg !987
  %273 = fpext float %272 to double, !dbg !988
  %274 = fadd double %273, 2.200000e+01, !dbg !989
  %275 = fadd double %274, %269, !dbg !990
    #dbg_value(double %275, !813, !DIExpression(), !818)
  call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"() #25, !dbg !991, !srcloc !522
  %276 = load i32, ptr %155, align 4, !dbg !993, !tbaa !316
  %277 = sext i32 %276 to i64, !dbg !994
  %278 = call i32 (ptr, ...) @logf_va(ptr noundef nonnull @.str.9, i32 noundef %0, double noundef %275, i64 noundef %277), !dbg !995
  %279 = srem i32 %0, 3, !dbg !996
    #dbg_value(i32 %279, !395, !DIExpression(), !997)
  %280 = icmp eq i32 %279, 0, !dbg !999
  %281 = select i1 %280, ptr @.str.3, ptr @.str.6, !dbg !999
  %282 = getelementptr inbounds [128 x i32], ptr @g_zero_arr, i64 0, i64 %130, !dbg !1000
  %283 = load i32, ptr %282, align 4, !dbg !1000, !tbaa !316
  %284 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef nonnull %281, ptr noundef nonnull @g_str_buf, double noundef %275, i32 noundef %283), !dbg !1001
    #dbg_value(ptr poison, !816, !DIExpression(), !818)
  %285 = fptosi double %275 to i32, !dbg !1002
  %286 = and i32 %285, 127, !dbg !1003
  ret i32 %286, !dbg !1004
}

declare !dbg !1005 extern_weak i32 @extern_weak_thing(i32 noundef) #22

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

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!182, !183, !184, !185, !186, !187, !188}
!llvm.ident = !{!189}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "g_counter", scope: !2, file: !3, line: 48, type: !24, isLocal: false, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !20, globals: !31, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "src/structs.c", directory: ".", checksumkind: CSK_MD5, checksum: "43ab8e36f94758dd8969584028696b07")
!4 = !{!5, !11}
!5 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "Color", file: !3, line: 23, baseType: !6, size: 32, elements: !7)
!6 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!7 = !{!8, !9, !10}
!8 = !DIEnumerator(name: "RED", value: 0)
!9 = !DIEnumerator(name: "GREEN", value: 5)
!10 = !DIEnumerator(name: "BLUE", value: 6)
!11 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "memory_order", file: !12, line: 68, baseType: !6, size: 32, elements: !13)
!12 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/stdatomic.h", directory: "", checksumkind: CSK_MD5, checksum: "f17199a988fe91afffaf0f943ef87096")
!13 = !{!14, !15, !16, !17, !18, !19}
!14 = !DIEnumerator(name: "memory_order_relaxed", value: 0)
!15 = !DIEnumerator(name: "memory_order_consume", value: 1)
!16 = !DIEnumerator(name: "memory_order_acquire", value: 2)
!17 = !DIEnumerator(name: "memory_order_release", value: 3)
!18 = !DIEnumerator(name: "memory_order_acq_rel", value: 4)
!19 = !DIEnumerator(name: "memory_order_seq_cst", value: 5)
!20 = !{!21, !24, !25, !26, !27, !28, !6, !29, !30, !23, !5}
!21 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !22, line: 18, baseType: !23)
!22 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
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
!137 = distinct !DISubprogram(name: "computed_goto", scope: !3, file: !3, line: 189, type: !138, scopeLine: 189, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !140)
!138 = !DISubroutineType(types: !139)
!139 = !{!24, !24, !24}
!140 = !{!141, !142, !143, !144, !145, !146, !147, !148}
!141 = !DILocalVariable(name: "op", arg: 1, scope: !137, file: !3, line: 189, type: !24)
!142 = !DILocalVariable(name: "n", arg: 2, scope: !137, file: !3, line: 189, type: !24)
!143 = !DILocalVariable(name: "acc", scope: !137, file: !3, line: 191, type: !24)
!144 = !DILocalVariable(name: "pc", scope: !137, file: !3, line: 192, type: !24)
!145 = !DILabel(scope: !137, name: "do_inc", file: !3, line: 194)
!146 = !DILabel(scope: !137, name: "do_dec", file: !3, line: 198)
!147 = !DILabel(scope: !137, name: "do_dbl", file: !3, line: 202)
!148 = !DILabel(scope: !137, name: "done", file: !3, line: 205)
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
!189 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!190 = distinct !DISubprogram(name: "add", scope: !3, file: !3, line: 64, type: !112, scopeLine: 64, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !191)
!191 = !{!192, !193}
!192 = !DILocalVariable(name: "a", arg: 1, scope: !190, file: !3, line: 64, type: !25)
!193 = !DILocalVariable(name: "b", arg: 2, scope: !190, file: !3, line: 64, type: !25)
!194 = !DILocation(line: 0, scope: !190)
!195 = !DILocation(line: 64, column: 50, scope: !190)
!196 = !DILocation(line: 64, column: 41, scope: !190)
!197 = distinct !DISubprogram(name: "mul", scope: !3, file: !3, line: 65, type: !112, scopeLine: 65, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !198)
!198 = !{!199, !200}
!199 = !DILocalVariable(name: "a", arg: 1, scope: !197, file: !3, line: 65, type: !25)
!200 = !DILocalVariable(name: "b", arg: 2, scope: !197, file: !3, line: 65, type: !25)
!201 = !DILocation(line: 0, scope: !197)
!202 = !DILocation(line: 65, column: 50, scope: !197)
!203 = !DILocation(line: 65, column: 41, scope: !197)
!204 = distinct !DISubprogram(name: "sub", scope: !3, file: !3, line: 66, type: !112, scopeLine: 66, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !205)
!205 = !{!206, !207}
!206 = !DILocalVariable(name: "a", arg: 1, scope: !204, file: !3, line: 66, type: !25)
!207 = !DILocalVariable(name: "b", arg: 2, scope: !204, file: !3, line: 66, type: !25)
!208 = !DILocation(line: 0, scope: !204)
!209 = !DILocation(line: 66, column: 50, scope: !204)
!210 = !DILocation(line: 66, column: 41, scope: !204)
!211 = distinct !DISubprogram(name: "weak_fn", scope: !3, file: !3, line: 69, type: !212, scopeLine: 69, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !214)
!212 = !DISubroutineType(types: !213)
!213 = !{!24, !24}
!214 = !{!215}
!215 = !DILocalVariable(name: "x", arg: 1, scope: !211, file: !3, line: 69, type: !24)
!216 = !DILocation(line: 0, scope: !211)
!217 = !DILocation(line: 69, column: 53, scope: !211)
!218 = !DILocation(line: 69, column: 44, scope: !211)
!219 = distinct !DISubprogram(name: "hidden_fn", scope: !3, file: !3, line: 70, type: !212, scopeLine: 70, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !220)
!220 = !{!221}
!221 = !DILocalVariable(name: "x", arg: 1, scope: !219, file: !3, line: 70, type: !24)
!222 = !DILocation(line: 0, scope: !219)
!223 = !DILocation(line: 70, column: 71, scope: !219)
!224 = !DILocation(line: 70, column: 62, scope: !219)
!225 = distinct !DISubprogram(name: "real_impl", scope: !3, file: !3, line: 72, type: !212, scopeLine: 72, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !226)
!226 = !{!227}
!227 = !DILocalVariable(name: "x", arg: 1, scope: !225, file: !3, line: 72, type: !24)
!228 = !DILocation(line: 0, scope: !225)
!229 = !DILocation(line: 72, column: 31, scope: !225)
!230 = !DILocation(line: 0, scope: !219, inlinedAt: !231)
!231 = distinct !DILocation(line: 72, column: 46, scope: !225)
!232 = !DILocation(line: 70, column: 71, scope: !219, inlinedAt: !231)
!233 = !DILocation(line: 72, column: 44, scope: !225)
!234 = !DILocation(line: 72, column: 61, scope: !225)
!235 = !DILocation(line: 72, column: 59, scope: !225)
!236 = !DILocation(line: 72, column: 24, scope: !225)
!237 = distinct !DISubprogram(name: "static_fn", scope: !3, file: !3, line: 71, type: !212, scopeLine: 71, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !238)
!238 = !{!239}
!239 = !DILocalVariable(name: "x", arg: 1, scope: !237, file: !3, line: 71, type: !24)
!240 = !DILocation(line: 0, scope: !237)
!241 = !DILocation(line: 71, column: 66, scope: !237)
!242 = !DILocation(line: 71, column: 57, scope: !237)
!243 = distinct !DISubprogram(name: "sum_mixed", scope: !3, file: !3, line: 76, type: !244, scopeLine: 76, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !248)
!244 = !DISubroutineType(types: !245)
!245 = !{!25, !246, !24}
!246 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !247, size: 64)
!247 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !44)
!248 = !{!249, !250, !251, !252}
!249 = !DILocalVariable(name: "m", arg: 1, scope: !243, file: !3, line: 76, type: !246)
!250 = !DILocalVariable(name: "n", arg: 2, scope: !243, file: !3, line: 76, type: !24)
!251 = !DILocalVariable(name: "s", scope: !243, file: !3, line: 77, type: !25)
!252 = !DILocalVariable(name: "i", scope: !253, file: !3, line: 78, type: !24)
!253 = distinct !DILexicalBlock(scope: !243, file: !3, line: 78, column: 3)
!254 = !DILocation(line: 0, scope: !243)
!255 = !DILocation(line: 0, scope: !253)
!256 = !DILocation(line: 78, column: 21, scope: !257)
!257 = distinct !DILexicalBlock(scope: !253, file: !3, line: 78, column: 3)
!258 = !DILocation(line: 78, column: 3, scope: !253)
!259 = !DILocation(line: 80, column: 3, scope: !243)
!260 = !DILocation(line: 79, column: 10, scope: !257)
!261 = !DILocation(line: 79, column: 15, scope: !257)
!262 = !{!263, !264, i64 0}
!263 = !{!"Mixed", !264, i64 0, !267, i64 8, !268, i64 16, !269, i64 20}
!264 = !{!"long", !265, i64 0}
!265 = !{!"omnipotent char", !266, i64 0}
!266 = !{!"Simple C/C++ TBAA"}
!267 = !{!"double", !265, i64 0}
!268 = !{!"float", !265, i64 0}
!269 = !{!"int", !265, i64 0}
!270 = !DILocation(line: 79, column: 24, scope: !257)
!271 = !{!263, !267, i64 8}
!272 = !DILocation(line: 79, column: 33, scope: !257)
!273 = !{!263, !268, i64 16}
!274 = !DILocation(line: 79, column: 28, scope: !257)
!275 = !DILocation(line: 79, column: 17, scope: !257)
!276 = !DILocation(line: 79, column: 42, scope: !257)
!277 = !{!263, !269, i64 20}
!278 = !DILocation(line: 79, column: 37, scope: !257)
!279 = !DILocation(line: 79, column: 35, scope: !257)
!280 = !DILocation(line: 79, column: 58, scope: !257)
!281 = !DILocation(line: 79, column: 48, scope: !257)
!282 = !{!267, !267, i64 0}
!283 = !DILocation(line: 79, column: 46, scope: !257)
!284 = !DILocation(line: 79, column: 7, scope: !257)
!285 = !DILocation(line: 78, column: 27, scope: !257)
!286 = distinct !{!286, !258, !287, !288}
!287 = !DILocation(line: 79, column: 61, scope: !253)
!288 = !{!"llvm.loop.mustprogress"}
!289 = distinct !DISubprogram(name: "copy_mixed", scope: !3, file: !3, line: 83, type: !290, scopeLine: 83, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !293)
!290 = !DISubroutineType(types: !291)
!291 = !{null, !292, !246, !24}
!292 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !44, size: 64)
!293 = !{!294, !295, !296}
!294 = !DILocalVariable(name: "dst", arg: 1, scope: !289, file: !3, line: 83, type: !292)
!295 = !DILocalVariable(name: "src", arg: 2, scope: !289, file: !3, line: 83, type: !246)
!296 = !DILocalVariable(name: "n", arg: 3, scope: !289, file: !3, line: 83, type: !24)
!297 = !DILocation(line: 0, scope: !289)
!298 = !DILocation(line: 84, column: 43, scope: !289)
!299 = !DILocation(line: 84, column: 41, scope: !289)
!300 = !DILocation(line: 84, column: 3, scope: !289)
!301 = !DILocation(line: 85, column: 1, scope: !289)
!302 = distinct !DISubprogram(name: "by_value", scope: !3, file: !3, line: 87, type: !303, scopeLine: 87, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !305)
!303 = !DISubroutineType(types: !304)
!304 = !{!44, !44, !76}
!305 = !{!306, !307, !308}
!306 = !DILocalVariable(name: "m", arg: 1, scope: !302, file: !3, line: 87, type: !44)
!307 = !DILocalVariable(name: "u", arg: 2, scope: !302, file: !3, line: 87, type: !76)
!308 = !DILocalVariable(name: "r", scope: !302, file: !3, line: 88, type: !44)
!309 = !DILocation(line: 0, scope: !302)
!310 = !DILocation(line: 87, column: 36, scope: !302)
!311 = !DILocation(line: 88, column: 16, scope: !302)
!312 = !DILocation(line: 88, column: 20, scope: !302)
!313 = !{i64 0, i64 8, !314, i64 8, i64 8, !282, i64 16, i64 4, !315, i64 20, i64 4, !316}
!314 = !{!264, !264, i64 0}
!315 = !{!268, !268, i64 0}
!316 = !{!269, !269, i64 0}
!317 = !DILocation(line: 89, column: 12, scope: !302)
!318 = !DILocation(line: 89, column: 5, scope: !302)
!319 = !DILocation(line: 89, column: 7, scope: !302)
!320 = !DILocation(line: 90, column: 17, scope: !302)
!321 = !DILocation(line: 90, column: 5, scope: !302)
!322 = !DILocation(line: 90, column: 9, scope: !302)
!323 = !DILocation(line: 91, column: 3, scope: !302)
!324 = distinct !DISubprogram(name: "logf_va", scope: !3, file: !3, line: 94, type: !325, scopeLine: 94, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !327)
!325 = !DISubroutineType(types: !326)
!326 = !{!24, !40, null}
!327 = !{!328, !329, !344, !345}
!328 = !DILocalVariable(name: "fmt", arg: 1, scope: !324, file: !3, line: 94, type: !40)
!329 = !DILocalVariable(name: "ap", scope: !324, file: !3, line: 95, type: !330)
!330 = !DIDerivedType(tag: DW_TAG_typedef, name: "va_list", file: !331, line: 52, baseType: !332)
!331 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!332 = !DIDerivedType(tag: DW_TAG_typedef, name: "__gnuc_va_list", file: !333, line: 12, baseType: !334)
!333 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stdarg___gnuc_va_list.h", directory: "", checksumkind: CSK_MD5, checksum: "edb3f2eab991638e4dc94f6e55e3530f")
!334 = !DIDerivedType(tag: DW_TAG_typedef, name: "__builtin_va_list", file: !3, baseType: !335)
!335 = !DICompositeType(tag: DW_TAG_array_type, baseType: !336, size: 192, elements: !342)
!336 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__va_list_tag", size: 192, elements: !337)
!337 = !{!338, !339, !340, !341}
!338 = !DIDerivedType(tag: DW_TAG_member, name: "gp_offset", scope: !336, file: !3, line: 95, baseType: !6, size: 32)
!339 = !DIDerivedType(tag: DW_TAG_member, name: "fp_offset", scope: !336, file: !3, line: 95, baseType: !6, size: 32, offset: 32)
!340 = !DIDerivedType(tag: DW_TAG_member, name: "overflow_arg_area", scope: !336, file: !3, line: 95, baseType: !150, size: 64, offset: 64)
!341 = !DIDerivedType(tag: DW_TAG_member, name: "reg_save_area", scope: !336, file: !3, line: 95, baseType: !150, size: 64, offset: 128)
!342 = !{!343}
!343 = !DISubrange(count: 1)
!344 = !DILocalVariable(name: "total", scope: !324, file: !3, line: 97, type: !24)
!345 = !DILocalVariable(name: "p", scope: !346, file: !3, line: 98, type: !40)
!346 = distinct !DILexicalBlock(scope: !324, file: !3, line: 98, column: 3)
!347 = distinct !DIAssignID()
!348 = !DILocation(line: 0, scope: !324)
!349 = !DILocation(line: 95, column: 3, scope: !324)
!350 = !DILocation(line: 96, column: 3, scope: !324)
!351 = !DILocation(line: 0, scope: !346)
!352 = !DILocation(line: 98, column: 8, scope: !346)
!353 = !DILocation(line: 98, scope: !346)
!354 = !DILocation(line: 98, column: 29, scope: !355)
!355 = distinct !DILexicalBlock(scope: !346, file: !3, line: 98, column: 3)
!356 = !{!265, !265, i64 0}
!357 = !DILocation(line: 98, column: 3, scope: !346)
!358 = !DILocation(line: 106, column: 3, scope: !324)
!359 = !DILocation(line: 107, column: 3, scope: !324)
!360 = !DILocation(line: 109, column: 1, scope: !324)
!361 = !DILocation(line: 108, column: 3, scope: !324)
!362 = !DILocation(line: 100, column: 16, scope: !363)
!363 = distinct !DILexicalBlock(scope: !364, file: !3, line: 99, column: 9)
!364 = distinct !DILexicalBlock(scope: !355, file: !3, line: 98, column: 38)
!365 = distinct !DIAssignID()
!366 = distinct !DIAssignID()
!367 = !DILocation(line: 100, column: 13, scope: !363)
!368 = !DILocation(line: 100, column: 7, scope: !363)
!369 = !DILocation(line: 102, column: 21, scope: !370)
!370 = distinct !DILexicalBlock(scope: !363, file: !3, line: 101, column: 14)
!371 = distinct !DIAssignID()
!372 = distinct !DIAssignID()
!373 = !DILocation(line: 102, column: 16, scope: !370)
!374 = !DILocation(line: 102, column: 13, scope: !370)
!375 = !DILocation(line: 102, column: 7, scope: !370)
!376 = !DILocation(line: 104, column: 21, scope: !377)
!377 = distinct !DILexicalBlock(scope: !370, file: !3, line: 103, column: 14)
!378 = distinct !DIAssignID()
!379 = distinct !DIAssignID()
!380 = !DILocation(line: 104, column: 16, scope: !377)
!381 = !DILocation(line: 104, column: 13, scope: !377)
!382 = !DILocation(line: 104, column: 7, scope: !377)
!383 = !DILocation(line: 98, column: 34, scope: !355)
!384 = !DILocation(line: 98, column: 3, scope: !355)
!385 = distinct !{!385, !357, !386, !288}
!386 = !DILocation(line: 105, column: 3, scope: !346)
!387 = !DISubprogram(name: "printf", scope: !331, file: !331, line: 356, type: !388, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!388 = !DISubroutineType(types: !389)
!389 = !{!24, !390, null}
!390 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !40)
!391 = distinct !DISubprogram(name: "color_name", scope: !3, file: !3, line: 111, type: !392, scopeLine: 111, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !394)
!392 = !DISubroutineType(types: !393)
!393 = !{!40, !5}
!394 = !{!395}
!395 = !DILocalVariable(name: "c", arg: 1, scope: !391, file: !3, line: 111, type: !5)
!396 = !DILocation(line: 0, scope: !391)
!397 = !DILocation(line: 112, column: 3, scope: !391)
!398 = !DILocation(line: 0, scope: !399)
!399 = distinct !DILexicalBlock(scope: !391, file: !3, line: 112, column: 14)
!400 = !DILocation(line: 118, column: 1, scope: !391)
!401 = distinct !DISubprogram(name: "classify", scope: !3, file: !3, line: 120, type: !212, scopeLine: 120, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !402)
!402 = !{!403}
!403 = !DILocalVariable(name: "x", arg: 1, scope: !401, file: !3, line: 120, type: !24)
!404 = !DILocation(line: 0, scope: !401)
!405 = !DILocation(line: 121, column: 3, scope: !401)
!406 = !DILocation(line: 123, column: 19, scope: !407)
!407 = distinct !DILexicalBlock(scope: !401, file: !3, line: 121, column: 14)
!408 = !DILocation(line: 124, column: 11, scope: !407)
!409 = !DILocation(line: 125, column: 13, scope: !407)
!410 = !DILocation(line: 126, column: 12, scope: !407)
!411 = !DILocation(line: 127, column: 12, scope: !407)
!412 = !DILocation(line: 0, scope: !407)
!413 = !DILocation(line: 129, column: 1, scope: !401)
!414 = distinct !DISubprogram(name: "matrix_trace", scope: !3, file: !3, line: 131, type: !415, scopeLine: 131, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !419)
!415 = !DISubroutineType(types: !416)
!416 = !{!25, !417}
!417 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !418, size: 64)
!418 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !62)
!419 = !{!420, !421, !422, !424, !427, !428, !430, !433}
!420 = !DILocalVariable(name: "n", arg: 1, scope: !414, file: !3, line: 131, type: !417)
!421 = !DILocalVariable(name: "t", scope: !414, file: !3, line: 132, type: !25)
!422 = !DILocalVariable(name: "i", scope: !423, file: !3, line: 133, type: !24)
!423 = distinct !DILexicalBlock(scope: !414, file: !3, line: 133, column: 3)
!424 = !DILocalVariable(name: "j", scope: !425, file: !3, line: 134, type: !24)
!425 = distinct !DILexicalBlock(scope: !426, file: !3, line: 134, column: 5)
!426 = distinct !DILexicalBlock(scope: !423, file: !3, line: 133, column: 3)
!427 = !DILocalVariable(name: "c", scope: !414, file: !3, line: 136, type: !24)
!428 = !DILocalVariable(name: "a", scope: !429, file: !3, line: 137, type: !24)
!429 = distinct !DILexicalBlock(scope: !414, file: !3, line: 137, column: 3)
!430 = !DILocalVariable(name: "b", scope: !431, file: !3, line: 138, type: !24)
!431 = distinct !DILexicalBlock(scope: !432, file: !3, line: 138, column: 5)
!432 = distinct !DILexicalBlock(scope: !429, file: !3, line: 137, column: 3)
!433 = !DILocalVariable(name: "k", scope: !434, file: !3, line: 139, type: !24)
!434 = distinct !DILexicalBlock(scope: !435, file: !3, line: 139, column: 7)
!435 = distinct !DILexicalBlock(scope: !431, file: !3, line: 138, column: 5)
!436 = !DILocation(line: 0, scope: !414)
!437 = !DILocation(line: 0, scope: !423)
!438 = !DILocation(line: 0, scope: !425)
!439 = !DILocation(line: 135, column: 24, scope: !440)
!440 = distinct !DILexicalBlock(scope: !441, file: !3, line: 135, column: 11)
!441 = distinct !DILexicalBlock(scope: !425, file: !3, line: 134, column: 5)
!442 = !DILocation(line: 135, column: 21, scope: !440)
!443 = !DILocation(line: 0, scope: !429)
!444 = !DILocation(line: 0, scope: !431)
!445 = !DILocation(line: 0, scope: !434)
!446 = !DILocation(line: 140, column: 14, scope: !447)
!447 = distinct !DILexicalBlock(scope: !434, file: !3, line: 139, column: 7)
!448 = !DILocation(line: 140, column: 11, scope: !447)
!449 = !DILocation(line: 141, column: 14, scope: !414)
!450 = !DILocation(line: 141, column: 12, scope: !414)
!451 = !DILocation(line: 141, column: 21, scope: !414)
!452 = !DILocation(line: 141, column: 24, scope: !414)
!453 = !DILocation(line: 141, column: 18, scope: !414)
!454 = !DILocation(line: 141, column: 16, scope: !414)
!455 = !DILocation(line: 141, column: 34, scope: !414)
!456 = !DILocation(line: 141, column: 28, scope: !414)
!457 = !DILocation(line: 141, column: 26, scope: !414)
!458 = !DILocation(line: 141, column: 44, scope: !414)
!459 = !DILocation(line: 141, column: 38, scope: !414)
!460 = !DILocation(line: 141, column: 36, scope: !414)
!461 = !DILocation(line: 141, column: 62, scope: !414)
!462 = !DILocation(line: 141, column: 48, scope: !414)
!463 = !DILocation(line: 141, column: 46, scope: !414)
!464 = !DILocation(line: 141, column: 3, scope: !414)
!465 = distinct !DISubprogram(name: "set_flags", scope: !3, file: !3, line: 144, type: !466, scopeLine: 144, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !469)
!466 = !DISubroutineType(types: !467)
!467 = !{null, !468, !6, !24}
!468 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !88, size: 64)
!469 = !{!470, !471, !472}
!470 = !DILocalVariable(name: "f", arg: 1, scope: !465, file: !3, line: 144, type: !468)
!471 = !DILocalVariable(name: "a", arg: 2, scope: !465, file: !3, line: 144, type: !6)
!472 = !DILocalVariable(name: "c", arg: 3, scope: !465, file: !3, line: 144, type: !24)
!473 = !DILocation(line: 0, scope: !465)
!474 = !DILocation(line: 145, column: 8, scope: !465)
!475 = !DILocation(line: 146, column: 12, scope: !465)
!476 = !DILocation(line: 146, column: 8, scope: !465)
!477 = !DILocation(line: 147, column: 8, scope: !465)
!478 = !DILocation(line: 148, column: 32, scope: !465)
!479 = !DILocation(line: 148, column: 8, scope: !465)
!480 = !DILocation(line: 149, column: 1, scope: !465)
!481 = distinct !DISubprogram(name: "apply", scope: !3, file: !3, line: 151, type: !482, scopeLine: 151, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !484)
!482 = !DISubroutineType(types: !483)
!483 = !{!25, !110, !25, !25}
!484 = !{!485, !486, !487}
!485 = !DILocalVariable(name: "op", arg: 1, scope: !481, file: !3, line: 151, type: !110)
!486 = !DILocalVariable(name: "a", arg: 2, scope: !481, file: !3, line: 151, type: !25)
!487 = !DILocalVariable(name: "b", arg: 3, scope: !481, file: !3, line: 151, type: !25)
!488 = !DILocation(line: 0, scope: !481)
!489 = !DILocation(line: 151, column: 55, scope: !481)
!490 = !DILocation(line: 151, column: 48, scope: !481)
!491 = distinct !DISubprogram(name: "apply_all", scope: !3, file: !3, line: 153, type: !112, scopeLine: 153, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !492)
!492 = !{!493, !494, !495, !496}
!493 = !DILocalVariable(name: "a", arg: 1, scope: !491, file: !3, line: 153, type: !25)
!494 = !DILocalVariable(name: "b", arg: 2, scope: !491, file: !3, line: 153, type: !25)
!495 = !DILocalVariable(name: "s", scope: !491, file: !3, line: 154, type: !25)
!496 = !DILocalVariable(name: "i", scope: !497, file: !3, line: 155, type: !6)
!497 = distinct !DILexicalBlock(scope: !491, file: !3, line: 155, column: 3)
!498 = !DILocation(line: 0, scope: !491)
!499 = !DILocation(line: 0, scope: !497)
!500 = !DILocation(line: 156, column: 16, scope: !501)
!501 = distinct !DILexicalBlock(scope: !497, file: !3, line: 155, column: 3)
!502 = !{!503, !503, i64 0}
!503 = !{!"any pointer", !265, i64 0}
!504 = !DILocation(line: 0, scope: !481, inlinedAt: !505)
!505 = distinct !DILocation(line: 156, column: 10, scope: !501)
!506 = !DILocation(line: 151, column: 55, scope: !481, inlinedAt: !505)
!507 = !DILocation(line: 156, column: 7, scope: !501)
!508 = !DILocation(line: 157, column: 3, scope: !491)
!509 = distinct !DISubprogram(name: "asm_add", scope: !3, file: !3, line: 160, type: !138, scopeLine: 160, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !510)
!510 = !{!511, !512, !513}
!511 = !DILocalVariable(name: "a", arg: 1, scope: !509, file: !3, line: 160, type: !24)
!512 = !DILocalVariable(name: "b", arg: 2, scope: !509, file: !3, line: 160, type: !24)
!513 = !DILocalVariable(name: "out", scope: !509, file: !3, line: 161, type: !24)
!514 = !DILocation(line: 0, scope: !509)
!515 = !DILocation(line: 163, column: 3, scope: !509)
!516 = !{i64 4114}
!517 = !DILocation(line: 167, column: 3, scope: !509)
!518 = distinct !DISubprogram(name: "asm_barrier", scope: !3, file: !3, line: 170, type: !519, scopeLine: 170, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2)
!519 = !DISubroutineType(types: !520)
!520 = !{null}
!521 = !DILocation(line: 170, column: 26, scope: !518)
!522 = !{i64 4262}
!523 = !DILocation(line: 170, column: 65, scope: !518)
!524 = distinct !DISubprogram(name: "atomics", scope: !3, file: !3, line: 172, type: !525, scopeLine: 172, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !527)
!525 = !DISubroutineType(types: !526)
!526 = !{!30, !30}
!527 = !{!528, !529, !530, !531}
!528 = !DILocalVariable(name: "v", arg: 1, scope: !524, file: !3, line: 172, type: !30)
!529 = !DILocalVariable(name: "old", scope: !524, file: !3, line: 174, type: !30)
!530 = !DILocalVariable(name: "expected", scope: !524, file: !3, line: 175, type: !24)
!531 = !DILocalVariable(name: "loaded", scope: !524, file: !3, line: 177, type: !30)
!532 = !DILocation(line: 0, scope: !524)
!533 = !DILocation(line: 173, column: 3, scope: !524)
!534 = !DILocation(line: 174, column: 46, scope: !524)
!535 = !DILocation(line: 174, column: 14, scope: !524)
!536 = !DILocation(line: 176, column: 3, scope: !524)
!537 = !DILocation(line: 177, column: 17, scope: !524)
!538 = !DILocation(line: 177, column: 81, scope: !524)
!539 = !DILocation(line: 178, column: 21, scope: !524)
!540 = !DILocation(line: 178, column: 3, scope: !524)
!541 = !DILocation(line: 179, column: 3, scope: !524)
!542 = !DILocation(line: 180, column: 3, scope: !524)
!543 = !DILocation(line: 181, column: 25, scope: !524)
!544 = !DILocation(line: 177, column: 79, scope: !524)
!545 = !DILocation(line: 181, column: 14, scope: !524)
!546 = !DILocation(line: 181, column: 23, scope: !524)
!547 = !DILocation(line: 181, column: 3, scope: !524)
!548 = distinct !DISubprogram(name: "vec_fma", scope: !3, file: !3, line: 184, type: !549, scopeLine: 184, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !553)
!549 = !DISubroutineType(types: !550)
!550 = !{!551, !551, !551, !551}
!551 = !DIDerivedType(tag: DW_TAG_typedef, name: "v4d", file: !3, line: 43, baseType: !552)
!552 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 256, flags: DIFlagVector, elements: !66)
!553 = !{!554, !555, !556}
!554 = !DILocalVariable(name: "a", arg: 1, scope: !548, file: !3, line: 184, type: !551)
!555 = !DILocalVariable(name: "b", arg: 2, scope: !548, file: !3, line: 184, type: !551)
!556 = !DILocalVariable(name: "c", arg: 3, scope: !548, file: !3, line: 184, type: !551)
!557 = !DILocation(line: 0, scope: !548)
!558 = !DILocation(line: 184, column: 49, scope: !548)
!559 = !DILocation(line: 184, column: 36, scope: !548)
!560 = distinct !DISubprogram(name: "vec_shuffle", scope: !3, file: !3, line: 185, type: !561, scopeLine: 185, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !565)
!561 = !DISubroutineType(types: !562)
!562 = !{!563, !563, !563}
!563 = !DIDerivedType(tag: DW_TAG_typedef, name: "v4f", file: !3, line: 44, baseType: !564)
!564 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 128, flags: DIFlagVector, elements: !66)
!565 = !{!566, !567}
!566 = !DILocalVariable(name: "a", arg: 1, scope: !560, file: !3, line: 185, type: !563)
!567 = !DILocalVariable(name: "b", arg: 2, scope: !560, file: !3, line: 185, type: !563)
!568 = !DILocation(line: 0, scope: !560)
!569 = !DILocation(line: 185, column: 40, scope: !560)
!570 = !DILocation(line: 185, column: 33, scope: !560)
!571 = distinct !DISubprogram(name: "vec_cmp", scope: !3, file: !3, line: 186, type: !572, scopeLine: 186, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !576)
!572 = !DISubroutineType(types: !573)
!573 = !{!574, !574, !574}
!574 = !DIDerivedType(tag: DW_TAG_typedef, name: "v8i", file: !3, line: 45, baseType: !575)
!575 = !DICompositeType(tag: DW_TAG_array_type, baseType: !24, size: 256, flags: DIFlagVector, elements: !85)
!576 = !{!577, !578}
!577 = !DILocalVariable(name: "a", arg: 1, scope: !571, file: !3, line: 186, type: !574)
!578 = !DILocalVariable(name: "b", arg: 2, scope: !571, file: !3, line: 186, type: !574)
!579 = !DILocation(line: 0, scope: !571)
!580 = !DILocation(line: 186, column: 39, scope: !571)
!581 = !DILocation(line: 186, column: 49, scope: !571)
!582 = !DILocation(line: 186, column: 44, scope: !571)
!583 = !DILocation(line: 186, column: 29, scope: !571)
!584 = distinct !DISubprogram(name: "vec_extract", scope: !3, file: !3, line: 187, type: !585, scopeLine: 187, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !587)
!585 = !DISubroutineType(types: !586)
!586 = !{!29, !563, !24}
!587 = !{!588, !589}
!588 = !DILocalVariable(name: "a", arg: 1, scope: !584, file: !3, line: 187, type: !563)
!589 = !DILocalVariable(name: "i", arg: 2, scope: !584, file: !3, line: 187, type: !24)
!590 = !DILocation(line: 0, scope: !584)
!591 = !DILocation(line: 187, column: 42, scope: !584)
!592 = !DILocation(line: 187, column: 49, scope: !584)
!593 = !DILocation(line: 187, column: 47, scope: !584)
!594 = !DILocation(line: 187, column: 35, scope: !584)
!595 = !DILocation(line: 0, scope: !137)
!596 = !DILocation(line: 192, column: 15, scope: !137)
!597 = !DILocation(line: 193, column: 9, scope: !137)
!598 = !DILocation(line: 193, column: 3, scope: !137)
!599 = !DILocation(line: 194, column: 1, scope: !137)
!600 = !DILocation(line: 195, column: 7, scope: !137)
!601 = !DILocation(line: 196, column: 11, scope: !602)
!602 = distinct !DILexicalBlock(scope: !137, file: !3, line: 196, column: 7)
!603 = !DILocation(line: 196, column: 7, scope: !137)
!604 = !DILocation(line: 196, column: 32, scope: !602)
!605 = !DILocation(line: 196, column: 39, scope: !602)
!606 = !DILocation(line: 196, column: 16, scope: !602)
!607 = !DILocation(line: 198, column: 1, scope: !137)
!608 = !DILocation(line: 199, column: 7, scope: !137)
!609 = !DILocation(line: 200, column: 11, scope: !610)
!610 = distinct !DILexicalBlock(scope: !137, file: !3, line: 200, column: 7)
!611 = !DILocation(line: 200, column: 7, scope: !137)
!612 = !DILocation(line: 202, column: 1, scope: !137)
!613 = !DILocation(line: 203, column: 7, scope: !137)
!614 = !DILocation(line: 204, column: 11, scope: !615)
!615 = distinct !DILexicalBlock(scope: !137, file: !3, line: 204, column: 7)
!616 = !DILocation(line: 204, column: 7, scope: !137)
!617 = !DILocation(line: 205, column: 1, scope: !137)
!618 = !DILocation(line: 206, column: 3, scope: !137)
!619 = distinct !DISubprogram(name: "ld_ops", scope: !3, file: !3, line: 209, type: !620, scopeLine: 209, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !622)
!620 = !DISubroutineType(types: !621)
!621 = !{!97, !97, !97}
!622 = !{!623, !624}
!623 = !DILocalVariable(name: "a", arg: 1, scope: !619, file: !3, line: 209, type: !97)
!624 = !DILocalVariable(name: "b", arg: 2, scope: !619, file: !3, line: 209, type: !97)
!625 = !DILocation(line: 0, scope: !619)
!626 = !DILocation(line: 209, column: 67, scope: !619)
!627 = !{!628, !628, i64 0}
!628 = !{!"long double", !265, i64 0}
!629 = !DILocation(line: 209, column: 77, scope: !619)
!630 = !DILocation(line: 209, column: 72, scope: !619)
!631 = !DILocation(line: 209, column: 65, scope: !619)
!632 = !DILocation(line: 209, column: 52, scope: !619)
!633 = distinct !DISubprogram(name: "i128_ops", scope: !3, file: !3, line: 211, type: !634, scopeLine: 211, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !636)
!634 = !DISubroutineType(types: !635)
!635 = !{!27, !27, !164}
!636 = !{!637, !638}
!637 = !DILocalVariable(name: "a", arg: 1, scope: !633, file: !3, line: 211, type: !27)
!638 = !DILocalVariable(name: "b", arg: 2, scope: !633, file: !3, line: 211, type: !164)
!639 = !DILocation(line: 0, scope: !633)
!640 = !DILocation(line: 212, column: 14, scope: !633)
!641 = !DILocation(line: 212, column: 10, scope: !633)
!642 = !{!643, !643, i64 0}
!643 = !{!"__int128", !265, i64 0}
!644 = !DILocation(line: 213, column: 12, scope: !633)
!645 = !DILocation(line: 213, column: 31, scope: !633)
!646 = !DILocation(line: 213, column: 26, scope: !633)
!647 = !DILocation(line: 213, column: 39, scope: !633)
!648 = !DILocation(line: 213, column: 45, scope: !633)
!649 = !DILocation(line: 213, column: 37, scope: !633)
!650 = !DILocation(line: 213, column: 3, scope: !633)
!651 = distinct !DISubprogram(name: "vla_sum", scope: !3, file: !3, line: 216, type: !652, scopeLine: 216, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !654)
!652 = !DISubroutineType(types: !653)
!653 = !{!25, !24, !24}
!654 = !{!655, !656, !657, !658, !659, !664, !666, !668, !672, !673, !675}
!655 = !DILocalVariable(name: "n", arg: 1, scope: !651, file: !3, line: 216, type: !24)
!656 = !DILocalVariable(name: "m", arg: 2, scope: !651, file: !3, line: 216, type: !24)
!657 = !DILocalVariable(name: "__vla_expr0", scope: !651, type: !23, flags: DIFlagArtificial)
!658 = !DILocalVariable(name: "__vla_expr1", scope: !651, type: !23, flags: DIFlagArtificial)
!659 = !DILocalVariable(name: "arr", scope: !651, file: !3, line: 217, type: !660)
!660 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, elements: !661)
!661 = !{!662, !663}
!662 = !DISubrange(count: !657)
!663 = !DISubrange(count: !658)
!664 = !DILocalVariable(name: "heap", scope: !651, file: !3, line: 218, type: !665)
!665 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64)
!666 = !DILocalVariable(name: "i", scope: !667, file: !3, line: 219, type: !24)
!667 = distinct !DILexicalBlock(scope: !651, file: !3, line: 219, column: 3)
!668 = !DILocalVariable(name: "j", scope: !669, file: !3, line: 221, type: !24)
!669 = distinct !DILexicalBlock(scope: !670, file: !3, line: 221, column: 5)
!670 = distinct !DILexicalBlock(scope: !671, file: !3, line: 219, column: 31)
!671 = distinct !DILexicalBlock(scope: !667, file: !3, line: 219, column: 3)
!672 = !DILocalVariable(name: "s", scope: !651, file: !3, line: 224, type: !25)
!673 = !DILocalVariable(name: "i", scope: !674, file: !3, line: 225, type: !24)
!674 = distinct !DILexicalBlock(scope: !651, file: !3, line: 225, column: 3)
!675 = !DILocalVariable(name: "j", scope: !676, file: !3, line: 226, type: !24)
!676 = distinct !DILexicalBlock(scope: !677, file: !3, line: 226, column: 5)
!677 = distinct !DILexicalBlock(scope: !674, file: !3, line: 225, column: 3)
!678 = !DILocation(line: 0, scope: !651)
!679 = !DILocation(line: 217, column: 3, scope: !651)
!680 = !DILocation(line: 217, column: 10, scope: !651)
!681 = !DILocation(line: 218, column: 52, scope: !651)
!682 = !DILocation(line: 218, column: 50, scope: !651)
!683 = !DILocation(line: 218, column: 18, scope: !651)
!684 = !DILocation(line: 0, scope: !667)
!685 = !DILocation(line: 219, column: 21, scope: !671)
!686 = !DILocation(line: 219, column: 3, scope: !667)
!687 = !DILocation(line: 0, scope: !674)
!688 = !DILocation(line: 225, column: 3, scope: !674)
!689 = !DILocation(line: 220, column: 15, scope: !670)
!690 = !DILocation(line: 220, column: 5, scope: !670)
!691 = !DILocation(line: 220, column: 13, scope: !670)
!692 = !DILocation(line: 0, scope: !669)
!693 = !DILocation(line: 221, column: 5, scope: !669)
!694 = !DILocation(line: 221, column: 29, scope: !695)
!695 = distinct !DILexicalBlock(scope: !669, file: !3, line: 221, column: 5)
!696 = !DILocation(line: 222, column: 25, scope: !695)
!697 = !DILocation(line: 222, column: 19, scope: !695)
!698 = !DILocation(line: 222, column: 7, scope: !695)
!699 = !DILocation(line: 222, column: 17, scope: !695)
!700 = distinct !{!700, !693, !701, !288, !702, !703}
!701 = !DILocation(line: 222, column: 27, scope: !669)
!702 = !{!"llvm.loop.isvectorized", i32 1}
!703 = !{!"llvm.loop.unroll.runtime.disable"}
!704 = !DILocation(line: 219, column: 27, scope: !671)
!705 = distinct !{!705, !686, !706, !288}
!706 = !DILocation(line: 223, column: 3, scope: !667)
!707 = !DILocation(line: 221, column: 23, scope: !695)
!708 = distinct !{!708, !693, !701, !288, !703, !702}
!709 = !DILocation(line: 0, scope: !676)
!710 = !DILocation(line: 226, column: 5, scope: !676)
!711 = !DILocation(line: 224, column: 10, scope: !651)
!712 = !DILocation(line: 229, column: 1, scope: !651)
!713 = !DILocation(line: 227, column: 12, scope: !714)
!714 = distinct !DILexicalBlock(scope: !676, file: !3, line: 226, column: 5)
!715 = !DILocation(line: 227, column: 9, scope: !714)
!716 = !DILocation(line: 226, column: 29, scope: !714)
!717 = distinct !{!717, !718}
!718 = !{!"llvm.loop.unroll.disable"}
!719 = !DILocation(line: 225, column: 27, scope: !677)
!720 = !DILocation(line: 225, column: 21, scope: !677)
!721 = distinct !{!721, !688, !722, !288}
!722 = !DILocation(line: 227, column: 30, scope: !674)
!723 = distinct !{!723, !710, !724, !288}
!724 = !DILocation(line: 227, column: 30, scope: !676)
!725 = distinct !DISubprogram(name: "string_stuff", scope: !3, file: !3, line: 231, type: !726, scopeLine: 231, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !728)
!726 = !DISubroutineType(types: !727)
!727 = !{!6, !40}
!728 = !{!729, !730, !734, !735}
!729 = !DILocalVariable(name: "s", arg: 1, scope: !725, file: !3, line: 231, type: !40)
!730 = !DILocalVariable(name: "buf", scope: !725, file: !3, line: 232, type: !731)
!731 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 512, elements: !732)
!732 = !{!733}
!733 = !DISubrange(count: 64)
!734 = !DILocalVariable(name: "h", scope: !725, file: !3, line: 236, type: !6)
!735 = !DILocalVariable(name: "i", scope: !736, file: !3, line: 237, type: !21)
!736 = distinct !DILexicalBlock(scope: !725, file: !3, line: 237, column: 3)
!737 = distinct !DIAssignID()
!738 = !DILocation(line: 0, scope: !725)
!739 = !DILocation(line: 232, column: 3, scope: !725)
!740 = !DILocation(line: 233, column: 3, scope: !725)
!741 = !DILocation(line: 234, column: 3, scope: !725)
!742 = !DILocation(line: 234, column: 11, scope: !725)
!743 = distinct !DIAssignID()
!744 = !DILocation(line: 235, column: 3, scope: !725)
!745 = !DILocation(line: 0, scope: !736)
!746 = !DILocation(line: 237, column: 24, scope: !747)
!747 = distinct !DILexicalBlock(scope: !736, file: !3, line: 237, column: 3)
!748 = !DILocation(line: 237, column: 3, scope: !736)
!749 = !DILocation(line: 238, column: 11, scope: !747)
!750 = !DILocation(line: 238, column: 33, scope: !747)
!751 = !DILocation(line: 238, column: 18, scope: !747)
!752 = !DILocation(line: 238, column: 16, scope: !747)
!753 = !DILocation(line: 237, column: 40, scope: !747)
!754 = distinct !{!754, !718}
!755 = !DILocation(line: 239, column: 12, scope: !725)
!756 = !DILocation(line: 239, column: 31, scope: !725)
!757 = !DILocation(line: 239, column: 24, scope: !725)
!758 = !DILocation(line: 239, column: 14, scope: !725)
!759 = !DILocation(line: 239, column: 43, scope: !725)
!760 = !DILocation(line: 240, column: 1, scope: !725)
!761 = !DILocation(line: 239, column: 3, scope: !725)
!762 = distinct !{!762, !748, !763, !288}
!763 = !DILocation(line: 238, column: 38, scope: !736)
!764 = !DISubprogram(name: "strncpy", scope: !765, file: !765, line: 144, type: !766, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!765 = !DIFile(filename: "/usr/include/string.h", directory: "", checksumkind: CSK_MD5, checksum: "0ee11a08692643b86154f96759d0f7fa")
!766 = !DISubroutineType(types: !767)
!767 = !{!768, !769, !390, !21}
!768 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64)
!769 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !768)
!770 = !DISubprogram(name: "strlen", scope: !765, file: !765, line: 407, type: !771, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!771 = !DISubroutineType(types: !772)
!772 = !{!23, !40}
!773 = distinct !DISubprogram(name: "float_stuff", scope: !3, file: !3, line: 242, type: !774, scopeLine: 242, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !776)
!774 = !DISubroutineType(types: !775)
!775 = !{!29, !29, !25, !24, !6}
!776 = !{!777, !778, !779, !780, !781, !782}
!777 = !DILocalVariable(name: "a", arg: 1, scope: !773, file: !3, line: 242, type: !29)
!778 = !DILocalVariable(name: "b", arg: 2, scope: !773, file: !3, line: 242, type: !25)
!779 = !DILocalVariable(name: "i", arg: 3, scope: !773, file: !3, line: 242, type: !24)
!780 = !DILocalVariable(name: "u", arg: 4, scope: !773, file: !3, line: 242, type: !6)
!781 = !DILocalVariable(name: "r", scope: !773, file: !3, line: 243, type: !29)
!782 = !DILocalVariable(name: "d", scope: !773, file: !3, line: 245, type: !25)
!783 = !DILocation(line: 0, scope: !773)
!784 = !DILocation(line: 243, column: 17, scope: !773)
!785 = !DILocation(line: 243, column: 15, scope: !773)
!786 = !DILocation(line: 244, column: 8, scope: !773)
!787 = !DILocation(line: 244, column: 19, scope: !773)
!788 = !DILocation(line: 244, column: 17, scope: !773)
!789 = !DILocation(line: 244, column: 5, scope: !773)
!790 = !DILocation(line: 246, column: 9, scope: !791)
!791 = distinct !DILexicalBlock(scope: !773, file: !3, line: 246, column: 7)
!792 = !DILocation(line: 246, column: 7, scope: !773)
!793 = !DILocation(line: 247, column: 10, scope: !773)
!794 = !DILocation(line: 247, column: 36, scope: !773)
!795 = !DILocation(line: 247, column: 29, scope: !773)
!796 = !DILocation(line: 247, column: 27, scope: !773)
!797 = !DILocation(line: 247, column: 53, scope: !773)
!798 = !DILocation(line: 247, column: 46, scope: !773)
!799 = !DILocation(line: 247, column: 44, scope: !773)
!800 = !DILocation(line: 247, column: 3, scope: !773)
!801 = !DILocation(line: 248, column: 1, scope: !773)
!802 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 250, type: !803, scopeLine: 250, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !806)
!803 = !DISubroutineType(types: !804)
!804 = !{!24, !24, !805}
!805 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !768, size: 64)
!806 = !{!807, !808, !809, !810, !811, !812, !813, !814, !815, !816}
!807 = !DILocalVariable(name: "argc", arg: 1, scope: !802, file: !3, line: 250, type: !24)
!808 = !DILocalVariable(name: "argv", arg: 2, scope: !802, file: !3, line: 250, type: !805)
!809 = !DILocalVariable(name: "local", scope: !802, file: !3, line: 251, type: !52)
!810 = !DILocalVariable(name: "n", scope: !802, file: !3, line: 253, type: !62)
!811 = !DILocalVariable(name: "u", scope: !802, file: !3, line: 256, type: !76)
!812 = !DILocalVariable(name: "r", scope: !802, file: !3, line: 257, type: !44)
!813 = !DILocalVariable(name: "total", scope: !802, file: !3, line: 258, type: !25)
!814 = !DILocalVariable(name: "a", scope: !802, file: !3, line: 265, type: !551)
!815 = !DILocalVariable(name: "v", scope: !802, file: !3, line: 266, type: !551)
!816 = !DILocalVariable(name: "p", scope: !802, file: !3, line: 271, type: !150)
!817 = distinct !DIAssignID()
!818 = !DILocation(line: 0, scope: !802)
!819 = !DILocation(line: 0, scope: !289, inlinedAt: !820)
!820 = distinct !DILocation(line: 252, column: 3, scope: !802)
!821 = !DILocation(line: 84, column: 3, scope: !289, inlinedAt: !820)
!822 = !DILocation(line: 253, column: 21, scope: !802)
!823 = distinct !DIAssignID()
!824 = distinct !DIAssignID()
!825 = distinct !DIAssignID()
!826 = !DILocation(line: 0, scope: !465, inlinedAt: !827)
!827 = distinct !DILocation(line: 255, column: 3, scope: !802)
!828 = !DILocation(line: 145, column: 8, scope: !465, inlinedAt: !827)
!829 = !DILocation(line: 147, column: 8, scope: !465, inlinedAt: !827)
!830 = !DILocation(line: 148, column: 8, scope: !465, inlinedAt: !827)
!831 = !DILocation(line: 0, scope: !302, inlinedAt: !832)
!832 = distinct !DILocation(line: 257, column: 20, scope: !802)
!833 = !DILocation(line: 0, scope: !243, inlinedAt: !834)
!834 = distinct !DILocation(line: 258, column: 18, scope: !802)
!835 = !DILocation(line: 0, scope: !253, inlinedAt: !834)
!836 = !DILocation(line: 79, column: 10, scope: !257, inlinedAt: !834)
!837 = !DILocation(line: 79, column: 28, scope: !257, inlinedAt: !834)
!838 = !DILocation(line: 79, column: 17, scope: !257, inlinedAt: !834)
!839 = !DILocation(line: 79, column: 37, scope: !257, inlinedAt: !834)
!840 = !DILocation(line: 79, column: 35, scope: !257, inlinedAt: !834)
!841 = !DILocation(line: 79, column: 46, scope: !257, inlinedAt: !834)
!842 = !DILocation(line: 79, column: 7, scope: !257, inlinedAt: !834)
!843 = !DILocation(line: 89, column: 7, scope: !302, inlinedAt: !832)
!844 = !DILocation(line: 0, scope: !414, inlinedAt: !845)
!845 = distinct !DILocation(line: 258, column: 40, scope: !802)
!846 = !DILocation(line: 0, scope: !423, inlinedAt: !845)
!847 = !DILocation(line: 0, scope: !425, inlinedAt: !845)
!848 = !DILocation(line: 135, column: 21, scope: !440, inlinedAt: !845)
!849 = !DILocation(line: 0, scope: !429, inlinedAt: !845)
!850 = !DILocation(line: 0, scope: !431, inlinedAt: !845)
!851 = !DILocation(line: 0, scope: !434, inlinedAt: !845)
!852 = !DILocation(line: 140, column: 11, scope: !447, inlinedAt: !845)
!853 = !DILocation(line: 141, column: 14, scope: !414, inlinedAt: !845)
!854 = !DILocation(line: 141, column: 12, scope: !414, inlinedAt: !845)
!855 = !DILocation(line: 141, column: 18, scope: !414, inlinedAt: !845)
!856 = !DILocation(line: 141, column: 16, scope: !414, inlinedAt: !845)
!857 = !DILocation(line: 141, column: 34, scope: !414, inlinedAt: !845)
!858 = !DILocation(line: 141, column: 28, scope: !414, inlinedAt: !845)
!859 = !DILocation(line: 141, column: 26, scope: !414, inlinedAt: !845)
!860 = !DILocation(line: 141, column: 44, scope: !414, inlinedAt: !845)
!861 = !DILocation(line: 141, column: 38, scope: !414, inlinedAt: !845)
!862 = !DILocation(line: 141, column: 36, scope: !414, inlinedAt: !845)
!863 = !DILocation(line: 141, column: 62, scope: !414, inlinedAt: !845)
!864 = !DILocation(line: 141, column: 48, scope: !414, inlinedAt: !845)
!865 = !DILocation(line: 141, column: 46, scope: !414, inlinedAt: !845)
!866 = !DILocation(line: 258, column: 38, scope: !802)
!867 = !DILocation(line: 258, column: 57, scope: !802)
!868 = !DILocation(line: 0, scope: !491, inlinedAt: !869)
!869 = distinct !DILocation(line: 258, column: 65, scope: !802)
!870 = !DILocation(line: 0, scope: !497, inlinedAt: !869)
!871 = !DILocation(line: 156, column: 16, scope: !501, inlinedAt: !869)
!872 = !DILocation(line: 0, scope: !481, inlinedAt: !873)
!873 = distinct !DILocation(line: 156, column: 10, scope: !501, inlinedAt: !869)
!874 = !DILocation(line: 151, column: 55, scope: !481, inlinedAt: !873)
!875 = !DILocation(line: 156, column: 7, scope: !501, inlinedAt: !869)
!876 = !DILocation(line: 258, column: 63, scope: !802)
!877 = !DILocation(line: 259, column: 25, scope: !802)
!878 = !DILocation(line: 259, column: 12, scope: !802)
!879 = !DILocation(line: 259, column: 9, scope: !802)
!880 = !DILocation(line: 0, scope: !619, inlinedAt: !881)
!881 = distinct !DILocation(line: 260, column: 20, scope: !802)
!882 = !DILocation(line: 209, column: 67, scope: !619, inlinedAt: !881)
!883 = !DILocation(line: 209, column: 65, scope: !619, inlinedAt: !881)
!884 = !DILocation(line: 260, column: 12, scope: !802)
!885 = !DILocation(line: 260, column: 49, scope: !802)
!886 = !DILocation(line: 0, scope: !633, inlinedAt: !887)
!887 = distinct !DILocation(line: 260, column: 49, scope: !802)
!888 = !DILocation(line: 212, column: 10, scope: !633, inlinedAt: !887)
!889 = !DILocation(line: 213, column: 12, scope: !633, inlinedAt: !887)
!890 = !DILocation(line: 213, column: 31, scope: !633, inlinedAt: !887)
!891 = !DILocation(line: 213, column: 26, scope: !633, inlinedAt: !887)
!892 = !DILocation(line: 213, column: 39, scope: !633, inlinedAt: !887)
!893 = !DILocation(line: 213, column: 45, scope: !633, inlinedAt: !887)
!894 = !DILocation(line: 213, column: 37, scope: !633, inlinedAt: !887)
!895 = !DILocation(line: 260, column: 41, scope: !802)
!896 = !DILocation(line: 260, column: 39, scope: !802)
!897 = !DILocation(line: 260, column: 9, scope: !802)
!898 = !DILocation(line: 261, column: 12, scope: !802)
!899 = !DILocation(line: 0, scope: !524, inlinedAt: !900)
!900 = distinct !DILocation(line: 261, column: 37, scope: !802)
!901 = !DILocation(line: 173, column: 3, scope: !524, inlinedAt: !900)
!902 = !DILocation(line: 174, column: 14, scope: !524, inlinedAt: !900)
!903 = !DILocation(line: 176, column: 3, scope: !524, inlinedAt: !900)
!904 = !DILocation(line: 177, column: 17, scope: !524, inlinedAt: !900)
!905 = !DILocation(line: 177, column: 81, scope: !524, inlinedAt: !900)
!906 = !DILocation(line: 178, column: 21, scope: !524, inlinedAt: !900)
!907 = !DILocation(line: 178, column: 3, scope: !524, inlinedAt: !900)
!908 = !DILocation(line: 179, column: 3, scope: !524, inlinedAt: !900)
!909 = !DILocation(line: 180, column: 3, scope: !524, inlinedAt: !900)
!910 = !DILocation(line: 181, column: 25, scope: !524, inlinedAt: !900)
!911 = !DILocation(line: 0, scope: !509, inlinedAt: !912)
!912 = distinct !DILocation(line: 261, column: 53, scope: !802)
!913 = !DILocation(line: 163, column: 3, scope: !509, inlinedAt: !912)
!914 = !DILocation(line: 261, column: 53, scope: !802)
!915 = !DILocation(line: 0, scope: !401, inlinedAt: !916)
!916 = distinct !DILocation(line: 261, column: 72, scope: !802)
!917 = !DILocation(line: 121, column: 3, scope: !401, inlinedAt: !916)
!918 = !DILocation(line: 123, column: 19, scope: !407, inlinedAt: !916)
!919 = !DILocation(line: 124, column: 11, scope: !407, inlinedAt: !916)
!920 = !DILocation(line: 125, column: 13, scope: !407, inlinedAt: !916)
!921 = !DILocation(line: 126, column: 12, scope: !407, inlinedAt: !916)
!922 = !DILocation(line: 127, column: 12, scope: !407, inlinedAt: !916)
!923 = !DILocation(line: 0, scope: !407, inlinedAt: !916)
!924 = !DILocation(line: 177, column: 79, scope: !524, inlinedAt: !900)
!925 = !DILocation(line: 181, column: 14, scope: !524, inlinedAt: !900)
!926 = !DILocation(line: 181, column: 23, scope: !524, inlinedAt: !900)
!927 = !DILocation(line: 261, column: 35, scope: !802)
!928 = !DILocation(line: 261, column: 51, scope: !802)
!929 = !DILocation(line: 261, column: 70, scope: !802)
!930 = !DILocation(line: 261, column: 9, scope: !802)
!931 = !DILocation(line: 0, scope: !225, inlinedAt: !932)
!932 = distinct !DILocation(line: 262, column: 12, scope: !802)
!933 = !DILocation(line: 72, column: 31, scope: !225, inlinedAt: !932)
!934 = !DILocation(line: 72, column: 61, scope: !225, inlinedAt: !932)
!935 = !DILocation(line: 262, column: 47, scope: !802)
!936 = !DILocation(line: 262, column: 42, scope: !802)
!937 = !DILocation(line: 262, column: 53, scope: !802)
!938 = !DILocation(line: 0, scope: !725, inlinedAt: !939)
!939 = distinct !DILocation(line: 262, column: 29, scope: !802)
!940 = !DILocation(line: 232, column: 3, scope: !725, inlinedAt: !939)
!941 = !DILocation(line: 233, column: 3, scope: !725, inlinedAt: !939)
!942 = !DILocation(line: 234, column: 3, scope: !725, inlinedAt: !939)
!943 = !DILocation(line: 234, column: 11, scope: !725, inlinedAt: !939)
!944 = distinct !DIAssignID()
!945 = !DILocation(line: 235, column: 3, scope: !725, inlinedAt: !939)
!946 = !DILocation(line: 0, scope: !736, inlinedAt: !939)
!947 = !DILocation(line: 237, column: 24, scope: !747, inlinedAt: !939)
!948 = !DILocation(line: 237, column: 3, scope: !736, inlinedAt: !939)
!949 = !DILocation(line: 238, column: 11, scope: !747, inlinedAt: !939)
!950 = !DILocation(line: 238, column: 33, scope: !747, inlinedAt: !939)
!951 = !DILocation(line: 238, column: 18, scope: !747, inlinedAt: !939)
!952 = !DILocation(line: 238, column: 16, scope: !747, inlinedAt: !939)
!953 = !DILocation(line: 237, column: 40, scope: !747, inlinedAt: !939)
!954 = distinct !{!954, !718}
!955 = !DILocation(line: 239, column: 12, scope: !725, inlinedAt: !939)
!956 = !DILocation(line: 239, column: 31, scope: !725, inlinedAt: !939)
!957 = distinct !{!957, !948, !958, !288}
!958 = !DILocation(line: 238, column: 38, scope: !736, inlinedAt: !939)
!959 = !DILocation(line: 239, column: 24, scope: !725, inlinedAt: !939)
!960 = !DILocation(line: 239, column: 14, scope: !725, inlinedAt: !939)
!961 = !DILocation(line: 240, column: 1, scope: !725, inlinedAt: !939)
!962 = !DILocation(line: 239, column: 43, scope: !725, inlinedAt: !939)
!963 = !DILocation(line: 72, column: 44, scope: !225, inlinedAt: !932)
!964 = !DILocation(line: 72, column: 59, scope: !225, inlinedAt: !932)
!965 = !DILocation(line: 262, column: 27, scope: !802)
!966 = !DILocation(line: 262, column: 12, scope: !802)
!967 = !DILocation(line: 0, scope: !773, inlinedAt: !968)
!968 = distinct !DILocation(line: 262, column: 70, scope: !802)
!969 = !DILocation(line: 244, column: 8, scope: !773, inlinedAt: !968)
!970 = !DILocation(line: 244, column: 17, scope: !773, inlinedAt: !968)
!971 = !DILocation(line: 244, column: 5, scope: !773, inlinedAt: !968)
!972 = !DILocation(line: 247, column: 10, scope: !773, inlinedAt: !968)
!973 = !DILocation(line: 247, column: 27, scope: !773, inlinedAt: !968)
!974 = !DILocation(line: 247, column: 44, scope: !773, inlinedAt: !968)
!975 = !DILocation(line: 262, column: 68, scope: !802)
!976 = !DILocation(line: 262, column: 9, scope: !802)
!977 = !DILocation(line: 263, column: 7, scope: !978)
!978 = distinct !DILexicalBlock(scope: !802, file: !3, line: 263, column: 7)
!979 = !DILocation(line: 263, column: 7, scope: !802)
!980 = !DILocation(line: 264, column: 14, scope: !978)
!981 = !DILocation(line: 264, column: 11, scope: !978)
!982 = !DILocation(line: 264, column: 5, scope: !978)
!983 = !DILocation(line: 267, column: 94, scope: !802)
!984 = !DILocation(line: 0, scope: !584, inlinedAt: !985)
!985 = distinct !DILocation(line: 267, column: 26, scope: !802)
!986 = !DILocation(line: 187, column: 42, scope: !584, inlinedAt: !985)
!987 = !DILocation(line: 187, column: 47, scope: !584, inlinedAt: !985)
!988 = !DILocation(line: 267, column: 26, scope: !802)
!989 = !DILocation(line: 267, column: 24, scope: !802)
!990 = !DILocation(line: 267, column: 9, scope: !802)
!991 = !DILocation(line: 170, column: 26, scope: !518, inlinedAt: !992)
!992 = distinct !DILocation(line: 268, column: 3, scope: !802)
!993 = !DILocation(line: 269, column: 37, scope: !802)
!994 = !DILocation(line: 269, column: 31, scope: !802)
!995 = !DILocation(line: 269, column: 3, scope: !802)
!996 = !DILocation(line: 270, column: 56, scope: !802)
!997 = !DILocation(line: 0, scope: !391, inlinedAt: !998)
!998 = distinct !DILocation(line: 270, column: 27, scope: !802)
!999 = !DILocation(line: 112, column: 3, scope: !391, inlinedAt: !998)
!1000 = !DILocation(line: 270, column: 81, scope: !802)
!1001 = !DILocation(line: 270, column: 3, scope: !802)
!1002 = !DILocation(line: 273, column: 10, scope: !802)
!1003 = !DILocation(line: 273, column: 21, scope: !802)
!1004 = !DILocation(line: 273, column: 3, scope: !802)
!1005 = !DISubprogram(name: "extern_weak_thing", scope: !3, file: !3, line: 74, type: !212, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
