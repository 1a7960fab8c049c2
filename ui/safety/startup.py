"""The safe start, before the database is opened: lock → settle interrupted operations →
passphrase → check → (restore). On a clinic's PostgreSQL server (``paths.server``) the
database has no lock here (the server lets several desks write at once); the folder
lock keeps only the desk's own local folder (log, outbox, settings, the screen pops'
socket) to one program, and there is no file to unlock or check: that part is skipped.

An interrupted restore, encrypt, passphrase change or backup (a journal left in
the data folder) is finished or rolled back right after the lock is taken, before
anything reads the database, and the receptionist is told what was done
(``reception.safety.recovery``).

``start_safely(paths, parent)`` returns a ``SafetySession`` (then call
``session.open()``), or None when the program should quit: another copy runs on
the folder, the receptionist cancelled the passphrase, or the database is
damaged and was not restored. The dialogs can be swapped for tests.

The integrity check reads the whole file: seconds for a large encrypted database.
The app passes ``check=check_beside_the_window``, which runs it on a worker thread
while Qt goes on handling events, so the knowledge panel (already on screen, and
holding no patient data) stays usable meanwhile.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from reception.paths import DataPaths
from reception.safety import (
    DatabaseDamaged,
    DataElsewhere,
    DataFolderLock,
    FolderLocked,
    PassphraseError,
    check_at_start,
    needs_passphrase,
    passphrase_from_environment,
    restore_backup,
)
from reception.safety.passphrase_check import passphrase_problem
from reception.safety.recovery import finish_interrupted
from reception.safety.session import SafetySession
from ui.dialogs import exec_once
from ui.messages import message_of
from ui.safety.damaged_dialog import DatabaseDamagedDialog
from ui.safety.passphrase_dialog import PassphraseDialog
from ui.translations import tr

log = logging.getLogger(__name__)

AskPassphrase = Callable[[DataPaths, QWidget | None], str | None]
OfferRestore = Callable[[DatabaseDamaged, DataPaths, str | None, QWidget | None], bool]
ShowRefusal = Callable[[str, QWidget | None], None]
ShowNotice = Callable[[str, QWidget | None], None]
RunCheck = Callable[[DataPaths, "str | None"], None]


def ask_passphrase(paths: DataPaths, parent: QWidget | None) -> str | None:
    dialog = PassphraseDialog(lambda p: passphrase_problem(paths.database, p), parent)
    if exec_once(dialog) != QDialog.DialogCode.Accepted:  # the typed passphrase goes too
        return None
    return dialog.passphrase()


def offer_restore(damage: DatabaseDamaged, paths: DataPaths, passphrase: str | None,
                  parent: QWidget | None) -> bool:
    dialog = DatabaseDamagedDialog(
        damage, lambda backup: restore_backup(paths.database, backup, passphrase), parent)
    return exec_once(dialog) == QDialog.DialogCode.Accepted


def show_refusal(message: str, parent: QWidget | None) -> None:
    QMessageBox.critical(parent, tr("Guldklinikken Reception"), message)


def show_notice(message: str, parent: QWidget | None) -> None:
    QMessageBox.information(parent, tr("Afbrudt handling"), message)


def check_beside_the_window(paths: DataPaths, passphrase: str | None) -> None:
    """``check_at_start`` and then, when the schema is behind (the first start after
    an update), the migration, on a worker thread while the window stays usable
    (see ui/background.py). Returns, or raises what the check raised, when done."""
    from reception.store import migrate_file
    from ui.background import run_beside_the_window

    if paths.server:
        return  # start_safely does not call this for a server; nothing to read here

    def check_and_migrate() -> None:
        check_at_start(paths, passphrase)
        try:
            migrate_file(paths.database, passphrase)
        except Exception:  # e.g. locked by another program: the app's own open retries
            log.exception("Databasen kunne ikke opdateres ved siden af vinduet")

    run_beside_the_window(check_and_migrate)


def start_safely(paths: DataPaths, parent: QWidget | None = None, *,
                 ask: AskPassphrase = ask_passphrase, offer: OfferRestore = offer_restore,
                 refuse: ShowRefusal = show_refusal,
                 check: RunCheck = check_at_start,
                 on_locked: Callable[[], None] | None = None,
                 hand_over: Callable[[], bool] | None = None,
                 notice: ShowNotice = show_notice) -> SafetySession | None:
    """``on_locked`` runs as soon as the folder is ours (the app starts listening for
    screen pops then); ``hand_over``, when the folder is another running program's,
    passes this start on to it: True means done, no refusal needed. Operations that
    were interrupted (restore, encrypt, passphrase, backup) are settled first and
    ``notice`` says so."""
    lock = DataFolderLock(paths.root)
    try:
        lock.acquire()
    except FolderLocked as error:
        log.warning("Datamappen er i brug: %s", error.owner)
        if hand_over is not None and hand_over():
            return None
        refuse(_folder_in_use(error, paths), parent)
        return None
    try:
        settled = finish_interrupted(paths)
        if settled:
            notice("\n\n".join(message_of(text) for text in settled), parent)
        if on_locked is not None:
            on_locked()
        if paths.server:  # no file here to unlock or check: the server guards its data
            return SafetySession(paths=paths, lock=lock)
        passphrase = _passphrase(paths, parent, ask)
        if needs_passphrase(paths.database) and passphrase is None:
            lock.release()
            return None
        while True:
            try:
                check(paths, passphrase)
                break
            except DatabaseDamaged as damage:
                log.error("Databasen er beskadiget: %s", damage.detail)
                if not offer(damage, paths, passphrase, parent):
                    lock.release()
                    return None
    except (PassphraseError, DataElsewhere) as error:
        log.error("Start afvist: %s %s", error.message, getattr(error, "detail", ""))
        refuse(message_of(error), parent)
        lock.release()
        return None
    except BaseException:
        lock.release()
        raise
    return SafetySession(paths=paths, lock=lock, passphrase=passphrase)


def _folder_in_use(error: FolderLocked, paths: DataPaths) -> str:
    """On a server the database is shared by design: only the local folder is taken."""
    if not paths.server:
        return message_of(error)
    owner = f" ({error.owner})" if error.owner else ""
    return tr("Programmet kører allerede på denne datamappe{owner}. Databasen ligger på "
              "klinikkens server, men hvert skrivebord har sin egen datamappe (log, "
              "indstillinger, udbakke). Brug den kopi, der allerede kører, eller start "
              "denne med en anden datamappe (--data-dir).").format(owner=owner)


def _passphrase(paths: DataPaths, parent: QWidget | None, ask: AskPassphrase) -> str | None:
    if not needs_passphrase(paths.database):
        return None
    given = passphrase_from_environment()
    if given is not None and passphrase_problem(paths.database, given) is None:
        return given
    if given is not None:
        log.warning("RECEPTION_PASSPHRASE passer ikke til databasen; spørger")
    return ask(paths, parent)
