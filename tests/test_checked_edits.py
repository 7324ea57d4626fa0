"""Edits that would break the module raise at the call, in LLVM's words, and leave the module
as it was. Where the same mistake can be written as text, ``llvm-as-22`` is asked for its
message and the edit's message must contain it."""

from __future__ import annotations

import subprocess

import pytest
from conftest import needs_tool

import irpass
from irpass.ir import types as T
from irpass.ir.builder import IRBuilder, const_float, const_int, constant
from irpass.ir.rules import InvalidEdit
from irpass.llvm.llvmlite_check import verify
from irpass.text.diagnostics import IRError

SRC = """\
declare double @g(double)

define double @f(double %x, ptr %p, i32 %i) {
entry:
  %y = fadd double %x, 1.0
  br label %next

next:
  ret double %y
}
"""


def llvm_as_message(body: str) -> str:
    """llvm-as-22's error for ``body`` written in @f's entry block (its text after
    ``error: ``)."""
    tool = needs_tool("llvm-as", 22)
    text = SRC.replace("  %y = fadd double %x, 1.0\n", f"  {body}\n  %y = fadd double %x, 1.0\n")
    r = subprocess.run([tool, "-", "-o", "/dev/null"], input=text.encode(),
                       capture_output=True, timeout=60)
    assert r.returncode != 0, f"llvm-as accepted {body!r}"
    first = r.stderr.decode().splitlines()[0]
    return first.split("error: ", 1)[1]


@pytest.fixture
def f():
    m = irpass.parse(SRC)
    return m.get_function("f")


def at_fadd(fn) -> IRBuilder:
    return IRBuilder.at(fn.blocks[0].instructions[0])


