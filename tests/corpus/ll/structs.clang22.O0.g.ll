; ModuleID = 'src/structs.c'
source_filename = "src/structs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Mixed = type { i64, double, float, i32 }
%union.Num = type { i64 }
%struct.__va_list_tag = type { i32, i32, ptr, ptr }
%struct.Nested = type { [4 x %struct.Mixed], [3 x [4 x double]], [2 x [3 x [4 x i32]]], %union.Num, %struct.Flags, ptr }
%struct.Flags = type { i64 }

@g_counter = dso_local global i32 42, align 4, !dbg !0
@.str = private unnamed_addr constant [25 x i8] c"hello, \22irpass\22\0A\09\\ world\00", align 1, !dbg !32
@g_greeting = dso_local global ptr @.str, align 8, !dbg !38
@g_mixed = dso_local global %struct.Mixed { i64 7, double 3.140000e+00, float 2.500000e+00, i32 6 }, align 8, !dbg !42
@g_mixed_arr = dso_local global [3 x %struct.Mixed] [%struct.Mixed { i64 1, double 1.000000e+00, float 1.000000e+00, i32 0 }, %struct.Mixed { i64 2, double 2.000000e+00, float 2.000000e+00, i32 5 }, %struct.Mixed zeroinitializer], align 16, !dbg !50
@.str.1 = private unnamed_addr constant [7 x i8] c"nested\00", align 1, !dbg !55
@g_nested = dso_local global { [4 x %struct.Mixed], [3 x [4 x double]], [2 x [3 x [4 x i32]]], %union.Num, { i8, i8, i8, i8, i8, i8, i8, i8 }, ptr } { [4 x %struct.Mixed] zeroinitializer, [3 x [4 x double]] [[4 x double] [double 1.000000e+00, double 2.000000e+00, double 0.000000e+00, double 0.000000e+00], [4 x double] [double 3.000000e+00, double 0.000000e+00, double 0.000000e+00, double 0.000000e+00], [4 x double] zeroinitializer], [2 x [3 x [4 x i32]]] zeroinitializer, %union.Num zeroinitializer, { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 17, i8 -3, i8 28, i8 24, i8 0, i8 0, i8 0, i8 0 }, ptr @.str.1 }, align 8, !dbg !60
@g_ld = dso_local global x86_fp80 0xK3FFFA000000000000000, align 16, !dbg !95
@g_big = dso_local global i128 1267650600228229401496703205393, align 16, !dbg !98
@tls_var = dso_local thread_local global i32 3, align 4, !dbg !100
@g_str_buf = dso_local global [15 x i8] c"mutable string\00", align 1, !dbg !102
@g_ops = dso_local global [3 x ptr] [ptr @add, ptr @mul, ptr @sub], align 16, !dbg !107
@g_table = internal global [5 x double] [double 1.000000e+00, double 2.500000e+00, double -3.250000e+00, double 1.000000e+10, double 1.000000e-01], align 16, !dbg !167
@.str.2 = private unnamed_addr constant [18 x i8] c"logf_va(%s) = %d\0A\00", align 1, !dbg !114
@.str.3 = private unnamed_addr constant [4 x i8] c"red\00", align 1, !dbg !119
@.str.4 = private unnamed_addr constant [6 x i8] c"green\00", align 1, !dbg !122
@.str.5 = private unnamed_addr constant [5 x i8] c"blue\00", align 1, !dbg !127
@.str.6 = private unnamed_addr constant [2 x i8] c"?\00", align 1, !dbg !132
@g_atomic_counter = dso_local global i64 0, align 8, !dbg !159
@computed_goto.table = internal global [4 x ptr] [ptr blockaddress(@computed_goto, %13), ptr blockaddress(@computed_goto, %28), ptr blockaddress(@computed_goto, %42), ptr blockaddress(@computed_goto, %51)], align 16, !dbg !135
@g_ubig = dso_local global i128 0, align 16, !dbg !154
@.str.7 = private unnamed_addr constant [2 x i8] c"!\00", align 1, !dbg !143
@g_bytes = internal constant [6 x i8] c"\00\01\02\FF\7F\0A", align 1, !dbg !170
@__const.main.u = private unnamed_addr constant { double } { double 2.000000e+00 }, align 8
@.str.8 = private unnamed_addr constant [2 x i8] c"x\00", align 1, !dbg !145
@.str.9 = private unnamed_addr constant [4 x i8] c"dfl\00", align 1, !dbg !147
@tls_static = internal thread_local global i64 0, align 8, !dbg !157
@.str.10 = private unnamed_addr constant [13 x i8] c"%s %s %f %d\0A\00", align 1, !dbg !149
@g_zero_arr = dso_local global [128 x i32] zeroinitializer, align 16, !dbg !162

@alias_fn = dso_local alias i32 (i32), ptr @real_impl

; Function Attrs: noinline nounwind optnone uwtable
define internal double @add(double noundef %0, double noundef %1) #0 !dbg !182 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
    #dbg_declare(ptr %3, !183, !DIExpression(), !184)
  store double %1, ptr %4, align 8
    #dbg_declare(ptr %4, !185, !DIExpression(), !186)
  %5 = load double, ptr %3, align 8, !dbg !187
  %6 = load double, ptr %4, align 8, !dbg !188
  %7 = fadd double %5, %6, !dbg !189
  ret double %7, !dbg !190
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @mul(double noundef %0, double noundef %1) #0 !dbg !191 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
    #dbg_declare(ptr %3, !192, !DIExpression(), !193)
  store double %1, ptr %4, align 8
    #dbg_declare(ptr %4, !194, !DIExpression(), !195)
  %5 = load double, ptr %3, align 8, !dbg !196
  %6 = load double, ptr %4, align 8, !dbg !197
  %7 = fmul double %5, %6, !dbg !198
  ret double %7, !dbg !199
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @sub(double noundef %0, double noundef %1) #0 !dbg !200 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
    #dbg_declare(ptr %3, !201, !DIExpression(), !202)
  store double %1, ptr %4, align 8
    #dbg_declare(ptr %4, !203, !DIExpression(), !204)
  %5 = load double, ptr %3, align 8, !dbg !205
  %6 = load double, ptr %4, align 8, !dbg !206
  %7 = fsub double %5, %6, !dbg !207
  ret double %7, !dbg !208
}

; Function Attrs: noinline nounwind optnone uwtable
define weak dso_local i32 @weak_fn(i32 noundef %0) #0 !dbg !209 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !212, !DIExpression(), !213)
  %3 = load i32, ptr %2, align 4, !dbg !214
  %4 = add nsw i32 %3, 1, !dbg !215
  ret i32 %4, !dbg !216
}

; Function Attrs: noinline nounwind optnone uwtable
define hidden i32 @hidden_fn(i32 noundef %0) #0 !dbg !217 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !218, !DIExpression(), !219)
  %3 = load i32, ptr %2, align 4, !dbg !220
  %4 = mul nsw i32 %3, 2, !dbg !221
  ret i32 %4, !dbg !222
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @real_impl(i32 noundef %0) #0 !dbg !223 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !224, !DIExpression(), !225)
  %3 = load i32, ptr %2, align 4, !dbg !226
  %4 = call i32 @static_fn(i32 noundef %3), !dbg !227
  %5 = load i32, ptr %2, align 4, !dbg !228
  %6 = call i32 @hidden_fn(i32 noundef %5), !dbg !229
  %7 = add nsw i32 %4, %6, !dbg !230
  %8 = load i32, ptr %2, align 4, !dbg !231
  %9 = call i32 @weak_fn(i32 noundef %8), !dbg !232
  %10 = add nsw i32 %7, %9, !dbg !233
  ret i32 %10, !dbg !234
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @static_fn(i32 noundef %0) #0 !dbg !235 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !236, !DIExpression(), !237)
  %3 = load i32, ptr %2, align 4, !dbg !238
  %4 = sub nsw i32 %3, 3, !dbg !239
  ret i32 %4, !dbg !240
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @sum_mixed(ptr noundef %0, i32 noundef %1) #0 !dbg !241 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !246, !DIExpression(), !247)
  store i32 %1, ptr %4, align 4
    #dbg_declare(ptr %4, !248, !DIExpression(), !249)
    #dbg_declare(ptr %5, !250, !DIExpression(), !251)
  store double 0.000000e+00, ptr %5, align 8, !dbg !251
    #dbg_declare(ptr %6, !252, !DIExpression(), !254)
  store i32 0, ptr %6, align 4, !dbg !254
  br label %7, !dbg !255

7:                                                ; preds = %49, %2
  %8 = load i32, ptr %6, align 4, !dbg !256
  %9 = load i32, ptr %4, align 4, !dbg !258
  %10 = icmp slt i32 %8, %9, !dbg !259
  br i1 %10, label %11, label %52, !dbg !260

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8, !dbg !261
  %13 = load i32, ptr %6, align 4, !dbg !262
  %14 = sext i32 %13 to i64, !dbg !261
  %15 = getelementptr inbounds %struct.Mixed, ptr %12, i64 %14, !dbg !261
  %16 = getelementptr inbounds nuw %struct.Mixed, ptr %15, i32 0, i32 0, !dbg !263
  %17 = load i64, ptr %16, align 8, !dbg !263
  %18 = sitofp i64 %17 to double, !dbg !261
  %19 = load ptr, ptr %3, align 8, !dbg !264
  %20 = load i32, ptr %6, align 4, !dbg !265
  %21 = sext i32 %20 to i64, !dbg !264
  %22 = getelementptr inbounds %struct.Mixed, ptr %19, i64 %21, !dbg !264
  %23 = getelementptr inbounds nuw %struct.Mixed, ptr %22, i32 0, i32 1, !dbg !266
  %24 = load double, ptr %23, align 8, !dbg !266
  %25 = load ptr, ptr %3, align 8, !dbg !267
  %26 = load i32, ptr %6, align 4, !dbg !268
  %27 = sext i32 %26 to i64, !dbg !267
  %28 = getelementptr inbounds %struct.Mixed, ptr %25, i64 %27, !dbg !267
  %29 = getelementptr inbounds nuw %struct.Mixed, ptr %28, i32 0, i32 2, !dbg !269
  %30 = load float, ptr %29, align 8, !dbg !269
  %31 = fpext float %30 to double, !dbg !267
  %32 = call double @llvm.fmuladd.f64(double %24, double %31, double %18), !dbg !270
  %33 = load ptr, ptr %3, align 8, !dbg !271
  %34 = load i32, ptr %6, align 4, !dbg !272
  %35 = sext i32 %34 to i64, !dbg !271
  %36 = getelementptr inbounds %struct.Mixed, ptr %33, i64 %35, !dbg !271
  %37 = getelementptr inbounds nuw %struct.Mixed, ptr %36, i32 0, i32 3, !dbg !273
  %38 = load i32, ptr %37, align 4, !dbg !273
  %39 = sitofp i32 %38 to double, !dbg !271
  %40 = fadd double %32, %39, !dbg !274
  %41 = load i32, ptr %6, align 4, !dbg !275
  %42 = srem i32 %41, 5, !dbg !276
  %43 = sext i32 %42 to i64, !dbg !277
  %44 = getelementptr inbounds [5 x double], ptr @g_table, i64 0, i64 %43, !dbg !277
  %45 = load double, ptr %44, align 8, !dbg !277
  %46 = fadd double %40, %45, !dbg !278
  %47 = load double, ptr %5, align 8, !dbg !279
  %48 = fadd double %47, %46, !dbg !279
  store double %48, ptr %5, align 8, !dbg !279
  br label %49, !dbg !280

49:                                               ; preds = %11
  %50 = load i32, ptr %6, align 4, !dbg !281
  %51 = add nsw i32 %50, 1, !dbg !281
  store i32 %51, ptr %6, align 4, !dbg !281
  br label %7, !dbg !282, !llvm.loop !283

52:                                               ; preds = %7
  %53 = load double, ptr %5, align 8, !dbg !286
  ret double %53, !dbg !287
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @copy_mixed(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 !dbg !288 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !292, !DIExpression(), !293)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !294, !DIExpression(), !295)
  store i32 %2, ptr %6, align 4
    #dbg_declare(ptr %6, !296, !DIExpression(), !297)
  %7 = load ptr, ptr %4, align 8, !dbg !298
  %8 = load ptr, ptr %5, align 8, !dbg !299
  %9 = load i32, ptr %6, align 4, !dbg !300
  %10 = sext i32 %9 to i64, !dbg !301
  %11 = mul i64 24, %10, !dbg !302
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %7, ptr align 8 %8, i64 %11, i1 false), !dbg !303
  ret void, !dbg !304
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @by_value(ptr dead_on_unwind noalias writable sret(%struct.Mixed) align 8 %0, ptr noundef byval(%struct.Mixed) align 8 %1, i64 %2) #0 !dbg !305 {
  %4 = alloca %union.Num, align 8
  %5 = getelementptr inbounds nuw %union.Num, ptr %4, i32 0, i32 0
  store i64 %2, ptr %5, align 8
    #dbg_declare(ptr %1, !308, !DIExpression(), !309)
    #dbg_declare(ptr %4, !310, !DIExpression(), !311)
    #dbg_declare(ptr %0, !312, !DIExpression(), !313)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %0, ptr align 8 %1, i64 24, i1 false), !dbg !314
  %6 = load double, ptr %4, align 8, !dbg !315
  %7 = getelementptr inbounds nuw %struct.Mixed, ptr %0, i32 0, i32 1, !dbg !316
  %8 = load double, ptr %7, align 8, !dbg !317
  %9 = fadd double %8, %6, !dbg !317
  store double %9, ptr %7, align 8, !dbg !317
  %10 = getelementptr inbounds [8 x i8], ptr %4, i64 0, i64 3, !dbg !318
  %11 = load i8, ptr %10, align 1, !dbg !318
  %12 = zext i8 %11 to i32, !dbg !319
  %13 = getelementptr inbounds nuw %struct.Mixed, ptr %0, i32 0, i32 3, !dbg !320
  %14 = load i32, ptr %13, align 4, !dbg !321
  %15 = xor i32 %14, %12, !dbg !321
  store i32 %15, ptr %13, align 4, !dbg !321
  ret void, !dbg !322
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @logf_va(ptr noundef %0, ...) #0 !dbg !323 {
  %2 = alloca ptr, align 8
  %3 = alloca [1 x %struct.__va_list_tag], align 16
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !326, !DIExpression(), !327)
    #dbg_declare(ptr %3, !328, !DIExpression(), !343)
  %6 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !344
  call void @llvm.va_start.p0(ptr %6), !dbg !344
    #dbg_declare(ptr %4, !345, !DIExpression(), !346)
  store i32 0, ptr %4, align 4, !dbg !346
    #dbg_declare(ptr %5, !347, !DIExpression(), !349)
  %7 = load ptr, ptr %2, align 8, !dbg !350
  store ptr %7, ptr %5, align 8, !dbg !349
  br label %8, !dbg !351

8:                                                ; preds = %89, %1
  %9 = load ptr, ptr %5, align 8, !dbg !352
  %10 = load i8, ptr %9, align 1, !dbg !354
  %11 = icmp ne i8 %10, 0, !dbg !355
  br i1 %11, label %12, label %92, !dbg !355

12:                                               ; preds = %8
  %13 = load ptr, ptr %5, align 8, !dbg !356
  %14 = load i8, ptr %13, align 1, !dbg !359
  %15 = sext i8 %14 to i32, !dbg !359
  %16 = icmp eq i32 %15, 100, !dbg !360
  br i1 %16, label %17, label %36, !dbg !360

17:                                               ; preds = %12
  %18 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !361
  %19 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %18, i32 0, i32 0, !dbg !361
  %20 = load i32, ptr %19, align 16, !dbg !361
  %21 = icmp ule i32 %20, 40, !dbg !361
  br i1 %21, label %22, label %27, !dbg !361

22:                                               ; preds = %17
  %23 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %18, i32 0, i32 3, !dbg !361
  %24 = load ptr, ptr %23, align 16, !dbg !361
  %25 = getelementptr i8, ptr %24, i32 %20, !dbg !361
  %26 = add i32 %20, 8, !dbg !361
  store i32 %26, ptr %19, align 16, !dbg !361
  br label %31, !dbg !361

27:                                               ; preds = %17
  %28 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %18, i32 0, i32 2, !dbg !361
  %29 = load ptr, ptr %28, align 8, !dbg !361
  %30 = getelementptr i8, ptr %29, i32 8, !dbg !361
  store ptr %30, ptr %28, align 8, !dbg !361
  br label %31, !dbg !361

31:                                               ; preds = %27, %22
  %32 = phi ptr [ %25, %22 ], [ %29, %27 ], !dbg !361
  %33 = load i32, ptr %32, align 4, !dbg !361
  %34 = load i32, ptr %4, align 4, !dbg !362
  %35 = add nsw i32 %34, %33, !dbg !362
  store i32 %35, ptr %4, align 4, !dbg !362
  br label %88, !dbg !363

36:                                               ; preds = %12
  %37 = load ptr, ptr %5, align 8, !dbg !364
  %38 = load i8, ptr %37, align 1, !dbg !366
  %39 = sext i8 %38 to i32, !dbg !366
  %40 = icmp eq i32 %39, 102, !dbg !367
  br i1 %40, label %41, label %61, !dbg !367

41:                                               ; preds = %36
  %42 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !368
  %43 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %42, i32 0, i32 1, !dbg !368
  %44 = load i32, ptr %43, align 4, !dbg !368
  %45 = icmp ule i32 %44, 160, !dbg !368
  br i1 %45, label %46, label %51, !dbg !368

46:                                               ; preds = %41
  %47 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %42, i32 0, i32 3, !dbg !368
  %48 = load ptr, ptr %47, align 16, !dbg !368
  %49 = getelementptr i8, ptr %48, i32 %44, !dbg !368
  %50 = add i32 %44, 16, !dbg !368
  store i32 %50, ptr %43, align 4, !dbg !368
  br label %55, !dbg !368

51:                                               ; preds = %41
  %52 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %42, i32 0, i32 2, !dbg !368
  %53 = load ptr, ptr %52, align 8, !dbg !368
  %54 = getelementptr i8, ptr %53, i32 8, !dbg !368
  store ptr %54, ptr %52, align 8, !dbg !368
  br label %55, !dbg !368

55:                                               ; preds = %51, %46
  %56 = phi ptr [ %49, %46 ], [ %53, %51 ], !dbg !368
  %57 = load double, ptr %56, align 8, !dbg !368
  %58 = fptosi double %57 to i32, !dbg !369
  %59 = load i32, ptr %4, align 4, !dbg !370
  %60 = add nsw i32 %59, %58, !dbg !370
  store i32 %60, ptr %4, align 4, !dbg !370
  br label %87, !dbg !371

61:                                               ; preds = %36
  %62 = load ptr, ptr %5, align 8, !dbg !372
  %63 = load i8, ptr %62, align 1, !dbg !374
  %64 = sext i8 %63 to i32, !dbg !374
  %65 = icmp eq i32 %64, 108, !dbg !375
  br i1 %65, label %66, label %86, !dbg !375

66:                                               ; preds = %61
  %67 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !376
  %68 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %67, i32 0, i32 0, !dbg !376
  %69 = load i32, ptr %68, align 16, !dbg !376
  %70 = icmp ule i32 %69, 40, !dbg !376
  br i1 %70, label %71, label %76, !dbg !376

