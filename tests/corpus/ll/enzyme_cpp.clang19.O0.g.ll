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
define dso_local noundef double @_Z4polyd(double noundef %0) #0 !dbg !1204 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1205, !DIExpression(), !1206)
  %3 = load double, ptr %2, align 8, !dbg !1207
  %4 = fmul double 3.000000e+00, %3, !dbg !1208
  %5 = load double, ptr %2, align 8, !dbg !1209
  %6 = fmul double %4, %5, !dbg !1210
  %7 = load double, ptr %2, align 8, !dbg !1211
  %8 = load double, ptr %2, align 8, !dbg !1212
  %9 = fmul double 2.000000e+00, %8, !dbg !1213
  %10 = fneg double %9, !dbg !1214
  %11 = call double @llvm.fmuladd.f64(double %6, double %7, double %10), !dbg !1214
  %12 = fadd double %11, 1.000000e+00, !dbg !1215
  ret double %12, !dbg !1216
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: mustprogress noinline norecurse optnone uwtable
define dso_local noundef i32 @main() #2 personality ptr @__gxx_personality_v0 !dbg !1217 {
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
    #dbg_declare(ptr %2, !1218, !DIExpression(), !1219)
  store double 1.500000e+00, ptr %2, align 8, !dbg !1219
    #dbg_declare(ptr %3, !1220, !DIExpression(), !1222)
    #dbg_declare(ptr %4, !1223, !DIExpression(), !1225)
  %20 = call noundef ptr @"_ZZ4mainENK3$_0cvPFddEEv"(ptr noundef nonnull align 1 dereferenceable(1) %3) #12, !dbg !1226
  store ptr %20, ptr %4, align 8, !dbg !1225
    #dbg_declare(ptr %5, !1227, !DIExpression(), !1228)
  %21 = load ptr, ptr %4, align 8, !dbg !1229
  %22 = load i32, ptr @enzyme_out, align 4, !dbg !1230
  %23 = load double, ptr %2, align 8, !dbg !1231
  %24 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef %21, i32 noundef %22, double noundef %23), !dbg !1232
  store double %24, ptr %5, align 8, !dbg !1228
    #dbg_declare(ptr %6, !1233, !DIExpression(), !1234)
  store double 4.000000e+00, ptr %6, align 8, !dbg !1234
    #dbg_declare(ptr %7, !1235, !DIExpression(), !1236)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %9, ptr align 8 @constinit, i64 24, i1 false), !dbg !1237
  %25 = getelementptr inbounds %"class.std::initializer_list", ptr %8, i32 0, i32 0, !dbg !1237
  store ptr %9, ptr %25, align 8, !dbg !1237
  %26 = getelementptr inbounds %"class.std::initializer_list", ptr %8, i32 0, i32 1, !dbg !1237
  store i64 3, ptr %26, align 8, !dbg !1237
  call void @_ZNSaIdEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %10) #12, !dbg !1237
  %27 = getelementptr inbounds { ptr, i64 }, ptr %8, i32 0, i32 0, !dbg !1237
  %28 = load ptr, ptr %27, align 8, !dbg !1237
  %29 = getelementptr inbounds { ptr, i64 }, ptr %8, i32 0, i32 1, !dbg !1237
  %30 = load i64, ptr %29, align 8, !dbg !1237
  invoke void @_ZNSt6vectorIdSaIdEEC2ESt16initializer_listIdERKS0_(ptr noundef nonnull align 8 dereferenceable(24) %7, ptr %28, i64 %30, ptr noundef nonnull align 1 dereferenceable(1) %10)
          to label %31 unwind label %57, !dbg !1237

31:                                               ; preds = %0
  call void @_ZNSaIdED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %10) #12, !dbg !1237
    #dbg_declare(ptr %13, !1238, !DIExpression(), !1243)
  %32 = getelementptr inbounds %class.anon.0, ptr %13, i32 0, i32 0, !dbg !1244
  %33 = load double, ptr %6, align 8, !dbg !1245
  store double %33, ptr %32, align 8, !dbg !1244
  %34 = getelementptr inbounds %class.anon.0, ptr %13, i32 0, i32 1, !dbg !1244
  store ptr %7, ptr %34, align 8, !dbg !1244
    #dbg_declare(ptr %14, !1246, !DIExpression(), !1247)
  %35 = load i32, ptr @enzyme_const, align 4, !dbg !1248
  %36 = load i32, ptr @enzyme_out, align 4, !dbg !1249
  %37 = load double, ptr %2, align 8, !dbg !1250
  %38 = invoke double (ptr, ...) @__enzyme_autodiff(ptr noundef @"_Z5trampIZ4mainE3$_1EdPKT_d", i32 noundef %35, ptr noundef %13, i32 noundef %36, double noundef %37)
          to label %39 unwind label %61, !dbg !1251

39:                                               ; preds = %31
  store double %38, ptr %14, align 8, !dbg !1247
    #dbg_declare(ptr %15, !1252, !DIExpression(), !1259)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %15, ptr align 8 @__const.main.prm, i64 24, i1 false), !dbg !1259
    #dbg_declare(ptr %16, !1260, !DIExpression(), !1264)
  %40 = getelementptr inbounds %class.anon.1, ptr %16, i32 0, i32 0, !dbg !1265
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %40, ptr align 8 %15, i64 24, i1 false), !dbg !1266
    #dbg_declare(ptr %17, !1267, !DIExpression(), !1268)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %17, ptr align 8 %16, i64 24, i1 false), !dbg !1269
  call void @llvm.memset.p0.i64(ptr align 1 %17, i8 0, i64 24, i1 false), !dbg !1270
    #dbg_declare(ptr %18, !1271, !DIExpression(), !1272)
  %41 = load i32, ptr @enzyme_dup, align 4, !dbg !1273
  %42 = load i32, ptr @enzyme_out, align 4, !dbg !1274
  %43 = load double, ptr %2, align 8, !dbg !1275
  %44 = invoke double (ptr, ...) @__enzyme_autodiff(ptr noundef @"_Z5trampIZ4mainE3$_2EdPKT_d", i32 noundef %41, ptr noundef %16, ptr noundef %17, i32 noundef %42, double noundef %43)
          to label %45 unwind label %61, !dbg !1276

45:                                               ; preds = %39
  store double %44, ptr %18, align 8, !dbg !1272
    #dbg_declare(ptr %19, !1277, !DIExpression(), !1278)
  %46 = load i32, ptr @enzyme_dup, align 4, !dbg !1279
  %47 = load double, ptr %2, align 8, !dbg !1280
  %48 = invoke double (ptr, ...) @__enzyme_fwddiff(ptr noundef @_Z4polyd, i32 noundef %46, double noundef %47, double noundef 1.000000e+00)
          to label %49 unwind label %61, !dbg !1281

49:                                               ; preds = %45
  store double %48, ptr %19, align 8, !dbg !1278
  %50 = load double, ptr %5, align 8, !dbg !1282
  %51 = load double, ptr %14, align 8, !dbg !1283
  %52 = load double, ptr %18, align 8, !dbg !1284
  %53 = load double, ptr %19, align 8, !dbg !1285
  %54 = invoke i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %50, double noundef %51, double noundef %52, double noundef %53)
          to label %55 unwind label %61, !dbg !1286

55:                                               ; preds = %49
  store i32 0, ptr %1, align 4, !dbg !1287
  call void @_ZNSt6vectorIdSaIdEED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %7) #12, !dbg !1288
  %56 = load i32, ptr %1, align 4, !dbg !1288
  ret i32 %56, !dbg !1288

57:                                               ; preds = %0
  %58 = landingpad { ptr, i32 }
          cleanup, !dbg !1288
  %59 = extractvalue { ptr, i32 } %58, 0, !dbg !1288
  store ptr %59, ptr %11, align 8, !dbg !1288
  %60 = extractvalue { ptr, i32 } %58, 1, !dbg !1288
  store i32 %60, ptr %12, align 4, !dbg !1288
  call void @_ZNSaIdED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %10) #12, !dbg !1237
  br label %65, !dbg !1237

61:                                               ; preds = %49, %45, %39, %31
  %62 = landingpad { ptr, i32 }
          cleanup, !dbg !1288
  %63 = extractvalue { ptr, i32 } %62, 0, !dbg !1288
  store ptr %63, ptr %11, align 8, !dbg !1288
  %64 = extractvalue { ptr, i32 } %62, 1, !dbg !1288
  store i32 %64, ptr %12, align 4, !dbg !1288
  call void @_ZNSt6vectorIdSaIdEED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %7) #12, !dbg !1288
  br label %65, !dbg !1288

65:                                               ; preds = %61, %57
  %66 = load ptr, ptr %11, align 8, !dbg !1237
  %67 = load i32, ptr %12, align 4, !dbg !1237
  %68 = insertvalue { ptr, i32 } poison, ptr %66, 0, !dbg !1237
  %69 = insertvalue { ptr, i32 } %68, i32 %67, 1, !dbg !1237
  resume { ptr, i32 } %69, !dbg !1237
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define internal noundef ptr @"_ZZ4mainENK3$_0cvPFddEEv"(ptr noundef nonnull align 1 dereferenceable(1) %0) #0 align 2 !dbg !1289 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1295, !DIExpression(), !1297)
  %3 = load ptr, ptr %2, align 8
  ret ptr @"_ZZ4mainEN3$_08__invokeEd", !dbg !1298
}

declare double @__enzyme_autodiff(ptr noundef, ...) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZNSaIdEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #0 comdat align 2 !dbg !1299 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1300, !DIExpression(), !1302)
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSt15__new_allocatorIdEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3) #12, !dbg !1303
  ret void, !dbg !1304
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local void @_ZNSt6vectorIdSaIdEEC2ESt16initializer_listIdERKS0_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr %1, i64 %2, ptr noundef nonnull align 1 dereferenceable(1) %3) unnamed_addr #5 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !1305 {
  %5 = alloca %"class.std::initializer_list", align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca %"struct.std::forward_iterator_tag", align 1
  %9 = alloca %"struct.std::random_access_iterator_tag", align 1
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = getelementptr inbounds { ptr, i64 }, ptr %5, i32 0, i32 0
  store ptr %1, ptr %12, align 8
  %13 = getelementptr inbounds { ptr, i64 }, ptr %5, i32 0, i32 1
  store i64 %2, ptr %13, align 8
  store ptr %0, ptr %6, align 8
    #dbg_declare(ptr %6, !1306, !DIExpression(), !1308)
    #dbg_declare(ptr %5, !1309, !DIExpression(), !1310)
  store ptr %3, ptr %7, align 8
    #dbg_declare(ptr %7, !1311, !DIExpression(), !1312)
  %14 = load ptr, ptr %6, align 8
  %15 = load ptr, ptr %7, align 8, !dbg !1313
  call void @_ZNSt12_Vector_baseIdSaIdEEC2ERKS0_(ptr noundef nonnull align 8 dereferenceable(24) %14, ptr noundef nonnull align 1 dereferenceable(1) %15) #12, !dbg !1314
  %16 = call noundef ptr @_ZNKSt16initializer_listIdE5beginEv(ptr noundef nonnull align 8 dereferenceable(16) %5) #12, !dbg !1315
  %17 = call noundef ptr @_ZNKSt16initializer_listIdE3endEv(ptr noundef nonnull align 8 dereferenceable(16) %5) #12, !dbg !1317
  invoke void @_ZNSt6vectorIdSaIdEE19_M_range_initializeIPKdEEvT_S5_St20forward_iterator_tag(ptr noundef nonnull align 8 dereferenceable(24) %14, ptr noundef %16, ptr noundef %17)
          to label %18 unwind label %19, !dbg !1318

18:                                               ; preds = %4
  ret void, !dbg !1319

19:                                               ; preds = %4
  %20 = landingpad { ptr, i32 }
          cleanup, !dbg !1320
  %21 = extractvalue { ptr, i32 } %20, 0, !dbg !1320
  store ptr %21, ptr %10, align 8, !dbg !1320
  %22 = extractvalue { ptr, i32 } %20, 1, !dbg !1320
  store i32 %22, ptr %11, align 4, !dbg !1320
  call void @_ZNSt12_Vector_baseIdSaIdEED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %14) #12, !dbg !1320
  br label %23, !dbg !1320

23:                                               ; preds = %19
  %24 = load ptr, ptr %10, align 8, !dbg !1320
  %25 = load i32, ptr %11, align 4, !dbg !1320
  %26 = insertvalue { ptr, i32 } poison, ptr %24, 0, !dbg !1320
  %27 = insertvalue { ptr, i32 } %26, i32 %25, 1, !dbg !1320
  resume { ptr, i32 } %27, !dbg !1320
}

declare i32 @__gxx_personality_v0(...)

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZNSaIdED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #0 comdat align 2 !dbg !1321 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1322, !DIExpression(), !1323)
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSt15__new_allocatorIdED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3) #12, !dbg !1324
  ret void, !dbg !1326
}

; Function Attrs: mustprogress noinline optnone uwtable
define internal noundef double @"_Z5trampIZ4mainE3$_1EdPKT_d"(ptr noundef %0, double noundef %1) #5 !dbg !1327 {
  %3 = alloca ptr, align 8
  %4 = alloca double, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1334, !DIExpression(), !1335)
  store double %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1336, !DIExpression(), !1337)
  %5 = load ptr, ptr %3, align 8, !dbg !1338
  %6 = load double, ptr %4, align 8, !dbg !1339
  %7 = call noundef double @"_ZZ4mainENK3$_1clEd"(ptr noundef nonnull align 8 dereferenceable(16) %5, double noundef %6), !dbg !1340
  ret double %7, !dbg !1341
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #6

; Function Attrs: mustprogress noinline optnone uwtable
define internal noundef double @"_Z5trampIZ4mainE3$_2EdPKT_d"(ptr noundef %0, double noundef %1) #5 !dbg !1342 {
  %3 = alloca ptr, align 8
  %4 = alloca double, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1349, !DIExpression(), !1350)
  store double %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1351, !DIExpression(), !1352)
  %5 = load ptr, ptr %3, align 8, !dbg !1353
  %6 = load double, ptr %4, align 8, !dbg !1354
  %7 = call noundef double @"_ZZ4mainENK3$_2clEd"(ptr noundef nonnull align 8 dereferenceable(24) %5, double noundef %6), !dbg !1355
  ret double %7, !dbg !1356
}

declare double @__enzyme_fwddiff(ptr noundef, ...) #3

declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZNSt6vectorIdSaIdEED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #0 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !1357 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1358, !DIExpression(), !1359)
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds %"struct.std::_Vector_base", ptr %3, i32 0, i32 0, !dbg !1360
  %5 = getelementptr inbounds %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %4, i32 0, i32 0, !dbg !1362
  %6 = load ptr, ptr %5, align 8, !dbg !1362
  %7 = getelementptr inbounds %"struct.std::_Vector_base", ptr %3, i32 0, i32 0, !dbg !1363
  %8 = getelementptr inbounds %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %7, i32 0, i32 1, !dbg !1364
  %9 = load ptr, ptr %8, align 8, !dbg !1364
  %10 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt12_Vector_baseIdSaIdEE19_M_get_Tp_allocatorEv(ptr noundef nonnull align 8 dereferenceable(24) %3) #12, !dbg !1365
  invoke void @_ZSt8_DestroyIPddEvT_S1_RSaIT0_E(ptr noundef %6, ptr noundef %9, ptr noundef nonnull align 1 dereferenceable(1) %10)
          to label %11 unwind label %12, !dbg !1366

11:                                               ; preds = %1
  call void @_ZNSt12_Vector_baseIdSaIdEED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %3) #12, !dbg !1367
  ret void, !dbg !1368

12:                                               ; preds = %1
  %13 = landingpad { ptr, i32 }
          catch ptr null, !dbg !1366
  %14 = extractvalue { ptr, i32 } %13, 0, !dbg !1366
  call void @__clang_call_terminate(ptr %14) #13, !dbg !1366
  unreachable, !dbg !1366
}

; Function Attrs: mustprogress noinline optnone uwtable
define internal noundef double @"_ZZ4mainEN3$_08__invokeEd"(double noundef %0) #5 align 2 !dbg !1369 {
  %2 = alloca double, align 8
  %3 = alloca %class.anon, align 1
  store double %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1371, !DIExpression(), !1372)
  %4 = load double, ptr %2, align 8, !dbg !1373
  %5 = call noundef double @"_ZZ4mainENK3$_0clEd"(ptr noundef nonnull align 1 dereferenceable(1) %3, double noundef %4), !dbg !1373
  ret double %5, !dbg !1373
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define internal noundef double @"_ZZ4mainENK3$_0clEd"(ptr noundef nonnull align 1 dereferenceable(1) %0, double noundef %1) #0 align 2 !dbg !1374 {
  %3 = alloca ptr, align 8
  %4 = alloca double, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1378, !DIExpression(), !1379)
  store double %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1380, !DIExpression(), !1381)
  %5 = load ptr, ptr %3, align 8
  %6 = load double, ptr %4, align 8, !dbg !1382
  %7 = call double @sin(double noundef %6) #12, !dbg !1383
  %8 = load double, ptr %4, align 8, !dbg !1384
  %9 = fmul double %7, %8, !dbg !1385
  ret double %9, !dbg !1386
}

; Function Attrs: nounwind
declare double @sin(double noundef) #7

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZNSt15__new_allocatorIdEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #0 comdat align 2 !dbg !1387 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1388, !DIExpression(), !1390)
  %3 = load ptr, ptr %2, align 8
  ret void, !dbg !1391
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZNSt15__new_allocatorIdED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #0 comdat align 2 !dbg !1392 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1393, !DIExpression(), !1394)
  %3 = load ptr, ptr %2, align 8
  ret void, !dbg !1395
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZNSt12_Vector_baseIdSaIdEEC2ERKS0_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #0 comdat align 2 !dbg !1396 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1397, !DIExpression(), !1399)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1400, !DIExpression(), !1401)
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds %"struct.std::_Vector_base", ptr %5, i32 0, i32 0, !dbg !1402
  %7 = load ptr, ptr %4, align 8, !dbg !1403
  call void @_ZNSt12_Vector_baseIdSaIdEE12_Vector_implC2ERKS0_(ptr noundef nonnull align 8 dereferenceable(24) %6, ptr noundef nonnull align 1 dereferenceable(1) %7) #12, !dbg !1402
  ret void, !dbg !1404
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local void @_ZNSt6vectorIdSaIdEE19_M_range_initializeIPKdEEvT_S5_St20forward_iterator_tag(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef %1, ptr noundef %2) #5 comdat align 2 !dbg !1405 {
  %4 = alloca %"struct.std::forward_iterator_tag", align 1
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  store ptr %0, ptr %5, align 8
    #dbg_declare(ptr %5, !1415, !DIExpression(), !1416)
  store ptr %1, ptr %6, align 8
    #dbg_declare(ptr %6, !1417, !DIExpression(), !1418)
  store ptr %2, ptr %7, align 8
    #dbg_declare(ptr %7, !1419, !DIExpression(), !1420)
    #dbg_declare(ptr %4, !1421, !DIExpression(), !1422)
  %9 = load ptr, ptr %5, align 8
    #dbg_declare(ptr %8, !1423, !DIExpression(), !1425)
  %10 = load ptr, ptr %6, align 8, !dbg !1426
  %11 = load ptr, ptr %7, align 8, !dbg !1427
  %12 = call noundef i64 @_ZSt8distanceIPKdENSt15iterator_traitsIT_E15difference_typeES3_S3_(ptr noundef %10, ptr noundef %11), !dbg !1428
  store i64 %12, ptr %8, align 8, !dbg !1425
  %13 = load i64, ptr %8, align 8, !dbg !1429
  %14 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt12_Vector_baseIdSaIdEE19_M_get_Tp_allocatorEv(ptr noundef nonnull align 8 dereferenceable(24) %9) #12, !dbg !1430
  %15 = call noundef i64 @_ZNSt6vectorIdSaIdEE17_S_check_init_lenEmRKS0_(i64 noundef %13, ptr noundef nonnull align 1 dereferenceable(1) %14), !dbg !1431
  %16 = call noundef ptr @_ZNSt12_Vector_baseIdSaIdEE11_M_allocateEm(ptr noundef nonnull align 8 dereferenceable(24) %9, i64 noundef %15), !dbg !1432
  %17 = getelementptr inbounds %"struct.std::_Vector_base", ptr %9, i32 0, i32 0, !dbg !1433
  %18 = getelementptr inbounds %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %17, i32 0, i32 0, !dbg !1434
  store ptr %16, ptr %18, align 8, !dbg !1435
  %19 = getelementptr inbounds %"struct.std::_Vector_base", ptr %9, i32 0, i32 0, !dbg !1436
  %20 = getelementptr inbounds %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %19, i32 0, i32 0, !dbg !1437
  %21 = load ptr, ptr %20, align 8, !dbg !1437
  %22 = load i64, ptr %8, align 8, !dbg !1438
  %23 = getelementptr inbounds double, ptr %21, i64 %22, !dbg !1439
  %24 = getelementptr inbounds %"struct.std::_Vector_base", ptr %9, i32 0, i32 0, !dbg !1440
  %25 = getelementptr inbounds %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %24, i32 0, i32 2, !dbg !1441
  store ptr %23, ptr %25, align 8, !dbg !1442
  %26 = load ptr, ptr %6, align 8, !dbg !1443
  %27 = load ptr, ptr %7, align 8, !dbg !1444
  %28 = getelementptr inbounds %"struct.std::_Vector_base", ptr %9, i32 0, i32 0, !dbg !1445
  %29 = getelementptr inbounds %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %28, i32 0, i32 0, !dbg !1446
  %30 = load ptr, ptr %29, align 8, !dbg !1446
  %31 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt12_Vector_baseIdSaIdEE19_M_get_Tp_allocatorEv(ptr noundef nonnull align 8 dereferenceable(24) %9) #12, !dbg !1447
  %32 = call noundef ptr @_ZSt22__uninitialized_copy_aIPKdPddET0_T_S4_S3_RSaIT1_E(ptr noundef %26, ptr noundef %27, ptr noundef %30, ptr noundef nonnull align 1 dereferenceable(1) %31), !dbg !1448
  %33 = getelementptr inbounds %"struct.std::_Vector_base", ptr %9, i32 0, i32 0, !dbg !1449
  %34 = getelementptr inbounds %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %33, i32 0, i32 1, !dbg !1450
  store ptr %32, ptr %34, align 8, !dbg !1451
  ret void, !dbg !1452
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZNKSt16initializer_listIdE5beginEv(ptr noundef nonnull align 8 dereferenceable(16) %0) #0 comdat align 2 !dbg !1453 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1454, !DIExpression(), !1456)
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds %"class.std::initializer_list", ptr %3, i32 0, i32 0, !dbg !1457
  %5 = load ptr, ptr %4, align 8, !dbg !1457
  ret ptr %5, !dbg !1458
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZNKSt16initializer_listIdE3endEv(ptr noundef nonnull align 8 dereferenceable(16) %0) #0 comdat align 2 !dbg !1459 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1460, !DIExpression(), !1461)
  %3 = load ptr, ptr %2, align 8
  %4 = call noundef ptr @_ZNKSt16initializer_listIdE5beginEv(ptr noundef nonnull align 8 dereferenceable(16) %3) #12, !dbg !1462
  %5 = call noundef i64 @_ZNKSt16initializer_listIdE4sizeEv(ptr noundef nonnull align 8 dereferenceable(16) %3) #12, !dbg !1463
  %6 = getelementptr inbounds double, ptr %4, i64 %5, !dbg !1464
  ret ptr %6, !dbg !1465
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZNSt12_Vector_baseIdSaIdEED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #0 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !1466 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1467, !DIExpression(), !1468)
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds %"struct.std::_Vector_base", ptr %3, i32 0, i32 0, !dbg !1469
  %5 = getelementptr inbounds %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %4, i32 0, i32 0, !dbg !1471
  %6 = load ptr, ptr %5, align 8, !dbg !1471
  %7 = getelementptr inbounds %"struct.std::_Vector_base", ptr %3, i32 0, i32 0, !dbg !1472
  %8 = getelementptr inbounds %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %7, i32 0, i32 2, !dbg !1473
  %9 = load ptr, ptr %8, align 8, !dbg !1473
  %10 = getelementptr inbounds %"struct.std::_Vector_base", ptr %3, i32 0, i32 0, !dbg !1474
  %11 = getelementptr inbounds %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %10, i32 0, i32 0, !dbg !1475
  %12 = load ptr, ptr %11, align 8, !dbg !1475
  %13 = ptrtoint ptr %9 to i64, !dbg !1476
  %14 = ptrtoint ptr %12 to i64, !dbg !1476
  %15 = sub i64 %13, %14, !dbg !1476
  %16 = sdiv exact i64 %15, 8, !dbg !1476
  invoke void @_ZNSt12_Vector_baseIdSaIdEE13_M_deallocateEPdm(ptr noundef nonnull align 8 dereferenceable(24) %3, ptr noundef %6, i64 noundef %16)
          to label %17 unwind label %19, !dbg !1477

17:                                               ; preds = %1
  %18 = getelementptr inbounds %"struct.std::_Vector_base", ptr %3, i32 0, i32 0, !dbg !1478
  call void @_ZNSt12_Vector_baseIdSaIdEE12_Vector_implD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %18) #12, !dbg !1478
  ret void, !dbg !1479

