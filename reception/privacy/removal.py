"""Deleting a set of rows so that nothing is left pointing at them.

``detach(schema, doomed)`` first empties every nullable pointer at a doomed row
from a row that stays (another person's note attached to a deleted call keeps its
text and loses the pointer); a row whose pointer cannot be emptied is doomed too.
``delete_rows(schema, doomed)`` then deletes children before parents. Both run
inside the caller's transaction (with ``deferred_foreign_keys()``).
"""

from __future__ import annotations

from collections.abc import Sequence

from reception.privacy import tables
from reception.privacy.tables import TableInfo, quote
from reception.store import door


def _placeholders(values: Sequence[object]) -> str:
    return "(" + ", ".join("?" * len(values)) + ")"


def detach(schema: dict[str, TableInfo], doomed: dict[str, set[int]]) -> int:
    """Empty nullable pointers at doomed rows; rows that cannot lose theirs are doomed too."""
    detached = 0
    changed = True
    while changed:
        changed = False
        for info in schema.values():
            for fk in info.foreign_keys:
                targets = sorted(doomed.get(fk.target, ()))
                if not targets:
                    continue
                target_key = schema[fk.target].key if fk.target in schema else "id"
                target_rows = (f"(SELECT {quote(fk.target_column)} FROM {quote(fk.target)} "
                               f"WHERE {quote(target_key)} IN {_placeholders(targets)})")
                keys = [row[0] for row in door.execute(
                    f"SELECT {quote(info.key)} FROM {quote(info.name)} "
                    f"WHERE {quote(fk.column)} IN {target_rows}", targets).fetchall()]
                keys = [k for k in keys if k not in doomed.get(info.name, set())]
                if not keys:
                    continue
                if fk.nullable:
                    door.execute(
                        f"UPDATE {quote(info.name)} SET {quote(fk.column)} = NULL "
                        f"WHERE {quote(info.key)} IN {_placeholders(keys)}", keys)
                    detached += len(keys)
                else:
                    doomed.setdefault(info.name, set()).update(keys)
                    changed = True
    return detached


def delete_rows(schema: dict[str, TableInfo], doomed: dict[str, set[int]]) -> dict[str, int]:
    order = [t for t in tables.person_tables(schema) if t in doomed]
    order += [t for t in doomed if t not in order]
    counts: dict[str, int] = {}
    for table in reversed(order):  # children before parents
        keys = sorted(doomed[table])
        if not keys:
            continue
        key = schema[table].key
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            door.execute(f"DELETE FROM {quote(table)} WHERE {quote(key)} "
                           f"IN {_placeholders(chunk)}", chunk)
        counts[table] = len(keys)
    return counts
