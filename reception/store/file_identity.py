"""Refuse to write when the database file was deleted or replaced while it was open.

An open SQLite connection keeps writing into the file it opened, even after that
file was deleted (the data then vanishes when the program closes) or replaced by
another file (the old ``-wal`` then no longer fits). ``FileIdentityMixin`` keeps
the file's identity (device and inode) from the moment each connection opened,
and compares it with the file at the path (one ``os.stat``, about 1 µs):

- before a write transaction begins (``BEGIN IMMEDIATE`` / ``EXCLUSIVE``),
- before a transaction that changed rows commits (it is rolled back instead),
- before a write statement outside a transaction (an ``UPDATE`` in autocommit).

A mismatch raises ``StorageUnavailable("database_replaced")``: nothing is
written, and what the receptionist typed stays in the form like on a full disk.
"""

from __future__ import annotations

import os
from typing import Any

from reception.store.errors import StorageUnavailable

_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")
FileIdentity = tuple[int, int]


def identity_of(path: str) -> FileIdentity | None:
    """``(st_dev, st_ino)`` of ``path``; None when it is gone."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


class FileIdentityMixin:
    """For a peewee ``SqliteDatabase`` (or SQLCipher) subclass on a file; see the module."""

    database: str
    _state: Any

    def _initialize_connection(self, conn: Any) -> None:
        super()._initialize_connection(conn)  # type: ignore[misc]
        self._state.file_identity = identity_of(self.database)
        self._state.changes_at_begin = None

    def check_file_identity(self) -> None:
        """Raise ``StorageUnavailable("database_replaced")`` if the file is not the one opened."""
        opened = getattr(self._state, "file_identity", None)
        if opened is None:  # not connected through us (or an in-memory database)
            return
        now = identity_of(self.database)
        if now != opened:
            detail = "slettet" if now is None else f"udskiftet: {opened} -> {now}"
            raise StorageUnavailable("database_replaced", f"{self.database} {detail}")

    def begin(self, lock_type: str | None = None) -> None:
        if (lock_type or "").upper() in ("IMMEDIATE", "EXCLUSIVE"):
            self.check_file_identity()
        super().begin(lock_type)  # type: ignore[misc]
        self._state.changes_at_begin = self._state.conn.total_changes

    def commit(self) -> None:
        before = getattr(self._state, "changes_at_begin", None)
        conn = self._state.conn
        if conn is not None and (before is None or conn.total_changes != before):
            self.check_file_identity()  # raising here makes peewee roll back
        super().commit()  # type: ignore[misc]

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        if not self.in_transaction() and sql.lstrip()[:7].upper().startswith(_WRITES):  # type: ignore[attr-defined]
            self.check_file_identity()
        return super().execute_sql(sql, params)  # type: ignore[misc]
