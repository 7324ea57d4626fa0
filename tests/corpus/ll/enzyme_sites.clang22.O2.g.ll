; ModuleID = 'src/enzyme_sites.c'
source_filename = "src/enzyme_sites.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.env = type { double, i32 }

@enzyme_const = external local_unnamed_addr global i32, align 4
@enzyme_out = external local_unnamed_addr global i32, align 4
@enzyme_width = external local_unnamed_addr global i32, align 4
@enzyme_dupnoneed = external local_unnamed_addr global i32, align 4
@__const.run.e = private unnamed_addr constant { double, i32, [4 x i8] } { double 3.000000e+00, i32 0, [4 x i8] zeroinitializer }, align 8
@enzyme_const_return = external local_unnamed_addr global i32, align 4

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @cube(double noundef %0) #0 !dbg !25 {
    #dbg_value(double %0, !27, !DIExpression(), !28)
  %2 = fmul double %0, %0, !dbg !29
  %3 = fmul double %0, %2, !dbg !30
  ret double %3, !dbg !31
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local double @total(ptr noundef readonly captures(none) %0, i32 noundef %1) #1 !dbg !32 {
    #dbg_value(ptr %0, !39, !DIExpression(), !44)
    #dbg_value(i32 %1, !40, !DIExpression(), !44)
    #dbg_value(double 0.000000e+00, !41, !DIExpression(), !44)
    #dbg_value(i32 0, !42, !DIExpression(), !45)
  %3 = icmp sgt i32 %1, 0, !dbg !46
  br i1 %3, label %4, label %26, !dbg !48

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64, !dbg !49
  %6 = and i64 %5, 3, !dbg !50
  %7 = icmp ult i32 %1, 4, !dbg !50
  br i1 %7, label %12, label %8, !dbg !50

8:                                                ; preds = %4
  %9 = and i64 %5, 2147483644, !dbg !50
  br label %28, !dbg !50

10:                                               ; preds = %28
  %11 = icmp eq i64 %6, 0, !dbg !50
  br i1 %11, label %26, label %12, !dbg !50

12:                                               ; preds = %10, %4
  %13 = phi i64 [ 0, %4 ], [ %47, %10 ]
  %14 = phi double [ 0.000000e+00, %4 ], [ %46, %10 ]
  %15 = icmp ne i64 %6, 0, !dbg !51
  tail call void @llvm.assume(i1 %15), !dbg !51
  br label %16, !dbg !51

16:                                               ; preds = %16, %12
  %17 = phi i64 [ %13, %12 ], [ %23, %16 ]
  %18 = phi double [ %14, %12 ], [ %22, %16 ]
  %19 = phi i64 [ 0, %12 ], [ %24, %16 ]
    #dbg_value(i64 %17, !42, !DIExpression(), !45)
    #dbg_value(double %18, !41, !DIExpression(), !44)
  %20 = getelementptr inbounds nuw double, ptr %0, i64 %17, !dbg !52
  %21 = load double, ptr %20, align 8, !dbg !52, !tbaa !53
  %22 = tail call double @llvm.fmuladd.f64(double %21, double %21, double %18), !dbg !55
    #dbg_value(double %22, !41, !DIExpression(), !44)
  %23 = add nuw nsw i64 %17, 1, !dbg !56
    #dbg_value(i64 %23, !42, !DIExpression(), !45)
  %24 = add i64 %19, 1, !dbg !57
  %25 = icmp eq i64 %24, %6, !dbg !57
  br i1 %25, label %26, label %16, !dbg !57, !llvm.loop !58

26:                                               ; preds = %10, %16, %2
  %27 = phi double [ 0.000000e+00, %2 ], [ %46, %10 ], [ %22, %16 ], !dbg !44
  ret double %27, !dbg !60

