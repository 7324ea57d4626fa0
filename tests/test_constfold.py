"""The constant folder (``irpass.ir.constfold``) against opt-22's ``instsimplify`` on
thousands of random constant instructions (edge values: 0, 1, -1, INT_MIN, INT_MAX, shift
amounts around the width, +-0.0, infinities, NaNs, subnormals, values at the ends of the
integer ranges; widths i1 to i128 and odd ones).

LLVM's folder ignores poison-generating flags on constants, so each instruction with flags
is checked in two parts, both computed by LLVM: its value without the flags, and the
LangRef's condition for poison written as IR without flags (``@llvm.sadd.with.overflow``
for ``add nsw``, ``shl (lshr x, n), n != x`` for ``lshr exact``, ``fcmp uno`` for
``nnan``...). irpass must give poison exactly when that condition holds, and LLVM's value
otherwise."""

from __future__ import annotations

import math
import random
import re
import struct
import subprocess
from collections import Counter

import pytest
from conftest import needs_tool

import irpass
from irpass.ir import constfold as cf
from irpass.ir.instructions import Instruction
from irpass.ir.values import Constant

INT_OPS = ["add", "sub", "mul", "shl", "lshr", "ashr", "and", "or", "xor", "udiv", "sdiv",
           "urem", "srem"]
INT_FLAGS = {"add": ["nuw", "nsw"], "sub": ["nuw", "nsw"], "mul": ["nuw", "nsw"],
             "shl": ["nuw", "nsw"], "lshr": ["exact"], "ashr": ["exact"], "udiv": ["exact"],
             "sdiv": ["exact"], "or": ["disjoint"]}
ICMP = ["eq", "ne", "ugt", "uge", "ult", "ule", "sgt", "sge", "slt", "sle"]
FCMP = ["false", "oeq", "ogt", "oge", "olt", "ole", "one", "ord", "ueq", "ugt", "uge", "ult",
        "ule", "une", "uno", "true"]
FP_OPS = ["fadd", "fsub", "fmul", "fdiv", "frem"]
FMF = ["nnan", "ninf", "nsz", "fast"]
WIDTHS = [1, 7, 8, 16, 32, 33, 64, 128]
POISON_FLAGS = {"nuw", "nsw", "exact", "disjoint", "samesign", "nneg", "nnan", "ninf", "fast"}
ALL_FLAGS = POISON_FLAGS | {"nsz", "arcp", "contract", "afn", "reassoc"}
SPECIAL_FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 3.0, math.inf, -math.inf, math.nan, 1e308, -1e308,
                  5e-324, 3.4028234663852886e38, 1.401298464324817e-45, 2.0**31, -2.0**31,
                  2.0**63, 2.0**64, 4294967295.5, 0.1, 1e-10, 255.5, -0.75]


def int_value(rng: random.Random, bits: int) -> int:
    edges = [0, 1, 2, (1 << bits) - 1, 1 << (bits - 1), (1 << (bits - 1)) - 1, bits, bits - 1,
             bits + 1, rng.randint(0, 9)]
    return (rng.choice(edges) if rng.random() < 0.6 else rng.getrandbits(bits)) & \
        ((1 << bits) - 1)


def int_text(v: int, bits: int) -> str:
    return ("true" if v else "false") if bits == 1 else str(cf.to_signed(v, bits))


def hex_double(x: float) -> str:
    return f"0x{struct.unpack('<Q', struct.pack('<d', x))[0]:016X}"


def float_value(rng: random.Random, kind: str) -> float:
    if rng.random() < 0.6:
        x = rng.choice(SPECIAL_FLOATS)
    elif rng.random() < 0.5:
        x = rng.uniform(-1e6, 1e6)
    else:
        x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    return cf.round_to_float(x) if kind == "float" else x


def some(rng: random.Random, words: list[str], p: float) -> list[str]:
    return [w for w in words if rng.random() < p]


