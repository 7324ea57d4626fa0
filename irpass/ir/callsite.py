"""Changing what a call calls, in place (LLVM's ``CallBase::setCalledFunction`` and
``mutateFunctionType``): its callee, its function type and, if wanted, its arguments, while
its name, uses, ``tail``/``musttail``, calling convention, attributes, operand bundles,
``invoke`` destinations and metadata (``!dbg`` too) stay as they are.

Every rule is checked before anything changes, in the words of LLVM's assembler and
verifier: the arguments must fit the new function type, attributes kept on an argument or
on the result must suit its new type, a used result cannot change type, a ``musttail``
call must keep its caller's prototype, and the callee must be a pointer of the call's
module.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from irpass.ir import rules as R
from irpass.ir import types as T
from irpass.ir.attributes import AttributeList, attr_kind
from irpass.ir.instructions import CallArg, CallInst
from irpass.ir.values import Value

if TYPE_CHECKING:
    from irpass.ir.function import Function

# Parameter and return attributes that only suit pointers, or only integers (LLVM's
# ``AttributeFuncs::typeIncompatible``, for the attributes compilers write).
_POINTER_ONLY = frozenset({
    "nonnull", "align", "dereferenceable", "dereferenceable_or_null", "byval", "byref",
    "sret", "inalloca", "preallocated", "noalias", "nocapture", "captures", "readonly",
    "readnone", "writeonly", "initializes", "dead_on_unwind", "writable"})
_INT_ONLY = frozenset({"zeroext", "signext", "range"})


def attribute_error(attrs: AttributeList, type: T.Type) -> str | None:
    """The verifier's complaint about ``attrs`` on a value of ``type``, or None."""
    for a in attrs:
        kind = attr_kind(a)
        if kind.startswith("#") or a.startswith('"'):
            continue  # groups and string attributes suit any type
        if type.is_void or kind in _POINTER_ONLY and not R.is_pointer(type) or \
                kind in _INT_ONLY and not R.is_int(type):
            return f"Attribute '{kind}' applied to incompatible type!"
    return None


def set_called_function(call: CallInst, callee: Value, args: Sequence[Value] | None = None,
                        fn_type: T.FunctionType | None = None,
                        arg_attrs: Sequence[Sequence[str]] | None = None) -> None:
    """Make ``call`` call ``callee`` with function type ``fn_type`` (by default the
    callee's, which must then be a ``Function``) and, when given, the arguments ``args``
    with attributes ``arg_attrs`` (by default each keeps the attributes of the argument it
    replaces, a new one has none). Raises ``InvalidEdit``, changing nothing, when a rule
    is broken (see the module's docstring)."""
    from irpass.ir.function import Function

    if fn_type is None:
        if not isinstance(callee, Function):
            raise R.InvalidEdit(f"a call of {R.spell(callee)}, which is not a function, "
                                "needs fn_type")
        fn_type = callee.ftype
    if not R.is_pointer(callee.type):
        raise R.InvalidEdit(f"Called function must be a pointer!: {R.spell(callee)} is "
                            f"{callee.type}")
    caller = call.function
    module = caller.module if caller is not None else None
    if isinstance(callee, Function) and module is not None and callee.module is not None \
            and callee.module is not module:
        raise R.InvalidEdit(f"Referencing function in another module!: {R.spell(callee)}")
    values = list(call.arg_values if args is None else args)
    for i, msg in R.call_errors(fn_type, [v.type for v in values]):
        got = f"{values[i].type} {R.spell(values[i])}" if i < len(values) else "none"
        raise R.InvalidEdit(f"{msg}: argument {i} of a call of {R.spell(callee)} "
                            f"({fn_type}) is {got}")
    if arg_attrs is not None:
        attrs = [AttributeList(list(a)) for a in arg_attrs] + \
            [AttributeList() for _ in range(len(values) - len(arg_attrs))]
    else:
        attrs = [AttributeList(list(a.attrs)) if i < len(call.args) else AttributeList()
                 for i, a in enumerate(call.args[:len(values)])] + \
            [AttributeList() for _ in range(len(values) - len(call.args))]
    params = list(fn_type.params) + [v.type for v in values[len(fn_type.params):]]
    for i, (a, t) in enumerate(zip(attrs, params)):
        R.check(attribute_error(a, t), f"argument {i} ({t}) of a call of {R.spell(callee)}")
    _check_result(call, fn_type.ret)
    if "musttail" in call.prefix.split() and caller is not None:
        _check_musttail(caller, fn_type)
    _rebuild(call, callee, fn_type, values, attrs, params)


