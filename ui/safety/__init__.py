"""Data safety in the UI: passphrase at start, damaged-database offer, backups, screen lock.

Each is a standalone widget taking what it needs in its constructor; wiring is
in ``ui/app.py`` and ``ui/main_window.py`` (see the README's "Data and privacy").
"""

from ui.safety.backup_dialog import BackupActions, BackupDialog
from ui.safety.damaged_dialog import DatabaseDamagedDialog
from ui.safety.lock_screen import IdleLock, LockScreen, install_lock_shortcut
from ui.safety.lock_settings_dialog import LockSettingsDialog
from ui.safety.passphrase_dialog import PassphraseDialog

__all__ = [
    "BackupActions", "BackupDialog", "DatabaseDamagedDialog", "IdleLock", "LockScreen",
    "LockSettingsDialog", "PassphraseDialog", "install_lock_shortcut",
]
