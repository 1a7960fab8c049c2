"""The Qt side of change events: the listener on the server (and its reconnect after the
server restarts), screens that refresh when visible and wait when hidden, and the
roster of the other desks."""

from __future__ import annotations

import os
from datetime import UTC, datetime

import psycopg
import pytest
from PySide6.QtWidgets import QLabel

from reception import changes
from reception.changes import Change
from reception.presence import Roster
from ui.change_events import ChangeEvents
from ui.live_refresh import follow, kinds


def other_desk(kind: str, ids: list[int] | None, **extra: object) -> Change:
    return Change(kind=kind, ids=None if ids is None else frozenset(ids), desk="Reception 9",
                  pid=1, at=datetime.now(UTC), user="bo", extra=dict(extra))


def send(url: str, change: Change) -> None:
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("SELECT pg_notify(%s, %s)", (changes.CHANNEL, change.payload()))


def test_the_listener_hears_other_desks_and_listens_again_after_a_restart(
        qtbot, pg_server, pg_url: str) -> None:
    events = ChangeEvents()
    heard: list[Change] = []
    events.changed.connect(heard.append)
    listener = events.listen(pg_url)
    try:
        qtbot.waitUntil(lambda: events.connected, timeout=10_000)
        send(pg_url, other_desk("caller", [5]))
        own = changes.make_change("caller", [6])  # this program's own: published at commit
        send(pg_url, own)
        qtbot.waitUntil(lambda: any(c.kind == "caller" for c in heard), timeout=1000)
        qtbot.wait(200)
        assert [(c.kind, c.ids, c.desk, c.remote) for c in heard] == [
            ("caller", frozenset({5}), "Reception 9", True)]

        pg_server.pause()  # the server goes away as in a restart
        try:
            qtbot.waitUntil(lambda: not events.connected, timeout=10_000)
            assert listener.lost_count == 1
        finally:
            pg_server.resume()
        heard.clear()
        qtbot.waitUntil(lambda: events.connected, timeout=15_000)
        assert [c.kind for c in heard] == ["all"]  # events may have been missed meanwhile
        send(pg_url, other_desk("callback", [7]))
        qtbot.waitUntil(lambda: any(c.kind == "callback" for c in heard), timeout=1000)
    finally:
        events.close()
        events.deleteLater()


def test_presence_makes_the_roster_and_a_gone_desk_leaves_it(qtbot, pg_url: str) -> None:
    events = ChangeEvents()
    events.listen(pg_url)
    try:
        qtbot.waitUntil(lambda: events.connected, timeout=10_000)
        # A desk that connects says hello; this one answers with its own presence.
        with psycopg.connect(pg_url, autocommit=True, application_name="reception-desk") as other:
            other.execute(f"LISTEN {changes.CHANNEL}")
            hello = other_desk("presence", [42], hello=True, calls=[7])
            other.execute("SELECT pg_notify(%s, %s)", (changes.CHANNEL, hello.payload()))
            qtbot.waitUntil(lambda: [d.label for d in events.roster.desks()]
                            == ["Reception 9 (bo)"], timeout=2000)
            assert [d.name for d in events.roster.on_line(42)] == ["Reception 9"]
            assert [d.name for d in events.roster.ringing(7)] == ["Reception 9"]
            answers = [changes.from_payload(n.payload)
                       for n in other.notifies(timeout=2, stop_after=2)]
            assert any(a is not None and a.kind == "presence" and a.own for a in answers)
        # The other desk's connection closed without a goodbye (a crash): pruned.
        def pruned() -> bool:
            events.listener.prune()  # what the listener does every half minute
            return events.roster.desks() == []

        qtbot.waitUntil(pruned, timeout=5000)
    finally:
        events.close()
        events.deleteLater()


def test_a_screen_refreshes_when_visible_and_waits_while_hidden(qtbot) -> None:
    events = ChangeEvents()
    label = QLabel()
    qtbot.addWidget(label)
    refreshed: list[int] = []
    follower = follow(label, events, lambda: refreshed.append(1), kinds("callback"))
    label.show()
    for _ in range(5):  # a burst is read once
        changes.announce("callback", 3)
    changes.announce("caller", 4)  # not this screen's
    qtbot.waitUntil(lambda: refreshed == [1], timeout=1000)
    qtbot.wait(150)
    assert refreshed == [1]
    label.hide()
    changes.announce("callback", 3)
    qtbot.wait(150)
    assert refreshed == [1] and follower.stale
    label.show()
    qtbot.waitUntil(lambda: refreshed == [1, 1], timeout=1000)
    assert not follower.stale
    events.close()


