"""The registry of passes by name, and building a pass from its pipeline options."""

from __future__ import annotations

import dataclasses
import importlib
import typing

from irpass.passes.base import Pass, PassError

_PASSES: dict[str, type[Pass]] = {}
# Modules that define passes; importing one registers its passes.
PASS_MODULES = (
    "irpass.passes.verify",
    "irpass.passes.strip_debug",
    "irpass.passes.dce",
    "irpass.passes.dot",
    "irpass.enzyme.sites",
    "irpass.enzyme.typeinfo",
    "irpass.enzyme.compat",
    "irpass.enzyme.plugin",
)


def register(cls: type[Pass]) -> type[Pass]:
    """Class decorator: make a pass available by its ``name``."""
    if not cls.name:
        raise ValueError(f"{cls.__name__} has no name")
    _PASSES[cls.name] = cls
    return cls


def _load() -> None:
    for mod in PASS_MODULES:
        try:
            importlib.import_module(mod)
        except ModuleNotFoundError as e:
            if e.name != mod:  # a missing dependency, not a missing pass module
                raise


def all_passes() -> dict[str, type[Pass]]:
    _load()
    return dict(sorted(_PASSES.items()))


def get_pass(name: str) -> type[Pass]:
    passes = all_passes()
    try:
        return passes[name]
    except KeyError:
        known = ", ".join(passes)
        raise PassError(f"unknown pass '{name}' (known passes: {known})") from None


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
