"""The search is usable from the first paint, though its texts, index and keys come after.

A start shows the window first and reads the clinic's texts, builds the knowledge
index, the menu keys and the rest right after that paint (ui/app.py
``create_main_window(defer_store=True)``). A receptionist who types at once must
still get the answers.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

import ui.app
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


def clinic_status(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [label.text() for label in window.statusBar().findChildren(QLabel)
            if "Guldklinikken" in label.text()]


def test_the_texts_are_read_after_the_first_paint_and_an_early_word_still_finds_answers(
        qtbot, isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    reads: list[int] = []
    load = ui.app.load_clinic_content

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        reads.append(1)
        return load(*args, **kwargs)

    monkeypatch.setattr(ui.app, "load_clinic_content", counted)
    window = deferred_window(qtbot, isolated_data_dir)
    assert reads == []  # the window is built without them
    assert clinic_status(window) == []
    QTest.keyClicks(window.knowledge.search_edit, "nakke")  # before the paint: read now
    assert reads == [1]
    early = window.knowledge.results_model.rowCount()
    assert early > 0
    window.show()
    qtbot.waitUntil(lambda: window.knowledge.browse.topLevelItemCount() > 0, timeout=10_000)
    assert reads == [1]  # read once
    assert resolve_data_paths(isolated_data_dir).content_cache.exists()  # next start: no TOML
    assert clinic_status(window) == ["Guldklinikken · tlf. 23 39 49 77"]
    assert window.knowledge.results_model.rowCount() == early
    window.knowledge.open_current()
    assert window.knowledge.shown_key  # the page opens from the texts read


def test_a_content_problem_read_after_the_first_paint_still_shows_the_banner(
        qtbot, isolated_data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "content"
    shutil.copytree(ui.app.default_content_root(), broken)
    (broken / "faq.toml").write_text("[[entries]\n", encoding="utf-8")
    monkeypatch.setattr(ui.app, "default_content_root", lambda: broken)
    window = deferred_window(qtbot, isolated_data_dir)
    banner = "contentProblemsBanner"
    assert window.knowledge.findChild(QLabel, banner) is None  # not read yet
    window.show()
    qtbot.waitUntil(lambda: window.knowledge.findChild(QLabel, banner) is not None,
                    timeout=10_000)
    shown = window.knowledge.findChild(QLabel, banner)
    assert "faq.toml" in shown.toolTip() and shown.isVisible()
    QTest.keyClicks(window.knowledge.search_edit, "nakke")
    assert window.knowledge.results_model.rowCount() > 0
