"""One part of the day's view: a titled box with a count, a short table and its buttons.

A row is acted on by its buttons, or by double-click or Enter (``table.activated``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class DaySection(QGroupBox):
    """``set_rows(rows)``: each row a list of cell texts; ``current_row()`` the chosen index."""

    def __init__(self, name: str, title: str, headers: Sequence[str], empty_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._title = title
        self.count = 0
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName(f"{name}Table")
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = QLabel(empty_text, self)
        self.empty.setObjectName(f"{name}Empty")
        self.empty.setStyleSheet("color:#666")
        self.empty.setWordWrap(True)  # never widens the window
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        self.buttons.addStretch(1)
        self.set_rows([])

    def add_button(self, name: str, text: str, action: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(action)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button

    def set_rows(self, rows: Sequence[Sequence[str]],
                 colours: Sequence[str | None] = ()) -> None:
        self.count = len(rows)
        self.table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            colour = colours[r] if r < len(colours) else None
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if colour:
                    item.setForeground(QColor(colour))
                self.table.setItem(r, c, item)
        if rows and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        for i in range(self.buttons.count()):
            widget = self.buttons.itemAt(i).widget()
            if widget is not None:
                widget.setEnabled(bool(rows))
        self.setTitle(f"{self._title} ({len(rows)})" if rows else self._title)

    def current_row(self) -> int:
        row = self.table.currentRow()
        return row if 0 <= row < self.count else -1
