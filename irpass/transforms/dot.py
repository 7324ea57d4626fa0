"""``cfg-dot`` and ``callgraph-dot``: Graphviz DOT of the control flow and call graphs."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

from irpass.ir.module import Module
from irpass.ir.writer import LocalNamer, Printer
from irpass.passes.analysis import AnalysisManager
from irpass.passes.base import ALL, ModulePass, PassError


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def cfg_dot(module: Module, am: AnalysisManager, fn) -> str:
    namer = LocalNamer(Printer(module), fn)
    cfg = am.get("cfg", fn)
    names = {b: (b.ref(namer) if b.name is not None or b is not fn.entry else "%entry")
             for b in fn.blocks}
    lines = [f"digraph {_quote('CFG for ' + fn.ref(Printer(module).global_namer))} {{"]
    for b in fn.blocks:
        lines.append(f"  {_quote(names[b])} [shape=box, label={_quote(names[b])}];")
    for a, b in cfg.edges:
        lines.append(f"  {_quote(names[a])} -> {_quote(names[b])};")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _emit(text: str, directory: str, filename: str, pass_name: str) -> None:
    if not directory:
        sys.stderr.write(text)
        return
    path = os.path.join(directory, filename)
    try:
        os.makedirs(directory, exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    except OSError as e:
        raise PassError(f"{pass_name}: cannot write {e.filename or path}: "
                        f"{e.strerror or e}") from None


@dataclass(frozen=True)
class CfgDot(ModulePass):
    """Write each function's control flow graph as DOT (to stderr, or dir=D/<fn>.dot)."""

    name = "cfg-dot"
    preserves = ALL
    dir: str = ""

    def apply(self, module: Module, am: AnalysisManager) -> bool:
        for i, fn in enumerate(module.functions):
            if fn.blocks:
                _emit(cfg_dot(module, am, fn), self.dir, f"cfg.{fn.name or i}.dot", self.name)
        return False


@dataclass(frozen=True)
class CallGraphDot(ModulePass):
    """Write the call graph as DOT (to stderr, or dir=D/callgraph.dot)."""

    name = "callgraph-dot"
    preserves = ALL
    dir: str = ""

    def apply(self, module: Module, am: AnalysisManager) -> bool:
        graph = am.get("callgraph")
        namer = Printer(module).global_namer
        lines = ['digraph "Call graph" {']
        for fn in graph.nodes:
            lines.append(f"  {_quote(fn.ref(namer))};")
        for a, b in graph.edges:
            lines.append(f"  {_quote(a.ref(namer))} -> {_quote(b.ref(namer))};")
        lines.append("}")
        _emit("\n".join(lines) + "\n", self.dir, "callgraph.dot", self.name)
        return False
