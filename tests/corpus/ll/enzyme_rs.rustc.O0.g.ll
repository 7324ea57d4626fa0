; ModuleID = 'enzyme_rs.6ae09c644fec0de4-cgu.0'
source_filename = "enzyme_rs.6ae09c644fec0de4-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%P = type { i64, double, float, i32 }

@alloc_b5fc2a6f2f5a9fc4395aada8c7c926bf = private unnamed_addr constant [76 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/ptr/mod.rs\00", align 1
@alloc_37f6e60a2902ea1334fb3e649d7c5a34 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_b5fc2a6f2f5a9fc4395aada8c7c926bf, [16 x i8] c"K\00\00\00\00\00\00\00\0F\02\00\00\05\00\00\00" }>, align 8
@alloc_bd3468a7b96187f70c1ce98a3e7a63bf = private unnamed_addr constant [283 x i8] c"unsafe precondition(s) violated: ptr::copy_nonoverlapping requires that both pointer arguments are aligned and non-null and the specified memory ranges do not overlap\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_fad0cd83b7d1858a846a172eb260e593 = private unnamed_addr constant [42 x i8] c"is_aligned_to: align is not a power-of-two", align 1
@alloc_3d063512bd2a283debbda10df8c730ad = private unnamed_addr constant [82 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/ptr/const_ptr.rs\00", align 1
@alloc_180ab55c3ad9891a0d81c48ca2ae33fa = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3d063512bd2a283debbda10df8c730ad, [16 x i8] c"Q\00\00\00\00\00\00\00^\05\00\00\0D\00\00\00" }>, align 8
@alloc_763310d78c99c2c1ad3f8a9821e942f3 = private unnamed_addr constant [61 x i8] c"is_nonoverlapping: `size_of::<T>() * count` overflows a usize", align 1
@alloc_0850ceab2d57b29c3914dae6f4f6b849 = private unnamed_addr constant [17 x i8] c"src/enzyme_rs.rs\00", align 1
@alloc_9064760945b61223d27b69f2d7e89b5a = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_0850ceab2d57b29c3914dae6f4f6b849, [16 x i8] c"\10\00\00\00\00\00\00\00\17\00\00\00\0E\00\00\00" }>, align 8
@alloc_411e6c5f368d4eec0cebd70d6bac14a5 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_0850ceab2d57b29c3914dae6f4f6b849, [16 x i8] c"\10\00\00\00\00\00\00\00&\00\00\00\12\00\00\00" }>, align 8
@enzyme_const = external global i32
@alloc_2d121dee9dbc384a5e781e3d227fb765 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_0850ceab2d57b29c3914dae6f4f6b849, [16 x i8] c"\10\00\00\00\00\00\00\00A\00\00\00'\00\00\00" }>, align 8
@enzyme_out = external global i32
@alloc_473f9fa0d30d8f247647f5a7e5874325 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_0850ceab2d57b29c3914dae6f4f6b849, [16 x i8] c"\10\00\00\00\00\00\00\00A\00\00\00E\00\00\00" }>, align 8
@enzyme_dup = external global i32
@alloc_7e18b4aec66c8cafbbc7eed87d3c7ab3 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_0850ceab2d57b29c3914dae6f4f6b849, [16 x i8] c"\10\00\00\00\00\00\00\00O\00\00\007\00\00\00" }>, align 8
@alloc_4ed176b1c04c09555cbf08d9edb9b610 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_0850ceab2d57b29c3914dae6f4f6b849, [16 x i8] c"\10\00\00\00\00\00\00\00O\00\00\00L\00\00\00" }>, align 8
@alloc_08278ed16c130a8048153d465c9a0857 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_0850ceab2d57b29c3914dae6f4f6b849, [16 x i8] c"\10\00\00\00\00\00\00\00P\00\00\008\00\00\00" }>, align 8
@alloc_6e66986eec5472a062e977dbd3fd8341 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_0850ceab2d57b29c3914dae6f4f6b849, [16 x i8] c"\10\00\00\00\00\00\00\008\00\00\005\00\00\00" }>, align 8
@alloc_b19a9e4e190f4896ce3868a8397bdfe9 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_0850ceab2d57b29c3914dae6f4f6b849, [16 x i8] c"\10\00\00\00\00\00\00\00V\00\00\004\00\00\00" }>, align 8

; std::f64::<impl f64>::exp
; Function Attrs: inlinehint nonlazybind uwtable
define internal double @"_ZN3std3f6421_$LT$impl$u20$f64$GT$3exp17hf3db9dddc04c51e9E"(double %self) unnamed_addr #0 !dbg !7 {
start:
  %0 = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [8 x i8], align 8
  store double %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !16, !DIExpression(), !18)
  %1 = call double @llvm.exp.f64(double %self), !dbg !19
  store double %1, ptr %0, align 8, !dbg !19
  %_0 = load double, ptr %0, align 8, !dbg !19
  ret double %_0, !dbg !20
}

; std::f64::<impl f64>::sin
; Function Attrs: inlinehint nonlazybind uwtable
define internal double @"_ZN3std3f6421_$LT$impl$u20$f64$GT$3sin17hfeedbe09526c8387E"(double %self) unnamed_addr #0 !dbg !21 {
start:
  %0 = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [8 x i8], align 8
  store double %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !23, !DIExpression(), !24)
  %1 = call double @llvm.sin.f64(double %self), !dbg !25
  store double %1, ptr %0, align 8, !dbg !25
  %_0 = load double, ptr %0, align 8, !dbg !25
  ret double %_0, !dbg !26
}

; core::intrinsics::cold_path
; Function Attrs: cold nounwind nonlazybind uwtable
define internal void @_ZN4core10intrinsics9cold_path17h7a88657a772e33eeE() unnamed_addr #1 !dbg !27 {
start:
  ret void, !dbg !33
}

; core::cmp::Ord::min
; Function Attrs: inlinehint nonlazybind uwtable
define i64 @_ZN4core3cmp3Ord3min17hba36125d71464a67E(i64 %0, i64 %1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !34 {
start:
  %other.dbg.spill.i = alloca [8 x i8], align 8
  %self.dbg.spill.i = alloca [8 x i8], align 8
  %2 = alloca [16 x i8], align 8
  %_6 = alloca [1 x i8], align 1
  %_0 = alloca [8 x i8], align 8
  %other = alloca [8 x i8], align 8
  %self = alloca [8 x i8], align 8
  store i64 %0, ptr %self, align 8
  store i64 %1, ptr %other, align 8
    #dbg_declare(ptr %self, !42, !DIExpression(), !46)
    #dbg_declare(ptr %other, !43, !DIExpression(), !47)
  store i8 1, ptr %_6, align 1, !dbg !48
  store ptr %other, ptr %self.dbg.spill.i, align 8
    #dbg_declare(ptr %self.dbg.spill.i, !49, !DIExpression(), !59)
  store ptr %self, ptr %other.dbg.spill.i, align 8
    #dbg_declare(ptr %other.dbg.spill.i, !58, !DIExpression(), !61)
  %_3.i = load i64, ptr %other, align 8, !dbg !62
  %_4.i = load i64, ptr %self, align 8, !dbg !63
  %_0.i = icmp ult i64 %_3.i, %_4.i, !dbg !62
  br label %bb1, !dbg !64

bb5:                                              ; preds = %cleanup
  br label %bb8, !dbg !65

cleanup:                                          ; No predecessors!
  %3 = landingpad { ptr, i32 }
          cleanup
  %4 = extractvalue { ptr, i32 } %3, 0
  %5 = extractvalue { ptr, i32 } %3, 1
  store ptr %4, ptr %2, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 8
  store i32 %5, ptr %6, align 8
  br label %bb5

bb1:                                              ; preds = %start
  br i1 %_0.i, label %bb2, label %bb3, !dbg !48

bb3:                                              ; preds = %bb1
  store i8 0, ptr %_6, align 1, !dbg !66
  %7 = load i64, ptr %self, align 8, !dbg !66
  store i64 %7, ptr %_0, align 8, !dbg !66
  br label %bb4, !dbg !65

bb2:                                              ; preds = %bb1
  %8 = load i64, ptr %other, align 8, !dbg !67
  store i64 %8, ptr %_0, align 8, !dbg !67
  br label %bb4, !dbg !65

bb4:                                              ; preds = %bb2, %bb3
  %9 = load i64, ptr %_0, align 8, !dbg !68
  ret i64 %9, !dbg !68

bb8:                                              ; preds = %bb5
  %10 = load i8, ptr %_6, align 1, !dbg !65
  %11 = trunc nuw i8 %10 to i1, !dbg !65
  br i1 %11, label %bb7, label %bb6, !dbg !65

bb6:                                              ; preds = %bb7, %bb8
  %12 = load ptr, ptr %2, align 8, !dbg !69
  %13 = getelementptr inbounds i8, ptr %2, i64 8, !dbg !69
  %14 = load i32, ptr %13, align 8, !dbg !69
  %15 = insertvalue { ptr, i32 } poison, ptr %12, 0, !dbg !69
  %16 = insertvalue { ptr, i32 } %15, i32 %14, 1, !dbg !69
  resume { ptr, i32 } %16, !dbg !69

bb7:                                              ; preds = %bb8
  br label %bb6, !dbg !65
}

; core::ptr::copy_nonoverlapping::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_ZN4core3ptr19copy_nonoverlapping18precondition_check17h5b2b88adbd112fd0E(ptr %src, ptr %dst, i64 %size, i64 %align, i64 %count, ptr align 8 %0) unnamed_addr #2 personality ptr @rust_eh_personality !dbg !70 {
start:
  %msg.dbg.spill = alloca [16 x i8], align 8
  %ptr.dbg.spill = alloca [8 x i8], align 8
  %is_zst.dbg.spill = alloca [1 x i8], align 1
  %count.dbg.spill = alloca [8 x i8], align 8
  %align.dbg.spill = alloca [8 x i8], align 8
  %size.dbg.spill = alloca [8 x i8], align 8
  %dst.dbg.spill = alloca [8 x i8], align 8
  %src.dbg.spill = alloca [8 x i8], align 8
  %zero_size = alloca [1 x i8], align 1
  store ptr %src, ptr %src.dbg.spill, align 8
    #dbg_declare(ptr %src.dbg.spill, !111, !DIExpression(), !121)
    #dbg_declare(ptr %src.dbg.spill, !122, !DIExpression(), !130)
    #dbg_declare(ptr %src.dbg.spill, !132, !DIExpression(), !138)
    #dbg_declare(ptr %src.dbg.spill, !140, !DIExpression(), !145)
    #dbg_declare(ptr %src.dbg.spill, !148, !DIExpression(), !158)
    #dbg_declare(ptr %src.dbg.spill, !160, !DIExpression(), !168)
  store ptr %dst, ptr %dst.dbg.spill, align 8
    #dbg_declare(ptr %dst.dbg.spill, !112, !DIExpression(), !121)
  store i64 %size, ptr %size.dbg.spill, align 8
    #dbg_declare(ptr %size.dbg.spill, !113, !DIExpression(), !121)
    #dbg_declare(ptr %size.dbg.spill, !166, !DIExpression(), !170)
  store i64 %align, ptr %align.dbg.spill, align 8
    #dbg_declare(ptr %align.dbg.spill, !114, !DIExpression(), !121)
    #dbg_declare(ptr %align.dbg.spill, !128, !DIExpression(), !171)
    #dbg_declare(ptr %align.dbg.spill, !137, !DIExpression(), !172)
    #dbg_declare(ptr %align.dbg.spill, !144, !DIExpression(), !145)
    #dbg_declare(ptr %align.dbg.spill, !128, !DIExpression(), !173)
    #dbg_declare(ptr %align.dbg.spill, !137, !DIExpression(), !175)
    #dbg_declare(ptr %align.dbg.spill, !144, !DIExpression(), !178)
  store i64 %count, ptr %count.dbg.spill, align 8
    #dbg_declare(ptr %count.dbg.spill, !115, !DIExpression(), !121)
    #dbg_declare(ptr %count.dbg.spill, !167, !DIExpression(), !181)
    #dbg_declare(ptr %zero_size, !116, !DIExpression(), !182)
    #dbg_declare(ptr %zero_size, !129, !DIExpression(), !183)
  %1 = icmp eq i64 %count, 0, !dbg !184
  br i1 %1, label %bb1, label %bb2, !dbg !184

bb1:                                              ; preds = %start
  store i8 1, ptr %zero_size, align 1, !dbg !184
  br label %bb3, !dbg !184

bb2:                                              ; preds = %start
  %2 = icmp eq i64 %size, 0, !dbg !186
  %3 = zext i1 %2 to i8, !dbg !186
  store i8 %3, ptr %zero_size, align 1, !dbg !186
  br label %bb3, !dbg !184

bb3:                                              ; preds = %bb2, %bb1
  %4 = load i8, ptr %zero_size, align 1, !dbg !187
  %is_zst = trunc nuw i8 %4 to i1, !dbg !187
  %5 = zext i1 %is_zst to i8, !dbg !187
  store i8 %5, ptr %is_zst.dbg.spill, align 1, !dbg !187
    #dbg_declare(ptr %is_zst.dbg.spill, !129, !DIExpression(), !188)
; invoke core::ptr::const_ptr::<impl *const T>::is_aligned_to
  %_15 = invoke zeroext i1 @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$13is_aligned_to17h4307ea4071b565f5E"(ptr %src, i64 %align)
          to label %bb15 unwind label %terminate, !dbg !189

terminate:                                        ; preds = %bb5, %bb4, %bb3
  %6 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_cannot_unwind
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() #10, !dbg !191
  unreachable, !dbg !191

bb15:                                             ; preds = %bb3
  br i1 %_15, label %bb11, label %bb12, !dbg !139

bb12:                                             ; preds = %bb15
  br label %bb7, !dbg !131

bb11:                                             ; preds = %bb15
  br i1 %is_zst, label %bb13, label %bb14, !dbg !192

bb7:                                              ; preds = %bb14, %bb12
  br label %bb8, !dbg !193

bb14:                                             ; preds = %bb11
  %_17 = ptrtoint ptr %src to i64, !dbg !196
  %_16 = icmp eq i64 %_17, 0, !dbg !210
  %_8 = xor i1 %_16, true, !dbg !211
  br i1 %_8, label %bb4, label %bb7, !dbg !131

bb13:                                             ; preds = %bb11
  br label %bb4, !dbg !131

bb4:                                              ; preds = %bb13, %bb14
  store ptr %dst, ptr %ptr.dbg.spill, align 8, !dbg !212
    #dbg_declare(ptr %ptr.dbg.spill, !122, !DIExpression(), !213)
    #dbg_declare(ptr %ptr.dbg.spill, !132, !DIExpression(), !214)
    #dbg_declare(ptr %ptr.dbg.spill, !140, !DIExpression(), !178)
    #dbg_declare(ptr %ptr.dbg.spill, !148, !DIExpression(), !215)
    #dbg_declare(ptr %ptr.dbg.spill, !165, !DIExpression(), !217)
; invoke core::ptr::const_ptr::<impl *const T>::is_aligned_to
  %_18 = invoke zeroext i1 @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$13is_aligned_to17h4307ea4071b565f5E"(ptr %dst, i64 %align)
          to label %bb20 unwind label %terminate, !dbg !218

bb8:                                              ; preds = %bb6, %bb7
  br label %bb9, !dbg !219

bb20:                                             ; preds = %bb4
  br i1 %_18, label %bb16, label %bb17, !dbg !220

bb17:                                             ; preds = %bb20
  br label %bb6, !dbg !174

bb16:                                             ; preds = %bb20
  %7 = load i8, ptr %zero_size, align 1, !dbg !221
  %8 = trunc nuw i8 %7 to i1, !dbg !221
  br i1 %8, label %bb18, label %bb19, !dbg !221

bb6:                                              ; preds = %bb19, %bb17
  br label %bb8, !dbg !193

bb19:                                             ; preds = %bb16
  %_20 = ptrtoint ptr %dst to i64, !dbg !222
  %_19 = icmp eq i64 %_20, 0, !dbg !227
  %_10 = xor i1 %_19, true, !dbg !228
  br i1 %_10, label %bb5, label %bb6, !dbg !174

bb18:                                             ; preds = %bb16
  br label %bb5, !dbg !174

bb5:                                              ; preds = %bb18, %bb19
; invoke core::ub_checks::maybe_is_nonoverlapping::runtime
  %_6 = invoke zeroext i1 @_ZN4core9ub_checks23maybe_is_nonoverlapping7runtime17h24cda9bc5524e4eeE(ptr %src, ptr %dst, i64 %size, i64 %count)
          to label %bb21 unwind label %terminate, !dbg !229

bb9:                                              ; preds = %bb21, %bb8
  store ptr @alloc_bd3468a7b96187f70c1ce98a3e7a63bf, ptr %msg.dbg.spill, align 8, !dbg !231
  %9 = getelementptr inbounds i8, ptr %msg.dbg.spill, i64 8, !dbg !231
  store i64 283, ptr %9, align 8, !dbg !231
    #dbg_declare(ptr %msg.dbg.spill, !119, !DIExpression(), !232)
    #dbg_declare(ptr %msg.dbg.spill, !233, !DIExpression(), !322)
    #dbg_declare(ptr %msg.dbg.spill, !324, !DIExpression(), !332)
    #dbg_declare(ptr %msg.dbg.spill, !334, !DIExpression(), !339)
    #dbg_declare(ptr %msg.dbg.spill, !341, !DIExpression(), !350)
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_bd3468a7b96187f70c1ce98a3e7a63bf, ptr inttoptr (i64 567 to ptr), i1 zeroext false, ptr align 8 %0) #11, !dbg !352
  unreachable, !dbg !352

bb21:                                             ; preds = %bb5
  br i1 %_6, label %bb10, label %bb9, !dbg !219

bb10:                                             ; preds = %bb21
  ret void, !dbg !353
}

; core::ptr::const_ptr::<impl *const T>::is_aligned_to
; Function Attrs: inlinehint nonlazybind uwtable
define zeroext i1 @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$13is_aligned_to17h4307ea4071b565f5E"(ptr %self, i64 %align) unnamed_addr #0 !dbg !354 {
start:
  %s.dbg.spill = alloca [16 x i8], align 8
  %0 = alloca [4 x i8], align 4
  %align.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !356, !DIExpression(), !358)
    #dbg_declare(ptr %self.dbg.spill, !359, !DIExpression(), !364)
    #dbg_declare(ptr %self.dbg.spill, !366, !DIExpression(), !373)
  store i64 %align, ptr %align.dbg.spill, align 8
    #dbg_declare(ptr %align.dbg.spill, !357, !DIExpression(), !375)
    #dbg_declare(ptr %align.dbg.spill, !376, !DIExpression(), !384)
    #dbg_declare(ptr %align.dbg.spill, !386, !DIExpression(), !391)
  %1 = call i64 @llvm.ctpop.i64(i64 %align), !dbg !393
  %2 = trunc i64 %1 to i32, !dbg !393
  store i32 %2, ptr %0, align 4, !dbg !393
  %_8 = load i32, ptr %0, align 4, !dbg !393
  %3 = icmp eq i32 %_8, 1, !dbg !394
  br i1 %3, label %bb1, label %bb2, !dbg !394

bb1:                                              ; preds = %start
  %_6 = ptrtoint ptr %self to i64, !dbg !395
  %_7 = sub i64 %align, 1, !dbg !396
  %_5 = and i64 %_6, %_7, !dbg !397
  %_0 = icmp eq i64 %_5, 0, !dbg !397
  ret i1 %_0, !dbg !398

bb2:                                              ; preds = %start
  store ptr @alloc_fad0cd83b7d1858a846a172eb260e593, ptr %s.dbg.spill, align 8, !dbg !399
  %4 = getelementptr inbounds i8, ptr %s.dbg.spill, i64 8, !dbg !399
  store i64 42, ptr %4, align 8, !dbg !399
    #dbg_declare(ptr %s.dbg.spill, !400, !DIExpression(), !403)
    #dbg_declare(ptr %s.dbg.spill, !404, !DIExpression(), !407)
    #dbg_declare(ptr %s.dbg.spill, !409, !DIExpression(), !412)
    #dbg_declare(ptr %s.dbg.spill, !414, !DIExpression(), !417)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr @alloc_fad0cd83b7d1858a846a172eb260e593, ptr inttoptr (i64 85 to ptr), ptr align 8 @alloc_180ab55c3ad9891a0d81c48ca2ae33fa) #12, !dbg !399
  unreachable, !dbg !399
}

