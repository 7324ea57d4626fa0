; ModuleID = 'src/typeinfo_c.c'
source_filename = "src/typeinfo_c.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Mixed = type { i64, double, float, i32 }
%struct.Padded = type { i8, double, i16 }
%struct.Outer = type { i32, %struct.Inner, [2 x double] }
%struct.Inner = type { float, float }
%struct.Node = type { double, ptr }
%struct.Grid = type { [2 x [3 x double]] }
%struct.Flex = type { i32, [0 x double] }
%struct.Empty = type {}

@__const.use_locals.arr = private unnamed_addr constant [4 x double] [double 1.000000e+00, double 2.000000e+00, double 3.000000e+00, double 4.000000e+00], align 16
@.str = private unnamed_addr constant [2 x i8] c"x\00", align 1, !dbg !0

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @use_mixed(ptr noundef %0) #0 !dbg !26 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !40, !DIExpression(), !41)
  %3 = load ptr, ptr %2, align 8, !dbg !42
  %4 = getelementptr inbounds %struct.Mixed, ptr %3, i32 0, i32 0, !dbg !43
  %5 = load i64, ptr %4, align 8, !dbg !43
  %6 = sitofp i64 %5 to double, !dbg !42
  %7 = load ptr, ptr %2, align 8, !dbg !44
  %8 = getelementptr inbounds %struct.Mixed, ptr %7, i32 0, i32 1, !dbg !45
  %9 = load double, ptr %8, align 8, !dbg !45
  %10 = load ptr, ptr %2, align 8, !dbg !46
  %11 = getelementptr inbounds %struct.Mixed, ptr %10, i32 0, i32 2, !dbg !47
  %12 = load float, ptr %11, align 8, !dbg !47
  %13 = fpext float %12 to double, !dbg !46
  %14 = call double @llvm.fmuladd.f64(double %9, double %13, double %6), !dbg !48
  %15 = load ptr, ptr %2, align 8, !dbg !49
  %16 = getelementptr inbounds %struct.Mixed, ptr %15, i32 0, i32 3, !dbg !50
  %17 = load i32, ptr %16, align 4, !dbg !50
  %18 = sitofp i32 %17 to double, !dbg !49
  %19 = fadd double %14, %18, !dbg !51
  ret double %19, !dbg !52
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @use_padded(ptr noundef %0) #0 !dbg !53 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !63, !DIExpression(), !64)
  %3 = load ptr, ptr %2, align 8, !dbg !65
  %4 = getelementptr inbounds %struct.Padded, ptr %3, i32 0, i32 0, !dbg !66
  %5 = load i8, ptr %4, align 8, !dbg !66
  %6 = sext i8 %5 to i32, !dbg !65
  %7 = sitofp i32 %6 to double, !dbg !65
  %8 = load ptr, ptr %2, align 8, !dbg !67
  %9 = getelementptr inbounds %struct.Padded, ptr %8, i32 0, i32 1, !dbg !68
  %10 = load double, ptr %9, align 8, !dbg !68
  %11 = fadd double %7, %10, !dbg !69
  %12 = load ptr, ptr %2, align 8, !dbg !70
  %13 = getelementptr inbounds %struct.Padded, ptr %12, i32 0, i32 2, !dbg !71
  %14 = load i16, ptr %13, align 8, !dbg !71
  %15 = sext i16 %14 to i32, !dbg !70
  %16 = sitofp i32 %15 to double, !dbg !70
  %17 = fadd double %11, %16, !dbg !72
  ret double %17, !dbg !73
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @use_outer(ptr noundef %0) #0 !dbg !74 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !88, !DIExpression(), !89)
  %3 = load ptr, ptr %2, align 8, !dbg !90
  %4 = getelementptr inbounds %struct.Outer, ptr %3, i32 0, i32 0, !dbg !91
  %5 = load i32, ptr %4, align 8, !dbg !91
  %6 = sitofp i32 %5 to float, !dbg !90
  %7 = load ptr, ptr %2, align 8, !dbg !92
  %8 = getelementptr inbounds %struct.Outer, ptr %7, i32 0, i32 1, !dbg !93
  %9 = getelementptr inbounds %struct.Inner, ptr %8, i32 0, i32 0, !dbg !94
  %10 = load float, ptr %9, align 4, !dbg !94
  %11 = load ptr, ptr %2, align 8, !dbg !95
  %12 = getelementptr inbounds %struct.Outer, ptr %11, i32 0, i32 1, !dbg !96
  %13 = getelementptr inbounds %struct.Inner, ptr %12, i32 0, i32 1, !dbg !97
  %14 = load float, ptr %13, align 4, !dbg !97
  %15 = call float @llvm.fmuladd.f32(float %10, float %14, float %6), !dbg !98
  %16 = fpext float %15 to double, !dbg !90
  %17 = load ptr, ptr %2, align 8, !dbg !99
  %18 = getelementptr inbounds %struct.Outer, ptr %17, i32 0, i32 2, !dbg !100
  %19 = getelementptr inbounds [2 x double], ptr %18, i64 0, i64 1, !dbg !99
  %20 = load double, ptr %19, align 8, !dbg !99
  %21 = fadd double %16, %20, !dbg !101
  ret double %21, !dbg !102
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @use_union(ptr noundef %0, ptr noundef %1) #0 !dbg !103 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !119, !DIExpression(), !120)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !121, !DIExpression(), !122)
  %5 = load ptr, ptr %3, align 8, !dbg !123
  %6 = load double, ptr %5, align 8, !dbg !124
  %7 = load ptr, ptr %4, align 8, !dbg !125
  %8 = load double, ptr %7, align 8, !dbg !126
  %9 = fadd double %6, %8, !dbg !127
  ret double %9, !dbg !128
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @use_enum(i32 noundef %0) #0 !dbg !129 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !132, !DIExpression(), !133)
  %3 = load i32, ptr %2, align 4, !dbg !134
  %4 = icmp eq i32 %3, 6, !dbg !135
  %5 = zext i1 %4 to i32, !dbg !135
  ret i32 %5, !dbg !136
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @use_list(ptr noundef %0) #0 !dbg !137 {
  %2 = alloca ptr, align 8
  %3 = alloca double, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !145, !DIExpression(), !146)
    #dbg_declare(ptr %3, !147, !DIExpression(), !148)
  store double 0.000000e+00, ptr %3, align 8, !dbg !148
  br label %4, !dbg !149

