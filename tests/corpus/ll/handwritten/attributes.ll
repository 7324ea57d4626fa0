; attributes.ll - hand-written: parameter, return and function attributes
; accepted by both LLVM 19 and LLVM 22 (22-only ones live in attributes.llvm22.ll).
; Covers type-carrying param attrs (byval/byref/preallocated/inalloca/sret/
; elementtype), int-carrying attrs (align/dereferenceable/alignstack/range/
; initializes), nofpclass, memory(...), uwtable(sync), vscale_range,
; allockind/allocsize, string attributes (incl. Enzyme type trees), attribute
; groups (#N) on declarations, definitions and call sites, call-site attrs.
; Check with:
;   llvm-as-22 tests/corpus/ll/handwritten/attributes.ll -o /dev/null && llvm-as-19 tests/corpus/ll/handwritten/attributes.ll -o /dev/null
;   python3 -c "import llvmlite.binding as b,sys; b.parse_assembly(open(sys.argv[1]).read()).verify()" tests/corpus/ll/handwritten/attributes.ll
source_filename = "attributes.ll"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%T = type { i64, i64 }

; integer-ish parameter attributes
declare void @p_int(i8 zeroext, i8 signext, i32 inreg, i32 noundef, i1 zeroext noundef, i32 range(i32 0, 10), i64 range(i64 -5, 5) noundef)
declare ptr @llvm.preserve.array.access.index.p0.p0(ptr elementtype(%T), i32 immarg, i32 immarg)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg)

; pointer parameter attributes with a type
declare void @p_typed(ptr sret(%T) align 4, ptr byval(%T) align 8, ptr byref(%T))
declare void @p_prealloc(ptr preallocated(%T))
declare void @p_inalloca(i32, ptr inalloca(%T))

; pointer parameter attributes, no type
declare ptr @p_ptr(ptr align 8, ptr noalias nocapture, ptr nofree, ptr nest, ptr returned, ptr nonnull, ptr dereferenceable(8), ptr dereferenceable_or_null(16), ptr readnone, ptr readonly, ptr writeonly, ptr writable dereferenceable(8), ptr dead_on_unwind, ptr initializes((0, 8)), ptr initializes((0, 4), (8, 16)), ptr noundef nonnull align 16 dereferenceable(32))

; swift attributes
declare swiftcc void @p_swift(ptr swiftself, ptr swiftasync, ptr swifterror)

; fp attrs, alignstack, alloc attrs
declare void @p_fp(float nofpclass(nan inf), double nofpclass(snan qnan ninf pinf nzero pzero nsub psub nnorm pnorm), <2 x float> nofpclass(zero sub norm), half nofpclass(all))
declare void @p_misc(i32 alignstack(16), ptr allocptr, i64 allocalign)

; return attributes
declare noalias ptr @r_noalias()
declare nonnull dereferenceable(8) align 8 ptr @r_ptr()
declare noundef zeroext i1 @r_bool()
declare signext inreg i8 @r_sext()
declare range(i32 0, 100) i32 @r_range()
declare nofpclass(nan) float @r_fp()
declare dereferenceable_or_null(4) ptr @r_dnull()

declare token @llvm.call.preallocated.setup(i32)
declare ptr @llvm.call.preallocated.arg(token, i32)

; allocator family
declare noalias ptr @my_malloc(i64) #2
declare noalias ptr @my_calloc(i64, i64) #3
declare noalias ptr @my_realloc(ptr allocptr, i64) #4
declare void @my_free(ptr allocptr nocapture) #5
declare noalias ptr @my_aligned_alloc(i64 allocalign, i64) #6

