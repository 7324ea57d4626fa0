"""The ``typeinfo`` pass: Enzyme type trees from debug information, attached where Enzyme
reads them, and closure environments marked constant.

Reads: the ``__enzyme_*`` call sites (``autodiff-sites``), the debug info of every function
they may reach (``DISubprogram`` types, ``#dbg_declare``/``#dbg_value`` records and
``llvm.dbg.*`` calls). Writes:

- ``"enzyme_type"`` on the parameters and return value of each differentiated function and
  every function it may call (a user's own ``enzyme_type`` is kept);
- ``"enzyme_type"`` on call-site arguments inside them whose trees are known, and on
  ``memcpy``/``memmove``/``memset`` operands with the tree spread over the copied length (the
  length operand gets ``{[-1]:Integer}``): without it Enzyme stops with "Cannot deduce type of
  copy";
- ``!enzyme_type`` on allocas and other pointer-producing instructions whose trees are known;
- ``metadata !"enzyme_const"`` before an unmarked closure environment at the call site, with a
  warning when the environment holds floats (their derivatives are dropped), and
  ``metadata !"enzyme_runtime_activity"`` after the function operand of that call, so that
  data reached through the constant environment is never used as its own shadow.

It also rewrites, in the functions the sites reach, what Enzyme cannot differentiate as
written: a copy of ``n`` mixed records becomes a loop of one-record copies (``copyloops``),
a load of an integer vector that is only stored becomes word moves (``vectormoves``), and a
``memmove`` two ``memcpy`` through a temporary (``memmoves``).
Another copy whose length is not constant is annotated only when the memory is uniform (every
offset the same type, or one scalar repeated from offset 0 without gaps); otherwise it is
left for Enzyme to refuse rather than annotated with a tree that would make it copy only part
of the derivative. Every tree is checked against what the IR proves (``evidence``) first.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from irpass.enzyme.types.ditypes import DITypes
from irpass.enzyme.types.divalues import (
    dilocation_text,
    function_location,
    function_signature_trees,
    variable_trees,
)
from irpass.enzyme.types.evidence import Evidence
from irpass.enzyme.types.pointers import (
    COPIES,
    INTEGER,
    SETS,
    FunctionTypes,
    callee_name,
    dynamic_copy_params,
    dynamic_copy_pointers,
    is_uniform,
    pointee,
    pointee_sizes,
    pointer_to,
    propagate,
    spread,
)
from irpass.enzyme.types.scalars import Scalars
from irpass.enzyme.types.typetree import TypeTree
from irpass.ir.function import Function
from irpass.ir.instructions import CallInst, Instruction
from irpass.ir.layout import module_layout
from irpass.ir.module import Module
from irpass.ir.values import MetadataOperand, Value, int_value
from irpass.passes.analysis import AnalysisManager
from irpass.passes.base import ModulePass
from irpass.transforms.copyloops import (
    SET_CALLS,
    pointer_difference,
    record_count,
    records_between,
    split_copy,
)
from irpass.transforms.memmoves import memmoves_through_temporaries
from irpass.transforms.vectormoves import load_read_lanes, split_vector_moves

ATTR = "enzyme_type"


def add_runtime_activity(call: CallInst) -> None:
    """Put ``metadata !"enzyme_runtime_activity"`` after the function operand of a call whose
    closure environment irpass marked constant (unless it is there already). Values loaded
    through a constant environment (a captured ``&[f64]``) can still look active to Enzyme,
    which then uses the primal memory as their shadow and adds the derivative into the
    captured data; with runtime activity it checks for that and skips it (seen at -O0 with
    rustc, where the trees let Enzyme get that far)."""
    from irpass.enzyme.sites.sites import enzyme_marker

    if any((enzyme_marker(v) or ("", ""))[0] == "enzyme_runtime_activity"
           for v in call.arg_values[1:]):
        return
    call.insert_arg(1, MetadataOperand(['!"enzyme_runtime_activity"']), None, "metadata")


def annotate_arg(attrs, tree: TypeTree) -> bool:
    if ATTR in attrs or not tree.items():
        return False
    attrs.add_string(ATTR, str(tree))
    return True


@dataclass(frozen=True)
class TypeInfo(ModulePass):
    """Derive Enzyme type trees from debug info, keep what the IR does not contradict, and
    attach them where Enzyme reads them; mark unmarked closure environments enzyme_const."""

    name = "typeinfo"
    # closures=false leaves closure environments as they are.
    closures: bool = True
    # metadata=false writes no !enzyme_type on instructions.
    metadata: bool = True
    # check=false writes the debug-info trees without checking them against the IR.
    check: bool = True

    def functions_needed(self, module: Module) -> list[Function]:
        """The functions that call ``__enzyme_*`` and every function they reach."""
        from irpass.enzyme.sites.sites import reachable_from_sites

        return reachable_from_sites(module)

    def apply(self, module: Module, am: AnalysisManager) -> bool:
        changed = False
        if self.closures:
            changed |= mark_closures(module, am)
        sites = am.get("autodiff-sites")
        roots = [s.function for s in sites if s.function is not None and s.function.blocks]
        if not roots:
            return changed
        return Annotator(module, am, sites, self.metadata, self.check).run() or changed


def reachable(roots: list[Function], am: AnalysisManager) -> list[Function]:
    """``roots`` and every defined function they may call."""
    graph = am.get("callgraph")
    seen: dict[Function, None] = {}
    stack = list(roots)
    while stack:
        fn = stack.pop()
        if fn in seen or not fn.blocks:
            continue
        seen[fn] = None
        stack.extend(graph.successors(fn) if fn in graph else ())
    return list(seen)


def mark_closures(module: Module, am: AnalysisManager) -> bool:
    """Mark the environment of each closure passed without a marker ``enzyme_const``."""
    from irpass.enzyme.sites.closures import find_closure_shims, mark_environment_const

    shims = find_closure_shims(module)
    changed = False
    for site in am.get("autodiff-sites"):
        shim = shims.get(site.function) if site.function is not None else None
        if shim is not None and mark_environment_const(site, shim):
            changed = True
            add_runtime_activity(site.call)
            for d in site.diagnostics:
                if d.severity == "warning":
                    sys.stderr.write(d.format() + "\n")
    if changed:
        am.invalidate(None, frozenset())
    return changed


class Annotator:
    """One run of ``typeinfo`` over a module: the trees of the functions each call site
    reaches, checked against what the IR proves (``Evidence``), written where Enzyme reads
    them."""

    def __init__(self, module: Module, am: AnalysisManager, sites, metadata: bool,
                 check: bool = True) -> None:
        self.module = module
        self.am = am
        self.sites = sites
        self.metadata = metadata
        self.check = check
        self.types = DITypes(module)
        self.layout = module_layout(module)

    def read_program(self, reached: list[Function]) -> None:
        """What the (possibly rewritten) IR says: the copies of non-constant length, and the
        evidence trees are checked against, read from the functions the sites reach (what
        Enzyme analyzes): code they do not reach, such as the rest of std's shared
        allocation code for other types, would join unrelated objects."""
        self.dynamic = dynamic_copy_params(self.module)
        bodies = [f for f in reached if f.is_materialized and f.blocks]
        # Without the check, an evidence of no functions: it proves nothing about memory.
        self.evidence = Evidence(bodies if self.check else [], self.layout, self.sites)

    def attach(self, holder, tree: TypeTree) -> bool:
        """Write ``tree`` on ``holder`` (an attribute list, or an instruction's
        ``!enzyme_type``) unless a tree is there already (the ``enzyme`` pass finds it there
        if Enzyme contradicts it: ``irpass.enzyme.types.annotations``)."""
        if not tree.items():
            return False
        if isinstance(holder, Instruction):
            if holder.get_metadata(ATTR) is not None:
                return False
            holder.set_metadata(ATTR, tree.to_metadata())
            return True
        return annotate_arg(holder, tree)

    def run(self) -> bool:
        reaches = {id(site): reachable([site.function], self.am) for site in self.sites
                   if site.function is not None and site.function.blocks}
        reached = list(dict.fromkeys(f for r in reaches.values() for f in r))
        moves = sum(split_vector_moves(fn) + load_read_lanes(fn) for fn in reached)
        loops = [found for fn in reached for found in self.split_record_copies(fn)]
        moves += memmoves_through_temporaries(reached)
        self.read_program(reached)
        changed = bool(loops) or bool(moves)
        for call, tree in loops:
            changed |= self.annotate_record_copy(call, tree)
        fts: dict[Function, FunctionTypes] = {}
        safe: dict[Function, None] = {}
        unsafe: dict[Function, None] = {}
        for site in self.sites:
            if id(site) not in reaches:
                continue
            reach = reaches[id(site)]
            for fn in reach:
                if fn not in fts:
                    fts[fn] = self.function_types(fn)
            bad = [fn for fn in reach if fts[fn].unsafe]
            if bad:
                # Enzyme types a copy of a non-constant length by its first byte: any tree of
                # the mixed memory it copies, given anywhere, would make it copy the derivative
                # wrong. Leave this site's types to Enzyme (which then refuses).
                names = ", ".join(f"@{f.name}" for f in bad)
                sys.stderr.write(f"{site.location}: warning: {names} copies memory of mixed "
                                 "types with a length that is not constant, which Enzyme "
                                 "cannot type; typeinfo adds no type trees for the derivative "
                                 f"of @{site.function.name}\n")
                unsafe.update(dict.fromkeys(reach))
            else:
                safe.update(dict.fromkeys(reach))
        for fn in safe:
            if fn not in unsafe:
                changed |= self.annotate_function(fn, fts[fn])
        for site in self.sites:
            caller = site.caller
            if caller is not None and caller.blocks and site.function in safe and \
                    site.function not in unsafe:
                changed |= self.annotate_site(site)
        return changed

    def debug_trees(self, fn: Function) -> tuple[dict[Value, TypeTree], dict[Value, int]]:
        """The trees debug info gives the values of ``fn`` (not checked against the IR), and
        the sizes of the objects pointers point to."""
        ret, args = function_signature_trees(self.module, fn, self.types)
        known: dict[Value, TypeTree] = dict(variable_trees(self.module, fn, self.types))
        for arg, tree in zip(fn.args, args):
            if tree is not None and tree.items():
                known[arg] = tree
        sizes = pointee_sizes(self.module, fn, self.types)
        propagate(fn, known, sizes, self.layout)
        return known, sizes

    def split_record_copies(self, fn: Function) -> list[tuple[CallInst, TypeTree]]:
        """Rewrite each copy of ``count * size`` bytes of mixed records in ``fn`` into a loop
        of one-record copies (``copyloops``); returns each loop's copy with the record's
        tree."""
        known, sizes = self.debug_trees(fn)
        out = []
        for call in [i for i in fn.instructions() if isinstance(i, CallInst)]:
            name = callee_name(call)
            if not name.startswith(COPIES + SET_CALLS) or len(call.args) < 3 or \
                    int_value(call.arg(2)) is not None:
                continue
            ptrs = (call.arg(0),) if name.startswith(SET_CALLS) else (call.arg(0), call.arg(1))
            memory = TypeTree()
            try:
                for p in ptrs:
                    if p in known:
                        memory = memory | pointee(known[p])
            except ValueError:
                continue  # the two sides disagree: leave it
            count = record_count(call.arg(2))
            known_sizes = {sizes.get(p) for p in ptrs} - {None}
            between = count is None and pointer_difference(call.arg(2)) and \
                len(known_sizes) == 1 and all(sizes.get(p) for p in ptrs)
            if not memory.items() or is_uniform(memory) or (count is None and not between):
                continue
            size = count[2] if count is not None else next(iter(known_sizes))
            offsets = memory.first_offsets() - {-1}
            # The record is the object the pointers point to: its size, or (a slice's data
            # pointer has none in debug info) the multiplier, when the tree fits in it.
            if known_sizes - {size} or -1 in memory.first_offsets() or not offsets or \
                    max(offsets) >= size:
                continue
            record = spread(memory, size, size)
            if record is not None and record.items():
                if count is None:
                    count = records_between(call, size)
                out.append((split_copy(call, count), record))
        return out

    def annotate_record_copy(self, call: CallInst, record: TypeTree) -> bool:
        fn = call.function
        assert fn is not None
        tree = pointer_to(record)
        pointers = (0,) if callee_name(call).startswith(SET_CALLS) else (0, 1)
        for k in pointers:
            tree = self.evidence.check(call.arg(k), tree)
        if len(tree.items()) < 2:
            return False
        changed = False
        for k in pointers:
            changed |= self.attach(call.args[k].attrs, tree)
        changed |= self.attach(call.args[2].attrs, TypeTree({(-1,): "Integer"}))
        return changed

    def function_types(self, fn: Function) -> FunctionTypes:
        known, sizes = self.debug_trees(fn)
        for value in Scalars(self.module, fn, self.types, self.layout).integers(fn):
            known.setdefault(value, INTEGER)
        checked = {}
        for value, tree in known.items():
            kept = self.evidence.check(value, tree)
            if kept.items():
                checked[value] = kept
        unsafe = {v for v in dynamic_copy_pointers(fn, self.dynamic)
                  if v in checked and not is_uniform(pointee(checked[v]))}
        return FunctionTypes(checked, sizes, unsafe)

    def annotate_function(self, fn: Function, ft: FunctionTypes) -> bool:
        changed = False
        ret, args = function_signature_trees(self.module, fn, self.types)
        for arg, tree in zip(fn.args, args):
            if tree is not None and arg not in ft.unsafe:
                changed |= self.attach(arg.attrs, self.evidence.check(arg, tree))
        if ret is not None and not fn.return_type.is_void:
            changed |= self.attach(fn.ret_attrs, self.evidence.check_return(fn, ret))
        for inst in fn.instructions():
            if isinstance(inst, CallInst):
                changed |= self.annotate_call(inst, ft)
            elif self.metadata and inst in ft.trees and (
                    inst.type.is_pointer and inst.opcode in ("alloca", "getelementptr", "load",
                                                             "bitcast", "phi")
                    or inst.type.is_integer and ft.trees[inst] == INTEGER):
                # Integers too: at -O0 Enzyme promotes the stack slots itself, and the phis
                # it makes are typed from the instructions that compute their values.
                changed |= self.attach(inst, ft.trees[inst])
        return changed

    def annotate_call(self, call: CallInst, ft: FunctionTypes) -> bool:
        callee = call.called_function
        name = callee.name if callee is not None and callee.name else ""
        if name.startswith("llvm.dbg.") or "__enzyme_" in name:
            return False
        if name.startswith(COPIES) or name in ("memcpy", "memmove"):
            return self.annotate_copy(call, ft, 2)
        if name.startswith(SETS) or name == "memset":
            return self.annotate_copy(call, ft, 1)
        changed = False
        fn = call.function
        for a in call.args:
            value = call.operands[a.index]
            tree = ft.trees.get(value)
            if tree is not None and fn is not None and not isinstance(value, MetadataOperand):
                changed |= self.attach(a.attrs, tree)
        return changed

    def warn_untyped_copy(self, call: CallInst, ptrs: list[Value], length: int | None) -> None:
        """Say, at the copy's source line and naming what it copies, that it gets no tree and
        what Enzyme then does."""
        from irpass.enzyme.types.divalues import source_variables

        fn = call.function
        dbg = call.get_metadata("dbg")
        loc = int(dbg[1:]) if dbg and dbg[1:].isdigit() else None
        where = (dilocation_text(self.module, loc) if loc is not None else None) or \
            (function_location(self.module, fn) if fn is not None else None) or \
            self.module.source_name
        names = source_variables(self.module, fn) if fn is not None else {}
        what = [names[p][0] for p in ptrs if p in names]
        size = f"{length} bytes" if length else "a run-time number of bytes"
        sys.stderr.write(
            f"{where}: warning: irpass: a copy of {size} of mixed types"
            f"{' (' + ', '.join(dict.fromkeys(what)) + ')' if what else ''} in "
            f"@{fn.name if fn is not None else '?'} gets no type tree (one tree cannot "
            "describe it): Enzyme types it by itself, or stops with 'Cannot deduce type of "
            "copy'\n")

    def annotate_copy(self, call: CallInst, ft: FunctionTypes, pointers: int) -> bool:
        if len(call.args) < pointers + 1:
            return False
        ptrs = [call.operands[a.index] for a in call.args[:pointers]]
        length_arg = call.args[2]
        length = int_value(call.operands[length_arg.index])
        memory = TypeTree()
        elem = None
        for p in ptrs:
            tree = ft.trees.get(p)
            if tree is None:
                continue
            try:
                memory = memory | pointee(tree)
            except ValueError:
                return False  # the two sides disagree: say nothing
            elem = elem or ft.elem_sizes.get(p)
        copied = spread(memory, elem, length)
        if copied is None or not copied.items():
            if memory.items():
                self.warn_untyped_copy(call, ptrs, length)
            return False
        tree = pointer_to(copied)
        for p in ptrs:
            tree = self.evidence.check(p, tree)
        if len(tree.items()) < 2:
            return False
        fn = call.function
        if fn is None:
            return False
        changed = False
        for a in call.args[:pointers]:
            changed |= self.attach(a.attrs, tree)
        changed |= self.attach(length_arg.attrs, TypeTree({(-1,): "Integer"}))
        return changed

    def annotate_site(self, site) -> bool:
        """Trees for the arguments of the ``__enzyme_*`` call itself (newer Enzyme reads them);
        a shadow gets the tree of its primal."""
        ft = self.function_types(site.caller)
        sig = function_signature_trees(self.module, site.function, self.types)[1] \
            if site.function else []
        call = site.call
        changed = False
        unsafe_params = self.dynamic.get(site.function, set()) if site.function else set()
        for act in site.args:
            primal_pos = act.position
            tree = None
            if act.param is not None and act.param < len(sig):
                tree = sig[act.param]
                if act.param in unsafe_params and tree is not None and \
                        not is_uniform(pointee(tree)):
                    continue
            if tree is None:
                tree = ft.trees.get(call.arg(primal_pos))
            if tree is None:
                continue
            tree = self.evidence.check(call.arg(primal_pos), tree)
            for pos in [primal_pos, *act.shadows]:
                if pos < len(call.args) and not isinstance(call.arg(pos), MetadataOperand):
                    changed |= self.attach(call.args[pos].attrs, tree)
        return changed
