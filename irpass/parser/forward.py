"""A global used before its definition in another address space than it is defined in:
LLVM's parser refuses that (the use made a placeholder of the type it was written with)."""

from __future__ import annotations

import re

from irpass.ir.function import Function
from irpass.ir.module import GlobalAlias
from irpass.ir.types import PointerType
from irpass.ir.values import Placeholder, Value
from irpass.text.diagnostics import Source

_KIND = re.compile(r"\b(?:global|constant)\s+")


def forward_reference_space(source: Source, value: Value, ph: Placeholder, used: int,
                            pos: int) -> None:
    """Raise ``IRError`` if ``value``, defined at ``pos``, was used (``ph``) as a pointer in
    address space ``used`` (0 when the use did not say) and lives in another one."""
    if not used or isinstance(value, GlobalAlias):  # an alias's type is its aliasee's
        return
    space = getattr(value.type, "addrspace", 0)
    if space == used:
        return
    if isinstance(value, Function):
        raise source.error(ph.pos[0], f"invalid forward reference to function '{value.name}' "
                                      f"with wrong type: expected '{PointerType(space)}' but "
                                      f"was '{PointerType(used)}'")
    m = _KIND.search(source.text, pos)
    raise source.error(m.end() if m else pos,
                       "forward reference and definition of global have different types")
