"""What debug information says of a function's values: the trees of its parameters and
return value (from its ``DISubprogram``), of the values its ``#dbg_declare``/``#dbg_value``
records (or ``llvm.dbg.*`` calls) describe, their source variables' names, and the source
locations of functions and ``DILocation``s for messages. Reads metadata; writes nothing.

- ``function_signature_trees(module, fn)``: trees for the return value and each LLVM
  parameter; ``None`` where the DI parameter cannot be matched to the LLVM parameter with
  certainty.
- ``variable_trees(module, fn)``: trees for the values debug records describe.
- ``source_variables(module, fn)``: each described value's variable name and location.
"""

from __future__ import annotations

from irpass.enzyme.types.ditypes import (
    DITypes,
    _attr,
    _int,
    _matches,
)
from irpass.enzyme.types.typetree import TypeTree
from irpass.ir.module import Module
from irpass.ir.types import PointerType, Type, TypedPointerType


def function_signature_trees(module, fn, types: DITypes | None = None
                             ) -> tuple[TypeTree | None, list[TypeTree | None]]:
    """Trees for ``fn``'s return value and each of its LLVM parameters, read from its
    ``DISubprogram`` (``!dbg`` -> ``type:`` -> ``types:``; the first is the return type,
    ``null`` for void). A DI parameter is matched to LLVM parameters only with certainty:

    - a scalar (pointer, integer, float, enum) to one LLVM parameter of the same kind and size;
    - an aggregate to a ``byval``/``byref`` pointer, or to a plain pointer when it is larger
      than 16 bytes (passed indirectly: x86-64 C/C++ and Rust), as a pointer to it;
    - an aggregate of one scalar to one parameter of that scalar's kind; of two scalars to two
      parameters matching them (Rust's scalar pairs: slices, ``&str``, ``&dyn``; C's
      two-eightbyte structs);
    - a zero-sized parameter to none.

    An ``sret`` parameter gets a pointer to the DI return type. When a DI parameter cannot be
    matched (say a C struct coerced to ``<2 x float>``), matching continues from the end of
    the list; the parameters in between stay ``None``.
    """
    types = types or DITypes(module)
    args: list[TypeTree | None] = [None] * len(fn.args)
    sp = types.node(_md_ref(fn.get_metadata("dbg")))
    if sp is None or sp.kind != "DISubprogram":
        return None, args
    st = types.node(sp.get("type"))
    tup = types.node(st.get("types")) if st is not None else None
    if tup is None:
        return None, args
    di = list(tup.elements)
    ret_di = di[0] if di else None
    params = []
    for p in di[1:]:
        if p is None:  # varargs marker
            break
        params.append(p)

    positions = list(range(len(fn.args)))
    ret_tree: TypeTree | None = None
    sret = [i for i in positions if _attr(fn, i, "sret")]
    if ret_di is not None:
        if sret:
            args[sret[0]] = types.pointer_tree(ret_di)
        else:
            ret_tree = _return_tree(types, ret_di, fn.ftype.ret)
    llvm = [i for i in positions if i not in sret]

    # Forward from the first parameter, then backward from the last.
    lo, hi = 0, len(llvm)
    di_lo, di_hi = 0, len(params)
    while di_lo < di_hi:
        got = _match(types, params[di_lo], fn, llvm[lo:hi], forward=True)
        if got is None:
            break
        used, trees = got
        for i, t in zip(llvm[lo:lo + used], trees):
            args[i] = t
        lo += used
        di_lo += 1
    while di_hi > di_lo:
        got = _match(types, params[di_hi - 1], fn, llvm[lo:hi], forward=False)
        if got is None:
            break
        used, trees = got
        for i, t in zip(llvm[hi - used:hi], trees):
            args[i] = t
        hi -= used
        di_hi -= 1
    if di_lo == di_hi and lo != hi:
        # Every DI parameter was placed but LLVM parameters are left over: the ABI did
        # something this matching does not model, so trust nothing.
        return ret_tree, [args[i] if i in sret else None for i in positions]
    return ret_tree, args


def _md_ref(text: str | None) -> int | None:
    if text and text.startswith("!") and text[1:].isdigit():
        return int(text[1:])
    return None


