"""The overview rows as a table model (tested without a widget)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QColor

from reception.checklist import FLAG_LABELS, STEP_IDS, OverviewRow
from ui.colours import DONE, ERROR
from ui.formats import clock, long_date, weekday_short_date
from ui.messages import labels_of
from ui.models.base import AnyIndex, HeaderedTableModel

CallerIdRole = Qt.ItemDataRole.UserRole + 1


class OverviewModel(HeaderedTableModel):
    DATE, TIME, NAME, PHONE, PROGRESS, FLAGS, MISSING = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("OverviewModel", "Dato"),
        QT_TRANSLATE_NOOP("OverviewModel", "Kl."),
        QT_TRANSLATE_NOOP("OverviewModel", "Navn"),
        QT_TRANSLATE_NOOP("OverviewModel", "Telefon"),
        QT_TRANSLATE_NOOP("OverviewModel", "Klaret"),
        QT_TRANSLATE_NOOP("OverviewModel", "OBS"),
        QT_TRANSLATE_NOOP("OverviewModel", "Mangler"),
    )

    def __init__(self, step_titles: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self._titles = step_titles  # step id → "2 Røntgen eller scanning" (from the content)
        self.rows: list[OverviewRow] = []

    def set_rows(self, rows: list[OverviewRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: list[OverviewRow]) -> None:
        if not rows:
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def caller_id(self, row: int) -> int | None:
        return self.rows[row].caller_id if 0 <= row < len(self.rows) else None

    def row_count(self) -> int:
        return len(self.rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == CallerIdRole:
            return row.caller_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.DATE and row.consultation_date:
                return long_date(row.consultation_date)
            if column in (self.MISSING, self.FLAGS):
                return self._text(row, column).replace(" · ", "\n")
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.FLAGS and row.flags:
                return QColor(ERROR)
            if column == self.PROGRESS and not row.missing:
                return QColor(DONE)
        return None

    def _text(self, row: OverviewRow, column: int) -> str:
        if column == self.DATE:
            day = row.consultation_date
            if day is None:
                return self.tr("Ingen dato")
            return weekday_short_date(day)
        if column == self.TIME:
            return clock(row.consultation_time)
        if column == self.NAME:
            return row.name
        if column == self.PHONE:
            return row.phone
        if column == self.PROGRESS:
            return self.tr("{done} af {steps}").format(done=row.done_count,
                                                       steps=len(STEP_IDS))
        if column == self.MISSING:
            return " · ".join(self._titles.get(step, step) for step in row.missing)
        if column == self.FLAGS:
            return " · ".join(labels_of(row.flags, FLAG_LABELS))
        return ""
