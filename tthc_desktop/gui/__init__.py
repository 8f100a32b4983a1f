"""The desktop GUI (PySide6): the only package that imports Qt.

Importing it first protects the process against a PySide6 bug seen with PySide6-Essentials 6.12 on
Python 3.11: every call of a Qt method that returns nothing (setText, update, processEvents ...) and every
QVariant-less result drops one reference to `None` without having taken it, and every `Signal.emit()` from
Python drops one reference to `True` (its result). On Python 3.12+ `None`, `True` and `False` are immortal
and nothing happens; on 3.11 their counts reach zero after a few thousand calls and the process aborts
("Fatal Python error: none_dealloc" / "bool_dealloc"), mid-session or at exit. These singletons are never
freed anyway, so giving them a huge reference count is the same immortality 3.12 has by design.
"""
from __future__ import annotations

import ctypes
import sys

_NONE_GUARD = 1 << 40  # ~1e12 leaked references before any risk: centuries of clicking


def protect_none_refcount() -> None:
    """Make `None`, `True` and `False` effectively immortal on CPython < 3.12 (a no-op elsewhere and when
    already done)."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        refcnt = ctypes.c_ssize_t.from_address(id(singleton))
        if refcnt.value < _NONE_GUARD // 2:
            refcnt.value += _NONE_GUARD


protect_none_refcount()
