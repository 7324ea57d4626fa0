"""Closure shims: functions that call a closure body with an environment pointer.

Differentiating such a function (a Rust ``extern "C" fn tramp<F: Fn(f64) -> f64>(env: *const F,
x: f64)``, a C++ ``tramp<lambda>``, a ``FnOnce::call_once`` shim) hands Enzyme a pointer it
takes as ``enzyme_dup`` unless the call marks it: ``Cannot cast __enzyme_autodiff shadow
argument``. This module finds the shims and the environment parameter, from debug info first
(``{closure_env#N}`` types, unnamed C++ lambda classes, classes with an ``operator()``,
closure bodies inlined into the shim)
and from mangled names when there is none; ``mark_environment_const`` then marks the
environment at a call site.

Reads: functions, their ``DISubprogram``/``DILocalVariable`` types and debug records, calls.
Writes (``mark_environment_const`` only): one ``metadata !"enzyme_const"`` call argument.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from irpass.enzyme.sites.sites import Site, SiteDiagnostic, enzyme_marker, simplify_load
from irpass.ir.function import Function
from irpass.ir.instructions import CallInst, Instruction
from irpass.ir.metadata import MDNode, MDRef
from irpass.ir.module import Module
from irpass.ir.types import PointerType, TypedPointerType
from irpass.ir.values import Argument, MetadataOperand, Value

# Rust legacy mangling spells {{closure}} and {{vtable.shim}} with $u7b$/$u7d$.
_RUST_CLOSURE = re.compile(r"\$u7b\$\$u7b\$closure\$u7d\$\$u7d\$|\{\{closure\}\}")
_RUST_VTABLE_SHIM = re.compile(r"vtable\.shim")
_RUST_CALL_ONCE = re.compile(r"6FnOnce\d*call_once|FnOnce::call_once")
# Itanium: a lambda's closure type is ``Ul<params>E<n>_`` (or clang's ``$_<n>`` for
# internal ones); ``cl`` is operator(), ``__invoke`` the static invoker.
_LAMBDA_TYPE = r"(?:Ul[^E]*E\d*_|\$_\d+)"
_CXX_LAMBDA_CALL = re.compile(_LAMBDA_TYPE + r"clE")
_CXX_LAMBDA_INVOKE = re.compile(_LAMBDA_TYPE + r"8__invokeE")
_CXX_LAMBDA_TEMPLATE_ARG = re.compile(r"I.*?Z\w+?E(?:\d+\$_\d+|Ul[^E]*E\d*_)")
_STRIP_TAGS = frozenset({"DW_TAG_const_type", "DW_TAG_volatile_type", "DW_TAG_typedef",
                         "DW_TAG_restrict_type", "DW_TAG_atomic_type"})
_POINTER_TAGS = frozenset({"DW_TAG_pointer_type", "DW_TAG_reference_type",
                           "DW_TAG_rvalue_reference_type"})


@dataclass
class ClosureShim:
    """``function`` calls (or has inlined) a closure body; ``env_index`` is the parameter
    holding the environment pointer (None: the shim makes its own, as ``__invoke`` does);
    ``env_type`` the environment's DI composite type node id, when debug info has it."""

    function: Function
    kind: str  # closure-body, trampoline, call-once-shim, vtable-shim, lambda-operator,
    #            lambda-invoker
    language: str  # rust, c++
    env_index: int | None
    env_type: int | None
    body: Function | None = None  # the closure body called, when it was not inlined
    evidence: str = "debug-info"  # debug-info, name, forwarding


# ---- debug info helpers -------------------------------------------------------------------

def _node(module: Module, ref: object) -> MDNode | None:
    if isinstance(ref, MDRef):
        return module.metadata.get(ref.id)
    if isinstance(ref, str) and ref.startswith("!") and ref[1:].isdigit():
        return module.metadata.get(int(ref[1:]))
    return ref if isinstance(ref, MDNode) else None


def _strip(module: Module, node: MDNode | None) -> MDNode | None:
    for _ in range(32):
        if node is not None and node.kind == "DIDerivedType" and \
                str(node.get("tag")) in _STRIP_TAGS:
            node = _node(module, node.get("baseType"))
        else:
            break
    return node


