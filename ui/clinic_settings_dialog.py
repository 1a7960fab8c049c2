"""Edit the clinic settings the website does not give (address, e-mail, CVR, opening days)."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reception.clinic_days import load_opening_days, set_opening_weekdays
from reception.clinic_settings import (
    ClinicSettings,
    InvalidSettings,
    clinic_settings_versions,
    load_clinic_settings,
    save_clinic_settings,
)
from reception.privacy.settings import InvalidSetting
from reception.store.errors import StorageUnavailable
from reception.store.versions import ChangedElsewhere
from ui.colours import ERROR_STYLE
from ui.conflict_dialog import MINE, THEIRS
from ui.conflict_dialog import ask as ask_conflict
from ui.messages import message_of, messages_of

WEEKDAY_SHORT = (
    QT_TRANSLATE_NOOP("ClinicSettingsDialog", "Man"),
    QT_TRANSLATE_NOOP("ClinicSettingsDialog", "Tir"),
    QT_TRANSLATE_NOOP("ClinicSettingsDialog", "Ons"),
    QT_TRANSLATE_NOOP("ClinicSettingsDialog", "Tor"),
    QT_TRANSLATE_NOOP("ClinicSettingsDialog", "Fre"),
    QT_TRANSLATE_NOOP("ClinicSettingsDialog", "Lør"),
    QT_TRANSLATE_NOOP("ClinicSettingsDialog", "Søn"),
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
        self.started_from = clinic_settings_versions()  # another desk's save is not lost
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for name, label in labels.items():
            edit = QLineEdit(current[name], self)
            edit.setObjectName(f"clinic_{name}Edit")
            error = QLabel(self)
            error.setObjectName(f"clinic_{name}Error")
            error.setStyleSheet(ERROR_STYLE)
            error.hide()
            column = QVBoxLayout()
            column.setSpacing(0)
            column.addWidget(edit)
            column.addWidget(error)
            form.addRow(label, column)
            self.edits[name] = edit
            self.errors[name] = error
        open_days = load_opening_days().weekdays
        self.weekdays: list[QCheckBox] = []
        days_row = QHBoxLayout()
        for number, short in enumerate(WEEKDAY_SHORT):
            box = QCheckBox(self.tr(short), self)
            box.setObjectName(f"clinic_openDay{number}")
            box.setChecked(number in open_days)
            days_row.addWidget(box)
            self.weekdays.append(box)
        days_row.addStretch(1)
        self.days_error = QLabel(self)
        self.days_error.setObjectName("clinic_openDaysError")
        self.days_error.setStyleSheet(ERROR_STYLE)
        self.days_error.hide()
        days_column = QVBoxLayout()
        days_column.setSpacing(0)
        days_column.addLayout(days_row)
        days_column.addWidget(self.days_error)
        form.addRow(self.tr("Åbningsdage"), days_column)
        note = QLabel(self.tr("Bruges i brevhovedet på informationsark. Tomme felter udelades. "
                              "En konsultation på en lukkedag eller en helligdag giver en "
                              "advarsel, før den gemmes."), self)
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
        for error in (*self.errors.values(), self.days_error):
            error.hide()
        days = [n for n, box in enumerate(self.weekdays) if box.isChecked()]
        if not days:
            self.days_error.setText(self.tr("Vælg mindst én åbningsdag."))
            self.days_error.show()
            return
        try:
            save_clinic_settings(settings, self.started_from)
            set_opening_weekdays(days)
        except InvalidSettings as exc:
            for name, message in messages_of(exc.problems).items():
                self.errors[name].setText(message)
                self.errors[name].show()
            return
        except (InvalidSetting, StorageUnavailable) as exc:
            self.days_error.setText(message_of(exc))
            self.days_error.show()
            return
        except ChangedElsewhere as conflict:
            self._resolve_conflict(conflict)
            return
        self.accept()

    def _resolve_conflict(self, conflict: ChangedElsewhere) -> None:
        """Another desk saved the clinic's details meanwhile: both shown, she chooses."""
        choice = ask_conflict(conflict, self)
        if choice == MINE:
            self.started_from = None  # saved on top of theirs, knowingly
            self.save()
            return
        if choice == THEIRS:
            for change in conflict.changes:
                self.edits[change.field].setText(str(change.theirs))
            self.started_from = clinic_settings_versions()
            self.days_error.setText(self.tr("Ændringen fra {who} står nu i felterne; tryk Gem "
                                            "for at gemme resten.").format(who=conflict.who))
        else:
            self.days_error.setText(self.tr("Ikke gemt endnu: {who} havde ændret oplysningerne."
                                            ).format(who=conflict.who))
        self.days_error.show()
