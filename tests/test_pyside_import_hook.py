"""PySide6's import check, made cheap by ui/pyside_import_hook.py, answers as before."""

from __future__ import annotations

import json  # noqa: F401  (loaded, for the answers below)
import sys

import reception.paths  # noqa: F401
import ui.main_window  # noqa: F401  (``ui`` installs the cheaper check)
from ui.pyside_import_hook import install, uses_pyside


def test_the_cheaper_check_is_in_place() -> None:
    feature = sys.modules["shibokensupport.feature"]
    assert hasattr(feature._mod_uses_pyside, "original")
    assert install()  # a second install changes nothing
    assert not hasattr(feature._mod_uses_pyside.original, "original")


def test_every_loaded_module_gets_the_original_answer() -> None:
    original = sys.modules["shibokensupport.feature"]._mod_uses_pyside.original
    modules = [m for m in list(sys.modules.values()) if m is not None]
    answers = {m.__name__: uses_pyside(m, original) for m in modules}
    assert answers == {m.__name__: original(m) for m in modules}
    assert answers["ui.main_window"] and answers["ui"]
    assert not answers["json"] and not answers["reception.paths"]
