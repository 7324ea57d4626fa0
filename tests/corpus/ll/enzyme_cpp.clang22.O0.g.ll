; ModuleID = 'src/enzyme_cpp.cpp'
source_filename = "src/enzyme_cpp.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Params = type { i64, double, float, i32 }
%class.anon = type { i8 }
%"class.std::vector" = type { %"struct.std::_Vector_base" }
%"struct.std::_Vector_base" = type { %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl" }
%"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl" = type { %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data" }
%"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data" = type { ptr, ptr, ptr }
%"class.std::initializer_list" = type { ptr, i64 }
%"class.std::allocator" = type { i8 }
%class.anon.0 = type { double, ptr }
%class.anon.1 = type { %struct.Params }
%"struct.std::forward_iterator_tag" = type { i8 }
%"struct.std::random_access_iterator_tag" = type { i8 }
%"class.__gnu_cxx::__normal_iterator" = type { ptr }

$_ZNSaIdEC2Ev = comdat any

$_ZNSt6vectorIdSaIdEEC2ESt16initializer_listIdERKS0_ = comdat any

$_ZNSaIdED2Ev = comdat any

$_ZNSt6vectorIdSaIdEED2Ev = comdat any

$_ZNSt15__new_allocatorIdEC2Ev = comdat any

$_ZNSt15__new_allocatorIdED2Ev = comdat any

$_ZNSt12_Vector_baseIdSaIdEEC2ERKS0_ = comdat any

$_ZNSt6vectorIdSaIdEE19_M_range_initializeIPKdEEvT_S5_St20forward_iterator_tag = comdat any

$_ZNKSt16initializer_listIdE5beginEv = comdat any

$_ZNKSt16initializer_listIdE3endEv = comdat any

$_ZNSt12_Vector_baseIdSaIdEED2Ev = comdat any

$_ZNSt12_Vector_baseIdSaIdEE12_Vector_implC2ERKS0_ = comdat any

$_ZNSt12_Vector_baseIdSaIdEE17_Vector_impl_dataC2Ev = comdat any

$_ZNSt15__new_allocatorIdEC2ERKS0_ = comdat any

$_ZSt8distanceIPKdENSt15iterator_traitsIT_E15difference_typeES3_S3_ = comdat any

$_ZNSt12_Vector_baseIdSaIdEE11_M_allocateEm = comdat any

$_ZNSt6vectorIdSaIdEE17_S_check_init_lenEmRKS0_ = comdat any

$_ZNSt12_Vector_baseIdSaIdEE19_M_get_Tp_allocatorEv = comdat any

$_ZSt22__uninitialized_copy_aIPKdPddET0_T_S4_S3_RSaIT1_E = comdat any

$_ZSt10__distanceIPKdENSt15iterator_traitsIT_E15difference_typeES3_S3_St26random_access_iterator_tag = comdat any

$_ZSt19__iterator_categoryIPKdENSt15iterator_traitsIT_E17iterator_categoryERKS3_ = comdat any

$_ZNSt16allocator_traitsISaIdEE8allocateERS0_m = comdat any

$_ZNSt15__new_allocatorIdE8allocateEmPKv = comdat any

$_ZNKSt15__new_allocatorIdE11_M_max_sizeEv = comdat any

$_ZNSt6vectorIdSaIdEE11_S_max_sizeERKS0_ = comdat any

$_ZNSaIdEC2ERKS_ = comdat any

$_ZNSt16allocator_traitsISaIdEE8max_sizeERKS0_ = comdat any

$_ZSt3minImERKT_S2_S2_ = comdat any

$__clang_call_terminate = comdat any

$_ZNKSt15__new_allocatorIdE8max_sizeEv = comdat any

$_ZSt18uninitialized_copyIPKdPdET0_T_S4_S3_ = comdat any

$_ZNSt20__uninitialized_copyILb1EE13__uninit_copyIPKdPdEET0_T_S6_S5_ = comdat any

$_ZSt4copyIPKdPdET0_T_S4_S3_ = comdat any

$_ZSt13__copy_move_aILb0EPKdPdET1_T0_S4_S3_ = comdat any

$_ZSt12__miter_baseIPKdET_S2_ = comdat any

$_ZSt12__niter_wrapIPdET_RKS1_S1_ = comdat any

$_ZSt14__copy_move_a1ILb0EPKdPdET1_T0_S4_S3_ = comdat any

$_ZSt12__niter_baseIPKdET_S2_ = comdat any

$_ZSt12__niter_baseIPdET_S1_ = comdat any

$_ZSt14__copy_move_a2ILb0EPKdPdET1_T0_S4_S3_ = comdat any

$_ZNSt11__copy_moveILb0ELb1ESt26random_access_iterator_tagE8__copy_mIdEEPT_PKS3_S6_S4_ = comdat any

$_ZNKSt16initializer_listIdE4sizeEv = comdat any

$_ZNSt12_Vector_baseIdSaIdEE13_M_deallocateEPdm = comdat any

$_ZNSt12_Vector_baseIdSaIdEE12_Vector_implD2Ev = comdat any

$_ZNSt16allocator_traitsISaIdEE10deallocateERS0_Pdm = comdat any

$_ZNSt15__new_allocatorIdE10deallocateEPdm = comdat any

$_ZSt8_DestroyIPddEvT_S1_RSaIT0_E = comdat any

$_ZSt8_DestroyIPdEvT_S1_ = comdat any

$_ZNSt12_Destroy_auxILb1EE9__destroyIPdEEvT_S3_ = comdat any

$_ZNSt6vectorIdSaIdEE5beginEv = comdat any

$_ZNSt6vectorIdSaIdEE3endEv = comdat any

$_ZN9__gnu_cxxneIPdSt6vectorIdSaIdEEEEbRKNS_17__normal_iteratorIT_T0_EESA_ = comdat any

$_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEdeEv = comdat any

$_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEppEv = comdat any

$_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEC2ERKS1_ = comdat any

$_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEE4baseEv = comdat any

@enzyme_out = external global i32, align 4
@constinit = private constant [3 x double] [double 1.000000e+00, double 5.000000e-01, double 2.500000e-01], align 8
@enzyme_const = external global i32, align 4
@__const.main.prm = private unnamed_addr constant %struct.Params { i64 3, double 2.000000e+00, float 1.500000e+00, i32 1 }, align 8
@enzyme_dup = external global i32, align 4
@.str = private unnamed_addr constant [13 x i8] c"%f %f %f %f\0A\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [49 x i8] c"cannot create std::vector larger than max_size()\00", align 1, !dbg !8

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define dso_local noundef double @_Z4polyd(double noundef %0) #0 !dbg !1203 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1204, !DIExpression(), !1205)
  %3 = load double, ptr %2, align 8, !dbg !1206
  %4 = fmul double 3.000000e+00, %3, !dbg !1207
  %5 = load double, ptr %2, align 8, !dbg !1208
  %6 = fmul double %4, %5, !dbg !1209
  %7 = load double, ptr %2, align 8, !dbg !1210
  %8 = load double, ptr %2, align 8, !dbg !1211
  %9 = fmul double 2.000000e+00, %8, !dbg !1212
  %10 = fneg double %9, !dbg !1213
  %11 = call double @llvm.fmuladd.f64(double %6, double %7, double %10), !dbg !1213
  %12 = fadd double %11, 1.000000e+00, !dbg !1214
  ret double %12, !dbg !1215
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: mustprogress noinline norecurse optnone uwtable
define dso_local noundef i32 @main() #2 personality ptr @__gxx_personality_v0 !dbg !1216 {
  %1 = alloca i32, align 4
  %2 = alloca double, align 8
  %3 = alloca %class.anon, align 1
  %4 = alloca ptr, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  %7 = alloca %"class.std::vector", align 8
  %8 = alloca %"class.std::initializer_list", align 8
  %9 = alloca [3 x double], align 8
  %10 = alloca %"class.std::allocator", align 1
  %11 = alloca ptr, align 8
  %12 = alloca i32, align 4
  %13 = alloca %class.anon.0, align 8
  %14 = alloca double, align 8
  %15 = alloca %struct.Params, align 8
  %16 = alloca %class.anon.1, align 8
  %17 = alloca %class.anon.1, align 8
  %18 = alloca double, align 8
  %19 = alloca double, align 8
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !1217, !DIExpression(), !1218)
  store double 1.500000e+00, ptr %2, align 8, !dbg !1218
    #dbg_declare(ptr %3, !1219, !DIExpression(), !1221)
    #dbg_declare(ptr %4, !1222, !DIExpression(), !1224)
  %20 = call noundef ptr @"_ZZ4mainENK3$_0cvPFddEEv"(ptr noundef nonnull align 1 dereferenceable(1) %3) #12, !dbg !1225
  store ptr %20, ptr %4, align 8, !dbg !1224
    #dbg_declare(ptr %5, !1226, !DIExpression(), !1227)
  %21 = load ptr, ptr %4, align 8, !dbg !1228
  %22 = load i32, ptr @enzyme_out, align 4, !dbg !1229
  %23 = load double, ptr %2, align 8, !dbg !1230
  %24 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef %21, i32 noundef %22, double noundef %23), !dbg !1231
  store double %24, ptr %5, align 8, !dbg !1227
    #dbg_declare(ptr %6, !1232, !DIExpression(), !1233)
  store double 4.000000e+00, ptr %6, align 8, !dbg !1233
    #dbg_declare(ptr %7, !1234, !DIExpression(), !1235)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %9, ptr align 8 @constinit, i64 24, i1 false), !dbg !1236
  %25 = getelementptr inbounds nuw %"class.std::initializer_list", ptr %8, i32 0, i32 0, !dbg !1236
  store ptr %9, ptr %25, align 8, !dbg !1236
  %26 = getelementptr inbounds nuw %"class.std::initializer_list", ptr %8, i32 0, i32 1, !dbg !1236
  store i64 3, ptr %26, align 8, !dbg !1236
  call void @_ZNSaIdEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %10) #12, !dbg !1236
  %27 = getelementptr inbounds nuw { ptr, i64 }, ptr %8, i32 0, i32 0, !dbg !1236
  %28 = load ptr, ptr %27, align 8, !dbg !1236
  %29 = getelementptr inbounds nuw { ptr, i64 }, ptr %8, i32 0, i32 1, !dbg !1236
  %30 = load i64, ptr %29, align 8, !dbg !1236
  invoke void @_ZNSt6vectorIdSaIdEEC2ESt16initializer_listIdERKS0_(ptr noundef nonnull align 8 dereferenceable(24) %7, ptr %28, i64 %30, ptr noundef nonnull align 1 dereferenceable(1) %10)
          to label %31 unwind label %57, !dbg !1236

31:                                               ; preds = %0
  call void @_ZNSaIdED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %10) #12, !dbg !1236
    #dbg_declare(ptr %13, !1237, !DIExpression(), !1242)
  %32 = getelementptr inbounds nuw %class.anon.0, ptr %13, i32 0, i32 0, !dbg !1243
  %33 = load double, ptr %6, align 8, !dbg !1244
  store double %33, ptr %32, align 8, !dbg !1243
  %34 = getelementptr inbounds nuw %class.anon.0, ptr %13, i32 0, i32 1, !dbg !1243
  store ptr %7, ptr %34, align 8, !dbg !1243
    #dbg_declare(ptr %14, !1245, !DIExpression(), !1246)
  %35 = load i32, ptr @enzyme_const, align 4, !dbg !1247
  %36 = load i32, ptr @enzyme_out, align 4, !dbg !1248
  %37 = load double, ptr %2, align 8, !dbg !1249
  %38 = invoke double (ptr, ...) @__enzyme_autodiff(ptr noundef @"_Z5trampIZ4mainE3$_1EdPKT_d", i32 noundef %35, ptr noundef %13, i32 noundef %36, double noundef %37)
          to label %39 unwind label %61, !dbg !1250

39:                                               ; preds = %31
  store double %38, ptr %14, align 8, !dbg !1246
    #dbg_declare(ptr %15, !1251, !DIExpression(), !1258)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %15, ptr align 8 @__const.main.prm, i64 24, i1 false), !dbg !1258
    #dbg_declare(ptr %16, !1259, !DIExpression(), !1263)
  %40 = getelementptr inbounds nuw %class.anon.1, ptr %16, i32 0, i32 0, !dbg !1264
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %40, ptr align 8 %15, i64 24, i1 false), !dbg !1265
    #dbg_declare(ptr %17, !1266, !DIExpression(), !1267)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %17, ptr align 8 %16, i64 24, i1 false), !dbg !1268
  call void @llvm.memset.p0.i64(ptr align 1 %17, i8 0, i64 24, i1 false), !dbg !1269
    #dbg_declare(ptr %18, !1270, !DIExpression(), !1271)
  %41 = load i32, ptr @enzyme_dup, align 4, !dbg !1272
  %42 = load i32, ptr @enzyme_out, align 4, !dbg !1273
  %43 = load double, ptr %2, align 8, !dbg !1274
  %44 = invoke double (ptr, ...) @__enzyme_autodiff(ptr noundef @"_Z5trampIZ4mainE3$_2EdPKT_d", i32 noundef %41, ptr noundef %16, ptr noundef %17, i32 noundef %42, double noundef %43)
          to label %45 unwind label %61, !dbg !1275

45:                                               ; preds = %39
  store double %44, ptr %18, align 8, !dbg !1271
    #dbg_declare(ptr %19, !1276, !DIExpression(), !1277)
  %46 = load i32, ptr @enzyme_dup, align 4, !dbg !1278
  %47 = load double, ptr %2, align 8, !dbg !1279
  %48 = invoke double (ptr, ...) @__enzyme_fwddiff(ptr noundef @_Z4polyd, i32 noundef %46, double noundef %47, double noundef 1.000000e+00)
          to label %49 unwind label %61, !dbg !1280

49:                                               ; preds = %45
  store double %48, ptr %19, align 8, !dbg !1277
  %50 = load double, ptr %5, align 8, !dbg !1281
  %51 = load double, ptr %14, align 8, !dbg !1282
  %52 = load double, ptr %18, align 8, !dbg !1283
  %53 = load double, ptr %19, align 8, !dbg !1284
  %54 = invoke i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %50, double noundef %51, double noundef %52, double noundef %53)
          to label %55 unwind label %61, !dbg !1285

55:                                               ; preds = %49
  store i32 0, ptr %1, align 4, !dbg !1286
  call void @_ZNSt6vectorIdSaIdEED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %7) #12, !dbg !1287
  %56 = load i32, ptr %1, align 4, !dbg !1287
  ret i32 %56, !dbg !1287

57:                                               ; preds = %0
  %58 = landingpad { ptr, i32 }
          cleanup, !dbg !1287
  %59 = extractvalue { ptr, i32 } %58, 0, !dbg !1287
  store ptr %59, ptr %11, align 8, !dbg !1287
  %60 = extractvalue { ptr, i32 } %58, 1, !dbg !1287
  store i32 %60, ptr %12, align 4, !dbg !1287
  call void @_ZNSaIdED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %10) #12, !dbg !1236
  br label %65, !dbg !1236

61:                                               ; preds = %49, %45, %39, %31
  %62 = landingpad { ptr, i32 }
          cleanup, !dbg !1287
  %63 = extractvalue { ptr, i32 } %62, 0, !dbg !1287
  store ptr %63, ptr %11, align 8, !dbg !1287
  %64 = extractvalue { ptr, i32 } %62, 1, !dbg !1287
  store i32 %64, ptr %12, align 4, !dbg !1287
  call void @_ZNSt6vectorIdSaIdEED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %7) #12, !dbg !1287
  br label %65, !dbg !1287

65:                                               ; preds = %61, %57
  %66 = load ptr, ptr %11, align 8, !dbg !1236
  %67 = load i32, ptr %12, align 4, !dbg !1236
  %68 = insertvalue { ptr, i32 } poison, ptr %66, 0, !dbg !1236
  %69 = insertvalue { ptr, i32 } %68, i32 %67, 1, !dbg !1236
  resume { ptr, i32 } %69, !dbg !1236
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define internal noundef ptr @"_ZZ4mainENK3$_0cvPFddEEv"(ptr noundef nonnull align 1 dereferenceable(1) %0) #0 align 2 !dbg !1288 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1294, !DIExpression(), !1296)
  %3 = load ptr, ptr %2, align 8
  ret ptr @"_ZZ4mainEN3$_08__invokeEd", !dbg !1297
}

declare double @__enzyme_autodiff(ptr noundef, ...) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZNSaIdEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #0 comdat align 2 !dbg !1298 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1299, !DIExpression(), !1301)
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSt15__new_allocatorIdEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3) #12, !dbg !1302
  ret void, !dbg !1303
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local void @_ZNSt6vectorIdSaIdEEC2ESt16initializer_listIdERKS0_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr %1, i64 %2, ptr noundef nonnull align 1 dereferenceable(1) %3) unnamed_addr #5 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !1304 {
  %5 = alloca %"class.std::initializer_list", align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca %"struct.std::forward_iterator_tag", align 1
  %9 = alloca %"struct.std::random_access_iterator_tag", align 1
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = getelementptr inbounds nuw { ptr, i64 }, ptr %5, i32 0, i32 0
  store ptr %1, ptr %12, align 8
  %13 = getelementptr inbounds nuw { ptr, i64 }, ptr %5, i32 0, i32 1
  store i64 %2, ptr %13, align 8
  store ptr %0, ptr %6, align 8
    #dbg_declare(ptr %6, !1305, !DIExpression(), !1307)
    #dbg_declare(ptr %5, !1308, !DIExpression(), !1309)
  store ptr %3, ptr %7, align 8
    #dbg_declare(ptr %7, !1310, !DIExpression(), !1311)
  %14 = load ptr, ptr %6, align 8
  %15 = load ptr, ptr %7, align 8, !dbg !1312, !nonnull !148
  call void @_ZNSt12_Vector_baseIdSaIdEEC2ERKS0_(ptr noundef nonnull align 8 dereferenceable(24) %14, ptr noundef nonnull align 1 dereferenceable(1) %15) #12, !dbg !1313
  %16 = call noundef ptr @_ZNKSt16initializer_listIdE5beginEv(ptr noundef nonnull align 8 dereferenceable(16) %5) #12, !dbg !1314
  %17 = call noundef ptr @_ZNKSt16initializer_listIdE3endEv(ptr noundef nonnull align 8 dereferenceable(16) %5) #12, !dbg !1316
  invoke void @_ZNSt6vectorIdSaIdEE19_M_range_initializeIPKdEEvT_S5_St20forward_iterator_tag(ptr noundef nonnull align 8 dereferenceable(24) %14, ptr noundef %16, ptr noundef %17)
          to label %18 unwind label %19, !dbg !1317

18:                                               ; preds = %4
  ret void, !dbg !1318

19:                                               ; preds = %4
  %20 = landingpad { ptr, i32 }
          cleanup, !dbg !1319
  %21 = extractvalue { ptr, i32 } %20, 0, !dbg !1319
  store ptr %21, ptr %10, align 8, !dbg !1319
  %22 = extractvalue { ptr, i32 } %20, 1, !dbg !1319
  store i32 %22, ptr %11, align 4, !dbg !1319
  call void @_ZNSt12_Vector_baseIdSaIdEED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %14) #12, !dbg !1319
  br label %23, !dbg !1319

23:                                               ; preds = %19
  %24 = load ptr, ptr %10, align 8, !dbg !1319
  %25 = load i32, ptr %11, align 4, !dbg !1319
  %26 = insertvalue { ptr, i32 } poison, ptr %24, 0, !dbg !1319
  %27 = insertvalue { ptr, i32 } %26, i32 %25, 1, !dbg !1319
  resume { ptr, i32 } %27, !dbg !1319
}

declare i32 @__gxx_personality_v0(...)

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZNSaIdED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #0 comdat align 2 !dbg !1320 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1321, !DIExpression(), !1322)
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSt15__new_allocatorIdED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3) #12, !dbg !1323
  ret void, !dbg !1325
}

; Function Attrs: mustprogress noinline optnone uwtable
define internal noundef double @"_Z5trampIZ4mainE3$_1EdPKT_d"(ptr noundef %0, double noundef %1) #5 !dbg !1326 {
  %3 = alloca ptr, align 8
  %4 = alloca double, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1333, !DIExpression(), !1334)
  store double %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1335, !DIExpression(), !1336)
  %5 = load ptr, ptr %3, align 8, !dbg !1337
  %6 = load double, ptr %4, align 8, !dbg !1338
  %7 = call noundef double @"_ZZ4mainENK3$_1clEd"(ptr noundef nonnull align 8 dereferenceable(16) %5, double noundef %6), !dbg !1339
  ret double %7, !dbg !1340
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #6

; Function Attrs: mustprogress noinline optnone uwtable
define internal noundef double @"_Z5trampIZ4mainE3$_2EdPKT_d"(ptr noundef %0, double noundef %1) #5 !dbg !1341 {
  %3 = alloca ptr, align 8
  %4 = alloca double, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1348, !DIExpression(), !1349)
  store double %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1350, !DIExpression(), !1351)
  %5 = load ptr, ptr %3, align 8, !dbg !1352
  %6 = load double, ptr %4, align 8, !dbg !1353
  %7 = call noundef double @"_ZZ4mainENK3$_2clEd"(ptr noundef nonnull align 8 dereferenceable(24) %5, double noundef %6), !dbg !1354
  ret double %7, !dbg !1355
}

declare double @__enzyme_fwddiff(ptr noundef, ...) #3

declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZNSt6vectorIdSaIdEED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #0 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !1356 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1357, !DIExpression(), !1358)
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %3, i32 0, i32 0, !dbg !1359
  %5 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %4, i32 0, i32 0, !dbg !1361
  %6 = load ptr, ptr %5, align 8, !dbg !1361
  %7 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %3, i32 0, i32 0, !dbg !1362
  %8 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %7, i32 0, i32 1, !dbg !1363
  %9 = load ptr, ptr %8, align 8, !dbg !1363
  %10 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt12_Vector_baseIdSaIdEE19_M_get_Tp_allocatorEv(ptr noundef nonnull align 8 dereferenceable(24) %3) #12, !dbg !1364
  invoke void @_ZSt8_DestroyIPddEvT_S1_RSaIT0_E(ptr noundef %6, ptr noundef %9, ptr noundef nonnull align 1 dereferenceable(1) %10)
          to label %11 unwind label %12, !dbg !1365

11:                                               ; preds = %1
  call void @_ZNSt12_Vector_baseIdSaIdEED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %3) #12, !dbg !1366
  ret void, !dbg !1367

12:                                               ; preds = %1
  %13 = landingpad { ptr, i32 }
          catch ptr null, !dbg !1365
  %14 = extractvalue { ptr, i32 } %13, 0, !dbg !1365
  call void @__clang_call_terminate(ptr %14) #13, !dbg !1365
  unreachable, !dbg !1365
}

; Function Attrs: mustprogress noinline optnone uwtable
define internal noundef double @"_ZZ4mainEN3$_08__invokeEd"(double noundef %0) #5 align 2 !dbg !1368 {
  %2 = alloca double, align 8
  %3 = alloca %class.anon, align 1
  store double %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1370, !DIExpression(), !1371)
  %4 = load double, ptr %2, align 8, !dbg !1372
  %5 = call noundef double @"_ZZ4mainENK3$_0clEd"(ptr noundef nonnull align 1 dereferenceable(1) %3, double noundef %4), !dbg !1372
  ret double %5, !dbg !1372
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define internal noundef double @"_ZZ4mainENK3$_0clEd"(ptr noundef nonnull align 1 dereferenceable(1) %0, double noundef %1) #0 align 2 !dbg !1373 {
  %3 = alloca ptr, align 8
  %4 = alloca double, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1377, !DIExpression(), !1378)
  store double %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1379, !DIExpression(), !1380)
  %5 = load ptr, ptr %3, align 8
  %6 = load double, ptr %4, align 8, !dbg !1381
  %7 = call double @sin(double noundef %6) #12, !dbg !1382
  %8 = load double, ptr %4, align 8, !dbg !1383
  %9 = fmul double %7, %8, !dbg !1384
  ret double %9, !dbg !1385
}

; Function Attrs: nounwind
declare double @sin(double noundef) #7

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZNSt15__new_allocatorIdEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #0 comdat align 2 !dbg !1386 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1387, !DIExpression(), !1389)
  %3 = load ptr, ptr %2, align 8
  ret void, !dbg !1390
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZNSt15__new_allocatorIdED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #0 comdat align 2 !dbg !1391 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1392, !DIExpression(), !1393)
  %3 = load ptr, ptr %2, align 8
  ret void, !dbg !1394
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZNSt12_Vector_baseIdSaIdEEC2ERKS0_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #0 comdat align 2 !dbg !1395 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1396, !DIExpression(), !1398)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1399, !DIExpression(), !1400)
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %5, i32 0, i32 0, !dbg !1401
  %7 = load ptr, ptr %4, align 8, !dbg !1402, !nonnull !148
  call void @_ZNSt12_Vector_baseIdSaIdEE12_Vector_implC2ERKS0_(ptr noundef nonnull align 8 dereferenceable(24) %6, ptr noundef nonnull align 1 dereferenceable(1) %7) #12, !dbg !1401
  ret void, !dbg !1403
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local void @_ZNSt6vectorIdSaIdEE19_M_range_initializeIPKdEEvT_S5_St20forward_iterator_tag(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef %1, ptr noundef %2) #5 comdat align 2 !dbg !1404 {
  %4 = alloca %"struct.std::forward_iterator_tag", align 1
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  store ptr %0, ptr %5, align 8
    #dbg_declare(ptr %5, !1414, !DIExpression(), !1415)
  store ptr %1, ptr %6, align 8
    #dbg_declare(ptr %6, !1416, !DIExpression(), !1417)
  store ptr %2, ptr %7, align 8
    #dbg_declare(ptr %7, !1418, !DIExpression(), !1419)
    #dbg_declare(ptr %4, !1420, !DIExpression(), !1421)
  %9 = load ptr, ptr %5, align 8
    #dbg_declare(ptr %8, !1422, !DIExpression(), !1424)
  %10 = load ptr, ptr %6, align 8, !dbg !1425
  %11 = load ptr, ptr %7, align 8, !dbg !1426
  %12 = call noundef i64 @_ZSt8distanceIPKdENSt15iterator_traitsIT_E15difference_typeES3_S3_(ptr noundef %10, ptr noundef %11), !dbg !1427
  store i64 %12, ptr %8, align 8, !dbg !1424
  %13 = load i64, ptr %8, align 8, !dbg !1428
  %14 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt12_Vector_baseIdSaIdEE19_M_get_Tp_allocatorEv(ptr noundef nonnull align 8 dereferenceable(24) %9) #12, !dbg !1429
  %15 = call noundef i64 @_ZNSt6vectorIdSaIdEE17_S_check_init_lenEmRKS0_(i64 noundef %13, ptr noundef nonnull align 1 dereferenceable(1) %14), !dbg !1430
  %16 = call noundef ptr @_ZNSt12_Vector_baseIdSaIdEE11_M_allocateEm(ptr noundef nonnull align 8 dereferenceable(24) %9, i64 noundef %15), !dbg !1431
  %17 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %9, i32 0, i32 0, !dbg !1432
  %18 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %17, i32 0, i32 0, !dbg !1433
  store ptr %16, ptr %18, align 8, !dbg !1434
  %19 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %9, i32 0, i32 0, !dbg !1435
  %20 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %19, i32 0, i32 0, !dbg !1436
  %21 = load ptr, ptr %20, align 8, !dbg !1436
  %22 = load i64, ptr %8, align 8, !dbg !1437
  %23 = getelementptr inbounds nuw double, ptr %21, i64 %22, !dbg !1438
  %24 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %9, i32 0, i32 0, !dbg !1439
  %25 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %24, i32 0, i32 2, !dbg !1440
  store ptr %23, ptr %25, align 8, !dbg !1441
  %26 = load ptr, ptr %6, align 8, !dbg !1442
  %27 = load ptr, ptr %7, align 8, !dbg !1443
  %28 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %9, i32 0, i32 0, !dbg !1444
  %29 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %28, i32 0, i32 0, !dbg !1445
  %30 = load ptr, ptr %29, align 8, !dbg !1445
  %31 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt12_Vector_baseIdSaIdEE19_M_get_Tp_allocatorEv(ptr noundef nonnull align 8 dereferenceable(24) %9) #12, !dbg !1446
  %32 = call noundef ptr @_ZSt22__uninitialized_copy_aIPKdPddET0_T_S4_S3_RSaIT1_E(ptr noundef %26, ptr noundef %27, ptr noundef %30, ptr noundef nonnull align 1 dereferenceable(1) %31), !dbg !1447
  %33 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %9, i32 0, i32 0, !dbg !1448
  %34 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %33, i32 0, i32 1, !dbg !1449
  store ptr %32, ptr %34, align 8, !dbg !1450
  ret void, !dbg !1451
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZNKSt16initializer_listIdE5beginEv(ptr noundef nonnull align 8 dereferenceable(16) %0) #0 comdat align 2 !dbg !1452 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1453, !DIExpression(), !1455)
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::initializer_list", ptr %3, i32 0, i32 0, !dbg !1456
  %5 = load ptr, ptr %4, align 8, !dbg !1456
  ret ptr %5, !dbg !1457
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZNKSt16initializer_listIdE3endEv(ptr noundef nonnull align 8 dereferenceable(16) %0) #0 comdat align 2 !dbg !1458 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1459, !DIExpression(), !1460)
  %3 = load ptr, ptr %2, align 8
  %4 = call noundef ptr @_ZNKSt16initializer_listIdE5beginEv(ptr noundef nonnull align 8 dereferenceable(16) %3) #12, !dbg !1461
  %5 = call noundef i64 @_ZNKSt16initializer_listIdE4sizeEv(ptr noundef nonnull align 8 dereferenceable(16) %3) #12, !dbg !1462
  %6 = getelementptr inbounds nuw double, ptr %4, i64 %5, !dbg !1463
  ret ptr %6, !dbg !1464
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZNSt12_Vector_baseIdSaIdEED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #0 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !1465 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1466, !DIExpression(), !1467)
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %3, i32 0, i32 0, !dbg !1468
  %5 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %4, i32 0, i32 0, !dbg !1470
  %6 = load ptr, ptr %5, align 8, !dbg !1470
  %7 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %3, i32 0, i32 0, !dbg !1471
  %8 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %7, i32 0, i32 2, !dbg !1472
  %9 = load ptr, ptr %8, align 8, !dbg !1472
  %10 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %3, i32 0, i32 0, !dbg !1473
  %11 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %10, i32 0, i32 0, !dbg !1474
  %12 = load ptr, ptr %11, align 8, !dbg !1474
  %13 = ptrtoint ptr %9 to i64, !dbg !1475
  %14 = ptrtoint ptr %12 to i64, !dbg !1475
  %15 = sub i64 %13, %14, !dbg !1475
  %16 = sdiv exact i64 %15, 8, !dbg !1475
  invoke void @_ZNSt12_Vector_baseIdSaIdEE13_M_deallocateEPdm(ptr noundef nonnull align 8 dereferenceable(24) %3, ptr noundef %6, i64 noundef %16)
          to label %17 unwind label %19, !dbg !1476

17:                                               ; preds = %1
  %18 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %3, i32 0, i32 0, !dbg !1477
  call void @_ZNSt12_Vector_baseIdSaIdEE12_Vector_implD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %18) #12, !dbg !1477
  ret void, !dbg !1478

19:                                               ; preds = %1
  %20 = landingpad { ptr, i32 }
          catch ptr null, !dbg !1476
  %21 = extractvalue { ptr, i32 } %20, 0, !dbg !1476
  call void @__clang_call_terminate(ptr %21) #13, !dbg !1476
  unreachable, !dbg !1476
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZNSt12_Vector_baseIdSaIdEE12_Vector_implC2ERKS0_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #0 comdat align 2 !dbg !1479 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1480, !DIExpression(), !1482)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1483, !DIExpression(), !1484)
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !1485, !nonnull !148
  call void @_ZNSaIdEC2ERKS_(ptr noundef nonnull align 1 dereferenceable(1) %5, ptr noundef nonnull align 1 dereferenceable(1) %6) #12, !dbg !1486
  call void @_ZNSt12_Vector_baseIdSaIdEE17_Vector_impl_dataC2Ev(ptr noundef nonnull align 8 dereferenceable(24) %5) #12, !dbg !1487
  ret void, !dbg !1488
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZNSt12_Vector_baseIdSaIdEE17_Vector_impl_dataC2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #0 comdat align 2 !dbg !1489 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1490, !DIExpression(), !1492)
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %3, i32 0, i32 0, !dbg !1493
  store ptr null, ptr %4, align 8, !dbg !1493
  %5 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %3, i32 0, i32 1, !dbg !1494
  store ptr null, ptr %5, align 8, !dbg !1494
  %6 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %3, i32 0, i32 2, !dbg !1495
  store ptr null, ptr %6, align 8, !dbg !1495
  ret void, !dbg !1496
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZNSt15__new_allocatorIdEC2ERKS0_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #0 comdat align 2 !dbg !1497 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1498, !DIExpression(), !1499)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1500, !DIExpression(), !1501)
  %5 = load ptr, ptr %3, align 8
  ret void, !dbg !1502
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local noundef i64 @_ZSt8distanceIPKdENSt15iterator_traitsIT_E15difference_typeES3_S3_(ptr noundef %0, ptr noundef %1) #5 comdat !dbg !1503 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca %"struct.std::random_access_iterator_tag", align 1
  %6 = alloca %"struct.std::random_access_iterator_tag", align 1
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1513, !DIExpression(), !1514)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1515, !DIExpression(), !1516)
  %7 = load ptr, ptr %3, align 8, !dbg !1517
  %8 = load ptr, ptr %4, align 8, !dbg !1518
  call void @_ZSt19__iterator_categoryIPKdENSt15iterator_traitsIT_E17iterator_categoryERKS3_(ptr noundef nonnull align 8 dereferenceable(8) %3), !dbg !1519
  %9 = call noundef i64 @_ZSt10__distanceIPKdENSt15iterator_traitsIT_E15difference_typeES3_S3_St26random_access_iterator_tag(ptr noundef %7, ptr noundef %8), !dbg !1520
  ret i64 %9, !dbg !1521
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZNSt12_Vector_baseIdSaIdEE11_M_allocateEm(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 noundef %1) #5 comdat align 2 !dbg !1522 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1523, !DIExpression(), !1524)
  store i64 %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1525, !DIExpression(), !1526)
  %5 = load ptr, ptr %3, align 8
  %6 = load i64, ptr %4, align 8, !dbg !1527
  %7 = icmp ne i64 %6, 0, !dbg !1528
  br i1 %7, label %8, label %12, !dbg !1527

