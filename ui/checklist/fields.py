"""Small input widgets of the checklist: a typed date, a yes/no/not-asked choice, toggles."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from reception.checklist import InvalidDate, parse_date, parse_time
from ui.colours import ERROR
from ui.flow_layout import FlowLayout
from ui.formats import clock, date_text, weekday_date
from ui.messages import message_of

HINT_STYLE = "color:#666; font-size:90%"
ERROR_STYLE = f"color:{ERROR}; font-size:90%"
TOGGLE_STYLE = (
    "QToolButton { padding: 3px 6px; }"
    "QToolButton:checked { background: #e9c46a; border: 1px solid #b8860b; font-weight: bold; }"
)


class DateField(QWidget):
    """A date typed as Danes write it ("12.5.2026"); beside it the weekday and date read
    back, or what is wrong. Nothing typed is ever changed by the field."""

    edited = Signal()

    def __init__(self, name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(name)
        self.edit.setAccessibleName(accessible)
        self.edit.setPlaceholderText(self.tr("dd.mm.åååå"))
        self.edit.setMaximumWidth(110)
        self.hint = QLabel(self)
        self.hint.setObjectName(f"{name}Hint")
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setWordWrap(True)  # an error under a narrow column wraps, never widens it
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint, 1)
        self.edit.textEdited.connect(self._on_edited)

    def value(self) -> date | None:
        """The date, None when blank; raises ``InvalidDate`` (Danish) for anything else."""
        return parse_date(self.edit.text())

    def set_value(self, day: date | None) -> None:
        self.edit.setText(date_text(day))  # the parser reads 06.12.2026 and 06/12/2026
        self._show_hint()

    def _on_edited(self) -> None:
        self._show_hint()
        self.edited.emit()

    def _show_hint(self) -> None:
        try:
            day = self.value()
        except InvalidDate as error:
            self.hint.setText(message_of(error))
            self.hint.setStyleSheet(ERROR_STYLE)
            return
        self.hint.setText(weekday_date(day))
        self.hint.setStyleSheet(HINT_STYLE)


class TimeField(QLineEdit):
    """A time typed as "10.30" (or "10:30"); ``value()`` raises ``InvalidDate`` if it is not one."""

    def __init__(self, name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setPlaceholderText(self.tr("tt.mm"))
        self.setMaximumWidth(70)

    def value(self) -> time | None:
        return parse_time(self.text())

    def set_value(self, moment: time | None) -> None:
        self.setText(clock(moment))  # 10.30 in Danish, 10:30 in English: both parse


class YesNoCombo(QComboBox):
    """None (not asked yet), True or False."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.addItem(self.tr("Ikke afklaret"), None)
        self.addItem(self.tr("Ja"), True)
        self.addItem(self.tr("Nej"), False)

    def value(self) -> bool | None:
        return self.currentData()

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex({None: 0, True: 1, False: 2}[value])


class CodeCombo(QComboBox):
    """One code of a vocabulary, or "" (shown as "–")."""

    def __init__(self, name: str, vocabulary: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.addItem("–", "")
        for code, label in vocabulary.items():
            self.addItem(label, code)

    def value(self) -> str:
        return str(self.currentData())

    def set_value(self, code: str) -> None:
        index = self.findData(code)
        self.setCurrentIndex(max(index, 0))


class CodeToggles(QWidget):
    """Codes as quick toggle buttons, in the vocabulary's order."""

    edited = Signal()

    def __init__(self, prefix: str, vocabulary: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(TOGGLE_STYLE)
        self.buttons: dict[str, QToolButton] = {}
        layout = FlowLayout(self)  # wraps onto a second line in a narrow column
        for code, label in vocabulary.items():
            button = QToolButton(self)
            button.setObjectName(f"{prefix}_{code}")
            button.setText(label)
            button.setCheckable(True)
            button.toggled.connect(lambda _on: self.edited.emit())
            self.buttons[code] = button
            layout.addWidget(button)

    def value(self) -> tuple[str, ...]:
        return tuple(code for code, button in self.buttons.items() if button.isChecked())

    def set_value(self, codes: tuple[str, ...]) -> None:
        for code, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(code in codes)
            button.blockSignals(False)
