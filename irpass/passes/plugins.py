"""Passes from outside irpass: a Python file or module named on the command line
(``irpass run --load FILE.py|MODULE``), and installed packages that declare an entry point in
the ``irpass.passes`` group::

    [project.entry-points."irpass.passes"]
    my-passes = "my_package.passes"            # a module: the passes it defines
    count-calls = "my_package.passes:CountCalls"   # or one pass class

Loading a plugin imports it; every ``Pass`` subclass with a ``name`` that it defines is
registered (``@register`` is not needed, and does no harm). A name that another pass has
already is refused, so a plugin cannot replace one of irpass's passes by accident.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import os
import sys
import types
from pathlib import Path

from irpass.passes.base import Pass, PassError

ENTRY_POINT_GROUP = "irpass.passes"


class PluginError(PassError):
    """A plugin could not be loaded; the message says which and why (``cause``: the
    exception its import raised, for ``--traceback``)."""

    def __init__(self, message: str, cause: BaseException | None = None) -> None:
        super().__init__(message)
        self.cause = cause


def load(spec: str) -> list[type[Pass]]:
    """Import ``spec`` (a ``.py`` file, or a module name) and register the passes it defines;
    returns them. Raises ``PluginError``."""
    if spec.endswith(".py") or os.sep in spec or os.path.isfile(spec):
        module = _import_file(Path(spec))
    else:
        module = _import_module(spec)
    return register_module(module, spec)


def _import_file(path: Path) -> types.ModuleType:
    if not path.is_file():
        raise PluginError(f"--load {path}: no such file")
    resolved = path.resolve()
    # One module per file, named after it: dataclasses and typing look classes' modules up in
    # sys.modules, and loading the same file twice must give the same classes.
    name = "irpass_plugin_" + "".join(c if c.isalnum() else "_" for c in str(resolved))
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, resolved)
    if spec is None or spec.loader is None:
        raise PluginError(f"--load {path}: not a Python file")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except Exception as e:
        del sys.modules[name]
        raise PluginError(f"--load {path}: {_located(e, str(resolved))}", e) from None
    return module


def _import_module(name: str) -> types.ModuleType:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as e:
        if e.name is not None and name.startswith(e.name):
            raise PluginError(f"--load {name}: no module named '{e.name}' (give a .py file "
                              "or an importable module)", e) from None
        raise PluginError(f"--load {name}: {_located(e)}", e) from None
    except Exception as e:
        raise PluginError(f"--load {name}: {_located(e)}", e) from None


def register_module(module: types.ModuleType, origin: str) -> list[type[Pass]]:
    """Register every named ``Pass`` class defined in ``module``; returns them."""
    from irpass.passes.registry import add_pass

    found = []
    for obj in vars(module).values():
        if inspect.isclass(obj) and issubclass(obj, Pass) and obj.name and \
                obj.__module__ == module.__name__:
            add_pass(obj, origin)
            found.append(obj)
    return found


def entry_point_passes() -> list[type[Pass]]:
    """Load every ``irpass.passes`` entry point of the installed packages."""
    from importlib.metadata import entry_points

    from irpass.passes.registry import add_pass

    found: list[type[Pass]] = []
    for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        origin = f"entry point '{ep.name}' ({ep.value})"
        try:
            obj = ep.load()
        except Exception as e:
            raise PluginError(f"{origin}: {_located(e)}", e) from None
        if inspect.isclass(obj) and issubclass(obj, Pass):
            add_pass(obj, origin)
            found.append(obj)
        elif isinstance(obj, types.ModuleType):
            found.extend(register_module(obj, origin))
        else:
            raise PluginError(f"{origin}: names neither a module nor a Pass class")
    return found


def _located(e: BaseException, prefer: str | None = None) -> str:
    """``Type: message (file:line)``, at the innermost frame of ``prefer`` (a file) or the
    innermost frame outside irpass and the import machinery."""
    where = innermost_frame(e, prefer)
    at = f" ({where[0]}:{where[1]})" if where else ""
    if isinstance(e, SyntaxError) and e.filename:
        at = f" ({e.filename}:{e.lineno})"
    return f"{type(e).__name__}: {e}{at}"


def innermost_frame(e: BaseException, prefer: str | None = None
                    ) -> tuple[str, int, str, str] | None:
    """(file, line, function, source line) of the frame that best locates ``e`` for a user:
    the innermost one in the file ``prefer``, else the innermost one that is not irpass's
    own code or Python's import machinery."""
    import traceback

    frames = traceback.extract_tb(e.__traceback__)
    own = str(Path(__file__).resolve().parent.parent)
    best = None
    for f in frames:
        path = str(Path(f.filename).resolve()) if f.filename else ""
        if prefer is not None and path == prefer:
            best = f
        elif prefer is None and not path.startswith(own) and "importlib" not in path:
            best = f
    if best is None and prefer is not None:
        return innermost_frame(e)
    if best is None:  # all in irpass (a bug of ours): where it was raised
        best = frames[-1] if frames else None
    if best is None:
        return None
    return best.filename, best.lineno or 0, best.name, (best.line or "").strip()
