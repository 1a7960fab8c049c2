"""Caller search on PostgreSQL: what ``fts`` does with SQLite's FTS5.

One row per caller in ``caller_fts`` (the same name as SQLite's index, so the
door's table listing leaves it out on both) with the caller's texts folded the
way ``fts`` folds them: the Danish letters and ß, ł, đ, œ from ``fts.DANISH_FOLDS``,
then lower case, accents stripped (``unaccent``, after the Danish folds so ø
stays oe) and every run of other characters made one space, with a space at each
end. A word typed as a prefix is then ``strpos(text, ' word') > 0``. Triggers keep
the rows current, as on SQLite; ``everything`` adds the text of notes and of saved
calls' notes to ``main`` (name, phones, place).

Name, phones and place are searched through the prefix table
(``schema_server_prefixes``: every word start of ``main``, as FTS5's prefix index);
note text through a word index and trigrams (``schema_server_search``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from peewee import Database, DatabaseProxy

from reception.store import fts, schema_server_prefixes, schema_server_search

AnyDatabase = Database | DatabaseProxy
TABLE = fts.TABLE
WINDOW = 300  # newest callers' note texts read along the key before an index is asked
INDEXED_WORD = 3  # a note word shorter than this is tested on the text alone (``_condition``)
_ASCII_WORD = re.compile(r"[a-z0-9]+")


def _fold_sql(expression: str) -> str:
    for source, target in fts.DANISH_FOLDS:
        expression = f"replace({expression}, '{source}', '{target}')"
    return ("' ' || trim(regexp_replace(unaccent(lower(" + expression
            + ")), '[^[:alnum:]]+', ' ', 'g')) || ' '")


_SOURCES = {
    "name": "c.name",
    "phones": "coalesce((SELECT string_agg(p.search_digits, ' ') FROM caller_phone p"
              " WHERE p.caller_id = c.id), '')",
    "place": "c.postcode || ' ' || c.town",
    "notes": "coalesce((SELECT string_agg(n.text, ' ') FROM note n WHERE n.caller_id = c.id), '')"
             " || ' ' || coalesce((SELECT string_agg(k.notes, ' ') FROM call k"
             " WHERE k.caller_id = c.id AND k.status = 'saved'), '')",
}

# A caller's row again: deleted (the caller may be gone) and written as an upsert, since
# two desks saving calls of one caller at once both find no row after their delete and
# both insert (schema_versions replaces the older delete-then-insert on a server).
# The delete waits for the other desk's refresh and, finding its row gone, runs again to
# delete the row that desk wrote: ``was_row`` is then what the stored prefixes were made
# from (``schema_server_prefixes``), which are rewritten only when name, phones or place
# changed.
def _insert_rows(where: str) -> str:
    """``INSERT`` of the search rows of the callers ``where`` picks (``""``: all)."""
    return (f"INSERT INTO {TABLE} (caller_id, main, phones, place, everything) "
            "SELECT r.id, r.name || r.phones || r.place, r.phones, r.place, "
            "r.name || r.phones || r.place || r.notes FROM (SELECT c.id, "
            + ", ".join(f"caller_fts_fold({sql}) AS {name}" for name, sql in _SOURCES.items())
            + f" FROM caller c{where}) r")


REFRESH = (
    "CREATE OR REPLACE FUNCTION caller_fts_refresh(cid integer) RETURNS void "
    f"LANGUAGE plpgsql AS $$ DECLARE was_row {TABLE}; now_row {TABLE}; BEGIN "
    "IF cid IS NULL THEN RETURN; END IF; "
    f"LOOP DELETE FROM {TABLE} WHERE caller_id = cid RETURNING * INTO was_row; "
    f"EXIT WHEN FOUND OR NOT EXISTS (SELECT FROM {TABLE} WHERE caller_id = cid); END LOOP; "
    + _insert_rows(" WHERE c.id = cid") + " "
    "ON CONFLICT (caller_id) DO UPDATE SET main = EXCLUDED.main, phones = EXCLUDED.phones, "
    "place = EXCLUDED.place, everything = EXCLUDED.everything RETURNING * INTO now_row; "
    "IF (was_row.main, was_row.phones, was_row.place) IS DISTINCT FROM "
    "(now_row.main, now_row.phones, now_row.place) THEN "
    + schema_server_prefixes.REWRITE + " END IF; END $$")

# A deleted caller's search row and prefixes go through the refresh too (it finds no caller).
OF_CALLER = (
    "CREATE OR REPLACE FUNCTION caller_fts_of_caller() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN IF TG_OP = 'DELETE' THEN PERFORM caller_fts_refresh(OLD.id); "
    "ELSE PERFORM caller_fts_refresh(NEW.id); END IF; RETURN NULL; END $$")

# What ``schema_server_prefixes`` replaces on a database from before it.
FUNCTIONS = (REFRESH, OF_CALLER)

# Every caller's row at once (the table emptied first): one statement instead of a
# function call per caller.
FILL = _insert_rows("")

STATEMENTS = (
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE OR REPLACE FUNCTION caller_fts_fold(t text) RETURNS text LANGUAGE sql STABLE "
    "AS $$ SELECT " + _fold_sql("coalesce(t, '')") + " $$",
    f"CREATE TABLE IF NOT EXISTS {TABLE} (caller_id integer PRIMARY KEY, main text NOT NULL, "
    "phones text NOT NULL, place text NOT NULL, everything text NOT NULL)",
    f"CREATE INDEX IF NOT EXISTS {TABLE}_everything ON {TABLE} "
    "USING gin (everything gin_trgm_ops)",
    *schema_server_prefixes.STATEMENTS,
    REFRESH,
    OF_CALLER,
    "CREATE OR REPLACE FUNCTION caller_fts_of_child() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN IF TG_OP <> 'INSERT' THEN PERFORM caller_fts_refresh(OLD.caller_id); END IF; "
    "IF TG_OP <> 'DELETE' THEN PERFORM caller_fts_refresh(NEW.caller_id); END IF; "
    "RETURN NULL; END $$",
)

TRIGGERS = {
    "caller_fts_caller": "AFTER INSERT OR UPDATE OF name, postcode, town OR DELETE ON caller "
                         "FOR EACH ROW EXECUTE FUNCTION caller_fts_of_caller()",
    "caller_fts_phone": "AFTER INSERT OR UPDATE OR DELETE ON caller_phone "
                        "FOR EACH ROW EXECUTE FUNCTION caller_fts_of_child()",
    "caller_fts_note": "AFTER INSERT OR UPDATE OR DELETE ON note "
                       "FOR EACH ROW EXECUTE FUNCTION caller_fts_of_child()",
    "caller_fts_call_ai": "AFTER INSERT ON call FOR EACH ROW WHEN (NEW.status = 'saved') "
                          "EXECUTE FUNCTION caller_fts_of_child()",
    "caller_fts_call_au": "AFTER UPDATE OF notes, caller_id, status ON call FOR EACH ROW "
                          "WHEN (OLD.status = 'saved' OR NEW.status = 'saved') "
                          "EXECUTE FUNCTION caller_fts_of_child()",
    "caller_fts_call_ad": "AFTER DELETE ON call FOR EACH ROW WHEN (OLD.status = 'saved') "
                          "EXECUTE FUNCTION caller_fts_of_child()",
}


def create(database: Database) -> None:
    """The search table, its indexes, functions and triggers; every caller indexed."""
    connection = database.connection()
    for sql in STATEMENTS:
        connection.execute(sql)
    for name, body in TRIGGERS.items():
        connection.execute(f"CREATE OR REPLACE TRIGGER {name} {body}")
    connection.execute("SELECT caller_fts_refresh(id) FROM caller")
    for sql in schema_server_search.STATEMENTS:
        connection.execute(sql)


def _trigger_table(body: str) -> str:
    return body.split(" ON ", 1)[1].split()[0]


@contextmanager
def triggers_suspended(database: AnyDatabase) -> Iterator[None]:
    """Without the search triggers (bulk loads, a move to the server); re-indexes all after."""
    connection = database.connection()
    for name, body in TRIGGERS.items():
        connection.execute(f"DROP TRIGGER IF EXISTS {name} ON {_trigger_table(body)}")
    try:
        yield
    finally:
        connection = database.connection()
        for name, body in TRIGGERS.items():
            connection.execute(f"CREATE OR REPLACE TRIGGER {name} {body}")
    rebuild(database)


def _index_statements() -> list[str]:
    """The search table's own indexes (this module's and ``schema_server_search``'s)."""
    return [sql for sql in (*STATEMENTS, *schema_server_search.STATEMENTS)
            if sql.startswith("CREATE INDEX")]


