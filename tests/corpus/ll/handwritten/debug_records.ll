; debug_records.ll - hand-written: debug info as LLVM 19+ debug records.
; Covers #dbg_value (incl. !DIArgList, poison, fragments, empty !{} location),
; #dbg_declare, #dbg_assign (with DIAssignID attachments on alloca/store),
; #dbg_label, records before a terminator and after a phi, plus the same DI
; node zoo as debug_intrinsics.ll (this file is that file in record form).
; Check with:
;   llvm-as-22 tests/corpus/ll/handwritten/debug_records.ll -o /dev/null && llvm-as-19 tests/corpus/ll/handwritten/debug_records.ll -o /dev/null
;   python3 -c "import llvmlite.binding as b,sys; b.parse_assembly(open(sys.argv[1]).read()).verify()" tests/corpus/ll/handwritten/debug_records.ll
source_filename = "debug_records.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@gv = dso_local global i32 7, align 4, !dbg !100
@gv2 = dso_local global [4 x i8] zeroinitializer, align 1, !dbg !102, !dbg !104
@common_ = common global [2 x i32] zeroinitializer, align 4, !dbg !160


define dso_local i32 @compute(i32 noundef %x, i32 noundef %y) !dbg !20 {
entry:
  %x.addr = alloca i32, align 4, !DIAssignID !60
    #dbg_assign(i1 undef, !30, !DIExpression(), !60, ptr %x.addr, !DIExpression(), !40)
  store i32 %x, ptr %x.addr, align 4, !DIAssignID !61
    #dbg_assign(i32 %x, !30, !DIExpression(), !61, ptr %x.addr, !DIExpression(), !40)
  %arr = alloca [4 x i32], align 16
    #dbg_declare(ptr %arr, !33, !DIExpression(), !41)
    #dbg_value(i32 %y, !31, !DIExpression(), !40)
  %sum = add nsw i32 %x, %y, !dbg !42
    #dbg_value(!DIArgList(i32 %x, i32 %y), !32, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_plus, DW_OP_stack_value), !42)
    #dbg_value(i32 %sum, !32, !DIExpression(DW_OP_plus_uconst, 4, DW_OP_constu, 2, DW_OP_mul, DW_OP_stack_value), !42)
    #dbg_value(i64 0, !34, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !42)
    #dbg_value(i32 poison, !34, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !42)
    #dbg_value(ptr %arr, !35, !DIExpression(DW_OP_deref, DW_OP_LLVM_convert, 32, DW_ATE_signed, DW_OP_LLVM_convert, 64, DW_ATE_signed, DW_OP_stack_value), !42)
    #dbg_value(!{}, !31, !DIExpression(), !42)
    #dbg_declare(ptr %arr, !36, !DIExpression(DW_OP_plus_uconst, 8), !43)
  br label %block, !dbg !42

block:
    #dbg_label(!50, !44)
  %v = load i32, ptr @gv, align 4, !dbg !44
  %r = add nsw i32 %sum, %v, !dbg !45
    #dbg_value(i32 %r, !32, !DIExpression(), !42)
  br label %tail, !dbg !46

tail:
  %p = phi i32 [ %r, %block ], !dbg !46
    #dbg_value(i32 %p, !32, !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_stack_value), !42)
    #dbg_value(i32 undef, !31, !DIExpression(), !42)
  ret i32 %p, !dbg !46
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!8, !9, !10, !11}
!llvm.ident = !{!12}

!0 = distinct !DICompileUnit(language: DW_LANG_C_plus_plus_14, file: !1, producer: "hand-written", isOptimized: true, flags: "-O2 -g", runtimeVersion: 0, splitDebugFilename: "debug.dwo", emissionKind: FullDebug, enums: !2, retainedTypes: !3, globals: !4, imports: !5, macros: !6, splitDebugInlining: false, debugInfoForProfiling: true, nameTableKind: GNU, rangesBaseAddress: true, sysroot: "/", sdk: "MacOSX.sdk")
!1 = !DIFile(filename: "debug.cpp", directory: "/tmp/dbg", checksumkind: CSK_MD5, checksum: "0123456789abcdef0123456789abcdef")
!2 = !{!80, !85}
!3 = !{!70, !90, !150, !170}
!4 = !{!100, !102, !104}
!5 = !{!130, !131, !132, !133}
!6 = !{!140, !141}
!7 = !DIFile(filename: "other.h", directory: "/tmp/dbg", checksumkind: CSK_SHA1, checksum: "0123456789abcdef0123456789abcdef01234567", source: "int x;\0A")
!8 = !{i32 7, !"Dwarf Version", i32 5}
!9 = !{i32 2, !"Debug Info Version", i32 3}
!10 = !{i32 1, !"wchar_size", i32 4}
!11 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!12 = !{!"hand-written debug fixture"}

