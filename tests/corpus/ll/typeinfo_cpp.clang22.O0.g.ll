; ModuleID = 'src/typeinfo_cpp.cpp'
source_filename = "src/typeinfo_cpp.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Plain = type { double, double }
%struct.WithPlainBase = type { %struct.Plain, i64 }
%struct.Holder = type { %"class.std::vector", double }
%"class.std::vector" = type { %"struct.std::_Vector_base" }
%"struct.std::_Vector_base" = type { %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl" }
%"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl" = type { %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data" }
%"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data" = type { ptr, ptr, ptr }
%"class.__gnu_cxx::__normal_iterator" = type { ptr }

$_ZNKSt6vectorIdSaIdEE5emptyEv = comdat any

$_ZNKSt6vectorIdSaIdEEixEm = comdat any

$_ZN9__gnu_cxxeqIPKdSt6vectorIdSaIdEEEEbRKNS_17__normal_iteratorIT_T0_EESB_ = comdat any

$_ZNKSt6vectorIdSaIdEE5beginEv = comdat any

$_ZNKSt6vectorIdSaIdEE3endEv = comdat any

$_ZNK9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEE4baseEv = comdat any

$_ZN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEC2ERKS2_ = comdat any

@_ZN7Derived5countE = dso_local global i32 0, align 4, !dbg !0

; Function Attrs: mustprogress noinline optnone uwtable
define dso_local noundef double @_Z11use_derivedP7Derived(ptr noundef %0) #0 !dbg !602 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !606, !DIExpression(), !607)
  %3 = load ptr, ptr %2, align 8, !dbg !608
  %4 = load ptr, ptr %3, align 8, !dbg !609
  %5 = getelementptr inbounds ptr, ptr %4, i64 2, !dbg !609
  %6 = load ptr, ptr %5, align 8, !dbg !609
  %7 = call noundef double %6(ptr noundef nonnull align 8 dereferenceable(24) %3), !dbg !609
  ret double %7, !dbg !610
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define dso_local noundef double @_Z7use_refRK5PlainOS_(ptr noundef nonnull align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(16) %1) #1 !dbg !611 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !621, !DIExpression(), !622)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !623, !DIExpression(), !624)
  %5 = load ptr, ptr %3, align 8, !dbg !625, !nonnull !137, !align !626
  %6 = getelementptr inbounds nuw %struct.Plain, ptr %5, i32 0, i32 0, !dbg !627
  %7 = load double, ptr %6, align 8, !dbg !627
  %8 = load ptr, ptr %4, align 8, !dbg !628, !nonnull !137, !align !626
  %9 = getelementptr inbounds nuw %struct.Plain, ptr %8, i32 0, i32 1, !dbg !629
  %10 = load double, ptr %9, align 8, !dbg !629
  %11 = fadd double %7, %10, !dbg !630
  ret double %11, !dbg !631
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define dso_local noundef double @_Z9use_basedP13WithPlainBase(ptr noundef %0) #1 !dbg !632 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !640, !DIExpression(), !641)
  %3 = load ptr, ptr %2, align 8, !dbg !642
  %4 = getelementptr inbounds nuw %struct.Plain, ptr %3, i32 0, i32 0, !dbg !643
  %5 = load double, ptr %4, align 8, !dbg !643
  %6 = load ptr, ptr %2, align 8, !dbg !644
  %7 = getelementptr inbounds nuw %struct.WithPlainBase, ptr %6, i32 0, i32 1, !dbg !645
  %8 = load i64, ptr %7, align 8, !dbg !645
  %9 = sitofp i64 %8 to double, !dbg !644
  %10 = fadd double %5, %9, !dbg !646
  ret double %10, !dbg !647
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define dso_local noundef double @_Z10use_holderRK6Holder(ptr noundef nonnull align 8 dereferenceable(32) %0) #1 !dbg !648 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !657, !DIExpression(), !658)
  %3 = load ptr, ptr %2, align 8, !dbg !659, !nonnull !137, !align !626
  %4 = getelementptr inbounds nuw %struct.Holder, ptr %3, i32 0, i32 0, !dbg !660
  %5 = call noundef zeroext i1 @_ZNKSt6vectorIdSaIdEE5emptyEv(ptr noundef nonnull align 8 dereferenceable(24) %4) #2, !dbg !661
  br i1 %5, label %6, label %7, !dbg !659

6:                                                ; preds = %1
  br label %16, !dbg !659

7:                                                ; preds = %1
  %8 = load ptr, ptr %2, align 8, !dbg !662, !nonnull !137, !align !626
  %9 = getelementptr inbounds nuw %struct.Holder, ptr %8, i32 0, i32 0, !dbg !663
  %10 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNKSt6vectorIdSaIdEEixEm(ptr noundef nonnull align 8 dereferenceable(24) %9, i64 noundef 0) #2, !dbg !662
  %11 = load double, ptr %10, align 8, !dbg !662
  %12 = load ptr, ptr %2, align 8, !dbg !664, !nonnull !137, !align !626
  %13 = getelementptr inbounds nuw %struct.Holder, ptr %12, i32 0, i32 1, !dbg !665
  %14 = load double, ptr %13, align 8, !dbg !665
  %15 = fmul double %11, %14, !dbg !666
  br label %16, !dbg !659

16:                                               ; preds = %7, %6
  %17 = phi double [ 0.000000e+00, %6 ], [ %15, %7 ], !dbg !659
  ret double %17, !dbg !667
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef zeroext i1 @_ZNKSt6vectorIdSaIdEE5emptyEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #1 comdat align 2 !dbg !668 {
  %2 = alloca ptr, align 8
  %3 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %4 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !669, !DIExpression(), !671)
  %5 = load ptr, ptr %2, align 8
  %6 = call ptr @_ZNKSt6vectorIdSaIdEE5beginEv(ptr noundef nonnull align 8 dereferenceable(24) %5) #2, !dbg !672
  %7 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0, !dbg !672
  store ptr %6, ptr %7, align 8, !dbg !672
  %8 = call ptr @_ZNKSt6vectorIdSaIdEE3endEv(ptr noundef nonnull align 8 dereferenceable(24) %5) #2, !dbg !673
  %9 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %4, i32 0, i32 0, !dbg !673
  store ptr %8, ptr %9, align 8, !dbg !673
  %10 = call noundef zeroext i1 @_ZN9__gnu_cxxeqIPKdSt6vectorIdSaIdEEEEbRKNS_17__normal_iteratorIT_T0_EESB_(ptr noundef nonnull align 8 dereferenceable(8) %3, ptr noundef nonnull align 8 dereferenceable(8) %4) #2, !dbg !674
  ret i1 %10, !dbg !675
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef nonnull align 8 dereferenceable(8) ptr @_ZNKSt6vectorIdSaIdEEixEm(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 noundef %1) #1 comdat align 2 !dbg !676 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !677, !DIExpression(), !678)
  store i64 %1, ptr %4, align 8
    #dbg_declare(ptr %4, !679, !DIExpression(), !680)
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %5, i32 0, i32 0, !dbg !681
  %7 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %6, i32 0, i32 0, !dbg !682
  %8 = load ptr, ptr %7, align 8, !dbg !682
  %9 = load i64, ptr %4, align 8, !dbg !683
  %10 = getelementptr inbounds nuw double, ptr %8, i64 %9, !dbg !684
  ret ptr %10, !dbg !685
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define dso_local noundef double @_Z8use_lrefRd(ptr noundef nonnull align 8 dereferenceable(8) %0) #1 !dbg !686 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !689, !DIExpression(), !690)
  %3 = load ptr, ptr %2, align 8, !dbg !691, !nonnull !137, !align !626
  %4 = load double, ptr %3, align 8, !dbg !691
  %5 = fmul double %4, 2.000000e+00, !dbg !692
  ret double %5, !dbg !693
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef zeroext i1 @_ZN9__gnu_cxxeqIPKdSt6vectorIdSaIdEEEEbRKNS_17__normal_iteratorIT_T0_EESB_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) #1 comdat !dbg !694 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !698, !DIExpression(), !699)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !700, !DIExpression(), !701)
  %5 = load ptr, ptr %3, align 8, !dbg !702, !nonnull !137, !align !626
  %6 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEE4baseEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #2, !dbg !703
  %7 = load ptr, ptr %6, align 8, !dbg !703
  %8 = load ptr, ptr %4, align 8, !dbg !704, !nonnull !137, !align !626
  %9 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEE4baseEv(ptr noundef nonnull align 8 dereferenceable(8) %8) #2, !dbg !705
  %10 = load ptr, ptr %9, align 8, !dbg !705
  %11 = icmp eq ptr %7, %10, !dbg !706
  ret i1 %11, !dbg !707
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local ptr @_ZNKSt6vectorIdSaIdEE5beginEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #1 comdat align 2 !dbg !708 {
  %2 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !709, !DIExpression(), !710)
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %4, i32 0, i32 0, !dbg !711
  %6 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %5, i32 0, i32 0, !dbg !712
  call void @_ZN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEC2ERKS2_(ptr noundef nonnull align 8 dereferenceable(8) %2, ptr noundef nonnull align 8 dereferenceable(8) %6) #2, !dbg !713
  %7 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %2, i32 0, i32 0, !dbg !714
  %8 = load ptr, ptr %7, align 8, !dbg !714
  ret ptr %8, !dbg !714
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local ptr @_ZNKSt6vectorIdSaIdEE3endEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #1 comdat align 2 !dbg !715 {
  %2 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !716, !DIExpression(), !717)
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %4, i32 0, i32 0, !dbg !718
  %6 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %5, i32 0, i32 1, !dbg !719
  call void @_ZN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEC2ERKS2_(ptr noundef nonnull align 8 dereferenceable(8) %2, ptr noundef nonnull align 8 dereferenceable(8) %6) #2, !dbg !720
  %7 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %2, i32 0, i32 0, !dbg !721
  %8 = load ptr, ptr %7, align 8, !dbg !721
  ret ptr %8, !dbg !721
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEE4baseEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #1 comdat align 2 !dbg !722 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !723, !DIExpression(), !725)
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0, !dbg !726
  ret ptr %4, !dbg !727
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEC2ERKS2_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) unnamed_addr #1 comdat align 2 !dbg !728 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !729, !DIExpression(), !731)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !732, !DIExpression(), !733)
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %5, i32 0, i32 0, !dbg !734
  %7 = load ptr, ptr %4, align 8, !dbg !735, !nonnull !137, !align !626
  %8 = load ptr, ptr %7, align 8, !dbg !735
  store ptr %8, ptr %6, align 8, !dbg !734
  ret void, !dbg !736
}

