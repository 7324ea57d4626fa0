; eh.ll - hand-written: exception-handling syntax.
; Covers invoke/landingpad with catch + filter + cleanup, resume, Itanium
; personality; Windows funclet EH (personality @__CxxFrameHandler3):
; catchswitch (unwind to caller / unwind label), catchpad, cleanuppad,
; catchret from, cleanupret from ... unwind to caller / unwind label;
; operand bundles "funclet"(token), "deopt"(...), multiple bundles, invoke with bundles.
; Check with:
;   llvm-as-22 tests/corpus/ll/handwritten/eh.ll -o /dev/null && llvm-as-19 tests/corpus/ll/handwritten/eh.ll -o /dev/null
;   python3 -c "import llvmlite.binding as b,sys; b.parse_assembly(open(sys.argv[1]).read()).verify()" tests/corpus/ll/handwritten/eh.ll
source_filename = "eh.ll"
target datalayout = "e-m:w-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-windows-msvc"

@_ZTIi = external constant ptr
@_ZTId = external constant ptr
@"??_R0H@8" = external global ptr

declare i32 @__gxx_personality_v0(...)
declare i32 @__CxxFrameHandler3(...)
declare void @may_throw(i32)
declare i32 @may_throw_i(i32)
declare void @cleanup_fn()
declare void @deopt_target(i32)
declare ptr @__cxa_begin_catch(ptr)
declare void @__cxa_end_catch()
declare i32 @llvm.eh.typeid.for.p0(ptr)

define i32 @itanium(i32 %x) personality ptr @__gxx_personality_v0 {
entry:
  %r = invoke i32 @may_throw_i(i32 %x)
          to label %cont unwind label %lpad

cont:
  invoke void @may_throw(i32 %r) [ "deopt"(i32 1, i64 2) ]
          to label %cont2 unwind label %lpad2

cont2:
  ret i32 %r

lpad:
  %lp = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTIi
          catch ptr null
          filter [1 x ptr] [ptr @_ZTId]
  %sel = extractvalue { ptr, i32 } %lp, 1
  %tid = call i32 @llvm.eh.typeid.for.p0(ptr @_ZTIi)
  %match = icmp eq i32 %sel, %tid
  br i1 %match, label %catch, label %resume

catch:
  %exn = extractvalue { ptr, i32 } %lp, 0
  %obj = call ptr @__cxa_begin_catch(ptr %exn)
  call void @__cxa_end_catch()
  ret i32 0

lpad2:
  %lp2 = landingpad { ptr, i32 }
          cleanup
  br label %resume2

resume2:
  resume { ptr, i32 } %lp2

resume:
  resume { ptr, i32 } %lp
}

define void @filter_only() personality ptr @__gxx_personality_v0 {
entry:
  invoke void @may_throw(i32 0)
          to label %ok unwind label %lp

ok:
  ret void

lp:
  %l = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
  resume { ptr, i32 } %l
}

define void @msvc(i32 %x) personality ptr @__CxxFrameHandler3 {
entry:
  %obj = alloca i32, align 4
  invoke void @may_throw(i32 %x)
          to label %invoke.cont unwind label %catch.dispatch

invoke.cont:
  invoke void @may_throw(i32 1)
          to label %ret unwind label %ehcleanup

catch.dispatch:
  %cs = catchswitch within none [label %catch, label %catch.all] unwind label %ehcleanup

catch:
  %cp = catchpad within %cs [ptr @"??_R0H@8", i32 0, ptr %obj]
  call void @may_throw(i32 2) [ "funclet"(token %cp) ]
  catchret from %cp to label %ret

catch.all:
  %cp2 = catchpad within %cs [ptr null, i32 64, ptr null]
  invoke void @may_throw(i32 3) [ "funclet"(token %cp2) ]
          to label %ca.cont unwind label %inner.dispatch

ca.cont:
  catchret from %cp2 to label %ret

inner.dispatch:
  %cs2 = catchswitch within %cp2 [label %inner.catch] unwind label %ehcleanup

inner.catch:
  %cp3 = catchpad within %cs2 [ptr null, i32 64, ptr null]
  catchret from %cp3 to label %ret

ehcleanup:
  %cl = cleanuppad within none []
  call void @cleanup_fn() [ "funclet"(token %cl) ]
  cleanupret from %cl unwind to caller

ret:
  ret void
}

define void @msvc_nested() personality ptr @__CxxFrameHandler3 {
entry:
  invoke void @may_throw(i32 0)
          to label %done unwind label %outer.cleanup

outer.cleanup:
  %c0 = cleanuppad within none [i32 7]
  invoke void @cleanup_fn() [ "funclet"(token %c0) ]
          to label %c0.ret unwind label %inner.cleanup

c0.ret:
  cleanupret from %c0 unwind label %dispatch

inner.cleanup:
  %c1 = cleanuppad within %c0 []
  cleanupret from %c1 unwind label %dispatch

dispatch:
  %cs = catchswitch within none [label %h] unwind to caller

h:
  %p = catchpad within %cs [ptr null, i32 64, ptr null]
  catchret from %p to label %done

done:
  ret void
}

define void @bundles(i32 %x) {
entry:
  call void @deopt_target(i32 %x) [ "deopt"(i32 1, i64 2) ]
  call void @deopt_target(i32 %x) [ "deopt"(), "gc-live"(ptr null) ]
  call void @deopt_target(i32 %x) [ "unknown-bundle"(i32 %x, ptr null), "deopt"(i32 %x) ]
  ret void
}
