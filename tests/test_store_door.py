"""The one door to the database (reception.store.door), and that nothing walks around it."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import peewee
import psycopg
import pytest
from peewee import Database

from reception.store import deferred_foreign_keys, table_names, write_transaction
from reception.store.door import foreign_keys
from reception.store.errors import classify
from reception.store.fields import utc_now
from reception.store.models import Call, Caller

pytestmark = pytest.mark.both_backends

ROOT = Path(__file__).resolve().parent.parent / "reception"

# SQL only SQLite understands, or peewee calls that write it.
SQLITE_ONLY = re.compile(
    r"IMMEDIATE|PRAGMA|(?i:\bpragma\s+\w)|sqlite_master|GROUP_CONCAT"
    r"|['\"][^'\"]*(?i:group_concat)|on_conflict_replace"
)
# Where it belongs: the store itself, and the SQLite-file parts of safety (backup API,
# SQLCipher conversion, integrity check, the check at start).
EXEMPT = {
    "store",
    "safety/backup.py", "safety/restore.py", "safety/encryption.py", "safety/conversion.py",
    "safety/checks.py", "safety/startup.py", "safety/server_backup.py",
}
# Not moved behind the door yet, each with its reason.
NOT_YET = {
    # secure_delete, the WAL checkpoint and FTS5's optimize scrub a SQLite file after an
    # erasure; PostgreSQL needs VACUUM of the touched tables instead (a later slice).
    "privacy/scrub.py",
    # the settings of safety/ are edited elsewhere now; one typed setting declaration
    # (issue 12) replaces all four settings mechanisms.
    "safety/settings.py",
}


def _code_lines(path: Path) -> list[tuple[int, str]]:
    """Lines of code, without comments and the ``# pragma: no cover`` markers."""
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        code = line.split("#", 1)[0]
        if SQLITE_ONLY.search(code):
            found.append((number, line.strip()))
    return found


def test_no_sqlite_only_sql_outside_the_store() -> None:
    offenders = []
    for path in sorted(ROOT.rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative.split("/")[0] in EXEMPT or relative in EXEMPT or relative in NOT_YET:
            continue
        offenders += [f"{relative}:{n}: {line}" for n, line in _code_lines(path)]
    assert offenders == []


def test_the_allow_list_holds_only_files_that_still_need_it() -> None:
    for relative in NOT_YET:
        assert _code_lines(ROOT / relative), f"{relative} needs no exemption any more"


def _caller() -> Caller:
    now = utc_now()
    return Caller.create(name="Åse Ørum", created_at=now, updated_at=now)


@pytest.mark.sqlite_only("SQLite's BEGIN IMMEDIATE; PostgreSQL locks rows as it writes")
def test_a_write_transaction_takes_the_write_lock_at_once(database: Database,
                                                         tmp_path: Path) -> None:
    other = sqlite3.connect(tmp_path / "db.sqlite3", timeout=0, isolation_level=None)
    try:
        with write_transaction():
            Caller.select().count()  # only a read so far
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # free again after the commit
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_deferred_foreign_keys_are_checked_at_commit(database: Database) -> None:
    caller = _caller()
    now = utc_now()
    call = Call.create(caller=caller, started_at=now, updated_at=now)
    with write_transaction():
        deferred_foreign_keys()
        Caller.delete().where(Caller.id == caller.id).execute()  # the call still points here
        Call.delete().where(Call.id == call.id).execute()
    assert Caller.select().count() == 0
    caller = _caller()
    Call.create(caller=caller, started_at=now, updated_at=now)
    with pytest.raises(peewee.IntegrityError), write_transaction():
        deferred_foreign_keys()
        Caller.delete().where(Caller.id == caller.id).execute()
    assert Caller.select().count() == 1


def test_tables_and_foreign_keys_come_from_introspection(database: Database) -> None:
    names = table_names()
    assert {"caller", "caller_phone", "call", "note", "setting", "schema_version"} <= set(names)
    assert not [n for n in names if n.startswith(("caller_fts", "sqlite_"))]
    assert names == sorted(names)
    keys = {(fk.column, fk.dest_table) for fk in foreign_keys("note")}
    assert ("caller_id", "caller") in keys


def _wrapped(original: BaseException) -> peewee.PeeweeException:
    """``original`` as peewee re-raises a driver's error (the driver's as ``__context__``)."""
    try:
        try:
            raise original
        except Exception:
            raise peewee.OperationalError("wrapped") from None
    except peewee.OperationalError as error:
        error.__context__ = original
        return error


def test_errors_are_classified_by_their_code_not_their_text() -> None:
    full = sqlite3.OperationalError("something went wrong")
    full.sqlite_errorcode = 13  # SQLITE_FULL
    busy = sqlite3.OperationalError("something went wrong")
    busy.sqlite_errorcode = 5 | (2 << 8)  # an extended SQLITE_BUSY code
    assert classify(_wrapped(full)) == "disk_full"
    assert classify(_wrapped(busy)) == "locked"
    assert classify(_wrapped(psycopg.errors.AdminShutdown("terminating"))) == "server_gone"
    assert classify(_wrapped(psycopg.errors.DiskFull("no space"))) == "disk_full"
    refused = psycopg.OperationalError('connection failed: connection to server at "10.0.0.9", '
                                       "port 5432 failed: Connection refused")
    assert classify(_wrapped(refused)) == "unreachable"
    broken = psycopg.OperationalError("consuming input failed: server closed the connection "
                                      "unexpectedly")
    assert classify(_wrapped(broken)) == "server_gone"
    assert classify(_wrapped(psycopg.errors.UniqueViolation("duplicate key"))) is None
