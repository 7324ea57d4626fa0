"""Parsing with Python's cyclic garbage collector paused.

A parse allocates millions of objects that all stay alive (the model), and every few
hundred allocations the collector walks the young ones looking for cycles it never finds:
about a quarter of a full parse's time. Unused parse trees are freed by reference counting
either way; the collector is switched back on (if it was on) when the parse ends.

Two more walks are saved. When the parse ends, what it made is moved straight to the oldest
generation (``gc.freeze`` then ``gc.unfreeze``, which moves without walking): the collector
would otherwise walk all of it at its next young collection, only to find it alive; nothing
becomes uncollectable, the next full collection still looks at everything. And at interpreter
exit, the collection of what is left is skipped (``gc.freeze`` from ``atexit``): a read module
is one large cycle, and collecting it took up to a fifth of a short script's time, for memory
the operating system reclaims at once (the command line ends with ``os._exit`` for the same
reason). Neither is done when the program has frozen objects of its own.
"""

from __future__ import annotations

import atexit
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache


@contextmanager
def gc_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        if was_enabled:
            gc.enable()
        _skip_exit_collection()


def _freeze_at_exit() -> None:
    if gc.get_freeze_count() == 0:
        gc.freeze()


@cache
def _skip_exit_collection() -> None:
    atexit.register(_freeze_at_exit)