71:                                               ; preds = %66
  %72 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %67, i32 0, i32 3, !dbg !376
  %73 = load ptr, ptr %72, align 16, !dbg !376
  %74 = getelementptr i8, ptr %73, i32 %69, !dbg !376
  %75 = add i32 %69, 8, !dbg !376
  store i32 %75, ptr %68, align 16, !dbg !376
  br label %80, !dbg !376

76:                                               ; preds = %66
  %77 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %67, i32 0, i32 2, !dbg !376
  %78 = load ptr, ptr %77, align 8, !dbg !376
  %79 = getelementptr i8, ptr %78, i32 8, !dbg !376
  store ptr %79, ptr %77, align 8, !dbg !376
  br label %80, !dbg !376

80:                                               ; preds = %76, %71
  %81 = phi ptr [ %74, %71 ], [ %78, %76 ], !dbg !376
  %82 = load i64, ptr %81, align 8, !dbg !376
  %83 = trunc i64 %82 to i32, !dbg !377
  %84 = load i32, ptr %4, align 4, !dbg !378
  %85 = add nsw i32 %84, %83, !dbg !378
  store i32 %85, ptr %4, align 4, !dbg !378
  br label %86, !dbg !379

86:                                               ; preds = %80, %61
  br label %87

87:                                               ; preds = %86, %55
  br label %88

88:                                               ; preds = %87, %31
  br label %89, !dbg !380

89:                                               ; preds = %88
  %90 = load ptr, ptr %5, align 8, !dbg !381
  %91 = getelementptr inbounds nuw i8, ptr %90, i32 1, !dbg !381
  store ptr %91, ptr %5, align 8, !dbg !381
  br label %8, !dbg !382, !llvm.loop !383

92:                                               ; preds = %8
  %93 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !385
  call void @llvm.va_end.p0(ptr %93), !dbg !385
  %94 = load ptr, ptr %2, align 8, !dbg !386
  %95 = load i32, ptr %4, align 4, !dbg !387
  %96 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, ptr noundef %94, i32 noundef %95), !dbg !388
  %97 = load i32, ptr %4, align 4, !dbg !389
  ret i32 %97, !dbg !390
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #3

declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: noinline nounwind optnone uwtable
define dso_local ptr @color_name(i32 noundef %0) #0 !dbg !391 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
    #dbg_declare(ptr %3, !394, !DIExpression(), !395)
  %4 = load i32, ptr %3, align 4, !dbg !396
  switch i32 %4, label %8 [
    i32 0, label %5
    i32 5, label %6
    i32 6, label %7
  ], !dbg !397

5:                                                ; preds = %1
  store ptr @.str.3, ptr %2, align 8, !dbg !398
  br label %9, !dbg !398

6:                                                ; preds = %1
  store ptr @.str.4, ptr %2, align 8, !dbg !400
  br label %9, !dbg !400

7:                                                ; preds = %1
  store ptr @.str.5, ptr %2, align 8, !dbg !401
  br label %9, !dbg !401

8:                                                ; preds = %1
  store ptr @.str.6, ptr %2, align 8, !dbg !402
  br label %9, !dbg !402

9:                                                ; preds = %8, %7, %6, %5
  %10 = load ptr, ptr %2, align 8, !dbg !403
  ret ptr %10, !dbg !403
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @classify(i32 noundef %0) #0 !dbg !404 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
    #dbg_declare(ptr %3, !405, !DIExpression(), !406)
  %4 = load i32, ptr %3, align 4, !dbg !407
  switch i32 %4, label %12 [
    i32 0, label %5
    i32 1, label %6
    i32 2, label %6
    i32 7, label %7
    i32 100, label %10
    i32 -5, label %11
  ], !dbg !408

5:                                                ; preds = %1
  store i32 10, ptr %2, align 4, !dbg !409
  br label %14, !dbg !409

6:                                                ; preds = %1, %1
  store i32 20, ptr %2, align 4, !dbg !411
  br label %14, !dbg !411

7:                                                ; preds = %1
  %8 = load i32, ptr %3, align 4, !dbg !412
  %9 = mul nsw i32 %8, 3, !dbg !413
  store i32 %9, ptr %2, align 4, !dbg !414
  br label %14, !dbg !414

10:                                               ; preds = %1
  store i32 -1, ptr %2, align 4, !dbg !415
  br label %14, !dbg !415

11:                                               ; preds = %1
  store i32 55, ptr %2, align 4, !dbg !416
  br label %14, !dbg !416

12:                                               ; preds = %1
  %13 = load i32, ptr %3, align 4, !dbg !417
  store i32 %13, ptr %2, align 4, !dbg !418
  br label %14, !dbg !418

14:                                               ; preds = %12, %11, %10, %7, %6, %5
  %15 = load i32, ptr %2, align 4, !dbg !419
  ret i32 %15, !dbg !419
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @matrix_trace(ptr noundef %0) #0 !dbg !420 {
  %2 = alloca ptr, align 8
  %3 = alloca double, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !425, !DIExpression(), !426)
    #dbg_declare(ptr %3, !427, !DIExpression(), !428)
  store double 0.000000e+00, ptr %3, align 8, !dbg !428
    #dbg_declare(ptr %4, !429, !DIExpression(), !431)
  store i32 0, ptr %4, align 4, !dbg !431
  br label %10, !dbg !432

10:                                               ; preds = %38, %1
  %11 = load i32, ptr %4, align 4, !dbg !433
  %12 = icmp slt i32 %11, 3, !dbg !435
  br i1 %12, label %13, label %41, !dbg !436

13:                                               ; preds = %10
    #dbg_declare(ptr %5, !437, !DIExpression(), !439)
  store i32 0, ptr %5, align 4, !dbg !439
  br label %14, !dbg !440

14:                                               ; preds = %34, %13
  %15 = load i32, ptr %5, align 4, !dbg !441
  %16 = icmp slt i32 %15, 4, !dbg !443
  br i1 %16, label %17, label %37, !dbg !444

17:                                               ; preds = %14
  %18 = load i32, ptr %4, align 4, !dbg !445
  %19 = load i32, ptr %5, align 4, !dbg !447
  %20 = icmp eq i32 %18, %19, !dbg !448
  br i1 %20, label %21, label %33, !dbg !448

21:                                               ; preds = %17
  %22 = load ptr, ptr %2, align 8, !dbg !449
  %23 = getelementptr inbounds nuw %struct.Nested, ptr %22, i32 0, i32 1, !dbg !450
  %24 = load i32, ptr %4, align 4, !dbg !451
  %25 = sext i32 %24 to i64, !dbg !449
  %26 = getelementptr inbounds [3 x [4 x double]], ptr %23, i64 0, i64 %25, !dbg !449
  %27 = load i32, ptr %5, align 4, !dbg !452
  %28 = sext i32 %27 to i64, !dbg !449
  %29 = getelementptr inbounds [4 x double], ptr %26, i64 0, i64 %28, !dbg !449
  %30 = load double, ptr %29, align 8, !dbg !449
  %31 = load double, ptr %3, align 8, !dbg !453
  %32 = fadd double %31, %30, !dbg !453
  store double %32, ptr %3, align 8, !dbg !453
  br label %33, !dbg !454

33:                                               ; preds = %21, %17
  br label %34, !dbg !447

34:                                               ; preds = %33
  %35 = load i32, ptr %5, align 4, !dbg !455
  %36 = add nsw i32 %35, 1, !dbg !455
  store i32 %36, ptr %5, align 4, !dbg !455
  br label %14, !dbg !456, !llvm.loop !457

37:                                               ; preds = %14
  br label %38, !dbg !458

38:                                               ; preds = %37
  %39 = load i32, ptr %4, align 4, !dbg !459
  %40 = add nsw i32 %39, 1, !dbg !459
  store i32 %40, ptr %4, align 4, !dbg !459
  br label %10, !dbg !460, !llvm.loop !461

41:                                               ; preds = %10
    #dbg_declare(ptr %6, !463, !DIExpression(), !464)
  store i32 0, ptr %6, align 4, !dbg !464
    #dbg_declare(ptr %7, !465, !DIExpression(), !467)
  store i32 0, ptr %7, align 4, !dbg !467
  br label %42, !dbg !468

42:                                               ; preds = %76, %41
  %43 = load i32, ptr %7, align 4, !dbg !469
  %44 = icmp slt i32 %43, 2, !dbg !471
  br i1 %44, label %45, label %79, !dbg !472

45:                                               ; preds = %42
    #dbg_declare(ptr %8, !473, !DIExpression(), !475)
  store i32 0, ptr %8, align 4, !dbg !475
  br label %46, !dbg !476

46:                                               ; preds = %72, %45
  %47 = load i32, ptr %8, align 4, !dbg !477
  %48 = icmp slt i32 %47, 3, !dbg !479
  br i1 %48, label %49, label %75, !dbg !480

49:                                               ; preds = %46
    #dbg_declare(ptr %9, !481, !DIExpression(), !483)
  store i32 0, ptr %9, align 4, !dbg !483
  br label %50, !dbg !484

50:                                               ; preds = %68, %49
  %51 = load i32, ptr %9, align 4, !dbg !485
  %52 = icmp slt i32 %51, 4, !dbg !487
  br i1 %52, label %53, label %71, !dbg !488

53:                                               ; preds = %50
  %54 = load ptr, ptr %2, align 8, !dbg !489
  %55 = getelementptr inbounds nuw %struct.Nested, ptr %54, i32 0, i32 2, !dbg !490
  %56 = load i32, ptr %7, align 4, !dbg !491
  %57 = sext i32 %56 to i64, !dbg !489
  %58 = getelementptr inbounds [2 x [3 x [4 x i32]]], ptr %55, i64 0, i64 %57, !dbg !489
  %59 = load i32, ptr %8, align 4, !dbg !492
  %60 = sext i32 %59 to i64, !dbg !489
  %61 = getelementptr inbounds [3 x [4 x i32]], ptr %58, i64 0, i64 %60, !dbg !489
  %62 = load i32, ptr %9, align 4, !dbg !493
  %63 = sext i32 %62 to i64, !dbg !489
  %64 = getelementptr inbounds [4 x i32], ptr %61, i64 0, i64 %63, !dbg !489
  %65 = load i32, ptr %64, align 4, !dbg !489
  %66 = load i32, ptr %6, align 4, !dbg !494
  %67 = add nsw i32 %66, %65, !dbg !494
  store i32 %67, ptr %6, align 4, !dbg !494
  br label %68, !dbg !495

68:                                               ; preds = %53
  %69 = load i32, ptr %9, align 4, !dbg !496
  %70 = add nsw i32 %69, 1, !dbg !496
  store i32 %70, ptr %9, align 4, !dbg !496
  br label %50, !dbg !497, !llvm.loop !498

71:                                               ; preds = %50
  br label %72, !dbg !499

72:                                               ; preds = %71
  %73 = load i32, ptr %8, align 4, !dbg !500
  %74 = add nsw i32 %73, 1, !dbg !500
  store i32 %74, ptr %8, align 4, !dbg !500
  br label %46, !dbg !501, !llvm.loop !502

75:                                               ; preds = %46
  br label %76, !dbg !503

76:                                               ; preds = %75
  %77 = load i32, ptr %7, align 4, !dbg !504
  %78 = add nsw i32 %77, 1, !dbg !504
  store i32 %78, ptr %7, align 4, !dbg !504
  br label %42, !dbg !505, !llvm.loop !506

79:                                               ; preds = %42
  %80 = load double, ptr %3, align 8, !dbg !508
  %81 = load i32, ptr %6, align 4, !dbg !509
  %82 = sitofp i32 %81 to double, !dbg !509
  %83 = fadd double %80, %82, !dbg !510
  %84 = load ptr, ptr %2, align 8, !dbg !511
  %85 = getelementptr inbounds nuw %struct.Nested, ptr %84, i32 0, i32 4, !dbg !512
  %86 = load i64, ptr %85, align 8, !dbg !513
  %87 = and i64 %86, 7, !dbg !513
  %88 = trunc i64 %87 to i32, !dbg !513
  %89 = sitofp i32 %88 to double, !dbg !511
  %90 = fadd double %83, %89, !dbg !514
  %91 = load ptr, ptr %2, align 8, !dbg !515
  %92 = getelementptr inbounds nuw %struct.Nested, ptr %91, i32 0, i32 4, !dbg !516
  %93 = load i64, ptr %92, align 8, !dbg !517
  %94 = lshr i64 %93, 3, !dbg !517
  %95 = and i64 %94, 31, !dbg !517
  %96 = trunc i64 %95 to i32, !dbg !517
  %97 = sitofp i32 %96 to double, !dbg !515
  %98 = fadd double %90, %97, !dbg !518
  %99 = load ptr, ptr %2, align 8, !dbg !519
  %100 = getelementptr inbounds nuw %struct.Nested, ptr %99, i32 0, i32 4, !dbg !520
  %101 = load i64, ptr %100, align 8, !dbg !521
  %102 = shl i64 %101, 49, !dbg !521
  %103 = ashr i64 %102, 57, !dbg !521
  %104 = trunc i64 %103 to i32, !dbg !521
  %105 = sitofp i32 %104 to double, !dbg !519
  %106 = fadd double %98, %105, !dbg !522
  %107 = load ptr, ptr %2, align 8, !dbg !523
  %108 = getelementptr inbounds nuw %struct.Nested, ptr %107, i32 0, i32 4, !dbg !524
  %109 = load i64, ptr %108, align 8, !dbg !525
  %110 = lshr i64 %109, 15, !dbg !525
  %111 = and i64 %110, 1099511627775, !dbg !525
  %112 = uitofp i64 %111 to double, !dbg !526
  %113 = fadd double %106, %112, !dbg !527
  ret double %113, !dbg !528
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @set_flags(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 !dbg !529 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !533, !DIExpression(), !534)
  store i32 %1, ptr %5, align 4
    #dbg_declare(ptr %5, !535, !DIExpression(), !536)
  store i32 %2, ptr %6, align 4
    #dbg_declare(ptr %6, !537, !DIExpression(), !538)
  %7 = load i32, ptr %5, align 4, !dbg !539
  %8 = load ptr, ptr %4, align 8, !dbg !540
  %9 = zext i32 %7 to i64, !dbg !541
  %10 = load i64, ptr %8, align 8, !dbg !541
  %11 = and i64 %9, 7, !dbg !541
  %12 = and i64 %10, -8, !dbg !541
  %13 = or i64 %12, %11, !dbg !541
  store i64 %13, ptr %8, align 8, !dbg !541
  %14 = trunc i64 %11 to i32, !dbg !541
  %15 = load i32, ptr %5, align 4, !dbg !542
  %16 = mul i32 %15, 2, !dbg !543
  %17 = load ptr, ptr %4, align 8, !dbg !544
  %18 = zext i32 %16 to i64, !dbg !545
  %19 = load i64, ptr %17, align 8, !dbg !545
  %20 = and i64 %18, 31, !dbg !545
  %21 = shl i64 %20, 3, !dbg !545
  %22 = and i64 %19, -249, !dbg !545
  %23 = or i64 %22, %21, !dbg !545
  store i64 %23, ptr %17, align 8, !dbg !545
  %24 = trunc i64 %20 to i32, !dbg !545
  %25 = load i32, ptr %6, align 4, !dbg !546
  %26 = load ptr, ptr %4, align 8, !dbg !547
  %27 = zext i32 %25 to i64, !dbg !548
  %28 = load i64, ptr %26, align 8, !dbg !548
  %29 = and i64 %27, 127, !dbg !548
  %30 = shl i64 %29, 8, !dbg !548
  %31 = and i64 %28, -32513, !dbg !548
  %32 = or i64 %31, %30, !dbg !548
  store i64 %32, ptr %26, align 8, !dbg !548
  %33 = shl i64 %29, 57, !dbg !548
  %34 = ashr i64 %33, 57, !dbg !548
  %35 = trunc i64 %34 to i32, !dbg !548
  %36 = load i32, ptr %5, align 4, !dbg !549
  %37 = zext i32 %36 to i64, !dbg !550
  %38 = shl i64 %37, 30, !dbg !551
  %39 = load ptr, ptr %4, align 8, !dbg !552
  %40 = load i64, ptr %39, align 8, !dbg !553
  %41 = and i64 %38, 1099511627775, !dbg !553
  %42 = shl i64 %41, 15, !dbg !553
  %43 = and i64 %40, -36028797018931201, !dbg !553
  %44 = or i64 %43, %42, !dbg !553
  store i64 %44, ptr %39, align 8, !dbg !553
  ret void, !dbg !554
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @apply(ptr noundef %0, double noundef %1, double noundef %2) #0 !dbg !555 {
  %4 = alloca ptr, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !558, !DIExpression(), !559)
  store double %1, ptr %5, align 8
    #dbg_declare(ptr %5, !560, !DIExpression(), !561)
  store double %2, ptr %6, align 8
    #dbg_declare(ptr %6, !562, !DIExpression(), !563)
  %7 = load ptr, ptr %4, align 8, !dbg !564
  %8 = load double, ptr %5, align 8, !dbg !565
  %9 = load double, ptr %6, align 8, !dbg !566
  %10 = call double %7(double noundef %8, double noundef %9), !dbg !564
  ret double %10, !dbg !567
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @apply_all(double noundef %0, double noundef %1) #0 !dbg !568 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  store double %0, ptr %3, align 8
    #dbg_declare(ptr %3, !569, !DIExpression(), !570)
  store double %1, ptr %4, align 8
    #dbg_declare(ptr %4, !571, !DIExpression(), !572)
    #dbg_declare(ptr %5, !573, !DIExpression(), !574)
  store double 0.000000e+00, ptr %5, align 8, !dbg !574
    #dbg_declare(ptr %6, !575, !DIExpression(), !577)
  store i32 0, ptr %6, align 4, !dbg !577
  br label %7, !dbg !578

7:                                                ; preds = %21, %2
  %8 = load i32, ptr %6, align 4, !dbg !579
  %9 = zext i32 %8 to i64, !dbg !579
  %10 = icmp ult i64 %9, 3, !dbg !581
  br i1 %10, label %11, label %24, !dbg !582

11:                                               ; preds = %7
  %12 = load i32, ptr %6, align 4, !dbg !583
  %13 = zext i32 %12 to i64, !dbg !584
  %14 = getelementptr inbounds nuw [3 x ptr], ptr @g_ops, i64 0, i64 %13, !dbg !584
  %15 = load ptr, ptr %14, align 8, !dbg !584
  %16 = load double, ptr %3, align 8, !dbg !585
  %17 = load double, ptr %4, align 8, !dbg !586
  %18 = call double @apply(ptr noundef %15, double noundef %16, double noundef %17), !dbg !587
  %19 = load double, ptr %5, align 8, !dbg !588
  %20 = fadd double %19, %18, !dbg !588
  store double %20, ptr %5, align 8, !dbg !588
  br label %21, !dbg !589

21:                                               ; preds = %11
  %22 = load i32, ptr %6, align 4, !dbg !590
  %23 = add i32 %22, 1, !dbg !590
  store i32 %23, ptr %6, align 4, !dbg !590
  br label %7, !dbg !591, !llvm.loop !592

