"""Damaged corpus files (benchmarks/fuzz.py): irpass reads them or rejects them with a
diagnostic -- never a traceback, never a hang -- and agrees with LLVM 22 where it can.

A longer run: ``python3 benchmarks/fuzz.py --cases 3000 --seed 7`` (it lists the findings
these rules do not allow as "unclassified").
"""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import fuzz  # noqa: E402

CASES = 250
SEED = 20260101

# Disagreements with LLVM that irpass allows, each with its reason. A case matching none of
# these fails the test (and benchmarks/fuzz.py lists it as unclassified).
#
# LLVM rejects, irpass accepts, on a line that starts with (after blanks) -- what irpass keeps
# as text or reads more loosely than LLVM there:
LLVM_ONLY_LINES = {
    "^": "summary entries are kept as text, not parsed",
    "!": "metadata fields are kept as written: field names, DWARF words, flags, the kinds of "
         "operands and repeated fields are not checked",
    "uselistorder": "uselistorder indexes are kept as text (not checked against the uses)",
    "target": "the datalayout string is not parsed",
    "attributes": "attribute arguments (memory(...), captures(...)) are kept as text",
}
# LLVM rejects, irpass accepts, anywhere (irpass does not check every rule of LLVM's parser):
LLVM_ONLY_CHECKS = [
    "expected one of 'none', 'address'", "expected access kind",  # attribute arguments
    "Reference to undefined global",  # a summary naming a global (no location)
    "duplicate case value in switch",
    "unknown intrinsic", "invalid intrinsic signature",  # no intrinsic table: an undeclared
                                                         # llvm.* callee is declared from the call
    "bitwidth for integer type out of range",  # rules on types
    # Constants in instruction operands and aggregate elements are not checked against their
    # type (global initializers are, see validate.literal_error):
    "constant expression type mismatch", "integer constant must have integer type",
    "floating point constant", "is not of type", "invalid type for none constant",
    "global variable reference must have pointer type",
    "defined with type",  # operand types of instructions validate does not check
    "use of undefined type named",  # types inside attributes (sret(%T)) are not walked
    # The grammar reads these forms more loosely than LLVM's parser:
    "expected value token",  # a global definition without an initializer
    "expected localdynamic, initialexec or localexec", "expected icmp predicate",
    "expected a basic block", "expected integer", "expected unsigned integer",
    "does not verify",  # verifier rules: dominance, module flags, target features, EH, debug info
]
# LLVM accepts, irpass rejects:
IRPASS_ONLY = [
    "called with two function types",  # LLVM renames such calls by the intrinsic's mangling
                                       # rules (llvm.fabs.f32 -> llvm.fabs.f64), unknown here
]
# Both accept, the modules differ:
DIFFERENT_MODULE = [
    "declaration order",  # LLVM appends the intrinsics it declares and those it upgrades
                          # (old signatures) in an order of its own
]


def allowed(o: fuzz.Outcome) -> bool:
    if o.irpass == "accepted" and o.llvm == "accepted":
        return o.same_module is not False or o.difference in DIFFERENT_MODULE
    if o.irpass == "accepted" and o.llvm == "rejected-verify":
        return True
    if o.irpass == "accepted" and o.llvm == "rejected-parse":
        line = o.llvm_line.lstrip()
        return (any(line.startswith(k) for k in LLVM_ONLY_LINES)
                or any(s in o.llvm_message for s in LLVM_ONLY_CHECKS))
    if o.irpass == "rejected" and o.llvm == "accepted":
        return any(s in o.detail for s in IRPASS_ONLY)
    return False


ALL = list(fuzz.cases(CASES, SEED, fuzz.corpus()))


def test_cases_are_deterministic():
    again = list(fuzz.cases(20, SEED, fuzz.corpus()))
    assert again == ALL[:20]
    kinds = {name.split(":")[2] for name, _ in ALL}
    assert kinds == {"truncate", "flip", "swap", "delete", "duplicate"}


def test_never_a_traceback_or_a_hang():
    bad = []
    for name, text in ALL:
        status, detail, _ = fuzz.run_irpass(text, timeout=20)
        if status in ("crash", "hang"):
            bad.append(f"{name}: {status} {detail}")
    assert not bad, "\n".join(bad)


def test_agrees_with_llvm():
    if not fuzz.llvm_available():
        pytest.skip("llvm-as-22/llvm-dis-22 are not installed")
    disagree = []
    counts = {"both accept": 0, "both reject": 0}
    for name, text in ALL[:150]:
        o = fuzz.classify(text)
        if o.irpass == "accepted" and o.llvm == "accepted":
            counts["both accept"] += 1
            if not allowed(o):
                disagree.append(f"{name}: irpass's print is a different module")
        elif o.irpass == "rejected" and o.llvm.startswith("rejected"):
            counts["both reject"] += 1
        elif o.llvm != "skipped" and not allowed(o):
            disagree.append(f"{name}: irpass {o.irpass} ({o.detail}), llvm {o.llvm} "
                            f"({o.llvm_message})")
    assert not disagree, "\n".join(disagree)
    assert counts["both accept"] > 10 and counts["both reject"] > 50, counts
