"""Pointers into constant memory that Enzyme would take for active: the calls that compute
them are marked ``"enzyme_inactive_val"``.

rustc at opt-level 0 calls core's index functions for ``&x[a..]``, ``&x[..b]`` and ``x[i]``
(``<RangeFrom<usize> as SliceIndex<[T]>>::index`` returns the sub-slice, a pointer computed
from ``x``'s). When ``x`` is ``enzyme_const``, Enzyme's activity analysis finds such a call
constant from its arguments, but because it returns a pointer and some other call in the
function might store an active value where it points, it takes the returned *value* for
active; its shadow is then what Enzyme makes of a constant pointer, the pointer itself, and
the reverse pass of the function the slice is passed to adds derivatives into ``x``: the
input changes and the gradient is wrong (ADBench's gmm and lstm, Rust ports, at
opt-level 0). At opt-level 1 the index functions are inlined and Enzyme sees the
``getelementptr`` it handles.

A pointer computed from a constant pointer by address arithmetic alone (``getelementptr``,
casts, ``select``, ``phi``, aggregates, and calls of functions that do nothing else to their
arguments) points into the same memory, which ``enzyme_const`` says has no derivative (as
read-only globals have none: a panic's location may go along). This
module proves that, from the activities the ``__enzyme_*`` calls give the differentiated
functions' parameters and through every call the derivatives reach (a parameter is constant
in a function when every call of it that Enzyme differentiates passes a constant pointer),
and marks those calls so.

Reads: the call sites' activities and the functions they reach; writes call-site
attributes.
"""

from __future__ import annotations

from irpass.ir.function import Function
from irpass.ir.instructions import CallInst, Instruction
from irpass.ir.module import GlobalVariable
from irpass.ir.types import Composite, FunctionType, NamedType, Type
from irpass.ir.values import Constant, Value

INACTIVE_VALUE = "enzyme_inactive_val"
ADDRESS_OPS = ("getelementptr", "bitcast", "addrspacecast", "select", "phi", "insertvalue",
               "extractvalue", "freeze")


def has_pointer(t: Type) -> bool:
    """Whether a value of type ``t`` may hold a pointer (itself, or in an aggregate; a named
    struct is not looked into and may)."""
    if t.is_pointer or isinstance(t, NamedType):
        return True
    if isinstance(t, Composite) and not isinstance(t, FunctionType):
        return any(has_pointer(e) for e in t.children())
    return False


