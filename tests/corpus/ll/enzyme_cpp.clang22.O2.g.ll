; ModuleID = 'src/enzyme_cpp.cpp'
source_filename = "src/enzyme_cpp.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Params = type { i64, double, float, i32 }
%"class.std::vector" = type { %"struct.std::_Vector_base" }
%"struct.std::_Vector_base" = type { %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl" }
%"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl" = type { %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data" }
%"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data" = type { ptr, ptr, ptr }
%class.anon.0 = type { double, ptr }
%class.anon.1 = type { %struct.Params }

@enzyme_out = external local_unnamed_addr global i32, align 4
@constinit = private unnamed_addr constant [3 x double] [double 1.000000e+00, double 5.000000e-01, double 2.500000e-01], align 8
@enzyme_const = external local_unnamed_addr global i32, align 4
@__const.main.prm = private unnamed_addr constant %struct.Params { i64 3, double 2.000000e+00, float 1.500000e+00, i32 1 }, align 8
@enzyme_dup = external local_unnamed_addr global i32, align 4
@.str = private unnamed_addr constant [13 x i8] c"%f %f %f %f\0A\00", align 1, !dbg !0

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @_Z4polyd(double noundef %0) #0 !dbg !1258 {
    #dbg_value(double %0, !1260, !DIExpression(), !1261)
  %2 = fmul double %0, 3.000000e+00, !dbg !1262
  %3 = fmul double %0, %2, !dbg !1263
  %4 = fmul double %0, -2.000000e+00, !dbg !1264
  %5 = tail call double @llvm.fmuladd.f64(double %3, double %0, double %4), !dbg !1264
  %6 = fadd double %5, 1.000000e+00, !dbg !1265
  ret double %6, !dbg !1266
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: mustprogress norecurse uwtable
define dso_local noundef i32 @main() local_unnamed_addr #2 personality ptr @__gxx_personality_v0 !dbg !1267 {
  %1 = alloca %"class.std::vector", align 8, !DIAssignID !1297
    #dbg_assign(i1 poison, !1276, !DIExpression(), !1297, ptr %1, !DIExpression(), !1298)
    #dbg_value(ptr poison, !1299, !DIExpression(DW_OP_LLVM_fragment, 0, 8), !1304)
    #dbg_value(ptr poison, !1310, !DIExpression(DW_OP_LLVM_fragment, 0, 8), !1319)
    #dbg_value(ptr poison, !1317, !DIExpression(DW_OP_LLVM_fragment, 0, 8), !1320)
  %2 = alloca %class.anon.0, align 8, !DIAssignID !1321
    #dbg_assign(i1 poison, !1277, !DIExpression(), !1321, ptr %2, !DIExpression(), !1298)
  %3 = alloca %class.anon.1, align 8, !DIAssignID !1322
    #dbg_assign(i1 poison, !1290, !DIExpression(), !1322, ptr %3, !DIExpression(), !1298)
  %4 = alloca %class.anon.1, align 8, !DIAssignID !1323
    #dbg_assign(i1 poison, !1294, !DIExpression(), !1323, ptr %4, !DIExpression(), !1298)
    #dbg_value(double 1.500000e+00, !1269, !DIExpression(), !1298)
    #dbg_value(ptr @"_ZZ4mainEN3$_08__invokeEd", !1272, !DIExpression(), !1298)
  %5 = load i32, ptr @enzyme_out, align 4, !dbg !1324, !tbaa !1254
  %6 = tail call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @"_ZZ4mainEN3$_08__invokeEd", i32 noundef %5, double noundef 1.500000e+00), !dbg !1325
    #dbg_value(double %6, !1274, !DIExpression(), !1298)
    #dbg_value(double 4.000000e+00, !1275, !DIExpression(), !1298)
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #14, !dbg !1326
    #dbg_value(ptr @constinit, !1316, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1320)
    #dbg_value(i64 3, !1316, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1320)
    #dbg_value(ptr %1, !1314, !DIExpression(), !1320)
    #dbg_value(ptr undef, !1317, !DIExpression(), !1320)
    #dbg_value(ptr %1, !1308, !DIExpression(), !1319)
    #dbg_value(ptr undef, !1310, !DIExpression(), !1319)
    #dbg_value(ptr %1, !1302, !DIExpression(), !1304)
    #dbg_value(ptr undef, !1299, !DIExpression(), !1304)
    #dbg_value(ptr %1, !1327, !DIExpression(), !1331)
    #dbg_assign(i8 0, !1276, !DIExpression(), !1333, ptr %1, !DIExpression(), !1298)
    #dbg_value(ptr %1, !1334, !DIExpression(), !1351)
    #dbg_value(ptr @constinit, !1346, !DIExpression(), !1351)
    #dbg_value(!DIArgList(ptr @constinit, i64 3), !1347, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 8, DW_OP_mul, DW_OP_plus, DW_OP_stack_value), !1351)
    #dbg_value(i64 24, !1349, !DIExpression(DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1351)
    #dbg_value(ptr %1, !1354, !DIExpression(), !1358)
    #dbg_value(i64 24, !1357, !DIExpression(DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1358)
    #dbg_value(ptr %1, !1360, !DIExpression(), !1364)
    #dbg_value(i64 24, !1363, !DIExpression(DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1364)
    #dbg_value(ptr %1, !1366, !DIExpression(), !1372)
    #dbg_value(i64 24, !1369, !DIExpression(DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1372)
    #dbg_value(ptr null, !1370, !DIExpression(), !1372)
  %7 = tail call noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #15, !dbg !1374
  store ptr %7, ptr %1, align 8, !dbg !1375, !tbaa !1376, !DIAssignID !1380
    #dbg_assign(ptr %7, !1276, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1380, ptr %1, !DIExpression(), !1298)
  %8 = getelementptr inbounds nuw i8, ptr %7, i64 24, !dbg !1381
  %9 = getelementptr inbounds nuw i8, ptr %1, i64 16, !dbg !1382
  store ptr %8, ptr %9, align 8, !dbg !1383, !tbaa !1384, !DIAssignID !1385
    #dbg_assign(ptr %8, !1276, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !1385, ptr %9, !DIExpression(), !1298)
    #dbg_value(ptr @constinit, !1386, !DIExpression(), !1398)
    #dbg_value(!DIArgList(ptr @constinit, i64 3), !1392, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 8, DW_OP_mul, DW_OP_plus, DW_OP_stack_value), !1398)
    #dbg_value(ptr %7, !1393, !DIExpression(), !1398)
    #dbg_value(ptr %1, !1394, !DIExpression(), !1398)
    #dbg_value(ptr @constinit, !1400, !DIExpression(), !1410)
    #dbg_value(!DIArgList(ptr @constinit, i64 3), !1405, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 8, DW_OP_mul, DW_OP_plus, DW_OP_stack_value), !1410)
    #dbg_value(ptr %7, !1406, !DIExpression(), !1410)
    #dbg_value(i8 1, !1407, !DIExpression(), !1410)
    #dbg_value(i8 1, !1408, !DIExpression(), !1410)
    #dbg_value(ptr @constinit, !1412, !DIExpression(), !1421)
    #dbg_value(!DIArgList(ptr @constinit, i64 3), !1419, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 8, DW_OP_mul, DW_OP_plus, DW_OP_stack_value), !1421)
    #dbg_value(ptr %7, !1420, !DIExpression(), !1421)
    #dbg_value(ptr @constinit, !1423, !DIExpression(), !1432)
    #dbg_value(!DIArgList(ptr @constinit, i64 3), !1427, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 8, DW_OP_mul, DW_OP_plus, DW_OP_stack_value), !1432)
    #dbg_value(ptr %7, !1428, !DIExpression(), !1432)
    #dbg_value(ptr @constinit, !1434, !DIExpression(), !1441)
    #dbg_value(!DIArgList(ptr @constinit, i64 3), !1437, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 8, DW_OP_mul, DW_OP_plus, DW_OP_stack_value), !1441)
    #dbg_value(ptr %7, !1438, !DIExpression(), !1441)
    #dbg_value(ptr @constinit, !1443, !DIExpression(), !1448)
    #dbg_value(!DIArgList(ptr @constinit, i64 3), !1446, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 8, DW_OP_mul, DW_OP_plus, DW_OP_stack_value), !1448)
    #dbg_value(ptr %7, !1447, !DIExpression(), !1448)
    #dbg_value(ptr @constinit, !1450, !DIExpression(), !1455)
    #dbg_value(!DIArgList(ptr @constinit, i64 3), !1453, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 8, DW_OP_mul, DW_OP_plus, DW_OP_stack_value), !1455)
    #dbg_value(ptr %7, !1454, !DIExpression(), !1455)
    #dbg_value(ptr @constinit, !1457, !DIExpression(), !1475)
    #dbg_value(!DIArgList(ptr @constinit, i64 3), !1471, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 8, DW_OP_mul, DW_OP_plus, DW_OP_stack_value), !1475)
    #dbg_value(ptr %7, !1472, !DIExpression(), !1475)
    #dbg_value(i64 24, !1473, !DIExpression(DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1475)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %7, ptr noundef nonnull align 8 dereferenceable(24) @constinit, i64 24, i1 false), !dbg !1477
  %10 = getelementptr inbounds nuw i8, ptr %1, i64 8, !dbg !1479
  store ptr %8, ptr %10, align 8, !dbg !1480, !tbaa !1481, !DIAssignID !1482
    #dbg_assign(ptr %8, !1276, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1482, ptr %10, !DIExpression(), !1298)
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #14, !dbg !1483
  store double 4.000000e+00, ptr %2, align 8, !dbg !1484, !tbaa !1485, !DIAssignID !1489
    #dbg_assign(double 4.000000e+00, !1277, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1489, ptr %2, !DIExpression(), !1298)
  %11 = getelementptr inbounds nuw i8, ptr %2, i64 8, !dbg !1490
  store ptr %1, ptr %11, align 8, !dbg !1484, !tbaa !1491, !DIAssignID !1492
    #dbg_assign(ptr %1, !1277, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1492, ptr %11, !DIExpression(), !1298)
  %12 = load i32, ptr @enzyme_const, align 4, !dbg !1493, !tbaa !1254
  %13 = load i32, ptr @enzyme_out, align 4, !dbg !1494, !tbaa !1254
  %14 = invoke double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @"_Z5trampIZ4mainE3$_1EdPKT_d", i32 noundef %12, ptr noundef nonnull %2, i32 noundef %13, double noundef 1.500000e+00)
          to label %15 unwind label %32, !dbg !1495

15:                                               ; preds = %0
    #dbg_value(double %14, !1282, !DIExpression(), !1298)
    #dbg_assign(i1 poison, !1283, !DIExpression(), !1496, ptr @__const.main.prm, !DIExpression(), !1298)
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #14, !dbg !1497
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %3, ptr noundef nonnull align 8 dereferenceable(24) @__const.main.prm, i64 24, i1 false), !dbg !1498, !tbaa.struct !1499, !DIAssignID !1505
    #dbg_assign(i1 poison, !1290, !DIExpression(), !1505, ptr %3, !DIExpression(), !1298)
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #14, !dbg !1506
    #dbg_assign(i1 poison, !1294, !DIExpression(), !1507, ptr %4, !DIExpression(), !1298)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %4, i8 0, i64 24, i1 false), !dbg !1508, !DIAssignID !1509
    #dbg_assign(i8 0, !1294, !DIExpression(), !1509, ptr %4, !DIExpression(), !1298)
  %16 = load i32, ptr @enzyme_dup, align 4, !dbg !1510, !tbaa !1254
  %17 = load i32, ptr @enzyme_out, align 4, !dbg !1511, !tbaa !1254
  %18 = invoke double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @"_Z5trampIZ4mainE3$_2EdPKT_d", i32 noundef %16, ptr noundef nonnull %3, ptr noundef nonnull %4, i32 noundef %17, double noundef 1.500000e+00)
          to label %19 unwind label %34, !dbg !1512

19:                                               ; preds = %15
    #dbg_value(double %18, !1295, !DIExpression(), !1298)
  %20 = load i32, ptr @enzyme_dup, align 4, !dbg !1513, !tbaa !1254
  %21 = invoke double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @_Z4polyd, i32 noundef %20, double noundef 1.500000e+00, double noundef 1.000000e+00)
          to label %22 unwind label %36, !dbg !1514

22:                                               ; preds = %19
    #dbg_value(double %21, !1296, !DIExpression(), !1298)
  %23 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %6, double noundef %14, double noundef %18, double noundef %21), !dbg !1515
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #14, !dbg !1516
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #14, !dbg !1516
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #14, !dbg !1516
    #dbg_value(ptr %1, !1517, !DIExpression(), !1520)
    #dbg_value(ptr %1, !1522, !DIExpression(), !1525)
  %24 = load ptr, ptr %1, align 8, !dbg !1528, !tbaa !1376
    #dbg_value(ptr %1, !1530, !DIExpression(), !1535)
    #dbg_value(ptr %24, !1533, !DIExpression(), !1535)
    #dbg_value(!DIArgList(ptr poison, ptr poison), !1534, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_minus, DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1535)
  %25 = icmp eq ptr %24, null, !dbg !1537
  br i1 %25, label %31, label %26, !dbg !1539

26:                                               ; preds = %22
  %27 = load ptr, ptr %9, align 8, !dbg !1540, !tbaa !1384
    #dbg_value(!DIArgList(ptr %27, ptr %24), !1534, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_minus, DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1535)
  %28 = ptrtoint ptr %27 to i64, !dbg !1541
    #dbg_value(!DIArgList(i64 %28, ptr %24), !1534, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_minus, DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1535)
  %29 = ptrtoint ptr %24 to i64, !dbg !1541
    #dbg_value(!DIArgList(i64 %28, i64 %29), !1534, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_minus, DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1535)
  %30 = sub i64 %28, %29, !dbg !1541
    #dbg_value(i64 %30, !1534, !DIExpression(DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1535)
    #dbg_value(ptr %1, !1542, !DIExpression(), !1547)
    #dbg_value(ptr %24, !1545, !DIExpression(), !1547)
    #dbg_value(i64 %30, !1546, !DIExpression(DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1547)
    #dbg_value(ptr %1, !1549, !DIExpression(), !1554)
    #dbg_value(ptr %24, !1552, !DIExpression(), !1554)
    #dbg_value(i64 %30, !1553, !DIExpression(DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1554)
  call void @_ZdlPvm(ptr noundef nonnull %24, i64 noundef %30) #16, !dbg !1556
  br label %31, !dbg !1557

31:                                               ; preds = %22, %26
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #14, !dbg !1516
  ret i32 0, !dbg !1558

32:                                               ; preds = %0
  %33 = landingpad { ptr, i32 }
          cleanup, !dbg !1516
  br label %40, !dbg !1516

34:                                               ; preds = %15
  %35 = landingpad { ptr, i32 }
          cleanup, !dbg !1516
  br label %38, !dbg !1516

36:                                               ; preds = %19
  %37 = landingpad { ptr, i32 }
          cleanup, !dbg !1516
  br label %38, !dbg !1516

38:                                               ; preds = %36, %34
  %39 = phi { ptr, i32 } [ %37, %36 ], [ %35, %34 ]
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #14, !dbg !1516
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #14, !dbg !1516
  br label %40, !dbg !1516

40:                                               ; preds = %38, %32
  %41 = phi { ptr, i32 } [ %39, %38 ], [ %33, %32 ]
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #14, !dbg !1516
    #dbg_value(ptr %1, !1517, !DIExpression(), !1559)
    #dbg_value(ptr %1, !1522, !DIExpression(), !1561)
  %42 = load ptr, ptr %1, align 8, !dbg !1563, !tbaa !1376
    #dbg_value(ptr %1, !1530, !DIExpression(), !1564)
    #dbg_value(ptr %42, !1533, !DIExpression(), !1564)
    #dbg_value(!DIArgList(ptr poison, ptr poison), !1534, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_minus, DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1564)
  %43 = icmp eq ptr %42, null, !dbg !1566
  br i1 %43, label %49, label %44, !dbg !1567

44:                                               ; preds = %40
  %45 = load ptr, ptr %9, align 8, !dbg !1568, !tbaa !1384
    #dbg_value(!DIArgList(ptr %45, ptr %42), !1534, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_minus, DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1564)
  %46 = ptrtoint ptr %45 to i64, !dbg !1569
    #dbg_value(!DIArgList(i64 %46, ptr %42), !1534, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_minus, DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1564)
  %47 = ptrtoint ptr %42 to i64, !dbg !1569
    #dbg_value(!DIArgList(i64 %46, i64 %47), !1534, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_minus, DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1564)
  %48 = sub i64 %46, %47, !dbg !1569
    #dbg_value(i64 %48, !1534, !DIExpression(DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1564)
    #dbg_value(ptr %1, !1542, !DIExpression(), !1570)
    #dbg_value(ptr %42, !1545, !DIExpression(), !1570)
    #dbg_value(i64 %48, !1546, !DIExpression(DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1570)
    #dbg_value(ptr %1, !1549, !DIExpression(), !1572)
    #dbg_value(ptr %42, !1552, !DIExpression(), !1572)
    #dbg_value(i64 %48, !1553, !DIExpression(DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1572)
  call void @_ZdlPvm(ptr noundef nonnull %42, i64 noundef %48) #16, !dbg !1574
  br label %49, !dbg !1575

49:                                               ; preds = %44, %40
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #14, !dbg !1516
  resume { ptr, i32 } %41, !dbg !1516
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #3

declare !dbg !1576 double @__enzyme_autodiff(ptr noundef, ...) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #5

declare i32 @__gxx_personality_v0(...)

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #3

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define internal noundef double @"_Z5trampIZ4mainE3$_1EdPKT_d"(ptr noundef readonly captures(none) %0, double noundef %1) #6 !dbg !1579 {
    #dbg_value(ptr %0, !1585, !DIExpression(), !1589)
    #dbg_value(double %1, !1586, !DIExpression(), !1589)
    #dbg_value(ptr poison, !1590, !DIExpression(), !1594)
    #dbg_value(ptr poison, !1613, !DIExpression(), !1620)
    #dbg_value(ptr poison, !1619, !DIExpression(), !1620)
    #dbg_value(ptr %0, !1603, !DIExpression(), !1622)
    #dbg_value(double %1, !1604, !DIExpression(), !1622)
    #dbg_value(double 0.000000e+00, !1605, !DIExpression(), !1622)
    #dbg_value(double 1.000000e+00, !1606, !DIExpression(), !1622)
  %3 = getelementptr inbounds nuw i8, ptr %0, i64 8, !dbg !1623
  %4 = load ptr, ptr %3, align 8, !dbg !1624, !tbaa !1625, !nonnull !143, !align !1626
    #dbg_value(ptr %4, !1607, !DIExpression(), !1627)
    #dbg_value(ptr %4, !1628, !DIExpression(), !1631)
    #dbg_value(ptr undef, !1633, !DIExpression(), !1637)
    #dbg_value(ptr %4, !1636, !DIExpression(), !1637)
  %5 = load ptr, ptr %4, align 8, !dbg !1639, !tbaa !1640
    #dbg_value(ptr %5, !1608, !DIExpression(), !1627)
    #dbg_value(ptr poison, !1633, !DIExpression(), !1641)
    #dbg_value(ptr %4, !1645, !DIExpression(), !1647)
  %6 = getelementptr inbounds nuw i8, ptr %4, i64 8, !dbg !1648
    #dbg_value(ptr undef, !1633, !DIExpression(), !1641)
    #dbg_value(ptr %6, !1636, !DIExpression(), !1641)
  %7 = load ptr, ptr %6, align 8, !dbg !1649, !tbaa !1640
    #dbg_value(ptr %7, !1609, !DIExpression(), !1627)
    #dbg_value(ptr undef, !1613, !DIExpression(), !1620)
    #dbg_value(ptr undef, !1619, !DIExpression(), !1620)
  %8 = icmp eq ptr %5, %7, !dbg !1650
  br i1 %8, label %18, label %9, !dbg !1651

9:                                                ; preds = %2, %9
  %10 = phi double [ %14, %9 ], [ 0.000000e+00, %2 ]
  %11 = phi double [ %15, %9 ], [ 1.000000e+00, %2 ]
  %12 = phi ptr [ %16, %9 ], [ %5, %2 ]
    #dbg_value(double %10, !1605, !DIExpression(), !1622)
    #dbg_value(double %11, !1606, !DIExpression(), !1622)
    #dbg_value(ptr %12, !1608, !DIExpression(), !1627)
  %13 = load double, ptr %12, align 8, !dbg !1652, !tbaa !1502
    #dbg_value(double %13, !1610, !DIExpression(), !1653)
  %14 = tail call double @llvm.fmuladd.f64(double %13, double %11, double %10), !dbg !1654
    #dbg_value(double %14, !1605, !DIExpression(), !1622)
  %15 = fmul double %1, %11, !dbg !1656
    #dbg_value(double %15, !1606, !DIExpression(), !1622)
    #dbg_value(ptr undef, !1590, !DIExpression(), !1594)
  %16 = getelementptr inbounds nuw i8, ptr %12, i64 8, !dbg !1657
    #dbg_value(ptr %16, !1608, !DIExpression(), !1627)
    #dbg_value(ptr undef, !1613, !DIExpression(), !1620)
    #dbg_value(ptr undef, !1619, !DIExpression(), !1620)
  %17 = icmp eq ptr %16, %7, !dbg !1658
  br i1 %17, label %18, label %9, !dbg !1659, !llvm.loop !1660

18:                                               ; preds = %9, %2
  %19 = phi double [ 0.000000e+00, %2 ], [ %14, %9 ], !dbg !1622
  %20 = load double, ptr %0, align 8, !dbg !1663, !tbaa !1485
  %21 = fmul double %19, %20, !dbg !1664
  ret double %21, !dbg !1665
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #7

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define internal noundef double @"_Z5trampIZ4mainE3$_2EdPKT_d"(ptr noundef readonly captures(none) %0, double noundef %1) #8 !dbg !1666 {
    #dbg_value(ptr %0, !1672, !DIExpression(), !1676)
    #dbg_value(double %1, !1673, !DIExpression(), !1676)
    #dbg_value(ptr %0, !1677, !DIExpression(), !1686)
    #dbg_value(double %1, !1684, !DIExpression(), !1686)
  %3 = load i64, ptr %0, align 8, !dbg !1688
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 8, !dbg !1688
  %5 = load double, ptr %4, align 8, !dbg !1688
  %6 = getelementptr inbounds nuw i8, ptr %0, i64 16, !dbg !1688
  %7 = load float, ptr %6, align 8, !dbg !1688
    #dbg_value(i64 %3, !1685, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1686)
    #dbg_value(double %5, !1685, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1686)
    #dbg_value(float %7, !1685, !DIExpression(DW_OP_LLVM_fragment, 128, 32), !1686)
    #dbg_value(i32 poison, !1685, !DIExpression(DW_OP_LLVM_fragment, 160, 32), !1686)
  %8 = fmul double %1, %5, !dbg !1689
  %9 = fpext float %7 to double, !dbg !1690
  %10 = fmul double %1, %9, !dbg !1691
  %11 = tail call double @llvm.fmuladd.f64(double %8, double %1, double %10), !dbg !1692
  %12 = sitofp i64 %3 to double, !dbg !1693
  %13 = fadd double %11, %12, !dbg !1694
  ret double %13, !dbg !1695
}

declare !dbg !1696 double @__enzyme_fwddiff(ptr noundef, ...) local_unnamed_addr #4

