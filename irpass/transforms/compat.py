"""The ``compat`` pass: lower IR written by a newer LLVM so an older LLVM reads it.

rustc 1.95 and clang 22 write LLVM 22 IR; an Enzyme plugin built for LLVM N loads only into
``opt-N``, which rejects syntax newer than N. The pass rewrites newer syntax to its older
equivalent (``captures(none)`` -> ``nocapture``, ``llvm.lifetime.start(ptr)`` -> with its size
operand, debug records -> ``llvm.dbg.*`` calls, ``sourceLanguageName`` -> ``language``) and drops
what only adds facts the older LLVM cannot state (other ``captures(...)``, ``samesign``,
``nocreateundeforpoison``, new debug-info fields, sanitizer requests the target cannot honour).
What would change the program's meaning (``ptrtoaddr``, atomicrmw operations or intrinsics the
target lacks) is refused with a ``PassError`` naming the construct and where it is.

Reads and writes: attributes (groups, functions, parameters, call sites), instruction and
constant-expression flags, intrinsic declarations and calls, debug records, metadata nodes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from irpass.ir import types as T
from irpass.ir.attributes import AttributeList, attr_kind
from irpass.ir.function import Function, new_argument
from irpass.ir.instructions import CallArg, CallInst, Instruction
from irpass.ir.metadata import MDNode, MDRef, MDString, MDWord
from irpass.ir.module import GlobalAlias, GlobalVariable, Module, TextEntity
from irpass.ir.values import Constant, MetadataOperand, User, Value
from irpass.passes.analysis import AnalysisManager
from irpass.passes.base import ModulePass, PassError

OLDEST, NEWEST = 15, 22

# Attributes that only add facts (or request instrumentation the target cannot do), with the
# first LLVM that reads them: below that version they are dropped.
DROPPED_ATTRS = {
    "nofpclass": 17, "writable": 18, "dead_on_unwind": 18, "optdebug": 18,
    "coro_only_destroy_when_complete": 18, "range": 19, "initializes": 19,
    "hybrid_patchable": 19, "sanitize_numerical_stability": 19, "coro_elide_safe": 20,
    "noext": 20, "sanitize_type": 20, "sanitize_realtime": 20,
    "sanitize_realtime_blocking": 20, "nodivergencesource": 20, "dead_on_return": 21,
    "nocreateundeforpoison": 22, "sanitize_alloc_token": 22,
    "allockind": 16, "allocptr": 16, "allocalign": 16, "presplitcoroutine": 16,
    "fn_ret_thunk_extern": 16, "skipprofile": 17, "nosanitize_bounds": 17,
}
# The first LLVM of each memory location that memory(...) may name.
MEMORY_LOCATIONS = {"argmem": 16, "inaccessiblemem": 16, "errnomem": 21, "target_mem0": 22,
                    "target_mem1": 22}
ACCESS = {"none": 0, "read": 1, "write": 2, "readwrite": 3}
ACCESS_NAMES = {v: k for k, v in ACCESS.items()}

# Instruction flags: (opcodes, flag, first LLVM that reads it).
FLAGS = (
    (("icmp",), "samesign", 20),
    (("trunc",), "nuw", 19), (("trunc",), "nsw", 19),
    (("uitofp",), "nneg", 19), (("zext",), "nneg", 18),
    (("or",), "disjoint", 18),
    (("getelementptr",), "nusw", 19), (("getelementptr",), "nuw", 19),
)
FAST_MATH = ("fast", "nnan", "ninf", "nsz", "arcp", "contract", "afn", "reassoc")
FMF_ON_CASTS = 20  # fptrunc/fpext with fast-math flags
ATOMICRMW_SINCE = {"uinc_wrap": 16, "udec_wrap": 16, "usub_cond": 20, "usub_sat": 20,
                   "fmaximum": 21, "fminimum": 21}
OPCODE_SINCE = {"ptrtoaddr": 22}

# Intrinsics newer than some target: a call would become a call to an unknown external symbol.
INTRINSICS_SINCE = {
    "llvm.is.fpclass": 16, "llvm.ldexp": 17,
    "llvm.frexp": 17, "llvm.exp10": 18, "llvm.tan": 19, "llvm.asin": 19, "llvm.acos": 19,
    "llvm.atan": 19, "llvm.sinh": 19, "llvm.cosh": 19, "llvm.tanh": 19, "llvm.ucmp": 19,
    "llvm.scmp": 19, "llvm.allow.runtime.check": 19, "llvm.allow.ubsan.check": 19,
    "llvm.atan2": 20, "llvm.sincos": 20, "llvm.maximumnum": 20, "llvm.minimumnum": 20,
    "llvm.fake.use": 20, "llvm.experimental.memset.pattern": 20, "llvm.sincospi": 21,
    "llvm.modf": 21, "llvm.loop.dependence.war.mask": 22, "llvm.loop.dependence.raw.mask": 22,
}
# Intrinsics renamed after an older LLVM: (new prefix, old prefix, first LLVM with the new name).
INTRINSICS_RENAMED = (
    ("llvm.stepvector", "llvm.experimental.stepvector", 20),
    ("llvm.vector.reverse", "llvm.experimental.vector.reverse", 19),
    ("llvm.vector.splice", "llvm.experimental.vector.splice", 19),
    ("llvm.vector.interleave2", "llvm.experimental.vector.interleave2", 19),
    ("llvm.vector.deinterleave2", "llvm.experimental.vector.deinterleave2", 19),
)
# Intrinsics that an older one computes exactly when the sign of a zero does not matter (the
# call's nsz or fast flag): maximumnum is maxnum but for maximumnum(-0.0, +0.0) = +0.0
# (maxnum may return either; both return the other operand of a NaN, signaling or not).
# rustc 1.96 writes f64::max and f64::min so.
INTRINSICS_NSZ = (("llvm.maximumnum", "llvm.maxnum", 20), ("llvm.minimumnum", "llvm.minnum", 20))
# Target extension types an older LLVM does not know (it then refuses them as global types).
TARGET_TYPES_SINCE = {"amdgcn.named.barrier": 20, "riscv.vector.tuple": 20}
# Before LLVM 16 a thread-local global was used directly, without this intrinsic around it.
THREADLOCAL_ADDRESS = ("llvm.threadlocal.address", 16)
STATIC_MEMBER_VARIABLE = 18  # DW_TAG_variable for static members (DW_TAG_member before)
EXPECTED_WEIGHTS = 19  # !{!"branch_weights", !"expected", ...}
LIFETIME = re.compile(r"llvm\.lifetime\.(start|end)(\.p\d+)?\Z")
DEBUG_RECORDS = 19  # first LLVM that reads #dbg_* records
DBG_ASSIGN = 16  # first LLVM with llvm.dbg.assign and DIAssignID

# Debug-info fields, by node kind, with the first LLVM that reads them.
DI_FIELDS = {
    "DILocation": {"atomGroup": 21, "atomRank": 21},
    "DISubprogram": {"keyInstructions": 21},
    "DIBasicType": {"num_extra_inhabitants": 20},
    "DICompositeType": {"num_extra_inhabitants": 20, "specification": 20, "enumKind": 21,
                        "bitStride": 21},
    "DIDerivedType": {"ptrAuthKey": 19, "ptrAuthIsAddressDiscriminated": 19,
                      "ptrAuthExtraDiscriminator": 19, "ptrAuthIsaPointer": 19,
                      "ptrAuthAuthenticatesNullValues": 19},
    "DILabel": {"column": 21, "isArtificial": 21, "coroSuspendIdx": 21},
}
SIZED_DI = ("DIBasicType", "DIDerivedType", "DICompositeType")  # size: !N is LLVM 21
# DWARF 6 language names (DICompileUnit sourceLanguageName, LLVM 22) as DWARF 5 languages.
LANGUAGE_VERSIONS = {
    "C": {0: "C", 198912: "C89", 199901: "C99", 201112: "C11", 201710: "C17"},
    "C_plus_plus": {0: "C_plus_plus", 199711: "C_plus_plus", 201103: "C_plus_plus_11",
                    201402: "C_plus_plus_14", 201703: "C_plus_plus_17",
                    202002: "C_plus_plus_20"},
    "Fortran": {0: "Fortran77", 1977: "Fortran77", 1990: "Fortran90", 1995: "Fortran95",
                2003: "Fortran03", 2008: "Fortran08", 2018: "Fortran18"},
    "Ada": {0: "Ada83", 1983: "Ada83", 1995: "Ada95", 2005: "Ada2005", 2012: "Ada2012"},
    "Cobol": {0: "Cobol74", 1974: "Cobol74", 1985: "Cobol85"},
    "Pascal": {0: "Pascal83"},
    "Modula": {0: "Modula2"},
}


@dataclass(frozen=True)
class Compat(ModulePass):
    """Lower LLVM 22 IR (rustc 1.95, clang 22) so LLVM ``llvm`` (15-22) accepts it: rewrite
    newer syntax to older, drop what only adds facts, refuse what cannot be lowered (reads and
    writes: attributes, instruction flags, intrinsics, debug records, debug metadata)."""

    name = "compat"
    llvm: int = 19

    def apply(self, module: Module, am: AnalysisManager) -> bool:
        if not OLDEST <= self.llvm <= NEWEST:
            raise PassError(f"compat: llvm={self.llvm} is not supported "
                            f"(targets: {OLDEST} to {NEWEST})")
        if self.llvm >= NEWEST:
            return False
        lowering = Lowering(module, self.llvm)
        lowering.run()
        return lowering.changed


def lower_module(module: Module, llvm: int) -> bool:
    """Lower ``module`` in place for LLVM ``llvm``; returns whether it changed."""
    lowering = Lowering(module, llvm)
    lowering.run()
    return lowering.changed


class Lowering:
    """One run of the lowering over one module."""

    def __init__(self, module: Module, llvm: int) -> None:
        self.module = module
        self.llvm = llvm
        self.changed = False

    def run(self) -> None:
        self.refuse_and_rename_intrinsics()
        self.lower_lifetime()
        for fn in self.module.functions:
            for inst in fn.instructions():
                self.lower_instruction(inst)
        for value in self.constant_holders():
            self.lower_constants(value, None)
        if self.llvm < DEBUG_RECORDS:
            self.records_to_calls()
        self.lower_attributes()
        self.lower_metadata()
        self.lower_globals()

    # ---- reporting ------------------------------------------------------------------------
    def where(self, inst: Instruction | None) -> str:
        if inst is None or inst.function is None:
            return ""
        from irpass.ir.writer import LocalNamer, Printer

        fn = inst.function
        text = Printer(self.module).instruction(inst, LocalNamer(Printer(self.module), fn))
        return f" in @{fn.name}: `{text.strip()}`"

    def refuse(self, what: str, since: int, where: str) -> PassError:
        return PassError(f"compat: {what} needs LLVM {since} or newer and has no equivalent "
                         f"in LLVM {self.llvm}{where}")

    # ---- intrinsics -----------------------------------------------------------------------
    def refuse_and_rename_intrinsics(self) -> None:
        for fn in self.module.functions:
            name = fn.name or ""
            if not name.startswith("llvm."):
                continue
            prefix, since = THREADLOCAL_ADDRESS
            if self.llvm < since and name.startswith(prefix + "."):
                self.drop_threadlocal_address(fn)
                continue
            for new, old, since in INTRINSICS_RENAMED:
                if self.llvm < since and (name == new or name.startswith(new + ".")):
                    self.rename(fn, old + name[len(new):])
                    break
            for new, old, since in INTRINSICS_NSZ:
                if self.llvm < since and (name == new or name.startswith(new + ".")) and \
                        fn.users and all(isinstance(u, CallInst) and u.callee is fn and
                                         {"nsz", "fast"} & u.fast_math_flags
                                         for u in fn.users):
                    self.rename(fn, old + name[len(new):])
                    name = fn.name or ""
                    break
            for prefix, since in INTRINSICS_SINCE.items():
                if self.llvm < since and (name == prefix or name.startswith(prefix + ".")):
                    users = [u for u in fn.users if isinstance(u, Instruction)]
                    where = self.where(users[0]) if users else f" (declared as @{name})"
                    raise self.refuse(f"intrinsic @{name}", since, where)

    def drop_threadlocal_address(self, fn: Function) -> None:
        for user in fn.users:
            if isinstance(user, CallInst) and user.callee is fn:
                user.replace_all_uses_with(user.arg(0))
                user.erase()
        if not fn.users:
            self.module.remove(fn)
        self.changed = True

    def rename(self, fn: Function, name: str) -> None:
        if name in self.module.globals:
            other = self.module.globals[name]
            fn.replace_all_uses_with(other)
            self.module.remove(fn)
        else:
            del self.module.globals[fn.name]  # type: ignore[arg-type]
            fn.name = name
            self.module.globals[name] = fn
        self.changed = True

    def lower_lifetime(self) -> None:
        """``llvm.lifetime.start/end(ptr)`` (LLVM 22) get back their size operand."""
        if self.llvm >= 22:
            return
        layout = DataLayout(self.module.datalayout)
        for fn in self.module.functions:
            if not LIFETIME.match(fn.name or "") or len(fn.args) != 1:
                continue
            ptr = fn.args[0]
            size_arg = new_argument(fn, T.I64, None, AttributeList(["immarg"]))
            fn.args = [size_arg, ptr]
            size_arg.index, ptr.index = 0, 1
            fn.ftype = T.FunctionType(T.VOID, (T.I64, ptr.type))
            for user in fn.users:
                if isinstance(user, CallInst) and user.callee is fn and len(user.args) == 1:
                    size = layout.alloc_size_of(self.module, user.arg(0))
                    index = user.add_operand(Constant.literal(T.I64, str(size), "c_int"))
                    user.args.insert(0, CallArg(T.I64, "i64", AttributeList(), index))
                    user.fn_type = fn.ftype
            self.changed = True

    # ---- instructions and constants ---------------------------------------------------------
    def lower_instruction(self, inst: Instruction) -> None:
        since = OPCODE_SINCE.get(inst.opcode)
        if since is not None and self.llvm < since:
            raise self.refuse(f"the {inst.opcode} instruction", since, self.where(inst))
        if inst.opcode == "atomicrmw":
            self.check_atomicrmw(inst)
        if not isinstance(inst, CallInst) and self.edit_head(inst, inst.opcode):
            self.changed = True
        for value in inst.operands:
            self.lower_constants(value, inst)
        for record in inst.debug_records:
            for value in record.operands:
                self.lower_constants(value, inst)

    def check_atomicrmw(self, inst: Instruction) -> None:
        head = inst.template[0] if inst.template and isinstance(inst.template[0], str) else ""
        words = head.split()
        for word in words[1:3]:
            since = ATOMICRMW_SINCE.get(word)
            if since is not None and self.llvm < since:
                raise self.refuse(f"atomicrmw {word}", since, self.where(inst))
        value_type = inst.operands[1].type if len(inst.operands) > 1 else None
        if isinstance(value_type, T.VectorType) and self.llvm < 19:
            raise self.refuse("atomicrmw on a vector", 19, self.where(inst))

    def edit_head(self, user: User, opcode: str) -> bool:
        """Drop the flags after the opcode that the target does not read."""
        if not user.template or not isinstance(user.template[0], str):
            return False
        head = user.template[0]
        m = re.match(r"(\s*)(\S+)((?:\s+(?:[a-z_]+|inrange\(\s*-?\d+\s*,\s*-?\d+\s*\)))*)(\s.*)?\Z",
                     head, re.S)
        if m is None or m.group(2) != opcode:
            return False
        words = re.findall(r"inrange\([^)]*\)|\S+", m.group(3))
        keep = []
        for word in words:
            if any(opcode in ops and word == flag and self.llvm < since
                   for ops, flag, since in FLAGS):
                continue
            if word in FAST_MATH and opcode in ("fptrunc", "fpext") and self.llvm < FMF_ON_CASTS:
                continue
            if word.startswith("inrange(") and self.llvm < 19:
                continue
            keep.append(word)
        if keep == words:
            return False
        rest = m.group(4) or ""
        user.template[0] = m.group(1) + " ".join([opcode, *keep]) + rest
        return True

    def lower_constants(self, value: Value, inst: Instruction | None) -> None:
        """Lower constant expressions inside ``value`` (depth first)."""
        if not isinstance(value, (Constant, MetadataOperand)):
            return
        if isinstance(value, Constant):
            head = value.template[0] if value.template and isinstance(value.template[0],
                                                                        str) else ""
            word = head.split()[0] if head.split() else ""
            since = OPCODE_SINCE.get(word)
            if since is not None and self.llvm < since:
                where = self.where(inst) if inst is not None else ""
                raise self.refuse(f"the {word} constant expression", since, where)
            if word in ("getelementptr", "trunc") and self.edit_head(value, word):
                self.changed = True
            if word == "splat" and self.llvm < 19:
                self.expand_splat(value, inst)
        for op in value.operands:
            self.lower_constants(op, inst)

    def expand_splat(self, value: Constant, inst: Instruction | None) -> None:
        vt = value.type
        if not isinstance(vt, T.VectorType) or vt.scalable or len(value.operands) != 1:
            raise self.refuse("a splat of a scalable vector", 19, self.where(inst))
        element = value.operands[0]
        text_type = str(vt.element)
        template: list[str | int] = ["<"]
        for i in range(vt.count):
            template += [("" if i == 0 else ", ") + text_type + " ", 0]
        template.append(">")
        value.template = template
        value.kind = "c_vector"
        # One operand, referred to count times: the template repeats the index.
        value.operands = [element]
        self.changed = True

    def constant_holders(self) -> Iterator[Value]:
        for e in self.module.entities:
            if isinstance(e, GlobalVariable):
                yield from e.init.operands
            elif isinstance(e, GlobalAlias):
                yield from e.target.operands
            elif isinstance(e, Function):
                yield from e.tail.operands
            elif isinstance(e, TextEntity):
                yield from e.operands

    # ---- debug records ----------------------------------------------------------------------
    def records_to_calls(self) -> None:
        """``#dbg_*`` records (LLVM 19) become ``llvm.dbg.*`` calls."""
        for fn in self.module.functions:
            for inst in fn.instructions():
                records, inst.debug_records = inst.debug_records, []
                for record in records:
                    call = self.record_call(record)
                    if call is not None:
                        call.insert_before(inst)
                    record.drop_operands()
                    self.changed = True
        if self.llvm < DBG_ASSIGN:
            for fn in self.module.functions:
                for inst in fn.instructions():
                    if inst.remove_metadata("DIAssignID"):
                        self.changed = True
            for node in list(self.module.metadata.values()):
                if node.kind == "DIAssignID":
                    self.module.remove(node)

    def record_call(self, record) -> CallInst | None:
        args = list(record.operands)
        if record.kind == "assign" and self.llvm < DBG_ASSIGN:
            return None
        callee = self.dbg_intrinsic(record.kind, len(args) - 1)
        call = CallInst("call", T.VOID, "call ", "void", callee.ftype, callee)
        for op in args[:-1]:
            call.add_arg(op, [], "metadata")
        call.set_metadata("dbg", args[-1].render(lambda v: "?"))
        return call

    def dbg_intrinsic(self, kind: str, nargs: int) -> Function:
        name = f"llvm.dbg.{kind}"
        found = self.module.get_function(name)
        if found is not None:
            return found
        fn = Function(name, T.FunctionType(T.VOID, (T.METADATA,) * nargs))
        for _ in range(nargs):
            fn.args.append(new_argument(fn, T.METADATA, None))
        fn.fn_attrs = AttributeList(["nocallback", "nofree", "nosync", "nounwind",
                                     "speculatable", "willreturn", "memory(none)"])
        self.module.add(fn)
        return fn

    # ---- attributes -------------------------------------------------------------------------
    def lower_attributes(self) -> None:
        lists: list[AttributeList] = []
        for fn in self.module.functions:
            lists += [fn.ret_attrs, fn.fn_attrs] + [a.attrs for a in fn.args]
            for inst in fn.instructions():
                if isinstance(inst, CallInst):
                    lists += [inst.ret_attrs, inst.fn_attrs] + [a.attrs for a in inst.args]
        for attrs in lists:
            self.lower_list(attrs)
        empty = []
        for group in self.module.attribute_groups.values():
            self.lower_list(group.attrs)
            if not group.attrs:
                empty.append(group)
        for group in empty:  # LLVM rejects an empty group: drop it and the references to it
            self.module.remove(group)
            for attrs in lists:
                attrs.remove(f"#{group.id}")

    def lower_list(self, attrs: AttributeList) -> None:
        out: list[str] = []
        for text in attrs.items:
            lowered = lower_attribute(text, self.llvm)
            if lowered is None:
                out.append(text)
            else:
                out.extend(a for a in lowered if a not in out)
                self.changed = True
        attrs.items = out

    # ---- globals ----------------------------------------------------------------------------
    def lower_globals(self) -> None:
        for g in self.module.global_variables:
            if self.llvm < 18 and "code_model" in g.tail:
                g.tail = re.sub(r',\s*code_model\s+"[^"]*"', "", g.tail)
                self.changed = True
            vt = g.value_type
            if isinstance(vt, T.TargetExtType):
                since = max(16, TARGET_TYPES_SINCE.get(vt.name, 16))
                if self.llvm < since:
                    raise self.refuse(f"the target extension type {vt}", since,
                                      f" (global @{g.name})")

    # ---- metadata ---------------------------------------------------------------------------
    def lower_metadata(self) -> None:
        for node in list(self.module.metadata.values()):
            if self.lower_node(node):
                self.changed = True
        for fn in self.module.functions:
            for inst in fn.instructions():
                for i, (kind, text) in enumerate(inst.metadata):
                    if "atomGroup" in text and self.llvm < 21:
                        inst.metadata[i] = (kind, re.sub(r",\s*atom(Group|Rank):\s*\d+", "",
                                                         text))
                        self.changed = True

    def lower_node(self, node: MDNode) -> bool:
        changed = False
        for values in (node.fields.values(), node.args, node.elements):
            for v in values:
                if isinstance(v, MDNode) and self.lower_node(v):
                    changed = True
        kind = node.kind
        for name, since in DI_FIELDS.get(kind, {}).items():
            if self.llvm < since and name in node.fields:
                del node.fields[name]
                changed = True
        if kind in SIZED_DI and self.llvm < 21 and isinstance(node.fields.get("size"),
                                                              (MDRef, MDNode)):
            del node.fields["size"]  # a size given by metadata (a variable size)
            changed = True
        if kind == "DICompileUnit" and self.llvm < 22 and "sourceLanguageName" in node.fields:
            node.fields = {("language" if k == "sourceLanguageName" else k):
                           (MDWord(dwarf5_language(node.fields)) if k == "sourceLanguageName"
                            else v)
                           for k, v in node.fields.items() if k != "sourceLanguageVersion"}
            changed = True
        if kind == "DIFixedPointType" and self.llvm < 20:
            node.kind = "DIBasicType"
            node.fields = {k: v for k, v in node.fields.items()
                           if k in ("tag", "name", "size", "align", "encoding", "flags")}
            changed = True
        if kind == "DISubrangeType" and self.llvm < 21:
            node.kind = "DIDerivedType"
            fields = {"tag": MDWord("DW_TAG_typedef")}
            fields.update({k: v for k, v in node.fields.items()
                           if k in ("name", "file", "line", "scope", "baseType")})
            fields.setdefault("baseType", None)
            node.fields = fields
            changed = True
        if (kind == "DIDerivedType" and self.llvm < STATIC_MEMBER_VARIABLE
                and node.fields.get("tag") == "DW_TAG_variable"):
            node.fields["tag"] = MDWord("DW_TAG_member")
            changed = True
        if (kind == "tuple" and self.llvm < EXPECTED_WEIGHTS and len(node.elements) > 1
                and node.elements[0] == MDString("branch_weights")
                and node.elements[1] == MDString("expected")):
            del node.elements[1]
            changed = True
        if changed:
            node.touch()
        return changed


