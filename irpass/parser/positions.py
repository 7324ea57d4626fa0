"""Where things are in the source text, for the validator's messages (``validate``): an
instruction's operand, the type written before it, a call's argument, as the text spells
them. The reader keeps only an instruction's offset (``Instruction.pos``); the rest is found
again by following the instruction's template through the text, skipping comments, which
costs only when there is an error.

``SourcePositions`` is a part of ``validate``'s validator (it uses its ``text``), as
``AttributeChecks`` and ``ParseChecks`` are.
"""

from __future__ import annotations

import re

from irpass.ir.instructions import CallInst, Instruction
from irpass.ir.values import Constant, MetadataOperand, User, Value

# A local or global reference as written.
TOKEN = re.compile(r'[%@](?:[-a-zA-Z$._0-9]+|"[^"]*")')


class SourcePositions:
    """Offsets in ``self.text`` (the source) of what an error is about."""

    text: str

    def spelling(self, inst: Instruction, k: int) -> str:
        m = TOKEN.match(self.text, self.operand_pos(inst, k))
        if m:  # as the text spells it
            return m.group()
        v = inst.operands[k]
        return v.ref(lambda _: "%?") if v.name is not None else "%?"

    def before(self, inst: Instruction, k: int) -> str:
        """The template text right before operand ``k`` ("" for calls or when none)."""
        tpl = inst.template
        try:
            i = tpl.index(k)
        except ValueError:
            return ""
        return tpl[i - 1] if i > 0 and isinstance(tpl[i - 1], str) else ""

    def written(self, inst: Instruction, k: int) -> str:
        """The type written right before operand ``k``, as text ("" if none)."""
        return written_type(self.before(inst, k))

    def operand_pos(self, inst: Instruction, k: int) -> int:
        pos = inst.pos or 0
        if isinstance(inst, CallInst):
            return self.arg_pos(inst, next((i for i, a in enumerate(inst.args)
                                            if a.index == k), 0))
        found = _walk(self.text, pos, inst, k)
        return found if found is not None else pos

    def type_pos(self, inst: Instruction, k: int) -> int:
        at = self.operand_pos(inst, k)
        part = self.before(inst, k)
        start = type_start(part.rstrip())
        if start is None or at == (inst.pos or 0):
            return at
        return max(inst.pos or 0, at - (len(part) - start))

    def arg_pos(self, inst: CallInst, i: int) -> int:
        pos = inst.pos or 0
        if i >= len(inst.args):
            return pos
        v = inst.operands[inst.args[i].index]
        if v.name is not None:
            at = self.text.find(v.ref(), pos)
            if at >= 0:
                return at
        # Count top-level commas after the callee's '(' to find the argument.
        after_type = self.text.find(inst.fn_type_text, pos)
        if after_type >= 0:
            pos = after_type + len(inst.fn_type_text)
        open_at = self.text.find("(", pos)
        depth, j, n = 0, open_at + 1, 0
        while 0 < j < len(self.text) and j - pos < 100_000:
            c = self.text[j]
            if c in "([{<":
                depth += 1
            elif c in ")]}>":
                if depth == 0:
                    break
                depth -= 1
            elif c == "," and depth == 0:
                n += 1
                if n == i:
                    return j + 1 + len(self.text[j + 1:j + 80]) - len(self.text[j + 1:j + 80].lstrip())
            j += 1
        return pos


def written_type(part: str) -> str:
    """The type that ends the template text ``part``, as text ("" if none)."""
    part = part.rstrip()
    start = type_start(part)
    return part[start:] if start is not None else ""


def written_fits(written: str, have: str) -> bool:
    """Whether an operand of type ``have`` (as text) fits the ``written`` type: the same
    simple type, or typed pointers (any pointer will do); other types are compared elsewhere."""
    if not written or written == have or not _simple(written) or not _simple(have):
        return True
    return written.endswith("*") or have.endswith("*") or written == "ptr" == have


def _simple(type_text: str) -> bool:
    return bool(re.fullmatch(r"[-a-zA-Z$._0-9%*\"]+", type_text))


def type_start(part: str) -> int | None:
    """Where the type that ends ``part`` starts (None if ``part`` does not end with one)."""
    j = len(part)
    if j == 0:
        return None
    closing = {")": "(", "]": "[", "}": "{", ">": "<"}
    while j > 0:
        c = part[j - 1]
        if c in closing:
            depth = 0
            while j > 0:
                c = part[j - 1]
                if c in closing:
                    depth += 1
                elif c in "([{<":
                    depth -= 1
                j -= 1
                if depth == 0:
                    break
            if part[:j].rstrip().endswith("addrspace"):  # "ptr addrspace(1)"
                j = len(part[:len(part[:j].rstrip()) - len("addrspace")].rstrip())
                continue
            if j > 0 and part[j - 1] == "<":  # "<{ ... }>" packed struct
                continue
            # a function type "ret (params)": take its return type too
            head = part[:j].rstrip()
            if c == "(" and head and head[-1] not in ",([{<":
                j = len(head)
                continue
            return j
        if c == "*":
            j -= 1
            continue
        k = j
        while k > 0 and (part[k - 1].isalnum() or part[k - 1] in "-$._%\""):
            k -= 1
        if k == j:
            return None
        return k
    return j


def _walk(text: str, pos: int, user: User, k: int) -> int | None:
    """The source offset of operand ``k`` of ``user`` printed from ``pos`` on: follow its
    template through the text, skipping comments the template left out."""
    ops = user.operands
    for part in user.template:
        if isinstance(part, str):
            pos = _skip(text, pos, part)
            if pos is None:
                return None
            continue
        if part == k:
            return pos
        pos = _operand_end(text, pos, ops[part])
        if pos is None:
            return None
    return None


def _skip(text: str, pos: int, part: str) -> int | None:
    i = 0
    n = len(part)
    limit = len(text)
    while i < n:
        if pos >= limit:
            return None
        c = text[pos]
        if c == part[i]:
            i += 1
            pos += 1
        elif c == ";":
            eol = text.find("\n", pos)
            pos = limit if eol < 0 else eol
        else:
            return None
    return pos


def _operand_end(text: str, pos: int, value: Value) -> int | None:
    if isinstance(value, (Constant, MetadataOperand)) and value.template:
        end = pos
        for part in value.template:
            if isinstance(part, str):
                end = _skip(text, end, part)
            else:
                end = _operand_end(text, end, value.operands[part])
            if end is None:
                return None
        return end
    m = TOKEN.match(text, pos)
    return m.end() if m else None
