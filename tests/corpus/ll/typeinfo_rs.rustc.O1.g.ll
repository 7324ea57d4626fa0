; ModuleID = 'typeinfo_rs.fa23c88d8dece577-cgu.0'
source_filename = "typeinfo_rs.fa23c88d8dece577-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; core::iter::traits::iterator::Iterator::sum
; Function Attrs: nofree norecurse nosync nounwind nonlazybind memory(argmem: read, inaccessiblemem: write) uwtable
define noundef double @_ZN4core4iter6traits8iterator8Iterator3sum17h1ebb5e4e1d1213e4E(ptr noundef nonnull %self.0, ptr noundef %self.1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !79 {
start:
    #dbg_value(ptr %self.0, !109, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !113)
    #dbg_value(ptr %self.1, !109, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !113)
    #dbg_value(ptr %self.0, !114, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !122)
    #dbg_value(ptr %self.1, !114, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !122)
    #dbg_value(ptr %self.0, !124, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !153)
    #dbg_value(ptr %self.1, !124, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !153)
    #dbg_value(double -0.000000e+00, !133, !DIExpression(), !153)
    #dbg_declare(ptr poison, !134, !DIExpression(), !155)
    #dbg_value(i64 8, !156, !DIExpression(), !195)
    #dbg_value(i64 1, !217, !DIExpression(), !226)
    #dbg_value(ptr %self.1, !138, !DIExpression(), !228)
    #dbg_value(ptr poison, !229, !DIExpression(), !238)
    #dbg_value(ptr poison, !237, !DIExpression(), !240)
  %0 = icmp ne ptr %self.1, null, !dbg !241
  tail call void @llvm.assume(i1 %0), !dbg !241
  %1 = icmp eq ptr %self.0, %self.1, !dbg !249
  br i1 %1, label %"_ZN69_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$LT$$RF$f64$GT$$GT$3sum17hf66acc98a9d93fa6E.exit", label %bb5.i.i, !dbg !250

bb5.i.i:                                          ; preds = %start
    #dbg_value(double -0.000000e+00, !140, !DIExpression(), !251)
    #dbg_value(i64 0, !142, !DIExpression(), !252)
    #dbg_value(i64 0, !225, !DIExpression(), !226)
    #dbg_value(ptr %self.1, !148, !DIExpression(), !253)
    #dbg_value(ptr %self.1, !214, !DIExpression(), !254)
    #dbg_value(ptr %self.1, !247, !DIExpression(), !255)
    #dbg_value(ptr %self.0, !215, !DIExpression(), !254)
    #dbg_value(ptr %self.0, !247, !DIExpression(), !257)
    #dbg_value(ptr %self.1, !205, !DIExpression(), !259)
    #dbg_value(ptr %self.0, !206, !DIExpression(), !259)
    #dbg_value(ptr %self.0, !194, !DIExpression(), !260)
    #dbg_value(ptr %self.1, !193, !DIExpression(), !260)
  %2 = ptrtoint ptr %self.1 to i64, !dbg !261
  %3 = ptrtoint ptr %self.0 to i64, !dbg !261
  %4 = sub nuw i64 %2, %3, !dbg !261
  %5 = lshr exact i64 %4, 3, !dbg !261
    #dbg_value(i64 %5, !144, !DIExpression(), !262)
  %xtraiter = and i64 %5, 7, !dbg !263
  %6 = icmp ult i64 %4, 64, !dbg !263
  br i1 %6, label %bb8.i.i.epil.preheader, label %bb5.i.i.new, !dbg !263

bb5.i.i.new:                                      ; preds = %bb5.i.i
  %unroll_iter = and i64 %5, 2305843009213693944, !dbg !263
  br label %bb8.i.i, !dbg !263

bb8.i.i:                                          ; preds = %bb8.i.i, %bb5.i.i.new
  %i.sroa.0.0.i.i = phi i64 [ 0, %bb5.i.i.new ], [ %_27.i.i.7, %bb8.i.i ], !dbg !251
  %acc.sroa.0.0.i.i = phi double [ -0.000000e+00, %bb5.i.i.new ], [ %_0.i.i.i.7, %bb8.i.i ], !dbg !153
  %niter = phi i64 [ 0, %bb5.i.i.new ], [ %niter.next.7, %bb8.i.i ]
    #dbg_value(double %acc.sroa.0.0.i.i, !140, !DIExpression(), !251)
    #dbg_value(i64 %i.sroa.0.0.i.i, !225, !DIExpression(), !226)
    #dbg_value(i64 %i.sroa.0.0.i.i, !142, !DIExpression(), !252)
    #dbg_value(ptr %self.0, !264, !DIExpression(), !271)
    #dbg_value(i64 %i.sroa.0.0.i.i, !270, !DIExpression(), !271)
  %_45.i.i = getelementptr inbounds nuw double, ptr %self.0, i64 %i.sroa.0.0.i.i, !dbg !273
    #dbg_value(ptr %_45.i.i, !247, !DIExpression(), !274)
    #dbg_value(ptr poison, !276, !DIExpression(), !284)
    #dbg_value(double %acc.sroa.0.0.i.i, !282, !DIExpression(), !284)
    #dbg_value(ptr %_45.i.i, !283, !DIExpression(), !284)
    #dbg_value(ptr %_45.i.i, !286, !DIExpression(), !295)
  %_4.i.i.i = load double, ptr %_45.i.i, align 8, !dbg !297, !alias.scope !298, !noundef !104
  %_0.i.i.i = fadd double %acc.sroa.0.0.i.i, %_4.i.i.i, !dbg !301
    #dbg_value(double %_0.i.i.i, !140, !DIExpression(), !251)
    #dbg_value(i64 %i.sroa.0.0.i.i, !142, !DIExpression(DW_OP_constu, 1, DW_OP_or, DW_OP_stack_value), !252)
    #dbg_value(i64 %i.sroa.0.0.i.i, !225, !DIExpression(DW_OP_constu, 1, DW_OP_or, DW_OP_stack_value), !226)
    #dbg_value(i64 %i.sroa.0.0.i.i, !270, !DIExpression(DW_OP_constu, 1, DW_OP_or, DW_OP_stack_value), !271)
  %7 = getelementptr inbounds nuw double, ptr %self.0, i64 %i.sroa.0.0.i.i, !dbg !273
  %_45.i.i.1 = getelementptr inbounds nuw i8, ptr %7, i64 8, !dbg !273
    #dbg_value(ptr %_45.i.i.1, !247, !DIExpression(), !274)
    #dbg_value(double %_0.i.i.i, !282, !DIExpression(), !284)
    #dbg_value(ptr %_45.i.i.1, !283, !DIExpression(), !284)
    #dbg_value(ptr %_45.i.i.1, !286, !DIExpression(), !295)
  %_4.i.i.i.1 = load double, ptr %_45.i.i.1, align 8, !dbg !297, !alias.scope !298, !noundef !104
  %_0.i.i.i.1 = fadd double %_0.i.i.i, %_4.i.i.i.1, !dbg !301
    #dbg_value(double %_0.i.i.i.1, !140, !DIExpression(), !251)
    #dbg_value(i64 %i.sroa.0.0.i.i, !142, !DIExpression(DW_OP_constu, 2, DW_OP_or, DW_OP_stack_value), !252)
    #dbg_value(i64 %i.sroa.0.0.i.i, !225, !DIExpression(DW_OP_constu, 2, DW_OP_or, DW_OP_stack_value), !226)
    #dbg_value(i64 %i.sroa.0.0.i.i, !270, !DIExpression(DW_OP_constu, 2, DW_OP_or, DW_OP_stack_value), !271)
  %8 = getelementptr inbounds nuw double, ptr %self.0, i64 %i.sroa.0.0.i.i, !dbg !273
  %_45.i.i.2 = getelementptr inbounds nuw i8, ptr %8, i64 16, !dbg !273
    #dbg_value(ptr %_45.i.i.2, !247, !DIExpression(), !274)
    #dbg_value(double %_0.i.i.i.1, !282, !DIExpression(), !284)
    #dbg_value(ptr %_45.i.i.2, !283, !DIExpression(), !284)
    #dbg_value(ptr %_45.i.i.2, !286, !DIExpression(), !295)
  %_4.i.i.i.2 = load double, ptr %_45.i.i.2, align 8, !dbg !297, !alias.scope !298, !noundef !104
  %_0.i.i.i.2 = fadd double %_0.i.i.i.1, %_4.i.i.i.2, !dbg !301
    #dbg_value(double %_0.i.i.i.2, !140, !DIExpression(), !251)
    #dbg_value(i64 %i.sroa.0.0.i.i, !142, !DIExpression(DW_OP_constu, 3, DW_OP_or, DW_OP_stack_value), !252)
    #dbg_value(i64 %i.sroa.0.0.i.i, !225, !DIExpression(DW_OP_constu, 3, DW_OP_or, DW_OP_stack_value), !226)
    #dbg_value(i64 %i.sroa.0.0.i.i, !270, !DIExpression(DW_OP_constu, 3, DW_OP_or, DW_OP_stack_value), !271)
  %9 = getelementptr inbounds nuw double, ptr %self.0, i64 %i.sroa.0.0.i.i, !dbg !273
  %_45.i.i.3 = getelementptr inbounds nuw i8, ptr %9, i64 24, !dbg !273
    #dbg_value(ptr %_45.i.i.3, !247, !DIExpression(), !274)
    #dbg_value(double %_0.i.i.i.2, !282, !DIExpression(), !284)
    #dbg_value(ptr %_45.i.i.3, !283, !DIExpression(), !284)
    #dbg_value(ptr %_45.i.i.3, !286, !DIExpression(), !295)
  %_4.i.i.i.3 = load double, ptr %_45.i.i.3, align 8, !dbg !297, !alias.scope !298, !noundef !104
  %_0.i.i.i.3 = fadd double %_0.i.i.i.2, %_4.i.i.i.3, !dbg !301
    #dbg_value(double %_0.i.i.i.3, !140, !DIExpression(), !251)
    #dbg_value(i64 %i.sroa.0.0.i.i, !142, !DIExpression(DW_OP_constu, 4, DW_OP_or, DW_OP_stack_value), !252)
    #dbg_value(i64 %i.sroa.0.0.i.i, !225, !DIExpression(DW_OP_constu, 4, DW_OP_or, DW_OP_stack_value), !226)
    #dbg_value(i64 %i.sroa.0.0.i.i, !270, !DIExpression(DW_OP_constu, 4, DW_OP_or, DW_OP_stack_value), !271)
  %10 = getelementptr inbounds nuw double, ptr %self.0, i64 %i.sroa.0.0.i.i, !dbg !273
  %_45.i.i.4 = getelementptr inbounds nuw i8, ptr %10, i64 32, !dbg !273
    #dbg_value(ptr %_45.i.i.4, !247, !DIExpression(), !274)
    #dbg_value(double %_0.i.i.i.3, !282, !DIExpression(), !284)
    #dbg_value(ptr %_45.i.i.4, !283, !DIExpression(), !284)
    #dbg_value(ptr %_45.i.i.4, !286, !DIExpression(), !295)
  %_4.i.i.i.4 = load double, ptr %_45.i.i.4, align 8, !dbg !297, !alias.scope !298, !noundef !104
  %_0.i.i.i.4 = fadd double %_0.i.i.i.3, %_4.i.i.i.4, !dbg !301
    #dbg_value(double %_0.i.i.i.4, !140, !DIExpression(), !251)
    #dbg_value(i64 %i.sroa.0.0.i.i, !142, !DIExpression(DW_OP_constu, 5, DW_OP_or, DW_OP_stack_value), !252)
    #dbg_value(i64 %i.sroa.0.0.i.i, !225, !DIExpression(DW_OP_constu, 5, DW_OP_or, DW_OP_stack_value), !226)
    #dbg_value(i64 %i.sroa.0.0.i.i, !270, !DIExpression(DW_OP_constu, 5, DW_OP_or, DW_OP_stack_value), !271)
  %11 = getelementptr inbounds nuw double, ptr %self.0, i64 %i.sroa.0.0.i.i, !dbg !273
  %_45.i.i.5 = getelementptr inbounds nuw i8, ptr %11, i64 40, !dbg !273
    #dbg_value(ptr %_45.i.i.5, !247, !DIExpression(), !274)
    #dbg_value(double %_0.i.i.i.4, !282, !DIExpression(), !284)
    #dbg_value(ptr %_45.i.i.5, !283, !DIExpression(), !284)
    #dbg_value(ptr %_45.i.i.5, !286, !DIExpression(), !295)
  %_4.i.i.i.5 = load double, ptr %_45.i.i.5, align 8, !dbg !297, !alias.scope !298, !noundef !104
  %_0.i.i.i.5 = fadd double %_0.i.i.i.4, %_4.i.i.i.5, !dbg !301
    #dbg_value(double %_0.i.i.i.5, !140, !DIExpression(), !251)
    #dbg_value(i64 %i.sroa.0.0.i.i, !142, !DIExpression(DW_OP_constu, 6, DW_OP_or, DW_OP_stack_value), !252)
    #dbg_value(i64 %i.sroa.0.0.i.i, !225, !DIExpression(DW_OP_constu, 6, DW_OP_or, DW_OP_stack_value), !226)
    #dbg_value(i64 %i.sroa.0.0.i.i, !270, !DIExpression(DW_OP_constu, 6, DW_OP_or, DW_OP_stack_value), !271)
  %12 = getelementptr inbounds nuw double, ptr %self.0, i64 %i.sroa.0.0.i.i, !dbg !273
  %_45.i.i.6 = getelementptr inbounds nuw i8, ptr %12, i64 48, !dbg !273
    #dbg_value(ptr %_45.i.i.6, !247, !DIExpression(), !274)
    #dbg_value(double %_0.i.i.i.5, !282, !DIExpression(), !284)
    #dbg_value(ptr %_45.i.i.6, !283, !DIExpression(), !284)
    #dbg_value(ptr %_45.i.i.6, !286, !DIExpression(), !295)
  %_4.i.i.i.6 = load double, ptr %_45.i.i.6, align 8, !dbg !297, !alias.scope !298, !noundef !104
  %_0.i.i.i.6 = fadd double %_0.i.i.i.5, %_4.i.i.i.6, !dbg !301
    #dbg_value(double %_0.i.i.i.6, !140, !DIExpression(), !251)
    #dbg_value(i64 %i.sroa.0.0.i.i, !142, !DIExpression(DW_OP_constu, 7, DW_OP_or, DW_OP_stack_value), !252)
    #dbg_value(i64 %i.sroa.0.0.i.i, !225, !DIExpression(DW_OP_constu, 7, DW_OP_or, DW_OP_stack_value), !226)
    #dbg_value(i64 %i.sroa.0.0.i.i, !270, !DIExpression(DW_OP_constu, 7, DW_OP_or, DW_OP_stack_value), !271)
  %13 = getelementptr inbounds nuw double, ptr %self.0, i64 %i.sroa.0.0.i.i, !dbg !273
  %_45.i.i.7 = getelementptr inbounds nuw i8, ptr %13, i64 56, !dbg !273
    #dbg_value(ptr %_45.i.i.7, !247, !DIExpression(), !274)
    #dbg_value(double %_0.i.i.i.6, !282, !DIExpression(), !284)
    #dbg_value(ptr %_45.i.i.7, !283, !DIExpression(), !284)
    #dbg_value(ptr %_45.i.i.7, !286, !DIExpression(), !295)
  %_4.i.i.i.7 = load double, ptr %_45.i.i.7, align 8, !dbg !297, !alias.scope !298, !noundef !104
  %_0.i.i.i.7 = fadd double %_0.i.i.i.6, %_4.i.i.i.7, !dbg !301
    #dbg_value(double %_0.i.i.i.7, !140, !DIExpression(), !251)
  %_27.i.i.7 = add nuw i64 %i.sroa.0.0.i.i, 8, !dbg !308
    #dbg_value(i64 %_27.i.i.7, !142, !DIExpression(), !252)
    #dbg_value(i64 %_27.i.i.7, !225, !DIExpression(), !226)
  %niter.next.7 = add i64 %niter, 8, !dbg !309
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter, !dbg !309
  br i1 %niter.ncmp.7, label %"_ZN69_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$LT$$RF$f64$GT$$GT$3sum17hf66acc98a9d93fa6E.exit.loopexit.unr-lcssa", label %bb8.i.i, !dbg !309

"_ZN69_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$LT$$RF$f64$GT$$GT$3sum17hf66acc98a9d93fa6E.exit.loopexit.unr-lcssa": ; preds = %bb8.i.i
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0, !dbg !309
  br i1 %lcmp.mod.not, label %"_ZN69_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$LT$$RF$f64$GT$$GT$3sum17hf66acc98a9d93fa6E.exit", label %bb8.i.i.epil.preheader, !dbg !309

bb8.i.i.epil.preheader:                           ; preds = %"_ZN69_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$LT$$RF$f64$GT$$GT$3sum17hf66acc98a9d93fa6E.exit.loopexit.unr-lcssa", %bb5.i.i
  %i.sroa.0.0.i.i.epil.init = phi i64 [ 0, %bb5.i.i ], [ %_27.i.i.7, %"_ZN69_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$LT$$RF$f64$GT$$GT$3sum17hf66acc98a9d93fa6E.exit.loopexit.unr-lcssa" ]
  %acc.sroa.0.0.i.i.epil.init = phi double [ -0.000000e+00, %bb5.i.i ], [ %_0.i.i.i.7, %"_ZN69_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$LT$$RF$f64$GT$$GT$3sum17hf66acc98a9d93fa6E.exit.loopexit.unr-lcssa" ]
  %lcmp.mod2 = icmp ne i64 %xtraiter, 0, !dbg !309
  tail call void @llvm.assume(i1 %lcmp.mod2), !dbg !309
  br label %bb8.i.i.epil, !dbg !309

bb8.i.i.epil:                                     ; preds = %bb8.i.i.epil, %bb8.i.i.epil.preheader
  %i.sroa.0.0.i.i.epil = phi i64 [ %i.sroa.0.0.i.i.epil.init, %bb8.i.i.epil.preheader ], [ %_27.i.i.epil, %bb8.i.i.epil ], !dbg !251
  %acc.sroa.0.0.i.i.epil = phi double [ %acc.sroa.0.0.i.i.epil.init, %bb8.i.i.epil.preheader ], [ %_0.i.i.i.epil, %bb8.i.i.epil ], !dbg !153
  %epil.iter = phi i64 [ 0, %bb8.i.i.epil.preheader ], [ %epil.iter.next, %bb8.i.i.epil ]
    #dbg_value(double %acc.sroa.0.0.i.i.epil, !140, !DIExpression(), !251)
    #dbg_value(i64 %i.sroa.0.0.i.i.epil, !225, !DIExpression(), !226)
    #dbg_value(i64 %i.sroa.0.0.i.i.epil, !142, !DIExpression(), !252)
    #dbg_value(ptr %self.0, !264, !DIExpression(), !271)
    #dbg_value(i64 %i.sroa.0.0.i.i.epil, !270, !DIExpression(), !271)
  %_45.i.i.epil = getelementptr inbounds nuw double, ptr %self.0, i64 %i.sroa.0.0.i.i.epil, !dbg !273
    #dbg_value(ptr %_45.i.i.epil, !247, !DIExpression(), !274)
    #dbg_value(ptr poison, !276, !DIExpression(), !284)
    #dbg_value(double %acc.sroa.0.0.i.i.epil, !282, !DIExpression(), !284)
    #dbg_value(ptr %_45.i.i.epil, !283, !DIExpression(), !284)
    #dbg_value(ptr %_45.i.i.epil, !286, !DIExpression(), !295)
  %_4.i.i.i.epil = load double, ptr %_45.i.i.epil, align 8, !dbg !297, !alias.scope !298, !noundef !104
  %_0.i.i.i.epil = fadd double %acc.sroa.0.0.i.i.epil, %_4.i.i.i.epil, !dbg !301
    #dbg_value(double %_0.i.i.i.epil, !140, !DIExpression(), !251)
  %_27.i.i.epil = add nuw i64 %i.sroa.0.0.i.i.epil, 1, !dbg !308
    #dbg_value(i64 %_27.i.i.epil, !142, !DIExpression(), !252)
    #dbg_value(i64 %_27.i.i.epil, !225, !DIExpression(), !226)
  %epil.iter.next = add i64 %epil.iter, 1, !dbg !309
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter, !dbg !309
  br i1 %epil.iter.cmp.not, label %"_ZN69_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$LT$$RF$f64$GT$$GT$3sum17hf66acc98a9d93fa6E.exit", label %bb8.i.i.epil, !dbg !309, !llvm.loop !310

"_ZN69_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$LT$$RF$f64$GT$$GT$3sum17hf66acc98a9d93fa6E.exit": ; preds = %"_ZN69_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$LT$$RF$f64$GT$$GT$3sum17hf66acc98a9d93fa6E.exit.loopexit.unr-lcssa", %bb8.i.i.epil, %start
  %_0.sroa.0.0.i.i = phi double [ -0.000000e+00, %start ], [ %_0.i.i.i.7, %"_ZN69_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$LT$$RF$f64$GT$$GT$3sum17hf66acc98a9d93fa6E.exit.loopexit.unr-lcssa" ], [ %_0.i.i.i.epil, %bb8.i.i.epil ], !dbg !153
  ret double %_0.sroa.0.0.i.i, !dbg !312
}

; alloc::rc::Rc<T,A>::drop_slow
; Function Attrs: noinline nounwind nonlazybind uwtable
define void @"_ZN5alloc2rc15Rc$LT$T$C$A$GT$9drop_slow17h5ea012a2da0381d0E"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(8) %self) unnamed_addr #1 personality ptr @rust_eh_personality !dbg !313 {
start:
    #dbg_value(ptr poison, !362, !DIExpression(), !392)
    #dbg_value(ptr poison, !400, !DIExpression(), !415)
    #dbg_value(ptr poison, !411, !DIExpression(), !416)
    #dbg_value(ptr %self, !352, !DIExpression(), !417)
  %_3 = load ptr, ptr %self, align 8, !dbg !418, !nonnull !104, !noundef !104
    #dbg_value(ptr undef, !411, !DIExpression(), !416)
    #dbg_value(ptr undef, !400, !DIExpression(), !415)
    #dbg_value(ptr undef, !362, !DIExpression(), !392)
  %0 = icmp eq ptr %_3, inttoptr (i64 -1 to ptr), !dbg !419
  br i1 %0, label %"_ZN4core3ptr74drop_in_place$LT$alloc..rc..Weak$LT$f64$C$$RF$alloc..alloc..Global$GT$$GT$17h05b0a5b253cdf863E.exit", label %bb7.i.i, !dbg !419

bb7.i.i:                                          ; preds = %start
    #dbg_value(ptr %_3, !388, !DIExpression(), !420)
  %_21.i.i = getelementptr inbounds nuw i8, ptr %_3, i64 8, !dbg !421
    #dbg_value(ptr %_21.i.i, !403, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !422)
    #dbg_value(ptr %_3, !403, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !422)
    #dbg_value(ptr %_21.i.i, !401, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !423)
    #dbg_value(ptr %_3, !401, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !423)
    #dbg_value(ptr poison, !424, !DIExpression(), !433)
    #dbg_value(ptr poison, !435, !DIExpression(), !440)
    #dbg_value(ptr %_21.i.i, !442, !DIExpression(), !450)
    #dbg_value(ptr %_21.i.i, !452, !DIExpression(), !459)
    #dbg_value(ptr %_21.i.i, !461, !DIExpression(), !467)
    #dbg_value(ptr %_21.i.i, !461, !DIExpression(), !469)
  %_26.i.i = load i64, ptr %_21.i.i, align 8, !dbg !473, !noalias !474, !noundef !104
  %val.i.i = add i64 %_26.i.i, -1, !dbg !479
    #dbg_value(i64 %val.i.i, !449, !DIExpression(), !450)
    #dbg_value(i64 %val.i.i, !458, !DIExpression(), !459)
  store i64 %val.i.i, ptr %_21.i.i, align 8, !dbg !480, !noalias !474
    #dbg_value(ptr poison, !435, !DIExpression(), !488)
  %1 = icmp eq i64 %val.i.i, 0, !dbg !489
  br i1 %1, label %bb1.i.i, label %"_ZN4core3ptr74drop_in_place$LT$alloc..rc..Weak$LT$f64$C$$RF$alloc..alloc..Global$GT$$GT$17h05b0a5b253cdf863E.exit", !dbg !489

bb1.i.i:                                          ; preds = %bb7.i.i
    #dbg_value(ptr undef, !490, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !514)
    #dbg_value(ptr %_3, !511, !DIExpression(), !514)
    #dbg_value(i64 8, !512, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !514)
    #dbg_value(i64 24, !512, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !514)
    #dbg_value(ptr poison, !516, !DIExpression(), !525)
    #dbg_value(ptr poison, !527, !DIExpression(), !533)
    #dbg_value(ptr %_3, !523, !DIExpression(), !525)
    #dbg_value(ptr %_3, !531, !DIExpression(), !533)
    #dbg_value(ptr %_3, !535, !DIExpression(), !542)
    #dbg_value(i64 8, !524, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !525)
    #dbg_value(i64 8, !532, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !533)
    #dbg_value(i64 8, !541, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !542)
    #dbg_value(i64 8, !544, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !551)
    #dbg_value(i64 24, !524, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !525)
    #dbg_value(i64 24, !532, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !533)
    #dbg_value(i64 24, !541, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !542)
    #dbg_value(i64 24, !544, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !551)
    #dbg_value(ptr %_3, !550, !DIExpression(), !551)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_3, i64 noundef 24, i64 noundef 8) #12, !dbg !553, !noalias !474
  br label %"_ZN4core3ptr74drop_in_place$LT$alloc..rc..Weak$LT$f64$C$$RF$alloc..alloc..Global$GT$$GT$17h05b0a5b253cdf863E.exit", !dbg !554

