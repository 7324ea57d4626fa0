"""The ``strip-debug`` pass: remove debug information, as ``opt -strip-debug`` does."""

from __future__ import annotations

import re
from dataclasses import dataclass

from irpass.ir.function import Function
from irpass.ir.instructions import CallInst
from irpass.ir.metadata import MDNode, MDRef, MDString, MetadataRun
from irpass.ir.module import Module
from irpass.passes.analysis import AnalysisManager
from irpass.passes.base import ModulePass
from irpass.passes.registry import register

_REF = re.compile(r"!(\d+)")
DEBUG_FLAGS = ("Debug Info Version", "Dwarf Version", "CodeView")


def is_debug_intrinsic(fn: Function | None) -> bool:
    return fn is not None and fn.name is not None and fn.name.startswith("llvm.dbg.")


def live_metadata(module: Module) -> set[int]:
    """Numbers of the nodes reachable from anything that is not itself a numbered node."""
    from irpass.printer.printer import Printer

    printer = Printer(module)
    roots: set[int] = set()
    for e in module.entities:
        if isinstance(e, (MDNode, MetadataRun)):  # numbered nodes (runs: kept as text)
            continue
        roots.update(int(n) for n in _REF.findall(printer.entity(e)))
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
    live = live_metadata(module)
    dead = [n for n in module.metadata.values() if n.id not in live]
    for node in dead:
        module.remove(node)
    return len(dead)


@register
@dataclass(frozen=True)
class StripDebug(ModulePass):
    """Remove debug records, llvm.dbg.* calls, !dbg attachments and the DI metadata
    (reads and writes: the whole module)."""

    name = "strip-debug"

    def apply(self, module: Module, am: AnalysisManager) -> bool:
        changed = False
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
                for kind in ("dbg", "DIAssignID", "heapallocsite"):
                    changed |= inst.remove_metadata(kind)
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
        self._strip_loop_locations(module)
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
    def _strip_loop_locations(module: Module) -> None:
        """Loop metadata lists DILocations; drop them so the debug info can go. A loop ID left
        with nothing but itself is dropped from the instructions, as opt does."""
        emptied: set[str] = set()
        for node in module.metadata.values():
            if node.kind != "tuple" or not node.elements:
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


