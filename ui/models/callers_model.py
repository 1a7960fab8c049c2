"""Callers as a table that stays fast at 100,000 rows: ids up front, rows by the page."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from reception.calls import CallerSummary
from ui.models.base import AnyIndex, HeaderedTableModel

PAGE_SIZE = 256
MAX_PAGES = 64  # about 16,000 summaries cached; older pages are dropped

CallerIdRole = Qt.ItemDataRole.UserRole + 1


class CallersTableModel(HeaderedTableModel):
    NAME, PHONE, POSTCODE, TOWN, CALLS, LAST, CHECKLIST = range(7)
    HEADERS = ("Navn", "Telefon", "Postnr.", "By", "Opkald", "Seneste opkald", "Tjekliste")

    def __init__(self, fetch_page: Callable[[list[int]], list[CallerSummary]],
                 parent: Any = None, *,
                 fetch_progress: Callable[[list[int]], dict[int, int]] | None = None,
                 steps: int = 6) -> None:
        super().__init__(parent)
        self._fetch_page = fetch_page
        self._fetch_progress = fetch_progress
        self._steps = steps
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, CallerSummary]] = OrderedDict()
        self._progress: dict[int, dict[int, int]] = {}  # page number → caller id → done

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._pages.clear()
        self._progress.clear()
        self.endResetModel()

    def caller_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_count(self) -> int:
        return len(self._ids)

    def _summary(self, row: int) -> CallerSummary | None:
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            ids = self._ids[page_no * PAGE_SIZE:(page_no + 1) * PAGE_SIZE]
            page = {s.id: s for s in self._fetch_page(ids)}
            self._pages[page_no] = page
            if self._fetch_progress is not None:
                self._progress[page_no] = self._fetch_progress(ids)
            if len(self._pages) > MAX_PAGES:
                dropped, _ = self._pages.popitem(last=False)
                self._progress.pop(dropped, None)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._ids[row])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == CallerIdRole:
            return self._ids[index.row()]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        summary = self._summary(index.row())
        if summary is None:
            return None
        column = index.column()
        if column == self.NAME:
            return summary.name
        if column == self.PHONE:
            return ", ".join(summary.phones)
        if column == self.POSTCODE:
            return summary.postcode
        if column == self.TOWN:
            return summary.town
        if column == self.CALLS:
            return summary.call_count
        if column == self.LAST and summary.last_call_at:
            return summary.last_call_at.astimezone().strftime("%d.%m.%Y")
        if column == self.CHECKLIST:
            done = self._progress.get(index.row() // PAGE_SIZE, {}).get(summary.id)
            return None if done is None else f"{done} af {self._steps}"
        return None
