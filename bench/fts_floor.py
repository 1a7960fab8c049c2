"""The floor for search and index build: raw sqlite3 FTS5 over the same texts.

No folding, no synonyms, no snippets: one table, one ranked MATCH. Whatever the
real index costs above this is ours.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

CREATE = "CREATE VIRTUAL TABLE t USING fts5(title, text, keywords, " \
    "tokenize='unicode61 remove_diacritics 2')"
QUERY = "SELECT rowid FROM t WHERE t MATCH ? ORDER BY bm25(t) LIMIT 20"

Row = tuple[str, str, str]  # title, text, keywords


def build(rows: Sequence[Row]) -> sqlite3.Connection:
    """An in-memory FTS5 table holding ``rows``, filled in one transaction."""
    connection = sqlite3.connect(":memory:")
    connection.execute(CREATE)
    with connection:
        connection.executemany("INSERT INTO t (title, text, keywords) VALUES (?, ?, ?)", rows)
    return connection


def match_expression(prefix: str) -> str | None:
    """``"word"*`` for every typed word (implicit AND); None when nothing is typed."""
    words = prefix.split()
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def search(connection: sqlite3.Connection, prefix: str) -> list[int]:
    expression = match_expression(prefix)
    if expression is None:
        return []
    return [rowid for (rowid,) in connection.execute(QUERY, (expression,))]


def matching(connection: sqlite3.Connection, prefix: str) -> int:
    """How many documents the floor's expression for ``prefix`` matches (all get ranked)."""
    expression = match_expression(prefix)
    if expression is None:
        return 0
    (count,) = connection.execute("SELECT count(*) FROM t WHERE t MATCH ?",
                                  (expression,)).fetchone()
    return int(count)
