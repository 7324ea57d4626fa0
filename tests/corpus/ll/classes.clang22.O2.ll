; ModuleID = 'src/classes.cpp'
source_filename = "src/classes.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%"class.std::vector" = type { %"struct.std::_Vector_base" }
%"struct.std::_Vector_base" = type { %"struct.std::_Vector_base<std::unique_ptr<shapes::Shape>, std::allocator<std::unique_ptr<shapes::Shape>>>::_Vector_impl" }
%"struct.std::_Vector_base<std::unique_ptr<shapes::Shape>, std::allocator<std::unique_ptr<shapes::Shape>>>::_Vector_impl" = type { %"struct.std::_Vector_base<std::unique_ptr<shapes::Shape>, std::allocator<std::unique_ptr<shapes::Shape>>>::_Vector_impl_data" }
%"struct.std::_Vector_base<std::unique_ptr<shapes::Shape>, std::allocator<std::unique_ptr<shapes::Shape>>>::_Vector_impl_data" = type { ptr, ptr, ptr }
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

$_ZN6shapes5ShapeD2Ev = comdat any

$_ZN6shapes6SquareD0Ev = comdat any

$_ZNK6shapes6Square9perimeterEv = comdat any

$_ZTVN6shapes4RectE = comdat any

$_ZTIN6shapes4RectE = comdat any

$_ZTSN6shapes4RectE = comdat any

$_ZTIN6shapes5ShapeE = comdat any

$_ZTSN6shapes5ShapeE = comdat any

$_ZTV6Widget = comdat any

$_ZTI6Widget = comdat any

$_ZTS6Widget = comdat any

$_ZTI5Named = comdat any

$_ZTS5Named = comdat any

$_ZTI7Counted = comdat any

$_ZTS7Counted = comdat any

$_ZTV5Named = comdat any

$_ZZNSt8__detail18__to_chars_10_implImEEvPcjT_E8__digits = comdat any

$_ZTVN6shapes6CircleE = comdat any

$_ZTIN6shapes6CircleE = comdat any

$_ZTSN6shapes6CircleE = comdat any

$_ZTVN6shapes6SquareE = comdat any

$_ZTIN6shapes6SquareE = comdat any

$_ZTSN6shapes6SquareE = comdat any

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
@_ZTIN6shapes4RectE = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTSN6shapes4RectE, ptr @_ZTIN6shapes5ShapeE }, comdat, align 8
@_ZTVN10__cxxabiv120__si_class_type_infoE = external global [0 x ptr]
@_ZTSN6shapes4RectE = linkonce_odr dso_local constant [15 x i8] c"N6shapes4RectE\00", comdat, align 1
@_ZTIN6shapes5ShapeE = linkonce_odr dso_local constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @_ZTSN6shapes5ShapeE }, comdat, align 8
@_ZTVN10__cxxabiv117__class_type_infoE = external global [0 x ptr]
@_ZTSN6shapes5ShapeE = linkonce_odr dso_local constant [16 x i8] c"N6shapes5ShapeE\00", comdat, align 1
@_ZTV6Widget = linkonce_odr dso_local unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTI6Widget, ptr @_ZNK6Widget8describeB5cxx11Ev, ptr @_ZN6WidgetD2Ev, ptr @_ZN6WidgetD0Ev] }, comdat, align 8
@_ZTI6Widget = linkonce_odr dso_local constant { ptr, ptr, i32, i32, ptr, i64, ptr, i64 } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv121__vmi_class_type_infoE, i64 2), ptr @_ZTS6Widget, i32 0, i32 2, ptr @_ZTI5Named, i64 2, ptr @_ZTI7Counted, i64 2 }, comdat, align 8
@_ZTVN10__cxxabiv121__vmi_class_type_infoE = external global [0 x ptr]
@_ZTS6Widget = linkonce_odr dso_local constant [8 x i8] c"6Widget\00", comdat, align 1
@_ZTI5Named = linkonce_odr dso_local constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @_ZTS5Named }, comdat, align 8
@_ZTS5Named = linkonce_odr dso_local constant [7 x i8] c"5Named\00", comdat, align 1
@_ZTI7Counted = linkonce_odr dso_local constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @_ZTS7Counted }, comdat, align 8
@_ZTS7Counted = linkonce_odr dso_local constant [9 x i8] c"7Counted\00", comdat, align 1
@_ZTV5Named = linkonce_odr dso_local unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTI5Named, ptr @_ZNK5Named8describeB5cxx11Ev, ptr @_ZN5NamedD2Ev, ptr @_ZN5NamedD0Ev] }, comdat, align 8
@.str.7 = private unnamed_addr constant [7 x i8] c"named:\00", align 1
@.str.8 = private unnamed_addr constant [21 x i8] c"basic_string::append\00", align 1
@.str.9 = private unnamed_addr constant [2 x i8] c"#\00", align 1
@_ZZNSt8__detail18__to_chars_10_implImEEvPcjT_E8__digits = linkonce_odr dso_local local_unnamed_addr constant [201 x i8] c"00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899\00", comdat, align 16
@.str.12 = private unnamed_addr constant [7 x i8] c"circle\00", align 1
@_ZTVN6shapes6CircleE = linkonce_odr dso_local unnamed_addr constant { [6 x ptr] } { [6 x ptr] [ptr null, ptr @_ZTIN6shapes6CircleE, ptr @_ZN6shapes5ShapeD2Ev, ptr @_ZN6shapes6CircleD0Ev, ptr @_ZNK6shapes6Circle4areaEv, ptr @_ZNK6shapes6Circle9perimeterEv] }, comdat, align 8
@_ZTIN6shapes6CircleE = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTSN6shapes6CircleE, ptr @_ZTIN6shapes5ShapeE }, comdat, align 8
@_ZTSN6shapes6CircleE = linkonce_odr dso_local constant [17 x i8] c"N6shapes6CircleE\00", comdat, align 1
@.str.13 = private unnamed_addr constant [26 x i8] c"vector::_M_realloc_insert\00", align 1
@_ZTVN6shapes6SquareE = linkonce_odr dso_local unnamed_addr constant { [6 x ptr] } { [6 x ptr] [ptr null, ptr @_ZTIN6shapes6SquareE, ptr @_ZN6shapes5ShapeD2Ev, ptr @_ZN6shapes6SquareD0Ev, ptr @_ZNK6shapes4Rect4areaEv, ptr @_ZNK6shapes6Square9perimeterEv] }, comdat, align 8
@_ZTIN6shapes6SquareE = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTSN6shapes6SquareE, ptr @_ZTIN6shapes4RectE }, comdat, align 8
@_ZTSN6shapes6SquareE = linkonce_odr dso_local constant [17 x i8] c"N6shapes6SquareE\00", comdat, align 1
@.str.15 = private unnamed_addr constant [6 x i8] c"empty\00", align 1
@_ZTISt13runtime_error = external constant ptr
@"_ZTIZ4mainE3$_0" = internal constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @"_ZTSZ4mainE3$_0" }, align 8
@"_ZTSZ4mainE3$_0" = internal constant [12 x i8] c"Z4mainE3$_0\00", align 1
@"_ZTIZ4mainE3$_1" = internal constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @"_ZTSZ4mainE3$_1" }, align 8
@"_ZTSZ4mainE3$_1" = internal constant [12 x i8] c"Z4mainE3$_1\00", align 1

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @_Z9swap_refsRdS_(ptr noundef nonnull align 8 captures(none) dereferenceable(8) %0, ptr noundef nonnull align 8 captures(none) dereferenceable(8) %1) local_unnamed_addr #0 {
  %3 = load double, ptr %0, align 8, !tbaa !9
  %4 = load double, ptr %1, align 8, !tbaa !9
  store double %4, ptr %0, align 8, !tbaa !9
  store double %3, ptr %1, align 8, !tbaa !9
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: mustprogress uwtable
define dso_local noundef double @_Z10total_areaRKSt6vectorISt10unique_ptrIN6shapes5ShapeESt14default_deleteIS2_EESaIS5_EE(ptr noundef nonnull readonly align 8 captures(none) dereferenceable(24) %0) local_unnamed_addr #2 {
  %2 = load ptr, ptr %0, align 8, !tbaa !11
  %3 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !11
  %5 = icmp eq ptr %2, %4
  br i1 %5, label %6, label %8

6:                                                ; preds = %8, %1
  %7 = phi double [ 0.000000e+00, %1 ], [ %22, %8 ]
  ret double %7

8:                                                ; preds = %1, %8
  %9 = phi double [ %22, %8 ], [ 0.000000e+00, %1 ]
  %10 = phi ptr [ %23, %8 ], [ %2, %1 ]
  %11 = load ptr, ptr %10, align 8, !tbaa !14
  %12 = load ptr, ptr %11, align 8, !tbaa !16
  %13 = getelementptr inbounds nuw i8, ptr %12, i64 16
  %14 = load ptr, ptr %13, align 8
  %15 = tail call noundef double %14(ptr noundef nonnull align 8 dereferenceable(16) %11)
  %16 = load ptr, ptr %10, align 8, !tbaa !14
  %17 = load ptr, ptr %16, align 8, !tbaa !16
  %18 = getelementptr inbounds nuw i8, ptr %17, i64 24
  %19 = load ptr, ptr %18, align 8
  %20 = tail call noundef double %19(ptr noundef nonnull align 8 dereferenceable(16) %16)
  %21 = fadd double %15, %20
  %22 = fadd double %9, %21
  %23 = getelementptr inbounds nuw i8, ptr %10, i64 8
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
  %5 = tail call ptr @__cxa_allocate_exception(i64 16) #27
  invoke void @_ZNSt12domain_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %5, ptr noundef nonnull @.str)
          to label %6 unwind label %7

6:                                                ; preds = %4
  tail call void @__cxa_throw(ptr nonnull %5, ptr nonnull @_ZTISt12domain_error, ptr nonnull @_ZNSt12domain_errorD1Ev) #28
  unreachable

7:                                                ; preds = %4
  %8 = landingpad { ptr, i32 }
          cleanup
  tail call void @__cxa_free_exception(ptr nonnull %5) #27
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

; Function Attrs: cold noreturn
declare void @__cxa_throw(ptr, ptr, ptr) local_unnamed_addr #6

; Function Attrs: mustprogress uwtable
define dso_local noundef i32 @_Z10try_thingsii(i32 noundef %0, i32 noundef %1) local_unnamed_addr #2 personality ptr @__gxx_personality_v0 {
  %3 = icmp slt i32 %0, 0
  %4 = icmp slt i32 %1, 10
  %5 = or i1 %3, %4
  br i1 %5, label %6, label %12

6:                                                ; preds = %2
  %7 = tail call ptr @__cxa_allocate_exception(i64 16) #27
  invoke void @_ZNSt16invalid_argumentC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %7, ptr noundef nonnull @.str.6)
          to label %8 unwind label %10

8:                                                ; preds = %6
  invoke void @__cxa_throw(ptr nonnull %7, ptr nonnull @_ZTISt16invalid_argument, ptr nonnull @_ZNSt16invalid_argumentD1Ev) #28
          to label %9 unwind label %20

9:                                                ; preds = %8
  unreachable

10:                                               ; preds = %6
  %11 = landingpad { ptr, i32 }
          catch ptr @_ZTISt12domain_error
          catch ptr @_ZTISt9exception
          catch ptr null
  tail call void @__cxa_free_exception(ptr nonnull %7) #27
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
  %23 = phi { ptr, i32 } [ %11, %10 ], [ %21, %20 ]
  %24 = extractvalue { ptr, i32 } %23, 0
  %25 = extractvalue { ptr, i32 } %23, 1
  %26 = tail call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt12domain_error) #27
  %27 = icmp eq i32 %25, %26
  br i1 %27, label %28, label %35

28:                                               ; preds = %22
  %29 = tail call ptr @__cxa_begin_catch(ptr %24) #27
  %30 = load ptr, ptr %29, align 8, !tbaa !16
  %31 = getelementptr inbounds nuw i8, ptr %30, i64 16
  %32 = load ptr, ptr %31, align 8
  %33 = tail call noundef ptr %32(ptr noundef nonnull align 8 dereferenceable(16) %29) #27
  %34 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, ptr noundef %33)
  tail call void @__cxa_end_catch()
  br label %46

35:                                               ; preds = %22
  %36 = tail call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt9exception) #27
  %37 = icmp eq i32 %25, %36
  %38 = tail call ptr @__cxa_begin_catch(ptr %24) #27
  br i1 %37, label %39, label %45

