"""The ``rust-std`` pass: the whole Rust program for Enzyme, as fat LTO gives rustc's own
``std::autodiff``, on a stable toolchain.

A crate's IR only declares what std defines outside generics and what std shares of its
generics (``RawVecInner::deallocate``, ``grow_amortized``, ``finish_grow``): Enzyme stops with
"No reverse pass found for ...". Its allocator shims have new names (rustc 1.95:
``_RNv...7___rustc12___rust_alloc``) that Enzyme does not know as allocation functions. And it
would try to differentiate panics, formatting and ``core::ub_checks``. So, for the functions
the ``__enzyme_*`` calls differentiate and everything they reach (``reachable``):

1. **std's code**: the definitions they reach that the module only declares are taken from the
   toolchain's bitcode (``stdindex``: rustc's sysroot, ``rustc --print sysroot``, indexed once
   and cached), with whatever they reach in turn, by ``llvm-extract`` and ``llvm-link`` of the
   toolchain's LLVM. The copies are internal to the module (``llvm-link --internalize``): the
   program still links against std, which keeps its own. A definition that uses a mutable
   global of its own (state std must keep one copy of) is not copied.
2. **the allocator**: the mangled shims get ``"enzyme_math"="__rust_alloc"`` (and
   ``__rust_dealloc``, ``__rust_alloc_zeroed``), the names Enzyme knows; the module gets an
   internal ``__rust_dealloc`` that calls the mangled one, since Enzyme frees the shadows it
   allocates by calling the plain name. Enzyme differentiates no ``realloc`` in reverse mode:
   calls of ``__rust_realloc`` in the reached code go to an internal function that allocates,
   copies and frees (what ``realloc`` may always do).
3. **what stays out of the derivative** (``rustnames.why_inactive``): panics and whatever does
   not return, formatting and printing, ``core::ub_checks`` and the ``precondition_check``
   functions rustc inlines at opt-level 0, allocation error handlers: ``"enzyme_inactive"``;
   their calls are shown to Enzyme as freeing and keeping nothing it needs, core's formatting
   generics under a name it does not take for a print, std's thread-locals inactive
   (``rustcalls``).

Reads: the ``__enzyme_*`` sites, the bodies they reach, the module's ``target triple`` and
``!llvm.ident``, the toolchain (``rustc``, its sysroot, ``llvm-extract``/``llvm-link``/
``llvm-dis`` of its LLVM). Writes: the module with std's definitions linked in (read back
lazily), function attributes, two internal helper functions. Options: ``rustc`` (the
compiler to ask; default ``$RUSTC``, then ``rustc`` on the PATH), ``sysroot`` (instead of
asking), ``cache`` (directory; default the user's cache), ``link`` (false: only the marks).
Put it before ``typeinfo``: ``rust-std,typeinfo,enzyme``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from irpass.enzyme.rust.rustcalls import mark_calls
from irpass.enzyme.rust.rustenums import hide_addresses_from_integers, hide_enum_puns
from irpass.enzyme.rust.rustnames import allocator_shim, why_inactive
from irpass.enzyme.rust.stdindex import StdIndex, Symbol
from irpass.enzyme.types.annotations import has_type_trees
from irpass.ir import types as T
from irpass.ir.builder import IRBuilder, add_block, add_function
from irpass.ir.function import Function
from irpass.ir.instructions import CallInst
from irpass.ir.layout import module_layout
from irpass.ir.module import Module
from irpass.passes.analysis import AnalysisManager
from irpass.passes.base import ModulePass, PassError

TOOL_TIMEOUT = 600
REALLOC = "__irpass_rust_realloc"
ENZYME_NAMES = {"__rust_alloc": "__rust_alloc", "__rust_dealloc": "__rust_dealloc",
                "__rust_alloc_zeroed": "__rust_alloc_zeroed"}
_IDENT = re.compile(r'rustc version (\S+)(?: \((\w+) )?')


# ---- the toolchain ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Toolchain:
    """A rustc, its sysroot, ``rustc -vV`` and the major version of its LLVM."""

    rustc: str
    sysroot: Path
    version: str
    llvm: int

    @property
    def release(self) -> str:
        m = re.search(r"^release: (\S+)", self.version, re.M)
        return m.group(1) if m else ""

    @property
    def commit(self) -> str:
        m = re.search(r"^commit-hash: (\w+)", self.version, re.M)
        return m.group(1) if m else ""

    @property
    def host(self) -> str:
        m = re.search(r"^host: (\S+)", self.version, re.M)
        return m.group(1) if m else ""


def _run(command: list[str]) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(command, capture_output=True, text=True, errors="replace",
                              timeout=TOOL_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise PassError(f"rust-std: {command[0]} did not finish within {TOOL_TIMEOUT} s") \
            from None
    except OSError as e:
        raise PassError(f"rust-std: cannot run {command[0]}: {e}") from None


def find_toolchain(rustc: str = "", sysroot: str = "") -> Toolchain:
    """The toolchain the options (or ``$RUSTC``, or the PATH) point at."""
    if not rustc and sysroot:
        candidate = Path(sysroot) / "bin" / "rustc"
        rustc = str(candidate) if candidate.is_file() else ""
    rustc = rustc or os.environ.get("RUSTC", "") or shutil.which("rustc") or ""
    if not rustc:
        raise PassError("rust-std: no rustc found (give rust-std(rustc=/path/to/rustc) or "
                        "rust-std(sysroot=...), or put rustc on the PATH)")
    version = _run([rustc, "-vV"])
    if version.returncode != 0:
        raise PassError(f"rust-std: {rustc} -vV failed: {version.stderr.strip()}")
    m = re.search(r"^LLVM version: (\d+)", version.stdout, re.M)
    if m is None:
        raise PassError(f"rust-std: {rustc} -vV does not name its LLVM version")
    if not sysroot:
        r = _run([rustc, "--print", "sysroot"])
        if r.returncode != 0:
            raise PassError(f"rust-std: {rustc} --print sysroot failed: {r.stderr.strip()}")
        sysroot = r.stdout.strip()
    return Toolchain(rustc, Path(sysroot), version.stdout, int(m.group(1)))


def llvm_tool(name: str, llvm: int) -> str:
    """``name-N``, LLVM N's own bin directory, or a plain ``name`` whose version is N."""
    from irpass.llvm.tools import opt_version

    named = shutil.which(f"{name}-{llvm}")
    if named:
        return named
    for candidate in (Path(f"/usr/lib/llvm-{llvm}/bin/{name}"), shutil.which(name)):
        if candidate and Path(candidate).is_file() and opt_version(str(candidate)) == llvm:
            return str(candidate)
    raise PassError(f"rust-std: the toolchain's bitcode is LLVM {llvm}'s, and no {name} of "
                    f"LLVM {llvm} was found (looked for {name}-{llvm} and {name}); install "
                    f"llvm-{llvm}")


