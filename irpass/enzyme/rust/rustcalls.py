"""How the calls in the code a Rust derivative reaches are shown to Enzyme, for what std does
there beyond allocating (``rust-std`` runs these after its own marks).

- **Calls of what stays out of the derivative** (``rustnames.why_inactive``: panics, checks,
  formatting and printing) are ``nofree`` and ``"enzyme_no_escaping_allocation"``. Enzyme
  keeps such a call in the forward pass. When a pointer it is given may reach memory the
  reverse pass needs, Enzyme asks for a copy of the callee that frees nothing, which it cannot
  make of a declaration ("No create nofree of empty function (alloc::fmt::format::
  format_inner)"); when it may store a new allocation through a pointer (``format!``'s
  ``String``), Enzyme differentiates the call after all and finds no body ("No augmented
  forward pass found for ...format_inner"). Formatting allocates and frees only the buffer of
  the ``String`` or stream it writes, bytes that carry no derivative (a ``String`` it returns
  is dropped by code Enzyme sees, which leaves that free out: "freeing without malloc"); the
  rest panics, aborts or checks. It is the assumption Enzyme itself makes of C++'s strings and
  streams (``basic_string::_M_append``, ``operator<<``, and Rust's ``_eprint``, are nofree in
  its ``CreateNoFree``). The calls are marked, not the declarations: no other call in the
  module is told so.
- **Core's formatting generics** instantiated in the crate at opt-level 0 have legacy symbols
  ``_ZN4core3fmt...`` (``core::fmt::rt::Argument::new_display``, ``Arguments::new``), and
  Enzyme takes every function whose name starts so for a print that writes no memory anything
  reads (``isCertainPrint`` in its ``Utils.h``). It then took the copies of what they wrote
  for copies of uninitialized memory and left them out of the forward pass, and ``format!``
  read garbage (a crash in ``core::fmt::write``). Their calls get a name Enzyme knows nothing
  of (``"enzyme_math"``, the name Enzyme uses for a call in place of its callee's), so it asks
  LLVM what they write, as for any call.
- **std's thread-locals**: ``HashMap::new`` reads ``RandomState``'s keys through
  ``llvm.threadlocal.address``, which Enzyme 19 does not know: it asks for the derivative of
  the pointer (an assertion in ``DiffeGradientUtils::diffe``). The call is marked
  ``!enzyme_inactive`` when the thread-local is std's (``std``, ``core`` or ``alloc``): what
  std keeps there has no derivative, as Enzyme assumes of any global without a shadow.

Reads the reached functions' calls. Writes call-site attributes and metadata.
"""

from __future__ import annotations

from irpass.enzyme.rust.rustnames import item_path
from irpass.enzyme.sites.sites import NO_ESCAPING_ALLOCATION
from irpass.ir.function import Function
from irpass.ir.instructions import CallInst

PRINT_PREFIXES = ("_ZN4core3fmt",)
NEUTRAL = "irpass.rust."
STD_CRATES = ("std", "core", "alloc")


def mark_calls(functions: list[Function], inactive: set[Function]) -> int:
    """All of the above on the calls of ``functions`` (``inactive``: the functions that stay
    out of the derivative); returns how many calls were marked."""
    marked = 0
    for fn in functions:
        for inst in fn.instructions():
            if isinstance(inst, CallInst):
                marked += _mark(inst, inactive)
    return marked


def _mark(call: CallInst, inactive: set[Function]) -> int:
    callee = call.called_function
    if callee is None:
        return 0
    name = callee.name or ""
    changed = False
    if callee in inactive:
        for attr in ("nofree", NO_ESCAPING_ALLOCATION):
            if attr not in call.fn_attrs:
                if attr == "nofree":
                    call.fn_attrs.add(attr)
                else:
                    call.fn_attrs.add_string(attr)
                changed = True
    if name.startswith(PRINT_PREFIXES) and "enzyme_math" not in call.fn_attrs:
        call.fn_attrs.add_string("enzyme_math", NEUTRAL + name)
        changed = True
    if name.startswith("llvm.threadlocal.address") and call.arg_values and \
            call.get_metadata("enzyme_inactive") is None:
        path = item_path(getattr(call.arg_values[0], "name", "") or "")
        if path is not None and path.path and path.path[0] in STD_CRATES:
            call.set_metadata("enzyme_inactive", "!{}")
            changed = True
    return int(changed)
