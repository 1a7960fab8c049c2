"""Schema step: Overblik's call counts kept ready by triggers (``call_summary``).

Even read in index order, a year at 1,000,000 calls is several seconds of SQLite
work per figure. So every saved call is counted once more, when it is written:
``call_summary`` holds, per UTC day (``span = 'd'``, bucket ``2026-11-30``) and per
UTC hour (``span = 'h'``, bucket ``2026-11-30T14``), the number of saved calls and
their talk time for each staff member, direction, outcome and pain areas as
stored (comma-joined codes, split after counting). A year is some 50,000 day rows
instead of 650,000 calls; a period's local days begin on a whole UTC hour
(Denmark's offset is whole hours), so it is its whole UTC days plus the hours at
both ends (reports/compute.py).

Triggers on ``call`` keep it exact under every path that changes a call (ending,
editing, erasure, retention, a move to a server copying the calls): a saved row
added is counted, a saved row removed is taken back, an update does both. Rows
may fall to zero and stay. On SQLite plain triggers, on PostgreSQL one plpgsql
function; both made here, which also counts the calls already there. No foreign
key and no personal data: privacy's export and erasure pass it by, and the
triggers follow the calls erased.

A later step that rebuilds ``call`` (peewee's migrator) drops SQLite's triggers:
run ``create`` again after it (it rebuilds the counts too).
"""

from __future__ import annotations

from peewee import Database

from reception.store.door import is_postgres

TABLE = "call_summary"
KIND = ("taken_by", "direction", "outcome", "pain_areas")
SPANS = (("d", 10), ("h", 13))  # span, length of started_at's prefix

CREATE_TABLE = (
    f"CREATE TABLE IF NOT EXISTS {TABLE} ("
    "span TEXT NOT NULL, bucket TEXT NOT NULL, taken_by TEXT NOT NULL, "
    "direction TEXT NOT NULL, outcome TEXT NOT NULL, pain_areas TEXT NOT NULL, "
    "calls INTEGER NOT NULL, talk_seconds INTEGER NOT NULL, "
    "PRIMARY KEY (span, bucket, taken_by, direction, outcome, pain_areas))"
)


def _values(row: str, span: str, length: int) -> str:
    """The summary key of ``row`` (NEW or OLD) for one span, as SQL expressions."""
    kind = ", ".join(f"coalesce({row}.{column}, '')" for column in KIND)
    return f"'{span}', substr({row}.started_at, 1, {length}), {kind}"


def _add(row: str) -> list[str]:
    """Statements counting ``row`` in (an upsert per span)."""
    return [f"INSERT INTO {TABLE} (span, bucket, {', '.join(KIND)}, calls, talk_seconds) "
            f"VALUES ({_values(row, span, length)}, 1, coalesce({row}.duration_seconds, 0)) "
            f"ON CONFLICT (span, bucket, {', '.join(KIND)}) DO UPDATE SET "
            f"calls = {TABLE}.calls + 1, "
            f"talk_seconds = {TABLE}.talk_seconds + excluded.talk_seconds"
            for span, length in SPANS]


def _take_back(row: str) -> list[str]:
    """Statements taking ``row`` out again."""
    statements = []
    for span, length in SPANS:
        match = " AND ".join(f"{column} = coalesce({row}.{column}, '')" for column in KIND)
        statements.append(
            f"UPDATE {TABLE} SET calls = calls - 1, "
            f"talk_seconds = talk_seconds - coalesce({row}.duration_seconds, 0) "
            f"WHERE span = '{span}' AND bucket = substr({row}.started_at, 1, {length}) "
            f"AND {match}")
    return statements


COLUMNS = "status, started_at, duration_seconds, " + ", ".join(KIND)
SQLITE_TRIGGERS = {
    "call_summary_insert": ('AFTER INSERT ON "call" WHEN new.status = \'saved\'',
                            _add("new")),
    "call_summary_delete": ('AFTER DELETE ON "call" WHEN old.status = \'saved\'',
                            _take_back("old")),
    "call_summary_update_old": (f'AFTER UPDATE OF {COLUMNS} ON "call" '
                                "WHEN old.status = 'saved'", _take_back("old")),
    "call_summary_update_new": (f'AFTER UPDATE OF {COLUMNS} ON "call" '
                                "WHEN new.status = 'saved'", _add("new")),
}

PG_FUNCTION = (
    "CREATE OR REPLACE FUNCTION call_summary_change() RETURNS trigger "
    "LANGUAGE plpgsql AS $$\nBEGIN\n"
    "  IF TG_OP <> 'INSERT' THEN\n    IF OLD.status = 'saved' THEN\n"
    + "".join(f"      {sql};\n" for sql in _take_back("OLD"))
    + "    END IF;\n  END IF;\n"
    "  IF TG_OP <> 'DELETE' THEN\n    IF NEW.status = 'saved' THEN\n"
    + "".join(f"      {sql};\n" for sql in _add("NEW"))
    + "    END IF;\n  END IF;\n  RETURN NULL;\nEND\n$$"
)
PG_TRIGGER = ('CREATE TRIGGER call_summary AFTER INSERT OR DELETE OR UPDATE OF '
              f'{COLUMNS} ON "call" FOR EACH ROW EXECUTE FUNCTION call_summary_change()')


def create(database: Database) -> None:
    """The table, its triggers, and the counts of the calls already saved."""
    database.execute_sql(CREATE_TABLE)
    if is_postgres(database):
        database.execute_sql(PG_FUNCTION)
        database.execute_sql("DROP TRIGGER IF EXISTS call_summary ON call")
        database.execute_sql(PG_TRIGGER)
    else:
        for name, (when, statements) in SQLITE_TRIGGERS.items():
            database.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
            body = "".join(f"{sql}; " for sql in statements)
            database.execute_sql(f"CREATE TRIGGER {name} {when} BEGIN {body}END")
    fill(database)


def fill(database: Database) -> None:
    """Count every saved call anew (after the table was made, or to repair it)."""
    database.execute_sql(f"DELETE FROM {TABLE}")
    kind = ", ".join(f"coalesce({column}, '')" for column in KIND)
    for span, length in SPANS:
        database.execute_sql(
            f"INSERT INTO {TABLE} (span, bucket, {', '.join(KIND)}, calls, talk_seconds) "
            f"SELECT '{span}', substr(started_at, 1, {length}), {kind}, count(*), "
            f"coalesce(sum(duration_seconds), 0) FROM \"call\" WHERE status = 'saved' "
            f"GROUP BY substr(started_at, 1, {length}), {kind}")