def random_instruction(rng: random.Random) -> tuple[str, str]:
    """(result type, instruction text) with constant operands."""
    r = rng.random()
    if r < 0.35:
        bits, op = rng.choice(WIDTHS), rng.choice(INT_OPS)
        head = " ".join([op, *some(rng, INT_FLAGS.get(op, []), 0.4), f"i{bits}"])
        a, b = int_value(rng, bits), int_value(rng, bits)
        return f"i{bits}", f"{head} {int_text(a, bits)}, {int_text(b, bits)}"
    if r < 0.45:
        bits = rng.choice(WIDTHS)
        head = " ".join(["icmp", *some(rng, ["samesign"], 0.3), rng.choice(ICMP), f"i{bits}"])
        a, b = int_value(rng, bits), int_value(rng, bits)
        return "i1", f"{head} {int_text(a, bits)}, {int_text(b, bits)}"
    kind = rng.choice(["float", "double"])
    a, b = hex_double(float_value(rng, kind)), hex_double(float_value(rng, kind))
    if r < 0.65:
        head = " ".join([rng.choice(FP_OPS), *some(rng, FMF, 0.15), kind])
        return kind, f"{head} {a}, {b}"
    if r < 0.75:
        head = " ".join(["fcmp", *some(rng, FMF, 0.15), rng.choice(FCMP), kind])
        return "i1", f"{head} {a}, {b}"
    if r < 0.78:
        return kind, " ".join(["fneg", *some(rng, FMF, 0.15), kind, a])
    return random_cast(rng)


def random_cast(rng: random.Random) -> tuple[str, str]:
    c = rng.choice(["trunc", "zext", "sext", "fptrunc", "fpext", "fptoui", "fptosi", "uitofp",
                    "sitofp", "bitcast"])
    if c in ("trunc", "zext", "sext"):
        small, big = sorted(rng.sample(WIDTHS, 2))
        src, dst = (big, small) if c == "trunc" else (small, big)
        flags = some(rng, {"trunc": ["nuw", "nsw"], "zext": ["nneg"]}.get(c, []), 0.4)
        v = int_text(int_value(rng, src), src)
        return f"i{dst}", " ".join([c, *flags, f"i{src}", v, "to", f"i{dst}"])
    if c in ("fptrunc", "fpext"):
        src, dst = ("double", "float") if c == "fptrunc" else ("float", "double")
        return dst, f"{c} {src} {hex_double(float_value(rng, src))} to {dst}"
    if c in ("fptoui", "fptosi"):
        src, dst = rng.choice(["float", "double"]), rng.choice(WIDTHS)
        return f"i{dst}", f"{c} {src} {hex_double(float_value(rng, src))} to i{dst}"
    if c in ("uitofp", "sitofp"):
        src, dst = rng.choice(WIDTHS), rng.choice(["float", "double"])
        flags = some(rng, ["nneg"], 0.3) if c == "uitofp" else []
        v = int_text(int_value(rng, src), src)
        return dst, " ".join([c, *flags, f"i{src}", v, "to", dst])
    kind = rng.choice(["float", "double"])
    bits = 32 if kind == "float" else 64
    if rng.random() < 0.5:
        return f"i{bits}", f"bitcast {kind} {hex_double(float_value(rng, kind))} to i{bits}"
    return kind, f"bitcast i{bits} {int_text(int_value(rng, bits), bits)} to {kind}"