def dwarf5_language(fields: dict) -> str:
    """The ``DW_LANG_*`` of a DWARF 6 language name and version."""
    name = str(fields.get("sourceLanguageName", "DW_LNAME_C"))
    base = name.removeprefix("DW_LNAME_")
    version = fields.get("sourceLanguageVersion", 0)
    version = version if isinstance(version, int) else 0
    versions = LANGUAGE_VERSIONS.get(base)
    if versions is None:
        return "DW_LANG_" + base
    best = max((v for v in versions if v <= version), default=0)
    return "DW_LANG_" + versions.get(best, versions[min(versions)])


# ---- attributes --------------------------------------------------------------------------------
def lower_attribute(text: str, llvm: int) -> list[str] | None:
    """The attributes that say ``text`` to LLVM ``llvm`` (None: ``text`` is fine as it is)."""
    kind = attr_kind(text)
    if kind == "captures" and llvm < 21:
        inner = text[text.index("(") + 1:text.rindex(")")].replace(" ", "")
        return ["nocapture"] if inner == "none" else []
    if kind == "memory":
        return lower_memory(text, llvm)
    since = DROPPED_ATTRS.get(kind)
    if since is not None and llvm < since:
        return []
    return None


def lower_memory(text: str, llvm: int) -> list[str] | None:
    inner = text[text.index("(") + 1:text.rindex(")")]
    default = 0
    explicit: dict[str, int] = {}
    for part in (p.strip() for p in inner.split(",")):
        if ":" in part:
            loc, access = (s.strip() for s in part.split(":", 1))
            explicit[loc] = ACCESS[access]
        elif part:
            default = ACCESS[part]
    if llvm >= 16 and all(MEMORY_LOCATIONS.get(loc, 0) <= llvm for loc in explicit):
        return None
    effects = {loc: explicit.get(loc, default) for loc in MEMORY_LOCATIONS}
    other = default
    # errno is ordinary memory before LLVM 21; target memory was modelled as inaccessible
    # memory, and as nothing else, so it is added to both (more effects: only facts lost).
    if llvm < 21:
        other |= effects.pop("errnomem")
    if llvm < 22:
        target = effects.pop("target_mem0") | effects.pop("target_mem1")
        other |= target
        effects["inaccessiblemem"] |= target
    if llvm < 16:
        return old_memory_attrs(effects["argmem"], effects["inaccessiblemem"], other)
    items = [f"{loc}: {ACCESS_NAMES[a]}" for loc, a in effects.items() if a != other]
    if other or not items:
        items.insert(0, ACCESS_NAMES[other])
    return [f"memory({', '.join(items)})"]


