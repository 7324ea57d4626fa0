"""An edit costs what it touches: the shape of the work, not its time (timings are in
benchmarks/edits.py). One edit of each kind in one function of a module of N functions must
not look at the other functions, at the module's list of entities, nor build a printer of
the module; a rewrite of every function builds no printer at all (messages are made only
when a check fails)."""

from __future__ import annotations

import pytest

import irpass
from irpass.ir import types as T
from irpass.ir import writer
from irpass.ir.builder import IRBuilder, const_int
from irpass.ir.rules import InvalidEdit
from irpass.llvm.llvmlite_check import verify


def module_text(n: int) -> str:
    """N functions, each with unnamed values (numbered) and a mul by a power of two."""
    out = ["@g = global i32 0\n@0 = global i32 1\n"]
    for k in range(n):
        out.append(f"""
define i32 @f{k}(i32 %0, i32 %y) {{
  %2 = mul nsw i32 %0, 8
  %3 = add i32 %2, %y
  %a = load i32, ptr @g
  %4 = add i32 %3, %a
  br label %next

next:
  %5 = phi i32 [ %4, %1 ]
  ret i32 %5
}}
""")
    return "".join(out)


class Watched(list):
    """A list that counts how often it is walked or indexed."""

    touched = 0

    def __iter__(self):
        Watched.touched += 1
        return super().__iter__()

    def __getitem__(self, i):
        Watched.touched += 1
        return super().__getitem__(i)

    def __len__(self):
        Watched.touched += 1
        return super().__len__()

    def index(self, *a):
        Watched.touched += 1
        return super().index(*a)


@pytest.fixture
def counted(monkeypatch):
    """Counts printers built and unnamed-global numberings worked out."""
    counts = {"printers": 0, "global numbering": 0, "local numbering": 0}
    init, numbers, number = (writer.Printer.__init__, writer.Printer.global_numbers.fget,
                             writer.LocalNamer.number)

    def counting_init(self, *a, **k):
        counts["printers"] += 1
        init(self, *a, **k)

    def counting_numbers(self):
        if self._global_numbers is None:
            counts["global numbering"] += 1
        return numbers(self)

    def counting_number(fn, body=True):
        counts["local numbering"] += 1
        return number(fn, body)

    monkeypatch.setattr(writer.Printer, "__init__", counting_init)
    monkeypatch.setattr(writer.Printer, "global_numbers", property(counting_numbers))
    monkeypatch.setattr(writer.LocalNamer, "number", staticmethod(counting_number))
    return counts


def edits(fn) -> None:
    """One edit of each kind in ``fn``, each passing its checks."""
    entry = fn.blocks[0]
    mul, add3, load, add4, br = entry.instructions
    b = IRBuilder.at(mul)
    shl = b.binop("shl", fn.args[0], const_int(T.I32, 3), name="s")
    mul.replace_all_uses_with(shl)
    shl.take_name(mul)
    mul.erase()
    add3.set_operand(1, fn.args[0])
    b.position_before(add3)
    c = b.cast("zext", fn.args[1], T.I64)
    c.move_after(add3)
    c.name = "a"  # taken: made unique
    b.position_before(br)
    b.icmp("slt", add4, fn.args[1], name="cmp")
    load.set_metadata("note", "!{}")
    add3.nsw = True
    fn.blocks[1].name = "loop"


def shape(n: int, counted: dict) -> dict:
    m = irpass.parse(module_text(n))
    fns = m.functions
    watched, others = fns[0], fns[1:]
    for fn in others:  # any look at another function's body or the module's list counts
        fn._blocks = Watched(fn._blocks)
    m.entities = Watched(m.entities)
    Watched.touched = 0
    for key in counted:
        counted[key] = 0
    edits(watched)
    result = {"others touched": Watched.touched, **counted}
    for fn in others:
        fn._blocks = list(fn._blocks)
    m.entities = list(m.entities)
    assert verify(irpass.print_module(m)) is None
    return result


def test_an_edit_does_not_walk_the_module(counted):
    small, big = shape(3, counted), shape(300, counted)
    assert small == big
    assert big == {"others touched": 0, "printers": 0, "global numbering": 0,
                   "local numbering": 0}


def test_a_failed_check_names_operands_from_their_function_only(counted):
    m = irpass.parse(module_text(50))
    fn = m.functions[7]
    for other in m.functions[:7] + m.functions[8:]:
        other._blocks = Watched(other._blocks)
    Watched.touched = 0
    with pytest.raises(InvalidEdit, match=r"invalid operand type for instruction: fadd i32 %0"):
        IRBuilder.at(fn.blocks[0].instructions[0]).binop("fadd", fn.args[0], fn.args[0])
    assert Watched.touched == 0 and counted["global numbering"] == 0
    assert counted["local numbering"] == 1


def test_names_and_numbers_follow_edits():
    """What is cached per function is dropped by the edits that change it."""
    m = irpass.parse(module_text(2))
    fn = m.functions[0]
    mul, add3 = fn.blocks[0].instructions[:2]
    assert (str(mul), str(add3).split(" =")[0]) == ("%2 = mul nsw i32 %0, 8", "%3")
    b = IRBuilder.at(mul)
    b.binop("add", fn.args[0], fn.args[0])
    assert str(mul).split(" =")[0] == "%3" and str(add3).split(" =")[0] == "%4"
    add3.name = "y"  # %y is the argument's: LLVM makes it y1
    assert add3.name == "y1" and str(mul).split(" =")[0] == "%3"
    fn.blocks[0].instructions[0].erase()
    assert str(mul).split(" =")[0] == "%2"
    add3.name = None
    assert str(add3).split(" =")[0] == "%3"


def test_a_module_rewrite_builds_no_printer(counted):
    """The mul -> shl pass of benchmarks/edits.py over every function."""
    import importlib.util
    from pathlib import Path

    from irpass.passes import registry

    path = Path(__file__).resolve().parent.parent / "benchmarks" / "mul_to_shl.py"
    spec = importlib.util.spec_from_file_location("mul_to_shl_bench", path)
    mod = importlib.util.module_from_spec(spec)
    registry.all_passes()
    passes = dict(registry._PASSES)
    try:
        spec.loader.exec_module(mod)
    finally:  # the registry is the process's: leave it as it was
        registry._PASSES.clear()
        registry._PASSES.update(passes)
    m = irpass.parse(module_text(40))
    for key in counted:
        counted[key] = 0
    from irpass.passes.analysis import AnalysisManager

    assert mod.MulToShl().apply(m, AnalysisManager(m))
    assert counted == {"printers": 0, "global numbering": 0, "local numbering": 0}
    text = irpass.print_module(m)
    assert text.count("shl nsw i32 %0, 3") == 40 and " mul " not in text
    assert verify(text) is None
