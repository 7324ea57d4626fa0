"""The registry of passes by name, and building a pass from its pipeline options.

A pass is registered by its class (``@register``, or ``add_pass``) or by a loader that
imports and returns the class when the name is first asked for (``add_lazy_pass``: irpass's
own passes are registered so by ``irpass.catalog``, so that a pipeline imports only the
passes it names). Installed plugins' passes come from entry points (``irpass.passes.plugins``).
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable

from irpass.passes.base import Pass, PassError

_PASSES: dict[str, type[Pass]] = {}
_ORIGINS: dict[str, str] = {}  # pass name -> where it came from, for messages
_LOADERS: dict[str, Callable[[], type[Pass]]] = {}  # name -> imports and returns the class
_entry_points_loaded = False


def register(cls: type[Pass]) -> type[Pass]:
    """Class decorator: make a pass available by its ``name``."""
    add_pass(cls, cls.__module__)
    return cls


def add_lazy_pass(name: str, loader: Callable[[], type[Pass]]) -> None:
    """Make pass ``name`` available through ``loader``, called (once) when the name is
    first looked up; it returns the pass class, whose module it imports only then."""
    _LOADERS[name] = loader


def add_pass(cls: type[Pass], origin: str) -> None:
    """Register ``cls`` under its ``name``; another class by that name is refused
    (``PassError``), the same class again (a module read twice) replaces it."""
    if not cls.name:
        raise ValueError(f"{cls.__name__} has no name")
    if cls.name in _LOADERS and cls.name not in _PASSES:
        _load(cls.name)  # a plugin's pass of a built-in's name: compare with the built-in
    old = _PASSES.get(cls.name)
    if old is not None and old is not cls and \
            (old.__module__, old.__qualname__) != (cls.__module__, cls.__qualname__):
        raise PassError(f"pass '{cls.name}' of {origin} ({cls.__qualname__}) clashes with "
                        f"the pass of that name from {_ORIGINS.get(cls.name, '?')} "
                        f"({old.__module__}.{old.__qualname__})")
    _PASSES[cls.name] = cls
    _ORIGINS[cls.name] = origin  # the latest says most (a file rather than its module)


def _load(name: str | None = None) -> None:
    """Run the loaders of ``name`` (all of them: None) not run yet."""
    for key in [name] if name is not None else list(_LOADERS):
        if key in _LOADERS and key not in _PASSES:
            cls = _LOADERS[key]()
            if cls.name != key:
                raise ValueError(f"the loader of pass '{key}' returned {cls.__qualname__}, "
                                 f"named '{cls.name}'")
            _PASSES[key] = cls
            _ORIGINS[key] = cls.__module__


def _load_entry_points() -> None:
    """The installed plugins' passes (``irpass.passes`` entry points), once per process:
    only when a name is not irpass's own, or every pass is listed (scanning the installed
    packages costs start-up time)."""
    global _entry_points_loaded
    if not _entry_points_loaded:
        _entry_points_loaded = True
        from irpass.passes.plugins import entry_point_passes

        entry_point_passes()


def all_passes() -> dict[str, type[Pass]]:
    """Every pass: irpass's own, the installed plugins' and those loaded with ``--load``."""
    _load()
    _load_entry_points()
    return dict(sorted(_PASSES.items()))


def origin(name: str) -> str:
    """Where pass ``name`` was registered from (a module, a file, an entry point)."""
    return _ORIGINS.get(name, "")


def get_pass(name: str) -> type[Pass]:
    """The class of pass ``name``; ``PassError`` if there is none."""
    _load(name)
    if name not in _PASSES:
        _load_entry_points()
    try:
        return _PASSES[name]
    except KeyError:
        known = ", ".join(sorted(set(_PASSES) | set(_LOADERS)))
        raise PassError(f"unknown pass '{name}' (known passes: {known}; a pass of your "
                        "own: --load FILE.py)") from None


def _convert(value: str, type_: object, option: str, pass_name: str) -> object:
    try:
        if type_ is bool:
            if value.lower() in ("1", "true", "yes", "on", ""):
                return True
            if value.lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(value)
        if type_ is int:
            return int(value)
        if type_ is float:
            return float(value)
        if typing.get_origin(type_) is tuple:
            return tuple(v for v in value.split(" ") if v)
    except ValueError:
        raise PassError(f"pass '{pass_name}': option '{option}' expects "
                        f"{getattr(type_, '__name__', type_)}, got '{value}'") from None
    return value


def make_pass(name: str, options: dict[str, str]) -> Pass:
    """An instance of pass ``name`` with its options given as strings."""
    cls = get_pass(name)
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    kwargs = {}
    for key, value in options.items():
        field_name = key.replace("-", "_")
        if field_name not in fields:
            known = ", ".join(fields) or "none"
            raise PassError(f"pass '{name}' has no option '{key}' (options: {known})")
        t = hints.get(field_name, str)
        if typing.get_origin(t) is typing.Union or type(t).__name__ == "UnionType":
            args = [a for a in typing.get_args(t) if a is not type(None)]
            t = args[0] if args else str
        kwargs[field_name] = _convert(value, t, key, name)
    return cls(**kwargs)