def test_the_roster_keeps_other_desks_only() -> None:
    roster = Roster()
    mine = changes.make_change("presence", [1])
    assert not roster.apply(mine)  # this program is not an "other desk"
    assert roster.apply(other_desk("presence", [1, 2], backend=99))
    assert not roster.apply(other_desk("presence", [2, 1], backend=99))  # nothing new
    assert [d.label for d in roster.on_line(2)] == ["Reception 9 (bo)"]
    assert roster.prune([99]) is False and roster.prune([]) is True
    assert roster.desks() == []
    roster.apply(other_desk("presence", [1]))
    assert roster.apply(other_desk("presence", [], gone=True)) and roster.desks() == []
    assert os.getpid() == mine.pid


@pytest.fixture(autouse=True)
def _no_user_left_behind() -> None:
    changes.set_user("")


def test_on_sqlite_the_one_desk_follows_its_own_changes(qtbot, isolated_data_dir) -> None:
    """A change made outside the screen that shows it (here: straight through the core)
    shows up without a click: the callbacks list and its tab count."""
    from dataclasses import replace
    from datetime import date

    from reception.calls import CallDesk, complete_callback
    from reception.paths import resolve_data_paths
    from ui.app import create_main_window

    window = create_main_window(resolve_data_paths(isolated_data_dir).ensure())
    qtbot.addWidget(window)
    window.show()
    callbacks = window.workspace.callbacks
    assert callbacks.entries == []
    desk = CallDesk(taken_by="Mette")
    call = desk.start("23394977")
    call.update(replace(call.form, name="Åse Ærø"))
    result = desk.end(call, "call_back", callback_due=date.today(), callback_reason="svar")
    qtbot.waitUntil(lambda: [e.caller_name for e in callbacks.entries] == ["Åse Ærø"],
                    timeout=1000)
    tabs = window.workspace
    assert tabs.tabText(tabs.indexOf(callbacks)).endswith("(1)")
    complete_callback(result.callback_id, by="Mette")
    qtbot.waitUntil(lambda: callbacks.entries == [], timeout=1000)
    window.close()


def test_a_callback_being_rung_is_not_rung_twice(qtbot, isolated_data_dir, monkeypatch) -> None:
    """Rung here: »Ring op nu« (in either list) goes back to that call. Rung by another
    call (another desk, or one left unfinished): asked first, and »Nej« rings nobody."""
    from dataclasses import replace
    from datetime import date

    from PySide6.QtWidgets import QMessageBox

    from reception.calls import CallDesk, start_callback_call, unfinished_drafts
    from reception.paths import resolve_data_paths
    from ui.app import create_main_window

    window = create_main_window(resolve_data_paths(isolated_data_dir).ensure())
    qtbot.addWidget(window)
    window.show()
    desk = CallDesk(taken_by="Mette")
    for phone, name in (("23394977", "Åse Ærø"), ("40404040", "Bo Berg")):
        call = desk.start(phone)
        call.update(replace(call.form, name=name))
        desk.end(call, "call_back", callback_due=date.today(), callback_reason="svar")
    callbacks, today = window.workspace.callbacks, window.workspace.today
    qtbot.waitUntil(lambda: len(callbacks.entries) == 2 and today.day is not None
                    and len(today.day.callbacks) == 2, timeout=2000)

    callbacks.table.selectRow(0)  # Åse: rung from this desk
    callbacks.ring_now()
    rung_here = window.call_panel.session.call_id
    qtbot.waitUntil(lambda: callbacks.entries[0].ringing_call == rung_here, timeout=1000)
    assert callbacks.table.item(0, 5).text()  # shown as taken
    today.refresh()
    today.callbacks.table.selectRow(0)
    today._ring_callback()
    assert window.call_panel.session.call_id == rung_here  # back to it, not a second call
    assert len(unfinished_drafts()) == 1

    other = start_callback_call(callbacks.entries[1].id, taken_by="bo")  # Bo: rung elsewhere
    qtbot.waitUntil(lambda: callbacks.entries[1].ringing_call == other, timeout=1000)
    assert callbacks.table.item(1, 5).text() == "bo"
    asked: list[str] = []

    def say_no(_parent, _title, text, *_args):  # noqa: ANN001, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", say_no)
    callbacks.table.selectRow(1)
    callbacks.ring_now()
    assert asked == ["Bo Berg ringes allerede op af bo. Ring alligevel?"]
    assert len(unfinished_drafts()) == 2  # nobody rang Bo a second time
    window.close()
