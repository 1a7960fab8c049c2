""""Send informationsark": choose the content, see the letter, then print, save, e-mail or post.

The content is pre-ticked as the app would send it (``reception.sheets.default_selection``:
the caller's conditions, the questions ticked during the call, the six steps); each
change rebuilds the PDF and the preview shows exactly what will be sent. Every send is
logged on the caller with a copy of the PDF (``log_sent_sheet``); the app opens no
network connection: e-mail is a draft (.eml) in the data folder's outbox, opened in the
PC's mail program.

    dialog = SendSheetDialog(content, caller_id, paths, call_id=call_id, user="Mette")
    dialog.sent.connect(...)   # (sent id, how) after every logged send
    dialog.exec()

The ``*_to``/``print_to`` methods do the work without a file or printer dialog.

The letter is signed by the user when they are on the staff list (``signer_for``).
While the clinic's own address is empty (a fresh install), the dialog asks for it above
the letter (``ClinicAddressPanel``), and the first print, e-mail or post waits for it
instead of sending a letter without a sender's address; pressing again sends without.
Nothing here blocks: no dialog opens by itself.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reception.clinic_settings import clinic_address_missing, load_clinic_settings
from reception.content.model import Content
from reception.paths import DataPaths
from reception.sheets import (
    FileWriteError,
    InvalidAddress,
    SheetSelection,
    caller_facts,
    clinic_letterhead,
    cover_text,
    default_selection,
    load_sheet_settings,
    log_sent_sheet,
    personal_sheet_for,
    render_sheet,
    signer_for,
    write_atomic,
    write_eml,
)
from reception.sheets.email_draft import default_subject
from reception.store import StorageUnavailable
from reception.store.fields import utc_now
from ui.colours import ERROR_STYLE, SUCCESS_STYLE
from ui.messages import message_of
from ui.sheets.clinic_address import ClinicAddressPanel
from ui.sheets.content_picker import ContentPicker
from ui.sheets.files import attachment_name, new_draft_path, pdf_name
from ui.sheets.pdf_preview import PdfPreview
from ui.sheets.printing import PrintError, a4_printer, ask_for_printer, print_document

log = logging.getLogger(__name__)

OK_STYLE = SUCCESS_STYLE


class SendSheetDialog(QDialog):
    sent = Signal(int, str)  # SentItem id, how: print, pdf, email, post

    def __init__(self, content: Content, caller_id: int, paths: DataPaths, *,
                 call_id: int | None = None, ticked_faq: Sequence[str] | None = None,
                 user: str = "", today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendSheetDialog")
        self.setWindowTitle(self.tr("Send informationsark"))
        self.content = content
        self.caller_id = caller_id
        self.call_id = call_id
        self.paths = paths
        self.user = user
        self.today = today or date.today()
        self.facts = caller_facts(caller_id, call_id)
        if ticked_faq is not None:
            self.facts = replace(self.facts, ticked_faq=tuple(
                k if k.startswith("faq:") else f"faq:{k}" for k in ticked_faq))
        self.settings = load_sheet_settings()
        self.letterhead = clinic_letterhead(content, self.settings)
        self.signer = signer_for(user)
        self.address_asked = False  # a send already waited once for the clinic's address
        self._pdf = b""
        self._pdf_selection: SheetSelection | None = None

        self.recipient_label = QLabel(self)
        self.recipient_label.setObjectName("recipientLabel")
        self.recipient_label.setWordWrap(True)
        self.recipient_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address_panel = ClinicAddressPanel(self)
        self.address_panel.saved.connect(self._clinic_address_saved)
        self.picker = ContentPicker(content, self)
        self.preview = PdfPreview(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("sendSheetSplitter")
        splitter.addWidget(self.picker)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        self.print_button = self._button(self.tr("Udskriv …"), "printButton", self.print_sheet)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setToolTip(self.tr("Udskriv arket (Ctrl+P)"))
        self.save_button = self._button(self.tr("Gem som PDF …"), "savePdfButton", self.save_pdf)
        self.email_button = self._button(self.tr("E-mail …"), "emailButton", self.email_draft)
        self.post_button = self._button(self.tr("Læg i posten"), "postButton", self.mark_to_post)
        self.post_button.setToolTip(self.tr("Udskrives samlet med dagens post (Filer → Dagens "
                                            "post) og sendes i rudekuvert"))
        self.close_button = self._button(self.tr("Luk"), "closeButton", self.accept)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("sendStatusLabel")
        self.status_label.setWordWrap(True)

        buttons = QHBoxLayout()
        for button in (self.print_button, self.save_button, self.email_button,
                       self.post_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.recipient_label)
        layout.addWidget(self.address_panel)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.resize(1100, 760)

        self._show_recipient()
        self.address_panel.setVisible(self._clinic_address_missing())
        self.picker.changed.connect(self.refresh_preview)
        self.picker.set_selection(default_selection(self.facts, content))

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: slot())
        return button

    # --- what is shown -----------------------------------------------------------------------

    def _show_recipient(self) -> None:
        person = self.facts.recipient
        lines = person.address_lines() or [self.tr("(uden navn)")]
        text = escape(self.tr("Til: {address}").format(address=", ".join(lines)))
        if self.facts.email:
            text += " · " + escape(self.facts.email)
        if not self.has_address():
            warning = self.tr("Der er ingen postadresse: arket kan udskrives, gemmes og "
                              "e-mailes, men ikke lægges i posten. Ret adressen i opkaldet.")
            text += f"<br><span style='{ERROR_STYLE}'>{escape(warning)}</span>"
        self.recipient_label.setTextFormat(Qt.TextFormat.RichText)
        self.recipient_label.setText(f"<b>{text}</b>")

    def has_address(self) -> bool:
        person = self.facts.recipient
        return bool(person.name and person.street and (person.postcode or person.town))

    def selection(self) -> SheetSelection:
        return self.picker.selection()

    def refresh_preview(self) -> bool:
        """Build the PDF for the ticked content and show it; False (and a message) on failure."""
        selection = self.picker.selection()
        try:
            data = personal_sheet_for(self.facts, self.content, self.today, selection,
                                      self.letterhead, signer=self.signer)
            pdf = render_sheet(data, self.settings.window())
        except StorageUnavailable as error:
            self._status(message_of(error), error=True)
            return False
        self._pdf, self._pdf_selection = pdf, selection
        self.preview.set_pdf(pdf)
        self._status("")
        return True

    def current_pdf(self) -> bytes:
        """The PDF of what is ticked now (exactly what the preview shows)."""
        if self._pdf_selection != self.picker.selection() or not self._pdf:
            self.refresh_preview()
        return self._pdf

    # --- the clinic's own address ----------------------------------------------------------

    def _clinic_address_missing(self) -> bool:
        try:
            return clinic_address_missing()
        except StorageUnavailable:
            return False  # the send itself says what is wrong with the database

    def address_ready(self) -> bool:
        """False (and the question shown) the first time a letter would go out without the
        clinic's address; True when it is filled in, or the second time (send without)."""
        if self.address_asked or not self._clinic_address_missing():
            return True
        self.address_asked = True
        self.address_panel.show()
        self.address_panel.focus()
        self._status(self.tr("Klinikkens adresse mangler på brevet. Skriv den øverst, og tryk "
                             "»Gem adressen« – eller tryk igen for at sende uden."), error=True)
        return False

    def _clinic_address_saved(self) -> None:
        self.letterhead = clinic_letterhead(self.content, self.settings)
        self._pdf_selection = None
        if self.refresh_preview():
            self._status(self.tr("✓ Klinikkens adresse er gemt og står nu på brevet."))

    def _status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.status_label.setText(text)

    # --- sending -------------------------------------------------------------------------------

    def _log(self, how: str, pdf: bytes, done: str) -> int | None:
        try:
            sent_id = log_sent_sheet(self.caller_id, self.call_id, self._pdf_selection_keys(),
                                     how, self.user, pdf, content=self.content)
        except StorageUnavailable as error:
            failed = self.tr("Men det kunne ikke skrives i personens log: {error}")
            self._status(done + " " + failed.format(error=message_of(error)), error=True)
            return None
        self._status("✓ " + done + " " + self.tr("Skrevet i personens log."))
        self.sent.emit(sent_id, how)
        return sent_id

    def _pdf_selection_keys(self) -> list[str]:
        return (self._pdf_selection or self.picker.selection()).keys()

    def print_sheet(self) -> int | None:
        """Ask for a printer (the system's dialog), print, log."""
        if not self.address_ready():
            return None
        pdf = self.current_pdf()
        if not pdf:
            return None
        printer = ask_for_printer(self, self.windowTitle(), self.preview.page_count())
        return None if printer is None else self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int | None:
        """Print on ``printer`` (no dialog) and log; the logged id, or None on failure."""
        if not self.address_ready():
            return None
        pdf = self.current_pdf()
        if not pdf:
            return None
        try:
            print_document(self.preview.document, printer)
        except PrintError as error:
            self._status(str(error), error=True)
            return None
        return self._log("print", pdf, self.tr("Arket er sendt til printeren."))

    def default_pdf_path(self) -> Path:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return Path(folder) / pdf_name(self.letterhead.clinic_name, self.facts.recipient.name,
                                       self.today)

    def save_pdf(self) -> int | None:
        """Ask where (the system's save dialog), save, log."""
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Gem informationsark som PDF"),
                                                str(self.default_pdf_path()),
                                                self.tr("PDF-filer (*.pdf)"))
        if not chosen:
            return None
        if not chosen.lower().endswith(".pdf"):
            chosen += ".pdf"
        return self.save_pdf_to(Path(chosen))

    def save_pdf_to(self, path: Path) -> int | None:
        """Write the PDF to ``path`` whole or not at all, then log."""
        pdf = self.current_pdf()
        if not pdf:
            return None
        try:
            write_atomic(path, pdf)
        except FileWriteError as error:
            self._status(message_of(error), error=True)
            return None
        return self._log("pdf", pdf, self.tr("Gemt som {name}.").format(name=path.name))

    def email_draft(self) -> Path | None:
        """Write a draft e-mail with the PDF to the outbox, open it in the mail program, log."""
        if not self.address_ready():
            return None
        pdf = self.current_pdf()
        if not pdf:
            return None
        clinic = self.letterhead.clinic_name
        body = cover_text(self.facts.recipient.name, clinic, self.letterhead.phone, self.signer)
        attachment = attachment_name(clinic, self.today)
        note = ""
        try:
            sender = load_clinic_settings().email
            path = new_draft_path(self.paths, self.caller_id, utc_now().astimezone())
            try:
                write_eml(path, self.facts.email, self.facts.recipient.name,
                          default_subject(clinic), body, pdf, attachment, sender)
            except InvalidAddress as error:
                note = " " + message_of(error) + " " + self.tr("Skriv modtageren i mailprogrammet.")
                write_eml(path, "", "", default_subject(clinic), body, pdf, attachment)
        except (FileWriteError, OSError) as error:
            self._status(message_of(error), error=True)
            return None
        except StorageUnavailable as error:
            self._status(message_of(error), error=True)
            return None
        if not self.facts.email and not note:
            note = " " + self.tr("Personen har ingen e-mailadresse: skriv den i mailprogrammet.")
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            note += " " + self.tr("Mailprogrammet kunne ikke åbnes; kladden ligger i {path}."
                                  ).format(path=path)
        sent_id = self._log("email", pdf, self.tr("E-mail-kladden er åbnet i mailprogrammet.")
                            + note)
        return path if sent_id is not None else None

    def mark_to_post(self) -> int | None:
        """Put the sheet in the post tray (printed with the day's post) and log."""
        if not self.has_address():
            self._status(self.tr("Arket kan ikke lægges i posten: personen har ingen "
                                 "postadresse."), error=True)
            return None
        if not self.address_ready():
            return None
        pdf = self.current_pdf()
        if not pdf:
            return None
        return self._log("post", pdf, self.tr("Lagt i posten; det udskrives med dagens post."))


def printer_to_file(path: Path, title: str = "Informationsark") -> QPrinter:
    """A printer that writes a PDF file (for tests and "print to file")."""
    printer = a4_printer(title)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer
