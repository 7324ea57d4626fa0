; Enzyme call sites in the forms clang and rustc do not write: metadata markers, markers as
; globals and casts of globals, one marker load reused, a marker through a phi and through a
; stack slot, aliases and constant-global function pointers, sret/width/byref, and calls
; Enzyme rejects (for tests/test_sites.py and tests/test_closures.py).
source_filename = "enzyme_markers.ll"

%env = type { double, i32 }

@enzyme_dup = external global i32
@enzyme_const = external global i32
@enzyme_out = external global i32
@enzyme_bogus = external global i32
@fnptr = constant ptr @sq
@sq_alias = alias double (double), ptr @sq

declare double @__enzyme_autodiff(ptr, ...)
declare double @__enzyme_autodiff.1(ptr, ...)
declare double @__enzyme_fwddiff(ptr, ...)
declare double @extern_fn(double)

define double @sq(double %x) {
  %r = fmul double %x, %x
  ret double %r
}

define double @dot(ptr %a, ptr %b, i64 %n) {
  %x = load double, ptr %a
  %y = load double, ptr %b
  %r = fmul double %x, %y
  ret double %r
}

define double @tramp(ptr %env, double %x) {
  %k = load double, ptr %env
  %r = fmul double %k, %x
  ret double %r
}

define double @metadata_markers(ptr %a, ptr %da, ptr %b, i64 %n) {
  %r = call double (ptr, ...) @__enzyme_autodiff(ptr @dot, metadata !"enzyme_dup", ptr %a, ptr %da, metadata !"enzyme_const", ptr %b, metadata !"enzyme_const", i64 %n), !dbg !10
  ret double %r
}

define double @global_markers(ptr %a, ptr %da, ptr %b, ptr %db, i64 %n) {
  %m = load i32, ptr @enzyme_dup
  %c = load i32, ptr @enzyme_const
  %r1 = call double (ptr, ...) @__enzyme_autodiff(ptr @dot, i32 %m, ptr %a, ptr %da, i32 %m, ptr %b, ptr %db, i32 %c, i64 %n)
  %r2 = call double (ptr, ...) @__enzyme_autodiff.1(ptr @dot, ptr @enzyme_const, ptr %a, ptr %b, ptr %db, i64 %n)
  %cast = ptrtoint ptr @enzyme_out to i64
  %r3 = call double (ptr, ...) @__enzyme_autodiff(ptr @sq_alias, i64 %cast, double 1.0)
  %s = fadd double %r1, %r2
  %t = fadd double %s, %r3
  ret double %t
}

define double @phi_and_slot(i1 %c, double %x) {
entry:
  %slot = alloca i32
  %o = load i32, ptr @enzyme_out
  store i32 %o, ptr %slot
  br i1 %c, label %a, label %b
a:
  %oa = load i32, ptr @enzyme_out
  br label %join
b:
  %ob = load i32, ptr @enzyme_out
  br label %join
join:
  %p = phi i32 [ %oa, %a ], [ %ob, %b ]
  %fp = load ptr, ptr @fnptr
  %r1 = call double (ptr, ...) @__enzyme_autodiff(ptr %fp, i32 %p, double %x)
  %s = load i32, ptr %slot
  %r2 = call double (ptr, ...) @__enzyme_fwddiff(ptr @sq, metadata !"enzyme_dup", double %x, double 1.0)
  %r3 = call double (ptr, ...) @__enzyme_autodiff(ptr @sq, i32 %s, double %x)
  %t = fadd double %r1, %r2
  %u = fadd double %t, %r3
  ret double %u
}

define double @width_and_byref(ptr %a, ptr %d1, ptr %d2, ptr %nptr) {
  %r = call double (ptr, ...) @__enzyme_fwddiff(ptr @dot, metadata !"enzyme_width", i64 2, ptr %a, ptr %d1, ptr %d2, metadata !"enzyme_const", ptr %a, metadata !"enzyme_byref", i64 8, metadata !"enzyme_const", ptr %nptr)
  ret double %r
}

define double @closures(ptr %e, double %x) {
  %r1 = call double (ptr, ...) @__enzyme_autodiff(ptr @tramp, ptr %e, double %x), !dbg !11
  %r2 = call double (ptr, ...) @__enzyme_autodiff(ptr @tramp, metadata !"enzyme_const", ptr %e, double %x)
  %t = fadd double %r1, %r2
  ret double %t
}

define double @errors(ptr %a, ptr %da, ptr %f, i32 %i, double %x) {
  %r1 = call double (ptr, ...) @__enzyme_autodiff(ptr @dot, metadata !"enzyme_dup", ptr %a, ptr %da)
  %r2 = call double (ptr, ...) @__enzyme_autodiff(ptr @sq, double %x, double %x)
  %r3 = call double (ptr, ...) @__enzyme_autodiff(ptr @sq, metadata !"enzyme_out")
  %r4 = call double (ptr, ...) @__enzyme_autodiff(ptr @dot, metadata !"enzyme_dup", ptr %a, double %x, metadata !"enzyme_const", ptr %a, metadata !"enzyme_const", i64 1)
  %r5 = call double (ptr, ...) @__enzyme_autodiff(ptr %f, double %x)
  %r6 = call double (ptr, ...) @__enzyme_autodiff(ptr @extern_fn, double %x)
  %r7 = call double (ptr, ...) @__enzyme_autodiff(ptr @sq, i32 %i)
  %b = load i32, ptr @enzyme_bogus
  %r8 = call double (ptr, ...) @__enzyme_autodiff(ptr @sq, i32 %b, double %x)
  %r9 = call double (ptr, ...) @__enzyme_autodiff(ptr @dot, ptr %a)
  %s = fadd double %r1, %r2
  ret double %s
}

!llvm.module.flags = !{!0}
!llvm.dbg.cu = !{!1}
!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "hand", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!2 = !DIFile(filename: "markers.c", directory: ".")
!3 = distinct !DISubprogram(name: "metadata_markers", scope: !2, file: !2, line: 3, type: !4, scopeLine: 3, spFlags: DISPFlagDefinition, unit: !1)
!4 = !DISubroutineType(types: !5)
!5 = !{null}
!6 = distinct !DILexicalBlock(scope: !3, file: !7, line: 4, column: 3)
!7 = !DIFile(filename: "inner.h", directory: ".")
!10 = !DILocation(line: 12, column: 7, scope: !6)
!11 = !DILocation(line: 20, column: 9, scope: !3)