39:                                               ; preds = %35
  %40 = load ptr, ptr %38, align 8, !tbaa !16
  %41 = getelementptr inbounds nuw i8, ptr %40, i64 16
  %42 = load ptr, ptr %41, align 8
  %43 = tail call noundef ptr %42(ptr noundef nonnull align 8 dereferenceable(8) %38) #27
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
define linkonce_odr dso_local noundef double @_ZNK6shapes4Rect4areaEv(ptr noundef nonnull align 8 dereferenceable(32) %0) unnamed_addr #7 comdat align 2 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %3 = load double, ptr %2, align 8, !tbaa !18
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %5 = load double, ptr %4, align 8, !tbaa !22
  %6 = fmul double %3, %5
  ret double %6
}

; Function Attrs: nofree nosync nounwind memory(none)
declare i32 @llvm.eh.typeid.for.p0(ptr) #8

declare ptr @__cxa_begin_catch(ptr) local_unnamed_addr

declare void @__cxa_end_catch() local_unnamed_addr

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #9

; Function Attrs: noinline noreturn nounwind uwtable
define linkonce_odr hidden void @__clang_call_terminate(ptr noundef %0) local_unnamed_addr #10 comdat {
  %2 = tail call ptr @__cxa_begin_catch(ptr %0) #27
  tail call void @_ZSt9terminatev() #29
  unreachable
}

; Function Attrs: cold nofree noreturn
declare void @_ZSt9terminatev() local_unnamed_addr #11

; Function Attrs: mustprogress norecurse uwtable
define dso_local noundef i32 @main(i32 noundef %0, ptr noundef readonly captures(none) %1) local_unnamed_addr #12 personality ptr @__gxx_personality_v0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca %"class.std::vector", align 8
  %6 = alloca double, align 8
  %7 = alloca double, align 8
  %8 = alloca %"class.std::function", align 8
  %9 = alloca %"class.std::function", align 8
  %10 = alloca %"class.std::function", align 8
  %11 = alloca %struct.Widget, align 8
  %12 = alloca %"class.std::__cxx11::basic_string", align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %5) #27
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %5, i8 0, i64 24, i1 false)
  %13 = invoke noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #30
          to label %14 unwind label %127

14:                                               ; preds = %2
  %15 = getelementptr inbounds nuw i8, ptr %13, i64 8
  store ptr @.str.12, ptr %15, align 8, !tbaa !23, !noalias !24
  store ptr getelementptr inbounds nuw inrange(-16, 32) (i8, ptr @_ZTVN6shapes6CircleE, i64 16), ptr %13, align 8, !tbaa !16, !noalias !24
  %16 = getelementptr inbounds nuw i8, ptr %13, i64 16
  store double 1.500000e+00, ptr %16, align 8, !tbaa !27, !noalias !24
  %17 = getelementptr inbounds nuw i8, ptr %5, i64 8
  %18 = getelementptr inbounds nuw i8, ptr %5, i64 16
  %19 = invoke noalias noundef nonnull dereferenceable(8) ptr @_Znwm(i64 noundef 8) #30
          to label %20 unwind label %129

20:                                               ; preds = %14
  %21 = ptrtoint ptr %13 to i64
  store i64 %21, ptr %19, align 8, !tbaa !14
  %22 = getelementptr inbounds nuw i8, ptr %19, i64 8
  store ptr %19, ptr %5, align 8, !tbaa !29
  store ptr %22, ptr %17, align 8, !tbaa !31
  store ptr %22, ptr %18, align 8, !tbaa !32
  %23 = invoke noalias noundef nonnull dereferenceable(32) ptr @_Znwm(i64 noundef 32) #30
          to label %24 unwind label %131

24:                                               ; preds = %20
  %25 = getelementptr inbounds nuw i8, ptr %23, i64 8
  store ptr @.str.5, ptr %25, align 8, !tbaa !23, !noalias !33
  store ptr getelementptr inbounds nuw inrange(-16, 32) (i8, ptr @_ZTVN6shapes4RectE, i64 16), ptr %23, align 8, !tbaa !16, !noalias !33
  %26 = getelementptr inbounds nuw i8, ptr %23, i64 16
  store <2 x double> <double 2.000000e+00, double 3.000000e+00>, ptr %26, align 8, !tbaa !9, !noalias !33
  %27 = invoke noalias noundef nonnull dereferenceable(16) ptr @_Znwm(i64 noundef 16) #30
          to label %28 unwind label %133

28:                                               ; preds = %24
  %29 = getelementptr inbounds nuw i8, ptr %27, i64 8
  %30 = ptrtoint ptr %23 to i64
  store i64 %30, ptr %29, align 8, !tbaa !14
  store i64 %21, ptr %27, align 8, !tbaa !14, !alias.scope !36, !noalias !39
  %31 = getelementptr inbounds nuw i8, ptr %27, i64 16
  tail call void @_ZdlPvm(ptr noundef nonnull %19, i64 noundef 8) #31
  store ptr %27, ptr %5, align 8, !tbaa !29
  store ptr %31, ptr %17, align 8, !tbaa !31
  store ptr %31, ptr %18, align 8, !tbaa !32
  %32 = invoke noalias noundef nonnull dereferenceable(32) ptr @_Znwm(i64 noundef 32) #30
          to label %33 unwind label %135

33:                                               ; preds = %28
  %34 = sitofp i32 %0 to double
  %35 = getelementptr inbounds nuw i8, ptr %32, i64 8
  store ptr @.str.5, ptr %35, align 8, !tbaa !23, !noalias !41
  store ptr getelementptr inbounds nuw inrange(-16, 32) (i8, ptr @_ZTVN6shapes4RectE, i64 16), ptr %32, align 8, !tbaa !16, !noalias !41
  %36 = getelementptr inbounds nuw i8, ptr %32, i64 16
  store double %34, ptr %36, align 8, !tbaa !18, !noalias !41
  %37 = getelementptr inbounds nuw i8, ptr %32, i64 24
  store double %34, ptr %37, align 8, !tbaa !22, !noalias !41
  %38 = icmp slt i32 %0, 0
  br i1 %38, label %39, label %49

39:                                               ; preds = %33
  %40 = tail call ptr @__cxa_allocate_exception(i64 16) #27, !noalias !41
  invoke void @_ZNSt16invalid_argumentC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %40, ptr noundef nonnull @.str.6)
          to label %41 unwind label %43, !noalias !41

41:                                               ; preds = %39
  invoke void @__cxa_throw(ptr nonnull %40, ptr nonnull @_ZTISt16invalid_argument, ptr nonnull @_ZNSt16invalid_argumentD1Ev) #28
          to label %42 unwind label %45, !noalias !41

42:                                               ; preds = %41
  unreachable

43:                                               ; preds = %39
  %44 = landingpad { ptr, i32 }
          cleanup
  tail call void @__cxa_free_exception(ptr nonnull %40) #27, !noalias !41
  br label %47

45:                                               ; preds = %41
  %46 = landingpad { ptr, i32 }
          cleanup
  br label %47

47:                                               ; preds = %45, %43
  %48 = phi { ptr, i32 } [ %46, %45 ], [ %44, %43 ]
  tail call void @_ZdlPvm(ptr noundef nonnull %32, i64 noundef 32) #31, !noalias !41
  br label %479

49:                                               ; preds = %33
  store ptr getelementptr inbounds nuw inrange(-16, 32) (i8, ptr @_ZTVN6shapes6SquareE, i64 16), ptr %32, align 8, !tbaa !16, !noalias !41
  %50 = invoke noalias noundef nonnull dereferenceable(32) ptr @_Znwm(i64 noundef 32) #30
          to label %51 unwind label %137

51:                                               ; preds = %49
  %52 = getelementptr inbounds nuw i8, ptr %50, i64 16
  %53 = ptrtoint ptr %32 to i64
  store i64 %53, ptr %52, align 8, !tbaa !14
  tail call void @llvm.experimental.noalias.scope.decl(metadata !44)
  %54 = getelementptr inbounds nuw i8, ptr %50, i64 8
  %55 = load <2 x i64>, ptr %27, align 8, !tbaa !14, !alias.scope !47, !noalias !50
  store ptr null, ptr %27, align 8, !tbaa !14, !alias.scope !51, !noalias !44
  store <2 x i64> %55, ptr %50, align 8, !tbaa !14, !alias.scope !52, !noalias !50
  %56 = getelementptr inbounds nuw i8, ptr %50, i64 24
  tail call void @_ZdlPvm(ptr noundef nonnull %27, i64 noundef 16) #31
  store ptr %50, ptr %5, align 8, !tbaa !29
  store ptr %56, ptr %17, align 8, !tbaa !31
  %57 = getelementptr inbounds nuw i8, ptr %50, i64 32
  store ptr %57, ptr %18, align 8, !tbaa !32
  call void @llvm.lifetime.start.p0(ptr nonnull %6) #27
  %58 = load ptr, ptr %50, align 8, !tbaa !14
  %59 = load ptr, ptr %58, align 8, !tbaa !16
  %60 = getelementptr inbounds nuw i8, ptr %59, i64 16
  %61 = load ptr, ptr %60, align 8
  %62 = invoke noundef double %61(ptr noundef nonnull align 8 dereferenceable(16) %58)
          to label %63 unwind label %139

63:                                               ; preds = %51
  %64 = load ptr, ptr %50, align 8, !tbaa !14
  %65 = load ptr, ptr %64, align 8, !tbaa !16
  %66 = getelementptr inbounds nuw i8, ptr %65, i64 24
  %67 = load ptr, ptr %66, align 8
  %68 = invoke noundef double %67(ptr noundef nonnull align 8 dereferenceable(16) %64)
          to label %69 unwind label %139

69:                                               ; preds = %63
  %70 = fadd double %62, %68
  %71 = fadd double %70, 0.000000e+00
  %72 = load ptr, ptr %54, align 8, !tbaa !14
  %73 = load ptr, ptr %72, align 8, !tbaa !16
  %74 = getelementptr inbounds nuw i8, ptr %73, i64 16
  %75 = load ptr, ptr %74, align 8
  %76 = invoke noundef double %75(ptr noundef nonnull align 8 dereferenceable(16) %72)
          to label %77 unwind label %139

77:                                               ; preds = %69
  %78 = load ptr, ptr %54, align 8, !tbaa !14
  %79 = load ptr, ptr %78, align 8, !tbaa !16
  %80 = getelementptr inbounds nuw i8, ptr %79, i64 24
  %81 = load ptr, ptr %80, align 8
  %82 = invoke noundef double %81(ptr noundef nonnull align 8 dereferenceable(16) %78)
          to label %83 unwind label %139

83:                                               ; preds = %77
  %84 = fadd double %76, %82
  %85 = fadd double %71, %84
  %86 = load ptr, ptr %52, align 8, !tbaa !14
  %87 = load ptr, ptr %86, align 8, !tbaa !16
  %88 = getelementptr inbounds nuw i8, ptr %87, i64 16
  %89 = load ptr, ptr %88, align 8
  %90 = invoke noundef double %89(ptr noundef nonnull align 8 dereferenceable(16) %86)
          to label %91 unwind label %139

91:                                               ; preds = %83
  %92 = load ptr, ptr %52, align 8, !tbaa !14
  %93 = load ptr, ptr %92, align 8, !tbaa !16
  %94 = getelementptr inbounds nuw i8, ptr %93, i64 24
  %95 = load ptr, ptr %94, align 8
  %96 = invoke noundef double %95(ptr noundef nonnull align 8 dereferenceable(16) %92)
          to label %97 unwind label %139

97:                                               ; preds = %91
  %98 = fadd double %90, %96
  %99 = fadd double %85, %98
  store double %99, ptr %6, align 8, !tbaa !9
  %100 = invoke noalias noundef nonnull dereferenceable(32) ptr @_Znwm(i64 noundef 32) #30
          to label %101 unwind label %141

101:                                              ; preds = %97
  %102 = getelementptr inbounds nuw i8, ptr %100, i64 32
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %100, ptr noundef nonnull align 8 dereferenceable(32) @constinit, i64 32, i1 false)
  %103 = icmp eq i32 %0, 0
  br i1 %103, label %114, label %143

104:                                              ; preds = %175
  %105 = icmp eq ptr %176, %179
  br i1 %105, label %108, label %106

106:                                              ; preds = %104
  %107 = load double, ptr %176, align 8, !tbaa !9
  br label %114

108:                                              ; preds = %104
  %109 = tail call ptr @__cxa_allocate_exception(i64 16) #27
  invoke void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %109, ptr noundef nonnull @.str.15)
          to label %110 unwind label %112