def mutate_function_type(call: CallInst, fn_type: T.FunctionType) -> None:
    """Give ``call`` the function type ``fn_type``, callee and arguments unchanged (LLVM's
    ``mutateFunctionType``); checked as ``set_called_function``."""
    set_called_function(call, call.callee, None, fn_type)


def _check_result(call: CallInst, ret: T.Type) -> None:
    if not R.same_type(ret, call.type) and call.users:
        raise R.InvalidEdit(R.mismatch(R.spell(call), ret, call.type) +
                            " (the call's result is used)")
    R.check(attribute_error(call.ret_attrs, ret), f"the result ({ret}) of {R.spell(call)}")


def _check_musttail(caller: Function, fn_type: T.FunctionType) -> None:
    have = caller.ftype
    why = None
    if have.varargs != fn_type.varargs:
        why = "varargs"
    elif not R.same_type(have.ret, fn_type.ret):
        why = "return types"
    elif len(have.params) != len(fn_type.params):
        why = "parameter counts"
    elif not all(R.same_type(a, b) for a, b in zip(have.params, fn_type.params)):
        why = "parameter types"
    if why is not None:
        raise R.InvalidEdit(f"cannot guarantee tail call due to mismatched {why}: a "
                            f"musttail call of {fn_type} in {R.spell(caller)} ({have})")


def _rebuild(call: CallInst, callee: Value, fn_type: T.FunctionType, values: list[Value],
             attrs: list[AttributeList], params: list[T.Type]) -> None:
    """Operands in the order [callee, arguments, what the suffix names], uses moved."""
    old = call.operands
    tail = [old[p] for p in call.suffix if isinstance(p, int)]
    for index, op in enumerate(old):
        op.uses.remove((call, index))
    ops = [callee, *values, *tail]
    call.operands = ops
    for index, op in enumerate(ops):
        op.uses.append((call, index))
    n = 1 + len(values)
    k = 0
    suffix: list[str | int] = []
    for p in call.suffix:
        if isinstance(p, int):
            suffix.append(n + k)
            k += 1
        else:
            suffix.append(p)
    call.suffix = suffix
    call.args = [CallArg(t, str(t), a, 1 + i) for i, (a, t) in enumerate(zip(attrs, params))]
    call.fn_type = fn_type
    call.fn_type_text = str(fn_type) if fn_type.varargs else str(fn_type.ret)
    if call.type != fn_type.ret:
        call.type = fn_type.ret
        if fn_type.ret.is_void:
            call.name = None  # a void call has no name


def insert_arg(call: CallInst, position: int, value: Value, attrs: list[str] | None = None,
               type_text: str | None = None) -> CallArg:
    """``call.insert_arg``: insert an argument before argument ``position``."""
    if position >= len(call.args):
        return call.add_arg(value, attrs, type_text)
    at = call.args[position].index
    if value.is_local:
        call._check_operand(value)
    call.note_edit()
    # Operands from ``at`` on move up one place; their use records follow them.
    for i in range(len(call.operands) - 1, at - 1, -1):
        op = call.operands[i]
        op.uses.remove((call, i))
        op.uses.append((call, i + 1))
    call.operands.insert(at, value)
    value.uses.append((call, at))
    for a in call.args:
        if a.index >= at:
            a.index += 1
    call.suffix = [p + 1 if isinstance(p, int) and p >= at else p for p in call.suffix]
    arg = CallArg(value.type, type_text or str(value.type), AttributeList(attrs), at)
    call.args.insert(position, arg)
    return arg


def replace_arg(call: CallInst, position: int, value: Value, attrs: list[str] | None = None,
                type_text: str | None = None) -> CallArg:
    """``call.replace_arg``: make argument ``position`` be ``value``, with ``attrs``."""
    arg = call.args[position]
    ftype = call.fn_type if isinstance(call.fn_type, T.FunctionType) else None
    fixed = len(ftype.params) if ftype is not None and ftype.varargs else len(call.args)
    if position < fixed and not R.same_type(arg.type, value.type):
        raise R.InvalidEdit(R.mismatch(R.spell(value), value.type, arg.type))
    if value.is_local:
        call._check_operand(value)
    call.note_edit()
    old = call.operands[arg.index]
    old.uses.remove((call, arg.index))
    call.operands[arg.index] = value
    value.uses.append((call, arg.index))
    arg.type, arg.type_text = value.type, type_text or str(value.type)
    arg.attrs = AttributeList(attrs)
    return arg