28:                                               ; preds = %28, %8
  %29 = phi i64 [ 0, %8 ], [ %47, %28 ]
  %30 = phi double [ 0.000000e+00, %8 ], [ %46, %28 ]
  %31 = phi i64 [ 0, %8 ], [ %48, %28 ]
    #dbg_value(i64 %29, !42, !DIExpression(), !45)
    #dbg_value(double %30, !41, !DIExpression(), !44)
  %32 = getelementptr inbounds nuw double, ptr %0, i64 %29, !dbg !52
  %33 = load double, ptr %32, align 8, !dbg !52, !tbaa !53
  %34 = tail call double @llvm.fmuladd.f64(double %33, double %33, double %30), !dbg !61
    #dbg_value(double %34, !41, !DIExpression(), !44)
    #dbg_value(i64 %29, !42, !DIExpression(DW_OP_constu, 1, DW_OP_or, DW_OP_stack_value), !45)
  %35 = getelementptr inbounds nuw double, ptr %0, i64 %29, !dbg !52
  %36 = getelementptr inbounds nuw i8, ptr %35, i64 8, !dbg !52
  %37 = load double, ptr %36, align 8, !dbg !52, !tbaa !53
  %38 = tail call double @llvm.fmuladd.f64(double %37, double %37, double %34), !dbg !62
    #dbg_value(double %38, !41, !DIExpression(), !44)
    #dbg_value(i64 %29, !42, !DIExpression(DW_OP_constu, 2, DW_OP_or, DW_OP_stack_value), !45)
  %39 = getelementptr inbounds nuw double, ptr %0, i64 %29, !dbg !52
  %40 = getelementptr inbounds nuw i8, ptr %39, i64 16, !dbg !52
  %41 = load double, ptr %40, align 8, !dbg !52, !tbaa !53
  %42 = tail call double @llvm.fmuladd.f64(double %41, double %41, double %38), !dbg !63
    #dbg_value(double %42, !41, !DIExpression(), !44)
    #dbg_value(i64 %29, !42, !DIExpression(DW_OP_constu, 3, DW_OP_or, DW_OP_stack_value), !45)
  %43 = getelementptr inbounds nuw double, ptr %0, i64 %29, !dbg !52
  %44 = getelementptr inbounds nuw i8, ptr %43, i64 24, !dbg !52
  %45 = load double, ptr %44, align 8, !dbg !52, !tbaa !53
  %46 = tail call double @llvm.fmuladd.f64(double %45, double %45, double %42), !dbg !64
    #dbg_value(double %46, !41, !DIExpression(), !44)
  %47 = add nuw nsw i64 %29, 4, !dbg !65
    #dbg_value(i64 %47, !42, !DIExpression(), !45)
  %48 = add i64 %31, 4, !dbg !66
  %49 = icmp eq i64 %48, %9, !dbg !66
  br i1 %49, label %10, label %28, !dbg !66, !llvm.loop !67
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local double @tramp(ptr noundef readonly captures(none) %0, double noundef %1) #4 !dbg !70 {
    #dbg_value(ptr %0, !80, !DIExpression(), !82)
    #dbg_value(double %1, !81, !DIExpression(), !82)
  %3 = load double, ptr %0, align 8, !dbg !83, !tbaa !84
  %4 = fmul double %1, %3, !dbg !86
  %5 = fmul double %1, %4, !dbg !87
  ret double %5, !dbg !88
}

