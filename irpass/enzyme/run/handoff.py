"""What the ``enzyme`` pass tells Enzyme about the functions it differentiates, beyond types:
facts that hold of any program and keep Enzyme out of its known failures.

- A call to a function that cannot allocate (its memory effects write nothing but its
  arguments' memory: ``memory(none)``, ``memory(argmem: ...)``, ``readnone``, as every
  arithmetic intrinsic is) gets ``"enzyme_no_escaping_allocation"``. Enzyme's
  ``callShouldNotUseDerivative`` otherwise asks, for an inactive call whose result could be a
  pointer (an ``i64`` of unknown type, as ``llvm.usub.sat.i64`` of a Rust ``step_by``), whether
  it returns an allocation needed in the reverse pass, starting a fresh search at each such
  call: two of them feeding each other through a loop send it into endless recursion and a
  segmentation fault (fft of Enzyme's benchmarks, rustc ``opt-level=1``). Allocating needs
  the allocator's own memory (``inaccessiblemem``), so the attribute only states what LLVM's
  attributes already prove.
- A block with exactly three predecessors is copied for one of them (tail duplication), so
  that no block has three. To run a function backwards Enzyme must know which predecessor
  each block was entered from; for three it tries a shortcut (``branchToCorrespondingTarget``:
  a branch that dominates the block splits one predecessor off, and a second branch splits
  the other two) whose second branch it does not check dominates the paths it decides
  between. The loop vectorizer's code breaks it: the exit of the vector loop and of its
  scalar remainder meet in the outer loop's latch, and a path that skips the vector loop
  (a runtime check failed) is taken for the vector loop's whenever the trip count is even,
  so the reverse pass runs the wrong loop and the derivative is lost (ADBench's hand at
  ``-O2``, zero gradients for the finger angles). With two predecessors Enzyme asks for a
  branch that dominates the block, or else records the path taken, both sound. A block is
  copied only when its values are used inside it, by its successors' phis, or below a
  successor only it leads to (which then gets a phi), and is not a loop header, an
  exception handler's landing block, or a block that frees memory
  (``irpass.transforms.tailduplicate``).

- A function where ``llvm.experimental.noalias.scope.decl`` declares a scope inside a loop
  (clang inlined a function with ``restrict`` parameters into a loop: each iteration makes new
  scopes) loses its scoped alias metadata (``!alias.scope``, ``!noalias``) and those
  declarations. Enzyme reads the scopes as holding for the whole function and decides a value
  need not be kept for the reverse pass when it is in fact overwritten in a later iteration:
  ADBench's lstm with its activities corrected, ``-O3``, a silently wrong gradient (Enzyme
  alone too). The metadata only lets optimizations assume more; without it nothing the
  program computes changes, and Enzyme keeps what it must.

Reads the functions the differentiated ones reach; writes call-site attributes, copies of
blocks, and drops scoped alias metadata.
"""

from __future__ import annotations

import re

from irpass.enzyme.sites.sites import NO_ESCAPING_ALLOCATION
from irpass.ir.function import Function
from irpass.ir.instructions import CallInst
from irpass.ir.module import Module
from irpass.transforms.frees import Dominance
from irpass.transforms.tailduplicate import split_three_way_merges

_LOCATIONS = re.compile(r"(?:(argmem|inaccessiblemem|errnomem|target_mem\d*)\s*:\s*)?"
                        r"(none|read|write|readwrite)")


def function_attributes(fn: Function) -> list[str]:
    """``fn``'s function attributes as written, its attribute groups' expanded."""
    out: list[str] = []
    groups = fn.module.attribute_groups if fn.module is not None else {}
    for a in fn.fn_attrs:
        if a.startswith("#") and a[1:].isdigit():
            group = groups.get(int(a[1:]))
            out.extend(group.attrs if group is not None else ())
        else:
            out.append(a)
    return out


def writes_only_arguments(attrs: list[str]) -> bool:
    """Whether memory attributes (LLVM 16+ ``memory(...)``, or the older ``readnone``,
    ``readonly``, ``argmemonly``) say a function writes no memory but its arguments'."""
    for a in attrs:
        if a in ("readnone", "readonly", "argmemonly"):
            return True
        if a.startswith("memory(") and a.endswith(")"):
            items = [i.strip() for i in a[len("memory("):-1].split(",") if i.strip()]
            for item in items:
                m = _LOCATIONS.fullmatch(item)
                if m is None:
                    return False  # a location this reader does not know: assume the worst
                location, access = m.groups()
                if "write" in access and location != "argmem":
                    return False
            return True
    return False


