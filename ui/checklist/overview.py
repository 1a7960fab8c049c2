"""Upcoming consultations with what is still missing, to ring the patients who need it.

Three filters (all that are on must hold): images missing, blood thinner pause not
agreed, scan too old. Double-click, Enter or "Åbn" asks to open the caller;
"Ring op" asks to ring the row's number.

At 100,000 callers the upcoming consultations run into thousands: the table shows the
soonest :data:`SHOWN` (and says so), its columns have fixed widths instead of being
measured over every row, and a refresh asked for while the tab is hidden waits until
it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reception.checklist import FILTERS, OverviewRow, StorageUnavailable, upcoming_consultations
from reception.content import Content
from ui.checklist.overview_model import OverviewModel
from ui.messages import message_of

SHOWN = 500  # rows read and shown; the soonest consultations are the ones to ring
# The first screenful (and some) is read before the table paints, the rest of the SHOWN
# rows in chunks on a timer, each an event pass of its own: all 500 at once took ~60 ms
# of CPU at 100,000 callers, most of it building the rows.
FIRST_ROWS = 60
MORE_ROWS = 110
MORE_DELAY_MS = 10
# Column widths in average characters of the table's font (the last column stretches).
WIDTHS = {OverviewModel.DATE: 15, OverviewModel.TIME: 6, OverviewModel.NAME: 24,
          OverviewModel.PHONE: 13, OverviewModel.PROGRESS: 8, OverviewModel.FLAGS: 28}

FILTER_STYLE = (
    "QPushButton { padding: 3px 8px; }"
    "QPushButton:checked { background: #e9c46a; border: 1px solid #b8860b; }"
)


class ChecklistOverview(QWidget):
    caller_requested = Signal(int)  # open this caller (their call screen / checklist)
    ring_requested = Signal(str)  # ring this number (the row's first phone)

    def __init__(self, content: Content, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.setObjectName("checklistOverview")
        self._today = today
        self._stale = False  # a refresh was asked for while hidden
        self._generation = 0  # a refresh's later chunks stop when a newer refresh starts
        titles = {step.id: f"{step.number} {step.title}" for step in content.steps}
        self.model = OverviewModel(titles, self)

        self.filter_buttons: dict[str, QPushButton] = {}
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Vis kun:"), self))
        labels = {"missing_images": self.tr("Mangler billeder"),
                  "pause_not_agreed": self.tr("Blodfortyndende: pause ikke aftalt"),
                  "scan_too_old": self.tr("Scanning for gammel")}
        for code in FILTERS:
            button = QPushButton(labels[code], self)
            button.setObjectName(f"filter_{code}")
            button.setCheckable(True)
            button.setStyleSheet(FILTER_STYLE)
            button.toggled.connect(lambda _on: self.refresh())
            self.filter_buttons[code] = button
            filters.addWidget(button)
        filters.addStretch(1)

        self.table = QTableView(self)
        self.table.setObjectName("checklistOverviewTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(OverviewModel.MISSING, QHeaderView.ResizeMode.Stretch)
        char = self.table.fontMetrics().averageCharWidth()
        for column, chars in WIDTHS.items():
            header.resizeSection(column, chars * char + 12)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)

        self.status = QLabel(self)
        self.status.setObjectName("checklistOverviewStatus")
        self.ring_button = QPushButton(self.tr("Ring op"), self)
        self.ring_button.setObjectName("ringOverviewButton")
        self.ring_button.clicked.connect(self.ring_selected)
        self.open_button = QPushButton(self.tr("Åbn"), self)
        self.open_button.setObjectName("openCallerButton")
        self.open_button.clicked.connect(self.open_selected)
        self.refresh_button = QPushButton(self.tr("Opdatér"), self)
        self.refresh_button.setObjectName("refreshOverviewButton")
        self.refresh_button.clicked.connect(self.refresh)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.refresh_button)
        bottom.addWidget(self.ring_button)
        bottom.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def active_filters(self) -> list[str]:
        return [code for code, button in self.filter_buttons.items() if button.isChecked()]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:  # after the event: the tab that showed it may refresh it first
            QTimer.singleShot(0, self._refresh_if_stale)

    def _refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the upcoming consultations again; while hidden, when next shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._generation += 1
        filters = self.active_filters()
        first = min(FIRST_ROWS, SHOWN)
        rows = self._read(filters, 0, first)
        if rows is None:
            return
        self.model.set_rows(rows[:first])
        self._after_chunk(filters, more=len(rows) > first)

    def _read(self, filters: list[str], offset: int, size: int) -> list[OverviewRow] | None:
        """``size`` rows from ``offset``, and one more to tell whether more follow."""
        try:
            return upcoming_consultations(self._today(), filters, limit=size + 1,
                                          offset=offset)
        except StorageUnavailable as error:
            self.status.setText(message_of(error))
            return None

    def _after_chunk(self, filters: list[str], more: bool) -> None:
        shown = self.model.row_count()
        if more and shown < SHOWN:
            self._show_status(shown, filters, reading=True)
            generation = self._generation
            QTimer.singleShot(MORE_DELAY_MS, lambda: self._read_more(generation, filters))
        else:
            self._show_status(shown + 1 if more else shown, filters)

    def _read_more(self, generation: int, filters: list[str]) -> None:
        """The next chunk, unless a newer refresh (or a hidden tab) replaced this one."""
        if generation != self._generation:
            return
        if not self.isVisible():
            self._stale = True
            return
        shown = self.model.row_count()
        size = min(MORE_ROWS, SHOWN - shown)
        rows = self._read(filters, shown, size)
        if rows is None:
            return
        self.model.append_rows(rows[:size])
        self._after_chunk(filters, more=len(rows) > size)

    def _show_status(self, count: int, filters: list[str], reading: bool = False) -> None:
        """``count`` rows found; above SHOWN, SHOWN of them shown; »…« while reading more."""
        if count > SHOWN:
            text = self.tr("Over {n} kommende konsultationer; de {n} første vises.").format(
                n=SHOWN)
        elif count == 0:
            text = (self.tr("Ingen kommende konsultationer passer på filtrene.") if filters
                    else self.tr("Ingen kommende konsultationer."))
        elif count == 1:
            text = self.tr("1 kommende konsultation.")
        else:
            text = self.tr("{n} kommende konsultationer.").format(n=count)
        if filters and count:
            text = text.removesuffix(".") + " " + self.tr("(filtreret).")
        if reading:
            text = text.removesuffix(".") + " …"
        self.status.setText(text)

    def open_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_index(index)

    def ring_selected(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.model.rows) and self.model.rows[row].phone:
            self.ring_requested.emit(self.model.rows[row].phone)

    def _open_index(self, index: QModelIndex) -> None:
        caller_id = self.model.caller_id(index.row())
        if caller_id is not None:
            self.caller_requested.emit(caller_id)