; Function Attrs: nounwind uwtable
define dso_local double @run(ptr noundef %0, ptr noundef %1, ptr noundef %2, i32 noundef %3, double noundef %4) local_unnamed_addr #5 !dbg !89 {
  %6 = alloca %struct.env, align 8, !DIAssignID !106
    #dbg_assign(i1 poison, !103, !DIExpression(), !106, ptr %6, !DIExpression(), !107)
    #dbg_value(ptr %0, !94, !DIExpression(), !107)
    #dbg_value(ptr %1, !95, !DIExpression(), !107)
    #dbg_value(ptr %2, !96, !DIExpression(), !107)
    #dbg_value(i32 %3, !97, !DIExpression(), !107)
    #dbg_value(double %4, !98, !DIExpression(), !107)
  %7 = tail call double (ptr, ...) @__enzyme_autodiff_f64(ptr noundef nonnull @cube, double noundef %4) #9, !dbg !108
    #dbg_value(double %7, !99, !DIExpression(), !107)
  %8 = load i32, ptr @enzyme_const, align 4, !dbg !109, !tbaa !21
  %9 = tail call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @total, ptr noundef %0, ptr noundef %1, i32 noundef %8, i32 noundef %3) #9, !dbg !110
    #dbg_value(double %9, !100, !DIExpression(), !107)
  %10 = load i32, ptr @enzyme_out, align 4, !dbg !111, !tbaa !21
  %11 = tail call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @cube, i32 noundef %10, double noundef %4) #9, !dbg !112
    #dbg_value(double %11, !101, !DIExpression(), !107)
  %12 = load i32, ptr @enzyme_width, align 4, !dbg !113, !tbaa !21
  %13 = load i32, ptr @enzyme_dupnoneed, align 4, !dbg !114, !tbaa !21
  %14 = load i32, ptr @enzyme_const, align 4, !dbg !115, !tbaa !21
  %15 = tail call double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @total, i32 noundef %12, i32 noundef 2, i32 noundef %13, ptr noundef %0, ptr noundef %1, ptr noundef %2, i32 noundef %14, i32 noundef %3) #9, !dbg !116
    #dbg_value(double %15, !102, !DIExpression(), !107)
  call void @llvm.lifetime.start.p0(ptr nonnull %6) #9, !dbg !117
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %6, ptr noundef nonnull align 8 dereferenceable(16) @__const.run.e, i64 16, i1 false), !dbg !118, !DIAssignID !119
    #dbg_assign(i1 poison, !103, !DIExpression(), !119, ptr %6, !DIExpression(), !107)
  %16 = load i32, ptr @enzyme_const_return, align 4, !dbg !120, !tbaa !21
  %17 = load i32, ptr @enzyme_const, align 4, !dbg !121, !tbaa !21
  %18 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @tramp, i32 noundef %16, i32 noundef %17, ptr noundef nonnull %6, double noundef %4) #9, !dbg !122
    #dbg_value(double %18, !104, !DIExpression(), !107)
  %19 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @tramp, ptr noundef nonnull %6, double noundef %4) #9, !dbg !123
    #dbg_value(double %19, !105, !DIExpression(), !107)
  %20 = fadd double %7, %9, !dbg !124
  %21 = fadd double %20, %11, !dbg !125
  %22 = fadd double %21, %15, !dbg !126
  %23 = fadd double %22, %18, !dbg !127
  %24 = fadd double %23, %19, !dbg !128
  call void @llvm.lifetime.end.p0(ptr nonnull %6) #9, !dbg !129
  ret double %24, !dbg !130
}

declare !dbg !131 double @__enzyme_autodiff_f64(ptr noundef, ...) local_unnamed_addr #6

declare !dbg !134 double @__enzyme_autodiff(ptr noundef, ...) local_unnamed_addr #6

