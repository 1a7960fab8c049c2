"""Bad input and bad days: huge notes, any Unicode, a locked or read-only database."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from peewee import SqliteDatabase

from reception.calls import (
    CallForm,
    CallSession,
    StorageUnavailable,
    add_note,
    caller_history,
    end_call,
    load_call_form,
    save_draft,
    search_callers,
    start_call,
    unfinished_drafts,
)
from reception.store import db, is_postgres, open_database

pytestmark = pytest.mark.both_backends


MEGABYTE_NOTES = ("Ondt i knæet. " * 80_000)[:1_048_000] + " slutord-zebra 🦓"
NAMES = [
    "Ærtebjørg Ødegård-Åberg",
    "Zoë 👩‍⚕️ Brontë",
    "محمد علي",
    "李小龙",
    "Łukasz Żółć",
    "e\u0301milie (decomposed é)",
    "Ｆｕｌｌｗｉｄｔｈ",
    "null\x00char",
    "🦓🦓🦓",
]


def test_a_megabyte_of_notes_is_stored_and_found(database) -> None:
    call_id = start_call("23394977")
    form = CallForm(phone="23394977", name="Jens Hansen", notes=MEGABYTE_NOTES)
    save_draft(call_id, form)
    assert load_call_form(call_id).notes == MEGABYTE_NOTES
    result = end_call(call_id, form, "no_action")
    assert result.caller_id is not None
    add_note(result.caller_id, MEGABYTE_NOTES)
    history = caller_history(result.caller_id)
    assert history.calls[0].notes == MEGABYTE_NOTES
    assert history.notes[0].text == MEGABYTE_NOTES
    assert [c.id for c in search_callers("zebra")] == [result.caller_id]


@pytest.mark.parametrize("name", NAMES)
def test_any_unicode_in_names_is_stored_faithfully(database, name: str) -> None:
    # PostgreSQL's text cannot hold NUL: a column stores the replacement character
    stored = name.replace("\x00", "\ufffd") if is_postgres() else name
    call_id = start_call()
    form = CallForm(name=name, phone="23394977", notes=f"Noter om {name}", town=name)
    save_draft(call_id, form)
    assert load_call_form(call_id) == replace(form, notes=f"Noter om {stored}")
    result = end_call(call_id, form, "no_action", force=True)
    assert result.caller_id is not None
    history = caller_history(result.caller_id)
    name = stored
    assert history.caller.name == name and history.caller.town == name
    assert history.calls[0].notes == f"Noter om {name}"
    assert search_callers(name) is not None  # never raises


def test_search_finds_emoji_and_foreign_script_names(database) -> None:
    for name in NAMES[:5]:
        end_call(start_call(), CallForm(name=name), "no_action")
    assert [c.name for c in search_callers("zoë")] == ["Zoë 👩‍⚕️ Brontë"]
    assert [c.name for c in search_callers("zoe")] == ["Zoë 👩‍⚕️ Brontë"]
    assert [c.name for c in search_callers("łukasz")] == ["Łukasz Żółć"]
    assert [c.name for c in search_callers("محمد")] == ["محمد علي"]


def test_a_lone_surrogate_from_a_paste_does_not_fail_the_save(database) -> None:
    call_id = start_call()
    form = CallForm(name="Jens \ud800 Hansen", notes="halv \udfff emoji")
    assert save_draft(call_id, form) is True
    stored = load_call_form(call_id)
    assert stored.name == "Jens \ufffd Hansen" and stored.notes == "halv \ufffd emoji"


@pytest.fixture(scope="module")
def shared_database(tmp_path_factory: pytest.TempPathFactory) -> SqliteDatabase:
    return open_database(tmp_path_factory.mktemp("unicode") / "db.sqlite3")


@settings(max_examples=40, deadline=None)
@given(name=st.text(min_size=1, max_size=60).filter(str.strip), notes=st.text(max_size=300))
def test_any_text_round_trips_through_a_whole_call(shared_database, name: str,
                                                   notes: str) -> None:
    db.initialize(shared_database)
    call_id = start_call()
    form = CallForm(name=name, notes=notes)
    save_draft(call_id, form)
    assert load_call_form(call_id) == form
    result = end_call(call_id, form, "no_action", force=True)
    assert result.caller_id is not None
    history = caller_history(result.caller_id)
    assert history.caller.name == name.strip() and history.calls[0].notes == notes
    search_callers(name)


# --- a database that cannot be written -------------------------------------------------

@pytest.fixture
def locked(tmp_path: Path) -> Iterator[tuple[Path, sqlite3.Connection]]:
    """A database opened with a short busy timeout, and a second connection to lock it."""
    path = tmp_path / "db.sqlite3"
    database = open_database(path, busy_timeout_ms=50)
    other = sqlite3.connect(path, isolation_level=None)
    yield path, other
    other.close()
    database.close()


def test_a_locked_database_raises_a_clear_error_and_loses_nothing(locked) -> None:
    _, other = locked
    call_id = start_call("23394977")
    form = CallForm(phone="23394977", name="Jens Hansen", notes="Vigtig note 🦓")
    other.execute("BEGIN IMMEDIATE")
    with pytest.raises(StorageUnavailable) as caught:
        save_draft(call_id, form)
    assert caught.value.reason == "locked"
    assert "optaget af et andet program" in caught.value.message
    with pytest.raises(StorageUnavailable):
        end_call(call_id, form, "no_action")
    with pytest.raises(StorageUnavailable):
        start_call()
    assert load_call_form(call_id).notes == ""  # reading still works (WAL)
    other.execute("ROLLBACK")
    assert save_draft(call_id, form) is True  # the retry
    assert load_call_form(call_id) == form
    end_call(call_id, form, "no_action")
    assert unfinished_drafts() == []


def test_a_call_session_keeps_the_form_and_retries(locked) -> None:
    _, other = locked
    other.execute("BEGIN IMMEDIATE")
    session = CallSession.start(phone="23394977", taken_by="Mette")
    assert session.call_id is None and session.last_error is not None
    session.update(replace(session.form, name="Jens", notes="skrevet mens databasen var låst"))
    assert session.flush() is False and session.dirty
    with pytest.raises(StorageUnavailable):
        session.end("no_action")
    other.execute("ROLLBACK")
    assert session.flush() is True and session.last_error is None
    assert session.call_id is not None
    assert load_call_form(session.call_id).notes == "skrevet mens databasen var låst"
    assert session.end("no_action").caller_id is not None


def test_a_read_only_database_raises_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_database(path).close()
    read_only = SqliteDatabase(f"file:{path}?mode=ro", uri=True)
    db.initialize(read_only)
    try:
        with pytest.raises(StorageUnavailable) as caught:
            start_call("23394977")
        assert caught.value.reason == "read_only"
        assert "skrivebeskyttet" in caught.value.message
        assert search_callers("jens") == []  # reading works
    finally:
        read_only.close()


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root may write read-only files")
def test_a_read_only_file_raises_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_database(path).close()
    for file in tmp_path.iterdir():
        file.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(StorageUnavailable) as caught:
            database = open_database(path)
            database.close()
            start_call()
        assert caught.value.reason in ("read_only", "unreadable")
    finally:
        tmp_path.chmod(0o755)


def test_a_file_that_is_not_a_database_raises_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StorageUnavailable) as caught:
        open_database(path)
    assert caught.value.reason == "unreadable"
