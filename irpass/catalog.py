"""The catalog: irpass's own passes and analyses, by name.

Each is registered with a loader, a small function that imports its module and returns the
pass class or the analysis function, so that a pipeline imports only what it names (start-up
time: ``irpass run`` is a Makefile stage). ``irpass/__init__.py`` installs the catalog once per
process. Users' passes are registered by ``@register`` (``irpass.passes.registry``) or come
from plugins (``irpass.passes.plugins``: ``--load``, entry points); users' analyses by
``@analysis`` (``irpass.passes.analysis``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from irpass.passes.analysis import add_analysis
from irpass.passes.registry import add_lazy_pass


# ---- passes: the general transforms (irpass.transforms) ------------------------------------
def _verify() -> type:
    from irpass.transforms.verify import Verify

    return Verify


def _strip_debug() -> type:
    from irpass.transforms.strip_debug import StripDebug

    return StripDebug


def _dce() -> type:
    from irpass.transforms.dce import DeadCodeElimination

    return DeadCodeElimination


def _cfg_dot() -> type:
    from irpass.transforms.dot import CfgDot

    return CfgDot


def _callgraph_dot() -> type:
    from irpass.transforms.dot import CallGraphDot

    return CallGraphDot


def _compat() -> type:
    from irpass.transforms.compat import Compat

    return Compat


# ---- passes: the Enzyme front end (irpass.enzyme) ------------------------------------------
def _typeinfo() -> type:
    from irpass.enzyme.types.typeinfo import TypeInfo

    return TypeInfo


def _rust_std() -> type:
    from irpass.enzyme.rust.ruststd import RustStd

    return RustStd


def _enzyme() -> type:
    from irpass.enzyme.run.enzyme_pass import Enzyme

    return Enzyme


PASSES: dict[str, Callable[[], type]] = {
    "verify": _verify,
    "strip-debug": _strip_debug,
    "dce": _dce,
    "cfg-dot": _cfg_dot,
    "callgraph-dot": _callgraph_dot,
    "compat": _compat,
    "typeinfo": _typeinfo,
    "rust-std": _rust_std,
    "enzyme": _enzyme,
}


# ---- analyses (irpass.passes.analyses, irpass.enzyme.sites) --------------------------------
def _cfg() -> Callable[..., Any]:
    from irpass.passes.analyses.dominance import control_flow_graph

    return control_flow_graph


def _domtree() -> Callable[..., Any]:
    from irpass.passes.analyses.dominance import dominator_tree

    return dominator_tree


def _postdomtree() -> Callable[..., Any]:
    from irpass.passes.analyses.postdomtree import post_dominator_tree

    return post_dominator_tree


def _loops() -> Callable[..., Any]:
    from irpass.passes.analyses.loopinfo import loop_info

    return loop_info


def _callgraph() -> Callable[..., Any]:
    from irpass.passes.analyses.callgraph import call_graph

    return call_graph


def _autodiff_sites() -> Callable[..., Any]:
    from irpass.enzyme.sites.sites import autodiff_sites

    return autodiff_sites


ANALYSES: dict[str, Callable[[], Callable[..., Any]]] = {
    "cfg": _cfg,
    "domtree": _domtree,
    "postdomtree": _postdomtree,
    "loops": _loops,
    "callgraph": _callgraph,
    "autodiff-sites": _autodiff_sites,
}


def install() -> None:
    """Register every pass and analysis of the catalog (their modules are not imported)."""
    for name, loader in PASSES.items():
        add_lazy_pass(name, loader)
    for name, compute in ANALYSES.items():
        add_analysis(name, compute)