def rebuild(database: AnyDatabase) -> None:
    """Every caller indexed again from scratch, in one transaction.

    The rows are written in one statement with the indexes dropped, and the indexes
    built after: keeping four trigram and a word index up to date row by row took
    over ten minutes at 100,000 callers (a move to the server, a restore). The word
    prefixes (``schema_server_prefixes``) are filled the same way.
    """
    with database.atomic():
        connection = database.connection()
        statements = _index_statements()
        for sql in statements:
            name = re.search(r"CREATE INDEX IF NOT EXISTS (\w+)", sql)
            assert name is not None, sql
            connection.execute(f"DROP INDEX IF EXISTS {name.group(1)}")
        connection.execute(f"DELETE FROM {TABLE}")
        connection.execute(FILL)
        for sql in statements:
            connection.execute(sql)
        connection.execute(f"ANALYZE {TABLE}")
        schema_server_prefixes.refill(connection)


def _plain(word: str) -> str:
    """Accents stripped, as ``unaccent`` strips them from the indexed text."""
    return "".join(ch for ch in unicodedata.normalize("NFD", word)
                   if not unicodedata.combining(ch))


def _condition(column: str, words: Sequence[str], indexed: bool) -> tuple[str, list[object]]:
    """``column`` holds every word as a prefix: SQL and its parameters.

    ``LIKE '% word%'`` where the trigram index is to answer; elsewhere the same test as
    ``strpos(column, ' word') > 0``, which reads a long text several times faster
    (the words are letters and digits only, ``fts.query_words``: no ``%`` or ``_``).
    In the note text, words of ASCII letters and digits (the folded Danish ones are)
    are looked up in the word index first (``schema_server_search``); its
    ``simple`` parser splits the folded text at the spaces, so a word the text
    test finds is always a word the index finds by its prefix. Words shorter than
    ``INDEXED_WORD`` are left to the text test when a longer one narrows the rows
    down: the index would merge the rows of every word they start (»s« took 20 ms).
    """
    plain = [_plain(word) for word in words]
    ascii_words = [w for w in plain if _ASCII_WORD.fullmatch(w)]
    looked_up = ([w for w in ascii_words if len(w) >= INDEXED_WORD]
                 or sorted(ascii_words, key=len)[-1:])
    if indexed and column == "everything" and looked_up:
        text_sql, text_params = _condition(column, words, indexed=False)
        return (f"({schema_server_search.WORDS} @@ to_tsquery('simple', %s) "
                f"OR {schema_server_search.LONG}) AND {text_sql}",
                [" & ".join(f"{word}:*" for word in looked_up), *text_params])
    if indexed:
        return (" AND ".join(f"{column} LIKE %s" for _ in words),
                [f"% {_plain(word)}%" for word in words])
    return (" AND ".join(f"strpos({column}, %s) > 0" for _ in words),
            [f" {_plain(word)}" for word in words])