24:                                               ; preds = %7
  %25 = load double, ptr %5, align 8, !dbg !594
  ret double %25, !dbg !595
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @asm_add(i32 noundef %0, i32 noundef %1) #0 !dbg !596 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
    #dbg_declare(ptr %3, !597, !DIExpression(), !598)
  store i32 %1, ptr %4, align 4
    #dbg_declare(ptr %4, !599, !DIExpression(), !600)
    #dbg_declare(ptr %5, !601, !DIExpression(), !602)
  %6 = load i32, ptr %3, align 4, !dbg !603
  %7 = load i32, ptr %4, align 4, !dbg !604
  %8 = call i32 asm sideeffect "leal ($1,$2), $0", "=r,r,r,~{cc},~{dirflag},~{fpsr},~{flags}"(i32 %6, i32 %7) #11, !dbg !605, !srcloc !606
  store i32 %8, ptr %5, align 4, !dbg !605
  %9 = load i32, ptr %5, align 4, !dbg !607
  ret i32 %9, !dbg !608
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @asm_barrier() #0 !dbg !609 {
  call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"() #11, !dbg !612, !srcloc !613
  ret void, !dbg !614
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @atomics(i64 noundef %0) #0 !dbg !615 {
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
    #dbg_declare(ptr %2, !618, !DIExpression(), !619)
  %18 = load i64, ptr %2, align 8, !dbg !620
  store i64 %18, ptr %3, align 8, !dbg !621
  %19 = load i64, ptr %3, align 8, !dbg !621
  %20 = atomicrmw add ptr @g_atomic_counter, i64 %19 seq_cst, align 8, !dbg !621
  store i64 %20, ptr %4, align 8, !dbg !621
  %21 = load i64, ptr %4, align 8, !dbg !621
    #dbg_declare(ptr %5, !622, !DIExpression(), !623)
  %22 = load i64, ptr %2, align 8, !dbg !624
  %23 = trunc i64 %22 to i32, !dbg !625
  store i32 %23, ptr %6, align 4, !dbg !626
  %24 = load i32, ptr %6, align 4, !dbg !626
  %25 = atomicrmw xchg ptr @g_counter, i32 %24 seq_cst, align 4, !dbg !626
  store i32 %25, ptr %7, align 4, !dbg !626
  %26 = load i32, ptr %7, align 4, !dbg !626
  %27 = sext i32 %26 to i64, !dbg !626
  store i64 %27, ptr %5, align 8, !dbg !623
    #dbg_declare(ptr %8, !627, !DIExpression(), !628)
  store i32 5, ptr %8, align 4, !dbg !628
  store i32 9, ptr %9, align 4, !dbg !629
  %28 = load i32, ptr %8, align 4, !dbg !629
  %29 = load i32, ptr %9, align 4, !dbg !629
  %30 = cmpxchg ptr @g_counter, i32 %28, i32 %29 acq_rel acquire, align 4, !dbg !629
  %31 = extractvalue { i32, i1 } %30, 0, !dbg !629
  %32 = extractvalue { i32, i1 } %30, 1, !dbg !629
  br i1 %32, label %34, label %33, !dbg !629

33:                                               ; preds = %1
  store i32 %31, ptr %8, align 4, !dbg !629
  br label %34, !dbg !629

34:                                               ; preds = %33, %1
  %35 = zext i1 %32 to i8, !dbg !629
  store i8 %35, ptr %10, align 1, !dbg !629
  %36 = load i8, ptr %10, align 1, !dbg !629
  %37 = trunc i8 %36 to i1, !dbg !629
    #dbg_declare(ptr %11, !630, !DIExpression(), !631)
  %38 = load atomic i64, ptr @g_atomic_counter acquire, align 8, !dbg !632
  store i64 %38, ptr %12, align 8, !dbg !632
  %39 = load i64, ptr %12, align 8, !dbg !632
  %40 = load atomic i32, ptr @g_counter acquire, align 4, !dbg !633
  store i32 %40, ptr %13, align 4, !dbg !633
  %41 = load i32, ptr %13, align 4, !dbg !633
  %42 = sext i32 %41 to i64, !dbg !633
  %43 = add nsw i64 %39, %42, !dbg !634
  store i64 %43, ptr %11, align 8, !dbg !631
  %44 = call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @tls_var), !dbg !635
  store i32 1, ptr %14, align 4, !dbg !636
  %45 = load i32, ptr %14, align 4, !dbg !636
  store atomic i32 %45, ptr %44 release, align 4, !dbg !636
  store i32 1, ptr %15, align 4, !dbg !637
  %46 = load i32, ptr %15, align 4, !dbg !637
  %47 = atomicrmw sub ptr @g_counter, i32 %46 monotonic, align 4, !dbg !637
  store i32 %47, ptr %16, align 4, !dbg !637
  %48 = load i32, ptr %16, align 4, !dbg !637
  fence seq_cst, !dbg !638
  %49 = load i64, ptr %5, align 8, !dbg !639
  %50 = load i64, ptr %11, align 8, !dbg !640
  %51 = add nsw i64 %49, %50, !dbg !641
  %52 = load atomic i64, ptr @g_atomic_counter seq_cst, align 8, !dbg !642
  store i64 %52, ptr %17, align 8, !dbg !642
  %53 = load i64, ptr %17, align 8, !dbg !642
  %54 = add nsw i64 %51, %53, !dbg !643
  ret i64 %54, !dbg !644
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare nonnull ptr @llvm.threadlocal.address.p0(ptr nonnull) #5

; Function Attrs: noinline nounwind optnone uwtable
define dso_local <4 x double> @vec_fma(ptr noundef byval(<4 x double>) align 32 %0, ptr noundef byval(<4 x double>) align 32 %1, ptr noundef byval(<4 x double>) align 32 %2) #6 !dbg !645 {
  %4 = alloca <4 x double>, align 32
  %5 = alloca <4 x double>, align 32
  %6 = alloca <4 x double>, align 32
  %7 = load <4 x double>, ptr %0, align 32
  %8 = load <4 x double>, ptr %1, align 32
  %9 = load <4 x double>, ptr %2, align 32
  store <4 x double> %7, ptr %4, align 32
    #dbg_declare(ptr %4, !650, !DIExpression(), !651)
  store <4 x double> %8, ptr %5, align 32
    #dbg_declare(ptr %5, !652, !DIExpression(), !653)
  store <4 x double> %9, ptr %6, align 32
    #dbg_declare(ptr %6, !654, !DIExpression(), !655)
  %10 = load <4 x double>, ptr %4, align 32, !dbg !656
  %11 = load <4 x double>, ptr %5, align 32, !dbg !657
  %12 = load <4 x double>, ptr %6, align 32, !dbg !658
  %13 = call <4 x double> @llvm.fmuladd.v4f64(<4 x double> %10, <4 x double> %11, <4 x double> %12), !dbg !659
  ret <4 x double> %13, !dbg !660
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x double> @llvm.fmuladd.v4f64(<4 x double>, <4 x double>, <4 x double>) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local <4 x float> @vec_shuffle(<4 x float> noundef %0, <4 x float> noundef %1) #7 !dbg !661 {
  %3 = alloca <4 x float>, align 16
  %4 = alloca <4 x float>, align 16
  store <4 x float> %0, ptr %3, align 16
    #dbg_declare(ptr %3, !666, !DIExpression(), !667)
  store <4 x float> %1, ptr %4, align 16
    #dbg_declare(ptr %4, !668, !DIExpression(), !669)
  %5 = load <4 x float>, ptr %3, align 16, !dbg !670
  %6 = load <4 x float>, ptr %4, align 16, !dbg !671
  %7 = shufflevector <4 x float> %5, <4 x float> %6, <4 x i32> <i32 0, i32 5, i32 2, i32 7>, !dbg !672
  ret <4 x float> %7, !dbg !673
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local <8 x i32> @vec_cmp(ptr noundef byval(<8 x i32>) align 32 %0, ptr noundef byval(<8 x i32>) align 32 %1) #6 !dbg !674 {
  %3 = alloca <8 x i32>, align 32
  %4 = alloca <8 x i32>, align 32
  %5 = load <8 x i32>, ptr %0, align 32
  %6 = load <8 x i32>, ptr %1, align 32
  store <8 x i32> %5, ptr %3, align 32
    #dbg_declare(ptr %3, !679, !DIExpression(), !680)
  store <8 x i32> %6, ptr %4, align 32
    #dbg_declare(ptr %4, !681, !DIExpression(), !682)
  %7 = load <8 x i32>, ptr %3, align 32, !dbg !683
  %8 = load <8 x i32>, ptr %4, align 32, !dbg !684
  %9 = icmp sgt <8 x i32> %7, %8, !dbg !685
  %10 = sext <8 x i1> %9 to <8 x i32>, !dbg !685
  %11 = load <8 x i32>, ptr %3, align 32, !dbg !686
  %12 = load <8 x i32>, ptr %4, align 32, !dbg !687
  %13 = xor <8 x i32> %11, %12, !dbg !688
  %14 = and <8 x i32> %10, %13, !dbg !689
  ret <8 x i32> %14, !dbg !690
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @vec_extract(<4 x float> noundef %0, i32 noundef %1) #7 !dbg !691 {
  %3 = alloca <4 x float>, align 16
  %4 = alloca i32, align 4
  store <4 x float> %0, ptr %3, align 16
    #dbg_declare(ptr %3, !694, !DIExpression(), !695)
  store i32 %1, ptr %4, align 4
    #dbg_declare(ptr %4, !696, !DIExpression(), !697)
  %5 = load <4 x float>, ptr %3, align 16, !dbg !698
  %6 = load i32, ptr %4, align 4, !dbg !699
  %7 = extractelement <4 x float> %5, i32 %6, !dbg !698
  %8 = load <4 x float>, ptr %3, align 16, !dbg !700
  %9 = extractelement <4 x float> %8, i32 2, !dbg !700
  %10 = fadd float %7, %9, !dbg !701
  ret float %10, !dbg !702
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @computed_goto(i32 noundef %0, i32 noundef %1) #0 !dbg !137 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
    #dbg_declare(ptr %3, !703, !DIExpression(), !704)
  store i32 %1, ptr %4, align 4
    #dbg_declare(ptr %4, !705, !DIExpression(), !706)
    #dbg_declare(ptr %5, !707, !DIExpression(), !708)
  store i32 0, ptr %5, align 4, !dbg !708
    #dbg_declare(ptr %6, !709, !DIExpression(), !710)
  %7 = load i32, ptr %3, align 4, !dbg !711
  %8 = and i32 %7, 3, !dbg !712
  store i32 %8, ptr %6, align 4, !dbg !710
  %9 = load i32, ptr %6, align 4, !dbg !713
  %10 = sext i32 %9 to i64, !dbg !714
  %11 = getelementptr inbounds [4 x ptr], ptr @computed_goto.table, i64 0, i64 %10, !dbg !714
  %12 = load ptr, ptr %11, align 8, !dbg !714
  br label %53, !dbg !715

13:                                               ; preds = %53
    #dbg_label(!716, !717)
  %14 = load i32, ptr %5, align 4, !dbg !718
  %15 = add nsw i32 %14, 1, !dbg !718
  store i32 %15, ptr %5, align 4, !dbg !718
  %16 = load i32, ptr %4, align 4, !dbg !719
  %17 = add nsw i32 %16, -1, !dbg !719
  store i32 %17, ptr %4, align 4, !dbg !719
  %18 = icmp sgt i32 %17, 0, !dbg !721
  br i1 %18, label %19, label %27, !dbg !721

19:                                               ; preds = %13
  %20 = load i32, ptr %6, align 4, !dbg !722
  %21 = load i32, ptr %5, align 4, !dbg !723
  %22 = add nsw i32 %20, %21, !dbg !724
  %23 = and i32 %22, 3, !dbg !725
  %24 = sext i32 %23 to i64, !dbg !726
  %25 = getelementptr inbounds [4 x ptr], ptr @computed_goto.table, i64 0, i64 %24, !dbg !726
  %26 = load ptr, ptr %25, align 8, !dbg !726
  br label %53, !dbg !727

27:                                               ; preds = %13
  br label %51, !dbg !728

28:                                               ; preds = %53
    #dbg_label(!729, !730)
  %29 = load i32, ptr %5, align 4, !dbg !731
  %30 = sub nsw i32 %29, 1, !dbg !731
  store i32 %30, ptr %5, align 4, !dbg !731
  %31 = load i32, ptr %4, align 4, !dbg !732
  %32 = add nsw i32 %31, -1, !dbg !732
  store i32 %32, ptr %4, align 4, !dbg !732
  %33 = icmp sgt i32 %32, 0, !dbg !734
  br i1 %33, label %34, label %41, !dbg !734

34:                                               ; preds = %28
  %35 = load i32, ptr %6, align 4, !dbg !735
  %36 = add nsw i32 %35, 2, !dbg !736
  %37 = and i32 %36, 3, !dbg !737
  %38 = sext i32 %37 to i64, !dbg !738
  %39 = getelementptr inbounds [4 x ptr], ptr @computed_goto.table, i64 0, i64 %38, !dbg !738
  %40 = load ptr, ptr %39, align 8, !dbg !738
  br label %53, !dbg !739

41:                                               ; preds = %28
  br label %51, !dbg !740

42:                                               ; preds = %53
    #dbg_label(!741, !742)
  %43 = load i32, ptr %5, align 4, !dbg !743
  %44 = mul nsw i32 %43, 2, !dbg !743
  store i32 %44, ptr %5, align 4, !dbg !743
  %45 = load i32, ptr %4, align 4, !dbg !744
  %46 = add nsw i32 %45, -1, !dbg !744
  store i32 %46, ptr %4, align 4, !dbg !744
  %47 = icmp sgt i32 %46, 0, !dbg !746
  br i1 %47, label %48, label %50, !dbg !746

48:                                               ; preds = %42
  %49 = load ptr, ptr @computed_goto.table, align 16, !dbg !747
  br label %53, !dbg !748

50:                                               ; preds = %42
  br label %51, !dbg !749

51:                                               ; preds = %50, %41, %27, %53
    #dbg_label(!750, !751)
  %52 = load i32, ptr %5, align 4, !dbg !752
  ret i32 %52, !dbg !753

53:                                               ; preds = %48, %34, %19, %2
  %54 = phi ptr [ %12, %2 ], [ %26, %19 ], [ %40, %34 ], [ %49, %48 ]
  indirectbr ptr %54, [label %13, label %28, label %42, label %51]
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local x86_fp80 @ld_ops(x86_fp80 noundef %0, x86_fp80 noundef %1) #0 !dbg !754 {
  %3 = alloca x86_fp80, align 16
  %4 = alloca x86_fp80, align 16
  store x86_fp80 %0, ptr %3, align 16
    #dbg_declare(ptr %3, !757, !DIExpression(), !758)
  store x86_fp80 %1, ptr %4, align 16
    #dbg_declare(ptr %4, !759, !DIExpression(), !760)
  %5 = load x86_fp80, ptr %3, align 16, !dbg !761
  %6 = load x86_fp80, ptr %4, align 16, !dbg !762
  %7 = load x86_fp80, ptr @g_ld, align 16, !dbg !763
  %8 = load x86_fp80, ptr %3, align 16, !dbg !764
  %9 = load x86_fp80, ptr %4, align 16, !dbg !765
  %10 = fsub x86_fp80 %8, %9, !dbg !766
  %11 = fdiv x86_fp80 %7, %10, !dbg !767
  %12 = call x86_fp80 @llvm.fmuladd.f80(x86_fp80 %5, x86_fp80 %6, x86_fp80 %11), !dbg !768
  ret x86_fp80 %12, !dbg !769
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare x86_fp80 @llvm.fmuladd.f80(x86_fp80, x86_fp80, x86_fp80) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i128 @i128_ops(i128 noundef %0, i128 noundef %1) #0 !dbg !770 {
  %3 = alloca i128, align 16
  %4 = alloca i128, align 16
  store i128 %0, ptr %3, align 16
    #dbg_declare(ptr %3, !773, !DIExpression(), !774)
  store i128 %1, ptr %4, align 16
    #dbg_declare(ptr %4, !775, !DIExpression(), !776)
  %5 = load i128, ptr %4, align 16, !dbg !777
  %6 = mul i128 %5, 3, !dbg !778
  store i128 %6, ptr @g_ubig, align 16, !dbg !779
  %7 = load i128, ptr %3, align 16, !dbg !780
  %8 = load i128, ptr %4, align 16, !dbg !781
  %9 = mul nsw i128 %7, %8, !dbg !782
  %10 = load i128, ptr %3, align 16, !dbg !783
  %11 = ashr i128 %10, 7, !dbg !784
  %12 = add nsw i128 %9, %11, !dbg !785
  %13 = load i128, ptr @g_big, align 16, !dbg !786
  %14 = srem i128 %13, 1000, !dbg !787
  %15 = sub nsw i128 %12, %14, !dbg !788
  ret i128 %15, !dbg !789
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @vla_sum(i32 noundef %0, i32 noundef %1) #0 !dbg !790 {
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
    #dbg_declare(ptr %3, !793, !DIExpression(), !794)
  store i32 %1, ptr %4, align 4
    #dbg_declare(ptr %4, !795, !DIExpression(), !796)
  %14 = load i32, ptr %3, align 4, !dbg !797
  %15 = zext i32 %14 to i64, !dbg !798
  %16 = load i32, ptr %4, align 4, !dbg !799
  %17 = zext i32 %16 to i64, !dbg !798
  %18 = call ptr @llvm.stacksave.p0(), !dbg !798
  store ptr %18, ptr %5, align 8, !dbg !798
  %19 = mul nuw i64 %15, %17, !dbg !798
  %20 = alloca double, i64 %19, align 16, !dbg !798
  store i64 %15, ptr %6, align 8, !dbg !798
  store i64 %17, ptr %7, align 8, !dbg !798
    #dbg_declare(ptr %6, !800, !DIExpression(), !801)
    #dbg_declare(ptr %7, !802, !DIExpression(), !801)
    #dbg_declare(ptr %20, !803, !DIExpression(), !808)
    #dbg_declare(ptr %8, !809, !DIExpression(), !811)
  %21 = load i32, ptr %3, align 4, !dbg !812
  %22 = sext i32 %21 to i64, !dbg !813
  %23 = mul i64 8, %22, !dbg !814
  %24 = alloca i8, i64 %23, align 16, !dbg !815
  store ptr %24, ptr %8, align 8, !dbg !811
    #dbg_declare(ptr %9, !816, !DIExpression(), !818)
  store i32 0, ptr %9, align 4, !dbg !818
  br label %25, !dbg !819

25:                                               ; preds = %58, %2
  %26 = load i32, ptr %9, align 4, !dbg !820
  %27 = load i32, ptr %3, align 4, !dbg !822
  %28 = icmp slt i32 %26, %27, !dbg !823
  br i1 %28, label %29, label %61, !dbg !824

29:                                               ; preds = %25
  %30 = load i32, ptr %9, align 4, !dbg !825
  %31 = sitofp i32 %30 to double, !dbg !825
  %32 = load ptr, ptr %8, align 8, !dbg !827
  %33 = load i32, ptr %9, align 4, !dbg !828
  %34 = sext i32 %33 to i64, !dbg !827
  %35 = getelementptr inbounds double, ptr %32, i64 %34, !dbg !827
  store double %31, ptr %35, align 8, !dbg !829
    #dbg_declare(ptr %10, !830, !DIExpression(), !832)
  store i32 0, ptr %10, align 4, !dbg !832
  br label %36, !dbg !833

