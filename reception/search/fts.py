"""The SQLite FTS5 table and its ranked look-ups, bounded so a keystroke stays cheap.

FTS5 computes bm25 for every matching row before it can sort (1–3 µs a row
here), so a query that matches most of a 10,000-entry base would cost 10–30 ms.
When more than :data:`MAX_RANKED` rows match, only the first that many (by rowid)
are ranked. Below the bound (always, for the clinic's own ~100 texts) ranking is
exact; a broad query narrows below it as the receptionist types on.

Prefix indexes for 1–8 letters make a typed beginning one index look-up instead
of a merge of every word that starts so (0.04 ms against 1–6 ms at 10,000 entries;
p95 per keystroke 4 ms against 7–10 ms with 1–6 letters). They make filling the
table dearer (about 5 ms more for the shipped texts), but the index is built after
the window's first paint, and with them the shipped texts answer the six bench
queries at p95 2.6 ms instead of 4.1 ms (CPU time per keystroke, issue 14).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable

# bm25 weights per column: a word in the title counts far more than one in the text.
# ``stems``: the Snowball stems of every word (:mod:`.stemming`), an extra match weighed lowest.
WEIGHTS = {"title": 10.0, "keywords": 5.0, "parts": 2.0, "body": 1.0, "stems": 0.3}
MAX_RANKED = 500

Row = tuple[str, str, str, str, str]  # folded title, keywords, compound parts, body, stems


class FtsTable:
    def __init__(self, rows: Iterable[Row], stemmer: str = "none") -> None:
        rows = list(rows)
        self._size = len(rows)
        prefix = ", prefix='1 2 3 4 5 6 7 8'"
        # check_same_thread=False: the app may build the index off the UI thread;
        # KnowledgeIndex serialises every use behind a lock.
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.execute(
            f"CREATE VIRTUAL TABLE docs USING fts5({', '.join(WEIGHTS)}, "
            f"tokenize='unicode61 remove_diacritics 2'{prefix})"
        )
        weights = ", ".join(str(w) for w in WEIGHTS.values())
        self._db.execute("INSERT INTO docs(docs, rank) VALUES('rank', ?)", (f"bm25({weights})",))
        # The stemmer that filled the stems column goes with the table (see stemmer()).
        self._db.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)")
        self._db.execute("INSERT INTO meta VALUES ('stemmer', ?)", (stemmer,))
        self._db.executemany(
            "INSERT INTO docs(rowid, title, keywords, parts, body, stems) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            ((n, *row) for n, row in enumerate(rows)),
        )

    def stemmer(self) -> str:
        """The stemmer (name/version) whose stems the table holds."""
        return str(self._db.execute("SELECT value FROM meta WHERE key = 'stemmer'").fetchone()[0])

    def ranked(self, match: str, limit: int, skip: Collection[int] = ()) -> list[tuple[int, float]]:
        """Up to ``limit`` (rowid, relevance) best first, leaving out ``skip``.

        Relevance is bm25 (negative, lower is better) folded into [0, 1), higher is better.
        """
        want = limit + len(skip)
        cutoff = self._cutoff(match) if self._size > MAX_RANKED else None
        ranked = self._rank(match, want, cutoff)
        return [(row, -rank / (1.0 - rank)) for row, rank in ranked if row not in skip][:limit]

    def _cutoff(self, match: str) -> int | None:
        """The rowid of the last row worth ranking, or None when all of them are."""
        row = self._db.execute(
            "SELECT rowid FROM docs WHERE docs MATCH ? LIMIT 1 OFFSET ?", (match, MAX_RANKED)
        ).fetchone()
        return None if row is None else int(row[0]) - 1

    def _rank(self, match: str, limit: int, cutoff: int | None) -> list[tuple[int, float]]:
        if cutoff is None:
            sql = "SELECT rowid, rank FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT ?"
            return self._db.execute(sql, (match, limit)).fetchall()
        sql = "SELECT rowid, rank FROM docs WHERE docs MATCH ? AND rowid <= ? ORDER BY rank LIMIT ?"
        return self._db.execute(sql, (match, cutoff, limit)).fetchall()
