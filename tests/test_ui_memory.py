"""A day at the desk must not pile up widgets: what a call or a sheet builds goes with it.

The app runs all day. A dialog made as a child of a screen lives as long as that
screen unless it is deleted, so one kept per call grows the app call by call.
Tests call the panels from outside an event loop, where ``deleteLater`` waits for
an explicit ``sendPostedEvents`` (the app's own loop does it each time it gets
control back): ``settle`` does that.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

from reception.paths import resolve_data_paths
from ui.app import create_main_window
from ui.call.end_call_dialog import EndCallDialog
from ui.main_window import MainWindow
from ui.sheets.send_dialog import SendSheetDialog


def start(qtbot, data_dir: Path) -> MainWindow:
    win = create_main_window(resolve_data_paths(data_dir).ensure())
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    return win


def settle() -> None:
    """Delete what was handed to ``deleteLater``, as the event loop does between events."""
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def left(win: MainWindow, name: str) -> list[QDialog]:
    """The dialogs named ``name`` still alive under the window (found by object name: a
    dialog whose Python object is gone is no longer found by its Python class)."""
    return [d for d in win.findChildren(QDialog) if d.objectName() == name]


def end_through_dialog(qtbot, win: MainWindow) -> None:
    """»Afslut opkald« clicked, »Ingen handling« ticked, saved: as at the desk."""

    def save() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EndCallDialog)
        dialog.choose("no_action")
        dialog.accept()

    QTimer.singleShot(0, save)
    qtbot.mouseClick(win.call_panel.end_button, Qt.MouseButton.LeftButton)
    assert win.call_panel.session is None


def test_calls_ended_through_the_dialog_leave_no_dialog_behind(
        qtbot, isolated_data_dir: Path) -> None:
    win = start(qtbot, isolated_data_dir)
    panel = win.call_panel
    widgets = []
    for number in range(6):
        panel.new_call(f"23 39 49 {70 + number}")
        qtbot.keyClicks(panel.form.name_edit, f"Anne {number}")
        end_through_dialog(qtbot, win)
        settle()
        widgets.append(len(win.findChildren(QWidget)))
    assert left(win, "endCallDialog") == []
    assert widgets[-1] == widgets[1], widgets  # each dialog brought about 30 widgets


def test_calls_on_hold_keep_one_strip_button_each(qtbot, isolated_data_dir: Path) -> None:
    win = start(qtbot, isolated_data_dir)
    panel = win.call_panel
    for round_ in range(4):  # three calls open at once, then all ended
        for number in range(3):
            panel.new_call(f"23 39 4{round_} {70 + number}")
        settle()
        assert len(panel.strip.findChildren(QPushButton)) == 3
        while panel.session is not None:
            assert panel.finish_call("no_action") is not None
        settle()
    assert panel.strip.findChildren(QPushButton) == []


def test_each_sheet_dialog_goes_when_closed(qtbot, isolated_data_dir: Path) -> None:
    win = start(qtbot, isolated_data_dir)
    panel = win.call_panel
    panel.new_call("23 39 49 77")
    qtbot.keyClicks(panel.form.name_edit, "Bente Holm")
    caller_id = panel.finish_call("no_action").caller_id
    for _ in range(3):
        win.workspace.send_sheet(caller_id, None)
        dialog = win.workspace.sheet_dialog
        assert isinstance(dialog, SendSheetDialog) and dialog.isVisible()
        dialog.reject()
        settle()
    assert left(win, "sendSheetDialog") == []


def test_the_registers_audit_log_goes_when_closed(qtbot, isolated_data_dir: Path) -> None:
    from ui.privacy import AuditLogDialog

    win = start(qtbot, isolated_data_dir)
    panel = win.call_panel
    panel.new_call("23 39 49 77")
    qtbot.keyClicks(panel.form.name_edit, "Bente Holm")
    panel.finish_call("no_action")
    callers = win.workspace.callers
    win.tabs.setCurrentWidget(callers)
    callers.table.setCurrentIndex(callers.model.index(0, 0))
    assert callers.audit_button.isEnabled()
    shown = []

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        shown.append(isinstance(dialog, AuditLogDialog))
        dialog.reject()

    for _ in range(3):
        QTimer.singleShot(0, close)
        qtbot.mouseClick(callers.audit_button, Qt.MouseButton.LeftButton)
        settle()
    assert shown == [True, True, True]
    assert left(win, "auditLogDialog") == []


def test_the_main_windows_audit_log_posting_and_shortcuts_go_when_closed(
        qtbot, isolated_data_dir: Path) -> None:
    win = start(qtbot, isolated_data_dir)
    shown = []

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        shown.append(type(dialog).__name__)
        dialog.reject()

    for show in (win._show_audit_log, win._show_posting, win.show_shortcuts) * 2:
        QTimer.singleShot(0, close)
        show()
        settle()
    assert shown == ["AuditLogDialog", "PostingDialog", "ShortcutsDialog"] * 2
    assert left(win, "auditLogDialog") == left(win, "postingDialog") == []
    assert left(win, "shortcutsDialog") == []