36:                                               ; preds = %54, %29
  %37 = load i32, ptr %10, align 4, !dbg !834
  %38 = load i32, ptr %4, align 4, !dbg !836
  %39 = icmp slt i32 %37, %38, !dbg !837
  br i1 %39, label %40, label %57, !dbg !838

40:                                               ; preds = %36
  %41 = load i32, ptr %9, align 4, !dbg !839
  %42 = load i32, ptr %4, align 4, !dbg !840
  %43 = mul nsw i32 %41, %42, !dbg !841
  %44 = load i32, ptr %10, align 4, !dbg !842
  %45 = add nsw i32 %43, %44, !dbg !843
  %46 = sitofp i32 %45 to double, !dbg !839
  %47 = load i32, ptr %9, align 4, !dbg !844
  %48 = sext i32 %47 to i64, !dbg !845
  %49 = mul nsw i64 %48, %17, !dbg !845
  %50 = getelementptr inbounds double, ptr %20, i64 %49, !dbg !845
  %51 = load i32, ptr %10, align 4, !dbg !846
  %52 = sext i32 %51 to i64, !dbg !845
  %53 = getelementptr inbounds double, ptr %50, i64 %52, !dbg !845
  store double %46, ptr %53, align 8, !dbg !847
  br label %54, !dbg !845

54:                                               ; preds = %40
  %55 = load i32, ptr %10, align 4, !dbg !848
  %56 = add nsw i32 %55, 1, !dbg !848
  store i32 %56, ptr %10, align 4, !dbg !848
  br label %36, !dbg !849, !llvm.loop !850

57:                                               ; preds = %36
  br label %58, !dbg !852

58:                                               ; preds = %57
  %59 = load i32, ptr %9, align 4, !dbg !853
  %60 = add nsw i32 %59, 1, !dbg !853
  store i32 %60, ptr %9, align 4, !dbg !853
  br label %25, !dbg !854, !llvm.loop !855

61:                                               ; preds = %25
    #dbg_declare(ptr %11, !857, !DIExpression(), !858)
  store double 0.000000e+00, ptr %11, align 8, !dbg !858
    #dbg_declare(ptr %12, !859, !DIExpression(), !861)
  store i32 0, ptr %12, align 4, !dbg !861
  br label %62, !dbg !862

62:                                               ; preds = %91, %61
  %63 = load i32, ptr %12, align 4, !dbg !863
  %64 = load i32, ptr %3, align 4, !dbg !865
  %65 = icmp slt i32 %63, %64, !dbg !866
  br i1 %65, label %66, label %94, !dbg !867

66:                                               ; preds = %62
    #dbg_declare(ptr %13, !868, !DIExpression(), !870)
  store i32 0, ptr %13, align 4, !dbg !870
  br label %67, !dbg !871

67:                                               ; preds = %87, %66
  %68 = load i32, ptr %13, align 4, !dbg !872
  %69 = load i32, ptr %4, align 4, !dbg !874
  %70 = icmp slt i32 %68, %69, !dbg !875
  br i1 %70, label %71, label %90, !dbg !876

71:                                               ; preds = %67
  %72 = load i32, ptr %12, align 4, !dbg !877
  %73 = sext i32 %72 to i64, !dbg !878
  %74 = mul nsw i64 %73, %17, !dbg !878
  %75 = getelementptr inbounds double, ptr %20, i64 %74, !dbg !878
  %76 = load i32, ptr %13, align 4, !dbg !879
  %77 = sext i32 %76 to i64, !dbg !878
  %78 = getelementptr inbounds double, ptr %75, i64 %77, !dbg !878
  %79 = load double, ptr %78, align 8, !dbg !878
  %80 = load ptr, ptr %8, align 8, !dbg !880
  %81 = load i32, ptr %12, align 4, !dbg !881
  %82 = sext i32 %81 to i64, !dbg !880
  %83 = getelementptr inbounds double, ptr %80, i64 %82, !dbg !880
  %84 = load double, ptr %83, align 8, !dbg !880
  %85 = load double, ptr %11, align 8, !dbg !882
  %86 = call double @llvm.fmuladd.f64(double %79, double %84, double %85), !dbg !882
  store double %86, ptr %11, align 8, !dbg !882
  br label %87, !dbg !883

87:                                               ; preds = %71
  %88 = load i32, ptr %13, align 4, !dbg !884
  %89 = add nsw i32 %88, 1, !dbg !884
  store i32 %89, ptr %13, align 4, !dbg !884
  br label %67, !dbg !885, !llvm.loop !886

90:                                               ; preds = %67
  br label %91, !dbg !887

91:                                               ; preds = %90
  %92 = load i32, ptr %12, align 4, !dbg !888
  %93 = add nsw i32 %92, 1, !dbg !888
  store i32 %93, ptr %12, align 4, !dbg !888
  br label %62, !dbg !889, !llvm.loop !890

94:                                               ; preds = %62
  %95 = load double, ptr %11, align 8, !dbg !892
  %96 = load ptr, ptr %5, align 8, !dbg !893
  call void @llvm.stackrestore.p0(ptr %96), !dbg !893
  ret double %95, !dbg !893
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave.p0() #3

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore.p0(ptr) #3

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @string_stuff(ptr noundef %0) #0 !dbg !894 {
  %2 = alloca ptr, align 8
  %3 = alloca [64 x i8], align 16
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !897, !DIExpression(), !898)
    #dbg_declare(ptr %3, !899, !DIExpression(), !903)
  %6 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 0, !dbg !904
  %7 = load ptr, ptr %2, align 8, !dbg !905
  %8 = call ptr @strncpy(ptr noundef %6, ptr noundef %7, i64 noundef 63) #11, !dbg !906
  %9 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 63, !dbg !907
  store i8 0, ptr %9, align 1, !dbg !908
  %10 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 0, !dbg !909
  %11 = call ptr @strcat(ptr noundef %10, ptr noundef @.str.7) #11, !dbg !910
    #dbg_declare(ptr %4, !911, !DIExpression(), !912)
  store i32 5381, ptr %4, align 4, !dbg !912
    #dbg_declare(ptr %5, !913, !DIExpression(), !915)
  store i64 0, ptr %5, align 8, !dbg !915
  br label %12, !dbg !916

12:                                               ; preds = %25, %1
  %13 = load i64, ptr %5, align 8, !dbg !917
  %14 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 0, !dbg !919
  %15 = call i64 @strlen(ptr noundef %14) #12, !dbg !920
  %16 = icmp ult i64 %13, %15, !dbg !921
  br i1 %16, label %17, label %28, !dbg !922

17:                                               ; preds = %12
  %18 = load i32, ptr %4, align 4, !dbg !923
  %19 = mul i32 %18, 33, !dbg !924
  %20 = load i64, ptr %5, align 8, !dbg !925
  %21 = getelementptr inbounds nuw [64 x i8], ptr %3, i64 0, i64 %20, !dbg !926
  %22 = load i8, ptr %21, align 1, !dbg !926
  %23 = zext i8 %22 to i32, !dbg !927
  %24 = add i32 %19, %23, !dbg !928
  store i32 %24, ptr %4, align 4, !dbg !929
  br label %25, !dbg !930

25:                                               ; preds = %17
  %26 = load i64, ptr %5, align 8, !dbg !931
  %27 = add i64 %26, 1, !dbg !931
  store i64 %27, ptr %5, align 8, !dbg !931
  br label %12, !dbg !932, !llvm.loop !933

28:                                               ; preds = %12
  %29 = load i32, ptr %4, align 4, !dbg !935
  %30 = load ptr, ptr @g_greeting, align 8, !dbg !936
  %31 = call i64 @strlen(ptr noundef %30) #12, !dbg !937
  %32 = trunc i64 %31 to i32, !dbg !938
  %33 = add i32 %29, %32, !dbg !939
  %34 = load i8, ptr getelementptr inbounds ([6 x i8], ptr @g_bytes, i64 0, i64 3), align 1, !dbg !940
  %35 = zext i8 %34 to i32, !dbg !940
  %36 = add i32 %33, %35, !dbg !941
  ret i32 %36, !dbg !942
}

; Function Attrs: nounwind
declare ptr @strncpy(ptr noundef, ptr noundef, i64 noundef) #8

; Function Attrs: nounwind
declare ptr @strcat(ptr noundef, ptr noundef) #8

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #9

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @float_stuff(float noundef %0, double noundef %1, i32 noundef %2, i32 noundef %3) #0 !dbg !943 {
  %5 = alloca float, align 4
  %6 = alloca float, align 4
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca float, align 4
  %11 = alloca double, align 8
  store float %0, ptr %6, align 4
    #dbg_declare(ptr %6, !946, !DIExpression(), !947)
  store double %1, ptr %7, align 8
    #dbg_declare(ptr %7, !948, !DIExpression(), !949)
  store i32 %2, ptr %8, align 4
    #dbg_declare(ptr %8, !950, !DIExpression(), !951)
  store i32 %3, ptr %9, align 4
    #dbg_declare(ptr %9, !952, !DIExpression(), !953)
    #dbg_declare(ptr %10, !954, !DIExpression(), !955)
  %12 = load float, ptr %6, align 4, !dbg !956
  %13 = load double, ptr %7, align 8, !dbg !957
  %14 = fptrunc double %13 to float, !dbg !958
  %15 = fdiv float %12, %14, !dbg !959
  store float %15, ptr %10, align 4, !dbg !955
  %16 = load i32, ptr %8, align 4, !dbg !960
  %17 = sitofp i32 %16 to float, !dbg !961
  %18 = load i32, ptr %9, align 4, !dbg !962
  %19 = uitofp i32 %18 to float, !dbg !963
  %20 = fadd float %17, %19, !dbg !964
  %21 = load float, ptr %10, align 4, !dbg !965
  %22 = fadd float %21, %20, !dbg !965
  store float %22, ptr %10, align 4, !dbg !965
    #dbg_declare(ptr %11, !966, !DIExpression(), !967)
  %23 = load float, ptr %10, align 4, !dbg !968
  %24 = fpext float %23 to double, !dbg !969
  store double %24, ptr %11, align 8, !dbg !967
  %25 = load double, ptr %11, align 8, !dbg !970
  %26 = load double, ptr %11, align 8, !dbg !972
  %27 = fcmp une double %25, %26, !dbg !973
  br i1 %27, label %28, label %29, !dbg !973

28:                                               ; preds = %4
  store float 0.000000e+00, ptr %5, align 4, !dbg !974
  br label %41, !dbg !974

29:                                               ; preds = %4
  %30 = load double, ptr %11, align 8, !dbg !975
  %31 = fmul double %30, 1.500000e+00, !dbg !976
  %32 = fptrunc double %31 to float, !dbg !977
  %33 = load double, ptr %7, align 8, !dbg !978
  %34 = fptosi double %33 to i64, !dbg !979
  %35 = sitofp i64 %34 to float, !dbg !980
  %36 = fadd float %32, %35, !dbg !981
  %37 = load float, ptr %6, align 4, !dbg !982
  %38 = fptoui float %37 to i64, !dbg !983
  %39 = uitofp i64 %38 to float, !dbg !984
  %40 = fadd float %36, %39, !dbg !985
  store float %40, ptr %5, align 4, !dbg !986
  br label %41, !dbg !986

41:                                               ; preds = %29, %28
  %42 = load float, ptr %5, align 4, !dbg !987
  ret float %42, !dbg !987
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #6 !dbg !988 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca [3 x %struct.Mixed], align 16
  %7 = alloca %struct.Nested, align 8
  %8 = alloca %union.Num, align 8
  %9 = alloca %struct.Mixed, align 8
  %10 = alloca double, align 8
  %11 = alloca <4 x double>, align 32
  %12 = alloca <4 x double>, align 32
  %13 = alloca <4 x double>, align 32
  %14 = alloca <4 x double>, align 32
  %15 = alloca <4 x double>, align 32
  %16 = alloca <4 x float>, align 16
  %17 = alloca <4 x float>, align 16
  %18 = alloca ptr, align 8
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !993, !DIExpression(), !994)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !995, !DIExpression(), !996)
    #dbg_declare(ptr %6, !997, !DIExpression(), !998)
  %19 = getelementptr inbounds [3 x %struct.Mixed], ptr %6, i64 0, i64 0, !dbg !999
  call void @copy_mixed(ptr noundef %19, ptr noundef @g_mixed_arr, i32 noundef 3), !dbg !1000
    #dbg_declare(ptr %7, !1001, !DIExpression(), !1002)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %7, ptr align 8 @g_nested, i64 312, i1 false), !dbg !1003
  %20 = getelementptr inbounds nuw %struct.Nested, ptr %7, i32 0, i32 0, !dbg !1004
  %21 = getelementptr inbounds [4 x %struct.Mixed], ptr %20, i64 0, i64 0, !dbg !1005
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %21, ptr align 8 @g_mixed, i64 24, i1 false), !dbg !1006
  %22 = getelementptr inbounds nuw %struct.Nested, ptr %7, i32 0, i32 4, !dbg !1007
  %23 = load i32, ptr %4, align 4, !dbg !1008
  %24 = load i32, ptr %4, align 4, !dbg !1009
  %25 = sub nsw i32 0, %24, !dbg !1010
  call void @set_flags(ptr noundef %22, i32 noundef %23, i32 noundef %25), !dbg !1011
    #dbg_declare(ptr %8, !1012, !DIExpression(), !1013)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 8 @__const.main.u, i64 8, i1 false), !dbg !1013
    #dbg_declare(ptr %9, !1014, !DIExpression(), !1015)
  %26 = getelementptr inbounds [3 x %struct.Mixed], ptr %6, i64 0, i64 1, !dbg !1016
  %27 = getelementptr inbounds nuw %union.Num, ptr %8, i32 0, i32 0, !dbg !1017
  %28 = load i64, ptr %27, align 8, !dbg !1017
  call void @by_value(ptr dead_on_unwind writable sret(%struct.Mixed) align 8 %9, ptr noundef byval(%struct.Mixed) align 8 %26, i64 %28), !dbg !1017
    #dbg_declare(ptr %10, !1018, !DIExpression(), !1019)
  %29 = getelementptr inbounds [3 x %struct.Mixed], ptr %6, i64 0, i64 0, !dbg !1020
  %30 = call double @sum_mixed(ptr noundef %29, i32 noundef 3), !dbg !1021
  %31 = call double @matrix_trace(ptr noundef %7), !dbg !1022
  %32 = fadd double %30, %31, !dbg !1023
  %33 = getelementptr inbounds nuw %struct.Mixed, ptr %9, i32 0, i32 1, !dbg !1024
  %34 = load double, ptr %33, align 8, !dbg !1024
  %35 = fadd double %32, %34, !dbg !1025
  %36 = call double @apply_all(double noundef 1.500000e+00, double noundef 2.500000e+00), !dbg !1026
  %37 = fadd double %35, %36, !dbg !1027
  store double %37, ptr %10, align 8, !dbg !1019
  %38 = load i32, ptr %4, align 4, !dbg !1028
  %39 = add nsw i32 %38, 2, !dbg !1029
  %40 = call double @vla_sum(i32 noundef %39, i32 noundef 3), !dbg !1030
  %41 = load double, ptr %10, align 8, !dbg !1031
  %42 = fadd double %41, %40, !dbg !1031
  store double %42, ptr %10, align 8, !dbg !1031
  %43 = call x86_fp80 @ld_ops(x86_fp80 noundef 0xK40008000000000000000, x86_fp80 noundef 0xK3FFF8000000000000000), !dbg !1032
  %44 = fptrunc x86_fp80 %43 to double, !dbg !1033
  %45 = load i32, ptr %4, align 4, !dbg !1034
  %46 = sext i32 %45 to i128, !dbg !1034
  %47 = call i128 @i128_ops(i128 noundef %46, i128 noundef 99), !dbg !1035
  %48 = sitofp i128 %47 to double, !dbg !1036
  %49 = fadd double %44, %48, !dbg !1037
  %50 = load double, ptr %10, align 8, !dbg !1038
  %51 = fadd double %50, %49, !dbg !1038
  store double %51, ptr %10, align 8, !dbg !1038
  %52 = load i32, ptr %4, align 4, !dbg !1039
  %53 = call i32 @computed_goto(i32 noundef %52, i32 noundef 5), !dbg !1040
  %54 = sext i32 %53 to i64, !dbg !1040
  %55 = load i32, ptr %4, align 4, !dbg !1041
  %56 = sext i32 %55 to i64, !dbg !1041
  %57 = call i64 @atomics(i64 noundef %56), !dbg !1042
  %58 = add nsw i64 %54, %57, !dbg !1043
  %59 = load i32, ptr %4, align 4, !dbg !1044
  %60 = call i32 @asm_add(i32 noundef %59, i32 noundef 2), !dbg !1045
  %61 = sext i32 %60 to i64, !dbg !1045
  %62 = add nsw i64 %58, %61, !dbg !1046
  %63 = load i32, ptr %4, align 4, !dbg !1047
  %64 = call i32 @classify(i32 noundef %63), !dbg !1048
  %65 = sext i32 %64 to i64, !dbg !1048
  %66 = add nsw i64 %62, %65, !dbg !1049
  %67 = sitofp i64 %66 to double, !dbg !1040
  %68 = load double, ptr %10, align 8, !dbg !1050
  %69 = fadd double %68, %67, !dbg !1050
  store double %69, ptr %10, align 8, !dbg !1050
  %70 = load i32, ptr %4, align 4, !dbg !1051
  %71 = call i32 @alias_fn(i32 noundef %70), !dbg !1052
  %72 = load i32, ptr %4, align 4, !dbg !1053
  %73 = icmp sgt i32 %72, 1, !dbg !1054
  br i1 %73, label %74, label %78, !dbg !1053

74:                                               ; preds = %2
  %75 = load ptr, ptr %5, align 8, !dbg !1055
  %76 = getelementptr inbounds ptr, ptr %75, i64 1, !dbg !1055
  %77 = load ptr, ptr %76, align 8, !dbg !1055
  br label %79, !dbg !1053

78:                                               ; preds = %2
  br label %79, !dbg !1053

79:                                               ; preds = %78, %74
  %80 = phi ptr [ %77, %74 ], [ @.str.8, %78 ], !dbg !1053
  %81 = call i32 @string_stuff(ptr noundef %80), !dbg !1056
  %82 = add i32 %71, %81, !dbg !1057
  %83 = uitofp i32 %82 to float, !dbg !1052
  %84 = load i32, ptr %4, align 4, !dbg !1058
  %85 = call float @float_stuff(float noundef 1.500000e+00, double noundef 2.000000e+00, i32 noundef %84, i32 noundef 3), !dbg !1059
  %86 = fadd float %83, %85, !dbg !1060
  %87 = fpext float %86 to double, !dbg !1052
  %88 = load double, ptr %10, align 8, !dbg !1061
  %89 = fadd double %88, %87, !dbg !1061
  store double %89, ptr %10, align 8, !dbg !1061
  %90 = icmp ne ptr @extern_weak_thing, null, !dbg !1062
  br i1 %90, label %91, label %96, !dbg !1062

91:                                               ; preds = %79
  %92 = call i32 @extern_weak_thing(i32 noundef 1), !dbg !1064
  %93 = sitofp i32 %92 to double, !dbg !1064
  %94 = load double, ptr %10, align 8, !dbg !1065
  %95 = fadd double %94, %93, !dbg !1065
  store double %95, ptr %10, align 8, !dbg !1065
  br label %96, !dbg !1066