declare !dbg !135 double @__enzyme_fwddiff(ptr noundef, ...) local_unnamed_addr #6

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #7

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #8

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #9 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!13, !14, !15, !16, !17, !18, !19}
!llvm.ident = !{!20}
!llvm.errno.tbaa = !{!21}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 22.1.8 (1~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !2, globals: !4, splitDebugInlining: false, nameTableKind: None)
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
!20 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!21 = !{!22, !22, i64 0}
!22 = !{!"int", !23, i64 0}
!23 = !{!"omnipotent char", !24, i64 0}
!24 = !{!"Simple C/C++ TBAA"}
!25 = distinct !DISubprogram(name: "cube", scope: !1, file: !1, line: 11, type: !10, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !26, keyInstructions: true)
!26 = !{!27}
!27 = !DILocalVariable(name: "x", arg: 1, scope: !25, file: !1, line: 11, type: !12)
!28 = !DILocation(line: 0, scope: !25)
!29 = !DILocation(line: 11, column: 34, scope: !25)
!30 = !DILocation(line: 11, column: 38, scope: !25, atomGroup: 1, atomRank: 2)
!31 = !DILocation(line: 11, column: 25, scope: !25, atomGroup: 1, atomRank: 1)
!32 = distinct !DISubprogram(name: "total", scope: !1, file: !1, line: 14, type: !33, scopeLine: 14, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !38, keyInstructions: true)
!33 = !DISubroutineType(types: !34)
!34 = !{!12, !35, !37}
!35 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !36, size: 64)
!36 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !12)
!37 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!38 = !{!39, !40, !41, !42}
!39 = !DILocalVariable(name: "v", arg: 1, scope: !32, file: !1, line: 14, type: !35)
!40 = !DILocalVariable(name: "n", arg: 2, scope: !32, file: !1, line: 14, type: !37)
!41 = !DILocalVariable(name: "s", scope: !32, file: !1, line: 15, type: !12)
!42 = !DILocalVariable(name: "i", scope: !43, file: !1, line: 16, type: !37)
!43 = distinct !DILexicalBlock(scope: !32, file: !1, line: 16, column: 3)
!44 = !DILocation(line: 0, scope: !32)
!45 = !DILocation(line: 0, scope: !43)
!46 = !DILocation(line: 16, column: 21, scope: !47, atomGroup: 10, atomRank: 1)
!47 = distinct !DILexicalBlock(scope: !43, file: !1, line: 16, column: 3)
!48 = !DILocation(line: 16, column: 3, scope: !43, atomGroup: 11, atomRank: 1)
!49 = !DILocation(line: 16, column: 21, scope: !47, atomGroup: 3, atomRank: 1)
!50 = !DILocation(line: 16, column: 3, scope: !43)
!51 = !DILocation(line: 16, column: 3, scope: !43, atomGroup: 4, atomRank: 1)
!52 = !DILocation(line: 16, column: 36, scope: !47)
!53 = !{!54, !54, i64 0}
!54 = !{!"double", !23, i64 0}
!55 = !DILocation(line: 16, column: 33, scope: !47, atomGroup: 12, atomRank: 2)
!56 = !DILocation(line: 16, column: 27, scope: !47, atomGroup: 13, atomRank: 2)
!57 = !DILocation(line: 16, column: 3, scope: !43, atomGroup: 15, atomRank: 1)
!58 = distinct !{!58, !59}
!59 = !{!"llvm.loop.unroll.disable"}
!60 = !DILocation(line: 17, column: 3, scope: !32, atomGroup: 9, atomRank: 1)
!61 = !DILocation(line: 16, column: 33, scope: !47, atomGroup: 5, atomRank: 2)
!62 = !DILocation(line: 16, column: 33, scope: !47, atomGroup: 16, atomRank: 2)
!63 = !DILocation(line: 16, column: 33, scope: !47, atomGroup: 20, atomRank: 2)
!64 = !DILocation(line: 16, column: 33, scope: !47, atomGroup: 24, atomRank: 2)
!65 = !DILocation(line: 16, column: 27, scope: !47, atomGroup: 25, atomRank: 2)
!66 = !DILocation(line: 16, column: 3, scope: !43, atomGroup: 27, atomRank: 1)
!67 = distinct !{!67, !50, !68, !69}
!68 = !DILocation(line: 16, column: 46, scope: !43)
!69 = !{!"llvm.loop.mustprogress"}
!70 = distinct !DISubprogram(name: "tramp", scope: !1, file: !1, line: 22, type: !71, scopeLine: 22, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !79, keyInstructions: true)
!71 = !DISubroutineType(types: !72)
!72 = !{!12, !73, !12}
!73 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !74, size: 64)
!74 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !75)
!75 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "env", file: !1, line: 21, size: 128, elements: !76)
!76 = !{!77, !78}
!77 = !DIDerivedType(tag: DW_TAG_member, name: "scale", scope: !75, file: !1, line: 21, baseType: !12, size: 64)
!78 = !DIDerivedType(tag: DW_TAG_member, name: "calls", scope: !75, file: !1, line: 21, baseType: !37, size: 32, offset: 64)
!79 = !{!80, !81}
!80 = !DILocalVariable(name: "e", arg: 1, scope: !70, file: !1, line: 22, type: !73)
!81 = !DILocalVariable(name: "x", arg: 2, scope: !70, file: !1, line: 22, type: !12)
!82 = !DILocation(line: 0, scope: !70)
!83 = !DILocation(line: 22, column: 57, scope: !70)
!84 = !{!85, !54, i64 0}
!85 = !{!"env", !54, i64 0, !22, i64 8}
!86 = !DILocation(line: 22, column: 63, scope: !70)
!87 = !DILocation(line: 22, column: 67, scope: !70, atomGroup: 1, atomRank: 2)
!88 = !DILocation(line: 22, column: 47, scope: !70, atomGroup: 1, atomRank: 1)
!89 = distinct !DISubprogram(name: "run", scope: !1, file: !1, line: 26, type: !90, scopeLine: 26, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !93, keyInstructions: true)
!90 = !DISubroutineType(types: !91)
!91 = !{!12, !92, !92, !92, !37, !12}
!92 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64)
!93 = !{!94, !95, !96, !97, !98, !99, !100, !101, !102, !103, !104, !105}
!94 = !DILocalVariable(name: "v", arg: 1, scope: !89, file: !1, line: 26, type: !92)
!95 = !DILocalVariable(name: "dv", arg: 2, scope: !89, file: !1, line: 26, type: !92)
!96 = !DILocalVariable(name: "dv2", arg: 3, scope: !89, file: !1, line: 26, type: !92)
!97 = !DILocalVariable(name: "n", arg: 4, scope: !89, file: !1, line: 26, type: !37)
!98 = !DILocalVariable(name: "x", arg: 5, scope: !89, file: !1, line: 26, type: !12)
!99 = !DILocalVariable(name: "a", scope: !89, file: !1, line: 28, type: !12)
!100 = !DILocalVariable(name: "b", scope: !89, file: !1, line: 30, type: !12)
!101 = !DILocalVariable(name: "c", scope: !89, file: !1, line: 32, type: !12)
!102 = !DILocalVariable(name: "d", scope: !89, file: !1, line: 34, type: !12)
!103 = !DILocalVariable(name: "e", scope: !89, file: !1, line: 37, type: !75)
!104 = !DILocalVariable(name: "f", scope: !89, file: !1, line: 38, type: !12)
!105 = !DILocalVariable(name: "g", scope: !89, file: !1, line: 40, type: !12)
!106 = distinct !DIAssignID()
!107 = !DILocation(line: 0, scope: !89)
!108 = !DILocation(line: 28, column: 14, scope: !89, atomGroup: 1, atomRank: 2)
!109 = !DILocation(line: 30, column: 54, scope: !89)
!110 = !DILocation(line: 30, column: 14, scope: !89, atomGroup: 2, atomRank: 2)
!111 = !DILocation(line: 32, column: 47, scope: !89)
!112 = !DILocation(line: 32, column: 14, scope: !89, atomGroup: 3, atomRank: 2)
!113 = !DILocation(line: 34, column: 46, scope: !89)
!114 = !DILocation(line: 34, column: 63, scope: !89)
!115 = !DILocation(line: 35, column: 31, scope: !89)
!116 = !DILocation(line: 34, column: 14, scope: !89, atomGroup: 4, atomRank: 2)
!117 = !DILocation(line: 37, column: 3, scope: !89)
!118 = !DILocation(line: 37, column: 14, scope: !89, atomGroup: 5, atomRank: 1)
!119 = distinct !DIAssignID()
!120 = !DILocation(line: 38, column: 47, scope: !89)
!121 = !DILocation(line: 38, column: 68, scope: !89)
!122 = !DILocation(line: 38, column: 14, scope: !89, atomGroup: 6, atomRank: 2)
!123 = !DILocation(line: 40, column: 14, scope: !89, atomGroup: 7, atomRank: 2)
!124 = !DILocation(line: 41, column: 12, scope: !89)
!125 = !DILocation(line: 41, column: 16, scope: !89)
!126 = !DILocation(line: 41, column: 20, scope: !89)
!127 = !DILocation(line: 41, column: 24, scope: !89)
!128 = !DILocation(line: 41, column: 28, scope: !89, atomGroup: 9, atomRank: 2)
!129 = !DILocation(line: 42, column: 1, scope: !89)
!130 = !DILocation(line: 41, column: 3, scope: !89, atomGroup: 9, atomRank: 1)
!131 = !DISubprogram(name: "__enzyme_autodiff_f64", scope: !1, file: !1, line: 4, type: !132, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!132 = !DISubroutineType(types: !133)
!133 = !{!12, !3, null}
!134 = !DISubprogram(name: "__enzyme_autodiff", scope: !1, file: !1, line: 3, type: !132, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!135 = !DISubprogram(name: "__enzyme_fwddiff", scope: !1, file: !1, line: 5, type: !132, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
