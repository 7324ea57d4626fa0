; ModuleID = 'src/enzyme_sites.c'
source_filename = "src/enzyme_sites.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.env = type { double, i32 }

@enzyme_const = external global i32, align 4
@enzyme_out = external global i32, align 4
@enzyme_width = external global i32, align 4
@enzyme_dupnoneed = external global i32, align 4
@__const.run.e = private unnamed_addr constant { double, i32, [4 x i8] } { double 3.000000e+00, i32 0, [4 x i8] zeroinitializer }, align 8
@enzyme_const_return = external global i32, align 4

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @cube(double noundef %0) #0 !dbg !21 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
    #dbg_declare(ptr %2, !23, !DIExpression(), !24)
  %3 = load double, ptr %2, align 8, !dbg !25
  %4 = load double, ptr %2, align 8, !dbg !26
  %5 = fmul double %3, %4, !dbg !27
  %6 = load double, ptr %2, align 8, !dbg !28
  %7 = fmul double %5, %6, !dbg !29
  ret double %7, !dbg !30
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @total(ptr noundef %0, i32 noundef %1) #0 !dbg !31 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !37, !DIExpression(), !38)
  store i32 %1, ptr %4, align 4
    #dbg_declare(ptr %4, !39, !DIExpression(), !40)
    #dbg_declare(ptr %5, !41, !DIExpression(), !42)
  store double 0.000000e+00, ptr %5, align 8, !dbg !42
    #dbg_declare(ptr %6, !43, !DIExpression(), !45)
  store i32 0, ptr %6, align 4, !dbg !45
  br label %7, !dbg !46

7:                                                ; preds = %24, %2
  %8 = load i32, ptr %6, align 4, !dbg !47
  %9 = load i32, ptr %4, align 4, !dbg !49
  %10 = icmp slt i32 %8, %9, !dbg !50
  br i1 %10, label %11, label %27, !dbg !51

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8, !dbg !52
  %13 = load i32, ptr %6, align 4, !dbg !53
  %14 = sext i32 %13 to i64, !dbg !52
  %15 = getelementptr inbounds double, ptr %12, i64 %14, !dbg !52
  %16 = load double, ptr %15, align 8, !dbg !52
  %17 = load ptr, ptr %3, align 8, !dbg !54
  %18 = load i32, ptr %6, align 4, !dbg !55
  %19 = sext i32 %18 to i64, !dbg !54
  %20 = getelementptr inbounds double, ptr %17, i64 %19, !dbg !54
  %21 = load double, ptr %20, align 8, !dbg !54
  %22 = load double, ptr %5, align 8, !dbg !56
  %23 = call double @llvm.fmuladd.f64(double %16, double %21, double %22), !dbg !56
  store double %23, ptr %5, align 8, !dbg !56
  br label %24, !dbg !57

24:                                               ; preds = %11
  %25 = load i32, ptr %6, align 4, !dbg !58
  %26 = add nsw i32 %25, 1, !dbg !58
  store i32 %26, ptr %6, align 4, !dbg !58
  br label %7, !dbg !59, !llvm.loop !60