; basic types
!13 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!14 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!15 = !DIBasicType(name: "double", size: 64, align: 64, encoding: DW_ATE_float)
!16 = !DIBasicType(tag: DW_TAG_unspecified_type, name: "decltype(nullptr)")
!17 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean, flags: DIFlagBigEndian)
!18 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)

; subprogram and its type
!20 = distinct !DISubprogram(name: "compute", linkageName: "_Z7computeii", scope: !1, file: !1, line: 10, type: !21, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, templateParams: !24, retainedNodes: !29, thrownTypes: !23, annotations: !27)
!21 = !DISubroutineType(types: !22)
!22 = !{!13, !13, !13}
!23 = !{!70}
!24 = !{!25, !26, !28}
!25 = !DITemplateTypeParameter(name: "T", type: !13)
!26 = !DITemplateValueParameter(name: "N", type: !13, value: i32 3)
!27 = !{!{!"btf_decl_tag", !"tag1"}}
!28 = !DITemplateValueParameter(tag: DW_TAG_GNU_template_parameter_pack, name: "Ts", value: !{!25})
!29 = !{!30, !31, !32, !50}

; local variables
!30 = !DILocalVariable(name: "x", arg: 1, scope: !20, file: !1, line: 10, type: !13)
!31 = !DILocalVariable(name: "y", arg: 2, scope: !20, file: !1, line: 10, type: !13, flags: DIFlagArtificial | DIFlagObjectPointer)
!32 = !DILocalVariable(name: "sum", scope: !37, file: !1, line: 12, type: !13, align: 32)
!33 = !DILocalVariable(name: "arr", scope: !20, file: !1, line: 13, type: !74)
!34 = !DILocalVariable(name: "pair", scope: !20, file: !1, line: 14, type: !18)
!35 = !DILocalVariable(name: "conv", scope: !38, file: !7, line: 3, type: !18)
!36 = !DILocalVariable(name: "s", scope: !20, file: !1, line: 15, type: !70, annotations: !27)
!37 = distinct !DILexicalBlock(scope: !20, file: !1, line: 11, column: 3)
!38 = !DILexicalBlockFile(scope: !37, file: !7, discriminator: 2)
!39 = distinct !DISubprogram(name: "inlined", scope: !1, file: !1, line: 5, type: !21, scopeLine: 5, spFlags: DISPFlagDefinition | DISPFlagLocalToUnit, unit: !0)

; locations
!40 = !DILocation(line: 10, column: 17, scope: !20)
!41 = !DILocation(line: 13, scope: !20)
!42 = !DILocation(line: 12, column: 5, scope: !37)
!43 = !DILocation(line: 15, column: 1, scope: !20, isImplicitCode: true)
!44 = !DILocation(line: 3, column: 2, scope: !38)
!45 = distinct !DILocation(line: 6, column: 3, scope: !39, inlinedAt: !47)
!46 = !DILocation(line: 16, column: 3, scope: !20)
!47 = distinct !DILocation(line: 16, column: 10, scope: !20)
!50 = !DILabel(scope: !20, name: "block", file: !1, line: 17)

!60 = distinct !DIAssignID()
!61 = distinct !DIAssignID()