class ConstantPointers:
    """Which values of the reached functions are pointers into constant memory."""

    def __init__(self, reached: list[Function]) -> None:
        self.reached = [f for f in reached if f.blocks]
        self.ids = {id(f) for f in self.reached}
        self.const_params: dict[int, set[int]] = {}
        self._address_only: dict[int, bool] = {}

    # ---- functions that only compute addresses from their parameters --------------------
    def address_only(self, fn: Function) -> bool:
        """Whether every pointer ``fn`` returns is computed from its parameters by address
        arithmetic (no pointer it loads, no global, no allocation)."""
        key = id(fn)
        if key in self._address_only:
            return self._address_only[key]
        self._address_only[key] = False  # a recursive call proves nothing
        if not fn.blocks:
            return False
        rets = [i for i in fn.instructions() if i.opcode == "ret" and i.operands]
        params = {id(a) for a in fn.args}
        ok = bool(rets) and all(self._from(r.operands[0], params, set()) for r in rets)
        self._address_only[key] = ok
        return ok

    def _from(self, v: Value, roots: set[int], seen: set[int]) -> bool:
        """Whether the pointers in ``v`` are computed from ``roots`` by address arithmetic
        (constants and integers are no pointers of anybody's)."""
        if id(v) in roots or id(v) in seen:
            return True
        if not has_pointer(v.type):
            return True
        if isinstance(v, Constant):
            return v.text in ("null", "poison", "undef", "zeroinitializer")
        if isinstance(v, GlobalVariable):  # read-only memory has no derivative either
            return v.is_constant
        if not isinstance(v, Instruction):
            return False
        seen.add(id(v))
        if v.opcode in ADDRESS_OPS:
            ops = v.operands
            if v.opcode == "getelementptr":
                ops = ops[:1]
            elif v.opcode == "select":
                ops = ops[1:]
            elif v.opcode == "phi":
                ops = [val for val, _ in v.incoming]
            return all(self._from(o, roots, seen) for o in ops)
        if isinstance(v, CallInst) and isinstance(v.callee, Function) and \
                self.address_only(v.callee):
            return all(self._from(a, roots, seen) for a in v.arg_values)
        return False

    # ---- constant pointers, through the calls the derivatives reach ----------------------
    def solve(self, roots: dict[int, set[int]]) -> None:
        """Constant pointer parameters of each reached function: ``roots`` (what the call
        sites say of the differentiated functions), then a parameter of a called function
        when every call of it in the reached functions passes a constant pointer."""
        self.const_params = {k: set(v) for k, v in roots.items()}
        calls: dict[int, list[tuple[Function, CallInst]]] = {}
        for fn in self.reached:
            for inst in fn.instructions():
                if isinstance(inst, CallInst) and isinstance(inst.callee, Function) and \
                        id(inst.callee) in self.ids:
                    calls.setdefault(id(inst.callee), []).append((fn, inst))
        changed = True
        while changed:
            changed = False
            consts = {id(f): self.constant_values(f) for f in self.reached}
            for fn in self.reached:
                if id(fn) in roots:
                    continue
                sites = calls.get(id(fn), [])
                found = {i for i, a in enumerate(fn.args) if a.type.is_pointer and sites and
                         all(i < len(c.args) and id(c.arg(i)) in consts[id(caller)]
                             for caller, c in sites)}
                if found != self.const_params.get(id(fn), set()):
                    self.const_params[id(fn)] = found
                    changed = True

    def constant_values(self, fn: Function) -> set[int]:
        """The values of ``fn`` that are pointers into constant memory (by id)."""
        params = self.const_params.get(id(fn), set())
        roots = {id(a) for i, a in enumerate(fn.args) if i in params}
        if not roots:
            return set()
        out = set(roots)
        for inst in fn.instructions():
            if has_pointer(inst.type) and self._from(inst, out, set()):
                out.add(id(inst))
        # phis fed by later blocks
        for inst in fn.instructions():
            if inst.opcode == "phi" and has_pointer(inst.type) and id(inst) not in out and \
                    self._from(inst, out, set()):
                out.add(id(inst))
        return out

    def calls_to_mark(self) -> list[CallInst]:
        """Calls in the reached functions whose pointer result is constant memory: calls of
        address-only functions with constant pointers for arguments."""
        return [inst for inst, consts in self._instructions_with_constants()
                if isinstance(inst, CallInst) and id(inst) in consts and
                isinstance(inst.callee, Function) and
                any(a.type.is_pointer for a in inst.arg_values)]

    def _instructions_with_constants(self):
        """Each instruction of a reached function that has constant values, with those."""
        for fn in self.reached:
            consts = self.constant_values(fn)
            if consts:
                for inst in fn.instructions():
                    yield inst, consts

    def written(self) -> list[Instruction]:
        """The instructions of the reached functions that may write constant memory: stores
        to it, copies and sets into it, calls that pass it where the callee may write."""
        out = []
        for inst, consts in self._instructions_with_constants():
            if inst.opcode == "store" and id(inst.operands[1]) in consts:
                out.append(inst)
            elif isinstance(inst, CallInst) and id(inst) not in consts and \
                    any(id(a) in consts and self._may_write(inst, i)
                        for i, a in enumerate(inst.arg_values)):
                out.append(inst)
        return out

    def _may_write(self, call: CallInst, i: int) -> bool:
        """Whether ``call`` may write through its argument ``i``: not when the callee is
        reached and treats the parameter as constant memory itself (its own writes are
        looked at), nor when the attributes say it only reads."""
        callee = call.callee
        if not isinstance(callee, Function):
            return True
        name = callee.name or ""
        if name.startswith(("llvm.memcpy", "llvm.memmove", "llvm.memset")):
            return i == 0
        if name.startswith(("llvm.lifetime", "llvm.dbg", "llvm.assume", "llvm.prefetch")):
            return False
        if id(callee) in self.ids and i in self.const_params.get(id(callee), set()):
            return False
        attrs = list(call.args[i].attrs) if i < len(call.args) else []
        if i < len(callee.args):
            attrs += list(callee.args[i].attrs)
        if any(a in ("readonly", "readnone") for a in attrs):
            return False
        from irpass.enzyme.run.handoff import function_attributes

        fn_attrs = function_attributes(callee)
        return not any(a in ("readonly", "readnone", "memory(none)", "memory(read)",
                             "memory(argmem: read)") for a in fn_attrs)


def mark_constant_pointers(reached: list[Function], roots: dict[int, set[int]]) -> int:
    """Mark ``"enzyme_inactive_val"`` the calls of ``reached`` that return pointers into
    constant memory; ``roots`` maps each differentiated function (by id) to its constant
    pointer parameters. A parameter whose memory the program writes (a benchmark that
    passes state it updates as ``enzyme_const``: its derivative is then dropped, whatever
    Enzyme does) is left to Enzyme, with a warning. Returns how many calls were marked."""
    import sys

    kept: dict[int, set[int]] = {}
    for fn_id, params in roots.items():
        kept[fn_id] = set()
        for param in sorted(params):
            probe = ConstantPointers(reached)
            probe.solve({fn_id: {param}})
            writes = probe.written()
            if not writes:
                kept[fn_id].add(param)
                continue
            fn = next((f for f in reached if id(f) == fn_id), None)
            if fn is None:
                continue
            where = writes[0].function.name if writes[0].function is not None else "?"
            sys.stderr.write(f"irpass: warning: @{fn.name} writes memory its parameter "
                             f"{param} points to, which the __enzyme_* call marks "
                             f"enzyme_const (first in @{where}): derivatives stored there "
                             "are lost\n")
    solver = ConstantPointers(reached)
    solver.solve(kept)
    marked = 0
    for call in solver.calls_to_mark():
        if INACTIVE_VALUE not in call.fn_attrs:
            call.fn_attrs.add_string(INACTIVE_VALUE)
            marked += 1
    return marked
