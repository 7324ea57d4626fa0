; metadata.ll - hand-written: non-debug metadata syntax.
; Covers named metadata (incl. empty and dotted/escaped names), distinct nodes,
; self-referential nodes, tuples with null / strings with escapes / constants of
; many types / nested inline tuples, module flags with every behavior,
; metadata as call arguments (metadata !"s", metadata i32 1, metadata !{}, metadata ptr %p),
; instruction attachments (!tbaa, !tbaa.struct, !range, !prof, !llvm.loop,
; !alias.scope/!noalias, !nonnull, !align, !dereferenceable(_or_null), !noundef,
; !invariant.load, !invariant.group, !nontemporal, !fpmath, !srcloc, !annotation,
; !callees, !callback, !heapallocsite, !pcsections, !unpredictable, !range on calls,
; !absolute_symbol/!type/!associated on globals, custom kinds), multiple attachments.
; Check with:
;   llvm-as-22 tests/corpus/ll/handwritten/metadata.ll -o /dev/null && llvm-as-19 tests/corpus/ll/handwritten/metadata.ll -o /dev/null
;   python3 -c "import llvmlite.binding as b,sys; b.parse_assembly(open(sys.argv[1]).read()).verify()" tests/corpus/ll/handwritten/metadata.ll
source_filename = "metadata.ll"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@g = global i32 0, !type !30, !type !31, !custom !0
@abs = external global i8, !absolute_symbol !32
@assoc = internal global i32 1, !associated !33
@vt = constant [2 x ptr] [ptr @callee, ptr @callee], !type !34, !vcall_visibility !35

declare void @llvm.foo(metadata, metadata)
declare void @llvm.donothing()
declare i1 @llvm.type.test(ptr, metadata)
declare void @llvm.var.annotation.p0.p0(ptr, ptr, ptr, i32, ptr)
declare i64 @llvm.read_register.i64(metadata)
declare void @llvm.assume(i1)

define void @callee(ptr %p) {
  ret void
}

define i32 @attachments(ptr %p, ptr %q, i32 %n, ptr %fp) !prof !20 !custom !1 !section_prefix !36 {
entry:
  %a = load i32, ptr %p, align 4, !tbaa !10
  %b = load i32, ptr %q, align 4, !tbaa !14, !range !16, !noundef !2
  %c = load ptr, ptr %q, align 8, !nonnull !2, !align !17, !dereferenceable !18, !noundef !2
  %d = load ptr, ptr %q, align 8, !dereferenceable_or_null !18
  %e = load i32, ptr %p, align 4, !invariant.load !2, !invariant.group !2
  %f = load i32, ptr %p, align 4, !alias.scope !40, !noalias !43
  store i32 %a, ptr %q, align 4, !nontemporal !19, !noalias !40, !alias.scope !43
  call void @llvm.memcpy.p0.p0.i64(ptr %p, ptr %q, i64 8, i1 false), !tbaa.struct !15
  %fl = sitofp i32 %b to float
  %fd = fdiv float %fl, 3.0, !fpmath !21
  %cmp = icmp slt i32 %a, %n
  br i1 %cmp, label %loop, label %exit, !prof !22, !unpredictable !2

loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  call void %fp(ptr %p), !callees !23
  call void @broker(ptr @callee, ptr %p), !srcloc !24, !annotation !25
  %i.next = add i32 %i, 1
  %done = icmp eq i32 %i.next, %n
  br i1 %done, label %exit, label %loop, !llvm.loop !26

exit:
  %r = call i32 @get(), !range !16, !pcsections !29
  %m = call ptr @malloc(i64 4), !heapallocsite !2
  call void @llvm.foo(metadata !"string", metadata i32 1)
  call void @llvm.foo(metadata !{}, metadata !{i32 1, !"x", null})
  call void @llvm.foo(metadata ptr %p, metadata !0)
  call void @llvm.foo(metadata float 1.0, metadata !DIExpression())
  %t = call i1 @llvm.type.test(ptr %p, metadata !"_ZTS1A")
  %sp = call i64 @llvm.read_register.i64(metadata !50)
  switch i32 %r, label %d0 [
    i32 0, label %d1
    i32 1, label %d1
  ], !prof !51

d0:
  ret i32 %r, !custom !0, !other.kind !1

d1:
  ret i32 0
}

