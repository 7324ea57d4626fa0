; ModuleID = 'src/enzyme_sites.c'
source_filename = "src/enzyme_sites.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.env = type { double, i32 }

@enzyme_const = external local_unnamed_addr global i32, align 4
@enzyme_out = external local_unnamed_addr global i32, align 4
@enzyme_width = external local_unnamed_addr global i32, align 4
@enzyme_dupnoneed = external local_unnamed_addr global i32, align 4
@__const.run.e = private unnamed_addr constant %struct.env { double 3.000000e+00, i32 0 }, align 8
@enzyme_const_return = external local_unnamed_addr global i32, align 4

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @cube(double noundef %0) #0 !dbg !21 {
    #dbg_value(double %0, !23, !DIExpression(), !24)
  %2 = fmul double %0, %0, !dbg !25
  %3 = fmul double %2, %0, !dbg !26
  ret double %3, !dbg !27
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local double @total(ptr nocapture noundef readonly %0, i32 noundef %1) #1 !dbg !28 {
    #dbg_value(ptr %0, !35, !DIExpression(), !40)
    #dbg_value(i32 %1, !36, !DIExpression(), !40)
    #dbg_value(double 0.000000e+00, !37, !DIExpression(), !40)
    #dbg_value(i32 0, !38, !DIExpression(), !41)
  %3 = icmp sgt i32 %1, 0, !dbg !42
  br i1 %3, label %4, label %25, !dbg !44

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64, !dbg !42
  %6 = and i64 %5, 3, !dbg !44
  %7 = icmp ult i32 %1, 4, !dbg !44
  br i1 %7, label %10, label %8, !dbg !44

8:                                                ; preds = %4
  %9 = and i64 %5, 2147483644, !dbg !44
  br label %27, !dbg !44

10:                                               ; preds = %27, %4
  %11 = phi double [ poison, %4 ], [ %45, %27 ]
  %12 = phi i64 [ 0, %4 ], [ %46, %27 ]
  %13 = phi double [ 0.000000e+00, %4 ], [ %45, %27 ]
  %14 = icmp eq i64 %6, 0, !dbg !44
  br i1 %14, label %25, label %15, !dbg !44

15:                                               ; preds = %10, %15
  %16 = phi i64 [ %22, %15 ], [ %12, %10 ]
  %17 = phi double [ %21, %15 ], [ %13, %10 ]
  %18 = phi i64 [ %23, %15 ], [ 0, %10 ]
    #dbg_value(i64 %16, !38, !DIExpression(), !41)
    #dbg_value(double %17, !37, !DIExpression(), !40)
  %19 = getelementptr inbounds double, ptr %0, i64 %16, !dbg !45
  %20 = load double, ptr %19, align 8, !dbg !45, !tbaa !46
  %21 = tail call double @llvm.fmuladd.f64(double %20, double %20, double %17), !dbg !50
    #dbg_value(double %21, !37, !DIExpression(), !40)
  %22 = add nuw nsw i64 %16, 1, !dbg !51
    #dbg_value(i64 %22, !38, !DIExpression(), !41)
  %23 = add i64 %18, 1, !dbg !44
  %24 = icmp eq i64 %23, %6, !dbg !44
  br i1 %24, label %25, label %15, !dbg !44, !llvm.loop !52

25:                                               ; preds = %10, %15, %2
  %26 = phi double [ 0.000000e+00, %2 ], [ %11, %10 ], [ %21, %15 ], !dbg !40
  ret double %26, !dbg !54

