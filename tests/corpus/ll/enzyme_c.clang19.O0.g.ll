; ModuleID = 'src/enzyme_c.c'
source_filename = "src/enzyme_c.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.P = type { i64, double, float, i32 }

@enzyme_out = external global i32, align 4
@__const.main.ps = private unnamed_addr constant [4 x %struct.P] [%struct.P { i64 1, double 1.000000e+00, float 5.000000e-01, i32 2 }, %struct.P { i64 2, double 2.000000e+00, float 1.500000e+00, i32 3 }, %struct.P { i64 3, double 3.000000e+00, float 2.500000e+00, i32 4 }, %struct.P { i64 4, double 4.000000e+00, float 3.500000e+00, i32 5 }], align 16
@enzyme_dup = external global i32, align 4
@enzyme_const = external global i32, align 4
@.str = private unnamed_addr constant [39 x i8] c"df=%f dg.x=%f dh.x=%f dh2.x=%f dfw=%f\0A\00", align 1, !dbg !0

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @f(double noundef %0) #0 !dbg !33 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
    #dbg_declare(ptr %2, !37, !DIExpression(), !38)
  %3 = load double, ptr %2, align 8, !dbg !39
  %4 = call double @sin(double noundef %3) #7, !dbg !40
  %5 = load double, ptr %2, align 8, !dbg !41
  %6 = fmul double %4, %5, !dbg !42
  %7 = load double, ptr %2, align 8, !dbg !43
  %8 = load double, ptr %2, align 8, !dbg !44
  %9 = fneg double %8, !dbg !45
  %10 = call double @exp(double noundef %9) #7, !dbg !46
  %11 = call double @llvm.fmuladd.f64(double %6, double %7, double %10), !dbg !47
  ret double %11, !dbg !48
}

; Function Attrs: nounwind
declare double @sin(double noundef) #1

; Function Attrs: nounwind
declare double @exp(double noundef) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @g(ptr noundef %0, i32 noundef %1) #0 !dbg !49 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !52, !DIExpression(), !53)
  store i32 %1, ptr %4, align 4
    #dbg_declare(ptr %4, !54, !DIExpression(), !55)
    #dbg_declare(ptr %5, !56, !DIExpression(), !57)
  store double 0.000000e+00, ptr %5, align 8, !dbg !57
    #dbg_declare(ptr %6, !58, !DIExpression(), !60)
  store i32 0, ptr %6, align 4, !dbg !60
  br label %7, !dbg !61

7:                                                ; preds = %50, %2
  %8 = load i32, ptr %6, align 4, !dbg !62
  %9 = load i32, ptr %4, align 4, !dbg !64
  %10 = icmp slt i32 %8, %9, !dbg !65
  br i1 %10, label %11, label %53, !dbg !66

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8, !dbg !67
  %13 = load i32, ptr %6, align 4, !dbg !68
  %14 = sext i32 %13 to i64, !dbg !67
  %15 = getelementptr inbounds %struct.P, ptr %12, i64 %14, !dbg !67
  %16 = getelementptr inbounds %struct.P, ptr %15, i32 0, i32 1, !dbg !69
  %17 = load double, ptr %16, align 8, !dbg !69
  %18 = load ptr, ptr %3, align 8, !dbg !70
  %19 = load i32, ptr %6, align 4, !dbg !71
  %20 = sext i32 %19 to i64, !dbg !70
  %21 = getelementptr inbounds %struct.P, ptr %18, i64 %20, !dbg !70
  %22 = getelementptr inbounds %struct.P, ptr %21, i32 0, i32 1, !dbg !72
  %23 = load double, ptr %22, align 8, !dbg !72
  %24 = fmul double %17, %23, !dbg !73
  %25 = load ptr, ptr %3, align 8, !dbg !74
  %26 = load i32, ptr %6, align 4, !dbg !75
  %27 = sext i32 %26 to i64, !dbg !74
  %28 = getelementptr inbounds %struct.P, ptr %25, i64 %27, !dbg !74
  %29 = getelementptr inbounds %struct.P, ptr %28, i32 0, i32 2, !dbg !76
  %30 = load float, ptr %29, align 8, !dbg !76
  %31 = fpext float %30 to double, !dbg !77
  %32 = load ptr, ptr %3, align 8, !dbg !78
  %33 = load i32, ptr %6, align 4, !dbg !79
  %34 = sext i32 %33 to i64, !dbg !78
  %35 = getelementptr inbounds %struct.P, ptr %32, i64 %34, !dbg !78
  %36 = getelementptr inbounds %struct.P, ptr %35, i32 0, i32 0, !dbg !80
  %37 = load i64, ptr %36, align 8, !dbg !80
  %38 = sitofp i64 %37 to double, !dbg !81
  %39 = load ptr, ptr %3, align 8, !dbg !82
  %40 = load i32, ptr %6, align 4, !dbg !83
  %41 = sext i32 %40 to i64, !dbg !82
  %42 = getelementptr inbounds %struct.P, ptr %39, i64 %41, !dbg !82
  %43 = getelementptr inbounds %struct.P, ptr %42, i32 0, i32 3, !dbg !84
  %44 = load i32, ptr %43, align 4, !dbg !84
  %45 = sitofp i32 %44 to double, !dbg !82
  %46 = fmul double %38, %45, !dbg !85
  %47 = call double @llvm.fmuladd.f64(double %24, double %31, double %46), !dbg !86
  %48 = load double, ptr %5, align 8, !dbg !87
  %49 = fadd double %48, %47, !dbg !87
  store double %49, ptr %5, align 8, !dbg !87
  br label %50, !dbg !88

