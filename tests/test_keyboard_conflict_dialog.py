"""»Ændret ved et andet skrivebord« by keys alone, as a receptionist with the phone in the
other hand answers it: Return and Esc keep everything typed, Tab reaches every choice in
the order they stand, each choice has its own Alt letter and a name a screen reader says."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from keyboard_helpers import (
    Modal,
    accessible_name,
    alt,
    clashes,
    focused,
    mnemonic_letters,
    name_of,
    names,
    press,
    tab_chain,
    unnamed,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from reception.calls import CallForm, end_call, start_call
from reception.checklist import ensure_checklist, load_checklist, save_step
from reception.content import load_content
from reception.paths import resolve_data_paths
from reception.store import open_database
from ui.checklist import ChecklistView
from ui.conflict_dialog import ConflictDialog

TODAY = date(2026, 5, 4)


@pytest.fixture
def typed(qtbot, isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch):
    """A checklist step with »Aalborg« typed at this desk while Reception 1 saved »Skejby«."""
    database = open_database(resolve_data_paths(isolated_data_dir).ensure().database)
    monkeypatch.setenv("RECEPTION_DESK_NAME", "Reception 2")
    caller_id = end_call(start_call("23394977"), CallForm(phone="23394977", name="Jens Hansen"),
                         "booked", today=TODAY).caller_id
    ensure_checklist(caller_id)
    view = ChecklistView(load_content(), "Lise", today=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    view.set_caller(caller_id)
    view.select_step("scan")
    place = view.findChild(QLineEdit, "scanPlaceEdit")
    place.setFocus()
    qtbot.keyClicks(place, "Aalborg")
    monkeypatch.setenv("RECEPTION_DESK_NAME", "Reception 1")
    stored = load_checklist(caller_id, TODAY)
    save_step(caller_id, replace(stored.scan, place="Skejby"), today=TODAY, started_from=stored)
    monkeypatch.setenv("RECEPTION_DESK_NAME", "Reception 2")
    yield view, place, caller_id
    database.close()


def save_by_keys(view: ChecklistView, keys: Callable[[ConflictDialog], None]) -> None:
    modal = Modal(ConflictDialog, keys)
    press(Qt.Key.Key_Space, widget=view.save_button)  # the focused »Gem«
    modal.check()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape])
def test_return_or_escape_in_the_dialog_keeps_what_was_typed(typed, key: Qt.Key) -> None:
    view, place, caller_id = typed

    def answer(dialog: ConflictDialog) -> None:
        assert focused() is dialog.table  # the differences first; arrows read them
        assert dialog.edit_button.isDefault()
        press(key)
        assert not dialog.isVisible()

    save_by_keys(view, answer)
    assert place.text() == "Aalborg" and view.dirty  # back to editing, nothing lost
    assert load_checklist(caller_id, TODAY).scan.place == "Skejby"


def test_tab_reaches_every_choice_in_the_order_they_stand(typed) -> None:
    view, _place, _caller_id = typed
    seen_chain: list[str] = []

    def walk(dialog: ConflictDialog) -> None:
        chain = tab_chain()
        seen_chain.extend(names(chain))
        buttons = [w for w in chain if w is not dialog.table]
        assert buttons == sorted(buttons, key=lambda b: b.mapTo(dialog, b.rect().topLeft())
                                 .x())
        assert unnamed(chain) == []
        assert accessible_name(dialog.table) == "Forskelle"
        assert list(reversed(chain[1:])) == tab_chain(backwards=True)[1:]
        assert clashes(mnemonic_letters(dialog)) == {}
        press(Qt.Key.Key_Escape)

    save_by_keys(view, walk)
    assert set(seen_chain) == {"conflictTable", "keepTheirsButton", "keepMineButton",
                               "backToEditingButton"}


@pytest.mark.parametrize(("letter", "stored", "shown"), [
    (Qt.Key.Key_M, "Aalborg", "Aalborg"),  # »Behold &mit«
    (Qt.Key.Key_B, "Skejby", "Skejby"),  # »&Behold deres«
    (Qt.Key.Key_T, "Skejby", "Aalborg"),  # »&Tilbage til redigering«
])
def test_each_choice_has_its_alt_letter(typed, letter: Qt.Key, stored: str, shown: str) -> None:
    view, place, caller_id = typed

    def choose(dialog: ConflictDialog) -> None:
        alt(letter)
        assert not dialog.isVisible(), name_of(focused())

    save_by_keys(view, choose)
    assert load_checklist(caller_id, TODAY).scan.place == stored
    assert place.text() == shown


def test_a_choice_reached_by_tab_is_what_return_presses(typed) -> None:
    view, _place, caller_id = typed

    def choose(dialog: ConflictDialog) -> None:
        for _ in range(5):
            press(Qt.Key.Key_Tab)
            if focused() is dialog.mine_button:
                break
        assert focused() is dialog.mine_button
        press(Qt.Key.Key_Return)

    save_by_keys(view, choose)
    assert load_checklist(caller_id, TODAY).scan.place == "Aalborg" and not view.dirty
