"""The audit trail as a table: ids up front, rows read a page at a time as they are shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from reception.privacy.audit_log import AuditLine
from ui.formats import date_time
from ui.messages import message_of
from ui.models.base import AnyIndex, HeaderedTableModel
from ui.models.row_pages import RowPages


class AuditTableModel(HeaderedTableModel):
    AT, USER, ACTION, ABOUT, SUMMARY = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditTableModel", "Tidspunkt"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Medarbejder"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Handling"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Om"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Detaljer"),
    )

    def __init__(self, fetch_lines: Callable[[list[int]], list[AuditLine]],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: RowPages[AuditLine] = RowPages(
            lambda ids: {line.id: line for line in fetch_lines(ids)}, max_pages=32)

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._rows.reset(ids)
        self.endResetModel()

    def row_count(self) -> int:
        return len(self._rows.ids)

    def line(self, row: int) -> AuditLine | None:
        return self._rows.get(row)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if role not in shown or not index.isValid():
            return None
        line = self.line(index.row())
        if line is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text when the column is narrow
            return (_details(line) or None) if column == self.SUMMARY else None
        if column == self.AT:
            return date_time(line.at, seconds=True)
        if column == self.USER:
            return line.user or "—"
        if column == self.ACTION:
            return message_of(line.action)
        if column == self.ABOUT:
            return message_of(line.about)
        return _details(line) or line.summary


def _details(line: AuditLine) -> str:
    """The details in the UI's language (the Danish ``details`` when there are no parts)."""
    if line.parts:
        return "; ".join(message_of(part) for part in line.parts)
    return line.details
