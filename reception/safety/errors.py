"""What can go wrong keeping the data safe, as domain exceptions with Danish messages.

Every exception here has ``message`` (Danish, for the receptionist or the clinic's
IT) and is raised before anything is lost: a damaged database is left as it is,
a failed backup is removed, a failed restore puts the old database back.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reception.safety.manifest import BackupInfo


class SafetyError(RuntimeError):
    """Base class: ``message`` is the Danish text to show."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class DatabaseDamaged(SafetyError):
    """The integrity check failed. Nothing was opened, emptied or replaced.

    ``newest_good_backup`` is the backup to offer (None when there is none).
    """

    def __init__(self, path: Path, problems: list[str],
                 newest_good_backup: BackupInfo | None) -> None:
        if newest_good_backup is not None:
            offer = (f"Den nyeste gode sikkerhedskopi er fra "
                     f"{newest_good_backup.local_time_text}. Den kan lægges tilbage; "
                     "den beskadigede fil gemmes til side og slettes ikke.")
        else:
            offer = ("Der er ingen god sikkerhedskopi at lægge tilbage. Luk programmet og "
                     "kontakt jeres IT-ansvarlige; rør ikke filen.")
        super().__init__(
            f"Databasen er beskadiget og åbnes ikke, så intet går tabt. {offer}",
            "; ".join(problems[:10]),
        )
        self.path = path
        self.problems = problems
        self.newest_good_backup = newest_good_backup


class FolderLocked(SafetyError):
    """Another copy of the program uses the data folder."""

    def __init__(self, owner: str) -> None:
        super().__init__(
            "Programmet kører allerede på denne datamappe"
            f"{f' ({owner})' if owner else ''}. To kopier på samme database kan "
            "ødelægge den, så denne kopi starter ikke. Brug den kopi, der allerede kører, "
            "eller luk den først."
        )
        self.owner = owner


class BackupFailed(SafetyError):
    """A backup could not be written or did not pass its check; it was removed."""


class RestoreFailed(SafetyError):
    """A restore was refused or failed; the database in use is as it was."""


class EncryptionFailed(SafetyError):
    """Converting to an encrypted database failed; the plain database is untouched."""


class DataElsewhere(SafetyError):
    """No database (or an empty file), but data lies in set-aside or operation files.

    No new, empty database is made then: it would hide the data and, through the
    backups made on exit, push good backups out of the rotation.
    """

    code = "data_elsewhere"

    def __init__(self, path: Path, found: list[Path]) -> None:
        super().__init__(
            "Der er ingen database i datamappen, men der ligger data gemt til side eller "
            "fra en afbrudt handling. Der oprettes ikke en ny, tom database, så intet går "
            "tabt. Læg den nyeste sikkerhedskopi tilbage (python -m reception restore "
            "nyeste), eller flyt den gemte fil tilbage som reception.sqlite3. Kontakt jeres "
            "IT-ansvarlige, hvis I er i tvivl.",
            "; ".join(str(p) for p in found[:10]),
        )
        self.path = path
        self.found = found
