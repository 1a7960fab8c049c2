"""Schema step: the caller search in two tables, with prefixes of 1–8 letters indexed.

At 100,000 callers a word found only in notes ("smerte", "tilba") took tens of
milliseconds per key in the call screen's search: the name search walked the
word's whole match list, and a prefix longer than three letters merged the
match lists of every word it starts. ``fts.recreate_caller_index`` makes both
search tables anew (see reception/store/fts.py) and indexes every caller:
about half a minute at 100,000 callers and 1,000,000 calls, once, in the start's
migration thread. PostgreSQL's caller search (``pg_search``) already keeps name,
phone and place apart from the notes; nothing changes there.
"""

from __future__ import annotations

from peewee import Database

from reception.store import fts
from reception.store.door import is_postgres


def create(database: Database) -> None:
    if is_postgres(database):
        return
    fts.recreate_caller_index(database)
