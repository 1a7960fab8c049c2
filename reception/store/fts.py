"""Full-text search of callers: every piece of SQLite-only SQL (FTS5 table, triggers, MATCH).

On PostgreSQL ``pg_search`` does the same with pg_trgm; ``search_caller_ids`` hands over.

One FTS5 row per caller, ``rowid`` = ``caller.id``, with four columns:

- ``name``   the caller's name
- ``phones`` the digit words of every number (``4523394977 23394977``)
- ``place``  postcode and town
- ``notes``  the text of the caller's notes and of their saved calls' notes

and a second, small table ``caller_fts_main`` with the first three alone. At
100,000 callers a word that occurs only in notes ("smerte") made a search of
name, phone and place walk the word's whole match list just to find no name
in it (a column filter reads every row the word occurs in); the small table
holds no note words, so that search is a short lookup. Both tables index
prefixes of 1–8 letters: a typed prefix with its own index is read newest
first and stops at the limit, where a longer prefix merges the match lists of
every word it starts. The big table keeps which column a word is in, not where
in it (``detail=column``: no phrase queries, which the search never makes),
which keeps it smaller than before the prefixes were added.

Triggers on caller, caller_phone, note and call rebuild a caller's row whenever
one of its sources changes (draft calls are not indexed). Danish folding: FTS5's
``unicode61 remove_diacritics 2`` folds case and é→e, but not æ or ø, and folds
å to a; so æ→ae, ø→oe, å→aa (and ä, ö, and ß, ł, đ, œ) are replaced before
indexing (by the triggers, in SQL) and before querying (``fold``, in Python), from
one table. A change to that table needs a migration step that re-creates the
triggers and re-indexes (``refold_caller_index``).

A migration that rebuilds one of these tables (peewee's migrator does for column
type, NOT NULL and default changes) must run inside ``caller_triggers_suspended``:
the rebuild silently drops the table's own triggers, and fails outright while
the other tables' triggers still name it. ``ensure_caller_index``, run on every
open, re-creates missing triggers and rebuilds the index as a safety net.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from peewee import Database, DatabaseProxy

AnyDatabase = Database | DatabaseProxy  # the proxy ``db`` or a bound database

TABLE = "caller_fts"
MAIN = "caller_fts_main"  # name, phones, place only: see the module docstring

# (from, to): applied in SQL at index time and in Python at query time. Besides
# the Danish letters, letters of callers' names that unicode61 keeps as they are
# (it only strips accents): ß, ł, đ, œ, typed as ss, l, d, oe on a Danish keyboard.
DANISH_FOLDS = (
    ("æ", "ae"), ("Æ", "AE"), ("ø", "oe"), ("Ø", "OE"), ("å", "aa"), ("Å", "AA"),
    ("ä", "ae"), ("Ä", "AE"), ("ö", "oe"), ("Ö", "OE"),
    ("ß", "ss"), ("ẞ", "SS"), ("ł", "l"), ("Ł", "L"), ("đ", "d"), ("Đ", "D"),
    ("œ", "oe"), ("Œ", "OE"),
)
_FOLD_TABLE = str.maketrans({a: b.lower() for a, b in DANISH_FOLDS})
_WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Query-side Danish folding, matching what the triggers index."""
    return unicodedata.normalize("NFC", text).lower().translate(_FOLD_TABLE)


def query_words(text: str) -> list[str]:
    """The folded words of a search text, as the tokenizer would split them."""
    return _WORD.findall(fold(text))


def _fold_sql(expression: str) -> str:
    for source, target in DANISH_FOLDS:
        expression = f"replace({expression}, '{source}', '{target}')"
    return expression


