"""Window geometry and splitter positions, kept in an ini file in the data folder.

Only Qt's own byte arrays are stored (never pickled objects), so an old or foreign
file can at worst be ignored.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget


class WindowState:
    def __init__(self, ini_path: Path) -> None:
        self._settings = QSettings(str(ini_path), QSettings.Format.IniFormat)

    def restore(self, window: QMainWindow, splitters: list[QSplitter]) -> bool:
        """Returns False when nothing was stored yet (first start)."""
        geometry = self._settings.value("window/geometry")
        restored = isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)
        if restored:  # saved on a larger screen (or before the laptop was undocked)
            fit_on_screen(window)
        state = self._settings.value("window/state")
        if isinstance(state, QByteArray):
            window.restoreState(state)
        self.restore_splitters(splitters)
        return bool(restored)

    def has_splitter(self, splitter: QSplitter) -> bool:
        """Whether the user has placed this splitter before (else the window sets it)."""
        return isinstance(self._settings.value(f"splitters/{splitter.objectName()}"), QByteArray)

    def restore_splitters(self, splitters: list[QSplitter]) -> None:
        for splitter in splitters:
            value = self._settings.value(f"splitters/{splitter.objectName()}")
            if isinstance(value, QByteArray):
                splitter.restoreState(value)

    def save(self, window: QMainWindow, splitters: list[QSplitter]) -> None:
        self._settings.setValue("window/geometry", window.saveGeometry())
        self._settings.setValue("window/state", window.saveState())
        for splitter in splitters:
            self._settings.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
        self._settings.sync()


def fit_on_screen(window: QWidget) -> None:
    """Shrink and move ``window`` so that all of it, frame included, is on its screen's
    available area (the part the taskbar leaves)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_w = frame.width() - window.width()
    extra_h = frame.height() - window.height()
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.x()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.y()), area.bottom() + 1 - frame.height())
    if QPoint(x, y) != frame.topLeft():
        window.move(x, y)