def _branches(column: str, words: Sequence[str], limit: int,
              exclude: tuple[str, Sequence[str]] | None = None) -> tuple[list[str], list[object]]:
    """The SELECTs (``part``, ``caller_id``) of the callers whose ``column`` holds every
    word as a prefix, newest first, each in parentheses for a ``UNION ALL``, and
    their parameters; without the callers whose column ``exclude[0]`` holds every
    word of ``exclude[1]``.

    Bounded for short, common prefixes (note words are common): the newest
    ``WINDOW`` rows are read first along the primary key;
    the word or trigram index answers for the rows older than the window in a
    second SELECT, which the outer
    ``LIMIT`` never starts when the first held enough (PostgreSQL runs a ``UNION ALL``
    branch by branch and stops pulling rows at the limit); then the matches are few
    to sort. ``caller_id + 0`` keeps the planner from walking the whole key for a
    rare word instead, and from reading the key for every row older than the window
    to intersect it with the trigram index's rows.
    """
    part = _PARTS[column]
    not_sql, not_params = _condition(*exclude, indexed=False) if exclude else ("", [])
    not_sql = f" AND NOT ({not_sql})" if exclude else ""
    found_sql, found_params = _condition(column, words, indexed=True)
    found = [*found_params, *not_params]
    newest_sql, newest_params = _condition(column, words, indexed=False)
    columns = ", ".join(dict.fromkeys(["caller_id", column, *exclude[:1]] if exclude
                                      else ["caller_id", column]))
    newest = (f"(SELECT '{part}' AS part, caller_id FROM (SELECT {columns} FROM {TABLE} "
              f"ORDER BY caller_id DESC LIMIT %s) newest WHERE {newest_sql}{not_sql} "
              "ORDER BY caller_id DESC LIMIT %s)")
    older = (f"(SELECT '{part}' AS part, caller_id FROM {TABLE} WHERE {found_sql}{not_sql} "
             f"AND caller_id + 0 < (SELECT caller_id FROM {TABLE} ORDER BY caller_id DESC "
             "OFFSET %s LIMIT 1) ORDER BY caller_id + 0 DESC LIMIT %s)")
    return ([newest, older],
            [WINDOW, *newest_params, *not_params, limit, *found, WINDOW - 1, limit])


