"""Run by tests/test_ui_restore_read_only.py, as a user that the file modes bind (root
is not): restore a backup in the backup dialog after the data folder became read-only.

Prints one line per fact the test checks; an exception escaping the dialog's slot is
reported as ``escaped: <type>`` (in the app that is the "Uventet fejl" dialog).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from safety_helpers import data_paths, fill  # noqa: E402

from reception.safety import backup_now  # noqa: E402
from reception.store import db, open_database  # noqa: E402
from ui.safety import BackupActions, BackupDialog  # noqa: E402


def main(root: Path) -> None:
    app = QApplication([])
    paths = data_paths(root)
    open_database(paths.database)
    fill(4)
    backup_now(paths, None)
    os.chmod(paths.root, 0o555)  # the data folder is read-only from now on
    actions = BackupActions.for_paths(paths, None, db.close,
                                      lambda: open_database(paths.database))
    dialog = BackupDialog(actions, confirm=lambda title, text: True)
    dialog.select_row(0)
    try:
        dialog.restore_selected()
    except Exception as error:  # what the app's excepthook would show as "Uventet fejl"
        print(f"escaped: {type(error).__name__}")
    print(f"status: {dialog.status.text()}")
    count = db.execute_sql("SELECT count(*) FROM call").fetchone()[0]
    print(f"calls: {count}")
    print(f"leftovers: {sorted(p.name for p in paths.root.iterdir() if p.name.startswith('.'))}")
    os.chmod(paths.root, 0o755)
    app.quit()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