; core::array::<impl core::ops::index::Index<I> for [T; N]>::index
; Function Attrs: inlinehint nonlazybind uwtable
define { ptr, i64 } @"_ZN4core5array85_$LT$impl$u20$core..ops..index..Index$LT$I$GT$$u20$for$u20$$u5b$T$u3b$$u20$N$u5d$$GT$5index17hfc840b1f4d58646aE"(ptr align 8 %self, i64 %index, ptr align 8 %0) unnamed_addr #0 !dbg !419 {
start:
  %new_len.dbg.spill.i.i.i = alloca [8 x i8], align 8
  %rhs.dbg.spill.i.i.i = alloca [8 x i8], align 8
  %self.dbg.spill1.i.i.i = alloca [8 x i8], align 8
  %slice.dbg.spill.i.i.i = alloca [16 x i8], align 8
  %self.dbg.spill.i.i.i = alloca [16 x i8], align 8
  %_3.i.i.i = alloca [16 x i8], align 8
  %slice.dbg.spill.i.i = alloca [16 x i8], align 8
  %self.dbg.spill.i.i = alloca [8 x i8], align 8
  %index.dbg.spill.i = alloca [8 x i8], align 8
  %self.dbg.spill.i = alloca [16 x i8], align 8
  %index.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !452, !DIExpression(), !457)
  store i64 %index, ptr %index.dbg.spill, align 8
    #dbg_declare(ptr %index.dbg.spill, !453, !DIExpression(), !458)
  store ptr %self, ptr %self.dbg.spill.i, align 8
  %1 = getelementptr inbounds i8, ptr %self.dbg.spill.i, i64 8
  store i64 8, ptr %1, align 8
    #dbg_declare(ptr %self.dbg.spill.i, !459, !DIExpression(), !469)
  store i64 %index, ptr %index.dbg.spill.i, align 8
    #dbg_declare(ptr %index.dbg.spill.i, !468, !DIExpression(), !471)
  store i64 %index, ptr %self.dbg.spill.i.i, align 8
    #dbg_declare(ptr %self.dbg.spill.i.i, !472, !DIExpression(), !480)
  store ptr %self, ptr %slice.dbg.spill.i.i, align 8
  %2 = getelementptr inbounds i8, ptr %slice.dbg.spill.i.i, i64 8
  store i64 8, ptr %2, align 8
    #dbg_declare(ptr %slice.dbg.spill.i.i, !478, !DIExpression(), !482)
  store i64 0, ptr %self.dbg.spill.i.i.i, align 8
  %3 = getelementptr inbounds i8, ptr %self.dbg.spill.i.i.i, i64 8
  store i64 %index, ptr %3, align 8
    #dbg_declare(ptr %self.dbg.spill.i.i.i, !483, !DIExpression(), !495)
  store ptr %self, ptr %slice.dbg.spill.i.i.i, align 8
  %4 = getelementptr inbounds i8, ptr %slice.dbg.spill.i.i.i, i64 8
  store i64 8, ptr %4, align 8
    #dbg_declare(ptr %slice.dbg.spill.i.i.i, !493, !DIExpression(), !497)
    #dbg_declare(ptr %slice.dbg.spill.i.i.i, !498, !DIExpression(), !509)
  store i64 %index, ptr %self.dbg.spill1.i.i.i, align 8, !dbg !511
    #dbg_declare(ptr %self.dbg.spill1.i.i.i, !512, !DIExpression(), !532)
  store i64 0, ptr %rhs.dbg.spill.i.i.i, align 8, !dbg !534
    #dbg_declare(ptr %rhs.dbg.spill.i.i.i, !531, !DIExpression(), !535)
    #dbg_declare(ptr %rhs.dbg.spill.i.i.i, !507, !DIExpression(), !536)
  %5 = getelementptr inbounds i8, ptr %_3.i.i.i, i64 8, !dbg !537
  store i64 %index, ptr %5, align 8, !dbg !537
  store i64 1, ptr %_3.i.i.i, align 8, !dbg !537
  %6 = getelementptr inbounds i8, ptr %_3.i.i.i, i64 8, !dbg !538
  %new_len.i.i.i = load i64, ptr %6, align 8, !dbg !538
  store i64 %new_len.i.i.i, ptr %new_len.dbg.spill.i.i.i, align 8, !dbg !538
    #dbg_declare(ptr %new_len.dbg.spill.i.i.i, !494, !DIExpression(), !538)
    #dbg_declare(ptr %new_len.dbg.spill.i.i.i, !508, !DIExpression(), !539)
  %_7.i.i.i = icmp ule i64 %index, 8, !dbg !540
  br i1 %_7.i.i.i, label %"_ZN4core5slice5index74_$LT$impl$u20$core..ops..index..Index$LT$I$GT$$u20$for$u20$$u5b$T$u5d$$GT$5index17h5bb011c556883fe7E.exit", label %bb2.i.i.i, !dbg !540

bb2.i.i.i:                                        ; preds = %start
; call core::slice::index::slice_index_fail
  call void @_RNvNtNtCsgEmfK2I1SDS_4core5slice5index16slice_index_fail(i64 0, i64 %index, i64 8, ptr align 8 %0) #12, !dbg !541
  unreachable, !dbg !541

"_ZN4core5slice5index74_$LT$impl$u20$core..ops..index..Index$LT$I$GT$$u20$for$u20$$u5b$T$u5d$$GT$5index17h5bb011c556883fe7E.exit": ; preds = %start
  %7 = insertvalue { ptr, i64 } poison, ptr %self, 0, !dbg !542
  %8 = insertvalue { ptr, i64 } %7, i64 %new_len.i.i.i, 1, !dbg !542
  %9 = insertvalue { ptr, i64 } poison, ptr %self, 0, !dbg !543
  %10 = insertvalue { ptr, i64 } %9, i64 %new_len.i.i.i, 1, !dbg !543
  %11 = insertvalue { ptr, i64 } poison, ptr %self, 0, !dbg !544
  %12 = insertvalue { ptr, i64 } %11, i64 %new_len.i.i.i, 1, !dbg !544
  %_0.0 = extractvalue { ptr, i64 } %12, 0, !dbg !545
  %_0.1 = extractvalue { ptr, i64 } %12, 1, !dbg !545
  %13 = insertvalue { ptr, i64 } poison, ptr %_0.0, 0, !dbg !546
  %14 = insertvalue { ptr, i64 } %13, i64 %_0.1, 1, !dbg !546
  ret { ptr, i64 } %14, !dbg !546
}

; core::slice::iter::<impl core::iter::traits::collect::IntoIterator for &[T]>::into_iter
; Function Attrs: nonlazybind uwtable
define { ptr, ptr } @"_ZN4core5slice4iter87_$LT$impl$u20$core..iter..traits..collect..IntoIterator$u20$for$u20$$RF$$u5b$T$u5d$$GT$9into_iter17h5b590dbadbc29345E"(ptr align 8 %self.0, i64 %self.1) unnamed_addr #3 !dbg !547 {
start:
  %self.dbg.spill2 = alloca [8 x i8], align 8
  %ptr.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill1 = alloca [16 x i8], align 8
  %len.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [16 x i8], align 8
  %end_or_len = alloca [8 x i8], align 8
  store ptr %self.0, ptr %self.dbg.spill, align 8
  %0 = getelementptr inbounds i8, ptr %self.dbg.spill, i64 8
  store i64 %self.1, ptr %0, align 8
    #dbg_declare(ptr %self.dbg.spill, !567, !DIExpression(), !568)
    #dbg_declare(ptr %self.dbg.spill, !569, !DIExpression(), !574)
    #dbg_declare(ptr %self.dbg.spill, !576, !DIExpression(), !586)
    #dbg_declare(ptr %self.dbg.spill, !588, !DIExpression(), !598)
    #dbg_declare(ptr %end_or_len, !584, !DIExpression(), !600)
  store i64 %self.1, ptr %len.dbg.spill, align 8, !dbg !601
    #dbg_declare(ptr %len.dbg.spill, !580, !DIExpression(), !602)
    #dbg_declare(ptr %len.dbg.spill, !603, !DIExpression(), !608)
    #dbg_declare(ptr %len.dbg.spill, !610, !DIExpression(), !620)
  store ptr %self.0, ptr %self.dbg.spill1, align 8, !dbg !622
  %1 = getelementptr inbounds i8, ptr %self.dbg.spill1, i64 8, !dbg !622
  store i64 %self.1, ptr %1, align 8, !dbg !622
    #dbg_declare(ptr %self.dbg.spill1, !623, !DIExpression(), !631)
  store ptr %self.0, ptr %ptr.dbg.spill, align 8, !dbg !633
    #dbg_declare(ptr %ptr.dbg.spill, !582, !DIExpression(), !634)
    #dbg_declare(ptr %ptr.dbg.spill, !635, !DIExpression(), !641)
  br label %bb2, !dbg !643

bb2:                                              ; preds = %start
  store ptr %self.0, ptr %self.dbg.spill2, align 8, !dbg !644
    #dbg_declare(ptr %self.dbg.spill2, !619, !DIExpression(), !645)
  %_6 = getelementptr inbounds nuw %P, ptr %self.0, i64 %self.1, !dbg !646
  store ptr %_6, ptr %end_or_len, align 8, !dbg !647
  br label %bb3, !dbg !648

bb3:                                              ; preds = %bb2
  %_0.1 = load ptr, ptr %end_or_len, align 8, !dbg !649
  %2 = insertvalue { ptr, ptr } poison, ptr %self.0, 0, !dbg !650
  %3 = insertvalue { ptr, ptr } %2, ptr %_0.1, 1, !dbg !650
  ret { ptr, ptr } %3, !dbg !650

bb1:                                              ; No predecessors!
  unreachable
}

; core::ub_checks::maybe_is_nonoverlapping::runtime
; Function Attrs: inlinehint nonlazybind uwtable
define internal zeroext i1 @_ZN4core9ub_checks23maybe_is_nonoverlapping7runtime17h24cda9bc5524e4eeE(ptr %src, ptr %dst, i64 %size, i64 %count) unnamed_addr #0 !dbg !651 {
start:
  %size.dbg.spill2 = alloca [8 x i8], align 8
  %a.dbg.spill = alloca [8 x i8], align 8
  %b.dbg.spill = alloca [1 x i8], align 1
  %dst_usize.dbg.spill = alloca [8 x i8], align 8
  %src_usize.dbg.spill = alloca [8 x i8], align 8
  %count.dbg.spill = alloca [8 x i8], align 8
  %size.dbg.spill = alloca [8 x i8], align 8
  %dst.dbg.spill = alloca [8 x i8], align 8
  %src.dbg.spill = alloca [8 x i8], align 8
  %diff = alloca [8 x i8], align 8
  %_9 = alloca [16 x i8], align 8
  store ptr %src, ptr %src.dbg.spill, align 8
    #dbg_declare(ptr %src.dbg.spill, !654, !DIExpression(), !666)
    #dbg_declare(ptr %src.dbg.spill, !667, !DIExpression(), !670)
    #dbg_declare(ptr %src.dbg.spill, !673, !DIExpression(), !676)
  store ptr %dst, ptr %dst.dbg.spill, align 8
    #dbg_declare(ptr %dst.dbg.spill, !655, !DIExpression(), !666)
    #dbg_declare(ptr %dst.dbg.spill, !667, !DIExpression(), !678)
    #dbg_declare(ptr %dst.dbg.spill, !673, !DIExpression(), !680)
  store i64 %size, ptr %size.dbg.spill, align 8
    #dbg_declare(ptr %size.dbg.spill, !656, !DIExpression(), !666)
    #dbg_declare(ptr %size.dbg.spill, !683, !DIExpression(), !690)
    #dbg_declare(ptr %size.dbg.spill, !692, !DIExpression(), !702)
  store i64 %count, ptr %count.dbg.spill, align 8
    #dbg_declare(ptr %count.dbg.spill, !657, !DIExpression(), !666)
    #dbg_declare(ptr %count.dbg.spill, !686, !DIExpression(), !704)
    #dbg_declare(ptr %count.dbg.spill, !701, !DIExpression(), !705)
    #dbg_declare(ptr %diff, !664, !DIExpression(), !706)
  %src_usize = ptrtoint ptr %src to i64, !dbg !707
  store i64 %src_usize, ptr %src_usize.dbg.spill, align 8, !dbg !707
    #dbg_declare(ptr %src_usize.dbg.spill, !658, !DIExpression(), !708)
    #dbg_declare(ptr %src_usize.dbg.spill, !709, !DIExpression(), !713)
  %dst_usize = ptrtoint ptr %dst to i64, !dbg !715
  store i64 %dst_usize, ptr %dst_usize.dbg.spill, align 8, !dbg !715
    #dbg_declare(ptr %dst_usize.dbg.spill, !660, !DIExpression(), !716)
    #dbg_declare(ptr %dst_usize.dbg.spill, !712, !DIExpression(), !717)
  %0 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %size, i64 %count), !dbg !718
  %_13.0 = extractvalue { i64, i1 } %0, 0, !dbg !718
  %_13.1 = extractvalue { i64, i1 } %0, 1, !dbg !718
  %1 = zext i1 %_13.1 to i8, !dbg !719
  store i8 %1, ptr %b.dbg.spill, align 1, !dbg !719
    #dbg_declare(ptr %b.dbg.spill, !689, !DIExpression(), !720)
    #dbg_declare(ptr %b.dbg.spill, !721, !DIExpression(), !726)
  store i64 %_13.0, ptr %a.dbg.spill, align 8, !dbg !728
    #dbg_declare(ptr %a.dbg.spill, !687, !DIExpression(), !729)
  br i1 %_13.1, label %bb1, label %bb3, !dbg !730

bb3:                                              ; preds = %start
  %2 = getelementptr inbounds i8, ptr %_9, i64 8, !dbg !731
  store i64 %_13.0, ptr %2, align 8, !dbg !731
  store i64 1, ptr %_9, align 8, !dbg !731
  %3 = getelementptr inbounds i8, ptr %_9, i64 8, !dbg !732
  %size1 = load i64, ptr %3, align 8, !dbg !732
  store i64 %size1, ptr %size.dbg.spill2, align 8, !dbg !732
    #dbg_declare(ptr %size.dbg.spill2, !662, !DIExpression(), !733)
  %_21 = icmp ult i64 %src_usize, %dst_usize, !dbg !734
  br i1 %_21, label %bb4, label %bb5, !dbg !734

bb1:                                              ; preds = %start
; call core::panicking::panic_nounwind
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking14panic_nounwind(ptr align 1 @alloc_763310d78c99c2c1ad3f8a9821e942f3, i64 61) #11, !dbg !735
  unreachable, !dbg !735

bb5:                                              ; preds = %bb3
  %4 = sub i64 %src_usize, %dst_usize, !dbg !736
  store i64 %4, ptr %diff, align 8, !dbg !736
  br label %bb6, !dbg !737

bb4:                                              ; preds = %bb3
  %5 = sub i64 %dst_usize, %src_usize, !dbg !738
  store i64 %5, ptr %diff, align 8, !dbg !738
  br label %bb6, !dbg !737

bb6:                                              ; preds = %bb4, %bb5
  %6 = load i64, ptr %diff, align 8, !dbg !739
  %_0 = icmp uge i64 %6, %size1, !dbg !739
  ret i1 %_0, !dbg !740
}

; <enzyme_rs::P as core::default::Default>::default
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN55_$LT$enzyme_rs..P$u20$as$u20$core..default..Default$GT$7default17hc5c68c523b21b295E"(ptr sret([24 x i8]) align 8 %_0) unnamed_addr #0 !dbg !741 {
start:
  store i64 0, ptr %_0, align 8, !dbg !745
  %0 = getelementptr inbounds i8, ptr %_0, i64 8, !dbg !745
  store double 0.000000e+00, ptr %0, align 8, !dbg !745
  %1 = getelementptr inbounds i8, ptr %_0, i64 16, !dbg !745
  store float 0.000000e+00, ptr %1, align 8, !dbg !745
  %2 = getelementptr inbounds i8, ptr %_0, i64 20, !dbg !745
  store i32 0, ptr %2, align 4, !dbg !745
  ret void, !dbg !746
}

; <core::slice::iter::Iter<T> as core::iter::traits::iterator::Iterator>::next
; Function Attrs: inlinehint nonlazybind uwtable
define align 8 ptr @"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4next17haddcdde8f1cb1713E"(ptr align 8 %self) unnamed_addr #0 !dbg !747 {
start:
  %end_or_len.dbg.spill = alloca [8 x i8], align 8
  %ptr.dbg.spill = alloca [8 x i8], align 8
  %count.dbg.spill = alloca [8 x i8], align 8
  %rhs.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [8 x i8], align 8
  %_0 = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !765, !DIExpression(), !772)
  store i64 1, ptr %rhs.dbg.spill, align 8, !dbg !773
    #dbg_declare(ptr %rhs.dbg.spill, !779, !DIExpression(), !773)
  store i64 1, ptr %count.dbg.spill, align 8, !dbg !781
    #dbg_declare(ptr %count.dbg.spill, !788, !DIExpression(), !781)
  %ptr = load ptr, ptr %self, align 8, !dbg !790
  store ptr %ptr, ptr %ptr.dbg.spill, align 8, !dbg !790
    #dbg_declare(ptr %ptr.dbg.spill, !766, !DIExpression(), !791)
    #dbg_declare(ptr %ptr.dbg.spill, !787, !DIExpression(), !792)
  %0 = getelementptr inbounds i8, ptr %self, i64 8, !dbg !793
  %end_or_len = load ptr, ptr %0, align 8, !dbg !793
  store ptr %end_or_len, ptr %end_or_len.dbg.spill, align 8, !dbg !793
    #dbg_declare(ptr %end_or_len.dbg.spill, !768, !DIExpression(), !794)
    #dbg_declare(ptr %end_or_len.dbg.spill, !795, !DIExpression(), !800)
    #dbg_declare(ptr %end_or_len.dbg.spill, !802, !DIExpression(), !808)
  br label %bb4, !dbg !810

bb4:                                              ; preds = %start
    #dbg_value(ptr poison, !811, !DIExpression(), !819)
    #dbg_value(ptr poison, !818, !DIExpression(), !821)
  %_6 = icmp eq ptr %ptr, %end_or_len, !dbg !822
  br i1 %_6, label %bb5, label %bb6, !dbg !820

bb6:                                              ; preds = %bb4
  %_16 = getelementptr inbounds nuw %P, ptr %ptr, i64 1, !dbg !823
  store ptr %_16, ptr %self, align 8, !dbg !824
  br label %bb7, !dbg !825

bb5:                                              ; preds = %bb4
  store ptr null, ptr %_0, align 8, !dbg !826
  br label %bb8, !dbg !827

bb7:                                              ; preds = %bb6
    #dbg_value(ptr poison, !829, !DIExpression(), !835)
  store ptr %ptr, ptr %_0, align 8, !dbg !837
  br label %bb8, !dbg !838

bb8:                                              ; preds = %bb5, %bb7
  %1 = load ptr, ptr %_0, align 8, !dbg !838
  ret ptr %1, !dbg !838

bb1:                                              ; No predecessors!
  unreachable

bb2:                                              ; No predecessors!
  unreachable

bb3:                                              ; No predecessors!
  unreachable

bb9:                                              ; No predecessors!
  unreachable

bb10:                                             ; No predecessors!
  unreachable
}

; enzyme_rs::tramp
; Function Attrs: nounwind nonlazybind uwtable
define double @_ZN9enzyme_rs5tramp17hc233c019e52dc530E(ptr %env, double %x) unnamed_addr #4 personality ptr @rust_eh_personality !dbg !839 {
start:
  %x.dbg.spill = alloca [8 x i8], align 8
  %env.dbg.spill = alloca [8 x i8], align 8
  store ptr %env, ptr %env.dbg.spill, align 8
    #dbg_declare(ptr %env.dbg.spill, !848, !DIExpression(), !852)
  store double %x, ptr %x.dbg.spill, align 8
    #dbg_declare(ptr %x.dbg.spill, !849, !DIExpression(), !853)
  %_6 = ptrtoint ptr %env to i64, !dbg !854
  %_8 = and i64 %_6, 7, !dbg !854
  %_9 = icmp eq i64 %_8, 0, !dbg !854
  br i1 %_9, label %bb2, label %panic, !dbg !854

bb2:                                              ; preds = %start
  %_11 = ptrtoint ptr %env to i64, !dbg !854
  %_12 = icmp eq i64 %_11, 0, !dbg !854
  %_13 = and i1 %_12, true, !dbg !854
  %_14 = xor i1 %_13, true, !dbg !854
  br i1 %_14, label %bb3, label %panic1, !dbg !854

panic:                                            ; preds = %start
; call core::panicking::panic_misaligned_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64 8, i64 %_6, ptr align 8 @alloc_9064760945b61223d27b69f2d7e89b5a) #11, !dbg !854
  unreachable, !dbg !854

bb3:                                              ; preds = %bb2
; invoke enzyme_rs::d_closure::{{closure}}
  %_0 = invoke double @"_ZN9enzyme_rs9d_closure28_$u7b$$u7b$closure$u7d$$u7d$17hbc04008ce86ecef8E"(ptr align 8 %env, double %x)
          to label %bb1 unwind label %terminate, !dbg !854

