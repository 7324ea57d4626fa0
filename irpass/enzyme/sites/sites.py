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
from irpass.ir.types import (
    ArrayType,
    FloatType,
    IntType,
    NamedType,
    PointerType,
    StructType,
    Type,
    TypedPointerType,
    VectorType,
)
from irpass.ir.values import Argument, Constant, MetadataOperand, Value, int_value
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
CAST_OPCODES = frozenset({"trunc", "zext", "sext", "fptrunc", "fpext", "fptoui", "fptosi",
                          "uitofp", "sitofp", "ptrtoint", "inttoptr", "bitcast", "addrspacecast"})


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

def _resolved(module: Module | None, t: Type) -> Type:
    return module.resolve_type(t) if module is not None and isinstance(t, NamedType) else t


def default_activity(t: Type, direction: str, module: Module | None = None,
                     seen: frozenset[Type] = frozenset()) -> str:
    """Enzyme's ``whatType``: the activity of an argument with no marker."""
    t = _resolved(module, t)
    if t in seen:
        return "const"
    seen = seen | {t}
    if isinstance(t, (PointerType, TypedPointerType)):
        return "dup"
    if isinstance(t, FloatType) or (isinstance(t, VectorType) and
                                    isinstance(_resolved(module, t.element), FloatType)):
        return "dup" if direction == "forward" else "out"
    if isinstance(t, ArrayType):
        return default_activity(t.element, direction, module, seen)
    if isinstance(t, StructType):
        result = "const"
        for el in t.elements:
            sub = default_activity(el, direction, module, seen)
            if sub == "dup":
                return "dup"
            if sub == "out":
                result = "out"
        return result
    return "const"


def _is_pointer(t: Type) -> bool:
    return isinstance(t, (PointerType, TypedPointerType))


def _bit_castable(src: Type, dst: Type, module: Module | None) -> bool:
    """Whether Enzyme would accept ``src`` where ``dst`` is expected (identical, pointers in
    the same address space, same-size vectors, or an integer truncated to ``i1``)."""
    src, dst = _resolved(module, src), _resolved(module, dst)
    if src == dst:
        return True
    if _is_pointer(src) and _is_pointer(dst):
        return True  # Enzyme inserts an addrspacecast (with a warning) when they differ
    if isinstance(src, VectorType) and isinstance(dst, VectorType):
        return _bits(src, module) == _bits(dst, module) != 0
    return False


def _bits(t: Type, module: Module | None) -> int:
    t = _resolved(module, t)
    if isinstance(t, IntType):
        return t.bits
    if isinstance(t, FloatType):
        return {"half": 16, "bfloat": 16, "float": 32, "double": 64, "x86_fp80": 80,
                "fp128": 128, "ppc_fp128": 128}.get(t.kind, 0)
    if isinstance(t, VectorType):
        return t.count * _bits(t.element, module)
    return 0


# ---- locations ----------------------------------------------------------------------------

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

def _describe(v: Value, module: Module, fn: Function | None = None) -> str:
    """``type %ref`` as the printer would number it (only built for messages)."""
    from irpass.ir.writer import LocalNamer, Printer

    try:
        namer = LocalNamer(Printer(module), fn) if fn is not None else None
        return f"{v.type} {v.ref(namer)}"
    except ValueError:  # a value from another function, or not in the module
        return str(v.type)