; Function Attrs: nofree nounwind
declare !dbg !1090 noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #9

; Function Attrs: inlinehint mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable
define internal noundef double @"_ZZ4mainEN3$_08__invokeEd"(double noundef %0) #10 align 2 !dbg !1697 {
    #dbg_value(double %0, !1700, !DIExpression(), !1701)
    #dbg_value(ptr poison, !1702, !DIExpression(), !1712)
    #dbg_value(double %0, !1710, !DIExpression(), !1712)
  %2 = tail call double @sin(double noundef %0) #14, !dbg !1714, !tbaa !1254
  %3 = fmul double %0, %2, !dbg !1715
  ret double %3, !dbg !1716
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare !dbg !648 double @sin(double noundef) local_unnamed_addr #11

; Function Attrs: nobuiltin allocsize(0)
declare !dbg !1717 noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #12

; Function Attrs: nobuiltin nounwind
declare !dbg !1721 void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #13

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress norecurse uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { mustprogress nofree norecurse nosync nounwind willreturn memory(read, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #8 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { inlinehint mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { nobuiltin allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { nobuiltin nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #14 = { nounwind }
attributes #15 = { builtin allocsize(0) }
attributes #16 = { builtin nounwind }

!llvm.dbg.cu = !{!8}
!llvm.module.flags = !{!1246, !1247, !1248, !1249, !1250, !1251, !1252}
!llvm.ident = !{!1253}
!llvm.errno.tbaa = !{!1254}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 56, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "src/enzyme_cpp.cpp", directory: ".", checksumkind: CSK_MD5, checksum: "61a0e230d25e627d3299549bc7985262")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 104, elements: !6)
!4 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !5)
!5 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!6 = !{!7}
!7 = !DISubrange(count: 13)
!8 = distinct !DICompileUnit(language: DW_LANG_C_plus_plus_14, file: !2, producer: "Debian clang version 22.1.8 (1~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !9, globals: !587, imports: !593, splitDebugInlining: false, nameTableKind: None)
!9 = !{!10, !11, !13, !17, !19, !384, !18, !47, !53, !338, !21, !385, !24, !27, !146}
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!11 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64)
!12 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!13 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", scope: !15, file: !14, line: 298, baseType: !16)
!14 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/x86_64-linux-gnu/c++/12/bits/c++config.h", directory: "", checksumkind: CSK_MD5, checksum: "abdf1e7c43540a32b508ae209704da66")
!15 = !DINamespace(name: "std", scope: null)
!16 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!17 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !18, size: 64)
!18 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!19 = !DIDerivedType(tag: DW_TAG_typedef, name: "_Tp_alloc_type", scope: !21, file: !20, line: 444, baseType: !30)
!20 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/stl_vector.h", directory: "", checksumkind: CSK_MD5, checksum: "8db44c3d22440641ac1ba040d9370a58")
!21 = distinct !DICompositeType(tag: DW_TAG_class_type, name: "vector<double, std::allocator<double> >", scope: !15, file: !20, line: 423, size: 192, flags: DIFlagTypePassByReference | DIFlagNonTrivial, elements: !22, templateParams: !585, identifier: "_ZTSSt6vectorIdSaIdEE")
!22 = !{!23, !240, !259, !275, !276, !281, !284, !287, !291, !297, !301, !307, !312, !316, !326, !329, !332, !335, !364, !365, !369, !372, !375, !378, !381, !444, !450, !451, !452, !457, !462, !463, !464, !465, !466, !467, !468, !471, !472, !475, !476, !477, !478, !481, !482, !490, !497, !500, !501, !502, !505, !508, !509, !510, !513, !516, !519, !523, !524, !527, !530, !533, !536, !539, !542, !545, !546, !547, !548, !549, !552, !553, !556, !557, !558, !562, !565, !570, !573, !576, !579, !582}
!23 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !21, baseType: !24, flags: DIFlagProtected, extraData: i32 0)
!24 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "_Vector_base<double, std::allocator<double> >", scope: !15, file: !20, line: 85, size: 192, flags: DIFlagTypePassByReference | DIFlagNonTrivial, elements: !25, templateParams: !239, identifier: "_ZTSSt12_Vector_baseIdSaIdEE")
!25 = !{!26, !190, !195, !200, !204, !207, !212, !215, !218, !222, !225, !228, !231, !232, !235, !238}
!26 = !DIDerivedType(tag: DW_TAG_member, name: "_M_impl", scope: !24, file: !20, line: 371, baseType: !27, size: 192)
!27 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "_Vector_impl", scope: !24, file: !20, line: 133, size: 192, flags: DIFlagTypePassByReference | DIFlagNonTrivial, elements: !28, identifier: "_ZTSNSt12_Vector_baseIdSaIdEE12_Vector_implE")
!28 = !{!29, !145, !170, !174, !179, !183, !187}
!29 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !27, baseType: !30, extraData: i32 0)
!30 = !DIDerivedType(tag: DW_TAG_typedef, name: "_Tp_alloc_type", scope: !24, file: !20, line: 88, baseType: !31)
!31 = !DIDerivedType(tag: DW_TAG_typedef, name: "other", scope: !33, file: !32, line: 120, baseType: !144)
!32 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/ext/alloc_traits.h", directory: "")
!33 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "rebind<double>", scope: !34, file: !32, line: 119, size: 8, flags: DIFlagTypePassByValue, elements: !143, templateParams: !92, identifier: "_ZTSN9__gnu_cxx14__alloc_traitsISaIdEdE6rebindIdEE")
!34 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__alloc_traits<std::allocator<double>, double>", scope: !35, file: !32, line: 48, size: 8, flags: DIFlagTypePassByValue, elements: !36, templateParams: !141, identifier: "_ZTSN9__gnu_cxx14__alloc_traitsISaIdEdEE")
!35 = !DINamespace(name: "__gnu_cxx", scope: null)
!36 = !{!37, !127, !130, !133, !137, !138, !139, !140}
!37 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !34, baseType: !38, extraData: i32 0)
!38 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "allocator_traits<std::allocator<double> >", scope: !15, file: !39, line: 411, size: 8, flags: DIFlagTypePassByValue, elements: !40, templateParams: !125, identifier: "_ZTSSt16allocator_traitsISaIdEE")
!39 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/alloc_traits.h", directory: "", checksumkind: CSK_MD5, checksum: "fd441eaab0a8965f7012f98a3edcbb86")
!40 = !{!41, !109, !113, !116, !122}
!41 = !DISubprogram(name: "allocate", linkageName: "_ZNSt16allocator_traitsISaIdEE8allocateERS0_m", scope: !38, file: !39, line: 463, type: !42, scopeLine: 463, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: DISPFlagOptimized)
!42 = !DISubroutineType(types: !43)
!43 = !{!44, !45, !108}
!44 = !DIDerivedType(tag: DW_TAG_typedef, name: "pointer", scope: !38, file: !39, line: 420, baseType: !17)
!45 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !46, size: 64)
!46 = !DIDerivedType(tag: DW_TAG_typedef, name: "allocator_type", scope: !38, file: !39, line: 414, baseType: !47)
!47 = distinct !DICompositeType(tag: DW_TAG_class_type, name: "allocator<double>", scope: !15, file: !48, line: 124, size: 8, flags: DIFlagTypePassByReference | DIFlagNonTrivial, elements: !49, templateParams: !92, identifier: "_ZTSSaIdE")
!48 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/allocator.h", directory: "", checksumkind: CSK_MD5, checksum: "6fa856a93062ce2b39cf0c9a3a6a3468")
!49 = !{!50, !94, !98, !103, !107}
!50 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !47, baseType: !51, flags: DIFlagPublic, extraData: i32 0)
!51 = !DIDerivedType(tag: DW_TAG_typedef, name: "__allocator_base<double>", scope: !15, file: !52, line: 47, baseType: !53)
!52 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/x86_64-linux-gnu/c++/12/bits/c++allocator.h", directory: "", checksumkind: CSK_MD5, checksum: "3c43333b0e1372330d7f702387d162e2")
!53 = distinct !DICompositeType(tag: DW_TAG_class_type, name: "__new_allocator<double>", scope: !15, file: !54, line: 56, size: 8, flags: DIFlagTypePassByReference | DIFlagNonTrivial, elements: !55, templateParams: !92, identifier: "_ZTSSt15__new_allocatorIdE")
!54 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/new_allocator.h", directory: "", checksumkind: CSK_MD5, checksum: "6b069d101319ece6de3732b658fb1d77")
!55 = !{!56, !60, !65, !66, !73, !81, !85, !88, !91}
!56 = !DISubprogram(name: "__new_allocator", linkageName: "_ZNSt15__new_allocatorIdEC4Ev", scope: !53, file: !54, line: 80, type: !57, scopeLine: 80, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!57 = !DISubroutineType(types: !58)
!58 = !{null, !59}
!59 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !53, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!60 = !DISubprogram(name: "__new_allocator", linkageName: "_ZNSt15__new_allocatorIdEC4ERKS0_", scope: !53, file: !54, line: 83, type: !61, scopeLine: 83, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!61 = !DISubroutineType(types: !62)
!62 = !{null, !59, !63}
!63 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !64, size: 64)
!64 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !53)
!65 = !DISubprogram(name: "~__new_allocator", linkageName: "_ZNSt15__new_allocatorIdED4Ev", scope: !53, file: !54, line: 90, type: !57, scopeLine: 90, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!66 = !DISubprogram(name: "address", linkageName: "_ZNKSt15__new_allocatorIdE7addressERd", scope: !53, file: !54, line: 93, type: !67, scopeLine: 93, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!67 = !DISubroutineType(types: !68)
!68 = !{!69, !70, !71}
!69 = !DIDerivedType(tag: DW_TAG_typedef, name: "pointer", scope: !53, file: !54, line: 63, baseType: !17, flags: DIFlagPublic)
!70 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !64, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!71 = !DIDerivedType(tag: DW_TAG_typedef, name: "reference", scope: !53, file: !54, line: 65, baseType: !72, flags: DIFlagPublic)
!72 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !18, size: 64)
!73 = !DISubprogram(name: "address", linkageName: "_ZNKSt15__new_allocatorIdE7addressERKd", scope: !53, file: !54, line: 97, type: !74, scopeLine: 97, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!74 = !DISubroutineType(types: !75)
!75 = !{!76, !70, !79}
!76 = !DIDerivedType(tag: DW_TAG_typedef, name: "const_pointer", scope: !53, file: !54, line: 64, baseType: !77, flags: DIFlagPublic)
!77 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !78, size: 64)
!78 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !18)
!79 = !DIDerivedType(tag: DW_TAG_typedef, name: "const_reference", scope: !53, file: !54, line: 66, baseType: !80, flags: DIFlagPublic)
!80 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !78, size: 64)
!81 = !DISubprogram(name: "allocate", linkageName: "_ZNSt15__new_allocatorIdE8allocateEmPKv", scope: !53, file: !54, line: 112, type: !82, scopeLine: 112, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!82 = !DISubroutineType(types: !83)
!83 = !{!17, !59, !84, !11}
!84 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_type", scope: !53, file: !54, line: 60, baseType: !13, flags: DIFlagPublic)
!85 = !DISubprogram(name: "deallocate", linkageName: "_ZNSt15__new_allocatorIdE10deallocateEPdm", scope: !53, file: !54, line: 142, type: !86, scopeLine: 142, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!86 = !DISubroutineType(types: !87)
!87 = !{null, !59, !17, !84}
!88 = !DISubprogram(name: "max_size", linkageName: "_ZNKSt15__new_allocatorIdE8max_sizeEv", scope: !53, file: !54, line: 167, type: !89, scopeLine: 167, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!89 = !DISubroutineType(types: !90)
!90 = !{!84, !70}
!91 = !DISubprogram(name: "_M_max_size", linkageName: "_ZNKSt15__new_allocatorIdE11_M_max_sizeEv", scope: !53, file: !54, line: 210, type: !89, scopeLine: 210, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!92 = !{!93}
!93 = !DITemplateTypeParameter(name: "_Tp", type: !18)
!94 = !DISubprogram(name: "allocator", linkageName: "_ZNSaIdEC4Ev", scope: !47, file: !48, line: 156, type: !95, scopeLine: 156, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!95 = !DISubroutineType(types: !96)
!96 = !{null, !97}
!97 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !47, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!98 = !DISubprogram(name: "allocator", linkageName: "_ZNSaIdEC4ERKS_", scope: !47, file: !48, line: 159, type: !99, scopeLine: 159, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!99 = !DISubroutineType(types: !100)
!100 = !{null, !97, !101}
!101 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !102, size: 64)
!102 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !47)
!103 = !DISubprogram(name: "operator=", linkageName: "_ZNSaIdEaSERKS_", scope: !47, file: !48, line: 164, type: !104, scopeLine: 164, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!104 = !DISubroutineType(types: !105)
!105 = !{!106, !97, !101}
!106 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !47, size: 64)
!107 = !DISubprogram(name: "~allocator", linkageName: "_ZNSaIdED4Ev", scope: !47, file: !48, line: 174, type: !95, scopeLine: 174, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!108 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_type", file: !39, line: 435, baseType: !13)
!109 = !DISubprogram(name: "allocate", linkageName: "_ZNSt16allocator_traitsISaIdEE8allocateERS0_mPKv", scope: !38, file: !39, line: 477, type: !110, scopeLine: 477, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: DISPFlagOptimized)
!110 = !DISubroutineType(types: !111)
!111 = !{!44, !45, !108, !112}
!112 = !DIDerivedType(tag: DW_TAG_typedef, name: "const_void_pointer", file: !39, line: 429, baseType: !11)
!113 = !DISubprogram(name: "deallocate", linkageName: "_ZNSt16allocator_traitsISaIdEE10deallocateERS0_Pdm", scope: !38, file: !39, line: 495, type: !114, scopeLine: 495, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: DISPFlagOptimized)
!114 = !DISubroutineType(types: !115)
!115 = !{null, !45, !44, !108}
!116 = !DISubprogram(name: "max_size", linkageName: "_ZNSt16allocator_traitsISaIdEE8max_sizeERKS0_", scope: !38, file: !39, line: 547, type: !117, scopeLine: 547, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: DISPFlagOptimized)
!117 = !DISubroutineType(types: !118)
!118 = !{!119, !120}
!119 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_type", scope: !38, file: !39, line: 435, baseType: !13)
!120 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !121, size: 64)
!121 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !46)
!122 = !DISubprogram(name: "select_on_container_copy_construction", linkageName: "_ZNSt16allocator_traitsISaIdEE37select_on_container_copy_constructionERKS0_", scope: !38, file: !39, line: 562, type: !123, scopeLine: 562, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: DISPFlagOptimized)
!123 = !DISubroutineType(types: !124)
!124 = !{!46, !120}
!125 = !{!126}
!126 = !DITemplateTypeParameter(name: "_Alloc", type: !47)
!127 = !DISubprogram(name: "_S_select_on_copy", linkageName: "_ZN9__gnu_cxx14__alloc_traitsISaIdEdE17_S_select_on_copyERKS1_", scope: !34, file: !32, line: 97, type: !128, scopeLine: 97, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: DISPFlagOptimized)
!128 = !DISubroutineType(types: !129)
!129 = !{!47, !101}
!130 = !DISubprogram(name: "_S_on_swap", linkageName: "_ZN9__gnu_cxx14__alloc_traitsISaIdEdE10_S_on_swapERS1_S3_", scope: !34, file: !32, line: 100, type: !131, scopeLine: 100, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: DISPFlagOptimized)
!131 = !DISubroutineType(types: !132)
!132 = !{null, !106, !106}
!133 = !DISubprogram(name: "_S_propagate_on_copy_assign", linkageName: "_ZN9__gnu_cxx14__alloc_traitsISaIdEdE27_S_propagate_on_copy_assignEv", scope: !34, file: !32, line: 103, type: !134, scopeLine: 103, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: DISPFlagOptimized)
!134 = !DISubroutineType(types: !135)
!135 = !{!136}
!136 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!137 = !DISubprogram(name: "_S_propagate_on_move_assign", linkageName: "_ZN9__gnu_cxx14__alloc_traitsISaIdEdE27_S_propagate_on_move_assignEv", scope: !34, file: !32, line: 106, type: !134, scopeLine: 106, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: DISPFlagOptimized)
!138 = !DISubprogram(name: "_S_propagate_on_swap", linkageName: "_ZN9__gnu_cxx14__alloc_traitsISaIdEdE20_S_propagate_on_swapEv", scope: !34, file: !32, line: 109, type: !134, scopeLine: 109, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: DISPFlagOptimized)
!139 = !DISubprogram(name: "_S_always_equal", linkageName: "_ZN9__gnu_cxx14__alloc_traitsISaIdEdE15_S_always_equalEv", scope: !34, file: !32, line: 112, type: !134, scopeLine: 112, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: DISPFlagOptimized)
!140 = !DISubprogram(name: "_S_nothrow_move", linkageName: "_ZN9__gnu_cxx14__alloc_traitsISaIdEdE15_S_nothrow_moveEv", scope: !34, file: !32, line: 115, type: !134, scopeLine: 115, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: DISPFlagOptimized)
!141 = !{!126, !142}
!142 = !DITemplateTypeParameter(type: !18, defaulted: true)
!143 = !{}
!144 = !DIDerivedType(tag: DW_TAG_typedef, name: "rebind_alloc<double>", scope: !38, file: !39, line: 450, baseType: !47)
!145 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !27, baseType: !146, extraData: i32 0)
!146 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "_Vector_impl_data", scope: !24, file: !20, line: 92, size: 192, flags: DIFlagTypePassByReference | DIFlagNonTrivial, elements: !147, identifier: "_ZTSNSt12_Vector_baseIdSaIdEE17_Vector_impl_dataE")
!147 = !{!148, !151, !152, !153, !157, !161, !166}
!148 = !DIDerivedType(tag: DW_TAG_member, name: "_M_start", scope: !146, file: !20, line: 94, baseType: !149, size: 64)
!149 = !DIDerivedType(tag: DW_TAG_typedef, name: "pointer", scope: !24, file: !20, line: 90, baseType: !150)
!150 = !DIDerivedType(tag: DW_TAG_typedef, name: "pointer", scope: !34, file: !32, line: 57, baseType: !44)
!151 = !DIDerivedType(tag: DW_TAG_member, name: "_M_finish", scope: !146, file: !20, line: 95, baseType: !149, size: 64, offset: 64)
!152 = !DIDerivedType(tag: DW_TAG_member, name: "_M_end_of_storage", scope: !146, file: !20, line: 96, baseType: !149, size: 64, offset: 128)
!153 = !DISubprogram(name: "_Vector_impl_data", linkageName: "_ZNSt12_Vector_baseIdSaIdEE17_Vector_impl_dataC4Ev", scope: !146, file: !20, line: 99, type: !154, scopeLine: 99, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!154 = !DISubroutineType(types: !155)
!155 = !{null, !156}
!156 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !146, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!157 = !DISubprogram(name: "_Vector_impl_data", linkageName: "_ZNSt12_Vector_baseIdSaIdEE17_Vector_impl_dataC4EOS2_", scope: !146, file: !20, line: 105, type: !158, scopeLine: 105, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!158 = !DISubroutineType(types: !159)
!159 = !{null, !156, !160}
!160 = !DIDerivedType(tag: DW_TAG_rvalue_reference_type, baseType: !146, size: 64)
!161 = !DISubprogram(name: "_M_copy_data", linkageName: "_ZNSt12_Vector_baseIdSaIdEE17_Vector_impl_data12_M_copy_dataERKS2_", scope: !146, file: !20, line: 113, type: !162, scopeLine: 113, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!162 = !DISubroutineType(types: !163)
!163 = !{null, !156, !164}
!164 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !165, size: 64)
!165 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !146)
!166 = !DISubprogram(name: "_M_swap_data", linkageName: "_ZNSt12_Vector_baseIdSaIdEE17_Vector_impl_data12_M_swap_dataERS2_", scope: !146, file: !20, line: 122, type: !167, scopeLine: 122, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!167 = !DISubroutineType(types: !168)
!168 = !{null, !156, !169}
!169 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !146, size: 64)
!170 = !DISubprogram(name: "_Vector_impl", linkageName: "_ZNSt12_Vector_baseIdSaIdEE12_Vector_implC4Ev", scope: !27, file: !20, line: 137, type: !171, scopeLine: 137, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!171 = !DISubroutineType(types: !172)
!172 = !{null, !173}
!173 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !27, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!174 = !DISubprogram(name: "_Vector_impl", linkageName: "_ZNSt12_Vector_baseIdSaIdEE12_Vector_implC4ERKS0_", scope: !27, file: !20, line: 143, type: !175, scopeLine: 143, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!175 = !DISubroutineType(types: !176)
!176 = !{null, !173, !177}
!177 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !178, size: 64)
!178 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !30)
!179 = !DISubprogram(name: "_Vector_impl", linkageName: "_ZNSt12_Vector_baseIdSaIdEE12_Vector_implC4EOS2_", scope: !27, file: !20, line: 151, type: !180, scopeLine: 151, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!180 = !DISubroutineType(types: !181)
!181 = !{null, !173, !182}
!182 = !DIDerivedType(tag: DW_TAG_rvalue_reference_type, baseType: !27, size: 64)
!183 = !DISubprogram(name: "_Vector_impl", linkageName: "_ZNSt12_Vector_baseIdSaIdEE12_Vector_implC4EOS0_", scope: !27, file: !20, line: 156, type: !184, scopeLine: 156, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!184 = !DISubroutineType(types: !185)
!185 = !{null, !173, !186}
!186 = !DIDerivedType(tag: DW_TAG_rvalue_reference_type, baseType: !30, size: 64)
!187 = !DISubprogram(name: "_Vector_impl", linkageName: "_ZNSt12_Vector_baseIdSaIdEE12_Vector_implC4EOS0_OS2_", scope: !27, file: !20, line: 161, type: !188, scopeLine: 161, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!188 = !DISubroutineType(types: !189)
!189 = !{null, !173, !186, !182}
!190 = !DISubprogram(name: "_M_get_Tp_allocator", linkageName: "_ZNSt12_Vector_baseIdSaIdEE19_M_get_Tp_allocatorEv", scope: !24, file: !20, line: 298, type: !191, scopeLine: 298, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!191 = !DISubroutineType(types: !192)
!192 = !{!193, !194}
!193 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !30, size: 64)
!194 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!195 = !DISubprogram(name: "_M_get_Tp_allocator", linkageName: "_ZNKSt12_Vector_baseIdSaIdEE19_M_get_Tp_allocatorEv", scope: !24, file: !20, line: 303, type: !196, scopeLine: 303, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!196 = !DISubroutineType(types: !197)
!197 = !{!177, !198}
!198 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !199, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!199 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !24)
!200 = !DISubprogram(name: "get_allocator", linkageName: "_ZNKSt12_Vector_baseIdSaIdEE13get_allocatorEv", scope: !24, file: !20, line: 308, type: !201, scopeLine: 308, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!201 = !DISubroutineType(types: !202)
!202 = !{!203, !198}
!203 = !DIDerivedType(tag: DW_TAG_typedef, name: "allocator_type", scope: !24, file: !20, line: 294, baseType: !47)
!204 = !DISubprogram(name: "_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEEC4Ev", scope: !24, file: !20, line: 312, type: !205, scopeLine: 312, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!205 = !DISubroutineType(types: !206)
!206 = !{null, !194}
!207 = !DISubprogram(name: "_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEEC4ERKS0_", scope: !24, file: !20, line: 318, type: !208, scopeLine: 318, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!208 = !DISubroutineType(types: !209)
!209 = !{null, !194, !210}
!210 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !211, size: 64)
!211 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !203)
!212 = !DISubprogram(name: "_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEEC4Em", scope: !24, file: !20, line: 324, type: !213, scopeLine: 324, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!213 = !DISubroutineType(types: !214)
!214 = !{null, !194, !13}
!215 = !DISubprogram(name: "_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEEC4EmRKS0_", scope: !24, file: !20, line: 330, type: !216, scopeLine: 330, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!216 = !DISubroutineType(types: !217)
!217 = !{null, !194, !13, !210}
!218 = !DISubprogram(name: "_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEEC4EOS1_", scope: !24, file: !20, line: 335, type: !219, scopeLine: 335, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!219 = !DISubroutineType(types: !220)
!220 = !{null, !194, !221}
!221 = !DIDerivedType(tag: DW_TAG_rvalue_reference_type, baseType: !24, size: 64)
!222 = !DISubprogram(name: "_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEEC4EOS0_", scope: !24, file: !20, line: 340, type: !223, scopeLine: 340, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!223 = !DISubroutineType(types: !224)
!224 = !{null, !194, !186}
!225 = !DISubprogram(name: "_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEEC4EOS1_RKS0_", scope: !24, file: !20, line: 344, type: !226, scopeLine: 344, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!226 = !DISubroutineType(types: !227)
!227 = !{null, !194, !221, !210}
!228 = !DISubprogram(name: "_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEEC4ERKS0_OS1_", scope: !24, file: !20, line: 358, type: !229, scopeLine: 358, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!229 = !DISubroutineType(types: !230)
!230 = !{null, !194, !210, !221}
!231 = !DISubprogram(name: "~_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEED4Ev", scope: !24, file: !20, line: 364, type: !205, scopeLine: 364, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!232 = !DISubprogram(name: "_M_allocate", linkageName: "_ZNSt12_Vector_baseIdSaIdEE11_M_allocateEm", scope: !24, file: !20, line: 375, type: !233, scopeLine: 375, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!233 = !DISubroutineType(types: !234)
!234 = !{!149, !194, !13}
!235 = !DISubprogram(name: "_M_deallocate", linkageName: "_ZNSt12_Vector_baseIdSaIdEE13_M_deallocateEPdm", scope: !24, file: !20, line: 383, type: !236, scopeLine: 383, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!236 = !DISubroutineType(types: !237)
!237 = !{null, !194, !149, !13}
!238 = !DISubprogram(name: "_M_create_storage", linkageName: "_ZNSt12_Vector_baseIdSaIdEE17_M_create_storageEm", scope: !24, file: !20, line: 393, type: !213, scopeLine: 393, flags: DIFlagProtected | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!239 = !{!93, !126}
!240 = !DISubprogram(name: "_S_nothrow_relocate", linkageName: "_ZNSt6vectorIdSaIdEE19_S_nothrow_relocateESt17integral_constantIbLb1EE", scope: !21, file: !20, line: 465, type: !241, scopeLine: 465, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: DISPFlagOptimized)
!241 = !DISubroutineType(types: !242)
!242 = !{!136, !243}
!243 = !DIDerivedType(tag: DW_TAG_typedef, name: "true_type", scope: !15, file: !244, line: 82, baseType: !245)
!244 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/type_traits", directory: "")
!245 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "integral_constant<bool, true>", scope: !15, file: !244, line: 62, size: 8, flags: DIFlagTypePassByValue, elements: !246, templateParams: !256, identifier: "_ZTSSt17integral_constantIbLb1EE")
!246 = !{!247, !249, !255}
!247 = !DIDerivedType(tag: DW_TAG_variable, name: "value", scope: !245, file: !244, line: 64, baseType: !248, flags: DIFlagStaticMember, extraData: i1 true)
!248 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !136)
!249 = !DISubprogram(name: "operator bool", linkageName: "_ZNKSt17integral_constantIbLb1EEcvbEv", scope: !245, file: !244, line: 67, type: !250, scopeLine: 67, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!250 = !DISubroutineType(types: !251)
!251 = !{!252, !253}
!252 = !DIDerivedType(tag: DW_TAG_typedef, name: "value_type", scope: !245, file: !244, line: 65, baseType: !136)
!253 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !254, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!254 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !245)
!255 = !DISubprogram(name: "operator()", linkageName: "_ZNKSt17integral_constantIbLb1EEclEv", scope: !245, file: !244, line: 72, type: !250, scopeLine: 72, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!256 = !{!257, !258}
!257 = !DITemplateTypeParameter(name: "_Tp", type: !136)
!258 = !DITemplateValueParameter(name: "__v", type: !136, value: i1 true)
!259 = !DISubprogram(name: "_S_nothrow_relocate", linkageName: "_ZNSt6vectorIdSaIdEE19_S_nothrow_relocateESt17integral_constantIbLb0EE", scope: !21, file: !20, line: 474, type: !260, scopeLine: 474, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: DISPFlagOptimized)
!260 = !DISubroutineType(types: !261)
!261 = !{!136, !262}
!262 = !DIDerivedType(tag: DW_TAG_typedef, name: "false_type", scope: !15, file: !244, line: 85, baseType: !263)
!263 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "integral_constant<bool, false>", scope: !15, file: !244, line: 62, size: 8, flags: DIFlagTypePassByValue, elements: !264, templateParams: !273, identifier: "_ZTSSt17integral_constantIbLb0EE")
!264 = !{!265, !266, !272}
!265 = !DIDerivedType(tag: DW_TAG_variable, name: "value", scope: !263, file: !244, line: 64, baseType: !248, flags: DIFlagStaticMember, extraData: i1 false)
!266 = !DISubprogram(name: "operator bool", linkageName: "_ZNKSt17integral_constantIbLb0EEcvbEv", scope: !263, file: !244, line: 67, type: !267, scopeLine: 67, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!267 = !DISubroutineType(types: !268)
!268 = !{!269, !270}
!269 = !DIDerivedType(tag: DW_TAG_typedef, name: "value_type", scope: !263, file: !244, line: 65, baseType: !136)
!270 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !271, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!271 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !263)
!272 = !DISubprogram(name: "operator()", linkageName: "_ZNKSt17integral_constantIbLb0EEclEv", scope: !263, file: !244, line: 72, type: !267, scopeLine: 72, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!273 = !{!257, !274}
!274 = !DITemplateValueParameter(name: "__v", type: !136, value: i1 false)
!275 = !DISubprogram(name: "_S_use_relocate", linkageName: "_ZNSt6vectorIdSaIdEE15_S_use_relocateEv", scope: !21, file: !20, line: 478, type: !134, scopeLine: 478, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: DISPFlagOptimized)
!276 = !DISubprogram(name: "_S_do_relocate", linkageName: "_ZNSt6vectorIdSaIdEE14_S_do_relocateEPdS2_S2_RS0_St17integral_constantIbLb1EE", scope: !21, file: !20, line: 487, type: !277, scopeLine: 487, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: DISPFlagOptimized)
!277 = !DISubroutineType(types: !278)
!278 = !{!279, !279, !279, !279, !280, !243}
!279 = !DIDerivedType(tag: DW_TAG_typedef, name: "pointer", scope: !21, file: !20, line: 449, baseType: !149, flags: DIFlagPublic)
!280 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !19, size: 64)
!281 = !DISubprogram(name: "_S_do_relocate", linkageName: "_ZNSt6vectorIdSaIdEE14_S_do_relocateEPdS2_S2_RS0_St17integral_constantIbLb0EE", scope: !21, file: !20, line: 494, type: !282, scopeLine: 494, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: DISPFlagOptimized)
!282 = !DISubroutineType(types: !283)
!283 = !{!279, !279, !279, !279, !280, !262}
!284 = !DISubprogram(name: "_S_relocate", linkageName: "_ZNSt6vectorIdSaIdEE11_S_relocateEPdS2_S2_RS0_", scope: !21, file: !20, line: 499, type: !285, scopeLine: 499, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: DISPFlagOptimized)
!285 = !DISubroutineType(types: !286)
!286 = !{!279, !279, !279, !279, !280}
!287 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4Ev", scope: !21, file: !20, line: 526, type: !288, scopeLine: 526, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!288 = !DISubroutineType(types: !289)
!289 = !{null, !290}
!290 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !21, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!291 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4ERKS0_", scope: !21, file: !20, line: 537, type: !292, scopeLine: 537, flags: DIFlagPublic | DIFlagExplicit | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!292 = !DISubroutineType(types: !293)
!293 = !{null, !290, !294}
!294 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !295, size: 64)
!295 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !296)
!296 = !DIDerivedType(tag: DW_TAG_typedef, name: "allocator_type", scope: !21, file: !20, line: 460, baseType: !47, flags: DIFlagPublic)
!297 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4EmRKS0_", scope: !21, file: !20, line: 551, type: !298, scopeLine: 551, flags: DIFlagPublic | DIFlagExplicit | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!298 = !DISubroutineType(types: !299)
!299 = !{null, !290, !300, !294}
!300 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_type", scope: !21, file: !20, line: 458, baseType: !13, flags: DIFlagPublic)
!301 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4EmRKdRKS0_", scope: !21, file: !20, line: 564, type: !302, scopeLine: 564, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!302 = !DISubroutineType(types: !303)
!303 = !{null, !290, !300, !304, !294}
!304 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !305, size: 64)
!305 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !306)
!306 = !DIDerivedType(tag: DW_TAG_typedef, name: "value_type", scope: !21, file: !20, line: 448, baseType: !18, flags: DIFlagPublic)
!307 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4ERKS1_", scope: !21, file: !20, line: 596, type: !308, scopeLine: 596, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!308 = !DISubroutineType(types: !309)
!309 = !{null, !290, !310}
!310 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !311, size: 64)
!311 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !21)
!312 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4EOS1_", scope: !21, file: !20, line: 615, type: !313, scopeLine: 615, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!313 = !DISubroutineType(types: !314)
!314 = !{null, !290, !315}
!315 = !DIDerivedType(tag: DW_TAG_rvalue_reference_type, baseType: !21, size: 64)
!316 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4ERKS1_RKS0_", scope: !21, file: !20, line: 619, type: !317, scopeLine: 619, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!317 = !DISubroutineType(types: !318)
!318 = !{null, !290, !310, !319}
!319 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !320, size: 64)
!320 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !321)
!321 = !DIDerivedType(tag: DW_TAG_typedef, name: "__type_identity_t<std::allocator<double> >", scope: !15, file: !244, line: 128, baseType: !322)
!322 = !DIDerivedType(tag: DW_TAG_typedef, name: "type", scope: !323, file: !244, line: 125, baseType: !47)
!323 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__type_identity<std::allocator<double> >", scope: !15, file: !244, line: 124, size: 8, flags: DIFlagTypePassByValue, elements: !143, templateParams: !324, identifier: "_ZTSSt15__type_identityISaIdEE")
!324 = !{!325}
!325 = !DITemplateTypeParameter(name: "_Type", type: !47)
!326 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4EOS1_RKS0_St17integral_constantIbLb1EE", scope: !21, file: !20, line: 630, type: !327, scopeLine: 630, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!327 = !DISubroutineType(types: !328)
!328 = !{null, !290, !315, !294, !243}
!329 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4EOS1_RKS0_St17integral_constantIbLb0EE", scope: !21, file: !20, line: 635, type: !330, scopeLine: 635, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!330 = !DISubroutineType(types: !331)
!331 = !{null, !290, !315, !294, !262}
!332 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4EOS1_RKS0_", scope: !21, file: !20, line: 654, type: !333, scopeLine: 654, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!333 = !DISubroutineType(types: !334)
!334 = !{null, !290, !315, !319}
!335 = !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC4ESt16initializer_listIdERKS0_", scope: !21, file: !20, line: 673, type: !336, scopeLine: 673, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!336 = !DISubroutineType(types: !337)
!337 = !{null, !290, !338, !294}
!338 = distinct !DICompositeType(tag: DW_TAG_class_type, name: "initializer_list<double>", scope: !15, file: !339, line: 47, size: 128, flags: DIFlagTypePassByValue | DIFlagNonTrivial, elements: !340, templateParams: !362, identifier: "_ZTSSt16initializer_listIdE")
!339 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/initializer_list", directory: "")
!340 = !{!341, !343, !345, !350, !353, !358, !361}
!341 = !DIDerivedType(tag: DW_TAG_member, name: "_M_array", scope: !338, file: !339, line: 58, baseType: !342, size: 64)
!342 = !DIDerivedType(tag: DW_TAG_typedef, name: "iterator", scope: !338, file: !339, line: 54, baseType: !77, flags: DIFlagPublic)
!343 = !DIDerivedType(tag: DW_TAG_member, name: "_M_len", scope: !338, file: !339, line: 59, baseType: !344, size: 64, offset: 64)
!344 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_type", scope: !338, file: !339, line: 53, baseType: !13, flags: DIFlagPublic)
!345 = !DISubprogram(name: "initializer_list", linkageName: "_ZNSt16initializer_listIdEC4EPKdm", scope: !338, file: !339, line: 62, type: !346, scopeLine: 62, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!346 = !DISubroutineType(types: !347)
!347 = !{null, !348, !349, !344}
!348 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !338, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!349 = !DIDerivedType(tag: DW_TAG_typedef, name: "const_iterator", scope: !338, file: !339, line: 55, baseType: !77, flags: DIFlagPublic)
!350 = !DISubprogram(name: "initializer_list", linkageName: "_ZNSt16initializer_listIdEC4Ev", scope: !338, file: !339, line: 66, type: !351, scopeLine: 66, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!351 = !DISubroutineType(types: !352)
!352 = !{null, !348}
!353 = !DISubprogram(name: "size", linkageName: "_ZNKSt16initializer_listIdE4sizeEv", scope: !338, file: !339, line: 71, type: !354, scopeLine: 71, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!354 = !DISubroutineType(types: !355)
!355 = !{!344, !356}
!356 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !357, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!357 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !338)
!358 = !DISubprogram(name: "begin", linkageName: "_ZNKSt16initializer_listIdE5beginEv", scope: !338, file: !339, line: 75, type: !359, scopeLine: 75, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!359 = !DISubroutineType(types: !360)
!360 = !{!349, !356}
!361 = !DISubprogram(name: "end", linkageName: "_ZNKSt16initializer_listIdE3endEv", scope: !338, file: !339, line: 79, type: !359, scopeLine: 79, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!362 = !{!363}
!363 = !DITemplateTypeParameter(name: "_E", type: !18)
!364 = !DISubprogram(name: "~vector", linkageName: "_ZNSt6vectorIdSaIdEED4Ev", scope: !21, file: !20, line: 728, type: !288, scopeLine: 728, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!365 = !DISubprogram(name: "operator=", linkageName: "_ZNSt6vectorIdSaIdEEaSERKS1_", scope: !21, file: !20, line: 746, type: !366, scopeLine: 746, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!366 = !DISubroutineType(types: !367)
!367 = !{!368, !290, !310}
!368 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !21, size: 64)
!369 = !DISubprogram(name: "operator=", linkageName: "_ZNSt6vectorIdSaIdEEaSEOS1_", scope: !21, file: !20, line: 761, type: !370, scopeLine: 761, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!370 = !DISubroutineType(types: !371)
!371 = !{!368, !290, !315}
!372 = !DISubprogram(name: "operator=", linkageName: "_ZNSt6vectorIdSaIdEEaSESt16initializer_listIdE", scope: !21, file: !20, line: 783, type: !373, scopeLine: 783, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!373 = !DISubroutineType(types: !374)
!374 = !{!368, !290, !338}
!375 = !DISubprogram(name: "assign", linkageName: "_ZNSt6vectorIdSaIdEE6assignEmRKd", scope: !21, file: !20, line: 803, type: !376, scopeLine: 803, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!376 = !DISubroutineType(types: !377)
!377 = !{null, !290, !300, !304}
!378 = !DISubprogram(name: "assign", linkageName: "_ZNSt6vectorIdSaIdEE6assignESt16initializer_listIdE", scope: !21, file: !20, line: 850, type: !379, scopeLine: 850, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!379 = !DISubroutineType(types: !380)
!380 = !{null, !290, !338}
!381 = !DISubprogram(name: "begin", linkageName: "_ZNSt6vectorIdSaIdEE5beginEv", scope: !21, file: !20, line: 868, type: !382, scopeLine: 868, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!382 = !DISubroutineType(types: !383)
!383 = !{!384, !290}
!384 = !DIDerivedType(tag: DW_TAG_typedef, name: "iterator", scope: !21, file: !20, line: 453, baseType: !385, flags: DIFlagPublic)
!385 = distinct !DICompositeType(tag: DW_TAG_class_type, name: "__normal_iterator<double *, std::vector<double, std::allocator<double> > >", scope: !35, file: !386, line: 1043, size: 64, flags: DIFlagTypePassByValue | DIFlagNonTrivial, elements: !387, templateParams: !442, identifier: "_ZTSN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEE")
!386 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/stl_iterator.h", directory: "", checksumkind: CSK_MD5, checksum: "bea55f548d6c981fe14b47f481b3c513")
!387 = !{!388, !389, !393, !398, !409, !414, !418, !422, !423, !424, !431, !434, !437, !438, !439}
!388 = !DIDerivedType(tag: DW_TAG_member, name: "_M_current", scope: !385, file: !386, line: 1046, baseType: !17, size: 64, flags: DIFlagProtected)
!389 = !DISubprogram(name: "__normal_iterator", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEC4Ev", scope: !385, file: !386, line: 1068, type: !390, scopeLine: 1068, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!390 = !DISubroutineType(types: !391)
!391 = !{null, !392}
!392 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !385, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!393 = !DISubprogram(name: "__normal_iterator", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEC4ERKS1_", scope: !385, file: !386, line: 1072, type: !394, scopeLine: 1072, flags: DIFlagPublic | DIFlagExplicit | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!394 = !DISubroutineType(types: !395)
!395 = !{null, !392, !396}
!396 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !397, size: 64)
!397 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !17)
!398 = !DISubprogram(name: "operator*", linkageName: "_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEdeEv", scope: !385, file: !386, line: 1095, type: !399, scopeLine: 1095, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!399 = !DISubroutineType(types: !400)
!400 = !{!401, !407}
!401 = !DIDerivedType(tag: DW_TAG_typedef, name: "reference", scope: !385, file: !386, line: 1061, baseType: !402, flags: DIFlagPublic)
!402 = !DIDerivedType(tag: DW_TAG_typedef, name: "reference", scope: !404, file: !403, line: 216, baseType: !72)
!403 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/stl_iterator_base_types.h", directory: "")
!404 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "iterator_traits<double *>", scope: !15, file: !403, line: 210, size: 8, flags: DIFlagTypePassByValue, elements: !143, templateParams: !405, identifier: "_ZTSSt15iterator_traitsIPdE")
!405 = !{!406}
!406 = !DITemplateTypeParameter(name: "_Iterator", type: !17)
!407 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !408, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!408 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !385)
!409 = !DISubprogram(name: "operator->", linkageName: "_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEptEv", scope: !385, file: !386, line: 1100, type: !410, scopeLine: 1100, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!410 = !DISubroutineType(types: !411)
!411 = !{!412, !407}
!412 = !DIDerivedType(tag: DW_TAG_typedef, name: "pointer", scope: !385, file: !386, line: 1062, baseType: !413, flags: DIFlagPublic)
!413 = !DIDerivedType(tag: DW_TAG_typedef, name: "pointer", scope: !404, file: !403, line: 215, baseType: !17)
!414 = !DISubprogram(name: "operator++", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEppEv", scope: !385, file: !386, line: 1105, type: !415, scopeLine: 1105, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!415 = !DISubroutineType(types: !416)
!416 = !{!417, !392}
!417 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !385, size: 64)
!418 = !DISubprogram(name: "operator++", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEppEi", scope: !385, file: !386, line: 1113, type: !419, scopeLine: 1113, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!419 = !DISubroutineType(types: !420)
!420 = !{!385, !392, !421}
!421 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!422 = !DISubprogram(name: "operator--", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEmmEv", scope: !385, file: !386, line: 1119, type: !415, scopeLine: 1119, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!423 = !DISubprogram(name: "operator--", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEmmEi", scope: !385, file: !386, line: 1127, type: !419, scopeLine: 1127, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!424 = !DISubprogram(name: "operator[]", linkageName: "_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEixEl", scope: !385, file: !386, line: 1133, type: !425, scopeLine: 1133, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!425 = !DISubroutineType(types: !426)
!426 = !{!401, !407, !427}
!427 = !DIDerivedType(tag: DW_TAG_typedef, name: "difference_type", scope: !385, file: !386, line: 1060, baseType: !428, flags: DIFlagPublic)
!428 = !DIDerivedType(tag: DW_TAG_typedef, name: "difference_type", scope: !404, file: !403, line: 214, baseType: !429)
!429 = !DIDerivedType(tag: DW_TAG_typedef, name: "ptrdiff_t", scope: !15, file: !14, line: 299, baseType: !430)
!430 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!431 = !DISubprogram(name: "operator+=", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEpLEl", scope: !385, file: !386, line: 1138, type: !432, scopeLine: 1138, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!432 = !DISubroutineType(types: !433)
!433 = !{!417, !392, !427}
!434 = !DISubprogram(name: "operator+", linkageName: "_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEplEl", scope: !385, file: !386, line: 1143, type: !435, scopeLine: 1143, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!435 = !DISubroutineType(types: !436)
!436 = !{!385, !407, !427}
!437 = !DISubprogram(name: "operator-=", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEmIEl", scope: !385, file: !386, line: 1148, type: !432, scopeLine: 1148, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!438 = !DISubprogram(name: "operator-", linkageName: "_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEmiEl", scope: !385, file: !386, line: 1153, type: !435, scopeLine: 1153, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!439 = !DISubprogram(name: "base", linkageName: "_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEE4baseEv", scope: !385, file: !386, line: 1158, type: !440, scopeLine: 1158, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!440 = !DISubroutineType(types: !441)
!441 = !{!396, !407}
!442 = !{!406, !443}
!443 = !DITemplateTypeParameter(name: "_Container", type: !21)
!444 = !DISubprogram(name: "begin", linkageName: "_ZNKSt6vectorIdSaIdEE5beginEv", scope: !21, file: !20, line: 878, type: !445, scopeLine: 878, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!445 = !DISubroutineType(types: !446)
!446 = !{!447, !449}
!447 = !DIDerivedType(tag: DW_TAG_typedef, name: "const_iterator", scope: !21, file: !20, line: 455, baseType: !448, flags: DIFlagPublic)
!448 = !DICompositeType(tag: DW_TAG_class_type, name: "__normal_iterator<const double *, std::vector<double, std::allocator<double> > >", scope: !35, file: !386, line: 1043, flags: DIFlagFwdDecl | DIFlagNonTrivial, identifier: "_ZTSN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEE")
!449 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !311, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!450 = !DISubprogram(name: "end", linkageName: "_ZNSt6vectorIdSaIdEE3endEv", scope: !21, file: !20, line: 888, type: !382, scopeLine: 888, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!451 = !DISubprogram(name: "end", linkageName: "_ZNKSt6vectorIdSaIdEE3endEv", scope: !21, file: !20, line: 898, type: !445, scopeLine: 898, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!452 = !DISubprogram(name: "rbegin", linkageName: "_ZNSt6vectorIdSaIdEE6rbeginEv", scope: !21, file: !20, line: 908, type: !453, scopeLine: 908, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!453 = !DISubroutineType(types: !454)
!454 = !{!455, !290}
!455 = !DIDerivedType(tag: DW_TAG_typedef, name: "reverse_iterator", scope: !21, file: !20, line: 457, baseType: !456, flags: DIFlagPublic)
!456 = !DICompositeType(tag: DW_TAG_class_type, name: "reverse_iterator<__gnu_cxx::__normal_iterator<double *, std::vector<double, std::allocator<double> > > >", scope: !15, file: !386, line: 132, flags: DIFlagFwdDecl | DIFlagNonTrivial, identifier: "_ZTSSt16reverse_iteratorIN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEEE")
!457 = !DISubprogram(name: "rbegin", linkageName: "_ZNKSt6vectorIdSaIdEE6rbeginEv", scope: !21, file: !20, line: 918, type: !458, scopeLine: 918, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!458 = !DISubroutineType(types: !459)
!459 = !{!460, !449}
!460 = !DIDerivedType(tag: DW_TAG_typedef, name: "const_reverse_iterator", scope: !21, file: !20, line: 456, baseType: !461, flags: DIFlagPublic)
!461 = !DICompositeType(tag: DW_TAG_class_type, name: "reverse_iterator<__gnu_cxx::__normal_iterator<const double *, std::vector<double, std::allocator<double> > > >", scope: !15, file: !386, line: 132, flags: DIFlagFwdDecl | DIFlagNonTrivial, identifier: "_ZTSSt16reverse_iteratorIN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEEE")
!462 = !DISubprogram(name: "rend", linkageName: "_ZNSt6vectorIdSaIdEE4rendEv", scope: !21, file: !20, line: 928, type: !453, scopeLine: 928, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!463 = !DISubprogram(name: "rend", linkageName: "_ZNKSt6vectorIdSaIdEE4rendEv", scope: !21, file: !20, line: 938, type: !458, scopeLine: 938, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!464 = !DISubprogram(name: "cbegin", linkageName: "_ZNKSt6vectorIdSaIdEE6cbeginEv", scope: !21, file: !20, line: 949, type: !445, scopeLine: 949, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!465 = !DISubprogram(name: "cend", linkageName: "_ZNKSt6vectorIdSaIdEE4cendEv", scope: !21, file: !20, line: 959, type: !445, scopeLine: 959, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!466 = !DISubprogram(name: "crbegin", linkageName: "_ZNKSt6vectorIdSaIdEE7crbeginEv", scope: !21, file: !20, line: 969, type: !458, scopeLine: 969, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!467 = !DISubprogram(name: "crend", linkageName: "_ZNKSt6vectorIdSaIdEE5crendEv", scope: !21, file: !20, line: 979, type: !458, scopeLine: 979, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!468 = !DISubprogram(name: "size", linkageName: "_ZNKSt6vectorIdSaIdEE4sizeEv", scope: !21, file: !20, line: 987, type: !469, scopeLine: 987, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!469 = !DISubroutineType(types: !470)
!470 = !{!300, !449}
!471 = !DISubprogram(name: "max_size", linkageName: "_ZNKSt6vectorIdSaIdEE8max_sizeEv", scope: !21, file: !20, line: 993, type: !469, scopeLine: 993, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!472 = !DISubprogram(name: "resize", linkageName: "_ZNSt6vectorIdSaIdEE6resizeEm", scope: !21, file: !20, line: 1008, type: !473, scopeLine: 1008, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!473 = !DISubroutineType(types: !474)
!474 = !{null, !290, !300}
!475 = !DISubprogram(name: "resize", linkageName: "_ZNSt6vectorIdSaIdEE6resizeEmRKd", scope: !21, file: !20, line: 1029, type: !376, scopeLine: 1029, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!476 = !DISubprogram(name: "shrink_to_fit", linkageName: "_ZNSt6vectorIdSaIdEE13shrink_to_fitEv", scope: !21, file: !20, line: 1063, type: !288, scopeLine: 1063, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!477 = !DISubprogram(name: "capacity", linkageName: "_ZNKSt6vectorIdSaIdEE8capacityEv", scope: !21, file: !20, line: 1073, type: !469, scopeLine: 1073, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!478 = !DISubprogram(name: "empty", linkageName: "_ZNKSt6vectorIdSaIdEE5emptyEv", scope: !21, file: !20, line: 1083, type: !479, scopeLine: 1083, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!479 = !DISubroutineType(types: !480)
!480 = !{!136, !449}
!481 = !DISubprogram(name: "reserve", linkageName: "_ZNSt6vectorIdSaIdEE7reserveEm", scope: !21, file: !20, line: 1105, type: !473, scopeLine: 1105, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!482 = !DISubprogram(name: "operator[]", linkageName: "_ZNSt6vectorIdSaIdEEixEm", scope: !21, file: !20, line: 1121, type: !483, scopeLine: 1121, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!483 = !DISubroutineType(types: !484)
!484 = !{!485, !290, !300}
!485 = !DIDerivedType(tag: DW_TAG_typedef, name: "reference", scope: !21, file: !20, line: 451, baseType: !486, flags: DIFlagPublic)
!486 = !DIDerivedType(tag: DW_TAG_typedef, name: "reference", scope: !34, file: !32, line: 62, baseType: !487)
!487 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !488, size: 64)
!488 = !DIDerivedType(tag: DW_TAG_typedef, name: "value_type", scope: !34, file: !32, line: 56, baseType: !489)
!489 = !DIDerivedType(tag: DW_TAG_typedef, name: "value_type", scope: !38, file: !39, line: 417, baseType: !18)
!490 = !DISubprogram(name: "operator[]", linkageName: "_ZNKSt6vectorIdSaIdEEixEm", scope: !21, file: !20, line: 1140, type: !491, scopeLine: 1140, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!491 = !DISubroutineType(types: !492)
!492 = !{!493, !449, !300}
!493 = !DIDerivedType(tag: DW_TAG_typedef, name: "const_reference", scope: !21, file: !20, line: 452, baseType: !494, flags: DIFlagPublic)
!494 = !DIDerivedType(tag: DW_TAG_typedef, name: "const_reference", scope: !34, file: !32, line: 63, baseType: !495)
!495 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !496, size: 64)
!496 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !488)
!497 = !DISubprogram(name: "_M_range_check", linkageName: "_ZNKSt6vectorIdSaIdEE14_M_range_checkEm", scope: !21, file: !20, line: 1150, type: !498, scopeLine: 1150, flags: DIFlagProtected | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!498 = !DISubroutineType(types: !499)
!499 = !{null, !449, !300}
!500 = !DISubprogram(name: "at", linkageName: "_ZNSt6vectorIdSaIdEE2atEm", scope: !21, file: !20, line: 1173, type: !483, scopeLine: 1173, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!501 = !DISubprogram(name: "at", linkageName: "_ZNKSt6vectorIdSaIdEE2atEm", scope: !21, file: !20, line: 1192, type: !491, scopeLine: 1192, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!502 = !DISubprogram(name: "front", linkageName: "_ZNSt6vectorIdSaIdEE5frontEv", scope: !21, file: !20, line: 1204, type: !503, scopeLine: 1204, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!503 = !DISubroutineType(types: !504)
!504 = !{!485, !290}
!505 = !DISubprogram(name: "front", linkageName: "_ZNKSt6vectorIdSaIdEE5frontEv", scope: !21, file: !20, line: 1216, type: !506, scopeLine: 1216, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!506 = !DISubroutineType(types: !507)
!507 = !{!493, !449}
!508 = !DISubprogram(name: "back", linkageName: "_ZNSt6vectorIdSaIdEE4backEv", scope: !21, file: !20, line: 1228, type: !503, scopeLine: 1228, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!509 = !DISubprogram(name: "back", linkageName: "_ZNKSt6vectorIdSaIdEE4backEv", scope: !21, file: !20, line: 1240, type: !506, scopeLine: 1240, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!510 = !DISubprogram(name: "data", linkageName: "_ZNSt6vectorIdSaIdEE4dataEv", scope: !21, file: !20, line: 1255, type: !511, scopeLine: 1255, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!511 = !DISubroutineType(types: !512)
!512 = !{!17, !290}
!513 = !DISubprogram(name: "data", linkageName: "_ZNKSt6vectorIdSaIdEE4dataEv", scope: !21, file: !20, line: 1260, type: !514, scopeLine: 1260, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!514 = !DISubroutineType(types: !515)
!515 = !{!77, !449}
!516 = !DISubprogram(name: "push_back", linkageName: "_ZNSt6vectorIdSaIdEE9push_backERKd", scope: !21, file: !20, line: 1276, type: !517, scopeLine: 1276, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!517 = !DISubroutineType(types: !518)
!518 = !{null, !290, !304}
!519 = !DISubprogram(name: "push_back", linkageName: "_ZNSt6vectorIdSaIdEE9push_backEOd", scope: !21, file: !20, line: 1293, type: !520, scopeLine: 1293, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!520 = !DISubroutineType(types: !521)
!521 = !{null, !290, !522}
!522 = !DIDerivedType(tag: DW_TAG_rvalue_reference_type, baseType: !306, size: 64)
!523 = !DISubprogram(name: "pop_back", linkageName: "_ZNSt6vectorIdSaIdEE8pop_backEv", scope: !21, file: !20, line: 1317, type: !288, scopeLine: 1317, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!524 = !DISubprogram(name: "insert", linkageName: "_ZNSt6vectorIdSaIdEE6insertEN9__gnu_cxx17__normal_iteratorIPKdS1_EERS4_", scope: !21, file: !20, line: 1357, type: !525, scopeLine: 1357, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!525 = !DISubroutineType(types: !526)
!526 = !{!384, !290, !447, !304}
!527 = !DISubprogram(name: "insert", linkageName: "_ZNSt6vectorIdSaIdEE6insertEN9__gnu_cxx17__normal_iteratorIPKdS1_EEOd", scope: !21, file: !20, line: 1388, type: !528, scopeLine: 1388, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!528 = !DISubroutineType(types: !529)
!529 = !{!384, !290, !447, !522}
!530 = !DISubprogram(name: "insert", linkageName: "_ZNSt6vectorIdSaIdEE6insertEN9__gnu_cxx17__normal_iteratorIPKdS1_EESt16initializer_listIdE", scope: !21, file: !20, line: 1406, type: !531, scopeLine: 1406, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!531 = !DISubroutineType(types: !532)
!532 = !{!384, !290, !447, !338}
!533 = !DISubprogram(name: "insert", linkageName: "_ZNSt6vectorIdSaIdEE6insertEN9__gnu_cxx17__normal_iteratorIPKdS1_EEmRS4_", scope: !21, file: !20, line: 1432, type: !534, scopeLine: 1432, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!534 = !DISubroutineType(types: !535)
!535 = !{!384, !290, !447, !300, !304}
!536 = !DISubprogram(name: "erase", linkageName: "_ZNSt6vectorIdSaIdEE5eraseEN9__gnu_cxx17__normal_iteratorIPKdS1_EE", scope: !21, file: !20, line: 1529, type: !537, scopeLine: 1529, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!537 = !DISubroutineType(types: !538)
!538 = !{!384, !290, !447}
!539 = !DISubprogram(name: "erase", linkageName: "_ZNSt6vectorIdSaIdEE5eraseEN9__gnu_cxx17__normal_iteratorIPKdS1_EES6_", scope: !21, file: !20, line: 1557, type: !540, scopeLine: 1557, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!540 = !DISubroutineType(types: !541)
!541 = !{!384, !290, !447, !447}
!542 = !DISubprogram(name: "swap", linkageName: "_ZNSt6vectorIdSaIdEE4swapERS1_", scope: !21, file: !20, line: 1581, type: !543, scopeLine: 1581, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!543 = !DISubroutineType(types: !544)
!544 = !{null, !290, !368}
!545 = !DISubprogram(name: "clear", linkageName: "_ZNSt6vectorIdSaIdEE5clearEv", scope: !21, file: !20, line: 1600, type: !288, scopeLine: 1600, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!546 = !DISubprogram(name: "_M_fill_initialize", linkageName: "_ZNSt6vectorIdSaIdEE18_M_fill_initializeEmRKd", scope: !21, file: !20, line: 1699, type: !376, scopeLine: 1699, flags: DIFlagProtected | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!547 = !DISubprogram(name: "_M_default_initialize", linkageName: "_ZNSt6vectorIdSaIdEE21_M_default_initializeEm", scope: !21, file: !20, line: 1710, type: !473, scopeLine: 1710, flags: DIFlagProtected | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!548 = !DISubprogram(name: "_M_fill_assign", linkageName: "_ZNSt6vectorIdSaIdEE14_M_fill_assignEmRKd", scope: !21, file: !20, line: 1757, type: !376, scopeLine: 1757, flags: DIFlagProtected | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!549 = !DISubprogram(name: "_M_fill_insert", linkageName: "_ZNSt6vectorIdSaIdEE14_M_fill_insertEN9__gnu_cxx17__normal_iteratorIPdS1_EEmRKd", scope: !21, file: !20, line: 1801, type: !550, scopeLine: 1801, flags: DIFlagProtected | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!550 = !DISubroutineType(types: !551)
!551 = !{null, !290, !384, !300, !304}
!552 = !DISubprogram(name: "_M_default_append", linkageName: "_ZNSt6vectorIdSaIdEE17_M_default_appendEm", scope: !21, file: !20, line: 1807, type: !473, scopeLine: 1807, flags: DIFlagProtected | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!553 = !DISubprogram(name: "_M_shrink_to_fit", linkageName: "_ZNSt6vectorIdSaIdEE16_M_shrink_to_fitEv", scope: !21, file: !20, line: 1811, type: !554, scopeLine: 1811, flags: DIFlagProtected | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!554 = !DISubroutineType(types: !555)
!555 = !{!136, !290}
!556 = !DISubprogram(name: "_M_insert_rval", linkageName: "_ZNSt6vectorIdSaIdEE14_M_insert_rvalEN9__gnu_cxx17__normal_iteratorIPKdS1_EEOd", scope: !21, file: !20, line: 1873, type: !528, scopeLine: 1873, flags: DIFlagProtected | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!557 = !DISubprogram(name: "_M_emplace_aux", linkageName: "_ZNSt6vectorIdSaIdEE14_M_emplace_auxEN9__gnu_cxx17__normal_iteratorIPKdS1_EEOd", scope: !21, file: !20, line: 1884, type: !528, scopeLine: 1884, flags: DIFlagProtected | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!558 = !DISubprogram(name: "_M_check_len", linkageName: "_ZNKSt6vectorIdSaIdEE12_M_check_lenEmPKc", scope: !21, file: !20, line: 1891, type: !559, scopeLine: 1891, flags: DIFlagProtected | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!559 = !DISubroutineType(types: !560)
!560 = !{!300, !449, !300, !561}
!561 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!562 = !DISubprogram(name: "_S_check_init_len", linkageName: "_ZNSt6vectorIdSaIdEE17_S_check_init_lenEmRKS0_", scope: !21, file: !20, line: 1902, type: !563, scopeLine: 1902, flags: DIFlagProtected | DIFlagPrototyped | DIFlagStaticMember, spFlags: DISPFlagOptimized)
!563 = !DISubroutineType(types: !564)
!564 = !{!300, !300, !294}
!565 = !DISubprogram(name: "_S_max_size", linkageName: "_ZNSt6vectorIdSaIdEE11_S_max_sizeERKS0_", scope: !21, file: !20, line: 1911, type: !566, scopeLine: 1911, flags: DIFlagProtected | DIFlagPrototyped | DIFlagStaticMember, spFlags: DISPFlagOptimized)
!566 = !DISubroutineType(types: !567)
!567 = !{!300, !568}
!568 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !569, size: 64)
!569 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !19)
!570 = !DISubprogram(name: "_M_erase_at_end", linkageName: "_ZNSt6vectorIdSaIdEE15_M_erase_at_endEPd", scope: !21, file: !20, line: 1928, type: !571, scopeLine: 1928, flags: DIFlagProtected | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!571 = !DISubroutineType(types: !572)
!572 = !{null, !290, !279}
!573 = !DISubprogram(name: "_M_erase", linkageName: "_ZNSt6vectorIdSaIdEE8_M_eraseEN9__gnu_cxx17__normal_iteratorIPdS1_EE", scope: !21, file: !20, line: 1941, type: !574, scopeLine: 1941, flags: DIFlagProtected | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!574 = !DISubroutineType(types: !575)
!575 = !{!384, !290, !384}
!576 = !DISubprogram(name: "_M_erase", linkageName: "_ZNSt6vectorIdSaIdEE8_M_eraseEN9__gnu_cxx17__normal_iteratorIPdS1_EES5_", scope: !21, file: !20, line: 1945, type: !577, scopeLine: 1945, flags: DIFlagProtected | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!577 = !DISubroutineType(types: !578)
!578 = !{!384, !290, !384, !384}
!579 = !DISubprogram(name: "_M_move_assign", linkageName: "_ZNSt6vectorIdSaIdEE14_M_move_assignEOS1_St17integral_constantIbLb1EE", scope: !21, file: !20, line: 1954, type: !580, scopeLine: 1954, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!580 = !DISubroutineType(types: !581)
!581 = !{null, !290, !315, !243}
!582 = !DISubprogram(name: "_M_move_assign", linkageName: "_ZNSt6vectorIdSaIdEE14_M_move_assignEOS1_St17integral_constantIbLb0EE", scope: !21, file: !20, line: 1966, type: !583, scopeLine: 1966, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!583 = !DISubroutineType(types: !584)
!584 = !{null, !290, !315, !262}
!585 = !{!93, !586}
!586 = !DITemplateTypeParameter(name: "_Alloc", type: !47, defaulted: true)
!587 = !{!0, !588}
!588 = !DIGlobalVariableExpression(var: !589, expr: !DIExpression())
!589 = distinct !DIGlobalVariable(scope: null, file: !20, line: 1906, type: !590, isLocal: true, isDefinition: true)
!590 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 392, elements: !591)
!591 = !{!592}
!592 = !DISubrange(count: 49)
!593 = !{!594, !600, !606, !608, !610, !614, !616, !618, !620, !622, !624, !626, !628, !633, !637, !639, !641, !645, !647, !649, !651, !653, !655, !657, !660, !663, !665, !669, !674, !676, !678, !680, !682, !684, !686, !688, !690, !692, !694, !698, !702, !704, !706, !708, !710, !712, !714, !716, !718, !720, !722, !724, !726, !728, !730, !732, !736, !740, !744, !746, !748, !750, !752, !754, !756, !758, !760, !762, !766, !770, !774, !776, !778, !780, !785, !789, !793, !795, !797, !799, !801, !803, !805, !807, !809, !811, !813, !815, !817, !821, !825, !829, !831, !833, !835, !839, !843, !847, !849, !851, !853, !855, !857, !859, !863, !867, !869, !871, !873, !875, !879, !883, !887, !889, !891, !893, !895, !897, !899, !903, !907, !911, !913, !917, !921, !923, !925, !927, !929, !931, !933, !937, !996, !1002, !1007, !1011, !1013, !1015, !1017, !1019, !1026, !1031, !1036, !1040, !1044, !1048, !1053, !1057, !1059, !1063, !1069, !1073, !1078, !1080, !1085, !1089, !1093, !1095, !1097, !1101, !1103, !1107, !1109, !1111, !1115, !1119, !1123, !1127, !1131, !1135, !1137, !1143, !1147, !1151, !1155, !1157, !1159, !1163, !1167, !1168, !1169, !1170, !1171, !1172, !1178, !1182, !1186, !1190, !1194, !1198, !1200, !1202, !1204, !1208, !1212, !1216, !1220, !1224, !1226, !1228, !1230, !1234, !1238, !1242, !1244}
!594 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !595, file: !599, line: 52)
!595 = !DISubprogram(name: "abs", scope: !596, file: !596, line: 861, type: !597, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!596 = !DIFile(filename: "/usr/include/stdlib.h", directory: "", checksumkind: CSK_MD5, checksum: "4b47dc81a92f1fe77a152c0aac236718")
!597 = !DISubroutineType(types: !598)
!598 = !{!421, !421}
!599 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/std_abs.h", directory: "")
!600 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !601, file: !605, line: 83)
!601 = !DISubprogram(name: "acos", scope: !602, file: !602, line: 53, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!602 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/mathcalls.h", directory: "", checksumkind: CSK_MD5, checksum: "8c6e2d0d2bda65bc5ba1ca02b65383b7")
!603 = !DISubroutineType(types: !604)
!604 = !{!18, !18}
!605 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/cmath", directory: "")
!606 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !607, file: !605, line: 102)
!607 = !DISubprogram(name: "asin", scope: !602, file: !602, line: 55, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!608 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !609, file: !605, line: 121)
!609 = !DISubprogram(name: "atan", scope: !602, file: !602, line: 57, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!610 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !611, file: !605, line: 140)
!611 = !DISubprogram(name: "atan2", scope: !602, file: !602, line: 59, type: !612, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!612 = !DISubroutineType(types: !613)
!613 = !{!18, !18, !18}
!614 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !615, file: !605, line: 161)
!615 = !DISubprogram(name: "ceil", scope: !602, file: !602, line: 159, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!616 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !617, file: !605, line: 180)
!617 = !DISubprogram(name: "cos", scope: !602, file: !602, line: 62, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!618 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !619, file: !605, line: 199)
!619 = !DISubprogram(name: "cosh", scope: !602, file: !602, line: 71, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!620 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !621, file: !605, line: 218)
!621 = !DISubprogram(name: "exp", scope: !602, file: !602, line: 95, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!622 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !623, file: !605, line: 237)
!623 = !DISubprogram(name: "fabs", scope: !602, file: !602, line: 162, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!624 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !625, file: !605, line: 256)
!625 = !DISubprogram(name: "floor", scope: !602, file: !602, line: 165, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!626 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !627, file: !605, line: 275)
!627 = !DISubprogram(name: "fmod", scope: !602, file: !602, line: 168, type: !612, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!628 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !629, file: !605, line: 296)
!629 = !DISubprogram(name: "frexp", scope: !602, file: !602, line: 98, type: !630, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!630 = !DISubroutineType(types: !631)
!631 = !{!18, !18, !632}
!632 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !421, size: 64)
!633 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !634, file: !605, line: 315)
!634 = !DISubprogram(name: "ldexp", scope: !602, file: !602, line: 101, type: !635, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!635 = !DISubroutineType(types: !636)
!636 = !{!18, !18, !421}
!637 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !638, file: !605, line: 334)
!638 = !DISubprogram(name: "log", scope: !602, file: !602, line: 104, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!639 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !640, file: !605, line: 353)
!640 = !DISubprogram(name: "log10", scope: !602, file: !602, line: 107, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!641 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !642, file: !605, line: 372)
!642 = !DISubprogram(name: "modf", scope: !602, file: !602, line: 110, type: !643, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!643 = !DISubroutineType(types: !644)
!644 = !{!18, !18, !17}
!645 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !646, file: !605, line: 384)
!646 = !DISubprogram(name: "pow", scope: !602, file: !602, line: 140, type: !612, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!647 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !648, file: !605, line: 421)
!648 = !DISubprogram(name: "sin", scope: !602, file: !602, line: 64, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!649 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !650, file: !605, line: 440)
!650 = !DISubprogram(name: "sinh", scope: !602, file: !602, line: 73, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!651 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !652, file: !605, line: 459)
!652 = !DISubprogram(name: "sqrt", scope: !602, file: !602, line: 143, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!653 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !654, file: !605, line: 478)
!654 = !DISubprogram(name: "tan", scope: !602, file: !602, line: 66, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!655 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !656, file: !605, line: 497)
!656 = !DISubprogram(name: "tanh", scope: !602, file: !602, line: 75, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!657 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !658, file: !605, line: 1065)
!658 = !DIDerivedType(tag: DW_TAG_typedef, name: "double_t", file: !659, line: 164, baseType: !18)
!659 = !DIFile(filename: "/usr/include/math.h", directory: "", checksumkind: CSK_MD5, checksum: "6109561044b2929616a1559ec58c6c55")
!660 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !661, file: !605, line: 1066)
!661 = !DIDerivedType(tag: DW_TAG_typedef, name: "float_t", file: !659, line: 163, baseType: !662)
!662 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!663 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !664, file: !605, line: 1069)
!664 = !DISubprogram(name: "acosh", scope: !602, file: !602, line: 85, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!665 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !666, file: !605, line: 1070)
!666 = !DISubprogram(name: "acoshf", scope: !602, file: !602, line: 85, type: !667, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!667 = !DISubroutineType(types: !668)
!668 = !{!662, !662}
!669 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !670, file: !605, line: 1071)
!670 = !DISubprogram(name: "acoshl", scope: !602, file: !602, line: 85, type: !671, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!671 = !DISubroutineType(types: !672)
!672 = !{!673, !673}
!673 = !DIBasicType(name: "long double", size: 128, encoding: DW_ATE_float)
!674 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !675, file: !605, line: 1073)
!675 = !DISubprogram(name: "asinh", scope: !602, file: !602, line: 87, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!676 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !677, file: !605, line: 1074)
!677 = !DISubprogram(name: "asinhf", scope: !602, file: !602, line: 87, type: !667, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!678 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !679, file: !605, line: 1075)
!679 = !DISubprogram(name: "asinhl", scope: !602, file: !602, line: 87, type: !671, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!680 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !681, file: !605, line: 1077)
!681 = !DISubprogram(name: "atanh", scope: !602, file: !602, line: 89, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!682 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !683, file: !605, line: 1078)
!683 = !DISubprogram(name: "atanhf", scope: !602, file: !602, line: 89, type: !667, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!684 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !685, file: !605, line: 1079)
!685 = !DISubprogram(name: "atanhl", scope: !602, file: !602, line: 89, type: !671, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!686 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !687, file: !605, line: 1081)
!687 = !DISubprogram(name: "cbrt", scope: !602, file: !602, line: 152, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!688 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !689, file: !605, line: 1082)
!689 = !DISubprogram(name: "cbrtf", scope: !602, file: !602, line: 152, type: !667, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!690 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !691, file: !605, line: 1083)
!691 = !DISubprogram(name: "cbrtl", scope: !602, file: !602, line: 152, type: !671, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!692 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !693, file: !605, line: 1085)
!693 = !DISubprogram(name: "copysign", scope: !602, file: !602, line: 198, type: !612, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!694 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !695, file: !605, line: 1086)
!695 = !DISubprogram(name: "copysignf", scope: !602, file: !602, line: 198, type: !696, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!696 = !DISubroutineType(types: !697)
!697 = !{!662, !662, !662}
!698 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !699, file: !605, line: 1087)
!699 = !DISubprogram(name: "copysignl", scope: !602, file: !602, line: 198, type: !700, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!700 = !DISubroutineType(types: !701)
!701 = !{!673, !673, !673}
!702 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !703, file: !605, line: 1089)
!703 = !DISubprogram(name: "erf", scope: !602, file: !602, line: 231, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!704 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !705, file: !605, line: 1090)
!705 = !DISubprogram(name: "erff", scope: !602, file: !602, line: 231, type: !667, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!706 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !707, file: !605, line: 1091)
!707 = !DISubprogram(name: "erfl", scope: !602, file: !602, line: 231, type: !671, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!708 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !709, file: !605, line: 1093)
!709 = !DISubprogram(name: "erfc", scope: !602, file: !602, line: 232, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!710 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !711, file: !605, line: 1094)
!711 = !DISubprogram(name: "erfcf", scope: !602, file: !602, line: 232, type: !667, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!712 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !713, file: !605, line: 1095)
!713 = !DISubprogram(name: "erfcl", scope: !602, file: !602, line: 232, type: !671, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!714 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !715, file: !605, line: 1097)
!715 = !DISubprogram(name: "exp2", scope: !602, file: !602, line: 130, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!716 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !717, file: !605, line: 1098)
!717 = !DISubprogram(name: "exp2f", scope: !602, file: !602, line: 130, type: !667, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!718 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !719, file: !605, line: 1099)
!719 = !DISubprogram(name: "exp2l", scope: !602, file: !602, line: 130, type: !671, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!720 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !721, file: !605, line: 1101)
!721 = !DISubprogram(name: "expm1", scope: !602, file: !602, line: 119, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!722 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !723, file: !605, line: 1102)
!723 = !DISubprogram(name: "expm1f", scope: !602, file: !602, line: 119, type: !667, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!724 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !725, file: !605, line: 1103)
!725 = !DISubprogram(name: "expm1l", scope: !602, file: !602, line: 119, type: !671, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!726 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !727, file: !605, line: 1105)
!727 = !DISubprogram(name: "fdim", scope: !602, file: !602, line: 329, type: !612, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!728 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !729, file: !605, line: 1106)
!729 = !DISubprogram(name: "fdimf", scope: !602, file: !602, line: 329, type: !696, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!730 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !731, file: !605, line: 1107)
!731 = !DISubprogram(name: "fdiml", scope: !602, file: !602, line: 329, type: !700, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!732 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !733, file: !605, line: 1109)
!733 = !DISubprogram(name: "fma", scope: !602, file: !602, line: 340, type: !734, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!734 = !DISubroutineType(types: !735)
!735 = !{!18, !18, !18, !18}
!736 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !737, file: !605, line: 1110)
!737 = !DISubprogram(name: "fmaf", scope: !602, file: !602, line: 340, type: !738, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!738 = !DISubroutineType(types: !739)
!739 = !{!662, !662, !662, !662}
!740 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !741, file: !605, line: 1111)
!741 = !DISubprogram(name: "fmal", scope: !602, file: !602, line: 340, type: !742, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!742 = !DISubroutineType(types: !743)
!743 = !{!673, !673, !673, !673}
!744 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !745, file: !605, line: 1113)
!745 = !DISubprogram(name: "fmax", scope: !602, file: !602, line: 333, type: !612, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!746 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !747, file: !605, line: 1114)
!747 = !DISubprogram(name: "fmaxf", scope: !602, file: !602, line: 333, type: !696, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!748 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !749, file: !605, line: 1115)
!749 = !DISubprogram(name: "fmaxl", scope: !602, file: !602, line: 333, type: !700, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!750 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !751, file: !605, line: 1117)
!751 = !DISubprogram(name: "fmin", scope: !602, file: !602, line: 336, type: !612, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!752 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !753, file: !605, line: 1118)
!753 = !DISubprogram(name: "fminf", scope: !602, file: !602, line: 336, type: !696, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!754 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !755, file: !605, line: 1119)
!755 = !DISubprogram(name: "fminl", scope: !602, file: !602, line: 336, type: !700, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!756 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !757, file: !605, line: 1121)
!757 = !DISubprogram(name: "hypot", scope: !602, file: !602, line: 147, type: !612, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!758 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !759, file: !605, line: 1122)
!759 = !DISubprogram(name: "hypotf", scope: !602, file: !602, line: 147, type: !696, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!760 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !761, file: !605, line: 1123)
!761 = !DISubprogram(name: "hypotl", scope: !602, file: !602, line: 147, type: !700, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!762 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !763, file: !605, line: 1125)
!763 = !DISubprogram(name: "ilogb", scope: !602, file: !602, line: 283, type: !764, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!764 = !DISubroutineType(types: !765)
!765 = !{!421, !18}
!766 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !767, file: !605, line: 1126)
!767 = !DISubprogram(name: "ilogbf", scope: !602, file: !602, line: 283, type: !768, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!768 = !DISubroutineType(types: !769)
!769 = !{!421, !662}
!770 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !771, file: !605, line: 1127)
!771 = !DISubprogram(name: "ilogbl", scope: !602, file: !602, line: 283, type: !772, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!772 = !DISubroutineType(types: !773)
!773 = !{!421, !673}
!774 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !775, file: !605, line: 1129)
!775 = !DISubprogram(name: "lgamma", scope: !602, file: !602, line: 233, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!776 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !777, file: !605, line: 1130)
!777 = !DISubprogram(name: "lgammaf", scope: !602, file: !602, line: 233, type: !667, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!778 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !779, file: !605, line: 1131)
!779 = !DISubprogram(name: "lgammal", scope: !602, file: !602, line: 233, type: !671, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!780 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !781, file: !605, line: 1134)
!781 = !DISubprogram(name: "llrint", scope: !602, file: !602, line: 319, type: !782, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!782 = !DISubroutineType(types: !783)
!783 = !{!784, !18}
!784 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!785 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !786, file: !605, line: 1135)
!786 = !DISubprogram(name: "llrintf", scope: !602, file: !602, line: 319, type: !787, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!787 = !DISubroutineType(types: !788)
!788 = !{!784, !662}
!789 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !790, file: !605, line: 1136)
!790 = !DISubprogram(name: "llrintl", scope: !602, file: !602, line: 319, type: !791, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!791 = !DISubroutineType(types: !792)
!792 = !{!784, !673}
!793 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !794, file: !605, line: 1138)
!794 = !DISubprogram(name: "llround", scope: !602, file: !602, line: 325, type: !782, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!795 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !796, file: !605, line: 1139)
!796 = !DISubprogram(name: "llroundf", scope: !602, file: !602, line: 325, type: !787, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!797 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !798, file: !605, line: 1140)
!798 = !DISubprogram(name: "llroundl", scope: !602, file: !602, line: 325, type: !791, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!799 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !800, file: !605, line: 1143)
!800 = !DISubprogram(name: "log1p", scope: !602, file: !602, line: 122, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!801 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !802, file: !605, line: 1144)
!802 = !DISubprogram(name: "log1pf", scope: !602, file: !602, line: 122, type: !667, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!803 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !804, file: !605, line: 1145)
!804 = !DISubprogram(name: "log1pl", scope: !602, file: !602, line: 122, type: !671, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!805 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !806, file: !605, line: 1147)
!806 = !DISubprogram(name: "log2", scope: !602, file: !602, line: 133, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!807 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !808, file: !605, line: 1148)
!808 = !DISubprogram(name: "log2f", scope: !602, file: !602, line: 133, type: !667, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!809 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !810, file: !605, line: 1149)
!810 = !DISubprogram(name: "log2l", scope: !602, file: !602, line: 133, type: !671, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!811 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !812, file: !605, line: 1151)
!812 = !DISubprogram(name: "logb", scope: !602, file: !602, line: 125, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!813 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !814, file: !605, line: 1152)
!814 = !DISubprogram(name: "logbf", scope: !602, file: !602, line: 125, type: !667, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!815 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !816, file: !605, line: 1153)
!816 = !DISubprogram(name: "logbl", scope: !602, file: !602, line: 125, type: !671, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!817 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !818, file: !605, line: 1155)
!818 = !DISubprogram(name: "lrint", scope: !602, file: !602, line: 317, type: !819, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!819 = !DISubroutineType(types: !820)
!820 = !{!430, !18}
!821 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !822, file: !605, line: 1156)
!822 = !DISubprogram(name: "lrintf", scope: !602, file: !602, line: 317, type: !823, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!823 = !DISubroutineType(types: !824)
!824 = !{!430, !662}
!825 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !826, file: !605, line: 1157)
!826 = !DISubprogram(name: "lrintl", scope: !602, file: !602, line: 317, type: !827, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!827 = !DISubroutineType(types: !828)
!828 = !{!430, !673}
!829 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !830, file: !605, line: 1159)
!830 = !DISubprogram(name: "lround", scope: !602, file: !602, line: 323, type: !819, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!831 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !832, file: !605, line: 1160)
!832 = !DISubprogram(name: "lroundf", scope: !602, file: !602, line: 323, type: !823, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!833 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !834, file: !605, line: 1161)
!834 = !DISubprogram(name: "lroundl", scope: !602, file: !602, line: 323, type: !827, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!835 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !836, file: !605, line: 1163)
!836 = !DISubprogram(name: "nan", scope: !602, file: !602, line: 203, type: !837, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!837 = !DISubroutineType(types: !838)
!838 = !{!18, !561}
!839 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !840, file: !605, line: 1164)
!840 = !DISubprogram(name: "nanf", scope: !602, file: !602, line: 203, type: !841, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!841 = !DISubroutineType(types: !842)
!842 = !{!662, !561}
!843 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !844, file: !605, line: 1165)
!844 = !DISubprogram(name: "nanl", scope: !602, file: !602, line: 203, type: !845, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!845 = !DISubroutineType(types: !846)
!846 = !{!673, !561}
!847 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !848, file: !605, line: 1167)
!848 = !DISubprogram(name: "nearbyint", scope: !602, file: !602, line: 297, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!849 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !850, file: !605, line: 1168)
!850 = !DISubprogram(name: "nearbyintf", scope: !602, file: !602, line: 297, type: !667, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!851 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !852, file: !605, line: 1169)
!852 = !DISubprogram(name: "nearbyintl", scope: !602, file: !602, line: 297, type: !671, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!853 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !854, file: !605, line: 1171)
!854 = !DISubprogram(name: "nextafter", scope: !602, file: !602, line: 262, type: !612, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!855 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !856, file: !605, line: 1172)
!856 = !DISubprogram(name: "nextafterf", scope: !602, file: !602, line: 262, type: !696, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!857 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !858, file: !605, line: 1173)
!858 = !DISubprogram(name: "nextafterl", scope: !602, file: !602, line: 262, type: !700, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!859 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !860, file: !605, line: 1175)
!860 = !DISubprogram(name: "nexttoward", scope: !602, file: !602, line: 264, type: !861, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!861 = !DISubroutineType(types: !862)
!862 = !{!18, !18, !673}
!863 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !864, file: !605, line: 1176)
!864 = !DISubprogram(name: "nexttowardf", scope: !602, file: !602, line: 264, type: !865, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!865 = !DISubroutineType(types: !866)
!866 = !{!662, !662, !673}
!867 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !868, file: !605, line: 1177)
!868 = !DISubprogram(name: "nexttowardl", scope: !602, file: !602, line: 264, type: !700, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!869 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !870, file: !605, line: 1179)
!870 = !DISubprogram(name: "remainder", scope: !602, file: !602, line: 275, type: !612, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!871 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !872, file: !605, line: 1180)
!872 = !DISubprogram(name: "remainderf", scope: !602, file: !602, line: 275, type: !696, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!873 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !874, file: !605, line: 1181)
!874 = !DISubprogram(name: "remainderl", scope: !602, file: !602, line: 275, type: !700, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!875 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !876, file: !605, line: 1183)
!876 = !DISubprogram(name: "remquo", scope: !602, file: !602, line: 310, type: !877, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!877 = !DISubroutineType(types: !878)
!878 = !{!18, !18, !18, !632}
!879 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !880, file: !605, line: 1184)
!880 = !DISubprogram(name: "remquof", scope: !602, file: !602, line: 310, type: !881, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!881 = !DISubroutineType(types: !882)
!882 = !{!662, !662, !662, !632}
!883 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !884, file: !605, line: 1185)
!884 = !DISubprogram(name: "remquol", scope: !602, file: !602, line: 310, type: !885, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!885 = !DISubroutineType(types: !886)
!886 = !{!673, !673, !673, !632}
!887 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !888, file: !605, line: 1187)
!888 = !DISubprogram(name: "rint", scope: !602, file: !602, line: 259, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!889 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !890, file: !605, line: 1188)
!890 = !DISubprogram(name: "rintf", scope: !602, file: !602, line: 259, type: !667, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!891 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !892, file: !605, line: 1189)
!892 = !DISubprogram(name: "rintl", scope: !602, file: !602, line: 259, type: !671, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!893 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !894, file: !605, line: 1191)
!894 = !DISubprogram(name: "round", scope: !602, file: !602, line: 301, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!895 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !896, file: !605, line: 1192)
!896 = !DISubprogram(name: "roundf", scope: !602, file: !602, line: 301, type: !667, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!897 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !898, file: !605, line: 1193)
!898 = !DISubprogram(name: "roundl", scope: !602, file: !602, line: 301, type: !671, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!899 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !900, file: !605, line: 1195)
!900 = !DISubprogram(name: "scalbln", scope: !602, file: !602, line: 293, type: !901, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!901 = !DISubroutineType(types: !902)
!902 = !{!18, !18, !430}
!903 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !904, file: !605, line: 1196)
!904 = !DISubprogram(name: "scalblnf", scope: !602, file: !602, line: 293, type: !905, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!905 = !DISubroutineType(types: !906)
!906 = !{!662, !662, !430}
!907 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !908, file: !605, line: 1197)
!908 = !DISubprogram(name: "scalblnl", scope: !602, file: !602, line: 293, type: !909, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!909 = !DISubroutineType(types: !910)
!910 = !{!673, !673, !430}
!911 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !912, file: !605, line: 1199)
!912 = !DISubprogram(name: "scalbn", scope: !602, file: !602, line: 279, type: !635, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!913 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !914, file: !605, line: 1200)
!914 = !DISubprogram(name: "scalbnf", scope: !602, file: !602, line: 279, type: !915, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!915 = !DISubroutineType(types: !916)
!916 = !{!662, !662, !421}
!917 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !918, file: !605, line: 1201)
!918 = !DISubprogram(name: "scalbnl", scope: !602, file: !602, line: 279, type: !919, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!919 = !DISubroutineType(types: !920)
!920 = !{!673, !673, !421}
!921 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !922, file: !605, line: 1203)
!922 = !DISubprogram(name: "tgamma", scope: !602, file: !602, line: 238, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!923 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !924, file: !605, line: 1204)
!924 = !DISubprogram(name: "tgammaf", scope: !602, file: !602, line: 238, type: !667, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!925 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !926, file: !605, line: 1205)
!926 = !DISubprogram(name: "tgammal", scope: !602, file: !602, line: 238, type: !671, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!927 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !928, file: !605, line: 1207)
!928 = !DISubprogram(name: "trunc", scope: !602, file: !602, line: 305, type: !603, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!929 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !930, file: !605, line: 1208)
!930 = !DISubprogram(name: "truncf", scope: !602, file: !602, line: 305, type: !667, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!931 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !932, file: !605, line: 1209)
!932 = !DISubprogram(name: "truncl", scope: !602, file: !602, line: 305, type: !671, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!933 = !DIImportedEntity(tag: DW_TAG_imported_module, scope: !934, entity: !935, file: !936, line: 58)
!934 = !DINamespace(name: "__gnu_debug", scope: null)
!935 = !DINamespace(name: "__debug", scope: !15)
!936 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/debug/debug.h", directory: "", checksumkind: CSK_MD5, checksum: "09fce61e0085ea92b4bd81d6cd4dcc16")
!937 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !938, file: !995, line: 98)
!938 = !DIDerivedType(tag: DW_TAG_typedef, name: "FILE", file: !939, line: 7, baseType: !940)
!939 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "571f9fb6223c42439075fdde11a0de5d")
!940 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_FILE", file: !941, line: 49, size: 1728, flags: DIFlagTypePassByValue, elements: !942, identifier: "_ZTS8_IO_FILE")
!941 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "1bad07471b7974df4ecc1d1c2ca207e6")
!942 = !{!943, !944, !946, !947, !948, !949, !950, !951, !952, !953, !954, !955, !956, !959, !961, !962, !963, !966, !968, !970, !974, !977, !979, !982, !985, !986, !987, !990, !991}
!943 = !DIDerivedType(tag: DW_TAG_member, name: "_flags", scope: !940, file: !941, line: 51, baseType: !421, size: 32)
!944 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_ptr", scope: !940, file: !941, line: 54, baseType: !945, size: 64, offset: 64)
!945 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !5, size: 64)
!946 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_end", scope: !940, file: !941, line: 55, baseType: !945, size: 64, offset: 128)
!947 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_base", scope: !940, file: !941, line: 56, baseType: !945, size: 64, offset: 192)
!948 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_base", scope: !940, file: !941, line: 57, baseType: !945, size: 64, offset: 256)
!949 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_ptr", scope: !940, file: !941, line: 58, baseType: !945, size: 64, offset: 320)
!950 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_end", scope: !940, file: !941, line: 59, baseType: !945, size: 64, offset: 384)
!951 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_buf_base", scope: !940, file: !941, line: 60, baseType: !945, size: 64, offset: 448)
!952 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_buf_end", scope: !940, file: !941, line: 61, baseType: !945, size: 64, offset: 512)
!953 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_save_base", scope: !940, file: !941, line: 64, baseType: !945, size: 64, offset: 576)
!954 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_backup_base", scope: !940, file: !941, line: 65, baseType: !945, size: 64, offset: 640)
!955 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_save_end", scope: !940, file: !941, line: 66, baseType: !945, size: 64, offset: 704)
!956 = !DIDerivedType(tag: DW_TAG_member, name: "_markers", scope: !940, file: !941, line: 68, baseType: !957, size: 64, offset: 768)
!957 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !958, size: 64)
!958 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_marker", file: !941, line: 36, flags: DIFlagFwdDecl | DIFlagNonTrivial, identifier: "_ZTS10_IO_marker")
!959 = !DIDerivedType(tag: DW_TAG_member, name: "_chain", scope: !940, file: !941, line: 70, baseType: !960, size: 64, offset: 832)
!960 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !940, size: 64)
!961 = !DIDerivedType(tag: DW_TAG_member, name: "_fileno", scope: !940, file: !941, line: 72, baseType: !421, size: 32, offset: 896)
!962 = !DIDerivedType(tag: DW_TAG_member, name: "_flags2", scope: !940, file: !941, line: 73, baseType: !421, size: 32, offset: 928)
!963 = !DIDerivedType(tag: DW_TAG_member, name: "_old_offset", scope: !940, file: !941, line: 74, baseType: !964, size: 64, offset: 960)
!964 = !DIDerivedType(tag: DW_TAG_typedef, name: "__off_t", file: !965, line: 152, baseType: !430)
!965 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!966 = !DIDerivedType(tag: DW_TAG_member, name: "_cur_column", scope: !940, file: !941, line: 77, baseType: !967, size: 16, offset: 1024)
!967 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!968 = !DIDerivedType(tag: DW_TAG_member, name: "_vtable_offset", scope: !940, file: !941, line: 78, baseType: !969, size: 8, offset: 1040)
!969 = !DIBasicType(name: "signed char", size: 8, encoding: DW_ATE_signed_char)
!970 = !DIDerivedType(tag: DW_TAG_member, name: "_shortbuf", scope: !940, file: !941, line: 79, baseType: !971, size: 8, offset: 1048)
!971 = !DICompositeType(tag: DW_TAG_array_type, baseType: !5, size: 8, elements: !972)
!972 = !{!973}
!973 = !DISubrange(count: 1)
!974 = !DIDerivedType(tag: DW_TAG_member, name: "_lock", scope: !940, file: !941, line: 81, baseType: !975, size: 64, offset: 1088)
!975 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !976, size: 64)
!976 = !DIDerivedType(tag: DW_TAG_typedef, name: "_IO_lock_t", file: !941, line: 43, baseType: null)
!977 = !DIDerivedType(tag: DW_TAG_member, name: "_offset", scope: !940, file: !941, line: 89, baseType: !978, size: 64, offset: 1152)
!978 = !DIDerivedType(tag: DW_TAG_typedef, name: "__off64_t", file: !965, line: 153, baseType: !430)
!979 = !DIDerivedType(tag: DW_TAG_member, name: "_codecvt", scope: !940, file: !941, line: 91, baseType: !980, size: 64, offset: 1216)
!980 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !981, size: 64)
!981 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_codecvt", file: !941, line: 37, flags: DIFlagFwdDecl | DIFlagNonTrivial, identifier: "_ZTS11_IO_codecvt")
!982 = !DIDerivedType(tag: DW_TAG_member, name: "_wide_data", scope: !940, file: !941, line: 92, baseType: !983, size: 64, offset: 1280)
!983 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !984, size: 64)
!984 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_wide_data", file: !941, line: 38, flags: DIFlagFwdDecl | DIFlagNonTrivial, identifier: "_ZTS13_IO_wide_data")
!985 = !DIDerivedType(tag: DW_TAG_member, name: "_freeres_list", scope: !940, file: !941, line: 93, baseType: !960, size: 64, offset: 1344)
!986 = !DIDerivedType(tag: DW_TAG_member, name: "_freeres_buf", scope: !940, file: !941, line: 94, baseType: !10, size: 64, offset: 1408)
!987 = !DIDerivedType(tag: DW_TAG_member, name: "__pad5", scope: !940, file: !941, line: 95, baseType: !988, size: 64, offset: 1472)
!988 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !989, line: 18, baseType: !16)
!989 = !DIFile(filename: "/usr/lib/llvm-22/lib/clang/22/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!990 = !DIDerivedType(tag: DW_TAG_member, name: "_mode", scope: !940, file: !941, line: 96, baseType: !421, size: 32, offset: 1536)
!991 = !DIDerivedType(tag: DW_TAG_member, name: "_unused2", scope: !940, file: !941, line: 98, baseType: !992, size: 160, offset: 1568)
!992 = !DICompositeType(tag: DW_TAG_array_type, baseType: !5, size: 160, elements: !993)
!993 = !{!994}
!994 = !DISubrange(count: 20)
!995 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/cstdio", directory: "")
!996 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !997, file: !995, line: 99)
!997 = !DIDerivedType(tag: DW_TAG_typedef, name: "fpos_t", file: !998, line: 84, baseType: !999)
!998 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!999 = !DIDerivedType(tag: DW_TAG_typedef, name: "__fpos_t", file: !1000, line: 14, baseType: !1001)
!1000 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/__fpos_t.h", directory: "", checksumkind: CSK_MD5, checksum: "32de8bdaf3551a6c0a9394f9af4389ce")
!1001 = !DICompositeType(tag: DW_TAG_structure_type, name: "_G_fpos_t", file: !1000, line: 10, size: 128, flags: DIFlagFwdDecl, identifier: "_ZTS9_G_fpos_t")
!1002 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1003, file: !995, line: 101)
!1003 = !DISubprogram(name: "clearerr", scope: !998, file: !998, line: 786, type: !1004, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1004 = !DISubroutineType(types: !1005)
!1005 = !{null, !1006}
!1006 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !938, size: 64)
!1007 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1008, file: !995, line: 102)
!1008 = !DISubprogram(name: "fclose", scope: !998, file: !998, line: 178, type: !1009, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1009 = !DISubroutineType(types: !1010)
!1010 = !{!421, !1006}
!1011 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1012, file: !995, line: 103)
!1012 = !DISubprogram(name: "feof", scope: !998, file: !998, line: 788, type: !1009, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1013 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1014, file: !995, line: 104)
!1014 = !DISubprogram(name: "ferror", scope: !998, file: !998, line: 790, type: !1009, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1015 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1016, file: !995, line: 105)
!1016 = !DISubprogram(name: "fflush", scope: !998, file: !998, line: 230, type: !1009, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1017 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1018, file: !995, line: 106)
!1018 = !DISubprogram(name: "fgetc", scope: !998, file: !998, line: 513, type: !1009, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1019 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1020, file: !995, line: 107)
!1020 = !DISubprogram(name: "fgetpos", scope: !998, file: !998, line: 760, type: !1021, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1021 = !DISubroutineType(types: !1022)
!1022 = !{!421, !1023, !1024}
!1023 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !1006)
!1024 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !1025)
!1025 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !997, size: 64)
!1026 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1027, file: !995, line: 108)
!1027 = !DISubprogram(name: "fgets", scope: !998, file: !998, line: 592, type: !1028, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1028 = !DISubroutineType(types: !1029)
!1029 = !{!945, !1030, !421, !1023}
!1030 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !945)
!1031 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1032, file: !995, line: 109)
!1032 = !DISubprogram(name: "fopen", scope: !998, file: !998, line: 258, type: !1033, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1033 = !DISubroutineType(types: !1034)
!1034 = !{!1006, !1035, !1035}
!1035 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !561)
!1036 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1037, file: !995, line: 110)
!1037 = !DISubprogram(name: "fprintf", scope: !998, file: !998, line: 350, type: !1038, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1038 = !DISubroutineType(types: !1039)
!1039 = !{!421, !1023, !1035, null}
!1040 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1041, file: !995, line: 111)
!1041 = !DISubprogram(name: "fputc", scope: !998, file: !998, line: 549, type: !1042, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1042 = !DISubroutineType(types: !1043)
!1043 = !{!421, !421, !1006}
!1044 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1045, file: !995, line: 112)
!1045 = !DISubprogram(name: "fputs", scope: !998, file: !998, line: 655, type: !1046, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1046 = !DISubroutineType(types: !1047)
!1047 = !{!421, !1035, !1023}
!1048 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1049, file: !995, line: 113)
!1049 = !DISubprogram(name: "fread", scope: !998, file: !998, line: 675, type: !1050, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1050 = !DISubroutineType(types: !1051)
!1051 = !{!988, !1052, !988, !988, !1023}
!1052 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !10)
!1053 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1054, file: !995, line: 114)
!1054 = !DISubprogram(name: "freopen", scope: !998, file: !998, line: 265, type: !1055, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1055 = !DISubroutineType(types: !1056)
!1056 = !{!1006, !1035, !1035, !1023}
!1057 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1058, file: !995, line: 115)
!1058 = !DISubprogram(name: "fscanf", linkageName: "__isoc99_fscanf", scope: !998, file: !998, line: 434, type: !1038, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1059 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1060, file: !995, line: 116)
!1060 = !DISubprogram(name: "fseek", scope: !998, file: !998, line: 713, type: !1061, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1061 = !DISubroutineType(types: !1062)
!1062 = !{!421, !1006, !430, !421}
!1063 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1064, file: !995, line: 117)
!1064 = !DISubprogram(name: "fsetpos", scope: !998, file: !998, line: 765, type: !1065, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1065 = !DISubroutineType(types: !1066)
!1066 = !{!421, !1006, !1067}
!1067 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1068, size: 64)
!1068 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !997)
!1069 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1070, file: !995, line: 118)
!1070 = !DISubprogram(name: "ftell", scope: !998, file: !998, line: 718, type: !1071, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1071 = !DISubroutineType(types: !1072)
!1072 = !{!430, !1006}
!1073 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1074, file: !995, line: 119)
!1074 = !DISubprogram(name: "fwrite", scope: !998, file: !998, line: 681, type: !1075, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1075 = !DISubroutineType(types: !1076)
!1076 = !{!988, !1077, !988, !988, !1023}
!1077 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !11)
!1078 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1079, file: !995, line: 120)
!1079 = !DISubprogram(name: "getc", scope: !998, file: !998, line: 514, type: !1009, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1080 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1081, file: !995, line: 121)
!1081 = !DISubprogram(name: "getchar", scope: !1082, file: !1082, line: 47, type: !1083, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1082 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "c10e343656e7a2bf1044ef4e4442d902")
!1083 = !DISubroutineType(types: !1084)
!1084 = !{!421}
!1085 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1086, file: !995, line: 126)
!1086 = !DISubprogram(name: "perror", scope: !998, file: !998, line: 804, type: !1087, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1087 = !DISubroutineType(types: !1088)
!1088 = !{null, !561}
!1089 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1090, file: !995, line: 127)
!1090 = !DISubprogram(name: "printf", scope: !998, file: !998, line: 356, type: !1091, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1091 = !DISubroutineType(types: !1092)
!1092 = !{!421, !1035, null}
!1093 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1094, file: !995, line: 128)
!1094 = !DISubprogram(name: "putc", scope: !998, file: !998, line: 550, type: !1042, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1095 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1096, file: !995, line: 129)
!1096 = !DISubprogram(name: "putchar", scope: !1082, file: !1082, line: 82, type: !597, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1097 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1098, file: !995, line: 130)
!1098 = !DISubprogram(name: "puts", scope: !998, file: !998, line: 661, type: !1099, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1099 = !DISubroutineType(types: !1100)
!1100 = !{!421, !561}
!1101 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1102, file: !995, line: 131)
!1102 = !DISubprogram(name: "remove", scope: !998, file: !998, line: 152, type: !1099, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1103 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1104, file: !995, line: 132)
!1104 = !DISubprogram(name: "rename", scope: !998, file: !998, line: 154, type: !1105, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1105 = !DISubroutineType(types: !1106)
!1106 = !{!421, !561, !561}
!1107 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1108, file: !995, line: 133)
!1108 = !DISubprogram(name: "rewind", scope: !998, file: !998, line: 723, type: !1004, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1109 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1110, file: !995, line: 134)
!1110 = !DISubprogram(name: "scanf", linkageName: "__isoc99_scanf", scope: !998, file: !998, line: 437, type: !1091, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1111 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1112, file: !995, line: 135)
!1112 = !DISubprogram(name: "setbuf", scope: !998, file: !998, line: 328, type: !1113, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1113 = !DISubroutineType(types: !1114)
!1114 = !{null, !1023, !1030}
!1115 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1116, file: !995, line: 136)
!1116 = !DISubprogram(name: "setvbuf", scope: !998, file: !998, line: 332, type: !1117, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1117 = !DISubroutineType(types: !1118)
!1118 = !{!421, !1023, !1030, !421, !988}
!1119 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1120, file: !995, line: 137)
!1120 = !DISubprogram(name: "sprintf", scope: !998, file: !998, line: 358, type: !1121, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1121 = !DISubroutineType(types: !1122)
!1122 = !{!421, !1030, !1035, null}
!1123 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1124, file: !995, line: 138)
!1124 = !DISubprogram(name: "sscanf", linkageName: "__isoc99_sscanf", scope: !998, file: !998, line: 439, type: !1125, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1125 = !DISubroutineType(types: !1126)
!1126 = !{!421, !1035, !1035, null}
!1127 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1128, file: !995, line: 139)
!1128 = !DISubprogram(name: "tmpfile", scope: !998, file: !998, line: 188, type: !1129, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1129 = !DISubroutineType(types: !1130)
!1130 = !{!1006}
!1131 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1132, file: !995, line: 141)
!1132 = !DISubprogram(name: "tmpnam", scope: !998, file: !998, line: 205, type: !1133, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1133 = !DISubroutineType(types: !1134)
!1134 = !{!945, !945}
!1135 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1136, file: !995, line: 143)
!1136 = !DISubprogram(name: "ungetc", scope: !998, file: !998, line: 668, type: !1042, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1137 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1138, file: !995, line: 144)
!1138 = !DISubprogram(name: "vfprintf", scope: !998, file: !998, line: 365, type: !1139, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1139 = !DISubroutineType(types: !1140)
!1140 = !{!421, !1023, !1035, !1141}
!1141 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1142, size: 64)
!1142 = !DICompositeType(tag: DW_TAG_structure_type, name: "__va_list_tag", file: !2, size: 192, flags: DIFlagFwdDecl, identifier: "_ZTS13__va_list_tag")
!1143 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1144, file: !995, line: 145)
!1144 = !DISubprogram(name: "vprintf", scope: !1082, file: !1082, line: 39, type: !1145, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1145 = !DISubroutineType(types: !1146)
!1146 = !{!421, !1035, !1141}
!1147 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1148, file: !995, line: 146)
!1148 = !DISubprogram(name: "vsprintf", scope: !998, file: !998, line: 373, type: !1149, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1149 = !DISubroutineType(types: !1150)
!1150 = !{!421, !1030, !1035, !1141}
!1151 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !35, entity: !1152, file: !995, line: 175)
!1152 = !DISubprogram(name: "snprintf", scope: !998, file: !998, line: 378, type: !1153, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1153 = !DISubroutineType(types: !1154)
!1154 = !{!421, !1030, !988, !1035, null}
!1155 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !35, entity: !1156, file: !995, line: 176)
!1156 = !DISubprogram(name: "vfscanf", linkageName: "__isoc99_vfscanf", scope: !998, file: !998, line: 479, type: !1139, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1157 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !35, entity: !1158, file: !995, line: 177)
!1158 = !DISubprogram(name: "vscanf", linkageName: "__isoc99_vscanf", scope: !998, file: !998, line: 484, type: !1145, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1159 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !35, entity: !1160, file: !995, line: 178)
!1160 = !DISubprogram(name: "vsnprintf", scope: !998, file: !998, line: 382, type: !1161, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1161 = !DISubroutineType(types: !1162)
!1162 = !{!421, !1030, !988, !1035, !1141}
!1163 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !35, entity: !1164, file: !995, line: 179)
!1164 = !DISubprogram(name: "vsscanf", linkageName: "__isoc99_vsscanf", scope: !998, file: !998, line: 487, type: !1165, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1165 = !DISubroutineType(types: !1166)
!1166 = !{!421, !1035, !1035, !1141}
!1167 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1152, file: !995, line: 185)
!1168 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1156, file: !995, line: 186)
!1169 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1158, file: !995, line: 187)
!1170 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1160, file: !995, line: 188)
!1171 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1164, file: !995, line: 189)
!1172 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1173, file: !1177, line: 77)
!1173 = !DISubprogram(name: "memchr", scope: !1174, file: !1174, line: 100, type: !1175, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1174 = !DIFile(filename: "/usr/include/string.h", directory: "", checksumkind: CSK_MD5, checksum: "0ee11a08692643b86154f96759d0f7fa")
!1175 = !DISubroutineType(types: !1176)
!1176 = !{!11, !11, !421, !988}
!1177 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/cstring", directory: "")
!1178 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1179, file: !1177, line: 78)
!1179 = !DISubprogram(name: "memcmp", scope: !1174, file: !1174, line: 64, type: !1180, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1180 = !DISubroutineType(types: !1181)
!1181 = !{!421, !11, !11, !988}
!1182 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1183, file: !1177, line: 79)
!1183 = !DISubprogram(name: "memcpy", scope: !1174, file: !1174, line: 43, type: !1184, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1184 = !DISubroutineType(types: !1185)
!1185 = !{!10, !1052, !1077, !988}
!1186 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1187, file: !1177, line: 80)
!1187 = !DISubprogram(name: "memmove", scope: !1174, file: !1174, line: 47, type: !1188, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1188 = !DISubroutineType(types: !1189)
!1189 = !{!10, !10, !11, !988}
!1190 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1191, file: !1177, line: 81)
!1191 = !DISubprogram(name: "memset", scope: !1174, file: !1174, line: 61, type: !1192, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1192 = !DISubroutineType(types: !1193)
!1193 = !{!10, !10, !421, !988}
!1194 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1195, file: !1177, line: 82)
!1195 = !DISubprogram(name: "strcat", scope: !1174, file: !1174, line: 149, type: !1196, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1196 = !DISubroutineType(types: !1197)
!1197 = !{!945, !1030, !1035}
!1198 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1199, file: !1177, line: 83)
!1199 = !DISubprogram(name: "strcmp", scope: !1174, file: !1174, line: 156, type: !1105, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1200 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1201, file: !1177, line: 84)
!1201 = !DISubprogram(name: "strcoll", scope: !1174, file: !1174, line: 163, type: !1105, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1202 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1203, file: !1177, line: 85)
!1203 = !DISubprogram(name: "strcpy", scope: !1174, file: !1174, line: 141, type: !1196, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1204 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1205, file: !1177, line: 86)
!1205 = !DISubprogram(name: "strcspn", scope: !1174, file: !1174, line: 293, type: !1206, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1206 = !DISubroutineType(types: !1207)
!1207 = !{!988, !561, !561}
!1208 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1209, file: !1177, line: 87)
!1209 = !DISubprogram(name: "strerror", scope: !1174, file: !1174, line: 419, type: !1210, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1210 = !DISubroutineType(types: !1211)
!1211 = !{!945, !421}
!1212 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1213, file: !1177, line: 88)
!1213 = !DISubprogram(name: "strlen", scope: !1174, file: !1174, line: 407, type: !1214, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1214 = !DISubroutineType(types: !1215)
!1215 = !{!988, !561}
!1216 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1217, file: !1177, line: 89)
!1217 = !DISubprogram(name: "strncat", scope: !1174, file: !1174, line: 152, type: !1218, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1218 = !DISubroutineType(types: !1219)
!1219 = !{!945, !1030, !1035, !988}
!1220 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1221, file: !1177, line: 90)
!1221 = !DISubprogram(name: "strncmp", scope: !1174, file: !1174, line: 159, type: !1222, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1222 = !DISubroutineType(types: !1223)
!1223 = !{!421, !561, !561, !988}
!1224 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1225, file: !1177, line: 91)
!1225 = !DISubprogram(name: "strncpy", scope: !1174, file: !1174, line: 144, type: !1218, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1226 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1227, file: !1177, line: 92)
!1227 = !DISubprogram(name: "strspn", scope: !1174, file: !1174, line: 297, type: !1206, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1228 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1229, file: !1177, line: 93)
!1229 = !DISubprogram(name: "strtok", scope: !1174, file: !1174, line: 356, type: !1196, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1230 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1231, file: !1177, line: 94)
!1231 = !DISubprogram(name: "strxfrm", scope: !1174, file: !1174, line: 166, type: !1232, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1232 = !DISubroutineType(types: !1233)
!1233 = !{!988, !1030, !1035, !988}
!1234 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1235, file: !1177, line: 95)
!1235 = !DISubprogram(name: "strchr", scope: !1174, file: !1174, line: 239, type: !1236, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1236 = !DISubroutineType(types: !1237)
!1237 = !{!561, !561, !421}
!1238 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1239, file: !1177, line: 96)
!1239 = !DISubprogram(name: "strpbrk", scope: !1174, file: !1174, line: 316, type: !1240, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1240 = !DISubroutineType(types: !1241)
!1241 = !{!561, !561, !561}
!1242 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1243, file: !1177, line: 97)
!1243 = !DISubprogram(name: "strrchr", scope: !1174, file: !1174, line: 266, type: !1236, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1244 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1245, file: !1177, line: 98)
!1245 = !DISubprogram(name: "strstr", scope: !1174, file: !1174, line: 343, type: !1240, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1246 = !{i32 7, !"Dwarf Version", i32 5}
!1247 = !{i32 2, !"Debug Info Version", i32 3}
!1248 = !{i32 1, !"wchar_size", i32 4}
!1249 = !{i32 8, !"PIC Level", i32 2}
!1250 = !{i32 7, !"PIE Level", i32 2}
!1251 = !{i32 7, !"uwtable", i32 2}
!1252 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!1253 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!1254 = !{!1255, !1255, i64 0}
!1255 = !{!"int", !1256, i64 0}
!1256 = !{!"omnipotent char", !1257, i64 0}
!1257 = !{!"Simple C++ TBAA"}
!1258 = distinct !DISubprogram(name: "poly", linkageName: "_Z4polyd", scope: !2, file: !2, line: 23, type: !603, scopeLine: 23, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, retainedNodes: !1259, keyInstructions: true)
!1259 = !{!1260}
!1260 = !DILocalVariable(name: "x", arg: 1, scope: !1258, file: !2, line: 23, type: !18)
!1261 = !DILocation(line: 0, scope: !1258)
!1262 = !DILocation(line: 23, column: 34, scope: !1258)
!1263 = !DILocation(line: 23, column: 38, scope: !1258)
!1264 = !DILocation(line: 23, column: 46, scope: !1258)
!1265 = !DILocation(line: 23, column: 54, scope: !1258, atomGroup: 1, atomRank: 2)
!1266 = !DILocation(line: 23, column: 25, scope: !1258, atomGroup: 1, atomRank: 1)
!1267 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 25, type: !1083, scopeLine: 25, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, retainedNodes: !1268, keyInstructions: true)
!1268 = !{!1269, !1270, !1272, !1274, !1275, !1276, !1277, !1282, !1283, !1290, !1294, !1295, !1296}
!1269 = !DILocalVariable(name: "x", scope: !1267, file: !2, line: 26, type: !18)
!1270 = !DILocalVariable(name: "sq", scope: !1267, file: !2, line: 29, type: !1271)
!1271 = distinct !DICompositeType(tag: DW_TAG_class_type, scope: !1267, file: !2, line: 29, size: 8, flags: DIFlagTypePassByValue | DIFlagNonTrivial, elements: !143)
!1272 = !DILocalVariable(name: "sqp", scope: !1267, file: !2, line: 30, type: !1273)
!1273 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !603, size: 64)
!1274 = !DILocalVariable(name: "d1", scope: !1267, file: !2, line: 31, type: !18)
!1275 = !DILocalVariable(name: "k", scope: !1267, file: !2, line: 34, type: !18)
!1276 = !DILocalVariable(name: "coef", scope: !1267, file: !2, line: 35, type: !21)
!1277 = !DILocalVariable(name: "l", scope: !1267, file: !2, line: 36, type: !1278)
!1278 = distinct !DICompositeType(tag: DW_TAG_class_type, scope: !1267, file: !2, line: 36, size: 128, flags: DIFlagTypePassByValue | DIFlagNonTrivial, elements: !1279)
!1279 = !{!1280, !1281}
!1280 = !DIDerivedType(tag: DW_TAG_member, name: "k", scope: !1278, file: !2, line: 36, baseType: !18, size: 64)
!1281 = !DIDerivedType(tag: DW_TAG_member, name: "coef", scope: !1278, file: !2, line: 36, baseType: !368, size: 64, offset: 64)
!1282 = !DILocalVariable(name: "d2", scope: !1267, file: !2, line: 41, type: !18)
!1283 = !DILocalVariable(name: "prm", scope: !1267, file: !2, line: 44, type: !1284)
!1284 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Params", file: !2, line: 16, size: 192, flags: DIFlagTypePassByValue, elements: !1285, identifier: "_ZTS6Params")
!1285 = !{!1286, !1287, !1288, !1289}
!1286 = !DIDerivedType(tag: DW_TAG_member, name: "n", scope: !1284, file: !2, line: 17, baseType: !430, size: 64)
!1287 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !1284, file: !2, line: 18, baseType: !18, size: 64, offset: 64)
!1288 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !1284, file: !2, line: 19, baseType: !662, size: 32, offset: 128)
!1289 = !DIDerivedType(tag: DW_TAG_member, name: "tag", scope: !1284, file: !2, line: 20, baseType: !421, size: 32, offset: 160)
!1290 = !DILocalVariable(name: "l2", scope: !1267, file: !2, line: 45, type: !1291)
!1291 = distinct !DICompositeType(tag: DW_TAG_class_type, scope: !1267, file: !2, line: 45, size: 192, flags: DIFlagTypePassByValue | DIFlagNonTrivial, elements: !1292)
!1292 = !{!1293}
!1293 = !DIDerivedType(tag: DW_TAG_member, name: "prm", scope: !1291, file: !2, line: 45, baseType: !1284, size: 192)
!1294 = !DILocalVariable(name: "dl2", scope: !1267, file: !2, line: 50, type: !1291)
!1295 = !DILocalVariable(name: "d3", scope: !1267, file: !2, line: 52, type: !18)
!1296 = !DILocalVariable(name: "d4", scope: !1267, file: !2, line: 54, type: !18)
!1297 = distinct !DIAssignID()
!1298 = !DILocation(line: 0, scope: !1267)
!1299 = !DILocalVariable(name: "__a", arg: 2, scope: !1300, file: !20, line: 143, type: !177)
!1300 = distinct !DISubprogram(name: "_Vector_impl", linkageName: "_ZNSt12_Vector_baseIdSaIdEE12_Vector_implC2ERKS0_", scope: !27, file: !20, line: 143, type: !175, scopeLine: 145, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !174, retainedNodes: !1301, keyInstructions: true)
!1301 = !{!1302, !1299}
!1302 = !DILocalVariable(name: "this", arg: 1, scope: !1300, type: !1303, flags: DIFlagArtificial | DIFlagObjectPointer)
!1303 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !27, size: 64)
!1304 = !DILocation(line: 0, scope: !1300, inlinedAt: !1305)
!1305 = distinct !DILocation(line: 319, column: 9, scope: !1306, inlinedAt: !1311)
!1306 = distinct !DISubprogram(name: "_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEEC2ERKS0_", scope: !24, file: !20, line: 318, type: !208, scopeLine: 319, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !207, retainedNodes: !1307, keyInstructions: true)
!1307 = !{!1308, !1310}
!1308 = !DILocalVariable(name: "this", arg: 1, scope: !1306, type: !1309, flags: DIFlagArtificial | DIFlagObjectPointer)
!1309 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64)
!1310 = !DILocalVariable(name: "__a", arg: 2, scope: !1306, file: !20, line: 318, type: !210)
!1311 = distinct !DILocation(line: 675, column: 9, scope: !1312, inlinedAt: !1318)
!1312 = distinct !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC2ESt16initializer_listIdERKS0_", scope: !21, file: !20, line: 673, type: !336, scopeLine: 676, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !335, retainedNodes: !1313, keyInstructions: true)
!1313 = !{!1314, !1316, !1317}
!1314 = !DILocalVariable(name: "this", arg: 1, scope: !1312, type: !1315, flags: DIFlagArtificial | DIFlagObjectPointer)
!1315 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !21, size: 64)
!1316 = !DILocalVariable(name: "__l", arg: 2, scope: !1312, file: !20, line: 673, type: !338)
!1317 = !DILocalVariable(name: "__a", arg: 3, scope: !1312, file: !20, line: 674, type: !294)
!1318 = distinct !DILocation(line: 35, column: 30, scope: !1267)
!1319 = !DILocation(line: 0, scope: !1306, inlinedAt: !1311)
!1320 = !DILocation(line: 0, scope: !1312, inlinedAt: !1318)
!1321 = distinct !DIAssignID()
!1322 = distinct !DIAssignID()
!1323 = distinct !DIAssignID()
!1324 = !DILocation(line: 31, column: 46, scope: !1267)
!1325 = !DILocation(line: 31, column: 15, scope: !1267, atomGroup: 3, atomRank: 2)
!1326 = !DILocation(line: 35, column: 3, scope: !1267)
!1327 = !DILocalVariable(name: "this", arg: 1, scope: !1328, type: !1330, flags: DIFlagArtificial | DIFlagObjectPointer)
!1328 = distinct !DISubprogram(name: "_Vector_impl_data", linkageName: "_ZNSt12_Vector_baseIdSaIdEE17_Vector_impl_dataC2Ev", scope: !146, file: !20, line: 99, type: !154, scopeLine: 101, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !153, retainedNodes: !1329, keyInstructions: true)
!1329 = !{!1327}
!1330 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !146, size: 64)
!1331 = !DILocation(line: 0, scope: !1328, inlinedAt: !1332)
!1332 = distinct !DILocation(line: 143, column: 2, scope: !1300, inlinedAt: !1305)
!1333 = distinct !DIAssignID()
!1334 = !DILocalVariable(name: "this", arg: 1, scope: !1335, type: !1315, flags: DIFlagArtificial | DIFlagObjectPointer)
!1335 = distinct !DISubprogram(name: "_M_range_initialize<const double *>", linkageName: "_ZNSt6vectorIdSaIdEE19_M_range_initializeIPKdEEvT_S5_St20forward_iterator_tag", scope: !21, file: !20, line: 1682, type: !1336, scopeLine: 1684, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, templateParams: !1343, declaration: !1342, retainedNodes: !1345, keyInstructions: true)
!1336 = !DISubroutineType(types: !1337)
!1337 = !{null, !290, !77, !77, !1338}
!1338 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "forward_iterator_tag", scope: !15, file: !403, line: 99, size: 8, flags: DIFlagTypePassByValue, elements: !1339, identifier: "_ZTSSt20forward_iterator_tag")
!1339 = !{!1340}
!1340 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !1338, baseType: !1341, extraData: i32 0)
!1341 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "input_iterator_tag", scope: !15, file: !403, line: 93, size: 8, flags: DIFlagTypePassByValue, elements: !143, identifier: "_ZTSSt18input_iterator_tag")
!1342 = !DISubprogram(name: "_M_range_initialize<const double *>", linkageName: "_ZNSt6vectorIdSaIdEE19_M_range_initializeIPKdEEvT_S5_St20forward_iterator_tag", scope: !21, file: !20, line: 1682, type: !1336, scopeLine: 1682, flags: DIFlagProtected | DIFlagPrototyped, spFlags: DISPFlagOptimized, templateParams: !1343)
!1343 = !{!1344}
!1344 = !DITemplateTypeParameter(name: "_ForwardIterator", type: !77)
!1345 = !{!1334, !1346, !1347, !1348, !1349}
!1346 = !DILocalVariable(name: "__first", arg: 2, scope: !1335, file: !20, line: 1682, type: !77)
!1347 = !DILocalVariable(name: "__last", arg: 3, scope: !1335, file: !20, line: 1682, type: !77)
!1348 = !DILocalVariable(arg: 4, scope: !1335, file: !20, line: 1683, type: !1338)
!1349 = !DILocalVariable(name: "__n", scope: !1335, file: !20, line: 1685, type: !1350)
!1350 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !300)
!1351 = !DILocation(line: 0, scope: !1335, inlinedAt: !1352)
!1352 = distinct !DILocation(line: 677, column: 2, scope: !1353, inlinedAt: !1318)
!1353 = distinct !DILexicalBlock(scope: !1312, file: !20, line: 676, column: 7)
!1354 = !DILocalVariable(name: "this", arg: 1, scope: !1355, type: !1309, flags: DIFlagArtificial | DIFlagObjectPointer)
!1355 = distinct !DISubprogram(name: "_M_allocate", linkageName: "_ZNSt12_Vector_baseIdSaIdEE11_M_allocateEm", scope: !24, file: !20, line: 375, type: !233, scopeLine: 376, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !232, retainedNodes: !1356, keyInstructions: true)
!1356 = !{!1354, !1357}
!1357 = !DILocalVariable(name: "__n", arg: 2, scope: !1355, file: !20, line: 375, type: !13)
!1358 = !DILocation(line: 0, scope: !1355, inlinedAt: !1359)
!1359 = distinct !DILocation(line: 1687, column: 14, scope: !1335, inlinedAt: !1352)
!1360 = !DILocalVariable(name: "__a", arg: 1, scope: !1361, file: !39, line: 463, type: !45)
!1361 = distinct !DISubprogram(name: "allocate", linkageName: "_ZNSt16allocator_traitsISaIdEE8allocateERS0_m", scope: !38, file: !39, line: 463, type: !42, scopeLine: 464, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !41, retainedNodes: !1362, keyInstructions: true)
!1362 = !{!1360, !1363}
!1363 = !DILocalVariable(name: "__n", arg: 2, scope: !1361, file: !39, line: 463, type: !108)
!1364 = !DILocation(line: 0, scope: !1361, inlinedAt: !1365)
!1365 = distinct !DILocation(line: 378, column: 20, scope: !1355, inlinedAt: !1359)
!1366 = !DILocalVariable(name: "this", arg: 1, scope: !1367, type: !1371, flags: DIFlagArtificial | DIFlagObjectPointer)
!1367 = distinct !DISubprogram(name: "allocate", linkageName: "_ZNSt15__new_allocatorIdE8allocateEmPKv", scope: !53, file: !54, line: 112, type: !82, scopeLine: 113, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !81, retainedNodes: !1368, keyInstructions: true)
!1368 = !{!1366, !1369, !1370}
!1369 = !DILocalVariable(name: "__n", arg: 2, scope: !1367, file: !54, line: 112, type: !84)
!1370 = !DILocalVariable(arg: 3, scope: !1367, file: !54, line: 112, type: !11)
!1371 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !53, size: 64)
!1372 = !DILocation(line: 0, scope: !1367, inlinedAt: !1373)
!1373 = distinct !DILocation(line: 464, column: 20, scope: !1361, inlinedAt: !1365)
!1374 = !DILocation(line: 137, column: 27, scope: !1367, inlinedAt: !1373, atomGroup: 3, atomRank: 2)
!1375 = !DILocation(line: 1687, column: 6, scope: !1335, inlinedAt: !1352, atomGroup: 2, atomRank: 1)
!1376 = !{!1377, !1378, i64 0}
!1377 = !{!"_ZTSNSt12_Vector_baseIdSaIdEE17_Vector_impl_dataE", !1378, i64 0, !1378, i64 8, !1378, i64 16}
!1378 = !{!"p1 double", !1379, i64 0}
!1379 = !{!"any pointer", !1256, i64 0}
!1380 = distinct !DIAssignID()
!1381 = !DILocation(line: 1688, column: 61, scope: !1335, inlinedAt: !1352, atomGroup: 3, atomRank: 2)
!1382 = !DILocation(line: 1688, column: 18, scope: !1335, inlinedAt: !1352)
!1383 = !DILocation(line: 1688, column: 36, scope: !1335, inlinedAt: !1352, atomGroup: 3, atomRank: 1)
!1384 = !{!1377, !1378, i64 16}
!1385 = distinct !DIAssignID()
!1386 = !DILocalVariable(name: "__first", arg: 1, scope: !1387, file: !1388, line: 365, type: !77)
!1387 = distinct !DISubprogram(name: "__uninitialized_copy_a<const double *, double *, double>", linkageName: "_ZSt22__uninitialized_copy_aIPKdPddET0_T_S4_S3_RSaIT1_E", scope: !15, file: !1388, line: 365, type: !1389, scopeLine: 367, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, templateParams: !1395, retainedNodes: !1391, keyInstructions: true)
!1388 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/stl_uninitialized.h", directory: "", checksumkind: CSK_MD5, checksum: "76b804c7705a952d454f754eea890c01")
!1389 = !DISubroutineType(types: !1390)
!1390 = !{!17, !77, !77, !17, !106}
!1391 = !{!1386, !1392, !1393, !1394}
!1392 = !DILocalVariable(name: "__last", arg: 2, scope: !1387, file: !1388, line: 365, type: !77)
!1393 = !DILocalVariable(name: "__result", arg: 3, scope: !1387, file: !1388, line: 366, type: !17)
!1394 = !DILocalVariable(arg: 4, scope: !1387, file: !1388, line: 366, type: !106)
!1395 = !{!1396, !1397, !93}
!1396 = !DITemplateTypeParameter(name: "_InputIterator", type: !77)
!1397 = !DITemplateTypeParameter(name: "_ForwardIterator", type: !17)
!1398 = !DILocation(line: 0, scope: !1387, inlinedAt: !1399)
!1399 = distinct !DILocation(line: 1690, column: 6, scope: !1335, inlinedAt: !1352)
!1400 = !DILocalVariable(name: "__first", arg: 1, scope: !1401, file: !1388, line: 163, type: !77)
!1401 = distinct !DISubprogram(name: "uninitialized_copy<const double *, double *>", linkageName: "_ZSt18uninitialized_copyIPKdPdET0_T_S4_S3_", scope: !15, file: !1388, line: 163, type: !1402, scopeLine: 165, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, templateParams: !1409, retainedNodes: !1404, keyInstructions: true)
!1402 = !DISubroutineType(types: !1403)
!1403 = !{!17, !77, !77, !17}
!1404 = !{!1400, !1405, !1406, !1407, !1408}
!1405 = !DILocalVariable(name: "__last", arg: 2, scope: !1401, file: !1388, line: 163, type: !77)
!1406 = !DILocalVariable(name: "__result", arg: 3, scope: !1401, file: !1388, line: 164, type: !17)
!1407 = !DILocalVariable(name: "__can_memmove", scope: !1401, file: !1388, line: 174, type: !248)
!1408 = !DILocalVariable(name: "__assignable", scope: !1401, file: !1388, line: 181, type: !248)
!1409 = !{!1396, !1397}
!1410 = !DILocation(line: 0, scope: !1401, inlinedAt: !1411)
!1411 = distinct !DILocation(line: 372, column: 14, scope: !1387, inlinedAt: !1399)
!1412 = !DILocalVariable(name: "__first", arg: 1, scope: !1413, file: !1388, line: 145, type: !77)
!1413 = distinct !DISubprogram(name: "__uninit_copy<const double *, double *>", linkageName: "_ZNSt20__uninitialized_copyILb1EE13__uninit_copyIPKdPdEET0_T_S6_S5_", scope: !1414, file: !1388, line: 145, type: !1402, scopeLine: 147, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, templateParams: !1409, declaration: !1417, retainedNodes: !1418, keyInstructions: true)
!1414 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__uninitialized_copy<true>", scope: !15, file: !1388, line: 141, size: 8, flags: DIFlagTypePassByValue, elements: !143, templateParams: !1415, identifier: "_ZTSSt20__uninitialized_copyILb1EE")
!1415 = !{!1416}
!1416 = !DITemplateValueParameter(name: "_TrivialValueTypes", type: !136, value: i1 true)
!1417 = !DISubprogram(name: "__uninit_copy<const double *, double *>", linkageName: "_ZNSt20__uninitialized_copyILb1EE13__uninit_copyIPKdPdEET0_T_S6_S5_", scope: !1414, file: !1388, line: 145, type: !1402, scopeLine: 145, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: DISPFlagOptimized, templateParams: !1409)
!1418 = !{!1412, !1419, !1420}
!1419 = !DILocalVariable(name: "__last", arg: 2, scope: !1413, file: !1388, line: 145, type: !77)
!1420 = !DILocalVariable(name: "__result", arg: 3, scope: !1413, file: !1388, line: 146, type: !17)
!1421 = !DILocation(line: 0, scope: !1413, inlinedAt: !1422)
!1422 = distinct !DILocation(line: 184, column: 14, scope: !1401, inlinedAt: !1411)
!1423 = !DILocalVariable(name: "__first", arg: 1, scope: !1424, file: !1425, line: 611, type: !77)
!1424 = distinct !DISubprogram(name: "copy<const double *, double *>", linkageName: "_ZSt4copyIPKdPdET0_T_S4_S3_", scope: !15, file: !1425, line: 611, type: !1402, scopeLine: 612, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, templateParams: !1429, retainedNodes: !1426, keyInstructions: true)
!1425 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/stl_algobase.h", directory: "", checksumkind: CSK_MD5, checksum: "acd8696ab950544891c62593445fe486")
!1426 = !{!1423, !1427, !1428}
!1427 = !DILocalVariable(name: "__last", arg: 2, scope: !1424, file: !1425, line: 611, type: !77)
!1428 = !DILocalVariable(name: "__result", arg: 3, scope: !1424, file: !1425, line: 611, type: !17)
!1429 = !{!1430, !1431}
!1430 = !DITemplateTypeParameter(name: "_II", type: !77)
!1431 = !DITemplateTypeParameter(name: "_OI", type: !17)
!1432 = !DILocation(line: 0, scope: !1424, inlinedAt: !1433)
!1433 = distinct !DILocation(line: 147, column: 18, scope: !1413, inlinedAt: !1422)
!1434 = !DILocalVariable(name: "__first", arg: 1, scope: !1435, file: !1425, line: 527, type: !77)
!1435 = distinct !DISubprogram(name: "__copy_move_a<false, const double *, double *>", linkageName: "_ZSt13__copy_move_aILb0EPKdPdET1_T0_S4_S3_", scope: !15, file: !1425, line: 527, type: !1402, scopeLine: 528, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, templateParams: !1439, retainedNodes: !1436, keyInstructions: true)
!1436 = !{!1434, !1437, !1438}
!1437 = !DILocalVariable(name: "__last", arg: 2, scope: !1435, file: !1425, line: 527, type: !77)
!1438 = !DILocalVariable(name: "__result", arg: 3, scope: !1435, file: !1425, line: 527, type: !17)
!1439 = !{!1440, !1430, !1431}
!1440 = !DITemplateValueParameter(name: "_IsMove", type: !136, value: i1 false)
!1441 = !DILocation(line: 0, scope: !1435, inlinedAt: !1442)
!1442 = distinct !DILocation(line: 619, column: 14, scope: !1424, inlinedAt: !1433)
!1443 = !DILocalVariable(name: "__first", arg: 1, scope: !1444, file: !1425, line: 521, type: !77)
!1444 = distinct !DISubprogram(name: "__copy_move_a1<false, const double *, double *>", linkageName: "_ZSt14__copy_move_a1ILb0EPKdPdET1_T0_S4_S3_", scope: !15, file: !1425, line: 521, type: !1402, scopeLine: 522, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, templateParams: !1439, retainedNodes: !1445, keyInstructions: true)
!1445 = !{!1443, !1446, !1447}
!1446 = !DILocalVariable(name: "__last", arg: 2, scope: !1444, file: !1425, line: 521, type: !77)
!1447 = !DILocalVariable(name: "__result", arg: 3, scope: !1444, file: !1425, line: 521, type: !17)
!1448 = !DILocation(line: 0, scope: !1444, inlinedAt: !1449)
!1449 = distinct !DILocation(line: 530, column: 3, scope: !1435, inlinedAt: !1442)
!1450 = !DILocalVariable(name: "__first", arg: 1, scope: !1451, file: !1425, line: 486, type: !77)
!1451 = distinct !DISubprogram(name: "__copy_move_a2<false, const double *, double *>", linkageName: "_ZSt14__copy_move_a2ILb0EPKdPdET1_T0_S4_S3_", scope: !15, file: !1425, line: 486, type: !1402, scopeLine: 487, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, templateParams: !1439, retainedNodes: !1452, keyInstructions: true)
!1452 = !{!1450, !1453, !1454}
!1453 = !DILocalVariable(name: "__last", arg: 2, scope: !1451, file: !1425, line: 486, type: !77)
!1454 = !DILocalVariable(name: "__result", arg: 3, scope: !1451, file: !1425, line: 486, type: !17)
!1455 = !DILocation(line: 0, scope: !1451, inlinedAt: !1456)
!1456 = distinct !DILocation(line: 522, column: 14, scope: !1444, inlinedAt: !1449)
!1457 = !DILocalVariable(name: "__first", arg: 1, scope: !1458, file: !1425, line: 420, type: !77)
!1458 = distinct !DISubprogram(name: "__copy_m<double>", linkageName: "_ZNSt11__copy_moveILb0ELb1ESt26random_access_iterator_tagE8__copy_mIdEEPT_PKS3_S6_S4_", scope: !1459, file: !1425, line: 420, type: !1402, scopeLine: 421, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, templateParams: !92, declaration: !1469, retainedNodes: !1470, keyInstructions: true)
!1459 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__copy_move<false, true, std::random_access_iterator_tag>", scope: !15, file: !1425, line: 415, size: 8, flags: DIFlagTypePassByValue, elements: !143, templateParams: !1460, identifier: "_ZTSSt11__copy_moveILb0ELb1ESt26random_access_iterator_tagE")
!1460 = !{!1440, !1461, !1462}
!1461 = !DITemplateValueParameter(name: "_IsSimple", type: !136, value: i1 true)
!1462 = !DITemplateTypeParameter(name: "_Category", type: !1463)
!1463 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "random_access_iterator_tag", scope: !15, file: !403, line: 107, size: 8, flags: DIFlagTypePassByValue, elements: !1464, identifier: "_ZTSSt26random_access_iterator_tag")
!1464 = !{!1465}
!1465 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !1463, baseType: !1466, extraData: i32 0)
!1466 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "bidirectional_iterator_tag", scope: !15, file: !403, line: 103, size: 8, flags: DIFlagTypePassByValue, elements: !1467, identifier: "_ZTSSt26bidirectional_iterator_tag")
!1467 = !{!1468}
!1468 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !1466, baseType: !1338, extraData: i32 0)
!1469 = !DISubprogram(name: "__copy_m<double>", linkageName: "_ZNSt11__copy_moveILb0ELb1ESt26random_access_iterator_tagE8__copy_mIdEEPT_PKS3_S6_S4_", scope: !1459, file: !1425, line: 420, type: !1402, scopeLine: 420, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: DISPFlagOptimized, templateParams: !92)
!1470 = !{!1457, !1471, !1472, !1473}
!1471 = !DILocalVariable(name: "__last", arg: 2, scope: !1458, file: !1425, line: 420, type: !77)
!1472 = !DILocalVariable(name: "__result", arg: 3, scope: !1458, file: !1425, line: 420, type: !17)
!1473 = !DILocalVariable(name: "_Num", scope: !1458, file: !1425, line: 429, type: !1474)
!1474 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !429)
!1475 = !DILocation(line: 0, scope: !1458, inlinedAt: !1476)
!1476 = distinct !DILocation(line: 494, column: 14, scope: !1451, inlinedAt: !1456)
!1477 = !DILocation(line: 431, column: 6, scope: !1478, inlinedAt: !1476, atomGroup: 3, atomRank: 1)
!1478 = distinct !DILexicalBlock(scope: !1458, file: !1425, line: 430, column: 8)
!1479 = !DILocation(line: 1689, column: 18, scope: !1335, inlinedAt: !1352)
!1480 = !DILocation(line: 1689, column: 28, scope: !1335, inlinedAt: !1352, atomGroup: 4, atomRank: 1)
!1481 = !{!1377, !1378, i64 8}
!1482 = distinct !DIAssignID()
!1483 = !DILocation(line: 36, column: 3, scope: !1267)
!1484 = !DILocation(line: 36, column: 12, scope: !1267, atomGroup: 6, atomRank: 1)
!1485 = !{!1486, !1487, i64 0}
!1486 = !{!"_ZTSZ4mainE3$_1", !1487, i64 0, !1488, i64 8}
!1487 = !{!"double", !1256, i64 0}
!1488 = !{!"p1 _ZTSSt6vectorIdSaIdEE", !1379, i64 0}
!1489 = distinct !DIAssignID()
!1490 = !DILocation(line: 36, column: 12, scope: !1267)
!1491 = !{!1488, !1488, i64 0}
!1492 = distinct !DIAssignID()
!1493 = !DILocation(line: 41, column: 62, scope: !1267)
!1494 = !DILocation(line: 41, column: 80, scope: !1267)
!1495 = !DILocation(line: 41, column: 15, scope: !1267, atomGroup: 7, atomRank: 2)
!1496 = distinct !DIAssignID()
!1497 = !DILocation(line: 45, column: 3, scope: !1267)
!1498 = !DILocation(line: 45, column: 14, scope: !1267, atomGroup: 9, atomRank: 1)
!1499 = !{i64 0, i64 8, !1500, i64 8, i64 8, !1502, i64 16, i64 4, !1503, i64 20, i64 4, !1254}
!1500 = !{!1501, !1501, i64 0}
!1501 = !{!"long", !1256, i64 0}
!1502 = !{!1487, !1487, i64 0}
!1503 = !{!1504, !1504, i64 0}
!1504 = !{!"float", !1256, i64 0}
!1505 = distinct !DIAssignID()
!1506 = !DILocation(line: 50, column: 3, scope: !1267)
!1507 = distinct !DIAssignID()
!1508 = !DILocation(line: 51, column: 3, scope: !1267, atomGroup: 11, atomRank: 1)
!1509 = distinct !DIAssignID()
!1510 = !DILocation(line: 52, column: 63, scope: !1267)
!1511 = !DILocation(line: 52, column: 86, scope: !1267)
!1512 = !DILocation(line: 52, column: 15, scope: !1267, atomGroup: 12, atomRank: 2)
!1513 = !DILocation(line: 54, column: 46, scope: !1267)
!1514 = !DILocation(line: 54, column: 15, scope: !1267, atomGroup: 13, atomRank: 2)
!1515 = !DILocation(line: 56, column: 3, scope: !1267)
!1516 = !DILocation(line: 58, column: 1, scope: !1267)
!1517 = !DILocalVariable(name: "this", arg: 1, scope: !1518, type: !1315, flags: DIFlagArtificial | DIFlagObjectPointer)
!1518 = distinct !DISubprogram(name: "~vector", linkageName: "_ZNSt6vectorIdSaIdEED2Ev", scope: !21, file: !20, line: 728, type: !288, scopeLine: 729, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !364, retainedNodes: !1519, keyInstructions: true)
!1519 = !{!1517}
!1520 = !DILocation(line: 0, scope: !1518, inlinedAt: !1521)
!1521 = distinct !DILocation(line: 58, column: 1, scope: !1267)
!1522 = !DILocalVariable(name: "this", arg: 1, scope: !1523, type: !1309, flags: DIFlagArtificial | DIFlagObjectPointer)
!1523 = distinct !DISubprogram(name: "~_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEED2Ev", scope: !24, file: !20, line: 364, type: !205, scopeLine: 365, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !231, retainedNodes: !1524, keyInstructions: true)
!1524 = !{!1522}
!1525 = !DILocation(line: 0, scope: !1523, inlinedAt: !1526)
!1526 = distinct !DILocation(line: 733, column: 7, scope: !1527, inlinedAt: !1521)
!1527 = distinct !DILexicalBlock(scope: !1518, file: !20, line: 729, column: 7)
!1528 = !DILocation(line: 366, column: 24, scope: !1529, inlinedAt: !1526)
!1529 = distinct !DILexicalBlock(scope: !1523, file: !20, line: 365, column: 7)
!1530 = !DILocalVariable(name: "this", arg: 1, scope: !1531, type: !1309, flags: DIFlagArtificial | DIFlagObjectPointer)
!1531 = distinct !DISubprogram(name: "_M_deallocate", linkageName: "_ZNSt12_Vector_baseIdSaIdEE13_M_deallocateEPdm", scope: !24, file: !20, line: 383, type: !236, scopeLine: 384, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !235, retainedNodes: !1532, keyInstructions: true)
!1532 = !{!1530, !1533, !1534}
!1533 = !DILocalVariable(name: "__p", arg: 2, scope: !1531, file: !20, line: 383, type: !149)
!1534 = !DILocalVariable(name: "__n", arg: 3, scope: !1531, file: !20, line: 383, type: !13)
!1535 = !DILocation(line: 0, scope: !1531, inlinedAt: !1536)
!1536 = distinct !DILocation(line: 366, column: 2, scope: !1529, inlinedAt: !1526)
!1537 = !DILocation(line: 386, column: 6, scope: !1538, inlinedAt: !1536, atomGroup: 1, atomRank: 2)
!1538 = distinct !DILexicalBlock(scope: !1531, file: !20, line: 386, column: 6)
!1539 = !DILocation(line: 386, column: 6, scope: !1538, inlinedAt: !1536, atomGroup: 1, atomRank: 1)
!1540 = !DILocation(line: 367, column: 17, scope: !1529, inlinedAt: !1526)
!1541 = !DILocation(line: 367, column: 35, scope: !1529, inlinedAt: !1526)
!1542 = !DILocalVariable(name: "__a", arg: 1, scope: !1543, file: !39, line: 495, type: !45)
!1543 = distinct !DISubprogram(name: "deallocate", linkageName: "_ZNSt16allocator_traitsISaIdEE10deallocateERS0_Pdm", scope: !38, file: !39, line: 495, type: !114, scopeLine: 496, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !113, retainedNodes: !1544, keyInstructions: true)
!1544 = !{!1542, !1545, !1546}
!1545 = !DILocalVariable(name: "__p", arg: 2, scope: !1543, file: !39, line: 495, type: !44)
!1546 = !DILocalVariable(name: "__n", arg: 3, scope: !1543, file: !39, line: 495, type: !108)
!1547 = !DILocation(line: 0, scope: !1543, inlinedAt: !1548)
!1548 = distinct !DILocation(line: 387, column: 4, scope: !1538, inlinedAt: !1536)
!1549 = !DILocalVariable(name: "this", arg: 1, scope: !1550, type: !1371, flags: DIFlagArtificial | DIFlagObjectPointer)
!1550 = distinct !DISubprogram(name: "deallocate", linkageName: "_ZNSt15__new_allocatorIdE10deallocateEPdm", scope: !53, file: !54, line: 142, type: !86, scopeLine: 143, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !85, retainedNodes: !1551, keyInstructions: true)
!1551 = !{!1549, !1552, !1553}
!1552 = !DILocalVariable(name: "__p", arg: 2, scope: !1550, file: !54, line: 142, type: !17)
!1553 = !DILocalVariable(name: "__n", arg: 3, scope: !1550, file: !54, line: 142, type: !84)
!1554 = !DILocation(line: 0, scope: !1550, inlinedAt: !1555)
!1555 = distinct !DILocation(line: 496, column: 13, scope: !1543, inlinedAt: !1548)
!1556 = !DILocation(line: 158, column: 2, scope: !1550, inlinedAt: !1555)
!1557 = !DILocation(line: 387, column: 4, scope: !1538, inlinedAt: !1536)
!1558 = !DILocation(line: 58, column: 1, scope: !1267, atomGroup: 15, atomRank: 1)
!1559 = !DILocation(line: 0, scope: !1518, inlinedAt: !1560)
!1560 = distinct !DILocation(line: 58, column: 1, scope: !1267)
!1561 = !DILocation(line: 0, scope: !1523, inlinedAt: !1562)
!1562 = distinct !DILocation(line: 733, column: 7, scope: !1527, inlinedAt: !1560)
!1563 = !DILocation(line: 366, column: 24, scope: !1529, inlinedAt: !1562)
!1564 = !DILocation(line: 0, scope: !1531, inlinedAt: !1565)
!1565 = distinct !DILocation(line: 366, column: 2, scope: !1529, inlinedAt: !1562)
!1566 = !DILocation(line: 386, column: 6, scope: !1538, inlinedAt: !1565, atomGroup: 1, atomRank: 2)
!1567 = !DILocation(line: 386, column: 6, scope: !1538, inlinedAt: !1565, atomGroup: 1, atomRank: 1)
!1568 = !DILocation(line: 367, column: 17, scope: !1529, inlinedAt: !1562)
!1569 = !DILocation(line: 367, column: 35, scope: !1529, inlinedAt: !1562)
!1570 = !DILocation(line: 0, scope: !1543, inlinedAt: !1571)
!1571 = distinct !DILocation(line: 387, column: 4, scope: !1538, inlinedAt: !1565)
!1572 = !DILocation(line: 0, scope: !1550, inlinedAt: !1573)
!1573 = distinct !DILocation(line: 496, column: 13, scope: !1543, inlinedAt: !1571)
!1574 = !DILocation(line: 158, column: 2, scope: !1550, inlinedAt: !1573)
!1575 = !DILocation(line: 387, column: 4, scope: !1538, inlinedAt: !1565)
!1576 = !DISubprogram(name: "__enzyme_autodiff", scope: !2, file: !2, line: 9, type: !1577, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1577 = !DISubroutineType(types: !1578)
!1578 = !{!18, !10, null}
!1579 = distinct !DISubprogram(name: "tramp<(lambda at src/enzyme_cpp.cpp:36:12)>", linkageName: "_Z5trampIZ4mainE3$_1EdPKT_d", scope: !2, file: !2, line: 14, type: !1580, scopeLine: 14, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !8, templateParams: !1587, retainedNodes: !1584, keyInstructions: true)
!1580 = !DISubroutineType(types: !1581)
!1581 = !{!18, !1582, !18}
!1582 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1583, size: 64)
!1583 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !1278)
!1584 = !{!1585, !1586}
!1585 = !DILocalVariable(name: "f", arg: 1, scope: !1579, file: !2, line: 14, type: !1582)
!1586 = !DILocalVariable(name: "x", arg: 2, scope: !1579, file: !2, line: 14, type: !18)
!1587 = !{!1588}
!1588 = !DITemplateTypeParameter(name: "F", type: !1278)
!1589 = !DILocation(line: 0, scope: !1579)
!1590 = !DILocalVariable(name: "this", arg: 1, scope: !1591, type: !1593, flags: DIFlagArtificial | DIFlagObjectPointer)
!1591 = distinct !DISubprogram(name: "operator++", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEppEv", scope: !385, file: !386, line: 1105, type: !415, scopeLine: 1106, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !414, retainedNodes: !1592, keyInstructions: true)
!1592 = !{!1590}
!1593 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !385, size: 64)
!1594 = !DILocation(line: 0, scope: !1591, inlinedAt: !1595)
!1595 = distinct !DILocation(line: 38, column: 19, scope: !1596, inlinedAt: !1612)
!1596 = distinct !DILexicalBlock(scope: !1597, file: !2, line: 38, column: 5)
!1597 = distinct !DISubprogram(name: "operator()", linkageName: "_ZZ4mainENK3$_1clEd", scope: !1278, file: !2, line: 36, type: !1598, scopeLine: 36, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !1601, retainedNodes: !1602, keyInstructions: true)
!1598 = !DISubroutineType(types: !1599)
!1599 = !{!18, !1600, !18}
!1600 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1583, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!1601 = !DISubprogram(name: "operator()", scope: !1278, file: !2, line: 36, type: !1598, scopeLine: 36, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized)
!1602 = !{!1603, !1604, !1605, !1606, !1607, !1608, !1609, !1610}
!1603 = !DILocalVariable(name: "this", arg: 1, scope: !1597, type: !1582, flags: DIFlagArtificial | DIFlagObjectPointer)
!1604 = !DILocalVariable(name: "y", arg: 2, scope: !1597, file: !2, line: 36, type: !18)
!1605 = !DILocalVariable(name: "s", scope: !1597, file: !2, line: 37, type: !18)
!1606 = !DILocalVariable(name: "p", scope: !1597, file: !2, line: 37, type: !18)
!1607 = !DILocalVariable(name: "__range2", scope: !1596, type: !368, flags: DIFlagArtificial)
!1608 = !DILocalVariable(name: "__begin2", scope: !1596, type: !384, flags: DIFlagArtificial)
!1609 = !DILocalVariable(name: "__end2", scope: !1596, type: !384, flags: DIFlagArtificial)
!1610 = !DILocalVariable(name: "c", scope: !1611, file: !2, line: 38, type: !18)
!1611 = distinct !DILexicalBlock(scope: !1596, file: !2, line: 38, column: 5)
!1612 = distinct !DILocation(line: 14, column: 64, scope: !1579)
!1613 = !DILocalVariable(name: "__lhs", arg: 1, scope: !1614, file: !386, line: 1237, type: !1617)
!1614 = distinct !DISubprogram(name: "operator!=<double *, std::vector<double, std::allocator<double> > >", linkageName: "_ZN9__gnu_cxxneIPdSt6vectorIdSaIdEEEEbRKNS_17__normal_iteratorIT_T0_EESA_", scope: !35, file: !386, line: 1237, type: !1615, scopeLine: 1240, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, templateParams: !442, retainedNodes: !1618, keyInstructions: true)
!1615 = !DISubroutineType(types: !1616)
!1616 = !{!136, !1617, !1617}
!1617 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !408, size: 64)
!1618 = !{!1613, !1619}
!1619 = !DILocalVariable(name: "__rhs", arg: 2, scope: !1614, file: !386, line: 1238, type: !1617)
!1620 = !DILocation(line: 0, scope: !1614, inlinedAt: !1621)
!1621 = distinct !DILocation(line: 38, column: 19, scope: !1596, inlinedAt: !1612)
!1622 = !DILocation(line: 0, scope: !1597, inlinedAt: !1612)
!1623 = !DILocation(line: 38, column: 21, scope: !1596, inlinedAt: !1612)
!1624 = !DILocation(line: 38, column: 21, scope: !1596, inlinedAt: !1612, atomGroup: 3, atomRank: 2)
!1625 = !{!1486, !1488, i64 8}
!1626 = !{i64 8}
!1627 = !DILocation(line: 0, scope: !1596, inlinedAt: !1612)
!1628 = !DILocalVariable(name: "this", arg: 1, scope: !1629, type: !1315, flags: DIFlagArtificial | DIFlagObjectPointer)
!1629 = distinct !DISubprogram(name: "begin", linkageName: "_ZNSt6vectorIdSaIdEE5beginEv", scope: !21, file: !20, line: 868, type: !382, scopeLine: 869, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !381, retainedNodes: !1630, keyInstructions: true)
!1630 = !{!1628}
!1631 = !DILocation(line: 0, scope: !1629, inlinedAt: !1632)
!1632 = distinct !DILocation(line: 38, column: 19, scope: !1596, inlinedAt: !1612)
!1633 = !DILocalVariable(name: "this", arg: 1, scope: !1634, type: !1593, flags: DIFlagArtificial | DIFlagObjectPointer)
!1634 = distinct !DISubprogram(name: "__normal_iterator", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEC2ERKS1_", scope: !385, file: !386, line: 1072, type: !394, scopeLine: 1073, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !393, retainedNodes: !1635, keyInstructions: true)
!1635 = !{!1633, !1636}
!1636 = !DILocalVariable(name: "__i", arg: 2, scope: !1634, file: !386, line: 1072, type: !396)
!1637 = !DILocation(line: 0, scope: !1634, inlinedAt: !1638)
!1638 = distinct !DILocation(line: 869, column: 16, scope: !1629, inlinedAt: !1632)
!1639 = !DILocation(line: 1073, column: 20, scope: !1634, inlinedAt: !1638, atomGroup: 1, atomRank: 2)
!1640 = !{!1378, !1378, i64 0}
!1641 = !DILocation(line: 0, scope: !1634, inlinedAt: !1642)
!1642 = distinct !DILocation(line: 889, column: 16, scope: !1643, inlinedAt: !1646)
!1643 = distinct !DISubprogram(name: "end", linkageName: "_ZNSt6vectorIdSaIdEE3endEv", scope: !21, file: !20, line: 888, type: !382, scopeLine: 889, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !450, retainedNodes: !1644, keyInstructions: true)
!1644 = !{!1645}
!1645 = !DILocalVariable(name: "this", arg: 1, scope: !1643, type: !1315, flags: DIFlagArtificial | DIFlagObjectPointer)
!1646 = distinct !DILocation(line: 38, column: 19, scope: !1596, inlinedAt: !1612)
!1647 = !DILocation(line: 0, scope: !1643, inlinedAt: !1646)
!1648 = !DILocation(line: 889, column: 39, scope: !1643, inlinedAt: !1646)
!1649 = !DILocation(line: 1073, column: 20, scope: !1634, inlinedAt: !1642, atomGroup: 1, atomRank: 2)
!1650 = !DILocation(line: 1240, column: 27, scope: !1614, inlinedAt: !1621, atomGroup: 20, atomRank: 2)
!1651 = !DILocation(line: 38, column: 19, scope: !1596, inlinedAt: !1612, atomGroup: 21, atomRank: 1)
!1652 = !DILocation(line: 38, column: 19, scope: !1611, inlinedAt: !1612, atomGroup: 8, atomRank: 2)
!1653 = !DILocation(line: 0, scope: !1611, inlinedAt: !1612)
!1654 = !DILocation(line: 38, column: 31, scope: !1655, inlinedAt: !1612, atomGroup: 9, atomRank: 2)
!1655 = distinct !DILexicalBlock(scope: !1611, file: !2, line: 38, column: 27)
!1656 = !DILocation(line: 38, column: 43, scope: !1655, inlinedAt: !1612, atomGroup: 10, atomRank: 2)
!1657 = !DILocation(line: 1107, column: 2, scope: !1591, inlinedAt: !1595, atomGroup: 1, atomRank: 2)
!1658 = !DILocation(line: 1240, column: 27, scope: !1614, inlinedAt: !1621, atomGroup: 1, atomRank: 2)
!1659 = !DILocation(line: 38, column: 19, scope: !1596, inlinedAt: !1612, atomGroup: 7, atomRank: 1)
!1660 = distinct !{!1660, !1661, !1662}
!1661 = !DILocation(line: 38, column: 5, scope: !1596, inlinedAt: !1612)
!1662 = !DILocation(line: 38, column: 49, scope: !1596, inlinedAt: !1612)
!1663 = !DILocation(line: 39, column: 12, scope: !1597, inlinedAt: !1612)
!1664 = !DILocation(line: 39, column: 14, scope: !1597, inlinedAt: !1612, atomGroup: 13, atomRank: 2)
!1665 = !DILocation(line: 14, column: 57, scope: !1579, atomGroup: 1, atomRank: 1)
!1666 = distinct !DISubprogram(name: "tramp<(lambda at src/enzyme_cpp.cpp:45:13)>", linkageName: "_Z5trampIZ4mainE3$_2EdPKT_d", scope: !2, file: !2, line: 14, type: !1667, scopeLine: 14, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !8, templateParams: !1674, retainedNodes: !1671, keyInstructions: true)
!1667 = !DISubroutineType(types: !1668)
!1668 = !{!18, !1669, !18}
!1669 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1670, size: 64)
!1670 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !1291)
!1671 = !{!1672, !1673}
!1672 = !DILocalVariable(name: "f", arg: 1, scope: !1666, file: !2, line: 14, type: !1669)
!1673 = !DILocalVariable(name: "x", arg: 2, scope: !1666, file: !2, line: 14, type: !18)
!1674 = !{!1675}
!1675 = !DITemplateTypeParameter(name: "F", type: !1291)
!1676 = !DILocation(line: 0, scope: !1666)
!1677 = !DILocalVariable(name: "this", arg: 1, scope: !1678, type: !1669, flags: DIFlagArtificial | DIFlagObjectPointer)
!1678 = distinct !DISubprogram(name: "operator()", linkageName: "_ZZ4mainENK3$_2clEd", scope: !1291, file: !2, line: 45, type: !1679, scopeLine: 45, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !1682, retainedNodes: !1683, keyInstructions: true)
!1679 = !DISubroutineType(types: !1680)
!1680 = !{!18, !1681, !18}
!1681 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1670, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!1682 = !DISubprogram(name: "operator()", scope: !1291, file: !2, line: 45, type: !1679, scopeLine: 45, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized)
!1683 = !{!1677, !1684, !1685}
!1684 = !DILocalVariable(name: "y", arg: 2, scope: !1678, file: !2, line: 45, type: !18)
!1685 = !DILocalVariable(name: "local", scope: !1678, file: !2, line: 46, type: !1284)
!1686 = !DILocation(line: 0, scope: !1678, inlinedAt: !1687)
!1687 = distinct !DILocation(line: 14, column: 64, scope: !1666)
!1688 = !DILocation(line: 47, column: 5, scope: !1678, inlinedAt: !1687, atomGroup: 1, atomRank: 1)
!1689 = !DILocation(line: 48, column: 20, scope: !1678, inlinedAt: !1687)
!1690 = !DILocation(line: 48, column: 30, scope: !1678, inlinedAt: !1687)
!1691 = !DILocation(line: 48, column: 38, scope: !1678, inlinedAt: !1687)
!1692 = !DILocation(line: 48, column: 28, scope: !1678, inlinedAt: !1687)
!1693 = !DILocation(line: 48, column: 52, scope: !1678, inlinedAt: !1687)
!1694 = !DILocation(line: 48, column: 42, scope: !1678, inlinedAt: !1687, atomGroup: 3, atomRank: 2)
!1695 = !DILocation(line: 14, column: 57, scope: !1666, atomGroup: 1, atomRank: 1)
!1696 = !DISubprogram(name: "__enzyme_fwddiff", scope: !2, file: !2, line: 10, type: !1577, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1697 = distinct !DISubprogram(name: "__invoke", linkageName: "_ZZ4mainEN3$_08__invokeEd", scope: !1271, file: !2, line: 29, type: !603, scopeLine: 29, flags: DIFlagArtificial | DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !1698, retainedNodes: !1699, keyInstructions: true)
!1698 = !DISubprogram(name: "__invoke", scope: !1271, type: !603, flags: DIFlagArtificial | DIFlagPrototyped | DIFlagStaticMember, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized)
!1699 = !{!1700}
!1700 = !DILocalVariable(name: "y", arg: 1, scope: !1697, type: !18, flags: DIFlagArtificial)
!1701 = !DILocation(line: 0, scope: !1697)
!1702 = !DILocalVariable(name: "this", arg: 1, scope: !1703, type: !1711, flags: DIFlagArtificial | DIFlagObjectPointer)
!1703 = distinct !DISubprogram(name: "operator()", linkageName: "_ZZ4mainENK3$_0clEd", scope: !1271, file: !2, line: 29, type: !1704, scopeLine: 29, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !1708, retainedNodes: !1709, keyInstructions: true)
!1704 = !DISubroutineType(types: !1705)
!1705 = !{!18, !1706, !18}
!1706 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1707, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!1707 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !1271)
!1708 = !DISubprogram(name: "operator()", scope: !1271, file: !2, line: 29, type: !1704, scopeLine: 29, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized)
!1709 = !{!1702, !1710}
!1710 = !DILocalVariable(name: "y", arg: 2, scope: !1703, file: !2, line: 29, type: !18)
!1711 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1707, size: 64)
!1712 = !DILocation(line: 0, scope: !1703, inlinedAt: !1713)
!1713 = distinct !DILocation(line: 29, column: 13, scope: !1697)
!1714 = !DILocation(line: 29, column: 35, scope: !1703, inlinedAt: !1713)
!1715 = !DILocation(line: 29, column: 47, scope: !1703, inlinedAt: !1713, atomGroup: 1, atomRank: 2)
!1716 = !DILocation(line: 29, column: 13, scope: !1697, atomGroup: 1, atomRank: 1)
!1717 = !DISubprogram(name: "operator new", linkageName: "_Znwm", scope: !1718, file: !1718, line: 126, type: !1719, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1718 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/new", directory: "")
!1719 = !DISubroutineType(types: !1720)
!1720 = !{!10, !13}
!1721 = !DISubprogram(name: "operator delete", linkageName: "_ZdlPvm", scope: !1718, file: !1718, line: 135, type: !1722, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1722 = !DISubroutineType(types: !1723)
!1723 = !{null, !10, !13}
