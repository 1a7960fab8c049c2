"""Fault test: a call saved while the disk is full or another process holds the write lock.

Ending a call writes the call row (which the ``call_summary`` triggers count), the
caller's details one version further, the callback it completes one version further,
and audit entries, in one transaction. When that fails (SQLite: a full disk, or
``BEGIN IMMEDIATE`` held by another program beyond the busy timeout) nothing of it
may stay: the call rows and ``call_summary`` still agree (a count made from the call
rows, as tests/test_call_summary.py makes it), no version moved, no change was
announced, the error carries its code, and the same save goes through once the
fault is gone, with what was typed.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import disk_helpers
import pytest
from test_call_summary import counted_from_calls, summary_rows

from reception import changes
from reception.calls import (
    CallDesk,
    CallForm,
    StorageUnavailable,
    end_call,
    start_call,
    start_callback_call,
)
from reception.store import door, open_database
from reception.store.door import execute
from reception.store.models import Call, Callback, Caller

TODAY = date(2026, 11, 30)
TYPED = "Ondt i lænden siden i sommer, vil gerne have en tid. " * 4000  # ≈ 210 KB


def prepared() -> tuple[CallDesk, object, int]:
    """Saved calls; a known caller with a callback due; the callback's call open at a desk
    with new details and long notes typed: (desk, session, callback id)."""
    first = end_call(start_call("23394977", taken_by="Mette"),
                     CallForm(phone="23394977", name="Åse Ærø", pain_areas=("ryg",)),
                     "call_back", callback_due=TODAY, today=TODAY)
    for n in range(3):
        end_call(start_call(f"4040404{n}", taken_by="Lone"),
                 CallForm(phone=f"4040404{n}", name=f"Person {n}"), "booked")
    desk = CallDesk(taken_by="Lone")
    session = desk.open(start_callback_call(first.callback_id, taken_by="Lone"))
    assert session.form.caller_id == first.caller_id and session.form.caller_version
    return desk, session, first.callback_id


def snapshot(callback_id: int) -> dict[str, object]:
    """What a failed save must leave as it was."""
    assert summary_rows() == counted_from_calls()
    caller = Caller.get(Caller.name == "Åse Ærø")
    callback = Callback.get_by_id(callback_id)
    return {
        "calls": sorted((c.id, c.status, c.outcome, c.notes[:40])
                        for c in Call.select().where(Call.status == "saved")),
        "summary": summary_rows(),
        "caller": (caller.version, caller.street, caller.saved_at),
        "callback": (callback.version, callback.done_at),
        "audit": execute("SELECT count(*) FROM audit_entry").fetchone()[0],
    }


def type_details(session) -> None:
    session.update(replace(session.form, street="Nørregade 1", postcode="8000", town="Aarhus C",
                           pain_areas=("ryg", "nakke"), notes=TYPED))


def assert_saved_after_retry(desk: CallDesk, session, callback_id: int,
                             before: dict[str, object]) -> None:
    result = desk.end(session, "booked")
    assert summary_rows() == counted_from_calls()
    call = Call.get_by_id(result.call_id)
    assert (call.status, call.notes, call.outcome) == ("saved", TYPED, "booked")
    caller = Caller.get_by_id(result.caller_id)
    assert caller.street == "Nørregade 1" and caller.version == before["caller"][0] + 1
    callback = Callback.get_by_id(callback_id)
    assert callback.done_at is not None and callback.version == before["callback"][0] + 1
    assert result.completed_callbacks == (callback_id,)


@pytest.fixture
def announced() -> Iterator[list[changes.Change]]:
    """The changes this program was told of (only committed ones may come)."""
    heard: list[changes.Change] = []
    unsubscribe = changes.subscribe(heard.append)
    yield heard
    unsubscribe()


# --- a write lock held by another process ----------------------------------------------------

HOLD_THE_LOCK = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("held", flush=True)
sys.stdin.readline()
connection.execute("ROLLBACK")
"""


@pytest.fixture
def lock_holder(tmp_path: Path) -> Iterator[Callable[[], subprocess.Popen]]:
    """Starts another program that holds ``BEGIN IMMEDIATE`` on the database until told."""
    database = open_database(tmp_path / "db.sqlite3", busy_timeout_ms=150)
    holders: list[subprocess.Popen] = []

    def hold() -> subprocess.Popen:
        holder = subprocess.Popen([sys.executable, "-c", HOLD_THE_LOCK,
                                   str(tmp_path / "db.sqlite3")],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        holders.append(holder)
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        return holder

    try:
        yield hold
    finally:
        database.close()
        for holder in holders:
            if holder.poll() is None:
                holder.kill()
                holder.wait(10)


def release(holder: subprocess.Popen) -> None:
    assert holder.stdin is not None
    holder.stdin.write("\n")
    holder.stdin.close()
    assert holder.wait(10) == 0


def test_a_save_while_another_program_holds_the_write_lock(lock_holder, announced) -> None:
    desk, session, callback_id = prepared()
    type_details(session)
    before = snapshot(callback_id)
    announced.clear()
    holder = lock_holder()
    try:
        assert not session.flush()  # the autosave meets the lock first
        assert session.last_error.code == "locked" and session.dirty
        with pytest.raises(StorageUnavailable) as refused:
            desk.end(session, "booked")
        assert refused.value.code == "locked"
        assert "optaget af et andet program" in refused.value.message
        assert session.dirty and session.form.notes == TYPED and session in desk.sessions
        assert snapshot(callback_id) == before
        assert Call.get_by_id(session.call_id).status == "draft"
        assert announced == []
    finally:
        release(holder)
    assert_saved_after_retry(desk, session, callback_id, before)
    assert {c.kind for c in announced} >= {"call", "caller", "callback"}


# --- a full disk -------------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB tmpfs (root only, as CI runs); skipped where it cannot be mounted."""
    with disk_helpers.small_disk(tmp_path / "small", "size=4m") as mount:
        yield mount


fill = disk_helpers.fill


@pytest.fixture
def disk_fills_at_commit(small_disk: Path) -> Iterator[list[Path]]:
    """The disk fills inside the ending's transaction, after its last statement and just
    before its COMMIT (where the changes go to the other desks): SQLite then has every
    page of the save in memory and meets the full disk writing them."""
    filled: list[Path] = []

    def fill_once(_change: changes.Change) -> None:
        if not filled:
            filled.append(fill(small_disk))

    changes.set_notifier(fill_once)
    try:
        yield filled
    finally:
        changes.set_notifier(door._notify_other_desks)


@pytest.mark.parametrize("when", ["before", "at_commit"])
def test_a_save_on_a_full_disk(small_disk: Path, announced, request, when: str) -> None:
    database = open_database(small_disk / "reception.sqlite3")
    try:
        desk, session, callback_id = prepared()
        type_details(session)
        assert session.flush()  # the typed text is in the draft row
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # no room left in the WAL
        before = snapshot(callback_id)
        announced.clear()
        if when == "before":
            filled = [fill(small_disk)]
        else:
            filled = request.getfixturevalue("disk_fills_at_commit")
        with pytest.raises(StorageUnavailable) as refused:
            desk.end(session, "booked")
        assert filled, "the disk never filled"
        assert refused.value.code == "disk_full" and "Disken er fuld" in refused.value.message
        assert session.form.notes == TYPED and session in desk.sessions
        assert snapshot(callback_id) == before
        assert Call.get_by_id(session.call_id).status == "draft"
        assert announced == []
        changes.set_notifier(door._notify_other_desks)
        filled[0].unlink()
        assert_saved_after_retry(desk, session, callback_id, before)
    finally:
        database.close()