def old_memory_attrs(argmem: int, inaccessible: int, other: int) -> list[str]:
    """memory(...) as the attributes of LLVM 15 (readnone, readonly, argmemonly...)."""
    union = argmem | inaccessible | other
    if union == 0:
        return ["readnone"]
    out = []
    if other == 0:
        if inaccessible == 0:
            out.append("argmemonly")
        elif argmem == 0:
            out.append("inaccessiblememonly")
        else:
            out.append("inaccessiblemem_or_argmemonly")
    if union == 1:
        out.append("readonly")
    elif union == 2:
        out.append("writeonly")
    return out


# ---- sizes -------------------------------------------------------------------------------------
class DataLayout:
    """Sizes and alignments of types from a ``target datalayout`` string."""

    def __init__(self, text: str) -> None:
        self.ints = {1: 1, 8: 1, 16: 2, 32: 4, 64: 4}
        self.floats = {16: 2, 32: 4, 64: 8, 128: 16}
        self.vectors = {64: 8, 128: 16}
        self.pointer = {0: (8, 8)}
        self.aggregate = 1
        for spec in text.split("-"):
            m = re.match(r"([ifv])(\d+):(\d+)", spec)
            if m:
                table = {"i": self.ints, "f": self.floats, "v": self.vectors}[m.group(1)]
                table[int(m.group(2))] = int(m.group(3)) // 8
                continue
            m = re.match(r"p(\d*):(\d+):(\d+)", spec)
            if m:
                self.pointer[int(m.group(1) or 0)] = (int(m.group(2)) // 8, int(m.group(3)) // 8)
                continue
            m = re.match(r"a:(\d+)", spec)
            if m:
                self.aggregate = max(1, int(m.group(1)) // 8)

    def alloc_size_of(self, module: Module, pointer: Value) -> int:
        """The bytes an ``alloca`` allocates (-1 when it is not a fixed-size alloca)."""
        from irpass.ir.instructions import TypedInstruction

        if not isinstance(pointer, TypedInstruction) or pointer.opcode != "alloca":
            return -1
        size = self.size(module, pointer.value_type)
        if size is None:
            return -1
        count = pointer.operands[0] if pointer.operands else None
        if count is not None:
            if not isinstance(count, Constant) or not re.fullmatch(r"\d+", count.text.strip()):
                return -1
            size *= int(count.text)
        return size

    def size(self, module: Module, t: T.Type) -> int | None:
        """Alloc size in bytes (store size rounded up to the alignment), None if unknown."""
        found = self.size_align(module, t, 0)
        return found[0] if found is not None else None

    def size_align(self, module: Module, t: T.Type, depth: int) -> tuple[int, int] | None:
        if depth > 64:
            return None
        t = module.resolve_type(t)
        if isinstance(t, T.IntType):
            store = (t.bits + 7) // 8
            align = self.ints.get(t.bits) or self.int_align(t.bits)
            return _round(store, align), align
        if isinstance(t, T.FloatType):
            store = (t.bits + 7) // 8
            align = self.floats.get(t.bits) or _power_of_two(store)
            return _round(store, align), align
        if isinstance(t, (T.PointerType, T.TypedPointerType)):
            size, align = self.pointer.get(t.addrspace, self.pointer[0])
            return size, align
        if isinstance(t, T.ArrayType):
            inner = self.size_align(module, t.element, depth + 1)
            return None if inner is None else (inner[0] * t.count, inner[1])
        if isinstance(t, T.VectorType):
            if t.scalable:
                return None
            inner = self.size_align(module, t.element, depth + 1)
            if inner is None:
                return None
            bits = t.count * (t.element.bits if isinstance(t.element, (T.IntType, T.FloatType))
                              else inner[0] * 8)
            store = (bits + 7) // 8
            align = self.vectors.get(bits) or _power_of_two(store)
            return _round(store, align), align
        if isinstance(t, T.StructType):
            offset, align = 0, 1
            for element in t.elements:
                inner = self.size_align(module, element, depth + 1)
                if inner is None:
                    return None
                a = 1 if t.packed else inner[1]
                offset = _round(offset, a) + inner[0]
                align = max(align, a)
            if not t.packed:
                align = max(align, self.aggregate)
            return _round(offset, align), align
        return None

    def int_align(self, bits: int) -> int:
        larger = sorted(b for b in self.ints if b >= bits)
        return self.ints[larger[0]] if larger else self.ints[max(self.ints)]


def _round(n: int, align: int) -> int:
    return (n + align - 1) // align * align if align > 1 else n


def _power_of_two(n: int) -> int:
    p = 1
    while p < n:
        p *= 2
    return p

