"""What the IR itself proves about the types of values and memory, read as Enzyme reads it.

Debug info describes the source, not the bits: a ``double`` copied through an ``unsigned long
long`` (``memcpy``), a union, a pointer cast, a struct's address used as its first field's.
Enzyme merges every tree it is given with what it deduces from the instructions, and a
contradiction stops it ("Illegal updateAnalysis"). ``Evidence`` collects what the instructions
make certain, so that ``typeinfo`` can drop the parts of a debug-info tree that the IR
contradicts before Enzyme sees them.

The analysis is unification-based, as Steensgaard's points-to analysis, and field-sensitive by
byte offset. Values that must hold the same bits are joined into one class: a cast and its
operand, a phi or select and its inputs, a call's argument and the callee's parameter, a
returned value and the call, a loaded or stored value and the memory cell it goes through,
the two operands of a compare. The class of a pointer points into one abstract object whose
cells (byte offset, size) are classes too; a ``memcpy`` joins the objects of its two sides.
A GEP with variable indices points into a *view* of its base object, whose period is the
stride. Proofs are the LLVM types of values (a ``double`` is ``Float@double``, a ``ptr`` a
``Pointer``) and the instructions Enzyme reads as integer (``sext``, the operand of ``sitofp``,
the result of ``fptosi``, the indices of an ``inbounds`` GEP). A class proven two different
things proves nothing: the program puns it, and Enzyme decides that case on its own.

Reads: the bodies of the given functions. Writes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from math import gcd

from irpass.enzyme.types.typetree import FLOAT_SIZES, TypeTree
from irpass.ir import types as T
from irpass.ir.function import BasicBlock, Function
from irpass.ir.instructions import CallInst, Instruction, TypedInstruction
from irpass.ir.layout import DataLayout
from irpass.ir.values import Constant, Value, int_value

LLVM_FLOATS = {"half": "half", "bfloat": "bf16", "float": "float", "double": "double",
               "x86_fp80": "fp80", "fp128": "fp128", "ppc_fp128": "ppc128"}
COPIES = ("llvm.memcpy.", "llvm.memmove.", "llvm.memcpy.inline.")
SAME_BITS = frozenset({"bitcast", "addrspacecast", "freeze", "ptrtoint", "inttoptr"})
MAX_LEAVES = 64  # elements of an aggregate load or store looked at


class _Node:
    """A class of values (and memory cells) that hold the same bits."""

    __slots__ = ("parent", "types", "target", "offset")

    def __init__(self, types: Iterable[str] = ()) -> None:
        self.parent: _Node | None = None
        self.types: set[str] = set(types)
        self.target: _Obj | None = None  # what pointers of this class point into
        self.offset = 0  # where in ``target``


class _Obj:
    """Abstract memory: cells by (byte offset, size), views reached by variable indices."""

    __slots__ = ("parent", "delta", "period", "cells", "views")

    def __init__(self, period: int = 0) -> None:
        self.parent: _Obj | None = None
        self.delta = 0  # offset x here is x + delta in the parent
        self.period = period  # offsets are taken modulo this (0: not periodic)
        self.cells: dict[tuple[int, int], _Node] = {}
        self.views: list[tuple[_Obj, int]] = []  # (view, offset here of its offset 0)


def scalar_type(t: T.Type) -> str | None:
    """The Enzyme type an LLVM scalar (or vector of scalars) type proves."""
    if isinstance(t, T.VectorType):
        t = t.element
    if isinstance(t, T.FloatType):
        kind = LLVM_FLOATS.get(t.kind)
        return f"Float@{kind}" if kind else None
    if isinstance(t, (T.PointerType, T.TypedPointerType)):
        return "Pointer"
    return None


def _width(ty: str) -> int:
    if ty.startswith("Float@"):
        return FLOAT_SIZES[ty[6:]]
    return 8 if ty == "Pointer" else 1


class Evidence:
    """The classes of ``functions`` (see the module docstring); ``check`` a tree against them.
    ``sites``: the ``__enzyme_*`` call sites, whose primal arguments are the differentiated
    function's parameters and whose shadows hold the same types as their primals."""

    def __init__(self, functions: Iterable[Function], layout: DataLayout,
                 sites: Iterable = ()) -> None:
        self.layout = layout
        self.nodes: dict[Value, _Node] = {}
        self.returns: dict[Function, _Node] = {}
        # A function Enzyme's type analysis does not enter (``enzyme_ta_norecur``, as the
        # identity rustenums hides integers behind) is no evidence: its one parameter
        # would join every pointer passed to it, from unrelated objects.
        self.functions = {f: None for f in functions if f.blocks and
                          "enzyme_ta_norecur" not in f.fn_attrs}
        self._pending: list[tuple[_Node, _Node]] = []
        for fn in self.functions:
            for inst in fn.instructions():
                self._visit(inst)
        for site in sites:
            self._visit_site(site)
        self._drain()

    # ---- union-find ------------------------------------------------------------------------
    def node(self, v: Value) -> _Node:
        """The class of ``v``. Each use of a constant is a class of its own: the reader may
        share one constant object between unrelated uses."""
        n = self.nodes.get(v)
        if n is None:
            own = scalar_type(v.type)
            n = _Node((own,) if own else ())
            if isinstance(v, Constant):
                return n
            self.nodes[v] = n
        return self._find(n)

    @staticmethod
    def _find(n: _Node) -> _Node:
        root = n
        while root.parent is not None:
            root = root.parent
        while n.parent is not None and n.parent is not root:
            n.parent, n = root, n.parent
        return root

    @staticmethod
    def _find_obj(o: _Obj) -> tuple[_Obj, int]:
        delta = 0
        while o.parent is not None:
            delta += o.delta
            o = o.parent
        return o, delta

    def _union(self, a: _Node, b: _Node) -> None:
        self._pending.append((a, b))

    def _drain(self) -> None:
        while self._pending:
            a, b = self._pending.pop()
            a, b = self._find(a), self._find(b)
            if a is b:
                continue
            b.parent = a
            a.types |= b.types
            if b.target is not None:
                if a.target is None:
                    a.target, a.offset = b.target, b.offset
                else:
                    self._join_objects(a.target, a.offset, b.target, b.offset)

    def _pointee(self, n: _Node) -> tuple[_Obj, int]:
        n = self._find(n)
        if n.target is None:
            n.target = _Obj()
        return n.target, n.offset

    def _point(self, n: _Node, obj: _Obj, offset: int) -> None:
        n = self._find(n)
        if n.target is None:
            n.target, n.offset = obj, offset
        else:
            self._join_objects(n.target, n.offset, obj, offset)

    def _cell(self, obj: _Obj, offset: int, size: int) -> _Node:
        root, delta = self._find_obj(obj)
        at = offset + delta
        if root.period:
            at %= root.period
        cell = root.cells.get((at, size))
        if cell is None:
            cell = root.cells[(at, size)] = _Node()
        return self._find(cell)

    def _join_objects(self, o1: _Obj, at1: int, o2: _Obj, at2: int) -> None:
        """Make offset ``at1`` of ``o1`` and offset ``at2`` of ``o2`` the same byte."""
        r1, d1 = self._find_obj(o1)
        r2, d2 = self._find_obj(o2)
        p1, p2 = at1 + d1, at2 + d2
        if r1 is r2:
            shift = abs(p1 - p2)
            if shift and (not r1.period or shift % r1.period):
                self._set_period(r1, gcd(r1.period, shift))
            return
        r2.parent, r2.delta = r1, p1 - p2
        cells, views = r2.cells, r2.views
        r2.cells, r2.views = {}, []
        if r2.period and (not r1.period or r1.period % r2.period):
            self._set_period(r1, gcd(r1.period, r2.period))
        for (off, size), cell in cells.items():
            self._put(r1, off + p1 - p2, size, cell)
        r1.views.extend((v, off + p1 - p2) for v, off in views)

    def _put(self, root: _Obj, offset: int, size: int, cell: _Node) -> None:
        at = offset % root.period if root.period else offset
        old = root.cells.get((at, size))
        if old is None:
            root.cells[(at, size)] = cell
        else:
            self._union(old, cell)

    def _set_period(self, root: _Obj, period: int) -> None:
        cells = root.cells
        root.period, root.cells = period, {}
        for (off, size), cell in cells.items():
            self._put(root, off, size, cell)

    # ---- reading the instructions -------------------------------------------------------
    def _proves(self, v: Value, ty: str) -> None:
        if not isinstance(v, Constant):
            self.node(v).types.add(ty)

    def _access(self, ptr: Value, value_type: T.Type, value: Value | None) -> None:
        """A load or store of ``value_type`` through ``ptr``; ``value`` is the loaded or
        stored scalar, None for aggregates (their leaves are typed where LLVM says so)."""
        obj, at = self._pointee(self.node(ptr))
        t = self.layout.resolve(value_type)
        if value is not None and not isinstance(t, (T.StructType, T.ArrayType)):
            size = self.layout.size(t)
            if size:
                self._union(self._cell(obj, at, size), self.node(value))
            return
        for offset, size, ty in self._leaves(t, 0, []):
            self._cell(obj, at + offset, size).types.add(ty)

    def _leaves(self, t: T.Type, base: int, out: list) -> list[tuple[int, int, str]]:
        t = self.layout.resolve(t)
        if len(out) >= MAX_LEAVES:
            return out
        if isinstance(t, T.StructType):
            for i, e in enumerate(t.elements):
                self._leaves(e, base + self.layout.field_offset(t, i), out)
        elif isinstance(t, (T.ArrayType, T.VectorType)):
            step = self.layout.alloc_size(t.element)
            for i in range(min(t.count, MAX_LEAVES)):
                self._leaves(t.element, base + i * step, out)
        else:
            ty = scalar_type(t)
            if ty is not None:
                out.append((base, self.layout.size(t), ty))
        return out

    def _gep(self, inst: TypedInstruction) -> None:
        base = inst.operands[0]
        if not inst.type.is_pointer:
            return  # a vector GEP
        inbounds = inst.inbounds
        indices = inst.operands[1:]
        terms = self.layout.gep_terms(inst.value_type, [int_value(i) for i in indices])
        if terms is None:
            return
        constant, strides = 0, []
        for (step, value), index in zip(terms, indices):
            if value is not None:
                constant += value * step
            else:
                strides.append(step * (known_multiple(index) or 1))
                if inbounds:
                    self._proves(index, "Integer")
        obj, at = self._pointee(self.node(base))
        period = 0
        for s in strides:
            period = gcd(period, s)
        if not strides:
            self._point(self.node(inst), obj, at + constant)
        elif period:
            view = _Obj(period)
            root, delta = self._find_obj(obj)
            root.views.append((view, at + delta + constant))
            self._point(self.node(inst), view, 0)

    def _call(self, call: CallInst) -> None:
        callee = call.called_function
        name = callee.name if callee is not None and callee.name else ""
        args = call.arg_values
        if name.startswith(COPIES) and len(args) >= 2:
            o1, a1 = self._pointee(self.node(args[0]))
            o2, a2 = self._pointee(self.node(args[1]))
            self._join_objects(o1, a1, o2, a2)
            return
        if name.startswith("llvm.") or "__enzyme_" in name:
            return
        if callee is not None and callee in self.functions:
            for value, param in zip(args, callee.args):
                if value.type.is_pointer == param.type.is_pointer:
                    self._union(self.node(value), self.node(param))
            if not call.type.is_void:
                self._union(self.node(call), self._return(callee))

    def _return(self, fn: Function) -> _Node:
        n = self.returns.get(fn)
        if n is None:
            own = scalar_type(fn.return_type)
            n = self.returns[fn] = _Node((own,) if own else ())
        return self._find(n)

    def _visit(self, inst: Instruction) -> None:
        op = inst.opcode
        ops = inst.operands
        if op == "load" and isinstance(inst, TypedInstruction):
            self._access(ops[0], inst.type, inst)
        elif op == "store":
            self._access(ops[1], ops[0].type, ops[0])
        elif op == "getelementptr" and isinstance(inst, TypedInstruction):
            self._gep(inst)
        elif op in SAME_BITS:
            self._union(self.node(inst), self.node(ops[0]))
        elif op == "phi":
            for value, _ in inst.incoming:
                self._union(self.node(inst), self.node(value))
        elif op == "select":
            self._union(self.node(inst), self.node(ops[1]))
            self._union(self.node(inst), self.node(ops[2]))
        elif op in ("icmp", "fcmp"):
            self._union(self.node(ops[0]), self.node(ops[1]))
        elif op == "sext":
            self._proves(inst, "Integer")
            self._proves(ops[0], "Integer")
        elif op in ("sitofp", "uitofp"):
            self._proves(ops[0], "Integer")
        elif op in ("fptosi", "fptoui"):
            self._proves(inst, "Integer")
        elif op == "alloca" and len(ops) == 1:
            self._proves(ops[0], "Integer")
        elif op == "ret" and ops:
            fn = inst.function
            if fn is not None:
                self._union(self._return(fn), self.node(ops[0]))
        elif isinstance(inst, CallInst):
            self._call(inst)

    def _visit_site(self, site) -> None:
        fn = site.function
        if fn is None or fn not in self.functions:
            return
        call = site.call
        for act in site.args:
            if act.param is None or act.param >= len(fn.args) or act.position >= len(call.args):
                continue
            primal = call.arg(act.position)
            param = fn.args[act.param]
            if primal.type.is_pointer == param.type.is_pointer:
                self._union(self.node(primal), self.node(param))
            for pos in act.shadows:
                if pos < len(call.args) and call.arg(pos).type == primal.type:
                    self._union(self.node(call.arg(pos)), self.node(primal))

    # ---- checking trees -----------------------------------------------------------------
    def proof(self, v: Value) -> str | None:
        """What the IR proves ``v`` to be, if one thing."""
        self._drain()
        return _one(self.node(v).types)

    def check(self, v: Value, tree: TypeTree) -> TypeTree:
        """``tree`` (in value form, as attached to ``v``) without the entries the IR
        contradicts."""
        self._drain()
        if isinstance(v, Instruction) and v.opcode == "ptrtoint" and \
                any(not _agrees(ty, "Pointer") for _, ty in tree.items()):
            # Enzyme types a ptrtoint as the pointer it converts, whatever else its class
            # holds (``(size_t)p`` hashed as an integer in the source).
            return TypeTree()
        return self._check(self.node(v), v.type.is_pointer, tree)

    def check_return(self, fn: Function, tree: TypeTree) -> TypeTree:
        """The same for the return value of ``fn``."""
        self._drain()
        return self._check(self._return(fn), fn.return_type.is_pointer, tree)

    def _check(self, node: _Node, pointer: bool, tree: TypeTree) -> TypeTree:
        entries = tree.items()
        if not pointer:
            own = _one(node.types)
            if own is not None and any(not _agrees(ty, own) for _, ty in entries):
                return TypeTree()
            return tree
        bad: set[tuple[int, ...]] = set()
        for path, ty in entries:
            if len(path) >= 2 and path[0] in (-1, 0) and \
                    self._conflicts(node, path[1:], ty):
                bad.add(path)
        if not bad:
            return tree
        return TypeTree({p: t for p, t in entries
                         if not any(p[:len(b)] == b for b in bad)})

    def _conflicts(self, pointer: _Node, path: tuple[int, ...], ty: str) -> bool:
        obj, at = self._pointee(pointer)
        offset, rest = path[0], path[1:]
        for size, cell, exact in self._cells(obj, at, offset):
            if rest:
                if exact and size == 8 and self._conflicts(cell, rest, ty):
                    return True
                continue
            proven = _one(cell.types)
            if proven is None or proven == "Anything":
                continue
            if proven == "Integer":
                if exact and not _agrees(ty, "Integer"):
                    return True
            elif ty != "Anything" and (ty != proven or not exact):
                return True
        return False

    def _cells(self, obj: _Obj, at: int, offset: int):
        """(size, class, whether the claim's byte is the cell's first) of each
        cell the byte ``at + offset`` of ``obj`` may be in (every cell for offset -1)."""
        root, delta = self._find_obj(obj)
        out = []
        for view, start in [(root, None), *root.views]:
            vroot, vdelta = self._find_obj(view)
            period = vroot.period
            byte = at + delta + offset
            if start is not None and offset != -1:
                # A view reaches forward from where its variable index starts.
                if byte < start:
                    continue
                byte += vdelta - start
            for (cell_at, size), cell in list(vroot.cells.items()):
                if offset == -1:
                    out.append((size, self._find(cell), True))
                    continue
                if period:
                    within = (byte - cell_at) % period
                else:
                    within = byte - cell_at
                if 0 <= within < size:
                    out.append((size, self._find(cell), within == 0))
        return out


