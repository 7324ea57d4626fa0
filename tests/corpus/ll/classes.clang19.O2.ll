; ModuleID = 'src/classes.cpp'
source_filename = "src/classes.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%"class.std::vector" = type { %"struct.std::_Vector_base" }
%"struct.std::_Vector_base" = type { %"struct.std::_Vector_base<std::unique_ptr<shapes::Shape>, std::allocator<std::unique_ptr<shapes::Shape>>>::_Vector_impl" }
%"struct.std::_Vector_base<std::unique_ptr<shapes::Shape>, std::allocator<std::unique_ptr<shapes::Shape>>>::_Vector_impl" = type { %"struct.std::_Vector_base<std::unique_ptr<shapes::Shape>, std::allocator<std::unique_ptr<shapes::Shape>>>::_Vector_impl_data" }
%"struct.std::_Vector_base<std::unique_ptr<shapes::Shape>, std::allocator<std::unique_ptr<shapes::Shape>>>::_Vector_impl_data" = type { ptr, ptr, ptr }
%"class.std::unique_ptr" = type { %"struct.std::__uniq_ptr_data" }
%"struct.std::__uniq_ptr_data" = type { %"class.std::__uniq_ptr_impl" }
%"class.std::__uniq_ptr_impl" = type { %"class.std::tuple" }
%"class.std::tuple" = type { %"struct.std::_Tuple_impl" }
%"struct.std::_Tuple_impl" = type { %"struct.std::_Head_base.1" }
%"struct.std::_Head_base.1" = type { ptr }
%"class.std::function" = type { %"class.std::_Function_base", ptr }
%"class.std::_Function_base" = type { %"union.std::_Any_data", ptr }
%"union.std::_Any_data" = type { %"union.std::_Nocopy_types" }
%"union.std::_Nocopy_types" = type { { i64, i64 } }
%struct.Widget = type { %struct.Named, i64, double, float, i32 }
%struct.Named = type { ptr, %"class.std::__cxx11::basic_string" }
%"class.std::__cxx11::basic_string" = type { %"struct.std::__cxx11::basic_string<char>::_Alloc_hider", i64, %union.anon.40 }
%"struct.std::__cxx11::basic_string<char>::_Alloc_hider" = type { ptr }
%union.anon.40 = type { i64, [8 x i8] }

$_ZNK6shapes4Rect4areaEv = comdat any

$__clang_call_terminate = comdat any

$_ZN6WidgetD2Ev = comdat any

$_ZNSt6vectorISt10unique_ptrIN6shapes5ShapeESt14default_deleteIS2_EESaIS5_EED2Ev = comdat any

$_ZN6shapes4RectD0Ev = comdat any

$_ZNK6shapes5Shape9perimeterEv = comdat any

$_ZNK6Widget8describeB5cxx11Ev = comdat any

$_ZN6WidgetD0Ev = comdat any

$_ZNK5Named8describeB5cxx11Ev = comdat any

$_ZN5NamedD2Ev = comdat any

$_ZN5NamedD0Ev = comdat any

$_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_RKS8_ = comdat any

$_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEOS8_S9_ = comdat any

$_ZN6shapes6CircleD0Ev = comdat any

$_ZNK6shapes6Circle4areaEv = comdat any

$_ZNK6shapes6Circle9perimeterEv = comdat any

$_ZNSt6vectorISt10unique_ptrIN6shapes5ShapeESt14default_deleteIS2_EESaIS5_EE17_M_realloc_insertIJS5_EEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_ = comdat any

$_ZN6shapes5ShapeD2Ev = comdat any

$_ZN6shapes6SquareD0Ev = comdat any

$_ZNK6shapes6Square9perimeterEv = comdat any

$_ZTVN6shapes4RectE = comdat any

$_ZTSN6shapes4RectE = comdat any

$_ZTSN6shapes5ShapeE = comdat any

$_ZTIN6shapes5ShapeE = comdat any

$_ZTIN6shapes4RectE = comdat any

$_ZTV6Widget = comdat any

$_ZTS6Widget = comdat any

$_ZTS5Named = comdat any

$_ZTI5Named = comdat any

$_ZTS7Counted = comdat any

$_ZTI7Counted = comdat any

$_ZTI6Widget = comdat any

$_ZTV5Named = comdat any

$_ZZNSt8__detail18__to_chars_10_implImEEvPcjT_E8__digits = comdat any

$_ZTVN6shapes6CircleE = comdat any

$_ZTSN6shapes6CircleE = comdat any

$_ZTIN6shapes6CircleE = comdat any

$_ZTVN6shapes6SquareE = comdat any

$_ZTSN6shapes6SquareE = comdat any

$_ZTIN6shapes6SquareE = comdat any

@_ZN7Counted4liveE = dso_local local_unnamed_addr global i32 0, align 4
@.str = private unnamed_addr constant [12 x i8] c"div by zero\00", align 1
@_ZTISt12domain_error = external constant ptr
@_ZTISt9exception = external constant ptr
@.str.1 = private unnamed_addr constant [15 x i8] c"exception: %s\0A\00", align 1
@.str.2 = private unnamed_addr constant [12 x i8] c"domain: %s\0A\00", align 1
@constinit = private unnamed_addr constant [4 x double] [double 1.000000e+00, double 4.000000e+00, double -2.000000e+00, double 8.500000e+00], align 8
@.str.3 = private unnamed_addr constant [7 x i8] c"widget\00", align 1
@.str.4 = private unnamed_addr constant [31 x i8] c"%f %f %f %f %d %f %s %d %d %f\0A\00", align 1
@.str.5 = private unnamed_addr constant [5 x i8] c"rect\00", align 1
@_ZTVN6shapes4RectE = linkonce_odr dso_local unnamed_addr constant { [6 x ptr] } { [6 x ptr] [ptr null, ptr @_ZTIN6shapes4RectE, ptr @_ZN6shapes5ShapeD2Ev, ptr @_ZN6shapes4RectD0Ev, ptr @_ZNK6shapes4Rect4areaEv, ptr @_ZNK6shapes5Shape9perimeterEv] }, comdat, align 8
@.str.6 = private unnamed_addr constant [14 x i8] c"negative size\00", align 1
@_ZTISt16invalid_argument = external constant ptr
@_ZTVN10__cxxabiv120__si_class_type_infoE = external global [0 x ptr]
@_ZTSN6shapes4RectE = linkonce_odr dso_local constant [15 x i8] c"N6shapes4RectE\00", comdat, align 1
@_ZTVN10__cxxabiv117__class_type_infoE = external global [0 x ptr]
@_ZTSN6shapes5ShapeE = linkonce_odr dso_local constant [16 x i8] c"N6shapes5ShapeE\00", comdat, align 1
@_ZTIN6shapes5ShapeE = linkonce_odr dso_local constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @_ZTSN6shapes5ShapeE }, comdat, align 8
@_ZTIN6shapes4RectE = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTSN6shapes4RectE, ptr @_ZTIN6shapes5ShapeE }, comdat, align 8
@_ZTV6Widget = linkonce_odr dso_local unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTI6Widget, ptr @_ZNK6Widget8describeB5cxx11Ev, ptr @_ZN6WidgetD2Ev, ptr @_ZN6WidgetD0Ev] }, comdat, align 8
@_ZTVN10__cxxabiv121__vmi_class_type_infoE = external global [0 x ptr]
@_ZTS6Widget = linkonce_odr dso_local constant [8 x i8] c"6Widget\00", comdat, align 1
@_ZTS5Named = linkonce_odr dso_local constant [7 x i8] c"5Named\00", comdat, align 1
@_ZTI5Named = linkonce_odr dso_local constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @_ZTS5Named }, comdat, align 8
@_ZTS7Counted = linkonce_odr dso_local constant [9 x i8] c"7Counted\00", comdat, align 1
@_ZTI7Counted = linkonce_odr dso_local constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @_ZTS7Counted }, comdat, align 8
@_ZTI6Widget = linkonce_odr dso_local constant { ptr, ptr, i32, i32, ptr, i64, ptr, i64 } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv121__vmi_class_type_infoE, i64 2), ptr @_ZTS6Widget, i32 0, i32 2, ptr @_ZTI5Named, i64 2, ptr @_ZTI7Counted, i64 2 }, comdat, align 8
@_ZTV5Named = linkonce_odr dso_local unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTI5Named, ptr @_ZNK5Named8describeB5cxx11Ev, ptr @_ZN5NamedD2Ev, ptr @_ZN5NamedD0Ev] }, comdat, align 8
@.str.7 = private unnamed_addr constant [7 x i8] c"named:\00", align 1
@.str.8 = private unnamed_addr constant [21 x i8] c"basic_string::append\00", align 1
@.str.9 = private unnamed_addr constant [2 x i8] c"#\00", align 1
@_ZZNSt8__detail18__to_chars_10_implImEEvPcjT_E8__digits = linkonce_odr dso_local local_unnamed_addr constant [201 x i8] c"00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899\00", comdat, align 16
@.str.12 = private unnamed_addr constant [7 x i8] c"circle\00", align 1
@_ZTVN6shapes6CircleE = linkonce_odr dso_local unnamed_addr constant { [6 x ptr] } { [6 x ptr] [ptr null, ptr @_ZTIN6shapes6CircleE, ptr @_ZN6shapes5ShapeD2Ev, ptr @_ZN6shapes6CircleD0Ev, ptr @_ZNK6shapes6Circle4areaEv, ptr @_ZNK6shapes6Circle9perimeterEv] }, comdat, align 8
@_ZTSN6shapes6CircleE = linkonce_odr dso_local constant [17 x i8] c"N6shapes6CircleE\00", comdat, align 1
@_ZTIN6shapes6CircleE = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTSN6shapes6CircleE, ptr @_ZTIN6shapes5ShapeE }, comdat, align 8
@.str.13 = private unnamed_addr constant [26 x i8] c"vector::_M_realloc_insert\00", align 1
@_ZTVN6shapes6SquareE = linkonce_odr dso_local unnamed_addr constant { [6 x ptr] } { [6 x ptr] [ptr null, ptr @_ZTIN6shapes6SquareE, ptr @_ZN6shapes5ShapeD2Ev, ptr @_ZN6shapes6SquareD0Ev, ptr @_ZNK6shapes4Rect4areaEv, ptr @_ZNK6shapes6Square9perimeterEv] }, comdat, align 8
@_ZTSN6shapes6SquareE = linkonce_odr dso_local constant [17 x i8] c"N6shapes6SquareE\00", comdat, align 1
@_ZTIN6shapes6SquareE = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTSN6shapes6SquareE, ptr @_ZTIN6shapes4RectE }, comdat, align 8
@.str.15 = private unnamed_addr constant [6 x i8] c"empty\00", align 1
@_ZTISt13runtime_error = external constant ptr
@"_ZTSZ4mainE3$_0" = internal constant [12 x i8] c"Z4mainE3$_0\00", align 1
@"_ZTIZ4mainE3$_0" = internal constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @"_ZTSZ4mainE3$_0" }, align 8
@"_ZTSZ4mainE3$_1" = internal constant [12 x i8] c"Z4mainE3$_1\00", align 1
@"_ZTIZ4mainE3$_1" = internal constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @"_ZTSZ4mainE3$_1" }, align 8

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @_Z9swap_refsRdS_(ptr nocapture noundef nonnull align 8 dereferenceable(8) %0, ptr nocapture noundef nonnull align 8 dereferenceable(8) %1) local_unnamed_addr #0 {
  %3 = load double, ptr %0, align 8, !tbaa !5
  %4 = load double, ptr %1, align 8, !tbaa !5
  store double %4, ptr %0, align 8, !tbaa !5
  store double %3, ptr %1, align 8, !tbaa !5
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress uwtable
define dso_local noundef double @_Z10total_areaRKSt6vectorISt10unique_ptrIN6shapes5ShapeESt14default_deleteIS2_EESaIS5_EE(ptr nocapture noundef nonnull readonly align 8 dereferenceable(24) %0) local_unnamed_addr #2 {
  %2 = load ptr, ptr %0, align 8, !tbaa !9
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !9
  %5 = icmp eq ptr %2, %4
  br i1 %5, label %6, label %8

6:                                                ; preds = %8, %1
  %7 = phi double [ 0.000000e+00, %1 ], [ %22, %8 ]
  ret double %7

8:                                                ; preds = %1, %8
  %9 = phi double [ %22, %8 ], [ 0.000000e+00, %1 ]
  %10 = phi ptr [ %23, %8 ], [ %2, %1 ]
  %11 = load ptr, ptr %10, align 8, !tbaa !9
  %12 = load ptr, ptr %11, align 8, !tbaa !11
  %13 = getelementptr inbounds i8, ptr %12, i64 16
  %14 = load ptr, ptr %13, align 8
  %15 = tail call noundef double %14(ptr noundef nonnull align 8 dereferenceable(16) %11)
  %16 = load ptr, ptr %10, align 8, !tbaa !9
  %17 = load ptr, ptr %16, align 8, !tbaa !11
  %18 = getelementptr inbounds i8, ptr %17, i64 24
  %19 = load ptr, ptr %18, align 8
  %20 = tail call noundef double %19(ptr noundef nonnull align 8 dereferenceable(16) %16)
  %21 = fadd double %15, %20
  %22 = fadd double %9, %21
  %23 = getelementptr inbounds i8, ptr %10, i64 8
  %24 = icmp eq ptr %23, %4
  br i1 %24, label %6, label %8
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @use_static_invoker(double noundef %0) local_unnamed_addr #3 {
  %2 = fmul double %0, %0
  %3 = fadd double %0, 1.000000e+00
  %4 = fadd double %2, %3
  %5 = fadd double %2, %4
  ret double %5
}

; Function Attrs: mustprogress uwtable
define dso_local noundef i32 @_Z8safe_divii(i32 noundef %0, i32 noundef %1) local_unnamed_addr #2 personality ptr @__gxx_personality_v0 {
  %3 = icmp eq i32 %1, 0
  br i1 %3, label %4, label %9

4:                                                ; preds = %2
  %5 = tail call ptr @__cxa_allocate_exception(i64 16) #23
  invoke void @_ZNSt12domain_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %5, ptr noundef nonnull @.str)
          to label %6 unwind label %7

6:                                                ; preds = %4
  tail call void @__cxa_throw(ptr nonnull %5, ptr nonnull @_ZTISt12domain_error, ptr nonnull @_ZNSt12domain_errorD1Ev) #24
  unreachable

