"""The ``autodiff-sites`` analysis: every call that asks Enzyme for a derivative, read the way
Enzyme reads it (``Enzyme.cpp``: ``getMetadataName``, ``GetFunctionValFromValue``,
``handleArguments``).

Reads: calls whose callee name contains an Enzyme entry point, the function they name,
activity markers in every form Enzyme accepts, the differentiated function's parameter types,
``!dbg`` locations. Writes nothing. The result is a list of ``Site``; problems Enzyme would stop
at (or silently misread) are ``SiteDiagnostic`` records on the site.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from irpass.ir.function import Function
from irpass.ir.instructions import CallInst, Instruction
from irpass.ir.metadata import MDRef
from irpass.ir.module import GlobalAlias, GlobalVariable, Module
from irpass.ir.names import unescape
from irpass.ir.opcodes import CASTS
from irpass.ir.values import Argument, Constant, MetadataOperand, Value
from irpass.passes.analysis import AnalysisManager

# Entry points in the order Enzyme tests them (the first contained one wins), with the mode
# name irpass reports and how unmarked floats default ("forward" modes make them dup).
ENTRY_POINTS: tuple[tuple[str, str, str], ...] = (
    ("__enzyme_autodiff", "autodiff", "reverse"),
    ("__enzyme_fwddiff", "fwddiff", "forward"),
    ("__enzyme_error_estimate", "error_estimate", "forward"),
    ("__enzyme_fwdsplit", "fwdsplit", "forward"),
    ("__enzyme_augmentfwd", "augmentfwd", "reverse"),
    ("__enzyme_augmentsize", "augmentsize", "reverse"),
    ("__enzyme_reverse", "reverse", "reverse"),
    ("__enzyme_virtualreverse", "virtualreverse", "reverse"),
    ("__enzyme_batch", "batch", "batch"),
    ("__enzyme_truncate_mem_func", "truncate_mem_func", "other"),
    ("__enzyme_truncate_op_func", "truncate_op_func", "other"),
    ("__enzyme_truncate_mem_value", "truncate_mem_value", "other"),
    ("__enzyme_expand_mem_value", "expand_mem_value", "other"),
    ("__enzyme_likelihood", "likelihood", "other"),
    ("__enzyme_trace", "trace", "other"),
    ("__enzyme_condition", "condition", "other"),
)
# Modes whose extra trailing operands may be the differential return and the tape.
SPLIT_MODES = frozenset({"reverse", "fwdsplit"})

ACTIVITY_MARKERS = {"enzyme_dup": "dup", "enzyme_dupnoneed": "dupnoneed", "enzyme_dupv": "dup",
                    "enzyme_dupnoneedv": "dupnoneed", "enzyme_out": "out",
                    "enzyme_const": "const"}
RETURN_MARKERS = {"enzyme_const_return": "const", "enzyme_active_return": "out",
                  "enzyme_dup_return": "dup"}
# Markers that are options of the whole call, not of the next argument.
FLAG_MARKERS = frozenset({"enzyme_noret", "enzyme_runtime_activity", "enzyme_nofree",
                          "enzyme_primal_return", *RETURN_MARKERS})
# Markers followed by one operand that is their value (width, size, tape...).
VALUE_MARKERS = {"enzyme_width": "width", "enzyme_byref": "byref", "enzyme_allocated": "allocated",
                 "enzyme_tape": "tape", "enzyme_interface": "interface",
                 "enzyme_trace": "trace", "enzyme_duptrace": "trace",
                 "enzyme_likelihood": "likelihood", "enzyme_observations": "observations",
                 "enzyme_active_rand_var": "active_rand_var"}
BATCH_MARKERS = frozenset({"enzyme_scalar", "enzyme_vector", "enzyme_buffer"})
# A call attribute Enzyme reads: the callee allocates nothing the derivative needs
# (``irpass.enzyme.run.handoff``, ``irpass.enzyme.rust.rustcalls``).
NO_ESCAPING_ALLOCATION = "enzyme_no_escaping_allocation"
CAST_OPCODES = CASTS


@dataclass(frozen=True)
class SourceLocation:
    """Where a call is: from its ``!dbg`` (file, line, column) or only its function."""

    function: str
    file: str | None = None
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        if self.file is None:
            return f"@{self.function}"
        col = f":{self.column}" if self.column else ""
        return f"{self.file}:{self.line}{col}"


@dataclass
class SiteDiagnostic:
    severity: str  # "error" (Enzyme stops), "warning" (Enzyme goes on, maybe not as meant)
    message: str
    location: SourceLocation

    def format(self) -> str:
        return f"{self.location}: {self.severity}: {self.message}"


@dataclass
class Marker:
    """An activity or option marker at call argument ``position`` (0 = the function)."""

    name: str
    position: int
    form: str  # metadata, global, load, cast, alloca, phi, stored
    value_position: int | None = None  # the operand that is the marker's value (width, size)


@dataclass
class ArgActivity:
    """One primal argument: its call argument position, the parameter it feeds, its
    activity, whether a marker said so, and the positions of its shadows."""

    position: int
    param: int | None
    activity: str  # dup, dupnoneed, out, const (batch: scalar, vector)
    explicit: bool
    shadows: list[int] = field(default_factory=list)
    byref: int | None = None
    overwritten: bool = True
    marker: int | None = None  # position of the activity marker, when there is one


@dataclass
class Site:
    call: CallInst
    entry: str  # the entry point the callee name contains, e.g. "__enzyme_autodiff"
    callee_name: str  # the callee's own name, e.g. "__enzyme_autodiff_f64"
    mode: str  # entry point without the prefix: autodiff, fwddiff, ...
    function: Function | None
    function_via: list[str]  # how operand 0 led to it: cast, constexpr, alias, load, call...
    location: SourceLocation
    args: list[ArgActivity] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    return_activity: str | None = None
    width: int = 1
    options: dict[str, object] = field(default_factory=dict)
    extras: dict[str, int] = field(default_factory=dict)  # differet / tape positions
    diagnostics: list[SiteDiagnostic] = field(default_factory=list)

    @property
    def caller(self) -> Function | None:
        return self.call.function

    @property
    def ok(self) -> bool:
        return not any(d.severity == "error" for d in self.diagnostics)

    def arg_for_param(self, param: int) -> ArgActivity | None:
        for a in self.args:
            if a.param == param:
                return a
        return None


# ---- reading values the way Enzyme does --------------------------------------------------

def entry_point(name: str) -> tuple[str, str, str] | None:
    """The (entry, mode, direction) a callee name asks for, or None."""
    for entry in ENTRY_POINTS:
        if entry[0] in name:
            return entry
    return None


def _is_alloca(v: Value) -> bool:
    return isinstance(v, Instruction) and v.opcode == "alloca"


def _zero_gep(v: Value) -> bool:
    if not (isinstance(v, (Instruction, Constant)) and
            getattr(v, "opcode", getattr(v, "kind", None)) in ("getelementptr", "c_gep")):
        return False
    return all(isinstance(op, Constant) and op.text in ("0", "zeroinitializer", "null")
               for op in v.operands[1:])


def simplify_load(v: Value, depth: int = 0) -> Value | None:
    """The one value stored into the stack slot (or constant global) a load reads, as
    Enzyme's ``simplifyLoad`` finds it at -O0; None when it cannot tell."""
    if depth > 8 or not (isinstance(v, Instruction) and v.opcode == "load"):
        return None
    ptr = v.operands[0]
    inner = simplify_load(ptr, depth + 1)
    if inner is not None:
        ptr = inner
    while _zero_gep(ptr) or (isinstance(ptr, Constant) and ptr.kind == "c_cast"):
        ptr = ptr.operands[0]
    if isinstance(ptr, GlobalVariable):
        if ptr.is_constant and ptr.initializer is not None and \
                ptr.initializer.type == v.type:
            return ptr.initializer
        return None
    if not _is_alloca(ptr):
        return None
    stored: list[Value] = []
    for user in ptr.users:
        if not isinstance(user, Instruction):
            return None
        if user.opcode == "store":
            if user.operands[1] is not ptr or user.operands[0] is ptr:
                return None  # the slot's address escapes through the store
            stored.append(user.operands[0])
        elif user.opcode == "load":
            continue
        elif isinstance(user, CallInst) and _callee_name(user).startswith("llvm.lifetime"):
            continue
        else:
            return None  # any other use may write it
    if len(stored) != 1 or stored[0].type != v.type:
        return None
    nested = simplify_load(stored[0], depth + 1)
    return nested if nested is not None else stored[0]