"_ZN4core3ptr74drop_in_place$LT$alloc..rc..Weak$LT$f64$C$$RF$alloc..alloc..Global$GT$$GT$17h05b0a5b253cdf863E.exit": ; preds = %start, %bb7.i.i, %bb1.i.i
  ret void, !dbg !555
}

; <f64 as core::iter::traits::accum::Sum<&f64>>::sum
; Function Attrs: nofree norecurse nosync nounwind nonlazybind memory(argmem: read, inaccessiblemem: write) uwtable
define noundef double @"_ZN69_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$LT$$RF$f64$GT$$GT$3sum17hf66acc98a9d93fa6E"(ptr noundef nonnull %iter.0, ptr noundef %iter.1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !115 {
start:
    #dbg_value(ptr %iter.0, !114, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !556)
    #dbg_value(ptr %iter.1, !114, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !556)
    #dbg_value(ptr %iter.0, !124, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !557)
    #dbg_value(ptr %iter.1, !124, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !557)
    #dbg_value(double -0.000000e+00, !133, !DIExpression(), !557)
    #dbg_declare(ptr poison, !134, !DIExpression(), !559)
    #dbg_value(i64 8, !156, !DIExpression(), !560)
    #dbg_value(i64 1, !217, !DIExpression(), !564)
    #dbg_value(ptr %iter.1, !138, !DIExpression(), !566)
    #dbg_value(ptr poison, !229, !DIExpression(), !567)
    #dbg_value(ptr poison, !237, !DIExpression(), !569)
  %0 = icmp ne ptr %iter.1, null, !dbg !570
  tail call void @llvm.assume(i1 %0), !dbg !570
  %1 = icmp eq ptr %iter.0, %iter.1, !dbg !572
  br i1 %1, label %"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17hc57a5bd524d8fa92E.exit", label %bb5.i, !dbg !573

bb5.i:                                            ; preds = %start
    #dbg_value(double -0.000000e+00, !140, !DIExpression(), !574)
    #dbg_value(i64 0, !142, !DIExpression(), !575)
    #dbg_value(i64 0, !225, !DIExpression(), !564)
    #dbg_value(ptr %iter.1, !148, !DIExpression(), !576)
    #dbg_value(ptr %iter.1, !214, !DIExpression(), !577)
    #dbg_value(ptr %iter.1, !247, !DIExpression(), !578)
    #dbg_value(ptr %iter.0, !215, !DIExpression(), !577)
    #dbg_value(ptr %iter.0, !247, !DIExpression(), !580)
    #dbg_value(ptr %iter.1, !205, !DIExpression(), !582)
    #dbg_value(ptr %iter.0, !206, !DIExpression(), !582)
    #dbg_value(ptr %iter.0, !194, !DIExpression(), !583)
    #dbg_value(ptr %iter.1, !193, !DIExpression(), !583)
  %2 = ptrtoint ptr %iter.1 to i64, !dbg !584
  %3 = ptrtoint ptr %iter.0 to i64, !dbg !584
  %4 = sub nuw i64 %2, %3, !dbg !584
  %5 = lshr exact i64 %4, 3, !dbg !584
    #dbg_value(i64 %5, !144, !DIExpression(), !585)
  %xtraiter = and i64 %5, 7, !dbg !586
  %6 = icmp ult i64 %4, 64, !dbg !586
  br i1 %6, label %bb8.i.epil.preheader, label %bb5.i.new, !dbg !586

bb5.i.new:                                        ; preds = %bb5.i
  %unroll_iter = and i64 %5, 2305843009213693944, !dbg !586
  br label %bb8.i, !dbg !586

bb8.i:                                            ; preds = %bb8.i, %bb5.i.new
  %i.sroa.0.0.i = phi i64 [ 0, %bb5.i.new ], [ %_27.i.7, %bb8.i ], !dbg !574
  %acc.sroa.0.0.i = phi double [ -0.000000e+00, %bb5.i.new ], [ %_0.i.i.7, %bb8.i ], !dbg !557
  %niter = phi i64 [ 0, %bb5.i.new ], [ %niter.next.7, %bb8.i ]
    #dbg_value(double %acc.sroa.0.0.i, !140, !DIExpression(), !574)
    #dbg_value(i64 %i.sroa.0.0.i, !225, !DIExpression(), !564)
    #dbg_value(i64 %i.sroa.0.0.i, !142, !DIExpression(), !575)
    #dbg_value(ptr %iter.0, !264, !DIExpression(), !587)
    #dbg_value(i64 %i.sroa.0.0.i, !270, !DIExpression(), !587)
  %_45.i = getelementptr inbounds nuw double, ptr %iter.0, i64 %i.sroa.0.0.i, !dbg !589
    #dbg_value(ptr %_45.i, !247, !DIExpression(), !590)
    #dbg_value(ptr poison, !276, !DIExpression(), !592)
    #dbg_value(double %acc.sroa.0.0.i, !282, !DIExpression(), !592)
    #dbg_value(ptr %_45.i, !283, !DIExpression(), !592)
    #dbg_value(ptr %_45.i, !286, !DIExpression(), !594)
  %_4.i.i = load double, ptr %_45.i, align 8, !dbg !596, !alias.scope !597, !noundef !104
  %_0.i.i = fadd double %acc.sroa.0.0.i, %_4.i.i, !dbg !600
    #dbg_value(double %_0.i.i, !140, !DIExpression(), !574)
    #dbg_value(i64 %i.sroa.0.0.i, !142, !DIExpression(DW_OP_constu, 1, DW_OP_or, DW_OP_stack_value), !575)
    #dbg_value(i64 %i.sroa.0.0.i, !225, !DIExpression(DW_OP_constu, 1, DW_OP_or, DW_OP_stack_value), !564)
    #dbg_value(i64 %i.sroa.0.0.i, !270, !DIExpression(DW_OP_constu, 1, DW_OP_or, DW_OP_stack_value), !587)
  %7 = getelementptr inbounds nuw double, ptr %iter.0, i64 %i.sroa.0.0.i, !dbg !589
  %_45.i.1 = getelementptr inbounds nuw i8, ptr %7, i64 8, !dbg !589
    #dbg_value(ptr %_45.i.1, !247, !DIExpression(), !590)
    #dbg_value(double %_0.i.i, !282, !DIExpression(), !592)
    #dbg_value(ptr %_45.i.1, !283, !DIExpression(), !592)
    #dbg_value(ptr %_45.i.1, !286, !DIExpression(), !594)
  %_4.i.i.1 = load double, ptr %_45.i.1, align 8, !dbg !596, !alias.scope !597, !noundef !104
  %_0.i.i.1 = fadd double %_0.i.i, %_4.i.i.1, !dbg !600
    #dbg_value(double %_0.i.i.1, !140, !DIExpression(), !574)
    #dbg_value(i64 %i.sroa.0.0.i, !142, !DIExpression(DW_OP_constu, 2, DW_OP_or, DW_OP_stack_value), !575)
    #dbg_value(i64 %i.sroa.0.0.i, !225, !DIExpression(DW_OP_constu, 2, DW_OP_or, DW_OP_stack_value), !564)
    #dbg_value(i64 %i.sroa.0.0.i, !270, !DIExpression(DW_OP_constu, 2, DW_OP_or, DW_OP_stack_value), !587)
  %8 = getelementptr inbounds nuw double, ptr %iter.0, i64 %i.sroa.0.0.i, !dbg !589
  %_45.i.2 = getelementptr inbounds nuw i8, ptr %8, i64 16, !dbg !589
    #dbg_value(ptr %_45.i.2, !247, !DIExpression(), !590)
    #dbg_value(double %_0.i.i.1, !282, !DIExpression(), !592)
    #dbg_value(ptr %_45.i.2, !283, !DIExpression(), !592)
    #dbg_value(ptr %_45.i.2, !286, !DIExpression(), !594)
  %_4.i.i.2 = load double, ptr %_45.i.2, align 8, !dbg !596, !alias.scope !597, !noundef !104
  %_0.i.i.2 = fadd double %_0.i.i.1, %_4.i.i.2, !dbg !600
    #dbg_value(double %_0.i.i.2, !140, !DIExpression(), !574)
    #dbg_value(i64 %i.sroa.0.0.i, !142, !DIExpression(DW_OP_constu, 3, DW_OP_or, DW_OP_stack_value), !575)
    #dbg_value(i64 %i.sroa.0.0.i, !225, !DIExpression(DW_OP_constu, 3, DW_OP_or, DW_OP_stack_value), !564)
    #dbg_value(i64 %i.sroa.0.0.i, !270, !DIExpression(DW_OP_constu, 3, DW_OP_or, DW_OP_stack_value), !587)
  %9 = getelementptr inbounds nuw double, ptr %iter.0, i64 %i.sroa.0.0.i, !dbg !589
  %_45.i.3 = getelementptr inbounds nuw i8, ptr %9, i64 24, !dbg !589
    #dbg_value(ptr %_45.i.3, !247, !DIExpression(), !590)
    #dbg_value(double %_0.i.i.2, !282, !DIExpression(), !592)
    #dbg_value(ptr %_45.i.3, !283, !DIExpression(), !592)
    #dbg_value(ptr %_45.i.3, !286, !DIExpression(), !594)
  %_4.i.i.3 = load double, ptr %_45.i.3, align 8, !dbg !596, !alias.scope !597, !noundef !104
  %_0.i.i.3 = fadd double %_0.i.i.2, %_4.i.i.3, !dbg !600
    #dbg_value(double %_0.i.i.3, !140, !DIExpression(), !574)
    #dbg_value(i64 %i.sroa.0.0.i, !142, !DIExpression(DW_OP_constu, 4, DW_OP_or, DW_OP_stack_value), !575)
    #dbg_value(i64 %i.sroa.0.0.i, !225, !DIExpression(DW_OP_constu, 4, DW_OP_or, DW_OP_stack_value), !564)
    #dbg_value(i64 %i.sroa.0.0.i, !270, !DIExpression(DW_OP_constu, 4, DW_OP_or, DW_OP_stack_value), !587)
  %10 = getelementptr inbounds nuw double, ptr %iter.0, i64 %i.sroa.0.0.i, !dbg !589
  %_45.i.4 = getelementptr inbounds nuw i8, ptr %10, i64 32, !dbg !589
    #dbg_value(ptr %_45.i.4, !247, !DIExpression(), !590)
    #dbg_value(double %_0.i.i.3, !282, !DIExpression(), !592)
    #dbg_value(ptr %_45.i.4, !283, !DIExpression(), !592)
    #dbg_value(ptr %_45.i.4, !286, !DIExpression(), !594)
  %_4.i.i.4 = load double, ptr %_45.i.4, align 8, !dbg !596, !alias.scope !597, !noundef !104
  %_0.i.i.4 = fadd double %_0.i.i.3, %_4.i.i.4, !dbg !600
    #dbg_value(double %_0.i.i.4, !140, !DIExpression(), !574)
    #dbg_value(i64 %i.sroa.0.0.i, !142, !DIExpression(DW_OP_constu, 5, DW_OP_or, DW_OP_stack_value), !575)
    #dbg_value(i64 %i.sroa.0.0.i, !225, !DIExpression(DW_OP_constu, 5, DW_OP_or, DW_OP_stack_value), !564)
    #dbg_value(i64 %i.sroa.0.0.i, !270, !DIExpression(DW_OP_constu, 5, DW_OP_or, DW_OP_stack_value), !587)
  %11 = getelementptr inbounds nuw double, ptr %iter.0, i64 %i.sroa.0.0.i, !dbg !589
  %_45.i.5 = getelementptr inbounds nuw i8, ptr %11, i64 40, !dbg !589
    #dbg_value(ptr %_45.i.5, !247, !DIExpression(), !590)
    #dbg_value(double %_0.i.i.4, !282, !DIExpression(), !592)
    #dbg_value(ptr %_45.i.5, !283, !DIExpression(), !592)
    #dbg_value(ptr %_45.i.5, !286, !DIExpression(), !594)
  %_4.i.i.5 = load double, ptr %_45.i.5, align 8, !dbg !596, !alias.scope !597, !noundef !104
  %_0.i.i.5 = fadd double %_0.i.i.4, %_4.i.i.5, !dbg !600
    #dbg_value(double %_0.i.i.5, !140, !DIExpression(), !574)
    #dbg_value(i64 %i.sroa.0.0.i, !142, !DIExpression(DW_OP_constu, 6, DW_OP_or, DW_OP_stack_value), !575)
    #dbg_value(i64 %i.sroa.0.0.i, !225, !DIExpression(DW_OP_constu, 6, DW_OP_or, DW_OP_stack_value), !564)
    #dbg_value(i64 %i.sroa.0.0.i, !270, !DIExpression(DW_OP_constu, 6, DW_OP_or, DW_OP_stack_value), !587)
  %12 = getelementptr inbounds nuw double, ptr %iter.0, i64 %i.sroa.0.0.i, !dbg !589
  %_45.i.6 = getelementptr inbounds nuw i8, ptr %12, i64 48, !dbg !589
    #dbg_value(ptr %_45.i.6, !247, !DIExpression(), !590)
    #dbg_value(double %_0.i.i.5, !282, !DIExpression(), !592)
    #dbg_value(ptr %_45.i.6, !283, !DIExpression(), !592)
    #dbg_value(ptr %_45.i.6, !286, !DIExpression(), !594)
  %_4.i.i.6 = load double, ptr %_45.i.6, align 8, !dbg !596, !alias.scope !597, !noundef !104
  %_0.i.i.6 = fadd double %_0.i.i.5, %_4.i.i.6, !dbg !600
    #dbg_value(double %_0.i.i.6, !140, !DIExpression(), !574)
    #dbg_value(i64 %i.sroa.0.0.i, !142, !DIExpression(DW_OP_constu, 7, DW_OP_or, DW_OP_stack_value), !575)
    #dbg_value(i64 %i.sroa.0.0.i, !225, !DIExpression(DW_OP_constu, 7, DW_OP_or, DW_OP_stack_value), !564)
    #dbg_value(i64 %i.sroa.0.0.i, !270, !DIExpression(DW_OP_constu, 7, DW_OP_or, DW_OP_stack_value), !587)
  %13 = getelementptr inbounds nuw double, ptr %iter.0, i64 %i.sroa.0.0.i, !dbg !589
  %_45.i.7 = getelementptr inbounds nuw i8, ptr %13, i64 56, !dbg !589
    #dbg_value(ptr %_45.i.7, !247, !DIExpression(), !590)
    #dbg_value(double %_0.i.i.6, !282, !DIExpression(), !592)
    #dbg_value(ptr %_45.i.7, !283, !DIExpression(), !592)
    #dbg_value(ptr %_45.i.7, !286, !DIExpression(), !594)
  %_4.i.i.7 = load double, ptr %_45.i.7, align 8, !dbg !596, !alias.scope !597, !noundef !104
  %_0.i.i.7 = fadd double %_0.i.i.6, %_4.i.i.7, !dbg !600
    #dbg_value(double %_0.i.i.7, !140, !DIExpression(), !574)
  %_27.i.7 = add nuw i64 %i.sroa.0.0.i, 8, !dbg !602
    #dbg_value(i64 %_27.i.7, !142, !DIExpression(), !575)
    #dbg_value(i64 %_27.i.7, !225, !DIExpression(), !564)
  %niter.next.7 = add i64 %niter, 8, !dbg !603
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter, !dbg !603
  br i1 %niter.ncmp.7, label %"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17hc57a5bd524d8fa92E.exit.loopexit.unr-lcssa", label %bb8.i, !dbg !603

"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17hc57a5bd524d8fa92E.exit.loopexit.unr-lcssa": ; preds = %bb8.i
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0, !dbg !603
  br i1 %lcmp.mod.not, label %"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17hc57a5bd524d8fa92E.exit", label %bb8.i.epil.preheader, !dbg !603

bb8.i.epil.preheader:                             ; preds = %"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17hc57a5bd524d8fa92E.exit.loopexit.unr-lcssa", %bb5.i
  %i.sroa.0.0.i.epil.init = phi i64 [ 0, %bb5.i ], [ %_27.i.7, %"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17hc57a5bd524d8fa92E.exit.loopexit.unr-lcssa" ]
  %acc.sroa.0.0.i.epil.init = phi double [ -0.000000e+00, %bb5.i ], [ %_0.i.i.7, %"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17hc57a5bd524d8fa92E.exit.loopexit.unr-lcssa" ]
  %lcmp.mod2 = icmp ne i64 %xtraiter, 0, !dbg !603
  tail call void @llvm.assume(i1 %lcmp.mod2), !dbg !603
  br label %bb8.i.epil, !dbg !603

bb8.i.epil:                                       ; preds = %bb8.i.epil, %bb8.i.epil.preheader
  %i.sroa.0.0.i.epil = phi i64 [ %i.sroa.0.0.i.epil.init, %bb8.i.epil.preheader ], [ %_27.i.epil, %bb8.i.epil ], !dbg !574
  %acc.sroa.0.0.i.epil = phi double [ %acc.sroa.0.0.i.epil.init, %bb8.i.epil.preheader ], [ %_0.i.i.epil, %bb8.i.epil ], !dbg !557
  %epil.iter = phi i64 [ 0, %bb8.i.epil.preheader ], [ %epil.iter.next, %bb8.i.epil ]
    #dbg_value(double %acc.sroa.0.0.i.epil, !140, !DIExpression(), !574)
    #dbg_value(i64 %i.sroa.0.0.i.epil, !225, !DIExpression(), !564)
    #dbg_value(i64 %i.sroa.0.0.i.epil, !142, !DIExpression(), !575)
    #dbg_value(ptr %iter.0, !264, !DIExpression(), !587)
    #dbg_value(i64 %i.sroa.0.0.i.epil, !270, !DIExpression(), !587)
  %_45.i.epil = getelementptr inbounds nuw double, ptr %iter.0, i64 %i.sroa.0.0.i.epil, !dbg !589
    #dbg_value(ptr %_45.i.epil, !247, !DIExpression(), !590)
    #dbg_value(ptr poison, !276, !DIExpression(), !592)
    #dbg_value(double %acc.sroa.0.0.i.epil, !282, !DIExpression(), !592)
    #dbg_value(ptr %_45.i.epil, !283, !DIExpression(), !592)
    #dbg_value(ptr %_45.i.epil, !286, !DIExpression(), !594)
  %_4.i.i.epil = load double, ptr %_45.i.epil, align 8, !dbg !596, !alias.scope !597, !noundef !104
  %_0.i.i.epil = fadd double %acc.sroa.0.0.i.epil, %_4.i.i.epil, !dbg !600
    #dbg_value(double %_0.i.i.epil, !140, !DIExpression(), !574)
  %_27.i.epil = add nuw i64 %i.sroa.0.0.i.epil, 1, !dbg !602
    #dbg_value(i64 %_27.i.epil, !142, !DIExpression(), !575)
    #dbg_value(i64 %_27.i.epil, !225, !DIExpression(), !564)
  %epil.iter.next = add i64 %epil.iter, 1, !dbg !603
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter, !dbg !603
  br i1 %epil.iter.cmp.not, label %"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17hc57a5bd524d8fa92E.exit", label %bb8.i.epil, !dbg !603, !llvm.loop !604

"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17hc57a5bd524d8fa92E.exit": ; preds = %"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17hc57a5bd524d8fa92E.exit.loopexit.unr-lcssa", %bb8.i.epil, %start
  %_0.sroa.0.0.i = phi double [ -0.000000e+00, %start ], [ %_0.i.i.7, %"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17hc57a5bd524d8fa92E.exit.loopexit.unr-lcssa" ], [ %_0.i.i.epil, %bb8.i.epil ], !dbg !557
  ret double %_0.sroa.0.0.i, !dbg !605
}

; <alloc::rc::Weak<T,A> as core::ops::drop::Drop>::drop
; Function Attrs: nounwind nonlazybind uwtable
define void @"_ZN70_$LT$alloc..rc..Weak$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hfc750127bed188ebE"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(16) %self) unnamed_addr #2 !dbg !395 {
start:
    #dbg_value(ptr %self, !400, !DIExpression(), !606)
    #dbg_value(ptr %self, !362, !DIExpression(), !607)
  %self1 = load ptr, ptr %self, align 8, !dbg !609, !nonnull !104, !noundef !104
  %0 = icmp eq ptr %self1, inttoptr (i64 -1 to ptr), !dbg !610
  br i1 %0, label %bb5, label %bb7, !dbg !610

bb7:                                              ; preds = %start
    #dbg_value(ptr %self1, !388, !DIExpression(), !611)
  %_21 = getelementptr inbounds nuw i8, ptr %self1, i64 8, !dbg !612
    #dbg_value(ptr %_21, !403, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !613)
    #dbg_value(ptr %self1, !403, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !613)
    #dbg_value(ptr %_21, !401, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !614)
    #dbg_value(ptr %self1, !401, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !614)
    #dbg_value(ptr poison, !424, !DIExpression(), !615)
    #dbg_value(ptr poison, !435, !DIExpression(), !617)
    #dbg_value(ptr %_21, !442, !DIExpression(), !619)
    #dbg_value(ptr %_21, !452, !DIExpression(), !621)
    #dbg_value(ptr %_21, !461, !DIExpression(), !623)
    #dbg_value(ptr %_21, !461, !DIExpression(), !625)
  %_26 = load i64, ptr %_21, align 8, !dbg !628, !noundef !104
  %val = add i64 %_26, -1, !dbg !629
    #dbg_value(i64 %val, !449, !DIExpression(), !619)
    #dbg_value(i64 %val, !458, !DIExpression(), !621)
  store i64 %val, ptr %_21, align 8, !dbg !630
    #dbg_value(ptr poison, !435, !DIExpression(), !632)
  %1 = icmp eq i64 %val, 0, !dbg !633
  br i1 %1, label %bb1, label %bb5, !dbg !633

bb5:                                              ; preds = %start, %bb1, %bb7
  ret void, !dbg !634

bb1:                                              ; preds = %bb7
    #dbg_value(ptr %self, !490, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !635)
    #dbg_value(ptr %self1, !511, !DIExpression(), !635)
    #dbg_value(i64 8, !512, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !635)
    #dbg_value(i64 24, !512, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !635)
    #dbg_value(ptr poison, !516, !DIExpression(), !637)
    #dbg_value(ptr poison, !527, !DIExpression(), !639)
    #dbg_value(ptr %self1, !523, !DIExpression(), !637)
    #dbg_value(ptr %self1, !531, !DIExpression(), !639)
    #dbg_value(ptr %self1, !535, !DIExpression(), !641)
    #dbg_value(i64 8, !524, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !637)
    #dbg_value(i64 8, !532, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !639)
    #dbg_value(i64 8, !541, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !641)
    #dbg_value(i64 8, !544, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !643)
    #dbg_value(i64 24, !524, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !637)
    #dbg_value(i64 24, !532, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !639)
    #dbg_value(i64 24, !541, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !641)
    #dbg_value(i64 24, !544, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !643)
    #dbg_value(ptr %self1, !550, !DIExpression(), !643)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %self1, i64 noundef 24, i64 noundef 8) #12, !dbg !645
  br label %bb5, !dbg !646
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define noundef double @use_array(ptr noalias noundef readonly align 8 captures(none) dereferenceable(48) %a) unnamed_addr #3 !dbg !647 {
start:
    #dbg_value(ptr %a, !660, !DIExpression(), !661)
  %0 = getelementptr inbounds nuw i8, ptr %a, i64 40, !dbg !662
  %_0 = load double, ptr %0, align 8, !dbg !662, !noundef !104
  ret double %_0, !dbg !663
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef double @use_box(ptr noalias noundef nonnull align 8 captures(address) %0) unnamed_addr #2 personality ptr @rust_eh_personality !dbg !664 {
start:
    #dbg_value(ptr poison, !670, !DIExpression(), !689)
    #dbg_value(ptr poison, !696, !DIExpression(), !700)
    #dbg_value(ptr %0, !669, !DIExpression(), !701)
  %_2 = load double, ptr %0, align 8, !dbg !702, !noundef !104
  %_0 = fmul double %_2, 2.000000e+00, !dbg !702
    #dbg_value(ptr undef, !696, !DIExpression(), !700)
    #dbg_value(ptr undef, !670, !DIExpression(), !689)
    #dbg_value(ptr poison, !679, !DIExpression(), !703)
    #dbg_value(i64 8, !687, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !704)
    #dbg_value(i64 8, !687, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !704)
    #dbg_value(ptr %0, !679, !DIExpression(), !703)
    #dbg_value(ptr undef, !516, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !705)
    #dbg_value(ptr undef, !527, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !707)
    #dbg_value(ptr %0, !523, !DIExpression(), !705)
    #dbg_value(ptr %0, !531, !DIExpression(), !707)
    #dbg_value(ptr %0, !535, !DIExpression(), !709)
    #dbg_value(i64 8, !524, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !705)
    #dbg_value(i64 8, !532, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !707)
    #dbg_value(i64 8, !541, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !709)
    #dbg_value(i64 8, !544, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !711)
    #dbg_value(i64 8, !524, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !705)
    #dbg_value(i64 8, !532, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !707)
    #dbg_value(i64 8, !541, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !709)
    #dbg_value(i64 8, !544, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !711)
    #dbg_value(ptr %0, !550, !DIExpression(), !711)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %0, i64 noundef 8, i64 noundef 8) #12, !dbg !713, !noalias !714
  ret double %_0, !dbg !719
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable
define noundef double @use_closure(double noundef %0, double noundef %x) unnamed_addr #4 !dbg !720 {
start:
    #dbg_value(ptr poison, !726, !DIExpression(), !732)
    #dbg_value(double %0, !724, !DIExpression(), !733)
    #dbg_value(double %x, !725, !DIExpression(), !733)
    #dbg_value(ptr undef, !726, !DIExpression(), !732)
    #dbg_value(ptr poison, !734, !DIExpression(DW_OP_deref, DW_OP_deref), !741)
    #dbg_value(double %x, !740, !DIExpression(), !741)
  %_0.i = fmul double %0, %x, !dbg !743
  ret double %_0.i, !dbg !744
}