panic1:                                           ; preds = %bb2
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_9064760945b61223d27b69f2d7e89b5a) #11, !dbg !854
  unreachable, !dbg !854

terminate:                                        ; preds = %bb3
  %0 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_cannot_unwind
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() #10, !dbg !855
  unreachable, !dbg !855

bb1:                                              ; preds = %bb3
  ret double %_0, !dbg !856
}

; enzyme_rs::d_closure::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal double @"_ZN9enzyme_rs9d_closure28_$u7b$$u7b$closure$u7d$$u7d$17hbc04008ce86ecef8E"(ptr align 8 %_1, double %y) unnamed_addr #0 !dbg !857 {
start:
  %y.dbg.spill = alloca [8 x i8], align 8
  %_1.dbg.spill = alloca [8 x i8], align 8
  store ptr %_1, ptr %_1.dbg.spill, align 8
    #dbg_declare(ptr %_1.dbg.spill, !863, !DIExpression(DW_OP_deref), !864)
  store double %y, ptr %y.dbg.spill, align 8
    #dbg_declare(ptr %y.dbg.spill, !862, !DIExpression(), !865)
  %_5 = load double, ptr %_1, align 8, !dbg !866
  %_4 = fmul double %_5, %y, !dbg !866
  %_3 = fmul double %_4, %y, !dbg !866
  %_8 = load double, ptr %_1, align 8, !dbg !867
  %_7 = fmul double %_8, %y, !dbg !868
; call std::f64::<impl f64>::exp
  %_6 = call double @"_ZN3std3f6421_$LT$impl$u20$f64$GT$3exp17hf3db9dddc04c51e9E"(double %_7) #13, !dbg !869
  %_0 = fadd double %_3, %_6, !dbg !866
  ret double %_0, !dbg !870
}

; enzyme_rs::tramp_ptr
; Function Attrs: nonlazybind uwtable
define internal ptr @_ZN9enzyme_rs9tramp_ptr17h65351afb1631a496E(ptr align 8 %_f) unnamed_addr #3 !dbg !871 {
start:
  %_f.dbg.spill = alloca [8 x i8], align 8
  store ptr %_f, ptr %_f.dbg.spill, align 8
    #dbg_declare(ptr %_f.dbg.spill, !875, !DIExpression(), !876)
  ret ptr @_ZN9enzyme_rs5tramp17hc233c019e52dc530E, !dbg !877
}

; Function Attrs: nounwind nonlazybind uwtable
define double @copy_one(ptr align 8 %src) unnamed_addr #4 personality ptr @rust_eh_personality !dbg !878 {
start:
  %count.dbg.spill.i = alloca [8 x i8], align 8
  %dst.dbg.spill.i = alloca [8 x i8], align 8
  %src.dbg.spill.i = alloca [8 x i8], align 8
  %src.dbg.spill = alloca [8 x i8], align 8
  %dst = alloca [24 x i8], align 8
  store ptr %src, ptr %src.dbg.spill, align 8
    #dbg_declare(ptr %src.dbg.spill, !882, !DIExpression(), !885)
    #dbg_declare(ptr %dst, !883, !DIExpression(), !886)
; invoke <enzyme_rs::P as core::default::Default>::default
  invoke void @"_ZN55_$LT$enzyme_rs..P$u20$as$u20$core..default..Default$GT$7default17hc5c68c523b21b295E"(ptr sret([24 x i8]) align 8 %dst)
          to label %bb1 unwind label %terminate, !dbg !887

terminate:                                        ; preds = %start
  %0 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_cannot_unwind
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() #10, !dbg !888
  unreachable, !dbg !888

bb1:                                              ; preds = %start
  br label %bb2, !dbg !889

bb2:                                              ; preds = %bb1
  store ptr %src, ptr %src.dbg.spill.i, align 8
    #dbg_declare(ptr %src.dbg.spill.i, !896, !DIExpression(), !904)
  store ptr %dst, ptr %dst.dbg.spill.i, align 8
    #dbg_declare(ptr %dst.dbg.spill.i, !902, !DIExpression(), !906)
  store i64 24, ptr %count.dbg.spill.i, align 8
    #dbg_declare(ptr %count.dbg.spill.i, !903, !DIExpression(), !907)
; call core::ptr::copy_nonoverlapping::precondition_check
  call void @_ZN4core3ptr19copy_nonoverlapping18precondition_check17h5b2b88adbd112fd0E(ptr %src, ptr %dst, i64 1, i64 1, i64 24, ptr align 8 @alloc_37f6e60a2902ea1334fb3e649d7c5a34) #14, !dbg !908
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %dst, ptr align 1 %src, i64 24, i1 false), !dbg !910
  br label %bb3, !dbg !911

bb3:                                              ; preds = %bb2
  %1 = getelementptr inbounds i8, ptr %dst, i64 8, !dbg !912
  %_10 = load double, ptr %1, align 8, !dbg !912
  %2 = getelementptr inbounds i8, ptr %dst, i64 16, !dbg !913
  %_12 = load float, ptr %2, align 8, !dbg !913
  %_11 = fpext float %_12 to double, !dbg !913
  %_0 = fmul double %_10, %_11, !dbg !912
  ret double %_0, !dbg !914
}

; Function Attrs: nounwind nonlazybind uwtable
define double @copy_then_sum(ptr %src, i64 %n) unnamed_addr #4 personality ptr @rust_eh_personality !dbg !915 {
start:
  %self.dbg.spill.i = alloca [16 x i8], align 8
  %count.dbg.spill.i = alloca [8 x i8], align 8
  %dst.dbg.spill.i = alloca [8 x i8], align 8
  %src.dbg.spill.i = alloca [8 x i8], align 8
  %p.dbg.spill = alloca [8 x i8], align 8
  %n.dbg.spill2 = alloca [8 x i8], align 8
  %n.dbg.spill = alloca [8 x i8], align 8
  %src.dbg.spill = alloca [8 x i8], align 8
  %_16 = alloca [8 x i8], align 8
  %iter = alloca [16 x i8], align 8
  %s = alloca [8 x i8], align 8
  %_4 = alloca [24 x i8], align 8
  %buf = alloca [192 x i8], align 8
  store ptr %src, ptr %src.dbg.spill, align 8
    #dbg_declare(ptr %src.dbg.spill, !919, !DIExpression(), !931)
  store i64 %n, ptr %n.dbg.spill, align 8
    #dbg_declare(ptr %n.dbg.spill, !920, !DIExpression(), !932)
    #dbg_declare(ptr %buf, !921, !DIExpression(), !933)
    #dbg_declare(ptr %s, !925, !DIExpression(), !934)
    #dbg_declare(ptr %iter, !927, !DIExpression(), !935)
; invoke <enzyme_rs::P as core::default::Default>::default
  invoke void @"_ZN55_$LT$enzyme_rs..P$u20$as$u20$core..default..Default$GT$7default17hc5c68c523b21b295E"(ptr sret([24 x i8]) align 8 %_4)
          to label %bb1 unwind label %terminate, !dbg !936

terminate:                                        ; preds = %bb7, %bb5, %bb4, %repeat_loop_next, %start
  %0 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_cannot_unwind
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() #10, !dbg !937
  unreachable, !dbg !937

bb1:                                              ; preds = %start
  %1 = getelementptr inbounds nuw %P, ptr %buf, i64 0, !dbg !938
  %2 = getelementptr inbounds nuw %P, ptr %buf, i64 8, !dbg !938
  br label %repeat_loop_header, !dbg !938

repeat_loop_header:                               ; preds = %repeat_loop_body, %bb1
  %3 = phi ptr [ %1, %bb1 ], [ %5, %repeat_loop_body ]
  %4 = icmp ne ptr %3, %2
  br i1 %4, label %repeat_loop_body, label %repeat_loop_next

repeat_loop_body:                                 ; preds = %repeat_loop_header
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 %_4, i64 24, i1 false)
  %5 = getelementptr inbounds %P, ptr %3, i64 1
  br label %repeat_loop_header

repeat_loop_next:                                 ; preds = %repeat_loop_header
; invoke core::cmp::Ord::min
  %n1 = invoke i64 @_ZN4core3cmp3Ord3min17hba36125d71464a67E(i64 %n, i64 8)
          to label %bb2 unwind label %terminate, !dbg !939

bb2:                                              ; preds = %repeat_loop_next
  store i64 %n1, ptr %n.dbg.spill2, align 8, !dbg !940
    #dbg_declare(ptr %n.dbg.spill2, !923, !DIExpression(), !941)
  store ptr %buf, ptr %self.dbg.spill.i, align 8
  %6 = getelementptr inbounds i8, ptr %self.dbg.spill.i, i64 8
  store i64 8, ptr %6, align 8
    #dbg_declare(ptr %self.dbg.spill.i, !942, !DIExpression(), !951)
  br label %bb3, !dbg !953

bb3:                                              ; preds = %bb2
  store ptr %src, ptr %src.dbg.spill.i, align 8
    #dbg_declare(ptr %src.dbg.spill.i, !954, !DIExpression(), !961)
  store ptr %buf, ptr %dst.dbg.spill.i, align 8
    #dbg_declare(ptr %dst.dbg.spill.i, !959, !DIExpression(), !963)
  store i64 %n1, ptr %count.dbg.spill.i, align 8
    #dbg_declare(ptr %count.dbg.spill.i, !960, !DIExpression(), !964)
; call core::ptr::copy_nonoverlapping::precondition_check
  call void @_ZN4core3ptr19copy_nonoverlapping18precondition_check17h5b2b88adbd112fd0E(ptr %src, ptr %buf, i64 24, i64 8, i64 %n1, ptr align 8 @alloc_37f6e60a2902ea1334fb3e649d7c5a34) #14, !dbg !965
  %7 = mul i64 %n1, 24, !dbg !967
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %buf, ptr align 8 %src, i64 %7, i1 false), !dbg !967
  br label %bb4, !dbg !968

bb4:                                              ; preds = %bb3
  store double 0.000000e+00, ptr %s, align 8, !dbg !969
; invoke core::array::<impl core::ops::index::Index<I> for [T; N]>::index
  %8 = invoke { ptr, i64 } @"_ZN4core5array85_$LT$impl$u20$core..ops..index..Index$LT$I$GT$$u20$for$u20$$u5b$T$u3b$$u20$N$u5d$$GT$5index17hfc840b1f4d58646aE"(ptr align 8 %buf, i64 %n1, ptr align 8 @alloc_411e6c5f368d4eec0cebd70d6bac14a5)
          to label %bb5 unwind label %terminate, !dbg !970

bb5:                                              ; preds = %bb4
  %_12.0 = extractvalue { ptr, i64 } %8, 0, !dbg !970
  %_12.1 = extractvalue { ptr, i64 } %8, 1, !dbg !970
; invoke core::slice::iter::<impl core::iter::traits::collect::IntoIterator for &[T]>::into_iter
  %9 = invoke { ptr, ptr } @"_ZN4core5slice4iter87_$LT$impl$u20$core..iter..traits..collect..IntoIterator$u20$for$u20$$RF$$u5b$T$u5d$$GT$9into_iter17h5b590dbadbc29345E"(ptr align 8 %_12.0, i64 %_12.1)
          to label %bb6 unwind label %terminate, !dbg !971

bb6:                                              ; preds = %bb5
  %_11.0 = extractvalue { ptr, ptr } %9, 0, !dbg !971
  %_11.1 = extractvalue { ptr, ptr } %9, 1, !dbg !971
  store ptr %_11.0, ptr %iter, align 8, !dbg !971
  %10 = getelementptr inbounds i8, ptr %iter, i64 8, !dbg !971
  store ptr %_11.1, ptr %10, align 8, !dbg !971
  br label %bb7, !dbg !972

bb7:                                              ; preds = %bb10, %bb6
; invoke <core::slice::iter::Iter<T> as core::iter::traits::iterator::Iterator>::next
  %11 = invoke align 8 ptr @"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4next17haddcdde8f1cb1713E"(ptr align 8 %iter)
          to label %bb8 unwind label %terminate, !dbg !935

bb8:                                              ; preds = %bb7
  store ptr %11, ptr %_16, align 8, !dbg !935
  %12 = load ptr, ptr %_16, align 8, !dbg !935
  %13 = ptrtoint ptr %12 to i64, !dbg !935
  %14 = icmp eq i64 %13, 0, !dbg !935
  %_18 = select i1 %14, i64 0, i64 1, !dbg !935
  %15 = trunc nuw i64 %_18 to i1, !dbg !935
  br i1 %15, label %bb10, label %bb11, !dbg !935

bb10:                                             ; preds = %bb8
  %p = load ptr, ptr %_16, align 8, !dbg !973
  store ptr %p, ptr %p.dbg.spill, align 8, !dbg !973
    #dbg_declare(ptr %p.dbg.spill, !929, !DIExpression(), !974)
  %16 = getelementptr inbounds i8, ptr %p, i64 8, !dbg !975
  %_22 = load double, ptr %16, align 8, !dbg !975
  %17 = getelementptr inbounds i8, ptr %p, i64 8, !dbg !976
  %_23 = load double, ptr %17, align 8, !dbg !976
  %_21 = fmul double %_22, %_23, !dbg !975
  %18 = getelementptr inbounds i8, ptr %p, i64 16, !dbg !977
  %_26 = load float, ptr %18, align 8, !dbg !977
  %_25 = fpext float %_26 to double, !dbg !977
  %_28 = load i64, ptr %p, align 8, !dbg !978
  %_27 = sitofp i64 %_28 to double, !dbg !978
  %_24 = fmul double %_25, %_27, !dbg !977
  %_20 = fadd double %_21, %_24, !dbg !975
  %19 = load double, ptr %s, align 8, !dbg !979
  %20 = fadd double %19, %_20, !dbg !979
  store double %20, ptr %s, align 8, !dbg !979
  br label %bb7, !dbg !972

bb11:                                             ; preds = %bb8
  %_0 = load double, ptr %s, align 8, !dbg !980
  ret double %_0, !dbg !981

bb9:                                              ; No predecessors!
  unreachable, !dbg !935
}

; Function Attrs: nounwind nonlazybind uwtable
define double @d_closure(double %k, double %x) unnamed_addr #4 personality ptr @rust_eh_personality !dbg !982 {
start:
  %b.dbg.spill = alloca [8 x i8], align 8
  %a.dbg.spill = alloca [8 x i8], align 8
  %tp.dbg.spill = alloca [8 x i8], align 8
  %x.dbg.spill = alloca [8 x i8], align 8
  %k.dbg.spill = alloca [8 x i8], align 8
  %c = alloca [8 x i8], align 8
  store double %k, ptr %k.dbg.spill, align 8
    #dbg_declare(ptr %k.dbg.spill, !986, !DIExpression(), !996)
  store double %x, ptr %x.dbg.spill, align 8
    #dbg_declare(ptr %x.dbg.spill, !987, !DIExpression(), !997)
    #dbg_declare(ptr %c, !988, !DIExpression(), !998)
  store double %k, ptr %c, align 8, !dbg !999
; invoke enzyme_rs::tramp_ptr
  %tp = invoke ptr @_ZN9enzyme_rs9tramp_ptr17h65351afb1631a496E(ptr align 8 %c)
          to label %bb1 unwind label %terminate, !dbg !1000

terminate:                                        ; preds = %start
  %0 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_cannot_unwind
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() #10, !dbg !1001
  unreachable, !dbg !1001

bb1:                                              ; preds = %start
  store ptr %tp, ptr %tp.dbg.spill, align 8, !dbg !1000
    #dbg_declare(ptr %tp.dbg.spill, !990, !DIExpression(), !1002)
  %_29 = icmp eq i64 ptrtoint (ptr @enzyme_const to i64), 0, !dbg !1003
  %_30 = and i1 %_29, true, !dbg !1003
  %_31 = xor i1 %_30, true, !dbg !1003
  br i1 %_31, label %bb6, label %panic, !dbg !1003

bb6:                                              ; preds = %bb1
  %_7 = load i32, ptr @enzyme_const, align 4, !dbg !1003
  %_35 = icmp eq i64 ptrtoint (ptr @enzyme_out to i64), 0, !dbg !1004
  %_36 = and i1 %_35, true, !dbg !1004
  %_37 = xor i1 %_36, true, !dbg !1004
  br i1 %_37, label %bb7, label %panic1, !dbg !1004

panic:                                            ; preds = %bb1
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_2d121dee9dbc384a5e781e3d227fb765) #11, !dbg !1003
  unreachable, !dbg !1003

bb7:                                              ; preds = %bb6
  %_11 = load i32, ptr @enzyme_out, align 4, !dbg !1004
  %a = call double (ptr, ...) @__enzyme_autodiff(ptr %tp, i32 %_7, ptr %c, i32 %_11, double %x) #15, !dbg !1005
  store double %a, ptr %a.dbg.spill, align 8, !dbg !1005
    #dbg_declare(ptr %a.dbg.spill, !992, !DIExpression(), !1006)
  %b = call double (ptr, ...) @__enzyme_autodiff(ptr %tp, ptr %c, double %x) #15, !dbg !1007
  store double %b, ptr %b.dbg.spill, align 8, !dbg !1007
    #dbg_declare(ptr %b.dbg.spill, !994, !DIExpression(), !1008)
  %_0 = fadd double %a, %b, !dbg !1009
  ret double %_0, !dbg !1010

panic1:                                           ; preds = %bb6
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_473f9fa0d30d8f247647f5a7e5874325) #11, !dbg !1004
  unreachable, !dbg !1004
}

; Function Attrs: nounwind nonlazybind uwtable
define double @d_copy(ptr %ps, ptr %dps, i64 %n) unnamed_addr #4 !dbg !1011 {
start:
  %n.dbg.spill = alloca [8 x i8], align 8
  %dps.dbg.spill = alloca [8 x i8], align 8
  %ps.dbg.spill = alloca [8 x i8], align 8
  store ptr %ps, ptr %ps.dbg.spill, align 8
    #dbg_declare(ptr %ps.dbg.spill, !1015, !DIExpression(), !1018)
  store ptr %dps, ptr %dps.dbg.spill, align 8
    #dbg_declare(ptr %dps.dbg.spill, !1016, !DIExpression(), !1019)
  store i64 %n, ptr %n.dbg.spill, align 8
    #dbg_declare(ptr %n.dbg.spill, !1017, !DIExpression(), !1020)
  %_34 = icmp eq i64 ptrtoint (ptr @enzyme_dup to i64), 0, !dbg !1021
  %_35 = and i1 %_34, true, !dbg !1021
  %_36 = xor i1 %_35, true, !dbg !1021
  br i1 %_36, label %bb6, label %panic, !dbg !1021

bb6:                                              ; preds = %start
  %_7 = load i32, ptr @enzyme_dup, align 4, !dbg !1021
  %_40 = icmp eq i64 ptrtoint (ptr @enzyme_const to i64), 0, !dbg !1022
  %_41 = and i1 %_40, true, !dbg !1022
  %_42 = xor i1 %_41, true, !dbg !1022
  br i1 %_42, label %bb7, label %panic1, !dbg !1022

panic:                                            ; preds = %start
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_7e18b4aec66c8cafbbc7eed87d3c7ab3) #11, !dbg !1021
  unreachable, !dbg !1021

bb7:                                              ; preds = %bb6
  %_9 = load i32, ptr @enzyme_const, align 4, !dbg !1022
  %_4 = call double (ptr, ...) @__enzyme_autodiff(ptr @copy_then_sum, i32 %_7, ptr %ps, ptr %dps, i32 %_9, i64 %n) #15, !dbg !1023
  %_46 = icmp eq i64 ptrtoint (ptr @enzyme_dup to i64), 0, !dbg !1024
  %_47 = and i1 %_46, true, !dbg !1024
  %_48 = xor i1 %_47, true, !dbg !1024
  br i1 %_48, label %bb8, label %panic2, !dbg !1024

panic1:                                           ; preds = %bb6
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_4ed176b1c04c09555cbf08d9edb9b610) #11, !dbg !1022
  unreachable, !dbg !1022

bb8:                                              ; preds = %bb7
  %_14 = load i32, ptr @enzyme_dup, align 4, !dbg !1024
  %_11 = call double (ptr, ...) @__enzyme_autodiff(ptr @copy_one, i32 %_14, ptr %ps, ptr %dps) #15, !dbg !1025
  %_0 = fadd double %_4, %_11, !dbg !1023
  ret double %_0, !dbg !1026

panic2:                                           ; preds = %bb7
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_08278ed16c130a8048153d465c9a0857) #11, !dbg !1024
  unreachable, !dbg !1024
}

