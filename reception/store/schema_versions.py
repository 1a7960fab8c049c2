"""Schema step: a version on every row two desks may both change. Frozen once released.

Caller details, checklists and their steps, callbacks and settings get

- ``version``: 1 for a new row, one more at every save; a save states the version
  it started from, so a desk never writes over what another desk saved meanwhile
  (``reception.store.versions``);
- ``saved_desk`` / ``saved_user`` / ``saved_at``: who saved the row last, from
  which desk, and when (UTC ISO text like every moment), shown in a conflict.

A call gets ``desk``: the desk it is open at. On a server the calls still open
at another desk are that desk's (live there, or taken back at its next start), so
a desk starting up does not take over a colleague's call on the line.

Plain ``ALTER TABLE … ADD COLUMN``: the same on SQLite and PostgreSQL, and SQLite
adds a column without rebuilding the table (the caller search's triggers stay).
On a PostgreSQL database made after this step the live models create the columns.
"""

from __future__ import annotations

from peewee import Database, PostgresqlDatabase

TABLES = ("caller", "checklist", "checklist_step", "callback", "setting")
COLUMNS = (
    ("version", "INTEGER NOT NULL DEFAULT 1"),
    ("saved_desk", "TEXT NOT NULL DEFAULT ''"),
    ("saved_user", "TEXT NOT NULL DEFAULT ''"),
    ("saved_at", "TEXT"),
)
CALL_COLUMNS = (("call", "desk", "TEXT NOT NULL DEFAULT ''"),)


def create(database: Database) -> None:
    """Add the version columns to each table that does not have them yet; on a server,
    the caller search's refresh that two desks can run at once (``pg_search.REFRESH``)."""
    for table in TABLES:
        present = {column.name for column in database.get_columns(table)}
        for name, kind in COLUMNS:
            if name not in present:
                database.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN {name} {kind}')
    for table, name, kind in CALL_COLUMNS:
        if name not in {column.name for column in database.get_columns(table)}:
            database.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN {name} {kind}')
    if isinstance(database, PostgresqlDatabase):
        from reception.store import pg_search

        database.execute_sql(pg_search.REFRESH)
