"""The screen lock: hides patient data after idle time or on Ctrl+L, until unlocked.

``LockScreen(window, accepts, hint)`` puts an opaque cover over ``window`` (and a
plain cover over any other open window, such as a dialog, which stays open
underneath) and swallows keyboard and mouse input and shortcuts meant for
anything but its own field until ``accepts(typed)`` is true: the PIN (stored
hashed) or the database passphrase; see ``reception.safety.settings.unlock_accepts``.
After three wrong entries the field closes for a doubling wait
(``reception.safety.unlock_throttle``). ``record(action)``, when given, is told
``screen.lock``, ``screen.unlock`` and ``screen.unlock_failed`` for the audit trail.

``IdleLock(lock_screen, minutes)`` locks after that many minutes without a key
press or mouse movement anywhere in the app (0 = never); ``install_lock_shortcut``
adds the Ctrl+L action.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QCursor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reception.safety.unlock_throttle import UnlockThrottle
from ui.messages import message_of
from ui.shortcuts import shortcut
from ui.translations import plural

LOCK_SHORTCUT = shortcut("lock").sequences[0]  # ui/shortcuts.py lists every key
_INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
    QEvent.Type.Shortcut, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel, QEvent.Type.ContextMenu,
}
IDLE_PAUSE_MS = 2000  # after input, the idle lock looks away this long (see IdleLock)
_ACTIVITY_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class _Cover(QFrame):
    """An opaque panel filling its parent window, kept on top of it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#2b2f36"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False