50:                                               ; preds = %11
  %51 = load i32, ptr %6, align 4, !dbg !89
  %52 = add nsw i32 %51, 1, !dbg !89
  store i32 %52, ptr %6, align 4, !dbg !89
  br label %7, !dbg !90, !llvm.loop !91

53:                                               ; preds = %7
  %54 = load double, ptr %5, align 8, !dbg !94
  ret double %54, !dbg !95
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @h(ptr noundef %0, i32 noundef %1) #0 !dbg !96 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca double, align 8
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !97, !DIExpression(), !98)
  store i32 %1, ptr %4, align 4
    #dbg_declare(ptr %4, !99, !DIExpression(), !100)
    #dbg_declare(ptr %5, !101, !DIExpression(), !102)
  %8 = load i32, ptr %4, align 4, !dbg !103
  %9 = sext i32 %8 to i64, !dbg !104
  %10 = mul i64 24, %9, !dbg !105
  %11 = call noalias ptr @malloc(i64 noundef %10) #8, !dbg !106
  store ptr %11, ptr %5, align 8, !dbg !102
  %12 = load ptr, ptr %5, align 8, !dbg !107
  %13 = load ptr, ptr %3, align 8, !dbg !108
  %14 = load i32, ptr %4, align 4, !dbg !109
  %15 = sext i32 %14 to i64, !dbg !110
  %16 = mul i64 24, %15, !dbg !111
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %12, ptr align 8 %13, i64 %16, i1 false), !dbg !112
    #dbg_declare(ptr %6, !113, !DIExpression(), !114)
  store double 0.000000e+00, ptr %6, align 8, !dbg !114
    #dbg_declare(ptr %7, !115, !DIExpression(), !117)
  store i32 0, ptr %7, align 4, !dbg !117
  br label %17, !dbg !118

17:                                               ; preds = %44, %2
  %18 = load i32, ptr %7, align 4, !dbg !119
  %19 = load i32, ptr %4, align 4, !dbg !121
  %20 = icmp slt i32 %18, %19, !dbg !122
  br i1 %20, label %21, label %47, !dbg !123

