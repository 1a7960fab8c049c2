"""The audit trail as a table: ids up front, rows read a page at a time as they are shown."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from reception.privacy.audit_log import AuditLine
from ui.models.base import AnyIndex, HeaderedTableModel

PAGE_SIZE = 256
MAX_PAGES = 32


class AuditTableModel(HeaderedTableModel):
    AT, USER, ACTION, ABOUT, SUMMARY = range(5)
    HEADERS = ("Tidspunkt", "Medarbejder", "Handling", "Om", "Detaljer")

    def __init__(self, fetch_lines: Callable[[list[int]], list[AuditLine]],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch_lines = fetch_lines
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, AuditLine]] = OrderedDict()

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._pages.clear()
        self.endResetModel()

    def row_count(self) -> int:
        return len(self._ids)

    def line(self, row: int) -> AuditLine | None:
        if not 0 <= row < len(self._ids):
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            ids = self._ids[number * PAGE_SIZE:(number + 1) * PAGE_SIZE]
            page = {line.id: line for line in self._fetch_lines(ids)}
            if page:  # an empty answer (database busy) is asked again next time
                self._pages[number] = page
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page.get(self._ids[row])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        line = self.line(index.row())
        if line is None:
            return None
        column = index.column()
        if column == self.AT:
            return f"{line.at.astimezone():%d.%m.%Y %H:%M:%S}"
        if column == self.USER:
            return line.user or "—"
        if column == self.ACTION:
            return line.action
        if column == self.ABOUT:
            return line.about
        return line.summary
