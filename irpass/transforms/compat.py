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
from irpass.ir.attributes import AttributeList
from irpass.ir.function import Function, new_argument
from irpass.ir.instructions import CallArg, CallInst, Instruction
from irpass.ir.metadata import MDNode, MDRef, MDString, MDWord
from irpass.ir.module import GlobalAlias, GlobalVariable, Module, TextEntity
from irpass.ir.opcodes import FAST_MATH_FLAGS, OPCODES
from irpass.ir.values import Constant, MetadataOperand, User, Value
from irpass.passes.analysis import AnalysisManager
from irpass.passes.base import ModulePass, PassError
from irpass.transforms.compat_rules import (
    DataLayout,
    dwarf5_language,
    lower_attribute,
)

OLDEST, NEWEST = 15, 22


# Instruction flags newer than some target: (opcodes, flag, first LLVM that reads it).
FLAGS = tuple(((op.name,), flag, since) for op in OPCODES.values() for flag, since in op.flags
              if since > OLDEST)


def _fast_math_since(opcode: str) -> int:
    """The first LLVM that reads fast-math flags on ``opcode`` (fptrunc and fpext: 20)."""
    op = OPCODES.get(opcode)
    return op.fast_math or 0 if op is not None else 0


ATOMICRMW_SINCE = {"uinc_wrap": 16, "udec_wrap": 16, "usub_cond": 20, "usub_sat": 20,
                   "fmaximum": 21, "fminimum": 21}
OPCODE_SINCE = {op.name: op.since for op in OPCODES.values() if op.since > OLDEST}

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
            if word in FAST_MATH_FLAGS and self.llvm < _fast_math_since(opcode):
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
