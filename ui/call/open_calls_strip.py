"""The strip above the call form: every open call, which one is active, one click to switch.

A call on hold is never out of sight: while more than one call is open (or one
waits on hold) each open call has a button naming the
caller (or the number, or "Nyt opkald"), its place for Ctrl+1…9, how long it has
run, and whether what was typed is still unsaved.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from reception.calls import CallDesk, CallSession

PER_ROW = 4


class OpenCallsStrip(QFrame):
    chosen = Signal(object)  # CallSession

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openCallsStrip")
        self.setAccessibleName(self.tr("Åbne opkald"))
        self.setStyleSheet(
            "#openCallsStrip{background:#f3f0e6; border-radius:4px}"
            "#openCallsStrip QPushButton{padding:1px 8px; text-align:left}"
            "#openCallsStrip QPushButton:checked{background:#1f5f8b; color:white;"
            " border-radius:3px}"
        )
        outer = QHBoxLayout(self)
        outer.setContentsMargins(4, 1, 4, 1)
        self._title = QLabel(self.tr("Åbne opkald:"), self)
        outer.addWidget(self._title)
        # Rows of PER_ROW: many calls (old unfinished ones found at start) wrap onto
        # another row instead of widening the window past a laptop's screen.
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(4)
        self._grid.setVerticalSpacing(2)
        outer.addLayout(self._grid)
        outer.addStretch(1)
        self._buttons: list[QPushButton] = []
        self.hide()

    def show_desk(self, desk: CallDesk) -> None:
        """Show ``desk``'s calls: texts updated in place, rebuilt when calls came or went."""
        now = datetime.now(UTC)
        same = [b.property("session_id") for b in self._buttons] == [id(s) for s in desk.sessions]
        if same:
            for number, (button, session) in enumerate(zip(self._buttons, desk.sessions,
                                                           strict=True), start=1):
                button.setText(self._text(number, session, session is desk.active, now))
                button.setChecked(session is desk.active)
            self.setVisible(self.worth_showing(desk))
            return
        for button in self._buttons:
            self._grid.removeWidget(button)
            button.hide()  # deleted later; until then it must not paint over the new ones
            button.deleteLater()
        self._buttons = []
        for number, session in enumerate(desk.sessions, start=1):
            button = QPushButton(self._text(number, session, session is desk.active, now), self)
            button.setObjectName(f"openCall{number}")
            button.setCheckable(True)
            button.setChecked(session is desk.active)
            button.setProperty("session_id", id(session))
            if number <= 9:
                button.setToolTip(self.tr("Skift til dette opkald (Ctrl+{n})").format(n=number))
            button.clicked.connect(lambda _checked=False, s=session: self.chosen.emit(s))
            row, column = divmod(number - 1, PER_ROW)
            self._grid.addWidget(button, row, column)
            self._buttons.append(button)
        self.setVisible(self.worth_showing(desk))

    def buttons(self) -> list[QPushButton]:
        return list(self._buttons)

    @staticmethod
    def worth_showing(desk: CallDesk) -> bool:
        """Shown whenever a call waits: two or more open, or one on hold with none active.

        One active call alone is already in the form; the strip would only take a
        line of height from it on a laptop screen.
        """
        return len(desk.sessions) >= 2 or (bool(desk.sessions) and desk.active is None)

    def text(self) -> str:
        """Everything the strip says, for tests and screen readers."""
        return " | ".join(button.text() for button in self._buttons)

    def _text(self, number: int, session: CallSession, active: bool, now: datetime) -> str:
        who = session.label() or self.tr("Nyt opkald")
        if len(who) > 24:
            who = who[:23] + "…"
        minutes = max(0, int((now - session.started_at).total_seconds()) // 60)
        state = self.tr("aktiv") if active else self.tr("på hold")
        text = f"{number}. {who} · {state} · {minutes} min"
        if session.dirty and session.last_error is not None:
            text += " · " + self.tr("ikke gemt endnu")
        return text
