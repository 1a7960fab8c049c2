"""Schema version 8: a covering index for Overblik's call figures. Frozen once released.

Overblik counts a period's calls by hour, direction, staff member, outcome and pain
area. The calls of a month lie scattered over the table (a caller's calls are
written together), so reading them row by row took seconds at 1,000,000 calls;
with every column the figures need in the index, a period is one range of it.
On PostgreSQL the live models create it (``Call``'s ``call_report``).
"""

from __future__ import annotations

from peewee import Database

NAME = "call_report"
COLUMNS = ("status", "started_at", "direction", "caller_id", "taken_by", "outcome",
           "duration_seconds", "pain_areas")


def create(database: Database) -> None:
    database.execute_sql(
        f'CREATE INDEX IF NOT EXISTS {NAME} ON "call" ({", ".join(COLUMNS)})')
