"""Hand one person everything held about them (GDPR article 15): choose a folder, export.

``ExportPersonDialog(caller_id, by, parent, folder="")`` shows who it is and how
much is held, lets the receptionist pick a folder (a USB stick, a folder to e-mail
from), and writes the PDF and the JSON there; then offers to open the folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reception.privacy import ExportResult, UnknownCaller, export_person, person_overview
from reception.sheets.files import FileWriteError
from reception.store import StorageUnavailable
from ui.messages import message_of
from ui.privacy.common import describe_rows, show_problem
from ui.translations import plural


class ExportPersonDialog(QDialog):
    def __init__(self, caller_id: int, by: str, parent: QWidget | None = None,
                 folder: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("exportPersonDialog")
        self.setWindowTitle(self.tr("Udlevér oplysninger (indsigt)"))
        self.caller_id = caller_id
        self.by = by
        self.result_info: ExportResult | None = None
        overview = person_overview(caller_id)
        who = QLabel(self.tr("<b>{name}</b> · {phones}<br>Der er registreret: {rows}.").format(
            name=overview.name or self.tr("(uden navn)"), phones=", ".join(overview.phones),
            rows=describe_rows(overview.rows)), self)
        who.setWordWrap(True)
        explain = QLabel(self.tr(
            "Der laves en PDF til at læse og en JSON-fil til andre programmer med alt, hvad "
            "klinikken har om personen, og hvem der har set det. Udleveringen skrives i loggen. "
            "Filerne indeholder helbredsoplysninger: gem dem kun et sikkert sted."), self)
        explain.setWordWrap(True)
        self.folder_edit = QLineEdit(folder, self)
        self.folder_edit.setObjectName("exportFolderEdit")
        self.folder_edit.setPlaceholderText(self.tr("Vælg en mappe"))
        browse = QPushButton(self.tr("Vælg mappe …"), self)
        browse.setObjectName("exportBrowseButton")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        self.status = QLabel(self)
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Luk"))
        self.export_button = self.buttons.addButton(self.tr("Udlevér"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export)
        self.open_button = self.buttons.addButton(self.tr("Åbn mappen"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("exportOpenFolderButton")
        self.open_button.clicked.connect(self._open_folder)
        self.open_button.hide()
        self.buttons.rejected.connect(self.reject)
        self.folder_edit.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(explain)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.export_button.setEnabled(bool(self.folder_edit.text().strip()))

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Vælg mappe til filerne"),
                                                  self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(chosen)

    def export(self) -> bool:
        folder = Path(self.folder_edit.text().strip())
        try:
            result = export_person(self.caller_id, folder, by=self.by)
        except (FileWriteError, StorageUnavailable) as error:
            self.status.setText(message_of(error))
            return False
        except UnknownCaller as error:
            show_problem(self, self.tr("Personen findes ikke"), message_of(error))
            return False
        self.result_info = result
        names = [result.pdf.name, result.json.name]
        if result.files:
            names.append(plural(len(result.files), self.tr("{n} kopi af et sendt ark"),
                                self.tr("{n} kopier af sendte ark")))
        self.status.setText(self.tr("Gemt i {folder}: {files}.").format(
            folder=folder, files=", ".join(names)))
        self.open_button.show()
        return True

    def _open_folder(self) -> None:
        if self.result_info is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_info.pdf.parent)))
