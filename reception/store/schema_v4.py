"""Schema version 4: copies of the information sheets sent (issue 5). Frozen once released.

``create(database)`` is migration step v4. Until the sheets log lands it creates
nothing; that work fills it in (tables defined here, as frozen copies).
"""

from __future__ import annotations

from peewee import SqliteDatabase


def create(database: SqliteDatabase) -> None:
    """Create the sent-sheet tables."""
