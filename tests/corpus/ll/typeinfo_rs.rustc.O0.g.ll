; ModuleID = 'typeinfo_rs.fa23c88d8dece577-cgu.0'
source_filename = "typeinfo_rs.fa23c88d8dece577-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_3e1ebac14318b612ab4efabc52799932 = private unnamed_addr constant [186 x i8] c"unsafe precondition(s) violated: usize::unchecked_add cannot overflow\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_0625062a5eee489a7813ee965a38d15a = private unnamed_addr constant [198 x i8] c"unsafe precondition(s) violated: Alignment::new_unchecked requires a power of two\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_de4e626d456b04760e72bc785ed7e52a = private unnamed_addr constant [201 x i8] c"unsafe precondition(s) violated: ptr::offset_from_unsigned requires `self >= origin`\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_8cf3531fd3c828ab298b686071a40c17 = private unnamed_addr constant [259 x i8] c"unsafe precondition(s) violated: Layout::from_size_alignment_unchecked requires that the rounded-up allocation size does not exceed isize::MAX\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_4f6caa8a4a84c834531934bdfde7b2ea = private unnamed_addr constant [82 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/ptr/alignment.rs\00", align 1
@alloc_baf8ef05762bb2cbbccf0ad20ba0c118 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_4f6caa8a4a84c834531934bdfde7b2ea, [16 x i8] c"Q\00\00\00\00\00\00\00\7F\00\00\00\12\00\00\00" }>, align 8
@alloc_e94ebeffbe15b2c683ebcfffeb83b79c = private unnamed_addr constant [81 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/alloc/layout.rs\00", align 1
@alloc_43b307780025650359e0e1b649546c3c = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e94ebeffbe15b2c683ebcfffeb83b79c, [16 x i8] c"P\00\00\00\00\00\00\00\01\01\00\00\12\00\00\00" }>, align 8
@alloc_88bfb5085a97a9f03cee2b9c3c42dd08 = private unnamed_addr constant [81 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/ptr/non_null.rs\00", align 1
@alloc_7cb1dd7620319c06f8fe4029f6b4a0d1 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_88bfb5085a97a9f03cee2b9c3c42dd08, [16 x i8] c"P\00\00\00\00\00\00\00\B9\03\00\00 \00\00\00" }>, align 8
@alloc_ec595fc0e82ef92fc59bd74f68296eae = private unnamed_addr constant [73 x i8] c"assertion failed: 0 < pointee_size && pointee_size <= isize::MAX as usize", align 1
@alloc_e9481a72334486f24b2c0d82b25567e1 = private unnamed_addr constant [79 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/slice/iter.rs\00", align 1
@alloc_12fdce0839ba33fd8bd1bb0711a36af6 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e9481a72334486f24b2c0d82b25567e1, [16 x i8] c"N\00\00\00\00\00\00\00\8E\00\00\00\01\00\00\00" }>, align 8
@alloc_ea03f49596b0af8057b309fe1e7f8b2e = private unnamed_addr constant [19 x i8] c"src/typeinfo_rs.rs\00", align 1
@alloc_5efe8d9a65f5dd9e6ba2458920afd05a = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_ea03f49596b0af8057b309fe1e7f8b2e, [16 x i8] c"\12\00\00\00\00\00\00\002\00\00\00\05\00\00\00" }>, align 8
@alloc_81e7399ad4598d2d3ba0cd0d8f6bdcf1 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_ea03f49596b0af8057b309fe1e7f8b2e, [16 x i8] c"\12\00\00\00\00\00\00\00;\00\00\00\1D\00\00\00" }>, align 8
@alloc_e5604414f0e54e684d9a816c9faf4421 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_ea03f49596b0af8057b309fe1e7f8b2e, [16 x i8] c"\12\00\00\00\00\00\00\00<\00\00\00!\00\00\00" }>, align 8

; typeinfo_rs::use_closure::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal double @"_ZN11typeinfo_rs11use_closure28_$u7b$$u7b$closure$u7d$$u7d$17h62580ad1eb2d0d6eE"(ptr align 8 %_1, double %y) unnamed_addr #0 !dbg !79 {
start:
  %y.dbg.spill = alloca [8 x i8], align 8
  %_1.dbg.spill = alloca [8 x i8], align 8
  store ptr %_1, ptr %_1.dbg.spill, align 8
    #dbg_declare(ptr %_1.dbg.spill, !94, !DIExpression(DW_OP_deref, DW_OP_deref), !95)
  store double %y, ptr %y.dbg.spill, align 8
    #dbg_declare(ptr %y.dbg.spill, !93, !DIExpression(), !96)
  %_4 = load ptr, ptr %_1, align 8, !dbg !97
  %_3 = load double, ptr %_4, align 8, !dbg !97
  %_0 = fmul double %_3, %y, !dbg !97
  ret double %_0, !dbg !98
}

; <&A as core::alloc::Allocator>::deallocate
; Function Attrs: inlinehint nonlazybind uwtable
define void @"_ZN48_$LT$$RF$A$u20$as$u20$core..alloc..Allocator$GT$10deallocate17he6e4960f21ade692E"(ptr align 8 %self, ptr %ptr, i64 %layout.0, i64 %layout.1) unnamed_addr #0 !dbg !99 {
start:
  %layout.dbg.spill = alloca [16 x i8], align 8
  %ptr.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !128, !DIExpression(), !133)
  store ptr %ptr, ptr %ptr.dbg.spill, align 8
    #dbg_declare(ptr %ptr.dbg.spill, !129, !DIExpression(), !134)
  store i64 %layout.0, ptr %layout.dbg.spill, align 8
  %0 = getelementptr inbounds i8, ptr %layout.dbg.spill, i64 8
  store i64 %layout.1, ptr %0, align 8
    #dbg_declare(ptr %layout.dbg.spill, !130, !DIExpression(), !135)
  %_4 = load ptr, ptr %self, align 8, !dbg !136
; call <alloc::alloc::Global as core::alloc::Allocator>::deallocate
  call void @"_ZN63_$LT$alloc..alloc..Global$u20$as$u20$core..alloc..Allocator$GT$10deallocate17h2ad9072cdff2e731E"(ptr align 1 %_4, ptr %ptr, i64 %layout.0, i64 %layout.1) #10, !dbg !137
  ret void, !dbg !138
}

; <&f64 as core::ops::arith::Mul>::mul
; Function Attrs: inlinehint nonlazybind uwtable
define internal double @"_ZN49_$LT$$RF$f64$u20$as$u20$core..ops..arith..Mul$GT$3mul17h3404e771a44bde85E"(ptr align 8 %self, ptr align 8 %other, ptr align 8 %0) unnamed_addr #0 !dbg !139 {
start:
  %other.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !173, !DIExpression(), !175)
  store ptr %other, ptr %other.dbg.spill, align 8
    #dbg_declare(ptr %other.dbg.spill, !174, !DIExpression(), !176)
  %_3 = load double, ptr %self, align 8, !dbg !177
  %_4 = load double, ptr %other, align 8, !dbg !178
  %_0 = fmul double %_3, %_4, !dbg !179
  ret double %_0, !dbg !186
}

; core::num::<impl usize>::unchecked_add::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @"_ZN4core3num23_$LT$impl$u20$usize$GT$13unchecked_add18precondition_check17h023f15500584762dE"(i64 %lhs, i64 %rhs, ptr align 8 %0) unnamed_addr #1 !dbg !187 {
start:
  %msg.dbg.spill = alloca [16 x i8], align 8
  %rhs.dbg.spill = alloca [8 x i8], align 8
  %lhs.dbg.spill = alloca [8 x i8], align 8
  store i64 %lhs, ptr %lhs.dbg.spill, align 8
    #dbg_declare(ptr %lhs.dbg.spill, !195, !DIExpression(), !199)
    #dbg_declare(ptr %lhs.dbg.spill, !200, !DIExpression(), !212)
  store i64 %rhs, ptr %rhs.dbg.spill, align 8
    #dbg_declare(ptr %rhs.dbg.spill, !196, !DIExpression(), !199)
    #dbg_declare(ptr %rhs.dbg.spill, !211, !DIExpression(), !215)
  %_7.0 = add i64 %lhs, %rhs, !dbg !216
  %_7.1 = icmp ult i64 %_7.0, %lhs, !dbg !216
  br i1 %_7.1, label %bb1, label %bb2, !dbg !217

bb2:                                              ; preds = %start
  ret void, !dbg !218

bb1:                                              ; preds = %start
  store ptr @alloc_3e1ebac14318b612ab4efabc52799932, ptr %msg.dbg.spill, align 8, !dbg !219
  %1 = getelementptr inbounds i8, ptr %msg.dbg.spill, i64 8, !dbg !219
  store i64 186, ptr %1, align 8, !dbg !219
    #dbg_declare(ptr %msg.dbg.spill, !197, !DIExpression(), !220)
    #dbg_declare(ptr %msg.dbg.spill, !221, !DIExpression(), !310)
    #dbg_declare(ptr %msg.dbg.spill, !312, !DIExpression(), !320)
    #dbg_declare(ptr %msg.dbg.spill, !322, !DIExpression(), !327)
    #dbg_declare(ptr %msg.dbg.spill, !329, !DIExpression(), !338)
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_3e1ebac14318b612ab4efabc52799932, ptr inttoptr (i64 373 to ptr), i1 zeroext false, ptr align 8 %0) #11, !dbg !340
  unreachable, !dbg !340
}

; core::ptr::drop_in_place<alloc::rc::Rc<f64>>
; Function Attrs: nonlazybind uwtable
define void @"_ZN4core3ptr45drop_in_place$LT$alloc..rc..Rc$LT$f64$GT$$GT$17h833f8194b557a7f5E"(ptr align 8 %_1) unnamed_addr #2 !dbg !341 {
start:
  %_1.dbg.spill = alloca [8 x i8], align 8
  store ptr %_1, ptr %_1.dbg.spill, align 8
    #dbg_declare(ptr %_1.dbg.spill, !377, !DIExpression(), !380)
; call <alloc::rc::Rc<T,A> as core::ops::drop::Drop>::drop
  call void @"_ZN68_$LT$alloc..rc..Rc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h0e3346806bfa42feE"(ptr align 8 %_1) #10, !dbg !380
  ret void, !dbg !380
}

; core::ptr::drop_in_place<alloc::boxed::Box<f64>>
; Function Attrs: nonlazybind uwtable
define void @"_ZN4core3ptr49drop_in_place$LT$alloc..boxed..Box$LT$f64$GT$$GT$17h9d39008be0dcf1a9E"(ptr align 8 %_1) unnamed_addr #2 personality ptr @rust_eh_personality !dbg !381 {
start:
  %0 = alloca [16 x i8], align 8
  %_1.dbg.spill = alloca [8 x i8], align 8
  store ptr %_1, ptr %_1.dbg.spill, align 8
    #dbg_declare(ptr %_1.dbg.spill, !387, !DIExpression(), !390)
  %_6 = load ptr, ptr %_1, align 8, !dbg !390
  br label %bb3, !dbg !390

bb3:                                              ; preds = %start
; call <alloc::boxed::Box<T,A> as core::ops::drop::Drop>::drop
  call void @"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h8e3daccabc4a545fE"(ptr align 8 %_1) #10, !dbg !390
  ret void, !dbg !390

bb4:                                              ; No predecessors!
; invoke <alloc::boxed::Box<T,A> as core::ops::drop::Drop>::drop
  invoke void @"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h8e3daccabc4a545fE"(ptr align 8 %_1) #12
          to label %bb1 unwind label %terminate, !dbg !390

terminate:                                        ; preds = %bb4
  %1 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #13, !dbg !390
  unreachable, !dbg !390

bb1:                                              ; preds = %bb4
  %2 = load ptr, ptr %0, align 8, !dbg !390
  %3 = getelementptr inbounds i8, ptr %0, i64 8, !dbg !390
  %4 = load i32, ptr %3, align 8, !dbg !390
  %5 = insertvalue { ptr, i32 } poison, ptr %2, 0, !dbg !390
  %6 = insertvalue { ptr, i32 } %5, i32 %4, 1, !dbg !390
  resume { ptr, i32 } %6, !dbg !390
}

; core::ptr::drop_in_place<alloc::rc::Weak<f64,&alloc::alloc::Global>>
; Function Attrs: nonlazybind uwtable
define void @"_ZN4core3ptr74drop_in_place$LT$alloc..rc..Weak$LT$f64$C$$RF$alloc..alloc..Global$GT$$GT$17h05b0a5b253cdf863E"(ptr align 8 %_1) unnamed_addr #2 !dbg !391 {
start:
  %_1.dbg.spill = alloca [8 x i8], align 8
  store ptr %_1, ptr %_1.dbg.spill, align 8
    #dbg_declare(ptr %_1.dbg.spill, !402, !DIExpression(), !405)
; call <alloc::rc::Weak<T,A> as core::ops::drop::Drop>::drop
  call void @"_ZN70_$LT$alloc..rc..Weak$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hfc750127bed188ebE"(ptr align 8 %_1), !dbg !405
  ret void, !dbg !405
}

; core::ptr::alignment::Alignment::new_unchecked::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_ZN4core3ptr9alignment9Alignment13new_unchecked18precondition_check17hca59de1bd4b9976bE(i64 %align, ptr align 8 %0) unnamed_addr #1 !dbg !406 {
start:
  %msg.dbg.spill = alloca [16 x i8], align 8
  %1 = alloca [4 x i8], align 4
  %align.dbg.spill = alloca [8 x i8], align 8
  store i64 %align, ptr %align.dbg.spill, align 8
    #dbg_declare(ptr %align.dbg.spill, !412, !DIExpression(), !415)
    #dbg_declare(ptr %align.dbg.spill, !416, !DIExpression(), !421)
    #dbg_declare(ptr %align.dbg.spill, !425, !DIExpression(), !430)
  %2 = call i64 @llvm.ctpop.i64(i64 %align), !dbg !432
  %3 = trunc i64 %2 to i32, !dbg !432
  store i32 %3, ptr %1, align 4, !dbg !432
  %_5 = load i32, ptr %1, align 4, !dbg !432
  %4 = icmp eq i32 %_5, 1, !dbg !433
  br i1 %4, label %bb1, label %bb2, !dbg !433

bb1:                                              ; preds = %start
  ret void, !dbg !434

bb2:                                              ; preds = %start
  store ptr @alloc_0625062a5eee489a7813ee965a38d15a, ptr %msg.dbg.spill, align 8, !dbg !435
  %5 = getelementptr inbounds i8, ptr %msg.dbg.spill, i64 8, !dbg !435
  store i64 198, ptr %5, align 8, !dbg !435
    #dbg_declare(ptr %msg.dbg.spill, !413, !DIExpression(), !436)
    #dbg_declare(ptr %msg.dbg.spill, !437, !DIExpression(), !440)
    #dbg_declare(ptr %msg.dbg.spill, !442, !DIExpression(), !445)
    #dbg_declare(ptr %msg.dbg.spill, !447, !DIExpression(), !450)
    #dbg_declare(ptr %msg.dbg.spill, !452, !DIExpression(), !455)
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_0625062a5eee489a7813ee965a38d15a, ptr inttoptr (i64 397 to ptr), i1 zeroext false, ptr align 8 %0) #11, !dbg !457
  unreachable, !dbg !457
}

; core::ptr::const_ptr::<impl *const T>::offset_from_unsigned::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$20offset_from_unsigned18precondition_check17h0e3f2b250af0a27bE"(ptr %this, ptr %origin, ptr align 8 %0) unnamed_addr #1 !dbg !458 {
start:
  %msg.dbg.spill = alloca [16 x i8], align 8
  %origin.dbg.spill = alloca [8 x i8], align 8
  %this.dbg.spill = alloca [8 x i8], align 8
  store ptr %this, ptr %this.dbg.spill, align 8
    #dbg_declare(ptr %this.dbg.spill, !465, !DIExpression(), !469)
    #dbg_declare(ptr %this.dbg.spill, !470, !DIExpression(), !477)
  store ptr %origin, ptr %origin.dbg.spill, align 8
    #dbg_declare(ptr %origin.dbg.spill, !466, !DIExpression(), !469)
    #dbg_declare(ptr %origin.dbg.spill, !476, !DIExpression(), !480)
  %_3 = icmp uge ptr %this, %origin, !dbg !481
  br i1 %_3, label %bb1, label %bb2, !dbg !478

bb2:                                              ; preds = %start
  store ptr @alloc_de4e626d456b04760e72bc785ed7e52a, ptr %msg.dbg.spill, align 8, !dbg !488
  %1 = getelementptr inbounds i8, ptr %msg.dbg.spill, i64 8, !dbg !488
  store i64 201, ptr %1, align 8, !dbg !488
    #dbg_declare(ptr %msg.dbg.spill, !467, !DIExpression(), !489)
    #dbg_declare(ptr %msg.dbg.spill, !490, !DIExpression(), !493)
    #dbg_declare(ptr %msg.dbg.spill, !495, !DIExpression(), !498)
    #dbg_declare(ptr %msg.dbg.spill, !500, !DIExpression(), !503)
    #dbg_declare(ptr %msg.dbg.spill, !505, !DIExpression(), !508)
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_de4e626d456b04760e72bc785ed7e52a, ptr inttoptr (i64 403 to ptr), i1 zeroext false, ptr align 8 %0) #11, !dbg !510
  unreachable, !dbg !510

bb1:                                              ; preds = %start
  ret void, !dbg !511
}

; core::str::<impl str>::len
; Function Attrs: inlinehint nonlazybind uwtable
define internal i64 @"_ZN4core3str21_$LT$impl$u20$str$GT$3len17hc6fbeddaa476c9c8E"(ptr align 1 %self.0, i64 %self.1) unnamed_addr #0 !dbg !512 {
start:
  %self.dbg.spill = alloca [16 x i8], align 8
  store ptr %self.0, ptr %self.dbg.spill, align 8
  %0 = getelementptr inbounds i8, ptr %self.dbg.spill, i64 8
  store i64 %self.1, ptr %0, align 8
    #dbg_declare(ptr %self.dbg.spill, !514, !DIExpression(), !515)
    #dbg_declare(ptr %self.dbg.spill, !516, !DIExpression(), !519)
  ret i64 %self.1, !dbg !521
}

; core::iter::traits::iterator::Iterator::sum
; Function Attrs: nonlazybind uwtable
define double @_ZN4core4iter6traits8iterator8Iterator3sum17h1ebb5e4e1d1213e4E(ptr %self.0, ptr %self.1) unnamed_addr #2 !dbg !522 {
start:
  %self.dbg.spill = alloca [16 x i8], align 8
  store ptr %self.0, ptr %self.dbg.spill, align 8
  %0 = getelementptr inbounds i8, ptr %self.dbg.spill, i64 8
  store ptr %self.1, ptr %0, align 8
    #dbg_declare(ptr %self.dbg.spill, !545, !DIExpression(), !549)
; call <f64 as core::iter::traits::accum::Sum<&f64>>::sum
  %_0 = call double @"_ZN69_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$LT$$RF$f64$GT$$GT$3sum17hf66acc98a9d93fa6E"(ptr %self.0, ptr %self.1), !dbg !550
  ret double %_0, !dbg !551
}

; core::alloc::layout::Layout::from_size_alignment_unchecked::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_ZN4core5alloc6layout6Layout29from_size_alignment_unchecked18precondition_check17hf3304e6591abd48fE(i64 %size, i64 %alignment, ptr align 8 %0) unnamed_addr #1 !dbg !552 {
start:
  %msg.dbg.spill = alloca [16 x i8], align 8
  %alignment.dbg.spill = alloca [8 x i8], align 8
  %size.dbg.spill = alloca [8 x i8], align 8
  store i64 %size, ptr %size.dbg.spill, align 8
    #dbg_declare(ptr %size.dbg.spill, !558, !DIExpression(), !562)
    #dbg_declare(ptr %size.dbg.spill, !563, !DIExpression(), !571)
  store i64 %alignment, ptr %alignment.dbg.spill, align 8
    #dbg_declare(ptr %alignment.dbg.spill, !559, !DIExpression(), !562)
    #dbg_declare(ptr %alignment.dbg.spill, !570, !DIExpression(), !574)
  %_7 = sub nuw i64 -9223372036854775808, %alignment, !dbg !575
  %_3 = icmp ule i64 %size, %_7, !dbg !581
  br i1 %_3, label %bb1, label %bb2, !dbg !572

bb2:                                              ; preds = %start
  store ptr @alloc_8cf3531fd3c828ab298b686071a40c17, ptr %msg.dbg.spill, align 8, !dbg !582
  %1 = getelementptr inbounds i8, ptr %msg.dbg.spill, i64 8, !dbg !582
  store i64 259, ptr %1, align 8, !dbg !582
    #dbg_declare(ptr %msg.dbg.spill, !560, !DIExpression(), !583)
    #dbg_declare(ptr %msg.dbg.spill, !584, !DIExpression(), !587)
    #dbg_declare(ptr %msg.dbg.spill, !589, !DIExpression(), !592)
    #dbg_declare(ptr %msg.dbg.spill, !594, !DIExpression(), !597)
    #dbg_declare(ptr %msg.dbg.spill, !599, !DIExpression(), !602)
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_8cf3531fd3c828ab298b686071a40c17, ptr inttoptr (i64 519 to ptr), i1 zeroext false, ptr align 8 %0) #11, !dbg !604
  unreachable, !dbg !604

bb1:                                              ; preds = %start
  ret void, !dbg !605
}

; core::slice::<impl [T]>::iter
; Function Attrs: inlinehint nonlazybind uwtable
define { ptr, ptr } @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$4iter17hbdd2468c5df99faaE"(ptr align 8 %self.0, i64 %self.1) unnamed_addr #0 !dbg !606 {
start:
  %self.dbg.spill = alloca [16 x i8], align 8
  store ptr %self.0, ptr %self.dbg.spill, align 8
  %0 = getelementptr inbounds i8, ptr %self.dbg.spill, i64 8
  store i64 %self.1, ptr %0, align 8
    #dbg_declare(ptr %self.dbg.spill, !617, !DIExpression(), !618)
; call core::slice::iter::Iter<T>::new
  %1 = call { ptr, ptr } @"_ZN4core5slice4iter13Iter$LT$T$GT$3new17hdf91397255740b35E"(ptr align 8 %self.0, i64 %self.1) #10, !dbg !619
  %_0.0 = extractvalue { ptr, ptr } %1, 0, !dbg !619
  %_0.1 = extractvalue { ptr, ptr } %1, 1, !dbg !619
  %2 = insertvalue { ptr, ptr } poison, ptr %_0.0, 0, !dbg !620
  %3 = insertvalue { ptr, ptr } %2, ptr %_0.1, 1, !dbg !620
  ret { ptr, ptr } %3, !dbg !620
}

; core::slice::iter::Iter<T>::new
; Function Attrs: inlinehint nonlazybind uwtable
define { ptr, ptr } @"_ZN4core5slice4iter13Iter$LT$T$GT$3new17hdf91397255740b35E"(ptr align 8 %slice.0, i64 %slice.1) unnamed_addr #0 !dbg !621 {
start:
  %self.dbg.spill1 = alloca [8 x i8], align 8
  %ptr.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [16 x i8], align 8
  %len.dbg.spill = alloca [8 x i8], align 8
  %slice.dbg.spill = alloca [16 x i8], align 8
  %end_or_len = alloca [8 x i8], align 8
  store ptr %slice.0, ptr %slice.dbg.spill, align 8
  %0 = getelementptr inbounds i8, ptr %slice.dbg.spill, i64 8
  store i64 %slice.1, ptr %0, align 8
    #dbg_declare(ptr %slice.dbg.spill, !625, !DIExpression(), !632)
    #dbg_declare(ptr %slice.dbg.spill, !633, !DIExpression(), !647)
    #dbg_declare(ptr %end_or_len, !630, !DIExpression(), !649)
  store i64 %slice.1, ptr %len.dbg.spill, align 8, !dbg !650
    #dbg_declare(ptr %len.dbg.spill, !626, !DIExpression(), !651)
    #dbg_declare(ptr %len.dbg.spill, !652, !DIExpression(), !657)
    #dbg_declare(ptr %len.dbg.spill, !659, !DIExpression(), !669)
  store ptr %slice.0, ptr %self.dbg.spill, align 8, !dbg !671
  %1 = getelementptr inbounds i8, ptr %self.dbg.spill, i64 8, !dbg !671
  store i64 %slice.1, ptr %1, align 8, !dbg !671
    #dbg_declare(ptr %self.dbg.spill, !672, !DIExpression(), !680)
  store ptr %slice.0, ptr %ptr.dbg.spill, align 8, !dbg !682
    #dbg_declare(ptr %ptr.dbg.spill, !628, !DIExpression(), !683)
    #dbg_declare(ptr %ptr.dbg.spill, !684, !DIExpression(), !690)
  br label %bb2, !dbg !692

bb2:                                              ; preds = %start
  store ptr %slice.0, ptr %self.dbg.spill1, align 8, !dbg !693
    #dbg_declare(ptr %self.dbg.spill1, !668, !DIExpression(), !694)
  %_6 = getelementptr inbounds nuw double, ptr %slice.0, i64 %slice.1, !dbg !695
  store ptr %_6, ptr %end_or_len, align 8, !dbg !696
  br label %bb3, !dbg !697

bb3:                                              ; preds = %bb2
  %_0.1 = load ptr, ptr %end_or_len, align 8, !dbg !698
  %2 = insertvalue { ptr, ptr } poison, ptr %slice.0, 0, !dbg !699
  %3 = insertvalue { ptr, ptr } %2, ptr %_0.1, 1, !dbg !699
  ret { ptr, ptr } %3, !dbg !699

bb1:                                              ; No predecessors!
  unreachable
}

; core::option::Option<T>::unwrap_or
; Function Attrs: inlinehint nonlazybind uwtable
define double @"_ZN4core6option15Option$LT$T$GT$9unwrap_or17h91693e461c41f1eeE"(i64 %0, double %1, double %default) unnamed_addr #0 !dbg !700 {
start:
  %default.dbg.spill = alloca [8 x i8], align 8
  %x = alloca [8 x i8], align 8
  %self = alloca [16 x i8], align 8
  store i64 %0, ptr %self, align 8
  %2 = getelementptr inbounds i8, ptr %self, i64 8
  store double %1, ptr %2, align 8
    #dbg_declare(ptr %x, !720, !DIExpression(), !722)
    #dbg_declare(ptr %self, !718, !DIExpression(), !723)
  store double %default, ptr %default.dbg.spill, align 8
    #dbg_declare(ptr %default.dbg.spill, !719, !DIExpression(), !724)
  %_3 = load i64, ptr %self, align 8, !dbg !725
  %3 = getelementptr inbounds i8, ptr %self, i64 8, !dbg !725
  %4 = load double, ptr %3, align 8, !dbg !725
  %5 = trunc nuw i64 %_3 to i1, !dbg !726
  br i1 %5, label %bb3, label %bb2, !dbg !726

bb3:                                              ; preds = %start
  %6 = getelementptr inbounds i8, ptr %self, i64 8, !dbg !727
  %7 = load double, ptr %6, align 8, !dbg !727
  store double %7, ptr %x, align 8, !dbg !727
  br label %bb4, !dbg !728

bb2:                                              ; preds = %start
  store double %default, ptr %x, align 8, !dbg !729
  br label %bb4, !dbg !729

bb4:                                              ; preds = %bb3, %bb2
  %8 = load double, ptr %x, align 8, !dbg !730
  ret double %8, !dbg !730

bb1:                                              ; No predecessors!
  unreachable, !dbg !725
}

; <typeinfo_rs::P as typeinfo_rs::Area>::area
; Function Attrs: nonlazybind uwtable
define double @"_ZN52_$LT$typeinfo_rs..P$u20$as$u20$typeinfo_rs..Area$GT$4area17h004e3d7cbf803d24E"(ptr align 8 %self) unnamed_addr #2 !dbg !731 {
start:
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !746, !DIExpression(), !747)
  %0 = getelementptr inbounds i8, ptr %self, i64 8, !dbg !748
  %_2 = load double, ptr %0, align 8, !dbg !748
  %1 = getelementptr inbounds i8, ptr %self, i64 16, !dbg !749
  %_4 = load float, ptr %1, align 8, !dbg !749
  %_3 = fpext float %_4 to double, !dbg !749
  %_0 = fmul double %_2, %_3, !dbg !748
  ret double %_0, !dbg !750
}

; alloc::rc::Rc<T,A>::drop_slow
; Function Attrs: noinline nonlazybind uwtable
define void @"_ZN5alloc2rc15Rc$LT$T$C$A$GT$9drop_slow17h5ea012a2da0381d0E"(ptr align 8 %self) unnamed_addr #3 personality ptr @rust_eh_personality !dbg !751 {
start:
  %0 = alloca [16 x i8], align 8
  %self.dbg.spill2 = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [8 x i8], align 8
  %_weak = alloca [16 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !758, !DIExpression(), !761)
    #dbg_declare(ptr %_weak, !759, !DIExpression(), !762)
  %_3 = load ptr, ptr %self, align 8, !dbg !763
  %_4 = getelementptr inbounds i8, ptr %self, i64 8, !dbg !764
  store ptr %_3, ptr %_weak, align 8, !dbg !765
  %1 = getelementptr inbounds i8, ptr %_weak, i64 8, !dbg !765
  store ptr %_4, ptr %1, align 8, !dbg !765
  %self1 = load ptr, ptr %self, align 8, !dbg !766
  store ptr %self1, ptr %self.dbg.spill2, align 8, !dbg !766
    #dbg_declare(ptr %self.dbg.spill2, !767, !DIExpression(), !774)
  %_6 = getelementptr inbounds i8, ptr %self1, i64 16, !dbg !776
  br label %bb1, !dbg !777

bb1:                                              ; preds = %start
; call core::ptr::drop_in_place<alloc::rc::Weak<f64,&alloc::alloc::Global>>
  call void @"_ZN4core3ptr74drop_in_place$LT$alloc..rc..Weak$LT$f64$C$$RF$alloc..alloc..Global$GT$$GT$17h05b0a5b253cdf863E"(ptr align 8 %_weak), !dbg !778
  ret void, !dbg !779

bb3:                                              ; No predecessors!
; invoke core::ptr::drop_in_place<alloc::rc::Weak<f64,&alloc::alloc::Global>>
  invoke void @"_ZN4core3ptr74drop_in_place$LT$alloc..rc..Weak$LT$f64$C$$RF$alloc..alloc..Global$GT$$GT$17h05b0a5b253cdf863E"(ptr align 8 %_weak) #12
          to label %bb4 unwind label %terminate, !dbg !778

terminate:                                        ; preds = %bb3
  %2 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #13, !dbg !780
  unreachable, !dbg !780

bb4:                                              ; preds = %bb3
  %3 = load ptr, ptr %0, align 8, !dbg !780
  %4 = getelementptr inbounds i8, ptr %0, i64 8, !dbg !780
  %5 = load i32, ptr %4, align 8, !dbg !780
  %6 = insertvalue { ptr, i32 } poison, ptr %3, 0, !dbg !780
  %7 = insertvalue { ptr, i32 } %6, i32 %5, 1, !dbg !780
  resume { ptr, i32 } %7, !dbg !780
}

; <alloc::alloc::Global as core::alloc::Allocator>::deallocate
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN63_$LT$alloc..alloc..Global$u20$as$u20$core..alloc..Allocator$GT$10deallocate17h2ad9072cdff2e731E"(ptr align 1 %self, ptr %ptr, i64 %layout.0, i64 %layout.1) unnamed_addr #0 !dbg !781 {
start:
  %ptr.dbg.spill1 = alloca [8 x i8], align 8
  %layout.dbg.spill = alloca [16 x i8], align 8
  %ptr.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !787, !DIExpression(), !790)
    #dbg_declare(ptr %self.dbg.spill, !791, !DIExpression(), !797)
  store ptr %ptr, ptr %ptr.dbg.spill, align 8
    #dbg_declare(ptr %ptr.dbg.spill, !788, !DIExpression(), !799)
    #dbg_declare(ptr %ptr.dbg.spill, !795, !DIExpression(), !800)
    #dbg_declare(ptr %ptr.dbg.spill, !801, !DIExpression(), !808)
    #dbg_declare(ptr %ptr.dbg.spill, !810, !DIExpression(), !817)
  store i64 %layout.0, ptr %layout.dbg.spill, align 8
  %0 = getelementptr inbounds i8, ptr %layout.dbg.spill, i64 8
  store i64 %layout.1, ptr %0, align 8
    #dbg_declare(ptr %layout.dbg.spill, !789, !DIExpression(), !819)
    #dbg_declare(ptr %layout.dbg.spill, !796, !DIExpression(), !820)
    #dbg_declare(ptr %layout.dbg.spill, !807, !DIExpression(), !821)
    #dbg_declare(ptr %layout.dbg.spill, !822, !DIExpression(), !828)
    #dbg_value(ptr poison, !830, !DIExpression(), !837)
  %1 = icmp eq i64 %layout.1, 0, !dbg !839
  br i1 %1, label %bb2, label %bb1, !dbg !839