def _return_tree(types: DITypes, ref: object, t: Type) -> TypeTree | None:
    leaves = types.leaves(ref)
    if leaves is None or len(leaves) != 1 or (types.size(ref) or 0) != leaves[0].size:
        return None
    return leaves[0].tree if _matches(t, leaves[0]) else None


def _match(types: DITypes, ref: object, fn, slots: list[int], forward: bool
           ) -> tuple[int, list[TypeTree | None]] | None:
    """How many LLVM parameters (from the start of ``slots``, or from its end when not
    ``forward``) the DI parameter ``ref`` takes, and their trees; ``None`` if unsure."""
    size = types.size(ref)
    if size == 0:
        return 0, []
    if size is None or not slots:
        return None
    take = slots if forward else slots[::-1]

    def ty(k: int) -> Type:
        return fn.args[take[k]].type

    n = types.strip(ref)
    aggregate = n is not None and n.kind == "DICompositeType" and n.get(
        "tag") != "DW_TAG_enumeration_type"
    if aggregate:
        first = take[0]
        if isinstance(ty(0), (PointerType, TypedPointerType)) and (
                _attr(fn, first, "byval") or _attr(fn, first, "byref") or size > 16):
            return 1, [types.pointer_tree(ref)]
    leaves = types.leaves(ref)
    if leaves is None or not leaves:
        return None
    if len(leaves) == 1 and _matches(ty(0), leaves[0]):
        return 1, [leaves[0].tree]
    if len(leaves) == 2 and len(take) >= 2:
        pair = leaves if forward else leaves[::-1]
        if _matches(ty(0), pair[0], False) and _matches(ty(1), pair[1], False):
            trees = [pair[0].tree, pair[1].tree]
            return 2, trees if forward else trees[::-1]
    return None


# -- variables ----------------------------------------------------------------------------

DBG_CALLS = {"llvm.dbg.declare": "declare", "llvm.dbg.value": "value",
             "llvm.dbg.addr": "declare"}


def _expression_is_plain(module, op) -> bool:
    """Whether a DIExpression operand is empty (no deref, offset or fragment)."""
    from irpass.ir.values import MetadataOperand

    if op is None:
        return True
    if isinstance(op, MetadataOperand):
        ref = op.md_id
        if ref is not None:
            node = module.metadata.get(ref)
            return node is not None and node.kind == "DIExpression" and not node.args
        text = op.render(lambda v: "%?")
    else:
        text = str(op)
    text = text.replace(" ", "")
    return text.endswith("!DIExpression()")


def variable_trees(module, fn, types: DITypes | None = None) -> dict:
    """Trees for the values in ``fn`` that debug records or ``llvm.dbg.*`` calls describe:
    ``dbg_declare`` of an address (an alloca, an argument) gives ``Pointer`` with the
    variable's tree under ``[-1]``; ``dbg_value`` of a value gives the variable's tree when
    the LLVM type matches it (pointer, same-size integer or float). Records with a
    non-empty expression (deref, offset, fragments) are skipped. A value described twice
    keeps what both descriptions agree on, but an alloca a declare describes is that
    variable's object: what other records say of its address is added where it does not
    contradict the variable's type."""
    from irpass.ir.instructions import Instruction
    from irpass.ir.values import Argument, MetadataOperand

    types = types or DITypes(module)
    out: dict = {}
    owned: set = set()  # allocas a declare describes: the variable's own object

    def describe(kind: str, value, var_id: int | None, expr) -> None:
        if not isinstance(value, (Instruction, Argument)) or var_id is None:
            return
        var = module.metadata.get(var_id)
        if var is None or var.kind != "DILocalVariable":
            return
        if not _expression_is_plain(module, expr):
            return
        ref = var.get("type")
        if kind == "declare":
            if not isinstance(value.type, (PointerType, TypedPointerType)):
                return
            if not types.size(ref):
                return
            own = isinstance(value, Instruction) and value.opcode == "alloca"
            tree = types.pointer_tree(ref, own)
        elif kind == "value":
            leaves = types.leaves(ref)
            if not leaves or len(leaves) != 1 or types.size(ref) != leaves[0].size:
                return
            if not _matches(value.type, leaves[0]):
                return
            tree = leaves[0].tree
        else:
            return
        own = kind == "declare" and value.opcode == "alloca" \
            if isinstance(value, Instruction) else False
        old = out.get(value)
        if old is None:
            out[value] = tree
        elif own or value in owned:
            # The declared variable is the object itself; other records of its address
            # (``self`` of an inlined method, a reference to a field at offset 0) describe
            # part of it, and add what they say where they do not contradict it.
            declared, other = (tree, old) if own else (old, tree)
            try:
                out[value] = declared.merge(other)
            except ValueError:
                out[value] = declared
        else:
            try:
                out[value] = old.merge(tree) if old == tree else old.intersect(tree)
            except ValueError:
                out[value] = old.intersect(tree)
        if own:
            owned.add(value)

    for inst in fn.instructions():
        for rec in getattr(inst, "debug_records", None) or []:
            if rec.kind in ("declare", "value"):
                expr = rec.operands[2] if len(rec.operands) > 2 else None
                describe(rec.kind, rec.value, rec.variable, expr)
        if inst.opcode == "call":
            callee = getattr(inst, "called_function", None)
            name = getattr(callee, "name", None)
            if name in DBG_CALLS:
                ops = inst.arg_values if hasattr(inst, "arg_values") else []
                if len(ops) >= 2 and isinstance(ops[0], MetadataOperand) and isinstance(
                        ops[1], MetadataOperand):
                    describe(DBG_CALLS[name], ops[0].wrapped, ops[1].md_id,
                             ops[2] if len(ops) > 2 else None)
    return out