def module_rustc(module: Module) -> tuple[str, str] | None:
    """(release, commit) of the rustc that wrote the module, from ``!llvm.ident``."""
    ident = module.named_metadata.get("llvm.ident")
    if ident is None:
        return None
    for ref in ident.operands:
        node = module.metadata.get(ref)
        m = _IDENT.search(node.body() if node is not None else "")
        if m:
            return m.group(1), m.group(2)
    return None


# ---- what the derivatives reach -----------------------------------------------------------
def is_rust(module: Module) -> bool:
    return any(fn.name == "rust_eh_personality" or allocator_shim(fn.name or "") is not None
               or (fn.name or "").startswith("_R") for fn in module.functions)


def was_prepared(module: Module) -> bool:
    """Whether ``rust-std`` has run on the module (in this run, or in an earlier one whose
    output this is), by what it leaves in the IR: the forwarder it defines, or an allocator
    it named for Enzyme."""
    if module.get_function(REALLOC) is not None:
        return True
    dealloc = module.get_function("__rust_dealloc")
    if dealloc is not None and dealloc.blocks and "internal" in dealloc.pre_attrs:
        return True
    return any(allocator_shim(fn.name or "") is not None and
               fn.fn_attrs.string_value("enzyme_math") for fn in module.functions)


def differentiated(module: Module) -> list[Function]:
    from irpass.enzyme.sites.sites import enzyme_roots, find_sites

    for fn in enzyme_roots(module):
        fn.materialize()
    out: list[Function] = []
    for site in find_sites(module):
        if site.function is not None and site.function not in out:
            out.append(site.function)
    return out


def attribute_words(module: Module, fn: Function) -> set[str]:
    """The kinds of ``fn``'s function attributes, its groups' included."""
    from irpass.ir.attributes import attr_kind

    kinds = set()
    for a in fn.fn_attrs:
        if a.startswith("#"):
            group = module.attribute_groups.get(int(a[1:]))
            if group is not None:
                kinds.update(attr_kind(x) for x in group.attrs)
        else:
            kinds.add(attr_kind(a))
    return kinds


