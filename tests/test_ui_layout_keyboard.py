"""The call screen on a laptop and from the keyboard: at 1366×768 and 1920×1080 the
form, its buttons and an open checklist are all on screen, without a sideways
scrollbar; a whole call goes by keys; every key is in Hjælp → Tastaturgenveje."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QRegion, QShortcut
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from reception.calls import CallForm, CallSession, find_callers_by_phone
from reception.checklist import ensure_checklist, load_checklist
from reception.paths import resolve_data_paths
from reception.store import open_database
from ui.app import create_main_window
from ui.call.end_call_dialog import EndCallDialog
from ui.main_window import MainWindow
from ui.shortcuts import shortcut_table
from ui.window_state import fit_on_screen

PHONE = "23 39 49 77"


def seed_booked_caller(data_dir: Path) -> None:
    """A returning caller with a full earlier call (so the triage hint shows too) and a
    checklist: the tallest side column the call screen has."""
    open_database(resolve_data_paths(data_dir).ensure().database)
    session = CallSession.start(phone=PHONE, taken_by="Mette")
    session.update(CallForm(phone=PHONE, name="Karen Østergaard", street="Guldvej 7",
                            postcode="8000", town="Aarhus C", pain_areas=("nakke", "ryg"),
                            duration_value=2, duration_unit="years",
                            treatments_tried=("fysioterapi", "smertestillende"),
                            notes="Ondt i nakken i to år."))
    result = session.end("booked")
    ensure_checklist(result.caller_id, by="Mette")


def start(qtbot, data_dir: Path) -> MainWindow:
    win = create_main_window(resolve_data_paths(data_dir).ensure())
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)  # shortcuts need it
    return win


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def seen_region(widget: QWidget) -> QRegion:
    """What of ``widget`` is on screen, its own children included (a text field's
    viewport covers the field, so the field's own region leaves it out)."""
    region = widget.visibleRegion()
    for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if child.isVisible() and not child.isWindow():
            region = region.united(seen_region(child).translated(child.pos()))
    return region


def fully_visible(window: QWidget, widget: QWidget) -> bool:
    """Nothing of ``widget`` is clipped (by a scroll area, a splitter, the window edge)."""
    if not widget.isVisible():
        return False
    hidden = QRegion(widget.rect()).subtracted(seen_region(widget))
    top_left = widget.mapTo(window, widget.rect().topLeft())
    bottom_right = widget.mapTo(window, widget.rect().bottomRight())
    return hidden.isEmpty() and window.rect().contains(QRect(top_left, bottom_right))


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_form_and_an_open_checklist_fit_the_screen(
    qtbot, isolated_data_dir: Path, size: tuple[int, int]
) -> None:
    seed_booked_caller(isolated_data_dir)
    win = start(qtbot, isolated_data_dir)
    win.resize(*size)
    win.reset_layout()  # as a first start at this size shares the panes
    panel = win.call_panel
    panel.new_call()
    qtbot.keyClicks(panel.form.phone_edit, PHONE)
    assert panel.form.name_edit.text() == "Karen Østergaard"
    panel.side_tabs.setCurrentWidget(panel.checklist)
    panel.checklist.select_step("booking")
    settle()

    assert (win.width(), win.height()) == size
    assert win.knowledge_shown and win.knowledge.search_edit.isVisible()
    narrow = Qt.Orientation.Vertical if size[0] < 1500 else Qt.Orientation.Horizontal
    assert win.knowledge.splitter.orientation() == narrow  # the reader under the search
    assert panel.triage_label.isVisible()
    for widget in (panel.form.phone_edit, panel.form.name_edit, panel.form.notes_edit,
                   panel.end_button, panel.checklist.save_button):
        assert fully_visible(win, widget), widget.objectName()
    assert not panel.form_scroll.horizontalScrollBar().isVisible()
    assert panel.form.width() == panel.form_scroll.viewport().width()
    for field in panel.form.findChildren(QWidget):  # every button wrapped, none cut off
        if field.isVisible() and field.focusPolicy() != Qt.FocusPolicy.NoFocus:
            right = field.mapTo(panel.form, field.rect().topRight()).x()
            assert right < panel.form.width(), field.objectName()


def test_the_knowledge_panel_folds_away_and_back(qtbot, isolated_data_dir: Path) -> None:
    win = start(qtbot, isolated_data_dir)
    win.resize(1366, 768)
    win.reset_layout()
    settle()
    form_width = win.call_panel.form.width()
    fold = win.findChild(QAction, "toggleKnowledgeAction")
    assert fold.shortcut().toString() == "F4"

    qtbot.keyClick(win.call_panel.form.phone_edit, Qt.Key.Key_F4)
    settle()
    assert not win.knowledge_shown and not fold.isChecked()
    assert win.call_panel.form.width() > form_width + 100
    win.knowledge.focus_search()  # Ctrl+F while folded would otherwise type into nothing
    win.find_action.trigger()
    settle()
    assert win.knowledge_shown and fold.isChecked()
    assert win.knowledge.search_edit.hasFocus()


def test_the_window_never_opens_larger_than_the_screen(
    qtbot, isolated_data_dir: Path
) -> None:
    win = start(qtbot, isolated_data_dir)  # the first start: no size stored yet
    area = win.screen().availableGeometry()
    assert area.contains(win.frameGeometry()), (win.frameGeometry(), area)

    win.resize(area.width() + 600, area.height() + 300)  # as on a big screen, then docked
    win.move(area.topLeft())
    win.close()
    again = start(qtbot, isolated_data_dir)
    assert area.contains(again.frameGeometry()), (again.frameGeometry(), area)

    again.resize(area.width() + 50, 400)
    again.move(area.right() - 100, area.top())
    fit_on_screen(again)
    assert area.contains(again.frameGeometry())


def test_a_whole_call_from_the_keyboard(qtbot, isolated_data_dir: Path) -> None:
    win = start(qtbot, isolated_data_dir)
    panel = win.call_panel
    form = panel.form
    qtbot.keyClick(win.knowledge.search_edit, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: form.phone_edit.hasFocus(), timeout=2000)
    assert panel.session is not None
    qtbot.keyClicks(form.phone_edit, "23 39 49 78")

    def focused() -> QWidget | None:
        return QApplication.focusWidget()

    seen = [focused()]
    for _ in range(len(form.tab_chain()) - 1):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        seen.append(focused())
    assert seen == form.tab_chain()  # the order the eye reads the form in
    assert isinstance(focused(), QPlainTextEdit) and focused() is form.notes_edit
    qtbot.keyClicks(form.notes_edit, "Ringer igen")
    qtbot.keyClick(form.notes_edit, Qt.Key.Key_Tab)
    assert not form.notes_edit.hasFocus()
    assert form.notes_edit.toPlainText() == "Ringer igen"  # no tab character typed
    qtbot.keyClick(focused(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert form.notes_edit.hasFocus()

    # Ctrl+F to look something up, Esc back to the notes.
    qtbot.keyClick(form.notes_edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert win.knowledge.search_edit.hasFocus()
    qtbot.keyClicks(win.knowledge.search_edit, "nakke")
    qtbot.keyClick(win.knowledge.search_edit, Qt.Key.Key_Escape)
    assert form.notes_edit.hasFocus()

    # Alt+3 shows the callbacks, Alt+1 the call again.
    qtbot.keyClick(form.notes_edit, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert win.tabs.currentWidget() is win.callbacks
    qtbot.keyClick(focused(), Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert win.tabs.currentWidget() is panel

    ended: list[str] = []

    def book_and_save() -> None:  # by keys too: Alt+K ticks "Konsultation booket", Enter saves
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EndCallDialog)
        ended.append(dialog.objectName())
        dialog.activateWindow()  # Alt+letter reaches the active window only
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
        qtbot.keyClick(dialog, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: dialog.outcomes() == ("booked",), timeout=2000)  # animated
        for _ in range(3):  # a warned-about day (weekend, holiday) needs Enter once more
            if not dialog.isVisible():
                break
            qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
        assert dialog.result() == dialog.DialogCode.Accepted

    form.notes_edit.setFocus()
    QTimer.singleShot(0, book_and_save)
    qtbot.keyClick(form.notes_edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert ended, "Ctrl+E did not open the end dialog"
    assert panel.session is None
    (caller,) = find_callers_by_phone("23394978")
    assert caller is not None
    assert load_checklist(caller.id) is not None  # booked: the checklist is started


def _bound_keys(win: MainWindow) -> set[str]:
    keys: set[str] = set()
    for shortcut in win.findChildren(QShortcut):
        keys.add(shortcut.key().toString())
    for action in win.findChildren(QAction):
        keys.update(sequence.toString() for sequence in action.shortcuts())
    keys.discard("")
    return keys


def test_the_shortcut_list_shows_every_key_there_is(qtbot, isolated_data_dir: Path) -> None:
    win = start(qtbot, isolated_data_dir)
    from ui.safety.lock_screen import LOCK_SHORTCUT

    dialogs = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        dialogs.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, look)
    qtbot.keyClick(win.knowledge.search_edit, Qt.Key.Key_F1)
    (dialog,) = dialogs
    assert dialog.objectName() == "shortcutsDialog"
    listed = set(dialog.listed_keys())
    bound = _bound_keys(win) | {LOCK_SHORTCUT.toString()}  # added with the data session
    assert bound <= listed, bound - listed
    table = {QKeySequence(key).toString() for entry in shortcut_table() for key in entry.keys}
    assert listed == table
    installed = {QKeySequence(key).toString() for entry in shortcut_table() if entry.bound
                 for key in entry.keys}
    assert installed <= bound, installed - bound  # nothing listed that does not work
    assert dialog.table.rowCount() == len(shortcut_table())
    assert "Tab" in listed and "Esc" in listed