19:                                               ; preds = %1
  %20 = landingpad { ptr, i32 }
          catch ptr null, !dbg !1477
  %21 = extractvalue { ptr, i32 } %20, 0, !dbg !1477
  call void @__clang_call_terminate(ptr %21) #13, !dbg !1477
  unreachable, !dbg !1477
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZNSt12_Vector_baseIdSaIdEE12_Vector_implC2ERKS0_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #0 comdat align 2 !dbg !1480 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1481, !DIExpression(), !1483)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1484, !DIExpression(), !1485)
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !1486
  call void @_ZNSaIdEC2ERKS_(ptr noundef nonnull align 1 dereferenceable(1) %5, ptr noundef nonnull align 1 dereferenceable(1) %6) #12, !dbg !1487
  call void @_ZNSt12_Vector_baseIdSaIdEE17_Vector_impl_dataC2Ev(ptr noundef nonnull align 8 dereferenceable(24) %5) #12, !dbg !1488
  ret void, !dbg !1489
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZNSt12_Vector_baseIdSaIdEE17_Vector_impl_dataC2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #0 comdat align 2 !dbg !1490 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1491, !DIExpression(), !1493)
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %3, i32 0, i32 0, !dbg !1494
  store ptr null, ptr %4, align 8, !dbg !1494
  %5 = getelementptr inbounds %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %3, i32 0, i32 1, !dbg !1495
  store ptr null, ptr %5, align 8, !dbg !1495
  %6 = getelementptr inbounds %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %3, i32 0, i32 2, !dbg !1496
  store ptr null, ptr %6, align 8, !dbg !1496
  ret void, !dbg !1497
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZNSt15__new_allocatorIdEC2ERKS0_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #0 comdat align 2 !dbg !1498 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1499, !DIExpression(), !1500)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1501, !DIExpression(), !1502)
  %5 = load ptr, ptr %3, align 8
  ret void, !dbg !1503
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local noundef i64 @_ZSt8distanceIPKdENSt15iterator_traitsIT_E15difference_typeES3_S3_(ptr noundef %0, ptr noundef %1) #5 comdat !dbg !1504 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca %"struct.std::random_access_iterator_tag", align 1
  %6 = alloca %"struct.std::random_access_iterator_tag", align 1
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1514, !DIExpression(), !1515)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1516, !DIExpression(), !1517)
  %7 = load ptr, ptr %3, align 8, !dbg !1518
  %8 = load ptr, ptr %4, align 8, !dbg !1519
  call void @_ZSt19__iterator_categoryIPKdENSt15iterator_traitsIT_E17iterator_categoryERKS3_(ptr noundef nonnull align 8 dereferenceable(8) %3), !dbg !1520
  %9 = call noundef i64 @_ZSt10__distanceIPKdENSt15iterator_traitsIT_E15difference_typeES3_S3_St26random_access_iterator_tag(ptr noundef %7, ptr noundef %8), !dbg !1521
  ret i64 %9, !dbg !1522
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZNSt12_Vector_baseIdSaIdEE11_M_allocateEm(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 noundef %1) #5 comdat align 2 !dbg !1523 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1524, !DIExpression(), !1525)
  store i64 %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1526, !DIExpression(), !1527)
  %5 = load ptr, ptr %3, align 8
  %6 = load i64, ptr %4, align 8, !dbg !1528
  %7 = icmp ne i64 %6, 0, !dbg !1529
  br i1 %7, label %8, label %12, !dbg !1528

8:                                                ; preds = %2
  %9 = getelementptr inbounds %"struct.std::_Vector_base", ptr %5, i32 0, i32 0, !dbg !1530
  %10 = load i64, ptr %4, align 8, !dbg !1531
  %11 = call noundef ptr @_ZNSt16allocator_traitsISaIdEE8allocateERS0_m(ptr noundef nonnull align 1 dereferenceable(1) %9, i64 noundef %10), !dbg !1532
  br label %13, !dbg !1528

12:                                               ; preds = %2
  br label %13, !dbg !1528

13:                                               ; preds = %12, %8
  %14 = phi ptr [ %11, %8 ], [ null, %12 ], !dbg !1528
  ret ptr %14, !dbg !1533
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local noundef i64 @_ZNSt6vectorIdSaIdEE17_S_check_init_lenEmRKS0_(i64 noundef %0, ptr noundef nonnull align 1 dereferenceable(1) %1) #5 comdat align 2 !dbg !1534 {
  %3 = alloca i64, align 8
  %4 = alloca ptr, align 8
  %5 = alloca %"class.std::allocator", align 1
  store i64 %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1535, !DIExpression(), !1536)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1537, !DIExpression(), !1538)
  %6 = load i64, ptr %3, align 8, !dbg !1539
  %7 = load ptr, ptr %4, align 8, !dbg !1541
  call void @_ZNSaIdEC2ERKS_(ptr noundef nonnull align 1 dereferenceable(1) %5, ptr noundef nonnull align 1 dereferenceable(1) %7) #12, !dbg !1542
  %8 = call noundef i64 @_ZNSt6vectorIdSaIdEE11_S_max_sizeERKS0_(ptr noundef nonnull align 1 dereferenceable(1) %5) #12, !dbg !1543
  %9 = icmp ugt i64 %6, %8, !dbg !1544
  call void @_ZNSaIdED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %5) #12, !dbg !1539
  br i1 %9, label %10, label %11, !dbg !1545

10:                                               ; preds = %2
  call void @_ZSt20__throw_length_errorPKc(ptr noundef @.str.1) #14, !dbg !1546
  unreachable, !dbg !1546

11:                                               ; preds = %2
  %12 = load i64, ptr %3, align 8, !dbg !1547
  ret i64 %12, !dbg !1548
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt12_Vector_baseIdSaIdEE19_M_get_Tp_allocatorEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #0 comdat align 2 !dbg !1549 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1550, !DIExpression(), !1551)
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds %"struct.std::_Vector_base", ptr %3, i32 0, i32 0, !dbg !1552
  ret ptr %4, !dbg !1553
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZSt22__uninitialized_copy_aIPKdPddET0_T_S4_S3_RSaIT1_E(ptr noundef %0, ptr noundef %1, ptr noundef %2, ptr noundef nonnull align 1 dereferenceable(1) %3) #5 comdat !dbg !1554 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  store ptr %0, ptr %5, align 8
    #dbg_declare(ptr %5, !1560, !DIExpression(), !1561)
  store ptr %1, ptr %6, align 8
    #dbg_declare(ptr %6, !1562, !DIExpression(), !1563)
  store ptr %2, ptr %7, align 8
    #dbg_declare(ptr %7, !1564, !DIExpression(), !1565)
  store ptr %3, ptr %8, align 8
    #dbg_declare(ptr %8, !1566, !DIExpression(), !1567)
  %9 = load ptr, ptr %5, align 8, !dbg !1568
  %10 = load ptr, ptr %6, align 8, !dbg !1569
  %11 = load ptr, ptr %7, align 8, !dbg !1570
  %12 = call noundef ptr @_ZSt18uninitialized_copyIPKdPdET0_T_S4_S3_(ptr noundef %9, ptr noundef %10, ptr noundef %11), !dbg !1571
  ret ptr %12, !dbg !1572
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef i64 @_ZSt10__distanceIPKdENSt15iterator_traitsIT_E15difference_typeES3_S3_St26random_access_iterator_tag(ptr noundef %0, ptr noundef %1) #0 comdat !dbg !1573 {
  %3 = alloca %"struct.std::random_access_iterator_tag", align 1
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !1584, !DIExpression(), !1585)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !1586, !DIExpression(), !1587)
    #dbg_declare(ptr %3, !1588, !DIExpression(), !1589)
  %6 = load ptr, ptr %5, align 8, !dbg !1590
  %7 = load ptr, ptr %4, align 8, !dbg !1591
  %8 = ptrtoint ptr %6 to i64, !dbg !1592
  %9 = ptrtoint ptr %7 to i64, !dbg !1592
  %10 = sub i64 %8, %9, !dbg !1592
  %11 = sdiv exact i64 %10, 8, !dbg !1592
  ret i64 %11, !dbg !1593
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZSt19__iterator_categoryIPKdENSt15iterator_traitsIT_E17iterator_categoryERKS3_(ptr noundef nonnull align 8 dereferenceable(8) %0) #0 comdat !dbg !1594 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1602, !DIExpression(), !1603)
  ret void, !dbg !1604
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZNSt16allocator_traitsISaIdEE8allocateERS0_m(ptr noundef nonnull align 1 dereferenceable(1) %0, i64 noundef %1) #5 comdat align 2 !dbg !1605 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1606, !DIExpression(), !1607)
  store i64 %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1608, !DIExpression(), !1609)
  %5 = load ptr, ptr %3, align 8, !dbg !1610
  %6 = load i64, ptr %4, align 8, !dbg !1611
  %7 = call noundef ptr @_ZNSt15__new_allocatorIdE8allocateEmPKv(ptr noundef nonnull align 1 dereferenceable(1) %5, i64 noundef %6, ptr noundef null), !dbg !1612
  ret ptr %7, !dbg !1613
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZNSt15__new_allocatorIdE8allocateEmPKv(ptr noundef nonnull align 1 dereferenceable(1) %0, i64 noundef %1, ptr noundef %2) #5 comdat align 2 !dbg !1614 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !1615, !DIExpression(), !1616)
  store i64 %1, ptr %5, align 8
    #dbg_declare(ptr %5, !1617, !DIExpression(), !1618)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !1619, !DIExpression(), !1620)
  %7 = load ptr, ptr %4, align 8
  %8 = load i64, ptr %5, align 8, !dbg !1621
  %9 = call noundef i64 @_ZNKSt15__new_allocatorIdE11_M_max_sizeEv(ptr noundef nonnull align 1 dereferenceable(1) %7) #12, !dbg !1623
  %10 = icmp ugt i64 %8, %9, !dbg !1624
  br i1 %10, label %11, label %16, !dbg !1625

11:                                               ; preds = %3
  %12 = load i64, ptr %5, align 8, !dbg !1626
  %13 = icmp ugt i64 %12, 2305843009213693951, !dbg !1629
  br i1 %13, label %14, label %15, !dbg !1630

14:                                               ; preds = %11
  call void @_ZSt28__throw_bad_array_new_lengthv() #14, !dbg !1631
  unreachable, !dbg !1631

15:                                               ; preds = %11
  call void @_ZSt17__throw_bad_allocv() #14, !dbg !1632
  unreachable, !dbg !1632

16:                                               ; preds = %3
  %17 = load i64, ptr %5, align 8, !dbg !1633
  %18 = mul i64 %17, 8, !dbg !1634
  %19 = call noalias noundef nonnull ptr @_Znwm(i64 noundef %18) #15, !dbg !1635
  ret ptr %19, !dbg !1636
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef i64 @_ZNKSt15__new_allocatorIdE11_M_max_sizeEv(ptr noundef nonnull align 1 dereferenceable(1) %0) #0 comdat align 2 !dbg !1637 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1638, !DIExpression(), !1640)
  %3 = load ptr, ptr %2, align 8
  ret i64 1152921504606846975, !dbg !1641
}

; Function Attrs: noreturn
declare void @_ZSt28__throw_bad_array_new_lengthv() #8

; Function Attrs: noreturn
declare void @_ZSt17__throw_bad_allocv() #8

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) #9

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef i64 @_ZNSt6vectorIdSaIdEE11_S_max_sizeERKS0_(ptr noundef nonnull align 1 dereferenceable(1) %0) #0 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !1642 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1643, !DIExpression(), !1644)
    #dbg_declare(ptr %3, !1645, !DIExpression(), !1647)
  store i64 1152921504606846975, ptr %3, align 8, !dbg !1647
    #dbg_declare(ptr %4, !1648, !DIExpression(), !1649)
  %5 = load ptr, ptr %2, align 8, !dbg !1650
  %6 = call noundef i64 @_ZNSt16allocator_traitsISaIdEE8max_sizeERKS0_(ptr noundef nonnull align 1 dereferenceable(1) %5) #12, !dbg !1651
  store i64 %6, ptr %4, align 8, !dbg !1649
  %7 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt3minImERKT_S2_S2_(ptr noundef nonnull align 8 dereferenceable(8) %3, ptr noundef nonnull align 8 dereferenceable(8) %4)
          to label %8 unwind label %10, !dbg !1652

8:                                                ; preds = %1
  %9 = load i64, ptr %7, align 8, !dbg !1652
  ret i64 %9, !dbg !1653

10:                                               ; preds = %1
  %11 = landingpad { ptr, i32 }
          catch ptr null, !dbg !1652
  %12 = extractvalue { ptr, i32 } %11, 0, !dbg !1652
  call void @__clang_call_terminate(ptr %12) #13, !dbg !1652
  unreachable, !dbg !1652
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZNSaIdEC2ERKS_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #0 comdat align 2 !dbg !1654 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1655, !DIExpression(), !1656)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1657, !DIExpression(), !1658)
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !1659
  call void @_ZNSt15__new_allocatorIdEC2ERKS0_(ptr noundef nonnull align 1 dereferenceable(1) %5, ptr noundef nonnull align 1 dereferenceable(1) %6) #12, !dbg !1660
  ret void, !dbg !1661
}

; Function Attrs: noreturn
declare void @_ZSt20__throw_length_errorPKc(ptr noundef) #8

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef i64 @_ZNSt16allocator_traitsISaIdEE8max_sizeERKS0_(ptr noundef nonnull align 1 dereferenceable(1) %0) #0 comdat align 2 !dbg !1662 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1663, !DIExpression(), !1664)
  %3 = load ptr, ptr %2, align 8, !dbg !1665
  %4 = call noundef i64 @_ZNKSt15__new_allocatorIdE8max_sizeEv(ptr noundef nonnull align 1 dereferenceable(1) %3) #12, !dbg !1666
  ret i64 %4, !dbg !1667
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef nonnull align 8 dereferenceable(8) ptr @_ZSt3minImERKT_S2_S2_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) #0 comdat !dbg !1668 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !1676, !DIExpression(), !1677)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !1678, !DIExpression(), !1679)
  %6 = load ptr, ptr %5, align 8, !dbg !1680
  %7 = load i64, ptr %6, align 8, !dbg !1680
  %8 = load ptr, ptr %4, align 8, !dbg !1682
  %9 = load i64, ptr %8, align 8, !dbg !1682
  %10 = icmp ult i64 %7, %9, !dbg !1683
  br i1 %10, label %11, label %13, !dbg !1684

11:                                               ; preds = %2
  %12 = load ptr, ptr %5, align 8, !dbg !1685
  store ptr %12, ptr %3, align 8, !dbg !1686
  br label %15, !dbg !1686

13:                                               ; preds = %2
  %14 = load ptr, ptr %4, align 8, !dbg !1687
  store ptr %14, ptr %3, align 8, !dbg !1688
  br label %15, !dbg !1688

15:                                               ; preds = %13, %11
  %16 = load ptr, ptr %3, align 8, !dbg !1689
  ret ptr %16, !dbg !1689
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
define linkonce_odr dso_local noundef i64 @_ZNKSt15__new_allocatorIdE8max_sizeEv(ptr noundef nonnull align 1 dereferenceable(1) %0) #0 comdat align 2 !dbg !1690 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1691, !DIExpression(), !1692)
  %3 = load ptr, ptr %2, align 8
  %4 = call noundef i64 @_ZNKSt15__new_allocatorIdE11_M_max_sizeEv(ptr noundef nonnull align 1 dereferenceable(1) %3) #12, !dbg !1693
  ret i64 %4, !dbg !1694
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZSt18uninitialized_copyIPKdPdET0_T_S4_S3_(ptr noundef %0, ptr noundef %1, ptr noundef %2) #5 comdat !dbg !1695 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i8, align 1
  %8 = alloca i8, align 1
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !1699, !DIExpression(), !1700)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !1701, !DIExpression(), !1702)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !1703, !DIExpression(), !1704)
    #dbg_declare(ptr %7, !1705, !DIExpression(), !1706)
  store i8 1, ptr %7, align 1, !dbg !1706
    #dbg_declare(ptr %8, !1707, !DIExpression(), !1708)
  store i8 1, ptr %8, align 1, !dbg !1708
  %9 = load ptr, ptr %4, align 8, !dbg !1709
  %10 = load ptr, ptr %5, align 8, !dbg !1710
  %11 = load ptr, ptr %6, align 8, !dbg !1711
  %12 = call noundef ptr @_ZNSt20__uninitialized_copyILb1EE13__uninit_copyIPKdPdEET0_T_S6_S5_(ptr noundef %9, ptr noundef %10, ptr noundef %11), !dbg !1712
  ret ptr %12, !dbg !1713
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZNSt20__uninitialized_copyILb1EE13__uninit_copyIPKdPdEET0_T_S6_S5_(ptr noundef %0, ptr noundef %1, ptr noundef %2) #5 comdat align 2 !dbg !1714 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !1719, !DIExpression(), !1720)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !1721, !DIExpression(), !1722)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !1723, !DIExpression(), !1724)
  %7 = load ptr, ptr %4, align 8, !dbg !1725
  %8 = load ptr, ptr %5, align 8, !dbg !1726
  %9 = load ptr, ptr %6, align 8, !dbg !1727
  %10 = call noundef ptr @_ZSt4copyIPKdPdET0_T_S4_S3_(ptr noundef %7, ptr noundef %8, ptr noundef %9), !dbg !1728
  ret ptr %10, !dbg !1729
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZSt4copyIPKdPdET0_T_S4_S3_(ptr noundef %0, ptr noundef %1, ptr noundef %2) #5 comdat !dbg !1730 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !1734, !DIExpression(), !1735)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !1736, !DIExpression(), !1737)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !1738, !DIExpression(), !1739)
  %7 = load ptr, ptr %4, align 8, !dbg !1740
  %8 = call noundef ptr @_ZSt12__miter_baseIPKdET_S2_(ptr noundef %7), !dbg !1741
  %9 = load ptr, ptr %5, align 8, !dbg !1742
  %10 = call noundef ptr @_ZSt12__miter_baseIPKdET_S2_(ptr noundef %9), !dbg !1743
  %11 = load ptr, ptr %6, align 8, !dbg !1744
  %12 = call noundef ptr @_ZSt13__copy_move_aILb0EPKdPdET1_T0_S4_S3_(ptr noundef %8, ptr noundef %10, ptr noundef %11), !dbg !1745
  ret ptr %12, !dbg !1746
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZSt13__copy_move_aILb0EPKdPdET1_T0_S4_S3_(ptr noundef %0, ptr noundef %1, ptr noundef %2) #5 comdat !dbg !1747 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !1750, !DIExpression(), !1751)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !1752, !DIExpression(), !1753)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !1754, !DIExpression(), !1755)
  %7 = load ptr, ptr %4, align 8, !dbg !1756
  %8 = call noundef ptr @_ZSt12__niter_baseIPKdET_S2_(ptr noundef %7) #12, !dbg !1757
  %9 = load ptr, ptr %5, align 8, !dbg !1758
  %10 = call noundef ptr @_ZSt12__niter_baseIPKdET_S2_(ptr noundef %9) #12, !dbg !1759
  %11 = load ptr, ptr %6, align 8, !dbg !1760
  %12 = call noundef ptr @_ZSt12__niter_baseIPdET_S1_(ptr noundef %11) #12, !dbg !1761
  %13 = call noundef ptr @_ZSt14__copy_move_a1ILb0EPKdPdET1_T0_S4_S3_(ptr noundef %8, ptr noundef %10, ptr noundef %12), !dbg !1762
  %14 = call noundef ptr @_ZSt12__niter_wrapIPdET_RKS1_S1_(ptr noundef nonnull align 8 dereferenceable(8) %6, ptr noundef %13), !dbg !1763
  ret ptr %14, !dbg !1764
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZSt12__miter_baseIPKdET_S2_(ptr noundef %0) #0 comdat !dbg !1765 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1769, !DIExpression(), !1770)
  %3 = load ptr, ptr %2, align 8, !dbg !1771
  ret ptr %3, !dbg !1772
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZSt12__niter_wrapIPdET_RKS1_S1_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1) #0 comdat !dbg !1773 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1776, !DIExpression(), !1777)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1778, !DIExpression(), !1779)
  %5 = load ptr, ptr %4, align 8, !dbg !1780
  ret ptr %5, !dbg !1781
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZSt14__copy_move_a1ILb0EPKdPdET1_T0_S4_S3_(ptr noundef %0, ptr noundef %1, ptr noundef %2) #5 comdat !dbg !1782 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !1783, !DIExpression(), !1784)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !1785, !DIExpression(), !1786)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !1787, !DIExpression(), !1788)
  %7 = load ptr, ptr %4, align 8, !dbg !1789
  %8 = load ptr, ptr %5, align 8, !dbg !1790
  %9 = load ptr, ptr %6, align 8, !dbg !1791
  %10 = call noundef ptr @_ZSt14__copy_move_a2ILb0EPKdPdET1_T0_S4_S3_(ptr noundef %7, ptr noundef %8, ptr noundef %9), !dbg !1792
  ret ptr %10, !dbg !1793
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZSt12__niter_baseIPKdET_S2_(ptr noundef %0) #0 comdat !dbg !1794 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1795, !DIExpression(), !1796)
  %3 = load ptr, ptr %2, align 8, !dbg !1797
  ret ptr %3, !dbg !1798
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZSt12__niter_baseIPdET_S1_(ptr noundef %0) #0 comdat !dbg !1799 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1802, !DIExpression(), !1803)
  %3 = load ptr, ptr %2, align 8, !dbg !1804
  ret ptr %3, !dbg !1805
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZSt14__copy_move_a2ILb0EPKdPdET1_T0_S4_S3_(ptr noundef %0, ptr noundef %1, ptr noundef %2) #5 comdat !dbg !1806 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !1807, !DIExpression(), !1808)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !1809, !DIExpression(), !1810)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !1811, !DIExpression(), !1812)
  %7 = load ptr, ptr %4, align 8, !dbg !1813
  %8 = load ptr, ptr %5, align 8, !dbg !1814
  %9 = load ptr, ptr %6, align 8, !dbg !1815
  %10 = call noundef ptr @_ZNSt11__copy_moveILb0ELb1ESt26random_access_iterator_tagE8__copy_mIdEEPT_PKS3_S6_S4_(ptr noundef %7, ptr noundef %8, ptr noundef %9), !dbg !1816
  ret ptr %10, !dbg !1817
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef ptr @_ZNSt11__copy_moveILb0ELb1ESt26random_access_iterator_tagE8__copy_mIdEEPT_PKS3_S6_S4_(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 comdat align 2 !dbg !1818 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !1824, !DIExpression(), !1825)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !1826, !DIExpression(), !1827)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !1828, !DIExpression(), !1829)
    #dbg_declare(ptr %7, !1830, !DIExpression(), !1832)
  %8 = load ptr, ptr %5, align 8, !dbg !1833
  %9 = load ptr, ptr %4, align 8, !dbg !1834
  %10 = ptrtoint ptr %8 to i64, !dbg !1835
  %11 = ptrtoint ptr %9 to i64, !dbg !1835
  %12 = sub i64 %10, %11, !dbg !1835
  %13 = sdiv exact i64 %12, 8, !dbg !1835
  store i64 %13, ptr %7, align 8, !dbg !1832
  %14 = load i64, ptr %7, align 8, !dbg !1836
  %15 = icmp ne i64 %14, 0, !dbg !1836
  br i1 %15, label %16, label %21, !dbg !1838

16:                                               ; preds = %3
  %17 = load ptr, ptr %6, align 8, !dbg !1839
  %18 = load ptr, ptr %4, align 8, !dbg !1840
  %19 = load i64, ptr %7, align 8, !dbg !1841
  %20 = mul i64 8, %19, !dbg !1842
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %17, ptr align 8 %18, i64 %20, i1 false), !dbg !1843
  br label %21, !dbg !1843

21:                                               ; preds = %16, %3
  %22 = load ptr, ptr %6, align 8, !dbg !1844
  %23 = load i64, ptr %7, align 8, !dbg !1845
  %24 = getelementptr inbounds double, ptr %22, i64 %23, !dbg !1846
  ret ptr %24, !dbg !1847
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr nocapture writeonly, ptr nocapture readonly, i64, i1 immarg) #4

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef i64 @_ZNKSt16initializer_listIdE4sizeEv(ptr noundef nonnull align 8 dereferenceable(16) %0) #0 comdat align 2 !dbg !1848 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1849, !DIExpression(), !1850)
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds %"class.std::initializer_list", ptr %3, i32 0, i32 1, !dbg !1851
  %5 = load i64, ptr %4, align 8, !dbg !1851
  ret i64 %5, !dbg !1852
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local void @_ZNSt12_Vector_baseIdSaIdEE13_M_deallocateEPdm(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef %1, i64 noundef %2) #5 comdat align 2 !dbg !1853 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !1854, !DIExpression(), !1855)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !1856, !DIExpression(), !1857)
  store i64 %2, ptr %6, align 8
    #dbg_declare(ptr %6, !1858, !DIExpression(), !1859)
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %5, align 8, !dbg !1860
  %9 = icmp ne ptr %8, null, !dbg !1860
  br i1 %9, label %10, label %14, !dbg !1862

10:                                               ; preds = %3
  %11 = getelementptr inbounds %"struct.std::_Vector_base", ptr %7, i32 0, i32 0, !dbg !1863
  %12 = load ptr, ptr %5, align 8, !dbg !1864
  %13 = load i64, ptr %6, align 8, !dbg !1865
  call void @_ZNSt16allocator_traitsISaIdEE10deallocateERS0_Pdm(ptr noundef nonnull align 1 dereferenceable(1) %11, ptr noundef %12, i64 noundef %13), !dbg !1866
  br label %14, !dbg !1866