def is_closure_type(node: MDNode | None) -> bool:
    """A Rust ``{closure_env#N}`` or a C++ lambda class (unnamed local class, or one that
    debug info names ``(lambda at ...)`` / ``<lambda...>``)."""
    if node is None or node.kind != "DICompositeType":
        return False
    name = node.get("name")
    tag = str(node.get("tag"))
    if isinstance(name, str) and name:
        return name.startswith(("{closure_env#", "(lambda at", "<lambda", "{lambda("))
    return tag == "DW_TAG_class_type" and node.get("identifier") is None


def is_function_object(module: Module, node: MDNode | None) -> bool:
    """A C++ class or struct with an ``operator()`` of its own: a named function object,
    which a trampoline calls as it calls a lambda."""
    if node is None or node.kind != "DICompositeType" or \
            str(node.get("tag")) not in ("DW_TAG_structure_type", "DW_TAG_class_type"):
        return False
    elements = _node(module, node.get("elements"))
    for ref in elements.elements if elements is not None else ():
        member = _node(module, ref)
        if member is not None and member.kind == "DISubprogram" and \
                member.get("name") == "operator()":
            return True
    return False


def _callable_type(module: Module, node: MDNode | None) -> bool:
    return is_closure_type(node) or is_function_object(module, node)


def env_type_of(module: Module, di_type: object) -> int | None:
    """The closure or function object composite a parameter's DI type points to (or is), as
    a node id."""
    node = _strip(module, _node(module, di_type))
    if node is None:
        return None
    if node.kind == "DIDerivedType" and str(node.get("tag")) in _POINTER_TAGS:
        base_ref = node.get("baseType")
        base = _strip(module, _node(module, base_ref))
        if _callable_type(module, base):
            return _node_id(module, base)
        return None
    return _node_id(module, node) if _callable_type(module, node) else None


def _node_id(module: Module, node: MDNode | None) -> int | None:
    return node.id if node is not None else None


def _subprogram(module: Module, fn: Function) -> MDNode | None:
    node = _node(module, fn.get_metadata("dbg"))
    return node if node is not None and node.kind == "DISubprogram" else None


def _is_body_subprogram(module: Module, sp: MDNode | None) -> bool:
    """A Rust ``{closure#N}`` or a C++ ``operator()`` of a lambda class."""
    if sp is None:
        return False
    name = sp.get("name")
    if isinstance(name, str) and name.startswith("{closure#"):
        return True
    if name == "operator()":
        return _callable_type(module, _strip(module, _node(module, sp.get("scope"))))
    return False


def _arg_di_types(module: Module, fn: Function, sp: MDNode | None) -> dict[int, object]:
    """IR parameter index -> DI type, from debug records on the argument (or on its -O0 spill
    slot), else from the subprogram's type when the counts agree."""
    out: dict[int, object] = {}
    for inst in fn.instructions():
        for rec in inst.debug_records:
            var = module.metadata.get(rec.variable) if rec.variable is not None else None
            if var is None or var.kind != "DILocalVariable" or var.get("arg") is None:
                continue
            value = rec.value
            arg = value if isinstance(value, Argument) else _spilled_argument(value)
            if arg is not None and arg.function is fn:
                out.setdefault(arg.index, var.get("type"))
    if sp is None:
        return out
    stype = _node(module, sp.get("type"))
    types = _node(module, stype.get("types")) if stype is not None else None
    elems = types.elements[1:] if types is not None else []
    args = [a for a in fn.args if "sret" not in a.attrs]
    if len(elems) == len(args):
        for a, t in zip(args, elems):
            out.setdefault(a.index, t)
    return out


def _spilled_argument(value: Value | None) -> Argument | None:
    """The argument an -O0 spill slot holds (its only store stores the argument)."""
    if not (isinstance(value, Instruction) and value.opcode == "alloca"):
        return None
    stored = [u.operands[0] for u in value.users
              if isinstance(u, Instruction) and u.opcode == "store" and u.operands[1] is value]
    return stored[0] if len(stored) == 1 and isinstance(stored[0], Argument) else None


