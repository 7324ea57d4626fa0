; ModuleID = 'src/typeinfo_c.c'
source_filename = "src/typeinfo_c.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Mixed = type { i64, double, float, i32 }

@__const.use_locals.arr = private unnamed_addr constant [4 x double] [double 1.000000e+00, double 2.000000e+00, double 3.000000e+00, double 4.000000e+00], align 16

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local double @use_mixed(ptr nocapture noundef readonly %0) local_unnamed_addr #0 !dbg !26 {
    #dbg_value(ptr %0, !40, !DIExpression(), !41)
  %2 = load i64, ptr %0, align 8, !dbg !42, !tbaa !43
  %3 = sitofp i64 %2 to double, !dbg !51
  %4 = getelementptr inbounds i8, ptr %0, i64 8, !dbg !52
  %5 = load double, ptr %4, align 8, !dbg !52, !tbaa !53
  %6 = getelementptr inbounds i8, ptr %0, i64 16, !dbg !54
  %7 = load float, ptr %6, align 8, !dbg !54, !tbaa !55
  %8 = fpext float %7 to double, !dbg !56
  %9 = tail call double @llvm.fmuladd.f64(double %5, double %8, double %3), !dbg !57
  %10 = getelementptr inbounds i8, ptr %0, i64 20, !dbg !58
  %11 = load i32, ptr %10, align 4, !dbg !58, !tbaa !59
  %12 = sitofp i32 %11 to double, !dbg !60
  %13 = fadd double %9, %12, !dbg !61
  ret double %13, !dbg !62
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local double @use_padded(ptr nocapture noundef readonly %0) local_unnamed_addr #0 !dbg !63 {
    #dbg_value(ptr %0, !74, !DIExpression(), !75)
  %2 = load i8, ptr %0, align 8, !dbg !76, !tbaa !77
  %3 = sitofp i8 %2 to double, !dbg !80
  %4 = getelementptr inbounds i8, ptr %0, i64 8, !dbg !81
  %5 = load double, ptr %4, align 8, !dbg !81, !tbaa !82
  %6 = fadd double %5, %3, !dbg !83
  %7 = getelementptr inbounds i8, ptr %0, i64 16, !dbg !84
  %8 = load i16, ptr %7, align 8, !dbg !84, !tbaa !85
  %9 = sitofp i16 %8 to double, !dbg !86
  %10 = fadd double %6, %9, !dbg !87
  ret double %10, !dbg !88
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local double @use_outer(ptr nocapture noundef readonly %0) local_unnamed_addr #0 !dbg !89 {
    #dbg_value(ptr %0, !104, !DIExpression(), !105)
  %2 = load i32, ptr %0, align 8, !dbg !106, !tbaa !107
  %3 = sitofp i32 %2 to float, !dbg !110
  %4 = getelementptr inbounds i8, ptr %0, i64 4, !dbg !111
  %5 = load float, ptr %4, align 4, !dbg !112, !tbaa !113
  %6 = getelementptr inbounds i8, ptr %0, i64 8, !dbg !114
  %7 = load float, ptr %6, align 4, !dbg !114, !tbaa !115
  %8 = tail call float @llvm.fmuladd.f32(float %5, float %7, float %3), !dbg !116
  %9 = fpext float %8 to double, !dbg !110
  %10 = getelementptr inbounds i8, ptr %0, i64 24, !dbg !117
  %11 = load double, ptr %10, align 8, !dbg !117, !tbaa !118
  %12 = fadd double %11, %9, !dbg !119
  ret double %12, !dbg !120
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local double @use_union(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) local_unnamed_addr #0 !dbg !121 {
    #dbg_value(ptr %0, !138, !DIExpression(), !140)
    #dbg_value(ptr %1, !139, !DIExpression(), !140)
  %3 = load double, ptr %0, align 8, !dbg !141, !tbaa !142
  %4 = load double, ptr %1, align 8, !dbg !143, !tbaa !142
  %5 = fadd double %3, %4, !dbg !144
  ret double %5, !dbg !145
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local range(i32 0, 2) i32 @use_enum(i32 noundef %0) local_unnamed_addr #2 !dbg !146 {
    #dbg_value(i32 %0, !150, !DIExpression(), !151)
  %2 = icmp eq i32 %0, 6, !dbg !152
  %3 = zext i1 %2 to i32, !dbg !152
  ret i32 %3, !dbg !153
}