def inactive_reason(module: Module, fn: Function) -> str | None:
    """Why calls of ``fn`` stay out of the derivative, or None."""
    name = fn.name or ""
    if name.startswith("llvm.") or name.startswith("__enzyme"):
        return None
    reason = why_inactive(name)
    if reason is None and "noreturn" in attribute_words(module, fn):
        reason = "does not return"
    return reason


@dataclass
class Reach:
    """What the differentiated functions reach: definitions, declarations, and functions left
    out of the derivative (not followed)."""

    defined: list[Function] = field(default_factory=list)
    declared: list[Function] = field(default_factory=list)
    inactive: dict[Function, str] = field(default_factory=dict)
    shims: dict[str, Function] = field(default_factory=dict)


def reachable(module: Module, roots: list[Function]) -> Reach:
    """Walk every reference (calls, function pointers, initializers of globals) from
    ``roots``, parsing the bodies it enters; stops at inactive functions and the shims."""
    from irpass.ir.module import references

    reach = Reach()
    seen: set[int] = set()
    work: list = list(roots)
    while work:
        v = work.pop()
        if id(v) in seen:
            continue
        seen.add(id(v))
        if isinstance(v, Function):
            name = v.name or ""
            shim = allocator_shim(name)
            reason = inactive_reason(module, v)
            if shim is not None and reason is None:
                reach.shims[shim] = v
                continue
            if reason is not None and v not in roots:
                reach.inactive[v] = reason
                continue
            if v.is_declaration and v.lazy_body is None:
                if not name.startswith("llvm."):
                    reach.declared.append(v)
                continue
            reach.defined.append(v)
        work.extend(op for op in references(v) if id(op) not in seen)
    return reach


# ---- what to take from std ------------------------------------------------------------------
@dataclass
class Plan:
    """For each member's bitcode file, the globals to extract from it; and what was wanted
    and cannot be taken (not in std's bitcode, or keeping state of its own)."""

    parts: dict[Path, set[Symbol]] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    stateful: list[str] = field(default_factory=list)


def plan_imports(index: StdIndex, wanted: list[str], defined: set[str]) -> Plan:
    """The definitions to take for the ``wanted`` declarations, followed through what they
    refer to (``defined``: what the module defines already)."""
    plan = Plan()
    taken: set[str] = set(defined)
    queue = list(wanted)
    while queue:
        name = queue.pop(0)
        if name in taken:
            continue
        taken.add(name)
        if allocator_shim(name) is not None or why_inactive(name) is not None or \
                name.startswith("llvm."):
            continue
        member = index.definer.get(name)
        if member is None:
            plan.missing.append(name)
            continue
        top = member.symbols[name]
        if top.kind != "f":
            continue  # std's variables stay std's: the module refers to them
        group = {top}
        local_work = [top]
        stateful = False
        while local_work:  # what it refers to that only this member can give
            s = local_work.pop()
            for r in s.refs:
                other = member.symbols.get(r)
                if other is None or not other.local or other in group:
                    continue
                if other.kind == "v" and (not other.constant or other.thread_local):
                    stateful = True
                group.add(other)
                local_work.append(other)
        if stateful:
            plan.stateful.append(name)
            continue
        plan.parts.setdefault(member.file, set()).update(group)
        for s in group:
            for r in s.refs:
                other = member.symbols.get(r)
                if (other is None or not other.local) and r not in taken:
                    queue.append(r)
    return plan


def extract_and_link(module: Module, plan: Plan, toolchain: Toolchain) -> Module:
    """The module with the planned definitions linked in, internal to it."""
    from irpass.ir.writer import print_module
    from irpass.parser.reader import read_module

    extract = llvm_tool("llvm-extract", toolchain.llvm)
    link = llvm_tool("llvm-link", toolchain.llvm)
    with tempfile.TemporaryDirectory(prefix="irpass-rust-std-") as tmp:
        work = Path(tmp)
        parts = []
        for i, (file, symbols) in enumerate(sorted(plan.parts.items())):
            part = work / f"part{i}.bc"
            flags = {"f": "--func", "v": "--glob", "a": "--alias"}
            command = [extract, *sorted(f"{flags[s.kind]}={s.name}" for s in symbols),
                       str(file), "-o", str(part)]
            r = _run(command)
            if r.returncode != 0:
                raise PassError(f"rust-std: llvm-extract failed on {file.name}:\n"
                                f"{r.stderr.strip()}")
            parts.append(str(part))
        std = work / "std.bc"
        r = _run([link, *parts, "-o", str(std)])
        if r.returncode != 0:
            raise PassError(f"rust-std: llvm-link failed on std's parts:\n{r.stderr.strip()}")
        source = work / "input.ll"
        source.write_text(print_module(module), encoding="utf-8", errors="surrogateescape")
        out = work / "linked.ll"
        r = _run([link, "--internalize", "-S", str(source), str(std), "-o", str(out)])
        if r.returncode != 0:
            raise PassError(f"rust-std: llvm-link failed:\n{r.stderr.strip()}")
        text = out.read_text(encoding="utf-8", errors="surrogateescape")
    if text.startswith("; ModuleID = "):
        text = text[text.find("\n") + 1:]
    return read_module(text, module.source_name, lazy=True)