110:                                              ; preds = %108
  invoke void @__cxa_throw(ptr nonnull %109, ptr nonnull @_ZTISt13runtime_error, ptr nonnull @_ZNSt13runtime_errorD1Ev) #28
          to label %111 unwind label %410

111:                                              ; preds = %110
  unreachable

112:                                              ; preds = %108
  %113 = landingpad { ptr, i32 }
          cleanup
  tail call void @__cxa_free_exception(ptr nonnull %109) #27
  br label %470

114:                                              ; preds = %106, %101
  %115 = phi double [ %107, %106 ], [ 1.000000e+00, %101 ]
  %116 = phi ptr [ %178, %106 ], [ %102, %101 ]
  %117 = phi ptr [ %179, %106 ], [ %102, %101 ]
  %118 = phi ptr [ %176, %106 ], [ %100, %101 ]
  br label %119

119:                                              ; preds = %119, %114
  %120 = phi double [ %115, %114 ], [ %124, %119 ]
  %121 = phi ptr [ %118, %114 ], [ %125, %119 ]
  %122 = load double, ptr %121, align 8, !tbaa !9
  %123 = fcmp ogt double %122, %120
  %124 = select i1 %123, double %122, double %120
  %125 = getelementptr inbounds nuw i8, ptr %121, i64 8
  %126 = icmp eq ptr %125, %117
  br i1 %126, label %186, label %119

127:                                              ; preds = %2
  %128 = landingpad { ptr, i32 }
          cleanup
  br label %479

129:                                              ; preds = %14
  %130 = landingpad { ptr, i32 }
          cleanup
  tail call void @_ZdlPvm(ptr noundef nonnull align 8 dereferenceable(16) %13, i64 noundef 24) #31
  br label %479

131:                                              ; preds = %20
  %132 = landingpad { ptr, i32 }
          cleanup
  br label %479

133:                                              ; preds = %24
  %134 = landingpad { ptr, i32 }
          cleanup
  tail call void @_ZdlPvm(ptr noundef nonnull align 8 dereferenceable(16) %23, i64 noundef 32) #31
  br label %479

135:                                              ; preds = %28
  %136 = landingpad { ptr, i32 }
          cleanup
  br label %479

137:                                              ; preds = %49
  %138 = landingpad { ptr, i32 }
          cleanup
  tail call void @_ZdlPvm(ptr noundef nonnull align 8 dereferenceable(16) %32, i64 noundef 32) #31
  br label %479

139:                                              ; preds = %91, %83, %77, %69, %63, %51
  %140 = landingpad { ptr, i32 }
          cleanup
  br label %477

141:                                              ; preds = %97
  %142 = landingpad { ptr, i32 }
          cleanup
  br label %477

143:                                              ; preds = %101, %175
  %144 = phi i32 [ %180, %175 ], [ 0, %101 ]
  %145 = phi ptr [ %178, %175 ], [ %102, %101 ]
  %146 = phi ptr [ %179, %175 ], [ %102, %101 ]
  %147 = phi ptr [ %176, %175 ], [ %100, %101 ]
  %148 = uitofp nneg i32 %144 to double
  %149 = fmul double %148, 5.000000e-01
  %150 = icmp eq ptr %146, %145
  br i1 %150, label %152, label %151

151:                                              ; preds = %143
  store double %149, ptr %146, align 8, !tbaa !9
  br label %175

152:                                              ; preds = %143
  %153 = ptrtoint ptr %145 to i64
  %154 = ptrtoint ptr %147 to i64
  %155 = sub i64 %153, %154
  %156 = icmp eq i64 %155, 9223372036854775800
  br i1 %156, label %157, label %159

157:                                              ; preds = %152
  invoke void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.13) #28
          to label %158 unwind label %184

158:                                              ; preds = %157
  unreachable

159:                                              ; preds = %152
  %160 = ashr exact i64 %155, 3
  %161 = tail call i64 @llvm.umax.i64(i64 %160, i64 1)
  %162 = add nsw i64 %161, %160
  %163 = icmp ult i64 %162, %160
  %164 = tail call i64 @llvm.umin.i64(i64 %162, i64 1152921504606846975)
  %165 = select i1 %163, i64 1152921504606846975, i64 %164
  %166 = icmp ne i64 %165, 0
  tail call void @llvm.assume(i1 %166)
  %167 = shl nuw nsw i64 %165, 3
  %168 = invoke noalias noundef nonnull ptr @_Znwm(i64 noundef %167) #30
          to label %169 unwind label %182

169:                                              ; preds = %159
  %170 = getelementptr inbounds i8, ptr %168, i64 %155
  store double %149, ptr %170, align 8, !tbaa !9
  %171 = icmp sgt i64 %155, 0
  br i1 %171, label %172, label %173

172:                                              ; preds = %169
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 8 %168, ptr align 8 %147, i64 %155, i1 false)
  br label %173

173:                                              ; preds = %172, %169
  tail call void @_ZdlPvm(ptr noundef nonnull %147, i64 noundef %155) #31
  %174 = getelementptr inbounds nuw double, ptr %168, i64 %165
  br label %175

175:                                              ; preds = %173, %151
  %176 = phi ptr [ %168, %173 ], [ %147, %151 ]
  %177 = phi ptr [ %170, %173 ], [ %146, %151 ]
  %178 = phi ptr [ %174, %173 ], [ %145, %151 ]
  %179 = getelementptr inbounds nuw i8, ptr %177, i64 8
  %180 = add nuw nsw i32 %144, 1
  %181 = icmp eq i32 %180, %0
  br i1 %181, label %104, label %143, !llvm.loop !54

182:                                              ; preds = %159
  %183 = landingpad { ptr, i32 }
          cleanup
  br label %470

184:                                              ; preds = %157
  %185 = landingpad { ptr, i32 }
          cleanup
  br label %470

186:                                              ; preds = %119
  call void @llvm.lifetime.start.p0(ptr nonnull %7) #27
  store double 0.000000e+00, ptr %7, align 8, !tbaa !9
  br label %187

187:                                              ; preds = %187, %186
  %188 = phi double [ 0.000000e+00, %186 ], [ %191, %187 ]
  %189 = phi ptr [ %118, %186 ], [ %192, %187 ]
  %190 = load double, ptr %189, align 8, !tbaa !9
  %191 = tail call double @llvm.fmuladd.f64(double %190, double 5.000000e-01, double %188)
  store double %191, ptr %7, align 8, !tbaa !9
  %192 = getelementptr inbounds nuw i8, ptr %189, i64 8
  %193 = icmp eq ptr %192, %117
  br i1 %193, label %194, label %187

194:                                              ; preds = %187
  call void @llvm.lifetime.start.p0(ptr nonnull %8) #27
  %195 = getelementptr inbounds nuw i8, ptr %8, i64 16
  %196 = getelementptr inbounds nuw i8, ptr %8, i64 24
  %197 = getelementptr inbounds nuw i8, ptr %8, i64 8
  store i64 0, ptr %197, align 8
  store i64 4611686018427387904, ptr %8, align 8, !tbaa !9
  store ptr @"_ZNSt17_Function_handlerIFddEZ4mainE3$_0E9_M_invokeERKSt9_Any_dataOd", ptr %196, align 8, !tbaa !56
  store ptr @"_ZNSt17_Function_handlerIFddEZ4mainE3$_0E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %195, align 8, !tbaa !59
  call void @llvm.lifetime.start.p0(ptr nonnull %9) #27
  %198 = getelementptr inbounds nuw i8, ptr %9, i64 16
  %199 = getelementptr inbounds nuw i8, ptr %9, i64 8
  store i64 0, ptr %199, align 8
  %200 = invoke noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #30
          to label %201 unwind label %412

201:                                              ; preds = %194
  %202 = getelementptr inbounds nuw i8, ptr %9, i64 24
  store ptr %8, ptr %200, align 16, !tbaa !60
  %203 = getelementptr inbounds nuw i8, ptr %200, i64 8
  store ptr %7, ptr %203, align 8, !tbaa !62
  %204 = getelementptr inbounds nuw i8, ptr %200, i64 16
  store ptr %6, ptr %204, align 16, !tbaa !62
  store ptr %200, ptr %9, align 8, !tbaa !64
  store ptr @"_ZNSt17_Function_handlerIFddEZ4mainE3$_1E9_M_invokeERKSt9_Any_dataOd", ptr %202, align 8, !tbaa !56
  store ptr @"_ZNSt17_Function_handlerIFddEZ4mainE3$_1E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %198, align 8, !tbaa !59
  br label %205

205:                                              ; preds = %205, %201
  %206 = phi i32 [ 0, %201 ], [ %221, %205 ]
  %207 = phi double [ 0.000000e+00, %201 ], [ %220, %205 ]
  %208 = uitofp nneg i32 %206 to double
  %209 = fadd double %208, 5.000000e-01
  %210 = call double @llvm.fmuladd.f64(double %209, double 1.000000e-02, double 0.000000e+00)
  %211 = fmul double %210, 2.000000e+00
  %212 = fmul double %210, %211
  %213 = fadd double %207, %212
  %214 = or disjoint i32 %206, 1
  %215 = uitofp nneg i32 %214 to double
  %216 = fadd double %215, 5.000000e-01
  %217 = call double @llvm.fmuladd.f64(double %216, double 1.000000e-02, double 0.000000e+00)
  %218 = fmul double %217, 2.000000e+00
  %219 = fmul double %217, %218
  %220 = fadd double %213, %219
  %221 = add nuw nsw i32 %206, 2
  %222 = icmp eq i32 %221, 100
  br i1 %222, label %223, label %205, !llvm.loop !65

223:                                              ; preds = %205
  %224 = fmul double %220, 1.000000e-02
  %225 = getelementptr inbounds nuw i8, ptr %10, i64 16
  %226 = getelementptr inbounds nuw i8, ptr %10, i64 24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %10, i8 0, i64 32, i1 false)
  %227 = invoke noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #30
          to label %232 unwind label %228

228:                                              ; preds = %223
  %229 = landingpad { ptr, i32 }
          cleanup
  br label %451

230:                                              ; preds = %307, %300, %293, %286, %279, %272, %265, %258, %243
  invoke void @_ZSt25__throw_bad_function_callv() #28
          to label %231 unwind label %416

231:                                              ; preds = %230
  unreachable

232:                                              ; preds = %223
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(24) %227, ptr noundef nonnull readonly align 8 dereferenceable(24) %200, i64 24, i1 false), !tbaa.struct !66
  store ptr %227, ptr %10, align 8, !tbaa !64
  store ptr @"_ZNSt17_Function_handlerIFddEZ4mainE3$_1E9_M_invokeERKSt9_Any_dataOd", ptr %226, align 8, !tbaa !56
  store ptr @"_ZNSt17_Function_handlerIFddEZ4mainE3$_1E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %225, align 8, !tbaa !59
  call void @llvm.lifetime.start.p0(ptr nonnull %4)
  store double 5.000000e-02, ptr %4, align 8, !tbaa !9
  %233 = load ptr, ptr %227, align 8, !tbaa !67, !nonnull !50, !align !69
  call void @llvm.lifetime.start.p0(ptr nonnull %3)
  store double 5.000000e-02, ptr %3, align 8, !tbaa !9
  %234 = getelementptr inbounds nuw i8, ptr %233, i64 16
  %235 = load ptr, ptr %234, align 8, !tbaa !59
  %236 = icmp eq ptr %235, null
  br i1 %236, label %237, label %239

237:                                              ; preds = %232
  invoke void @_ZSt25__throw_bad_function_callv() #28
          to label %238 unwind label %414

238:                                              ; preds = %237
  unreachable

239:                                              ; preds = %232
  %240 = getelementptr inbounds nuw i8, ptr %233, i64 24
  %241 = load ptr, ptr %240, align 8, !tbaa !56
  %242 = invoke noundef double %241(ptr noundef nonnull align 8 dereferenceable(32) %233, ptr noundef nonnull align 8 dereferenceable(8) %3)
          to label %243 unwind label %414

