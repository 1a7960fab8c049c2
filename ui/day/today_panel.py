"""»I dag«: callbacks due, sheets promised and not sent, consultations to prepare, open calls.

Everything comes from ``reception.today.day_overview``; every button goes out through a
signal the workspace already handles (ring, resume, show the person, send a sheet).
``total`` is the tab's count; ``refreshed`` says it may have changed. After a change
elsewhere (a call ended, a checklist saved) ``schedule_refresh()`` reads the day once,
a moment later, however many changes came in a row.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from reception.calls import StorageUnavailable, start_callback_call
from reception.sheets.pending import mark_sheet_not_needed
from reception.today import DAYS_AHEAD, DayOverview, day_overview
from ui.call.ring_guard import LEAVE, RESUME, before_ringing
from ui.colours import ERROR
from ui.day.section import DaySection
from ui.formats import clock, day_month, day_month_time, weekday_date
from ui.messages import message_of

if TYPE_CHECKING:
    from ui.change_events import ChangeEvents

OVERDUE = ERROR


class TodayPanel(QWidget):
    call_started = Signal(int)  # a callback's outgoing draft call: resume it
    resume_requested = Signal(int)  # an unfinished call
    caller_requested = Signal(int)
    ring_requested = Signal(str)
    send_sheet_requested = Signal(int)  # caller id
    refreshed = Signal()

    def __init__(self, taken_by: str = "", parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.setObjectName("todayPanel")
        self.taken_by = taken_by
        self._today = today
        self.day: DayOverview | None = None
        self.events: ChangeEvents | None = None  # who rings what at the other desks
        self.total = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)

        self.heading = QLabel(self)
        self.heading.setObjectName("todayHeading")
        self.heading.setStyleSheet("font-weight:bold; font-size:12pt")
        self.status = QLabel(self)
        self.status.setObjectName("todayStatus")
        refresh = QPushButton(self.tr("Opdatér"), self)
        refresh.setObjectName("todayRefreshButton")
        refresh.clicked.connect(lambda: self.refresh())
        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addWidget(self.status, 1)
        head.addWidget(refresh)

        self.callbacks = DaySection(
            "todayCallbacks", self.tr("Tilbageringninger i dag og forfaldne"),
            [self.tr("Hvornår"), self.tr("Navn"), self.tr("Telefon"), self.tr("Grund")],
            self.tr("Ingen tilbageringninger i dag."), self)
        self.callbacks.add_button("todayRingButton", self.tr("Ring op nu"), self._ring_callback)
        self.callbacks.add_button("todayCallbackPersonButton", self.tr("Vis person"),
                                  lambda: self._show_person(self.callbacks))
        self.callbacks.table.activated.connect(self._ring_callback)

        self.sheets = DaySection(
            "todaySheets", self.tr("Ark at sende"),
            [self.tr("Navn"), self.tr("Lovet"), self.tr("Af"), self.tr("Venter")],
            self.tr("Ingen ark venter på at blive sendt."), self)
        self.sheets.add_button("todaySendSheetButton", self.tr("Send ark …"), self._send_sheet)
        self.sheets.add_button("todaySheetNotNeededButton", self.tr("Ikke nødvendigt"),
                               self._not_needed)
        self.sheets.table.activated.connect(self._send_sheet)

        self.consultations = DaySection(
            "todayConsultations",
            self.tr("Mangler før konsultationen (næste {n} dage)").format(n=DAYS_AHEAD),
            [self.tr("Dato"), self.tr("Kl."), self.tr("Navn"), self.tr("Telefon"),
             self.tr("Mangler")],
            self.tr("Alle konsultationer de næste {n} dage har billeder og aftale om "
                    "blodfortyndende.").format(n=DAYS_AHEAD), self)
        self.consultations.add_button("todayConsultationPersonButton", self.tr("Vis person"),
                                      lambda: self._show_person(self.consultations))
        self.consultations.add_button("todayConsultationRingButton", self.tr("Ring op"),
                                      self._ring_patient)
        self.consultations.table.activated.connect(
            lambda: self._show_person(self.consultations))

        self.drafts = DaySection(
            "todayDrafts", self.tr("Opkald, der ikke er afsluttet"),
            [self.tr("Startet"), self.tr("Navn eller nummer"), self.tr("Af"), self.tr("Noter")],
            self.tr("Ingen åbne opkald."), self)
        self.drafts.add_button("todayResumeButton", self.tr("Genoptag"), self._resume)
        self.drafts.table.activated.connect(self._resume)

        grid = QGridLayout()
        grid.addWidget(self.callbacks, 0, 0)
        grid.addWidget(self.sheets, 0, 1)
        grid.addWidget(self.consultations, 1, 0)
        grid.addWidget(self.drafts, 1, 1)
        for i in (0, 1):
            grid.setColumnStretch(i, 1)
            grid.setRowStretch(i, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(grid, 1)

    # --- reading ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        self.refresh()

    def schedule_refresh(self) -> None:
        self._timer.start()

    def refresh(self) -> None:
        self._timer.stop()
        today = self._today()
        self.heading.setText(self.tr("I dag · {day}").format(day=weekday_date(today)))
        try:
            day = day_overview(today)
        except StorageUnavailable as error:
            self.status.setText(message_of(error))
            return
        self.day = day
        self.callbacks.set_rows(
            [[self._when(c.days_overdue, c.due), c.caller_name, c.phone, c.reason]
             for c in day.callbacks],
            [OVERDUE if c.days_overdue else None for c in day.callbacks])
        self.sheets.set_rows(
            [[s.name or self.tr("(uden navn)"), day_month(s.promised_on), s.promised_by,
              self._waiting(s.days_waiting)] for s in day.sheets],
            [OVERDUE if s.days_waiting > 1 else None for s in day.sheets])
        self.consultations.set_rows([
            [day_month(t.row.consultation_date), clock(t.row.consultation_time),
             t.row.name, t.row.phone, self._missing(t.missing_images, t.pause_not_agreed)]
            for t in day.consultations])
        self.drafts.set_rows([
            [day_month_time(d.started_at), d.name or d.phone
             or self.tr("(intet navn endnu)"), d.taken_by,
             self.tr("{n} tegn").format(n=d.notes_length) if d.notes_length else ""]
            for d in day.drafts])
        self.total = day.total
        self.status.setText(self.tr("Intet at gøre lige nu.") if day.total == 0 else "")
        self.refreshed.emit()

    def _when(self, days_overdue: int, due: date) -> str:
        if days_overdue == 0:
            return self.tr("I dag")
        if days_overdue == 1:
            return self.tr("1 dag over ({date})").format(date=day_month(due))
        return self.tr("{n} dage over ({date})").format(n=days_overdue, date=day_month(due))

    def _waiting(self, days: int) -> str:
        if days == 0:
            return self.tr("siden i dag")
        return self.tr("1 dag") if days == 1 else self.tr("{n} dage").format(n=days)

    def _missing(self, images: bool, pause: bool) -> str:
        parts = []
        if images:
            parts.append(self.tr("billeder"))
        if pause:
            parts.append(self.tr("aftale om blodfortyndende"))
        return ", ".join(parts)

    # --- acting -------------------------------------------------------------------------

    def _ring_callback(self) -> None:
        row = self.callbacks.current_row()
        if self.day is None or row < 0:
            return
        entry = self.day.callbacks[row]
        decision = before_ringing(entry, self.events, self)
        if decision == RESUME:
            self.resume_requested.emit(entry.ringing_call)  # this desk's own call
            return
        if decision == LEAVE:
            return
        try:
            call_id = start_callback_call(entry.id, taken_by=self.taken_by)
        except StorageUnavailable as error:
            self.status.setText(message_of(error))
            return
        self.call_started.emit(call_id)
        self.refresh()

    def _show_person(self, section: DaySection) -> None:
        row = section.current_row()
        if self.day is None or row < 0:
            return
        if section is self.callbacks:
            self.caller_requested.emit(self.day.callbacks[row].caller_id)
        else:
            self.caller_requested.emit(self.day.consultations[row].row.caller_id)

    def _ring_patient(self) -> None:
        row = self.consultations.current_row()
        if self.day is not None and row >= 0 and self.day.consultations[row].row.phone:
            self.ring_requested.emit(self.day.consultations[row].row.phone)

    def _send_sheet(self) -> None:
        row = self.sheets.current_row()
        if self.day is not None and row >= 0:
            self.send_sheet_requested.emit(self.day.sheets[row].caller_id)

    def _not_needed(self) -> None:
        row = self.sheets.current_row()
        if self.day is None or row < 0:
            return
        pending = self.day.sheets[row]
        try:
            mark_sheet_not_needed(pending.caller_id, pending.call_id, by=self.taken_by)
        except StorageUnavailable as error:
            self.status.setText(message_of(error))
            return
        self.refresh()

    def _resume(self) -> None:
        row = self.drafts.current_row()
        if self.day is not None and row >= 0:
            self.resume_requested.emit(self.day.drafts[row].call_id)