_NOTES_SQL = (
    "coalesce((SELECT group_concat(n.text, ' ') FROM note n WHERE n.caller_id = c.id), '')"
    " || ' ' || "
    "coalesce((SELECT group_concat(k.notes, ' ') FROM call k"
    " WHERE k.caller_id = c.id AND k.status = 'saved'), '')"
)
_ROW_SELECT = (
    "SELECT c.id, " + _fold_sql("c.name") + ", "
    "coalesce((SELECT group_concat(p.search_digits, ' ') FROM caller_phone p"
    " WHERE p.caller_id = c.id), ''), "
    + _fold_sql("c.postcode || ' ' || c.town") + ", "
    + _fold_sql(_NOTES_SQL)
    + " FROM caller c"
)
_INSERT = f"INSERT INTO {TABLE}(rowid, name, phones, place, notes) "
_MAIN_SELECT = (
    "SELECT c.id, " + _fold_sql("c.name") + ", "
    "coalesce((SELECT group_concat(p.search_digits, ' ') FROM caller_phone p"
    " WHERE p.caller_id = c.id), ''), "
    + _fold_sql("c.postcode || ' ' || c.town")
    + " FROM caller c"
)
_MAIN_INSERT = f"INSERT INTO {MAIN}(rowid, name, phones, place) "


def _refresh(caller_id: str, main: bool = True) -> str:
    """Statements that rebuild the FTS rows of the caller whose id is ``caller_id`` (SQL);
    ``main``: the name/phone/place table's row too (notes and calls leave it alone)."""
    statements = (
        f"DELETE FROM {TABLE} WHERE rowid = {caller_id}; "
        f"{_INSERT}{_ROW_SELECT} WHERE c.id = {caller_id};"
    )
    if main:
        statements += (
            f" DELETE FROM {MAIN} WHERE rowid = {caller_id}; "
            f"{_MAIN_INSERT}{_MAIN_SELECT} WHERE c.id = {caller_id};"
        )
    return statements


PREFIXES = "1 2 3 4 5 6 7 8"
CREATE_TABLE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
    "name, phones, place, notes, "
    f"tokenize = 'unicode61 remove_diacritics 2', prefix = '{PREFIXES}', detail = column)"
)
CREATE_MAIN = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {MAIN} USING fts5("
    "name, phones, place, "
    f"tokenize = 'unicode61 remove_diacritics 2', prefix = '{PREFIXES}')"
)

TRIGGERS: dict[str, str] = {
    "caller_fts_caller_ai": f"AFTER INSERT ON caller BEGIN {_refresh('NEW.id')} END",
    "caller_fts_caller_au": (
        f"AFTER UPDATE OF name, postcode, town ON caller BEGIN {_refresh('NEW.id')} END"
    ),
    "caller_fts_caller_ad": (
        f"AFTER DELETE ON caller BEGIN DELETE FROM {TABLE} WHERE rowid = OLD.id; "
        f"DELETE FROM {MAIN} WHERE rowid = OLD.id; END"
    ),
    "caller_fts_phone_ai": f"AFTER INSERT ON caller_phone BEGIN {_refresh('NEW.caller_id')} END",
    "caller_fts_phone_au": (
        "AFTER UPDATE ON caller_phone BEGIN "
        f"{_refresh('OLD.caller_id')} {_refresh('NEW.caller_id')} END"
    ),
    "caller_fts_phone_ad": f"AFTER DELETE ON caller_phone BEGIN {_refresh('OLD.caller_id')} END",
    "caller_fts_note_ai": (
        f"AFTER INSERT ON note BEGIN {_refresh('NEW.caller_id', main=False)} END"
    ),
    "caller_fts_note_au": (
        f"AFTER UPDATE ON note BEGIN {_refresh('OLD.caller_id', main=False)} "
        f"{_refresh('NEW.caller_id', main=False)} END"
    ),
    "caller_fts_note_ad": (
        f"AFTER DELETE ON note BEGIN {_refresh('OLD.caller_id', main=False)} END"
    ),
    "caller_fts_call_ai": (
        "AFTER INSERT ON call WHEN NEW.status = 'saved' AND NEW.caller_id IS NOT NULL "
        f"BEGIN {_refresh('NEW.caller_id', main=False)} END"
    ),
    "caller_fts_call_au": (
        "AFTER UPDATE OF notes, caller_id, status ON call "
        "WHEN OLD.status = 'saved' OR NEW.status = 'saved' "
        f"BEGIN {_refresh('OLD.caller_id', main=False)} "
        f"{_refresh('NEW.caller_id', main=False)} END"
    ),
    "caller_fts_call_ad": (
        "AFTER DELETE ON call WHEN OLD.status = 'saved' "
        f"BEGIN {_refresh('OLD.caller_id', main=False)} END"
    ),
}


