"""Hjælp → Tastaturgenveje: the table of ui/shortcuts.py, as the receptionist reads it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.shortcuts import shortcut_table


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Tastaturgenveje"))
        entries = shortcut_table()
        self.table = QTableWidget(len(entries), 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Tast"), self.tr("Hvad sker der")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, entry in enumerate(entries):
            keys = " / ".join(sequence.toString(QKeySequence.SequenceFormat.NativeText)
                              for sequence in entry.sequences)
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(entry.text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 480)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)

    def listed_keys(self) -> list[str]:
        """Every key shown, in portable text (for tests)."""
        keys = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            keys += [QKeySequence(k.strip()).toString() for k in item.text().split(" / ")]
        return keys
