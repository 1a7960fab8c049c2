"""The running app's data session: safe start, staff, screen lock, backups, safe exit.

Runs right after the main window first paints (the knowledge panel holds no
patient data), in this order: data-folder lock → passphrase if the database is
encrypted → integrity check (offering the newest good backup when damaged) →
open the database → who is at the desk → call screens, screen lock, backup menu.
On exit: the window has flushed what was typed; then a checked backup is made,
the database closed and the lock released.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from reception.paths import DataPaths
from ui.dialogs import exec_once
from ui.main_window import MainWindow
from ui.messages import message_of
from ui.translations import tr

log = logging.getLogger(__name__)

TICK_MS = 10 * 60 * 1000  # lock heartbeat and "daily backup due?" every ten minutes
BACKUP_POLL_MS = 250  # while a backup runs on its thread: has it finished?


class AppSession:
    """Owns the SafetySession of a running window; ``start`` after the first paint."""

    def __init__(self, window: MainWindow, paths: DataPaths,
                 fallback_user: Callable[[], str], *,
                 on_locked: Callable[[], None] | None = None,
                 hand_over: Callable[[], bool] | None = None) -> None:
        self.window = window
        self._on_locked = on_locked
        self._hand_over = hand_over
        self.handed_over = False  # another copy runs on the folder and got this start
        self.paths = paths
        self._fallback_user = fallback_user
        self.safety = None
        self._ticker = QTimer(window)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self._backup_thread: ThreadPoolExecutor | None = None
        self.running_backup: Future[Any] | None = None
        self._backup_poll = QTimer(window)
        self._backup_poll.setInterval(BACKUP_POLL_MS)
        self._backup_poll.timeout.connect(self._backup_done)

    def start(self) -> bool:
        """Lock, unlock, check, open; False when the app must not go on (already told why)."""
        from ui.safety.startup import check_beside_the_window, start_safely

        # The integrity check reads the whole file: seconds on a large encrypted
        # database. It runs beside the window, so the knowledge panel stays usable.
        self.window.statusBar().showMessage(tr("Kontrollerer databasen …"))
        try:
            self.safety = start_safely(self.paths, self.window, check=check_beside_the_window,
                                       on_locked=self._on_locked, hand_over=self._handed)
        finally:
            self.window.statusBar().clearMessage()
        if self.safety is None:
            return False
        if not self.window.isVisible():  # closed during the check: the app is quitting
            return True
        from ui.app import open_store

        # A migration (first start after an update) already ran beside the window,
        # with the check; opening is quick now.
        status = self.window.statusBar()
        status.showMessage(tr("Åbner databasen …"))
        status.repaint()
        try:
            ok = open_store(self.paths, self.window, self.safety.passphrase)
        finally:
            status.clearMessage()
        if ok:
            self.window.set_user(self._choose_staff())
            from reception import changes

            changes.set_user(self.window.user)  # named in this desk's change events
        self.window.attach_store(ok)
        if ok:
            if self.paths.server:  # the other desks' changes and presence, as they happen
                self.window.listen_to_other_desks(self.paths.server)
            self._install_lock_and_menus()
            self._ticker.start()
        return True

    def _handed(self) -> bool:
        self.handed_over = self._hand_over is not None and self._hand_over()
        return self.handed_over

    def finish(self) -> None:
        """After the event loop: back up, close the database, release the lock."""
        self._ticker.stop()
        self._backup_poll.stop()
        if self._backup_thread is not None:  # let a daily backup under way complete
            self._backup_thread.shutdown(wait=True)
        if self.safety is None:
            return
        from reception.store import db

        # Back up while our read-write connection is still open: it then closes last,
        # checkpoints the WAL and removes -wal/-shm (the backup reads read-only). It runs
        # beside the event loop, with a notice when it takes more than half a second.
        from ui.background import run_beside_the_window

        safety = self.safety
        info = run_beside_the_window(
            safety.backup, notice=tr("Tager sikkerhedskopi af databasen …\n"
                                     "Sluk ikke PC'en, før dette vindue er væk."))
        try:
            if not db.is_closed():
                db.close()
        except Exception:  # closing must never stop the unlock
            log.exception("Databasen kunne ikke lukkes pænt")
        self.safety.finish(backup=False)
        log.info("Afsluttet; sikkerhedskopi: %s", getattr(info, "path", info))

    # --- pieces ------------------------------------------------------------------------------

    def _choose_staff(self) -> str:
        from reception.privacy import staff_members
        from ui.privacy import choose_staff

        settings = QSettings(str(self.paths.ui_settings), QSettings.Format.IniFormat)
        try:
            names = staff_members()
        except Exception:
            log.exception("Personalelisten kunne ikke læses")
            names = []
        return choose_staff(names, settings, self.window) or self._fallback_user()

    def _install_lock_and_menus(self) -> None:
        from reception.safety.settings import idle_lock_minutes, unlock_accepts, unlock_hint
        from ui.safety import IdleLock, LockScreen, install_lock_shortcut

        passphrase = self.safety.passphrase
        screen = LockScreen(self.window, lambda typed: unlock_accepts(typed, passphrase),
                            lambda: unlock_hint(passphrase), record=self._audit_screen)
        self.lock_screen = screen
        self.idle = IdleLock(screen, idle_lock_minutes())
        lock_action = install_lock_shortcut(self.window, screen)
        lock_settings = QAction(tr("Skær&mlås …"), self.window)
        lock_settings.setObjectName("lockSettingsAction")
        lock_settings.triggered.connect(self._show_lock_settings)
        actions = [lock_action, lock_settings]
        if not self.paths.server:  # the server's backups: `python -m reception backup` (README)
            backups = QAction(tr("S&ikkerhedskopier …"), self.window)
            backups.setObjectName("backupsAction")
            backups.triggered.connect(self._show_backups)
            actions.append(backups)
        self.window.add_safety_actions(actions)

    def _audit_screen(self, action: str) -> None:
        """Lock, unlock and wrong entries go to the audit trail; a busy database must
        never keep the screen from locking or unlocking."""
        from reception.calls import audit

        try:
            audit.record(action, "screen", None, user=self.window.user)
        except Exception:
            log.exception("Skærmlåsen kunne ikke skrives i revisionsloggen: %s", action)

    def _show_backups(self) -> None:
        from reception.store import db
        from ui.safety import BackupActions, BackupDialog

        assert self.safety is not None
        if self.running_backup is not None:  # a restore must not swap the file under it
            self.window.statusBar().showMessage(tr("Venter på den daglige sikkerhedskopi …"))
            QApplication.processEvents()
            self.running_backup.result()
            self._backup_done()
            self.window.statusBar().clearMessage()
        restored: list[bool] = []

        def close() -> None:
            if self.window.workspace is not None:
                self.window.workspace.flush()  # what is typed goes with the old file
            db.close()

        reopen_failed: list[str] = []

        def reopen() -> None:
            try:
                self.safety.open()
            except Exception as error:  # e.g. the data folder became read-only
                log.exception("Databasen kunne ikke åbnes igen efter gendannelsen")
                reopen_failed.append(message_of(error))

        actions = BackupActions.for_paths(self.paths, self.safety.passphrase, close, reopen)
        restore = actions.restore

        def restore_and_note(info: Any) -> Any:
            result = restore(info)  # raises when nothing was restored
            if not reopen_failed:
                restored.append(True)
            return result

        actions.restore = restore_and_note
        exec_once(BackupDialog(actions, self.window))
        if reopen_failed:
            QMessageBox.warning(
                self.window, tr("Databasen kunne ikke åbnes igen"),
                tr("Databasen kunne ikke åbnes igen, så intet nyt kan gemmes lige nu. Det, der "
                   "var skrevet, blev gemt før. Luk programmet, bed jeres IT-ansvarlige se på "
                   "datamappen, og start programmet igen.\n\n{error}").format(
                       error=reopen_failed[0]))
        if restored:
            self.window.reload_store()
            QMessageBox.information(
                self.window, tr("Gendannet"),
                tr("Sikkerhedskopien er lagt tilbage, og skærmene viser nu dens oplysninger. "
                   "Den database, der var i brug, er gemt til side i mappen gemt-til-side."))

    def _show_lock_settings(self) -> None:
        from reception.safety.settings import idle_lock_minutes
        from ui.safety import LockSettingsDialog

        exec_once(LockSettingsDialog(self.window))
        self.idle.set_minutes(idle_lock_minutes())

    def _tick(self) -> None:
        """The lock's heartbeat here; the daily backup (when due) on the backup thread."""
        assert self.safety is not None
        self.safety.refresh_lock()
        if self.running_backup is not None:
            return
        if self._backup_thread is None:
            self._backup_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup")
        self.running_backup = self._backup_thread.submit(self.safety.daily_backup)
        self._backup_poll.start()

    def _backup_done(self) -> None:
        if self.running_backup is None or not self.running_backup.done():
            return
        self._backup_poll.stop()
        self.running_backup = None
        if self.safety is not None and self.safety.last_error:
            self.window.statusBar().showMessage(self.safety.last_error, 60_000)


def quit_app(code: int) -> None:
    app = QApplication.instance()
    if app is not None:
        QTimer.singleShot(0, lambda: app.exit(code))
