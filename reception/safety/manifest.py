"""One backup: the database copy and a small JSON manifest beside it.

``reception-2024-05-01_08-30-00.sqlite3`` and ``reception-2024-05-01_08-30-00.json``
(local time in the name, for a person browsing the folder). The manifest holds
when it was made (UTC), its size, the schema version, the row count of every
table, whether it is encrypted and that it passed its check after writing.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from reception.formats import long_date_time
from reception.safety.files import rename
from reception.words import TABLE_WORDS, count_of

PREFIX = "reception-"
SUFFIX = ".sqlite3"
MANIFEST_SUFFIX = ".json"
FORMAT = 1


# What the receptionist recognises in a backup, table → Danish plural (both forms:
# reception.words.TABLE_WORDS).
HOLDS = (
    ("caller", "personer"),
    ("call", "opkald"),
    ("note", "noter"),
    ("callback", "tilbageringninger"),
    ("sent_item", "sendte ark"),
)


def danish_time(moment: datetime) -> str:
    """``1. maj 2024 kl. 08.30`` in the PC's local time."""
    return long_date_time(moment)


@dataclass(frozen=True)
class BackupInfo:
    path: Path  # the database copy
    created_at: datetime  # aware, UTC
    size: int
    schema_version: int
    counts: dict[str, int] = field(default_factory=dict)
    encrypted: bool = False
    verified: bool = False
    check: str = ""  # which check it passed: quick_check or integrity_check
    app_version: str = ""
    source: str = ""  # the database file it was made from

    @property
    def manifest_path(self) -> Path:
        return manifest_path_for(self.path)

    @property
    def local_time_text(self) -> str:
        return danish_time(self.created_at)

    @property
    def holds_text(self) -> str:
        """``1.234 personer, 5.678 opkald, …`` for the backup list."""
        parts = [count_of(self.counts[t], *TABLE_WORDS[t]) for t, _ in HOLDS if t in self.counts]
        return ", ".join(parts) if parts else "tom database"

    @property
    def size_text(self) -> str:
        size = float(self.size)
        for unit in ("B", "KB", "MB", "GB"):
            if size < 1024 or unit == "GB":
                text = f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
                return text.replace(".", ",")
            size /= 1024
        return f"{self.size} B"

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["format"] = FORMAT
        data["path"] = self.path.name
        data["created_at"] = self.created_at.isoformat()
        data["created_local"] = self.created_at.astimezone().isoformat(timespec="seconds")
        return data

    @classmethod
    def from_json(cls, database_path: Path, data: dict[str, Any]) -> BackupInfo:
        return cls(
            path=database_path,
            created_at=datetime.fromisoformat(data["created_at"]),
            size=int(data["size"]),
            schema_version=int(data["schema_version"]),
            counts={str(k): int(v) for k, v in data.get("counts", {}).items()},
            encrypted=bool(data.get("encrypted", False)),
            verified=bool(data.get("verified", False)),
            check=str(data.get("check", "")),
            app_version=str(data.get("app_version", "")),
            source=str(data.get("source", "")),
        )


def manifest_path_for(database_path: Path) -> Path:
    return database_path.with_suffix(MANIFEST_SUFFIX)


def write_manifest(info: BackupInfo) -> None:
    """Written whole or not at all (temp file, fsync, rename)."""
    target = info.manifest_path
    temporary = target.with_name(f".{target.name}.partial")
    text = json.dumps(info.to_json(), ensure_ascii=False, indent=2, sort_keys=True)
    with temporary.open("w", encoding="utf-8") as handle:
        handle.write(text + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    rename(temporary, target)


def read_manifest(database_path: Path) -> BackupInfo | None:
    """The manifest of a backup file; None when it is missing or unreadable."""
    try:
        data = json.loads(manifest_path_for(database_path).read_text(encoding="utf-8"))
        return BackupInfo.from_json(database_path, data)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup in ``folder`` with a readable manifest and its file, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
        info = read_manifest(path)
        if info is not None and path.is_file():
            found.append(info)
    return sorted(found, key=lambda info: info.created_at, reverse=True)