def _source_argument(v: Value) -> Argument | None:
    """The argument a value comes from through spill slots, casts and zero GEPs."""
    for _ in range(16):
        if isinstance(v, Argument):
            return v
        loaded = simplify_load(v)
        if loaded is not None:
            v = loaded
        elif isinstance(v, Instruction) and v.opcode == "load":
            v = v.operands[0]  # the environment is behind the parameter (`*self`)
        elif isinstance(v, Instruction) and v.opcode in ("bitcast", "addrspacecast") or (
                isinstance(v, Instruction) and v.opcode == "getelementptr" and all(
                    getattr(op, "text", None) == "0" for op in v.operands[1:])):
            v = v.operands[0]
        else:
            return None
    return None


def _has_inlined_body(module: Module, fn: Function) -> bool:
    """Whether ``fn`` holds code inlined from a closure body (a DILocation with
    ``inlinedAt`` whose scope chain reaches a closure body subprogram)."""
    checked: dict[int, bool] = {}
    for inst in fn.instructions():
        ref = inst.get_metadata("dbg")
        loc = _node(module, ref)
        if loc is None or loc.kind != "DILocation" or loc.get("inlinedAt") is None:
            continue
        scope = loc.get("scope")
        key = scope.id if isinstance(scope, MDRef) else -1
        if key not in checked:
            checked[key] = _scope_in_body(module, scope)
        if checked[key]:
            return True
    return False


def _scope_in_body(module: Module, scope: object) -> bool:
    for _ in range(64):
        node = _node(module, scope)
        if node is None:
            return False
        if node.kind == "DISubprogram":
            return _is_body_subprogram(module, node)
        scope = node.get("scope")
    return False


# ---- names --------------------------------------------------------------------------------

def _names(module: Module, fn: Function, sp: MDNode | None) -> str:
    parts = [fn.name or ""]
    if sp is not None:
        parts += [str(sp.get("name") or ""), str(sp.get("linkageName") or "")]
    return " ".join(parts)


def _language(names: str, env_type: MDNode | None) -> str:
    if "_ZN" in names and "$u7b$" in names or "{closure" in names or names.startswith("_R"):
        return "rust"
    if env_type is not None and str(env_type.get("name") or "").startswith("{closure_env"):
        return "rust"
    return "c++" if "_Z" in names or "lambda" in names or "operator()" in names else "rust"


def _kind_by_name(names: str, sp_name: str) -> str | None:
    if _RUST_VTABLE_SHIM.search(names) and _RUST_CALL_ONCE.search(names):
        return "vtable-shim"
    if _RUST_CALL_ONCE.search(names):
        return "call-once-shim"
    if _RUST_CLOSURE.search(names) or sp_name.startswith("{closure#"):
        return "closure-body"
    if _CXX_LAMBDA_INVOKE.search(names):
        return "lambda-invoker"
    if _CXX_LAMBDA_CALL.search(names):
        return "lambda-operator"
    return None


def _is_pointer(v: Value) -> bool:
    return isinstance(v.type, (PointerType, TypedPointerType))


# ---- the finder ---------------------------------------------------------------------------

