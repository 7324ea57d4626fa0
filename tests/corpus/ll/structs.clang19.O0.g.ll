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
@g_nested = dso_local global { [4 x %struct.Mixed], [3 x [4 x double]], [2 x [3 x [4 x i32]]], %union.Num, { i8, i8, i8, i8, i8, i8, i8, i8 }, ptr } { [4 x %struct.Mixed] zeroinitializer, [3 x [4 x double]] [[4 x double] [double 1.000000e+00, double 2.000000e+00, double 0.000000e+00, double 0.000000e+00], [4 x double] [double 3.000000e+00, double 0.000000e+00, double 0.000000e+00, double 0.000000e+00], [4 x double] zeroinitializer], [2 x [3 x [4 x i32]]] zeroinitializer, %union.Num zeroinitializer, { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 17, i8 -3, i8 28, i8 24, i8 0, i8 0, i8 0, i8 undef }, ptr @.str.1 }, align 8, !dbg !60
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
  %16 = getelementptr inbounds %struct.Mixed, ptr %15, i32 0, i32 0, !dbg !263
  %17 = load i64, ptr %16, align 8, !dbg !263
  %18 = sitofp i64 %17 to double, !dbg !261
  %19 = load ptr, ptr %3, align 8, !dbg !264
  %20 = load i32, ptr %6, align 4, !dbg !265
  %21 = sext i32 %20 to i64, !dbg !264
  %22 = getelementptr inbounds %struct.Mixed, ptr %19, i64 %21, !dbg !264
  %23 = getelementptr inbounds %struct.Mixed, ptr %22, i32 0, i32 1, !dbg !266
  %24 = load double, ptr %23, align 8, !dbg !266
  %25 = load ptr, ptr %3, align 8, !dbg !267
  %26 = load i32, ptr %6, align 4, !dbg !268
  %27 = sext i32 %26 to i64, !dbg !267
  %28 = getelementptr inbounds %struct.Mixed, ptr %25, i64 %27, !dbg !267
  %29 = getelementptr inbounds %struct.Mixed, ptr %28, i32 0, i32 2, !dbg !269
  %30 = load float, ptr %29, align 8, !dbg !269
  %31 = fpext float %30 to double, !dbg !267
  %32 = call double @llvm.fmuladd.f64(double %24, double %31, double %18), !dbg !270
  %33 = load ptr, ptr %3, align 8, !dbg !271
  %34 = load i32, ptr %6, align 4, !dbg !272
  %35 = sext i32 %34 to i64, !dbg !271
  %36 = getelementptr inbounds %struct.Mixed, ptr %33, i64 %35, !dbg !271
  %37 = getelementptr inbounds %struct.Mixed, ptr %36, i32 0, i32 3, !dbg !273
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

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
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
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @by_value(ptr dead_on_unwind noalias writable sret(%struct.Mixed) align 8 %0, ptr noundef byval(%struct.Mixed) align 8 %1, i64 %2) #0 !dbg !305 {
  %4 = alloca %union.Num, align 8
  %5 = getelementptr inbounds %union.Num, ptr %4, i32 0, i32 0
  store i64 %2, ptr %5, align 8
    #dbg_declare(ptr %1, !308, !DIExpression(), !309)
    #dbg_declare(ptr %4, !310, !DIExpression(), !311)
    #dbg_declare(ptr %0, !312, !DIExpression(), !313)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %0, ptr align 8 %1, i64 24, i1 false), !dbg !314
  %6 = load double, ptr %4, align 8, !dbg !315
  %7 = getelementptr inbounds %struct.Mixed, ptr %0, i32 0, i32 1, !dbg !316
  %8 = load double, ptr %7, align 8, !dbg !317
  %9 = fadd double %8, %6, !dbg !317
  store double %9, ptr %7, align 8, !dbg !317
  %10 = getelementptr inbounds [8 x i8], ptr %4, i64 0, i64 3, !dbg !318
  %11 = load i8, ptr %10, align 1, !dbg !318
  %12 = zext i8 %11 to i32, !dbg !319
  %13 = getelementptr inbounds %struct.Mixed, ptr %0, i32 0, i32 3, !dbg !320
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
  br i1 %16, label %17, label %36, !dbg !361

17:                                               ; preds = %12
  %18 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !362
  %19 = getelementptr inbounds %struct.__va_list_tag, ptr %18, i32 0, i32 0, !dbg !362
  %20 = load i32, ptr %19, align 16, !dbg !362
  %21 = icmp ule i32 %20, 40, !dbg !362
  br i1 %21, label %22, label %27, !dbg !362

22:                                               ; preds = %17
  %23 = getelementptr inbounds %struct.__va_list_tag, ptr %18, i32 0, i32 3, !dbg !362
  %24 = load ptr, ptr %23, align 16, !dbg !362
  %25 = getelementptr i8, ptr %24, i32 %20, !dbg !362
  %26 = add i32 %20, 8, !dbg !362
  store i32 %26, ptr %19, align 16, !dbg !362
  br label %31, !dbg !362

27:                                               ; preds = %17
  %28 = getelementptr inbounds %struct.__va_list_tag, ptr %18, i32 0, i32 2, !dbg !362
  %29 = load ptr, ptr %28, align 8, !dbg !362
  %30 = getelementptr i8, ptr %29, i32 8, !dbg !362
  store ptr %30, ptr %28, align 8, !dbg !362
  br label %31, !dbg !362

31:                                               ; preds = %27, %22
  %32 = phi ptr [ %25, %22 ], [ %29, %27 ], !dbg !362
  %33 = load i32, ptr %32, align 4, !dbg !362
  %34 = load i32, ptr %4, align 4, !dbg !363
  %35 = add nsw i32 %34, %33, !dbg !363
  store i32 %35, ptr %4, align 4, !dbg !363
  br label %88, !dbg !364

36:                                               ; preds = %12
  %37 = load ptr, ptr %5, align 8, !dbg !365
  %38 = load i8, ptr %37, align 1, !dbg !367
  %39 = sext i8 %38 to i32, !dbg !367
  %40 = icmp eq i32 %39, 102, !dbg !368
  br i1 %40, label %41, label %61, !dbg !369

41:                                               ; preds = %36
  %42 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !370
  %43 = getelementptr inbounds %struct.__va_list_tag, ptr %42, i32 0, i32 1, !dbg !370
  %44 = load i32, ptr %43, align 4, !dbg !370
  %45 = icmp ule i32 %44, 160, !dbg !370
  br i1 %45, label %46, label %51, !dbg !370

46:                                               ; preds = %41
  %47 = getelementptr inbounds %struct.__va_list_tag, ptr %42, i32 0, i32 3, !dbg !370
  %48 = load ptr, ptr %47, align 16, !dbg !370
  %49 = getelementptr i8, ptr %48, i32 %44, !dbg !370
  %50 = add i32 %44, 16, !dbg !370
  store i32 %50, ptr %43, align 4, !dbg !370
  br label %55, !dbg !370

51:                                               ; preds = %41
  %52 = getelementptr inbounds %struct.__va_list_tag, ptr %42, i32 0, i32 2, !dbg !370
  %53 = load ptr, ptr %52, align 8, !dbg !370
  %54 = getelementptr i8, ptr %53, i32 8, !dbg !370
  store ptr %54, ptr %52, align 8, !dbg !370
  br label %55, !dbg !370

55:                                               ; preds = %51, %46
  %56 = phi ptr [ %49, %46 ], [ %53, %51 ], !dbg !370
  %57 = load double, ptr %56, align 8, !dbg !370
  %58 = fptosi double %57 to i32, !dbg !371
  %59 = load i32, ptr %4, align 4, !dbg !372
  %60 = add nsw i32 %59, %58, !dbg !372
  store i32 %60, ptr %4, align 4, !dbg !372
  br label %87, !dbg !373

61:                                               ; preds = %36
  %62 = load ptr, ptr %5, align 8, !dbg !374
  %63 = load i8, ptr %62, align 1, !dbg !376
  %64 = sext i8 %63 to i32, !dbg !376
  %65 = icmp eq i32 %64, 108, !dbg !377
  br i1 %65, label %66, label %86, !dbg !378

66:                                               ; preds = %61
  %67 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !379
  %68 = getelementptr inbounds %struct.__va_list_tag, ptr %67, i32 0, i32 0, !dbg !379
  %69 = load i32, ptr %68, align 16, !dbg !379
  %70 = icmp ule i32 %69, 40, !dbg !379
  br i1 %70, label %71, label %76, !dbg !379

71:                                               ; preds = %66
  %72 = getelementptr inbounds %struct.__va_list_tag, ptr %67, i32 0, i32 3, !dbg !379
  %73 = load ptr, ptr %72, align 16, !dbg !379
  %74 = getelementptr i8, ptr %73, i32 %69, !dbg !379
  %75 = add i32 %69, 8, !dbg !379
  store i32 %75, ptr %68, align 16, !dbg !379
  br label %80, !dbg !379

76:                                               ; preds = %66
  %77 = getelementptr inbounds %struct.__va_list_tag, ptr %67, i32 0, i32 2, !dbg !379
  %78 = load ptr, ptr %77, align 8, !dbg !379
  %79 = getelementptr i8, ptr %78, i32 8, !dbg !379
  store ptr %79, ptr %77, align 8, !dbg !379
  br label %80, !dbg !379

80:                                               ; preds = %76, %71
  %81 = phi ptr [ %74, %71 ], [ %78, %76 ], !dbg !379
  %82 = load i64, ptr %81, align 8, !dbg !379
  %83 = trunc i64 %82 to i32, !dbg !380
  %84 = load i32, ptr %4, align 4, !dbg !381
  %85 = add nsw i32 %84, %83, !dbg !381
  store i32 %85, ptr %4, align 4, !dbg !381
  br label %86, !dbg !382

86:                                               ; preds = %80, %61
  br label %87

87:                                               ; preds = %86, %55
  br label %88

88:                                               ; preds = %87, %31
  br label %89, !dbg !383

89:                                               ; preds = %88
  %90 = load ptr, ptr %5, align 8, !dbg !384
  %91 = getelementptr inbounds i8, ptr %90, i32 1, !dbg !384
  store ptr %91, ptr %5, align 8, !dbg !384
  br label %8, !dbg !385, !llvm.loop !386

92:                                               ; preds = %8
  %93 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !388
  call void @llvm.va_end.p0(ptr %93), !dbg !388
  %94 = load ptr, ptr %2, align 8, !dbg !389
  %95 = load i32, ptr %4, align 4, !dbg !390
  %96 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, ptr noundef %94, i32 noundef %95), !dbg !391
  %97 = load i32, ptr %4, align 4, !dbg !392
  ret i32 %97, !dbg !393
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #3

declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: noinline nounwind optnone uwtable
define dso_local ptr @color_name(i32 noundef %0) #0 !dbg !394 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
    #dbg_declare(ptr %3, !397, !DIExpression(), !398)
  %4 = load i32, ptr %3, align 4, !dbg !399
  switch i32 %4, label %8 [
    i32 0, label %5
    i32 5, label %6
    i32 6, label %7
  ], !dbg !400

5:                                                ; preds = %1
  store ptr @.str.3, ptr %2, align 8, !dbg !401
  br label %9, !dbg !401

6:                                                ; preds = %1
  store ptr @.str.4, ptr %2, align 8, !dbg !403
  br label %9, !dbg !403

7:                                                ; preds = %1
  store ptr @.str.5, ptr %2, align 8, !dbg !404
  br label %9, !dbg !404

8:                                                ; preds = %1
  store ptr @.str.6, ptr %2, align 8, !dbg !405
  br label %9, !dbg !405

9:                                                ; preds = %8, %7, %6, %5
  %10 = load ptr, ptr %2, align 8, !dbg !406
  ret ptr %10, !dbg !406
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @classify(i32 noundef %0) #0 !dbg !407 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
    #dbg_declare(ptr %3, !408, !DIExpression(), !409)
  %4 = load i32, ptr %3, align 4, !dbg !410
  switch i32 %4, label %12 [
    i32 0, label %5
    i32 1, label %6
    i32 2, label %6
    i32 7, label %7
    i32 100, label %10
    i32 -5, label %11
  ], !dbg !411

5:                                                ; preds = %1
  store i32 10, ptr %2, align 4, !dbg !412
  br label %14, !dbg !412

6:                                                ; preds = %1, %1
  store i32 20, ptr %2, align 4, !dbg !414
  br label %14, !dbg !414

7:                                                ; preds = %1
  %8 = load i32, ptr %3, align 4, !dbg !415
  %9 = mul nsw i32 %8, 3, !dbg !416
  store i32 %9, ptr %2, align 4, !dbg !417
  br label %14, !dbg !417

10:                                               ; preds = %1
  store i32 -1, ptr %2, align 4, !dbg !418
  br label %14, !dbg !418

11:                                               ; preds = %1
  store i32 55, ptr %2, align 4, !dbg !419
  br label %14, !dbg !419

12:                                               ; preds = %1
  %13 = load i32, ptr %3, align 4, !dbg !420
  store i32 %13, ptr %2, align 4, !dbg !421
  br label %14, !dbg !421

14:                                               ; preds = %12, %11, %10, %7, %6, %5
  %15 = load i32, ptr %2, align 4, !dbg !422
  ret i32 %15, !dbg !422
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @matrix_trace(ptr noundef %0) #0 !dbg !423 {
  %2 = alloca ptr, align 8
  %3 = alloca double, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !428, !DIExpression(), !429)
    #dbg_declare(ptr %3, !430, !DIExpression(), !431)
  store double 0.000000e+00, ptr %3, align 8, !dbg !431
    #dbg_declare(ptr %4, !432, !DIExpression(), !434)
  store i32 0, ptr %4, align 4, !dbg !434
  br label %10, !dbg !435

10:                                               ; preds = %38, %1
  %11 = load i32, ptr %4, align 4, !dbg !436
  %12 = icmp slt i32 %11, 3, !dbg !438
  br i1 %12, label %13, label %41, !dbg !439

13:                                               ; preds = %10
    #dbg_declare(ptr %5, !440, !DIExpression(), !442)
  store i32 0, ptr %5, align 4, !dbg !442
  br label %14, !dbg !443

14:                                               ; preds = %34, %13
  %15 = load i32, ptr %5, align 4, !dbg !444
  %16 = icmp slt i32 %15, 4, !dbg !446
  br i1 %16, label %17, label %37, !dbg !447

17:                                               ; preds = %14
  %18 = load i32, ptr %4, align 4, !dbg !448
  %19 = load i32, ptr %5, align 4, !dbg !450
  %20 = icmp eq i32 %18, %19, !dbg !451
  br i1 %20, label %21, label %33, !dbg !452

21:                                               ; preds = %17
  %22 = load ptr, ptr %2, align 8, !dbg !453
  %23 = getelementptr inbounds %struct.Nested, ptr %22, i32 0, i32 1, !dbg !454
  %24 = load i32, ptr %4, align 4, !dbg !455
  %25 = sext i32 %24 to i64, !dbg !453
  %26 = getelementptr inbounds [3 x [4 x double]], ptr %23, i64 0, i64 %25, !dbg !453
  %27 = load i32, ptr %5, align 4, !dbg !456
  %28 = sext i32 %27 to i64, !dbg !453
  %29 = getelementptr inbounds [4 x double], ptr %26, i64 0, i64 %28, !dbg !453
  %30 = load double, ptr %29, align 8, !dbg !453
  %31 = load double, ptr %3, align 8, !dbg !457
  %32 = fadd double %31, %30, !dbg !457
  store double %32, ptr %3, align 8, !dbg !457
  br label %33, !dbg !458

33:                                               ; preds = %21, %17
  br label %34, !dbg !450

34:                                               ; preds = %33
  %35 = load i32, ptr %5, align 4, !dbg !459
  %36 = add nsw i32 %35, 1, !dbg !459
  store i32 %36, ptr %5, align 4, !dbg !459
  br label %14, !dbg !460, !llvm.loop !461

