"""Driving a screen by keys alone in a UI test, and the checks every screen must pass:
what Tab visits (in order), what a screen reader would call each stop, and that no two
Alt letters collide in one window."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QWidget,
)

MNEMONIC = re.compile(r"&([^&\s])")


def focused() -> QWidget:
    """The focus widget (after a dialog closes, its window gets the focus back a moment
    later: wait for it)."""
    for _ in range(100):
        if QApplication.focusWidget() is not None:
            break
        QTest.qWait(10)
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
          widget: QWidget | None = None) -> None:
    """One key, as the keyboard sends it: to the focused widget (or the open popup)."""
    target = widget or QApplication.activePopupWidget() or focused()
    QTest.keyClick(target, key, modifier)
    QApplication.processEvents()


def back_in(window: QWidget) -> QWidget:
    """After a message box over ``window`` closes, the window manager activates ``window``
    again (the offscreen platform does not): its focus widget is where typing goes."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        for _ in range(100):
            if QApplication.activeWindow() is window:
                break
            QTest.qWait(10)
    return focused()


def alt(key: Qt.Key) -> None:
    """Alt+letter: a button's mnemonic »clicks« it 100 ms later (QAbstractButton.animateClick)."""
    press(key, Qt.KeyboardModifier.AltModifier)
    QTest.qWait(150)


class Modal:
    """Keys for a dialog that blocks in exec(): ``Modal(kind, keys)`` before the key
    that opens it, ``check()`` after (raises what went wrong inside)."""

    def __init__(self, kind: type[QWidget], keys: Callable[[QWidget], None]) -> None:
        self.kind, self.keys = kind, keys
        self.failure: BaseException | None = None
        self.seen: QWidget | None = None
        QTimer.singleShot(20, self._run)

    def _run(self) -> None:
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if not isinstance(dialog, self.kind) or focus is None or focus.window() is not dialog:
            QTimer.singleShot(20, self._run)
            return
        self.seen = dialog
        try:
            self.keys(dialog)
        except BaseException as failure:  # noqa: BLE001 - raised again by check()
            self.failure = failure
            if dialog.isVisible():
                dialog.done(0)

    def check(self) -> QWidget:
        if self.failure is not None:
            raise self.failure
        assert self.seen is not None, f"no {self.kind.__name__} was shown"
        return self.seen


def until(condition: Callable[[], object], ms: int = 3000) -> None:
    """Wait for what a key started (a busy machine runs timers late)."""
    for _ in range(ms // 10):
        if condition():
            return
        QTest.qWait(10)
    assert condition()


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)
    QApplication.processEvents()


def tab_chain(backwards: bool = False, limit: int = 80) -> list[QWidget]:
    """The widgets Tab (Shift+Tab) visits from the focused one until it is back there;
    the focused widget first."""
    start = focused()
    chain = [start]
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    for _ in range(limit):
        press(key, modifier)
        now = focused()
        if now is chain[-1] and len(chain) > 1:
            continue  # a date's day, month, year: Tab goes through them, then on
        if now is start:
            return chain
        assert now not in chain, f"Tab goes round without {name_of(start)}: {names(chain)}"
        chain.append(now)
    raise AssertionError(f"Tab never came back: {names(chain)}")


def name_of(widget: QWidget) -> str:
    return widget.objectName() or f"<{type(widget).__name__} {accessible_name(widget)!r}>"


def names(widgets: list[QWidget]) -> list[str]:
    return [name_of(w) for w in widgets]


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says for ``widget``: its accessible name, else its buddy
    label's or button's text (Qt's own rules)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed(chain: list[QWidget]) -> list[str]:
    return [name_of(w) for w in chain if not accessible_name(w)]


def mnemonic_letters(window: QWidget) -> dict[str, list[str]]:
    """Alt letters of the visible buttons, buddied labels, group boxes and tabs of
    ``window`` (menus apart: each is its own window) → the texts that use them."""
    found: dict[str, list[str]] = {}

    def note(text: str) -> None:
        for letter in MNEMONIC.findall(text):
            found.setdefault(letter.casefold(), []).append(text)

    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton | QGroupBox):
            note(widget.text() if isinstance(widget, QAbstractButton) else widget.title())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            note(widget.text())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                note(widget.tabText(index))
    return found


def clashes(letters: dict[str, list[str]]) -> dict[str, list[str]]:
    return {letter: texts for letter, texts in letters.items() if len(texts) > 1}


def menu_letters(menu: QMenu) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for action in menu.actions():
        for letter in MNEMONIC.findall(action.text()):
            found.setdefault(letter.casefold(), []).append(action.text())
    return found