def poison_condition(inst: Instruction, plain: str) -> list[str] | None:
    """The LangRef's condition for ``inst`` (with its flags) to be poison, as IR lines
    ending in ``%p`` (an ``i1``) that use no flags; ``plain`` is ``inst`` without flags,
    whose result is ``%v``. None when ``inst`` has no flag that can make poison."""
    flags = inst.flags & POISON_FLAGS
    if not flags:
        return None
    op, t = inst.opcode, inst.operands[0].type
    a = inst.operands[0].ref()
    b = inst.operands[1].ref() if len(inst.operands) > 1 else ""
    lines = [f"%v = {plain}"]
    conds = []

    def cond(*body: str) -> None:
        name = f"%c{len(conds)}"
        lines.extend(body[:-1])
        lines.append(f"{name} = {body[-1]}")
        conds.append(name)

    if op in ("add", "sub", "mul"):
        for flag, sign in (("nuw", "u"), ("nsw", "s")):
            if flag in flags:
                k = len(conds)
                cond(f"%o{k} = call {{{t}, i1}} @llvm.{sign}{op}.with.overflow.{t}"
                     f"({t} {a}, {t} {b})", f"extractvalue {{{t}, i1}} %o{k}, 1")
    elif op == "shl":
        for flag, back in (("nuw", "lshr"), ("nsw", "ashr")):
            if flag in flags:
                k = len(conds)
                cond(f"%s{k} = shl {t} {a}, {b}", f"%b{k} = {back} {t} %s{k}, {b}",
                     f"icmp ne {t} %b{k}, {a}")
    elif op in ("lshr", "ashr"):
        cond(f"%s = shl {t} %v, {b}", f"icmp ne {t} %s, {a}")
    elif op in ("udiv", "sdiv"):
        cond(f"%r = {'u' if op == 'udiv' else 's'}rem {t} {a}, {b}", f"icmp ne {t} %r, 0")
    elif op == "or":
        cond(f"%r = and {t} {a}, {b}", f"icmp ne {t} %r, 0")
    elif op == "icmp":
        cond(f"%x = xor {t} {a}, {b}", f"icmp slt {t} %x, 0")
    elif op == "trunc":
        for flag, ext in (("nuw", "zext"), ("nsw", "sext")):
            if flag in flags:
                k = len(conds)
                cond(f"%e{k} = {ext} {inst.type} %v to {t}", f"icmp ne {t} %e{k}, {a}")
    elif op in ("zext", "uitofp"):
        cond(f"icmp slt {t} {a}, 0")
    else:  # fast-math flags: operands, and a floating-point result
        checked = [a, b] if b else [a]
        if inst.type.is_float:
            checked.append("%v")
        nan = "nnan" in flags or "fast" in flags
        inf = "ninf" in flags or "fast" in flags
        for k, x in enumerate(checked):
            if nan:
                cond(f"fcmp uno {t} {x}, {x}")
            if inf:
                cond(f"%abs{k} = call {t} @llvm.fabs.{t}({t} {x})",
                     f"fcmp oeq {t} %abs{k}, 0x7FF0000000000000")
    for k in range(1, len(conds)):
        lines.append(f"%or{k} = or i1 {conds[k - 1] if k == 1 else f'%or{k - 1}'}, {conds[k]}")
    lines.append(f"%p = or i1 {conds[0] if len(conds) == 1 else f'%or{len(conds) - 1}'}, false")
    return lines


def undefined(inst: Instruction) -> bool:
    """Division or remainder by zero, or INT_MIN / -1: undefined behaviour."""
    if inst.opcode not in ("udiv", "sdiv", "urem", "srem"):
        return False
    bits = inst.type.bits
    a, b = (cf.constant_number(o) for o in inst.operands)
    return b == 0 or inst.opcode[0] == "s" and a == 1 << (bits - 1) and b == (1 << bits) - 1


def same(ours, theirs) -> bool:
    if ours is cf.POISON or theirs is cf.POISON:
        return ours is theirs
    if isinstance(ours, float):
        return isinstance(theirs, float) and hex_double(ours) == hex_double(theirs)
    return ours == theirs


@pytest.mark.parametrize("seed", [1, 2])
def test_folds_as_instsimplify_does(seed):
    rng = random.Random(seed)
    cases = [random_instruction(rng) for _ in range(2500)]
    ours = irpass.parse("".join(f"define {t} @t{i}() {{\n  %r = {body}\n  ret {t} %r\n}}\n"
                                for i, (t, body) in enumerate(cases)))
    oracle = []
    for i, (t, body) in enumerate(cases):
        inst = ours.get_function(f"t{i}").blocks[0].instructions[0]
        plain = " ".join(w for w in body.split(" ") if w not in ALL_FLAGS)
        oracle.append(f"define {t} @v{i}() {{\n  %v = {plain}\n  ret {t} %v\n}}\n")
        cond = poison_condition(inst, plain)
        if cond is not None:
            oracle.append(f"define i1 @p{i}() {{\n  " + "\n  ".join(cond) + "\n  ret i1 %p\n}\n")
    text = "".join(oracle)
    folded = irpass.parse(instsimplify(text + "".join(sorted(set(intrinsic_declarations(text))))))

    def llvm_value(name: str):
        fn = folded.get_function(name)
        ret = fn.blocks[0].instructions[-1]
        assert len(fn.blocks[0].instructions) == 1, f"{name} not folded: {fn}"
        return cf.constant_number(ret.operands[0])

    seen: Counter = Counter()
    for i, (_, body) in enumerate(cases):
        inst = ours.get_function(f"t{i}").blocks[0].instructions[0]
        got = cf.fold_value(inst)
        if got is None:
            assert undefined(inst), body
            seen["undefined behaviour, not folded"] += 1
            continue
        value = llvm_value(f"v{i}")
        poison = folded.get_function(f"p{i}") is not None and llvm_value(f"p{i}")
        if value is cf.POISON or poison:
            assert got is cf.POISON, f"{body}: irpass {got}, LLVM poison"
            seen["poison by the flags" if poison and value is not cf.POISON else "poison"] += 1
        else:
            assert same(got, value), f"{body}: irpass {got!r}, LLVM {value!r}"
            seen["NaN" if isinstance(got, float) and math.isnan(got) else "value"] += 1
        c = cf.fold(inst)  # the constant made of it reads back as the same
        assert c is not None and c.type == inst.type and same(cf.constant_number(c), got)
    assert seen["value"] > 1500 and seen["poison by the flags"] > 100 and seen["NaN"] > 20
    assert seen["poison"] > 100 and seen["undefined behaviour, not folded"] > 10