def find_closure_shims(module: Module) -> dict[Function, ClosureShim]:
    """Every function that is a closure body or forwards to one, with its environment
    parameter. Bodies come first so that forwarders can be recognized by what they call."""
    shims: dict[Function, ClosureShim] = {}
    info = {}
    for fn in module.functions:
        if not fn.is_materialized or not fn.blocks:
            continue
        sp = _subprogram(module, fn)
        names = _names(module, fn, sp)
        di_types = _arg_di_types(module, fn, sp)
        env = next(((i, t) for i, t in sorted(di_types.items())
                    if _is_pointer(fn.args[i]) and env_type_of(module, t) is not None), None)
        info[fn] = (sp, names, env)
        sp_name = str(sp.get("name") or "") if sp is not None else ""
        kind = _kind_by_name(names, sp_name)
        if _is_body_subprogram(module, sp):
            kind = "closure-body" if sp_name.startswith("{closure#") else "lambda-operator"
        if kind not in ("closure-body", "lambda-operator"):
            continue
        env_index, env_type = _env(module, fn, env)
        if env_index is None and fn.args and _is_pointer(fn.args[0]):
            env_index = 0  # Rust `self`, C++ `this`: the first parameter
        shims[fn] = ClosureShim(fn, kind, _language(names, _type_node(module, env_type)),
                                env_index, env_type, None,
                                "debug-info" if sp is not None else "name")
    # Forwarders of forwarders (a vtable shim calling call_once calling the body) are found
    # in later rounds.
    for _ in range(4):
        bodies = {f: sh for f, sh in shims.items() if sh.env_index is not None}
        found = False
        for fn, (sp, names, env) in info.items():
            if fn in shims:
                continue
            shim = _forwarder(module, fn, sp, names, env, bodies)
            if shim is not None:
                shims[fn] = shim
                found = True
        if not found:
            break
    return shims


def _forwarder(module: Module, fn: Function, sp: MDNode | None, names: str,
               env: tuple[int, object] | None, bodies: dict[Function, ClosureShim]
               ) -> ClosureShim | None:
    """``fn`` as a shim over one of ``bodies`` (or over an inlined body), or None."""
    sp_name = str(sp.get("name") or "") if sp is not None else ""
    kind = _kind_by_name(names, sp_name) or "trampoline"
    if sp is not None and sp_name == "__invoke" and is_closure_type(
            _strip(module, _node(module, sp.get("scope")))):
        kind = "lambda-invoker"
    body, forwarded = _forwarded_body(fn, bodies)
    env_index, env_type = _env(module, fn, env)
    if kind == "lambda-invoker":
        return ClosureShim(fn, kind, "c++", None, None, body,
                           "debug-info" if sp is not None else "name")
    if body is not None:
        if env_index is None and forwarded is None:
            return None  # calls a closure with an environment of its own making
        if env_index is None:
            env_index = forwarded
            env_type = env_type if env_type is not None else bodies[body].env_type
        evidence = "debug-info" if env is not None else "forwarding"
    elif env is not None and _has_inlined_body(module, fn):
        evidence = "debug-info"  # the body was inlined: debug info still says so
    elif sp is None and _CXX_LAMBDA_TEMPLATE_ARG.search(fn.name or "") and \
            sum(_is_pointer(a) for a in fn.args) == 1:
        env_index = next(a.index for a in fn.args if _is_pointer(a))
        evidence = "name"  # a template over a lambda type, with one pointer parameter
    else:
        return None
    return ClosureShim(fn, kind, _language(names, _type_node(module, env_type)), env_index,
                       env_type, body, evidence)


def _type_node(module: Module, node_id: int | None) -> MDNode | None:
    return module.metadata.get(node_id) if node_id is not None else None


def _env(module: Module, fn: Function, env: tuple[int, object] | None
         ) -> tuple[int | None, int | None]:
    if env is None:
        return None, None
    return env[0], env_type_of(module, env[1])


def _forwarded_body(fn: Function, bodies: dict[Function, ClosureShim]
                    ) -> tuple[Function | None, int | None]:
    """The closure body ``fn`` calls, and which of ``fn``'s parameters it passes as the
    body's environment (None when it passes something of its own)."""
    for inst in fn.instructions():
        if not isinstance(inst, CallInst):
            continue
        callee = inst.called_function
        shim = bodies.get(callee) if callee is not None else None
        if shim is None:
            continue
        if shim.env_index is None or shim.env_index >= len(inst.args):
            return callee, None
        src = _source_argument(inst.arg(shim.env_index))
        return callee, (src.index if src is not None and src.function is fn else None)
    return None, None


# ---- the rewrite --------------------------------------------------------------------------

def environment_floats(module: Module, shim: ClosureShim) -> list[str]:
    """Captured float data in the environment (member paths), read from its DI type:
    by-value members, and data behind captured references one level down."""
    out: list[str] = []
    node = _type_node(module, shim.env_type)
    if node is not None:
        _float_members(module, node, "", out, depth=0, seen=set())
    return out