4:                                                ; preds = %13, %1
  %5 = load ptr, ptr %2, align 8, !dbg !150
  %6 = icmp ne ptr %5, null, !dbg !153
  br i1 %6, label %7, label %17, !dbg !153

7:                                                ; preds = %4
  %8 = load ptr, ptr %2, align 8, !dbg !154
  %9 = getelementptr inbounds %struct.Node, ptr %8, i32 0, i32 0, !dbg !155
  %10 = load double, ptr %9, align 8, !dbg !155
  %11 = load double, ptr %3, align 8, !dbg !156
  %12 = fadd double %11, %10, !dbg !156
  store double %12, ptr %3, align 8, !dbg !156
  br label %13, !dbg !157

13:                                               ; preds = %7
  %14 = load ptr, ptr %2, align 8, !dbg !158
  %15 = getelementptr inbounds %struct.Node, ptr %14, i32 0, i32 1, !dbg !159
  %16 = load ptr, ptr %15, align 8, !dbg !159
  store ptr %16, ptr %2, align 8, !dbg !160
  br label %4, !dbg !161, !llvm.loop !162

17:                                               ; preds = %4
  %18 = load double, ptr %3, align 8, !dbg !165
  ret double %18, !dbg !166
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @use_grid(ptr noundef %0) #0 !dbg !167 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !177, !DIExpression(), !178)
  %3 = load ptr, ptr %2, align 8, !dbg !179
  %4 = getelementptr inbounds %struct.Grid, ptr %3, i32 0, i32 0, !dbg !180
  %5 = getelementptr inbounds [2 x [3 x double]], ptr %4, i64 0, i64 1, !dbg !179
  %6 = getelementptr inbounds [3 x double], ptr %5, i64 0, i64 2, !dbg !179
  %7 = load double, ptr %6, align 8, !dbg !179
  ret double %7, !dbg !181
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @use_flex(ptr noundef %0) #0 !dbg !182 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !193, !DIExpression(), !194)
  %3 = load ptr, ptr %2, align 8, !dbg !195
  %4 = getelementptr inbounds %struct.Flex, ptr %3, i32 0, i32 0, !dbg !196
  %5 = load i32, ptr %4, align 8, !dbg !196
  %6 = icmp ne i32 %5, 0, !dbg !195
  br i1 %6, label %7, label %12, !dbg !195

7:                                                ; preds = %1
  %8 = load ptr, ptr %2, align 8, !dbg !197
  %9 = getelementptr inbounds %struct.Flex, ptr %8, i32 0, i32 1, !dbg !198
  %10 = getelementptr inbounds [0 x double], ptr %9, i64 0, i64 0, !dbg !197
  %11 = load double, ptr %10, align 8, !dbg !197
  br label %13, !dbg !195

12:                                               ; preds = %1
  br label %13, !dbg !195

13:                                               ; preds = %12, %7
  %14 = phi double [ %11, %7 ], [ 0.000000e+00, %12 ], !dbg !195
  ret double %14, !dbg !199
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @use_typedef(ptr noundef %0, ptr noundef %1) #0 !dbg !200 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !208, !DIExpression(), !209)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !210, !DIExpression(), !211)
  %5 = load ptr, ptr %3, align 8, !dbg !212
  %6 = getelementptr inbounds %struct.Mixed, ptr %5, i32 0, i32 1, !dbg !213
  %7 = load double, ptr %6, align 8, !dbg !213
  %8 = load ptr, ptr %4, align 8, !dbg !214
  %9 = load volatile double, ptr %8, align 8, !dbg !215
  %10 = fadd double %7, %9, !dbg !216
  ret double %10, !dbg !217
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @use_fnptr(ptr noundef %0, double noundef %1) #0 !dbg !218 {
  %3 = alloca ptr, align 8
  %4 = alloca double, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !225, !DIExpression(), !226)
  store double %1, ptr %4, align 8
    #dbg_declare(ptr %4, !227, !DIExpression(), !228)
  %5 = load ptr, ptr %3, align 8, !dbg !229
  %6 = load double, ptr %4, align 8, !dbg !230
  %7 = load double, ptr %4, align 8, !dbg !231
  %8 = call double %5(double noundef %6, double noundef %7), !dbg !229
  ret double %8, !dbg !232
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @use_array(ptr noundef %0, i32 noundef %1) #0 !dbg !233 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !237, !DIExpression(), !238)
  store i32 %1, ptr %4, align 4
    #dbg_declare(ptr %4, !239, !DIExpression(), !240)
    #dbg_declare(ptr %5, !241, !DIExpression(), !242)
  store double 0.000000e+00, ptr %5, align 8, !dbg !242
    #dbg_declare(ptr %6, !243, !DIExpression(), !245)
  store i32 0, ptr %6, align 4, !dbg !245
  br label %7, !dbg !246

