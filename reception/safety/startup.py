"""The check at start: is the database there, encrypted, sound? Nothing is written.

``check_at_start(paths, passphrase)`` runs before ``open_database``:

- no database yet: ``"missing"`` (a new one will be created), unless data lies
  set aside or in an interrupted operation's files (``DataElsewhere``), or the file
  is empty while backups exist (``DatabaseDamaged``, offering the newest backup);
- a plain database whose header is damaged (``checks.looks_like_damaged_plain``)
  is ``DatabaseDamaged``, never a question for a passphrase;
- encrypted without a passphrase, or with a wrong one: ``PassphraseError``;
- ``PRAGMA quick_check`` fails, or the file is not a database: ``DatabaseDamaged``
  with the newest backup that passes its own check now (or None). The file is
  left exactly as it was: it is opened read-only, never migrated, emptied or
  replaced. ``restore_backup`` (which first moves it aside) is the way on.
"""

from __future__ import annotations

from pathlib import Path

from reception.paths import DataPaths
from reception.safety.backup import newest_good_backup
from reception.safety.checks import check_file, looks_like_damaged_plain
from reception.safety.errors import DatabaseDamaged, DataElsewhere
from reception.safety.leftovers import data_elsewhere
from reception.safety.manifest import list_backups
from reception.safety.settings import LOCATION_FILE, default_backup_folder
from reception.store.cipher import FileKind, PassphraseError, connect, file_kind


def check_at_start(paths: DataPaths, passphrase: str | None = None) -> FileKind:
    """The kind of the database file, once it passed the quick check (see the module)."""
    database = paths.database
    kind = file_kind(database)
    if kind == "missing":
        found = data_elsewhere(database)
        if found:
            raise DataElsewhere(database, found)
        folder = resolve_backup_folder(paths, None)
        if database.exists() and list_backups(folder):
            raise DatabaseDamaged(database, ["databasefilen er tom (0 byte), men der findes "
                                             "sikkerhedskopier; den er ikke en ny database"],
                                  newest_good_backup(folder, passphrase))
        return kind
    if kind == "encrypted" and looks_like_damaged_plain(database):
        folder = resolve_backup_folder(paths, None)
        raise DatabaseDamaged(database, ["filens hoved er beskadiget (databasen har aldrig "
                                         "været krypteret)"],
                              newest_good_backup(folder, passphrase))
    key = passphrase if kind == "encrypted" else None
    problems = _blank_header(database) if kind == "encrypted" else []
    if kind == "encrypted" and not passphrase and not problems:
        raise PassphraseError("needed")
    problems = problems or check_file(database, key)
    if problems:
        folder = resolve_backup_folder(paths, None)
        raise DatabaseDamaged(database, problems, newest_good_backup(folder, passphrase))
    return kind


def _blank_header(database: Path) -> list[str]:
    """A file that is neither SQLite nor SQLCipher: too short, or zeros where a salt would be."""
    with database.open("rb") as handle:
        head = handle.read(1024)
    if len(head) < 1024 or not head[:16].strip(b"\x00"):
        return ["filen har hverken et SQLite-hoved eller et krypteret hoved"]
    return []


def resolve_backup_folder(paths: DataPaths, passphrase: str | None = None) -> Path:
    """The backup folder without peewee: the ``backup_folder`` setting read read-only,
    else ``backup-location.txt`` in the data folder, else ``<data folder>/backups``.

    Works while the app has the database open, from a scheduled task, and (without
    the setting) when the database is damaged.
    """
    database = paths.database
    kind = file_kind(database)
    if kind == "plain" or (kind == "encrypted" and passphrase):
        try:
            connection = connect(database, passphrase if kind == "encrypted" else None,
                                 read_only=True)
            try:
                row = connection.execute(
                    "SELECT value FROM setting WHERE key = 'backup_folder'").fetchone()
            finally:
                connection.close()
            if row and row[0]:
                return Path(row[0])
        except Exception:  # damaged, wrong key, or no setting table yet
            pass
    try:
        text = (paths.root / LOCATION_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        text = ""
    return Path(text) if text else default_backup_folder(paths)
