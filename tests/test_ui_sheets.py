"""The "Send informationsark" dialog and "Dagens post", driven on real files and a real
database: a caller made through the call services, the content ticked and unticked,
saved, e-mailed, printed to a PDF printer and posted; every send in the caller's history."""

from __future__ import annotations

import email
import io
from dataclasses import replace
from datetime import date
from email.policy import default as default_policy
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableWidget, QWidget

from reception.calls import CallSession, caller_history
from reception.clinic_settings import ClinicSettings, save_clinic_settings
from reception.content import Content, load_content
from reception.paths import DataPaths, resolve_data_paths
from reception.sheets import cover_text, pending_post, set_ticked_faq, sheet_pdf, sheets_for
from reception.store import open_database
from ui.sheets.files import outbox_dir
from ui.sheets.posting_dialog import PostingDialog
from ui.sheets.send_dialog import SendSheetDialog, printer_to_file
from ui.sheets.settings_dialog import SheetSettingsDialog

TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


@pytest.fixture
def paths(isolated_data_dir: Path) -> DataPaths:
    paths = resolve_data_paths(isolated_data_dir).ensure()
    open_database(paths.database)
    save_clinic_settings(ClinicSettings(street="Klinikvej 1", postcode="8000", town="Aarhus C",
                                        email="kontakt@guldklinikken.dk", cvr="12345678"))
    return paths


def make_call(name: str = "Karen Østergaard", *, street: str = "Åbyvej 12",
              email_address: str = "karen@example.dk") -> tuple[int, int]:
    """A call as the receptionist takes it: pain areas, two questions ticked, ended."""
    session = CallSession.start(phone="23394977", taken_by="Mette")
    session.update(replace(session.form, name=name, street=street, postcode="8230",
                           town="Åbyhøj", email=email_address, pain_areas=("nakke",)))
    assert session.flush() and session.call_id is not None
    set_ticked_faq(session.call_id, ["koere-bil-efter-behandling", "bliver-jeg-bedoevet"])
    result = session.end("send_sheet")
    assert result.caller_id is not None
    return result.caller_id, result.call_id