27:                                               ; preds = %7
  %28 = load double, ptr %5, align 8, !dbg !63
  ret double %28, !dbg !64
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @tramp(ptr noundef %0, double noundef %1) #0 !dbg !65 {
  %3 = alloca ptr, align 8
  %4 = alloca double, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !74, !DIExpression(), !75)
  store double %1, ptr %4, align 8
    #dbg_declare(ptr %4, !76, !DIExpression(), !77)
  %5 = load ptr, ptr %3, align 8, !dbg !78
  %6 = getelementptr inbounds nuw %struct.env, ptr %5, i32 0, i32 0, !dbg !79
  %7 = load double, ptr %6, align 8, !dbg !79
  %8 = load double, ptr %4, align 8, !dbg !80
  %9 = fmul double %7, %8, !dbg !81
  %10 = load double, ptr %4, align 8, !dbg !82
  %11 = fmul double %9, %10, !dbg !83
  ret double %11, !dbg !84
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @run(ptr noundef %0, ptr noundef %1, ptr noundef %2, i32 noundef %3, double noundef %4) #0 !dbg !85 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca double, align 8
  %13 = alloca double, align 8
  %14 = alloca double, align 8
  %15 = alloca %struct.env, align 8
  %16 = alloca double, align 8
  %17 = alloca double, align 8
  store ptr %0, ptr %6, align 8
    #dbg_declare(ptr %6, !89, !DIExpression(), !90)
  store ptr %1, ptr %7, align 8
    #dbg_declare(ptr %7, !91, !DIExpression(), !92)
  store ptr %2, ptr %8, align 8
    #dbg_declare(ptr %8, !93, !DIExpression(), !94)
  store i32 %3, ptr %9, align 4
    #dbg_declare(ptr %9, !95, !DIExpression(), !96)
  store double %4, ptr %10, align 8
    #dbg_declare(ptr %10, !97, !DIExpression(), !98)
    #dbg_declare(ptr %11, !99, !DIExpression(), !100)
  %18 = load double, ptr %10, align 8, !dbg !101
  %19 = call double (ptr, ...) @__enzyme_autodiff_f64(ptr noundef @cube, double noundef %18), !dbg !102
  store double %19, ptr %11, align 8, !dbg !100
    #dbg_declare(ptr %12, !103, !DIExpression(), !104)
  %20 = load ptr, ptr %6, align 8, !dbg !105
  %21 = load ptr, ptr %7, align 8, !dbg !106
  %22 = load i32, ptr @enzyme_const, align 4, !dbg !107
  %23 = load i32, ptr %9, align 4, !dbg !108
  %24 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @total, ptr noundef %20, ptr noundef %21, i32 noundef %22, i32 noundef %23), !dbg !109
  store double %24, ptr %12, align 8, !dbg !104
    #dbg_declare(ptr %13, !110, !DIExpression(), !111)
  %25 = load i32, ptr @enzyme_out, align 4, !dbg !112
  %26 = load double, ptr %10, align 8, !dbg !113
  %27 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @cube, i32 noundef %25, double noundef %26), !dbg !114
  store double %27, ptr %13, align 8, !dbg !111
    #dbg_declare(ptr %14, !115, !DIExpression(), !116)
  %28 = load i32, ptr @enzyme_width, align 4, !dbg !117
  %29 = load i32, ptr @enzyme_dupnoneed, align 4, !dbg !118
  %30 = load ptr, ptr %6, align 8, !dbg !119
  %31 = load ptr, ptr %7, align 8, !dbg !120
  %32 = load ptr, ptr %8, align 8, !dbg !121
  %33 = load i32, ptr @enzyme_const, align 4, !dbg !122
  %34 = load i32, ptr %9, align 4, !dbg !123
  %35 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @total, i32 noundef %28, i32 noundef 2, i32 noundef %29, ptr noundef %30, ptr noundef %31, ptr noundef %32, i32 noundef %33, i32 noundef %34), !dbg !124
  store double %35, ptr %14, align 8, !dbg !116
    #dbg_declare(ptr %15, !125, !DIExpression(), !126)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %15, ptr align 8 @__const.run.e, i64 16, i1 false), !dbg !126
    #dbg_declare(ptr %16, !127, !DIExpression(), !128)
  %36 = load i32, ptr @enzyme_const_return, align 4, !dbg !129
  %37 = load i32, ptr @enzyme_const, align 4, !dbg !130
  %38 = load double, ptr %10, align 8, !dbg !131
  %39 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @tramp, i32 noundef %36, i32 noundef %37, ptr noundef %15, double noundef %38), !dbg !132
  store double %39, ptr %16, align 8, !dbg !128
    #dbg_declare(ptr %17, !133, !DIExpression(), !134)
  %40 = load double, ptr %10, align 8, !dbg !135
  %41 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @tramp, ptr noundef %15, double noundef %40), !dbg !136
  store double %41, ptr %17, align 8, !dbg !134
  %42 = load double, ptr %11, align 8, !dbg !137
  %43 = load double, ptr %12, align 8, !dbg !138
  %44 = fadd double %42, %43, !dbg !139
  %45 = load double, ptr %13, align 8, !dbg !140
  %46 = fadd double %44, %45, !dbg !141
  %47 = load double, ptr %14, align 8, !dbg !142
  %48 = fadd double %46, %47, !dbg !143
  %49 = load double, ptr %16, align 8, !dbg !144
  %50 = fadd double %48, %49, !dbg !145
  %51 = load double, ptr %17, align 8, !dbg !146
  %52 = fadd double %50, %51, !dbg !147
  ret double %52, !dbg !148
}