27:                                               ; preds = %27, %8
  %28 = phi i64 [ 0, %8 ], [ %46, %27 ]
  %29 = phi double [ 0.000000e+00, %8 ], [ %45, %27 ]
  %30 = phi i64 [ 0, %8 ], [ %47, %27 ]
    #dbg_value(i64 %28, !38, !DIExpression(), !41)
    #dbg_value(double %29, !37, !DIExpression(), !40)
  %31 = getelementptr inbounds double, ptr %0, i64 %28, !dbg !45
  %32 = load double, ptr %31, align 8, !dbg !45, !tbaa !46
  %33 = tail call double @llvm.fmuladd.f64(double %32, double %32, double %29), !dbg !50
    #dbg_value(double %33, !37, !DIExpression(), !40)
  %34 = or disjoint i64 %28, 1, !dbg !51
    #dbg_value(i64 %34, !38, !DIExpression(), !41)
  %35 = getelementptr inbounds double, ptr %0, i64 %34, !dbg !45
  %36 = load double, ptr %35, align 8, !dbg !45, !tbaa !46
  %37 = tail call double @llvm.fmuladd.f64(double %36, double %36, double %33), !dbg !50
    #dbg_value(double %37, !37, !DIExpression(), !40)
  %38 = or disjoint i64 %28, 2, !dbg !51
    #dbg_value(i64 %38, !38, !DIExpression(), !41)
  %39 = getelementptr inbounds double, ptr %0, i64 %38, !dbg !45
  %40 = load double, ptr %39, align 8, !dbg !45, !tbaa !46
  %41 = tail call double @llvm.fmuladd.f64(double %40, double %40, double %37), !dbg !50
    #dbg_value(double %41, !37, !DIExpression(), !40)
  %42 = or disjoint i64 %28, 3, !dbg !51
    #dbg_value(i64 %42, !38, !DIExpression(), !41)
  %43 = getelementptr inbounds double, ptr %0, i64 %42, !dbg !45
  %44 = load double, ptr %43, align 8, !dbg !45, !tbaa !46
  %45 = tail call double @llvm.fmuladd.f64(double %44, double %44, double %41), !dbg !50
    #dbg_value(double %45, !37, !DIExpression(), !40)
  %46 = add nuw nsw i64 %28, 4, !dbg !51
    #dbg_value(i64 %46, !38, !DIExpression(), !41)
  %47 = add i64 %30, 4, !dbg !44
  %48 = icmp eq i64 %47, %9, !dbg !44
  br i1 %48, label %10, label %27, !dbg !44, !llvm.loop !55
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local double @tramp(ptr nocapture noundef readonly %0, double noundef %1) #4 !dbg !58 {
    #dbg_value(ptr %0, !68, !DIExpression(), !70)
    #dbg_value(double %1, !69, !DIExpression(), !70)
  %3 = load double, ptr %0, align 8, !dbg !71, !tbaa !72
  %4 = fmul double %3, %1, !dbg !75
  %5 = fmul double %4, %1, !dbg !76
  ret double %5, !dbg !77
}

; Function Attrs: nounwind uwtable
define dso_local double @run(ptr noundef %0, ptr noundef %1, ptr noundef %2, i32 noundef %3, double noundef %4) local_unnamed_addr #5 !dbg !78 {
  %6 = alloca %struct.env, align 8, !DIAssignID !95
    #dbg_assign(i1 undef, !92, !DIExpression(), !95, ptr %6, !DIExpression(), !96)
    #dbg_value(ptr %0, !83, !DIExpression(), !96)
    #dbg_value(ptr %1, !84, !DIExpression(), !96)
    #dbg_value(ptr %2, !85, !DIExpression(), !96)
    #dbg_value(i32 %3, !86, !DIExpression(), !96)
    #dbg_value(double %4, !87, !DIExpression(), !96)
  %7 = tail call double (ptr, ...) @__enzyme_autodiff_f64(ptr noundef nonnull @cube, double noundef %4) #8, !dbg !97
    #dbg_value(double %7, !88, !DIExpression(), !96)
  %8 = load i32, ptr @enzyme_const, align 4, !dbg !98, !tbaa !99
  %9 = tail call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @total, ptr noundef %0, ptr noundef %1, i32 noundef %8, i32 noundef %3) #8, !dbg !100
    #dbg_value(double %9, !89, !DIExpression(), !96)
  %10 = load i32, ptr @enzyme_out, align 4, !dbg !101, !tbaa !99
  %11 = tail call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @cube, i32 noundef %10, double noundef %4) #8, !dbg !102
    #dbg_value(double %11, !90, !DIExpression(), !96)
  %12 = load i32, ptr @enzyme_width, align 4, !dbg !103, !tbaa !99
  %13 = load i32, ptr @enzyme_dupnoneed, align 4, !dbg !104, !tbaa !99
  %14 = load i32, ptr @enzyme_const, align 4, !dbg !105, !tbaa !99
  %15 = tail call double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @total, i32 noundef %12, i32 noundef 2, i32 noundef %13, ptr noundef %0, ptr noundef %1, ptr noundef %2, i32 noundef %14, i32 noundef %3) #8, !dbg !106
    #dbg_value(double %15, !91, !DIExpression(), !96)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %6) #8, !dbg !107
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %6, ptr noundef nonnull align 8 dereferenceable(16) @__const.run.e, i64 16, i1 false), !dbg !108, !DIAssignID !109
    #dbg_assign(i1 undef, !92, !DIExpression(), !109, ptr %6, !DIExpression(), !96)
  %16 = load i32, ptr @enzyme_const_return, align 4, !dbg !110, !tbaa !99
  %17 = load i32, ptr @enzyme_const, align 4, !dbg !111, !tbaa !99
  %18 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @tramp, i32 noundef %16, i32 noundef %17, ptr noundef nonnull %6, double noundef %4) #8, !dbg !112
    #dbg_value(double %18, !93, !DIExpression(), !96)
  %19 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @tramp, ptr noundef nonnull %6, double noundef %4) #8, !dbg !113
    #dbg_value(double %19, !94, !DIExpression(), !96)
  %20 = fadd double %7, %9, !dbg !114
  %21 = fadd double %20, %11, !dbg !115
  %22 = fadd double %21, %15, !dbg !116
  %23 = fadd double %22, %18, !dbg !117
  %24 = fadd double %23, %19, !dbg !118
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %6) #8, !dbg !119
  ret double %24, !dbg !120
}

