"""Schema step: indexes that let the caller search on PostgreSQL read less (issue 12).

Nothing changes on SQLite. On PostgreSQL (``pg_search``):

- ``caller_fts_newest``: the key with name, phones and place beside it, so the
  newest-window branches read a narrow index instead of the rows with their
  whole note text;
- ``caller_fts_words``: the words of the note text (``to_tsvector('simple', …)`` of
  the folded text, which is only letters, digits and single spaces), so a note
  word older than the window is looked up as a word prefix (``word:*``) instead
  of by trigrams, which also match inside words and made the server re-read
  thousands of long texts for a word like »inge«. Every match is still tested
  with the same text test (``strpos``): the index only narrows the rows down.
  It indexes the first ``WORDS_INDEXED`` characters, so a tsvector never grows
  past PostgreSQL's 1 MB limit (a save would fail); the few longer texts are
  found through ``caller_fts_long`` (an ``OR``), with statistics on the length
  so the planner knows they are few.
"""

from __future__ import annotations

from peewee import Database

from reception.store.door import is_postgres

TABLE = "caller_fts"
WORDS_INDEXED = 100_000
WORDS = f"to_tsvector('simple', left(everything, {WORDS_INDEXED}))"
LONG = f"length(everything) > {WORDS_INDEXED}"

STATEMENTS = (
    f"CREATE INDEX IF NOT EXISTS {TABLE}_newest ON {TABLE} (caller_id) "
    "INCLUDE (main, phones, place)",
    f"CREATE INDEX IF NOT EXISTS {TABLE}_words ON {TABLE} USING gin ({WORDS})",
    f"CREATE INDEX IF NOT EXISTS {TABLE}_long ON {TABLE} (caller_id) WHERE {LONG}",
    f"CREATE STATISTICS IF NOT EXISTS {TABLE}_length ON (length(everything)) FROM {TABLE}",
    f"ANALYZE {TABLE}",
)


def create(database: Database) -> None:
    if not is_postgres(database):
        return
    for sql in STATEMENTS:
        database.execute_sql(sql)