; function attributes inline
declare void @f_mem0() memory(none)
declare void @f_mem1() memory(read)
declare void @f_mem2() memory(write)
declare void @f_mem3() memory(argmem: readwrite)
declare void @f_mem4() memory(argmem: readwrite, inaccessiblemem: read)
declare void @f_mem5() memory(read, argmem: readwrite)
declare void @f_mem6() memory(none, inaccessiblemem: write, argmem: read)
declare void @f_uw0() uwtable
declare void @f_uw1() uwtable(sync)
declare void @f_uw2() uwtable(async)
declare void @f_vs() vscale_range(1,16)
declare void @f_vs2() vscale_range(2)
declare void @f_vs3() vscale_range(1,0)
declare void @f_str() "key"="value" "novalue" "empty"=""
declare void @f_enzyme(ptr "enzyme_type"="{[-1]:Pointer, [-1,0]:Float@double}", i64 "enzyme_type"="{[-1]:Integer}") "enzyme_math"="sin" "enzyme_inactive"
declare void @f_align() alignstack(16)
declare void @f_fpclass() "denormal-fp-math"="preserve-sign,preserve-sign"
declare void @f_many() nounwind willreturn nosync nofree norecurse mustprogress noinline optnone cold hot noreturn noduplicate convergent speculatable returns_twice nomerge
declare void @f_ssp() ssp sspreq sspstrong safestack sanitize_address sanitize_memory sanitize_thread sanitize_hwaddress sanitize_memtag shadowcallstack
declare void @f_more() unnamed_addr alwaysinline inlinehint minsize optsize naked nobuiltin nocallback nocf_check noimplicitfloat nonlazybind noprofile skipprofile norecurse nounwind null_pointer_is_valid jumptable disable_sanitizer_instrumentation fn_ret_thunk_extern strictfp presplitcoroutine noredzone
declare void @f_mem_str() memory(readwrite) "target-cpu"="x86-64" "target-features"="+sse2,+cx8" "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8"
declare void @f_grp() #0
declare void @f_grp2() #0 #1
declare void @f_mixed() nounwind #1 "k"="v"

define internal void @def_attrs(ptr noundef nonnull align 8 dereferenceable(16) %p, i32 noundef range(i32 0, 10) %i) #7 {
entry:
  ; call-site attributes, incl. on arguments and return
  %a = call noalias ptr @my_malloc(i64 noundef 16) #8
  call void @my_free(ptr nonnull %a) nounwind
  %b = call nonnull ptr @r_ptr() readnone
  call void @f_grp() #0
  call void @f_str() "callsite-attr"="1" nobuiltin
  call void @p_typed(ptr sret(%T) align 4 %p, ptr byval(%T) align 8 %p, ptr byref(%T) %p)
  call void @p_inalloca(i32 0, ptr inalloca(%T) %p)
  %e = call ptr @llvm.preserve.array.access.index.p0.p0(ptr elementtype(%T) %p, i32 0, i32 1)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %p, ptr align 8 %a, i64 16, i1 false)
  %tok = call token @llvm.call.preallocated.setup(i32 1)
  %pa = call ptr @llvm.call.preallocated.arg(token %tok, i32 0) preallocated(%T)
  call void @p_prealloc(ptr preallocated(%T) %pa) [ "preallocated"(token %tok) ]
  %c = call range(i32 0, 100) i32 @r_range()
  call void @p_fp(float nofpclass(nan) 1.0, double 2.0, <2 x float> zeroinitializer, half 0xH0000)
  call void @f_mem3() memory(argmem: read)
  ret void
}

define internal void @sret_def(ptr noalias sret(%T) align 8 %out) nounwind {
  ret void
}

define internal ptr @returned_def(ptr returned %x) {
  ret ptr %x
}

attributes #0 = { nounwind readonly }
attributes #1 = { "key"="value" "enzyme_type"="{[-1]:Pointer, [-1,0]:Float@double}" }
attributes #2 = { allockind("alloc,uninitialized") allocsize(0) "alloc-family"="mymalloc" }
attributes #3 = { allockind("alloc,zeroed") allocsize(0,1) "alloc-family"="mymalloc" }
attributes #4 = { allockind("realloc") allocsize(1) "alloc-family"="mymalloc" }
attributes #5 = { allockind("free") "alloc-family"="mymalloc" }
attributes #6 = { allockind("alloc,uninitialized,aligned") allocsize(1) "alloc-family"="mymalloc" }
attributes #7 = { noinline nounwind optnone uwtable(sync) mustprogress "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "target-cpu"="x86-64" vscale_range(1,16) memory(argmem: readwrite, inaccessiblemem: read) }
attributes #8 = { builtin nounwind allocsize(0) }
