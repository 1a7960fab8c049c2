"""Privacy settings: the staff list offered at start, and the retention period.

Stored in the database (``reception.privacy.settings``); a value that is not
accepted is shown beside its field and nothing is saved.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reception.privacy import (
    InvalidSetting,
    retention_months,
    set_retention_months,
    set_staff_members,
    staff_members,
)
from reception.privacy.settings import clean_staff_names
from reception.store import StorageUnavailable
from ui.colours import ERROR_STYLE
from ui.messages import message_of


class PrivacySettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacySettingsDialog")
        self.setWindowTitle(self.tr("Personale og opbevaring"))
        self.staff_edit = QPlainTextEdit("\n".join(staff_members()), self)
        self.staff_edit.setObjectName("staffEdit")
        self.staff_edit.setPlaceholderText(self.tr("Ét navn pr. linje, fx\nMette\nLise"))
        self.staff_error = QLabel(self)
        self.staff_error.setObjectName("staffError")
        self.staff_error.setStyleSheet(ERROR_STYLE)
        self.staff_error.hide()
        self.months_spin = QSpinBox(self)
        self.months_spin.setObjectName("retentionMonthsSpin")
        self.months_spin.setRange(1, 240)
        self.months_spin.setSuffix(self.tr(" måneder"))
        self.months_spin.setValue(retention_months())
        form = QFormLayout()
        staff_column = QVBoxLayout()
        staff_column.addWidget(self.staff_edit)
        staff_column.addWidget(self.staff_error)
        form.addRow(self.tr("Personale"), staff_column)
        form.addRow(self.tr("Gennemgå personer uden kontakt i"), self.months_spin)
        note = QLabel(self.tr(
            "Personalet vælger sit navn ved start; navnet skrives i loggen. Personer uden "
            "kontakt i perioden vises til gennemgang under »Gennemgå gamle personer«; intet "
            "slettes uden at nogen vælger det."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Gem"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def save(self) -> bool:
        names = self.staff_edit.toPlainText().splitlines()
        self.staff_error.hide()
        try:
            clean_staff_names(names)  # check before anything is written
            set_staff_members(names)
            set_retention_months(self.months_spin.value())
        except (InvalidSetting, StorageUnavailable) as error:
            self.staff_error.setText(message_of(error))
            self.staff_error.show()
            return False
        self.accept()
        return True