243:                                              ; preds = %239
  call void @llvm.lifetime.end.p0(ptr nonnull %3)
  %244 = getelementptr inbounds nuw i8, ptr %227, i64 8
  %245 = load ptr, ptr %244, align 8, !tbaa !70, !nonnull !50, !align !69
  %246 = load double, ptr %245, align 8, !tbaa !9
  %247 = fadd double %242, %246
  %248 = getelementptr inbounds nuw i8, ptr %227, i64 16
  %249 = load ptr, ptr %248, align 8, !tbaa !71, !nonnull !50, !align !69
  %250 = load double, ptr %249, align 8, !tbaa !9
  %251 = fadd double %247, %250
  call void @llvm.lifetime.end.p0(ptr nonnull %4)
  %252 = fadd double %251, 0.000000e+00
  call void @llvm.lifetime.start.p0(ptr nonnull %4)
  store double 0x3FC3333333333334, ptr %4, align 8, !tbaa !9
  %253 = load ptr, ptr %225, align 8, !tbaa !59
  %254 = icmp eq ptr %253, null
  br i1 %254, label %230, label %255

255:                                              ; preds = %243
  %256 = load ptr, ptr %226, align 8, !tbaa !56
  %257 = invoke noundef double %256(ptr noundef nonnull align 8 dereferenceable(32) %10, ptr noundef nonnull align 8 dereferenceable(8) %4)
          to label %258 unwind label %414

258:                                              ; preds = %255
  call void @llvm.lifetime.end.p0(ptr nonnull %4)
  %259 = fadd double %252, %257
  call void @llvm.lifetime.start.p0(ptr nonnull %4)
  store double 2.500000e-01, ptr %4, align 8, !tbaa !9
  %260 = load ptr, ptr %225, align 8, !tbaa !59
  %261 = icmp eq ptr %260, null
  br i1 %261, label %230, label %262

262:                                              ; preds = %258
  %263 = load ptr, ptr %226, align 8, !tbaa !56
  %264 = invoke noundef double %263(ptr noundef nonnull align 8 dereferenceable(32) %10, ptr noundef nonnull align 8 dereferenceable(8) %4)
          to label %265 unwind label %414

265:                                              ; preds = %262
  call void @llvm.lifetime.end.p0(ptr nonnull %4)
  %266 = fadd double %259, %264
  call void @llvm.lifetime.start.p0(ptr nonnull %4)
  store double 0x3FD6666666666667, ptr %4, align 8, !tbaa !9
  %267 = load ptr, ptr %225, align 8, !tbaa !59
  %268 = icmp eq ptr %267, null
  br i1 %268, label %230, label %269

269:                                              ; preds = %265
  %270 = load ptr, ptr %226, align 8, !tbaa !56
  %271 = invoke noundef double %270(ptr noundef nonnull align 8 dereferenceable(32) %10, ptr noundef nonnull align 8 dereferenceable(8) %4)
          to label %272 unwind label %414

272:                                              ; preds = %269
  call void @llvm.lifetime.end.p0(ptr nonnull %4)
  %273 = fadd double %266, %271
  call void @llvm.lifetime.start.p0(ptr nonnull %4)
  store double 4.500000e-01, ptr %4, align 8, !tbaa !9
  %274 = load ptr, ptr %225, align 8, !tbaa !59
  %275 = icmp eq ptr %274, null
  br i1 %275, label %230, label %276

276:                                              ; preds = %272
  %277 = load ptr, ptr %226, align 8, !tbaa !56
  %278 = invoke noundef double %277(ptr noundef nonnull align 8 dereferenceable(32) %10, ptr noundef nonnull align 8 dereferenceable(8) %4)
          to label %279 unwind label %414

279:                                              ; preds = %276
  call void @llvm.lifetime.end.p0(ptr nonnull %4)
  %280 = fadd double %273, %278
  call void @llvm.lifetime.start.p0(ptr nonnull %4)
  store double 5.500000e-01, ptr %4, align 8, !tbaa !9
  %281 = load ptr, ptr %225, align 8, !tbaa !59
  %282 = icmp eq ptr %281, null
  br i1 %282, label %230, label %283

283:                                              ; preds = %279
  %284 = load ptr, ptr %226, align 8, !tbaa !56
  %285 = invoke noundef double %284(ptr noundef nonnull align 8 dereferenceable(32) %10, ptr noundef nonnull align 8 dereferenceable(8) %4)
          to label %286 unwind label %414

286:                                              ; preds = %283
  call void @llvm.lifetime.end.p0(ptr nonnull %4)
  %287 = fadd double %280, %285
  call void @llvm.lifetime.start.p0(ptr nonnull %4)
  store double 6.500000e-01, ptr %4, align 8, !tbaa !9
  %288 = load ptr, ptr %225, align 8, !tbaa !59
  %289 = icmp eq ptr %288, null
  br i1 %289, label %230, label %290

290:                                              ; preds = %286
  %291 = load ptr, ptr %226, align 8, !tbaa !56
  %292 = invoke noundef double %291(ptr noundef nonnull align 8 dereferenceable(32) %10, ptr noundef nonnull align 8 dereferenceable(8) %4)
          to label %293 unwind label %414

293:                                              ; preds = %290
  call void @llvm.lifetime.end.p0(ptr nonnull %4)
  %294 = fadd double %287, %292
  call void @llvm.lifetime.start.p0(ptr nonnull %4)
  store double 7.500000e-01, ptr %4, align 8, !tbaa !9
  %295 = load ptr, ptr %225, align 8, !tbaa !59
  %296 = icmp eq ptr %295, null
  br i1 %296, label %230, label %297

297:                                              ; preds = %293
  %298 = load ptr, ptr %226, align 8, !tbaa !56
  %299 = invoke noundef double %298(ptr noundef nonnull align 8 dereferenceable(32) %10, ptr noundef nonnull align 8 dereferenceable(8) %4)
          to label %300 unwind label %414

300:                                              ; preds = %297
  call void @llvm.lifetime.end.p0(ptr nonnull %4)
  %301 = fadd double %294, %299
  call void @llvm.lifetime.start.p0(ptr nonnull %4)
  store double 0x3FEB333333333334, ptr %4, align 8, !tbaa !9
  %302 = load ptr, ptr %225, align 8, !tbaa !59
  %303 = icmp eq ptr %302, null
  br i1 %303, label %230, label %304

304:                                              ; preds = %300
  %305 = load ptr, ptr %226, align 8, !tbaa !56
  %306 = invoke noundef double %305(ptr noundef nonnull align 8 dereferenceable(32) %10, ptr noundef nonnull align 8 dereferenceable(8) %4)
          to label %307 unwind label %414

307:                                              ; preds = %304
  call void @llvm.lifetime.end.p0(ptr nonnull %4)
  %308 = fadd double %301, %306
  call void @llvm.lifetime.start.p0(ptr nonnull %4)
  store double 0x3FEE666666666667, ptr %4, align 8, !tbaa !9
  %309 = load ptr, ptr %225, align 8, !tbaa !59
  %310 = icmp eq ptr %309, null
  br i1 %310, label %230, label %311

311:                                              ; preds = %307
  %312 = load ptr, ptr %226, align 8, !tbaa !56
  %313 = invoke noundef double %312(ptr noundef nonnull align 8 dereferenceable(32) %10, ptr noundef nonnull align 8 dereferenceable(8) %4)
          to label %314 unwind label %414

314:                                              ; preds = %311
  call void @llvm.lifetime.end.p0(ptr nonnull %4)
  %315 = fadd double %308, %313
  %316 = fmul double %315, 1.000000e-01
  %317 = load ptr, ptr %225, align 8, !tbaa !59
  %318 = icmp eq ptr %317, null
  br i1 %318, label %324, label %319

319:                                              ; preds = %314
  %320 = invoke noundef zeroext i1 %317(ptr noundef nonnull align 8 dereferenceable(32) %10, ptr noundef nonnull align 8 dereferenceable(32) %10, i32 noundef 3)
          to label %324 unwind label %321

321:                                              ; preds = %319
  %322 = landingpad { ptr, i32 }
          catch ptr null
  %323 = extractvalue { ptr, i32 } %322, 0
  call void @__clang_call_terminate(ptr %323) #29
  unreachable

324:                                              ; preds = %319, %314
  call void @llvm.lifetime.start.p0(ptr nonnull %11) #27
  %325 = getelementptr inbounds nuw i8, ptr %11, i64 8
  %326 = getelementptr inbounds nuw i8, ptr %11, i64 24
  store ptr %326, ptr %325, align 8, !tbaa !72
  %327 = getelementptr inbounds nuw i8, ptr %11, i64 16
  store i64 0, ptr %327, align 8, !tbaa !74
  store i8 0, ptr %326, align 8, !tbaa !77
  %328 = load i32, ptr @_ZN7Counted4liveE, align 4, !tbaa !5
  %329 = add nsw i32 %328, 1
  store i32 %329, ptr @_ZN7Counted4liveE, align 4, !tbaa !5
  store ptr getelementptr inbounds nuw inrange(-16, 24) (i8, ptr @_ZTV6Widget, i64 16), ptr %11, align 8, !tbaa !16
  %330 = icmp sgt i32 %0, 1
  br i1 %330, label %331, label %334

331:                                              ; preds = %324
  %332 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %333 = load ptr, ptr %332, align 8, !tbaa !78
  br label %334

334:                                              ; preds = %324, %331
  %335 = phi ptr [ %333, %331 ], [ @.str.3, %324 ]
  %336 = call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %335) #27
  %337 = invoke noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32) %325, i64 noundef 0, i64 noundef 0, ptr noundef nonnull %335, i64 noundef %336)
          to label %338 unwind label %427

338:                                              ; preds = %334
  %339 = getelementptr inbounds nuw i8, ptr %11, i64 40
  store i64 7, ptr %339, align 8, !tbaa !79
  %340 = getelementptr inbounds nuw i8, ptr %11, i64 48
  store double 1.500000e+00, ptr %340, align 8, !tbaa !83
  %341 = getelementptr inbounds nuw i8, ptr %11, i64 56
  store float 5.000000e-01, ptr %341, align 8, !tbaa !84
  %342 = getelementptr inbounds nuw i8, ptr %11, i64 60
  store i32 3, ptr %342, align 4, !tbaa !85
  call void @llvm.lifetime.start.p0(ptr nonnull %12) #27
  %343 = load ptr, ptr %11, align 8, !tbaa !16
  %344 = load ptr, ptr %343, align 8
  invoke void %344(ptr dead_on_unwind nonnull writable sret(%"class.std::__cxx11::basic_string") align 8 %12, ptr noundef nonnull align 8 dereferenceable(40) %11)
          to label %345 unwind label %429

345:                                              ; preds = %338
  %346 = add nsw i32 %0, -1
  %347 = invoke noundef i32 @_Z10try_thingsii(i32 noundef %0, i32 noundef %346)
          to label %348 unwind label %431

348:                                              ; preds = %345
  %349 = load double, ptr %6, align 8, !tbaa !9
  %350 = load ptr, ptr %12, align 8, !tbaa !86
  %351 = load i32, ptr @_ZN7Counted4liveE, align 4, !tbaa !5
  %352 = fadd double %224, %316
  %353 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %349, double noundef %124, double noundef %352, double noundef 9.200000e+01, i32 noundef 1, double noundef 2.000000e+00, ptr noundef %350, i32 noundef %347, i32 noundef %351, double noundef 2.200000e+01)
  %354 = load ptr, ptr %12, align 8, !tbaa !86
  %355 = getelementptr inbounds nuw i8, ptr %12, i64 16
  %356 = icmp eq ptr %354, %355
  br i1 %356, label %360, label %357

357:                                              ; preds = %348
  %358 = load i64, ptr %355, align 8, !tbaa !77
  %359 = add i64 %358, 1
  call void @_ZdlPvm(ptr noundef %354, i64 noundef %359) #31
  br label %360

360:                                              ; preds = %348, %357
  call void @llvm.lifetime.end.p0(ptr nonnull %12) #27
  %361 = load i32, ptr @_ZN7Counted4liveE, align 4, !tbaa !5
  %362 = add nsw i32 %361, -1
  store i32 %362, ptr @_ZN7Counted4liveE, align 4, !tbaa !5
  store ptr getelementptr inbounds nuw inrange(-16, 24) (i8, ptr @_ZTV5Named, i64 16), ptr %11, align 8, !tbaa !16
  %363 = load ptr, ptr %325, align 8, !tbaa !86
  %364 = icmp eq ptr %363, %326
  br i1 %364, label %368, label %365

365:                                              ; preds = %360
  %366 = load i64, ptr %326, align 8, !tbaa !77
  %367 = add i64 %366, 1
  call void @_ZdlPvm(ptr noundef %363, i64 noundef %367) #31
  br label %368

368:                                              ; preds = %360, %365
  call void @llvm.lifetime.end.p0(ptr nonnull %11) #27
  %369 = load ptr, ptr %198, align 8, !tbaa !59
  %370 = icmp eq ptr %369, null
  br i1 %370, label %376, label %371

