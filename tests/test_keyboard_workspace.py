"""The main window by keys alone: Alt+1…6 land on each tab's first field (never on a bare
page), the calls on hold are reached with Tab in the order they stand and switched with
Space or Ctrl+1…9, »Overblik« from its period to a CSV file, and Filer → Sprog."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyboard_helpers import (
    MNEMONIC,
    Modal,
    accessible_name,
    alt,
    back_in,
    clashes,
    focused,
    mnemonic_letters,
    name_of,
    names,
    press,
    tab_chain,
    type_text,
    unnamed,
    until,
)
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from reception.demo_data import fill_demo_data
from reception.paths import resolve_data_paths
from ui.app import create_main_window
from ui.main_window import MainWindow
from ui.shortcuts import TAB_SHORTCUTS
from ui.translations import LANGUAGE_ENV, LANGUAGE_SETTING

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, isolated_data_dir: Path) -> MainWindow:
    win = create_main_window(resolve_data_paths(isolated_data_dir).ensure())
    qtbot.addWidget(win)
    win.resize(1500, 900)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    qtbot.waitUntil(lambda: win.texts_action.isEnabled())
    return win


def window_letters(win: MainWindow) -> dict[str, list[str]]:
    """The Alt letters in sight: the menu bar's and the shown tab's."""
    letters = mnemonic_letters(win)
    for action in win.menuBar().actions():
        for letter in MNEMONIC.findall(action.text()):
            letters.setdefault(letter.casefold(), []).append(action.text())
    return letters


def test_alt_and_a_number_lands_on_the_first_field_of_each_tab(window: MainWindow) -> None:
    window.knowledge.search_edit.setFocus()
    for number, _name in enumerate(TAB_SHORTCUTS, start=1):
        press(getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.AltModifier)
        until(lambda n=number: window.tabs.currentIndex() == n - 1)
        page = window.tabs.currentWidget()
        field = focused()
        assert page.isAncestorOf(field), (number, name_of(field))
        assert field.focusPolicy() & Qt.FocusPolicy.TabFocus, (number, name_of(field))
        assert accessible_name(field), (number, name_of(field))
        assert clashes(window_letters(window)) == {}, number
    assert name_of(focused()) == "overblikPeriod"


def test_calls_on_hold_are_reached_by_tab_and_switched_by_keys(window: MainWindow) -> None:
    panel = window.call_panel
    form = panel.form
    window.knowledge.search_edit.setFocus()
    press(Qt.Key.Key_F2)
    assert focused() is form.phone_edit
    type_text("40575457")
    press(Qt.Key.Key_Tab)
    type_text("Anna Andersen")
    press(Qt.Key.Key_F2)  # the next caller: Anna waits on hold
    assert focused() is form.phone_edit and form.name_edit.text() == ""
    type_text("23394977")

    backwards = tab_chain(backwards=True)
    assert names(backwards)[:5] == ["phoneEdit", "openCall2", "openCall1", "printSheetButton",
                                    "endCallButton"]
    assert unnamed(backwards) == []
    forwards = tab_chain()
    assert forwards[1:] == list(reversed(backwards[1:]))

    for _ in range(2):
        press(Qt.Key.Key_Tab, SHIFT)
    assert name_of(focused()) == "openCall1" and "på hold" in accessible_name(focused())
    press(Qt.Key.Key_Space)
    until(lambda: form.name_edit.text() == "Anna Andersen")
    assert "aktiv" in accessible_name(focused())  # the button says so at once
    press(Qt.Key.Key_2, CTRL)
    until(lambda: form.phone_edit.text() == "23394977")
    press(Qt.Key.Key_1, CTRL)
    until(lambda: form.name_edit.text() == "Anna Andersen")


@pytest.fixture
def overblik(qtbot, database):
    from datetime import date

    from ui.overblik import OverblikScreen

    fill_demo_data(database, 200, 3, seed=5, today=date(2026, 12, 1))
    screen = OverblikScreen(today=lambda: date(2026, 12, 1))
    qtbot.addWidget(screen)
    screen.resize(1366, 760)
    screen.show()
    screen.activateWindow()
    qtbot.waitActive(screen)
    screen.setFocus()
    return screen


def test_overblik_from_period_to_csv_by_keys(overblik, tmp_path: Path) -> None:
    screen = overblik
    assert focused() is screen.choice  # the screen's focus is its period
    chain = tab_chain()
    assert names(chain) == ["overblikPeriod", "overblikCsv", "overblikPdf",
                            "overblikDayNumbers", "overblikHourNumbers", "overblikAreaNumbers",
                            "overblikReferralNumbers", "overblikMoreNumbers"]
    assert unnamed(chain) == []
    assert "Opkald i alt" in accessible_name(screen.day_numbers)

    press(Qt.Key.Key_Down)  # »Sidste måned«
    assert screen.choice.currentData() == "last_month"
    until(lambda: "november 2026" in screen.title.text())
    press(Qt.Key.Key_End)  # »Valgfri periode«: the dates and »Vis« can be used
    assert screen.choice.currentData() == "custom" and screen.first.isEnabled()
    alt(Qt.Key.Key_A)  # »Fr&a«
    until(lambda: focused() is screen.first)
    assert accessible_name(screen.first) == "Fra" and accessible_name(screen.last) == "til"
    screen.first.setSelectedSection(screen.first.Section.DaySection)
    type_text("03")
    assert screen.first.date().day() == 3
    alt(Qt.Key.Key_P)  # »&Periode:«
    until(lambda: focused() is screen.choice)
    assert names(tab_chain())[:6] == ["overblikPeriod", "overblikFrom", "overblikTo",
                                      "overblikShow", "overblikCsv", "overblikPdf"]
    alt(Qt.Key.Key_I)  # »t&il«
    until(lambda: focused() is screen.last)
    for _ in range(5):  # the date's day, month and year, then on
        press(Qt.Key.Key_Tab)
        if focused() is screen.show_button:
            break
    assert focused() is screen.show_button
    press(Qt.Key.Key_Space)
    until(lambda: screen.figures is not None and screen.figures.period.first.day == 3)
    assert clashes(mnemonic_letters(screen)) == {}

    target = tmp_path / "overblik.csv"

    def save(dialog: QFileDialog) -> None:
        line = focused()
        line.selectAll()
        type_text(str(target))
        press(Qt.Key.Key_Return)

    modal = Modal(QFileDialog, save)
    alt(Qt.Key.Key_C)  # »Gem som &CSV …«
    modal.check()
    until(target.exists)
    assert "Opkald" in target.read_text(encoding="utf-8-sig")
    assert back_in(screen) is screen.show_button  # the focus is where it was


def test_the_language_is_chosen_from_the_file_menu_by_keys(
        window: MainWindow, isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    window.knowledge.search_edit.setFocus()
    press(Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert QApplication.activePopupWidget() is window.file_menu
    press(Qt.Key.Key_S)  # »&Sprog«
    language = QApplication.activePopupWidget()
    assert language.objectName() == "languageMenu"
    assert language.activeAction() is language.actions()[0]  # the first language, marked
    press(Qt.Key.Key_Down)
    assert language.activeAction().objectName() == "language_en"
    told: list[str] = []

    def confirm(box: QMessageBox) -> None:
        told.append(box.text())
        press(Qt.Key.Key_Return)  # OK
        assert not box.isVisible()

    modal = Modal(QMessageBox, confirm)
    press(Qt.Key.Key_Return)
    modal.check()
    assert told == ["The language changes the next time the program starts."]
    paths = resolve_data_paths(isolated_data_dir)
    assert QSettings(str(paths.ui_settings), QSettings.Format.IniFormat).value(
        LANGUAGE_SETTING) == "en"
    assert window.isAncestorOf(back_in(window))  # back where she was


def test_on_a_large_screen_the_callers_list_gets_most_of_the_width(
        qtbot, window: MainWindow) -> None:
    window.resize(1920, 1080)
    window.reset_layout()
    window.knowledge.search_edit.setFocus()
    press(Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)  # »Personer«
    callers = window.workspace.callers
    until(lambda: callers.isVisible() and callers.splitter.width() > 0)
    QApplication.processEvents()
    table, side = callers.splitter.sizes()
    assert table >= 0.55 * (table + side), (table, side)  # was half: columns cut short


def test_the_callbacks_table_fills_its_width(qtbot, database, isolated_data_dir) -> None:
    from datetime import date

    from ui.call.callbacks_panel import CallbacksPanel

    fill_demo_data(database, 100, 3, seed=5, today=date.today())
    panel = CallbacksPanel("Mette")
    qtbot.addWidget(panel)
    for width in (1300, 700):  # a large screen's tab, then a narrow one
        panel.resize(width, 700)
        panel.show()
        panel.refresh()
        QApplication.processEvents()
        header = panel.table.horizontalHeader()
        assert panel.table.rowCount() > 0
        assert header.length() == panel.table.viewport().width(), width  # »Grund« takes it
