; metadata.llvm22.ll - hand-written: debug-info metadata accepted by LLVM 22 but NOT by LLVM 19.
; Covers DIFixedPointType (Binary/Decimal/Rational), DISubrangeType, DIBasicType
; num_extra_inhabitants, DICompositeType enumKind and bitStride, DILabel
; column/isArtificial/coroSuspendIdx, DISubprogram keyInstructions with DILocation
; atomGroup/atomRank, DICompileUnit sourceLanguageName/sourceLanguageVersion,
; Fortran-style array dataLocation/associated/allocated, ptrauth DIDerivedType fields.
; Check with:
;   llvm-as-22 tests/corpus/ll/handwritten/metadata.llvm22.ll -o /dev/null        (llvm-as-19 rejects this file)
;   python3 -c "import llvmlite.binding as b,sys; b.parse_assembly(open(sys.argv[1]).read()).verify()" tests/corpus/ll/handwritten/metadata.llvm22.ll
source_filename = "meta22.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@fx = global i32 0, !dbg !30

define i32 @f(i32 %x) !dbg !10 {
entry:
    #dbg_value(i32 %x, !20, !DIExpression(), !15)
  %y = add i32 %x, 1, !dbg !15
    #dbg_label(!21, !16)
  %z = mul i32 %y, 2, !dbg !16
  ret i32 %z, !dbg !17
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}
!retained = !{!40, !41, !42, !43, !44, !45, !46, !47, !48}

!0 = distinct !DICompileUnit(sourceLanguageName: DW_LNAME_C, sourceLanguageVersion: 201112, file: !1, producer: "hand-written", isOptimized: true, emissionKind: FullDebug, globals: !4)
!1 = !DIFile(filename: "meta22.c", directory: "/tmp")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{!30}
!5 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!6 = !DISubroutineType(types: !7)
!7 = !{!5, !5}
!10 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 1, type: !6, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !11, keyInstructions: true)
!11 = !{!20, !21}
!15 = !DILocation(line: 2, column: 3, scope: !10, atomGroup: 1, atomRank: 1)
!16 = !DILocation(line: 3, column: 3, scope: !10, atomGroup: 2, atomRank: 2)
!17 = !DILocation(line: 4, column: 3, scope: !10, atomGroup: 3, atomRank: 1)
!20 = !DILocalVariable(name: "x", arg: 1, scope: !10, file: !1, line: 1, type: !40)
!21 = !DILabel(scope: !10, name: "L", file: !1, line: 3, column: 4, isArtificial: true, coroSuspendIdx: 2)
!30 = !DIGlobalVariableExpression(var: !31, expr: !DIExpression())
!31 = distinct !DIGlobalVariable(name: "fx", scope: !0, file: !1, line: 5, type: !41, isLocal: false, isDefinition: true)

!40 = !DIFixedPointType(name: "fix_bin", size: 32, align: 32, encoding: DW_ATE_signed_fixed, kind: Binary, factor: -4)
!41 = !DIFixedPointType(name: "fix_rat", size: 32, encoding: DW_ATE_unsigned_fixed, kind: Rational, numerator: 1, denominator: 3)
!42 = !DIFixedPointType(name: "fix_dec", size: 32, encoding: DW_ATE_signed_fixed, kind: Decimal, factor: -2)
!43 = !DISubrangeType(name: "small", size: 32, baseType: !5, lowerBound: i64 1, upperBound: i64 10)
!44 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean, num_extra_inhabitants: 254)
!45 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "E", file: !1, baseType: !5, size: 32, elements: !{!DIEnumerator(name: "A", value: 0)}, enumKind: DW_APPLE_ENUM_KIND_Closed)
!46 = !DICompositeType(tag: DW_TAG_array_type, baseType: !5, size: 32, elements: !{!DISubrange(count: 4)}, bitStride: i32 8)
!47 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !5, size: 64, ptrAuthKey: 2, ptrAuthIsAddressDiscriminated: true, ptrAuthExtraDiscriminator: 1234, ptrAuthIsaPointer: false, ptrAuthAuthenticatesNullValues: false)
!48 = !DICompositeType(tag: DW_TAG_array_type, baseType: !5, size: 32, elements: !{!DISubrange(count: 4)}, dataLocation: !DIExpression(DW_OP_push_object_address, DW_OP_deref), associated: !DIExpression(DW_OP_push_object_address, DW_OP_deref, DW_OP_lit0, DW_OP_ne), allocated: !DIExpression(DW_OP_push_object_address, DW_OP_deref, DW_OP_lit0, DW_OP_ne))