def known_multiple(v: Value, _busy: frozenset[int] = frozenset()) -> int:
    """A number ``v`` is always a multiple of, from how it is computed (``shl``, ``mul``,
    ``add``, ``select``, ``phi`` of such; 0 for the constant 0): a GEP of ``i8`` by
    ``shl %i, 5`` steps over 32-byte records, not bytes. 1 when nothing is known. A phi
    met again while its inputs are read is taken as 0, so that ``%i = phi [0, ...],
    [%i + 32, ...]`` is a multiple of 32."""
    c = int_value(v)
    if c is not None:
        return abs(c)
    if not isinstance(v, Instruction) or len(_busy) > 32:
        return 1
    ops, op = v.operands, v.opcode
    if op == "phi":
        if id(v) in _busy:
            return 0
        busy = _busy | {id(v)}
        m = 0
        for value in ops:
            if isinstance(value, BasicBlock):
                continue
            m = gcd(m, known_multiple(value, busy))
            if m == 1:
                break
        return m
    if op in ("zext", "sext"):
        return known_multiple(ops[0], _busy)
    if op == "shl":
        k = int_value(ops[1])
        return known_multiple(ops[0], _busy) << k if k is not None and 0 <= k < 64 else 1
    if op == "mul":
        return known_multiple(ops[0], _busy) * known_multiple(ops[1], _busy)
    if op in ("add", "sub"):
        return gcd(known_multiple(ops[0], _busy), known_multiple(ops[1], _busy))
    if op == "select":
        return gcd(known_multiple(ops[1], _busy), known_multiple(ops[2], _busy))
    return 1


def _one(types: set[str]) -> str | None:
    if len(types) == 1:
        return next(iter(types))
    kinds = {t for t in types if t != "Anything"}
    return next(iter(kinds)) if len(kinds) == 1 else None


def _agrees(claim: str, proven: str) -> bool:
    return claim == proven or "Anything" in (claim, proven)
