"""Schema step: the word prefixes of name, phones and place on PostgreSQL (issue 12).

Nothing changes on SQLite, whose FTS5 tables index prefixes of 1–8 letters. On
PostgreSQL ``caller_fts_prefix`` does the same for ``pg_search``: one row per
caller and distinct prefix (1 to ``LONGEST`` characters) of each word of the
caller's folded ``main`` text (name, phones, place), with which of phones and
place the prefix also starts a word of (``parts``: ``PHONES``, ``PLACE``). A typed
word is then one backward scan of the key, ``prefix = word ORDER BY caller_id
DESC LIMIT n``, which reads the newest matches and stops: the trigram index read
every caller with a common name and sorted them. Words longer than ``LONGEST``
are also tested on the text itself.

``caller_fts_refresh`` rewrites a caller's prefixes when name, phones or place
changed (not for a note), after locking the caller's ``caller_fts`` row: two desks
saving one caller take turns, the second reading what the first wrote (and the
upsert keeps a unique violation out whatever happens). A deleted caller's
prefixes go with its search row (an erase leaves none of its words behind). A
rebuild (a move, a restore) fills the table in one statement with its key
dropped, in key order, so an index scan reads the heap in order too. The name
``caller_fts_*`` keeps the table out of the door's table listing.
"""

from __future__ import annotations

from typing import Any

from peewee import Database

from reception.store.door import is_postgres

TABLE = "caller_fts_prefix"
LONGEST = 12  # characters of a word's prefixes; longer typed words are tested on the text
PHONES = 1
PLACE = 2

# The prefixes of a caller's texts as rows (prefix, parts): the texts are folded, words
# apart by spaces (``pg_search``), so ``string_to_array`` on a space finds every word.
PREFIXES = (
    "CREATE OR REPLACE FUNCTION caller_fts_prefixes(main text, phones text, place text) "
    "RETURNS TABLE (prefix text, parts smallint) LANGUAGE sql IMMUTABLE AS $$ "
    "SELECT left(w.word, n.n), bit_or(w.part)::smallint FROM ("
    "SELECT unnest(string_to_array(main, ' ')) AS word, 0 AS part "
    f"UNION ALL SELECT unnest(string_to_array(phones, ' ')), {PHONES} "
    f"UNION ALL SELECT unnest(string_to_array(place, ' ')), {PLACE}) w "
    f"CROSS JOIN LATERAL generate_series(1, least(length(w.word), {LONGEST})) n(n) "
    "WHERE w.word <> '' GROUP BY 1 $$"
)

KEY = (f"CREATE UNIQUE INDEX IF NOT EXISTS {TABLE}_key ON {TABLE} (prefix, caller_id) "
       "INCLUDE (parts)")

STATEMENTS = (
    f'CREATE TABLE IF NOT EXISTS {TABLE} (prefix text COLLATE "C" NOT NULL, '
    "caller_id integer NOT NULL, parts smallint NOT NULL)",
    PREFIXES,
    KEY,
)

# One caller's rows again (inside ``caller_fts_refresh``: ``cid``, the texts the caller's
# prefixes were made from, ``was_row``, and the new ones, ``now_row``). The old rows are
# found by their prefixes: the key starts with the prefix, and a caller_id index would
# be as large again (a delete by caller_id alone read the whole table, 0.4 s).
REWRITE = (
    f"DELETE FROM {TABLE} WHERE caller_id = cid AND prefix = ANY (ARRAY(SELECT x.prefix "
    "FROM caller_fts_prefixes(was_row.main, was_row.phones, was_row.place) x)); "
    f"INSERT INTO {TABLE} (prefix, caller_id, parts) SELECT x.prefix, cid, x.parts "
    "FROM caller_fts_prefixes(now_row.main, now_row.phones, now_row.place) x "
    "ON CONFLICT (prefix, caller_id) DO UPDATE SET parts = EXCLUDED.parts;"
)

FILL = (f"INSERT INTO {TABLE} (prefix, caller_id, parts) "
        "SELECT x.prefix, f.caller_id, x.parts FROM caller_fts f "
        "CROSS JOIN LATERAL caller_fts_prefixes(f.main, f.phones, f.place) x ORDER BY 1, 2")


def refill(connection: Any) -> None:
    """Every caller's prefixes from ``caller_fts`` anew (inside the caller's transaction);
    the table made first where a step before this one rebuilds the search rows."""
    for sql in STATEMENTS:
        connection.execute(sql)
    connection.execute(f"DROP INDEX IF EXISTS {TABLE}_key")
    connection.execute(f"TRUNCATE {TABLE}")
    connection.execute(FILL)
    connection.execute(KEY)
    connection.execute(f"ANALYZE {TABLE}")


# The trigram indexes the search of name, phones and place read before this step: kept
# current at every save, built at every rebuild (a move), read by nothing now.
UNUSED = ("caller_fts_main", "caller_fts_phones", "caller_fts_place")


def create(database: Database) -> None:
    """The table, filled; the refresh and the caller trigger that keep it current; the
    trigram indexes it replaces dropped."""
    if not is_postgres(database):
        return
    from reception.store import pg_search

    connection = database.connection()
    for sql in (*STATEMENTS, *pg_search.FUNCTIONS):
        connection.execute(sql)
    refill(connection)
    connection.execute(f"DROP INDEX IF EXISTS {', '.join(UNUSED)}")