; Function Attrs: nounwind nonlazybind uwtable
define double @d_square(double %x) unnamed_addr #4 !dbg !1027 {
start:
  %x.dbg.spill = alloca [8 x i8], align 8
  store double %x, ptr %x.dbg.spill, align 8
    #dbg_declare(ptr %x.dbg.spill, !1029, !DIExpression(), !1030)
  %_14 = icmp eq i64 ptrtoint (ptr @enzyme_out to i64), 0, !dbg !1031
  %_15 = and i1 %_14, true, !dbg !1031
  %_16 = xor i1 %_15, true, !dbg !1031
  br i1 %_16, label %bb3, label %panic, !dbg !1031

bb3:                                              ; preds = %start
  %_4 = load i32, ptr @enzyme_out, align 4, !dbg !1031
  %_0 = call double (ptr, ...) @__enzyme_autodiff(ptr @square, i32 %_4, double %x) #15, !dbg !1032
  ret double %_0, !dbg !1033

panic:                                            ; preds = %start
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_6e66986eec5472a062e977dbd3fd8341) #11, !dbg !1031
  unreachable, !dbg !1031
}

; Function Attrs: nounwind nonlazybind uwtable
define double @fwd_square(double %x) unnamed_addr #4 !dbg !1034 {
start:
  %x.dbg.spill = alloca [8 x i8], align 8
  store double %x, ptr %x.dbg.spill, align 8
    #dbg_declare(ptr %x.dbg.spill, !1036, !DIExpression(), !1037)
  %_14 = icmp eq i64 ptrtoint (ptr @enzyme_dup to i64), 0, !dbg !1038
  %_15 = and i1 %_14, true, !dbg !1038
  %_16 = xor i1 %_15, true, !dbg !1038
  br i1 %_16, label %bb3, label %panic, !dbg !1038

bb3:                                              ; preds = %start
  %_4 = load i32, ptr @enzyme_dup, align 4, !dbg !1038
  %_0 = call double (ptr, ...) @__enzyme_fwddiff(ptr @square, i32 %_4, double %x, double 1.000000e+00) #15, !dbg !1039
  ret double %_0, !dbg !1040

panic:                                            ; preds = %start
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_b19a9e4e190f4896ce3868a8397bdfe9) #11, !dbg !1038
  unreachable, !dbg !1038
}

; Function Attrs: nounwind nonlazybind uwtable
define double @square(double %x) unnamed_addr #4 personality ptr @rust_eh_personality !dbg !1041 {
start:
  %x.dbg.spill = alloca [8 x i8], align 8
  store double %x, ptr %x.dbg.spill, align 8
    #dbg_declare(ptr %x.dbg.spill, !1043, !DIExpression(), !1044)
  %_2 = fmul double %x, %x, !dbg !1045
; invoke std::f64::<impl f64>::sin
  %_3 = invoke double @"_ZN3std3f6421_$LT$impl$u20$f64$GT$3sin17hfeedbe09526c8387E"(double %x)
          to label %bb1 unwind label %terminate, !dbg !1046

terminate:                                        ; preds = %start
  %0 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_cannot_unwind
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() #10, !dbg !1047
  unreachable, !dbg !1047

bb1:                                              ; preds = %start
  %_0 = fadd double %_2, %_3, !dbg !1045
  ret double %_0, !dbg !1048
}

; core::slice::index::slice_index_fail
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core5slice5index16slice_index_fail(i64, i64, i64, ptr align 8) unnamed_addr #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.exp.f64(double) #6

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sin.f64(double) #6

; Function Attrs: nounwind nonlazybind uwtable
declare i32 @rust_eh_personality(i32, i32, i64, ptr, ptr) unnamed_addr #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #7

; core::panicking::panic_cannot_unwind
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() unnamed_addr #8

; core::panicking::panic_nounwind_fmt
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr, ptr, i1 zeroext, ptr align 8) unnamed_addr #9

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctpop.i64(i64) #6

; core::panicking::panic_fmt
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr, ptr, ptr align 8) unnamed_addr #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64) #6

; core::panicking::panic_nounwind
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking14panic_nounwind(ptr align 1, i64) unnamed_addr #9

; core::panicking::panic_misaligned_pointer_dereference
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64, i64, ptr align 8) unnamed_addr #8

; core::panicking::panic_null_pointer_dereference
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8) unnamed_addr #8

; Function Attrs: nounwind nonlazybind uwtable
declare double @__enzyme_autodiff(ptr, ...) unnamed_addr #4

; Function Attrs: nounwind nonlazybind uwtable
declare double @__enzyme_fwddiff(ptr, ...) unnamed_addr #4

