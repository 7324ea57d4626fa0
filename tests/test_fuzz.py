"""Damaged corpus files (benchmarks/fuzz.py): irpass reads them or rejects them with a
diagnostic -- never a traceback, never a hang -- and agrees with LLVM 22 where it can.

A longer run: ``python3 benchmarks/fuzz.py --cases 5000 --seed 7``.
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
# these fails the test.
#
# LLVM rejects, irpass accepts (irpass does not check every rule of LLVM's parser/verifier):
LLVM_ONLY_CHECKS = [
    "this attribute does not apply",  # attribute placement (return/param/function) not checked
    "cannot be specified more than once",  # metadata field rules: fields are kept as written
    "expected metadata type", "expected '(' here", "expected function flag type",  # summaries
    "expected metadata or",  # operands of metadata attachments are kept as text
    "expected ", "invalid ", "missing required field", "value for ",  # DI* node fields
    "use of undefined type named",  # types inside attributes (sret(%T)) are not walked
    "does not verify",  # verifier rules: dominance, module flags, target features, EH, debug info
]
# LLVM accepts, irpass rejects:
IRPASS_ONLY = [
    "use of undefined value '@llvm.",  # LLVM 22 declares an intrinsic used but never declared
    "expected .{., found",  # '!' and a node number split by a line break: LLVM's lexer reads
                            # them as two tokens, the grammar as one
]


def allowed(o: fuzz.Outcome) -> bool:
    if o.irpass == "accepted" and o.llvm == "rejected-verify":
        return True
    if o.irpass == "accepted" and o.llvm == "rejected-parse":
        return any(s in o.llvm_message for s in LLVM_ONLY_CHECKS)
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
            if not o.same_module:
                disagree.append(f"{name}: irpass's print is a different module")
        elif o.irpass == "rejected" and o.llvm.startswith("rejected"):
            counts["both reject"] += 1
        elif o.llvm != "skipped" and not allowed(o):
            disagree.append(f"{name}: irpass {o.irpass} ({o.detail}), llvm {o.llvm} "
                            f"({o.llvm_message})")
    assert not disagree, "\n".join(disagree)
    assert counts["both accept"] > 10 and counts["both reject"] > 50, counts