; Function Attrs: nofree norecurse nosync nounwind memory(read, inaccessiblemem: none) uwtable
define dso_local double @use_list(ptr noundef readonly %0) local_unnamed_addr #3 !dbg !154 {
    #dbg_value(ptr %0, !163, !DIExpression(), !165)
    #dbg_value(double 0.000000e+00, !164, !DIExpression(), !165)
  %2 = icmp eq ptr %0, null, !dbg !166
  br i1 %2, label %11, label %3, !dbg !166

3:                                                ; preds = %1, %3
  %4 = phi double [ %7, %3 ], [ 0.000000e+00, %1 ]
  %5 = phi ptr [ %9, %3 ], [ %0, %1 ]
    #dbg_value(double %4, !164, !DIExpression(), !165)
    #dbg_value(ptr %5, !163, !DIExpression(), !165)
  %6 = load double, ptr %5, align 8, !dbg !168, !tbaa !170
  %7 = fadd double %4, %6, !dbg !173
    #dbg_value(double %7, !164, !DIExpression(), !165)
  %8 = getelementptr inbounds i8, ptr %5, i64 8, !dbg !174
  %9 = load ptr, ptr %8, align 8, !dbg !174, !tbaa !175
    #dbg_value(ptr %9, !163, !DIExpression(), !165)
  %10 = icmp eq ptr %9, null, !dbg !166
  br i1 %10, label %11, label %3, !dbg !166, !llvm.loop !176

11:                                               ; preds = %3, %1
  %12 = phi double [ 0.000000e+00, %1 ], [ %7, %3 ], !dbg !165
  ret double %12, !dbg !180
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local double @use_grid(ptr nocapture noundef readonly %0) local_unnamed_addr #0 !dbg !181 {
    #dbg_value(ptr %0, !192, !DIExpression(), !193)
  %2 = getelementptr inbounds i8, ptr %0, i64 40, !dbg !194
  %3 = load double, ptr %2, align 8, !dbg !194, !tbaa !118
  ret double %3, !dbg !195
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local double @use_flex(ptr nocapture noundef readonly %0) local_unnamed_addr #0 !dbg !196 {
    #dbg_value(ptr %0, !208, !DIExpression(), !209)
  %2 = load i32, ptr %0, align 8, !dbg !210, !tbaa !211
  %3 = icmp eq i32 %2, 0, !dbg !212
  br i1 %3, label %7, label %4, !dbg !212

4:                                                ; preds = %1
  %5 = getelementptr inbounds i8, ptr %0, i64 8, !dbg !213
  %6 = load double, ptr %5, align 8, !dbg !214, !tbaa !118
  br label %7, !dbg !212

7:                                                ; preds = %1, %4
  %8 = phi double [ %6, %4 ], [ 0.000000e+00, %1 ], !dbg !212
  ret double %8, !dbg !215
}

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) uwtable
define dso_local double @use_typedef(ptr nocapture noundef readonly %0, ptr noundef %1) local_unnamed_addr #4 !dbg !216 {
    #dbg_value(ptr %0, !225, !DIExpression(), !227)
    #dbg_value(ptr %1, !226, !DIExpression(), !227)
  %3 = getelementptr inbounds i8, ptr %0, i64 8, !dbg !228
  %4 = load double, ptr %3, align 8, !dbg !228, !tbaa !53
  %5 = load volatile double, ptr %1, align 8, !dbg !229, !tbaa !118
  %6 = fadd double %4, %5, !dbg !230
  ret double %6, !dbg !231
}

; Function Attrs: nounwind uwtable
define dso_local double @use_fnptr(ptr nocapture noundef readonly %0, double noundef %1) local_unnamed_addr #5 !dbg !232 {
    #dbg_value(ptr %0, !240, !DIExpression(), !242)
    #dbg_value(double %1, !241, !DIExpression(), !242)
  %3 = tail call double %0(double noundef %1, double noundef %1) #9, !dbg !243
  ret double %3, !dbg !244
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local double @use_array(ptr nocapture noundef readonly %0, i32 noundef %1) local_unnamed_addr #6 !dbg !245 {
    #dbg_value(ptr %0, !250, !DIExpression(), !255)
    #dbg_value(i32 %1, !251, !DIExpression(), !255)
    #dbg_value(double 0.000000e+00, !252, !DIExpression(), !255)
    #dbg_value(i32 0, !253, !DIExpression(), !256)
  %3 = icmp sgt i32 %1, 0, !dbg !257
  br i1 %3, label %4, label %6, !dbg !259

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64, !dbg !257
  br label %8, !dbg !259