def mark_allocation_free_calls(functions: list[Function]) -> int:
    """Give every call in ``functions`` to a function that cannot allocate
    ``"enzyme_no_escaping_allocation"``; returns how many were marked."""
    marked = 0
    for fn in functions:
        for inst in fn.instructions():
            if not isinstance(inst, CallInst) or NO_ESCAPING_ALLOCATION in inst.fn_attrs:
                continue
            callee = inst.callee
            if isinstance(callee, Function) and writes_only_arguments(
                    function_attributes(callee)):
                inst.fn_attrs.add_string(NO_ESCAPING_ALLOCATION)
                marked += 1
    return marked


def differentiated(module: Module) -> list[Function]:
    """The functions ``__enzyme_*`` calls differentiate and every function they reach (by
    any reference: calls, function pointers), bodies parsed: what Enzyme reads."""
    from irpass.enzyme.sites.sites import find_sites

    roots = [s.function for s in find_sites(module) if isinstance(s.function, Function)]
    reached = module.materialize_reachable(roots)
    return [f for f in module.functions if id(f) in reached and f.blocks]


SCOPE_DECL = "llvm.experimental.noalias.scope.decl"
SCOPE_KINDS = ("alias.scope", "noalias")


def drop_loop_scopes(functions: list[Function]) -> int:
    """In each of ``functions`` that declares a noalias scope inside a loop, remove every
    ``!alias.scope``/``!noalias`` attachment and every scope declaration; returns how many
    functions were."""
    dropped = 0
    for fn in functions:
        decls = [i for i in fn.instructions() if isinstance(i, CallInst) and
                 isinstance(i.callee, Function) and i.callee.name == SCOPE_DECL]
        if not decls:
            continue
        cyclic = Dominance(fn).cyclic
        if not any(id(d.parent) in cyclic for d in decls):
            continue
        for inst in fn.instructions():
            for kind in SCOPE_KINDS:
                inst.remove_metadata(kind)
        for d in decls:
            d.erase()
        dropped += 1
    return dropped


def constant_pointer_params(module: Module) -> dict[int, set[int]]:
    """For each function an ``__enzyme_*`` call differentiates (by id), its pointer
    parameters every such call marks ``enzyme_const``."""
    from irpass.enzyme.sites.sites import find_sites

    out: dict[int, set[int]] = {}
    for site in find_sites(module):
        fn = site.function
        if fn is None or not isinstance(fn, Function):
            continue
        const = {a.param for a in site.args if a.activity == "const" and a.param is not None
                 and a.param < len(fn.args) and fn.args[a.param].type.is_pointer}
        out[id(fn)] = out[id(fn)] & const if id(fn) in out else const
    return out


def risky_frees(module: Module, functions: list[Function]) -> list[str]:
    """The functions among ``functions``, other than those the ``__enzyme_*`` calls name
    themselves, that free memory in a way Enzyme cannot pair with its allocation. Enzyme
    differentiates such a callee in two halves (an augmented forward pass and a reverse
    pass); an allocation the reverse pass needs is then freed by the forward pass and again
    by the reverse ("double free", hand at -O3). Top-level functions, differentiated in one
    piece, leak the memory instead."""
    from irpass.enzyme.sites.sites import find_sites
    from irpass.transforms.frees import unpairable_frees

    top = {id(s.function) for s in find_sites(module)}
    return [f.name or "" for f in functions if id(f) not in top and unpairable_frees(f)]


def prepare(module: Module, functions: list[Function]) -> bool:
    """All of the above on ``functions`` (those the differentiated functions reach), and
    the calls that return pointers into constant memory marked inactive
    (``irpass.enzyme.run.constptrs``), allocations and frees in the shape Enzyme pairs
    (``irpass.transforms.frees``), and each ``memmove`` that ``typeinfo`` did not rewrite (it did
    not run) moved through a temporary (``irpass.transforms.memmoves``)."""
    from irpass.enzyme.run.constptrs import mark_constant_pointers
    from irpass.transforms.frees import canonicalize
    from irpass.transforms.memmoves import memmoves_through_temporaries

    moved = canonicalize(functions) + memmoves_through_temporaries(functions)
    marked = mark_allocation_free_calls(functions) + drop_loop_scopes(functions)
    copied = split_three_way_merges(functions)
    inactive = mark_constant_pointers(functions, constant_pointer_params(module))
    return moved + marked + copied + inactive > 0
