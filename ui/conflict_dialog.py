"""»Ændret ved et andet skrivebord«: another desk saved the same thing while this one typed.

One small dialog for every save that ``reception.store.versions`` stopped: who
saved, when, and per field their value beside mine. The receptionist chooses:

- »Behold deres«: their values stand (what I typed is kept where the screen says);
- »Behold mit«: mine are saved on top of theirs, knowingly, as a new version;
- »Tilbage til redigering«: nothing is saved yet; everything typed stays on screen.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reception.store.versions import ChangedElsewhere
from ui.dialogs import exec_once

THEIRS, MINE, EDIT = "theirs", "mine", "edit"


def field_labels() -> dict[str, str]:
    """Danish names of the fields a conflict can name (columns of caller, checklist, setting)."""
    from ui.translations import tr

    return {
        "name": tr("Navn"), "email": tr("E-mail"), "street": tr("Adresse"),
        "postcode": tr("Postnummer"), "town": tr("By"), "country": tr("Land"),
        "preferred_contact": tr("Foretrukken kontakt"), "referral_source": tr("Henvist af"),
        "pain_since": tr("Ondt siden"), "pain_duration_value": tr("Varighed"),
        "pain_duration_unit": tr("Varighedens enhed"),
        "consultation_date": tr("Konsultationsdag"), "consultation_time": tr("Klokkeslæt"),
        "treat_areas": tr("Områder der behandles"), "scan_kind": tr("Skanningstype"),
        "scan_area": tr("Skannet område"), "scan_taken": tr("Skannet den"),
        "scan_place": tr("Skannet hvor"), "scan_usable_until": tr("Skanning gyldig til"),
        "request_department": tr("Afdeling"), "request_date": tr("Bedt om billeder den"),
        "images_received": tr("Billeder modtaget"),
        "takes_blood_thinners": tr("Tager blodfortyndende"),
        "blood_thinner_names": tr("Blodfortyndende medicin"), "pause_agreed": tr("Pause aftalt"),
        "pause_from": tr("Pause fra"), "companion_arranged": tr("Ledsager aftalt"),
        "companion_name": tr("Ledsagerens navn"), "status": tr("Trinnets status"),
        "reason": tr("Begrundelse"), "cvr": tr("CVR-nummer"),
    }


def shown(value: Any) -> str:
    """A stored value as the receptionist reads it."""
    from ui.formats import clock, date_text, date_time
    from ui.translations import tr

    if value is None or value == "" or value == ():
        return tr("(tomt)")
    if isinstance(value, bool):
        return tr("Ja") if value else tr("Nej")
    if isinstance(value, datetime):
        return date_time(value)
    if isinstance(value, date):
        return date_text(value)
    if isinstance(value, time):
        return clock(value)
    if isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value)
    return str(value)


class ConflictDialog(QDialog):
    """The two values per field and the three choices; ``choice`` after it closes."""

    def __init__(self, conflict: ChangedElsewhere, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Ændret ved et andet skrivebord"))
        self.conflict = conflict
        self.choice = EDIT
        at = self.tr(" kl. {time}").format(time=conflict.when) if conflict.when else ""
        intro = QLabel(self.tr(
            "{who} gemte en ændring af det samme{at}, mens du skrev. Intet er skrevet over, "
            "og det du skrev er bevaret. Vælg hvad der skal gælde:").format(
                who=conflict.who, at=at), self)
        intro.setObjectName("conflictIntro")
        intro.setWordWrap(True)
        labels = field_labels()
        self.table = QTableWidget(len(conflict.changes), 3, self)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Felt"), self.tr("Gemt af {who}").format(who=conflict.desk or "")
             .strip(), self.tr("Det du skrev")])
        for row, change in enumerate(conflict.changes):
            for column, text in enumerate((labels.get(change.field, change.field),
                                           shown(change.theirs), shown(change.mine))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons, arrows read cells
        self.table.setAccessibleName(self.tr("Forskelle"))
        self.table.setAccessibleDescription(intro.text())
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(self)
        self.theirs_button = buttons.addButton(self.tr("&Behold deres"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.theirs_button.setObjectName("keepTheirsButton")
        self.mine_button = buttons.addButton(self.tr("Behold &mit"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.mine_button.setObjectName("keepMineButton")
        self.edit_button = buttons.addButton(self.tr("&Tilbage til redigering"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        self.edit_button.setObjectName("backToEditingButton")
        self.edit_button.setDefault(True)  # Enter never saves over anything by accident
        self.theirs_button.clicked.connect(lambda: self._choose(THEIRS))
        self.mine_button.clicked.connect(lambda: self._choose(MINE))
        self.edit_button.clicked.connect(lambda: self._choose(EDIT))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 120 + 30 * len(conflict.changes))

    def _choose(self, choice: str) -> None:
        self.choice = choice
        if choice == EDIT:
            self.reject()
        else:
            self.accept()


def ask(conflict: ChangedElsewhere, parent: QWidget | None = None) -> str:
    """Show the dialog; THEIRS, MINE or EDIT (also when it is closed with Esc)."""
    dialog = ConflictDialog(conflict, parent)
    exec_once(dialog)
    return dialog.choice