21:                                               ; preds = %17
  %22 = load ptr, ptr %5, align 8, !dbg !124
  %23 = load i32, ptr %7, align 4, !dbg !125
  %24 = sext i32 %23 to i64, !dbg !124
  %25 = getelementptr inbounds %struct.P, ptr %22, i64 %24, !dbg !124
  %26 = getelementptr inbounds %struct.P, ptr %25, i32 0, i32 1, !dbg !126
  %27 = load double, ptr %26, align 8, !dbg !126
  %28 = load ptr, ptr %5, align 8, !dbg !127
  %29 = load i32, ptr %7, align 4, !dbg !128
  %30 = sext i32 %29 to i64, !dbg !127
  %31 = getelementptr inbounds %struct.P, ptr %28, i64 %30, !dbg !127
  %32 = getelementptr inbounds %struct.P, ptr %31, i32 0, i32 1, !dbg !129
  %33 = load double, ptr %32, align 8, !dbg !129
  %34 = load ptr, ptr %5, align 8, !dbg !130
  %35 = load i32, ptr %7, align 4, !dbg !131
  %36 = sext i32 %35 to i64, !dbg !130
  %37 = getelementptr inbounds %struct.P, ptr %34, i64 %36, !dbg !130
  %38 = getelementptr inbounds %struct.P, ptr %37, i32 0, i32 2, !dbg !132
  %39 = load float, ptr %38, align 8, !dbg !132
  %40 = fpext float %39 to double, !dbg !130
  %41 = call double @llvm.fmuladd.f64(double %27, double %33, double %40), !dbg !133
  %42 = load double, ptr %6, align 8, !dbg !134
  %43 = fadd double %42, %41, !dbg !134
  store double %43, ptr %6, align 8, !dbg !134
  br label %44, !dbg !135

44:                                               ; preds = %21
  %45 = load i32, ptr %7, align 4, !dbg !136
  %46 = add nsw i32 %45, 1, !dbg !136
  store i32 %46, ptr %7, align 4, !dbg !136
  br label %17, !dbg !137, !llvm.loop !138

47:                                               ; preds = %17
  %48 = load ptr, ptr %5, align 8, !dbg !140
  call void @free(ptr noundef %48) #7, !dbg !141
  %49 = load double, ptr %6, align 8, !dbg !142
  ret double %49, !dbg !143
}

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

; Function Attrs: nounwind
declare void @free(ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @h2(ptr noundef %0) #0 !dbg !144 {
  %2 = alloca ptr, align 8
  %3 = alloca [4 x %struct.P], align 16
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !149, !DIExpression(), !150)
    #dbg_declare(ptr %3, !151, !DIExpression(), !155)
  %4 = getelementptr inbounds [4 x %struct.P], ptr %3, i64 0, i64 0, !dbg !156
  %5 = load ptr, ptr %2, align 8, !dbg !157
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %4, ptr align 1 %5, i64 96, i1 false), !dbg !156
  %6 = getelementptr inbounds [4 x %struct.P], ptr %3, i64 0, i64 0, !dbg !158
  %7 = getelementptr inbounds %struct.P, ptr %6, i32 0, i32 1, !dbg !159
  %8 = load double, ptr %7, align 8, !dbg !159
  %9 = getelementptr inbounds [4 x %struct.P], ptr %3, i64 0, i64 1, !dbg !160
  %10 = getelementptr inbounds %struct.P, ptr %9, i32 0, i32 1, !dbg !161
  %11 = load double, ptr %10, align 8, !dbg !161
  %12 = getelementptr inbounds [4 x %struct.P], ptr %3, i64 0, i64 2, !dbg !162
  %13 = getelementptr inbounds %struct.P, ptr %12, i32 0, i32 1, !dbg !163
  %14 = load double, ptr %13, align 8, !dbg !163
  %15 = getelementptr inbounds [4 x %struct.P], ptr %3, i64 0, i64 3, !dbg !164
  %16 = getelementptr inbounds %struct.P, ptr %15, i32 0, i32 1, !dbg !165
  %17 = load double, ptr %16, align 8, !dbg !165
  %18 = fmul double %14, %17, !dbg !166
  %19 = call double @llvm.fmuladd.f64(double %8, double %11, double %18), !dbg !167
  ret double %19, !dbg !168
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @fw(double noundef %0, double noundef %1) #0 !dbg !169 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
    #dbg_declare(ptr %3, !172, !DIExpression(), !173)
  store double %1, ptr %4, align 8
    #dbg_declare(ptr %4, !174, !DIExpression(), !175)
  %5 = load double, ptr %3, align 8, !dbg !176
  %6 = load double, ptr %4, align 8, !dbg !177
  %7 = load double, ptr %3, align 8, !dbg !178
  %8 = load double, ptr %3, align 8, !dbg !179
  %9 = load double, ptr %4, align 8, !dbg !180
  %10 = load double, ptr %4, align 8, !dbg !181
  %11 = fmul double %9, %10, !dbg !182
  %12 = call double @llvm.fmuladd.f64(double %7, double %8, double %11), !dbg !183
  %13 = call double @sqrt(double noundef %12) #7, !dbg !184
  %14 = call double @llvm.fmuladd.f64(double %5, double %6, double %13), !dbg !185
  ret double %14, !dbg !186
}

