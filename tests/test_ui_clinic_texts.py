"""Filer → Klinikkens tekster driven like the clinic would (issue 17): a new question found
by the search at once, a corrected section in the reader and on a rendered sheet, both
still there after a restart, and the earlier version brought back."""

from __future__ import annotations

import io
import re
import time
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from reception.content.pages import DRAFT_CONTEXT
from reception.paths import resolve_data_paths
from reception.sheets import danish_date, letterhead_from_clinic, personal_sheet, render_sheet
from reception.sheets.model import Recipient
from ui.app import create_main_window
from ui.main_window import MainWindow
from ui.texts.editor import ClinicTextsDialog

SECTION = "nakkesmerter/aarsager"
NEW_POINT = "Stress og dårlig søvn er de hyppigste årsager, vi ser i klinikken."


def open_window(qtbot, folder: Path) -> MainWindow:
    window = create_main_window(resolve_data_paths(folder).ensure())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def open_editor(qtbot, window: MainWindow) -> ClinicTextsDialog:
    assert window.texts_action.isEnabled()
    assert window.texts_live is not None
    dialog = ClinicTextsDialog(window.texts_live, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def field(dialog: ClinicTextsDialog, name: str) -> QLineEdit | QPlainTextEdit:
    assert dialog.form is not None
    return dialog.form.editors[name]


def search(qtbot, window: MainWindow, text: str) -> None:
    edit = window.knowledge.search_edit
    edit.clear()
    qtbot.keyClicks(edit, text)


def hits(window: MainWindow) -> list:
    model = window.knowledge.results_model
    return [model.hit(row) for row in range(model.rowCount())]


def hit_keys(window: MainWindow) -> list[str]:
    return [hit.key for hit in hits(window)]


def sheet_text(window: MainWindow) -> str:
    content = window.workspace.content  # what a sheet sent from this window is built from
    data = personal_sheet(content, letterhead_from_clinic(content.clinic),
                          Recipient("Jens Hansen", "Guldvej 7", "8000", "Aarhus C"),
                          [SECTION], [], [], "", date.today())
    pages = PdfReader(io.BytesIO(render_sheet(data))).pages
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pages))


def reader_text(window: MainWindow, key: str) -> str:
    window.knowledge.show_page(key)
    return re.sub(r"\s+", " ", window.knowledge.reader.toPlainText())