371:                                              ; preds = %368
  %372 = invoke noundef zeroext i1 %369(ptr noundef nonnull align 8 dereferenceable(32) %9, ptr noundef nonnull align 8 dereferenceable(32) %9, i32 noundef 3)
          to label %376 unwind label %373

373:                                              ; preds = %371
  %374 = landingpad { ptr, i32 }
          catch ptr null
  %375 = extractvalue { ptr, i32 } %374, 0
  call void @__clang_call_terminate(ptr %375) #29
  unreachable

376:                                              ; preds = %368, %371
  call void @llvm.lifetime.end.p0(ptr nonnull %9) #27
  %377 = load ptr, ptr %195, align 8, !tbaa !59
  %378 = icmp eq ptr %377, null
  br i1 %378, label %384, label %379

379:                                              ; preds = %376
  %380 = invoke noundef zeroext i1 %377(ptr noundef nonnull align 8 dereferenceable(32) %8, ptr noundef nonnull align 8 dereferenceable(32) %8, i32 noundef 3)
          to label %384 unwind label %381

381:                                              ; preds = %379
  %382 = landingpad { ptr, i32 }
          catch ptr null
  %383 = extractvalue { ptr, i32 } %382, 0
  call void @__clang_call_terminate(ptr %383) #29
  unreachable

384:                                              ; preds = %376, %379
  call void @llvm.lifetime.end.p0(ptr nonnull %8) #27
  call void @llvm.lifetime.end.p0(ptr nonnull %7) #27
  %385 = ptrtoint ptr %116 to i64
  %386 = ptrtoint ptr %118 to i64
  %387 = sub i64 %385, %386
  call void @_ZdlPvm(ptr noundef nonnull %118, i64 noundef %387) #31
  call void @llvm.lifetime.end.p0(ptr nonnull %6) #27
  %388 = load ptr, ptr %5, align 8, !tbaa !29
  %389 = load ptr, ptr %17, align 8, !tbaa !31
  %390 = icmp eq ptr %388, %389
  br i1 %390, label %402, label %391

391:                                              ; preds = %384, %399
  %392 = phi ptr [ %400, %399 ], [ %388, %384 ]
  %393 = load ptr, ptr %392, align 8, !tbaa !14
  %394 = icmp eq ptr %393, null
  br i1 %394, label %399, label %395

395:                                              ; preds = %391
  %396 = load ptr, ptr %393, align 8, !tbaa !16
  %397 = getelementptr inbounds nuw i8, ptr %396, i64 8
  %398 = load ptr, ptr %397, align 8
  call void %398(ptr noundef nonnull align 8 dereferenceable(16) %393) #27
  br label %399

399:                                              ; preds = %395, %391
  store ptr null, ptr %392, align 8, !tbaa !14
  %400 = getelementptr inbounds nuw i8, ptr %392, i64 8
  %401 = icmp eq ptr %400, %389
  br i1 %401, label %402, label %391, !llvm.loop !87

402:                                              ; preds = %399, %384
  %403 = icmp eq ptr %388, null
  br i1 %403, label %409, label %404

404:                                              ; preds = %402
  %405 = load ptr, ptr %18, align 8, !tbaa !32
  %406 = ptrtoint ptr %405 to i64
  %407 = ptrtoint ptr %388 to i64
  %408 = sub i64 %406, %407
  call void @_ZdlPvm(ptr noundef nonnull %388, i64 noundef %408) #31
  br label %409

409:                                              ; preds = %402, %404
  call void @llvm.lifetime.end.p0(ptr nonnull %5) #27
  ret i32 0

410:                                              ; preds = %110
  %411 = landingpad { ptr, i32 }
          cleanup
  br label %470

412:                                              ; preds = %194
  %413 = landingpad { ptr, i32 }
          cleanup
  br label %460

414:                                              ; preds = %239, %237, %311, %304, %297, %290, %283, %276, %269, %262, %255
  %415 = landingpad { ptr, i32 }
          cleanup
  br label %418

416:                                              ; preds = %230
  %417 = landingpad { ptr, i32 }
          cleanup
  br label %418

418:                                              ; preds = %416, %414
  %419 = phi { ptr, i32 } [ %415, %414 ], [ %417, %416 ]
  %420 = load ptr, ptr %225, align 8, !tbaa !59
  %421 = icmp eq ptr %420, null
  br i1 %421, label %451, label %422

422:                                              ; preds = %418
  %423 = invoke noundef zeroext i1 %420(ptr noundef nonnull align 8 dereferenceable(32) %10, ptr noundef nonnull align 8 dereferenceable(32) %10, i32 noundef 3)
          to label %451 unwind label %424

424:                                              ; preds = %422
  %425 = landingpad { ptr, i32 }
          catch ptr null
  %426 = extractvalue { ptr, i32 } %425, 0
  call void @__clang_call_terminate(ptr %426) #29
  unreachable

427:                                              ; preds = %334
  %428 = landingpad { ptr, i32 }
          cleanup
  br label %441

429:                                              ; preds = %338
  %430 = landingpad { ptr, i32 }
          cleanup
  br label %439

431:                                              ; preds = %345
  %432 = landingpad { ptr, i32 }
          cleanup
  %433 = load ptr, ptr %12, align 8, !tbaa !86
  %434 = getelementptr inbounds nuw i8, ptr %12, i64 16
  %435 = icmp eq ptr %433, %434
  br i1 %435, label %439, label %436

436:                                              ; preds = %431
  %437 = load i64, ptr %434, align 8, !tbaa !77
  %438 = add i64 %437, 1
  call void @_ZdlPvm(ptr noundef %433, i64 noundef %438) #31
  br label %439

439:                                              ; preds = %436, %431, %429
  %440 = phi { ptr, i32 } [ %430, %429 ], [ %432, %431 ], [ %432, %436 ]
  call void @llvm.lifetime.end.p0(ptr nonnull %12) #27
  br label %441

441:                                              ; preds = %439, %427
  %442 = phi { ptr, i32 } [ %440, %439 ], [ %428, %427 ]
  %443 = load i32, ptr @_ZN7Counted4liveE, align 4, !tbaa !5
  %444 = add nsw i32 %443, -1
  store i32 %444, ptr @_ZN7Counted4liveE, align 4, !tbaa !5
  store ptr getelementptr inbounds nuw inrange(-16, 24) (i8, ptr @_ZTV5Named, i64 16), ptr %11, align 8, !tbaa !16
  %445 = load ptr, ptr %325, align 8, !tbaa !86
  %446 = icmp eq ptr %445, %326
  br i1 %446, label %450, label %447

447:                                              ; preds = %441
  %448 = load i64, ptr %326, align 8, !tbaa !77
  %449 = add i64 %448, 1
  call void @_ZdlPvm(ptr noundef %445, i64 noundef %449) #31
  br label %450

450:                                              ; preds = %447, %441
  call void @llvm.lifetime.end.p0(ptr nonnull %11) #27
  br label %451

451:                                              ; preds = %228, %422, %418, %450
  %452 = phi { ptr, i32 } [ %442, %450 ], [ %229, %228 ], [ %419, %422 ], [ %419, %418 ]
  %453 = load ptr, ptr %198, align 8, !tbaa !59
  %454 = icmp eq ptr %453, null
  br i1 %454, label %460, label %455

455:                                              ; preds = %451
  %456 = invoke noundef zeroext i1 %453(ptr noundef nonnull align 8 dereferenceable(32) %9, ptr noundef nonnull align 8 dereferenceable(32) %9, i32 noundef 3)
          to label %460 unwind label %457

457:                                              ; preds = %455
  %458 = landingpad { ptr, i32 }
          catch ptr null
  %459 = extractvalue { ptr, i32 } %458, 0
  call void @__clang_call_terminate(ptr %459) #29
  unreachable

460:                                              ; preds = %455, %451, %412
  %461 = phi { ptr, i32 } [ %413, %412 ], [ %452, %451 ], [ %452, %455 ]
  call void @llvm.lifetime.end.p0(ptr nonnull %9) #27
  %462 = load ptr, ptr %195, align 8, !tbaa !59
  %463 = icmp eq ptr %462, null
  br i1 %463, label %469, label %464

464:                                              ; preds = %460
  %465 = invoke noundef zeroext i1 %462(ptr noundef nonnull align 8 dereferenceable(32) %8, ptr noundef nonnull align 8 dereferenceable(32) %8, i32 noundef 3)
          to label %469 unwind label %466

466:                                              ; preds = %464
  %467 = landingpad { ptr, i32 }
          catch ptr null
  %468 = extractvalue { ptr, i32 } %467, 0
  call void @__clang_call_terminate(ptr %468) #29
  unreachable

469:                                              ; preds = %460, %464
  call void @llvm.lifetime.end.p0(ptr nonnull %8) #27
  call void @llvm.lifetime.end.p0(ptr nonnull %7) #27
  br label %470

470:                                              ; preds = %469, %112, %410, %184, %182
  %471 = phi ptr [ %176, %112 ], [ %118, %469 ], [ %176, %410 ], [ %147, %182 ], [ %147, %184 ]
  %472 = phi ptr [ %178, %112 ], [ %116, %469 ], [ %178, %410 ], [ %145, %182 ], [ %145, %184 ]
  %473 = phi { ptr, i32 } [ %113, %112 ], [ %461, %469 ], [ %411, %410 ], [ %183, %182 ], [ %185, %184 ]
  %474 = ptrtoint ptr %472 to i64
  %475 = ptrtoint ptr %471 to i64
  %476 = sub i64 %474, %475
  call void @_ZdlPvm(ptr noundef nonnull %471, i64 noundef %476) #31
  br label %477

477:                                              ; preds = %141, %470, %139
  %478 = phi { ptr, i32 } [ %140, %139 ], [ %142, %141 ], [ %473, %470 ]
  call void @llvm.lifetime.end.p0(ptr nonnull %6) #27
  br label %479

479:                                              ; preds = %137, %47, %135, %131, %133, %127, %129, %477
  %480 = phi { ptr, i32 } [ %478, %477 ], [ %132, %131 ], [ %128, %127 ], [ %130, %129 ], [ %134, %133 ], [ %138, %137 ], [ %136, %135 ], [ %48, %47 ]
  call void @_ZNSt6vectorISt10unique_ptrIN6shapes5ShapeESt14default_deleteIS2_EESaIS5_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %5) #27
  call void @llvm.lifetime.end.p0(ptr nonnull %5) #27
  resume { ptr, i32 } %480
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #13

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6WidgetD2Ev(ptr noundef nonnull align 8 dereferenceable(64) %0) unnamed_addr #14 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = load i32, ptr @_ZN7Counted4liveE, align 4, !tbaa !5
  %3 = add nsw i32 %2, -1
  store i32 %3, ptr @_ZN7Counted4liveE, align 4, !tbaa !5
  store ptr getelementptr inbounds nuw inrange(-16, 24) (i8, ptr @_ZTV5Named, i64 16), ptr %0, align 8, !tbaa !16
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %5 = load ptr, ptr %4, align 8, !tbaa !86
  %6 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %7 = icmp eq ptr %5, %6
  br i1 %7, label %11, label %8

8:                                                ; preds = %1
  %9 = load i64, ptr %6, align 8, !tbaa !77
  %10 = add i64 %9, 1
  tail call void @_ZdlPvm(ptr noundef %5, i64 noundef %10) #31
  br label %11

11:                                               ; preds = %1, %8
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorISt10unique_ptrIN6shapes5ShapeESt14default_deleteIS2_EESaIS5_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #7 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !29
  %3 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !31
  %5 = icmp eq ptr %2, %4
  br i1 %5, label %19, label %6

6:                                                ; preds = %1, %14
  %7 = phi ptr [ %15, %14 ], [ %2, %1 ]
  %8 = load ptr, ptr %7, align 8, !tbaa !14
  %9 = icmp eq ptr %8, null
  br i1 %9, label %14, label %10

10:                                               ; preds = %6
  %11 = load ptr, ptr %8, align 8, !tbaa !16
  %12 = getelementptr inbounds nuw i8, ptr %11, i64 8
  %13 = load ptr, ptr %12, align 8
  tail call void %13(ptr noundef nonnull align 8 dereferenceable(16) %8) #27
  br label %14

14:                                               ; preds = %10, %6
  store ptr null, ptr %7, align 8, !tbaa !14
  %15 = getelementptr inbounds nuw i8, ptr %7, i64 8
  %16 = icmp eq ptr %15, %4
  br i1 %16, label %17, label %6, !llvm.loop !87