7:                                                ; preds = %4
  %8 = landingpad { ptr, i32 }
          cleanup
  tail call void @__cxa_free_exception(ptr %5) #23
  resume { ptr, i32 } %8

9:                                                ; preds = %2
  %10 = sdiv i32 %0, %1
  ret i32 %10
}

declare ptr @__cxa_allocate_exception(i64) local_unnamed_addr

declare void @_ZNSt12domain_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) unnamed_addr #4

declare i32 @__gxx_personality_v0(...)

declare void @__cxa_free_exception(ptr) local_unnamed_addr

; Function Attrs: nounwind
declare void @_ZNSt12domain_errorD1Ev(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #5

declare void @__cxa_throw(ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: mustprogress uwtable
define dso_local noundef i32 @_Z10try_thingsii(i32 noundef %0, i32 noundef %1) local_unnamed_addr #2 personality ptr @__gxx_personality_v0 {
  %3 = icmp slt i32 %0, 0
  %4 = icmp slt i32 %1, 10
  %5 = or i1 %3, %4
  br i1 %5, label %6, label %12

6:                                                ; preds = %2
  %7 = tail call ptr @__cxa_allocate_exception(i64 16) #23
  invoke void @_ZNSt16invalid_argumentC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %7, ptr noundef nonnull @.str.6)
          to label %8 unwind label %10

8:                                                ; preds = %6
  invoke void @__cxa_throw(ptr nonnull %7, ptr nonnull @_ZTISt16invalid_argument, ptr nonnull @_ZNSt16invalid_argumentD1Ev) #24
          to label %9 unwind label %20

9:                                                ; preds = %8
  unreachable

10:                                               ; preds = %6
  %11 = landingpad { ptr, i32 }
          catch ptr @_ZTISt12domain_error
          catch ptr @_ZTISt9exception
          catch ptr null
  tail call void @__cxa_free_exception(ptr %7) #23
  br label %22

12:                                               ; preds = %2
  %13 = add nsw i32 %1, -10
  %14 = uitofp nneg i32 %13 to double
  %15 = uitofp nneg i32 %0 to double
  %16 = udiv i32 %0, %1
  %17 = fmul double %15, %14
  %18 = fptosi double %17 to i32
  %19 = add nsw i32 %16, %18
  br label %46

20:                                               ; preds = %8
  %21 = landingpad { ptr, i32 }
          catch ptr @_ZTISt12domain_error
          catch ptr @_ZTISt9exception
          catch ptr null
  br label %22

22:                                               ; preds = %20, %10
  %23 = phi { ptr, i32 } [ %21, %20 ], [ %11, %10 ]
  %24 = extractvalue { ptr, i32 } %23, 0
  %25 = extractvalue { ptr, i32 } %23, 1
  %26 = tail call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt12domain_error) #23
  %27 = icmp eq i32 %25, %26
  br i1 %27, label %28, label %35

28:                                               ; preds = %22
  %29 = tail call ptr @__cxa_begin_catch(ptr %24) #23
  %30 = load ptr, ptr %29, align 8, !tbaa !11
  %31 = getelementptr inbounds i8, ptr %30, i64 16
  %32 = load ptr, ptr %31, align 8
  %33 = tail call noundef ptr %32(ptr noundef nonnull align 8 dereferenceable(16) %29) #23
  %34 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, ptr noundef %33)
  tail call void @__cxa_end_catch()
  br label %46

35:                                               ; preds = %22
  %36 = tail call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt9exception) #23
  %37 = icmp eq i32 %25, %36
  %38 = tail call ptr @__cxa_begin_catch(ptr %24) #23
  br i1 %37, label %39, label %45

39:                                               ; preds = %35
  %40 = load ptr, ptr %38, align 8, !tbaa !11
  %41 = getelementptr inbounds i8, ptr %40, i64 16
  %42 = load ptr, ptr %41, align 8
  %43 = tail call noundef ptr %42(ptr noundef nonnull align 8 dereferenceable(8) %38) #23
  %44 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, ptr noundef %43)
  tail call void @__cxa_end_catch()
  br label %46

45:                                               ; preds = %35
  tail call void @__cxa_end_catch()
  br label %46

46:                                               ; preds = %28, %39, %45, %12
  %47 = phi i32 [ %19, %12 ], [ -1, %28 ], [ -2, %39 ], [ -3, %45 ]
  ret i32 %47
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef double @_ZNK6shapes4Rect4areaEv(ptr noundef nonnull align 8 dereferenceable(32) %0) unnamed_addr #6 comdat align 2 {
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load double, ptr %2, align 8, !tbaa !13
  %4 = getelementptr inbounds i8, ptr %0, i64 24
  %5 = load double, ptr %4, align 8, !tbaa !16
  %6 = fmul double %3, %5
  ret double %6
}

; Function Attrs: nofree nosync nounwind memory(none)
declare i32 @llvm.eh.typeid.for.p0(ptr) #7

declare ptr @__cxa_begin_catch(ptr) local_unnamed_addr

declare void @__cxa_end_catch() local_unnamed_addr

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #8

; Function Attrs: noinline noreturn nounwind uwtable
define linkonce_odr hidden void @__clang_call_terminate(ptr noundef %0) local_unnamed_addr #9 comdat {
  %2 = tail call ptr @__cxa_begin_catch(ptr %0) #23
  tail call void @_ZSt9terminatev() #25
  unreachable
}

declare void @_ZSt9terminatev() local_unnamed_addr

; Function Attrs: mustprogress norecurse uwtable
define dso_local noundef i32 @main(i32 noundef %0, ptr nocapture noundef readonly %1) local_unnamed_addr #10 personality ptr @__gxx_personality_v0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca %"class.std::vector", align 8
  %6 = alloca %"class.std::unique_ptr", align 8
  %7 = alloca %"class.std::unique_ptr", align 8
  %8 = alloca %"class.std::unique_ptr", align 8
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca %"class.std::function", align 8
  %12 = alloca %"class.std::function", align 8
  %13 = alloca %"class.std::function", align 8
  %14 = alloca %struct.Widget, align 8
  %15 = alloca %"class.std::__cxx11::basic_string", align 8
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %5) #23
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %5, i8 0, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %6) #23
  %16 = invoke noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #26
          to label %17 unwind label %139

17:                                               ; preds = %2
  %18 = getelementptr inbounds i8, ptr %16, i64 8
  store ptr @.str.12, ptr %18, align 8, !tbaa !17, !noalias !18
  store ptr getelementptr inbounds inrange(-16, 32) (i8, ptr @_ZTVN6shapes6CircleE, i64 16), ptr %16, align 8, !tbaa !11, !noalias !18
  %19 = getelementptr inbounds i8, ptr %16, i64 16
  store double 1.500000e+00, ptr %19, align 8, !tbaa !21, !noalias !18
  store ptr %16, ptr %6, align 8, !tbaa !23
  %20 = getelementptr inbounds i8, ptr %5, i64 8
  %21 = getelementptr inbounds i8, ptr %5, i64 16
  invoke void @_ZNSt6vectorISt10unique_ptrIN6shapes5ShapeESt14default_deleteIS2_EESaIS5_EE17_M_realloc_insertIJS5_EEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %5, ptr null, ptr noundef nonnull align 8 dereferenceable(8) %6)
          to label %22 unwind label %141

22:                                               ; preds = %17
  %23 = load ptr, ptr %6, align 8, !tbaa !9
  %24 = icmp eq ptr %23, null
  br i1 %24, label %29, label %25

25:                                               ; preds = %22
  %26 = load ptr, ptr %23, align 8, !tbaa !11
  %27 = getelementptr inbounds i8, ptr %26, i64 8
  %28 = load ptr, ptr %27, align 8
  call void %28(ptr noundef nonnull align 8 dereferenceable(16) %23) #23
  br label %29

29:                                               ; preds = %25, %22
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %6) #23
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %7) #23
  %30 = invoke noalias noundef nonnull dereferenceable(32) ptr @_Znwm(i64 noundef 32) #26
          to label %31 unwind label %151

31:                                               ; preds = %29
  %32 = getelementptr inbounds i8, ptr %30, i64 8
  store ptr @.str.5, ptr %32, align 8, !tbaa !17, !noalias !25
  store ptr getelementptr inbounds inrange(-16, 32) (i8, ptr @_ZTVN6shapes4RectE, i64 16), ptr %30, align 8, !tbaa !11, !noalias !25
  %33 = getelementptr inbounds i8, ptr %30, i64 16
  store <2 x double> <double 2.000000e+00, double 3.000000e+00>, ptr %33, align 8, !tbaa !5, !noalias !25
  store ptr %30, ptr %7, align 8, !tbaa !23
  %34 = load ptr, ptr %20, align 8, !tbaa !9
  %35 = load ptr, ptr %21, align 8, !tbaa !28
  %36 = icmp eq ptr %34, %35
  br i1 %36, label %41, label %37

37:                                               ; preds = %31
  %38 = ptrtoint ptr %30 to i64
  store i64 %38, ptr %34, align 8, !tbaa !9
  %39 = load ptr, ptr %20, align 8, !tbaa !30
  %40 = getelementptr inbounds i8, ptr %39, i64 8
  store ptr %40, ptr %20, align 8, !tbaa !30
  br label %49

41:                                               ; preds = %31
  invoke void @_ZNSt6vectorISt10unique_ptrIN6shapes5ShapeESt14default_deleteIS2_EESaIS5_EE17_M_realloc_insertIJS5_EEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %5, ptr %34, ptr noundef nonnull align 8 dereferenceable(8) %7)
          to label %42 unwind label %153

42:                                               ; preds = %41
  %43 = load ptr, ptr %7, align 8, !tbaa !9
  %44 = icmp eq ptr %43, null
  br i1 %44, label %49, label %45

45:                                               ; preds = %42
  %46 = load ptr, ptr %43, align 8, !tbaa !11
  %47 = getelementptr inbounds i8, ptr %46, i64 8
  %48 = load ptr, ptr %47, align 8
  call void %48(ptr noundef nonnull align 8 dereferenceable(16) %43) #23
  br label %49

49:                                               ; preds = %45, %42, %37
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %7) #23
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %8) #23
  %50 = invoke noalias noundef nonnull dereferenceable(32) ptr @_Znwm(i64 noundef 32) #26
          to label %51 unwind label %163

51:                                               ; preds = %49
  %52 = sitofp i32 %0 to double
  %53 = getelementptr inbounds i8, ptr %50, i64 8
  store ptr @.str.5, ptr %53, align 8, !tbaa !17, !noalias !31
  store ptr getelementptr inbounds inrange(-16, 32) (i8, ptr @_ZTVN6shapes4RectE, i64 16), ptr %50, align 8, !tbaa !11, !noalias !31
  %54 = getelementptr inbounds i8, ptr %50, i64 16
  store double %52, ptr %54, align 8, !tbaa !13, !noalias !31
  %55 = getelementptr inbounds i8, ptr %50, i64 24
  store double %52, ptr %55, align 8, !tbaa !16, !noalias !31
  %56 = icmp slt i32 %0, 0
  br i1 %56, label %57, label %67

57:                                               ; preds = %51
  %58 = call ptr @__cxa_allocate_exception(i64 16) #23, !noalias !31
  invoke void @_ZNSt16invalid_argumentC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %58, ptr noundef nonnull @.str.6)
          to label %59 unwind label %61, !noalias !31

59:                                               ; preds = %57
  invoke void @__cxa_throw(ptr nonnull %58, ptr nonnull @_ZTISt16invalid_argument, ptr nonnull @_ZNSt16invalid_argumentD1Ev) #24
          to label %60 unwind label %63, !noalias !31

60:                                               ; preds = %59
  unreachable

61:                                               ; preds = %57
  %62 = landingpad { ptr, i32 }
          cleanup
  call void @__cxa_free_exception(ptr %58) #23, !noalias !31
  br label %65

63:                                               ; preds = %59
  %64 = landingpad { ptr, i32 }
          cleanup
  br label %65

65:                                               ; preds = %63, %61
  %66 = phi { ptr, i32 } [ %64, %63 ], [ %62, %61 ]
  call void @_ZdlPvm(ptr noundef nonnull %50, i64 noundef 32) #27, !noalias !31
  br label %173

67:                                               ; preds = %51
  store ptr getelementptr inbounds inrange(-16, 32) (i8, ptr @_ZTVN6shapes6SquareE, i64 16), ptr %50, align 8, !tbaa !11, !noalias !31
  store ptr %50, ptr %8, align 8, !tbaa !23
  %68 = load ptr, ptr %20, align 8, !tbaa !9
  %69 = load ptr, ptr %21, align 8, !tbaa !28
  %70 = icmp eq ptr %68, %69
  br i1 %70, label %75, label %71

71:                                               ; preds = %67
  %72 = ptrtoint ptr %50 to i64
  store i64 %72, ptr %68, align 8, !tbaa !9
  %73 = load ptr, ptr %20, align 8, !tbaa !30
  %74 = getelementptr inbounds i8, ptr %73, i64 8
  store ptr %74, ptr %20, align 8, !tbaa !30
  br label %83

75:                                               ; preds = %67
  invoke void @_ZNSt6vectorISt10unique_ptrIN6shapes5ShapeESt14default_deleteIS2_EESaIS5_EE17_M_realloc_insertIJS5_EEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %5, ptr %68, ptr noundef nonnull align 8 dereferenceable(8) %8)
          to label %76 unwind label %165

76:                                               ; preds = %75
  %77 = load ptr, ptr %8, align 8, !tbaa !9
  %78 = icmp eq ptr %77, null
  br i1 %78, label %83, label %79

79:                                               ; preds = %76
  %80 = load ptr, ptr %77, align 8, !tbaa !11
  %81 = getelementptr inbounds i8, ptr %80, i64 8
  %82 = load ptr, ptr %81, align 8
  call void %82(ptr noundef nonnull align 8 dereferenceable(16) %77) #23
  br label %83

83:                                               ; preds = %79, %76, %71
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %8) #23
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %9) #23
  %84 = load ptr, ptr %5, align 8, !tbaa !9
  %85 = load ptr, ptr %20, align 8, !tbaa !9
  %86 = icmp eq ptr %84, %85
  br i1 %86, label %106, label %87