# ---- the allocator and the marks -----------------------------------------------------------
def shim_name(like: Function, plain: str) -> str:
    """The symbol of shim ``plain`` in the mangling of ``like`` (another shim)."""
    name = like.name or ""
    current = allocator_shim(name)
    if current is None or name == current:
        return plain
    old = f"{len(current)}_{current}"
    return name[:len(name) - len(old)] + f"{len(plain)}_{plain}"


def declare_like(module: Module, name: str, ftype: T.FunctionType) -> Function:
    found = module.get_function(name)
    if found is not None:
        return found
    return add_function(module, name, ftype, fn_attrs=["nounwind"])


def add_dealloc_forwarder(module: Module, dealloc: Function) -> bool:
    """``define internal void @__rust_dealloc(ptr, usize, usize)`` calling the mangled shim
    ``dealloc``, for the frees of shadows Enzyme emits (it calls the plain name, which
    rustc 1.95's std no longer defines); False when the plain name is there already."""
    if module.get_global("__rust_dealloc") is not None:
        return False
    fn = add_function(module, "__rust_dealloc", dealloc.ftype, ["ptr", "size", "align"],
                      linkage=["internal"], fn_attrs=["nounwind"])
    b = IRBuilder.at_end(add_block(fn, "start"))
    b.call(dealloc, list(fn.args))
    b.ret()
    return True


def add_realloc(module: Module, realloc: Function) -> Function:
    """An internal ``realloc`` Enzyme can differentiate: allocate, copy, free."""
    found = module.get_function(REALLOC)
    if found is not None:
        return found
    ftype = realloc.ftype
    size = ftype.params[1]
    alloc = declare_like(module, shim_name(realloc, "__rust_alloc"),
                         T.FunctionType(T.PTR, (size, size)))
    dealloc = declare_like(module, shim_name(realloc, "__rust_dealloc"),
                           T.FunctionType(T.VOID, (T.PTR, size, size)))
    umin = declare_like(module, f"llvm.umin.{size}", T.FunctionType(size, (size, size)))
    memcpy = declare_like(module, f"llvm.memcpy.p0.p0.{size}",
                          T.FunctionType(T.VOID, (T.PTR, T.PTR, size, T.I1)))
    fn = add_function(module, REALLOC, ftype, ["old", "old_size", "align", "new_size"],
                      linkage=["internal"], fn_attrs=["nounwind"])
    old, old_size, align, new_size = fn.args
    start = add_block(fn, "start")
    copy = add_block(fn, "copy")
    failed = add_block(fn, "failed")
    b = IRBuilder.at_end(start)
    new = b.call(alloc, [new_size, align], name="new")
    from irpass.ir.builder import constant

    b.cond_br(b.icmp("eq", new, constant(T.PTR, "null"), name="is_null"), failed, copy)
    b = IRBuilder.at_end(copy)
    n = b.call(umin, [old_size, new_size], name="n")
    b.call(memcpy, [new, old, n, constant(T.I1, "false")])
    b.call(dealloc, [old, old_size, align])
    b.ret(new)
    IRBuilder.at_end(failed).ret(constant(T.PTR, "null"))
    return fn