def _callee_name(call: CallInst) -> str:
    fn = call.called_function
    return fn.name or "" if fn is not None else ""


def marker_name(v: Value, depth: int = 0) -> tuple[str, str] | None:
    """(name, form) when Enzyme would read ``v`` as named (``getMetadataName``)."""
    if depth > 16:
        return None
    direct = _direct_name(v, depth)
    if direct is not None:
        return direct
    simplified = simplify_load(v)
    if simplified is not None and not isinstance(simplified, Constant):
        found = marker_name(simplified, depth + 1)
        return (found[0], "stored") if found else None
    return None


def _direct_name(v: Value, depth: int) -> tuple[str, str] | None:
    if isinstance(v, MetadataOperand):
        text = v.template[0] if len(v.template) == 1 and isinstance(v.template[0], str) else ""
        if text.startswith('!"') and text.endswith('"'):
            return unescape(text[2:-1]), "metadata"
        return None
    if isinstance(v, GlobalVariable):
        return (v.name or "", "global")
    if isinstance(v, Constant) and v.kind == "c_cast" and isinstance(v.operands[0],
                                                                     GlobalVariable):
        return (v.operands[0].name or "", "cast")
    if isinstance(v, Instruction):
        src = v.operands[0] if v.operands else None
        if v.opcode == "load" or v.opcode in CAST_OPCODES:
            if isinstance(src, GlobalVariable):
                return (src.name or "", "load" if v.opcode == "load" else "cast")
            if v.opcode == "load" and isinstance(src, Constant) and src.kind == "c_cast" \
                    and isinstance(src.operands[0], GlobalVariable):
                return (src.operands[0].name or "", "load")
            if v.opcode in CAST_OPCODES and src is not None and _is_alloca(src):
                return (src.name or "", "alloca")
        if v.opcode == "alloca":
            return (v.name, "alloca") if v.name else None
        if v.opcode == "phi":
            return _phi_name(v, depth)
    return None


