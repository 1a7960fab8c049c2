"""Ending a call: choose the outcome (and for a callback, when and why)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reception.calls import OUTCOMES, CallForm, validate_form


class EndCallDialog(QDialog):
    def __init__(self, form: CallForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("endCallDialog")
        self.setWindowTitle(self.tr("Afslut opkald"))
        self._form = form
        self.forced = False
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Hvad blev resultatet?"), self))
        for n, (code, label) in enumerate(OUTCOMES.items()):
            button = QRadioButton(label, self)
            button.setObjectName(f"outcome_{code}")
            button.setProperty("code", code)
            self.group.addButton(button, n)
            layout.addWidget(button)
        self.group.buttons()[-1].setChecked(True)

        self.callback_date = QDateEdit(self)
        self.callback_date.setObjectName("callbackDateEdit")
        self.callback_date.setCalendarPopup(True)
        self.callback_date.setDisplayFormat("dd.MM.yyyy")
        tomorrow = date.today() + timedelta(days=1)
        self.callback_date.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        self.callback_reason = QLineEdit(self)
        self.callback_reason.setObjectName("callbackReasonEdit")
        self.callback_reason.setPlaceholderText(self.tr("Hvorfor skal vi ringe tilbage?"))
        callback_form = QFormLayout()
        callback_form.addRow(self.tr("Ring tilbage den"), self.callback_date)
        callback_form.addRow(self.tr("Grund"), self.callback_reason)
        self.callback_box = QWidget(self)
        self.callback_box.setLayout(callback_form)
        layout.addWidget(self.callback_box)

        self.problems = QLabel(self)
        self.problems.setObjectName("endCallProblems")
        self.problems.setStyleSheet("color:#a11")
        self.problems.setWordWrap(True)
        layout.addWidget(self.problems)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Gem opkald"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveCallButton")
        self.buttons.addButton(self.tr("Fortsæt samtalen"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.group.buttonToggled.connect(self._refresh)
        self._refresh()

    def outcome(self) -> str:
        button = self.group.checkedButton()
        return str(button.property("code")) if button else "no_action"

    def callback_due(self) -> date | None:
        if self.outcome() != "call_back":
            return None
        return self.callback_date.date().toPython()

    def choose(self, outcome: str) -> None:
        for button in self.group.buttons():
            if button.property("code") == outcome:
                button.setChecked(True)

    def _refresh(self) -> None:
        self.callback_box.setVisible(self.outcome() == "call_back")
        problems = validate_form(self._form, outcome=self.outcome())
        self.forced = False
        if problems:
            self.problems.setText(
                self.tr("Bemærk:") + "\n" + "\n".join(f"• {m}" for m in problems.values())
                + "\n" + self.tr("Ret felterne, eller tryk Gem igen for at gemme alligevel.")
            )
            self.problems.show()
        else:
            self.problems.hide()
        self._has_problems = bool(problems)

    def _try_accept(self) -> None:
        """With problems, the first press shows them; the second saves anyway."""
        if self._has_problems and not self.forced:
            self.forced = True
            self.save_button.setText(self.tr("Gem alligevel"))
            return
        self.accept()
