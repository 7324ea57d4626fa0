"""Reading a piece of IR into a module already built: one instruction, for the builder's
``parse_instruction``. The reader gives each module it reads this (``Module.reader``), so
that the model needs no parser of its own."""

from __future__ import annotations

from irpass.ir.function import Function
from irpass.ir.instructions import Instruction
from irpass.ir.module import Module
from irpass.ir.values import Placeholder, Value
from irpass.parser.errors import syntax_error
from irpass.parser.lazylark import lark, parser
from irpass.text.diagnostics import Source


class SnippetReader:
    """Reads text into an existing module (stateless: one is shared by every module)."""

    def instruction(self, text: str, module: Module, scope: dict[str, Value],
                    function: Function | None = None) -> Instruction:
        """One instruction read from ``text``, not inserted anywhere; ``scope`` maps local
        names (without ``%``) to values; ``@g`` is the module's global. Raises ``IRError``
        (located in ``text``) when it does not read, names an undefined value or breaks a
        rule the reader checks (``'%x' defined with type 'i32' but expected 'double'``);
        ``function`` is where it will go (what ``ret`` must return)."""
        from irpass.parser.readstate import ReadState
        from irpass.parser.treepath import TreeReader
        from irpass.parser.validate import check_instruction

        source = Source(text, "<instruction>")
        # Globals and named types are the module's; a fresh type cache.
        state = ReadState(source, module)
        state.at(text, 0)
        try:
            tree = parser().parse(text, start="instruction")
        except lark.exceptions.UnexpectedInput as e:
            raise syntax_error(source, e, 0) from None
        scope = dict(scope)  # the reader adds forward references and the result to it
        inst = TreeReader(state).instruction(tree, scope, [0])
        undefined = [v for v in (*scope.values(), *state.pending.values())
                     if isinstance(v, Placeholder)]
        if undefined:
            first = min(undefined, key=lambda p: p.pos[0])
            inst.drop_operands()
            raise source.error(first.pos[0], f"use of undefined value '{first.token}'")
        try:
            check_instruction(inst, source, module, function)
        except BaseException:
            inst.drop_operands()
            raise
        return inst


SNIPPETS = SnippetReader()
