"""PySide6's look at every module imported after it, made cheap.

PySide6 watches imports so that a module can switch on its ``__feature__`` options
(snake_case, true_property). To know which modules use PySide6 it reads each newly
imported module's source through ``inspect.getsource`` and looks for the word
"PySide6" (``shibokensupport.feature._mod_uses_pyside``, PYSIDE-2029): on the way
to the first paint some 30 modules, about 4 ms. :func:`uses_pyside` gives the same
answer from the file's raw bytes, about a fifth of the time.

The hook is private to PySide6: where it is missing, nothing is changed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

MARK = b"PySide6"


def uses_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """PySide6's answer for ``module``: does its source name PySide6? ``fallback`` (the
    original check) answers for modules without a ``.py`` file of their own."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return fallback(module)
    try:
        with open(path, "rb") as source:
            return MARK in source.read()
    except OSError:
        return fallback(module)


def install() -> bool:
    """Put :func:`uses_pyside` in PySide6's place; False where PySide6 has no such check."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None:
        return False
    if hasattr(original, "original"):  # installed already
        return True

    def check(module: ModuleType) -> bool:
        return uses_pyside(module, original)

    check.original = original  # type: ignore[attr-defined]
    feature._mod_uses_pyside = check  # type: ignore[union-attr]
    return True
