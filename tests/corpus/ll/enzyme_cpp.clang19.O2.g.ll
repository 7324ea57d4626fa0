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
define dso_local noundef double @_Z4polyd(double noundef %0) #0 !dbg !1255 {
    #dbg_value(double %0, !1257, !DIExpression(), !1258)
  %2 = fmul double %0, 3.000000e+00, !dbg !1259
  %3 = fmul double %2, %0, !dbg !1260
  %4 = fmul double %0, -2.000000e+00, !dbg !1261
  %5 = tail call double @llvm.fmuladd.f64(double %3, double %0, double %4), !dbg !1261
  %6 = fadd double %5, 1.000000e+00, !dbg !1262
  ret double %6, !dbg !1263
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: mustprogress norecurse uwtable
define dso_local noundef i32 @main() local_unnamed_addr #2 personality ptr @__gxx_personality_v0 !dbg !1264 {
  %1 = alloca %"class.std::vector", align 8, !DIAssignID !1294
    #dbg_assign(i1 undef, !1273, !DIExpression(), !1294, ptr %1, !DIExpression(), !1295)
  %2 = alloca %class.anon.0, align 8, !DIAssignID !1296
    #dbg_assign(i1 undef, !1274, !DIExpression(), !1296, ptr %2, !DIExpression(), !1295)
  %3 = alloca %class.anon.1, align 8, !DIAssignID !1297
    #dbg_assign(i1 undef, !1287, !DIExpression(), !1297, ptr %3, !DIExpression(), !1295)
  %4 = alloca %class.anon.1, align 8, !DIAssignID !1298
    #dbg_assign(i1 undef, !1291, !DIExpression(), !1298, ptr %4, !DIExpression(), !1295)
    #dbg_value(double 1.500000e+00, !1266, !DIExpression(), !1295)
    #dbg_value(ptr @"_ZZ4mainEN3$_08__invokeEd", !1269, !DIExpression(), !1295)
  %5 = load i32, ptr @enzyme_out, align 4, !dbg !1299, !tbaa !1300
  %6 = tail call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @"_ZZ4mainEN3$_08__invokeEd", i32 noundef %5, double noundef 1.500000e+00), !dbg !1304
    #dbg_value(double %6, !1271, !DIExpression(), !1295)
    #dbg_value(double 4.000000e+00, !1272, !DIExpression(), !1295)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %1) #14, !dbg !1305
    #dbg_value(ptr @constinit, !1306, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1312)
    #dbg_value(i64 3, !1306, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1312)
    #dbg_value(ptr %1, !1309, !DIExpression(), !1312)
    #dbg_value(ptr undef, !1311, !DIExpression(), !1312)
    #dbg_value(ptr %1, !1314, !DIExpression(), !1319)
    #dbg_value(ptr undef, !1317, !DIExpression(), !1319)
    #dbg_value(ptr %1, !1321, !DIExpression(), !1326)
    #dbg_value(ptr undef, !1324, !DIExpression(), !1326)
    #dbg_value(ptr %1, !1328, !DIExpression(), !1332)
    #dbg_assign(i8 0, !1273, !DIExpression(), !1334, ptr %1, !DIExpression(), !1295)
    #dbg_value(ptr %1, !1335, !DIExpression(), !1352)
    #dbg_value(ptr @constinit, !1347, !DIExpression(), !1352)
    #dbg_value(i64 24, !1350, !DIExpression(DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1352)
    #dbg_value(!DIArgList(ptr @constinit, i64 3), !1348, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 8, DW_OP_mul, DW_OP_plus, DW_OP_stack_value), !1352)
    #dbg_value(ptr %1, !1355, !DIExpression(), !1359)
    #dbg_value(i64 24, !1358, !DIExpression(DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1359)
    #dbg_value(ptr %1, !1361, !DIExpression(), !1365)
    #dbg_value(i64 24, !1364, !DIExpression(DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1365)
    #dbg_value(ptr %1, !1367, !DIExpression(), !1373)
    #dbg_value(i64 24, !1370, !DIExpression(DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1373)
    #dbg_value(ptr null, !1371, !DIExpression(), !1373)
  %7 = tail call noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #15, !dbg !1375
  store ptr %7, ptr %1, align 8, !dbg !1376, !tbaa !1377, !DIAssignID !1380
    #dbg_assign(ptr %7, !1273, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1380, ptr %1, !DIExpression(), !1295)
  %8 = getelementptr inbounds i8, ptr %7, i64 24, !dbg !1381
  %9 = getelementptr inbounds i8, ptr %1, i64 16, !dbg !1382
  store ptr %8, ptr %9, align 8, !dbg !1383, !tbaa !1384, !DIAssignID !1385
    #dbg_assign(ptr %8, !1273, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !1385, ptr %9, !DIExpression(), !1295)
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
  %10 = getelementptr inbounds i8, ptr %1, i64 8, !dbg !1479
  store ptr %8, ptr %10, align 8, !dbg !1480, !tbaa !1481, !DIAssignID !1482
    #dbg_assign(ptr %8, !1273, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1482, ptr %10, !DIExpression(), !1295)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %2) #14, !dbg !1483
  store double 4.000000e+00, ptr %2, align 8, !dbg !1484, !tbaa !1485, !DIAssignID !1488
    #dbg_assign(double 4.000000e+00, !1274, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1488, ptr %2, !DIExpression(), !1295)
  %11 = getelementptr inbounds i8, ptr %2, i64 8, !dbg !1484
  store ptr %1, ptr %11, align 8, !dbg !1484, !tbaa !1489, !DIAssignID !1490
    #dbg_assign(ptr %1, !1274, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1490, ptr %11, !DIExpression(), !1295)
  %12 = load i32, ptr @enzyme_const, align 4, !dbg !1491, !tbaa !1300
  %13 = load i32, ptr @enzyme_out, align 4, !dbg !1492, !tbaa !1300
  %14 = invoke double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @"_Z5trampIZ4mainE3$_1EdPKT_d", i32 noundef %12, ptr noundef nonnull %2, i32 noundef %13, double noundef 1.500000e+00)
          to label %15 unwind label %32, !dbg !1493

15:                                               ; preds = %0
    #dbg_value(double %14, !1279, !DIExpression(), !1295)
    #dbg_assign(i1 undef, !1280, !DIExpression(), !1494, ptr @__const.main.prm, !DIExpression(), !1295)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %3) #14, !dbg !1495
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %3, ptr noundef nonnull align 8 dereferenceable(24) @__const.main.prm, i64 24, i1 false), !dbg !1496, !tbaa.struct !1497, !DIAssignID !1503
    #dbg_assign(i1 undef, !1287, !DIExpression(), !1503, ptr %3, !DIExpression(), !1295)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %4) #14, !dbg !1504
    #dbg_assign(i1 undef, !1291, !DIExpression(), !1505, ptr %4, !DIExpression(), !1295)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %4, i8 0, i64 24, i1 false), !dbg !1506, !DIAssignID !1507
    #dbg_assign(i8 0, !1291, !DIExpression(), !1507, ptr %4, !DIExpression(), !1295)
  %16 = load i32, ptr @enzyme_dup, align 4, !dbg !1508, !tbaa !1300
  %17 = load i32, ptr @enzyme_out, align 4, !dbg !1509, !tbaa !1300
  %18 = invoke double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @"_Z5trampIZ4mainE3$_2EdPKT_d", i32 noundef %16, ptr noundef nonnull %3, ptr noundef nonnull %4, i32 noundef %17, double noundef 1.500000e+00)
          to label %19 unwind label %34, !dbg !1510

19:                                               ; preds = %15
    #dbg_value(double %18, !1292, !DIExpression(), !1295)
  %20 = load i32, ptr @enzyme_dup, align 4, !dbg !1511, !tbaa !1300
  %21 = invoke double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @_Z4polyd, i32 noundef %20, double noundef 1.500000e+00, double noundef 1.000000e+00)
          to label %22 unwind label %36, !dbg !1512

22:                                               ; preds = %19
    #dbg_value(double %21, !1293, !DIExpression(), !1295)
  %23 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %6, double noundef %14, double noundef %18, double noundef %21), !dbg !1513
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %4) #14, !dbg !1514
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %3) #14, !dbg !1514
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %2) #14, !dbg !1514
    #dbg_value(ptr %1, !1515, !DIExpression(), !1518)
    #dbg_value(ptr %1, !1520, !DIExpression(), !1523)
  %24 = load ptr, ptr %1, align 8, !dbg !1526, !tbaa !1377
    #dbg_value(ptr %1, !1528, !DIExpression(), !1533)
    #dbg_value(ptr %24, !1531, !DIExpression(), !1533)
    #dbg_value(!DIArgList(ptr poison, ptr poison), !1532, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_minus, DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1533)
  %25 = icmp eq ptr %24, null, !dbg !1535
  br i1 %25, label %31, label %26, !dbg !1537

26:                                               ; preds = %22
  %27 = load ptr, ptr %9, align 8, !dbg !1538, !tbaa !1384
    #dbg_value(!DIArgList(ptr %27, ptr %24), !1532, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_minus, DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1533)
  %28 = ptrtoint ptr %27 to i64, !dbg !1539
    #dbg_value(!DIArgList(i64 %28, ptr %24), !1532, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_minus, DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1533)
  %29 = ptrtoint ptr %24 to i64, !dbg !1539
    #dbg_value(!DIArgList(i64 %28, i64 %29), !1532, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_minus, DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1533)
  %30 = sub i64 %28, %29, !dbg !1539
    #dbg_value(i64 %30, !1532, !DIExpression(DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1533)
    #dbg_value(ptr %1, !1540, !DIExpression(), !1545)
    #dbg_value(ptr %24, !1543, !DIExpression(), !1545)
    #dbg_value(i64 %30, !1544, !DIExpression(DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1545)
    #dbg_value(ptr %1, !1547, !DIExpression(), !1552)
    #dbg_value(ptr %24, !1550, !DIExpression(), !1552)
    #dbg_value(i64 %30, !1551, !DIExpression(DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1552)
  call void @_ZdlPvm(ptr noundef nonnull %24, i64 noundef %30) #16, !dbg !1554
  br label %31, !dbg !1555

31:                                               ; preds = %22, %26
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %1) #14, !dbg !1514
  ret i32 0, !dbg !1514

32:                                               ; preds = %0
  %33 = landingpad { ptr, i32 }
          cleanup, !dbg !1514
  br label %40, !dbg !1514

34:                                               ; preds = %15
  %35 = landingpad { ptr, i32 }
          cleanup, !dbg !1514
  br label %38, !dbg !1514

36:                                               ; preds = %19
  %37 = landingpad { ptr, i32 }
          cleanup, !dbg !1514
  br label %38, !dbg !1514

38:                                               ; preds = %36, %34
  %39 = phi { ptr, i32 } [ %37, %36 ], [ %35, %34 ]
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %4) #14, !dbg !1514
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %3) #14, !dbg !1514
  br label %40, !dbg !1514

40:                                               ; preds = %38, %32
  %41 = phi { ptr, i32 } [ %39, %38 ], [ %33, %32 ]
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %2) #14, !dbg !1514
    #dbg_value(ptr %1, !1515, !DIExpression(), !1556)
    #dbg_value(ptr %1, !1520, !DIExpression(), !1558)
  %42 = load ptr, ptr %1, align 8, !dbg !1560, !tbaa !1377
    #dbg_value(ptr %1, !1528, !DIExpression(), !1561)
    #dbg_value(ptr %42, !1531, !DIExpression(), !1561)
    #dbg_value(!DIArgList(ptr poison, ptr poison), !1532, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_minus, DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1561)
  %43 = icmp eq ptr %42, null, !dbg !1563
  br i1 %43, label %49, label %44, !dbg !1564

44:                                               ; preds = %40
  %45 = load ptr, ptr %9, align 8, !dbg !1565, !tbaa !1384
    #dbg_value(!DIArgList(ptr %45, ptr %42), !1532, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_minus, DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1561)
  %46 = ptrtoint ptr %45 to i64, !dbg !1566
    #dbg_value(!DIArgList(i64 %46, ptr %42), !1532, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_minus, DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1561)
  %47 = ptrtoint ptr %42 to i64, !dbg !1566
    #dbg_value(!DIArgList(i64 %46, i64 %47), !1532, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_minus, DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1561)
  %48 = sub i64 %46, %47, !dbg !1566
    #dbg_value(i64 %48, !1532, !DIExpression(DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1561)
    #dbg_value(ptr %1, !1540, !DIExpression(), !1567)
    #dbg_value(ptr %42, !1543, !DIExpression(), !1567)
    #dbg_value(i64 %48, !1544, !DIExpression(DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1567)
    #dbg_value(ptr %1, !1547, !DIExpression(), !1569)
    #dbg_value(ptr %42, !1550, !DIExpression(), !1569)
    #dbg_value(i64 %48, !1551, !DIExpression(DW_OP_constu, 3, DW_OP_shra, DW_OP_stack_value), !1569)
  call void @_ZdlPvm(ptr noundef nonnull %42, i64 noundef %48) #16, !dbg !1571
  br label %49, !dbg !1572

49:                                               ; preds = %44, %40
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %1) #14, !dbg !1514
  resume { ptr, i32 } %41, !dbg !1514
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #3

declare !dbg !1573 double @__enzyme_autodiff(ptr noundef, ...) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #5

declare i32 @__gxx_personality_v0(...)

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #3

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, inaccessiblemem: none) uwtable
define internal noundef double @"_Z5trampIZ4mainE3$_1EdPKT_d"(ptr nocapture noundef readonly %0, double noundef %1) #6 !dbg !1576 {
    #dbg_value(ptr %0, !1582, !DIExpression(), !1586)
    #dbg_value(double %1, !1583, !DIExpression(), !1586)
    #dbg_value(ptr %0, !1587, !DIExpression(), !1603)
    #dbg_value(double %1, !1594, !DIExpression(), !1603)
    #dbg_value(double 0.000000e+00, !1595, !DIExpression(), !1603)
    #dbg_value(double 1.000000e+00, !1596, !DIExpression(), !1603)
  %3 = getelementptr inbounds i8, ptr %0, i64 8, !dbg !1605
  %4 = load ptr, ptr %3, align 8, !dbg !1605, !tbaa !1606
    #dbg_value(ptr %4, !1597, !DIExpression(), !1607)
    #dbg_value(ptr %4, !1608, !DIExpression(), !1611)
    #dbg_value(ptr undef, !1613, !DIExpression(), !1618)
    #dbg_value(ptr %4, !1616, !DIExpression(), !1618)
  %5 = load ptr, ptr %4, align 8, !dbg !1620, !tbaa !1489
    #dbg_value(ptr %5, !1599, !DIExpression(), !1607)
    #dbg_value(ptr %4, !1621, !DIExpression(), !1624)
  %6 = getelementptr inbounds i8, ptr %4, i64 8, !dbg !1626
    #dbg_value(ptr undef, !1613, !DIExpression(), !1627)
    #dbg_value(ptr %6, !1616, !DIExpression(), !1627)
  %7 = load ptr, ptr %6, align 8, !dbg !1629, !tbaa !1489
    #dbg_value(ptr %7, !1600, !DIExpression(), !1607)
    #dbg_value(ptr %5, !1599, !DIExpression(), !1607)
    #dbg_value(double 0.000000e+00, !1595, !DIExpression(), !1603)
    #dbg_value(double 1.000000e+00, !1596, !DIExpression(), !1603)
    #dbg_value(ptr undef, !1630, !DIExpression(), !1637)
    #dbg_value(ptr undef, !1636, !DIExpression(), !1637)
  %8 = icmp eq ptr %5, %7, !dbg !1639
  br i1 %8, label %18, label %9, !dbg !1640

