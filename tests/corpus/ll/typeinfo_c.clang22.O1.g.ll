; ModuleID = 'src/typeinfo_c.c'
source_filename = "src/typeinfo_c.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Mixed = type { i64, double, float, i32 }

@__const.use_locals.arr = private unnamed_addr constant [4 x double] [double 1.000000e+00, double 2.000000e+00, double 3.000000e+00, double 4.000000e+00], align 16

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local double @use_mixed(ptr noundef readonly captures(none) %0) local_unnamed_addr #0 !dbg !30 {
    #dbg_value(ptr %0, !44, !DIExpression(), !45)
  %2 = load i64, ptr %0, align 8, !dbg !46, !tbaa !47
  %3 = sitofp i64 %2 to double, !dbg !52
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 8, !dbg !53
  %5 = load double, ptr %4, align 8, !dbg !53, !tbaa !54
  %6 = getelementptr inbounds nuw i8, ptr %0, i64 16, !dbg !55
  %7 = load float, ptr %6, align 8, !dbg !55, !tbaa !56
  %8 = fpext float %7 to double, !dbg !57
  %9 = tail call double @llvm.fmuladd.f64(double %5, double %8, double %3), !dbg !58
  %10 = getelementptr inbounds nuw i8, ptr %0, i64 20, !dbg !59
  %11 = load i32, ptr %10, align 4, !dbg !59, !tbaa !60
  %12 = sitofp i32 %11 to double, !dbg !61
  %13 = fadd double %9, %12, !dbg !62
  ret double %13, !dbg !63
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local double @use_padded(ptr noundef readonly captures(none) %0) local_unnamed_addr #0 !dbg !64 {
    #dbg_value(ptr %0, !75, !DIExpression(), !76)
  %2 = load i8, ptr %0, align 8, !dbg !77, !tbaa !78
  %3 = sitofp i8 %2 to double, !dbg !81
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 8, !dbg !82
  %5 = load double, ptr %4, align 8, !dbg !82, !tbaa !83
  %6 = fadd double %5, %3, !dbg !84
  %7 = getelementptr inbounds nuw i8, ptr %0, i64 16, !dbg !85
  %8 = load i16, ptr %7, align 8, !dbg !85, !tbaa !86
  %9 = sitofp i16 %8 to double, !dbg !87
  %10 = fadd double %6, %9, !dbg !88
  ret double %10, !dbg !89
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local double @use_outer(ptr noundef readonly captures(none) %0) local_unnamed_addr #0 !dbg !90 {
    #dbg_value(ptr %0, !105, !DIExpression(), !106)
  %2 = load i32, ptr %0, align 8, !dbg !107, !tbaa !108
  %3 = sitofp i32 %2 to float, !dbg !111
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 4, !dbg !112
  %5 = load float, ptr %4, align 4, !dbg !113, !tbaa !114
  %6 = getelementptr inbounds nuw i8, ptr %0, i64 8, !dbg !115
  %7 = load float, ptr %6, align 8, !dbg !115, !tbaa !116
  %8 = tail call float @llvm.fmuladd.f32(float %5, float %7, float %3), !dbg !117
  %9 = fpext float %8 to double, !dbg !111
  %10 = getelementptr inbounds nuw i8, ptr %0, i64 24, !dbg !118
  %11 = load double, ptr %10, align 8, !dbg !118, !tbaa !119
  %12 = fadd double %11, %9, !dbg !120
  ret double %12, !dbg !121
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local double @use_union(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1) local_unnamed_addr #0 !dbg !122 {
    #dbg_value(ptr %0, !139, !DIExpression(), !141)
    #dbg_value(ptr %1, !140, !DIExpression(), !141)
  %3 = load double, ptr %0, align 8, !dbg !142, !tbaa !143
  %4 = load double, ptr %1, align 8, !dbg !144, !tbaa !143
  %5 = fadd double %3, %4, !dbg !145
  ret double %5, !dbg !146
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local range(i32 0, 2) i32 @use_enum(i32 noundef %0) local_unnamed_addr #2 !dbg !147 {
    #dbg_value(i32 %0, !151, !DIExpression(), !152)
  %2 = icmp eq i32 %0, 6, !dbg !153
  %3 = zext i1 %2 to i32, !dbg !154
  ret i32 %3, !dbg !155
}

