"""Reading the operands of an ``__enzyme_*`` call as Enzyme's ``handleArguments`` does:
each argument's activity (from its marker, or the default for its type and the mode), the
shadows that follow it, the options of the whole call, and what does not fit. Used by
``irpass.enzyme.sites.sites.analyze_call``; reads the call, writes the ``Site``.
"""

from __future__ import annotations

from irpass.enzyme.sites.sites import (
    ACTIVITY_MARKERS,
    BATCH_MARKERS,
    FLAG_MARKERS,
    RETURN_MARKERS,
    SPLIT_MODES,
    VALUE_MARKERS,
    ArgActivity,
    Marker,
    Site,
    SiteDiagnostic,
    describe_value,
    enzyme_marker,
)
from irpass.ir.module import Module
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
from irpass.ir.values import MetadataOperand, int_value


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

class ArgumentReader:
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
                                       f"{describe_value(ops[i], self.module, self.call.function)}")
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
                           f"parameter(s); argument {i} ({describe_value(res, self.module, self.call.function)}) "
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
                self.error(f"argument {i} ({describe_value(res, self.module, self.call.function)}) does not match "
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
                self.error(f"argument {i} ({describe_value(self.ops[i], self.module, self.call.function)}) is "
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
                               f"({describe_value(self.ops[i], self.module, self.call.function)}) is taken as "
                               f"enzyme_dup, but its shadow, argument {pos} "
                               f"({describe_value(shadow, self.module, self.call.function)}), is not a pointer; mark "
                               "it enzyme_const if it is a closure environment or constant "
                               "data")
                else:
                    self.error(f"shadow argument {pos} ({describe_value(shadow, self.module, self.call.function)}) "
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
                       f"integer, found {describe_value(self.ops[i + 1], self.module, self.call.function)}")
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