87:                                               ; preds = %83, %101
  %88 = phi double [ %103, %101 ], [ 0.000000e+00, %83 ]
  %89 = phi ptr [ %104, %101 ], [ %84, %83 ]
  %90 = load ptr, ptr %89, align 8, !tbaa !9
  %91 = load ptr, ptr %90, align 8, !tbaa !11
  %92 = getelementptr inbounds i8, ptr %91, i64 16
  %93 = load ptr, ptr %92, align 8
  %94 = invoke noundef double %93(ptr noundef nonnull align 8 dereferenceable(16) %90)
          to label %95 unwind label %175

95:                                               ; preds = %87
  %96 = load ptr, ptr %89, align 8, !tbaa !9
  %97 = load ptr, ptr %96, align 8, !tbaa !11
  %98 = getelementptr inbounds i8, ptr %97, i64 24
  %99 = load ptr, ptr %98, align 8
  %100 = invoke noundef double %99(ptr noundef nonnull align 8 dereferenceable(16) %96)
          to label %101 unwind label %175

101:                                              ; preds = %95
  %102 = fadd double %94, %100
  %103 = fadd double %88, %102
  %104 = getelementptr inbounds i8, ptr %89, i64 8
  %105 = icmp eq ptr %104, %85
  br i1 %105, label %106, label %87

106:                                              ; preds = %101, %83
  %107 = phi double [ 0.000000e+00, %83 ], [ %103, %101 ]
  store double %107, ptr %9, align 8, !tbaa !5
  %108 = invoke noalias noundef nonnull dereferenceable(32) ptr @_Znwm(i64 noundef 32) #26
          to label %111 unwind label %109

109:                                              ; preds = %106
  %110 = landingpad { ptr, i32 }
          cleanup
  br label %522

111:                                              ; preds = %106
  %112 = getelementptr inbounds i8, ptr %108, i64 32
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %108, ptr noundef nonnull align 8 dereferenceable(32) @constinit, i64 32, i1 false)
  %113 = icmp eq i32 %0, 0
  br i1 %113, label %126, label %114

114:                                              ; preds = %111
  %115 = call i32 @llvm.smax.i32(i32 %0, i32 1)
  br label %177

116:                                              ; preds = %215
  %117 = icmp eq ptr %216, %219
  br i1 %117, label %120, label %118

118:                                              ; preds = %116
  %119 = load double, ptr %216, align 8, !tbaa !5
  br label %126

120:                                              ; preds = %116
  %121 = call ptr @__cxa_allocate_exception(i64 16) #23
  invoke void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %121, ptr noundef nonnull @.str.15)
          to label %122 unwind label %124

122:                                              ; preds = %120
  invoke void @__cxa_throw(ptr nonnull %121, ptr nonnull @_ZTISt13runtime_error, ptr nonnull @_ZNSt13runtime_errorD1Ev) #24
          to label %123 unwind label %453

123:                                              ; preds = %122
  unreachable

124:                                              ; preds = %120
  %125 = landingpad { ptr, i32 }
          cleanup
  call void @__cxa_free_exception(ptr %121) #23
  br label %513

126:                                              ; preds = %118, %111
  %127 = phi double [ %119, %118 ], [ 1.000000e+00, %111 ]
  %128 = phi ptr [ %218, %118 ], [ %112, %111 ]
  %129 = phi ptr [ %219, %118 ], [ %112, %111 ]
  %130 = phi ptr [ %216, %118 ], [ %108, %111 ]
  br label %131

131:                                              ; preds = %131, %126
  %132 = phi double [ %127, %126 ], [ %136, %131 ]
  %133 = phi ptr [ %130, %126 ], [ %137, %131 ]
  %134 = load double, ptr %133, align 8, !tbaa !5
  %135 = fcmp ogt double %134, %132
  %136 = select i1 %135, double %134, double %132
  %137 = getelementptr inbounds i8, ptr %133, i64 8
  %138 = icmp eq ptr %137, %129
  br i1 %138, label %226, label %131

139:                                              ; preds = %2
  %140 = landingpad { ptr, i32 }
          cleanup
  br label %149

141:                                              ; preds = %17
  %142 = landingpad { ptr, i32 }
          cleanup
  %143 = load ptr, ptr %6, align 8, !tbaa !9
  %144 = icmp eq ptr %143, null
  br i1 %144, label %149, label %145

145:                                              ; preds = %141
  %146 = load ptr, ptr %143, align 8, !tbaa !11
  %147 = getelementptr inbounds i8, ptr %146, i64 8
  %148 = load ptr, ptr %147, align 8
  call void %148(ptr noundef nonnull align 8 dereferenceable(16) %143) #23
  br label %149

149:                                              ; preds = %141, %145, %139
  %150 = phi { ptr, i32 } [ %140, %139 ], [ %142, %145 ], [ %142, %141 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %6) #23
  br label %524

151:                                              ; preds = %29
  %152 = landingpad { ptr, i32 }
          cleanup
  br label %161

153:                                              ; preds = %41
  %154 = landingpad { ptr, i32 }
          cleanup
  %155 = load ptr, ptr %7, align 8, !tbaa !9
  %156 = icmp eq ptr %155, null
  br i1 %156, label %161, label %157

157:                                              ; preds = %153
  %158 = load ptr, ptr %155, align 8, !tbaa !11
  %159 = getelementptr inbounds i8, ptr %158, i64 8
  %160 = load ptr, ptr %159, align 8
  call void %160(ptr noundef nonnull align 8 dereferenceable(16) %155) #23
  br label %161

161:                                              ; preds = %153, %157, %151
  %162 = phi { ptr, i32 } [ %152, %151 ], [ %154, %157 ], [ %154, %153 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %7) #23
  br label %524

163:                                              ; preds = %49
  %164 = landingpad { ptr, i32 }
          cleanup
  br label %173

165:                                              ; preds = %75
  %166 = landingpad { ptr, i32 }
          cleanup
  %167 = load ptr, ptr %8, align 8, !tbaa !9
  %168 = icmp eq ptr %167, null
  br i1 %168, label %173, label %169

169:                                              ; preds = %165
  %170 = load ptr, ptr %167, align 8, !tbaa !11
  %171 = getelementptr inbounds i8, ptr %170, i64 8
  %172 = load ptr, ptr %171, align 8
  call void %172(ptr noundef nonnull align 8 dereferenceable(16) %167) #23
  br label %173

173:                                              ; preds = %165, %169, %163, %65
  %174 = phi { ptr, i32 } [ %164, %163 ], [ %66, %65 ], [ %166, %169 ], [ %166, %165 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %8) #23
  br label %524

175:                                              ; preds = %95, %87
  %176 = landingpad { ptr, i32 }
          cleanup
  br label %522

177:                                              ; preds = %114, %215
  %178 = phi i32 [ %220, %215 ], [ 0, %114 ]
  %179 = phi ptr [ %218, %215 ], [ %112, %114 ]
  %180 = phi ptr [ %219, %215 ], [ %112, %114 ]
  %181 = phi ptr [ %216, %215 ], [ %108, %114 ]
  %182 = uitofp nneg i32 %178 to double
  %183 = fmul double %182, 5.000000e-01
  %184 = icmp eq ptr %180, %179
  br i1 %184, label %186, label %185

185:                                              ; preds = %177
  store double %183, ptr %180, align 8, !tbaa !5
  br label %215

186:                                              ; preds = %177
  %187 = ptrtoint ptr %179 to i64
  %188 = ptrtoint ptr %181 to i64
  %189 = sub i64 %187, %188
  %190 = icmp eq i64 %189, 9223372036854775800
  br i1 %190, label %191, label %193

191:                                              ; preds = %186
  invoke void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.13) #24
          to label %192 unwind label %224

192:                                              ; preds = %191
  unreachable

193:                                              ; preds = %186
  %194 = ashr exact i64 %189, 3
  %195 = call i64 @llvm.umax.i64(i64 %194, i64 1)
  %196 = add nsw i64 %195, %194
  %197 = icmp ult i64 %196, %194
  %198 = call i64 @llvm.umin.i64(i64 %196, i64 1152921504606846975)
  %199 = select i1 %197, i64 1152921504606846975, i64 %198
  %200 = icmp eq i64 %199, 0
  br i1 %200, label %204, label %201

201:                                              ; preds = %193
  %202 = shl nuw nsw i64 %199, 3
  %203 = invoke noalias noundef nonnull ptr @_Znwm(i64 noundef %202) #26
          to label %204 unwind label %222

204:                                              ; preds = %201, %193
  %205 = phi ptr [ null, %193 ], [ %203, %201 ]
  %206 = getelementptr inbounds double, ptr %205, i64 %194
  store double %183, ptr %206, align 8, !tbaa !5
  %207 = icmp sgt i64 %189, 0
  br i1 %207, label %208, label %209

208:                                              ; preds = %204
  call void @llvm.memmove.p0.p0.i64(ptr nonnull align 8 %205, ptr align 8 %181, i64 %189, i1 false)
  br label %209

209:                                              ; preds = %204, %208
  %210 = getelementptr inbounds i8, ptr %205, i64 %189
  %211 = icmp eq ptr %181, null
  br i1 %211, label %213, label %212

212:                                              ; preds = %209
  call void @_ZdlPvm(ptr noundef nonnull %181, i64 noundef %189) #27
  br label %213

213:                                              ; preds = %212, %209
  %214 = getelementptr inbounds double, ptr %205, i64 %199
  br label %215

215:                                              ; preds = %213, %185
  %216 = phi ptr [ %205, %213 ], [ %181, %185 ]
  %217 = phi ptr [ %210, %213 ], [ %180, %185 ]
  %218 = phi ptr [ %214, %213 ], [ %179, %185 ]
  %219 = getelementptr inbounds i8, ptr %217, i64 8
  %220 = add nuw nsw i32 %178, 1
  %221 = icmp eq i32 %220, %115
  br i1 %221, label %116, label %177, !llvm.loop !34

222:                                              ; preds = %201
  %223 = landingpad { ptr, i32 }
          cleanup
  br label %513

224:                                              ; preds = %191
  %225 = landingpad { ptr, i32 }
          cleanup
  br label %513

226:                                              ; preds = %131
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %10) #23
  store double 0.000000e+00, ptr %10, align 8, !tbaa !5
  br label %227

227:                                              ; preds = %227, %226
  %228 = phi double [ 0.000000e+00, %226 ], [ %231, %227 ]
  %229 = phi ptr [ %130, %226 ], [ %232, %227 ]
  %230 = load double, ptr %229, align 8, !tbaa !5
  %231 = call double @llvm.fmuladd.f64(double %230, double 5.000000e-01, double %228)
  store double %231, ptr %10, align 8, !tbaa !5
  %232 = getelementptr inbounds i8, ptr %229, i64 8
  %233 = icmp eq ptr %232, %129
  br i1 %233, label %234, label %227

234:                                              ; preds = %227
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %11) #23
  %235 = getelementptr inbounds i8, ptr %11, i64 16
  %236 = getelementptr inbounds i8, ptr %11, i64 24
  %237 = getelementptr inbounds i8, ptr %11, i64 8
  store i64 0, ptr %237, align 8
  store i64 4611686018427387904, ptr %11, align 8, !tbaa !5
  store ptr @"_ZNSt17_Function_handlerIFddEZ4mainE3$_0E9_M_invokeERKSt9_Any_dataOd", ptr %236, align 8, !tbaa !36
  store ptr @"_ZNSt17_Function_handlerIFddEZ4mainE3$_0E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %235, align 8, !tbaa !39
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %12) #23
  %238 = getelementptr inbounds i8, ptr %12, i64 16
  %239 = getelementptr inbounds i8, ptr %12, i64 8
  store i64 0, ptr %239, align 8
  %240 = invoke noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #26
          to label %241 unwind label %455

241:                                              ; preds = %234
  %242 = getelementptr inbounds i8, ptr %12, i64 24
  store ptr %11, ptr %240, align 16, !tbaa !9
  %243 = getelementptr inbounds i8, ptr %240, i64 8
  store ptr %10, ptr %243, align 8, !tbaa !9
  %244 = getelementptr inbounds i8, ptr %240, i64 16
  store ptr %9, ptr %244, align 16, !tbaa !9
  store ptr %240, ptr %12, align 8, !tbaa !9
  store ptr @"_ZNSt17_Function_handlerIFddEZ4mainE3$_1E9_M_invokeERKSt9_Any_dataOd", ptr %242, align 8, !tbaa !36
  store ptr @"_ZNSt17_Function_handlerIFddEZ4mainE3$_1E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %238, align 8, !tbaa !39
  br label %245

245:                                              ; preds = %245, %241
  %246 = phi i32 [ 0, %241 ], [ %261, %245 ]
  %247 = phi double [ 0.000000e+00, %241 ], [ %260, %245 ]
  %248 = uitofp nneg i32 %246 to double
  %249 = fadd double %248, 5.000000e-01
  %250 = call double @llvm.fmuladd.f64(double %249, double 1.000000e-02, double 0.000000e+00)
  %251 = fmul double %250, 2.000000e+00
  %252 = fmul double %250, %251
  %253 = fadd double %247, %252
  %254 = or disjoint i32 %246, 1
  %255 = uitofp nneg i32 %254 to double
  %256 = fadd double %255, 5.000000e-01
  %257 = call double @llvm.fmuladd.f64(double %256, double 1.000000e-02, double 0.000000e+00)
  %258 = fmul double %257, 2.000000e+00
  %259 = fmul double %257, %258
  %260 = fadd double %253, %259
  %261 = add nuw nsw i32 %246, 2
  %262 = icmp eq i32 %261, 100
  br i1 %262, label %263, label %245, !llvm.loop !40

263:                                              ; preds = %245
  %264 = fmul double %260, 1.000000e-02
  %265 = getelementptr inbounds i8, ptr %13, i64 16
  %266 = getelementptr inbounds i8, ptr %13, i64 24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %13, i8 0, i64 32, i1 false)
  %267 = invoke noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #26
          to label %272 unwind label %268

268:                                              ; preds = %263
  %269 = landingpad { ptr, i32 }
          cleanup
  br label %494

270:                                              ; preds = %347, %340, %333, %326, %319, %312, %305, %298, %283
  invoke void @_ZSt25__throw_bad_function_callv() #24
          to label %271 unwind label %459

271:                                              ; preds = %270
  unreachable