; Function Attrs: nofree norecurse nosync nounwind memory(read, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local double @use_list(ptr noundef readonly captures(address_is_null) %0) local_unnamed_addr #3 !dbg !156 {
    #dbg_value(ptr %0, !165, !DIExpression(), !167)
    #dbg_value(double 0.000000e+00, !166, !DIExpression(), !167)
  %2 = icmp eq ptr %0, null, !dbg !168
  br i1 %2, label %11, label %3, !dbg !170

3:                                                ; preds = %1, %3
  %4 = phi double [ %7, %3 ], [ 0.000000e+00, %1 ]
  %5 = phi ptr [ %9, %3 ], [ %0, %1 ]
    #dbg_value(double %4, !166, !DIExpression(), !167)
    #dbg_value(ptr %5, !165, !DIExpression(), !167)
  %6 = load double, ptr %5, align 8, !dbg !171, !tbaa !173
  %7 = fadd double %4, %6, !dbg !177
    #dbg_value(double %7, !166, !DIExpression(), !167)
  %8 = getelementptr inbounds nuw i8, ptr %5, i64 8, !dbg !178
  %9 = load ptr, ptr %8, align 8, !dbg !179, !tbaa !180
    #dbg_value(ptr %9, !165, !DIExpression(), !167)
  %10 = icmp eq ptr %9, null, !dbg !181
  br i1 %10, label %11, label %3, !dbg !182, !llvm.loop !183

11:                                               ; preds = %3, %1
  %12 = phi double [ 0.000000e+00, %1 ], [ %7, %3 ], !dbg !167
  ret double %12, !dbg !188
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local double @use_grid(ptr noundef readonly captures(none) %0) local_unnamed_addr #0 !dbg !189 {
    #dbg_value(ptr %0, !200, !DIExpression(), !201)
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 40, !dbg !202
  %3 = load double, ptr %2, align 8, !dbg !203, !tbaa !119
  ret double %3, !dbg !204
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local double @use_flex(ptr noundef readonly captures(none) %0) local_unnamed_addr #0 !dbg !205 {
    #dbg_value(ptr %0, !217, !DIExpression(), !218)
  %2 = load i32, ptr %0, align 8, !dbg !219, !tbaa !26
  %3 = icmp eq i32 %2, 0, !dbg !220
  br i1 %3, label %7, label %4, !dbg !221

4:                                                ; preds = %1
  %5 = getelementptr inbounds nuw i8, ptr %0, i64 8, !dbg !222
  %6 = load double, ptr %5, align 8, !dbg !223, !tbaa !119
  br label %7, !dbg !224

7:                                                ; preds = %1, %4
  %8 = phi double [ %6, %4 ], [ 0.000000e+00, %1 ], !dbg !225
  ret double %8, !dbg !226
}

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) uwtable
define dso_local double @use_typedef(ptr noundef readonly captures(none) %0, ptr noundef %1) local_unnamed_addr #4 !dbg !227 {
    #dbg_value(ptr %0, !236, !DIExpression(), !238)
    #dbg_value(ptr %1, !237, !DIExpression(), !238)
  %3 = getelementptr inbounds nuw i8, ptr %0, i64 8, !dbg !239
  %4 = load double, ptr %3, align 8, !dbg !239, !tbaa !54
  %5 = load volatile double, ptr %1, align 8, !dbg !240, !tbaa !119
  %6 = fadd double %4, %5, !dbg !241
  ret double %6, !dbg !242
}