def intrinsic_declarations(text: str) -> list[str]:
    """Declarations for the ``@llvm.*`` functions ``text`` calls."""
    out = []
    for ret, name, args in re.findall(r"call (\{[^}]*\}|\w+) (@llvm\.[\w.]+)\(([^)]*)\)", text):
        types = ", ".join(a.rsplit(" ", 1)[0] for a in args.split(", "))
        out.append(f"declare {ret} {name}({types})\n")
    return out


def instsimplify(text: str) -> str:
    """``text`` after opt-22's ``instsimplify``."""
    r = subprocess.run([needs_tool("opt", 22), "-passes=instsimplify", "-S", "-"],
                       input=text.encode(), capture_output=True, timeout=300)
    assert r.returncode == 0, r.stderr.decode()[:3000]
    return r.stdout.decode()


def test_fold_on_instructions():
    m = irpass.parse("""\
define i32 @f(i32 %x) {
  %a = mul nsw i32 6, 7
  %b = add i32 %x, 1
  %c = shl i32 1, 32
  %d = sdiv i32 1, 0
  %e = select i1 true, i32 5, i32 %x
  %g = fptosi double 1.0e10 to i32
  %h = fadd double 0x7FF0000000000000, 0xFFF0000000000000
  %i = trunc nsw i32 200 to i8
  %j = freeze i32 poison
  ret i32 %a
}
""")
    insts = {i.name: i for i in m.get_function("f").blocks[0].instructions if i.name}
    got = {n: cf.fold(i) for n, i in insts.items()}
    assert str(got["a"]) == "i32 42"
    assert got["b"] is None  # %x is not a constant
    assert str(got["c"]) == "i32 poison"  # shift by the width
    assert got["d"] is None  # division by zero: undefined behaviour, left alone
    assert str(got["e"]) == "i32 5"
    assert str(got["g"]) == "i32 poison"  # out of range
    assert str(got["h"]) == "double 0x7FF8000000000000"  # inf - inf: LLVM's default NaN
    assert str(got["i"]) == "i8 poison"  # 200 does not fit i8 as a signed value
    assert got["j"] is None  # freeze poison: some value, not one to fold to
    assert cf.fold_int_binop("add", 8, 200, 100) == 44
    assert cf.fold_int_binop("add", 8, 200, 100, frozenset({"nuw"})) is cf.POISON
    assert cf.fold_icmp("slt", 8, 200, 1) is True and cf.to_signed(200, 8) == -56
    assert cf.fold_cast("sitofp", *_types("i64", "float"), (1 << 64) - 1) == -1.0
    assert cf.fold_float_binop("fdiv", "double", 1.0, -0.0) == -math.inf


def _types(*names: str):
    from irpass.ir import types as T

    return tuple(T.IntType(int(n[1:])) if n[0] == "i" else T.FloatType(n) for n in names)


def test_a_folded_constant_replaces_the_instruction():
    from irpass.llvm.llvmlite_check import verify

    m = irpass.parse("""\
define i8 @f() {
  %a = mul i8 16, 17
  %b = xor i8 %a, -1
  ret i8 %b
}
""")
    fn = m.get_function("f")
    changed = True
    while changed:  # to a fixpoint: folding %a makes %b foldable
        changed = False
        for inst in fn.instructions():
            c = cf.fold(inst)
            if c is not None:
                inst.replace_all_uses_with(c)
                inst.erase()
                changed = True
    assert verify(irpass.print_module(m)) is None
    assert str(fn.blocks[0].instructions[0]) == "ret i8 -17"  # 16*17 = 272 = 16 (mod 256)
    assert isinstance(fn.blocks[0].instructions[0].operands[0], Constant)