declare double @__enzyme_autodiff_f64(ptr noundef, ...) #2

declare double @__enzyme_autodiff(ptr noundef, ...) #2

declare double @__enzyme_fwddiff(ptr noundef, ...) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!13, !14, !15, !16, !17, !18, !19}
!llvm.ident = !{!20}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 22.1.8 (1~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !2, globals: !4, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "src/enzyme_sites.c", directory: ".", checksumkind: CSK_MD5, checksum: "c52971d3f635b3ad4e3699898e17dbce")
!2 = !{!3}
!3 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!4 = !{!5}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "table", scope: !0, file: !1, line: 24, type: !7, isLocal: true, isDefinition: true)
!7 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !8)
!8 = !DIDerivedType(tag: DW_TAG_typedef, name: "unary", file: !1, line: 9, baseType: !9)
!9 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !10, size: 64)
!10 = !DISubroutineType(types: !11)
!11 = !{!12, !12}
!12 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!13 = !{i32 7, !"Dwarf Version", i32 5}
!14 = !{i32 2, !"Debug Info Version", i32 3}
!15 = !{i32 1, !"wchar_size", i32 4}
!16 = !{i32 8, !"PIC Level", i32 2}
!17 = !{i32 7, !"PIE Level", i32 2}
!18 = !{i32 7, !"uwtable", i32 2}
!19 = !{i32 7, !"frame-pointer", i32 2}
!20 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!21 = distinct !DISubprogram(name: "cube", scope: !1, file: !1, line: 11, type: !10, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !22)
!22 = !{}
!23 = !DILocalVariable(name: "x", arg: 1, scope: !21, file: !1, line: 11, type: !12)
!24 = !DILocation(line: 11, column: 20, scope: !21)
!25 = !DILocation(line: 11, column: 32, scope: !21)
!26 = !DILocation(line: 11, column: 36, scope: !21)
!27 = !DILocation(line: 11, column: 34, scope: !21)
!28 = !DILocation(line: 11, column: 40, scope: !21)
!29 = !DILocation(line: 11, column: 38, scope: !21)
!30 = !DILocation(line: 11, column: 25, scope: !21)
!31 = distinct !DISubprogram(name: "total", scope: !1, file: !1, line: 14, type: !32, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !22)
!32 = !DISubroutineType(types: !33)
!33 = !{!12, !34, !36}
!34 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64)
!35 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !12)
!36 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!37 = !DILocalVariable(name: "v", arg: 1, scope: !31, file: !1, line: 14, type: !34)
!38 = !DILocation(line: 14, column: 28, scope: !31)
!39 = !DILocalVariable(name: "n", arg: 2, scope: !31, file: !1, line: 14, type: !36)
!40 = !DILocation(line: 14, column: 35, scope: !31)
!41 = !DILocalVariable(name: "s", scope: !31, file: !1, line: 15, type: !12)
!42 = !DILocation(line: 15, column: 10, scope: !31)
!43 = !DILocalVariable(name: "i", scope: !44, file: !1, line: 16, type: !36)
!44 = distinct !DILexicalBlock(scope: !31, file: !1, line: 16, column: 3)
!45 = !DILocation(line: 16, column: 12, scope: !44)
!46 = !DILocation(line: 16, column: 8, scope: !44)
!47 = !DILocation(line: 16, column: 19, scope: !48)
!48 = distinct !DILexicalBlock(scope: !44, file: !1, line: 16, column: 3)
!49 = !DILocation(line: 16, column: 23, scope: !48)
!50 = !DILocation(line: 16, column: 21, scope: !48)
!51 = !DILocation(line: 16, column: 3, scope: !44)
!52 = !DILocation(line: 16, column: 36, scope: !48)
!53 = !DILocation(line: 16, column: 38, scope: !48)
!54 = !DILocation(line: 16, column: 43, scope: !48)
!55 = !DILocation(line: 16, column: 45, scope: !48)
!56 = !DILocation(line: 16, column: 33, scope: !48)
!57 = !DILocation(line: 16, column: 31, scope: !48)
!58 = !DILocation(line: 16, column: 27, scope: !48)
!59 = !DILocation(line: 16, column: 3, scope: !48)
!60 = distinct !{!60, !51, !61, !62}
!61 = !DILocation(line: 16, column: 46, scope: !44)
!62 = !{!"llvm.loop.mustprogress"}
!63 = !DILocation(line: 17, column: 10, scope: !31)
!64 = !DILocation(line: 17, column: 3, scope: !31)
!65 = distinct !DISubprogram(name: "tramp", scope: !1, file: !1, line: 22, type: !66, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !22)
!66 = !DISubroutineType(types: !67)
!67 = !{!12, !68, !12}
!68 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !69, size: 64)
!69 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !70)
!70 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "env", file: !1, line: 21, size: 128, elements: !71)
!71 = !{!72, !73}
!72 = !DIDerivedType(tag: DW_TAG_member, name: "scale", scope: !70, file: !1, line: 21, baseType: !12, size: 64)
!73 = !DIDerivedType(tag: DW_TAG_member, name: "calls", scope: !70, file: !1, line: 21, baseType: !36, size: 32, offset: 64)
!74 = !DILocalVariable(name: "e", arg: 1, scope: !65, file: !1, line: 22, type: !68)
!75 = !DILocation(line: 22, column: 32, scope: !65)
!76 = !DILocalVariable(name: "x", arg: 2, scope: !65, file: !1, line: 22, type: !12)
!77 = !DILocation(line: 22, column: 42, scope: !65)
!78 = !DILocation(line: 22, column: 54, scope: !65)
!79 = !DILocation(line: 22, column: 57, scope: !65)
!80 = !DILocation(line: 22, column: 65, scope: !65)
!81 = !DILocation(line: 22, column: 63, scope: !65)
!82 = !DILocation(line: 22, column: 69, scope: !65)
!83 = !DILocation(line: 22, column: 67, scope: !65)
!84 = !DILocation(line: 22, column: 47, scope: !65)
!85 = distinct !DISubprogram(name: "run", scope: !1, file: !1, line: 26, type: !86, scopeLine: 26, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !22)
!86 = !DISubroutineType(types: !87)
!87 = !{!12, !88, !88, !88, !36, !12}
!88 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64)
!89 = !DILocalVariable(name: "v", arg: 1, scope: !85, file: !1, line: 26, type: !88)
!90 = !DILocation(line: 26, column: 20, scope: !85)
!91 = !DILocalVariable(name: "dv", arg: 2, scope: !85, file: !1, line: 26, type: !88)
!92 = !DILocation(line: 26, column: 31, scope: !85)
!93 = !DILocalVariable(name: "dv2", arg: 3, scope: !85, file: !1, line: 26, type: !88)
!94 = !DILocation(line: 26, column: 43, scope: !85)
!95 = !DILocalVariable(name: "n", arg: 4, scope: !85, file: !1, line: 26, type: !36)
!96 = !DILocation(line: 26, column: 52, scope: !85)
!97 = !DILocalVariable(name: "x", arg: 5, scope: !85, file: !1, line: 26, type: !12)
!98 = !DILocation(line: 26, column: 62, scope: !85)
!99 = !DILocalVariable(name: "a", scope: !85, file: !1, line: 28, type: !12)
!100 = !DILocation(line: 28, column: 10, scope: !85)
!101 = !DILocation(line: 28, column: 50, scope: !85)
!102 = !DILocation(line: 28, column: 14, scope: !85)
!103 = !DILocalVariable(name: "b", scope: !85, file: !1, line: 30, type: !12)
!104 = !DILocation(line: 30, column: 10, scope: !85)
!105 = !DILocation(line: 30, column: 47, scope: !85)
!106 = !DILocation(line: 30, column: 50, scope: !85)
!107 = !DILocation(line: 30, column: 54, scope: !85)
!108 = !DILocation(line: 30, column: 68, scope: !85)
!109 = !DILocation(line: 30, column: 14, scope: !85)
!110 = !DILocalVariable(name: "c", scope: !85, file: !1, line: 32, type: !12)
!111 = !DILocation(line: 32, column: 10, scope: !85)
!112 = !DILocation(line: 32, column: 47, scope: !85)
!113 = !DILocation(line: 32, column: 59, scope: !85)
!114 = !DILocation(line: 32, column: 14, scope: !85)
!115 = !DILocalVariable(name: "d", scope: !85, file: !1, line: 34, type: !12)
!116 = !DILocation(line: 34, column: 10, scope: !85)
!117 = !DILocation(line: 34, column: 46, scope: !85)
!118 = !DILocation(line: 34, column: 63, scope: !85)
!119 = !DILocation(line: 34, column: 81, scope: !85)
!120 = !DILocation(line: 34, column: 84, scope: !85)
!121 = !DILocation(line: 34, column: 88, scope: !85)
!122 = !DILocation(line: 35, column: 31, scope: !85)
!123 = !DILocation(line: 35, column: 45, scope: !85)
!124 = !DILocation(line: 34, column: 14, scope: !85)
!125 = !DILocalVariable(name: "e", scope: !85, file: !1, line: 37, type: !70)
!126 = !DILocation(line: 37, column: 14, scope: !85)
!127 = !DILocalVariable(name: "f", scope: !85, file: !1, line: 38, type: !12)
!128 = !DILocation(line: 38, column: 10, scope: !85)
!129 = !DILocation(line: 38, column: 47, scope: !85)
!130 = !DILocation(line: 38, column: 68, scope: !85)
!131 = !DILocation(line: 38, column: 86, scope: !85)
!132 = !DILocation(line: 38, column: 14, scope: !85)
!133 = !DILocalVariable(name: "g", scope: !85, file: !1, line: 40, type: !12)
!134 = !DILocation(line: 40, column: 10, scope: !85)
!135 = !DILocation(line: 40, column: 51, scope: !85)
!136 = !DILocation(line: 40, column: 14, scope: !85)
!137 = !DILocation(line: 41, column: 10, scope: !85)
!138 = !DILocation(line: 41, column: 14, scope: !85)
!139 = !DILocation(line: 41, column: 12, scope: !85)
!140 = !DILocation(line: 41, column: 18, scope: !85)
!141 = !DILocation(line: 41, column: 16, scope: !85)
!142 = !DILocation(line: 41, column: 22, scope: !85)
!143 = !DILocation(line: 41, column: 20, scope: !85)
!144 = !DILocation(line: 41, column: 26, scope: !85)
!145 = !DILocation(line: 41, column: 24, scope: !85)
!146 = !DILocation(line: 41, column: 30, scope: !85)
!147 = !DILocation(line: 41, column: 28, scope: !85)
!148 = !DILocation(line: 41, column: 3, scope: !85)
