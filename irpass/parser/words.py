"""Words and spellings both routes of the reader (``fastpath`` and ``treepath``) read the same
way: the words before a function's return type that are not return attributes, a call's
prefix words, comments dropped from kept text, metadata ids written ``! 12``."""

from __future__ import annotations

import re

from irpass.ir.attributes import AttributeList
from irpass.ir.opcodes import FAST_MATH_FLAGS

# Words before a function's return type that are not return attributes.
LINKAGE_WORDS = frozenset({
    "private", "internal", "available_externally", "linkonce", "weak", "common", "appending",
    "extern_weak", "linkonce_odr", "weak_odr", "external", "dso_local", "dso_preemptable",
    "default", "hidden", "protected", "dllimport", "dllexport", "unnamed_addr",
    "local_unnamed_addr", "externally_initialized", "thread_local",
})
FAST_MATH = FAST_MATH_FLAGS
CALLING_CONV = re.compile(r"(?:[a-z_0-9]*cc|cc\s*\d+|swiftcc|swifttailcc|tailcc|cfguard_checkcc"
                          r"|[a-z_0-9]+_(?:kernel|vs|ps|gs|hs|es|ls|cs|gfx|intrcc))\Z")
_COMMENT = re.compile(r'("[^"]*")|;[^\n]*')
# A metadata reference written with blanks or comments between "!" and the number.
_SPACED_MD_REF = re.compile(r"!(?:\s|;[^\n]*+)*+([0-9]+)\Z")


def is_prefix_word(text: str) -> bool:
    """Whether ``text``, before a function's return type, is a linkage, visibility or
    calling-convention word (kept in ``pre_attrs``), not a return attribute."""
    return (text in LINKAGE_WORDS or text.startswith("thread_local")
            or bool(CALLING_CONV.match(text)))


def split_lead(words: list[str]) -> tuple[list[str], AttributeList]:
    """The words before a function's return type: (prefix words, return attributes); a
    prefix word after the first return attribute is an attribute."""
    pre: list[str] = []
    ret_attrs = AttributeList()
    for text in words:
        if is_prefix_word(text) and not ret_attrs:
            pre.append(text)
        else:
            ret_attrs.items.append(text)
    return pre, ret_attrs


def call_lead(words: list[str]) -> tuple[list[str], AttributeList]:
    """The words between ``call`` and the callee's type: (fast-math flags and calling
    convention, return attributes)."""
    prefix_words: list[str] = []
    ret_attrs = AttributeList()
    for text in words:
        if (text in FAST_MATH or CALLING_CONV.match(text)) and not ret_attrs:
            prefix_words.append(text)
        else:
            ret_attrs.items.append(text)
    return prefix_words, ret_attrs


def strip_comments(text: str) -> str:
    """``text`` without its ``;`` comments (strings kept)."""
    if ";" not in text:
        return text
    return _COMMENT.sub(lambda m: m.group(1) or "", text)


def md_number(text: str) -> int:
    """The number of an ``MD_ID`` token: ``!12``, or ``! 12`` (LLVM allows the blank)."""
    return int(text[1:] if text[1:2].isdigit() else text[1:].split()[-1])


def md_ref_text(text: str) -> str:
    """``!12`` for a reference written ``! 12`` (so ``md_id`` and passes see the number);
    any other text unchanged."""
    if text[1:2].isdigit() or not text.startswith("!"):
        return text
    m = _SPACED_MD_REF.match(text)
    return "!" + m.group(1) if m else text