96:                                               ; preds = %91, %79
    #dbg_declare(ptr %11, !1067, !DIExpression(), !1068)
  store <4 x double> <double 1.000000e+00, double 2.000000e+00, double 3.000000e+00, double 4.000000e+00>, ptr %11, align 32, !dbg !1068
    #dbg_declare(ptr %12, !1069, !DIExpression(), !1070)
  %97 = load <4 x double>, ptr %11, align 32, !dbg !1071
  %98 = load <4 x double>, ptr %11, align 32, !dbg !1072
  %99 = load <4 x double>, ptr %11, align 32, !dbg !1073
  store <4 x double> %97, ptr %13, align 32, !dbg !1074
  store <4 x double> %98, ptr %14, align 32, !dbg !1074
  store <4 x double> %99, ptr %15, align 32, !dbg !1074
  %100 = call <4 x double> @vec_fma(ptr noundef byval(<4 x double>) align 32 %13, ptr noundef byval(<4 x double>) align 32 %14, ptr noundef byval(<4 x double>) align 32 %15), !dbg !1074
  store <4 x double> %100, ptr %12, align 32, !dbg !1070
  %101 = load <4 x double>, ptr %12, align 32, !dbg !1075
  %102 = extractelement <4 x double> %101, i32 0, !dbg !1075
  %103 = load <4 x double>, ptr %12, align 32, !dbg !1076
  %104 = extractelement <4 x double> %103, i32 3, !dbg !1076
  %105 = fadd double %102, %104, !dbg !1077
  store <4 x float> <float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00>, ptr %16, align 16, !dbg !1078
  %106 = load <4 x float>, ptr %16, align 16, !dbg !1078
  store <4 x float> <float 5.000000e+00, float 6.000000e+00, float 7.000000e+00, float 8.000000e+00>, ptr %17, align 16, !dbg !1079
  %107 = load <4 x float>, ptr %17, align 16, !dbg !1079
  %108 = call <4 x float> @vec_shuffle(<4 x float> noundef %106, <4 x float> noundef %107), !dbg !1080
  %109 = load i32, ptr %4, align 4, !dbg !1081
  %110 = and i32 %109, 3, !dbg !1082
  %111 = call float @vec_extract(<4 x float> noundef %108, i32 noundef %110), !dbg !1083
  %112 = fpext float %111 to double, !dbg !1083
  %113 = fadd double %105, %112, !dbg !1084
  %114 = load double, ptr %10, align 8, !dbg !1085
  %115 = fadd double %114, %113, !dbg !1085
  store double %115, ptr %10, align 8, !dbg !1085
  call void @asm_barrier(), !dbg !1086
  %116 = load i32, ptr %4, align 4, !dbg !1087
  %117 = load double, ptr %10, align 8, !dbg !1088
  %118 = call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @tls_var), !dbg !1089
  %119 = load i32, ptr %118, align 4, !dbg !1089
  %120 = sext i32 %119 to i64, !dbg !1090
  %121 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @tls_static), !dbg !1091
  %122 = load i64, ptr %121, align 8, !dbg !1091
  %123 = add nsw i64 %120, %122, !dbg !1092
  %124 = call i32 (ptr, ...) @logf_va(ptr noundef @.str.9, i32 noundef %116, double noundef %117, i64 noundef %123), !dbg !1093
  %125 = load i32, ptr %4, align 4, !dbg !1094
  %126 = srem i32 %125, 3, !dbg !1095
  %127 = call ptr @color_name(i32 noundef %126), !dbg !1096
  %128 = load double, ptr %10, align 8, !dbg !1097
  %129 = load i32, ptr %4, align 4, !dbg !1098
  %130 = sext i32 %129 to i64, !dbg !1099
  %131 = getelementptr inbounds [128 x i32], ptr @g_zero_arr, i64 0, i64 %130, !dbg !1099
  %132 = load i32, ptr %131, align 4, !dbg !1099
  %133 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, ptr noundef %127, ptr noundef @g_str_buf, double noundef %128, i32 noundef %132), !dbg !1100
    #dbg_declare(ptr %18, !1101, !DIExpression(), !1102)
  %134 = call noalias ptr @malloc(i64 noundef 16) #13, !dbg !1103
  store ptr %134, ptr %18, align 8, !dbg !1102
  %135 = load ptr, ptr %18, align 8, !dbg !1104
  call void @free(ptr noundef %135) #11, !dbg !1105
  %136 = load double, ptr %10, align 8, !dbg !1106
  %137 = fptosi double %136 to i32, !dbg !1107
  %138 = and i32 %137, 127, !dbg !1108
  ret i32 %138, !dbg !1109
}

declare extern_weak i32 @extern_weak_thing(i32 noundef) #4

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #10