attributes #0 = { mustprogress noinline optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!594, !595, !596, !597, !598, !599, !600}
!llvm.ident = !{!601}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "count", linkageName: "_ZN7Derived5countE", scope: !2, file: !3, line: 17, type: !536, isLocal: false, isDefinition: true, declaration: !565)
!2 = distinct !DICompileUnit(language: DW_LANG_C_plus_plus_14, file: !3, producer: "Debian clang version 22.1.8 (1~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !4, globals: !559, imports: !560, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "src/typeinfo_cpp.cpp", directory: ".", checksumkind: CSK_MD5, checksum: "51f8038a44d3ea07947fe2b9a80b14df")
!4 = !{!5}
!5 = !DIDerivedType(tag: DW_TAG_typedef, name: "const_iterator", scope: !7, file: !6, line: 455, baseType: !501, flags: DIFlagPublic)
!6 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/stl_vector.h", directory: "", checksumkind: CSK_MD5, checksum: "8db44c3d22440641ac1ba040d9370a58")
!7 = distinct !DICompositeType(tag: DW_TAG_class_type, name: "vector<double, std::allocator<double> >", scope: !8, file: !6, line: 423, size: 192, flags: DIFlagTypePassByReference | DIFlagNonTrivial, elements: !9, templateParams: !499, identifier: "_ZTSSt6vectorIdSaIdEE")
!8 = !DINamespace(name: "std", scope: null)
!9 = !{!10, !234, !253, !269, !270, !276, !279, !282, !286, !292, !296, !302, !307, !311, !321, !324, !327, !330, !335, !336, !340, !343, !346, !349, !352, !358, !362, !363, !364, !369, !374, !375, !376, !377, !378, !379, !380, !383, !384, !387, !388, !389, !390, !393, !394, !402, !409, !412, !413, !414, !417, !420, !421, !422, !425, !428, !431, !435, !436, !439, !442, !445, !448, !451, !454, !457, !458, !459, !460, !461, !464, !465, !468, !469, !470, !476, !479, !484, !487, !490, !493, !496}
!10 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !7, baseType: !11, flags: DIFlagProtected, extraData: i32 0)
!11 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "_Vector_base<double, std::allocator<double> >", scope: !8, file: !6, line: 85, size: 192, flags: DIFlagTypePassByReference | DIFlagNonTrivial, elements: !12, templateParams: !233, identifier: "_ZTSSt12_Vector_baseIdSaIdEE")
!12 = !{!13, !184, !189, !194, !198, !201, !206, !209, !212, !216, !219, !222, !225, !226, !229, !232}
!13 = !DIDerivedType(tag: DW_TAG_member, name: "_M_impl", scope: !11, file: !6, line: 371, baseType: !14, size: 192)
!14 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "_Vector_impl", scope: !11, file: !6, line: 133, size: 192, flags: DIFlagTypePassByReference | DIFlagNonTrivial, elements: !15, identifier: "_ZTSNSt12_Vector_baseIdSaIdEE12_Vector_implE")
!15 = !{!16, !139, !164, !168, !173, !177, !181}
!16 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !14, baseType: !17, extraData: i32 0)
!17 = !DIDerivedType(tag: DW_TAG_typedef, name: "_Tp_alloc_type", scope: !11, file: !6, line: 88, baseType: !18)
!18 = !DIDerivedType(tag: DW_TAG_typedef, name: "other", scope: !20, file: !19, line: 120, baseType: !138)
!19 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/ext/alloc_traits.h", directory: "")
!20 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "rebind<double>", scope: !21, file: !19, line: 119, size: 8, flags: DIFlagTypePassByValue, elements: !137, templateParams: !86, identifier: "_ZTSN9__gnu_cxx14__alloc_traitsISaIdEdE6rebindIdEE")
!21 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__alloc_traits<std::allocator<double>, double>", scope: !22, file: !19, line: 48, size: 8, flags: DIFlagTypePassByValue, elements: !23, templateParams: !135, identifier: "_ZTSN9__gnu_cxx14__alloc_traitsISaIdEdEE")
!22 = !DINamespace(name: "__gnu_cxx", scope: null)
!23 = !{!24, !121, !124, !127, !131, !132, !133, !134}
!24 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !21, baseType: !25, extraData: i32 0)
!25 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "allocator_traits<std::allocator<double> >", scope: !8, file: !26, line: 411, size: 8, flags: DIFlagTypePassByValue, elements: !27, templateParams: !119, identifier: "_ZTSSt16allocator_traitsISaIdEE")
!26 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/alloc_traits.h", directory: "", checksumkind: CSK_MD5, checksum: "fd441eaab0a8965f7012f98a3edcbb86")
!27 = !{!28, !103, !107, !110, !116}
!28 = !DISubprogram(name: "allocate", linkageName: "_ZNSt16allocator_traitsISaIdEE8allocateERS0_m", scope: !25, file: !26, line: 463, type: !29, scopeLine: 463, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!29 = !DISubroutineType(types: !30)
!30 = !{!31, !34, !102}
!31 = !DIDerivedType(tag: DW_TAG_typedef, name: "pointer", scope: !25, file: !26, line: 420, baseType: !32)
!32 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !33, size: 64)
!33 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!34 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !35, size: 64)
!35 = !DIDerivedType(tag: DW_TAG_typedef, name: "allocator_type", scope: !25, file: !26, line: 414, baseType: !36)
!36 = distinct !DICompositeType(tag: DW_TAG_class_type, name: "allocator<double>", scope: !8, file: !37, line: 124, size: 8, flags: DIFlagTypePassByReference | DIFlagNonTrivial, elements: !38, templateParams: !86, identifier: "_ZTSSaIdE")
!37 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/allocator.h", directory: "", checksumkind: CSK_MD5, checksum: "6fa856a93062ce2b39cf0c9a3a6a3468")
!38 = !{!39, !88, !92, !97, !101}
!39 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !36, baseType: !40, flags: DIFlagPublic, extraData: i32 0)
!40 = !DIDerivedType(tag: DW_TAG_typedef, name: "__allocator_base<double>", scope: !8, file: !41, line: 47, baseType: !42)
!41 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/x86_64-linux-gnu/c++/12/bits/c++allocator.h", directory: "", checksumkind: CSK_MD5, checksum: "3c43333b0e1372330d7f702387d162e2")
!42 = distinct !DICompositeType(tag: DW_TAG_class_type, name: "__new_allocator<double>", scope: !8, file: !43, line: 56, size: 8, flags: DIFlagTypePassByReference | DIFlagNonTrivial, elements: !44, templateParams: !86, identifier: "_ZTSSt15__new_allocatorIdE")
!43 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/new_allocator.h", directory: "", checksumkind: CSK_MD5, checksum: "6b069d101319ece6de3732b658fb1d77")
!44 = !{!45, !49, !54, !55, !62, !70, !79, !82, !85}
!45 = !DISubprogram(name: "__new_allocator", linkageName: "_ZNSt15__new_allocatorIdEC4Ev", scope: !42, file: !43, line: 80, type: !46, scopeLine: 80, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!46 = !DISubroutineType(types: !47)
!47 = !{null, !48}
!48 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!49 = !DISubprogram(name: "__new_allocator", linkageName: "_ZNSt15__new_allocatorIdEC4ERKS0_", scope: !42, file: !43, line: 83, type: !50, scopeLine: 83, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!50 = !DISubroutineType(types: !51)
!51 = !{null, !48, !52}
!52 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !53, size: 64)
!53 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !42)
!54 = !DISubprogram(name: "~__new_allocator", linkageName: "_ZNSt15__new_allocatorIdED4Ev", scope: !42, file: !43, line: 90, type: !46, scopeLine: 90, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!55 = !DISubprogram(name: "address", linkageName: "_ZNKSt15__new_allocatorIdE7addressERd", scope: !42, file: !43, line: 93, type: !56, scopeLine: 93, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!56 = !DISubroutineType(types: !57)
!57 = !{!58, !59, !60}
!58 = !DIDerivedType(tag: DW_TAG_typedef, name: "pointer", scope: !42, file: !43, line: 63, baseType: !32, flags: DIFlagPublic)
!59 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !53, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!60 = !DIDerivedType(tag: DW_TAG_typedef, name: "reference", scope: !42, file: !43, line: 65, baseType: !61, flags: DIFlagPublic)
!61 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !33, size: 64)
!62 = !DISubprogram(name: "address", linkageName: "_ZNKSt15__new_allocatorIdE7addressERKd", scope: !42, file: !43, line: 97, type: !63, scopeLine: 97, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!63 = !DISubroutineType(types: !64)
!64 = !{!65, !59, !68}
!65 = !DIDerivedType(tag: DW_TAG_typedef, name: "const_pointer", scope: !42, file: !43, line: 64, baseType: !66, flags: DIFlagPublic)
!66 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !67, size: 64)
!67 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !33)
!68 = !DIDerivedType(tag: DW_TAG_typedef, name: "const_reference", scope: !42, file: !43, line: 66, baseType: !69, flags: DIFlagPublic)
!69 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !67, size: 64)
!70 = !DISubprogram(name: "allocate", linkageName: "_ZNSt15__new_allocatorIdE8allocateEmPKv", scope: !42, file: !43, line: 112, type: !71, scopeLine: 112, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!71 = !DISubroutineType(types: !72)
!72 = !{!32, !48, !73, !77}
!73 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_type", scope: !42, file: !43, line: 60, baseType: !74, flags: DIFlagPublic)
!74 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", scope: !8, file: !75, line: 298, baseType: !76)
!75 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/x86_64-linux-gnu/c++/12/bits/c++config.h", directory: "", checksumkind: CSK_MD5, checksum: "abdf1e7c43540a32b508ae209704da66")
!76 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!77 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !78, size: 64)
!78 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!79 = !DISubprogram(name: "deallocate", linkageName: "_ZNSt15__new_allocatorIdE10deallocateEPdm", scope: !42, file: !43, line: 142, type: !80, scopeLine: 142, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!80 = !DISubroutineType(types: !81)
!81 = !{null, !48, !32, !73}
!82 = !DISubprogram(name: "max_size", linkageName: "_ZNKSt15__new_allocatorIdE8max_sizeEv", scope: !42, file: !43, line: 167, type: !83, scopeLine: 167, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!83 = !DISubroutineType(types: !84)
!84 = !{!73, !59}
!85 = !DISubprogram(name: "_M_max_size", linkageName: "_ZNKSt15__new_allocatorIdE11_M_max_sizeEv", scope: !42, file: !43, line: 210, type: !83, scopeLine: 210, flags: DIFlagPrototyped, spFlags: 0)
!86 = !{!87}
!87 = !DITemplateTypeParameter(name: "_Tp", type: !33)
!88 = !DISubprogram(name: "allocator", linkageName: "_ZNSaIdEC4Ev", scope: !36, file: !37, line: 156, type: !89, scopeLine: 156, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!89 = !DISubroutineType(types: !90)
!90 = !{null, !91}
!91 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !36, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!92 = !DISubprogram(name: "allocator", linkageName: "_ZNSaIdEC4ERKS_", scope: !36, file: !37, line: 159, type: !93, scopeLine: 159, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!93 = !DISubroutineType(types: !94)
!94 = !{null, !91, !95}
!95 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !96, size: 64)
!96 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !36)
!97 = !DISubprogram(name: "operator=", linkageName: "_ZNSaIdEaSERKS_", scope: !36, file: !37, line: 164, type: !98, scopeLine: 164, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!98 = !DISubroutineType(types: !99)
!99 = !{!100, !91, !95}
!100 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !36, size: 64)
!101 = !DISubprogram(name: "~allocator", linkageName: "_ZNSaIdED4Ev", scope: !36, file: !37, line: 174, type: !89, scopeLine: 174, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!102 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_type", file: !26, line: 435, baseType: !74)
!103 = !DISubprogram(name: "allocate", linkageName: "_ZNSt16allocator_traitsISaIdEE8allocateERS0_mPKv", scope: !25, file: !26, line: 477, type: !104, scopeLine: 477, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!104 = !DISubroutineType(types: !105)
!105 = !{!31, !34, !102, !106}
!106 = !DIDerivedType(tag: DW_TAG_typedef, name: "const_void_pointer", file: !26, line: 429, baseType: !77)
!107 = !DISubprogram(name: "deallocate", linkageName: "_ZNSt16allocator_traitsISaIdEE10deallocateERS0_Pdm", scope: !25, file: !26, line: 495, type: !108, scopeLine: 495, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!108 = !DISubroutineType(types: !109)
!109 = !{null, !34, !31, !102}
!110 = !DISubprogram(name: "max_size", linkageName: "_ZNSt16allocator_traitsISaIdEE8max_sizeERKS0_", scope: !25, file: !26, line: 547, type: !111, scopeLine: 547, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!111 = !DISubroutineType(types: !112)
!112 = !{!113, !114}
!113 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_type", scope: !25, file: !26, line: 435, baseType: !74)
!114 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !115, size: 64)
!115 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !35)
!116 = !DISubprogram(name: "select_on_container_copy_construction", linkageName: "_ZNSt16allocator_traitsISaIdEE37select_on_container_copy_constructionERKS0_", scope: !25, file: !26, line: 562, type: !117, scopeLine: 562, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!117 = !DISubroutineType(types: !118)
!118 = !{!35, !114}
!119 = !{!120}
!120 = !DITemplateTypeParameter(name: "_Alloc", type: !36)
!121 = !DISubprogram(name: "_S_select_on_copy", linkageName: "_ZN9__gnu_cxx14__alloc_traitsISaIdEdE17_S_select_on_copyERKS1_", scope: !21, file: !19, line: 97, type: !122, scopeLine: 97, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!122 = !DISubroutineType(types: !123)
!123 = !{!36, !95}
!124 = !DISubprogram(name: "_S_on_swap", linkageName: "_ZN9__gnu_cxx14__alloc_traitsISaIdEdE10_S_on_swapERS1_S3_", scope: !21, file: !19, line: 100, type: !125, scopeLine: 100, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!125 = !DISubroutineType(types: !126)
!126 = !{null, !100, !100}
!127 = !DISubprogram(name: "_S_propagate_on_copy_assign", linkageName: "_ZN9__gnu_cxx14__alloc_traitsISaIdEdE27_S_propagate_on_copy_assignEv", scope: !21, file: !19, line: 103, type: !128, scopeLine: 103, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!128 = !DISubroutineType(types: !129)
!129 = !{!130}
!130 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!131 = !DISubprogram(name: "_S_propagate_on_move_assign", linkageName: "_ZN9__gnu_cxx14__alloc_traitsISaIdEdE27_S_propagate_on_move_assignEv", scope: !21, file: !19, line: 106, type: !128, scopeLine: 106, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!132 = !DISubprogram(name: "_S_propagate_on_swap", linkageName: "_ZN9__gnu_cxx14__alloc_traitsISaIdEdE20_S_propagate_on_swapEv", scope: !21, file: !19, line: 109, type: !128, scopeLine: 109, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!133 = !DISubprogram(name: "_S_always_equal", linkageName: "_ZN9__gnu_cxx14__alloc_traitsISaIdEdE15_S_always_equalEv", scope: !21, file: !19, line: 112, type: !128, scopeLine: 112, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!134 = !DISubprogram(name: "_S_nothrow_move", linkageName: "_ZN9__gnu_cxx14__alloc_traitsISaIdEdE15_S_nothrow_moveEv", scope: !21, file: !19, line: 115, type: !128, scopeLine: 115, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!135 = !{!120, !136}
!136 = !DITemplateTypeParameter(type: !33, defaulted: true)
!137 = !{}
!138 = !DIDerivedType(tag: DW_TAG_typedef, name: "rebind_alloc<double>", scope: !25, file: !26, line: 450, baseType: !36)
!139 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !14, baseType: !140, extraData: i32 0)
!140 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "_Vector_impl_data", scope: !11, file: !6, line: 92, size: 192, flags: DIFlagTypePassByReference | DIFlagNonTrivial, elements: !141, identifier: "_ZTSNSt12_Vector_baseIdSaIdEE17_Vector_impl_dataE")
!141 = !{!142, !145, !146, !147, !151, !155, !160}
!142 = !DIDerivedType(tag: DW_TAG_member, name: "_M_start", scope: !140, file: !6, line: 94, baseType: !143, size: 64)
!143 = !DIDerivedType(tag: DW_TAG_typedef, name: "pointer", scope: !11, file: !6, line: 90, baseType: !144)
!144 = !DIDerivedType(tag: DW_TAG_typedef, name: "pointer", scope: !21, file: !19, line: 57, baseType: !31)
!145 = !DIDerivedType(tag: DW_TAG_member, name: "_M_finish", scope: !140, file: !6, line: 95, baseType: !143, size: 64, offset: 64)
!146 = !DIDerivedType(tag: DW_TAG_member, name: "_M_end_of_storage", scope: !140, file: !6, line: 96, baseType: !143, size: 64, offset: 128)
!147 = !DISubprogram(name: "_Vector_impl_data", linkageName: "_ZNSt12_Vector_baseIdSaIdEE17_Vector_impl_dataC4Ev", scope: !140, file: !6, line: 99, type: !148, scopeLine: 99, flags: DIFlagPrototyped, spFlags: 0)
!148 = !DISubroutineType(types: !149)
!149 = !{null, !150}
!150 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !140, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!151 = !DISubprogram(name: "_Vector_impl_data", linkageName: "_ZNSt12_Vector_baseIdSaIdEE17_Vector_impl_dataC4EOS2_", scope: !140, file: !6, line: 105, type: !152, scopeLine: 105, flags: DIFlagPrototyped, spFlags: 0)
!152 = !DISubroutineType(types: !153)
!153 = !{null, !150, !154}
!154 = !DIDerivedType(tag: DW_TAG_rvalue_reference_type, baseType: !140, size: 64)
!155 = !DISubprogram(name: "_M_copy_data", linkageName: "_ZNSt12_Vector_baseIdSaIdEE17_Vector_impl_data12_M_copy_dataERKS2_", scope: !140, file: !6, line: 113, type: !156, scopeLine: 113, flags: DIFlagPrototyped, spFlags: 0)
!156 = !DISubroutineType(types: !157)
!157 = !{null, !150, !158}
!158 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !159, size: 64)
!159 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !140)
!160 = !DISubprogram(name: "_M_swap_data", linkageName: "_ZNSt12_Vector_baseIdSaIdEE17_Vector_impl_data12_M_swap_dataERS2_", scope: !140, file: !6, line: 122, type: !161, scopeLine: 122, flags: DIFlagPrototyped, spFlags: 0)
!161 = !DISubroutineType(types: !162)
!162 = !{null, !150, !163}
!163 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !140, size: 64)
!164 = !DISubprogram(name: "_Vector_impl", linkageName: "_ZNSt12_Vector_baseIdSaIdEE12_Vector_implC4Ev", scope: !14, file: !6, line: 137, type: !165, scopeLine: 137, flags: DIFlagPrototyped, spFlags: 0)
!165 = !DISubroutineType(types: !166)
!166 = !{null, !167}
!167 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!168 = !DISubprogram(name: "_Vector_impl", linkageName: "_ZNSt12_Vector_baseIdSaIdEE12_Vector_implC4ERKS0_", scope: !14, file: !6, line: 143, type: !169, scopeLine: 143, flags: DIFlagPrototyped, spFlags: 0)
!169 = !DISubroutineType(types: !170)
!170 = !{null, !167, !171}
!171 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !172, size: 64)
!172 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !17)
!173 = !DISubprogram(name: "_Vector_impl", linkageName: "_ZNSt12_Vector_baseIdSaIdEE12_Vector_implC4EOS2_", scope: !14, file: !6, line: 151, type: !174, scopeLine: 151, flags: DIFlagPrototyped, spFlags: 0)
!174 = !DISubroutineType(types: !175)
!175 = !{null, !167, !176}
!176 = !DIDerivedType(tag: DW_TAG_rvalue_reference_type, baseType: !14, size: 64)
!177 = !DISubprogram(name: "_Vector_impl", linkageName: "_ZNSt12_Vector_baseIdSaIdEE12_Vector_implC4EOS0_", scope: !14, file: !6, line: 156, type: !178, scopeLine: 156, flags: DIFlagPrototyped, spFlags: 0)
!178 = !DISubroutineType(types: !179)
!179 = !{null, !167, !180}
!180 = !DIDerivedType(tag: DW_TAG_rvalue_reference_type, baseType: !17, size: 64)
!181 = !DISubprogram(name: "_Vector_impl", linkageName: "_ZNSt12_Vector_baseIdSaIdEE12_Vector_implC4EOS0_OS2_", scope: !14, file: !6, line: 161, type: !182, scopeLine: 161, flags: DIFlagPrototyped, spFlags: 0)
!182 = !DISubroutineType(types: !183)
!183 = !{null, !167, !180, !176}
!184 = !DISubprogram(name: "_M_get_Tp_allocator", linkageName: "_ZNSt12_Vector_baseIdSaIdEE19_M_get_Tp_allocatorEv", scope: !11, file: !6, line: 298, type: !185, scopeLine: 298, flags: DIFlagPrototyped, spFlags: 0)
!185 = !DISubroutineType(types: !186)
!186 = !{!187, !188}
!187 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !17, size: 64)
!188 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!189 = !DISubprogram(name: "_M_get_Tp_allocator", linkageName: "_ZNKSt12_Vector_baseIdSaIdEE19_M_get_Tp_allocatorEv", scope: !11, file: !6, line: 303, type: !190, scopeLine: 303, flags: DIFlagPrototyped, spFlags: 0)
!190 = !DISubroutineType(types: !191)
!191 = !{!171, !192}
!192 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !193, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!193 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !11)
!194 = !DISubprogram(name: "get_allocator", linkageName: "_ZNKSt12_Vector_baseIdSaIdEE13get_allocatorEv", scope: !11, file: !6, line: 308, type: !195, scopeLine: 308, flags: DIFlagPrototyped, spFlags: 0)
!195 = !DISubroutineType(types: !196)
!196 = !{!197, !192}
!197 = !DIDerivedType(tag: DW_TAG_typedef, name: "allocator_type", scope: !11, file: !6, line: 294, baseType: !36)
!198 = !DISubprogram(name: "_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEEC4Ev", scope: !11, file: !6, line: 312, type: !199, scopeLine: 312, flags: DIFlagPrototyped, spFlags: 0)
!199 = !DISubroutineType(types: !200)
!200 = !{null, !188}
!201 = !DISubprogram(name: "_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEEC4ERKS0_", scope: !11, file: !6, line: 318, type: !202, scopeLine: 318, flags: DIFlagPrototyped, spFlags: 0)
!202 = !DISubroutineType(types: !203)
!203 = !{null, !188, !204}
!204 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !205, size: 64)
!205 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !197)
!206 = !DISubprogram(name: "_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEEC4Em", scope: !11, file: !6, line: 324, type: !207, scopeLine: 324, flags: DIFlagPrototyped, spFlags: 0)
!207 = !DISubroutineType(types: !208)
!208 = !{null, !188, !74}
!209 = !DISubprogram(name: "_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEEC4EmRKS0_", scope: !11, file: !6, line: 330, type: !210, scopeLine: 330, flags: DIFlagPrototyped, spFlags: 0)
!210 = !DISubroutineType(types: !211)
!211 = !{null, !188, !74, !204}
!212 = !DISubprogram(name: "_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEEC4EOS1_", scope: !11, file: !6, line: 335, type: !213, scopeLine: 335, flags: DIFlagPrototyped, spFlags: 0)
!213 = !DISubroutineType(types: !214)
!214 = !{null, !188, !215}
!215 = !DIDerivedType(tag: DW_TAG_rvalue_reference_type, baseType: !11, size: 64)
!216 = !DISubprogram(name: "_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEEC4EOS0_", scope: !11, file: !6, line: 340, type: !217, scopeLine: 340, flags: DIFlagPrototyped, spFlags: 0)
!217 = !DISubroutineType(types: !218)
!218 = !{null, !188, !180}
!219 = !DISubprogram(name: "_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEEC4EOS1_RKS0_", scope: !11, file: !6, line: 344, type: !220, scopeLine: 344, flags: DIFlagPrototyped, spFlags: 0)
!220 = !DISubroutineType(types: !221)
!221 = !{null, !188, !215, !204}
!222 = !DISubprogram(name: "_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEEC4ERKS0_OS1_", scope: !11, file: !6, line: 358, type: !223, scopeLine: 358, flags: DIFlagPrototyped, spFlags: 0)
!223 = !DISubroutineType(types: !224)
!224 = !{null, !188, !204, !215}
!225 = !DISubprogram(name: "~_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEED4Ev", scope: !11, file: !6, line: 364, type: !199, scopeLine: 364, flags: DIFlagPrototyped, spFlags: 0)
!226 = !DISubprogram(name: "_M_allocate", linkageName: "_ZNSt12_Vector_baseIdSaIdEE11_M_allocateEm", scope: !11, file: !6, line: 375, type: !227, scopeLine: 375, flags: DIFlagPrototyped, spFlags: 0)
!227 = !DISubroutineType(types: !228)
!228 = !{!143, !188, !74}
!229 = !DISubprogram(name: "_M_deallocate", linkageName: "_ZNSt12_Vector_baseIdSaIdEE13_M_deallocateEPdm", scope: !11, file: !6, line: 383, type: !230, scopeLine: 383, flags: DIFlagPrototyped, spFlags: 0)
!230 = !DISubroutineType(types: !231)
!231 = !{null, !188, !143, !74}
!232 = !DISubprogram(name: "_M_create_storage", linkageName: "_ZNSt12_Vector_baseIdSaIdEE17_M_create_storageEm", scope: !11, file: !6, line: 393, type: !207, scopeLine: 393, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!233 = !{!87, !120}
!234 = !DISubprogram(name: "_S_nothrow_relocate", linkageName: "_ZNSt6vectorIdSaIdEE19_S_nothrow_relocateESt17integral_constantIbLb1EE", scope: !7, file: !6, line: 465, type: !235, scopeLine: 465, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!235 = !DISubroutineType(types: !236)
!236 = !{!130, !237}
!237 = !DIDerivedType(tag: DW_TAG_typedef, name: "true_type", scope: !8, file: !238, line: 82, baseType: !239)
!238 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/type_traits", directory: "")
!239 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "integral_constant<bool, true>", scope: !8, file: !238, line: 62, size: 8, flags: DIFlagTypePassByValue, elements: !240, templateParams: !250, identifier: "_ZTSSt17integral_constantIbLb1EE")
!240 = !{!241, !243, !249}
!241 = !DIDerivedType(tag: DW_TAG_variable, name: "value", scope: !239, file: !238, line: 64, baseType: !242, flags: DIFlagStaticMember, extraData: i1 true)
!242 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !130)
!243 = !DISubprogram(name: "operator bool", linkageName: "_ZNKSt17integral_constantIbLb1EEcvbEv", scope: !239, file: !238, line: 67, type: !244, scopeLine: 67, flags: DIFlagPrototyped, spFlags: 0)
!244 = !DISubroutineType(types: !245)
!245 = !{!246, !247}
!246 = !DIDerivedType(tag: DW_TAG_typedef, name: "value_type", scope: !239, file: !238, line: 65, baseType: !130)
!247 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !248, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!248 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !239)
!249 = !DISubprogram(name: "operator()", linkageName: "_ZNKSt17integral_constantIbLb1EEclEv", scope: !239, file: !238, line: 72, type: !244, scopeLine: 72, flags: DIFlagPrototyped, spFlags: 0)
!250 = !{!251, !252}
!251 = !DITemplateTypeParameter(name: "_Tp", type: !130)
!252 = !DITemplateValueParameter(name: "__v", type: !130, value: i1 true)
!253 = !DISubprogram(name: "_S_nothrow_relocate", linkageName: "_ZNSt6vectorIdSaIdEE19_S_nothrow_relocateESt17integral_constantIbLb0EE", scope: !7, file: !6, line: 474, type: !254, scopeLine: 474, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!254 = !DISubroutineType(types: !255)
!255 = !{!130, !256}
!256 = !DIDerivedType(tag: DW_TAG_typedef, name: "false_type", scope: !8, file: !238, line: 85, baseType: !257)
!257 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "integral_constant<bool, false>", scope: !8, file: !238, line: 62, size: 8, flags: DIFlagTypePassByValue, elements: !258, templateParams: !267, identifier: "_ZTSSt17integral_constantIbLb0EE")
!258 = !{!259, !260, !266}
!259 = !DIDerivedType(tag: DW_TAG_variable, name: "value", scope: !257, file: !238, line: 64, baseType: !242, flags: DIFlagStaticMember, extraData: i1 false)
!260 = !DISubprogram(name: "operator bool", linkageName: "_ZNKSt17integral_constantIbLb0EEcvbEv", scope: !257, file: !238, line: 67, type: !261, scopeLine: 67, flags: DIFlagPrototyped, spFlags: 0)
!261 = !DISubroutineType(types: !262)
!262 = !{!263, !264}
!263 = !DIDerivedType(tag: DW_TAG_typedef, name: "value_type", scope: !257, file: !238, line: 65, baseType: !130)
!264 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !265, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!265 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !257)
!266 = !DISubprogram(name: "operator()", linkageName: "_ZNKSt17integral_constantIbLb0EEclEv", scope: !257, file: !238, line: 72, type: !261, scopeLine: 72, flags: DIFlagPrototyped, spFlags: 0)
!267 = !{!251, !268}
!268 = !DITemplateValueParameter(name: "__v", type: !130, value: i1 false)
!269 = !DISubprogram(name: "_S_use_relocate", linkageName: "_ZNSt6vectorIdSaIdEE15_S_use_relocateEv", scope: !7, file: !6, line: 478, type: !128, scopeLine: 478, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!270 = !DISubprogram(name: "_S_do_relocate", linkageName: "_ZNSt6vectorIdSaIdEE14_S_do_relocateEPdS2_S2_RS0_St17integral_constantIbLb1EE", scope: !7, file: !6, line: 487, type: !271, scopeLine: 487, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!271 = !DISubroutineType(types: !272)
!272 = !{!273, !273, !273, !273, !274, !237}
!273 = !DIDerivedType(tag: DW_TAG_typedef, name: "pointer", scope: !7, file: !6, line: 449, baseType: !143, flags: DIFlagPublic)
!274 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !275, size: 64)
!275 = !DIDerivedType(tag: DW_TAG_typedef, name: "_Tp_alloc_type", scope: !7, file: !6, line: 444, baseType: !17)
!276 = !DISubprogram(name: "_S_do_relocate", linkageName: "_ZNSt6vectorIdSaIdEE14_S_do_relocateEPdS2_S2_RS0_St17integral_constantIbLb0EE", scope: !7, file: !6, line: 494, type: !277, scopeLine: 494, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!277 = !DISubroutineType(types: !278)
!278 = !{!273, !273, !273, !273, !274, !256}
!279 = !DISubprogram(name: "_S_relocate", linkageName: "_ZNSt6vectorIdSaIdEE11_S_relocateEPdS2_S2_RS0_", scope: !7, file: !6, line: 499, type: !280, scopeLine: 499, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!280 = !DISubroutineType(types: !281)
!281 = !{!273, !273, !273, !273, !274}
!282 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4Ev", scope: !7, file: !6, line: 526, type: !283, scopeLine: 526, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!283 = !DISubroutineType(types: !284)
!284 = !{null, !285}
!285 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !7, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!286 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4ERKS0_", scope: !7, file: !6, line: 537, type: !287, scopeLine: 537, flags: DIFlagPublic | DIFlagExplicit | DIFlagPrototyped, spFlags: 0)
!287 = !DISubroutineType(types: !288)
!288 = !{null, !285, !289}
!289 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !290, size: 64)
!290 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !291)
!291 = !DIDerivedType(tag: DW_TAG_typedef, name: "allocator_type", scope: !7, file: !6, line: 460, baseType: !36, flags: DIFlagPublic)
!292 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4EmRKS0_", scope: !7, file: !6, line: 551, type: !293, scopeLine: 551, flags: DIFlagPublic | DIFlagExplicit | DIFlagPrototyped, spFlags: 0)
!293 = !DISubroutineType(types: !294)
!294 = !{null, !285, !295, !289}
!295 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_type", scope: !7, file: !6, line: 458, baseType: !74, flags: DIFlagPublic)
!296 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4EmRKdRKS0_", scope: !7, file: !6, line: 564, type: !297, scopeLine: 564, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!297 = !DISubroutineType(types: !298)
!298 = !{null, !285, !295, !299, !289}
!299 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !300, size: 64)
!300 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !301)
!301 = !DIDerivedType(tag: DW_TAG_typedef, name: "value_type", scope: !7, file: !6, line: 448, baseType: !33, flags: DIFlagPublic)
!302 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4ERKS1_", scope: !7, file: !6, line: 596, type: !303, scopeLine: 596, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!303 = !DISubroutineType(types: !304)
!304 = !{null, !285, !305}
!305 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !306, size: 64)
!306 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !7)
!307 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4EOS1_", scope: !7, file: !6, line: 615, type: !308, scopeLine: 615, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!308 = !DISubroutineType(types: !309)
!309 = !{null, !285, !310}
!310 = !DIDerivedType(tag: DW_TAG_rvalue_reference_type, baseType: !7, size: 64)
!311 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4ERKS1_RKS0_", scope: !7, file: !6, line: 619, type: !312, scopeLine: 619, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!312 = !DISubroutineType(types: !313)
!313 = !{null, !285, !305, !314}
!314 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !315, size: 64)
!315 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !316)
!316 = !DIDerivedType(tag: DW_TAG_typedef, name: "__type_identity_t<std::allocator<double> >", scope: !8, file: !238, line: 128, baseType: !317)
!317 = !DIDerivedType(tag: DW_TAG_typedef, name: "type", scope: !318, file: !238, line: 125, baseType: !36)
!318 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__type_identity<std::allocator<double> >", scope: !8, file: !238, line: 124, size: 8, flags: DIFlagTypePassByValue, elements: !137, templateParams: !319, identifier: "_ZTSSt15__type_identityISaIdEE")
!319 = !{!320}
!320 = !DITemplateTypeParameter(name: "_Type", type: !36)
!321 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4EOS1_RKS0_St17integral_constantIbLb1EE", scope: !7, file: !6, line: 630, type: !322, scopeLine: 630, flags: DIFlagPrototyped, spFlags: 0)
!322 = !DISubroutineType(types: !323)
!323 = !{null, !285, !310, !289, !237}
!324 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4EOS1_RKS0_St17integral_constantIbLb0EE", scope: !7, file: !6, line: 635, type: !325, scopeLine: 635, flags: DIFlagPrototyped, spFlags: 0)
!325 = !DISubroutineType(types: !326)
!326 = !{null, !285, !310, !289, !256}
!327 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4EOS1_RKS0_", scope: !7, file: !6, line: 654, type: !328, scopeLine: 654, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!328 = !DISubroutineType(types: !329)
!329 = !{null, !285, !310, !314}
!330 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4ESt16initializer_listIdERKS0_", scope: !7, file: !6, line: 673, type: !331, scopeLine: 673, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!331 = !DISubroutineType(types: !332)
!332 = !{null, !285, !333, !289}
!333 = !DICompositeType(tag: DW_TAG_class_type, name: "initializer_list<double>", scope: !8, file: !334, line: 47, flags: DIFlagFwdDecl | DIFlagNonTrivial, identifier: "_ZTSSt16initializer_listIdE")
!334 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/initializer_list", directory: "")
!335 = !DISubprogram(name: "~vector", linkageName: "_ZNSt6vectorIdSaIdEED4Ev", scope: !7, file: !6, line: 728, type: !283, scopeLine: 728, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!336 = !DISubprogram(name: "operator=", linkageName: "_ZNSt6vectorIdSaIdEEaSERKS1_", scope: !7, file: !6, line: 746, type: !337, scopeLine: 746, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!337 = !DISubroutineType(types: !338)
!338 = !{!339, !285, !305}
!339 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !7, size: 64)
!340 = !DISubprogram(name: "operator=", linkageName: "_ZNSt6vectorIdSaIdEEaSEOS1_", scope: !7, file: !6, line: 761, type: !341, scopeLine: 761, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!341 = !DISubroutineType(types: !342)
!342 = !{!339, !285, !310}
!343 = !DISubprogram(name: "operator=", linkageName: "_ZNSt6vectorIdSaIdEEaSESt16initializer_listIdE", scope: !7, file: !6, line: 783, type: !344, scopeLine: 783, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!344 = !DISubroutineType(types: !345)
!345 = !{!339, !285, !333}
!346 = !DISubprogram(name: "assign", linkageName: "_ZNSt6vectorIdSaIdEE6assignEmRKd", scope: !7, file: !6, line: 803, type: !347, scopeLine: 803, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!347 = !DISubroutineType(types: !348)
!348 = !{null, !285, !295, !299}
!349 = !DISubprogram(name: "assign", linkageName: "_ZNSt6vectorIdSaIdEE6assignESt16initializer_listIdE", scope: !7, file: !6, line: 850, type: !350, scopeLine: 850, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!350 = !DISubroutineType(types: !351)
!351 = !{null, !285, !333}
!352 = !DISubprogram(name: "begin", linkageName: "_ZNSt6vectorIdSaIdEE5beginEv", scope: !7, file: !6, line: 868, type: !353, scopeLine: 868, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!353 = !DISubroutineType(types: !354)
!354 = !{!355, !285}
!355 = !DIDerivedType(tag: DW_TAG_typedef, name: "iterator", scope: !7, file: !6, line: 453, baseType: !356, flags: DIFlagPublic)
!356 = !DICompositeType(tag: DW_TAG_class_type, name: "__normal_iterator<double *, std::vector<double, std::allocator<double> > >", scope: !22, file: !357, line: 1043, flags: DIFlagFwdDecl | DIFlagNonTrivial, identifier: "_ZTSN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEE")
!357 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/stl_iterator.h", directory: "", checksumkind: CSK_MD5, checksum: "bea55f548d6c981fe14b47f481b3c513")
!358 = !DISubprogram(name: "begin", linkageName: "_ZNKSt6vectorIdSaIdEE5beginEv", scope: !7, file: !6, line: 878, type: !359, scopeLine: 878, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!359 = !DISubroutineType(types: !360)
!360 = !{!5, !361}
!361 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !306, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!362 = !DISubprogram(name: "end", linkageName: "_ZNSt6vectorIdSaIdEE3endEv", scope: !7, file: !6, line: 888, type: !353, scopeLine: 888, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!363 = !DISubprogram(name: "end", linkageName: "_ZNKSt6vectorIdSaIdEE3endEv", scope: !7, file: !6, line: 898, type: !359, scopeLine: 898, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!364 = !DISubprogram(name: "rbegin", linkageName: "_ZNSt6vectorIdSaIdEE6rbeginEv", scope: !7, file: !6, line: 908, type: !365, scopeLine: 908, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!365 = !DISubroutineType(types: !366)
!366 = !{!367, !285}
!367 = !DIDerivedType(tag: DW_TAG_typedef, name: "reverse_iterator", scope: !7, file: !6, line: 457, baseType: !368, flags: DIFlagPublic)
!368 = !DICompositeType(tag: DW_TAG_class_type, name: "reverse_iterator<__gnu_cxx::__normal_iterator<double *, std::vector<double, std::allocator<double> > > >", scope: !8, file: !357, line: 132, flags: DIFlagFwdDecl | DIFlagNonTrivial, identifier: "_ZTSSt16reverse_iteratorIN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEEE")
!369 = !DISubprogram(name: "rbegin", linkageName: "_ZNKSt6vectorIdSaIdEE6rbeginEv", scope: !7, file: !6, line: 918, type: !370, scopeLine: 918, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!370 = !DISubroutineType(types: !371)
!371 = !{!372, !361}
!372 = !DIDerivedType(tag: DW_TAG_typedef, name: "const_reverse_iterator", scope: !7, file: !6, line: 456, baseType: !373, flags: DIFlagPublic)
!373 = !DICompositeType(tag: DW_TAG_class_type, name: "reverse_iterator<__gnu_cxx::__normal_iterator<const double *, std::vector<double, std::allocator<double> > > >", scope: !8, file: !357, line: 132, flags: DIFlagFwdDecl | DIFlagNonTrivial, identifier: "_ZTSSt16reverse_iteratorIN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEEE")
!374 = !DISubprogram(name: "rend", linkageName: "_ZNSt6vectorIdSaIdEE4rendEv", scope: !7, file: !6, line: 928, type: !365, scopeLine: 928, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!375 = !DISubprogram(name: "rend", linkageName: "_ZNKSt6vectorIdSaIdEE4rendEv", scope: !7, file: !6, line: 938, type: !370, scopeLine: 938, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!376 = !DISubprogram(name: "cbegin", linkageName: "_ZNKSt6vectorIdSaIdEE6cbeginEv", scope: !7, file: !6, line: 949, type: !359, scopeLine: 949, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!377 = !DISubprogram(name: "cend", linkageName: "_ZNKSt6vectorIdSaIdEE4cendEv", scope: !7, file: !6, line: 959, type: !359, scopeLine: 959, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!378 = !DISubprogram(name: "crbegin", linkageName: "_ZNKSt6vectorIdSaIdEE7crbeginEv", scope: !7, file: !6, line: 969, type: !370, scopeLine: 969, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!379 = !DISubprogram(name: "crend", linkageName: "_ZNKSt6vectorIdSaIdEE5crendEv", scope: !7, file: !6, line: 979, type: !370, scopeLine: 979, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!380 = !DISubprogram(name: "size", linkageName: "_ZNKSt6vectorIdSaIdEE4sizeEv", scope: !7, file: !6, line: 987, type: !381, scopeLine: 987, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!381 = !DISubroutineType(types: !382)
!382 = !{!295, !361}
!383 = !DISubprogram(name: "max_size", linkageName: "_ZNKSt6vectorIdSaIdEE8max_sizeEv", scope: !7, file: !6, line: 993, type: !381, scopeLine: 993, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!384 = !DISubprogram(name: "resize", linkageName: "_ZNSt6vectorIdSaIdEE6resizeEm", scope: !7, file: !6, line: 1008, type: !385, scopeLine: 1008, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!385 = !DISubroutineType(types: !386)
!386 = !{null, !285, !295}
!387 = !DISubprogram(name: "resize", linkageName: "_ZNSt6vectorIdSaIdEE6resizeEmRKd", scope: !7, file: !6, line: 1029, type: !347, scopeLine: 1029, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!388 = !DISubprogram(name: "shrink_to_fit", linkageName: "_ZNSt6vectorIdSaIdEE13shrink_to_fitEv", scope: !7, file: !6, line: 1063, type: !283, scopeLine: 1063, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!389 = !DISubprogram(name: "capacity", linkageName: "_ZNKSt6vectorIdSaIdEE8capacityEv", scope: !7, file: !6, line: 1073, type: !381, scopeLine: 1073, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!390 = !DISubprogram(name: "empty", linkageName: "_ZNKSt6vectorIdSaIdEE5emptyEv", scope: !7, file: !6, line: 1083, type: !391, scopeLine: 1083, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!391 = !DISubroutineType(types: !392)
!392 = !{!130, !361}
!393 = !DISubprogram(name: "reserve", linkageName: "_ZNSt6vectorIdSaIdEE7reserveEm", scope: !7, file: !6, line: 1105, type: !385, scopeLine: 1105, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!394 = !DISubprogram(name: "operator[]", linkageName: "_ZNSt6vectorIdSaIdEEixEm", scope: !7, file: !6, line: 1121, type: !395, scopeLine: 1121, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!395 = !DISubroutineType(types: !396)
!396 = !{!397, !285, !295}
!397 = !DIDerivedType(tag: DW_TAG_typedef, name: "reference", scope: !7, file: !6, line: 451, baseType: !398, flags: DIFlagPublic)
!398 = !DIDerivedType(tag: DW_TAG_typedef, name: "reference", scope: !21, file: !19, line: 62, baseType: !399)
!399 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !400, size: 64)
!400 = !DIDerivedType(tag: DW_TAG_typedef, name: "value_type", scope: !21, file: !19, line: 56, baseType: !401)
!401 = !DIDerivedType(tag: DW_TAG_typedef, name: "value_type", scope: !25, file: !26, line: 417, baseType: !33)
!402 = !DISubprogram(name: "operator[]", linkageName: "_ZNKSt6vectorIdSaIdEEixEm", scope: !7, file: !6, line: 1140, type: !403, scopeLine: 1140, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!403 = !DISubroutineType(types: !404)
!404 = !{!405, !361, !295}
!405 = !DIDerivedType(tag: DW_TAG_typedef, name: "const_reference", scope: !7, file: !6, line: 452, baseType: !406, flags: DIFlagPublic)
!406 = !DIDerivedType(tag: DW_TAG_typedef, name: "const_reference", scope: !21, file: !19, line: 63, baseType: !407)
!407 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !408, size: 64)
!408 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !400)
!409 = !DISubprogram(name: "_M_range_check", linkageName: "_ZNKSt6vectorIdSaIdEE14_M_range_checkEm", scope: !7, file: !6, line: 1150, type: !410, scopeLine: 1150, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!410 = !DISubroutineType(types: !411)
!411 = !{null, !361, !295}
!412 = !DISubprogram(name: "at", linkageName: "_ZNSt6vectorIdSaIdEE2atEm", scope: !7, file: !6, line: 1173, type: !395, scopeLine: 1173, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!413 = !DISubprogram(name: "at", linkageName: "_ZNKSt6vectorIdSaIdEE2atEm", scope: !7, file: !6, line: 1192, type: !403, scopeLine: 1192, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!414 = !DISubprogram(name: "front", linkageName: "_ZNSt6vectorIdSaIdEE5frontEv", scope: !7, file: !6, line: 1204, type: !415, scopeLine: 1204, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!415 = !DISubroutineType(types: !416)
!416 = !{!397, !285}
!417 = !DISubprogram(name: "front", linkageName: "_ZNKSt6vectorIdSaIdEE5frontEv", scope: !7, file: !6, line: 1216, type: !418, scopeLine: 1216, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!418 = !DISubroutineType(types: !419)
!419 = !{!405, !361}
!420 = !DISubprogram(name: "back", linkageName: "_ZNSt6vectorIdSaIdEE4backEv", scope: !7, file: !6, line: 1228, type: !415, scopeLine: 1228, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!421 = !DISubprogram(name: "back", linkageName: "_ZNKSt6vectorIdSaIdEE4backEv", scope: !7, file: !6, line: 1240, type: !418, scopeLine: 1240, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!422 = !DISubprogram(name: "data", linkageName: "_ZNSt6vectorIdSaIdEE4dataEv", scope: !7, file: !6, line: 1255, type: !423, scopeLine: 1255, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!423 = !DISubroutineType(types: !424)
!424 = !{!32, !285}
!425 = !DISubprogram(name: "data", linkageName: "_ZNKSt6vectorIdSaIdEE4dataEv", scope: !7, file: !6, line: 1260, type: !426, scopeLine: 1260, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!426 = !DISubroutineType(types: !427)
!427 = !{!66, !361}
!428 = !DISubprogram(name: "push_back", linkageName: "_ZNSt6vectorIdSaIdEE9push_backERKd", scope: !7, file: !6, line: 1276, type: !429, scopeLine: 1276, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!429 = !DISubroutineType(types: !430)
!430 = !{null, !285, !299}
!431 = !DISubprogram(name: "push_back", linkageName: "_ZNSt6vectorIdSaIdEE9push_backEOd", scope: !7, file: !6, line: 1293, type: !432, scopeLine: 1293, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!432 = !DISubroutineType(types: !433)
!433 = !{null, !285, !434}
!434 = !DIDerivedType(tag: DW_TAG_rvalue_reference_type, baseType: !301, size: 64)
!435 = !DISubprogram(name: "pop_back", linkageName: "_ZNSt6vectorIdSaIdEE8pop_backEv", scope: !7, file: !6, line: 1317, type: !283, scopeLine: 1317, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!436 = !DISubprogram(name: "insert", linkageName: "_ZNSt6vectorIdSaIdEE6insertEN9__gnu_cxx17__normal_iteratorIPKdS1_EERS4_", scope: !7, file: !6, line: 1357, type: !437, scopeLine: 1357, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!437 = !DISubroutineType(types: !438)
!438 = !{!355, !285, !5, !299}
!439 = !DISubprogram(name: "insert", linkageName: "_ZNSt6vectorIdSaIdEE6insertEN9__gnu_cxx17__normal_iteratorIPKdS1_EEOd", scope: !7, file: !6, line: 1388, type: !440, scopeLine: 1388, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!440 = !DISubroutineType(types: !441)
!441 = !{!355, !285, !5, !434}
!442 = !DISubprogram(name: "insert", linkageName: "_ZNSt6vectorIdSaIdEE6insertEN9__gnu_cxx17__normal_iteratorIPKdS1_EESt16initializer_listIdE", scope: !7, file: !6, line: 1406, type: !443, scopeLine: 1406, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!443 = !DISubroutineType(types: !444)
!444 = !{!355, !285, !5, !333}
!445 = !DISubprogram(name: "insert", linkageName: "_ZNSt6vectorIdSaIdEE6insertEN9__gnu_cxx17__normal_iteratorIPKdS1_EEmRS4_", scope: !7, file: !6, line: 1432, type: !446, scopeLine: 1432, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!446 = !DISubroutineType(types: !447)
!447 = !{!355, !285, !5, !295, !299}
!448 = !DISubprogram(name: "erase", linkageName: "_ZNSt6vectorIdSaIdEE5eraseEN9__gnu_cxx17__normal_iteratorIPKdS1_EE", scope: !7, file: !6, line: 1529, type: !449, scopeLine: 1529, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!449 = !DISubroutineType(types: !450)
!450 = !{!355, !285, !5}
!451 = !DISubprogram(name: "erase", linkageName: "_ZNSt6vectorIdSaIdEE5eraseEN9__gnu_cxx17__normal_iteratorIPKdS1_EES6_", scope: !7, file: !6, line: 1557, type: !452, scopeLine: 1557, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!452 = !DISubroutineType(types: !453)
!453 = !{!355, !285, !5, !5}
!454 = !DISubprogram(name: "swap", linkageName: "_ZNSt6vectorIdSaIdEE4swapERS1_", scope: !7, file: !6, line: 1581, type: !455, scopeLine: 1581, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!455 = !DISubroutineType(types: !456)
!456 = !{null, !285, !339}
!457 = !DISubprogram(name: "clear", linkageName: "_ZNSt6vectorIdSaIdEE5clearEv", scope: !7, file: !6, line: 1600, type: !283, scopeLine: 1600, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!458 = !DISubprogram(name: "_M_fill_initialize", linkageName: "_ZNSt6vectorIdSaIdEE18_M_fill_initializeEmRKd", scope: !7, file: !6, line: 1699, type: !347, scopeLine: 1699, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!459 = !DISubprogram(name: "_M_default_initialize", linkageName: "_ZNSt6vectorIdSaIdEE21_M_default_initializeEm", scope: !7, file: !6, line: 1710, type: !385, scopeLine: 1710, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!460 = !DISubprogram(name: "_M_fill_assign", linkageName: "_ZNSt6vectorIdSaIdEE14_M_fill_assignEmRKd", scope: !7, file: !6, line: 1757, type: !347, scopeLine: 1757, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!461 = !DISubprogram(name: "_M_fill_insert", linkageName: "_ZNSt6vectorIdSaIdEE14_M_fill_insertEN9__gnu_cxx17__normal_iteratorIPdS1_EEmRKd", scope: !7, file: !6, line: 1801, type: !462, scopeLine: 1801, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!462 = !DISubroutineType(types: !463)
!463 = !{null, !285, !355, !295, !299}
!464 = !DISubprogram(name: "_M_default_append", linkageName: "_ZNSt6vectorIdSaIdEE17_M_default_appendEm", scope: !7, file: !6, line: 1807, type: !385, scopeLine: 1807, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!465 = !DISubprogram(name: "_M_shrink_to_fit", linkageName: "_ZNSt6vectorIdSaIdEE16_M_shrink_to_fitEv", scope: !7, file: !6, line: 1811, type: !466, scopeLine: 1811, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!466 = !DISubroutineType(types: !467)
!467 = !{!130, !285}
!468 = !DISubprogram(name: "_M_insert_rval", linkageName: "_ZNSt6vectorIdSaIdEE14_M_insert_rvalEN9__gnu_cxx17__normal_iteratorIPKdS1_EEOd", scope: !7, file: !6, line: 1873, type: !440, scopeLine: 1873, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!469 = !DISubprogram(name: "_M_emplace_aux", linkageName: "_ZNSt6vectorIdSaIdEE14_M_emplace_auxEN9__gnu_cxx17__normal_iteratorIPKdS1_EEOd", scope: !7, file: !6, line: 1884, type: !440, scopeLine: 1884, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!470 = !DISubprogram(name: "_M_check_len", linkageName: "_ZNKSt6vectorIdSaIdEE12_M_check_lenEmPKc", scope: !7, file: !6, line: 1891, type: !471, scopeLine: 1891, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!471 = !DISubroutineType(types: !472)
!472 = !{!295, !361, !295, !473}
!473 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !474, size: 64)
!474 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !475)
!475 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!476 = !DISubprogram(name: "_S_check_init_len", linkageName: "_ZNSt6vectorIdSaIdEE17_S_check_init_lenEmRKS0_", scope: !7, file: !6, line: 1902, type: !477, scopeLine: 1902, flags: DIFlagProtected | DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!477 = !DISubroutineType(types: !478)
!478 = !{!295, !295, !289}
!479 = !DISubprogram(name: "_S_max_size", linkageName: "_ZNSt6vectorIdSaIdEE11_S_max_sizeERKS0_", scope: !7, file: !6, line: 1911, type: !480, scopeLine: 1911, flags: DIFlagProtected | DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!480 = !DISubroutineType(types: !481)
!481 = !{!295, !482}
!482 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !483, size: 64)
!483 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !275)
!484 = !DISubprogram(name: "_M_erase_at_end", linkageName: "_ZNSt6vectorIdSaIdEE15_M_erase_at_endEPd", scope: !7, file: !6, line: 1928, type: !485, scopeLine: 1928, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!485 = !DISubroutineType(types: !486)
!486 = !{null, !285, !273}
!487 = !DISubprogram(name: "_M_erase", linkageName: "_ZNSt6vectorIdSaIdEE8_M_eraseEN9__gnu_cxx17__normal_iteratorIPdS1_EE", scope: !7, file: !6, line: 1941, type: !488, scopeLine: 1941, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!488 = !DISubroutineType(types: !489)
!489 = !{!355, !285, !355}
!490 = !DISubprogram(name: "_M_erase", linkageName: "_ZNSt6vectorIdSaIdEE8_M_eraseEN9__gnu_cxx17__normal_iteratorIPdS1_EES5_", scope: !7, file: !6, line: 1945, type: !491, scopeLine: 1945, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!491 = !DISubroutineType(types: !492)
!492 = !{!355, !285, !355, !355}
!493 = !DISubprogram(name: "_M_move_assign", linkageName: "_ZNSt6vectorIdSaIdEE14_M_move_assignEOS1_St17integral_constantIbLb1EE", scope: !7, file: !6, line: 1954, type: !494, scopeLine: 1954, flags: DIFlagPrototyped, spFlags: 0)
!494 = !DISubroutineType(types: !495)
!495 = !{null, !285, !310, !237}
!496 = !DISubprogram(name: "_M_move_assign", linkageName: "_ZNSt6vectorIdSaIdEE14_M_move_assignEOS1_St17integral_constantIbLb0EE", scope: !7, file: !6, line: 1966, type: !497, scopeLine: 1966, flags: DIFlagPrototyped, spFlags: 0)
!497 = !DISubroutineType(types: !498)
!498 = !{null, !285, !310, !256}
!499 = !{!87, !500}
!500 = !DITemplateTypeParameter(name: "_Alloc", type: !36, defaulted: true)
!501 = distinct !DICompositeType(tag: DW_TAG_class_type, name: "__normal_iterator<const double *, std::vector<double, std::allocator<double> > >", scope: !22, file: !357, line: 1043, size: 64, flags: DIFlagTypePassByValue | DIFlagNonTrivial, elements: !502, templateParams: !557, identifier: "_ZTSN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEE")
!502 = !{!503, !504, !508, !513, !524, !529, !533, !537, !538, !539, !546, !549, !552, !553, !554}
!503 = !DIDerivedType(tag: DW_TAG_member, name: "_M_current", scope: !501, file: !357, line: 1046, baseType: !66, size: 64, flags: DIFlagProtected)
!504 = !DISubprogram(name: "__normal_iterator", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEC4Ev", scope: !501, file: !357, line: 1068, type: !505, scopeLine: 1068, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!505 = !DISubroutineType(types: !506)
!506 = !{null, !507}
!507 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !501, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!508 = !DISubprogram(name: "__normal_iterator", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEC4ERKS2_", scope: !501, file: !357, line: 1072, type: !509, scopeLine: 1072, flags: DIFlagPublic | DIFlagExplicit | DIFlagPrototyped, spFlags: 0)
!509 = !DISubroutineType(types: !510)
!510 = !{null, !507, !511}
!511 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !512, size: 64)
!512 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !66)
!513 = !DISubprogram(name: "operator*", linkageName: "_ZNK9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEdeEv", scope: !501, file: !357, line: 1095, type: !514, scopeLine: 1095, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!514 = !DISubroutineType(types: !515)
!515 = !{!516, !522}
!516 = !DIDerivedType(tag: DW_TAG_typedef, name: "reference", scope: !501, file: !357, line: 1061, baseType: !517, flags: DIFlagPublic)
!517 = !DIDerivedType(tag: DW_TAG_typedef, name: "reference", scope: !519, file: !518, line: 227, baseType: !69)
!518 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/stl_iterator_base_types.h", directory: "")
!519 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "iterator_traits<const double *>", scope: !8, file: !518, line: 221, size: 8, flags: DIFlagTypePassByValue, elements: !137, templateParams: !520, identifier: "_ZTSSt15iterator_traitsIPKdE")
!520 = !{!521}
!521 = !DITemplateTypeParameter(name: "_Iterator", type: !66)
!522 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !523, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!523 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !501)
!524 = !DISubprogram(name: "operator->", linkageName: "_ZNK9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEptEv", scope: !501, file: !357, line: 1100, type: !525, scopeLine: 1100, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!525 = !DISubroutineType(types: !526)
!526 = !{!527, !522}
!527 = !DIDerivedType(tag: DW_TAG_typedef, name: "pointer", scope: !501, file: !357, line: 1062, baseType: !528, flags: DIFlagPublic)
!528 = !DIDerivedType(tag: DW_TAG_typedef, name: "pointer", scope: !519, file: !518, line: 226, baseType: !66)
!529 = !DISubprogram(name: "operator++", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEppEv", scope: !501, file: !357, line: 1105, type: !530, scopeLine: 1105, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!530 = !DISubroutineType(types: !531)
!531 = !{!532, !507}
!532 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !501, size: 64)
!533 = !DISubprogram(name: "operator++", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEppEi", scope: !501, file: !357, line: 1113, type: !534, scopeLine: 1113, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!534 = !DISubroutineType(types: !535)
!535 = !{!501, !507, !536}
!536 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!537 = !DISubprogram(name: "operator--", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEmmEv", scope: !501, file: !357, line: 1119, type: !530, scopeLine: 1119, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!538 = !DISubprogram(name: "operator--", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEmmEi", scope: !501, file: !357, line: 1127, type: !534, scopeLine: 1127, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!539 = !DISubprogram(name: "operator[]", linkageName: "_ZNK9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEixEl", scope: !501, file: !357, line: 1133, type: !540, scopeLine: 1133, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!540 = !DISubroutineType(types: !541)
!541 = !{!516, !522, !542}
!542 = !DIDerivedType(tag: DW_TAG_typedef, name: "difference_type", scope: !501, file: !357, line: 1060, baseType: !543, flags: DIFlagPublic)
!543 = !DIDerivedType(tag: DW_TAG_typedef, name: "difference_type", scope: !519, file: !518, line: 225, baseType: !544)
!544 = !DIDerivedType(tag: DW_TAG_typedef, name: "ptrdiff_t", scope: !8, file: !75, line: 299, baseType: !545)
!545 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!546 = !DISubprogram(name: "operator+=", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEpLEl", scope: !501, file: !357, line: 1138, type: !547, scopeLine: 1138, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!547 = !DISubroutineType(types: !548)
!548 = !{!532, !507, !542}
!549 = !DISubprogram(name: "operator+", linkageName: "_ZNK9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEplEl", scope: !501, file: !357, line: 1143, type: !550, scopeLine: 1143, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!550 = !DISubroutineType(types: !551)
!551 = !{!501, !522, !542}
!552 = !DISubprogram(name: "operator-=", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEmIEl", scope: !501, file: !357, line: 1148, type: !547, scopeLine: 1148, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!553 = !DISubprogram(name: "operator-", linkageName: "_ZNK9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEmiEl", scope: !501, file: !357, line: 1153, type: !550, scopeLine: 1153, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!554 = !DISubprogram(name: "base", linkageName: "_ZNK9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEE4baseEv", scope: !501, file: !357, line: 1158, type: !555, scopeLine: 1158, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!555 = !DISubroutineType(types: !556)
!556 = !{!511, !522}
!557 = !{!521, !558}
!558 = !DITemplateTypeParameter(name: "_Container", type: !7)
!559 = !{!0}
!560 = !{!561}
!561 = !DIImportedEntity(tag: DW_TAG_imported_module, scope: !562, entity: !563, file: !564, line: 58)
!562 = !DINamespace(name: "__gnu_debug", scope: null)
!563 = !DINamespace(name: "__debug", scope: !8)
!564 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/debug/debug.h", directory: "", checksumkind: CSK_MD5, checksum: "09fce61e0085ea92b4bd81d6cd4dcc16")
!565 = !DIDerivedType(tag: DW_TAG_variable, name: "count", scope: !566, file: !3, line: 14, baseType: !536, flags: DIFlagStaticMember)
!566 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Derived", file: !3, line: 11, size: 192, flags: DIFlagTypePassByReference | DIFlagNonTrivial, elements: !567, vtableHolder: !569, identifier: "_ZTS7Derived")
!567 = !{!568, !586, !587, !565, !589}
!568 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !566, baseType: !569, extraData: i32 0)
!569 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Base", file: !3, line: 5, size: 128, flags: DIFlagTypePassByReference | DIFlagNonTrivial, elements: !570, vtableHolder: !569, identifier: "_ZTS4Base")
!570 = !{!571, !576, !577, !581}
!571 = !DIDerivedType(tag: DW_TAG_member, name: "_vptr$Base", scope: !3, file: !3, baseType: !572, size: 64, flags: DIFlagArtificial)
!572 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !573, size: 64)
!573 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "__vtbl_ptr_type", baseType: !574, size: 64)
!574 = !DISubroutineType(types: !575)
!575 = !{!536}
!576 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !569, file: !3, line: 8, baseType: !33, size: 64, offset: 64)
!577 = !DISubprogram(name: "~Base", linkageName: "_ZN4BaseD4Ev", scope: !569, file: !3, line: 6, type: !578, scopeLine: 6, containingType: !569, virtualIndex: 0, flags: DIFlagPrototyped, spFlags: DISPFlagVirtual)
!578 = !DISubroutineType(types: !579)
!579 = !{null, !580}
!580 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !569, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!581 = !DISubprogram(name: "get", linkageName: "_ZNK4Base3getEv", scope: !569, file: !3, line: 7, type: !582, scopeLine: 7, containingType: !569, virtualIndex: 2, flags: DIFlagPrototyped, spFlags: DISPFlagVirtual)
!582 = !DISubroutineType(types: !583)
!583 = !{!33, !584}
!584 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !585, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!585 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !569)
!586 = !DIDerivedType(tag: DW_TAG_member, name: "k", scope: !566, file: !3, line: 12, baseType: !536, size: 32, offset: 128)
!587 = !DIDerivedType(tag: DW_TAG_member, name: "f", scope: !566, file: !3, line: 13, baseType: !588, size: 32, offset: 160)
!588 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!589 = !DISubprogram(name: "get", linkageName: "_ZNK7Derived3getEv", scope: !566, file: !3, line: 15, type: !590, scopeLine: 15, containingType: !566, virtualIndex: 2, flags: DIFlagPrototyped, spFlags: DISPFlagVirtual)
!590 = !DISubroutineType(types: !591)
!591 = !{!33, !592}
!592 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !593, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!593 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !566)
!594 = !{i32 7, !"Dwarf Version", i32 5}
!595 = !{i32 2, !"Debug Info Version", i32 3}
!596 = !{i32 1, !"wchar_size", i32 4}
!597 = !{i32 8, !"PIC Level", i32 2}
!598 = !{i32 7, !"PIE Level", i32 2}
!599 = !{i32 7, !"uwtable", i32 2}
!600 = !{i32 7, !"frame-pointer", i32 2}
!601 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!602 = distinct !DISubprogram(name: "use_derived", linkageName: "_Z11use_derivedP7Derived", scope: !3, file: !3, line: 27, type: !603, scopeLine: 27, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !137)
!603 = !DISubroutineType(types: !604)
!604 = !{!33, !605}
!605 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !566, size: 64)
!606 = !DILocalVariable(name: "d", arg: 1, scope: !602, file: !3, line: 27, type: !605)
!607 = !DILocation(line: 27, column: 29, scope: !602)
!608 = !DILocation(line: 27, column: 41, scope: !602)
!609 = !DILocation(line: 27, column: 44, scope: !602)
!610 = !DILocation(line: 27, column: 34, scope: !602)
!611 = distinct !DISubprogram(name: "use_ref", linkageName: "_Z7use_refRK5PlainOS_", scope: !3, file: !3, line: 28, type: !612, scopeLine: 28, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !137)
!612 = !DISubroutineType(types: !613)
!613 = !{!33, !614, !620}
!614 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !615, size: 64)
!615 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !616)
!616 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Plain", file: !3, line: 19, size: 128, flags: DIFlagTypePassByValue, elements: !617, identifier: "_ZTS5Plain")
!617 = !{!618, !619}
!618 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !616, file: !3, line: 19, baseType: !33, size: 64)
!619 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !616, file: !3, line: 19, baseType: !33, size: 64, offset: 64)
!620 = !DIDerivedType(tag: DW_TAG_rvalue_reference_type, baseType: !616, size: 64)
!621 = !DILocalVariable(name: "p", arg: 1, scope: !611, file: !3, line: 28, type: !614)
!622 = !DILocation(line: 28, column: 29, scope: !611)
!623 = !DILocalVariable(name: "q", arg: 2, scope: !611, file: !3, line: 28, type: !620)
!624 = !DILocation(line: 28, column: 40, scope: !611)
!625 = !DILocation(line: 28, column: 52, scope: !611)
!626 = !{i64 8}
!627 = !DILocation(line: 28, column: 54, scope: !611)
!628 = !DILocation(line: 28, column: 58, scope: !611)
!629 = !DILocation(line: 28, column: 60, scope: !611)
!630 = !DILocation(line: 28, column: 56, scope: !611)
!631 = !DILocation(line: 28, column: 45, scope: !611)
!632 = distinct !DISubprogram(name: "use_based", linkageName: "_Z9use_basedP13WithPlainBase", scope: !3, file: !3, line: 29, type: !633, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !137)
!633 = !DISubroutineType(types: !634)
!634 = !{!33, !635}
!635 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !636, size: 64)
!636 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "WithPlainBase", file: !3, line: 20, size: 192, flags: DIFlagTypePassByValue, elements: !637, identifier: "_ZTS13WithPlainBase")
!637 = !{!638, !639}
!638 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !636, baseType: !616, extraData: i32 0)
!639 = !DIDerivedType(tag: DW_TAG_member, name: "n", scope: !636, file: !3, line: 20, baseType: !545, size: 64, offset: 128)
!640 = !DILocalVariable(name: "w", arg: 1, scope: !632, file: !3, line: 29, type: !635)
!641 = !DILocation(line: 29, column: 33, scope: !632)
!642 = !DILocation(line: 29, column: 45, scope: !632)
!643 = !DILocation(line: 29, column: 48, scope: !632)
!644 = !DILocation(line: 29, column: 52, scope: !632)
!645 = !DILocation(line: 29, column: 55, scope: !632)
!646 = !DILocation(line: 29, column: 50, scope: !632)
!647 = !DILocation(line: 29, column: 38, scope: !632)
!648 = distinct !DISubprogram(name: "use_holder", linkageName: "_Z10use_holderRK6Holder", scope: !3, file: !3, line: 30, type: !649, scopeLine: 30, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !137)
!649 = !DISubroutineType(types: !650)
!650 = !{!33, !651}
!651 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !652, size: 64)
!652 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !653)
!653 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Holder", file: !3, line: 22, size: 256, flags: DIFlagTypePassByReference | DIFlagNonTrivial, elements: !654, identifier: "_ZTS6Holder")
!654 = !{!655, !656}
!655 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !653, file: !3, line: 23, baseType: !7, size: 192)
!656 = !DIDerivedType(tag: DW_TAG_member, name: "scale", scope: !653, file: !3, line: 24, baseType: !33, size: 64, offset: 192)
!657 = !DILocalVariable(name: "h", arg: 1, scope: !648, file: !3, line: 30, type: !651)
!658 = !DILocation(line: 30, column: 33, scope: !648)
!659 = !DILocation(line: 30, column: 45, scope: !648)
!660 = !DILocation(line: 30, column: 47, scope: !648)
!661 = !DILocation(line: 30, column: 49, scope: !648)
!662 = !DILocation(line: 30, column: 63, scope: !648)
!663 = !DILocation(line: 30, column: 65, scope: !648)
!664 = !DILocation(line: 30, column: 72, scope: !648)
!665 = !DILocation(line: 30, column: 74, scope: !648)
!666 = !DILocation(line: 30, column: 70, scope: !648)
!667 = !DILocation(line: 30, column: 38, scope: !648)
!668 = distinct !DISubprogram(name: "empty", linkageName: "_ZNKSt6vectorIdSaIdEE5emptyEv", scope: !7, file: !6, line: 1083, type: !391, scopeLine: 1084, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, declaration: !390, retainedNodes: !137)
!669 = !DILocalVariable(name: "this", arg: 1, scope: !668, type: !670, flags: DIFlagArtificial | DIFlagObjectPointer)
!670 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !306, size: 64)
!671 = !DILocation(line: 0, scope: !668)
!672 = !DILocation(line: 1084, column: 16, scope: !668)
!673 = !DILocation(line: 1084, column: 27, scope: !668)
!674 = !DILocation(line: 1084, column: 24, scope: !668)
!675 = !DILocation(line: 1084, column: 9, scope: !668)
!676 = distinct !DISubprogram(name: "operator[]", linkageName: "_ZNKSt6vectorIdSaIdEEixEm", scope: !7, file: !6, line: 1140, type: !403, scopeLine: 1141, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, declaration: !402, retainedNodes: !137)
!677 = !DILocalVariable(name: "this", arg: 1, scope: !676, type: !670, flags: DIFlagArtificial | DIFlagObjectPointer)
!678 = !DILocation(line: 0, scope: !676)
!679 = !DILocalVariable(name: "__n", arg: 2, scope: !676, file: !6, line: 1140, type: !295)
!680 = !DILocation(line: 1140, column: 28, scope: !676)
!681 = !DILocation(line: 1143, column: 17, scope: !676)
!682 = !DILocation(line: 1143, column: 25, scope: !676)
!683 = !DILocation(line: 1143, column: 36, scope: !676)
!684 = !DILocation(line: 1143, column: 9, scope: !676)
!685 = !DILocation(line: 1143, column: 2, scope: !676)
!686 = distinct !DISubprogram(name: "use_lref", linkageName: "_Z8use_lrefRd", scope: !3, file: !3, line: 31, type: !687, scopeLine: 31, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !137)
!687 = !DISubroutineType(types: !688)
!688 = !{!33, !61}
!689 = !DILocalVariable(name: "d", arg: 1, scope: !686, file: !3, line: 31, type: !61)
!690 = !DILocation(line: 31, column: 25, scope: !686)
!691 = !DILocation(line: 31, column: 37, scope: !686)
!692 = !DILocation(line: 31, column: 39, scope: !686)
!693 = !DILocation(line: 31, column: 30, scope: !686)
!694 = distinct !DISubprogram(name: "operator==<const double *, std::vector<double, std::allocator<double> > >", linkageName: "_ZN9__gnu_cxxeqIPKdSt6vectorIdSaIdEEEEbRKNS_17__normal_iteratorIT_T0_EESB_", scope: !22, file: !357, line: 1221, type: !695, scopeLine: 1224, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, templateParams: !557, retainedNodes: !137)
!695 = !DISubroutineType(types: !696)
!696 = !{!130, !697, !697}
!697 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !523, size: 64)
!698 = !DILocalVariable(name: "__lhs", arg: 1, scope: !694, file: !357, line: 1221, type: !697)
!699 = !DILocation(line: 1221, column: 64, scope: !694)
!700 = !DILocalVariable(name: "__rhs", arg: 2, scope: !694, file: !357, line: 1222, type: !697)
!701 = !DILocation(line: 1222, column: 57, scope: !694)
!702 = !DILocation(line: 1224, column: 14, scope: !694)
!703 = !DILocation(line: 1224, column: 20, scope: !694)
!704 = !DILocation(line: 1224, column: 30, scope: !694)
!705 = !DILocation(line: 1224, column: 36, scope: !694)
!706 = !DILocation(line: 1224, column: 27, scope: !694)
!707 = !DILocation(line: 1224, column: 7, scope: !694)
!708 = distinct !DISubprogram(name: "begin", linkageName: "_ZNKSt6vectorIdSaIdEE5beginEv", scope: !7, file: !6, line: 878, type: !359, scopeLine: 879, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, declaration: !358, retainedNodes: !137)
!709 = !DILocalVariable(name: "this", arg: 1, scope: !708, type: !670, flags: DIFlagArtificial | DIFlagObjectPointer)
!710 = !DILocation(line: 0, scope: !708)
!711 = !DILocation(line: 879, column: 37, scope: !708)
!712 = !DILocation(line: 879, column: 45, scope: !708)
!713 = !DILocation(line: 879, column: 16, scope: !708)
!714 = !DILocation(line: 879, column: 9, scope: !708)
!715 = distinct !DISubprogram(name: "end", linkageName: "_ZNKSt6vectorIdSaIdEE3endEv", scope: !7, file: !6, line: 898, type: !359, scopeLine: 899, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, declaration: !363, retainedNodes: !137)
!716 = !DILocalVariable(name: "this", arg: 1, scope: !715, type: !670, flags: DIFlagArtificial | DIFlagObjectPointer)
!717 = !DILocation(line: 0, scope: !715)
!718 = !DILocation(line: 899, column: 37, scope: !715)
!719 = !DILocation(line: 899, column: 45, scope: !715)
!720 = !DILocation(line: 899, column: 16, scope: !715)
!721 = !DILocation(line: 899, column: 9, scope: !715)
!722 = distinct !DISubprogram(name: "base", linkageName: "_ZNK9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEE4baseEv", scope: !501, file: !357, line: 1158, type: !555, scopeLine: 1159, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, declaration: !554, retainedNodes: !137)
!723 = !DILocalVariable(name: "this", arg: 1, scope: !722, type: !724, flags: DIFlagArtificial | DIFlagObjectPointer)
!724 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !523, size: 64)
!725 = !DILocation(line: 0, scope: !722)
!726 = !DILocation(line: 1159, column: 16, scope: !722)
!727 = !DILocation(line: 1159, column: 9, scope: !722)
!728 = distinct !DISubprogram(name: "__normal_iterator", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEC2ERKS2_", scope: !501, file: !357, line: 1072, type: !509, scopeLine: 1073, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, declaration: !508, retainedNodes: !137)
!729 = !DILocalVariable(name: "this", arg: 1, scope: !728, type: !730, flags: DIFlagArtificial | DIFlagObjectPointer)
!730 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !501, size: 64)
!731 = !DILocation(line: 0, scope: !728)
!732 = !DILocalVariable(name: "__i", arg: 2, scope: !728, file: !357, line: 1072, type: !511)
!733 = !DILocation(line: 1072, column: 42, scope: !728)
!734 = !DILocation(line: 1073, column: 9, scope: !728)
!735 = !DILocation(line: 1073, column: 20, scope: !728)
!736 = !DILocation(line: 1073, column: 27, scope: !728)
