"""Filer → Klinikkens tekster by keys alone: opened from the menu with Alt letters, a
question found with the arrows, its answer written and saved, a draft approved, the
preview tabs and the history, the »Nyt spørgsmål« menu; Esc never throws typing away."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyboard_helpers import (
    Modal,
    alt,
    back_in,
    clashes,
    focused,
    names,
    press,
    tab_chain,
    type_text,
    unnamed,
    until,
)
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QLineEdit,
    QMessageBox,
)

from reception.content import clinic_texts
from reception.content.overlay import DRAFT, entry_of
from reception.paths import resolve_data_paths
from ui.app import create_main_window
from ui.main_window import MainWindow
from ui.texts.editor import ClinicTextsDialog
from ui.translations import tr

ADDED = "Husk at tage jeres scanning med."


@pytest.fixture
def window(qtbot, isolated_data_dir: Path) -> MainWindow:
    win = create_main_window(resolve_data_paths(isolated_data_dir).ensure())
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    qtbot.waitUntil(lambda: win.texts_action.isEnabled())
    return win


@pytest.fixture
def editor(qtbot, window: MainWindow) -> ClinicTextsDialog:
    """The editor as Alt+F, T opens it, shown beside the test (not blocking in exec)."""
    assert window.texts_live is not None
    dialog = ClinicTextsDialog(window.texts_live, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def first_question(dialog: ClinicTextsDialog) -> None:
    """Arrows in the list: down to the first topic, open it, down to its first question."""
    assert focused() is dialog.tree
    for _ in range(30):
        if dialog.kind == "faq":
            return
        item = dialog.tree.currentItem()
        if item is not None and item.childCount() and not item.isExpanded():
            press(Qt.Key.Key_Right)
        press(Qt.Key.Key_Down)
    raise AssertionError("no question reached by the arrows")


def tab_to(widget) -> None:
    for _ in range(40):
        if focused() is widget:
            return
        press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.objectName()}")


def test_the_menu_opens_the_editor_by_alt_letters(window: MainWindow) -> None:
    letters = {}
    for action in window.file_menu.actions():
        text = action.text()
        if "&" in text:
            letters.setdefault(text[text.index("&") + 1].casefold(), []).append(text)
    assert clashes(letters) == {} and "t" in letters

    def look(dialog: ClinicTextsDialog) -> None:
        assert focused() is dialog.tree  # the list of texts first
        press(Qt.Key.Key_Escape)  # nothing typed: Esc closes at once
        assert not dialog.isVisible()

    window.knowledge.search_edit.setFocus()
    press(Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert QApplication.activePopupWidget() is window.file_menu
    modal = Modal(ClinicTextsDialog, look)
    press(Qt.Key.Key_T)
    modal.check()


def test_a_question_is_written_and_saved_by_keys(editor: ClinicTextsDialog) -> None:
    first_question(editor)
    key = editor.key
    answer = editor.form.editors["answer"]
    tab_to(answer)
    press(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    press(Qt.Key.Key_Return)
    type_text(ADDED)
    press(Qt.Key.Key_Tab)  # on to the next field: no tab character in the answer
    assert focused() is editor.form.editors["detail"]
    assert "\t" not in answer.toPlainText()
    alt(Qt.Key.Key_G)  # »&Gem«
    until(lambda: editor.status.text() == "Gemt.")
    (latest, *_older) = clinic_texts.history("faq", key)
    assert latest.data["answer"].endswith(ADDED)


def test_esc_with_unsaved_typing_asks_and_keeps_it(editor: ClinicTextsDialog) -> None:
    first_question(editor)
    tab_to(editor.form.editors["answer"])
    type_text("Ikke gemt endnu. ")
    kept = editor.form.editors["answer"].toPlainText()
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):  # the safe answer both times

        def answer(box: QMessageBox, key: Qt.Key = key) -> None:
            assert box.objectName() == "leaveTextsBox"
            assert box.defaultButton() is box.escapeButton()
            press(key)

        modal = Modal(QMessageBox, answer)
        press(Qt.Key.Key_Escape)
        modal.check()
        assert editor.isVisible()
        assert back_in(editor) is editor.form.editors["answer"]
        assert editor.form.editors["answer"].toPlainText() == kept

    modal = Modal(QMessageBox, lambda box: alt(Qt.Key.Key_K))  # »&Kassér og luk«
    press(Qt.Key.Key_Escape)
    modal.check()
    assert not editor.isVisible()


def test_tab_follows_the_columns_and_every_stop_is_named(editor: ClinicTextsDialog) -> None:
    first_question(editor)
    chain = tab_chain()
    fields = [f"field_{name}" for name in
              ("question", "answer", "detail", "topic", "source", "tags", "synonyms")]
    assert names(chain) == [
        "textsTree", "newFaqButton", "newConditionButton", *fields, "needsApprovalCheck",
        "saveTextButton", "qt_tabwidget_tabbar", "readerPreview", "sheetPreview",
        "exportTextsButton", "importTextsButton", "closeTextsButton"]
    assert unnamed(chain) == []
    assert tab_chain(backwards=True)[1:] == list(reversed(chain[1:]))
    letters: dict[str, list[str]] = {}
    for button in editor.findChildren(QAbstractButton):  # the hidden ones too
        if "&" in button.text():
            letters.setdefault(button.text().split("&")[1][0].casefold(), []).append(
                button.text())
    tabs = editor.tabs
    for index in range(tabs.count()):
        letters.setdefault(tabs.tabText(index).split("&")[1][0].casefold(), []).append(
            tabs.tabText(index))
    assert clashes(letters) == {}
    assert len(letters) >= 16

    alt(Qt.Key.Key_H)  # »&Historik«
    until(lambda: tabs.currentIndex() == 2)
    editor.tree.setFocus()
    chain = tab_chain()
    assert names(chain)[names(chain).index("qt_tabwidget_tabbar") + 1] == "historyList"
    assert unnamed(chain) == []


def test_a_draft_is_made_approved_and_previewed_by_keys(editor: ClinicTextsDialog) -> None:
    first_question(editor)
    key = editor.key
    tab_to(editor.form.editors["answer"])
    type_text("Udkast: ")
    alt(Qt.Key.Key_K)  # »&Kræver lægens godkendelse«
    until(editor.needs_approval.isChecked)
    alt(Qt.Key.Key_G)
    until(lambda: clinic_texts.history("faq", key)[0].status == DRAFT)
    until(editor.approve_button.isVisible)
    alt(Qt.Key.Key_R)  # »A&rk (PDF)«: the real sheet is rendered
    until(lambda: editor.tabs.currentWidget() is editor.pdf_preview)
    QTest.qWait(50)
    alt(Qt.Key.Key_D)  # »Go&dkend udkastet«
    until(lambda: clinic_texts.history("faq", key)[0].status != DRAFT)
    alt(Qt.Key.Key_H)
    until(lambda: editor.history_list.count() >= 2)
    editor.history_list.setFocus()
    press(Qt.Key.Key_Down)
    alt(Qt.Key.Key_E)  # »H&ent denne version frem«: the draft comes back
    until(lambda: editor.status.text() == tr("Den valgte version er hentet frem."))


def test_the_new_question_menu_opens_from_the_keyboard(editor: ClinicTextsDialog) -> None:
    tab_to(editor.new_faq_button)
    chosen = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        chosen.append(menu)
        press(Qt.Key.Key_Down, widget=menu)
        press(Qt.Key.Key_Return, widget=menu)

    QTimer.singleShot(50, pick)
    press(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert chosen and chosen[0] is editor.new_faq_button.menu()
    assert editor.kind == "faq" and editor.new
    assert editor.form.value("question") == "Hvad koster en konsultation?"
    assert focused() is editor.form.editors["question"]


def choose_folder(folder: Path) -> Modal:
    """Qt's own folder dialog, answered by typing the folder and Enter."""
    def answer(_dialog: QFileDialog) -> None:
        line = focused()
        assert isinstance(line, QLineEdit)  # the dialog opens with the name field focused
        line.selectAll()
        type_text(str(folder))
        press(Qt.Key.Key_Return)

    return Modal(QFileDialog, answer)