def test_the_clinic_adds_and_corrects_texts_and_keeps_them(qtbot, isolated_data_dir: Path
                                                           ) -> None:
    window = open_window(qtbot, isolated_data_dir)
    search(qtbot, window, "koster")
    assert "faq:hvad-koster-en-konsultation" not in hit_keys(window)

    dialog = open_editor(qtbot, window)
    dialog.start_new_faq()
    qtbot.keyClicks(field(dialog, "question"), "Hvad koster en konsultation?")
    assert dialog.form.value("id") == "hvad-koster-en-konsultation"
    dialog.check_now()
    assert dialog.form.errors["answer"].isVisibleTo(dialog)  # beside the field, before saving
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(field(dialog, "answer"), "Prisen står i klinikkens prisliste.")
    qtbot.keyClicks(field(dialog, "tags"), "pris")
    dialog.check_now()
    assert not dialog.form.errors["answer"].isVisibleTo(dialog)
    assert "Hvad koster en konsultation?" in dialog.reader_preview.toPlainText()
    assert "Prisen står" in dialog.sheet_preview.toPlainText()
    started = time.perf_counter()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    found = window.knowledge._search("pris")  # what the next keystroke in the search asks
    elapsed = time.perf_counter() - started
    assert found[0].key == "faq:hvad-koster-en-konsultation"
    assert elapsed < 1.0, f"saved to found took {elapsed:.2f} s on this desk"
    for query in ("pris", "koster"):
        search(qtbot, window, query)
        assert hit_keys(window)[0] == "faq:hvad-koster-en-konsultation", query

    dialog.select("section", SECTION)
    points = field(dialog, "talking_points")
    original = points.toPlainText().splitlines()[0]
    points.setPlainText("\n".join([NEW_POINT, *points.toPlainText().splitlines()[1:]]))
    dialog.check_now()
    assert NEW_POINT in dialog.sheet_preview.toPlainText()
    dialog.tabs.setCurrentWidget(dialog.pdf_preview)  # the real sheet, before saving
    pages = PdfReader(io.BytesIO(dialog.pdf_preview.data)).pages
    assert NEW_POINT in re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pages))
    dialog.tabs.setCurrentIndex(0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert NEW_POINT in reader_text(window, f"condition:{SECTION}")
    text = sheet_text(window)
    assert NEW_POINT in text and original not in text
    assert f"senest revideret {danish_date(date.today())}" in text
    dialog.close()
    window.close()

    again = open_window(qtbot, isolated_data_dir)  # a new session on the same data folder
    search(qtbot, again, "pris")
    assert hit_keys(again)[0] == "faq:hvad-koster-en-konsultation"
    assert NEW_POINT in reader_text(again, f"condition:{SECTION}")
    assert NEW_POINT in sheet_text(again)

    dialog = open_editor(qtbot, again)
    dialog.select("section", SECTION)
    dialog.tabs.setCurrentIndex(2)
    rows = dialog.history_list.count()
    assert rows == 2  # the clinic's change, and the program's text it started from
    assert "godkendt" in dialog.history_list.item(0).text()
    dialog.history_list.setCurrentRow(rows - 1)
    assert original in dialog.then_view.toPlainText()  # side by side with …
    assert NEW_POINT in dialog.now_view.toPlainText()  # … the text now
    qtbot.mouseClick(dialog.bring_back_button, Qt.MouseButton.LeftButton)
    assert original in reader_text(again, f"condition:{SECTION}")
    assert original in sheet_text(again) and NEW_POINT not in sheet_text(again)
    assert dialog.history_list.count() == 3  # nothing was lost: the correction is still there
    dialog.history_list.setCurrentRow(1)
    assert NEW_POINT in dialog.then_view.toPlainText()


def test_a_change_needing_approval_shows_as_a_draft(qtbot, isolated_data_dir: Path) -> None:
    window = open_window(qtbot, isolated_data_dir)
    dialog = open_editor(qtbot, window)
    dialog.select("faq", "bestil-tid")
    field(dialog, "answer").setPlainText("Ring til klinikken.")
    dialog.needs_approval.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    search(qtbot, window, "bestil tid")
    hit = hits(window)[0]
    assert hit.key == "faq:bestil-tid" and hit.title.startswith("Udkast")
    assert DRAFT_CONTEXT in reader_text(window, "faq:bestil-tid")
    browse = window.knowledge.browse
    marked = [item.text(0) for item in browse.findItems(
        "(udkast)", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive)]
    assert len(marked) == 1 and marked[0].startswith("Hvordan bestiller jeg tid")
    assert dialog.approve_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    search(qtbot, window, "bestil tid")
    assert not hits(window)[0].title.startswith("Udkast")


@pytest.mark.parametrize("bad", ["", "   "])
def test_nothing_invalid_can_be_saved(qtbot, isolated_data_dir: Path, bad: str) -> None:
    window = open_window(qtbot, isolated_data_dir)
    dialog = open_editor(qtbot, window)
    dialog.select("step", "scan")
    field(dialog, "title").setText(bad)
    assert not dialog.check_now()
    assert dialog.form.errors["title"].text() == "Skal udfyldes."
    assert not dialog.save()
    assert window.texts_live.state.changes == ()


def test_a_new_condition_with_its_first_section(qtbot, isolated_data_dir: Path) -> None:
    window = open_window(qtbot, isolated_data_dir)
    dialog = open_editor(qtbot, window)
    qtbot.mouseClick(dialog.new_condition_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field(dialog, "title"), "Knæsmerter")
    assert dialog.form.value("id") == "knaesmerter"
    field(dialog, "summary").setPlainText("Klinikken behandler også knæ.")
    assert not dialog.check_now()  # the first section is still empty
    section = dialog.section_form
    assert section is not None
    section.editors["title"].setText("Hvad er knæsmerter?")
    section.editors["talking_points"].setPlainText("Smerter i og omkring knæet.")
    section.editors["body"].setPlainText("Første afsnit.\n\n- et punkt\n- et andet punkt")
    assert dialog.check_now()
    assert "et andet punkt" in dialog.reader_preview.toPlainText()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    search(qtbot, window, "knæ")
    assert "condition:knaesmerter/hvad-er-det" in hit_keys(window)
    assert dialog.find_item("section", "knaesmerter/hvad-er-det") is not None


def test_an_update_of_a_text_the_clinic_changed_is_shown_with_both(
        qtbot, isolated_data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    import ui.app
    from reception.content.loader import default_content_dir

    window = open_window(qtbot, isolated_data_dir)
    dialog = open_editor(qtbot, window)
    dialog.select("faq", "bestil-tid")
    field(dialog, "answer").setPlainText("Klinikkens eget svar om at bestille tid.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    dialog.close()
    window.close()

    updated = tmp_path / "content"  # the next program version changes the same answer
    shutil.copytree(default_content_dir(), updated)
    faq = updated / "faq.toml"
    text = faq.read_text(encoding="utf-8")
    start = text.index('id = "bestil-tid"')
    answer = text.index('answer = """', start)
    end = text.index('"""', answer + 12) + 3
    faq.write_text(text[:answer] + 'answer = "Programmets nye svar om at bestille tid."'
                   + text[end:], encoding="utf-8")
    monkeypatch.setattr(ui.app, "default_content_root", lambda: updated)

    again = open_window(qtbot, isolated_data_dir)
    assert "opdatering" in again.statusBar().currentMessage()
    assert "Klinikkens eget svar" in reader_text(again, "faq:bestil-tid")  # ours still wins
    dialog = open_editor(qtbot, again)
    assert dialog.conflict_banner.isVisibleTo(dialog)
    dialog.select("faq", "bestil-tid")
    assert "opdateret af programmet" in dialog.tree.currentItem().text(0)
    dialog.history_list.setCurrentRow(0)
    assert "Programmets nye svar" in dialog.then_view.toPlainText()  # both, side by side
    assert "Klinikkens eget svar" in dialog.now_view.toPlainText()
    qtbot.mouseClick(dialog.keep_ours_button, Qt.MouseButton.LeftButton)
    assert not dialog.conflict_banner.isVisibleTo(dialog)
    assert "Klinikkens eget svar" in reader_text(again, "faq:bestil-tid")


def test_export_and_import_from_the_editor(qtbot, isolated_data_dir: Path,
                                           tmp_path: Path) -> None:
    from reception.content.loader import default_content_dir

    window = open_window(qtbot, isolated_data_dir)
    dialog = open_editor(qtbot, window)
    folder = tmp_path / "tekster"
    dialog.export(str(folder))
    assert "5 filer" in dialog.status.text()
    steps = folder / "steps.toml"
    steps.write_text(steps.read_text(encoding="utf-8").replace(
        'title = "Bestil tid"', 'title = "Ring og bestil tid"'), encoding="utf-8")
    program = (default_content_dir() / "steps.toml").read_bytes()
    dialog.import_folder(str(folder), confirm=False)
    assert "1 ændring importeret" in dialog.status.text()
    assert "Ring og bestil tid" in reader_text(window, "step:booking")
    assert dialog.find_item("step", "booking") is not None
    assert (default_content_dir() / "steps.toml").read_bytes() == program


def test_a_change_saved_elsewhere_keeps_unsaved_typing(qtbot, isolated_data_dir: Path) -> None:
    from reception.content import clinic_texts
    from reception.content.clinic_texts import Proposed
    from reception.content.overlay import entry_of

    window = open_window(qtbot, isolated_data_dir)
    dialog = open_editor(qtbot, window)
    dialog.select("faq", "bestil-tid")
    field(dialog, "answer").setPlainText("Halvt skrevet svar")
    assert dialog.dirty()
    shipped = window.texts_live.shipped
    other = {**entry_of(shipped, "faq", "hvem-er-laegen"), "answer": "Et svar fra en anden."}
    clinic_texts.save(shipped, [Proposed("faq", "hvem-er-laegen", other)])  # e.g. another desk
    assert dialog.form.value("answer") == "Halvt skrevet svar"
    assert "ikke gemt endnu" in dialog.status.text()
    assert "Et svar fra en anden." in reader_text(window, "faq:hvem-er-laegen")
    assert dialog.save()
    assert "Halvt skrevet svar" in reader_text(window, "faq:bestil-tid")


def test_saving_an_untouched_text_stores_nothing(qtbot, isolated_data_dir: Path) -> None:
    window = open_window(qtbot, isolated_data_dir)
    dialog = open_editor(qtbot, window)
    dialog.select("section", SECTION)
    assert not dialog.dirty()
    assert dialog.save()
    assert dialog.status.text() == "Ingen ændringer at gemme."
    assert window.texts_live.state.changes == ()