8:                                                ; preds = %2
  %9 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %5, i32 0, i32 0, !dbg !1529
  %10 = load i64, ptr %4, align 8, !dbg !1530
  %11 = call noundef ptr @_ZNSt16allocator_traitsISaIdEE8allocateERS0_m(ptr noundef nonnull align 1 dereferenceable(1) %9, i64 noundef %10), !dbg !1531
  br label %13, !dbg !1527

12:                                               ; preds = %2
  br label %13, !dbg !1527

13:                                               ; preds = %12, %8
  %14 = phi ptr [ %11, %8 ], [ null, %12 ], !dbg !1527
  ret ptr %14, !dbg !1532
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local noundef i64 @_ZNSt6vectorIdSaIdEE17_S_check_init_lenEmRKS0_(i64 noundef %0, ptr noundef nonnull align 1 dereferenceable(1) %1) #5 comdat align 2 !dbg !1533 {
  %3 = alloca i64, align 8
  %4 = alloca ptr, align 8
  %5 = alloca %"class.std::allocator", align 1
  store i64 %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1534, !DIExpression(), !1535)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1536, !DIExpression(), !1537)
  %6 = load i64, ptr %3, align 8, !dbg !1538
  %7 = load ptr, ptr %4, align 8, !dbg !1540, !nonnull !148
  call void @_ZNSaIdEC2ERKS_(ptr noundef nonnull align 1 dereferenceable(1) %5, ptr noundef nonnull align 1 dereferenceable(1) %7) #12, !dbg !1541
  %8 = call noundef i64 @_ZNSt6vectorIdSaIdEE11_S_max_sizeERKS0_(ptr noundef nonnull align 1 dereferenceable(1) %5) #12, !dbg !1542
  %9 = icmp ugt i64 %6, %8, !dbg !1543
  call void @_ZNSaIdED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %5) #12, !dbg !1538
  br i1 %9, label %10, label %11, !dbg !1538

10:                                               ; preds = %2
  call void @_ZSt20__throw_length_errorPKc(ptr noundef @.str.1) #14, !dbg !1544
  unreachable, !dbg !1544

11:                                               ; preds = %2
  %12 = load i64, ptr %3, align 8, !dbg !1545
  ret i64 %12, !dbg !1546
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt12_Vector_baseIdSaIdEE19_M_get_Tp_allocatorEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #0 comdat align 2 !dbg !1547 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1548, !DIExpression(), !1549)
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %3, i32 0, i32 0, !dbg !1550
  ret ptr %4, !dbg !1551
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZSt22__uninitialized_copy_aIPKdPddET0_T_S4_S3_RSaIT1_E(ptr noundef %0, ptr noundef %1, ptr noundef %2, ptr noundef nonnull align 1 dereferenceable(1) %3) #5 comdat !dbg !1552 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  store ptr %0, ptr %5, align 8
    #dbg_declare(ptr %5, !1558, !DIExpression(), !1559)
  store ptr %1, ptr %6, align 8
    #dbg_declare(ptr %6, !1560, !DIExpression(), !1561)
  store ptr %2, ptr %7, align 8
    #dbg_declare(ptr %7, !1562, !DIExpression(), !1563)
  store ptr %3, ptr %8, align 8
    #dbg_declare(ptr %8, !1564, !DIExpression(), !1565)
  %9 = load ptr, ptr %5, align 8, !dbg !1566
  %10 = load ptr, ptr %6, align 8, !dbg !1567
  %11 = load ptr, ptr %7, align 8, !dbg !1568
  %12 = call noundef ptr @_ZSt18uninitialized_copyIPKdPdET0_T_S4_S3_(ptr noundef %9, ptr noundef %10, ptr noundef %11), !dbg !1569
  ret ptr %12, !dbg !1570
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef i64 @_ZSt10__distanceIPKdENSt15iterator_traitsIT_E15difference_typeES3_S3_St26random_access_iterator_tag(ptr noundef %0, ptr noundef %1) #0 comdat !dbg !1571 {
  %3 = alloca %"struct.std::random_access_iterator_tag", align 1
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !1582, !DIExpression(), !1583)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !1584, !DIExpression(), !1585)
    #dbg_declare(ptr %3, !1586, !DIExpression(), !1587)
  %6 = load ptr, ptr %5, align 8, !dbg !1588
  %7 = load ptr, ptr %4, align 8, !dbg !1589
  %8 = ptrtoint ptr %6 to i64, !dbg !1590
  %9 = ptrtoint ptr %7 to i64, !dbg !1590
  %10 = sub i64 %8, %9, !dbg !1590
  %11 = sdiv exact i64 %10, 8, !dbg !1590
  ret i64 %11, !dbg !1591
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZSt19__iterator_categoryIPKdENSt15iterator_traitsIT_E17iterator_categoryERKS3_(ptr noundef nonnull align 8 dereferenceable(8) %0) #0 comdat !dbg !1592 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1600, !DIExpression(), !1601)
  ret void, !dbg !1602
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZNSt16allocator_traitsISaIdEE8allocateERS0_m(ptr noundef nonnull align 1 dereferenceable(1) %0, i64 noundef %1) #5 comdat align 2 !dbg !1603 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1604, !DIExpression(), !1605)
  store i64 %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1606, !DIExpression(), !1607)
  %5 = load ptr, ptr %3, align 8, !dbg !1608, !nonnull !148
  %6 = load i64, ptr %4, align 8, !dbg !1609
  %7 = call noundef ptr @_ZNSt15__new_allocatorIdE8allocateEmPKv(ptr noundef nonnull align 1 dereferenceable(1) %5, i64 noundef %6, ptr noundef null), !dbg !1610
  ret ptr %7, !dbg !1611
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZNSt15__new_allocatorIdE8allocateEmPKv(ptr noundef nonnull align 1 dereferenceable(1) %0, i64 noundef %1, ptr noundef %2) #5 comdat align 2 !dbg !1612 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !1613, !DIExpression(), !1614)
  store i64 %1, ptr %5, align 8
    #dbg_declare(ptr %5, !1615, !DIExpression(), !1616)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !1617, !DIExpression(), !1618)
  %7 = load ptr, ptr %4, align 8
  %8 = load i64, ptr %5, align 8, !dbg !1619
  %9 = call noundef i64 @_ZNKSt15__new_allocatorIdE11_M_max_sizeEv(ptr noundef nonnull align 1 dereferenceable(1) %7) #12, !dbg !1621
  %10 = icmp ugt i64 %8, %9, !dbg !1622
  br i1 %10, label %11, label %16, !dbg !1623

11:                                               ; preds = %3
  %12 = load i64, ptr %5, align 8, !dbg !1624
  %13 = icmp ugt i64 %12, 2305843009213693951, !dbg !1627
  br i1 %13, label %14, label %15, !dbg !1627

14:                                               ; preds = %11
  call void @_ZSt28__throw_bad_array_new_lengthv() #14, !dbg !1628
  unreachable, !dbg !1628

15:                                               ; preds = %11
  call void @_ZSt17__throw_bad_allocv() #14, !dbg !1629
  unreachable, !dbg !1629

16:                                               ; preds = %3
  %17 = load i64, ptr %5, align 8, !dbg !1630
  %18 = mul i64 %17, 8, !dbg !1631
  %19 = call noalias noundef nonnull ptr @_Znwm(i64 noundef %18) #15, !dbg !1632
  ret ptr %19, !dbg !1633
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef i64 @_ZNKSt15__new_allocatorIdE11_M_max_sizeEv(ptr noundef nonnull align 1 dereferenceable(1) %0) #0 comdat align 2 !dbg !1634 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1635, !DIExpression(), !1637)
  %3 = load ptr, ptr %2, align 8
  ret i64 1152921504606846975, !dbg !1638
}

; Function Attrs: noreturn
declare void @_ZSt28__throw_bad_array_new_lengthv() #8

; Function Attrs: noreturn
declare void @_ZSt17__throw_bad_allocv() #8

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) #9

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef i64 @_ZNSt6vectorIdSaIdEE11_S_max_sizeERKS0_(ptr noundef nonnull align 1 dereferenceable(1) %0) #0 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !1639 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1640, !DIExpression(), !1641)
    #dbg_declare(ptr %3, !1642, !DIExpression(), !1644)
  store i64 1152921504606846975, ptr %3, align 8, !dbg !1644
    #dbg_declare(ptr %4, !1645, !DIExpression(), !1646)
  %5 = load ptr, ptr %2, align 8, !dbg !1647, !nonnull !148
  %6 = call noundef i64 @_ZNSt16allocator_traitsISaIdEE8max_sizeERKS0_(ptr noundef nonnull align 1 dereferenceable(1) %5) #12, !dbg !1648
  store i64 %6, ptr %4, align 8, !dbg !1646
  %7 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt3minImERKT_S2_S2_(ptr noundef nonnull align 8 dereferenceable(8) %3, ptr noundef nonnull align 8 dereferenceable(8) %4)
          to label %8 unwind label %10, !dbg !1649

8:                                                ; preds = %1
  %9 = load i64, ptr %7, align 8, !dbg !1649
  ret i64 %9, !dbg !1650

10:                                               ; preds = %1
  %11 = landingpad { ptr, i32 }
          catch ptr null, !dbg !1649
  %12 = extractvalue { ptr, i32 } %11, 0, !dbg !1649
  call void @__clang_call_terminate(ptr %12) #13, !dbg !1649
  unreachable, !dbg !1649
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZNSaIdEC2ERKS_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #0 comdat align 2 !dbg !1651 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1652, !DIExpression(), !1653)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1654, !DIExpression(), !1655)
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !1656, !nonnull !148
  call void @_ZNSt15__new_allocatorIdEC2ERKS0_(ptr noundef nonnull align 1 dereferenceable(1) %5, ptr noundef nonnull align 1 dereferenceable(1) %6) #12, !dbg !1657
  ret void, !dbg !1658
}

; Function Attrs: noreturn
declare void @_ZSt20__throw_length_errorPKc(ptr noundef) #8

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef i64 @_ZNSt16allocator_traitsISaIdEE8max_sizeERKS0_(ptr noundef nonnull align 1 dereferenceable(1) %0) #0 comdat align 2 !dbg !1659 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1660, !DIExpression(), !1661)
  %3 = load ptr, ptr %2, align 8, !dbg !1662, !nonnull !148
  %4 = call noundef i64 @_ZNKSt15__new_allocatorIdE8max_sizeEv(ptr noundef nonnull align 1 dereferenceable(1) %3) #12, !dbg !1663
  ret i64 %4, !dbg !1664
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef nonnull align 8 dereferenceable(8) ptr @_ZSt3minImERKT_S2_S2_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) #0 comdat !dbg !1665 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !1673, !DIExpression(), !1674)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !1675, !DIExpression(), !1676)
  %6 = load ptr, ptr %5, align 8, !dbg !1677, !nonnull !148, !align !1679
  %7 = load i64, ptr %6, align 8, !dbg !1677
  %8 = load ptr, ptr %4, align 8, !dbg !1680, !nonnull !148, !align !1679
  %9 = load i64, ptr %8, align 8, !dbg !1680
  %10 = icmp ult i64 %7, %9, !dbg !1681
  br i1 %10, label %11, label %13, !dbg !1681

11:                                               ; preds = %2
  %12 = load ptr, ptr %5, align 8, !dbg !1682, !nonnull !148, !align !1679
  store ptr %12, ptr %3, align 8, !dbg !1683
  br label %15, !dbg !1683

13:                                               ; preds = %2
  %14 = load ptr, ptr %4, align 8, !dbg !1684, !nonnull !148, !align !1679
  store ptr %14, ptr %3, align 8, !dbg !1685
  br label %15, !dbg !1685

15:                                               ; preds = %13, %11
  %16 = load ptr, ptr %3, align 8, !dbg !1686
  ret ptr %16, !dbg !1686
}

; Function Attrs: noinline noreturn nounwind uwtable
define linkonce_odr hidden void @__clang_call_terminate(ptr noundef %0) #10 comdat {
  %2 = call ptr @__cxa_begin_catch(ptr %0) #12
  call void @_ZSt9terminatev() #13
  unreachable
}

declare ptr @__cxa_begin_catch(ptr)

declare void @_ZSt9terminatev()

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef i64 @_ZNKSt15__new_allocatorIdE8max_sizeEv(ptr noundef nonnull align 1 dereferenceable(1) %0) #0 comdat align 2 !dbg !1687 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1688, !DIExpression(), !1689)
  %3 = load ptr, ptr %2, align 8
  %4 = call noundef i64 @_ZNKSt15__new_allocatorIdE11_M_max_sizeEv(ptr noundef nonnull align 1 dereferenceable(1) %3) #12, !dbg !1690
  ret i64 %4, !dbg !1691
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZSt18uninitialized_copyIPKdPdET0_T_S4_S3_(ptr noundef %0, ptr noundef %1, ptr noundef %2) #5 comdat !dbg !1692 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i8, align 1
  %8 = alloca i8, align 1
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !1696, !DIExpression(), !1697)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !1698, !DIExpression(), !1699)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !1700, !DIExpression(), !1701)
    #dbg_declare(ptr %7, !1702, !DIExpression(), !1703)
  store i8 1, ptr %7, align 1, !dbg !1703
    #dbg_declare(ptr %8, !1704, !DIExpression(), !1705)
  store i8 1, ptr %8, align 1, !dbg !1705
  %9 = load ptr, ptr %4, align 8, !dbg !1706
  %10 = load ptr, ptr %5, align 8, !dbg !1707
  %11 = load ptr, ptr %6, align 8, !dbg !1708
  %12 = call noundef ptr @_ZNSt20__uninitialized_copyILb1EE13__uninit_copyIPKdPdEET0_T_S6_S5_(ptr noundef %9, ptr noundef %10, ptr noundef %11), !dbg !1709
  ret ptr %12, !dbg !1710
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZNSt20__uninitialized_copyILb1EE13__uninit_copyIPKdPdEET0_T_S6_S5_(ptr noundef %0, ptr noundef %1, ptr noundef %2) #5 comdat align 2 !dbg !1711 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !1716, !DIExpression(), !1717)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !1718, !DIExpression(), !1719)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !1720, !DIExpression(), !1721)
  %7 = load ptr, ptr %4, align 8, !dbg !1722
  %8 = load ptr, ptr %5, align 8, !dbg !1723
  %9 = load ptr, ptr %6, align 8, !dbg !1724
  %10 = call noundef ptr @_ZSt4copyIPKdPdET0_T_S4_S3_(ptr noundef %7, ptr noundef %8, ptr noundef %9), !dbg !1725
  ret ptr %10, !dbg !1726
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZSt4copyIPKdPdET0_T_S4_S3_(ptr noundef %0, ptr noundef %1, ptr noundef %2) #5 comdat !dbg !1727 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !1731, !DIExpression(), !1732)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !1733, !DIExpression(), !1734)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !1735, !DIExpression(), !1736)
  %7 = load ptr, ptr %4, align 8, !dbg !1737
  %8 = call noundef ptr @_ZSt12__miter_baseIPKdET_S2_(ptr noundef %7), !dbg !1738
  %9 = load ptr, ptr %5, align 8, !dbg !1739
  %10 = call noundef ptr @_ZSt12__miter_baseIPKdET_S2_(ptr noundef %9), !dbg !1740
  %11 = load ptr, ptr %6, align 8, !dbg !1741
  %12 = call noundef ptr @_ZSt13__copy_move_aILb0EPKdPdET1_T0_S4_S3_(ptr noundef %8, ptr noundef %10, ptr noundef %11), !dbg !1742
  ret ptr %12, !dbg !1743
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZSt13__copy_move_aILb0EPKdPdET1_T0_S4_S3_(ptr noundef %0, ptr noundef %1, ptr noundef %2) #5 comdat !dbg !1744 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !1747, !DIExpression(), !1748)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !1749, !DIExpression(), !1750)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !1751, !DIExpression(), !1752)
  %7 = load ptr, ptr %4, align 8, !dbg !1753
  %8 = call noundef ptr @_ZSt12__niter_baseIPKdET_S2_(ptr noundef %7) #12, !dbg !1754
  %9 = load ptr, ptr %5, align 8, !dbg !1755
  %10 = call noundef ptr @_ZSt12__niter_baseIPKdET_S2_(ptr noundef %9) #12, !dbg !1756
  %11 = load ptr, ptr %6, align 8, !dbg !1757
  %12 = call noundef ptr @_ZSt12__niter_baseIPdET_S1_(ptr noundef %11) #12, !dbg !1758
  %13 = call noundef ptr @_ZSt14__copy_move_a1ILb0EPKdPdET1_T0_S4_S3_(ptr noundef %8, ptr noundef %10, ptr noundef %12), !dbg !1759
  %14 = call noundef ptr @_ZSt12__niter_wrapIPdET_RKS1_S1_(ptr noundef nonnull align 8 dereferenceable(8) %6, ptr noundef %13), !dbg !1760
  ret ptr %14, !dbg !1761
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZSt12__miter_baseIPKdET_S2_(ptr noundef %0) #0 comdat !dbg !1762 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1766, !DIExpression(), !1767)
  %3 = load ptr, ptr %2, align 8, !dbg !1768
  ret ptr %3, !dbg !1769
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZSt12__niter_wrapIPdET_RKS1_S1_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1) #0 comdat !dbg !1770 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1773, !DIExpression(), !1774)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1775, !DIExpression(), !1776)
  %5 = load ptr, ptr %4, align 8, !dbg !1777
  ret ptr %5, !dbg !1778
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZSt14__copy_move_a1ILb0EPKdPdET1_T0_S4_S3_(ptr noundef %0, ptr noundef %1, ptr noundef %2) #5 comdat !dbg !1779 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !1780, !DIExpression(), !1781)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !1782, !DIExpression(), !1783)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !1784, !DIExpression(), !1785)
  %7 = load ptr, ptr %4, align 8, !dbg !1786
  %8 = load ptr, ptr %5, align 8, !dbg !1787
  %9 = load ptr, ptr %6, align 8, !dbg !1788
  %10 = call noundef ptr @_ZSt14__copy_move_a2ILb0EPKdPdET1_T0_S4_S3_(ptr noundef %7, ptr noundef %8, ptr noundef %9), !dbg !1789
  ret ptr %10, !dbg !1790
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZSt12__niter_baseIPKdET_S2_(ptr noundef %0) #0 comdat !dbg !1791 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1792, !DIExpression(), !1793)
  %3 = load ptr, ptr %2, align 8, !dbg !1794
  ret ptr %3, !dbg !1795
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZSt12__niter_baseIPdET_S1_(ptr noundef %0) #0 comdat !dbg !1796 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1799, !DIExpression(), !1800)
  %3 = load ptr, ptr %2, align 8, !dbg !1801
  ret ptr %3, !dbg !1802
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZSt14__copy_move_a2ILb0EPKdPdET1_T0_S4_S3_(ptr noundef %0, ptr noundef %1, ptr noundef %2) #5 comdat !dbg !1803 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !1804, !DIExpression(), !1805)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !1806, !DIExpression(), !1807)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !1808, !DIExpression(), !1809)
  %7 = load ptr, ptr %4, align 8, !dbg !1810
  %8 = load ptr, ptr %5, align 8, !dbg !1811
  %9 = load ptr, ptr %6, align 8, !dbg !1812
  %10 = call noundef ptr @_ZNSt11__copy_moveILb0ELb1ESt26random_access_iterator_tagE8__copy_mIdEEPT_PKS3_S6_S4_(ptr noundef %7, ptr noundef %8, ptr noundef %9), !dbg !1813
  ret ptr %10, !dbg !1814
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZNSt11__copy_moveILb0ELb1ESt26random_access_iterator_tagE8__copy_mIdEEPT_PKS3_S6_S4_(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 comdat align 2 !dbg !1815 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !1821, !DIExpression(), !1822)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !1823, !DIExpression(), !1824)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !1825, !DIExpression(), !1826)
    #dbg_declare(ptr %7, !1827, !DIExpression(), !1829)
  %8 = load ptr, ptr %5, align 8, !dbg !1830
  %9 = load ptr, ptr %4, align 8, !dbg !1831
  %10 = ptrtoint ptr %8 to i64, !dbg !1832
  %11 = ptrtoint ptr %9 to i64, !dbg !1832
  %12 = sub i64 %10, %11, !dbg !1832
  %13 = sdiv exact i64 %12, 8, !dbg !1832
  store i64 %13, ptr %7, align 8, !dbg !1829
  %14 = load i64, ptr %7, align 8, !dbg !1833
  %15 = icmp ne i64 %14, 0, !dbg !1833
  br i1 %15, label %16, label %21, !dbg !1833

16:                                               ; preds = %3
  %17 = load ptr, ptr %6, align 8, !dbg !1835
  %18 = load ptr, ptr %4, align 8, !dbg !1836
  %19 = load i64, ptr %7, align 8, !dbg !1837
  %20 = mul i64 8, %19, !dbg !1838
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %17, ptr align 8 %18, i64 %20, i1 false), !dbg !1839
  br label %21, !dbg !1839

21:                                               ; preds = %16, %3
  %22 = load ptr, ptr %6, align 8, !dbg !1840
  %23 = load i64, ptr %7, align 8, !dbg !1841
  %24 = getelementptr inbounds double, ptr %22, i64 %23, !dbg !1842
  ret ptr %24, !dbg !1843
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr writeonly captures(none), ptr readonly captures(none), i64, i1 immarg) #4

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef i64 @_ZNKSt16initializer_listIdE4sizeEv(ptr noundef nonnull align 8 dereferenceable(16) %0) #0 comdat align 2 !dbg !1844 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1845, !DIExpression(), !1846)
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::initializer_list", ptr %3, i32 0, i32 1, !dbg !1847
  %5 = load i64, ptr %4, align 8, !dbg !1847
  ret i64 %5, !dbg !1848
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local void @_ZNSt12_Vector_baseIdSaIdEE13_M_deallocateEPdm(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef %1, i64 noundef %2) #5 comdat align 2 !dbg !1849 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !1850, !DIExpression(), !1851)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !1852, !DIExpression(), !1853)
  store i64 %2, ptr %6, align 8
    #dbg_declare(ptr %6, !1854, !DIExpression(), !1855)
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %5, align 8, !dbg !1856
  %9 = icmp ne ptr %8, null, !dbg !1856
  br i1 %9, label %10, label %14, !dbg !1856

10:                                               ; preds = %3
  %11 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %7, i32 0, i32 0, !dbg !1858
  %12 = load ptr, ptr %5, align 8, !dbg !1859
  %13 = load i64, ptr %6, align 8, !dbg !1860
  call void @_ZNSt16allocator_traitsISaIdEE10deallocateERS0_Pdm(ptr noundef nonnull align 1 dereferenceable(1) %11, ptr noundef %12, i64 noundef %13), !dbg !1861
  br label %14, !dbg !1861

14:                                               ; preds = %10, %3
  ret void, !dbg !1862
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZNSt12_Vector_baseIdSaIdEE12_Vector_implD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #0 comdat align 2 !dbg !1863 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1865, !DIExpression(), !1866)
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSaIdED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3) #12, !dbg !1867
  ret void, !dbg !1869
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local void @_ZNSt16allocator_traitsISaIdEE10deallocateERS0_Pdm(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef %1, i64 noundef %2) #5 comdat align 2 !dbg !1870 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !1871, !DIExpression(), !1872)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !1873, !DIExpression(), !1874)
  store i64 %2, ptr %6, align 8
    #dbg_declare(ptr %6, !1875, !DIExpression(), !1876)
  %7 = load ptr, ptr %4, align 8, !dbg !1877, !nonnull !148
  %8 = load ptr, ptr %5, align 8, !dbg !1878
  %9 = load i64, ptr %6, align 8, !dbg !1879
  call void @_ZNSt15__new_allocatorIdE10deallocateEPdm(ptr noundef nonnull align 1 dereferenceable(1) %7, ptr noundef %8, i64 noundef %9), !dbg !1880
  ret void, !dbg !1881
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZNSt15__new_allocatorIdE10deallocateEPdm(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef %1, i64 noundef %2) #0 comdat align 2 !dbg !1882 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !1883, !DIExpression(), !1884)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !1885, !DIExpression(), !1886)
  store i64 %2, ptr %6, align 8
    #dbg_declare(ptr %6, !1887, !DIExpression(), !1888)
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %5, align 8, !dbg !1889
  %9 = load i64, ptr %6, align 8, !dbg !1890
  %10 = mul i64 %9, 8, !dbg !1891
  call void @_ZdlPvm(ptr noundef %8, i64 noundef %10) #16, !dbg !1892
  ret void, !dbg !1893
}

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) #11

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local void @_ZSt8_DestroyIPddEvT_S1_RSaIT0_E(ptr noundef %0, ptr noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2) #5 comdat !dbg !1894 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !1898, !DIExpression(), !1899)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !1900, !DIExpression(), !1901)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !1902, !DIExpression(), !1903)
  %7 = load ptr, ptr %4, align 8, !dbg !1904
  %8 = load ptr, ptr %5, align 8, !dbg !1905
  call void @_ZSt8_DestroyIPdEvT_S1_(ptr noundef %7, ptr noundef %8), !dbg !1906
  ret void, !dbg !1907
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local void @_ZSt8_DestroyIPdEvT_S1_(ptr noundef %0, ptr noundef %1) #5 comdat !dbg !1908 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1913, !DIExpression(), !1914)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1915, !DIExpression(), !1916)
  %5 = load ptr, ptr %3, align 8, !dbg !1917
  %6 = load ptr, ptr %4, align 8, !dbg !1918
  call void @_ZNSt12_Destroy_auxILb1EE9__destroyIPdEEvT_S3_(ptr noundef %5, ptr noundef %6), !dbg !1919
  ret void, !dbg !1920
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZNSt12_Destroy_auxILb1EE9__destroyIPdEEvT_S3_(ptr noundef %0, ptr noundef %1) #0 comdat align 2 !dbg !1921 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1926, !DIExpression(), !1927)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1928, !DIExpression(), !1929)
  ret void, !dbg !1930
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define internal noundef double @"_ZZ4mainENK3$_1clEd"(ptr noundef nonnull align 8 dereferenceable(16) %0, double noundef %1) #0 align 2 !dbg !1931 {
  %3 = alloca ptr, align 8
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  %7 = alloca ptr, align 8
  %8 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %9 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %10 = alloca double, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1936, !DIExpression(), !1937)
  store double %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1938, !DIExpression(), !1939)
  %11 = load ptr, ptr %3, align 8
    #dbg_declare(ptr %5, !1940, !DIExpression(), !1941)
  store double 0.000000e+00, ptr %5, align 8, !dbg !1941
    #dbg_declare(ptr %6, !1942, !DIExpression(), !1943)
  store double 1.000000e+00, ptr %6, align 8, !dbg !1943
    #dbg_declare(ptr %7, !1944, !DIExpression(), !1946)
  %12 = getelementptr inbounds nuw %class.anon.0, ptr %11, i32 0, i32 1, !dbg !1947
  %13 = load ptr, ptr %12, align 8, !dbg !1947, !nonnull !148, !align !1679
  store ptr %13, ptr %7, align 8, !dbg !1947
    #dbg_declare(ptr %8, !1948, !DIExpression(), !1946)
  %14 = load ptr, ptr %7, align 8, !dbg !1949, !nonnull !148, !align !1679
  %15 = call ptr @_ZNSt6vectorIdSaIdEE5beginEv(ptr noundef nonnull align 8 dereferenceable(24) %14) #12, !dbg !1949
  %16 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %8, i32 0, i32 0, !dbg !1949
  store ptr %15, ptr %16, align 8, !dbg !1949
    #dbg_declare(ptr %9, !1950, !DIExpression(), !1946)
  %17 = load ptr, ptr %7, align 8, !dbg !1949, !nonnull !148, !align !1679
  %18 = call ptr @_ZNSt6vectorIdSaIdEE3endEv(ptr noundef nonnull align 8 dereferenceable(24) %17) #12, !dbg !1949
  %19 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %9, i32 0, i32 0, !dbg !1949
  store ptr %18, ptr %19, align 8, !dbg !1949
  br label %20, !dbg !1949

20:                                               ; preds = %32, %2
  %21 = call noundef zeroext i1 @_ZN9__gnu_cxxneIPdSt6vectorIdSaIdEEEEbRKNS_17__normal_iteratorIT_T0_EESA_(ptr noundef nonnull align 8 dereferenceable(8) %8, ptr noundef nonnull align 8 dereferenceable(8) %9) #12, !dbg !1949
  br i1 %21, label %22, label %34, !dbg !1949

22:                                               ; preds = %20
    #dbg_declare(ptr %10, !1951, !DIExpression(), !1953)
  %23 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %8) #12, !dbg !1954
  %24 = load double, ptr %23, align 8, !dbg !1954
  store double %24, ptr %10, align 8, !dbg !1953
  %25 = load double, ptr %10, align 8, !dbg !1955
  %26 = load double, ptr %6, align 8, !dbg !1957
  %27 = load double, ptr %5, align 8, !dbg !1958
  %28 = call double @llvm.fmuladd.f64(double %25, double %26, double %27), !dbg !1958
  store double %28, ptr %5, align 8, !dbg !1958
  %29 = load double, ptr %4, align 8, !dbg !1959
  %30 = load double, ptr %6, align 8, !dbg !1960
  %31 = fmul double %30, %29, !dbg !1960
  store double %31, ptr %6, align 8, !dbg !1960
  br label %32, !dbg !1961

32:                                               ; preds = %22
  %33 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEppEv(ptr noundef nonnull align 8 dereferenceable(8) %8) #12, !dbg !1949
  br label %20, !dbg !1949, !llvm.loop !1962

