"""Caller search on PostgreSQL: what ``fts`` does with SQLite's FTS5, with pg_trgm.

One row per caller in ``caller_fts`` (the same name as SQLite's index, so the
door's table listing leaves it out on both) with the caller's texts folded the
way ``fts`` folds them: the Danish letters and ß, ł, đ, œ from ``fts.DANISH_FOLDS``,
then lower case, accents stripped (``unaccent``, after the Danish folds so ø
stays oe) and every run of other characters made one space, with a space at each
end. A word typed as a prefix is then ``LIKE '% word%'``, which a trigram index
answers. Triggers keep the rows current, as on SQLite; ``everything`` adds the
text of notes and of saved calls' notes to ``main`` (name, phones, place).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from peewee import Database, DatabaseProxy

from reception.store import fts

AnyDatabase = Database | DatabaseProxy
TABLE = fts.TABLE
WINDOW = 2000  # newest callers read along the key before the trigram index is asked
SELECTIVE = 4  # a word this long is rare enough for the trigram index alone
NOTES_WINDOW = 300  # fewer for the long ``everything`` text: each row costs more to read


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
REFRESH = (
    "CREATE OR REPLACE FUNCTION caller_fts_refresh(cid integer) RETURNS void "
    "LANGUAGE plpgsql AS $$ BEGIN "
    "IF cid IS NULL THEN RETURN; END IF; "
    f"DELETE FROM {TABLE} WHERE caller_id = cid; "
    f"INSERT INTO {TABLE} (caller_id, main, phones, place, everything) "
    "SELECT r.id, r.name || r.phones || r.place, r.phones, r.place, "
    "r.name || r.phones || r.place || r.notes FROM (SELECT c.id, "
    + ", ".join(f"caller_fts_fold({sql}) AS {name}" for name, sql in _SOURCES.items())
    + " FROM caller c WHERE c.id = cid) r "
    "ON CONFLICT (caller_id) DO UPDATE SET main = EXCLUDED.main, phones = EXCLUDED.phones, "
    "place = EXCLUDED.place, everything = EXCLUDED.everything; END $$")

STATEMENTS = (
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE OR REPLACE FUNCTION caller_fts_fold(t text) RETURNS text LANGUAGE sql STABLE "
    "AS $$ SELECT " + _fold_sql("coalesce(t, '')") + " $$",
    f"CREATE TABLE IF NOT EXISTS {TABLE} (caller_id integer PRIMARY KEY, main text NOT NULL, "
    "phones text NOT NULL, place text NOT NULL, everything text NOT NULL)",
    f"CREATE INDEX IF NOT EXISTS {TABLE}_main ON {TABLE} USING gin (main gin_trgm_ops)",
    f"CREATE INDEX IF NOT EXISTS {TABLE}_phones ON {TABLE} USING gin (phones gin_trgm_ops)",
    f"CREATE INDEX IF NOT EXISTS {TABLE}_place ON {TABLE} USING gin (place gin_trgm_ops)",
    f"CREATE INDEX IF NOT EXISTS {TABLE}_everything ON {TABLE} "
    "USING gin (everything gin_trgm_ops)",
    REFRESH,
    "CREATE OR REPLACE FUNCTION caller_fts_of_caller() RETURNS trigger LANGUAGE plpgsql AS $$ "
    f"BEGIN IF TG_OP = 'DELETE' THEN DELETE FROM {TABLE} WHERE caller_id = OLD.id; "
    "ELSE PERFORM caller_fts_refresh(NEW.id); END IF; RETURN NULL; END $$",
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


def rebuild(database: AnyDatabase) -> None:
    """Every caller indexed again from scratch."""
    with database.atomic():
        connection = database.connection()
        connection.execute(f"DELETE FROM {TABLE}")
        connection.execute("SELECT caller_fts_refresh(id) FROM caller")


def _plain(word: str) -> str:
    """Accents stripped, as ``unaccent`` strips them from the indexed text."""
    return "".join(ch for ch in unicodedata.normalize("NFD", word)
                   if not unicodedata.combining(ch))


def _ids(database: AnyDatabase, column: str, words: Sequence[str], limit: int,
         exclude: Sequence[int] = ()) -> list[int]:
    """The newest callers whose ``column`` holds every word as a prefix, newest first.

    Bounded for short, common prefixes: when every word is shorter than ``SELECTIVE``
    (and always for the long ``everything`` text, where note words are common), the
    newest ``WINDOW`` rows are read first along the primary key, stopping at
    ``limit`` matches; only when they hold fewer does the trigram index answer for
    the older rows, and then the matches are few to sort. ``caller_id + 0`` keeps
    the planner from walking the whole key for a rare word instead.
    """
    conditions = " AND ".join(f"{column} LIKE %s" for _ in words)
    not_in = f" AND caller_id NOT IN ({', '.join(['%s'] * len(exclude))})" if exclude else ""
    patterns = [f"% {_plain(word)}%" for word in words]
    window = min(WINDOW, NOTES_WINDOW) if column == "everything" else WINDOW
    found: list[int] = []
    if column == "everything" or max(len(word) for word in words) < SELECTIVE:
        found = _newest(database, column, conditions + not_in, patterns, exclude, limit,
                        window)
        if len(found) >= limit:
            return found
    else:
        window = 0
    cursor = database.execute_sql(
        f"SELECT caller_id FROM {TABLE} WHERE {conditions}{not_in}"
        + (f" AND caller_id < (SELECT caller_id FROM {TABLE} ORDER BY caller_id DESC "
           "OFFSET %s LIMIT 1)" if window else "")
        + " ORDER BY caller_id + 0 DESC LIMIT %s",
        (*patterns, *exclude, *([window - 1] if window else []), limit - len(found)),
    )
    return found + [row[0] for row in cursor]


def _newest(database: AnyDatabase, column: str, where: str, patterns: Sequence[str],
            exclude: Sequence[int], limit: int, window: int) -> list[int]:
    cursor = database.execute_sql(
        f"SELECT caller_id FROM (SELECT caller_id, {column} FROM {TABLE} "
        f"ORDER BY caller_id DESC LIMIT %s) newest WHERE {where} "
        "ORDER BY caller_id DESC LIMIT %s",
        (window, *patterns, *exclude, limit),
    )
    return [row[0] for row in cursor]


def search_caller_ids(database: AnyDatabase, words: Sequence[str], phone_digits: str | None,
                      limit: int, notes_min_length: int = 3) -> list[tuple[int, str]]:
    """As ``fts.search_caller_ids``, on PostgreSQL."""
    if limit <= 0:
        return []
    if phone_digits:
        found = [(i, "phone") for i in _ids(database, "phones", [phone_digits], limit)]
        if len(phone_digits) <= 4 and len(found) < limit:
            seen = [i for i, _ in found]
            places = _ids(database, "place", [phone_digits], limit - len(found), seen)
            found += [(i, "place") for i in places]
        return found
    if not words:
        return []
    found = [(i, "name") for i in _ids(database, "main", words, limit)]
    if len(found) >= limit or max(len(w) for w in words) < notes_min_length:
        return found
    seen = [i for i, _ in found]
    return found + [(i, "notes") for i in _ids(database, "everything", words,
                                                 limit - len(found), seen)]
