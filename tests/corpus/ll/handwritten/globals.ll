; globals.ll - hand-written: module-level syntax.
; Covers every linkage, visibility, DLL storage class, thread_local models,
; (local_)unnamed_addr, addrspace, externally_initialized, section, partition,
; comdats with every selection kind, align, code_model, attached metadata,
; numbered and quoted/escaped names, @llvm.used/@llvm.compiler.used/
; @llvm.global_ctors/dtors, aliases, ifuncs, module asm, function calling
; conventions, prefix/prologue data, gc, section/align/comdat/addrspace on
; functions, varargs declarations and calls.
; Check with:
;   llvm-as-22 tests/corpus/ll/handwritten/globals.ll -o /dev/null && llvm-as-19 tests/corpus/ll/handwritten/globals.ll -o /dev/null
;   python3 -c "import llvmlite.binding as b,sys; b.parse_assembly(open(sys.argv[1]).read()).verify()" tests/corpus/ll/handwritten/globals.ll
source_filename = "globals.ll"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

module asm "\09.text"
module asm ".globl asm_sym"
module asm "asm_sym: ret"
module asm ""

$c_any = comdat any
$c_exact = comdat exactmatch
$c_largest = comdat largest
$c_nodup = comdat nodeduplicate
$c_same = comdat samesize
$g_comdat_self = comdat any
$f_comdat = comdat any
$"quoted comdat" = comdat any

%T = type { i32, ptr }
%struct.anon = type <{ i8, i32 }>
%opq = type opaque
%0 = type { i64 }
%"quoted type" = type { %0, %T }

; numbered globals
@0 = private constant i32 0
@1 = internal global ptr @0
@2 = global %0 { i64 2 }

; linkages
@l_private = private global i32 1
@l_internal = internal global i32 2
@l_avail = available_externally global i32 3
@l_linkonce = linkonce global i32 4
@l_weak = weak global i32 5
@l_common = common global i32 0, align 4
@l_appending = appending global [1 x i32] [i32 7]
@l_extern_weak = extern_weak global i32
@l_linkonce_odr = linkonce_odr global i32 8
@l_weak_odr = weak_odr global i32 9
@l_external = external global i32
@l_external_def = global i32 10

; visibility and DLL storage classes, preemption specifiers
@v_default = default global i32 0
@v_hidden = hidden global i32 0
@v_protected = protected global i32 0
@v_dsolocal = dso_local global i32 0
@v_preempt = dso_preemptable global i32 0
@d_import = external dllimport global i32
@d_export = dllexport global i32 1
@d_export2 = weak_odr dllexport global i32 1

; TLS
@tls_gd = thread_local global i32 0
@tls_ld = thread_local(localdynamic) global i32 0
@tls_ie = external thread_local(initialexec) global i32
@tls_le = internal thread_local(localexec) unnamed_addr global i32 0

; misc global attributes
@ua = private unnamed_addr constant [4 x i8] c"ab\22\00"
@lua = local_unnamed_addr global i32 0
@as1 = addrspace(1) global i32 1, align 4
@as3_ext = external addrspace(3) global [16 x float]
@ext_init = externally_initialized global i32 0
@sect = global i32 1, section ".data.custom", align 8
@part = global i32 1, partition "part1"
@cm_small = global i32 1, code_model "small"
@cm_kernel = global i32 1, code_model "kernel"
@cm_large = global i32 1, section "lsect", code_model "large", align 16
@withmd = global i32 1, !annotation !0, !custom !1
@allattrs = internal thread_local(initialexec) unnamed_addr addrspace(2) externally_initialized global i32 0, section "s", partition "p", comdat($c_any), align 4, !custom !1
@attrgrp_glob = global i32 0 #0

; comdats
@g_any = global i32 1, comdat($c_any)
@g_exact = global i32 1, comdat($c_exact)
@g_largest = global i32 1, comdat($c_largest)
@g_nodup = global i32 1, comdat($c_nodup)
@g_same = global i32 1, comdat($c_same)
@g_comdat_self = linkonce_odr global i32 1, comdat
@g_qcomdat = global i32 1, comdat($"quoted comdat")

; quoted / escaped names
@"\01foo bar" = global i32 1
@"with.dots-and$dollars" = global i32 2
@"\22quoted\22" = global i32 3
@"" = external global i32
@"1starts_with_digit" = global i32 4
@_Z3fooPKc = global i32 5
@"utf8 \C3\A9" = global i32 6

; types
@opaque_ext = external global %opq
@qtype = global %"quoted type" zeroinitializer
@packed = global %struct.anon <{ i8 1, i32 2 }>
@anon_packed = global <{ i8, i16 }> <{ i8 1, i16 2 }>

; llvm.* special globals
@llvm.used = appending global [2 x ptr] [ptr @l_internal, ptr @fn_internal], section "llvm.metadata"
@llvm.compiler.used = appending global [1 x ptr] [ptr @l_private], section "llvm.metadata"
@llvm.global_ctors = appending global [2 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @ctor, ptr null }, { i32, ptr, ptr } { i32 101, ptr @ctor, ptr @g_comdat_self }]
@llvm.global_dtors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @ctor, ptr null }]

