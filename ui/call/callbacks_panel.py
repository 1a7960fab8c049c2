"""Callbacks: the overdue, today's and the coming days' (two weeks), by due date.

Ring now, no answer, or done. ``due_count`` (today's and the overdue) is the tab's count;
``refreshed`` tells the tabs when it may have changed.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reception.calls import (
    CallbackEntry,
    StorageUnavailable,
    callbacks_ahead,
    complete_callback,
    record_callback_attempt,
    start_callback_call,
)
from ui.call.ring_guard import LEAVE, RESUME, before_ringing, taken_text
from ui.colours import ERROR
from ui.formats import day_month
from ui.messages import message_of
from ui.translations import plural

ID_ROLE = Qt.ItemDataRole.UserRole
TAKEN_COLUMN = 5
REASON_COLUMN = 4  # »Grund«

if TYPE_CHECKING:
    from ui.change_events import ChangeEvents


DAYS_AHEAD = 14


class CallbacksPanel(QWidget):
    call_started = Signal(int)  # the draft call id of an outgoing callback call
    refreshed = Signal()  # the list (and ``due_count``) was read again

    def __init__(self, taken_by: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callbacksPanel")
        self.taken_by = taken_by
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("callbacksTable")
        self.table.setAccessibleName(self.tr("Tilbageringninger"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Hvornår"), self.tr("Navn"), self.tr("Telefon"), self.tr("Forsøg"),
             self.tr("Grund"), self.tr("Ringes op af")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # »Grund« takes the width that is left: on a large screen the columns fitted to
        # their text left half the table an empty grey field
        self.table.horizontalHeader().setSectionResizeMode(
            REASON_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.ring_now)
        self.status = QLabel(self)
        self.status.setObjectName("callbacksStatus")

        ring = QPushButton(self.tr("Ring op nu"), self)
        ring.setObjectName("ringCallbackButton")
        ring.clicked.connect(self.ring_now)
        attempt = QPushButton(self.tr("Intet svar"), self)
        attempt.setObjectName("callbackAttemptButton")
        attempt.clicked.connect(self.no_answer)
        done = QPushButton(self.tr("Klaret"), self)
        done.setObjectName("callbackDoneButton")
        done.clicked.connect(self.mark_done)
        buttons = QHBoxLayout()
        for button in (ring, attempt, done):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.entries: list[CallbackEntry] = []
        self.due_count = 0
        self.events: ChangeEvents | None = None  # who is at the other desks

    def refresh(self, today: date | None = None) -> None:
        today = today or date.today()
        try:
            self.entries = callbacks_ahead(today, DAYS_AHEAD)
        except StorageUnavailable as error:
            self.status.setText(message_of(error))
            return
        self.table.setRowCount(len(self.entries))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, entry in enumerate(self.entries):
            group = entry.when(today)
            cells = [f"{self._when(entry, today)} ({day_month(entry.due)})", entry.caller_name,
                     entry.phone, str(entry.attempts), entry.reason, self.taken_text(entry)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, entry.id)
                if group == "overdue":
                    item.setForeground(QColor(ERROR))
                elif group == "today":
                    item.setFont(bold)
                else:
                    item.setForeground(QColor("#555"))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(  # stretched again after that
            REASON_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.due_count = sum(1 for e in self.entries if e.when(today) != "coming")
        self.status.setText(self._summary(self.due_count, len(self.entries) - self.due_count))
        self.refreshed.emit()

    def taken_text(self, entry: CallbackEntry) -> str:
        return taken_text(entry, self.events)

    def show_taken(self) -> None:
        """The taken column again, after the other desks' presence changed."""
        for row, entry in enumerate(self.entries):
            item = self.table.item(row, TAKEN_COLUMN)
            if item is not None:
                item.setText(self.taken_text(entry))

    def _when(self, entry: CallbackEntry, today: date) -> str:
        days = (entry.due - today).days
        if days < 0:
            return plural(-days, self.tr("{n} dag over"), self.tr("{n} dage over"))
        if days == 0:
            return self.tr("I dag")
        if days == 1:
            return self.tr("I morgen")
        return self.tr("Om {n} dage").format(n=days)

    def _summary(self, due: int, coming: int) -> str:
        if due == 0:
            first = self.tr("Ingen tilbageringninger i dag.")
        else:
            first = plural(due, self.tr("{n} tilbageringning i dag eller forfalden."),
                           self.tr("{n} tilbageringninger i dag eller forfaldne."))
        if coming == 0:
            return first
        later = self.tr("Desuden {n} i de kommende {days} dage.").format(n=coming,
                                                                         days=DAYS_AHEAD)
        return f"{first} {later}"

    def selected(self) -> CallbackEntry | None:
        row = self.table.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def ring_now(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        decision = before_ringing(entry, self.events, self)
        if decision == RESUME:
            self.call_started.emit(entry.ringing_call)  # this desk's own call: back to it
            return
        if decision == LEAVE:
            return
        try:
            call_id = start_callback_call(entry.id, taken_by=self.taken_by)
        except StorageUnavailable as error:
            self.status.setText(message_of(error))
            return
        self.refresh()
        self.call_started.emit(call_id)

    def no_answer(self) -> None:
        entry = self.selected()
        if entry is not None:
            self._guard(lambda: record_callback_attempt(entry.id, by=self.taken_by))

    def mark_done(self) -> None:
        entry = self.selected()
        if entry is not None:
            self._guard(lambda: complete_callback(entry.id, by=self.taken_by))

    def _guard(self, action) -> None:  # noqa: ANN001
        try:
            action()
        except StorageUnavailable as error:
            self.status.setText(message_of(error))
            return
        self.refresh()
