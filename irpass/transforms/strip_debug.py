"""The ``strip-debug`` pass: remove debug information, as ``opt -strip-debug`` does."""

from __future__ import annotations

import re
from dataclasses import dataclass

from irpass.ir.function import Function
from irpass.ir.instructions import CallInst
from irpass.ir.metadata import MDNode, MDRef, MDString, MetadataRun
from irpass.ir.module import Module
from irpass.ir.values import MetadataOperand
from irpass.passes.analysis import AnalysisManager
from irpass.passes.base import ModulePass

_REF = re.compile(r"!(\d+)")
DEBUG_FLAGS = ("Debug Info Version", "Dwarf Version", "CodeView")


def is_debug_intrinsic(fn: Function | None) -> bool:
    return fn is not None and fn.name is not None and fn.name.startswith("llvm.dbg.")


def _refs(text: str, roots: set[int]) -> None:
    if "!" in text:
        roots.update(int(n) for n in _REF.findall(text))


def _function_refs(fn: Function, roots: set[int]) -> None:
    """The nodes a parsed function names (attachments, metadata operands, debug records),
    found without printing it."""
    for _, text in fn.metadata:
        _refs(text, roots)
    for block in fn.blocks:
        users: list = list(block.trailing_records)
        for inst in block.instructions:
            for _, text in inst.metadata:
                _refs(text, roots)
            users.append(inst)
            users.extend(inst.debug_records)
        for user in users:
            for op in user.iter_values():
                if op.__class__ is MetadataOperand:
                    for p in op.template:
                        if p.__class__ is str:
                            _refs(p, roots)


def live_metadata(module: Module) -> set[int]:
    """Numbers of the nodes reachable from anything that is not itself a numbered node
    (only those nodes are read)."""
    from irpass.ir.writer import Printer

    printer = Printer(module)
    roots: set[int] = set()
    for e in module.entities:
        if isinstance(e, (MDNode, MetadataRun)):  # numbered nodes (runs: kept as text)
            continue
        if isinstance(e, Function) and e.is_materialized:
            _function_refs(e, roots)
            _refs(e.tail.render(printer.global_namer), roots)
        else:
            _refs(printer.entity(e), roots)
    live: set[int] = set()
    stack = list(roots)
    while stack:
        n = stack.pop()
        if n in live or n not in module.metadata:
            continue
        live.add(n)
        stack.extend(module.metadata[n].refs())
    return live


def remove_dead_metadata(module: Module) -> int:
    """Remove the nodes nothing refers to (those kept as text are dropped unread)."""
    live = live_metadata(module)
    table = module.metadata
    dead = [mid for mid in table if mid not in live]
    for mid in dead:
        if table.is_in_run(mid) and not table.has_read(mid):
            del table[mid]  # a line of a run: the run leaves it out
        else:
            module.remove(table[mid])
    if dead:
        module.edits += 1
    return len(dead)


@dataclass(frozen=True)
class StripDebug(ModulePass):
    """Remove debug records, llvm.dbg.* calls, !dbg attachments and the DI metadata
    (reads and writes: the whole module)."""

    name = "strip-debug"

    def apply(self, module: Module, am: AnalysisManager) -> bool:
        changed = False
        loops: set[str] = set()
        for fn in module.functions:
            changed |= bool(fn.metadata)
            fn.metadata = [(k, v) for k, v in fn.metadata if k != "dbg"]
            for inst in fn.instructions():
                if inst.debug_records:
                    for r in inst.debug_records:
                        r.drop_operands()
                    inst.debug_records = []
                    changed = True
                if isinstance(inst, CallInst) and is_debug_intrinsic(inst.called_function):
                    inst.erase()
                    changed = True
                    continue
                # heapallocsite names a DIType: opt's stripDebugInfo drops it too
                if inst.metadata:
                    for kind in ("dbg", "DIAssignID", "heapallocsite"):
                        changed |= inst.remove_metadata(kind)
                    loop = inst.get_metadata("llvm.loop")
                    if loop is not None:
                        loops.add(loop)
        for g in module.global_variables:
            if any(k == "dbg" for k, _ in g.metadata):
                g.metadata = [(k, v) for k, v in g.metadata if k != "dbg"]
                changed = True
        for fn in module.functions:
            if is_debug_intrinsic(fn) and not fn.all_users:
                module.remove(fn)
        for name in [n for n in module.named_metadata if n.startswith("llvm.dbg.")]:
            module.remove(module.named_metadata[name])
            changed = True
        changed |= self._strip_flags(module)
        self._strip_loop_locations(module, loops)
        changed |= remove_dead_metadata(module) > 0
        return changed

    @staticmethod
    def _strip_flags(module: Module) -> bool:
        flags = module.named_metadata.get("llvm.module.flags")
        if flags is None:
            return False
        keep = []
        for n in flags.operands:
            node = module.metadata.get(n)
            key = node.elements[1] if node is not None and len(node.elements) > 1 else None
            if isinstance(key, MDString) and key.value in DEBUG_FLAGS:
                continue
            keep.append(n)
        changed = keep != flags.operands
        flags.operands = keep
        return changed

    @staticmethod
    def _strip_loop_locations(module: Module, loops: set[str]) -> None:
        """Loop metadata lists DILocations; drop them so the debug info can go. A loop ID left
        with nothing but itself is dropped from the instructions, as opt does. ``loops``: the
        ``!llvm.loop`` attachments (as opt, only loop IDs that instructions name)."""
        emptied: set[str] = set()
        for text in loops:
            m = _REF.fullmatch(text)
            node = module.metadata.get(int(m.group(1))) if m is not None else None
            if node is None or node.kind != "tuple" or not node.elements:
                continue
            if not (isinstance(node.elements[0], MDRef) and node.elements[0].id == node.id):
                continue
            kept = [e for e in node.elements if not (
                isinstance(e, MDRef) and module.metadata.get(e.id) is not None
                and module.metadata[e.id].kind == "DILocation")]
            if len(kept) != len(node.elements):
                node.elements = kept
                node.touch()
                if len(kept) == 1:
                    emptied.add(f"!{node.id}")
        if emptied:
            for fn in module.functions:
                for inst in fn.instructions():
                    if inst.get_metadata("llvm.loop") in emptied:
                        inst.remove_metadata("llvm.loop")