def create_caller_index(database: AnyDatabase) -> None:
    """Create the FTS tables and their triggers (idempotent)."""
    database.execute_sql(CREATE_TABLE)
    database.execute_sql(CREATE_MAIN)
    create_caller_triggers(database)


def create_caller_triggers(database: AnyDatabase) -> None:
    for name, body in TRIGGERS.items():
        database.execute_sql(f"CREATE TRIGGER IF NOT EXISTS {name} {body}")


def drop_caller_triggers(database: AnyDatabase) -> None:
    """For bulk loads: drop the triggers; call ``rebuild_caller_index`` and re-create after."""
    for name in TRIGGERS:
        database.execute_sql(f"DROP TRIGGER IF EXISTS {name}")


@contextmanager
def caller_triggers_suspended(database: AnyDatabase) -> Iterator[None]:
    """Without the search triggers (bulk loads, table rebuilds); re-indexes everything after."""
    from reception.store.door import is_postgres

    if is_postgres(database):
        from reception.store import pg_search

        with pg_search.triggers_suspended(database):
            yield
        return
    drop_caller_triggers(database)
    try:
        yield
    finally:
        create_caller_triggers(database)
    rebuild_caller_index(database)


def missing_caller_triggers(database: AnyDatabase) -> list[str]:
    present = {
        row[0]
        for row in database.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    return [name for name in TRIGGERS if name not in present]


def _table_exists(database: AnyDatabase, name: str) -> bool:
    row = database.execute_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return row is not None


def caller_index_exists(database: AnyDatabase) -> bool:
    """Both search tables are there (the small one came with schema 9)."""
    return _table_exists(database, TABLE) and _table_exists(database, MAIN)


def rebuild_caller_index(database: AnyDatabase) -> None:
    """Re-index every caller from the tables (after a bulk load or a repair)."""
    with database.atomic():
        for table, insert in ((TABLE, _INSERT + _ROW_SELECT), (MAIN, _MAIN_INSERT + _MAIN_SELECT)):
            database.execute_sql(f"DELETE FROM {table}")
            database.execute_sql(insert)
            database.execute_sql(f"INSERT INTO {table}({table}) VALUES ('optimize')")


def recreate_caller_index(database: AnyDatabase) -> None:
    """Both search tables made anew in today's layout, and every caller indexed (schema 9).

    An FTS5 table's prefix lengths and detail level are fixed when it is created.
    """
    drop_caller_triggers(database)
    database.execute_sql(f"DROP TABLE IF EXISTS {TABLE}")
    database.execute_sql(f"DROP TABLE IF EXISTS {MAIN}")
    create_caller_index(database)
    rebuild_caller_index(database)


def refold_caller_index(database: AnyDatabase, new_letters: str) -> int:
    """After letters were added to ``DANISH_FOLDS``: triggers with the new folding, and
    the rows of the callers whose texts hold one of ``new_letters`` indexed again.

    Only those rows: re-indexing everyone re-folds every note, ≈ 25 s at 100,000
    callers and 1,000,000 calls, while finding the few affected takes a scan.
    Returns how many callers were re-indexed.
    """
    drop_caller_triggers(database)
    create_caller_triggers(database)

    def holds(column: str) -> str:
        return "(" + " OR ".join(f"instr({column}, '{letter}') > 0"
                                 for letter in new_letters) + ")"

    affected = (
        f"SELECT id FROM caller WHERE {holds('name')} OR {holds('town')} "
        f"UNION SELECT caller_id FROM note WHERE {holds('text')} "
        f"UNION SELECT caller_id FROM call WHERE status = 'saved' AND {holds('notes')}"
    )
    with database.atomic():
        ids = [row[0] for row in database.execute_sql(affected).fetchall()
               if row[0] is not None]
        main = _table_exists(database, MAIN)  # not yet when schema 6 runs
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            database.execute_sql(f"DELETE FROM {TABLE} WHERE rowid IN ({marks})", chunk)
            database.execute_sql(f"{_INSERT}{_ROW_SELECT} WHERE c.id IN ({marks})", chunk)
            if main:
                database.execute_sql(f"DELETE FROM {MAIN} WHERE rowid IN ({marks})", chunk)
                database.execute_sql(f"{_MAIN_INSERT}{_MAIN_SELECT} WHERE c.id IN ({marks})",
                                     chunk)
    return len(ids)


def ensure_caller_index(database: AnyDatabase) -> bool:
    """Re-create a missing FTS table or trigger and rebuild; True when a repair was needed."""
    if caller_index_exists(database) and not missing_caller_triggers(database):
        return False
    with database.atomic():
        create_caller_index(database)
        rebuild_caller_index(database)
    return True


def _prefix(word: str) -> str:
    return '"' + word.replace('"', '""') + '"*'


def _ids(
    database: AnyDatabase, table: str, expression: str, limit: int,
    exclude: Sequence[int] = (),
) -> list[int]:
    not_in = f" AND rowid NOT IN ({', '.join('?' * len(exclude))})" if exclude else ""
    cursor = database.execute_sql(
        f"SELECT rowid FROM {table} WHERE {table} MATCH ?{not_in} ORDER BY rowid DESC LIMIT ?",
        (expression, *exclude, limit),
    )
    return [row[0] for row in cursor]


def search_caller_ids(
    database: AnyDatabase,
    words: Sequence[str],
    phone_digits: str | None,
    limit: int,
    notes_min_length: int = 3,
) -> list[tuple[int, str]]:
    """Caller ids matching every word as a prefix, newest caller first, with where they matched.

    ``words`` are folded (``query_words``). With ``phone_digits`` (the whole query
    was a number) the digits match phone numbers by prefix (``"phone"``), then
    postcodes when four digits or fewer (``"place"``). Otherwise name, phone and
    place are searched first (``"name"``); when that gives fewer than ``limit``
    rows and some word has ``notes_min_length`` letters, note text is searched for
    the rest (``"notes"``).
    Unranked on purpose: newest-first with a LIMIT stays fast on common prefixes.
    On PostgreSQL ``pg_search`` answers instead.
    """
    from reception.store.door import is_postgres

    if is_postgres(database):
        from reception.store import pg_search

        return pg_search.search_caller_ids(database, words, phone_digits, limit,
                                           notes_min_length)
    if limit <= 0:
        return []
    if phone_digits:
        found = [(i, "phone")
                 for i in _ids(database, MAIN, f"phones : {_prefix(phone_digits)}", limit)]
        if len(phone_digits) <= 4 and len(found) < limit:
            seen = [i for i, _ in found]
            places = _ids(database, MAIN, f"place : {_prefix(phone_digits)}",
                          limit - len(found), seen)
            found += [(i, "place") for i in places]
        return found
    if not words:
        return []
    terms = " AND ".join(_prefix(w) for w in words)
    found = [(i, "name") for i in _ids(database, MAIN, terms, limit)]
    if len(found) >= limit or max(len(w) for w in words) < notes_min_length:
        return found
    seen = [i for i, _ in found]
    return found + [(i, "notes")
                    for i in _ids(database, TABLE, terms, limit - len(found), seen)]