def mark(module: Module, reach: Reach) -> bool:
    """The allocator named for Enzyme (with its forwarder and realloc), the enum puns
    hidden, and the functions that stay out of the derivative marked."""
    changed = False
    shims = dict(reach.shims)
    realloc = shims.pop("__rust_realloc", None)
    if realloc is not None:
        wrapper = add_realloc(module, realloc)
        for fn in reach.defined:
            for inst in fn.instructions():
                if isinstance(inst, CallInst) and inst.called_function is realloc:
                    inst.callee = wrapper
                    changed = True
        for plain in ("__rust_alloc", "__rust_dealloc"):
            shims.setdefault(plain, module.get_function(shim_name(realloc, plain)))  # type: ignore
    for plain, fn in sorted(shims.items()):
        if plain not in ENZYME_NAMES or fn.name == plain:
            continue  # the plain names (older rustc) Enzyme knows as they are
        if fn.fn_attrs.string_value("enzyme_math") != ENZYME_NAMES[plain]:
            fn.fn_attrs.add_string("enzyme_math", ENZYME_NAMES[plain])
            changed = True
        if plain != "__rust_dealloc" and "nofree" not in attribute_words(module, fn):
            fn.fn_attrs.add("nofree")  # true of an allocator; Enzyme asks it by the name
            changed = True
        if plain != "__rust_dealloc":
            # Enzyme frees the shadows of what it allocates by calling __rust_dealloc
            dealloc = shims.get("__rust_dealloc") or declare_like(
                module, shim_name(fn, "__rust_dealloc"),
                T.FunctionType(T.VOID, (T.PTR, fn.ftype.params[0], fn.ftype.params[0])))
            dealloc.fn_attrs.add_string("enzyme_math", "__rust_dealloc")
            changed |= add_dealloc_forwarder(module, dealloc)
    layout = module_layout(module)
    for fn in reach.defined:
        changed |= hide_addresses_from_integers(module, fn) > 0
        changed |= hide_enum_puns(module, fn, layout) > 0
    for fn in reach.inactive:
        if "enzyme_inactive" not in fn.fn_attrs:
            fn.fn_attrs.add_string("enzyme_inactive")
            changed = True
        if allocator_shim(fn.name or "") == "__rust_no_alloc_shim_is_unstable_v2" and \
                "nofree" not in attribute_words(module, fn):
            fn.fn_attrs.add("nofree")  # it is empty; Enzyme asks for a nofree version
            changed = True
    changed |= mark_calls(reach.defined, set(reach.inactive)) > 0
    return changed


# ---- the pass --------------------------------------------------------------------------------
@dataclass(frozen=True)
class RustStd(ModulePass):
    """Give Enzyme the whole Rust program: std's definitions the derivatives reach linked in
    from the toolchain's bitcode, the allocator shims named as Enzyme knows them, panics,
    formatting and ub_checks left out of the derivative (reads the Enzyme call sites and
    what they reach, the toolchain; writes definitions and function attributes). Options:
    rustc, sysroot, cache, link."""

    name = "rust-std"
    needs = "none"
    rustc: str = ""
    sysroot: str = ""
    cache: str = ""
    link: bool = True

    def apply(self, module: Module, am: AnalysisManager) -> bool:
        if not is_rust(module):
            return False
        roots = differentiated(module)
        if not roots:
            return False
        changed = False
        reach = reachable(module, roots)
        if self.link and reach.declared:
            toolchain = find_toolchain(self.rustc, self.sysroot)
            plan = self.plan(module, reach, toolchain)
            if plan.parts:
                if has_type_trees(module):
                    raise PassError("rust-std: put rust-std before typeinfo (typeinfo must "
                                    "see the code of std that rust-std links in; the module "
                                    "has type trees already): rust-std,typeinfo,enzyme")
                names = [r.name for r in roots]
                module.adopt(extract_and_link(module, plan, toolchain))
                roots = [module.get_function(n) for n in names]  # type: ignore[misc]
                reach = reachable(module, roots)
                changed = True
        changed |= mark(module, reach)
        return changed

    def plan(self, module: Module, reach: Reach, toolchain: Toolchain) -> Plan:
        """What to take from the toolchain's std for what ``reach`` declares."""
        made_by = module_rustc(module)
        if made_by is not None and made_by[0] != toolchain.release:
            raise PassError(f"rust-std: the module was written by rustc {made_by[0]}, but "
                            f"{toolchain.rustc} is rustc {toolchain.release}: point "
                            "rust-std(rustc=...) at the compiler that wrote it")
        target = module.triple or toolchain.host
        index = StdIndex.open(toolchain.sysroot, target, toolchain.version,
                              llvm_tool("llvm-dis", toolchain.llvm),
                              Path(self.cache) if self.cache else None)
        defined = {g.name for g in module.globals.values()
                   if g.name and not getattr(g, "is_declaration", False)}
        plan = plan_imports(index, [f.name for f in reach.declared if f.name], defined)
        for name in plan.stateful:
            sys.stderr.write(f"irpass: warning: rust-std: {name} keeps state of its own in "
                             "std; it is not copied, and Enzyme may not differentiate it\n")
        return plan
