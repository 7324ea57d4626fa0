"""The root of irpass's exceptions.

Every error irpass raises on purpose derives from ``Error``: ``except irpass.errors.Error``
catches them all, and ``irpass.errors`` lists them. The root lives in the model because the
model imports nothing else of irpass; the layers above derive their own errors from it
(``IRError`` for text that does not read, ``PassError`` for a pass that cannot do its work,
``LLVMRejected`` for what LLVM refuses).
"""

from __future__ import annotations


class Error(Exception):
    """An error of irpass's; the message is for the user."""