_PARTS = {"main": "name", "everything": "notes", "phones": "phone", "place": "place"}
PREFIXES = schema_server_prefixes.TABLE
# Which rows of a prefix stand for a word of phones, and of place alone (not of phones).
_IN = {"main": "", "phones": f" AND p.parts & {schema_server_prefixes.PHONES} <> 0",
       "place": f" AND p.parts & {schema_server_prefixes.PLACE} <> 0 "
                f"AND p.parts & {schema_server_prefixes.PHONES} = 0"}


def _prefix_branch(column: str, words: Sequence[str], limit: int) -> tuple[str, list[object]]:
    """The SELECT (``part``, ``caller_id``) of the callers whose ``column`` (main, phones
    or place) holds every word as a prefix, newest first, from the prefix table
    (``schema_server_prefixes``): the longest word's prefix read backwards along the
    key, each other word's looked up beside it; a word longer than the prefixes kept
    is tested on the text too. For ``place`` a caller whose phones hold the word is
    left out (the phone branch before it found that caller)."""
    plain = sorted(dict.fromkeys(_plain(word) for word in words), key=len, reverse=True)
    longest = schema_server_prefixes.LONGEST
    prefixes = list(dict.fromkeys(word[:longest] for word in plain))
    sql = (f"(SELECT '{_PARTS[column]}' AS part, p.caller_id FROM {PREFIXES} p "
           f"WHERE p.prefix = %s{_IN[column]}")
    for _ in prefixes[1:]:
        sql += (f" AND EXISTS (SELECT 1 FROM {PREFIXES} q WHERE q.prefix = %s "
                "AND q.caller_id = p.caller_id)")
    params: list[object] = list(prefixes)
    longer = [word for word in plain if len(word) > longest]
    if longer:
        text_sql, text_params = _condition(column, longer, indexed=False)
        sql += (f" AND EXISTS (SELECT 1 FROM {TABLE} f WHERE f.caller_id = p.caller_id "
                f"AND {text_sql})")
        params += text_params
    return sql + " ORDER BY p.caller_id DESC LIMIT %s)", [*params, limit]


