"""Several calls open at one desk: on hold, switched, ended in any order, faults included."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import disk_helpers
import pytest

from reception.calls import (
    CallDesk,
    NoIdentity,
    StorageUnavailable,
    caller_history,
    load_call_form,
    register_caller,
    unfinished_drafts,
)
from reception.calls.outcomes import normalize_outcomes, outcome_labels, stored_outcomes
from reception.privacy import erase_person
from reception.store import open_database
from reception.store.models import Call

pytestmark = pytest.mark.both_backends


def type_into(session, **fields) -> None:
    session.update(replace(session.form, **fields))


def test_a_second_call_puts_the_first_on_hold_with_its_notes(database) -> None:
    desk = CallDesk(taken_by="Mette")
    first = desk.start("23394977")
    type_into(first, name="Anna Andersen", email="anna@example.dk", notes="ondt i nakken")
    second = desk.start("40404040")
    assert desk.active is second and desk.sessions == [first, second]
    assert load_call_form(first.call_id).notes == "ondt i nakken"  # saved when put on hold
    type_into(second, name="Bent Berg", notes="spørger om pris")
    desk.activate(first)
    assert desk.active is first and first.form.notes == "ondt i nakken"
    result = desk.end(first, ("booked", "send_sheet"))
    assert desk.active is second and desk.sessions == [second]
    assert stored_outcomes(Call.get_by_id(result.call_id).outcome) == ("booked", "send_sheet")
    desk.end(second, "no_action")
    assert desk.active is None and unfinished_drafts() == []
    names = {caller_history(r).caller.name for r in (result.caller_id,)}
    assert names == {"Anna Andersen"}


def test_opening_a_call_that_is_already_open_only_switches_to_it(database) -> None:
    desk = CallDesk()
    first = desk.start("23394977")
    desk.start("40404040")
    assert desk.open(first.call_id) is first and len(desk.sessions) == 2


def test_unfinished_calls_found_at_start_are_put_on_hold(database) -> None:
    earlier = CallDesk()
    left = earlier.start("23394977")
    type_into(left, notes="skrevet før nedbruddet")
    left.flush()
    desk = CallDesk()
    adopted = desk.adopt(d.call_id for d in unfinished_drafts())
    assert [s.call_id for s in adopted] == [left.call_id] and desk.active is None
    assert adopted[0].form.notes == "skrevet før nedbruddet"
    assert adopted[0].started_at == left.started_at
    assert desk.adopt([left.call_id]) == []  # already open


def test_a_caller_becomes_a_person_during_the_call(database) -> None:
    desk = CallDesk(taken_by="Mette")
    session = desk.start()
    with pytest.raises(NoIdentity):
        register_caller(session.call_id, session.form)
    type_into(session, phone="23394977", name="Carla Clausen")
    form = register_caller(session.call_id, session.form, by="Mette")
    assert form.caller_id is not None
    session.update(form)
    assert load_call_form(session.call_id).caller_id == form.caller_id
    assert register_caller(session.call_id, form) == form  # already a person: unchanged
    result = desk.end(session, "booked")
    assert result.caller_id == form.caller_id and not result.created_caller


def test_outcomes_are_normalised() -> None:
    assert normalize_outcomes(["send_sheet", "booked", "booked"]) == ("booked", "send_sheet")
    assert normalize_outcomes(["no_action", "call_back"]) == ("call_back",)
    assert normalize_outcomes([]) == ("no_action",)
    assert outcome_labels("booked,call_back") == "Konsultation booket, Ring tilbage"
    with pytest.raises(ValueError):
        normalize_outcomes(["sold"])


def test_erasing_the_person_of_an_open_call_takes_the_call_off_the_desk(database) -> None:
    desk = CallDesk()
    session = desk.start("23394977")
    type_into(session, name="Dorte Dam")
    session.update(register_caller(session.call_id, session.form))
    session.flush()
    erase_person(session.form.caller_id, by="Mette")
    type_into(session, notes="skrevet efter sletningen")
    assert session.flush() is False and session.gone
    assert desk.gone() == [session]
    desk.drop(session)
    assert desk.active is None and desk.sessions == []


# --- faults ------------------------------------------------------------------------------


@pytest.fixture
def locked(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    database = open_database(tmp_path / "db.sqlite3", busy_timeout_ms=50)
    other = sqlite3.connect(tmp_path / "db.sqlite3", isolation_level=None)
    yield other
    other.close()
    database.close()


def test_a_write_lock_during_a_new_call_keeps_both_calls(locked) -> None:
    desk = CallDesk()
    first = desk.start("23394977")
    type_into(first, name="Anna Andersen", notes="gemt")
    assert first.flush()
    locked.execute("BEGIN IMMEDIATE")
    type_into(first, notes="gemt og mere, mens en anden lås holdt")
    second = desk.start("40404040")
    assert first.dirty and desk.unsaved() == [first, second]
    type_into(second, name="Bent Berg", notes="den anden")
    locked.execute("ROLLBACK")
    assert desk.flush_all() == []
    assert load_call_form(first.call_id).notes == "gemt og mere, mens en anden lås holdt"
    assert load_call_form(first.call_id).phone == "23394977"
    assert load_call_form(second.call_id).name == "Bent Berg"
    assert first.call_id != second.call_id


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB tmpfs (root only, as CI runs); skipped where it cannot be mounted."""
    with disk_helpers.small_disk(tmp_path / "small", "size=3m") as mount:
        yield mount


def fill(folder: Path) -> Path:
    return disk_helpers.fill(folder, block=65536)


def test_a_full_disk_during_a_new_call_overwrites_nothing(small_disk: Path) -> None:
    """Issue 11, item 1: the second caller must never land in the first call's row."""
    database = open_database(small_disk / "reception.sqlite3")
    try:
        desk = CallDesk()
        first = desk.start("23394977")
        type_into(first, name="Anna Andersen", notes="første note")
        assert first.flush()
        filler = fill(small_disk)
        type_into(first, notes="første note " + "og meget mere " * 2000)
        assert first.flush() is False
        assert first.last_error.reason == "disk_full"
        second = desk.start("40404040")
        type_into(second, name="Bent Berg", notes="anden opkald")
        assert desk.flush_all() == [first, second] or desk.unsaved()
        with pytest.raises(StorageUnavailable):
            desk.end(second, "no_action")
        filler.unlink()
        assert desk.flush_all() == []
        a = load_call_form(first.call_id)
        assert (a.phone, a.name) == ("23394977", "Anna Andersen")
        assert a.notes.startswith("første note og meget mere")
        ended = desk.end(second, "no_action")
        assert ended.call_id != first.call_id
        b = Call.get_by_id(second.call_id)
        assert b.notes == "anden opkald" and b.phone_e164 == "+4540404040"
        assert load_call_form(first.call_id).name == "Anna Andersen"
    finally:
        database.close()
