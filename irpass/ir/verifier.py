"""The model's own verifier: the rules LLVM's verifier checks that can be broken by editing
the model, checked on the functions that were edited (``verify_function``).

It reads functions and writes nothing; each problem is LLVM's message followed by the
instruction, as LLVM's verifier prints them. It is quick (one pass over the instructions, no
printing, no LLVM) so that ``irpass run`` can check what the passes changed before it writes.
That every use is dominated by its definition is checked too (``irpass.ir.dominators``; not
for the values of ``invoke`` and ``callbr``, which are defined on an edge). What it does not
check (intrinsic signatures, debug information, attributes) is left to LLVM's verifier
(``irpass.llvm``).
"""

from __future__ import annotations

from irpass.ir import rules as R
from irpass.ir.dominators import undominated_uses
from irpass.ir.errors import Error
from irpass.ir.function import BasicBlock, Function
from irpass.ir.instructions import CallInst, DebugRecord, Instruction
from irpass.ir.module import GlobalAlias, GlobalVariable, Module
from irpass.ir.values import Argument, Constant, MetadataOperand, User, Value

MAX_PROBLEMS = 20


class VerifyError(Error, ValueError):
    """The model breaks LLVM's rules; ``problems`` lists them (LLVM's words)."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


# llvm-as's words for ``define ... { }``: a definition whose blocks were all erased.
NO_BLOCKS = "function body requires at least one basic block"


def verify_function(fn: Function) -> list[str]:
    """The problems in ``fn``'s body (empty for a declaration, or a body not parsed yet). A
    definition left without blocks (each erased) is a problem: it prints as ``define ...
    { }``, which LLVM refuses."""
    if not fn.is_materialized:
        return []
    if not fn.blocks:
        if fn.is_declaration:
            return []
        return [f"in function {R.spell(fn)}: {NO_BLOCKS} (its blocks were erased: add one, "
                "or remove the function)"]
    return _FunctionCheck(fn).run()


def verify_functions(module: Module, functions=None) -> list[str]:
    """The problems in ``functions`` (default: every parsed definition of ``module``)."""
    problems: list[str] = []
    for fn in module.functions if functions is None else functions:
        if fn.module is not module:
            continue  # removed since
        problems.extend(verify_function(fn))
        if len(problems) >= MAX_PROBLEMS:
            break
    return problems[:MAX_PROBLEMS]


def check_functions(module: Module, functions=None) -> None:
    """Raise ``VerifyError`` if ``verify_functions`` finds problems."""
    problems = verify_functions(module, functions)
    if problems:
        raise VerifyError(problems)


class _FunctionCheck:
    def __init__(self, fn: Function) -> None:
        self.fn = fn
        self.module = fn.module
        self.problems: list[str] = []
        self._namer = None

    def text(self, value: Value) -> str:
        from irpass.ir.writer import value_text

        try:
            return value_text(value)
        except ValueError:
            return repr(value)

    def report(self, message: str, inst: Value | None = None) -> None:
        where = f"in function {R.spell(self.fn)}: "
        detail = f"\n  {self.text(inst)}" if inst is not None else ""
        self.problems.append(where + message + detail)

    def run(self) -> list[str]:
        fn = self.fn
        preds: dict[int, list[BasicBlock]] = {}
        names: set[str] = {a.name for a in fn.args if a.name is not None}
        for block in fn.blocks:
            if block.parent is not fn:
                self.report("block's parent is not the function it is in", block)
            if block.name is not None:
                self.name(block, names)
            term = block.instructions[-1] if block.instructions else None
            if term is None or not term.is_terminator:
                self.report(f"Basic Block in function '{fn.name}' does not have terminator!",
                            block)
            elif term.is_terminator:
                for succ in term.successors:
                    preds.setdefault(id(succ), []).append(block)
        entry = fn.blocks[0]
        if id(entry) in preds:
            self.report("Entry block to function must not have predecessors!", entry)
        for block in fn.blocks:
            self.block(block, preds.get(id(block), []), names)
            if len(self.problems) >= MAX_PROBLEMS:
                break
        if not self.problems:
            for definition, user in undominated_uses(fn)[:MAX_PROBLEMS]:
                if definition is user:
                    self.report("Only PHI nodes may reference their own value!", user)
                else:
                    self.report("Instruction does not dominate all uses!\n  "
                                + self.text(definition), user)
        return self.problems

    def name(self, value: Value, names: set[str]) -> None:
        if value.name in names:
            self.report(f"multiple definition of local value named '{value.name}'", value)
        names.add(value.name)  # type: ignore[arg-type]

    def block(self, block: BasicBlock, preds: list[BasicBlock], names: set[str]) -> None:
        insts = block.instructions
        last = len(insts) - 1
        seen_other = False
        for i, inst in enumerate(insts):
            if inst.parent is not block:
                self.report("instruction's parent is not the block it is in", inst)
            if inst.is_terminator and i != last:
                self.report(R.TERMINATOR_IN_MIDDLE, inst)
            if inst.opcode == "phi":
                if seen_other:
                    self.report("PHI nodes not grouped at top of basic block!", inst)
                self.phi(inst, preds)
            else:
                seen_other = True
            if inst.name is not None:
                self.name(inst, names)
            self.operands(inst)
            for record in inst.debug_records:
                self.operands(record, inst)
            self.types(inst)

    # ---- where operands live ------------------------------------------------------------
    def operands(self, user: User, at: Instruction | None = None) -> None:
        at = at or user  # type: ignore[assignment]
        deep = isinstance(user, (DebugRecord, Instruction))
        todo = [user.operands]
        while todo:
            for op in todo.pop():
                cls = op.__class__
                if cls is Constant or cls is MetadataOperand:
                    if deep and op.operands:  # type: ignore[attr-defined]
                        todo.append(op.operands)  # type: ignore[attr-defined]
                    continue
                msg = self.where(op)
                if msg is not None:
                    self.report(msg, at)

    def where(self, op: Value) -> str | None:
        fn = self.fn
        if isinstance(op, Instruction):
            if op.parent is None:
                return "Instruction referencing instruction not embedded in a basic block!"
            if op.parent.parent is not fn:
                return "Referring to an instruction in another function!"
        elif isinstance(op, BasicBlock):
            if op.parent is not fn:
                return "Referring to a basic block in another function!"
        elif isinstance(op, Argument):
            if op.function is not fn:
                return "Referring to an argument in another function!"
        elif isinstance(op, (Function, GlobalVariable, GlobalAlias)):
            if op.module is not self.module or self.module is None or (
                    op.name is not None and self.module.globals.get(op.name) is not op):
                return f"Referencing global {R.spell(op)} that is not in the module!"
        elif op.__class__.__name__ == "Placeholder":
            return f"use of undefined value '{op.ref()}'"
        return None

    # ---- phis -----------------------------------------------------------------------------
    def phi(self, inst: Instruction, preds: list[BasicBlock]) -> None:
        incoming = inst.incoming
        if sorted(id(b) for _, b in incoming) != sorted(id(b) for b in preds) and \
                {id(b) for _, b in incoming} != {id(b) for b in preds}:
            self.report("PHINode should have one entry for each predecessor of its parent "
                        "basic block!", inst)
        for value, _ in incoming:
            if not R.same_type(value.type, inst.type):
                self.report(R.mismatch(R.spell(value), value.type, inst.type), inst)

    # ---- types ----------------------------------------------------------------------------
    def types(self, inst: Instruction) -> None:
        op = inst.opcode
        ops = inst.operands
        msg: str | None = None
        if isinstance(inst, CallInst):
            self.call(inst)
            return
        if op in R.INT_BINOPS or op in R.FP_BINOPS:
            msg = R.binop_error(op, inst.type) or self.same(ops, inst.type)
        elif op == "fneg":
            msg = R.fneg_error(inst.type) or self.same(ops, inst.type)
        elif op in ("icmp", "fcmp") and len(ops) == 2:
            msg = R.cmp_error(op, inst.predicate or "", ops[0].type) or \
                self.same(ops[1:], ops[0].type)
        elif op in R.CASTS and ops:
            msg = R.cast_error(op, ops[0].type, inst.type)
        elif op == "select" and len(ops) == 3:
            msg = R.select_error(ops[0].type, ops[1].type, ops[2].type) or \
                self.same(ops[1:], inst.type)
        elif op == "br":
            if len(ops) == 3:
                msg = R.branch_error(ops[0].type)
            if msg is None and not all(isinstance(b, BasicBlock) for b in ops[-2 if len(ops) == 3
                                                                              else 0:]):
                msg = "branch destination is not a basic block"
        elif op == "ret":
            msg = R.return_error(ops[0].type if ops else None, self.fn.return_type)
        elif op == "load" and ops:
            msg = R.load_error(ops[0].type)
        elif op == "store" and len(ops) >= 2:
            msg = R.store_error(ops[1].type)
        elif op == "getelementptr" and ops:
            msg = R.gep_error(ops[0].type)
        if msg is not None:
            self.report(msg, inst)

    @staticmethod
    def same(ops: list[Value], want) -> str | None:
        for v in ops:
            if not isinstance(v, (MetadataOperand,)) and not R.same_type(v.type, want):
                return R.mismatch(R.spell(v), v.type, want)
        return None

    def call(self, inst: CallInst) -> None:
        for a in inst.args:
            v = inst.operands[a.index]
            if not isinstance(v, (MetadataOperand, Constant)) and not R.same_type(v.type,
                                                                                  a.type):
                self.report(R.mismatch(R.spell(v), v.type, a.type), inst)
        ft = inst.fn_type
        if "(" in inst.fn_type_text:
            for _, msg in R.call_errors(ft, [a.type for a in inst.args]):
                self.report(msg, inst)
