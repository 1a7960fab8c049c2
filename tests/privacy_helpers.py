"""People and calls for the privacy tests, made through the same services the app uses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from peewee import SqliteDatabase

from reception.calls import CallForm, add_note, end_call, find_callers_by_phone, start_call
from reception.store import open_database
from reception.store.models import SentItem


def open_db(folder: Path) -> SqliteDatabase:
    return open_database(folder / "reception.sqlite3")


@dataclass(frozen=True)
class Person:
    id: int
    call_ids: list[int]


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def make_person(phone: str, name: str, notes: str, *, day: date | None = None,
                extra_note: str = "", callback_reason: str = "", sent: str = "",
                by: str = "Mette", street: str = "Guldvej 7") -> Person:
    """A person with one saved call (and a note, a callback, a sent item when asked)."""
    # Today's calls an hour ago (never in the future, whatever the time of day).
    moment = at(day) if day else datetime.now(UTC) - timedelta(hours=1)
    day = moment.date()
    call_id = start_call(phone, taken_by=by, now=moment)
    form = CallForm(phone=phone, name=name, street=street, postcode="8000", town="Aarhus C",
                    email="", pain_areas=("ryg",), notes=notes, follow_up="Sender ark")
    outcome = "call_back" if callback_reason else "send_sheet"
    end_call(call_id, form, outcome, now=moment + timedelta(minutes=4), today=day,
             callback_due=day + timedelta(days=7) if callback_reason else None,
             callback_reason=callback_reason)
    person_id = next(p.id for p in find_callers_by_phone(phone) if p.name == name)
    if extra_note:
        add_note(person_id, extra_note, author=by, now=moment + timedelta(minutes=5))
    if sent:  # no service sends sheets yet (issue 5): the row as it will look
        SentItem.create(caller=person_id, call=call_id, what=sent, how="letter",
                        sent_at=moment + timedelta(minutes=6), sent_by=by)
    return Person(person_id, [call_id])


def another_call(person: Person, phone: str, notes: str, day: date) -> int:
    """A later call from a known person (chosen by id: the number may be shared)."""
    moment = at(day) if day < date.today() else datetime.now(UTC) - timedelta(minutes=30)
    call_id = start_call(phone, taken_by="Lise", now=moment)
    form = CallForm(caller_id=person.id, phone=phone, notes=notes)
    end_call(call_id, form, "no_action", now=moment + timedelta(minutes=2), today=day)
    person.call_ids.append(call_id)
    return call_id


def add_later_tables(database: SqliteDatabase) -> None:
    """Tables a later schema version might add: a checklist per call, PDF copies per sent item.

    Created with SQL only, so the privacy code has never heard of them.
    """
    database.execute_sql(
        "CREATE TABLE later_step (id INTEGER PRIMARY KEY, "
        "call_id INTEGER NOT NULL REFERENCES call (id), step TEXT NOT NULL, "
        "comment TEXT NOT NULL DEFAULT '', done_at TEXT)")
    database.execute_sql(
        "CREATE TABLE later_copy (id INTEGER PRIMARY KEY, "
        "sent_item_id INTEGER NOT NULL REFERENCES sent_item (id), pdf BLOB NOT NULL, "
        "made_at TEXT NOT NULL)")
    database.execute_sql(
        "CREATE TABLE later_consent (id INTEGER PRIMARY KEY, "
        "caller_id INTEGER REFERENCES caller (id), call_id INTEGER REFERENCES call (id), "
        "what TEXT NOT NULL, at TEXT NOT NULL)")


def file_bytes(folder: Path) -> bytes:
    """The database file and its write-ahead log, as they are on disk now."""
    data = b""
    for name in ("reception.sqlite3", "reception.sqlite3-wal"):
        path = folder / name
        if path.exists():
            data += path.read_bytes()
    return data