; Function Attrs: nonlazybind uwtable
define noundef double @use_dyn(ptr noundef nonnull align 1 %a.0, ptr noalias noundef readonly align 8 captures(none) dereferenceable(32) %a.1) unnamed_addr #5 !dbg !745 {
start:
    #dbg_value(ptr %a.0, !759, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !760)
    #dbg_value(ptr %a.1, !759, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !760)
  %0 = getelementptr inbounds nuw i8, ptr %a.1, i64 24, !dbg !761
  %1 = load ptr, ptr %0, align 8, !dbg !761, !invariant.load !104, !nonnull !104
  %_0 = tail call noundef double %1(ptr noundef nonnull align 1 %a.0) #13, !dbg !762
  ret double %_0, !dbg !763
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable
define noundef double @use_option(i64 noundef range(i64 0, 2) %o.0, double %o.1) unnamed_addr #4 !dbg !764 {
start:
    #dbg_value(i64 %o.0, !779, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !780)
    #dbg_value(double %o.1, !779, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !780)
    #dbg_value(i64 %o.0, !781, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !791)
    #dbg_value(double %o.1, !781, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !791)
    #dbg_value(double 1.000000e+00, !788, !DIExpression(), !791)
  %0 = trunc nuw i64 %o.0 to i1, !dbg !793
  %..i = select i1 %0, double %o.1, double 1.000000e+00, !dbg !791
  ret double %..i, !dbg !794
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define noundef double @use_p(ptr noalias noundef readonly align 8 captures(none) dereferenceable(24) %p) unnamed_addr #3 !dbg !795 {
start:
    #dbg_value(ptr %p, !809, !DIExpression(), !810)
  %0 = getelementptr inbounds nuw i8, ptr %p, i64 8, !dbg !811
  %_3 = load double, ptr %0, align 8, !dbg !811, !noundef !104
  %1 = getelementptr inbounds nuw i8, ptr %p, i64 16, !dbg !812
  %_5 = load float, ptr %1, align 8, !dbg !812, !noundef !104
  %_4 = fpext float %_5 to double, !dbg !812
  %_2 = fmul double %_3, %_4, !dbg !811
  %_7 = load i64, ptr %p, align 8, !dbg !813, !noundef !104
  %_6 = sitofp i64 %_7 to double, !dbg !813
  %_0 = fadd double %_2, %_6, !dbg !811
  ret double %_0, !dbg !814
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef double @use_rc(ptr noundef nonnull %0) unnamed_addr #2 personality ptr @rust_eh_personality !dbg !815 {
start:
  %r = alloca [8 x i8], align 8
  store ptr %0, ptr %r, align 8
    #dbg_declare(ptr %r, !819, !DIExpression(), !820)
    #dbg_value(ptr %r, !821, !DIExpression(), !828)
  %_0.i = getelementptr inbounds nuw i8, ptr %0, i64 16, !dbg !830
  %_2 = load double, ptr %_0.i, align 8, !dbg !831, !noundef !104
    #dbg_value(ptr %r, !832, !DIExpression(), !840)
    #dbg_value(ptr %r, !842, !DIExpression(), !846)
    #dbg_value(ptr %0, !848, !DIExpression(), !856)
    #dbg_value(ptr %0, !858, !DIExpression(), !863)
    #dbg_value(ptr %0, !865, !DIExpression(), !869)
    #dbg_value(ptr %0, !871, !DIExpression(), !875)
    #dbg_value(ptr %0, !877, !DIExpression(), !880)
  %_8.i.i2 = load i64, ptr %0, align 8, !dbg !882, !noalias !883, !noundef !104
  %val.i.i3 = add i64 %_8.i.i2, -1, !dbg !888
    #dbg_value(i64 %val.i.i3, !868, !DIExpression(), !889)
    #dbg_value(i64 %val.i.i3, !874, !DIExpression(), !890)
  store i64 %val.i.i3, ptr %0, align 8, !dbg !891, !noalias !883
    #dbg_value(ptr %0, !858, !DIExpression(), !894)
    #dbg_value(ptr %0, !877, !DIExpression(), !896)
  %1 = icmp eq i64 %val.i.i3, 0, !dbg !899
  br i1 %1, label %bb1.i.i4, label %"_ZN4core3ptr45drop_in_place$LT$alloc..rc..Rc$LT$f64$GT$$GT$17h833f8194b557a7f5E.exit5", !dbg !899

bb1.i.i4:                                         ; preds = %start
; call alloc::rc::Rc<T,A>::drop_slow
  call void @"_ZN5alloc2rc15Rc$LT$T$C$A$GT$9drop_slow17h5ea012a2da0381d0E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %r) #14, !dbg !900
  br label %"_ZN4core3ptr45drop_in_place$LT$alloc..rc..Rc$LT$f64$GT$$GT$17h833f8194b557a7f5E.exit5", !dbg !900

"_ZN4core3ptr45drop_in_place$LT$alloc..rc..Rc$LT$f64$GT$$GT$17h833f8194b557a7f5E.exit5": ; preds = %start, %bb1.i.i4
  %_0 = fadd double %_2, 1.000000e+00, !dbg !831
  ret double %_0, !dbg !901
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read, inaccessiblemem: read) uwtable
define noundef double @use_shape(ptr noalias noundef readonly align 8 captures(none) dereferenceable(24) %s) unnamed_addr #6 !dbg !902 {
start:
    #dbg_value(ptr %s, !921, !DIExpression(), !927)
  %_2 = load i64, ptr %s, align 8, !dbg !928, !range !929, !noundef !104
  %0 = trunc nuw i64 %_2 to i1, !dbg !930
  %w = getelementptr inbounds nuw i8, ptr %s, i64 8, !dbg !927
  br i1 %0, label %bb2, label %bb3, !dbg !930

bb2:                                              ; preds = %start
    #dbg_value(ptr %w, !924, !DIExpression(), !931)
  %h = getelementptr inbounds nuw i8, ptr %s, i64 16, !dbg !932
    #dbg_value(ptr %h, !926, !DIExpression(), !931)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !933), !dbg !936
  tail call void @llvm.experimental.noalias.scope.decl(metadata !937), !dbg !936
    #dbg_value(ptr %w, !939, !DIExpression(), !946)
    #dbg_value(ptr %h, !945, !DIExpression(), !946)
  %_3.i = load double, ptr %w, align 8, !dbg !948, !alias.scope !933, !noalias !937, !noundef !104
  %_4.i = load double, ptr %h, align 8, !dbg !949, !alias.scope !937, !noalias !933, !noundef !104
  %_0.i = fmul double %_3.i, %_4.i, !dbg !950
  br label %bb4, !dbg !936

bb3:                                              ; preds = %start
    #dbg_value(ptr %w, !922, !DIExpression(), !954)
    #dbg_value(ptr %w, !939, !DIExpression(), !955)
    #dbg_value(ptr %w, !945, !DIExpression(), !955)
  %_3.i1 = load double, ptr %w, align 8, !dbg !957, !alias.scope !958, !noalias !961, !noundef !104
  %_0.i3 = fmul double %_3.i1, %_3.i1, !dbg !963
  br label %bb4, !dbg !965

bb4:                                              ; preds = %bb2, %bb3
  %_0.sroa.0.0 = phi double [ %_0.i, %bb2 ], [ %_0.i3, %bb3 ], !dbg !927
  ret double %_0.sroa.0.0, !dbg !966
}

; Function Attrs: nofree norecurse nosync nounwind nonlazybind memory(argmem: read) uwtable
define noundef double @use_slice(ptr noalias noundef nonnull readonly align 8 captures(none) %xs.0, i64 noundef range(i64 0, 1152921504606846976) %xs.1) unnamed_addr #7 personality ptr @rust_eh_personality !dbg !967 {
start:
    #dbg_value(ptr %xs.0, !976, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !977)
    #dbg_value(i64 %xs.1, !976, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !977)
    #dbg_value(ptr %xs.0, !109, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !978)
    #dbg_value(!DIArgList(ptr %xs.0, i64 %xs.1), !109, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 3, DW_OP_shl, DW_OP_plus, DW_OP_stack_value, DW_OP_LLVM_fragment, 64, 64), !978)
    #dbg_value(ptr %xs.0, !114, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !980)
    #dbg_value(!DIArgList(ptr %xs.0, i64 %xs.1), !114, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 3, DW_OP_shl, DW_OP_plus, DW_OP_stack_value, DW_OP_LLVM_fragment, 64, 64), !980)
    #dbg_value(ptr %xs.0, !124, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !982)
    #dbg_value(!DIArgList(ptr %xs.0, i64 %xs.1), !124, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 3, DW_OP_shl, DW_OP_plus, DW_OP_stack_value, DW_OP_LLVM_fragment, 64, 64), !982)
    #dbg_value(double -0.000000e+00, !133, !DIExpression(), !982)
    #dbg_declare(ptr poison, !134, !DIExpression(), !984)
    #dbg_value(i64 1, !217, !DIExpression(), !985)
    #dbg_value(!DIArgList(ptr %xs.0, i64 %xs.1), !138, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 3, DW_OP_shl, DW_OP_plus, DW_OP_stack_value), !987)
    #dbg_value(ptr poison, !229, !DIExpression(), !988)
    #dbg_value(ptr poison, !237, !DIExpression(), !990)
  %0 = icmp eq i64 %xs.1, 0, !dbg !991
  br i1 %0, label %_ZN4core4iter6traits8iterator8Iterator3sum17h1ebb5e4e1d1213e4E.exit, label %bb8.i.i.i.preheader, !dbg !992

bb8.i.i.i.preheader:                              ; preds = %start
  %xtraiter = and i64 %xs.1, 7, !dbg !993
  %1 = icmp samesign ult i64 %xs.1, 8, !dbg !993
  br i1 %1, label %bb8.i.i.i.epil.preheader, label %bb8.i.i.i.preheader.new, !dbg !993

bb8.i.i.i.preheader.new:                          ; preds = %bb8.i.i.i.preheader
  %unroll_iter = and i64 %xs.1, 1152921504606846968, !dbg !993
  br label %bb8.i.i.i, !dbg !993

bb8.i.i.i:                                        ; preds = %bb8.i.i.i, %bb8.i.i.i.preheader.new
  %i.sroa.0.0.i.i.i = phi i64 [ 0, %bb8.i.i.i.preheader.new ], [ %_27.i.i.i.7, %bb8.i.i.i ], !dbg !994
  %acc.sroa.0.0.i.i.i = phi double [ -0.000000e+00, %bb8.i.i.i.preheader.new ], [ %_0.i.i.i.i.7, %bb8.i.i.i ], !dbg !982
  %niter = phi i64 [ 0, %bb8.i.i.i.preheader.new ], [ %niter.next.7, %bb8.i.i.i ]
    #dbg_value(double %acc.sroa.0.0.i.i.i, !140, !DIExpression(), !994)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !225, !DIExpression(), !985)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !142, !DIExpression(), !995)
    #dbg_value(ptr %xs.0, !264, !DIExpression(), !996)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !270, !DIExpression(), !996)
  %_45.i.i.i = getelementptr inbounds nuw double, ptr %xs.0, i64 %i.sroa.0.0.i.i.i, !dbg !998
    #dbg_value(ptr poison, !276, !DIExpression(), !999)
    #dbg_value(double %acc.sroa.0.0.i.i.i, !282, !DIExpression(), !999)
    #dbg_value(ptr %_45.i.i.i, !283, !DIExpression(), !999)
    #dbg_value(ptr %_45.i.i.i, !286, !DIExpression(), !1001)
  %_4.i.i.i.i = load double, ptr %_45.i.i.i, align 8, !dbg !1003, !alias.scope !1004, !noundef !104
  %_0.i.i.i.i = fadd double %acc.sroa.0.0.i.i.i, %_4.i.i.i.i, !dbg !1007
    #dbg_value(double %_0.i.i.i.i, !140, !DIExpression(), !994)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !142, !DIExpression(DW_OP_constu, 1, DW_OP_or, DW_OP_stack_value), !995)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !225, !DIExpression(DW_OP_constu, 1, DW_OP_or, DW_OP_stack_value), !985)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !270, !DIExpression(DW_OP_constu, 1, DW_OP_or, DW_OP_stack_value), !996)
  %2 = getelementptr inbounds nuw double, ptr %xs.0, i64 %i.sroa.0.0.i.i.i, !dbg !998
  %_45.i.i.i.1 = getelementptr inbounds nuw i8, ptr %2, i64 8, !dbg !998
    #dbg_value(double %_0.i.i.i.i, !282, !DIExpression(), !999)
    #dbg_value(ptr %_45.i.i.i.1, !283, !DIExpression(), !999)
    #dbg_value(ptr %_45.i.i.i.1, !286, !DIExpression(), !1001)
  %_4.i.i.i.i.1 = load double, ptr %_45.i.i.i.1, align 8, !dbg !1003, !alias.scope !1004, !noundef !104
  %_0.i.i.i.i.1 = fadd double %_0.i.i.i.i, %_4.i.i.i.i.1, !dbg !1007
    #dbg_value(double %_0.i.i.i.i.1, !140, !DIExpression(), !994)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !142, !DIExpression(DW_OP_constu, 2, DW_OP_or, DW_OP_stack_value), !995)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !225, !DIExpression(DW_OP_constu, 2, DW_OP_or, DW_OP_stack_value), !985)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !270, !DIExpression(DW_OP_constu, 2, DW_OP_or, DW_OP_stack_value), !996)
  %3 = getelementptr inbounds nuw double, ptr %xs.0, i64 %i.sroa.0.0.i.i.i, !dbg !998
  %_45.i.i.i.2 = getelementptr inbounds nuw i8, ptr %3, i64 16, !dbg !998
    #dbg_value(double %_0.i.i.i.i.1, !282, !DIExpression(), !999)
    #dbg_value(ptr %_45.i.i.i.2, !283, !DIExpression(), !999)
    #dbg_value(ptr %_45.i.i.i.2, !286, !DIExpression(), !1001)
  %_4.i.i.i.i.2 = load double, ptr %_45.i.i.i.2, align 8, !dbg !1003, !alias.scope !1004, !noundef !104
  %_0.i.i.i.i.2 = fadd double %_0.i.i.i.i.1, %_4.i.i.i.i.2, !dbg !1007
    #dbg_value(double %_0.i.i.i.i.2, !140, !DIExpression(), !994)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !142, !DIExpression(DW_OP_constu, 3, DW_OP_or, DW_OP_stack_value), !995)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !225, !DIExpression(DW_OP_constu, 3, DW_OP_or, DW_OP_stack_value), !985)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !270, !DIExpression(DW_OP_constu, 3, DW_OP_or, DW_OP_stack_value), !996)
  %4 = getelementptr inbounds nuw double, ptr %xs.0, i64 %i.sroa.0.0.i.i.i, !dbg !998
  %_45.i.i.i.3 = getelementptr inbounds nuw i8, ptr %4, i64 24, !dbg !998
    #dbg_value(double %_0.i.i.i.i.2, !282, !DIExpression(), !999)
    #dbg_value(ptr %_45.i.i.i.3, !283, !DIExpression(), !999)
    #dbg_value(ptr %_45.i.i.i.3, !286, !DIExpression(), !1001)
  %_4.i.i.i.i.3 = load double, ptr %_45.i.i.i.3, align 8, !dbg !1003, !alias.scope !1004, !noundef !104
  %_0.i.i.i.i.3 = fadd double %_0.i.i.i.i.2, %_4.i.i.i.i.3, !dbg !1007
    #dbg_value(double %_0.i.i.i.i.3, !140, !DIExpression(), !994)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !142, !DIExpression(DW_OP_constu, 4, DW_OP_or, DW_OP_stack_value), !995)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !225, !DIExpression(DW_OP_constu, 4, DW_OP_or, DW_OP_stack_value), !985)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !270, !DIExpression(DW_OP_constu, 4, DW_OP_or, DW_OP_stack_value), !996)
  %5 = getelementptr inbounds nuw double, ptr %xs.0, i64 %i.sroa.0.0.i.i.i, !dbg !998
  %_45.i.i.i.4 = getelementptr inbounds nuw i8, ptr %5, i64 32, !dbg !998
    #dbg_value(double %_0.i.i.i.i.3, !282, !DIExpression(), !999)
    #dbg_value(ptr %_45.i.i.i.4, !283, !DIExpression(), !999)
    #dbg_value(ptr %_45.i.i.i.4, !286, !DIExpression(), !1001)
  %_4.i.i.i.i.4 = load double, ptr %_45.i.i.i.4, align 8, !dbg !1003, !alias.scope !1004, !noundef !104
  %_0.i.i.i.i.4 = fadd double %_0.i.i.i.i.3, %_4.i.i.i.i.4, !dbg !1007
    #dbg_value(double %_0.i.i.i.i.4, !140, !DIExpression(), !994)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !142, !DIExpression(DW_OP_constu, 5, DW_OP_or, DW_OP_stack_value), !995)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !225, !DIExpression(DW_OP_constu, 5, DW_OP_or, DW_OP_stack_value), !985)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !270, !DIExpression(DW_OP_constu, 5, DW_OP_or, DW_OP_stack_value), !996)
  %6 = getelementptr inbounds nuw double, ptr %xs.0, i64 %i.sroa.0.0.i.i.i, !dbg !998
  %_45.i.i.i.5 = getelementptr inbounds nuw i8, ptr %6, i64 40, !dbg !998
    #dbg_value(double %_0.i.i.i.i.4, !282, !DIExpression(), !999)
    #dbg_value(ptr %_45.i.i.i.5, !283, !DIExpression(), !999)
    #dbg_value(ptr %_45.i.i.i.5, !286, !DIExpression(), !1001)
  %_4.i.i.i.i.5 = load double, ptr %_45.i.i.i.5, align 8, !dbg !1003, !alias.scope !1004, !noundef !104
  %_0.i.i.i.i.5 = fadd double %_0.i.i.i.i.4, %_4.i.i.i.i.5, !dbg !1007
    #dbg_value(double %_0.i.i.i.i.5, !140, !DIExpression(), !994)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !142, !DIExpression(DW_OP_constu, 6, DW_OP_or, DW_OP_stack_value), !995)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !225, !DIExpression(DW_OP_constu, 6, DW_OP_or, DW_OP_stack_value), !985)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !270, !DIExpression(DW_OP_constu, 6, DW_OP_or, DW_OP_stack_value), !996)
  %7 = getelementptr inbounds nuw double, ptr %xs.0, i64 %i.sroa.0.0.i.i.i, !dbg !998
  %_45.i.i.i.6 = getelementptr inbounds nuw i8, ptr %7, i64 48, !dbg !998
    #dbg_value(double %_0.i.i.i.i.5, !282, !DIExpression(), !999)
    #dbg_value(ptr %_45.i.i.i.6, !283, !DIExpression(), !999)
    #dbg_value(ptr %_45.i.i.i.6, !286, !DIExpression(), !1001)
  %_4.i.i.i.i.6 = load double, ptr %_45.i.i.i.6, align 8, !dbg !1003, !alias.scope !1004, !noundef !104
  %_0.i.i.i.i.6 = fadd double %_0.i.i.i.i.5, %_4.i.i.i.i.6, !dbg !1007
    #dbg_value(double %_0.i.i.i.i.6, !140, !DIExpression(), !994)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !142, !DIExpression(DW_OP_constu, 7, DW_OP_or, DW_OP_stack_value), !995)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !225, !DIExpression(DW_OP_constu, 7, DW_OP_or, DW_OP_stack_value), !985)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !270, !DIExpression(DW_OP_constu, 7, DW_OP_or, DW_OP_stack_value), !996)
  %8 = getelementptr inbounds nuw double, ptr %xs.0, i64 %i.sroa.0.0.i.i.i, !dbg !998
  %_45.i.i.i.7 = getelementptr inbounds nuw i8, ptr %8, i64 56, !dbg !998
    #dbg_value(double %_0.i.i.i.i.6, !282, !DIExpression(), !999)
    #dbg_value(ptr %_45.i.i.i.7, !283, !DIExpression(), !999)
    #dbg_value(ptr %_45.i.i.i.7, !286, !DIExpression(), !1001)
  %_4.i.i.i.i.7 = load double, ptr %_45.i.i.i.7, align 8, !dbg !1003, !alias.scope !1004, !noundef !104
  %_0.i.i.i.i.7 = fadd double %_0.i.i.i.i.6, %_4.i.i.i.i.7, !dbg !1007
    #dbg_value(double %_0.i.i.i.i.7, !140, !DIExpression(), !994)
  %_27.i.i.i.7 = add nuw nsw i64 %i.sroa.0.0.i.i.i, 8, !dbg !1009
    #dbg_value(i64 %_27.i.i.i.7, !142, !DIExpression(), !995)
    #dbg_value(i64 %_27.i.i.i.7, !225, !DIExpression(), !985)
  %niter.next.7 = add i64 %niter, 8, !dbg !993
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter, !dbg !993
  br i1 %niter.ncmp.7, label %_ZN4core4iter6traits8iterator8Iterator3sum17h1ebb5e4e1d1213e4E.exit.loopexit.unr-lcssa, label %bb8.i.i.i, !dbg !993

_ZN4core4iter6traits8iterator8Iterator3sum17h1ebb5e4e1d1213e4E.exit.loopexit.unr-lcssa: ; preds = %bb8.i.i.i
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0, !dbg !993
  br i1 %lcmp.mod.not, label %_ZN4core4iter6traits8iterator8Iterator3sum17h1ebb5e4e1d1213e4E.exit, label %bb8.i.i.i.epil.preheader, !dbg !993

bb8.i.i.i.epil.preheader:                         ; preds = %_ZN4core4iter6traits8iterator8Iterator3sum17h1ebb5e4e1d1213e4E.exit.loopexit.unr-lcssa, %bb8.i.i.i.preheader
  %i.sroa.0.0.i.i.i.epil.init = phi i64 [ 0, %bb8.i.i.i.preheader ], [ %_27.i.i.i.7, %_ZN4core4iter6traits8iterator8Iterator3sum17h1ebb5e4e1d1213e4E.exit.loopexit.unr-lcssa ]
  %acc.sroa.0.0.i.i.i.epil.init = phi double [ -0.000000e+00, %bb8.i.i.i.preheader ], [ %_0.i.i.i.i.7, %_ZN4core4iter6traits8iterator8Iterator3sum17h1ebb5e4e1d1213e4E.exit.loopexit.unr-lcssa ]
  %lcmp.mod2 = icmp ne i64 %xtraiter, 0, !dbg !993
  tail call void @llvm.assume(i1 %lcmp.mod2), !dbg !993
  br label %bb8.i.i.i.epil, !dbg !993

bb8.i.i.i.epil:                                   ; preds = %bb8.i.i.i.epil, %bb8.i.i.i.epil.preheader
  %i.sroa.0.0.i.i.i.epil = phi i64 [ %_27.i.i.i.epil, %bb8.i.i.i.epil ], [ %i.sroa.0.0.i.i.i.epil.init, %bb8.i.i.i.epil.preheader ], !dbg !994
  %acc.sroa.0.0.i.i.i.epil = phi double [ %_0.i.i.i.i.epil, %bb8.i.i.i.epil ], [ %acc.sroa.0.0.i.i.i.epil.init, %bb8.i.i.i.epil.preheader ], !dbg !982
  %epil.iter = phi i64 [ %epil.iter.next, %bb8.i.i.i.epil ], [ 0, %bb8.i.i.i.epil.preheader ]
    #dbg_value(double %acc.sroa.0.0.i.i.i.epil, !140, !DIExpression(), !994)
    #dbg_value(i64 %i.sroa.0.0.i.i.i.epil, !225, !DIExpression(), !985)
    #dbg_value(i64 %i.sroa.0.0.i.i.i.epil, !142, !DIExpression(), !995)
    #dbg_value(ptr %xs.0, !264, !DIExpression(), !996)
    #dbg_value(i64 %i.sroa.0.0.i.i.i.epil, !270, !DIExpression(), !996)
  %_45.i.i.i.epil = getelementptr inbounds nuw double, ptr %xs.0, i64 %i.sroa.0.0.i.i.i.epil, !dbg !998
    #dbg_value(ptr poison, !276, !DIExpression(), !999)
    #dbg_value(double %acc.sroa.0.0.i.i.i.epil, !282, !DIExpression(), !999)
    #dbg_value(ptr %_45.i.i.i.epil, !283, !DIExpression(), !999)
    #dbg_value(ptr %_45.i.i.i.epil, !286, !DIExpression(), !1001)
  %_4.i.i.i.i.epil = load double, ptr %_45.i.i.i.epil, align 8, !dbg !1003, !alias.scope !1004, !noundef !104
  %_0.i.i.i.i.epil = fadd double %acc.sroa.0.0.i.i.i.epil, %_4.i.i.i.i.epil, !dbg !1007
    #dbg_value(double %_0.i.i.i.i.epil, !140, !DIExpression(), !994)
  %_27.i.i.i.epil = add nuw nsw i64 %i.sroa.0.0.i.i.i.epil, 1, !dbg !1009
    #dbg_value(i64 %_27.i.i.i.epil, !142, !DIExpression(), !995)
    #dbg_value(i64 %_27.i.i.i.epil, !225, !DIExpression(), !985)
  %epil.iter.next = add i64 %epil.iter, 1, !dbg !993
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter, !dbg !993
  br i1 %epil.iter.cmp.not, label %_ZN4core4iter6traits8iterator8Iterator3sum17h1ebb5e4e1d1213e4E.exit, label %bb8.i.i.i.epil, !dbg !993, !llvm.loop !1010