14:                                               ; preds = %10, %3
  ret void, !dbg !1867
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZNSt12_Vector_baseIdSaIdEE12_Vector_implD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #0 comdat align 2 !dbg !1868 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1870, !DIExpression(), !1871)
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSaIdED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3) #12, !dbg !1872
  ret void, !dbg !1874
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local void @_ZNSt16allocator_traitsISaIdEE10deallocateERS0_Pdm(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef %1, i64 noundef %2) #5 comdat align 2 !dbg !1875 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !1876, !DIExpression(), !1877)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !1878, !DIExpression(), !1879)
  store i64 %2, ptr %6, align 8
    #dbg_declare(ptr %6, !1880, !DIExpression(), !1881)
  %7 = load ptr, ptr %4, align 8, !dbg !1882
  %8 = load ptr, ptr %5, align 8, !dbg !1883
  %9 = load i64, ptr %6, align 8, !dbg !1884
  call void @_ZNSt15__new_allocatorIdE10deallocateEPdm(ptr noundef nonnull align 1 dereferenceable(1) %7, ptr noundef %8, i64 noundef %9), !dbg !1885
  ret void, !dbg !1886
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZNSt15__new_allocatorIdE10deallocateEPdm(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef %1, i64 noundef %2) #0 comdat align 2 !dbg !1887 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !1888, !DIExpression(), !1889)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !1890, !DIExpression(), !1891)
  store i64 %2, ptr %6, align 8
    #dbg_declare(ptr %6, !1892, !DIExpression(), !1893)
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %5, align 8, !dbg !1894
  %9 = load i64, ptr %6, align 8, !dbg !1894
  %10 = mul i64 %9, 8, !dbg !1894
  call void @_ZdlPvm(ptr noundef %8, i64 noundef %10) #16, !dbg !1895
  ret void, !dbg !1896
}

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) #11

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local void @_ZSt8_DestroyIPddEvT_S1_RSaIT0_E(ptr noundef %0, ptr noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2) #5 comdat !dbg !1897 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !1901, !DIExpression(), !1902)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !1903, !DIExpression(), !1904)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !1905, !DIExpression(), !1906)
  %7 = load ptr, ptr %4, align 8, !dbg !1907
  %8 = load ptr, ptr %5, align 8, !dbg !1908
  call void @_ZSt8_DestroyIPdEvT_S1_(ptr noundef %7, ptr noundef %8), !dbg !1909
  ret void, !dbg !1910
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local void @_ZSt8_DestroyIPdEvT_S1_(ptr noundef %0, ptr noundef %1) #5 comdat !dbg !1911 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1916, !DIExpression(), !1917)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1918, !DIExpression(), !1919)
  %5 = load ptr, ptr %3, align 8, !dbg !1920
  %6 = load ptr, ptr %4, align 8, !dbg !1921
  call void @_ZNSt12_Destroy_auxILb1EE9__destroyIPdEEvT_S3_(ptr noundef %5, ptr noundef %6), !dbg !1922
  ret void, !dbg !1923
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZNSt12_Destroy_auxILb1EE9__destroyIPdEEvT_S3_(ptr noundef %0, ptr noundef %1) #0 comdat align 2 !dbg !1924 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1929, !DIExpression(), !1930)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1931, !DIExpression(), !1932)
  ret void, !dbg !1933
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define internal noundef double @"_ZZ4mainENK3$_1clEd"(ptr noundef nonnull align 8 dereferenceable(16) %0, double noundef %1) #0 align 2 !dbg !1934 {
  %3 = alloca ptr, align 8
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  %7 = alloca ptr, align 8
  %8 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %9 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %10 = alloca double, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1939, !DIExpression(), !1940)
  store double %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1941, !DIExpression(), !1942)
  %11 = load ptr, ptr %3, align 8
    #dbg_declare(ptr %5, !1943, !DIExpression(), !1944)
  store double 0.000000e+00, ptr %5, align 8, !dbg !1944
    #dbg_declare(ptr %6, !1945, !DIExpression(), !1946)
  store double 1.000000e+00, ptr %6, align 8, !dbg !1946
    #dbg_declare(ptr %7, !1947, !DIExpression(), !1949)
  %12 = getelementptr inbounds %class.anon.0, ptr %11, i32 0, i32 1, !dbg !1950
  %13 = load ptr, ptr %12, align 8, !dbg !1950
  store ptr %13, ptr %7, align 8, !dbg !1950
    #dbg_declare(ptr %8, !1951, !DIExpression(), !1949)
  %14 = load ptr, ptr %7, align 8, !dbg !1952
  %15 = call ptr @_ZNSt6vectorIdSaIdEE5beginEv(ptr noundef nonnull align 8 dereferenceable(24) %14) #12, !dbg !1952
  %16 = getelementptr inbounds %"class.__gnu_cxx::__normal_iterator", ptr %8, i32 0, i32 0, !dbg !1952
  store ptr %15, ptr %16, align 8, !dbg !1952
    #dbg_declare(ptr %9, !1953, !DIExpression(), !1949)
  %17 = load ptr, ptr %7, align 8, !dbg !1952
  %18 = call ptr @_ZNSt6vectorIdSaIdEE3endEv(ptr noundef nonnull align 8 dereferenceable(24) %17) #12, !dbg !1952
  %19 = getelementptr inbounds %"class.__gnu_cxx::__normal_iterator", ptr %9, i32 0, i32 0, !dbg !1952
  store ptr %18, ptr %19, align 8, !dbg !1952
  br label %20, !dbg !1952

20:                                               ; preds = %32, %2
  %21 = call noundef zeroext i1 @_ZN9__gnu_cxxneIPdSt6vectorIdSaIdEEEEbRKNS_17__normal_iteratorIT_T0_EESA_(ptr noundef nonnull align 8 dereferenceable(8) %8, ptr noundef nonnull align 8 dereferenceable(8) %9) #12, !dbg !1952
  br i1 %21, label %22, label %34, !dbg !1952

22:                                               ; preds = %20
    #dbg_declare(ptr %10, !1954, !DIExpression(), !1956)
  %23 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %8) #12, !dbg !1957
  %24 = load double, ptr %23, align 8, !dbg !1957
  store double %24, ptr %10, align 8, !dbg !1956
  %25 = load double, ptr %10, align 8, !dbg !1958
  %26 = load double, ptr %6, align 8, !dbg !1960
  %27 = load double, ptr %5, align 8, !dbg !1961
  %28 = call double @llvm.fmuladd.f64(double %25, double %26, double %27), !dbg !1961
  store double %28, ptr %5, align 8, !dbg !1961
  %29 = load double, ptr %4, align 8, !dbg !1962
  %30 = load double, ptr %6, align 8, !dbg !1963
  %31 = fmul double %30, %29, !dbg !1963
  store double %31, ptr %6, align 8, !dbg !1963
  br label %32, !dbg !1964

32:                                               ; preds = %22
  %33 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEppEv(ptr noundef nonnull align 8 dereferenceable(8) %8) #12, !dbg !1952
  br label %20, !dbg !1952, !llvm.loop !1965

34:                                               ; preds = %20
  %35 = getelementptr inbounds %class.anon.0, ptr %11, i32 0, i32 0, !dbg !1967
  %36 = load double, ptr %35, align 8, !dbg !1967
  %37 = load double, ptr %5, align 8, !dbg !1968
  %38 = fmul double %36, %37, !dbg !1969
  ret double %38, !dbg !1970
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local ptr @_ZNSt6vectorIdSaIdEE5beginEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #0 comdat align 2 !dbg !1971 {
  %2 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1972, !DIExpression(), !1973)
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds %"struct.std::_Vector_base", ptr %4, i32 0, i32 0, !dbg !1974
  %6 = getelementptr inbounds %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %5, i32 0, i32 0, !dbg !1975
  call void @_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEC2ERKS1_(ptr noundef nonnull align 8 dereferenceable(8) %2, ptr noundef nonnull align 8 dereferenceable(8) %6) #12, !dbg !1976
  %7 = getelementptr inbounds %"class.__gnu_cxx::__normal_iterator", ptr %2, i32 0, i32 0, !dbg !1977
  %8 = load ptr, ptr %7, align 8, !dbg !1977
  ret ptr %8, !dbg !1977
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local ptr @_ZNSt6vectorIdSaIdEE3endEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #0 comdat align 2 !dbg !1978 {
  %2 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1979, !DIExpression(), !1980)
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds %"struct.std::_Vector_base", ptr %4, i32 0, i32 0, !dbg !1981
  %6 = getelementptr inbounds %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %5, i32 0, i32 1, !dbg !1982
  call void @_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEC2ERKS1_(ptr noundef nonnull align 8 dereferenceable(8) %2, ptr noundef nonnull align 8 dereferenceable(8) %6) #12, !dbg !1983
  %7 = getelementptr inbounds %"class.__gnu_cxx::__normal_iterator", ptr %2, i32 0, i32 0, !dbg !1984
  %8 = load ptr, ptr %7, align 8, !dbg !1984
  ret ptr %8, !dbg !1984
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef zeroext i1 @_ZN9__gnu_cxxneIPdSt6vectorIdSaIdEEEEbRKNS_17__normal_iteratorIT_T0_EESA_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) #0 comdat !dbg !1985 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1989, !DIExpression(), !1990)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !1991, !DIExpression(), !1992)
  %5 = load ptr, ptr %3, align 8, !dbg !1993
  %6 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEE4baseEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #12, !dbg !1994
  %7 = load ptr, ptr %6, align 8, !dbg !1994
  %8 = load ptr, ptr %4, align 8, !dbg !1995
  %9 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEE4baseEv(ptr noundef nonnull align 8 dereferenceable(8) %8) #12, !dbg !1996
  %10 = load ptr, ptr %9, align 8, !dbg !1996
  %11 = icmp ne ptr %7, %10, !dbg !1997
  ret i1 %11, !dbg !1998
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #0 comdat align 2 !dbg !1999 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !2000, !DIExpression(), !2002)
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0, !dbg !2003
  %5 = load ptr, ptr %4, align 8, !dbg !2003
  ret ptr %5, !dbg !2004
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEppEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #0 comdat align 2 !dbg !2005 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !2006, !DIExpression(), !2008)
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0, !dbg !2009
  %5 = load ptr, ptr %4, align 8, !dbg !2010
  %6 = getelementptr inbounds double, ptr %5, i32 1, !dbg !2010
  store ptr %6, ptr %4, align 8, !dbg !2010
  ret ptr %3, !dbg !2011
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEC2ERKS1_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) unnamed_addr #0 comdat align 2 !dbg !2012 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !2013, !DIExpression(), !2014)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !2015, !DIExpression(), !2016)
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds %"class.__gnu_cxx::__normal_iterator", ptr %5, i32 0, i32 0, !dbg !2017
  %7 = load ptr, ptr %4, align 8, !dbg !2018
  %8 = load ptr, ptr %7, align 8, !dbg !2018
  store ptr %8, ptr %6, align 8, !dbg !2017
  ret void, !dbg !2019
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEE4baseEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #0 comdat align 2 !dbg !2020 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !2021, !DIExpression(), !2022)
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0, !dbg !2023
  ret ptr %4, !dbg !2024
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define internal noundef double @"_ZZ4mainENK3$_2clEd"(ptr noundef nonnull align 8 dereferenceable(24) %0, double noundef %1) #0 align 2 !dbg !2025 {
  %3 = alloca ptr, align 8
  %4 = alloca double, align 8
  %5 = alloca %struct.Params, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !2030, !DIExpression(), !2031)
  store double %1, ptr %4, align 8
    #dbg_declare(ptr %4, !2032, !DIExpression(), !2033)
  %6 = load ptr, ptr %3, align 8
    #dbg_declare(ptr %5, !2034, !DIExpression(), !2035)
  %7 = getelementptr inbounds %class.anon.1, ptr %6, i32 0, i32 0, !dbg !2036
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 8 %7, i64 24, i1 false), !dbg !2037
  %8 = getelementptr inbounds %struct.Params, ptr %5, i32 0, i32 1, !dbg !2038
  %9 = load double, ptr %8, align 8, !dbg !2038
  %10 = load double, ptr %4, align 8, !dbg !2039
  %11 = fmul double %9, %10, !dbg !2040
  %12 = load double, ptr %4, align 8, !dbg !2041
  %13 = getelementptr inbounds %struct.Params, ptr %5, i32 0, i32 2, !dbg !2042
  %14 = load float, ptr %13, align 8, !dbg !2042
  %15 = fpext float %14 to double, !dbg !2043
  %16 = load double, ptr %4, align 8, !dbg !2044
  %17 = fmul double %15, %16, !dbg !2045
  %18 = call double @llvm.fmuladd.f64(double %11, double %12, double %17), !dbg !2046
  %19 = getelementptr inbounds %struct.Params, ptr %5, i32 0, i32 0, !dbg !2047
  %20 = load i64, ptr %19, align 8, !dbg !2047
  %21 = sitofp i64 %20 to double, !dbg !2048
  %22 = fadd double %18, %21, !dbg !2049
  ret double %22, !dbg !2050
}