17:                                               ; preds = %14
  %18 = load ptr, ptr %0, align 8, !tbaa !29
  br label %19

19:                                               ; preds = %17, %1
  %20 = phi ptr [ %18, %17 ], [ %2, %1 ]
  %21 = icmp eq ptr %20, null
  br i1 %21, label %28, label %22

22:                                               ; preds = %19
  %23 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %24 = load ptr, ptr %23, align 8, !tbaa !32
  %25 = ptrtoint ptr %24 to i64
  %26 = ptrtoint ptr %20 to i64
  %27 = sub i64 %25, %26
  tail call void @_ZdlPvm(ptr noundef nonnull %20, i64 noundef %27) #31
  br label %28

28:                                               ; preds = %19, %22
  ret void
}

declare void @_ZNSt16invalid_argumentC1EPKc(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) unnamed_addr #4

; Function Attrs: nounwind
declare void @_ZNSt16invalid_argumentD1Ev(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #5

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6shapes4RectD0Ev(ptr noundef nonnull align 8 dereferenceable(32) %0) unnamed_addr #14 comdat align 2 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 32) #31
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef double @_ZNK6shapes5Shape9perimeterEv(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #7 comdat align 2 {
  ret double 0.000000e+00
}

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #15

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #16

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNK6Widget8describeB5cxx11Ev(ptr dead_on_unwind noalias writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef nonnull align 8 dereferenceable(64) %1) unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 {
  %3 = alloca %"class.std::__cxx11::basic_string", align 8
  %4 = alloca %"class.std::__cxx11::basic_string", align 8
  %5 = alloca %"class.std::__cxx11::basic_string", align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #27
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #27
  %6 = getelementptr inbounds nuw i8, ptr %1, i64 8
  call void @_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_RKS8_(ptr dead_on_unwind nonnull writable sret(%"class.std::__cxx11::basic_string") align 8 %4, ptr noundef nonnull @.str.7, ptr noundef nonnull align 8 dereferenceable(32) %6)
  call void @llvm.experimental.noalias.scope.decl(metadata !88)
  %7 = getelementptr inbounds nuw i8, ptr %4, i64 8
  %8 = load i64, ptr %7, align 8, !tbaa !74, !noalias !88
  %9 = icmp eq i64 %8, 4611686018427387903
  br i1 %9, label %10, label %12

10:                                               ; preds = %2
  invoke void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.8) #28
          to label %11 unwind label %120

11:                                               ; preds = %10
  unreachable

12:                                               ; preds = %2
  %13 = invoke noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_appendEPKcm(ptr noundef nonnull align 8 dereferenceable(32) %4, ptr noundef nonnull @.str.9, i64 noundef 1)
          to label %14 unwind label %120

14:                                               ; preds = %12
  %15 = getelementptr inbounds nuw i8, ptr %3, i64 16
  store ptr %15, ptr %3, align 8, !tbaa !72, !alias.scope !88
  %16 = load ptr, ptr %13, align 8, !tbaa !86
  %17 = getelementptr inbounds nuw i8, ptr %13, i64 16
  %18 = icmp eq ptr %16, %17
  br i1 %18, label %19, label %25

19:                                               ; preds = %14
  %20 = getelementptr inbounds nuw i8, ptr %13, i64 8
  %21 = load i64, ptr %20, align 8, !tbaa !74
  %22 = add i64 %21, 1
  %23 = icmp eq i64 %22, 0
  br i1 %23, label %29, label %24

24:                                               ; preds = %19
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %15, ptr nonnull align 8 %17, i64 %22, i1 false)
  br label %29

25:                                               ; preds = %14
  store ptr %16, ptr %3, align 8, !tbaa !86, !alias.scope !88
  %26 = load i64, ptr %17, align 8, !tbaa !77
  store i64 %26, ptr %15, align 8, !tbaa !77, !alias.scope !88
  %27 = getelementptr inbounds nuw i8, ptr %13, i64 8
  %28 = load i64, ptr %27, align 8, !tbaa !74
  br label %29

29:                                               ; preds = %25, %24, %19
  %30 = phi i64 [ -1, %19 ], [ %21, %24 ], [ %28, %25 ]
  %31 = getelementptr inbounds nuw i8, ptr %13, i64 8
  %32 = getelementptr inbounds nuw i8, ptr %3, i64 8
  store i64 %30, ptr %32, align 8, !tbaa !74, !alias.scope !88
  store ptr %17, ptr %13, align 8, !tbaa !86
  store i64 0, ptr %31, align 8, !tbaa !74
  store i8 0, ptr %17, align 8, !tbaa !77
  call void @llvm.lifetime.start.p0(ptr nonnull %5) #27
  %33 = getelementptr inbounds nuw i8, ptr %1, i64 40
  %34 = load i64, ptr %33, align 8, !tbaa !79
  call void @llvm.experimental.noalias.scope.decl(metadata !91)
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
  br i1 %54, label %55, label %37, !llvm.loop !94

55:                                               ; preds = %51, %49, %45, %41, %29
  %56 = phi i32 [ %50, %49 ], [ %42, %41 ], [ %46, %45 ], [ 1, %29 ], [ %53, %51 ]
  %57 = lshr i64 %34, 63
  %58 = trunc nuw nsw i64 %57 to i32
  %59 = add i32 %56, %58
  %60 = zext i32 %59 to i64
  %61 = getelementptr inbounds nuw i8, ptr %5, i64 16
  store ptr %61, ptr %5, align 8, !tbaa !72, !alias.scope !91
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32) %5, i64 noundef %60, i8 noundef signext 45)
          to label %62 unwind label %122

62:                                               ; preds = %55
  %63 = load ptr, ptr %5, align 8, !tbaa !86, !alias.scope !91
  %64 = getelementptr inbounds nuw i8, ptr %63, i64 %57
  %65 = icmp ugt i64 %35, 99
  br i1 %65, label %66, label %85

66:                                               ; preds = %62
  %67 = add i32 %56, -1
  br label %68

68:                                               ; preds = %68, %66
  %69 = phi i64 [ %73, %68 ], [ %35, %66 ]
  %70 = phi i32 [ %83, %68 ], [ %67, %66 ]
  %71 = urem i64 %69, 100
  %72 = shl nuw nsw i64 %71, 1
  %73 = udiv i64 %69, 100
  %74 = getelementptr inbounds nuw i8, ptr @_ZZNSt8__detail18__to_chars_10_implImEEvPcjT_E8__digits, i64 %72
  %75 = getelementptr inbounds nuw i8, ptr %74, i64 1
  %76 = load i8, ptr %75, align 1, !tbaa !77, !noalias !91
  %77 = zext i32 %70 to i64
  %78 = getelementptr inbounds nuw i8, ptr %64, i64 %77
  store i8 %76, ptr %78, align 1, !tbaa !77
  %79 = load i8, ptr %74, align 2, !tbaa !77, !noalias !91
  %80 = add i32 %70, -1
  %81 = zext i32 %80 to i64
  %82 = getelementptr inbounds nuw i8, ptr %64, i64 %81
  store i8 %79, ptr %82, align 1, !tbaa !77
  %83 = add i32 %70, -2
  %84 = icmp ugt i64 %69, 9999
  br i1 %84, label %68, label %85, !llvm.loop !95

85:                                               ; preds = %68, %62
  %86 = phi i64 [ %35, %62 ], [ %73, %68 ]
  %87 = icmp samesign ugt i64 %86, 9
  br i1 %87, label %88, label %95

88:                                               ; preds = %85
  %89 = shl nuw nsw i64 %86, 1
  %90 = getelementptr inbounds nuw i8, ptr @_ZZNSt8__detail18__to_chars_10_implImEEvPcjT_E8__digits, i64 %89
  %91 = getelementptr inbounds nuw i8, ptr %90, i64 1
  %92 = load i8, ptr %91, align 1, !tbaa !77, !noalias !91
  %93 = getelementptr inbounds nuw i8, ptr %64, i64 1
  store i8 %92, ptr %93, align 1, !tbaa !77
  %94 = load i8, ptr %90, align 2, !tbaa !77, !noalias !91
  br label %98

95:                                               ; preds = %85
  %96 = trunc nuw nsw i64 %86 to i8
  %97 = or disjoint i8 %96, 48
  br label %98

98:                                               ; preds = %95, %88
  %99 = phi i8 [ %97, %95 ], [ %94, %88 ]
  store i8 %99, ptr %64, align 1, !tbaa !77
  invoke void @_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEOS8_S9_(ptr dead_on_unwind writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef nonnull align 8 dereferenceable(32) %3, ptr noundef nonnull align 8 dereferenceable(32) %5)
          to label %100 unwind label %124

100:                                              ; preds = %98
  %101 = load ptr, ptr %5, align 8, !tbaa !86
  %102 = icmp eq ptr %101, %61
  br i1 %102, label %106, label %103

103:                                              ; preds = %100
  %104 = load i64, ptr %61, align 8, !tbaa !77
  %105 = add i64 %104, 1
  call void @_ZdlPvm(ptr noundef %101, i64 noundef %105) #31
  br label %106

106:                                              ; preds = %100, %103
  call void @llvm.lifetime.end.p0(ptr nonnull %5) #27
  %107 = load ptr, ptr %3, align 8, !tbaa !86
  %108 = icmp eq ptr %107, %15
  br i1 %108, label %112, label %109

109:                                              ; preds = %106
  %110 = load i64, ptr %15, align 8, !tbaa !77
  %111 = add i64 %110, 1
  call void @_ZdlPvm(ptr noundef %107, i64 noundef %111) #31
  br label %112

112:                                              ; preds = %106, %109
  %113 = load ptr, ptr %4, align 8, !tbaa !86
  %114 = getelementptr inbounds nuw i8, ptr %4, i64 16
  %115 = icmp eq ptr %113, %114
  br i1 %115, label %119, label %116

116:                                              ; preds = %112
  %117 = load i64, ptr %114, align 8, !tbaa !77
  %118 = add i64 %117, 1
  call void @_ZdlPvm(ptr noundef %113, i64 noundef %118) #31
  br label %119

119:                                              ; preds = %112, %116
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #27
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #27
  ret void

120:                                              ; preds = %12, %10
  %121 = landingpad { ptr, i32 }
          cleanup
  br label %138

122:                                              ; preds = %55
  %123 = landingpad { ptr, i32 }
          cleanup
  br label %131

124:                                              ; preds = %98
  %125 = landingpad { ptr, i32 }
          cleanup
  %126 = load ptr, ptr %5, align 8, !tbaa !86
  %127 = icmp eq ptr %126, %61
  br i1 %127, label %131, label %128

128:                                              ; preds = %124
  %129 = load i64, ptr %61, align 8, !tbaa !77
  %130 = add i64 %129, 1
  call void @_ZdlPvm(ptr noundef %126, i64 noundef %130) #31
  br label %131

131:                                              ; preds = %128, %124, %122
  %132 = phi { ptr, i32 } [ %123, %122 ], [ %125, %124 ], [ %125, %128 ]
  call void @llvm.lifetime.end.p0(ptr nonnull %5) #27
  %133 = load ptr, ptr %3, align 8, !tbaa !86
  %134 = icmp eq ptr %133, %15
  br i1 %134, label %138, label %135

135:                                              ; preds = %131
  %136 = load i64, ptr %15, align 8, !tbaa !77
  %137 = add i64 %136, 1
  call void @_ZdlPvm(ptr noundef %133, i64 noundef %137) #31
  br label %138

138:                                              ; preds = %135, %131, %120
  %139 = phi { ptr, i32 } [ %121, %120 ], [ %132, %131 ], [ %132, %135 ]
  %140 = load ptr, ptr %4, align 8, !tbaa !86
  %141 = getelementptr inbounds nuw i8, ptr %4, i64 16
  %142 = icmp eq ptr %140, %141
  br i1 %142, label %146, label %143

143:                                              ; preds = %138
  %144 = load i64, ptr %141, align 8, !tbaa !77
  %145 = add i64 %144, 1
  call void @_ZdlPvm(ptr noundef %140, i64 noundef %145) #31
  br label %146

146:                                              ; preds = %138, %143
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #27
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #27
  resume { ptr, i32 } %139
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6WidgetD0Ev(ptr noundef nonnull align 8 dereferenceable(64) %0) unnamed_addr #14 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = load i32, ptr @_ZN7Counted4liveE, align 4, !tbaa !5
  %3 = add nsw i32 %2, -1
  store i32 %3, ptr @_ZN7Counted4liveE, align 4, !tbaa !5
  store ptr getelementptr inbounds nuw inrange(-16, 24) (i8, ptr @_ZTV5Named, i64 16), ptr %0, align 8, !tbaa !16
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %5 = load ptr, ptr %4, align 8, !tbaa !86
  %6 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %7 = icmp eq ptr %5, %6
  br i1 %7, label %11, label %8