; Function Attrs: nounwind
declare void @free(ptr noundef) #8

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nosync nounwind willreturn }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="256" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="128" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { nounwind }
attributes #12 = { nounwind willreturn memory(read) }
attributes #13 = { nounwind allocsize(0) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!174, !175, !176, !177, !178, !179, !180}
!llvm.ident = !{!181}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "g_counter", scope: !2, file: !3, line: 48, type: !24, isLocal: false, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 22.1.8 (1~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !20, globals: !31, splitDebugInlining: false, nameTableKind: None)
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
!31 = !{!0, !32, !38, !42, !50, !55, !60, !95, !98, !100, !102, !107, !114, !119, !122, !127, !132, !135, !143, !145, !147, !149, !154, !157, !159, !162, !167, !170}
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
!136 = distinct !DIGlobalVariable(name: "table", scope: !137, file: !3, line: 190, type: !141, isLocal: true, isDefinition: true)
!137 = distinct !DISubprogram(name: "computed_goto", scope: !3, file: !3, line: 189, type: !138, scopeLine: 189, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!138 = !DISubroutineType(types: !139)
!139 = !{!24, !24, !24}
!140 = !{}
!141 = !DICompositeType(tag: DW_TAG_array_type, baseType: !142, size: 256, elements: !66)
!142 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!143 = !DIGlobalVariableExpression(var: !144, expr: !DIExpression())
!144 = distinct !DIGlobalVariable(scope: null, file: !3, line: 235, type: !134, isLocal: true, isDefinition: true)
!145 = !DIGlobalVariableExpression(var: !146, expr: !DIExpression())
!146 = distinct !DIGlobalVariable(scope: null, file: !3, line: 262, type: !134, isLocal: true, isDefinition: true)
!147 = !DIGlobalVariableExpression(var: !148, expr: !DIExpression())
!148 = distinct !DIGlobalVariable(scope: null, file: !3, line: 269, type: !121, isLocal: true, isDefinition: true)
!149 = !DIGlobalVariableExpression(var: !150, expr: !DIExpression())
!150 = distinct !DIGlobalVariable(scope: null, file: !3, line: 270, type: !151, isLocal: true, isDefinition: true)
!151 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 104, elements: !152)
!152 = !{!153}
!153 = !DISubrange(count: 13)
!154 = !DIGlobalVariableExpression(var: !155, expr: !DIExpression())
!155 = distinct !DIGlobalVariable(name: "g_ubig", scope: !2, file: !3, line: 56, type: !156, isLocal: false, isDefinition: true)
!156 = !DIBasicType(name: "unsigned __int128", size: 128, encoding: DW_ATE_unsigned)
!157 = !DIGlobalVariableExpression(var: !158, expr: !DIExpression())
!158 = distinct !DIGlobalVariable(name: "tls_static", scope: !2, file: !3, line: 58, type: !30, isLocal: true, isDefinition: true)
!159 = !DIGlobalVariableExpression(var: !160, expr: !DIExpression())
!160 = distinct !DIGlobalVariable(name: "g_atomic_counter", scope: !2, file: !3, line: 59, type: !161, isLocal: false, isDefinition: true)
!161 = !DIDerivedType(tag: DW_TAG_atomic_type, baseType: !30)
!162 = !DIGlobalVariableExpression(var: !163, expr: !DIExpression())
!163 = distinct !DIGlobalVariable(name: "g_zero_arr", scope: !2, file: !3, line: 60, type: !164, isLocal: false, isDefinition: true)
!164 = !DICompositeType(tag: DW_TAG_array_type, baseType: !24, size: 4096, elements: !165)
!165 = !{!166}
!166 = !DISubrange(count: 128)
!167 = !DIGlobalVariableExpression(var: !168, expr: !DIExpression())
!168 = distinct !DIGlobalVariable(name: "g_table", scope: !2, file: !3, line: 49, type: !169, isLocal: true, isDefinition: true)
!169 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 320, elements: !130)
!170 = !DIGlobalVariableExpression(var: !171, expr: !DIExpression())
!171 = distinct !DIGlobalVariable(name: "g_bytes", scope: !2, file: !3, line: 62, type: !172, isLocal: true, isDefinition: true)
!172 = !DICompositeType(tag: DW_TAG_array_type, baseType: !173, size: 48, elements: !125)
!173 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !28)
!174 = !{i32 7, !"Dwarf Version", i32 5}
!175 = !{i32 2, !"Debug Info Version", i32 3}
!176 = !{i32 1, !"wchar_size", i32 4}
!177 = !{i32 8, !"PIC Level", i32 2}
!178 = !{i32 7, !"PIE Level", i32 2}
!179 = !{i32 7, !"uwtable", i32 2}
!180 = !{i32 7, !"frame-pointer", i32 2}
!181 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!182 = distinct !DISubprogram(name: "add", scope: !3, file: !3, line: 64, type: !112, scopeLine: 64, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !140)
!183 = !DILocalVariable(name: "a", arg: 1, scope: !182, file: !3, line: 64, type: !25)
!184 = !DILocation(line: 64, column: 26, scope: !182)
!185 = !DILocalVariable(name: "b", arg: 2, scope: !182, file: !3, line: 64, type: !25)
!186 = !DILocation(line: 64, column: 36, scope: !182)
!187 = !DILocation(line: 64, column: 48, scope: !182)
!188 = !DILocation(line: 64, column: 52, scope: !182)
!189 = !DILocation(line: 64, column: 50, scope: !182)
!190 = !DILocation(line: 64, column: 41, scope: !182)
!191 = distinct !DISubprogram(name: "mul", scope: !3, file: !3, line: 65, type: !112, scopeLine: 65, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !140)
!192 = !DILocalVariable(name: "a", arg: 1, scope: !191, file: !3, line: 65, type: !25)
!193 = !DILocation(line: 65, column: 26, scope: !191)
!194 = !DILocalVariable(name: "b", arg: 2, scope: !191, file: !3, line: 65, type: !25)
!195 = !DILocation(line: 65, column: 36, scope: !191)
!196 = !DILocation(line: 65, column: 48, scope: !191)
!197 = !DILocation(line: 65, column: 52, scope: !191)
!198 = !DILocation(line: 65, column: 50, scope: !191)
!199 = !DILocation(line: 65, column: 41, scope: !191)
!200 = distinct !DISubprogram(name: "sub", scope: !3, file: !3, line: 66, type: !112, scopeLine: 66, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !140)
!201 = !DILocalVariable(name: "a", arg: 1, scope: !200, file: !3, line: 66, type: !25)
!202 = !DILocation(line: 66, column: 26, scope: !200)
!203 = !DILocalVariable(name: "b", arg: 2, scope: !200, file: !3, line: 66, type: !25)
!204 = !DILocation(line: 66, column: 36, scope: !200)
!205 = !DILocation(line: 66, column: 48, scope: !200)
!206 = !DILocation(line: 66, column: 52, scope: !200)
!207 = !DILocation(line: 66, column: 50, scope: !200)
!208 = !DILocation(line: 66, column: 41, scope: !200)
!209 = distinct !DISubprogram(name: "weak_fn", scope: !3, file: !3, line: 69, type: !210, scopeLine: 69, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!210 = !DISubroutineType(types: !211)
!211 = !{!24, !24}
!212 = !DILocalVariable(name: "x", arg: 1, scope: !209, file: !3, line: 69, type: !24)
!213 = !DILocation(line: 69, column: 39, scope: !209)
!214 = !DILocation(line: 69, column: 51, scope: !209)
!215 = !DILocation(line: 69, column: 53, scope: !209)
!216 = !DILocation(line: 69, column: 44, scope: !209)
!217 = distinct !DISubprogram(name: "hidden_fn", scope: !3, file: !3, line: 70, type: !210, scopeLine: 70, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!218 = !DILocalVariable(name: "x", arg: 1, scope: !217, file: !3, line: 70, type: !24)
!219 = !DILocation(line: 70, column: 57, scope: !217)
!220 = !DILocation(line: 70, column: 69, scope: !217)
!221 = !DILocation(line: 70, column: 71, scope: !217)
!222 = !DILocation(line: 70, column: 62, scope: !217)
!223 = distinct !DISubprogram(name: "real_impl", scope: !3, file: !3, line: 72, type: !210, scopeLine: 72, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!224 = !DILocalVariable(name: "x", arg: 1, scope: !223, file: !3, line: 72, type: !24)
!225 = !DILocation(line: 72, column: 19, scope: !223)
!226 = !DILocation(line: 72, column: 41, scope: !223)
!227 = !DILocation(line: 72, column: 31, scope: !223)
!228 = !DILocation(line: 72, column: 56, scope: !223)
!229 = !DILocation(line: 72, column: 46, scope: !223)
!230 = !DILocation(line: 72, column: 44, scope: !223)
!231 = !DILocation(line: 72, column: 69, scope: !223)
!232 = !DILocation(line: 72, column: 61, scope: !223)
!233 = !DILocation(line: 72, column: 59, scope: !223)
!234 = !DILocation(line: 72, column: 24, scope: !223)
!235 = distinct !DISubprogram(name: "static_fn", scope: !3, file: !3, line: 71, type: !210, scopeLine: 71, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !140)
!236 = !DILocalVariable(name: "x", arg: 1, scope: !235, file: !3, line: 71, type: !24)
!237 = !DILocation(line: 71, column: 52, scope: !235)
!238 = !DILocation(line: 71, column: 64, scope: !235)
!239 = !DILocation(line: 71, column: 66, scope: !235)
!240 = !DILocation(line: 71, column: 57, scope: !235)
!241 = distinct !DISubprogram(name: "sum_mixed", scope: !3, file: !3, line: 76, type: !242, scopeLine: 76, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!242 = !DISubroutineType(types: !243)
!243 = !{!25, !244, !24}
!244 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !245, size: 64)
!245 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !44)
!246 = !DILocalVariable(name: "m", arg: 1, scope: !241, file: !3, line: 76, type: !244)
!247 = !DILocation(line: 76, column: 38, scope: !241)
!248 = !DILocalVariable(name: "n", arg: 2, scope: !241, file: !3, line: 76, type: !24)
!249 = !DILocation(line: 76, column: 45, scope: !241)
!250 = !DILocalVariable(name: "s", scope: !241, file: !3, line: 77, type: !25)
!251 = !DILocation(line: 77, column: 10, scope: !241)
!252 = !DILocalVariable(name: "i", scope: !253, file: !3, line: 78, type: !24)
!253 = distinct !DILexicalBlock(scope: !241, file: !3, line: 78, column: 3)
!254 = !DILocation(line: 78, column: 12, scope: !253)
!255 = !DILocation(line: 78, column: 8, scope: !253)
!256 = !DILocation(line: 78, column: 19, scope: !257)
!257 = distinct !DILexicalBlock(scope: !253, file: !3, line: 78, column: 3)
!258 = !DILocation(line: 78, column: 23, scope: !257)
!259 = !DILocation(line: 78, column: 21, scope: !257)
!260 = !DILocation(line: 78, column: 3, scope: !253)
!261 = !DILocation(line: 79, column: 10, scope: !257)
!262 = !DILocation(line: 79, column: 12, scope: !257)
!263 = !DILocation(line: 79, column: 15, scope: !257)
!264 = !DILocation(line: 79, column: 19, scope: !257)
!265 = !DILocation(line: 79, column: 21, scope: !257)
!266 = !DILocation(line: 79, column: 24, scope: !257)
!267 = !DILocation(line: 79, column: 28, scope: !257)
!268 = !DILocation(line: 79, column: 30, scope: !257)
!269 = !DILocation(line: 79, column: 33, scope: !257)
!270 = !DILocation(line: 79, column: 17, scope: !257)
!271 = !DILocation(line: 79, column: 37, scope: !257)
!272 = !DILocation(line: 79, column: 39, scope: !257)
!273 = !DILocation(line: 79, column: 42, scope: !257)
!274 = !DILocation(line: 79, column: 35, scope: !257)
!275 = !DILocation(line: 79, column: 56, scope: !257)
!276 = !DILocation(line: 79, column: 58, scope: !257)
!277 = !DILocation(line: 79, column: 48, scope: !257)
!278 = !DILocation(line: 79, column: 46, scope: !257)
!279 = !DILocation(line: 79, column: 7, scope: !257)
!280 = !DILocation(line: 79, column: 5, scope: !257)
!281 = !DILocation(line: 78, column: 27, scope: !257)
!282 = !DILocation(line: 78, column: 3, scope: !257)
!283 = distinct !{!283, !260, !284, !285}
!284 = !DILocation(line: 79, column: 61, scope: !253)
!285 = !{!"llvm.loop.mustprogress"}
!286 = !DILocation(line: 80, column: 10, scope: !241)
!287 = !DILocation(line: 80, column: 3, scope: !241)
!288 = distinct !DISubprogram(name: "copy_mixed", scope: !3, file: !3, line: 83, type: !289, scopeLine: 83, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!289 = !DISubroutineType(types: !290)
!290 = !{null, !291, !244, !24}
!291 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !44, size: 64)
!292 = !DILocalVariable(name: "dst", arg: 1, scope: !288, file: !3, line: 83, type: !291)
!293 = !DILocation(line: 83, column: 31, scope: !288)
!294 = !DILocalVariable(name: "src", arg: 2, scope: !288, file: !3, line: 83, type: !244)
!295 = !DILocation(line: 83, column: 56, scope: !288)
!296 = !DILocalVariable(name: "n", arg: 3, scope: !288, file: !3, line: 83, type: !24)
!297 = !DILocation(line: 83, column: 65, scope: !288)
!298 = !DILocation(line: 84, column: 10, scope: !288)
!299 = !DILocation(line: 84, column: 15, scope: !288)
!300 = !DILocation(line: 84, column: 51, scope: !288)
!301 = !DILocation(line: 84, column: 43, scope: !288)
!302 = !DILocation(line: 84, column: 41, scope: !288)
!303 = !DILocation(line: 84, column: 3, scope: !288)
!304 = !DILocation(line: 85, column: 1, scope: !288)
!305 = distinct !DISubprogram(name: "by_value", scope: !3, file: !3, line: 87, type: !306, scopeLine: 87, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!306 = !DISubroutineType(types: !307)
!307 = !{!44, !44, !76}
!308 = !DILocalVariable(name: "m", arg: 1, scope: !305, file: !3, line: 87, type: !44)
!309 = !DILocation(line: 87, column: 36, scope: !305)
!310 = !DILocalVariable(name: "u", arg: 2, scope: !305, file: !3, line: 87, type: !76)
!311 = !DILocation(line: 87, column: 49, scope: !305)
!312 = !DILocalVariable(name: "r", scope: !305, file: !3, line: 88, type: !44)
!313 = !DILocation(line: 88, column: 16, scope: !305)
!314 = !DILocation(line: 88, column: 20, scope: !305)
!315 = !DILocation(line: 89, column: 12, scope: !305)
!316 = !DILocation(line: 89, column: 5, scope: !305)
!317 = !DILocation(line: 89, column: 7, scope: !305)
!318 = !DILocation(line: 90, column: 17, scope: !305)
!319 = !DILocation(line: 90, column: 12, scope: !305)
!320 = !DILocation(line: 90, column: 5, scope: !305)
!321 = !DILocation(line: 90, column: 9, scope: !305)
!322 = !DILocation(line: 91, column: 3, scope: !305)
!323 = distinct !DISubprogram(name: "logf_va", scope: !3, file: !3, line: 94, type: !324, scopeLine: 94, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!324 = !DISubroutineType(types: !325)
!325 = !{!24, !40, null}
!326 = !DILocalVariable(name: "fmt", arg: 1, scope: !323, file: !3, line: 94, type: !40)
!327 = !DILocation(line: 94, column: 25, scope: !323)
!328 = !DILocalVariable(name: "ap", scope: !323, file: !3, line: 95, type: !329)
!329 = !DIDerivedType(tag: DW_TAG_typedef, name: "va_list", file: !330, line: 52, baseType: !331)
!330 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!331 = !DIDerivedType(tag: DW_TAG_typedef, name: "__gnuc_va_list", file: !332, line: 12, baseType: !333)
!332 = !DIFile(filename: "/usr/lib/llvm-22/lib/clang/22/include/__stdarg___gnuc_va_list.h", directory: "", checksumkind: CSK_MD5, checksum: "edb3f2eab991638e4dc94f6e55e3530f")
!333 = !DIDerivedType(tag: DW_TAG_typedef, name: "__builtin_va_list", file: !3, baseType: !334)
!334 = !DICompositeType(tag: DW_TAG_array_type, baseType: !335, size: 192, elements: !341)
!335 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__va_list_tag", size: 192, elements: !336)
!336 = !{!337, !338, !339, !340}
!337 = !DIDerivedType(tag: DW_TAG_member, name: "gp_offset", scope: !335, file: !3, line: 95, baseType: !6, size: 32)
!338 = !DIDerivedType(tag: DW_TAG_member, name: "fp_offset", scope: !335, file: !3, line: 95, baseType: !6, size: 32, offset: 32)
!339 = !DIDerivedType(tag: DW_TAG_member, name: "overflow_arg_area", scope: !335, file: !3, line: 95, baseType: !142, size: 64, offset: 64)
!340 = !DIDerivedType(tag: DW_TAG_member, name: "reg_save_area", scope: !335, file: !3, line: 95, baseType: !142, size: 64, offset: 128)
!341 = !{!342}
!342 = !DISubrange(count: 1)
!343 = !DILocation(line: 95, column: 11, scope: !323)
!344 = !DILocation(line: 96, column: 3, scope: !323)
!345 = !DILocalVariable(name: "total", scope: !323, file: !3, line: 97, type: !24)
!346 = !DILocation(line: 97, column: 7, scope: !323)
!347 = !DILocalVariable(name: "p", scope: !348, file: !3, line: 98, type: !40)
!348 = distinct !DILexicalBlock(scope: !323, file: !3, line: 98, column: 3)
!349 = !DILocation(line: 98, column: 20, scope: !348)
!350 = !DILocation(line: 98, column: 24, scope: !348)
!351 = !DILocation(line: 98, column: 8, scope: !348)
!352 = !DILocation(line: 98, column: 30, scope: !353)
!353 = distinct !DILexicalBlock(scope: !348, file: !3, line: 98, column: 3)
!354 = !DILocation(line: 98, column: 29, scope: !353)
!355 = !DILocation(line: 98, column: 3, scope: !348)
!356 = !DILocation(line: 99, column: 10, scope: !357)
!357 = distinct !DILexicalBlock(scope: !358, file: !3, line: 99, column: 9)
!358 = distinct !DILexicalBlock(scope: !353, file: !3, line: 98, column: 38)
!359 = !DILocation(line: 99, column: 9, scope: !357)
!360 = !DILocation(line: 99, column: 12, scope: !357)
!361 = !DILocation(line: 100, column: 16, scope: !357)
!362 = !DILocation(line: 100, column: 13, scope: !357)
!363 = !DILocation(line: 100, column: 7, scope: !357)
!364 = !DILocation(line: 101, column: 15, scope: !365)
!365 = distinct !DILexicalBlock(scope: !357, file: !3, line: 101, column: 14)
!366 = !DILocation(line: 101, column: 14, scope: !365)
!367 = !DILocation(line: 101, column: 17, scope: !365)
!368 = !DILocation(line: 102, column: 21, scope: !365)
!369 = !DILocation(line: 102, column: 16, scope: !365)
!370 = !DILocation(line: 102, column: 13, scope: !365)
!371 = !DILocation(line: 102, column: 7, scope: !365)
!372 = !DILocation(line: 103, column: 15, scope: !373)
!373 = distinct !DILexicalBlock(scope: !365, file: !3, line: 103, column: 14)
!374 = !DILocation(line: 103, column: 14, scope: !373)
!375 = !DILocation(line: 103, column: 17, scope: !373)
!376 = !DILocation(line: 104, column: 21, scope: !373)
!377 = !DILocation(line: 104, column: 16, scope: !373)
!378 = !DILocation(line: 104, column: 13, scope: !373)
!379 = !DILocation(line: 104, column: 7, scope: !373)
!380 = !DILocation(line: 105, column: 3, scope: !358)
!381 = !DILocation(line: 98, column: 34, scope: !353)
!382 = !DILocation(line: 98, column: 3, scope: !353)
!383 = distinct !{!383, !355, !384, !285}
!384 = !DILocation(line: 105, column: 3, scope: !348)
!385 = !DILocation(line: 106, column: 3, scope: !323)
!386 = !DILocation(line: 107, column: 32, scope: !323)
!387 = !DILocation(line: 107, column: 37, scope: !323)
!388 = !DILocation(line: 107, column: 3, scope: !323)
!389 = !DILocation(line: 108, column: 10, scope: !323)
!390 = !DILocation(line: 108, column: 3, scope: !323)
!391 = distinct !DISubprogram(name: "color_name", scope: !3, file: !3, line: 111, type: !392, scopeLine: 111, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!392 = !DISubroutineType(types: !393)
!393 = !{!40, !5}
!394 = !DILocalVariable(name: "c", arg: 1, scope: !391, file: !3, line: 111, type: !5)
!395 = !DILocation(line: 111, column: 35, scope: !391)
!396 = !DILocation(line: 112, column: 11, scope: !391)
!397 = !DILocation(line: 112, column: 3, scope: !391)
!398 = !DILocation(line: 113, column: 13, scope: !399)
!399 = distinct !DILexicalBlock(scope: !391, file: !3, line: 112, column: 14)
!400 = !DILocation(line: 114, column: 15, scope: !399)
!401 = !DILocation(line: 115, column: 14, scope: !399)
!402 = !DILocation(line: 116, column: 12, scope: !399)
!403 = !DILocation(line: 118, column: 1, scope: !391)
!404 = distinct !DISubprogram(name: "classify", scope: !3, file: !3, line: 120, type: !210, scopeLine: 120, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!405 = !DILocalVariable(name: "x", arg: 1, scope: !404, file: !3, line: 120, type: !24)
!406 = !DILocation(line: 120, column: 18, scope: !404)
!407 = !DILocation(line: 121, column: 11, scope: !404)
!408 = !DILocation(line: 121, column: 3, scope: !404)
!409 = !DILocation(line: 122, column: 11, scope: !410)
!410 = distinct !DILexicalBlock(scope: !404, file: !3, line: 121, column: 14)
!411 = !DILocation(line: 123, column: 19, scope: !410)
!412 = !DILocation(line: 124, column: 18, scope: !410)
!413 = !DILocation(line: 124, column: 20, scope: !410)
!414 = !DILocation(line: 124, column: 11, scope: !410)
!415 = !DILocation(line: 125, column: 13, scope: !410)
!416 = !DILocation(line: 126, column: 12, scope: !410)
!417 = !DILocation(line: 127, column: 19, scope: !410)
!418 = !DILocation(line: 127, column: 12, scope: !410)
!419 = !DILocation(line: 129, column: 1, scope: !404)
!420 = distinct !DISubprogram(name: "matrix_trace", scope: !3, file: !3, line: 131, type: !421, scopeLine: 131, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!421 = !DISubroutineType(types: !422)
!422 = !{!25, !423}
!423 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !424, size: 64)
!424 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !62)
!425 = !DILocalVariable(name: "n", arg: 1, scope: !420, file: !3, line: 131, type: !423)
!426 = !DILocation(line: 131, column: 42, scope: !420)
!427 = !DILocalVariable(name: "t", scope: !420, file: !3, line: 132, type: !25)
!428 = !DILocation(line: 132, column: 10, scope: !420)
!429 = !DILocalVariable(name: "i", scope: !430, file: !3, line: 133, type: !24)
!430 = distinct !DILexicalBlock(scope: !420, file: !3, line: 133, column: 3)
!431 = !DILocation(line: 133, column: 12, scope: !430)
!432 = !DILocation(line: 133, column: 8, scope: !430)
!433 = !DILocation(line: 133, column: 19, scope: !434)
!434 = distinct !DILexicalBlock(scope: !430, file: !3, line: 133, column: 3)
!435 = !DILocation(line: 133, column: 21, scope: !434)
!436 = !DILocation(line: 133, column: 3, scope: !430)
!437 = !DILocalVariable(name: "j", scope: !438, file: !3, line: 134, type: !24)
!438 = distinct !DILexicalBlock(scope: !434, file: !3, line: 134, column: 5)
!439 = !DILocation(line: 134, column: 14, scope: !438)
!440 = !DILocation(line: 134, column: 10, scope: !438)
!441 = !DILocation(line: 134, column: 21, scope: !442)
!442 = distinct !DILexicalBlock(scope: !438, file: !3, line: 134, column: 5)
!443 = !DILocation(line: 134, column: 23, scope: !442)
!444 = !DILocation(line: 134, column: 5, scope: !438)
!445 = !DILocation(line: 135, column: 11, scope: !446)
!446 = distinct !DILexicalBlock(scope: !442, file: !3, line: 135, column: 11)
!447 = !DILocation(line: 135, column: 16, scope: !446)
!448 = !DILocation(line: 135, column: 13, scope: !446)
!449 = !DILocation(line: 135, column: 24, scope: !446)
!450 = !DILocation(line: 135, column: 27, scope: !446)
!451 = !DILocation(line: 135, column: 32, scope: !446)
!452 = !DILocation(line: 135, column: 35, scope: !446)
!453 = !DILocation(line: 135, column: 21, scope: !446)
!454 = !DILocation(line: 135, column: 19, scope: !446)
!455 = !DILocation(line: 134, column: 29, scope: !442)
!456 = !DILocation(line: 134, column: 5, scope: !442)
!457 = distinct !{!457, !444, !458, !285}
!458 = !DILocation(line: 135, column: 36, scope: !438)
!459 = !DILocation(line: 133, column: 27, scope: !434)
!460 = !DILocation(line: 133, column: 3, scope: !434)
!461 = distinct !{!461, !436, !462, !285}
!462 = !DILocation(line: 135, column: 36, scope: !430)
!463 = !DILocalVariable(name: "c", scope: !420, file: !3, line: 136, type: !24)
!464 = !DILocation(line: 136, column: 7, scope: !420)
!465 = !DILocalVariable(name: "a", scope: !466, file: !3, line: 137, type: !24)
!466 = distinct !DILexicalBlock(scope: !420, file: !3, line: 137, column: 3)
!467 = !DILocation(line: 137, column: 12, scope: !466)
!468 = !DILocation(line: 137, column: 8, scope: !466)
!469 = !DILocation(line: 137, column: 19, scope: !470)
!470 = distinct !DILexicalBlock(scope: !466, file: !3, line: 137, column: 3)
!471 = !DILocation(line: 137, column: 21, scope: !470)
!472 = !DILocation(line: 137, column: 3, scope: !466)
!473 = !DILocalVariable(name: "b", scope: !474, file: !3, line: 138, type: !24)
!474 = distinct !DILexicalBlock(scope: !470, file: !3, line: 138, column: 5)
!475 = !DILocation(line: 138, column: 14, scope: !474)
!476 = !DILocation(line: 138, column: 10, scope: !474)
!477 = !DILocation(line: 138, column: 21, scope: !478)
!478 = distinct !DILexicalBlock(scope: !474, file: !3, line: 138, column: 5)
!479 = !DILocation(line: 138, column: 23, scope: !478)
!480 = !DILocation(line: 138, column: 5, scope: !474)
!481 = !DILocalVariable(name: "k", scope: !482, file: !3, line: 139, type: !24)
!482 = distinct !DILexicalBlock(scope: !478, file: !3, line: 139, column: 7)
!483 = !DILocation(line: 139, column: 16, scope: !482)
!484 = !DILocation(line: 139, column: 12, scope: !482)
!485 = !DILocation(line: 139, column: 23, scope: !486)
!486 = distinct !DILexicalBlock(scope: !482, file: !3, line: 139, column: 7)
!487 = !DILocation(line: 139, column: 25, scope: !486)
!488 = !DILocation(line: 139, column: 7, scope: !482)
!489 = !DILocation(line: 140, column: 14, scope: !486)
!490 = !DILocation(line: 140, column: 17, scope: !486)
!491 = !DILocation(line: 140, column: 22, scope: !486)
!492 = !DILocation(line: 140, column: 25, scope: !486)
!493 = !DILocation(line: 140, column: 28, scope: !486)
!494 = !DILocation(line: 140, column: 11, scope: !486)
!495 = !DILocation(line: 140, column: 9, scope: !486)
!496 = !DILocation(line: 139, column: 31, scope: !486)
!497 = !DILocation(line: 139, column: 7, scope: !486)
!498 = distinct !{!498, !488, !499, !285}
!499 = !DILocation(line: 140, column: 29, scope: !482)
!500 = !DILocation(line: 138, column: 29, scope: !478)
!501 = !DILocation(line: 138, column: 5, scope: !478)
!502 = distinct !{!502, !480, !503, !285}
!503 = !DILocation(line: 140, column: 29, scope: !474)
!504 = !DILocation(line: 137, column: 27, scope: !470)
!505 = !DILocation(line: 137, column: 3, scope: !470)
!506 = distinct !{!506, !472, !507, !285}
!507 = !DILocation(line: 140, column: 29, scope: !466)
!508 = !DILocation(line: 141, column: 10, scope: !420)
!509 = !DILocation(line: 141, column: 14, scope: !420)
!510 = !DILocation(line: 141, column: 12, scope: !420)
!511 = !DILocation(line: 141, column: 18, scope: !420)
!512 = !DILocation(line: 141, column: 21, scope: !420)
!513 = !DILocation(line: 141, column: 24, scope: !420)
!514 = !DILocation(line: 141, column: 16, scope: !420)
!515 = !DILocation(line: 141, column: 28, scope: !420)
!516 = !DILocation(line: 141, column: 31, scope: !420)
!517 = !DILocation(line: 141, column: 34, scope: !420)
!518 = !DILocation(line: 141, column: 26, scope: !420)
!519 = !DILocation(line: 141, column: 38, scope: !420)
!520 = !DILocation(line: 141, column: 41, scope: !420)
!521 = !DILocation(line: 141, column: 44, scope: !420)
!522 = !DILocation(line: 141, column: 36, scope: !420)
!523 = !DILocation(line: 141, column: 56, scope: !420)
!524 = !DILocation(line: 141, column: 59, scope: !420)
!525 = !DILocation(line: 141, column: 62, scope: !420)
!526 = !DILocation(line: 141, column: 48, scope: !420)
!527 = !DILocation(line: 141, column: 46, scope: !420)
!528 = !DILocation(line: 141, column: 3, scope: !420)
!529 = distinct !DISubprogram(name: "set_flags", scope: !3, file: !3, line: 144, type: !530, scopeLine: 144, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!530 = !DISubroutineType(types: !531)
!531 = !{null, !532, !6, !24}
!532 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !88, size: 64)
!533 = !DILocalVariable(name: "f", arg: 1, scope: !529, file: !3, line: 144, type: !532)
!534 = !DILocation(line: 144, column: 30, scope: !529)
!535 = !DILocalVariable(name: "a", arg: 2, scope: !529, file: !3, line: 144, type: !6)
!536 = !DILocation(line: 144, column: 42, scope: !529)
!537 = !DILocalVariable(name: "c", arg: 3, scope: !529, file: !3, line: 144, type: !24)
!538 = !DILocation(line: 144, column: 49, scope: !529)
!539 = !DILocation(line: 145, column: 10, scope: !529)
!540 = !DILocation(line: 145, column: 3, scope: !529)
!541 = !DILocation(line: 145, column: 8, scope: !529)
!542 = !DILocation(line: 146, column: 10, scope: !529)
!543 = !DILocation(line: 146, column: 12, scope: !529)
!544 = !DILocation(line: 146, column: 3, scope: !529)
!545 = !DILocation(line: 146, column: 8, scope: !529)
!546 = !DILocation(line: 147, column: 10, scope: !529)
!547 = !DILocation(line: 147, column: 3, scope: !529)
!548 = !DILocation(line: 147, column: 8, scope: !529)
!549 = !DILocation(line: 148, column: 30, scope: !529)
!550 = !DILocation(line: 148, column: 10, scope: !529)
!551 = !DILocation(line: 148, column: 32, scope: !529)
!552 = !DILocation(line: 148, column: 3, scope: !529)
!553 = !DILocation(line: 148, column: 8, scope: !529)
!554 = !DILocation(line: 149, column: 1, scope: !529)
!555 = distinct !DISubprogram(name: "apply", scope: !3, file: !3, line: 151, type: !556, scopeLine: 151, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!556 = !DISubroutineType(types: !557)
!557 = !{!25, !110, !25, !25}
!558 = !DILocalVariable(name: "op", arg: 1, scope: !555, file: !3, line: 151, type: !110)
!559 = !DILocation(line: 151, column: 22, scope: !555)
!560 = !DILocalVariable(name: "a", arg: 2, scope: !555, file: !3, line: 151, type: !25)
!561 = !DILocation(line: 151, column: 33, scope: !555)
!562 = !DILocalVariable(name: "b", arg: 3, scope: !555, file: !3, line: 151, type: !25)
!563 = !DILocation(line: 151, column: 43, scope: !555)
!564 = !DILocation(line: 151, column: 55, scope: !555)
!565 = !DILocation(line: 151, column: 58, scope: !555)
!566 = !DILocation(line: 151, column: 61, scope: !555)
!567 = !DILocation(line: 151, column: 48, scope: !555)
!568 = distinct !DISubprogram(name: "apply_all", scope: !3, file: !3, line: 153, type: !112, scopeLine: 153, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!569 = !DILocalVariable(name: "a", arg: 1, scope: !568, file: !3, line: 153, type: !25)
!570 = !DILocation(line: 153, column: 25, scope: !568)
!571 = !DILocalVariable(name: "b", arg: 2, scope: !568, file: !3, line: 153, type: !25)
!572 = !DILocation(line: 153, column: 35, scope: !568)
!573 = !DILocalVariable(name: "s", scope: !568, file: !3, line: 154, type: !25)
!574 = !DILocation(line: 154, column: 10, scope: !568)
!575 = !DILocalVariable(name: "i", scope: !576, file: !3, line: 155, type: !6)
!576 = distinct !DILexicalBlock(scope: !568, file: !3, line: 155, column: 3)
!577 = !DILocation(line: 155, column: 17, scope: !576)
!578 = !DILocation(line: 155, column: 8, scope: !576)
!579 = !DILocation(line: 155, column: 24, scope: !580)
!580 = distinct !DILexicalBlock(scope: !576, file: !3, line: 155, column: 3)
!581 = !DILocation(line: 155, column: 26, scope: !580)
!582 = !DILocation(line: 155, column: 3, scope: !576)
!583 = !DILocation(line: 156, column: 22, scope: !580)
!584 = !DILocation(line: 156, column: 16, scope: !580)
!585 = !DILocation(line: 156, column: 26, scope: !580)
!586 = !DILocation(line: 156, column: 29, scope: !580)
!587 = !DILocation(line: 156, column: 10, scope: !580)
!588 = !DILocation(line: 156, column: 7, scope: !580)
!589 = !DILocation(line: 156, column: 5, scope: !580)
!590 = !DILocation(line: 155, column: 63, scope: !580)
!591 = !DILocation(line: 155, column: 3, scope: !580)
!592 = distinct !{!592, !582, !593, !285}
!593 = !DILocation(line: 156, column: 30, scope: !576)
!594 = !DILocation(line: 157, column: 10, scope: !568)
!595 = !DILocation(line: 157, column: 3, scope: !568)
!596 = distinct !DISubprogram(name: "asm_add", scope: !3, file: !3, line: 160, type: !138, scopeLine: 160, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!597 = !DILocalVariable(name: "a", arg: 1, scope: !596, file: !3, line: 160, type: !24)
!598 = !DILocation(line: 160, column: 17, scope: !596)
!599 = !DILocalVariable(name: "b", arg: 2, scope: !596, file: !3, line: 160, type: !24)
!600 = !DILocation(line: 160, column: 24, scope: !596)
!601 = !DILocalVariable(name: "out", scope: !596, file: !3, line: 161, type: !24)
!602 = !DILocation(line: 161, column: 7, scope: !596)
!603 = !DILocation(line: 163, column: 57, scope: !596)
!604 = !DILocation(line: 163, column: 65, scope: !596)
!605 = !DILocation(line: 163, column: 3, scope: !596)
!606 = !{i64 4114}
!607 = !DILocation(line: 167, column: 10, scope: !596)
!608 = !DILocation(line: 167, column: 3, scope: !596)
!609 = distinct !DISubprogram(name: "asm_barrier", scope: !3, file: !3, line: 170, type: !610, scopeLine: 170, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2)
!610 = !DISubroutineType(types: !611)
!611 = !{null}
!612 = !DILocation(line: 170, column: 26, scope: !609)
!613 = !{i64 4262}
!614 = !DILocation(line: 170, column: 65, scope: !609)
!615 = distinct !DISubprogram(name: "atomics", scope: !3, file: !3, line: 172, type: !616, scopeLine: 172, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!616 = !DISubroutineType(types: !617)
!617 = !{!30, !30}
!618 = !DILocalVariable(name: "v", arg: 1, scope: !615, file: !3, line: 172, type: !30)
!619 = !DILocation(line: 172, column: 19, scope: !615)
!620 = !DILocation(line: 173, column: 39, scope: !615)
!621 = !DILocation(line: 173, column: 3, scope: !615)
!622 = !DILocalVariable(name: "old", scope: !615, file: !3, line: 174, type: !30)
!623 = !DILocation(line: 174, column: 8, scope: !615)
!624 = !DILocation(line: 174, column: 51, scope: !615)
!625 = !DILocation(line: 174, column: 46, scope: !615)
!626 = !DILocation(line: 174, column: 14, scope: !615)
!627 = !DILocalVariable(name: "expected", scope: !615, file: !3, line: 175, type: !24)
!628 = !DILocation(line: 175, column: 7, scope: !615)
!629 = !DILocation(line: 176, column: 3, scope: !615)
!630 = !DILocalVariable(name: "loaded", scope: !615, file: !3, line: 177, type: !30)
!631 = !DILocation(line: 177, column: 8, scope: !615)
!632 = !DILocation(line: 177, column: 17, scope: !615)
!633 = !DILocation(line: 177, column: 81, scope: !615)
!634 = !DILocation(line: 177, column: 79, scope: !615)
!635 = !DILocation(line: 178, column: 21, scope: !615)
!636 = !DILocation(line: 178, column: 3, scope: !615)
!637 = !DILocation(line: 179, column: 3, scope: !615)
!638 = !DILocation(line: 180, column: 3, scope: !615)
!639 = !DILocation(line: 181, column: 10, scope: !615)
!640 = !DILocation(line: 181, column: 16, scope: !615)
!641 = !DILocation(line: 181, column: 14, scope: !615)
!642 = !DILocation(line: 181, column: 25, scope: !615)
!643 = !DILocation(line: 181, column: 23, scope: !615)
!644 = !DILocation(line: 181, column: 3, scope: !615)
!645 = distinct !DISubprogram(name: "vec_fma", scope: !3, file: !3, line: 184, type: !646, scopeLine: 184, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!646 = !DISubroutineType(types: !647)
!647 = !{!648, !648, !648, !648}
!648 = !DIDerivedType(tag: DW_TAG_typedef, name: "v4d", file: !3, line: 43, baseType: !649)
!649 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 256, flags: DIFlagVector, elements: !66)
!650 = !DILocalVariable(name: "a", arg: 1, scope: !645, file: !3, line: 184, type: !648)
!651 = !DILocation(line: 184, column: 17, scope: !645)
!652 = !DILocalVariable(name: "b", arg: 2, scope: !645, file: !3, line: 184, type: !648)
!653 = !DILocation(line: 184, column: 24, scope: !645)
!654 = !DILocalVariable(name: "c", arg: 3, scope: !645, file: !3, line: 184, type: !648)
!655 = !DILocation(line: 184, column: 31, scope: !645)
!656 = !DILocation(line: 184, column: 43, scope: !645)
!657 = !DILocation(line: 184, column: 47, scope: !645)
!658 = !DILocation(line: 184, column: 51, scope: !645)
!659 = !DILocation(line: 184, column: 49, scope: !645)
!660 = !DILocation(line: 184, column: 36, scope: !645)
!661 = distinct !DISubprogram(name: "vec_shuffle", scope: !3, file: !3, line: 185, type: !662, scopeLine: 185, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!662 = !DISubroutineType(types: !663)
!663 = !{!664, !664, !664}
!664 = !DIDerivedType(tag: DW_TAG_typedef, name: "v4f", file: !3, line: 44, baseType: !665)
!665 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 128, flags: DIFlagVector, elements: !66)
!666 = !DILocalVariable(name: "a", arg: 1, scope: !661, file: !3, line: 185, type: !664)
!667 = !DILocation(line: 185, column: 21, scope: !661)
!668 = !DILocalVariable(name: "b", arg: 2, scope: !661, file: !3, line: 185, type: !664)
!669 = !DILocation(line: 185, column: 28, scope: !661)
!670 = !DILocation(line: 185, column: 64, scope: !661)
!671 = !DILocation(line: 185, column: 67, scope: !661)
!672 = !DILocation(line: 185, column: 40, scope: !661)
!673 = !DILocation(line: 185, column: 33, scope: !661)
!674 = distinct !DISubprogram(name: "vec_cmp", scope: !3, file: !3, line: 186, type: !675, scopeLine: 186, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!675 = !DISubroutineType(types: !676)
!676 = !{!677, !677, !677}
!677 = !DIDerivedType(tag: DW_TAG_typedef, name: "v8i", file: !3, line: 45, baseType: !678)
!678 = !DICompositeType(tag: DW_TAG_array_type, baseType: !24, size: 256, flags: DIFlagVector, elements: !85)
!679 = !DILocalVariable(name: "a", arg: 1, scope: !674, file: !3, line: 186, type: !677)
!680 = !DILocation(line: 186, column: 17, scope: !674)
!681 = !DILocalVariable(name: "b", arg: 2, scope: !674, file: !3, line: 186, type: !677)
!682 = !DILocation(line: 186, column: 24, scope: !674)
!683 = !DILocation(line: 186, column: 37, scope: !674)
!684 = !DILocation(line: 186, column: 41, scope: !674)
!685 = !DILocation(line: 186, column: 39, scope: !674)
!686 = !DILocation(line: 186, column: 47, scope: !674)
!687 = !DILocation(line: 186, column: 51, scope: !674)
!688 = !DILocation(line: 186, column: 49, scope: !674)
!689 = !DILocation(line: 186, column: 44, scope: !674)
!690 = !DILocation(line: 186, column: 29, scope: !674)
!691 = distinct !DISubprogram(name: "vec_extract", scope: !3, file: !3, line: 187, type: !692, scopeLine: 187, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!692 = !DISubroutineType(types: !693)
!693 = !{!29, !664, !24}
!694 = !DILocalVariable(name: "a", arg: 1, scope: !691, file: !3, line: 187, type: !664)
!695 = !DILocation(line: 187, column: 23, scope: !691)
!696 = !DILocalVariable(name: "i", arg: 2, scope: !691, file: !3, line: 187, type: !24)
!697 = !DILocation(line: 187, column: 30, scope: !691)
!698 = !DILocation(line: 187, column: 42, scope: !691)
!699 = !DILocation(line: 187, column: 44, scope: !691)
!700 = !DILocation(line: 187, column: 49, scope: !691)
!701 = !DILocation(line: 187, column: 47, scope: !691)
!702 = !DILocation(line: 187, column: 35, scope: !691)
!703 = !DILocalVariable(name: "op", arg: 1, scope: !137, file: !3, line: 189, type: !24)
!704 = !DILocation(line: 189, column: 23, scope: !137)
!705 = !DILocalVariable(name: "n", arg: 2, scope: !137, file: !3, line: 189, type: !24)
!706 = !DILocation(line: 189, column: 31, scope: !137)
!707 = !DILocalVariable(name: "acc", scope: !137, file: !3, line: 191, type: !24)
!708 = !DILocation(line: 191, column: 7, scope: !137)
!709 = !DILocalVariable(name: "pc", scope: !137, file: !3, line: 192, type: !24)
!710 = !DILocation(line: 192, column: 7, scope: !137)
!711 = !DILocation(line: 192, column: 12, scope: !137)
!712 = !DILocation(line: 192, column: 15, scope: !137)
!713 = !DILocation(line: 193, column: 15, scope: !137)
!714 = !DILocation(line: 193, column: 9, scope: !137)
!715 = !DILocation(line: 193, column: 3, scope: !137)
!716 = !DILabel(scope: !137, name: "do_inc", file: !3, line: 194, column: 1)
!717 = !DILocation(line: 194, column: 1, scope: !137)
!718 = !DILocation(line: 195, column: 7, scope: !137)
!719 = !DILocation(line: 196, column: 7, scope: !720)
!720 = distinct !DILexicalBlock(scope: !137, file: !3, line: 196, column: 7)
!721 = !DILocation(line: 196, column: 11, scope: !720)
!722 = !DILocation(line: 196, column: 29, scope: !720)
!723 = !DILocation(line: 196, column: 34, scope: !720)
!724 = !DILocation(line: 196, column: 32, scope: !720)
!725 = !DILocation(line: 196, column: 39, scope: !720)
!726 = !DILocation(line: 196, column: 22, scope: !720)
!727 = !DILocation(line: 196, column: 16, scope: !720)
!728 = !DILocation(line: 197, column: 3, scope: !137)
!729 = !DILabel(scope: !137, name: "do_dec", file: !3, line: 198, column: 1)
!730 = !DILocation(line: 198, column: 1, scope: !137)
!731 = !DILocation(line: 199, column: 7, scope: !137)
!732 = !DILocation(line: 200, column: 7, scope: !733)
!733 = distinct !DILexicalBlock(scope: !137, file: !3, line: 200, column: 7)
!734 = !DILocation(line: 200, column: 11, scope: !733)
!735 = !DILocation(line: 200, column: 29, scope: !733)
!736 = !DILocation(line: 200, column: 32, scope: !733)
!737 = !DILocation(line: 200, column: 37, scope: !733)
!738 = !DILocation(line: 200, column: 22, scope: !733)
!739 = !DILocation(line: 200, column: 16, scope: !733)
!740 = !DILocation(line: 201, column: 3, scope: !137)
!741 = !DILabel(scope: !137, name: "do_dbl", file: !3, line: 202, column: 1)
!742 = !DILocation(line: 202, column: 1, scope: !137)
!743 = !DILocation(line: 203, column: 7, scope: !137)
!744 = !DILocation(line: 204, column: 7, scope: !745)
!745 = distinct !DILexicalBlock(scope: !137, file: !3, line: 204, column: 7)
!746 = !DILocation(line: 204, column: 11, scope: !745)
!747 = !DILocation(line: 204, column: 22, scope: !745)
!748 = !DILocation(line: 204, column: 16, scope: !745)
!749 = !DILocation(line: 204, column: 13, scope: !745)
!750 = !DILabel(scope: !137, name: "done", file: !3, line: 205, column: 1)
!751 = !DILocation(line: 205, column: 1, scope: !137)
!752 = !DILocation(line: 206, column: 10, scope: !137)
!753 = !DILocation(line: 206, column: 3, scope: !137)
!754 = distinct !DISubprogram(name: "ld_ops", scope: !3, file: !3, line: 209, type: !755, scopeLine: 209, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!755 = !DISubroutineType(types: !756)
!756 = !{!97, !97, !97}
!757 = !DILocalVariable(name: "a", arg: 1, scope: !754, file: !3, line: 209, type: !97)
!758 = !DILocation(line: 209, column: 32, scope: !754)
!759 = !DILocalVariable(name: "b", arg: 2, scope: !754, file: !3, line: 209, type: !97)
!760 = !DILocation(line: 209, column: 47, scope: !754)
!761 = !DILocation(line: 209, column: 59, scope: !754)
!762 = !DILocation(line: 209, column: 63, scope: !754)
!763 = !DILocation(line: 209, column: 67, scope: !754)
!764 = !DILocation(line: 209, column: 75, scope: !754)
!765 = !DILocation(line: 209, column: 79, scope: !754)
!766 = !DILocation(line: 209, column: 77, scope: !754)
!767 = !DILocation(line: 209, column: 72, scope: !754)
!768 = !DILocation(line: 209, column: 65, scope: !754)
!769 = !DILocation(line: 209, column: 52, scope: !754)
!770 = distinct !DISubprogram(name: "i128_ops", scope: !3, file: !3, line: 211, type: !771, scopeLine: 211, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!771 = !DISubroutineType(types: !772)
!772 = !{!27, !27, !156}
!773 = !DILocalVariable(name: "a", arg: 1, scope: !770, file: !3, line: 211, type: !27)
!774 = !DILocation(line: 211, column: 28, scope: !770)
!775 = !DILocalVariable(name: "b", arg: 2, scope: !770, file: !3, line: 211, type: !156)
!776 = !DILocation(line: 211, column: 49, scope: !770)
!777 = !DILocation(line: 212, column: 12, scope: !770)
!778 = !DILocation(line: 212, column: 14, scope: !770)
!779 = !DILocation(line: 212, column: 10, scope: !770)
!780 = !DILocation(line: 213, column: 10, scope: !770)
!781 = !DILocation(line: 213, column: 24, scope: !770)
!782 = !DILocation(line: 213, column: 12, scope: !770)
!783 = !DILocation(line: 213, column: 29, scope: !770)
!784 = !DILocation(line: 213, column: 31, scope: !770)
!785 = !DILocation(line: 213, column: 26, scope: !770)
!786 = !DILocation(line: 213, column: 39, scope: !770)
!787 = !DILocation(line: 213, column: 45, scope: !770)
!788 = !DILocation(line: 213, column: 37, scope: !770)
!789 = !DILocation(line: 213, column: 3, scope: !770)
!790 = distinct !DISubprogram(name: "vla_sum", scope: !3, file: !3, line: 216, type: !791, scopeLine: 216, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!791 = !DISubroutineType(types: !792)
!792 = !{!25, !24, !24}
!793 = !DILocalVariable(name: "n", arg: 1, scope: !790, file: !3, line: 216, type: !24)
!794 = !DILocation(line: 216, column: 20, scope: !790)
!795 = !DILocalVariable(name: "m", arg: 2, scope: !790, file: !3, line: 216, type: !24)
!796 = !DILocation(line: 216, column: 27, scope: !790)
!797 = !DILocation(line: 217, column: 14, scope: !790)
!798 = !DILocation(line: 217, column: 3, scope: !790)
!799 = !DILocation(line: 217, column: 17, scope: !790)
!800 = !DILocalVariable(name: "__vla_expr0", scope: !790, type: !23, flags: DIFlagArtificial)
!801 = !DILocation(line: 0, scope: !790)
!802 = !DILocalVariable(name: "__vla_expr1", scope: !790, type: !23, flags: DIFlagArtificial)
!803 = !DILocalVariable(name: "arr", scope: !790, file: !3, line: 217, type: !804)
!804 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, elements: !805)
!805 = !{!806, !807}
!806 = !DISubrange(count: !800)
!807 = !DISubrange(count: !802)
!808 = !DILocation(line: 217, column: 10, scope: !790)
!809 = !DILocalVariable(name: "heap", scope: !790, file: !3, line: 218, type: !810)
!810 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64)
!811 = !DILocation(line: 218, column: 11, scope: !790)
!812 = !DILocation(line: 218, column: 60, scope: !790)
!813 = !DILocation(line: 218, column: 52, scope: !790)
!814 = !DILocation(line: 218, column: 50, scope: !790)
!815 = !DILocation(line: 218, column: 18, scope: !790)
!816 = !DILocalVariable(name: "i", scope: !817, file: !3, line: 219, type: !24)
!817 = distinct !DILexicalBlock(scope: !790, file: !3, line: 219, column: 3)
!818 = !DILocation(line: 219, column: 12, scope: !817)
!819 = !DILocation(line: 219, column: 8, scope: !817)
!820 = !DILocation(line: 219, column: 19, scope: !821)
!821 = distinct !DILexicalBlock(scope: !817, file: !3, line: 219, column: 3)
!822 = !DILocation(line: 219, column: 23, scope: !821)
!823 = !DILocation(line: 219, column: 21, scope: !821)
!824 = !DILocation(line: 219, column: 3, scope: !817)
!825 = !DILocation(line: 220, column: 15, scope: !826)
!826 = distinct !DILexicalBlock(scope: !821, file: !3, line: 219, column: 31)
!827 = !DILocation(line: 220, column: 5, scope: !826)
!828 = !DILocation(line: 220, column: 10, scope: !826)
!829 = !DILocation(line: 220, column: 13, scope: !826)
!830 = !DILocalVariable(name: "j", scope: !831, file: !3, line: 221, type: !24)
!831 = distinct !DILexicalBlock(scope: !826, file: !3, line: 221, column: 5)
!832 = !DILocation(line: 221, column: 14, scope: !831)
!833 = !DILocation(line: 221, column: 10, scope: !831)
!834 = !DILocation(line: 221, column: 21, scope: !835)
!835 = distinct !DILexicalBlock(scope: !831, file: !3, line: 221, column: 5)
!836 = !DILocation(line: 221, column: 25, scope: !835)
!837 = !DILocation(line: 221, column: 23, scope: !835)
!838 = !DILocation(line: 221, column: 5, scope: !831)
!839 = !DILocation(line: 222, column: 19, scope: !835)
!840 = !DILocation(line: 222, column: 23, scope: !835)
!841 = !DILocation(line: 222, column: 21, scope: !835)
!842 = !DILocation(line: 222, column: 27, scope: !835)
!843 = !DILocation(line: 222, column: 25, scope: !835)
!844 = !DILocation(line: 222, column: 11, scope: !835)
!845 = !DILocation(line: 222, column: 7, scope: !835)
!846 = !DILocation(line: 222, column: 14, scope: !835)
!847 = !DILocation(line: 222, column: 17, scope: !835)
!848 = !DILocation(line: 221, column: 29, scope: !835)
!849 = !DILocation(line: 221, column: 5, scope: !835)
!850 = distinct !{!850, !838, !851, !285}
!851 = !DILocation(line: 222, column: 27, scope: !831)
!852 = !DILocation(line: 223, column: 3, scope: !826)
!853 = !DILocation(line: 219, column: 27, scope: !821)
!854 = !DILocation(line: 219, column: 3, scope: !821)
!855 = distinct !{!855, !824, !856, !285}
!856 = !DILocation(line: 223, column: 3, scope: !817)
!857 = !DILocalVariable(name: "s", scope: !790, file: !3, line: 224, type: !25)
!858 = !DILocation(line: 224, column: 10, scope: !790)
!859 = !DILocalVariable(name: "i", scope: !860, file: !3, line: 225, type: !24)
!860 = distinct !DILexicalBlock(scope: !790, file: !3, line: 225, column: 3)
!861 = !DILocation(line: 225, column: 12, scope: !860)
!862 = !DILocation(line: 225, column: 8, scope: !860)
!863 = !DILocation(line: 225, column: 19, scope: !864)
!864 = distinct !DILexicalBlock(scope: !860, file: !3, line: 225, column: 3)
!865 = !DILocation(line: 225, column: 23, scope: !864)
!866 = !DILocation(line: 225, column: 21, scope: !864)
!867 = !DILocation(line: 225, column: 3, scope: !860)
!868 = !DILocalVariable(name: "j", scope: !869, file: !3, line: 226, type: !24)
!869 = distinct !DILexicalBlock(scope: !864, file: !3, line: 226, column: 5)
!870 = !DILocation(line: 226, column: 14, scope: !869)
!871 = !DILocation(line: 226, column: 10, scope: !869)
!872 = !DILocation(line: 226, column: 21, scope: !873)
!873 = distinct !DILexicalBlock(scope: !869, file: !3, line: 226, column: 5)
!874 = !DILocation(line: 226, column: 25, scope: !873)
!875 = !DILocation(line: 226, column: 23, scope: !873)
!876 = !DILocation(line: 226, column: 5, scope: !869)
!877 = !DILocation(line: 227, column: 16, scope: !873)
!878 = !DILocation(line: 227, column: 12, scope: !873)
!879 = !DILocation(line: 227, column: 19, scope: !873)
!880 = !DILocation(line: 227, column: 24, scope: !873)
!881 = !DILocation(line: 227, column: 29, scope: !873)
!882 = !DILocation(line: 227, column: 9, scope: !873)
!883 = !DILocation(line: 227, column: 7, scope: !873)
!884 = !DILocation(line: 226, column: 29, scope: !873)
!885 = !DILocation(line: 226, column: 5, scope: !873)
!886 = distinct !{!886, !876, !887, !285}
!887 = !DILocation(line: 227, column: 30, scope: !869)
!888 = !DILocation(line: 225, column: 27, scope: !864)
!889 = !DILocation(line: 225, column: 3, scope: !864)
!890 = distinct !{!890, !867, !891, !285}
!891 = !DILocation(line: 227, column: 30, scope: !860)
!892 = !DILocation(line: 228, column: 10, scope: !790)
!893 = !DILocation(line: 229, column: 1, scope: !790)
!894 = distinct !DISubprogram(name: "string_stuff", scope: !3, file: !3, line: 231, type: !895, scopeLine: 231, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!895 = !DISubroutineType(types: !896)
!896 = !{!6, !40}
!897 = !DILocalVariable(name: "s", arg: 1, scope: !894, file: !3, line: 231, type: !40)
!898 = !DILocation(line: 231, column: 35, scope: !894)
!899 = !DILocalVariable(name: "buf", scope: !894, file: !3, line: 232, type: !900)
!900 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 512, elements: !901)
!901 = !{!902}
!902 = !DISubrange(count: 64)
!903 = !DILocation(line: 232, column: 8, scope: !894)
!904 = !DILocation(line: 233, column: 11, scope: !894)
!905 = !DILocation(line: 233, column: 16, scope: !894)
!906 = !DILocation(line: 233, column: 3, scope: !894)
!907 = !DILocation(line: 234, column: 3, scope: !894)
!908 = !DILocation(line: 234, column: 11, scope: !894)
!909 = !DILocation(line: 235, column: 10, scope: !894)
!910 = !DILocation(line: 235, column: 3, scope: !894)
!911 = !DILocalVariable(name: "h", scope: !894, file: !3, line: 236, type: !6)
!912 = !DILocation(line: 236, column: 12, scope: !894)
!913 = !DILocalVariable(name: "i", scope: !914, file: !3, line: 237, type: !21)
!914 = distinct !DILexicalBlock(scope: !894, file: !3, line: 237, column: 3)
!915 = !DILocation(line: 237, column: 15, scope: !914)
!916 = !DILocation(line: 237, column: 8, scope: !914)
!917 = !DILocation(line: 237, column: 22, scope: !918)
!918 = distinct !DILexicalBlock(scope: !914, file: !3, line: 237, column: 3)
!919 = !DILocation(line: 237, column: 33, scope: !918)
!920 = !DILocation(line: 237, column: 26, scope: !918)
!921 = !DILocation(line: 237, column: 24, scope: !918)
!922 = !DILocation(line: 237, column: 3, scope: !914)
!923 = !DILocation(line: 238, column: 9, scope: !918)
!924 = !DILocation(line: 238, column: 11, scope: !918)
!925 = !DILocation(line: 238, column: 37, scope: !918)
!926 = !DILocation(line: 238, column: 33, scope: !918)
!927 = !DILocation(line: 238, column: 18, scope: !918)
!928 = !DILocation(line: 238, column: 16, scope: !918)
!929 = !DILocation(line: 238, column: 7, scope: !918)
!930 = !DILocation(line: 238, column: 5, scope: !918)
!931 = !DILocation(line: 237, column: 40, scope: !918)
!932 = !DILocation(line: 237, column: 3, scope: !918)
!933 = distinct !{!933, !922, !934, !285}
!934 = !DILocation(line: 238, column: 38, scope: !914)
!935 = !DILocation(line: 239, column: 10, scope: !894)
!936 = !DILocation(line: 239, column: 31, scope: !894)
!937 = !DILocation(line: 239, column: 24, scope: !894)
!938 = !DILocation(line: 239, column: 14, scope: !894)
!939 = !DILocation(line: 239, column: 12, scope: !894)
!940 = !DILocation(line: 239, column: 45, scope: !894)
!941 = !DILocation(line: 239, column: 43, scope: !894)
!942 = !DILocation(line: 239, column: 3, scope: !894)
!943 = distinct !DISubprogram(name: "float_stuff", scope: !3, file: !3, line: 242, type: !944, scopeLine: 242, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!944 = !DISubroutineType(types: !945)
!945 = !{!29, !29, !25, !24, !6}
!946 = !DILocalVariable(name: "a", arg: 1, scope: !943, file: !3, line: 242, type: !29)
!947 = !DILocation(line: 242, column: 25, scope: !943)
!948 = !DILocalVariable(name: "b", arg: 2, scope: !943, file: !3, line: 242, type: !25)
!949 = !DILocation(line: 242, column: 35, scope: !943)
!950 = !DILocalVariable(name: "i", arg: 3, scope: !943, file: !3, line: 242, type: !24)
!951 = !DILocation(line: 242, column: 42, scope: !943)
!952 = !DILocalVariable(name: "u", arg: 4, scope: !943, file: !3, line: 242, type: !6)
!953 = !DILocation(line: 242, column: 54, scope: !943)
!954 = !DILocalVariable(name: "r", scope: !943, file: !3, line: 243, type: !29)
!955 = !DILocation(line: 243, column: 9, scope: !943)
!956 = !DILocation(line: 243, column: 13, scope: !943)
!957 = !DILocation(line: 243, column: 24, scope: !943)
!958 = !DILocation(line: 243, column: 17, scope: !943)
!959 = !DILocation(line: 243, column: 15, scope: !943)
!960 = !DILocation(line: 244, column: 15, scope: !943)
!961 = !DILocation(line: 244, column: 8, scope: !943)
!962 = !DILocation(line: 244, column: 26, scope: !943)
!963 = !DILocation(line: 244, column: 19, scope: !943)
!964 = !DILocation(line: 244, column: 17, scope: !943)
!965 = !DILocation(line: 244, column: 5, scope: !943)
!966 = !DILocalVariable(name: "d", scope: !943, file: !3, line: 245, type: !25)
!967 = !DILocation(line: 245, column: 10, scope: !943)
!968 = !DILocation(line: 245, column: 22, scope: !943)
!969 = !DILocation(line: 245, column: 14, scope: !943)
!970 = !DILocation(line: 246, column: 7, scope: !971)
!971 = distinct !DILexicalBlock(scope: !943, file: !3, line: 246, column: 7)
!972 = !DILocation(line: 246, column: 12, scope: !971)
!973 = !DILocation(line: 246, column: 9, scope: !971)
!974 = !DILocation(line: 246, column: 15, scope: !971)
!975 = !DILocation(line: 247, column: 18, scope: !943)
!976 = !DILocation(line: 247, column: 20, scope: !943)
!977 = !DILocation(line: 247, column: 10, scope: !943)
!978 = !DILocation(line: 247, column: 42, scope: !943)
!979 = !DILocation(line: 247, column: 36, scope: !943)
!980 = !DILocation(line: 247, column: 29, scope: !943)
!981 = !DILocation(line: 247, column: 27, scope: !943)
!982 = !DILocation(line: 247, column: 68, scope: !943)
!983 = !DILocation(line: 247, column: 53, scope: !943)
!984 = !DILocation(line: 247, column: 46, scope: !943)
!985 = !DILocation(line: 247, column: 44, scope: !943)
!986 = !DILocation(line: 247, column: 3, scope: !943)
!987 = !DILocation(line: 248, column: 1, scope: !943)
!988 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 250, type: !989, scopeLine: 250, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!989 = !DISubroutineType(types: !990)
!990 = !{!24, !24, !991}
!991 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !992, size: 64)
!992 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64)
!993 = !DILocalVariable(name: "argc", arg: 1, scope: !988, file: !3, line: 250, type: !24)
!994 = !DILocation(line: 250, column: 14, scope: !988)
!995 = !DILocalVariable(name: "argv", arg: 2, scope: !988, file: !3, line: 250, type: !991)
!996 = !DILocation(line: 250, column: 27, scope: !988)
!997 = !DILocalVariable(name: "local", scope: !988, file: !3, line: 251, type: !52)
!998 = !DILocation(line: 251, column: 16, scope: !988)
!999 = !DILocation(line: 252, column: 14, scope: !988)
!1000 = !DILocation(line: 252, column: 3, scope: !988)
!1001 = !DILocalVariable(name: "n", scope: !988, file: !3, line: 253, type: !62)
!1002 = !DILocation(line: 253, column: 17, scope: !988)
!1003 = !DILocation(line: 253, column: 21, scope: !988)
!1004 = !DILocation(line: 254, column: 13, scope: !988)
!1005 = !DILocation(line: 254, column: 11, scope: !988)
!1006 = !DILocation(line: 254, column: 3, scope: !988)
!1007 = !DILocation(line: 255, column: 16, scope: !988)
!1008 = !DILocation(line: 255, column: 30, scope: !988)
!1009 = !DILocation(line: 255, column: 37, scope: !988)
!1010 = !DILocation(line: 255, column: 36, scope: !988)
!1011 = !DILocation(line: 255, column: 3, scope: !988)
!1012 = !DILocalVariable(name: "u", scope: !988, file: !3, line: 256, type: !76)
!1013 = !DILocation(line: 256, column: 13, scope: !988)
!1014 = !DILocalVariable(name: "r", scope: !988, file: !3, line: 257, type: !44)
!1015 = !DILocation(line: 257, column: 16, scope: !988)
!1016 = !DILocation(line: 257, column: 29, scope: !988)
!1017 = !DILocation(line: 257, column: 20, scope: !988)
!1018 = !DILocalVariable(name: "total", scope: !988, file: !3, line: 258, type: !25)
!1019 = !DILocation(line: 258, column: 10, scope: !988)
!1020 = !DILocation(line: 258, column: 28, scope: !988)
!1021 = !DILocation(line: 258, column: 18, scope: !988)
!1022 = !DILocation(line: 258, column: 40, scope: !988)
!1023 = !DILocation(line: 258, column: 38, scope: !988)
!1024 = !DILocation(line: 258, column: 61, scope: !988)
!1025 = !DILocation(line: 258, column: 57, scope: !988)
!1026 = !DILocation(line: 258, column: 65, scope: !988)
!1027 = !DILocation(line: 258, column: 63, scope: !988)
!1028 = !DILocation(line: 259, column: 20, scope: !988)
!1029 = !DILocation(line: 259, column: 25, scope: !988)
!1030 = !DILocation(line: 259, column: 12, scope: !988)
!1031 = !DILocation(line: 259, column: 9, scope: !988)
!1032 = !DILocation(line: 260, column: 20, scope: !988)
!1033 = !DILocation(line: 260, column: 12, scope: !988)
!1034 = !DILocation(line: 260, column: 58, scope: !988)
!1035 = !DILocation(line: 260, column: 49, scope: !988)
!1036 = !DILocation(line: 260, column: 41, scope: !988)
!1037 = !DILocation(line: 260, column: 39, scope: !988)
!1038 = !DILocation(line: 260, column: 9, scope: !988)
!1039 = !DILocation(line: 261, column: 26, scope: !988)
!1040 = !DILocation(line: 261, column: 12, scope: !988)
!1041 = !DILocation(line: 261, column: 45, scope: !988)
!1042 = !DILocation(line: 261, column: 37, scope: !988)
!1043 = !DILocation(line: 261, column: 35, scope: !988)
!1044 = !DILocation(line: 261, column: 61, scope: !988)
!1045 = !DILocation(line: 261, column: 53, scope: !988)
!1046 = !DILocation(line: 261, column: 51, scope: !988)
!1047 = !DILocation(line: 261, column: 81, scope: !988)
!1048 = !DILocation(line: 261, column: 72, scope: !988)
!1049 = !DILocation(line: 261, column: 70, scope: !988)
!1050 = !DILocation(line: 261, column: 9, scope: !988)
!1051 = !DILocation(line: 262, column: 21, scope: !988)
!1052 = !DILocation(line: 262, column: 12, scope: !988)
!1053 = !DILocation(line: 262, column: 42, scope: !988)
!1054 = !DILocation(line: 262, column: 47, scope: !988)
!1055 = !DILocation(line: 262, column: 53, scope: !988)
!1056 = !DILocation(line: 262, column: 29, scope: !988)
!1057 = !DILocation(line: 262, column: 27, scope: !988)
!1058 = !DILocation(line: 262, column: 93, scope: !988)
!1059 = !DILocation(line: 262, column: 70, scope: !988)
!1060 = !DILocation(line: 262, column: 68, scope: !988)
!1061 = !DILocation(line: 262, column: 9, scope: !988)
!1062 = !DILocation(line: 263, column: 7, scope: !1063)
!1063 = distinct !DILexicalBlock(scope: !988, file: !3, line: 263, column: 7)
!1064 = !DILocation(line: 264, column: 14, scope: !1063)
!1065 = !DILocation(line: 264, column: 11, scope: !1063)
!1066 = !DILocation(line: 264, column: 5, scope: !1063)
!1067 = !DILocalVariable(name: "a", scope: !988, file: !3, line: 265, type: !648)
!1068 = !DILocation(line: 265, column: 7, scope: !988)
!1069 = !DILocalVariable(name: "v", scope: !988, file: !3, line: 266, type: !648)
!1070 = !DILocation(line: 266, column: 7, scope: !988)
!1071 = !DILocation(line: 266, column: 19, scope: !988)
!1072 = !DILocation(line: 266, column: 22, scope: !988)
!1073 = !DILocation(line: 266, column: 25, scope: !988)
!1074 = !DILocation(line: 266, column: 11, scope: !988)
!1075 = !DILocation(line: 267, column: 12, scope: !988)
!1076 = !DILocation(line: 267, column: 19, scope: !988)
!1077 = !DILocation(line: 267, column: 17, scope: !988)
!1078 = !DILocation(line: 267, column: 50, scope: !988)
!1079 = !DILocation(line: 267, column: 69, scope: !988)
!1080 = !DILocation(line: 267, column: 38, scope: !988)
!1081 = !DILocation(line: 267, column: 89, scope: !988)
!1082 = !DILocation(line: 267, column: 94, scope: !988)
!1083 = !DILocation(line: 267, column: 26, scope: !988)
!1084 = !DILocation(line: 267, column: 24, scope: !988)
!1085 = !DILocation(line: 267, column: 9, scope: !988)
!1086 = !DILocation(line: 268, column: 3, scope: !988)
!1087 = !DILocation(line: 269, column: 18, scope: !988)
!1088 = !DILocation(line: 269, column: 24, scope: !988)
!1089 = !DILocation(line: 269, column: 37, scope: !988)
!1090 = !DILocation(line: 269, column: 31, scope: !988)
!1091 = !DILocation(line: 269, column: 47, scope: !988)
!1092 = !DILocation(line: 269, column: 45, scope: !988)
!1093 = !DILocation(line: 269, column: 3, scope: !988)
!1094 = !DILocation(line: 270, column: 51, scope: !988)
!1095 = !DILocation(line: 270, column: 56, scope: !988)
!1096 = !DILocation(line: 270, column: 27, scope: !988)
!1097 = !DILocation(line: 270, column: 74, scope: !988)
!1098 = !DILocation(line: 270, column: 92, scope: !988)
!1099 = !DILocation(line: 270, column: 81, scope: !988)
!1100 = !DILocation(line: 270, column: 3, scope: !988)
!1101 = !DILocalVariable(name: "p", scope: !988, file: !3, line: 271, type: !142)
!1102 = !DILocation(line: 271, column: 9, scope: !988)
!1103 = !DILocation(line: 271, column: 13, scope: !988)
!1104 = !DILocation(line: 272, column: 8, scope: !988)
!1105 = !DILocation(line: 272, column: 3, scope: !988)
!1106 = !DILocation(line: 273, column: 15, scope: !988)
!1107 = !DILocation(line: 273, column: 10, scope: !988)
!1108 = !DILocation(line: 273, column: 21, scope: !988)
!1109 = !DILocation(line: 273, column: 3, scope: !988)