; composite types
!70 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "S", file: !1, line: 1, size: 128, flags: DIFlagTypePassByValue, elements: !71, identifier: "_ZTS1S")
!71 = !{!72, !73, !75, !76, !77, !78}
!72 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !70, file: !1, line: 2, baseType: !13, size: 32)
!73 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !70, file: !1, line: 3, baseType: !15, size: 64, offset: 64, flags: DIFlagPublic)
!74 = !DICompositeType(tag: DW_TAG_array_type, baseType: !13, size: 128, elements: !79)
!75 = !DIDerivedType(tag: DW_TAG_member, name: "bits", scope: !70, file: !1, line: 4, baseType: !13, size: 3, offset: 96, flags: DIFlagBitField, extraData: i64 96)
!76 = !DIDerivedType(tag: DW_TAG_variable, name: "count", scope: !70, file: !1, line: 5, baseType: !13, flags: DIFlagStaticMember, extraData: i32 42)
!77 = !DISubprogram(name: "method", linkageName: "_ZN1S6methodEv", scope: !70, file: !1, line: 6, type: !21, scopeLine: 6, containingType: !70, virtualIndex: 0, flags: DIFlagPrototyped, spFlags: DISPFlagVirtual)
!78 = !DIDerivedType(tag: DW_TAG_friend, scope: !70, baseType: !90)
!79 = !{!110, !111}
!80 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "Color", file: !1, line: 20, baseType: !13, size: 32, elements: !81, identifier: "_ZTS5Color")
!81 = !{!82, !83, !84}
!82 = !DIEnumerator(name: "Red", value: 0)
!83 = !DIEnumerator(name: "Neg", value: -1)
!84 = !DIEnumerator(name: "Big", value: 18446744073709551615, isUnsigned: true)
!85 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "Wide", file: !1, line: 21, baseType: !18, size: 128, flags: DIFlagEnumClass, elements: !86)
!86 = !{!87}
!87 = !DIEnumerator(name: "Huge", value: 170141183460469231731687303715884105727)
!88 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !70, size: 64, dwarfAddressSpace: 1)
!89 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !13, size: 64)
!90 = distinct !DICompositeType(tag: DW_TAG_class_type, name: "Derived", file: !1, line: 30, size: 192, elements: !91, vtableHolder: !90, templateParams: !24, identifier: "_ZTS7Derived")
!91 = !{!92, !93, !94, !95, !96, !97, !98}
!92 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !90, baseType: !70, flags: DIFlagPublic, extraData: i32 0)
!93 = !DIDerivedType(tag: DW_TAG_member, name: "_vptr$Derived", scope: !1, file: !1, baseType: !88, size: 64, flags: DIFlagArtificial)
!94 = !DIDerivedType(tag: DW_TAG_member, name: "cref", scope: !90, file: !1, line: 31, baseType: !99, size: 64, offset: 128)
!95 = !DIDerivedType(tag: DW_TAG_member, name: "vol", scope: !90, file: !1, line: 32, baseType: !115, size: 32, offset: 160, flags: DIFlagPrivate)
!96 = !DIDerivedType(tag: DW_TAG_member, name: "mp", scope: !90, file: !1, line: 33, baseType: !116, size: 64, flags: DIFlagProtected)
!97 = !DIDerivedType(tag: DW_TAG_member, name: "at", scope: !90, file: !1, line: 34, baseType: !117, size: 32)
!98 = !DIDerivedType(tag: DW_TAG_member, name: "u", scope: !90, file: !1, line: 35, baseType: !118, size: 64)
!99 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !89)

; globals
!100 = !DIGlobalVariableExpression(var: !101, expr: !DIExpression())
!101 = distinct !DIGlobalVariable(name: "gv", linkageName: "_Z2gv", scope: !120, file: !1, line: 40, type: !112, isLocal: false, isDefinition: true, templateParams: !24, align: 32, annotations: !27)
!102 = !DIGlobalVariableExpression(var: !103, expr: !DIExpression(DW_OP_plus_uconst, 2))
!103 = distinct !DIGlobalVariable(name: "gv2", scope: !0, file: !1, line: 41, type: !113, isLocal: true, isDefinition: true, declaration: !76)
!104 = !DIGlobalVariableExpression(var: !105, expr: !DIExpression(DW_OP_constu, 42, DW_OP_stack_value))
!105 = distinct !DIGlobalVariable(name: "constant", scope: !0, file: !1, line: 42, type: !13, isLocal: true, isDefinition: true)

; subranges
!110 = !DISubrange(count: 2)
!111 = !DISubrange(count: 2, lowerBound: 1)
!112 = !DIDerivedType(tag: DW_TAG_typedef, name: "myint", file: !1, line: 39, baseType: !13)
!113 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, size: 32, elements: !114)
!114 = !{!119, !121, !122}
!115 = !DIDerivedType(tag: DW_TAG_volatile_type, baseType: !13)
!116 = !DIDerivedType(tag: DW_TAG_ptr_to_member_type, baseType: !13, size: 64, extraData: !90)
!117 = !DIDerivedType(tag: DW_TAG_atomic_type, baseType: !13)
!118 = distinct !DICompositeType(tag: DW_TAG_union_type, name: "U", file: !1, line: 50, size: 64, elements: !123, identifier: "_ZTS1U")
!119 = !DISubrange(lowerBound: 0, upperBound: 3, stride: 1)
!120 = !DINamespace(name: "ns", scope: null, exportSymbols: true)
!121 = !DISubrange(count: !33)
!122 = !DIGenericSubrange(lowerBound: !DIExpression(DW_OP_constu, 0), upperBound: !DIExpression(DW_OP_constu, 3), stride: !DIExpression(DW_OP_constu, 1))
!123 = !{!124, !125}
!124 = !DIDerivedType(tag: DW_TAG_member, name: "i", scope: !118, file: !1, line: 51, baseType: !18, size: 64)
!125 = !DIDerivedType(tag: DW_TAG_member, name: "d", scope: !118, file: !1, line: 52, baseType: !15, size: 64)

