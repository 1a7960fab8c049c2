"""An operation journal: a small file naming a multi-step file operation under way.

Restore, encrypt, a new passphrase and a backup each move, rename and delete
several files. Before the first of those steps ``begin`` writes a journal in the
data folder (``.reception-operation-<time>-<pid>.json``: written to a temporary
file, flushed, renamed into place, folder flushed) naming the operation and each
file by its role; ``end`` removes it as the very last step. A journal that is
still there at the next start means the operation was interrupted (a crash, a
kill, a power cut): ``recovery.finish_interrupted`` finishes it or rolls it back
before anything opens the database. No passphrase is ever written here.

Roles: ``target`` the file the operation replaces (the database, or a backup
being given a new passphrase); ``new`` its verified replacement (``.converting``,
``.restoring``) or the backup being written (``.partial``); ``aside`` the folder
the original is moved to; ``backup`` the finished backup's name.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reception.safety.files import fsync_dir, remove, rename

PREFIX = ".reception-operation-"
SUFFIX = ".json"
OPERATIONS = ("encrypt", "rekey", "restore", "backup")


@dataclass(frozen=True)
class Journal:
    path: Path
    operation: str
    files: dict[str, Path]
    digest: str = ""  # SHA-256 of the verified ``new`` file, when there is one
    pid: int = 0
    host: str = ""
    started: str = ""

    def to_json(self) -> dict[str, object]:
        return {"operation": self.operation, "files": {k: str(v) for k, v in self.files.items()},
                "digest": self.digest, "pid": self.pid, "host": self.host,
                "started": self.started}


def journal_files(folder: Path) -> list[Path]:
    """The journals in ``folder`` (oldest first), and none of their temporary files."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"{PREFIX}*{SUFFIX}") if p.is_file())


def begin(folder: Path, operation: str, files: dict[str, Path], *, digest: str = "") -> Journal:
    """Write the journal (whole or not at all) before the operation's first rename/unlink."""
    if operation not in OPERATIONS:
        raise ValueError(f"unknown operation {operation!r}")
    moment = datetime.now(UTC)
    name = f"{PREFIX}{moment:%Y%m%dT%H%M%S%f}-{os.getpid()}-{operation}{SUFFIX}"
    journal = Journal(path=folder / name, operation=operation, files=dict(files),
                      digest=digest, pid=os.getpid(), host=platform.node(),
                      started=moment.isoformat())
    temporary = folder / f".{name}.partial"
    folder.mkdir(parents=True, exist_ok=True)
    with temporary.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps(journal.to_json(), ensure_ascii=False, indent=1) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    rename(temporary, journal.path)
    fsync_dir(folder)
    return journal


def end(journal: Journal) -> None:
    """The operation is complete (or fully rolled back): remove its journal, durably."""
    remove(journal.path)
    fsync_dir(journal.path.parent)


def read(path: Path) -> Journal | None:
    """A journal file; None when it cannot be read (it is then reported, never acted on)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        operation = str(data["operation"])
        if operation not in OPERATIONS:
            return None
        return Journal(path=path, operation=operation,
                       files={str(k): Path(v) for k, v in dict(data["files"]).items()},
                       digest=str(data.get("digest", "")), pid=int(data.get("pid", 0)),
                       host=str(data.get("host", "")), started=str(data.get("started", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def still_running(journal: Journal) -> bool:
    """The process that wrote it runs on this PC now (a backup beside the app, say)."""
    if journal.host != platform.node() or journal.pid <= 0 or journal.pid == os.getpid():
        return False
    try:
        os.kill(journal.pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return _not_a_zombie(journal.pid)


def _not_a_zombie(pid: int) -> bool:
    with contextlib.suppress(OSError):
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return fields[0] != "Z"
    return True


def remove_stale_temporaries(folder: Path) -> None:
    """A journal killed while it was being written never took effect: drop its temp file."""
    if folder.is_dir():
        for temporary in folder.glob(f".{PREFIX}*{SUFFIX}.partial"):
            remove(temporary)


__all__ = ["Journal", "begin", "end", "journal_files", "read",
           "remove_stale_temporaries", "still_running"]