6:                                                ; preds = %8, %2
  %7 = phi double [ 0.000000e+00, %2 ], [ %13, %8 ], !dbg !255
  ret double %7, !dbg !260

8:                                                ; preds = %4, %8
  %9 = phi i64 [ 0, %4 ], [ %14, %8 ]
  %10 = phi double [ 0.000000e+00, %4 ], [ %13, %8 ]
    #dbg_value(i64 %9, !253, !DIExpression(), !256)
    #dbg_value(double %10, !252, !DIExpression(), !255)
  %11 = getelementptr inbounds double, ptr %0, i64 %9, !dbg !261
  %12 = load double, ptr %11, align 8, !dbg !261, !tbaa !118
  %13 = fadd double %10, %12, !dbg !262
    #dbg_value(double %13, !252, !DIExpression(), !255)
  %14 = add nuw nsw i64 %9, 1, !dbg !263
    #dbg_value(i64 %14, !253, !DIExpression(), !256)
  %15 = icmp eq i64 %14, %5, !dbg !257
  br i1 %15, label %6, label %8, !dbg !259, !llvm.loop !264
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local double @use_byval(ptr nocapture noundef readonly byval(%struct.Mixed) align 8 %0, <2 x float> %1, double noundef %2) local_unnamed_addr #7 !dbg !266 {
    #dbg_value(<2 x float> %1, !271, !DIExpression(), !273)
    #dbg_declare(ptr %0, !270, !DIExpression(), !274)
    #dbg_value(double %2, !272, !DIExpression(), !273)
  %4 = getelementptr inbounds i8, ptr %0, i64 8, !dbg !275
  %5 = load double, ptr %4, align 8, !dbg !275, !tbaa !53
  %6 = extractelement <2 x float> %1, i64 0, !dbg !276
  %7 = fpext float %6 to double, !dbg !277
  %8 = fadd double %5, %7, !dbg !278
  %9 = fadd double %8, %2, !dbg !279
  ret double %9, !dbg !280
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local <2 x float> @ret_small(float noundef %0) local_unnamed_addr #8 !dbg !281 {
    #dbg_value(float %0, !285, !DIExpression(), !287)
  %2 = insertelement <2 x float> poison, float %0, i64 0, !dbg !288
    #dbg_value(float %0, !286, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !287)
  %3 = shufflevector <2 x float> %2, <2 x float> poison, <2 x i32> zeroinitializer, !dbg !288
    #dbg_value(float %0, !286, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !287)
  ret <2 x float> %3, !dbg !289
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local double @use_locals(i32 noundef %0) local_unnamed_addr #2 !dbg !290 {
    #dbg_assign(i1 undef, !296, !DIExpression(), !307, ptr @__const.use_locals.arr, !DIExpression(), !308)
    #dbg_assign(i1 undef, !300, !DIExpression(), !309, ptr undef, !DIExpression(), !308)
    #dbg_value(i32 %0, !294, !DIExpression(), !308)
    #dbg_value(i32 %0, !295, !DIExpression(DW_OP_LLVM_convert, 32, DW_ATE_signed, DW_OP_LLVM_convert, 64, DW_ATE_signed, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !308)
    #dbg_value(double 1.500000e+00, !295, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !308)
    #dbg_value(float 2.500000e+00, !295, !DIExpression(DW_OP_LLVM_fragment, 128, 32), !308)
    #dbg_value(i32 %0, !295, !DIExpression(DW_OP_LLVM_fragment, 160, 32), !308)
    #dbg_assign(i1 undef, !296, !DIExpression(), !310, ptr @__const.use_locals.arr, !DIExpression(), !308)
    #dbg_value(x86_fp80 poison, !303, !DIExpression(DW_OP_LLVM_fragment, 0, 80), !308)
    #dbg_value(ptr poison, !305, !DIExpression(), !308)
  %2 = and i32 %0, 3, !dbg !311
  %3 = zext nneg i32 %2 to i64, !dbg !312
  %4 = getelementptr inbounds [4 x double], ptr @__const.use_locals.arr, i64 0, i64 %3, !dbg !312
  %5 = load double, ptr %4, align 8, !dbg !312, !tbaa !118
  %6 = fadd double %5, 1.500000e+00, !dbg !313
  %7 = sitofp i32 %0 to double, !dbg !314
  %8 = fadd double %6, %7, !dbg !315
  %9 = fadd double %8, 1.200000e+02, !dbg !316
  ret double %9, !dbg !317
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree norecurse nosync nounwind memory(read, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree norecurse nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!18, !19, !20, !21, !22, !23, !24}
!llvm.ident = !{!25}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !2, retainedTypes: !9, globals: !11, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "src/typeinfo_c.c", directory: ".", checksumkind: CSK_MD5, checksum: "4f68559ce87dddf4a04c83167c871a9a")
!2 = !{!3}
!3 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "Color", file: !1, line: 25, baseType: !4, size: 32, elements: !5)
!4 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!5 = !{!6, !7, !8}
!6 = !DIEnumerator(name: "RED", value: 0)
!7 = !DIEnumerator(name: "GREEN", value: 5)
!8 = !DIEnumerator(name: "BLUE", value: 6)
!9 = !{!10}
!10 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!11 = !{!12}
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !1, line: 65, type: !14, isLocal: true, isDefinition: true)
!14 = !DICompositeType(tag: DW_TAG_array_type, baseType: !15, size: 16, elements: !16)
!15 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!16 = !{!17}
!17 = !DISubrange(count: 2)
!18 = !{i32 7, !"Dwarf Version", i32 5}
!19 = !{i32 2, !"Debug Info Version", i32 3}
!20 = !{i32 1, !"wchar_size", i32 4}
!21 = !{i32 8, !"PIC Level", i32 2}
!22 = !{i32 7, !"PIE Level", i32 2}
!23 = !{i32 7, !"uwtable", i32 2}
!24 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!25 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!26 = distinct !DISubprogram(name: "use_mixed", scope: !1, file: !1, line: 38, type: !27, scopeLine: 38, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !39)
!27 = !DISubroutineType(types: !28)
!28 = !{!10, !29}
!29 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !30, size: 64)
!30 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Mixed", file: !1, line: 6, size: 192, elements: !31)
!31 = !{!32, !34, !35, !37}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "n", scope: !30, file: !1, line: 7, baseType: !33, size: 64)
!33 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!34 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !30, file: !1, line: 8, baseType: !10, size: 64, offset: 64)
!35 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !30, file: !1, line: 9, baseType: !36, size: 32, offset: 128)
!36 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "tag", scope: !30, file: !1, line: 10, baseType: !38, size: 32, offset: 160)
!38 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!39 = !{!40}
!40 = !DILocalVariable(name: "m", arg: 1, scope: !26, file: !1, line: 38, type: !29)
!41 = !DILocation(line: 0, scope: !26)
!42 = !DILocation(line: 38, column: 47, scope: !26)
!43 = !{!44, !45, i64 0}
!44 = !{!"Mixed", !45, i64 0, !48, i64 8, !49, i64 16, !50, i64 20}
!45 = !{!"long", !46, i64 0}
!46 = !{!"omnipotent char", !47, i64 0}
!47 = !{!"Simple C/C++ TBAA"}
!48 = !{!"double", !46, i64 0}
!49 = !{!"float", !46, i64 0}
!50 = !{!"int", !46, i64 0}
!51 = !DILocation(line: 38, column: 44, scope: !26)
!52 = !DILocation(line: 38, column: 54, scope: !26)
!53 = !{!44, !48, i64 8}
!54 = !DILocation(line: 38, column: 61, scope: !26)
!55 = !{!44, !49, i64 16}
!56 = !DILocation(line: 38, column: 58, scope: !26)
!57 = !DILocation(line: 38, column: 49, scope: !26)
!58 = !DILocation(line: 38, column: 68, scope: !26)
!59 = !{!44, !50, i64 20}
!60 = !DILocation(line: 38, column: 65, scope: !26)
!61 = !DILocation(line: 38, column: 63, scope: !26)
!62 = !DILocation(line: 38, column: 37, scope: !26)
!63 = distinct !DISubprogram(name: "use_padded", scope: !1, file: !1, line: 39, type: !64, scopeLine: 39, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !73)
!64 = !DISubroutineType(types: !65)
!65 = !{!10, !66}
!66 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !67, size: 64)
!67 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Padded", file: !1, line: 13, size: 192, elements: !68)
!68 = !{!69, !70, !71}
!69 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !67, file: !1, line: 14, baseType: !15, size: 8)
!70 = !DIDerivedType(tag: DW_TAG_member, name: "d", scope: !67, file: !1, line: 15, baseType: !10, size: 64, offset: 64)
!71 = !DIDerivedType(tag: DW_TAG_member, name: "s", scope: !67, file: !1, line: 16, baseType: !72, size: 16, offset: 128)
!72 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!73 = !{!74}
!74 = !DILocalVariable(name: "p", arg: 1, scope: !63, file: !1, line: 39, type: !66)
!75 = !DILocation(line: 0, scope: !63)
!76 = !DILocation(line: 39, column: 49, scope: !63)
!77 = !{!78, !46, i64 0}
!78 = !{!"Padded", !46, i64 0, !48, i64 8, !79, i64 16}
!79 = !{!"short", !46, i64 0}
!80 = !DILocation(line: 39, column: 46, scope: !63)
!81 = !DILocation(line: 39, column: 56, scope: !63)
!82 = !{!78, !48, i64 8}
!83 = !DILocation(line: 39, column: 51, scope: !63)
!84 = !DILocation(line: 39, column: 63, scope: !63)
!85 = !{!78, !79, i64 16}
!86 = !DILocation(line: 39, column: 60, scope: !63)
!87 = !DILocation(line: 39, column: 58, scope: !63)
!88 = !DILocation(line: 39, column: 39, scope: !63)
!89 = distinct !DISubprogram(name: "use_outer", scope: !1, file: !1, line: 40, type: !90, scopeLine: 40, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !103)
!90 = !DISubroutineType(types: !91)
!91 = !{!10, !92}
!92 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !93, size: 64)
!93 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Outer", file: !1, line: 20, size: 256, elements: !94)
!94 = !{!95, !96, !101}
!95 = !DIDerivedType(tag: DW_TAG_member, name: "id", scope: !93, file: !1, line: 20, baseType: !38, size: 32)
!96 = !DIDerivedType(tag: DW_TAG_member, name: "in", scope: !93, file: !1, line: 20, baseType: !97, size: 64, offset: 32)
!97 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Inner", file: !1, line: 19, size: 64, elements: !98)
!98 = !{!99, !100}
!99 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !97, file: !1, line: 19, baseType: !36, size: 32)
!100 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !97, file: !1, line: 19, baseType: !36, size: 32, offset: 32)
!101 = !DIDerivedType(tag: DW_TAG_member, name: "w", scope: !93, file: !1, line: 20, baseType: !102, size: 128, offset: 128)
!102 = !DICompositeType(tag: DW_TAG_array_type, baseType: !10, size: 128, elements: !16)
!103 = !{!104}
!104 = !DILocalVariable(name: "o", arg: 1, scope: !89, file: !1, line: 40, type: !92)
!105 = !DILocation(line: 0, scope: !89)
!106 = !DILocation(line: 40, column: 47, scope: !89)
!107 = !{!108, !50, i64 0}
!108 = !{!"Outer", !50, i64 0, !109, i64 4, !46, i64 16}
!109 = !{!"Inner", !49, i64 0, !49, i64 4}
!110 = !DILocation(line: 40, column: 44, scope: !89)
!111 = !DILocation(line: 40, column: 55, scope: !89)
!112 = !DILocation(line: 40, column: 58, scope: !89)
!113 = !{!108, !49, i64 4}
!114 = !DILocation(line: 40, column: 68, scope: !89)
!115 = !{!108, !49, i64 8}
!116 = !DILocation(line: 40, column: 50, scope: !89)
!117 = !DILocation(line: 40, column: 72, scope: !89)
!118 = !{!48, !48, i64 0}
!119 = !DILocation(line: 40, column: 70, scope: !89)
!120 = !DILocation(line: 40, column: 37, scope: !89)
!121 = distinct !DISubprogram(name: "use_union", scope: !1, file: !1, line: 41, type: !122, scopeLine: 41, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !137)
!122 = !DISubroutineType(types: !123)
!123 = !{!10, !124, !129}
!124 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !125, size: 64)
!125 = distinct !DICompositeType(tag: DW_TAG_union_type, name: "Num", file: !1, line: 22, size: 64, elements: !126)
!126 = !{!127, !128}
!127 = !DIDerivedType(tag: DW_TAG_member, name: "i", scope: !125, file: !1, line: 22, baseType: !33, size: 64)
!128 = !DIDerivedType(tag: DW_TAG_member, name: "d", scope: !125, file: !1, line: 22, baseType: !10, size: 64)
!129 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !130, size: 64)
!130 = distinct !DICompositeType(tag: DW_TAG_union_type, name: "Same", file: !1, line: 23, size: 64, elements: !131)
!131 = !{!132, !133}
!132 = !DIDerivedType(tag: DW_TAG_member, name: "d", scope: !130, file: !1, line: 23, baseType: !10, size: 64)
!133 = !DIDerivedType(tag: DW_TAG_member, name: "e", scope: !130, file: !1, line: 23, baseType: !134, size: 64)
!134 = !DICompositeType(tag: DW_TAG_array_type, baseType: !10, size: 64, elements: !135)
!135 = !{!136}
!136 = !DISubrange(count: 1)
!137 = !{!138, !139}
!138 = !DILocalVariable(name: "u", arg: 1, scope: !121, file: !1, line: 41, type: !124)
!139 = !DILocalVariable(name: "s", arg: 2, scope: !121, file: !1, line: 41, type: !129)
!140 = !DILocation(line: 0, scope: !121)
!141 = !DILocation(line: 41, column: 59, scope: !121)
!142 = !{!46, !46, i64 0}
!143 = !DILocation(line: 41, column: 66, scope: !121)
!144 = !DILocation(line: 41, column: 61, scope: !121)
!145 = !DILocation(line: 41, column: 49, scope: !121)
!146 = distinct !DISubprogram(name: "use_enum", scope: !1, file: !1, line: 42, type: !147, scopeLine: 42, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !149)
!147 = !DISubroutineType(types: !148)
!148 = !{!38, !3}
!149 = !{!150}
!150 = !DILocalVariable(name: "c", arg: 1, scope: !146, file: !1, line: 42, type: !3)
!151 = !DILocation(line: 0, scope: !146)
!152 = !DILocation(line: 42, column: 39, scope: !146)
!153 = !DILocation(line: 42, column: 30, scope: !146)
!154 = distinct !DISubprogram(name: "use_list", scope: !1, file: !1, line: 43, type: !155, scopeLine: 43, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !162)
!155 = !DISubroutineType(types: !156)
!156 = !{!10, !157}
!157 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !158, size: 64)
!158 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Node", file: !1, line: 27, size: 128, elements: !159)
!159 = !{!160, !161}
!160 = !DIDerivedType(tag: DW_TAG_member, name: "val", scope: !158, file: !1, line: 27, baseType: !10, size: 64)
!161 = !DIDerivedType(tag: DW_TAG_member, name: "next", scope: !158, file: !1, line: 27, baseType: !157, size: 64, offset: 64)
!162 = !{!163, !164}
!163 = !DILocalVariable(name: "n", arg: 1, scope: !154, file: !1, line: 43, type: !157)
!164 = !DILocalVariable(name: "s", scope: !154, file: !1, line: 44, type: !10)
!165 = !DILocation(line: 0, scope: !154)
!166 = !DILocation(line: 45, column: 3, scope: !167)
!167 = distinct !DILexicalBlock(scope: !154, file: !1, line: 45, column: 3)
!168 = !DILocation(line: 45, column: 34, scope: !169)
!169 = distinct !DILexicalBlock(scope: !167, file: !1, line: 45, column: 3)
!170 = !{!171, !48, i64 0}
!171 = !{!"Node", !48, i64 0, !172, i64 8}
!172 = !{!"any pointer", !46, i64 0}
!173 = !DILocation(line: 45, column: 28, scope: !169)
!174 = !DILocation(line: 45, column: 20, scope: !169)
!175 = !{!171, !172, i64 8}
!176 = distinct !{!176, !166, !177, !178, !179}
!177 = !DILocation(line: 45, column: 34, scope: !167)
!178 = !{!"llvm.loop.mustprogress"}
!179 = !{!"llvm.loop.unroll.disable"}
!180 = !DILocation(line: 46, column: 3, scope: !154)
!181 = distinct !DISubprogram(name: "use_grid", scope: !1, file: !1, line: 48, type: !182, scopeLine: 48, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !191)
!182 = !DISubroutineType(types: !183)
!183 = !{!10, !184}
!184 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !185, size: 64)
!185 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Grid", file: !1, line: 29, size: 384, elements: !186)
!186 = !{!187}
!187 = !DIDerivedType(tag: DW_TAG_member, name: "m", scope: !185, file: !1, line: 29, baseType: !188, size: 384)
!188 = !DICompositeType(tag: DW_TAG_array_type, baseType: !10, size: 384, elements: !189)
!189 = !{!17, !190}
!190 = !DISubrange(count: 3)
!191 = !{!192}
!192 = !DILocalVariable(name: "g", arg: 1, scope: !181, file: !1, line: 48, type: !184)
!193 = !DILocation(line: 0, scope: !181)
!194 = !DILocation(line: 48, column: 42, scope: !181)
!195 = !DILocation(line: 48, column: 35, scope: !181)
!196 = distinct !DISubprogram(name: "use_flex", scope: !1, file: !1, line: 49, type: !197, scopeLine: 49, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !207)
!197 = !DISubroutineType(types: !198)
!198 = !{!10, !199}
!199 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !200, size: 64)
!200 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Flex", file: !1, line: 31, size: 64, elements: !201)
!201 = !{!202, !203}
!202 = !DIDerivedType(tag: DW_TAG_member, name: "n", scope: !200, file: !1, line: 31, baseType: !38, size: 32)
!203 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !200, file: !1, line: 31, baseType: !204, offset: 64)
!204 = !DICompositeType(tag: DW_TAG_array_type, baseType: !10, elements: !205)
!205 = !{!206}
!206 = !DISubrange(count: -1)
!207 = !{!208}
!208 = !DILocalVariable(name: "f", arg: 1, scope: !196, file: !1, line: 49, type: !199)
!209 = !DILocation(line: 0, scope: !196)
!210 = !DILocation(line: 49, column: 45, scope: !196)
!211 = !{!50, !50, i64 0}
!212 = !DILocation(line: 49, column: 42, scope: !196)
!213 = !DILocation(line: 49, column: 52, scope: !196)
!214 = !DILocation(line: 49, column: 49, scope: !196)
!215 = !DILocation(line: 49, column: 35, scope: !196)
!216 = distinct !DISubprogram(name: "use_typedef", scope: !1, file: !1, line: 50, type: !217, scopeLine: 50, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !224)
!217 = !DISubroutineType(types: !218)
!218 = !{!10, !219, !222}
!219 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !220, size: 64)
!220 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !221)
!221 = !DIDerivedType(tag: DW_TAG_typedef, name: "mixed_t", file: !1, line: 35, baseType: !30)
!222 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !223, size: 64)
!223 = !DIDerivedType(tag: DW_TAG_volatile_type, baseType: !10)
!224 = !{!225, !226}
!225 = !DILocalVariable(name: "m", arg: 1, scope: !216, file: !1, line: 50, type: !219)
!226 = !DILocalVariable(name: "v", arg: 2, scope: !216, file: !1, line: 50, type: !222)
!227 = !DILocation(line: 0, scope: !216)
!228 = !DILocation(line: 50, column: 70, scope: !216)
!229 = !DILocation(line: 50, column: 74, scope: !216)
!230 = !DILocation(line: 50, column: 72, scope: !216)
!231 = !DILocation(line: 50, column: 60, scope: !216)
!232 = distinct !DISubprogram(name: "use_fnptr", scope: !1, file: !1, line: 51, type: !233, scopeLine: 51, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !239)
!233 = !DISubroutineType(types: !234)
!234 = !{!10, !235, !10}
!235 = !DIDerivedType(tag: DW_TAG_typedef, name: "binop_t", file: !1, line: 36, baseType: !236)
!236 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !237, size: 64)
!237 = !DISubroutineType(types: !238)
!238 = !{!10, !10, !10}
!239 = !{!240, !241}
!240 = !DILocalVariable(name: "op", arg: 1, scope: !232, file: !1, line: 51, type: !235)
!241 = !DILocalVariable(name: "a", arg: 2, scope: !232, file: !1, line: 51, type: !10)
!242 = !DILocation(line: 0, scope: !232)
!243 = !DILocation(line: 51, column: 49, scope: !232)
!244 = !DILocation(line: 51, column: 42, scope: !232)
!245 = distinct !DISubprogram(name: "use_array", scope: !1, file: !1, line: 52, type: !246, scopeLine: 52, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !249)
!246 = !DISubroutineType(types: !247)
!247 = !{!10, !248, !38}
!248 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !10, size: 64)
!249 = !{!250, !251, !252, !253}
!250 = !DILocalVariable(name: "xs", arg: 1, scope: !245, file: !1, line: 52, type: !248)
!251 = !DILocalVariable(name: "n", arg: 2, scope: !245, file: !1, line: 52, type: !38)
!252 = !DILocalVariable(name: "s", scope: !245, file: !1, line: 53, type: !10)
!253 = !DILocalVariable(name: "i", scope: !254, file: !1, line: 54, type: !38)
!254 = distinct !DILexicalBlock(scope: !245, file: !1, line: 54, column: 3)
!255 = !DILocation(line: 0, scope: !245)
!256 = !DILocation(line: 0, scope: !254)
!257 = !DILocation(line: 54, column: 21, scope: !258)
!258 = distinct !DILexicalBlock(scope: !254, file: !1, line: 54, column: 3)
!259 = !DILocation(line: 54, column: 3, scope: !254)
!260 = !DILocation(line: 55, column: 3, scope: !245)
!261 = !DILocation(line: 54, column: 36, scope: !258)
!262 = !DILocation(line: 54, column: 33, scope: !258)
!263 = !DILocation(line: 54, column: 27, scope: !258)
!264 = distinct !{!264, !259, !265, !178, !179}
!265 = !DILocation(line: 54, column: 40, scope: !254)
!266 = distinct !DISubprogram(name: "use_byval", scope: !1, file: !1, line: 57, type: !267, scopeLine: 57, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !269)
!267 = !DISubroutineType(types: !268)
!268 = !{!10, !30, !97, !10}
!269 = !{!270, !271, !272}
!270 = !DILocalVariable(name: "m", arg: 1, scope: !266, file: !1, line: 57, type: !30)
!271 = !DILocalVariable(name: "in", arg: 2, scope: !266, file: !1, line: 57, type: !97)
!272 = !DILocalVariable(name: "z", arg: 3, scope: !266, file: !1, line: 57, type: !10)
!273 = !DILocation(line: 0, scope: !266)
!274 = !DILocation(line: 57, column: 31, scope: !266)
!275 = !DILocation(line: 57, column: 72, scope: !266)
!276 = !DILocation(line: 57, column: 79, scope: !266)
!277 = !DILocation(line: 57, column: 76, scope: !266)
!278 = !DILocation(line: 57, column: 74, scope: !266)
!279 = !DILocation(line: 57, column: 81, scope: !266)
!280 = !DILocation(line: 57, column: 63, scope: !266)
!281 = distinct !DISubprogram(name: "ret_small", scope: !1, file: !1, line: 58, type: !282, scopeLine: 58, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !284)
!282 = !DISubroutineType(types: !283)
!283 = !{!97, !36}
!284 = !{!285, !286}
!285 = !DILocalVariable(name: "a", arg: 1, scope: !281, file: !1, line: 58, type: !36)
!286 = !DILocalVariable(name: "r", scope: !281, file: !1, line: 58, type: !97)
!287 = !DILocation(line: 0, scope: !281)
!288 = !DILocation(line: 58, column: 52, scope: !281)
!289 = !DILocation(line: 58, column: 60, scope: !281)
!290 = distinct !DISubprogram(name: "use_locals", scope: !1, file: !1, line: 59, type: !291, scopeLine: 59, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !293)
!291 = !DISubroutineType(types: !292)
!292 = !{!10, !38}
!293 = !{!294, !295, !296, !300, !303, !305}
!294 = !DILocalVariable(name: "k", arg: 1, scope: !290, file: !1, line: 59, type: !38)
!295 = !DILocalVariable(name: "local", scope: !290, file: !1, line: 60, type: !30)
!296 = !DILocalVariable(name: "arr", scope: !290, file: !1, line: 61, type: !297)
!297 = !DICompositeType(tag: DW_TAG_array_type, baseType: !10, size: 256, elements: !298)
!298 = !{!299}
!299 = !DISubrange(count: 4)
!300 = !DILocalVariable(name: "e", scope: !290, file: !1, line: 62, type: !301)
!301 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Empty", file: !1, line: 33, elements: !302)
!302 = !{}
!303 = !DILocalVariable(name: "ld", scope: !290, file: !1, line: 64, type: !304)
!304 = !DIBasicType(name: "long double", size: 128, encoding: DW_ATE_float)
!305 = !DILocalVariable(name: "str", scope: !290, file: !1, line: 65, type: !306)
!306 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !15, size: 64)
!307 = distinct !DIAssignID()
!308 = !DILocation(line: 0, scope: !290)
!309 = distinct !DIAssignID()
!310 = distinct !DIAssignID()
!311 = !DILocation(line: 66, column: 26, scope: !290)
!312 = !DILocation(line: 66, column: 20, scope: !290)
!313 = !DILocation(line: 66, column: 18, scope: !290)
!314 = !DILocation(line: 66, column: 33, scope: !290)
!315 = !DILocation(line: 66, column: 31, scope: !290)
!316 = !DILocation(line: 66, column: 44, scope: !290)
!317 = !DILocation(line: 66, column: 3, scope: !290)
