"""``align``, ``volatile``, ``ordering``, ``failure_ordering`` and ``syncscope`` of memory
instructions (``irpass.ir.memaccess``): read from what clang-19 and clang-22 write for C11
atomics and volatile accesses, set and printed, the result read back by llvm-as-22 and
llvm-dis-22 as the text LLVM would write for the same instruction; refused values refused in
the words llvm-as-22 uses for that text."""

from __future__ import annotations

import subprocess

import pytest
from conftest import clang, llvm_normal_form, needs_tool

import irpass
from irpass.ir.opcodes import ATOMIC, VOLATILE
from irpass.ir.rules import InvalidEdit

SOURCE = r"""
#include <stdatomic.h>
int f(_Atomic int *p, volatile int *q, int *r, _Atomic double *d) {
  int a = atomic_load_explicit(p, memory_order_acquire);
  atomic_store_explicit(p, a, memory_order_release);
  int b = *q;
  *q = b;
  int e = 5;
  atomic_compare_exchange_strong_explicit(p, &e, 7, memory_order_acq_rel, memory_order_acquire);
  atomic_compare_exchange_weak_explicit(p, &e, 8, memory_order_seq_cst, memory_order_relaxed);
  atomic_fetch_add_explicit(p, 1, memory_order_relaxed);
  atomic_thread_fence(memory_order_seq_cst);
  atomic_signal_fence(memory_order_acquire);
  double x = atomic_load_explicit(d, memory_order_relaxed);
  int s = __atomic_load_n(r, __ATOMIC_SEQ_CST);
  __attribute__((aligned(32))) int local[8];
  local[a & 7] = s;
  return a + b + s + (int)x + local[b & 7];
}
"""
# (opcode, align, volatile, ordering, failure ordering, syncscope) of the first memory
# instructions clang -O1 writes for SOURCE, in order.
EXPECTED = [
    ("alloca", 32, False, None, None, None),
    ("load", 4, False, "acquire", None, None),
    ("store", 4, False, "release", None, None),
    ("load", 4, True, None, None, None),
    ("store", 4, True, None, None, None),
    ("cmpxchg", 4, False, "acq_rel", "acquire", None),
    ("cmpxchg", 4, False, "seq_cst", "monotonic", None),
    ("atomicrmw", 4, False, "monotonic", None, None),
    ("fence", None, False, "seq_cst", None, None),
    ("fence", None, False, "acquire", None, "singlethread"),
    ("load", 8, False, "monotonic", None, None),
    ("load", 4, False, "seq_cst", None, None),
]


def _facts(inst):
    return (inst.opcode, inst.align, inst.volatile, inst.ordering, inst.failure_ordering,
            inst.syncscope)


@pytest.mark.parametrize("version", [19, 22])
def test_read_from_clang(version):
    text = clang(SOURCE, "-O1", version=version)
    module = irpass.parse(text)
    assert llvm_normal_form(irpass.print_module(module), 22) == llvm_normal_form(text, 22)
    found = [_facts(i) for f in module.functions for b in f.blocks for i in b.instructions
             if i.opcode in ATOMIC | VOLATILE | {"alloca"}]
    assert found[:len(EXPECTED)] == EXPECTED
    others = [i for f in module.functions for b in f.blocks for i in b.instructions
              if i.opcode in ("add", "ret", "call", "getelementptr")]
    assert others and all(_facts(i)[1:] == (None, False, None, None, None) for i in others)


def _module(inst: str) -> str:
    return (f"define void @f(ptr %p, i32 %v) {{\n  {inst}\n  ret void\n}}\n")


def _only(module):
    return next(i for f in module.functions for b in f.blocks for i in b.instructions)


# (instruction as LLVM's tests write it, {property: new value}, what LLVM writes for the result)
EDITS = [
    ("%x = load i32, ptr %p, align 4", {"align": 16}, "%x = load i32, ptr %p, align 16"),
    ("%x = load i32, ptr %p", {"align": 8}, "%x = load i32, ptr %p, align 8"),
    ("%x = load i32, ptr %p, align 16", {"align": None}, "%x = load i32, ptr %p"),
    ("%x = load i32, ptr %p, align 4", {"volatile": True},
     "%x = load volatile i32, ptr %p, align 4"),
    ("%x = load volatile i32, ptr %p, align 4", {"volatile": False},
     "%x = load i32, ptr %p, align 4"),
    ("%x = load i32, ptr %p, align 4", {"ordering": "acquire", "syncscope": "agent"},
     '%x = load atomic i32, ptr %p syncscope("agent") acquire, align 4'),
    ('%x = load atomic volatile i32, ptr %p syncscope("agent") acquire, align 4',
     {"ordering": None}, "%x = load volatile i32, ptr %p, align 4"),
    ("%x = load atomic i32, ptr %p unordered, align 4", {"ordering": "seq_cst", "align": 8},
     "%x = load atomic i32, ptr %p seq_cst, align 8"),
    ("store i32 %v, ptr %p", {"align": 4, "ordering": "release", "volatile": True},
     "store atomic volatile i32 %v, ptr %p release, align 4"),
    ('store atomic i32 %v, ptr %p syncscope("singlethread") monotonic, align 4',
     {"syncscope": None}, "store atomic i32 %v, ptr %p monotonic, align 4"),
    ("fence acquire", {"ordering": "seq_cst", "syncscope": "singlethread"},
     'fence syncscope("singlethread") seq_cst'),
    ('fence syncscope("agent") release', {"syncscope": "wave"},
     'fence syncscope("wave") release'),
    ("%x = cmpxchg ptr %p, i32 0, i32 %v seq_cst seq_cst",
     {"ordering": "acq_rel", "failure_ordering": "monotonic", "volatile": True, "align": 8},
     "%x = cmpxchg volatile ptr %p, i32 0, i32 %v acq_rel monotonic, align 8"),
    ('%x = cmpxchg weak volatile ptr %p, i32 0, i32 %v syncscope("singlethread") release '
     "monotonic, align 4", {"volatile": False, "syncscope": None},
     "%x = cmpxchg weak ptr %p, i32 0, i32 %v release monotonic, align 4"),
    ("%x = atomicrmw add ptr %p, i32 1 monotonic, align 4",
     {"ordering": "acq_rel", "volatile": True, "syncscope": "one-as"},
     '%x = atomicrmw volatile add ptr %p, i32 1 syncscope("one-as") acq_rel, align 4'),
    ("%a = alloca i32, i32 4, align 4", {"align": 64}, "%a = alloca i32, i32 4, align 64"),
    ("%a = alloca [2 x i32]", {"align": 8}, "%a = alloca [2 x i32], align 8"),
]