def _phi_name(phi: Instruction, depth: int) -> tuple[str, str] | None:
    found: str | None = None
    todo, done = [phi], set()
    while todo:
        p = todo.pop()
        if id(p) in done:
            continue
        done.add(id(p))
        for value, _ in p.incoming:
            if isinstance(value, Instruction) and value.opcode == "phi":
                todo.append(value)
                continue
            name = marker_name(value, depth + 1)
            if name is None:
                continue
            if found is None:
                found = name[0]
            elif found != name[0]:
                return None
    return (found, "phi") if found is not None else None


def enzyme_marker(v: Value) -> tuple[str, str] | None:
    m = marker_name(v)
    return m if m is not None and m[0].startswith("enzyme_") else None


def resolve_function(v: Value) -> tuple[Value, list[str]]:
    """Follow operand 0 to the function Enzyme would differentiate
    (``GetFunctionValFromValue``). Returns the value reached and the steps taken."""
    via: list[str] = []
    for _ in range(32):
        if isinstance(v, Function):
            break
        if isinstance(v, Instruction) and v.opcode in CAST_OPCODES:
            v, step = v.operands[0], "cast"
        elif isinstance(v, Constant) and v.kind != "c_blockaddress" and \
                v.kind in ("c_cast", "c_gep", "c_no_cfi", "c_dso_local_equivalent") \
                and v.operands:
            v, step = v.operands[0], "constexpr"
        elif isinstance(v, Constant) and v.kind == "c_blockaddress" and v.operands:
            v, step = v.operands[0], "blockaddress"
        elif isinstance(v, GlobalAlias) and v.target.operands:
            v, step = v.aliasee, "alias"
        elif isinstance(v, CallInst) and _returned_value(v) is not None:
            v, step = _returned_value(v), "call"  # type: ignore[assignment]
        elif simplify_load(v) is not None:
            v, step = simplify_load(v), "load"  # type: ignore[assignment]
        else:
            break
        via.append(step)
    return v, via


def _returned_value(call: CallInst) -> Value | None:
    """What a call to a defined function returns when all its returns agree on a constant
    or an argument (Enzyme's trick for ``fn tramp_ptr() -> *const u8``)."""
    fn = call.called_function
    if fn is None or not fn.blocks:
        return None
    values: list[Value] = []
    for block in fn.blocks:
        term = block.terminator
        if term is not None and term.opcode == "ret" and term.operands:
            values.append(term.operands[0])
    if len({id(x) for x in values}) != 1:
        return None
    val, _ = resolve_function(values[0])
    if isinstance(val, Argument) and val.index < len(call.args):
        return call.arg(val.index)
    if isinstance(val, (Function, Constant, GlobalVariable, GlobalAlias)):
        return val
    return None


# ---- types --------------------------------------------------------------------------------