34:                                               ; preds = %20
  %35 = getelementptr inbounds nuw %class.anon.0, ptr %11, i32 0, i32 0, !dbg !1964
  %36 = load double, ptr %35, align 8, !dbg !1964
  %37 = load double, ptr %5, align 8, !dbg !1965
  %38 = fmul double %36, %37, !dbg !1966
  ret double %38, !dbg !1967
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local ptr @_ZNSt6vectorIdSaIdEE5beginEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #0 comdat align 2 !dbg !1968 {
  %2 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1969, !DIExpression(), !1970)
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %4, i32 0, i32 0, !dbg !1971
  %6 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %5, i32 0, i32 0, !dbg !1972
  call void @_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEC2ERKS1_(ptr noundef nonnull align 8 dereferenceable(8) %2, ptr noundef nonnull align 8 dereferenceable(8) %6) #12, !dbg !1973
  %7 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %2, i32 0, i32 0, !dbg !1974
  %8 = load ptr, ptr %7, align 8, !dbg !1974
  ret ptr %8, !dbg !1974
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local ptr @_ZNSt6vectorIdSaIdEE3endEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #0 comdat align 2 !dbg !1975 {
  %2 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1976, !DIExpression(), !1977)
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %4, i32 0, i32 0, !dbg !1978
  %6 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %5, i32 0, i32 1, !dbg !1979
  call void @_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEC2ERKS1_(ptr noundef nonnull align 8 dereferenceable(8) %2, ptr noundef nonnull align 8 dereferenceable(8) %6) #12, !dbg !1980
  %7 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %2, i32 0, i32 0, !dbg !1981
  %8 = load ptr, ptr %7, align 8, !dbg !1981
  ret ptr %8, !dbg !1981
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef zeroext i1 @_ZN9__gnu_cxxneIPdSt6vectorIdSaIdEEEEbRKNS_17__normal_iteratorIT_T0_EESA_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) #0 comdat !dbg !1982 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1986, !DIExpression(), !1987)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1988, !DIExpression(), !1989)
  %5 = load ptr, ptr %3, align 8, !dbg !1990, !nonnull !148, !align !1679
  %6 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEE4baseEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #12, !dbg !1991
  %7 = load ptr, ptr %6, align 8, !dbg !1991
  %8 = load ptr, ptr %4, align 8, !dbg !1992, !nonnull !148, !align !1679
  %9 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEE4baseEv(ptr noundef nonnull align 8 dereferenceable(8) %8) #12, !dbg !1993
  %10 = load ptr, ptr %9, align 8, !dbg !1993
  %11 = icmp ne ptr %7, %10, !dbg !1994
  ret i1 %11, !dbg !1995
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #0 comdat align 2 !dbg !1996 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1997, !DIExpression(), !1999)
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0, !dbg !2000
  %5 = load ptr, ptr %4, align 8, !dbg !2000
  ret ptr %5, !dbg !2001
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEppEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #0 comdat align 2 !dbg !2002 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !2003, !DIExpression(), !2005)
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0, !dbg !2006
  %5 = load ptr, ptr %4, align 8, !dbg !2007
  %6 = getelementptr inbounds nuw double, ptr %5, i32 1, !dbg !2007
  store ptr %6, ptr %4, align 8, !dbg !2007
  ret ptr %3, !dbg !2008
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEC2ERKS1_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) unnamed_addr #0 comdat align 2 !dbg !2009 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !2010, !DIExpression(), !2011)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !2012, !DIExpression(), !2013)
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %5, i32 0, i32 0, !dbg !2014
  %7 = load ptr, ptr %4, align 8, !dbg !2015, !nonnull !148, !align !1679
  %8 = load ptr, ptr %7, align 8, !dbg !2015
  store ptr %8, ptr %6, align 8, !dbg !2014
  ret void, !dbg !2016
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEE4baseEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #0 comdat align 2 !dbg !2017 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !2018, !DIExpression(), !2019)
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0, !dbg !2020
  ret ptr %4, !dbg !2021
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define internal noundef double @"_ZZ4mainENK3$_2clEd"(ptr noundef nonnull align 8 dereferenceable(24) %0, double noundef %1) #0 align 2 !dbg !2022 {
  %3 = alloca ptr, align 8
  %4 = alloca double, align 8
  %5 = alloca %struct.Params, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !2027, !DIExpression(), !2028)
  store double %1, ptr %4, align 8
    #dbg_declare(ptr %4, !2029, !DIExpression(), !2030)
  %6 = load ptr, ptr %3, align 8
    #dbg_declare(ptr %5, !2031, !DIExpression(), !2032)
  %7 = getelementptr inbounds nuw %class.anon.1, ptr %6, i32 0, i32 0, !dbg !2033
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 8 %7, i64 24, i1 false), !dbg !2034
  %8 = getelementptr inbounds nuw %struct.Params, ptr %5, i32 0, i32 1, !dbg !2035
  %9 = load double, ptr %8, align 8, !dbg !2035
  %10 = load double, ptr %4, align 8, !dbg !2036
  %11 = fmul double %9, %10, !dbg !2037
  %12 = load double, ptr %4, align 8, !dbg !2038
  %13 = getelementptr inbounds nuw %struct.Params, ptr %5, i32 0, i32 2, !dbg !2039
  %14 = load float, ptr %13, align 8, !dbg !2039
  %15 = fpext float %14 to double, !dbg !2040
  %16 = load double, ptr %4, align 8, !dbg !2041
  %17 = fmul double %15, %16, !dbg !2042
  %18 = call double @llvm.fmuladd.f64(double %11, double %12, double %17), !dbg !2043
  %19 = getelementptr inbounds nuw %struct.Params, ptr %5, i32 0, i32 0, !dbg !2044
  %20 = load i64, ptr %19, align 8, !dbg !2044
  %21 = sitofp i64 %20 to double, !dbg !2045
  %22 = fadd double %18, %21, !dbg !2046
  ret double %22, !dbg !2047
}

attributes #0 = { mustprogress noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress noinline norecurse optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { mustprogress noinline optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { noreturn "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nobuiltin allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { noinline noreturn nounwind uwtable "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { nobuiltin nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { nounwind }
attributes #13 = { noreturn nounwind }
attributes #14 = { noreturn }
attributes #15 = { builtin allocsize(0) }
attributes #16 = { builtin nounwind }

