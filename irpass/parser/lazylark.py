"""lark, imported on first use.

The fast paths (``fastinst``, ``fasthead``, ``fastentity``, ``fastmd``) read most modules
clang and rustc write without the grammar; importing lark and loading its tables is then most
of a small module's run. The code that reads grammar trees names ``lark``, ``Tree`` and
``Token`` from here: each resolves to lark's on first use (``Token`` to lark's token classes,
lark-cython's included), so nothing of lark is imported until the grammar is needed.
"""

from __future__ import annotations


class _Lark:
    """The ``lark`` module, imported on first attribute access."""

    def __getattr__(self, name: str):
        import lark as module

        return getattr(module, name)


lark = _Lark()


class _LazyClass(type):
    """A stand-in for a class of lark's for ``isinstance`` and calls."""

    def __instancecheck__(cls, obj: object) -> bool:
        return isinstance(obj, cls.resolve())

    def __call__(cls, *args, **kwargs):
        return cls.resolve()(*args, **kwargs)

    def resolve(cls):
        raise NotImplementedError


class Tree(metaclass=_LazyClass):
    @staticmethod
    def resolve():
        import lark as module

        return module.Tree


class Token(metaclass=_LazyClass):
    @staticmethod
    def resolve():
        from irpass.parser.grammar import TOKEN_TYPES

        return TOKEN_TYPES


def parser():
    """The grammar's LALR parser (``irpass.parser.grammar.parser``)."""
    from irpass.parser.grammar import parser as grammar_parser

    return grammar_parser()