def test_texts_are_exported_and_imported_by_keys(editor: ClinicTextsDialog,
                                                  tmp_path: Path) -> None:
    folder = tmp_path / "tekster"
    folder.mkdir()
    tab_to(editor.export_button)
    modal = choose_folder(folder)
    alt(Qt.Key.Key_S)  # »Ek&sporter …«
    modal.check()
    until(lambda: any(folder.iterdir()))
    assert back_in(editor) is editor.export_button

    question = editor.content.faq[0]
    changed = question.question.rstrip("?") + " (rettet)?"
    (written,) = [p for p in folder.rglob("*") if p.is_file()
                  and question.question in p.read_text(encoding="utf-8")][:1]
    written.write_text(written.read_text(encoding="utf-8").replace(
        question.question, changed, 1), encoding="utf-8")

    def answer_with(key: Qt.Key):
        def answer(box: QMessageBox) -> None:
            assert "1 ændring" in box.text()
            press(key)
        return answer

    for key, imported in ((Qt.Key.Key_Escape, False), (Qt.Key.Key_Return, True)):
        folder_modal = choose_folder(folder)
        box_modal = Modal(QMessageBox, answer_with(key))  # »Gem 1 ændring?« comes next
        alt(Qt.Key.Key_I)  # »&Importer …«
        folder_modal.check()
        box_modal.check()
        now = entry_of(editor.live.files_now(), "faq", question.id) or {}
        assert (now.get("question") == changed) is imported, key
        back_in(editor)


def test_a_new_condition_and_its_section_start_in_their_titles(editor: ClinicTextsDialog) -> None:
    alt(Qt.Key.Key_Y)  # »Ny s&ygdom«
    until(lambda: editor.kind == "condition" and editor.new)
    assert focused() is editor.form.editors["title"]
    type_text("Tennisalbue")
    until(lambda: editor.form.value("id") == "tennisalbue")
    press(Qt.Key.Key_Tab)
    assert focused() is editor.form.editors["source"]  # the id is suggested, not typed
    editor.tree.setFocus()
    editor.select("condition", editor.content.conditions[0].id)
    alt(Qt.Key.Key_A)  # »Nyt &afsnit« of the chosen condition
    until(lambda: editor.kind == "section" and editor.new)
    assert focused() is editor.form.editors["title"]