declare !dbg !121 double @__enzyme_autodiff_f64(ptr noundef, ...) local_unnamed_addr #6

declare !dbg !124 double @__enzyme_autodiff(ptr noundef, ...) local_unnamed_addr #6

declare !dbg !125 double @__enzyme_fwddiff(ptr noundef, ...) local_unnamed_addr #6

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #7

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!13, !14, !15, !16, !17, !18, !19}
!llvm.ident = !{!20}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !2, globals: !4, splitDebugInlining: false, nameTableKind: None)
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
!19 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!20 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!21 = distinct !DISubprogram(name: "cube", scope: !1, file: !1, line: 11, type: !10, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !22)
!22 = !{!23}
!23 = !DILocalVariable(name: "x", arg: 1, scope: !21, file: !1, line: 11, type: !12)
!24 = !DILocation(line: 0, scope: !21)
!25 = !DILocation(line: 11, column: 34, scope: !21)
!26 = !DILocation(line: 11, column: 38, scope: !21)
!27 = !DILocation(line: 11, column: 25, scope: !21)
!28 = distinct !DISubprogram(name: "total", scope: !1, file: !1, line: 14, type: !29, scopeLine: 14, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !34)
!29 = !DISubroutineType(types: !30)
!30 = !{!12, !31, !33}
!31 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !32, size: 64)
!32 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !12)
!33 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!34 = !{!35, !36, !37, !38}
!35 = !DILocalVariable(name: "v", arg: 1, scope: !28, file: !1, line: 14, type: !31)
!36 = !DILocalVariable(name: "n", arg: 2, scope: !28, file: !1, line: 14, type: !33)
!37 = !DILocalVariable(name: "s", scope: !28, file: !1, line: 15, type: !12)
!38 = !DILocalVariable(name: "i", scope: !39, file: !1, line: 16, type: !33)
!39 = distinct !DILexicalBlock(scope: !28, file: !1, line: 16, column: 3)
!40 = !DILocation(line: 0, scope: !28)
!41 = !DILocation(line: 0, scope: !39)
!42 = !DILocation(line: 16, column: 21, scope: !43)
!43 = distinct !DILexicalBlock(scope: !39, file: !1, line: 16, column: 3)
!44 = !DILocation(line: 16, column: 3, scope: !39)
!45 = !DILocation(line: 16, column: 36, scope: !43)
!46 = !{!47, !47, i64 0}
!47 = !{!"double", !48, i64 0}
!48 = !{!"omnipotent char", !49, i64 0}
!49 = !{!"Simple C/C++ TBAA"}
!50 = !DILocation(line: 16, column: 33, scope: !43)
!51 = !DILocation(line: 16, column: 27, scope: !43)
!52 = distinct !{!52, !53}
!53 = !{!"llvm.loop.unroll.disable"}
!54 = !DILocation(line: 17, column: 3, scope: !28)
!55 = distinct !{!55, !44, !56, !57}
!56 = !DILocation(line: 16, column: 46, scope: !39)
!57 = !{!"llvm.loop.mustprogress"}
!58 = distinct !DISubprogram(name: "tramp", scope: !1, file: !1, line: 22, type: !59, scopeLine: 22, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !67)
!59 = !DISubroutineType(types: !60)
!60 = !{!12, !61, !12}
!61 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !62, size: 64)
!62 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !63)
!63 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "env", file: !1, line: 21, size: 128, elements: !64)
!64 = !{!65, !66}
!65 = !DIDerivedType(tag: DW_TAG_member, name: "scale", scope: !63, file: !1, line: 21, baseType: !12, size: 64)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "calls", scope: !63, file: !1, line: 21, baseType: !33, size: 32, offset: 64)
!67 = !{!68, !69}
!68 = !DILocalVariable(name: "e", arg: 1, scope: !58, file: !1, line: 22, type: !61)
!69 = !DILocalVariable(name: "x", arg: 2, scope: !58, file: !1, line: 22, type: !12)
!70 = !DILocation(line: 0, scope: !58)
!71 = !DILocation(line: 22, column: 57, scope: !58)
!72 = !{!73, !47, i64 0}
!73 = !{!"env", !47, i64 0, !74, i64 8}
!74 = !{!"int", !48, i64 0}
!75 = !DILocation(line: 22, column: 63, scope: !58)
!76 = !DILocation(line: 22, column: 67, scope: !58)
!77 = !DILocation(line: 22, column: 47, scope: !58)
!78 = distinct !DISubprogram(name: "run", scope: !1, file: !1, line: 26, type: !79, scopeLine: 26, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !82)
!79 = !DISubroutineType(types: !80)
!80 = !{!12, !81, !81, !81, !33, !12}
!81 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64)
!82 = !{!83, !84, !85, !86, !87, !88, !89, !90, !91, !92, !93, !94}
!83 = !DILocalVariable(name: "v", arg: 1, scope: !78, file: !1, line: 26, type: !81)
!84 = !DILocalVariable(name: "dv", arg: 2, scope: !78, file: !1, line: 26, type: !81)
!85 = !DILocalVariable(name: "dv2", arg: 3, scope: !78, file: !1, line: 26, type: !81)
!86 = !DILocalVariable(name: "n", arg: 4, scope: !78, file: !1, line: 26, type: !33)
!87 = !DILocalVariable(name: "x", arg: 5, scope: !78, file: !1, line: 26, type: !12)
!88 = !DILocalVariable(name: "a", scope: !78, file: !1, line: 28, type: !12)
!89 = !DILocalVariable(name: "b", scope: !78, file: !1, line: 30, type: !12)
!90 = !DILocalVariable(name: "c", scope: !78, file: !1, line: 32, type: !12)
!91 = !DILocalVariable(name: "d", scope: !78, file: !1, line: 34, type: !12)
!92 = !DILocalVariable(name: "e", scope: !78, file: !1, line: 37, type: !63)
!93 = !DILocalVariable(name: "f", scope: !78, file: !1, line: 38, type: !12)
!94 = !DILocalVariable(name: "g", scope: !78, file: !1, line: 40, type: !12)
!95 = distinct !DIAssignID()
!96 = !DILocation(line: 0, scope: !78)
!97 = !DILocation(line: 28, column: 14, scope: !78)
!98 = !DILocation(line: 30, column: 54, scope: !78)
!99 = !{!74, !74, i64 0}
!100 = !DILocation(line: 30, column: 14, scope: !78)
!101 = !DILocation(line: 32, column: 47, scope: !78)
!102 = !DILocation(line: 32, column: 14, scope: !78)
!103 = !DILocation(line: 34, column: 46, scope: !78)
!104 = !DILocation(line: 34, column: 63, scope: !78)
!105 = !DILocation(line: 35, column: 31, scope: !78)
!106 = !DILocation(line: 34, column: 14, scope: !78)
!107 = !DILocation(line: 37, column: 3, scope: !78)
!108 = !DILocation(line: 37, column: 14, scope: !78)
!109 = distinct !DIAssignID()
!110 = !DILocation(line: 38, column: 47, scope: !78)
!111 = !DILocation(line: 38, column: 68, scope: !78)
!112 = !DILocation(line: 38, column: 14, scope: !78)
!113 = !DILocation(line: 40, column: 14, scope: !78)
!114 = !DILocation(line: 41, column: 12, scope: !78)
!115 = !DILocation(line: 41, column: 16, scope: !78)
!116 = !DILocation(line: 41, column: 20, scope: !78)
!117 = !DILocation(line: 41, column: 24, scope: !78)
!118 = !DILocation(line: 41, column: 28, scope: !78)
!119 = !DILocation(line: 42, column: 1, scope: !78)
!120 = !DILocation(line: 41, column: 3, scope: !78)
!121 = !DISubprogram(name: "__enzyme_autodiff_f64", scope: !1, file: !1, line: 4, type: !122, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!122 = !DISubroutineType(types: !123)
!123 = !{!12, !3, null}
!124 = !DISubprogram(name: "__enzyme_autodiff", scope: !1, file: !1, line: 3, type: !122, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!125 = !DISubprogram(name: "__enzyme_fwddiff", scope: !1, file: !1, line: 5, type: !122, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
