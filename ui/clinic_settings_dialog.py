"""Edit the clinic settings the website does not give (address, e-mail, CVR)."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reception.clinic_settings import (
    ClinicSettings,
    InvalidSettings,
    load_clinic_settings,
    save_clinic_settings,
)


class ClinicSettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Klinikkens oplysninger"))
        self.setObjectName("clinicSettingsDialog")
        labels = {
            "street": self.tr("Adresse"),
            "postcode": self.tr("Postnummer"),
            "town": self.tr("By"),
            "email": self.tr("E-mail"),
            "cvr": self.tr("CVR-nummer"),
        }
        current = asdict(load_clinic_settings())
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for name, label in labels.items():
            edit = QLineEdit(current[name], self)
            edit.setObjectName(f"clinic_{name}Edit")
            error = QLabel(self)
            error.setObjectName(f"clinic_{name}Error")
            error.setStyleSheet("color:#a11")
            error.hide()
            column = QVBoxLayout()
            column.setSpacing(0)
            column.addWidget(edit)
            column.addWidget(error)
            form.addRow(label, column)
            self.edits[name] = edit
            self.errors[name] = error
        note = QLabel(self.tr("Bruges i brevhovedet på informationsark. Tomme felter udelades."),
                      self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def save(self) -> None:
        """Save, or show what is wrong beside each field and keep everything typed."""
        settings = ClinicSettings(**{k: e.text() for k, e in self.edits.items()})
        for error in self.errors.values():
            error.hide()
        try:
            save_clinic_settings(settings)
        except InvalidSettings as exc:
            for name, message in exc.problems.items():
                self.errors[name].setText(message)
                self.errors[name].show()
            return
        self.accept()
