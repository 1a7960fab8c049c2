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

from reception.safety.checks import check_file, table_counts
from reception.safety.conversion import replace_with_encrypted_copy
from reception.safety.errors import EncryptionFailed
from reception.safety.files import (
    wipe_database,
    wipe_file,
)
from reception.safety.manifest import list_backups
from reception.safety.passphrase import problem_with_new_passphrase
from reception.safety.restore import ASIDE_FOLDER
from reception.store.cipher import connect, file_kind, sqlcipher_module

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EncryptResult:
    path: Path
    counts: dict[str, int]  # rows per table, the same before and after


def encrypt_database(path: Path, passphrase: str, *, now: datetime | None = None
                     ) -> EncryptResult:
    kind = file_kind(path)
    if kind == "encrypted":
        raise EncryptionFailed("Databasen er allerede krypteret.")
    if kind == "missing":
        raise EncryptionFailed(f"Der er ingen database at kryptere: {path}")
    problem = problem_with_new_passphrase(passphrase)
    if problem:
        raise EncryptionFailed(problem)
    sqlcipher_module()
    problems = check_file(path, None, full=True)
    if problems:
        raise EncryptionFailed("Databasen bestod ikke kontrollen og krypteres ikke. "
                               "Læg en god sikkerhedskopi tilbage først.", "; ".join(problems))
    plain = connect(path)
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        counts = table_counts(plain)
    finally:
        plain.close()
    replace_with_encrypted_copy(path, passphrase, aside_label="ukrypteret-original",
                                failed="Databasen kunne ikke krypteres.", now=now)
    log.info("Databasen %s er krypteret (%d tabeller)", path, len(counts))
    return EncryptResult(path=path, counts=counts)


def unencrypted_copies(data_root: Path, backup_folder: Path) -> list[Path]:
    """Plain backups and plain databases kept aside: patient data that is not encrypted."""
    found: list[Path] = [b.path for b in list_backups(backup_folder) if not b.encrypted]
    aside = data_root / ASIDE_FOLDER
    if aside.is_dir():
        found += [p for p in sorted(aside.rglob("*.sqlite3")) if file_kind(p) == "plain"]
    return found


def wipe_copies(copies: list[Path]) -> None:
    """Overwrite and delete each copy (a backup's manifest goes with it)."""
    for path in copies:
        wipe_database(path)
        manifest = path.with_suffix(".json")
        if manifest.exists():
            wipe_file(manifest)

