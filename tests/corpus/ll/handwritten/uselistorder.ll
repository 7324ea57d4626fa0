; uselistorder.ll - hand-written: use-list order directives.
; Covers module-level `uselistorder <ty> <value>, { idx... }` on a global and a function,
; function-local `uselistorder` on an argument and an instruction, and
; `uselistorder_bb @fn, %bb, { ... }` and in-function `uselistorder label %bb, {...}`
; (the form llvm-dis-22 prints) for a block used by br and blockaddress.
; Output of `llvm-as-22 F -o - | llvm-dis-22 --preserve-ll-uselistorder` reproduces them.
; Check with:
;   llvm-as-22 tests/corpus/ll/handwritten/uselistorder.ll -o /dev/null && llvm-as-19 tests/corpus/ll/handwritten/uselistorder.ll -o /dev/null
;   python3 -c "import llvmlite.binding as b,sys; b.parse_assembly(open(sys.argv[1]).read()).verify()" tests/corpus/ll/handwritten/uselistorder.ll
source_filename = "uselistorder.ll"

@g = global i32 0
@ba1 = global ptr blockaddress(@target, %bb)
@ba2 = global ptr blockaddress(@target, %bb)

define i32 @users(i32 %a) {
entry:
  %x = load i32, ptr @g
  %y = load i32, ptr @g
  store i32 %a, ptr @g
  %s1 = add i32 %a, 1
  %s2 = add i32 %a, 2
  %s3 = mul i32 %s1, %s2
  %s4 = add i32 %s1, %s3
  %r = add i32 %x, %y
  %r2 = add i32 %r, %s4
  ret i32 %r2
  uselistorder i32 %a, { 2, 0, 1 }
  uselistorder i32 %s1, { 1, 0 }
}

define void @target() {
entry:
  br label %bb
bb:
  ret void
}

define void @callee() {
  ret void
}

define void @caller() {
  call void @callee()
  call void @callee()
  ret void
}

@ba3 = global ptr blockaddress(@target2, %bb)

define void @target2() {
entry:
  br label %bb
bb:
  ret void
  uselistorder label %bb, { 1, 0 }
}

uselistorder ptr @g, { 2, 0, 1 }
uselistorder ptr @callee, { 1, 0 }
uselistorder_bb @target, %bb, { 1, 0 }