def call_location(module: Module, call: Instruction) -> SourceLocation:
    """The call's ``!dbg`` location (DILocation line/column, file from its scope chain)."""
    fn = call.function
    fname = fn.name if fn is not None and fn.name else "?"
    ref = call.get_metadata("dbg")
    node = module.metadata.get(int(ref[1:])) if ref and ref[1:].isdigit() else None
    if node is None or node.kind != "DILocation":
        return SourceLocation(fname)
    line, col = node.get("line"), node.get("column")
    scope = node.get("scope")
    filename = None
    for _ in range(64):
        if not isinstance(scope, MDRef):
            break
        s = module.metadata.get(scope.id)
        if s is None:
            break
        if s.kind == "DIFile":
            filename = s.get("filename")
            break
        f = s.get("file")
        if isinstance(f, MDRef) and f.id in module.metadata:
            filename = module.metadata[f.id].get("filename")
            break
        scope = s.get("scope")
    return SourceLocation(fname, filename if isinstance(filename, str) else None,
                          line if isinstance(line, int) else 0,
                          col if isinstance(col, int) else 0)


# ---- the analysis -------------------------------------------------------------------------

def describe_value(v: Value, module: Module, fn: Function | None = None) -> str:
    """``type %ref`` as the printer would number it (only built for messages)."""
    from irpass.ir.writer import LocalNamer, Printer

    try:
        namer = LocalNamer(Printer(module), fn) if fn is not None else None
        return f"{v.type} {v.ref(namer)}"
    except ValueError:  # a value from another function, or not in the module
        return str(v.type)


def analyze_call(module: Module, call: CallInst) -> Site | None:
    """The site for one call, or None when it is not a call to an Enzyme entry point."""
    callee = call.called_function
    name = callee.name if callee is not None and callee.name else ""
    found = entry_point(name)
    if found is None:
        return None
    entry, mode, direction = found
    loc = call_location(module, call)
    sret = bool(call.args) and "sret" in call.args[0].attrs
    fn_index = 1 if sret else 0
    site = Site(call, entry, name, mode, None, [], loc)
    if len(call.args) <= fn_index:
        site.diagnostics.append(SiteDiagnostic("error", f"{name} is called without the "
                                               "function to differentiate", loc))
        return site
    target, via = resolve_function(call.arg(fn_index))
    site.function_via = via
    if isinstance(target, Function):
        site.function = target
        if not target.blocks:
            site.diagnostics.append(SiteDiagnostic(
                "error", f"the function to differentiate, {target.name}, is only declared "
                "in this module", loc))
    else:
        site.diagnostics.append(SiteDiagnostic(
            "error", "cannot find the function to differentiate: operand 0 is "
            f"{describe_value(target, module, call.function)} (an indirect value; Enzyme needs a function, "
            "a cast of one, or a value it can trace to one)", loc))
    from irpass.enzyme.sites.arguments import ArgumentReader

    ArgumentReader(module, site, direction).read()
    return site


def find_sites(module: Module) -> list[Site]:
    """Every Enzyme call site in the module, in file order."""
    sites = []
    for fn in module.functions:
        if not fn.is_materialized:
            continue  # a body still text was not asked for (the pass's ``needs``)
        for inst in fn.instructions():
            if isinstance(inst, CallInst):
                site = analyze_call(module, inst)
                if site is not None:
                    sites.append(site)
    return sites


ENZYME_MARK = "__enzyme_"


def enzyme_roots(module: Module) -> list[Function]:
    """Definitions that call ``__enzyme_*``, found by a scan of their text (parsed ones are
    looked at as parsed): nothing is parsed to find them."""
    roots = []
    for fn in module.functions:
        lazy = fn.lazy_body
        if lazy is not None:
            if lazy.contains(ENZYME_MARK):
                roots.append(fn)
        elif not fn.is_declaration and any(
                ENZYME_MARK in (v.name or "") for inst in fn.instructions()
                for v in inst.operands):
            roots.append(fn)
    return roots


def reachable_from_sites(module: Module) -> list[Function]:
    """The functions that call ``__enzyme_*`` and every function they reach (the functions
    they differentiate among them), bodies parsed: what the Enzyme passes read
    (``Pass.functions_needed``)."""
    reached = module.materialize_reachable(enzyme_roots(module))
    return [f for f in module.functions if id(f) in reached]


def autodiff_sites(module: Module, am: AnalysisManager) -> list[Site]:
    """The ``Site`` of every call to an Enzyme entry point in the module."""
    return find_sites(module)
