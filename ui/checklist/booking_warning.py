"""A warning line beside a consultation date and time: closed day, holiday, past, time taken.

Reusable wherever a consultation is booked (the checklist's booking step, the end-of-call
dialog): ``check(day, at, caller_id, today)`` shows the warnings and returns them.
"""

from __future__ import annotations

import logging
from datetime import date, time

from PySide6.QtWidgets import QLabel, QWidget

from reception.checklist import BookingWarning, StorageUnavailable, booking_warnings
from ui.colours import WARNING, WARNING_BACKGROUND
from ui.messages import message_of

log = logging.getLogger(__name__)

STYLE = f"background:{WARNING_BACKGROUND}; color:{WARNING}; padding:4px; border-radius:4px"


class BookingWarningLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookingWarning")
        self.setWordWrap(True)
        self.setStyleSheet(STYLE)
        self.warnings: list[BookingWarning] = []
        self.hide()

    def check(self, day: date | None, at: time | None, caller_id: int | None,
              today: date) -> list[BookingWarning]:
        try:
            self.warnings = booking_warnings(day, at, caller_id, today)
        except StorageUnavailable as error:  # the save will say so; no warning to show
            log.warning("Bookingadvarsler: %s", error.message)
            self.warnings = []
        self.setText("\n".join(f"⚠ {message_of(w)}" for w in self.warnings))
        self.setVisible(bool(self.warnings))
        return self.warnings