def _float_members(module: Module, node: MDNode, path: str, out: list[str], depth: int,
                   seen: set[int]) -> None:
    if node.id is not None:
        if node.id in seen or depth > 8:
            return
        seen = seen | {node.id}
    node = _strip(module, node) or node
    if node.kind == "DIBasicType":
        if str(node.get("encoding")) in ("DW_ATE_float", "DW_ATE_complex_float"):
            out.append(path or "(value)")
        return
    if node.kind == "DIDerivedType":
        tag = str(node.get("tag"))
        base = _node(module, node.get("baseType"))
        if base is None:
            return
        if tag in _POINTER_TAGS:
            if depth == 1:  # a captured reference: its target is environment data too
                _float_members(module, base, "*" + path, out, depth + 1, seen)
            return
        if tag == "DW_TAG_member" or tag == "DW_TAG_inheritance":
            name = str(node.get("name") or "")
            _float_members(module, base, path + ("." if path and not path.endswith("->")
                                                 else "") + name, out, depth, seen)
        return
    if node.kind == "DICompositeType":
        if str(node.get("tag")) == "DW_TAG_array_type":
            base = _node(module, node.get("baseType"))
            if base is not None:
                _float_members(module, base, path + "[]", out, depth, seen)
            return
        elements = _node(module, node.get("elements"))
        for el in (elements.elements if elements is not None else []):
            member = _node(module, el)
            if member is not None:
                _float_members(module, member, path, out, depth + 1 if depth == 0 else depth,
                               seen)


def mark_environment_const(site: Site, shim: ClosureShim) -> bool:
    """Mark the environment argument of a call that differentiates ``shim`` as
    ``enzyme_const`` (a ``metadata !"enzyme_const"`` operand before it).

    Leaves the call alone when the user marked the argument, or when an unmarked
    environment is followed by a plausible shadow (a pointer: the user may mean dup).
    Adds a warning to ``site.diagnostics`` when the environment captures floats, whose
    derivatives a constant environment drops. Returns whether the call changed; the site
    is then stale (recompute the ``autodiff-sites`` analysis)."""
    pos = environment_to_mark(site, shim)
    if pos is None:
        return False
    call = site.call
    module = call.function.module if call.function is not None else None
    call.insert_arg(pos, MetadataOperand(['!"enzyme_const"']), None, "metadata")
    if module is not None:
        floats = environment_floats(module, shim)
        if floats:
            name = shim.function.name
            site.diagnostics.append(SiteDiagnostic(
                "warning", f"marked the closure environment of {name} enzyme_const; it "
                f"captures float data ({', '.join(floats)}) whose derivatives are dropped",
                site.location))
    return True


def environment_to_mark(site: Site, shim: ClosureShim) -> int | None:
    """The call argument ``mark_environment_const`` marks: the environment of a call that
    differentiates ``shim``, unless the user marked it or gave it what looks like a shadow
    (an unmarked pointer after it: the user may mean dup)."""
    if site.function is not shim.function or shim.env_index is None:
        return None
    ops = site.call.arg_values
    arg = site.arg_for_param(shim.env_index)
    if arg is None:
        # The reading stopped before the environment (a diagnostic says why); find it by
        # counting primal operands the simple way: unmarked operands after the function.
        pos = _unmarked_position(site, shim.env_index)
        if pos is None:
            return None
    else:
        if arg.marker is not None or arg.explicit:
            return None
        pos = arg.position
    after = ops[pos + 1] if pos + 1 < len(ops) else None
    if after is not None and _is_pointer(after) and enzyme_marker(after) is None:
        return None
    return pos


def _unmarked_position(site: Site, param: int) -> int | None:
    ops = site.call.arg_values
    count = 0
    for i in range(1, len(ops)):
        if enzyme_marker(ops[i]) is not None:
            return None  # markers before it: the reading would have found it
        if count == param:
            return i
        count += 1
    return None