# (what the edit does, the same mistake as text for llvm-as, or None)
EDITS = {
    "add on doubles": (lambda fn: at_fadd(fn).binop("add", fn.args[0], fn.args[0]),
                       "%r = add double %x, %x"),
    "fmull": (lambda fn: at_fadd(fn).binop("fmull", fn.args[0], fn.args[0]),
              "%r = fmull double %x, %x"),
    "icmp on doubles": (lambda fn: at_fadd(fn).icmp("slt", fn.args[0], fn.args[0]),
                        "%r = icmp slt double %x, %x"),
    "fcmp predicate lt": (lambda fn: at_fadd(fn).fcmp("lt", fn.args[0], fn.args[0]),
                          "%r = fcmp lt double %x, %x"),
    "store with swapped operands": (lambda fn: at_fadd(fn).store(fn.args[1], fn.args[0]),
                                    "store ptr %p, double %x"),
    "load through a double": (lambda fn: at_fadd(fn).load(T.DOUBLE, fn.args[0]),
                              "%r = load double, double %x"),
    "br on a double": (lambda fn: IRBuilder.at(fn.blocks[0].instructions[1]).cond_br(
        fn.args[0], fn.blocks[1], fn.blocks[1]), "br double %x, label %next, label %next"),
    "sitofp double to double": (lambda fn: at_fadd(fn).cast("sitofp", fn.args[0], T.DOUBLE),
                                "%r = sitofp double %x to double"),
    "call with a wrong argument type": (
        lambda fn: at_fadd(fn).call(fn.module.get_function("g"), [fn.args[2]]),
        "%r = call double (double) @g(i32 %i)"),
    "ret i32 in a double function": (
        lambda fn: IRBuilder.at(fn.blocks[1].instructions[0]).ret(fn.args[2]), "ret i32 %i"),
    "parse_instruction of an i32 as a double": (
        lambda fn: at_fadd(fn).parse_instruction("fadd double %i, %i", i=fn.args[2]),
        "%r = fadd double %i, %i"),
    "const_int of a double": (lambda fn: const_int(T.DOUBLE, 3), "%r = fadd double 3, %x"),
    "const_float of an i32": (lambda fn: const_float(T.I32, 1.5), "%r = add i32 1.5, %i"),
    "a literal of the wrong kind": (lambda fn: constant(T.PTR, "1.5"), None),
    "a float for an integer operand": (
        lambda fn: at_fadd(fn).binop("add", fn.args[2], fn.args[0]), "%r = add i32 %i, %x"),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_bad_edit_raises_in_llvms_words(f, name):
    edit, text = EDITS[name]
    before = irpass.print_module(f.module)
    with pytest.raises((InvalidEdit, IRError)) as info:
        edit(f)
    if text is not None:
        assert llvm_as_message(text) in str(info.value)
    assert irpass.print_module(f.module) == before  # nothing half-done


def test_replace_all_uses_with_another_type(f):
    y = f.blocks[0].instructions[0]
    with pytest.raises(InvalidEdit, match="replaceAllUses of value with new value of "
                                          "different type!"):
        y.replace_all_uses_with(f.args[2])
    with pytest.raises(InvalidEdit, match="'%i' defined with type 'i32' but expected 'double'"):
        f.blocks[1].instructions[0].set_operand(0, f.args[2])
    y.replace_all_uses_with(f.args[0])  # same type: fine
    assert verify(irpass.print_module(f.module)) is None


def test_moving_after_a_terminator(f):
    y, br = f.blocks[0].instructions
    with pytest.raises(InvalidEdit, match="Terminator found in the middle of a basic block!"):
        y.move_after(br)
    assert y.parent is f.blocks[0] and f.blocks[0].instructions == [y, br]
    extra = IRBuilder.at(y).binop("fmul", f.args[0], f.args[0])
    extra.detach()
    with pytest.raises(InvalidEdit, match="Terminator found in the middle"):
        extra.insert_after(br)
    with pytest.raises(InvalidEdit, match="Terminator found in the middle"):
        IRBuilder.at_end(f.blocks[1]).binop("fmul", f.args[0], f.args[0])


def test_phis_stay_at_the_top():
    m = irpass.parse("define i32 @h(i1 %c) {\nentry:\n  br i1 %c, label %a, label %b\n"
                     "a:\n  br label %b\nb:\n  %v = phi i32 [ 1, %entry ], [ 2, %a ]\n"
                     "  %w = add i32 %v, 1\n  ret i32 %w\n}\n")
    h = m.get_function("h")
    phi, add, _ = h.blocks[2].instructions
    with pytest.raises(InvalidEdit, match="PHI nodes not grouped at top of basic block"):
        IRBuilder.at(phi).binop("add", const_int(T.I32, 1), const_int(T.I32, 2))
    with pytest.raises(InvalidEdit, match="PHI nodes not grouped at top of basic block"):
        IRBuilder.at(h.blocks[2].instructions[2]).phi(T.I32)
    assert verify(irpass.print_module(m)) is None


def test_erasing_a_block_that_is_still_a_branch_target(f):
    with pytest.raises(InvalidEdit, match="cannot erase block %next: it is still used by 1 "
                                          "instruction.*br label %next"):
        f.blocks[1].erase()
    assert len(f.blocks) == 2
    # once nothing branches to it, it goes (its value's uses become poison)
    br = f.blocks[0].instructions[1]
    br.erase()
    IRBuilder.at_end(f.blocks[0]).ret(f.blocks[0].instructions[0])
    f.blocks[1].erase()
    assert verify(irpass.print_module(f.module)) is None


def test_unnamed_block_target_is_named_in_the_message():
    m = irpass.parse("define void @u() {\n  br label %1\n\n1:\n  ret void\n}\n")
    u = m.get_function("u")
    with pytest.raises(InvalidEdit, match="cannot erase block %1: .*'br label %1'"):
        u.blocks[1].erase()


def test_printing_after_detaching_a_used_instruction(f):
    y = f.blocks[0].instructions[0]
    y.detach()
    with pytest.raises(ValueError, match="Instruction referencing instruction not embedded "
                                         r"in a basic block!.*'ret double %y' in @f"):
        irpass.print_module(f.module)
    IRBuilder.at(f.blocks[0].instructions[0]).insert(y)  # put back: prints again
    assert verify(irpass.print_module(f.module)) is None


def test_erasing_a_used_instruction(f):
    with pytest.raises(InvalidEdit, match="Uses remain when a value is destroyed!"):
        f.blocks[0].instructions[0].erase()


def test_renaming_globals_keeps_the_symbol_table():
    m = irpass.parse(SRC + "@counter = global i32 0\n")
    fn = m.get_function("f")
    fn.name = "f2"
    assert m.get_function("f2") is fn and m.get_function("f") is None
    with pytest.raises(InvalidEdit, match="invalid redefinition of function 'g'"):
        fn.name = "g"
    with pytest.raises(InvalidEdit, match="redefinition of global '@g'"):
        m.get_global("counter").name = "g"
    assert fn.name == "f2" and m.get_global("counter") is not None
    g = m.get_function("g")
    g.name = "g.renamed"
    text = irpass.print_module(m)
    assert "declare double @g.renamed(double)" in text
    assert verify(text) is None


def test_take_name():
    m = irpass.parse(SRC)
    fn = m.get_function("f")
    y = fn.blocks[0].instructions[0]
    z = IRBuilder.at(y).binop("fadd", fn.args[0], const_float(T.DOUBLE, 2.0))
    z.take_name(y)
    y.replace_all_uses_with(z)
    y.erase()
    assert z.name == "y"
    assert str(fn.blocks[1].instructions[0]) == "ret double %y"
    assert verify(irpass.print_module(m)) is None


def test_names_of_digits_are_names():
    """``%"0"`` is a name, not the number ``%0`` (LLVM reads and prints it so)."""
    text = ('define double @q(double) {\ntop:\n  %"0" = fmul double %0, %0\n'
            '  %1 = fadd double %"0", %0\n  br label %"7"\n\n"7":\n  ret double %1\n}\n')
    m = irpass.parse(text)
    out = irpass.print_module(m)
    assert out == text.replace("(double)", "(double %0)")  # as llvm-dis prints it
    assert verify(out) is None
    q = m.get_function("q")
    extra = IRBuilder.at(q.blocks[0].instructions[0]).binop("fadd", q.args[0], q.args[0],
                                                            name="12")
    assert str(extra) == '%"12" = fadd double %0, %0'
    assert verify(irpass.print_module(m)) is None


# ---- issue 17, bugs 3-9 -----------------------------------------------------------------------
TWO = """\
define i32 @f(i32 %a, i32 %b) {
entry:
  %x = add i32 %a, %b
  br label %next

next:
  ret i32 %x
}

define i32 @g(i32 %c) {
entry:
  %y = mul i32 %c, 2
  ret i32 %y
}
"""


def test_an_erased_instruction_prints_as_erased_and_cannot_be_erased_again(f):
    y = f.blocks[0].instructions[0]
    y.replace_all_uses_with(f.args[0])
    y.erase()
    assert y.is_erased and str(y) == "<erased fadd instruction %y>"
    with pytest.raises(InvalidEdit, match="erased already"):
        y.erase()
    with pytest.raises(InvalidEdit, match="it was erased"):
        f.blocks[1].insert(0, y)
    with pytest.raises(IndexError, match="it was erased"):
        y.set_operand(0, f.args[0])
    assert verify(irpass.print_module(f.module)) is None


def test_no_second_terminator(f):
    before = irpass.print_module(f.module)
    with pytest.raises(InvalidEdit, match="Terminator found in the middle of a basic block!"
                                          r" \(a second terminator, ret after br"):
        IRBuilder.at_end(f.blocks[0]).ret(f.args[0])
    assert irpass.print_module(f.module) == before


@pytest.mark.parametrize("edit", ["builder", "set_operand", "rauw", "move_before", "phi"])
def test_an_operand_from_another_function_is_refused(edit):
    m = irpass.parse(TWO)
    f, g = m.get_function("f"), m.get_function("g")
    x, y = f.blocks[0].instructions[0], g.blocks[0].instructions[0]
    before = irpass.print_module(m)
    with pytest.raises(InvalidEdit, match="in another function!") as e:
        if edit == "builder":
            IRBuilder.at(x).binop("add", f.args[0], g.args[0])
        elif edit == "set_operand":
            x.set_operand(1, y)
        elif edit == "rauw":
            x.replace_all_uses_with(y)
        elif edit == "move_before":
            x.move_before(g.blocks[0].instructions[1])
        else:
            from irpass.ir.builder import add_incoming

            phi = IRBuilder.at(f.blocks[1].instructions[0]).phi(T.I32)
            add_incoming(phi, y, f.blocks[0])
    kinds = {"builder": "an argument", "move_before": "an argument"}  # %x uses @f's %a
    assert f"Referring to {kinds.get(edit, 'an instruction')}" in str(e.value)
    if edit != "phi":
        assert irpass.print_module(m) == before


def test_a_taken_local_name_is_made_unique_as_llvm_does():
    """The same renames through llvmlite (LLVM's own ``setName``) and through irpass."""
    import llvmlite.binding as llvm

    text = ("define i32 @f(i32 %a, i32 %x) {\nentry:\n  %b = add i32 %a, 1\n"
            "  %c = add i32 %b, 1\n  %d = add i32 %c, 1\n  %e = add i32 %d, 1\n"
            "  %a1 = add i32 %e, 1\n  ret i32 %a1\n}\n")
    renames = [(0, "a"), (1, "x"), (2, "a"), (3, "e7"), (3, "a"), (1, "entry"), (2, None)]
    theirs = list(list(llvm.parse_assembly(text).get_function("f").blocks)[0].instructions)
    m = irpass.parse(text)
    ours = m.get_function("f").blocks[0].instructions
    for i, name in renames:
        theirs[i].name = name or ""
        ours[i].name = name
        assert (ours[i].name or "") == theirs[i].name, (i, name)
    assert verify(irpass.print_module(m)) is None


def test_a_function_left_without_blocks_is_refused_by_the_verifier():
    from irpass.ir.verifier import NO_BLOCKS, verify_function

    m = irpass.parse("define void @f() {\n  ret void\n}\n")
    fn = m.get_function("f")
    fn.blocks[0].erase()
    problems = verify_function(fn)
    assert len(problems) == 1 and NO_BLOCKS in problems[0]
    tool = needs_tool("llvm-as", 22)  # LLVM refuses the text in these words
    r = subprocess.run([tool, "-", "-o", "/dev/null"], capture_output=True, timeout=60,
                       input=irpass.print_module(m).encode())
    assert r.returncode != 0 and NO_BLOCKS in r.stderr.decode()


@pytest.mark.parametrize("value", [300, 255, 128, -129, 2 ** 70, 44, -1])
def test_const_int_truncates_as_llvm_reads_it(value):
    import llvmlite.binding as llvm

    c = const_int(T.I8, value)
    theirs = str(llvm.parse_assembly(f"@g = global i8 {value}\n")).split("global ")[1].split()
    assert f"i8 {c.text}" == " ".join(theirs[:2])
    assert c.value == int(theirs[1])


def test_invalid_module_edits_are_invalid_edits():
    from irpass.ir.builder import add_function

    m = irpass.parse(TWO)
    f = m.get_function("f")
    with pytest.raises(InvalidEdit, match="invalid redefinition of function 'g'"):
        add_function(m, "g", T.FunctionType(T.VOID, ()))
    caller = add_function(m, "h", T.FunctionType(T.I32, ()))
    b = IRBuilder.at_end(caller.add_block("entry"))
    b.ret(b.call(f, [const_int(T.I32, 1), const_int(T.I32, 2)]))
    with pytest.raises(InvalidEdit, match="still has users"):
        m.remove(f)
    x = f.blocks[0].instructions[0]
    with pytest.raises(InvalidEdit, match="already in a block"):
        f.blocks[1].insert(0, x)
    with pytest.raises(InvalidEdit, match="operand 5 out of range") as e:
        x.set_operand(5, f.args[0])
    assert isinstance(e.value, IndexError) and isinstance(e.value, ValueError)
    assert verify(irpass.print_module(m)) is None
