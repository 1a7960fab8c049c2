"""Change events: announced at commit, never for a rolled-back write, and (on PostgreSQL)
sent to the other desks with pg_notify on the ``reception_changes`` channel."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

import pytest
from peewee import Database

from reception import changes
from reception.calls import CallDesk, complete_callback, record_callback_attempt
from reception.changes import Change
from reception.store import is_postgres, write_transaction
from reception.store.models import Caller

pytestmark = pytest.mark.both_backends


@pytest.fixture
def heard() -> Iterator[list[Change]]:
    seen: list[Change] = []
    unsubscribe = changes.subscribe(seen.append)
    yield seen
    unsubscribe()


def _caller(name: str = "Åse") -> int:
    from reception.store.fields import utc_now

    now = utc_now()
    return int(Caller.create(name=name, created_at=now, updated_at=now).id)


def test_an_announcement_waits_for_the_commit(database: Database, heard: list[Change]) -> None:
    with write_transaction():
        caller_id = _caller()
        changes.announce("caller", caller_id)
        assert heard == []  # not before the commit
    assert [(c.kind, c.ids) for c in heard] == [("caller", frozenset({caller_id}))]
    change = heard[0]
    assert change.own and not change.remote and change.desk and change.at.tzinfo


def test_a_rolled_back_write_announces_nothing(database: Database,
                                               heard: list[Change]) -> None:
    with pytest.raises(RuntimeError), write_transaction():
        changes.announce("caller", _caller())
        raise RuntimeError("the save failed")
    assert heard == []
    assert Caller.select().count() == 0
    with write_transaction():  # the next transaction starts with nothing waiting
        changes.announce("settings")
    assert [c.kind for c in heard] == ["settings"]


def test_a_savepoint_rolled_back_takes_only_its_own_announcements(
        database: Database, heard: list[Change]) -> None:
    with write_transaction():
        changes.announce("caller", 1)
        with pytest.raises(RuntimeError), write_transaction():
            changes.announce("callback", 2)
            raise RuntimeError
        changes.announce("caller", 3)
    assert [(c.kind, c.ids) for c in heard] == [("caller", frozenset({1, 3}))]


def test_use_cases_say_what_they_changed(database: Database, heard: list[Change]) -> None:
    desk = CallDesk(taken_by="Mette")
    call = desk.start("23394977")
    from dataclasses import replace

    call.update(replace(call.form, name="Åse Ærø"))
    result = desk.end(call, "call_back", callback_due=date.today(), callback_reason="svar")
    kinds = {c.kind: c.ids for c in heard}
    assert kinds["call"] == frozenset({result.call_id})
    assert kinds["caller"] == frozenset({result.caller_id})
    assert kinds["callback"] == frozenset({result.callback_id})
    heard.clear()
    record_callback_attempt(result.callback_id, by="Mette")
    complete_callback(result.callback_id, by="Mette")
    assert [(c.kind, c.ids) for c in heard] == [("callback", frozenset({result.callback_id}))] * 2


def test_a_subscriber_that_fails_does_not_stop_the_others(database: Database,
                                                          heard: list[Change]) -> None:
    def broken(_change: Change) -> None:
        raise ValueError("a screen that is gone")

    unsubscribe = changes.subscribe(broken)
    try:
        changes.announce("texts")
    finally:
        unsubscribe()
    assert [c.kind for c in heard] == ["texts"]


def test_many_ids_collapse_to_all_in_the_payload() -> None:
    change = changes.make_change("caller", range(5000))
    data = json.loads(change.payload())
    assert data["ids"] == "all" and len(change.payload().encode()) < 8000
    back = changes.from_payload(change.payload())
    assert back is not None and back.ids is None and back.remote
    few = changes.from_payload(changes.make_change("call", [3, 1]).payload())
    assert few is not None and few.ids == frozenset({1, 3}) and few.kind == "call"
    assert set(json.loads(changes.make_change("call", 1).payload())) >= {
        "kind", "ids", "desk", "pid", "at"}


def test_the_other_desks_hear_it_only_at_commit(database: Database) -> None:
    if not is_postgres(database):
        pytest.skip("LISTEN/NOTIFY is PostgreSQL's")
    import psycopg

    listener = psycopg.connect(database.database, **database.connect_params, autocommit=True)
    try:
        listener.execute(f"LISTEN {changes.CHANNEL}")
        with pytest.raises(RuntimeError), write_transaction():
            changes.announce("caller", _caller())
            raise RuntimeError
        with write_transaction():
            caller_id = _caller()
            changes.announce("caller", caller_id)
        received = [n.payload for n in listener.notifies(timeout=2, stop_after=1)]
        assert list(listener.notifies(timeout=0.3)) == []  # the rolled-back one never came
    finally:
        listener.close()
    assert len(received) == 1
    data = json.loads(received[0])
    assert data["kind"] == "caller" and data["ids"] == [caller_id]
