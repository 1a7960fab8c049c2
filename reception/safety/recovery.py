"""Finish or roll back an interrupted restore, encrypt, passphrase change or backup.

Runs at the start of the app (``ui.safety.startup.start_safely``, with the
data-folder lock held) and of every command (``python -m reception …``, which
takes the lock for the moment it needs), before anything opens the database.
Each journal (``journal``) left in the data folder is settled by what is on
disk, never by guessing:

- encrypt / passphrase: the new file in place and the original aside means the
  swap happened (the file in place is the verified copy: its SHA-256 is in the
  journal), so the original is overwritten and deleted as the run would have;
  otherwise the original goes back in place and the copy is deleted;
- restore: swapped means done; the old database moved aside but the copy not in
  place yet means the old database goes back; no database before means the
  verified copy is put in place;
- backup: the database is untouched, so a half-written backup is deleted.

Then hidden copies without a journal (``leftovers.hidden_copies``) are deleted,
but only while the database is in place and passes its quick check (an
encrypted one cannot be read without the passphrase; it counts as in place):
never the last copy of anything. Each settled operation gives one Danish line.
"""

from __future__ import annotations

import logging
from pathlib import Path

from reception.errors import QT_TR_NOOP, Text
from reception.paths import DataPaths
from reception.safety import journal
from reception.safety.checks import check_file
from reception.safety.conversion import remove_empty_aside
from reception.safety.errors import FolderLocked
from reception.safety.files import (
    database_files,
    file_sha256,
    fsync_dir,
    move_back,
    move_database,
    remove,
    rename,
    wipe_database,
    wipe_file,
)
from reception.safety.leftovers import backup_folder_of, hidden_copies, orphan_manifests
from reception.safety.lock import DataFolderLock
from reception.store.cipher import file_kind

log = logging.getLogger(__name__)

# What was interrupted, as the messages name it (``Text``: the UI translates them).
NAMES = {"encrypt": QT_TR_NOOP("krypteringen"), "rekey": QT_TR_NOOP("skiftet af adgangskode"),
         "restore": QT_TR_NOOP("gendannelsen af en sikkerhedskopi"),
         "backup": QT_TR_NOOP("en sikkerhedskopi")}
NAMES_FIRST = {"encrypt": QT_TR_NOOP("Krypteringen"),
               "rekey": QT_TR_NOOP("Skiftet af adgangskode")}  # at the start of a sentence


def finish_interrupted(paths: DataPaths) -> list[str]:
    """Settle every journal and remove safe hidden copies; the Danish lines to show.

    The caller holds the data-folder lock. Nothing here opens the database for writing.
    """
    root = paths.root
    if not root.is_dir():
        return []
    messages: list[str] = []
    journal.remove_stale_temporaries(root)
    for path in journal.journal_files(root):
        entry = journal.read(path)
        if entry is None:
            messages.append(Text(QT_TR_NOOP("Datamappen har en journal, der ikke kan læses: "
                                            "{path}. Den er ikke rørt; kontakt jeres "
                                            "IT-ansvarlige."), path=str(path)))
            continue
        if journal.still_running(entry):
            continue
        try:
            message = SETTLE[entry.operation](entry)
        except OSError as error:
            message = Text(QT_TR_NOOP("Den afbrudte {what} kunne ikke gøres færdig ({why}); "
                                      "intet er slettet. Journalen ligger i {path}."),
                           what=Text(NAMES[entry.operation]), why=str(error.strerror or error),
                           path=str(path))
        log.info("Afbrudt handling (%s, %s): %s", entry.operation, path.name, message)
        messages.append(message)
    if not journal.journal_files(root):  # a backup being re-keyed lies aside meanwhile
        for manifest in orphan_manifests(backup_folder_of(root)):
            remove(manifest)
    removed = remove_hidden_copies(paths.database)
    if removed:
        text = (Text(QT_TR_NOOP("Én skjult kopi fra en afbrudt handling er slettet; databasen "
                                "er på plads.")) if len(removed) == 1 else
                Text(QT_TR_NOOP("{n} skjulte kopier fra en afbrudt handling er slettet; "
                                "databasen er på plads."), n=len(removed)))
        log.info("%s %s", text, [str(p) for p in removed])
        messages.append(text)
    return messages


def recover_if_free(paths: DataPaths) -> list[str]:
    """``finish_interrupted`` under the data-folder lock, taken only for this; nothing
    (and no lock) when there is nothing to settle or another program holds the folder."""
    root = paths.root
    if not root.is_dir() or not (journal.journal_files(root) or
                                 hidden_copies(paths.database, backup_folder_of(root))):
        return []
    try:
        with DataFolderLock(root):
            return finish_interrupted(paths)
    except (FolderLocked, OSError):  # the app has it (and settled them at its start)
        log.info("Datamappen %s er i brug; afbrudte handlinger venter til næste start", root)
        return []


