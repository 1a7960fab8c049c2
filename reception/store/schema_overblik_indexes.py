"""Schema step: indexes that let Overblik count a year of calls without sorting them.

SQLite groups by sorting every row of the group (it has no hash aggregate): a
year at 1,000,000 calls is 700,000 rows sorted per figure, seconds each. With
these indexes every figure is read in index order instead:

- ``call_hour``: the calls of a UTC hour lie together, so »per hour« is one pass
  over the period's range with no sort (``substr`` is the same on both backends);
- ``call_kind``: staff, direction, outcome and pain areas first, then the time:
  each combination's calls in the period are one short range (reports/compute.py);
- ``call_caller_outcome``: a new caller's first booked call from the index alone;
- the others turn a scan of a whole table into a range: callers created in the
  period, callbacks agreed and done in it, sheets sent in it, and the checklist
  steps read from the index alone.

The same statements run on PostgreSQL (``postgres.INDEXES``).
"""

from __future__ import annotations

from peewee import Database

STATEMENTS = (
    'CREATE INDEX IF NOT EXISTS call_hour ON "call" (status, substr(started_at, 1, 13), '
    "started_at)",  # the column too, or SQLite reads every call's row
    'CREATE INDEX IF NOT EXISTS call_kind ON "call" (status, taken_by, direction, outcome, '
    'pain_areas, started_at, duration_seconds)',
    'CREATE INDEX IF NOT EXISTS call_caller_outcome ON "call" (caller_id, status, started_at, '
    "outcome)",
    "CREATE INDEX IF NOT EXISTS caller_created ON caller (created_at, referral_source)",
    "CREATE INDEX IF NOT EXISTS callback_created ON callback (created_at)",
    "CREATE INDEX IF NOT EXISTS callback_done ON callback (done_at, created_at, due, attempts)",
    "CREATE INDEX IF NOT EXISTS sent_item_sent ON sent_item (sent_at, how)",
    "CREATE INDEX IF NOT EXISTS checklist_step_ready ON checklist_step "
    "(checklist_id, status, step, changed_at)",
)


def create(database: Database) -> None:
    for sql in STATEMENTS:
        database.execute_sql(sql)