272:                                              ; preds = %263
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(24) %267, ptr noundef nonnull readonly align 8 dereferenceable(24) %240, i64 24, i1 false), !tbaa.struct !41
  store ptr %267, ptr %13, align 8, !tbaa !9
  store ptr @"_ZNSt17_Function_handlerIFddEZ4mainE3$_1E9_M_invokeERKSt9_Any_dataOd", ptr %266, align 8, !tbaa !36
  store ptr @"_ZNSt17_Function_handlerIFddEZ4mainE3$_1E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %265, align 8, !tbaa !39
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4)
  store double 5.000000e-02, ptr %4, align 8, !tbaa !5
  %273 = load ptr, ptr %267, align 8, !tbaa !42
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3)
  store double 5.000000e-02, ptr %3, align 8, !tbaa !5
  %274 = getelementptr inbounds i8, ptr %273, i64 16
  %275 = load ptr, ptr %274, align 8, !tbaa !39
  %276 = icmp eq ptr %275, null
  br i1 %276, label %277, label %279

277:                                              ; preds = %272
  invoke void @_ZSt25__throw_bad_function_callv() #24
          to label %278 unwind label %457

278:                                              ; preds = %277
  unreachable

279:                                              ; preds = %272
  %280 = getelementptr inbounds i8, ptr %273, i64 24
  %281 = load ptr, ptr %280, align 8, !tbaa !36
  %282 = invoke noundef double %281(ptr noundef nonnull align 8 dereferenceable(16) %273, ptr noundef nonnull align 8 dereferenceable(8) %3)
          to label %283 unwind label %457

283:                                              ; preds = %279
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3)
  %284 = getelementptr inbounds i8, ptr %267, i64 8
  %285 = load ptr, ptr %284, align 8, !tbaa !44
  %286 = load double, ptr %285, align 8, !tbaa !5
  %287 = fadd double %282, %286
  %288 = getelementptr inbounds i8, ptr %267, i64 16
  %289 = load ptr, ptr %288, align 8, !tbaa !45
  %290 = load double, ptr %289, align 8, !tbaa !5
  %291 = fadd double %287, %290
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4)
  %292 = fadd double %291, 0.000000e+00
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4)
  store double 0x3FC3333333333334, ptr %4, align 8, !tbaa !5
  %293 = load ptr, ptr %265, align 8, !tbaa !39
  %294 = icmp eq ptr %293, null
  br i1 %294, label %270, label %295

295:                                              ; preds = %283
  %296 = load ptr, ptr %266, align 8, !tbaa !36
  %297 = invoke noundef double %296(ptr noundef nonnull align 8 dereferenceable(16) %13, ptr noundef nonnull align 8 dereferenceable(8) %4)
          to label %298 unwind label %457

298:                                              ; preds = %295
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4)
  %299 = fadd double %292, %297
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4)
  store double 2.500000e-01, ptr %4, align 8, !tbaa !5
  %300 = load ptr, ptr %265, align 8, !tbaa !39
  %301 = icmp eq ptr %300, null
  br i1 %301, label %270, label %302

302:                                              ; preds = %298
  %303 = load ptr, ptr %266, align 8, !tbaa !36
  %304 = invoke noundef double %303(ptr noundef nonnull align 8 dereferenceable(16) %13, ptr noundef nonnull align 8 dereferenceable(8) %4)
          to label %305 unwind label %457

305:                                              ; preds = %302
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4)
  %306 = fadd double %299, %304
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4)
  store double 0x3FD6666666666667, ptr %4, align 8, !tbaa !5
  %307 = load ptr, ptr %265, align 8, !tbaa !39
  %308 = icmp eq ptr %307, null
  br i1 %308, label %270, label %309

309:                                              ; preds = %305
  %310 = load ptr, ptr %266, align 8, !tbaa !36
  %311 = invoke noundef double %310(ptr noundef nonnull align 8 dereferenceable(16) %13, ptr noundef nonnull align 8 dereferenceable(8) %4)
          to label %312 unwind label %457

312:                                              ; preds = %309
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4)
  %313 = fadd double %306, %311
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4)
  store double 4.500000e-01, ptr %4, align 8, !tbaa !5
  %314 = load ptr, ptr %265, align 8, !tbaa !39
  %315 = icmp eq ptr %314, null
  br i1 %315, label %270, label %316

316:                                              ; preds = %312
  %317 = load ptr, ptr %266, align 8, !tbaa !36
  %318 = invoke noundef double %317(ptr noundef nonnull align 8 dereferenceable(16) %13, ptr noundef nonnull align 8 dereferenceable(8) %4)
          to label %319 unwind label %457

319:                                              ; preds = %316
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4)
  %320 = fadd double %313, %318
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4)
  store double 5.500000e-01, ptr %4, align 8, !tbaa !5
  %321 = load ptr, ptr %265, align 8, !tbaa !39
  %322 = icmp eq ptr %321, null
  br i1 %322, label %270, label %323

323:                                              ; preds = %319
  %324 = load ptr, ptr %266, align 8, !tbaa !36
  %325 = invoke noundef double %324(ptr noundef nonnull align 8 dereferenceable(16) %13, ptr noundef nonnull align 8 dereferenceable(8) %4)
          to label %326 unwind label %457

326:                                              ; preds = %323
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4)
  %327 = fadd double %320, %325
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4)
  store double 6.500000e-01, ptr %4, align 8, !tbaa !5
  %328 = load ptr, ptr %265, align 8, !tbaa !39
  %329 = icmp eq ptr %328, null
  br i1 %329, label %270, label %330

330:                                              ; preds = %326
  %331 = load ptr, ptr %266, align 8, !tbaa !36
  %332 = invoke noundef double %331(ptr noundef nonnull align 8 dereferenceable(16) %13, ptr noundef nonnull align 8 dereferenceable(8) %4)
          to label %333 unwind label %457

333:                                              ; preds = %330
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4)
  %334 = fadd double %327, %332
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4)
  store double 7.500000e-01, ptr %4, align 8, !tbaa !5
  %335 = load ptr, ptr %265, align 8, !tbaa !39
  %336 = icmp eq ptr %335, null
  br i1 %336, label %270, label %337

337:                                              ; preds = %333
  %338 = load ptr, ptr %266, align 8, !tbaa !36
  %339 = invoke noundef double %338(ptr noundef nonnull align 8 dereferenceable(16) %13, ptr noundef nonnull align 8 dereferenceable(8) %4)
          to label %340 unwind label %457

340:                                              ; preds = %337
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4)
  %341 = fadd double %334, %339
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4)
  store double 0x3FEB333333333334, ptr %4, align 8, !tbaa !5
  %342 = load ptr, ptr %265, align 8, !tbaa !39
  %343 = icmp eq ptr %342, null
  br i1 %343, label %270, label %344

344:                                              ; preds = %340
  %345 = load ptr, ptr %266, align 8, !tbaa !36
  %346 = invoke noundef double %345(ptr noundef nonnull align 8 dereferenceable(16) %13, ptr noundef nonnull align 8 dereferenceable(8) %4)
          to label %347 unwind label %457

347:                                              ; preds = %344
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4)
  %348 = fadd double %341, %346
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4)
  store double 0x3FEE666666666667, ptr %4, align 8, !tbaa !5
  %349 = load ptr, ptr %265, align 8, !tbaa !39
  %350 = icmp eq ptr %349, null
  br i1 %350, label %270, label %351

351:                                              ; preds = %347
  %352 = load ptr, ptr %266, align 8, !tbaa !36
  %353 = invoke noundef double %352(ptr noundef nonnull align 8 dereferenceable(16) %13, ptr noundef nonnull align 8 dereferenceable(8) %4)
          to label %354 unwind label %457

354:                                              ; preds = %351
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4)
  %355 = fadd double %348, %353
  %356 = fmul double %355, 1.000000e-01
  %357 = load ptr, ptr %265, align 8, !tbaa !39
  %358 = icmp eq ptr %357, null
  br i1 %358, label %364, label %359

359:                                              ; preds = %354
  %360 = invoke noundef zeroext i1 %357(ptr noundef nonnull align 8 dereferenceable(16) %13, ptr noundef nonnull align 8 dereferenceable(16) %13, i32 noundef 3)
          to label %364 unwind label %361

361:                                              ; preds = %359
  %362 = landingpad { ptr, i32 }
          catch ptr null
  %363 = extractvalue { ptr, i32 } %362, 0
  call void @__clang_call_terminate(ptr %363) #25
  unreachable

364:                                              ; preds = %359, %354
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %14) #23
  %365 = getelementptr inbounds i8, ptr %14, i64 8
  %366 = getelementptr inbounds i8, ptr %14, i64 24
  store ptr %366, ptr %365, align 8, !tbaa !46
  %367 = getelementptr inbounds i8, ptr %14, i64 16
  store i64 0, ptr %367, align 8, !tbaa !48
  store i8 0, ptr %366, align 8, !tbaa !51
  %368 = load i32, ptr @_ZN7Counted4liveE, align 4, !tbaa !52
  %369 = add nsw i32 %368, 1
  store i32 %369, ptr @_ZN7Counted4liveE, align 4, !tbaa !52
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV6Widget, i64 16), ptr %14, align 8, !tbaa !11
  %370 = icmp sgt i32 %0, 1
  br i1 %370, label %371, label %374

371:                                              ; preds = %364
  %372 = getelementptr inbounds i8, ptr %1, i64 8
  %373 = load ptr, ptr %372, align 8, !tbaa !9
  br label %374

374:                                              ; preds = %364, %371
  %375 = phi ptr [ %373, %371 ], [ @.str.3, %364 ]
  %376 = call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %375) #23
  %377 = invoke noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32) %365, i64 noundef 0, i64 noundef 0, ptr noundef %375, i64 noundef %376)
          to label %378 unwind label %470

378:                                              ; preds = %374
  %379 = getelementptr inbounds i8, ptr %14, i64 40
  store i64 7, ptr %379, align 8, !tbaa !54
  %380 = getelementptr inbounds i8, ptr %14, i64 48
  store double 1.500000e+00, ptr %380, align 8, !tbaa !58
  %381 = getelementptr inbounds i8, ptr %14, i64 56
  store float 5.000000e-01, ptr %381, align 8, !tbaa !59
  %382 = getelementptr inbounds i8, ptr %14, i64 60
  store i32 3, ptr %382, align 4, !tbaa !60
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %15) #23
  %383 = load ptr, ptr %14, align 8, !tbaa !11
  %384 = load ptr, ptr %383, align 8
  invoke void %384(ptr dead_on_unwind nonnull writable sret(%"class.std::__cxx11::basic_string") align 8 %15, ptr noundef nonnull align 8 dereferenceable(40) %14)
          to label %385 unwind label %472

385:                                              ; preds = %378
  %386 = add nsw i32 %0, -1
  %387 = invoke noundef i32 @_Z10try_thingsii(i32 noundef %0, i32 noundef %386)
          to label %388 unwind label %474

388:                                              ; preds = %385
  %389 = load double, ptr %9, align 8, !tbaa !5
  %390 = load ptr, ptr %15, align 8, !tbaa !61
  %391 = load i32, ptr @_ZN7Counted4liveE, align 4, !tbaa !52
  %392 = fadd double %264, %356
  %393 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %389, double noundef %136, double noundef %392, double noundef 9.200000e+01, i32 noundef 1, double noundef 2.000000e+00, ptr noundef %390, i32 noundef %387, i32 noundef %391, double noundef 2.200000e+01)
  %394 = load ptr, ptr %15, align 8, !tbaa !61
  %395 = getelementptr inbounds i8, ptr %15, i64 16
  %396 = icmp eq ptr %394, %395
  br i1 %396, label %400, label %397

397:                                              ; preds = %388
  %398 = load i64, ptr %395, align 8, !tbaa !51
  %399 = add i64 %398, 1
  call void @_ZdlPvm(ptr noundef %394, i64 noundef %399) #27
  br label %400

400:                                              ; preds = %388, %397
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %15) #23
  %401 = load i32, ptr @_ZN7Counted4liveE, align 4, !tbaa !52
  %402 = add nsw i32 %401, -1
  store i32 %402, ptr @_ZN7Counted4liveE, align 4, !tbaa !52
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV5Named, i64 16), ptr %14, align 8, !tbaa !11
  %403 = load ptr, ptr %365, align 8, !tbaa !61
  %404 = icmp eq ptr %403, %366
  br i1 %404, label %408, label %405

405:                                              ; preds = %400
  %406 = load i64, ptr %366, align 8, !tbaa !51
  %407 = add i64 %406, 1
  call void @_ZdlPvm(ptr noundef %403, i64 noundef %407) #27
  br label %408

408:                                              ; preds = %400, %405
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %14) #23
  %409 = load ptr, ptr %238, align 8, !tbaa !39
  %410 = icmp eq ptr %409, null
  br i1 %410, label %416, label %411

411:                                              ; preds = %408
  %412 = invoke noundef zeroext i1 %409(ptr noundef nonnull align 8 dereferenceable(16) %12, ptr noundef nonnull align 8 dereferenceable(16) %12, i32 noundef 3)
          to label %416 unwind label %413

413:                                              ; preds = %411
  %414 = landingpad { ptr, i32 }
          catch ptr null
  %415 = extractvalue { ptr, i32 } %414, 0
  call void @__clang_call_terminate(ptr %415) #25
  unreachable

416:                                              ; preds = %408, %411
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %12) #23
  %417 = load ptr, ptr %235, align 8, !tbaa !39
  %418 = icmp eq ptr %417, null
  br i1 %418, label %424, label %419

419:                                              ; preds = %416
  %420 = invoke noundef zeroext i1 %417(ptr noundef nonnull align 8 dereferenceable(16) %11, ptr noundef nonnull align 8 dereferenceable(16) %11, i32 noundef 3)
          to label %424 unwind label %421

421:                                              ; preds = %419
  %422 = landingpad { ptr, i32 }
          catch ptr null
  %423 = extractvalue { ptr, i32 } %422, 0
  call void @__clang_call_terminate(ptr %423) #25
  unreachable

424:                                              ; preds = %416, %419
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %11) #23
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %10) #23
  %425 = ptrtoint ptr %128 to i64
  %426 = ptrtoint ptr %130 to i64
  %427 = sub i64 %425, %426
  call void @_ZdlPvm(ptr noundef nonnull %130, i64 noundef %427) #27
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %9) #23
  %428 = load ptr, ptr %5, align 8, !tbaa !62
  %429 = load ptr, ptr %20, align 8, !tbaa !30
  %430 = icmp eq ptr %428, %429
  br i1 %430, label %444, label %431

