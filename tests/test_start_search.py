"""The search is usable from the first paint, though its index and keys come just after.

A start shows the window first and builds the knowledge index, the menu keys and the
rest right after that paint (ui/app.py ``create_main_window(defer_store=True)``).
A receptionist who types at once must still get the answers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtTest import QTest

from reception.paths import resolve_data_paths
from ui.app import create_main_window


def deferred_window(qtbot, data: Path):  # type: ignore[no-untyped-def]
    window = create_main_window(resolve_data_paths(data).ensure(), defer_store=True,
                                start_session=lambda w: True)
    qtbot.addWidget(window)
    return window


def test_a_search_typed_before_the_index_is_built_finds_the_answers(
        qtbot, isolated_data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = deferred_window(qtbot, isolated_data_dir)
    panel = window.knowledge
    assert not window.isVisible()  # no paint yet: nothing after it has run
    QTest.keyClicks(panel.search_edit, "nakke")
    assert panel.results_model.rowCount() > 0
    assert panel.stack.currentWidget() is panel.results
    titles = [panel.results_model.hit(row).title  # type: ignore[union-attr]
              for row in range(panel.results_model.rowCount())]
    assert any("akke" in title for title in titles), titles


def test_the_first_paint_comes_before_the_keys_and_the_browse_list_which_follow_it(
        qtbot, isolated_data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = deferred_window(qtbot, isolated_data_dir)
    assert window.find_action.shortcuts() == []  # set once the window has painted
    assert window.knowledge.browse.topLevelItemCount() == 0
    window.show()
    qtbot.waitUntil(lambda: window.find_action.shortcuts() != [], timeout=10_000)
    assert window.find_action.shortcuts()[0].toString() == "Ctrl+F"
    assert window.knowledge.browse.topLevelItemCount() > 0
    assert window.texts_live is not None  # the texts are followed from then on
    QTest.keyClicks(window.knowledge.search_edit, "piskesmæld")
    assert window.knowledge.results_model.rowCount() > 0
