"""A pseudo-locale: every text of the app 40 % longer (as German or a longer English
would make it). At 1366×768 the main screens must still show every label and button
whole: none narrower than its text needs, none cut off by its parent or the window,
and the window no wider or taller than the laptop's screen."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QToolButton,
    QWidget,
)
from test_ui_layout_keyboard import PHONE, seed_booked_caller, settle

from reception.paths import resolve_data_paths
from ui.app import create_main_window
from ui.call.end_call_dialog import EndCallDialog
from ui.main_window import MainWindow
from ui.translations import translations_dir

LONGER = 0.4
PAD = "øøøøø " * 40


def lengthen(text: str) -> str:
    """Each line 40 % longer (rounded up), padded with letters and a space now and
    then, so that word wrap can still break it."""
    return "\n".join(line + PAD[:math.ceil(len(line) * LONGER)] if line.strip() else line
                     for line in text.split("\n"))


class Lengthened(QTranslator):
    """The pseudo-locale: the app's own texts, Danish or English whichever is longer,
    lengthened; Qt's own (contexts such as QShortcut) are left alone."""

    def __init__(self) -> None:
        super().__init__()
        self.english = QTranslator()
        assert self.english.load(str(translations_dir() / "reception_en.qm"))

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if context.startswith("Q") or not source.strip():
            return None  # not "": an empty text would be taken as the translation
        english = self.english.translate(context, source, disambiguation, n)
        return lengthen(max(source, english, key=len))


def test_lengthen_adds_forty_percent_per_line() -> None:
    assert lengthen("Gem") == "Gemøø"
    assert lengthen("Navn\n\nTelefon") == "Navnøø\n\nTelefonøøø"
    assert len(lengthen("x" * 50)) == 70


TEXT_BUTTONS = (QPushButton, QCheckBox, QRadioButton, QToolButton)


def too_small(widget: QWidget) -> str | None:
    """Why ``widget``'s own text does not fit it, if it does not."""
    if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if widget.height() < needed:
                return f"{widget.height()} high, needs {needed}"
        elif widget.width() < widget.sizeHint().width():
            return f"{widget.width()} wide, needs {widget.sizeHint().width()}"
    elif isinstance(widget, TEXT_BUTTONS) and isinstance(widget, QAbstractButton) \
            and widget.text() and widget.width() < widget.sizeHint().width():
        return f"{widget.width()} wide, needs {widget.sizeHint().width()}"
    return None


def cut_off(widget: QWidget, window: QWidget) -> str | None:
    """Which parent cuts ``widget`` off. A scroll area may hide it above or below
    (scrolling shows it), never at the sides."""
    rect = QRect(QPoint(0, 0), widget.size())
    child = widget
    parent = widget.parentWidget()
    while child is not window and parent is not None:
        rect = rect.translated(child.pos())
        area = parent.rect()
        holder = parent.parentWidget()
        scrolled = isinstance(holder, QAbstractScrollArea) and parent is holder.viewport()
        if rect.left() < area.left() or rect.right() > area.right():
            return f"cut at the side by {type(parent).__name__} {parent.objectName()!r}"
        if rect.top() < area.top() or rect.bottom() > area.bottom():
            if not scrolled:
                return f"cut at the top or bottom by {type(parent).__name__} " \
                       f"{parent.objectName()!r}"
            rect = rect.intersected(area)
            if rect.isEmpty():
                return None  # scrolled out of sight, all of it
        child, parent = parent, holder
    return None


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {text[:40]!r}"


def clipped(window: QWidget) -> list[str]:
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow():
            continue
        reason = too_small(widget) if isinstance(widget, QLabel | QAbstractButton) else None
        if reason is None and isinstance(widget, QLabel | QAbstractButton):
            reason = cut_off(widget, window)
        if reason:
            found.append(f"{describe(widget)}: {reason}")
    tabs = getattr(window, "tabs", None)
    if tabs is not None:
        bar = tabs.tabBar()
        for index in range(bar.count()):
            if bar.tabRect(index).width() < bar.tabSizeHint(index).width():
                found.append(f"tab {bar.tabText(index)!r} cut")
    return found


@pytest.fixture
def pseudo_locale(qapp: QApplication):
    translator = Lengthened()
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def laptop_window(qtbot, data_dir: Path) -> MainWindow:
    seed_booked_caller(data_dir)
    win = create_main_window(resolve_data_paths(data_dir).ensure())
    qtbot.addWidget(win)
    win.show()
    win.resize(1366, 768)
    win.reset_layout()  # as a first start at this size shares the panes
    settle()
    return win