def source_variables(module, fn) -> dict:
    """The source variable each value of ``fn`` holds or points to, as ``(name, !dbg of the
    record)``, from its debug records: the value a ``#dbg_value``/``#dbg_declare`` names, and a
    parameter through the variable whose ``arg:`` is its position (at ``-O0`` a parameter is
    described through the stack slot it is stored to)."""
    from irpass.ir.values import MetadataOperand

    out: dict = {}
    for inst in fn.instructions():
        records = list(getattr(inst, "debug_records", None) or [])
        for rec in records:
            var = module.metadata.get(rec.variable) if rec.variable is not None else None
            if var is None or var.kind != "DILocalVariable":
                continue
            name = var.get("name")
            if not isinstance(name, str):
                continue
            loc = rec.operands[3] if len(rec.operands) > 3 else None
            where = loc.md_id if isinstance(loc, MetadataOperand) else None
            if rec.value is not None:
                out.setdefault(rec.value, (name, where))
            arg = _int(var.get("arg"))
            if arg is not None and 0 < arg <= len(fn.args):
                out.setdefault(fn.args[arg - 1], (name, where))
    return out


def function_location(module: Module, fn) -> str | None:
    """``file:line:1`` of a function's ``DISubprogram``."""
    dbg = fn.get_metadata("dbg")
    sp = module.metadata.get(int(dbg[1:])) if dbg and dbg[1:].isdigit() else None
    if sp is None or sp.kind != "DISubprogram":
        return None
    file_ref = sp.get("file")
    file_node = module.metadata.get(getattr(file_ref, "id", -1))
    filename = file_node.get("filename") if file_node is not None else None
    return f"{filename}:{sp.get('line', 0)}:1" if filename else None


def dilocation_text(module: Module, md_id: int) -> str | None:
    """``file:line:col`` of the ``DILocation`` ``!md_id``, if it is one."""
    from irpass.ir.metadata import MDRef

    loc = module.metadata.get(md_id)
    if loc is None or loc.kind != "DILocation":
        return None
    scope = loc.get("scope")
    filename = "<unknown>"
    for _ in range(64):  # scopes lead to a file or a subprogram with one
        node = module.metadata.get(scope.id) if isinstance(scope, MDRef) else None
        if node is None:
            break
        file_ref = node.get("file") if node.kind != "DIFile" else MDRef(node.id or 0)
        file_node = module.metadata.get(file_ref.id) if isinstance(file_ref, MDRef) else None
        if file_node is not None and file_node.kind == "DIFile":
            filename = str(file_node.get("filename"))
            break
        scope = node.get("scope")
    return f"{filename}:{loc.get('line', 0)}:{loc.get('column', 0)}"