; Function Attrs: nounwind
declare double @sqrt(double noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !187 {
  %1 = alloca i32, align 4
  %2 = alloca double, align 8
  %3 = alloca [4 x %struct.P], align 16
  %4 = alloca [4 x %struct.P], align 16
  %5 = alloca [4 x %struct.P], align 16
  %6 = alloca [4 x %struct.P], align 16
  %7 = alloca double, align 8
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !190, !DIExpression(), !191)
  %8 = load i32, ptr @enzyme_out, align 4, !dbg !192
  %9 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @f, i32 noundef %8, double noundef 2.000000e+00), !dbg !193
  store double %9, ptr %2, align 8, !dbg !191
    #dbg_declare(ptr %3, !194, !DIExpression(), !195)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %3, ptr align 16 @__const.main.ps, i64 96, i1 false), !dbg !195
    #dbg_declare(ptr %4, !196, !DIExpression(), !197)
  %10 = getelementptr inbounds [4 x %struct.P], ptr %4, i64 0, i64 0, !dbg !198
  call void @llvm.memset.p0.i64(ptr align 16 %10, i8 0, i64 96, i1 false), !dbg !198
  %11 = load i32, ptr @enzyme_dup, align 4, !dbg !199
  %12 = getelementptr inbounds [4 x %struct.P], ptr %3, i64 0, i64 0, !dbg !200
  %13 = getelementptr inbounds [4 x %struct.P], ptr %4, i64 0, i64 0, !dbg !201
  %14 = load i32, ptr @enzyme_const, align 4, !dbg !202
  %15 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @g, i32 noundef %11, ptr noundef %12, ptr noundef %13, i32 noundef %14, i32 noundef 4), !dbg !203
    #dbg_declare(ptr %5, !204, !DIExpression(), !205)
  %16 = getelementptr inbounds [4 x %struct.P], ptr %5, i64 0, i64 0, !dbg !206
  call void @llvm.memset.p0.i64(ptr align 16 %16, i8 0, i64 96, i1 false), !dbg !206
  %17 = load i32, ptr @enzyme_dup, align 4, !dbg !207
  %18 = getelementptr inbounds [4 x %struct.P], ptr %3, i64 0, i64 0, !dbg !208
  %19 = getelementptr inbounds [4 x %struct.P], ptr %5, i64 0, i64 0, !dbg !209
  %20 = load i32, ptr @enzyme_const, align 4, !dbg !210
  %21 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @h, i32 noundef %17, ptr noundef %18, ptr noundef %19, i32 noundef %20, i32 noundef 4), !dbg !211
    #dbg_declare(ptr %6, !212, !DIExpression(), !213)
  %22 = getelementptr inbounds [4 x %struct.P], ptr %6, i64 0, i64 0, !dbg !214
  call void @llvm.memset.p0.i64(ptr align 16 %22, i8 0, i64 96, i1 false), !dbg !214
  %23 = load i32, ptr @enzyme_dup, align 4, !dbg !215
  %24 = getelementptr inbounds [4 x %struct.P], ptr %3, i64 0, i64 0, !dbg !216
  %25 = getelementptr inbounds [4 x %struct.P], ptr %6, i64 0, i64 0, !dbg !217
  %26 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @h2, i32 noundef %23, ptr noundef %24, ptr noundef %25), !dbg !218
    #dbg_declare(ptr %7, !219, !DIExpression(), !220)
  %27 = load i32, ptr @enzyme_dup, align 4, !dbg !221
  %28 = load i32, ptr @enzyme_const, align 4, !dbg !222
  %29 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @fw, i32 noundef %27, double noundef 3.000000e+00, double noundef 1.000000e+00, i32 noundef %28, double noundef 4.000000e+00), !dbg !223
  store double %29, ptr %7, align 8, !dbg !220
  %30 = load double, ptr %2, align 8, !dbg !224
  %31 = getelementptr inbounds [4 x %struct.P], ptr %4, i64 0, i64 0, !dbg !225
  %32 = getelementptr inbounds %struct.P, ptr %31, i32 0, i32 1, !dbg !226
  %33 = load double, ptr %32, align 8, !dbg !226
  %34 = getelementptr inbounds [4 x %struct.P], ptr %5, i64 0, i64 1, !dbg !227
  %35 = getelementptr inbounds %struct.P, ptr %34, i32 0, i32 1, !dbg !228
  %36 = load double, ptr %35, align 8, !dbg !228
  %37 = getelementptr inbounds [4 x %struct.P], ptr %6, i64 0, i64 2, !dbg !229
  %38 = getelementptr inbounds %struct.P, ptr %37, i32 0, i32 1, !dbg !230
  %39 = load double, ptr %38, align 8, !dbg !230
  %40 = load double, ptr %7, align 8, !dbg !231
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %30, double noundef %33, double noundef %36, double noundef %39, double noundef %40), !dbg !232
  ret i32 0, !dbg !233
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

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!25, !26, !27, !28, !29, !30, !31}
!llvm.ident = !{!32}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 71, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "src/enzyme_c.c", directory: ".", checksumkind: CSK_MD5, checksum: "da397045a7c4f597ab569ca7ab040a41")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 312, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 39)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !8, globals: !24, splitDebugInlining: false, nameTableKind: None)
!8 = !{!9, !10, !20, !23}
!9 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64)
!11 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "P", file: !2, line: 13, size: 192, elements: !12)
!12 = !{!13, !15, !16, !18}
!13 = !DIDerivedType(tag: DW_TAG_member, name: "n", scope: !11, file: !2, line: 14, baseType: !14, size: 64)
!14 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!15 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !11, file: !2, line: 15, baseType: !9, size: 64, offset: 64)
!16 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !11, file: !2, line: 16, baseType: !17, size: 32, offset: 128)
!17 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!18 = !DIDerivedType(tag: DW_TAG_member, name: "tag", scope: !11, file: !2, line: 17, baseType: !19, size: 32, offset: 160)
!19 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!20 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !21, line: 18, baseType: !22)
!21 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!22 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!24 = !{!0}
!25 = !{i32 7, !"Dwarf Version", i32 5}
!26 = !{i32 2, !"Debug Info Version", i32 3}
!27 = !{i32 1, !"wchar_size", i32 4}
!28 = !{i32 8, !"PIC Level", i32 2}
!29 = !{i32 7, !"PIE Level", i32 2}
!30 = !{i32 7, !"uwtable", i32 2}
!31 = !{i32 7, !"frame-pointer", i32 2}
!32 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!33 = distinct !DISubprogram(name: "f", scope: !2, file: !2, line: 21, type: !34, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !36)
!34 = !DISubroutineType(types: !35)
!35 = !{!9, !9}
!36 = !{}
!37 = !DILocalVariable(name: "x", arg: 1, scope: !33, file: !2, line: 21, type: !9)
!38 = !DILocation(line: 21, column: 17, scope: !33)
!39 = !DILocation(line: 21, column: 33, scope: !33)
!40 = !DILocation(line: 21, column: 29, scope: !33)
!41 = !DILocation(line: 21, column: 38, scope: !33)
!42 = !DILocation(line: 21, column: 36, scope: !33)
!43 = !DILocation(line: 21, column: 42, scope: !33)
!44 = !DILocation(line: 21, column: 51, scope: !33)
!45 = !DILocation(line: 21, column: 50, scope: !33)
!46 = !DILocation(line: 21, column: 46, scope: !33)
!47 = !DILocation(line: 21, column: 44, scope: !33)
!48 = !DILocation(line: 21, column: 22, scope: !33)
!49 = distinct !DISubprogram(name: "g", scope: !2, file: !2, line: 24, type: !50, scopeLine: 24, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !36)
!50 = !DISubroutineType(types: !51)
!51 = !{!9, !10, !19}
!52 = !DILocalVariable(name: "p", arg: 1, scope: !49, file: !2, line: 24, type: !10)
!53 = !DILocation(line: 24, column: 20, scope: !49)
!54 = !DILocalVariable(name: "n", arg: 2, scope: !49, file: !2, line: 24, type: !19)
!55 = !DILocation(line: 24, column: 27, scope: !49)
!56 = !DILocalVariable(name: "s", scope: !49, file: !2, line: 25, type: !9)
!57 = !DILocation(line: 25, column: 10, scope: !49)
!58 = !DILocalVariable(name: "i", scope: !59, file: !2, line: 26, type: !19)
!59 = distinct !DILexicalBlock(scope: !49, file: !2, line: 26, column: 3)
!60 = !DILocation(line: 26, column: 12, scope: !59)
!61 = !DILocation(line: 26, column: 8, scope: !59)
!62 = !DILocation(line: 26, column: 19, scope: !63)
!63 = distinct !DILexicalBlock(scope: !59, file: !2, line: 26, column: 3)
!64 = !DILocation(line: 26, column: 23, scope: !63)
!65 = !DILocation(line: 26, column: 21, scope: !63)
!66 = !DILocation(line: 26, column: 3, scope: !59)
!67 = !DILocation(line: 27, column: 10, scope: !63)
!68 = !DILocation(line: 27, column: 12, scope: !63)
!69 = !DILocation(line: 27, column: 15, scope: !63)
!70 = !DILocation(line: 27, column: 19, scope: !63)
!71 = !DILocation(line: 27, column: 21, scope: !63)
!72 = !DILocation(line: 27, column: 24, scope: !63)
!73 = !DILocation(line: 27, column: 17, scope: !63)
!74 = !DILocation(line: 27, column: 36, scope: !63)
!75 = !DILocation(line: 27, column: 38, scope: !63)
!76 = !DILocation(line: 27, column: 41, scope: !63)
!77 = !DILocation(line: 27, column: 28, scope: !63)
!78 = !DILocation(line: 27, column: 53, scope: !63)
!79 = !DILocation(line: 27, column: 55, scope: !63)
!80 = !DILocation(line: 27, column: 58, scope: !63)
!81 = !DILocation(line: 27, column: 45, scope: !63)
!82 = !DILocation(line: 27, column: 62, scope: !63)
!83 = !DILocation(line: 27, column: 64, scope: !63)
!84 = !DILocation(line: 27, column: 67, scope: !63)
!85 = !DILocation(line: 27, column: 60, scope: !63)
!86 = !DILocation(line: 27, column: 43, scope: !63)
!87 = !DILocation(line: 27, column: 7, scope: !63)
!88 = !DILocation(line: 27, column: 5, scope: !63)
!89 = !DILocation(line: 26, column: 27, scope: !63)
!90 = !DILocation(line: 26, column: 3, scope: !63)
!91 = distinct !{!91, !66, !92, !93}
!92 = !DILocation(line: 27, column: 67, scope: !59)
!93 = !{!"llvm.loop.mustprogress"}
!94 = !DILocation(line: 28, column: 10, scope: !49)
!95 = !DILocation(line: 28, column: 3, scope: !49)
!96 = distinct !DISubprogram(name: "h", scope: !2, file: !2, line: 33, type: !50, scopeLine: 33, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !36)
!97 = !DILocalVariable(name: "p", arg: 1, scope: !96, file: !2, line: 33, type: !10)
!98 = !DILocation(line: 33, column: 20, scope: !96)
!99 = !DILocalVariable(name: "n", arg: 2, scope: !96, file: !2, line: 33, type: !19)
!100 = !DILocation(line: 33, column: 27, scope: !96)
!101 = !DILocalVariable(name: "tmp", scope: !96, file: !2, line: 34, type: !10)
!102 = !DILocation(line: 34, column: 13, scope: !96)
!103 = !DILocation(line: 34, column: 65, scope: !96)
!104 = !DILocation(line: 34, column: 57, scope: !96)
!105 = !DILocation(line: 34, column: 55, scope: !96)
!106 = !DILocation(line: 34, column: 31, scope: !96)
!107 = !DILocation(line: 35, column: 10, scope: !96)
!108 = !DILocation(line: 35, column: 15, scope: !96)
!109 = !DILocation(line: 35, column: 45, scope: !96)
!110 = !DILocation(line: 35, column: 37, scope: !96)
!111 = !DILocation(line: 35, column: 35, scope: !96)
!112 = !DILocation(line: 35, column: 3, scope: !96)
!113 = !DILocalVariable(name: "s", scope: !96, file: !2, line: 36, type: !9)
!114 = !DILocation(line: 36, column: 10, scope: !96)
!115 = !DILocalVariable(name: "i", scope: !116, file: !2, line: 37, type: !19)
!116 = distinct !DILexicalBlock(scope: !96, file: !2, line: 37, column: 3)
!117 = !DILocation(line: 37, column: 12, scope: !116)
!118 = !DILocation(line: 37, column: 8, scope: !116)
!119 = !DILocation(line: 37, column: 19, scope: !120)
!120 = distinct !DILexicalBlock(scope: !116, file: !2, line: 37, column: 3)
!121 = !DILocation(line: 37, column: 23, scope: !120)
!122 = !DILocation(line: 37, column: 21, scope: !120)
!123 = !DILocation(line: 37, column: 3, scope: !116)
!124 = !DILocation(line: 38, column: 10, scope: !120)
!125 = !DILocation(line: 38, column: 14, scope: !120)
!126 = !DILocation(line: 38, column: 17, scope: !120)
!127 = !DILocation(line: 38, column: 21, scope: !120)
!128 = !DILocation(line: 38, column: 25, scope: !120)
!129 = !DILocation(line: 38, column: 28, scope: !120)
!130 = !DILocation(line: 38, column: 32, scope: !120)
!131 = !DILocation(line: 38, column: 36, scope: !120)
!132 = !DILocation(line: 38, column: 39, scope: !120)
!133 = !DILocation(line: 38, column: 30, scope: !120)
!134 = !DILocation(line: 38, column: 7, scope: !120)
!135 = !DILocation(line: 38, column: 5, scope: !120)
!136 = !DILocation(line: 37, column: 27, scope: !120)
!137 = !DILocation(line: 37, column: 3, scope: !120)
!138 = distinct !{!138, !123, !139, !93}
!139 = !DILocation(line: 38, column: 39, scope: !116)
!140 = !DILocation(line: 39, column: 8, scope: !96)
!141 = !DILocation(line: 39, column: 3, scope: !96)
!142 = !DILocation(line: 40, column: 10, scope: !96)
!143 = !DILocation(line: 40, column: 3, scope: !96)
!144 = distinct !DISubprogram(name: "h2", scope: !2, file: !2, line: 44, type: !145, scopeLine: 44, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !36)
!145 = !DISubroutineType(types: !146)
!146 = !{!9, !147}
!147 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !148, size: 64)
!148 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!149 = !DILocalVariable(name: "src", arg: 1, scope: !144, file: !2, line: 44, type: !147)
!150 = !DILocation(line: 44, column: 23, scope: !144)
!151 = !DILocalVariable(name: "local", scope: !144, file: !2, line: 45, type: !152)
!152 = !DICompositeType(tag: DW_TAG_array_type, baseType: !11, size: 768, elements: !153)
!153 = !{!154}
!154 = !DISubrange(count: 4)
!155 = !DILocation(line: 45, column: 12, scope: !144)
!156 = !DILocation(line: 46, column: 3, scope: !144)
!157 = !DILocation(line: 46, column: 17, scope: !144)
!158 = !DILocation(line: 47, column: 10, scope: !144)
!159 = !DILocation(line: 47, column: 19, scope: !144)
!160 = !DILocation(line: 47, column: 23, scope: !144)
!161 = !DILocation(line: 47, column: 32, scope: !144)
!162 = !DILocation(line: 47, column: 36, scope: !144)
!163 = !DILocation(line: 47, column: 45, scope: !144)
!164 = !DILocation(line: 47, column: 49, scope: !144)
!165 = !DILocation(line: 47, column: 58, scope: !144)
!166 = !DILocation(line: 47, column: 47, scope: !144)
!167 = !DILocation(line: 47, column: 34, scope: !144)
!168 = !DILocation(line: 47, column: 3, scope: !144)
!169 = distinct !DISubprogram(name: "fw", scope: !2, file: !2, line: 51, type: !170, scopeLine: 51, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !36)
!170 = !DISubroutineType(types: !171)
!171 = !{!9, !9, !9}
!172 = !DILocalVariable(name: "x", arg: 1, scope: !169, file: !2, line: 51, type: !9)
!173 = !DILocation(line: 51, column: 18, scope: !169)
!174 = !DILocalVariable(name: "y", arg: 2, scope: !169, file: !2, line: 51, type: !9)
!175 = !DILocation(line: 51, column: 28, scope: !169)
!176 = !DILocation(line: 51, column: 40, scope: !169)
!177 = !DILocation(line: 51, column: 44, scope: !169)
!178 = !DILocation(line: 51, column: 53, scope: !169)
!179 = !DILocation(line: 51, column: 57, scope: !169)
!180 = !DILocation(line: 51, column: 61, scope: !169)
!181 = !DILocation(line: 51, column: 65, scope: !169)
!182 = !DILocation(line: 51, column: 63, scope: !169)
!183 = !DILocation(line: 51, column: 59, scope: !169)
!184 = !DILocation(line: 51, column: 48, scope: !169)
!185 = !DILocation(line: 51, column: 46, scope: !169)
!186 = !DILocation(line: 51, column: 33, scope: !169)
!187 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 53, type: !188, scopeLine: 53, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !36)
!188 = !DISubroutineType(types: !189)
!189 = !{!19}
!190 = !DILocalVariable(name: "df", scope: !187, file: !2, line: 54, type: !9)
!191 = !DILocation(line: 54, column: 10, scope: !187)
!192 = !DILocation(line: 54, column: 44, scope: !187)
!193 = !DILocation(line: 54, column: 15, scope: !187)
!194 = !DILocalVariable(name: "ps", scope: !187, file: !2, line: 56, type: !152)
!195 = !DILocation(line: 56, column: 12, scope: !187)
!196 = !DILocalVariable(name: "dps", scope: !187, file: !2, line: 57, type: !152)
!197 = !DILocation(line: 57, column: 12, scope: !187)
!198 = !DILocation(line: 58, column: 3, scope: !187)
!199 = !DILocation(line: 59, column: 32, scope: !187)
!200 = !DILocation(line: 59, column: 44, scope: !187)
!201 = !DILocation(line: 59, column: 48, scope: !187)
!202 = !DILocation(line: 59, column: 53, scope: !187)
!203 = !DILocation(line: 59, column: 3, scope: !187)
!204 = !DILocalVariable(name: "dps2", scope: !187, file: !2, line: 61, type: !152)
!205 = !DILocation(line: 61, column: 12, scope: !187)
!206 = !DILocation(line: 62, column: 3, scope: !187)
!207 = !DILocation(line: 63, column: 32, scope: !187)
!208 = !DILocation(line: 63, column: 44, scope: !187)
!209 = !DILocation(line: 63, column: 48, scope: !187)
!210 = !DILocation(line: 63, column: 54, scope: !187)
!211 = !DILocation(line: 63, column: 3, scope: !187)
!212 = !DILocalVariable(name: "dps3", scope: !187, file: !2, line: 65, type: !152)
!213 = !DILocation(line: 65, column: 12, scope: !187)
!214 = !DILocation(line: 66, column: 3, scope: !187)
!215 = !DILocation(line: 67, column: 33, scope: !187)
!216 = !DILocation(line: 67, column: 45, scope: !187)
!217 = !DILocation(line: 67, column: 49, scope: !187)
!218 = !DILocation(line: 67, column: 3, scope: !187)
!219 = !DILocalVariable(name: "dfw", scope: !187, file: !2, line: 69, type: !9)
!220 = !DILocation(line: 69, column: 10, scope: !187)
!221 = !DILocation(line: 69, column: 45, scope: !187)
!222 = !DILocation(line: 69, column: 67, scope: !187)
!223 = !DILocation(line: 69, column: 16, scope: !187)
!224 = !DILocation(line: 71, column: 53, scope: !187)
!225 = !DILocation(line: 71, column: 57, scope: !187)
!226 = !DILocation(line: 71, column: 64, scope: !187)
!227 = !DILocation(line: 71, column: 67, scope: !187)
!228 = !DILocation(line: 71, column: 75, scope: !187)
!229 = !DILocation(line: 71, column: 78, scope: !187)
!230 = !DILocation(line: 71, column: 86, scope: !187)
!231 = !DILocation(line: 71, column: 89, scope: !187)
!232 = !DILocation(line: 71, column: 3, scope: !187)
!233 = !DILocation(line: 72, column: 3, scope: !187)