9:                                                ; preds = %2, %9
  %10 = phi double [ %14, %9 ], [ 0.000000e+00, %2 ]
  %11 = phi double [ %15, %9 ], [ 1.000000e+00, %2 ]
  %12 = phi ptr [ %16, %9 ], [ %5, %2 ]
    #dbg_value(double %10, !1595, !DIExpression(), !1603)
    #dbg_value(double %11, !1596, !DIExpression(), !1603)
    #dbg_value(ptr %12, !1599, !DIExpression(), !1607)
  %13 = load double, ptr %12, align 8, !dbg !1641, !tbaa !1500
    #dbg_value(double %13, !1601, !DIExpression(), !1642)
  %14 = tail call double @llvm.fmuladd.f64(double %13, double %11, double %10), !dbg !1643
    #dbg_value(double %14, !1595, !DIExpression(), !1603)
  %15 = fmul double %11, %1, !dbg !1645
    #dbg_value(double %15, !1596, !DIExpression(), !1603)
    #dbg_value(ptr undef, !1646, !DIExpression(), !1649)
  %16 = getelementptr inbounds i8, ptr %12, i64 8, !dbg !1651
    #dbg_value(ptr %16, !1599, !DIExpression(), !1607)
    #dbg_value(ptr undef, !1630, !DIExpression(), !1637)
    #dbg_value(ptr undef, !1636, !DIExpression(), !1637)
  %17 = icmp eq ptr %16, %7, !dbg !1639
  br i1 %17, label %18, label %9, !dbg !1640, !llvm.loop !1652

18:                                               ; preds = %9, %2
  %19 = phi double [ 0.000000e+00, %2 ], [ %14, %9 ], !dbg !1603
  %20 = load double, ptr %0, align 8, !dbg !1655, !tbaa !1485
  %21 = fmul double %19, %20, !dbg !1656
  ret double %21, !dbg !1657
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #7

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define internal noundef double @"_Z5trampIZ4mainE3$_2EdPKT_d"(ptr nocapture noundef readonly %0, double noundef %1) #8 !dbg !1658 {
    #dbg_value(ptr %0, !1664, !DIExpression(), !1668)
    #dbg_value(double %1, !1665, !DIExpression(), !1668)
    #dbg_value(ptr %0, !1669, !DIExpression(), !1678)
    #dbg_value(double %1, !1676, !DIExpression(), !1678)
  %3 = load i64, ptr %0, align 8, !dbg !1680
  %4 = getelementptr inbounds i8, ptr %0, i64 8, !dbg !1680
  %5 = load double, ptr %4, align 8, !dbg !1680
  %6 = getelementptr inbounds i8, ptr %0, i64 16, !dbg !1680
  %7 = load float, ptr %6, align 8, !dbg !1680
    #dbg_value(i64 %3, !1677, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1678)
    #dbg_value(double %5, !1677, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1678)
    #dbg_value(float %7, !1677, !DIExpression(DW_OP_LLVM_fragment, 128, 32), !1678)
    #dbg_value(i32 poison, !1677, !DIExpression(DW_OP_LLVM_fragment, 160, 32), !1678)
  %8 = fmul double %5, %1, !dbg !1681
  %9 = fpext float %7 to double, !dbg !1682
  %10 = fmul double %9, %1, !dbg !1683
  %11 = tail call double @llvm.fmuladd.f64(double %8, double %1, double %10), !dbg !1684
  %12 = sitofp i64 %3 to double, !dbg !1685
  %13 = fadd double %11, %12, !dbg !1686
  ret double %13, !dbg !1687
}

declare !dbg !1688 double @__enzyme_fwddiff(ptr noundef, ...) local_unnamed_addr #4

; Function Attrs: nofree nounwind
declare !dbg !1091 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #9