SCREENS = ("call", "today", "callbacks", "overview", "callers", "overblik")


@pytest.mark.parametrize("screen", SCREENS)
def test_longer_texts_keep_every_label_and_button_whole(
        qtbot, isolated_data_dir: Path, pseudo_locale, screen: str) -> None:
    win = laptop_window(qtbot, isolated_data_dir)
    assert win.windowTitle() == lengthen("Guldklinikken – Reception")  # the locale is on
    if screen == "call":
        panel = win.call_panel
        panel.new_call()
        qtbot.keyClicks(panel.form.phone_edit, PHONE)
        panel.side_tabs.setCurrentWidget(panel.checklist)
        panel.checklist.select_step("booking")
    win.tabs.setCurrentIndex(SCREENS.index(screen))
    settle()
    assert (win.width(), win.height()) == (1366, 768)
    assert clipped(win) == []


def test_the_end_call_dialog_keeps_every_label_and_button_whole(
        qtbot, isolated_data_dir: Path, pseudo_locale) -> None:
    win = laptop_window(qtbot, isolated_data_dir)
    win.call_panel.new_call()
    qtbot.keyClicks(win.call_panel.form.phone_edit, PHONE)
    dialog = EndCallDialog(win.call_panel.session.form, win)
    qtbot.addWidget(dialog)
    dialog.show()
    for box in dialog.findChildren(QCheckBox):  # every outcome's extra fields shown
        box.setChecked(True)
    settle()
    assert dialog.width() <= 1366 and dialog.height() <= 768
    assert clipped(dialog) == []


def test_the_check_sees_a_cut_label_and_a_button_outside_its_parent(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 100)
    row = QHBoxLayout(window)
    narrow = QLabel("Et ganske langt stykke tekst", window)
    narrow.setFixedWidth(40)
    row.addWidget(narrow)
    whole = QLabel("Kort", window)
    row.addWidget(whole)
    outside = QPushButton("Gem", window)
    outside.move(280, 10)
    window.show()
    settle()
    found = clipped(window)
    assert len(found) == 2
    assert "40 wide" in found[0] and "cut at the side" in found[1]


def test_the_menus_dialogs_keep_every_label_and_button_whole(
        qtbot, isolated_data_dir: Path, pseudo_locale) -> None:
    from PySide6.QtCore import QSettings

    from reception.calls import find_callers_by_phone
    from ui.clinic_settings_dialog import ClinicSettingsDialog
    from ui.privacy import AuditLogDialog
    from ui.privacy.erase_dialog import ErasePersonDialog
    from ui.privacy.export_dialog import ExportPersonDialog
    from ui.privacy.retention_dialog import RetentionReviewDialog
    from ui.privacy.settings_dialog import PrivacySettingsDialog
    from ui.privacy.staff_chooser import StaffChooserDialog
    from ui.safety.lock_settings_dialog import LockSettingsDialog
    from ui.sheets.posting_dialog import PostingDialog
    from ui.sheets.send_dialog import SendSheetDialog
    from ui.sheets.settings_dialog import SheetSettingsDialog
    from ui.shortcuts_dialog import ShortcutsDialog

    win = laptop_window(qtbot, isolated_data_dir)
    paths = resolve_data_paths(isolated_data_dir)
    caller = find_callers_by_phone(PHONE)[0].id
    settings = QSettings(str(paths.ui_settings), QSettings.Format.IniFormat)
    dialogs = [
        ClinicSettingsDialog(win), PrivacySettingsDialog(win), RetentionReviewDialog("Mette", win),
        AuditLogDialog(win), LockSettingsDialog(win), ShortcutsDialog(win),
        PostingDialog(user="Mette", parent=win), SheetSettingsDialog(win),
        ErasePersonDialog(caller, "Mette", win), ExportPersonDialog(caller, "Mette", win),
        StaffChooserDialog(["Mette", "Ole"], settings, win),
        SendSheetDialog(win._content, caller, paths, user="Mette", parent=win),
    ]
    found = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        settle()
        if dialog.width() > 1366 or dialog.height() > 768:
            found.append(f"{type(dialog).__name__} is {dialog.width()}×{dialog.height()}")
        found += [f"{type(dialog).__name__}: {problem}" for problem in clipped(dialog)]
        dialog.close()
    assert found == []