_ZN4core4iter6traits8iterator8Iterator3sum17h1ebb5e4e1d1213e4E.exit: ; preds = %_ZN4core4iter6traits8iterator8Iterator3sum17h1ebb5e4e1d1213e4E.exit.loopexit.unr-lcssa, %bb8.i.i.i.epil, %start
  %_0.sroa.0.0.i.i.i = phi double [ -0.000000e+00, %start ], [ %_0.i.i.i.i.7, %_ZN4core4iter6traits8iterator8Iterator3sum17h1ebb5e4e1d1213e4E.exit.loopexit.unr-lcssa ], [ %_0.i.i.i.i.epil, %bb8.i.i.i.epil ], !dbg !982
  ret double %_0.sroa.0.0.i.i.i, !dbg !1011
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable
define noundef i64 @use_str(ptr noalias noundef nonnull readonly align 1 captures(none) %s.0, i64 noundef returned %s.1) unnamed_addr #4 !dbg !1012 {
start:
    #dbg_value(ptr %s.0, !1016, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1017)
    #dbg_value(i64 %s.1, !1016, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1017)
  ret i64 %s.1, !dbg !1018
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable
define noundef double @use_tuple(double noundef %t.0, i32 noundef %t.1) unnamed_addr #4 !dbg !1019 {
start:
    #dbg_value(double %t.0, !1027, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1028)
    #dbg_value(i32 %t.1, !1027, !DIExpression(DW_OP_LLVM_fragment, 64, 32), !1028)
  %_3 = sitofp i32 %t.1 to double, !dbg !1029
  %_0 = fmul double %t.0, %_3, !dbg !1030
  ret double %_0, !dbg !1031
}

; Function Attrs: nofree norecurse nosync nounwind nonlazybind memory(read, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define noundef double @use_vec(ptr noalias noundef readonly align 8 captures(none) dereferenceable(24) %v) unnamed_addr #8 personality ptr @rust_eh_personality !dbg !1032 {
start:
    #dbg_value(ptr %v, !1061, !DIExpression(), !1062)
    #dbg_value(ptr %v, !1063, !DIExpression(), !1070)
    #dbg_value(ptr %v, !1072, !DIExpression(), !1076)
    #dbg_value(ptr %v, !1078, !DIExpression(), !1084)
  %0 = getelementptr inbounds nuw i8, ptr %v, i64 8, !dbg !1086
  %_5.i = load ptr, ptr %0, align 8, !dbg !1086, !alias.scope !1106, !nonnull !104, !noundef !104
  %1 = getelementptr inbounds nuw i8, ptr %v, i64 16, !dbg !1109
  %_4.i = load i64, ptr %1, align 8, !dbg !1109, !alias.scope !1106, !noundef !104
    #dbg_value(ptr %_5.i, !109, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1110)
    #dbg_value(!DIArgList(ptr %_5.i, i64 %_4.i), !109, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 3, DW_OP_shl, DW_OP_plus, DW_OP_stack_value, DW_OP_LLVM_fragment, 64, 64), !1110)
    #dbg_value(ptr %_5.i, !114, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1112)
    #dbg_value(!DIArgList(ptr %_5.i, i64 %_4.i), !114, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 3, DW_OP_shl, DW_OP_plus, DW_OP_stack_value, DW_OP_LLVM_fragment, 64, 64), !1112)
    #dbg_value(ptr %_5.i, !124, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1114)
    #dbg_value(!DIArgList(ptr %_5.i, i64 %_4.i), !124, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 3, DW_OP_shl, DW_OP_plus, DW_OP_stack_value, DW_OP_LLVM_fragment, 64, 64), !1114)
    #dbg_value(double -0.000000e+00, !133, !DIExpression(), !1114)
    #dbg_declare(ptr poison, !134, !DIExpression(), !1116)
    #dbg_value(i64 1, !217, !DIExpression(), !1117)
    #dbg_value(!DIArgList(ptr %_5.i, i64 %_4.i), !138, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 3, DW_OP_shl, DW_OP_plus, DW_OP_stack_value), !1119)
    #dbg_value(ptr poison, !229, !DIExpression(), !1120)
    #dbg_value(ptr poison, !237, !DIExpression(), !1122)
  %2 = icmp eq i64 %_4.i, 0, !dbg !1123
  br i1 %2, label %_ZN4core4iter6traits8iterator8Iterator3sum17h1ebb5e4e1d1213e4E.exit, label %bb8.i.i.i.preheader, !dbg !1124

bb8.i.i.i.preheader:                              ; preds = %start
  %xtraiter = and i64 %_4.i, 7, !dbg !1125
  %3 = icmp ult i64 %_4.i, 8, !dbg !1125
  br i1 %3, label %bb8.i.i.i.epil.preheader, label %bb8.i.i.i.preheader.new, !dbg !1125

bb8.i.i.i.preheader.new:                          ; preds = %bb8.i.i.i.preheader
  %unroll_iter = and i64 %_4.i, -8, !dbg !1125
  br label %bb8.i.i.i, !dbg !1125

bb8.i.i.i:                                        ; preds = %bb8.i.i.i, %bb8.i.i.i.preheader.new
  %i.sroa.0.0.i.i.i = phi i64 [ 0, %bb8.i.i.i.preheader.new ], [ %_27.i.i.i.7, %bb8.i.i.i ], !dbg !1126
  %acc.sroa.0.0.i.i.i = phi double [ -0.000000e+00, %bb8.i.i.i.preheader.new ], [ %_0.i.i.i.i.7, %bb8.i.i.i ], !dbg !1114
  %niter = phi i64 [ 0, %bb8.i.i.i.preheader.new ], [ %niter.next.7, %bb8.i.i.i ]
    #dbg_value(double %acc.sroa.0.0.i.i.i, !140, !DIExpression(), !1126)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !225, !DIExpression(), !1117)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !142, !DIExpression(), !1127)
    #dbg_value(ptr %_5.i, !264, !DIExpression(), !1128)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !270, !DIExpression(), !1128)
  %_45.i.i.i = getelementptr inbounds nuw double, ptr %_5.i, i64 %i.sroa.0.0.i.i.i, !dbg !1130
    #dbg_value(ptr poison, !276, !DIExpression(), !1131)
    #dbg_value(double %acc.sroa.0.0.i.i.i, !282, !DIExpression(), !1131)
    #dbg_value(ptr %_45.i.i.i, !283, !DIExpression(), !1131)
    #dbg_value(ptr %_45.i.i.i, !286, !DIExpression(), !1133)
  %_4.i.i.i.i = load double, ptr %_45.i.i.i, align 8, !dbg !1135, !alias.scope !1136, !noundef !104
  %_0.i.i.i.i = fadd double %acc.sroa.0.0.i.i.i, %_4.i.i.i.i, !dbg !1139
    #dbg_value(double %_0.i.i.i.i, !140, !DIExpression(), !1126)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !142, !DIExpression(DW_OP_constu, 1, DW_OP_or, DW_OP_stack_value), !1127)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !225, !DIExpression(DW_OP_constu, 1, DW_OP_or, DW_OP_stack_value), !1117)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !270, !DIExpression(DW_OP_constu, 1, DW_OP_or, DW_OP_stack_value), !1128)
  %4 = getelementptr inbounds nuw double, ptr %_5.i, i64 %i.sroa.0.0.i.i.i, !dbg !1130
  %_45.i.i.i.1 = getelementptr inbounds nuw i8, ptr %4, i64 8, !dbg !1130
    #dbg_value(double %_0.i.i.i.i, !282, !DIExpression(), !1131)
    #dbg_value(ptr %_45.i.i.i.1, !283, !DIExpression(), !1131)
    #dbg_value(ptr %_45.i.i.i.1, !286, !DIExpression(), !1133)
  %_4.i.i.i.i.1 = load double, ptr %_45.i.i.i.1, align 8, !dbg !1135, !alias.scope !1136, !noundef !104
  %_0.i.i.i.i.1 = fadd double %_0.i.i.i.i, %_4.i.i.i.i.1, !dbg !1139
    #dbg_value(double %_0.i.i.i.i.1, !140, !DIExpression(), !1126)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !142, !DIExpression(DW_OP_constu, 2, DW_OP_or, DW_OP_stack_value), !1127)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !225, !DIExpression(DW_OP_constu, 2, DW_OP_or, DW_OP_stack_value), !1117)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !270, !DIExpression(DW_OP_constu, 2, DW_OP_or, DW_OP_stack_value), !1128)
  %5 = getelementptr inbounds nuw double, ptr %_5.i, i64 %i.sroa.0.0.i.i.i, !dbg !1130
  %_45.i.i.i.2 = getelementptr inbounds nuw i8, ptr %5, i64 16, !dbg !1130
    #dbg_value(double %_0.i.i.i.i.1, !282, !DIExpression(), !1131)
    #dbg_value(ptr %_45.i.i.i.2, !283, !DIExpression(), !1131)
    #dbg_value(ptr %_45.i.i.i.2, !286, !DIExpression(), !1133)
  %_4.i.i.i.i.2 = load double, ptr %_45.i.i.i.2, align 8, !dbg !1135, !alias.scope !1136, !noundef !104
  %_0.i.i.i.i.2 = fadd double %_0.i.i.i.i.1, %_4.i.i.i.i.2, !dbg !1139
    #dbg_value(double %_0.i.i.i.i.2, !140, !DIExpression(), !1126)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !142, !DIExpression(DW_OP_constu, 3, DW_OP_or, DW_OP_stack_value), !1127)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !225, !DIExpression(DW_OP_constu, 3, DW_OP_or, DW_OP_stack_value), !1117)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !270, !DIExpression(DW_OP_constu, 3, DW_OP_or, DW_OP_stack_value), !1128)
  %6 = getelementptr inbounds nuw double, ptr %_5.i, i64 %i.sroa.0.0.i.i.i, !dbg !1130
  %_45.i.i.i.3 = getelementptr inbounds nuw i8, ptr %6, i64 24, !dbg !1130
    #dbg_value(double %_0.i.i.i.i.2, !282, !DIExpression(), !1131)
    #dbg_value(ptr %_45.i.i.i.3, !283, !DIExpression(), !1131)
    #dbg_value(ptr %_45.i.i.i.3, !286, !DIExpression(), !1133)
  %_4.i.i.i.i.3 = load double, ptr %_45.i.i.i.3, align 8, !dbg !1135, !alias.scope !1136, !noundef !104
  %_0.i.i.i.i.3 = fadd double %_0.i.i.i.i.2, %_4.i.i.i.i.3, !dbg !1139
    #dbg_value(double %_0.i.i.i.i.3, !140, !DIExpression(), !1126)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !142, !DIExpression(DW_OP_constu, 4, DW_OP_or, DW_OP_stack_value), !1127)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !225, !DIExpression(DW_OP_constu, 4, DW_OP_or, DW_OP_stack_value), !1117)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !270, !DIExpression(DW_OP_constu, 4, DW_OP_or, DW_OP_stack_value), !1128)
  %7 = getelementptr inbounds nuw double, ptr %_5.i, i64 %i.sroa.0.0.i.i.i, !dbg !1130
  %_45.i.i.i.4 = getelementptr inbounds nuw i8, ptr %7, i64 32, !dbg !1130
    #dbg_value(double %_0.i.i.i.i.3, !282, !DIExpression(), !1131)
    #dbg_value(ptr %_45.i.i.i.4, !283, !DIExpression(), !1131)
    #dbg_value(ptr %_45.i.i.i.4, !286, !DIExpression(), !1133)
  %_4.i.i.i.i.4 = load double, ptr %_45.i.i.i.4, align 8, !dbg !1135, !alias.scope !1136, !noundef !104
  %_0.i.i.i.i.4 = fadd double %_0.i.i.i.i.3, %_4.i.i.i.i.4, !dbg !1139
    #dbg_value(double %_0.i.i.i.i.4, !140, !DIExpression(), !1126)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !142, !DIExpression(DW_OP_constu, 5, DW_OP_or, DW_OP_stack_value), !1127)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !225, !DIExpression(DW_OP_constu, 5, DW_OP_or, DW_OP_stack_value), !1117)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !270, !DIExpression(DW_OP_constu, 5, DW_OP_or, DW_OP_stack_value), !1128)
  %8 = getelementptr inbounds nuw double, ptr %_5.i, i64 %i.sroa.0.0.i.i.i, !dbg !1130
  %_45.i.i.i.5 = getelementptr inbounds nuw i8, ptr %8, i64 40, !dbg !1130
    #dbg_value(double %_0.i.i.i.i.4, !282, !DIExpression(), !1131)
    #dbg_value(ptr %_45.i.i.i.5, !283, !DIExpression(), !1131)
    #dbg_value(ptr %_45.i.i.i.5, !286, !DIExpression(), !1133)
  %_4.i.i.i.i.5 = load double, ptr %_45.i.i.i.5, align 8, !dbg !1135, !alias.scope !1136, !noundef !104
  %_0.i.i.i.i.5 = fadd double %_0.i.i.i.i.4, %_4.i.i.i.i.5, !dbg !1139
    #dbg_value(double %_0.i.i.i.i.5, !140, !DIExpression(), !1126)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !142, !DIExpression(DW_OP_constu, 6, DW_OP_or, DW_OP_stack_value), !1127)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !225, !DIExpression(DW_OP_constu, 6, DW_OP_or, DW_OP_stack_value), !1117)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !270, !DIExpression(DW_OP_constu, 6, DW_OP_or, DW_OP_stack_value), !1128)
  %9 = getelementptr inbounds nuw double, ptr %_5.i, i64 %i.sroa.0.0.i.i.i, !dbg !1130
  %_45.i.i.i.6 = getelementptr inbounds nuw i8, ptr %9, i64 48, !dbg !1130
    #dbg_value(double %_0.i.i.i.i.5, !282, !DIExpression(), !1131)
    #dbg_value(ptr %_45.i.i.i.6, !283, !DIExpression(), !1131)
    #dbg_value(ptr %_45.i.i.i.6, !286, !DIExpression(), !1133)
  %_4.i.i.i.i.6 = load double, ptr %_45.i.i.i.6, align 8, !dbg !1135, !alias.scope !1136, !noundef !104
  %_0.i.i.i.i.6 = fadd double %_0.i.i.i.i.5, %_4.i.i.i.i.6, !dbg !1139
    #dbg_value(double %_0.i.i.i.i.6, !140, !DIExpression(), !1126)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !142, !DIExpression(DW_OP_constu, 7, DW_OP_or, DW_OP_stack_value), !1127)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !225, !DIExpression(DW_OP_constu, 7, DW_OP_or, DW_OP_stack_value), !1117)
    #dbg_value(i64 %i.sroa.0.0.i.i.i, !270, !DIExpression(DW_OP_constu, 7, DW_OP_or, DW_OP_stack_value), !1128)
  %10 = getelementptr inbounds nuw double, ptr %_5.i, i64 %i.sroa.0.0.i.i.i, !dbg !1130
  %_45.i.i.i.7 = getelementptr inbounds nuw i8, ptr %10, i64 56, !dbg !1130
    #dbg_value(double %_0.i.i.i.i.6, !282, !DIExpression(), !1131)
    #dbg_value(ptr %_45.i.i.i.7, !283, !DIExpression(), !1131)
    #dbg_value(ptr %_45.i.i.i.7, !286, !DIExpression(), !1133)
  %_4.i.i.i.i.7 = load double, ptr %_45.i.i.i.7, align 8, !dbg !1135, !alias.scope !1136, !noundef !104
  %_0.i.i.i.i.7 = fadd double %_0.i.i.i.i.6, %_4.i.i.i.i.7, !dbg !1139
    #dbg_value(double %_0.i.i.i.i.7, !140, !DIExpression(), !1126)
  %_27.i.i.i.7 = add nuw i64 %i.sroa.0.0.i.i.i, 8, !dbg !1141
    #dbg_value(i64 %_27.i.i.i.7, !142, !DIExpression(), !1127)
    #dbg_value(i64 %_27.i.i.i.7, !225, !DIExpression(), !1117)
  %niter.next.7 = add i64 %niter, 8, !dbg !1125
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter, !dbg !1125
  br i1 %niter.ncmp.7, label %_ZN4core4iter6traits8iterator8Iterator3sum17h1ebb5e4e1d1213e4E.exit.loopexit.unr-lcssa, label %bb8.i.i.i, !dbg !1125

_ZN4core4iter6traits8iterator8Iterator3sum17h1ebb5e4e1d1213e4E.exit.loopexit.unr-lcssa: ; preds = %bb8.i.i.i
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0, !dbg !1125
  br i1 %lcmp.mod.not, label %_ZN4core4iter6traits8iterator8Iterator3sum17h1ebb5e4e1d1213e4E.exit, label %bb8.i.i.i.epil.preheader, !dbg !1125

bb8.i.i.i.epil.preheader:                         ; preds = %_ZN4core4iter6traits8iterator8Iterator3sum17h1ebb5e4e1d1213e4E.exit.loopexit.unr-lcssa, %bb8.i.i.i.preheader
  %i.sroa.0.0.i.i.i.epil.init = phi i64 [ 0, %bb8.i.i.i.preheader ], [ %_27.i.i.i.7, %_ZN4core4iter6traits8iterator8Iterator3sum17h1ebb5e4e1d1213e4E.exit.loopexit.unr-lcssa ]
  %acc.sroa.0.0.i.i.i.epil.init = phi double [ -0.000000e+00, %bb8.i.i.i.preheader ], [ %_0.i.i.i.i.7, %_ZN4core4iter6traits8iterator8Iterator3sum17h1ebb5e4e1d1213e4E.exit.loopexit.unr-lcssa ]
  %lcmp.mod2 = icmp ne i64 %xtraiter, 0, !dbg !1125
  tail call void @llvm.assume(i1 %lcmp.mod2), !dbg !1125
  br label %bb8.i.i.i.epil, !dbg !1125

bb8.i.i.i.epil:                                   ; preds = %bb8.i.i.i.epil, %bb8.i.i.i.epil.preheader
  %i.sroa.0.0.i.i.i.epil = phi i64 [ %_27.i.i.i.epil, %bb8.i.i.i.epil ], [ %i.sroa.0.0.i.i.i.epil.init, %bb8.i.i.i.epil.preheader ], !dbg !1126
  %acc.sroa.0.0.i.i.i.epil = phi double [ %_0.i.i.i.i.epil, %bb8.i.i.i.epil ], [ %acc.sroa.0.0.i.i.i.epil.init, %bb8.i.i.i.epil.preheader ], !dbg !1114
  %epil.iter = phi i64 [ %epil.iter.next, %bb8.i.i.i.epil ], [ 0, %bb8.i.i.i.epil.preheader ]
    #dbg_value(double %acc.sroa.0.0.i.i.i.epil, !140, !DIExpression(), !1126)
    #dbg_value(i64 %i.sroa.0.0.i.i.i.epil, !225, !DIExpression(), !1117)
    #dbg_value(i64 %i.sroa.0.0.i.i.i.epil, !142, !DIExpression(), !1127)
    #dbg_value(ptr %_5.i, !264, !DIExpression(), !1128)
    #dbg_value(i64 %i.sroa.0.0.i.i.i.epil, !270, !DIExpression(), !1128)
  %_45.i.i.i.epil = getelementptr inbounds nuw double, ptr %_5.i, i64 %i.sroa.0.0.i.i.i.epil, !dbg !1130
    #dbg_value(ptr poison, !276, !DIExpression(), !1131)
    #dbg_value(double %acc.sroa.0.0.i.i.i.epil, !282, !DIExpression(), !1131)
    #dbg_value(ptr %_45.i.i.i.epil, !283, !DIExpression(), !1131)
    #dbg_value(ptr %_45.i.i.i.epil, !286, !DIExpression(), !1133)
  %_4.i.i.i.i.epil = load double, ptr %_45.i.i.i.epil, align 8, !dbg !1135, !alias.scope !1136, !noundef !104
  %_0.i.i.i.i.epil = fadd double %acc.sroa.0.0.i.i.i.epil, %_4.i.i.i.i.epil, !dbg !1139
    #dbg_value(double %_0.i.i.i.i.epil, !140, !DIExpression(), !1126)
  %_27.i.i.i.epil = add nuw i64 %i.sroa.0.0.i.i.i.epil, 1, !dbg !1141
    #dbg_value(i64 %_27.i.i.i.epil, !142, !DIExpression(), !1127)
    #dbg_value(i64 %_27.i.i.i.epil, !225, !DIExpression(), !1117)
  %epil.iter.next = add i64 %epil.iter, 1, !dbg !1125
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter, !dbg !1125
  br i1 %epil.iter.cmp.not, label %_ZN4core4iter6traits8iterator8Iterator3sum17h1ebb5e4e1d1213e4E.exit, label %bb8.i.i.i.epil, !dbg !1125, !llvm.loop !1142

_ZN4core4iter6traits8iterator8Iterator3sum17h1ebb5e4e1d1213e4E.exit: ; preds = %_ZN4core4iter6traits8iterator8Iterator3sum17h1ebb5e4e1d1213e4E.exit.loopexit.unr-lcssa, %bb8.i.i.i.epil, %start
  %_0.sroa.0.0.i.i.i = phi double [ -0.000000e+00, %start ], [ %_0.i.i.i.i.7, %_ZN4core4iter6traits8iterator8Iterator3sum17h1ebb5e4e1d1213e4E.exit.loopexit.unr-lcssa ], [ %_0.i.i.i.i.epil, %bb8.i.i.i.epil ], !dbg !1114
  ret double %_0.sroa.0.0.i.i.i, !dbg !1143
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #9

; __rustc::__rust_dealloc
; Function Attrs: nounwind nonlazybind allockind("free") uwtable
declare void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr allocptr noundef captures(address), i64 noundef, i64 noundef range(i64 1, -9223372036854775807)) unnamed_addr #10

; Function Attrs: nounwind nonlazybind uwtable
declare noundef range(i32 0, 10) i32 @rust_eh_personality(i32 noundef, i32 noundef, i64 noundef, ptr noundef, ptr noundef) unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #11

