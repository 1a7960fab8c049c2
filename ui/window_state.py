"""Window geometry and splitter positions, kept in an ini file in the data folder.

Only Qt's own byte arrays are stored (never pickled objects), so an old or foreign
file can at worst be ignored.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter


class WindowState:
    def __init__(self, ini_path: Path) -> None:
        self._settings = QSettings(str(ini_path), QSettings.Format.IniFormat)

    def restore(self, window: QMainWindow, splitters: list[QSplitter]) -> bool:
        """Returns False when nothing was stored yet (first start)."""
        geometry = self._settings.value("window/geometry")
        restored = isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)
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