431:                                              ; preds = %424, %439
  %432 = phi ptr [ %440, %439 ], [ %428, %424 ]
  %433 = load ptr, ptr %432, align 8, !tbaa !9
  %434 = icmp eq ptr %433, null
  br i1 %434, label %439, label %435

435:                                              ; preds = %431
  %436 = load ptr, ptr %433, align 8, !tbaa !11
  %437 = getelementptr inbounds i8, ptr %436, i64 8
  %438 = load ptr, ptr %437, align 8
  call void %438(ptr noundef nonnull align 8 dereferenceable(16) %433) #23
  br label %439

439:                                              ; preds = %435, %431
  store ptr null, ptr %432, align 8, !tbaa !9
  %440 = getelementptr inbounds i8, ptr %432, i64 8
  %441 = icmp eq ptr %440, %429
  br i1 %441, label %442, label %431, !llvm.loop !63

442:                                              ; preds = %439
  %443 = load ptr, ptr %5, align 8, !tbaa !62
  br label %444

444:                                              ; preds = %442, %424
  %445 = phi ptr [ %443, %442 ], [ %428, %424 ]
  %446 = icmp eq ptr %445, null
  br i1 %446, label %452, label %447

447:                                              ; preds = %444
  %448 = load ptr, ptr %21, align 8, !tbaa !28
  %449 = ptrtoint ptr %448 to i64
  %450 = ptrtoint ptr %445 to i64
  %451 = sub i64 %449, %450
  call void @_ZdlPvm(ptr noundef nonnull %445, i64 noundef %451) #27
  br label %452

452:                                              ; preds = %444, %447
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %5) #23
  ret i32 0

453:                                              ; preds = %122
  %454 = landingpad { ptr, i32 }
          cleanup
  br label %513

455:                                              ; preds = %234
  %456 = landingpad { ptr, i32 }
          cleanup
  br label %503

457:                                              ; preds = %279, %277, %351, %344, %337, %330, %323, %316, %309, %302, %295
  %458 = landingpad { ptr, i32 }
          cleanup
  br label %461

459:                                              ; preds = %270
  %460 = landingpad { ptr, i32 }
          cleanup
  br label %461

461:                                              ; preds = %459, %457
  %462 = phi { ptr, i32 } [ %458, %457 ], [ %460, %459 ]
  %463 = load ptr, ptr %265, align 8, !tbaa !39
  %464 = icmp eq ptr %463, null
  br i1 %464, label %494, label %465

465:                                              ; preds = %461
  %466 = invoke noundef zeroext i1 %463(ptr noundef nonnull align 8 dereferenceable(16) %13, ptr noundef nonnull align 8 dereferenceable(16) %13, i32 noundef 3)
          to label %494 unwind label %467

467:                                              ; preds = %465
  %468 = landingpad { ptr, i32 }
          catch ptr null
  %469 = extractvalue { ptr, i32 } %468, 0
  call void @__clang_call_terminate(ptr %469) #25
  unreachable

470:                                              ; preds = %374
  %471 = landingpad { ptr, i32 }
          cleanup
  br label %484

472:                                              ; preds = %378
  %473 = landingpad { ptr, i32 }
          cleanup
  br label %482

474:                                              ; preds = %385
  %475 = landingpad { ptr, i32 }
          cleanup
  %476 = load ptr, ptr %15, align 8, !tbaa !61
  %477 = getelementptr inbounds i8, ptr %15, i64 16
  %478 = icmp eq ptr %476, %477
  br i1 %478, label %482, label %479

479:                                              ; preds = %474
  %480 = load i64, ptr %477, align 8, !tbaa !51
  %481 = add i64 %480, 1
  call void @_ZdlPvm(ptr noundef %476, i64 noundef %481) #27
  br label %482

482:                                              ; preds = %479, %474, %472
  %483 = phi { ptr, i32 } [ %473, %472 ], [ %475, %474 ], [ %475, %479 ]
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %15) #23
  br label %484

484:                                              ; preds = %482, %470
  %485 = phi { ptr, i32 } [ %483, %482 ], [ %471, %470 ]
  %486 = load i32, ptr @_ZN7Counted4liveE, align 4, !tbaa !52
  %487 = add nsw i32 %486, -1
  store i32 %487, ptr @_ZN7Counted4liveE, align 4, !tbaa !52
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV5Named, i64 16), ptr %14, align 8, !tbaa !11
  %488 = load ptr, ptr %365, align 8, !tbaa !61
  %489 = icmp eq ptr %488, %366
  br i1 %489, label %493, label %490

490:                                              ; preds = %484
  %491 = load i64, ptr %366, align 8, !tbaa !51
  %492 = add i64 %491, 1
  call void @_ZdlPvm(ptr noundef %488, i64 noundef %492) #27
  br label %493

493:                                              ; preds = %490, %484
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %14) #23
  br label %494

494:                                              ; preds = %268, %465, %461, %493
  %495 = phi { ptr, i32 } [ %485, %493 ], [ %269, %268 ], [ %462, %461 ], [ %462, %465 ]
  %496 = load ptr, ptr %238, align 8, !tbaa !39
  %497 = icmp eq ptr %496, null
  br i1 %497, label %503, label %498

498:                                              ; preds = %494
  %499 = invoke noundef zeroext i1 %496(ptr noundef nonnull align 8 dereferenceable(16) %12, ptr noundef nonnull align 8 dereferenceable(16) %12, i32 noundef 3)
          to label %503 unwind label %500

500:                                              ; preds = %498
  %501 = landingpad { ptr, i32 }
          catch ptr null
  %502 = extractvalue { ptr, i32 } %501, 0
  call void @__clang_call_terminate(ptr %502) #25
  unreachable

503:                                              ; preds = %498, %494, %455
  %504 = phi { ptr, i32 } [ %456, %455 ], [ %495, %494 ], [ %495, %498 ]
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %12) #23
  %505 = load ptr, ptr %235, align 8, !tbaa !39
  %506 = icmp eq ptr %505, null
  br i1 %506, label %512, label %507

507:                                              ; preds = %503
  %508 = invoke noundef zeroext i1 %505(ptr noundef nonnull align 8 dereferenceable(16) %11, ptr noundef nonnull align 8 dereferenceable(16) %11, i32 noundef 3)
          to label %512 unwind label %509

509:                                              ; preds = %507
  %510 = landingpad { ptr, i32 }
          catch ptr null
  %511 = extractvalue { ptr, i32 } %510, 0
  call void @__clang_call_terminate(ptr %511) #25
  unreachable

512:                                              ; preds = %503, %507
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %11) #23
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %10) #23
  br label %513

513:                                              ; preds = %222, %224, %453, %124, %512
  %514 = phi ptr [ %130, %512 ], [ %216, %453 ], [ %216, %124 ], [ %181, %222 ], [ %181, %224 ]
  %515 = phi ptr [ %128, %512 ], [ %218, %453 ], [ %218, %124 ], [ %179, %222 ], [ %179, %224 ]
  %516 = phi { ptr, i32 } [ %504, %512 ], [ %454, %453 ], [ %125, %124 ], [ %223, %222 ], [ %225, %224 ]
  %517 = icmp eq ptr %514, null
  br i1 %517, label %522, label %518

518:                                              ; preds = %513
  %519 = ptrtoint ptr %515 to i64
  %520 = ptrtoint ptr %514 to i64
  %521 = sub i64 %519, %520
  call void @_ZdlPvm(ptr noundef nonnull %514, i64 noundef %521) #27
  br label %522

522:                                              ; preds = %109, %513, %518, %175
  %523 = phi { ptr, i32 } [ %176, %175 ], [ %110, %109 ], [ %516, %513 ], [ %516, %518 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %9) #23
  br label %524

524:                                              ; preds = %522, %173, %161, %149
  %525 = phi { ptr, i32 } [ %523, %522 ], [ %174, %173 ], [ %162, %161 ], [ %150, %149 ]
  call void @_ZNSt6vectorISt10unique_ptrIN6shapes5ShapeESt14default_deleteIS2_EESaIS5_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %5) #23
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %5) #23
  resume { ptr, i32 } %525
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #11

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6WidgetD2Ev(ptr noundef nonnull align 8 dereferenceable(64) %0) unnamed_addr #12 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = load i32, ptr @_ZN7Counted4liveE, align 4, !tbaa !52
  %3 = add nsw i32 %2, -1
  store i32 %3, ptr @_ZN7Counted4liveE, align 4, !tbaa !52
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV5Named, i64 16), ptr %0, align 8, !tbaa !11
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = load ptr, ptr %4, align 8, !tbaa !61
  %6 = getelementptr inbounds i8, ptr %0, i64 24
  %7 = icmp eq ptr %5, %6
  br i1 %7, label %11, label %8

8:                                                ; preds = %1
  %9 = load i64, ptr %6, align 8, !tbaa !51
  %10 = add i64 %9, 1
  tail call void @_ZdlPvm(ptr noundef %5, i64 noundef %10) #27
  br label %11

11:                                               ; preds = %1, %8
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorISt10unique_ptrIN6shapes5ShapeESt14default_deleteIS2_EESaIS5_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #6 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !62
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !30
  %5 = icmp eq ptr %2, %4
  br i1 %5, label %19, label %6

6:                                                ; preds = %1, %14
  %7 = phi ptr [ %15, %14 ], [ %2, %1 ]
  %8 = load ptr, ptr %7, align 8, !tbaa !9
  %9 = icmp eq ptr %8, null
  br i1 %9, label %14, label %10

10:                                               ; preds = %6
  %11 = load ptr, ptr %8, align 8, !tbaa !11
  %12 = getelementptr inbounds i8, ptr %11, i64 8
  %13 = load ptr, ptr %12, align 8
  tail call void %13(ptr noundef nonnull align 8 dereferenceable(16) %8) #23
  br label %14

14:                                               ; preds = %10, %6
  store ptr null, ptr %7, align 8, !tbaa !9
  %15 = getelementptr inbounds i8, ptr %7, i64 8
  %16 = icmp eq ptr %15, %4
  br i1 %16, label %17, label %6, !llvm.loop !63

17:                                               ; preds = %14
  %18 = load ptr, ptr %0, align 8, !tbaa !62
  br label %19

19:                                               ; preds = %17, %1
  %20 = phi ptr [ %18, %17 ], [ %2, %1 ]
  %21 = icmp eq ptr %20, null
  br i1 %21, label %28, label %22

22:                                               ; preds = %19
  %23 = getelementptr inbounds i8, ptr %0, i64 16
  %24 = load ptr, ptr %23, align 8, !tbaa !28
  %25 = ptrtoint ptr %24 to i64
  %26 = ptrtoint ptr %20 to i64
  %27 = sub i64 %25, %26
  tail call void @_ZdlPvm(ptr noundef nonnull %20, i64 noundef %27) #27
  br label %28

28:                                               ; preds = %19, %22
  ret void
}

declare void @_ZNSt16invalid_argumentC1EPKc(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) unnamed_addr #4

; Function Attrs: nounwind
declare void @_ZNSt16invalid_argumentD1Ev(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #5

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6shapes4RectD0Ev(ptr noundef nonnull align 8 dereferenceable(32) %0) unnamed_addr #12 comdat align 2 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 32) #27
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef double @_ZNK6shapes5Shape9perimeterEv(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #6 comdat align 2 {
  ret double 0.000000e+00
}

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #13

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #14

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNK6Widget8describeB5cxx11Ev(ptr dead_on_unwind noalias writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef nonnull align 8 dereferenceable(64) %1) unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 {
  %3 = alloca %"class.std::__cxx11::basic_string", align 8
  %4 = alloca %"class.std::__cxx11::basic_string", align 8
  %5 = alloca %"class.std::__cxx11::basic_string", align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %3) #23
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %4) #23
  %6 = getelementptr inbounds i8, ptr %1, i64 8
  call void @_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_RKS8_(ptr dead_on_unwind nonnull writable sret(%"class.std::__cxx11::basic_string") align 8 %4, ptr noundef nonnull @.str.7, ptr noundef nonnull align 8 dereferenceable(32) %6)
  call void @llvm.experimental.noalias.scope.decl(metadata !64)
  %7 = getelementptr inbounds i8, ptr %4, i64 8
  %8 = load i64, ptr %7, align 8, !tbaa !48, !noalias !64
  %9 = icmp eq i64 %8, 4611686018427387903
  br i1 %9, label %10, label %12

10:                                               ; preds = %2
  invoke void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.8) #24
          to label %11 unwind label %122

11:                                               ; preds = %10
  unreachable

12:                                               ; preds = %2
  %13 = invoke noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_appendEPKcm(ptr noundef nonnull align 8 dereferenceable(32) %4, ptr noundef nonnull @.str.9, i64 noundef 1)
          to label %14 unwind label %122

14:                                               ; preds = %12
  %15 = getelementptr inbounds i8, ptr %3, i64 16
  store ptr %15, ptr %3, align 8, !tbaa !46, !alias.scope !64
  %16 = load ptr, ptr %13, align 8, !tbaa !61
  %17 = getelementptr inbounds i8, ptr %13, i64 16
  %18 = icmp eq ptr %16, %17
  br i1 %18, label %19, label %25

19:                                               ; preds = %14
  %20 = getelementptr inbounds i8, ptr %13, i64 8
  %21 = load i64, ptr %20, align 8, !tbaa !48
  %22 = add i64 %21, 1
  %23 = icmp eq i64 %22, 0
  br i1 %23, label %29, label %24

24:                                               ; preds = %19
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %15, ptr nonnull align 8 %17, i64 %22, i1 false)
  br label %29

25:                                               ; preds = %14
  store ptr %16, ptr %3, align 8, !tbaa !61, !alias.scope !64
  %26 = load i64, ptr %17, align 8, !tbaa !51
  store i64 %26, ptr %15, align 8, !tbaa !51, !alias.scope !64
  %27 = getelementptr inbounds i8, ptr %13, i64 8
  %28 = load i64, ptr %27, align 8, !tbaa !48
  br label %29