class LockScreen(_Cover):
    locked_changed = Signal(bool)

    def __init__(self, window: QWidget, accepts: Callable[[str], bool],
                 hint: Callable[[], str], *, throttle: UnlockThrottle | None = None,
                 record: Callable[[str], None] | None = None) -> None:
        super().__init__(window)
        self.setObjectName("lockScreen")
        self._window = window
        self._accepts = accepts
        self._hint = hint
        self._record = record or (lambda action: None)
        self.throttle = throttle or UnlockThrottle()
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._show_wait)
        self._covers: list[_Cover] = []
        title = QLabel(self.tr("Skærmen er låst"), self)
        title.setObjectName("lockTitle")
        title.setStyleSheet("color:white; font-size:20pt;")
        self.hint = QLabel(self)
        self.hint.setObjectName("lockHint")
        self.hint.setStyleSheet("color:#ddd;")
        self.hint.setWordWrap(True)
        self.hint.setMinimumWidth(320)  # centred in the layout, it would shrink to a sliver
        self.hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("unlockEdit")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setMinimumWidth(240)
        self.edit.setMaximumWidth(320)
        self.edit.returnPressed.connect(self.try_unlock)
        self.error = QLabel(self)
        self.error.setObjectName("unlockError")
        self.error.setStyleSheet("color:#f99;")
        button = self.button = QPushButton(self.tr("Lås op"), self)
        button.setObjectName("unlockButton")
        button.setMinimumWidth(240)
        button.setMaximumWidth(320)
        button.clicked.connect(self.try_unlock)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, self.hint, self.edit, self.error, button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.hide()

    _filtering = False

    @property
    def locked(self) -> bool:
        return self._filtering

    def lock(self) -> None:
        if self._filtering:
            return
        self.hint.setText(message_of(self._hint()))
        self.error.clear()
        self.edit.clear()
        self._show_wait()
        self.setGeometry(self._window.rect())
        self.show()
        self.raise_()
        for widget in QApplication.topLevelWidgets():
            if widget is not self._window and widget.isVisible() and widget.isWindow():
                cover = _Cover(widget)
                cover.setObjectName("lockCover")
                cover.show()
                cover.raise_()
                self._covers.append(cover)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._filtering = True
        self.edit.setFocus()
        self._record("screen.lock")
        self.locked_changed.emit(True)

    def try_unlock(self) -> bool:
        if self.throttle.seconds_to_wait():
            return False
        if not self._accepts(self.edit.text()):
            self.edit.clear()
            self._record("screen.unlock_failed")
            if self.throttle.failed():
                self._show_wait()
            else:
                self.error.setText(self.tr("Forkert – prøv igen."))
            return False
        self.throttle.succeeded()
        self._record("screen.unlock")
        self.unlock()
        return True

    def _show_wait(self) -> None:
        """Close the field while the throttle says wait, with a countdown."""
        seconds = self.throttle.seconds_to_wait()
        waiting = seconds > 0
        self.edit.setEnabled(not waiting)
        self.button.setEnabled(not waiting)
        if waiting:
            failures = self.throttle.failures
            self.error.setText(
                plural(failures, self.tr("Forkert {n} gang."), self.tr("Forkert {n} gange."))
                + " " + self.tr("Prøv igen om {wait}.").format(wait=self._duration(seconds))
            )
            if not self._countdown.isActive():
                self._countdown.start()
            return
        self._countdown.stop()
        if self.throttle.failures:
            self.error.setText(self.tr("Prøv igen."))
        self.edit.setFocus()

    def _duration(self, seconds: int) -> str:
        if seconds < 60:
            return plural(seconds, self.tr("{n} sekund"), self.tr("{n} sekunder"))
        minutes, rest = divmod(seconds, 60)
        return self.tr("{minutes}:{seconds:02d} minutter").format(minutes=minutes, seconds=rest)

    def unlock(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._filtering = False
        for cover in self._covers:
            cover.deleteLater()
        self._covers.clear()
        self.edit.clear()
        self.hide()
        self.locked_changed.emit(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._filtering and event.type() in _INPUT_EVENTS and self._window.isVisible():
            return not self._inside(watched)  # a closed window guards nothing
        return super().eventFilter(watched, event)

    def _inside(self, watched: QObject) -> bool:
        node: QObject | None = watched
        while node is not None:
            if node is self:
                return True
            node = node.parent()
        return False


class IdleLock(QObject):
    """Locks ``screen`` after ``minutes`` without input (``interval_ms`` for tests).

    Input is noticed by an application-wide event filter, a Python call for every
    event of the app (about fifty per keystroke). So the filter only waits for the
    first input: having seen it, it steps aside for a short pause (``pause_ms``: at
    most :data:`IDLE_PAUSE_MS`, a twentieth of the idle time) and then watches again,
    counting a mouse that moved meanwhile as input. Typing costs one filtered event a
    pause, and the lock comes at most one pause early.
    """

    def __init__(self, screen: LockScreen, minutes: int, *,
                 interval_ms: int | None = None) -> None:
        super().__init__(screen)
        self._screen = screen
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._idle)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.timeout.connect(self._watch)
        self._watching = False
        self._cursor_at = QCursor.pos()
        self.set_minutes(minutes, interval_ms=interval_ms)
        screen.locked_changed.connect(self._locked_changed)
        self._watch()

    def set_minutes(self, minutes: int, *, interval_ms: int | None = None) -> None:
        self._timer.stop()
        interval = interval_ms if interval_ms is not None else minutes * 60_000
        self._pause.setInterval(max(1, min(IDLE_PAUSE_MS, interval // 20)))
        if interval > 0:
            self._timer.setInterval(interval)
            self._timer.start()

    @property
    def active(self) -> bool:
        return self._timer.interval() > 0 and self._timer.isActive()

    @property
    def watching(self) -> bool:
        """Whether the event filter is installed (False during a pause after input)."""
        return self._watching

    def _idle(self) -> None:
        self._screen.lock()

    def _locked_changed(self, locked: bool) -> None:
        if not locked and self._timer.interval() > 0:
            self._timer.start()

    def _input(self) -> None:
        if not self._screen.locked and self._timer.interval() > 0:
            self._timer.start()

    def _watch(self) -> None:
        """After a pause: a mouse moved meanwhile counts as input; then watch again."""
        cursor = QCursor.pos()
        if cursor != self._cursor_at:
            self._cursor_at = cursor
            self._input()
        app = QApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY_EVENTS:
            self._input()
            app = QApplication.instance()
            if app is not None and self._watching:
                app.removeEventFilter(self)
                self._watching = False
                self._cursor_at = QCursor.pos()
                self._pause.start()
        return False


def install_lock_shortcut(window: QWidget, screen: LockScreen) -> QAction:
    """The "Lås skærmen" action (Ctrl+L) on ``window``; add it to a menu as well."""
    action = QAction(QCoreApplication.translate("LockScreen", "&Lås skærmen"), window)
    action.setObjectName("lockScreenAction")
    action.setShortcut(LOCK_SHORTCUT)
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    action.triggered.connect(screen.lock)
    window.addAction(action)
    return action