bb2:                                              ; preds = %bb1, %start
  ret void, !dbg !840

bb1:                                              ; preds = %start
  store ptr %ptr, ptr %ptr.dbg.spill1, align 8, !dbg !841
    #dbg_declare(ptr %ptr.dbg.spill1, !827, !DIExpression(), !842)
    #dbg_value(ptr poison, !830, !DIExpression(), !843)
    #dbg_value(ptr poison, !845, !DIExpression(), !851)
; call __rustc::__rust_dealloc
  call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr %ptr, i64 %layout.1, i64 %layout.0) #14, !dbg !853
  br label %bb2, !dbg !854
}

; <alloc::rc::Rc<T,A> as core::ops::drop::Drop>::drop
; Function Attrs: inlinehint nonlazybind uwtable
define void @"_ZN68_$LT$alloc..rc..Rc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h0e3346806bfa42feE"(ptr align 8 %self) unnamed_addr #0 !dbg !855 {
start:
  %self.dbg.spill2 = alloca [8 x i8], align 8
  %val.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill1 = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !858, !DIExpression(), !859)
    #dbg_declare(ptr %self.dbg.spill, !860, !DIExpression(), !868)
    #dbg_declare(ptr %self.dbg.spill, !860, !DIExpression(), !870)
  %_5 = load ptr, ptr %self, align 8, !dbg !872
  store ptr %_5, ptr %self.dbg.spill1, align 8, !dbg !879
    #dbg_declare(ptr %self.dbg.spill1, !884, !DIExpression(), !892)
    #dbg_declare(ptr %self.dbg.spill1, !894, !DIExpression(), !901)
    #dbg_declare(ptr %self.dbg.spill1, !903, !DIExpression(), !908)
    #dbg_declare(ptr %self.dbg.spill1, !894, !DIExpression(), !910)
    #dbg_value(ptr %_5, !912, !DIExpression(), !920)
    #dbg_value(ptr %_5, !922, !DIExpression(), !929)
    #dbg_value(ptr %_5, !931, !DIExpression(), !937)
  %_8 = load i64, ptr %_5, align 8, !dbg !939
  %val = sub i64 %_8, 1, !dbg !940
  store i64 %val, ptr %val.dbg.spill, align 8, !dbg !940
    #dbg_declare(ptr %val.dbg.spill, !919, !DIExpression(), !941)
    #dbg_declare(ptr %val.dbg.spill, !928, !DIExpression(), !942)
  store i64 %val, ptr %_5, align 8, !dbg !943
  %_15 = load ptr, ptr %self, align 8, !dbg !951
  store ptr %_15, ptr %self.dbg.spill2, align 8, !dbg !954
    #dbg_declare(ptr %self.dbg.spill2, !903, !DIExpression(), !957)
    #dbg_declare(ptr %self.dbg.spill2, !894, !DIExpression(), !959)
    #dbg_value(ptr %_15, !931, !DIExpression(), !962)
  %_2 = load i64, ptr %_15, align 8, !dbg !964
  %0 = icmp eq i64 %_2, 0, !dbg !965
  br i1 %0, label %bb1, label %bb2, !dbg !965

bb1:                                              ; preds = %start
; call alloc::rc::Rc<T,A>::drop_slow
  call void @"_ZN5alloc2rc15Rc$LT$T$C$A$GT$9drop_slow17h5ea012a2da0381d0E"(ptr align 8 %self) #15, !dbg !966
  br label %bb3, !dbg !966

bb2:                                              ; preds = %start
  br label %bb3, !dbg !967

bb3:                                              ; preds = %bb2, %bb1
  ret void, !dbg !968
}

; <f64 as core::iter::traits::accum::Sum<&f64>>::sum
; Function Attrs: nonlazybind uwtable
define double @"_ZN69_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$LT$$RF$f64$GT$$GT$3sum17hf66acc98a9d93fa6E"(ptr %iter.0, ptr %iter.1) unnamed_addr #2 !dbg !969 {
start:
  %iter.dbg.spill = alloca [16 x i8], align 8
  store ptr %iter.0, ptr %iter.dbg.spill, align 8
  %0 = getelementptr inbounds i8, ptr %iter.dbg.spill, i64 8
  store ptr %iter.1, ptr %0, align 8
    #dbg_declare(ptr %iter.dbg.spill, !974, !DIExpression(), !977)
; call <core::slice::iter::Iter<T> as core::iter::traits::iterator::Iterator>::fold
  %_0 = call double @"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17hc57a5bd524d8fa92E"(ptr %iter.0, ptr %iter.1, double -0.000000e+00) #10, !dbg !978
  ret double %_0, !dbg !979
}

; <f64 as core::iter::traits::accum::Sum<&f64>>::sum::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define double @"_ZN69_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$LT$$RF$f64$GT$$GT$3sum28_$u7b$$u7b$closure$u7d$$u7d$17heb3ab07cf9456413E"(ptr align 1 %_1, double %a, ptr align 8 %b) unnamed_addr #0 !dbg !980 {
start:
  %b.dbg.spill = alloca [8 x i8], align 8
  %a.dbg.spill = alloca [8 x i8], align 8
  %_1.dbg.spill = alloca [8 x i8], align 8
  store ptr %_1, ptr %_1.dbg.spill, align 8
    #dbg_declare(ptr %_1.dbg.spill, !989, !DIExpression(), !990)
  store double %a, ptr %a.dbg.spill, align 8
    #dbg_declare(ptr %a.dbg.spill, !987, !DIExpression(), !991)
  store ptr %b, ptr %b.dbg.spill, align 8
    #dbg_declare(ptr %b.dbg.spill, !988, !DIExpression(), !992)
    #dbg_declare(ptr %b.dbg.spill, !993, !DIExpression(), !999)
  %_4 = load double, ptr %b, align 8, !dbg !1001
  %_0 = fadd double %a, %_4, !dbg !1002
  ret double %_0, !dbg !1006
}

; <alloc::rc::Weak<T,A> as core::ops::drop::Drop>::drop
; Function Attrs: nonlazybind uwtable
define void @"_ZN70_$LT$alloc..rc..Weak$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hfc750127bed188ebE"(ptr align 8 %self) unnamed_addr #2 !dbg !1007 {
start:
  %alignment.dbg.spill = alloca [8 x i8], align 8
  %align.dbg.spill = alloca [8 x i8], align 8
  %0 = alloca [8 x i8], align 8
  %size.dbg.spill = alloca [8 x i8], align 8
  %1 = alloca [8 x i8], align 8
  %t.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill11 = alloca [8 x i8], align 8
  %self.dbg.spill9 = alloca [8 x i8], align 8
  %val.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill7 = alloca [8 x i8], align 8
  %inner.dbg.spill6 = alloca [16 x i8], align 8
  %inner.dbg.spill = alloca [16 x i8], align 8
  %ptr.dbg.spill5 = alloca [8 x i8], align 8
  %self.dbg.spill4 = alloca [8 x i8], align 8
  %ptr.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill2 = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [8 x i8], align 8
  %_3 = alloca [16 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !1013, !DIExpression(), !1022)
    #dbg_declare(ptr %self.dbg.spill, !1023, !DIExpression(), !1045)
  %self1 = load ptr, ptr %self, align 8, !dbg !1047
  store ptr %self1, ptr %self.dbg.spill2, align 8, !dbg !1047
    #dbg_declare(ptr %self.dbg.spill2, !1048, !DIExpression(), !1051)
  store ptr %self1, ptr %ptr.dbg.spill, align 8, !dbg !1047
    #dbg_declare(ptr %ptr.dbg.spill, !1053, !DIExpression(), !1058)
    #dbg_declare(ptr %ptr.dbg.spill, !1060, !DIExpression(), !1067)
  %_22 = ptrtoint ptr %self1 to i64, !dbg !1069
  %2 = icmp eq i64 %_22, -1, !dbg !1059
  br i1 %2, label %bb6, label %bb7, !dbg !1059

bb6:                                              ; preds = %start
  br label %bb5, !dbg !1074

bb7:                                              ; preds = %start
  %self3 = load ptr, ptr %self, align 8, !dbg !1075
  store ptr %self3, ptr %self.dbg.spill4, align 8, !dbg !1075
    #dbg_declare(ptr %self.dbg.spill4, !1048, !DIExpression(), !1076)
  store ptr %self3, ptr %ptr.dbg.spill5, align 8, !dbg !1078
    #dbg_declare(ptr %ptr.dbg.spill5, !1043, !DIExpression(), !1079)
  %_21 = getelementptr inbounds i8, ptr %self3, i64 8, !dbg !1080
  store ptr %_21, ptr %_3, align 8, !dbg !1081
  %3 = getelementptr inbounds i8, ptr %_3, i64 8, !dbg !1081
  store ptr %self3, ptr %3, align 8, !dbg !1081
  %inner.0 = load ptr, ptr %_3, align 8, !dbg !1082
  %4 = getelementptr inbounds i8, ptr %_3, i64 8, !dbg !1082
  %inner.1 = load ptr, ptr %4, align 8, !dbg !1082
  store ptr %inner.0, ptr %inner.dbg.spill, align 8, !dbg !1082
  %5 = getelementptr inbounds i8, ptr %inner.dbg.spill, i64 8, !dbg !1082
  store ptr %inner.1, ptr %5, align 8, !dbg !1082
    #dbg_declare(ptr %inner.dbg.spill, !1020, !DIExpression(), !1082)
  store ptr %inner.0, ptr %inner.dbg.spill6, align 8, !dbg !1083
  %6 = getelementptr inbounds i8, ptr %inner.dbg.spill6, i64 8, !dbg !1083
  store ptr %inner.1, ptr %6, align 8, !dbg !1083
    #dbg_declare(ptr %inner.dbg.spill6, !1014, !DIExpression(), !1084)
    #dbg_value(ptr poison, !1085, !DIExpression(), !1093)
    #dbg_value(ptr poison, !1095, !DIExpression(), !1101)
    #dbg_value(ptr poison, !1103, !DIExpression(), !1108)
    #dbg_value(ptr poison, !1095, !DIExpression(), !1110)
  store ptr %inner.0, ptr %self.dbg.spill7, align 8, !dbg !1112
    #dbg_declare(ptr %self.dbg.spill7, !1113, !DIExpression(), !1117)
    #dbg_declare(ptr %self.dbg.spill7, !1119, !DIExpression(), !1123)
    #dbg_declare(ptr %self.dbg.spill7, !1125, !DIExpression(), !1128)
    #dbg_declare(ptr %self.dbg.spill7, !1125, !DIExpression(), !1130)
  %_26 = load i64, ptr %inner.0, align 8, !dbg !1134
  %val = sub i64 %_26, 1, !dbg !1135
  store i64 %val, ptr %val.dbg.spill, align 8, !dbg !1135
    #dbg_declare(ptr %val.dbg.spill, !1116, !DIExpression(), !1136)
    #dbg_declare(ptr %val.dbg.spill, !1122, !DIExpression(), !1137)
  store i64 %val, ptr %inner.0, align 8, !dbg !1138
    #dbg_value(ptr poison, !1103, !DIExpression(), !1141)
    #dbg_value(ptr poison, !1095, !DIExpression(), !1142)
  %_6 = load i64, ptr %inner.0, align 8, !dbg !1144
  %7 = icmp eq i64 %_6, 0, !dbg !1145
  br i1 %7, label %bb1, label %bb3, !dbg !1145

bb5:                                              ; preds = %bb4, %bb6
  ret void, !dbg !1074

bb1:                                              ; preds = %bb7
  %_9 = getelementptr inbounds i8, ptr %self, i64 8, !dbg !1146
  %self8 = load ptr, ptr %self, align 8, !dbg !1147
  store ptr %self8, ptr %self.dbg.spill9, align 8, !dbg !1147
    #dbg_declare(ptr %self.dbg.spill9, !1148, !DIExpression(), !1156)
  %self10 = load ptr, ptr %self, align 8, !dbg !1158
  store ptr %self10, ptr %self.dbg.spill11, align 8, !dbg !1158
    #dbg_declare(ptr %self.dbg.spill11, !1048, !DIExpression(), !1159)
  store ptr %self10, ptr %t.dbg.spill, align 8, !dbg !1158
    #dbg_declare(ptr %t.dbg.spill, !1161, !DIExpression(), !1170)
    #dbg_declare(ptr %t.dbg.spill, !1172, !DIExpression(), !1177)
    #dbg_declare(ptr %t.dbg.spill, !1179, !DIExpression(), !1187)
    #dbg_declare(ptr %t.dbg.spill, !1189, !DIExpression(), !1192)
  store i64 24, ptr %1, align 8, !dbg !1194
  %size = load i64, ptr %1, align 8, !dbg !1194
  store i64 %size, ptr %size.dbg.spill, align 8, !dbg !1194
    #dbg_declare(ptr %size.dbg.spill, !1167, !DIExpression(), !1195)
    #dbg_declare(ptr %size.dbg.spill, !1196, !DIExpression(), !1203)
  store i64 8, ptr %0, align 8, !dbg !1205
  %align = load i64, ptr %0, align 8, !dbg !1205
  store i64 %align, ptr %align.dbg.spill, align 8, !dbg !1205
    #dbg_declare(ptr %align.dbg.spill, !1185, !DIExpression(), !1206)
    #dbg_declare(ptr %align.dbg.spill, !1207, !DIExpression(), !1213)
  br label %bb10, !dbg !1215

bb3:                                              ; preds = %bb7
  br label %bb4, !dbg !1217

bb10:                                             ; preds = %bb1
; call core::ptr::alignment::Alignment::new_unchecked::precondition_check
  call void @_ZN4core3ptr9alignment9Alignment13new_unchecked18precondition_check17hca59de1bd4b9976bE(i64 %align, ptr align 8 @alloc_baf8ef05762bb2cbbccf0ad20ba0c118) #16, !dbg !1218
  br label %bb11, !dbg !1218

bb11:                                             ; preds = %bb10
  store i64 %align, ptr %alignment.dbg.spill, align 8, !dbg !1219
    #dbg_declare(ptr %alignment.dbg.spill, !1169, !DIExpression(), !1220)
    #dbg_declare(ptr %alignment.dbg.spill, !1202, !DIExpression(), !1221)
  br label %bb12, !dbg !1222

bb12:                                             ; preds = %bb11
; call core::alloc::layout::Layout::from_size_alignment_unchecked::precondition_check
  call void @_ZN4core5alloc6layout6Layout29from_size_alignment_unchecked18precondition_check17hf3304e6591abd48fE(i64 %size, i64 %align, ptr align 8 @alloc_43b307780025650359e0e1b649546c3c) #16, !dbg !1224
  br label %bb13, !dbg !1224

bb13:                                             ; preds = %bb12
; call <&A as core::alloc::Allocator>::deallocate
  call void @"_ZN48_$LT$$RF$A$u20$as$u20$core..alloc..Allocator$GT$10deallocate17he6e4960f21ade692E"(ptr align 8 %_9, ptr %self8, i64 %align, i64 %size) #10, !dbg !1225
  br label %bb4, !dbg !1217

bb4:                                              ; preds = %bb3, %bb13
  br label %bb5, !dbg !1074
}

; <alloc::boxed::Box<T,A> as core::ops::drop::Drop>::drop
; Function Attrs: inlinehint nonlazybind uwtable
define void @"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h8e3daccabc4a545fE"(ptr align 8 %self) unnamed_addr #0 !dbg !1226 {
start:
  %unique.dbg.spill = alloca [8 x i8], align 8
  %layout.dbg.spill = alloca [16 x i8], align 8
  %alignment.dbg.spill = alloca [8 x i8], align 8
  %align.dbg.spill = alloca [8 x i8], align 8
  %0 = alloca [8 x i8], align 8
  %size.dbg.spill = alloca [8 x i8], align 8
  %1 = alloca [8 x i8], align 8
  %t.dbg.spill = alloca [8 x i8], align 8
  %ptr.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !1234, !DIExpression(), !1245)
  %ptr = load ptr, ptr %self, align 8, !dbg !1246
  store ptr %ptr, ptr %ptr.dbg.spill, align 8, !dbg !1246
    #dbg_declare(ptr %ptr.dbg.spill, !1235, !DIExpression(), !1247)
    #dbg_declare(ptr %ptr.dbg.spill, !1248, !DIExpression(), !1255)
    #dbg_declare(ptr %ptr.dbg.spill, !1257, !DIExpression(), !1269)
  store ptr %ptr, ptr %t.dbg.spill, align 8, !dbg !1271
    #dbg_declare(ptr %t.dbg.spill, !1272, !DIExpression(), !1281)
    #dbg_declare(ptr %t.dbg.spill, !1283, !DIExpression(), !1288)
    #dbg_declare(ptr %t.dbg.spill, !1290, !DIExpression(), !1298)
    #dbg_declare(ptr %t.dbg.spill, !1300, !DIExpression(), !1303)
  store i64 8, ptr %1, align 8, !dbg !1305
  %size = load i64, ptr %1, align 8, !dbg !1305
  store i64 %size, ptr %size.dbg.spill, align 8, !dbg !1305
    #dbg_declare(ptr %size.dbg.spill, !1278, !DIExpression(), !1306)
    #dbg_declare(ptr %size.dbg.spill, !1307, !DIExpression(), !1311)
  store i64 8, ptr %0, align 8, !dbg !1313
  %align = load i64, ptr %0, align 8, !dbg !1313
  store i64 %align, ptr %align.dbg.spill, align 8, !dbg !1313
    #dbg_declare(ptr %align.dbg.spill, !1296, !DIExpression(), !1314)
    #dbg_declare(ptr %align.dbg.spill, !1315, !DIExpression(), !1318)
  br label %bb6, !dbg !1320

bb6:                                              ; preds = %start
; call core::ptr::alignment::Alignment::new_unchecked::precondition_check
  call void @_ZN4core3ptr9alignment9Alignment13new_unchecked18precondition_check17hca59de1bd4b9976bE(i64 %align, ptr align 8 @alloc_baf8ef05762bb2cbbccf0ad20ba0c118) #16, !dbg !1322
  br label %bb7, !dbg !1322

bb7:                                              ; preds = %bb6
  store i64 %align, ptr %alignment.dbg.spill, align 8, !dbg !1323
    #dbg_declare(ptr %alignment.dbg.spill, !1280, !DIExpression(), !1324)
    #dbg_declare(ptr %alignment.dbg.spill, !1310, !DIExpression(), !1325)
  br label %bb8, !dbg !1326

bb8:                                              ; preds = %bb7
; call core::alloc::layout::Layout::from_size_alignment_unchecked::precondition_check
  call void @_ZN4core5alloc6layout6Layout29from_size_alignment_unchecked18precondition_check17hf3304e6591abd48fE(i64 %size, i64 %align, ptr align 8 @alloc_43b307780025650359e0e1b649546c3c) #16, !dbg !1328
  br label %bb9, !dbg !1328

bb9:                                              ; preds = %bb8
  store i64 %align, ptr %layout.dbg.spill, align 8, !dbg !1329
  %2 = getelementptr inbounds i8, ptr %layout.dbg.spill, i64 8, !dbg !1329
  store i64 %size, ptr %2, align 8, !dbg !1329
    #dbg_declare(ptr %layout.dbg.spill, !1243, !DIExpression(), !1330)
    #dbg_value(ptr poison, !1331, !DIExpression(), !1334)
  %3 = icmp eq i64 %size, 0, !dbg !1336
  br i1 %3, label %bb3, label %bb1, !dbg !1336

bb3:                                              ; preds = %bb1, %bb9
  ret void, !dbg !1337

bb1:                                              ; preds = %bb9
  %_7 = getelementptr inbounds i8, ptr %self, i64 8, !dbg !1338
  store ptr %ptr, ptr %unique.dbg.spill, align 8, !dbg !1339
    #dbg_declare(ptr %unique.dbg.spill, !1345, !DIExpression(), !1351)
; call <alloc::alloc::Global as core::alloc::Allocator>::deallocate
  call void @"_ZN63_$LT$alloc..alloc..Global$u20$as$u20$core..alloc..Allocator$GT$10deallocate17h2ad9072cdff2e731E"(ptr align 1 %_7, ptr %ptr, i64 %align, i64 %size) #10, !dbg !1353
  br label %bb3, !dbg !1354
}

; <alloc::vec::Vec<T,A> as core::ops::deref::Deref>::deref
; Function Attrs: inlinehint nonlazybind uwtable
define { ptr, i64 } @"_ZN72_$LT$alloc..vec..Vec$LT$T$C$A$GT$$u20$as$u20$core..ops..deref..Deref$GT$5deref17h91328178b0b1f517E"(ptr align 8 %self) unnamed_addr #0 !dbg !1355 {
start:
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !1381, !DIExpression(), !1382)
    #dbg_declare(ptr %self.dbg.spill, !1383, !DIExpression(), !1387)
    #dbg_declare(ptr %self.dbg.spill, !1389, !DIExpression(), !1395)
  %0 = getelementptr inbounds i8, ptr %self, i64 8, !dbg !1397
  %_5 = load ptr, ptr %0, align 8, !dbg !1397
  %1 = getelementptr inbounds i8, ptr %self, i64 16, !dbg !1417
  %_4 = load i64, ptr %1, align 8, !dbg !1417
  %2 = insertvalue { ptr, i64 } poison, ptr %_5, 0, !dbg !1418
  %3 = insertvalue { ptr, i64 } %2, i64 %_4, 1, !dbg !1418
  ret { ptr, i64 } %3, !dbg !1418
}

; <core::slice::iter::Iter<T> as core::iter::traits::iterator::Iterator>::fold
; Function Attrs: inlinehint nonlazybind uwtable
define double @"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17hc57a5bd524d8fa92E"(ptr %self.0, ptr %self.1, double %init) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !1419 {
start:
  %self.dbg.spill5 = alloca [8 x i8], align 8
  %count.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill4 = alloca [8 x i8], align 8
  %0 = alloca [16 x i8], align 8
  %self.dbg.spill3 = alloca [8 x i8], align 8
  %origin.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill2 = alloca [8 x i8], align 8
  %subtracted.dbg.spill = alloca [8 x i8], align 8
  %end.dbg.spill1 = alloca [8 x i8], align 8
  %end.dbg.spill = alloca [8 x i8], align 8
  %rhs.dbg.spill = alloca [8 x i8], align 8
  %pointee_size.dbg.spill = alloca [8 x i8], align 8
  %init.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [16 x i8], align 8
  %_32 = alloca [1 x i8], align 1
  %_31 = alloca [1 x i8], align 1
  %len = alloca [8 x i8], align 8
  %i = alloca [8 x i8], align 8
  %acc = alloca [8 x i8], align 8
  %_4 = alloca [1 x i8], align 1
  %_0 = alloca [8 x i8], align 8
  %f = alloca [0 x i8], align 1
  store ptr %self.0, ptr %self.dbg.spill, align 8
  %1 = getelementptr inbounds i8, ptr %self.dbg.spill, i64 8
  store ptr %self.1, ptr %1, align 8
    #dbg_declare(ptr %self.dbg.spill, !1425, !DIExpression(), !1445)
  store double %init, ptr %init.dbg.spill, align 8
    #dbg_declare(ptr %init.dbg.spill, !1426, !DIExpression(), !1446)
    #dbg_declare(ptr %f, !1427, !DIExpression(), !1447)
    #dbg_declare(ptr %acc, !1432, !DIExpression(), !1448)
    #dbg_declare(ptr %i, !1434, !DIExpression(), !1449)
    #dbg_declare(ptr %i, !1450, !DIExpression(), !1456)
    #dbg_declare(ptr %len, !1436, !DIExpression(), !1458)
    #dbg_declare(ptr %len, !1438, !DIExpression(), !1459)
  store i64 8, ptr %pointee_size.dbg.spill, align 8, !dbg !1460
    #dbg_declare(ptr %pointee_size.dbg.spill, !1468, !DIExpression(), !1460)
  store i64 1, ptr %rhs.dbg.spill, align 8, !dbg !1485
    #dbg_declare(ptr %rhs.dbg.spill, !1455, !DIExpression(), !1485)
  br label %bb2, !dbg !1486

bb2:                                              ; preds = %start
  store ptr %self.1, ptr %end.dbg.spill, align 8, !dbg !1487
    #dbg_declare(ptr %end.dbg.spill, !1430, !DIExpression(), !1488)
    #dbg_value(ptr poison, !1489, !DIExpression(), !1497)
    #dbg_value(ptr poison, !1496, !DIExpression(), !1499)
  %2 = icmp eq ptr %self.0, %self.1, !dbg !1500
  %3 = zext i1 %2 to i8, !dbg !1500
  store i8 %3, ptr %_4, align 1, !dbg !1500
  br label %bb3, !dbg !1501

bb3:                                              ; preds = %bb2
  %4 = load i8, ptr %_4, align 1, !dbg !1502
  %5 = trunc nuw i8 %4 to i1, !dbg !1502
  br i1 %5, label %bb4, label %bb5, !dbg !1502

bb5:                                              ; preds = %bb3
  store i8 0, ptr %_32, align 1, !dbg !1503
  store i8 1, ptr %_31, align 1, !dbg !1503
  store double %init, ptr %acc, align 8, !dbg !1503
  store i64 0, ptr %i, align 8, !dbg !1504
  br label %bb7, !dbg !1505

bb4:                                              ; preds = %bb3
  store i8 0, ptr %_32, align 1, !dbg !1506
  store double %init, ptr %_0, align 8, !dbg !1506
  br label %bb12, !dbg !1507

bb7:                                              ; preds = %bb5
  store ptr %self.1, ptr %end.dbg.spill1, align 8, !dbg !1508
    #dbg_declare(ptr %end.dbg.spill1, !1440, !DIExpression(), !1509)
    #dbg_declare(ptr %end.dbg.spill1, !1482, !DIExpression(), !1510)
    #dbg_declare(ptr %end.dbg.spill1, !1511, !DIExpression(), !1514)
  store ptr %self.0, ptr %subtracted.dbg.spill, align 8, !dbg !1516
    #dbg_declare(ptr %subtracted.dbg.spill, !1483, !DIExpression(), !1517)
    #dbg_declare(ptr %subtracted.dbg.spill, !1511, !DIExpression(), !1518)
  store ptr %self.1, ptr %self.dbg.spill2, align 8, !dbg !1520
    #dbg_declare(ptr %self.dbg.spill2, !1474, !DIExpression(), !1521)
  store ptr %self.0, ptr %origin.dbg.spill, align 8, !dbg !1522
    #dbg_declare(ptr %origin.dbg.spill, !1475, !DIExpression(), !1523)
    #dbg_declare(ptr %origin.dbg.spill, !1467, !DIExpression(), !1524)
  store ptr %self.1, ptr %self.dbg.spill3, align 8, !dbg !1525
    #dbg_declare(ptr %self.dbg.spill3, !1466, !DIExpression(), !1526)
  br label %bb20, !dbg !1527

bb20:                                             ; preds = %bb7
; call core::ptr::const_ptr::<impl *const T>::offset_from_unsigned::precondition_check
  call void @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$20offset_from_unsigned18precondition_check17h0e3f2b250af0a27bE"(ptr %self.1, ptr %self.0, ptr align 8 @alloc_7cb1dd7620319c06f8fe4029f6b4a0d1) #16, !dbg !1529
  br label %bb22, !dbg !1530

bb22:                                             ; preds = %bb20
  br label %bb23, !dbg !1531

bb23:                                             ; preds = %bb22
  br label %bb24, !dbg !1532

bb24:                                             ; preds = %bb23
  %6 = ptrtoint ptr %self.1 to i64, !dbg !1533
  %7 = ptrtoint ptr %self.0 to i64, !dbg !1533
  %8 = sub nuw i64 %6, %7, !dbg !1533
  %9 = udiv exact i64 %8, 8, !dbg !1533
  store i64 %9, ptr %len, align 8, !dbg !1533
  br label %bb8, !dbg !1534

bb25:                                             ; No predecessors!
; invoke core::panicking::panic
  invoke void @_RNvNtCsgEmfK2I1SDS_4core9panicking5panic(ptr align 1 @alloc_ec595fc0e82ef92fc59bd74f68296eae, i64 73, ptr align 8 @alloc_7cb1dd7620319c06f8fe4029f6b4a0d1) #17
          to label %unreachable unwind label %cleanup, !dbg !1535

bb16:                                             ; preds = %cleanup
  %10 = load i8, ptr %_31, align 1, !dbg !1507
  %11 = trunc nuw i8 %10 to i1, !dbg !1507
  br i1 %11, label %bb15, label %bb13, !dbg !1507

cleanup:                                          ; preds = %bb8, %bb25
  %12 = landingpad { ptr, i32 }
          cleanup
  %13 = extractvalue { ptr, i32 } %12, 0
  %14 = extractvalue { ptr, i32 } %12, 1
  store ptr %13, ptr %0, align 8
  %15 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %14, ptr %15, align 8
  br label %bb16

unreachable:                                      ; preds = %bb25
  unreachable

bb8:                                              ; preds = %bb11, %bb24
  store i8 0, ptr %_31, align 1, !dbg !1536
  %_21 = load double, ptr %acc, align 8, !dbg !1536
  store ptr %self.0, ptr %self.dbg.spill4, align 8, !dbg !1537
    #dbg_declare(ptr %self.dbg.spill4, !1538, !DIExpression(), !1545)
  %count = load i64, ptr %i, align 8, !dbg !1547
  store i64 %count, ptr %count.dbg.spill, align 8, !dbg !1547
    #dbg_declare(ptr %count.dbg.spill, !1544, !DIExpression(), !1548)
  %_45 = getelementptr inbounds nuw double, ptr %self.0, i64 %count, !dbg !1549
  store ptr %_45, ptr %self.dbg.spill5, align 8, !dbg !1550
    #dbg_declare(ptr %self.dbg.spill5, !1511, !DIExpression(), !1551)
; invoke <f64 as core::iter::traits::accum::Sum<&f64>>::sum::{{closure}}
  %_18 = invoke double @"_ZN69_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$LT$$RF$f64$GT$$GT$3sum28_$u7b$$u7b$closure$u7d$$u7d$17heb3ab07cf9456413E"(ptr align 1 %f, double %_21, ptr align 8 %_45)
          to label %bb9 unwind label %cleanup, !dbg !1553

bb9:                                              ; preds = %bb8
  store double %_18, ptr %acc, align 8, !dbg !1554
  br label %bb26, !dbg !1555

bb26:                                             ; preds = %bb9
  %16 = load i64, ptr %i, align 8, !dbg !1557
; call core::num::<impl usize>::unchecked_add::precondition_check
  call void @"_ZN4core3num23_$LT$impl$u20$usize$GT$13unchecked_add18precondition_check17h023f15500584762dE"(i64 %16, i64 1, ptr align 8 @alloc_12fdce0839ba33fd8bd1bb0711a36af6) #16, !dbg !1557
  br label %bb27, !dbg !1557

bb27:                                             ; preds = %bb26
  %17 = load i64, ptr %i, align 8, !dbg !1558
  %_27 = add nuw i64 %17, 1, !dbg !1558
  store i64 %_27, ptr %i, align 8, !dbg !1559
  %_29 = load i64, ptr %i, align 8, !dbg !1560
  %_30 = load i64, ptr %len, align 8, !dbg !1561
  %_28 = icmp eq i64 %_29, %_30, !dbg !1560
  br i1 %_28, label %bb10, label %bb11, !dbg !1560

bb11:                                             ; preds = %bb27
  br label %bb8, !dbg !1562

bb10:                                             ; preds = %bb27
  %18 = load double, ptr %acc, align 8, !dbg !1563
  store double %18, ptr %_0, align 8, !dbg !1563
  br label %bb12, !dbg !1507

bb12:                                             ; preds = %bb4, %bb10
  %19 = load double, ptr %_0, align 8, !dbg !1564
  ret double %19, !dbg !1564

bb13:                                             ; preds = %bb15, %bb16
  br label %bb18, !dbg !1507

bb15:                                             ; preds = %bb16
  br label %bb13, !dbg !1507

bb18:                                             ; preds = %bb13
  %20 = load i8, ptr %_32, align 1, !dbg !1507
  %21 = trunc nuw i8 %20 to i1, !dbg !1507
  br i1 %21, label %bb17, label %bb14, !dbg !1507

bb14:                                             ; preds = %bb17, %bb18
  %22 = load ptr, ptr %0, align 8, !dbg !1565
  %23 = getelementptr inbounds i8, ptr %0, i64 8, !dbg !1565
  %24 = load i32, ptr %23, align 8, !dbg !1565
  %25 = insertvalue { ptr, i32 } poison, ptr %22, 0, !dbg !1565
  %26 = insertvalue { ptr, i32 } %25, i32 %24, 1, !dbg !1565
  resume { ptr, i32 } %26, !dbg !1565

bb17:                                             ; preds = %bb18
  br label %bb14, !dbg !1507

bb1:                                              ; No predecessors!
  unreachable

bb6:                                              ; No predecessors!
  unreachable
}