!llvm.dbg.cu = !{!14}
!llvm.module.flags = !{!1195, !1196, !1197, !1198, !1199, !1200, !1201}
!llvm.ident = !{!1202}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 56, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "src/enzyme_cpp.cpp", directory: ".", checksumkind: CSK_MD5, checksum: "61a0e230d25e627d3299549bc7985262")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 104, elements: !6)
!4 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !5)
!5 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!6 = !{!7}
!7 = !DISubrange(count: 13)
!8 = !DIGlobalVariableExpression(var: !9, expr: !DIExpression())
!9 = distinct !DIGlobalVariable(scope: null, file: !10, line: 1906, type: !11, isLocal: true, isDefinition: true)
!10 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/stl_vector.h", directory: "", checksumkind: CSK_MD5, checksum: "8db44c3d22440641ac1ba040d9370a58")
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 392, elements: !12)
!12 = !{!13}
!13 = !DISubrange(count: 49)
!14 = distinct !DICompileUnit(language: DW_LANG_C_plus_plus_14, file: !2, producer: "Debian clang version 22.1.8 (1~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !15, globals: !592, imports: !593, splitDebugInlining: false, nameTableKind: None)
!15 = !{!16, !17, !19, !23, !25, !389, !24, !52, !58, !343, !26, !390, !29, !32, !151}
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!17 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !18, size: 64)
!18 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!19 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", scope: !21, file: !20, line: 298, baseType: !22)
!20 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/x86_64-linux-gnu/c++/12/bits/c++config.h", directory: "", checksumkind: CSK_MD5, checksum: "abdf1e7c43540a32b508ae209704da66")
!21 = !DINamespace(name: "std", scope: null)
!22 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64)
!24 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!25 = !DIDerivedType(tag: DW_TAG_typedef, name: "_Tp_alloc_type", scope: !26, file: !10, line: 444, baseType: !35)
!26 = distinct !DICompositeType(tag: DW_TAG_class_type, name: "vector<double, std::allocator<double> >", scope: !21, file: !10, line: 423, size: 192, flags: DIFlagTypePassByReference | DIFlagNonTrivial, elements: !27, templateParams: !590, identifier: "_ZTSSt6vectorIdSaIdEE")
!27 = !{!28, !245, !264, !280, !281, !286, !289, !292, !296, !302, !306, !312, !317, !321, !331, !334, !337, !340, !369, !370, !374, !377, !380, !383, !386, !449, !455, !456, !457, !462, !467, !468, !469, !470, !471, !472, !473, !476, !477, !480, !481, !482, !483, !486, !487, !495, !502, !505, !506, !507, !510, !513, !514, !515, !518, !521, !524, !528, !529, !532, !535, !538, !541, !544, !547, !550, !551, !552, !553, !554, !557, !558, !561, !562, !563, !567, !570, !575, !578, !581, !584, !587}
!28 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !26, baseType: !29, flags: DIFlagProtected, extraData: i32 0)
!29 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "_Vector_base<double, std::allocator<double> >", scope: !21, file: !10, line: 85, size: 192, flags: DIFlagTypePassByReference | DIFlagNonTrivial, elements: !30, templateParams: !244, identifier: "_ZTSSt12_Vector_baseIdSaIdEE")
!30 = !{!31, !195, !200, !205, !209, !212, !217, !220, !223, !227, !230, !233, !236, !237, !240, !243}
!31 = !DIDerivedType(tag: DW_TAG_member, name: "_M_impl", scope: !29, file: !10, line: 371, baseType: !32, size: 192)
!32 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "_Vector_impl", scope: !29, file: !10, line: 133, size: 192, flags: DIFlagTypePassByReference | DIFlagNonTrivial, elements: !33, identifier: "_ZTSNSt12_Vector_baseIdSaIdEE12_Vector_implE")
!33 = !{!34, !150, !175, !179, !184, !188, !192}
!34 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !32, baseType: !35, extraData: i32 0)
!35 = !DIDerivedType(tag: DW_TAG_typedef, name: "_Tp_alloc_type", scope: !29, file: !10, line: 88, baseType: !36)
!36 = !DIDerivedType(tag: DW_TAG_typedef, name: "other", scope: !38, file: !37, line: 120, baseType: !149)
!37 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/ext/alloc_traits.h", directory: "")
!38 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "rebind<double>", scope: !39, file: !37, line: 119, size: 8, flags: DIFlagTypePassByValue, elements: !148, templateParams: !97, identifier: "_ZTSN9__gnu_cxx14__alloc_traitsISaIdEdE6rebindIdEE")
!39 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__alloc_traits<std::allocator<double>, double>", scope: !40, file: !37, line: 48, size: 8, flags: DIFlagTypePassByValue, elements: !41, templateParams: !146, identifier: "_ZTSN9__gnu_cxx14__alloc_traitsISaIdEdEE")
!40 = !DINamespace(name: "__gnu_cxx", scope: null)
!41 = !{!42, !132, !135, !138, !142, !143, !144, !145}
!42 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !39, baseType: !43, extraData: i32 0)
!43 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "allocator_traits<std::allocator<double> >", scope: !21, file: !44, line: 411, size: 8, flags: DIFlagTypePassByValue, elements: !45, templateParams: !130, identifier: "_ZTSSt16allocator_traitsISaIdEE")
!44 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/alloc_traits.h", directory: "", checksumkind: CSK_MD5, checksum: "fd441eaab0a8965f7012f98a3edcbb86")
!45 = !{!46, !114, !118, !121, !127}
!46 = !DISubprogram(name: "allocate", linkageName: "_ZNSt16allocator_traitsISaIdEE8allocateERS0_m", scope: !43, file: !44, line: 463, type: !47, scopeLine: 463, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!47 = !DISubroutineType(types: !48)
!48 = !{!49, !50, !113}
!49 = !DIDerivedType(tag: DW_TAG_typedef, name: "pointer", scope: !43, file: !44, line: 420, baseType: !23)
!50 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !51, size: 64)
!51 = !DIDerivedType(tag: DW_TAG_typedef, name: "allocator_type", scope: !43, file: !44, line: 414, baseType: !52)
!52 = distinct !DICompositeType(tag: DW_TAG_class_type, name: "allocator<double>", scope: !21, file: !53, line: 124, size: 8, flags: DIFlagTypePassByReference | DIFlagNonTrivial, elements: !54, templateParams: !97, identifier: "_ZTSSaIdE")
!53 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/allocator.h", directory: "", checksumkind: CSK_MD5, checksum: "6fa856a93062ce2b39cf0c9a3a6a3468")
!54 = !{!55, !99, !103, !108, !112}
!55 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !52, baseType: !56, flags: DIFlagPublic, extraData: i32 0)
!56 = !DIDerivedType(tag: DW_TAG_typedef, name: "__allocator_base<double>", scope: !21, file: !57, line: 47, baseType: !58)
!57 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/x86_64-linux-gnu/c++/12/bits/c++allocator.h", directory: "", checksumkind: CSK_MD5, checksum: "3c43333b0e1372330d7f702387d162e2")
!58 = distinct !DICompositeType(tag: DW_TAG_class_type, name: "__new_allocator<double>", scope: !21, file: !59, line: 56, size: 8, flags: DIFlagTypePassByReference | DIFlagNonTrivial, elements: !60, templateParams: !97, identifier: "_ZTSSt15__new_allocatorIdE")
!59 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/new_allocator.h", directory: "", checksumkind: CSK_MD5, checksum: "6b069d101319ece6de3732b658fb1d77")
!60 = !{!61, !65, !70, !71, !78, !86, !90, !93, !96}
!61 = !DISubprogram(name: "__new_allocator", linkageName: "_ZNSt15__new_allocatorIdEC4Ev", scope: !58, file: !59, line: 80, type: !62, scopeLine: 80, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!62 = !DISubroutineType(types: !63)
!63 = !{null, !64}
!64 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !58, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!65 = !DISubprogram(name: "__new_allocator", linkageName: "_ZNSt15__new_allocatorIdEC4ERKS0_", scope: !58, file: !59, line: 83, type: !66, scopeLine: 83, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!66 = !DISubroutineType(types: !67)
!67 = !{null, !64, !68}
!68 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !69, size: 64)
!69 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !58)
!70 = !DISubprogram(name: "~__new_allocator", linkageName: "_ZNSt15__new_allocatorIdED4Ev", scope: !58, file: !59, line: 90, type: !62, scopeLine: 90, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!71 = !DISubprogram(name: "address", linkageName: "_ZNKSt15__new_allocatorIdE7addressERd", scope: !58, file: !59, line: 93, type: !72, scopeLine: 93, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!72 = !DISubroutineType(types: !73)
!73 = !{!74, !75, !76}
!74 = !DIDerivedType(tag: DW_TAG_typedef, name: "pointer", scope: !58, file: !59, line: 63, baseType: !23, flags: DIFlagPublic)
!75 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !69, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!76 = !DIDerivedType(tag: DW_TAG_typedef, name: "reference", scope: !58, file: !59, line: 65, baseType: !77, flags: DIFlagPublic)
!77 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !24, size: 64)
!78 = !DISubprogram(name: "address", linkageName: "_ZNKSt15__new_allocatorIdE7addressERKd", scope: !58, file: !59, line: 97, type: !79, scopeLine: 97, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!79 = !DISubroutineType(types: !80)
!80 = !{!81, !75, !84}
!81 = !DIDerivedType(tag: DW_TAG_typedef, name: "const_pointer", scope: !58, file: !59, line: 64, baseType: !82, flags: DIFlagPublic)
!82 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !83, size: 64)
!83 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !24)
!84 = !DIDerivedType(tag: DW_TAG_typedef, name: "const_reference", scope: !58, file: !59, line: 66, baseType: !85, flags: DIFlagPublic)
!85 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !83, size: 64)
!86 = !DISubprogram(name: "allocate", linkageName: "_ZNSt15__new_allocatorIdE8allocateEmPKv", scope: !58, file: !59, line: 112, type: !87, scopeLine: 112, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!87 = !DISubroutineType(types: !88)
!88 = !{!23, !64, !89, !17}
!89 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_type", scope: !58, file: !59, line: 60, baseType: !19, flags: DIFlagPublic)
!90 = !DISubprogram(name: "deallocate", linkageName: "_ZNSt15__new_allocatorIdE10deallocateEPdm", scope: !58, file: !59, line: 142, type: !91, scopeLine: 142, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!91 = !DISubroutineType(types: !92)
!92 = !{null, !64, !23, !89}
!93 = !DISubprogram(name: "max_size", linkageName: "_ZNKSt15__new_allocatorIdE8max_sizeEv", scope: !58, file: !59, line: 167, type: !94, scopeLine: 167, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!94 = !DISubroutineType(types: !95)
!95 = !{!89, !75}
!96 = !DISubprogram(name: "_M_max_size", linkageName: "_ZNKSt15__new_allocatorIdE11_M_max_sizeEv", scope: !58, file: !59, line: 210, type: !94, scopeLine: 210, flags: DIFlagPrototyped, spFlags: 0)
!97 = !{!98}
!98 = !DITemplateTypeParameter(name: "_Tp", type: !24)
!99 = !DISubprogram(name: "allocator", linkageName: "_ZNSaIdEC4Ev", scope: !52, file: !53, line: 156, type: !100, scopeLine: 156, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!100 = !DISubroutineType(types: !101)
!101 = !{null, !102}
!102 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !52, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!103 = !DISubprogram(name: "allocator", linkageName: "_ZNSaIdEC4ERKS_", scope: !52, file: !53, line: 159, type: !104, scopeLine: 159, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!104 = !DISubroutineType(types: !105)
!105 = !{null, !102, !106}
!106 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !107, size: 64)
!107 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !52)
!108 = !DISubprogram(name: "operator=", linkageName: "_ZNSaIdEaSERKS_", scope: !52, file: !53, line: 164, type: !109, scopeLine: 164, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!109 = !DISubroutineType(types: !110)
!110 = !{!111, !102, !106}
!111 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !52, size: 64)
!112 = !DISubprogram(name: "~allocator", linkageName: "_ZNSaIdED4Ev", scope: !52, file: !53, line: 174, type: !100, scopeLine: 174, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!113 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_type", file: !44, line: 435, baseType: !19)
!114 = !DISubprogram(name: "allocate", linkageName: "_ZNSt16allocator_traitsISaIdEE8allocateERS0_mPKv", scope: !43, file: !44, line: 477, type: !115, scopeLine: 477, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!115 = !DISubroutineType(types: !116)
!116 = !{!49, !50, !113, !117}
!117 = !DIDerivedType(tag: DW_TAG_typedef, name: "const_void_pointer", file: !44, line: 429, baseType: !17)
!118 = !DISubprogram(name: "deallocate", linkageName: "_ZNSt16allocator_traitsISaIdEE10deallocateERS0_Pdm", scope: !43, file: !44, line: 495, type: !119, scopeLine: 495, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!119 = !DISubroutineType(types: !120)
!120 = !{null, !50, !49, !113}
!121 = !DISubprogram(name: "max_size", linkageName: "_ZNSt16allocator_traitsISaIdEE8max_sizeERKS0_", scope: !43, file: !44, line: 547, type: !122, scopeLine: 547, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!122 = !DISubroutineType(types: !123)
!123 = !{!124, !125}
!124 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_type", scope: !43, file: !44, line: 435, baseType: !19)
!125 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !126, size: 64)
!126 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !51)
!127 = !DISubprogram(name: "select_on_container_copy_construction", linkageName: "_ZNSt16allocator_traitsISaIdEE37select_on_container_copy_constructionERKS0_", scope: !43, file: !44, line: 562, type: !128, scopeLine: 562, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!128 = !DISubroutineType(types: !129)
!129 = !{!51, !125}
!130 = !{!131}
!131 = !DITemplateTypeParameter(name: "_Alloc", type: !52)
!132 = !DISubprogram(name: "_S_select_on_copy", linkageName: "_ZN9__gnu_cxx14__alloc_traitsISaIdEdE17_S_select_on_copyERKS1_", scope: !39, file: !37, line: 97, type: !133, scopeLine: 97, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!133 = !DISubroutineType(types: !134)
!134 = !{!52, !106}
!135 = !DISubprogram(name: "_S_on_swap", linkageName: "_ZN9__gnu_cxx14__alloc_traitsISaIdEdE10_S_on_swapERS1_S3_", scope: !39, file: !37, line: 100, type: !136, scopeLine: 100, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!136 = !DISubroutineType(types: !137)
!137 = !{null, !111, !111}
!138 = !DISubprogram(name: "_S_propagate_on_copy_assign", linkageName: "_ZN9__gnu_cxx14__alloc_traitsISaIdEdE27_S_propagate_on_copy_assignEv", scope: !39, file: !37, line: 103, type: !139, scopeLine: 103, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!139 = !DISubroutineType(types: !140)
!140 = !{!141}
!141 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!142 = !DISubprogram(name: "_S_propagate_on_move_assign", linkageName: "_ZN9__gnu_cxx14__alloc_traitsISaIdEdE27_S_propagate_on_move_assignEv", scope: !39, file: !37, line: 106, type: !139, scopeLine: 106, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!143 = !DISubprogram(name: "_S_propagate_on_swap", linkageName: "_ZN9__gnu_cxx14__alloc_traitsISaIdEdE20_S_propagate_on_swapEv", scope: !39, file: !37, line: 109, type: !139, scopeLine: 109, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!144 = !DISubprogram(name: "_S_always_equal", linkageName: "_ZN9__gnu_cxx14__alloc_traitsISaIdEdE15_S_always_equalEv", scope: !39, file: !37, line: 112, type: !139, scopeLine: 112, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!145 = !DISubprogram(name: "_S_nothrow_move", linkageName: "_ZN9__gnu_cxx14__alloc_traitsISaIdEdE15_S_nothrow_moveEv", scope: !39, file: !37, line: 115, type: !139, scopeLine: 115, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!146 = !{!131, !147}
!147 = !DITemplateTypeParameter(type: !24, defaulted: true)
!148 = !{}
!149 = !DIDerivedType(tag: DW_TAG_typedef, name: "rebind_alloc<double>", scope: !43, file: !44, line: 450, baseType: !52)
!150 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !32, baseType: !151, extraData: i32 0)
!151 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "_Vector_impl_data", scope: !29, file: !10, line: 92, size: 192, flags: DIFlagTypePassByReference | DIFlagNonTrivial, elements: !152, identifier: "_ZTSNSt12_Vector_baseIdSaIdEE17_Vector_impl_dataE")
!152 = !{!153, !156, !157, !158, !162, !166, !171}
!153 = !DIDerivedType(tag: DW_TAG_member, name: "_M_start", scope: !151, file: !10, line: 94, baseType: !154, size: 64)
!154 = !DIDerivedType(tag: DW_TAG_typedef, name: "pointer", scope: !29, file: !10, line: 90, baseType: !155)
!155 = !DIDerivedType(tag: DW_TAG_typedef, name: "pointer", scope: !39, file: !37, line: 57, baseType: !49)
!156 = !DIDerivedType(tag: DW_TAG_member, name: "_M_finish", scope: !151, file: !10, line: 95, baseType: !154, size: 64, offset: 64)
!157 = !DIDerivedType(tag: DW_TAG_member, name: "_M_end_of_storage", scope: !151, file: !10, line: 96, baseType: !154, size: 64, offset: 128)
!158 = !DISubprogram(name: "_Vector_impl_data", linkageName: "_ZNSt12_Vector_baseIdSaIdEE17_Vector_impl_dataC4Ev", scope: !151, file: !10, line: 99, type: !159, scopeLine: 99, flags: DIFlagPrototyped, spFlags: 0)
!159 = !DISubroutineType(types: !160)
!160 = !{null, !161}
!161 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !151, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!162 = !DISubprogram(name: "_Vector_impl_data", linkageName: "_ZNSt12_Vector_baseIdSaIdEE17_Vector_impl_dataC4EOS2_", scope: !151, file: !10, line: 105, type: !163, scopeLine: 105, flags: DIFlagPrototyped, spFlags: 0)
!163 = !DISubroutineType(types: !164)
!164 = !{null, !161, !165}
!165 = !DIDerivedType(tag: DW_TAG_rvalue_reference_type, baseType: !151, size: 64)
!166 = !DISubprogram(name: "_M_copy_data", linkageName: "_ZNSt12_Vector_baseIdSaIdEE17_Vector_impl_data12_M_copy_dataERKS2_", scope: !151, file: !10, line: 113, type: !167, scopeLine: 113, flags: DIFlagPrototyped, spFlags: 0)
!167 = !DISubroutineType(types: !168)
!168 = !{null, !161, !169}
!169 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !170, size: 64)
!170 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !151)
!171 = !DISubprogram(name: "_M_swap_data", linkageName: "_ZNSt12_Vector_baseIdSaIdEE17_Vector_impl_data12_M_swap_dataERS2_", scope: !151, file: !10, line: 122, type: !172, scopeLine: 122, flags: DIFlagPrototyped, spFlags: 0)
!172 = !DISubroutineType(types: !173)
!173 = !{null, !161, !174}
!174 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !151, size: 64)
!175 = !DISubprogram(name: "_Vector_impl", linkageName: "_ZNSt12_Vector_baseIdSaIdEE12_Vector_implC4Ev", scope: !32, file: !10, line: 137, type: !176, scopeLine: 137, flags: DIFlagPrototyped, spFlags: 0)
!176 = !DISubroutineType(types: !177)
!177 = !{null, !178}
!178 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !32, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!179 = !DISubprogram(name: "_Vector_impl", linkageName: "_ZNSt12_Vector_baseIdSaIdEE12_Vector_implC4ERKS0_", scope: !32, file: !10, line: 143, type: !180, scopeLine: 143, flags: DIFlagPrototyped, spFlags: 0)
!180 = !DISubroutineType(types: !181)
!181 = !{null, !178, !182}
!182 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !183, size: 64)
!183 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !35)
!184 = !DISubprogram(name: "_Vector_impl", linkageName: "_ZNSt12_Vector_baseIdSaIdEE12_Vector_implC4EOS2_", scope: !32, file: !10, line: 151, type: !185, scopeLine: 151, flags: DIFlagPrototyped, spFlags: 0)
!185 = !DISubroutineType(types: !186)
!186 = !{null, !178, !187}
!187 = !DIDerivedType(tag: DW_TAG_rvalue_reference_type, baseType: !32, size: 64)
!188 = !DISubprogram(name: "_Vector_impl", linkageName: "_ZNSt12_Vector_baseIdSaIdEE12_Vector_implC4EOS0_", scope: !32, file: !10, line: 156, type: !189, scopeLine: 156, flags: DIFlagPrototyped, spFlags: 0)
!189 = !DISubroutineType(types: !190)
!190 = !{null, !178, !191}
!191 = !DIDerivedType(tag: DW_TAG_rvalue_reference_type, baseType: !35, size: 64)
!192 = !DISubprogram(name: "_Vector_impl", linkageName: "_ZNSt12_Vector_baseIdSaIdEE12_Vector_implC4EOS0_OS2_", scope: !32, file: !10, line: 161, type: !193, scopeLine: 161, flags: DIFlagPrototyped, spFlags: 0)
!193 = !DISubroutineType(types: !194)
!194 = !{null, !178, !191, !187}
!195 = !DISubprogram(name: "_M_get_Tp_allocator", linkageName: "_ZNSt12_Vector_baseIdSaIdEE19_M_get_Tp_allocatorEv", scope: !29, file: !10, line: 298, type: !196, scopeLine: 298, flags: DIFlagPrototyped, spFlags: 0)
!196 = !DISubroutineType(types: !197)
!197 = !{!198, !199}
!198 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !35, size: 64)
!199 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !29, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!200 = !DISubprogram(name: "_M_get_Tp_allocator", linkageName: "_ZNKSt12_Vector_baseIdSaIdEE19_M_get_Tp_allocatorEv", scope: !29, file: !10, line: 303, type: !201, scopeLine: 303, flags: DIFlagPrototyped, spFlags: 0)
!201 = !DISubroutineType(types: !202)
!202 = !{!182, !203}
!203 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !204, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!204 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !29)
!205 = !DISubprogram(name: "get_allocator", linkageName: "_ZNKSt12_Vector_baseIdSaIdEE13get_allocatorEv", scope: !29, file: !10, line: 308, type: !206, scopeLine: 308, flags: DIFlagPrototyped, spFlags: 0)
!206 = !DISubroutineType(types: !207)
!207 = !{!208, !203}
!208 = !DIDerivedType(tag: DW_TAG_typedef, name: "allocator_type", scope: !29, file: !10, line: 294, baseType: !52)
!209 = !DISubprogram(name: "_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEEC4Ev", scope: !29, file: !10, line: 312, type: !210, scopeLine: 312, flags: DIFlagPrototyped, spFlags: 0)
!210 = !DISubroutineType(types: !211)
!211 = !{null, !199}
!212 = !DISubprogram(name: "_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEEC4ERKS0_", scope: !29, file: !10, line: 318, type: !213, scopeLine: 318, flags: DIFlagPrototyped, spFlags: 0)
!213 = !DISubroutineType(types: !214)
!214 = !{null, !199, !215}
!215 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !216, size: 64)
!216 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !208)
!217 = !DISubprogram(name: "_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEEC4Em", scope: !29, file: !10, line: 324, type: !218, scopeLine: 324, flags: DIFlagPrototyped, spFlags: 0)
!218 = !DISubroutineType(types: !219)
!219 = !{null, !199, !19}
!220 = !DISubprogram(name: "_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEEC4EmRKS0_", scope: !29, file: !10, line: 330, type: !221, scopeLine: 330, flags: DIFlagPrototyped, spFlags: 0)
!221 = !DISubroutineType(types: !222)
!222 = !{null, !199, !19, !215}
!223 = !DISubprogram(name: "_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEEC4EOS1_", scope: !29, file: !10, line: 335, type: !224, scopeLine: 335, flags: DIFlagPrototyped, spFlags: 0)
!224 = !DISubroutineType(types: !225)
!225 = !{null, !199, !226}
!226 = !DIDerivedType(tag: DW_TAG_rvalue_reference_type, baseType: !29, size: 64)
!227 = !DISubprogram(name: "_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEEC4EOS0_", scope: !29, file: !10, line: 340, type: !228, scopeLine: 340, flags: DIFlagPrototyped, spFlags: 0)
!228 = !DISubroutineType(types: !229)
!229 = !{null, !199, !191}
!230 = !DISubprogram(name: "_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEEC4EOS1_RKS0_", scope: !29, file: !10, line: 344, type: !231, scopeLine: 344, flags: DIFlagPrototyped, spFlags: 0)
!231 = !DISubroutineType(types: !232)
!232 = !{null, !199, !226, !215}
!233 = !DISubprogram(name: "_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEEC4ERKS0_OS1_", scope: !29, file: !10, line: 358, type: !234, scopeLine: 358, flags: DIFlagPrototyped, spFlags: 0)
!234 = !DISubroutineType(types: !235)
!235 = !{null, !199, !215, !226}
!236 = !DISubprogram(name: "~_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEED4Ev", scope: !29, file: !10, line: 364, type: !210, scopeLine: 364, flags: DIFlagPrototyped, spFlags: 0)
!237 = !DISubprogram(name: "_M_allocate", linkageName: "_ZNSt12_Vector_baseIdSaIdEE11_M_allocateEm", scope: !29, file: !10, line: 375, type: !238, scopeLine: 375, flags: DIFlagPrototyped, spFlags: 0)
!238 = !DISubroutineType(types: !239)
!239 = !{!154, !199, !19}
!240 = !DISubprogram(name: "_M_deallocate", linkageName: "_ZNSt12_Vector_baseIdSaIdEE13_M_deallocateEPdm", scope: !29, file: !10, line: 383, type: !241, scopeLine: 383, flags: DIFlagPrototyped, spFlags: 0)
!241 = !DISubroutineType(types: !242)
!242 = !{null, !199, !154, !19}
!243 = !DISubprogram(name: "_M_create_storage", linkageName: "_ZNSt12_Vector_baseIdSaIdEE17_M_create_storageEm", scope: !29, file: !10, line: 393, type: !218, scopeLine: 393, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!244 = !{!98, !131}
!245 = !DISubprogram(name: "_S_nothrow_relocate", linkageName: "_ZNSt6vectorIdSaIdEE19_S_nothrow_relocateESt17integral_constantIbLb1EE", scope: !26, file: !10, line: 465, type: !246, scopeLine: 465, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!246 = !DISubroutineType(types: !247)
!247 = !{!141, !248}
!248 = !DIDerivedType(tag: DW_TAG_typedef, name: "true_type", scope: !21, file: !249, line: 82, baseType: !250)
!249 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/type_traits", directory: "")
!250 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "integral_constant<bool, true>", scope: !21, file: !249, line: 62, size: 8, flags: DIFlagTypePassByValue, elements: !251, templateParams: !261, identifier: "_ZTSSt17integral_constantIbLb1EE")
!251 = !{!252, !254, !260}
!252 = !DIDerivedType(tag: DW_TAG_variable, name: "value", scope: !250, file: !249, line: 64, baseType: !253, flags: DIFlagStaticMember, extraData: i1 true)
!253 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !141)
!254 = !DISubprogram(name: "operator bool", linkageName: "_ZNKSt17integral_constantIbLb1EEcvbEv", scope: !250, file: !249, line: 67, type: !255, scopeLine: 67, flags: DIFlagPrototyped, spFlags: 0)
!255 = !DISubroutineType(types: !256)
!256 = !{!257, !258}
!257 = !DIDerivedType(tag: DW_TAG_typedef, name: "value_type", scope: !250, file: !249, line: 65, baseType: !141)
!258 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !259, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!259 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !250)
!260 = !DISubprogram(name: "operator()", linkageName: "_ZNKSt17integral_constantIbLb1EEclEv", scope: !250, file: !249, line: 72, type: !255, scopeLine: 72, flags: DIFlagPrototyped, spFlags: 0)
!261 = !{!262, !263}
!262 = !DITemplateTypeParameter(name: "_Tp", type: !141)
!263 = !DITemplateValueParameter(name: "__v", type: !141, value: i1 true)
!264 = !DISubprogram(name: "_S_nothrow_relocate", linkageName: "_ZNSt6vectorIdSaIdEE19_S_nothrow_relocateESt17integral_constantIbLb0EE", scope: !26, file: !10, line: 474, type: !265, scopeLine: 474, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!265 = !DISubroutineType(types: !266)
!266 = !{!141, !267}
!267 = !DIDerivedType(tag: DW_TAG_typedef, name: "false_type", scope: !21, file: !249, line: 85, baseType: !268)
!268 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "integral_constant<bool, false>", scope: !21, file: !249, line: 62, size: 8, flags: DIFlagTypePassByValue, elements: !269, templateParams: !278, identifier: "_ZTSSt17integral_constantIbLb0EE")
!269 = !{!270, !271, !277}
!270 = !DIDerivedType(tag: DW_TAG_variable, name: "value", scope: !268, file: !249, line: 64, baseType: !253, flags: DIFlagStaticMember, extraData: i1 false)
!271 = !DISubprogram(name: "operator bool", linkageName: "_ZNKSt17integral_constantIbLb0EEcvbEv", scope: !268, file: !249, line: 67, type: !272, scopeLine: 67, flags: DIFlagPrototyped, spFlags: 0)
!272 = !DISubroutineType(types: !273)
!273 = !{!274, !275}
!274 = !DIDerivedType(tag: DW_TAG_typedef, name: "value_type", scope: !268, file: !249, line: 65, baseType: !141)
!275 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !276, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!276 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !268)
!277 = !DISubprogram(name: "operator()", linkageName: "_ZNKSt17integral_constantIbLb0EEclEv", scope: !268, file: !249, line: 72, type: !272, scopeLine: 72, flags: DIFlagPrototyped, spFlags: 0)
!278 = !{!262, !279}
!279 = !DITemplateValueParameter(name: "__v", type: !141, value: i1 false)
!280 = !DISubprogram(name: "_S_use_relocate", linkageName: "_ZNSt6vectorIdSaIdEE15_S_use_relocateEv", scope: !26, file: !10, line: 478, type: !139, scopeLine: 478, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!281 = !DISubprogram(name: "_S_do_relocate", linkageName: "_ZNSt6vectorIdSaIdEE14_S_do_relocateEPdS2_S2_RS0_St17integral_constantIbLb1EE", scope: !26, file: !10, line: 487, type: !282, scopeLine: 487, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!282 = !DISubroutineType(types: !283)
!283 = !{!284, !284, !284, !284, !285, !248}
!284 = !DIDerivedType(tag: DW_TAG_typedef, name: "pointer", scope: !26, file: !10, line: 449, baseType: !154, flags: DIFlagPublic)
!285 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !25, size: 64)
!286 = !DISubprogram(name: "_S_do_relocate", linkageName: "_ZNSt6vectorIdSaIdEE14_S_do_relocateEPdS2_S2_RS0_St17integral_constantIbLb0EE", scope: !26, file: !10, line: 494, type: !287, scopeLine: 494, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!287 = !DISubroutineType(types: !288)
!288 = !{!284, !284, !284, !284, !285, !267}
!289 = !DISubprogram(name: "_S_relocate", linkageName: "_ZNSt6vectorIdSaIdEE11_S_relocateEPdS2_S2_RS0_", scope: !26, file: !10, line: 499, type: !290, scopeLine: 499, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!290 = !DISubroutineType(types: !291)
!291 = !{!284, !284, !284, !284, !285}
!292 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4Ev", scope: !26, file: !10, line: 526, type: !293, scopeLine: 526, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!293 = !DISubroutineType(types: !294)
!294 = !{null, !295}
!295 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !26, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!296 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4ERKS0_", scope: !26, file: !10, line: 537, type: !297, scopeLine: 537, flags: DIFlagPublic | DIFlagExplicit | DIFlagPrototyped, spFlags: 0)
!297 = !DISubroutineType(types: !298)
!298 = !{null, !295, !299}
!299 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !300, size: 64)
!300 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !301)
!301 = !DIDerivedType(tag: DW_TAG_typedef, name: "allocator_type", scope: !26, file: !10, line: 460, baseType: !52, flags: DIFlagPublic)
!302 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4EmRKS0_", scope: !26, file: !10, line: 551, type: !303, scopeLine: 551, flags: DIFlagPublic | DIFlagExplicit | DIFlagPrototyped, spFlags: 0)
!303 = !DISubroutineType(types: !304)
!304 = !{null, !295, !305, !299}
!305 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_type", scope: !26, file: !10, line: 458, baseType: !19, flags: DIFlagPublic)
!306 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4EmRKdRKS0_", scope: !26, file: !10, line: 564, type: !307, scopeLine: 564, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!307 = !DISubroutineType(types: !308)
!308 = !{null, !295, !305, !309, !299}
!309 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !310, size: 64)
!310 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !311)
!311 = !DIDerivedType(tag: DW_TAG_typedef, name: "value_type", scope: !26, file: !10, line: 448, baseType: !24, flags: DIFlagPublic)
!312 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4ERKS1_", scope: !26, file: !10, line: 596, type: !313, scopeLine: 596, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!313 = !DISubroutineType(types: !314)
!314 = !{null, !295, !315}
!315 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !316, size: 64)
!316 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !26)
!317 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4EOS1_", scope: !26, file: !10, line: 615, type: !318, scopeLine: 615, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!318 = !DISubroutineType(types: !319)
!319 = !{null, !295, !320}
!320 = !DIDerivedType(tag: DW_TAG_rvalue_reference_type, baseType: !26, size: 64)
!321 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4ERKS1_RKS0_", scope: !26, file: !10, line: 619, type: !322, scopeLine: 619, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!322 = !DISubroutineType(types: !323)
!323 = !{null, !295, !315, !324}
!324 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !325, size: 64)
!325 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !326)
!326 = !DIDerivedType(tag: DW_TAG_typedef, name: "__type_identity_t<std::allocator<double> >", scope: !21, file: !249, line: 128, baseType: !327)
!327 = !DIDerivedType(tag: DW_TAG_typedef, name: "type", scope: !328, file: !249, line: 125, baseType: !52)
!328 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__type_identity<std::allocator<double> >", scope: !21, file: !249, line: 124, size: 8, flags: DIFlagTypePassByValue, elements: !148, templateParams: !329, identifier: "_ZTSSt15__type_identityISaIdEE")
!329 = !{!330}
!330 = !DITemplateTypeParameter(name: "_Type", type: !52)
!331 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4EOS1_RKS0_St17integral_constantIbLb1EE", scope: !26, file: !10, line: 630, type: !332, scopeLine: 630, flags: DIFlagPrototyped, spFlags: 0)
!332 = !DISubroutineType(types: !333)
!333 = !{null, !295, !320, !299, !248}
!334 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4EOS1_RKS0_St17integral_constantIbLb0EE", scope: !26, file: !10, line: 635, type: !335, scopeLine: 635, flags: DIFlagPrototyped, spFlags: 0)
!335 = !DISubroutineType(types: !336)
!336 = !{null, !295, !320, !299, !267}
!337 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4EOS1_RKS0_", scope: !26, file: !10, line: 654, type: !338, scopeLine: 654, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!338 = !DISubroutineType(types: !339)
!339 = !{null, !295, !320, !324}
!340 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4ESt16initializer_listIdERKS0_", scope: !26, file: !10, line: 673, type: !341, scopeLine: 673, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!341 = !DISubroutineType(types: !342)
!342 = !{null, !295, !343, !299}
!343 = distinct !DICompositeType(tag: DW_TAG_class_type, name: "initializer_list<double>", scope: !21, file: !344, line: 47, size: 128, flags: DIFlagTypePassByValue | DIFlagNonTrivial, elements: !345, templateParams: !367, identifier: "_ZTSSt16initializer_listIdE")
!344 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/initializer_list", directory: "")
!345 = !{!346, !348, !350, !355, !358, !363, !366}
!346 = !DIDerivedType(tag: DW_TAG_member, name: "_M_array", scope: !343, file: !344, line: 58, baseType: !347, size: 64)
!347 = !DIDerivedType(tag: DW_TAG_typedef, name: "iterator", scope: !343, file: !344, line: 54, baseType: !82, flags: DIFlagPublic)
!348 = !DIDerivedType(tag: DW_TAG_member, name: "_M_len", scope: !343, file: !344, line: 59, baseType: !349, size: 64, offset: 64)
!349 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_type", scope: !343, file: !344, line: 53, baseType: !19, flags: DIFlagPublic)
!350 = !DISubprogram(name: "initializer_list", linkageName: "_ZNSt16initializer_listIdEC4EPKdm", scope: !343, file: !344, line: 62, type: !351, scopeLine: 62, flags: DIFlagPrototyped, spFlags: 0)
!351 = !DISubroutineType(types: !352)
!352 = !{null, !353, !354, !349}
!353 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !343, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!354 = !DIDerivedType(tag: DW_TAG_typedef, name: "const_iterator", scope: !343, file: !344, line: 55, baseType: !82, flags: DIFlagPublic)
!355 = !DISubprogram(name: "initializer_list", linkageName: "_ZNSt16initializer_listIdEC4Ev", scope: !343, file: !344, line: 66, type: !356, scopeLine: 66, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!356 = !DISubroutineType(types: !357)
!357 = !{null, !353}
!358 = !DISubprogram(name: "size", linkageName: "_ZNKSt16initializer_listIdE4sizeEv", scope: !343, file: !344, line: 71, type: !359, scopeLine: 71, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!359 = !DISubroutineType(types: !360)
!360 = !{!349, !361}
!361 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !362, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!362 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !343)
!363 = !DISubprogram(name: "begin", linkageName: "_ZNKSt16initializer_listIdE5beginEv", scope: !343, file: !344, line: 75, type: !364, scopeLine: 75, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!364 = !DISubroutineType(types: !365)
!365 = !{!354, !361}
!366 = !DISubprogram(name: "end", linkageName: "_ZNKSt16initializer_listIdE3endEv", scope: !343, file: !344, line: 79, type: !364, scopeLine: 79, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!367 = !{!368}
!368 = !DITemplateTypeParameter(name: "_E", type: !24)
!369 = !DISubprogram(name: "~vector", linkageName: "_ZNSt6vectorIdSaIdEED4Ev", scope: !26, file: !10, line: 728, type: !293, scopeLine: 728, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!370 = !DISubprogram(name: "operator=", linkageName: "_ZNSt6vectorIdSaIdEEaSERKS1_", scope: !26, file: !10, line: 746, type: !371, scopeLine: 746, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!371 = !DISubroutineType(types: !372)
!372 = !{!373, !295, !315}
!373 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !26, size: 64)
!374 = !DISubprogram(name: "operator=", linkageName: "_ZNSt6vectorIdSaIdEEaSEOS1_", scope: !26, file: !10, line: 761, type: !375, scopeLine: 761, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!375 = !DISubroutineType(types: !376)
!376 = !{!373, !295, !320}
!377 = !DISubprogram(name: "operator=", linkageName: "_ZNSt6vectorIdSaIdEEaSESt16initializer_listIdE", scope: !26, file: !10, line: 783, type: !378, scopeLine: 783, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!378 = !DISubroutineType(types: !379)
!379 = !{!373, !295, !343}
!380 = !DISubprogram(name: "assign", linkageName: "_ZNSt6vectorIdSaIdEE6assignEmRKd", scope: !26, file: !10, line: 803, type: !381, scopeLine: 803, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!381 = !DISubroutineType(types: !382)
!382 = !{null, !295, !305, !309}
!383 = !DISubprogram(name: "assign", linkageName: "_ZNSt6vectorIdSaIdEE6assignESt16initializer_listIdE", scope: !26, file: !10, line: 850, type: !384, scopeLine: 850, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!384 = !DISubroutineType(types: !385)
!385 = !{null, !295, !343}
!386 = !DISubprogram(name: "begin", linkageName: "_ZNSt6vectorIdSaIdEE5beginEv", scope: !26, file: !10, line: 868, type: !387, scopeLine: 868, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!387 = !DISubroutineType(types: !388)
!388 = !{!389, !295}
!389 = !DIDerivedType(tag: DW_TAG_typedef, name: "iterator", scope: !26, file: !10, line: 453, baseType: !390, flags: DIFlagPublic)
!390 = distinct !DICompositeType(tag: DW_TAG_class_type, name: "__normal_iterator<double *, std::vector<double, std::allocator<double> > >", scope: !40, file: !391, line: 1043, size: 64, flags: DIFlagTypePassByValue | DIFlagNonTrivial, elements: !392, templateParams: !447, identifier: "_ZTSN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEE")
!391 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/stl_iterator.h", directory: "", checksumkind: CSK_MD5, checksum: "bea55f548d6c981fe14b47f481b3c513")
!392 = !{!393, !394, !398, !403, !414, !419, !423, !427, !428, !429, !436, !439, !442, !443, !444}
!393 = !DIDerivedType(tag: DW_TAG_member, name: "_M_current", scope: !390, file: !391, line: 1046, baseType: !23, size: 64, flags: DIFlagProtected)
!394 = !DISubprogram(name: "__normal_iterator", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEC4Ev", scope: !390, file: !391, line: 1068, type: !395, scopeLine: 1068, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!395 = !DISubroutineType(types: !396)
!396 = !{null, !397}
!397 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !390, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!398 = !DISubprogram(name: "__normal_iterator", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEC4ERKS1_", scope: !390, file: !391, line: 1072, type: !399, scopeLine: 1072, flags: DIFlagPublic | DIFlagExplicit | DIFlagPrototyped, spFlags: 0)
!399 = !DISubroutineType(types: !400)
!400 = !{null, !397, !401}
!401 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !402, size: 64)
!402 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !23)
!403 = !DISubprogram(name: "operator*", linkageName: "_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEdeEv", scope: !390, file: !391, line: 1095, type: !404, scopeLine: 1095, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!404 = !DISubroutineType(types: !405)
!405 = !{!406, !412}
!406 = !DIDerivedType(tag: DW_TAG_typedef, name: "reference", scope: !390, file: !391, line: 1061, baseType: !407, flags: DIFlagPublic)
!407 = !DIDerivedType(tag: DW_TAG_typedef, name: "reference", scope: !409, file: !408, line: 216, baseType: !77)
!408 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/stl_iterator_base_types.h", directory: "")
!409 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "iterator_traits<double *>", scope: !21, file: !408, line: 210, size: 8, flags: DIFlagTypePassByValue, elements: !148, templateParams: !410, identifier: "_ZTSSt15iterator_traitsIPdE")
!410 = !{!411}
!411 = !DITemplateTypeParameter(name: "_Iterator", type: !23)
!412 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !413, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!413 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !390)
!414 = !DISubprogram(name: "operator->", linkageName: "_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEptEv", scope: !390, file: !391, line: 1100, type: !415, scopeLine: 1100, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!415 = !DISubroutineType(types: !416)
!416 = !{!417, !412}
!417 = !DIDerivedType(tag: DW_TAG_typedef, name: "pointer", scope: !390, file: !391, line: 1062, baseType: !418, flags: DIFlagPublic)
!418 = !DIDerivedType(tag: DW_TAG_typedef, name: "pointer", scope: !409, file: !408, line: 215, baseType: !23)
!419 = !DISubprogram(name: "operator++", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEppEv", scope: !390, file: !391, line: 1105, type: !420, scopeLine: 1105, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!420 = !DISubroutineType(types: !421)
!421 = !{!422, !397}
!422 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !390, size: 64)
!423 = !DISubprogram(name: "operator++", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEppEi", scope: !390, file: !391, line: 1113, type: !424, scopeLine: 1113, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!424 = !DISubroutineType(types: !425)
!425 = !{!390, !397, !426}
!426 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!427 = !DISubprogram(name: "operator--", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEmmEv", scope: !390, file: !391, line: 1119, type: !420, scopeLine: 1119, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!428 = !DISubprogram(name: "operator--", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEmmEi", scope: !390, file: !391, line: 1127, type: !424, scopeLine: 1127, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!429 = !DISubprogram(name: "operator[]", linkageName: "_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEixEl", scope: !390, file: !391, line: 1133, type: !430, scopeLine: 1133, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!430 = !DISubroutineType(types: !431)
!431 = !{!406, !412, !432}
!432 = !DIDerivedType(tag: DW_TAG_typedef, name: "difference_type", scope: !390, file: !391, line: 1060, baseType: !433, flags: DIFlagPublic)
!433 = !DIDerivedType(tag: DW_TAG_typedef, name: "difference_type", scope: !409, file: !408, line: 214, baseType: !434)
!434 = !DIDerivedType(tag: DW_TAG_typedef, name: "ptrdiff_t", scope: !21, file: !20, line: 299, baseType: !435)
!435 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!436 = !DISubprogram(name: "operator+=", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEpLEl", scope: !390, file: !391, line: 1138, type: !437, scopeLine: 1138, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!437 = !DISubroutineType(types: !438)
!438 = !{!422, !397, !432}
!439 = !DISubprogram(name: "operator+", linkageName: "_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEplEl", scope: !390, file: !391, line: 1143, type: !440, scopeLine: 1143, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!440 = !DISubroutineType(types: !441)
!441 = !{!390, !412, !432}
!442 = !DISubprogram(name: "operator-=", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEmIEl", scope: !390, file: !391, line: 1148, type: !437, scopeLine: 1148, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!443 = !DISubprogram(name: "operator-", linkageName: "_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEmiEl", scope: !390, file: !391, line: 1153, type: !440, scopeLine: 1153, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!444 = !DISubprogram(name: "base", linkageName: "_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEE4baseEv", scope: !390, file: !391, line: 1158, type: !445, scopeLine: 1158, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!445 = !DISubroutineType(types: !446)
!446 = !{!401, !412}
!447 = !{!411, !448}
!448 = !DITemplateTypeParameter(name: "_Container", type: !26)
!449 = !DISubprogram(name: "begin", linkageName: "_ZNKSt6vectorIdSaIdEE5beginEv", scope: !26, file: !10, line: 878, type: !450, scopeLine: 878, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!450 = !DISubroutineType(types: !451)
!451 = !{!452, !454}
!452 = !DIDerivedType(tag: DW_TAG_typedef, name: "const_iterator", scope: !26, file: !10, line: 455, baseType: !453, flags: DIFlagPublic)
!453 = !DICompositeType(tag: DW_TAG_class_type, name: "__normal_iterator<const double *, std::vector<double, std::allocator<double> > >", scope: !40, file: !391, line: 1043, flags: DIFlagFwdDecl | DIFlagNonTrivial, identifier: "_ZTSN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEE")
!454 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !316, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!455 = !DISubprogram(name: "end", linkageName: "_ZNSt6vectorIdSaIdEE3endEv", scope: !26, file: !10, line: 888, type: !387, scopeLine: 888, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!456 = !DISubprogram(name: "end", linkageName: "_ZNKSt6vectorIdSaIdEE3endEv", scope: !26, file: !10, line: 898, type: !450, scopeLine: 898, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!457 = !DISubprogram(name: "rbegin", linkageName: "_ZNSt6vectorIdSaIdEE6rbeginEv", scope: !26, file: !10, line: 908, type: !458, scopeLine: 908, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!458 = !DISubroutineType(types: !459)
!459 = !{!460, !295}
!460 = !DIDerivedType(tag: DW_TAG_typedef, name: "reverse_iterator", scope: !26, file: !10, line: 457, baseType: !461, flags: DIFlagPublic)
!461 = !DICompositeType(tag: DW_TAG_class_type, name: "reverse_iterator<__gnu_cxx::__normal_iterator<double *, std::vector<double, std::allocator<double> > > >", scope: !21, file: !391, line: 132, flags: DIFlagFwdDecl | DIFlagNonTrivial, identifier: "_ZTSSt16reverse_iteratorIN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEEE")
!462 = !DISubprogram(name: "rbegin", linkageName: "_ZNKSt6vectorIdSaIdEE6rbeginEv", scope: !26, file: !10, line: 918, type: !463, scopeLine: 918, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!463 = !DISubroutineType(types: !464)
!464 = !{!465, !454}
!465 = !DIDerivedType(tag: DW_TAG_typedef, name: "const_reverse_iterator", scope: !26, file: !10, line: 456, baseType: !466, flags: DIFlagPublic)
!466 = !DICompositeType(tag: DW_TAG_class_type, name: "reverse_iterator<__gnu_cxx::__normal_iterator<const double *, std::vector<double, std::allocator<double> > > >", scope: !21, file: !391, line: 132, flags: DIFlagFwdDecl | DIFlagNonTrivial, identifier: "_ZTSSt16reverse_iteratorIN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEEE")
!467 = !DISubprogram(name: "rend", linkageName: "_ZNSt6vectorIdSaIdEE4rendEv", scope: !26, file: !10, line: 928, type: !458, scopeLine: 928, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!468 = !DISubprogram(name: "rend", linkageName: "_ZNKSt6vectorIdSaIdEE4rendEv", scope: !26, file: !10, line: 938, type: !463, scopeLine: 938, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!469 = !DISubprogram(name: "cbegin", linkageName: "_ZNKSt6vectorIdSaIdEE6cbeginEv", scope: !26, file: !10, line: 949, type: !450, scopeLine: 949, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!470 = !DISubprogram(name: "cend", linkageName: "_ZNKSt6vectorIdSaIdEE4cendEv", scope: !26, file: !10, line: 959, type: !450, scopeLine: 959, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!471 = !DISubprogram(name: "crbegin", linkageName: "_ZNKSt6vectorIdSaIdEE7crbeginEv", scope: !26, file: !10, line: 969, type: !463, scopeLine: 969, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!472 = !DISubprogram(name: "crend", linkageName: "_ZNKSt6vectorIdSaIdEE5crendEv", scope: !26, file: !10, line: 979, type: !463, scopeLine: 979, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!473 = !DISubprogram(name: "size", linkageName: "_ZNKSt6vectorIdSaIdEE4sizeEv", scope: !26, file: !10, line: 987, type: !474, scopeLine: 987, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!474 = !DISubroutineType(types: !475)
!475 = !{!305, !454}
!476 = !DISubprogram(name: "max_size", linkageName: "_ZNKSt6vectorIdSaIdEE8max_sizeEv", scope: !26, file: !10, line: 993, type: !474, scopeLine: 993, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!477 = !DISubprogram(name: "resize", linkageName: "_ZNSt6vectorIdSaIdEE6resizeEm", scope: !26, file: !10, line: 1008, type: !478, scopeLine: 1008, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!478 = !DISubroutineType(types: !479)
!479 = !{null, !295, !305}
!480 = !DISubprogram(name: "resize", linkageName: "_ZNSt6vectorIdSaIdEE6resizeEmRKd", scope: !26, file: !10, line: 1029, type: !381, scopeLine: 1029, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!481 = !DISubprogram(name: "shrink_to_fit", linkageName: "_ZNSt6vectorIdSaIdEE13shrink_to_fitEv", scope: !26, file: !10, line: 1063, type: !293, scopeLine: 1063, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!482 = !DISubprogram(name: "capacity", linkageName: "_ZNKSt6vectorIdSaIdEE8capacityEv", scope: !26, file: !10, line: 1073, type: !474, scopeLine: 1073, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!483 = !DISubprogram(name: "empty", linkageName: "_ZNKSt6vectorIdSaIdEE5emptyEv", scope: !26, file: !10, line: 1083, type: !484, scopeLine: 1083, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!484 = !DISubroutineType(types: !485)
!485 = !{!141, !454}
!486 = !DISubprogram(name: "reserve", linkageName: "_ZNSt6vectorIdSaIdEE7reserveEm", scope: !26, file: !10, line: 1105, type: !478, scopeLine: 1105, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!487 = !DISubprogram(name: "operator[]", linkageName: "_ZNSt6vectorIdSaIdEEixEm", scope: !26, file: !10, line: 1121, type: !488, scopeLine: 1121, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!488 = !DISubroutineType(types: !489)
!489 = !{!490, !295, !305}
!490 = !DIDerivedType(tag: DW_TAG_typedef, name: "reference", scope: !26, file: !10, line: 451, baseType: !491, flags: DIFlagPublic)
!491 = !DIDerivedType(tag: DW_TAG_typedef, name: "reference", scope: !39, file: !37, line: 62, baseType: !492)
!492 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !493, size: 64)
!493 = !DIDerivedType(tag: DW_TAG_typedef, name: "value_type", scope: !39, file: !37, line: 56, baseType: !494)
!494 = !DIDerivedType(tag: DW_TAG_typedef, name: "value_type", scope: !43, file: !44, line: 417, baseType: !24)
!495 = !DISubprogram(name: "operator[]", linkageName: "_ZNKSt6vectorIdSaIdEEixEm", scope: !26, file: !10, line: 1140, type: !496, scopeLine: 1140, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!496 = !DISubroutineType(types: !497)
!497 = !{!498, !454, !305}
!498 = !DIDerivedType(tag: DW_TAG_typedef, name: "const_reference", scope: !26, file: !10, line: 452, baseType: !499, flags: DIFlagPublic)
!499 = !DIDerivedType(tag: DW_TAG_typedef, name: "const_reference", scope: !39, file: !37, line: 63, baseType: !500)
!500 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !501, size: 64)
!501 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !493)
!502 = !DISubprogram(name: "_M_range_check", linkageName: "_ZNKSt6vectorIdSaIdEE14_M_range_checkEm", scope: !26, file: !10, line: 1150, type: !503, scopeLine: 1150, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!503 = !DISubroutineType(types: !504)
!504 = !{null, !454, !305}
!505 = !DISubprogram(name: "at", linkageName: "_ZNSt6vectorIdSaIdEE2atEm", scope: !26, file: !10, line: 1173, type: !488, scopeLine: 1173, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!506 = !DISubprogram(name: "at", linkageName: "_ZNKSt6vectorIdSaIdEE2atEm", scope: !26, file: !10, line: 1192, type: !496, scopeLine: 1192, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!507 = !DISubprogram(name: "front", linkageName: "_ZNSt6vectorIdSaIdEE5frontEv", scope: !26, file: !10, line: 1204, type: !508, scopeLine: 1204, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!508 = !DISubroutineType(types: !509)
!509 = !{!490, !295}
!510 = !DISubprogram(name: "front", linkageName: "_ZNKSt6vectorIdSaIdEE5frontEv", scope: !26, file: !10, line: 1216, type: !511, scopeLine: 1216, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!511 = !DISubroutineType(types: !512)
!512 = !{!498, !454}
!513 = !DISubprogram(name: "back", linkageName: "_ZNSt6vectorIdSaIdEE4backEv", scope: !26, file: !10, line: 1228, type: !508, scopeLine: 1228, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!514 = !DISubprogram(name: "back", linkageName: "_ZNKSt6vectorIdSaIdEE4backEv", scope: !26, file: !10, line: 1240, type: !511, scopeLine: 1240, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!515 = !DISubprogram(name: "data", linkageName: "_ZNSt6vectorIdSaIdEE4dataEv", scope: !26, file: !10, line: 1255, type: !516, scopeLine: 1255, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!516 = !DISubroutineType(types: !517)
!517 = !{!23, !295}
!518 = !DISubprogram(name: "data", linkageName: "_ZNKSt6vectorIdSaIdEE4dataEv", scope: !26, file: !10, line: 1260, type: !519, scopeLine: 1260, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!519 = !DISubroutineType(types: !520)
!520 = !{!82, !454}
!521 = !DISubprogram(name: "push_back", linkageName: "_ZNSt6vectorIdSaIdEE9push_backERKd", scope: !26, file: !10, line: 1276, type: !522, scopeLine: 1276, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!522 = !DISubroutineType(types: !523)
!523 = !{null, !295, !309}
!524 = !DISubprogram(name: "push_back", linkageName: "_ZNSt6vectorIdSaIdEE9push_backEOd", scope: !26, file: !10, line: 1293, type: !525, scopeLine: 1293, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!525 = !DISubroutineType(types: !526)
!526 = !{null, !295, !527}
!527 = !DIDerivedType(tag: DW_TAG_rvalue_reference_type, baseType: !311, size: 64)
!528 = !DISubprogram(name: "pop_back", linkageName: "_ZNSt6vectorIdSaIdEE8pop_backEv", scope: !26, file: !10, line: 1317, type: !293, scopeLine: 1317, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!529 = !DISubprogram(name: "insert", linkageName: "_ZNSt6vectorIdSaIdEE6insertEN9__gnu_cxx17__normal_iteratorIPKdS1_EERS4_", scope: !26, file: !10, line: 1357, type: !530, scopeLine: 1357, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!530 = !DISubroutineType(types: !531)
!531 = !{!389, !295, !452, !309}
!532 = !DISubprogram(name: "insert", linkageName: "_ZNSt6vectorIdSaIdEE6insertEN9__gnu_cxx17__normal_iteratorIPKdS1_EEOd", scope: !26, file: !10, line: 1388, type: !533, scopeLine: 1388, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!533 = !DISubroutineType(types: !534)
!534 = !{!389, !295, !452, !527}
!535 = !DISubprogram(name: "insert", linkageName: "_ZNSt6vectorIdSaIdEE6insertEN9__gnu_cxx17__normal_iteratorIPKdS1_EESt16initializer_listIdE", scope: !26, file: !10, line: 1406, type: !536, scopeLine: 1406, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!536 = !DISubroutineType(types: !537)
!537 = !{!389, !295, !452, !343}
!538 = !DISubprogram(name: "insert", linkageName: "_ZNSt6vectorIdSaIdEE6insertEN9__gnu_cxx17__normal_iteratorIPKdS1_EEmRS4_", scope: !26, file: !10, line: 1432, type: !539, scopeLine: 1432, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!539 = !DISubroutineType(types: !540)
!540 = !{!389, !295, !452, !305, !309}
!541 = !DISubprogram(name: "erase", linkageName: "_ZNSt6vectorIdSaIdEE5eraseEN9__gnu_cxx17__normal_iteratorIPKdS1_EE", scope: !26, file: !10, line: 1529, type: !542, scopeLine: 1529, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!542 = !DISubroutineType(types: !543)
!543 = !{!389, !295, !452}
!544 = !DISubprogram(name: "erase", linkageName: "_ZNSt6vectorIdSaIdEE5eraseEN9__gnu_cxx17__normal_iteratorIPKdS1_EES6_", scope: !26, file: !10, line: 1557, type: !545, scopeLine: 1557, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!545 = !DISubroutineType(types: !546)
!546 = !{!389, !295, !452, !452}
!547 = !DISubprogram(name: "swap", linkageName: "_ZNSt6vectorIdSaIdEE4swapERS1_", scope: !26, file: !10, line: 1581, type: !548, scopeLine: 1581, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!548 = !DISubroutineType(types: !549)
!549 = !{null, !295, !373}
!550 = !DISubprogram(name: "clear", linkageName: "_ZNSt6vectorIdSaIdEE5clearEv", scope: !26, file: !10, line: 1600, type: !293, scopeLine: 1600, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!551 = !DISubprogram(name: "_M_fill_initialize", linkageName: "_ZNSt6vectorIdSaIdEE18_M_fill_initializeEmRKd", scope: !26, file: !10, line: 1699, type: !381, scopeLine: 1699, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!552 = !DISubprogram(name: "_M_default_initialize", linkageName: "_ZNSt6vectorIdSaIdEE21_M_default_initializeEm", scope: !26, file: !10, line: 1710, type: !478, scopeLine: 1710, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!553 = !DISubprogram(name: "_M_fill_assign", linkageName: "_ZNSt6vectorIdSaIdEE14_M_fill_assignEmRKd", scope: !26, file: !10, line: 1757, type: !381, scopeLine: 1757, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!554 = !DISubprogram(name: "_M_fill_insert", linkageName: "_ZNSt6vectorIdSaIdEE14_M_fill_insertEN9__gnu_cxx17__normal_iteratorIPdS1_EEmRKd", scope: !26, file: !10, line: 1801, type: !555, scopeLine: 1801, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!555 = !DISubroutineType(types: !556)
!556 = !{null, !295, !389, !305, !309}
!557 = !DISubprogram(name: "_M_default_append", linkageName: "_ZNSt6vectorIdSaIdEE17_M_default_appendEm", scope: !26, file: !10, line: 1807, type: !478, scopeLine: 1807, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!558 = !DISubprogram(name: "_M_shrink_to_fit", linkageName: "_ZNSt6vectorIdSaIdEE16_M_shrink_to_fitEv", scope: !26, file: !10, line: 1811, type: !559, scopeLine: 1811, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!559 = !DISubroutineType(types: !560)
!560 = !{!141, !295}
!561 = !DISubprogram(name: "_M_insert_rval", linkageName: "_ZNSt6vectorIdSaIdEE14_M_insert_rvalEN9__gnu_cxx17__normal_iteratorIPKdS1_EEOd", scope: !26, file: !10, line: 1873, type: !533, scopeLine: 1873, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!562 = !DISubprogram(name: "_M_emplace_aux", linkageName: "_ZNSt6vectorIdSaIdEE14_M_emplace_auxEN9__gnu_cxx17__normal_iteratorIPKdS1_EEOd", scope: !26, file: !10, line: 1884, type: !533, scopeLine: 1884, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!563 = !DISubprogram(name: "_M_check_len", linkageName: "_ZNKSt6vectorIdSaIdEE12_M_check_lenEmPKc", scope: !26, file: !10, line: 1891, type: !564, scopeLine: 1891, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!564 = !DISubroutineType(types: !565)
!565 = !{!305, !454, !305, !566}
!566 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!567 = !DISubprogram(name: "_S_check_init_len", linkageName: "_ZNSt6vectorIdSaIdEE17_S_check_init_lenEmRKS0_", scope: !26, file: !10, line: 1902, type: !568, scopeLine: 1902, flags: DIFlagProtected | DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!568 = !DISubroutineType(types: !569)
!569 = !{!305, !305, !299}
!570 = !DISubprogram(name: "_S_max_size", linkageName: "_ZNSt6vectorIdSaIdEE11_S_max_sizeERKS0_", scope: !26, file: !10, line: 1911, type: !571, scopeLine: 1911, flags: DIFlagProtected | DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!571 = !DISubroutineType(types: !572)
!572 = !{!305, !573}
!573 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !574, size: 64)
!574 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !25)
!575 = !DISubprogram(name: "_M_erase_at_end", linkageName: "_ZNSt6vectorIdSaIdEE15_M_erase_at_endEPd", scope: !26, file: !10, line: 1928, type: !576, scopeLine: 1928, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!576 = !DISubroutineType(types: !577)
!577 = !{null, !295, !284}
!578 = !DISubprogram(name: "_M_erase", linkageName: "_ZNSt6vectorIdSaIdEE8_M_eraseEN9__gnu_cxx17__normal_iteratorIPdS1_EE", scope: !26, file: !10, line: 1941, type: !579, scopeLine: 1941, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!579 = !DISubroutineType(types: !580)
!580 = !{!389, !295, !389}
!581 = !DISubprogram(name: "_M_erase", linkageName: "_ZNSt6vectorIdSaIdEE8_M_eraseEN9__gnu_cxx17__normal_iteratorIPdS1_EES5_", scope: !26, file: !10, line: 1945, type: !582, scopeLine: 1945, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!582 = !DISubroutineType(types: !583)
!583 = !{!389, !295, !389, !389}
!584 = !DISubprogram(name: "_M_move_assign", linkageName: "_ZNSt6vectorIdSaIdEE14_M_move_assignEOS1_St17integral_constantIbLb1EE", scope: !26, file: !10, line: 1954, type: !585, scopeLine: 1954, flags: DIFlagPrototyped, spFlags: 0)
!585 = !DISubroutineType(types: !586)
!586 = !{null, !295, !320, !248}
!587 = !DISubprogram(name: "_M_move_assign", linkageName: "_ZNSt6vectorIdSaIdEE14_M_move_assignEOS1_St17integral_constantIbLb0EE", scope: !26, file: !10, line: 1966, type: !588, scopeLine: 1966, flags: DIFlagPrototyped, spFlags: 0)
!588 = !DISubroutineType(types: !589)
!589 = !{null, !295, !320, !267}
!590 = !{!98, !591}
!591 = !DITemplateTypeParameter(name: "_Alloc", type: !52, defaulted: true)
!592 = !{!0, !8}
!593 = !{!594, !600, !606, !608, !610, !614, !616, !618, !620, !622, !624, !626, !628, !633, !637, !639, !641, !645, !647, !649, !651, !653, !655, !657, !660, !663, !665, !669, !674, !676, !678, !680, !682, !684, !686, !688, !690, !692, !694, !698, !702, !704, !706, !708, !710, !712, !714, !716, !718, !720, !722, !724, !726, !728, !730, !732, !736, !740, !744, !746, !748, !750, !752, !754, !756, !758, !760, !762, !766, !770, !774, !776, !778, !780, !785, !789, !793, !795, !797, !799, !801, !803, !805, !807, !809, !811, !813, !815, !817, !821, !825, !829, !831, !833, !835, !839, !843, !847, !849, !851, !853, !855, !857, !859, !863, !867, !869, !871, !873, !875, !879, !883, !887, !889, !891, !893, !895, !897, !899, !903, !907, !911, !913, !917, !921, !923, !925, !927, !929, !931, !933, !937, !943, !949, !954, !958, !960, !962, !964, !966, !973, !979, !984, !988, !992, !996, !1003, !1007, !1009, !1013, !1019, !1023, !1028, !1030, !1034, !1038, !1042, !1044, !1046, !1050, !1052, !1056, !1058, !1060, !1064, !1068, !1072, !1076, !1080, !1084, !1086, !1092, !1096, !1100, !1104, !1106, !1108, !1112, !1116, !1117, !1118, !1119, !1120, !1121, !1127, !1131, !1135, !1139, !1143, !1147, !1149, !1151, !1153, !1157, !1161, !1165, !1169, !1173, !1175, !1177, !1179, !1183, !1187, !1191, !1193}
!594 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !595, file: !599, line: 52)
!595 = !DISubprogram(name: "abs", scope: !596, file: !596, line: 861, type: !597, flags: DIFlagPrototyped, spFlags: 0)
!596 = !DIFile(filename: "/usr/include/stdlib.h", directory: "", checksumkind: CSK_MD5, checksum: "4b47dc81a92f1fe77a152c0aac236718")
!597 = !DISubroutineType(types: !598)
!598 = !{!426, !426}
!599 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/std_abs.h", directory: "")
!600 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !601, file: !605, line: 83)
!601 = !DISubprogram(name: "acos", scope: !602, file: !602, line: 53, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!602 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/mathcalls.h", directory: "", checksumkind: CSK_MD5, checksum: "8c6e2d0d2bda65bc5ba1ca02b65383b7")
!603 = !DISubroutineType(types: !604)
!604 = !{!24, !24}
!605 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/cmath", directory: "")
!606 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !607, file: !605, line: 102)
!607 = !DISubprogram(name: "asin", scope: !602, file: !602, line: 55, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!608 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !609, file: !605, line: 121)
!609 = !DISubprogram(name: "atan", scope: !602, file: !602, line: 57, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!610 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !611, file: !605, line: 140)
!611 = !DISubprogram(name: "atan2", scope: !602, file: !602, line: 59, type: !612, flags: DIFlagPrototyped, spFlags: 0)
!612 = !DISubroutineType(types: !613)
!613 = !{!24, !24, !24}
!614 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !615, file: !605, line: 161)
!615 = !DISubprogram(name: "ceil", scope: !602, file: !602, line: 159, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!616 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !617, file: !605, line: 180)
!617 = !DISubprogram(name: "cos", scope: !602, file: !602, line: 62, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!618 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !619, file: !605, line: 199)
!619 = !DISubprogram(name: "cosh", scope: !602, file: !602, line: 71, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!620 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !621, file: !605, line: 218)
!621 = !DISubprogram(name: "exp", scope: !602, file: !602, line: 95, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!622 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !623, file: !605, line: 237)
!623 = !DISubprogram(name: "fabs", scope: !602, file: !602, line: 162, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!624 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !625, file: !605, line: 256)
!625 = !DISubprogram(name: "floor", scope: !602, file: !602, line: 165, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!626 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !627, file: !605, line: 275)
!627 = !DISubprogram(name: "fmod", scope: !602, file: !602, line: 168, type: !612, flags: DIFlagPrototyped, spFlags: 0)
!628 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !629, file: !605, line: 296)
!629 = !DISubprogram(name: "frexp", scope: !602, file: !602, line: 98, type: !630, flags: DIFlagPrototyped, spFlags: 0)
!630 = !DISubroutineType(types: !631)
!631 = !{!24, !24, !632}
!632 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !426, size: 64)
!633 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !634, file: !605, line: 315)
!634 = !DISubprogram(name: "ldexp", scope: !602, file: !602, line: 101, type: !635, flags: DIFlagPrototyped, spFlags: 0)
!635 = !DISubroutineType(types: !636)
!636 = !{!24, !24, !426}
!637 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !638, file: !605, line: 334)
!638 = !DISubprogram(name: "log", scope: !602, file: !602, line: 104, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!639 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !640, file: !605, line: 353)
!640 = !DISubprogram(name: "log10", scope: !602, file: !602, line: 107, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!641 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !642, file: !605, line: 372)
!642 = !DISubprogram(name: "modf", scope: !602, file: !602, line: 110, type: !643, flags: DIFlagPrototyped, spFlags: 0)
!643 = !DISubroutineType(types: !644)
!644 = !{!24, !24, !23}
!645 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !646, file: !605, line: 384)
!646 = !DISubprogram(name: "pow", scope: !602, file: !602, line: 140, type: !612, flags: DIFlagPrototyped, spFlags: 0)
!647 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !648, file: !605, line: 421)
!648 = !DISubprogram(name: "sin", scope: !602, file: !602, line: 64, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!649 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !650, file: !605, line: 440)
!650 = !DISubprogram(name: "sinh", scope: !602, file: !602, line: 73, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!651 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !652, file: !605, line: 459)
!652 = !DISubprogram(name: "sqrt", scope: !602, file: !602, line: 143, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!653 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !654, file: !605, line: 478)
!654 = !DISubprogram(name: "tan", scope: !602, file: !602, line: 66, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!655 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !656, file: !605, line: 497)
!656 = !DISubprogram(name: "tanh", scope: !602, file: !602, line: 75, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!657 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !658, file: !605, line: 1065)
!658 = !DIDerivedType(tag: DW_TAG_typedef, name: "double_t", file: !659, line: 164, baseType: !24)
!659 = !DIFile(filename: "/usr/include/math.h", directory: "", checksumkind: CSK_MD5, checksum: "6109561044b2929616a1559ec58c6c55")
!660 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !661, file: !605, line: 1066)
!661 = !DIDerivedType(tag: DW_TAG_typedef, name: "float_t", file: !659, line: 163, baseType: !662)
!662 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!663 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !664, file: !605, line: 1069)
!664 = !DISubprogram(name: "acosh", scope: !602, file: !602, line: 85, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!665 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !666, file: !605, line: 1070)
!666 = !DISubprogram(name: "acoshf", scope: !602, file: !602, line: 85, type: !667, flags: DIFlagPrototyped, spFlags: 0)
!667 = !DISubroutineType(types: !668)
!668 = !{!662, !662}
!669 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !670, file: !605, line: 1071)
!670 = !DISubprogram(name: "acoshl", scope: !602, file: !602, line: 85, type: !671, flags: DIFlagPrototyped, spFlags: 0)
!671 = !DISubroutineType(types: !672)
!672 = !{!673, !673}
!673 = !DIBasicType(name: "long double", size: 128, encoding: DW_ATE_float)
!674 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !675, file: !605, line: 1073)
!675 = !DISubprogram(name: "asinh", scope: !602, file: !602, line: 87, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!676 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !677, file: !605, line: 1074)
!677 = !DISubprogram(name: "asinhf", scope: !602, file: !602, line: 87, type: !667, flags: DIFlagPrototyped, spFlags: 0)
!678 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !679, file: !605, line: 1075)
!679 = !DISubprogram(name: "asinhl", scope: !602, file: !602, line: 87, type: !671, flags: DIFlagPrototyped, spFlags: 0)
!680 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !681, file: !605, line: 1077)
!681 = !DISubprogram(name: "atanh", scope: !602, file: !602, line: 89, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!682 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !683, file: !605, line: 1078)
!683 = !DISubprogram(name: "atanhf", scope: !602, file: !602, line: 89, type: !667, flags: DIFlagPrototyped, spFlags: 0)
!684 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !685, file: !605, line: 1079)
!685 = !DISubprogram(name: "atanhl", scope: !602, file: !602, line: 89, type: !671, flags: DIFlagPrototyped, spFlags: 0)
!686 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !687, file: !605, line: 1081)
!687 = !DISubprogram(name: "cbrt", scope: !602, file: !602, line: 152, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!688 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !689, file: !605, line: 1082)
!689 = !DISubprogram(name: "cbrtf", scope: !602, file: !602, line: 152, type: !667, flags: DIFlagPrototyped, spFlags: 0)
!690 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !691, file: !605, line: 1083)
!691 = !DISubprogram(name: "cbrtl", scope: !602, file: !602, line: 152, type: !671, flags: DIFlagPrototyped, spFlags: 0)
!692 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !693, file: !605, line: 1085)
!693 = !DISubprogram(name: "copysign", scope: !602, file: !602, line: 198, type: !612, flags: DIFlagPrototyped, spFlags: 0)
!694 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !695, file: !605, line: 1086)
!695 = !DISubprogram(name: "copysignf", scope: !602, file: !602, line: 198, type: !696, flags: DIFlagPrototyped, spFlags: 0)
!696 = !DISubroutineType(types: !697)
!697 = !{!662, !662, !662}
!698 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !699, file: !605, line: 1087)
!699 = !DISubprogram(name: "copysignl", scope: !602, file: !602, line: 198, type: !700, flags: DIFlagPrototyped, spFlags: 0)
!700 = !DISubroutineType(types: !701)
!701 = !{!673, !673, !673}
!702 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !703, file: !605, line: 1089)
!703 = !DISubprogram(name: "erf", scope: !602, file: !602, line: 231, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!704 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !705, file: !605, line: 1090)
!705 = !DISubprogram(name: "erff", scope: !602, file: !602, line: 231, type: !667, flags: DIFlagPrototyped, spFlags: 0)
!706 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !707, file: !605, line: 1091)
!707 = !DISubprogram(name: "erfl", scope: !602, file: !602, line: 231, type: !671, flags: DIFlagPrototyped, spFlags: 0)
!708 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !709, file: !605, line: 1093)
!709 = !DISubprogram(name: "erfc", scope: !602, file: !602, line: 232, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!710 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !711, file: !605, line: 1094)
!711 = !DISubprogram(name: "erfcf", scope: !602, file: !602, line: 232, type: !667, flags: DIFlagPrototyped, spFlags: 0)
!712 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !713, file: !605, line: 1095)
!713 = !DISubprogram(name: "erfcl", scope: !602, file: !602, line: 232, type: !671, flags: DIFlagPrototyped, spFlags: 0)
!714 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !715, file: !605, line: 1097)
!715 = !DISubprogram(name: "exp2", scope: !602, file: !602, line: 130, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!716 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !717, file: !605, line: 1098)
!717 = !DISubprogram(name: "exp2f", scope: !602, file: !602, line: 130, type: !667, flags: DIFlagPrototyped, spFlags: 0)
!718 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !719, file: !605, line: 1099)
!719 = !DISubprogram(name: "exp2l", scope: !602, file: !602, line: 130, type: !671, flags: DIFlagPrototyped, spFlags: 0)
!720 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !721, file: !605, line: 1101)
!721 = !DISubprogram(name: "expm1", scope: !602, file: !602, line: 119, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!722 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !723, file: !605, line: 1102)
!723 = !DISubprogram(name: "expm1f", scope: !602, file: !602, line: 119, type: !667, flags: DIFlagPrototyped, spFlags: 0)
!724 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !725, file: !605, line: 1103)
!725 = !DISubprogram(name: "expm1l", scope: !602, file: !602, line: 119, type: !671, flags: DIFlagPrototyped, spFlags: 0)
!726 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !727, file: !605, line: 1105)
!727 = !DISubprogram(name: "fdim", scope: !602, file: !602, line: 329, type: !612, flags: DIFlagPrototyped, spFlags: 0)
!728 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !729, file: !605, line: 1106)
!729 = !DISubprogram(name: "fdimf", scope: !602, file: !602, line: 329, type: !696, flags: DIFlagPrototyped, spFlags: 0)
!730 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !731, file: !605, line: 1107)
!731 = !DISubprogram(name: "fdiml", scope: !602, file: !602, line: 329, type: !700, flags: DIFlagPrototyped, spFlags: 0)
!732 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !733, file: !605, line: 1109)
!733 = !DISubprogram(name: "fma", scope: !602, file: !602, line: 340, type: !734, flags: DIFlagPrototyped, spFlags: 0)
!734 = !DISubroutineType(types: !735)
!735 = !{!24, !24, !24, !24}
!736 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !737, file: !605, line: 1110)
!737 = !DISubprogram(name: "fmaf", scope: !602, file: !602, line: 340, type: !738, flags: DIFlagPrototyped, spFlags: 0)
!738 = !DISubroutineType(types: !739)
!739 = !{!662, !662, !662, !662}
!740 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !741, file: !605, line: 1111)
!741 = !DISubprogram(name: "fmal", scope: !602, file: !602, line: 340, type: !742, flags: DIFlagPrototyped, spFlags: 0)
!742 = !DISubroutineType(types: !743)
!743 = !{!673, !673, !673, !673}
!744 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !745, file: !605, line: 1113)
!745 = !DISubprogram(name: "fmax", scope: !602, file: !602, line: 333, type: !612, flags: DIFlagPrototyped, spFlags: 0)
!746 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !747, file: !605, line: 1114)
!747 = !DISubprogram(name: "fmaxf", scope: !602, file: !602, line: 333, type: !696, flags: DIFlagPrototyped, spFlags: 0)
!748 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !749, file: !605, line: 1115)
!749 = !DISubprogram(name: "fmaxl", scope: !602, file: !602, line: 333, type: !700, flags: DIFlagPrototyped, spFlags: 0)
!750 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !751, file: !605, line: 1117)
!751 = !DISubprogram(name: "fmin", scope: !602, file: !602, line: 336, type: !612, flags: DIFlagPrototyped, spFlags: 0)
!752 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !753, file: !605, line: 1118)
!753 = !DISubprogram(name: "fminf", scope: !602, file: !602, line: 336, type: !696, flags: DIFlagPrototyped, spFlags: 0)
!754 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !755, file: !605, line: 1119)
!755 = !DISubprogram(name: "fminl", scope: !602, file: !602, line: 336, type: !700, flags: DIFlagPrototyped, spFlags: 0)
!756 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !757, file: !605, line: 1121)
!757 = !DISubprogram(name: "hypot", scope: !602, file: !602, line: 147, type: !612, flags: DIFlagPrototyped, spFlags: 0)
!758 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !759, file: !605, line: 1122)
!759 = !DISubprogram(name: "hypotf", scope: !602, file: !602, line: 147, type: !696, flags: DIFlagPrototyped, spFlags: 0)
!760 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !761, file: !605, line: 1123)
!761 = !DISubprogram(name: "hypotl", scope: !602, file: !602, line: 147, type: !700, flags: DIFlagPrototyped, spFlags: 0)
!762 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !763, file: !605, line: 1125)
!763 = !DISubprogram(name: "ilogb", scope: !602, file: !602, line: 283, type: !764, flags: DIFlagPrototyped, spFlags: 0)
!764 = !DISubroutineType(types: !765)
!765 = !{!426, !24}
!766 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !767, file: !605, line: 1126)
!767 = !DISubprogram(name: "ilogbf", scope: !602, file: !602, line: 283, type: !768, flags: DIFlagPrototyped, spFlags: 0)
!768 = !DISubroutineType(types: !769)
!769 = !{!426, !662}
!770 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !771, file: !605, line: 1127)
!771 = !DISubprogram(name: "ilogbl", scope: !602, file: !602, line: 283, type: !772, flags: DIFlagPrototyped, spFlags: 0)
!772 = !DISubroutineType(types: !773)
!773 = !{!426, !673}
!774 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !775, file: !605, line: 1129)
!775 = !DISubprogram(name: "lgamma", scope: !602, file: !602, line: 233, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!776 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !777, file: !605, line: 1130)
!777 = !DISubprogram(name: "lgammaf", scope: !602, file: !602, line: 233, type: !667, flags: DIFlagPrototyped, spFlags: 0)
!778 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !779, file: !605, line: 1131)
!779 = !DISubprogram(name: "lgammal", scope: !602, file: !602, line: 233, type: !671, flags: DIFlagPrototyped, spFlags: 0)
!780 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !781, file: !605, line: 1134)
!781 = !DISubprogram(name: "llrint", scope: !602, file: !602, line: 319, type: !782, flags: DIFlagPrototyped, spFlags: 0)
!782 = !DISubroutineType(types: !783)
!783 = !{!784, !24}
!784 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!785 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !786, file: !605, line: 1135)
!786 = !DISubprogram(name: "llrintf", scope: !602, file: !602, line: 319, type: !787, flags: DIFlagPrototyped, spFlags: 0)
!787 = !DISubroutineType(types: !788)
!788 = !{!784, !662}
!789 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !790, file: !605, line: 1136)
!790 = !DISubprogram(name: "llrintl", scope: !602, file: !602, line: 319, type: !791, flags: DIFlagPrototyped, spFlags: 0)
!791 = !DISubroutineType(types: !792)
!792 = !{!784, !673}
!793 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !794, file: !605, line: 1138)
!794 = !DISubprogram(name: "llround", scope: !602, file: !602, line: 325, type: !782, flags: DIFlagPrototyped, spFlags: 0)
!795 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !796, file: !605, line: 1139)
!796 = !DISubprogram(name: "llroundf", scope: !602, file: !602, line: 325, type: !787, flags: DIFlagPrototyped, spFlags: 0)
!797 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !798, file: !605, line: 1140)
!798 = !DISubprogram(name: "llroundl", scope: !602, file: !602, line: 325, type: !791, flags: DIFlagPrototyped, spFlags: 0)
!799 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !800, file: !605, line: 1143)
!800 = !DISubprogram(name: "log1p", scope: !602, file: !602, line: 122, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!801 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !802, file: !605, line: 1144)
!802 = !DISubprogram(name: "log1pf", scope: !602, file: !602, line: 122, type: !667, flags: DIFlagPrototyped, spFlags: 0)
!803 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !804, file: !605, line: 1145)
!804 = !DISubprogram(name: "log1pl", scope: !602, file: !602, line: 122, type: !671, flags: DIFlagPrototyped, spFlags: 0)
!805 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !806, file: !605, line: 1147)
!806 = !DISubprogram(name: "log2", scope: !602, file: !602, line: 133, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!807 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !808, file: !605, line: 1148)
!808 = !DISubprogram(name: "log2f", scope: !602, file: !602, line: 133, type: !667, flags: DIFlagPrototyped, spFlags: 0)
!809 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !810, file: !605, line: 1149)
!810 = !DISubprogram(name: "log2l", scope: !602, file: !602, line: 133, type: !671, flags: DIFlagPrototyped, spFlags: 0)
!811 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !812, file: !605, line: 1151)
!812 = !DISubprogram(name: "logb", scope: !602, file: !602, line: 125, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!813 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !814, file: !605, line: 1152)
!814 = !DISubprogram(name: "logbf", scope: !602, file: !602, line: 125, type: !667, flags: DIFlagPrototyped, spFlags: 0)
!815 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !816, file: !605, line: 1153)
!816 = !DISubprogram(name: "logbl", scope: !602, file: !602, line: 125, type: !671, flags: DIFlagPrototyped, spFlags: 0)
!817 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !818, file: !605, line: 1155)
!818 = !DISubprogram(name: "lrint", scope: !602, file: !602, line: 317, type: !819, flags: DIFlagPrototyped, spFlags: 0)
!819 = !DISubroutineType(types: !820)
!820 = !{!435, !24}
!821 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !822, file: !605, line: 1156)
!822 = !DISubprogram(name: "lrintf", scope: !602, file: !602, line: 317, type: !823, flags: DIFlagPrototyped, spFlags: 0)
!823 = !DISubroutineType(types: !824)
!824 = !{!435, !662}
!825 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !826, file: !605, line: 1157)
!826 = !DISubprogram(name: "lrintl", scope: !602, file: !602, line: 317, type: !827, flags: DIFlagPrototyped, spFlags: 0)
!827 = !DISubroutineType(types: !828)
!828 = !{!435, !673}
!829 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !830, file: !605, line: 1159)
!830 = !DISubprogram(name: "lround", scope: !602, file: !602, line: 323, type: !819, flags: DIFlagPrototyped, spFlags: 0)
!831 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !832, file: !605, line: 1160)
!832 = !DISubprogram(name: "lroundf", scope: !602, file: !602, line: 323, type: !823, flags: DIFlagPrototyped, spFlags: 0)
!833 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !834, file: !605, line: 1161)
!834 = !DISubprogram(name: "lroundl", scope: !602, file: !602, line: 323, type: !827, flags: DIFlagPrototyped, spFlags: 0)
!835 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !836, file: !605, line: 1163)
!836 = !DISubprogram(name: "nan", scope: !602, file: !602, line: 203, type: !837, flags: DIFlagPrototyped, spFlags: 0)
!837 = !DISubroutineType(types: !838)
!838 = !{!24, !566}
!839 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !840, file: !605, line: 1164)
!840 = !DISubprogram(name: "nanf", scope: !602, file: !602, line: 203, type: !841, flags: DIFlagPrototyped, spFlags: 0)
!841 = !DISubroutineType(types: !842)
!842 = !{!662, !566}
!843 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !844, file: !605, line: 1165)
!844 = !DISubprogram(name: "nanl", scope: !602, file: !602, line: 203, type: !845, flags: DIFlagPrototyped, spFlags: 0)
!845 = !DISubroutineType(types: !846)
!846 = !{!673, !566}
!847 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !848, file: !605, line: 1167)
!848 = !DISubprogram(name: "nearbyint", scope: !602, file: !602, line: 297, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!849 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !850, file: !605, line: 1168)
!850 = !DISubprogram(name: "nearbyintf", scope: !602, file: !602, line: 297, type: !667, flags: DIFlagPrototyped, spFlags: 0)
!851 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !852, file: !605, line: 1169)
!852 = !DISubprogram(name: "nearbyintl", scope: !602, file: !602, line: 297, type: !671, flags: DIFlagPrototyped, spFlags: 0)
!853 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !854, file: !605, line: 1171)
!854 = !DISubprogram(name: "nextafter", scope: !602, file: !602, line: 262, type: !612, flags: DIFlagPrototyped, spFlags: 0)
!855 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !856, file: !605, line: 1172)
!856 = !DISubprogram(name: "nextafterf", scope: !602, file: !602, line: 262, type: !696, flags: DIFlagPrototyped, spFlags: 0)
!857 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !858, file: !605, line: 1173)
!858 = !DISubprogram(name: "nextafterl", scope: !602, file: !602, line: 262, type: !700, flags: DIFlagPrototyped, spFlags: 0)
!859 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !860, file: !605, line: 1175)
!860 = !DISubprogram(name: "nexttoward", scope: !602, file: !602, line: 264, type: !861, flags: DIFlagPrototyped, spFlags: 0)
!861 = !DISubroutineType(types: !862)
!862 = !{!24, !24, !673}
!863 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !864, file: !605, line: 1176)
!864 = !DISubprogram(name: "nexttowardf", scope: !602, file: !602, line: 264, type: !865, flags: DIFlagPrototyped, spFlags: 0)
!865 = !DISubroutineType(types: !866)
!866 = !{!662, !662, !673}
!867 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !868, file: !605, line: 1177)
!868 = !DISubprogram(name: "nexttowardl", scope: !602, file: !602, line: 264, type: !700, flags: DIFlagPrototyped, spFlags: 0)
!869 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !870, file: !605, line: 1179)
!870 = !DISubprogram(name: "remainder", scope: !602, file: !602, line: 275, type: !612, flags: DIFlagPrototyped, spFlags: 0)
!871 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !872, file: !605, line: 1180)
!872 = !DISubprogram(name: "remainderf", scope: !602, file: !602, line: 275, type: !696, flags: DIFlagPrototyped, spFlags: 0)
!873 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !874, file: !605, line: 1181)
!874 = !DISubprogram(name: "remainderl", scope: !602, file: !602, line: 275, type: !700, flags: DIFlagPrototyped, spFlags: 0)
!875 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !876, file: !605, line: 1183)
!876 = !DISubprogram(name: "remquo", scope: !602, file: !602, line: 310, type: !877, flags: DIFlagPrototyped, spFlags: 0)
!877 = !DISubroutineType(types: !878)
!878 = !{!24, !24, !24, !632}
!879 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !880, file: !605, line: 1184)
!880 = !DISubprogram(name: "remquof", scope: !602, file: !602, line: 310, type: !881, flags: DIFlagPrototyped, spFlags: 0)
!881 = !DISubroutineType(types: !882)
!882 = !{!662, !662, !662, !632}
!883 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !884, file: !605, line: 1185)
!884 = !DISubprogram(name: "remquol", scope: !602, file: !602, line: 310, type: !885, flags: DIFlagPrototyped, spFlags: 0)
!885 = !DISubroutineType(types: !886)
!886 = !{!673, !673, !673, !632}
!887 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !888, file: !605, line: 1187)
!888 = !DISubprogram(name: "rint", scope: !602, file: !602, line: 259, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!889 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !890, file: !605, line: 1188)
!890 = !DISubprogram(name: "rintf", scope: !602, file: !602, line: 259, type: !667, flags: DIFlagPrototyped, spFlags: 0)
!891 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !892, file: !605, line: 1189)
!892 = !DISubprogram(name: "rintl", scope: !602, file: !602, line: 259, type: !671, flags: DIFlagPrototyped, spFlags: 0)
!893 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !894, file: !605, line: 1191)
!894 = !DISubprogram(name: "round", scope: !602, file: !602, line: 301, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!895 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !896, file: !605, line: 1192)
!896 = !DISubprogram(name: "roundf", scope: !602, file: !602, line: 301, type: !667, flags: DIFlagPrototyped, spFlags: 0)
!897 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !898, file: !605, line: 1193)
!898 = !DISubprogram(name: "roundl", scope: !602, file: !602, line: 301, type: !671, flags: DIFlagPrototyped, spFlags: 0)
!899 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !900, file: !605, line: 1195)
!900 = !DISubprogram(name: "scalbln", scope: !602, file: !602, line: 293, type: !901, flags: DIFlagPrototyped, spFlags: 0)
!901 = !DISubroutineType(types: !902)
!902 = !{!24, !24, !435}
!903 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !904, file: !605, line: 1196)
!904 = !DISubprogram(name: "scalblnf", scope: !602, file: !602, line: 293, type: !905, flags: DIFlagPrototyped, spFlags: 0)
!905 = !DISubroutineType(types: !906)
!906 = !{!662, !662, !435}
!907 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !908, file: !605, line: 1197)
!908 = !DISubprogram(name: "scalblnl", scope: !602, file: !602, line: 293, type: !909, flags: DIFlagPrototyped, spFlags: 0)
!909 = !DISubroutineType(types: !910)
!910 = !{!673, !673, !435}
!911 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !912, file: !605, line: 1199)
!912 = !DISubprogram(name: "scalbn", scope: !602, file: !602, line: 279, type: !635, flags: DIFlagPrototyped, spFlags: 0)
!913 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !914, file: !605, line: 1200)
!914 = !DISubprogram(name: "scalbnf", scope: !602, file: !602, line: 279, type: !915, flags: DIFlagPrototyped, spFlags: 0)
!915 = !DISubroutineType(types: !916)
!916 = !{!662, !662, !426}
!917 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !918, file: !605, line: 1201)
!918 = !DISubprogram(name: "scalbnl", scope: !602, file: !602, line: 279, type: !919, flags: DIFlagPrototyped, spFlags: 0)
!919 = !DISubroutineType(types: !920)
!920 = !{!673, !673, !426}
!921 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !922, file: !605, line: 1203)
!922 = !DISubprogram(name: "tgamma", scope: !602, file: !602, line: 238, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!923 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !924, file: !605, line: 1204)
!924 = !DISubprogram(name: "tgammaf", scope: !602, file: !602, line: 238, type: !667, flags: DIFlagPrototyped, spFlags: 0)
!925 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !926, file: !605, line: 1205)
!926 = !DISubprogram(name: "tgammal", scope: !602, file: !602, line: 238, type: !671, flags: DIFlagPrototyped, spFlags: 0)
!927 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !928, file: !605, line: 1207)
!928 = !DISubprogram(name: "trunc", scope: !602, file: !602, line: 305, type: !603, flags: DIFlagPrototyped, spFlags: 0)
!929 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !930, file: !605, line: 1208)
!930 = !DISubprogram(name: "truncf", scope: !602, file: !602, line: 305, type: !667, flags: DIFlagPrototyped, spFlags: 0)
!931 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !932, file: !605, line: 1209)
!932 = !DISubprogram(name: "truncl", scope: !602, file: !602, line: 305, type: !671, flags: DIFlagPrototyped, spFlags: 0)
!933 = !DIImportedEntity(tag: DW_TAG_imported_module, scope: !934, entity: !935, file: !936, line: 58)
!934 = !DINamespace(name: "__gnu_debug", scope: null)
!935 = !DINamespace(name: "__debug", scope: !21)
!936 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/debug/debug.h", directory: "", checksumkind: CSK_MD5, checksum: "09fce61e0085ea92b4bd81d6cd4dcc16")
!937 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !938, file: !942, line: 98)
!938 = !DIDerivedType(tag: DW_TAG_typedef, name: "FILE", file: !939, line: 7, baseType: !940)
!939 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "571f9fb6223c42439075fdde11a0de5d")
!940 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_FILE", file: !941, line: 49, size: 1728, flags: DIFlagFwdDecl, identifier: "_ZTS8_IO_FILE")
!941 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "1bad07471b7974df4ecc1d1c2ca207e6")
!942 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/cstdio", directory: "")
!943 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !944, file: !942, line: 99)
!944 = !DIDerivedType(tag: DW_TAG_typedef, name: "fpos_t", file: !945, line: 84, baseType: !946)
!945 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!946 = !DIDerivedType(tag: DW_TAG_typedef, name: "__fpos_t", file: !947, line: 14, baseType: !948)
!947 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/__fpos_t.h", directory: "", checksumkind: CSK_MD5, checksum: "32de8bdaf3551a6c0a9394f9af4389ce")
!948 = !DICompositeType(tag: DW_TAG_structure_type, name: "_G_fpos_t", file: !947, line: 10, size: 128, flags: DIFlagFwdDecl, identifier: "_ZTS9_G_fpos_t")
!949 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !950, file: !942, line: 101)
!950 = !DISubprogram(name: "clearerr", scope: !945, file: !945, line: 786, type: !951, flags: DIFlagPrototyped, spFlags: 0)
!951 = !DISubroutineType(types: !952)
!952 = !{null, !953}
!953 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !938, size: 64)
!954 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !955, file: !942, line: 102)
!955 = !DISubprogram(name: "fclose", scope: !945, file: !945, line: 178, type: !956, flags: DIFlagPrototyped, spFlags: 0)
!956 = !DISubroutineType(types: !957)
!957 = !{!426, !953}
!958 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !959, file: !942, line: 103)
!959 = !DISubprogram(name: "feof", scope: !945, file: !945, line: 788, type: !956, flags: DIFlagPrototyped, spFlags: 0)
!960 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !961, file: !942, line: 104)
!961 = !DISubprogram(name: "ferror", scope: !945, file: !945, line: 790, type: !956, flags: DIFlagPrototyped, spFlags: 0)
!962 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !963, file: !942, line: 105)
!963 = !DISubprogram(name: "fflush", scope: !945, file: !945, line: 230, type: !956, flags: DIFlagPrototyped, spFlags: 0)
!964 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !965, file: !942, line: 106)
!965 = !DISubprogram(name: "fgetc", scope: !945, file: !945, line: 513, type: !956, flags: DIFlagPrototyped, spFlags: 0)
!966 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !967, file: !942, line: 107)
!967 = !DISubprogram(name: "fgetpos", scope: !945, file: !945, line: 760, type: !968, flags: DIFlagPrototyped, spFlags: 0)
!968 = !DISubroutineType(types: !969)
!969 = !{!426, !970, !971}
!970 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !953)
!971 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !972)
!972 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !944, size: 64)
!973 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !974, file: !942, line: 108)
!974 = !DISubprogram(name: "fgets", scope: !945, file: !945, line: 592, type: !975, flags: DIFlagPrototyped, spFlags: 0)
!975 = !DISubroutineType(types: !976)
!976 = !{!977, !978, !426, !970}
!977 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !5, size: 64)
!978 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !977)
!979 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !980, file: !942, line: 109)
!980 = !DISubprogram(name: "fopen", scope: !945, file: !945, line: 258, type: !981, flags: DIFlagPrototyped, spFlags: 0)
!981 = !DISubroutineType(types: !982)
!982 = !{!953, !983, !983}
!983 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !566)
!984 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !985, file: !942, line: 110)
!985 = !DISubprogram(name: "fprintf", scope: !945, file: !945, line: 350, type: !986, flags: DIFlagPrototyped, spFlags: 0)
!986 = !DISubroutineType(types: !987)
!987 = !{!426, !970, !983, null}
!988 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !989, file: !942, line: 111)
!989 = !DISubprogram(name: "fputc", scope: !945, file: !945, line: 549, type: !990, flags: DIFlagPrototyped, spFlags: 0)
!990 = !DISubroutineType(types: !991)
!991 = !{!426, !426, !953}
!992 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !993, file: !942, line: 112)
!993 = !DISubprogram(name: "fputs", scope: !945, file: !945, line: 655, type: !994, flags: DIFlagPrototyped, spFlags: 0)
!994 = !DISubroutineType(types: !995)
!995 = !{!426, !983, !970}
!996 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !997, file: !942, line: 113)
!997 = !DISubprogram(name: "fread", scope: !945, file: !945, line: 675, type: !998, flags: DIFlagPrototyped, spFlags: 0)
!998 = !DISubroutineType(types: !999)
!999 = !{!1000, !1002, !1000, !1000, !970}
!1000 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !1001, line: 18, baseType: !22)
!1001 = !DIFile(filename: "/usr/lib/llvm-22/lib/clang/22/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!1002 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !16)
!1003 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1004, file: !942, line: 114)
!1004 = !DISubprogram(name: "freopen", scope: !945, file: !945, line: 265, type: !1005, flags: DIFlagPrototyped, spFlags: 0)
!1005 = !DISubroutineType(types: !1006)
!1006 = !{!953, !983, !983, !970}
!1007 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1008, file: !942, line: 115)
!1008 = !DISubprogram(name: "fscanf", linkageName: "__isoc99_fscanf", scope: !945, file: !945, line: 434, type: !986, flags: DIFlagPrototyped, spFlags: 0)
!1009 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1010, file: !942, line: 116)
!1010 = !DISubprogram(name: "fseek", scope: !945, file: !945, line: 713, type: !1011, flags: DIFlagPrototyped, spFlags: 0)
!1011 = !DISubroutineType(types: !1012)
!1012 = !{!426, !953, !435, !426}
!1013 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1014, file: !942, line: 117)
!1014 = !DISubprogram(name: "fsetpos", scope: !945, file: !945, line: 765, type: !1015, flags: DIFlagPrototyped, spFlags: 0)
!1015 = !DISubroutineType(types: !1016)
!1016 = !{!426, !953, !1017}
!1017 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1018, size: 64)
!1018 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !944)
!1019 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1020, file: !942, line: 118)
!1020 = !DISubprogram(name: "ftell", scope: !945, file: !945, line: 718, type: !1021, flags: DIFlagPrototyped, spFlags: 0)
!1021 = !DISubroutineType(types: !1022)
!1022 = !{!435, !953}
!1023 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1024, file: !942, line: 119)
!1024 = !DISubprogram(name: "fwrite", scope: !945, file: !945, line: 681, type: !1025, flags: DIFlagPrototyped, spFlags: 0)
!1025 = !DISubroutineType(types: !1026)
!1026 = !{!1000, !1027, !1000, !1000, !970}
!1027 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !17)
!1028 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1029, file: !942, line: 120)
!1029 = !DISubprogram(name: "getc", scope: !945, file: !945, line: 514, type: !956, flags: DIFlagPrototyped, spFlags: 0)
!1030 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1031, file: !942, line: 121)
!1031 = !DISubprogram(name: "getchar", scope: !945, file: !945, line: 520, type: !1032, flags: DIFlagPrototyped, spFlags: 0)
!1032 = !DISubroutineType(types: !1033)
!1033 = !{!426}
!1034 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1035, file: !942, line: 126)
!1035 = !DISubprogram(name: "perror", scope: !945, file: !945, line: 804, type: !1036, flags: DIFlagPrototyped, spFlags: 0)
!1036 = !DISubroutineType(types: !1037)
!1037 = !{null, !566}
!1038 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1039, file: !942, line: 127)
!1039 = !DISubprogram(name: "printf", scope: !945, file: !945, line: 356, type: !1040, flags: DIFlagPrototyped, spFlags: 0)
!1040 = !DISubroutineType(types: !1041)
!1041 = !{!426, !983, null}
!1042 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1043, file: !942, line: 128)
!1043 = !DISubprogram(name: "putc", scope: !945, file: !945, line: 550, type: !990, flags: DIFlagPrototyped, spFlags: 0)
!1044 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1045, file: !942, line: 129)
!1045 = !DISubprogram(name: "putchar", scope: !945, file: !945, line: 556, type: !597, flags: DIFlagPrototyped, spFlags: 0)
!1046 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1047, file: !942, line: 130)
!1047 = !DISubprogram(name: "puts", scope: !945, file: !945, line: 661, type: !1048, flags: DIFlagPrototyped, spFlags: 0)
!1048 = !DISubroutineType(types: !1049)
!1049 = !{!426, !566}
!1050 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1051, file: !942, line: 131)
!1051 = !DISubprogram(name: "remove", scope: !945, file: !945, line: 152, type: !1048, flags: DIFlagPrototyped, spFlags: 0)
!1052 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1053, file: !942, line: 132)
!1053 = !DISubprogram(name: "rename", scope: !945, file: !945, line: 154, type: !1054, flags: DIFlagPrototyped, spFlags: 0)
!1054 = !DISubroutineType(types: !1055)
!1055 = !{!426, !566, !566}
!1056 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1057, file: !942, line: 133)
!1057 = !DISubprogram(name: "rewind", scope: !945, file: !945, line: 723, type: !951, flags: DIFlagPrototyped, spFlags: 0)
!1058 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1059, file: !942, line: 134)
!1059 = !DISubprogram(name: "scanf", linkageName: "__isoc99_scanf", scope: !945, file: !945, line: 437, type: !1040, flags: DIFlagPrototyped, spFlags: 0)
!1060 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1061, file: !942, line: 135)
!1061 = !DISubprogram(name: "setbuf", scope: !945, file: !945, line: 328, type: !1062, flags: DIFlagPrototyped, spFlags: 0)
!1062 = !DISubroutineType(types: !1063)
!1063 = !{null, !970, !978}
!1064 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1065, file: !942, line: 136)
!1065 = !DISubprogram(name: "setvbuf", scope: !945, file: !945, line: 332, type: !1066, flags: DIFlagPrototyped, spFlags: 0)
!1066 = !DISubroutineType(types: !1067)
!1067 = !{!426, !970, !978, !426, !1000}
!1068 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1069, file: !942, line: 137)
!1069 = !DISubprogram(name: "sprintf", scope: !945, file: !945, line: 358, type: !1070, flags: DIFlagPrototyped, spFlags: 0)
!1070 = !DISubroutineType(types: !1071)
!1071 = !{!426, !978, !983, null}
!1072 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1073, file: !942, line: 138)
!1073 = !DISubprogram(name: "sscanf", linkageName: "__isoc99_sscanf", scope: !945, file: !945, line: 439, type: !1074, flags: DIFlagPrototyped, spFlags: 0)
!1074 = !DISubroutineType(types: !1075)
!1075 = !{!426, !983, !983, null}
!1076 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1077, file: !942, line: 139)
!1077 = !DISubprogram(name: "tmpfile", scope: !945, file: !945, line: 188, type: !1078, flags: DIFlagPrototyped, spFlags: 0)
!1078 = !DISubroutineType(types: !1079)
!1079 = !{!953}
!1080 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1081, file: !942, line: 141)
!1081 = !DISubprogram(name: "tmpnam", scope: !945, file: !945, line: 205, type: !1082, flags: DIFlagPrototyped, spFlags: 0)
!1082 = !DISubroutineType(types: !1083)
!1083 = !{!977, !977}
!1084 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1085, file: !942, line: 143)
!1085 = !DISubprogram(name: "ungetc", scope: !945, file: !945, line: 668, type: !990, flags: DIFlagPrototyped, spFlags: 0)
!1086 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1087, file: !942, line: 144)
!1087 = !DISubprogram(name: "vfprintf", scope: !945, file: !945, line: 365, type: !1088, flags: DIFlagPrototyped, spFlags: 0)
!1088 = !DISubroutineType(types: !1089)
!1089 = !{!426, !970, !983, !1090}
!1090 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1091, size: 64)
!1091 = !DICompositeType(tag: DW_TAG_structure_type, name: "__va_list_tag", file: !2, size: 192, flags: DIFlagFwdDecl, identifier: "_ZTS13__va_list_tag")
!1092 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1093, file: !942, line: 145)
!1093 = !DISubprogram(name: "vprintf", scope: !945, file: !945, line: 371, type: !1094, flags: DIFlagPrototyped, spFlags: 0)
!1094 = !DISubroutineType(types: !1095)
!1095 = !{!426, !983, !1090}
!1096 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1097, file: !942, line: 146)
!1097 = !DISubprogram(name: "vsprintf", scope: !945, file: !945, line: 373, type: !1098, flags: DIFlagPrototyped, spFlags: 0)
!1098 = !DISubroutineType(types: !1099)
!1099 = !{!426, !978, !983, !1090}
!1100 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !40, entity: !1101, file: !942, line: 175)
!1101 = !DISubprogram(name: "snprintf", scope: !945, file: !945, line: 378, type: !1102, flags: DIFlagPrototyped, spFlags: 0)
!1102 = !DISubroutineType(types: !1103)
!1103 = !{!426, !978, !1000, !983, null}
!1104 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !40, entity: !1105, file: !942, line: 176)
!1105 = !DISubprogram(name: "vfscanf", linkageName: "__isoc99_vfscanf", scope: !945, file: !945, line: 479, type: !1088, flags: DIFlagPrototyped, spFlags: 0)
!1106 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !40, entity: !1107, file: !942, line: 177)
!1107 = !DISubprogram(name: "vscanf", linkageName: "__isoc99_vscanf", scope: !945, file: !945, line: 484, type: !1094, flags: DIFlagPrototyped, spFlags: 0)
!1108 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !40, entity: !1109, file: !942, line: 178)
!1109 = !DISubprogram(name: "vsnprintf", scope: !945, file: !945, line: 382, type: !1110, flags: DIFlagPrototyped, spFlags: 0)
!1110 = !DISubroutineType(types: !1111)
!1111 = !{!426, !978, !1000, !983, !1090}
!1112 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !40, entity: !1113, file: !942, line: 179)
!1113 = !DISubprogram(name: "vsscanf", linkageName: "__isoc99_vsscanf", scope: !945, file: !945, line: 487, type: !1114, flags: DIFlagPrototyped, spFlags: 0)
!1114 = !DISubroutineType(types: !1115)
!1115 = !{!426, !983, !983, !1090}
!1116 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1101, file: !942, line: 185)
!1117 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1105, file: !942, line: 186)
!1118 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1107, file: !942, line: 187)
!1119 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1109, file: !942, line: 188)
!1120 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1113, file: !942, line: 189)
!1121 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1122, file: !1126, line: 77)
!1122 = !DISubprogram(name: "memchr", scope: !1123, file: !1123, line: 89, type: !1124, flags: DIFlagPrototyped, spFlags: 0)
!1123 = !DIFile(filename: "/usr/include/string.h", directory: "", checksumkind: CSK_MD5, checksum: "0ee11a08692643b86154f96759d0f7fa")
!1124 = !DISubroutineType(types: !1125)
!1125 = !{!17, !17, !426, !1000}
!1126 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/cstring", directory: "")
!1127 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1128, file: !1126, line: 78)
!1128 = !DISubprogram(name: "memcmp", scope: !1123, file: !1123, line: 64, type: !1129, flags: DIFlagPrototyped, spFlags: 0)
!1129 = !DISubroutineType(types: !1130)
!1130 = !{!426, !17, !17, !1000}
!1131 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1132, file: !1126, line: 79)
!1132 = !DISubprogram(name: "memcpy", scope: !1123, file: !1123, line: 43, type: !1133, flags: DIFlagPrototyped, spFlags: 0)
!1133 = !DISubroutineType(types: !1134)
!1134 = !{!16, !1002, !1027, !1000}
!1135 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1136, file: !1126, line: 80)
!1136 = !DISubprogram(name: "memmove", scope: !1123, file: !1123, line: 47, type: !1137, flags: DIFlagPrototyped, spFlags: 0)
!1137 = !DISubroutineType(types: !1138)
!1138 = !{!16, !16, !17, !1000}
!1139 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1140, file: !1126, line: 81)
!1140 = !DISubprogram(name: "memset", scope: !1123, file: !1123, line: 61, type: !1141, flags: DIFlagPrototyped, spFlags: 0)
!1141 = !DISubroutineType(types: !1142)
!1142 = !{!16, !16, !426, !1000}
!1143 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1144, file: !1126, line: 82)
!1144 = !DISubprogram(name: "strcat", scope: !1123, file: !1123, line: 149, type: !1145, flags: DIFlagPrototyped, spFlags: 0)
!1145 = !DISubroutineType(types: !1146)
!1146 = !{!977, !978, !983}
!1147 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1148, file: !1126, line: 83)
!1148 = !DISubprogram(name: "strcmp", scope: !1123, file: !1123, line: 156, type: !1054, flags: DIFlagPrototyped, spFlags: 0)
!1149 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1150, file: !1126, line: 84)
!1150 = !DISubprogram(name: "strcoll", scope: !1123, file: !1123, line: 163, type: !1054, flags: DIFlagPrototyped, spFlags: 0)
!1151 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1152, file: !1126, line: 85)
!1152 = !DISubprogram(name: "strcpy", scope: !1123, file: !1123, line: 141, type: !1145, flags: DIFlagPrototyped, spFlags: 0)
!1153 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1154, file: !1126, line: 86)
!1154 = !DISubprogram(name: "strcspn", scope: !1123, file: !1123, line: 293, type: !1155, flags: DIFlagPrototyped, spFlags: 0)
!1155 = !DISubroutineType(types: !1156)
!1156 = !{!1000, !566, !566}
!1157 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1158, file: !1126, line: 87)
!1158 = !DISubprogram(name: "strerror", scope: !1123, file: !1123, line: 419, type: !1159, flags: DIFlagPrototyped, spFlags: 0)
!1159 = !DISubroutineType(types: !1160)
!1160 = !{!977, !426}
!1161 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1162, file: !1126, line: 88)
!1162 = !DISubprogram(name: "strlen", scope: !1123, file: !1123, line: 407, type: !1163, flags: DIFlagPrototyped, spFlags: 0)
!1163 = !DISubroutineType(types: !1164)
!1164 = !{!1000, !566}
!1165 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1166, file: !1126, line: 89)
!1166 = !DISubprogram(name: "strncat", scope: !1123, file: !1123, line: 152, type: !1167, flags: DIFlagPrototyped, spFlags: 0)
!1167 = !DISubroutineType(types: !1168)
!1168 = !{!977, !978, !983, !1000}
!1169 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1170, file: !1126, line: 90)
!1170 = !DISubprogram(name: "strncmp", scope: !1123, file: !1123, line: 159, type: !1171, flags: DIFlagPrototyped, spFlags: 0)
!1171 = !DISubroutineType(types: !1172)
!1172 = !{!426, !566, !566, !1000}
!1173 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1174, file: !1126, line: 91)
!1174 = !DISubprogram(name: "strncpy", scope: !1123, file: !1123, line: 144, type: !1167, flags: DIFlagPrototyped, spFlags: 0)
!1175 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1176, file: !1126, line: 92)
!1176 = !DISubprogram(name: "strspn", scope: !1123, file: !1123, line: 297, type: !1155, flags: DIFlagPrototyped, spFlags: 0)
!1177 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1178, file: !1126, line: 93)
!1178 = !DISubprogram(name: "strtok", scope: !1123, file: !1123, line: 356, type: !1145, flags: DIFlagPrototyped, spFlags: 0)
!1179 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1180, file: !1126, line: 94)
!1180 = !DISubprogram(name: "strxfrm", scope: !1123, file: !1123, line: 166, type: !1181, flags: DIFlagPrototyped, spFlags: 0)
!1181 = !DISubroutineType(types: !1182)
!1182 = !{!1000, !978, !983, !1000}
!1183 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1184, file: !1126, line: 95)
!1184 = !DISubprogram(name: "strchr", scope: !1123, file: !1123, line: 228, type: !1185, flags: DIFlagPrototyped, spFlags: 0)
!1185 = !DISubroutineType(types: !1186)
!1186 = !{!566, !566, !426}
!1187 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1188, file: !1126, line: 96)
!1188 = !DISubprogram(name: "strpbrk", scope: !1123, file: !1123, line: 305, type: !1189, flags: DIFlagPrototyped, spFlags: 0)
!1189 = !DISubroutineType(types: !1190)
!1190 = !{!566, !566, !566}
!1191 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1192, file: !1126, line: 97)
!1192 = !DISubprogram(name: "strrchr", scope: !1123, file: !1123, line: 255, type: !1185, flags: DIFlagPrototyped, spFlags: 0)
!1193 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1194, file: !1126, line: 98)
!1194 = !DISubprogram(name: "strstr", scope: !1123, file: !1123, line: 332, type: !1189, flags: DIFlagPrototyped, spFlags: 0)
!1195 = !{i32 7, !"Dwarf Version", i32 5}
!1196 = !{i32 2, !"Debug Info Version", i32 3}
!1197 = !{i32 1, !"wchar_size", i32 4}
!1198 = !{i32 8, !"PIC Level", i32 2}
!1199 = !{i32 7, !"PIE Level", i32 2}
!1200 = !{i32 7, !"uwtable", i32 2}
!1201 = !{i32 7, !"frame-pointer", i32 2}
!1202 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!1203 = distinct !DISubprogram(name: "poly", linkageName: "_Z4polyd", scope: !2, file: !2, line: 23, type: !603, scopeLine: 23, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, retainedNodes: !148)
!1204 = !DILocalVariable(name: "x", arg: 1, scope: !1203, file: !2, line: 23, type: !24)
!1205 = !DILocation(line: 23, column: 20, scope: !1203)
!1206 = !DILocation(line: 23, column: 36, scope: !1203)
!1207 = !DILocation(line: 23, column: 34, scope: !1203)
!1208 = !DILocation(line: 23, column: 40, scope: !1203)
!1209 = !DILocation(line: 23, column: 38, scope: !1203)
!1210 = !DILocation(line: 23, column: 44, scope: !1203)
!1211 = !DILocation(line: 23, column: 52, scope: !1203)
!1212 = !DILocation(line: 23, column: 50, scope: !1203)
!1213 = !DILocation(line: 23, column: 46, scope: !1203)
!1214 = !DILocation(line: 23, column: 54, scope: !1203)
!1215 = !DILocation(line: 23, column: 25, scope: !1203)
!1216 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 25, type: !1032, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, retainedNodes: !148)
!1217 = !DILocalVariable(name: "x", scope: !1216, file: !2, line: 26, type: !24)
!1218 = !DILocation(line: 26, column: 10, scope: !1216)
!1219 = !DILocalVariable(name: "sq", scope: !1216, file: !2, line: 29, type: !1220)
!1220 = distinct !DICompositeType(tag: DW_TAG_class_type, scope: !1216, file: !2, line: 29, size: 8, flags: DIFlagTypePassByValue | DIFlagNonTrivial, elements: !148)
!1221 = !DILocation(line: 29, column: 8, scope: !1216)
!1222 = !DILocalVariable(name: "sqp", scope: !1216, file: !2, line: 30, type: !1223)
!1223 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !603, size: 64)
!1224 = !DILocation(line: 30, column: 12, scope: !1216)
!1225 = !DILocation(line: 30, column: 27, scope: !1216)
!1226 = !DILocalVariable(name: "d1", scope: !1216, file: !2, line: 31, type: !24)
!1227 = !DILocation(line: 31, column: 10, scope: !1216)
!1228 = !DILocation(line: 31, column: 41, scope: !1216)
!1229 = !DILocation(line: 31, column: 46, scope: !1216)
!1230 = !DILocation(line: 31, column: 58, scope: !1216)
!1231 = !DILocation(line: 31, column: 15, scope: !1216)
!1232 = !DILocalVariable(name: "k", scope: !1216, file: !2, line: 34, type: !24)
!1233 = !DILocation(line: 34, column: 10, scope: !1216)
!1234 = !DILocalVariable(name: "coef", scope: !1216, file: !2, line: 35, type: !26)
!1235 = !DILocation(line: 35, column: 23, scope: !1216)
!1236 = !DILocation(line: 35, column: 30, scope: !1216)
!1237 = !DILocalVariable(name: "l", scope: !1216, file: !2, line: 36, type: !1238)
!1238 = distinct !DICompositeType(tag: DW_TAG_class_type, scope: !1216, file: !2, line: 36, size: 128, flags: DIFlagTypePassByValue | DIFlagNonTrivial, elements: !1239)
!1239 = !{!1240, !1241}
!1240 = !DIDerivedType(tag: DW_TAG_member, name: "k", scope: !1238, file: !2, line: 36, baseType: !24, size: 64)
!1241 = !DIDerivedType(tag: DW_TAG_member, name: "coef", scope: !1238, file: !2, line: 36, baseType: !373, size: 64, offset: 64)
!1242 = !DILocation(line: 36, column: 8, scope: !1216)
!1243 = !DILocation(line: 36, column: 12, scope: !1216)
!1244 = !DILocation(line: 36, column: 13, scope: !1216)
!1245 = !DILocalVariable(name: "d2", scope: !1216, file: !2, line: 41, type: !24)
!1246 = !DILocation(line: 41, column: 10, scope: !1216)
!1247 = !DILocation(line: 41, column: 62, scope: !1216)
!1248 = !DILocation(line: 41, column: 80, scope: !1216)
!1249 = !DILocation(line: 41, column: 92, scope: !1216)
!1250 = !DILocation(line: 41, column: 15, scope: !1216)
!1251 = !DILocalVariable(name: "prm", scope: !1216, file: !2, line: 44, type: !1252)
!1252 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Params", file: !2, line: 16, size: 192, flags: DIFlagTypePassByValue, elements: !1253, identifier: "_ZTS6Params")
!1253 = !{!1254, !1255, !1256, !1257}
!1254 = !DIDerivedType(tag: DW_TAG_member, name: "n", scope: !1252, file: !2, line: 17, baseType: !435, size: 64)
!1255 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !1252, file: !2, line: 18, baseType: !24, size: 64, offset: 64)
!1256 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !1252, file: !2, line: 19, baseType: !662, size: 32, offset: 128)
!1257 = !DIDerivedType(tag: DW_TAG_member, name: "tag", scope: !1252, file: !2, line: 20, baseType: !426, size: 32, offset: 160)
!1258 = !DILocation(line: 44, column: 10, scope: !1216)
!1259 = !DILocalVariable(name: "l2", scope: !1216, file: !2, line: 45, type: !1260)
!1260 = distinct !DICompositeType(tag: DW_TAG_class_type, scope: !1216, file: !2, line: 45, size: 192, flags: DIFlagTypePassByValue | DIFlagNonTrivial, elements: !1261)
!1261 = !{!1262}
!1262 = !DIDerivedType(tag: DW_TAG_member, name: "prm", scope: !1260, file: !2, line: 45, baseType: !1252, size: 192)
!1263 = !DILocation(line: 45, column: 8, scope: !1216)
!1264 = !DILocation(line: 45, column: 13, scope: !1216)
!1265 = !DILocation(line: 45, column: 14, scope: !1216)
!1266 = !DILocalVariable(name: "dl2", scope: !1216, file: !2, line: 50, type: !1260)
!1267 = !DILocation(line: 50, column: 16, scope: !1216)
!1268 = !DILocation(line: 50, column: 22, scope: !1216)
!1269 = !DILocation(line: 51, column: 3, scope: !1216)
!1270 = !DILocalVariable(name: "d3", scope: !1216, file: !2, line: 52, type: !24)
!1271 = !DILocation(line: 52, column: 10, scope: !1216)
!1272 = !DILocation(line: 52, column: 63, scope: !1216)
!1273 = !DILocation(line: 52, column: 86, scope: !1216)
!1274 = !DILocation(line: 52, column: 98, scope: !1216)
!1275 = !DILocation(line: 52, column: 15, scope: !1216)
!1276 = !DILocalVariable(name: "d4", scope: !1216, file: !2, line: 54, type: !24)
!1277 = !DILocation(line: 54, column: 10, scope: !1216)
!1278 = !DILocation(line: 54, column: 46, scope: !1216)
!1279 = !DILocation(line: 54, column: 58, scope: !1216)
!1280 = !DILocation(line: 54, column: 15, scope: !1216)
!1281 = !DILocation(line: 56, column: 32, scope: !1216)
!1282 = !DILocation(line: 56, column: 36, scope: !1216)
!1283 = !DILocation(line: 56, column: 40, scope: !1216)
!1284 = !DILocation(line: 56, column: 44, scope: !1216)
!1285 = !DILocation(line: 56, column: 3, scope: !1216)
!1286 = !DILocation(line: 57, column: 3, scope: !1216)
!1287 = !DILocation(line: 58, column: 1, scope: !1216)
!1288 = distinct !DISubprogram(name: "operator double (*)(double)", linkageName: "_ZZ4mainENK3$_0cvPFddEEv", scope: !1220, file: !2, line: 29, type: !1289, scopeLine: 29, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !14, declaration: !1293, retainedNodes: !148)
!1289 = !DISubroutineType(types: !1290)
!1290 = !{!1223, !1291}
!1291 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1292, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!1292 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !1220)
!1293 = !DISubprogram(name: "operator double (*)(double)", scope: !1220, type: !1289, flags: DIFlagPublic | DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagLocalToUnit)
!1294 = !DILocalVariable(name: "this", arg: 1, scope: !1288, type: !1295, flags: DIFlagArtificial | DIFlagObjectPointer)
!1295 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1292, size: 64)
!1296 = !DILocation(line: 0, scope: !1288)
!1297 = !DILocation(line: 29, column: 13, scope: !1288)
!1298 = distinct !DISubprogram(name: "allocator", linkageName: "_ZNSaIdEC2Ev", scope: !52, file: !53, line: 156, type: !100, scopeLine: 156, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !99, retainedNodes: !148)
!1299 = !DILocalVariable(name: "this", arg: 1, scope: !1298, type: !1300, flags: DIFlagArtificial | DIFlagObjectPointer)
!1300 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !52, size: 64)
!1301 = !DILocation(line: 0, scope: !1298)
!1302 = !DILocation(line: 156, column: 7, scope: !1298)
!1303 = !DILocation(line: 156, column: 38, scope: !1298)
!1304 = distinct !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC2ESt16initializer_listIdERKS0_", scope: !26, file: !10, line: 673, type: !341, scopeLine: 676, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !340, retainedNodes: !148)
!1305 = !DILocalVariable(name: "this", arg: 1, scope: !1304, type: !1306, flags: DIFlagArtificial | DIFlagObjectPointer)
!1306 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !26, size: 64)
!1307 = !DILocation(line: 0, scope: !1304)
!1308 = !DILocalVariable(name: "__l", arg: 2, scope: !1304, file: !10, line: 673, type: !343)
!1309 = !DILocation(line: 673, column: 43, scope: !1304)
!1310 = !DILocalVariable(name: "__a", arg: 3, scope: !1304, file: !10, line: 674, type: !299)
!1311 = !DILocation(line: 674, column: 29, scope: !1304)
!1312 = !DILocation(line: 675, column: 15, scope: !1304)
!1313 = !DILocation(line: 675, column: 9, scope: !1304)
!1314 = !DILocation(line: 677, column: 26, scope: !1315)
!1315 = distinct !DILexicalBlock(scope: !1304, file: !10, line: 676, column: 7)
!1316 = !DILocation(line: 677, column: 39, scope: !1315)
!1317 = !DILocation(line: 677, column: 2, scope: !1315)
!1318 = !DILocation(line: 679, column: 7, scope: !1304)
!1319 = !DILocation(line: 679, column: 7, scope: !1315)
!1320 = distinct !DISubprogram(name: "~allocator", linkageName: "_ZNSaIdED2Ev", scope: !52, file: !53, line: 174, type: !100, scopeLine: 174, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !112, retainedNodes: !148)
!1321 = !DILocalVariable(name: "this", arg: 1, scope: !1320, type: !1300, flags: DIFlagArtificial | DIFlagObjectPointer)
!1322 = !DILocation(line: 0, scope: !1320)
!1323 = !DILocation(line: 174, column: 39, scope: !1324)
!1324 = distinct !DILexicalBlock(scope: !1320, file: !53, line: 174, column: 37)
!1325 = !DILocation(line: 174, column: 39, scope: !1320)
!1326 = distinct !DISubprogram(name: "tramp<(lambda at src/enzyme_cpp.cpp:36:12)>", linkageName: "_Z5trampIZ4mainE3$_1EdPKT_d", scope: !2, file: !2, line: 14, type: !1327, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !14, templateParams: !1331, retainedNodes: !148)
!1327 = !DISubroutineType(types: !1328)
!1328 = !{!24, !1329, !24}
!1329 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1330, size: 64)
!1330 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !1238)
!1331 = !{!1332}
!1332 = !DITemplateTypeParameter(name: "F", type: !1238)
!1333 = !DILocalVariable(name: "f", arg: 1, scope: !1326, file: !2, line: 14, type: !1329)
!1334 = !DILocation(line: 14, column: 42, scope: !1326)
!1335 = !DILocalVariable(name: "x", arg: 2, scope: !1326, file: !2, line: 14, type: !24)
!1336 = !DILocation(line: 14, column: 52, scope: !1326)
!1337 = !DILocation(line: 14, column: 66, scope: !1326)
!1338 = !DILocation(line: 14, column: 69, scope: !1326)
!1339 = !DILocation(line: 14, column: 64, scope: !1326)
!1340 = !DILocation(line: 14, column: 57, scope: !1326)
!1341 = distinct !DISubprogram(name: "tramp<(lambda at src/enzyme_cpp.cpp:45:13)>", linkageName: "_Z5trampIZ4mainE3$_2EdPKT_d", scope: !2, file: !2, line: 14, type: !1342, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !14, templateParams: !1346, retainedNodes: !148)
!1342 = !DISubroutineType(types: !1343)
!1343 = !{!24, !1344, !24}
!1344 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1345, size: 64)
!1345 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !1260)
!1346 = !{!1347}
!1347 = !DITemplateTypeParameter(name: "F", type: !1260)
!1348 = !DILocalVariable(name: "f", arg: 1, scope: !1341, file: !2, line: 14, type: !1344)
!1349 = !DILocation(line: 14, column: 42, scope: !1341)
!1350 = !DILocalVariable(name: "x", arg: 2, scope: !1341, file: !2, line: 14, type: !24)
!1351 = !DILocation(line: 14, column: 52, scope: !1341)
!1352 = !DILocation(line: 14, column: 66, scope: !1341)
!1353 = !DILocation(line: 14, column: 69, scope: !1341)
!1354 = !DILocation(line: 14, column: 64, scope: !1341)
!1355 = !DILocation(line: 14, column: 57, scope: !1341)
!1356 = distinct !DISubprogram(name: "~vector", linkageName: "_ZNSt6vectorIdSaIdEED2Ev", scope: !26, file: !10, line: 728, type: !293, scopeLine: 729, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !369, retainedNodes: !148)
!1357 = !DILocalVariable(name: "this", arg: 1, scope: !1356, type: !1306, flags: DIFlagArtificial | DIFlagObjectPointer)
!1358 = !DILocation(line: 0, scope: !1356)
!1359 = !DILocation(line: 730, column: 22, scope: !1360)
!1360 = distinct !DILexicalBlock(scope: !1356, file: !10, line: 729, column: 7)
!1361 = !DILocation(line: 730, column: 30, scope: !1360)
!1362 = !DILocation(line: 730, column: 46, scope: !1360)
!1363 = !DILocation(line: 730, column: 54, scope: !1360)
!1364 = !DILocation(line: 731, column: 9, scope: !1360)
!1365 = !DILocation(line: 730, column: 2, scope: !1360)
!1366 = !DILocation(line: 733, column: 7, scope: !1360)
!1367 = !DILocation(line: 733, column: 7, scope: !1356)
!1368 = distinct !DISubprogram(name: "__invoke", linkageName: "_ZZ4mainEN3$_08__invokeEd", scope: !1220, file: !2, line: 29, type: !603, scopeLine: 29, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !14, declaration: !1369, retainedNodes: !148)
!1369 = !DISubprogram(name: "__invoke", scope: !1220, type: !603, flags: DIFlagArtificial | DIFlagPrototyped | DIFlagStaticMember, spFlags: DISPFlagLocalToUnit)
!1370 = !DILocalVariable(name: "y", arg: 1, scope: !1368, type: !24, flags: DIFlagArtificial)
!1371 = !DILocation(line: 0, scope: !1368)
!1372 = !DILocation(line: 29, column: 13, scope: !1368)
!1373 = distinct !DISubprogram(name: "operator()", linkageName: "_ZZ4mainENK3$_0clEd", scope: !1220, file: !2, line: 29, type: !1374, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !14, declaration: !1376, retainedNodes: !148)
!1374 = !DISubroutineType(types: !1375)
!1375 = !{!24, !1291, !24}
!1376 = !DISubprogram(name: "operator()", scope: !1220, file: !2, line: 29, type: !1374, scopeLine: 29, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagLocalToUnit)
!1377 = !DILocalVariable(name: "this", arg: 1, scope: !1373, type: !1295, flags: DIFlagArtificial | DIFlagObjectPointer)
!1378 = !DILocation(line: 0, scope: !1373)
!1379 = !DILocalVariable(name: "y", arg: 2, scope: !1373, file: !2, line: 29, type: !24)
!1380 = !DILocation(line: 29, column: 23, scope: !1373)
!1381 = !DILocation(line: 29, column: 44, scope: !1373)
!1382 = !DILocation(line: 29, column: 35, scope: !1373)
!1383 = !DILocation(line: 29, column: 49, scope: !1373)
!1384 = !DILocation(line: 29, column: 47, scope: !1373)
!1385 = !DILocation(line: 29, column: 28, scope: !1373)
!1386 = distinct !DISubprogram(name: "__new_allocator", linkageName: "_ZNSt15__new_allocatorIdEC2Ev", scope: !58, file: !59, line: 80, type: !62, scopeLine: 80, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !61, retainedNodes: !148)
!1387 = !DILocalVariable(name: "this", arg: 1, scope: !1386, type: !1388, flags: DIFlagArtificial | DIFlagObjectPointer)
!1388 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !58, size: 64)
!1389 = !DILocation(line: 0, scope: !1386)
!1390 = !DILocation(line: 80, column: 49, scope: !1386)
!1391 = distinct !DISubprogram(name: "~__new_allocator", linkageName: "_ZNSt15__new_allocatorIdED2Ev", scope: !58, file: !59, line: 90, type: !62, scopeLine: 90, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !70, retainedNodes: !148)
!1392 = !DILocalVariable(name: "this", arg: 1, scope: !1391, type: !1388, flags: DIFlagArtificial | DIFlagObjectPointer)
!1393 = !DILocation(line: 0, scope: !1391)
!1394 = !DILocation(line: 90, column: 50, scope: !1391)
!1395 = distinct !DISubprogram(name: "_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEEC2ERKS0_", scope: !29, file: !10, line: 318, type: !213, scopeLine: 319, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !212, retainedNodes: !148)
!1396 = !DILocalVariable(name: "this", arg: 1, scope: !1395, type: !1397, flags: DIFlagArtificial | DIFlagObjectPointer)
!1397 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !29, size: 64)
!1398 = !DILocation(line: 0, scope: !1395)
!1399 = !DILocalVariable(name: "__a", arg: 2, scope: !1395, file: !10, line: 318, type: !215)
!1400 = !DILocation(line: 318, column: 42, scope: !1395)
!1401 = !DILocation(line: 319, column: 9, scope: !1395)
!1402 = !DILocation(line: 319, column: 17, scope: !1395)
!1403 = !DILocation(line: 319, column: 24, scope: !1395)
!1404 = distinct !DISubprogram(name: "_M_range_initialize<const double *>", linkageName: "_ZNSt6vectorIdSaIdEE19_M_range_initializeIPKdEEvT_S5_St20forward_iterator_tag", scope: !26, file: !10, line: 1682, type: !1405, scopeLine: 1684, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1412, declaration: !1411, retainedNodes: !148)
!1405 = !DISubroutineType(types: !1406)
!1406 = !{null, !295, !82, !82, !1407}
!1407 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "forward_iterator_tag", scope: !21, file: !408, line: 99, size: 8, flags: DIFlagTypePassByValue, elements: !1408, identifier: "_ZTSSt20forward_iterator_tag")
!1408 = !{!1409}
!1409 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !1407, baseType: !1410, extraData: i32 0)
!1410 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "input_iterator_tag", scope: !21, file: !408, line: 93, size: 8, flags: DIFlagTypePassByValue, elements: !148, identifier: "_ZTSSt18input_iterator_tag")
!1411 = !DISubprogram(name: "_M_range_initialize<const double *>", linkageName: "_ZNSt6vectorIdSaIdEE19_M_range_initializeIPKdEEvT_S5_St20forward_iterator_tag", scope: !26, file: !10, line: 1682, type: !1405, scopeLine: 1682, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0, templateParams: !1412)
!1412 = !{!1413}
!1413 = !DITemplateTypeParameter(name: "_ForwardIterator", type: !82)
!1414 = !DILocalVariable(name: "this", arg: 1, scope: !1404, type: !1306, flags: DIFlagArtificial | DIFlagObjectPointer)
!1415 = !DILocation(line: 0, scope: !1404)
!1416 = !DILocalVariable(name: "__first", arg: 2, scope: !1404, file: !10, line: 1682, type: !82)
!1417 = !DILocation(line: 1682, column: 39, scope: !1404)
!1418 = !DILocalVariable(name: "__last", arg: 3, scope: !1404, file: !10, line: 1682, type: !82)
!1419 = !DILocation(line: 1682, column: 65, scope: !1404)
!1420 = !DILocalVariable(arg: 4, scope: !1404, file: !10, line: 1683, type: !1407)
!1421 = !DILocation(line: 1683, column: 33, scope: !1404)
!1422 = !DILocalVariable(name: "__n", scope: !1404, file: !10, line: 1685, type: !1423)
!1423 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !305)
!1424 = !DILocation(line: 1685, column: 20, scope: !1404)
!1425 = !DILocation(line: 1685, column: 40, scope: !1404)
!1426 = !DILocation(line: 1685, column: 49, scope: !1404)
!1427 = !DILocation(line: 1685, column: 26, scope: !1404)
!1428 = !DILocation(line: 1687, column: 44, scope: !1404)
!1429 = !DILocation(line: 1687, column: 49, scope: !1404)
!1430 = !DILocation(line: 1687, column: 26, scope: !1404)
!1431 = !DILocation(line: 1687, column: 14, scope: !1404)
!1432 = !DILocation(line: 1686, column: 10, scope: !1404)
!1433 = !DILocation(line: 1686, column: 18, scope: !1404)
!1434 = !DILocation(line: 1687, column: 6, scope: !1404)
!1435 = !DILocation(line: 1688, column: 44, scope: !1404)
!1436 = !DILocation(line: 1688, column: 52, scope: !1404)
!1437 = !DILocation(line: 1688, column: 63, scope: !1404)
!1438 = !DILocation(line: 1688, column: 61, scope: !1404)
!1439 = !DILocation(line: 1688, column: 10, scope: !1404)
!1440 = !DILocation(line: 1688, column: 18, scope: !1404)
!1441 = !DILocation(line: 1688, column: 36, scope: !1404)
!1442 = !DILocation(line: 1690, column: 34, scope: !1404)
!1443 = !DILocation(line: 1690, column: 43, scope: !1404)
!1444 = !DILocation(line: 1691, column: 12, scope: !1404)
!1445 = !DILocation(line: 1691, column: 20, scope: !1404)
!1446 = !DILocation(line: 1692, column: 6, scope: !1404)
!1447 = !DILocation(line: 1690, column: 6, scope: !1404)
!1448 = !DILocation(line: 1689, column: 10, scope: !1404)
!1449 = !DILocation(line: 1689, column: 18, scope: !1404)
!1450 = !DILocation(line: 1689, column: 28, scope: !1404)
!1451 = !DILocation(line: 1693, column: 2, scope: !1404)
!1452 = distinct !DISubprogram(name: "begin", linkageName: "_ZNKSt16initializer_listIdE5beginEv", scope: !343, file: !344, line: 75, type: !364, scopeLine: 75, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !363, retainedNodes: !148)
!1453 = !DILocalVariable(name: "this", arg: 1, scope: !1452, type: !1454, flags: DIFlagArtificial | DIFlagObjectPointer)
!1454 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !362, size: 64)
!1455 = !DILocation(line: 0, scope: !1452)
!1456 = !DILocation(line: 75, column: 39, scope: !1452)
!1457 = !DILocation(line: 75, column: 32, scope: !1452)
!1458 = distinct !DISubprogram(name: "end", linkageName: "_ZNKSt16initializer_listIdE3endEv", scope: !343, file: !344, line: 79, type: !364, scopeLine: 79, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !366, retainedNodes: !148)
!1459 = !DILocalVariable(name: "this", arg: 1, scope: !1458, type: !1454, flags: DIFlagArtificial | DIFlagObjectPointer)
!1460 = !DILocation(line: 0, scope: !1458)
!1461 = !DILocation(line: 79, column: 37, scope: !1458)
!1462 = !DILocation(line: 79, column: 47, scope: !1458)
!1463 = !DILocation(line: 79, column: 45, scope: !1458)
!1464 = !DILocation(line: 79, column: 30, scope: !1458)
!1465 = distinct !DISubprogram(name: "~_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEED2Ev", scope: !29, file: !10, line: 364, type: !210, scopeLine: 365, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !236, retainedNodes: !148)
!1466 = !DILocalVariable(name: "this", arg: 1, scope: !1465, type: !1397, flags: DIFlagArtificial | DIFlagObjectPointer)
!1467 = !DILocation(line: 0, scope: !1465)
!1468 = !DILocation(line: 366, column: 16, scope: !1469)
!1469 = distinct !DILexicalBlock(scope: !1465, file: !10, line: 365, column: 7)
!1470 = !DILocation(line: 366, column: 24, scope: !1469)
!1471 = !DILocation(line: 367, column: 9, scope: !1469)
!1472 = !DILocation(line: 367, column: 17, scope: !1469)
!1473 = !DILocation(line: 367, column: 37, scope: !1469)
!1474 = !DILocation(line: 367, column: 45, scope: !1469)
!1475 = !DILocation(line: 367, column: 35, scope: !1469)
!1476 = !DILocation(line: 366, column: 2, scope: !1469)
!1477 = !DILocation(line: 368, column: 7, scope: !1469)
!1478 = !DILocation(line: 368, column: 7, scope: !1465)
!1479 = distinct !DISubprogram(name: "_Vector_impl", linkageName: "_ZNSt12_Vector_baseIdSaIdEE12_Vector_implC2ERKS0_", scope: !32, file: !10, line: 143, type: !180, scopeLine: 145, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !179, retainedNodes: !148)
!1480 = !DILocalVariable(name: "this", arg: 1, scope: !1479, type: !1481, flags: DIFlagArtificial | DIFlagObjectPointer)
!1481 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !32, size: 64)
!1482 = !DILocation(line: 0, scope: !1479)
!1483 = !DILocalVariable(name: "__a", arg: 2, scope: !1479, file: !10, line: 143, type: !182)
!1484 = !DILocation(line: 143, column: 37, scope: !1479)
!1485 = !DILocation(line: 144, column: 19, scope: !1479)
!1486 = !DILocation(line: 144, column: 4, scope: !1479)
!1487 = !DILocation(line: 143, column: 2, scope: !1479)
!1488 = !DILocation(line: 145, column: 4, scope: !1479)
!1489 = distinct !DISubprogram(name: "_Vector_impl_data", linkageName: "_ZNSt12_Vector_baseIdSaIdEE17_Vector_impl_dataC2Ev", scope: !151, file: !10, line: 99, type: !159, scopeLine: 101, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !158, retainedNodes: !148)
!1490 = !DILocalVariable(name: "this", arg: 1, scope: !1489, type: !1491, flags: DIFlagArtificial | DIFlagObjectPointer)
!1491 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !151, size: 64)
!1492 = !DILocation(line: 0, scope: !1489)
!1493 = !DILocation(line: 100, column: 4, scope: !1489)
!1494 = !DILocation(line: 100, column: 16, scope: !1489)
!1495 = !DILocation(line: 100, column: 29, scope: !1489)
!1496 = !DILocation(line: 101, column: 4, scope: !1489)
!1497 = distinct !DISubprogram(name: "__new_allocator", linkageName: "_ZNSt15__new_allocatorIdEC2ERKS0_", scope: !58, file: !59, line: 83, type: !66, scopeLine: 83, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !65, retainedNodes: !148)
!1498 = !DILocalVariable(name: "this", arg: 1, scope: !1497, type: !1388, flags: DIFlagArtificial | DIFlagObjectPointer)
!1499 = !DILocation(line: 0, scope: !1497)
!1500 = !DILocalVariable(arg: 2, scope: !1497, file: !59, line: 83, type: !68)
!1501 = !DILocation(line: 83, column: 45, scope: !1497)
!1502 = !DILocation(line: 83, column: 71, scope: !1497)
!1503 = distinct !DISubprogram(name: "distance<const double *>", linkageName: "_ZSt8distanceIPKdENSt15iterator_traitsIT_E15difference_typeES3_S3_", scope: !21, file: !1504, line: 147, type: !1505, scopeLine: 148, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1511, retainedNodes: !148)
!1504 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/stl_iterator_base_funcs.h", directory: "")
!1505 = !DISubroutineType(types: !1506)
!1506 = !{!1507, !82, !82}
!1507 = !DIDerivedType(tag: DW_TAG_typedef, name: "difference_type", scope: !1508, file: !408, line: 225, baseType: !434)
!1508 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "iterator_traits<const double *>", scope: !21, file: !408, line: 221, size: 8, flags: DIFlagTypePassByValue, elements: !148, templateParams: !1509, identifier: "_ZTSSt15iterator_traitsIPKdE")
!1509 = !{!1510}
!1510 = !DITemplateTypeParameter(name: "_Iterator", type: !82)
!1511 = !{!1512}
!1512 = !DITemplateTypeParameter(name: "_InputIterator", type: !82)
!1513 = !DILocalVariable(name: "__first", arg: 1, scope: !1503, file: !1504, line: 147, type: !82)
!1514 = !DILocation(line: 147, column: 29, scope: !1503)
!1515 = !DILocalVariable(name: "__last", arg: 2, scope: !1503, file: !1504, line: 147, type: !82)
!1516 = !DILocation(line: 147, column: 53, scope: !1503)
!1517 = !DILocation(line: 150, column: 30, scope: !1503)
!1518 = !DILocation(line: 150, column: 39, scope: !1503)
!1519 = !DILocation(line: 151, column: 9, scope: !1503)
!1520 = !DILocation(line: 150, column: 14, scope: !1503)
!1521 = !DILocation(line: 150, column: 7, scope: !1503)
!1522 = distinct !DISubprogram(name: "_M_allocate", linkageName: "_ZNSt12_Vector_baseIdSaIdEE11_M_allocateEm", scope: !29, file: !10, line: 375, type: !238, scopeLine: 376, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !237, retainedNodes: !148)
!1523 = !DILocalVariable(name: "this", arg: 1, scope: !1522, type: !1397, flags: DIFlagArtificial | DIFlagObjectPointer)
!1524 = !DILocation(line: 0, scope: !1522)
!1525 = !DILocalVariable(name: "__n", arg: 2, scope: !1522, file: !10, line: 375, type: !19)
!1526 = !DILocation(line: 375, column: 26, scope: !1522)
!1527 = !DILocation(line: 378, column: 9, scope: !1522)
!1528 = !DILocation(line: 378, column: 13, scope: !1522)
!1529 = !DILocation(line: 378, column: 34, scope: !1522)
!1530 = !DILocation(line: 378, column: 43, scope: !1522)
!1531 = !DILocation(line: 378, column: 20, scope: !1522)
!1532 = !DILocation(line: 378, column: 2, scope: !1522)
!1533 = distinct !DISubprogram(name: "_S_check_init_len", linkageName: "_ZNSt6vectorIdSaIdEE17_S_check_init_lenEmRKS0_", scope: !26, file: !10, line: 1902, type: !568, scopeLine: 1903, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !567, retainedNodes: !148)
!1534 = !DILocalVariable(name: "__n", arg: 1, scope: !1533, file: !10, line: 1902, type: !305)
!1535 = !DILocation(line: 1902, column: 35, scope: !1533)
!1536 = !DILocalVariable(name: "__a", arg: 2, scope: !1533, file: !10, line: 1902, type: !299)
!1537 = !DILocation(line: 1902, column: 62, scope: !1533)
!1538 = !DILocation(line: 1904, column: 6, scope: !1539)
!1539 = distinct !DILexicalBlock(scope: !1533, file: !10, line: 1904, column: 6)
!1540 = !DILocation(line: 1904, column: 39, scope: !1539)
!1541 = !DILocation(line: 1904, column: 24, scope: !1539)
!1542 = !DILocation(line: 1904, column: 12, scope: !1539)
!1543 = !DILocation(line: 1904, column: 10, scope: !1539)
!1544 = !DILocation(line: 1905, column: 4, scope: !1539)
!1545 = !DILocation(line: 1907, column: 9, scope: !1533)
!1546 = !DILocation(line: 1907, column: 2, scope: !1533)
!1547 = distinct !DISubprogram(name: "_M_get_Tp_allocator", linkageName: "_ZNSt12_Vector_baseIdSaIdEE19_M_get_Tp_allocatorEv", scope: !29, file: !10, line: 298, type: !196, scopeLine: 299, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !195, retainedNodes: !148)
!1548 = !DILocalVariable(name: "this", arg: 1, scope: !1547, type: !1397, flags: DIFlagArtificial | DIFlagObjectPointer)
!1549 = !DILocation(line: 0, scope: !1547)
!1550 = !DILocation(line: 299, column: 22, scope: !1547)
!1551 = !DILocation(line: 299, column: 9, scope: !1547)
!1552 = distinct !DISubprogram(name: "__uninitialized_copy_a<const double *, double *, double>", linkageName: "_ZSt22__uninitialized_copy_aIPKdPddET0_T_S4_S3_RSaIT1_E", scope: !21, file: !1553, line: 365, type: !1554, scopeLine: 367, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1556, retainedNodes: !148)
!1553 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/stl_uninitialized.h", directory: "", checksumkind: CSK_MD5, checksum: "76b804c7705a952d454f754eea890c01")
!1554 = !DISubroutineType(types: !1555)
!1555 = !{!23, !82, !82, !23, !111}
!1556 = !{!1512, !1557, !98}
!1557 = !DITemplateTypeParameter(name: "_ForwardIterator", type: !23)
!1558 = !DILocalVariable(name: "__first", arg: 1, scope: !1552, file: !1553, line: 365, type: !82)
!1559 = !DILocation(line: 365, column: 43, scope: !1552)
!1560 = !DILocalVariable(name: "__last", arg: 2, scope: !1552, file: !1553, line: 365, type: !82)
!1561 = !DILocation(line: 365, column: 67, scope: !1552)
!1562 = !DILocalVariable(name: "__result", arg: 3, scope: !1552, file: !1553, line: 366, type: !23)
!1563 = !DILocation(line: 366, column: 24, scope: !1552)
!1564 = !DILocalVariable(arg: 4, scope: !1552, file: !1553, line: 366, type: !111)
!1565 = !DILocation(line: 366, column: 49, scope: !1552)
!1566 = !DILocation(line: 372, column: 38, scope: !1552)
!1567 = !DILocation(line: 372, column: 47, scope: !1552)
!1568 = !DILocation(line: 372, column: 55, scope: !1552)
!1569 = !DILocation(line: 372, column: 14, scope: !1552)
!1570 = !DILocation(line: 372, column: 7, scope: !1552)
!1571 = distinct !DISubprogram(name: "__distance<const double *>", linkageName: "_ZSt10__distanceIPKdENSt15iterator_traitsIT_E15difference_typeES3_S3_St26random_access_iterator_tag", scope: !21, file: !1504, line: 99, type: !1572, scopeLine: 101, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1580, retainedNodes: !148)
!1572 = !DISubroutineType(types: !1573)
!1573 = !{!1507, !82, !82, !1574}
!1574 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "random_access_iterator_tag", scope: !21, file: !408, line: 107, size: 8, flags: DIFlagTypePassByValue, elements: !1575, identifier: "_ZTSSt26random_access_iterator_tag")
!1575 = !{!1576}
!1576 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !1574, baseType: !1577, extraData: i32 0)
!1577 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "bidirectional_iterator_tag", scope: !21, file: !408, line: 103, size: 8, flags: DIFlagTypePassByValue, elements: !1578, identifier: "_ZTSSt26bidirectional_iterator_tag")
!1578 = !{!1579}
!1579 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !1577, baseType: !1407, extraData: i32 0)
!1580 = !{!1581}
!1581 = !DITemplateTypeParameter(name: "_RandomAccessIterator", type: !82)
!1582 = !DILocalVariable(name: "__first", arg: 1, scope: !1571, file: !1504, line: 99, type: !82)
!1583 = !DILocation(line: 99, column: 38, scope: !1571)
!1584 = !DILocalVariable(name: "__last", arg: 2, scope: !1571, file: !1504, line: 99, type: !82)
!1585 = !DILocation(line: 99, column: 69, scope: !1571)
!1586 = !DILocalVariable(arg: 3, scope: !1571, file: !1504, line: 100, type: !1574)
!1587 = !DILocation(line: 100, column: 42, scope: !1571)
!1588 = !DILocation(line: 105, column: 14, scope: !1571)
!1589 = !DILocation(line: 105, column: 23, scope: !1571)
!1590 = !DILocation(line: 105, column: 21, scope: !1571)
!1591 = !DILocation(line: 105, column: 7, scope: !1571)
!1592 = distinct !DISubprogram(name: "__iterator_category<const double *>", linkageName: "_ZSt19__iterator_categoryIPKdENSt15iterator_traitsIT_E17iterator_categoryERKS3_", scope: !21, file: !408, line: 238, type: !1593, scopeLine: 239, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1598, retainedNodes: !148)
!1593 = !DISubroutineType(types: !1594)
!1594 = !{!1595, !1596}
!1595 = !DIDerivedType(tag: DW_TAG_typedef, name: "iterator_category", scope: !1508, file: !408, line: 223, baseType: !1574)
!1596 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !1597, size: 64)
!1597 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !82)
!1598 = !{!1599}
!1599 = !DITemplateTypeParameter(name: "_Iter", type: !82)
!1600 = !DILocalVariable(arg: 1, scope: !1592, file: !408, line: 238, type: !1596)
!1601 = !DILocation(line: 238, column: 37, scope: !1592)
!1602 = !DILocation(line: 239, column: 7, scope: !1592)
!1603 = distinct !DISubprogram(name: "allocate", linkageName: "_ZNSt16allocator_traitsISaIdEE8allocateERS0_m", scope: !43, file: !44, line: 463, type: !47, scopeLine: 464, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !46, retainedNodes: !148)
!1604 = !DILocalVariable(name: "__a", arg: 1, scope: !1603, file: !44, line: 463, type: !50)
!1605 = !DILocation(line: 463, column: 32, scope: !1603)
!1606 = !DILocalVariable(name: "__n", arg: 2, scope: !1603, file: !44, line: 463, type: !113)
!1607 = !DILocation(line: 463, column: 47, scope: !1603)
!1608 = !DILocation(line: 464, column: 16, scope: !1603)
!1609 = !DILocation(line: 464, column: 29, scope: !1603)
!1610 = !DILocation(line: 464, column: 20, scope: !1603)
!1611 = !DILocation(line: 464, column: 9, scope: !1603)
!1612 = distinct !DISubprogram(name: "allocate", linkageName: "_ZNSt15__new_allocatorIdE8allocateEmPKv", scope: !58, file: !59, line: 112, type: !87, scopeLine: 113, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !86, retainedNodes: !148)
!1613 = !DILocalVariable(name: "this", arg: 1, scope: !1612, type: !1388, flags: DIFlagArtificial | DIFlagObjectPointer)
!1614 = !DILocation(line: 0, scope: !1612)
!1615 = !DILocalVariable(name: "__n", arg: 2, scope: !1612, file: !59, line: 112, type: !89)
!1616 = !DILocation(line: 112, column: 26, scope: !1612)
!1617 = !DILocalVariable(arg: 3, scope: !1612, file: !59, line: 112, type: !17)
!1618 = !DILocation(line: 112, column: 43, scope: !1612)
!1619 = !DILocation(line: 120, column: 23, scope: !1620)
!1620 = distinct !DILexicalBlock(scope: !1612, file: !59, line: 120, column: 6)
!1621 = !DILocation(line: 120, column: 35, scope: !1620)
!1622 = !DILocation(line: 120, column: 27, scope: !1620)
!1623 = !DILocation(line: 120, column: 6, scope: !1620)
!1624 = !DILocation(line: 124, column: 10, scope: !1625)
!1625 = distinct !DILexicalBlock(scope: !1626, file: !59, line: 124, column: 10)
!1626 = distinct !DILexicalBlock(scope: !1620, file: !59, line: 121, column: 4)
!1627 = !DILocation(line: 124, column: 14, scope: !1625)
!1628 = !DILocation(line: 125, column: 8, scope: !1625)
!1629 = !DILocation(line: 126, column: 6, scope: !1626)
!1630 = !DILocation(line: 137, column: 49, scope: !1612)
!1631 = !DILocation(line: 137, column: 53, scope: !1612)
!1632 = !DILocation(line: 137, column: 27, scope: !1612)
!1633 = !DILocation(line: 137, column: 2, scope: !1612)
!1634 = distinct !DISubprogram(name: "_M_max_size", linkageName: "_ZNKSt15__new_allocatorIdE11_M_max_sizeEv", scope: !58, file: !59, line: 210, type: !94, scopeLine: 211, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !96, retainedNodes: !148)
!1635 = !DILocalVariable(name: "this", arg: 1, scope: !1634, type: !1636, flags: DIFlagArtificial | DIFlagObjectPointer)
!1636 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !69, size: 64)
!1637 = !DILocation(line: 0, scope: !1634)
!1638 = !DILocation(line: 213, column: 2, scope: !1634)
!1639 = distinct !DISubprogram(name: "_S_max_size", linkageName: "_ZNSt6vectorIdSaIdEE11_S_max_sizeERKS0_", scope: !26, file: !10, line: 1911, type: !571, scopeLine: 1912, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !570, retainedNodes: !148)
!1640 = !DILocalVariable(name: "__a", arg: 1, scope: !1639, file: !10, line: 1911, type: !573)
!1641 = !DILocation(line: 1911, column: 41, scope: !1639)
!1642 = !DILocalVariable(name: "__diffmax", scope: !1639, file: !10, line: 1916, type: !1643)
!1643 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !19)
!1644 = !DILocation(line: 1916, column: 15, scope: !1639)
!1645 = !DILocalVariable(name: "__allocmax", scope: !1639, file: !10, line: 1918, type: !1643)
!1646 = !DILocation(line: 1918, column: 15, scope: !1639)
!1647 = !DILocation(line: 1918, column: 52, scope: !1639)
!1648 = !DILocation(line: 1918, column: 28, scope: !1639)
!1649 = !DILocation(line: 1919, column: 9, scope: !1639)
!1650 = !DILocation(line: 1919, column: 2, scope: !1639)
!1651 = distinct !DISubprogram(name: "allocator", linkageName: "_ZNSaIdEC2ERKS_", scope: !52, file: !53, line: 159, type: !104, scopeLine: 160, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !103, retainedNodes: !148)
!1652 = !DILocalVariable(name: "this", arg: 1, scope: !1651, type: !1300, flags: DIFlagArtificial | DIFlagObjectPointer)
!1653 = !DILocation(line: 0, scope: !1651)
!1654 = !DILocalVariable(name: "__a", arg: 2, scope: !1651, file: !53, line: 159, type: !106)
!1655 = !DILocation(line: 159, column: 34, scope: !1651)
!1656 = !DILocation(line: 160, column: 31, scope: !1651)
!1657 = !DILocation(line: 160, column: 9, scope: !1651)
!1658 = !DILocation(line: 160, column: 38, scope: !1651)
!1659 = distinct !DISubprogram(name: "max_size", linkageName: "_ZNSt16allocator_traitsISaIdEE8max_sizeERKS0_", scope: !43, file: !44, line: 547, type: !122, scopeLine: 548, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !121, retainedNodes: !148)
!1660 = !DILocalVariable(name: "__a", arg: 1, scope: !1659, file: !44, line: 547, type: !125)
!1661 = !DILocation(line: 547, column: 38, scope: !1659)
!1662 = !DILocation(line: 550, column: 9, scope: !1659)
!1663 = !DILocation(line: 550, column: 13, scope: !1659)
!1664 = !DILocation(line: 550, column: 2, scope: !1659)
!1665 = distinct !DISubprogram(name: "min<unsigned long>", linkageName: "_ZSt3minImERKT_S2_S2_", scope: !21, file: !1666, line: 230, type: !1667, scopeLine: 231, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1671, retainedNodes: !148)
!1666 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/stl_algobase.h", directory: "", checksumkind: CSK_MD5, checksum: "acd8696ab950544891c62593445fe486")
!1667 = !DISubroutineType(types: !1668)
!1668 = !{!1669, !1669, !1669}
!1669 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !1670, size: 64)
!1670 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !22)
!1671 = !{!1672}
!1672 = !DITemplateTypeParameter(name: "_Tp", type: !22)
!1673 = !DILocalVariable(name: "__a", arg: 1, scope: !1665, file: !1666, line: 230, type: !1669)
!1674 = !DILocation(line: 230, column: 20, scope: !1665)
!1675 = !DILocalVariable(name: "__b", arg: 2, scope: !1665, file: !1666, line: 230, type: !1669)
!1676 = !DILocation(line: 230, column: 36, scope: !1665)
!1677 = !DILocation(line: 235, column: 11, scope: !1678)
!1678 = distinct !DILexicalBlock(scope: !1665, file: !1666, line: 235, column: 11)
!1679 = !{i64 8}
!1680 = !DILocation(line: 235, column: 17, scope: !1678)
!1681 = !DILocation(line: 235, column: 15, scope: !1678)
!1682 = !DILocation(line: 236, column: 9, scope: !1678)
!1683 = !DILocation(line: 236, column: 2, scope: !1678)
!1684 = !DILocation(line: 237, column: 14, scope: !1665)
!1685 = !DILocation(line: 237, column: 7, scope: !1665)
!1686 = !DILocation(line: 238, column: 5, scope: !1665)
!1687 = distinct !DISubprogram(name: "max_size", linkageName: "_ZNKSt15__new_allocatorIdE8max_sizeEv", scope: !58, file: !59, line: 167, type: !94, scopeLine: 168, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !93, retainedNodes: !148)
!1688 = !DILocalVariable(name: "this", arg: 1, scope: !1687, type: !1636, flags: DIFlagArtificial | DIFlagObjectPointer)
!1689 = !DILocation(line: 0, scope: !1687)
!1690 = !DILocation(line: 168, column: 16, scope: !1687)
!1691 = !DILocation(line: 168, column: 9, scope: !1687)
!1692 = distinct !DISubprogram(name: "uninitialized_copy<const double *, double *>", linkageName: "_ZSt18uninitialized_copyIPKdPdET0_T_S4_S3_", scope: !21, file: !1553, line: 163, type: !1693, scopeLine: 165, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1695, retainedNodes: !148)
!1693 = !DISubroutineType(types: !1694)
!1694 = !{!23, !82, !82, !23}
!1695 = !{!1512, !1557}
!1696 = !DILocalVariable(name: "__first", arg: 1, scope: !1692, file: !1553, line: 163, type: !82)
!1697 = !DILocation(line: 163, column: 39, scope: !1692)
!1698 = !DILocalVariable(name: "__last", arg: 2, scope: !1692, file: !1553, line: 163, type: !82)
!1699 = !DILocation(line: 163, column: 63, scope: !1692)
!1700 = !DILocalVariable(name: "__result", arg: 3, scope: !1692, file: !1553, line: 164, type: !23)
!1701 = !DILocation(line: 164, column: 27, scope: !1692)
!1702 = !DILocalVariable(name: "__can_memmove", scope: !1692, file: !1553, line: 174, type: !253)
!1703 = !DILocation(line: 174, column: 18, scope: !1692)
!1704 = !DILocalVariable(name: "__assignable", scope: !1692, file: !1553, line: 181, type: !253)
!1705 = !DILocation(line: 181, column: 18, scope: !1692)
!1706 = !DILocation(line: 185, column: 16, scope: !1692)
!1707 = !DILocation(line: 185, column: 25, scope: !1692)
!1708 = !DILocation(line: 185, column: 33, scope: !1692)
!1709 = !DILocation(line: 184, column: 14, scope: !1692)
!1710 = !DILocation(line: 184, column: 7, scope: !1692)
!1711 = distinct !DISubprogram(name: "__uninit_copy<const double *, double *>", linkageName: "_ZNSt20__uninitialized_copyILb1EE13__uninit_copyIPKdPdEET0_T_S6_S5_", scope: !1712, file: !1553, line: 145, type: !1693, scopeLine: 147, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1695, declaration: !1715, retainedNodes: !148)
!1712 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__uninitialized_copy<true>", scope: !21, file: !1553, line: 141, size: 8, flags: DIFlagTypePassByValue, elements: !148, templateParams: !1713, identifier: "_ZTSSt20__uninitialized_copyILb1EE")
!1713 = !{!1714}
!1714 = !DITemplateValueParameter(name: "_TrivialValueTypes", type: !141, value: i1 true)
!1715 = !DISubprogram(name: "__uninit_copy<const double *, double *>", linkageName: "_ZNSt20__uninitialized_copyILb1EE13__uninit_copyIPKdPdEET0_T_S6_S5_", scope: !1712, file: !1553, line: 145, type: !1693, scopeLine: 145, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0, templateParams: !1695)
!1716 = !DILocalVariable(name: "__first", arg: 1, scope: !1711, file: !1553, line: 145, type: !82)
!1717 = !DILocation(line: 145, column: 38, scope: !1711)
!1718 = !DILocalVariable(name: "__last", arg: 2, scope: !1711, file: !1553, line: 145, type: !82)
!1719 = !DILocation(line: 145, column: 62, scope: !1711)
!1720 = !DILocalVariable(name: "__result", arg: 3, scope: !1711, file: !1553, line: 146, type: !23)
!1721 = !DILocation(line: 146, column: 26, scope: !1711)
!1722 = !DILocation(line: 147, column: 28, scope: !1711)
!1723 = !DILocation(line: 147, column: 37, scope: !1711)
!1724 = !DILocation(line: 147, column: 45, scope: !1711)
!1725 = !DILocation(line: 147, column: 18, scope: !1711)
!1726 = !DILocation(line: 147, column: 11, scope: !1711)
!1727 = distinct !DISubprogram(name: "copy<const double *, double *>", linkageName: "_ZSt4copyIPKdPdET0_T_S4_S3_", scope: !21, file: !1666, line: 611, type: !1693, scopeLine: 612, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1728, retainedNodes: !148)
!1728 = !{!1729, !1730}
!1729 = !DITemplateTypeParameter(name: "_II", type: !82)
!1730 = !DITemplateTypeParameter(name: "_OI", type: !23)
!1731 = !DILocalVariable(name: "__first", arg: 1, scope: !1727, file: !1666, line: 611, type: !82)
!1732 = !DILocation(line: 611, column: 14, scope: !1727)
!1733 = !DILocalVariable(name: "__last", arg: 2, scope: !1727, file: !1666, line: 611, type: !82)
!1734 = !DILocation(line: 611, column: 27, scope: !1727)
!1735 = !DILocalVariable(name: "__result", arg: 3, scope: !1727, file: !1666, line: 611, type: !23)
!1736 = !DILocation(line: 611, column: 39, scope: !1727)
!1737 = !DILocation(line: 620, column: 26, scope: !1727)
!1738 = !DILocation(line: 620, column: 8, scope: !1727)
!1739 = !DILocation(line: 620, column: 54, scope: !1727)
!1740 = !DILocation(line: 620, column: 36, scope: !1727)
!1741 = !DILocation(line: 620, column: 63, scope: !1727)
!1742 = !DILocation(line: 619, column: 14, scope: !1727)
!1743 = !DILocation(line: 619, column: 7, scope: !1727)
!1744 = distinct !DISubprogram(name: "__copy_move_a<false, const double *, double *>", linkageName: "_ZSt13__copy_move_aILb0EPKdPdET1_T0_S4_S3_", scope: !21, file: !1666, line: 527, type: !1693, scopeLine: 528, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1745, retainedNodes: !148)
!1745 = !{!1746, !1729, !1730}
!1746 = !DITemplateValueParameter(name: "_IsMove", type: !141, value: i1 false)
!1747 = !DILocalVariable(name: "__first", arg: 1, scope: !1744, file: !1666, line: 527, type: !82)
!1748 = !DILocation(line: 527, column: 23, scope: !1744)
!1749 = !DILocalVariable(name: "__last", arg: 2, scope: !1744, file: !1666, line: 527, type: !82)
!1750 = !DILocation(line: 527, column: 36, scope: !1744)
!1751 = !DILocalVariable(name: "__result", arg: 3, scope: !1744, file: !1666, line: 527, type: !23)
!1752 = !DILocation(line: 527, column: 48, scope: !1744)
!1753 = !DILocation(line: 530, column: 50, scope: !1744)
!1754 = !DILocation(line: 530, column: 32, scope: !1744)
!1755 = !DILocation(line: 531, column: 29, scope: !1744)
!1756 = !DILocation(line: 531, column: 11, scope: !1744)
!1757 = !DILocation(line: 532, column: 29, scope: !1744)
!1758 = !DILocation(line: 532, column: 11, scope: !1744)
!1759 = !DILocation(line: 530, column: 3, scope: !1744)
!1760 = !DILocation(line: 529, column: 14, scope: !1744)
!1761 = !DILocation(line: 529, column: 7, scope: !1744)
!1762 = distinct !DISubprogram(name: "__miter_base<const double *>", linkageName: "_ZSt12__miter_baseIPKdET_S2_", scope: !21, file: !1763, line: 562, type: !1764, scopeLine: 563, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1509, retainedNodes: !148)
!1763 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/cpp_type_traits.h", directory: "")
!1764 = !DISubroutineType(types: !1765)
!1765 = !{!82, !82}
!1766 = !DILocalVariable(name: "__it", arg: 1, scope: !1762, file: !1763, line: 562, type: !82)
!1767 = !DILocation(line: 562, column: 28, scope: !1762)
!1768 = !DILocation(line: 563, column: 14, scope: !1762)
!1769 = !DILocation(line: 563, column: 7, scope: !1762)
!1770 = distinct !DISubprogram(name: "__niter_wrap<double *>", linkageName: "_ZSt12__niter_wrapIPdET_RKS1_S1_", scope: !21, file: !1666, line: 335, type: !1771, scopeLine: 336, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !410, retainedNodes: !148)
!1771 = !DISubroutineType(types: !1772)
!1772 = !{!23, !401, !23}
!1773 = !DILocalVariable(arg: 1, scope: !1770, file: !1666, line: 335, type: !401)
!1774 = !DILocation(line: 335, column: 34, scope: !1770)
!1775 = !DILocalVariable(name: "__res", arg: 2, scope: !1770, file: !1666, line: 335, type: !23)
!1776 = !DILocation(line: 335, column: 46, scope: !1770)
!1777 = !DILocation(line: 336, column: 14, scope: !1770)
!1778 = !DILocation(line: 336, column: 7, scope: !1770)
!1779 = distinct !DISubprogram(name: "__copy_move_a1<false, const double *, double *>", linkageName: "_ZSt14__copy_move_a1ILb0EPKdPdET1_T0_S4_S3_", scope: !21, file: !1666, line: 521, type: !1693, scopeLine: 522, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1745, retainedNodes: !148)
!1780 = !DILocalVariable(name: "__first", arg: 1, scope: !1779, file: !1666, line: 521, type: !82)
!1781 = !DILocation(line: 521, column: 24, scope: !1779)
!1782 = !DILocalVariable(name: "__last", arg: 2, scope: !1779, file: !1666, line: 521, type: !82)
!1783 = !DILocation(line: 521, column: 37, scope: !1779)
!1784 = !DILocalVariable(name: "__result", arg: 3, scope: !1779, file: !1666, line: 521, type: !23)
!1785 = !DILocation(line: 521, column: 49, scope: !1779)
!1786 = !DILocation(line: 522, column: 43, scope: !1779)
!1787 = !DILocation(line: 522, column: 52, scope: !1779)
!1788 = !DILocation(line: 522, column: 60, scope: !1779)
!1789 = !DILocation(line: 522, column: 14, scope: !1779)
!1790 = !DILocation(line: 522, column: 7, scope: !1779)
!1791 = distinct !DISubprogram(name: "__niter_base<const double *>", linkageName: "_ZSt12__niter_baseIPKdET_S2_", scope: !21, file: !1666, line: 313, type: !1764, scopeLine: 315, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1509, retainedNodes: !148)
!1792 = !DILocalVariable(name: "__it", arg: 1, scope: !1791, file: !1666, line: 313, type: !82)
!1793 = !DILocation(line: 313, column: 28, scope: !1791)
!1794 = !DILocation(line: 315, column: 14, scope: !1791)
!1795 = !DILocation(line: 315, column: 7, scope: !1791)
!1796 = distinct !DISubprogram(name: "__niter_base<double *>", linkageName: "_ZSt12__niter_baseIPdET_S1_", scope: !21, file: !1666, line: 313, type: !1797, scopeLine: 315, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !410, retainedNodes: !148)
!1797 = !DISubroutineType(types: !1798)
!1798 = !{!23, !23}
!1799 = !DILocalVariable(name: "__it", arg: 1, scope: !1796, file: !1666, line: 313, type: !23)
!1800 = !DILocation(line: 313, column: 28, scope: !1796)
!1801 = !DILocation(line: 315, column: 14, scope: !1796)
!1802 = !DILocation(line: 315, column: 7, scope: !1796)
!1803 = distinct !DISubprogram(name: "__copy_move_a2<false, const double *, double *>", linkageName: "_ZSt14__copy_move_a2ILb0EPKdPdET1_T0_S4_S3_", scope: !21, file: !1666, line: 486, type: !1693, scopeLine: 487, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1745, retainedNodes: !148)
!1804 = !DILocalVariable(name: "__first", arg: 1, scope: !1803, file: !1666, line: 486, type: !82)
!1805 = !DILocation(line: 486, column: 24, scope: !1803)
!1806 = !DILocalVariable(name: "__last", arg: 2, scope: !1803, file: !1666, line: 486, type: !82)
!1807 = !DILocation(line: 486, column: 37, scope: !1803)
!1808 = !DILocalVariable(name: "__result", arg: 3, scope: !1803, file: !1666, line: 486, type: !23)
!1809 = !DILocation(line: 486, column: 49, scope: !1803)
!1810 = !DILocation(line: 495, column: 31, scope: !1803)
!1811 = !DILocation(line: 495, column: 40, scope: !1803)
!1812 = !DILocation(line: 495, column: 48, scope: !1803)
!1813 = !DILocation(line: 494, column: 14, scope: !1803)
!1814 = !DILocation(line: 494, column: 7, scope: !1803)
!1815 = distinct !DISubprogram(name: "__copy_m<double>", linkageName: "_ZNSt11__copy_moveILb0ELb1ESt26random_access_iterator_tagE8__copy_mIdEEPT_PKS3_S6_S4_", scope: !1816, file: !1666, line: 420, type: !1693, scopeLine: 421, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !97, declaration: !1820, retainedNodes: !148)
!1816 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__copy_move<false, true, std::random_access_iterator_tag>", scope: !21, file: !1666, line: 415, size: 8, flags: DIFlagTypePassByValue, elements: !148, templateParams: !1817, identifier: "_ZTSSt11__copy_moveILb0ELb1ESt26random_access_iterator_tagE")
!1817 = !{!1746, !1818, !1819}
!1818 = !DITemplateValueParameter(name: "_IsSimple", type: !141, value: i1 true)
!1819 = !DITemplateTypeParameter(name: "_Category", type: !1574)
!1820 = !DISubprogram(name: "__copy_m<double>", linkageName: "_ZNSt11__copy_moveILb0ELb1ESt26random_access_iterator_tagE8__copy_mIdEEPT_PKS3_S6_S4_", scope: !1816, file: !1666, line: 420, type: !1693, scopeLine: 420, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0, templateParams: !97)
!1821 = !DILocalVariable(name: "__first", arg: 1, scope: !1815, file: !1666, line: 420, type: !82)
!1822 = !DILocation(line: 420, column: 22, scope: !1815)
!1823 = !DILocalVariable(name: "__last", arg: 2, scope: !1815, file: !1666, line: 420, type: !82)
!1824 = !DILocation(line: 420, column: 42, scope: !1815)
!1825 = !DILocalVariable(name: "__result", arg: 3, scope: !1815, file: !1666, line: 420, type: !23)
!1826 = !DILocation(line: 420, column: 55, scope: !1815)
!1827 = !DILocalVariable(name: "_Num", scope: !1815, file: !1666, line: 429, type: !1828)
!1828 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !434)
!1829 = !DILocation(line: 429, column: 20, scope: !1815)
!1830 = !DILocation(line: 429, column: 27, scope: !1815)
!1831 = !DILocation(line: 429, column: 36, scope: !1815)
!1832 = !DILocation(line: 429, column: 34, scope: !1815)
!1833 = !DILocation(line: 430, column: 8, scope: !1834)
!1834 = distinct !DILexicalBlock(scope: !1815, file: !1666, line: 430, column: 8)
!1835 = !DILocation(line: 431, column: 24, scope: !1834)
!1836 = !DILocation(line: 431, column: 34, scope: !1834)
!1837 = !DILocation(line: 431, column: 57, scope: !1834)
!1838 = !DILocation(line: 431, column: 55, scope: !1834)
!1839 = !DILocation(line: 431, column: 6, scope: !1834)
!1840 = !DILocation(line: 432, column: 11, scope: !1815)
!1841 = !DILocation(line: 432, column: 22, scope: !1815)
!1842 = !DILocation(line: 432, column: 20, scope: !1815)
!1843 = !DILocation(line: 432, column: 4, scope: !1815)
!1844 = distinct !DISubprogram(name: "size", linkageName: "_ZNKSt16initializer_listIdE4sizeEv", scope: !343, file: !344, line: 71, type: !359, scopeLine: 71, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !358, retainedNodes: !148)
!1845 = !DILocalVariable(name: "this", arg: 1, scope: !1844, type: !1454, flags: DIFlagArtificial | DIFlagObjectPointer)
!1846 = !DILocation(line: 0, scope: !1844)
!1847 = !DILocation(line: 71, column: 38, scope: !1844)
!1848 = !DILocation(line: 71, column: 31, scope: !1844)
!1849 = distinct !DISubprogram(name: "_M_deallocate", linkageName: "_ZNSt12_Vector_baseIdSaIdEE13_M_deallocateEPdm", scope: !29, file: !10, line: 383, type: !241, scopeLine: 384, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !240, retainedNodes: !148)
!1850 = !DILocalVariable(name: "this", arg: 1, scope: !1849, type: !1397, flags: DIFlagArtificial | DIFlagObjectPointer)
!1851 = !DILocation(line: 0, scope: !1849)
!1852 = !DILocalVariable(name: "__p", arg: 2, scope: !1849, file: !10, line: 383, type: !154)
!1853 = !DILocation(line: 383, column: 29, scope: !1849)
!1854 = !DILocalVariable(name: "__n", arg: 3, scope: !1849, file: !10, line: 383, type: !19)
!1855 = !DILocation(line: 383, column: 41, scope: !1849)
!1856 = !DILocation(line: 386, column: 6, scope: !1857)
!1857 = distinct !DILexicalBlock(scope: !1849, file: !10, line: 386, column: 6)
!1858 = !DILocation(line: 387, column: 20, scope: !1857)
!1859 = !DILocation(line: 387, column: 29, scope: !1857)
!1860 = !DILocation(line: 387, column: 34, scope: !1857)
!1861 = !DILocation(line: 387, column: 4, scope: !1857)
!1862 = !DILocation(line: 388, column: 7, scope: !1849)
!1863 = distinct !DISubprogram(name: "~_Vector_impl", linkageName: "_ZNSt12_Vector_baseIdSaIdEE12_Vector_implD2Ev", scope: !32, file: !10, line: 133, type: !176, scopeLine: 133, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !1864, retainedNodes: !148)
!1864 = !DISubprogram(name: "~_Vector_impl", linkageName: "_ZNSt12_Vector_baseIdSaIdEE12_Vector_implD4Ev", scope: !32, type: !176, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: 0)
!1865 = !DILocalVariable(name: "this", arg: 1, scope: !1863, type: !1481, flags: DIFlagArtificial | DIFlagObjectPointer)
!1866 = !DILocation(line: 0, scope: !1863)
!1867 = !DILocation(line: 133, column: 14, scope: !1868)
!1868 = distinct !DILexicalBlock(scope: !1863, file: !10, line: 133, column: 14)
!1869 = !DILocation(line: 133, column: 14, scope: !1863)
!1870 = distinct !DISubprogram(name: "deallocate", linkageName: "_ZNSt16allocator_traitsISaIdEE10deallocateERS0_Pdm", scope: !43, file: !44, line: 495, type: !119, scopeLine: 496, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !118, retainedNodes: !148)
!1871 = !DILocalVariable(name: "__a", arg: 1, scope: !1870, file: !44, line: 495, type: !50)
!1872 = !DILocation(line: 495, column: 34, scope: !1870)
!1873 = !DILocalVariable(name: "__p", arg: 2, scope: !1870, file: !44, line: 495, type: !49)
!1874 = !DILocation(line: 495, column: 47, scope: !1870)
!1875 = !DILocalVariable(name: "__n", arg: 3, scope: !1870, file: !44, line: 495, type: !113)
!1876 = !DILocation(line: 495, column: 62, scope: !1870)
!1877 = !DILocation(line: 496, column: 9, scope: !1870)
!1878 = !DILocation(line: 496, column: 24, scope: !1870)
!1879 = !DILocation(line: 496, column: 29, scope: !1870)
!1880 = !DILocation(line: 496, column: 13, scope: !1870)
!1881 = !DILocation(line: 496, column: 35, scope: !1870)
!1882 = distinct !DISubprogram(name: "deallocate", linkageName: "_ZNSt15__new_allocatorIdE10deallocateEPdm", scope: !58, file: !59, line: 142, type: !91, scopeLine: 143, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !90, retainedNodes: !148)
!1883 = !DILocalVariable(name: "this", arg: 1, scope: !1882, type: !1388, flags: DIFlagArtificial | DIFlagObjectPointer)
!1884 = !DILocation(line: 0, scope: !1882)
!1885 = !DILocalVariable(name: "__p", arg: 2, scope: !1882, file: !59, line: 142, type: !23)
!1886 = !DILocation(line: 142, column: 23, scope: !1882)
!1887 = !DILocalVariable(name: "__n", arg: 3, scope: !1882, file: !59, line: 142, type: !89)
!1888 = !DILocation(line: 142, column: 38, scope: !1882)
!1889 = !DILocation(line: 158, column: 50, scope: !1882)
!1890 = !DILocation(line: 158, column: 55, scope: !1882)
!1891 = !DILocation(line: 158, column: 27, scope: !1882)
!1892 = !DILocation(line: 158, column: 2, scope: !1882)
!1893 = !DILocation(line: 159, column: 7, scope: !1882)
!1894 = distinct !DISubprogram(name: "_Destroy<double *, double>", linkageName: "_ZSt8_DestroyIPddEvT_S1_RSaIT0_E", scope: !21, file: !44, line: 847, type: !1895, scopeLine: 849, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1897, retainedNodes: !148)
!1895 = !DISubroutineType(types: !1896)
!1896 = !{null, !23, !23, !111}
!1897 = !{!1557, !98}
!1898 = !DILocalVariable(name: "__first", arg: 1, scope: !1894, file: !44, line: 847, type: !23)
!1899 = !DILocation(line: 847, column: 31, scope: !1894)
!1900 = !DILocalVariable(name: "__last", arg: 2, scope: !1894, file: !44, line: 847, type: !23)
!1901 = !DILocation(line: 847, column: 57, scope: !1894)
!1902 = !DILocalVariable(arg: 3, scope: !1894, file: !44, line: 848, type: !111)
!1903 = !DILocation(line: 848, column: 22, scope: !1894)
!1904 = !DILocation(line: 850, column: 16, scope: !1894)
!1905 = !DILocation(line: 850, column: 25, scope: !1894)
!1906 = !DILocation(line: 850, column: 7, scope: !1894)
!1907 = !DILocation(line: 851, column: 5, scope: !1894)
!1908 = distinct !DISubprogram(name: "_Destroy<double *>", linkageName: "_ZSt8_DestroyIPdEvT_S1_", scope: !21, file: !1909, line: 182, type: !1910, scopeLine: 183, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1912, retainedNodes: !148)
!1909 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/stl_construct.h", directory: "", checksumkind: CSK_MD5, checksum: "ceba413818ae9b0f6742666be9b2ed67")
!1910 = !DISubroutineType(types: !1911)
!1911 = !{null, !23, !23}
!1912 = !{!1557}
!1913 = !DILocalVariable(name: "__first", arg: 1, scope: !1908, file: !1909, line: 182, type: !23)
!1914 = !DILocation(line: 182, column: 31, scope: !1908)
!1915 = !DILocalVariable(name: "__last", arg: 2, scope: !1908, file: !1909, line: 182, type: !23)
!1916 = !DILocation(line: 182, column: 57, scope: !1908)
!1917 = !DILocation(line: 196, column: 12, scope: !1908)
!1918 = !DILocation(line: 196, column: 21, scope: !1908)
!1919 = !DILocation(line: 195, column: 7, scope: !1908)
!1920 = !DILocation(line: 197, column: 5, scope: !1908)
!1921 = distinct !DISubprogram(name: "__destroy<double *>", linkageName: "_ZNSt12_Destroy_auxILb1EE9__destroyIPdEEvT_S3_", scope: !1922, file: !1909, line: 172, type: !1910, scopeLine: 172, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1912, declaration: !1925, retainedNodes: !148)
!1922 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "_Destroy_aux<true>", scope: !21, file: !1909, line: 168, size: 8, flags: DIFlagTypePassByValue, elements: !148, templateParams: !1923, identifier: "_ZTSSt12_Destroy_auxILb1EE")
!1923 = !{!1924}
!1924 = !DITemplateValueParameter(type: !141, value: i1 true)
!1925 = !DISubprogram(name: "__destroy<double *>", linkageName: "_ZNSt12_Destroy_auxILb1EE9__destroyIPdEEvT_S3_", scope: !1922, file: !1909, line: 172, type: !1910, scopeLine: 172, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0, templateParams: !1912)
!1926 = !DILocalVariable(arg: 1, scope: !1921, file: !1909, line: 172, type: !23)
!1927 = !DILocation(line: 172, column: 35, scope: !1921)
!1928 = !DILocalVariable(arg: 2, scope: !1921, file: !1909, line: 172, type: !23)
!1929 = !DILocation(line: 172, column: 53, scope: !1921)
!1930 = !DILocation(line: 172, column: 57, scope: !1921)
!1931 = distinct !DISubprogram(name: "operator()", linkageName: "_ZZ4mainENK3$_1clEd", scope: !1238, file: !2, line: 36, type: !1932, scopeLine: 36, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !14, declaration: !1935, retainedNodes: !148)
!1932 = !DISubroutineType(types: !1933)
!1933 = !{!24, !1934, !24}
!1934 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1330, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!1935 = !DISubprogram(name: "operator()", scope: !1238, file: !2, line: 36, type: !1932, scopeLine: 36, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagLocalToUnit)
!1936 = !DILocalVariable(name: "this", arg: 1, scope: !1931, type: !1329, flags: DIFlagArtificial | DIFlagObjectPointer)
!1937 = !DILocation(line: 0, scope: !1931)
!1938 = !DILocalVariable(name: "y", arg: 2, scope: !1931, file: !2, line: 36, type: !24)
!1939 = !DILocation(line: 36, column: 30, scope: !1931)
!1940 = !DILocalVariable(name: "s", scope: !1931, file: !2, line: 37, type: !24)
!1941 = !DILocation(line: 37, column: 12, scope: !1931)
!1942 = !DILocalVariable(name: "p", scope: !1931, file: !2, line: 37, type: !24)
!1943 = !DILocation(line: 37, column: 19, scope: !1931)
!1944 = !DILocalVariable(name: "__range2", scope: !1945, type: !373, flags: DIFlagArtificial)
!1945 = distinct !DILexicalBlock(scope: !1931, file: !2, line: 38, column: 5)
!1946 = !DILocation(line: 0, scope: !1945)
!1947 = !DILocation(line: 38, column: 21, scope: !1945)
!1948 = !DILocalVariable(name: "__begin2", scope: !1945, type: !389, flags: DIFlagArtificial)
!1949 = !DILocation(line: 38, column: 19, scope: !1945)
!1950 = !DILocalVariable(name: "__end2", scope: !1945, type: !389, flags: DIFlagArtificial)
!1951 = !DILocalVariable(name: "c", scope: !1952, file: !2, line: 38, type: !24)
!1952 = distinct !DILexicalBlock(scope: !1945, file: !2, line: 38, column: 5)
!1953 = !DILocation(line: 38, column: 17, scope: !1952)
!1954 = !DILocation(line: 38, column: 19, scope: !1952)
!1955 = !DILocation(line: 38, column: 34, scope: !1956)
!1956 = distinct !DILexicalBlock(scope: !1952, file: !2, line: 38, column: 27)
!1957 = !DILocation(line: 38, column: 38, scope: !1956)
!1958 = !DILocation(line: 38, column: 31, scope: !1956)
!1959 = !DILocation(line: 38, column: 46, scope: !1956)
!1960 = !DILocation(line: 38, column: 43, scope: !1956)
!1961 = !DILocation(line: 38, column: 5, scope: !1945)
!1962 = distinct !{!1962, !1961, !1963}
!1963 = !DILocation(line: 38, column: 49, scope: !1945)
!1964 = !DILocation(line: 39, column: 12, scope: !1931)
!1965 = !DILocation(line: 39, column: 16, scope: !1931)
!1966 = !DILocation(line: 39, column: 14, scope: !1931)
!1967 = !DILocation(line: 39, column: 5, scope: !1931)
!1968 = distinct !DISubprogram(name: "begin", linkageName: "_ZNSt6vectorIdSaIdEE5beginEv", scope: !26, file: !10, line: 868, type: !387, scopeLine: 869, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !386, retainedNodes: !148)
!1969 = !DILocalVariable(name: "this", arg: 1, scope: !1968, type: !1306, flags: DIFlagArtificial | DIFlagObjectPointer)
!1970 = !DILocation(line: 0, scope: !1968)
!1971 = !DILocation(line: 869, column: 31, scope: !1968)
!1972 = !DILocation(line: 869, column: 39, scope: !1968)
!1973 = !DILocation(line: 869, column: 16, scope: !1968)
!1974 = !DILocation(line: 869, column: 9, scope: !1968)
!1975 = distinct !DISubprogram(name: "end", linkageName: "_ZNSt6vectorIdSaIdEE3endEv", scope: !26, file: !10, line: 888, type: !387, scopeLine: 889, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !455, retainedNodes: !148)
!1976 = !DILocalVariable(name: "this", arg: 1, scope: !1975, type: !1306, flags: DIFlagArtificial | DIFlagObjectPointer)
!1977 = !DILocation(line: 0, scope: !1975)
!1978 = !DILocation(line: 889, column: 31, scope: !1975)
!1979 = !DILocation(line: 889, column: 39, scope: !1975)
!1980 = !DILocation(line: 889, column: 16, scope: !1975)
!1981 = !DILocation(line: 889, column: 9, scope: !1975)
!1982 = distinct !DISubprogram(name: "operator!=<double *, std::vector<double, std::allocator<double> > >", linkageName: "_ZN9__gnu_cxxneIPdSt6vectorIdSaIdEEEEbRKNS_17__normal_iteratorIT_T0_EESA_", scope: !40, file: !391, line: 1237, type: !1983, scopeLine: 1240, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !447, retainedNodes: !148)
!1983 = !DISubroutineType(types: !1984)
!1984 = !{!141, !1985, !1985}
!1985 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !413, size: 64)
!1986 = !DILocalVariable(name: "__lhs", arg: 1, scope: !1982, file: !391, line: 1237, type: !1985)
!1987 = !DILocation(line: 1237, column: 64, scope: !1982)
!1988 = !DILocalVariable(name: "__rhs", arg: 2, scope: !1982, file: !391, line: 1238, type: !1985)
!1989 = !DILocation(line: 1238, column: 57, scope: !1982)
!1990 = !DILocation(line: 1240, column: 14, scope: !1982)
!1991 = !DILocation(line: 1240, column: 20, scope: !1982)
!1992 = !DILocation(line: 1240, column: 30, scope: !1982)
!1993 = !DILocation(line: 1240, column: 36, scope: !1982)
!1994 = !DILocation(line: 1240, column: 27, scope: !1982)
!1995 = !DILocation(line: 1240, column: 7, scope: !1982)
!1996 = distinct !DISubprogram(name: "operator*", linkageName: "_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEdeEv", scope: !390, file: !391, line: 1095, type: !404, scopeLine: 1096, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !403, retainedNodes: !148)
!1997 = !DILocalVariable(name: "this", arg: 1, scope: !1996, type: !1998, flags: DIFlagArtificial | DIFlagObjectPointer)
!1998 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !413, size: 64)
!1999 = !DILocation(line: 0, scope: !1996)
!2000 = !DILocation(line: 1096, column: 17, scope: !1996)
!2001 = !DILocation(line: 1096, column: 9, scope: !1996)
!2002 = distinct !DISubprogram(name: "operator++", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEppEv", scope: !390, file: !391, line: 1105, type: !420, scopeLine: 1106, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !419, retainedNodes: !148)
!2003 = !DILocalVariable(name: "this", arg: 1, scope: !2002, type: !2004, flags: DIFlagArtificial | DIFlagObjectPointer)
!2004 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !390, size: 64)
!2005 = !DILocation(line: 0, scope: !2002)
!2006 = !DILocation(line: 1107, column: 4, scope: !2002)
!2007 = !DILocation(line: 1107, column: 2, scope: !2002)
!2008 = !DILocation(line: 1108, column: 2, scope: !2002)
!2009 = distinct !DISubprogram(name: "__normal_iterator", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEC2ERKS1_", scope: !390, file: !391, line: 1072, type: !399, scopeLine: 1073, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !398, retainedNodes: !148)
!2010 = !DILocalVariable(name: "this", arg: 1, scope: !2009, type: !2004, flags: DIFlagArtificial | DIFlagObjectPointer)
!2011 = !DILocation(line: 0, scope: !2009)
!2012 = !DILocalVariable(name: "__i", arg: 2, scope: !2009, file: !391, line: 1072, type: !401)
!2013 = !DILocation(line: 1072, column: 42, scope: !2009)
!2014 = !DILocation(line: 1073, column: 9, scope: !2009)
!2015 = !DILocation(line: 1073, column: 20, scope: !2009)
!2016 = !DILocation(line: 1073, column: 27, scope: !2009)
!2017 = distinct !DISubprogram(name: "base", linkageName: "_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEE4baseEv", scope: !390, file: !391, line: 1158, type: !445, scopeLine: 1159, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !444, retainedNodes: !148)
!2018 = !DILocalVariable(name: "this", arg: 1, scope: !2017, type: !1998, flags: DIFlagArtificial | DIFlagObjectPointer)
!2019 = !DILocation(line: 0, scope: !2017)
!2020 = !DILocation(line: 1159, column: 16, scope: !2017)
!2021 = !DILocation(line: 1159, column: 9, scope: !2017)
!2022 = distinct !DISubprogram(name: "operator()", linkageName: "_ZZ4mainENK3$_2clEd", scope: !1260, file: !2, line: 45, type: !2023, scopeLine: 45, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !14, declaration: !2026, retainedNodes: !148)
!2023 = !DISubroutineType(types: !2024)
!2024 = !{!24, !2025, !24}
!2025 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1345, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!2026 = !DISubprogram(name: "operator()", scope: !1260, file: !2, line: 45, type: !2023, scopeLine: 45, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagLocalToUnit)
!2027 = !DILocalVariable(name: "this", arg: 1, scope: !2022, type: !1344, flags: DIFlagArtificial | DIFlagObjectPointer)
!2028 = !DILocation(line: 0, scope: !2022)
!2029 = !DILocalVariable(name: "y", arg: 2, scope: !2022, file: !2, line: 45, type: !24)
!2030 = !DILocation(line: 45, column: 26, scope: !2022)
!2031 = !DILocalVariable(name: "local", scope: !2022, file: !2, line: 46, type: !1252)
!2032 = !DILocation(line: 46, column: 12, scope: !2022)
!2033 = !DILocation(line: 47, column: 26, scope: !2022)
!2034 = !DILocation(line: 47, column: 5, scope: !2022)
!2035 = !DILocation(line: 48, column: 18, scope: !2022)
!2036 = !DILocation(line: 48, column: 22, scope: !2022)
!2037 = !DILocation(line: 48, column: 20, scope: !2022)
!2038 = !DILocation(line: 48, column: 26, scope: !2022)
!2039 = !DILocation(line: 48, column: 36, scope: !2022)
!2040 = !DILocation(line: 48, column: 30, scope: !2022)
!2041 = !DILocation(line: 48, column: 40, scope: !2022)
!2042 = !DILocation(line: 48, column: 38, scope: !2022)
!2043 = !DILocation(line: 48, column: 28, scope: !2022)
!2044 = !DILocation(line: 48, column: 58, scope: !2022)
!2045 = !DILocation(line: 48, column: 52, scope: !2022)
!2046 = !DILocation(line: 48, column: 42, scope: !2022)
!2047 = !DILocation(line: 48, column: 5, scope: !2022)
