"""Marker globals: read as metadata markers, so nothing is left of them after Enzyme.

C and Rust declare the markers without defining them (``extern int enzyme_dup;``, Rust's
``extern "C" { static enzyme_dup: i32; }``): only Enzyme gives them meaning. An unoptimized
build loads them, and may keep the loaded value in a stack slot; after Enzyme has replaced the
``__enzyme_*`` call those loads are still there, and the program does not link (``undefined
reference to enzyme_dup``), as does a store of a marker's address (``int *m =
&enzyme_out;``); rustc also checks their address against null first
(``icmp eq i64 ptrtoint (ptr @enzyme_dup to i64), 0``). ``drop_marker_loads`` replaces each
such load by ``0``, each such stored address by ``null`` and each such check by its answer (a
global's address is not null), and removes the declaration once nothing refers to it. ``markers_as_metadata`` does this before
Enzyme runs, once each ``__enzyme_*`` call names its markers as ``metadata !"enzyme_dup"``
(Enzyme reads both forms alike): Enzyme's output then needs nothing done to it.
"""

from __future__ import annotations

from irpass.ir.builder import const_int
from irpass.ir.instructions import CallInst, Instruction
from irpass.ir.module import GlobalVariable, Module
from irpass.ir.types import I1, FunctionType
from irpass.ir.values import Constant, int_value


def is_marker_declaration(g: object) -> bool:
    """A global declared, not defined, with a marker's name (``enzyme_*``)."""
    return isinstance(g, GlobalVariable) and g.is_declaration and bool(g.name) and \
        str(g.name).startswith("enzyme_")


def drop_marker_loads(module: Module, keep: frozenset[str] = frozenset()) -> list[str]:
    """Remove the loads of declared marker globals (but those named in ``keep``) and, when
    nothing else refers to them, the declarations; returns the names of those removed."""
    removed = []
    for g in [g for g in module.global_variables
              if is_marker_declaration(g) and str(g.name) not in keep]:
        for fn in module.functions:  # uses in bodies still kept as text are not recorded
            if fn.lazy_body is not None and fn.lazy_body.mentions(g):
                fn.materialize()
        for user in list(g.users):
            if isinstance(user, Instruction) and user.opcode == "load" and \
                    user.operands[0] is g and user.type.is_integer and \
                    not _passed_to_call(user):
                user.replace_all_uses_with(const_int(user.type, 0))
                user.erase()
            elif isinstance(user, Instruction) and user.opcode == "store" and \
                    user.operands[0] is g:
                # ``int *marker = &enzyme_out;`` at -O0: the slot is read only by the
                # ``__enzyme_*`` call, whose operand is metadata now.
                user.set_operand(0, Constant.literal(g.type, "null", "c_null"))
            elif isinstance(user, Constant) and _is_ptrtoint(user):
                _fold_null_checks(user)
        if not g.users:
            module.remove(g)
            removed.append(str(g.name))
    return removed


def _passed_to_call(load: Instruction) -> bool:
    """Whether the loaded marker is itself a call's argument: one Enzyme reads through the
    load and irpass did not turn into metadata (a marker irpass does not know, such as
    ``enzyme_interleave``, or one passed to a prototyped ``__enzyme_*`` template)."""
    return any(isinstance(u, CallInst) for u in load.users)


def _is_ptrtoint(c: Constant) -> bool:
    return c.kind == "c_cast" and bool(c.template) and \
        str(c.template[0]).lstrip().startswith("ptrtoint")


def _fold_null_checks(address: Constant) -> None:
    """Replace ``icmp eq|ne <address>, 0`` by false|true; forget ``address`` once unused."""
    for user in list(address.users):
        if not isinstance(user, Instruction) or user.opcode != "icmp":
            continue
        other = user.operands[1] if user.operands[0] is address else user.operands[0]
        text = " ".join(p for p in user.template if isinstance(p, str))
        if int_value(other) != 0:
            continue
        if " eq " in f" {text} ":
            answer = 0
        elif " ne " in f" {text} ":
            answer = 1
        else:
            continue
        user.replace_all_uses_with(const_int(I1, answer))
        user.erase()
    if not address.users:
        address.drop_operands()


def markers_as_metadata(module: Module) -> int:
    """Make every marker passed to an ``__enzyme_*`` call as a variable argument a metadata
    operand (a prototyped parameter keeps its marker as it is), then drop what
    refers to the declared marker globals (``drop_marker_loads``); returns the number of
    operands changed. Parses the bodies that call ``__enzyme_*`` or mention a marker."""
    from irpass.enzyme.sites.sites import enzyme_roots, find_sites
    from irpass.ir.values import MetadataOperand

    for fn in enzyme_roots(module):
        fn.materialize()
    changed = 0
    kept: set[str] = set()
    for site in find_sites(module):
        ftype = site.call.fn_type
        # Only a variable argument may become metadata; a prototyped declaration's own
        # parameters keep their types (and Enzyme reads the marker as it is).
        fixed = len(ftype.params) if isinstance(ftype, FunctionType) and ftype.varargs \
            else len(site.call.args)
        for marker in site.markers:
            if marker.form == "metadata" or marker.position >= len(site.call.args):
                continue
            if marker.position < fixed:
                kept.add(marker.name)  # read by Enzyme through what refers to the global
                continue
            site.call.replace_arg(marker.position, MetadataOperand([f'!"{marker.name}"']),
                                  type_text="metadata")
            changed += 1
    drop_marker_loads(module, frozenset(kept))
    return changed
