"""Everything held about one person, as plain data: the rows of every table, the audit trail,
and stored files (columns declared BLOB, such as copies of sent sheets).

Values are as stored in SQLite (times as UTC ISO text, code lists as ``"nakke,ryg"``),
so the JSON export is exactly what the database holds; ``view`` makes them readable.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from reception.calls.history import UnknownCaller
from reception.privacy import tables
from reception.privacy.audit_trail import AuditRecord, as_record, entries_about
from reception.privacy.tables import quote
from reception.store import db, door
from reception.store.errors import guarded

PDF_MAGIC = b"%PDF"
# Tables in the order a reader expects them; others follow in schema order.
READING_ORDER = ("caller", "caller_phone", "call", "note", "callback", "sent_item")


@dataclass(frozen=True)
class StoredFile:
    """A file kept in a BLOB column; ``name`` is where the export writes it."""

    table: str
    row_id: int
    column: str
    name: str
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class PersonData:
    caller_id: int
    collected_at: datetime
    tables: dict[str, list[dict[str, Any]]]  # table → rows (column → value), caller first
    audit: list[AuditRecord]
    files: list[StoredFile] = field(default_factory=list)

    @property
    def caller(self) -> dict[str, Any]:
        return self.tables["caller"][0]

    @property
    def name(self) -> str:
        return str(self.caller.get("name") or "")

    def counts(self) -> dict[str, int]:
        return {table: len(rows) for table, rows in self.tables.items()}


def _file_name(table: str, row_id: int, column: str, data: bytes) -> str:
    suffix = ".pdf" if data.startswith(PDF_MAGIC) else ".bin"
    return f"{table}-{row_id}-{column}{suffix}"


@guarded
def collect_person(caller_id: int, now: datetime) -> PersonData:
    """Read every row about the person in one read transaction."""
    with db.atomic():
        schema = tables.schema(db)
        rows = tables.person_rows(db, caller_id, schema)
        if not rows:
            raise UnknownCaller(caller_id)
        data: dict[str, list[dict[str, Any]]] = {}
        files: list[StoredFile] = []
        ordered = [t for t in READING_ORDER if t in rows] + [
            t for t in rows if t not in READING_ORDER]
        for table in ordered:
            keys = rows[table]
            info = schema[table]
            out = []
            for start in range(0, len(keys), 500):
                chunk = keys[start:start + 500]
                cursor = door.execute(
                    f"SELECT * FROM {quote(table)} WHERE {quote(info.key)} IN "
                    f"({', '.join('?' * len(chunk))}) ORDER BY {quote(info.key)}", chunk)
                names = [d[0] for d in cursor.description]
                for values in cursor.fetchall():
                    row = dict(zip(names, values, strict=True))
                    row_id = row.get(info.key) if info.key in row else values[0]
                    for column, value in row.items():
                        if isinstance(value, bytes | bytearray | memoryview):
                            blob = bytes(value)
                            stored = StoredFile(table, int(row_id), column,
                                                _file_name(table, int(row_id), column, blob),
                                                blob)
                            files.append(stored)
                            row[column] = {"fil": stored.name, "bytes": len(blob),
                                           "sha256": stored.sha256}
                    out.append(row)
            data[table] = out
        audit = [as_record(e) for e in entries_about(db, rows)]
    return PersonData(caller_id, now, data, audit, files)
