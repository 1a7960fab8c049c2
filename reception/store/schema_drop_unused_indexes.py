"""Schema step: drop ``call_hour`` and ``call_kind``, which nothing reads since ``call_summary``.

Overblik's calls per hour and by kind come from ``call_summary`` (schema_call_summary.py),
so no query reads these two indexes any more: EXPLAIN QUERY PLAN (SQLite) and EXPLAIN
(PostgreSQL) over every Overblik query and every statement on ``call`` the tests make
show none of them (tests/test_reports_queries.py keeps checking). Each still cost a
write with every call saved and room on disk. The others of schema_overblik_indexes
stay; ``call_summary``'s own recount reads ``call_report`` instead, as fast.
"""

from __future__ import annotations

from collections.abc import Iterable

from peewee import Database

NAMES = ("call_hour", "call_kind")


def create(database: Database) -> None:
    for name in NAMES:
        database.execute_sql(f"DROP INDEX IF EXISTS {name}")


def kept(statements: Iterable[str]) -> tuple[str, ...]:
    """``CREATE INDEX`` statements without those of the dropped indexes (a new database
    on the server is made from the current schema, not by the steps)."""
    return tuple(sql for sql in statements if not any(f" {name} ON " in sql for name in NAMES))