7:                                                ; preds = %19, %2
  %8 = load i32, ptr %6, align 4, !dbg !247
  %9 = load i32, ptr %4, align 4, !dbg !249
  %10 = icmp slt i32 %8, %9, !dbg !250
  br i1 %10, label %11, label %22, !dbg !251

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8, !dbg !252
  %13 = load i32, ptr %6, align 4, !dbg !253
  %14 = sext i32 %13 to i64, !dbg !252
  %15 = getelementptr inbounds double, ptr %12, i64 %14, !dbg !252
  %16 = load double, ptr %15, align 8, !dbg !252
  %17 = load double, ptr %5, align 8, !dbg !254
  %18 = fadd double %17, %16, !dbg !254
  store double %18, ptr %5, align 8, !dbg !254
  br label %19, !dbg !255

19:                                               ; preds = %11
  %20 = load i32, ptr %6, align 4, !dbg !256
  %21 = add nsw i32 %20, 1, !dbg !256
  store i32 %21, ptr %6, align 4, !dbg !256
  br label %7, !dbg !257, !llvm.loop !258

22:                                               ; preds = %7
  %23 = load double, ptr %5, align 8, !dbg !260
  ret double %23, !dbg !261
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @use_byval(ptr noundef byval(%struct.Mixed) align 8 %0, <2 x float> %1, double noundef %2) #2 !dbg !262 {
  %4 = alloca %struct.Inner, align 4
  %5 = alloca double, align 8
  store <2 x float> %1, ptr %4, align 4
    #dbg_declare(ptr %0, !265, !DIExpression(), !266)
    #dbg_declare(ptr %4, !267, !DIExpression(), !268)
  store double %2, ptr %5, align 8
    #dbg_declare(ptr %5, !269, !DIExpression(), !270)
  %6 = getelementptr inbounds %struct.Mixed, ptr %0, i32 0, i32 1, !dbg !271
  %7 = load double, ptr %6, align 8, !dbg !271
  %8 = getelementptr inbounds %struct.Inner, ptr %4, i32 0, i32 0, !dbg !272
  %9 = load float, ptr %8, align 4, !dbg !272
  %10 = fpext float %9 to double, !dbg !273
  %11 = fadd double %7, %10, !dbg !274
  %12 = load double, ptr %5, align 8, !dbg !275
  %13 = fadd double %11, %12, !dbg !276
  ret double %13, !dbg !277
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local <2 x float> @ret_small(float noundef %0) #2 !dbg !278 {
  %2 = alloca %struct.Inner, align 4
  %3 = alloca float, align 4
  store float %0, ptr %3, align 4
    #dbg_declare(ptr %3, !281, !DIExpression(), !282)
    #dbg_declare(ptr %2, !283, !DIExpression(), !284)
  %4 = getelementptr inbounds %struct.Inner, ptr %2, i32 0, i32 0, !dbg !285
  %5 = load float, ptr %3, align 4, !dbg !286
  store float %5, ptr %4, align 4, !dbg !285
  %6 = getelementptr inbounds %struct.Inner, ptr %2, i32 0, i32 1, !dbg !285
  %7 = load float, ptr %3, align 4, !dbg !287
  store float %7, ptr %6, align 4, !dbg !285
  %8 = load <2 x float>, ptr %2, align 4, !dbg !288
  ret <2 x float> %8, !dbg !288
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @use_locals(i32 noundef %0) #0 !dbg !289 {
  %2 = alloca i32, align 4
  %3 = alloca %struct.Mixed, align 8
  %4 = alloca [4 x double], align 16
  %5 = alloca %struct.Empty, align 1
  %6 = alloca x86_fp80, align 16
  %7 = alloca ptr, align 8
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !292, !DIExpression(), !293)
    #dbg_declare(ptr %3, !294, !DIExpression(), !295)
  %8 = getelementptr inbounds %struct.Mixed, ptr %3, i32 0, i32 0, !dbg !296
  %9 = load i32, ptr %2, align 4, !dbg !297
  %10 = sext i32 %9 to i64, !dbg !297
  store i64 %10, ptr %8, align 8, !dbg !296
  %11 = getelementptr inbounds %struct.Mixed, ptr %3, i32 0, i32 1, !dbg !296
  store double 1.500000e+00, ptr %11, align 8, !dbg !296
  %12 = getelementptr inbounds %struct.Mixed, ptr %3, i32 0, i32 2, !dbg !296
  store float 2.500000e+00, ptr %12, align 8, !dbg !296
  %13 = getelementptr inbounds %struct.Mixed, ptr %3, i32 0, i32 3, !dbg !296
  %14 = load i32, ptr %2, align 4, !dbg !298
  store i32 %14, ptr %13, align 4, !dbg !296
    #dbg_declare(ptr %4, !299, !DIExpression(), !303)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %4, ptr align 16 @__const.use_locals.arr, i64 32, i1 false), !dbg !303
    #dbg_declare(ptr %5, !304, !DIExpression(), !306)
    #dbg_declare(ptr %6, !307, !DIExpression(), !309)
  %15 = load i32, ptr %2, align 4, !dbg !310
  %16 = sitofp i32 %15 to x86_fp80, !dbg !310
  store x86_fp80 %16, ptr %6, align 16, !dbg !309
    #dbg_declare(ptr %7, !311, !DIExpression(), !313)
  store ptr @.str, ptr %7, align 8, !dbg !313
  %17 = getelementptr inbounds %struct.Mixed, ptr %3, i32 0, i32 1, !dbg !314
  %18 = load double, ptr %17, align 8, !dbg !314
  %19 = load i32, ptr %2, align 4, !dbg !315
  %20 = and i32 %19, 3, !dbg !316
  %21 = sext i32 %20 to i64, !dbg !317
  %22 = getelementptr inbounds [4 x double], ptr %4, i64 0, i64 %21, !dbg !317
  %23 = load double, ptr %22, align 8, !dbg !317
  %24 = fadd double %18, %23, !dbg !318
  %25 = load x86_fp80, ptr %6, align 16, !dbg !319
  %26 = fptrunc x86_fp80 %25 to double, !dbg !320
  %27 = fadd double %24, %26, !dbg !321
  %28 = load ptr, ptr %7, align 8, !dbg !322
  %29 = getelementptr inbounds i8, ptr %28, i64 0, !dbg !322
  %30 = load i8, ptr %29, align 1, !dbg !322
  %31 = sext i8 %30 to i32, !dbg !322
  %32 = sitofp i32 %31 to double, !dbg !322
  %33 = fadd double %27, %32, !dbg !323
  ret double %33, !dbg !324
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!18, !19, !20, !21, !22, !23, !24}
!llvm.ident = !{!25}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 65, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "src/typeinfo_c.c", directory: ".", checksumkind: CSK_MD5, checksum: "4f68559ce87dddf4a04c83167c871a9a")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 16, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 2)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !8, retainedTypes: !15, globals: !17, splitDebugInlining: false, nameTableKind: None)
!8 = !{!9}
!9 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "Color", file: !2, line: 25, baseType: !10, size: 32, elements: !11)
!10 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!11 = !{!12, !13, !14}
!12 = !DIEnumerator(name: "RED", value: 0)
!13 = !DIEnumerator(name: "GREEN", value: 5)
!14 = !DIEnumerator(name: "BLUE", value: 6)
!15 = !{!16}
!16 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!17 = !{!0}
!18 = !{i32 7, !"Dwarf Version", i32 5}
!19 = !{i32 2, !"Debug Info Version", i32 3}
!20 = !{i32 1, !"wchar_size", i32 4}
!21 = !{i32 8, !"PIC Level", i32 2}
!22 = !{i32 7, !"PIE Level", i32 2}
!23 = !{i32 7, !"uwtable", i32 2}
!24 = !{i32 7, !"frame-pointer", i32 2}
!25 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!26 = distinct !DISubprogram(name: "use_mixed", scope: !2, file: !2, line: 38, type: !27, scopeLine: 38, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !39)
!27 = !DISubroutineType(types: !28)
!28 = !{!16, !29}
!29 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !30, size: 64)
!30 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Mixed", file: !2, line: 6, size: 192, elements: !31)
!31 = !{!32, !34, !35, !37}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "n", scope: !30, file: !2, line: 7, baseType: !33, size: 64)
!33 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!34 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !30, file: !2, line: 8, baseType: !16, size: 64, offset: 64)
!35 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !30, file: !2, line: 9, baseType: !36, size: 32, offset: 128)
!36 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "tag", scope: !30, file: !2, line: 10, baseType: !38, size: 32, offset: 160)
!38 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!39 = !{}
!40 = !DILocalVariable(name: "m", arg: 1, scope: !26, file: !2, line: 38, type: !29)
!41 = !DILocation(line: 38, column: 32, scope: !26)
!42 = !DILocation(line: 38, column: 44, scope: !26)
!43 = !DILocation(line: 38, column: 47, scope: !26)
!44 = !DILocation(line: 38, column: 51, scope: !26)
!45 = !DILocation(line: 38, column: 54, scope: !26)
!46 = !DILocation(line: 38, column: 58, scope: !26)
!47 = !DILocation(line: 38, column: 61, scope: !26)
!48 = !DILocation(line: 38, column: 49, scope: !26)
!49 = !DILocation(line: 38, column: 65, scope: !26)
!50 = !DILocation(line: 38, column: 68, scope: !26)
!51 = !DILocation(line: 38, column: 63, scope: !26)
!52 = !DILocation(line: 38, column: 37, scope: !26)
!53 = distinct !DISubprogram(name: "use_padded", scope: !2, file: !2, line: 39, type: !54, scopeLine: 39, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !39)
!54 = !DISubroutineType(types: !55)
!55 = !{!16, !56}
!56 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !57, size: 64)
!57 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Padded", file: !2, line: 13, size: 192, elements: !58)
!58 = !{!59, !60, !61}
!59 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !57, file: !2, line: 14, baseType: !4, size: 8)
!60 = !DIDerivedType(tag: DW_TAG_member, name: "d", scope: !57, file: !2, line: 15, baseType: !16, size: 64, offset: 64)
!61 = !DIDerivedType(tag: DW_TAG_member, name: "s", scope: !57, file: !2, line: 16, baseType: !62, size: 16, offset: 128)
!62 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!63 = !DILocalVariable(name: "p", arg: 1, scope: !53, file: !2, line: 39, type: !56)
!64 = !DILocation(line: 39, column: 34, scope: !53)
!65 = !DILocation(line: 39, column: 46, scope: !53)
!66 = !DILocation(line: 39, column: 49, scope: !53)
!67 = !DILocation(line: 39, column: 53, scope: !53)
!68 = !DILocation(line: 39, column: 56, scope: !53)
!69 = !DILocation(line: 39, column: 51, scope: !53)
!70 = !DILocation(line: 39, column: 60, scope: !53)
!71 = !DILocation(line: 39, column: 63, scope: !53)
!72 = !DILocation(line: 39, column: 58, scope: !53)
!73 = !DILocation(line: 39, column: 39, scope: !53)
!74 = distinct !DISubprogram(name: "use_outer", scope: !2, file: !2, line: 40, type: !75, scopeLine: 40, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !39)
!75 = !DISubroutineType(types: !76)
!76 = !{!16, !77}
!77 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !78, size: 64)
!78 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Outer", file: !2, line: 20, size: 256, elements: !79)
!79 = !{!80, !81, !86}
!80 = !DIDerivedType(tag: DW_TAG_member, name: "id", scope: !78, file: !2, line: 20, baseType: !38, size: 32)
!81 = !DIDerivedType(tag: DW_TAG_member, name: "in", scope: !78, file: !2, line: 20, baseType: !82, size: 64, offset: 32)
!82 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Inner", file: !2, line: 19, size: 64, elements: !83)
!83 = !{!84, !85}
!84 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !82, file: !2, line: 19, baseType: !36, size: 32)
!85 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !82, file: !2, line: 19, baseType: !36, size: 32, offset: 32)
!86 = !DIDerivedType(tag: DW_TAG_member, name: "w", scope: !78, file: !2, line: 20, baseType: !87, size: 128, offset: 128)
!87 = !DICompositeType(tag: DW_TAG_array_type, baseType: !16, size: 128, elements: !5)
!88 = !DILocalVariable(name: "o", arg: 1, scope: !74, file: !2, line: 40, type: !77)
!89 = !DILocation(line: 40, column: 32, scope: !74)
!90 = !DILocation(line: 40, column: 44, scope: !74)
!91 = !DILocation(line: 40, column: 47, scope: !74)
!92 = !DILocation(line: 40, column: 52, scope: !74)
!93 = !DILocation(line: 40, column: 55, scope: !74)
!94 = !DILocation(line: 40, column: 58, scope: !74)
!95 = !DILocation(line: 40, column: 62, scope: !74)
!96 = !DILocation(line: 40, column: 65, scope: !74)
!97 = !DILocation(line: 40, column: 68, scope: !74)
!98 = !DILocation(line: 40, column: 50, scope: !74)
!99 = !DILocation(line: 40, column: 72, scope: !74)
!100 = !DILocation(line: 40, column: 75, scope: !74)
!101 = !DILocation(line: 40, column: 70, scope: !74)
!102 = !DILocation(line: 40, column: 37, scope: !74)
!103 = distinct !DISubprogram(name: "use_union", scope: !2, file: !2, line: 41, type: !104, scopeLine: 41, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !39)
!104 = !DISubroutineType(types: !105)
!105 = !{!16, !106, !111}
!106 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !107, size: 64)
!107 = distinct !DICompositeType(tag: DW_TAG_union_type, name: "Num", file: !2, line: 22, size: 64, elements: !108)
!108 = !{!109, !110}
!109 = !DIDerivedType(tag: DW_TAG_member, name: "i", scope: !107, file: !2, line: 22, baseType: !33, size: 64)
!110 = !DIDerivedType(tag: DW_TAG_member, name: "d", scope: !107, file: !2, line: 22, baseType: !16, size: 64)
!111 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !112, size: 64)
!112 = distinct !DICompositeType(tag: DW_TAG_union_type, name: "Same", file: !2, line: 23, size: 64, elements: !113)
!113 = !{!114, !115}
!114 = !DIDerivedType(tag: DW_TAG_member, name: "d", scope: !112, file: !2, line: 23, baseType: !16, size: 64)
!115 = !DIDerivedType(tag: DW_TAG_member, name: "e", scope: !112, file: !2, line: 23, baseType: !116, size: 64)
!116 = !DICompositeType(tag: DW_TAG_array_type, baseType: !16, size: 64, elements: !117)
!117 = !{!118}
!118 = !DISubrange(count: 1)
!119 = !DILocalVariable(name: "u", arg: 1, scope: !103, file: !2, line: 41, type: !106)
!120 = !DILocation(line: 41, column: 29, scope: !103)
!121 = !DILocalVariable(name: "s", arg: 2, scope: !103, file: !2, line: 41, type: !111)
!122 = !DILocation(line: 41, column: 44, scope: !103)
!123 = !DILocation(line: 41, column: 56, scope: !103)
!124 = !DILocation(line: 41, column: 59, scope: !103)
!125 = !DILocation(line: 41, column: 63, scope: !103)
!126 = !DILocation(line: 41, column: 66, scope: !103)
!127 = !DILocation(line: 41, column: 61, scope: !103)
!128 = !DILocation(line: 41, column: 49, scope: !103)
!129 = distinct !DISubprogram(name: "use_enum", scope: !2, file: !2, line: 42, type: !130, scopeLine: 42, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !39)
!130 = !DISubroutineType(types: !131)
!131 = !{!38, !9}
!132 = !DILocalVariable(name: "c", arg: 1, scope: !129, file: !2, line: 42, type: !9)
!133 = !DILocation(line: 42, column: 25, scope: !129)
!134 = !DILocation(line: 42, column: 37, scope: !129)
!135 = !DILocation(line: 42, column: 39, scope: !129)
!136 = !DILocation(line: 42, column: 30, scope: !129)
!137 = distinct !DISubprogram(name: "use_list", scope: !2, file: !2, line: 43, type: !138, scopeLine: 43, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !39)
!138 = !DISubroutineType(types: !139)
!139 = !{!16, !140}
!140 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !141, size: 64)
!141 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Node", file: !2, line: 27, size: 128, elements: !142)
!142 = !{!143, !144}
!143 = !DIDerivedType(tag: DW_TAG_member, name: "val", scope: !141, file: !2, line: 27, baseType: !16, size: 64)
!144 = !DIDerivedType(tag: DW_TAG_member, name: "next", scope: !141, file: !2, line: 27, baseType: !140, size: 64, offset: 64)
!145 = !DILocalVariable(name: "n", arg: 1, scope: !137, file: !2, line: 43, type: !140)
!146 = !DILocation(line: 43, column: 30, scope: !137)
!147 = !DILocalVariable(name: "s", scope: !137, file: !2, line: 44, type: !16)
!148 = !DILocation(line: 44, column: 10, scope: !137)
!149 = !DILocation(line: 45, column: 3, scope: !137)
!150 = !DILocation(line: 45, column: 10, scope: !151)
!151 = distinct !DILexicalBlock(scope: !152, file: !2, line: 45, column: 3)
!152 = distinct !DILexicalBlock(scope: !137, file: !2, line: 45, column: 3)
!153 = !DILocation(line: 45, column: 3, scope: !152)
!154 = !DILocation(line: 45, column: 31, scope: !151)
!155 = !DILocation(line: 45, column: 34, scope: !151)
!156 = !DILocation(line: 45, column: 28, scope: !151)
!157 = !DILocation(line: 45, column: 26, scope: !151)
!158 = !DILocation(line: 45, column: 17, scope: !151)
!159 = !DILocation(line: 45, column: 20, scope: !151)
!160 = !DILocation(line: 45, column: 15, scope: !151)
!161 = !DILocation(line: 45, column: 3, scope: !151)
!162 = distinct !{!162, !153, !163, !164}
!163 = !DILocation(line: 45, column: 34, scope: !152)
!164 = !{!"llvm.loop.mustprogress"}
!165 = !DILocation(line: 46, column: 10, scope: !137)
!166 = !DILocation(line: 46, column: 3, scope: !137)
!167 = distinct !DISubprogram(name: "use_grid", scope: !2, file: !2, line: 48, type: !168, scopeLine: 48, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !39)
!168 = !DISubroutineType(types: !169)
!169 = !{!16, !170}
!170 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !171, size: 64)
!171 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Grid", file: !2, line: 29, size: 384, elements: !172)
!172 = !{!173}
!173 = !DIDerivedType(tag: DW_TAG_member, name: "m", scope: !171, file: !2, line: 29, baseType: !174, size: 384)
!174 = !DICompositeType(tag: DW_TAG_array_type, baseType: !16, size: 384, elements: !175)
!175 = !{!6, !176}
!176 = !DISubrange(count: 3)
!177 = !DILocalVariable(name: "g", arg: 1, scope: !167, file: !2, line: 48, type: !170)
!178 = !DILocation(line: 48, column: 30, scope: !167)
!179 = !DILocation(line: 48, column: 42, scope: !167)
!180 = !DILocation(line: 48, column: 45, scope: !167)
!181 = !DILocation(line: 48, column: 35, scope: !167)
!182 = distinct !DISubprogram(name: "use_flex", scope: !2, file: !2, line: 49, type: !183, scopeLine: 49, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !39)
!183 = !DISubroutineType(types: !184)
!184 = !{!16, !185}
!185 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !186, size: 64)
!186 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Flex", file: !2, line: 31, size: 64, elements: !187)
!187 = !{!188, !189}
!188 = !DIDerivedType(tag: DW_TAG_member, name: "n", scope: !186, file: !2, line: 31, baseType: !38, size: 32)
!189 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !186, file: !2, line: 31, baseType: !190, offset: 64)
!190 = !DICompositeType(tag: DW_TAG_array_type, baseType: !16, elements: !191)
!191 = !{!192}
!192 = !DISubrange(count: -1)
!193 = !DILocalVariable(name: "f", arg: 1, scope: !182, file: !2, line: 49, type: !185)
!194 = !DILocation(line: 49, column: 30, scope: !182)
!195 = !DILocation(line: 49, column: 42, scope: !182)
!196 = !DILocation(line: 49, column: 45, scope: !182)
!197 = !DILocation(line: 49, column: 49, scope: !182)
!198 = !DILocation(line: 49, column: 52, scope: !182)
!199 = !DILocation(line: 49, column: 35, scope: !182)
!200 = distinct !DISubprogram(name: "use_typedef", scope: !2, file: !2, line: 50, type: !201, scopeLine: 50, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !39)
!201 = !DISubroutineType(types: !202)
!202 = !{!16, !203, !206}
!203 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !204, size: 64)
!204 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !205)
!205 = !DIDerivedType(tag: DW_TAG_typedef, name: "mixed_t", file: !2, line: 35, baseType: !30)
!206 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !207, size: 64)
!207 = !DIDerivedType(tag: DW_TAG_volatile_type, baseType: !16)
!208 = !DILocalVariable(name: "m", arg: 1, scope: !200, file: !2, line: 50, type: !203)
!209 = !DILocation(line: 50, column: 35, scope: !200)
!210 = !DILocalVariable(name: "v", arg: 2, scope: !200, file: !2, line: 50, type: !206)
!211 = !DILocation(line: 50, column: 55, scope: !200)
!212 = !DILocation(line: 50, column: 67, scope: !200)
!213 = !DILocation(line: 50, column: 70, scope: !200)
!214 = !DILocation(line: 50, column: 75, scope: !200)
!215 = !DILocation(line: 50, column: 74, scope: !200)
!216 = !DILocation(line: 50, column: 72, scope: !200)
!217 = !DILocation(line: 50, column: 60, scope: !200)
!218 = distinct !DISubprogram(name: "use_fnptr", scope: !2, file: !2, line: 51, type: !219, scopeLine: 51, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !39)
!219 = !DISubroutineType(types: !220)
!220 = !{!16, !221, !16}
!221 = !DIDerivedType(tag: DW_TAG_typedef, name: "binop_t", file: !2, line: 36, baseType: !222)
!222 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !223, size: 64)
!223 = !DISubroutineType(types: !224)
!224 = !{!16, !16, !16}
!225 = !DILocalVariable(name: "op", arg: 1, scope: !218, file: !2, line: 51, type: !221)
!226 = !DILocation(line: 51, column: 26, scope: !218)
!227 = !DILocalVariable(name: "a", arg: 2, scope: !218, file: !2, line: 51, type: !16)
!228 = !DILocation(line: 51, column: 37, scope: !218)
!229 = !DILocation(line: 51, column: 49, scope: !218)
!230 = !DILocation(line: 51, column: 52, scope: !218)
!231 = !DILocation(line: 51, column: 55, scope: !218)
!232 = !DILocation(line: 51, column: 42, scope: !218)
!233 = distinct !DISubprogram(name: "use_array", scope: !2, file: !2, line: 52, type: !234, scopeLine: 52, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !39)
!234 = !DISubroutineType(types: !235)
!235 = !{!16, !236, !38}
!236 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !16, size: 64)
!237 = !DILocalVariable(name: "xs", arg: 1, scope: !233, file: !2, line: 52, type: !236)
!238 = !DILocation(line: 52, column: 26, scope: !233)
!239 = !DILocalVariable(name: "n", arg: 2, scope: !233, file: !2, line: 52, type: !38)
!240 = !DILocation(line: 52, column: 34, scope: !233)
!241 = !DILocalVariable(name: "s", scope: !233, file: !2, line: 53, type: !16)
!242 = !DILocation(line: 53, column: 10, scope: !233)
!243 = !DILocalVariable(name: "i", scope: !244, file: !2, line: 54, type: !38)
!244 = distinct !DILexicalBlock(scope: !233, file: !2, line: 54, column: 3)
!245 = !DILocation(line: 54, column: 12, scope: !244)
!246 = !DILocation(line: 54, column: 8, scope: !244)
!247 = !DILocation(line: 54, column: 19, scope: !248)
!248 = distinct !DILexicalBlock(scope: !244, file: !2, line: 54, column: 3)
!249 = !DILocation(line: 54, column: 23, scope: !248)
!250 = !DILocation(line: 54, column: 21, scope: !248)
!251 = !DILocation(line: 54, column: 3, scope: !244)
!252 = !DILocation(line: 54, column: 36, scope: !248)
!253 = !DILocation(line: 54, column: 39, scope: !248)
!254 = !DILocation(line: 54, column: 33, scope: !248)
!255 = !DILocation(line: 54, column: 31, scope: !248)
!256 = !DILocation(line: 54, column: 27, scope: !248)
!257 = !DILocation(line: 54, column: 3, scope: !248)
!258 = distinct !{!258, !251, !259, !164}
!259 = !DILocation(line: 54, column: 40, scope: !244)
!260 = !DILocation(line: 55, column: 10, scope: !233)
!261 = !DILocation(line: 55, column: 3, scope: !233)
!262 = distinct !DISubprogram(name: "use_byval", scope: !2, file: !2, line: 57, type: !263, scopeLine: 57, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !39)
!263 = !DISubroutineType(types: !264)
!264 = !{!16, !30, !82, !16}
!265 = !DILocalVariable(name: "m", arg: 1, scope: !262, file: !2, line: 57, type: !30)
!266 = !DILocation(line: 57, column: 31, scope: !262)
!267 = !DILocalVariable(name: "in", arg: 2, scope: !262, file: !2, line: 57, type: !82)
!268 = !DILocation(line: 57, column: 47, scope: !262)
!269 = !DILocalVariable(name: "z", arg: 3, scope: !262, file: !2, line: 57, type: !16)
!270 = !DILocation(line: 57, column: 58, scope: !262)
!271 = !DILocation(line: 57, column: 72, scope: !262)
!272 = !DILocation(line: 57, column: 79, scope: !262)
!273 = !DILocation(line: 57, column: 76, scope: !262)
!274 = !DILocation(line: 57, column: 74, scope: !262)
!275 = !DILocation(line: 57, column: 83, scope: !262)
!276 = !DILocation(line: 57, column: 81, scope: !262)
!277 = !DILocation(line: 57, column: 63, scope: !262)
!278 = distinct !DISubprogram(name: "ret_small", scope: !2, file: !2, line: 58, type: !279, scopeLine: 58, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !39)
!279 = !DISubroutineType(types: !280)
!280 = !{!82, !36}
!281 = !DILocalVariable(name: "a", arg: 1, scope: !278, file: !2, line: 58, type: !36)
!282 = !DILocation(line: 58, column: 30, scope: !278)
!283 = !DILocalVariable(name: "r", scope: !278, file: !2, line: 58, type: !82)
!284 = !DILocation(line: 58, column: 48, scope: !278)
!285 = !DILocation(line: 58, column: 52, scope: !278)
!286 = !DILocation(line: 58, column: 53, scope: !278)
!287 = !DILocation(line: 58, column: 56, scope: !278)
!288 = !DILocation(line: 58, column: 60, scope: !278)
!289 = distinct !DISubprogram(name: "use_locals", scope: !2, file: !2, line: 59, type: !290, scopeLine: 59, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !39)
!290 = !DISubroutineType(types: !291)
!291 = !{!16, !38}
!292 = !DILocalVariable(name: "k", arg: 1, scope: !289, file: !2, line: 59, type: !38)
!293 = !DILocation(line: 59, column: 23, scope: !289)
!294 = !DILocalVariable(name: "local", scope: !289, file: !2, line: 60, type: !30)
!295 = !DILocation(line: 60, column: 16, scope: !289)
!296 = !DILocation(line: 60, column: 24, scope: !289)
!297 = !DILocation(line: 60, column: 25, scope: !289)
!298 = !DILocation(line: 60, column: 39, scope: !289)
!299 = !DILocalVariable(name: "arr", scope: !289, file: !2, line: 61, type: !300)
!300 = !DICompositeType(tag: DW_TAG_array_type, baseType: !16, size: 256, elements: !301)
!301 = !{!302}
!302 = !DISubrange(count: 4)
!303 = !DILocation(line: 61, column: 10, scope: !289)
!304 = !DILocalVariable(name: "e", scope: !289, file: !2, line: 62, type: !305)
!305 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Empty", file: !2, line: 33, elements: !39)
!306 = !DILocation(line: 62, column: 16, scope: !289)
!307 = !DILocalVariable(name: "ld", scope: !289, file: !2, line: 64, type: !308)
!308 = !DIBasicType(name: "long double", size: 128, encoding: DW_ATE_float)
!309 = !DILocation(line: 64, column: 15, scope: !289)
!310 = !DILocation(line: 64, column: 20, scope: !289)
!311 = !DILocalVariable(name: "str", scope: !289, file: !2, line: 65, type: !312)
!312 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!313 = !DILocation(line: 65, column: 9, scope: !289)
!314 = !DILocation(line: 66, column: 16, scope: !289)
!315 = !DILocation(line: 66, column: 24, scope: !289)
!316 = !DILocation(line: 66, column: 26, scope: !289)
!317 = !DILocation(line: 66, column: 20, scope: !289)
!318 = !DILocation(line: 66, column: 18, scope: !289)
!319 = !DILocation(line: 66, column: 41, scope: !289)
!320 = !DILocation(line: 66, column: 33, scope: !289)
!321 = !DILocation(line: 66, column: 31, scope: !289)
!322 = !DILocation(line: 66, column: 46, scope: !289)
!323 = !DILocation(line: 66, column: 44, scope: !289)
!324 = !DILocation(line: 66, column: 3, scope: !289)
