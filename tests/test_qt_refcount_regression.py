"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void Qt call and
aborts the app within minutes (PITFALLS.md). This guards the pinned version."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QLineEdit


def test_void_qt_calls_keep_none_refcount(qtbot) -> None:
    label, edit = QLabel(), QLineEdit()
    qtbot.addWidget(label)
    qtbot.addWidget(edit)
    for _ in range(100):  # warm up caches that may hold a None legitimately
        label.setText("x")
        edit.clear()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        edit.clear()
    after = sys.getrefcount(None)
    assert after >= before - 50, f"None refcount fell from {before} to {after}"
