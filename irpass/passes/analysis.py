"""Analyses computed on demand and cached until a pass invalidates them.

An analysis is a function ``compute(unit, am)`` with a name; ``unit`` is a ``Function`` or
the ``Module``. ``am.get(name, unit)`` looks it up by the name it was registered under
(``@analysis(name)``, or ``add_analysis`` with a loader that imports it when first asked
for: irpass's own are registered so by ``irpass.catalog``), ``am.get(compute, unit)`` by the
function itself. Graphs are networkx graphs whose nodes are blocks or functions.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from irpass.ir.function import Function
from irpass.ir.module import Module

Compute = Callable[[Any, "AnalysisManager"], Any]
ANALYSES: dict[str, Compute] = {}
_LOADERS: dict[str, Callable[[], Compute]] = {}  # name -> imports and returns its compute


def analysis(name: str) -> Callable[[Compute], Compute]:
    """Decorator: register ``compute(unit, am)`` as the analysis ``name``."""
    def deco(fn: Compute) -> Compute:
        fn.analysis_name = name  # type: ignore[attr-defined]
        ANALYSES[name] = fn
        return fn

    return deco


def add_analysis(name: str, loader: Callable[[], Compute]) -> None:
    """Register analysis ``name`` by a loader that returns its compute function (called,
    once, the first time the analysis is asked for: its module is imported only then)."""
    _LOADERS[name] = loader


def get_analysis(name: str) -> Compute:
    """The compute function of analysis ``name``; ``KeyError`` if there is none."""
    compute = ANALYSES.get(name)
    if compute is None:
        loader = _LOADERS.get(name)
        if loader is None:
            raise KeyError(f"unknown analysis '{name}'")
        compute = ANALYSES[name] = loader()
        compute.analysis_name = name  # type: ignore[attr-defined]
    return compute


def analysis_names() -> list[str]:
    """Every registered analysis name."""
    return sorted(set(ANALYSES) | set(_LOADERS))


class AnalysisManager:
    """Caches analysis results per unit (function or module)."""

    def __init__(self, module: Module) -> None:
        self.module = module
        self._cache: dict[tuple[str, int], Any] = {}
        self.computed = 0  # how many results were computed (not served from the cache)
        # Functions a function pass reported changed (``invalidate``), and how many times a
        # pass vouched for the module (``mark_verified``): the pass manager reads both.
        self.touched: dict[int, Function] = {}
        self.verified_marks = 0

    def mark_verified(self) -> None:
        """Say that the module, as it is now, is valid (a pass that replaced it with what
        a tool verified, as one that runs ``opt`` does): it is not checked again before it
        is written."""
        self.verified_marks += 1

    def get(self, name: str | Compute, unit: Function | Module | None = None) -> Any:
        """Analysis ``name`` (a registered name, or the compute function itself) of ``unit``
        (a function, or the module by default): cached until invalidated."""
        unit = self.module if unit is None else unit
        if callable(name):
            compute = name
            name = getattr(compute, "analysis_name", None) or \
                f"{compute.__module__}.{compute.__qualname__}"
        else:
            compute = None
        key = (name, id(unit))
        if key not in self._cache:
            if compute is None:
                compute = get_analysis(name)
            self._cache[key] = (unit, compute(unit, self))
            self.computed += 1
        return self._cache[key][1]

    def invalidate(self, unit: Function | Module | None, preserved: frozenset[str]) -> None:
        """Drop results not in ``preserved`` (``{"*"}`` keeps all). A change to a function also
        drops module-level results, which may depend on it."""
        if isinstance(unit, Function):
            self.touched[id(unit)] = unit
        if "*" in preserved:
            return
        target = None if unit is None or isinstance(unit, Module) else id(unit)
        for key in list(self._cache):
            name, uid = key
            if name in preserved:
                continue
            if target is None or uid == target or uid == id(self.module):
                del self._cache[key]