29:                                               ; preds = %25, %24, %19
  %30 = phi i64 [ -1, %19 ], [ %21, %24 ], [ %28, %25 ]
  %31 = getelementptr inbounds i8, ptr %13, i64 8
  %32 = getelementptr inbounds i8, ptr %3, i64 8
  store i64 %30, ptr %32, align 8, !tbaa !48, !alias.scope !64
  store ptr %17, ptr %13, align 8, !tbaa !61
  store i64 0, ptr %31, align 8, !tbaa !48
  store i8 0, ptr %17, align 8, !tbaa !51
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %5) #23
  %33 = getelementptr inbounds i8, ptr %1, i64 40
  %34 = load i64, ptr %33, align 8, !tbaa !54
  call void @llvm.experimental.noalias.scope.decl(metadata !67)
  %35 = call i64 @llvm.abs.i64(i64 %34, i1 false)
  %36 = icmp ult i64 %35, 10
  br i1 %36, label %55, label %37

37:                                               ; preds = %29, %51
  %38 = phi i64 [ %52, %51 ], [ %35, %29 ]
  %39 = phi i32 [ %53, %51 ], [ 1, %29 ]
  %40 = icmp ult i64 %38, 100
  br i1 %40, label %41, label %43

41:                                               ; preds = %37
  %42 = add i32 %39, 1
  br label %55

43:                                               ; preds = %37
  %44 = icmp ult i64 %38, 1000
  br i1 %44, label %45, label %47

45:                                               ; preds = %43
  %46 = add i32 %39, 2
  br label %55

47:                                               ; preds = %43
  %48 = icmp ult i64 %38, 10000
  br i1 %48, label %49, label %51

49:                                               ; preds = %47
  %50 = add i32 %39, 3
  br label %55

51:                                               ; preds = %47
  %52 = udiv i64 %38, 10000
  %53 = add i32 %39, 4
  %54 = icmp ult i64 %38, 100000
  br i1 %54, label %55, label %37, !llvm.loop !70

55:                                               ; preds = %51, %49, %45, %41, %29
  %56 = phi i32 [ %42, %41 ], [ %46, %45 ], [ %50, %49 ], [ 1, %29 ], [ %53, %51 ]
  %57 = lshr i64 %34, 63
  %58 = trunc nuw nsw i64 %57 to i32
  %59 = add i32 %56, %58
  %60 = zext i32 %59 to i64
  %61 = getelementptr inbounds i8, ptr %5, i64 16
  store ptr %61, ptr %5, align 8, !tbaa !46, !alias.scope !67
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32) %5, i64 noundef %60, i8 noundef signext 45)
          to label %62 unwind label %124

62:                                               ; preds = %55
  %63 = load ptr, ptr %5, align 8, !tbaa !61, !alias.scope !67
  %64 = getelementptr inbounds i8, ptr %63, i64 %57
  %65 = icmp ugt i64 %35, 99
  br i1 %65, label %66, label %86

66:                                               ; preds = %62
  %67 = add i32 %56, -1
  br label %68

68:                                               ; preds = %68, %66
  %69 = phi i64 [ %73, %68 ], [ %35, %66 ]
  %70 = phi i32 [ %84, %68 ], [ %67, %66 ]
  %71 = urem i64 %69, 100
  %72 = shl nuw nsw i64 %71, 1
  %73 = udiv i64 %69, 100
  %74 = or disjoint i64 %72, 1
  %75 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implImEEvPcjT_E8__digits, i64 0, i64 %74
  %76 = load i8, ptr %75, align 1, !tbaa !51, !noalias !67
  %77 = zext i32 %70 to i64
  %78 = getelementptr inbounds i8, ptr %64, i64 %77
  store i8 %76, ptr %78, align 1, !tbaa !51
  %79 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implImEEvPcjT_E8__digits, i64 0, i64 %72
  %80 = load i8, ptr %79, align 2, !tbaa !51, !noalias !67
  %81 = add i32 %70, -1
  %82 = zext i32 %81 to i64
  %83 = getelementptr inbounds i8, ptr %64, i64 %82
  store i8 %80, ptr %83, align 1, !tbaa !51
  %84 = add i32 %70, -2
  %85 = icmp ugt i64 %69, 9999
  br i1 %85, label %68, label %86, !llvm.loop !71

86:                                               ; preds = %68, %62
  %87 = phi i64 [ %35, %62 ], [ %73, %68 ]
  %88 = icmp ugt i64 %87, 9
  br i1 %88, label %89, label %97

89:                                               ; preds = %86
  %90 = shl nuw nsw i64 %87, 1
  %91 = or disjoint i64 %90, 1
  %92 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implImEEvPcjT_E8__digits, i64 0, i64 %91
  %93 = load i8, ptr %92, align 1, !tbaa !51, !noalias !67
  %94 = getelementptr inbounds i8, ptr %64, i64 1
  store i8 %93, ptr %94, align 1, !tbaa !51
  %95 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implImEEvPcjT_E8__digits, i64 0, i64 %90
  %96 = load i8, ptr %95, align 2, !tbaa !51, !noalias !67
  br label %100

97:                                               ; preds = %86
  %98 = trunc nuw i64 %87 to i8
  %99 = or disjoint i8 %98, 48
  br label %100

100:                                              ; preds = %97, %89
  %101 = phi i8 [ %99, %97 ], [ %96, %89 ]
  store i8 %101, ptr %64, align 1, !tbaa !51
  invoke void @_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEOS8_S9_(ptr dead_on_unwind writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef nonnull align 8 dereferenceable(32) %3, ptr noundef nonnull align 8 dereferenceable(32) %5)
          to label %102 unwind label %126

102:                                              ; preds = %100
  %103 = load ptr, ptr %5, align 8, !tbaa !61
  %104 = icmp eq ptr %103, %61
  br i1 %104, label %108, label %105

105:                                              ; preds = %102
  %106 = load i64, ptr %61, align 8, !tbaa !51
  %107 = add i64 %106, 1
  call void @_ZdlPvm(ptr noundef %103, i64 noundef %107) #27
  br label %108

108:                                              ; preds = %102, %105
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5) #23
  %109 = load ptr, ptr %3, align 8, !tbaa !61
  %110 = icmp eq ptr %109, %15
  br i1 %110, label %114, label %111

111:                                              ; preds = %108
  %112 = load i64, ptr %15, align 8, !tbaa !51
  %113 = add i64 %112, 1
  call void @_ZdlPvm(ptr noundef %109, i64 noundef %113) #27
  br label %114

114:                                              ; preds = %108, %111
  %115 = load ptr, ptr %4, align 8, !tbaa !61
  %116 = getelementptr inbounds i8, ptr %4, i64 16
  %117 = icmp eq ptr %115, %116
  br i1 %117, label %121, label %118

118:                                              ; preds = %114
  %119 = load i64, ptr %116, align 8, !tbaa !51
  %120 = add i64 %119, 1
  call void @_ZdlPvm(ptr noundef %115, i64 noundef %120) #27
  br label %121

121:                                              ; preds = %114, %118
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #23
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #23
  ret void

122:                                              ; preds = %12, %10
  %123 = landingpad { ptr, i32 }
          cleanup
  br label %140

124:                                              ; preds = %55
  %125 = landingpad { ptr, i32 }
          cleanup
  br label %133

126:                                              ; preds = %100
  %127 = landingpad { ptr, i32 }
          cleanup
  %128 = load ptr, ptr %5, align 8, !tbaa !61
  %129 = icmp eq ptr %128, %61
  br i1 %129, label %133, label %130

130:                                              ; preds = %126
  %131 = load i64, ptr %61, align 8, !tbaa !51
  %132 = add i64 %131, 1
  call void @_ZdlPvm(ptr noundef %128, i64 noundef %132) #27
  br label %133

133:                                              ; preds = %130, %126, %124
  %134 = phi { ptr, i32 } [ %125, %124 ], [ %127, %126 ], [ %127, %130 ]
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5) #23
  %135 = load ptr, ptr %3, align 8, !tbaa !61
  %136 = icmp eq ptr %135, %15
  br i1 %136, label %140, label %137

137:                                              ; preds = %133
  %138 = load i64, ptr %15, align 8, !tbaa !51
  %139 = add i64 %138, 1
  call void @_ZdlPvm(ptr noundef %135, i64 noundef %139) #27
  br label %140

140:                                              ; preds = %137, %133, %122
  %141 = phi { ptr, i32 } [ %123, %122 ], [ %134, %133 ], [ %134, %137 ]
  %142 = load ptr, ptr %4, align 8, !tbaa !61
  %143 = getelementptr inbounds i8, ptr %4, i64 16
  %144 = icmp eq ptr %142, %143
  br i1 %144, label %148, label %145

145:                                              ; preds = %140
  %146 = load i64, ptr %143, align 8, !tbaa !51
  %147 = add i64 %146, 1
  call void @_ZdlPvm(ptr noundef %142, i64 noundef %147) #27
  br label %148

148:                                              ; preds = %140, %145
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #23
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #23
  resume { ptr, i32 } %141
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6WidgetD0Ev(ptr noundef nonnull align 8 dereferenceable(64) %0) unnamed_addr #12 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = load i32, ptr @_ZN7Counted4liveE, align 4, !tbaa !52
  %3 = add nsw i32 %2, -1
  store i32 %3, ptr @_ZN7Counted4liveE, align 4, !tbaa !52
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV5Named, i64 16), ptr %0, align 8, !tbaa !11
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = load ptr, ptr %4, align 8, !tbaa !61
  %6 = getelementptr inbounds i8, ptr %0, i64 24
  %7 = icmp eq ptr %5, %6
  br i1 %7, label %11, label %8

8:                                                ; preds = %1
  %9 = load i64, ptr %6, align 8, !tbaa !51
  %10 = add i64 %9, 1
  tail call void @_ZdlPvm(ptr noundef %5, i64 noundef %10) #27
  br label %11

11:                                               ; preds = %1, %8
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 64) #27
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNK5Named8describeB5cxx11Ev(ptr dead_on_unwind noalias writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef nonnull align 8 dereferenceable(40) %1) unnamed_addr #2 comdat align 2 {
  %3 = getelementptr inbounds i8, ptr %1, i64 8
  tail call void @_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_RKS8_(ptr dead_on_unwind writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef nonnull @.str.7, ptr noundef nonnull align 8 dereferenceable(32) %3)
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN5NamedD2Ev(ptr noundef nonnull align 8 dereferenceable(40) %0) unnamed_addr #6 comdat align 2 personality ptr @__gxx_personality_v0 {
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV5Named, i64 16), ptr %0, align 8, !tbaa !11
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load ptr, ptr %2, align 8, !tbaa !61
  %4 = getelementptr inbounds i8, ptr %0, i64 24
  %5 = icmp eq ptr %3, %4
  br i1 %5, label %9, label %6

6:                                                ; preds = %1
  %7 = load i64, ptr %4, align 8, !tbaa !51
  %8 = add i64 %7, 1
  tail call void @_ZdlPvm(ptr noundef %3, i64 noundef %8) #27
  br label %9

9:                                                ; preds = %1, %6
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN5NamedD0Ev(ptr noundef nonnull align 8 dereferenceable(40) %0) unnamed_addr #6 comdat align 2 personality ptr @__gxx_personality_v0 {
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV5Named, i64 16), ptr %0, align 8, !tbaa !11
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load ptr, ptr %2, align 8, !tbaa !61
  %4 = getelementptr inbounds i8, ptr %0, i64 24
  %5 = icmp eq ptr %3, %4
  br i1 %5, label %9, label %6

6:                                                ; preds = %1
  %7 = load i64, ptr %4, align 8, !tbaa !51
  %8 = add i64 %7, 1
  tail call void @_ZdlPvm(ptr noundef %3, i64 noundef %8) #27
  br label %9

9:                                                ; preds = %1, %6
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 40) #27
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_RKS8_(ptr dead_on_unwind noalias writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef %1, ptr noundef nonnull align 8 dereferenceable(32) %2) local_unnamed_addr #2 comdat personality ptr @__gxx_personality_v0 {
  %4 = tail call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #23
  %5 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %5, ptr %0, align 8, !tbaa !46
  %6 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 0, ptr %6, align 8, !tbaa !48
  store i8 0, ptr %5, align 8, !tbaa !51
  %7 = getelementptr inbounds i8, ptr %2, i64 8
  %8 = load i64, ptr %7, align 8, !tbaa !48
  %9 = add i64 %8, %4
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE7reserveEm(ptr noundef nonnull align 8 dereferenceable(32) %0, i64 noundef %9)
          to label %10 unwind label %26

10:                                               ; preds = %3
  %11 = load i64, ptr %6, align 8, !tbaa !48
  %12 = sub i64 4611686018427387903, %11
  %13 = icmp ult i64 %12, %4
  br i1 %13, label %21, label %14

14:                                               ; preds = %10
  %15 = invoke noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_appendEPKcm(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef %1, i64 noundef %4)
          to label %16 unwind label %26

16:                                               ; preds = %14
  %17 = load i64, ptr %7, align 8, !tbaa !48
  %18 = load i64, ptr %6, align 8, !tbaa !48
  %19 = sub i64 4611686018427387903, %18
  %20 = icmp ult i64 %19, %17
  br i1 %20, label %21, label %23

21:                                               ; preds = %16, %10
  invoke void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.8) #24
          to label %22 unwind label %26

22:                                               ; preds = %21
  unreachable

23:                                               ; preds = %16
  %24 = load ptr, ptr %2, align 8, !tbaa !61
  %25 = invoke noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_appendEPKcm(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef %24, i64 noundef %17)
          to label %33 unwind label %26

26:                                               ; preds = %21, %23, %14, %3
  %27 = landingpad { ptr, i32 }
          cleanup
  %28 = load ptr, ptr %0, align 8, !tbaa !61
  %29 = icmp eq ptr %28, %5
  br i1 %29, label %34, label %30

30:                                               ; preds = %26
  %31 = load i64, ptr %5, align 8, !tbaa !51
  %32 = add i64 %31, 1
  tail call void @_ZdlPvm(ptr noundef %28, i64 noundef %32) #27
  br label %34

33:                                               ; preds = %23
  ret void

34:                                               ; preds = %30, %26
  resume { ptr, i32 } %27
}

declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE7reserveEm(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #15

declare noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_appendEPKcm(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef, i64 noundef) local_unnamed_addr #4

; Function Attrs: noreturn
declare void @_ZSt20__throw_length_errorPKc(ptr noundef) local_unnamed_addr #16

; Function Attrs: inlinehint mustprogress uwtable
define linkonce_odr dso_local void @_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEOS8_S9_(ptr dead_on_unwind noalias writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef nonnull align 8 dereferenceable(32) %1, ptr noundef nonnull align 8 dereferenceable(32) %2) local_unnamed_addr #17 comdat personality ptr @__gxx_personality_v0 {
  %4 = getelementptr inbounds i8, ptr %1, i64 8
  %5 = load i64, ptr %4, align 8, !tbaa !48
  %6 = getelementptr inbounds i8, ptr %2, i64 8
  %7 = load i64, ptr %6, align 8, !tbaa !48
  %8 = add i64 %7, %5
  %9 = load ptr, ptr %1, align 8, !tbaa !61
  %10 = getelementptr inbounds i8, ptr %1, i64 16
  %11 = icmp eq ptr %9, %10
  %12 = load i64, ptr %10, align 8
  %13 = select i1 %11, i64 15, i64 %12
  %14 = icmp ugt i64 %8, %13
  br i1 %14, label %15, label %40

15:                                               ; preds = %3
  %16 = load ptr, ptr %2, align 8, !tbaa !61
  %17 = getelementptr inbounds i8, ptr %2, i64 16
  %18 = icmp eq ptr %16, %17
  %19 = load i64, ptr %17, align 8
  %20 = select i1 %18, i64 15, i64 %19
  %21 = icmp ugt i64 %8, %20
  br i1 %21, label %40, label %22

22:                                               ; preds = %15
  %23 = tail call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32) %2, i64 noundef 0, i64 noundef 0, ptr noundef %9, i64 noundef %5)
  %24 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %24, ptr %0, align 8, !tbaa !46
  %25 = load ptr, ptr %23, align 8, !tbaa !61
  %26 = getelementptr inbounds i8, ptr %23, i64 16
  %27 = icmp eq ptr %25, %26
  br i1 %27, label %28, label %34

28:                                               ; preds = %22
  %29 = getelementptr inbounds i8, ptr %23, i64 8
  %30 = load i64, ptr %29, align 8, !tbaa !48
  %31 = add i64 %30, 1
  %32 = icmp eq i64 %31, 0
  br i1 %32, label %36, label %33

33:                                               ; preds = %28
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %24, ptr nonnull align 8 %26, i64 %31, i1 false)
  br label %36

34:                                               ; preds = %22
  store ptr %25, ptr %0, align 8, !tbaa !61
  %35 = load i64, ptr %26, align 8, !tbaa !51
  store i64 %35, ptr %24, align 8, !tbaa !51
  br label %36

36:                                               ; preds = %28, %33, %34
  %37 = getelementptr inbounds i8, ptr %23, i64 8
  %38 = load i64, ptr %37, align 8, !tbaa !48
  %39 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %38, ptr %39, align 8, !tbaa !48
  store ptr %26, ptr %23, align 8, !tbaa !61
  br label %63

40:                                               ; preds = %15, %3
  %41 = sub i64 4611686018427387903, %5
  %42 = icmp ult i64 %41, %7
  br i1 %42, label %43, label %44

43:                                               ; preds = %40
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.8) #24
  unreachable

44:                                               ; preds = %40
  %45 = load ptr, ptr %2, align 8, !tbaa !61
  %46 = tail call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_appendEPKcm(ptr noundef nonnull align 8 dereferenceable(32) %1, ptr noundef %45, i64 noundef %7)
  %47 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %47, ptr %0, align 8, !tbaa !46
  %48 = load ptr, ptr %46, align 8, !tbaa !61
  %49 = getelementptr inbounds i8, ptr %46, i64 16
  %50 = icmp eq ptr %48, %49
  br i1 %50, label %51, label %57

51:                                               ; preds = %44
  %52 = getelementptr inbounds i8, ptr %46, i64 8
  %53 = load i64, ptr %52, align 8, !tbaa !48
  %54 = add i64 %53, 1
  %55 = icmp eq i64 %54, 0
  br i1 %55, label %59, label %56

56:                                               ; preds = %51
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %47, ptr nonnull align 8 %49, i64 %54, i1 false)
  br label %59

57:                                               ; preds = %44
  store ptr %48, ptr %0, align 8, !tbaa !61
  %58 = load i64, ptr %49, align 8, !tbaa !51
  store i64 %58, ptr %47, align 8, !tbaa !51
  br label %59

59:                                               ; preds = %51, %56, %57
  %60 = getelementptr inbounds i8, ptr %46, i64 8
  %61 = load i64, ptr %60, align 8, !tbaa !48
  %62 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %61, ptr %62, align 8, !tbaa !48
  store ptr %49, ptr %46, align 8, !tbaa !61
  br label %63

63:                                               ; preds = %36, %59
  %64 = phi ptr [ %37, %36 ], [ %60, %59 ]
  %65 = phi ptr [ %26, %36 ], [ %49, %59 ]
  store i64 0, ptr %64, align 8, !tbaa !48
  store i8 0, ptr %65, align 1, !tbaa !51
  ret void
}

declare noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef, i64 noundef, ptr noundef, i64 noundef) local_unnamed_addr #4

declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef, i8 noundef signext) local_unnamed_addr #4

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #18

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6shapes6CircleD0Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #12 comdat align 2 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #27
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef double @_ZNK6shapes6Circle4areaEv(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #6 comdat align 2 {
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load double, ptr %2, align 8, !tbaa !21
  %4 = fmul double %3, 0x400921FB54442D18
  %5 = fmul double %3, %4
  ret double %5
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef double @_ZNK6shapes6Circle9perimeterEv(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #6 comdat align 2 {
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load double, ptr %2, align 8, !tbaa !21
  %4 = fmul double %3, 0x401921FB54442D18
  ret double %4
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt6vectorISt10unique_ptrIN6shapes5ShapeESt14default_deleteIS2_EESaIS5_EE17_M_realloc_insertIJS5_EEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr %1, ptr noundef nonnull align 8 dereferenceable(8) %2) local_unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 {
  %4 = ptrtoint ptr %1 to i64
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  %6 = load ptr, ptr %5, align 8, !tbaa !30
  %7 = ptrtoint ptr %6 to i64
  %8 = load ptr, ptr %0, align 8, !tbaa !9
  %9 = ptrtoint ptr %8 to i64
  %10 = ptrtoint ptr %6 to i64
  %11 = ptrtoint ptr %8 to i64
  %12 = sub i64 %10, %11
  %13 = icmp eq i64 %12, 9223372036854775800
  br i1 %13, label %14, label %15

14:                                               ; preds = %3
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.13) #24
  unreachable

15:                                               ; preds = %3
  %16 = ashr exact i64 %12, 3
  %17 = tail call i64 @llvm.umax.i64(i64 %16, i64 1)
  %18 = add nsw i64 %17, %16
  %19 = icmp ult i64 %18, %16
  %20 = tail call i64 @llvm.umin.i64(i64 %18, i64 1152921504606846975)
  %21 = select i1 %19, i64 1152921504606846975, i64 %20
  %22 = ptrtoint ptr %1 to i64
  %23 = sub i64 %22, %11
  %24 = ashr exact i64 %23, 3
  %25 = icmp eq i64 %21, 0
  br i1 %25, label %29, label %26

26:                                               ; preds = %15
  %27 = shl nuw nsw i64 %21, 3
  %28 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %27) #26
  br label %29

29:                                               ; preds = %15, %26
  %30 = phi ptr [ %28, %26 ], [ null, %15 ]
  %31 = getelementptr inbounds %"class.std::unique_ptr", ptr %30, i64 %24
  %32 = load i64, ptr %2, align 8, !tbaa !9
  store i64 %32, ptr %31, align 8, !tbaa !9
  store ptr null, ptr %2, align 8, !tbaa !9
  %33 = icmp eq ptr %8, %1
  br i1 %33, label %81, label %34

34:                                               ; preds = %29
  %35 = add i64 %4, -8
  %36 = sub i64 %35, %9
  %37 = lshr i64 %36, 3
  %38 = add nuw nsw i64 %37, 1
  %39 = icmp ult i64 %36, 152
  br i1 %39, label %71, label %40

40:                                               ; preds = %34
  %41 = add i64 %4, -8
  %42 = sub i64 %41, %9
  %43 = and i64 %42, -8
  %44 = add i64 %43, 8
  %45 = getelementptr i8, ptr %30, i64 %44
  %46 = getelementptr i8, ptr %8, i64 %44
  %47 = icmp ult ptr %30, %46
  %48 = icmp ult ptr %8, %45
  %49 = and i1 %47, %48
  br i1 %49, label %71, label %50

50:                                               ; preds = %40
  %51 = and i64 %38, 4611686018427387900
  %52 = shl i64 %51, 3
  %53 = getelementptr i8, ptr %30, i64 %52
  %54 = shl i64 %51, 3
  %55 = getelementptr i8, ptr %8, i64 %54
  br label %56

56:                                               ; preds = %56, %50
  %57 = phi i64 [ 0, %50 ], [ %67, %56 ]
  %58 = shl i64 %57, 3
  %59 = getelementptr i8, ptr %30, i64 %58
  %60 = shl i64 %57, 3
  %61 = getelementptr i8, ptr %8, i64 %60
  tail call void @llvm.experimental.noalias.scope.decl(metadata !72)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !75)
  %62 = getelementptr i8, ptr %61, i64 16
  %63 = load <2 x i64>, ptr %61, align 8, !tbaa !9, !alias.scope !77, !noalias !72
  %64 = load <2 x i64>, ptr %62, align 8, !tbaa !9, !alias.scope !77, !noalias !72
  %65 = getelementptr i8, ptr %59, i64 16
  store <2 x i64> %63, ptr %59, align 8, !tbaa !9, !alias.scope !80, !noalias !77
  store <2 x i64> %64, ptr %65, align 8, !tbaa !9, !alias.scope !80, !noalias !77
  %66 = getelementptr i8, ptr %61, i64 16
  store <2 x ptr> zeroinitializer, ptr %61, align 8, !tbaa !9, !alias.scope !77, !noalias !72
  store <2 x ptr> zeroinitializer, ptr %66, align 8, !tbaa !9, !alias.scope !77, !noalias !72
  %67 = add nuw i64 %57, 4
  %68 = icmp eq i64 %67, %51
  br i1 %68, label %69, label %56, !llvm.loop !82

69:                                               ; preds = %56
  %70 = icmp eq i64 %38, %51
  br i1 %70, label %81, label %71

71:                                               ; preds = %69, %40, %34
  %72 = phi ptr [ %30, %40 ], [ %30, %34 ], [ %53, %69 ]
  %73 = phi ptr [ %8, %40 ], [ %8, %34 ], [ %55, %69 ]
  br label %74

74:                                               ; preds = %71, %74
  %75 = phi ptr [ %79, %74 ], [ %72, %71 ]
  %76 = phi ptr [ %78, %74 ], [ %73, %71 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !72)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !75)
  %77 = load i64, ptr %76, align 8, !tbaa !9, !alias.scope !75, !noalias !72
  store i64 %77, ptr %75, align 8, !tbaa !9, !alias.scope !72, !noalias !75
  store ptr null, ptr %76, align 8, !tbaa !9, !alias.scope !75, !noalias !72
  %78 = getelementptr inbounds i8, ptr %76, i64 8
  %79 = getelementptr inbounds i8, ptr %75, i64 8
  %80 = icmp eq ptr %78, %1
  br i1 %80, label %81, label %74, !llvm.loop !85

81:                                               ; preds = %74, %69, %29
  %82 = phi ptr [ %30, %29 ], [ %53, %69 ], [ %79, %74 ]
  %83 = getelementptr i8, ptr %82, i64 8
  %84 = icmp eq ptr %6, %1
  br i1 %84, label %132, label %85

85:                                               ; preds = %81
  %86 = add i64 %7, -8
  %87 = sub i64 %86, %4
  %88 = lshr i64 %87, 3
  %89 = add nuw nsw i64 %88, 1
  %90 = icmp ult i64 %87, 184
  br i1 %90, label %122, label %91

91:                                               ; preds = %85
  %92 = add i64 %7, -8
  %93 = sub i64 %92, %4
  %94 = and i64 %93, -8
  %95 = add i64 %94, 16
  %96 = getelementptr i8, ptr %82, i64 %95
  %97 = getelementptr i8, ptr %1, i64 %94
  %98 = icmp ult ptr %82, %97
  %99 = icmp ugt ptr %96, %1
  %100 = and i1 %98, %99
  br i1 %100, label %122, label %101

101:                                              ; preds = %91
  %102 = and i64 %89, 4611686018427387900
  %103 = shl i64 %102, 3
  %104 = getelementptr i8, ptr %83, i64 %103
  %105 = shl i64 %102, 3
  %106 = getelementptr i8, ptr %1, i64 %105
  br label %107

107:                                              ; preds = %107, %101
  %108 = phi i64 [ 0, %101 ], [ %118, %107 ]
  %109 = shl i64 %108, 3
  %110 = getelementptr i8, ptr %83, i64 %109
  %111 = shl i64 %108, 3
  %112 = getelementptr i8, ptr %1, i64 %111
  tail call void @llvm.experimental.noalias.scope.decl(metadata !86)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !89)
  %113 = getelementptr i8, ptr %112, i64 16
  %114 = load <2 x i64>, ptr %112, align 8, !tbaa !9, !alias.scope !91, !noalias !86
  %115 = load <2 x i64>, ptr %113, align 8, !tbaa !9, !alias.scope !91, !noalias !86
  %116 = getelementptr i8, ptr %110, i64 16
  store <2 x i64> %114, ptr %110, align 8, !tbaa !9, !alias.scope !94, !noalias !91
  store <2 x i64> %115, ptr %116, align 8, !tbaa !9, !alias.scope !94, !noalias !91
  %117 = getelementptr i8, ptr %112, i64 16
  store <2 x ptr> zeroinitializer, ptr %112, align 8, !tbaa !9, !alias.scope !91, !noalias !86
  store <2 x ptr> zeroinitializer, ptr %117, align 8, !tbaa !9, !alias.scope !91, !noalias !86
  %118 = add nuw i64 %108, 4
  %119 = icmp eq i64 %118, %102
  br i1 %119, label %120, label %107, !llvm.loop !96

120:                                              ; preds = %107
  %121 = icmp eq i64 %89, %102
  br i1 %121, label %132, label %122

122:                                              ; preds = %120, %91, %85
  %123 = phi ptr [ %83, %91 ], [ %83, %85 ], [ %104, %120 ]
  %124 = phi ptr [ %1, %91 ], [ %1, %85 ], [ %106, %120 ]
  br label %125