; aliases
@alias0 = alias i32, ptr @l_external_def
@alias_int = internal alias i32, ptr @l_internal
@alias_priv = private alias i32, ptr @l_internal
@alias_weak = weak hidden alias i32, ptr @l_external_def
@alias_lo = linkonce_odr protected alias i32, ptr @l_external_def
@alias_dll = dllexport alias i32, ptr @l_external_def
@alias_tls = thread_local(localdynamic) alias i32, ptr @tls_ld
@alias_ua = weak_odr unnamed_addr alias i32, ptr @l_external_def
@alias_fn = alias void (), ptr @ctor
@alias_gep = alias i8, getelementptr inbounds (i8, ptr @l_external_def, i64 2)
@alias_as = alias i32, ptr addrspace(1) @as1
@alias_part = hidden alias i32, ptr @l_external_def, partition "part1"
@alias_alias = alias i32, ptr @alias0

; ifuncs
@ifn = ifunc i32 (i32), ptr @resolver
@ifn_int = internal ifunc void (), ptr @resolver
@ifn_weak = weak_odr hidden ifunc i32 (i32), ptr @resolver
@ifn_dso = dso_local ifunc i32 (i32), ptr @resolver

define internal ptr @resolver() {
  ret ptr @impl
}

define internal i32 @impl(i32 %x) {
  ret i32 %x
}

define internal void @ctor() {
  ret void
}

define internal void @fn_internal() unnamed_addr {
  ret void
}

; calling conventions
define fastcc void @cc_fast() { ret void }
define coldcc void @cc_cold() { ret void }
define cc 10 void @cc_ghc() { ret void }
define ghccc void @cc_ghc2() { ret void }
define swiftcc void @cc_swift() { ret void }
define swifttailcc void @cc_swifttail() { ret void }
define preserve_allcc void @cc_pall() { ret void }
define preserve_mostcc void @cc_pmost() { ret void }
define preserve_nonecc void @cc_pnone() { ret void }
define tailcc void @cc_tail() { ret void }
define x86_64_sysvcc void @cc_sysv() { ret void }
define win64cc void @cc_win64() { ret void }
define ccc void @cc_c() { ret void }
define cxx_fast_tlscc ptr @cc_tls() { ret ptr null }
define cc 64 void @cc_num64() { ret void }
define x86_vectorcallcc void @cc_vectorcall() { ret void }
define x86_regcallcc void @cc_regcall() { ret void }
define anyregcc void @cc_anyreg() { ret void }
declare amdgpu_kernel void @cc_amdgpu_kernel()
declare spir_func void @cc_spir()
declare ptx_kernel void @cc_ptx()

; function-level syntax
define void @prefix_fn() prefix i32 123 {
  ret void
}

define void @prologue_fn() prologue { i8, i8 } { i8 235, i8 8 } {
  ret void
}

define void @both_fn() prefix [2 x i8] c"ab" prologue i8 144 {
  ret void
}

define void @gc_fn() gc "statepoint-example" {
  ret void
}

define void @gc_shadow() gc "shadow-stack" {
  ret void
}

define void @sect_fn() section ".text.custom" align 16 {
  ret void
}

define linkonce_odr void @f_comdat() comdat align 32 {
  ret void
}

define void @f_comdat2() comdat($c_any) {
  ret void
}

define void @as1_fn() addrspace(1) {
  ret void
}

define void @part_fn() partition "part1" {
  ret void
}

define hidden void @all_fn_syntax() unnamed_addr addrspace(0) #1 section ".text.x" partition "p2" comdat($c_same) align 8 gc "shadow-stack" prefix i8 1 prologue i8 2 personality ptr @ctor !dbgx !1 {
  ret void
}

define internal void @fn_md() !custom !1 !other !2 {
  ret void, !custom !1
}

define dllexport void @dllexp_fn() {
  ret void
}

declare dllimport void @dllimp_fn()
declare extern_weak void @ew_fn()
declare hidden i32 @printf(ptr, ...)
declare i32 @vafn(i32, ...)
declare void (i32)* @returns_fnptr_typed()
declare ptr addrspace(1) @as_ret(ptr addrspace(1))

@.fmt = private unnamed_addr constant [7 x i8] c"%d %s\0A\00", align 1

define i32 @call_varargs(i32 %x) {
  %r = call i32 (ptr, ...) @printf(ptr @.fmt, i32 %x, ptr @.fmt)
  %r2 = call i32 (i32, ...) @vafn(i32 0)
  %r3 = tail call i32 (i32, ...) @vafn(i32 1, double 1.0, i64 2, ptr null)
  %fp = load ptr, ptr @1
  %r4 = call i32 (i32, ...) %fp(i32 2, i8 3)
  call addrspace(1) void @as1_fn()
  %r5 = call fastcc i32 @impl(i32 %x)
  call void @ifn_int()
  %r6 = call i32 @ifn(i32 %r5)
  ret i32 %r6
}

attributes #0 = { "global-attr"="yes" }
attributes #1 = { nounwind }

!custom.named = !{!1}
!0 = !{}
!1 = !{!"custom"}
!2 = distinct !{}
