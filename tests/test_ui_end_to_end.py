"""The whole window over several calls and restarts: book, fill the checklist, see the
overview change, tick answers during a call and send the sheet from it."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton

from reception.calls import caller_history, find_callers_by_phone
from reception.checklist import StepStatus, load_checklist
from reception.clinic_days import closed_reason
from reception.paths import resolve_data_paths
from ui.app import create_main_window
from ui.checklist.overview_model import OverviewModel
from ui.main_window import MainWindow


def start(qtbot, data_dir: Path) -> MainWindow:
    win = create_main_window(resolve_data_paths(data_dir).ensure())
    qtbot.addWidget(win)
    win.resize(1500, 900)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    return win


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def line(win: MainWindow, name: str) -> QLineEdit:
    widget = win.call_panel.findChild(QLineEdit, name)
    assert widget is not None, name
    return widget


def overview_tab(win: MainWindow) -> int:
    """The index of »Før behandling« (the overview sits in a scroll area)."""
    overview = win.workspace.overview
    return next(i for i in range(win.tabs.count()) if win.tabs.widget(i).isAncestorOf(overview))


def overview_names(win: MainWindow) -> list[str]:
    model = win.workspace.overview.model
    return [model.index(r, OverviewModel.NAME).data() for r in range(model.rowCount())]


def test_book_then_fill_the_checklist_over_calls_and_restarts(
    qtbot, isolated_data_dir: Path
) -> None:
    # a day the clinic is open 3 to 7 days ahead (a closed day would ask »Gem alligevel«)
    consultation = next((date.today() + timedelta(days=n) for n in (5, 4, 6, 3, 7)
                         if closed_reason(date.today() + timedelta(days=n)) is None),
                        date.today() + timedelta(days=5))

    # Call 1: a new caller books a consultation; the checklist opens at the booking step.
    win = start(qtbot, isolated_data_dir)
    panel = win.call_panel
    click(qtbot, win.findChild(QPushButton, "newCallButton"))
    qtbot.keyClicks(line(win, "phoneEdit"), "23 39 49 77")
    qtbot.keyClicks(line(win, "nameEdit"), "Karen Østergaard")
    click(qtbot, panel.form.area_buttons["knae"])
    assert panel.finish_call("booked") is not None
    view = panel.checklist
    assert panel.side_tabs.currentWidget() is view
    assert view.current_step == "booking" and view.progress_label.text() == "0 af 6"
    qtbot.keyClicks(view.findChild(QLineEdit, "consultationDateEdit"),
                    consultation.strftime("%d.%m.%Y"))
    qtbot.keyClicks(view.findChild(QLineEdit, "consultationTimeEdit"), "10.30")
    click(qtbot, view.status_buttons[StepStatus.DONE])
    click(qtbot, view.save_button)
    if view.save_button.text() == "Gem alligevel":  # Easter: no open day in reach
        click(qtbot, view.save_button)
    assert view.progress_label.text() == "1 af 6"
    win.tabs.setCurrentIndex(overview_tab(win))  # Før behandling
    assert overview_names(win) == ["Karen Østergaard"]
    click(qtbot, win.workspace.overview.filter_buttons["missing_images"])
    assert overview_names(win) == ["Karen Østergaard"]  # consultation in 5 days, no images
    win.close()

    # Call 2 (after a restart): she rings back; the images have arrived.
    win = start(qtbot, isolated_data_dir)
    panel = win.call_panel
    panel.new_call()
    qtbot.keyClicks(line(win, "phoneEdit"), "23394977")
    assert line(win, "nameEdit").text() == "Karen Østergaard"
    view = panel.checklist
    assert view.caller_id is not None and view.progress_label.text() == "1 af 6"
    view.select_step("send_images")
    qtbot.keyClicks(view.findChild(QLineEdit, "imagesReceivedEdit"),
                    date.today().strftime("%d.%m.%Y"))
    click(qtbot, view.status_buttons[StepStatus.DONE])
    click(qtbot, view.save_button)
    assert panel.finish_call("no_action") is not None
    overview = win.workspace.overview
    win.tabs.setCurrentIndex(overview_tab(win))
    click(qtbot, overview.filter_buttons["missing_images"])
    assert overview_names(win) == []
    click(qtbot, overview.filter_buttons["missing_images"])
    assert overview_names(win) == ["Karen Østergaard"]
    win.close()

    # After another restart everything is still there.
    win = start(qtbot, isolated_data_dir)
    (karen,) = find_callers_by_phone("23394977")
    checklist = load_checklist(karen.id)
    assert checklist is not None and checklist.done_count == 2
    assert checklist.booking.consultation_date == consultation


def test_tick_answers_during_a_call_and_send_the_sheet(qtbot, isolated_data_dir: Path) -> None:
    win = start(qtbot, isolated_data_dir)
    panel = win.call_panel
    panel.new_call()
    qtbot.keyClicks(line(win, "phoneEdit"), "40575457")
    qtbot.keyClicks(line(win, "nameEdit"), "Jens Hansen")
    qtbot.keyClicks(line(win, "streetEdit"), "Guldvej 7")
    qtbot.keyClicks(line(win, "postcodeEdit"), "8000")
    qtbot.keyClicks(line(win, "townEdit"), "Aarhus C")
    assert panel.sheet_button.isEnabled()  # a new caller can be sent the sheet mid-call

    # While talking: find the answer, tick it for the letter.
    qtbot.keyClicks(win.knowledge.search_edit, "koere bil")
    qtbot.keyClick(win.knowledge.search_edit, Qt.Key.Key_Return)
    tick = win.knowledge.findChild(QCheckBox, "tickFaqCheck")
    assert tick.isVisible() and win.knowledge.shown_key.startswith("faq:")
    click(qtbot, tick)
    assert panel.ticked_faq == [win.knowledge.shown_key]
    ticked_question = win.knowledge.shown_key

    result = panel.finish_call("send_sheet")
    assert result is not None and panel.sheet_button.isEnabled()
    assert not tick.isVisible()  # no call running: nothing to tick for
    shortcuts = [x.key().toString() for x in panel.findChildren(QShortcut)]
    assert "Ctrl+P" in shortcuts
    click(qtbot, win.findChild(QPushButton, "printSheetButton"))
    dialog = win.workspace.sheet_dialog
    assert dialog.objectName() == "sendSheetDialog" and dialog.isVisible()
    assert ticked_question in dialog.picker.selection().faq
    out = isolated_data_dir / "ark.pdf"
    assert dialog.save_pdf_to(out) is not None
    assert out.read_bytes().startswith(b"%PDF")
    dialog.accept()
    history = caller_history(result.caller_id)
    assert history.sent_items and history.sent_items[0].how == "pdf"
    assert "Sendt" in panel.history.toPlainText()