attributes #0 = { mustprogress noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
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
!llvm.module.flags = !{!1196, !1197, !1198, !1199, !1200, !1201, !1202}
!llvm.ident = !{!1203}

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
!14 = distinct !DICompileUnit(language: DW_LANG_C_plus_plus_14, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !15, globals: !593, imports: !594, splitDebugInlining: false, nameTableKind: None)
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
!26 = distinct !DICompositeType(tag: DW_TAG_class_type, name: "vector<double, std::allocator<double> >", scope: !21, file: !10, line: 423, size: 192, flags: DIFlagTypePassByReference | DIFlagNonTrivial, elements: !27, templateParams: !591, identifier: "_ZTSSt6vectorIdSaIdEE")
!27 = !{!28, !245, !264, !280, !281, !286, !289, !292, !296, !302, !306, !312, !317, !321, !331, !334, !337, !340, !369, !370, !374, !377, !380, !383, !386, !449, !455, !456, !457, !462, !467, !468, !469, !470, !471, !472, !473, !476, !477, !480, !481, !482, !483, !486, !487, !495, !502, !505, !506, !507, !510, !513, !514, !515, !518, !521, !524, !528, !529, !532, !535, !538, !541, !544, !547, !550, !551, !552, !553, !554, !557, !558, !561, !562, !563, !568, !571, !576, !579, !582, !585, !588}
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
!61 = !DISubprogram(name: "__new_allocator", scope: !58, file: !59, line: 80, type: !62, scopeLine: 80, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!62 = !DISubroutineType(types: !63)
!63 = !{null, !64}
!64 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !58, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!65 = !DISubprogram(name: "__new_allocator", scope: !58, file: !59, line: 83, type: !66, scopeLine: 83, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!66 = !DISubroutineType(types: !67)
!67 = !{null, !64, !68}
!68 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !69, size: 64)
!69 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !58)
!70 = !DISubprogram(name: "~__new_allocator", scope: !58, file: !59, line: 90, type: !62, scopeLine: 90, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
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
!89 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_type", file: !59, line: 60, baseType: !19, flags: DIFlagPublic)
!90 = !DISubprogram(name: "deallocate", linkageName: "_ZNSt15__new_allocatorIdE10deallocateEPdm", scope: !58, file: !59, line: 142, type: !91, scopeLine: 142, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!91 = !DISubroutineType(types: !92)
!92 = !{null, !64, !23, !89}
!93 = !DISubprogram(name: "max_size", linkageName: "_ZNKSt15__new_allocatorIdE8max_sizeEv", scope: !58, file: !59, line: 167, type: !94, scopeLine: 167, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!94 = !DISubroutineType(types: !95)
!95 = !{!89, !75}
!96 = !DISubprogram(name: "_M_max_size", linkageName: "_ZNKSt15__new_allocatorIdE11_M_max_sizeEv", scope: !58, file: !59, line: 210, type: !94, scopeLine: 210, flags: DIFlagPrototyped, spFlags: 0)
!97 = !{!98}
!98 = !DITemplateTypeParameter(name: "_Tp", type: !24)
!99 = !DISubprogram(name: "allocator", scope: !52, file: !53, line: 156, type: !100, scopeLine: 156, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!100 = !DISubroutineType(types: !101)
!101 = !{null, !102}
!102 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !52, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!103 = !DISubprogram(name: "allocator", scope: !52, file: !53, line: 159, type: !104, scopeLine: 159, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!104 = !DISubroutineType(types: !105)
!105 = !{null, !102, !106}
!106 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !107, size: 64)
!107 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !52)
!108 = !DISubprogram(name: "operator=", linkageName: "_ZNSaIdEaSERKS_", scope: !52, file: !53, line: 164, type: !109, scopeLine: 164, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!109 = !DISubroutineType(types: !110)
!110 = !{!111, !102, !106}
!111 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !52, size: 64)
!112 = !DISubprogram(name: "~allocator", scope: !52, file: !53, line: 174, type: !100, scopeLine: 174, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
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
!149 = !DIDerivedType(tag: DW_TAG_typedef, name: "template rebind_alloc<double>", scope: !43, file: !44, line: 450, baseType: !52)
!150 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !32, baseType: !151, extraData: i32 0)
!151 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "_Vector_impl_data", scope: !29, file: !10, line: 92, size: 192, flags: DIFlagTypePassByReference | DIFlagNonTrivial, elements: !152, identifier: "_ZTSNSt12_Vector_baseIdSaIdEE17_Vector_impl_dataE")
!152 = !{!153, !156, !157, !158, !162, !166, !171}
!153 = !DIDerivedType(tag: DW_TAG_member, name: "_M_start", scope: !151, file: !10, line: 94, baseType: !154, size: 64)
!154 = !DIDerivedType(tag: DW_TAG_typedef, name: "pointer", scope: !29, file: !10, line: 90, baseType: !155)
!155 = !DIDerivedType(tag: DW_TAG_typedef, name: "pointer", scope: !39, file: !37, line: 57, baseType: !49)
!156 = !DIDerivedType(tag: DW_TAG_member, name: "_M_finish", scope: !151, file: !10, line: 95, baseType: !154, size: 64, offset: 64)
!157 = !DIDerivedType(tag: DW_TAG_member, name: "_M_end_of_storage", scope: !151, file: !10, line: 96, baseType: !154, size: 64, offset: 128)
!158 = !DISubprogram(name: "_Vector_impl_data", scope: !151, file: !10, line: 99, type: !159, scopeLine: 99, flags: DIFlagPrototyped, spFlags: 0)
!159 = !DISubroutineType(types: !160)
!160 = !{null, !161}
!161 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !151, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!162 = !DISubprogram(name: "_Vector_impl_data", scope: !151, file: !10, line: 105, type: !163, scopeLine: 105, flags: DIFlagPrototyped, spFlags: 0)
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
!175 = !DISubprogram(name: "_Vector_impl", scope: !32, file: !10, line: 137, type: !176, scopeLine: 137, flags: DIFlagPrototyped, spFlags: 0)
!176 = !DISubroutineType(types: !177)
!177 = !{null, !178}
!178 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !32, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!179 = !DISubprogram(name: "_Vector_impl", scope: !32, file: !10, line: 143, type: !180, scopeLine: 143, flags: DIFlagPrototyped, spFlags: 0)
!180 = !DISubroutineType(types: !181)
!181 = !{null, !178, !182}
!182 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !183, size: 64)
!183 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !35)
!184 = !DISubprogram(name: "_Vector_impl", scope: !32, file: !10, line: 151, type: !185, scopeLine: 151, flags: DIFlagPrototyped, spFlags: 0)
!185 = !DISubroutineType(types: !186)
!186 = !{null, !178, !187}
!187 = !DIDerivedType(tag: DW_TAG_rvalue_reference_type, baseType: !32, size: 64)
!188 = !DISubprogram(name: "_Vector_impl", scope: !32, file: !10, line: 156, type: !189, scopeLine: 156, flags: DIFlagPrototyped, spFlags: 0)
!189 = !DISubroutineType(types: !190)
!190 = !{null, !178, !191}
!191 = !DIDerivedType(tag: DW_TAG_rvalue_reference_type, baseType: !35, size: 64)
!192 = !DISubprogram(name: "_Vector_impl", scope: !32, file: !10, line: 161, type: !193, scopeLine: 161, flags: DIFlagPrototyped, spFlags: 0)
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
!209 = !DISubprogram(name: "_Vector_base", scope: !29, file: !10, line: 312, type: !210, scopeLine: 312, flags: DIFlagPrototyped, spFlags: 0)
!210 = !DISubroutineType(types: !211)
!211 = !{null, !199}
!212 = !DISubprogram(name: "_Vector_base", scope: !29, file: !10, line: 318, type: !213, scopeLine: 318, flags: DIFlagPrototyped, spFlags: 0)
!213 = !DISubroutineType(types: !214)
!214 = !{null, !199, !215}
!215 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !216, size: 64)
!216 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !208)
!217 = !DISubprogram(name: "_Vector_base", scope: !29, file: !10, line: 324, type: !218, scopeLine: 324, flags: DIFlagPrototyped, spFlags: 0)
!218 = !DISubroutineType(types: !219)
!219 = !{null, !199, !19}
!220 = !DISubprogram(name: "_Vector_base", scope: !29, file: !10, line: 330, type: !221, scopeLine: 330, flags: DIFlagPrototyped, spFlags: 0)
!221 = !DISubroutineType(types: !222)
!222 = !{null, !199, !19, !215}
!223 = !DISubprogram(name: "_Vector_base", scope: !29, file: !10, line: 335, type: !224, scopeLine: 335, flags: DIFlagPrototyped, spFlags: 0)
!224 = !DISubroutineType(types: !225)
!225 = !{null, !199, !226}
!226 = !DIDerivedType(tag: DW_TAG_rvalue_reference_type, baseType: !29, size: 64)
!227 = !DISubprogram(name: "_Vector_base", scope: !29, file: !10, line: 340, type: !228, scopeLine: 340, flags: DIFlagPrototyped, spFlags: 0)
!228 = !DISubroutineType(types: !229)
!229 = !{null, !199, !191}
!230 = !DISubprogram(name: "_Vector_base", scope: !29, file: !10, line: 344, type: !231, scopeLine: 344, flags: DIFlagPrototyped, spFlags: 0)
!231 = !DISubroutineType(types: !232)
!232 = !{null, !199, !226, !215}
!233 = !DISubprogram(name: "_Vector_base", scope: !29, file: !10, line: 358, type: !234, scopeLine: 358, flags: DIFlagPrototyped, spFlags: 0)
!234 = !DISubroutineType(types: !235)
!235 = !{null, !199, !215, !226}
!236 = !DISubprogram(name: "~_Vector_base", scope: !29, file: !10, line: 364, type: !210, scopeLine: 364, flags: DIFlagPrototyped, spFlags: 0)
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
!292 = !DISubprogram(name: "vector", scope: !26, file: !10, line: 526, type: !293, scopeLine: 526, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!293 = !DISubroutineType(types: !294)
!294 = !{null, !295}
!295 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !26, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!296 = !DISubprogram(name: "vector", scope: !26, file: !10, line: 537, type: !297, scopeLine: 537, flags: DIFlagPublic | DIFlagExplicit | DIFlagPrototyped, spFlags: 0)
!297 = !DISubroutineType(types: !298)
!298 = !{null, !295, !299}
!299 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !300, size: 64)
!300 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !301)
!301 = !DIDerivedType(tag: DW_TAG_typedef, name: "allocator_type", scope: !26, file: !10, line: 460, baseType: !52, flags: DIFlagPublic)
!302 = !DISubprogram(name: "vector", scope: !26, file: !10, line: 551, type: !303, scopeLine: 551, flags: DIFlagPublic | DIFlagExplicit | DIFlagPrototyped, spFlags: 0)
!303 = !DISubroutineType(types: !304)
!304 = !{null, !295, !305, !299}
!305 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_type", file: !10, line: 458, baseType: !19, flags: DIFlagPublic)
!306 = !DISubprogram(name: "vector", scope: !26, file: !10, line: 564, type: !307, scopeLine: 564, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!307 = !DISubroutineType(types: !308)
!308 = !{null, !295, !305, !309, !299}
!309 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !310, size: 64)
!310 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !311)
!311 = !DIDerivedType(tag: DW_TAG_typedef, name: "value_type", scope: !26, file: !10, line: 448, baseType: !24, flags: DIFlagPublic)
!312 = !DISubprogram(name: "vector", scope: !26, file: !10, line: 596, type: !313, scopeLine: 596, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!313 = !DISubroutineType(types: !314)
!314 = !{null, !295, !315}
!315 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !316, size: 64)
!316 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !26)
!317 = !DISubprogram(name: "vector", scope: !26, file: !10, line: 615, type: !318, scopeLine: 615, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!318 = !DISubroutineType(types: !319)
!319 = !{null, !295, !320}
!320 = !DIDerivedType(tag: DW_TAG_rvalue_reference_type, baseType: !26, size: 64)
!321 = !DISubprogram(name: "vector", scope: !26, file: !10, line: 619, type: !322, scopeLine: 619, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!322 = !DISubroutineType(types: !323)
!323 = !{null, !295, !315, !324}
!324 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !325, size: 64)
!325 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !326)
!326 = !DIDerivedType(tag: DW_TAG_typedef, name: "__type_identity_t<allocator_type>", scope: !21, file: !249, line: 128, baseType: !327)
!327 = !DIDerivedType(tag: DW_TAG_typedef, name: "type", scope: !328, file: !249, line: 125, baseType: !52)
!328 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__type_identity<std::allocator<double> >", scope: !21, file: !249, line: 124, size: 8, flags: DIFlagTypePassByValue, elements: !148, templateParams: !329, identifier: "_ZTSSt15__type_identityISaIdEE")
!329 = !{!330}
!330 = !DITemplateTypeParameter(name: "_Type", type: !52)
!331 = !DISubprogram(name: "vector", scope: !26, file: !10, line: 630, type: !332, scopeLine: 630, flags: DIFlagPrototyped, spFlags: 0)
!332 = !DISubroutineType(types: !333)
!333 = !{null, !295, !320, !299, !248}
!334 = !DISubprogram(name: "vector", scope: !26, file: !10, line: 635, type: !335, scopeLine: 635, flags: DIFlagPrototyped, spFlags: 0)
!335 = !DISubroutineType(types: !336)
!336 = !{null, !295, !320, !299, !267}
!337 = !DISubprogram(name: "vector", scope: !26, file: !10, line: 654, type: !338, scopeLine: 654, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!338 = !DISubroutineType(types: !339)
!339 = !{null, !295, !320, !324}
!340 = !DISubprogram(name: "vector", scope: !26, file: !10, line: 673, type: !341, scopeLine: 673, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!341 = !DISubroutineType(types: !342)
!342 = !{null, !295, !343, !299}
!343 = distinct !DICompositeType(tag: DW_TAG_class_type, name: "initializer_list<double>", scope: !21, file: !344, line: 47, size: 128, flags: DIFlagTypePassByValue | DIFlagNonTrivial, elements: !345, templateParams: !367, identifier: "_ZTSSt16initializer_listIdE")
!344 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/initializer_list", directory: "")
!345 = !{!346, !348, !350, !355, !358, !363, !366}
!346 = !DIDerivedType(tag: DW_TAG_member, name: "_M_array", scope: !343, file: !344, line: 58, baseType: !347, size: 64)
!347 = !DIDerivedType(tag: DW_TAG_typedef, name: "iterator", scope: !343, file: !344, line: 54, baseType: !82, flags: DIFlagPublic)
!348 = !DIDerivedType(tag: DW_TAG_member, name: "_M_len", scope: !343, file: !344, line: 59, baseType: !349, size: 64, offset: 64)
!349 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_type", file: !344, line: 53, baseType: !19, flags: DIFlagPublic)
!350 = !DISubprogram(name: "initializer_list", scope: !343, file: !344, line: 62, type: !351, scopeLine: 62, flags: DIFlagPrototyped, spFlags: 0)
!351 = !DISubroutineType(types: !352)
!352 = !{null, !353, !354, !349}
!353 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !343, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!354 = !DIDerivedType(tag: DW_TAG_typedef, name: "const_iterator", scope: !343, file: !344, line: 55, baseType: !82, flags: DIFlagPublic)
!355 = !DISubprogram(name: "initializer_list", scope: !343, file: !344, line: 66, type: !356, scopeLine: 66, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
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
!369 = !DISubprogram(name: "~vector", scope: !26, file: !10, line: 728, type: !293, scopeLine: 728, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
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
!394 = !DISubprogram(name: "__normal_iterator", scope: !390, file: !391, line: 1068, type: !395, scopeLine: 1068, flags: DIFlagPublic | DIFlagPrototyped, spFlags: 0)
!395 = !DISubroutineType(types: !396)
!396 = !{null, !397}
!397 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !390, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!398 = !DISubprogram(name: "__normal_iterator", scope: !390, file: !391, line: 1072, type: !399, scopeLine: 1072, flags: DIFlagPublic | DIFlagExplicit | DIFlagPrototyped, spFlags: 0)
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
!565 = !{!566, !454, !305, !567}
!566 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_type", scope: !26, file: !10, line: 458, baseType: !19, flags: DIFlagPublic)
!567 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!568 = !DISubprogram(name: "_S_check_init_len", linkageName: "_ZNSt6vectorIdSaIdEE17_S_check_init_lenEmRKS0_", scope: !26, file: !10, line: 1902, type: !569, scopeLine: 1902, flags: DIFlagProtected | DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!569 = !DISubroutineType(types: !570)
!570 = !{!566, !305, !299}
!571 = !DISubprogram(name: "_S_max_size", linkageName: "_ZNSt6vectorIdSaIdEE11_S_max_sizeERKS0_", scope: !26, file: !10, line: 1911, type: !572, scopeLine: 1911, flags: DIFlagProtected | DIFlagPrototyped | DIFlagStaticMember, spFlags: 0)
!572 = !DISubroutineType(types: !573)
!573 = !{!566, !574}
!574 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !575, size: 64)
!575 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !25)
!576 = !DISubprogram(name: "_M_erase_at_end", linkageName: "_ZNSt6vectorIdSaIdEE15_M_erase_at_endEPd", scope: !26, file: !10, line: 1928, type: !577, scopeLine: 1928, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!577 = !DISubroutineType(types: !578)
!578 = !{null, !295, !284}
!579 = !DISubprogram(name: "_M_erase", linkageName: "_ZNSt6vectorIdSaIdEE8_M_eraseEN9__gnu_cxx17__normal_iteratorIPdS1_EE", scope: !26, file: !10, line: 1941, type: !580, scopeLine: 1941, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!580 = !DISubroutineType(types: !581)
!581 = !{!389, !295, !389}
!582 = !DISubprogram(name: "_M_erase", linkageName: "_ZNSt6vectorIdSaIdEE8_M_eraseEN9__gnu_cxx17__normal_iteratorIPdS1_EES5_", scope: !26, file: !10, line: 1945, type: !583, scopeLine: 1945, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0)
!583 = !DISubroutineType(types: !584)
!584 = !{!389, !295, !389, !389}
!585 = !DISubprogram(name: "_M_move_assign", linkageName: "_ZNSt6vectorIdSaIdEE14_M_move_assignEOS1_St17integral_constantIbLb1EE", scope: !26, file: !10, line: 1954, type: !586, scopeLine: 1954, flags: DIFlagPrototyped, spFlags: 0)
!586 = !DISubroutineType(types: !587)
!587 = !{null, !295, !320, !248}
!588 = !DISubprogram(name: "_M_move_assign", linkageName: "_ZNSt6vectorIdSaIdEE14_M_move_assignEOS1_St17integral_constantIbLb0EE", scope: !26, file: !10, line: 1966, type: !589, scopeLine: 1966, flags: DIFlagPrototyped, spFlags: 0)
!589 = !DISubroutineType(types: !590)
!590 = !{null, !295, !320, !267}
!591 = !{!98, !592}
!592 = !DITemplateTypeParameter(name: "_Alloc", type: !52, defaulted: true)
!593 = !{!0, !8}
!594 = !{!595, !601, !607, !609, !611, !615, !617, !619, !621, !623, !625, !627, !629, !634, !638, !640, !642, !646, !648, !650, !652, !654, !656, !658, !661, !664, !666, !670, !675, !677, !679, !681, !683, !685, !687, !689, !691, !693, !695, !699, !703, !705, !707, !709, !711, !713, !715, !717, !719, !721, !723, !725, !727, !729, !731, !733, !737, !741, !745, !747, !749, !751, !753, !755, !757, !759, !761, !763, !767, !771, !775, !777, !779, !781, !786, !790, !794, !796, !798, !800, !802, !804, !806, !808, !810, !812, !814, !816, !818, !822, !826, !830, !832, !834, !836, !840, !844, !848, !850, !852, !854, !856, !858, !860, !864, !868, !870, !872, !874, !876, !880, !884, !888, !890, !892, !894, !896, !898, !900, !904, !908, !912, !914, !918, !922, !924, !926, !928, !930, !932, !934, !938, !944, !950, !955, !959, !961, !963, !965, !967, !974, !980, !985, !989, !993, !997, !1004, !1008, !1010, !1014, !1020, !1024, !1029, !1031, !1035, !1039, !1043, !1045, !1047, !1051, !1053, !1057, !1059, !1061, !1065, !1069, !1073, !1077, !1081, !1085, !1087, !1093, !1097, !1101, !1105, !1107, !1109, !1113, !1117, !1118, !1119, !1120, !1121, !1122, !1128, !1132, !1136, !1140, !1144, !1148, !1150, !1152, !1154, !1158, !1162, !1166, !1170, !1174, !1176, !1178, !1180, !1184, !1188, !1192, !1194}
!595 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !596, file: !600, line: 52)
!596 = !DISubprogram(name: "abs", scope: !597, file: !597, line: 861, type: !598, flags: DIFlagPrototyped, spFlags: 0)
!597 = !DIFile(filename: "/usr/include/stdlib.h", directory: "", checksumkind: CSK_MD5, checksum: "4b47dc81a92f1fe77a152c0aac236718")
!598 = !DISubroutineType(types: !599)
!599 = !{!426, !426}
!600 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/std_abs.h", directory: "")
!601 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !602, file: !606, line: 83)
!602 = !DISubprogram(name: "acos", scope: !603, file: !603, line: 53, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!603 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/mathcalls.h", directory: "", checksumkind: CSK_MD5, checksum: "8c6e2d0d2bda65bc5ba1ca02b65383b7")
!604 = !DISubroutineType(types: !605)
!605 = !{!24, !24}
!606 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/cmath", directory: "")
!607 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !608, file: !606, line: 102)
!608 = !DISubprogram(name: "asin", scope: !603, file: !603, line: 55, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!609 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !610, file: !606, line: 121)
!610 = !DISubprogram(name: "atan", scope: !603, file: !603, line: 57, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!611 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !612, file: !606, line: 140)
!612 = !DISubprogram(name: "atan2", scope: !603, file: !603, line: 59, type: !613, flags: DIFlagPrototyped, spFlags: 0)
!613 = !DISubroutineType(types: !614)
!614 = !{!24, !24, !24}
!615 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !616, file: !606, line: 161)
!616 = !DISubprogram(name: "ceil", scope: !603, file: !603, line: 159, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!617 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !618, file: !606, line: 180)
!618 = !DISubprogram(name: "cos", scope: !603, file: !603, line: 62, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!619 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !620, file: !606, line: 199)
!620 = !DISubprogram(name: "cosh", scope: !603, file: !603, line: 71, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!621 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !622, file: !606, line: 218)
!622 = !DISubprogram(name: "exp", scope: !603, file: !603, line: 95, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!623 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !624, file: !606, line: 237)
!624 = !DISubprogram(name: "fabs", scope: !603, file: !603, line: 162, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!625 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !626, file: !606, line: 256)
!626 = !DISubprogram(name: "floor", scope: !603, file: !603, line: 165, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!627 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !628, file: !606, line: 275)
!628 = !DISubprogram(name: "fmod", scope: !603, file: !603, line: 168, type: !613, flags: DIFlagPrototyped, spFlags: 0)
!629 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !630, file: !606, line: 296)
!630 = !DISubprogram(name: "frexp", scope: !603, file: !603, line: 98, type: !631, flags: DIFlagPrototyped, spFlags: 0)
!631 = !DISubroutineType(types: !632)
!632 = !{!24, !24, !633}
!633 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !426, size: 64)
!634 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !635, file: !606, line: 315)
!635 = !DISubprogram(name: "ldexp", scope: !603, file: !603, line: 101, type: !636, flags: DIFlagPrototyped, spFlags: 0)
!636 = !DISubroutineType(types: !637)
!637 = !{!24, !24, !426}
!638 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !639, file: !606, line: 334)
!639 = !DISubprogram(name: "log", scope: !603, file: !603, line: 104, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!640 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !641, file: !606, line: 353)
!641 = !DISubprogram(name: "log10", scope: !603, file: !603, line: 107, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!642 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !643, file: !606, line: 372)
!643 = !DISubprogram(name: "modf", scope: !603, file: !603, line: 110, type: !644, flags: DIFlagPrototyped, spFlags: 0)
!644 = !DISubroutineType(types: !645)
!645 = !{!24, !24, !23}
!646 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !647, file: !606, line: 384)
!647 = !DISubprogram(name: "pow", scope: !603, file: !603, line: 140, type: !613, flags: DIFlagPrototyped, spFlags: 0)
!648 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !649, file: !606, line: 421)
!649 = !DISubprogram(name: "sin", scope: !603, file: !603, line: 64, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!650 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !651, file: !606, line: 440)
!651 = !DISubprogram(name: "sinh", scope: !603, file: !603, line: 73, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!652 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !653, file: !606, line: 459)
!653 = !DISubprogram(name: "sqrt", scope: !603, file: !603, line: 143, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!654 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !655, file: !606, line: 478)
!655 = !DISubprogram(name: "tan", scope: !603, file: !603, line: 66, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!656 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !657, file: !606, line: 497)
!657 = !DISubprogram(name: "tanh", scope: !603, file: !603, line: 75, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!658 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !659, file: !606, line: 1065)
!659 = !DIDerivedType(tag: DW_TAG_typedef, name: "double_t", file: !660, line: 164, baseType: !24)
!660 = !DIFile(filename: "/usr/include/math.h", directory: "", checksumkind: CSK_MD5, checksum: "6109561044b2929616a1559ec58c6c55")
!661 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !662, file: !606, line: 1066)
!662 = !DIDerivedType(tag: DW_TAG_typedef, name: "float_t", file: !660, line: 163, baseType: !663)
!663 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!664 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !665, file: !606, line: 1069)
!665 = !DISubprogram(name: "acosh", scope: !603, file: !603, line: 85, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!666 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !667, file: !606, line: 1070)
!667 = !DISubprogram(name: "acoshf", scope: !603, file: !603, line: 85, type: !668, flags: DIFlagPrototyped, spFlags: 0)
!668 = !DISubroutineType(types: !669)
!669 = !{!663, !663}
!670 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !671, file: !606, line: 1071)
!671 = !DISubprogram(name: "acoshl", scope: !603, file: !603, line: 85, type: !672, flags: DIFlagPrototyped, spFlags: 0)
!672 = !DISubroutineType(types: !673)
!673 = !{!674, !674}
!674 = !DIBasicType(name: "long double", size: 128, encoding: DW_ATE_float)
!675 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !676, file: !606, line: 1073)
!676 = !DISubprogram(name: "asinh", scope: !603, file: !603, line: 87, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!677 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !678, file: !606, line: 1074)
!678 = !DISubprogram(name: "asinhf", scope: !603, file: !603, line: 87, type: !668, flags: DIFlagPrototyped, spFlags: 0)
!679 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !680, file: !606, line: 1075)
!680 = !DISubprogram(name: "asinhl", scope: !603, file: !603, line: 87, type: !672, flags: DIFlagPrototyped, spFlags: 0)
!681 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !682, file: !606, line: 1077)
!682 = !DISubprogram(name: "atanh", scope: !603, file: !603, line: 89, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!683 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !684, file: !606, line: 1078)
!684 = !DISubprogram(name: "atanhf", scope: !603, file: !603, line: 89, type: !668, flags: DIFlagPrototyped, spFlags: 0)
!685 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !686, file: !606, line: 1079)
!686 = !DISubprogram(name: "atanhl", scope: !603, file: !603, line: 89, type: !672, flags: DIFlagPrototyped, spFlags: 0)
!687 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !688, file: !606, line: 1081)
!688 = !DISubprogram(name: "cbrt", scope: !603, file: !603, line: 152, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!689 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !690, file: !606, line: 1082)
!690 = !DISubprogram(name: "cbrtf", scope: !603, file: !603, line: 152, type: !668, flags: DIFlagPrototyped, spFlags: 0)
!691 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !692, file: !606, line: 1083)
!692 = !DISubprogram(name: "cbrtl", scope: !603, file: !603, line: 152, type: !672, flags: DIFlagPrototyped, spFlags: 0)
!693 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !694, file: !606, line: 1085)
!694 = !DISubprogram(name: "copysign", scope: !603, file: !603, line: 198, type: !613, flags: DIFlagPrototyped, spFlags: 0)
!695 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !696, file: !606, line: 1086)
!696 = !DISubprogram(name: "copysignf", scope: !603, file: !603, line: 198, type: !697, flags: DIFlagPrototyped, spFlags: 0)
!697 = !DISubroutineType(types: !698)
!698 = !{!663, !663, !663}
!699 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !700, file: !606, line: 1087)
!700 = !DISubprogram(name: "copysignl", scope: !603, file: !603, line: 198, type: !701, flags: DIFlagPrototyped, spFlags: 0)
!701 = !DISubroutineType(types: !702)
!702 = !{!674, !674, !674}
!703 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !704, file: !606, line: 1089)
!704 = !DISubprogram(name: "erf", scope: !603, file: !603, line: 231, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!705 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !706, file: !606, line: 1090)
!706 = !DISubprogram(name: "erff", scope: !603, file: !603, line: 231, type: !668, flags: DIFlagPrototyped, spFlags: 0)
!707 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !708, file: !606, line: 1091)
!708 = !DISubprogram(name: "erfl", scope: !603, file: !603, line: 231, type: !672, flags: DIFlagPrototyped, spFlags: 0)
!709 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !710, file: !606, line: 1093)
!710 = !DISubprogram(name: "erfc", scope: !603, file: !603, line: 232, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!711 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !712, file: !606, line: 1094)
!712 = !DISubprogram(name: "erfcf", scope: !603, file: !603, line: 232, type: !668, flags: DIFlagPrototyped, spFlags: 0)
!713 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !714, file: !606, line: 1095)
!714 = !DISubprogram(name: "erfcl", scope: !603, file: !603, line: 232, type: !672, flags: DIFlagPrototyped, spFlags: 0)
!715 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !716, file: !606, line: 1097)
!716 = !DISubprogram(name: "exp2", scope: !603, file: !603, line: 130, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!717 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !718, file: !606, line: 1098)
!718 = !DISubprogram(name: "exp2f", scope: !603, file: !603, line: 130, type: !668, flags: DIFlagPrototyped, spFlags: 0)
!719 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !720, file: !606, line: 1099)
!720 = !DISubprogram(name: "exp2l", scope: !603, file: !603, line: 130, type: !672, flags: DIFlagPrototyped, spFlags: 0)
!721 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !722, file: !606, line: 1101)
!722 = !DISubprogram(name: "expm1", scope: !603, file: !603, line: 119, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!723 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !724, file: !606, line: 1102)
!724 = !DISubprogram(name: "expm1f", scope: !603, file: !603, line: 119, type: !668, flags: DIFlagPrototyped, spFlags: 0)
!725 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !726, file: !606, line: 1103)
!726 = !DISubprogram(name: "expm1l", scope: !603, file: !603, line: 119, type: !672, flags: DIFlagPrototyped, spFlags: 0)
!727 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !728, file: !606, line: 1105)
!728 = !DISubprogram(name: "fdim", scope: !603, file: !603, line: 329, type: !613, flags: DIFlagPrototyped, spFlags: 0)
!729 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !730, file: !606, line: 1106)
!730 = !DISubprogram(name: "fdimf", scope: !603, file: !603, line: 329, type: !697, flags: DIFlagPrototyped, spFlags: 0)
!731 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !732, file: !606, line: 1107)
!732 = !DISubprogram(name: "fdiml", scope: !603, file: !603, line: 329, type: !701, flags: DIFlagPrototyped, spFlags: 0)
!733 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !734, file: !606, line: 1109)
!734 = !DISubprogram(name: "fma", scope: !603, file: !603, line: 340, type: !735, flags: DIFlagPrototyped, spFlags: 0)
!735 = !DISubroutineType(types: !736)
!736 = !{!24, !24, !24, !24}
!737 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !738, file: !606, line: 1110)
!738 = !DISubprogram(name: "fmaf", scope: !603, file: !603, line: 340, type: !739, flags: DIFlagPrototyped, spFlags: 0)
!739 = !DISubroutineType(types: !740)
!740 = !{!663, !663, !663, !663}
!741 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !742, file: !606, line: 1111)
!742 = !DISubprogram(name: "fmal", scope: !603, file: !603, line: 340, type: !743, flags: DIFlagPrototyped, spFlags: 0)
!743 = !DISubroutineType(types: !744)
!744 = !{!674, !674, !674, !674}
!745 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !746, file: !606, line: 1113)
!746 = !DISubprogram(name: "fmax", scope: !603, file: !603, line: 333, type: !613, flags: DIFlagPrototyped, spFlags: 0)
!747 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !748, file: !606, line: 1114)
!748 = !DISubprogram(name: "fmaxf", scope: !603, file: !603, line: 333, type: !697, flags: DIFlagPrototyped, spFlags: 0)
!749 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !750, file: !606, line: 1115)
!750 = !DISubprogram(name: "fmaxl", scope: !603, file: !603, line: 333, type: !701, flags: DIFlagPrototyped, spFlags: 0)
!751 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !752, file: !606, line: 1117)
!752 = !DISubprogram(name: "fmin", scope: !603, file: !603, line: 336, type: !613, flags: DIFlagPrototyped, spFlags: 0)
!753 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !754, file: !606, line: 1118)
!754 = !DISubprogram(name: "fminf", scope: !603, file: !603, line: 336, type: !697, flags: DIFlagPrototyped, spFlags: 0)
!755 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !756, file: !606, line: 1119)
!756 = !DISubprogram(name: "fminl", scope: !603, file: !603, line: 336, type: !701, flags: DIFlagPrototyped, spFlags: 0)
!757 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !758, file: !606, line: 1121)
!758 = !DISubprogram(name: "hypot", scope: !603, file: !603, line: 147, type: !613, flags: DIFlagPrototyped, spFlags: 0)
!759 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !760, file: !606, line: 1122)
!760 = !DISubprogram(name: "hypotf", scope: !603, file: !603, line: 147, type: !697, flags: DIFlagPrototyped, spFlags: 0)
!761 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !762, file: !606, line: 1123)
!762 = !DISubprogram(name: "hypotl", scope: !603, file: !603, line: 147, type: !701, flags: DIFlagPrototyped, spFlags: 0)
!763 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !764, file: !606, line: 1125)
!764 = !DISubprogram(name: "ilogb", scope: !603, file: !603, line: 283, type: !765, flags: DIFlagPrototyped, spFlags: 0)
!765 = !DISubroutineType(types: !766)
!766 = !{!426, !24}
!767 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !768, file: !606, line: 1126)
!768 = !DISubprogram(name: "ilogbf", scope: !603, file: !603, line: 283, type: !769, flags: DIFlagPrototyped, spFlags: 0)
!769 = !DISubroutineType(types: !770)
!770 = !{!426, !663}
!771 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !772, file: !606, line: 1127)
!772 = !DISubprogram(name: "ilogbl", scope: !603, file: !603, line: 283, type: !773, flags: DIFlagPrototyped, spFlags: 0)
!773 = !DISubroutineType(types: !774)
!774 = !{!426, !674}
!775 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !776, file: !606, line: 1129)
!776 = !DISubprogram(name: "lgamma", scope: !603, file: !603, line: 233, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!777 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !778, file: !606, line: 1130)
!778 = !DISubprogram(name: "lgammaf", scope: !603, file: !603, line: 233, type: !668, flags: DIFlagPrototyped, spFlags: 0)
!779 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !780, file: !606, line: 1131)
!780 = !DISubprogram(name: "lgammal", scope: !603, file: !603, line: 233, type: !672, flags: DIFlagPrototyped, spFlags: 0)
!781 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !782, file: !606, line: 1134)
!782 = !DISubprogram(name: "llrint", scope: !603, file: !603, line: 319, type: !783, flags: DIFlagPrototyped, spFlags: 0)
!783 = !DISubroutineType(types: !784)
!784 = !{!785, !24}
!785 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!786 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !787, file: !606, line: 1135)
!787 = !DISubprogram(name: "llrintf", scope: !603, file: !603, line: 319, type: !788, flags: DIFlagPrototyped, spFlags: 0)
!788 = !DISubroutineType(types: !789)
!789 = !{!785, !663}
!790 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !791, file: !606, line: 1136)
!791 = !DISubprogram(name: "llrintl", scope: !603, file: !603, line: 319, type: !792, flags: DIFlagPrototyped, spFlags: 0)
!792 = !DISubroutineType(types: !793)
!793 = !{!785, !674}
!794 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !795, file: !606, line: 1138)
!795 = !DISubprogram(name: "llround", scope: !603, file: !603, line: 325, type: !783, flags: DIFlagPrototyped, spFlags: 0)
!796 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !797, file: !606, line: 1139)
!797 = !DISubprogram(name: "llroundf", scope: !603, file: !603, line: 325, type: !788, flags: DIFlagPrototyped, spFlags: 0)
!798 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !799, file: !606, line: 1140)
!799 = !DISubprogram(name: "llroundl", scope: !603, file: !603, line: 325, type: !792, flags: DIFlagPrototyped, spFlags: 0)
!800 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !801, file: !606, line: 1143)
!801 = !DISubprogram(name: "log1p", scope: !603, file: !603, line: 122, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!802 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !803, file: !606, line: 1144)
!803 = !DISubprogram(name: "log1pf", scope: !603, file: !603, line: 122, type: !668, flags: DIFlagPrototyped, spFlags: 0)
!804 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !805, file: !606, line: 1145)
!805 = !DISubprogram(name: "log1pl", scope: !603, file: !603, line: 122, type: !672, flags: DIFlagPrototyped, spFlags: 0)
!806 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !807, file: !606, line: 1147)
!807 = !DISubprogram(name: "log2", scope: !603, file: !603, line: 133, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!808 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !809, file: !606, line: 1148)
!809 = !DISubprogram(name: "log2f", scope: !603, file: !603, line: 133, type: !668, flags: DIFlagPrototyped, spFlags: 0)
!810 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !811, file: !606, line: 1149)
!811 = !DISubprogram(name: "log2l", scope: !603, file: !603, line: 133, type: !672, flags: DIFlagPrototyped, spFlags: 0)
!812 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !813, file: !606, line: 1151)
!813 = !DISubprogram(name: "logb", scope: !603, file: !603, line: 125, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!814 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !815, file: !606, line: 1152)
!815 = !DISubprogram(name: "logbf", scope: !603, file: !603, line: 125, type: !668, flags: DIFlagPrototyped, spFlags: 0)
!816 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !817, file: !606, line: 1153)
!817 = !DISubprogram(name: "logbl", scope: !603, file: !603, line: 125, type: !672, flags: DIFlagPrototyped, spFlags: 0)
!818 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !819, file: !606, line: 1155)
!819 = !DISubprogram(name: "lrint", scope: !603, file: !603, line: 317, type: !820, flags: DIFlagPrototyped, spFlags: 0)
!820 = !DISubroutineType(types: !821)
!821 = !{!435, !24}
!822 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !823, file: !606, line: 1156)
!823 = !DISubprogram(name: "lrintf", scope: !603, file: !603, line: 317, type: !824, flags: DIFlagPrototyped, spFlags: 0)
!824 = !DISubroutineType(types: !825)
!825 = !{!435, !663}
!826 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !827, file: !606, line: 1157)
!827 = !DISubprogram(name: "lrintl", scope: !603, file: !603, line: 317, type: !828, flags: DIFlagPrototyped, spFlags: 0)
!828 = !DISubroutineType(types: !829)
!829 = !{!435, !674}
!830 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !831, file: !606, line: 1159)
!831 = !DISubprogram(name: "lround", scope: !603, file: !603, line: 323, type: !820, flags: DIFlagPrototyped, spFlags: 0)
!832 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !833, file: !606, line: 1160)
!833 = !DISubprogram(name: "lroundf", scope: !603, file: !603, line: 323, type: !824, flags: DIFlagPrototyped, spFlags: 0)
!834 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !835, file: !606, line: 1161)
!835 = !DISubprogram(name: "lroundl", scope: !603, file: !603, line: 323, type: !828, flags: DIFlagPrototyped, spFlags: 0)
!836 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !837, file: !606, line: 1163)
!837 = !DISubprogram(name: "nan", scope: !603, file: !603, line: 203, type: !838, flags: DIFlagPrototyped, spFlags: 0)
!838 = !DISubroutineType(types: !839)
!839 = !{!24, !567}
!840 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !841, file: !606, line: 1164)
!841 = !DISubprogram(name: "nanf", scope: !603, file: !603, line: 203, type: !842, flags: DIFlagPrototyped, spFlags: 0)
!842 = !DISubroutineType(types: !843)
!843 = !{!663, !567}
!844 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !845, file: !606, line: 1165)
!845 = !DISubprogram(name: "nanl", scope: !603, file: !603, line: 203, type: !846, flags: DIFlagPrototyped, spFlags: 0)
!846 = !DISubroutineType(types: !847)
!847 = !{!674, !567}
!848 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !849, file: !606, line: 1167)
!849 = !DISubprogram(name: "nearbyint", scope: !603, file: !603, line: 297, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!850 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !851, file: !606, line: 1168)
!851 = !DISubprogram(name: "nearbyintf", scope: !603, file: !603, line: 297, type: !668, flags: DIFlagPrototyped, spFlags: 0)
!852 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !853, file: !606, line: 1169)
!853 = !DISubprogram(name: "nearbyintl", scope: !603, file: !603, line: 297, type: !672, flags: DIFlagPrototyped, spFlags: 0)
!854 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !855, file: !606, line: 1171)
!855 = !DISubprogram(name: "nextafter", scope: !603, file: !603, line: 262, type: !613, flags: DIFlagPrototyped, spFlags: 0)
!856 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !857, file: !606, line: 1172)
!857 = !DISubprogram(name: "nextafterf", scope: !603, file: !603, line: 262, type: !697, flags: DIFlagPrototyped, spFlags: 0)
!858 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !859, file: !606, line: 1173)
!859 = !DISubprogram(name: "nextafterl", scope: !603, file: !603, line: 262, type: !701, flags: DIFlagPrototyped, spFlags: 0)
!860 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !861, file: !606, line: 1175)
!861 = !DISubprogram(name: "nexttoward", scope: !603, file: !603, line: 264, type: !862, flags: DIFlagPrototyped, spFlags: 0)
!862 = !DISubroutineType(types: !863)
!863 = !{!24, !24, !674}
!864 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !865, file: !606, line: 1176)
!865 = !DISubprogram(name: "nexttowardf", scope: !603, file: !603, line: 264, type: !866, flags: DIFlagPrototyped, spFlags: 0)
!866 = !DISubroutineType(types: !867)
!867 = !{!663, !663, !674}
!868 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !869, file: !606, line: 1177)
!869 = !DISubprogram(name: "nexttowardl", scope: !603, file: !603, line: 264, type: !701, flags: DIFlagPrototyped, spFlags: 0)
!870 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !871, file: !606, line: 1179)
!871 = !DISubprogram(name: "remainder", scope: !603, file: !603, line: 275, type: !613, flags: DIFlagPrototyped, spFlags: 0)
!872 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !873, file: !606, line: 1180)
!873 = !DISubprogram(name: "remainderf", scope: !603, file: !603, line: 275, type: !697, flags: DIFlagPrototyped, spFlags: 0)
!874 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !875, file: !606, line: 1181)
!875 = !DISubprogram(name: "remainderl", scope: !603, file: !603, line: 275, type: !701, flags: DIFlagPrototyped, spFlags: 0)
!876 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !877, file: !606, line: 1183)
!877 = !DISubprogram(name: "remquo", scope: !603, file: !603, line: 310, type: !878, flags: DIFlagPrototyped, spFlags: 0)
!878 = !DISubroutineType(types: !879)
!879 = !{!24, !24, !24, !633}
!880 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !881, file: !606, line: 1184)
!881 = !DISubprogram(name: "remquof", scope: !603, file: !603, line: 310, type: !882, flags: DIFlagPrototyped, spFlags: 0)
!882 = !DISubroutineType(types: !883)
!883 = !{!663, !663, !663, !633}
!884 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !885, file: !606, line: 1185)
!885 = !DISubprogram(name: "remquol", scope: !603, file: !603, line: 310, type: !886, flags: DIFlagPrototyped, spFlags: 0)
!886 = !DISubroutineType(types: !887)
!887 = !{!674, !674, !674, !633}
!888 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !889, file: !606, line: 1187)
!889 = !DISubprogram(name: "rint", scope: !603, file: !603, line: 259, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!890 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !891, file: !606, line: 1188)
!891 = !DISubprogram(name: "rintf", scope: !603, file: !603, line: 259, type: !668, flags: DIFlagPrototyped, spFlags: 0)
!892 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !893, file: !606, line: 1189)
!893 = !DISubprogram(name: "rintl", scope: !603, file: !603, line: 259, type: !672, flags: DIFlagPrototyped, spFlags: 0)
!894 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !895, file: !606, line: 1191)
!895 = !DISubprogram(name: "round", scope: !603, file: !603, line: 301, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!896 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !897, file: !606, line: 1192)
!897 = !DISubprogram(name: "roundf", scope: !603, file: !603, line: 301, type: !668, flags: DIFlagPrototyped, spFlags: 0)
!898 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !899, file: !606, line: 1193)
!899 = !DISubprogram(name: "roundl", scope: !603, file: !603, line: 301, type: !672, flags: DIFlagPrototyped, spFlags: 0)
!900 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !901, file: !606, line: 1195)
!901 = !DISubprogram(name: "scalbln", scope: !603, file: !603, line: 293, type: !902, flags: DIFlagPrototyped, spFlags: 0)
!902 = !DISubroutineType(types: !903)
!903 = !{!24, !24, !435}
!904 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !905, file: !606, line: 1196)
!905 = !DISubprogram(name: "scalblnf", scope: !603, file: !603, line: 293, type: !906, flags: DIFlagPrototyped, spFlags: 0)
!906 = !DISubroutineType(types: !907)
!907 = !{!663, !663, !435}
!908 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !909, file: !606, line: 1197)
!909 = !DISubprogram(name: "scalblnl", scope: !603, file: !603, line: 293, type: !910, flags: DIFlagPrototyped, spFlags: 0)
!910 = !DISubroutineType(types: !911)
!911 = !{!674, !674, !435}
!912 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !913, file: !606, line: 1199)
!913 = !DISubprogram(name: "scalbn", scope: !603, file: !603, line: 279, type: !636, flags: DIFlagPrototyped, spFlags: 0)
!914 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !915, file: !606, line: 1200)
!915 = !DISubprogram(name: "scalbnf", scope: !603, file: !603, line: 279, type: !916, flags: DIFlagPrototyped, spFlags: 0)
!916 = !DISubroutineType(types: !917)
!917 = !{!663, !663, !426}
!918 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !919, file: !606, line: 1201)
!919 = !DISubprogram(name: "scalbnl", scope: !603, file: !603, line: 279, type: !920, flags: DIFlagPrototyped, spFlags: 0)
!920 = !DISubroutineType(types: !921)
!921 = !{!674, !674, !426}
!922 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !923, file: !606, line: 1203)
!923 = !DISubprogram(name: "tgamma", scope: !603, file: !603, line: 238, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!924 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !925, file: !606, line: 1204)
!925 = !DISubprogram(name: "tgammaf", scope: !603, file: !603, line: 238, type: !668, flags: DIFlagPrototyped, spFlags: 0)
!926 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !927, file: !606, line: 1205)
!927 = !DISubprogram(name: "tgammal", scope: !603, file: !603, line: 238, type: !672, flags: DIFlagPrototyped, spFlags: 0)
!928 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !929, file: !606, line: 1207)
!929 = !DISubprogram(name: "trunc", scope: !603, file: !603, line: 305, type: !604, flags: DIFlagPrototyped, spFlags: 0)
!930 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !931, file: !606, line: 1208)
!931 = !DISubprogram(name: "truncf", scope: !603, file: !603, line: 305, type: !668, flags: DIFlagPrototyped, spFlags: 0)
!932 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !933, file: !606, line: 1209)
!933 = !DISubprogram(name: "truncl", scope: !603, file: !603, line: 305, type: !672, flags: DIFlagPrototyped, spFlags: 0)
!934 = !DIImportedEntity(tag: DW_TAG_imported_module, scope: !935, entity: !936, file: !937, line: 58)
!935 = !DINamespace(name: "__gnu_debug", scope: null)
!936 = !DINamespace(name: "__debug", scope: !21)
!937 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/debug/debug.h", directory: "", checksumkind: CSK_MD5, checksum: "09fce61e0085ea92b4bd81d6cd4dcc16")
!938 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !939, file: !943, line: 98)
!939 = !DIDerivedType(tag: DW_TAG_typedef, name: "FILE", file: !940, line: 7, baseType: !941)
!940 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "571f9fb6223c42439075fdde11a0de5d")
!941 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_FILE", file: !942, line: 49, size: 1728, flags: DIFlagFwdDecl, identifier: "_ZTS8_IO_FILE")
!942 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "1bad07471b7974df4ecc1d1c2ca207e6")
!943 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/cstdio", directory: "")
!944 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !945, file: !943, line: 99)
!945 = !DIDerivedType(tag: DW_TAG_typedef, name: "fpos_t", file: !946, line: 84, baseType: !947)
!946 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!947 = !DIDerivedType(tag: DW_TAG_typedef, name: "__fpos_t", file: !948, line: 14, baseType: !949)
!948 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/__fpos_t.h", directory: "", checksumkind: CSK_MD5, checksum: "32de8bdaf3551a6c0a9394f9af4389ce")
!949 = !DICompositeType(tag: DW_TAG_structure_type, name: "_G_fpos_t", file: !948, line: 10, size: 128, flags: DIFlagFwdDecl, identifier: "_ZTS9_G_fpos_t")
!950 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !951, file: !943, line: 101)
!951 = !DISubprogram(name: "clearerr", scope: !946, file: !946, line: 786, type: !952, flags: DIFlagPrototyped, spFlags: 0)
!952 = !DISubroutineType(types: !953)
!953 = !{null, !954}
!954 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !939, size: 64)
!955 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !956, file: !943, line: 102)
!956 = !DISubprogram(name: "fclose", scope: !946, file: !946, line: 178, type: !957, flags: DIFlagPrototyped, spFlags: 0)
!957 = !DISubroutineType(types: !958)
!958 = !{!426, !954}
!959 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !960, file: !943, line: 103)
!960 = !DISubprogram(name: "feof", scope: !946, file: !946, line: 788, type: !957, flags: DIFlagPrototyped, spFlags: 0)
!961 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !962, file: !943, line: 104)
!962 = !DISubprogram(name: "ferror", scope: !946, file: !946, line: 790, type: !957, flags: DIFlagPrototyped, spFlags: 0)
!963 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !964, file: !943, line: 105)
!964 = !DISubprogram(name: "fflush", scope: !946, file: !946, line: 230, type: !957, flags: DIFlagPrototyped, spFlags: 0)
!965 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !966, file: !943, line: 106)
!966 = !DISubprogram(name: "fgetc", scope: !946, file: !946, line: 513, type: !957, flags: DIFlagPrototyped, spFlags: 0)
!967 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !968, file: !943, line: 107)
!968 = !DISubprogram(name: "fgetpos", scope: !946, file: !946, line: 760, type: !969, flags: DIFlagPrototyped, spFlags: 0)
!969 = !DISubroutineType(types: !970)
!970 = !{!426, !971, !972}
!971 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !954)
!972 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !973)
!973 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !945, size: 64)
!974 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !975, file: !943, line: 108)
!975 = !DISubprogram(name: "fgets", scope: !946, file: !946, line: 592, type: !976, flags: DIFlagPrototyped, spFlags: 0)
!976 = !DISubroutineType(types: !977)
!977 = !{!978, !979, !426, !971}
!978 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !5, size: 64)
!979 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !978)
!980 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !981, file: !943, line: 109)
!981 = !DISubprogram(name: "fopen", scope: !946, file: !946, line: 258, type: !982, flags: DIFlagPrototyped, spFlags: 0)
!982 = !DISubroutineType(types: !983)
!983 = !{!954, !984, !984}
!984 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !567)
!985 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !986, file: !943, line: 110)
!986 = !DISubprogram(name: "fprintf", scope: !946, file: !946, line: 350, type: !987, flags: DIFlagPrototyped, spFlags: 0)
!987 = !DISubroutineType(types: !988)
!988 = !{!426, !971, !984, null}
!989 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !990, file: !943, line: 111)
!990 = !DISubprogram(name: "fputc", scope: !946, file: !946, line: 549, type: !991, flags: DIFlagPrototyped, spFlags: 0)
!991 = !DISubroutineType(types: !992)
!992 = !{!426, !426, !954}
!993 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !994, file: !943, line: 112)
!994 = !DISubprogram(name: "fputs", scope: !946, file: !946, line: 655, type: !995, flags: DIFlagPrototyped, spFlags: 0)
!995 = !DISubroutineType(types: !996)
!996 = !{!426, !984, !971}
!997 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !998, file: !943, line: 113)
!998 = !DISubprogram(name: "fread", scope: !946, file: !946, line: 675, type: !999, flags: DIFlagPrototyped, spFlags: 0)
!999 = !DISubroutineType(types: !1000)
!1000 = !{!1001, !1003, !1001, !1001, !971}
!1001 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !1002, line: 18, baseType: !22)
!1002 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!1003 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !16)
!1004 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1005, file: !943, line: 114)
!1005 = !DISubprogram(name: "freopen", scope: !946, file: !946, line: 265, type: !1006, flags: DIFlagPrototyped, spFlags: 0)
!1006 = !DISubroutineType(types: !1007)
!1007 = !{!954, !984, !984, !971}
!1008 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1009, file: !943, line: 115)
!1009 = !DISubprogram(name: "fscanf", linkageName: "__isoc99_fscanf", scope: !946, file: !946, line: 434, type: !987, flags: DIFlagPrototyped, spFlags: 0)
!1010 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1011, file: !943, line: 116)
!1011 = !DISubprogram(name: "fseek", scope: !946, file: !946, line: 713, type: !1012, flags: DIFlagPrototyped, spFlags: 0)
!1012 = !DISubroutineType(types: !1013)
!1013 = !{!426, !954, !435, !426}
!1014 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1015, file: !943, line: 117)
!1015 = !DISubprogram(name: "fsetpos", scope: !946, file: !946, line: 765, type: !1016, flags: DIFlagPrototyped, spFlags: 0)
!1016 = !DISubroutineType(types: !1017)
!1017 = !{!426, !954, !1018}
!1018 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1019, size: 64)
!1019 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !945)
!1020 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1021, file: !943, line: 118)
!1021 = !DISubprogram(name: "ftell", scope: !946, file: !946, line: 718, type: !1022, flags: DIFlagPrototyped, spFlags: 0)
!1022 = !DISubroutineType(types: !1023)
!1023 = !{!435, !954}
!1024 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1025, file: !943, line: 119)
!1025 = !DISubprogram(name: "fwrite", scope: !946, file: !946, line: 681, type: !1026, flags: DIFlagPrototyped, spFlags: 0)
!1026 = !DISubroutineType(types: !1027)
!1027 = !{!1001, !1028, !1001, !1001, !971}
!1028 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !17)
!1029 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1030, file: !943, line: 120)
!1030 = !DISubprogram(name: "getc", scope: !946, file: !946, line: 514, type: !957, flags: DIFlagPrototyped, spFlags: 0)
!1031 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1032, file: !943, line: 121)
!1032 = !DISubprogram(name: "getchar", scope: !946, file: !946, line: 520, type: !1033, flags: DIFlagPrototyped, spFlags: 0)
!1033 = !DISubroutineType(types: !1034)
!1034 = !{!426}
!1035 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1036, file: !943, line: 126)
!1036 = !DISubprogram(name: "perror", scope: !946, file: !946, line: 804, type: !1037, flags: DIFlagPrototyped, spFlags: 0)
!1037 = !DISubroutineType(types: !1038)
!1038 = !{null, !567}
!1039 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1040, file: !943, line: 127)
!1040 = !DISubprogram(name: "printf", scope: !946, file: !946, line: 356, type: !1041, flags: DIFlagPrototyped, spFlags: 0)
!1041 = !DISubroutineType(types: !1042)
!1042 = !{!426, !984, null}
!1043 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1044, file: !943, line: 128)
!1044 = !DISubprogram(name: "putc", scope: !946, file: !946, line: 550, type: !991, flags: DIFlagPrototyped, spFlags: 0)
!1045 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1046, file: !943, line: 129)
!1046 = !DISubprogram(name: "putchar", scope: !946, file: !946, line: 556, type: !598, flags: DIFlagPrototyped, spFlags: 0)
!1047 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1048, file: !943, line: 130)
!1048 = !DISubprogram(name: "puts", scope: !946, file: !946, line: 661, type: !1049, flags: DIFlagPrototyped, spFlags: 0)
!1049 = !DISubroutineType(types: !1050)
!1050 = !{!426, !567}
!1051 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1052, file: !943, line: 131)
!1052 = !DISubprogram(name: "remove", scope: !946, file: !946, line: 152, type: !1049, flags: DIFlagPrototyped, spFlags: 0)
!1053 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1054, file: !943, line: 132)
!1054 = !DISubprogram(name: "rename", scope: !946, file: !946, line: 154, type: !1055, flags: DIFlagPrototyped, spFlags: 0)
!1055 = !DISubroutineType(types: !1056)
!1056 = !{!426, !567, !567}
!1057 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1058, file: !943, line: 133)
!1058 = !DISubprogram(name: "rewind", scope: !946, file: !946, line: 723, type: !952, flags: DIFlagPrototyped, spFlags: 0)
!1059 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1060, file: !943, line: 134)
!1060 = !DISubprogram(name: "scanf", linkageName: "__isoc99_scanf", scope: !946, file: !946, line: 437, type: !1041, flags: DIFlagPrototyped, spFlags: 0)
!1061 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1062, file: !943, line: 135)
!1062 = !DISubprogram(name: "setbuf", scope: !946, file: !946, line: 328, type: !1063, flags: DIFlagPrototyped, spFlags: 0)
!1063 = !DISubroutineType(types: !1064)
!1064 = !{null, !971, !979}
!1065 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1066, file: !943, line: 136)
!1066 = !DISubprogram(name: "setvbuf", scope: !946, file: !946, line: 332, type: !1067, flags: DIFlagPrototyped, spFlags: 0)
!1067 = !DISubroutineType(types: !1068)
!1068 = !{!426, !971, !979, !426, !1001}
!1069 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1070, file: !943, line: 137)
!1070 = !DISubprogram(name: "sprintf", scope: !946, file: !946, line: 358, type: !1071, flags: DIFlagPrototyped, spFlags: 0)
!1071 = !DISubroutineType(types: !1072)
!1072 = !{!426, !979, !984, null}
!1073 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1074, file: !943, line: 138)
!1074 = !DISubprogram(name: "sscanf", linkageName: "__isoc99_sscanf", scope: !946, file: !946, line: 439, type: !1075, flags: DIFlagPrototyped, spFlags: 0)
!1075 = !DISubroutineType(types: !1076)
!1076 = !{!426, !984, !984, null}
!1077 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1078, file: !943, line: 139)
!1078 = !DISubprogram(name: "tmpfile", scope: !946, file: !946, line: 188, type: !1079, flags: DIFlagPrototyped, spFlags: 0)
!1079 = !DISubroutineType(types: !1080)
!1080 = !{!954}
!1081 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1082, file: !943, line: 141)
!1082 = !DISubprogram(name: "tmpnam", scope: !946, file: !946, line: 205, type: !1083, flags: DIFlagPrototyped, spFlags: 0)
!1083 = !DISubroutineType(types: !1084)
!1084 = !{!978, !978}
!1085 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1086, file: !943, line: 143)
!1086 = !DISubprogram(name: "ungetc", scope: !946, file: !946, line: 668, type: !991, flags: DIFlagPrototyped, spFlags: 0)
!1087 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1088, file: !943, line: 144)
!1088 = !DISubprogram(name: "vfprintf", scope: !946, file: !946, line: 365, type: !1089, flags: DIFlagPrototyped, spFlags: 0)
!1089 = !DISubroutineType(types: !1090)
!1090 = !{!426, !971, !984, !1091}
!1091 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1092, size: 64)
!1092 = !DICompositeType(tag: DW_TAG_structure_type, name: "__va_list_tag", file: !2, size: 192, flags: DIFlagFwdDecl, identifier: "_ZTS13__va_list_tag")
!1093 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1094, file: !943, line: 145)
!1094 = !DISubprogram(name: "vprintf", scope: !946, file: !946, line: 371, type: !1095, flags: DIFlagPrototyped, spFlags: 0)
!1095 = !DISubroutineType(types: !1096)
!1096 = !{!426, !984, !1091}
!1097 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1098, file: !943, line: 146)
!1098 = !DISubprogram(name: "vsprintf", scope: !946, file: !946, line: 373, type: !1099, flags: DIFlagPrototyped, spFlags: 0)
!1099 = !DISubroutineType(types: !1100)
!1100 = !{!426, !979, !984, !1091}
!1101 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !40, entity: !1102, file: !943, line: 175)
!1102 = !DISubprogram(name: "snprintf", scope: !946, file: !946, line: 378, type: !1103, flags: DIFlagPrototyped, spFlags: 0)
!1103 = !DISubroutineType(types: !1104)
!1104 = !{!426, !979, !1001, !984, null}
!1105 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !40, entity: !1106, file: !943, line: 176)
!1106 = !DISubprogram(name: "vfscanf", linkageName: "__isoc99_vfscanf", scope: !946, file: !946, line: 479, type: !1089, flags: DIFlagPrototyped, spFlags: 0)
!1107 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !40, entity: !1108, file: !943, line: 177)
!1108 = !DISubprogram(name: "vscanf", linkageName: "__isoc99_vscanf", scope: !946, file: !946, line: 484, type: !1095, flags: DIFlagPrototyped, spFlags: 0)
!1109 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !40, entity: !1110, file: !943, line: 178)
!1110 = !DISubprogram(name: "vsnprintf", scope: !946, file: !946, line: 382, type: !1111, flags: DIFlagPrototyped, spFlags: 0)
!1111 = !DISubroutineType(types: !1112)
!1112 = !{!426, !979, !1001, !984, !1091}
!1113 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !40, entity: !1114, file: !943, line: 179)
!1114 = !DISubprogram(name: "vsscanf", linkageName: "__isoc99_vsscanf", scope: !946, file: !946, line: 487, type: !1115, flags: DIFlagPrototyped, spFlags: 0)
!1115 = !DISubroutineType(types: !1116)
!1116 = !{!426, !984, !984, !1091}
!1117 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1102, file: !943, line: 185)
!1118 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1106, file: !943, line: 186)
!1119 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1108, file: !943, line: 187)
!1120 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1110, file: !943, line: 188)
!1121 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1114, file: !943, line: 189)
!1122 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1123, file: !1127, line: 77)
!1123 = !DISubprogram(name: "memchr", scope: !1124, file: !1124, line: 89, type: !1125, flags: DIFlagPrototyped, spFlags: 0)
!1124 = !DIFile(filename: "/usr/include/string.h", directory: "", checksumkind: CSK_MD5, checksum: "0ee11a08692643b86154f96759d0f7fa")
!1125 = !DISubroutineType(types: !1126)
!1126 = !{!17, !17, !426, !1001}
!1127 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/cstring", directory: "")
!1128 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1129, file: !1127, line: 78)
!1129 = !DISubprogram(name: "memcmp", scope: !1124, file: !1124, line: 64, type: !1130, flags: DIFlagPrototyped, spFlags: 0)
!1130 = !DISubroutineType(types: !1131)
!1131 = !{!426, !17, !17, !1001}
!1132 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1133, file: !1127, line: 79)
!1133 = !DISubprogram(name: "memcpy", scope: !1124, file: !1124, line: 43, type: !1134, flags: DIFlagPrototyped, spFlags: 0)
!1134 = !DISubroutineType(types: !1135)
!1135 = !{!16, !1003, !1028, !1001}
!1136 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1137, file: !1127, line: 80)
!1137 = !DISubprogram(name: "memmove", scope: !1124, file: !1124, line: 47, type: !1138, flags: DIFlagPrototyped, spFlags: 0)
!1138 = !DISubroutineType(types: !1139)
!1139 = !{!16, !16, !17, !1001}
!1140 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1141, file: !1127, line: 81)
!1141 = !DISubprogram(name: "memset", scope: !1124, file: !1124, line: 61, type: !1142, flags: DIFlagPrototyped, spFlags: 0)
!1142 = !DISubroutineType(types: !1143)
!1143 = !{!16, !16, !426, !1001}
!1144 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1145, file: !1127, line: 82)
!1145 = !DISubprogram(name: "strcat", scope: !1124, file: !1124, line: 149, type: !1146, flags: DIFlagPrototyped, spFlags: 0)
!1146 = !DISubroutineType(types: !1147)
!1147 = !{!978, !979, !984}
!1148 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1149, file: !1127, line: 83)
!1149 = !DISubprogram(name: "strcmp", scope: !1124, file: !1124, line: 156, type: !1055, flags: DIFlagPrototyped, spFlags: 0)
!1150 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1151, file: !1127, line: 84)
!1151 = !DISubprogram(name: "strcoll", scope: !1124, file: !1124, line: 163, type: !1055, flags: DIFlagPrototyped, spFlags: 0)
!1152 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1153, file: !1127, line: 85)
!1153 = !DISubprogram(name: "strcpy", scope: !1124, file: !1124, line: 141, type: !1146, flags: DIFlagPrototyped, spFlags: 0)
!1154 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1155, file: !1127, line: 86)
!1155 = !DISubprogram(name: "strcspn", scope: !1124, file: !1124, line: 293, type: !1156, flags: DIFlagPrototyped, spFlags: 0)
!1156 = !DISubroutineType(types: !1157)
!1157 = !{!1001, !567, !567}
!1158 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1159, file: !1127, line: 87)
!1159 = !DISubprogram(name: "strerror", scope: !1124, file: !1124, line: 419, type: !1160, flags: DIFlagPrototyped, spFlags: 0)
!1160 = !DISubroutineType(types: !1161)
!1161 = !{!978, !426}
!1162 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1163, file: !1127, line: 88)
!1163 = !DISubprogram(name: "strlen", scope: !1124, file: !1124, line: 407, type: !1164, flags: DIFlagPrototyped, spFlags: 0)
!1164 = !DISubroutineType(types: !1165)
!1165 = !{!1001, !567}
!1166 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1167, file: !1127, line: 89)
!1167 = !DISubprogram(name: "strncat", scope: !1124, file: !1124, line: 152, type: !1168, flags: DIFlagPrototyped, spFlags: 0)
!1168 = !DISubroutineType(types: !1169)
!1169 = !{!978, !979, !984, !1001}
!1170 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1171, file: !1127, line: 90)
!1171 = !DISubprogram(name: "strncmp", scope: !1124, file: !1124, line: 159, type: !1172, flags: DIFlagPrototyped, spFlags: 0)
!1172 = !DISubroutineType(types: !1173)
!1173 = !{!426, !567, !567, !1001}
!1174 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1175, file: !1127, line: 91)
!1175 = !DISubprogram(name: "strncpy", scope: !1124, file: !1124, line: 144, type: !1168, flags: DIFlagPrototyped, spFlags: 0)
!1176 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1177, file: !1127, line: 92)
!1177 = !DISubprogram(name: "strspn", scope: !1124, file: !1124, line: 297, type: !1156, flags: DIFlagPrototyped, spFlags: 0)
!1178 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1179, file: !1127, line: 93)
!1179 = !DISubprogram(name: "strtok", scope: !1124, file: !1124, line: 356, type: !1146, flags: DIFlagPrototyped, spFlags: 0)
!1180 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1181, file: !1127, line: 94)
!1181 = !DISubprogram(name: "strxfrm", scope: !1124, file: !1124, line: 166, type: !1182, flags: DIFlagPrototyped, spFlags: 0)
!1182 = !DISubroutineType(types: !1183)
!1183 = !{!1001, !979, !984, !1001}
!1184 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1185, file: !1127, line: 95)
!1185 = !DISubprogram(name: "strchr", scope: !1124, file: !1124, line: 228, type: !1186, flags: DIFlagPrototyped, spFlags: 0)
!1186 = !DISubroutineType(types: !1187)
!1187 = !{!567, !567, !426}
!1188 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1189, file: !1127, line: 96)
!1189 = !DISubprogram(name: "strpbrk", scope: !1124, file: !1124, line: 305, type: !1190, flags: DIFlagPrototyped, spFlags: 0)
!1190 = !DISubroutineType(types: !1191)
!1191 = !{!567, !567, !567}
!1192 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1193, file: !1127, line: 97)
!1193 = !DISubprogram(name: "strrchr", scope: !1124, file: !1124, line: 255, type: !1186, flags: DIFlagPrototyped, spFlags: 0)
!1194 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !21, entity: !1195, file: !1127, line: 98)
!1195 = !DISubprogram(name: "strstr", scope: !1124, file: !1124, line: 332, type: !1190, flags: DIFlagPrototyped, spFlags: 0)
!1196 = !{i32 7, !"Dwarf Version", i32 5}
!1197 = !{i32 2, !"Debug Info Version", i32 3}
!1198 = !{i32 1, !"wchar_size", i32 4}
!1199 = !{i32 8, !"PIC Level", i32 2}
!1200 = !{i32 7, !"PIE Level", i32 2}
!1201 = !{i32 7, !"uwtable", i32 2}
!1202 = !{i32 7, !"frame-pointer", i32 2}
!1203 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!1204 = distinct !DISubprogram(name: "poly", linkageName: "_Z4polyd", scope: !2, file: !2, line: 23, type: !604, scopeLine: 23, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, retainedNodes: !148)
!1205 = !DILocalVariable(name: "x", arg: 1, scope: !1204, file: !2, line: 23, type: !24)
!1206 = !DILocation(line: 23, column: 20, scope: !1204)
!1207 = !DILocation(line: 23, column: 36, scope: !1204)
!1208 = !DILocation(line: 23, column: 34, scope: !1204)
!1209 = !DILocation(line: 23, column: 40, scope: !1204)
!1210 = !DILocation(line: 23, column: 38, scope: !1204)
!1211 = !DILocation(line: 23, column: 44, scope: !1204)
!1212 = !DILocation(line: 23, column: 52, scope: !1204)
!1213 = !DILocation(line: 23, column: 50, scope: !1204)
!1214 = !DILocation(line: 23, column: 46, scope: !1204)
!1215 = !DILocation(line: 23, column: 54, scope: !1204)
!1216 = !DILocation(line: 23, column: 25, scope: !1204)
!1217 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 25, type: !1033, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, retainedNodes: !148)
!1218 = !DILocalVariable(name: "x", scope: !1217, file: !2, line: 26, type: !24)
!1219 = !DILocation(line: 26, column: 10, scope: !1217)
!1220 = !DILocalVariable(name: "sq", scope: !1217, file: !2, line: 29, type: !1221)
!1221 = distinct !DICompositeType(tag: DW_TAG_class_type, scope: !1217, file: !2, line: 29, size: 8, flags: DIFlagTypePassByValue | DIFlagNonTrivial, elements: !148)
!1222 = !DILocation(line: 29, column: 8, scope: !1217)
!1223 = !DILocalVariable(name: "sqp", scope: !1217, file: !2, line: 30, type: !1224)
!1224 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !604, size: 64)
!1225 = !DILocation(line: 30, column: 12, scope: !1217)
!1226 = !DILocation(line: 30, column: 27, scope: !1217)
!1227 = !DILocalVariable(name: "d1", scope: !1217, file: !2, line: 31, type: !24)
!1228 = !DILocation(line: 31, column: 10, scope: !1217)
!1229 = !DILocation(line: 31, column: 41, scope: !1217)
!1230 = !DILocation(line: 31, column: 46, scope: !1217)
!1231 = !DILocation(line: 31, column: 58, scope: !1217)
!1232 = !DILocation(line: 31, column: 15, scope: !1217)
!1233 = !DILocalVariable(name: "k", scope: !1217, file: !2, line: 34, type: !24)
!1234 = !DILocation(line: 34, column: 10, scope: !1217)
!1235 = !DILocalVariable(name: "coef", scope: !1217, file: !2, line: 35, type: !26)
!1236 = !DILocation(line: 35, column: 23, scope: !1217)
!1237 = !DILocation(line: 35, column: 30, scope: !1217)
!1238 = !DILocalVariable(name: "l", scope: !1217, file: !2, line: 36, type: !1239)
!1239 = distinct !DICompositeType(tag: DW_TAG_class_type, scope: !1217, file: !2, line: 36, size: 128, flags: DIFlagTypePassByValue | DIFlagNonTrivial, elements: !1240)
!1240 = !{!1241, !1242}
!1241 = !DIDerivedType(tag: DW_TAG_member, name: "k", scope: !1239, file: !2, line: 36, baseType: !24, size: 64)
!1242 = !DIDerivedType(tag: DW_TAG_member, name: "coef", scope: !1239, file: !2, line: 36, baseType: !373, size: 64, offset: 64)
!1243 = !DILocation(line: 36, column: 8, scope: !1217)
!1244 = !DILocation(line: 36, column: 12, scope: !1217)
!1245 = !DILocation(line: 36, column: 13, scope: !1217)
!1246 = !DILocalVariable(name: "d2", scope: !1217, file: !2, line: 41, type: !24)
!1247 = !DILocation(line: 41, column: 10, scope: !1217)
!1248 = !DILocation(line: 41, column: 62, scope: !1217)
!1249 = !DILocation(line: 41, column: 80, scope: !1217)
!1250 = !DILocation(line: 41, column: 92, scope: !1217)
!1251 = !DILocation(line: 41, column: 15, scope: !1217)
!1252 = !DILocalVariable(name: "prm", scope: !1217, file: !2, line: 44, type: !1253)
!1253 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Params", file: !2, line: 16, size: 192, flags: DIFlagTypePassByValue, elements: !1254, identifier: "_ZTS6Params")
!1254 = !{!1255, !1256, !1257, !1258}
!1255 = !DIDerivedType(tag: DW_TAG_member, name: "n", scope: !1253, file: !2, line: 17, baseType: !435, size: 64)
!1256 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !1253, file: !2, line: 18, baseType: !24, size: 64, offset: 64)
!1257 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !1253, file: !2, line: 19, baseType: !663, size: 32, offset: 128)
!1258 = !DIDerivedType(tag: DW_TAG_member, name: "tag", scope: !1253, file: !2, line: 20, baseType: !426, size: 32, offset: 160)
!1259 = !DILocation(line: 44, column: 10, scope: !1217)
!1260 = !DILocalVariable(name: "l2", scope: !1217, file: !2, line: 45, type: !1261)
!1261 = distinct !DICompositeType(tag: DW_TAG_class_type, scope: !1217, file: !2, line: 45, size: 192, flags: DIFlagTypePassByValue | DIFlagNonTrivial, elements: !1262)
!1262 = !{!1263}
!1263 = !DIDerivedType(tag: DW_TAG_member, name: "prm", scope: !1261, file: !2, line: 45, baseType: !1253, size: 192)
!1264 = !DILocation(line: 45, column: 8, scope: !1217)
!1265 = !DILocation(line: 45, column: 13, scope: !1217)
!1266 = !DILocation(line: 45, column: 14, scope: !1217)
!1267 = !DILocalVariable(name: "dl2", scope: !1217, file: !2, line: 50, type: !1261)
!1268 = !DILocation(line: 50, column: 16, scope: !1217)
!1269 = !DILocation(line: 50, column: 22, scope: !1217)
!1270 = !DILocation(line: 51, column: 3, scope: !1217)
!1271 = !DILocalVariable(name: "d3", scope: !1217, file: !2, line: 52, type: !24)
!1272 = !DILocation(line: 52, column: 10, scope: !1217)
!1273 = !DILocation(line: 52, column: 63, scope: !1217)
!1274 = !DILocation(line: 52, column: 86, scope: !1217)
!1275 = !DILocation(line: 52, column: 98, scope: !1217)
!1276 = !DILocation(line: 52, column: 15, scope: !1217)
!1277 = !DILocalVariable(name: "d4", scope: !1217, file: !2, line: 54, type: !24)
!1278 = !DILocation(line: 54, column: 10, scope: !1217)
!1279 = !DILocation(line: 54, column: 46, scope: !1217)
!1280 = !DILocation(line: 54, column: 58, scope: !1217)
!1281 = !DILocation(line: 54, column: 15, scope: !1217)
!1282 = !DILocation(line: 56, column: 32, scope: !1217)
!1283 = !DILocation(line: 56, column: 36, scope: !1217)
!1284 = !DILocation(line: 56, column: 40, scope: !1217)
!1285 = !DILocation(line: 56, column: 44, scope: !1217)
!1286 = !DILocation(line: 56, column: 3, scope: !1217)
!1287 = !DILocation(line: 57, column: 3, scope: !1217)
!1288 = !DILocation(line: 58, column: 1, scope: !1217)
!1289 = distinct !DISubprogram(name: "operator double (*)(double)", linkageName: "_ZZ4mainENK3$_0cvPFddEEv", scope: !1221, file: !2, line: 29, type: !1290, scopeLine: 29, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !14, declaration: !1294, retainedNodes: !148)
!1290 = !DISubroutineType(types: !1291)
!1291 = !{!1224, !1292}
!1292 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1293, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!1293 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !1221)
!1294 = !DISubprogram(name: "operator double (*)(double)", scope: !1221, type: !1290, flags: DIFlagPublic | DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagLocalToUnit)
!1295 = !DILocalVariable(name: "this", arg: 1, scope: !1289, type: !1296, flags: DIFlagArtificial | DIFlagObjectPointer)
!1296 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1293, size: 64)
!1297 = !DILocation(line: 0, scope: !1289)
!1298 = !DILocation(line: 29, column: 13, scope: !1289)
!1299 = distinct !DISubprogram(name: "allocator", linkageName: "_ZNSaIdEC2Ev", scope: !52, file: !53, line: 156, type: !100, scopeLine: 156, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !99, retainedNodes: !148)
!1300 = !DILocalVariable(name: "this", arg: 1, scope: !1299, type: !1301, flags: DIFlagArtificial | DIFlagObjectPointer)
!1301 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !52, size: 64)
!1302 = !DILocation(line: 0, scope: !1299)
!1303 = !DILocation(line: 156, column: 7, scope: !1299)
!1304 = !DILocation(line: 156, column: 38, scope: !1299)
!1305 = distinct !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC2ESt16initializer_listIdERKS0_", scope: !26, file: !10, line: 673, type: !341, scopeLine: 676, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !340, retainedNodes: !148)
!1306 = !DILocalVariable(name: "this", arg: 1, scope: !1305, type: !1307, flags: DIFlagArtificial | DIFlagObjectPointer)
!1307 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !26, size: 64)
!1308 = !DILocation(line: 0, scope: !1305)
!1309 = !DILocalVariable(name: "__l", arg: 2, scope: !1305, file: !10, line: 673, type: !343)
!1310 = !DILocation(line: 673, column: 43, scope: !1305)
!1311 = !DILocalVariable(name: "__a", arg: 3, scope: !1305, file: !10, line: 674, type: !299)
!1312 = !DILocation(line: 674, column: 29, scope: !1305)
!1313 = !DILocation(line: 675, column: 15, scope: !1305)
!1314 = !DILocation(line: 675, column: 9, scope: !1305)
!1315 = !DILocation(line: 677, column: 26, scope: !1316)
!1316 = distinct !DILexicalBlock(scope: !1305, file: !10, line: 676, column: 7)
!1317 = !DILocation(line: 677, column: 39, scope: !1316)
!1318 = !DILocation(line: 677, column: 2, scope: !1316)
!1319 = !DILocation(line: 679, column: 7, scope: !1305)
!1320 = !DILocation(line: 679, column: 7, scope: !1316)
!1321 = distinct !DISubprogram(name: "~allocator", linkageName: "_ZNSaIdED2Ev", scope: !52, file: !53, line: 174, type: !100, scopeLine: 174, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !112, retainedNodes: !148)
!1322 = !DILocalVariable(name: "this", arg: 1, scope: !1321, type: !1301, flags: DIFlagArtificial | DIFlagObjectPointer)
!1323 = !DILocation(line: 0, scope: !1321)
!1324 = !DILocation(line: 174, column: 39, scope: !1325)
!1325 = distinct !DILexicalBlock(scope: !1321, file: !53, line: 174, column: 37)
!1326 = !DILocation(line: 174, column: 39, scope: !1321)
!1327 = distinct !DISubprogram(name: "tramp<(lambda at src/enzyme_cpp.cpp:36:12)>", linkageName: "_Z5trampIZ4mainE3$_1EdPKT_d", scope: !2, file: !2, line: 14, type: !1328, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !14, templateParams: !1332, retainedNodes: !148)
!1328 = !DISubroutineType(types: !1329)
!1329 = !{!24, !1330, !24}
!1330 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1331, size: 64)
!1331 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !1239)
!1332 = !{!1333}
!1333 = !DITemplateTypeParameter(name: "F", type: !1239)
!1334 = !DILocalVariable(name: "f", arg: 1, scope: !1327, file: !2, line: 14, type: !1330)
!1335 = !DILocation(line: 14, column: 42, scope: !1327)
!1336 = !DILocalVariable(name: "x", arg: 2, scope: !1327, file: !2, line: 14, type: !24)
!1337 = !DILocation(line: 14, column: 52, scope: !1327)
!1338 = !DILocation(line: 14, column: 66, scope: !1327)
!1339 = !DILocation(line: 14, column: 69, scope: !1327)
!1340 = !DILocation(line: 14, column: 64, scope: !1327)
!1341 = !DILocation(line: 14, column: 57, scope: !1327)
!1342 = distinct !DISubprogram(name: "tramp<(lambda at src/enzyme_cpp.cpp:45:13)>", linkageName: "_Z5trampIZ4mainE3$_2EdPKT_d", scope: !2, file: !2, line: 14, type: !1343, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !14, templateParams: !1347, retainedNodes: !148)
!1343 = !DISubroutineType(types: !1344)
!1344 = !{!24, !1345, !24}
!1345 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1346, size: 64)
!1346 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !1261)
!1347 = !{!1348}
!1348 = !DITemplateTypeParameter(name: "F", type: !1261)
!1349 = !DILocalVariable(name: "f", arg: 1, scope: !1342, file: !2, line: 14, type: !1345)
!1350 = !DILocation(line: 14, column: 42, scope: !1342)
!1351 = !DILocalVariable(name: "x", arg: 2, scope: !1342, file: !2, line: 14, type: !24)
!1352 = !DILocation(line: 14, column: 52, scope: !1342)
!1353 = !DILocation(line: 14, column: 66, scope: !1342)
!1354 = !DILocation(line: 14, column: 69, scope: !1342)
!1355 = !DILocation(line: 14, column: 64, scope: !1342)
!1356 = !DILocation(line: 14, column: 57, scope: !1342)
!1357 = distinct !DISubprogram(name: "~vector", linkageName: "_ZNSt6vectorIdSaIdEED2Ev", scope: !26, file: !10, line: 728, type: !293, scopeLine: 729, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !369, retainedNodes: !148)
!1358 = !DILocalVariable(name: "this", arg: 1, scope: !1357, type: !1307, flags: DIFlagArtificial | DIFlagObjectPointer)
!1359 = !DILocation(line: 0, scope: !1357)
!1360 = !DILocation(line: 730, column: 22, scope: !1361)
!1361 = distinct !DILexicalBlock(scope: !1357, file: !10, line: 729, column: 7)
!1362 = !DILocation(line: 730, column: 30, scope: !1361)
!1363 = !DILocation(line: 730, column: 46, scope: !1361)
!1364 = !DILocation(line: 730, column: 54, scope: !1361)
!1365 = !DILocation(line: 731, column: 9, scope: !1361)
!1366 = !DILocation(line: 730, column: 2, scope: !1361)
!1367 = !DILocation(line: 733, column: 7, scope: !1361)
!1368 = !DILocation(line: 733, column: 7, scope: !1357)
!1369 = distinct !DISubprogram(name: "__invoke", linkageName: "_ZZ4mainEN3$_08__invokeEd", scope: !1221, file: !2, line: 29, type: !604, scopeLine: 29, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !14, declaration: !1370, retainedNodes: !148)
!1370 = !DISubprogram(name: "__invoke", scope: !1221, type: !604, flags: DIFlagArtificial | DIFlagPrototyped | DIFlagStaticMember, spFlags: DISPFlagLocalToUnit)
!1371 = !DILocalVariable(name: "y", arg: 1, scope: !1369, type: !24)
!1372 = !DILocation(line: 0, scope: !1369)
!1373 = !DILocation(line: 29, column: 13, scope: !1369)
!1374 = distinct !DISubprogram(name: "operator()", linkageName: "_ZZ4mainENK3$_0clEd", scope: !1221, file: !2, line: 29, type: !1375, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !14, declaration: !1377, retainedNodes: !148)
!1375 = !DISubroutineType(types: !1376)
!1376 = !{!24, !1292, !24}
!1377 = !DISubprogram(name: "operator()", scope: !1221, file: !2, line: 29, type: !1375, scopeLine: 29, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagLocalToUnit)
!1378 = !DILocalVariable(name: "this", arg: 1, scope: !1374, type: !1296, flags: DIFlagArtificial | DIFlagObjectPointer)
!1379 = !DILocation(line: 0, scope: !1374)
!1380 = !DILocalVariable(name: "y", arg: 2, scope: !1374, file: !2, line: 29, type: !24)
!1381 = !DILocation(line: 29, column: 23, scope: !1374)
!1382 = !DILocation(line: 29, column: 44, scope: !1374)
!1383 = !DILocation(line: 29, column: 35, scope: !1374)
!1384 = !DILocation(line: 29, column: 49, scope: !1374)
!1385 = !DILocation(line: 29, column: 47, scope: !1374)
!1386 = !DILocation(line: 29, column: 28, scope: !1374)
!1387 = distinct !DISubprogram(name: "__new_allocator", linkageName: "_ZNSt15__new_allocatorIdEC2Ev", scope: !58, file: !59, line: 80, type: !62, scopeLine: 80, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !61, retainedNodes: !148)
!1388 = !DILocalVariable(name: "this", arg: 1, scope: !1387, type: !1389, flags: DIFlagArtificial | DIFlagObjectPointer)
!1389 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !58, size: 64)
!1390 = !DILocation(line: 0, scope: !1387)
!1391 = !DILocation(line: 80, column: 49, scope: !1387)
!1392 = distinct !DISubprogram(name: "~__new_allocator", linkageName: "_ZNSt15__new_allocatorIdED2Ev", scope: !58, file: !59, line: 90, type: !62, scopeLine: 90, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !70, retainedNodes: !148)
!1393 = !DILocalVariable(name: "this", arg: 1, scope: !1392, type: !1389, flags: DIFlagArtificial | DIFlagObjectPointer)
!1394 = !DILocation(line: 0, scope: !1392)
!1395 = !DILocation(line: 90, column: 50, scope: !1392)
!1396 = distinct !DISubprogram(name: "_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEEC2ERKS0_", scope: !29, file: !10, line: 318, type: !213, scopeLine: 319, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !212, retainedNodes: !148)
!1397 = !DILocalVariable(name: "this", arg: 1, scope: !1396, type: !1398, flags: DIFlagArtificial | DIFlagObjectPointer)
!1398 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !29, size: 64)
!1399 = !DILocation(line: 0, scope: !1396)
!1400 = !DILocalVariable(name: "__a", arg: 2, scope: !1396, file: !10, line: 318, type: !215)
!1401 = !DILocation(line: 318, column: 42, scope: !1396)
!1402 = !DILocation(line: 319, column: 9, scope: !1396)
!1403 = !DILocation(line: 319, column: 17, scope: !1396)
!1404 = !DILocation(line: 319, column: 24, scope: !1396)
!1405 = distinct !DISubprogram(name: "_M_range_initialize<const double *>", linkageName: "_ZNSt6vectorIdSaIdEE19_M_range_initializeIPKdEEvT_S5_St20forward_iterator_tag", scope: !26, file: !10, line: 1682, type: !1406, scopeLine: 1684, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1413, declaration: !1412, retainedNodes: !148)
!1406 = !DISubroutineType(types: !1407)
!1407 = !{null, !295, !82, !82, !1408}
!1408 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "forward_iterator_tag", scope: !21, file: !408, line: 99, size: 8, flags: DIFlagTypePassByValue, elements: !1409, identifier: "_ZTSSt20forward_iterator_tag")
!1409 = !{!1410}
!1410 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !1408, baseType: !1411, extraData: i32 0)
!1411 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "input_iterator_tag", scope: !21, file: !408, line: 93, size: 8, flags: DIFlagTypePassByValue, elements: !148, identifier: "_ZTSSt18input_iterator_tag")
!1412 = !DISubprogram(name: "_M_range_initialize<const double *>", linkageName: "_ZNSt6vectorIdSaIdEE19_M_range_initializeIPKdEEvT_S5_St20forward_iterator_tag", scope: !26, file: !10, line: 1682, type: !1406, scopeLine: 1682, flags: DIFlagProtected | DIFlagPrototyped, spFlags: 0, templateParams: !1413)
!1413 = !{!1414}
!1414 = !DITemplateTypeParameter(name: "_ForwardIterator", type: !82)
!1415 = !DILocalVariable(name: "this", arg: 1, scope: !1405, type: !1307, flags: DIFlagArtificial | DIFlagObjectPointer)
!1416 = !DILocation(line: 0, scope: !1405)
!1417 = !DILocalVariable(name: "__first", arg: 2, scope: !1405, file: !10, line: 1682, type: !82)
!1418 = !DILocation(line: 1682, column: 39, scope: !1405)
!1419 = !DILocalVariable(name: "__last", arg: 3, scope: !1405, file: !10, line: 1682, type: !82)
!1420 = !DILocation(line: 1682, column: 65, scope: !1405)
!1421 = !DILocalVariable(arg: 4, scope: !1405, file: !10, line: 1683, type: !1408)
!1422 = !DILocation(line: 1683, column: 33, scope: !1405)
!1423 = !DILocalVariable(name: "__n", scope: !1405, file: !10, line: 1685, type: !1424)
!1424 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !305)
!1425 = !DILocation(line: 1685, column: 20, scope: !1405)
!1426 = !DILocation(line: 1685, column: 40, scope: !1405)
!1427 = !DILocation(line: 1685, column: 49, scope: !1405)
!1428 = !DILocation(line: 1685, column: 26, scope: !1405)
!1429 = !DILocation(line: 1687, column: 44, scope: !1405)
!1430 = !DILocation(line: 1687, column: 49, scope: !1405)
!1431 = !DILocation(line: 1687, column: 26, scope: !1405)
!1432 = !DILocation(line: 1687, column: 14, scope: !1405)
!1433 = !DILocation(line: 1686, column: 10, scope: !1405)
!1434 = !DILocation(line: 1686, column: 18, scope: !1405)
!1435 = !DILocation(line: 1687, column: 6, scope: !1405)
!1436 = !DILocation(line: 1688, column: 44, scope: !1405)
!1437 = !DILocation(line: 1688, column: 52, scope: !1405)
!1438 = !DILocation(line: 1688, column: 63, scope: !1405)
!1439 = !DILocation(line: 1688, column: 61, scope: !1405)
!1440 = !DILocation(line: 1688, column: 10, scope: !1405)
!1441 = !DILocation(line: 1688, column: 18, scope: !1405)
!1442 = !DILocation(line: 1688, column: 36, scope: !1405)
!1443 = !DILocation(line: 1690, column: 34, scope: !1405)
!1444 = !DILocation(line: 1690, column: 43, scope: !1405)
!1445 = !DILocation(line: 1691, column: 12, scope: !1405)
!1446 = !DILocation(line: 1691, column: 20, scope: !1405)
!1447 = !DILocation(line: 1692, column: 6, scope: !1405)
!1448 = !DILocation(line: 1690, column: 6, scope: !1405)
!1449 = !DILocation(line: 1689, column: 10, scope: !1405)
!1450 = !DILocation(line: 1689, column: 18, scope: !1405)
!1451 = !DILocation(line: 1689, column: 28, scope: !1405)
!1452 = !DILocation(line: 1693, column: 2, scope: !1405)
!1453 = distinct !DISubprogram(name: "begin", linkageName: "_ZNKSt16initializer_listIdE5beginEv", scope: !343, file: !344, line: 75, type: !364, scopeLine: 75, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !363, retainedNodes: !148)
!1454 = !DILocalVariable(name: "this", arg: 1, scope: !1453, type: !1455, flags: DIFlagArtificial | DIFlagObjectPointer)
!1455 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !362, size: 64)
!1456 = !DILocation(line: 0, scope: !1453)
!1457 = !DILocation(line: 75, column: 39, scope: !1453)
!1458 = !DILocation(line: 75, column: 32, scope: !1453)
!1459 = distinct !DISubprogram(name: "end", linkageName: "_ZNKSt16initializer_listIdE3endEv", scope: !343, file: !344, line: 79, type: !364, scopeLine: 79, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !366, retainedNodes: !148)
!1460 = !DILocalVariable(name: "this", arg: 1, scope: !1459, type: !1455, flags: DIFlagArtificial | DIFlagObjectPointer)
!1461 = !DILocation(line: 0, scope: !1459)
!1462 = !DILocation(line: 79, column: 37, scope: !1459)
!1463 = !DILocation(line: 79, column: 47, scope: !1459)
!1464 = !DILocation(line: 79, column: 45, scope: !1459)
!1465 = !DILocation(line: 79, column: 30, scope: !1459)
!1466 = distinct !DISubprogram(name: "~_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEED2Ev", scope: !29, file: !10, line: 364, type: !210, scopeLine: 365, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !236, retainedNodes: !148)
!1467 = !DILocalVariable(name: "this", arg: 1, scope: !1466, type: !1398, flags: DIFlagArtificial | DIFlagObjectPointer)
!1468 = !DILocation(line: 0, scope: !1466)
!1469 = !DILocation(line: 366, column: 16, scope: !1470)
!1470 = distinct !DILexicalBlock(scope: !1466, file: !10, line: 365, column: 7)
!1471 = !DILocation(line: 366, column: 24, scope: !1470)
!1472 = !DILocation(line: 367, column: 9, scope: !1470)
!1473 = !DILocation(line: 367, column: 17, scope: !1470)
!1474 = !DILocation(line: 367, column: 37, scope: !1470)
!1475 = !DILocation(line: 367, column: 45, scope: !1470)
!1476 = !DILocation(line: 367, column: 35, scope: !1470)
!1477 = !DILocation(line: 366, column: 2, scope: !1470)
!1478 = !DILocation(line: 368, column: 7, scope: !1470)
!1479 = !DILocation(line: 368, column: 7, scope: !1466)
!1480 = distinct !DISubprogram(name: "_Vector_impl", linkageName: "_ZNSt12_Vector_baseIdSaIdEE12_Vector_implC2ERKS0_", scope: !32, file: !10, line: 143, type: !180, scopeLine: 145, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !179, retainedNodes: !148)
!1481 = !DILocalVariable(name: "this", arg: 1, scope: !1480, type: !1482, flags: DIFlagArtificial | DIFlagObjectPointer)
!1482 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !32, size: 64)
!1483 = !DILocation(line: 0, scope: !1480)
!1484 = !DILocalVariable(name: "__a", arg: 2, scope: !1480, file: !10, line: 143, type: !182)
!1485 = !DILocation(line: 143, column: 37, scope: !1480)
!1486 = !DILocation(line: 144, column: 19, scope: !1480)
!1487 = !DILocation(line: 144, column: 4, scope: !1480)
!1488 = !DILocation(line: 143, column: 2, scope: !1480)
!1489 = !DILocation(line: 145, column: 4, scope: !1480)
!1490 = distinct !DISubprogram(name: "_Vector_impl_data", linkageName: "_ZNSt12_Vector_baseIdSaIdEE17_Vector_impl_dataC2Ev", scope: !151, file: !10, line: 99, type: !159, scopeLine: 101, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !158, retainedNodes: !148)
!1491 = !DILocalVariable(name: "this", arg: 1, scope: !1490, type: !1492, flags: DIFlagArtificial | DIFlagObjectPointer)
!1492 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !151, size: 64)
!1493 = !DILocation(line: 0, scope: !1490)
!1494 = !DILocation(line: 100, column: 4, scope: !1490)
!1495 = !DILocation(line: 100, column: 16, scope: !1490)
!1496 = !DILocation(line: 100, column: 29, scope: !1490)
!1497 = !DILocation(line: 101, column: 4, scope: !1490)
!1498 = distinct !DISubprogram(name: "__new_allocator", linkageName: "_ZNSt15__new_allocatorIdEC2ERKS0_", scope: !58, file: !59, line: 83, type: !66, scopeLine: 83, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !65, retainedNodes: !148)
!1499 = !DILocalVariable(name: "this", arg: 1, scope: !1498, type: !1389, flags: DIFlagArtificial | DIFlagObjectPointer)
!1500 = !DILocation(line: 0, scope: !1498)
!1501 = !DILocalVariable(arg: 2, scope: !1498, file: !59, line: 83, type: !68)
!1502 = !DILocation(line: 83, column: 45, scope: !1498)
!1503 = !DILocation(line: 83, column: 71, scope: !1498)
!1504 = distinct !DISubprogram(name: "distance<const double *>", linkageName: "_ZSt8distanceIPKdENSt15iterator_traitsIT_E15difference_typeES3_S3_", scope: !21, file: !1505, line: 147, type: !1506, scopeLine: 148, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1512, retainedNodes: !148)
!1505 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/stl_iterator_base_funcs.h", directory: "")
!1506 = !DISubroutineType(types: !1507)
!1507 = !{!1508, !82, !82}
!1508 = !DIDerivedType(tag: DW_TAG_typedef, name: "difference_type", scope: !1509, file: !408, line: 225, baseType: !434)
!1509 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "iterator_traits<const double *>", scope: !21, file: !408, line: 221, size: 8, flags: DIFlagTypePassByValue, elements: !148, templateParams: !1510, identifier: "_ZTSSt15iterator_traitsIPKdE")
!1510 = !{!1511}
!1511 = !DITemplateTypeParameter(name: "_Iterator", type: !82)
!1512 = !{!1513}
!1513 = !DITemplateTypeParameter(name: "_InputIterator", type: !82)
!1514 = !DILocalVariable(name: "__first", arg: 1, scope: !1504, file: !1505, line: 147, type: !82)
!1515 = !DILocation(line: 147, column: 29, scope: !1504)
!1516 = !DILocalVariable(name: "__last", arg: 2, scope: !1504, file: !1505, line: 147, type: !82)
!1517 = !DILocation(line: 147, column: 53, scope: !1504)
!1518 = !DILocation(line: 150, column: 30, scope: !1504)
!1519 = !DILocation(line: 150, column: 39, scope: !1504)
!1520 = !DILocation(line: 151, column: 9, scope: !1504)
!1521 = !DILocation(line: 150, column: 14, scope: !1504)
!1522 = !DILocation(line: 150, column: 7, scope: !1504)
!1523 = distinct !DISubprogram(name: "_M_allocate", linkageName: "_ZNSt12_Vector_baseIdSaIdEE11_M_allocateEm", scope: !29, file: !10, line: 375, type: !238, scopeLine: 376, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !237, retainedNodes: !148)
!1524 = !DILocalVariable(name: "this", arg: 1, scope: !1523, type: !1398, flags: DIFlagArtificial | DIFlagObjectPointer)
!1525 = !DILocation(line: 0, scope: !1523)
!1526 = !DILocalVariable(name: "__n", arg: 2, scope: !1523, file: !10, line: 375, type: !19)
!1527 = !DILocation(line: 375, column: 26, scope: !1523)
!1528 = !DILocation(line: 378, column: 9, scope: !1523)
!1529 = !DILocation(line: 378, column: 13, scope: !1523)
!1530 = !DILocation(line: 378, column: 34, scope: !1523)
!1531 = !DILocation(line: 378, column: 43, scope: !1523)
!1532 = !DILocation(line: 378, column: 20, scope: !1523)
!1533 = !DILocation(line: 378, column: 2, scope: !1523)
!1534 = distinct !DISubprogram(name: "_S_check_init_len", linkageName: "_ZNSt6vectorIdSaIdEE17_S_check_init_lenEmRKS0_", scope: !26, file: !10, line: 1902, type: !569, scopeLine: 1903, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !568, retainedNodes: !148)
!1535 = !DILocalVariable(name: "__n", arg: 1, scope: !1534, file: !10, line: 1902, type: !305)
!1536 = !DILocation(line: 1902, column: 35, scope: !1534)
!1537 = !DILocalVariable(name: "__a", arg: 2, scope: !1534, file: !10, line: 1902, type: !299)
!1538 = !DILocation(line: 1902, column: 62, scope: !1534)
!1539 = !DILocation(line: 1904, column: 6, scope: !1540)
!1540 = distinct !DILexicalBlock(scope: !1534, file: !10, line: 1904, column: 6)
!1541 = !DILocation(line: 1904, column: 39, scope: !1540)
!1542 = !DILocation(line: 1904, column: 24, scope: !1540)
!1543 = !DILocation(line: 1904, column: 12, scope: !1540)
!1544 = !DILocation(line: 1904, column: 10, scope: !1540)
!1545 = !DILocation(line: 1904, column: 6, scope: !1534)
!1546 = !DILocation(line: 1905, column: 4, scope: !1540)
!1547 = !DILocation(line: 1907, column: 9, scope: !1534)
!1548 = !DILocation(line: 1907, column: 2, scope: !1534)
!1549 = distinct !DISubprogram(name: "_M_get_Tp_allocator", linkageName: "_ZNSt12_Vector_baseIdSaIdEE19_M_get_Tp_allocatorEv", scope: !29, file: !10, line: 298, type: !196, scopeLine: 299, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !195, retainedNodes: !148)
!1550 = !DILocalVariable(name: "this", arg: 1, scope: !1549, type: !1398, flags: DIFlagArtificial | DIFlagObjectPointer)
!1551 = !DILocation(line: 0, scope: !1549)
!1552 = !DILocation(line: 299, column: 22, scope: !1549)
!1553 = !DILocation(line: 299, column: 9, scope: !1549)
!1554 = distinct !DISubprogram(name: "__uninitialized_copy_a<const double *, double *, double>", linkageName: "_ZSt22__uninitialized_copy_aIPKdPddET0_T_S4_S3_RSaIT1_E", scope: !21, file: !1555, line: 365, type: !1556, scopeLine: 367, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1558, retainedNodes: !148)
!1555 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/stl_uninitialized.h", directory: "", checksumkind: CSK_MD5, checksum: "76b804c7705a952d454f754eea890c01")
!1556 = !DISubroutineType(types: !1557)
!1557 = !{!23, !82, !82, !23, !111}
!1558 = !{!1513, !1559, !98}
!1559 = !DITemplateTypeParameter(name: "_ForwardIterator", type: !23)
!1560 = !DILocalVariable(name: "__first", arg: 1, scope: !1554, file: !1555, line: 365, type: !82)
!1561 = !DILocation(line: 365, column: 43, scope: !1554)
!1562 = !DILocalVariable(name: "__last", arg: 2, scope: !1554, file: !1555, line: 365, type: !82)
!1563 = !DILocation(line: 365, column: 67, scope: !1554)
!1564 = !DILocalVariable(name: "__result", arg: 3, scope: !1554, file: !1555, line: 366, type: !23)
!1565 = !DILocation(line: 366, column: 24, scope: !1554)
!1566 = !DILocalVariable(arg: 4, scope: !1554, file: !1555, line: 366, type: !111)
!1567 = !DILocation(line: 366, column: 49, scope: !1554)
!1568 = !DILocation(line: 372, column: 38, scope: !1554)
!1569 = !DILocation(line: 372, column: 47, scope: !1554)
!1570 = !DILocation(line: 372, column: 55, scope: !1554)
!1571 = !DILocation(line: 372, column: 14, scope: !1554)
!1572 = !DILocation(line: 372, column: 7, scope: !1554)
!1573 = distinct !DISubprogram(name: "__distance<const double *>", linkageName: "_ZSt10__distanceIPKdENSt15iterator_traitsIT_E15difference_typeES3_S3_St26random_access_iterator_tag", scope: !21, file: !1505, line: 99, type: !1574, scopeLine: 101, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1582, retainedNodes: !148)
!1574 = !DISubroutineType(types: !1575)
!1575 = !{!1508, !82, !82, !1576}
!1576 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "random_access_iterator_tag", scope: !21, file: !408, line: 107, size: 8, flags: DIFlagTypePassByValue, elements: !1577, identifier: "_ZTSSt26random_access_iterator_tag")
!1577 = !{!1578}
!1578 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !1576, baseType: !1579, extraData: i32 0)
!1579 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "bidirectional_iterator_tag", scope: !21, file: !408, line: 103, size: 8, flags: DIFlagTypePassByValue, elements: !1580, identifier: "_ZTSSt26bidirectional_iterator_tag")
!1580 = !{!1581}
!1581 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !1579, baseType: !1408, extraData: i32 0)
!1582 = !{!1583}
!1583 = !DITemplateTypeParameter(name: "_RandomAccessIterator", type: !82)
!1584 = !DILocalVariable(name: "__first", arg: 1, scope: !1573, file: !1505, line: 99, type: !82)
!1585 = !DILocation(line: 99, column: 38, scope: !1573)
!1586 = !DILocalVariable(name: "__last", arg: 2, scope: !1573, file: !1505, line: 99, type: !82)
!1587 = !DILocation(line: 99, column: 69, scope: !1573)
!1588 = !DILocalVariable(arg: 3, scope: !1573, file: !1505, line: 100, type: !1576)
!1589 = !DILocation(line: 100, column: 42, scope: !1573)
!1590 = !DILocation(line: 105, column: 14, scope: !1573)
!1591 = !DILocation(line: 105, column: 23, scope: !1573)
!1592 = !DILocation(line: 105, column: 21, scope: !1573)
!1593 = !DILocation(line: 105, column: 7, scope: !1573)
!1594 = distinct !DISubprogram(name: "__iterator_category<const double *>", linkageName: "_ZSt19__iterator_categoryIPKdENSt15iterator_traitsIT_E17iterator_categoryERKS3_", scope: !21, file: !408, line: 238, type: !1595, scopeLine: 239, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1600, retainedNodes: !148)
!1595 = !DISubroutineType(types: !1596)
!1596 = !{!1597, !1598}
!1597 = !DIDerivedType(tag: DW_TAG_typedef, name: "iterator_category", scope: !1509, file: !408, line: 223, baseType: !1576)
!1598 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !1599, size: 64)
!1599 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !82)
!1600 = !{!1601}
!1601 = !DITemplateTypeParameter(name: "_Iter", type: !82)
!1602 = !DILocalVariable(arg: 1, scope: !1594, file: !408, line: 238, type: !1598)
!1603 = !DILocation(line: 238, column: 37, scope: !1594)
!1604 = !DILocation(line: 239, column: 7, scope: !1594)
!1605 = distinct !DISubprogram(name: "allocate", linkageName: "_ZNSt16allocator_traitsISaIdEE8allocateERS0_m", scope: !43, file: !44, line: 463, type: !47, scopeLine: 464, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !46, retainedNodes: !148)
!1606 = !DILocalVariable(name: "__a", arg: 1, scope: !1605, file: !44, line: 463, type: !50)
!1607 = !DILocation(line: 463, column: 32, scope: !1605)
!1608 = !DILocalVariable(name: "__n", arg: 2, scope: !1605, file: !44, line: 463, type: !113)
!1609 = !DILocation(line: 463, column: 47, scope: !1605)
!1610 = !DILocation(line: 464, column: 16, scope: !1605)
!1611 = !DILocation(line: 464, column: 29, scope: !1605)
!1612 = !DILocation(line: 464, column: 20, scope: !1605)
!1613 = !DILocation(line: 464, column: 9, scope: !1605)
!1614 = distinct !DISubprogram(name: "allocate", linkageName: "_ZNSt15__new_allocatorIdE8allocateEmPKv", scope: !58, file: !59, line: 112, type: !87, scopeLine: 113, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !86, retainedNodes: !148)
!1615 = !DILocalVariable(name: "this", arg: 1, scope: !1614, type: !1389, flags: DIFlagArtificial | DIFlagObjectPointer)
!1616 = !DILocation(line: 0, scope: !1614)
!1617 = !DILocalVariable(name: "__n", arg: 2, scope: !1614, file: !59, line: 112, type: !89)
!1618 = !DILocation(line: 112, column: 26, scope: !1614)
!1619 = !DILocalVariable(arg: 3, scope: !1614, file: !59, line: 112, type: !17)
!1620 = !DILocation(line: 112, column: 43, scope: !1614)
!1621 = !DILocation(line: 120, column: 23, scope: !1622)
!1622 = distinct !DILexicalBlock(scope: !1614, file: !59, line: 120, column: 6)
!1623 = !DILocation(line: 120, column: 35, scope: !1622)
!1624 = !DILocation(line: 120, column: 27, scope: !1622)
!1625 = !DILocation(line: 120, column: 6, scope: !1614)
!1626 = !DILocation(line: 124, column: 10, scope: !1627)
!1627 = distinct !DILexicalBlock(scope: !1628, file: !59, line: 124, column: 10)
!1628 = distinct !DILexicalBlock(scope: !1622, file: !59, line: 121, column: 4)
!1629 = !DILocation(line: 124, column: 14, scope: !1627)
!1630 = !DILocation(line: 124, column: 10, scope: !1628)
!1631 = !DILocation(line: 125, column: 8, scope: !1627)
!1632 = !DILocation(line: 126, column: 6, scope: !1628)
!1633 = !DILocation(line: 137, column: 49, scope: !1614)
!1634 = !DILocation(line: 137, column: 53, scope: !1614)
!1635 = !DILocation(line: 137, column: 27, scope: !1614)
!1636 = !DILocation(line: 137, column: 2, scope: !1614)
!1637 = distinct !DISubprogram(name: "_M_max_size", linkageName: "_ZNKSt15__new_allocatorIdE11_M_max_sizeEv", scope: !58, file: !59, line: 210, type: !94, scopeLine: 211, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !96, retainedNodes: !148)
!1638 = !DILocalVariable(name: "this", arg: 1, scope: !1637, type: !1639, flags: DIFlagArtificial | DIFlagObjectPointer)
!1639 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !69, size: 64)
!1640 = !DILocation(line: 0, scope: !1637)
!1641 = !DILocation(line: 213, column: 2, scope: !1637)
!1642 = distinct !DISubprogram(name: "_S_max_size", linkageName: "_ZNSt6vectorIdSaIdEE11_S_max_sizeERKS0_", scope: !26, file: !10, line: 1911, type: !572, scopeLine: 1912, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !571, retainedNodes: !148)
!1643 = !DILocalVariable(name: "__a", arg: 1, scope: !1642, file: !10, line: 1911, type: !574)
!1644 = !DILocation(line: 1911, column: 41, scope: !1642)
!1645 = !DILocalVariable(name: "__diffmax", scope: !1642, file: !10, line: 1916, type: !1646)
!1646 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !19)
!1647 = !DILocation(line: 1916, column: 15, scope: !1642)
!1648 = !DILocalVariable(name: "__allocmax", scope: !1642, file: !10, line: 1918, type: !1646)
!1649 = !DILocation(line: 1918, column: 15, scope: !1642)
!1650 = !DILocation(line: 1918, column: 52, scope: !1642)
!1651 = !DILocation(line: 1918, column: 28, scope: !1642)
!1652 = !DILocation(line: 1919, column: 9, scope: !1642)
!1653 = !DILocation(line: 1919, column: 2, scope: !1642)
!1654 = distinct !DISubprogram(name: "allocator", linkageName: "_ZNSaIdEC2ERKS_", scope: !52, file: !53, line: 159, type: !104, scopeLine: 160, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !103, retainedNodes: !148)
!1655 = !DILocalVariable(name: "this", arg: 1, scope: !1654, type: !1301, flags: DIFlagArtificial | DIFlagObjectPointer)
!1656 = !DILocation(line: 0, scope: !1654)
!1657 = !DILocalVariable(name: "__a", arg: 2, scope: !1654, file: !53, line: 159, type: !106)
!1658 = !DILocation(line: 159, column: 34, scope: !1654)
!1659 = !DILocation(line: 160, column: 31, scope: !1654)
!1660 = !DILocation(line: 160, column: 9, scope: !1654)
!1661 = !DILocation(line: 160, column: 38, scope: !1654)
!1662 = distinct !DISubprogram(name: "max_size", linkageName: "_ZNSt16allocator_traitsISaIdEE8max_sizeERKS0_", scope: !43, file: !44, line: 547, type: !122, scopeLine: 548, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !121, retainedNodes: !148)
!1663 = !DILocalVariable(name: "__a", arg: 1, scope: !1662, file: !44, line: 547, type: !125)
!1664 = !DILocation(line: 547, column: 38, scope: !1662)
!1665 = !DILocation(line: 550, column: 9, scope: !1662)
!1666 = !DILocation(line: 550, column: 13, scope: !1662)
!1667 = !DILocation(line: 550, column: 2, scope: !1662)
!1668 = distinct !DISubprogram(name: "min<unsigned long>", linkageName: "_ZSt3minImERKT_S2_S2_", scope: !21, file: !1669, line: 230, type: !1670, scopeLine: 231, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1674, retainedNodes: !148)
!1669 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/stl_algobase.h", directory: "", checksumkind: CSK_MD5, checksum: "acd8696ab950544891c62593445fe486")
!1670 = !DISubroutineType(types: !1671)
!1671 = !{!1672, !1672, !1672}
!1672 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !1673, size: 64)
!1673 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !22)
!1674 = !{!1675}
!1675 = !DITemplateTypeParameter(name: "_Tp", type: !22)
!1676 = !DILocalVariable(name: "__a", arg: 1, scope: !1668, file: !1669, line: 230, type: !1672)
!1677 = !DILocation(line: 230, column: 20, scope: !1668)
!1678 = !DILocalVariable(name: "__b", arg: 2, scope: !1668, file: !1669, line: 230, type: !1672)
!1679 = !DILocation(line: 230, column: 36, scope: !1668)
!1680 = !DILocation(line: 235, column: 11, scope: !1681)
!1681 = distinct !DILexicalBlock(scope: !1668, file: !1669, line: 235, column: 11)
!1682 = !DILocation(line: 235, column: 17, scope: !1681)
!1683 = !DILocation(line: 235, column: 15, scope: !1681)
!1684 = !DILocation(line: 235, column: 11, scope: !1668)
!1685 = !DILocation(line: 236, column: 9, scope: !1681)
!1686 = !DILocation(line: 236, column: 2, scope: !1681)
!1687 = !DILocation(line: 237, column: 14, scope: !1668)
!1688 = !DILocation(line: 237, column: 7, scope: !1668)
!1689 = !DILocation(line: 238, column: 5, scope: !1668)
!1690 = distinct !DISubprogram(name: "max_size", linkageName: "_ZNKSt15__new_allocatorIdE8max_sizeEv", scope: !58, file: !59, line: 167, type: !94, scopeLine: 168, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !93, retainedNodes: !148)
!1691 = !DILocalVariable(name: "this", arg: 1, scope: !1690, type: !1639, flags: DIFlagArtificial | DIFlagObjectPointer)
!1692 = !DILocation(line: 0, scope: !1690)
!1693 = !DILocation(line: 168, column: 16, scope: !1690)
!1694 = !DILocation(line: 168, column: 9, scope: !1690)
!1695 = distinct !DISubprogram(name: "uninitialized_copy<const double *, double *>", linkageName: "_ZSt18uninitialized_copyIPKdPdET0_T_S4_S3_", scope: !21, file: !1555, line: 163, type: !1696, scopeLine: 165, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1698, retainedNodes: !148)
!1696 = !DISubroutineType(types: !1697)
!1697 = !{!23, !82, !82, !23}
!1698 = !{!1513, !1559}
!1699 = !DILocalVariable(name: "__first", arg: 1, scope: !1695, file: !1555, line: 163, type: !82)
!1700 = !DILocation(line: 163, column: 39, scope: !1695)
!1701 = !DILocalVariable(name: "__last", arg: 2, scope: !1695, file: !1555, line: 163, type: !82)
!1702 = !DILocation(line: 163, column: 63, scope: !1695)
!1703 = !DILocalVariable(name: "__result", arg: 3, scope: !1695, file: !1555, line: 164, type: !23)
!1704 = !DILocation(line: 164, column: 27, scope: !1695)
!1705 = !DILocalVariable(name: "__can_memmove", scope: !1695, file: !1555, line: 174, type: !253)
!1706 = !DILocation(line: 174, column: 18, scope: !1695)
!1707 = !DILocalVariable(name: "__assignable", scope: !1695, file: !1555, line: 181, type: !253)
!1708 = !DILocation(line: 181, column: 18, scope: !1695)
!1709 = !DILocation(line: 185, column: 16, scope: !1695)
!1710 = !DILocation(line: 185, column: 25, scope: !1695)
!1711 = !DILocation(line: 185, column: 33, scope: !1695)
!1712 = !DILocation(line: 184, column: 14, scope: !1695)
!1713 = !DILocation(line: 184, column: 7, scope: !1695)
!1714 = distinct !DISubprogram(name: "__uninit_copy<const double *, double *>", linkageName: "_ZNSt20__uninitialized_copyILb1EE13__uninit_copyIPKdPdEET0_T_S6_S5_", scope: !1715, file: !1555, line: 145, type: !1696, scopeLine: 147, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1698, declaration: !1718, retainedNodes: !148)
!1715 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__uninitialized_copy<true>", scope: !21, file: !1555, line: 141, size: 8, flags: DIFlagTypePassByValue, elements: !148, templateParams: !1716, identifier: "_ZTSSt20__uninitialized_copyILb1EE")
!1716 = !{!1717}
!1717 = !DITemplateValueParameter(name: "_TrivialValueTypes", type: !141, value: i1 true)
!1718 = !DISubprogram(name: "__uninit_copy<const double *, double *>", linkageName: "_ZNSt20__uninitialized_copyILb1EE13__uninit_copyIPKdPdEET0_T_S6_S5_", scope: !1715, file: !1555, line: 145, type: !1696, scopeLine: 145, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0, templateParams: !1698)
!1719 = !DILocalVariable(name: "__first", arg: 1, scope: !1714, file: !1555, line: 145, type: !82)
!1720 = !DILocation(line: 145, column: 38, scope: !1714)
!1721 = !DILocalVariable(name: "__last", arg: 2, scope: !1714, file: !1555, line: 145, type: !82)
!1722 = !DILocation(line: 145, column: 62, scope: !1714)
!1723 = !DILocalVariable(name: "__result", arg: 3, scope: !1714, file: !1555, line: 146, type: !23)
!1724 = !DILocation(line: 146, column: 26, scope: !1714)
!1725 = !DILocation(line: 147, column: 28, scope: !1714)
!1726 = !DILocation(line: 147, column: 37, scope: !1714)
!1727 = !DILocation(line: 147, column: 45, scope: !1714)
!1728 = !DILocation(line: 147, column: 18, scope: !1714)
!1729 = !DILocation(line: 147, column: 11, scope: !1714)
!1730 = distinct !DISubprogram(name: "copy<const double *, double *>", linkageName: "_ZSt4copyIPKdPdET0_T_S4_S3_", scope: !21, file: !1669, line: 611, type: !1696, scopeLine: 612, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1731, retainedNodes: !148)
!1731 = !{!1732, !1733}
!1732 = !DITemplateTypeParameter(name: "_II", type: !82)
!1733 = !DITemplateTypeParameter(name: "_OI", type: !23)
!1734 = !DILocalVariable(name: "__first", arg: 1, scope: !1730, file: !1669, line: 611, type: !82)
!1735 = !DILocation(line: 611, column: 14, scope: !1730)
!1736 = !DILocalVariable(name: "__last", arg: 2, scope: !1730, file: !1669, line: 611, type: !82)
!1737 = !DILocation(line: 611, column: 27, scope: !1730)
!1738 = !DILocalVariable(name: "__result", arg: 3, scope: !1730, file: !1669, line: 611, type: !23)
!1739 = !DILocation(line: 611, column: 39, scope: !1730)
!1740 = !DILocation(line: 620, column: 26, scope: !1730)
!1741 = !DILocation(line: 620, column: 8, scope: !1730)
!1742 = !DILocation(line: 620, column: 54, scope: !1730)
!1743 = !DILocation(line: 620, column: 36, scope: !1730)
!1744 = !DILocation(line: 620, column: 63, scope: !1730)
!1745 = !DILocation(line: 619, column: 14, scope: !1730)
!1746 = !DILocation(line: 619, column: 7, scope: !1730)
!1747 = distinct !DISubprogram(name: "__copy_move_a<false, const double *, double *>", linkageName: "_ZSt13__copy_move_aILb0EPKdPdET1_T0_S4_S3_", scope: !21, file: !1669, line: 527, type: !1696, scopeLine: 528, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1748, retainedNodes: !148)
!1748 = !{!1749, !1732, !1733}
!1749 = !DITemplateValueParameter(name: "_IsMove", type: !141, value: i1 false)
!1750 = !DILocalVariable(name: "__first", arg: 1, scope: !1747, file: !1669, line: 527, type: !82)
!1751 = !DILocation(line: 527, column: 23, scope: !1747)
!1752 = !DILocalVariable(name: "__last", arg: 2, scope: !1747, file: !1669, line: 527, type: !82)
!1753 = !DILocation(line: 527, column: 36, scope: !1747)
!1754 = !DILocalVariable(name: "__result", arg: 3, scope: !1747, file: !1669, line: 527, type: !23)
!1755 = !DILocation(line: 527, column: 48, scope: !1747)
!1756 = !DILocation(line: 530, column: 50, scope: !1747)
!1757 = !DILocation(line: 530, column: 32, scope: !1747)
!1758 = !DILocation(line: 531, column: 29, scope: !1747)
!1759 = !DILocation(line: 531, column: 11, scope: !1747)
!1760 = !DILocation(line: 532, column: 29, scope: !1747)
!1761 = !DILocation(line: 532, column: 11, scope: !1747)
!1762 = !DILocation(line: 530, column: 3, scope: !1747)
!1763 = !DILocation(line: 529, column: 14, scope: !1747)
!1764 = !DILocation(line: 529, column: 7, scope: !1747)
!1765 = distinct !DISubprogram(name: "__miter_base<const double *>", linkageName: "_ZSt12__miter_baseIPKdET_S2_", scope: !21, file: !1766, line: 562, type: !1767, scopeLine: 563, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1510, retainedNodes: !148)
!1766 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/cpp_type_traits.h", directory: "")
!1767 = !DISubroutineType(types: !1768)
!1768 = !{!82, !82}
!1769 = !DILocalVariable(name: "__it", arg: 1, scope: !1765, file: !1766, line: 562, type: !82)
!1770 = !DILocation(line: 562, column: 28, scope: !1765)
!1771 = !DILocation(line: 563, column: 14, scope: !1765)
!1772 = !DILocation(line: 563, column: 7, scope: !1765)
!1773 = distinct !DISubprogram(name: "__niter_wrap<double *>", linkageName: "_ZSt12__niter_wrapIPdET_RKS1_S1_", scope: !21, file: !1669, line: 335, type: !1774, scopeLine: 336, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !410, retainedNodes: !148)
!1774 = !DISubroutineType(types: !1775)
!1775 = !{!23, !401, !23}
!1776 = !DILocalVariable(arg: 1, scope: !1773, file: !1669, line: 335, type: !401)
!1777 = !DILocation(line: 335, column: 34, scope: !1773)
!1778 = !DILocalVariable(name: "__res", arg: 2, scope: !1773, file: !1669, line: 335, type: !23)
!1779 = !DILocation(line: 335, column: 46, scope: !1773)
!1780 = !DILocation(line: 336, column: 14, scope: !1773)
!1781 = !DILocation(line: 336, column: 7, scope: !1773)
!1782 = distinct !DISubprogram(name: "__copy_move_a1<false, const double *, double *>", linkageName: "_ZSt14__copy_move_a1ILb0EPKdPdET1_T0_S4_S3_", scope: !21, file: !1669, line: 521, type: !1696, scopeLine: 522, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1748, retainedNodes: !148)
!1783 = !DILocalVariable(name: "__first", arg: 1, scope: !1782, file: !1669, line: 521, type: !82)
!1784 = !DILocation(line: 521, column: 24, scope: !1782)
!1785 = !DILocalVariable(name: "__last", arg: 2, scope: !1782, file: !1669, line: 521, type: !82)
!1786 = !DILocation(line: 521, column: 37, scope: !1782)
!1787 = !DILocalVariable(name: "__result", arg: 3, scope: !1782, file: !1669, line: 521, type: !23)
!1788 = !DILocation(line: 521, column: 49, scope: !1782)
!1789 = !DILocation(line: 522, column: 43, scope: !1782)
!1790 = !DILocation(line: 522, column: 52, scope: !1782)
!1791 = !DILocation(line: 522, column: 60, scope: !1782)
!1792 = !DILocation(line: 522, column: 14, scope: !1782)
!1793 = !DILocation(line: 522, column: 7, scope: !1782)
!1794 = distinct !DISubprogram(name: "__niter_base<const double *>", linkageName: "_ZSt12__niter_baseIPKdET_S2_", scope: !21, file: !1669, line: 313, type: !1767, scopeLine: 315, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1510, retainedNodes: !148)
!1795 = !DILocalVariable(name: "__it", arg: 1, scope: !1794, file: !1669, line: 313, type: !82)
!1796 = !DILocation(line: 313, column: 28, scope: !1794)
!1797 = !DILocation(line: 315, column: 14, scope: !1794)
!1798 = !DILocation(line: 315, column: 7, scope: !1794)
!1799 = distinct !DISubprogram(name: "__niter_base<double *>", linkageName: "_ZSt12__niter_baseIPdET_S1_", scope: !21, file: !1669, line: 313, type: !1800, scopeLine: 315, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !410, retainedNodes: !148)
!1800 = !DISubroutineType(types: !1801)
!1801 = !{!23, !23}
!1802 = !DILocalVariable(name: "__it", arg: 1, scope: !1799, file: !1669, line: 313, type: !23)
!1803 = !DILocation(line: 313, column: 28, scope: !1799)
!1804 = !DILocation(line: 315, column: 14, scope: !1799)
!1805 = !DILocation(line: 315, column: 7, scope: !1799)
!1806 = distinct !DISubprogram(name: "__copy_move_a2<false, const double *, double *>", linkageName: "_ZSt14__copy_move_a2ILb0EPKdPdET1_T0_S4_S3_", scope: !21, file: !1669, line: 486, type: !1696, scopeLine: 487, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1748, retainedNodes: !148)
!1807 = !DILocalVariable(name: "__first", arg: 1, scope: !1806, file: !1669, line: 486, type: !82)
!1808 = !DILocation(line: 486, column: 24, scope: !1806)
!1809 = !DILocalVariable(name: "__last", arg: 2, scope: !1806, file: !1669, line: 486, type: !82)
!1810 = !DILocation(line: 486, column: 37, scope: !1806)
!1811 = !DILocalVariable(name: "__result", arg: 3, scope: !1806, file: !1669, line: 486, type: !23)
!1812 = !DILocation(line: 486, column: 49, scope: !1806)
!1813 = !DILocation(line: 495, column: 31, scope: !1806)
!1814 = !DILocation(line: 495, column: 40, scope: !1806)
!1815 = !DILocation(line: 495, column: 48, scope: !1806)
!1816 = !DILocation(line: 494, column: 14, scope: !1806)
!1817 = !DILocation(line: 494, column: 7, scope: !1806)
!1818 = distinct !DISubprogram(name: "__copy_m<double>", linkageName: "_ZNSt11__copy_moveILb0ELb1ESt26random_access_iterator_tagE8__copy_mIdEEPT_PKS3_S6_S4_", scope: !1819, file: !1669, line: 420, type: !1696, scopeLine: 421, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !97, declaration: !1823, retainedNodes: !148)
!1819 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__copy_move<false, true, std::random_access_iterator_tag>", scope: !21, file: !1669, line: 415, size: 8, flags: DIFlagTypePassByValue, elements: !148, templateParams: !1820, identifier: "_ZTSSt11__copy_moveILb0ELb1ESt26random_access_iterator_tagE")
!1820 = !{!1749, !1821, !1822}
!1821 = !DITemplateValueParameter(name: "_IsSimple", type: !141, value: i1 true)
!1822 = !DITemplateTypeParameter(name: "_Category", type: !1576)
!1823 = !DISubprogram(name: "__copy_m<double>", linkageName: "_ZNSt11__copy_moveILb0ELb1ESt26random_access_iterator_tagE8__copy_mIdEEPT_PKS3_S6_S4_", scope: !1819, file: !1669, line: 420, type: !1696, scopeLine: 420, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0, templateParams: !97)
!1824 = !DILocalVariable(name: "__first", arg: 1, scope: !1818, file: !1669, line: 420, type: !82)
!1825 = !DILocation(line: 420, column: 22, scope: !1818)
!1826 = !DILocalVariable(name: "__last", arg: 2, scope: !1818, file: !1669, line: 420, type: !82)
!1827 = !DILocation(line: 420, column: 42, scope: !1818)
!1828 = !DILocalVariable(name: "__result", arg: 3, scope: !1818, file: !1669, line: 420, type: !23)
!1829 = !DILocation(line: 420, column: 55, scope: !1818)
!1830 = !DILocalVariable(name: "_Num", scope: !1818, file: !1669, line: 429, type: !1831)
!1831 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !434)
!1832 = !DILocation(line: 429, column: 20, scope: !1818)
!1833 = !DILocation(line: 429, column: 27, scope: !1818)
!1834 = !DILocation(line: 429, column: 36, scope: !1818)
!1835 = !DILocation(line: 429, column: 34, scope: !1818)
!1836 = !DILocation(line: 430, column: 8, scope: !1837)
!1837 = distinct !DILexicalBlock(scope: !1818, file: !1669, line: 430, column: 8)
!1838 = !DILocation(line: 430, column: 8, scope: !1818)
!1839 = !DILocation(line: 431, column: 24, scope: !1837)
!1840 = !DILocation(line: 431, column: 34, scope: !1837)
!1841 = !DILocation(line: 431, column: 57, scope: !1837)
!1842 = !DILocation(line: 431, column: 55, scope: !1837)
!1843 = !DILocation(line: 431, column: 6, scope: !1837)
!1844 = !DILocation(line: 432, column: 11, scope: !1818)
!1845 = !DILocation(line: 432, column: 22, scope: !1818)
!1846 = !DILocation(line: 432, column: 20, scope: !1818)
!1847 = !DILocation(line: 432, column: 4, scope: !1818)
!1848 = distinct !DISubprogram(name: "size", linkageName: "_ZNKSt16initializer_listIdE4sizeEv", scope: !343, file: !344, line: 71, type: !359, scopeLine: 71, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !358, retainedNodes: !148)
!1849 = !DILocalVariable(name: "this", arg: 1, scope: !1848, type: !1455, flags: DIFlagArtificial | DIFlagObjectPointer)
!1850 = !DILocation(line: 0, scope: !1848)
!1851 = !DILocation(line: 71, column: 38, scope: !1848)
!1852 = !DILocation(line: 71, column: 31, scope: !1848)
!1853 = distinct !DISubprogram(name: "_M_deallocate", linkageName: "_ZNSt12_Vector_baseIdSaIdEE13_M_deallocateEPdm", scope: !29, file: !10, line: 383, type: !241, scopeLine: 384, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !240, retainedNodes: !148)
!1854 = !DILocalVariable(name: "this", arg: 1, scope: !1853, type: !1398, flags: DIFlagArtificial | DIFlagObjectPointer)
!1855 = !DILocation(line: 0, scope: !1853)
!1856 = !DILocalVariable(name: "__p", arg: 2, scope: !1853, file: !10, line: 383, type: !154)
!1857 = !DILocation(line: 383, column: 29, scope: !1853)
!1858 = !DILocalVariable(name: "__n", arg: 3, scope: !1853, file: !10, line: 383, type: !19)
!1859 = !DILocation(line: 383, column: 41, scope: !1853)
!1860 = !DILocation(line: 386, column: 6, scope: !1861)
!1861 = distinct !DILexicalBlock(scope: !1853, file: !10, line: 386, column: 6)
!1862 = !DILocation(line: 386, column: 6, scope: !1853)
!1863 = !DILocation(line: 387, column: 20, scope: !1861)
!1864 = !DILocation(line: 387, column: 29, scope: !1861)
!1865 = !DILocation(line: 387, column: 34, scope: !1861)
!1866 = !DILocation(line: 387, column: 4, scope: !1861)
!1867 = !DILocation(line: 388, column: 7, scope: !1853)
!1868 = distinct !DISubprogram(name: "~_Vector_impl", linkageName: "_ZNSt12_Vector_baseIdSaIdEE12_Vector_implD2Ev", scope: !32, file: !10, line: 133, type: !176, scopeLine: 133, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !1869, retainedNodes: !148)
!1869 = !DISubprogram(name: "~_Vector_impl", scope: !32, type: !176, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: 0)
!1870 = !DILocalVariable(name: "this", arg: 1, scope: !1868, type: !1482, flags: DIFlagArtificial | DIFlagObjectPointer)
!1871 = !DILocation(line: 0, scope: !1868)
!1872 = !DILocation(line: 133, column: 14, scope: !1873)
!1873 = distinct !DILexicalBlock(scope: !1868, file: !10, line: 133, column: 14)
!1874 = !DILocation(line: 133, column: 14, scope: !1868)
!1875 = distinct !DISubprogram(name: "deallocate", linkageName: "_ZNSt16allocator_traitsISaIdEE10deallocateERS0_Pdm", scope: !43, file: !44, line: 495, type: !119, scopeLine: 496, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !118, retainedNodes: !148)
!1876 = !DILocalVariable(name: "__a", arg: 1, scope: !1875, file: !44, line: 495, type: !50)
!1877 = !DILocation(line: 495, column: 34, scope: !1875)
!1878 = !DILocalVariable(name: "__p", arg: 2, scope: !1875, file: !44, line: 495, type: !49)
!1879 = !DILocation(line: 495, column: 47, scope: !1875)
!1880 = !DILocalVariable(name: "__n", arg: 3, scope: !1875, file: !44, line: 495, type: !113)
!1881 = !DILocation(line: 495, column: 62, scope: !1875)
!1882 = !DILocation(line: 496, column: 9, scope: !1875)
!1883 = !DILocation(line: 496, column: 24, scope: !1875)
!1884 = !DILocation(line: 496, column: 29, scope: !1875)
!1885 = !DILocation(line: 496, column: 13, scope: !1875)
!1886 = !DILocation(line: 496, column: 35, scope: !1875)
!1887 = distinct !DISubprogram(name: "deallocate", linkageName: "_ZNSt15__new_allocatorIdE10deallocateEPdm", scope: !58, file: !59, line: 142, type: !91, scopeLine: 143, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !90, retainedNodes: !148)
!1888 = !DILocalVariable(name: "this", arg: 1, scope: !1887, type: !1389, flags: DIFlagArtificial | DIFlagObjectPointer)
!1889 = !DILocation(line: 0, scope: !1887)
!1890 = !DILocalVariable(name: "__p", arg: 2, scope: !1887, file: !59, line: 142, type: !23)
!1891 = !DILocation(line: 142, column: 23, scope: !1887)
!1892 = !DILocalVariable(name: "__n", arg: 3, scope: !1887, file: !59, line: 142, type: !89)
!1893 = !DILocation(line: 142, column: 38, scope: !1887)
!1894 = !DILocation(line: 158, column: 27, scope: !1887)
!1895 = !DILocation(line: 158, column: 2, scope: !1887)
!1896 = !DILocation(line: 159, column: 7, scope: !1887)
!1897 = distinct !DISubprogram(name: "_Destroy<double *, double>", linkageName: "_ZSt8_DestroyIPddEvT_S1_RSaIT0_E", scope: !21, file: !44, line: 847, type: !1898, scopeLine: 849, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1900, retainedNodes: !148)
!1898 = !DISubroutineType(types: !1899)
!1899 = !{null, !23, !23, !111}
!1900 = !{!1559, !98}
!1901 = !DILocalVariable(name: "__first", arg: 1, scope: !1897, file: !44, line: 847, type: !23)
!1902 = !DILocation(line: 847, column: 31, scope: !1897)
!1903 = !DILocalVariable(name: "__last", arg: 2, scope: !1897, file: !44, line: 847, type: !23)
!1904 = !DILocation(line: 847, column: 57, scope: !1897)
!1905 = !DILocalVariable(arg: 3, scope: !1897, file: !44, line: 848, type: !111)
!1906 = !DILocation(line: 848, column: 22, scope: !1897)
!1907 = !DILocation(line: 850, column: 16, scope: !1897)
!1908 = !DILocation(line: 850, column: 25, scope: !1897)
!1909 = !DILocation(line: 850, column: 7, scope: !1897)
!1910 = !DILocation(line: 851, column: 5, scope: !1897)
!1911 = distinct !DISubprogram(name: "_Destroy<double *>", linkageName: "_ZSt8_DestroyIPdEvT_S1_", scope: !21, file: !1912, line: 182, type: !1913, scopeLine: 183, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1915, retainedNodes: !148)
!1912 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/stl_construct.h", directory: "", checksumkind: CSK_MD5, checksum: "ceba413818ae9b0f6742666be9b2ed67")
!1913 = !DISubroutineType(types: !1914)
!1914 = !{null, !23, !23}
!1915 = !{!1559}
!1916 = !DILocalVariable(name: "__first", arg: 1, scope: !1911, file: !1912, line: 182, type: !23)
!1917 = !DILocation(line: 182, column: 31, scope: !1911)
!1918 = !DILocalVariable(name: "__last", arg: 2, scope: !1911, file: !1912, line: 182, type: !23)
!1919 = !DILocation(line: 182, column: 57, scope: !1911)
!1920 = !DILocation(line: 196, column: 12, scope: !1911)
!1921 = !DILocation(line: 196, column: 21, scope: !1911)
!1922 = !DILocation(line: 195, column: 7, scope: !1911)
!1923 = !DILocation(line: 197, column: 5, scope: !1911)
!1924 = distinct !DISubprogram(name: "__destroy<double *>", linkageName: "_ZNSt12_Destroy_auxILb1EE9__destroyIPdEEvT_S3_", scope: !1925, file: !1912, line: 172, type: !1913, scopeLine: 172, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !1915, declaration: !1928, retainedNodes: !148)
!1925 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "_Destroy_aux<true>", scope: !21, file: !1912, line: 168, size: 8, flags: DIFlagTypePassByValue, elements: !148, templateParams: !1926, identifier: "_ZTSSt12_Destroy_auxILb1EE")
!1926 = !{!1927}
!1927 = !DITemplateValueParameter(type: !141, value: i1 true)
!1928 = !DISubprogram(name: "__destroy<double *>", linkageName: "_ZNSt12_Destroy_auxILb1EE9__destroyIPdEEvT_S3_", scope: !1925, file: !1912, line: 172, type: !1913, scopeLine: 172, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: 0, templateParams: !1915)
!1929 = !DILocalVariable(arg: 1, scope: !1924, file: !1912, line: 172, type: !23)
!1930 = !DILocation(line: 172, column: 35, scope: !1924)
!1931 = !DILocalVariable(arg: 2, scope: !1924, file: !1912, line: 172, type: !23)
!1932 = !DILocation(line: 172, column: 53, scope: !1924)
!1933 = !DILocation(line: 172, column: 57, scope: !1924)
!1934 = distinct !DISubprogram(name: "operator()", linkageName: "_ZZ4mainENK3$_1clEd", scope: !1239, file: !2, line: 36, type: !1935, scopeLine: 36, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !14, declaration: !1938, retainedNodes: !148)
!1935 = !DISubroutineType(types: !1936)
!1936 = !{!24, !1937, !24}
!1937 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1331, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!1938 = !DISubprogram(name: "operator()", scope: !1239, file: !2, line: 36, type: !1935, scopeLine: 36, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagLocalToUnit)
!1939 = !DILocalVariable(name: "this", arg: 1, scope: !1934, type: !1330, flags: DIFlagArtificial | DIFlagObjectPointer)
!1940 = !DILocation(line: 0, scope: !1934)
!1941 = !DILocalVariable(name: "y", arg: 2, scope: !1934, file: !2, line: 36, type: !24)
!1942 = !DILocation(line: 36, column: 30, scope: !1934)
!1943 = !DILocalVariable(name: "s", scope: !1934, file: !2, line: 37, type: !24)
!1944 = !DILocation(line: 37, column: 12, scope: !1934)
!1945 = !DILocalVariable(name: "p", scope: !1934, file: !2, line: 37, type: !24)
!1946 = !DILocation(line: 37, column: 19, scope: !1934)
!1947 = !DILocalVariable(name: "__range2", scope: !1948, type: !373, flags: DIFlagArtificial)
!1948 = distinct !DILexicalBlock(scope: !1934, file: !2, line: 38, column: 5)
!1949 = !DILocation(line: 0, scope: !1948)
!1950 = !DILocation(line: 38, column: 21, scope: !1948)
!1951 = !DILocalVariable(name: "__begin2", scope: !1948, type: !389, flags: DIFlagArtificial)
!1952 = !DILocation(line: 38, column: 19, scope: !1948)
!1953 = !DILocalVariable(name: "__end2", scope: !1948, type: !389, flags: DIFlagArtificial)
!1954 = !DILocalVariable(name: "c", scope: !1955, file: !2, line: 38, type: !24)
!1955 = distinct !DILexicalBlock(scope: !1948, file: !2, line: 38, column: 5)
!1956 = !DILocation(line: 38, column: 17, scope: !1955)
!1957 = !DILocation(line: 38, column: 19, scope: !1955)
!1958 = !DILocation(line: 38, column: 34, scope: !1959)
!1959 = distinct !DILexicalBlock(scope: !1955, file: !2, line: 38, column: 27)
!1960 = !DILocation(line: 38, column: 38, scope: !1959)
!1961 = !DILocation(line: 38, column: 31, scope: !1959)
!1962 = !DILocation(line: 38, column: 46, scope: !1959)
!1963 = !DILocation(line: 38, column: 43, scope: !1959)
!1964 = !DILocation(line: 38, column: 5, scope: !1948)
!1965 = distinct !{!1965, !1964, !1966}
!1966 = !DILocation(line: 38, column: 49, scope: !1948)
!1967 = !DILocation(line: 39, column: 12, scope: !1934)
!1968 = !DILocation(line: 39, column: 16, scope: !1934)
!1969 = !DILocation(line: 39, column: 14, scope: !1934)
!1970 = !DILocation(line: 39, column: 5, scope: !1934)
!1971 = distinct !DISubprogram(name: "begin", linkageName: "_ZNSt6vectorIdSaIdEE5beginEv", scope: !26, file: !10, line: 868, type: !387, scopeLine: 869, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !386, retainedNodes: !148)
!1972 = !DILocalVariable(name: "this", arg: 1, scope: !1971, type: !1307, flags: DIFlagArtificial | DIFlagObjectPointer)
!1973 = !DILocation(line: 0, scope: !1971)
!1974 = !DILocation(line: 869, column: 31, scope: !1971)
!1975 = !DILocation(line: 869, column: 39, scope: !1971)
!1976 = !DILocation(line: 869, column: 16, scope: !1971)
!1977 = !DILocation(line: 869, column: 9, scope: !1971)
!1978 = distinct !DISubprogram(name: "end", linkageName: "_ZNSt6vectorIdSaIdEE3endEv", scope: !26, file: !10, line: 888, type: !387, scopeLine: 889, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !455, retainedNodes: !148)
!1979 = !DILocalVariable(name: "this", arg: 1, scope: !1978, type: !1307, flags: DIFlagArtificial | DIFlagObjectPointer)
!1980 = !DILocation(line: 0, scope: !1978)
!1981 = !DILocation(line: 889, column: 31, scope: !1978)
!1982 = !DILocation(line: 889, column: 39, scope: !1978)
!1983 = !DILocation(line: 889, column: 16, scope: !1978)
!1984 = !DILocation(line: 889, column: 9, scope: !1978)
!1985 = distinct !DISubprogram(name: "operator!=<double *, std::vector<double, std::allocator<double> > >", linkageName: "_ZN9__gnu_cxxneIPdSt6vectorIdSaIdEEEEbRKNS_17__normal_iteratorIT_T0_EESA_", scope: !40, file: !391, line: 1237, type: !1986, scopeLine: 1240, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, templateParams: !447, retainedNodes: !148)
!1986 = !DISubroutineType(types: !1987)
!1987 = !{!141, !1988, !1988}
!1988 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !413, size: 64)
!1989 = !DILocalVariable(name: "__lhs", arg: 1, scope: !1985, file: !391, line: 1237, type: !1988)
!1990 = !DILocation(line: 1237, column: 64, scope: !1985)
!1991 = !DILocalVariable(name: "__rhs", arg: 2, scope: !1985, file: !391, line: 1238, type: !1988)
!1992 = !DILocation(line: 1238, column: 57, scope: !1985)
!1993 = !DILocation(line: 1240, column: 14, scope: !1985)
!1994 = !DILocation(line: 1240, column: 20, scope: !1985)
!1995 = !DILocation(line: 1240, column: 30, scope: !1985)
!1996 = !DILocation(line: 1240, column: 36, scope: !1985)
!1997 = !DILocation(line: 1240, column: 27, scope: !1985)
!1998 = !DILocation(line: 1240, column: 7, scope: !1985)
!1999 = distinct !DISubprogram(name: "operator*", linkageName: "_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEdeEv", scope: !390, file: !391, line: 1095, type: !404, scopeLine: 1096, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !403, retainedNodes: !148)
!2000 = !DILocalVariable(name: "this", arg: 1, scope: !1999, type: !2001, flags: DIFlagArtificial | DIFlagObjectPointer)
!2001 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !413, size: 64)
!2002 = !DILocation(line: 0, scope: !1999)
!2003 = !DILocation(line: 1096, column: 17, scope: !1999)
!2004 = !DILocation(line: 1096, column: 9, scope: !1999)
!2005 = distinct !DISubprogram(name: "operator++", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEppEv", scope: !390, file: !391, line: 1105, type: !420, scopeLine: 1106, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !419, retainedNodes: !148)
!2006 = !DILocalVariable(name: "this", arg: 1, scope: !2005, type: !2007, flags: DIFlagArtificial | DIFlagObjectPointer)
!2007 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !390, size: 64)
!2008 = !DILocation(line: 0, scope: !2005)
!2009 = !DILocation(line: 1107, column: 4, scope: !2005)
!2010 = !DILocation(line: 1107, column: 2, scope: !2005)
!2011 = !DILocation(line: 1108, column: 2, scope: !2005)
!2012 = distinct !DISubprogram(name: "__normal_iterator", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEC2ERKS1_", scope: !390, file: !391, line: 1072, type: !399, scopeLine: 1073, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !398, retainedNodes: !148)
!2013 = !DILocalVariable(name: "this", arg: 1, scope: !2012, type: !2007, flags: DIFlagArtificial | DIFlagObjectPointer)
!2014 = !DILocation(line: 0, scope: !2012)
!2015 = !DILocalVariable(name: "__i", arg: 2, scope: !2012, file: !391, line: 1072, type: !401)
!2016 = !DILocation(line: 1072, column: 42, scope: !2012)
!2017 = !DILocation(line: 1073, column: 9, scope: !2012)
!2018 = !DILocation(line: 1073, column: 20, scope: !2012)
!2019 = !DILocation(line: 1073, column: 27, scope: !2012)
!2020 = distinct !DISubprogram(name: "base", linkageName: "_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEE4baseEv", scope: !390, file: !391, line: 1158, type: !445, scopeLine: 1159, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, declaration: !444, retainedNodes: !148)
!2021 = !DILocalVariable(name: "this", arg: 1, scope: !2020, type: !2001, flags: DIFlagArtificial | DIFlagObjectPointer)
!2022 = !DILocation(line: 0, scope: !2020)
!2023 = !DILocation(line: 1159, column: 16, scope: !2020)
!2024 = !DILocation(line: 1159, column: 9, scope: !2020)
!2025 = distinct !DISubprogram(name: "operator()", linkageName: "_ZZ4mainENK3$_2clEd", scope: !1261, file: !2, line: 45, type: !2026, scopeLine: 45, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !14, declaration: !2029, retainedNodes: !148)
!2026 = !DISubroutineType(types: !2027)
!2027 = !{!24, !2028, !24}
!2028 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1346, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!2029 = !DISubprogram(name: "operator()", scope: !1261, file: !2, line: 45, type: !2026, scopeLine: 45, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagLocalToUnit)
!2030 = !DILocalVariable(name: "this", arg: 1, scope: !2025, type: !1345, flags: DIFlagArtificial | DIFlagObjectPointer)
!2031 = !DILocation(line: 0, scope: !2025)
!2032 = !DILocalVariable(name: "y", arg: 2, scope: !2025, file: !2, line: 45, type: !24)
!2033 = !DILocation(line: 45, column: 26, scope: !2025)
!2034 = !DILocalVariable(name: "local", scope: !2025, file: !2, line: 46, type: !1253)
!2035 = !DILocation(line: 46, column: 12, scope: !2025)
!2036 = !DILocation(line: 47, column: 26, scope: !2025)
!2037 = !DILocation(line: 47, column: 5, scope: !2025)
!2038 = !DILocation(line: 48, column: 18, scope: !2025)
!2039 = !DILocation(line: 48, column: 22, scope: !2025)
!2040 = !DILocation(line: 48, column: 20, scope: !2025)
!2041 = !DILocation(line: 48, column: 26, scope: !2025)
!2042 = !DILocation(line: 48, column: 36, scope: !2025)
!2043 = !DILocation(line: 48, column: 30, scope: !2025)
!2044 = !DILocation(line: 48, column: 40, scope: !2025)
!2045 = !DILocation(line: 48, column: 38, scope: !2025)
!2046 = !DILocation(line: 48, column: 28, scope: !2025)
!2047 = !DILocation(line: 48, column: 58, scope: !2025)
!2048 = !DILocation(line: 48, column: 52, scope: !2025)
!2049 = !DILocation(line: 48, column: 42, scope: !2025)
!2050 = !DILocation(line: 48, column: 5, scope: !2025)
