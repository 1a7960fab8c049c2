"""Files that hold data outside the database: operation journals, hidden copies, set-aside files.

Read-only helpers for the start and for ``open_database``'s guard: while any of
these exist, a missing database is not "new" (``data_elsewhere``), and a
zero-length database file while backups exist is not "new" either
(``empty_with_backups``). Nothing here opens a database.
"""

from __future__ import annotations

from pathlib import Path

from reception.safety.journal import journal_files

ASIDE_FOLDER = "gemt-til-side"
LOCATION_FILE = "backup-location.txt"  # also in settings; read here without peewee
BACKUP_PREFIX = "reception-"
HIDDEN_IN_DATA_FOLDER = (".converting", ".restoring")


def backup_folder_of(root: Path) -> Path:
    """The backup folder as the data folder's mirror file names it (or the default)."""
    try:
        text = (root / LOCATION_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        text = ""
    return Path(text) if text else root / "backups"


def hidden_copies(database: Path, backup_folder: Path | None = None) -> list[Path]:
    """Copies left by a killed operation: ``.reception.sqlite3.converting``/``.restoring``
    beside the database, and ``.reception-….sqlite3.partial``/``.converting`` (with any
    ``-journal``), half-written manifests and backups the rotation was deleting
    (``.removing``) in the backup folder."""
    found: list[Path] = []
    for suffix in HIDDEN_IN_DATA_FOLDER:
        found += sorted(database.parent.glob(f".{database.name}{suffix}*"))
    folder = backup_folder or backup_folder_of(database.parent)
    if folder.is_dir():
        for pattern in (f".{BACKUP_PREFIX}*.sqlite3.partial*", f".{BACKUP_PREFIX}*.json.partial",
                        f".{BACKUP_PREFIX}*.sqlite3.converting*",
                        f".{BACKUP_PREFIX}*.sqlite3.removing*"):
            found += sorted(folder.glob(pattern))
    return [p for p in found if p.is_file()]


def orphan_manifests(backup_folder: Path) -> list[Path]:
    """Backup descriptions whose backup is gone (a rotation killed half-way): row
    counts only, no personal data."""
    if not backup_folder.is_dir():
        return []
    return [p for p in sorted(backup_folder.glob(f"{BACKUP_PREFIX}*.json"))
            if not p.with_suffix(".sqlite3").exists()]


def set_aside_files(root: Path) -> list[Path]:
    """Every database file kept in ``gemt-til-side`` (and its companions)."""
    aside = root / ASIDE_FOLDER
    if not aside.is_dir():
        return []
    return sorted(p for p in aside.rglob("*.sqlite3*") if p.is_file())


def data_elsewhere(database: Path) -> list[Path]:
    """Journals, hidden copies beside the database and set-aside files: data that is
    not in ``database``. A new, empty database must not be created while any exist."""
    root = database.parent
    found = journal_files(root)
    for suffix in HIDDEN_IN_DATA_FOLDER:
        found += [p for p in sorted(root.glob(f".{database.name}{suffix}*")) if p.is_file()]
    return found + set_aside_files(root)


def has_backups(root: Path) -> bool:
    folder = backup_folder_of(root)
    return folder.is_dir() and any(folder.glob(f"{BACKUP_PREFIX}*.sqlite3"))


def refusal_for_new_database(database: Path) -> str | None:
    """Why ``database`` (missing or empty) must not be created as a new database, or None:
    ``data_elsewhere`` or ``empty_with_backups`` (``store.errors.MESSAGES`` keys)."""
    try:
        size = database.stat().st_size
    except FileNotFoundError:
        size = None
    except OSError:
        return None
    if size:
        return None
    if data_elsewhere(database):
        return "data_elsewhere"
    if size == 0 and has_backups(database.parent):
        return "empty_with_backups"
    return None