37:                                               ; preds = %14
  br label %38, !dbg !462

38:                                               ; preds = %37
  %39 = load i32, ptr %4, align 4, !dbg !463
  %40 = add nsw i32 %39, 1, !dbg !463
  store i32 %40, ptr %4, align 4, !dbg !463
  br label %10, !dbg !464, !llvm.loop !465

41:                                               ; preds = %10
    #dbg_declare(ptr %6, !467, !DIExpression(), !468)
  store i32 0, ptr %6, align 4, !dbg !468
    #dbg_declare(ptr %7, !469, !DIExpression(), !471)
  store i32 0, ptr %7, align 4, !dbg !471
  br label %42, !dbg !472

42:                                               ; preds = %76, %41
  %43 = load i32, ptr %7, align 4, !dbg !473
  %44 = icmp slt i32 %43, 2, !dbg !475
  br i1 %44, label %45, label %79, !dbg !476

45:                                               ; preds = %42
    #dbg_declare(ptr %8, !477, !DIExpression(), !479)
  store i32 0, ptr %8, align 4, !dbg !479
  br label %46, !dbg !480

46:                                               ; preds = %72, %45
  %47 = load i32, ptr %8, align 4, !dbg !481
  %48 = icmp slt i32 %47, 3, !dbg !483
  br i1 %48, label %49, label %75, !dbg !484

49:                                               ; preds = %46
    #dbg_declare(ptr %9, !485, !DIExpression(), !487)
  store i32 0, ptr %9, align 4, !dbg !487
  br label %50, !dbg !488

50:                                               ; preds = %68, %49
  %51 = load i32, ptr %9, align 4, !dbg !489
  %52 = icmp slt i32 %51, 4, !dbg !491
  br i1 %52, label %53, label %71, !dbg !492

53:                                               ; preds = %50
  %54 = load ptr, ptr %2, align 8, !dbg !493
  %55 = getelementptr inbounds %struct.Nested, ptr %54, i32 0, i32 2, !dbg !494
  %56 = load i32, ptr %7, align 4, !dbg !495
  %57 = sext i32 %56 to i64, !dbg !493
  %58 = getelementptr inbounds [2 x [3 x [4 x i32]]], ptr %55, i64 0, i64 %57, !dbg !493
  %59 = load i32, ptr %8, align 4, !dbg !496
  %60 = sext i32 %59 to i64, !dbg !493
  %61 = getelementptr inbounds [3 x [4 x i32]], ptr %58, i64 0, i64 %60, !dbg !493
  %62 = load i32, ptr %9, align 4, !dbg !497
  %63 = sext i32 %62 to i64, !dbg !493
  %64 = getelementptr inbounds [4 x i32], ptr %61, i64 0, i64 %63, !dbg !493
  %65 = load i32, ptr %64, align 4, !dbg !493
  %66 = load i32, ptr %6, align 4, !dbg !498
  %67 = add nsw i32 %66, %65, !dbg !498
  store i32 %67, ptr %6, align 4, !dbg !498
  br label %68, !dbg !499

68:                                               ; preds = %53
  %69 = load i32, ptr %9, align 4, !dbg !500
  %70 = add nsw i32 %69, 1, !dbg !500
  store i32 %70, ptr %9, align 4, !dbg !500
  br label %50, !dbg !501, !llvm.loop !502

71:                                               ; preds = %50
  br label %72, !dbg !503

72:                                               ; preds = %71
  %73 = load i32, ptr %8, align 4, !dbg !504
  %74 = add nsw i32 %73, 1, !dbg !504
  store i32 %74, ptr %8, align 4, !dbg !504
  br label %46, !dbg !505, !llvm.loop !506

75:                                               ; preds = %46
  br label %76, !dbg !507

76:                                               ; preds = %75
  %77 = load i32, ptr %7, align 4, !dbg !508
  %78 = add nsw i32 %77, 1, !dbg !508
  store i32 %78, ptr %7, align 4, !dbg !508
  br label %42, !dbg !509, !llvm.loop !510

79:                                               ; preds = %42
  %80 = load double, ptr %3, align 8, !dbg !512
  %81 = load i32, ptr %6, align 4, !dbg !513
  %82 = sitofp i32 %81 to double, !dbg !513
  %83 = fadd double %80, %82, !dbg !514
  %84 = load ptr, ptr %2, align 8, !dbg !515
  %85 = getelementptr inbounds %struct.Nested, ptr %84, i32 0, i32 4, !dbg !516
  %86 = load i64, ptr %85, align 8, !dbg !517
  %87 = and i64 %86, 7, !dbg !517
  %88 = trunc i64 %87 to i32, !dbg !517
  %89 = sitofp i32 %88 to double, !dbg !515
  %90 = fadd double %83, %89, !dbg !518
  %91 = load ptr, ptr %2, align 8, !dbg !519
  %92 = getelementptr inbounds %struct.Nested, ptr %91, i32 0, i32 4, !dbg !520
  %93 = load i64, ptr %92, align 8, !dbg !521
  %94 = lshr i64 %93, 3, !dbg !521
  %95 = and i64 %94, 31, !dbg !521
  %96 = trunc i64 %95 to i32, !dbg !521
  %97 = sitofp i32 %96 to double, !dbg !519
  %98 = fadd double %90, %97, !dbg !522
  %99 = load ptr, ptr %2, align 8, !dbg !523
  %100 = getelementptr inbounds %struct.Nested, ptr %99, i32 0, i32 4, !dbg !524
  %101 = load i64, ptr %100, align 8, !dbg !525
  %102 = shl i64 %101, 49, !dbg !525
  %103 = ashr i64 %102, 57, !dbg !525
  %104 = trunc i64 %103 to i32, !dbg !525
  %105 = sitofp i32 %104 to double, !dbg !523
  %106 = fadd double %98, %105, !dbg !526
  %107 = load ptr, ptr %2, align 8, !dbg !527
  %108 = getelementptr inbounds %struct.Nested, ptr %107, i32 0, i32 4, !dbg !528
  %109 = load i64, ptr %108, align 8, !dbg !529
  %110 = lshr i64 %109, 15, !dbg !529
  %111 = and i64 %110, 1099511627775, !dbg !529
  %112 = uitofp i64 %111 to double, !dbg !530
  %113 = fadd double %106, %112, !dbg !531
  ret double %113, !dbg !532
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @set_flags(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 !dbg !533 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !537, !DIExpression(), !538)
  store i32 %1, ptr %5, align 4
    #dbg_declare(ptr %5, !539, !DIExpression(), !540)
  store i32 %2, ptr %6, align 4
    #dbg_declare(ptr %6, !541, !DIExpression(), !542)
  %7 = load i32, ptr %5, align 4, !dbg !543
  %8 = load ptr, ptr %4, align 8, !dbg !544
  %9 = zext i32 %7 to i64, !dbg !545
  %10 = load i64, ptr %8, align 8, !dbg !545
  %11 = and i64 %9, 7, !dbg !545
  %12 = and i64 %10, -8, !dbg !545
  %13 = or i64 %12, %11, !dbg !545
  store i64 %13, ptr %8, align 8, !dbg !545
  %14 = trunc i64 %11 to i32, !dbg !545
  %15 = load i32, ptr %5, align 4, !dbg !546
  %16 = mul i32 %15, 2, !dbg !547
  %17 = load ptr, ptr %4, align 8, !dbg !548
  %18 = zext i32 %16 to i64, !dbg !549
  %19 = load i64, ptr %17, align 8, !dbg !549
  %20 = and i64 %18, 31, !dbg !549
  %21 = shl i64 %20, 3, !dbg !549
  %22 = and i64 %19, -249, !dbg !549
  %23 = or i64 %22, %21, !dbg !549
  store i64 %23, ptr %17, align 8, !dbg !549
  %24 = trunc i64 %20 to i32, !dbg !549
  %25 = load i32, ptr %6, align 4, !dbg !550
  %26 = load ptr, ptr %4, align 8, !dbg !551
  %27 = zext i32 %25 to i64, !dbg !552
  %28 = load i64, ptr %26, align 8, !dbg !552
  %29 = and i64 %27, 127, !dbg !552
  %30 = shl i64 %29, 8, !dbg !552
  %31 = and i64 %28, -32513, !dbg !552
  %32 = or i64 %31, %30, !dbg !552
  store i64 %32, ptr %26, align 8, !dbg !552
  %33 = shl i64 %29, 57, !dbg !552
  %34 = ashr i64 %33, 57, !dbg !552
  %35 = trunc i64 %34 to i32, !dbg !552
  %36 = load i32, ptr %5, align 4, !dbg !553
  %37 = zext i32 %36 to i64, !dbg !554
  %38 = shl i64 %37, 30, !dbg !555
  %39 = load ptr, ptr %4, align 8, !dbg !556
  %40 = load i64, ptr %39, align 8, !dbg !557
  %41 = and i64 %38, 1099511627775, !dbg !557
  %42 = shl i64 %41, 15, !dbg !557
  %43 = and i64 %40, -36028797018931201, !dbg !557
  %44 = or i64 %43, %42, !dbg !557
  store i64 %44, ptr %39, align 8, !dbg !557
  ret void, !dbg !558
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @apply(ptr noundef %0, double noundef %1, double noundef %2) #0 !dbg !559 {
  %4 = alloca ptr, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !562, !DIExpression(), !563)
  store double %1, ptr %5, align 8
    #dbg_declare(ptr %5, !564, !DIExpression(), !565)
  store double %2, ptr %6, align 8
    #dbg_declare(ptr %6, !566, !DIExpression(), !567)
  %7 = load ptr, ptr %4, align 8, !dbg !568
  %8 = load double, ptr %5, align 8, !dbg !569
  %9 = load double, ptr %6, align 8, !dbg !570
  %10 = call double %7(double noundef %8, double noundef %9), !dbg !568
  ret double %10, !dbg !571
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @apply_all(double noundef %0, double noundef %1) #0 !dbg !572 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  store double %0, ptr %3, align 8
    #dbg_declare(ptr %3, !573, !DIExpression(), !574)
  store double %1, ptr %4, align 8
    #dbg_declare(ptr %4, !575, !DIExpression(), !576)
    #dbg_declare(ptr %5, !577, !DIExpression(), !578)
  store double 0.000000e+00, ptr %5, align 8, !dbg !578
    #dbg_declare(ptr %6, !579, !DIExpression(), !581)
  store i32 0, ptr %6, align 4, !dbg !581
  br label %7, !dbg !582

7:                                                ; preds = %21, %2
  %8 = load i32, ptr %6, align 4, !dbg !583
  %9 = zext i32 %8 to i64, !dbg !583
  %10 = icmp ult i64 %9, 3, !dbg !585
  br i1 %10, label %11, label %24, !dbg !586

11:                                               ; preds = %7
  %12 = load i32, ptr %6, align 4, !dbg !587
  %13 = zext i32 %12 to i64, !dbg !588
  %14 = getelementptr inbounds [3 x ptr], ptr @g_ops, i64 0, i64 %13, !dbg !588
  %15 = load ptr, ptr %14, align 8, !dbg !588
  %16 = load double, ptr %3, align 8, !dbg !589
  %17 = load double, ptr %4, align 8, !dbg !590
  %18 = call double @apply(ptr noundef %15, double noundef %16, double noundef %17), !dbg !591
  %19 = load double, ptr %5, align 8, !dbg !592
  %20 = fadd double %19, %18, !dbg !592
  store double %20, ptr %5, align 8, !dbg !592
  br label %21, !dbg !593

21:                                               ; preds = %11
  %22 = load i32, ptr %6, align 4, !dbg !594
  %23 = add i32 %22, 1, !dbg !594
  store i32 %23, ptr %6, align 4, !dbg !594
  br label %7, !dbg !595, !llvm.loop !596

24:                                               ; preds = %7
  %25 = load double, ptr %5, align 8, !dbg !598
  ret double %25, !dbg !599
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @asm_add(i32 noundef %0, i32 noundef %1) #0 !dbg !600 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
    #dbg_declare(ptr %3, !601, !DIExpression(), !602)
  store i32 %1, ptr %4, align 4
    #dbg_declare(ptr %4, !603, !DIExpression(), !604)
    #dbg_declare(ptr %5, !605, !DIExpression(), !606)
  %6 = load i32, ptr %3, align 4, !dbg !607
  %7 = load i32, ptr %4, align 4, !dbg !608
  %8 = call i32 asm sideeffect "leal ($1,$2), $0", "=r,r,r,~{cc},~{dirflag},~{fpsr},~{flags}"(i32 %6, i32 %7) #10, !dbg !609, !srcloc !610
  store i32 %8, ptr %5, align 4, !dbg !609
  %9 = load i32, ptr %5, align 4, !dbg !611
  ret i32 %9, !dbg !612
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @asm_barrier() #0 !dbg !613 {
  call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"() #10, !dbg !616, !srcloc !617
  ret void, !dbg !618
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @atomics(i64 noundef %0) #0 !dbg !619 {
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
    #dbg_declare(ptr %2, !622, !DIExpression(), !623)
  %18 = load i64, ptr %2, align 8, !dbg !624
  store i64 %18, ptr %3, align 8, !dbg !624
  %19 = load i64, ptr %3, align 8, !dbg !624
  %20 = atomicrmw add ptr @g_atomic_counter, i64 %19 seq_cst, align 8, !dbg !624
  store i64 %20, ptr %4, align 8, !dbg !624
  %21 = load i64, ptr %4, align 8, !dbg !624
    #dbg_declare(ptr %5, !625, !DIExpression(), !626)
  %22 = load i64, ptr %2, align 8, !dbg !627
  %23 = trunc i64 %22 to i32, !dbg !628
  store i32 %23, ptr %6, align 4, !dbg !629
  %24 = load i32, ptr %6, align 4, !dbg !629
  %25 = atomicrmw xchg ptr @g_counter, i32 %24 seq_cst, align 4, !dbg !629
  store i32 %25, ptr %7, align 4, !dbg !629
  %26 = load i32, ptr %7, align 4, !dbg !629
  %27 = sext i32 %26 to i64, !dbg !629
  store i64 %27, ptr %5, align 8, !dbg !626
    #dbg_declare(ptr %8, !630, !DIExpression(), !631)
  store i32 5, ptr %8, align 4, !dbg !631
  store i32 9, ptr %9, align 4, !dbg !632
  %28 = load i32, ptr %8, align 4, !dbg !632
  %29 = load i32, ptr %9, align 4, !dbg !632
  %30 = cmpxchg ptr @g_counter, i32 %28, i32 %29 acq_rel acquire, align 4, !dbg !632
  %31 = extractvalue { i32, i1 } %30, 0, !dbg !632
  %32 = extractvalue { i32, i1 } %30, 1, !dbg !632
  br i1 %32, label %34, label %33, !dbg !632

33:                                               ; preds = %1
  store i32 %31, ptr %8, align 4, !dbg !632
  br label %34, !dbg !632