def _settle_conversion(entry: journal.Journal) -> str:
    target, new, aside = entry.files["target"], entry.files["new"], entry.files["aside"]
    original = aside / target.name
    what, first = Text(NAMES[entry.operation]), Text(NAMES_FIRST[entry.operation])
    label = (Text(QT_TR_NOOP("databasen")) if target.name == "reception.sqlite3" else
             Text(QT_TR_NOOP("sikkerhedskopien {name}"), name=target.name))
    if not target.exists() and not original.exists():
        return Text(QT_TR_NOOP("Den afbrudte {what} er ikke ryddet op: hverken {label} eller "
                               "originalen findes; intet er slettet. Journalen ligger i {path}."),
                    what=what, label=label, path=str(entry.path))
    if target.exists() and file_sha256(target) == entry.digest:  # the verified copy is in
        wipe_database(original)
        wipe_database(new)
        remove_empty_aside(aside)
        journal.end(entry)
        return Text(QT_TR_NOOP("{what} blev afbrudt, efter at den nye fil var lagt på plads; "
                               "den er gjort færdig ({label} er i orden)."),
                    what=first, label=label)
    if target.exists() and original.exists():  # not the verified copy: keep it, aside
        move_database(target, aside / "ukendt-fil")
    move_back(original, target)
    wipe_database(new)
    remove_empty_aside(aside)
    journal.end(entry)
    return Text(QT_TR_NOOP("{what} blev afbrudt og er rullet tilbage: {label} er som før. "
                           "Kør kommandoen igen."), what=first, label=label)


def _settle_restore(entry: journal.Journal) -> str:
    target, new, aside = entry.files["target"], entry.files["new"], entry.files["aside"]
    original = aside / target.name
    if target.exists() and original.exists():
        remove(new)
        journal.end(entry)
        return Text(QT_TR_NOOP("Gendannelsen af en sikkerhedskopi blev afbrudt til sidst; den er "
                               "gjort færdig. Den tidligere database ligger i »{aside}«."),
                    aside=str(aside))
    if (not original.exists() and not database_files(target) and new.exists()
            and file_sha256(new) == entry.digest):
        rename(new, target)  # there was no database: the verified copy is all there is
        fsync_dir(target.parent)
        journal.end(entry)
        return Text(QT_TR_NOOP(
            "Gendannelsen af en sikkerhedskopi blev afbrudt; den er gjort færdig."))
    move_back(original, target)
    remove(new)
    remove_empty_aside(aside)
    journal.end(entry)
    return Text(QT_TR_NOOP("Gendannelsen af en sikkerhedskopi blev afbrudt og er rullet tilbage: "
                           "databasen er som før. Læg sikkerhedskopien tilbage igen, hvis den "
                           "stadig skal bruges."))


def _settle_backup(entry: journal.Journal) -> str:
    source, new, backup = entry.files["source"], entry.files["new"], entry.files["backup"]
    manifest = backup.with_suffix(".json")
    if file_kind(source) == "missing":
        return Text(QT_TR_NOOP("En afbrudt sikkerhedskopi er ikke ryddet op, fordi databasen "
                               "mangler; intet er slettet. Journalen ligger i {path}."),
                    path=str(entry.path))
    remove(new)
    if not manifest.exists():  # never finished: the database still holds all of it
        remove(backup)
        remove(manifest.with_name(f".{manifest.name}.partial"))
        journal.end(entry)
        return Text(QT_TR_NOOP("En sikkerhedskopi blev afbrudt; den halve kopi er slettet. "
                               "Databasen er urørt."))
    journal.end(entry)
    return Text(QT_TR_NOOP("En sikkerhedskopi blev afbrudt til sidst; den er gemt og i orden."))


SETTLE = {"encrypt": _settle_conversion, "rekey": _settle_conversion,
          "restore": _settle_restore, "backup": _settle_backup}


def database_in_place(database: Path) -> bool:
    """The database is there and sound as far as can be seen without its passphrase."""
    kind = file_kind(database)
    if kind == "encrypted":
        return True
    return kind == "plain" and not check_file(database)


def remove_hidden_copies(database: Path) -> list[Path]:
    """Overwrite and delete hidden copies of killed operations that are not the last copy."""
    copies = hidden_copies(database, backup_folder_of(database.parent))
    if not copies or journal.journal_files(database.parent):
        return []
    removed: list[Path] = []
    in_place = database_in_place(database)
    for copy in copies:
        if copy.name.endswith(".converting") and copy.parent != database.parent:
            original = copy.with_name(copy.name[1:-len(".converting")])  # a backup being rekeyed
            if not original.exists():
                continue
        elif not in_place:
            continue
        wipe_file(copy)
        removed.append(copy)
    return removed
