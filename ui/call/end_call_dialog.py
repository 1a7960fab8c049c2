"""Ending a call: what came of it, several things at once.

A caller may book, want the information sheet and ask to be rung back, all in
one call: each outcome is a tick. "Konsultation booket" takes the consultation's
date and time (written into the checklist), "Ring tilbage" the day and reason.
"Ingen handling" stands alone.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from reception.calls import OUTCOMES, CallForm, validate_form
from ui.checklist.booking_warning import BookingWarningLabel
from ui.colours import ERROR_STYLE
from ui.messages import message_of, translated

# Alt+letter ticks an outcome: a whole call can be ended from the keyboard.
MNEMONICS = {"booked": "K", "send_sheet": "I", "call_back": "R", "no_action": "N"}


def _with_mnemonic(label: str, letter: str) -> str:
    """``label`` with ``&`` before the first ``letter`` (any case), if it has one."""
    at = label.lower().find(letter.lower()) if letter else -1
    return label if at < 0 else label[:at] + "&" + label[at:]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class EndCallDialog(QDialog):
    def __init__(self, form: CallForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("endCallDialog")
        self.setWindowTitle(self.tr("Afslut opkald"))
        self._form = form
        self.forced = False
        self._has_problems = False
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Hvad kom der ud af opkaldet? Sæt gerne flere "
                                         "kryds."), self))
        self.boxes: dict[str, QCheckBox] = {}
        for code, label in translated(OUTCOMES).items():
            box = QCheckBox(_with_mnemonic(label, MNEMONICS.get(code, "")), self)
            box.setObjectName(f"outcome_{code}")
            box.setProperty("code", code)
            box.toggled.connect(lambda on, c=code: self._toggled(c, on))
            self.boxes[code] = box
            layout.addWidget(box)
            if code == "booked":
                layout.addWidget(self._booking_box())
            elif code == "call_back":
                layout.addWidget(self._callback_box())

        self.problems = QLabel(self)
        self.problems.setObjectName("endCallProblems")
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.setWordWrap(True)
        layout.addWidget(self.problems)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Gem opkald"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveCallButton")
        self.save_button.setDefault(True)
        self.buttons.addButton(self.tr("Fortsæt samtalen"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.boxes["no_action"].setChecked(True)
        self._refresh()

    def _booking_box(self) -> QWidget:
        self.consultation_date = QDateEdit(self)
        self.consultation_date.setObjectName("consultationDateEdit")
        self.consultation_date.setCalendarPopup(True)
        self.consultation_date.setDisplayFormat(self.tr("dd.MM.yyyy"))
        self.consultation_date.setDate(_qdate(date.today() + timedelta(days=7)))
        self.consultation_time = QTimeEdit(self)
        self.consultation_time.setObjectName("consultationTimeEdit")
        self.consultation_time.setDisplayFormat("HH:mm")
        self.consultation_time.setTime(QTime(10, 0))
        self.consultation_known = QCheckBox(self.tr("Tidspunktet er aftalt"), self)
        self.consultation_known.setObjectName("consultationKnownBox")
        self.consultation_known.setChecked(True)
        self.consultation_known.toggled.connect(self._refresh)
        self.consultation_date.dateChanged.connect(self._refresh)
        self.consultation_time.timeChanged.connect(self._refresh)
        # A closed day, a holiday, the past or a time already taken: said before saving.
        self.booking_warning = BookingWarningLabel(self)
        form = QFormLayout()
        form.addRow(self.consultation_known)
        form.addRow(self.tr("Konsultation den"), self.consultation_date)
        form.addRow(self.tr("Klokken"), self.consultation_time)
        form.addRow(self.booking_warning)
        self.booking_box = QWidget(self)
        self.booking_box.setLayout(form)
        return self.booking_box

    def _callback_box(self) -> QWidget:
        self.callback_date = QDateEdit(self)
        self.callback_date.setObjectName("callbackDateEdit")
        self.callback_date.setCalendarPopup(True)
        self.callback_date.setDisplayFormat(self.tr("dd.MM.yyyy"))
        self.callback_date.setDate(_qdate(date.today() + timedelta(days=1)))
        self.callback_reason = QLineEdit(self)
        self.callback_reason.setObjectName("callbackReasonEdit")
        self.callback_reason.setPlaceholderText(self.tr("Hvorfor skal vi ringe tilbage?"))
        form = QFormLayout()
        form.addRow(self.tr("Ring tilbage den"), self.callback_date)
        form.addRow(self.tr("Grund"), self.callback_reason)
        self.callback_box = QWidget(self)
        self.callback_box.setLayout(form)
        return self.callback_box

    # --- what was chosen ----------------------------------------------------------------

    def outcomes(self) -> tuple[str, ...]:
        chosen = tuple(code for code, box in self.boxes.items() if box.isChecked())
        return chosen or ("no_action",)

    def outcome(self) -> str:
        """The outcomes as stored: codes joined by commas."""
        return ",".join(self.outcomes())

    def callback_due(self) -> date | None:
        if "call_back" not in self.outcomes():
            return None
        return self.callback_date.date().toPython()

    def consultation(self) -> tuple[date, time] | None:
        """The consultation's day and time when booked with a time agreed, else None."""
        if "booked" not in self.outcomes() or not self.consultation_known.isChecked():
            return None
        return self.consultation_date.date().toPython(), self.consultation_time.time().toPython()

    def choose(self, *outcomes: str) -> None:
        """Tick exactly these outcomes (for tests and for a dialog opened pre-filled)."""
        for code, box in self.boxes.items():
            box.setChecked(code in outcomes)

    # --- reacting -----------------------------------------------------------------------

    def _toggled(self, code: str, on: bool) -> None:
        if on and code == "no_action":
            for other, box in self.boxes.items():
                if other != "no_action":
                    box.setChecked(False)
        elif on:
            self.boxes["no_action"].setChecked(False)
        self._refresh()

    def _refresh(self) -> None:
        outcomes = self.outcomes()
        self.booking_box.setVisible("booked" in outcomes)
        self.consultation_date.setEnabled(self.consultation_known.isChecked())
        self.consultation_time.setEnabled(self.consultation_known.isChecked())
        self.callback_box.setVisible("call_back" in outcomes)
        consultation = self.consultation()
        if consultation is not None:
            warned = self.booking_warning.check(*consultation, self._form.caller_id,
                                                date.today())
        else:
            warned = []
            self.booking_warning.hide()
        problems = validate_form(self._form, outcome=outcomes)
        self.forced = False
        self.save_button.setText(self.tr("Gem opkald"))
        if problems:
            lines = "\n".join(f"• {message_of(m)}" for m in problems.values())
            self.problems.setText(
                self.tr("Bemærk:") + "\n" + lines
                + "\n" + self.tr("Ret felterne, eller tryk Gem igen for at gemme alligevel.")
            )
            self.problems.show()
        elif warned:
            self.problems.setText(self.tr("Tjek konsultationens dato og tid ovenfor, eller "
                                          "tryk Gem igen for at gemme alligevel."))
            self.problems.show()
        else:
            self.problems.hide()
        self._has_problems = bool(problems) or bool(warned)
        self.adjustSize()

    def _try_accept(self) -> None:
        """With problems, the first press shows them; the second saves anyway."""
        if self._has_problems and not self.forced:
            self.forced = True
            self.save_button.setText(self.tr("Gem alligevel"))
            return
        self.accept()