class _Reader:
    """Reads one call's operands as Enzyme's ``handleArguments`` does."""

    def __init__(self, module: Module, site: Site, direction: str) -> None:
        self.module = module
        self.site = site
        self.direction = direction
        self.call = site.call
        self.ops = site.call.arg_values
        self.stopped = False

    def error(self, message: str, severity: str = "error") -> None:
        self.site.diagnostics.append(SiteDiagnostic(severity, message, self.site.location))
        if severity == "error":
            self.stopped = True

    def marker(self, i: int) -> tuple[str, str] | None:
        return enzyme_marker(self.ops[i]) if 0 <= i < len(self.ops) else None

    def read(self) -> None:
        site, ops = self.site, self.ops
        sret = bool(self.call.args) and "sret" in self.call.args[0].attrs
        start = 1 + sret
        fn = site.function
        params = [a.type for a in fn.args] if fn is not None else None
        # Options of the whole call, wherever they are.
        interleave: int | None = None
        for i in range(start, len(ops)):
            m = self.marker(i)
            if m is None:
                continue
            name = m[0]
            if name in RETURN_MARKERS:
                site.return_activity = RETURN_MARKERS[name]
            elif name == "enzyme_noret":
                site.options["noret"] = True
            elif name == "enzyme_primal_return":
                site.options["primal_return"] = True
            elif name == "enzyme_interleave" and interleave is None:
                interleave = i
            elif name == "enzyme_width":
                self._width(i)
                if self.stopped:
                    return
        if site.return_activity is None and fn is not None:
            site.return_activity = default_activity(fn.return_type, self.direction, self.module)
        if site.mode == "batch":
            self._read_batch(start, params)
            return
        if self.direction == "other":
            return
        maxsize = interleave if interleave is not None else len(ops)
        inter_next = interleave + 1 if interleave is not None else None
        truei = 0
        byref: int | None = None
        last = "dup"
        i = start
        while i < maxsize and not self.stopped:
            m = self.marker(i)
            activity: str | None = None
            marker_pos: int | None = None
            overwritten = site.mode not in ("autodiff", "virtualreverse")
            skip = False
            while m is not None:
                name, form = m
                value_pos = i + 1 if name in VALUE_MARKERS or name in (
                    "enzyme_dupv", "enzyme_dupnoneedv") else None
                site.markers.append(Marker(name, i, form, value_pos))
                if name == "enzyme_not_overwritten":
                    overwritten = False
                elif name in ACTIVITY_MARKERS:
                    activity = ACTIVITY_MARKERS[name]
                    marker_pos = i
                    if value_pos is not None:  # dupv: a batch offset
                        i += 1
                        if i >= len(ops) or not isinstance(_resolved(self.module, ops[i].type),
                                                           IntType):
                            self.error(f"{name} at argument {i - 1} must be followed by an "
                                       "integer offset")
                            return
                elif name in FLAG_MARKERS or name == "enzyme_interleave":
                    if name == "enzyme_nofree":
                        site.options["nofree"] = True
                    elif name == "enzyme_runtime_activity":
                        site.options["runtime_activity"] = True
                    skip = True
                    break
                elif name in VALUE_MARKERS:
                    i += 1
                    if i >= len(ops):
                        self.error(f"marker {name} at argument {i - 1} has nothing after it")
                        return
                    kind = VALUE_MARKERS[name]
                    if kind in ("byref", "allocated"):
                        size = int_value(ops[i])
                        if size is None or size <= 0:
                            self.error(f"{name} at argument {i - 1} must be followed by a "
                                       f"constant positive size, found "
                                       f"{_describe(ops[i], self.module, self.call.function)}")
                            return
                        if kind == "byref":
                            byref = size
                        else:
                            site.options["allocated"] = size
                    elif kind != "width":
                        site.extras[kind] = i
                    skip = True
                    break
                else:
                    self.error(f"unknown Enzyme marker '{name}' at argument {i} (Enzyme "
                               "rejects it: illegal enzyme metadata classification)")
                    return
                i += 1
                if i >= len(ops):
                    self.error(f"marker {name} at argument {i - 1} has nothing after it")
                    return
                m = self.marker(i)
            if skip:
                i += 1
                continue
            res = ops[i]
            if params is None:
                # Unknown function: defaults from the operand's own type.
                ty = activity or default_activity(res.type, self.direction, self.module)
                arg = ArgActivity(i, None, ty, activity is not None, overwritten=overwritten,
                                  marker=marker_pos)
                site.args.append(arg)
                if ty in ("dup", "dupnoneed"):
                    if not self._shadows(arg, res.type, i, inter_next, activity is None):
                        return
                    if inter_next is None:
                        i = arg.shadows[-1] if arg.shadows else i
                    else:
                        inter_next += site.width
                i += 1
                continue
            if truei >= len(params):
                if site.mode in SPLIT_MODES and not isinstance(res, MetadataOperand):
                    if site.return_activity == "out" and "differet" not in site.extras and \
                            site.mode == "reverse":
                        site.extras["differet"] = i
                        i += 1
                        continue
                    if "tape" not in site.extras:
                        site.extras["tape"] = i
                        i += 1
                        continue
                self.error(f"too many arguments: {fn.name} takes {len(params)} "
                           f"parameter(s); argument {i} ({_describe(res, self.module, self.call.function)}) "
                           "is left over")
                return
            ptype = params[truei]
            ty = activity or (default_activity(ptype, self.direction, self.module)
                              if interleave is None else last)
            last = ty
            arg = ArgActivity(i, truei, ty, activity is not None, byref=byref,
                              overwritten=overwritten, marker=marker_pos)
            site.args.append(arg)
            if byref is not None:
                if not _is_pointer(res.type):
                    self.error(f"argument {i} follows enzyme_byref but is not a pointer")
                    return
            elif not _bit_castable(res.type, ptype, self.module) and not (
                    isinstance(res.type, IntType) and ptype == IntType(1)):
                self.error(f"argument {i} ({_describe(res, self.module, self.call.function)}) does not match "
                           f"parameter {truei} of {fn.name} ({ptype})")
                return
            byref = None
            if ty in ("dup", "dupnoneed"):
                if not self._shadows(arg, ptype, i, inter_next, activity is None):
                    return
                if inter_next is None:
                    i = arg.shadows[-1] if arg.shadows else i
                else:
                    inter_next += site.width
            truei += 1
            i += 1
        if self.stopped or params is None:
            return
        if truei < len(params):
            self.error(f"too few arguments: {fn.name} takes {len(params)} parameter(s), the "
                       f"call passes {truei}")

    def _shadows(self, arg: ArgActivity, ptype: Type, i: int, inter: int | None,
                 implicit: bool) -> bool:
        """Take ``width`` shadows after argument ``i`` (or from the interleaved tail)."""
        pos = i
        for v in range(self.site.width):
            pos = inter + v if inter is not None else pos + 1
            if pos >= len(self.ops):
                why = (" (an unmarked pointer is enzyme_dup and takes the next operand as its "
                       "shadow)" if implicit else "")
                self.error(f"argument {i} ({_describe(self.ops[i], self.module, self.call.function)}) is "
                           f"{arg.activity} but has no shadow{why}")
                return False
            shadow = self.ops[pos]
            if enzyme_marker(shadow) is not None:
                self.error(f"the shadow of argument {i} is the marker "
                           f"'{enzyme_marker(shadow)[0]}' at argument {pos}")  # type: ignore
                return False
            if not _bit_castable(shadow.type, ptype, self.module) and not (
                    arg.byref is not None and _is_pointer(shadow.type)):
                if implicit and _is_pointer(ptype):
                    self.error(f"unmarked pointer argument {i} "
                               f"({_describe(self.ops[i], self.module, self.call.function)}) is taken as "
                               f"enzyme_dup, but its shadow, argument {pos} "
                               f"({_describe(shadow, self.module, self.call.function)}), is not a pointer; mark "
                               "it enzyme_const if it is a closure environment or constant "
                               "data")
                else:
                    self.error(f"shadow argument {pos} ({_describe(shadow, self.module, self.call.function)}) "
                               f"does not match its primal, argument {i} ({ptype})")
                return False
            arg.shadows.append(pos)
        return True

    def _width(self, i: int) -> None:
        site = self.site
        if "width" in site.options:
            self.error(f"enzyme_width given twice (argument {i})")
            return
        if i + 1 >= len(self.ops):
            self.error(f"marker enzyme_width at argument {i} has nothing after it")
            return
        width = int_value(self.ops[i + 1])
        if width is None or width <= 0:
            self.error(f"enzyme_width at argument {i} must be followed by a constant positive "
                       f"integer, found {_describe(self.ops[i + 1], self.module, self.call.function)}")
            return
        site.width = width
        site.options["width"] = width

    def _read_batch(self, start: int, params: list[Type] | None) -> None:
        site, ops = self.site, self.ops
        default = "scalar" if site.width == 1 else "vector"
        i, truei = start, 0
        while i < len(ops):
            m = self.marker(i)
            ty = default
            explicit = False
            if m is not None:
                name, form = m
                site.markers.append(Marker(name, i, form))
                if name == "enzyme_width" or name == "enzyme_buffer":
                    i += 2
                    continue
                if name not in BATCH_MARKERS:
                    self.error(f"marker '{name}' is not a batch marker (argument {i})")
                    return
                ty, explicit = name[len("enzyme_"):], True
                i += 1
                if i >= len(ops):
                    self.error(f"marker {name} at argument {i - 1} has nothing after it")
                    return
            if params is not None and truei >= len(params):
                self.error(f"too many arguments: {site.function.name} takes "  # type: ignore
                           f"{len(params)} parameter(s)")
                return
            arg = ArgActivity(i, truei if params is not None else None, ty, explicit)
            site.args.append(arg)
            count = site.width if ty == "vector" else 1
            arg.shadows = list(range(i + 1, i + count))
            if i + count > len(ops):
                self.error(f"argument {i} needs {count} vector elements")
                return
            i += count
            truei += 1
        if params is not None and truei < len(params):
            self.error(f"too few arguments: {site.function.name} takes "  # type: ignore
                       f"{len(params)} parameter(s), the call passes {truei}")


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
            f"{_describe(target, module, call.function)} (an indirect value; Enzyme needs a function, "
            "a cast of one, or a value it can trace to one)", loc))
    _Reader(module, site, direction).read()
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