; imports, modules, macros
!130 = !DIImportedEntity(tag: DW_TAG_imported_module, scope: !0, entity: !120, file: !1, line: 60)
!131 = !DIImportedEntity(tag: DW_TAG_imported_declaration, name: "alias", scope: !120, entity: !20, file: !1, line: 61)
!132 = !DIImportedEntity(tag: DW_TAG_imported_module, scope: !0, entity: !134, file: !1, line: 62)
!133 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !0, entity: !101, file: !1, line: 63, elements: !135)
!134 = !DIModule(scope: null, name: "Mod", configMacros: "-DNDEBUG", includePath: "/include", apinotes: "Mod.apinotes", file: !7, line: 1, isDecl: false)
!135 = !{}
!140 = !DIMacroFile(file: !1, nodes: !142)
!141 = !DIMacro(type: DW_MACINFO_define, line: 0, name: "CMDLINE", value: "1")
!142 = !{!143, !144, !145}
!143 = !DIMacro(type: DW_MACINFO_define, line: 1, name: "FOO(x)", value: "((x) + 1)")
!144 = !DIMacro(type: DW_MACINFO_undef, line: 2, name: "FOO")
!145 = !DIMacroFile(line: 3, file: !7, nodes: !146)
!146 = !{!147}
!147 = !DIMacro(type: DW_MACINFO_define, line: 1, name: "IN_OTHER")

; variant part (Rust-style enum)
!150 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Option", file: !1, size: 64, align: 32, elements: !151, identifier: "Option")
!151 = !{!152}
!152 = !DICompositeType(tag: DW_TAG_variant_part, scope: !150, file: !1, size: 64, align: 32, elements: !153, templateParams: !135, identifier: "OptionVariants", discriminator: !154)
!153 = !{!155, !156}
!154 = !DIDerivedType(tag: DW_TAG_member, scope: !150, file: !1, baseType: !13, size: 32, align: 32, flags: DIFlagArtificial)
!155 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !152, file: !1, baseType: !157, size: 64, align: 32, extraData: i32 0)
!156 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !152, file: !1, baseType: !158, size: 64, align: 32, extraData: i32 1)
!157 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !150, file: !1, size: 64, align: 32, elements: !135, identifier: "Option::None")
!158 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !150, file: !1, size: 64, align: 32, elements: !159, identifier: "Option::Some")
!159 = !{!DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !158, file: !1, baseType: !13, size: 32, align: 32, offset: 32)}

; Fortran-ish: common block, string type; ObjC property
!160 = !DIGlobalVariableExpression(var: !161, expr: !DIExpression())
!161 = distinct !DIGlobalVariable(name: "cb_var", scope: !162, file: !1, line: 70, type: !13, isLocal: false, isDefinition: true)
!162 = !DICommonBlock(scope: !20, declaration: !161, name: "common_", file: !1, line: 70)
!163 = !DIStringType(name: "character(*)", stringLength: !35, stringLengthExpression: !DIExpression(), size: 32)
!164 = !DIStringType(name: "character(10)", size: 80, align: 8, encoding: DW_ATE_ASCII)
!170 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "ObjCClass", file: !1, line: 80, elements: !171, runtimeLang: DW_LANG_ObjC)
!171 = !{!172, !173}
!172 = !DIObjCProperty(name: "prop", file: !1, line: 81, setter: "setProp:", getter: "prop", attributes: 2316, type: !13)
!173 = !DIDerivedType(tag: DW_TAG_member, name: "_prop", scope: !1, file: !1, line: 81, baseType: !13, size: 32, flags: DIFlagPrivate, extraData: !172)

!llvm.extra = !{!163, !164, !162}
