"""What Enzyme says when it succeeds: its warnings, located, and which of them mean that the
derivative may be wrong.

Enzyme reports errors through LLVM's diagnostics and stops, but much of what it has to say it
writes with ``llvm::errs()`` and goes on, and ``opt`` exits 0: ``freeing without malloc``,
``didn't implement memmove, using memcpy as fallback``, the assumptions of
``-enzyme-loose-types``. ``read_warnings`` takes every line of such a run's stderr (none is
left out: a line of no kind below is shown as it came), groups repeats, and gives each the
kind found by reading Enzyme's sources (``Utils.cpp``, ``CallDerivatives.cpp``,
``GradientUtils.cpp``, ``AdjointGenerator.h``, ``FunctionUtils.cpp``). A kind is *unsound*
when what Enzyme did instead can give a wrong derivative; the ``enzyme`` pass then fails
unless the user accepts that kind by name (``enzyme(allow=NAME)``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from irpass.ir.module import Module


@dataclass(frozen=True)
class Kind:
    """A warning Enzyme prints: the name a user accepts it by, the line, what it means, and
    (for a warning that names no instruction) the calls it is about."""

    name: str
    pattern: re.Pattern
    meaning: str
    unsound: bool
    calls: tuple[str, ...] = ()


def _kind(name: str, pattern: str, meaning: str, unsound: bool,
          calls: tuple[str, ...] = ()) -> Kind:
    return Kind(name, re.compile(pattern), meaning, unsound, calls)


KINDS = (
    _kind("memmove-as-memcpy", r"warning: didn't implement memmove",
          "Enzyme differentiates this memmove as a memcpy; where the source and destination "
          "overlap (and the destination is below the source) the derivative is wrong "
          "(irpass moves the bytes of every other memmove through a temporary: a volatile "
          "one it leaves alone)", True, ("llvm.memmove.",)),
    _kind("assumed-integer", r"warning: assuming integral for |assuming type as integral ",
          "-enzyme-loose-types: Enzyme could not type this value and took it for an integer, "
          "with no derivative; if it holds floats their derivative is lost", True),
    _kind("assumed-type", r"^assuming type as ",
          "-enzyme-loose-types: Enzyme could not type this store and guessed its type from "
          "the memory it writes", True),
    _kind("integer-constant", r"warning: binary operator is integer and constant",
          "-enzyme-loose-types: Enzyme took an integer operation on possibly float bits for "
          "a constant, with no derivative", True),
    _kind("unpaired-free",
          r"^freeing without malloc\s+%\S+ = (?:tail |musttail |notail )?call [^@]*"
          r"@(?:malloc|calloc|realloc|aligned_alloc|_Znwm|_Znam|\w*__rust_alloc\w*)\(",
          "Enzyme keeps memory allocated here for its reverse pass but cannot pair it with "
          "this free (the free does not follow the allocation on every path): the memory "
          "may be freed twice, or used after it is freed", True),
    _kind("freeing-without-malloc", r"^freeing without malloc ",
          "Enzyme did not find where the freed pointer was allocated and leaves this free "
          "out of the derivative (the memory and its shadow are not freed)", False),
    _kind("free-of-null", r"^removing free of null pointer", "a free of null, left out",
          False),
    _kind("realloc-pointers", r"warning: assuming realloc only creates pointers",
          "Enzyme takes what realloc returns for a pointer", False, ("realloc",)),
    _kind("cannot-inline-global", r"cannot shadow-inline global|failed to inline global",
          "Enzyme keeps a global's shadow in memory rather than in a register", False),
    _kind("unhandled-simplification", r"warning: potential but unhandled simplification",
          "an optimization Enzyme could not make", False),
    _kind("argument-cast", r"^Warning cast\(1\) __enzyme_autodiff argument",
          "Enzyme cast an argument of __enzyme_autodiff to the parameter's type", False),
)
KIND_NAMES = frozenset(k.name for k in KINDS)
# Lines that continue the line before them (a value or a type printed on its own line).
_CONTINUED = re.compile(r"^(orig: |\s)")


@dataclass
class EnzymeWarning:
    """One warning (its first line, and lines that continue it), how many times Enzyme printed
    it, and its kind (None: a line of no known kind, shown as it came)."""

    lines: list[str]
    count: int = 1
    kind: Kind | None = None

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def unsound(self) -> bool:
        return self.kind is not None and self.kind.unsound

    @property
    def value(self) -> str:
        """The instruction the warning names (``freeing without malloc %15 = load ...``)."""
        m = re.search(r"(%[-\w$.\"]+ = .*|ptr %[-\w$.\"]+)$", self.lines[0])
        return m.group(1) if m else ""


def kind_of(line: str) -> Kind | None:
    return next((k for k in KINDS if k.pattern.search(line)), None)


def read_warnings(stderr: str) -> list[EnzymeWarning]:
    """Every message of a successful ``opt`` run with Enzyme, repeats counted once, in the
    order first printed."""
    found: dict[str, EnzymeWarning] = {}
    current: list[str] | None = None
    for line in stderr.splitlines():
        if not line.strip():
            continue
        if current is not None and _CONTINUED.match(line) and kind_of(line) is None:
            current.append(line.rstrip())
            continue
        current = [line.strip()]
        key = line.strip()
        if key in found:
            found[key].count += 1
            current = []  # a repeat's continuation lines are the same again
        else:
            found[key] = EnzymeWarning(current, kind=kind_of(line))
    return list(found.values())


def unknown_names(names: list[str]) -> list[str]:
    """The names in ``names`` that are no kind of warning."""
    return [n for n in names if n not in KIND_NAMES]


def describe_warning(warning: EnzymeWarning, text: str, module: Module,
                     severity: str = "warning", functions: set[str] | None = None) -> str:
    """``file:line:col: warning: Enzyme: ...`` (located by the instruction it names, in the
    source through its ``!dbg`` or else in the IR given to Enzyme, ``text``; a warning that
    names none, by the calls its kind is about in ``functions``, those Enzyme
    differentiated), the source variable where debug info knows it, how often, and what it
    means."""
    from irpass.enzyme.run.messages import locate_instruction

    first = re.sub(r"^\s*warning:?\s*", "", warning.lines[0])
    if len(first) > 300:
        first = first[:300] + " ..."
    places = []
    if warning.value:
        places.append(locate_instruction(warning.value, text, module))
    elif warning.kind is not None and warning.kind.calls:
        places = [locate_instruction(line, text, module)
                  for line in calls_in_text(text, warning.kind.calls)]
        places = [p for p in places if functions is None or p[1] in functions]
    if not places or all(p[0].endswith(":0:0") for p in places):
        places = [(module.source_name, "", None)]
    where, function, variable = places[0]
    out = f"{where}: {severity}: Enzyme: {first}"
    if variable:
        out += f"  [source variable '{variable}']"
    if warning.count > 1:
        out += f" ({warning.count} times)"
    out += "".join(f"\n  {line.strip()}" for line in warning.lines[1:4])
    if function:
        out += f"\n  in @{function}"
    out += "".join(f"\n  also {w}" + (f" in @{f}" if f else "") for w, f, _ in places[1:6])
    if warning.kind is not None:
        out += f"\n  {warning.kind.meaning}"
    return out


def calls_in_text(text: str, callees: tuple[str, ...]) -> list[str]:
    """The call instructions of ``text`` (each line's instruction) whose callee's name starts
    with one of ``callees``."""
    names = "|".join(re.escape(c) for c in callees)
    found = re.findall(rf"^\s*((?:%\S+ = )?(?:tail |musttail |notail )?call [^@\n]*"
                       rf"@\"?(?:{names})[^\n]*)$", text, re.M)
    return found