@pytest.mark.parametrize("before, edits, after", EDITS)
def test_set_prints_what_llvm_reads(before, edits, after):
    module = irpass.parse(_module(before))
    inst = _only(module)
    for prop, value in edits.items():
        setattr(inst, prop, value)
    for prop, value in edits.items():
        assert getattr(inst, prop) == value
    text = irpass.print_module(module)
    assert llvm_normal_form(text, 22) == llvm_normal_form(_module(after), 22)
    again = _only(irpass.parse(text))
    assert _facts(again) == _facts(inst)


def _llvm_says(text: str) -> str:
    tool = needs_tool("llvm-as", 22)
    r = subprocess.run([tool, "-", "-o", "/dev/null"], input=text.encode(),
                       capture_output=True, timeout=60)
    assert r.returncode != 0
    return r.stderr.decode()


# (instruction, property, refused value, the same refusal written as text for llvm-as-22)
REFUSALS = [
    ("%x = load i32, ptr %p, align 4", "align", 3, "%x = load i32, ptr %p, align 3"),
    ("%x = load i32, ptr %p, align 4", "align", 0, "%x = load i32, ptr %p, align 0"),
    ("%x = load i32, ptr %p, align 4", "align", 1 << 33,
     "%x = load i32, ptr %p, align 8589934592"),
    ("%x = load i32, ptr %p, align 4", "ordering", "release",
     "%x = load atomic i32, ptr %p release, align 4"),
    ("%x = load i32, ptr %p, align 4", "ordering", "acq_rel",
     "%x = load atomic i32, ptr %p acq_rel, align 4"),
    ("%x = load i32, ptr %p", "ordering", "acquire", "%x = load atomic i32, ptr %p acquire"),
    ("store atomic i32 %v, ptr %p release, align 4", "ordering", "acquire",
     "store atomic i32 %v, ptr %p acquire, align 4"),
    ("store atomic i32 %v, ptr %p release, align 4", "align", None,
     "store atomic i32 %v, ptr %p release"),
    ("fence acquire", "ordering", "monotonic", "fence monotonic"),
    ("fence acquire", "ordering", "unordered", "fence unordered"),
    ("%x = cmpxchg ptr %p, i32 0, i32 %v seq_cst seq_cst", "failure_ordering", "release",
     "%x = cmpxchg ptr %p, i32 0, i32 %v seq_cst release"),
    ("%x = cmpxchg ptr %p, i32 0, i32 %v seq_cst seq_cst", "ordering", "unordered",
     "%x = cmpxchg ptr %p, i32 0, i32 %v unordered seq_cst"),
    ("%x = atomicrmw add ptr %p, i32 1 monotonic", "ordering", "unordered",
     "%x = atomicrmw add ptr %p, i32 1 unordered"),
    ("%x = load i8, ptr %p, align 1", "ordering", "monotonic", None),
    ("%x = load { i32 }, ptr %p, align 4", "ordering", "monotonic",
     "%x = load atomic { i32 }, ptr %p monotonic, align 4"),
    ("%x = load i7, ptr %p, align 1", "ordering", "monotonic",
     "%x = load atomic i7, ptr %p monotonic, align 1"),
    ("%x = load x86_fp80, ptr %p, align 16", "ordering", "monotonic",
     "%x = load atomic x86_fp80, ptr %p monotonic, align 16"),
    ("%x = load i32, ptr %p, align 4", "syncscope", "agent", None),
    ("%x = add i32 %v, 1", "volatile", True, None),
    ("%x = add i32 %v, 1", "align", 4, None),
    ("fence acquire", "volatile", True, None),
]


@pytest.mark.parametrize("before, prop, value, as_text", REFUSALS)
def test_invalid_values_refused(before, prop, value, as_text):
    module = irpass.parse(_module(before))
    inst = _only(module)
    if as_text is None and prop == "ordering":  # a valid one: accepted
        setattr(inst, prop, value)
        assert inst.ordering == value
        llvm_normal_form(irpass.print_module(module), 22)
        return
    with pytest.raises(InvalidEdit) as refused:
        setattr(inst, prop, value)
    assert irpass.print_module(module) == _module(before)  # nothing changed
    if as_text is not None:
        assert str(refused.value) in _llvm_says(_module(as_text))
