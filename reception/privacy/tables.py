"""Which rows of the database are about one person, found from the SQLite schema itself.

No table is named here except ``caller``: every table with a foreign key to
``caller`` holds rows about the person whose id is in that column, and a table
without such a column holds the rows that point (by any foreign key) at rows
already found (a call's checklist, a sent item's PDF copy …), to any depth. So a
table added by a later schema version is exported and erased without a change
here, as long as it has a foreign key to ``caller`` or to one of its tables.

When a row has a caller column, that column decides: another person's note
attached to this person's call belongs to the other person (never exported here),
and a row with an empty caller column belongs through the rows it points at.

Reads the schema through peewee's introspection (``reception.store.door``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from peewee import Database, DatabaseProxy

from reception.store import door

AnyDatabase = Database | DatabaseProxy

PERSON_TABLE = "caller"


@dataclass(frozen=True)
class ForeignKey:
    table: str  # the table holding the column
    column: str
    target: str  # the table it points at
    target_column: str
    nullable: bool


@dataclass(frozen=True)
class TableInfo:
    name: str
    key: str  # the primary key column ("rowid" when the table has no single one)
    columns: tuple[str, ...]
    types: dict[str, str]  # column → declared type, upper case ("TEXT", "INTEGER", "BLOB" …)
    not_null: frozenset[str]
    foreign_keys: tuple[ForeignKey, ...]

    def person_columns(self) -> list[ForeignKey]:
        return [fk for fk in self.foreign_keys if fk.target == PERSON_TABLE]

    def empty_value(self, column: str) -> object:
        """What a column holds when emptied: NULL where allowed, else 0 or ""."""
        if column not in self.not_null:
            return None
        kind = self.types.get(column, "")
        if "BOOL" in kind:
            return False  # 0 on SQLite; PostgreSQL's boolean takes no integer
        if "INT" in kind:
            return 0
        if "BLOB" in kind or "BYTEA" in kind:
            return b""
        return ""


def quote(name: str) -> str:
    """An SQL identifier, quoted."""
    return '"' + name.replace('"', '""') + '"'


def _table_names(database: AnyDatabase) -> list[str]:
    return door.table_names(database)


def table_info(database: AnyDatabase, name: str) -> TableInfo:
    info = door.columns(name, database)
    columns = tuple(column.name for column in info)
    keys = [column.name for column in info if column.primary_key]
    notnull = {column.name: not column.null for column in info}
    types = {column.name: str(column.data_type).upper() for column in info}
    foreign = [
        ForeignKey(name, fk.column, fk.dest_table, fk.dest_column or "id",
                   not notnull.get(fk.column, False))
        for fk in door.foreign_keys(name, database)
    ]
    key = keys[0] if len(keys) == 1 else "rowid"
    not_null = frozenset(c for c, flag in notnull.items() if flag or c in keys)
    return TableInfo(name, key, columns, types, not_null, tuple(foreign))


def schema(database: AnyDatabase) -> dict[str, TableInfo]:
    """Every ordinary table of the database (no search index or engine internals), by name."""
    return {name: table_info(database, name) for name in _table_names(database)}


def person_tables(tables: dict[str, TableInfo]) -> list[str]:
    """Tables that can hold rows about a person, parents before children (caller first)."""
    order = [PERSON_TABLE]
    changed = True
    while changed:
        changed = False
        for name, info in tables.items():
            if name in order:
                continue
            if any(fk.target in order for fk in info.foreign_keys):
                order.append(name)
                changed = True
    return order


def _in_list(values: Iterable[object]) -> tuple[str, list[object]]:
    values = list(values)
    return "(" + ", ".join("?" * len(values)) + ")", values


def person_rows(database: AnyDatabase, caller_id: int,
                tables: dict[str, TableInfo] | None = None) -> dict[str, list[int]]:
    """Table name → primary keys of the rows about ``caller_id`` (the caller row included).

    Tables come parents first (caller, then call, note …); empty tables are left out.
    """
    tables = tables if tables is not None else schema(database)
    found: dict[str, list[int]] = {}
    if PERSON_TABLE not in tables:
        return found
    exists = door.execute(f"SELECT id FROM {quote(PERSON_TABLE)} WHERE id = ?", (caller_id,),
                          database=database).fetchone()
    if exists is None:
        return found
    found[PERSON_TABLE] = [caller_id]
    for name in person_tables(tables)[1:]:
        info = tables[name]
        own = info.person_columns()
        conditions: list[str] = []
        params: list[object] = []
        if own:
            conditions += [f"{quote(fk.column)} = ?" for fk in own]
            params += [caller_id] * len(own)
        parents = []
        for fk in info.foreign_keys:
            if fk.target == PERSON_TABLE or not found.get(fk.target):
                continue
            placeholders, values = _in_list(found[fk.target])
            parents.append(f"{quote(fk.column)} IN {placeholders}")
            params += values
        if parents:
            through = " OR ".join(parents)
            if own:  # a row whose caller column is set belongs to that caller only
                empty = " AND ".join(f"{quote(fk.column)} IS NULL" for fk in own)
                through = f"(({empty}) AND ({through}))"
            conditions.append(through)
        if not conditions:
            continue
        sql = (f"SELECT {quote(info.key)} FROM {quote(name)} WHERE "
               + " OR ".join(conditions) + f" ORDER BY {quote(info.key)}")
        keys = [row[0] for row in door.execute(sql, params, database=database).fetchall()]
        if keys:
            found[name] = keys
    return found