; Function Attrs: nounwind uwtable
define dso_local double @use_fnptr(ptr noundef readonly captures(none) %0, double noundef %1) local_unnamed_addr #5 !dbg !243 {
    #dbg_value(ptr %0, !251, !DIExpression(), !253)
    #dbg_value(double %1, !252, !DIExpression(), !253)
  %3 = tail call double %0(double noundef %1, double noundef %1) #9, !dbg !254
  ret double %3, !dbg !255
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local double @use_array(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #6 !dbg !256 {
    #dbg_value(ptr %0, !261, !DIExpression(), !266)
    #dbg_value(i32 %1, !262, !DIExpression(), !266)
    #dbg_value(double 0.000000e+00, !263, !DIExpression(), !266)
    #dbg_value(i32 0, !264, !DIExpression(), !267)
  %3 = icmp sgt i32 %1, 0, !dbg !268
  br i1 %3, label %4, label %6, !dbg !270

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64, !dbg !271
  br label %8, !dbg !272

6:                                                ; preds = %8, %2
  %7 = phi double [ 0.000000e+00, %2 ], [ %13, %8 ], !dbg !266
  ret double %7, !dbg !273

8:                                                ; preds = %4, %8
  %9 = phi i64 [ 0, %4 ], [ %14, %8 ]
  %10 = phi double [ 0.000000e+00, %4 ], [ %13, %8 ]
    #dbg_value(i64 %9, !264, !DIExpression(), !267)
    #dbg_value(double %10, !263, !DIExpression(), !266)
  %11 = getelementptr inbounds nuw double, ptr %0, i64 %9, !dbg !274
  %12 = load double, ptr %11, align 8, !dbg !274, !tbaa !119
  %13 = fadd double %10, %12, !dbg !275
    #dbg_value(double %13, !263, !DIExpression(), !266)
  %14 = add nuw nsw i64 %9, 1, !dbg !276
    #dbg_value(i64 %14, !264, !DIExpression(), !267)
  %15 = icmp eq i64 %14, %5, !dbg !271
  br i1 %15, label %6, label %8, !dbg !277, !llvm.loop !278
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local double @use_byval(ptr noundef readonly byval(%struct.Mixed) align 8 captures(none) %0, <2 x float> %1, double noundef %2) local_unnamed_addr #7 !dbg !280 {
    #dbg_value(<2 x float> %1, !285, !DIExpression(), !287)
    #dbg_declare(ptr %0, !284, !DIExpression(), !288)
    #dbg_value(double %2, !286, !DIExpression(), !287)
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 8, !dbg !289
  %5 = load double, ptr %4, align 8, !dbg !289, !tbaa !54
  %6 = extractelement <2 x float> %1, i64 0, !dbg !290
  %7 = fpext float %6 to double, !dbg !291
  %8 = fadd double %5, %7, !dbg !292
  %9 = fadd double %2, %8, !dbg !293
  ret double %9, !dbg !294
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef <2 x float> @ret_small(float noundef %0) local_unnamed_addr #8 !dbg !295 {
    #dbg_value(float %0, !299, !DIExpression(), !301)
  %2 = insertelement <2 x float> poison, float %0, i64 0, !dbg !302
    #dbg_value(float %0, !300, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !301)
  %3 = shufflevector <2 x float> %2, <2 x float> poison, <2 x i32> zeroinitializer, !dbg !302
    #dbg_value(float %0, !300, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !301)
  ret <2 x float> %3, !dbg !303
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local double @use_locals(i32 noundef %0) local_unnamed_addr #2 !dbg !304 {
    #dbg_assign(i1 poison, !310, !DIExpression(), !321, ptr @__const.use_locals.arr, !DIExpression(), !322)
    #dbg_assign(i1 poison, !314, !DIExpression(), !323, ptr poison, !DIExpression(), !322)
    #dbg_value(i32 %0, !308, !DIExpression(), !322)
    #dbg_value(i32 %0, !309, !DIExpression(DW_OP_LLVM_convert, 32, DW_ATE_signed, DW_OP_LLVM_convert, 64, DW_ATE_signed, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !322)
    #dbg_value(double 1.500000e+00, !309, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !322)
    #dbg_value(float 2.500000e+00, !309, !DIExpression(DW_OP_LLVM_fragment, 128, 32), !322)
    #dbg_value(i32 %0, !309, !DIExpression(DW_OP_LLVM_fragment, 160, 32), !322)
    #dbg_assign(i1 poison, !310, !DIExpression(), !324, ptr @__const.use_locals.arr, !DIExpression(), !322)
    #dbg_value(x86_fp80 poison, !317, !DIExpression(DW_OP_LLVM_fragment, 0, 80), !322)
    #dbg_value(ptr poison, !319, !DIExpression(), !322)
  %2 = and i32 %0, 3, !dbg !325
  %3 = zext nneg i32 %2 to i64, !dbg !326
  %4 = getelementptr inbounds nuw double, ptr @__const.use_locals.arr, i64 %3, !dbg !326
  %5 = load double, ptr %4, align 8, !dbg !326, !tbaa !119
  %6 = fadd double %5, 1.500000e+00, !dbg !327
  %7 = sitofp i32 %0 to double, !dbg !328
  %8 = fadd double %6, %7, !dbg !329
  %9 = fadd double %8, 1.200000e+02, !dbg !330
  ret double %9, !dbg !331
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree norecurse nosync nounwind memory(read, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree norecurse nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!18, !19, !20, !21, !22, !23, !24}
!llvm.ident = !{!25}
!llvm.errno.tbaa = !{!26}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 22.1.8 (1~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !2, retainedTypes: !9, globals: !11, splitDebugInlining: false, nameTableKind: None)
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
!25 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!26 = !{!27, !27, i64 0}
!27 = !{!"int", !28, i64 0}
!28 = !{!"omnipotent char", !29, i64 0}
!29 = !{!"Simple C/C++ TBAA"}
!30 = distinct !DISubprogram(name: "use_mixed", scope: !1, file: !1, line: 38, type: !31, scopeLine: 38, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !43, keyInstructions: true)
!31 = !DISubroutineType(types: !32)
!32 = !{!10, !33}
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64)
!34 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Mixed", file: !1, line: 6, size: 192, elements: !35)
!35 = !{!36, !38, !39, !41}
!36 = !DIDerivedType(tag: DW_TAG_member, name: "n", scope: !34, file: !1, line: 7, baseType: !37, size: 64)
!37 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !34, file: !1, line: 8, baseType: !10, size: 64, offset: 64)
!39 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !34, file: !1, line: 9, baseType: !40, size: 32, offset: 128)
!40 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!41 = !DIDerivedType(tag: DW_TAG_member, name: "tag", scope: !34, file: !1, line: 10, baseType: !42, size: 32, offset: 160)
!42 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!43 = !{!44}
!44 = !DILocalVariable(name: "m", arg: 1, scope: !30, file: !1, line: 38, type: !33)
!45 = !DILocation(line: 0, scope: !30)
!46 = !DILocation(line: 38, column: 47, scope: !30)
!47 = !{!48, !49, i64 0}
!48 = !{!"Mixed", !49, i64 0, !50, i64 8, !51, i64 16, !27, i64 20}
!49 = !{!"long", !28, i64 0}
!50 = !{!"double", !28, i64 0}
!51 = !{!"float", !28, i64 0}
!52 = !DILocation(line: 38, column: 44, scope: !30)
!53 = !DILocation(line: 38, column: 54, scope: !30)
!54 = !{!48, !50, i64 8}
!55 = !DILocation(line: 38, column: 61, scope: !30)
!56 = !{!48, !51, i64 16}
!57 = !DILocation(line: 38, column: 58, scope: !30)
!58 = !DILocation(line: 38, column: 49, scope: !30)
!59 = !DILocation(line: 38, column: 68, scope: !30)
!60 = !{!48, !27, i64 20}
!61 = !DILocation(line: 38, column: 65, scope: !30)
!62 = !DILocation(line: 38, column: 63, scope: !30, atomGroup: 1, atomRank: 2)
!63 = !DILocation(line: 38, column: 37, scope: !30, atomGroup: 1, atomRank: 1)
!64 = distinct !DISubprogram(name: "use_padded", scope: !1, file: !1, line: 39, type: !65, scopeLine: 39, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !74, keyInstructions: true)
!65 = !DISubroutineType(types: !66)
!66 = !{!10, !67}
!67 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !68, size: 64)
!68 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Padded", file: !1, line: 13, size: 192, elements: !69)
!69 = !{!70, !71, !72}
!70 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !68, file: !1, line: 14, baseType: !15, size: 8)
!71 = !DIDerivedType(tag: DW_TAG_member, name: "d", scope: !68, file: !1, line: 15, baseType: !10, size: 64, offset: 64)
!72 = !DIDerivedType(tag: DW_TAG_member, name: "s", scope: !68, file: !1, line: 16, baseType: !73, size: 16, offset: 128)
!73 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!74 = !{!75}
!75 = !DILocalVariable(name: "p", arg: 1, scope: !64, file: !1, line: 39, type: !67)
!76 = !DILocation(line: 0, scope: !64)
!77 = !DILocation(line: 39, column: 49, scope: !64)
!78 = !{!79, !28, i64 0}
!79 = !{!"Padded", !28, i64 0, !50, i64 8, !80, i64 16}
!80 = !{!"short", !28, i64 0}
!81 = !DILocation(line: 39, column: 46, scope: !64)
!82 = !DILocation(line: 39, column: 56, scope: !64)
!83 = !{!79, !50, i64 8}
!84 = !DILocation(line: 39, column: 51, scope: !64)
!85 = !DILocation(line: 39, column: 63, scope: !64)
!86 = !{!79, !80, i64 16}
!87 = !DILocation(line: 39, column: 60, scope: !64)
!88 = !DILocation(line: 39, column: 58, scope: !64, atomGroup: 1, atomRank: 2)
!89 = !DILocation(line: 39, column: 39, scope: !64, atomGroup: 1, atomRank: 1)
!90 = distinct !DISubprogram(name: "use_outer", scope: !1, file: !1, line: 40, type: !91, scopeLine: 40, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !104, keyInstructions: true)
!91 = !DISubroutineType(types: !92)
!92 = !{!10, !93}
!93 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !94, size: 64)
!94 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Outer", file: !1, line: 20, size: 256, elements: !95)
!95 = !{!96, !97, !102}
!96 = !DIDerivedType(tag: DW_TAG_member, name: "id", scope: !94, file: !1, line: 20, baseType: !42, size: 32)
!97 = !DIDerivedType(tag: DW_TAG_member, name: "in", scope: !94, file: !1, line: 20, baseType: !98, size: 64, offset: 32)
!98 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Inner", file: !1, line: 19, size: 64, elements: !99)
!99 = !{!100, !101}
!100 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !98, file: !1, line: 19, baseType: !40, size: 32)
!101 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !98, file: !1, line: 19, baseType: !40, size: 32, offset: 32)
!102 = !DIDerivedType(tag: DW_TAG_member, name: "w", scope: !94, file: !1, line: 20, baseType: !103, size: 128, offset: 128)
!103 = !DICompositeType(tag: DW_TAG_array_type, baseType: !10, size: 128, elements: !16)
!104 = !{!105}
!105 = !DILocalVariable(name: "o", arg: 1, scope: !90, file: !1, line: 40, type: !93)
!106 = !DILocation(line: 0, scope: !90)
!107 = !DILocation(line: 40, column: 47, scope: !90)
!108 = !{!109, !27, i64 0}
!109 = !{!"Outer", !27, i64 0, !110, i64 4, !28, i64 16}
!110 = !{!"Inner", !51, i64 0, !51, i64 4}
!111 = !DILocation(line: 40, column: 44, scope: !90)
!112 = !DILocation(line: 40, column: 55, scope: !90)
!113 = !DILocation(line: 40, column: 58, scope: !90)
!114 = !{!109, !51, i64 4}
!115 = !DILocation(line: 40, column: 68, scope: !90)
!116 = !{!109, !51, i64 8}
!117 = !DILocation(line: 40, column: 50, scope: !90)
!118 = !DILocation(line: 40, column: 72, scope: !90)
!119 = !{!50, !50, i64 0}
!120 = !DILocation(line: 40, column: 70, scope: !90, atomGroup: 1, atomRank: 2)
!121 = !DILocation(line: 40, column: 37, scope: !90, atomGroup: 1, atomRank: 1)
!122 = distinct !DISubprogram(name: "use_union", scope: !1, file: !1, line: 41, type: !123, scopeLine: 41, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !138, keyInstructions: true)
!123 = !DISubroutineType(types: !124)
!124 = !{!10, !125, !130}
!125 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !126, size: 64)
!126 = distinct !DICompositeType(tag: DW_TAG_union_type, name: "Num", file: !1, line: 22, size: 64, elements: !127)
!127 = !{!128, !129}
!128 = !DIDerivedType(tag: DW_TAG_member, name: "i", scope: !126, file: !1, line: 22, baseType: !37, size: 64)
!129 = !DIDerivedType(tag: DW_TAG_member, name: "d", scope: !126, file: !1, line: 22, baseType: !10, size: 64)
!130 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !131, size: 64)
!131 = distinct !DICompositeType(tag: DW_TAG_union_type, name: "Same", file: !1, line: 23, size: 64, elements: !132)
!132 = !{!133, !134}
!133 = !DIDerivedType(tag: DW_TAG_member, name: "d", scope: !131, file: !1, line: 23, baseType: !10, size: 64)
!134 = !DIDerivedType(tag: DW_TAG_member, name: "e", scope: !131, file: !1, line: 23, baseType: !135, size: 64)
!135 = !DICompositeType(tag: DW_TAG_array_type, baseType: !10, size: 64, elements: !136)
!136 = !{!137}
!137 = !DISubrange(count: 1)
!138 = !{!139, !140}
!139 = !DILocalVariable(name: "u", arg: 1, scope: !122, file: !1, line: 41, type: !125)
!140 = !DILocalVariable(name: "s", arg: 2, scope: !122, file: !1, line: 41, type: !130)
!141 = !DILocation(line: 0, scope: !122)
!142 = !DILocation(line: 41, column: 59, scope: !122)
!143 = !{!28, !28, i64 0}
!144 = !DILocation(line: 41, column: 66, scope: !122)
!145 = !DILocation(line: 41, column: 61, scope: !122, atomGroup: 1, atomRank: 2)
!146 = !DILocation(line: 41, column: 49, scope: !122, atomGroup: 1, atomRank: 1)
!147 = distinct !DISubprogram(name: "use_enum", scope: !1, file: !1, line: 42, type: !148, scopeLine: 42, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !150, keyInstructions: true)
!148 = !DISubroutineType(types: !149)
!149 = !{!42, !3}
!150 = !{!151}
!151 = !DILocalVariable(name: "c", arg: 1, scope: !147, file: !1, line: 42, type: !3)
!152 = !DILocation(line: 0, scope: !147)
!153 = !DILocation(line: 42, column: 39, scope: !147, atomGroup: 1, atomRank: 3)
!154 = !DILocation(line: 42, column: 39, scope: !147, atomGroup: 1, atomRank: 2)
!155 = !DILocation(line: 42, column: 30, scope: !147, atomGroup: 1, atomRank: 1)
!156 = distinct !DISubprogram(name: "use_list", scope: !1, file: !1, line: 43, type: !157, scopeLine: 43, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !164, keyInstructions: true)
!157 = !DISubroutineType(types: !158)
!158 = !{!10, !159}
!159 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !160, size: 64)
!160 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Node", file: !1, line: 27, size: 128, elements: !161)
!161 = !{!162, !163}
!162 = !DIDerivedType(tag: DW_TAG_member, name: "val", scope: !160, file: !1, line: 27, baseType: !10, size: 64)
!163 = !DIDerivedType(tag: DW_TAG_member, name: "next", scope: !160, file: !1, line: 27, baseType: !159, size: 64, offset: 64)
!164 = !{!165, !166}
!165 = !DILocalVariable(name: "n", arg: 1, scope: !156, file: !1, line: 43, type: !159)
!166 = !DILocalVariable(name: "s", scope: !156, file: !1, line: 44, type: !10)
!167 = !DILocation(line: 0, scope: !156)
!168 = !DILocation(line: 45, column: 3, scope: !169, atomGroup: 10, atomRank: 1)
!169 = distinct !DILexicalBlock(scope: !156, file: !1, line: 45, column: 3)
!170 = !DILocation(line: 45, column: 3, scope: !169, atomGroup: 11, atomRank: 1)
!171 = !DILocation(line: 45, column: 34, scope: !172)
!172 = distinct !DILexicalBlock(scope: !169, file: !1, line: 45, column: 3)
!173 = !{!174, !50, i64 0}
!174 = !{!"Node", !50, i64 0, !175, i64 8}
!175 = !{!"p1 _ZTS4Node", !176, i64 0}
!176 = !{!"any pointer", !28, i64 0}
!177 = !DILocation(line: 45, column: 28, scope: !172, atomGroup: 4, atomRank: 2)
!178 = !DILocation(line: 45, column: 20, scope: !172)
!179 = !DILocation(line: 45, column: 20, scope: !172, atomGroup: 5, atomRank: 2)
!180 = !{!174, !175, i64 8}
!181 = !DILocation(line: 45, column: 3, scope: !169, atomGroup: 2, atomRank: 1)
!182 = !DILocation(line: 45, column: 3, scope: !169, atomGroup: 3, atomRank: 1)
!183 = distinct !{!183, !184, !185, !186, !187}
!184 = !DILocation(line: 45, column: 3, scope: !169)
!185 = !DILocation(line: 45, column: 34, scope: !169)
!186 = !{!"llvm.loop.mustprogress"}
!187 = !{!"llvm.loop.unroll.disable"}
!188 = !DILocation(line: 46, column: 3, scope: !156, atomGroup: 8, atomRank: 1)
!189 = distinct !DISubprogram(name: "use_grid", scope: !1, file: !1, line: 48, type: !190, scopeLine: 48, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !199, keyInstructions: true)
!190 = !DISubroutineType(types: !191)
!191 = !{!10, !192}
!192 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !193, size: 64)
!193 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Grid", file: !1, line: 29, size: 384, elements: !194)
!194 = !{!195}
!195 = !DIDerivedType(tag: DW_TAG_member, name: "m", scope: !193, file: !1, line: 29, baseType: !196, size: 384)
!196 = !DICompositeType(tag: DW_TAG_array_type, baseType: !10, size: 384, elements: !197)
!197 = !{!17, !198}
!198 = !DISubrange(count: 3)
!199 = !{!200}
!200 = !DILocalVariable(name: "g", arg: 1, scope: !189, file: !1, line: 48, type: !192)
!201 = !DILocation(line: 0, scope: !189)
!202 = !DILocation(line: 48, column: 42, scope: !189)
!203 = !DILocation(line: 48, column: 42, scope: !189, atomGroup: 1, atomRank: 2)
!204 = !DILocation(line: 48, column: 35, scope: !189, atomGroup: 1, atomRank: 1)
!205 = distinct !DISubprogram(name: "use_flex", scope: !1, file: !1, line: 49, type: !206, scopeLine: 49, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !216, keyInstructions: true)
!206 = !DISubroutineType(types: !207)
!207 = !{!10, !208}
!208 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !209, size: 64)
!209 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Flex", file: !1, line: 31, size: 64, elements: !210)
!210 = !{!211, !212}
!211 = !DIDerivedType(tag: DW_TAG_member, name: "n", scope: !209, file: !1, line: 31, baseType: !42, size: 32)
!212 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !209, file: !1, line: 31, baseType: !213, offset: 64)
!213 = !DICompositeType(tag: DW_TAG_array_type, baseType: !10, elements: !214)
!214 = !{!215}
!215 = !DISubrange(count: -1)
!216 = !{!217}
!217 = !DILocalVariable(name: "f", arg: 1, scope: !205, file: !1, line: 49, type: !208)
!218 = !DILocation(line: 0, scope: !205)
!219 = !DILocation(line: 49, column: 45, scope: !205)
!220 = !DILocation(line: 49, column: 42, scope: !205, atomGroup: 2, atomRank: 2)
!221 = !DILocation(line: 49, column: 42, scope: !205, atomGroup: 2, atomRank: 1)
!222 = !DILocation(line: 49, column: 52, scope: !205)
!223 = !DILocation(line: 49, column: 49, scope: !205)
!224 = !DILocation(line: 49, column: 42, scope: !205)
!225 = !DILocation(line: 49, column: 42, scope: !205, atomGroup: 1, atomRank: 2)
!226 = !DILocation(line: 49, column: 35, scope: !205, atomGroup: 1, atomRank: 1)
!227 = distinct !DISubprogram(name: "use_typedef", scope: !1, file: !1, line: 50, type: !228, scopeLine: 50, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !235, keyInstructions: true)
!228 = !DISubroutineType(types: !229)
!229 = !{!10, !230, !233}
!230 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !231, size: 64)
!231 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !232)
!232 = !DIDerivedType(tag: DW_TAG_typedef, name: "mixed_t", file: !1, line: 35, baseType: !34)
!233 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !234, size: 64)
!234 = !DIDerivedType(tag: DW_TAG_volatile_type, baseType: !10)
!235 = !{!236, !237}
!236 = !DILocalVariable(name: "m", arg: 1, scope: !227, file: !1, line: 50, type: !230)
!237 = !DILocalVariable(name: "v", arg: 2, scope: !227, file: !1, line: 50, type: !233)
!238 = !DILocation(line: 0, scope: !227)
!239 = !DILocation(line: 50, column: 70, scope: !227)
!240 = !DILocation(line: 50, column: 74, scope: !227)
!241 = !DILocation(line: 50, column: 72, scope: !227, atomGroup: 1, atomRank: 2)
!242 = !DILocation(line: 50, column: 60, scope: !227, atomGroup: 1, atomRank: 1)
!243 = distinct !DISubprogram(name: "use_fnptr", scope: !1, file: !1, line: 51, type: !244, scopeLine: 51, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !250, keyInstructions: true)
!244 = !DISubroutineType(types: !245)
!245 = !{!10, !246, !10}
!246 = !DIDerivedType(tag: DW_TAG_typedef, name: "binop_t", file: !1, line: 36, baseType: !247)
!247 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !248, size: 64)
!248 = !DISubroutineType(types: !249)
!249 = !{!10, !10, !10}
!250 = !{!251, !252}
!251 = !DILocalVariable(name: "op", arg: 1, scope: !243, file: !1, line: 51, type: !246)
!252 = !DILocalVariable(name: "a", arg: 2, scope: !243, file: !1, line: 51, type: !10)
!253 = !DILocation(line: 0, scope: !243)
!254 = !DILocation(line: 51, column: 49, scope: !243, atomGroup: 1, atomRank: 2)
!255 = !DILocation(line: 51, column: 42, scope: !243, atomGroup: 1, atomRank: 1)
!256 = distinct !DISubprogram(name: "use_array", scope: !1, file: !1, line: 52, type: !257, scopeLine: 52, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !260, keyInstructions: true)
!257 = !DISubroutineType(types: !258)
!258 = !{!10, !259, !42}
!259 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !10, size: 64)
!260 = !{!261, !262, !263, !264}
!261 = !DILocalVariable(name: "xs", arg: 1, scope: !256, file: !1, line: 52, type: !259)
!262 = !DILocalVariable(name: "n", arg: 2, scope: !256, file: !1, line: 52, type: !42)
!263 = !DILocalVariable(name: "s", scope: !256, file: !1, line: 53, type: !10)
!264 = !DILocalVariable(name: "i", scope: !265, file: !1, line: 54, type: !42)
!265 = distinct !DILexicalBlock(scope: !256, file: !1, line: 54, column: 3)
!266 = !DILocation(line: 0, scope: !256)
!267 = !DILocation(line: 0, scope: !265)
!268 = !DILocation(line: 54, column: 21, scope: !269, atomGroup: 12, atomRank: 1)
!269 = distinct !DILexicalBlock(scope: !265, file: !1, line: 54, column: 3)
!270 = !DILocation(line: 54, column: 3, scope: !265, atomGroup: 13, atomRank: 1)
!271 = !DILocation(line: 54, column: 21, scope: !269, atomGroup: 3, atomRank: 1)
!272 = !DILocation(line: 54, column: 3, scope: !265)
!273 = !DILocation(line: 55, column: 3, scope: !256, atomGroup: 9, atomRank: 1)
!274 = !DILocation(line: 54, column: 36, scope: !269)
!275 = !DILocation(line: 54, column: 33, scope: !269, atomGroup: 5, atomRank: 2)
!276 = !DILocation(line: 54, column: 27, scope: !269, atomGroup: 6, atomRank: 2)
!277 = !DILocation(line: 54, column: 3, scope: !265, atomGroup: 4, atomRank: 1)
!278 = distinct !{!278, !272, !279, !186, !187}
!279 = !DILocation(line: 54, column: 40, scope: !265)
!280 = distinct !DISubprogram(name: "use_byval", scope: !1, file: !1, line: 57, type: !281, scopeLine: 57, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !283, keyInstructions: true)
!281 = !DISubroutineType(types: !282)
!282 = !{!10, !34, !98, !10}
!283 = !{!284, !285, !286}
!284 = !DILocalVariable(name: "m", arg: 1, scope: !280, file: !1, line: 57, type: !34)
!285 = !DILocalVariable(name: "in", arg: 2, scope: !280, file: !1, line: 57, type: !98)
!286 = !DILocalVariable(name: "z", arg: 3, scope: !280, file: !1, line: 57, type: !10)
!287 = !DILocation(line: 0, scope: !280)
!288 = !DILocation(line: 57, column: 31, scope: !280)
!289 = !DILocation(line: 57, column: 72, scope: !280)
!290 = !DILocation(line: 57, column: 79, scope: !280)
!291 = !DILocation(line: 57, column: 76, scope: !280)
!292 = !DILocation(line: 57, column: 74, scope: !280)
!293 = !DILocation(line: 57, column: 81, scope: !280, atomGroup: 1, atomRank: 2)
!294 = !DILocation(line: 57, column: 63, scope: !280, atomGroup: 1, atomRank: 1)
!295 = distinct !DISubprogram(name: "ret_small", scope: !1, file: !1, line: 58, type: !296, scopeLine: 58, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !298, keyInstructions: true)
!296 = !DISubroutineType(types: !297)
!297 = !{!98, !40}
!298 = !{!299, !300}
!299 = !DILocalVariable(name: "a", arg: 1, scope: !295, file: !1, line: 58, type: !40)
!300 = !DILocalVariable(name: "r", scope: !295, file: !1, line: 58, type: !98)
!301 = !DILocation(line: 0, scope: !295)
!302 = !DILocation(line: 58, column: 52, scope: !295, atomGroup: 1, atomRank: 1)
!303 = !DILocation(line: 58, column: 60, scope: !295, atomGroup: 2, atomRank: 1)
!304 = distinct !DISubprogram(name: "use_locals", scope: !1, file: !1, line: 59, type: !305, scopeLine: 59, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !307, keyInstructions: true)
!305 = !DISubroutineType(types: !306)
!306 = !{!10, !42}
!307 = !{!308, !309, !310, !314, !317, !319}
!308 = !DILocalVariable(name: "k", arg: 1, scope: !304, file: !1, line: 59, type: !42)
!309 = !DILocalVariable(name: "local", scope: !304, file: !1, line: 60, type: !34)
!310 = !DILocalVariable(name: "arr", scope: !304, file: !1, line: 61, type: !311)
!311 = !DICompositeType(tag: DW_TAG_array_type, baseType: !10, size: 256, elements: !312)
!312 = !{!313}
!313 = !DISubrange(count: 4)
!314 = !DILocalVariable(name: "e", scope: !304, file: !1, line: 62, type: !315)
!315 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Empty", file: !1, line: 33, elements: !316)
!316 = !{}
!317 = !DILocalVariable(name: "ld", scope: !304, file: !1, line: 64, type: !318)
!318 = !DIBasicType(name: "long double", size: 128, encoding: DW_ATE_float)
!319 = !DILocalVariable(name: "str", scope: !304, file: !1, line: 65, type: !320)
!320 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !15, size: 64)
!321 = distinct !DIAssignID()
!322 = !DILocation(line: 0, scope: !304)
!323 = distinct !DIAssignID()
!324 = distinct !DIAssignID()
!325 = !DILocation(line: 66, column: 26, scope: !304)
!326 = !DILocation(line: 66, column: 20, scope: !304)
!327 = !DILocation(line: 66, column: 18, scope: !304)
!328 = !DILocation(line: 66, column: 33, scope: !304)
!329 = !DILocation(line: 66, column: 31, scope: !304)
!330 = !DILocation(line: 66, column: 44, scope: !304, atomGroup: 6, atomRank: 2)
!331 = !DILocation(line: 66, column: 3, scope: !304, atomGroup: 6, atomRank: 1)
