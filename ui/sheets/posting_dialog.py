""""Dagens post": every sheet in the post tray as one PDF to print in one go, with who is in it.

The list shows the tray (oldest first). "Lav dagens post" joins the stored copies into
one PDF, shows it, and marks them posted today (``posting_batch``); print it or save it.
"Hent dagens post igen" brings back the batch already made today (the printer jammed).

    dialog = PostingDialog(user="Mette")
    dialog.exec()

``make_batch()``, ``print_to(printer)`` and ``save_to(path)`` work without any dialog.
While the clinic's own address is empty, a line says so: the letters in the tray were
made without a sender's address.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reception.clinic_settings import clinic_address_missing
from reception.sheets import (
    FileWriteError,
    PostEntry,
    PostingBatch,
    pending_post,
    posted_batch,
    posting_batch,
    unmark_to_post,
    write_atomic,
)
from reception.store import StorageUnavailable
from ui.call.history_html import local_time
from ui.colours import ERROR_STYLE, SUCCESS_STYLE
from ui.messages import message_of
from ui.sheets.files import safe_name
from ui.sheets.pdf_preview import PdfPreview
from ui.sheets.printing import PrintError, ask_for_printer, print_document
from ui.translations import plural

ID_ROLE = Qt.ItemDataRole.UserRole
OK_STYLE = SUCCESS_STYLE


class PostingDialog(QDialog):
    def __init__(self, *, user: str = "", today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("postingDialog")
        self.setWindowTitle(self.tr("Dagens post"))
        self.user = user
        self.today = today or date.today()
        self.batch: PostingBatch | None = None
        self.entries: list[PostEntry] = []

        self.heading = QLabel(self)
        self.heading.setObjectName("postingHeading")
        self.heading.setWordWrap(True)
        self.address_warning = QLabel(self)
        self.address_warning.setObjectName("clinicAddressWarning")
        self.address_warning.setWordWrap(True)
        self.address_warning.setStyleSheet(ERROR_STYLE)
        self.address_warning.hide()
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("postList")
        self.table.setHorizontalHeaderLabels([self.tr("Navn"), self.tr("Adresse"),
                                              self.tr("Indhold"), self.tr("Lagt i posten")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.preview = PdfPreview(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)

        self.remove_button = self._button(self.tr("Tag ud af posten"), "removeFromPostButton",
                                          self.remove_selected)
        self.make_button = self._button(self.tr("Lav dagens post"), "makeBatchButton",
                                        self.make_batch)
        self.again_button = self._button(self.tr("Hent dagens post igen"), "batchAgainButton",
                                         self.batch_again)
        self.print_button = self._button(self.tr("Udskriv …"), "printBatchButton",
                                         self.print_batch)
        self.save_button = self._button(self.tr("Gem som PDF …"), "saveBatchButton",
                                        self.save_batch)
        close = self._button(self.tr("Luk"), "closeButton", self.accept)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("postingStatusLabel")
        self.status_label.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.remove_button, self.make_button, self.again_button,
                       self.print_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.address_warning)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.resize(1000, 760)
        self.refresh()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: slot())
        return button

    def _status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.status_label.setText(text)

    # --- the list ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the tray (or the batch just made)."""
        self._show_address_warning()
        if self.batch is None:
            try:
                self.entries = pending_post(self.today)
            except StorageUnavailable as error:
                self._status(message_of(error), error=True)
                self.entries = []
            count = len(self.entries)
            self.heading.setText(self.tr("Ingen informationsark venter på at blive sendt.")
                                 if not count else
                                 self.tr("{n} informationsark venter i posten. »Lav dagens post« "
                                         "samler dem i én PDF til udskrift og markerer dem som "
                                         "sendt.", "", count).format(n=count))
        else:
            self.entries = self.batch.entries
            self.heading.setText(self.tr("{title}: udskriv PDF'en, og læg brevene i "
                                         "rudekuverter.").format(title=self.batch.title))
        self._fill(self.entries)
        in_tray = self.batch is None
        self.remove_button.setEnabled(in_tray and bool(self.entries))
        self.make_button.setEnabled(in_tray and bool(self.entries))
        self.print_button.setEnabled(self.batch is not None)
        self.save_button.setEnabled(self.batch is not None)

    def _show_address_warning(self) -> None:
        try:
            missing = clinic_address_missing()
        except StorageUnavailable:
            missing = False
        self.address_warning.setText(self.tr(
            "Klinikkens adresse er ikke udfyldt, så brevene har ingen afsenderadresse. Udfyld "
            "den under Filer → Klinikkens oplysninger, før du sender flere ark.")
            if missing else "")
        self.address_warning.setVisible(missing)

    def _fill(self, entries: list[PostEntry]) -> None:
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            address = entry.address_line if entry.has_address else self.tr("(ingen adresse)")
            when = f"{local_time(entry.sent_at)} {entry.sent_by}".strip()
            for column, text in enumerate((entry.name or self.tr("(uden navn)"), address,
                                           entry.what, when)):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, entry.sent_id)
                self.table.setItem(row, column, item)

    def remove_selected(self) -> None:
        """Take the selected sheets out of the tray (they stay in the caller's log)."""
        ids = {int(item.data(ID_ROLE)) for item in self.table.selectedItems()}
        try:
            for sent_id in ids:
                unmark_to_post(sent_id, self.user)
        except StorageUnavailable as error:
            self._status(message_of(error), error=True)
        self.refresh()

    # --- the batch -----------------------------------------------------------------------------

    def make_batch(self) -> PostingBatch | None:
        """Join the tray into one PDF, mark it posted today, and show it."""
        try:
            batch = posting_batch(self.today, self.user)
        except StorageUnavailable as error:
            self._status(message_of(error), error=True)
            return None
        if batch is None:
            self._status(self.tr("Der er ikke noget i posten."), error=True)
            self.refresh()
            return None
        self._show_batch(batch)
        self._status(self.tr("✓ {n} ark er markeret som sendt i dag. Udskriv dem nu.", "",
                             len(batch.entries)).format(n=len(batch.entries)))
        return batch

    def batch_again(self) -> PostingBatch | None:
        """The batch already made today, to print again."""
        try:
            batch = posted_batch(self.today)
        except StorageUnavailable as error:
            self._status(message_of(error), error=True)
            return None
        if batch is None:
            self._status(self.tr("Der er ikke lavet nogen post i dag."), error=True)
            return None
        self._show_batch(batch)
        self._status("")
        return batch

    def _show_batch(self, batch: PostingBatch) -> None:
        self.batch = batch
        self.preview.set_pdf(batch.pdf)
        self.refresh()

    def print_batch(self) -> bool:
        if self.batch is None:
            return False
        printer = ask_for_printer(self, self.batch.title, self.preview.page_count())
        return printer is not None and self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        try:
            pages = print_document(self.preview.document, printer)
        except PrintError as error:
            self._status(str(error), error=True)
            return False
        self._status("✓ " + plural(pages, self.tr("{n} side er sendt til printeren."),
                                   self.tr("{n} sider er sendt til printeren.")))
        return True

    def save_batch(self) -> bool:
        if self.batch is None:
            return False
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        suggested = Path(folder) / (safe_name(self.batch.title) + ".pdf")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Gem dagens post som PDF"),
                                                str(suggested), self.tr("PDF-filer (*.pdf)"))
        if not chosen:
            return False
        return self.save_to(Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf"))

    def save_to(self, path: Path) -> bool:
        if self.batch is None:
            return False
        try:
            write_atomic(path, self.batch.pdf)
        except FileWriteError as error:
            self._status(message_of(error), error=True)
            return False
        self._status(self.tr("✓ Gemt som {name}.").format(name=path.name))
        return True