; Function Attrs: inlinehint mustprogress nofree nounwind willreturn memory(write) uwtable
define internal noundef double @"_ZZ4mainEN3$_08__invokeEd"(double noundef %0) #10 align 2 !dbg !1689 {
    #dbg_value(double %0, !1692, !DIExpression(), !1693)
    #dbg_value(ptr undef, !1694, !DIExpression(), !1704)
    #dbg_value(double %0, !1702, !DIExpression(), !1704)
  %2 = tail call double @sin(double noundef %0) #14, !dbg !1706
  %3 = fmul double %2, %0, !dbg !1707
  ret double %3, !dbg !1708
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare !dbg !649 double @sin(double noundef) local_unnamed_addr #11

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #12

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #13

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress norecurse uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { mustprogress nofree norecurse nosync nounwind willreturn memory(read, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #8 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { inlinehint mustprogress nofree nounwind willreturn memory(write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { mustprogress nofree nounwind willreturn memory(write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { nobuiltin allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { nobuiltin nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #14 = { nounwind }
attributes #15 = { builtin allocsize(0) }
attributes #16 = { builtin nounwind }

!llvm.dbg.cu = !{!8}
!llvm.module.flags = !{!1247, !1248, !1249, !1250, !1251, !1252, !1253}
!llvm.ident = !{!1254}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 56, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "src/enzyme_cpp.cpp", directory: ".", checksumkind: CSK_MD5, checksum: "61a0e230d25e627d3299549bc7985262")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 104, elements: !6)
!4 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !5)
!5 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!6 = !{!7}
!7 = !DISubrange(count: 13)
!8 = distinct !DICompileUnit(language: DW_LANG_C_plus_plus_14, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !9, globals: !588, imports: !594, splitDebugInlining: false, nameTableKind: None)
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
!21 = distinct !DICompositeType(tag: DW_TAG_class_type, name: "vector<double, std::allocator<double> >", scope: !15, file: !20, line: 423, size: 192, flags: DIFlagTypePassByReference | DIFlagNonTrivial, elements: !22, templateParams: !586, identifier: "_ZTSSt6vectorIdSaIdEE")
!22 = !{!23, !240, !259, !275, !276, !281, !284, !287, !291, !297, !301, !307, !312, !316, !326, !329, !332, !335, !364, !365, !369, !372, !375, !378, !381, !444, !450, !451, !452, !457, !462, !463, !464, !465, !466, !467, !468, !471, !472, !475, !476, !477, !478, !481, !482, !490, !497, !500, !501, !502, !505, !508, !509, !510, !513, !516, !519, !523, !524, !527, !530, !533, !536, !539, !542, !545, !546, !547, !548, !549, !552, !553, !556, !557, !558, !563, !566, !571, !574, !577, !580, !583}
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
!56 = !DISubprogram(name: "__new_allocator", scope: !53, file: !54, line: 80, type: !57, scopeLine: 80, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!57 = !DISubroutineType(types: !58)
!58 = !{null, !59}
!59 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !53, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!60 = !DISubprogram(name: "__new_allocator", scope: !53, file: !54, line: 83, type: !61, scopeLine: 83, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!61 = !DISubroutineType(types: !62)
!62 = !{null, !59, !63}
!63 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !64, size: 64)
!64 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !53)
!65 = !DISubprogram(name: "~__new_allocator", scope: !53, file: !54, line: 90, type: !57, scopeLine: 90, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
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
!84 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_type", file: !54, line: 60, baseType: !13, flags: DIFlagPublic)
!85 = !DISubprogram(name: "deallocate", linkageName: "_ZNSt15__new_allocatorIdE10deallocateEPdm", scope: !53, file: !54, line: 142, type: !86, scopeLine: 142, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!86 = !DISubroutineType(types: !87)
!87 = !{null, !59, !17, !84}
!88 = !DISubprogram(name: "max_size", linkageName: "_ZNKSt15__new_allocatorIdE8max_sizeEv", scope: !53, file: !54, line: 167, type: !89, scopeLine: 167, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!89 = !DISubroutineType(types: !90)
!90 = !{!84, !70}
!91 = !DISubprogram(name: "_M_max_size", linkageName: "_ZNKSt15__new_allocatorIdE11_M_max_sizeEv", scope: !53, file: !54, line: 210, type: !89, scopeLine: 210, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!92 = !{!93}
!93 = !DITemplateTypeParameter(name: "_Tp", type: !18)
!94 = !DISubprogram(name: "allocator", scope: !47, file: !48, line: 156, type: !95, scopeLine: 156, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!95 = !DISubroutineType(types: !96)
!96 = !{null, !97}
!97 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !47, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!98 = !DISubprogram(name: "allocator", scope: !47, file: !48, line: 159, type: !99, scopeLine: 159, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!99 = !DISubroutineType(types: !100)
!100 = !{null, !97, !101}
!101 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !102, size: 64)
!102 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !47)
!103 = !DISubprogram(name: "operator=", linkageName: "_ZNSaIdEaSERKS_", scope: !47, file: !48, line: 164, type: !104, scopeLine: 164, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!104 = !DISubroutineType(types: !105)
!105 = !{!106, !97, !101}
!106 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !47, size: 64)
!107 = !DISubprogram(name: "~allocator", scope: !47, file: !48, line: 174, type: !95, scopeLine: 174, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
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
!144 = !DIDerivedType(tag: DW_TAG_typedef, name: "template rebind_alloc<double>", scope: !38, file: !39, line: 450, baseType: !47)
!145 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !27, baseType: !146, extraData: i32 0)
!146 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "_Vector_impl_data", scope: !24, file: !20, line: 92, size: 192, flags: DIFlagTypePassByReference | DIFlagNonTrivial, elements: !147, identifier: "_ZTSNSt12_Vector_baseIdSaIdEE17_Vector_impl_dataE")
!147 = !{!148, !151, !152, !153, !157, !161, !166}
!148 = !DIDerivedType(tag: DW_TAG_member, name: "_M_start", scope: !146, file: !20, line: 94, baseType: !149, size: 64)
!149 = !DIDerivedType(tag: DW_TAG_typedef, name: "pointer", scope: !24, file: !20, line: 90, baseType: !150)
!150 = !DIDerivedType(tag: DW_TAG_typedef, name: "pointer", scope: !34, file: !32, line: 57, baseType: !44)
!151 = !DIDerivedType(tag: DW_TAG_member, name: "_M_finish", scope: !146, file: !20, line: 95, baseType: !149, size: 64, offset: 64)
!152 = !DIDerivedType(tag: DW_TAG_member, name: "_M_end_of_storage", scope: !146, file: !20, line: 96, baseType: !149, size: 64, offset: 128)
!153 = !DISubprogram(name: "_Vector_impl_data", scope: !146, file: !20, line: 99, type: !154, scopeLine: 99, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!154 = !DISubroutineType(types: !155)
!155 = !{null, !156}
!156 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !146, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!157 = !DISubprogram(name: "_Vector_impl_data", scope: !146, file: !20, line: 105, type: !158, scopeLine: 105, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
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
!170 = !DISubprogram(name: "_Vector_impl", scope: !27, file: !20, line: 137, type: !171, scopeLine: 137, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!171 = !DISubroutineType(types: !172)
!172 = !{null, !173}
!173 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !27, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!174 = !DISubprogram(name: "_Vector_impl", scope: !27, file: !20, line: 143, type: !175, scopeLine: 143, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!175 = !DISubroutineType(types: !176)
!176 = !{null, !173, !177}
!177 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !178, size: 64)
!178 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !30)
!179 = !DISubprogram(name: "_Vector_impl", scope: !27, file: !20, line: 151, type: !180, scopeLine: 151, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!180 = !DISubroutineType(types: !181)
!181 = !{null, !173, !182}
!182 = !DIDerivedType(tag: DW_TAG_rvalue_reference_type, baseType: !27, size: 64)
!183 = !DISubprogram(name: "_Vector_impl", scope: !27, file: !20, line: 156, type: !184, scopeLine: 156, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!184 = !DISubroutineType(types: !185)
!185 = !{null, !173, !186}
!186 = !DIDerivedType(tag: DW_TAG_rvalue_reference_type, baseType: !30, size: 64)
!187 = !DISubprogram(name: "_Vector_impl", scope: !27, file: !20, line: 161, type: !188, scopeLine: 161, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
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
!204 = !DISubprogram(name: "_Vector_base", scope: !24, file: !20, line: 312, type: !205, scopeLine: 312, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!205 = !DISubroutineType(types: !206)
!206 = !{null, !194}
!207 = !DISubprogram(name: "_Vector_base", scope: !24, file: !20, line: 318, type: !208, scopeLine: 318, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!208 = !DISubroutineType(types: !209)
!209 = !{null, !194, !210}
!210 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !211, size: 64)
!211 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !203)
!212 = !DISubprogram(name: "_Vector_base", scope: !24, file: !20, line: 324, type: !213, scopeLine: 324, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!213 = !DISubroutineType(types: !214)
!214 = !{null, !194, !13}
!215 = !DISubprogram(name: "_Vector_base", scope: !24, file: !20, line: 330, type: !216, scopeLine: 330, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!216 = !DISubroutineType(types: !217)
!217 = !{null, !194, !13, !210}
!218 = !DISubprogram(name: "_Vector_base", scope: !24, file: !20, line: 335, type: !219, scopeLine: 335, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!219 = !DISubroutineType(types: !220)
!220 = !{null, !194, !221}
!221 = !DIDerivedType(tag: DW_TAG_rvalue_reference_type, baseType: !24, size: 64)
!222 = !DISubprogram(name: "_Vector_base", scope: !24, file: !20, line: 340, type: !223, scopeLine: 340, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!223 = !DISubroutineType(types: !224)
!224 = !{null, !194, !186}
!225 = !DISubprogram(name: "_Vector_base", scope: !24, file: !20, line: 344, type: !226, scopeLine: 344, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!226 = !DISubroutineType(types: !227)
!227 = !{null, !194, !221, !210}
!228 = !DISubprogram(name: "_Vector_base", scope: !24, file: !20, line: 358, type: !229, scopeLine: 358, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!229 = !DISubroutineType(types: !230)
!230 = !{null, !194, !210, !221}
!231 = !DISubprogram(name: "~_Vector_base", scope: !24, file: !20, line: 364, type: !205, scopeLine: 364, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
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
!287 = !DISubprogram(name: "vector", scope: !21, file: !20, line: 526, type: !288, scopeLine: 526, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!288 = !DISubroutineType(types: !289)
!289 = !{null, !290}
!290 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !21, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!291 = !DISubprogram(name: "vector", scope: !21, file: !20, line: 537, type: !292, scopeLine: 537, flags: DIFlagPublic | DIFlagExplicit | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!292 = !DISubroutineType(types: !293)
!293 = !{null, !290, !294}
!294 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !295, size: 64)
!295 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !296)
!296 = !DIDerivedType(tag: DW_TAG_typedef, name: "allocator_type", scope: !21, file: !20, line: 460, baseType: !47, flags: DIFlagPublic)
!297 = !DISubprogram(name: "vector", scope: !21, file: !20, line: 551, type: !298, scopeLine: 551, flags: DIFlagPublic | DIFlagExplicit | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!298 = !DISubroutineType(types: !299)
!299 = !{null, !290, !300, !294}
!300 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_type", file: !20, line: 458, baseType: !13, flags: DIFlagPublic)
!301 = !DISubprogram(name: "vector", scope: !21, file: !20, line: 564, type: !302, scopeLine: 564, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!302 = !DISubroutineType(types: !303)
!303 = !{null, !290, !300, !304, !294}
!304 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !305, size: 64)
!305 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !306)
!306 = !DIDerivedType(tag: DW_TAG_typedef, name: "value_type", scope: !21, file: !20, line: 448, baseType: !18, flags: DIFlagPublic)
!307 = !DISubprogram(name: "vector", scope: !21, file: !20, line: 596, type: !308, scopeLine: 596, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!308 = !DISubroutineType(types: !309)
!309 = !{null, !290, !310}
!310 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !311, size: 64)
!311 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !21)
!312 = !DISubprogram(name: "vector", scope: !21, file: !20, line: 615, type: !313, scopeLine: 615, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!313 = !DISubroutineType(types: !314)
!314 = !{null, !290, !315}
!315 = !DIDerivedType(tag: DW_TAG_rvalue_reference_type, baseType: !21, size: 64)
!316 = !DISubprogram(name: "vector", scope: !21, file: !20, line: 619, type: !317, scopeLine: 619, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!317 = !DISubroutineType(types: !318)
!318 = !{null, !290, !310, !319}
!319 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !320, size: 64)
!320 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !321)
!321 = !DIDerivedType(tag: DW_TAG_typedef, name: "__type_identity_t<allocator_type>", scope: !15, file: !244, line: 128, baseType: !322)
!322 = !DIDerivedType(tag: DW_TAG_typedef, name: "type", scope: !323, file: !244, line: 125, baseType: !47)
!323 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__type_identity<std::allocator<double> >", scope: !15, file: !244, line: 124, size: 8, flags: DIFlagTypePassByValue, elements: !143, templateParams: !324, identifier: "_ZTSSt15__type_identityISaIdEE")
!324 = !{!325}
!325 = !DITemplateTypeParameter(name: "_Type", type: !47)
!326 = !DISubprogram(name: "vector", scope: !21, file: !20, line: 630, type: !327, scopeLine: 630, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!327 = !DISubroutineType(types: !328)
!328 = !{null, !290, !315, !294, !243}
!329 = !DISubprogram(name: "vector", scope: !21, file: !20, line: 635, type: !330, scopeLine: 635, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!330 = !DISubroutineType(types: !331)
!331 = !{null, !290, !315, !294, !262}
!332 = !DISubprogram(name: "vector", scope: !21, file: !20, line: 654, type: !333, scopeLine: 654, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!333 = !DISubroutineType(types: !334)
!334 = !{null, !290, !315, !319}
!335 = !DISubprogram(name: "vector", scope: !21, file: !20, line: 673, type: !336, scopeLine: 673, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!336 = !DISubroutineType(types: !337)
!337 = !{null, !290, !338, !294}
!338 = distinct !DICompositeType(tag: DW_TAG_class_type, name: "initializer_list<double>", scope: !15, file: !339, line: 47, size: 128, flags: DIFlagTypePassByValue | DIFlagNonTrivial, elements: !340, templateParams: !362, identifier: "_ZTSSt16initializer_listIdE")
!339 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/initializer_list", directory: "")
!340 = !{!341, !343, !345, !350, !353, !358, !361}
!341 = !DIDerivedType(tag: DW_TAG_member, name: "_M_array", scope: !338, file: !339, line: 58, baseType: !342, size: 64)
!342 = !DIDerivedType(tag: DW_TAG_typedef, name: "iterator", scope: !338, file: !339, line: 54, baseType: !77, flags: DIFlagPublic)
!343 = !DIDerivedType(tag: DW_TAG_member, name: "_M_len", scope: !338, file: !339, line: 59, baseType: !344, size: 64, offset: 64)
!344 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_type", file: !339, line: 53, baseType: !13, flags: DIFlagPublic)
!345 = !DISubprogram(name: "initializer_list", scope: !338, file: !339, line: 62, type: !346, scopeLine: 62, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!346 = !DISubroutineType(types: !347)
!347 = !{null, !348, !349, !344}
!348 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !338, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!349 = !DIDerivedType(tag: DW_TAG_typedef, name: "const_iterator", scope: !338, file: !339, line: 55, baseType: !77, flags: DIFlagPublic)
!350 = !DISubprogram(name: "initializer_list", scope: !338, file: !339, line: 66, type: !351, scopeLine: 66, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
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
!364 = !DISubprogram(name: "~vector", scope: !21, file: !20, line: 728, type: !288, scopeLine: 728, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
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
!389 = !DISubprogram(name: "__normal_iterator", scope: !385, file: !386, line: 1068, type: !390, scopeLine: 1068, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!390 = !DISubroutineType(types: !391)
!391 = !{null, !392}
!392 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !385, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!393 = !DISubprogram(name: "__normal_iterator", scope: !385, file: !386, line: 1072, type: !394, scopeLine: 1072, flags: DIFlagPublic | DIFlagExplicit | DIFlagPrototyped, spFlags: DISPFlagOptimized)
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
!560 = !{!561, !449, !300, !562}
!561 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_type", scope: !21, file: !20, line: 458, baseType: !13, flags: DIFlagPublic)
!562 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!563 = !DISubprogram(name: "_S_check_init_len", linkageName: "_ZNSt6vectorIdSaIdEE17_S_check_init_lenEmRKS0_", scope: !21, file: !20, line: 1902, type: !564, scopeLine: 1902, flags: DIFlagProtected | DIFlagPrototyped | DIFlagStaticMember, spFlags: DISPFlagOptimized)
!564 = !DISubroutineType(types: !565)
!565 = !{!561, !300, !294}
!566 = !DISubprogram(name: "_S_max_size", linkageName: "_ZNSt6vectorIdSaIdEE11_S_max_sizeERKS0_", scope: !21, file: !20, line: 1911, type: !567, scopeLine: 1911, flags: DIFlagProtected | DIFlagPrototyped | DIFlagStaticMember, spFlags: DISPFlagOptimized)
!567 = !DISubroutineType(types: !568)
!568 = !{!561, !569}
!569 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !570, size: 64)
!570 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !19)
!571 = !DISubprogram(name: "_M_erase_at_end", linkageName: "_ZNSt6vectorIdSaIdEE15_M_erase_at_endEPd", scope: !21, file: !20, line: 1928, type: !572, scopeLine: 1928, flags: DIFlagProtected | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!572 = !DISubroutineType(types: !573)
!573 = !{null, !290, !279}
!574 = !DISubprogram(name: "_M_erase", linkageName: "_ZNSt6vectorIdSaIdEE8_M_eraseEN9__gnu_cxx17__normal_iteratorIPdS1_EE", scope: !21, file: !20, line: 1941, type: !575, scopeLine: 1941, flags: DIFlagProtected | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!575 = !DISubroutineType(types: !576)
!576 = !{!384, !290, !384}
!577 = !DISubprogram(name: "_M_erase", linkageName: "_ZNSt6vectorIdSaIdEE8_M_eraseEN9__gnu_cxx17__normal_iteratorIPdS1_EES5_", scope: !21, file: !20, line: 1945, type: !578, scopeLine: 1945, flags: DIFlagProtected | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!578 = !DISubroutineType(types: !579)
!579 = !{!384, !290, !384, !384}
!580 = !DISubprogram(name: "_M_move_assign", linkageName: "_ZNSt6vectorIdSaIdEE14_M_move_assignEOS1_St17integral_constantIbLb1EE", scope: !21, file: !20, line: 1954, type: !581, scopeLine: 1954, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!581 = !DISubroutineType(types: !582)
!582 = !{null, !290, !315, !243}
!583 = !DISubprogram(name: "_M_move_assign", linkageName: "_ZNSt6vectorIdSaIdEE14_M_move_assignEOS1_St17integral_constantIbLb0EE", scope: !21, file: !20, line: 1966, type: !584, scopeLine: 1966, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!584 = !DISubroutineType(types: !585)
!585 = !{null, !290, !315, !262}
!586 = !{!93, !587}
!587 = !DITemplateTypeParameter(name: "_Alloc", type: !47, defaulted: true)
!588 = !{!0, !589}
!589 = !DIGlobalVariableExpression(var: !590, expr: !DIExpression())
!590 = distinct !DIGlobalVariable(scope: null, file: !20, line: 1906, type: !591, isLocal: true, isDefinition: true)
!591 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 392, elements: !592)
!592 = !{!593}
!593 = !DISubrange(count: 49)
!594 = !{!595, !601, !607, !609, !611, !615, !617, !619, !621, !623, !625, !627, !629, !634, !638, !640, !642, !646, !648, !650, !652, !654, !656, !658, !661, !664, !666, !670, !675, !677, !679, !681, !683, !685, !687, !689, !691, !693, !695, !699, !703, !705, !707, !709, !711, !713, !715, !717, !719, !721, !723, !725, !727, !729, !731, !733, !737, !741, !745, !747, !749, !751, !753, !755, !757, !759, !761, !763, !767, !771, !775, !777, !779, !781, !786, !790, !794, !796, !798, !800, !802, !804, !806, !808, !810, !812, !814, !816, !818, !822, !826, !830, !832, !834, !836, !840, !844, !848, !850, !852, !854, !856, !858, !860, !864, !868, !870, !872, !874, !876, !880, !884, !888, !890, !892, !894, !896, !898, !900, !904, !908, !912, !914, !918, !922, !924, !926, !928, !930, !932, !934, !938, !997, !1003, !1008, !1012, !1014, !1016, !1018, !1020, !1027, !1032, !1037, !1041, !1045, !1049, !1054, !1058, !1060, !1064, !1070, !1074, !1079, !1081, !1086, !1090, !1094, !1096, !1098, !1102, !1104, !1108, !1110, !1112, !1116, !1120, !1124, !1128, !1132, !1136, !1138, !1144, !1148, !1152, !1156, !1158, !1160, !1164, !1168, !1169, !1170, !1171, !1172, !1173, !1179, !1183, !1187, !1191, !1195, !1199, !1201, !1203, !1205, !1209, !1213, !1217, !1221, !1225, !1227, !1229, !1231, !1235, !1239, !1243, !1245}
!595 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !596, file: !600, line: 52)
!596 = !DISubprogram(name: "abs", scope: !597, file: !597, line: 861, type: !598, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!597 = !DIFile(filename: "/usr/include/stdlib.h", directory: "", checksumkind: CSK_MD5, checksum: "4b47dc81a92f1fe77a152c0aac236718")
!598 = !DISubroutineType(types: !599)
!599 = !{!421, !421}
!600 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/std_abs.h", directory: "")
!601 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !602, file: !606, line: 83)
!602 = !DISubprogram(name: "acos", scope: !603, file: !603, line: 53, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!603 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/mathcalls.h", directory: "", checksumkind: CSK_MD5, checksum: "8c6e2d0d2bda65bc5ba1ca02b65383b7")
!604 = !DISubroutineType(types: !605)
!605 = !{!18, !18}
!606 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/cmath", directory: "")
!607 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !608, file: !606, line: 102)
!608 = !DISubprogram(name: "asin", scope: !603, file: !603, line: 55, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!609 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !610, file: !606, line: 121)
!610 = !DISubprogram(name: "atan", scope: !603, file: !603, line: 57, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!611 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !612, file: !606, line: 140)
!612 = !DISubprogram(name: "atan2", scope: !603, file: !603, line: 59, type: !613, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!613 = !DISubroutineType(types: !614)
!614 = !{!18, !18, !18}
!615 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !616, file: !606, line: 161)
!616 = !DISubprogram(name: "ceil", scope: !603, file: !603, line: 159, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!617 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !618, file: !606, line: 180)
!618 = !DISubprogram(name: "cos", scope: !603, file: !603, line: 62, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!619 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !620, file: !606, line: 199)
!620 = !DISubprogram(name: "cosh", scope: !603, file: !603, line: 71, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!621 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !622, file: !606, line: 218)
!622 = !DISubprogram(name: "exp", scope: !603, file: !603, line: 95, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!623 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !624, file: !606, line: 237)
!624 = !DISubprogram(name: "fabs", scope: !603, file: !603, line: 162, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!625 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !626, file: !606, line: 256)
!626 = !DISubprogram(name: "floor", scope: !603, file: !603, line: 165, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!627 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !628, file: !606, line: 275)
!628 = !DISubprogram(name: "fmod", scope: !603, file: !603, line: 168, type: !613, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!629 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !630, file: !606, line: 296)
!630 = !DISubprogram(name: "frexp", scope: !603, file: !603, line: 98, type: !631, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!631 = !DISubroutineType(types: !632)
!632 = !{!18, !18, !633}
!633 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !421, size: 64)
!634 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !635, file: !606, line: 315)
!635 = !DISubprogram(name: "ldexp", scope: !603, file: !603, line: 101, type: !636, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!636 = !DISubroutineType(types: !637)
!637 = !{!18, !18, !421}
!638 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !639, file: !606, line: 334)
!639 = !DISubprogram(name: "log", scope: !603, file: !603, line: 104, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!640 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !641, file: !606, line: 353)
!641 = !DISubprogram(name: "log10", scope: !603, file: !603, line: 107, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!642 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !643, file: !606, line: 372)
!643 = !DISubprogram(name: "modf", scope: !603, file: !603, line: 110, type: !644, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!644 = !DISubroutineType(types: !645)
!645 = !{!18, !18, !17}
!646 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !647, file: !606, line: 384)
!647 = !DISubprogram(name: "pow", scope: !603, file: !603, line: 140, type: !613, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!648 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !649, file: !606, line: 421)
!649 = !DISubprogram(name: "sin", scope: !603, file: !603, line: 64, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!650 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !651, file: !606, line: 440)
!651 = !DISubprogram(name: "sinh", scope: !603, file: !603, line: 73, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!652 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !653, file: !606, line: 459)
!653 = !DISubprogram(name: "sqrt", scope: !603, file: !603, line: 143, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!654 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !655, file: !606, line: 478)
!655 = !DISubprogram(name: "tan", scope: !603, file: !603, line: 66, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!656 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !657, file: !606, line: 497)
!657 = !DISubprogram(name: "tanh", scope: !603, file: !603, line: 75, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!658 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !659, file: !606, line: 1065)
!659 = !DIDerivedType(tag: DW_TAG_typedef, name: "double_t", file: !660, line: 164, baseType: !18)
!660 = !DIFile(filename: "/usr/include/math.h", directory: "", checksumkind: CSK_MD5, checksum: "6109561044b2929616a1559ec58c6c55")
!661 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !662, file: !606, line: 1066)
!662 = !DIDerivedType(tag: DW_TAG_typedef, name: "float_t", file: !660, line: 163, baseType: !663)
!663 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!664 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !665, file: !606, line: 1069)
!665 = !DISubprogram(name: "acosh", scope: !603, file: !603, line: 85, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!666 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !667, file: !606, line: 1070)
!667 = !DISubprogram(name: "acoshf", scope: !603, file: !603, line: 85, type: !668, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!668 = !DISubroutineType(types: !669)
!669 = !{!663, !663}
!670 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !671, file: !606, line: 1071)
!671 = !DISubprogram(name: "acoshl", scope: !603, file: !603, line: 85, type: !672, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!672 = !DISubroutineType(types: !673)
!673 = !{!674, !674}
!674 = !DIBasicType(name: "long double", size: 128, encoding: DW_ATE_float)
!675 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !676, file: !606, line: 1073)
!676 = !DISubprogram(name: "asinh", scope: !603, file: !603, line: 87, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!677 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !678, file: !606, line: 1074)
!678 = !DISubprogram(name: "asinhf", scope: !603, file: !603, line: 87, type: !668, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!679 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !680, file: !606, line: 1075)
!680 = !DISubprogram(name: "asinhl", scope: !603, file: !603, line: 87, type: !672, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!681 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !682, file: !606, line: 1077)
!682 = !DISubprogram(name: "atanh", scope: !603, file: !603, line: 89, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!683 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !684, file: !606, line: 1078)
!684 = !DISubprogram(name: "atanhf", scope: !603, file: !603, line: 89, type: !668, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!685 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !686, file: !606, line: 1079)
!686 = !DISubprogram(name: "atanhl", scope: !603, file: !603, line: 89, type: !672, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!687 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !688, file: !606, line: 1081)
!688 = !DISubprogram(name: "cbrt", scope: !603, file: !603, line: 152, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!689 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !690, file: !606, line: 1082)
!690 = !DISubprogram(name: "cbrtf", scope: !603, file: !603, line: 152, type: !668, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!691 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !692, file: !606, line: 1083)
!692 = !DISubprogram(name: "cbrtl", scope: !603, file: !603, line: 152, type: !672, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!693 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !694, file: !606, line: 1085)
!694 = !DISubprogram(name: "copysign", scope: !603, file: !603, line: 198, type: !613, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!695 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !696, file: !606, line: 1086)
!696 = !DISubprogram(name: "copysignf", scope: !603, file: !603, line: 198, type: !697, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!697 = !DISubroutineType(types: !698)
!698 = !{!663, !663, !663}
!699 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !700, file: !606, line: 1087)
!700 = !DISubprogram(name: "copysignl", scope: !603, file: !603, line: 198, type: !701, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!701 = !DISubroutineType(types: !702)
!702 = !{!674, !674, !674}
!703 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !704, file: !606, line: 1089)
!704 = !DISubprogram(name: "erf", scope: !603, file: !603, line: 231, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!705 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !706, file: !606, line: 1090)
!706 = !DISubprogram(name: "erff", scope: !603, file: !603, line: 231, type: !668, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!707 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !708, file: !606, line: 1091)
!708 = !DISubprogram(name: "erfl", scope: !603, file: !603, line: 231, type: !672, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!709 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !710, file: !606, line: 1093)
!710 = !DISubprogram(name: "erfc", scope: !603, file: !603, line: 232, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!711 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !712, file: !606, line: 1094)
!712 = !DISubprogram(name: "erfcf", scope: !603, file: !603, line: 232, type: !668, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!713 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !714, file: !606, line: 1095)
!714 = !DISubprogram(name: "erfcl", scope: !603, file: !603, line: 232, type: !672, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!715 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !716, file: !606, line: 1097)
!716 = !DISubprogram(name: "exp2", scope: !603, file: !603, line: 130, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!717 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !718, file: !606, line: 1098)
!718 = !DISubprogram(name: "exp2f", scope: !603, file: !603, line: 130, type: !668, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!719 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !720, file: !606, line: 1099)
!720 = !DISubprogram(name: "exp2l", scope: !603, file: !603, line: 130, type: !672, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!721 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !722, file: !606, line: 1101)
!722 = !DISubprogram(name: "expm1", scope: !603, file: !603, line: 119, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!723 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !724, file: !606, line: 1102)
!724 = !DISubprogram(name: "expm1f", scope: !603, file: !603, line: 119, type: !668, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!725 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !726, file: !606, line: 1103)
!726 = !DISubprogram(name: "expm1l", scope: !603, file: !603, line: 119, type: !672, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!727 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !728, file: !606, line: 1105)
!728 = !DISubprogram(name: "fdim", scope: !603, file: !603, line: 329, type: !613, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!729 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !730, file: !606, line: 1106)
!730 = !DISubprogram(name: "fdimf", scope: !603, file: !603, line: 329, type: !697, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!731 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !732, file: !606, line: 1107)
!732 = !DISubprogram(name: "fdiml", scope: !603, file: !603, line: 329, type: !701, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!733 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !734, file: !606, line: 1109)
!734 = !DISubprogram(name: "fma", scope: !603, file: !603, line: 340, type: !735, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!735 = !DISubroutineType(types: !736)
!736 = !{!18, !18, !18, !18}
!737 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !738, file: !606, line: 1110)
!738 = !DISubprogram(name: "fmaf", scope: !603, file: !603, line: 340, type: !739, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!739 = !DISubroutineType(types: !740)
!740 = !{!663, !663, !663, !663}
!741 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !742, file: !606, line: 1111)
!742 = !DISubprogram(name: "fmal", scope: !603, file: !603, line: 340, type: !743, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!743 = !DISubroutineType(types: !744)
!744 = !{!674, !674, !674, !674}
!745 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !746, file: !606, line: 1113)
!746 = !DISubprogram(name: "fmax", scope: !603, file: !603, line: 333, type: !613, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!747 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !748, file: !606, line: 1114)
!748 = !DISubprogram(name: "fmaxf", scope: !603, file: !603, line: 333, type: !697, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!749 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !750, file: !606, line: 1115)
!750 = !DISubprogram(name: "fmaxl", scope: !603, file: !603, line: 333, type: !701, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!751 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !752, file: !606, line: 1117)
!752 = !DISubprogram(name: "fmin", scope: !603, file: !603, line: 336, type: !613, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!753 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !754, file: !606, line: 1118)
!754 = !DISubprogram(name: "fminf", scope: !603, file: !603, line: 336, type: !697, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!755 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !756, file: !606, line: 1119)
!756 = !DISubprogram(name: "fminl", scope: !603, file: !603, line: 336, type: !701, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!757 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !758, file: !606, line: 1121)
!758 = !DISubprogram(name: "hypot", scope: !603, file: !603, line: 147, type: !613, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!759 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !760, file: !606, line: 1122)
!760 = !DISubprogram(name: "hypotf", scope: !603, file: !603, line: 147, type: !697, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!761 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !762, file: !606, line: 1123)
!762 = !DISubprogram(name: "hypotl", scope: !603, file: !603, line: 147, type: !701, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!763 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !764, file: !606, line: 1125)
!764 = !DISubprogram(name: "ilogb", scope: !603, file: !603, line: 283, type: !765, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!765 = !DISubroutineType(types: !766)
!766 = !{!421, !18}
!767 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !768, file: !606, line: 1126)
!768 = !DISubprogram(name: "ilogbf", scope: !603, file: !603, line: 283, type: !769, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!769 = !DISubroutineType(types: !770)
!770 = !{!421, !663}
!771 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !772, file: !606, line: 1127)
!772 = !DISubprogram(name: "ilogbl", scope: !603, file: !603, line: 283, type: !773, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!773 = !DISubroutineType(types: !774)
!774 = !{!421, !674}
!775 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !776, file: !606, line: 1129)
!776 = !DISubprogram(name: "lgamma", scope: !603, file: !603, line: 233, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!777 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !778, file: !606, line: 1130)
!778 = !DISubprogram(name: "lgammaf", scope: !603, file: !603, line: 233, type: !668, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!779 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !780, file: !606, line: 1131)
!780 = !DISubprogram(name: "lgammal", scope: !603, file: !603, line: 233, type: !672, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!781 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !782, file: !606, line: 1134)
!782 = !DISubprogram(name: "llrint", scope: !603, file: !603, line: 319, type: !783, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!783 = !DISubroutineType(types: !784)
!784 = !{!785, !18}
!785 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!786 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !787, file: !606, line: 1135)
!787 = !DISubprogram(name: "llrintf", scope: !603, file: !603, line: 319, type: !788, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!788 = !DISubroutineType(types: !789)
!789 = !{!785, !663}
!790 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !791, file: !606, line: 1136)
!791 = !DISubprogram(name: "llrintl", scope: !603, file: !603, line: 319, type: !792, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!792 = !DISubroutineType(types: !793)
!793 = !{!785, !674}
!794 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !795, file: !606, line: 1138)
!795 = !DISubprogram(name: "llround", scope: !603, file: !603, line: 325, type: !783, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!796 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !797, file: !606, line: 1139)
!797 = !DISubprogram(name: "llroundf", scope: !603, file: !603, line: 325, type: !788, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!798 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !799, file: !606, line: 1140)
!799 = !DISubprogram(name: "llroundl", scope: !603, file: !603, line: 325, type: !792, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!800 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !801, file: !606, line: 1143)
!801 = !DISubprogram(name: "log1p", scope: !603, file: !603, line: 122, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!802 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !803, file: !606, line: 1144)
!803 = !DISubprogram(name: "log1pf", scope: !603, file: !603, line: 122, type: !668, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!804 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !805, file: !606, line: 1145)
!805 = !DISubprogram(name: "log1pl", scope: !603, file: !603, line: 122, type: !672, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!806 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !807, file: !606, line: 1147)
!807 = !DISubprogram(name: "log2", scope: !603, file: !603, line: 133, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!808 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !809, file: !606, line: 1148)
!809 = !DISubprogram(name: "log2f", scope: !603, file: !603, line: 133, type: !668, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!810 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !811, file: !606, line: 1149)
!811 = !DISubprogram(name: "log2l", scope: !603, file: !603, line: 133, type: !672, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!812 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !813, file: !606, line: 1151)
!813 = !DISubprogram(name: "logb", scope: !603, file: !603, line: 125, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!814 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !815, file: !606, line: 1152)
!815 = !DISubprogram(name: "logbf", scope: !603, file: !603, line: 125, type: !668, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!816 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !817, file: !606, line: 1153)
!817 = !DISubprogram(name: "logbl", scope: !603, file: !603, line: 125, type: !672, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!818 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !819, file: !606, line: 1155)
!819 = !DISubprogram(name: "lrint", scope: !603, file: !603, line: 317, type: !820, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!820 = !DISubroutineType(types: !821)
!821 = !{!430, !18}
!822 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !823, file: !606, line: 1156)
!823 = !DISubprogram(name: "lrintf", scope: !603, file: !603, line: 317, type: !824, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!824 = !DISubroutineType(types: !825)
!825 = !{!430, !663}
!826 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !827, file: !606, line: 1157)
!827 = !DISubprogram(name: "lrintl", scope: !603, file: !603, line: 317, type: !828, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!828 = !DISubroutineType(types: !829)
!829 = !{!430, !674}
!830 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !831, file: !606, line: 1159)
!831 = !DISubprogram(name: "lround", scope: !603, file: !603, line: 323, type: !820, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!832 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !833, file: !606, line: 1160)
!833 = !DISubprogram(name: "lroundf", scope: !603, file: !603, line: 323, type: !824, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!834 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !835, file: !606, line: 1161)
!835 = !DISubprogram(name: "lroundl", scope: !603, file: !603, line: 323, type: !828, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!836 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !837, file: !606, line: 1163)
!837 = !DISubprogram(name: "nan", scope: !603, file: !603, line: 203, type: !838, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!838 = !DISubroutineType(types: !839)
!839 = !{!18, !562}
!840 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !841, file: !606, line: 1164)
!841 = !DISubprogram(name: "nanf", scope: !603, file: !603, line: 203, type: !842, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!842 = !DISubroutineType(types: !843)
!843 = !{!663, !562}
!844 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !845, file: !606, line: 1165)
!845 = !DISubprogram(name: "nanl", scope: !603, file: !603, line: 203, type: !846, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!846 = !DISubroutineType(types: !847)
!847 = !{!674, !562}
!848 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !849, file: !606, line: 1167)
!849 = !DISubprogram(name: "nearbyint", scope: !603, file: !603, line: 297, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!850 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !851, file: !606, line: 1168)
!851 = !DISubprogram(name: "nearbyintf", scope: !603, file: !603, line: 297, type: !668, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!852 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !853, file: !606, line: 1169)
!853 = !DISubprogram(name: "nearbyintl", scope: !603, file: !603, line: 297, type: !672, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!854 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !855, file: !606, line: 1171)
!855 = !DISubprogram(name: "nextafter", scope: !603, file: !603, line: 262, type: !613, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!856 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !857, file: !606, line: 1172)
!857 = !DISubprogram(name: "nextafterf", scope: !603, file: !603, line: 262, type: !697, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!858 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !859, file: !606, line: 1173)
!859 = !DISubprogram(name: "nextafterl", scope: !603, file: !603, line: 262, type: !701, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!860 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !861, file: !606, line: 1175)
!861 = !DISubprogram(name: "nexttoward", scope: !603, file: !603, line: 264, type: !862, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!862 = !DISubroutineType(types: !863)
!863 = !{!18, !18, !674}
!864 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !865, file: !606, line: 1176)
!865 = !DISubprogram(name: "nexttowardf", scope: !603, file: !603, line: 264, type: !866, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!866 = !DISubroutineType(types: !867)
!867 = !{!663, !663, !674}
!868 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !869, file: !606, line: 1177)
!869 = !DISubprogram(name: "nexttowardl", scope: !603, file: !603, line: 264, type: !701, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!870 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !871, file: !606, line: 1179)
!871 = !DISubprogram(name: "remainder", scope: !603, file: !603, line: 275, type: !613, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!872 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !873, file: !606, line: 1180)
!873 = !DISubprogram(name: "remainderf", scope: !603, file: !603, line: 275, type: !697, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!874 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !875, file: !606, line: 1181)
!875 = !DISubprogram(name: "remainderl", scope: !603, file: !603, line: 275, type: !701, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!876 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !877, file: !606, line: 1183)
!877 = !DISubprogram(name: "remquo", scope: !603, file: !603, line: 310, type: !878, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!878 = !DISubroutineType(types: !879)
!879 = !{!18, !18, !18, !633}
!880 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !881, file: !606, line: 1184)
!881 = !DISubprogram(name: "remquof", scope: !603, file: !603, line: 310, type: !882, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!882 = !DISubroutineType(types: !883)
!883 = !{!663, !663, !663, !633}
!884 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !885, file: !606, line: 1185)
!885 = !DISubprogram(name: "remquol", scope: !603, file: !603, line: 310, type: !886, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!886 = !DISubroutineType(types: !887)
!887 = !{!674, !674, !674, !633}
!888 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !889, file: !606, line: 1187)
!889 = !DISubprogram(name: "rint", scope: !603, file: !603, line: 259, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!890 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !891, file: !606, line: 1188)
!891 = !DISubprogram(name: "rintf", scope: !603, file: !603, line: 259, type: !668, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!892 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !893, file: !606, line: 1189)
!893 = !DISubprogram(name: "rintl", scope: !603, file: !603, line: 259, type: !672, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!894 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !895, file: !606, line: 1191)
!895 = !DISubprogram(name: "round", scope: !603, file: !603, line: 301, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!896 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !897, file: !606, line: 1192)
!897 = !DISubprogram(name: "roundf", scope: !603, file: !603, line: 301, type: !668, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!898 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !899, file: !606, line: 1193)
!899 = !DISubprogram(name: "roundl", scope: !603, file: !603, line: 301, type: !672, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!900 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !901, file: !606, line: 1195)
!901 = !DISubprogram(name: "scalbln", scope: !603, file: !603, line: 293, type: !902, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!902 = !DISubroutineType(types: !903)
!903 = !{!18, !18, !430}
!904 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !905, file: !606, line: 1196)
!905 = !DISubprogram(name: "scalblnf", scope: !603, file: !603, line: 293, type: !906, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!906 = !DISubroutineType(types: !907)
!907 = !{!663, !663, !430}
!908 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !909, file: !606, line: 1197)
!909 = !DISubprogram(name: "scalblnl", scope: !603, file: !603, line: 293, type: !910, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!910 = !DISubroutineType(types: !911)
!911 = !{!674, !674, !430}
!912 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !913, file: !606, line: 1199)
!913 = !DISubprogram(name: "scalbn", scope: !603, file: !603, line: 279, type: !636, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!914 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !915, file: !606, line: 1200)
!915 = !DISubprogram(name: "scalbnf", scope: !603, file: !603, line: 279, type: !916, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!916 = !DISubroutineType(types: !917)
!917 = !{!663, !663, !421}
!918 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !919, file: !606, line: 1201)
!919 = !DISubprogram(name: "scalbnl", scope: !603, file: !603, line: 279, type: !920, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!920 = !DISubroutineType(types: !921)
!921 = !{!674, !674, !421}
!922 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !923, file: !606, line: 1203)
!923 = !DISubprogram(name: "tgamma", scope: !603, file: !603, line: 238, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!924 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !925, file: !606, line: 1204)
!925 = !DISubprogram(name: "tgammaf", scope: !603, file: !603, line: 238, type: !668, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!926 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !927, file: !606, line: 1205)
!927 = !DISubprogram(name: "tgammal", scope: !603, file: !603, line: 238, type: !672, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!928 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !929, file: !606, line: 1207)
!929 = !DISubprogram(name: "trunc", scope: !603, file: !603, line: 305, type: !604, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!930 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !931, file: !606, line: 1208)
!931 = !DISubprogram(name: "truncf", scope: !603, file: !603, line: 305, type: !668, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!932 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !933, file: !606, line: 1209)
!933 = !DISubprogram(name: "truncl", scope: !603, file: !603, line: 305, type: !672, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!934 = !DIImportedEntity(tag: DW_TAG_imported_module, scope: !935, entity: !936, file: !937, line: 58)
!935 = !DINamespace(name: "__gnu_debug", scope: null)
!936 = !DINamespace(name: "__debug", scope: !15)
!937 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/debug/debug.h", directory: "", checksumkind: CSK_MD5, checksum: "09fce61e0085ea92b4bd81d6cd4dcc16")
!938 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !939, file: !996, line: 98)
!939 = !DIDerivedType(tag: DW_TAG_typedef, name: "FILE", file: !940, line: 7, baseType: !941)
!940 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "571f9fb6223c42439075fdde11a0de5d")
!941 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_FILE", file: !942, line: 49, size: 1728, flags: DIFlagTypePassByValue, elements: !943, identifier: "_ZTS8_IO_FILE")
!942 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "1bad07471b7974df4ecc1d1c2ca207e6")
!943 = !{!944, !945, !947, !948, !949, !950, !951, !952, !953, !954, !955, !956, !957, !960, !962, !963, !964, !967, !969, !971, !975, !978, !980, !983, !986, !987, !988, !991, !992}
!944 = !DIDerivedType(tag: DW_TAG_member, name: "_flags", scope: !941, file: !942, line: 51, baseType: !421, size: 32)
!945 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_ptr", scope: !941, file: !942, line: 54, baseType: !946, size: 64, offset: 64)
!946 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !5, size: 64)
!947 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_end", scope: !941, file: !942, line: 55, baseType: !946, size: 64, offset: 128)
!948 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_base", scope: !941, file: !942, line: 56, baseType: !946, size: 64, offset: 192)
!949 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_base", scope: !941, file: !942, line: 57, baseType: !946, size: 64, offset: 256)
!950 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_ptr", scope: !941, file: !942, line: 58, baseType: !946, size: 64, offset: 320)
!951 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_end", scope: !941, file: !942, line: 59, baseType: !946, size: 64, offset: 384)
!952 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_buf_base", scope: !941, file: !942, line: 60, baseType: !946, size: 64, offset: 448)
!953 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_buf_end", scope: !941, file: !942, line: 61, baseType: !946, size: 64, offset: 512)
!954 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_save_base", scope: !941, file: !942, line: 64, baseType: !946, size: 64, offset: 576)
!955 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_backup_base", scope: !941, file: !942, line: 65, baseType: !946, size: 64, offset: 640)
!956 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_save_end", scope: !941, file: !942, line: 66, baseType: !946, size: 64, offset: 704)
!957 = !DIDerivedType(tag: DW_TAG_member, name: "_markers", scope: !941, file: !942, line: 68, baseType: !958, size: 64, offset: 768)
!958 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !959, size: 64)
!959 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_marker", file: !942, line: 36, flags: DIFlagFwdDecl | DIFlagNonTrivial, identifier: "_ZTS10_IO_marker")
!960 = !DIDerivedType(tag: DW_TAG_member, name: "_chain", scope: !941, file: !942, line: 70, baseType: !961, size: 64, offset: 832)
!961 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !941, size: 64)
!962 = !DIDerivedType(tag: DW_TAG_member, name: "_fileno", scope: !941, file: !942, line: 72, baseType: !421, size: 32, offset: 896)
!963 = !DIDerivedType(tag: DW_TAG_member, name: "_flags2", scope: !941, file: !942, line: 73, baseType: !421, size: 32, offset: 928)
!964 = !DIDerivedType(tag: DW_TAG_member, name: "_old_offset", scope: !941, file: !942, line: 74, baseType: !965, size: 64, offset: 960)
!965 = !DIDerivedType(tag: DW_TAG_typedef, name: "__off_t", file: !966, line: 152, baseType: !430)
!966 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!967 = !DIDerivedType(tag: DW_TAG_member, name: "_cur_column", scope: !941, file: !942, line: 77, baseType: !968, size: 16, offset: 1024)
!968 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!969 = !DIDerivedType(tag: DW_TAG_member, name: "_vtable_offset", scope: !941, file: !942, line: 78, baseType: !970, size: 8, offset: 1040)
!970 = !DIBasicType(name: "signed char", size: 8, encoding: DW_ATE_signed_char)
!971 = !DIDerivedType(tag: DW_TAG_member, name: "_shortbuf", scope: !941, file: !942, line: 79, baseType: !972, size: 8, offset: 1048)
!972 = !DICompositeType(tag: DW_TAG_array_type, baseType: !5, size: 8, elements: !973)
!973 = !{!974}
!974 = !DISubrange(count: 1)
!975 = !DIDerivedType(tag: DW_TAG_member, name: "_lock", scope: !941, file: !942, line: 81, baseType: !976, size: 64, offset: 1088)
!976 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !977, size: 64)
!977 = !DIDerivedType(tag: DW_TAG_typedef, name: "_IO_lock_t", file: !942, line: 43, baseType: null)
!978 = !DIDerivedType(tag: DW_TAG_member, name: "_offset", scope: !941, file: !942, line: 89, baseType: !979, size: 64, offset: 1152)
!979 = !DIDerivedType(tag: DW_TAG_typedef, name: "__off64_t", file: !966, line: 153, baseType: !430)
!980 = !DIDerivedType(tag: DW_TAG_member, name: "_codecvt", scope: !941, file: !942, line: 91, baseType: !981, size: 64, offset: 1216)
!981 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !982, size: 64)
!982 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_codecvt", file: !942, line: 37, flags: DIFlagFwdDecl | DIFlagNonTrivial, identifier: "_ZTS11_IO_codecvt")
!983 = !DIDerivedType(tag: DW_TAG_member, name: "_wide_data", scope: !941, file: !942, line: 92, baseType: !984, size: 64, offset: 1280)
!984 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !985, size: 64)
!985 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_wide_data", file: !942, line: 38, flags: DIFlagFwdDecl | DIFlagNonTrivial, identifier: "_ZTS13_IO_wide_data")
!986 = !DIDerivedType(tag: DW_TAG_member, name: "_freeres_list", scope: !941, file: !942, line: 93, baseType: !961, size: 64, offset: 1344)
!987 = !DIDerivedType(tag: DW_TAG_member, name: "_freeres_buf", scope: !941, file: !942, line: 94, baseType: !10, size: 64, offset: 1408)
!988 = !DIDerivedType(tag: DW_TAG_member, name: "__pad5", scope: !941, file: !942, line: 95, baseType: !989, size: 64, offset: 1472)
!989 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !990, line: 18, baseType: !16)
!990 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!991 = !DIDerivedType(tag: DW_TAG_member, name: "_mode", scope: !941, file: !942, line: 96, baseType: !421, size: 32, offset: 1536)
!992 = !DIDerivedType(tag: DW_TAG_member, name: "_unused2", scope: !941, file: !942, line: 98, baseType: !993, size: 160, offset: 1568)
!993 = !DICompositeType(tag: DW_TAG_array_type, baseType: !5, size: 160, elements: !994)
!994 = !{!995}
!995 = !DISubrange(count: 20)
!996 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/cstdio", directory: "")
!997 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !998, file: !996, line: 99)
!998 = !DIDerivedType(tag: DW_TAG_typedef, name: "fpos_t", file: !999, line: 84, baseType: !1000)
!999 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!1000 = !DIDerivedType(tag: DW_TAG_typedef, name: "__fpos_t", file: !1001, line: 14, baseType: !1002)
!1001 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/__fpos_t.h", directory: "", checksumkind: CSK_MD5, checksum: "32de8bdaf3551a6c0a9394f9af4389ce")
!1002 = !DICompositeType(tag: DW_TAG_structure_type, name: "_G_fpos_t", file: !1001, line: 10, size: 128, flags: DIFlagFwdDecl, identifier: "_ZTS9_G_fpos_t")
!1003 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1004, file: !996, line: 101)
!1004 = !DISubprogram(name: "clearerr", scope: !999, file: !999, line: 786, type: !1005, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1005 = !DISubroutineType(types: !1006)
!1006 = !{null, !1007}
!1007 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !939, size: 64)
!1008 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1009, file: !996, line: 102)
!1009 = !DISubprogram(name: "fclose", scope: !999, file: !999, line: 178, type: !1010, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1010 = !DISubroutineType(types: !1011)
!1011 = !{!421, !1007}
!1012 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1013, file: !996, line: 103)
!1013 = !DISubprogram(name: "feof", scope: !999, file: !999, line: 788, type: !1010, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1014 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1015, file: !996, line: 104)
!1015 = !DISubprogram(name: "ferror", scope: !999, file: !999, line: 790, type: !1010, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1016 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1017, file: !996, line: 105)
!1017 = !DISubprogram(name: "fflush", scope: !999, file: !999, line: 230, type: !1010, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1018 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1019, file: !996, line: 106)
!1019 = !DISubprogram(name: "fgetc", scope: !999, file: !999, line: 513, type: !1010, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1020 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1021, file: !996, line: 107)
!1021 = !DISubprogram(name: "fgetpos", scope: !999, file: !999, line: 760, type: !1022, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1022 = !DISubroutineType(types: !1023)
!1023 = !{!421, !1024, !1025}
!1024 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !1007)
!1025 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !1026)
!1026 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !998, size: 64)
!1027 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1028, file: !996, line: 108)
!1028 = !DISubprogram(name: "fgets", scope: !999, file: !999, line: 592, type: !1029, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1029 = !DISubroutineType(types: !1030)
!1030 = !{!946, !1031, !421, !1024}
!1031 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !946)
!1032 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1033, file: !996, line: 109)
!1033 = !DISubprogram(name: "fopen", scope: !999, file: !999, line: 258, type: !1034, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1034 = !DISubroutineType(types: !1035)
!1035 = !{!1007, !1036, !1036}
!1036 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !562)
!1037 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1038, file: !996, line: 110)
!1038 = !DISubprogram(name: "fprintf", scope: !999, file: !999, line: 350, type: !1039, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1039 = !DISubroutineType(types: !1040)
!1040 = !{!421, !1024, !1036, null}
!1041 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1042, file: !996, line: 111)
!1042 = !DISubprogram(name: "fputc", scope: !999, file: !999, line: 549, type: !1043, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1043 = !DISubroutineType(types: !1044)
!1044 = !{!421, !421, !1007}
!1045 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1046, file: !996, line: 112)
!1046 = !DISubprogram(name: "fputs", scope: !999, file: !999, line: 655, type: !1047, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1047 = !DISubroutineType(types: !1048)
!1048 = !{!421, !1036, !1024}
!1049 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1050, file: !996, line: 113)
!1050 = !DISubprogram(name: "fread", scope: !999, file: !999, line: 675, type: !1051, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1051 = !DISubroutineType(types: !1052)
!1052 = !{!989, !1053, !989, !989, !1024}
!1053 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !10)
!1054 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1055, file: !996, line: 114)
!1055 = !DISubprogram(name: "freopen", scope: !999, file: !999, line: 265, type: !1056, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1056 = !DISubroutineType(types: !1057)
!1057 = !{!1007, !1036, !1036, !1024}
!1058 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1059, file: !996, line: 115)
!1059 = !DISubprogram(name: "fscanf", linkageName: "__isoc99_fscanf", scope: !999, file: !999, line: 434, type: !1039, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1060 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1061, file: !996, line: 116)
!1061 = !DISubprogram(name: "fseek", scope: !999, file: !999, line: 713, type: !1062, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1062 = !DISubroutineType(types: !1063)
!1063 = !{!421, !1007, !430, !421}
!1064 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1065, file: !996, line: 117)
!1065 = !DISubprogram(name: "fsetpos", scope: !999, file: !999, line: 765, type: !1066, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1066 = !DISubroutineType(types: !1067)
!1067 = !{!421, !1007, !1068}
!1068 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1069, size: 64)
!1069 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !998)
!1070 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1071, file: !996, line: 118)
!1071 = !DISubprogram(name: "ftell", scope: !999, file: !999, line: 718, type: !1072, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1072 = !DISubroutineType(types: !1073)
!1073 = !{!430, !1007}
!1074 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1075, file: !996, line: 119)
!1075 = !DISubprogram(name: "fwrite", scope: !999, file: !999, line: 681, type: !1076, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1076 = !DISubroutineType(types: !1077)
!1077 = !{!989, !1078, !989, !989, !1024}
!1078 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !11)
!1079 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1080, file: !996, line: 120)
!1080 = !DISubprogram(name: "getc", scope: !999, file: !999, line: 514, type: !1010, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1081 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1082, file: !996, line: 121)
!1082 = !DISubprogram(name: "getchar", scope: !1083, file: !1083, line: 47, type: !1084, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1083 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "c10e343656e7a2bf1044ef4e4442d902")
!1084 = !DISubroutineType(types: !1085)
!1085 = !{!421}
!1086 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1087, file: !996, line: 126)
!1087 = !DISubprogram(name: "perror", scope: !999, file: !999, line: 804, type: !1088, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1088 = !DISubroutineType(types: !1089)
!1089 = !{null, !562}
!1090 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1091, file: !996, line: 127)
!1091 = !DISubprogram(name: "printf", scope: !999, file: !999, line: 356, type: !1092, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1092 = !DISubroutineType(types: !1093)
!1093 = !{!421, !1036, null}
!1094 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1095, file: !996, line: 128)
!1095 = !DISubprogram(name: "putc", scope: !999, file: !999, line: 550, type: !1043, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1096 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1097, file: !996, line: 129)
!1097 = !DISubprogram(name: "putchar", scope: !1083, file: !1083, line: 82, type: !598, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1098 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1099, file: !996, line: 130)
!1099 = !DISubprogram(name: "puts", scope: !999, file: !999, line: 661, type: !1100, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1100 = !DISubroutineType(types: !1101)
!1101 = !{!421, !562}
!1102 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1103, file: !996, line: 131)
!1103 = !DISubprogram(name: "remove", scope: !999, file: !999, line: 152, type: !1100, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1104 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1105, file: !996, line: 132)
!1105 = !DISubprogram(name: "rename", scope: !999, file: !999, line: 154, type: !1106, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1106 = !DISubroutineType(types: !1107)
!1107 = !{!421, !562, !562}
!1108 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1109, file: !996, line: 133)
!1109 = !DISubprogram(name: "rewind", scope: !999, file: !999, line: 723, type: !1005, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1110 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1111, file: !996, line: 134)
!1111 = !DISubprogram(name: "scanf", linkageName: "__isoc99_scanf", scope: !999, file: !999, line: 437, type: !1092, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1112 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1113, file: !996, line: 135)
!1113 = !DISubprogram(name: "setbuf", scope: !999, file: !999, line: 328, type: !1114, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1114 = !DISubroutineType(types: !1115)
!1115 = !{null, !1024, !1031}
!1116 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1117, file: !996, line: 136)
!1117 = !DISubprogram(name: "setvbuf", scope: !999, file: !999, line: 332, type: !1118, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1118 = !DISubroutineType(types: !1119)
!1119 = !{!421, !1024, !1031, !421, !989}
!1120 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1121, file: !996, line: 137)
!1121 = !DISubprogram(name: "sprintf", scope: !999, file: !999, line: 358, type: !1122, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1122 = !DISubroutineType(types: !1123)
!1123 = !{!421, !1031, !1036, null}
!1124 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1125, file: !996, line: 138)
!1125 = !DISubprogram(name: "sscanf", linkageName: "__isoc99_sscanf", scope: !999, file: !999, line: 439, type: !1126, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1126 = !DISubroutineType(types: !1127)
!1127 = !{!421, !1036, !1036, null}
!1128 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1129, file: !996, line: 139)
!1129 = !DISubprogram(name: "tmpfile", scope: !999, file: !999, line: 188, type: !1130, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1130 = !DISubroutineType(types: !1131)
!1131 = !{!1007}
!1132 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1133, file: !996, line: 141)
!1133 = !DISubprogram(name: "tmpnam", scope: !999, file: !999, line: 205, type: !1134, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1134 = !DISubroutineType(types: !1135)
!1135 = !{!946, !946}
!1136 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1137, file: !996, line: 143)
!1137 = !DISubprogram(name: "ungetc", scope: !999, file: !999, line: 668, type: !1043, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1138 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1139, file: !996, line: 144)
!1139 = !DISubprogram(name: "vfprintf", scope: !999, file: !999, line: 365, type: !1140, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1140 = !DISubroutineType(types: !1141)
!1141 = !{!421, !1024, !1036, !1142}
!1142 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1143, size: 64)
!1143 = !DICompositeType(tag: DW_TAG_structure_type, name: "__va_list_tag", file: !2, size: 192, flags: DIFlagFwdDecl, identifier: "_ZTS13__va_list_tag")
!1144 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1145, file: !996, line: 145)
!1145 = !DISubprogram(name: "vprintf", scope: !1083, file: !1083, line: 39, type: !1146, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1146 = !DISubroutineType(types: !1147)
!1147 = !{!421, !1036, !1142}
!1148 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1149, file: !996, line: 146)
!1149 = !DISubprogram(name: "vsprintf", scope: !999, file: !999, line: 373, type: !1150, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1150 = !DISubroutineType(types: !1151)
!1151 = !{!421, !1031, !1036, !1142}
!1152 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !35, entity: !1153, file: !996, line: 175)
!1153 = !DISubprogram(name: "snprintf", scope: !999, file: !999, line: 378, type: !1154, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1154 = !DISubroutineType(types: !1155)
!1155 = !{!421, !1031, !989, !1036, null}
!1156 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !35, entity: !1157, file: !996, line: 176)
!1157 = !DISubprogram(name: "vfscanf", linkageName: "__isoc99_vfscanf", scope: !999, file: !999, line: 479, type: !1140, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1158 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !35, entity: !1159, file: !996, line: 177)
!1159 = !DISubprogram(name: "vscanf", linkageName: "__isoc99_vscanf", scope: !999, file: !999, line: 484, type: !1146, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1160 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !35, entity: !1161, file: !996, line: 178)
!1161 = !DISubprogram(name: "vsnprintf", scope: !999, file: !999, line: 382, type: !1162, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1162 = !DISubroutineType(types: !1163)
!1163 = !{!421, !1031, !989, !1036, !1142}
!1164 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !35, entity: !1165, file: !996, line: 179)
!1165 = !DISubprogram(name: "vsscanf", linkageName: "__isoc99_vsscanf", scope: !999, file: !999, line: 487, type: !1166, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1166 = !DISubroutineType(types: !1167)
!1167 = !{!421, !1036, !1036, !1142}
!1168 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1153, file: !996, line: 185)
!1169 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1157, file: !996, line: 186)
!1170 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1159, file: !996, line: 187)
!1171 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1161, file: !996, line: 188)
!1172 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1165, file: !996, line: 189)
!1173 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1174, file: !1178, line: 77)
!1174 = !DISubprogram(name: "memchr", scope: !1175, file: !1175, line: 100, type: !1176, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1175 = !DIFile(filename: "/usr/include/string.h", directory: "", checksumkind: CSK_MD5, checksum: "0ee11a08692643b86154f96759d0f7fa")
!1176 = !DISubroutineType(types: !1177)
!1177 = !{!11, !11, !421, !989}
!1178 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/cstring", directory: "")
!1179 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1180, file: !1178, line: 78)
!1180 = !DISubprogram(name: "memcmp", scope: !1175, file: !1175, line: 64, type: !1181, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1181 = !DISubroutineType(types: !1182)
!1182 = !{!421, !11, !11, !989}
!1183 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1184, file: !1178, line: 79)
!1184 = !DISubprogram(name: "memcpy", scope: !1175, file: !1175, line: 43, type: !1185, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1185 = !DISubroutineType(types: !1186)
!1186 = !{!10, !1053, !1078, !989}
!1187 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1188, file: !1178, line: 80)
!1188 = !DISubprogram(name: "memmove", scope: !1175, file: !1175, line: 47, type: !1189, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1189 = !DISubroutineType(types: !1190)
!1190 = !{!10, !10, !11, !989}
!1191 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1192, file: !1178, line: 81)
!1192 = !DISubprogram(name: "memset", scope: !1175, file: !1175, line: 61, type: !1193, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1193 = !DISubroutineType(types: !1194)
!1194 = !{!10, !10, !421, !989}
!1195 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1196, file: !1178, line: 82)
!1196 = !DISubprogram(name: "strcat", scope: !1175, file: !1175, line: 149, type: !1197, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1197 = !DISubroutineType(types: !1198)
!1198 = !{!946, !1031, !1036}
!1199 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1200, file: !1178, line: 83)
!1200 = !DISubprogram(name: "strcmp", scope: !1175, file: !1175, line: 156, type: !1106, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1201 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1202, file: !1178, line: 84)
!1202 = !DISubprogram(name: "strcoll", scope: !1175, file: !1175, line: 163, type: !1106, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1203 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1204, file: !1178, line: 85)
!1204 = !DISubprogram(name: "strcpy", scope: !1175, file: !1175, line: 141, type: !1197, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1205 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1206, file: !1178, line: 86)
!1206 = !DISubprogram(name: "strcspn", scope: !1175, file: !1175, line: 293, type: !1207, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1207 = !DISubroutineType(types: !1208)
!1208 = !{!989, !562, !562}
!1209 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1210, file: !1178, line: 87)
!1210 = !DISubprogram(name: "strerror", scope: !1175, file: !1175, line: 419, type: !1211, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1211 = !DISubroutineType(types: !1212)
!1212 = !{!946, !421}
!1213 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1214, file: !1178, line: 88)
!1214 = !DISubprogram(name: "strlen", scope: !1175, file: !1175, line: 407, type: !1215, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1215 = !DISubroutineType(types: !1216)
!1216 = !{!989, !562}
!1217 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1218, file: !1178, line: 89)
!1218 = !DISubprogram(name: "strncat", scope: !1175, file: !1175, line: 152, type: !1219, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1219 = !DISubroutineType(types: !1220)
!1220 = !{!946, !1031, !1036, !989}
!1221 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1222, file: !1178, line: 90)
!1222 = !DISubprogram(name: "strncmp", scope: !1175, file: !1175, line: 159, type: !1223, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1223 = !DISubroutineType(types: !1224)
!1224 = !{!421, !562, !562, !989}
!1225 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1226, file: !1178, line: 91)
!1226 = !DISubprogram(name: "strncpy", scope: !1175, file: !1175, line: 144, type: !1219, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1227 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1228, file: !1178, line: 92)
!1228 = !DISubprogram(name: "strspn", scope: !1175, file: !1175, line: 297, type: !1207, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1229 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1230, file: !1178, line: 93)
!1230 = !DISubprogram(name: "strtok", scope: !1175, file: !1175, line: 356, type: !1197, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1231 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1232, file: !1178, line: 94)
!1232 = !DISubprogram(name: "strxfrm", scope: !1175, file: !1175, line: 166, type: !1233, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1233 = !DISubroutineType(types: !1234)
!1234 = !{!989, !1031, !1036, !989}
!1235 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1236, file: !1178, line: 95)
!1236 = !DISubprogram(name: "strchr", scope: !1175, file: !1175, line: 239, type: !1237, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1237 = !DISubroutineType(types: !1238)
!1238 = !{!562, !562, !421}
!1239 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1240, file: !1178, line: 96)
!1240 = !DISubprogram(name: "strpbrk", scope: !1175, file: !1175, line: 316, type: !1241, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1241 = !DISubroutineType(types: !1242)
!1242 = !{!562, !562, !562}
!1243 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1244, file: !1178, line: 97)
!1244 = !DISubprogram(name: "strrchr", scope: !1175, file: !1175, line: 266, type: !1237, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1245 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !15, entity: !1246, file: !1178, line: 98)
!1246 = !DISubprogram(name: "strstr", scope: !1175, file: !1175, line: 343, type: !1241, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1247 = !{i32 7, !"Dwarf Version", i32 5}
!1248 = !{i32 2, !"Debug Info Version", i32 3}
!1249 = !{i32 1, !"wchar_size", i32 4}
!1250 = !{i32 8, !"PIC Level", i32 2}
!1251 = !{i32 7, !"PIE Level", i32 2}
!1252 = !{i32 7, !"uwtable", i32 2}
!1253 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!1254 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!1255 = distinct !DISubprogram(name: "poly", linkageName: "_Z4polyd", scope: !2, file: !2, line: 23, type: !604, scopeLine: 23, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, retainedNodes: !1256)
!1256 = !{!1257}
!1257 = !DILocalVariable(name: "x", arg: 1, scope: !1255, file: !2, line: 23, type: !18)
!1258 = !DILocation(line: 0, scope: !1255)
!1259 = !DILocation(line: 23, column: 34, scope: !1255)
!1260 = !DILocation(line: 23, column: 38, scope: !1255)
!1261 = !DILocation(line: 23, column: 46, scope: !1255)
!1262 = !DILocation(line: 23, column: 54, scope: !1255)
!1263 = !DILocation(line: 23, column: 25, scope: !1255)
!1264 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 25, type: !1084, scopeLine: 25, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, retainedNodes: !1265)
!1265 = !{!1266, !1267, !1269, !1271, !1272, !1273, !1274, !1279, !1280, !1287, !1291, !1292, !1293}
!1266 = !DILocalVariable(name: "x", scope: !1264, file: !2, line: 26, type: !18)
!1267 = !DILocalVariable(name: "sq", scope: !1264, file: !2, line: 29, type: !1268)
!1268 = distinct !DICompositeType(tag: DW_TAG_class_type, scope: !1264, file: !2, line: 29, size: 8, flags: DIFlagTypePassByValue | DIFlagNonTrivial, elements: !143)
!1269 = !DILocalVariable(name: "sqp", scope: !1264, file: !2, line: 30, type: !1270)
!1270 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !604, size: 64)
!1271 = !DILocalVariable(name: "d1", scope: !1264, file: !2, line: 31, type: !18)
!1272 = !DILocalVariable(name: "k", scope: !1264, file: !2, line: 34, type: !18)
!1273 = !DILocalVariable(name: "coef", scope: !1264, file: !2, line: 35, type: !21)
!1274 = !DILocalVariable(name: "l", scope: !1264, file: !2, line: 36, type: !1275)
!1275 = distinct !DICompositeType(tag: DW_TAG_class_type, scope: !1264, file: !2, line: 36, size: 128, flags: DIFlagTypePassByValue | DIFlagNonTrivial, elements: !1276)
!1276 = !{!1277, !1278}
!1277 = !DIDerivedType(tag: DW_TAG_member, name: "k", scope: !1275, file: !2, line: 36, baseType: !18, size: 64)
!1278 = !DIDerivedType(tag: DW_TAG_member, name: "coef", scope: !1275, file: !2, line: 36, baseType: !368, size: 64, offset: 64)
!1279 = !DILocalVariable(name: "d2", scope: !1264, file: !2, line: 41, type: !18)
!1280 = !DILocalVariable(name: "prm", scope: !1264, file: !2, line: 44, type: !1281)
!1281 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Params", file: !2, line: 16, size: 192, flags: DIFlagTypePassByValue, elements: !1282, identifier: "_ZTS6Params")
!1282 = !{!1283, !1284, !1285, !1286}
!1283 = !DIDerivedType(tag: DW_TAG_member, name: "n", scope: !1281, file: !2, line: 17, baseType: !430, size: 64)
!1284 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !1281, file: !2, line: 18, baseType: !18, size: 64, offset: 64)
!1285 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !1281, file: !2, line: 19, baseType: !663, size: 32, offset: 128)
!1286 = !DIDerivedType(tag: DW_TAG_member, name: "tag", scope: !1281, file: !2, line: 20, baseType: !421, size: 32, offset: 160)
!1287 = !DILocalVariable(name: "l2", scope: !1264, file: !2, line: 45, type: !1288)
!1288 = distinct !DICompositeType(tag: DW_TAG_class_type, scope: !1264, file: !2, line: 45, size: 192, flags: DIFlagTypePassByValue | DIFlagNonTrivial, elements: !1289)
!1289 = !{!1290}
!1290 = !DIDerivedType(tag: DW_TAG_member, name: "prm", scope: !1288, file: !2, line: 45, baseType: !1281, size: 192)
!1291 = !DILocalVariable(name: "dl2", scope: !1264, file: !2, line: 50, type: !1288)
!1292 = !DILocalVariable(name: "d3", scope: !1264, file: !2, line: 52, type: !18)
!1293 = !DILocalVariable(name: "d4", scope: !1264, file: !2, line: 54, type: !18)
!1294 = distinct !DIAssignID()
!1295 = !DILocation(line: 0, scope: !1264)
!1296 = distinct !DIAssignID()
!1297 = distinct !DIAssignID()
!1298 = distinct !DIAssignID()
!1299 = !DILocation(line: 31, column: 46, scope: !1264)
!1300 = !{!1301, !1301, i64 0}
!1301 = !{!"int", !1302, i64 0}
!1302 = !{!"omnipotent char", !1303, i64 0}
!1303 = !{!"Simple C++ TBAA"}
!1304 = !DILocation(line: 31, column: 15, scope: !1264)
!1305 = !DILocation(line: 35, column: 3, scope: !1264)
!1306 = !DILocalVariable(name: "__l", arg: 2, scope: !1307, file: !20, line: 673, type: !338)
!1307 = distinct !DISubprogram(name: "vector", linkageName: "_ZNSt6vectorIdSaIdEEC2ESt16initializer_listIdERKS0_", scope: !21, file: !20, line: 673, type: !336, scopeLine: 676, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !335, retainedNodes: !1308)
!1308 = !{!1309, !1306, !1311}
!1309 = !DILocalVariable(name: "this", arg: 1, scope: !1307, type: !1310, flags: DIFlagArtificial | DIFlagObjectPointer)
!1310 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !21, size: 64)
!1311 = !DILocalVariable(name: "__a", arg: 3, scope: !1307, file: !20, line: 674, type: !294)
!1312 = !DILocation(line: 0, scope: !1307, inlinedAt: !1313)
!1313 = distinct !DILocation(line: 35, column: 30, scope: !1264)
!1314 = !DILocalVariable(name: "this", arg: 1, scope: !1315, type: !1318, flags: DIFlagArtificial | DIFlagObjectPointer)
!1315 = distinct !DISubprogram(name: "_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEEC2ERKS0_", scope: !24, file: !20, line: 318, type: !208, scopeLine: 319, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !207, retainedNodes: !1316)
!1316 = !{!1314, !1317}
!1317 = !DILocalVariable(name: "__a", arg: 2, scope: !1315, file: !20, line: 318, type: !210)
!1318 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64)
!1319 = !DILocation(line: 0, scope: !1315, inlinedAt: !1320)
!1320 = distinct !DILocation(line: 675, column: 9, scope: !1307, inlinedAt: !1313)
!1321 = !DILocalVariable(name: "this", arg: 1, scope: !1322, type: !1325, flags: DIFlagArtificial | DIFlagObjectPointer)
!1322 = distinct !DISubprogram(name: "_Vector_impl", linkageName: "_ZNSt12_Vector_baseIdSaIdEE12_Vector_implC2ERKS0_", scope: !27, file: !20, line: 143, type: !175, scopeLine: 145, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !174, retainedNodes: !1323)
!1323 = !{!1321, !1324}
!1324 = !DILocalVariable(name: "__a", arg: 2, scope: !1322, file: !20, line: 143, type: !177)
!1325 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !27, size: 64)
!1326 = !DILocation(line: 0, scope: !1322, inlinedAt: !1327)
!1327 = distinct !DILocation(line: 319, column: 9, scope: !1315, inlinedAt: !1320)
!1328 = !DILocalVariable(name: "this", arg: 1, scope: !1329, type: !1331, flags: DIFlagArtificial | DIFlagObjectPointer)
!1329 = distinct !DISubprogram(name: "_Vector_impl_data", linkageName: "_ZNSt12_Vector_baseIdSaIdEE17_Vector_impl_dataC2Ev", scope: !146, file: !20, line: 99, type: !154, scopeLine: 101, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !153, retainedNodes: !1330)
!1330 = !{!1328}
!1331 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !146, size: 64)
!1332 = !DILocation(line: 0, scope: !1329, inlinedAt: !1333)
!1333 = distinct !DILocation(line: 143, column: 2, scope: !1322, inlinedAt: !1327)
!1334 = distinct !DIAssignID()
!1335 = !DILocalVariable(name: "this", arg: 1, scope: !1336, type: !1310, flags: DIFlagArtificial | DIFlagObjectPointer)
!1336 = distinct !DISubprogram(name: "_M_range_initialize<const double *>", linkageName: "_ZNSt6vectorIdSaIdEE19_M_range_initializeIPKdEEvT_S5_St20forward_iterator_tag", scope: !21, file: !20, line: 1682, type: !1337, scopeLine: 1684, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, templateParams: !1344, declaration: !1343, retainedNodes: !1346)
!1337 = !DISubroutineType(types: !1338)
!1338 = !{null, !290, !77, !77, !1339}
!1339 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "forward_iterator_tag", scope: !15, file: !403, line: 99, size: 8, flags: DIFlagTypePassByValue, elements: !1340, identifier: "_ZTSSt20forward_iterator_tag")
!1340 = !{!1341}
!1341 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !1339, baseType: !1342, extraData: i32 0)
!1342 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "input_iterator_tag", scope: !15, file: !403, line: 93, size: 8, flags: DIFlagTypePassByValue, elements: !143, identifier: "_ZTSSt18input_iterator_tag")
!1343 = !DISubprogram(name: "_M_range_initialize<const double *>", linkageName: "_ZNSt6vectorIdSaIdEE19_M_range_initializeIPKdEEvT_S5_St20forward_iterator_tag", scope: !21, file: !20, line: 1682, type: !1337, scopeLine: 1682, flags: DIFlagProtected | DIFlagPrototyped, spFlags: DISPFlagOptimized, templateParams: !1344)
!1344 = !{!1345}
!1345 = !DITemplateTypeParameter(name: "_ForwardIterator", type: !77)
!1346 = !{!1335, !1347, !1348, !1349, !1350}
!1347 = !DILocalVariable(name: "__first", arg: 2, scope: !1336, file: !20, line: 1682, type: !77)
!1348 = !DILocalVariable(name: "__last", arg: 3, scope: !1336, file: !20, line: 1682, type: !77)
!1349 = !DILocalVariable(arg: 4, scope: !1336, file: !20, line: 1683, type: !1339)
!1350 = !DILocalVariable(name: "__n", scope: !1336, file: !20, line: 1685, type: !1351)
!1351 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !300)
!1352 = !DILocation(line: 0, scope: !1336, inlinedAt: !1353)
!1353 = distinct !DILocation(line: 677, column: 2, scope: !1354, inlinedAt: !1313)
!1354 = distinct !DILexicalBlock(scope: !1307, file: !20, line: 676, column: 7)
!1355 = !DILocalVariable(name: "this", arg: 1, scope: !1356, type: !1318, flags: DIFlagArtificial | DIFlagObjectPointer)
!1356 = distinct !DISubprogram(name: "_M_allocate", linkageName: "_ZNSt12_Vector_baseIdSaIdEE11_M_allocateEm", scope: !24, file: !20, line: 375, type: !233, scopeLine: 376, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !232, retainedNodes: !1357)
!1357 = !{!1355, !1358}
!1358 = !DILocalVariable(name: "__n", arg: 2, scope: !1356, file: !20, line: 375, type: !13)
!1359 = !DILocation(line: 0, scope: !1356, inlinedAt: !1360)
!1360 = distinct !DILocation(line: 1687, column: 14, scope: !1336, inlinedAt: !1353)
!1361 = !DILocalVariable(name: "__a", arg: 1, scope: !1362, file: !39, line: 463, type: !45)
!1362 = distinct !DISubprogram(name: "allocate", linkageName: "_ZNSt16allocator_traitsISaIdEE8allocateERS0_m", scope: !38, file: !39, line: 463, type: !42, scopeLine: 464, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !41, retainedNodes: !1363)
!1363 = !{!1361, !1364}
!1364 = !DILocalVariable(name: "__n", arg: 2, scope: !1362, file: !39, line: 463, type: !108)
!1365 = !DILocation(line: 0, scope: !1362, inlinedAt: !1366)
!1366 = distinct !DILocation(line: 378, column: 20, scope: !1356, inlinedAt: !1360)
!1367 = !DILocalVariable(name: "this", arg: 1, scope: !1368, type: !1372, flags: DIFlagArtificial | DIFlagObjectPointer)
!1368 = distinct !DISubprogram(name: "allocate", linkageName: "_ZNSt15__new_allocatorIdE8allocateEmPKv", scope: !53, file: !54, line: 112, type: !82, scopeLine: 113, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !81, retainedNodes: !1369)
!1369 = !{!1367, !1370, !1371}
!1370 = !DILocalVariable(name: "__n", arg: 2, scope: !1368, file: !54, line: 112, type: !84)
!1371 = !DILocalVariable(arg: 3, scope: !1368, file: !54, line: 112, type: !11)
!1372 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !53, size: 64)
!1373 = !DILocation(line: 0, scope: !1368, inlinedAt: !1374)
!1374 = distinct !DILocation(line: 464, column: 20, scope: !1362, inlinedAt: !1366)
!1375 = !DILocation(line: 137, column: 27, scope: !1368, inlinedAt: !1374)
!1376 = !DILocation(line: 1687, column: 6, scope: !1336, inlinedAt: !1353)
!1377 = !{!1378, !1379, i64 0}
!1378 = !{!"_ZTSNSt12_Vector_baseIdSaIdEE17_Vector_impl_dataE", !1379, i64 0, !1379, i64 8, !1379, i64 16}
!1379 = !{!"any pointer", !1302, i64 0}
!1380 = distinct !DIAssignID()
!1381 = !DILocation(line: 1688, column: 61, scope: !1336, inlinedAt: !1353)
!1382 = !DILocation(line: 1688, column: 18, scope: !1336, inlinedAt: !1353)
!1383 = !DILocation(line: 1688, column: 36, scope: !1336, inlinedAt: !1353)
!1384 = !{!1378, !1379, i64 16}
!1385 = distinct !DIAssignID()
!1386 = !DILocalVariable(name: "__first", arg: 1, scope: !1387, file: !1388, line: 365, type: !77)
!1387 = distinct !DISubprogram(name: "__uninitialized_copy_a<const double *, double *, double>", linkageName: "_ZSt22__uninitialized_copy_aIPKdPddET0_T_S4_S3_RSaIT1_E", scope: !15, file: !1388, line: 365, type: !1389, scopeLine: 367, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, templateParams: !1395, retainedNodes: !1391)
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
!1399 = distinct !DILocation(line: 1690, column: 6, scope: !1336, inlinedAt: !1353)
!1400 = !DILocalVariable(name: "__first", arg: 1, scope: !1401, file: !1388, line: 163, type: !77)
!1401 = distinct !DISubprogram(name: "uninitialized_copy<const double *, double *>", linkageName: "_ZSt18uninitialized_copyIPKdPdET0_T_S4_S3_", scope: !15, file: !1388, line: 163, type: !1402, scopeLine: 165, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, templateParams: !1409, retainedNodes: !1404)
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
!1413 = distinct !DISubprogram(name: "__uninit_copy<const double *, double *>", linkageName: "_ZNSt20__uninitialized_copyILb1EE13__uninit_copyIPKdPdEET0_T_S6_S5_", scope: !1414, file: !1388, line: 145, type: !1402, scopeLine: 147, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, templateParams: !1409, declaration: !1417, retainedNodes: !1418)
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
!1424 = distinct !DISubprogram(name: "copy<const double *, double *>", linkageName: "_ZSt4copyIPKdPdET0_T_S4_S3_", scope: !15, file: !1425, line: 611, type: !1402, scopeLine: 612, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, templateParams: !1429, retainedNodes: !1426)
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
!1435 = distinct !DISubprogram(name: "__copy_move_a<false, const double *, double *>", linkageName: "_ZSt13__copy_move_aILb0EPKdPdET1_T0_S4_S3_", scope: !15, file: !1425, line: 527, type: !1402, scopeLine: 528, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, templateParams: !1439, retainedNodes: !1436)
!1436 = !{!1434, !1437, !1438}
!1437 = !DILocalVariable(name: "__last", arg: 2, scope: !1435, file: !1425, line: 527, type: !77)
!1438 = !DILocalVariable(name: "__result", arg: 3, scope: !1435, file: !1425, line: 527, type: !17)
!1439 = !{!1440, !1430, !1431}
!1440 = !DITemplateValueParameter(name: "_IsMove", type: !136, value: i1 false)
!1441 = !DILocation(line: 0, scope: !1435, inlinedAt: !1442)
!1442 = distinct !DILocation(line: 619, column: 14, scope: !1424, inlinedAt: !1433)
!1443 = !DILocalVariable(name: "__first", arg: 1, scope: !1444, file: !1425, line: 521, type: !77)
!1444 = distinct !DISubprogram(name: "__copy_move_a1<false, const double *, double *>", linkageName: "_ZSt14__copy_move_a1ILb0EPKdPdET1_T0_S4_S3_", scope: !15, file: !1425, line: 521, type: !1402, scopeLine: 522, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, templateParams: !1439, retainedNodes: !1445)
!1445 = !{!1443, !1446, !1447}
!1446 = !DILocalVariable(name: "__last", arg: 2, scope: !1444, file: !1425, line: 521, type: !77)
!1447 = !DILocalVariable(name: "__result", arg: 3, scope: !1444, file: !1425, line: 521, type: !17)
!1448 = !DILocation(line: 0, scope: !1444, inlinedAt: !1449)
!1449 = distinct !DILocation(line: 530, column: 3, scope: !1435, inlinedAt: !1442)
!1450 = !DILocalVariable(name: "__first", arg: 1, scope: !1451, file: !1425, line: 486, type: !77)
!1451 = distinct !DISubprogram(name: "__copy_move_a2<false, const double *, double *>", linkageName: "_ZSt14__copy_move_a2ILb0EPKdPdET1_T0_S4_S3_", scope: !15, file: !1425, line: 486, type: !1402, scopeLine: 487, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, templateParams: !1439, retainedNodes: !1452)
!1452 = !{!1450, !1453, !1454}
!1453 = !DILocalVariable(name: "__last", arg: 2, scope: !1451, file: !1425, line: 486, type: !77)
!1454 = !DILocalVariable(name: "__result", arg: 3, scope: !1451, file: !1425, line: 486, type: !17)
!1455 = !DILocation(line: 0, scope: !1451, inlinedAt: !1456)
!1456 = distinct !DILocation(line: 522, column: 14, scope: !1444, inlinedAt: !1449)
!1457 = !DILocalVariable(name: "__first", arg: 1, scope: !1458, file: !1425, line: 420, type: !77)
!1458 = distinct !DISubprogram(name: "__copy_m<double>", linkageName: "_ZNSt11__copy_moveILb0ELb1ESt26random_access_iterator_tagE8__copy_mIdEEPT_PKS3_S6_S4_", scope: !1459, file: !1425, line: 420, type: !1402, scopeLine: 421, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, templateParams: !92, declaration: !1469, retainedNodes: !1470)
!1459 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__copy_move<false, true, std::random_access_iterator_tag>", scope: !15, file: !1425, line: 415, size: 8, flags: DIFlagTypePassByValue, elements: !143, templateParams: !1460, identifier: "_ZTSSt11__copy_moveILb0ELb1ESt26random_access_iterator_tagE")
!1460 = !{!1440, !1461, !1462}
!1461 = !DITemplateValueParameter(name: "_IsSimple", type: !136, value: i1 true)
!1462 = !DITemplateTypeParameter(name: "_Category", type: !1463)
!1463 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "random_access_iterator_tag", scope: !15, file: !403, line: 107, size: 8, flags: DIFlagTypePassByValue, elements: !1464, identifier: "_ZTSSt26random_access_iterator_tag")
!1464 = !{!1465}
!1465 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !1463, baseType: !1466, extraData: i32 0)
!1466 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "bidirectional_iterator_tag", scope: !15, file: !403, line: 103, size: 8, flags: DIFlagTypePassByValue, elements: !1467, identifier: "_ZTSSt26bidirectional_iterator_tag")
!1467 = !{!1468}
!1468 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !1466, baseType: !1339, extraData: i32 0)
!1469 = !DISubprogram(name: "__copy_m<double>", linkageName: "_ZNSt11__copy_moveILb0ELb1ESt26random_access_iterator_tagE8__copy_mIdEEPT_PKS3_S6_S4_", scope: !1459, file: !1425, line: 420, type: !1402, scopeLine: 420, flags: DIFlagPrototyped | DIFlagStaticMember, spFlags: DISPFlagOptimized, templateParams: !92)
!1470 = !{!1457, !1471, !1472, !1473}
!1471 = !DILocalVariable(name: "__last", arg: 2, scope: !1458, file: !1425, line: 420, type: !77)
!1472 = !DILocalVariable(name: "__result", arg: 3, scope: !1458, file: !1425, line: 420, type: !17)
!1473 = !DILocalVariable(name: "_Num", scope: !1458, file: !1425, line: 429, type: !1474)
!1474 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !429)
!1475 = !DILocation(line: 0, scope: !1458, inlinedAt: !1476)
!1476 = distinct !DILocation(line: 494, column: 14, scope: !1451, inlinedAt: !1456)
!1477 = !DILocation(line: 431, column: 6, scope: !1478, inlinedAt: !1476)
!1478 = distinct !DILexicalBlock(scope: !1458, file: !1425, line: 430, column: 8)
!1479 = !DILocation(line: 1689, column: 18, scope: !1336, inlinedAt: !1353)
!1480 = !DILocation(line: 1689, column: 28, scope: !1336, inlinedAt: !1353)
!1481 = !{!1378, !1379, i64 8}
!1482 = distinct !DIAssignID()
!1483 = !DILocation(line: 36, column: 3, scope: !1264)
!1484 = !DILocation(line: 36, column: 12, scope: !1264)
!1485 = !{!1486, !1487, i64 0}
!1486 = !{!"_ZTSZ4mainE3$_1", !1487, i64 0, !1379, i64 8}
!1487 = !{!"double", !1302, i64 0}
!1488 = distinct !DIAssignID()
!1489 = !{!1379, !1379, i64 0}
!1490 = distinct !DIAssignID()
!1491 = !DILocation(line: 41, column: 62, scope: !1264)
!1492 = !DILocation(line: 41, column: 80, scope: !1264)
!1493 = !DILocation(line: 41, column: 15, scope: !1264)
!1494 = distinct !DIAssignID()
!1495 = !DILocation(line: 45, column: 3, scope: !1264)
!1496 = !DILocation(line: 45, column: 14, scope: !1264)
!1497 = !{i64 0, i64 8, !1498, i64 8, i64 8, !1500, i64 16, i64 4, !1501, i64 20, i64 4, !1300}
!1498 = !{!1499, !1499, i64 0}
!1499 = !{!"long", !1302, i64 0}
!1500 = !{!1487, !1487, i64 0}
!1501 = !{!1502, !1502, i64 0}
!1502 = !{!"float", !1302, i64 0}
!1503 = distinct !DIAssignID()
!1504 = !DILocation(line: 50, column: 3, scope: !1264)
!1505 = distinct !DIAssignID()
!1506 = !DILocation(line: 51, column: 3, scope: !1264)
!1507 = distinct !DIAssignID()
!1508 = !DILocation(line: 52, column: 63, scope: !1264)
!1509 = !DILocation(line: 52, column: 86, scope: !1264)
!1510 = !DILocation(line: 52, column: 15, scope: !1264)
!1511 = !DILocation(line: 54, column: 46, scope: !1264)
!1512 = !DILocation(line: 54, column: 15, scope: !1264)
!1513 = !DILocation(line: 56, column: 3, scope: !1264)
!1514 = !DILocation(line: 58, column: 1, scope: !1264)
!1515 = !DILocalVariable(name: "this", arg: 1, scope: !1516, type: !1310, flags: DIFlagArtificial | DIFlagObjectPointer)
!1516 = distinct !DISubprogram(name: "~vector", linkageName: "_ZNSt6vectorIdSaIdEED2Ev", scope: !21, file: !20, line: 728, type: !288, scopeLine: 729, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !364, retainedNodes: !1517)
!1517 = !{!1515}
!1518 = !DILocation(line: 0, scope: !1516, inlinedAt: !1519)
!1519 = distinct !DILocation(line: 58, column: 1, scope: !1264)
!1520 = !DILocalVariable(name: "this", arg: 1, scope: !1521, type: !1318, flags: DIFlagArtificial | DIFlagObjectPointer)
!1521 = distinct !DISubprogram(name: "~_Vector_base", linkageName: "_ZNSt12_Vector_baseIdSaIdEED2Ev", scope: !24, file: !20, line: 364, type: !205, scopeLine: 365, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !231, retainedNodes: !1522)
!1522 = !{!1520}
!1523 = !DILocation(line: 0, scope: !1521, inlinedAt: !1524)
!1524 = distinct !DILocation(line: 733, column: 7, scope: !1525, inlinedAt: !1519)
!1525 = distinct !DILexicalBlock(scope: !1516, file: !20, line: 729, column: 7)
!1526 = !DILocation(line: 366, column: 24, scope: !1527, inlinedAt: !1524)
!1527 = distinct !DILexicalBlock(scope: !1521, file: !20, line: 365, column: 7)
!1528 = !DILocalVariable(name: "this", arg: 1, scope: !1529, type: !1318, flags: DIFlagArtificial | DIFlagObjectPointer)
!1529 = distinct !DISubprogram(name: "_M_deallocate", linkageName: "_ZNSt12_Vector_baseIdSaIdEE13_M_deallocateEPdm", scope: !24, file: !20, line: 383, type: !236, scopeLine: 384, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !235, retainedNodes: !1530)
!1530 = !{!1528, !1531, !1532}
!1531 = !DILocalVariable(name: "__p", arg: 2, scope: !1529, file: !20, line: 383, type: !149)
!1532 = !DILocalVariable(name: "__n", arg: 3, scope: !1529, file: !20, line: 383, type: !13)
!1533 = !DILocation(line: 0, scope: !1529, inlinedAt: !1534)
!1534 = distinct !DILocation(line: 366, column: 2, scope: !1527, inlinedAt: !1524)
!1535 = !DILocation(line: 386, column: 6, scope: !1536, inlinedAt: !1534)
!1536 = distinct !DILexicalBlock(scope: !1529, file: !20, line: 386, column: 6)
!1537 = !DILocation(line: 386, column: 6, scope: !1529, inlinedAt: !1534)
!1538 = !DILocation(line: 367, column: 17, scope: !1527, inlinedAt: !1524)
!1539 = !DILocation(line: 367, column: 35, scope: !1527, inlinedAt: !1524)
!1540 = !DILocalVariable(name: "__a", arg: 1, scope: !1541, file: !39, line: 495, type: !45)
!1541 = distinct !DISubprogram(name: "deallocate", linkageName: "_ZNSt16allocator_traitsISaIdEE10deallocateERS0_Pdm", scope: !38, file: !39, line: 495, type: !114, scopeLine: 496, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !113, retainedNodes: !1542)
!1542 = !{!1540, !1543, !1544}
!1543 = !DILocalVariable(name: "__p", arg: 2, scope: !1541, file: !39, line: 495, type: !44)
!1544 = !DILocalVariable(name: "__n", arg: 3, scope: !1541, file: !39, line: 495, type: !108)
!1545 = !DILocation(line: 0, scope: !1541, inlinedAt: !1546)
!1546 = distinct !DILocation(line: 387, column: 4, scope: !1536, inlinedAt: !1534)
!1547 = !DILocalVariable(name: "this", arg: 1, scope: !1548, type: !1372, flags: DIFlagArtificial | DIFlagObjectPointer)
!1548 = distinct !DISubprogram(name: "deallocate", linkageName: "_ZNSt15__new_allocatorIdE10deallocateEPdm", scope: !53, file: !54, line: 142, type: !86, scopeLine: 143, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !85, retainedNodes: !1549)
!1549 = !{!1547, !1550, !1551}
!1550 = !DILocalVariable(name: "__p", arg: 2, scope: !1548, file: !54, line: 142, type: !17)
!1551 = !DILocalVariable(name: "__n", arg: 3, scope: !1548, file: !54, line: 142, type: !84)
!1552 = !DILocation(line: 0, scope: !1548, inlinedAt: !1553)
!1553 = distinct !DILocation(line: 496, column: 13, scope: !1541, inlinedAt: !1546)
!1554 = !DILocation(line: 158, column: 2, scope: !1548, inlinedAt: !1553)
!1555 = !DILocation(line: 387, column: 4, scope: !1536, inlinedAt: !1534)
!1556 = !DILocation(line: 0, scope: !1516, inlinedAt: !1557)
!1557 = distinct !DILocation(line: 58, column: 1, scope: !1264)
!1558 = !DILocation(line: 0, scope: !1521, inlinedAt: !1559)
!1559 = distinct !DILocation(line: 733, column: 7, scope: !1525, inlinedAt: !1557)
!1560 = !DILocation(line: 366, column: 24, scope: !1527, inlinedAt: !1559)
!1561 = !DILocation(line: 0, scope: !1529, inlinedAt: !1562)
!1562 = distinct !DILocation(line: 366, column: 2, scope: !1527, inlinedAt: !1559)
!1563 = !DILocation(line: 386, column: 6, scope: !1536, inlinedAt: !1562)
!1564 = !DILocation(line: 386, column: 6, scope: !1529, inlinedAt: !1562)
!1565 = !DILocation(line: 367, column: 17, scope: !1527, inlinedAt: !1559)
!1566 = !DILocation(line: 367, column: 35, scope: !1527, inlinedAt: !1559)
!1567 = !DILocation(line: 0, scope: !1541, inlinedAt: !1568)
!1568 = distinct !DILocation(line: 387, column: 4, scope: !1536, inlinedAt: !1562)
!1569 = !DILocation(line: 0, scope: !1548, inlinedAt: !1570)
!1570 = distinct !DILocation(line: 496, column: 13, scope: !1541, inlinedAt: !1568)
!1571 = !DILocation(line: 158, column: 2, scope: !1548, inlinedAt: !1570)
!1572 = !DILocation(line: 387, column: 4, scope: !1536, inlinedAt: !1562)
!1573 = !DISubprogram(name: "__enzyme_autodiff", scope: !2, file: !2, line: 9, type: !1574, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1574 = !DISubroutineType(types: !1575)
!1575 = !{!18, !10, null}
!1576 = distinct !DISubprogram(name: "tramp<(lambda at src/enzyme_cpp.cpp:36:12)>", linkageName: "_Z5trampIZ4mainE3$_1EdPKT_d", scope: !2, file: !2, line: 14, type: !1577, scopeLine: 14, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !8, templateParams: !1584, retainedNodes: !1581)
!1577 = !DISubroutineType(types: !1578)
!1578 = !{!18, !1579, !18}
!1579 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1580, size: 64)
!1580 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !1275)
!1581 = !{!1582, !1583}
!1582 = !DILocalVariable(name: "f", arg: 1, scope: !1576, file: !2, line: 14, type: !1579)
!1583 = !DILocalVariable(name: "x", arg: 2, scope: !1576, file: !2, line: 14, type: !18)
!1584 = !{!1585}
!1585 = !DITemplateTypeParameter(name: "F", type: !1275)
!1586 = !DILocation(line: 0, scope: !1576)
!1587 = !DILocalVariable(name: "this", arg: 1, scope: !1588, type: !1579, flags: DIFlagArtificial | DIFlagObjectPointer)
!1588 = distinct !DISubprogram(name: "operator()", linkageName: "_ZZ4mainENK3$_1clEd", scope: !1275, file: !2, line: 36, type: !1589, scopeLine: 36, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !1592, retainedNodes: !1593)
!1589 = !DISubroutineType(types: !1590)
!1590 = !{!18, !1591, !18}
!1591 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1580, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!1592 = !DISubprogram(name: "operator()", scope: !1275, file: !2, line: 36, type: !1589, scopeLine: 36, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized)
!1593 = !{!1587, !1594, !1595, !1596, !1597, !1599, !1600, !1601}
!1594 = !DILocalVariable(name: "y", arg: 2, scope: !1588, file: !2, line: 36, type: !18)
!1595 = !DILocalVariable(name: "s", scope: !1588, file: !2, line: 37, type: !18)
!1596 = !DILocalVariable(name: "p", scope: !1588, file: !2, line: 37, type: !18)
!1597 = !DILocalVariable(name: "__range2", scope: !1598, type: !368, flags: DIFlagArtificial)
!1598 = distinct !DILexicalBlock(scope: !1588, file: !2, line: 38, column: 5)
!1599 = !DILocalVariable(name: "__begin2", scope: !1598, type: !384, flags: DIFlagArtificial)
!1600 = !DILocalVariable(name: "__end2", scope: !1598, type: !384, flags: DIFlagArtificial)
!1601 = !DILocalVariable(name: "c", scope: !1602, file: !2, line: 38, type: !18)
!1602 = distinct !DILexicalBlock(scope: !1598, file: !2, line: 38, column: 5)
!1603 = !DILocation(line: 0, scope: !1588, inlinedAt: !1604)
!1604 = distinct !DILocation(line: 14, column: 64, scope: !1576)
!1605 = !DILocation(line: 38, column: 21, scope: !1598, inlinedAt: !1604)
!1606 = !{!1486, !1379, i64 8}
!1607 = !DILocation(line: 0, scope: !1598, inlinedAt: !1604)
!1608 = !DILocalVariable(name: "this", arg: 1, scope: !1609, type: !1310, flags: DIFlagArtificial | DIFlagObjectPointer)
!1609 = distinct !DISubprogram(name: "begin", linkageName: "_ZNSt6vectorIdSaIdEE5beginEv", scope: !21, file: !20, line: 868, type: !382, scopeLine: 869, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !381, retainedNodes: !1610)
!1610 = !{!1608}
!1611 = !DILocation(line: 0, scope: !1609, inlinedAt: !1612)
!1612 = distinct !DILocation(line: 38, column: 19, scope: !1598, inlinedAt: !1604)
!1613 = !DILocalVariable(name: "this", arg: 1, scope: !1614, type: !1617, flags: DIFlagArtificial | DIFlagObjectPointer)
!1614 = distinct !DISubprogram(name: "__normal_iterator", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEC2ERKS1_", scope: !385, file: !386, line: 1072, type: !394, scopeLine: 1073, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !393, retainedNodes: !1615)
!1615 = !{!1613, !1616}
!1616 = !DILocalVariable(name: "__i", arg: 2, scope: !1614, file: !386, line: 1072, type: !396)
!1617 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !385, size: 64)
!1618 = !DILocation(line: 0, scope: !1614, inlinedAt: !1619)
!1619 = distinct !DILocation(line: 869, column: 16, scope: !1609, inlinedAt: !1612)
!1620 = !DILocation(line: 1073, column: 20, scope: !1614, inlinedAt: !1619)
!1621 = !DILocalVariable(name: "this", arg: 1, scope: !1622, type: !1310, flags: DIFlagArtificial | DIFlagObjectPointer)
!1622 = distinct !DISubprogram(name: "end", linkageName: "_ZNSt6vectorIdSaIdEE3endEv", scope: !21, file: !20, line: 888, type: !382, scopeLine: 889, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !450, retainedNodes: !1623)
!1623 = !{!1621}
!1624 = !DILocation(line: 0, scope: !1622, inlinedAt: !1625)
!1625 = distinct !DILocation(line: 38, column: 19, scope: !1598, inlinedAt: !1604)
!1626 = !DILocation(line: 889, column: 39, scope: !1622, inlinedAt: !1625)
!1627 = !DILocation(line: 0, scope: !1614, inlinedAt: !1628)
!1628 = distinct !DILocation(line: 889, column: 16, scope: !1622, inlinedAt: !1625)
!1629 = !DILocation(line: 1073, column: 20, scope: !1614, inlinedAt: !1628)
!1630 = !DILocalVariable(name: "__lhs", arg: 1, scope: !1631, file: !386, line: 1237, type: !1634)
!1631 = distinct !DISubprogram(name: "operator!=<double *, std::vector<double, std::allocator<double> > >", linkageName: "_ZN9__gnu_cxxneIPdSt6vectorIdSaIdEEEEbRKNS_17__normal_iteratorIT_T0_EESA_", scope: !35, file: !386, line: 1237, type: !1632, scopeLine: 1240, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, templateParams: !442, retainedNodes: !1635)
!1632 = !DISubroutineType(types: !1633)
!1633 = !{!136, !1634, !1634}
!1634 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !408, size: 64)
!1635 = !{!1630, !1636}
!1636 = !DILocalVariable(name: "__rhs", arg: 2, scope: !1631, file: !386, line: 1238, type: !1634)
!1637 = !DILocation(line: 0, scope: !1631, inlinedAt: !1638)
!1638 = distinct !DILocation(line: 38, column: 19, scope: !1598, inlinedAt: !1604)
!1639 = !DILocation(line: 1240, column: 27, scope: !1631, inlinedAt: !1638)
!1640 = !DILocation(line: 38, column: 19, scope: !1598, inlinedAt: !1604)
!1641 = !DILocation(line: 38, column: 19, scope: !1602, inlinedAt: !1604)
!1642 = !DILocation(line: 0, scope: !1602, inlinedAt: !1604)
!1643 = !DILocation(line: 38, column: 31, scope: !1644, inlinedAt: !1604)
!1644 = distinct !DILexicalBlock(scope: !1602, file: !2, line: 38, column: 27)
!1645 = !DILocation(line: 38, column: 43, scope: !1644, inlinedAt: !1604)
!1646 = !DILocalVariable(name: "this", arg: 1, scope: !1647, type: !1617, flags: DIFlagArtificial | DIFlagObjectPointer)
!1647 = distinct !DISubprogram(name: "operator++", linkageName: "_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEppEv", scope: !385, file: !386, line: 1105, type: !415, scopeLine: 1106, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !414, retainedNodes: !1648)
!1648 = !{!1646}
!1649 = !DILocation(line: 0, scope: !1647, inlinedAt: !1650)
!1650 = distinct !DILocation(line: 38, column: 19, scope: !1598, inlinedAt: !1604)
!1651 = !DILocation(line: 1107, column: 2, scope: !1647, inlinedAt: !1650)
!1652 = distinct !{!1652, !1653, !1654}
!1653 = !DILocation(line: 38, column: 5, scope: !1598, inlinedAt: !1604)
!1654 = !DILocation(line: 38, column: 49, scope: !1598, inlinedAt: !1604)
!1655 = !DILocation(line: 39, column: 12, scope: !1588, inlinedAt: !1604)
!1656 = !DILocation(line: 39, column: 14, scope: !1588, inlinedAt: !1604)
!1657 = !DILocation(line: 14, column: 57, scope: !1576)
!1658 = distinct !DISubprogram(name: "tramp<(lambda at src/enzyme_cpp.cpp:45:13)>", linkageName: "_Z5trampIZ4mainE3$_2EdPKT_d", scope: !2, file: !2, line: 14, type: !1659, scopeLine: 14, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !8, templateParams: !1666, retainedNodes: !1663)
!1659 = !DISubroutineType(types: !1660)
!1660 = !{!18, !1661, !18}
!1661 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1662, size: 64)
!1662 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !1288)
!1663 = !{!1664, !1665}
!1664 = !DILocalVariable(name: "f", arg: 1, scope: !1658, file: !2, line: 14, type: !1661)
!1665 = !DILocalVariable(name: "x", arg: 2, scope: !1658, file: !2, line: 14, type: !18)
!1666 = !{!1667}
!1667 = !DITemplateTypeParameter(name: "F", type: !1288)
!1668 = !DILocation(line: 0, scope: !1658)
!1669 = !DILocalVariable(name: "this", arg: 1, scope: !1670, type: !1661, flags: DIFlagArtificial | DIFlagObjectPointer)
!1670 = distinct !DISubprogram(name: "operator()", linkageName: "_ZZ4mainENK3$_2clEd", scope: !1288, file: !2, line: 45, type: !1671, scopeLine: 45, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !1674, retainedNodes: !1675)
!1671 = !DISubroutineType(types: !1672)
!1672 = !{!18, !1673, !18}
!1673 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1662, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!1674 = !DISubprogram(name: "operator()", scope: !1288, file: !2, line: 45, type: !1671, scopeLine: 45, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized)
!1675 = !{!1669, !1676, !1677}
!1676 = !DILocalVariable(name: "y", arg: 2, scope: !1670, file: !2, line: 45, type: !18)
!1677 = !DILocalVariable(name: "local", scope: !1670, file: !2, line: 46, type: !1281)
!1678 = !DILocation(line: 0, scope: !1670, inlinedAt: !1679)
!1679 = distinct !DILocation(line: 14, column: 64, scope: !1658)
!1680 = !DILocation(line: 47, column: 5, scope: !1670, inlinedAt: !1679)
!1681 = !DILocation(line: 48, column: 20, scope: !1670, inlinedAt: !1679)
!1682 = !DILocation(line: 48, column: 30, scope: !1670, inlinedAt: !1679)
!1683 = !DILocation(line: 48, column: 38, scope: !1670, inlinedAt: !1679)
!1684 = !DILocation(line: 48, column: 28, scope: !1670, inlinedAt: !1679)
!1685 = !DILocation(line: 48, column: 52, scope: !1670, inlinedAt: !1679)
!1686 = !DILocation(line: 48, column: 42, scope: !1670, inlinedAt: !1679)
!1687 = !DILocation(line: 14, column: 57, scope: !1658)
!1688 = !DISubprogram(name: "__enzyme_fwddiff", scope: !2, file: !2, line: 10, type: !1574, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1689 = distinct !DISubprogram(name: "__invoke", linkageName: "_ZZ4mainEN3$_08__invokeEd", scope: !1268, file: !2, line: 29, type: !604, scopeLine: 29, flags: DIFlagArtificial | DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !1690, retainedNodes: !1691)
!1690 = !DISubprogram(name: "__invoke", scope: !1268, type: !604, flags: DIFlagArtificial | DIFlagPrototyped | DIFlagStaticMember, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized)
!1691 = !{!1692}
!1692 = !DILocalVariable(name: "y", arg: 1, scope: !1689, type: !18)
!1693 = !DILocation(line: 0, scope: !1689)
!1694 = !DILocalVariable(name: "this", arg: 1, scope: !1695, type: !1703, flags: DIFlagArtificial | DIFlagObjectPointer)
!1695 = distinct !DISubprogram(name: "operator()", linkageName: "_ZZ4mainENK3$_0clEd", scope: !1268, file: !2, line: 29, type: !1696, scopeLine: 29, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !8, declaration: !1700, retainedNodes: !1701)
!1696 = !DISubroutineType(types: !1697)
!1697 = !{!18, !1698, !18}
!1698 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1699, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!1699 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !1268)
!1700 = !DISubprogram(name: "operator()", scope: !1268, file: !2, line: 29, type: !1696, scopeLine: 29, flags: DIFlagPublic | DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized)
!1701 = !{!1694, !1702}
!1702 = !DILocalVariable(name: "y", arg: 2, scope: !1695, file: !2, line: 29, type: !18)
!1703 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1699, size: 64)
!1704 = !DILocation(line: 0, scope: !1695, inlinedAt: !1705)
!1705 = distinct !DILocation(line: 29, column: 13, scope: !1689)
!1706 = !DILocation(line: 29, column: 35, scope: !1695, inlinedAt: !1705)
!1707 = !DILocation(line: 29, column: 47, scope: !1695, inlinedAt: !1705)
!1708 = !DILocation(line: 29, column: 13, scope: !1689)