; Function Attrs: nonlazybind uwtable
define double @use_array(ptr align 8 %a) unnamed_addr #2 !dbg !1566 {
start:
  %a.dbg.spill = alloca [8 x i8], align 8
  store ptr %a, ptr %a.dbg.spill, align 8
    #dbg_declare(ptr %a.dbg.spill, !1577, !DIExpression(), !1578)
  %0 = getelementptr inbounds nuw [3 x double], ptr %a, i64 1, !dbg !1579
  %1 = getelementptr inbounds nuw double, ptr %0, i64 2, !dbg !1579
  %_0 = load double, ptr %1, align 8, !dbg !1579
  ret double %_0, !dbg !1580
}

; Function Attrs: nonlazybind uwtable
define double @use_box(ptr align 8 %0) unnamed_addr #2 !dbg !1581 {
start:
  %b = alloca [8 x i8], align 8
  store ptr %0, ptr %b, align 8
    #dbg_declare(ptr %b, !1585, !DIExpression(), !1586)
  %_3 = load ptr, ptr %b, align 8, !dbg !1587
  %_5 = ptrtoint ptr %_3 to i64, !dbg !1587
  %_7 = and i64 %_5, 7, !dbg !1587
  %_8 = icmp eq i64 %_7, 0, !dbg !1587
  br i1 %_8, label %bb2, label %panic, !dbg !1587

bb2:                                              ; preds = %start
  %_10 = ptrtoint ptr %_3 to i64, !dbg !1587
  %_12 = icmp eq i64 %_10, 0, !dbg !1587
  %_13 = and i1 %_12, true, !dbg !1587
  %_14 = xor i1 %_13, true, !dbg !1587
  br i1 %_14, label %bb3, label %panic1, !dbg !1587

panic:                                            ; preds = %start
; call core::panicking::panic_misaligned_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64 8, i64 %_5, ptr align 8 @alloc_5efe8d9a65f5dd9e6ba2458920afd05a) #11, !dbg !1587
  unreachable, !dbg !1587

bb3:                                              ; preds = %bb2
  %_2 = load double, ptr %_3, align 8, !dbg !1587
  %_0 = fmul double %_2, 2.000000e+00, !dbg !1587
; call core::ptr::drop_in_place<alloc::boxed::Box<f64>>
  call void @"_ZN4core3ptr49drop_in_place$LT$alloc..boxed..Box$LT$f64$GT$$GT$17h9d39008be0dcf1a9E"(ptr align 8 %b), !dbg !1588
  ret double %_0, !dbg !1589

panic1:                                           ; preds = %bb2
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_5efe8d9a65f5dd9e6ba2458920afd05a) #11, !dbg !1587
  unreachable, !dbg !1587
}

; Function Attrs: nonlazybind uwtable
define double @use_closure(double %0, double %x) unnamed_addr #2 !dbg !1590 {
start:
  %x.dbg.spill = alloca [8 x i8], align 8
  %c = alloca [8 x i8], align 8
  %k = alloca [8 x i8], align 8
  store double %0, ptr %k, align 8
    #dbg_declare(ptr %k, !1594, !DIExpression(), !1598)
  store double %x, ptr %x.dbg.spill, align 8
    #dbg_declare(ptr %x.dbg.spill, !1595, !DIExpression(), !1599)
    #dbg_declare(ptr %c, !1596, !DIExpression(), !1600)
  store ptr %k, ptr %c, align 8, !dbg !1601
; call typeinfo_rs::use_closure::{{closure}}
  %_0 = call double @"_ZN11typeinfo_rs11use_closure28_$u7b$$u7b$closure$u7d$$u7d$17h62580ad1eb2d0d6eE"(ptr align 8 %c, double %x) #10, !dbg !1602
  ret double %_0, !dbg !1603
}

; Function Attrs: nonlazybind uwtable
define double @use_dyn(ptr align 1 %a.0, ptr align 8 %a.1) unnamed_addr #2 !dbg !1604 {
start:
  %a.dbg.spill = alloca [16 x i8], align 8
  store ptr %a.0, ptr %a.dbg.spill, align 8
  %0 = getelementptr inbounds i8, ptr %a.dbg.spill, i64 8
  store ptr %a.1, ptr %0, align 8
    #dbg_declare(ptr %a.dbg.spill, !1618, !DIExpression(), !1619)
  %1 = getelementptr inbounds i8, ptr %a.1, i64 24, !dbg !1620
  %2 = load ptr, ptr %1, align 8, !dbg !1620, !invariant.load !91, !nonnull !91
  %_0 = call double %2(ptr align 1 %a.0) #10, !dbg !1621
  ret double %_0, !dbg !1622
}

; Function Attrs: nonlazybind uwtable
define double @use_option(i64 %o.0, double %o.1) unnamed_addr #2 !dbg !1623 {
start:
  %o.dbg.spill = alloca [16 x i8], align 8
  store i64 %o.0, ptr %o.dbg.spill, align 8
  %0 = getelementptr inbounds i8, ptr %o.dbg.spill, i64 8
  store double %o.1, ptr %0, align 8
    #dbg_declare(ptr %o.dbg.spill, !1627, !DIExpression(), !1628)
; call core::option::Option<T>::unwrap_or
  %_0 = call double @"_ZN4core6option15Option$LT$T$GT$9unwrap_or17h91693e461c41f1eeE"(i64 %o.0, double %o.1, double 1.000000e+00) #10, !dbg !1629
  ret double %_0, !dbg !1630
}

; Function Attrs: nonlazybind uwtable
define double @use_p(ptr align 8 %p) unnamed_addr #2 !dbg !1631 {
start:
  %p.dbg.spill = alloca [8 x i8], align 8
  store ptr %p, ptr %p.dbg.spill, align 8
    #dbg_declare(ptr %p.dbg.spill, !1633, !DIExpression(), !1634)
  %0 = getelementptr inbounds i8, ptr %p, i64 8, !dbg !1635
  %_3 = load double, ptr %0, align 8, !dbg !1635
  %1 = getelementptr inbounds i8, ptr %p, i64 16, !dbg !1636
  %_5 = load float, ptr %1, align 8, !dbg !1636
  %_4 = fpext float %_5 to double, !dbg !1636
  %_2 = fmul double %_3, %_4, !dbg !1635
  %_7 = load i64, ptr %p, align 8, !dbg !1637
  %_6 = sitofp i64 %_7 to double, !dbg !1637
  %_0 = fadd double %_2, %_6, !dbg !1635
  ret double %_0, !dbg !1638
}

; Function Attrs: nonlazybind uwtable
define double @use_rc(ptr %0) unnamed_addr #2 personality ptr @rust_eh_personality !dbg !1639 {
start:
  %self.dbg.spill.i = alloca [8 x i8], align 8
  %1 = alloca [16 x i8], align 8
  %r = alloca [8 x i8], align 8
  store ptr %0, ptr %r, align 8
    #dbg_declare(ptr %r, !1643, !DIExpression(), !1644)
  store ptr %r, ptr %self.dbg.spill.i, align 8
    #dbg_declare(ptr %self.dbg.spill.i, !1645, !DIExpression(), !1651)
    #dbg_declare(ptr %self.dbg.spill.i, !1653, !DIExpression(), !1656)
  %_3.i = load ptr, ptr %r, align 8, !dbg !1658
  %_0.i = getelementptr inbounds i8, ptr %_3.i, i64 16, !dbg !1661
  br label %bb1, !dbg !1662

bb3:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<alloc::rc::Rc<f64>>
  invoke void @"_ZN4core3ptr45drop_in_place$LT$alloc..rc..Rc$LT$f64$GT$$GT$17h833f8194b557a7f5E"(ptr align 8 %r) #12
          to label %bb4 unwind label %terminate, !dbg !1663

cleanup:                                          ; No predecessors!
  %2 = landingpad { ptr, i32 }
          cleanup
  %3 = extractvalue { ptr, i32 } %2, 0
  %4 = extractvalue { ptr, i32 } %2, 1
  store ptr %3, ptr %1, align 8
  %5 = getelementptr inbounds i8, ptr %1, i64 8
  store i32 %4, ptr %5, align 8
  br label %bb3

bb1:                                              ; preds = %start
  %_2 = load double, ptr %_0.i, align 8, !dbg !1664
  %_0 = fadd double %_2, 1.000000e+00, !dbg !1664
; call core::ptr::drop_in_place<alloc::rc::Rc<f64>>
  call void @"_ZN4core3ptr45drop_in_place$LT$alloc..rc..Rc$LT$f64$GT$$GT$17h833f8194b557a7f5E"(ptr align 8 %r), !dbg !1663
  ret double %_0, !dbg !1665

terminate:                                        ; preds = %bb3
  %6 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #13, !dbg !1666
  unreachable, !dbg !1666

bb4:                                              ; preds = %bb3
  %7 = load ptr, ptr %1, align 8, !dbg !1666
  %8 = getelementptr inbounds i8, ptr %1, i64 8, !dbg !1666
  %9 = load i32, ptr %8, align 8, !dbg !1666
  %10 = insertvalue { ptr, i32 } poison, ptr %7, 0, !dbg !1666
  %11 = insertvalue { ptr, i32 } %10, i32 %9, 1, !dbg !1666
  resume { ptr, i32 } %11, !dbg !1666
}

; Function Attrs: nonlazybind uwtable
define double @use_shape(ptr align 8 %s) unnamed_addr #2 !dbg !1667 {
start:
  %h.dbg.spill = alloca [8 x i8], align 8
  %w.dbg.spill = alloca [8 x i8], align 8
  %r.dbg.spill = alloca [8 x i8], align 8
  %s.dbg.spill = alloca [8 x i8], align 8
  %_0 = alloca [8 x i8], align 8
  store ptr %s, ptr %s.dbg.spill, align 8
    #dbg_declare(ptr %s.dbg.spill, !1686, !DIExpression(), !1692)
  %_2 = load i64, ptr %s, align 8, !dbg !1693
  %0 = trunc nuw i64 %_2 to i1, !dbg !1694
  br i1 %0, label %bb2, label %bb3, !dbg !1694

bb2:                                              ; preds = %start
  %w = getelementptr inbounds i8, ptr %s, i64 8, !dbg !1695
  store ptr %w, ptr %w.dbg.spill, align 8, !dbg !1695
    #dbg_declare(ptr %w.dbg.spill, !1689, !DIExpression(), !1696)
  %h = getelementptr inbounds i8, ptr %s, i64 16, !dbg !1697
  store ptr %h, ptr %h.dbg.spill, align 8, !dbg !1697
    #dbg_declare(ptr %h.dbg.spill, !1691, !DIExpression(), !1698)
; call <&f64 as core::ops::arith::Mul>::mul
  %1 = call double @"_ZN49_$LT$$RF$f64$u20$as$u20$core..ops..arith..Mul$GT$3mul17h3404e771a44bde85E"(ptr align 8 %w, ptr align 8 %h, ptr align 8 @alloc_e5604414f0e54e684d9a816c9faf4421) #10, !dbg !1699
  store double %1, ptr %_0, align 8, !dbg !1699
  br label %bb4, !dbg !1699

bb3:                                              ; preds = %start
  %r = getelementptr inbounds i8, ptr %s, i64 8, !dbg !1700
  store ptr %r, ptr %r.dbg.spill, align 8, !dbg !1700
    #dbg_declare(ptr %r.dbg.spill, !1687, !DIExpression(), !1701)
; call <&f64 as core::ops::arith::Mul>::mul
  %2 = call double @"_ZN49_$LT$$RF$f64$u20$as$u20$core..ops..arith..Mul$GT$3mul17h3404e771a44bde85E"(ptr align 8 %r, ptr align 8 %r, ptr align 8 @alloc_81e7399ad4598d2d3ba0cd0d8f6bdcf1) #10, !dbg !1702
  store double %2, ptr %_0, align 8, !dbg !1702
  br label %bb4, !dbg !1702

bb4:                                              ; preds = %bb2, %bb3
  %3 = load double, ptr %_0, align 8, !dbg !1703
  ret double %3, !dbg !1703

bb1:                                              ; No predecessors!
  unreachable, !dbg !1693
}

; Function Attrs: nonlazybind uwtable
define double @use_slice(ptr align 8 %xs.0, i64 %xs.1) unnamed_addr #2 !dbg !1704 {
start:
  %xs.dbg.spill = alloca [16 x i8], align 8
  store ptr %xs.0, ptr %xs.dbg.spill, align 8
  %0 = getelementptr inbounds i8, ptr %xs.dbg.spill, i64 8
  store i64 %xs.1, ptr %0, align 8
    #dbg_declare(ptr %xs.dbg.spill, !1708, !DIExpression(), !1709)
; call core::slice::<impl [T]>::iter
  %1 = call { ptr, ptr } @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$4iter17hbdd2468c5df99faaE"(ptr align 8 %xs.0, i64 %xs.1) #10, !dbg !1710
  %_2.0 = extractvalue { ptr, ptr } %1, 0, !dbg !1710
  %_2.1 = extractvalue { ptr, ptr } %1, 1, !dbg !1710
; call core::iter::traits::iterator::Iterator::sum
  %_0 = call double @_ZN4core4iter6traits8iterator8Iterator3sum17h1ebb5e4e1d1213e4E(ptr %_2.0, ptr %_2.1), !dbg !1711
  ret double %_0, !dbg !1712
}

; Function Attrs: nonlazybind uwtable
define i64 @use_str(ptr align 1 %s.0, i64 %s.1) unnamed_addr #2 !dbg !1713 {
start:
  %s.dbg.spill = alloca [16 x i8], align 8
  store ptr %s.0, ptr %s.dbg.spill, align 8
  %0 = getelementptr inbounds i8, ptr %s.dbg.spill, i64 8
  store i64 %s.1, ptr %0, align 8
    #dbg_declare(ptr %s.dbg.spill, !1715, !DIExpression(), !1716)
; call core::str::<impl str>::len
  %_0 = call i64 @"_ZN4core3str21_$LT$impl$u20$str$GT$3len17hc6fbeddaa476c9c8E"(ptr align 1 %s.0, i64 %s.1) #10, !dbg !1717
  ret i64 %_0, !dbg !1718
}

; Function Attrs: nonlazybind uwtable
define double @use_tuple(double %t.0, i32 %t.1) unnamed_addr #2 !dbg !1719 {
start:
  %t.dbg.spill = alloca [16 x i8], align 8
  store double %t.0, ptr %t.dbg.spill, align 8
  %0 = getelementptr inbounds i8, ptr %t.dbg.spill, i64 8
  store i32 %t.1, ptr %0, align 8
    #dbg_declare(ptr %t.dbg.spill, !1727, !DIExpression(), !1728)
  %_3 = sitofp i32 %t.1 to double, !dbg !1729
  %_0 = fmul double %t.0, %_3, !dbg !1730
  ret double %_0, !dbg !1731
}

; Function Attrs: nonlazybind uwtable
define double @use_vec(ptr align 8 %v) unnamed_addr #2 !dbg !1732 {
start:
  %v.dbg.spill = alloca [8 x i8], align 8
  store ptr %v, ptr %v.dbg.spill, align 8
    #dbg_declare(ptr %v.dbg.spill, !1736, !DIExpression(), !1737)
; call <alloc::vec::Vec<T,A> as core::ops::deref::Deref>::deref
  %0 = call { ptr, i64 } @"_ZN72_$LT$alloc..vec..Vec$LT$T$C$A$GT$$u20$as$u20$core..ops..deref..Deref$GT$5deref17h91328178b0b1f517E"(ptr align 8 %v) #10, !dbg !1738
  %_3.0 = extractvalue { ptr, i64 } %0, 0, !dbg !1738
  %_3.1 = extractvalue { ptr, i64 } %0, 1, !dbg !1738
; call core::slice::<impl [T]>::iter
  %1 = call { ptr, ptr } @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$4iter17hbdd2468c5df99faaE"(ptr align 8 %_3.0, i64 %_3.1) #10, !dbg !1739
  %_2.0 = extractvalue { ptr, ptr } %1, 0, !dbg !1739
  %_2.1 = extractvalue { ptr, ptr } %1, 1, !dbg !1739
; call core::iter::traits::iterator::Iterator::sum
  %_0 = call double @_ZN4core4iter6traits8iterator8Iterator3sum17h1ebb5e4e1d1213e4E(ptr %_2.0, ptr %_2.1), !dbg !1740
  ret double %_0, !dbg !1741
}

; core::panicking::panic_nounwind_fmt
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr, ptr, i1 zeroext, ptr align 8) unnamed_addr #4

; Function Attrs: nounwind nonlazybind uwtable
declare i32 @rust_eh_personality(i32, i32, i64, ptr, ptr) unnamed_addr #5

; core::panicking::panic_in_cleanup
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() unnamed_addr #6

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctpop.i64(i64) #7

; __rustc::__rust_dealloc
; Function Attrs: nounwind nonlazybind allockind("free") uwtable
declare void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr allocptr captures(address), i64, i64) unnamed_addr #8

; core::panicking::panic
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking5panic(ptr align 1, i64, ptr align 8) unnamed_addr #9

; core::panicking::panic_misaligned_pointer_dereference
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64, i64, ptr align 8) unnamed_addr #6

; core::panicking::panic_null_pointer_dereference
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8) unnamed_addr #6

