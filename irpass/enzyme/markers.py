"""Marker globals left behind once Enzyme has replaced the calls that read them.

C and Rust declare the markers without defining them (``extern int enzyme_dup;``, Rust's
``extern "C" { static enzyme_dup: i32; }``): only Enzyme gives them meaning. An unoptimized
build loads them, and may keep the loaded value in a stack slot; after Enzyme has replaced the
``__enzyme_*`` call those loads are still there, and the program does not link (``undefined
reference to enzyme_dup``). ``drop_marker_loads`` replaces each such load by ``0``, removes it,
and removes the declaration once nothing refers to it.
"""

from __future__ import annotations

from irpass.ir.builder import const_int
from irpass.ir.instructions import Instruction
from irpass.ir.module import GlobalVariable, Module


def is_marker_declaration(g: object) -> bool:
    """A global declared, not defined, with a marker's name (``enzyme_*``)."""
    return isinstance(g, GlobalVariable) and g.is_declaration and bool(g.name) and \
        str(g.name).startswith("enzyme_")


def drop_marker_loads(module: Module) -> list[str]:
    """Remove the loads of declared marker globals and, when nothing else refers to them,
    the declarations; returns the names of the declarations removed."""
    removed = []
    for g in [g for g in module.global_variables if is_marker_declaration(g)]:
        for fn in module.functions:  # uses in bodies still kept as text are not recorded
            if fn.lazy_body is not None and fn.lazy_body.mentions(g):
                fn.materialize()
        for user in list(g.users):
            if isinstance(user, Instruction) and user.opcode == "load" and \
                    user.operands[0] is g and user.type.is_integer:
                user.replace_all_uses_with(const_int(user.type, 0))
                user.erase()
        if not g.users:
            module.remove(g)
            removed.append(str(g.name))
    return removed
