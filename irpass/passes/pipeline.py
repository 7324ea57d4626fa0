"""Pipeline strings in opt's style: ``typeinfo,strip-debug,function(dce)``, ``dce,cfg-dot(dir=out)``.

``module(...)`` and ``function(...)`` nest pipelines; any other ``name(...)`` (or opt's
``name<...>``) gives the pass its options, ``key=value`` separated by ``,`` or ``;``
(a bare ``key`` means ``key=true``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from irpass.passes.base import FunctionPass, Pass, PassError
from irpass.passes.registry import make_pass

ADAPTORS = ("module", "function")


@dataclass
class Step:
    """One element of a pipeline: a pass, or an adaptor with nested steps."""

    name: str
    pass_: Pass | None = None
    steps: list[Step] = field(default_factory=list)

    def __str__(self) -> str:
        if self.pass_ is None:
            return f"{self.name}({','.join(map(str, self.steps))})"
        return self.name


def _split(text: str, sep: str = ",") -> list[tuple[str, int]]:
    """Split at top-level separators; each piece with its offset in ``text``."""
    out = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch in "(<":
            depth += 1
        elif ch in ")>":
            depth -= 1
            if depth < 0:
                raise PassError(f"pipeline: unbalanced '{ch}' at column {i + 1}: {text}")
        elif ch in sep and depth == 0:
            out.append((text[start:i], start))
            start = i + 1
    if depth != 0:
        raise PassError(f"pipeline: missing ')' in: {text}")
    out.append((text[start:], start))
    return out


def _options(text: str) -> dict[str, str]:
    opts: dict[str, str] = {}
    for piece, _ in _split(text, ",;"):
        piece = piece.strip()
        if not piece:
            continue
        key, eq, value = piece.partition("=")
        opts[key.strip()] = value.strip() if eq else "true"
    return opts


def parse_pipeline(text: str, inside: str = "module") -> list[Step]:
    """The steps of a pipeline string; raises ``PassError`` on a malformed one."""
    steps = []
    for piece, offset in _split(text):
        piece = piece.strip()
        if not piece:
            raise PassError(f"pipeline: empty pass name at column {offset + 1}: '{text}'")
        name, inner = piece, None
        for open_, close in (("(", ")"), ("<", ">")):
            if open_ in piece:
                name, _, rest = piece.partition(open_)
                if not rest.endswith(close):
                    raise PassError(f"pipeline: expected '{close}' at the end of '{piece}'")
                inner = rest[:-1]
                break
        name = name.strip()
        if name in ADAPTORS:
            if inner is None:
                raise PassError(f"pipeline: '{name}' needs a nested pipeline: {name}(...)")
            steps.append(Step(name, None, parse_pipeline(inner, name) if inner.strip() else []))
            continue
        p = make_pass(name, _options(inner) if inner else {})
        if inside == "function" and not isinstance(p, FunctionPass):
            raise PassError(f"pipeline: '{name}' is a module pass; it cannot run in function(...)")
        steps.append(Step(name, p))
    return steps


def flatten(steps: list[Step]) -> list[Pass]:
    """The passes in order (a ``function(...)`` group runs its passes one after the other
    over all functions, which gives the same result for passes that look at one function)."""
    out: list[Pass] = []
    for s in steps:
        if s.pass_ is not None:
            out.append(s.pass_)
        else:
            out.extend(flatten(s.steps))
    return out
