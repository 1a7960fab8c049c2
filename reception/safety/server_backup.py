"""Safety on a clinic's PostgreSQL server: a portable snapshot, restore into it, a check.

``snapshot_server`` writes the server's data as one SQLite file (SQLCipher when a
passphrase is given) into the backup folder, in one consistent read (REPEATABLE
READ), then checks it like any backup (``quick_check`` and the rows of every table
against the server's) and writes its manifest: ``restore`` and the backup list
treat it as any other backup, and it can be laid back on a PC's SQLite file as well.

``restore_to_server`` lays a backup back into the server: first a snapshot of what
is there (nothing is lost), then in one transaction every table emptied and filled
from the backup, the id sequences and the caller search rebuilt, every table
compared. ``server_report`` is ``check``: reachable, schema version, rows.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from peewee import Database

from reception import __version__, changes
from reception.safety.backup import _check, _discard, _name_for, prune_backups
from reception.safety.errors import BackupFailed, RestoreFailed
from reception.safety.files import fsync_dir, fsync_file, remove, rename
from reception.safety.manifest import BackupInfo, write_manifest
from reception.safety.rotation import DEFAULT_POLICY, RotationPolicy
from reception.store.cipher import PassphraseError
from reception.store.move import TableCheck

log = logging.getLogger(__name__)


def _server(url: str) -> Database:
    from reception.store.errors import storage_guard
    from reception.store.postgres import make_server_database

    database = make_server_database(url)
    with storage_guard():
        database.connect()
    return database


def _snapshot_file(server: Database, partial: Path, passphrase: str | None) -> list[TableCheck]:
    """The server's tables, as they are in one moment, into a new SQLite file; the
    rows and digest of each table in that same moment."""
    from reception.store import fts
    from reception.store.database import make_database
    from reception.store.move import _copy, ordered_models, table_check
    from reception.store.postgres import INDEXES

    remove(partial)
    file = make_database(partial, passphrase)
    everything = ordered_models()
    try:
        with file.bind_ctx(everything):
            file.create_tables(everything)
            for sql in INDEXES:
                file.execute_sql(sql)
            with server.atomic():
                server.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
                with file.atomic():
                    for model in everything:
                        _copy(model, server, file)
                checks = [table_check(model, server) for model in everything]
            fts.ensure_caller_index(file)
        file.execute_sql("PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        file.close()
    return checks


def snapshot_server(url: str, folder: Path, passphrase: str | None = None, *,
                    now: datetime | None = None, full: bool = False,
                    policy: RotationPolicy | None = DEFAULT_POLICY) -> BackupInfo:
    """A checked SQLite snapshot of the server's database in ``folder``; ``BackupFailed``
    (nothing left behind) or ``StorageUnavailable`` (the server cannot be reached)."""
    from reception.store.move import ordered_models, table_check
    from reception.store.postgres import describe

    now = now or datetime.now(UTC)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise BackupFailed("backup_folder_unusable", detail=str(error), folder=folder) from error
    target = _name_for(folder, now)
    partial = folder / f".{target.name}.partial"
    server = _server(url)
    try:
        expected = _snapshot_file(server, partial, passphrase)
        problems, counts = _check(partial, passphrase, full)
        from reception.store.move import _ReadOnlyFile

        copy = _ReadOnlyFile(partial, passphrase)
        try:
            for model, theirs in zip(ordered_models(), expected, strict=True):
                mine = table_check(model, copy)
                if mine != theirs:
                    problems.append(f"{mine.table}: {mine.rows} / {theirs.rows}")
            version = copy.execute_sql("SELECT max(version) FROM schema_version").fetchone()[0]
        finally:
            copy.close()
        if problems:
            raise BackupFailed("server_backup_check_failed", detail="; ".join(problems))
        fsync_file(partial)
        rename(partial, target)
        info = BackupInfo(
            path=target, created_at=now.astimezone(UTC), size=target.stat().st_size,
            schema_version=int(version or 0), counts=counts, encrypted=passphrase is not None,
            verified=True, check="integrity_check" if full else "quick_check",
            app_version=__version__, source=describe(url))
        write_manifest(info)
        fsync_dir(folder)
    except (BackupFailed, PassphraseError):
        _discard(None, partial, target)
        raise
    except OSError as error:
        _discard(None, partial, target)
        raise BackupFailed("server_backup_not_written", detail=str(error),
                           folder=folder) from error
    finally:
        server.close_all()
    log.info("Sikkerhedskopi af %s: %s (%s)", describe(url), target, info.holds_text)
    if policy is not None:
        prune_backups(folder, policy, wipe_plain=info.encrypted)
    return info


@dataclass(frozen=True)
class ServerRestore:
    backup: BackupInfo
    before: BackupInfo  # the snapshot of what the server held until now


def restore_to_server(url: str, backup: BackupInfo, folder: Path,
                      passphrase: str | None = None) -> ServerRestore:
    """Lay ``backup`` back into the server; what it held is first kept as a snapshot."""
    from reception.safety.backup import verify_backup
    from reception.store import pg_search
    from reception.store.door import deferred_foreign_keys
    from reception.store.migrations import SCHEMA_VERSION
    from reception.store.move import _copy, _ReadOnlyFile, ordered_models, table_check
    from reception.store.postgres import reset_sequences

    if backup.encrypted and not passphrase:
        raise PassphraseError("needed")
    if backup.schema_version != SCHEMA_VERSION:
        raise RestoreFailed("server_restore_schema", backup_version=backup.schema_version,
                            server_version=SCHEMA_VERSION)
    key = passphrase if backup.encrypted else None
    problems = verify_backup(backup, key)
    if problems:
        raise RestoreFailed("backup_not_sound", detail="; ".join(problems))
    before = snapshot_server(url, folder, passphrase, policy=None)
    source = _ReadOnlyFile(backup.path, key)
    server = _server(url)
    everything = ordered_models()
    try:
        with pg_search.triggers_suspended(server):
            with server.atomic():
                deferred_foreign_keys(server)
                for model in reversed(everything):
                    server.execute_sql(f'DELETE FROM "{model._meta.table_name}"')
                for model in everything:
                    _copy(model, source, server)
                # every desk reads every screen afresh once the restore commits
                server.execute_sql("SELECT pg_notify(%s, %s)",
                                   (changes.CHANNEL, changes.make_change("all").payload()))
        reset_sequences(server)
        for model in everything:
            mine, theirs = table_check(model, source), table_check(model, server)
            if mine != theirs:
                raise RestoreFailed("server_restore_differs", table=mine.table,
                                    backup=before.path.name)
    finally:
        source.close()
        server.close_all()
    return ServerRestore(backup=backup, before=before)


@dataclass(frozen=True)
class ServerReport:
    where: str
    schema_version: int
    counts: dict[str, int]


def server_report(url: str) -> ServerReport:
    """Reachable (else ``StorageUnavailable``), its schema version and rows per table."""
    from reception.store.errors import storage_guard
    from reception.store.move import ordered_models
    from reception.store.postgres import describe

    server = _server(url)
    try:
        with storage_guard():
            if not server.table_exists("schema_version"):
                return ServerReport(describe(url), 0, {})
            version = server.execute_sql("SELECT max(version) FROM schema_version").fetchone()[0]
            counts = {}
            for model in ordered_models():
                name = model._meta.table_name
                counts[name] = int(server.execute_sql(f'SELECT count(*) FROM "{name}"')
                                   .fetchone()[0])
    finally:
        server.close_all()
    return ServerReport(describe(url), int(version or 0), dict(sorted(counts.items())))