attributes #0 = { nofree norecurse nosync nounwind nonlazybind memory(argmem: read, inaccessiblemem: write) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { noinline nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read, inaccessiblemem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #7 = { nofree norecurse nosync nounwind nonlazybind memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #8 = { nofree norecurse nosync nounwind nonlazybind memory(read, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #9 = { mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #10 = { nounwind nonlazybind allockind("free") uwtable "alloc-family"="__rust_alloc" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #11 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #12 = { nounwind }
attributes #13 = { inlinehint }
attributes #14 = { noinline }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}
!llvm.dbg.cu = !{!5}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!5 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !6, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !7, splitDebugInlining: false, nameTableKind: None)
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
!79 = distinct !DISubprogram(name: "sum<core::slice::iter::Iter<f64>, f64>", linkageName: "_ZN4core4iter6traits8iterator8Iterator3sum17h1ebb5e4e1d1213e4E", scope: !81, file: !80, line: 3653, type: !85, scopeLine: 3653, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !110, retainedNodes: !108)
!80 = !DIFile(filename: "library/core/src/iter/traits/iterator.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "03f316921fc0b2bb7786dd4fa41456f9")
!81 = !DINamespace(name: "Iterator", scope: !82)
!82 = !DINamespace(name: "iterator", scope: !83)
!83 = !DINamespace(name: "traits", scope: !84)
!84 = !DINamespace(name: "iter", scope: !12)
!85 = !DISubroutineType(types: !86)
!86 = !{!87, !88}
!87 = !DIBasicType(name: "f64", size: 64, encoding: DW_ATE_float)
!88 = !DICompositeType(tag: DW_TAG_structure_type, name: "Iter<f64>", scope: !89, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !91, templateParams: !98, identifier: "16a30a5ac3957b64bbb5ffb7be676784")
!89 = !DINamespace(name: "iter", scope: !90)
!90 = !DINamespace(name: "slice", scope: !12)
!91 = !{!92, !100, !101}
!92 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !88, file: !9, baseType: !93, size: 64, align: 64, flags: DIFlagPrivate)
!93 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<f64>", scope: !94, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !95, templateParams: !98, identifier: "1ecac679bc3ea27f618623550abeeec7")
!94 = !DINamespace(name: "non_null", scope: !11)
!95 = !{!96}
!96 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !93, file: !9, baseType: !97, size: 64, align: 64, flags: DIFlagPrivate)
!97 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const f64", baseType: !87, size: 64, align: 64, dwarfAddressSpace: 0)
!98 = !{!99}
!99 = !DITemplateTypeParameter(name: "T", type: !87)
!100 = !DIDerivedType(tag: DW_TAG_member, name: "end_or_len", scope: !88, file: !9, baseType: !97, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!101 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !88, file: !9, baseType: !102, align: 8, offset: 128, flags: DIFlagPrivate)
!102 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&f64>", scope: !103, file: !9, align: 8, flags: DIFlagPublic, elements: !104, templateParams: !105, identifier: "edae5334879cec8fa6d1980c665f748a")
!103 = !DINamespace(name: "marker", scope: !12)
!104 = !{}
!105 = !{!106}
!106 = !DITemplateTypeParameter(name: "T", type: !107)
!107 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&f64", baseType: !87, size: 64, align: 64, dwarfAddressSpace: 0)
!108 = !{!109}
!109 = !DILocalVariable(name: "self", arg: 1, scope: !79, file: !80, line: 3653, type: !88)
!110 = !{!111, !112}
!111 = !DITemplateTypeParameter(name: "Self", type: !88)
!112 = !DITemplateTypeParameter(name: "S", type: !87)
!113 = !DILocation(line: 0, scope: !79)
!114 = !DILocalVariable(name: "iter", arg: 1, scope: !115, file: !116, line: 182, type: !88)
!115 = distinct !DISubprogram(name: "sum<core::slice::iter::Iter<f64>>", linkageName: "_ZN69_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$LT$$RF$f64$GT$$GT$3sum17hf66acc98a9d93fa6E", scope: !117, file: !116, line: 182, type: !85, scopeLine: 182, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !120, retainedNodes: !119)
!116 = !DIFile(filename: "library/core/src/iter/traits/accum.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "29c702feed2d279674f04740ce9fc327")
!117 = !DINamespace(name: "{impl#134}", scope: !118)
!118 = !DINamespace(name: "accum", scope: !83)
!119 = !{!114}
!120 = !{!121}
!121 = !DITemplateTypeParameter(name: "I", type: !88)
!122 = !DILocation(line: 0, scope: !115, inlinedAt: !123)
!123 = distinct !DILocation(line: 3658, column: 9, scope: !79)
!124 = !DILocalVariable(name: "self", arg: 1, scope: !125, file: !126, line: 259, type: !88)
!125 = distinct !DISubprogram(name: "fold<f64, f64, core::iter::traits::accum::{impl#134}::sum::{closure_env#0}<core::slice::iter::Iter<f64>>>", linkageName: "_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17hc57a5bd524d8fa92E", scope: !127, file: !126, line: 259, type: !128, scopeLine: 259, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !150, retainedNodes: !132)
!126 = !DIFile(filename: "library/core/src/slice/iter/macros.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "87d1f0c2746f51593d75ddf4c9271f14")
!127 = !DINamespace(name: "{impl#171}", scope: !89)
!128 = !DISubroutineType(types: !129)
!129 = !{!87, !88, !87, !130}
!130 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<core::slice::iter::Iter<f64>>", scope: !131, file: !9, align: 8, elements: !104, identifier: "881631f4ce2d279ccecbfef0de0870f3")
!131 = !DINamespace(name: "sum", scope: !117)
!132 = !{!124, !133, !134, !135, !138, !140, !142, !144, !146, !148}
!133 = !DILocalVariable(name: "init", arg: 2, scope: !125, file: !126, line: 259, type: !87)
!134 = !DILocalVariable(name: "f", arg: 3, scope: !125, file: !126, line: 259, type: !130)
!135 = !DILocalVariable(name: "len", scope: !136, file: !126, line: 29, type: !137, align: 64)
!136 = distinct !DILexicalBlock(scope: !125, file: !126, line: 29, column: 13)
!137 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!138 = !DILocalVariable(name: "end", scope: !139, file: !126, line: 33, type: !93, align: 64)
!139 = distinct !DILexicalBlock(scope: !125, file: !126, line: 33, column: 13)
!140 = !DILocalVariable(name: "acc", scope: !141, file: !126, line: 273, type: !87, align: 64)
!141 = distinct !DILexicalBlock(scope: !125, file: !126, line: 273, column: 17)
!142 = !DILocalVariable(name: "i", scope: !143, file: !126, line: 274, type: !137, align: 64)
!143 = distinct !DILexicalBlock(scope: !141, file: !126, line: 274, column: 17)
!144 = !DILocalVariable(name: "len", scope: !145, file: !126, line: 275, type: !137, align: 64)
!145 = distinct !DILexicalBlock(scope: !143, file: !126, line: 275, column: 17)
!146 = !DILocalVariable(name: "len", scope: !147, file: !126, line: 29, type: !137, align: 64)
!147 = distinct !DILexicalBlock(scope: !143, file: !126, line: 29, column: 13)
!148 = !DILocalVariable(name: "end", scope: !149, file: !126, line: 33, type: !93, align: 64)
!149 = distinct !DILexicalBlock(scope: !143, file: !126, line: 33, column: 13)
!150 = !{!99, !151, !152}
!151 = !DITemplateTypeParameter(name: "B", type: !87)
!152 = !DITemplateTypeParameter(name: "F", type: !130)
!153 = !DILocation(line: 0, scope: !125, inlinedAt: !154)
!154 = distinct !DILocation(line: 183, column: 22, scope: !115, inlinedAt: !123)
!155 = !DILocation(line: 259, column: 42, scope: !125, inlinedAt: !154)
!156 = !DILocalVariable(name: "pointee_size", scope: !157, file: !158, line: 726, type: !137, align: 64)
!157 = distinct !DILexicalBlock(scope: !159, file: !158, line: 726, column: 9)
!158 = !DIFile(filename: "library/core/src/ptr/const_ptr.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "48638a38fe414ca30cde797e4a40b3a9")
!159 = distinct !DISubprogram(name: "offset_from_unsigned<f64>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$20offset_from_unsigned17ha3e7c06d44a34aa3E", scope: !160, file: !158, line: 701, type: !162, scopeLine: 701, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !98, retainedNodes: !192)
!160 = !DINamespace(name: "{impl#0}", scope: !161)
!161 = !DINamespace(name: "const_ptr", scope: !11)
!162 = !DISubroutineType(types: !163)
!163 = !{!137, !97, !97, !164}
!164 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::location::Location", baseType: !165, size: 64, align: 64, dwarfAddressSpace: 0)
!165 = !DICompositeType(tag: DW_TAG_structure_type, name: "Location", scope: !166, file: !9, size: 192, align: 64, flags: DIFlagPublic, elements: !168, templateParams: !104, identifier: "c23b7de1297af8f4a89df3da49f37ee6")
!166 = !DINamespace(name: "location", scope: !167)
!167 = !DINamespace(name: "panic", scope: !12)
!168 = !{!169, !181, !183, !184}
!169 = !DIDerivedType(tag: DW_TAG_member, name: "filename", scope: !165, file: !9, baseType: !170, size: 128, align: 64, flags: DIFlagPrivate)
!170 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<str>", scope: !94, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !171, templateParams: !179, identifier: "cc7383b2ce73f6838bfb6ae828fb6ae6")
!171 = !{!172}
!172 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !170, file: !9, baseType: !173, size: 128, align: 64, flags: DIFlagPrivate)
!173 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const str", file: !9, size: 128, align: 64, elements: !174, templateParams: !104, identifier: "238a44609877474087c05adf26cd41fa")
!174 = !{!175, !178}
!175 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !173, file: !9, baseType: !176, size: 64, align: 64)
!176 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !177, size: 64, align: 64, dwarfAddressSpace: 0)
!177 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!178 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !173, file: !9, baseType: !137, size: 64, align: 64, offset: 64)
!179 = !{!180}
!180 = !DITemplateTypeParameter(name: "T", type: !177)
!181 = !DIDerivedType(tag: DW_TAG_member, name: "line", scope: !165, file: !9, baseType: !182, size: 32, align: 32, offset: 128, flags: DIFlagPrivate)
!182 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!183 = !DIDerivedType(tag: DW_TAG_member, name: "col", scope: !165, file: !9, baseType: !182, size: 32, align: 32, offset: 160, flags: DIFlagPrivate)
!184 = !DIDerivedType(tag: DW_TAG_member, name: "_filename", scope: !165, file: !9, baseType: !185, align: 8, offset: 192, flags: DIFlagPrivate)
!185 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&str>", scope: !103, file: !9, align: 8, flags: DIFlagPublic, elements: !104, templateParams: !186, identifier: "e16ac355808b6aef9fb50b5f125fee05")
!186 = !{!187}
!187 = !DITemplateTypeParameter(name: "T", type: !188)
!188 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !9, size: 128, align: 64, elements: !189, templateParams: !104, identifier: "9277eecd40495f85161460476aacc992")
!189 = !{!190, !191}
!190 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !188, file: !9, baseType: !176, size: 64, align: 64)
!191 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !188, file: !9, baseType: !137, size: 64, align: 64, offset: 64)
!192 = !{!193, !194, !156}
!193 = !DILocalVariable(name: "self", arg: 1, scope: !159, file: !158, line: 701, type: !97)
!194 = !DILocalVariable(name: "origin", arg: 2, scope: !159, file: !158, line: 701, type: !97)
!195 = !DILocation(line: 0, scope: !157, inlinedAt: !196)
!196 = distinct !DILocation(line: 887, column: 37, scope: !197, inlinedAt: !207)
!197 = distinct !DISubprogram(name: "offset_from_unsigned<f64>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$20offset_from_unsigned17hb933c2b61297eeadE", scope: !199, file: !198, line: 882, type: !201, scopeLine: 882, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !98, retainedNodes: !204)
!198 = !DIFile(filename: "library/core/src/ptr/mut_ptr.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7c03c8e0ae695174f7f10881dc49d2cb")
!199 = !DINamespace(name: "{impl#0}", scope: !200)
!200 = !DINamespace(name: "mut_ptr", scope: !11)
!201 = !DISubroutineType(types: !202)
!202 = !{!137, !203, !97, !164}
!203 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut f64", baseType: !87, size: 64, align: 64, dwarfAddressSpace: 0)
!204 = !{!205, !206}
!205 = !DILocalVariable(name: "self", arg: 1, scope: !197, file: !198, line: 882, type: !203)
!206 = !DILocalVariable(name: "origin", arg: 2, scope: !197, file: !198, line: 882, type: !97)
!207 = distinct !DILocation(line: 953, column: 32, scope: !208, inlinedAt: !216)
!208 = distinct !DISubprogram(name: "offset_from_unsigned<f64>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$20offset_from_unsigned17hc78bd885876555a0E", scope: !93, file: !209, line: 948, type: !210, scopeLine: 948, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !98, declaration: !212, retainedNodes: !213)
!209 = !DIFile(filename: "library/core/src/ptr/non_null.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "e5222a5160165ba1cd09076ad7a11733")
!210 = !DISubroutineType(types: !211)
!211 = !{!137, !93, !93}
!212 = !DISubprogram(name: "offset_from_unsigned<f64>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$20offset_from_unsigned17hc78bd885876555a0E", scope: !93, file: !209, line: 948, type: !210, scopeLine: 948, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !98)
!213 = !{!214, !215}
!214 = !DILocalVariable(name: "self", arg: 1, scope: !208, file: !209, line: 948, type: !93)
!215 = !DILocalVariable(name: "subtracted", arg: 2, scope: !208, file: !209, line: 948, type: !93)
!216 = distinct !DILocation(line: 57, column: 30, scope: !149, inlinedAt: !154)
!217 = !DILocalVariable(name: "rhs", scope: !218, file: !219, line: 832, type: !137, align: 64)
!218 = distinct !DISubprogram(name: "unchecked_add", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj13unchecked_add", scope: !220, file: !219, line: 832, type: !222, scopeLine: 832, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !104, retainedNodes: !224)
!219 = !DIFile(filename: "library/core/src/num/uint_macros.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "de2f29a3485fc28d710ba6c3062e6efa")
!220 = !DINamespace(name: "{impl#11}", scope: !221)
!221 = !DINamespace(name: "num", scope: !12)
!222 = !DISubroutineType(types: !223)
!223 = !{!137, !137, !137, !164}
!224 = !{!225, !217}
!225 = !DILocalVariable(name: "self", arg: 1, scope: !218, file: !219, line: 832, type: !137)
!226 = !DILocation(line: 0, scope: !218, inlinedAt: !227)
!227 = distinct !DILocation(line: 283, column: 36, scope: !145, inlinedAt: !154)
!228 = !DILocation(line: 0, scope: !139, inlinedAt: !154)
!229 = !DILocalVariable(name: "self", arg: 1, scope: !230, file: !209, line: 1719, type: !235)
!230 = distinct !DISubprogram(name: "eq<f64>", linkageName: "_ZN78_$LT$core..ptr..non_null..NonNull$LT$T$GT$$u20$as$u20$core..cmp..PartialEq$GT$2eq17h28ea4fb0021a23e2E", scope: !231, file: !209, line: 1719, type: !232, scopeLine: 1719, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !98, retainedNodes: !236)
!231 = !DINamespace(name: "{impl#16}", scope: !94)
!232 = !DISubroutineType(types: !233)
!233 = !{!234, !235, !235}
!234 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!235 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::ptr::non_null::NonNull<f64>", baseType: !93, size: 64, align: 64, dwarfAddressSpace: 0)
!236 = !{!229, !237}
!237 = !DILocalVariable(name: "other", arg: 2, scope: !230, file: !209, line: 1719, type: !235)
!238 = !DILocation(line: 1719, column: 11, scope: !230, inlinedAt: !239)
!239 = distinct !DILocation(line: 44, column: 20, scope: !139, inlinedAt: !154)
!240 = !DILocation(line: 1719, column: 18, scope: !230, inlinedAt: !239)
!241 = !DILocation(line: 407, column: 18, scope: !242, inlinedAt: !248)
!242 = distinct !DISubprogram(name: "as_ptr<f64>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ptr17hceedec3aa62fb825E", scope: !93, file: !209, line: 401, type: !243, scopeLine: 401, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !98, declaration: !245, retainedNodes: !246)
!243 = !DISubroutineType(types: !244)
!244 = !{!203, !93}
!245 = !DISubprogram(name: "as_ptr<f64>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ptr17hceedec3aa62fb825E", scope: !93, file: !209, line: 401, type: !243, scopeLine: 401, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !98)
!246 = !{!247}
!247 = !DILocalVariable(name: "self", arg: 1, scope: !242, file: !209, line: 401, type: !93)
!248 = distinct !DILocation(line: 1720, column: 32, scope: !230, inlinedAt: !239)
!249 = !DILocation(line: 1720, column: 9, scope: !230, inlinedAt: !239)
!250 = !DILocation(line: 25, column: 86, scope: !125, inlinedAt: !154)
!251 = !DILocation(line: 0, scope: !141, inlinedAt: !154)
!252 = !DILocation(line: 0, scope: !143, inlinedAt: !154)
!253 = !DILocation(line: 0, scope: !149, inlinedAt: !154)
!254 = !DILocation(line: 0, scope: !208, inlinedAt: !216)
!255 = !DILocation(line: 0, scope: !242, inlinedAt: !256)
!256 = distinct !DILocation(line: 953, column: 23, scope: !208, inlinedAt: !216)
!257 = !DILocation(line: 0, scope: !242, inlinedAt: !258)
!258 = distinct !DILocation(line: 953, column: 64, scope: !208, inlinedAt: !216)
!259 = !DILocation(line: 0, scope: !197, inlinedAt: !207)
!260 = !DILocation(line: 0, scope: !159, inlinedAt: !196)
!261 = !DILocation(line: 729, column: 18, scope: !157, inlinedAt: !196)
!262 = !DILocation(line: 0, scope: !145, inlinedAt: !154)
!263 = !DILocation(line: 28, column: 9, scope: !143, inlinedAt: !154)
!264 = !DILocalVariable(name: "self", arg: 1, scope: !265, file: !209, line: 651, type: !93)
!265 = distinct !DISubprogram(name: "add<f64>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$3add17hdb40e1ae3690237dE", scope: !93, file: !209, line: 651, type: !266, scopeLine: 651, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !98, declaration: !268, retainedNodes: !269)
!266 = !DISubroutineType(types: !267)
!267 = !{!93, !93, !137}
!268 = !DISubprogram(name: "add<f64>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$3add17hdb40e1ae3690237dE", scope: !93, file: !209, line: 651, type: !266, scopeLine: 651, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !98)
!269 = !{!264, !270}
!270 = !DILocalVariable(name: "count", arg: 2, scope: !265, file: !209, line: 651, type: !137)
!271 = !DILocation(line: 0, scope: !265, inlinedAt: !272)
!272 = distinct !DILocation(line: 279, column: 67, scope: !145, inlinedAt: !154)
!273 = !DILocation(line: 659, column: 28, scope: !265, inlinedAt: !272)
!274 = !DILocation(line: 0, scope: !242, inlinedAt: !275)
!275 = distinct !DILocation(line: 279, column: 74, scope: !145, inlinedAt: !154)
!276 = !DILocalVariable(arg: 1, scope: !277, file: !116, line: 186, type: !280)
!277 = distinct !DISubprogram(name: "{closure#0}<core::slice::iter::Iter<f64>>", linkageName: "_ZN69_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$LT$$RF$f64$GT$$GT$3sum28_$u7b$$u7b$closure$u7d$$u7d$17heb3ab07cf9456413E", scope: !131, file: !116, line: 186, type: !278, scopeLine: 186, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !120, retainedNodes: !281)
!278 = !DISubroutineType(types: !279)
!279 = !{!87, !280, !87, !107}
!280 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::iter::traits::accum::{impl#134}::sum::{closure_env#0}<core::slice::iter::Iter<f64>>", baseType: !130, size: 64, align: 64, dwarfAddressSpace: 0)
!281 = !{!282, !283, !276}
!282 = !DILocalVariable(name: "a", arg: 2, scope: !277, file: !116, line: 186, type: !87)
!283 = !DILocalVariable(name: "b", arg: 3, scope: !277, file: !116, line: 186, type: !107)
!284 = !DILocation(line: 0, scope: !277, inlinedAt: !285)
!285 = distinct !DILocation(line: 279, column: 27, scope: !145, inlinedAt: !154)
!286 = !DILocalVariable(name: "other", arg: 2, scope: !287, file: !288, line: 38, type: !107)
!287 = distinct !DISubprogram(name: "add", linkageName: "_RNvXsV_NtNtCsgEmfK2I1SDS_4core3ops5arithdINtB5_3AddRdE3add", scope: !289, file: !288, line: 38, type: !292, scopeLine: 38, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !104, retainedNodes: !294)
!288 = !DIFile(filename: "library/core/src/internal_macros.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "9ec673d06a3eb53c47178443a566ec32")
!289 = !DINamespace(name: "{impl#59}", scope: !290)
!290 = !DINamespace(name: "arith", scope: !291)
!291 = !DINamespace(name: "ops", scope: !12)
!292 = !DISubroutineType(types: !293)
!293 = !{!87, !87, !107, !164}
!294 = !{!286}
!295 = !DILocation(line: 0, scope: !287, inlinedAt: !296)
!296 = distinct !DILocation(line: 186, column: 28, scope: !277, inlinedAt: !285)
!297 = !DILocation(line: 39, column: 37, scope: !287, inlinedAt: !296)
!298 = !{!299}
!299 = distinct !{!299, !300, !"_ZN69_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$LT$$RF$f64$GT$$GT$3sum28_$u7b$$u7b$closure$u7d$$u7d$17heb3ab07cf9456413E: %b"}
!300 = distinct !{!300, !"_ZN69_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$LT$$RF$f64$GT$$GT$3sum28_$u7b$$u7b$closure$u7d$$u7d$17heb3ab07cf9456413E"}
!301 = !DILocation(line: 105, column: 45, scope: !302, inlinedAt: !307)
!302 = distinct !DISubprogram(name: "add", linkageName: "_RNvXsc_NtNtCsgEmfK2I1SDS_4core3ops5arithdNtB5_3Add3add", scope: !304, file: !303, line: 105, type: !305, scopeLine: 105, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !104)
!303 = !DIFile(filename: "library/core/src/ops/arith.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "82a843efd6957c9872d7564e4a5df756")
!304 = !DINamespace(name: "{impl#14}", scope: !290)
!305 = !DISubroutineType(types: !306)
!306 = !{!87, !87, !87, !164}
!307 = distinct !DILocation(line: 39, column: 17, scope: !287, inlinedAt: !296)
!308 = !DILocation(line: 844, column: 17, scope: !218, inlinedAt: !227)
!309 = !DILocation(line: 284, column: 24, scope: !145, inlinedAt: !154)
!310 = distinct !{!310, !311}
!311 = !{!"llvm.loop.unroll.disable"}
!312 = !DILocation(line: 3659, column: 6, scope: !79)
!313 = distinct !DISubprogram(name: "drop_slow<f64, alloc::alloc::Global>", linkageName: "_ZN5alloc2rc15Rc$LT$T$C$A$GT$9drop_slow17h5ea012a2da0381d0E", scope: !315, file: !314, line: 387, type: !347, scopeLine: 387, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !345, declaration: !350, retainedNodes: !351)
!314 = !DIFile(filename: "library/alloc/src/rc.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "0917aa5538339846778cc2718c40797b")
!315 = !DICompositeType(tag: DW_TAG_structure_type, name: "Rc<f64, alloc::alloc::Global>", scope: !316, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !318, templateParams: !345, identifier: "41c8c54922260649a849bba7b99e09a5")
!316 = !DINamespace(name: "rc", scope: !317)
!317 = !DINamespace(name: "alloc", scope: null)
!318 = !{!319, !340, !342}
!319 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !315, file: !9, baseType: !320, size: 64, align: 64, flags: DIFlagPrivate)
!320 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<alloc::rc::RcInner<f64>>", scope: !94, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !321, templateParams: !338, identifier: "f72a4ea5c41584aa4947501d1460b898")
!321 = !{!322}
!322 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !320, file: !9, baseType: !323, size: 64, align: 64, flags: DIFlagPrivate)
!323 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const alloc::rc::RcInner<f64>", baseType: !324, size: 64, align: 64, dwarfAddressSpace: 0)
!324 = !DICompositeType(tag: DW_TAG_structure_type, name: "RcInner<f64>", scope: !316, file: !9, size: 192, align: 64, flags: DIFlagPrivate, elements: !325, templateParams: !98, identifier: "5203d46ad69d5888cfcf9b667b1cee11")
!325 = !{!326, !336, !337}
!326 = !DIDerivedType(tag: DW_TAG_member, name: "strong", scope: !324, file: !9, baseType: !327, size: 64, align: 64, flags: DIFlagPrivate)
!327 = !DICompositeType(tag: DW_TAG_structure_type, name: "Cell<usize>", scope: !328, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !329, templateParams: !334, identifier: "11f3f47e7094c00380b1d081c043cbd")
!328 = !DINamespace(name: "cell", scope: !12)
!329 = !{!330}
!330 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !327, file: !9, baseType: !331, size: 64, align: 64, flags: DIFlagPrivate)
!331 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<usize>", scope: !328, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !332, templateParams: !334, identifier: "39a99da3e6158f476ae51abf051b55a8")
!332 = !{!333}
!333 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !331, file: !9, baseType: !137, size: 64, align: 64, flags: DIFlagPrivate)
!334 = !{!335}
!335 = !DITemplateTypeParameter(name: "T", type: !137)
!336 = !DIDerivedType(tag: DW_TAG_member, name: "weak", scope: !324, file: !9, baseType: !327, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!337 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !324, file: !9, baseType: !87, size: 64, align: 64, offset: 128, flags: DIFlagPrivate)
!338 = !{!339}
!339 = !DITemplateTypeParameter(name: "T", type: !324)
!340 = !DIDerivedType(tag: DW_TAG_member, name: "phantom", scope: !315, file: !9, baseType: !341, align: 8, offset: 64, flags: DIFlagPrivate)
!341 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<alloc::rc::RcInner<f64>>", scope: !103, file: !9, align: 8, flags: DIFlagPublic, elements: !104, templateParams: !338, identifier: "a0fe24c11ec03cebcadc8008b5a2ffec")
!342 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !315, file: !9, baseType: !343, align: 8, offset: 64, flags: DIFlagPrivate)
!343 = !DICompositeType(tag: DW_TAG_structure_type, name: "Global", scope: !344, file: !9, align: 8, flags: DIFlagPublic, elements: !104, identifier: "8471efeafbd677a88d306f08d1a0eeb")
!344 = !DINamespace(name: "alloc", scope: !317)
!345 = !{!99, !346}
!346 = !DITemplateTypeParameter(name: "A", type: !343)
!347 = !DISubroutineType(types: !348)
!348 = !{null, !349}
!349 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::rc::Rc<f64, alloc::alloc::Global>", baseType: !315, size: 64, align: 64, dwarfAddressSpace: 0)
!350 = !DISubprogram(name: "drop_slow<f64, alloc::alloc::Global>", linkageName: "_ZN5alloc2rc15Rc$LT$T$C$A$GT$9drop_slow17h5ea012a2da0381d0E", scope: !315, file: !314, line: 387, type: !347, scopeLine: 387, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !345)
!351 = !{!352, !353}
!352 = !DILocalVariable(name: "self", arg: 1, scope: !313, file: !314, line: 387, type: !349)
!353 = !DILocalVariable(name: "_weak", scope: !354, file: !314, line: 391, type: !355, align: 64)
!354 = distinct !DILexicalBlock(scope: !313, file: !314, line: 391, column: 9)
!355 = !DICompositeType(tag: DW_TAG_structure_type, name: "Weak<f64, &alloc::alloc::Global>", scope: !316, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !356, templateParams: !360, identifier: "3a64eb328b5993be2c79781d0497043a")
!356 = !{!357, !358}
!357 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !355, file: !9, baseType: !320, size: 64, align: 64, flags: DIFlagPrivate)
!358 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !355, file: !9, baseType: !359, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!359 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::alloc::Global", baseType: !343, size: 64, align: 64, dwarfAddressSpace: 0)
!360 = !{!99, !361}
!361 = !DITemplateTypeParameter(name: "A", type: !359)
!362 = !DILocalVariable(name: "self", arg: 1, scope: !363, file: !314, line: 3562, type: !391)
!363 = distinct !DISubprogram(name: "inner<f64, &alloc::alloc::Global>", linkageName: "_ZN5alloc2rc17Weak$LT$T$C$A$GT$5inner17h5abe26c5ef98f9a3E", scope: !355, file: !314, line: 3562, type: !364, scopeLine: 3562, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !360, declaration: !386, retainedNodes: !387)
!364 = !DISubroutineType(types: !365)
!365 = !{!366, !385}
!366 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<alloc::rc::WeakInner>", scope: !367, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !368, templateParams: !104, identifier: "ac04b1d8b6892114568c181718b973a2")
!367 = !DINamespace(name: "option", scope: !12)
!368 = !{!369}
!369 = !DICompositeType(tag: DW_TAG_variant_part, scope: !366, file: !9, size: 128, align: 64, elements: !370, templateParams: !104, identifier: "c4c92d30b846870e6a92d60b5b9f65e4", discriminator: !384)
!370 = !{!371, !380}
!371 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !369, file: !9, baseType: !372, size: 128, align: 64, extraData: i64 0)
!372 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !366, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !104, templateParams: !373, identifier: "31b096e63e5eacf87efe9f85fd6234c")
!373 = !{!374}
!374 = !DITemplateTypeParameter(name: "T", type: !375)
!375 = !DICompositeType(tag: DW_TAG_structure_type, name: "WeakInner", scope: !316, file: !9, size: 128, align: 64, flags: DIFlagPrivate, elements: !376, templateParams: !104, identifier: "9a343aed078ccae0a0ad57be001df1d7")
!376 = !{!377, !379}
!377 = !DIDerivedType(tag: DW_TAG_member, name: "weak", scope: !375, file: !9, baseType: !378, size: 64, align: 64, flags: DIFlagPrivate)
!378 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::Cell<usize>", baseType: !327, size: 64, align: 64, dwarfAddressSpace: 0)
!379 = !DIDerivedType(tag: DW_TAG_member, name: "strong", scope: !375, file: !9, baseType: !378, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!380 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !369, file: !9, baseType: !381, size: 128, align: 64)
!381 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !366, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !382, templateParams: !373, identifier: "1087020b0bfea13ba3d274a96fa53df1")
!382 = !{!383}
!383 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !381, file: !9, baseType: !375, size: 128, align: 64, flags: DIFlagPublic)
!384 = !DIDerivedType(tag: DW_TAG_member, scope: !366, file: !9, baseType: !13, size: 64, align: 64, flags: DIFlagArtificial)
!385 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::rc::Weak<f64, &alloc::alloc::Global>", baseType: !355, size: 64, align: 64, dwarfAddressSpace: 0)
!386 = !DISubprogram(name: "inner<f64, &alloc::alloc::Global>", linkageName: "_ZN5alloc2rc17Weak$LT$T$C$A$GT$5inner17h5abe26c5ef98f9a3E", scope: !355, file: !314, line: 3562, type: !364, scopeLine: 3562, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !360)
!387 = !{!362, !388}
!388 = !DILocalVariable(name: "ptr", scope: !389, file: !314, line: 3570, type: !390, align: 64)
!389 = distinct !DILexicalBlock(scope: !363, file: !314, line: 3570, column: 17)
!390 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::rc::RcInner<f64>", baseType: !324, size: 64, align: 64, dwarfAddressSpace: 0)
!391 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::rc::Weak<f64, &alloc::alloc::Global>", baseType: !355, size: 64, align: 64, dwarfAddressSpace: 0)
!392 = !DILocation(line: 0, scope: !363, inlinedAt: !393)
!393 = distinct !DILocation(line: 3650, column: 47, scope: !394, inlinedAt: !404)
!394 = distinct !DILexicalBlock(scope: !395, file: !314, line: 3650, column: 55)
!395 = distinct !DISubprogram(name: "drop<f64, &alloc::alloc::Global>", linkageName: "_ZN70_$LT$alloc..rc..Weak$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hfc750127bed188ebE", scope: !396, file: !314, line: 3649, type: !397, scopeLine: 3649, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !360, retainedNodes: !399)
!396 = !DINamespace(name: "{impl#77}", scope: !316)
!397 = !DISubroutineType(types: !398)
!398 = !{null, !391}
!399 = !{!400, !401, !403}
!400 = !DILocalVariable(name: "self", arg: 1, scope: !395, file: !314, line: 3649, type: !391)
!401 = !DILocalVariable(name: "inner", scope: !402, file: !314, line: 3650, type: !375, align: 64)
!402 = distinct !DILexicalBlock(scope: !395, file: !314, line: 3650, column: 9)
!403 = !DILocalVariable(name: "inner", scope: !394, file: !314, line: 3650, type: !375, align: 64)
!404 = distinct !DILocation(line: 805, column: 1, scope: !405, inlinedAt: !414)
!405 = distinct !DISubprogram(name: "drop_in_place<alloc::rc::Weak<f64, &alloc::alloc::Global>>", linkageName: "_ZN4core3ptr74drop_in_place$LT$alloc..rc..Weak$LT$f64$C$$RF$alloc..alloc..Global$GT$$GT$17h05b0a5b253cdf863E", scope: !11, file: !406, line: 805, type: !407, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !412, retainedNodes: !410)
!406 = !DIFile(filename: "library/core/src/ptr/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8f706ae0a0620120e6e931983ef127f1")
!407 = !DISubroutineType(types: !408)
!408 = !{null, !409}
!409 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::rc::Weak<f64, &alloc::alloc::Global>", baseType: !355, size: 64, align: 64, dwarfAddressSpace: 0)
!410 = !{!411}
!411 = !DILocalVariable(arg: 1, scope: !405, file: !406, line: 805, type: !409)
!412 = !{!413}
!413 = !DITemplateTypeParameter(name: "T", type: !355)
!414 = distinct !DILocation(line: 398, column: 5, scope: !313)
!415 = !DILocation(line: 0, scope: !395, inlinedAt: !404)
!416 = !DILocation(line: 0, scope: !405, inlinedAt: !414)
!417 = !DILocation(line: 0, scope: !313)
!418 = !DILocation(line: 391, column: 33, scope: !313)
!419 = !DILocation(line: 3563, column: 12, scope: !363, inlinedAt: !393)
!420 = !DILocation(line: 0, scope: !389, inlinedAt: !393)
!421 = !DILocation(line: 3571, column: 59, scope: !389, inlinedAt: !393)
!422 = !DILocation(line: 0, scope: !394, inlinedAt: !404)
!423 = !DILocation(line: 0, scope: !402, inlinedAt: !404)
!424 = !DILocalVariable(name: "self", arg: 1, scope: !425, file: !314, line: 3791, type: !429)
!425 = distinct !DISubprogram(name: "dec_weak<alloc::rc::WeakInner>", linkageName: "_ZN5alloc2rc10RcInnerPtr8dec_weak17h8dc76879d96e2aafE", scope: !426, file: !314, line: 3791, type: !427, scopeLine: 3791, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !431, retainedNodes: !430)
!426 = !DINamespace(name: "RcInnerPtr", scope: !316)
!427 = !DISubroutineType(types: !428)
!428 = !{null, !429}
!429 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::rc::WeakInner", baseType: !375, size: 64, align: 64, dwarfAddressSpace: 0)
!430 = !{!424}
!431 = !{!432}
!432 = !DITemplateTypeParameter(name: "Self", type: !375)
!433 = !DILocation(line: 3791, column: 17, scope: !425, inlinedAt: !434)
!434 = distinct !DILocation(line: 3652, column: 15, scope: !402, inlinedAt: !404)
!435 = !DILocalVariable(name: "self", arg: 1, scope: !436, file: !314, line: 3763, type: !429)
!436 = distinct !DISubprogram(name: "weak<alloc::rc::WeakInner>", linkageName: "_ZN5alloc2rc10RcInnerPtr4weak17h70c76e5ccf492361E", scope: !426, file: !314, line: 3763, type: !437, scopeLine: 3763, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !431, retainedNodes: !439)
!437 = !DISubroutineType(types: !438)
!438 = !{!137, !429}
!439 = !{!435}
!440 = !DILocation(line: 3763, column: 13, scope: !436, inlinedAt: !441)
!441 = distinct !DILocation(line: 3792, column: 34, scope: !425, inlinedAt: !434)
!442 = !DILocalVariable(name: "self", arg: 1, scope: !443, file: !444, line: 433, type: !378)
!443 = distinct !DISubprogram(name: "set<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3set17h3f33db66b4a8b950E", scope: !327, file: !444, line: 433, type: !445, scopeLine: 433, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !334, declaration: !447, retainedNodes: !448)
!444 = !DIFile(filename: "library/core/src/cell.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "96404e804c6faf0fea9fa631bcb8d1d2")
!445 = !DISubroutineType(types: !446)
!446 = !{null, !378, !137}
!447 = !DISubprogram(name: "set<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3set17h3f33db66b4a8b950E", scope: !327, file: !444, line: 433, type: !445, scopeLine: 433, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !334)
!448 = !{!442, !449}
!449 = !DILocalVariable(name: "val", arg: 2, scope: !443, file: !444, line: 433, type: !137)
!450 = !DILocation(line: 0, scope: !443, inlinedAt: !451)
!451 = distinct !DILocation(line: 3792, column: 25, scope: !425, inlinedAt: !434)
!452 = !DILocalVariable(name: "self", arg: 1, scope: !453, file: !444, line: 510, type: !378)
!453 = distinct !DISubprogram(name: "replace<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$7replace17hb50b68de10d200caE", scope: !327, file: !444, line: 510, type: !454, scopeLine: 510, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !334, declaration: !456, retainedNodes: !457)
!454 = !DISubroutineType(types: !455)
!455 = !{!137, !378, !137}
!456 = !DISubprogram(name: "replace<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$7replace17hb50b68de10d200caE", scope: !327, file: !444, line: 510, type: !454, scopeLine: 510, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !334)
!457 = !{!452, !458}
!458 = !DILocalVariable(name: "val", arg: 2, scope: !453, file: !444, line: 510, type: !137)
!459 = !DILocation(line: 0, scope: !453, inlinedAt: !460)
!460 = distinct !DILocation(line: 437, column: 14, scope: !443, inlinedAt: !451)
!461 = !DILocalVariable(name: "self", arg: 1, scope: !462, file: !444, line: 552, type: !378)
!462 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3get17h76c6e2e77367a0cbE", scope: !327, file: !444, line: 552, type: !463, scopeLine: 552, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !334, declaration: !465, retainedNodes: !466)
!463 = !DISubroutineType(types: !464)
!464 = !{!137, !378}
!465 = !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3get17h76c6e2e77367a0cbE", scope: !327, file: !444, line: 552, type: !463, scopeLine: 552, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !334)
!466 = !{!461}
!467 = !DILocation(line: 0, scope: !462, inlinedAt: !468)
!468 = distinct !DILocation(line: 3764, column: 25, scope: !436, inlinedAt: !441)
!469 = !DILocation(line: 0, scope: !462, inlinedAt: !470)
!470 = distinct !DILocation(line: 3764, column: 25, scope: !471, inlinedAt: !472)
!471 = !DILexicalBlockFile(scope: !436, file: !314, discriminator: 2)
!472 = distinct !DILocation(line: 3655, column: 18, scope: !402, inlinedAt: !404)
!473 = !DILocation(line: 555, column: 18, scope: !462, inlinedAt: !468)
!474 = !{!475, !477}
!475 = distinct !{!475, !476, !"_ZN70_$LT$alloc..rc..Weak$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hfc750127bed188ebE: %self"}
!476 = distinct !{!476, !"_ZN70_$LT$alloc..rc..Weak$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hfc750127bed188ebE"}
!477 = distinct !{!477, !478, !"_ZN4core3ptr74drop_in_place$LT$alloc..rc..Weak$LT$f64$C$$RF$alloc..alloc..Global$GT$$GT$17h05b0a5b253cdf863E: %_1"}
!478 = distinct !{!478, !"_ZN4core3ptr74drop_in_place$LT$alloc..rc..Weak$LT$f64$C$$RF$alloc..alloc..Global$GT$$GT$17h05b0a5b253cdf863E"}
!479 = !DILocation(line: 3792, column: 29, scope: !425, inlinedAt: !434)
!480 = !DILocation(line: 902, column: 49, scope: !481, inlinedAt: !487)
!481 = distinct !DISubprogram(name: "replace<usize>", linkageName: "_ZN4core3mem7replace17h88b038504c1d9121E", scope: !483, file: !482, line: 887, type: !484, scopeLine: 887, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !334)
!482 = !DIFile(filename: "library/core/src/mem/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "6bca88b164013e73def192dcdbc80502")
!483 = !DINamespace(name: "mem", scope: !12)
!484 = !DISubroutineType(types: !485)
!485 = !{!137, !486, !137}
!486 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut usize", baseType: !137, size: 64, align: 64, dwarfAddressSpace: 0)
!487 = distinct !DILocation(line: 513, column: 9, scope: !453, inlinedAt: !460)
!488 = !DILocation(line: 3763, column: 13, scope: !436, inlinedAt: !472)
!489 = !DILocation(line: 3655, column: 12, scope: !402, inlinedAt: !404)
!490 = !DILocalVariable(name: "self", arg: 1, scope: !491, file: !492, line: 388, type: !497)
!491 = distinct !DISubprogram(name: "deallocate<alloc::alloc::Global>", linkageName: "_ZN48_$LT$$RF$A$u20$as$u20$core..alloc..Allocator$GT$10deallocate17he6e4960f21ade692E", scope: !493, file: !492, line: 388, type: !495, scopeLine: 388, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !513, retainedNodes: !510)
!492 = !DIFile(filename: "library/core/src/alloc/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "ef5fdd420c12591762e4494959e9e675")
!493 = !DINamespace(name: "{impl#2}", scope: !494)
!494 = !DINamespace(name: "alloc", scope: !12)
!495 = !DISubroutineType(types: !496)
!496 = !{null, !497, !498, !502}
!497 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&&alloc::alloc::Global", baseType: !359, size: 64, align: 64, dwarfAddressSpace: 0)
!498 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<u8>", scope: !94, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !499, templateParams: !179, identifier: "ff3cb4cecc4ed13dfb833309b96ea529")
!499 = !{!500}
!500 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !498, file: !9, baseType: !501, size: 64, align: 64, flags: DIFlagPrivate)
!501 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !177, size: 64, align: 64, dwarfAddressSpace: 0)
!502 = !DICompositeType(tag: DW_TAG_structure_type, name: "Layout", scope: !503, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !504, templateParams: !104, identifier: "ae6bead0f2b6a034e04e04a9846a76e3")
!503 = !DINamespace(name: "layout", scope: !494)
!504 = !{!505, !506}
!505 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !502, file: !9, baseType: !137, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!506 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !502, file: !9, baseType: !507, size: 64, align: 64, flags: DIFlagPrivate)
!507 = !DICompositeType(tag: DW_TAG_structure_type, name: "Alignment", scope: !10, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !508, templateParams: !104, identifier: "5099570874743123f8e757e4da3ea37b")
!508 = !{!509}
!509 = !DIDerivedType(tag: DW_TAG_member, name: "_inner_repr_trick", scope: !507, file: !9, baseType: !8, size: 64, align: 64, flags: DIFlagPrivate)
!510 = !{!490, !511, !512}
!511 = !DILocalVariable(name: "ptr", arg: 2, scope: !491, file: !492, line: 388, type: !498)
!512 = !DILocalVariable(name: "layout", arg: 3, scope: !491, file: !492, line: 388, type: !502)
!513 = !{!346}
!514 = !DILocation(line: 0, scope: !491, inlinedAt: !515)
!515 = distinct !DILocation(line: 3657, column: 28, scope: !402, inlinedAt: !404)
!516 = !DILocalVariable(name: "self", arg: 1, scope: !517, file: !518, line: 440, type: !359)
!517 = distinct !DISubprogram(name: "deallocate", linkageName: "_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate", scope: !519, file: !518, line: 440, type: !520, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !104, retainedNodes: !522)
!518 = !DIFile(filename: "library/alloc/src/alloc.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "57066d22da38e4b1f3bfd29f3d5ff5ae")
!519 = !DINamespace(name: "{impl#1}", scope: !344)
!520 = !DISubroutineType(types: !521)
!521 = !{null, !359, !498, !502}
!522 = !{!516, !523, !524}
!523 = !DILocalVariable(name: "ptr", arg: 2, scope: !517, file: !518, line: 440, type: !498)
!524 = !DILocalVariable(name: "layout", arg: 3, scope: !517, file: !518, line: 440, type: !502)
!525 = !DILocation(line: 0, scope: !517, inlinedAt: !526)
!526 = distinct !DILocation(line: 390, column: 27, scope: !491, inlinedAt: !515)
!527 = !DILocalVariable(name: "self", arg: 1, scope: !528, file: !518, line: 323, type: !359)
!528 = distinct !DISubprogram(name: "deallocate_impl", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global15deallocate_impl", scope: !343, file: !518, line: 323, type: !520, scopeLine: 323, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !104, declaration: !529, retainedNodes: !530)
!529 = !DISubprogram(name: "deallocate_impl", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global15deallocate_impl", scope: !343, file: !518, line: 323, type: !520, scopeLine: 323, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !104)
!530 = !{!527, !531, !532}
!531 = !DILocalVariable(name: "ptr", arg: 2, scope: !528, file: !518, line: 323, type: !498)
!532 = !DILocalVariable(name: "layout", arg: 3, scope: !528, file: !518, line: 323, type: !502)
!533 = !DILocation(line: 0, scope: !528, inlinedAt: !534)
!534 = distinct !DILocation(line: 442, column: 23, scope: !517, inlinedAt: !526)
!535 = !DILocalVariable(name: "ptr", arg: 1, scope: !536, file: !518, line: 199, type: !498)
!536 = distinct !DISubprogram(name: "deallocate_impl_runtime", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global23deallocate_impl_runtime", scope: !343, file: !518, line: 199, type: !537, scopeLine: 199, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !104, declaration: !539, retainedNodes: !540)
!537 = !DISubroutineType(types: !538)
!538 = !{null, !498, !502}
!539 = !DISubprogram(name: "deallocate_impl_runtime", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global23deallocate_impl_runtime", scope: !343, file: !518, line: 199, type: !537, scopeLine: 199, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !104)
!540 = !{!535, !541}
!541 = !DILocalVariable(name: "layout", arg: 2, scope: !536, file: !518, line: 199, type: !502)
!542 = !DILocation(line: 0, scope: !536, inlinedAt: !543)
!543 = distinct !DILocation(line: 324, column: 9, scope: !528, inlinedAt: !534)
!544 = !DILocalVariable(name: "layout", arg: 2, scope: !545, file: !518, line: 114, type: !502)
!545 = distinct !DISubprogram(name: "dealloc", linkageName: "_RNvNtCslNYArtu3iFV_5alloc5alloc7dealloc", scope: !344, file: !518, line: 114, type: !546, scopeLine: 114, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !104, retainedNodes: !549)
!546 = !DISubroutineType(types: !547)
!547 = !{null, !548, !502}
!548 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u8", baseType: !177, size: 64, align: 64, dwarfAddressSpace: 0)
!549 = !{!550, !544}
!550 = !DILocalVariable(name: "ptr", arg: 1, scope: !545, file: !518, line: 114, type: !548)
!551 = !DILocation(line: 0, scope: !545, inlinedAt: !552)
!552 = distinct !DILocation(line: 209, column: 22, scope: !536, inlinedAt: !543)
!553 = !DILocation(line: 115, column: 14, scope: !545, inlinedAt: !552)
!554 = !DILocation(line: 3655, column: 9, scope: !402, inlinedAt: !404)
!555 = !DILocation(line: 398, column: 6, scope: !313)
!556 = !DILocation(line: 0, scope: !115)
!557 = !DILocation(line: 0, scope: !125, inlinedAt: !558)
!558 = distinct !DILocation(line: 183, column: 22, scope: !115)
!559 = !DILocation(line: 259, column: 42, scope: !125, inlinedAt: !558)
!560 = !DILocation(line: 0, scope: !157, inlinedAt: !561)
!561 = distinct !DILocation(line: 887, column: 37, scope: !197, inlinedAt: !562)
!562 = distinct !DILocation(line: 953, column: 32, scope: !208, inlinedAt: !563)
!563 = distinct !DILocation(line: 57, column: 30, scope: !149, inlinedAt: !558)
!564 = !DILocation(line: 0, scope: !218, inlinedAt: !565)
!565 = distinct !DILocation(line: 283, column: 36, scope: !145, inlinedAt: !558)
!566 = !DILocation(line: 0, scope: !139, inlinedAt: !558)
!567 = !DILocation(line: 1719, column: 11, scope: !230, inlinedAt: !568)
!568 = distinct !DILocation(line: 44, column: 20, scope: !139, inlinedAt: !558)
!569 = !DILocation(line: 1719, column: 18, scope: !230, inlinedAt: !568)
!570 = !DILocation(line: 407, column: 18, scope: !242, inlinedAt: !571)
!571 = distinct !DILocation(line: 1720, column: 32, scope: !230, inlinedAt: !568)
!572 = !DILocation(line: 1720, column: 9, scope: !230, inlinedAt: !568)
!573 = !DILocation(line: 25, column: 86, scope: !125, inlinedAt: !558)
!574 = !DILocation(line: 0, scope: !141, inlinedAt: !558)
!575 = !DILocation(line: 0, scope: !143, inlinedAt: !558)
!576 = !DILocation(line: 0, scope: !149, inlinedAt: !558)
!577 = !DILocation(line: 0, scope: !208, inlinedAt: !563)
!578 = !DILocation(line: 0, scope: !242, inlinedAt: !579)
!579 = distinct !DILocation(line: 953, column: 23, scope: !208, inlinedAt: !563)
!580 = !DILocation(line: 0, scope: !242, inlinedAt: !581)
!581 = distinct !DILocation(line: 953, column: 64, scope: !208, inlinedAt: !563)
!582 = !DILocation(line: 0, scope: !197, inlinedAt: !562)
!583 = !DILocation(line: 0, scope: !159, inlinedAt: !561)
!584 = !DILocation(line: 729, column: 18, scope: !157, inlinedAt: !561)
!585 = !DILocation(line: 0, scope: !145, inlinedAt: !558)
!586 = !DILocation(line: 28, column: 9, scope: !143, inlinedAt: !558)
!587 = !DILocation(line: 0, scope: !265, inlinedAt: !588)
!588 = distinct !DILocation(line: 279, column: 67, scope: !145, inlinedAt: !558)
!589 = !DILocation(line: 659, column: 28, scope: !265, inlinedAt: !588)
!590 = !DILocation(line: 0, scope: !242, inlinedAt: !591)
!591 = distinct !DILocation(line: 279, column: 74, scope: !145, inlinedAt: !558)
!592 = !DILocation(line: 0, scope: !277, inlinedAt: !593)
!593 = distinct !DILocation(line: 279, column: 27, scope: !145, inlinedAt: !558)
!594 = !DILocation(line: 0, scope: !287, inlinedAt: !595)
!595 = distinct !DILocation(line: 186, column: 28, scope: !277, inlinedAt: !593)
!596 = !DILocation(line: 39, column: 37, scope: !287, inlinedAt: !595)
!597 = !{!598}
!598 = distinct !{!598, !599, !"_ZN69_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$LT$$RF$f64$GT$$GT$3sum28_$u7b$$u7b$closure$u7d$$u7d$17heb3ab07cf9456413E: %b"}
!599 = distinct !{!599, !"_ZN69_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$LT$$RF$f64$GT$$GT$3sum28_$u7b$$u7b$closure$u7d$$u7d$17heb3ab07cf9456413E"}
!600 = !DILocation(line: 105, column: 45, scope: !302, inlinedAt: !601)
!601 = distinct !DILocation(line: 39, column: 17, scope: !287, inlinedAt: !595)
!602 = !DILocation(line: 844, column: 17, scope: !218, inlinedAt: !565)
!603 = !DILocation(line: 284, column: 24, scope: !145, inlinedAt: !558)
!604 = distinct !{!604, !311}
!605 = !DILocation(line: 188, column: 14, scope: !115)
!606 = !DILocation(line: 0, scope: !395)
!607 = !DILocation(line: 0, scope: !363, inlinedAt: !608)
!608 = !DILocation(line: 3650, column: 47, scope: !394)
!609 = !DILocation(line: 3563, column: 24, scope: !363, inlinedAt: !608)
!610 = !DILocation(line: 3563, column: 12, scope: !363, inlinedAt: !608)
!611 = !DILocation(line: 0, scope: !389, inlinedAt: !608)
!612 = !DILocation(line: 3571, column: 59, scope: !389, inlinedAt: !608)
!613 = !DILocation(line: 0, scope: !394)
!614 = !DILocation(line: 0, scope: !402)
!615 = !DILocation(line: 3791, column: 17, scope: !425, inlinedAt: !616)
!616 = !DILocation(line: 3652, column: 15, scope: !402)
!617 = !DILocation(line: 3763, column: 13, scope: !436, inlinedAt: !618)
!618 = !DILocation(line: 3792, column: 34, scope: !425, inlinedAt: !616)
!619 = !DILocation(line: 0, scope: !443, inlinedAt: !620)
!620 = !DILocation(line: 3792, column: 25, scope: !425, inlinedAt: !616)
!621 = !DILocation(line: 0, scope: !453, inlinedAt: !622)
!622 = !DILocation(line: 437, column: 14, scope: !443, inlinedAt: !620)
!623 = !DILocation(line: 0, scope: !462, inlinedAt: !624)
!624 = !DILocation(line: 3764, column: 25, scope: !436, inlinedAt: !618)
!625 = !DILocation(line: 0, scope: !462, inlinedAt: !626)
!626 = !DILocation(line: 3764, column: 25, scope: !471, inlinedAt: !627)
!627 = !DILocation(line: 3655, column: 18, scope: !402)
!628 = !DILocation(line: 555, column: 18, scope: !462, inlinedAt: !624)
!629 = !DILocation(line: 3792, column: 29, scope: !425, inlinedAt: !616)
!630 = !DILocation(line: 902, column: 49, scope: !481, inlinedAt: !631)
!631 = !DILocation(line: 513, column: 9, scope: !453, inlinedAt: !622)
!632 = !DILocation(line: 3763, column: 13, scope: !436, inlinedAt: !627)
!633 = !DILocation(line: 3655, column: 12, scope: !402)
!634 = !DILocation(line: 3660, column: 6, scope: !395)
!635 = !DILocation(line: 0, scope: !491, inlinedAt: !636)
!636 = distinct !DILocation(line: 3657, column: 28, scope: !402)
!637 = !DILocation(line: 0, scope: !517, inlinedAt: !638)
!638 = distinct !DILocation(line: 390, column: 27, scope: !491, inlinedAt: !636)
!639 = !DILocation(line: 0, scope: !528, inlinedAt: !640)
!640 = distinct !DILocation(line: 442, column: 23, scope: !517, inlinedAt: !638)
!641 = !DILocation(line: 0, scope: !536, inlinedAt: !642)
!642 = distinct !DILocation(line: 324, column: 9, scope: !528, inlinedAt: !640)
!643 = !DILocation(line: 0, scope: !545, inlinedAt: !644)
!644 = distinct !DILocation(line: 209, column: 22, scope: !536, inlinedAt: !642)
!645 = !DILocation(line: 115, column: 14, scope: !545, inlinedAt: !644)
!646 = !DILocation(line: 3655, column: 9, scope: !402)
!647 = distinct !DISubprogram(name: "use_array", scope: !649, file: !648, line: 72, type: !650, scopeLine: 72, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !104, retainedNodes: !659)
!648 = !DIFile(filename: "src/typeinfo_rs.rs", directory: ".", checksumkind: CSK_MD5, checksum: "09b811e0ff1bebd03d55b222c00cfb34")
!649 = !DINamespace(name: "typeinfo_rs", scope: null)
!650 = !DISubroutineType(types: !651)
!651 = !{!87, !652}
!652 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[[f64; 3]; 2]", baseType: !653, size: 64, align: 64, dwarfAddressSpace: 0)
!653 = !DICompositeType(tag: DW_TAG_array_type, baseType: !654, size: 384, align: 64, elements: !657)
!654 = !DICompositeType(tag: DW_TAG_array_type, baseType: !87, size: 192, align: 64, elements: !655)
!655 = !{!656}
!656 = !DISubrange(count: 3, lowerBound: 0)
!657 = !{!658}
!658 = !DISubrange(count: 2, lowerBound: 0)
!659 = !{!660}
!660 = !DILocalVariable(name: "a", arg: 1, scope: !647, file: !648, line: 72, type: !652)
!661 = !DILocation(line: 0, scope: !647)
!662 = !DILocation(line: 73, column: 5, scope: !647)
!663 = !DILocation(line: 74, column: 2, scope: !647)
!664 = distinct !DISubprogram(name: "use_box", scope: !649, file: !648, line: 49, type: !665, scopeLine: 49, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !104, retainedNodes: !668)
!665 = !DISubroutineType(types: !666)
!666 = !{!87, !667}
!667 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "alloc::boxed::Box<f64, alloc::alloc::Global>", baseType: !87, size: 64, align: 64, dwarfAddressSpace: 0)
!668 = !{!669}
!669 = !DILocalVariable(name: "b", arg: 1, scope: !664, file: !648, line: 49, type: !667)
!670 = !DILocalVariable(name: "self", arg: 1, scope: !671, file: !672, line: 1913, type: !677)
!671 = distinct !DISubprogram(name: "drop<f64, alloc::alloc::Global>", linkageName: "_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h8e3daccabc4a545fE", scope: !673, file: !672, line: 1913, type: !675, scopeLine: 1913, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !345, retainedNodes: !678)
!672 = !DIFile(filename: "library/alloc/src/boxed.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "c2c961396e00891ae9e97f5dc112a35a")
!673 = !DINamespace(name: "{impl#10}", scope: !674)
!674 = !DINamespace(name: "boxed", scope: !317)
!675 = !DISubroutineType(types: !676)
!676 = !{null, !677}
!677 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::boxed::Box<f64, alloc::alloc::Global>", baseType: !667, size: 64, align: 64, dwarfAddressSpace: 0)
!678 = !{!670, !679, !679, !687}
!679 = !DILocalVariable(name: "ptr", scope: !680, file: !672, line: 1916, type: !681, align: 64)
!680 = distinct !DILexicalBlock(scope: !671, file: !672, line: 1916, column: 9)
!681 = !DICompositeType(tag: DW_TAG_structure_type, name: "Unique<f64>", scope: !682, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !683, templateParams: !98, identifier: "2a07b1b097425087455e9c82fbd5eb34")
!682 = !DINamespace(name: "unique", scope: !11)
!683 = !{!684, !685}
!684 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !681, file: !9, baseType: !93, size: 64, align: 64, flags: DIFlagPrivate)
!685 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !681, file: !9, baseType: !686, align: 8, offset: 64, flags: DIFlagPrivate)
!686 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<f64>", scope: !103, file: !9, align: 8, flags: DIFlagPublic, elements: !104, templateParams: !98, identifier: "fac14b3484ae5e1bc87b28c2b0248abe")
!687 = !DILocalVariable(name: "layout", scope: !688, file: !672, line: 1919, type: !502, align: 64)
!688 = distinct !DILexicalBlock(scope: !680, file: !672, line: 1919, column: 13)
!689 = !DILocation(line: 0, scope: !671, inlinedAt: !690)
!690 = distinct !DILocation(line: 805, column: 1, scope: !691, inlinedAt: !699)
!691 = distinct !DISubprogram(name: "drop_in_place<alloc::boxed::Box<f64, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr49drop_in_place$LT$alloc..boxed..Box$LT$f64$GT$$GT$17h9d39008be0dcf1a9E", scope: !11, file: !406, line: 805, type: !692, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !697, retainedNodes: !695)
!692 = !DISubroutineType(types: !693)
!693 = !{null, !694}
!694 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::boxed::Box<f64, alloc::alloc::Global>", baseType: !667, size: 64, align: 64, dwarfAddressSpace: 0)
!695 = !{!696}
!696 = !DILocalVariable(arg: 1, scope: !691, file: !406, line: 805, type: !694)
!697 = !{!698}
!698 = !DITemplateTypeParameter(name: "T", type: !667)
!699 = distinct !DILocation(line: 51, column: 1, scope: !664)
!700 = !DILocation(line: 0, scope: !691, inlinedAt: !699)
!701 = !DILocation(line: 0, scope: !664)
!702 = !DILocation(line: 50, column: 5, scope: !664)
!703 = !DILocation(line: 0, scope: !680, inlinedAt: !690)
!704 = !DILocation(line: 0, scope: !688, inlinedAt: !690)
!705 = !DILocation(line: 0, scope: !517, inlinedAt: !706)
!706 = distinct !DILocation(line: 1921, column: 24, scope: !688, inlinedAt: !690)
!707 = !DILocation(line: 0, scope: !528, inlinedAt: !708)
!708 = distinct !DILocation(line: 442, column: 23, scope: !517, inlinedAt: !706)
!709 = !DILocation(line: 0, scope: !536, inlinedAt: !710)
!710 = distinct !DILocation(line: 324, column: 9, scope: !528, inlinedAt: !708)
!711 = !DILocation(line: 0, scope: !545, inlinedAt: !712)
!712 = distinct !DILocation(line: 209, column: 22, scope: !536, inlinedAt: !710)
!713 = !DILocation(line: 115, column: 14, scope: !545, inlinedAt: !712)
!714 = !{!715, !717}
!715 = distinct !{!715, !716, !"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h8e3daccabc4a545fE: %self"}
!716 = distinct !{!716, !"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h8e3daccabc4a545fE"}
!717 = distinct !{!717, !718, !"_ZN4core3ptr49drop_in_place$LT$alloc..boxed..Box$LT$f64$GT$$GT$17h9d39008be0dcf1a9E: %_1"}
!718 = distinct !{!718, !"_ZN4core3ptr49drop_in_place$LT$alloc..boxed..Box$LT$f64$GT$$GT$17h9d39008be0dcf1a9E"}
!719 = !DILocation(line: 51, column: 2, scope: !664)
!720 = distinct !DISubprogram(name: "use_closure", scope: !649, file: !648, line: 76, type: !721, scopeLine: 76, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !104, retainedNodes: !723)
!721 = !DISubroutineType(types: !722)
!722 = !{!87, !87, !87}
!723 = !{!724, !725, !726}
!724 = !DILocalVariable(name: "k", arg: 1, scope: !720, file: !648, line: 76, type: !87)
!725 = !DILocalVariable(name: "x", arg: 2, scope: !720, file: !648, line: 76, type: !87)
!726 = !DILocalVariable(name: "c", scope: !727, file: !648, line: 77, type: !728, align: 64)
!727 = distinct !DILexicalBlock(scope: !720, file: !648, line: 77, column: 5)
!728 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}", scope: !729, file: !9, size: 64, align: 64, elements: !730, templateParams: !104, identifier: "93e6cca31cc3fa3f5a7af26f344e88fb")
!729 = !DINamespace(name: "use_closure", scope: !649)
!730 = !{!731}
!731 = !DIDerivedType(tag: DW_TAG_member, name: "_ref__k", scope: !728, file: !9, baseType: !107, size: 64, align: 64)
!732 = !DILocation(line: 0, scope: !727)
!733 = !DILocation(line: 0, scope: !720)
!734 = !DILocalVariable(name: "k", scope: !735, file: !648, line: 76, type: !87, align: 64)
!735 = distinct !DISubprogram(name: "{closure#0}", linkageName: "_ZN11typeinfo_rs11use_closure28_$u7b$$u7b$closure$u7d$$u7d$17h62580ad1eb2d0d6eE", scope: !729, file: !648, line: 77, type: !736, scopeLine: 77, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !104, retainedNodes: !739)
!736 = !DISubroutineType(types: !737)
!737 = !{!87, !738, !87}
!738 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&typeinfo_rs::use_closure::{closure_env#0}", baseType: !728, size: 64, align: 64, dwarfAddressSpace: 0)
!739 = !{!740, !734}
!740 = !DILocalVariable(name: "y", arg: 2, scope: !735, file: !648, line: 77, type: !87)
!741 = !DILocation(line: 0, scope: !735, inlinedAt: !742)
!742 = distinct !DILocation(line: 78, column: 5, scope: !727)
!743 = !DILocation(line: 77, column: 22, scope: !735, inlinedAt: !742)
!744 = !DILocation(line: 79, column: 2, scope: !720)
!745 = distinct !DISubprogram(name: "use_dyn", scope: !649, file: !648, line: 64, type: !746, scopeLine: 64, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !104, retainedNodes: !758)
!746 = !DISubroutineType(types: !747)
!747 = !{!87, !748}
!748 = !DICompositeType(tag: DW_TAG_structure_type, name: "&dyn typeinfo_rs::Area", file: !9, size: 128, align: 64, elements: !749, templateParams: !104, identifier: "61e16473be74dc8b4f3b8ad25552530c")
!749 = !{!750, !753}
!750 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !748, file: !9, baseType: !751, size: 64, align: 64)
!751 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !752, size: 64, align: 64, dwarfAddressSpace: 0)
!752 = !DICompositeType(tag: DW_TAG_structure_type, name: "dyn typeinfo_rs::Area", file: !9, align: 8, elements: !104, identifier: "a03e8da9606ba2c3754cfb456c4b96d3")
!753 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !748, file: !9, baseType: !754, size: 64, align: 64, offset: 64)
!754 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 4]", baseType: !755, size: 64, align: 64, dwarfAddressSpace: 0)
!755 = !DICompositeType(tag: DW_TAG_array_type, baseType: !137, size: 256, align: 64, elements: !756)
!756 = !{!757}
!757 = !DISubrange(count: 4, lowerBound: 0)
!758 = !{!759}
!759 = !DILocalVariable(name: "a", arg: 1, scope: !745, file: !648, line: 64, type: !748)
!760 = !DILocation(line: 0, scope: !745)
!761 = !DILocation(line: 65, column: 5, scope: !745)
!762 = !DILocation(line: 65, column: 7, scope: !745)
!763 = !DILocation(line: 66, column: 2, scope: !745)
!764 = distinct !DISubprogram(name: "use_option", scope: !649, file: !648, line: 53, type: !765, scopeLine: 53, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !104, retainedNodes: !778)
!765 = !DISubroutineType(types: !766)
!766 = !{!87, !767}
!767 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<f64>", scope: !367, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !768, templateParams: !104, identifier: "2dba3d5d643af83f672e49d11190e3e1")
!768 = !{!769}
!769 = !DICompositeType(tag: DW_TAG_variant_part, scope: !767, file: !9, size: 128, align: 64, elements: !770, templateParams: !104, identifier: "2459c3374fe6f39e654213ffe16d09ae", discriminator: !777)
!770 = !{!771, !773}
!771 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !769, file: !9, baseType: !772, size: 128, align: 64, extraData: i64 0)
!772 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !767, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !104, templateParams: !98, identifier: "66d3d0f0f14ec755afdda75addcb23df")
!773 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !769, file: !9, baseType: !774, size: 128, align: 64, extraData: i64 1)
!774 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !767, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !775, templateParams: !98, identifier: "cffe28f075c36a0754f941d6bdb0a54f")
!775 = !{!776}
!776 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !774, file: !9, baseType: !87, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!777 = !DIDerivedType(tag: DW_TAG_member, scope: !767, file: !9, baseType: !13, size: 64, align: 64, flags: DIFlagArtificial)
!778 = !{!779}
!779 = !DILocalVariable(name: "o", arg: 1, scope: !764, file: !648, line: 53, type: !767)
!780 = !DILocation(line: 0, scope: !764)
!781 = !DILocalVariable(name: "self", arg: 1, scope: !782, file: !783, line: 1038, type: !767)
!782 = distinct !DISubprogram(name: "unwrap_or<f64>", linkageName: "_ZN4core6option15Option$LT$T$GT$9unwrap_or17h91693e461c41f1eeE", scope: !767, file: !783, line: 1038, type: !784, scopeLine: 1038, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !98, declaration: !786, retainedNodes: !787)
!783 = !DIFile(filename: "library/core/src/option.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "3f12dd837a95e960b90752f70f5ddc0e")
!784 = !DISubroutineType(types: !785)
!785 = !{!87, !767, !87}
!786 = !DISubprogram(name: "unwrap_or<f64>", linkageName: "_ZN4core6option15Option$LT$T$GT$9unwrap_or17h91693e461c41f1eeE", scope: !767, file: !783, line: 1038, type: !784, scopeLine: 1038, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !98)
!787 = !{!781, !788, !789}
!788 = !DILocalVariable(name: "default", arg: 2, scope: !782, file: !783, line: 1038, type: !87)
!789 = !DILocalVariable(name: "x", scope: !790, file: !783, line: 1043, type: !87, align: 64)
!790 = distinct !DILexicalBlock(scope: !782, file: !783, line: 1043, column: 13)
!791 = !DILocation(line: 0, scope: !782, inlinedAt: !792)
!792 = distinct !DILocation(line: 54, column: 7, scope: !764)
!793 = !DILocation(line: 1042, column: 9, scope: !782, inlinedAt: !792)
!794 = !DILocation(line: 55, column: 2, scope: !764)
!795 = distinct !DISubprogram(name: "use_p", scope: !649, file: !648, line: 29, type: !796, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !104, retainedNodes: !808)
!796 = !DISubroutineType(types: !797)
!797 = !{!87, !798}
!798 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&typeinfo_rs::P", baseType: !799, size: 64, align: 64, dwarfAddressSpace: 0)
!799 = !DICompositeType(tag: DW_TAG_structure_type, name: "P", scope: !649, file: !9, size: 192, align: 64, flags: DIFlagPublic, elements: !800, templateParams: !104, identifier: "1f5b7295e08d4b3f392dcd7c8840e5c6")
!800 = !{!801, !803, !804, !806}
!801 = !DIDerivedType(tag: DW_TAG_member, name: "n", scope: !799, file: !9, baseType: !802, size: 64, align: 64, flags: DIFlagPublic)
!802 = !DIBasicType(name: "i64", size: 64, encoding: DW_ATE_signed)
!803 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !799, file: !9, baseType: !87, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!804 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !799, file: !9, baseType: !805, size: 32, align: 32, offset: 128, flags: DIFlagPublic)
!805 = !DIBasicType(name: "f32", size: 32, encoding: DW_ATE_float)
!806 = !DIDerivedType(tag: DW_TAG_member, name: "tag", scope: !799, file: !9, baseType: !807, size: 32, align: 32, offset: 160, flags: DIFlagPublic)
!807 = !DIBasicType(name: "i32", size: 32, encoding: DW_ATE_signed)
!808 = !{!809}
!809 = !DILocalVariable(name: "p", arg: 1, scope: !795, file: !648, line: 29, type: !798)
!810 = !DILocation(line: 0, scope: !795)
!811 = !DILocation(line: 30, column: 5, scope: !795)
!812 = !DILocation(line: 30, column: 11, scope: !795)
!813 = !DILocation(line: 30, column: 24, scope: !795)
!814 = !DILocation(line: 31, column: 2, scope: !795)
!815 = distinct !DISubprogram(name: "use_rc", scope: !649, file: !648, line: 68, type: !816, scopeLine: 68, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !104, retainedNodes: !818)
!816 = !DISubroutineType(types: !817)
!817 = !{!87, !315}
!818 = !{!819}
!819 = !DILocalVariable(name: "r", arg: 1, scope: !815, file: !648, line: 68, type: !315)
!820 = !DILocation(line: 68, column: 15, scope: !815)
!821 = !DILocalVariable(name: "self", arg: 1, scope: !822, file: !314, line: 2415, type: !826)
!822 = distinct !DISubprogram(name: "deref<f64, alloc::alloc::Global>", linkageName: "_ZN70_$LT$alloc..rc..Rc$LT$T$C$A$GT$$u20$as$u20$core..ops..deref..Deref$GT$5deref17h60a88a589c004762E", scope: !823, file: !314, line: 2415, type: !824, scopeLine: 2415, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !345, retainedNodes: !827)
!823 = !DINamespace(name: "{impl#28}", scope: !316)
!824 = !DISubroutineType(types: !825)
!825 = !{!107, !826}
!826 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::rc::Rc<f64, alloc::alloc::Global>", baseType: !315, size: 64, align: 64, dwarfAddressSpace: 0)
!827 = !{!821}
!828 = !DILocation(line: 0, scope: !822, inlinedAt: !829)
!829 = distinct !DILocation(line: 69, column: 5, scope: !815)
!830 = !DILocation(line: 2416, column: 9, scope: !822, inlinedAt: !829)
!831 = !DILocation(line: 69, column: 5, scope: !815)
!832 = !DILocalVariable(arg: 1, scope: !833, file: !406, line: 805, type: !836)
!833 = distinct !DISubprogram(name: "drop_in_place<alloc::rc::Rc<f64, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr45drop_in_place$LT$alloc..rc..Rc$LT$f64$GT$$GT$17h833f8194b557a7f5E", scope: !11, file: !406, line: 805, type: !834, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !838, retainedNodes: !837)
!834 = !DISubroutineType(types: !835)
!835 = !{null, !836}
!836 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::rc::Rc<f64, alloc::alloc::Global>", baseType: !315, size: 64, align: 64, dwarfAddressSpace: 0)
!837 = !{!832}
!838 = !{!839}
!839 = !DITemplateTypeParameter(name: "T", type: !315)
!840 = !DILocation(line: 0, scope: !833, inlinedAt: !841)
!841 = distinct !DILocation(line: 70, column: 1, scope: !815)
!842 = !DILocalVariable(name: "self", arg: 1, scope: !843, file: !314, line: 2468, type: !349)
!843 = distinct !DISubprogram(name: "drop<f64, alloc::alloc::Global>", linkageName: "_ZN68_$LT$alloc..rc..Rc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h0e3346806bfa42feE", scope: !844, file: !314, line: 2468, type: !347, scopeLine: 2468, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !345, retainedNodes: !845)
!844 = !DINamespace(name: "{impl#35}", scope: !316)
!845 = !{!842}
!846 = !DILocation(line: 0, scope: !843, inlinedAt: !847)
!847 = distinct !DILocation(line: 805, column: 1, scope: !833, inlinedAt: !841)
!848 = !DILocalVariable(name: "self", arg: 1, scope: !849, file: !314, line: 3758, type: !323)
!849 = distinct !DISubprogram(name: "dec_strong<alloc::rc::RcInner<f64>>", linkageName: "_ZN5alloc2rc10RcInnerPtr10dec_strong17haa9f8e94716da7bbE", scope: !426, file: !314, line: 3758, type: !850, scopeLine: 3758, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !854, retainedNodes: !853)
!850 = !DISubroutineType(types: !851)
!851 = !{null, !852}
!852 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::rc::RcInner<f64>", baseType: !324, size: 64, align: 64, dwarfAddressSpace: 0)
!853 = !{!848}
!854 = !{!855}
!855 = !DITemplateTypeParameter(name: "Self", type: !324)
!856 = !DILocation(line: 0, scope: !849, inlinedAt: !857)
!857 = distinct !DILocation(line: 2470, column: 26, scope: !843, inlinedAt: !847)
!858 = !DILocalVariable(name: "self", arg: 1, scope: !859, file: !314, line: 3730, type: !323)
!859 = distinct !DISubprogram(name: "strong<alloc::rc::RcInner<f64>>", linkageName: "_ZN5alloc2rc10RcInnerPtr6strong17h065e85f1570c04fbE", scope: !426, file: !314, line: 3730, type: !860, scopeLine: 3730, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !854, retainedNodes: !862)
!860 = !DISubroutineType(types: !861)
!861 = !{!137, !852}
!862 = !{!858}
!863 = !DILocation(line: 0, scope: !859, inlinedAt: !864)
!864 = distinct !DILocation(line: 3759, column: 36, scope: !849, inlinedAt: !857)
!865 = !DILocalVariable(name: "self", arg: 1, scope: !866, file: !444, line: 433, type: !378)
!866 = distinct !DISubprogram(name: "set<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3set17h3f33db66b4a8b950E", scope: !327, file: !444, line: 433, type: !445, scopeLine: 433, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !334, declaration: !447, retainedNodes: !867)
!867 = !{!865, !868}
!868 = !DILocalVariable(name: "val", arg: 2, scope: !866, file: !444, line: 433, type: !137)
!869 = !DILocation(line: 433, column: 22, scope: !866, inlinedAt: !870)
!870 = distinct !DILocation(line: 3759, column: 27, scope: !849, inlinedAt: !857)
!871 = !DILocalVariable(name: "self", arg: 1, scope: !872, file: !444, line: 510, type: !378)
!872 = distinct !DISubprogram(name: "replace<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$7replace17hb50b68de10d200caE", scope: !327, file: !444, line: 510, type: !454, scopeLine: 510, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !334, declaration: !456, retainedNodes: !873)
!873 = !{!871, !874}
!874 = !DILocalVariable(name: "val", arg: 2, scope: !872, file: !444, line: 510, type: !137)
!875 = !DILocation(line: 510, column: 26, scope: !872, inlinedAt: !876)
!876 = distinct !DILocation(line: 437, column: 14, scope: !866, inlinedAt: !870)
!877 = !DILocalVariable(name: "self", arg: 1, scope: !878, file: !444, line: 552, type: !378)
!878 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3get17h76c6e2e77367a0cbE", scope: !327, file: !444, line: 552, type: !463, scopeLine: 552, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !334, declaration: !465, retainedNodes: !879)
!879 = !{!877}
!880 = !DILocation(line: 552, column: 22, scope: !878, inlinedAt: !881)
!881 = distinct !DILocation(line: 3731, column: 27, scope: !859, inlinedAt: !864)
!882 = !DILocation(line: 555, column: 18, scope: !878, inlinedAt: !881)
!883 = !{!884, !886}
!884 = distinct !{!884, !885, !"_ZN68_$LT$alloc..rc..Rc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h0e3346806bfa42feE: %self"}
!885 = distinct !{!885, !"_ZN68_$LT$alloc..rc..Rc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h0e3346806bfa42feE"}
!886 = distinct !{!886, !887, !"_ZN4core3ptr45drop_in_place$LT$alloc..rc..Rc$LT$f64$GT$$GT$17h833f8194b557a7f5E: %_1"}
!887 = distinct !{!887, !"_ZN4core3ptr45drop_in_place$LT$alloc..rc..Rc$LT$f64$GT$$GT$17h833f8194b557a7f5E"}
!888 = !DILocation(line: 3759, column: 31, scope: !849, inlinedAt: !857)
!889 = !DILocation(line: 0, scope: !866, inlinedAt: !870)
!890 = !DILocation(line: 0, scope: !872, inlinedAt: !876)
!891 = !DILocation(line: 902, column: 49, scope: !892, inlinedAt: !893)
!892 = distinct !DISubprogram(name: "replace<usize>", linkageName: "_ZN4core3mem7replace17h88b038504c1d9121E", scope: !483, file: !482, line: 887, type: !484, scopeLine: 887, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !334)
!893 = distinct !DILocation(line: 513, column: 9, scope: !872, inlinedAt: !876)
!894 = !DILocation(line: 0, scope: !859, inlinedAt: !895)
!895 = distinct !DILocation(line: 2471, column: 29, scope: !843, inlinedAt: !847)
!896 = !DILocation(line: 552, column: 22, scope: !878, inlinedAt: !897)
!897 = distinct !DILocation(line: 3731, column: 27, scope: !898, inlinedAt: !895)
!898 = !DILexicalBlockFile(scope: !859, file: !314, discriminator: 2)
!899 = !DILocation(line: 2471, column: 16, scope: !843, inlinedAt: !847)
!900 = !DILocation(line: 2472, column: 22, scope: !843, inlinedAt: !847)
!901 = !DILocation(line: 70, column: 2, scope: !815)
!902 = distinct !DISubprogram(name: "use_shape", scope: !649, file: !648, line: 57, type: !903, scopeLine: 57, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !104, retainedNodes: !920)
!903 = !DISubroutineType(types: !904)
!904 = !{!87, !905}
!905 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&typeinfo_rs::Shape", baseType: !906, size: 64, align: 64, dwarfAddressSpace: 0)
!906 = !DICompositeType(tag: DW_TAG_structure_type, name: "Shape", scope: !649, file: !9, size: 192, align: 64, flags: DIFlagPublic, elements: !907, templateParams: !104, identifier: "d47e7499c52d3f56ed29ba7ce7b2ec18")
!907 = !{!908}
!908 = !DICompositeType(tag: DW_TAG_variant_part, scope: !906, file: !9, size: 192, align: 64, elements: !909, templateParams: !104, identifier: "6867eb78c2ab19b7ae5924e3d41efaae", discriminator: !919)
!909 = !{!910, !914}
!910 = !DIDerivedType(tag: DW_TAG_member, name: "Circle", scope: !908, file: !9, baseType: !911, size: 192, align: 64, extraData: i64 0)
!911 = !DICompositeType(tag: DW_TAG_structure_type, name: "Circle", scope: !906, file: !9, size: 192, align: 64, flags: DIFlagPublic, elements: !912, templateParams: !104, identifier: "f1e21f1de65aeee8af2a1d205ffe3491")
!912 = !{!913}
!913 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !911, file: !9, baseType: !87, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!914 = !DIDerivedType(tag: DW_TAG_member, name: "Rect", scope: !908, file: !9, baseType: !915, size: 192, align: 64, extraData: i64 1)
!915 = !DICompositeType(tag: DW_TAG_structure_type, name: "Rect", scope: !906, file: !9, size: 192, align: 64, flags: DIFlagPublic, elements: !916, templateParams: !104, identifier: "683498a4145a621dc2b63475b947be34")
!916 = !{!917, !918}
!917 = !DIDerivedType(tag: DW_TAG_member, name: "w", scope: !915, file: !9, baseType: !87, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!918 = !DIDerivedType(tag: DW_TAG_member, name: "h", scope: !915, file: !9, baseType: !87, size: 64, align: 64, offset: 128, flags: DIFlagPublic)
!919 = !DIDerivedType(tag: DW_TAG_member, scope: !906, file: !9, baseType: !13, size: 64, align: 64, flags: DIFlagArtificial)
!920 = !{!921, !922, !924, !926}
!921 = !DILocalVariable(name: "s", arg: 1, scope: !902, file: !648, line: 57, type: !905)
!922 = !DILocalVariable(name: "r", scope: !923, file: !648, line: 59, type: !107, align: 64)
!923 = distinct !DILexicalBlock(scope: !902, file: !648, line: 59, column: 9)
!924 = !DILocalVariable(name: "w", scope: !925, file: !648, line: 60, type: !107, align: 64)
!925 = distinct !DILexicalBlock(scope: !902, file: !648, line: 60, column: 9)
!926 = !DILocalVariable(name: "h", scope: !925, file: !648, line: 60, type: !107, align: 64)
!927 = !DILocation(line: 0, scope: !902)
!928 = !DILocation(line: 58, column: 11, scope: !902)
!929 = !{i64 0, i64 2}
!930 = !DILocation(line: 58, column: 5, scope: !902)
!931 = !DILocation(line: 0, scope: !925)
!932 = !DILocation(line: 60, column: 26, scope: !902)
!933 = !{!934}
!934 = distinct !{!934, !935, !"_RNvXs30_NtNtCsgEmfK2I1SDS_4core3ops5arithRdNtB6_3Mul3mul: %self"}
!935 = distinct !{!935, !"_RNvXs30_NtNtCsgEmfK2I1SDS_4core3ops5arithRdNtB6_3Mul3mul"}
!936 = !DILocation(line: 60, column: 33, scope: !925)
!937 = !{!938}
!938 = distinct !{!938, !935, !"_RNvXs30_NtNtCsgEmfK2I1SDS_4core3ops5arithRdNtB6_3Mul3mul: %other"}
!939 = !DILocalVariable(name: "self", arg: 1, scope: !940, file: !288, line: 49, type: !107)
!940 = distinct !DISubprogram(name: "mul", linkageName: "_RNvXs30_NtNtCsgEmfK2I1SDS_4core3ops5arithRdNtB6_3Mul3mul", scope: !941, file: !288, line: 49, type: !942, scopeLine: 49, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !104, retainedNodes: !944)
!941 = !DINamespace(name: "{impl#188}", scope: !290)
!942 = !DISubroutineType(types: !943)
!943 = !{!87, !107, !107, !164}
!944 = !{!939, !945}
!945 = !DILocalVariable(name: "other", arg: 2, scope: !940, file: !288, line: 49, type: !107)
!946 = !DILocation(line: 0, scope: !940, inlinedAt: !947)
!947 = distinct !DILocation(line: 60, column: 33, scope: !925)
!948 = !DILocation(line: 50, column: 31, scope: !940, inlinedAt: !947)
!949 = !DILocation(line: 50, column: 38, scope: !940, inlinedAt: !947)
!950 = !DILocation(line: 352, column: 45, scope: !951, inlinedAt: !953)
!951 = distinct !DISubprogram(name: "mul", linkageName: "_RNvXs2g_NtNtCsgEmfK2I1SDS_4core3ops5arithdNtB6_3Mul3mul", scope: !952, file: !303, line: 352, type: !305, scopeLine: 352, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !104)
!952 = !DINamespace(name: "{impl#142}", scope: !290)
!953 = distinct !DILocation(line: 50, column: 17, scope: !940, inlinedAt: !947)
!954 = !DILocation(line: 0, scope: !923)
!955 = !DILocation(line: 0, scope: !940, inlinedAt: !956)
!956 = distinct !DILocation(line: 59, column: 29, scope: !923)
!957 = !DILocation(line: 50, column: 31, scope: !940, inlinedAt: !956)
!958 = !{!959}
!959 = distinct !{!959, !960, !"_RNvXs30_NtNtCsgEmfK2I1SDS_4core3ops5arithRdNtB6_3Mul3mul: %self"}
!960 = distinct !{!960, !"_RNvXs30_NtNtCsgEmfK2I1SDS_4core3ops5arithRdNtB6_3Mul3mul"}
!961 = !{!962}
!962 = distinct !{!962, !960, !"_RNvXs30_NtNtCsgEmfK2I1SDS_4core3ops5arithRdNtB6_3Mul3mul: %other"}
!963 = !DILocation(line: 352, column: 45, scope: !951, inlinedAt: !964)
!964 = distinct !DILocation(line: 50, column: 17, scope: !940, inlinedAt: !956)
!965 = !DILocation(line: 59, column: 29, scope: !923)
!966 = !DILocation(line: 62, column: 2, scope: !902)
!967 = distinct !DISubprogram(name: "use_slice", scope: !649, file: !648, line: 37, type: !968, scopeLine: 37, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !104, retainedNodes: !975)
!968 = !DISubroutineType(types: !969)
!969 = !{!87, !970}
!970 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[f64]", file: !9, size: 128, align: 64, elements: !971, templateParams: !104, identifier: "c2e5038d7aaf99ab8518798f59d45307")
!971 = !{!972, !974}
!972 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !970, file: !9, baseType: !973, size: 64, align: 64)
!973 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !87, size: 64, align: 64, dwarfAddressSpace: 0)
!974 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !970, file: !9, baseType: !137, size: 64, align: 64, offset: 64)
!975 = !{!976}
!976 = !DILocalVariable(name: "xs", arg: 1, scope: !967, file: !648, line: 37, type: !970)
!977 = !DILocation(line: 0, scope: !967)
!978 = !DILocation(line: 0, scope: !79, inlinedAt: !979)
!979 = distinct !DILocation(line: 38, column: 15, scope: !967)
!980 = !DILocation(line: 0, scope: !115, inlinedAt: !981)
!981 = distinct !DILocation(line: 3658, column: 9, scope: !79, inlinedAt: !979)
!982 = !DILocation(line: 0, scope: !125, inlinedAt: !983)
!983 = distinct !DILocation(line: 183, column: 22, scope: !115, inlinedAt: !981)
!984 = !DILocation(line: 259, column: 42, scope: !125, inlinedAt: !983)
!985 = !DILocation(line: 0, scope: !218, inlinedAt: !986)
!986 = distinct !DILocation(line: 283, column: 36, scope: !145, inlinedAt: !983)
!987 = !DILocation(line: 0, scope: !139, inlinedAt: !983)
!988 = !DILocation(line: 1719, column: 11, scope: !230, inlinedAt: !989)
!989 = distinct !DILocation(line: 44, column: 20, scope: !139, inlinedAt: !983)
!990 = !DILocation(line: 1719, column: 18, scope: !230, inlinedAt: !989)
!991 = !DILocation(line: 1720, column: 9, scope: !230, inlinedAt: !989)
!992 = !DILocation(line: 25, column: 86, scope: !125, inlinedAt: !983)
!993 = !DILocation(line: 284, column: 24, scope: !145, inlinedAt: !983)
!994 = !DILocation(line: 0, scope: !141, inlinedAt: !983)
!995 = !DILocation(line: 0, scope: !143, inlinedAt: !983)
!996 = !DILocation(line: 0, scope: !265, inlinedAt: !997)
!997 = distinct !DILocation(line: 279, column: 67, scope: !145, inlinedAt: !983)
!998 = !DILocation(line: 659, column: 28, scope: !265, inlinedAt: !997)
!999 = !DILocation(line: 0, scope: !277, inlinedAt: !1000)
!1000 = distinct !DILocation(line: 279, column: 27, scope: !145, inlinedAt: !983)
!1001 = !DILocation(line: 0, scope: !287, inlinedAt: !1002)
!1002 = distinct !DILocation(line: 186, column: 28, scope: !277, inlinedAt: !1000)
!1003 = !DILocation(line: 39, column: 37, scope: !287, inlinedAt: !1002)
!1004 = !{!1005}
!1005 = distinct !{!1005, !1006, !"_ZN69_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$LT$$RF$f64$GT$$GT$3sum28_$u7b$$u7b$closure$u7d$$u7d$17heb3ab07cf9456413E: %b"}
!1006 = distinct !{!1006, !"_ZN69_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$LT$$RF$f64$GT$$GT$3sum28_$u7b$$u7b$closure$u7d$$u7d$17heb3ab07cf9456413E"}
!1007 = !DILocation(line: 105, column: 45, scope: !302, inlinedAt: !1008)
!1008 = distinct !DILocation(line: 39, column: 17, scope: !287, inlinedAt: !1002)
!1009 = !DILocation(line: 844, column: 17, scope: !218, inlinedAt: !986)
!1010 = distinct !{!1010, !311}
!1011 = !DILocation(line: 39, column: 2, scope: !967)
!1012 = distinct !DISubprogram(name: "use_str", scope: !649, file: !648, line: 41, type: !1013, scopeLine: 41, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !104, retainedNodes: !1015)
!1013 = !DISubroutineType(types: !1014)
!1014 = !{!137, !188}
!1015 = !{!1016}
!1016 = !DILocalVariable(name: "s", arg: 1, scope: !1012, file: !648, line: 41, type: !188)
!1017 = !DILocation(line: 0, scope: !1012)
!1018 = !DILocation(line: 43, column: 2, scope: !1012)
!1019 = distinct !DISubprogram(name: "use_tuple", scope: !649, file: !648, line: 33, type: !1020, scopeLine: 33, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !104, retainedNodes: !1026)
!1020 = !DISubroutineType(types: !1021)
!1021 = !{!87, !1022}
!1022 = !DICompositeType(tag: DW_TAG_structure_type, name: "(f64, i32)", file: !9, size: 128, align: 64, elements: !1023, templateParams: !104, identifier: "e5c2fb37907a767edf6d466eae0fa24a")
!1023 = !{!1024, !1025}
!1024 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1022, file: !9, baseType: !87, size: 64, align: 64)
!1025 = !DIDerivedType(tag: DW_TAG_member, name: "__1", scope: !1022, file: !9, baseType: !807, size: 32, align: 32, offset: 64)
!1026 = !{!1027}
!1027 = !DILocalVariable(name: "t", arg: 1, scope: !1019, file: !648, line: 33, type: !1022)
!1028 = !DILocation(line: 0, scope: !1019)
!1029 = !DILocation(line: 34, column: 11, scope: !1019)
!1030 = !DILocation(line: 34, column: 5, scope: !1019)
!1031 = !DILocation(line: 35, column: 2, scope: !1019)
!1032 = distinct !DISubprogram(name: "use_vec", scope: !649, file: !648, line: 45, type: !1033, scopeLine: 45, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !104, retainedNodes: !1060)
!1033 = !DISubroutineType(types: !1034)
!1034 = !{!87, !1035}
!1035 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::vec::Vec<f64, alloc::alloc::Global>", baseType: !1036, size: 64, align: 64, dwarfAddressSpace: 0)
!1036 = !DICompositeType(tag: DW_TAG_structure_type, name: "Vec<f64, alloc::alloc::Global>", scope: !1037, file: !9, size: 192, align: 64, flags: DIFlagPublic, elements: !1038, templateParams: !345, identifier: "719081b40ac88b8d87e285172fa12cf8")
!1037 = !DINamespace(name: "vec", scope: !317)
!1038 = !{!1039, !1059}
!1039 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1036, file: !9, baseType: !1040, size: 128, align: 64, flags: DIFlagPrivate)
!1040 = !DICompositeType(tag: DW_TAG_structure_type, name: "RawVec<f64, alloc::alloc::Global>", scope: !1041, file: !9, size: 128, align: 64, flags: DIFlagProtected, elements: !1042, templateParams: !345, identifier: "ac4d7042607b0360fbb8cdc4ffb2014e")
!1041 = !DINamespace(name: "raw_vec", scope: !317)
!1042 = !{!1043, !1058}
!1043 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !1040, file: !9, baseType: !1044, size: 128, align: 64, flags: DIFlagPrivate)
!1044 = !DICompositeType(tag: DW_TAG_structure_type, name: "RawVecInner<alloc::alloc::Global>", scope: !1041, file: !9, size: 128, align: 64, flags: DIFlagPrivate, elements: !1045, templateParams: !513, identifier: "45ea25bc7f42e606fa74c731a5e7f80c")
!1045 = !{!1046, !1052, !1057}
!1046 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !1044, file: !9, baseType: !1047, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!1047 = !DICompositeType(tag: DW_TAG_structure_type, name: "Unique<u8>", scope: !682, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !1048, templateParams: !179, identifier: "3c59e741c9569c78cbe381fa3cbee4e5")
!1048 = !{!1049, !1050}
!1049 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !1047, file: !9, baseType: !498, size: 64, align: 64, flags: DIFlagPrivate)
!1050 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !1047, file: !9, baseType: !1051, align: 8, offset: 64, flags: DIFlagPrivate)
!1051 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<u8>", scope: !103, file: !9, align: 8, flags: DIFlagPublic, elements: !104, templateParams: !179, identifier: "15bae875c56c7c0f828edf19d836075e")
!1052 = !DIDerivedType(tag: DW_TAG_member, name: "cap", scope: !1044, file: !9, baseType: !1053, size: 64, align: 64, flags: DIFlagPrivate)
!1053 = !DICompositeType(tag: DW_TAG_structure_type, name: "UsizeNoHighBit", scope: !1054, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !1055, templateParams: !104, identifier: "cad7375c0c871c072d809328de25b44")
!1054 = !DINamespace(name: "niche_types", scope: !221)
!1055 = !{!1056}
!1056 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1053, file: !9, baseType: !137, size: 64, align: 64, flags: DIFlagPrivate)
!1057 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !1044, file: !9, baseType: !343, align: 8, offset: 128, flags: DIFlagPrivate)
!1058 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !1040, file: !9, baseType: !686, align: 8, offset: 128, flags: DIFlagPrivate)
!1059 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !1036, file: !9, baseType: !137, size: 64, align: 64, offset: 128, flags: DIFlagPrivate)
!1060 = !{!1061}
!1061 = !DILocalVariable(name: "v", arg: 1, scope: !1032, file: !648, line: 45, type: !1035)
!1062 = !DILocation(line: 0, scope: !1032)
!1063 = !DILocalVariable(name: "self", arg: 1, scope: !1064, file: !1065, line: 3728, type: !1035)
!1064 = distinct !DISubprogram(name: "deref<f64, alloc::alloc::Global>", linkageName: "_ZN72_$LT$alloc..vec..Vec$LT$T$C$A$GT$$u20$as$u20$core..ops..deref..Deref$GT$5deref17h91328178b0b1f517E", scope: !1066, file: !1065, line: 3728, type: !1067, scopeLine: 3728, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !345, retainedNodes: !1069)
!1065 = !DIFile(filename: "library/alloc/src/vec/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "561105229399139e451a3aa6309b761e")
!1066 = !DINamespace(name: "{impl#9}", scope: !1037)
!1067 = !DISubroutineType(types: !1068)
!1068 = !{!970, !1035}
!1069 = !{!1063}
!1070 = !DILocation(line: 0, scope: !1064, inlinedAt: !1071)
!1071 = distinct !DILocation(line: 46, column: 5, scope: !1032)
!1072 = !DILocalVariable(name: "self", arg: 1, scope: !1073, file: !1065, line: 1798, type: !1035)
!1073 = distinct !DISubprogram(name: "as_slice<f64, alloc::alloc::Global>", linkageName: "_ZN5alloc3vec16Vec$LT$T$C$A$GT$8as_slice17heb4bc6e4c07701d4E", scope: !1036, file: !1065, line: 1798, type: !1067, scopeLine: 1798, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !345, declaration: !1074, retainedNodes: !1075)
!1074 = !DISubprogram(name: "as_slice<f64, alloc::alloc::Global>", linkageName: "_ZN5alloc3vec16Vec$LT$T$C$A$GT$8as_slice17heb4bc6e4c07701d4E", scope: !1036, file: !1065, line: 1798, type: !1067, scopeLine: 1798, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !345)
!1075 = !{!1072}
!1076 = !DILocation(line: 0, scope: !1073, inlinedAt: !1077)
!1077 = distinct !DILocation(line: 3729, column: 14, scope: !1064, inlinedAt: !1071)
!1078 = !DILocalVariable(name: "self", arg: 1, scope: !1079, file: !1065, line: 1913, type: !1035)
!1079 = distinct !DISubprogram(name: "as_ptr<f64, alloc::alloc::Global>", linkageName: "_ZN5alloc3vec16Vec$LT$T$C$A$GT$6as_ptr17h18e12dd5262ea92dE", scope: !1036, file: !1065, line: 1913, type: !1080, scopeLine: 1913, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !345, declaration: !1082, retainedNodes: !1083)
!1080 = !DISubroutineType(types: !1081)
!1081 = !{!97, !1035}
!1082 = !DISubprogram(name: "as_ptr<f64, alloc::alloc::Global>", linkageName: "_ZN5alloc3vec16Vec$LT$T$C$A$GT$6as_ptr17h18e12dd5262ea92dE", scope: !1036, file: !1065, line: 1913, type: !1080, scopeLine: 1913, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !345)
!1083 = !{!1078}
!1084 = !DILocation(line: 0, scope: !1079, inlinedAt: !1085)
!1085 = distinct !DILocation(line: 1815, column: 76, scope: !1073, inlinedAt: !1077)
!1086 = !DILocation(line: 612, column: 9, scope: !1087, inlinedAt: !1094)
!1087 = distinct !DISubprogram(name: "non_null<alloc::alloc::Global, f64>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$8non_null17h9469610307534d5aE", scope: !1044, file: !1088, line: 611, type: !1089, scopeLine: 611, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !1093, declaration: !1092)
!1088 = !DIFile(filename: "library/alloc/src/raw_vec/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "78584250230dfe0aae92794a07566ae7")
!1089 = !DISubroutineType(types: !1090)
!1090 = !{!93, !1091}
!1091 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::raw_vec::RawVecInner<alloc::alloc::Global>", baseType: !1044, size: 64, align: 64, dwarfAddressSpace: 0)
!1092 = !DISubprogram(name: "non_null<alloc::alloc::Global, f64>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$8non_null17h9469610307534d5aE", scope: !1044, file: !1088, line: 611, type: !1089, scopeLine: 611, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !1093)
!1093 = !{!346, !99}
!1094 = distinct !DILocation(line: 607, column: 14, scope: !1095, inlinedAt: !1099)
!1095 = distinct !DISubprogram(name: "ptr<alloc::alloc::Global, f64>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$3ptr17h5836f654271c0bbeE", scope: !1044, file: !1088, line: 606, type: !1096, scopeLine: 606, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !1093, declaration: !1098)
!1096 = !DISubroutineType(types: !1097)
!1097 = !{!203, !1091}
!1098 = !DISubprogram(name: "ptr<alloc::alloc::Global, f64>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$3ptr17h5836f654271c0bbeE", scope: !1044, file: !1088, line: 606, type: !1096, scopeLine: 606, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !1093)
!1099 = distinct !DILocation(line: 295, column: 20, scope: !1100, inlinedAt: !1105)
!1100 = distinct !DISubprogram(name: "ptr<f64, alloc::alloc::Global>", linkageName: "_ZN5alloc7raw_vec19RawVec$LT$T$C$A$GT$3ptr17h49f0195fd548e13fE", scope: !1040, file: !1088, line: 294, type: !1101, scopeLine: 294, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !345, declaration: !1104)
!1101 = !DISubroutineType(types: !1102)
!1102 = !{!203, !1103}
!1103 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::raw_vec::RawVec<f64, alloc::alloc::Global>", baseType: !1040, size: 64, align: 64, dwarfAddressSpace: 0)
!1104 = !DISubprogram(name: "ptr<f64, alloc::alloc::Global>", linkageName: "_ZN5alloc7raw_vec19RawVec$LT$T$C$A$GT$3ptr17h49f0195fd548e13fE", scope: !1040, file: !1088, line: 294, type: !1101, scopeLine: 294, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !345)
!1105 = distinct !DILocation(line: 1916, column: 18, scope: !1079, inlinedAt: !1085)
!1106 = !{!1107}
!1107 = distinct !{!1107, !1108, !"_ZN72_$LT$alloc..vec..Vec$LT$T$C$A$GT$$u20$as$u20$core..ops..deref..Deref$GT$5deref17h91328178b0b1f517E: %self"}
!1108 = distinct !{!1108, !"_ZN72_$LT$alloc..vec..Vec$LT$T$C$A$GT$$u20$as$u20$core..ops..deref..Deref$GT$5deref17h91328178b0b1f517E"}
!1109 = !DILocation(line: 1815, column: 86, scope: !1073, inlinedAt: !1077)
!1110 = !DILocation(line: 0, scope: !79, inlinedAt: !1111)
!1111 = distinct !DILocation(line: 46, column: 14, scope: !1032)
!1112 = !DILocation(line: 0, scope: !115, inlinedAt: !1113)
!1113 = distinct !DILocation(line: 3658, column: 9, scope: !79, inlinedAt: !1111)
!1114 = !DILocation(line: 0, scope: !125, inlinedAt: !1115)
!1115 = distinct !DILocation(line: 183, column: 22, scope: !115, inlinedAt: !1113)
!1116 = !DILocation(line: 259, column: 42, scope: !125, inlinedAt: !1115)
!1117 = !DILocation(line: 0, scope: !218, inlinedAt: !1118)
!1118 = distinct !DILocation(line: 283, column: 36, scope: !145, inlinedAt: !1115)
!1119 = !DILocation(line: 0, scope: !139, inlinedAt: !1115)
!1120 = !DILocation(line: 1719, column: 11, scope: !230, inlinedAt: !1121)
!1121 = distinct !DILocation(line: 44, column: 20, scope: !139, inlinedAt: !1115)
!1122 = !DILocation(line: 1719, column: 18, scope: !230, inlinedAt: !1121)
!1123 = !DILocation(line: 1720, column: 9, scope: !230, inlinedAt: !1121)
!1124 = !DILocation(line: 25, column: 86, scope: !125, inlinedAt: !1115)
!1125 = !DILocation(line: 284, column: 24, scope: !145, inlinedAt: !1115)
!1126 = !DILocation(line: 0, scope: !141, inlinedAt: !1115)
!1127 = !DILocation(line: 0, scope: !143, inlinedAt: !1115)
!1128 = !DILocation(line: 0, scope: !265, inlinedAt: !1129)
!1129 = distinct !DILocation(line: 279, column: 67, scope: !145, inlinedAt: !1115)
!1130 = !DILocation(line: 659, column: 28, scope: !265, inlinedAt: !1129)
!1131 = !DILocation(line: 0, scope: !277, inlinedAt: !1132)
!1132 = distinct !DILocation(line: 279, column: 27, scope: !145, inlinedAt: !1115)
!1133 = !DILocation(line: 0, scope: !287, inlinedAt: !1134)
!1134 = distinct !DILocation(line: 186, column: 28, scope: !277, inlinedAt: !1132)
!1135 = !DILocation(line: 39, column: 37, scope: !287, inlinedAt: !1134)
!1136 = !{!1137}
!1137 = distinct !{!1137, !1138, !"_ZN69_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$LT$$RF$f64$GT$$GT$3sum28_$u7b$$u7b$closure$u7d$$u7d$17heb3ab07cf9456413E: %b"}
!1138 = distinct !{!1138, !"_ZN69_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$LT$$RF$f64$GT$$GT$3sum28_$u7b$$u7b$closure$u7d$$u7d$17heb3ab07cf9456413E"}
!1139 = !DILocation(line: 105, column: 45, scope: !302, inlinedAt: !1140)
!1140 = distinct !DILocation(line: 39, column: 17, scope: !287, inlinedAt: !1134)
!1141 = !DILocation(line: 844, column: 17, scope: !218, inlinedAt: !1118)
!1142 = distinct !{!1142, !311}
!1143 = !DILocation(line: 47, column: 2, scope: !1032)
