"""The privacy dialogs driven like the receptionist would: type, click, confirm."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from privacy_helpers import make_person, open_db
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from reception.calls import find_callers_by_phone
from reception.privacy import audit_for, record_view, retention_months, staff_members
from reception.store.models import Caller
from ui.privacy import (
    AuditLogDialog,
    ErasePersonDialog,
    ExportPersonDialog,
    PrivacySettingsDialog,
    RetentionReviewDialog,
    StaffChooserDialog,
    choose_staff,
)
from ui.privacy.common import CONFIRM_NAME

OLD = date(2021, 5, 3)


def answer_confirmation(qtbot, yes: bool) -> list[str]:
    """Answer the next confirmation box; returns its text once shown."""
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != CONFIRM_NAME:
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        name = "privacyConfirmYes" if yes else None
        button = box.findChild(QPushButton, name) if name else box.escapeButton()
        button.click()

    QTimer.singleShot(0, answer)
    return seen


def test_staff_chooser_remembers_the_last_choice(qtbot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    names = ["Mette", "Lise", "Jonas"]
    dialog = StaffChooserDialog(names, settings)
    qtbot.addWidget(dialog)
    assert dialog.chosen() == "Mette"  # the first one the first time
    dialog.list.setCurrentRow(1)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.result() == 1 and dialog.chosen() == "Lise"
    again = StaffChooserDialog(names, QSettings(str(tmp_path / "ui.ini"),
                                                QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert again.chosen() == "Lise"
    assert choose_staff([], settings) is None  # no list: the app uses the login name


def test_settings_dialog_saves_staff_and_months_or_shows_the_problem(
        qtbot, tmp_path: Path) -> None:
    open_db(tmp_path)
    dialog = PrivacySettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.staff_edit.toPlainText() == "" and dialog.months_spin.value() == 24
    dialog.staff_edit.setPlainText("Mette\n\nLise\n" + "x" * 60)
    assert dialog.save() is False
    assert dialog.staff_error.isVisibleTo(dialog) and "for langt" in dialog.staff_error.text()
    assert staff_members() == []  # nothing half-saved
    dialog.staff_edit.setPlainText("Mette\n\nLise\n")
    dialog.months_spin.setValue(36)
    assert dialog.save() is True
    assert staff_members() == ["Mette", "Lise"] and retention_months() == 36


def test_export_dialog_writes_the_files_to_the_chosen_folder(qtbot, tmp_path: Path) -> None:
    open_db(tmp_path)
    karen = make_person("23394977", "Karen Holm", "knæ")
    dialog = ExportPersonDialog(karen.id, "Mette")
    qtbot.addWidget(dialog)
    assert not dialog.export_button.isEnabled()
    qtbot.keyClicks(dialog.folder_edit, str(tmp_path / "findes-ikke"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "findes ikke" in dialog.status.text() and dialog.result_info is None
    out = tmp_path / "ud"
    out.mkdir()
    dialog.folder_edit.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.result_info is not None and dialog.result_info.pdf.exists()
    assert "Gemt i" in dialog.status.text() and dialog.open_button.isVisibleTo(dialog)
    assert audit_for(karen.id)[-1].action == "caller.export"


def test_erase_dialog_needs_the_typed_word(qtbot, tmp_path: Path) -> None:
    open_db(tmp_path)
    karen = make_person("23394977", "Karen Holm", "knæ")
    peter = make_person("23394977", "Peter Holm", "nakke")
    dialog = ErasePersonDialog(karen.id, "Mette")
    qtbot.addWidget(dialog)
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.confirm_edit, "slet")
    assert not dialog.erase_button.isEnabled()
    dialog.confirm_edit.clear()
    qtbot.keyClicks(dialog.confirm_edit, "SLET")
    assert dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1 and dialog.result_info is not None
    assert [p.id for p in find_callers_by_phone("23394977")] == [peter.id]


def test_retention_review_anonymises_only_after_confirmation(qtbot, tmp_path: Path) -> None:
    open_db(tmp_path)
    old = make_person("23394977", "Gammel Kunde", "ryg", day=OLD)
    older = make_person("40575457", "Ældre Kunde", "knæ", day=date(2020, 2, 1))
    make_person("20202020", "Ny Kunde", "nakke")
    dialog = RetentionReviewDialog("Mette")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 0).text() == "Ældre Kunde"  # oldest activity first
    assert dialog.table.item(1, 4).text() == "03.05.2021"
    assert "2 personer" in dialog.summary.text() and "24 måneder" in dialog.summary.text()
    assert not dialog.erase_button.isEnabled()  # nobody is chosen for the receptionist

    dialog.table.selectRow(1)
    seen = answer_confirmation(qtbot, yes=False)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert seen and "1 person?" in seen[0]
    assert Caller.get_or_none(Caller.id == old.id) is not None  # cancelled: nothing changed

    dialog.table.selectRow(1)
    answer_confirmation(qtbot, yes=True)
    qtbot.mouseClick(dialog.anonymise_button, Qt.MouseButton.LeftButton)
    assert Caller.get_by_id(old.id).name == ""
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "Ældre Kunde"

    dialog.table.selectAll()
    answer_confirmation(qtbot, yes=True)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert Caller.get_or_none(Caller.id == older.id) is None
    assert dialog.table.rowCount() == 0 and not dialog.erase_button.isEnabled()


def test_audit_log_lists_everyone_and_filters_by_person_and_period(
    qtbot, tmp_path: Path
) -> None:
    open_db(tmp_path)
    karen = make_person("23394977", "Karen Holm", "knæ", by="Mette")
    make_person("40575457", "Ole Berg", "nakke", day=OLD, by="Lise")
    record_view(karen.id, "Lise")
    dialog = AuditLogDialog()
    qtbot.addWidget(dialog)
    model = dialog.model
    assert dialog.period_box.currentText() == "Sidste 30 dage"  # a month to start with
    month = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert month and not [about for about in month if "Ole" in about]
    dialog.period_box.setCurrentIndex(0)  # the whole period
    everything = model.rowCount()
    rows = [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(everything)]
    assert rows[0][1:4] == ["Lise", "Oplysninger vist", f"Karen Holm (person nr. {karen.id})"]
    assert any("Ole Berg" in row[3] for row in rows)
    assert dialog.count.text() == f"{everything} hændelser"
    users = [dialog.user_box.itemText(i) for i in range(dialog.user_box.count())]
    assert users == ["Alle", "Lise", "Mette"]
    dialog.user_box.setCurrentIndex(users.index("Lise"))
    lise = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert lise and set(lise) == {"Lise"} and model.rowCount() < everything
    dialog.period_box.setCurrentIndex(1)  # today: Ole's call in 2021 drops out
    today = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert today and not [about for about in today if "Ole" in about]


def test_the_register_opens_one_persons_audit_log(qtbot, tmp_path: Path) -> None:
    from ui.privacy.audit_dialog import AuditLogDialog

    open_db(tmp_path)
    karen = make_person("23394977", "Karen Holm", "knæ", by="Mette")
    make_person("40575457", "Ole Berg", "nakke", by="Lise")
    dialog = AuditLogDialog(person=karen.id, person_name="Karen Holm")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Revisionslog – Karen Holm"
    abouts = [dialog.model.index(r, 3).data() for r in range(dialog.model.rowCount())]
    assert abouts and all("Karen Holm" in about for about in abouts)
