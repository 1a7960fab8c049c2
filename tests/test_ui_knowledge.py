"""The knowledge panel driven like a receptionist: type, arrow down, Enter, read."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListView, QMessageBox, QTextBrowser

from reception.content.loader import default_content_dir
from reception.paths import resolve_data_paths
from ui.app import create_main_window
from ui.error_dialog import install_excepthook
from ui.main_window import MainWindow


@pytest.fixture()
def window(qtbot, isolated_data_dir: Path) -> MainWindow:
    win = create_main_window(resolve_data_paths(isolated_data_dir).ensure())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def widgets(win: MainWindow) -> tuple[QLineEdit, QListView, QTextBrowser]:
    return (
        win.findChild(QLineEdit, "knowledgeSearchEdit"),
        win.findChild(QListView, "knowledgeResults"),
        win.findChild(QTextBrowser, "knowledgeReader"),
    )


def test_type_arrow_enter_shows_the_answer(qtbot, window: MainWindow) -> None:
    edit, results, reader = widgets(window)
    qtbot.keyClicks(edit, "koere bil")
    assert results.isVisible()
    assert results.model().rowCount() > 0
    first_title = results.model().index(0, 0).data()
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    second_title = results.model().index(1, 0).data()
    assert results.currentIndex().row() == 1
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert results.currentIndex().row() == 0
    assert first_title in reader.toPlainText()
    assert first_title != second_title
    assert window.knowledge.shown_key.startswith(("faq:", "step:"))
    assert "bil" in reader.toPlainText().lower()


def test_results_update_on_every_keystroke(qtbot, window: MainWindow) -> None:
    edit, results, _ = widgets(window)
    counts = []
    for letter in "piskesm":
        qtbot.keyClick(edit, letter)
        counts.append(results.model().rowCount())
    assert all(c > 0 for c in counts[2:])
    assert "piskesm" in edit.text()
    keys = [results.model().index(r, 0).data(Qt.ItemDataRole.UserRole + 1)
            for r in range(results.model().rowCount())]
    assert any(k.startswith("condition:") for k in keys)


def test_only_the_painted_results_are_laid_out_and_cut(qtbot, window: MainWindow) -> None:
    """A keystroke lays out the hits the list shows, not all twenty (issue 14)."""
    edit, results, _ = widgets(window)
    qtbot.keyClicks(edit, "smerter")
    QApplication.processEvents()
    model = window.knowledge.results_model
    assert model.rowCount() == 20
    shown = [r for r in range(20) if results.visualRect(model.index(r, 0)).intersects(
        results.viewport().rect())]
    cut = [r for r in range(20) if model.hit(r)._snippet is not None]
    assert results.uniformItemSizes()
    assert shown and cut == shown, (shown, cut)
    assert model.hit(19).snippet  # a hit scrolled to is cut when read


def test_nothing_found_says_so_and_clearing_returns_to_browsing(qtbot, window: MainWindow) -> None:
    edit, results, _ = widgets(window)
    qtbot.keyClicks(edit, "xqzvw")
    assert window.knowledge.stack.currentWidget() is window.knowledge.no_results
    edit.clear()
    assert window.knowledge.stack.currentWidget() is window.knowledge.browse


def test_browse_tree_opens_a_step_without_searching(qtbot, window: MainWindow) -> None:
    tree = window.knowledge.browse
    steps = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())][-1]
    assert steps.childCount() == 6
    tree.setCurrentItem(steps.child(4))
    tree.itemActivated.emit(steps.child(4), 0)
    _, _, reader = widgets(window)
    assert window.knowledge.shown_key == "step:blood_thinners"
    assert "blodfortyndende" in reader.toPlainText().lower()


def test_ctrl_f_focuses_search_from_anywhere(qtbot, window: MainWindow) -> None:
    edit, _, reader = widgets(window)
    qtbot.keyClicks(edit, "nakke")
    reader.setFocus()
    qtbot.waitUntil(lambda: reader.hasFocus() or QApplication.focusWidget() is reader, timeout=1000)
    window.find_action.trigger()
    assert edit.hasFocus()
    assert edit.selectedText() == "nakke"
    assert window.find_action.shortcut().toString() == "Ctrl+F"


def test_window_geometry_and_splitters_are_remembered(qtbot, isolated_data_dir: Path) -> None:
    paths = resolve_data_paths(isolated_data_dir).ensure()
    first = create_main_window(paths)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 520)
    assert (first.width(), first.height()) == (700, 520)
    first.knowledge.splitter.setSizes([200, 600])
    sizes = first.knowledge.splitter.sizes()
    first.close()
    second = create_main_window(paths)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (700, 520)
    assert second.knowledge.splitter.sizes() == sizes
    assert paths.ui_settings.exists()


def test_broken_content_shows_a_banner_and_the_rest_works(
    qtbot, isolated_data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    broken = tmp_path / "content"
    shutil.copytree(default_content_dir(), broken)
    (broken / "faq.toml").write_text("[[entries]\n", encoding="utf-8")
    import ui.app

    monkeypatch.setattr(ui.app, "default_content_root", lambda: broken)
    win = create_main_window(resolve_data_paths(isolated_data_dir).ensure())
    qtbot.addWidget(win)
    banner = win.knowledge.findChild(QLabel, "contentProblemsBanner")
    assert banner is not None and "faq.toml" in banner.toolTip()
    edit, results, _ = widgets(win)
    qtbot.keyClicks(edit, "nakke")
    assert results.model().rowCount() > 0


def test_unexpected_error_shows_danish_dialog_with_log_path(qtbot, tmp_path: Path) -> None:
    log_path = tmp_path / "reception.log"
    install_excepthook(log_path)
    seen: list[str] = []

    def close_dialog() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()

    QTimer.singleShot(50, close_dialog)
    try:
        raise RuntimeError("test")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = sys.__excepthook__
    assert seen and "uventet fejl" in seen[0].lower() and str(log_path) in seen[0]


def test_a_first_start_gives_the_call_screens_the_larger_part(
    qtbot, isolated_data_dir: Path
) -> None:
    window = create_main_window(resolve_data_paths(isolated_data_dir).ensure())
    qtbot.addWidget(window)
    window.show()
    calls, knowledge = window.main_splitter.sizes()
    assert calls > knowledge > 0
    form, history = window.call_panel.splitter.sizes()
    assert form > history > 0


def test_a_hit_row_marks_words_in_qt_units() -> None:
    """The excerpt's <b> marks become bold ranges; Qt counts a character outside the
    BMP as two, so a mark after an emoji still falls on its word."""
    from ui.knowledge.result_delegate import unmark

    text, marked = unmark("a &amp; <b>b&lt;</b> 😀<b>c</b>")
    assert text == "a & b< 😀c"
    assert marked == [(4, 2), (9, 1)]


def test_a_row_shown_again_is_copied_not_drawn_again(qtbot, window: MainWindow) -> None:
    """Typing on with the same hit and excerpt in view reuses the row's picture."""
    edit, results, _ = widgets(window)
    qtbot.keyClicks(edit, "nakkesmerte")
    QApplication.processEvents()
    painter = results.itemDelegate()
    first = dict(painter._rows)
    assert first
    qtbot.keyClicks(edit, "r")
    QApplication.processEvents()
    again = [key for key, row in painter._rows.items() if key in first and row is first[key]]
    assert again, "no row of the list was kept between the two keys"
    assert all(painter._rows[key]._picture is not None for key in again)