def open_dialog(qtbot, content: Content, paths: DataPaths, caller_id: int,
                call_id: int | None) -> SendSheetDialog:
    dialog = SendSheetDialog(content, caller_id, paths, call_id=call_id, user="Mette",
                             today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


class UrlRecorder(QObject):
    """Receives what the app asks the desktop to open (instead of the mail program)."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


@pytest.fixture
def opened_urls():
    recorder = UrlRecorder()
    QDesktopServices.setUrlHandler("file", recorder, "open")
    yield recorder.opened
    QDesktopServices.unsetUrlHandler("file")


def test_the_dialog_opens_pre_ticked_from_the_call_and_previews_the_letter(
        qtbot, content, paths) -> None:
    caller_id, call_id = make_call()
    dialog = open_dialog(qtbot, content, paths, caller_id, call_id)
    assert dialog.objectName() == "sendSheetDialog"
    picker = dialog.picker
    assert picker.is_checked("condition:nakkesmerter")
    assert not picker.is_checked("condition:kroniske-smerter")
    assert picker.is_checked("faq:koere-bil-efter-behandling")
    assert picker.is_checked("faq:bliver-jeg-bedoevet") and picker.is_checked("steps")
    assert dialog.preview.page_count() >= 1
    recipient = dialog.findChild(QLabel, "recipientLabel").text()
    assert "Karen Østergaard" in recipient and "8230 Åbyhøj" in recipient
    text = text_of(dialog.preview.data)
    assert "Kære Karen Østergaard" in text and "Nakkesmerter" in text
    assert text.index("Må jeg selv køre bil") < text.index("Bliver jeg bedøvet")


def test_untick_tick_and_save_as_pdf_logs_the_exact_file(qtbot, content, paths,
                                                         tmp_path: Path) -> None:
    caller_id, call_id = make_call()
    dialog = open_dialog(qtbot, content, paths, caller_id, call_id)
    dialog.picker.set_checked("condition:nakkesmerter", False)
    dialog.picker.set_checked("condition:kroniske-smerter", True)
    dialog.picker.set_checked("faq:bliver-jeg-bedoevet", False)
    text = text_of(dialog.preview.data)
    assert "Kroniske smerter" in text and "Nakkesmerter" not in text
    assert "Bliver jeg bedøvet" not in text
    with qtbot.waitSignal(dialog.sent) as signal:
        sent_id = dialog.save_pdf_to(tmp_path / "karen.pdf")
    assert sent_id is not None and signal.args == [sent_id, "pdf"]
    saved = (tmp_path / "karen.pdf").read_bytes()
    assert saved == sheet_pdf(sent_id) == dialog.preview.data
    [entry] = sheets_for(caller_id)
    assert entry.content_keys == ("condition:kroniske-smerter",
                                  "faq:koere-bil-efter-behandling", "steps")
    [item] = caller_history(caller_id).sent_items
    assert (item.id, item.how, item.sent_by, item.call_id) == (sent_id, "pdf", "Mette", call_id)
    assert "Kroniske smerter" in item.what
    assert "✓" in dialog.findChild(QLabel, "sendStatusLabel").text()


def test_a_failed_save_says_why_in_danish_and_logs_nothing(qtbot, content, paths,
                                                           tmp_path: Path) -> None:
    caller_id, call_id = make_call()
    dialog = open_dialog(qtbot, content, paths, caller_id, call_id)
    target = tmp_path / "findes-ikke" / "karen.pdf"
    assert dialog.save_pdf_to(target) is None
    assert "findes ikke" in dialog.findChild(QLabel, "sendStatusLabel").text()
    assert not target.exists() and sheets_for(caller_id) == []


def test_email_writes_a_draft_with_the_pdf_and_opens_it(qtbot, content, paths,
                                                       opened_urls) -> None:
    caller_id, call_id = make_call()
    dialog = open_dialog(qtbot, content, paths, caller_id, call_id)
    path = dialog.email_draft()
    assert path is not None and path.parent == outbox_dir(paths) and path.suffix == ".eml"
    assert [url.toLocalFile() for url in opened_urls] == [str(path)]
    message = email.message_from_bytes(path.read_bytes(), policy=default_policy)
    assert message["To"] == "Karen Østergaard <karen@example.dk>"
    assert message["From"] == "kontakt@guldklinikken.dk"
    assert message["X-Unsent"] == "1"
    assert "Kære Karen Østergaard" in message.get_body(("plain",)).get_content()
    [attachment] = list(message.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == "Informationsark-Guldklinikken-2026-11-22.pdf"
    [entry] = sheets_for(caller_id)
    assert entry.how == "email" and attachment.get_content() == sheet_pdf(entry.id)
    assert caller_history(caller_id).sent_items[0].how == "email"


def test_email_without_an_address_leaves_the_recipient_to_fill(qtbot, content, paths,
                                                               opened_urls) -> None:
    caller_id, call_id = make_call(email_address="")
    dialog = open_dialog(qtbot, content, paths, caller_id, call_id)
    path = dialog.email_draft()
    assert path is not None
    message = email.message_from_bytes(path.read_bytes(), policy=default_policy)
    assert message["To"] is None
    assert "ingen e-mailadresse" in dialog.findChild(QLabel, "sendStatusLabel").text()


def test_print_goes_to_the_printer_page_for_page_and_is_logged(qtbot, content, paths,
                                                               tmp_path: Path) -> None:
    caller_id, call_id = make_call()
    dialog = open_dialog(qtbot, content, paths, caller_id, call_id)
    out = tmp_path / "printed.pdf"
    sent_id = dialog.print_to(printer_to_file(out))
    assert sent_id is not None
    printed = PdfReader(out)
    assert len(printed.pages) == dialog.preview.page_count()
    width, height = (float(v) for v in printed.pages[0].mediabox.upper_right)
    assert round(width) == 595 and round(height) == 842  # A4 at 100 %
    assert sheets_for(caller_id)[0].how == "print"


def test_post_needs_an_address_and_goes_into_the_days_batch(qtbot, content, paths,
                                                            tmp_path: Path) -> None:
    homeless, homeless_call = make_call("Uden Adresse", street="")
    dialog = open_dialog(qtbot, content, paths, homeless, homeless_call)
    assert dialog.mark_to_post() is None
    assert "ingen postadresse" in dialog.findChild(QLabel, "sendStatusLabel").text()
    assert sheets_for(homeless) == []

    caller_id, call_id = make_call()
    dialog = open_dialog(qtbot, content, paths, caller_id, call_id)
    qtbot.mouseClick(dialog.findChild(QPushButton, "postButton"), Qt.MouseButton.LeftButton)
    [waiting] = pending_post()
    assert waiting.caller_id == caller_id

    posting = PostingDialog(user="Lone", today=date.today())
    qtbot.addWidget(posting)
    posting.show()
    table = posting.findChild(QTableWidget, "postList")
    assert table.rowCount() == 1 and table.item(0, 0).text() == "Karen Østergaard"
    assert table.item(0, 1).text() == "Åbyvej 12, 8230 Åbyhøj"
    qtbot.mouseClick(posting.findChild(QPushButton, "makeBatchButton"),
                     Qt.MouseButton.LeftButton)
    assert posting.batch is not None and pending_post() == []
    assert posting.preview.page_count() == len(PdfReader(io.BytesIO(posting.batch.pdf)).pages)
    assert posting.save_to(tmp_path / "post.pdf")
    assert "Karen Østergaard" in text_of((tmp_path / "post.pdf").read_bytes())
    assert posting.print_to(printer_to_file(tmp_path / "post-printed.pdf"))
    assert sheets_for(caller_id)[0].posted_on == date.today()


def test_the_settings_dialog_saves_the_window_and_shows_the_calibration_page(
        qtbot, paths, tmp_path: Path) -> None:
    from reception.sheets import load_sheet_settings

    dialog = SheetSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.left_spin.setValue(23.5)
    dialog.show_calibration()
    assert dialog.preview.page_count() == 1
    assert "23,5 mm" in text_of(dialog.preview.data)
    assert dialog.save_calibration_to(tmp_path / "kalibrering.pdf")
    dialog.logo_edit.setText(str(tmp_path / "findes-ikke.png"))
    dialog.save()
    assert "findes ikke" in dialog.error_label.text() and dialog.result() == 0
    dialog.logo_edit.setText("")
    dialog.save()
    assert load_sheet_settings().window_left_mm == 23.5


def test_the_picker_keeps_the_order_things_were_ticked_in(qtbot, content) -> None:
    from reception.sheets import SheetSelection
    from ui.sheets.content_picker import ContentPicker

    picker = ContentPicker(content)
    qtbot.addWidget(picker)
    picker.set_selection(SheetSelection(
        ("condition:nakkesmerter", "condition:kroniske-smerter"),
        ("faq:bestil-tid", "faq:bliver-jeg-bedoevet", "faq:findes-ikke"), False))
    with qtbot.waitSignal(picker.changed):
        picker.set_checked("faq:koere-bil-efter-behandling", True)
    picker.set_checked("faq:bestil-tid", False)
    picker.set_checked("steps", True)
    assert picker.selection() == SheetSelection(
        ("condition:nakkesmerter", "condition:kroniske-smerter"),
        ("faq:bliver-jeg-bedoevet", "faq:koere-bil-efter-behandling"), True)


# -- a fresh install: the clinic's own address is empty ------------------------------------


@pytest.fixture
def fresh_paths(isolated_data_dir: Path) -> DataPaths:
    """A data folder where nobody has filled in Klinikkens oplysninger yet."""
    paths = resolve_data_paths(isolated_data_dir).ensure()
    open_database(paths.database)
    return paths


def test_emailing_without_the_clinics_address_asks_for_it_first(
        qtbot, content, fresh_paths, opened_urls) -> None:
    caller_id, call_id = make_call()
    dialog = open_dialog(qtbot, content, fresh_paths, caller_id, call_id)
    panel = dialog.findChild(QWidget, "clinicAddressPanel")
    assert panel.isVisible()  # asked above the letter as soon as the dialog opens
    assert dialog.email_draft() is None  # the first send waits for the address
    assert sheets_for(caller_id) == [] and opened_urls == []
    assert "Klinikkens adresse mangler" in dialog.findChild(QLabel, "sendStatusLabel").text()
    qtbot.keyClicks(dialog.findChild(QLineEdit, "clinicStreetEdit"), "Klinikvej 1")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "clinicPostcodeEdit"), "8000")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "clinicTownEdit"), "Aarhus C")
    qtbot.mouseClick(dialog.findChild(QPushButton, "clinicAddressSaveButton"),
                     Qt.MouseButton.LeftButton)
    assert not panel.isVisible()
    path = dialog.email_draft()
    assert path is not None
    message = email.message_from_bytes(path.read_bytes(), policy=default_policy)
    [attachment] = list(message.iter_attachments())
    sent = text_of(attachment.get_content())
    assert "Klinikvej 1" in sent and "8000 Aarhus C" in sent
    # stored: the next dialog asks nothing
    again = open_dialog(qtbot, content, fresh_paths, caller_id, call_id)
    assert not again.findChild(QWidget, "clinicAddressPanel").isVisible()
    assert again.mark_to_post() is not None and not again.address_asked


def test_posting_without_the_clinics_address_asks_once_then_sends(
        qtbot, content, fresh_paths) -> None:
    caller_id, call_id = make_call()
    dialog = open_dialog(qtbot, content, fresh_paths, caller_id, call_id)
    assert dialog.mark_to_post() is None and pending_post() == []
    assert dialog.focusWidget() is dialog.findChild(QLineEdit, "clinicStreetEdit")
    assert dialog.mark_to_post() is not None  # asked once: pressed again, it is sent
    assert len(pending_post()) == 1
    posting = PostingDialog(user="Lone", today=date.today())
    qtbot.addWidget(posting)
    warning = posting.findChild(QLabel, "clinicAddressWarning")
    assert not warning.isHidden() and "Klinikkens oplysninger" in warning.text()


def test_the_clinics_address_is_checked_before_it_is_saved(qtbot, content,
                                                           fresh_paths) -> None:
    caller_id, call_id = make_call()
    dialog = open_dialog(qtbot, content, fresh_paths, caller_id, call_id)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "clinicStreetEdit"), "Klinikvej 1")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "clinicPostcodeEdit"), "80")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "clinicTownEdit"), "Aarhus C")
    assert not dialog.address_panel.save()
    assert "4 cifre" in dialog.findChild(QLabel, "clinicAddressError").text()
    assert dialog.address_panel.isVisible()


def test_with_the_clinics_address_nothing_is_asked(qtbot, content, paths) -> None:
    caller_id, call_id = make_call()
    dialog = open_dialog(qtbot, content, paths, caller_id, call_id)
    assert not dialog.findChild(QWidget, "clinicAddressPanel").isVisible()
    assert dialog.mark_to_post() is not None
    assert not dialog.address_asked
    posting = PostingDialog(user="Lone", today=date.today())
    qtbot.addWidget(posting)
    assert posting.findChild(QLabel, "clinicAddressWarning").isHidden()


def test_the_letter_is_signed_by_the_staff_member_on_the_list(qtbot, content, paths) -> None:
    from reception.privacy import set_staff_members

    set_staff_members(["Mette Jensen", "Lone Holm"])
    caller_id, call_id = make_call()
    signed = SendSheetDialog(content, caller_id, paths, call_id=call_id, user="Mette Jensen",
                             today=TODAY)
    qtbot.addWidget(signed)
    lines = [line.strip() for line in text_of(signed.current_pdf()).splitlines()]
    start = lines.index("Med venlig hilsen")
    assert lines[start + 1:start + 3] == ["Mette Jensen", "Guldklinikken"]
    assert cover_text("Karen", "Guldklinikken", "", signed.signer).endswith(
        "Med venlig hilsen\nMette Jensen\nGuldklinikken\n")
    login = SendSheetDialog(content, caller_id, paths, call_id=call_id, user="reception",
                            today=TODAY)
    qtbot.addWidget(login)
    lines = [line.strip() for line in text_of(login.current_pdf()).splitlines()]
    assert lines[lines.index("Med venlig hilsen") + 1] == "Guldklinikken"