34:                                               ; preds = %33, %1
  %35 = zext i1 %32 to i8, !dbg !632
  store i8 %35, ptr %10, align 1, !dbg !632
  %36 = load i8, ptr %10, align 1, !dbg !632
  %37 = trunc i8 %36 to i1, !dbg !632
    #dbg_declare(ptr %11, !633, !DIExpression(), !634)
  %38 = load atomic i64, ptr @g_atomic_counter acquire, align 8, !dbg !635
  store i64 %38, ptr %12, align 8, !dbg !635
  %39 = load i64, ptr %12, align 8, !dbg !635
  %40 = load atomic i32, ptr @g_counter acquire, align 4, !dbg !636
  store i32 %40, ptr %13, align 4, !dbg !636
  %41 = load i32, ptr %13, align 4, !dbg !636
  %42 = sext i32 %41 to i64, !dbg !636
  %43 = add nsw i64 %39, %42, !dbg !637
  store i64 %43, ptr %11, align 8, !dbg !634
  %44 = call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @tls_var), !dbg !638
  store i32 1, ptr %14, align 4, !dbg !639
  %45 = load i32, ptr %14, align 4, !dbg !639
  store atomic i32 %45, ptr %44 release, align 4, !dbg !639
  store i32 1, ptr %15, align 4, !dbg !640
  %46 = load i32, ptr %15, align 4, !dbg !640
  %47 = atomicrmw sub ptr @g_counter, i32 %46 monotonic, align 4, !dbg !640
  store i32 %47, ptr %16, align 4, !dbg !640
  %48 = load i32, ptr %16, align 4, !dbg !640
  fence seq_cst, !dbg !641
  %49 = load i64, ptr %5, align 8, !dbg !642
  %50 = load i64, ptr %11, align 8, !dbg !643
  %51 = add nsw i64 %49, %50, !dbg !644
  %52 = load atomic i64, ptr @g_atomic_counter seq_cst, align 8, !dbg !645
  store i64 %52, ptr %17, align 8, !dbg !645
  %53 = load i64, ptr %17, align 8, !dbg !645
  %54 = add nsw i64 %51, %53, !dbg !646
  ret i64 %54, !dbg !647
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare nonnull ptr @llvm.threadlocal.address.p0(ptr nonnull) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local <4 x double> @vec_fma(ptr noundef byval(<4 x double>) align 32 %0, ptr noundef byval(<4 x double>) align 32 %1, ptr noundef byval(<4 x double>) align 32 %2) #5 !dbg !648 {
  %4 = alloca <4 x double>, align 32
  %5 = alloca <4 x double>, align 32
  %6 = alloca <4 x double>, align 32
  %7 = load <4 x double>, ptr %0, align 32
  %8 = load <4 x double>, ptr %1, align 32
  %9 = load <4 x double>, ptr %2, align 32
  store <4 x double> %7, ptr %4, align 32
    #dbg_declare(ptr %4, !653, !DIExpression(), !654)
  store <4 x double> %8, ptr %5, align 32
    #dbg_declare(ptr %5, !655, !DIExpression(), !656)
  store <4 x double> %9, ptr %6, align 32
    #dbg_declare(ptr %6, !657, !DIExpression(), !658)
  %10 = load <4 x double>, ptr %4, align 32, !dbg !659
  %11 = load <4 x double>, ptr %5, align 32, !dbg !660
  %12 = load <4 x double>, ptr %6, align 32, !dbg !661
  %13 = call <4 x double> @llvm.fmuladd.v4f64(<4 x double> %10, <4 x double> %11, <4 x double> %12), !dbg !662
  ret <4 x double> %13, !dbg !663
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x double> @llvm.fmuladd.v4f64(<4 x double>, <4 x double>, <4 x double>) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local <4 x float> @vec_shuffle(<4 x float> noundef %0, <4 x float> noundef %1) #6 !dbg !664 {
  %3 = alloca <4 x float>, align 16
  %4 = alloca <4 x float>, align 16
  store <4 x float> %0, ptr %3, align 16
    #dbg_declare(ptr %3, !669, !DIExpression(), !670)
  store <4 x float> %1, ptr %4, align 16
    #dbg_declare(ptr %4, !671, !DIExpression(), !672)
  %5 = load <4 x float>, ptr %3, align 16, !dbg !673
  %6 = load <4 x float>, ptr %4, align 16, !dbg !674
  %7 = shufflevector <4 x float> %5, <4 x float> %6, <4 x i32> <i32 0, i32 5, i32 2, i32 7>, !dbg !675
  ret <4 x float> %7, !dbg !676
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local <8 x i32> @vec_cmp(ptr noundef byval(<8 x i32>) align 32 %0, ptr noundef byval(<8 x i32>) align 32 %1) #5 !dbg !677 {
  %3 = alloca <8 x i32>, align 32
  %4 = alloca <8 x i32>, align 32
  %5 = load <8 x i32>, ptr %0, align 32
  %6 = load <8 x i32>, ptr %1, align 32
  store <8 x i32> %5, ptr %3, align 32
    #dbg_declare(ptr %3, !682, !DIExpression(), !683)
  store <8 x i32> %6, ptr %4, align 32
    #dbg_declare(ptr %4, !684, !DIExpression(), !685)
  %7 = load <8 x i32>, ptr %3, align 32, !dbg !686
  %8 = load <8 x i32>, ptr %4, align 32, !dbg !687
  %9 = icmp sgt <8 x i32> %7, %8, !dbg !688
  %10 = sext <8 x i1> %9 to <8 x i32>, !dbg !688
  %11 = load <8 x i32>, ptr %3, align 32, !dbg !689
  %12 = load <8 x i32>, ptr %4, align 32, !dbg !690
  %13 = xor <8 x i32> %11, %12, !dbg !691
  %14 = and <8 x i32> %10, %13, !dbg !692
  ret <8 x i32> %14, !dbg !693
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @vec_extract(<4 x float> noundef %0, i32 noundef %1) #6 !dbg !694 {
  %3 = alloca <4 x float>, align 16
  %4 = alloca i32, align 4
  store <4 x float> %0, ptr %3, align 16
    #dbg_declare(ptr %3, !697, !DIExpression(), !698)
  store i32 %1, ptr %4, align 4
    #dbg_declare(ptr %4, !699, !DIExpression(), !700)
  %5 = load <4 x float>, ptr %3, align 16, !dbg !701
  %6 = load i32, ptr %4, align 4, !dbg !702
  %7 = extractelement <4 x float> %5, i32 %6, !dbg !701
  %8 = load <4 x float>, ptr %3, align 16, !dbg !703
  %9 = extractelement <4 x float> %8, i32 2, !dbg !703
  %10 = fadd float %7, %9, !dbg !704
  ret float %10, !dbg !705
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @computed_goto(i32 noundef %0, i32 noundef %1) #0 !dbg !137 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
    #dbg_declare(ptr %3, !706, !DIExpression(), !707)
  store i32 %1, ptr %4, align 4
    #dbg_declare(ptr %4, !708, !DIExpression(), !709)
    #dbg_declare(ptr %5, !710, !DIExpression(), !711)
  store i32 0, ptr %5, align 4, !dbg !711
    #dbg_declare(ptr %6, !712, !DIExpression(), !713)
  %7 = load i32, ptr %3, align 4, !dbg !714
  %8 = and i32 %7, 3, !dbg !715
  store i32 %8, ptr %6, align 4, !dbg !713
  %9 = load i32, ptr %6, align 4, !dbg !716
  %10 = sext i32 %9 to i64, !dbg !717
  %11 = getelementptr inbounds [4 x ptr], ptr @computed_goto.table, i64 0, i64 %10, !dbg !717
  %12 = load ptr, ptr %11, align 8, !dbg !717
  br label %53, !dbg !718

13:                                               ; preds = %53
    #dbg_label(!719, !720)
  %14 = load i32, ptr %5, align 4, !dbg !721
  %15 = add nsw i32 %14, 1, !dbg !721
  store i32 %15, ptr %5, align 4, !dbg !721
  %16 = load i32, ptr %4, align 4, !dbg !722
  %17 = add nsw i32 %16, -1, !dbg !722
  store i32 %17, ptr %4, align 4, !dbg !722
  %18 = icmp sgt i32 %17, 0, !dbg !724
  br i1 %18, label %19, label %27, !dbg !725

19:                                               ; preds = %13
  %20 = load i32, ptr %6, align 4, !dbg !726
  %21 = load i32, ptr %5, align 4, !dbg !727
  %22 = add nsw i32 %20, %21, !dbg !728
  %23 = and i32 %22, 3, !dbg !729
  %24 = sext i32 %23 to i64, !dbg !730
  %25 = getelementptr inbounds [4 x ptr], ptr @computed_goto.table, i64 0, i64 %24, !dbg !730
  %26 = load ptr, ptr %25, align 8, !dbg !730
  br label %53, !dbg !731

27:                                               ; preds = %13
  br label %51, !dbg !732

28:                                               ; preds = %53
    #dbg_label(!733, !734)
  %29 = load i32, ptr %5, align 4, !dbg !735
  %30 = sub nsw i32 %29, 1, !dbg !735
  store i32 %30, ptr %5, align 4, !dbg !735
  %31 = load i32, ptr %4, align 4, !dbg !736
  %32 = add nsw i32 %31, -1, !dbg !736
  store i32 %32, ptr %4, align 4, !dbg !736
  %33 = icmp sgt i32 %32, 0, !dbg !738
  br i1 %33, label %34, label %41, !dbg !739

34:                                               ; preds = %28
  %35 = load i32, ptr %6, align 4, !dbg !740
  %36 = add nsw i32 %35, 2, !dbg !741
  %37 = and i32 %36, 3, !dbg !742
  %38 = sext i32 %37 to i64, !dbg !743
  %39 = getelementptr inbounds [4 x ptr], ptr @computed_goto.table, i64 0, i64 %38, !dbg !743
  %40 = load ptr, ptr %39, align 8, !dbg !743
  br label %53, !dbg !744

41:                                               ; preds = %28
  br label %51, !dbg !745

42:                                               ; preds = %53
    #dbg_label(!746, !747)
  %43 = load i32, ptr %5, align 4, !dbg !748
  %44 = mul nsw i32 %43, 2, !dbg !748
  store i32 %44, ptr %5, align 4, !dbg !748
  %45 = load i32, ptr %4, align 4, !dbg !749
  %46 = add nsw i32 %45, -1, !dbg !749
  store i32 %46, ptr %4, align 4, !dbg !749
  %47 = icmp sgt i32 %46, 0, !dbg !751
  br i1 %47, label %48, label %50, !dbg !752

48:                                               ; preds = %42
  %49 = load ptr, ptr @computed_goto.table, align 16, !dbg !753
  br label %53, !dbg !754

50:                                               ; preds = %42
  br label %51, !dbg !755

51:                                               ; preds = %50, %41, %27, %53
    #dbg_label(!756, !757)
  %52 = load i32, ptr %5, align 4, !dbg !758
  ret i32 %52, !dbg !759

53:                                               ; preds = %48, %34, %19, %2
  %54 = phi ptr [ %12, %2 ], [ %26, %19 ], [ %40, %34 ], [ %49, %48 ]
  indirectbr ptr %54, [label %13, label %28, label %42, label %51]
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local x86_fp80 @ld_ops(x86_fp80 noundef %0, x86_fp80 noundef %1) #0 !dbg !760 {
  %3 = alloca x86_fp80, align 16
  %4 = alloca x86_fp80, align 16
  store x86_fp80 %0, ptr %3, align 16
    #dbg_declare(ptr %3, !763, !DIExpression(), !764)
  store x86_fp80 %1, ptr %4, align 16
    #dbg_declare(ptr %4, !765, !DIExpression(), !766)
  %5 = load x86_fp80, ptr %3, align 16, !dbg !767
  %6 = load x86_fp80, ptr %4, align 16, !dbg !768
  %7 = load x86_fp80, ptr @g_ld, align 16, !dbg !769
  %8 = load x86_fp80, ptr %3, align 16, !dbg !770
  %9 = load x86_fp80, ptr %4, align 16, !dbg !771
  %10 = fsub x86_fp80 %8, %9, !dbg !772
  %11 = fdiv x86_fp80 %7, %10, !dbg !773
  %12 = call x86_fp80 @llvm.fmuladd.f80(x86_fp80 %5, x86_fp80 %6, x86_fp80 %11), !dbg !774
  ret x86_fp80 %12, !dbg !775
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare x86_fp80 @llvm.fmuladd.f80(x86_fp80, x86_fp80, x86_fp80) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local { i64, i64 } @i128_ops(i64 noundef %0, i64 noundef %1, i64 noundef %2, i64 noundef %3) #0 !dbg !776 {
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
    #dbg_declare(ptr %8, !779, !DIExpression(), !780)
  store i128 %15, ptr %9, align 16
    #dbg_declare(ptr %9, !781, !DIExpression(), !782)
  %16 = load i128, ptr %9, align 16, !dbg !783
  %17 = mul i128 %16, 3, !dbg !784
  store i128 %17, ptr @g_ubig, align 16, !dbg !785
  %18 = load i128, ptr %8, align 16, !dbg !786
  %19 = load i128, ptr %9, align 16, !dbg !787
  %20 = mul nsw i128 %18, %19, !dbg !788
  %21 = load i128, ptr %8, align 16, !dbg !789
  %22 = ashr i128 %21, 7, !dbg !790
  %23 = add nsw i128 %20, %22, !dbg !791
  %24 = load i128, ptr @g_big, align 16, !dbg !792
  %25 = srem i128 %24, 1000, !dbg !793
  %26 = sub nsw i128 %23, %25, !dbg !794
  store i128 %26, ptr %5, align 16, !dbg !795
  %27 = load { i64, i64 }, ptr %5, align 16, !dbg !795
  ret { i64, i64 } %27, !dbg !795
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @vla_sum(i32 noundef %0, i32 noundef %1) #0 !dbg !796 {
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
    #dbg_declare(ptr %3, !799, !DIExpression(), !800)
  store i32 %1, ptr %4, align 4
    #dbg_declare(ptr %4, !801, !DIExpression(), !802)
  %14 = load i32, ptr %3, align 4, !dbg !803
  %15 = zext i32 %14 to i64, !dbg !804
  %16 = load i32, ptr %4, align 4, !dbg !805
  %17 = zext i32 %16 to i64, !dbg !804
  %18 = call ptr @llvm.stacksave.p0(), !dbg !804
  store ptr %18, ptr %5, align 8, !dbg !804
  %19 = mul nuw i64 %15, %17, !dbg !804
  %20 = alloca double, i64 %19, align 16, !dbg !804
  store i64 %15, ptr %6, align 8, !dbg !804
  store i64 %17, ptr %7, align 8, !dbg !804
    #dbg_declare(ptr %6, !806, !DIExpression(), !807)
    #dbg_declare(ptr %7, !808, !DIExpression(), !807)
    #dbg_declare(ptr %20, !809, !DIExpression(), !814)
    #dbg_declare(ptr %8, !815, !DIExpression(), !817)
  %21 = load i32, ptr %3, align 4, !dbg !818
  %22 = sext i32 %21 to i64, !dbg !819
  %23 = mul i64 8, %22, !dbg !820
  %24 = alloca i8, i64 %23, align 16, !dbg !821
  store ptr %24, ptr %8, align 8, !dbg !817
    #dbg_declare(ptr %9, !822, !DIExpression(), !824)
  store i32 0, ptr %9, align 4, !dbg !824
  br label %25, !dbg !825

25:                                               ; preds = %58, %2
  %26 = load i32, ptr %9, align 4, !dbg !826
  %27 = load i32, ptr %3, align 4, !dbg !828
  %28 = icmp slt i32 %26, %27, !dbg !829
  br i1 %28, label %29, label %61, !dbg !830

29:                                               ; preds = %25
  %30 = load i32, ptr %9, align 4, !dbg !831
  %31 = sitofp i32 %30 to double, !dbg !831
  %32 = load ptr, ptr %8, align 8, !dbg !833
  %33 = load i32, ptr %9, align 4, !dbg !834
  %34 = sext i32 %33 to i64, !dbg !833
  %35 = getelementptr inbounds double, ptr %32, i64 %34, !dbg !833
  store double %31, ptr %35, align 8, !dbg !835
    #dbg_declare(ptr %10, !836, !DIExpression(), !838)
  store i32 0, ptr %10, align 4, !dbg !838
  br label %36, !dbg !839

36:                                               ; preds = %54, %29
  %37 = load i32, ptr %10, align 4, !dbg !840
  %38 = load i32, ptr %4, align 4, !dbg !842
  %39 = icmp slt i32 %37, %38, !dbg !843
  br i1 %39, label %40, label %57, !dbg !844

40:                                               ; preds = %36
  %41 = load i32, ptr %9, align 4, !dbg !845
  %42 = load i32, ptr %4, align 4, !dbg !846
  %43 = mul nsw i32 %41, %42, !dbg !847
  %44 = load i32, ptr %10, align 4, !dbg !848
  %45 = add nsw i32 %43, %44, !dbg !849
  %46 = sitofp i32 %45 to double, !dbg !845
  %47 = load i32, ptr %9, align 4, !dbg !850
  %48 = sext i32 %47 to i64, !dbg !851
  %49 = mul nsw i64 %48, %17, !dbg !851
  %50 = getelementptr inbounds double, ptr %20, i64 %49, !dbg !851
  %51 = load i32, ptr %10, align 4, !dbg !852
  %52 = sext i32 %51 to i64, !dbg !851
  %53 = getelementptr inbounds double, ptr %50, i64 %52, !dbg !851
  store double %46, ptr %53, align 8, !dbg !853
  br label %54, !dbg !851

54:                                               ; preds = %40
  %55 = load i32, ptr %10, align 4, !dbg !854
  %56 = add nsw i32 %55, 1, !dbg !854
  store i32 %56, ptr %10, align 4, !dbg !854
  br label %36, !dbg !855, !llvm.loop !856

57:                                               ; preds = %36
  br label %58, !dbg !858

58:                                               ; preds = %57
  %59 = load i32, ptr %9, align 4, !dbg !859
  %60 = add nsw i32 %59, 1, !dbg !859
  store i32 %60, ptr %9, align 4, !dbg !859
  br label %25, !dbg !860, !llvm.loop !861

61:                                               ; preds = %25
    #dbg_declare(ptr %11, !863, !DIExpression(), !864)
  store double 0.000000e+00, ptr %11, align 8, !dbg !864
    #dbg_declare(ptr %12, !865, !DIExpression(), !867)
  store i32 0, ptr %12, align 4, !dbg !867
  br label %62, !dbg !868

62:                                               ; preds = %91, %61
  %63 = load i32, ptr %12, align 4, !dbg !869
  %64 = load i32, ptr %3, align 4, !dbg !871
  %65 = icmp slt i32 %63, %64, !dbg !872
  br i1 %65, label %66, label %94, !dbg !873

66:                                               ; preds = %62
    #dbg_declare(ptr %13, !874, !DIExpression(), !876)
  store i32 0, ptr %13, align 4, !dbg !876
  br label %67, !dbg !877

67:                                               ; preds = %87, %66
  %68 = load i32, ptr %13, align 4, !dbg !878
  %69 = load i32, ptr %4, align 4, !dbg !880
  %70 = icmp slt i32 %68, %69, !dbg !881
  br i1 %70, label %71, label %90, !dbg !882

71:                                               ; preds = %67
  %72 = load i32, ptr %12, align 4, !dbg !883
  %73 = sext i32 %72 to i64, !dbg !884
  %74 = mul nsw i64 %73, %17, !dbg !884
  %75 = getelementptr inbounds double, ptr %20, i64 %74, !dbg !884
  %76 = load i32, ptr %13, align 4, !dbg !885
  %77 = sext i32 %76 to i64, !dbg !884
  %78 = getelementptr inbounds double, ptr %75, i64 %77, !dbg !884
  %79 = load double, ptr %78, align 8, !dbg !884
  %80 = load ptr, ptr %8, align 8, !dbg !886
  %81 = load i32, ptr %12, align 4, !dbg !887
  %82 = sext i32 %81 to i64, !dbg !886
  %83 = getelementptr inbounds double, ptr %80, i64 %82, !dbg !886
  %84 = load double, ptr %83, align 8, !dbg !886
  %85 = load double, ptr %11, align 8, !dbg !888
  %86 = call double @llvm.fmuladd.f64(double %79, double %84, double %85), !dbg !888
  store double %86, ptr %11, align 8, !dbg !888
  br label %87, !dbg !889

87:                                               ; preds = %71
  %88 = load i32, ptr %13, align 4, !dbg !890
  %89 = add nsw i32 %88, 1, !dbg !890
  store i32 %89, ptr %13, align 4, !dbg !890
  br label %67, !dbg !891, !llvm.loop !892

90:                                               ; preds = %67
  br label %91, !dbg !893

91:                                               ; preds = %90
  %92 = load i32, ptr %12, align 4, !dbg !894
  %93 = add nsw i32 %92, 1, !dbg !894
  store i32 %93, ptr %12, align 4, !dbg !894
  br label %62, !dbg !895, !llvm.loop !896

94:                                               ; preds = %62
  %95 = load double, ptr %11, align 8, !dbg !898
  %96 = load ptr, ptr %5, align 8, !dbg !899
  call void @llvm.stackrestore.p0(ptr %96), !dbg !899
  ret double %95, !dbg !899
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave.p0() #3

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore.p0(ptr) #3

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @string_stuff(ptr noundef %0) #0 !dbg !900 {
  %2 = alloca ptr, align 8
  %3 = alloca [64 x i8], align 16
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !903, !DIExpression(), !904)
    #dbg_declare(ptr %3, !905, !DIExpression(), !909)
  %6 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 0, !dbg !910
  %7 = load ptr, ptr %2, align 8, !dbg !911
  %8 = call ptr @strncpy(ptr noundef %6, ptr noundef %7, i64 noundef 63) #10, !dbg !912
  %9 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 63, !dbg !913
  store i8 0, ptr %9, align 1, !dbg !914
  %10 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 0, !dbg !915
  %11 = call ptr @strcat(ptr noundef %10, ptr noundef @.str.7) #10, !dbg !916
    #dbg_declare(ptr %4, !917, !DIExpression(), !918)
  store i32 5381, ptr %4, align 4, !dbg !918
    #dbg_declare(ptr %5, !919, !DIExpression(), !921)
  store i64 0, ptr %5, align 8, !dbg !921
  br label %12, !dbg !922

12:                                               ; preds = %25, %1
  %13 = load i64, ptr %5, align 8, !dbg !923
  %14 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 0, !dbg !925
  %15 = call i64 @strlen(ptr noundef %14) #11, !dbg !926
  %16 = icmp ult i64 %13, %15, !dbg !927
  br i1 %16, label %17, label %28, !dbg !928

17:                                               ; preds = %12
  %18 = load i32, ptr %4, align 4, !dbg !929
  %19 = mul i32 %18, 33, !dbg !930
  %20 = load i64, ptr %5, align 8, !dbg !931
  %21 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 %20, !dbg !932
  %22 = load i8, ptr %21, align 1, !dbg !932
  %23 = zext i8 %22 to i32, !dbg !933
  %24 = add i32 %19, %23, !dbg !934
  store i32 %24, ptr %4, align 4, !dbg !935
  br label %25, !dbg !936

25:                                               ; preds = %17
  %26 = load i64, ptr %5, align 8, !dbg !937
  %27 = add i64 %26, 1, !dbg !937
  store i64 %27, ptr %5, align 8, !dbg !937
  br label %12, !dbg !938, !llvm.loop !939

28:                                               ; preds = %12
  %29 = load i32, ptr %4, align 4, !dbg !941
  %30 = load ptr, ptr @g_greeting, align 8, !dbg !942
  %31 = call i64 @strlen(ptr noundef %30) #11, !dbg !943
  %32 = trunc i64 %31 to i32, !dbg !944
  %33 = add i32 %29, %32, !dbg !945
  %34 = load i8, ptr getelementptr inbounds ([6 x i8], ptr @g_bytes, i64 0, i64 3), align 1, !dbg !946
  %35 = zext i8 %34 to i32, !dbg !946
  %36 = add i32 %33, %35, !dbg !947
  ret i32 %36, !dbg !948
}

; Function Attrs: nounwind
declare ptr @strncpy(ptr noundef, ptr noundef, i64 noundef) #7

; Function Attrs: nounwind
declare ptr @strcat(ptr noundef, ptr noundef) #7

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @float_stuff(float noundef %0, double noundef %1, i32 noundef %2, i32 noundef %3) #0 !dbg !949 {
  %5 = alloca float, align 4
  %6 = alloca float, align 4
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca float, align 4
  %11 = alloca double, align 8
  store float %0, ptr %6, align 4
    #dbg_declare(ptr %6, !952, !DIExpression(), !953)
  store double %1, ptr %7, align 8
    #dbg_declare(ptr %7, !954, !DIExpression(), !955)
  store i32 %2, ptr %8, align 4
    #dbg_declare(ptr %8, !956, !DIExpression(), !957)
  store i32 %3, ptr %9, align 4
    #dbg_declare(ptr %9, !958, !DIExpression(), !959)
    #dbg_declare(ptr %10, !960, !DIExpression(), !961)
  %12 = load float, ptr %6, align 4, !dbg !962
  %13 = load double, ptr %7, align 8, !dbg !963
  %14 = fptrunc double %13 to float, !dbg !964
  %15 = fdiv float %12, %14, !dbg !965
  store float %15, ptr %10, align 4, !dbg !961
  %16 = load i32, ptr %8, align 4, !dbg !966
  %17 = sitofp i32 %16 to float, !dbg !967
  %18 = load i32, ptr %9, align 4, !dbg !968
  %19 = uitofp i32 %18 to float, !dbg !969
  %20 = fadd float %17, %19, !dbg !970
  %21 = load float, ptr %10, align 4, !dbg !971
  %22 = fadd float %21, %20, !dbg !971
  store float %22, ptr %10, align 4, !dbg !971
    #dbg_declare(ptr %11, !972, !DIExpression(), !973)
  %23 = load float, ptr %10, align 4, !dbg !974
  %24 = fpext float %23 to double, !dbg !975
  store double %24, ptr %11, align 8, !dbg !973
  %25 = load double, ptr %11, align 8, !dbg !976
  %26 = load double, ptr %11, align 8, !dbg !978
  %27 = fcmp une double %25, %26, !dbg !979
  br i1 %27, label %28, label %29, !dbg !980

28:                                               ; preds = %4
  store float 0.000000e+00, ptr %5, align 4, !dbg !981
  br label %41, !dbg !981

29:                                               ; preds = %4
  %30 = load double, ptr %11, align 8, !dbg !982
  %31 = fmul double %30, 1.500000e+00, !dbg !983
  %32 = fptrunc double %31 to float, !dbg !984
  %33 = load double, ptr %7, align 8, !dbg !985
  %34 = fptosi double %33 to i64, !dbg !986
  %35 = sitofp i64 %34 to float, !dbg !987
  %36 = fadd float %32, %35, !dbg !988
  %37 = load float, ptr %6, align 4, !dbg !989
  %38 = fptoui float %37 to i64, !dbg !990
  %39 = uitofp i64 %38 to float, !dbg !991
  %40 = fadd float %36, %39, !dbg !992
  store float %40, ptr %5, align 4, !dbg !993
  br label %41, !dbg !993

41:                                               ; preds = %29, %28
  %42 = load float, ptr %5, align 4, !dbg !994
  ret float %42, !dbg !994
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #5 !dbg !995 {
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
    #dbg_declare(ptr %4, !1000, !DIExpression(), !1001)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !1002, !DIExpression(), !1003)
    #dbg_declare(ptr %6, !1004, !DIExpression(), !1005)
  %22 = getelementptr inbounds [3 x %struct.Mixed], ptr %6, i64 0, i64 0, !dbg !1006
  call void @copy_mixed(ptr noundef %22, ptr noundef @g_mixed_arr, i32 noundef 3), !dbg !1007
    #dbg_declare(ptr %7, !1008, !DIExpression(), !1009)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %7, ptr align 8 @g_nested, i64 312, i1 false), !dbg !1010
  %23 = getelementptr inbounds %struct.Nested, ptr %7, i32 0, i32 0, !dbg !1011
  %24 = getelementptr inbounds [4 x %struct.Mixed], ptr %23, i64 0, i64 0, !dbg !1012
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %24, ptr align 8 @g_mixed, i64 24, i1 false), !dbg !1013
  %25 = getelementptr inbounds %struct.Nested, ptr %7, i32 0, i32 4, !dbg !1014
  %26 = load i32, ptr %4, align 4, !dbg !1015
  %27 = load i32, ptr %4, align 4, !dbg !1016
  %28 = sub nsw i32 0, %27, !dbg !1017
  call void @set_flags(ptr noundef %25, i32 noundef %26, i32 noundef %28), !dbg !1018
    #dbg_declare(ptr %8, !1019, !DIExpression(), !1020)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 8 @__const.main.u, i64 8, i1 false), !dbg !1020
    #dbg_declare(ptr %9, !1021, !DIExpression(), !1022)
  %29 = getelementptr inbounds [3 x %struct.Mixed], ptr %6, i64 0, i64 1, !dbg !1023
  %30 = getelementptr inbounds %union.Num, ptr %8, i32 0, i32 0, !dbg !1024
  %31 = load i64, ptr %30, align 8, !dbg !1024
  call void @by_value(ptr dead_on_unwind writable sret(%struct.Mixed) align 8 %9, ptr noundef byval(%struct.Mixed) align 8 %29, i64 %31), !dbg !1024
    #dbg_declare(ptr %10, !1025, !DIExpression(), !1026)
  %32 = getelementptr inbounds [3 x %struct.Mixed], ptr %6, i64 0, i64 0, !dbg !1027
  %33 = call double @sum_mixed(ptr noundef %32, i32 noundef 3), !dbg !1028
  %34 = call double @matrix_trace(ptr noundef %7), !dbg !1029
  %35 = fadd double %33, %34, !dbg !1030
  %36 = getelementptr inbounds %struct.Mixed, ptr %9, i32 0, i32 1, !dbg !1031
  %37 = load double, ptr %36, align 8, !dbg !1031
  %38 = fadd double %35, %37, !dbg !1032
  %39 = call double @apply_all(double noundef 1.500000e+00, double noundef 2.500000e+00), !dbg !1033
  %40 = fadd double %38, %39, !dbg !1034
  store double %40, ptr %10, align 8, !dbg !1026
  %41 = load i32, ptr %4, align 4, !dbg !1035
  %42 = add nsw i32 %41, 2, !dbg !1036
  %43 = call double @vla_sum(i32 noundef %42, i32 noundef 3), !dbg !1037
  %44 = load double, ptr %10, align 8, !dbg !1038
  %45 = fadd double %44, %43, !dbg !1038
  store double %45, ptr %10, align 8, !dbg !1038
  %46 = call x86_fp80 @ld_ops(x86_fp80 noundef 0xK40008000000000000000, x86_fp80 noundef 0xK3FFF8000000000000000), !dbg !1039
  %47 = fptrunc x86_fp80 %46 to double, !dbg !1040
  %48 = load i32, ptr %4, align 4, !dbg !1041
  %49 = sext i32 %48 to i128, !dbg !1041
  store i128 %49, ptr %11, align 16, !dbg !1042
  %50 = getelementptr inbounds { i64, i64 }, ptr %11, i32 0, i32 0, !dbg !1042
  %51 = load i64, ptr %50, align 16, !dbg !1042
  %52 = getelementptr inbounds { i64, i64 }, ptr %11, i32 0, i32 1, !dbg !1042
  %53 = load i64, ptr %52, align 8, !dbg !1042
  store i128 99, ptr %12, align 16, !dbg !1042
  %54 = getelementptr inbounds { i64, i64 }, ptr %12, i32 0, i32 0, !dbg !1042
  %55 = load i64, ptr %54, align 16, !dbg !1042
  %56 = getelementptr inbounds { i64, i64 }, ptr %12, i32 0, i32 1, !dbg !1042
  %57 = load i64, ptr %56, align 8, !dbg !1042
  %58 = call { i64, i64 } @i128_ops(i64 noundef %51, i64 noundef %53, i64 noundef %55, i64 noundef %57), !dbg !1042
  %59 = getelementptr inbounds { i64, i64 }, ptr %13, i32 0, i32 0, !dbg !1042
  %60 = extractvalue { i64, i64 } %58, 0, !dbg !1042
  store i64 %60, ptr %59, align 16, !dbg !1042
  %61 = getelementptr inbounds { i64, i64 }, ptr %13, i32 0, i32 1, !dbg !1042
  %62 = extractvalue { i64, i64 } %58, 1, !dbg !1042
  store i64 %62, ptr %61, align 8, !dbg !1042
  %63 = load i128, ptr %13, align 16, !dbg !1042
  %64 = sitofp i128 %63 to double, !dbg !1043
  %65 = fadd double %47, %64, !dbg !1044
  %66 = load double, ptr %10, align 8, !dbg !1045
  %67 = fadd double %66, %65, !dbg !1045
  store double %67, ptr %10, align 8, !dbg !1045
  %68 = load i32, ptr %4, align 4, !dbg !1046
  %69 = call i32 @computed_goto(i32 noundef %68, i32 noundef 5), !dbg !1047
  %70 = sext i32 %69 to i64, !dbg !1047
  %71 = load i32, ptr %4, align 4, !dbg !1048
  %72 = sext i32 %71 to i64, !dbg !1048
  %73 = call i64 @atomics(i64 noundef %72), !dbg !1049
  %74 = add nsw i64 %70, %73, !dbg !1050
  %75 = load i32, ptr %4, align 4, !dbg !1051
  %76 = call i32 @asm_add(i32 noundef %75, i32 noundef 2), !dbg !1052
  %77 = sext i32 %76 to i64, !dbg !1052
  %78 = add nsw i64 %74, %77, !dbg !1053
  %79 = load i32, ptr %4, align 4, !dbg !1054
  %80 = call i32 @classify(i32 noundef %79), !dbg !1055
  %81 = sext i32 %80 to i64, !dbg !1055
  %82 = add nsw i64 %78, %81, !dbg !1056
  %83 = sitofp i64 %82 to double, !dbg !1047
  %84 = load double, ptr %10, align 8, !dbg !1057
  %85 = fadd double %84, %83, !dbg !1057
  store double %85, ptr %10, align 8, !dbg !1057
  %86 = load i32, ptr %4, align 4, !dbg !1058
  %87 = call i32 @alias_fn(i32 noundef %86), !dbg !1059
  %88 = load i32, ptr %4, align 4, !dbg !1060
  %89 = icmp sgt i32 %88, 1, !dbg !1061
  br i1 %89, label %90, label %94, !dbg !1060

