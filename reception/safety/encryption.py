"""Turn a plain database into an encrypted one (SQLCipher) without losing a row.

``encrypt_database(path, passphrase)`` checks the plain database
(``integrity_check``), folds its ``-wal`` in, and then lets
``conversion.replace_with_encrypted_copy`` write an encrypted copy, prove it equal
row for row, put it in place and only then overwrite and delete the plain
original (``files.wipe_file``: as far as a file system allows).

A failure leaves the plain database where it was, unchanged. Close every
connection to the database first and hold the data-folder lock. Older plain
backups are not touched: ``unencrypted_copies`` lists them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reception.safety.checks import check_file, reading, table_counts
from reception.safety.conversion import replace_with_encrypted_copy
from reception.safety.errors import NOT_ENCRYPTED, EncryptionFailed
from reception.safety.files import (
    wipe_database,
    wipe_file,
)
from reception.safety.journal import journal_files
from reception.safety.leftovers import ASIDE_FOLDER, hidden_copies
from reception.safety.manifest import list_backups
from reception.safety.passphrase import problem_with_new_passphrase
from reception.store.cipher import PassphraseError, connect, file_kind, sqlcipher_module

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EncryptResult:
    path: Path
    counts: dict[str, int]  # rows per table, the same before and after


def encrypt_database(path: Path, passphrase: str, *, now: datetime | None = None
                     ) -> EncryptResult:
    kind = file_kind(path)
    if kind == "encrypted":
        raise EncryptionFailed("already_encrypted")
    if kind == "missing":
        raise EncryptionFailed("nothing_to_encrypt", path=path)
    problem = problem_with_new_passphrase(passphrase)
    if problem:
        raise EncryptionFailed("passphrase_refused", problem=problem)
    sqlcipher_module()
    problems = check_file(path, None, full=True)
    if problems:
        raise EncryptionFailed("encrypt_check_failed", detail="; ".join(problems))
    plain = connect(path)
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        counts = table_counts(plain)
    finally:
        plain.close()
    replace_with_encrypted_copy(path, passphrase, aside_label="ukrypteret-original",
                                failed=NOT_ENCRYPTED, now=now)
    log.info("Databasen %s er krypteret (%d tabeller)", path, len(counts))
    return EncryptResult(path=path, counts=counts)


def unencrypted_copies(data_root: Path, backup_folder: Path) -> list[Path]:
    """Plain backups, plain databases kept aside, and hidden plain copies left by killed
    operations (``.partial``, ``.restoring``, ``.converting``): patient data that is
    not encrypted."""
    found: list[Path] = [b.path for b in list_backups(backup_folder) if not b.encrypted]
    aside = data_root / ASIDE_FOLDER
    if aside.is_dir():
        found += [p for p in sorted(aside.rglob("*.sqlite3")) if file_kind(p) == "plain"]
    found += [p for p in hidden_copies(data_root / "reception.sqlite3", backup_folder)
              if not p.name.endswith(("-journal", "-wal", "-shm"))
              and ".json." not in p.name and file_kind(p) != "encrypted"]
    return found


def removable_plain_copies(database: Path, backup_folder: Path, passphrase: str | None
                           ) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The plain copies that may be overwritten and deleted now, and those kept (why).

    Nothing is removed unless the database in place is encrypted, opens with
    ``passphrase`` and passes its quick check, and no operation is unfinished. A copy
    kept aside or hidden that holds more rows in a table than the database is kept:
    it may be the last copy of those rows (a database moved aside by an interrupted
    operation). Plain backups are the rotation's older copies and go.
    """
    copies = unencrypted_copies(database.parent, backup_folder)
    if not copies:
        return [], []
    why = _why_not_remove(database, passphrase)
    if why:
        return [], [(copy, why) for copy in copies]
    with reading(database, passphrase) as connection:
        counts = table_counts(connection)
    backups = {b.path for b in list_backups(backup_folder)}
    removable: list[Path] = []
    kept: list[tuple[Path, str]] = []
    for copy in copies:
        more = [] if copy in backups else _tables_with_more_rows(copy, counts)
        if more:
            kept.append((copy, "den har rækker, som den krypterede database ikke har "
                               f"({', '.join(more[:3])}); slet den selv, når I er sikre"))
        else:
            removable.append(copy)
    return removable, kept


def _why_not_remove(database: Path, passphrase: str | None) -> str:
    if journal_files(database.parent):
        return "en afbrudt handling er ikke gjort færdig; start programmet først"
    if file_kind(database) != "encrypted":
        return "databasen er ikke krypteret og på plads"
    if not passphrase:
        return "sæt RECEPTION_PASSPHRASE, så den krypterede database kan kontrolleres først"
    try:
        problems = check_file(database, passphrase)
    except PassphraseError:
        return "adgangskoden passer ikke til databasen"
    if problems:
        return "den krypterede database bestod ikke kontrollen"
    return ""


def _tables_with_more_rows(copy: Path, counts: dict[str, int]) -> list[str]:
    try:
        with reading(copy) as connection:
            theirs = table_counts(connection)
    except Exception:  # a half-written copy that cannot be read holds nothing usable
        return []
    return [t for t, n in theirs.items() if n > counts.get(t, 0)]


def wipe_copies(copies: list[Path]) -> None:
    """Overwrite and delete each copy (a backup's manifest goes with it)."""
    for path in copies:
        wipe_database(path)
        manifest = path.with_suffix(".json")
        if manifest.exists():
            wipe_file(manifest)

