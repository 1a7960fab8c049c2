"""Settings of the screen lock: idle minutes and the unlock PIN (stored hashed)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reception.safety import has_pin, idle_lock_minutes, set_idle_lock_minutes, set_pin
from reception.safety.settings import InvalidPin
from ui.colours import ERROR_STYLE
from ui.messages import message_of


class LockSettingsDialog(QDialog):
    """Reads and saves the ``Setting`` rows itself (the database must be open)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockSettingsDialog")
        self.setWindowTitle(self.tr("Skærmlås"))
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("idleMinutesSpin")
        self.minutes.setRange(0, 240)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("aldrig"))
        self.minutes.setValue(idle_lock_minutes())
        self.pin = QLineEdit(self)
        self.pin.setObjectName("pinEdit")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("uændret") if has_pin() else self.tr("ingen"))
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("pinRepeatEdit")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("lockSettingsError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Lås efter"), self.minutes)
        form.addRow(self.tr("Ny pinkode (4–12 cifre)"), self.pin)
        form.addRow(self.tr("Gentag pinkoden"), self.repeat)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        pin, repeat = self.pin.text(), self.repeat.text()
        if pin or repeat:
            if pin != repeat:
                return self._fail(self.tr("De to pinkoder er ikke ens."))
            try:
                set_pin(pin)
            except InvalidPin as error:
                return self._fail(message_of(error))
        set_idle_lock_minutes(self.minutes.value())
        self.accept()

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