def found_sql(words: Sequence[str], phone_digits: str | None, limit: int,
              notes_min_length: int = 3) -> tuple[str, list[object]] | None:
    """One statement (``part``, ``caller_id``) for what ``fts.search_caller_ids`` finds;
    None when there is nothing to look for.

    The branches of each column in turn under one ``LIMIT``, so a key costs one round
    trip. A later column leaves out the earlier one's callers by that column's
    condition: it only runs when the earlier one held fewer than ``limit``, i.e.
    when all of its callers are already among the rows.
    """
    if limit <= 0:
        return None
    if phone_digits:
        first, params = _prefix_branch("phones", [phone_digits], limit)
        sql = [first]
        if len(phone_digits) <= 4:
            more, more_params = _prefix_branch("place", [phone_digits], limit)
            sql, params = [*sql, more], params + more_params
    elif words:
        first, params = _prefix_branch("main", words, limit)
        sql = [first]
        if max(len(w) for w in words) >= notes_min_length:
            more, more_params = _branches("everything", words, limit, ("main", words))
            sql, params = sql + more, params + more_params
    else:
        return None
    return ("SELECT part, caller_id FROM (" + " UNION ALL ".join(sql) + ") branches LIMIT %s",
            [*params, limit])


def search_caller_ids(database: AnyDatabase, words: Sequence[str], phone_digits: str | None,
                      limit: int, notes_min_length: int = 3) -> list[tuple[int, str]]:
    """As ``fts.search_caller_ids``, on PostgreSQL, in one statement."""
    found = found_sql(words, phone_digits, limit, notes_min_length)
    if found is None:
        return []
    return [(caller_id, part) for part, caller_id in database.execute_sql(*found)]


SUMMARY = (
    "SELECT f.part, c.id, c.name, c.postcode, c.town, ph.e164s, ph.raws, s.calls, s.last "
    "FROM (SELECT part, caller_id, row_number() OVER () AS position FROM ({found}) u) f "
    "JOIN caller c ON c.id = f.caller_id "
    "CROSS JOIN LATERAL (SELECT array_agg(p.e164 ORDER BY p.id) AS e164s, "
    "array_agg(p.raw ORDER BY p.id) AS raws FROM caller_phone p WHERE p.caller_id = c.id) ph "
    "CROSS JOIN LATERAL (SELECT count(*) AS calls, max(k.started_at) AS last FROM call k "
    "WHERE k.caller_id = c.id AND k.status = 'saved') s "
    "ORDER BY f.position"
)


# The callers with exactly one number, as ``callers.caller_ids_for_e164`` lists them.
_PHONE_FOUND = ("SELECT 'phone' AS part, caller_id FROM caller_phone WHERE e164 = %s "
                "ORDER BY caller_id")


def phone_summary_rows(database: AnyDatabase, e164: str) -> list[tuple]:
    """The rows of ``search_summary_rows`` for a lookup by a whole number, in one round
    trip (the number, the callers, their numbers and their calls: four on SQLite)."""
    return list(database.execute_sql(SUMMARY.format(found=_PHONE_FOUND), [e164]))


def search_summary_rows(database: AnyDatabase, words: Sequence[str], phone_digits: str | None,
                        limit: int, notes_min_length: int = 3) -> list[tuple]:
    """The found callers with what a caller list shows, in one round trip: (where
    matched, id, name, postcode, town, e164s, raws, saved calls, last call's start)."""
    found = found_sql(words, phone_digits, limit, notes_min_length)
    if found is None:
        return []
    sql, params = found
    return list(database.execute_sql(SUMMARY.format(found=sql), params))
