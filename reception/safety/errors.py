"""What can go wrong keeping the data safe, as domain exceptions with codes.

Every exception here has a ``code`` (its Danish text, for the receptionist or the
clinic's IT, is ``MESSAGES[code]``; ``message`` fills it in) and is raised before
anything is lost: a damaged database is left as it is, a failed backup is removed,
a failed restore puts the old database back.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reception.errors import QT_TR_NOOP, ReceptionError, Text

if TYPE_CHECKING:
    from reception.safety.manifest import BackupInfo

MESSAGES = {
    "database_damaged": QT_TR_NOOP(
        "Databasen er beskadiget og åbnes ikke, så intet går tabt. Den nyeste gode "
        "sikkerhedskopi er fra {when}. Den kan lægges tilbage; den beskadigede fil gemmes "
        "til side og slettes ikke."
    ),
    "database_damaged_no_backup": QT_TR_NOOP(
        "Databasen er beskadiget og åbnes ikke, så intet går tabt. Der er ingen god "
        "sikkerhedskopi at lægge tilbage. Luk programmet og kontakt jeres IT-ansvarlige; "
        "rør ikke filen."
    ),
    "folder_locked": QT_TR_NOOP(
        "Programmet kører allerede på denne datamappe. To kopier på samme database kan "
        "ødelægge den, så denne kopi starter ikke. Brug den kopi, der allerede kører, "
        "eller luk den først."
    ),
    "folder_locked_by": QT_TR_NOOP(
        "Programmet kører allerede på denne datamappe ({owner}). To kopier på samme "
        "database kan ødelægge den, så denne kopi starter ikke. Brug den kopi, der "
        "allerede kører, eller luk den først."
    ),
    "data_elsewhere": QT_TR_NOOP(
        "Der er ingen database i datamappen, men der ligger data gemt til side eller "
        "fra en afbrudt handling. Der oprettes ikke en ny, tom database, så intet går "
        "tabt. Læg den nyeste sikkerhedskopi tilbage (python -m reception restore "
        "nyeste), eller flyt den gemte fil tilbage som reception.sqlite3. Kontakt jeres "
        "IT-ansvarlige, hvis I er i tvivl."
    ),
    # Backups
    "no_database_to_back_up": QT_TR_NOOP(
        "Der er ingen database at tage sikkerhedskopi af: {database}"),
    "backup_folder_full": QT_TR_NOOP(
        "Der er ikke plads nok i backupmappen »{folder}«. Frigør plads eller vælg en anden."),
    "backup_folder_forbidden": QT_TR_NOOP(
        "Programmet må ikke skrive i backupmappen »{folder}«. Vælg en anden mappe."),
    "backup_not_written": QT_TR_NOOP(
        "Sikkerhedskopien kunne ikke skrives i »{folder}« ({why})."),
    "backup_check_failed": QT_TR_NOOP(
        "Sikkerhedskopien bestod ikke kontrollen og er slettet. Databasen er urørt."),
    "backup_rows_differ": QT_TR_NOOP(
        "Sikkerhedskopien har ikke det samme antal rækker som databasen og er slettet. "
        "Databasen er urørt."),
    "backup_source_unreadable": QT_TR_NOOP(
        "Sikkerhedskopien kunne ikke tages, fordi databasen ikke kunne læses. "
        "Kør en kontrol af databasen."),
    "backup_folder_unusable": QT_TR_NOOP("Backupmappen »{folder}« kan ikke bruges."),
    "server_backup_check_failed": QT_TR_NOOP(
        "Sikkerhedskopien af serveren bestod ikke kontrollen og er slettet. Serveren er urørt."),
    "server_backup_not_written": QT_TR_NOOP(
        "Sikkerhedskopien kunne ikke skrives i »{folder}«."),
    # Restores
    "backup_newer": QT_TR_NOOP(
        "Sikkerhedskopien er fra en nyere version af programmet (skema {version}); "
        "opdater programmet først. Intet er ændret."),
    "backup_not_sound": QT_TR_NOOP(
        "Sikkerhedskopien er ikke i orden og lægges ikke tilbage. Vælg en anden. "
        "Intet er ændret."),
    "restore_copy_check_failed": QT_TR_NOOP(
        "Kopien af sikkerhedskopien bestod ikke kontrollen. Intet er ændret."),
    "restore_copy_failed": QT_TR_NOOP(
        "Sikkerhedskopien kunne ikke kopieres til datamappen ({why}). Intet er ændret."),
    "restore_aside_failed": QT_TR_NOOP(
        "Den nuværende database kunne ikke flyttes til side (er den åben i et andet "
        "program?). Den ligger i »{aside}« eller stadig i datamappen; intet er slettet."),
    "server_restore_schema": QT_TR_NOOP(
        "Sikkerhedskopien har skema {backup_version}, serveren {server_version}. Læg den "
        "tilbage på en PC først (så opdateres den), og flyt den derfra med move-to til en "
        "tom database. Intet er ændret."),
    "server_restore_differs": QT_TR_NOOP(
        "Tabellen {table} er ikke ens på serveren efter gendannelsen. Det, serveren havde, "
        "ligger i sikkerhedskopien {backup}."),
    # Encryption and a new passphrase
    "already_encrypted": QT_TR_NOOP("Databasen er allerede krypteret."),
    "nothing_to_encrypt": QT_TR_NOOP("Der er ingen database at kryptere: {path}"),
    "passphrase_refused": "{problem}",
    "encrypt_check_failed": QT_TR_NOOP(
        "Databasen bestod ikke kontrollen og krypteres ikke. "
        "Læg en god sikkerhedskopi tilbage først."),
    "not_encrypted": QT_TR_NOOP(
        "Databasen er ikke krypteret; brug »encrypt« for at kryptere den."),
    "same_passphrase": QT_TR_NOOP("Den nye adgangskode er den samme som den gamle."),
    "current_passphrase_wrong": QT_TR_NOOP(
        "Den nuværende adgangskode passer ikke til databasen."),
    "rekey_check_failed": QT_TR_NOOP(
        "Databasen bestod ikke kontrollen og får ikke ny adgangskode. "
        "Læg en god sikkerhedskopi tilbage først."),
    "backup_old_passphrase": QT_TR_NOOP(
        "åbner ikke med den gamle adgangskode (en endnu ældre?)"),
    "conversion_failed": QT_TR_NOOP("{failed} Databasen er som før."),
    "conversion_reopen_failed": QT_TR_NOOP(
        "{failed} Databasen kunne ikke åbnes med den nye adgangskode; den oprindelige er "
        "lagt tilbage."),
    "conversion_copy_differs": QT_TR_NOOP(
        "{failed} Kopien blev ikke identisk med databasen. Intet er ændret."),
    "conversion_nothing_changed": QT_TR_NOOP("{failed} Intet er ændret."),
}

# What failed, the first sentence of a conversion's message (``failed`` above).
NOT_ENCRYPTED = Text(QT_TR_NOOP("Databasen kunne ikke krypteres."))
NOT_REKEYED = Text(QT_TR_NOOP("Adgangskoden kunne ikke skiftes."))
BACKUP_NOT_REKEYED = Text(QT_TR_NOOP("Sikkerhedskopien fik ikke ny adgangskode."))


class SafetyError(ReceptionError, RuntimeError):
    """Base class: ``code`` is one of MESSAGES' keys, ``detail`` technical text for the log."""

    messages = MESSAGES


class DatabaseDamaged(SafetyError):
    """The integrity check failed. Nothing was opened, emptied or replaced.

    ``newest_good_backup`` is the backup to offer (None when there is none).
    """

    def __init__(self, path: Path, problems: list[str],
                 newest_good_backup: BackupInfo | None) -> None:
        if newest_good_backup is not None:
            super().__init__("database_damaged", detail="; ".join(problems[:10]),
                             when=newest_good_backup.created_at)
        else:
            super().__init__("database_damaged_no_backup", detail="; ".join(problems[:10]))
        self.path = path
        self.problems = problems
        self.newest_good_backup = newest_good_backup


class FolderLocked(SafetyError):
    """Another copy of the program uses the data folder."""

    def __init__(self, owner: str) -> None:
        if owner:
            super().__init__("folder_locked_by", owner=owner)
        else:
            super().__init__("folder_locked")
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
        super().__init__(detail="; ".join(str(p) for p in found[:10]))
        self.path = path
        self.found = found