declare !callback !27 void @broker(ptr, ptr)
declare i32 @get()
declare ptr @malloc(i64)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)

!llvm.module.flags = !{!60, !61, !62, !63, !64, !65, !66, !67, !68}
!llvm.ident = !{!3}
!named = !{!0, !1, !2, !4}
!empty.named = !{}
!quoted.named = !{!5}
!llvm.linker.options = !{!6}
!llvm.dependent-libraries = !{!7}
!\2Descaped = !{!8}
!llvm.commandline = !{!9}

!0 = !{!"custom", i32 1}
!1 = distinct !{!1}
!2 = !{}
!3 = !{!"hand-written metadata fixture"}
!4 = !{null, !"s", !"esc\22aped\5C\0A", i1 true, i8 -1, i64 9223372036854775807, i128 1, half 0xH3C00, float 1.5, double 0x7FF8000000000000, ptr @g, ptr null, ptr undef, ptr poison, [2 x i8] c"a\00", { i32 } { i32 1 }, <2 x i32> splat (i32 3), !{!{!{}}}, !0, !1}
!5 = distinct !{!5, !"self", !4}
!6 = !{!"-lfoo", !"-L/opt"}
!7 = !{!"m"}
!8 = !{i32 0}
!9 = !{!"clang -O2 x.c"}

; TBAA
!10 = !{!11, !11, i64 0}
!11 = !{!"int", !12, i64 0}
!12 = !{!"omnipotent char", !13, i64 0}
!13 = !{!"Simple C/C++ TBAA"}
!14 = !{!11, !11, i64 0, i1 true}
!15 = !{i64 0, i64 4, !10, i64 4, i64 4, !10}
!16 = !{i32 0, i32 10, i32 20, i32 30}
!17 = !{i64 8}
!18 = !{i64 16}
!19 = !{i32 1}
!20 = !{!"function_entry_count", i64 1000}
!21 = !{float 2.5}
!22 = !{!"branch_weights", i32 2000, i32 1}
!23 = !{ptr @callee}
!24 = !{i64 1234, i64 5678}
!25 = !{!"auto-init", !"another"}
!26 = distinct !{!26, !28, !{!"llvm.loop.unroll.count", i32 4}, !{!"llvm.loop.vectorize.enable", i1 true}}
!27 = !{!{i64 0, i64 1, i1 false}}
!28 = !{!"llvm.loop.mustprogress"}
!29 = !{!"section.a", i32 1, i64 2, !"section.b"}
!30 = !{i64 0, !"_ZTS1A"}
!31 = !{i64 8, !2}
!32 = !{i64 0, i64 256}
!33 = !{ptr @g}
!34 = !{i64 16, !"_ZTS1B"}
!35 = !{i64 2}
!36 = !{!"function_section_prefix", !"hot"}

; scoped noalias
!40 = !{!41}
!41 = distinct !{!41, !42, !"scope A"}
!42 = distinct !{!42, !"domain"}
!43 = !{!44}
!44 = distinct !{!44, !42}

!50 = !{!"rsp"}
!51 = !{!"branch_weights", !"expected", i32 10, i32 5, i32 5}

; module flags with every behavior (1 error, 2 warning, 3 require, 4 override, 5 append, 6 append unique, 7 max, 8 min)
!60 = !{i32 1, !"wchar_size", i32 4}
!61 = !{i32 2, !"warn-flag", i32 1}
!62 = !{i32 3, !"require-flag", !{!"wchar_size", i32 4}}
!63 = !{i32 4, !"override-flag", i32 2}
!64 = !{i32 5, !"append-flag", !{!"a"}}
!65 = !{i32 6, !"append-unique-flag", !{!"b", !"c"}}
!66 = !{i32 7, !"PIC Level", i32 2}
!67 = !{i32 8, !"min-flag", i32 3}
!68 = !{i32 1, !"string-flag", !"value"}