attributes #0 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { cold nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { inlinehint nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #9 = { cold noinline noreturn nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #10 = { cold noreturn nounwind }
attributes #11 = { noinline noreturn nounwind }
attributes #12 = { noinline noreturn }
attributes #13 = { inlinehint }
attributes #14 = { inlinehint nounwind }
attributes #15 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}
!llvm.dbg.cu = !{!5}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!5 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !6, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!6 = !DIFile(filename: "src/enzyme_rs.rs/@/enzyme_rs.6ae09c644fec0de4-cgu.0", directory: ".")
!7 = distinct !DISubprogram(name: "exp", linkageName: "_ZN3std3f6421_$LT$impl$u20$f64$GT$3exp17hf3db9dddc04c51e9E", scope: !9, file: !8, line: 411, type: !12, scopeLine: 411, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !15)
!8 = !DIFile(filename: "library/std/src/num/f64.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "25b2a0d69a7ff90f22cee9f25d3729c1")
!9 = !DINamespace(name: "{impl#0}", scope: !10)
!10 = !DINamespace(name: "f64", scope: !11)
!11 = !DINamespace(name: "std", scope: null)
!12 = !DISubroutineType(types: !13)
!13 = !{!14, !14}
!14 = !DIBasicType(name: "f64", size: 64, encoding: DW_ATE_float)
!15 = !{!16}
!16 = !DILocalVariable(name: "self", arg: 1, scope: !7, file: !8, line: 411, type: !14)
!17 = !{}
!18 = !DILocation(line: 411, column: 16, scope: !7)
!19 = !DILocation(line: 412, column: 9, scope: !7)
!20 = !DILocation(line: 413, column: 6, scope: !7)
!21 = distinct !DISubprogram(name: "sin", linkageName: "_ZN3std3f6421_$LT$impl$u20$f64$GT$3sin17hfeedbe09526c8387E", scope: !9, file: !8, line: 699, type: !12, scopeLine: 699, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !22)
!22 = !{!23}
!23 = !DILocalVariable(name: "self", arg: 1, scope: !21, file: !8, line: 699, type: !14)
!24 = !DILocation(line: 699, column: 16, scope: !21)
!25 = !DILocation(line: 700, column: 9, scope: !21)
!26 = !DILocation(line: 701, column: 6, scope: !21)
!27 = distinct !DISubprogram(name: "cold_path", linkageName: "_ZN4core10intrinsics9cold_path17h7a88657a772e33eeE", scope: !29, file: !28, line: 417, type: !31, scopeLine: 417, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !17)
!28 = !DIFile(filename: "library/core/src/intrinsics/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b1b7915c1b8b57766c20270acae549ce")
!29 = !DINamespace(name: "intrinsics", scope: !30)
!30 = !DINamespace(name: "core", scope: null)
!31 = !DISubroutineType(types: !32)
!32 = !{null}
!33 = !DILocation(line: 417, column: 28, scope: !27)
!34 = distinct !DISubprogram(name: "min<usize>", linkageName: "_ZN4core3cmp3Ord3min17hba36125d71464a67E", scope: !36, file: !35, line: 1072, type: !38, scopeLine: 1072, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !44, retainedNodes: !41)
!35 = !DIFile(filename: "library/core/src/cmp.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "9b875f3ee90b4abbf50efdba3db39504")
!36 = !DINamespace(name: "Ord", scope: !37)
!37 = !DINamespace(name: "cmp", scope: !30)
!38 = !DISubroutineType(types: !39)
!39 = !{!40, !40, !40}
!40 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!41 = !{!42, !43}
!42 = !DILocalVariable(name: "self", arg: 1, scope: !34, file: !35, line: 1072, type: !40)
!43 = !DILocalVariable(name: "other", arg: 2, scope: !34, file: !35, line: 1072, type: !40)
!44 = !{!45}
!45 = !DITemplateTypeParameter(name: "Self", type: !40)
!46 = !DILocation(line: 1072, column: 12, scope: !34)
!47 = !DILocation(line: 1072, column: 18, scope: !34)
!48 = !DILocation(line: 1076, column: 12, scope: !34)
!49 = !DILocalVariable(name: "self", arg: 1, scope: !50, file: !35, line: 1916, type: !56)
!50 = distinct !DISubprogram(name: "lt", linkageName: "_RNvXsU_NtNtCsgEmfK2I1SDS_4core3cmp5implsjNtB7_10PartialOrd2lt", scope: !51, file: !35, line: 1916, type: !53, scopeLine: 1916, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !57)
!51 = !DINamespace(name: "{impl#58}", scope: !52)
!52 = !DINamespace(name: "impls", scope: !37)
!53 = !DISubroutineType(types: !54)
!54 = !{!55, !56, !56}
!55 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!56 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&usize", baseType: !40, size: 64, align: 64, dwarfAddressSpace: 0)
!57 = !{!49, !58}
!58 = !DILocalVariable(name: "other", arg: 2, scope: !50, file: !35, line: 1916, type: !56)
!59 = !DILocation(line: 1916, column: 19, scope: !50, inlinedAt: !60)
!60 = distinct !DILocation(line: 1076, column: 12, scope: !34)
!61 = !DILocation(line: 1916, column: 26, scope: !50, inlinedAt: !60)
!62 = !DILocation(line: 1916, column: 50, scope: !50, inlinedAt: !60)
!63 = !DILocation(line: 1916, column: 59, scope: !50, inlinedAt: !60)
!64 = !DILocation(line: 1916, column: 67, scope: !50, inlinedAt: !60)
!65 = !DILocation(line: 1077, column: 5, scope: !34)
!66 = !DILocation(line: 1076, column: 42, scope: !34)
!67 = !DILocation(line: 1076, column: 27, scope: !34)
!68 = !DILocation(line: 1077, column: 6, scope: !34)
!69 = !DILocation(line: 1072, column: 5, scope: !34)
!70 = distinct !DISubprogram(name: "precondition_check", linkageName: "_ZN4core3ptr19copy_nonoverlapping18precondition_check17h5b2b88adbd112fd0E", scope: !72, file: !71, line: 68, type: !74, scopeLine: 68, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !110)
!71 = !DIFile(filename: "library/core/src/ub_checks.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8a26eb599fa825194a3e796d4688d4db")
!72 = !DINamespace(name: "copy_nonoverlapping", scope: !73)
!73 = !DINamespace(name: "ptr", scope: !30)
!74 = !DISubroutineType(types: !75)
!75 = !{null, !76, !78, !40, !40, !40, !79}
!76 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const ()", baseType: !77, size: 64, align: 64, dwarfAddressSpace: 0)
!77 = !DIBasicType(name: "()", encoding: DW_ATE_unsigned)
!78 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut ()", baseType: !77, size: 64, align: 64, dwarfAddressSpace: 0)
!79 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::location::Location", baseType: !80, size: 64, align: 64, dwarfAddressSpace: 0)
!80 = !DICompositeType(tag: DW_TAG_structure_type, name: "Location", scope: !82, file: !81, size: 192, align: 64, flags: DIFlagPublic, elements: !84, templateParams: !17, identifier: "c23b7de1297af8f4a89df3da49f37ee6")
!81 = !DIFile(filename: "<unknown>", directory: "")
!82 = !DINamespace(name: "location", scope: !83)
!83 = !DINamespace(name: "panic", scope: !30)
!84 = !{!85, !98, !100, !101}
!85 = !DIDerivedType(tag: DW_TAG_member, name: "filename", scope: !80, file: !81, baseType: !86, size: 128, align: 64, flags: DIFlagPrivate)
!86 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<str>", scope: !87, file: !81, size: 128, align: 64, flags: DIFlagPublic, elements: !88, templateParams: !96, identifier: "cc7383b2ce73f6838bfb6ae828fb6ae6")
!87 = !DINamespace(name: "non_null", scope: !73)
!88 = !{!89}
!89 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !86, file: !81, baseType: !90, size: 128, align: 64, flags: DIFlagPrivate)
!90 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const str", file: !81, size: 128, align: 64, elements: !91, templateParams: !17, identifier: "238a44609877474087c05adf26cd41fa")
!91 = !{!92, !95}
!92 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !90, file: !81, baseType: !93, size: 64, align: 64)
!93 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !94, size: 64, align: 64, dwarfAddressSpace: 0)
!94 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!95 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !90, file: !81, baseType: !40, size: 64, align: 64, offset: 64)
!96 = !{!97}
!97 = !DITemplateTypeParameter(name: "T", type: !94)
!98 = !DIDerivedType(tag: DW_TAG_member, name: "line", scope: !80, file: !81, baseType: !99, size: 32, align: 32, offset: 128, flags: DIFlagPrivate)
!99 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!100 = !DIDerivedType(tag: DW_TAG_member, name: "col", scope: !80, file: !81, baseType: !99, size: 32, align: 32, offset: 160, flags: DIFlagPrivate)
!101 = !DIDerivedType(tag: DW_TAG_member, name: "_filename", scope: !80, file: !81, baseType: !102, align: 8, offset: 192, flags: DIFlagPrivate)
!102 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&str>", scope: !103, file: !81, align: 8, flags: DIFlagPublic, elements: !17, templateParams: !104, identifier: "e16ac355808b6aef9fb50b5f125fee05")
!103 = !DINamespace(name: "marker", scope: !30)
!104 = !{!105}
!105 = !DITemplateTypeParameter(name: "T", type: !106)
!106 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !81, size: 128, align: 64, elements: !107, templateParams: !17, identifier: "9277eecd40495f85161460476aacc992")
!107 = !{!108, !109}
!108 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !106, file: !81, baseType: !93, size: 64, align: 64)
!109 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !106, file: !81, baseType: !40, size: 64, align: 64, offset: 64)
!110 = !{!111, !112, !113, !114, !115, !116, !119}
!111 = !DILocalVariable(name: "src", arg: 1, scope: !70, file: !71, line: 68, type: !76)
!112 = !DILocalVariable(name: "dst", arg: 2, scope: !70, file: !71, line: 68, type: !78)
!113 = !DILocalVariable(name: "size", arg: 3, scope: !70, file: !71, line: 68, type: !40)
!114 = !DILocalVariable(name: "align", arg: 4, scope: !70, file: !71, line: 68, type: !40)
!115 = !DILocalVariable(name: "count", arg: 5, scope: !70, file: !71, line: 68, type: !40)
!116 = !DILocalVariable(name: "zero_size", scope: !117, file: !118, line: 538, type: !55, align: 8)
!117 = distinct !DILexicalBlock(scope: !70, file: !118, line: 538, column: 13)
!118 = !DIFile(filename: "library/core/src/ptr/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8f706ae0a0620120e6e931983ef127f1")
!119 = !DILocalVariable(name: "msg", scope: !120, file: !71, line: 70, type: !106, align: 64)
!120 = distinct !DILexicalBlock(scope: !70, file: !71, line: 70, column: 21)
!121 = !DILocation(line: 68, column: 43, scope: !70)
!122 = !DILocalVariable(name: "ptr", arg: 1, scope: !123, file: !71, line: 119, type: !76)
!123 = distinct !DISubprogram(name: "maybe_is_aligned_and_not_null", linkageName: "_ZN4core9ub_checks29maybe_is_aligned_and_not_null17hee398b022364d0abE", scope: !124, file: !71, line: 118, type: !125, scopeLine: 118, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !127)
!124 = !DINamespace(name: "ub_checks", scope: !30)
!125 = !DISubroutineType(types: !126)
!126 = !{!55, !76, !40, !55}
!127 = !{!122, !128, !129}
!128 = !DILocalVariable(name: "align", arg: 2, scope: !123, file: !71, line: 120, type: !40)
!129 = !DILocalVariable(name: "is_zst", arg: 3, scope: !123, file: !71, line: 121, type: !55)
!130 = !DILocation(line: 119, column: 5, scope: !123, inlinedAt: !131)
!131 = !DILocation(line: 539, column: 13, scope: !117)
!132 = !DILocalVariable(name: "ptr", arg: 1, scope: !133, file: !71, line: 134, type: !76)
!133 = distinct !DISubprogram(name: "maybe_is_aligned", linkageName: "_ZN4core9ub_checks16maybe_is_aligned17h3f2e8faf1bf67b42E", scope: !124, file: !71, line: 134, type: !134, scopeLine: 134, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !136)
!134 = !DISubroutineType(types: !135)
!135 = !{!55, !76, !40}
!136 = !{!132, !137}
!137 = !DILocalVariable(name: "align", arg: 2, scope: !133, file: !71, line: 134, type: !40)
!138 = !DILocation(line: 134, column: 38, scope: !133, inlinedAt: !139)
!139 = !DILocation(line: 124, column: 5, scope: !123, inlinedAt: !131)
!140 = !DILocalVariable(name: "ptr", arg: 1, scope: !141, file: !28, line: 2434, type: !76)
!141 = distinct !DISubprogram(name: "runtime", linkageName: "_ZN4core9ub_checks16maybe_is_aligned7runtime17ha98a1a45b52b2678E", scope: !142, file: !28, line: 2434, type: !134, scopeLine: 2434, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !143)
!142 = !DINamespace(name: "maybe_is_aligned", scope: !124)
!143 = !{!140, !144}
!144 = !DILocalVariable(name: "align", arg: 2, scope: !141, file: !28, line: 2434, type: !40)
!145 = !DILocation(line: 2434, column: 40, scope: !141, inlinedAt: !146)
!146 = !DILocation(line: 2447, column: 9, scope: !147, inlinedAt: !139)
!147 = !DILexicalBlockFile(scope: !133, file: !28, discriminator: 0)
!148 = !DILocalVariable(name: "self", arg: 1, scope: !149, file: !150, line: 22, type: !76)
!149 = distinct !DISubprogram(name: "is_null<()>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$7is_null17h2ca79db1471f86a6E", scope: !151, file: !150, line: 22, type: !153, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !156, retainedNodes: !155)
!150 = !DIFile(filename: "library/core/src/ptr/const_ptr.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "48638a38fe414ca30cde797e4a40b3a9")
!151 = !DINamespace(name: "{impl#0}", scope: !152)
!152 = !DINamespace(name: "const_ptr", scope: !73)
!153 = !DISubroutineType(types: !154)
!154 = !{!55, !76}
!155 = !{!148}
!156 = !{!157}
!157 = !DITemplateTypeParameter(name: "T", type: !77)
!158 = !DILocation(line: 22, column: 26, scope: !149, inlinedAt: !159)
!159 = !DILocation(line: 124, column: 53, scope: !123, inlinedAt: !131)
!160 = !DILocalVariable(name: "src", arg: 1, scope: !161, file: !71, line: 160, type: !76)
!161 = distinct !DISubprogram(name: "maybe_is_nonoverlapping", linkageName: "_ZN4core9ub_checks23maybe_is_nonoverlapping17h6a0fe57f576dfc5eE", scope: !124, file: !71, line: 159, type: !162, scopeLine: 159, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !164)
!162 = !DISubroutineType(types: !163)
!163 = !{!55, !76, !76, !40, !40}
!164 = !{!160, !165, !166, !167}
!165 = !DILocalVariable(name: "dst", arg: 2, scope: !161, file: !71, line: 161, type: !76)
!166 = !DILocalVariable(name: "size", arg: 3, scope: !161, file: !71, line: 162, type: !40)
!167 = !DILocalVariable(name: "count", arg: 4, scope: !161, file: !71, line: 163, type: !40)
!168 = !DILocation(line: 160, column: 5, scope: !161, inlinedAt: !169)
!169 = !DILocation(line: 541, column: 20, scope: !117)
!170 = !DILocation(line: 162, column: 5, scope: !161, inlinedAt: !169)
!171 = !DILocation(line: 120, column: 5, scope: !123, inlinedAt: !131)
!172 = !DILocation(line: 134, column: 54, scope: !133, inlinedAt: !139)
!173 = !DILocation(line: 120, column: 5, scope: !123, inlinedAt: !174)
!174 = !DILocation(line: 540, column: 20, scope: !117)
!175 = !DILocation(line: 134, column: 54, scope: !133, inlinedAt: !176)
!176 = !DILocation(line: 124, column: 5, scope: !177, inlinedAt: !174)
!177 = !DILexicalBlockFile(scope: !123, file: !71, discriminator: 2)
!178 = !DILocation(line: 2434, column: 40, scope: !141, inlinedAt: !179)
!179 = !DILocation(line: 2447, column: 9, scope: !180, inlinedAt: !176)
!180 = !DILexicalBlockFile(scope: !147, file: !28, discriminator: 4)
!181 = !DILocation(line: 163, column: 5, scope: !161, inlinedAt: !169)
!182 = !DILocation(line: 538, column: 17, scope: !117)
!183 = !DILocation(line: 121, column: 5, scope: !123, inlinedAt: !174)
!184 = !DILocation(line: 538, column: 29, scope: !185)
!185 = !DILexicalBlockFile(scope: !70, file: !118, discriminator: 0)
!186 = !DILocation(line: 538, column: 43, scope: !185)
!187 = !DILocation(line: 539, column: 66, scope: !117)
!188 = !DILocation(line: 121, column: 5, scope: !123, inlinedAt: !131)
!189 = !DILocation(line: 141, column: 17, scope: !190, inlinedAt: !146)
!190 = !DILexicalBlockFile(scope: !141, file: !71, discriminator: 0)
!191 = !DILocation(line: 68, column: 13, scope: !70)
!192 = !DILocation(line: 124, column: 38, scope: !123, inlinedAt: !131)
!193 = !DILocation(line: 0, scope: !194)
!194 = !DILexicalBlockFile(scope: !117, file: !195, discriminator: 0)
!195 = !DIFile(filename: "src/enzyme_rs.rs", directory: ".", checksumkind: CSK_MD5, checksum: "cfe360b480f5bc3e6b1e914ed1c51bf1")
!196 = !DILocation(line: 159, column: 18, scope: !197, inlinedAt: !201)
!197 = distinct !DISubprogram(name: "addr<u8>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$4addr17h40befa5544131fe6E", scope: !151, file: !150, line: 153, type: !198, scopeLine: 153, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !96)
!198 = !DISubroutineType(types: !199)
!199 = !{!40, !200}
!200 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !94, size: 64, align: 64, dwarfAddressSpace: 0)
!201 = !DILocation(line: 38, column: 21, scope: !202, inlinedAt: !207)
!202 = !DILexicalBlockFile(scope: !203, file: !150, discriminator: 0)
!203 = distinct !DISubprogram(name: "runtime", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$7is_null7runtime17h740e1e59f17fcd73E", scope: !204, file: !28, line: 2434, type: !205, scopeLine: 2434, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !17)
!204 = !DINamespace(name: "is_null", scope: !151)
!205 = !DISubroutineType(types: !206)
!206 = !{!55, !200}
!207 = !DILocation(line: 2447, column: 9, scope: !208, inlinedAt: !159)
!208 = !DILexicalBlockFile(scope: !209, file: !28, discriminator: 2)
!209 = !DILexicalBlockFile(scope: !149, file: !28, discriminator: 0)
!210 = !DILocation(line: 38, column: 17, scope: !202, inlinedAt: !207)
!211 = !DILocation(line: 124, column: 48, scope: !123, inlinedAt: !131)
!212 = !DILocation(line: 540, column: 61, scope: !117)
!213 = !DILocation(line: 119, column: 5, scope: !123, inlinedAt: !174)
!214 = !DILocation(line: 134, column: 38, scope: !133, inlinedAt: !176)
!215 = !DILocation(line: 22, column: 26, scope: !149, inlinedAt: !216)
!216 = !DILocation(line: 124, column: 53, scope: !177, inlinedAt: !174)
!217 = !DILocation(line: 161, column: 5, scope: !161, inlinedAt: !169)
!218 = !DILocation(line: 141, column: 17, scope: !190, inlinedAt: !179)
!219 = !DILocation(line: 537, column: 14, scope: !185)
!220 = !DILocation(line: 124, column: 5, scope: !123, inlinedAt: !174)
!221 = !DILocation(line: 124, column: 38, scope: !123, inlinedAt: !174)
!222 = !DILocation(line: 159, column: 18, scope: !197, inlinedAt: !223)
!223 = !DILocation(line: 38, column: 21, scope: !224, inlinedAt: !225)
!224 = !DILexicalBlockFile(scope: !202, file: !150, discriminator: 2)
!225 = !DILocation(line: 2447, column: 9, scope: !226, inlinedAt: !216)
!226 = !DILexicalBlockFile(scope: !209, file: !28, discriminator: 6)
!227 = !DILocation(line: 38, column: 17, scope: !202, inlinedAt: !225)
!228 = !DILocation(line: 124, column: 48, scope: !123, inlinedAt: !174)
!229 = !DILocation(line: 2447, column: 9, scope: !230, inlinedAt: !169)
!230 = !DILexicalBlockFile(scope: !161, file: !28, discriminator: 0)
!231 = !DILocation(line: 70, column: 31, scope: !70)
!232 = !DILocation(line: 70, column: 25, scope: !120)
!233 = !DILocalVariable(name: "s", arg: 1, scope: !234, file: !235, line: 815, type: !106)
!234 = distinct !DISubprogram(name: "from_str", linkageName: "_ZN4core3fmt9Arguments8from_str17h651100e855df9b5dE", scope: !236, file: !235, line: 815, type: !318, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !17, declaration: !320, retainedNodes: !321)
!235 = !DIFile(filename: "library/core/src/fmt/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "66c54229528687a22c80807f245fa4df")
!236 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arguments", scope: !237, file: !81, size: 128, align: 64, flags: DIFlagPublic, elements: !238, templateParams: !17, identifier: "e5c67bbe046da39973c72077c7f66185")
!237 = !DINamespace(name: "fmt", scope: !30)
!238 = !{!239, !243}
!239 = !DIDerivedType(tag: DW_TAG_member, name: "template", scope: !236, file: !81, baseType: !240, size: 64, align: 64, flags: DIFlagPrivate)
!240 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<u8>", scope: !87, file: !81, size: 64, align: 64, flags: DIFlagPublic, elements: !241, templateParams: !96, identifier: "ff3cb4cecc4ed13dfb833309b96ea529")
!241 = !{!242}
!242 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !240, file: !81, baseType: !200, size: 64, align: 64, flags: DIFlagPrivate)
!243 = !DIDerivedType(tag: DW_TAG_member, name: "args", scope: !236, file: !81, baseType: !244, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!244 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<core::fmt::rt::Argument>", scope: !87, file: !81, size: 64, align: 64, flags: DIFlagPublic, elements: !245, templateParams: !316, identifier: "2e7cb7ba6db6aae8a5c20264d17cea0a")
!245 = !{!246}
!246 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !244, file: !81, baseType: !247, size: 64, align: 64, flags: DIFlagPrivate)
!247 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const core::fmt::rt::Argument", baseType: !248, size: 64, align: 64, dwarfAddressSpace: 0)
!248 = !DICompositeType(tag: DW_TAG_structure_type, name: "Argument", scope: !249, file: !81, size: 128, align: 64, flags: DIFlagPublic, elements: !250, templateParams: !17, identifier: "1d5f7550f7e7e04cbc4d2cf57c27606b")
!249 = !DINamespace(name: "rt", scope: !237)
!250 = !{!251}
!251 = !DIDerivedType(tag: DW_TAG_member, name: "ty", scope: !248, file: !81, baseType: !252, size: 128, align: 64, flags: DIFlagPrivate)
!252 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArgumentType", scope: !249, file: !81, size: 128, align: 64, flags: DIFlagPrivate, elements: !253, templateParams: !17, identifier: "b1cfb4618f1c38c3f96eab6c02edf448")
!253 = !{!254}
!254 = !DICompositeType(tag: DW_TAG_variant_part, scope: !252, file: !81, size: 128, align: 64, elements: !255, templateParams: !17, identifier: "fbd384083752b747f8b252853b979154", discriminator: !314)
!255 = !{!256, !310}
!256 = !DIDerivedType(tag: DW_TAG_member, name: "Placeholder", scope: !254, file: !81, baseType: !257, size: 128, align: 64)
!257 = !DICompositeType(tag: DW_TAG_structure_type, name: "Placeholder", scope: !252, file: !81, size: 128, align: 64, flags: DIFlagPrivate, elements: !258, templateParams: !17, identifier: "91d44a8fdafb90acd8f4961dbde4212b")
!258 = !{!259, !263, !305}
!259 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !257, file: !81, baseType: !260, size: 64, align: 64, flags: DIFlagPrivate)
!260 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<()>", scope: !87, file: !81, size: 64, align: 64, flags: DIFlagPublic, elements: !261, templateParams: !156, identifier: "f4e496144210c619b96aa08326287b92")
!261 = !{!262}
!262 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !260, file: !81, baseType: !76, size: 64, align: 64, flags: DIFlagPrivate)
!263 = !DIDerivedType(tag: DW_TAG_member, name: "formatter", scope: !257, file: !81, baseType: !264, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!264 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "unsafe fn(core::ptr::non_null::NonNull<()>, &mut core::fmt::Formatter) -> core::result::Result<(), core::fmt::Error>", baseType: !265, size: 64, align: 64, dwarfAddressSpace: 0)
!265 = !DISubroutineType(types: !266)
!266 = !{!267, !260, !284}
!267 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<(), core::fmt::Error>", scope: !268, file: !81, size: 8, align: 8, flags: DIFlagPublic, elements: !269, templateParams: !17, identifier: "1c6752419820cdc3961061cc58b31873")
!268 = !DINamespace(name: "result", scope: !30)
!269 = !{!270}
!270 = !DICompositeType(tag: DW_TAG_variant_part, scope: !267, file: !81, size: 8, align: 8, elements: !271, templateParams: !17, identifier: "92c1f85eaa1d7dab2e3165ee2fc4946", discriminator: !283)
!271 = !{!272, !279}
!272 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !270, file: !81, baseType: !273, size: 8, align: 8, extraData: i8 0)
!273 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !267, file: !81, size: 8, align: 8, flags: DIFlagPublic, elements: !274, templateParams: !276, identifier: "1d7115f6c7f9f62c2100933bba0c76f9")
!274 = !{!275}
!275 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !273, file: !81, baseType: !77, align: 8, offset: 8, flags: DIFlagPublic)
!276 = !{!157, !277}
!277 = !DITemplateTypeParameter(name: "E", type: !278)
!278 = !DICompositeType(tag: DW_TAG_structure_type, name: "Error", scope: !237, file: !81, align: 8, flags: DIFlagPublic, elements: !17, identifier: "5a24300cdda31093f5fe20c939b4885")
!279 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !270, file: !81, baseType: !280, size: 8, align: 8, extraData: i8 1)
!280 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !267, file: !81, size: 8, align: 8, flags: DIFlagPublic, elements: !281, templateParams: !276, identifier: "27094aa3bc4c448bf12b8530386fdeb2")
!281 = !{!282}
!282 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !280, file: !81, baseType: !278, align: 8, offset: 8, flags: DIFlagPublic)
!283 = !DIDerivedType(tag: DW_TAG_member, scope: !267, file: !81, baseType: !94, size: 8, align: 8, flags: DIFlagArtificial)
!284 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::fmt::Formatter", baseType: !285, size: 64, align: 64, dwarfAddressSpace: 0)
!285 = !DICompositeType(tag: DW_TAG_structure_type, name: "Formatter", scope: !237, file: !81, size: 192, align: 64, flags: DIFlagPublic, elements: !286, templateParams: !17, identifier: "c45a1f7f7c29ecbbdbd29c835fac516c")
!286 = !{!287, !294}
!287 = !DIDerivedType(tag: DW_TAG_member, name: "options", scope: !285, file: !81, baseType: !288, size: 64, align: 32, offset: 128, flags: DIFlagPrivate)
!288 = !DICompositeType(tag: DW_TAG_structure_type, name: "FormattingOptions", scope: !237, file: !81, size: 64, align: 32, flags: DIFlagPublic, elements: !289, templateParams: !17, identifier: "ca2f5547247cd95c514a47d5800e09e")
!289 = !{!290, !291, !293}
!290 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !288, file: !81, baseType: !99, size: 32, align: 32, flags: DIFlagPrivate)
!291 = !DIDerivedType(tag: DW_TAG_member, name: "width", scope: !288, file: !81, baseType: !292, size: 16, align: 16, offset: 32, flags: DIFlagPrivate)
!292 = !DIBasicType(name: "u16", size: 16, encoding: DW_ATE_unsigned)
!293 = !DIDerivedType(tag: DW_TAG_member, name: "precision", scope: !288, file: !81, baseType: !292, size: 16, align: 16, offset: 48, flags: DIFlagPrivate)
!294 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !285, file: !81, baseType: !295, size: 128, align: 64, flags: DIFlagPrivate)
!295 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut dyn core::fmt::Write", file: !81, size: 128, align: 64, elements: !296, templateParams: !17, identifier: "effe97114690fc58a8e246cb04e37234")
!296 = !{!297, !300}
!297 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !295, file: !81, baseType: !298, size: 64, align: 64)
!298 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !299, size: 64, align: 64, dwarfAddressSpace: 0)
!299 = !DICompositeType(tag: DW_TAG_structure_type, name: "dyn core::fmt::Write", file: !81, align: 8, elements: !17, identifier: "64328679825f9c73b507edbfd5b86b47")
!300 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !295, file: !81, baseType: !301, size: 64, align: 64, offset: 64)
!301 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 6]", baseType: !302, size: 64, align: 64, dwarfAddressSpace: 0)
!302 = !DICompositeType(tag: DW_TAG_array_type, baseType: !40, size: 384, align: 64, elements: !303)
!303 = !{!304}
!304 = !DISubrange(count: 6, lowerBound: 0)
!305 = !DIDerivedType(tag: DW_TAG_member, name: "_lifetime", scope: !257, file: !81, baseType: !306, align: 8, offset: 128, flags: DIFlagPrivate)
!306 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&()>", scope: !103, file: !81, align: 8, flags: DIFlagPublic, elements: !17, templateParams: !307, identifier: "efa596960370766459fc018866dc4048")
!307 = !{!308}
!308 = !DITemplateTypeParameter(name: "T", type: !309)
!309 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&()", baseType: !77, size: 64, align: 64, dwarfAddressSpace: 0)
!310 = !DIDerivedType(tag: DW_TAG_member, name: "Count", scope: !254, file: !81, baseType: !311, size: 128, align: 64, extraData: i64 0)
!311 = !DICompositeType(tag: DW_TAG_structure_type, name: "Count", scope: !252, file: !81, size: 128, align: 64, flags: DIFlagPrivate, elements: !312, templateParams: !17, identifier: "1d9161ed3114ac1c26d36137fc96704d")
!312 = !{!313}
!313 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !311, file: !81, baseType: !292, size: 16, align: 16, offset: 64, flags: DIFlagPrivate)
!314 = !DIDerivedType(tag: DW_TAG_member, scope: !252, file: !81, baseType: !315, size: 64, align: 64, flags: DIFlagArtificial)
!315 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!316 = !{!317}
!317 = !DITemplateTypeParameter(name: "T", type: !248)
!318 = !DISubroutineType(types: !319)
!319 = !{!236, !106}
!320 = !DISubprogram(name: "from_str", linkageName: "_ZN4core3fmt9Arguments8from_str17h651100e855df9b5dE", scope: !236, file: !235, line: 815, type: !318, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !17)
!321 = !{!233}
!322 = !DILocation(line: 815, column: 27, scope: !234, inlinedAt: !323)
!323 = !DILocation(line: 73, column: 59, scope: !120)
!324 = !DILocalVariable(name: "self", arg: 1, scope: !325, file: !326, line: 578, type: !106)
!325 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !327, file: !326, line: 578, type: !329, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !331)
!326 = !DIFile(filename: "library/core/src/str/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b67baab1b9aefdbe1feb84767953c83d")
!327 = !DINamespace(name: "{impl#0}", scope: !328)
!328 = !DINamespace(name: "str", scope: !30)
!329 = !DISubroutineType(types: !330)
!330 = !{!200, !106}
!331 = !{!324}
!332 = !DILocation(line: 578, column: 25, scope: !325, inlinedAt: !333)
!333 = !DILocation(line: 819, column: 44, scope: !234, inlinedAt: !323)
!334 = !DILocalVariable(name: "self", arg: 1, scope: !335, file: !326, line: 157, type: !106)
!335 = distinct !DISubprogram(name: "len", linkageName: "_ZN4core3str21_$LT$impl$u20$str$GT$3len17ha94e3ddb66af3e9aE", scope: !327, file: !326, line: 157, type: !336, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !338)
!336 = !DISubroutineType(types: !337)
!337 = !{!40, !106}
!338 = !{!334}
!339 = !DILocation(line: 157, column: 22, scope: !335, inlinedAt: !340)
!340 = !DILocation(line: 820, column: 40, scope: !234, inlinedAt: !323)
!341 = !DILocalVariable(name: "self", arg: 1, scope: !342, file: !326, line: 502, type: !106)
!342 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !327, file: !326, line: 502, type: !343, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !349)
!343 = !DISubroutineType(types: !344)
!344 = !{!345, !106}
!345 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[u8]", file: !81, size: 128, align: 64, elements: !346, templateParams: !17, identifier: "31681e0c10b314f1f33e38b2779acbb4")
!346 = !{!347, !348}
!347 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !345, file: !81, baseType: !93, size: 64, align: 64)
!348 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !345, file: !81, baseType: !40, size: 64, align: 64, offset: 64)
!349 = !{!341}
!350 = !DILocation(line: 502, column: 27, scope: !342, inlinedAt: !351)
!351 = !DILocation(line: 158, column: 14, scope: !335, inlinedAt: !340)
!352 = !DILocation(line: 73, column: 21, scope: !120)
!353 = !DILocation(line: 75, column: 14, scope: !70)
!354 = distinct !DISubprogram(name: "is_aligned_to<()>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$13is_aligned_to17h4307ea4071b565f5E", scope: !151, file: !150, line: 1372, type: !134, scopeLine: 1372, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !156, retainedNodes: !355)
!355 = !{!356, !357}
!356 = !DILocalVariable(name: "self", arg: 1, scope: !354, file: !150, line: 1372, type: !76)
!357 = !DILocalVariable(name: "align", arg: 2, scope: !354, file: !150, line: 1372, type: !40)
!358 = !DILocation(line: 1372, column: 26, scope: !354)
!359 = !DILocalVariable(name: "self", arg: 1, scope: !360, file: !150, line: 153, type: !76)
!360 = distinct !DISubprogram(name: "addr<()>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$4addr17h2c8ff7cdba9fc10dE", scope: !151, file: !150, line: 153, type: !361, scopeLine: 153, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !156, retainedNodes: !363)
!361 = !DISubroutineType(types: !362)
!362 = !{!40, !76}
!363 = !{!359}
!364 = !DILocation(line: 153, column: 17, scope: !360, inlinedAt: !365)
!365 = !DILocation(line: 1377, column: 14, scope: !354)
!366 = !DILocalVariable(name: "self", arg: 1, scope: !367, file: !150, line: 48, type: !76)
!367 = distinct !DISubprogram(name: "cast<(), ()>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$4cast17h12fdc4c4b095f4cdE", scope: !151, file: !150, line: 48, type: !368, scopeLine: 48, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !371, retainedNodes: !370)
!368 = !DISubroutineType(types: !369)
!369 = !{!76, !76}
!370 = !{!366}
!371 = !{!157, !372}
!372 = !DITemplateTypeParameter(name: "U", type: !77)
!373 = !DILocation(line: 48, column: 26, scope: !367, inlinedAt: !374)
!374 = !DILocation(line: 159, column: 38, scope: !360, inlinedAt: !365)
!375 = !DILocation(line: 1372, column: 32, scope: !354)
!376 = !DILocalVariable(name: "self", arg: 1, scope: !377, file: !378, line: 3761, type: !40)
!377 = distinct !DISubprogram(name: "is_power_of_two", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj15is_power_of_two", scope: !379, file: !378, line: 3761, type: !381, scopeLine: 3761, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !383)
!378 = !DIFile(filename: "library/core/src/num/uint_macros.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "de2f29a3485fc28d710ba6c3062e6efa")
!379 = !DINamespace(name: "{impl#11}", scope: !380)
!380 = !DINamespace(name: "num", scope: !30)
!381 = !DISubroutineType(types: !382)
!382 = !{!55, !40}
!383 = !{!376}
!384 = !DILocation(line: 3761, column: 38, scope: !377, inlinedAt: !385)
!385 = !DILocation(line: 1373, column: 19, scope: !354)
!386 = !DILocalVariable(name: "self", arg: 1, scope: !387, file: !378, line: 84, type: !40)
!387 = distinct !DISubprogram(name: "count_ones", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj10count_ones", scope: !379, file: !378, line: 84, type: !388, scopeLine: 84, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !390)
!388 = !DISubroutineType(types: !389)
!389 = !{!99, !40}
!390 = !{!386}
!391 = !DILocation(line: 84, column: 33, scope: !387, inlinedAt: !392)
!392 = !DILocation(line: 3762, column: 18, scope: !377, inlinedAt: !385)
!393 = !DILocation(line: 85, column: 20, scope: !387, inlinedAt: !392)
!394 = !DILocation(line: 1373, column: 13, scope: !354)
!395 = !DILocation(line: 159, column: 18, scope: !360, inlinedAt: !365)
!396 = !DILocation(line: 1377, column: 23, scope: !354)
!397 = !DILocation(line: 1377, column: 9, scope: !354)
!398 = !DILocation(line: 1378, column: 6, scope: !354)
!399 = !DILocation(line: 1374, column: 13, scope: !354)
!400 = !DILocalVariable(name: "s", arg: 1, scope: !401, file: !235, line: 815, type: !106)
!401 = distinct !DISubprogram(name: "from_str", linkageName: "_ZN4core3fmt9Arguments8from_str17h651100e855df9b5dE", scope: !236, file: !235, line: 815, type: !318, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !17, declaration: !320, retainedNodes: !402)
!402 = !{!400}
!403 = !DILocation(line: 815, column: 27, scope: !401, inlinedAt: !399)
!404 = !DILocalVariable(name: "self", arg: 1, scope: !405, file: !326, line: 578, type: !106)
!405 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !327, file: !326, line: 578, type: !329, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !406)
!406 = !{!404}
!407 = !DILocation(line: 578, column: 25, scope: !405, inlinedAt: !408)
!408 = !DILocation(line: 819, column: 44, scope: !401, inlinedAt: !399)
!409 = !DILocalVariable(name: "self", arg: 1, scope: !410, file: !326, line: 157, type: !106)
!410 = distinct !DISubprogram(name: "len", linkageName: "_ZN4core3str21_$LT$impl$u20$str$GT$3len17ha94e3ddb66af3e9aE", scope: !327, file: !326, line: 157, type: !336, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !411)
!411 = !{!409}
!412 = !DILocation(line: 157, column: 22, scope: !410, inlinedAt: !413)
!413 = !DILocation(line: 820, column: 40, scope: !401, inlinedAt: !399)
!414 = !DILocalVariable(name: "self", arg: 1, scope: !415, file: !326, line: 502, type: !106)
!415 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !327, file: !326, line: 502, type: !343, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !416)
!416 = !{!414}
!417 = !DILocation(line: 502, column: 27, scope: !415, inlinedAt: !418)
!418 = !DILocation(line: 158, column: 14, scope: !410, inlinedAt: !413)
!419 = distinct !DISubprogram(name: "index<enzyme_rs::P, core::ops::range::RangeTo<usize>, 8>", linkageName: "_ZN4core5array85_$LT$impl$u20$core..ops..index..Index$LT$I$GT$$u20$for$u20$$u5b$T$u3b$$u20$N$u5d$$GT$5index17hfc840b1f4d58646aE", scope: !421, file: !420, line: 389, type: !423, scopeLine: 389, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !454, retainedNodes: !451)
!420 = !DIFile(filename: "library/core/src/array/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "ae7ea7cfa39f7224b0ae145dc07999b5")
!421 = !DINamespace(name: "{impl#15}", scope: !422)
!422 = !DINamespace(name: "array", scope: !30)
!423 = !DISubroutineType(types: !424)
!424 = !{!425, !440, !444, !79}
!425 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[enzyme_rs::P]", file: !81, size: 128, align: 64, elements: !426, templateParams: !17, identifier: "3f2fc9ee3b17c1ff78a34700e7a89810")
!426 = !{!427, !439}
!427 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !425, file: !81, baseType: !428, size: 64, align: 64)
!428 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !429, size: 64, align: 64, dwarfAddressSpace: 0)
!429 = !DICompositeType(tag: DW_TAG_structure_type, name: "P", scope: !430, file: !81, size: 192, align: 64, flags: DIFlagPublic, elements: !431, templateParams: !17, identifier: "6c0858f9d3c794c2f846056588c40a19")
!430 = !DINamespace(name: "enzyme_rs", scope: null)
!431 = !{!432, !434, !435, !437}
!432 = !DIDerivedType(tag: DW_TAG_member, name: "n", scope: !429, file: !81, baseType: !433, size: 64, align: 64, flags: DIFlagPublic)
!433 = !DIBasicType(name: "i64", size: 64, encoding: DW_ATE_signed)
!434 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !429, file: !81, baseType: !14, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!435 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !429, file: !81, baseType: !436, size: 32, align: 32, offset: 128, flags: DIFlagPublic)
!436 = !DIBasicType(name: "f32", size: 32, encoding: DW_ATE_float)
!437 = !DIDerivedType(tag: DW_TAG_member, name: "tag", scope: !429, file: !81, baseType: !438, size: 32, align: 32, offset: 160, flags: DIFlagPublic)
!438 = !DIBasicType(name: "i32", size: 32, encoding: DW_ATE_signed)
!439 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !425, file: !81, baseType: !40, size: 64, align: 64, offset: 64)
!440 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[enzyme_rs::P; 8]", baseType: !441, size: 64, align: 64, dwarfAddressSpace: 0)
!441 = !DICompositeType(tag: DW_TAG_array_type, baseType: !429, size: 1536, align: 64, elements: !442)
!442 = !{!443}
!443 = !DISubrange(count: 8, lowerBound: 0)
!444 = !DICompositeType(tag: DW_TAG_structure_type, name: "RangeTo<usize>", scope: !445, file: !81, size: 64, align: 64, flags: DIFlagPublic, elements: !447, templateParams: !449, identifier: "f710578d6607af7c4ac65fc39895c7c0")
!445 = !DINamespace(name: "range", scope: !446)
!446 = !DINamespace(name: "ops", scope: !30)
!447 = !{!448}
!448 = !DIDerivedType(tag: DW_TAG_member, name: "end", scope: !444, file: !81, baseType: !40, size: 64, align: 64, flags: DIFlagPublic)
!449 = !{!450}
!450 = !DITemplateTypeParameter(name: "Idx", type: !40)
!451 = !{!452, !453}
!452 = !DILocalVariable(name: "self", arg: 1, scope: !419, file: !420, line: 389, type: !440)
!453 = !DILocalVariable(name: "index", arg: 2, scope: !419, file: !420, line: 389, type: !444)
!454 = !{!455, !456}
!455 = !DITemplateTypeParameter(name: "T", type: !429)
!456 = !DITemplateTypeParameter(name: "I", type: !444)
!457 = !DILocation(line: 389, column: 14, scope: !419)
!458 = !DILocation(line: 389, column: 21, scope: !419)
!459 = !DILocalVariable(name: "self", arg: 1, scope: !460, file: !461, line: 18, type: !425)
!460 = distinct !DISubprogram(name: "index<enzyme_rs::P, core::ops::range::RangeTo<usize>>", linkageName: "_ZN4core5slice5index74_$LT$impl$u20$core..ops..index..Index$LT$I$GT$$u20$for$u20$$u5b$T$u5d$$GT$5index17h5bb011c556883fe7E", scope: !462, file: !461, line: 18, type: !465, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !454, retainedNodes: !467)
!461 = !DIFile(filename: "library/core/src/slice/index.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "35f1d9855ef780cd44773269ad8900cd")
!462 = !DINamespace(name: "{impl#0}", scope: !463)
!463 = !DINamespace(name: "index", scope: !464)
!464 = !DINamespace(name: "slice", scope: !30)
!465 = !DISubroutineType(types: !466)
!466 = !{!425, !425, !444, !79}
!467 = !{!459, !468}
!468 = !DILocalVariable(name: "index", arg: 2, scope: !460, file: !461, line: 18, type: !444)
!469 = !DILocation(line: 18, column: 14, scope: !460, inlinedAt: !470)
!470 = distinct !DILocation(line: 390, column: 9, scope: !419)
!471 = !DILocation(line: 18, column: 21, scope: !460, inlinedAt: !470)
!472 = !DILocalVariable(name: "self", arg: 1, scope: !473, file: !461, line: 528, type: !444)
!473 = distinct !DISubprogram(name: "index<enzyme_rs::P>", linkageName: "_ZN108_$LT$core..ops..range..RangeTo$LT$usize$GT$$u20$as$u20$core..slice..index..SliceIndex$LT$$u5b$T$u5d$$GT$$GT$5index17h438f2ee4a363b36aE", scope: !474, file: !461, line: 528, type: !475, scopeLine: 528, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !479, retainedNodes: !477)
!474 = !DINamespace(name: "{impl#6}", scope: !463)
!475 = !DISubroutineType(types: !476)
!476 = !{!425, !444, !425, !79}
!477 = !{!472, !478}
!478 = !DILocalVariable(name: "slice", arg: 2, scope: !473, file: !461, line: 528, type: !425)
!479 = !{!455}
!480 = !DILocation(line: 528, column: 14, scope: !473, inlinedAt: !481)
!481 = distinct !DILocation(line: 19, column: 15, scope: !460, inlinedAt: !470)
!482 = !DILocation(line: 528, column: 20, scope: !473, inlinedAt: !481)
!483 = !DILocalVariable(name: "self", arg: 1, scope: !484, file: !461, line: 435, type: !488)
!484 = distinct !DISubprogram(name: "index<enzyme_rs::P>", linkageName: "_ZN106_$LT$core..ops..range..Range$LT$usize$GT$$u20$as$u20$core..slice..index..SliceIndex$LT$$u5b$T$u5d$$GT$$GT$5index17ha18494f060b7fb82E", scope: !485, file: !461, line: 435, type: !486, scopeLine: 435, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !479, retainedNodes: !492)
!485 = !DINamespace(name: "{impl#4}", scope: !463)
!486 = !DISubroutineType(types: !487)
!487 = !{!425, !488, !425, !79}
!488 = !DICompositeType(tag: DW_TAG_structure_type, name: "Range<usize>", scope: !445, file: !81, size: 128, align: 64, flags: DIFlagPublic, elements: !489, templateParams: !449, identifier: "53448c16a7a0802d59f963f67d6d8fdf")
!489 = !{!490, !491}
!490 = !DIDerivedType(tag: DW_TAG_member, name: "start", scope: !488, file: !81, baseType: !40, size: 64, align: 64, flags: DIFlagPublic)
!491 = !DIDerivedType(tag: DW_TAG_member, name: "end", scope: !488, file: !81, baseType: !40, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!492 = !{!483, !493, !494}
!493 = !DILocalVariable(name: "slice", arg: 2, scope: !484, file: !461, line: 435, type: !425)
!494 = !DILocalVariable(name: "new_len", scope: !484, file: !461, line: 437, type: !40, align: 64)
!495 = !DILocation(line: 435, column: 14, scope: !484, inlinedAt: !496)
!496 = distinct !DILocation(line: 529, column: 23, scope: !473, inlinedAt: !481)
!497 = !DILocation(line: 435, column: 20, scope: !484, inlinedAt: !496)
!498 = !DILocalVariable(name: "ptr", arg: 1, scope: !499, file: !461, line: 83, type: !425)
!499 = distinct !DISubprogram(name: "get_offset_len_noubcheck<enzyme_rs::P>", linkageName: "_ZN4core5slice5index24get_offset_len_noubcheck17ha30c1a13c4b2c733E", scope: !463, file: !461, line: 82, type: !500, scopeLine: 82, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !479, retainedNodes: !506)
!500 = !DISubroutineType(types: !501)
!501 = !{!502, !502, !40, !40}
!502 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const [enzyme_rs::P]", file: !81, size: 128, align: 64, elements: !503, templateParams: !17, identifier: "6c9098192296844c4258ec40de5c08cb")
!503 = !{!504, !505}
!504 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !502, file: !81, baseType: !428, size: 64, align: 64)
!505 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !502, file: !81, baseType: !40, size: 64, align: 64, offset: 64)
!506 = !{!498, !507, !508}
!507 = !DILocalVariable(name: "offset", arg: 2, scope: !499, file: !461, line: 84, type: !40)
!508 = !DILocalVariable(name: "len", arg: 3, scope: !499, file: !461, line: 85, type: !40)
!509 = !DILocation(line: 83, column: 5, scope: !499, inlinedAt: !510)
!510 = distinct !DILocation(line: 441, column: 24, scope: !484, inlinedAt: !496)
!511 = !DILocation(line: 437, column: 51, scope: !484, inlinedAt: !496)
!512 = !DILocalVariable(name: "self", arg: 1, scope: !513, file: !378, line: 917, type: !40)
!513 = distinct !DISubprogram(name: "checked_sub", linkageName: "_ZN4core3num23_$LT$impl$u20$usize$GT$11checked_sub17hdaefe0a0dce8f673E", scope: !379, file: !378, line: 917, type: !514, scopeLine: 917, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !530)
!514 = !DISubroutineType(types: !515)
!515 = !{!516, !40, !40}
!516 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<usize>", scope: !517, file: !81, size: 128, align: 64, flags: DIFlagPublic, elements: !518, templateParams: !17, identifier: "6f59025219977f466509bd4ae79a2945")
!517 = !DINamespace(name: "option", scope: !30)
!518 = !{!519}
!519 = !DICompositeType(tag: DW_TAG_variant_part, scope: !516, file: !81, size: 128, align: 64, elements: !520, templateParams: !17, identifier: "57fdcff454be91893aca78d2b2510f66", discriminator: !529)
!520 = !{!521, !525}
!521 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !519, file: !81, baseType: !522, size: 128, align: 64, extraData: i64 0)
!522 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !516, file: !81, size: 128, align: 64, flags: DIFlagPublic, elements: !17, templateParams: !523, identifier: "5f402b7d82062085bb94b01d172ca4ec")
!523 = !{!524}
!524 = !DITemplateTypeParameter(name: "T", type: !40)
!525 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !519, file: !81, baseType: !526, size: 128, align: 64, extraData: i64 1)
!526 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !516, file: !81, size: 128, align: 64, flags: DIFlagPublic, elements: !527, templateParams: !523, identifier: "c70f2dfad93186ce146b7e80830727")
!527 = !{!528}
!528 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !526, file: !81, baseType: !40, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!529 = !DIDerivedType(tag: DW_TAG_member, scope: !516, file: !81, baseType: !315, size: 64, align: 64, flags: DIFlagArtificial)
!530 = !{!512, !531}
!531 = !DILocalVariable(name: "rhs", arg: 2, scope: !513, file: !378, line: 917, type: !40)
!532 = !DILocation(line: 917, column: 34, scope: !513, inlinedAt: !533)
!533 = distinct !DILocation(line: 437, column: 32, scope: !484, inlinedAt: !496)
!534 = !DILocation(line: 437, column: 61, scope: !484, inlinedAt: !496)
!535 = !DILocation(line: 917, column: 40, scope: !513, inlinedAt: !533)
!536 = !DILocation(line: 84, column: 5, scope: !499, inlinedAt: !510)
!537 = !DILocation(line: 927, column: 17, scope: !513, inlinedAt: !533)
!538 = !DILocation(line: 437, column: 21, scope: !484, inlinedAt: !496)
!539 = !DILocation(line: 85, column: 5, scope: !499, inlinedAt: !510)
!540 = !DILocation(line: 438, column: 16, scope: !484, inlinedAt: !496)
!541 = !DILocation(line: 443, column: 13, scope: !484, inlinedAt: !496)
!542 = !DILocation(line: 445, column: 6, scope: !484, inlinedAt: !496)
!543 = !DILocation(line: 530, column: 6, scope: !473, inlinedAt: !481)
!544 = !DILocation(line: 20, column: 6, scope: !460, inlinedAt: !470)
!545 = !DILocation(line: 390, column: 9, scope: !419)
!546 = !DILocation(line: 391, column: 6, scope: !419)
!547 = distinct !DISubprogram(name: "into_iter<enzyme_rs::P>", linkageName: "_ZN4core5slice4iter87_$LT$impl$u20$core..iter..traits..collect..IntoIterator$u20$for$u20$$RF$$u5b$T$u5d$$GT$9into_iter17h5b590dbadbc29345E", scope: !549, file: !548, line: 25, type: !551, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !479, retainedNodes: !566)
!548 = !DIFile(filename: "library/core/src/slice/iter.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "f33ab2e22fe09095bf73c41c52bd166c")
!549 = !DINamespace(name: "{impl#1}", scope: !550)
!550 = !DINamespace(name: "iter", scope: !464)
!551 = !DISubroutineType(types: !552)
!552 = !{!553, !425}
!553 = !DICompositeType(tag: DW_TAG_structure_type, name: "Iter<enzyme_rs::P>", scope: !550, file: !81, size: 128, align: 64, flags: DIFlagPublic, elements: !554, templateParams: !479, identifier: "8d52d06035705bd1e082e7153dd865a4")
!554 = !{!555, !560, !561}
!555 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !553, file: !81, baseType: !556, size: 64, align: 64, flags: DIFlagPrivate)
!556 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<enzyme_rs::P>", scope: !87, file: !81, size: 64, align: 64, flags: DIFlagPublic, elements: !557, templateParams: !479, identifier: "ed09a46900f955ead92bdfae3f744a32")
!557 = !{!558}
!558 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !556, file: !81, baseType: !559, size: 64, align: 64, flags: DIFlagPrivate)
!559 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const enzyme_rs::P", baseType: !429, size: 64, align: 64, dwarfAddressSpace: 0)
!560 = !DIDerivedType(tag: DW_TAG_member, name: "end_or_len", scope: !553, file: !81, baseType: !559, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!561 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !553, file: !81, baseType: !562, align: 8, offset: 128, flags: DIFlagPrivate)
!562 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&enzyme_rs::P>", scope: !103, file: !81, align: 8, flags: DIFlagPublic, elements: !17, templateParams: !563, identifier: "5416f829833c13f5b991d3b50dd17da1")
!563 = !{!564}
!564 = !DITemplateTypeParameter(name: "T", type: !565)
!565 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&enzyme_rs::P", baseType: !429, size: 64, align: 64, dwarfAddressSpace: 0)
!566 = !{!567}
!567 = !DILocalVariable(name: "self", arg: 1, scope: !547, file: !548, line: 25, type: !425)
!568 = !DILocation(line: 25, column: 18, scope: !547)
!569 = !DILocalVariable(name: "self", arg: 1, scope: !570, file: !571, line: 1040, type: !425)
!570 = distinct !DISubprogram(name: "iter<enzyme_rs::P>", linkageName: "_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$4iter17he8507014292452cdE", scope: !572, file: !571, line: 1040, type: !551, scopeLine: 1040, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !479, retainedNodes: !573)
!571 = !DIFile(filename: "library/core/src/slice/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b606e5d97bff599edd0dcbc6067a14f1")
!572 = !DINamespace(name: "{impl#0}", scope: !464)
!573 = !{!569}
!574 = !DILocation(line: 1040, column: 23, scope: !570, inlinedAt: !575)
!575 = !DILocation(line: 26, column: 14, scope: !547)
!576 = !DILocalVariable(name: "slice", arg: 1, scope: !577, file: !548, line: 96, type: !425)
!577 = distinct !DISubprogram(name: "new<enzyme_rs::P>", linkageName: "_ZN4core5slice4iter13Iter$LT$T$GT$3new17h83ccf6bb7d7d32fbE", scope: !553, file: !548, line: 96, type: !551, scopeLine: 96, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !479, declaration: !578, retainedNodes: !579)
!578 = !DISubprogram(name: "new<enzyme_rs::P>", linkageName: "_ZN4core5slice4iter13Iter$LT$T$GT$3new17h83ccf6bb7d7d32fbE", scope: !553, file: !548, line: 96, type: !551, scopeLine: 96, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !479)
!579 = !{!576, !580, !582, !584}
!580 = !DILocalVariable(name: "len", scope: !581, file: !548, line: 97, type: !40, align: 64)
!581 = distinct !DILexicalBlock(scope: !577, file: !548, line: 97, column: 9)
!582 = !DILocalVariable(name: "ptr", scope: !583, file: !548, line: 98, type: !556, align: 64)
!583 = distinct !DILexicalBlock(scope: !581, file: !548, line: 98, column: 9)
!584 = !DILocalVariable(name: "end_or_len", scope: !585, file: !548, line: 101, type: !559, align: 64)
!585 = distinct !DILexicalBlock(scope: !583, file: !548, line: 101, column: 13)
!586 = !DILocation(line: 96, column: 29, scope: !577, inlinedAt: !587)
!587 = !DILocation(line: 1041, column: 9, scope: !570, inlinedAt: !575)
!588 = !DILocalVariable(name: "r", arg: 1, scope: !589, file: !590, line: 282, type: !425)
!589 = distinct !DISubprogram(name: "from_ref<[enzyme_rs::P]>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$8from_ref17hbd092770f6a09600E", scope: !591, file: !590, line: 282, type: !594, scopeLine: 282, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !479, declaration: !596, retainedNodes: !597)
!590 = !DIFile(filename: "library/core/src/ptr/non_null.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "e5222a5160165ba1cd09076ad7a11733")
!591 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<[enzyme_rs::P]>", scope: !87, file: !81, size: 128, align: 64, flags: DIFlagPublic, elements: !592, templateParams: !479, identifier: "fb43c908edc84a222e0ec6a3e9b36499")
!592 = !{!593}
!593 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !591, file: !81, baseType: !502, size: 128, align: 64, flags: DIFlagPrivate)
!594 = !DISubroutineType(types: !595)
!595 = !{!591, !425}
!596 = !DISubprogram(name: "from_ref<[enzyme_rs::P]>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$8from_ref17hbd092770f6a09600E", scope: !591, file: !590, line: 282, type: !594, scopeLine: 282, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !479)
!597 = !{!588}
!598 = !DILocation(line: 282, column: 27, scope: !589, inlinedAt: !599)
!599 = !DILocation(line: 98, column: 31, scope: !581, inlinedAt: !587)
!600 = !DILocation(line: 101, column: 17, scope: !585, inlinedAt: !587)
!601 = !DILocation(line: 97, column: 19, scope: !577, inlinedAt: !587)
!602 = !DILocation(line: 97, column: 13, scope: !581, inlinedAt: !587)
!603 = !DILocalVariable(name: "addr", arg: 1, scope: !604, file: !118, line: 884, type: !40)
!604 = distinct !DISubprogram(name: "without_provenance<enzyme_rs::P>", linkageName: "_ZN4core3ptr18without_provenance17h78fa6832b48fd565E", scope: !73, file: !118, line: 884, type: !605, scopeLine: 884, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !479, retainedNodes: !607)
!605 = !DISubroutineType(types: !606)
!606 = !{!559, !40}
!607 = !{!603}
!608 = !DILocation(line: 884, column: 36, scope: !604, inlinedAt: !609)
!609 = !DILocation(line: 102, column: 32, scope: !583, inlinedAt: !587)
!610 = !DILocalVariable(name: "count", arg: 2, scope: !611, file: !612, line: 927, type: !40)
!611 = distinct !DISubprogram(name: "add<enzyme_rs::P>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$3add17heec93c8bd7349d25E", scope: !613, file: !612, line: 927, type: !615, scopeLine: 927, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !479, retainedNodes: !618)
!612 = !DIFile(filename: "library/core/src/ptr/mut_ptr.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7c03c8e0ae695174f7f10881dc49d2cb")
!613 = !DINamespace(name: "{impl#0}", scope: !614)
!614 = !DINamespace(name: "mut_ptr", scope: !73)
!615 = !DISubroutineType(types: !616)
!616 = !{!617, !617, !40, !79}
!617 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut enzyme_rs::P", baseType: !429, size: 64, align: 64, dwarfAddressSpace: 0)
!618 = !{!619, !610}
!619 = !DILocalVariable(name: "self", arg: 1, scope: !611, file: !612, line: 927, type: !617)
!620 = !DILocation(line: 927, column: 35, scope: !611, inlinedAt: !621)
!621 = !DILocation(line: 102, column: 78, scope: !583, inlinedAt: !587)
!622 = !DILocation(line: 284, column: 18, scope: !589, inlinedAt: !599)
!623 = !DILocalVariable(name: "self", arg: 1, scope: !624, file: !590, line: 502, type: !591)
!624 = distinct !DISubprogram(name: "cast<[enzyme_rs::P], enzyme_rs::P>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$4cast17hee109967201bdabbE", scope: !591, file: !590, line: 502, type: !625, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !628, declaration: !627, retainedNodes: !630)
!625 = !DISubroutineType(types: !626)
!626 = !{!556, !591}
!627 = !DISubprogram(name: "cast<[enzyme_rs::P], enzyme_rs::P>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$4cast17hee109967201bdabbE", scope: !591, file: !590, line: 502, type: !625, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !628)
!628 = !{!455, !629}
!629 = !DITemplateTypeParameter(name: "U", type: !429)
!630 = !{!623}
!631 = !DILocation(line: 502, column: 26, scope: !624, inlinedAt: !632)
!632 = !DILocation(line: 98, column: 56, scope: !581, inlinedAt: !587)
!633 = !DILocation(line: 504, column: 18, scope: !624, inlinedAt: !632)
!634 = !DILocation(line: 98, column: 13, scope: !583, inlinedAt: !587)
!635 = !DILocalVariable(name: "self", arg: 1, scope: !636, file: !590, line: 401, type: !556)
!636 = distinct !DISubprogram(name: "as_ptr<enzyme_rs::P>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ptr17h417406d402b28387E", scope: !556, file: !590, line: 401, type: !637, scopeLine: 401, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !479, declaration: !639, retainedNodes: !640)
!637 = !DISubroutineType(types: !638)
!638 = !{!617, !556}
!639 = !DISubprogram(name: "as_ptr<enzyme_rs::P>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ptr17h417406d402b28387E", scope: !556, file: !590, line: 401, type: !637, scopeLine: 401, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !479)
!640 = !{!635}
!641 = !DILocation(line: 401, column: 25, scope: !636, inlinedAt: !642)
!642 = !DILocation(line: 102, column: 69, scope: !583, inlinedAt: !587)
!643 = !DILocation(line: 102, column: 20, scope: !583, inlinedAt: !587)
!644 = !DILocation(line: 407, column: 18, scope: !636, inlinedAt: !642)
!645 = !DILocation(line: 927, column: 29, scope: !611, inlinedAt: !621)
!646 = !DILocation(line: 961, column: 18, scope: !611, inlinedAt: !621)
!647 = !DILocation(line: 102, column: 63, scope: !583, inlinedAt: !587)
!648 = !DILocation(line: 102, column: 17, scope: !583, inlinedAt: !587)
!649 = !DILocation(line: 104, column: 13, scope: !585, inlinedAt: !587)
!650 = !DILocation(line: 27, column: 6, scope: !547)
!651 = distinct !DISubprogram(name: "runtime", linkageName: "_ZN4core9ub_checks23maybe_is_nonoverlapping7runtime17h24cda9bc5524e4eeE", scope: !652, file: !28, line: 2434, type: !162, scopeLine: 2434, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !653)
!652 = !DINamespace(name: "maybe_is_nonoverlapping", scope: !124)
!653 = !{!654, !655, !656, !657, !658, !660, !662, !664}
!654 = !DILocalVariable(name: "src", arg: 1, scope: !651, file: !28, line: 2434, type: !76)
!655 = !DILocalVariable(name: "dst", arg: 2, scope: !651, file: !28, line: 2434, type: !76)
!656 = !DILocalVariable(name: "size", arg: 3, scope: !651, file: !28, line: 2434, type: !40)
!657 = !DILocalVariable(name: "count", arg: 4, scope: !651, file: !28, line: 2434, type: !40)
!658 = !DILocalVariable(name: "src_usize", scope: !659, file: !71, line: 171, type: !40, align: 64)
!659 = distinct !DILexicalBlock(scope: !651, file: !71, line: 171, column: 13)
!660 = !DILocalVariable(name: "dst_usize", scope: !661, file: !71, line: 172, type: !40, align: 64)
!661 = distinct !DILexicalBlock(scope: !659, file: !71, line: 172, column: 13)
!662 = !DILocalVariable(name: "size", scope: !663, file: !71, line: 173, type: !40, align: 64)
!663 = distinct !DILexicalBlock(scope: !661, file: !71, line: 173, column: 13)
!664 = !DILocalVariable(name: "diff", scope: !665, file: !71, line: 178, type: !40, align: 64)
!665 = distinct !DILexicalBlock(scope: !663, file: !71, line: 178, column: 13)
!666 = !DILocation(line: 2434, column: 40, scope: !651)
!667 = !DILocalVariable(name: "self", arg: 1, scope: !668, file: !150, line: 153, type: !76)
!668 = distinct !DISubprogram(name: "addr<()>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$4addr17h2c8ff7cdba9fc10dE", scope: !151, file: !150, line: 153, type: !361, scopeLine: 153, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !156, retainedNodes: !669)
!669 = !{!667}
!670 = !DILocation(line: 153, column: 17, scope: !668, inlinedAt: !671)
!671 = !DILocation(line: 171, column: 33, scope: !672)
!672 = !DILexicalBlockFile(scope: !651, file: !71, discriminator: 0)
!673 = !DILocalVariable(name: "self", arg: 1, scope: !674, file: !150, line: 48, type: !76)
!674 = distinct !DISubprogram(name: "cast<(), ()>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$4cast17h12fdc4c4b095f4cdE", scope: !151, file: !150, line: 48, type: !368, scopeLine: 48, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !371, retainedNodes: !675)
!675 = !{!673}
!676 = !DILocation(line: 48, column: 26, scope: !674, inlinedAt: !677)
!677 = !DILocation(line: 159, column: 38, scope: !668, inlinedAt: !671)
!678 = !DILocation(line: 153, column: 17, scope: !668, inlinedAt: !679)
!679 = !DILocation(line: 172, column: 33, scope: !659)
!680 = !DILocation(line: 48, column: 26, scope: !674, inlinedAt: !681)
!681 = !DILocation(line: 159, column: 38, scope: !682, inlinedAt: !679)
!682 = !DILexicalBlockFile(scope: !668, file: !150, discriminator: 2)
!683 = !DILocalVariable(name: "self", arg: 1, scope: !684, file: !378, line: 1160, type: !40)
!684 = distinct !DISubprogram(name: "checked_mul", linkageName: "_ZN4core3num23_$LT$impl$u20$usize$GT$11checked_mul17ha11dc5dbaa95dbebE", scope: !379, file: !378, line: 1160, type: !514, scopeLine: 1160, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !685)
!685 = !{!683, !686, !687, !689}
!686 = !DILocalVariable(name: "rhs", arg: 2, scope: !684, file: !378, line: 1160, type: !40)
!687 = !DILocalVariable(name: "a", scope: !688, file: !378, line: 1161, type: !40, align: 64)
!688 = distinct !DILexicalBlock(scope: !684, file: !378, line: 1161, column: 13)
!689 = !DILocalVariable(name: "b", scope: !688, file: !378, line: 1161, type: !55, align: 8)
!690 = !DILocation(line: 1160, column: 34, scope: !684, inlinedAt: !691)
!691 = !DILocation(line: 173, column: 35, scope: !661)
!692 = !DILocalVariable(name: "self", arg: 1, scope: !693, file: !378, line: 3050, type: !40)
!693 = distinct !DISubprogram(name: "overflowing_mul", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj15overflowing_mul", scope: !379, file: !378, line: 3050, type: !694, scopeLine: 3050, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !700)
!694 = !DISubroutineType(types: !695)
!695 = !{!696, !40, !40}
!696 = !DICompositeType(tag: DW_TAG_structure_type, name: "(usize, bool)", file: !81, size: 128, align: 64, elements: !697, templateParams: !17, identifier: "d571287e27d8be874e95a2f698798cc6")
!697 = !{!698, !699}
!698 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !696, file: !81, baseType: !40, size: 64, align: 64)
!699 = !DIDerivedType(tag: DW_TAG_member, name: "__1", scope: !696, file: !81, baseType: !55, size: 8, align: 8, offset: 64)
!700 = !{!692, !701}
!701 = !DILocalVariable(name: "rhs", arg: 2, scope: !693, file: !378, line: 3050, type: !40)
!702 = !DILocation(line: 3050, column: 38, scope: !693, inlinedAt: !703)
!703 = !DILocation(line: 1161, column: 31, scope: !684, inlinedAt: !691)
!704 = !DILocation(line: 1160, column: 40, scope: !684, inlinedAt: !691)
!705 = !DILocation(line: 3050, column: 44, scope: !693, inlinedAt: !703)
!706 = !DILocation(line: 178, column: 17, scope: !665)
!707 = !DILocation(line: 159, column: 18, scope: !668, inlinedAt: !671)
!708 = !DILocation(line: 171, column: 17, scope: !659)
!709 = !DILocalVariable(name: "self", arg: 1, scope: !710, file: !378, line: 3014, type: !40)
!710 = distinct !DISubprogram(name: "abs_diff", linkageName: "_ZN4core3num23_$LT$impl$u20$usize$GT$8abs_diff17hb58bae2571186780E", scope: !379, file: !378, line: 3014, type: !38, scopeLine: 3014, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !711)
!711 = !{!709, !712}
!712 = !DILocalVariable(name: "other", arg: 2, scope: !710, file: !378, line: 3014, type: !40)
!713 = !DILocation(line: 3014, column: 31, scope: !710, inlinedAt: !714)
!714 = !DILocation(line: 178, column: 34, scope: !663)
!715 = !DILocation(line: 159, column: 18, scope: !668, inlinedAt: !679)
!716 = !DILocation(line: 172, column: 17, scope: !661)
!717 = !DILocation(line: 3014, column: 37, scope: !710, inlinedAt: !714)
!718 = !DILocation(line: 3051, column: 26, scope: !693, inlinedAt: !703)
!719 = !DILocation(line: 3051, column: 21, scope: !693, inlinedAt: !703)
!720 = !DILocation(line: 1161, column: 21, scope: !688, inlinedAt: !691)
!721 = !DILocalVariable(name: "b", arg: 1, scope: !722, file: !28, line: 456, type: !55)
!722 = distinct !DISubprogram(name: "unlikely", linkageName: "_RNvNtCsgEmfK2I1SDS_4core10intrinsics8unlikely", scope: !29, file: !28, line: 456, type: !723, scopeLine: 456, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !725)
!723 = !DISubroutineType(types: !724)
!724 = !{!55, !55}
!725 = !{!721}
!726 = !DILocation(line: 456, column: 23, scope: !722, inlinedAt: !727)
!727 = !DILocation(line: 1162, column: 16, scope: !688, inlinedAt: !691)
!728 = !DILocation(line: 3052, column: 14, scope: !693, inlinedAt: !703)
!729 = !DILocation(line: 1161, column: 18, scope: !688, inlinedAt: !691)
!730 = !DILocation(line: 457, column: 8, scope: !722, inlinedAt: !727)
!731 = !DILocation(line: 1162, column: 56, scope: !688, inlinedAt: !691)
!732 = !DILocation(line: 173, column: 22, scope: !661)
!733 = !DILocation(line: 173, column: 22, scope: !663)
!734 = !DILocation(line: 3020, column: 20, scope: !710, inlinedAt: !714)
!735 = !DILocation(line: 174, column: 17, scope: !661)
!736 = !DILocation(line: 3023, column: 21, scope: !710, inlinedAt: !714)
!737 = !DILocation(line: 3020, column: 17, scope: !710, inlinedAt: !714)
!738 = !DILocation(line: 3021, column: 21, scope: !710, inlinedAt: !714)
!739 = !DILocation(line: 181, column: 13, scope: !665)
!740 = !DILocation(line: 2436, column: 10, scope: !651)
!741 = distinct !DISubprogram(name: "default", linkageName: "_ZN55_$LT$enzyme_rs..P$u20$as$u20$core..default..Default$GT$7default17hc5c68c523b21b295E", scope: !742, file: !195, line: 14, type: !743, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !17)
!742 = !DINamespace(name: "{impl#3}", scope: !430)
!743 = !DISubroutineType(types: !744)
!744 = !{!429}
!745 = !DILocation(line: 14, column: 23, scope: !741)
!746 = !DILocation(line: 14, column: 30, scope: !741)
!747 = distinct !DISubprogram(name: "next<enzyme_rs::P>", linkageName: "_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4next17haddcdde8f1cb1713E", scope: !749, file: !748, line: 157, type: !750, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !479, retainedNodes: !764)
!748 = !DIFile(filename: "library/core/src/slice/iter/macros.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "87d1f0c2746f51593d75ddf4c9271f14")
!749 = !DINamespace(name: "{impl#171}", scope: !550)
!750 = !DISubroutineType(types: !751)
!751 = !{!752, !763}
!752 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<&enzyme_rs::P>", scope: !517, file: !81, size: 64, align: 64, flags: DIFlagPublic, elements: !753, templateParams: !17, identifier: "b31f92ab3a86af7f8e391e58130b1541")
!753 = !{!754}
!754 = !DICompositeType(tag: DW_TAG_variant_part, scope: !752, file: !81, size: 64, align: 64, elements: !755, templateParams: !17, identifier: "4e71867301784176a3f37c4593bce67b", discriminator: !762)
!755 = !{!756, !758}
!756 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !754, file: !81, baseType: !757, size: 64, align: 64, extraData: i64 0)
!757 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !752, file: !81, size: 64, align: 64, flags: DIFlagPublic, elements: !17, templateParams: !563, identifier: "850b2913fb52fbdf3f0cf300bee4166c")
!758 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !754, file: !81, baseType: !759, size: 64, align: 64)
!759 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !752, file: !81, size: 64, align: 64, flags: DIFlagPublic, elements: !760, templateParams: !563, identifier: "8894233705dd652d8a09d3ab2125f2d9")
!760 = !{!761}
!761 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !759, file: !81, baseType: !565, size: 64, align: 64, flags: DIFlagPublic)
!762 = !DIDerivedType(tag: DW_TAG_member, scope: !752, file: !81, baseType: !315, size: 64, align: 64, flags: DIFlagArtificial)
!763 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::slice::iter::Iter<enzyme_rs::P>", baseType: !553, size: 64, align: 64, dwarfAddressSpace: 0)
!764 = !{!765, !766, !768, !770}
!765 = !DILocalVariable(name: "self", arg: 1, scope: !747, file: !748, line: 157, type: !763)
!766 = !DILocalVariable(name: "ptr", scope: !767, file: !748, line: 161, type: !556, align: 64)
!767 = distinct !DILexicalBlock(scope: !747, file: !748, line: 161, column: 17)
!768 = !DILocalVariable(name: "end_or_len", scope: !769, file: !748, line: 162, type: !559, align: 64)
!769 = distinct !DILexicalBlock(scope: !767, file: !748, line: 162, column: 17)
!770 = !DILocalVariable(name: "len", scope: !771, file: !748, line: 167, type: !40, align: 64)
!771 = distinct !DILexicalBlock(scope: !769, file: !748, line: 167, column: 25)
!772 = !DILocation(line: 157, column: 21, scope: !747)
!773 = !DILocation(line: 1011, column: 49, scope: !774, inlinedAt: !780)
!774 = distinct !DISubprogram(name: "unchecked_sub", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj13unchecked_sub", scope: !379, file: !378, line: 1011, type: !775, scopeLine: 1011, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !777)
!775 = !DISubroutineType(types: !776)
!776 = !{!40, !40, !40, !79}
!777 = !{!778, !779}
!778 = !DILocalVariable(name: "self", arg: 1, scope: !774, file: !378, line: 1011, type: !40)
!779 = !DILocalVariable(name: "rhs", scope: !774, file: !378, line: 1011, type: !40, align: 64)
!780 = !DILocation(line: 175, column: 70, scope: !771)
!781 = !DILocation(line: 651, column: 35, scope: !782, inlinedAt: !789)
!782 = distinct !DISubprogram(name: "add<enzyme_rs::P>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$3add17h9148f852e1df9f4cE", scope: !556, file: !590, line: 651, type: !783, scopeLine: 651, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !479, declaration: !785, retainedNodes: !786)
!783 = !DISubroutineType(types: !784)
!784 = !{!556, !556, !40}
!785 = !DISubprogram(name: "add<enzyme_rs::P>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$3add17h9148f852e1df9f4cE", scope: !556, file: !590, line: 651, type: !783, scopeLine: 651, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !479)
!786 = !{!787, !788}
!787 = !DILocalVariable(name: "self", arg: 1, scope: !782, file: !590, line: 651, type: !556)
!788 = !DILocalVariable(name: "count", scope: !782, file: !590, line: 651, type: !40, align: 64)
!789 = !DILocation(line: 185, column: 40, scope: !769)
!790 = !DILocation(line: 161, column: 27, scope: !747)
!791 = !DILocation(line: 161, column: 21, scope: !767)
!792 = !DILocation(line: 651, column: 29, scope: !782, inlinedAt: !789)
!793 = !DILocation(line: 162, column: 34, scope: !767)
!794 = !DILocation(line: 162, column: 21, scope: !769)
!795 = !DILocalVariable(name: "self", arg: 1, scope: !796, file: !150, line: 153, type: !559)
!796 = distinct !DISubprogram(name: "addr<enzyme_rs::P>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$4addr17h6b44d218f860ff91E", scope: !151, file: !150, line: 153, type: !797, scopeLine: 153, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !479, retainedNodes: !799)
!797 = !DISubroutineType(types: !798)
!798 = !{!40, !559}
!799 = !{!795}
!800 = !DILocation(line: 153, column: 17, scope: !796, inlinedAt: !801)
!801 = !DILocation(line: 167, column: 46, scope: !769)
!802 = !DILocalVariable(name: "self", arg: 1, scope: !803, file: !150, line: 48, type: !559)
!803 = distinct !DISubprogram(name: "cast<enzyme_rs::P, ()>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$4cast17hf724ac180ef5fd50E", scope: !151, file: !150, line: 48, type: !804, scopeLine: 48, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !807, retainedNodes: !806)
!804 = !DISubroutineType(types: !805)
!805 = !{!76, !559}
!806 = !{!802}
!807 = !{!455, !372}
!808 = !DILocation(line: 48, column: 26, scope: !803, inlinedAt: !809)
!809 = !DILocation(line: 159, column: 38, scope: !796, inlinedAt: !801)
!810 = !DILocation(line: 166, column: 24, scope: !769)
!811 = !DILocalVariable(name: "self", arg: 1, scope: !812, file: !590, line: 1719, type: !816)
!812 = distinct !DISubprogram(name: "eq<enzyme_rs::P>", linkageName: "_ZN78_$LT$core..ptr..non_null..NonNull$LT$T$GT$$u20$as$u20$core..cmp..PartialEq$GT$2eq17h7d25a7f278028db7E", scope: !813, file: !590, line: 1719, type: !814, scopeLine: 1719, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !479, retainedNodes: !817)
!813 = !DINamespace(name: "{impl#16}", scope: !87)
!814 = !DISubroutineType(types: !815)
!815 = !{!55, !816, !816}
!816 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::ptr::non_null::NonNull<enzyme_rs::P>", baseType: !556, size: 64, align: 64, dwarfAddressSpace: 0)
!817 = !{!811, !818}
!818 = !DILocalVariable(name: "other", arg: 2, scope: !812, file: !590, line: 1719, type: !816)
!819 = !DILocation(line: 1719, column: 11, scope: !812, inlinedAt: !820)
!820 = !DILocation(line: 180, column: 28, scope: !769)
!821 = !DILocation(line: 1719, column: 18, scope: !812, inlinedAt: !820)
!822 = !DILocation(line: 1720, column: 9, scope: !812, inlinedAt: !820)
!823 = !DILocation(line: 659, column: 28, scope: !782, inlinedAt: !789)
!824 = !DILocation(line: 185, column: 25, scope: !769)
!825 = !DILocation(line: 166, column: 21, scope: !769)
!826 = !DILocation(line: 181, column: 36, scope: !769)
!827 = !DILocation(line: 0, scope: !828)
!828 = !DILexicalBlockFile(scope: !769, file: !195, discriminator: 0)
!829 = !DILocalVariable(name: "self", arg: 1, scope: !830, file: !590, line: 440, type: !816)
!830 = distinct !DISubprogram(name: "as_ref<enzyme_rs::P>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17h03507b1f59f3b402E", scope: !556, file: !590, line: 440, type: !831, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !479, declaration: !833, retainedNodes: !834)
!831 = !DISubroutineType(types: !832)
!832 = !{!565, !816}
!833 = !DISubprogram(name: "as_ref<enzyme_rs::P>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17h03507b1f59f3b402E", scope: !556, file: !590, line: 440, type: !831, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !479)
!834 = !{!829}
!835 = !DILocation(line: 440, column: 36, scope: !830, inlinedAt: !836)
!836 = !DILocation(line: 190, column: 32, scope: !769)
!837 = !DILocation(line: 190, column: 21, scope: !769)
!838 = !DILocation(line: 192, column: 14, scope: !747)
!839 = distinct !DISubprogram(name: "tramp<enzyme_rs::d_closure::{closure_env#0}>", linkageName: "_ZN9enzyme_rs5tramp17hc233c019e52dc530E", scope: !430, file: !195, line: 22, type: !840, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !850, retainedNodes: !847)
!840 = !DISubroutineType(types: !841)
!841 = !{!14, !842, !14}
!842 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const enzyme_rs::d_closure::{closure_env#0}", baseType: !843, size: 64, align: 64, dwarfAddressSpace: 0)
!843 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}", scope: !844, file: !81, size: 64, align: 64, elements: !845, templateParams: !17, identifier: "310b830d9bcb06f632d933e1c09a990e")
!844 = !DINamespace(name: "d_closure", scope: !430)
!845 = !{!846}
!846 = !DIDerivedType(tag: DW_TAG_member, name: "k", scope: !843, file: !81, baseType: !14, size: 64, align: 64)
!847 = !{!848, !849}
!848 = !DILocalVariable(name: "env", arg: 1, scope: !839, file: !195, line: 22, type: !842)
!849 = !DILocalVariable(name: "x", arg: 2, scope: !839, file: !195, line: 22, type: !14)
!850 = !{!851}
!851 = !DITemplateTypeParameter(name: "F", type: !843)
!852 = !DILocation(line: 22, column: 44, scope: !839)
!853 = !DILocation(line: 22, column: 59, scope: !839)
!854 = !DILocation(line: 23, column: 14, scope: !839)
!855 = !DILocation(line: 22, column: 1, scope: !839)
!856 = !DILocation(line: 24, column: 2, scope: !839)
!857 = distinct !DISubprogram(name: "{closure#0}", linkageName: "_ZN9enzyme_rs9d_closure28_$u7b$$u7b$closure$u7d$$u7d$17hbc04008ce86ecef8E", scope: !844, file: !195, line: 61, type: !858, scopeLine: 61, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !861)
!858 = !DISubroutineType(types: !859)
!859 = !{!14, !860, !14}
!860 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&enzyme_rs::d_closure::{closure_env#0}", baseType: !843, size: 64, align: 64, dwarfAddressSpace: 0)
!861 = !{!862, !863}
!862 = !DILocalVariable(name: "y", arg: 2, scope: !857, file: !195, line: 61, type: !14)
!863 = !DILocalVariable(name: "k", scope: !857, file: !195, line: 60, type: !14, align: 64)
!864 = !DILocation(line: 60, column: 29, scope: !857)
!865 = !DILocation(line: 61, column: 19, scope: !857)
!866 = !DILocation(line: 61, column: 27, scope: !857)
!867 = !DILocation(line: 61, column: 40, scope: !857)
!868 = !DILocation(line: 61, column: 39, scope: !857)
!869 = !DILocation(line: 61, column: 47, scope: !857)
!870 = !DILocation(line: 61, column: 52, scope: !857)
!871 = distinct !DISubprogram(name: "tramp_ptr<enzyme_rs::d_closure::{closure_env#0}>", linkageName: "_ZN9enzyme_rs9tramp_ptr17h65351afb1631a496E", scope: !430, file: !195, line: 72, type: !872, scopeLine: 72, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !850, retainedNodes: !874)
!872 = !DISubroutineType(types: !873)
!873 = !{!200, !860}
!874 = !{!875}
!875 = !DILocalVariable(name: "_f", arg: 1, scope: !871, file: !195, line: 72, type: !860)
!876 = !DILocation(line: 72, column: 33, scope: !871)
!877 = !DILocation(line: 74, column: 2, scope: !871)
!878 = distinct !DISubprogram(name: "copy_one", scope: !430, file: !195, line: 46, type: !879, scopeLine: 46, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !881)
!879 = !DISubroutineType(types: !880)
!880 = !{!14, !565}
!881 = !{!882, !883}
!882 = !DILocalVariable(name: "src", arg: 1, scope: !878, file: !195, line: 46, type: !565)
!883 = !DILocalVariable(name: "dst", scope: !884, file: !195, line: 47, type: !429, align: 64)
!884 = distinct !DILexicalBlock(scope: !878, file: !195, line: 47, column: 5)
!885 = !DILocation(line: 46, column: 28, scope: !878)
!886 = !DILocation(line: 47, column: 9, scope: !884)
!887 = !DILocation(line: 47, column: 19, scope: !878)
!888 = !DILocation(line: 46, column: 1, scope: !878)
!889 = !DILocation(line: 346, column: 2, scope: !890, inlinedAt: !895)
!890 = distinct !DISubprogram(name: "size_of<enzyme_rs::P>", linkageName: "_ZN4core3mem7size_of17h27d4b792bedb5faaE", scope: !892, file: !891, line: 344, type: !893, scopeLine: 344, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !479)
!891 = !DIFile(filename: "library/core/src/mem/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "6bca88b164013e73def192dcdbc80502")
!892 = !DINamespace(name: "mem", scope: !30)
!893 = !DISubroutineType(types: !894)
!894 = !{!40}
!895 = distinct !DILocation(line: 49, column: 101, scope: !884)
!896 = !DILocalVariable(name: "src", arg: 1, scope: !897, file: !118, line: 526, type: !200)
!897 = distinct !DISubprogram(name: "copy_nonoverlapping<u8>", linkageName: "_ZN4core3ptr19copy_nonoverlapping17h45fbcbc3748a5062E", scope: !73, file: !118, line: 526, type: !898, scopeLine: 526, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !96, retainedNodes: !901)
!898 = !DISubroutineType(types: !899)
!899 = !{null, !200, !900, !40}
!900 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u8", baseType: !94, size: 64, align: 64, dwarfAddressSpace: 0)
!901 = !{!896, !902, !903}
!902 = !DILocalVariable(name: "dst", arg: 2, scope: !897, file: !118, line: 526, type: !900)
!903 = !DILocalVariable(name: "count", arg: 3, scope: !897, file: !118, line: 526, type: !40)
!904 = !DILocation(line: 526, column: 44, scope: !897, inlinedAt: !905)
!905 = distinct !DILocation(line: 49, column: 9, scope: !884)
!906 = !DILocation(line: 526, column: 59, scope: !897, inlinedAt: !905)
!907 = !DILocation(line: 526, column: 72, scope: !897, inlinedAt: !905)
!908 = !DILocation(line: 78, column: 17, scope: !909, inlinedAt: !905)
!909 = !DILexicalBlockFile(scope: !897, file: !71, discriminator: 0)
!910 = !DILocation(line: 547, column: 14, scope: !897, inlinedAt: !905)
!911 = !DILocation(line: 548, column: 2, scope: !897, inlinedAt: !905)
!912 = !DILocation(line: 51, column: 5, scope: !884)
!913 = !DILocation(line: 51, column: 13, scope: !884)
!914 = !DILocation(line: 52, column: 2, scope: !878)
!915 = distinct !DISubprogram(name: "copy_then_sum", scope: !430, file: !195, line: 33, type: !916, scopeLine: 33, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !918)
!916 = !DISubroutineType(types: !917)
!917 = !{!14, !559, !40}
!918 = !{!919, !920, !921, !923, !925, !927, !929}
!919 = !DILocalVariable(name: "src", arg: 1, scope: !915, file: !195, line: 33, type: !559)
!920 = !DILocalVariable(name: "n", arg: 2, scope: !915, file: !195, line: 33, type: !40)
!921 = !DILocalVariable(name: "buf", scope: !922, file: !195, line: 34, type: !441, align: 64)
!922 = distinct !DILexicalBlock(scope: !915, file: !195, line: 34, column: 5)
!923 = !DILocalVariable(name: "n", scope: !924, file: !195, line: 35, type: !40, align: 64)
!924 = distinct !DILexicalBlock(scope: !922, file: !195, line: 35, column: 5)
!925 = !DILocalVariable(name: "s", scope: !926, file: !195, line: 37, type: !14, align: 64)
!926 = distinct !DILexicalBlock(scope: !924, file: !195, line: 37, column: 5)
!927 = !DILocalVariable(name: "iter", scope: !928, file: !195, line: 38, type: !553, align: 64)
!928 = distinct !DILexicalBlock(scope: !926, file: !195, line: 38, column: 5)
!929 = !DILocalVariable(name: "p", scope: !930, file: !195, line: 38, type: !565, align: 64)
!930 = distinct !DILexicalBlock(scope: !928, file: !195, line: 38, column: 5)
!931 = !DILocation(line: 33, column: 33, scope: !915)
!932 = !DILocation(line: 33, column: 48, scope: !915)
!933 = !DILocation(line: 34, column: 9, scope: !922)
!934 = !DILocation(line: 37, column: 9, scope: !926)
!935 = !DILocation(line: 38, column: 14, scope: !928)
!936 = !DILocation(line: 34, column: 20, scope: !915)
!937 = !DILocation(line: 33, column: 1, scope: !915)
!938 = !DILocation(line: 34, column: 19, scope: !915)
!939 = !DILocation(line: 35, column: 15, scope: !922)
!940 = !DILocation(line: 35, column: 13, scope: !922)
!941 = !DILocation(line: 35, column: 9, scope: !924)
!942 = !DILocalVariable(name: "self", arg: 1, scope: !943, file: !571, line: 757, type: !946)
!943 = distinct !DISubprogram(name: "as_mut_ptr<enzyme_rs::P>", linkageName: "_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17h9cc1d4560b6f0f4dE", scope: !572, file: !571, line: 757, type: !944, scopeLine: 757, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !479, retainedNodes: !950)
!944 = !DISubroutineType(types: !945)
!945 = !{!617, !946}
!946 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut [enzyme_rs::P]", file: !81, size: 128, align: 64, elements: !947, templateParams: !17, identifier: "4013dfc04ae18ceb144068cccbdf9e4a")
!947 = !{!948, !949}
!948 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !946, file: !81, baseType: !428, size: 64, align: 64)
!949 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !946, file: !81, baseType: !40, size: 64, align: 64, offset: 64)
!950 = !{!942}
!951 = !DILocation(line: 757, column: 29, scope: !943, inlinedAt: !952)
!952 = distinct !DILocation(line: 36, column: 54, scope: !924)
!953 = !DILocation(line: 759, column: 6, scope: !943, inlinedAt: !952)
!954 = !DILocalVariable(name: "src", arg: 1, scope: !955, file: !118, line: 526, type: !559)
!955 = distinct !DISubprogram(name: "copy_nonoverlapping<enzyme_rs::P>", linkageName: "_ZN4core3ptr19copy_nonoverlapping17h0fc46911fb88d8d3E", scope: !73, file: !118, line: 526, type: !956, scopeLine: 526, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !479, retainedNodes: !958)
!956 = !DISubroutineType(types: !957)
!957 = !{null, !559, !617, !40}
!958 = !{!954, !959, !960}
!959 = !DILocalVariable(name: "dst", arg: 2, scope: !955, file: !118, line: 526, type: !617)
!960 = !DILocalVariable(name: "count", arg: 3, scope: !955, file: !118, line: 526, type: !40)
!961 = !DILocation(line: 526, column: 44, scope: !955, inlinedAt: !962)
!962 = distinct !DILocation(line: 36, column: 14, scope: !924)
!963 = !DILocation(line: 526, column: 59, scope: !955, inlinedAt: !962)
!964 = !DILocation(line: 526, column: 72, scope: !955, inlinedAt: !962)
!965 = !DILocation(line: 78, column: 17, scope: !966, inlinedAt: !962)
!966 = !DILexicalBlockFile(scope: !955, file: !71, discriminator: 0)
!967 = !DILocation(line: 547, column: 14, scope: !955, inlinedAt: !962)
!968 = !DILocation(line: 548, column: 2, scope: !955, inlinedAt: !962)
!969 = !DILocation(line: 37, column: 17, scope: !924)
!970 = !DILocation(line: 38, column: 18, scope: !926)
!971 = !DILocation(line: 38, column: 14, scope: !926)
!972 = !DILocation(line: 38, column: 5, scope: !928)
!973 = !DILocation(line: 38, column: 9, scope: !928)
!974 = !DILocation(line: 38, column: 9, scope: !930)
!975 = !DILocation(line: 39, column: 14, scope: !930)
!976 = !DILocation(line: 39, column: 20, scope: !930)
!977 = !DILocation(line: 39, column: 26, scope: !930)
!978 = !DILocation(line: 39, column: 39, scope: !930)
!979 = !DILocation(line: 39, column: 9, scope: !930)
!980 = !DILocation(line: 41, column: 5, scope: !926)
!981 = !DILocation(line: 42, column: 2, scope: !915)
!982 = distinct !DISubprogram(name: "d_closure", scope: !430, file: !195, line: 60, type: !983, scopeLine: 60, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !985)
!983 = !DISubroutineType(types: !984)
!984 = !{!14, !14, !14}
!985 = !{!986, !987, !988, !990, !992, !994}
!986 = !DILocalVariable(name: "k", arg: 1, scope: !982, file: !195, line: 60, type: !14)
!987 = !DILocalVariable(name: "x", arg: 2, scope: !982, file: !195, line: 60, type: !14)
!988 = !DILocalVariable(name: "c", scope: !989, file: !195, line: 61, type: !843, align: 64)
!989 = distinct !DILexicalBlock(scope: !982, file: !195, line: 61, column: 5)
!990 = !DILocalVariable(name: "tp", scope: !991, file: !195, line: 62, type: !200, align: 64)
!991 = distinct !DILexicalBlock(scope: !989, file: !195, line: 62, column: 5)
!992 = !DILocalVariable(name: "a", scope: !993, file: !195, line: 65, type: !14, align: 64)
!993 = distinct !DILexicalBlock(scope: !991, file: !195, line: 65, column: 9)
!994 = !DILocalVariable(name: "b", scope: !995, file: !195, line: 67, type: !14, align: 64)
!995 = distinct !DILexicalBlock(scope: !993, file: !195, line: 67, column: 9)
!996 = !DILocation(line: 60, column: 29, scope: !982)
!997 = !DILocation(line: 60, column: 37, scope: !982)
!998 = !DILocation(line: 61, column: 9, scope: !989)
!999 = !DILocation(line: 61, column: 13, scope: !982)
!1000 = !DILocation(line: 62, column: 14, scope: !989)
!1001 = !DILocation(line: 60, column: 1, scope: !982)
!1002 = !DILocation(line: 62, column: 9, scope: !991)
!1003 = !DILocation(line: 65, column: 39, scope: !991)
!1004 = !DILocation(line: 65, column: 69, scope: !991)
!1005 = !DILocation(line: 65, column: 17, scope: !991)
!1006 = !DILocation(line: 65, column: 13, scope: !993)
!1007 = !DILocation(line: 67, column: 17, scope: !993)
!1008 = !DILocation(line: 67, column: 13, scope: !995)
!1009 = !DILocation(line: 68, column: 9, scope: !995)
!1010 = !DILocation(line: 70, column: 2, scope: !982)
!1011 = distinct !DISubprogram(name: "d_copy", scope: !430, file: !195, line: 77, type: !1012, scopeLine: 77, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !1014)
!1012 = !DISubroutineType(types: !1013)
!1013 = !{!14, !559, !617, !40}
!1014 = !{!1015, !1016, !1017}
!1015 = !DILocalVariable(name: "ps", arg: 1, scope: !1011, file: !195, line: 77, type: !559)
!1016 = !DILocalVariable(name: "dps", arg: 2, scope: !1011, file: !195, line: 77, type: !617)
!1017 = !DILocalVariable(name: "n", arg: 3, scope: !1011, file: !195, line: 77, type: !40)
!1018 = !DILocation(line: 77, column: 26, scope: !1011)
!1019 = !DILocation(line: 77, column: 40, scope: !1011)
!1020 = !DILocation(line: 77, column: 53, scope: !1011)
!1021 = !DILocation(line: 79, column: 55, scope: !1011)
!1022 = !DILocation(line: 79, column: 76, scope: !1011)
!1023 = !DILocation(line: 79, column: 9, scope: !1011)
!1024 = !DILocation(line: 80, column: 56, scope: !1011)
!1025 = !DILocation(line: 80, column: 15, scope: !1011)
!1026 = !DILocation(line: 82, column: 2, scope: !1011)
!1027 = distinct !DISubprogram(name: "d_square", scope: !430, file: !195, line: 55, type: !12, scopeLine: 55, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !1028)
!1028 = !{!1029}
!1029 = !DILocalVariable(name: "x", arg: 1, scope: !1027, file: !195, line: 55, type: !14)
!1030 = !DILocation(line: 55, column: 28, scope: !1027)
!1031 = !DILocation(line: 56, column: 53, scope: !1027)
!1032 = !DILocation(line: 56, column: 14, scope: !1027)
!1033 = !DILocation(line: 57, column: 2, scope: !1027)
!1034 = distinct !DISubprogram(name: "fwd_square", scope: !430, file: !195, line: 85, type: !12, scopeLine: 85, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !1035)
!1035 = !{!1036}
!1036 = !DILocalVariable(name: "x", arg: 1, scope: !1034, file: !195, line: 85, type: !14)
!1037 = !DILocation(line: 85, column: 30, scope: !1034)
!1038 = !DILocation(line: 86, column: 52, scope: !1034)
!1039 = !DILocation(line: 86, column: 14, scope: !1034)
!1040 = !DILocation(line: 87, column: 2, scope: !1034)
!1041 = distinct !DISubprogram(name: "square", scope: !430, file: !195, line: 27, type: !12, scopeLine: 27, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !17, retainedNodes: !1042)
!1042 = !{!1043}
!1043 = !DILocalVariable(name: "x", arg: 1, scope: !1041, file: !195, line: 27, type: !14)
!1044 = !DILocation(line: 27, column: 26, scope: !1041)
!1045 = !DILocation(line: 28, column: 5, scope: !1041)
!1046 = !DILocation(line: 28, column: 15, scope: !1041)
!1047 = !DILocation(line: 27, column: 1, scope: !1041)
!1048 = !DILocation(line: 29, column: 2, scope: !1041)
