"""Schema version 3: the pre-treatment checklist (issue 4). Frozen once released.

``create(database)`` is migration step v3. Until the checklist lands it creates
nothing; the checklist work fills it in (tables defined here, as frozen copies).
"""

from __future__ import annotations

from peewee import SqliteDatabase


def create(database: SqliteDatabase) -> None:
    """Create the checklist tables."""
