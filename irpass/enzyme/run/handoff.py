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
  exception handler's landing block, or a block that frees memory.

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
from irpass.ir.builder import IRBuilder, add_incoming
from irpass.ir.function import BasicBlock, Function
from irpass.ir.instructions import CallInst, Instruction
from irpass.ir.module import Module
from irpass.transforms.cloning import ValueMap, clone_block
from irpass.transforms.frees import Dominance

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


EH_PADS = ("landingpad", "catchswitch", "catchpad", "cleanuppad")
DEALLOCATORS = ("free", "_ZdlPv", "_ZdaPv", "_ZdlPvm", "_ZdaPvm", "__rust_dealloc")


def outside_uses(block: BasicBlock, dom) -> dict[int, tuple[BasicBlock, list]] | None:
    """Where the values of ``block`` are used outside it, other than by its successors'
    phis for the edge from it: for each successor that has ``block`` as its only
    predecessor (by id), that successor and the values used in the blocks it dominates.
    None when a use is elsewhere (copying the block would then need SSA rebuilt more
    widely than one phi per successor)."""
    exits = [s for s in block.successors if s.predecessors == [block]]
    out: dict[int, tuple[BasicBlock, list]] = {}
    for inst in block.instructions:
        for user, index in inst.uses:
            if not isinstance(user, Instruction) or user.parent is block and \
                    user.opcode != "phi":
                continue
            where = user.parent
            if user.opcode == "phi":
                where = user.operands[index + 1]
                if where is block:
                    continue  # the successor's phi gets the copy's value for the new edge
            home = next((s for s in exits if dom.dominates(s, where)), None)
            if home is None:
                return None
            values = out.setdefault(id(home), (home, []))[1]
            if inst not in values:
                values.append(inst)
    return out


def duplicable(block: BasicBlock, dom) -> bool:
    """Whether ``block`` can be copied for one of its predecessors: it is neither the entry
    nor an exception handler's block, it frees no memory, and its values are used inside
    it, by its successors' phis, or below a successor it alone leads to."""
    insts = block.instructions
    if not insts or insts[0].opcode in EH_PADS or block.parent is None or \
            block is block.parent.entry:
        return False
    if any(isinstance(i, CallInst) and isinstance(i.callee, Function) and
           (i.callee.name or "") in DEALLOCATORS for i in insts):
        return False  # a free on two paths is one Enzyme cannot pair with its malloc
    return outside_uses(block, dom) is not None


def loop_headers(fn: Function) -> set[int]:
    """The blocks of ``fn`` that a backedge enters (a predecessor they dominate)."""
    import networkx as nx

    g = nx.DiGraph()
    for b in fn.blocks:
        g.add_node(id(b))
        g.add_edges_from((id(b), id(s)) for s in b.successors)
    idom = nx.immediate_dominators(g, id(fn.entry))

    def dominates(a: int, b: int) -> bool:
        while True:
            if a == b:
                return True
            up = idom.get(b)
            if up is None or up == b:
                return False
            b = up

    return {id(b) for b in fn.blocks if id(b) in idom
            for p in b.predecessors if id(p) in idom and dominates(id(b), id(p))}


def copy_for_predecessor(block: BasicBlock, pred: BasicBlock, dom) -> BasicBlock:
    """A copy of ``block`` that ``pred`` branches to instead of ``block`` (LLVM's tail
    duplication): the copy's phis become the values coming from ``pred``, ``block``'s phis
    lose ``pred``, the successors' phis get the copy's values for the new edge, and a
    successor only ``block`` led to gets a phi of each value used below it."""
    below = outside_uses(block, dom) or {}
    vmap = ValueMap()
    phis = [i for i in block.instructions if i.opcode == "phi"]
    from_pred = [next(v for v, b in phi.incoming if b is pred) for phi in phis]
    copy = clone_block(block, vmap, suffix=".dup", after=block)
    for phi, value in zip(phis, from_pred):  # one predecessor: a phi is its value
        twin = vmap[phi]
        twin.replace_all_uses_with(value)
        twin.erase()
        vmap[phi] = value
    for succ in copy.successors:
        for phi in [i for i in succ.instructions if i.opcode == "phi"]:
            for v, b in phi.incoming:
                if b is block:
                    add_incoming(phi, vmap.get(v, v), copy)
    for succ, values in below.values():
        first = succ.instructions[0]
        for v in values:
            merged = IRBuilder.at(first).phi(v.type, [(v, block), (vmap.get(v, v), copy)])
            for user, index in list(v.uses):
                if user is merged or not isinstance(user, Instruction):
                    continue
                where = user.operands[index + 1] if user.opcode == "phi" else user.parent
                if where is not block and where is not copy and dom.dominates(succ, where):
                    user.set_operand(index, merged)
    term = pred.terminator
    for k, op in enumerate(term.operands):
        if op is block:
            term.set_operand(k, copy)
    for phi in phis:
        keep = [(v, b) for v, b in phi.incoming if b is not pred]
        name = phi.name
        new = IRBuilder.at(phi).phi(phi.type, keep)
        phi.replace_all_uses_with(new)
        phi.erase()
        new.name = name
    return copy


def split_three_way_merges(functions: list[Function]) -> int:
    """Copy each block of three predecessors for the last of them that can take a copy;
    returns how many blocks were copied."""
    copied = 0
    for fn in functions:
        merges = [b for b in fn.blocks if len(b.predecessors) == 3]
        if not merges:
            continue
        headers = loop_headers(fn)
        for block in merges:
            dom = Dominance(fn)  # each copy changes who dominates whom below it
            if id(block) not in headers and duplicable(block, dom):
                copy_for_predecessor(block, block.predecessors[-1], dom)
                copied += 1
    return copied


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