8:                                                ; preds = %1
  %9 = load i64, ptr %6, align 8, !tbaa !77
  %10 = add i64 %9, 1
  tail call void @_ZdlPvm(ptr noundef %5, i64 noundef %10) #31
  br label %11

11:                                               ; preds = %1, %8
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 64) #31
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNK5Named8describeB5cxx11Ev(ptr dead_on_unwind noalias writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef nonnull align 8 dereferenceable(40) %1) unnamed_addr #2 comdat align 2 {
  %3 = getelementptr inbounds nuw i8, ptr %1, i64 8
  tail call void @_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_RKS8_(ptr dead_on_unwind writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef nonnull @.str.7, ptr noundef nonnull align 8 dereferenceable(32) %3)
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN5NamedD2Ev(ptr noundef nonnull align 8 dereferenceable(40) %0) unnamed_addr #7 comdat align 2 personality ptr @__gxx_personality_v0 {
  store ptr getelementptr inbounds nuw inrange(-16, 24) (i8, ptr @_ZTV5Named, i64 16), ptr %0, align 8, !tbaa !16
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %3 = load ptr, ptr %2, align 8, !tbaa !86
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %5 = icmp eq ptr %3, %4
  br i1 %5, label %9, label %6

6:                                                ; preds = %1
  %7 = load i64, ptr %4, align 8, !tbaa !77
  %8 = add i64 %7, 1
  tail call void @_ZdlPvm(ptr noundef %3, i64 noundef %8) #31
  br label %9

9:                                                ; preds = %1, %6
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN5NamedD0Ev(ptr noundef nonnull align 8 dereferenceable(40) %0) unnamed_addr #7 comdat align 2 personality ptr @__gxx_personality_v0 {
  store ptr getelementptr inbounds nuw inrange(-16, 24) (i8, ptr @_ZTV5Named, i64 16), ptr %0, align 8, !tbaa !16
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %3 = load ptr, ptr %2, align 8, !tbaa !86
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %5 = icmp eq ptr %3, %4
  br i1 %5, label %9, label %6

6:                                                ; preds = %1
  %7 = load i64, ptr %4, align 8, !tbaa !77
  %8 = add i64 %7, 1
  tail call void @_ZdlPvm(ptr noundef %3, i64 noundef %8) #31
  br label %9

9:                                                ; preds = %1, %6
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 40) #31
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_RKS8_(ptr dead_on_unwind noalias writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef %1, ptr noundef nonnull align 8 dereferenceable(32) %2) local_unnamed_addr #2 comdat personality ptr @__gxx_personality_v0 {
  %4 = tail call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #27
  %5 = getelementptr inbounds nuw i8, ptr %0, i64 16
  store ptr %5, ptr %0, align 8, !tbaa !72
  %6 = getelementptr inbounds nuw i8, ptr %0, i64 8
  store i64 0, ptr %6, align 8, !tbaa !74
  store i8 0, ptr %5, align 8, !tbaa !77
  %7 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %8 = load i64, ptr %7, align 8, !tbaa !74
  %9 = add i64 %8, %4
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE7reserveEm(ptr noundef nonnull align 8 dereferenceable(32) %0, i64 noundef %9)
          to label %10 unwind label %26

10:                                               ; preds = %3
  %11 = load i64, ptr %6, align 8, !tbaa !74
  %12 = sub i64 4611686018427387903, %11
  %13 = icmp ult i64 %12, %4
  br i1 %13, label %21, label %14

14:                                               ; preds = %10
  %15 = invoke noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_appendEPKcm(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef nonnull %1, i64 noundef %4)
          to label %16 unwind label %26

16:                                               ; preds = %14
  %17 = load i64, ptr %7, align 8, !tbaa !74
  %18 = load i64, ptr %6, align 8, !tbaa !74
  %19 = sub i64 4611686018427387903, %18
  %20 = icmp ult i64 %19, %17
  br i1 %20, label %21, label %23

21:                                               ; preds = %16, %10
  invoke void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.8) #28
          to label %22 unwind label %26

22:                                               ; preds = %21
  unreachable

23:                                               ; preds = %16
  %24 = load ptr, ptr %2, align 8, !tbaa !86
  %25 = invoke noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_appendEPKcm(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef %24, i64 noundef %17)
          to label %33 unwind label %26

26:                                               ; preds = %21, %23, %14, %3
  %27 = landingpad { ptr, i32 }
          cleanup
  %28 = load ptr, ptr %0, align 8, !tbaa !86
  %29 = icmp eq ptr %28, %5
  br i1 %29, label %34, label %30

30:                                               ; preds = %26
  %31 = load i64, ptr %5, align 8, !tbaa !77
  %32 = add i64 %31, 1
  tail call void @_ZdlPvm(ptr noundef %28, i64 noundef %32) #31
  br label %34

33:                                               ; preds = %23
  ret void

34:                                               ; preds = %30, %26
  resume { ptr, i32 } %27
}

declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE7reserveEm(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr noundef captures(none)) local_unnamed_addr #17

declare noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_appendEPKcm(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef, i64 noundef) local_unnamed_addr #4

; Function Attrs: noreturn
declare void @_ZSt20__throw_length_errorPKc(ptr noundef) local_unnamed_addr #18

; Function Attrs: inlinehint mustprogress uwtable
define linkonce_odr dso_local void @_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEOS8_S9_(ptr dead_on_unwind noalias writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef nonnull align 8 dereferenceable(32) %1, ptr noundef nonnull align 8 dereferenceable(32) %2) local_unnamed_addr #19 comdat personality ptr @__gxx_personality_v0 {
  %4 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %5 = load i64, ptr %4, align 8, !tbaa !74
  %6 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %7 = load i64, ptr %6, align 8, !tbaa !74
  %8 = add i64 %7, %5
  %9 = load ptr, ptr %1, align 8, !tbaa !86
  %10 = getelementptr inbounds nuw i8, ptr %1, i64 16
  %11 = icmp eq ptr %9, %10
  %12 = load i64, ptr %10, align 8
  %13 = select i1 %11, i64 15, i64 %12
  %14 = icmp ugt i64 %8, %13
  br i1 %14, label %15, label %40

15:                                               ; preds = %3
  %16 = load ptr, ptr %2, align 8, !tbaa !86
  %17 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %18 = icmp eq ptr %16, %17
  %19 = load i64, ptr %17, align 8
  %20 = select i1 %18, i64 15, i64 %19
  %21 = icmp ugt i64 %8, %20
  br i1 %21, label %40, label %22

22:                                               ; preds = %15
  %23 = tail call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32) %2, i64 noundef 0, i64 noundef 0, ptr noundef %9, i64 noundef %5)
  %24 = getelementptr inbounds nuw i8, ptr %0, i64 16
  store ptr %24, ptr %0, align 8, !tbaa !72
  %25 = load ptr, ptr %23, align 8, !tbaa !86
  %26 = getelementptr inbounds nuw i8, ptr %23, i64 16
  %27 = icmp eq ptr %25, %26
  br i1 %27, label %28, label %34

28:                                               ; preds = %22
  %29 = getelementptr inbounds nuw i8, ptr %23, i64 8
  %30 = load i64, ptr %29, align 8, !tbaa !74
  %31 = add i64 %30, 1
  %32 = icmp eq i64 %31, 0
  br i1 %32, label %36, label %33

33:                                               ; preds = %28
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %24, ptr nonnull align 8 %26, i64 %31, i1 false)
  br label %36

34:                                               ; preds = %22
  store ptr %25, ptr %0, align 8, !tbaa !86
  %35 = load i64, ptr %26, align 8, !tbaa !77
  store i64 %35, ptr %24, align 8, !tbaa !77
  br label %36

36:                                               ; preds = %28, %33, %34
  %37 = getelementptr inbounds nuw i8, ptr %23, i64 8
  %38 = load i64, ptr %37, align 8, !tbaa !74
  %39 = getelementptr inbounds nuw i8, ptr %0, i64 8
  store i64 %38, ptr %39, align 8, !tbaa !74
  store ptr %26, ptr %23, align 8, !tbaa !86
  store i64 0, ptr %37, align 8, !tbaa !74
  store i8 0, ptr %26, align 8, !tbaa !77
  br label %63

40:                                               ; preds = %15, %3
  %41 = sub i64 4611686018427387903, %5
  %42 = icmp ult i64 %41, %7
  br i1 %42, label %43, label %44

43:                                               ; preds = %40
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.8) #28
  unreachable

44:                                               ; preds = %40
  %45 = load ptr, ptr %2, align 8, !tbaa !86
  %46 = tail call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_appendEPKcm(ptr noundef nonnull align 8 dereferenceable(32) %1, ptr noundef %45, i64 noundef %7)
  %47 = getelementptr inbounds nuw i8, ptr %0, i64 16
  store ptr %47, ptr %0, align 8, !tbaa !72
  %48 = load ptr, ptr %46, align 8, !tbaa !86
  %49 = getelementptr inbounds nuw i8, ptr %46, i64 16
  %50 = icmp eq ptr %48, %49
  br i1 %50, label %51, label %57

51:                                               ; preds = %44
  %52 = getelementptr inbounds nuw i8, ptr %46, i64 8
  %53 = load i64, ptr %52, align 8, !tbaa !74
  %54 = add i64 %53, 1
  %55 = icmp eq i64 %54, 0
  br i1 %55, label %59, label %56

56:                                               ; preds = %51
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %47, ptr nonnull align 8 %49, i64 %54, i1 false)
  br label %59

57:                                               ; preds = %44
  store ptr %48, ptr %0, align 8, !tbaa !86
  %58 = load i64, ptr %49, align 8, !tbaa !77
  store i64 %58, ptr %47, align 8, !tbaa !77
  br label %59

59:                                               ; preds = %51, %56, %57
  %60 = getelementptr inbounds nuw i8, ptr %46, i64 8
  %61 = load i64, ptr %60, align 8, !tbaa !74
  %62 = getelementptr inbounds nuw i8, ptr %0, i64 8
  store i64 %61, ptr %62, align 8, !tbaa !74
  store ptr %49, ptr %46, align 8, !tbaa !86
  store i64 0, ptr %60, align 8, !tbaa !74
  store i8 0, ptr %49, align 8, !tbaa !77
  br label %63

63:                                               ; preds = %36, %59
  ret void
}

declare noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef, i64 noundef, ptr noundef, i64 noundef) local_unnamed_addr #4

declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef, i8 noundef signext) local_unnamed_addr #4

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #20

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6shapes6CircleD0Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #14 comdat align 2 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #31
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef double @_ZNK6shapes6Circle4areaEv(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #7 comdat align 2 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %3 = load double, ptr %2, align 8, !tbaa !27
  %4 = fmul double %3, 0x400921FB54442D18
  %5 = fmul double %3, %4
  ret double %5
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef double @_ZNK6shapes6Circle9perimeterEv(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #7 comdat align 2 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %3 = load double, ptr %2, align 8, !tbaa !27
  %4 = fmul double %3, 0x401921FB54442D18
  ret double %4
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6shapes5ShapeD2Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #7 comdat align 2 {
  ret void
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6shapes6SquareD0Ev(ptr noundef nonnull align 8 dereferenceable(32) %0) unnamed_addr #14 comdat align 2 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 32) #31
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef double @_ZNK6shapes6Square9perimeterEv(ptr noundef nonnull align 8 dereferenceable(32) %0) unnamed_addr #7 comdat align 2 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %3 = load double, ptr %2, align 8, !tbaa !18
  %4 = fmul double %3, 4.000000e+00
  ret double %4
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr writeonly captures(none), ptr readonly captures(none), i64, i1 immarg) #13

declare void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) unnamed_addr #4