90:                                               ; preds = %2
  %91 = load ptr, ptr %5, align 8, !dbg !1062
  %92 = getelementptr inbounds ptr, ptr %91, i64 1, !dbg !1062
  %93 = load ptr, ptr %92, align 8, !dbg !1062
  br label %95, !dbg !1060

94:                                               ; preds = %2
  br label %95, !dbg !1060

95:                                               ; preds = %94, %90
  %96 = phi ptr [ %93, %90 ], [ @.str.8, %94 ], !dbg !1060
  %97 = call i32 @string_stuff(ptr noundef %96), !dbg !1063
  %98 = add i32 %87, %97, !dbg !1064
  %99 = uitofp i32 %98 to float, !dbg !1059
  %100 = load i32, ptr %4, align 4, !dbg !1065
  %101 = call float @float_stuff(float noundef 1.500000e+00, double noundef 2.000000e+00, i32 noundef %100, i32 noundef 3), !dbg !1066
  %102 = fadd float %99, %101, !dbg !1067
  %103 = fpext float %102 to double, !dbg !1059
  %104 = load double, ptr %10, align 8, !dbg !1068
  %105 = fadd double %104, %103, !dbg !1068
  store double %105, ptr %10, align 8, !dbg !1068
  %106 = icmp ne ptr @extern_weak_thing, null, !dbg !1069
  br i1 %106, label %107, label %112, !dbg !1071

107:                                              ; preds = %95
  %108 = call i32 @extern_weak_thing(i32 noundef 1), !dbg !1072
  %109 = sitofp i32 %108 to double, !dbg !1072
  %110 = load double, ptr %10, align 8, !dbg !1073
  %111 = fadd double %110, %109, !dbg !1073
  store double %111, ptr %10, align 8, !dbg !1073
  br label %112, !dbg !1074