attributes #0 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { inlinehint nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { cold noinline noreturn nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #7 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #8 = { nounwind nonlazybind allockind("free") uwtable "alloc-family"="__rust_alloc" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #9 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #10 = { inlinehint }
attributes #11 = { noinline noreturn nounwind }
attributes #12 = { cold }
attributes #13 = { cold noreturn nounwind }
attributes #14 = { nounwind }
attributes #15 = { noinline }
attributes #16 = { inlinehint nounwind }
attributes #17 = { noreturn }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}
!llvm.dbg.cu = !{!5}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!5 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !6, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !7, splitDebugInlining: false, nameTableKind: None)
!6 = !DIFile(filename: "src/typeinfo_rs.rs/@/typeinfo_rs.fa23c88d8dece577-cgu.0", directory: ".")
!7 = !{!8}
!8 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "AlignmentEnum", scope: !10, file: !9, baseType: !13, size: 64, align: 64, flags: DIFlagEnumClass, elements: !14)
!9 = !DIFile(filename: "<unknown>", directory: "")
!10 = !DINamespace(name: "alignment", scope: !11)
!11 = !DINamespace(name: "ptr", scope: !12)
!12 = !DINamespace(name: "core", scope: null)
!13 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!14 = !{!15, !16, !17, !18, !19, !20, !21, !22, !23, !24, !25, !26, !27, !28, !29, !30, !31, !32, !33, !34, !35, !36, !37, !38, !39, !40, !41, !42, !43, !44, !45, !46, !47, !48, !49, !50, !51, !52, !53, !54, !55, !56, !57, !58, !59, !60, !61, !62, !63, !64, !65, !66, !67, !68, !69, !70, !71, !72, !73, !74, !75, !76, !77, !78}
!15 = !DIEnumerator(name: "_Align1Shl0", value: 1, isUnsigned: true)
!16 = !DIEnumerator(name: "_Align1Shl1", value: 2, isUnsigned: true)
!17 = !DIEnumerator(name: "_Align1Shl2", value: 4, isUnsigned: true)
!18 = !DIEnumerator(name: "_Align1Shl3", value: 8, isUnsigned: true)
!19 = !DIEnumerator(name: "_Align1Shl4", value: 16, isUnsigned: true)
!20 = !DIEnumerator(name: "_Align1Shl5", value: 32, isUnsigned: true)
!21 = !DIEnumerator(name: "_Align1Shl6", value: 64, isUnsigned: true)
!22 = !DIEnumerator(name: "_Align1Shl7", value: 128, isUnsigned: true)
!23 = !DIEnumerator(name: "_Align1Shl8", value: 256, isUnsigned: true)
!24 = !DIEnumerator(name: "_Align1Shl9", value: 512, isUnsigned: true)
!25 = !DIEnumerator(name: "_Align1Shl10", value: 1024, isUnsigned: true)
!26 = !DIEnumerator(name: "_Align1Shl11", value: 2048, isUnsigned: true)
!27 = !DIEnumerator(name: "_Align1Shl12", value: 4096, isUnsigned: true)
!28 = !DIEnumerator(name: "_Align1Shl13", value: 8192, isUnsigned: true)
!29 = !DIEnumerator(name: "_Align1Shl14", value: 16384, isUnsigned: true)
!30 = !DIEnumerator(name: "_Align1Shl15", value: 32768, isUnsigned: true)
!31 = !DIEnumerator(name: "_Align1Shl16", value: 65536, isUnsigned: true)
!32 = !DIEnumerator(name: "_Align1Shl17", value: 131072, isUnsigned: true)
!33 = !DIEnumerator(name: "_Align1Shl18", value: 262144, isUnsigned: true)
!34 = !DIEnumerator(name: "_Align1Shl19", value: 524288, isUnsigned: true)
!35 = !DIEnumerator(name: "_Align1Shl20", value: 1048576, isUnsigned: true)
!36 = !DIEnumerator(name: "_Align1Shl21", value: 2097152, isUnsigned: true)
!37 = !DIEnumerator(name: "_Align1Shl22", value: 4194304, isUnsigned: true)
!38 = !DIEnumerator(name: "_Align1Shl23", value: 8388608, isUnsigned: true)
!39 = !DIEnumerator(name: "_Align1Shl24", value: 16777216, isUnsigned: true)
!40 = !DIEnumerator(name: "_Align1Shl25", value: 33554432, isUnsigned: true)
!41 = !DIEnumerator(name: "_Align1Shl26", value: 67108864, isUnsigned: true)
!42 = !DIEnumerator(name: "_Align1Shl27", value: 134217728, isUnsigned: true)
!43 = !DIEnumerator(name: "_Align1Shl28", value: 268435456, isUnsigned: true)
!44 = !DIEnumerator(name: "_Align1Shl29", value: 536870912, isUnsigned: true)
!45 = !DIEnumerator(name: "_Align1Shl30", value: 1073741824, isUnsigned: true)
!46 = !DIEnumerator(name: "_Align1Shl31", value: 2147483648, isUnsigned: true)
!47 = !DIEnumerator(name: "_Align1Shl32", value: 4294967296, isUnsigned: true)
!48 = !DIEnumerator(name: "_Align1Shl33", value: 8589934592, isUnsigned: true)
!49 = !DIEnumerator(name: "_Align1Shl34", value: 17179869184, isUnsigned: true)
!50 = !DIEnumerator(name: "_Align1Shl35", value: 34359738368, isUnsigned: true)
!51 = !DIEnumerator(name: "_Align1Shl36", value: 68719476736, isUnsigned: true)
!52 = !DIEnumerator(name: "_Align1Shl37", value: 137438953472, isUnsigned: true)
!53 = !DIEnumerator(name: "_Align1Shl38", value: 274877906944, isUnsigned: true)
!54 = !DIEnumerator(name: "_Align1Shl39", value: 549755813888, isUnsigned: true)
!55 = !DIEnumerator(name: "_Align1Shl40", value: 1099511627776, isUnsigned: true)
!56 = !DIEnumerator(name: "_Align1Shl41", value: 2199023255552, isUnsigned: true)
!57 = !DIEnumerator(name: "_Align1Shl42", value: 4398046511104, isUnsigned: true)
!58 = !DIEnumerator(name: "_Align1Shl43", value: 8796093022208, isUnsigned: true)
!59 = !DIEnumerator(name: "_Align1Shl44", value: 17592186044416, isUnsigned: true)
!60 = !DIEnumerator(name: "_Align1Shl45", value: 35184372088832, isUnsigned: true)
!61 = !DIEnumerator(name: "_Align1Shl46", value: 70368744177664, isUnsigned: true)
!62 = !DIEnumerator(name: "_Align1Shl47", value: 140737488355328, isUnsigned: true)
!63 = !DIEnumerator(name: "_Align1Shl48", value: 281474976710656, isUnsigned: true)
!64 = !DIEnumerator(name: "_Align1Shl49", value: 562949953421312, isUnsigned: true)
!65 = !DIEnumerator(name: "_Align1Shl50", value: 1125899906842624, isUnsigned: true)
!66 = !DIEnumerator(name: "_Align1Shl51", value: 2251799813685248, isUnsigned: true)
!67 = !DIEnumerator(name: "_Align1Shl52", value: 4503599627370496, isUnsigned: true)
!68 = !DIEnumerator(name: "_Align1Shl53", value: 9007199254740992, isUnsigned: true)
!69 = !DIEnumerator(name: "_Align1Shl54", value: 18014398509481984, isUnsigned: true)
!70 = !DIEnumerator(name: "_Align1Shl55", value: 36028797018963968, isUnsigned: true)
!71 = !DIEnumerator(name: "_Align1Shl56", value: 72057594037927936, isUnsigned: true)
!72 = !DIEnumerator(name: "_Align1Shl57", value: 144115188075855872, isUnsigned: true)
!73 = !DIEnumerator(name: "_Align1Shl58", value: 288230376151711744, isUnsigned: true)
!74 = !DIEnumerator(name: "_Align1Shl59", value: 576460752303423488, isUnsigned: true)
!75 = !DIEnumerator(name: "_Align1Shl60", value: 1152921504606846976, isUnsigned: true)
!76 = !DIEnumerator(name: "_Align1Shl61", value: 2305843009213693952, isUnsigned: true)
!77 = !DIEnumerator(name: "_Align1Shl62", value: 4611686018427387904, isUnsigned: true)
!78 = !DIEnumerator(name: "_Align1Shl63", value: 9223372036854775808, isUnsigned: true)
!79 = distinct !DISubprogram(name: "{closure#0}", linkageName: "_ZN11typeinfo_rs11use_closure28_$u7b$$u7b$closure$u7d$$u7d$17h62580ad1eb2d0d6eE", scope: !81, file: !80, line: 77, type: !83, scopeLine: 77, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !92)
!80 = !DIFile(filename: "src/typeinfo_rs.rs", directory: ".", checksumkind: CSK_MD5, checksum: "09b811e0ff1bebd03d55b222c00cfb34")
!81 = !DINamespace(name: "use_closure", scope: !82)
!82 = !DINamespace(name: "typeinfo_rs", scope: null)
!83 = !DISubroutineType(types: !84)
!84 = !{!85, !86, !85}
!85 = !DIBasicType(name: "f64", size: 64, encoding: DW_ATE_float)
!86 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&typeinfo_rs::use_closure::{closure_env#0}", baseType: !87, size: 64, align: 64, dwarfAddressSpace: 0)
!87 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}", scope: !81, file: !9, size: 64, align: 64, elements: !88, templateParams: !91, identifier: "93e6cca31cc3fa3f5a7af26f344e88fb")
!88 = !{!89}
!89 = !DIDerivedType(tag: DW_TAG_member, name: "_ref__k", scope: !87, file: !9, baseType: !90, size: 64, align: 64)
!90 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&f64", baseType: !85, size: 64, align: 64, dwarfAddressSpace: 0)
!91 = !{}
!92 = !{!93, !94}
!93 = !DILocalVariable(name: "y", arg: 2, scope: !79, file: !80, line: 77, type: !85)
!94 = !DILocalVariable(name: "k", scope: !79, file: !80, line: 76, type: !85, align: 64)
!95 = !DILocation(line: 76, column: 20, scope: !79)
!96 = !DILocation(line: 77, column: 14, scope: !79)
!97 = !DILocation(line: 77, column: 22, scope: !79)
!98 = !DILocation(line: 77, column: 27, scope: !79)
!99 = distinct !DISubprogram(name: "deallocate<alloc::alloc::Global>", linkageName: "_ZN48_$LT$$RF$A$u20$as$u20$core..alloc..Allocator$GT$10deallocate17he6e4960f21ade692E", scope: !101, file: !100, line: 388, type: !103, scopeLine: 388, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !131, retainedNodes: !127)
!100 = !DIFile(filename: "library/core/src/alloc/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "ef5fdd420c12591762e4494959e9e675")
!101 = !DINamespace(name: "{impl#2}", scope: !102)
!102 = !DINamespace(name: "alloc", scope: !12)
!103 = !DISubroutineType(types: !104)
!104 = !{null, !105, !110, !118}
!105 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&&alloc::alloc::Global", baseType: !106, size: 64, align: 64, dwarfAddressSpace: 0)
!106 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::alloc::Global", baseType: !107, size: 64, align: 64, dwarfAddressSpace: 0)
!107 = !DICompositeType(tag: DW_TAG_structure_type, name: "Global", scope: !108, file: !9, align: 8, flags: DIFlagPublic, elements: !91, identifier: "8471efeafbd677a88d306f08d1a0eeb")
!108 = !DINamespace(name: "alloc", scope: !109)
!109 = !DINamespace(name: "alloc", scope: null)
!110 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<u8>", scope: !111, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !112, templateParams: !116, identifier: "ff3cb4cecc4ed13dfb833309b96ea529")
!111 = !DINamespace(name: "non_null", scope: !11)
!112 = !{!113}
!113 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !110, file: !9, baseType: !114, size: 64, align: 64, flags: DIFlagPrivate)
!114 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !115, size: 64, align: 64, dwarfAddressSpace: 0)
!115 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!116 = !{!117}
!117 = !DITemplateTypeParameter(name: "T", type: !115)
!118 = !DICompositeType(tag: DW_TAG_structure_type, name: "Layout", scope: !119, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !120, templateParams: !91, identifier: "ae6bead0f2b6a034e04e04a9846a76e3")
!119 = !DINamespace(name: "layout", scope: !102)
!120 = !{!121, !123}
!121 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !118, file: !9, baseType: !122, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!122 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!123 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !118, file: !9, baseType: !124, size: 64, align: 64, flags: DIFlagPrivate)
!124 = !DICompositeType(tag: DW_TAG_structure_type, name: "Alignment", scope: !10, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !125, templateParams: !91, identifier: "5099570874743123f8e757e4da3ea37b")
!125 = !{!126}
!126 = !DIDerivedType(tag: DW_TAG_member, name: "_inner_repr_trick", scope: !124, file: !9, baseType: !8, size: 64, align: 64, flags: DIFlagPrivate)
!127 = !{!128, !129, !130}
!128 = !DILocalVariable(name: "self", arg: 1, scope: !99, file: !100, line: 388, type: !105)
!129 = !DILocalVariable(name: "ptr", arg: 2, scope: !99, file: !100, line: 388, type: !110)
!130 = !DILocalVariable(name: "layout", arg: 3, scope: !99, file: !100, line: 388, type: !118)
!131 = !{!132}
!132 = !DITemplateTypeParameter(name: "A", type: !107)
!133 = !DILocation(line: 388, column: 26, scope: !99)
!134 = !DILocation(line: 388, column: 33, scope: !99)
!135 = !DILocation(line: 388, column: 51, scope: !99)
!136 = !DILocation(line: 390, column: 18, scope: !99)
!137 = !DILocation(line: 390, column: 27, scope: !99)
!138 = !DILocation(line: 391, column: 6, scope: !99)
!139 = distinct !DISubprogram(name: "mul", linkageName: "_ZN49_$LT$$RF$f64$u20$as$u20$core..ops..arith..Mul$GT$3mul17h3404e771a44bde85E", scope: !141, file: !140, line: 49, type: !144, scopeLine: 49, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !172)
!140 = !DIFile(filename: "library/core/src/internal_macros.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "9ec673d06a3eb53c47178443a566ec32")
!141 = !DINamespace(name: "{impl#188}", scope: !142)
!142 = !DINamespace(name: "arith", scope: !143)
!143 = !DINamespace(name: "ops", scope: !12)
!144 = !DISubroutineType(types: !145)
!145 = !{!85, !90, !90, !146}
!146 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::location::Location", baseType: !147, size: 64, align: 64, dwarfAddressSpace: 0)
!147 = !DICompositeType(tag: DW_TAG_structure_type, name: "Location", scope: !148, file: !9, size: 192, align: 64, flags: DIFlagPublic, elements: !150, templateParams: !91, identifier: "c23b7de1297af8f4a89df3da49f37ee6")
!148 = !DINamespace(name: "location", scope: !149)
!149 = !DINamespace(name: "panic", scope: !12)
!150 = !{!151, !160, !162, !163}
!151 = !DIDerivedType(tag: DW_TAG_member, name: "filename", scope: !147, file: !9, baseType: !152, size: 128, align: 64, flags: DIFlagPrivate)
!152 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<str>", scope: !111, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !153, templateParams: !116, identifier: "cc7383b2ce73f6838bfb6ae828fb6ae6")
!153 = !{!154}
!154 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !152, file: !9, baseType: !155, size: 128, align: 64, flags: DIFlagPrivate)
!155 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const str", file: !9, size: 128, align: 64, elements: !156, templateParams: !91, identifier: "238a44609877474087c05adf26cd41fa")
!156 = !{!157, !159}
!157 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !155, file: !9, baseType: !158, size: 64, align: 64)
!158 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !115, size: 64, align: 64, dwarfAddressSpace: 0)
!159 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !155, file: !9, baseType: !122, size: 64, align: 64, offset: 64)
!160 = !DIDerivedType(tag: DW_TAG_member, name: "line", scope: !147, file: !9, baseType: !161, size: 32, align: 32, offset: 128, flags: DIFlagPrivate)
!161 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!162 = !DIDerivedType(tag: DW_TAG_member, name: "col", scope: !147, file: !9, baseType: !161, size: 32, align: 32, offset: 160, flags: DIFlagPrivate)
!163 = !DIDerivedType(tag: DW_TAG_member, name: "_filename", scope: !147, file: !9, baseType: !164, align: 8, offset: 192, flags: DIFlagPrivate)
!164 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&str>", scope: !165, file: !9, align: 8, flags: DIFlagPublic, elements: !91, templateParams: !166, identifier: "e16ac355808b6aef9fb50b5f125fee05")
!165 = !DINamespace(name: "marker", scope: !12)
!166 = !{!167}
!167 = !DITemplateTypeParameter(name: "T", type: !168)
!168 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !9, size: 128, align: 64, elements: !169, templateParams: !91, identifier: "9277eecd40495f85161460476aacc992")
!169 = !{!170, !171}
!170 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !168, file: !9, baseType: !158, size: 64, align: 64)
!171 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !168, file: !9, baseType: !122, size: 64, align: 64, offset: 64)
!172 = !{!173, !174}
!173 = !DILocalVariable(name: "self", arg: 1, scope: !139, file: !140, line: 49, type: !90)
!174 = !DILocalVariable(name: "other", arg: 2, scope: !139, file: !140, line: 49, type: !90)
!175 = !DILocation(line: 49, column: 24, scope: !139)
!176 = !DILocation(line: 49, column: 30, scope: !139)
!177 = !DILocation(line: 50, column: 31, scope: !139)
!178 = !DILocation(line: 50, column: 38, scope: !139)
!179 = !DILocation(line: 352, column: 45, scope: !180, inlinedAt: !185)
!180 = distinct !DISubprogram(name: "mul", linkageName: "_ZN45_$LT$f64$u20$as$u20$core..ops..arith..Mul$GT$3mul17h5b0cedcee6a9457bE", scope: !182, file: !181, line: 352, type: !183, scopeLine: 352, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91)
!181 = !DIFile(filename: "library/core/src/ops/arith.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "82a843efd6957c9872d7564e4a5df756")
!182 = !DINamespace(name: "{impl#142}", scope: !142)
!183 = !DISubroutineType(types: !184)
!184 = !{!85, !85, !85, !146}
!185 = !DILocation(line: 50, column: 17, scope: !139)
!186 = !DILocation(line: 51, column: 14, scope: !139)
!187 = distinct !DISubprogram(name: "precondition_check", linkageName: "_ZN4core3num23_$LT$impl$u20$usize$GT$13unchecked_add18precondition_check17h023f15500584762dE", scope: !189, file: !188, line: 68, type: !192, scopeLine: 68, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !194)
!188 = !DIFile(filename: "library/core/src/ub_checks.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8a26eb599fa825194a3e796d4688d4db")
!189 = !DINamespace(name: "unchecked_add", scope: !190)
!190 = !DINamespace(name: "{impl#11}", scope: !191)
!191 = !DINamespace(name: "num", scope: !12)
!192 = !DISubroutineType(types: !193)
!193 = !{null, !122, !122, !146}
!194 = !{!195, !196, !197}
!195 = !DILocalVariable(name: "lhs", arg: 1, scope: !187, file: !188, line: 68, type: !122)
!196 = !DILocalVariable(name: "rhs", arg: 2, scope: !187, file: !188, line: 68, type: !122)
!197 = !DILocalVariable(name: "msg", scope: !198, file: !188, line: 70, type: !168, align: 64)
!198 = distinct !DILexicalBlock(scope: !187, file: !188, line: 70, column: 21)
!199 = !DILocation(line: 68, column: 43, scope: !187)
!200 = !DILocalVariable(name: "self", arg: 1, scope: !201, file: !202, line: 2828, type: !122)
!201 = distinct !DISubprogram(name: "overflowing_add", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj15overflowing_add", scope: !190, file: !202, line: 2828, type: !203, scopeLine: 2828, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !210)
!202 = !DIFile(filename: "library/core/src/num/uint_macros.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "de2f29a3485fc28d710ba6c3062e6efa")
!203 = !DISubroutineType(types: !204)
!204 = !{!205, !122, !122}
!205 = !DICompositeType(tag: DW_TAG_structure_type, name: "(usize, bool)", file: !9, size: 128, align: 64, elements: !206, templateParams: !91, identifier: "d571287e27d8be874e95a2f698798cc6")
!206 = !{!207, !208}
!207 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !205, file: !9, baseType: !122, size: 64, align: 64)
!208 = !DIDerivedType(tag: DW_TAG_member, name: "__1", scope: !205, file: !9, baseType: !209, size: 8, align: 8, offset: 64)
!209 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!210 = !{!200, !211}
!211 = !DILocalVariable(name: "rhs", arg: 2, scope: !201, file: !202, line: 2828, type: !122)
!212 = !DILocation(line: 2828, column: 38, scope: !201, inlinedAt: !213)
!213 = !DILocation(line: 839, column: 27, scope: !214)
!214 = !DILexicalBlockFile(scope: !187, file: !202, discriminator: 0)
!215 = !DILocation(line: 2828, column: 44, scope: !201, inlinedAt: !213)
!216 = !DILocation(line: 2829, column: 26, scope: !201, inlinedAt: !213)
!217 = !DILocation(line: 839, column: 23, scope: !214)
!218 = !DILocation(line: 75, column: 14, scope: !187)
!219 = !DILocation(line: 70, column: 31, scope: !187)
!220 = !DILocation(line: 70, column: 25, scope: !198)
!221 = !DILocalVariable(name: "s", arg: 1, scope: !222, file: !223, line: 815, type: !168)
!222 = distinct !DISubprogram(name: "from_str", linkageName: "_ZN4core3fmt9Arguments8from_str17hb067a654825610afE", scope: !224, file: !223, line: 815, type: !306, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, declaration: !308, retainedNodes: !309)
!223 = !DIFile(filename: "library/core/src/fmt/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "66c54229528687a22c80807f245fa4df")
!224 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arguments", scope: !225, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !226, templateParams: !91, identifier: "e5c67bbe046da39973c72077c7f66185")
!225 = !DINamespace(name: "fmt", scope: !12)
!226 = !{!227, !228}
!227 = !DIDerivedType(tag: DW_TAG_member, name: "template", scope: !224, file: !9, baseType: !110, size: 64, align: 64, flags: DIFlagPrivate)
!228 = !DIDerivedType(tag: DW_TAG_member, name: "args", scope: !224, file: !9, baseType: !229, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!229 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<core::fmt::rt::Argument>", scope: !111, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !230, templateParams: !304, identifier: "2e7cb7ba6db6aae8a5c20264d17cea0a")
!230 = !{!231}
!231 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !229, file: !9, baseType: !232, size: 64, align: 64, flags: DIFlagPrivate)
!232 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const core::fmt::rt::Argument", baseType: !233, size: 64, align: 64, dwarfAddressSpace: 0)
!233 = !DICompositeType(tag: DW_TAG_structure_type, name: "Argument", scope: !234, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !235, templateParams: !91, identifier: "1d5f7550f7e7e04cbc4d2cf57c27606b")
!234 = !DINamespace(name: "rt", scope: !225)
!235 = !{!236}
!236 = !DIDerivedType(tag: DW_TAG_member, name: "ty", scope: !233, file: !9, baseType: !237, size: 128, align: 64, flags: DIFlagPrivate)
!237 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArgumentType", scope: !234, file: !9, size: 128, align: 64, flags: DIFlagPrivate, elements: !238, templateParams: !91, identifier: "b1cfb4618f1c38c3f96eab6c02edf448")
!238 = !{!239}
!239 = !DICompositeType(tag: DW_TAG_variant_part, scope: !237, file: !9, size: 128, align: 64, elements: !240, templateParams: !91, identifier: "fbd384083752b747f8b252853b979154", discriminator: !303)
!240 = !{!241, !299}
!241 = !DIDerivedType(tag: DW_TAG_member, name: "Placeholder", scope: !239, file: !9, baseType: !242, size: 128, align: 64)
!242 = !DICompositeType(tag: DW_TAG_structure_type, name: "Placeholder", scope: !237, file: !9, size: 128, align: 64, flags: DIFlagPrivate, elements: !243, templateParams: !91, identifier: "91d44a8fdafb90acd8f4961dbde4212b")
!243 = !{!244, !252, !294}
!244 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !242, file: !9, baseType: !245, size: 64, align: 64, flags: DIFlagPrivate)
!245 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<()>", scope: !111, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !246, templateParams: !250, identifier: "f4e496144210c619b96aa08326287b92")
!246 = !{!247}
!247 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !245, file: !9, baseType: !248, size: 64, align: 64, flags: DIFlagPrivate)
!248 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const ()", baseType: !249, size: 64, align: 64, dwarfAddressSpace: 0)
!249 = !DIBasicType(name: "()", encoding: DW_ATE_unsigned)
!250 = !{!251}
!251 = !DITemplateTypeParameter(name: "T", type: !249)
!252 = !DIDerivedType(tag: DW_TAG_member, name: "formatter", scope: !242, file: !9, baseType: !253, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!253 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "unsafe fn(core::ptr::non_null::NonNull<()>, &mut core::fmt::Formatter) -> core::result::Result<(), core::fmt::Error>", baseType: !254, size: 64, align: 64, dwarfAddressSpace: 0)
!254 = !DISubroutineType(types: !255)
!255 = !{!256, !245, !273}
!256 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<(), core::fmt::Error>", scope: !257, file: !9, size: 8, align: 8, flags: DIFlagPublic, elements: !258, templateParams: !91, identifier: "1c6752419820cdc3961061cc58b31873")
!257 = !DINamespace(name: "result", scope: !12)
!258 = !{!259}
!259 = !DICompositeType(tag: DW_TAG_variant_part, scope: !256, file: !9, size: 8, align: 8, elements: !260, templateParams: !91, identifier: "92c1f85eaa1d7dab2e3165ee2fc4946", discriminator: !272)
!260 = !{!261, !268}
!261 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !259, file: !9, baseType: !262, size: 8, align: 8, extraData: i8 0)
!262 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !256, file: !9, size: 8, align: 8, flags: DIFlagPublic, elements: !263, templateParams: !265, identifier: "1d7115f6c7f9f62c2100933bba0c76f9")
!263 = !{!264}
!264 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !262, file: !9, baseType: !249, align: 8, offset: 8, flags: DIFlagPublic)
!265 = !{!251, !266}
!266 = !DITemplateTypeParameter(name: "E", type: !267)
!267 = !DICompositeType(tag: DW_TAG_structure_type, name: "Error", scope: !225, file: !9, align: 8, flags: DIFlagPublic, elements: !91, identifier: "5a24300cdda31093f5fe20c939b4885")
!268 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !259, file: !9, baseType: !269, size: 8, align: 8, extraData: i8 1)
!269 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !256, file: !9, size: 8, align: 8, flags: DIFlagPublic, elements: !270, templateParams: !265, identifier: "27094aa3bc4c448bf12b8530386fdeb2")
!270 = !{!271}
!271 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !269, file: !9, baseType: !267, align: 8, offset: 8, flags: DIFlagPublic)
!272 = !DIDerivedType(tag: DW_TAG_member, scope: !256, file: !9, baseType: !115, size: 8, align: 8, flags: DIFlagArtificial)
!273 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::fmt::Formatter", baseType: !274, size: 64, align: 64, dwarfAddressSpace: 0)
!274 = !DICompositeType(tag: DW_TAG_structure_type, name: "Formatter", scope: !225, file: !9, size: 192, align: 64, flags: DIFlagPublic, elements: !275, templateParams: !91, identifier: "c45a1f7f7c29ecbbdbd29c835fac516c")
!275 = !{!276, !283}
!276 = !DIDerivedType(tag: DW_TAG_member, name: "options", scope: !274, file: !9, baseType: !277, size: 64, align: 32, offset: 128, flags: DIFlagPrivate)
!277 = !DICompositeType(tag: DW_TAG_structure_type, name: "FormattingOptions", scope: !225, file: !9, size: 64, align: 32, flags: DIFlagPublic, elements: !278, templateParams: !91, identifier: "ca2f5547247cd95c514a47d5800e09e")
!278 = !{!279, !280, !282}
!279 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !277, file: !9, baseType: !161, size: 32, align: 32, flags: DIFlagPrivate)
!280 = !DIDerivedType(tag: DW_TAG_member, name: "width", scope: !277, file: !9, baseType: !281, size: 16, align: 16, offset: 32, flags: DIFlagPrivate)
!281 = !DIBasicType(name: "u16", size: 16, encoding: DW_ATE_unsigned)
!282 = !DIDerivedType(tag: DW_TAG_member, name: "precision", scope: !277, file: !9, baseType: !281, size: 16, align: 16, offset: 48, flags: DIFlagPrivate)
!283 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !274, file: !9, baseType: !284, size: 128, align: 64, flags: DIFlagPrivate)
!284 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut dyn core::fmt::Write", file: !9, size: 128, align: 64, elements: !285, templateParams: !91, identifier: "effe97114690fc58a8e246cb04e37234")
!285 = !{!286, !289}
!286 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !284, file: !9, baseType: !287, size: 64, align: 64)
!287 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !288, size: 64, align: 64, dwarfAddressSpace: 0)
!288 = !DICompositeType(tag: DW_TAG_structure_type, name: "dyn core::fmt::Write", file: !9, align: 8, elements: !91, identifier: "64328679825f9c73b507edbfd5b86b47")
!289 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !284, file: !9, baseType: !290, size: 64, align: 64, offset: 64)
!290 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 6]", baseType: !291, size: 64, align: 64, dwarfAddressSpace: 0)
!291 = !DICompositeType(tag: DW_TAG_array_type, baseType: !122, size: 384, align: 64, elements: !292)
!292 = !{!293}
!293 = !DISubrange(count: 6, lowerBound: 0)
!294 = !DIDerivedType(tag: DW_TAG_member, name: "_lifetime", scope: !242, file: !9, baseType: !295, align: 8, offset: 128, flags: DIFlagPrivate)
!295 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&()>", scope: !165, file: !9, align: 8, flags: DIFlagPublic, elements: !91, templateParams: !296, identifier: "efa596960370766459fc018866dc4048")
!296 = !{!297}
!297 = !DITemplateTypeParameter(name: "T", type: !298)
!298 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&()", baseType: !249, size: 64, align: 64, dwarfAddressSpace: 0)
!299 = !DIDerivedType(tag: DW_TAG_member, name: "Count", scope: !239, file: !9, baseType: !300, size: 128, align: 64, extraData: i64 0)
!300 = !DICompositeType(tag: DW_TAG_structure_type, name: "Count", scope: !237, file: !9, size: 128, align: 64, flags: DIFlagPrivate, elements: !301, templateParams: !91, identifier: "1d9161ed3114ac1c26d36137fc96704d")
!301 = !{!302}
!302 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !300, file: !9, baseType: !281, size: 16, align: 16, offset: 64, flags: DIFlagPrivate)
!303 = !DIDerivedType(tag: DW_TAG_member, scope: !237, file: !9, baseType: !13, size: 64, align: 64, flags: DIFlagArtificial)
!304 = !{!305}
!305 = !DITemplateTypeParameter(name: "T", type: !233)
!306 = !DISubroutineType(types: !307)
!307 = !{!224, !168}
!308 = !DISubprogram(name: "from_str", linkageName: "_ZN4core3fmt9Arguments8from_str17hb067a654825610afE", scope: !224, file: !223, line: 815, type: !306, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !91)
!309 = !{!221}
!310 = !DILocation(line: 815, column: 27, scope: !222, inlinedAt: !311)
!311 = !DILocation(line: 73, column: 59, scope: !198)
!312 = !DILocalVariable(name: "self", arg: 1, scope: !313, file: !314, line: 578, type: !168)
!313 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !315, file: !314, line: 578, type: !317, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !319)
!314 = !DIFile(filename: "library/core/src/str/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b67baab1b9aefdbe1feb84767953c83d")
!315 = !DINamespace(name: "{impl#0}", scope: !316)
!316 = !DINamespace(name: "str", scope: !12)
!317 = !DISubroutineType(types: !318)
!318 = !{!114, !168}
!319 = !{!312}
!320 = !DILocation(line: 578, column: 25, scope: !313, inlinedAt: !321)
!321 = !DILocation(line: 819, column: 44, scope: !222, inlinedAt: !311)
!322 = !DILocalVariable(name: "self", arg: 1, scope: !323, file: !314, line: 157, type: !168)
!323 = distinct !DISubprogram(name: "len", linkageName: "_ZN4core3str21_$LT$impl$u20$str$GT$3len17hc6fbeddaa476c9c8E", scope: !315, file: !314, line: 157, type: !324, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !326)
!324 = !DISubroutineType(types: !325)
!325 = !{!122, !168}
!326 = !{!322}
!327 = !DILocation(line: 157, column: 22, scope: !323, inlinedAt: !328)
!328 = !DILocation(line: 820, column: 40, scope: !222, inlinedAt: !311)
!329 = !DILocalVariable(name: "self", arg: 1, scope: !330, file: !314, line: 502, type: !168)
!330 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !315, file: !314, line: 502, type: !331, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !337)
!331 = !DISubroutineType(types: !332)
!332 = !{!333, !168}
!333 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[u8]", file: !9, size: 128, align: 64, elements: !334, templateParams: !91, identifier: "31681e0c10b314f1f33e38b2779acbb4")
!334 = !{!335, !336}
!335 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !333, file: !9, baseType: !158, size: 64, align: 64)
!336 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !333, file: !9, baseType: !122, size: 64, align: 64, offset: 64)
!337 = !{!329}
!338 = !DILocation(line: 502, column: 27, scope: !330, inlinedAt: !339)
!339 = !DILocation(line: 158, column: 14, scope: !323, inlinedAt: !328)
!340 = !DILocation(line: 73, column: 21, scope: !198)
!341 = distinct !DISubprogram(name: "drop_in_place<alloc::rc::Rc<f64, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr45drop_in_place$LT$alloc..rc..Rc$LT$f64$GT$$GT$17h833f8194b557a7f5E", scope: !11, file: !342, line: 805, type: !343, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !378, retainedNodes: !376)
!342 = !DIFile(filename: "library/core/src/ptr/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8f706ae0a0620120e6e931983ef127f1")
!343 = !DISubroutineType(types: !344)
!344 = !{null, !345}
!345 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::rc::Rc<f64, alloc::alloc::Global>", baseType: !346, size: 64, align: 64, dwarfAddressSpace: 0)
!346 = !DICompositeType(tag: DW_TAG_structure_type, name: "Rc<f64, alloc::alloc::Global>", scope: !347, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !348, templateParams: !375, identifier: "41c8c54922260649a849bba7b99e09a5")
!347 = !DINamespace(name: "rc", scope: !109)
!348 = !{!349, !372, !374}
!349 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !346, file: !9, baseType: !350, size: 64, align: 64, flags: DIFlagPrivate)
!350 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<alloc::rc::RcInner<f64>>", scope: !111, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !351, templateParams: !370, identifier: "f72a4ea5c41584aa4947501d1460b898")
!351 = !{!352}
!352 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !350, file: !9, baseType: !353, size: 64, align: 64, flags: DIFlagPrivate)
!353 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const alloc::rc::RcInner<f64>", baseType: !354, size: 64, align: 64, dwarfAddressSpace: 0)
!354 = !DICompositeType(tag: DW_TAG_structure_type, name: "RcInner<f64>", scope: !347, file: !9, size: 192, align: 64, flags: DIFlagPrivate, elements: !355, templateParams: !368, identifier: "5203d46ad69d5888cfcf9b667b1cee11")
!355 = !{!356, !366, !367}
!356 = !DIDerivedType(tag: DW_TAG_member, name: "strong", scope: !354, file: !9, baseType: !357, size: 64, align: 64, flags: DIFlagPrivate)
!357 = !DICompositeType(tag: DW_TAG_structure_type, name: "Cell<usize>", scope: !358, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !359, templateParams: !364, identifier: "11f3f47e7094c00380b1d081c043cbd")
!358 = !DINamespace(name: "cell", scope: !12)
!359 = !{!360}
!360 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !357, file: !9, baseType: !361, size: 64, align: 64, flags: DIFlagPrivate)
!361 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<usize>", scope: !358, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !362, templateParams: !364, identifier: "39a99da3e6158f476ae51abf051b55a8")
!362 = !{!363}
!363 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !361, file: !9, baseType: !122, size: 64, align: 64, flags: DIFlagPrivate)
!364 = !{!365}
!365 = !DITemplateTypeParameter(name: "T", type: !122)
!366 = !DIDerivedType(tag: DW_TAG_member, name: "weak", scope: !354, file: !9, baseType: !357, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!367 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !354, file: !9, baseType: !85, size: 64, align: 64, offset: 128, flags: DIFlagPrivate)
!368 = !{!369}
!369 = !DITemplateTypeParameter(name: "T", type: !85)
!370 = !{!371}
!371 = !DITemplateTypeParameter(name: "T", type: !354)
!372 = !DIDerivedType(tag: DW_TAG_member, name: "phantom", scope: !346, file: !9, baseType: !373, align: 8, offset: 64, flags: DIFlagPrivate)
!373 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<alloc::rc::RcInner<f64>>", scope: !165, file: !9, align: 8, flags: DIFlagPublic, elements: !91, templateParams: !370, identifier: "a0fe24c11ec03cebcadc8008b5a2ffec")
!374 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !346, file: !9, baseType: !107, align: 8, offset: 64, flags: DIFlagPrivate)
!375 = !{!369, !132}
!376 = !{!377}
!377 = !DILocalVariable(arg: 1, scope: !341, file: !342, line: 805, type: !345)
!378 = !{!379}
!379 = !DITemplateTypeParameter(name: "T", type: !346)
!380 = !DILocation(line: 805, column: 1, scope: !341)
!381 = distinct !DISubprogram(name: "drop_in_place<alloc::boxed::Box<f64, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr49drop_in_place$LT$alloc..boxed..Box$LT$f64$GT$$GT$17h9d39008be0dcf1a9E", scope: !11, file: !342, line: 805, type: !382, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !388, retainedNodes: !386)
!382 = !DISubroutineType(types: !383)
!383 = !{null, !384}
!384 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::boxed::Box<f64, alloc::alloc::Global>", baseType: !385, size: 64, align: 64, dwarfAddressSpace: 0)
!385 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "alloc::boxed::Box<f64, alloc::alloc::Global>", baseType: !85, size: 64, align: 64, dwarfAddressSpace: 0)
!386 = !{!387}
!387 = !DILocalVariable(arg: 1, scope: !381, file: !342, line: 805, type: !384)
!388 = !{!389}
!389 = !DITemplateTypeParameter(name: "T", type: !385)
!390 = !DILocation(line: 805, column: 1, scope: !381)
!391 = distinct !DISubprogram(name: "drop_in_place<alloc::rc::Weak<f64, &alloc::alloc::Global>>", linkageName: "_ZN4core3ptr74drop_in_place$LT$alloc..rc..Weak$LT$f64$C$$RF$alloc..alloc..Global$GT$$GT$17h05b0a5b253cdf863E", scope: !11, file: !342, line: 805, type: !392, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !403, retainedNodes: !401)
!392 = !DISubroutineType(types: !393)
!393 = !{null, !394}
!394 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::rc::Weak<f64, &alloc::alloc::Global>", baseType: !395, size: 64, align: 64, dwarfAddressSpace: 0)
!395 = !DICompositeType(tag: DW_TAG_structure_type, name: "Weak<f64, &alloc::alloc::Global>", scope: !347, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !396, templateParams: !399, identifier: "3a64eb328b5993be2c79781d0497043a")
!396 = !{!397, !398}
!397 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !395, file: !9, baseType: !350, size: 64, align: 64, flags: DIFlagPrivate)
!398 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !395, file: !9, baseType: !106, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!399 = !{!369, !400}
!400 = !DITemplateTypeParameter(name: "A", type: !106)
!401 = !{!402}
!402 = !DILocalVariable(arg: 1, scope: !391, file: !342, line: 805, type: !394)
!403 = !{!404}
!404 = !DITemplateTypeParameter(name: "T", type: !395)
!405 = !DILocation(line: 805, column: 1, scope: !391)
!406 = distinct !DISubprogram(name: "precondition_check", linkageName: "_ZN4core3ptr9alignment9Alignment13new_unchecked18precondition_check17hca59de1bd4b9976bE", scope: !407, file: !188, line: 68, type: !409, scopeLine: 68, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !411)
!407 = !DINamespace(name: "new_unchecked", scope: !408)
!408 = !DINamespace(name: "{impl#0}", scope: !10)
!409 = !DISubroutineType(types: !410)
!410 = !{null, !122, !146}
!411 = !{!412, !413}
!412 = !DILocalVariable(name: "align", arg: 1, scope: !406, file: !188, line: 68, type: !122)
!413 = !DILocalVariable(name: "msg", scope: !414, file: !188, line: 70, type: !168, align: 64)
!414 = distinct !DILexicalBlock(scope: !406, file: !188, line: 70, column: 21)
!415 = !DILocation(line: 68, column: 43, scope: !406)
!416 = !DILocalVariable(name: "self", arg: 1, scope: !417, file: !202, line: 3761, type: !122)
!417 = distinct !DISubprogram(name: "is_power_of_two", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj15is_power_of_two", scope: !190, file: !202, line: 3761, type: !418, scopeLine: 3761, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !420)
!418 = !DISubroutineType(types: !419)
!419 = !{!209, !122}
!420 = !{!416}
!421 = !DILocation(line: 3761, column: 38, scope: !417, inlinedAt: !422)
!422 = !DILocation(line: 160, column: 45, scope: !423)
!423 = !DILexicalBlockFile(scope: !406, file: !424, discriminator: 0)
!424 = !DIFile(filename: "library/core/src/ptr/alignment.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "cac27ccc0ad4cc4f955f24d91514cdd0")
!425 = !DILocalVariable(name: "self", arg: 1, scope: !426, file: !202, line: 84, type: !122)
!426 = distinct !DISubprogram(name: "count_ones", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj10count_ones", scope: !190, file: !202, line: 84, type: !427, scopeLine: 84, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !429)
!427 = !DISubroutineType(types: !428)
!428 = !{!161, !122}
!429 = !{!425}
!430 = !DILocation(line: 84, column: 33, scope: !426, inlinedAt: !431)
!431 = !DILocation(line: 3762, column: 18, scope: !417, inlinedAt: !422)
!432 = !DILocation(line: 85, column: 20, scope: !426, inlinedAt: !431)
!433 = !DILocation(line: 160, column: 39, scope: !423)
!434 = !DILocation(line: 75, column: 14, scope: !406)
!435 = !DILocation(line: 70, column: 31, scope: !406)
!436 = !DILocation(line: 70, column: 25, scope: !414)
!437 = !DILocalVariable(name: "s", arg: 1, scope: !438, file: !223, line: 815, type: !168)
!438 = distinct !DISubprogram(name: "from_str", linkageName: "_ZN4core3fmt9Arguments8from_str17hb067a654825610afE", scope: !224, file: !223, line: 815, type: !306, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, declaration: !308, retainedNodes: !439)
!439 = !{!437}
!440 = !DILocation(line: 815, column: 27, scope: !438, inlinedAt: !441)
!441 = !DILocation(line: 73, column: 59, scope: !414)
!442 = !DILocalVariable(name: "self", arg: 1, scope: !443, file: !314, line: 578, type: !168)
!443 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !315, file: !314, line: 578, type: !317, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !444)
!444 = !{!442}
!445 = !DILocation(line: 578, column: 25, scope: !443, inlinedAt: !446)
!446 = !DILocation(line: 819, column: 44, scope: !438, inlinedAt: !441)
!447 = !DILocalVariable(name: "self", arg: 1, scope: !448, file: !314, line: 157, type: !168)
!448 = distinct !DISubprogram(name: "len", linkageName: "_ZN4core3str21_$LT$impl$u20$str$GT$3len17hc6fbeddaa476c9c8E", scope: !315, file: !314, line: 157, type: !324, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !449)
!449 = !{!447}
!450 = !DILocation(line: 157, column: 22, scope: !448, inlinedAt: !451)
!451 = !DILocation(line: 820, column: 40, scope: !438, inlinedAt: !441)
!452 = !DILocalVariable(name: "self", arg: 1, scope: !453, file: !314, line: 502, type: !168)
!453 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !315, file: !314, line: 502, type: !331, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !454)
!454 = !{!452}
!455 = !DILocation(line: 502, column: 27, scope: !453, inlinedAt: !456)
!456 = !DILocation(line: 158, column: 14, scope: !448, inlinedAt: !451)
!457 = !DILocation(line: 73, column: 21, scope: !414)
!458 = distinct !DISubprogram(name: "precondition_check", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$20offset_from_unsigned18precondition_check17h0e3f2b250af0a27bE", scope: !459, file: !188, line: 68, type: !462, scopeLine: 68, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !464)
!459 = !DINamespace(name: "offset_from_unsigned", scope: !460)
!460 = !DINamespace(name: "{impl#0}", scope: !461)
!461 = !DINamespace(name: "const_ptr", scope: !11)
!462 = !DISubroutineType(types: !463)
!463 = !{null, !248, !248, !146}
!464 = !{!465, !466, !467}
!465 = !DILocalVariable(name: "this", arg: 1, scope: !458, file: !188, line: 68, type: !248)
!466 = !DILocalVariable(name: "origin", arg: 2, scope: !458, file: !188, line: 68, type: !248)
!467 = !DILocalVariable(name: "msg", scope: !468, file: !188, line: 70, type: !168, align: 64)
!468 = distinct !DILexicalBlock(scope: !458, file: !188, line: 70, column: 21)
!469 = !DILocation(line: 68, column: 43, scope: !458)
!470 = !DILocalVariable(name: "this", arg: 1, scope: !471, file: !472, line: 706, type: !248)
!471 = distinct !DISubprogram(name: "runtime_ptr_ge", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$20offset_from_unsigned14runtime_ptr_ge17h932926359e0ef228E", scope: !459, file: !472, line: 706, type: !473, scopeLine: 706, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !475)
!472 = !DIFile(filename: "library/core/src/ptr/const_ptr.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "48638a38fe414ca30cde797e4a40b3a9")
!473 = !DISubroutineType(types: !474)
!474 = !{!209, !248, !248}
!475 = !{!470, !476}
!476 = !DILocalVariable(name: "origin", arg: 2, scope: !471, file: !472, line: 706, type: !248)
!477 = !DILocation(line: 706, column: 33, scope: !471, inlinedAt: !478)
!478 = !DILocation(line: 723, column: 18, scope: !479)
!479 = !DILexicalBlockFile(scope: !458, file: !472, discriminator: 0)
!480 = !DILocation(line: 706, column: 50, scope: !471, inlinedAt: !478)
!481 = !DILocation(line: 712, column: 21, scope: !482, inlinedAt: !486)
!482 = !DILexicalBlockFile(scope: !483, file: !472, discriminator: 0)
!483 = distinct !DISubprogram(name: "runtime", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$20offset_from_unsigned14runtime_ptr_ge7runtime17he2d74904aeec8b04E", scope: !485, file: !484, line: 2434, type: !473, scopeLine: 2434, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91)
!484 = !DIFile(filename: "library/core/src/intrinsics/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b1b7915c1b8b57766c20270acae549ce")
!485 = !DINamespace(name: "runtime_ptr_ge", scope: !459)
!486 = !DILocation(line: 2447, column: 9, scope: !487, inlinedAt: !478)
!487 = !DILexicalBlockFile(scope: !471, file: !484, discriminator: 0)
!488 = !DILocation(line: 70, column: 31, scope: !458)
!489 = !DILocation(line: 70, column: 25, scope: !468)
!490 = !DILocalVariable(name: "s", arg: 1, scope: !491, file: !223, line: 815, type: !168)
!491 = distinct !DISubprogram(name: "from_str", linkageName: "_ZN4core3fmt9Arguments8from_str17hb067a654825610afE", scope: !224, file: !223, line: 815, type: !306, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, declaration: !308, retainedNodes: !492)
!492 = !{!490}
!493 = !DILocation(line: 815, column: 27, scope: !491, inlinedAt: !494)
!494 = !DILocation(line: 73, column: 59, scope: !468)
!495 = !DILocalVariable(name: "self", arg: 1, scope: !496, file: !314, line: 578, type: !168)
!496 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !315, file: !314, line: 578, type: !317, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !497)
!497 = !{!495}
!498 = !DILocation(line: 578, column: 25, scope: !496, inlinedAt: !499)
!499 = !DILocation(line: 819, column: 44, scope: !491, inlinedAt: !494)
!500 = !DILocalVariable(name: "self", arg: 1, scope: !501, file: !314, line: 157, type: !168)
!501 = distinct !DISubprogram(name: "len", linkageName: "_ZN4core3str21_$LT$impl$u20$str$GT$3len17hc6fbeddaa476c9c8E", scope: !315, file: !314, line: 157, type: !324, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !502)
!502 = !{!500}
!503 = !DILocation(line: 157, column: 22, scope: !501, inlinedAt: !504)
!504 = !DILocation(line: 820, column: 40, scope: !491, inlinedAt: !494)
!505 = !DILocalVariable(name: "self", arg: 1, scope: !506, file: !314, line: 502, type: !168)
!506 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !315, file: !314, line: 502, type: !331, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !507)
!507 = !{!505}
!508 = !DILocation(line: 502, column: 27, scope: !506, inlinedAt: !509)
!509 = !DILocation(line: 158, column: 14, scope: !501, inlinedAt: !504)
!510 = !DILocation(line: 73, column: 21, scope: !468)
!511 = !DILocation(line: 75, column: 14, scope: !458)
!512 = distinct !DISubprogram(name: "len", linkageName: "_ZN4core3str21_$LT$impl$u20$str$GT$3len17hc6fbeddaa476c9c8E", scope: !315, file: !314, line: 157, type: !324, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !513)
!513 = !{!514}
!514 = !DILocalVariable(name: "self", arg: 1, scope: !512, file: !314, line: 157, type: !168)
!515 = !DILocation(line: 157, column: 22, scope: !512)
!516 = !DILocalVariable(name: "self", arg: 1, scope: !517, file: !314, line: 502, type: !168)
!517 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !315, file: !314, line: 502, type: !331, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !518)
!518 = !{!516}
!519 = !DILocation(line: 502, column: 27, scope: !517, inlinedAt: !520)
!520 = !DILocation(line: 158, column: 14, scope: !512)
!521 = !DILocation(line: 159, column: 6, scope: !512)
!522 = distinct !DISubprogram(name: "sum<core::slice::iter::Iter<f64>, f64>", linkageName: "_ZN4core4iter6traits8iterator8Iterator3sum17h1ebb5e4e1d1213e4E", scope: !524, file: !523, line: 3653, type: !528, scopeLine: 3653, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !546, retainedNodes: !544)
!523 = !DIFile(filename: "library/core/src/iter/traits/iterator.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "03f316921fc0b2bb7786dd4fa41456f9")
!524 = !DINamespace(name: "Iterator", scope: !525)
!525 = !DINamespace(name: "iterator", scope: !526)
!526 = !DINamespace(name: "traits", scope: !527)
!527 = !DINamespace(name: "iter", scope: !12)
!528 = !DISubroutineType(types: !529)
!529 = !{!85, !530}
!530 = !DICompositeType(tag: DW_TAG_structure_type, name: "Iter<f64>", scope: !531, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !533, templateParams: !368, identifier: "16a30a5ac3957b64bbb5ffb7be676784")
!531 = !DINamespace(name: "iter", scope: !532)
!532 = !DINamespace(name: "slice", scope: !12)
!533 = !{!534, !539, !540}
!534 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !530, file: !9, baseType: !535, size: 64, align: 64, flags: DIFlagPrivate)
!535 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<f64>", scope: !111, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !536, templateParams: !368, identifier: "1ecac679bc3ea27f618623550abeeec7")
!536 = !{!537}
!537 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !535, file: !9, baseType: !538, size: 64, align: 64, flags: DIFlagPrivate)
!538 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const f64", baseType: !85, size: 64, align: 64, dwarfAddressSpace: 0)
!539 = !DIDerivedType(tag: DW_TAG_member, name: "end_or_len", scope: !530, file: !9, baseType: !538, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!540 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !530, file: !9, baseType: !541, align: 8, offset: 128, flags: DIFlagPrivate)
!541 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&f64>", scope: !165, file: !9, align: 8, flags: DIFlagPublic, elements: !91, templateParams: !542, identifier: "edae5334879cec8fa6d1980c665f748a")
!542 = !{!543}
!543 = !DITemplateTypeParameter(name: "T", type: !90)
!544 = !{!545}
!545 = !DILocalVariable(name: "self", arg: 1, scope: !522, file: !523, line: 3653, type: !530)
!546 = !{!547, !548}
!547 = !DITemplateTypeParameter(name: "Self", type: !530)
!548 = !DITemplateTypeParameter(name: "S", type: !85)
!549 = !DILocation(line: 3653, column: 15, scope: !522)
!550 = !DILocation(line: 3658, column: 9, scope: !522)
!551 = !DILocation(line: 3659, column: 6, scope: !522)
!552 = distinct !DISubprogram(name: "precondition_check", linkageName: "_ZN4core5alloc6layout6Layout29from_size_alignment_unchecked18precondition_check17hf3304e6591abd48fE", scope: !553, file: !188, line: 68, type: !555, scopeLine: 68, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !557)
!553 = !DINamespace(name: "from_size_alignment_unchecked", scope: !554)
!554 = !DINamespace(name: "{impl#0}", scope: !119)
!555 = !DISubroutineType(types: !556)
!556 = !{null, !122, !124, !146}
!557 = !{!558, !559, !560}
!558 = !DILocalVariable(name: "size", arg: 1, scope: !552, file: !188, line: 68, type: !122)
!559 = !DILocalVariable(name: "alignment", arg: 2, scope: !552, file: !188, line: 68, type: !124)
!560 = !DILocalVariable(name: "msg", scope: !561, file: !188, line: 70, type: !168, align: 64)
!561 = distinct !DILexicalBlock(scope: !552, file: !188, line: 70, column: 21)
!562 = !DILocation(line: 68, column: 43, scope: !552)
!563 = !DILocalVariable(name: "size", arg: 1, scope: !564, file: !565, line: 74, type: !122)
!564 = distinct !DISubprogram(name: "is_size_alignment_valid", linkageName: "_ZN4core5alloc6layout6Layout23is_size_alignment_valid17hbe355b7c85e38ba4E", scope: !118, file: !565, line: 74, type: !566, scopeLine: 74, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, declaration: !568, retainedNodes: !569)
!565 = !DIFile(filename: "library/core/src/alloc/layout.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "742dc9b469eb35aa4fa4088d8f093c03")
!566 = !DISubroutineType(types: !567)
!567 = !{!209, !122, !124}
!568 = !DISubprogram(name: "is_size_alignment_valid", linkageName: "_ZN4core5alloc6layout6Layout23is_size_alignment_valid17hbe355b7c85e38ba4E", scope: !118, file: !565, line: 74, type: !566, scopeLine: 74, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !91)
!569 = !{!563, !570}
!570 = !DILocalVariable(name: "alignment", arg: 2, scope: !564, file: !565, line: 74, type: !124)
!571 = !DILocation(line: 74, column: 38, scope: !564, inlinedAt: !572)
!572 = !DILocation(line: 164, column: 18, scope: !573)
!573 = !DILexicalBlockFile(scope: !552, file: !565, discriminator: 0)
!574 = !DILocation(line: 74, column: 51, scope: !564, inlinedAt: !572)
!575 = !DILocation(line: 97, column: 18, scope: !576, inlinedAt: !580)
!576 = distinct !DISubprogram(name: "max_size_for_alignment", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core5alloc6layoutNtB2_6Layout22max_size_for_alignment", scope: !118, file: !565, line: 79, type: !577, scopeLine: 79, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, declaration: !579)
!577 = !DISubroutineType(types: !578)
!578 = !{!122, !124}
!579 = !DISubprogram(name: "max_size_for_alignment", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core5alloc6layoutNtB2_6Layout22max_size_for_alignment", scope: !118, file: !565, line: 79, type: !577, scopeLine: 79, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !91)
!580 = !DILocation(line: 75, column: 17, scope: !564, inlinedAt: !572)
!581 = !DILocation(line: 75, column: 9, scope: !564, inlinedAt: !572)
!582 = !DILocation(line: 70, column: 31, scope: !552)
!583 = !DILocation(line: 70, column: 25, scope: !561)
!584 = !DILocalVariable(name: "s", arg: 1, scope: !585, file: !223, line: 815, type: !168)
!585 = distinct !DISubprogram(name: "from_str", linkageName: "_ZN4core3fmt9Arguments8from_str17hb067a654825610afE", scope: !224, file: !223, line: 815, type: !306, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, declaration: !308, retainedNodes: !586)
!586 = !{!584}
!587 = !DILocation(line: 815, column: 27, scope: !585, inlinedAt: !588)
!588 = !DILocation(line: 73, column: 59, scope: !561)
!589 = !DILocalVariable(name: "self", arg: 1, scope: !590, file: !314, line: 578, type: !168)
!590 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !315, file: !314, line: 578, type: !317, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !591)
!591 = !{!589}
!592 = !DILocation(line: 578, column: 25, scope: !590, inlinedAt: !593)
!593 = !DILocation(line: 819, column: 44, scope: !585, inlinedAt: !588)
!594 = !DILocalVariable(name: "self", arg: 1, scope: !595, file: !314, line: 157, type: !168)
!595 = distinct !DISubprogram(name: "len", linkageName: "_ZN4core3str21_$LT$impl$u20$str$GT$3len17hc6fbeddaa476c9c8E", scope: !315, file: !314, line: 157, type: !324, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !596)
!596 = !{!594}
!597 = !DILocation(line: 157, column: 22, scope: !595, inlinedAt: !598)
!598 = !DILocation(line: 820, column: 40, scope: !585, inlinedAt: !588)
!599 = !DILocalVariable(name: "self", arg: 1, scope: !600, file: !314, line: 502, type: !168)
!600 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !315, file: !314, line: 502, type: !331, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !601)
!601 = !{!599}
!602 = !DILocation(line: 502, column: 27, scope: !600, inlinedAt: !603)
!603 = !DILocation(line: 158, column: 14, scope: !595, inlinedAt: !598)
!604 = !DILocation(line: 73, column: 21, scope: !561)
!605 = !DILocation(line: 75, column: 14, scope: !552)
!606 = distinct !DISubprogram(name: "iter<f64>", linkageName: "_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$4iter17hbdd2468c5df99faaE", scope: !608, file: !607, line: 1040, type: !609, scopeLine: 1040, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !368, retainedNodes: !616)
!607 = !DIFile(filename: "library/core/src/slice/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b606e5d97bff599edd0dcbc6067a14f1")
!608 = !DINamespace(name: "{impl#0}", scope: !532)
!609 = !DISubroutineType(types: !610)
!610 = !{!530, !611}
!611 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[f64]", file: !9, size: 128, align: 64, elements: !612, templateParams: !91, identifier: "c2e5038d7aaf99ab8518798f59d45307")
!612 = !{!613, !615}
!613 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !611, file: !9, baseType: !614, size: 64, align: 64)
!614 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !85, size: 64, align: 64, dwarfAddressSpace: 0)
!615 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !611, file: !9, baseType: !122, size: 64, align: 64, offset: 64)
!616 = !{!617}
!617 = !DILocalVariable(name: "self", arg: 1, scope: !606, file: !607, line: 1040, type: !611)
!618 = !DILocation(line: 1040, column: 23, scope: !606)
!619 = !DILocation(line: 1041, column: 9, scope: !606)
!620 = !DILocation(line: 1042, column: 6, scope: !606)
!621 = distinct !DISubprogram(name: "new<f64>", linkageName: "_ZN4core5slice4iter13Iter$LT$T$GT$3new17hdf91397255740b35E", scope: !530, file: !622, line: 96, type: !609, scopeLine: 96, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !368, declaration: !623, retainedNodes: !624)
!622 = !DIFile(filename: "library/core/src/slice/iter.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "f33ab2e22fe09095bf73c41c52bd166c")
!623 = !DISubprogram(name: "new<f64>", linkageName: "_ZN4core5slice4iter13Iter$LT$T$GT$3new17hdf91397255740b35E", scope: !530, file: !622, line: 96, type: !609, scopeLine: 96, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !368)
!624 = !{!625, !626, !628, !630}
!625 = !DILocalVariable(name: "slice", arg: 1, scope: !621, file: !622, line: 96, type: !611)
!626 = !DILocalVariable(name: "len", scope: !627, file: !622, line: 97, type: !122, align: 64)
!627 = distinct !DILexicalBlock(scope: !621, file: !622, line: 97, column: 9)
!628 = !DILocalVariable(name: "ptr", scope: !629, file: !622, line: 98, type: !535, align: 64)
!629 = distinct !DILexicalBlock(scope: !627, file: !622, line: 98, column: 9)
!630 = !DILocalVariable(name: "end_or_len", scope: !631, file: !622, line: 101, type: !538, align: 64)
!631 = distinct !DILexicalBlock(scope: !629, file: !622, line: 101, column: 13)
!632 = !DILocation(line: 96, column: 29, scope: !621)
!633 = !DILocalVariable(name: "r", arg: 1, scope: !634, file: !635, line: 282, type: !611)
!634 = distinct !DISubprogram(name: "from_ref<[f64]>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$8from_ref17hc0734f35e9765bddE", scope: !636, file: !635, line: 282, type: !643, scopeLine: 282, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !368, declaration: !645, retainedNodes: !646)
!635 = !DIFile(filename: "library/core/src/ptr/non_null.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "e5222a5160165ba1cd09076ad7a11733")
!636 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<[f64]>", scope: !111, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !637, templateParams: !368, identifier: "10b95176810d92c16a4f705221822663")
!637 = !{!638}
!638 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !636, file: !9, baseType: !639, size: 128, align: 64, flags: DIFlagPrivate)
!639 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const [f64]", file: !9, size: 128, align: 64, elements: !640, templateParams: !91, identifier: "58ff1aeba5526ea58640b554e0504a59")
!640 = !{!641, !642}
!641 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !639, file: !9, baseType: !614, size: 64, align: 64)
!642 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !639, file: !9, baseType: !122, size: 64, align: 64, offset: 64)
!643 = !DISubroutineType(types: !644)
!644 = !{!636, !611}
!645 = !DISubprogram(name: "from_ref<[f64]>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$8from_ref17hc0734f35e9765bddE", scope: !636, file: !635, line: 282, type: !643, scopeLine: 282, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !368)
!646 = !{!633}
!647 = !DILocation(line: 282, column: 27, scope: !634, inlinedAt: !648)
!648 = !DILocation(line: 98, column: 31, scope: !627)
!649 = !DILocation(line: 101, column: 17, scope: !631)
!650 = !DILocation(line: 97, column: 19, scope: !621)
!651 = !DILocation(line: 97, column: 13, scope: !627)
!652 = !DILocalVariable(name: "addr", arg: 1, scope: !653, file: !342, line: 884, type: !122)
!653 = distinct !DISubprogram(name: "without_provenance<f64>", linkageName: "_ZN4core3ptr18without_provenance17h9e582b6ff3fc14aeE", scope: !11, file: !342, line: 884, type: !654, scopeLine: 884, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !368, retainedNodes: !656)
!654 = !DISubroutineType(types: !655)
!655 = !{!538, !122}
!656 = !{!652}
!657 = !DILocation(line: 884, column: 36, scope: !653, inlinedAt: !658)
!658 = !DILocation(line: 102, column: 32, scope: !629)
!659 = !DILocalVariable(name: "count", arg: 2, scope: !660, file: !661, line: 927, type: !122)
!660 = distinct !DISubprogram(name: "add<f64>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$3add17h53591736b3bdd336E", scope: !662, file: !661, line: 927, type: !664, scopeLine: 927, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !368, retainedNodes: !667)
!661 = !DIFile(filename: "library/core/src/ptr/mut_ptr.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7c03c8e0ae695174f7f10881dc49d2cb")
!662 = !DINamespace(name: "{impl#0}", scope: !663)
!663 = !DINamespace(name: "mut_ptr", scope: !11)
!664 = !DISubroutineType(types: !665)
!665 = !{!666, !666, !122, !146}
!666 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut f64", baseType: !85, size: 64, align: 64, dwarfAddressSpace: 0)
!667 = !{!668, !659}
!668 = !DILocalVariable(name: "self", arg: 1, scope: !660, file: !661, line: 927, type: !666)
!669 = !DILocation(line: 927, column: 35, scope: !660, inlinedAt: !670)
!670 = !DILocation(line: 102, column: 78, scope: !629)
!671 = !DILocation(line: 284, column: 18, scope: !634, inlinedAt: !648)
!672 = !DILocalVariable(name: "self", arg: 1, scope: !673, file: !635, line: 502, type: !636)
!673 = distinct !DISubprogram(name: "cast<[f64], f64>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$4cast17h189ab21f21e42755E", scope: !636, file: !635, line: 502, type: !674, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !677, declaration: !676, retainedNodes: !679)
!674 = !DISubroutineType(types: !675)
!675 = !{!535, !636}
!676 = !DISubprogram(name: "cast<[f64], f64>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$4cast17h189ab21f21e42755E", scope: !636, file: !635, line: 502, type: !674, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !677)
!677 = !{!369, !678}
!678 = !DITemplateTypeParameter(name: "U", type: !85)
!679 = !{!672}
!680 = !DILocation(line: 502, column: 26, scope: !673, inlinedAt: !681)
!681 = !DILocation(line: 98, column: 56, scope: !627)
!682 = !DILocation(line: 504, column: 18, scope: !673, inlinedAt: !681)
!683 = !DILocation(line: 98, column: 13, scope: !629)
!684 = !DILocalVariable(name: "self", arg: 1, scope: !685, file: !635, line: 401, type: !535)
!685 = distinct !DISubprogram(name: "as_ptr<f64>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ptr17hceedec3aa62fb825E", scope: !535, file: !635, line: 401, type: !686, scopeLine: 401, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !368, declaration: !688, retainedNodes: !689)
!686 = !DISubroutineType(types: !687)
!687 = !{!666, !535}
!688 = !DISubprogram(name: "as_ptr<f64>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ptr17hceedec3aa62fb825E", scope: !535, file: !635, line: 401, type: !686, scopeLine: 401, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !368)
!689 = !{!684}
!690 = !DILocation(line: 401, column: 25, scope: !685, inlinedAt: !691)
!691 = !DILocation(line: 102, column: 69, scope: !629)
!692 = !DILocation(line: 102, column: 20, scope: !629)
!693 = !DILocation(line: 407, column: 18, scope: !685, inlinedAt: !691)
!694 = !DILocation(line: 927, column: 29, scope: !660, inlinedAt: !670)
!695 = !DILocation(line: 961, column: 18, scope: !660, inlinedAt: !670)
!696 = !DILocation(line: 102, column: 63, scope: !629)
!697 = !DILocation(line: 102, column: 17, scope: !629)
!698 = !DILocation(line: 104, column: 13, scope: !631)
!699 = !DILocation(line: 106, column: 6, scope: !621)
!700 = distinct !DISubprogram(name: "unwrap_or<f64>", linkageName: "_ZN4core6option15Option$LT$T$GT$9unwrap_or17h91693e461c41f1eeE", scope: !702, file: !701, line: 1038, type: !714, scopeLine: 1038, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !368, declaration: !716, retainedNodes: !717)
!701 = !DIFile(filename: "library/core/src/option.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "3f12dd837a95e960b90752f70f5ddc0e")
!702 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<f64>", scope: !703, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !704, templateParams: !91, identifier: "2dba3d5d643af83f672e49d11190e3e1")
!703 = !DINamespace(name: "option", scope: !12)
!704 = !{!705}
!705 = !DICompositeType(tag: DW_TAG_variant_part, scope: !702, file: !9, size: 128, align: 64, elements: !706, templateParams: !91, identifier: "2459c3374fe6f39e654213ffe16d09ae", discriminator: !713)
!706 = !{!707, !709}
!707 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !705, file: !9, baseType: !708, size: 128, align: 64, extraData: i64 0)
!708 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !702, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !91, templateParams: !368, identifier: "66d3d0f0f14ec755afdda75addcb23df")
!709 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !705, file: !9, baseType: !710, size: 128, align: 64, extraData: i64 1)
!710 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !702, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !711, templateParams: !368, identifier: "cffe28f075c36a0754f941d6bdb0a54f")
!711 = !{!712}
!712 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !710, file: !9, baseType: !85, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!713 = !DIDerivedType(tag: DW_TAG_member, scope: !702, file: !9, baseType: !13, size: 64, align: 64, flags: DIFlagArtificial)
!714 = !DISubroutineType(types: !715)
!715 = !{!85, !702, !85}
!716 = !DISubprogram(name: "unwrap_or<f64>", linkageName: "_ZN4core6option15Option$LT$T$GT$9unwrap_or17h91693e461c41f1eeE", scope: !702, file: !701, line: 1038, type: !714, scopeLine: 1038, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !368)
!717 = !{!718, !719, !720}
!718 = !DILocalVariable(name: "self", arg: 1, scope: !700, file: !701, line: 1038, type: !702)
!719 = !DILocalVariable(name: "default", arg: 2, scope: !700, file: !701, line: 1038, type: !85)
!720 = !DILocalVariable(name: "x", scope: !721, file: !701, line: 1043, type: !85, align: 64)
!721 = distinct !DILexicalBlock(scope: !700, file: !701, line: 1043, column: 13)
!722 = !DILocation(line: 1043, column: 18, scope: !721)
!723 = !DILocation(line: 1038, column: 28, scope: !700)
!724 = !DILocation(line: 1038, column: 34, scope: !700)
!725 = !DILocation(line: 1042, column: 15, scope: !700)
!726 = !DILocation(line: 1042, column: 9, scope: !700)
!727 = !DILocation(line: 1043, column: 18, scope: !700)
!728 = !DILocation(line: 1046, column: 5, scope: !700)
!729 = !DILocation(line: 1044, column: 21, scope: !700)
!730 = !DILocation(line: 1046, column: 6, scope: !700)
!731 = distinct !DISubprogram(name: "area", linkageName: "_ZN52_$LT$typeinfo_rs..P$u20$as$u20$typeinfo_rs..Area$GT$4area17h004e3d7cbf803d24E", scope: !732, file: !80, line: 23, type: !733, scopeLine: 23, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !745)
!732 = !DINamespace(name: "{impl#0}", scope: !82)
!733 = !DISubroutineType(types: !734)
!734 = !{!85, !735}
!735 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&typeinfo_rs::P", baseType: !736, size: 64, align: 64, dwarfAddressSpace: 0)
!736 = !DICompositeType(tag: DW_TAG_structure_type, name: "P", scope: !82, file: !9, size: 192, align: 64, flags: DIFlagPublic, elements: !737, templateParams: !91, identifier: "1f5b7295e08d4b3f392dcd7c8840e5c6")
!737 = !{!738, !740, !741, !743}
!738 = !DIDerivedType(tag: DW_TAG_member, name: "n", scope: !736, file: !9, baseType: !739, size: 64, align: 64, flags: DIFlagPublic)
!739 = !DIBasicType(name: "i64", size: 64, encoding: DW_ATE_signed)
!740 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !736, file: !9, baseType: !85, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!741 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !736, file: !9, baseType: !742, size: 32, align: 32, offset: 128, flags: DIFlagPublic)
!742 = !DIBasicType(name: "f32", size: 32, encoding: DW_ATE_float)
!743 = !DIDerivedType(tag: DW_TAG_member, name: "tag", scope: !736, file: !9, baseType: !744, size: 32, align: 32, offset: 160, flags: DIFlagPublic)
!744 = !DIBasicType(name: "i32", size: 32, encoding: DW_ATE_signed)
!745 = !{!746}
!746 = !DILocalVariable(name: "self", arg: 1, scope: !731, file: !80, line: 23, type: !735)
!747 = !DILocation(line: 23, column: 13, scope: !731)
!748 = !DILocation(line: 24, column: 9, scope: !731)
!749 = !DILocation(line: 24, column: 18, scope: !731)
!750 = !DILocation(line: 25, column: 6, scope: !731)
!751 = distinct !DISubprogram(name: "drop_slow<f64, alloc::alloc::Global>", linkageName: "_ZN5alloc2rc15Rc$LT$T$C$A$GT$9drop_slow17h5ea012a2da0381d0E", scope: !346, file: !752, line: 387, type: !753, scopeLine: 387, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !375, declaration: !756, retainedNodes: !757)
!752 = !DIFile(filename: "library/alloc/src/rc.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "0917aa5538339846778cc2718c40797b")
!753 = !DISubroutineType(types: !754)
!754 = !{null, !755}
!755 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::rc::Rc<f64, alloc::alloc::Global>", baseType: !346, size: 64, align: 64, dwarfAddressSpace: 0)
!756 = !DISubprogram(name: "drop_slow<f64, alloc::alloc::Global>", linkageName: "_ZN5alloc2rc15Rc$LT$T$C$A$GT$9drop_slow17h5ea012a2da0381d0E", scope: !346, file: !752, line: 387, type: !753, scopeLine: 387, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !375)
!757 = !{!758, !759}
!758 = !DILocalVariable(name: "self", arg: 1, scope: !751, file: !752, line: 387, type: !755)
!759 = !DILocalVariable(name: "_weak", scope: !760, file: !752, line: 391, type: !395, align: 64)
!760 = distinct !DILexicalBlock(scope: !751, file: !752, line: 391, column: 9)
!761 = !DILocation(line: 387, column: 25, scope: !751)
!762 = !DILocation(line: 391, column: 13, scope: !760)
!763 = !DILocation(line: 391, column: 33, scope: !751)
!764 = !DILocation(line: 391, column: 50, scope: !751)
!765 = !DILocation(line: 391, column: 21, scope: !751)
!766 = !DILocation(line: 396, column: 39, scope: !760)
!767 = !DILocalVariable(name: "self", arg: 1, scope: !768, file: !635, line: 401, type: !350)
!768 = distinct !DISubprogram(name: "as_ptr<alloc::rc::RcInner<f64>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ptr17h90e47d654d362d40E", scope: !350, file: !635, line: 401, type: !769, scopeLine: 401, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !370, declaration: !772, retainedNodes: !773)
!769 = !DISubroutineType(types: !770)
!770 = !{!771, !350}
!771 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::rc::RcInner<f64>", baseType: !354, size: 64, align: 64, dwarfAddressSpace: 0)
!772 = !DISubprogram(name: "as_ptr<alloc::rc::RcInner<f64>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ptr17h90e47d654d362d40E", scope: !350, file: !635, line: 401, type: !769, scopeLine: 401, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !370)
!773 = !{!767}
!774 = !DILocation(line: 401, column: 25, scope: !768, inlinedAt: !775)
!775 = !DILocation(line: 396, column: 48, scope: !760)
!776 = !DILocation(line: 396, column: 32, scope: !760)
!777 = !DILocation(line: 396, column: 13, scope: !760)
!778 = !DILocation(line: 398, column: 5, scope: !751)
!779 = !DILocation(line: 398, column: 6, scope: !751)
!780 = !DILocation(line: 387, column: 5, scope: !751)
!781 = distinct !DISubprogram(name: "deallocate", linkageName: "_ZN63_$LT$alloc..alloc..Global$u20$as$u20$core..alloc..Allocator$GT$10deallocate17h2ad9072cdff2e731E", scope: !783, file: !782, line: 440, type: !784, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !786)
!782 = !DIFile(filename: "library/alloc/src/alloc.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "57066d22da38e4b1f3bfd29f3d5ff5ae")
!783 = !DINamespace(name: "{impl#1}", scope: !108)
!784 = !DISubroutineType(types: !785)
!785 = !{null, !106, !110, !118}
!786 = !{!787, !788, !789}
!787 = !DILocalVariable(name: "self", arg: 1, scope: !781, file: !782, line: 440, type: !106)
!788 = !DILocalVariable(name: "ptr", arg: 2, scope: !781, file: !782, line: 440, type: !110)
!789 = !DILocalVariable(name: "layout", arg: 3, scope: !781, file: !782, line: 440, type: !118)
!790 = !DILocation(line: 440, column: 26, scope: !781)
!791 = !DILocalVariable(name: "self", arg: 1, scope: !792, file: !782, line: 323, type: !106)
!792 = distinct !DISubprogram(name: "deallocate_impl", linkageName: "_ZN5alloc5alloc6Global15deallocate_impl17h69df05289634dd9cE", scope: !107, file: !782, line: 323, type: !784, scopeLine: 323, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, declaration: !793, retainedNodes: !794)
!793 = !DISubprogram(name: "deallocate_impl", linkageName: "_ZN5alloc5alloc6Global15deallocate_impl17h69df05289634dd9cE", scope: !107, file: !782, line: 323, type: !784, scopeLine: 323, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !91)
!794 = !{!791, !795, !796}
!795 = !DILocalVariable(name: "ptr", arg: 2, scope: !792, file: !782, line: 323, type: !110)
!796 = !DILocalVariable(name: "layout", arg: 3, scope: !792, file: !782, line: 323, type: !118)
!797 = !DILocation(line: 323, column: 37, scope: !792, inlinedAt: !798)
!798 = !DILocation(line: 442, column: 23, scope: !781)
!799 = !DILocation(line: 440, column: 33, scope: !781)
!800 = !DILocation(line: 323, column: 44, scope: !792, inlinedAt: !798)
!801 = !DILocalVariable(name: "ptr", arg: 1, scope: !802, file: !782, line: 199, type: !110)
!802 = distinct !DISubprogram(name: "deallocate_impl_runtime", linkageName: "_ZN5alloc5alloc6Global23deallocate_impl_runtime17h3b9cf5c0ac202894E", scope: !107, file: !782, line: 199, type: !803, scopeLine: 199, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, declaration: !805, retainedNodes: !806)
!803 = !DISubroutineType(types: !804)
!804 = !{null, !110, !118}
!805 = !DISubprogram(name: "deallocate_impl_runtime", linkageName: "_ZN5alloc5alloc6Global23deallocate_impl_runtime17h3b9cf5c0ac202894E", scope: !107, file: !782, line: 199, type: !803, scopeLine: 199, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !91)
!806 = !{!801, !807}
!807 = !DILocalVariable(name: "layout", arg: 2, scope: !802, file: !782, line: 199, type: !118)
!808 = !DILocation(line: 199, column: 32, scope: !802, inlinedAt: !809)
!809 = !DILocation(line: 324, column: 9, scope: !792, inlinedAt: !798)
!810 = !DILocalVariable(name: "self", arg: 1, scope: !811, file: !635, line: 401, type: !110)
!811 = distinct !DISubprogram(name: "as_ptr<u8>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ptr17h1b97aa7da623e240E", scope: !110, file: !635, line: 401, type: !812, scopeLine: 401, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !116, declaration: !815, retainedNodes: !816)
!812 = !DISubroutineType(types: !813)
!813 = !{!814, !110}
!814 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u8", baseType: !115, size: 64, align: 64, dwarfAddressSpace: 0)
!815 = !DISubprogram(name: "as_ptr<u8>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ptr17h1b97aa7da623e240E", scope: !110, file: !635, line: 401, type: !812, scopeLine: 401, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !116)
!816 = !{!810}
!817 = !DILocation(line: 401, column: 25, scope: !811, inlinedAt: !818)
!818 = !DILocation(line: 209, column: 34, scope: !802, inlinedAt: !809)
!819 = !DILocation(line: 440, column: 51, scope: !781)
!820 = !DILocation(line: 323, column: 62, scope: !792, inlinedAt: !798)
!821 = !DILocation(line: 199, column: 50, scope: !802, inlinedAt: !809)
!822 = !DILocalVariable(name: "layout", arg: 2, scope: !823, file: !782, line: 114, type: !118)
!823 = distinct !DISubprogram(name: "dealloc", linkageName: "_ZN5alloc5alloc7dealloc17h89f3c86d1fc0dbfaE", scope: !108, file: !782, line: 114, type: !824, scopeLine: 114, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !826)
!824 = !DISubroutineType(types: !825)
!825 = !{null, !814, !118}
!826 = !{!827, !822}
!827 = !DILocalVariable(name: "ptr", arg: 1, scope: !823, file: !782, line: 114, type: !814)
!828 = !DILocation(line: 114, column: 37, scope: !823, inlinedAt: !829)
!829 = !DILocation(line: 209, column: 22, scope: !802, inlinedAt: !809)
!830 = !DILocalVariable(name: "self", arg: 1, scope: !831, file: !565, line: 175, type: !834)
!831 = distinct !DISubprogram(name: "size", linkageName: "_ZN4core5alloc6layout6Layout4size17he293a4feadbcffbdE", scope: !118, file: !565, line: 175, type: !832, scopeLine: 175, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, declaration: !835, retainedNodes: !836)
!832 = !DISubroutineType(types: !833)
!833 = !{!122, !834}
!834 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::alloc::layout::Layout", baseType: !118, size: 64, align: 64, dwarfAddressSpace: 0)
!835 = !DISubprogram(name: "size", linkageName: "_ZN4core5alloc6layout6Layout4size17he293a4feadbcffbdE", scope: !118, file: !565, line: 175, type: !832, scopeLine: 175, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !91)
!836 = !{!830}
!837 = !DILocation(line: 175, column: 23, scope: !831, inlinedAt: !838)
!838 = !DILocation(line: 200, column: 19, scope: !802, inlinedAt: !809)
!839 = !DILocation(line: 200, column: 12, scope: !802, inlinedAt: !809)
!840 = !DILocation(line: 443, column: 6, scope: !781)
!841 = !DILocation(line: 407, column: 18, scope: !811, inlinedAt: !818)
!842 = !DILocation(line: 114, column: 23, scope: !823, inlinedAt: !829)
!843 = !DILocation(line: 175, column: 23, scope: !831, inlinedAt: !844)
!844 = !DILocation(line: 115, column: 41, scope: !823, inlinedAt: !829)
!845 = !DILocalVariable(name: "self", arg: 1, scope: !846, file: !565, line: 197, type: !834)
!846 = distinct !DISubprogram(name: "alignment", linkageName: "_ZN4core5alloc6layout6Layout9alignment17h2a65599b1cf78930E", scope: !118, file: !565, line: 197, type: !847, scopeLine: 197, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, declaration: !849, retainedNodes: !850)
!847 = !DISubroutineType(types: !848)
!848 = !{!124, !834}
!849 = !DISubprogram(name: "alignment", linkageName: "_ZN4core5alloc6layout6Layout9alignment17h2a65599b1cf78930E", scope: !118, file: !565, line: 197, type: !847, scopeLine: 197, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !91)
!850 = !{!845}
!851 = !DILocation(line: 197, column: 28, scope: !846, inlinedAt: !852)
!852 = !DILocation(line: 115, column: 56, scope: !823, inlinedAt: !829)
!853 = !DILocation(line: 115, column: 14, scope: !823, inlinedAt: !829)
!854 = !DILocation(line: 200, column: 9, scope: !802, inlinedAt: !809)
!855 = distinct !DISubprogram(name: "drop<f64, alloc::alloc::Global>", linkageName: "_ZN68_$LT$alloc..rc..Rc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h0e3346806bfa42feE", scope: !856, file: !752, line: 2468, type: !753, scopeLine: 2468, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !375, retainedNodes: !857)
!856 = !DINamespace(name: "{impl#35}", scope: !347)
!857 = !{!858}
!858 = !DILocalVariable(name: "self", arg: 1, scope: !855, file: !752, line: 2468, type: !755)
!859 = !DILocation(line: 2468, column: 13, scope: !855)
!860 = !DILocalVariable(name: "self", arg: 1, scope: !861, file: !752, line: 363, type: !755)
!861 = distinct !DISubprogram(name: "inner<f64, alloc::alloc::Global>", linkageName: "_ZN5alloc2rc15Rc$LT$T$C$A$GT$5inner17h0a4ea856682989e5E", scope: !346, file: !752, line: 363, type: !862, scopeLine: 363, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !375, declaration: !866, retainedNodes: !867)
!862 = !DISubroutineType(types: !863)
!863 = !{!864, !865}
!864 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::rc::RcInner<f64>", baseType: !354, size: 64, align: 64, dwarfAddressSpace: 0)
!865 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::rc::Rc<f64, alloc::alloc::Global>", baseType: !346, size: 64, align: 64, dwarfAddressSpace: 0)
!866 = !DISubprogram(name: "inner<f64, alloc::alloc::Global>", linkageName: "_ZN5alloc2rc15Rc$LT$T$C$A$GT$5inner17h0a4ea856682989e5E", scope: !346, file: !752, line: 363, type: !862, scopeLine: 363, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !375)
!867 = !{!860}
!868 = !DILocation(line: 363, column: 14, scope: !861, inlinedAt: !869)
!869 = !DILocation(line: 2470, column: 18, scope: !855)
!870 = !DILocation(line: 363, column: 14, scope: !861, inlinedAt: !871)
!871 = !DILocation(line: 2471, column: 21, scope: !855)
!872 = !DILocation(line: 444, column: 20, scope: !873, inlinedAt: !878)
!873 = distinct !DISubprogram(name: "as_ref<alloc::rc::RcInner<f64>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17he7d4928fc08096b1E", scope: !350, file: !635, line: 440, type: !874, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !370, declaration: !877)
!874 = !DISubroutineType(types: !875)
!875 = !{!864, !876}
!876 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::ptr::non_null::NonNull<alloc::rc::RcInner<f64>>", baseType: !350, size: 64, align: 64, dwarfAddressSpace: 0)
!877 = !DISubprogram(name: "as_ref<alloc::rc::RcInner<f64>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17he7d4928fc08096b1E", scope: !350, file: !635, line: 440, type: !874, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !370)
!878 = !DILocation(line: 366, column: 27, scope: !861, inlinedAt: !869)
!879 = !DILocation(line: 135, column: 9, scope: !880, inlinedAt: !883)
!880 = distinct !DISubprogram(name: "cast_const<alloc::rc::RcInner<f64>>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$10cast_const17h66e56fb8d699d540E", scope: !662, file: !661, line: 134, type: !881, scopeLine: 134, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !370)
!881 = !DISubroutineType(types: !882)
!882 = !{!353, !771}
!883 = !DILocation(line: 444, column: 34, scope: !873, inlinedAt: !878)
!884 = !DILocalVariable(name: "self", arg: 1, scope: !885, file: !752, line: 3758, type: !353)
!885 = distinct !DISubprogram(name: "dec_strong<alloc::rc::RcInner<f64>>", linkageName: "_ZN5alloc2rc10RcInnerPtr10dec_strong17haa9f8e94716da7bbE", scope: !886, file: !752, line: 3758, type: !887, scopeLine: 3758, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !890, retainedNodes: !889)
!886 = !DINamespace(name: "RcInnerPtr", scope: !347)
!887 = !DISubroutineType(types: !888)
!888 = !{null, !864}
!889 = !{!884}
!890 = !{!891}
!891 = !DITemplateTypeParameter(name: "Self", type: !354)
!892 = !DILocation(line: 3758, column: 19, scope: !885, inlinedAt: !893)
!893 = !DILocation(line: 2470, column: 26, scope: !855)
!894 = !DILocalVariable(name: "self", arg: 1, scope: !895, file: !752, line: 3803, type: !353)
!895 = distinct !DISubprogram(name: "strong_ref<f64>", linkageName: "_ZN69_$LT$alloc..rc..RcInner$LT$T$GT$$u20$as$u20$alloc..rc..RcInnerPtr$GT$10strong_ref17h723526fe35da284fE", scope: !896, file: !752, line: 3803, type: !897, scopeLine: 3803, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !368, retainedNodes: !900)
!896 = !DINamespace(name: "{impl#82}", scope: !347)
!897 = !DISubroutineType(types: !898)
!898 = !{!899, !864}
!899 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::Cell<usize>", baseType: !357, size: 64, align: 64, dwarfAddressSpace: 0)
!900 = !{!894}
!901 = !DILocation(line: 3803, column: 19, scope: !895, inlinedAt: !902)
!902 = !DILocation(line: 3759, column: 14, scope: !885, inlinedAt: !893)
!903 = !DILocalVariable(name: "self", arg: 1, scope: !904, file: !752, line: 3730, type: !353)
!904 = distinct !DISubprogram(name: "strong<alloc::rc::RcInner<f64>>", linkageName: "_ZN5alloc2rc10RcInnerPtr6strong17h065e85f1570c04fbE", scope: !886, file: !752, line: 3730, type: !905, scopeLine: 3730, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !890, retainedNodes: !907)
!905 = !DISubroutineType(types: !906)
!906 = !{!122, !864}
!907 = !{!903}
!908 = !DILocation(line: 3730, column: 15, scope: !904, inlinedAt: !909)
!909 = !DILocation(line: 3759, column: 36, scope: !885, inlinedAt: !893)
!910 = !DILocation(line: 3803, column: 19, scope: !895, inlinedAt: !911)
!911 = !DILocation(line: 3731, column: 14, scope: !904, inlinedAt: !909)
!912 = !DILocalVariable(name: "self", arg: 1, scope: !913, file: !914, line: 433, type: !899)
!913 = distinct !DISubprogram(name: "set<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3set17h3f33db66b4a8b950E", scope: !357, file: !914, line: 433, type: !915, scopeLine: 433, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !364, declaration: !917, retainedNodes: !918)
!914 = !DIFile(filename: "library/core/src/cell.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "96404e804c6faf0fea9fa631bcb8d1d2")
!915 = !DISubroutineType(types: !916)
!916 = !{null, !899, !122}
!917 = !DISubprogram(name: "set<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3set17h3f33db66b4a8b950E", scope: !357, file: !914, line: 433, type: !915, scopeLine: 433, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !364)
!918 = !{!912, !919}
!919 = !DILocalVariable(name: "val", arg: 2, scope: !913, file: !914, line: 433, type: !122)
!920 = !DILocation(line: 433, column: 22, scope: !913, inlinedAt: !921)
!921 = !DILocation(line: 3759, column: 27, scope: !885, inlinedAt: !893)
!922 = !DILocalVariable(name: "self", arg: 1, scope: !923, file: !914, line: 510, type: !899)
!923 = distinct !DISubprogram(name: "replace<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$7replace17hb50b68de10d200caE", scope: !357, file: !914, line: 510, type: !924, scopeLine: 510, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !364, declaration: !926, retainedNodes: !927)
!924 = !DISubroutineType(types: !925)
!925 = !{!122, !899, !122}
!926 = !DISubprogram(name: "replace<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$7replace17hb50b68de10d200caE", scope: !357, file: !914, line: 510, type: !924, scopeLine: 510, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !364)
!927 = !{!922, !928}
!928 = !DILocalVariable(name: "val", arg: 2, scope: !923, file: !914, line: 510, type: !122)
!929 = !DILocation(line: 510, column: 26, scope: !923, inlinedAt: !930)
!930 = !DILocation(line: 437, column: 14, scope: !913, inlinedAt: !921)
!931 = !DILocalVariable(name: "self", arg: 1, scope: !932, file: !914, line: 552, type: !899)
!932 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3get17h76c6e2e77367a0cbE", scope: !357, file: !914, line: 552, type: !933, scopeLine: 552, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !364, declaration: !935, retainedNodes: !936)
!933 = !DISubroutineType(types: !934)
!934 = !{!122, !899}
!935 = !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3get17h76c6e2e77367a0cbE", scope: !357, file: !914, line: 552, type: !933, scopeLine: 552, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !364)
!936 = !{!931}
!937 = !DILocation(line: 552, column: 22, scope: !932, inlinedAt: !938)
!938 = !DILocation(line: 3731, column: 27, scope: !904, inlinedAt: !909)
!939 = !DILocation(line: 555, column: 18, scope: !932, inlinedAt: !938)
!940 = !DILocation(line: 3759, column: 31, scope: !885, inlinedAt: !893)
!941 = !DILocation(line: 433, column: 29, scope: !913, inlinedAt: !921)
!942 = !DILocation(line: 510, column: 33, scope: !923, inlinedAt: !930)
!943 = !DILocation(line: 902, column: 49, scope: !944, inlinedAt: !950)
!944 = distinct !DISubprogram(name: "replace<usize>", linkageName: "_ZN4core3mem7replace17h88b038504c1d9121E", scope: !946, file: !945, line: 887, type: !947, scopeLine: 887, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !364)
!945 = !DIFile(filename: "library/core/src/mem/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "6bca88b164013e73def192dcdbc80502")
!946 = !DINamespace(name: "mem", scope: !12)
!947 = !DISubroutineType(types: !948)
!948 = !{!122, !949, !122}
!949 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut usize", baseType: !122, size: 64, align: 64, dwarfAddressSpace: 0)
!950 = !DILocation(line: 513, column: 9, scope: !923, inlinedAt: !930)
!951 = !DILocation(line: 444, column: 20, scope: !873, inlinedAt: !952)
!952 = !DILocation(line: 366, column: 27, scope: !953, inlinedAt: !871)
!953 = !DILexicalBlockFile(scope: !861, file: !752, discriminator: 2)
!954 = !DILocation(line: 135, column: 9, scope: !880, inlinedAt: !955)
!955 = !DILocation(line: 444, column: 34, scope: !956, inlinedAt: !952)
!956 = !DILexicalBlockFile(scope: !873, file: !635, discriminator: 2)
!957 = !DILocation(line: 3730, column: 15, scope: !904, inlinedAt: !958)
!958 = !DILocation(line: 2471, column: 29, scope: !855)
!959 = !DILocation(line: 3803, column: 19, scope: !895, inlinedAt: !960)
!960 = !DILocation(line: 3731, column: 14, scope: !961, inlinedAt: !958)
!961 = !DILexicalBlockFile(scope: !904, file: !752, discriminator: 2)
!962 = !DILocation(line: 552, column: 22, scope: !932, inlinedAt: !963)
!963 = !DILocation(line: 3731, column: 27, scope: !961, inlinedAt: !958)
!964 = !DILocation(line: 555, column: 18, scope: !932, inlinedAt: !963)
!965 = !DILocation(line: 2471, column: 16, scope: !855)
!966 = !DILocation(line: 2472, column: 22, scope: !855)
!967 = !DILocation(line: 2471, column: 13, scope: !855)
!968 = !DILocation(line: 2475, column: 6, scope: !855)
!969 = distinct !DISubprogram(name: "sum<core::slice::iter::Iter<f64>>", linkageName: "_ZN69_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$LT$$RF$f64$GT$$GT$3sum17hf66acc98a9d93fa6E", scope: !971, file: !970, line: 182, type: !528, scopeLine: 182, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !975, retainedNodes: !973)
!970 = !DIFile(filename: "library/core/src/iter/traits/accum.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "29c702feed2d279674f04740ce9fc327")
!971 = !DINamespace(name: "{impl#134}", scope: !972)
!972 = !DINamespace(name: "accum", scope: !526)
!973 = !{!974}
!974 = !DILocalVariable(name: "iter", arg: 1, scope: !969, file: !970, line: 182, type: !530)
!975 = !{!976}
!976 = !DITemplateTypeParameter(name: "I", type: !530)
!977 = !DILocation(line: 182, column: 48, scope: !969)
!978 = !DILocation(line: 183, column: 22, scope: !969)
!979 = !DILocation(line: 188, column: 14, scope: !969)
!980 = distinct !DISubprogram(name: "{closure#0}<core::slice::iter::Iter<f64>>", linkageName: "_ZN69_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$LT$$RF$f64$GT$$GT$3sum28_$u7b$$u7b$closure$u7d$$u7d$17heb3ab07cf9456413E", scope: !981, file: !970, line: 186, type: !982, scopeLine: 186, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !975, retainedNodes: !986)
!981 = !DINamespace(name: "sum", scope: !971)
!982 = !DISubroutineType(types: !983)
!983 = !{!85, !984, !85, !90}
!984 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::iter::traits::accum::{impl#134}::sum::{closure_env#0}<core::slice::iter::Iter<f64>>", baseType: !985, size: 64, align: 64, dwarfAddressSpace: 0)
!985 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<core::slice::iter::Iter<f64>>", scope: !981, file: !9, align: 8, elements: !91, identifier: "881631f4ce2d279ccecbfef0de0870f3")
!986 = !{!987, !988, !989}
!987 = !DILocalVariable(name: "a", arg: 2, scope: !980, file: !970, line: 186, type: !85)
!988 = !DILocalVariable(name: "b", arg: 3, scope: !980, file: !970, line: 186, type: !90)
!989 = !DILocalVariable(arg: 1, scope: !980, file: !970, line: 186, type: !984)
!990 = !DILocation(line: 186, column: 21, scope: !980)
!991 = !DILocation(line: 186, column: 22, scope: !980)
!992 = !DILocation(line: 186, column: 25, scope: !980)
!993 = !DILocalVariable(name: "other", arg: 2, scope: !994, file: !140, line: 38, type: !90)
!994 = distinct !DISubprogram(name: "add", linkageName: "_ZN60_$LT$f64$u20$as$u20$core..ops..arith..Add$LT$$RF$f64$GT$$GT$3add17hc3e3a921b99301b6E", scope: !995, file: !140, line: 38, type: !996, scopeLine: 38, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !998)
!995 = !DINamespace(name: "{impl#59}", scope: !142)
!996 = !DISubroutineType(types: !997)
!997 = !{!85, !85, !90, !146}
!998 = !{!993}
!999 = !DILocation(line: 38, column: 30, scope: !994, inlinedAt: !1000)
!1000 = !DILocation(line: 186, column: 28, scope: !980)
!1001 = !DILocation(line: 39, column: 37, scope: !994, inlinedAt: !1000)
!1002 = !DILocation(line: 105, column: 45, scope: !1003, inlinedAt: !1005)
!1003 = distinct !DISubprogram(name: "add", linkageName: "_ZN45_$LT$f64$u20$as$u20$core..ops..arith..Add$GT$3add17hac1d02512570011cE", scope: !1004, file: !181, line: 105, type: !183, scopeLine: 105, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91)
!1004 = !DINamespace(name: "{impl#14}", scope: !142)
!1005 = !DILocation(line: 39, column: 17, scope: !994, inlinedAt: !1000)
!1006 = !DILocation(line: 186, column: 33, scope: !980)
!1007 = distinct !DISubprogram(name: "drop<f64, &alloc::alloc::Global>", linkageName: "_ZN70_$LT$alloc..rc..Weak$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hfc750127bed188ebE", scope: !1008, file: !752, line: 3649, type: !1009, scopeLine: 3649, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !399, retainedNodes: !1012)
!1008 = !DINamespace(name: "{impl#77}", scope: !347)
!1009 = !DISubroutineType(types: !1010)
!1010 = !{null, !1011}
!1011 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::rc::Weak<f64, &alloc::alloc::Global>", baseType: !395, size: 64, align: 64, dwarfAddressSpace: 0)
!1012 = !{!1013, !1014, !1020}
!1013 = !DILocalVariable(name: "self", arg: 1, scope: !1007, file: !752, line: 3649, type: !1011)
!1014 = !DILocalVariable(name: "inner", scope: !1015, file: !752, line: 3650, type: !1016, align: 64)
!1015 = distinct !DILexicalBlock(scope: !1007, file: !752, line: 3650, column: 9)
!1016 = !DICompositeType(tag: DW_TAG_structure_type, name: "WeakInner", scope: !347, file: !9, size: 128, align: 64, flags: DIFlagPrivate, elements: !1017, templateParams: !91, identifier: "9a343aed078ccae0a0ad57be001df1d7")
!1017 = !{!1018, !1019}
!1018 = !DIDerivedType(tag: DW_TAG_member, name: "weak", scope: !1016, file: !9, baseType: !899, size: 64, align: 64, flags: DIFlagPrivate)
!1019 = !DIDerivedType(tag: DW_TAG_member, name: "strong", scope: !1016, file: !9, baseType: !899, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!1020 = !DILocalVariable(name: "inner", scope: !1021, file: !752, line: 3650, type: !1016, align: 64)
!1021 = distinct !DILexicalBlock(scope: !1007, file: !752, line: 3650, column: 55)
!1022 = !DILocation(line: 3649, column: 13, scope: !1007)
!1023 = !DILocalVariable(name: "self", arg: 1, scope: !1024, file: !752, line: 3562, type: !1011)
!1024 = distinct !DISubprogram(name: "inner<f64, &alloc::alloc::Global>", linkageName: "_ZN5alloc2rc17Weak$LT$T$C$A$GT$5inner17h5abe26c5ef98f9a3E", scope: !395, file: !752, line: 3562, type: !1025, scopeLine: 3562, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !399, declaration: !1041, retainedNodes: !1042)
!1025 = !DISubroutineType(types: !1026)
!1026 = !{!1027, !1040}
!1027 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<alloc::rc::WeakInner>", scope: !703, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !1028, templateParams: !91, identifier: "ac04b1d8b6892114568c181718b973a2")
!1028 = !{!1029}
!1029 = !DICompositeType(tag: DW_TAG_variant_part, scope: !1027, file: !9, size: 128, align: 64, elements: !1030, templateParams: !91, identifier: "c4c92d30b846870e6a92d60b5b9f65e4", discriminator: !1039)
!1030 = !{!1031, !1035}
!1031 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !1029, file: !9, baseType: !1032, size: 128, align: 64, extraData: i64 0)
!1032 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !1027, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !91, templateParams: !1033, identifier: "31b096e63e5eacf87efe9f85fd6234c")
!1033 = !{!1034}
!1034 = !DITemplateTypeParameter(name: "T", type: !1016)
!1035 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !1029, file: !9, baseType: !1036, size: 128, align: 64)
!1036 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !1027, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !1037, templateParams: !1033, identifier: "1087020b0bfea13ba3d274a96fa53df1")
!1037 = !{!1038}
!1038 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1036, file: !9, baseType: !1016, size: 128, align: 64, flags: DIFlagPublic)
!1039 = !DIDerivedType(tag: DW_TAG_member, scope: !1027, file: !9, baseType: !13, size: 64, align: 64, flags: DIFlagArtificial)
!1040 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::rc::Weak<f64, &alloc::alloc::Global>", baseType: !395, size: 64, align: 64, dwarfAddressSpace: 0)
!1041 = !DISubprogram(name: "inner<f64, &alloc::alloc::Global>", linkageName: "_ZN5alloc2rc17Weak$LT$T$C$A$GT$5inner17h5abe26c5ef98f9a3E", scope: !395, file: !752, line: 3562, type: !1025, scopeLine: 3562, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !399)
!1042 = !{!1023, !1043}
!1043 = !DILocalVariable(name: "ptr", scope: !1044, file: !752, line: 3570, type: !771, align: 64)
!1044 = distinct !DILexicalBlock(scope: !1024, file: !752, line: 3570, column: 17)
!1045 = !DILocation(line: 3562, column: 14, scope: !1024, inlinedAt: !1046)
!1046 = !DILocation(line: 3650, column: 47, scope: !1021)
!1047 = !DILocation(line: 3563, column: 24, scope: !1024, inlinedAt: !1046)
!1048 = !DILocalVariable(name: "self", arg: 1, scope: !1049, file: !635, line: 401, type: !350)
!1049 = distinct !DISubprogram(name: "as_ptr<alloc::rc::RcInner<f64>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ptr17h90e47d654d362d40E", scope: !350, file: !635, line: 401, type: !769, scopeLine: 401, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !370, declaration: !772, retainedNodes: !1050)
!1050 = !{!1048}
!1051 = !DILocation(line: 401, column: 25, scope: !1049, inlinedAt: !1052)
!1052 = !DILocation(line: 3563, column: 33, scope: !1024, inlinedAt: !1046)
!1053 = !DILocalVariable(name: "ptr", arg: 1, scope: !1054, file: !752, line: 3244, type: !353)
!1054 = distinct !DISubprogram(name: "is_dangling<alloc::rc::RcInner<f64>>", linkageName: "_ZN5alloc2rc11is_dangling17hc73b52d8038d927aE", scope: !347, file: !752, line: 3244, type: !1055, scopeLine: 3244, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !370, retainedNodes: !1057)
!1055 = !DISubroutineType(types: !1056)
!1056 = !{!209, !353}
!1057 = !{!1053}
!1058 = !DILocation(line: 3244, column: 38, scope: !1054, inlinedAt: !1059)
!1059 = !DILocation(line: 3563, column: 12, scope: !1024, inlinedAt: !1046)
!1060 = !DILocalVariable(name: "self", arg: 1, scope: !1061, file: !472, line: 48, type: !353)
!1061 = distinct !DISubprogram(name: "cast<alloc::rc::RcInner<f64>, ()>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$4cast17h394838141d6f0101E", scope: !460, file: !472, line: 48, type: !1062, scopeLine: 48, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !1065, retainedNodes: !1064)
!1062 = !DISubroutineType(types: !1063)
!1063 = !{!248, !353}
!1064 = !{!1060}
!1065 = !{!371, !1066}
!1066 = !DITemplateTypeParameter(name: "U", type: !249)
!1067 = !DILocation(line: 48, column: 26, scope: !1061, inlinedAt: !1068)
!1068 = !DILocation(line: 3245, column: 10, scope: !1054, inlinedAt: !1059)
!1069 = !DILocation(line: 159, column: 18, scope: !1070, inlinedAt: !1073)
!1070 = distinct !DISubprogram(name: "addr<()>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$4addr17h6756a39d118d1b0dE", scope: !460, file: !472, line: 153, type: !1071, scopeLine: 153, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !250)
!1071 = !DISubroutineType(types: !1072)
!1072 = !{!122, !248}
!1073 = !DILocation(line: 3245, column: 24, scope: !1054, inlinedAt: !1059)
!1074 = !DILocation(line: 3660, column: 6, scope: !1007)
!1075 = !DILocation(line: 3570, column: 27, scope: !1024, inlinedAt: !1046)
!1076 = !DILocation(line: 401, column: 25, scope: !1049, inlinedAt: !1077)
!1077 = !DILocation(line: 3570, column: 36, scope: !1024, inlinedAt: !1046)
!1078 = !DILocation(line: 407, column: 18, scope: !1049, inlinedAt: !1077)
!1079 = !DILocation(line: 3570, column: 21, scope: !1044, inlinedAt: !1046)
!1080 = !DILocation(line: 3571, column: 59, scope: !1044, inlinedAt: !1046)
!1081 = !DILocation(line: 3569, column: 13, scope: !1024, inlinedAt: !1046)
!1082 = !DILocation(line: 3650, column: 33, scope: !1021)
!1083 = !DILocation(line: 3650, column: 57, scope: !1021)
!1084 = !DILocation(line: 3650, column: 13, scope: !1015)
!1085 = !DILocalVariable(name: "self", arg: 1, scope: !1086, file: !752, line: 3791, type: !1089)
!1086 = distinct !DISubprogram(name: "dec_weak<alloc::rc::WeakInner>", linkageName: "_ZN5alloc2rc10RcInnerPtr8dec_weak17h8dc76879d96e2aafE", scope: !886, file: !752, line: 3791, type: !1087, scopeLine: 3791, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !1091, retainedNodes: !1090)
!1087 = !DISubroutineType(types: !1088)
!1088 = !{null, !1089}
!1089 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::rc::WeakInner", baseType: !1016, size: 64, align: 64, dwarfAddressSpace: 0)
!1090 = !{!1085}
!1091 = !{!1092}
!1092 = !DITemplateTypeParameter(name: "Self", type: !1016)
!1093 = !DILocation(line: 3791, column: 17, scope: !1086, inlinedAt: !1094)
!1094 = !DILocation(line: 3652, column: 15, scope: !1015)
!1095 = !DILocalVariable(name: "self", arg: 1, scope: !1096, file: !752, line: 3810, type: !1089)
!1096 = distinct !DISubprogram(name: "weak_ref", linkageName: "_RNvXs1j_NtCslNYArtu3iFV_5alloc2rcNtB6_9WeakInnerNtB6_10RcInnerPtr8weak_ref", scope: !1097, file: !752, line: 3810, type: !1098, scopeLine: 3810, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !1100)
!1097 = !DINamespace(name: "{impl#83}", scope: !347)
!1098 = !DISubroutineType(types: !1099)
!1099 = !{!899, !1089}
!1100 = !{!1095}
!1101 = !DILocation(line: 3810, column: 17, scope: !1096, inlinedAt: !1102)
!1102 = !DILocation(line: 3792, column: 14, scope: !1086, inlinedAt: !1094)
!1103 = !DILocalVariable(name: "self", arg: 1, scope: !1104, file: !752, line: 3763, type: !1089)
!1104 = distinct !DISubprogram(name: "weak<alloc::rc::WeakInner>", linkageName: "_ZN5alloc2rc10RcInnerPtr4weak17h70c76e5ccf492361E", scope: !886, file: !752, line: 3763, type: !1105, scopeLine: 3763, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !1091, retainedNodes: !1107)
!1105 = !DISubroutineType(types: !1106)
!1106 = !{!122, !1089}
!1107 = !{!1103}
!1108 = !DILocation(line: 3763, column: 13, scope: !1104, inlinedAt: !1109)
!1109 = !DILocation(line: 3792, column: 34, scope: !1086, inlinedAt: !1094)
!1110 = !DILocation(line: 3810, column: 17, scope: !1096, inlinedAt: !1111)
!1111 = !DILocation(line: 3764, column: 14, scope: !1104, inlinedAt: !1109)
!1112 = !DILocation(line: 3811, column: 9, scope: !1096, inlinedAt: !1102)
!1113 = !DILocalVariable(name: "self", arg: 1, scope: !1114, file: !914, line: 433, type: !899)
!1114 = distinct !DISubprogram(name: "set<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3set17h3f33db66b4a8b950E", scope: !357, file: !914, line: 433, type: !915, scopeLine: 433, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !364, declaration: !917, retainedNodes: !1115)
!1115 = !{!1113, !1116}
!1116 = !DILocalVariable(name: "val", arg: 2, scope: !1114, file: !914, line: 433, type: !122)
!1117 = !DILocation(line: 433, column: 22, scope: !1114, inlinedAt: !1118)
!1118 = !DILocation(line: 3792, column: 25, scope: !1086, inlinedAt: !1094)
!1119 = !DILocalVariable(name: "self", arg: 1, scope: !1120, file: !914, line: 510, type: !899)
!1120 = distinct !DISubprogram(name: "replace<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$7replace17hb50b68de10d200caE", scope: !357, file: !914, line: 510, type: !924, scopeLine: 510, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !364, declaration: !926, retainedNodes: !1121)
!1121 = !{!1119, !1122}
!1122 = !DILocalVariable(name: "val", arg: 2, scope: !1120, file: !914, line: 510, type: !122)
!1123 = !DILocation(line: 510, column: 26, scope: !1120, inlinedAt: !1124)
!1124 = !DILocation(line: 437, column: 14, scope: !1114, inlinedAt: !1118)
!1125 = !DILocalVariable(name: "self", arg: 1, scope: !1126, file: !914, line: 552, type: !899)
!1126 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3get17h76c6e2e77367a0cbE", scope: !357, file: !914, line: 552, type: !933, scopeLine: 552, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !364, declaration: !935, retainedNodes: !1127)
!1127 = !{!1125}
!1128 = !DILocation(line: 552, column: 22, scope: !1126, inlinedAt: !1129)
!1129 = !DILocation(line: 3764, column: 25, scope: !1104, inlinedAt: !1109)
!1130 = !DILocation(line: 552, column: 22, scope: !1126, inlinedAt: !1131)
!1131 = !DILocation(line: 3764, column: 25, scope: !1132, inlinedAt: !1133)
!1132 = !DILexicalBlockFile(scope: !1104, file: !752, discriminator: 2)
!1133 = !DILocation(line: 3655, column: 18, scope: !1015)
!1134 = !DILocation(line: 555, column: 18, scope: !1126, inlinedAt: !1129)
!1135 = !DILocation(line: 3792, column: 29, scope: !1086, inlinedAt: !1094)
!1136 = !DILocation(line: 433, column: 29, scope: !1114, inlinedAt: !1118)
!1137 = !DILocation(line: 510, column: 33, scope: !1120, inlinedAt: !1124)
!1138 = !DILocation(line: 902, column: 49, scope: !1139, inlinedAt: !1140)
!1139 = distinct !DISubprogram(name: "replace<usize>", linkageName: "_ZN4core3mem7replace17h88b038504c1d9121E", scope: !946, file: !945, line: 887, type: !947, scopeLine: 887, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !364)
!1140 = !DILocation(line: 513, column: 9, scope: !1120, inlinedAt: !1124)
!1141 = !DILocation(line: 3763, column: 13, scope: !1104, inlinedAt: !1133)
!1142 = !DILocation(line: 3810, column: 17, scope: !1096, inlinedAt: !1143)
!1143 = !DILocation(line: 3764, column: 14, scope: !1132, inlinedAt: !1133)
!1144 = !DILocation(line: 555, column: 18, scope: !1126, inlinedAt: !1131)
!1145 = !DILocation(line: 3655, column: 12, scope: !1015)
!1146 = !DILocation(line: 3657, column: 17, scope: !1015)
!1147 = !DILocation(line: 3657, column: 39, scope: !1015)
!1148 = !DILocalVariable(name: "self", arg: 1, scope: !1149, file: !635, line: 502, type: !350)
!1149 = distinct !DISubprogram(name: "cast<alloc::rc::RcInner<f64>, u8>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$4cast17h5ddf36447c029716E", scope: !350, file: !635, line: 502, type: !1150, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !1153, declaration: !1152, retainedNodes: !1155)
!1150 = !DISubroutineType(types: !1151)
!1151 = !{!110, !350}
!1152 = !DISubprogram(name: "cast<alloc::rc::RcInner<f64>, u8>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$4cast17h5ddf36447c029716E", scope: !350, file: !635, line: 502, type: !1150, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !1153)
!1153 = !{!371, !1154}
!1154 = !DITemplateTypeParameter(name: "U", type: !115)
!1155 = !{!1148}
!1156 = !DILocation(line: 502, column: 26, scope: !1149, inlinedAt: !1157)
!1157 = !DILocation(line: 3657, column: 48, scope: !1015)
!1158 = !DILocation(line: 3657, column: 78, scope: !1015)
!1159 = !DILocation(line: 401, column: 25, scope: !1049, inlinedAt: !1160)
!1160 = !DILocation(line: 3657, column: 87, scope: !1015)
!1161 = !DILocalVariable(name: "t", arg: 1, scope: !1162, file: !565, line: 253, type: !353)
!1162 = distinct !DISubprogram(name: "for_value_raw<alloc::rc::RcInner<f64>>", linkageName: "_ZN4core5alloc6layout6Layout13for_value_raw17h23744fd515990e04E", scope: !118, file: !565, line: 253, type: !1163, scopeLine: 253, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !370, declaration: !1165, retainedNodes: !1166)
!1163 = !DISubroutineType(types: !1164)
!1164 = !{!118, !353}
!1165 = !DISubprogram(name: "for_value_raw<alloc::rc::RcInner<f64>>", linkageName: "_ZN4core5alloc6layout6Layout13for_value_raw17h23744fd515990e04E", scope: !118, file: !565, line: 253, type: !1163, scopeLine: 253, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !370)
!1166 = !{!1161, !1167, !1169}
!1167 = !DILocalVariable(name: "size", scope: !1168, file: !565, line: 255, type: !122, align: 64)
!1168 = distinct !DILexicalBlock(scope: !1162, file: !565, line: 255, column: 9)
!1169 = !DILocalVariable(name: "alignment", scope: !1168, file: !565, line: 255, type: !124, align: 64)
!1170 = !DILocation(line: 253, column: 50, scope: !1162, inlinedAt: !1171)
!1171 = !DILocation(line: 3657, column: 56, scope: !1015)
!1172 = !DILocalVariable(name: "val", arg: 1, scope: !1173, file: !945, line: 427, type: !353)
!1173 = distinct !DISubprogram(name: "size_of_val_raw<alloc::rc::RcInner<f64>>", linkageName: "_ZN4core3mem15size_of_val_raw17h3e0a707c42530e4aE", scope: !946, file: !945, line: 427, type: !1174, scopeLine: 427, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !370, retainedNodes: !1176)
!1174 = !DISubroutineType(types: !1175)
!1175 = !{!122, !353}
!1176 = !{!1172}
!1177 = !DILocation(line: 427, column: 48, scope: !1173, inlinedAt: !1178)
!1178 = !DILocation(line: 255, column: 43, scope: !1162, inlinedAt: !1171)
!1179 = !DILocalVariable(name: "val", arg: 1, scope: !1180, file: !424, line: 123, type: !353)
!1180 = distinct !DISubprogram(name: "of_val_raw<alloc::rc::RcInner<f64>>", linkageName: "_ZN4core3ptr9alignment9Alignment10of_val_raw17h9a150d26e2a62f74E", scope: !124, file: !424, line: 123, type: !1181, scopeLine: 123, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !370, declaration: !1183, retainedNodes: !1184)
!1181 = !DISubroutineType(types: !1182)
!1182 = !{!124, !353}
!1183 = !DISubprogram(name: "of_val_raw<alloc::rc::RcInner<f64>>", linkageName: "_ZN4core3ptr9alignment9Alignment10of_val_raw17h9a150d26e2a62f74E", scope: !124, file: !424, line: 123, type: !1181, scopeLine: 123, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !370)
!1184 = !{!1179, !1185}
!1185 = !DILocalVariable(name: "align", scope: !1186, file: !424, line: 125, type: !122, align: 64)
!1186 = distinct !DILexicalBlock(scope: !1180, file: !424, line: 125, column: 9)
!1187 = !DILocation(line: 123, column: 50, scope: !1180, inlinedAt: !1188)
!1188 = !DILocation(line: 255, column: 68, scope: !1162, inlinedAt: !1171)
!1189 = !DILocalVariable(name: "val", arg: 1, scope: !1190, file: !945, line: 566, type: !353)
!1190 = distinct !DISubprogram(name: "align_of_val_raw<alloc::rc::RcInner<f64>>", linkageName: "_ZN4core3mem16align_of_val_raw17h8a18f3e62199678bE", scope: !946, file: !945, line: 566, type: !1174, scopeLine: 566, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !370, retainedNodes: !1191)
!1191 = !{!1189}
!1192 = !DILocation(line: 566, column: 49, scope: !1190, inlinedAt: !1193)
!1193 = !DILocation(line: 125, column: 30, scope: !1180, inlinedAt: !1188)
!1194 = !DILocation(line: 429, column: 14, scope: !1173, inlinedAt: !1178)
!1195 = !DILocation(line: 255, column: 14, scope: !1168, inlinedAt: !1171)
!1196 = !DILocalVariable(name: "size", arg: 1, scope: !1197, file: !565, line: 156, type: !122)
!1197 = distinct !DISubprogram(name: "from_size_alignment_unchecked", linkageName: "_ZN4core5alloc6layout6Layout29from_size_alignment_unchecked17h4c149bae535c51bcE", scope: !118, file: !565, line: 156, type: !1198, scopeLine: 156, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, declaration: !1200, retainedNodes: !1201)
!1198 = !DISubroutineType(types: !1199)
!1199 = !{!118, !122, !124, !146}
!1200 = !DISubprogram(name: "from_size_alignment_unchecked", linkageName: "_ZN4core5alloc6layout6Layout29from_size_alignment_unchecked17h4c149bae535c51bcE", scope: !118, file: !565, line: 156, type: !1198, scopeLine: 156, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !91)
!1201 = !{!1196, !1202}
!1202 = !DILocalVariable(name: "alignment", arg: 2, scope: !1197, file: !565, line: 156, type: !124)
!1203 = !DILocation(line: 156, column: 55, scope: !1197, inlinedAt: !1204)
!1204 = !DILocation(line: 257, column: 18, scope: !1168, inlinedAt: !1171)
!1205 = !DILocation(line: 568, column: 14, scope: !1190, inlinedAt: !1193)
!1206 = !DILocation(line: 125, column: 13, scope: !1186, inlinedAt: !1188)
!1207 = !DILocalVariable(name: "align", arg: 1, scope: !1208, file: !424, line: 156, type: !122)
!1208 = distinct !DISubprogram(name: "new_unchecked", linkageName: "_ZN4core3ptr9alignment9Alignment13new_unchecked17hb32b18840441da79E", scope: !124, file: !424, line: 156, type: !1209, scopeLine: 156, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, declaration: !1211, retainedNodes: !1212)
!1209 = !DISubroutineType(types: !1210)
!1210 = !{!124, !122, !146}
!1211 = !DISubprogram(name: "new_unchecked", linkageName: "_ZN4core3ptr9alignment9Alignment13new_unchecked17hb32b18840441da79E", scope: !124, file: !424, line: 156, type: !1209, scopeLine: 156, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !91)
!1212 = !{!1207}
!1213 = !DILocation(line: 156, column: 39, scope: !1208, inlinedAt: !1214)
!1214 = !DILocation(line: 127, column: 18, scope: !1186, inlinedAt: !1188)
!1215 = !DILocation(line: 77, column: 35, scope: !1216, inlinedAt: !1214)
!1216 = !DILexicalBlockFile(scope: !1208, file: !188, discriminator: 0)
!1217 = !DILocation(line: 3655, column: 9, scope: !1015)
!1218 = !DILocation(line: 78, column: 17, scope: !1216, inlinedAt: !1214)
!1219 = !DILocation(line: 165, column: 18, scope: !1208, inlinedAt: !1214)
!1220 = !DILocation(line: 255, column: 20, scope: !1168, inlinedAt: !1171)
!1221 = !DILocation(line: 156, column: 68, scope: !1197, inlinedAt: !1204)
!1222 = !DILocation(line: 77, column: 35, scope: !1223, inlinedAt: !1204)
!1223 = !DILexicalBlockFile(scope: !1197, file: !188, discriminator: 0)
!1224 = !DILocation(line: 78, column: 17, scope: !1223, inlinedAt: !1204)
!1225 = !DILocation(line: 3657, column: 28, scope: !1015)
!1226 = distinct !DISubprogram(name: "drop<f64, alloc::alloc::Global>", linkageName: "_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h8e3daccabc4a545fE", scope: !1228, file: !1227, line: 1913, type: !1230, scopeLine: 1913, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !375, retainedNodes: !1233)
!1227 = !DIFile(filename: "library/alloc/src/boxed.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "c2c961396e00891ae9e97f5dc112a35a")
!1228 = !DINamespace(name: "{impl#10}", scope: !1229)
!1229 = !DINamespace(name: "boxed", scope: !109)
!1230 = !DISubroutineType(types: !1231)
!1231 = !{null, !1232}
!1232 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::boxed::Box<f64, alloc::alloc::Global>", baseType: !385, size: 64, align: 64, dwarfAddressSpace: 0)
!1233 = !{!1234, !1235, !1235, !1243}
!1234 = !DILocalVariable(name: "self", arg: 1, scope: !1226, file: !1227, line: 1913, type: !1232)
!1235 = !DILocalVariable(name: "ptr", scope: !1236, file: !1227, line: 1916, type: !1237, align: 64)
!1236 = distinct !DILexicalBlock(scope: !1226, file: !1227, line: 1916, column: 9)
!1237 = !DICompositeType(tag: DW_TAG_structure_type, name: "Unique<f64>", scope: !1238, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !1239, templateParams: !368, identifier: "2a07b1b097425087455e9c82fbd5eb34")
!1238 = !DINamespace(name: "unique", scope: !11)
!1239 = !{!1240, !1241}
!1240 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !1237, file: !9, baseType: !535, size: 64, align: 64, flags: DIFlagPrivate)
!1241 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !1237, file: !9, baseType: !1242, align: 8, offset: 64, flags: DIFlagPrivate)
!1242 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<f64>", scope: !165, file: !9, align: 8, flags: DIFlagPublic, elements: !91, templateParams: !368, identifier: "fac14b3484ae5e1bc87b28c2b0248abe")
!1243 = !DILocalVariable(name: "layout", scope: !1244, file: !1227, line: 1919, type: !118, align: 64)
!1244 = distinct !DILexicalBlock(scope: !1236, file: !1227, line: 1919, column: 13)
!1245 = !DILocation(line: 1913, column: 13, scope: !1226)
!1246 = !DILocation(line: 1916, column: 19, scope: !1226)
!1247 = !DILocation(line: 1916, column: 13, scope: !1236)
!1248 = !DILocalVariable(name: "self", scope: !1249, file: !1250, line: 111, type: !1237, align: 64)
!1249 = distinct !DISubprogram(name: "as_ptr<f64>", linkageName: "_ZN4core3ptr6unique15Unique$LT$T$GT$6as_ptr17h397df7fe89f88a4eE", scope: !1237, file: !1250, line: 111, type: !1251, scopeLine: 111, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !368, declaration: !1253, retainedNodes: !1254)
!1250 = !DIFile(filename: "library/core/src/ptr/unique.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "0c883d1b87b1db3c71f2415930363405")
!1251 = !DISubroutineType(types: !1252)
!1252 = !{!666, !1237}
!1253 = !DISubprogram(name: "as_ptr<f64>", linkageName: "_ZN4core3ptr6unique15Unique$LT$T$GT$6as_ptr17h397df7fe89f88a4eE", scope: !1237, file: !1250, line: 111, type: !1251, scopeLine: 111, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !368)
!1254 = !{!1248, !1248}
!1255 = !DILocation(line: 111, column: 25, scope: !1249, inlinedAt: !1256)
!1256 = !DILocation(line: 1919, column: 52, scope: !1236)
!1257 = !DILocalVariable(name: "self", scope: !1258, file: !1250, line: 151, type: !1237, align: 64)
!1258 = distinct !DISubprogram(name: "cast<f64, u8>", linkageName: "_ZN4core3ptr6unique15Unique$LT$T$GT$4cast17h54c8d86f5330bd56E", scope: !1237, file: !1250, line: 151, type: !1259, scopeLine: 151, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !1267, declaration: !1266, retainedNodes: !1268)
!1259 = !DISubroutineType(types: !1260)
!1260 = !{!1261, !1237}
!1261 = !DICompositeType(tag: DW_TAG_structure_type, name: "Unique<u8>", scope: !1238, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !1262, templateParams: !116, identifier: "3c59e741c9569c78cbe381fa3cbee4e5")
!1262 = !{!1263, !1264}
!1263 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !1261, file: !9, baseType: !110, size: 64, align: 64, flags: DIFlagPrivate)
!1264 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !1261, file: !9, baseType: !1265, align: 8, offset: 64, flags: DIFlagPrivate)
!1265 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<u8>", scope: !165, file: !9, align: 8, flags: DIFlagPublic, elements: !91, templateParams: !116, identifier: "15bae875c56c7c0f828edf19d836075e")
!1266 = !DISubprogram(name: "cast<f64, u8>", linkageName: "_ZN4core3ptr6unique15Unique$LT$T$GT$4cast17h54c8d86f5330bd56E", scope: !1237, file: !1250, line: 151, type: !1259, scopeLine: 151, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !1267)
!1267 = !{!369, !1154}
!1268 = !{!1257, !1257}
!1269 = !DILocation(line: 151, column: 26, scope: !1258, inlinedAt: !1270)
!1270 = !DILocation(line: 1921, column: 50, scope: !1244)
!1271 = !DILocation(line: 1919, column: 48, scope: !1236)
!1272 = !DILocalVariable(name: "t", arg: 1, scope: !1273, file: !565, line: 253, type: !538)
!1273 = distinct !DISubprogram(name: "for_value_raw<f64>", linkageName: "_ZN4core5alloc6layout6Layout13for_value_raw17h6841e950e1121da9E", scope: !118, file: !565, line: 253, type: !1274, scopeLine: 253, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !368, declaration: !1276, retainedNodes: !1277)
!1274 = !DISubroutineType(types: !1275)
!1275 = !{!118, !538}
!1276 = !DISubprogram(name: "for_value_raw<f64>", linkageName: "_ZN4core5alloc6layout6Layout13for_value_raw17h6841e950e1121da9E", scope: !118, file: !565, line: 253, type: !1274, scopeLine: 253, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !368)
!1277 = !{!1272, !1278, !1280}
!1278 = !DILocalVariable(name: "size", scope: !1279, file: !565, line: 255, type: !122, align: 64)
!1279 = distinct !DILexicalBlock(scope: !1273, file: !565, line: 255, column: 9)
!1280 = !DILocalVariable(name: "alignment", scope: !1279, file: !565, line: 255, type: !124, align: 64)
!1281 = !DILocation(line: 253, column: 50, scope: !1273, inlinedAt: !1282)
!1282 = !DILocation(line: 1919, column: 26, scope: !1236)
!1283 = !DILocalVariable(name: "val", arg: 1, scope: !1284, file: !945, line: 427, type: !538)
!1284 = distinct !DISubprogram(name: "size_of_val_raw<f64>", linkageName: "_ZN4core3mem15size_of_val_raw17h91cfa7d03209e707E", scope: !946, file: !945, line: 427, type: !1285, scopeLine: 427, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !368, retainedNodes: !1287)
!1285 = !DISubroutineType(types: !1286)
!1286 = !{!122, !538}
!1287 = !{!1283}
!1288 = !DILocation(line: 427, column: 48, scope: !1284, inlinedAt: !1289)
!1289 = !DILocation(line: 255, column: 43, scope: !1273, inlinedAt: !1282)
!1290 = !DILocalVariable(name: "val", arg: 1, scope: !1291, file: !424, line: 123, type: !538)
!1291 = distinct !DISubprogram(name: "of_val_raw<f64>", linkageName: "_ZN4core3ptr9alignment9Alignment10of_val_raw17hfb5e8d18afa27ebeE", scope: !124, file: !424, line: 123, type: !1292, scopeLine: 123, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !368, declaration: !1294, retainedNodes: !1295)
!1292 = !DISubroutineType(types: !1293)
!1293 = !{!124, !538}
!1294 = !DISubprogram(name: "of_val_raw<f64>", linkageName: "_ZN4core3ptr9alignment9Alignment10of_val_raw17hfb5e8d18afa27ebeE", scope: !124, file: !424, line: 123, type: !1292, scopeLine: 123, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !368)
!1295 = !{!1290, !1296}
!1296 = !DILocalVariable(name: "align", scope: !1297, file: !424, line: 125, type: !122, align: 64)
!1297 = distinct !DILexicalBlock(scope: !1291, file: !424, line: 125, column: 9)
!1298 = !DILocation(line: 123, column: 50, scope: !1291, inlinedAt: !1299)
!1299 = !DILocation(line: 255, column: 68, scope: !1273, inlinedAt: !1282)
!1300 = !DILocalVariable(name: "val", arg: 1, scope: !1301, file: !945, line: 566, type: !538)
!1301 = distinct !DISubprogram(name: "align_of_val_raw<f64>", linkageName: "_ZN4core3mem16align_of_val_raw17h046a5a9693cb9494E", scope: !946, file: !945, line: 566, type: !1285, scopeLine: 566, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !368, retainedNodes: !1302)
!1302 = !{!1300}
!1303 = !DILocation(line: 566, column: 49, scope: !1301, inlinedAt: !1304)
!1304 = !DILocation(line: 125, column: 30, scope: !1291, inlinedAt: !1299)
!1305 = !DILocation(line: 429, column: 14, scope: !1284, inlinedAt: !1289)
!1306 = !DILocation(line: 255, column: 14, scope: !1279, inlinedAt: !1282)
!1307 = !DILocalVariable(name: "size", arg: 1, scope: !1308, file: !565, line: 156, type: !122)
!1308 = distinct !DISubprogram(name: "from_size_alignment_unchecked", linkageName: "_ZN4core5alloc6layout6Layout29from_size_alignment_unchecked17h4c149bae535c51bcE", scope: !118, file: !565, line: 156, type: !1198, scopeLine: 156, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, declaration: !1200, retainedNodes: !1309)
!1309 = !{!1307, !1310}
!1310 = !DILocalVariable(name: "alignment", arg: 2, scope: !1308, file: !565, line: 156, type: !124)
!1311 = !DILocation(line: 156, column: 55, scope: !1308, inlinedAt: !1312)
!1312 = !DILocation(line: 257, column: 18, scope: !1279, inlinedAt: !1282)
!1313 = !DILocation(line: 568, column: 14, scope: !1301, inlinedAt: !1304)
!1314 = !DILocation(line: 125, column: 13, scope: !1297, inlinedAt: !1299)
!1315 = !DILocalVariable(name: "align", arg: 1, scope: !1316, file: !424, line: 156, type: !122)
!1316 = distinct !DISubprogram(name: "new_unchecked", linkageName: "_ZN4core3ptr9alignment9Alignment13new_unchecked17hb32b18840441da79E", scope: !124, file: !424, line: 156, type: !1209, scopeLine: 156, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, declaration: !1211, retainedNodes: !1317)
!1317 = !{!1315}
!1318 = !DILocation(line: 156, column: 39, scope: !1316, inlinedAt: !1319)
!1319 = !DILocation(line: 127, column: 18, scope: !1297, inlinedAt: !1299)
!1320 = !DILocation(line: 77, column: 35, scope: !1321, inlinedAt: !1319)
!1321 = !DILexicalBlockFile(scope: !1316, file: !188, discriminator: 0)
!1322 = !DILocation(line: 78, column: 17, scope: !1321, inlinedAt: !1319)
!1323 = !DILocation(line: 165, column: 18, scope: !1316, inlinedAt: !1319)
!1324 = !DILocation(line: 255, column: 20, scope: !1279, inlinedAt: !1282)
!1325 = !DILocation(line: 156, column: 68, scope: !1308, inlinedAt: !1312)
!1326 = !DILocation(line: 77, column: 35, scope: !1327, inlinedAt: !1312)
!1327 = !DILexicalBlockFile(scope: !1308, file: !188, discriminator: 0)
!1328 = !DILocation(line: 78, column: 17, scope: !1327, inlinedAt: !1312)
!1329 = !DILocation(line: 167, column: 9, scope: !1308, inlinedAt: !1312)
!1330 = !DILocation(line: 1919, column: 17, scope: !1244)
!1331 = !DILocalVariable(name: "self", arg: 1, scope: !1332, file: !565, line: 175, type: !834)
!1332 = distinct !DISubprogram(name: "size", linkageName: "_ZN4core5alloc6layout6Layout4size17he293a4feadbcffbdE", scope: !118, file: !565, line: 175, type: !832, scopeLine: 175, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, declaration: !835, retainedNodes: !1333)
!1333 = !{!1331}
!1334 = !DILocation(line: 175, column: 23, scope: !1332, inlinedAt: !1335)
!1335 = !DILocation(line: 1920, column: 23, scope: !1244)
!1336 = !DILocation(line: 1920, column: 16, scope: !1244)
!1337 = !DILocation(line: 1924, column: 6, scope: !1226)
!1338 = !DILocation(line: 1921, column: 17, scope: !1244)
!1339 = !DILocation(line: 504, column: 18, scope: !1340, inlinedAt: !1344)
!1340 = distinct !DISubprogram(name: "cast<f64, u8>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$4cast17h8328e15871af2659E", scope: !535, file: !635, line: 502, type: !1341, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !1267, declaration: !1343)
!1341 = !DISubroutineType(types: !1342)
!1342 = !{!110, !535}
!1343 = !DISubprogram(name: "cast<f64, u8>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$4cast17h8328e15871af2659E", scope: !535, file: !635, line: 502, type: !1341, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !1267)
!1344 = !DILocation(line: 154, column: 40, scope: !1258, inlinedAt: !1270)
!1345 = !DILocalVariable(name: "unique", scope: !1346, file: !635, line: 1754, type: !1261, align: 64)
!1346 = distinct !DISubprogram(name: "from<u8>", linkageName: "_ZN119_$LT$core..ptr..non_null..NonNull$LT$T$GT$$u20$as$u20$core..convert..From$LT$core..ptr..unique..Unique$LT$T$GT$$GT$$GT$4from17hf19f3540b5bc6fcdE", scope: !1347, file: !635, line: 1754, type: !1348, scopeLine: 1754, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !116, retainedNodes: !1350)
!1347 = !DINamespace(name: "{impl#20}", scope: !111)
!1348 = !DISubroutineType(types: !1349)
!1349 = !{!110, !1261}
!1350 = !{!1345, !1345}
!1351 = !DILocation(line: 1754, column: 13, scope: !1346, inlinedAt: !1352)
!1352 = !DILocation(line: 1921, column: 35, scope: !1244)
!1353 = !DILocation(line: 1921, column: 24, scope: !1244)
!1354 = !DILocation(line: 1920, column: 13, scope: !1244)
!1355 = distinct !DISubprogram(name: "deref<f64, alloc::alloc::Global>", linkageName: "_ZN72_$LT$alloc..vec..Vec$LT$T$C$A$GT$$u20$as$u20$core..ops..deref..Deref$GT$5deref17h91328178b0b1f517E", scope: !1357, file: !1356, line: 3728, type: !1359, scopeLine: 3728, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !375, retainedNodes: !1380)
!1356 = !DIFile(filename: "library/alloc/src/vec/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "561105229399139e451a3aa6309b761e")
!1357 = !DINamespace(name: "{impl#9}", scope: !1358)
!1358 = !DINamespace(name: "vec", scope: !109)
!1359 = !DISubroutineType(types: !1360)
!1360 = !{!611, !1361}
!1361 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::vec::Vec<f64, alloc::alloc::Global>", baseType: !1362, size: 64, align: 64, dwarfAddressSpace: 0)
!1362 = !DICompositeType(tag: DW_TAG_structure_type, name: "Vec<f64, alloc::alloc::Global>", scope: !1358, file: !9, size: 192, align: 64, flags: DIFlagPublic, elements: !1363, templateParams: !375, identifier: "719081b40ac88b8d87e285172fa12cf8")
!1363 = !{!1364, !1379}
!1364 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1362, file: !9, baseType: !1365, size: 128, align: 64, flags: DIFlagPrivate)
!1365 = !DICompositeType(tag: DW_TAG_structure_type, name: "RawVec<f64, alloc::alloc::Global>", scope: !1366, file: !9, size: 128, align: 64, flags: DIFlagProtected, elements: !1367, templateParams: !375, identifier: "ac4d7042607b0360fbb8cdc4ffb2014e")
!1366 = !DINamespace(name: "raw_vec", scope: !109)
!1367 = !{!1368, !1378}
!1368 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !1365, file: !9, baseType: !1369, size: 128, align: 64, flags: DIFlagPrivate)
!1369 = !DICompositeType(tag: DW_TAG_structure_type, name: "RawVecInner<alloc::alloc::Global>", scope: !1366, file: !9, size: 128, align: 64, flags: DIFlagPrivate, elements: !1370, templateParams: !131, identifier: "45ea25bc7f42e606fa74c731a5e7f80c")
!1370 = !{!1371, !1372, !1377}
!1371 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !1369, file: !9, baseType: !1261, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!1372 = !DIDerivedType(tag: DW_TAG_member, name: "cap", scope: !1369, file: !9, baseType: !1373, size: 64, align: 64, flags: DIFlagPrivate)
!1373 = !DICompositeType(tag: DW_TAG_structure_type, name: "UsizeNoHighBit", scope: !1374, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !1375, templateParams: !91, identifier: "cad7375c0c871c072d809328de25b44")
!1374 = !DINamespace(name: "niche_types", scope: !191)
!1375 = !{!1376}
!1376 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1373, file: !9, baseType: !122, size: 64, align: 64, flags: DIFlagPrivate)
!1377 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !1369, file: !9, baseType: !107, align: 8, offset: 128, flags: DIFlagPrivate)
!1378 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !1365, file: !9, baseType: !1242, align: 8, offset: 128, flags: DIFlagPrivate)
!1379 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1362, file: !9, baseType: !122, size: 64, align: 64, offset: 128, flags: DIFlagPrivate)
!1380 = !{!1381}
!1381 = !DILocalVariable(name: "self", arg: 1, scope: !1355, file: !1356, line: 3728, type: !1361)
!1382 = !DILocation(line: 3728, column: 14, scope: !1355)
!1383 = !DILocalVariable(name: "self", arg: 1, scope: !1384, file: !1356, line: 1798, type: !1361)
!1384 = distinct !DISubprogram(name: "as_slice<f64, alloc::alloc::Global>", linkageName: "_ZN5alloc3vec16Vec$LT$T$C$A$GT$8as_slice17heb4bc6e4c07701d4E", scope: !1362, file: !1356, line: 1798, type: !1359, scopeLine: 1798, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !375, declaration: !1385, retainedNodes: !1386)
!1385 = !DISubprogram(name: "as_slice<f64, alloc::alloc::Global>", linkageName: "_ZN5alloc3vec16Vec$LT$T$C$A$GT$8as_slice17heb4bc6e4c07701d4E", scope: !1362, file: !1356, line: 1798, type: !1359, scopeLine: 1798, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !375)
!1386 = !{!1383}
!1387 = !DILocation(line: 1798, column: 27, scope: !1384, inlinedAt: !1388)
!1388 = !DILocation(line: 3729, column: 14, scope: !1355)
!1389 = !DILocalVariable(name: "self", arg: 1, scope: !1390, file: !1356, line: 1913, type: !1361)
!1390 = distinct !DISubprogram(name: "as_ptr<f64, alloc::alloc::Global>", linkageName: "_ZN5alloc3vec16Vec$LT$T$C$A$GT$6as_ptr17h18e12dd5262ea92dE", scope: !1362, file: !1356, line: 1913, type: !1391, scopeLine: 1913, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !375, declaration: !1393, retainedNodes: !1394)
!1391 = !DISubroutineType(types: !1392)
!1392 = !{!538, !1361}
!1393 = !DISubprogram(name: "as_ptr<f64, alloc::alloc::Global>", linkageName: "_ZN5alloc3vec16Vec$LT$T$C$A$GT$6as_ptr17h18e12dd5262ea92dE", scope: !1362, file: !1356, line: 1913, type: !1391, scopeLine: 1913, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !375)
!1394 = !{!1389}
!1395 = !DILocation(line: 1913, column: 25, scope: !1390, inlinedAt: !1396)
!1396 = !DILocation(line: 1815, column: 76, scope: !1384, inlinedAt: !1388)
!1397 = !DILocation(line: 612, column: 9, scope: !1398, inlinedAt: !1405)
!1398 = distinct !DISubprogram(name: "non_null<alloc::alloc::Global, f64>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$8non_null17h9469610307534d5aE", scope: !1369, file: !1399, line: 611, type: !1400, scopeLine: 611, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !1404, declaration: !1403)
!1399 = !DIFile(filename: "library/alloc/src/raw_vec/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "78584250230dfe0aae92794a07566ae7")
!1400 = !DISubroutineType(types: !1401)
!1401 = !{!535, !1402}
!1402 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::raw_vec::RawVecInner<alloc::alloc::Global>", baseType: !1369, size: 64, align: 64, dwarfAddressSpace: 0)
!1403 = !DISubprogram(name: "non_null<alloc::alloc::Global, f64>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$8non_null17h9469610307534d5aE", scope: !1369, file: !1399, line: 611, type: !1400, scopeLine: 611, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !1404)
!1404 = !{!132, !369}
!1405 = !DILocation(line: 607, column: 14, scope: !1406, inlinedAt: !1410)
!1406 = distinct !DISubprogram(name: "ptr<alloc::alloc::Global, f64>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$3ptr17h5836f654271c0bbeE", scope: !1369, file: !1399, line: 606, type: !1407, scopeLine: 606, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !1404, declaration: !1409)
!1407 = !DISubroutineType(types: !1408)
!1408 = !{!666, !1402}
!1409 = !DISubprogram(name: "ptr<alloc::alloc::Global, f64>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$3ptr17h5836f654271c0bbeE", scope: !1369, file: !1399, line: 606, type: !1407, scopeLine: 606, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !1404)
!1410 = !DILocation(line: 295, column: 20, scope: !1411, inlinedAt: !1416)
!1411 = distinct !DISubprogram(name: "ptr<f64, alloc::alloc::Global>", linkageName: "_ZN5alloc7raw_vec19RawVec$LT$T$C$A$GT$3ptr17h49f0195fd548e13fE", scope: !1365, file: !1399, line: 294, type: !1412, scopeLine: 294, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !375, declaration: !1415)
!1412 = !DISubroutineType(types: !1413)
!1413 = !{!666, !1414}
!1414 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::raw_vec::RawVec<f64, alloc::alloc::Global>", baseType: !1365, size: 64, align: 64, dwarfAddressSpace: 0)
!1415 = !DISubprogram(name: "ptr<f64, alloc::alloc::Global>", linkageName: "_ZN5alloc7raw_vec19RawVec$LT$T$C$A$GT$3ptr17h49f0195fd548e13fE", scope: !1365, file: !1399, line: 294, type: !1412, scopeLine: 294, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !375)
!1416 = !DILocation(line: 1916, column: 18, scope: !1390, inlinedAt: !1396)
!1417 = !DILocation(line: 1815, column: 86, scope: !1384, inlinedAt: !1388)
!1418 = !DILocation(line: 3730, column: 6, scope: !1355)
!1419 = distinct !DISubprogram(name: "fold<f64, f64, core::iter::traits::accum::{impl#134}::sum::{closure_env#0}<core::slice::iter::Iter<f64>>>", linkageName: "_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17hc57a5bd524d8fa92E", scope: !1421, file: !1420, line: 259, type: !1422, scopeLine: 259, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !1442, retainedNodes: !1424)
!1420 = !DIFile(filename: "library/core/src/slice/iter/macros.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "87d1f0c2746f51593d75ddf4c9271f14")
!1421 = !DINamespace(name: "{impl#171}", scope: !531)
!1422 = !DISubroutineType(types: !1423)
!1423 = !{!85, !530, !85, !985}
!1424 = !{!1425, !1426, !1427, !1428, !1430, !1432, !1434, !1436, !1438, !1440}
!1425 = !DILocalVariable(name: "self", arg: 1, scope: !1419, file: !1420, line: 259, type: !530)
!1426 = !DILocalVariable(name: "init", arg: 2, scope: !1419, file: !1420, line: 259, type: !85)
!1427 = !DILocalVariable(name: "f", arg: 3, scope: !1419, file: !1420, line: 259, type: !985)
!1428 = !DILocalVariable(name: "len", scope: !1429, file: !1420, line: 29, type: !122, align: 64)
!1429 = distinct !DILexicalBlock(scope: !1419, file: !1420, line: 29, column: 13)
!1430 = !DILocalVariable(name: "end", scope: !1431, file: !1420, line: 33, type: !535, align: 64)
!1431 = distinct !DILexicalBlock(scope: !1419, file: !1420, line: 33, column: 13)
!1432 = !DILocalVariable(name: "acc", scope: !1433, file: !1420, line: 273, type: !85, align: 64)
!1433 = distinct !DILexicalBlock(scope: !1419, file: !1420, line: 273, column: 17)
!1434 = !DILocalVariable(name: "i", scope: !1435, file: !1420, line: 274, type: !122, align: 64)
!1435 = distinct !DILexicalBlock(scope: !1433, file: !1420, line: 274, column: 17)
!1436 = !DILocalVariable(name: "len", scope: !1437, file: !1420, line: 275, type: !122, align: 64)
!1437 = distinct !DILexicalBlock(scope: !1435, file: !1420, line: 275, column: 17)
!1438 = !DILocalVariable(name: "len", scope: !1439, file: !1420, line: 29, type: !122, align: 64)
!1439 = distinct !DILexicalBlock(scope: !1435, file: !1420, line: 29, column: 13)
!1440 = !DILocalVariable(name: "end", scope: !1441, file: !1420, line: 33, type: !535, align: 64)
!1441 = distinct !DILexicalBlock(scope: !1435, file: !1420, line: 33, column: 13)
!1442 = !{!369, !1443, !1444}
!1443 = !DITemplateTypeParameter(name: "B", type: !85)
!1444 = !DITemplateTypeParameter(name: "F", type: !985)
!1445 = !DILocation(line: 259, column: 27, scope: !1419)
!1446 = !DILocation(line: 259, column: 33, scope: !1419)
!1447 = !DILocation(line: 259, column: 42, scope: !1419)
!1448 = !DILocation(line: 273, column: 21, scope: !1433)
!1449 = !DILocation(line: 274, column: 21, scope: !1435)
!1450 = !DILocalVariable(name: "self", arg: 1, scope: !1451, file: !202, line: 832, type: !122)
!1451 = distinct !DISubprogram(name: "unchecked_add", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj13unchecked_add", scope: !190, file: !202, line: 832, type: !1452, scopeLine: 832, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !1454)
!1452 = !DISubroutineType(types: !1453)
!1453 = !{!122, !122, !122, !146}
!1454 = !{!1450, !1455}
!1455 = !DILocalVariable(name: "rhs", scope: !1451, file: !202, line: 832, type: !122, align: 64)
!1456 = !DILocation(line: 832, column: 43, scope: !1451, inlinedAt: !1457)
!1457 = !DILocation(line: 283, column: 36, scope: !1437)
!1458 = !DILocation(line: 275, column: 21, scope: !1437)
!1459 = !DILocation(line: 29, column: 17, scope: !1439)
!1460 = !DILocation(line: 726, column: 13, scope: !1461, inlinedAt: !1469)
!1461 = distinct !DILexicalBlock(scope: !1462, file: !472, line: 726, column: 9)
!1462 = distinct !DISubprogram(name: "offset_from_unsigned<f64>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$20offset_from_unsigned17ha3e7c06d44a34aa3E", scope: !460, file: !472, line: 701, type: !1463, scopeLine: 701, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !368, retainedNodes: !1465)
!1463 = !DISubroutineType(types: !1464)
!1464 = !{!122, !538, !538, !146}
!1465 = !{!1466, !1467, !1468}
!1466 = !DILocalVariable(name: "self", arg: 1, scope: !1462, file: !472, line: 701, type: !538)
!1467 = !DILocalVariable(name: "origin", arg: 2, scope: !1462, file: !472, line: 701, type: !538)
!1468 = !DILocalVariable(name: "pointee_size", scope: !1461, file: !472, line: 726, type: !122, align: 64)
!1469 = !DILocation(line: 887, column: 37, scope: !1470, inlinedAt: !1476)
!1470 = distinct !DISubprogram(name: "offset_from_unsigned<f64>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$20offset_from_unsigned17hb933c2b61297eeadE", scope: !662, file: !661, line: 882, type: !1471, scopeLine: 882, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !368, retainedNodes: !1473)
!1471 = !DISubroutineType(types: !1472)
!1472 = !{!122, !666, !538, !146}
!1473 = !{!1474, !1475}
!1474 = !DILocalVariable(name: "self", arg: 1, scope: !1470, file: !661, line: 882, type: !666)
!1475 = !DILocalVariable(name: "origin", arg: 2, scope: !1470, file: !661, line: 882, type: !538)
!1476 = !DILocation(line: 953, column: 32, scope: !1477, inlinedAt: !1484)
!1477 = distinct !DISubprogram(name: "offset_from_unsigned<f64>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$20offset_from_unsigned17hc78bd885876555a0E", scope: !535, file: !635, line: 948, type: !1478, scopeLine: 948, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !368, declaration: !1480, retainedNodes: !1481)
!1478 = !DISubroutineType(types: !1479)
!1479 = !{!122, !535, !535}
!1480 = !DISubprogram(name: "offset_from_unsigned<f64>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$20offset_from_unsigned17hc78bd885876555a0E", scope: !535, file: !635, line: 948, type: !1478, scopeLine: 948, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !368)
!1481 = !{!1482, !1483}
!1482 = !DILocalVariable(name: "self", arg: 1, scope: !1477, file: !635, line: 948, type: !535)
!1483 = !DILocalVariable(name: "subtracted", arg: 2, scope: !1477, file: !635, line: 948, type: !535)
!1484 = !DILocation(line: 57, column: 30, scope: !1441)
!1485 = !DILocation(line: 832, column: 49, scope: !1451, inlinedAt: !1457)
!1486 = !DILocation(line: 28, column: 12, scope: !1419)
!1487 = !DILocation(line: 33, column: 33, scope: !1419)
!1488 = !DILocation(line: 33, column: 17, scope: !1431)
!1489 = !DILocalVariable(name: "self", arg: 1, scope: !1490, file: !635, line: 1719, type: !1494)
!1490 = distinct !DISubprogram(name: "eq<f64>", linkageName: "_ZN78_$LT$core..ptr..non_null..NonNull$LT$T$GT$$u20$as$u20$core..cmp..PartialEq$GT$2eq17h28ea4fb0021a23e2E", scope: !1491, file: !635, line: 1719, type: !1492, scopeLine: 1719, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !368, retainedNodes: !1495)
!1491 = !DINamespace(name: "{impl#16}", scope: !111)
!1492 = !DISubroutineType(types: !1493)
!1493 = !{!209, !1494, !1494}
!1494 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::ptr::non_null::NonNull<f64>", baseType: !535, size: 64, align: 64, dwarfAddressSpace: 0)
!1495 = !{!1489, !1496}
!1496 = !DILocalVariable(name: "other", arg: 2, scope: !1490, file: !635, line: 1719, type: !1494)
!1497 = !DILocation(line: 1719, column: 11, scope: !1490, inlinedAt: !1498)
!1498 = !DILocation(line: 44, column: 20, scope: !1431)
!1499 = !DILocation(line: 1719, column: 18, scope: !1490, inlinedAt: !1498)
!1500 = !DILocation(line: 1720, column: 9, scope: !1490, inlinedAt: !1498)
!1501 = !DILocation(line: 28, column: 9, scope: !1419)
!1502 = !DILocation(line: 25, column: 86, scope: !1419)
!1503 = !DILocation(line: 273, column: 31, scope: !1419)
!1504 = !DILocation(line: 274, column: 29, scope: !1433)
!1505 = !DILocation(line: 28, column: 12, scope: !1435)
!1506 = !DILocation(line: 271, column: 28, scope: !1419)
!1507 = !DILocation(line: 289, column: 13, scope: !1419)
!1508 = !DILocation(line: 33, column: 33, scope: !1435)
!1509 = !DILocation(line: 33, column: 17, scope: !1441)
!1510 = !DILocation(line: 948, column: 46, scope: !1477, inlinedAt: !1484)
!1511 = !DILocalVariable(name: "self", arg: 1, scope: !1512, file: !635, line: 401, type: !535)
!1512 = distinct !DISubprogram(name: "as_ptr<f64>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ptr17hceedec3aa62fb825E", scope: !535, file: !635, line: 401, type: !686, scopeLine: 401, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !368, declaration: !688, retainedNodes: !1513)
!1513 = !{!1511}
!1514 = !DILocation(line: 401, column: 25, scope: !1512, inlinedAt: !1515)
!1515 = !DILocation(line: 953, column: 23, scope: !1477, inlinedAt: !1484)
!1516 = !DILocation(line: 57, column: 51, scope: !1441)
!1517 = !DILocation(line: 948, column: 52, scope: !1477, inlinedAt: !1484)
!1518 = !DILocation(line: 401, column: 25, scope: !1512, inlinedAt: !1519)
!1519 = !DILocation(line: 953, column: 64, scope: !1477, inlinedAt: !1484)
!1520 = !DILocation(line: 407, column: 18, scope: !1512, inlinedAt: !1515)
!1521 = !DILocation(line: 882, column: 46, scope: !1470, inlinedAt: !1476)
!1522 = !DILocation(line: 953, column: 53, scope: !1477, inlinedAt: !1484)
!1523 = !DILocation(line: 882, column: 52, scope: !1470, inlinedAt: !1476)
!1524 = !DILocation(line: 701, column: 52, scope: !1462, inlinedAt: !1469)
!1525 = !DILocation(line: 887, column: 18, scope: !1470, inlinedAt: !1476)
!1526 = !DILocation(line: 701, column: 46, scope: !1462, inlinedAt: !1469)
!1527 = !DILocation(line: 77, column: 35, scope: !1528, inlinedAt: !1469)
!1528 = !DILexicalBlockFile(scope: !1462, file: !188, discriminator: 0)
!1529 = !DILocation(line: 78, column: 17, scope: !1528, inlinedAt: !1469)
!1530 = !DILocation(line: 77, column: 13, scope: !1528, inlinedAt: !1469)
!1531 = !DILocation(line: 727, column: 17, scope: !1461, inlinedAt: !1469)
!1532 = !DILocation(line: 727, column: 37, scope: !1461, inlinedAt: !1469)
!1533 = !DILocation(line: 729, column: 18, scope: !1461, inlinedAt: !1469)
!1534 = !DILocation(line: 28, column: 9, scope: !1435)
!1535 = !DILocation(line: 727, column: 9, scope: !1461, inlinedAt: !1469)
!1536 = !DILocation(line: 279, column: 29, scope: !1437)
!1537 = !DILocation(line: 279, column: 58, scope: !1437)
!1538 = !DILocalVariable(name: "self", arg: 1, scope: !1539, file: !635, line: 651, type: !535)
!1539 = distinct !DISubprogram(name: "add<f64>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$3add17hdb40e1ae3690237dE", scope: !535, file: !635, line: 651, type: !1540, scopeLine: 651, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !368, declaration: !1542, retainedNodes: !1543)
!1540 = !DISubroutineType(types: !1541)
!1541 = !{!535, !535, !122}
!1542 = !DISubprogram(name: "add<f64>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$3add17hdb40e1ae3690237dE", scope: !535, file: !635, line: 651, type: !1540, scopeLine: 651, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !368)
!1543 = !{!1538, !1544}
!1544 = !DILocalVariable(name: "count", arg: 2, scope: !1539, file: !635, line: 651, type: !122)
!1545 = !DILocation(line: 651, column: 29, scope: !1539, inlinedAt: !1546)
!1546 = !DILocation(line: 279, column: 67, scope: !1437)
!1547 = !DILocation(line: 279, column: 71, scope: !1437)
!1548 = !DILocation(line: 651, column: 35, scope: !1539, inlinedAt: !1546)
!1549 = !DILocation(line: 659, column: 28, scope: !1539, inlinedAt: !1546)
!1550 = !DILocation(line: 659, column: 18, scope: !1539, inlinedAt: !1546)
!1551 = !DILocation(line: 401, column: 25, scope: !1512, inlinedAt: !1552)
!1552 = !DILocation(line: 279, column: 74, scope: !1437)
!1553 = !DILocation(line: 279, column: 27, scope: !1437)
!1554 = !DILocation(line: 279, column: 21, scope: !1437)
!1555 = !DILocation(line: 77, column: 35, scope: !1556, inlinedAt: !1457)
!1556 = !DILexicalBlockFile(scope: !1451, file: !188, discriminator: 0)
!1557 = !DILocation(line: 78, column: 17, scope: !1556, inlinedAt: !1457)
!1558 = !DILocation(line: 844, column: 17, scope: !1451, inlinedAt: !1457)
!1559 = !DILocation(line: 283, column: 21, scope: !1437)
!1560 = !DILocation(line: 284, column: 24, scope: !1437)
!1561 = !DILocation(line: 284, column: 29, scope: !1437)
!1562 = !DILocation(line: 276, column: 17, scope: !1437)
!1563 = !DILocation(line: 288, column: 17, scope: !1437)
!1564 = !DILocation(line: 289, column: 14, scope: !1419)
!1565 = !DILocation(line: 259, column: 13, scope: !1419)
!1566 = distinct !DISubprogram(name: "use_array", scope: !82, file: !80, line: 72, type: !1567, scopeLine: 72, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !1576)
!1567 = !DISubroutineType(types: !1568)
!1568 = !{!85, !1569}
!1569 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[[f64; 3]; 2]", baseType: !1570, size: 64, align: 64, dwarfAddressSpace: 0)
!1570 = !DICompositeType(tag: DW_TAG_array_type, baseType: !1571, size: 384, align: 64, elements: !1574)
!1571 = !DICompositeType(tag: DW_TAG_array_type, baseType: !85, size: 192, align: 64, elements: !1572)
!1572 = !{!1573}
!1573 = !DISubrange(count: 3, lowerBound: 0)
!1574 = !{!1575}
!1575 = !DISubrange(count: 2, lowerBound: 0)
!1576 = !{!1577}
!1577 = !DILocalVariable(name: "a", arg: 1, scope: !1566, file: !80, line: 72, type: !1569)
!1578 = !DILocation(line: 72, column: 18, scope: !1566)
!1579 = !DILocation(line: 73, column: 5, scope: !1566)
!1580 = !DILocation(line: 74, column: 2, scope: !1566)
!1581 = distinct !DISubprogram(name: "use_box", scope: !82, file: !80, line: 49, type: !1582, scopeLine: 49, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !1584)
!1582 = !DISubroutineType(types: !1583)
!1583 = !{!85, !385}
!1584 = !{!1585}
!1585 = !DILocalVariable(name: "b", arg: 1, scope: !1581, file: !80, line: 49, type: !385)
!1586 = !DILocation(line: 49, column: 16, scope: !1581)
!1587 = !DILocation(line: 50, column: 5, scope: !1581)
!1588 = !DILocation(line: 51, column: 1, scope: !1581)
!1589 = !DILocation(line: 51, column: 2, scope: !1581)
!1590 = distinct !DISubprogram(name: "use_closure", scope: !82, file: !80, line: 76, type: !1591, scopeLine: 76, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !1593)
!1591 = !DISubroutineType(types: !1592)
!1592 = !{!85, !85, !85}
!1593 = !{!1594, !1595, !1596}
!1594 = !DILocalVariable(name: "k", arg: 1, scope: !1590, file: !80, line: 76, type: !85)
!1595 = !DILocalVariable(name: "x", arg: 2, scope: !1590, file: !80, line: 76, type: !85)
!1596 = !DILocalVariable(name: "c", scope: !1597, file: !80, line: 77, type: !87, align: 64)
!1597 = distinct !DILexicalBlock(scope: !1590, file: !80, line: 77, column: 5)
!1598 = !DILocation(line: 76, column: 20, scope: !1590)
!1599 = !DILocation(line: 76, column: 28, scope: !1590)
!1600 = !DILocation(line: 77, column: 9, scope: !1597)
!1601 = !DILocation(line: 77, column: 13, scope: !1590)
!1602 = !DILocation(line: 78, column: 5, scope: !1597)
!1603 = !DILocation(line: 79, column: 2, scope: !1590)
!1604 = distinct !DISubprogram(name: "use_dyn", scope: !82, file: !80, line: 64, type: !1605, scopeLine: 64, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !1617)
!1605 = !DISubroutineType(types: !1606)
!1606 = !{!85, !1607}
!1607 = !DICompositeType(tag: DW_TAG_structure_type, name: "&dyn typeinfo_rs::Area", file: !9, size: 128, align: 64, elements: !1608, templateParams: !91, identifier: "61e16473be74dc8b4f3b8ad25552530c")
!1608 = !{!1609, !1612}
!1609 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !1607, file: !9, baseType: !1610, size: 64, align: 64)
!1610 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1611, size: 64, align: 64, dwarfAddressSpace: 0)
!1611 = !DICompositeType(tag: DW_TAG_structure_type, name: "dyn typeinfo_rs::Area", file: !9, align: 8, elements: !91, identifier: "a03e8da9606ba2c3754cfb456c4b96d3")
!1612 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !1607, file: !9, baseType: !1613, size: 64, align: 64, offset: 64)
!1613 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 4]", baseType: !1614, size: 64, align: 64, dwarfAddressSpace: 0)
!1614 = !DICompositeType(tag: DW_TAG_array_type, baseType: !122, size: 256, align: 64, elements: !1615)
!1615 = !{!1616}
!1616 = !DISubrange(count: 4, lowerBound: 0)
!1617 = !{!1618}
!1618 = !DILocalVariable(name: "a", arg: 1, scope: !1604, file: !80, line: 64, type: !1607)
!1619 = !DILocation(line: 64, column: 16, scope: !1604)
!1620 = !DILocation(line: 65, column: 5, scope: !1604)
!1621 = !DILocation(line: 65, column: 7, scope: !1604)
!1622 = !DILocation(line: 66, column: 2, scope: !1604)
!1623 = distinct !DISubprogram(name: "use_option", scope: !82, file: !80, line: 53, type: !1624, scopeLine: 53, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !1626)
!1624 = !DISubroutineType(types: !1625)
!1625 = !{!85, !702}
!1626 = !{!1627}
!1627 = !DILocalVariable(name: "o", arg: 1, scope: !1623, file: !80, line: 53, type: !702)
!1628 = !DILocation(line: 53, column: 19, scope: !1623)
!1629 = !DILocation(line: 54, column: 7, scope: !1623)
!1630 = !DILocation(line: 55, column: 2, scope: !1623)
!1631 = distinct !DISubprogram(name: "use_p", scope: !82, file: !80, line: 29, type: !733, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !1632)
!1632 = !{!1633}
!1633 = !DILocalVariable(name: "p", arg: 1, scope: !1631, file: !80, line: 29, type: !735)
!1634 = !DILocation(line: 29, column: 14, scope: !1631)
!1635 = !DILocation(line: 30, column: 5, scope: !1631)
!1636 = !DILocation(line: 30, column: 11, scope: !1631)
!1637 = !DILocation(line: 30, column: 24, scope: !1631)
!1638 = !DILocation(line: 31, column: 2, scope: !1631)
!1639 = distinct !DISubprogram(name: "use_rc", scope: !82, file: !80, line: 68, type: !1640, scopeLine: 68, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !1642)
!1640 = !DISubroutineType(types: !1641)
!1641 = !{!85, !346}
!1642 = !{!1643}
!1643 = !DILocalVariable(name: "r", arg: 1, scope: !1639, file: !80, line: 68, type: !346)
!1644 = !DILocation(line: 68, column: 15, scope: !1639)
!1645 = !DILocalVariable(name: "self", arg: 1, scope: !1646, file: !752, line: 2415, type: !865)
!1646 = distinct !DISubprogram(name: "deref<f64, alloc::alloc::Global>", linkageName: "_ZN70_$LT$alloc..rc..Rc$LT$T$C$A$GT$$u20$as$u20$core..ops..deref..Deref$GT$5deref17h60a88a589c004762E", scope: !1647, file: !752, line: 2415, type: !1648, scopeLine: 2415, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !375, retainedNodes: !1650)
!1647 = !DINamespace(name: "{impl#28}", scope: !347)
!1648 = !DISubroutineType(types: !1649)
!1649 = !{!90, !865}
!1650 = !{!1645}
!1651 = !DILocation(line: 2415, column: 14, scope: !1646, inlinedAt: !1652)
!1652 = distinct !DILocation(line: 69, column: 5, scope: !1639)
!1653 = !DILocalVariable(name: "self", arg: 1, scope: !1654, file: !752, line: 363, type: !865)
!1654 = distinct !DISubprogram(name: "inner<f64, alloc::alloc::Global>", linkageName: "_ZN5alloc2rc15Rc$LT$T$C$A$GT$5inner17h0a4ea856682989e5E", scope: !346, file: !752, line: 363, type: !862, scopeLine: 363, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !375, declaration: !866, retainedNodes: !1655)
!1655 = !{!1653}
!1656 = !DILocation(line: 363, column: 14, scope: !1654, inlinedAt: !1657)
!1657 = distinct !DILocation(line: 2416, column: 15, scope: !1646, inlinedAt: !1652)
!1658 = !DILocation(line: 444, column: 20, scope: !1659, inlinedAt: !1660)
!1659 = distinct !DISubprogram(name: "as_ref<alloc::rc::RcInner<f64>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17he7d4928fc08096b1E", scope: !350, file: !635, line: 440, type: !874, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !370, declaration: !877)
!1660 = distinct !DILocation(line: 366, column: 27, scope: !1654, inlinedAt: !1657)
!1661 = !DILocation(line: 2416, column: 9, scope: !1646, inlinedAt: !1652)
!1662 = !DILocation(line: 2417, column: 6, scope: !1646, inlinedAt: !1652)
!1663 = !DILocation(line: 70, column: 1, scope: !1639)
!1664 = !DILocation(line: 69, column: 5, scope: !1639)
!1665 = !DILocation(line: 70, column: 2, scope: !1639)
!1666 = !DILocation(line: 68, column: 1, scope: !1639)
!1667 = distinct !DISubprogram(name: "use_shape", scope: !82, file: !80, line: 57, type: !1668, scopeLine: 57, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !1685)
!1668 = !DISubroutineType(types: !1669)
!1669 = !{!85, !1670}
!1670 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&typeinfo_rs::Shape", baseType: !1671, size: 64, align: 64, dwarfAddressSpace: 0)
!1671 = !DICompositeType(tag: DW_TAG_structure_type, name: "Shape", scope: !82, file: !9, size: 192, align: 64, flags: DIFlagPublic, elements: !1672, templateParams: !91, identifier: "d47e7499c52d3f56ed29ba7ce7b2ec18")
!1672 = !{!1673}
!1673 = !DICompositeType(tag: DW_TAG_variant_part, scope: !1671, file: !9, size: 192, align: 64, elements: !1674, templateParams: !91, identifier: "6867eb78c2ab19b7ae5924e3d41efaae", discriminator: !1684)
!1674 = !{!1675, !1679}
!1675 = !DIDerivedType(tag: DW_TAG_member, name: "Circle", scope: !1673, file: !9, baseType: !1676, size: 192, align: 64, extraData: i64 0)
!1676 = !DICompositeType(tag: DW_TAG_structure_type, name: "Circle", scope: !1671, file: !9, size: 192, align: 64, flags: DIFlagPublic, elements: !1677, templateParams: !91, identifier: "f1e21f1de65aeee8af2a1d205ffe3491")
!1677 = !{!1678}
!1678 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1676, file: !9, baseType: !85, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!1679 = !DIDerivedType(tag: DW_TAG_member, name: "Rect", scope: !1673, file: !9, baseType: !1680, size: 192, align: 64, extraData: i64 1)
!1680 = !DICompositeType(tag: DW_TAG_structure_type, name: "Rect", scope: !1671, file: !9, size: 192, align: 64, flags: DIFlagPublic, elements: !1681, templateParams: !91, identifier: "683498a4145a621dc2b63475b947be34")
!1681 = !{!1682, !1683}
!1682 = !DIDerivedType(tag: DW_TAG_member, name: "w", scope: !1680, file: !9, baseType: !85, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!1683 = !DIDerivedType(tag: DW_TAG_member, name: "h", scope: !1680, file: !9, baseType: !85, size: 64, align: 64, offset: 128, flags: DIFlagPublic)
!1684 = !DIDerivedType(tag: DW_TAG_member, scope: !1671, file: !9, baseType: !13, size: 64, align: 64, flags: DIFlagArtificial)
!1685 = !{!1686, !1687, !1689, !1691}
!1686 = !DILocalVariable(name: "s", arg: 1, scope: !1667, file: !80, line: 57, type: !1670)
!1687 = !DILocalVariable(name: "r", scope: !1688, file: !80, line: 59, type: !90, align: 64)
!1688 = distinct !DILexicalBlock(scope: !1667, file: !80, line: 59, column: 9)
!1689 = !DILocalVariable(name: "w", scope: !1690, file: !80, line: 60, type: !90, align: 64)
!1690 = distinct !DILexicalBlock(scope: !1667, file: !80, line: 60, column: 9)
!1691 = !DILocalVariable(name: "h", scope: !1690, file: !80, line: 60, type: !90, align: 64)
!1692 = !DILocation(line: 57, column: 18, scope: !1667)
!1693 = !DILocation(line: 58, column: 11, scope: !1667)
!1694 = !DILocation(line: 58, column: 5, scope: !1667)
!1695 = !DILocation(line: 60, column: 23, scope: !1667)
!1696 = !DILocation(line: 60, column: 23, scope: !1690)
!1697 = !DILocation(line: 60, column: 26, scope: !1667)
!1698 = !DILocation(line: 60, column: 26, scope: !1690)
!1699 = !DILocation(line: 60, column: 33, scope: !1690)
!1700 = !DILocation(line: 59, column: 23, scope: !1667)
!1701 = !DILocation(line: 59, column: 23, scope: !1688)
!1702 = !DILocation(line: 59, column: 29, scope: !1688)
!1703 = !DILocation(line: 62, column: 2, scope: !1667)
!1704 = distinct !DISubprogram(name: "use_slice", scope: !82, file: !80, line: 37, type: !1705, scopeLine: 37, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !1707)
!1705 = !DISubroutineType(types: !1706)
!1706 = !{!85, !611}
!1707 = !{!1708}
!1708 = !DILocalVariable(name: "xs", arg: 1, scope: !1704, file: !80, line: 37, type: !611)
!1709 = !DILocation(line: 37, column: 18, scope: !1704)
!1710 = !DILocation(line: 38, column: 8, scope: !1704)
!1711 = !DILocation(line: 38, column: 15, scope: !1704)
!1712 = !DILocation(line: 39, column: 2, scope: !1704)
!1713 = distinct !DISubprogram(name: "use_str", scope: !82, file: !80, line: 41, type: !324, scopeLine: 41, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !1714)
!1714 = !{!1715}
!1715 = !DILocalVariable(name: "s", arg: 1, scope: !1713, file: !80, line: 41, type: !168)
!1716 = !DILocation(line: 41, column: 16, scope: !1713)
!1717 = !DILocation(line: 42, column: 7, scope: !1713)
!1718 = !DILocation(line: 43, column: 2, scope: !1713)
!1719 = distinct !DISubprogram(name: "use_tuple", scope: !82, file: !80, line: 33, type: !1720, scopeLine: 33, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !1726)
!1720 = !DISubroutineType(types: !1721)
!1721 = !{!85, !1722}
!1722 = !DICompositeType(tag: DW_TAG_structure_type, name: "(f64, i32)", file: !9, size: 128, align: 64, elements: !1723, templateParams: !91, identifier: "e5c2fb37907a767edf6d466eae0fa24a")
!1723 = !{!1724, !1725}
!1724 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1722, file: !9, baseType: !85, size: 64, align: 64)
!1725 = !DIDerivedType(tag: DW_TAG_member, name: "__1", scope: !1722, file: !9, baseType: !744, size: 32, align: 32, offset: 64)
!1726 = !{!1727}
!1727 = !DILocalVariable(name: "t", arg: 1, scope: !1719, file: !80, line: 33, type: !1722)
!1728 = !DILocation(line: 33, column: 18, scope: !1719)
!1729 = !DILocation(line: 34, column: 11, scope: !1719)
!1730 = !DILocation(line: 34, column: 5, scope: !1719)
!1731 = !DILocation(line: 35, column: 2, scope: !1719)
!1732 = distinct !DISubprogram(name: "use_vec", scope: !82, file: !80, line: 45, type: !1733, scopeLine: 45, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !91, retainedNodes: !1735)
!1733 = !DISubroutineType(types: !1734)
!1734 = !{!85, !1361}
!1735 = !{!1736}
!1736 = !DILocalVariable(name: "v", arg: 1, scope: !1732, file: !80, line: 45, type: !1361)
!1737 = !DILocation(line: 45, column: 16, scope: !1732)
!1738 = !DILocation(line: 46, column: 5, scope: !1732)
!1739 = !DILocation(line: 46, column: 7, scope: !1732)
!1740 = !DILocation(line: 46, column: 14, scope: !1732)
!1741 = !DILocation(line: 47, column: 2, scope: !1732)