; Function Attrs: nounwind
declare void @_ZNSt13runtime_errorD1Ev(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #21

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define internal noundef double @"_ZNSt17_Function_handlerIFddEZ4mainE3$_0E9_M_invokeERKSt9_Any_dataOd"(ptr noundef nonnull readonly align 8 captures(none) dereferenceable(16) %0, ptr noundef nonnull readonly align 8 captures(none) dereferenceable(8) %1) #22 align 2 {
  %3 = load double, ptr %1, align 8, !tbaa !9
  %4 = load double, ptr %0, align 8, !tbaa !96
  %5 = fmul double %3, %4
  %6 = fmul double %3, %5
  ret double %6
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define internal noundef zeroext i1 @"_ZNSt17_Function_handlerIFddEZ4mainE3$_0E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation"(ptr noundef nonnull writeonly align 8 captures(none) dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(16) %1, i32 noundef %2) #0 align 2 personality ptr @__gxx_personality_v0 {
  switch i32 %2, label %8 [
    i32 0, label %4
    i32 1, label %5
    i32 2, label %6
  ]

4:                                                ; preds = %3
  store ptr @"_ZTIZ4mainE3$_0", ptr %0, align 8, !tbaa !98
  br label %8

5:                                                ; preds = %3
  store ptr %1, ptr %0, align 8, !tbaa !64
  br label %8

6:                                                ; preds = %3
  %7 = load i64, ptr %1, align 8, !tbaa !9
  store i64 %7, ptr %0, align 8, !tbaa !9
  br label %8

8:                                                ; preds = %3, %6, %5, %4
  ret i1 false
}

; Function Attrs: mustprogress uwtable
define internal noundef double @"_ZNSt17_Function_handlerIFddEZ4mainE3$_1E9_M_invokeERKSt9_Any_dataOd"(ptr noundef nonnull readonly align 8 captures(none) dereferenceable(16) %0, ptr noundef nonnull readonly align 8 captures(none) dereferenceable(8) %1) #2 align 2 {
  %3 = alloca double, align 8
  %4 = load ptr, ptr %0, align 8, !tbaa !64
  %5 = load double, ptr %1, align 8, !tbaa !9
  %6 = load ptr, ptr %4, align 8, !tbaa !67, !nonnull !50, !align !69
  call void @llvm.lifetime.start.p0(ptr nonnull %3)
  store double %5, ptr %3, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw i8, ptr %6, i64 16
  %8 = load ptr, ptr %7, align 8, !tbaa !59
  %9 = icmp eq ptr %8, null
  br i1 %9, label %10, label %11

10:                                               ; preds = %2
  tail call void @_ZSt25__throw_bad_function_callv() #28
  unreachable

11:                                               ; preds = %2
  %12 = getelementptr inbounds nuw i8, ptr %6, i64 24
  %13 = load ptr, ptr %12, align 8, !tbaa !56
  %14 = call noundef double %13(ptr noundef nonnull align 8 dereferenceable(32) %6, ptr noundef nonnull align 8 dereferenceable(8) %3)
  call void @llvm.lifetime.end.p0(ptr nonnull %3)
  %15 = getelementptr inbounds nuw i8, ptr %4, i64 8
  %16 = load ptr, ptr %15, align 8, !tbaa !70, !nonnull !50, !align !69
  %17 = load double, ptr %16, align 8, !tbaa !9
  %18 = fadd double %14, %17
  %19 = getelementptr inbounds nuw i8, ptr %4, i64 16
  %20 = load ptr, ptr %19, align 8, !tbaa !71, !nonnull !50, !align !69
  %21 = load double, ptr %20, align 8, !tbaa !9
  %22 = fadd double %18, %21
  ret double %22
}

; Function Attrs: mustprogress uwtable
define internal noundef zeroext i1 @"_ZNSt17_Function_handlerIFddEZ4mainE3$_1E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation"(ptr noundef nonnull align 8 captures(none) dereferenceable(16) %0, ptr noundef nonnull readonly align 8 captures(none) dereferenceable(16) %1, i32 noundef %2) #2 align 2 {
  switch i32 %2, label %14 [
    i32 0, label %4
    i32 1, label %5
    i32 3, label %10
    i32 2, label %7
  ]

4:                                                ; preds = %3
  store ptr @"_ZTIZ4mainE3$_1", ptr %0, align 8, !tbaa !98
  br label %14

5:                                                ; preds = %3
  %6 = load ptr, ptr %1, align 8, !tbaa !64
  store ptr %6, ptr %0, align 8, !tbaa !64
  br label %14

7:                                                ; preds = %3
  %8 = load ptr, ptr %1, align 8, !tbaa !64
  %9 = tail call noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #30
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(24) %9, ptr noundef nonnull readonly align 8 dereferenceable(24) %8, i64 24, i1 false), !tbaa.struct !66
  store ptr %9, ptr %0, align 8, !tbaa !64
  br label %14

10:                                               ; preds = %3
  %11 = load ptr, ptr %0, align 8, !tbaa !64
  %12 = icmp eq ptr %11, null
  br i1 %12, label %14, label %13

13:                                               ; preds = %10
  tail call void @_ZdlPvm(ptr noundef nonnull %11, i64 noundef 24) #31
  br label %14

14:                                               ; preds = %3, %13, %10, %7, %5, %4
  ret i1 false
}

; Function Attrs: noreturn
declare void @_ZSt25__throw_bad_function_callv() local_unnamed_addr #18

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.abs.i64(i64, i1 immarg) #23

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #24

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #24

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #25

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #26

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { cold noreturn }
attributes #7 = { mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nofree nosync nounwind memory(none) }
attributes #9 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { noinline noreturn nounwind uwtable "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { cold nofree noreturn }
attributes #12 = { mustprogress norecurse uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #14 = { inlinehint mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #15 = { nobuiltin nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #16 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #17 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #18 = { noreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #19 = { inlinehint mustprogress uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #20 = { nobuiltin allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #21 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #22 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #23 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #24 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #25 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #26 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #27 = { nounwind }
attributes #28 = { noreturn }
attributes #29 = { noreturn nounwind }
attributes #30 = { builtin allocsize(0) }
attributes #31 = { builtin nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}
!llvm.errno.tbaa = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"double", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"p1 _ZTSSt10unique_ptrIN6shapes5ShapeESt14default_deleteIS1_EE", !13, i64 0}
!13 = !{!"any pointer", !7, i64 0}
!14 = !{!15, !15, i64 0}
!15 = !{!"p1 _ZTSN6shapes5ShapeE", !13, i64 0}
!16 = !{!17, !17, i64 0}
!17 = !{!"vtable pointer", !8, i64 0}
!18 = !{!19, !10, i64 16}
!19 = !{!"_ZTSN6shapes4RectE", !20, i64 0, !10, i64 16, !10, i64 24}
!20 = !{!"_ZTSN6shapes5ShapeE", !21, i64 8}
!21 = !{!"p1 omnipotent char", !13, i64 0}
!22 = !{!19, !10, i64 24}
!23 = !{!20, !21, i64 8}
!24 = !{!25}
!25 = distinct !{!25, !26, !"_ZSt11make_uniqueIN6shapes6CircleEJdEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_: argument 0"}
!26 = distinct !{!26, !"_ZSt11make_uniqueIN6shapes6CircleEJdEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_"}
!27 = !{!28, !10, i64 16}
!28 = !{!"_ZTSN6shapes6CircleE", !20, i64 0, !10, i64 16}
!29 = !{!30, !12, i64 0}
!30 = !{!"_ZTSNSt12_Vector_baseISt10unique_ptrIN6shapes5ShapeESt14default_deleteIS2_EESaIS5_EE17_Vector_impl_dataE", !12, i64 0, !12, i64 8, !12, i64 16}
!31 = !{!30, !12, i64 8}
!32 = !{!30, !12, i64 16}
!33 = !{!34}
!34 = distinct !{!34, !35, !"_ZSt11make_uniqueIN6shapes4RectEJddEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_: argument 0"}
!35 = distinct !{!35, !"_ZSt11make_uniqueIN6shapes4RectEJddEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_"}
!36 = !{!37}
!37 = distinct !{!37, !38, !"_ZSt19__relocate_object_aISt10unique_ptrIN6shapes5ShapeESt14default_deleteIS2_EES5_SaIS5_EEvPT_PT0_RT1_: argument 0"}
!38 = distinct !{!38, !"_ZSt19__relocate_object_aISt10unique_ptrIN6shapes5ShapeESt14default_deleteIS2_EES5_SaIS5_EEvPT_PT0_RT1_"}
!39 = !{!40}
!40 = distinct !{!40, !38, !"_ZSt19__relocate_object_aISt10unique_ptrIN6shapes5ShapeESt14default_deleteIS2_EES5_SaIS5_EEvPT_PT0_RT1_: argument 1"}
!41 = !{!42}
!42 = distinct !{!42, !43, !"_ZSt11make_uniqueIN6shapes6SquareEJRiEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_: argument 0"}
!43 = distinct !{!43, !"_ZSt11make_uniqueIN6shapes6SquareEJRiEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_"}
!44 = !{!45}
!45 = distinct !{!45, !46, !"_ZSt19__relocate_object_aISt10unique_ptrIN6shapes5ShapeESt14default_deleteIS2_EES5_SaIS5_EEvPT_PT0_RT1_: argument 0"}
!46 = distinct !{!46, !"_ZSt19__relocate_object_aISt10unique_ptrIN6shapes5ShapeESt14default_deleteIS2_EES5_SaIS5_EEvPT_PT0_RT1_"}
!47 = !{!48, !49}
!48 = distinct !{!48, !46, !"_ZSt19__relocate_object_aISt10unique_ptrIN6shapes5ShapeESt14default_deleteIS2_EES5_SaIS5_EEvPT_PT0_RT1_: argument 1:It1"}
!49 = distinct !{!49, !46, !"_ZSt19__relocate_object_aISt10unique_ptrIN6shapes5ShapeESt14default_deleteIS2_EES5_SaIS5_EEvPT_PT0_RT1_: argument 1"}
!50 = !{}
!51 = !{!49}
!52 = !{!53, !45}
!53 = distinct !{!53, !46, !"_ZSt19__relocate_object_aISt10unique_ptrIN6shapes5ShapeESt14default_deleteIS2_EES5_SaIS5_EEvPT_PT0_RT1_: argument 0:It1"}
!54 = distinct !{!54, !55}
!55 = !{!"llvm.loop.mustprogress"}
!56 = !{!57, !13, i64 24}
!57 = !{!"_ZTSSt8functionIFddEE", !58, i64 0, !13, i64 24}
!58 = !{!"_ZTSSt14_Function_base", !7, i64 0, !13, i64 16}
!59 = !{!58, !13, i64 16}
!60 = !{!61, !61, i64 0}
!61 = !{!"p1 _ZTSSt8functionIFddEE", !13, i64 0}
!62 = !{!63, !63, i64 0}
!63 = !{!"p1 double", !13, i64 0}
!64 = !{!13, !13, i64 0}
!65 = distinct !{!65, !55}
!66 = !{i64 0, i64 8, !60, i64 8, i64 8, !62, i64 16, i64 8, !62}
!67 = !{!68, !61, i64 0}
!68 = !{!"_ZTSZ4mainE3$_1", !61, i64 0, !63, i64 8, !63, i64 16}
!69 = !{i64 8}
!70 = !{!68, !63, i64 8}
!71 = !{!68, !63, i64 16}
!72 = !{!73, !21, i64 0}
!73 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderE", !21, i64 0}
!74 = !{!75, !76, i64 8}
!75 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE", !73, i64 0, !76, i64 8, !7, i64 16}
!76 = !{!"long", !7, i64 0}
!77 = !{!7, !7, i64 0}
!78 = !{!21, !21, i64 0}
!79 = !{!80, !76, i64 40}
!80 = !{!"_ZTS6Widget", !81, i64 0, !76, i64 40, !10, i64 48, !82, i64 56, !6, i64 60}
!81 = !{!"_ZTS5Named", !75, i64 8}
!82 = !{!"float", !7, i64 0}
!83 = !{!80, !10, i64 48}
!84 = !{!80, !82, i64 56}
!85 = !{!80, !6, i64 60}
!86 = !{!75, !21, i64 0}
!87 = distinct !{!87, !55}
!88 = !{!89}
!89 = distinct !{!89, !90, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEOS8_PKS5_: argument 0"}
!90 = distinct !{!90, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEOS8_PKS5_"}
!91 = !{!92}
!92 = distinct !{!92, !93, !"_ZNSt7__cxx119to_stringEl: argument 0"}
!93 = distinct !{!93, !"_ZNSt7__cxx119to_stringEl"}
!94 = distinct !{!94, !55}
!95 = distinct !{!95, !55}
!96 = !{!97, !10, i64 0}
!97 = !{!"_ZTSZ4mainE3$_0", !10, i64 0}
!98 = !{!99, !99, i64 0}
!99 = !{!"p1 _ZTSSt9type_info", !13, i64 0}