112:                                              ; preds = %107, %95
    #dbg_declare(ptr %14, !1075, !DIExpression(), !1076)
  store <4 x double> <double 1.000000e+00, double 2.000000e+00, double 3.000000e+00, double 4.000000e+00>, ptr %14, align 32, !dbg !1076
    #dbg_declare(ptr %15, !1077, !DIExpression(), !1078)
  %113 = load <4 x double>, ptr %14, align 32, !dbg !1079
  %114 = load <4 x double>, ptr %14, align 32, !dbg !1080
  %115 = load <4 x double>, ptr %14, align 32, !dbg !1081
  store <4 x double> %113, ptr %16, align 32, !dbg !1082
  store <4 x double> %114, ptr %17, align 32, !dbg !1082
  store <4 x double> %115, ptr %18, align 32, !dbg !1082
  %116 = call <4 x double> @vec_fma(ptr noundef byval(<4 x double>) align 32 %16, ptr noundef byval(<4 x double>) align 32 %17, ptr noundef byval(<4 x double>) align 32 %18), !dbg !1082
  store <4 x double> %116, ptr %15, align 32, !dbg !1078
  %117 = load <4 x double>, ptr %15, align 32, !dbg !1083
  %118 = extractelement <4 x double> %117, i32 0, !dbg !1083
  %119 = load <4 x double>, ptr %15, align 32, !dbg !1084
  %120 = extractelement <4 x double> %119, i32 3, !dbg !1084
  %121 = fadd double %118, %120, !dbg !1085
  store <4 x float> <float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00>, ptr %19, align 16, !dbg !1086
  %122 = load <4 x float>, ptr %19, align 16, !dbg !1086
  store <4 x float> <float 5.000000e+00, float 6.000000e+00, float 7.000000e+00, float 8.000000e+00>, ptr %20, align 16, !dbg !1087
  %123 = load <4 x float>, ptr %20, align 16, !dbg !1087
  %124 = call <4 x float> @vec_shuffle(<4 x float> noundef %122, <4 x float> noundef %123), !dbg !1088
  %125 = load i32, ptr %4, align 4, !dbg !1089
  %126 = and i32 %125, 3, !dbg !1090
  %127 = call float @vec_extract(<4 x float> noundef %124, i32 noundef %126), !dbg !1091
  %128 = fpext float %127 to double, !dbg !1091
  %129 = fadd double %121, %128, !dbg !1092
  %130 = load double, ptr %10, align 8, !dbg !1093
  %131 = fadd double %130, %129, !dbg !1093
  store double %131, ptr %10, align 8, !dbg !1093
  call void @asm_barrier(), !dbg !1094
  %132 = load i32, ptr %4, align 4, !dbg !1095
  %133 = load double, ptr %10, align 8, !dbg !1096
  %134 = call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @tls_var), !dbg !1097
  %135 = load i32, ptr %134, align 4, !dbg !1097
  %136 = sext i32 %135 to i64, !dbg !1098
  %137 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @tls_static), !dbg !1099
  %138 = load i64, ptr %137, align 8, !dbg !1099
  %139 = add nsw i64 %136, %138, !dbg !1100
  %140 = call i32 (ptr, ...) @logf_va(ptr noundef @.str.9, i32 noundef %132, double noundef %133, i64 noundef %139), !dbg !1101
  %141 = load i32, ptr %4, align 4, !dbg !1102
  %142 = srem i32 %141, 3, !dbg !1103
  %143 = call ptr @color_name(i32 noundef %142), !dbg !1104
  %144 = load double, ptr %10, align 8, !dbg !1105
  %145 = load i32, ptr %4, align 4, !dbg !1106
  %146 = sext i32 %145 to i64, !dbg !1107
  %147 = getelementptr inbounds [128 x i32], ptr @g_zero_arr, i64 0, i64 %146, !dbg !1107
  %148 = load i32, ptr %147, align 4, !dbg !1107
  %149 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, ptr noundef %143, ptr noundef @g_str_buf, double noundef %144, i32 noundef %148), !dbg !1108
    #dbg_declare(ptr %21, !1109, !DIExpression(), !1110)
  %150 = call noalias ptr @malloc(i64 noundef 16) #12, !dbg !1111
  store ptr %150, ptr %21, align 8, !dbg !1110
  %151 = load ptr, ptr %21, align 8, !dbg !1112
  call void @free(ptr noundef %151) #10, !dbg !1113
  %152 = load double, ptr %10, align 8, !dbg !1114
  %153 = fptosi double %152 to i32, !dbg !1115
  %154 = and i32 %153, 127, !dbg !1116
  ret i32 %154, !dbg !1117
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

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!174, !175, !176, !177, !178, !179, !180}
!llvm.ident = !{!181}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "g_counter", scope: !2, file: !3, line: 48, type: !24, isLocal: false, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !20, globals: !31, splitDebugInlining: false, nameTableKind: None)
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
!181 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
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
!332 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stdarg___gnuc_va_list.h", directory: "", checksumkind: CSK_MD5, checksum: "edb3f2eab991638e4dc94f6e55e3530f")
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
!361 = !DILocation(line: 99, column: 9, scope: !358)
!362 = !DILocation(line: 100, column: 16, scope: !357)
!363 = !DILocation(line: 100, column: 13, scope: !357)
!364 = !DILocation(line: 100, column: 7, scope: !357)
!365 = !DILocation(line: 101, column: 15, scope: !366)
!366 = distinct !DILexicalBlock(scope: !357, file: !3, line: 101, column: 14)
!367 = !DILocation(line: 101, column: 14, scope: !366)
!368 = !DILocation(line: 101, column: 17, scope: !366)
!369 = !DILocation(line: 101, column: 14, scope: !357)
!370 = !DILocation(line: 102, column: 21, scope: !366)
!371 = !DILocation(line: 102, column: 16, scope: !366)
!372 = !DILocation(line: 102, column: 13, scope: !366)
!373 = !DILocation(line: 102, column: 7, scope: !366)
!374 = !DILocation(line: 103, column: 15, scope: !375)
!375 = distinct !DILexicalBlock(scope: !366, file: !3, line: 103, column: 14)
!376 = !DILocation(line: 103, column: 14, scope: !375)
!377 = !DILocation(line: 103, column: 17, scope: !375)
!378 = !DILocation(line: 103, column: 14, scope: !366)
!379 = !DILocation(line: 104, column: 21, scope: !375)
!380 = !DILocation(line: 104, column: 16, scope: !375)
!381 = !DILocation(line: 104, column: 13, scope: !375)
!382 = !DILocation(line: 104, column: 7, scope: !375)
!383 = !DILocation(line: 105, column: 3, scope: !358)
!384 = !DILocation(line: 98, column: 34, scope: !353)
!385 = !DILocation(line: 98, column: 3, scope: !353)
!386 = distinct !{!386, !355, !387, !285}
!387 = !DILocation(line: 105, column: 3, scope: !348)
!388 = !DILocation(line: 106, column: 3, scope: !323)
!389 = !DILocation(line: 107, column: 32, scope: !323)
!390 = !DILocation(line: 107, column: 37, scope: !323)
!391 = !DILocation(line: 107, column: 3, scope: !323)
!392 = !DILocation(line: 108, column: 10, scope: !323)
!393 = !DILocation(line: 108, column: 3, scope: !323)
!394 = distinct !DISubprogram(name: "color_name", scope: !3, file: !3, line: 111, type: !395, scopeLine: 111, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!395 = !DISubroutineType(types: !396)
!396 = !{!40, !5}
!397 = !DILocalVariable(name: "c", arg: 1, scope: !394, file: !3, line: 111, type: !5)
!398 = !DILocation(line: 111, column: 35, scope: !394)
!399 = !DILocation(line: 112, column: 11, scope: !394)
!400 = !DILocation(line: 112, column: 3, scope: !394)
!401 = !DILocation(line: 113, column: 13, scope: !402)
!402 = distinct !DILexicalBlock(scope: !394, file: !3, line: 112, column: 14)
!403 = !DILocation(line: 114, column: 15, scope: !402)
!404 = !DILocation(line: 115, column: 14, scope: !402)
!405 = !DILocation(line: 116, column: 12, scope: !402)
!406 = !DILocation(line: 118, column: 1, scope: !394)
!407 = distinct !DISubprogram(name: "classify", scope: !3, file: !3, line: 120, type: !210, scopeLine: 120, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!408 = !DILocalVariable(name: "x", arg: 1, scope: !407, file: !3, line: 120, type: !24)
!409 = !DILocation(line: 120, column: 18, scope: !407)
!410 = !DILocation(line: 121, column: 11, scope: !407)
!411 = !DILocation(line: 121, column: 3, scope: !407)
!412 = !DILocation(line: 122, column: 11, scope: !413)
!413 = distinct !DILexicalBlock(scope: !407, file: !3, line: 121, column: 14)
!414 = !DILocation(line: 123, column: 19, scope: !413)
!415 = !DILocation(line: 124, column: 18, scope: !413)
!416 = !DILocation(line: 124, column: 20, scope: !413)
!417 = !DILocation(line: 124, column: 11, scope: !413)
!418 = !DILocation(line: 125, column: 13, scope: !413)
!419 = !DILocation(line: 126, column: 12, scope: !413)
!420 = !DILocation(line: 127, column: 19, scope: !413)
!421 = !DILocation(line: 127, column: 12, scope: !413)
!422 = !DILocation(line: 129, column: 1, scope: !407)
!423 = distinct !DISubprogram(name: "matrix_trace", scope: !3, file: !3, line: 131, type: !424, scopeLine: 131, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!424 = !DISubroutineType(types: !425)
!425 = !{!25, !426}
!426 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !427, size: 64)
!427 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !62)
!428 = !DILocalVariable(name: "n", arg: 1, scope: !423, file: !3, line: 131, type: !426)
!429 = !DILocation(line: 131, column: 42, scope: !423)
!430 = !DILocalVariable(name: "t", scope: !423, file: !3, line: 132, type: !25)
!431 = !DILocation(line: 132, column: 10, scope: !423)
!432 = !DILocalVariable(name: "i", scope: !433, file: !3, line: 133, type: !24)
!433 = distinct !DILexicalBlock(scope: !423, file: !3, line: 133, column: 3)
!434 = !DILocation(line: 133, column: 12, scope: !433)
!435 = !DILocation(line: 133, column: 8, scope: !433)
!436 = !DILocation(line: 133, column: 19, scope: !437)
!437 = distinct !DILexicalBlock(scope: !433, file: !3, line: 133, column: 3)
!438 = !DILocation(line: 133, column: 21, scope: !437)
!439 = !DILocation(line: 133, column: 3, scope: !433)
!440 = !DILocalVariable(name: "j", scope: !441, file: !3, line: 134, type: !24)
!441 = distinct !DILexicalBlock(scope: !437, file: !3, line: 134, column: 5)
!442 = !DILocation(line: 134, column: 14, scope: !441)
!443 = !DILocation(line: 134, column: 10, scope: !441)
!444 = !DILocation(line: 134, column: 21, scope: !445)
!445 = distinct !DILexicalBlock(scope: !441, file: !3, line: 134, column: 5)
!446 = !DILocation(line: 134, column: 23, scope: !445)
!447 = !DILocation(line: 134, column: 5, scope: !441)
!448 = !DILocation(line: 135, column: 11, scope: !449)
!449 = distinct !DILexicalBlock(scope: !445, file: !3, line: 135, column: 11)
!450 = !DILocation(line: 135, column: 16, scope: !449)
!451 = !DILocation(line: 135, column: 13, scope: !449)
!452 = !DILocation(line: 135, column: 11, scope: !445)
!453 = !DILocation(line: 135, column: 24, scope: !449)
!454 = !DILocation(line: 135, column: 27, scope: !449)
!455 = !DILocation(line: 135, column: 32, scope: !449)
!456 = !DILocation(line: 135, column: 35, scope: !449)
!457 = !DILocation(line: 135, column: 21, scope: !449)
!458 = !DILocation(line: 135, column: 19, scope: !449)
!459 = !DILocation(line: 134, column: 29, scope: !445)
!460 = !DILocation(line: 134, column: 5, scope: !445)
!461 = distinct !{!461, !447, !462, !285}
!462 = !DILocation(line: 135, column: 36, scope: !441)
!463 = !DILocation(line: 133, column: 27, scope: !437)
!464 = !DILocation(line: 133, column: 3, scope: !437)
!465 = distinct !{!465, !439, !466, !285}
!466 = !DILocation(line: 135, column: 36, scope: !433)
!467 = !DILocalVariable(name: "c", scope: !423, file: !3, line: 136, type: !24)
!468 = !DILocation(line: 136, column: 7, scope: !423)
!469 = !DILocalVariable(name: "a", scope: !470, file: !3, line: 137, type: !24)
!470 = distinct !DILexicalBlock(scope: !423, file: !3, line: 137, column: 3)
!471 = !DILocation(line: 137, column: 12, scope: !470)
!472 = !DILocation(line: 137, column: 8, scope: !470)
!473 = !DILocation(line: 137, column: 19, scope: !474)
!474 = distinct !DILexicalBlock(scope: !470, file: !3, line: 137, column: 3)
!475 = !DILocation(line: 137, column: 21, scope: !474)
!476 = !DILocation(line: 137, column: 3, scope: !470)
!477 = !DILocalVariable(name: "b", scope: !478, file: !3, line: 138, type: !24)
!478 = distinct !DILexicalBlock(scope: !474, file: !3, line: 138, column: 5)
!479 = !DILocation(line: 138, column: 14, scope: !478)
!480 = !DILocation(line: 138, column: 10, scope: !478)
!481 = !DILocation(line: 138, column: 21, scope: !482)
!482 = distinct !DILexicalBlock(scope: !478, file: !3, line: 138, column: 5)
!483 = !DILocation(line: 138, column: 23, scope: !482)
!484 = !DILocation(line: 138, column: 5, scope: !478)
!485 = !DILocalVariable(name: "k", scope: !486, file: !3, line: 139, type: !24)
!486 = distinct !DILexicalBlock(scope: !482, file: !3, line: 139, column: 7)
!487 = !DILocation(line: 139, column: 16, scope: !486)
!488 = !DILocation(line: 139, column: 12, scope: !486)
!489 = !DILocation(line: 139, column: 23, scope: !490)
!490 = distinct !DILexicalBlock(scope: !486, file: !3, line: 139, column: 7)
!491 = !DILocation(line: 139, column: 25, scope: !490)
!492 = !DILocation(line: 139, column: 7, scope: !486)
!493 = !DILocation(line: 140, column: 14, scope: !490)
!494 = !DILocation(line: 140, column: 17, scope: !490)
!495 = !DILocation(line: 140, column: 22, scope: !490)
!496 = !DILocation(line: 140, column: 25, scope: !490)
!497 = !DILocation(line: 140, column: 28, scope: !490)
!498 = !DILocation(line: 140, column: 11, scope: !490)
!499 = !DILocation(line: 140, column: 9, scope: !490)
!500 = !DILocation(line: 139, column: 31, scope: !490)
!501 = !DILocation(line: 139, column: 7, scope: !490)
!502 = distinct !{!502, !492, !503, !285}
!503 = !DILocation(line: 140, column: 29, scope: !486)
!504 = !DILocation(line: 138, column: 29, scope: !482)
!505 = !DILocation(line: 138, column: 5, scope: !482)
!506 = distinct !{!506, !484, !507, !285}
!507 = !DILocation(line: 140, column: 29, scope: !478)
!508 = !DILocation(line: 137, column: 27, scope: !474)
!509 = !DILocation(line: 137, column: 3, scope: !474)
!510 = distinct !{!510, !476, !511, !285}
!511 = !DILocation(line: 140, column: 29, scope: !470)
!512 = !DILocation(line: 141, column: 10, scope: !423)
!513 = !DILocation(line: 141, column: 14, scope: !423)
!514 = !DILocation(line: 141, column: 12, scope: !423)
!515 = !DILocation(line: 141, column: 18, scope: !423)
!516 = !DILocation(line: 141, column: 21, scope: !423)
!517 = !DILocation(line: 141, column: 24, scope: !423)
!518 = !DILocation(line: 141, column: 16, scope: !423)
!519 = !DILocation(line: 141, column: 28, scope: !423)
!520 = !DILocation(line: 141, column: 31, scope: !423)
!521 = !DILocation(line: 141, column: 34, scope: !423)
!522 = !DILocation(line: 141, column: 26, scope: !423)
!523 = !DILocation(line: 141, column: 38, scope: !423)
!524 = !DILocation(line: 141, column: 41, scope: !423)
!525 = !DILocation(line: 141, column: 44, scope: !423)
!526 = !DILocation(line: 141, column: 36, scope: !423)
!527 = !DILocation(line: 141, column: 56, scope: !423)
!528 = !DILocation(line: 141, column: 59, scope: !423)
!529 = !DILocation(line: 141, column: 62, scope: !423)
!530 = !DILocation(line: 141, column: 48, scope: !423)
!531 = !DILocation(line: 141, column: 46, scope: !423)
!532 = !DILocation(line: 141, column: 3, scope: !423)
!533 = distinct !DISubprogram(name: "set_flags", scope: !3, file: !3, line: 144, type: !534, scopeLine: 144, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!534 = !DISubroutineType(types: !535)
!535 = !{null, !536, !6, !24}
!536 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !88, size: 64)
!537 = !DILocalVariable(name: "f", arg: 1, scope: !533, file: !3, line: 144, type: !536)
!538 = !DILocation(line: 144, column: 30, scope: !533)
!539 = !DILocalVariable(name: "a", arg: 2, scope: !533, file: !3, line: 144, type: !6)
!540 = !DILocation(line: 144, column: 42, scope: !533)
!541 = !DILocalVariable(name: "c", arg: 3, scope: !533, file: !3, line: 144, type: !24)
!542 = !DILocation(line: 144, column: 49, scope: !533)
!543 = !DILocation(line: 145, column: 10, scope: !533)
!544 = !DILocation(line: 145, column: 3, scope: !533)
!545 = !DILocation(line: 145, column: 8, scope: !533)
!546 = !DILocation(line: 146, column: 10, scope: !533)
!547 = !DILocation(line: 146, column: 12, scope: !533)
!548 = !DILocation(line: 146, column: 3, scope: !533)
!549 = !DILocation(line: 146, column: 8, scope: !533)
!550 = !DILocation(line: 147, column: 10, scope: !533)
!551 = !DILocation(line: 147, column: 3, scope: !533)
!552 = !DILocation(line: 147, column: 8, scope: !533)
!553 = !DILocation(line: 148, column: 30, scope: !533)
!554 = !DILocation(line: 148, column: 10, scope: !533)
!555 = !DILocation(line: 148, column: 32, scope: !533)
!556 = !DILocation(line: 148, column: 3, scope: !533)
!557 = !DILocation(line: 148, column: 8, scope: !533)
!558 = !DILocation(line: 149, column: 1, scope: !533)
!559 = distinct !DISubprogram(name: "apply", scope: !3, file: !3, line: 151, type: !560, scopeLine: 151, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!560 = !DISubroutineType(types: !561)
!561 = !{!25, !110, !25, !25}
!562 = !DILocalVariable(name: "op", arg: 1, scope: !559, file: !3, line: 151, type: !110)
!563 = !DILocation(line: 151, column: 22, scope: !559)
!564 = !DILocalVariable(name: "a", arg: 2, scope: !559, file: !3, line: 151, type: !25)
!565 = !DILocation(line: 151, column: 33, scope: !559)
!566 = !DILocalVariable(name: "b", arg: 3, scope: !559, file: !3, line: 151, type: !25)
!567 = !DILocation(line: 151, column: 43, scope: !559)
!568 = !DILocation(line: 151, column: 55, scope: !559)
!569 = !DILocation(line: 151, column: 58, scope: !559)
!570 = !DILocation(line: 151, column: 61, scope: !559)
!571 = !DILocation(line: 151, column: 48, scope: !559)
!572 = distinct !DISubprogram(name: "apply_all", scope: !3, file: !3, line: 153, type: !112, scopeLine: 153, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!573 = !DILocalVariable(name: "a", arg: 1, scope: !572, file: !3, line: 153, type: !25)
!574 = !DILocation(line: 153, column: 25, scope: !572)
!575 = !DILocalVariable(name: "b", arg: 2, scope: !572, file: !3, line: 153, type: !25)
!576 = !DILocation(line: 153, column: 35, scope: !572)
!577 = !DILocalVariable(name: "s", scope: !572, file: !3, line: 154, type: !25)
!578 = !DILocation(line: 154, column: 10, scope: !572)
!579 = !DILocalVariable(name: "i", scope: !580, file: !3, line: 155, type: !6)
!580 = distinct !DILexicalBlock(scope: !572, file: !3, line: 155, column: 3)
!581 = !DILocation(line: 155, column: 17, scope: !580)
!582 = !DILocation(line: 155, column: 8, scope: !580)
!583 = !DILocation(line: 155, column: 24, scope: !584)
!584 = distinct !DILexicalBlock(scope: !580, file: !3, line: 155, column: 3)
!585 = !DILocation(line: 155, column: 26, scope: !584)
!586 = !DILocation(line: 155, column: 3, scope: !580)
!587 = !DILocation(line: 156, column: 22, scope: !584)
!588 = !DILocation(line: 156, column: 16, scope: !584)
!589 = !DILocation(line: 156, column: 26, scope: !584)
!590 = !DILocation(line: 156, column: 29, scope: !584)
!591 = !DILocation(line: 156, column: 10, scope: !584)
!592 = !DILocation(line: 156, column: 7, scope: !584)
!593 = !DILocation(line: 156, column: 5, scope: !584)
!594 = !DILocation(line: 155, column: 63, scope: !584)
!595 = !DILocation(line: 155, column: 3, scope: !584)
!596 = distinct !{!596, !586, !597, !285}
!597 = !DILocation(line: 156, column: 30, scope: !580)
!598 = !DILocation(line: 157, column: 10, scope: !572)
!599 = !DILocation(line: 157, column: 3, scope: !572)
!600 = distinct !DISubprogram(name: "asm_add", scope: !3, file: !3, line: 160, type: !138, scopeLine: 160, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!601 = !DILocalVariable(name: "a", arg: 1, scope: !600, file: !3, line: 160, type: !24)
!602 = !DILocation(line: 160, column: 17, scope: !600)
!603 = !DILocalVariable(name: "b", arg: 2, scope: !600, file: !3, line: 160, type: !24)
!604 = !DILocation(line: 160, column: 24, scope: !600)
!605 = !DILocalVariable(name: "out", scope: !600, file: !3, line: 161, type: !24)
!606 = !DILocation(line: 161, column: 7, scope: !600)
!607 = !DILocation(line: 163, column: 57, scope: !600)
!608 = !DILocation(line: 163, column: 65, scope: !600)
!609 = !DILocation(line: 163, column: 3, scope: !600)
!610 = !{i64 4114}
!611 = !DILocation(line: 167, column: 10, scope: !600)
!612 = !DILocation(line: 167, column: 3, scope: !600)
!613 = distinct !DISubprogram(name: "asm_barrier", scope: !3, file: !3, line: 170, type: !614, scopeLine: 170, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2)
!614 = !DISubroutineType(types: !615)
!615 = !{null}
!616 = !DILocation(line: 170, column: 26, scope: !613)
!617 = !{i64 4262}
!618 = !DILocation(line: 170, column: 65, scope: !613)
!619 = distinct !DISubprogram(name: "atomics", scope: !3, file: !3, line: 172, type: !620, scopeLine: 172, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!620 = !DISubroutineType(types: !621)
!621 = !{!30, !30}
!622 = !DILocalVariable(name: "v", arg: 1, scope: !619, file: !3, line: 172, type: !30)
!623 = !DILocation(line: 172, column: 19, scope: !619)
!624 = !DILocation(line: 173, column: 3, scope: !619)
!625 = !DILocalVariable(name: "old", scope: !619, file: !3, line: 174, type: !30)
!626 = !DILocation(line: 174, column: 8, scope: !619)
!627 = !DILocation(line: 174, column: 51, scope: !619)
!628 = !DILocation(line: 174, column: 46, scope: !619)
!629 = !DILocation(line: 174, column: 14, scope: !619)
!630 = !DILocalVariable(name: "expected", scope: !619, file: !3, line: 175, type: !24)
!631 = !DILocation(line: 175, column: 7, scope: !619)
!632 = !DILocation(line: 176, column: 3, scope: !619)
!633 = !DILocalVariable(name: "loaded", scope: !619, file: !3, line: 177, type: !30)
!634 = !DILocation(line: 177, column: 8, scope: !619)
!635 = !DILocation(line: 177, column: 17, scope: !619)
!636 = !DILocation(line: 177, column: 81, scope: !619)
!637 = !DILocation(line: 177, column: 79, scope: !619)
!638 = !DILocation(line: 178, column: 21, scope: !619)
!639 = !DILocation(line: 178, column: 3, scope: !619)
!640 = !DILocation(line: 179, column: 3, scope: !619)
!641 = !DILocation(line: 180, column: 3, scope: !619)
!642 = !DILocation(line: 181, column: 10, scope: !619)
!643 = !DILocation(line: 181, column: 16, scope: !619)
!644 = !DILocation(line: 181, column: 14, scope: !619)
!645 = !DILocation(line: 181, column: 25, scope: !619)
!646 = !DILocation(line: 181, column: 23, scope: !619)
!647 = !DILocation(line: 181, column: 3, scope: !619)
!648 = distinct !DISubprogram(name: "vec_fma", scope: !3, file: !3, line: 184, type: !649, scopeLine: 184, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!649 = !DISubroutineType(types: !650)
!650 = !{!651, !651, !651, !651}
!651 = !DIDerivedType(tag: DW_TAG_typedef, name: "v4d", file: !3, line: 43, baseType: !652)
!652 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 256, flags: DIFlagVector, elements: !66)
!653 = !DILocalVariable(name: "a", arg: 1, scope: !648, file: !3, line: 184, type: !651)
!654 = !DILocation(line: 184, column: 17, scope: !648)
!655 = !DILocalVariable(name: "b", arg: 2, scope: !648, file: !3, line: 184, type: !651)
!656 = !DILocation(line: 184, column: 24, scope: !648)
!657 = !DILocalVariable(name: "c", arg: 3, scope: !648, file: !3, line: 184, type: !651)
!658 = !DILocation(line: 184, column: 31, scope: !648)
!659 = !DILocation(line: 184, column: 43, scope: !648)
!660 = !DILocation(line: 184, column: 47, scope: !648)
!661 = !DILocation(line: 184, column: 51, scope: !648)
!662 = !DILocation(line: 184, column: 49, scope: !648)
!663 = !DILocation(line: 184, column: 36, scope: !648)
!664 = distinct !DISubprogram(name: "vec_shuffle", scope: !3, file: !3, line: 185, type: !665, scopeLine: 185, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!665 = !DISubroutineType(types: !666)
!666 = !{!667, !667, !667}
!667 = !DIDerivedType(tag: DW_TAG_typedef, name: "v4f", file: !3, line: 44, baseType: !668)
!668 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 128, flags: DIFlagVector, elements: !66)
!669 = !DILocalVariable(name: "a", arg: 1, scope: !664, file: !3, line: 185, type: !667)
!670 = !DILocation(line: 185, column: 21, scope: !664)
!671 = !DILocalVariable(name: "b", arg: 2, scope: !664, file: !3, line: 185, type: !667)
!672 = !DILocation(line: 185, column: 28, scope: !664)
!673 = !DILocation(line: 185, column: 64, scope: !664)
!674 = !DILocation(line: 185, column: 67, scope: !664)
!675 = !DILocation(line: 185, column: 40, scope: !664)
!676 = !DILocation(line: 185, column: 33, scope: !664)
!677 = distinct !DISubprogram(name: "vec_cmp", scope: !3, file: !3, line: 186, type: !678, scopeLine: 186, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!678 = !DISubroutineType(types: !679)
!679 = !{!680, !680, !680}
!680 = !DIDerivedType(tag: DW_TAG_typedef, name: "v8i", file: !3, line: 45, baseType: !681)
!681 = !DICompositeType(tag: DW_TAG_array_type, baseType: !24, size: 256, flags: DIFlagVector, elements: !85)
!682 = !DILocalVariable(name: "a", arg: 1, scope: !677, file: !3, line: 186, type: !680)
!683 = !DILocation(line: 186, column: 17, scope: !677)
!684 = !DILocalVariable(name: "b", arg: 2, scope: !677, file: !3, line: 186, type: !680)
!685 = !DILocation(line: 186, column: 24, scope: !677)
!686 = !DILocation(line: 186, column: 37, scope: !677)
!687 = !DILocation(line: 186, column: 41, scope: !677)
!688 = !DILocation(line: 186, column: 39, scope: !677)
!689 = !DILocation(line: 186, column: 47, scope: !677)
!690 = !DILocation(line: 186, column: 51, scope: !677)
!691 = !DILocation(line: 186, column: 49, scope: !677)
!692 = !DILocation(line: 186, column: 44, scope: !677)
!693 = !DILocation(line: 186, column: 29, scope: !677)
!694 = distinct !DISubprogram(name: "vec_extract", scope: !3, file: !3, line: 187, type: !695, scopeLine: 187, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!695 = !DISubroutineType(types: !696)
!696 = !{!29, !667, !24}
!697 = !DILocalVariable(name: "a", arg: 1, scope: !694, file: !3, line: 187, type: !667)
!698 = !DILocation(line: 187, column: 23, scope: !694)
!699 = !DILocalVariable(name: "i", arg: 2, scope: !694, file: !3, line: 187, type: !24)
!700 = !DILocation(line: 187, column: 30, scope: !694)
!701 = !DILocation(line: 187, column: 42, scope: !694)
!702 = !DILocation(line: 187, column: 44, scope: !694)
!703 = !DILocation(line: 187, column: 49, scope: !694)
!704 = !DILocation(line: 187, column: 47, scope: !694)
!705 = !DILocation(line: 187, column: 35, scope: !694)
!706 = !DILocalVariable(name: "op", arg: 1, scope: !137, file: !3, line: 189, type: !24)
!707 = !DILocation(line: 189, column: 23, scope: !137)
!708 = !DILocalVariable(name: "n", arg: 2, scope: !137, file: !3, line: 189, type: !24)
!709 = !DILocation(line: 189, column: 31, scope: !137)
!710 = !DILocalVariable(name: "acc", scope: !137, file: !3, line: 191, type: !24)
!711 = !DILocation(line: 191, column: 7, scope: !137)
!712 = !DILocalVariable(name: "pc", scope: !137, file: !3, line: 192, type: !24)
!713 = !DILocation(line: 192, column: 7, scope: !137)
!714 = !DILocation(line: 192, column: 12, scope: !137)
!715 = !DILocation(line: 192, column: 15, scope: !137)
!716 = !DILocation(line: 193, column: 15, scope: !137)
!717 = !DILocation(line: 193, column: 9, scope: !137)
!718 = !DILocation(line: 193, column: 3, scope: !137)
!719 = !DILabel(scope: !137, name: "do_inc", file: !3, line: 194)
!720 = !DILocation(line: 194, column: 1, scope: !137)
!721 = !DILocation(line: 195, column: 7, scope: !137)
!722 = !DILocation(line: 196, column: 7, scope: !723)
!723 = distinct !DILexicalBlock(scope: !137, file: !3, line: 196, column: 7)
!724 = !DILocation(line: 196, column: 11, scope: !723)
!725 = !DILocation(line: 196, column: 7, scope: !137)
!726 = !DILocation(line: 196, column: 29, scope: !723)
!727 = !DILocation(line: 196, column: 34, scope: !723)
!728 = !DILocation(line: 196, column: 32, scope: !723)
!729 = !DILocation(line: 196, column: 39, scope: !723)
!730 = !DILocation(line: 196, column: 22, scope: !723)
!731 = !DILocation(line: 196, column: 16, scope: !723)
!732 = !DILocation(line: 197, column: 3, scope: !137)
!733 = !DILabel(scope: !137, name: "do_dec", file: !3, line: 198)
!734 = !DILocation(line: 198, column: 1, scope: !137)
!735 = !DILocation(line: 199, column: 7, scope: !137)
!736 = !DILocation(line: 200, column: 7, scope: !737)
!737 = distinct !DILexicalBlock(scope: !137, file: !3, line: 200, column: 7)
!738 = !DILocation(line: 200, column: 11, scope: !737)
!739 = !DILocation(line: 200, column: 7, scope: !137)
!740 = !DILocation(line: 200, column: 29, scope: !737)
!741 = !DILocation(line: 200, column: 32, scope: !737)
!742 = !DILocation(line: 200, column: 37, scope: !737)
!743 = !DILocation(line: 200, column: 22, scope: !737)
!744 = !DILocation(line: 200, column: 16, scope: !737)
!745 = !DILocation(line: 201, column: 3, scope: !137)
!746 = !DILabel(scope: !137, name: "do_dbl", file: !3, line: 202)
!747 = !DILocation(line: 202, column: 1, scope: !137)
!748 = !DILocation(line: 203, column: 7, scope: !137)
!749 = !DILocation(line: 204, column: 7, scope: !750)
!750 = distinct !DILexicalBlock(scope: !137, file: !3, line: 204, column: 7)
!751 = !DILocation(line: 204, column: 11, scope: !750)
!752 = !DILocation(line: 204, column: 7, scope: !137)
!753 = !DILocation(line: 204, column: 22, scope: !750)
!754 = !DILocation(line: 204, column: 16, scope: !750)
!755 = !DILocation(line: 204, column: 13, scope: !750)
!756 = !DILabel(scope: !137, name: "done", file: !3, line: 205)
!757 = !DILocation(line: 205, column: 1, scope: !137)
!758 = !DILocation(line: 206, column: 10, scope: !137)
!759 = !DILocation(line: 206, column: 3, scope: !137)
!760 = distinct !DISubprogram(name: "ld_ops", scope: !3, file: !3, line: 209, type: !761, scopeLine: 209, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!761 = !DISubroutineType(types: !762)
!762 = !{!97, !97, !97}
!763 = !DILocalVariable(name: "a", arg: 1, scope: !760, file: !3, line: 209, type: !97)
!764 = !DILocation(line: 209, column: 32, scope: !760)
!765 = !DILocalVariable(name: "b", arg: 2, scope: !760, file: !3, line: 209, type: !97)
!766 = !DILocation(line: 209, column: 47, scope: !760)
!767 = !DILocation(line: 209, column: 59, scope: !760)
!768 = !DILocation(line: 209, column: 63, scope: !760)
!769 = !DILocation(line: 209, column: 67, scope: !760)
!770 = !DILocation(line: 209, column: 75, scope: !760)
!771 = !DILocation(line: 209, column: 79, scope: !760)
!772 = !DILocation(line: 209, column: 77, scope: !760)
!773 = !DILocation(line: 209, column: 72, scope: !760)
!774 = !DILocation(line: 209, column: 65, scope: !760)
!775 = !DILocation(line: 209, column: 52, scope: !760)
!776 = distinct !DISubprogram(name: "i128_ops", scope: !3, file: !3, line: 211, type: !777, scopeLine: 211, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!777 = !DISubroutineType(types: !778)
!778 = !{!27, !27, !156}
!779 = !DILocalVariable(name: "a", arg: 1, scope: !776, file: !3, line: 211, type: !27)
!780 = !DILocation(line: 211, column: 28, scope: !776)
!781 = !DILocalVariable(name: "b", arg: 2, scope: !776, file: !3, line: 211, type: !156)
!782 = !DILocation(line: 211, column: 49, scope: !776)
!783 = !DILocation(line: 212, column: 12, scope: !776)
!784 = !DILocation(line: 212, column: 14, scope: !776)
!785 = !DILocation(line: 212, column: 10, scope: !776)
!786 = !DILocation(line: 213, column: 10, scope: !776)
!787 = !DILocation(line: 213, column: 24, scope: !776)
!788 = !DILocation(line: 213, column: 12, scope: !776)
!789 = !DILocation(line: 213, column: 29, scope: !776)
!790 = !DILocation(line: 213, column: 31, scope: !776)
!791 = !DILocation(line: 213, column: 26, scope: !776)
!792 = !DILocation(line: 213, column: 39, scope: !776)
!793 = !DILocation(line: 213, column: 45, scope: !776)
!794 = !DILocation(line: 213, column: 37, scope: !776)
!795 = !DILocation(line: 213, column: 3, scope: !776)
!796 = distinct !DISubprogram(name: "vla_sum", scope: !3, file: !3, line: 216, type: !797, scopeLine: 216, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!797 = !DISubroutineType(types: !798)
!798 = !{!25, !24, !24}
!799 = !DILocalVariable(name: "n", arg: 1, scope: !796, file: !3, line: 216, type: !24)
!800 = !DILocation(line: 216, column: 20, scope: !796)
!801 = !DILocalVariable(name: "m", arg: 2, scope: !796, file: !3, line: 216, type: !24)
!802 = !DILocation(line: 216, column: 27, scope: !796)
!803 = !DILocation(line: 217, column: 14, scope: !796)
!804 = !DILocation(line: 217, column: 3, scope: !796)
!805 = !DILocation(line: 217, column: 17, scope: !796)
!806 = !DILocalVariable(name: "__vla_expr0", scope: !796, type: !23, flags: DIFlagArtificial)
!807 = !DILocation(line: 0, scope: !796)
!808 = !DILocalVariable(name: "__vla_expr1", scope: !796, type: !23, flags: DIFlagArtificial)
!809 = !DILocalVariable(name: "arr", scope: !796, file: !3, line: 217, type: !810)
!810 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, elements: !811)
!811 = !{!812, !813}
!812 = !DISubrange(count: !806)
!813 = !DISubrange(count: !808)
!814 = !DILocation(line: 217, column: 10, scope: !796)
!815 = !DILocalVariable(name: "heap", scope: !796, file: !3, line: 218, type: !816)
!816 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64)
!817 = !DILocation(line: 218, column: 11, scope: !796)
!818 = !DILocation(line: 218, column: 60, scope: !796)
!819 = !DILocation(line: 218, column: 52, scope: !796)
!820 = !DILocation(line: 218, column: 50, scope: !796)
!821 = !DILocation(line: 218, column: 18, scope: !796)
!822 = !DILocalVariable(name: "i", scope: !823, file: !3, line: 219, type: !24)
!823 = distinct !DILexicalBlock(scope: !796, file: !3, line: 219, column: 3)
!824 = !DILocation(line: 219, column: 12, scope: !823)
!825 = !DILocation(line: 219, column: 8, scope: !823)
!826 = !DILocation(line: 219, column: 19, scope: !827)
!827 = distinct !DILexicalBlock(scope: !823, file: !3, line: 219, column: 3)
!828 = !DILocation(line: 219, column: 23, scope: !827)
!829 = !DILocation(line: 219, column: 21, scope: !827)
!830 = !DILocation(line: 219, column: 3, scope: !823)
!831 = !DILocation(line: 220, column: 15, scope: !832)
!832 = distinct !DILexicalBlock(scope: !827, file: !3, line: 219, column: 31)
!833 = !DILocation(line: 220, column: 5, scope: !832)
!834 = !DILocation(line: 220, column: 10, scope: !832)
!835 = !DILocation(line: 220, column: 13, scope: !832)
!836 = !DILocalVariable(name: "j", scope: !837, file: !3, line: 221, type: !24)
!837 = distinct !DILexicalBlock(scope: !832, file: !3, line: 221, column: 5)
!838 = !DILocation(line: 221, column: 14, scope: !837)
!839 = !DILocation(line: 221, column: 10, scope: !837)
!840 = !DILocation(line: 221, column: 21, scope: !841)
!841 = distinct !DILexicalBlock(scope: !837, file: !3, line: 221, column: 5)
!842 = !DILocation(line: 221, column: 25, scope: !841)
!843 = !DILocation(line: 221, column: 23, scope: !841)
!844 = !DILocation(line: 221, column: 5, scope: !837)
!845 = !DILocation(line: 222, column: 19, scope: !841)
!846 = !DILocation(line: 222, column: 23, scope: !841)
!847 = !DILocation(line: 222, column: 21, scope: !841)
!848 = !DILocation(line: 222, column: 27, scope: !841)
!849 = !DILocation(line: 222, column: 25, scope: !841)
!850 = !DILocation(line: 222, column: 11, scope: !841)
!851 = !DILocation(line: 222, column: 7, scope: !841)
!852 = !DILocation(line: 222, column: 14, scope: !841)
!853 = !DILocation(line: 222, column: 17, scope: !841)
!854 = !DILocation(line: 221, column: 29, scope: !841)
!855 = !DILocation(line: 221, column: 5, scope: !841)
!856 = distinct !{!856, !844, !857, !285}
!857 = !DILocation(line: 222, column: 27, scope: !837)
!858 = !DILocation(line: 223, column: 3, scope: !832)
!859 = !DILocation(line: 219, column: 27, scope: !827)
!860 = !DILocation(line: 219, column: 3, scope: !827)
!861 = distinct !{!861, !830, !862, !285}
!862 = !DILocation(line: 223, column: 3, scope: !823)
!863 = !DILocalVariable(name: "s", scope: !796, file: !3, line: 224, type: !25)
!864 = !DILocation(line: 224, column: 10, scope: !796)
!865 = !DILocalVariable(name: "i", scope: !866, file: !3, line: 225, type: !24)
!866 = distinct !DILexicalBlock(scope: !796, file: !3, line: 225, column: 3)
!867 = !DILocation(line: 225, column: 12, scope: !866)
!868 = !DILocation(line: 225, column: 8, scope: !866)
!869 = !DILocation(line: 225, column: 19, scope: !870)
!870 = distinct !DILexicalBlock(scope: !866, file: !3, line: 225, column: 3)
!871 = !DILocation(line: 225, column: 23, scope: !870)
!872 = !DILocation(line: 225, column: 21, scope: !870)
!873 = !DILocation(line: 225, column: 3, scope: !866)
!874 = !DILocalVariable(name: "j", scope: !875, file: !3, line: 226, type: !24)
!875 = distinct !DILexicalBlock(scope: !870, file: !3, line: 226, column: 5)
!876 = !DILocation(line: 226, column: 14, scope: !875)
!877 = !DILocation(line: 226, column: 10, scope: !875)
!878 = !DILocation(line: 226, column: 21, scope: !879)
!879 = distinct !DILexicalBlock(scope: !875, file: !3, line: 226, column: 5)
!880 = !DILocation(line: 226, column: 25, scope: !879)
!881 = !DILocation(line: 226, column: 23, scope: !879)
!882 = !DILocation(line: 226, column: 5, scope: !875)
!883 = !DILocation(line: 227, column: 16, scope: !879)
!884 = !DILocation(line: 227, column: 12, scope: !879)
!885 = !DILocation(line: 227, column: 19, scope: !879)
!886 = !DILocation(line: 227, column: 24, scope: !879)
!887 = !DILocation(line: 227, column: 29, scope: !879)
!888 = !DILocation(line: 227, column: 9, scope: !879)
!889 = !DILocation(line: 227, column: 7, scope: !879)
!890 = !DILocation(line: 226, column: 29, scope: !879)
!891 = !DILocation(line: 226, column: 5, scope: !879)
!892 = distinct !{!892, !882, !893, !285}
!893 = !DILocation(line: 227, column: 30, scope: !875)
!894 = !DILocation(line: 225, column: 27, scope: !870)
!895 = !DILocation(line: 225, column: 3, scope: !870)
!896 = distinct !{!896, !873, !897, !285}
!897 = !DILocation(line: 227, column: 30, scope: !866)
!898 = !DILocation(line: 228, column: 10, scope: !796)
!899 = !DILocation(line: 229, column: 1, scope: !796)
!900 = distinct !DISubprogram(name: "string_stuff", scope: !3, file: !3, line: 231, type: !901, scopeLine: 231, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!901 = !DISubroutineType(types: !902)
!902 = !{!6, !40}
!903 = !DILocalVariable(name: "s", arg: 1, scope: !900, file: !3, line: 231, type: !40)
!904 = !DILocation(line: 231, column: 35, scope: !900)
!905 = !DILocalVariable(name: "buf", scope: !900, file: !3, line: 232, type: !906)
!906 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 512, elements: !907)
!907 = !{!908}
!908 = !DISubrange(count: 64)
!909 = !DILocation(line: 232, column: 8, scope: !900)
!910 = !DILocation(line: 233, column: 11, scope: !900)
!911 = !DILocation(line: 233, column: 16, scope: !900)
!912 = !DILocation(line: 233, column: 3, scope: !900)
!913 = !DILocation(line: 234, column: 3, scope: !900)
!914 = !DILocation(line: 234, column: 11, scope: !900)
!915 = !DILocation(line: 235, column: 10, scope: !900)
!916 = !DILocation(line: 235, column: 3, scope: !900)
!917 = !DILocalVariable(name: "h", scope: !900, file: !3, line: 236, type: !6)
!918 = !DILocation(line: 236, column: 12, scope: !900)
!919 = !DILocalVariable(name: "i", scope: !920, file: !3, line: 237, type: !21)
!920 = distinct !DILexicalBlock(scope: !900, file: !3, line: 237, column: 3)
!921 = !DILocation(line: 237, column: 15, scope: !920)
!922 = !DILocation(line: 237, column: 8, scope: !920)
!923 = !DILocation(line: 237, column: 22, scope: !924)
!924 = distinct !DILexicalBlock(scope: !920, file: !3, line: 237, column: 3)
!925 = !DILocation(line: 237, column: 33, scope: !924)
!926 = !DILocation(line: 237, column: 26, scope: !924)
!927 = !DILocation(line: 237, column: 24, scope: !924)
!928 = !DILocation(line: 237, column: 3, scope: !920)
!929 = !DILocation(line: 238, column: 9, scope: !924)
!930 = !DILocation(line: 238, column: 11, scope: !924)
!931 = !DILocation(line: 238, column: 37, scope: !924)
!932 = !DILocation(line: 238, column: 33, scope: !924)
!933 = !DILocation(line: 238, column: 18, scope: !924)
!934 = !DILocation(line: 238, column: 16, scope: !924)
!935 = !DILocation(line: 238, column: 7, scope: !924)
!936 = !DILocation(line: 238, column: 5, scope: !924)
!937 = !DILocation(line: 237, column: 40, scope: !924)
!938 = !DILocation(line: 237, column: 3, scope: !924)
!939 = distinct !{!939, !928, !940, !285}
!940 = !DILocation(line: 238, column: 38, scope: !920)
!941 = !DILocation(line: 239, column: 10, scope: !900)
!942 = !DILocation(line: 239, column: 31, scope: !900)
!943 = !DILocation(line: 239, column: 24, scope: !900)
!944 = !DILocation(line: 239, column: 14, scope: !900)
!945 = !DILocation(line: 239, column: 12, scope: !900)
!946 = !DILocation(line: 239, column: 45, scope: !900)
!947 = !DILocation(line: 239, column: 43, scope: !900)
!948 = !DILocation(line: 239, column: 3, scope: !900)
!949 = distinct !DISubprogram(name: "float_stuff", scope: !3, file: !3, line: 242, type: !950, scopeLine: 242, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!950 = !DISubroutineType(types: !951)
!951 = !{!29, !29, !25, !24, !6}
!952 = !DILocalVariable(name: "a", arg: 1, scope: !949, file: !3, line: 242, type: !29)
!953 = !DILocation(line: 242, column: 25, scope: !949)
!954 = !DILocalVariable(name: "b", arg: 2, scope: !949, file: !3, line: 242, type: !25)
!955 = !DILocation(line: 242, column: 35, scope: !949)
!956 = !DILocalVariable(name: "i", arg: 3, scope: !949, file: !3, line: 242, type: !24)
!957 = !DILocation(line: 242, column: 42, scope: !949)
!958 = !DILocalVariable(name: "u", arg: 4, scope: !949, file: !3, line: 242, type: !6)
!959 = !DILocation(line: 242, column: 54, scope: !949)
!960 = !DILocalVariable(name: "r", scope: !949, file: !3, line: 243, type: !29)
!961 = !DILocation(line: 243, column: 9, scope: !949)
!962 = !DILocation(line: 243, column: 13, scope: !949)
!963 = !DILocation(line: 243, column: 24, scope: !949)
!964 = !DILocation(line: 243, column: 17, scope: !949)
!965 = !DILocation(line: 243, column: 15, scope: !949)
!966 = !DILocation(line: 244, column: 15, scope: !949)
!967 = !DILocation(line: 244, column: 8, scope: !949)
!968 = !DILocation(line: 244, column: 26, scope: !949)
!969 = !DILocation(line: 244, column: 19, scope: !949)
!970 = !DILocation(line: 244, column: 17, scope: !949)
!971 = !DILocation(line: 244, column: 5, scope: !949)
!972 = !DILocalVariable(name: "d", scope: !949, file: !3, line: 245, type: !25)
!973 = !DILocation(line: 245, column: 10, scope: !949)
!974 = !DILocation(line: 245, column: 22, scope: !949)
!975 = !DILocation(line: 245, column: 14, scope: !949)
!976 = !DILocation(line: 246, column: 7, scope: !977)
!977 = distinct !DILexicalBlock(scope: !949, file: !3, line: 246, column: 7)
!978 = !DILocation(line: 246, column: 12, scope: !977)
!979 = !DILocation(line: 246, column: 9, scope: !977)
!980 = !DILocation(line: 246, column: 7, scope: !949)
!981 = !DILocation(line: 246, column: 15, scope: !977)
!982 = !DILocation(line: 247, column: 18, scope: !949)
!983 = !DILocation(line: 247, column: 20, scope: !949)
!984 = !DILocation(line: 247, column: 10, scope: !949)
!985 = !DILocation(line: 247, column: 42, scope: !949)
!986 = !DILocation(line: 247, column: 36, scope: !949)
!987 = !DILocation(line: 247, column: 29, scope: !949)
!988 = !DILocation(line: 247, column: 27, scope: !949)
!989 = !DILocation(line: 247, column: 68, scope: !949)
!990 = !DILocation(line: 247, column: 53, scope: !949)
!991 = !DILocation(line: 247, column: 46, scope: !949)
!992 = !DILocation(line: 247, column: 44, scope: !949)
!993 = !DILocation(line: 247, column: 3, scope: !949)
!994 = !DILocation(line: 248, column: 1, scope: !949)
!995 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 250, type: !996, scopeLine: 250, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !140)
!996 = !DISubroutineType(types: !997)
!997 = !{!24, !24, !998}
!998 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !999, size: 64)
!999 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64)
!1000 = !DILocalVariable(name: "argc", arg: 1, scope: !995, file: !3, line: 250, type: !24)
!1001 = !DILocation(line: 250, column: 14, scope: !995)
!1002 = !DILocalVariable(name: "argv", arg: 2, scope: !995, file: !3, line: 250, type: !998)
!1003 = !DILocation(line: 250, column: 27, scope: !995)
!1004 = !DILocalVariable(name: "local", scope: !995, file: !3, line: 251, type: !52)
!1005 = !DILocation(line: 251, column: 16, scope: !995)
!1006 = !DILocation(line: 252, column: 14, scope: !995)
!1007 = !DILocation(line: 252, column: 3, scope: !995)
!1008 = !DILocalVariable(name: "n", scope: !995, file: !3, line: 253, type: !62)
!1009 = !DILocation(line: 253, column: 17, scope: !995)
!1010 = !DILocation(line: 253, column: 21, scope: !995)
!1011 = !DILocation(line: 254, column: 13, scope: !995)
!1012 = !DILocation(line: 254, column: 11, scope: !995)
!1013 = !DILocation(line: 254, column: 3, scope: !995)
!1014 = !DILocation(line: 255, column: 16, scope: !995)
!1015 = !DILocation(line: 255, column: 30, scope: !995)
!1016 = !DILocation(line: 255, column: 37, scope: !995)
!1017 = !DILocation(line: 255, column: 36, scope: !995)
!1018 = !DILocation(line: 255, column: 3, scope: !995)
!1019 = !DILocalVariable(name: "u", scope: !995, file: !3, line: 256, type: !76)
!1020 = !DILocation(line: 256, column: 13, scope: !995)
!1021 = !DILocalVariable(name: "r", scope: !995, file: !3, line: 257, type: !44)
!1022 = !DILocation(line: 257, column: 16, scope: !995)
!1023 = !DILocation(line: 257, column: 29, scope: !995)
!1024 = !DILocation(line: 257, column: 20, scope: !995)
!1025 = !DILocalVariable(name: "total", scope: !995, file: !3, line: 258, type: !25)
!1026 = !DILocation(line: 258, column: 10, scope: !995)
!1027 = !DILocation(line: 258, column: 28, scope: !995)
!1028 = !DILocation(line: 258, column: 18, scope: !995)
!1029 = !DILocation(line: 258, column: 40, scope: !995)
!1030 = !DILocation(line: 258, column: 38, scope: !995)
!1031 = !DILocation(line: 258, column: 61, scope: !995)
!1032 = !DILocation(line: 258, column: 57, scope: !995)
!1033 = !DILocation(line: 258, column: 65, scope: !995)
!1034 = !DILocation(line: 258, column: 63, scope: !995)
!1035 = !DILocation(line: 259, column: 20, scope: !995)
!1036 = !DILocation(line: 259, column: 25, scope: !995)
!1037 = !DILocation(line: 259, column: 12, scope: !995)
!1038 = !DILocation(line: 259, column: 9, scope: !995)
!1039 = !DILocation(line: 260, column: 20, scope: !995)
!1040 = !DILocation(line: 260, column: 12, scope: !995)
!1041 = !DILocation(line: 260, column: 58, scope: !995)
!1042 = !DILocation(line: 260, column: 49, scope: !995)
!1043 = !DILocation(line: 260, column: 41, scope: !995)
!1044 = !DILocation(line: 260, column: 39, scope: !995)
!1045 = !DILocation(line: 260, column: 9, scope: !995)
!1046 = !DILocation(line: 261, column: 26, scope: !995)
!1047 = !DILocation(line: 261, column: 12, scope: !995)
!1048 = !DILocation(line: 261, column: 45, scope: !995)
!1049 = !DILocation(line: 261, column: 37, scope: !995)
!1050 = !DILocation(line: 261, column: 35, scope: !995)
!1051 = !DILocation(line: 261, column: 61, scope: !995)
!1052 = !DILocation(line: 261, column: 53, scope: !995)
!1053 = !DILocation(line: 261, column: 51, scope: !995)
!1054 = !DILocation(line: 261, column: 81, scope: !995)
!1055 = !DILocation(line: 261, column: 72, scope: !995)
!1056 = !DILocation(line: 261, column: 70, scope: !995)
!1057 = !DILocation(line: 261, column: 9, scope: !995)
!1058 = !DILocation(line: 262, column: 21, scope: !995)
!1059 = !DILocation(line: 262, column: 12, scope: !995)
!1060 = !DILocation(line: 262, column: 42, scope: !995)
!1061 = !DILocation(line: 262, column: 47, scope: !995)
!1062 = !DILocation(line: 262, column: 53, scope: !995)
!1063 = !DILocation(line: 262, column: 29, scope: !995)
!1064 = !DILocation(line: 262, column: 27, scope: !995)
!1065 = !DILocation(line: 262, column: 93, scope: !995)
!1066 = !DILocation(line: 262, column: 70, scope: !995)
!1067 = !DILocation(line: 262, column: 68, scope: !995)
!1068 = !DILocation(line: 262, column: 9, scope: !995)
!1069 = !DILocation(line: 263, column: 7, scope: !1070)
!1070 = distinct !DILexicalBlock(scope: !995, file: !3, line: 263, column: 7)
!1071 = !DILocation(line: 263, column: 7, scope: !995)
!1072 = !DILocation(line: 264, column: 14, scope: !1070)
!1073 = !DILocation(line: 264, column: 11, scope: !1070)
!1074 = !DILocation(line: 264, column: 5, scope: !1070)
!1075 = !DILocalVariable(name: "a", scope: !995, file: !3, line: 265, type: !651)
!1076 = !DILocation(line: 265, column: 7, scope: !995)
!1077 = !DILocalVariable(name: "v", scope: !995, file: !3, line: 266, type: !651)
!1078 = !DILocation(line: 266, column: 7, scope: !995)
!1079 = !DILocation(line: 266, column: 19, scope: !995)
!1080 = !DILocation(line: 266, column: 22, scope: !995)
!1081 = !DILocation(line: 266, column: 25, scope: !995)
!1082 = !DILocation(line: 266, column: 11, scope: !995)
!1083 = !DILocation(line: 267, column: 12, scope: !995)
!1084 = !DILocation(line: 267, column: 19, scope: !995)
!1085 = !DILocation(line: 267, column: 17, scope: !995)
!1086 = !DILocation(line: 267, column: 50, scope: !995)
!1087 = !DILocation(line: 267, column: 69, scope: !995)
!1088 = !DILocation(line: 267, column: 38, scope: !995)
!1089 = !DILocation(line: 267, column: 89, scope: !995)
!1090 = !DILocation(line: 267, column: 94, scope: !995)
!1091 = !DILocation(line: 267, column: 26, scope: !995)
!1092 = !DILocation(line: 267, column: 24, scope: !995)
!1093 = !DILocation(line: 267, column: 9, scope: !995)
!1094 = !DILocation(line: 268, column: 3, scope: !995)
!1095 = !DILocation(line: 269, column: 18, scope: !995)
!1096 = !DILocation(line: 269, column: 24, scope: !995)
!1097 = !DILocation(line: 269, column: 37, scope: !995)
!1098 = !DILocation(line: 269, column: 31, scope: !995)
!1099 = !DILocation(line: 269, column: 47, scope: !995)
!1100 = !DILocation(line: 269, column: 45, scope: !995)
!1101 = !DILocation(line: 269, column: 3, scope: !995)
!1102 = !DILocation(line: 270, column: 51, scope: !995)
!1103 = !DILocation(line: 270, column: 56, scope: !995)
!1104 = !DILocation(line: 270, column: 27, scope: !995)
!1105 = !DILocation(line: 270, column: 74, scope: !995)
!1106 = !DILocation(line: 270, column: 92, scope: !995)
!1107 = !DILocation(line: 270, column: 81, scope: !995)
!1108 = !DILocation(line: 270, column: 3, scope: !995)
!1109 = !DILocalVariable(name: "p", scope: !995, file: !3, line: 271, type: !142)
!1110 = !DILocation(line: 271, column: 9, scope: !995)
!1111 = !DILocation(line: 271, column: 13, scope: !995)
!1112 = !DILocation(line: 272, column: 8, scope: !995)
!1113 = !DILocation(line: 272, column: 3, scope: !995)
!1114 = !DILocation(line: 273, column: 15, scope: !995)
!1115 = !DILocation(line: 273, column: 10, scope: !995)
!1116 = !DILocation(line: 273, column: 21, scope: !995)
!1117 = !DILocation(line: 273, column: 3, scope: !995)
