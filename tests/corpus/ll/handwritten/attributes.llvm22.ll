; attributes.llvm22.ll - hand-written: attributes accepted by LLVM 22 but NOT by LLVM 19.
; Covers captures(...) in all accepted forms (replaces nocapture), memory(errnomem: ...),
; memory(target_mem0: ...), nocreateundeforpoison, dead_on_return, noext,
; sanitize_type/sanitize_realtime/sanitize_realtime_blocking/sanitize_alloc_token,
; coro_elide_safe, on declarations, definitions, call sites and attribute groups.
; Check with:
;   llvm-as-22 tests/corpus/ll/handwritten/attributes.llvm22.ll -o /dev/null        (llvm-as-19 rejects this file)
;   python3 -c "import llvmlite.binding as b,sys; b.parse_assembly(open(sys.argv[1]).read()).verify()" tests/corpus/ll/handwritten/attributes.llvm22.ll
source_filename = "attributes.llvm22.ll"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare void @cap(ptr captures(none), ptr captures(address), ptr captures(provenance), ptr captures(read_provenance), ptr captures(address_is_null), ptr captures(address_is_null, read_provenance), ptr captures(address, provenance))
declare ptr @cap_ret(ptr captures(ret: address, provenance), ptr captures(ret: none), ptr captures(none, ret: address), ptr captures(address_is_null, ret: address, read_provenance))
declare void @dor(ptr dead_on_return, ptr noalias captures(none) dead_on_return dead_on_unwind writable)
declare void @noext_arg(i8 noext, i16 noext)
declare noext i8 @noext_ret()

declare void @m_errno() memory(errnomem: write)
declare void @m_errno2() memory(argmem: readwrite, inaccessiblemem: read, errnomem: write)
declare void @m_errno3() memory(read, errnomem: none)
declare void @m_target() memory(target_mem0: read)
declare float @m_nocreate(float) nocreateundeforpoison
declare i32 @m_nocreate2(i32) memory(none) nocreateundeforpoison nounwind willreturn

declare void @san() sanitize_type sanitize_realtime
declare void @san2() sanitize_realtime_blocking
declare void @san3() sanitize_alloc_token
declare void @coro() coro_elide_safe
declare void @grp(ptr) #0

define void @def(ptr noundef captures(none) %p, ptr captures(ret: address, provenance) %q) #1 {
entry:
  call void @cap(ptr captures(none) %p, ptr %p, ptr %p, ptr %p, ptr %p, ptr %p, ptr %p)
  %r = call ptr @cap_ret(ptr %q, ptr %p, ptr %p, ptr %p)
  call void @m_errno() memory(errnomem: read)
  call void @grp(ptr captures(address) %p) #0
  ret void
}

attributes #0 = { nounwind memory(argmem: read, errnomem: write) }
attributes #1 = { mustprogress nocreateundeforpoison nounwind memory(argmem: readwrite, errnomem: write, inaccessiblemem: none) }