125:                                              ; preds = %122, %125
  %126 = phi ptr [ %130, %125 ], [ %123, %122 ]
  %127 = phi ptr [ %129, %125 ], [ %124, %122 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !86)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !89)
  %128 = load i64, ptr %127, align 8, !tbaa !9, !alias.scope !89, !noalias !86
  store i64 %128, ptr %126, align 8, !tbaa !9, !alias.scope !86, !noalias !89
  store ptr null, ptr %127, align 8, !tbaa !9, !alias.scope !89, !noalias !86
  %129 = getelementptr inbounds i8, ptr %127, i64 8
  %130 = getelementptr inbounds i8, ptr %126, i64 8
  %131 = icmp eq ptr %129, %6
  br i1 %131, label %132, label %125, !llvm.loop !97

132:                                              ; preds = %125, %120, %81
  %133 = phi ptr [ %83, %81 ], [ %104, %120 ], [ %130, %125 ]
  %134 = getelementptr inbounds i8, ptr %0, i64 16
  %135 = icmp eq ptr %8, null
  br i1 %135, label %140, label %136

136:                                              ; preds = %132
  %137 = load ptr, ptr %134, align 8, !tbaa !28
  %138 = ptrtoint ptr %137 to i64
  %139 = sub i64 %138, %11
  tail call void @_ZdlPvm(ptr noundef nonnull %8, i64 noundef %139) #27
  br label %140

140:                                              ; preds = %132, %136
  store ptr %30, ptr %0, align 8, !tbaa !62
  store ptr %133, ptr %5, align 8, !tbaa !30
  %141 = getelementptr inbounds %"class.std::unique_ptr", ptr %30, i64 %21
  store ptr %141, ptr %134, align 8, !tbaa !28
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6shapes5ShapeD2Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #6 comdat align 2 {
  ret void
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6shapes6SquareD0Ev(ptr noundef nonnull align 8 dereferenceable(32) %0) unnamed_addr #12 comdat align 2 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 32) #27
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef double @_ZNK6shapes6Square9perimeterEv(ptr noundef nonnull align 8 dereferenceable(32) %0) unnamed_addr #6 comdat align 2 {
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load double, ptr %2, align 8, !tbaa !13
  %4 = fmul double %3, 4.000000e+00
  ret double %4
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr nocapture writeonly, ptr nocapture readonly, i64, i1 immarg) #11

declare void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) unnamed_addr #4

; Function Attrs: nounwind
declare void @_ZNSt13runtime_errorD1Ev(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #19

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define internal noundef double @"_ZNSt17_Function_handlerIFddEZ4mainE3$_0E9_M_invokeERKSt9_Any_dataOd"(ptr nocapture noundef nonnull readonly align 8 dereferenceable(16) %0, ptr nocapture noundef nonnull readonly align 8 dereferenceable(8) %1) #20 align 2 {
  %3 = load double, ptr %1, align 8, !tbaa !5
  %4 = load double, ptr %0, align 8, !tbaa !98
  %5 = fmul double %3, %4
  %6 = fmul double %3, %5
  ret double %6
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define internal noundef zeroext i1 @"_ZNSt17_Function_handlerIFddEZ4mainE3$_0E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation"(ptr nocapture noundef nonnull writeonly align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(16) %1, i32 noundef %2) #0 align 2 personality ptr @__gxx_personality_v0 {
  switch i32 %2, label %8 [
    i32 0, label %4
    i32 1, label %5
    i32 2, label %6
  ]

4:                                                ; preds = %3
  store ptr @"_ZTIZ4mainE3$_0", ptr %0, align 8, !tbaa !9
  br label %8

5:                                                ; preds = %3
  store ptr %1, ptr %0, align 8, !tbaa !9
  br label %8

6:                                                ; preds = %3
  %7 = load i64, ptr %1, align 8, !tbaa !5
  store i64 %7, ptr %0, align 8, !tbaa !5
  br label %8

8:                                                ; preds = %3, %6, %5, %4
  ret i1 false
}

; Function Attrs: mustprogress uwtable
define internal noundef double @"_ZNSt17_Function_handlerIFddEZ4mainE3$_1E9_M_invokeERKSt9_Any_dataOd"(ptr nocapture noundef nonnull readonly align 8 dereferenceable(16) %0, ptr nocapture noundef nonnull readonly align 8 dereferenceable(8) %1) #2 align 2 {
  %3 = alloca double, align 8
  %4 = load ptr, ptr %0, align 8, !tbaa !9
  %5 = load double, ptr %1, align 8, !tbaa !5
  %6 = load ptr, ptr %4, align 8, !tbaa !42
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3)
  store double %5, ptr %3, align 8, !tbaa !5
  %7 = getelementptr inbounds i8, ptr %6, i64 16
  %8 = load ptr, ptr %7, align 8, !tbaa !39
  %9 = icmp eq ptr %8, null
  br i1 %9, label %10, label %11

10:                                               ; preds = %2
  tail call void @_ZSt25__throw_bad_function_callv() #24
  unreachable

11:                                               ; preds = %2
  %12 = getelementptr inbounds i8, ptr %6, i64 24
  %13 = load ptr, ptr %12, align 8, !tbaa !36
  %14 = call noundef double %13(ptr noundef nonnull align 8 dereferenceable(16) %6, ptr noundef nonnull align 8 dereferenceable(8) %3)
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3)
  %15 = getelementptr inbounds i8, ptr %4, i64 8
  %16 = load ptr, ptr %15, align 8, !tbaa !44
  %17 = load double, ptr %16, align 8, !tbaa !5
  %18 = fadd double %14, %17
  %19 = getelementptr inbounds i8, ptr %4, i64 16
  %20 = load ptr, ptr %19, align 8, !tbaa !45
  %21 = load double, ptr %20, align 8, !tbaa !5
  %22 = fadd double %18, %21
  ret double %22
}

; Function Attrs: mustprogress uwtable
define internal noundef zeroext i1 @"_ZNSt17_Function_handlerIFddEZ4mainE3$_1E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation"(ptr nocapture noundef nonnull align 8 dereferenceable(16) %0, ptr nocapture noundef nonnull readonly align 8 dereferenceable(16) %1, i32 noundef %2) #2 align 2 {
  switch i32 %2, label %14 [
    i32 0, label %4
    i32 1, label %5
    i32 3, label %10
    i32 2, label %7
  ]

4:                                                ; preds = %3
  store ptr @"_ZTIZ4mainE3$_1", ptr %0, align 8, !tbaa !9
  br label %14

5:                                                ; preds = %3
  %6 = load ptr, ptr %1, align 8, !tbaa !9
  store ptr %6, ptr %0, align 8, !tbaa !9
  br label %14

7:                                                ; preds = %3
  %8 = load ptr, ptr %1, align 8, !tbaa !9
  %9 = tail call noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #26
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(24) %9, ptr noundef nonnull readonly align 8 dereferenceable(24) %8, i64 24, i1 false), !tbaa.struct !41
  store ptr %9, ptr %0, align 8, !tbaa !9
  br label %14

10:                                               ; preds = %3
  %11 = load ptr, ptr %0, align 8, !tbaa !9
  %12 = icmp eq ptr %11, null
  br i1 %12, label %14, label %13

13:                                               ; preds = %10
  tail call void @_ZdlPvm(ptr noundef nonnull %11, i64 noundef 24) #27
  br label %14

14:                                               ; preds = %3, %13, %10, %7, %5, %4
  ret i1 false
}

; Function Attrs: noreturn
declare void @_ZSt25__throw_bad_function_callv() local_unnamed_addr #16

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.abs.i64(i64, i1 immarg) #21

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #21

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #21

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #22

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #21

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nofree nosync nounwind memory(none) }
attributes #8 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { noinline noreturn nounwind uwtable "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { mustprogress norecurse uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #12 = { inlinehint mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { nobuiltin nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #14 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #15 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #16 = { noreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #17 = { inlinehint mustprogress uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #18 = { nobuiltin allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #19 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #20 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #21 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #22 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #23 = { nounwind }
attributes #24 = { noreturn }
attributes #25 = { noreturn nounwind }
attributes #26 = { builtin allocsize(0) }
attributes #27 = { builtin nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"double", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"any pointer", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"vtable pointer", !8, i64 0}
!13 = !{!14, !6, i64 16}
!14 = !{!"_ZTSN6shapes4RectE", !15, i64 0, !6, i64 16, !6, i64 24}
!15 = !{!"_ZTSN6shapes5ShapeE", !10, i64 8}
!16 = !{!14, !6, i64 24}
!17 = !{!15, !10, i64 8}
!18 = !{!19}
!19 = distinct !{!19, !20, !"_ZSt11make_uniqueIN6shapes6CircleEJdEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_: argument 0"}
!20 = distinct !{!20, !"_ZSt11make_uniqueIN6shapes6CircleEJdEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_"}
!21 = !{!22, !6, i64 16}
!22 = !{!"_ZTSN6shapes6CircleE", !15, i64 0, !6, i64 16}
!23 = !{!24, !10, i64 0}
!24 = !{!"_ZTSSt10_Head_baseILm0EPN6shapes5ShapeELb0EE", !10, i64 0}
!25 = !{!26}
!26 = distinct !{!26, !27, !"_ZSt11make_uniqueIN6shapes4RectEJddEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_: argument 0"}
!27 = distinct !{!27, !"_ZSt11make_uniqueIN6shapes4RectEJddEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_"}
!28 = !{!29, !10, i64 16}
!29 = !{!"_ZTSNSt12_Vector_baseISt10unique_ptrIN6shapes5ShapeESt14default_deleteIS2_EESaIS5_EE17_Vector_impl_dataE", !10, i64 0, !10, i64 8, !10, i64 16}
!30 = !{!29, !10, i64 8}
!31 = !{!32}
!32 = distinct !{!32, !33, !"_ZSt11make_uniqueIN6shapes6SquareEJRiEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_: argument 0"}
!33 = distinct !{!33, !"_ZSt11make_uniqueIN6shapes6SquareEJRiEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_"}
!34 = distinct !{!34, !35}
!35 = !{!"llvm.loop.mustprogress"}
!36 = !{!37, !10, i64 24}
!37 = !{!"_ZTSSt8functionIFddEE", !38, i64 0, !10, i64 24}
!38 = !{!"_ZTSSt14_Function_base", !7, i64 0, !10, i64 16}
!39 = !{!38, !10, i64 16}
!40 = distinct !{!40, !35}
!41 = !{i64 0, i64 8, !9, i64 8, i64 8, !9, i64 16, i64 8, !9}
!42 = !{!43, !10, i64 0}
!43 = !{!"_ZTSZ4mainE3$_1", !10, i64 0, !10, i64 8, !10, i64 16}
!44 = !{!43, !10, i64 8}
!45 = !{!43, !10, i64 16}
!46 = !{!47, !10, i64 0}
!47 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderE", !10, i64 0}
!48 = !{!49, !50, i64 8}
!49 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE", !47, i64 0, !50, i64 8, !7, i64 16}
!50 = !{!"long", !7, i64 0}
!51 = !{!7, !7, i64 0}
!52 = !{!53, !53, i64 0}
!53 = !{!"int", !7, i64 0}
!54 = !{!55, !50, i64 40}
!55 = !{!"_ZTS6Widget", !56, i64 0, !50, i64 40, !6, i64 48, !57, i64 56, !53, i64 60}
!56 = !{!"_ZTS5Named", !49, i64 8}
!57 = !{!"float", !7, i64 0}
!58 = !{!55, !6, i64 48}
!59 = !{!55, !57, i64 56}
!60 = !{!55, !53, i64 60}
!61 = !{!49, !10, i64 0}
!62 = !{!29, !10, i64 0}
!63 = distinct !{!63, !35}
!64 = !{!65}
!65 = distinct !{!65, !66, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEOS8_PKS5_: argument 0"}
!66 = distinct !{!66, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEOS8_PKS5_"}
!67 = !{!68}
!68 = distinct !{!68, !69, !"_ZNSt7__cxx119to_stringEl: argument 0"}
!69 = distinct !{!69, !"_ZNSt7__cxx119to_stringEl"}
!70 = distinct !{!70, !35}
!71 = distinct !{!71, !35}
!72 = !{!73}
!73 = distinct !{!73, !74, !"_ZSt19__relocate_object_aISt10unique_ptrIN6shapes5ShapeESt14default_deleteIS2_EES5_SaIS5_EEvPT_PT0_RT1_: argument 0"}
!74 = distinct !{!74, !"_ZSt19__relocate_object_aISt10unique_ptrIN6shapes5ShapeESt14default_deleteIS2_EES5_SaIS5_EEvPT_PT0_RT1_"}
!75 = !{!76}
!76 = distinct !{!76, !74, !"_ZSt19__relocate_object_aISt10unique_ptrIN6shapes5ShapeESt14default_deleteIS2_EES5_SaIS5_EEvPT_PT0_RT1_: argument 1"}
!77 = !{!76, !78}
!78 = distinct !{!78, !79}
!79 = distinct !{!79, !"LVerDomain"}
!80 = !{!73, !81}
!81 = distinct !{!81, !79}
!82 = distinct !{!82, !35, !83, !84}
!83 = !{!"llvm.loop.isvectorized", i32 1}
!84 = !{!"llvm.loop.unroll.runtime.disable"}
!85 = distinct !{!85, !35, !83}
!86 = !{!87}
!87 = distinct !{!87, !88, !"_ZSt19__relocate_object_aISt10unique_ptrIN6shapes5ShapeESt14default_deleteIS2_EES5_SaIS5_EEvPT_PT0_RT1_: argument 0"}
!88 = distinct !{!88, !"_ZSt19__relocate_object_aISt10unique_ptrIN6shapes5ShapeESt14default_deleteIS2_EES5_SaIS5_EEvPT_PT0_RT1_"}
!89 = !{!90}
!90 = distinct !{!90, !88, !"_ZSt19__relocate_object_aISt10unique_ptrIN6shapes5ShapeESt14default_deleteIS2_EES5_SaIS5_EEvPT_PT0_RT1_: argument 1"}
!91 = !{!90, !92}
!92 = distinct !{!92, !93}
!93 = distinct !{!93, !"LVerDomain"}
!94 = !{!87, !95}
!95 = distinct !{!95, !93}
!96 = distinct !{!96, !35, !83, !84}
!97 = distinct !{!97, !35, !83}
!98 = !{!99, !6, i64 0}
!99 = !{!"_ZTSZ4mainE3$_0", !6, i64 0}
