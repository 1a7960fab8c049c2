"""When a start cannot even make its data folder: say so in Danish, on screen and in the console.

Nothing has been written then, and there is no log file yet (it lives in the data
folder), so the message goes to standard error as well as into a dialog.
"""

from __future__ import annotations

import sys

from reception.paths import resolve_data_paths


def data_folder_message(data_dir: str | None, error: OSError) -> str:
    folder = error.filename or resolve_data_paths(data_dir).root
    reason = error.strerror or str(error)
    return (f"Programmets datamappe kan ikke bruges:\n{folder}\n({reason})\n\n"
            "Intet er gemt eller ændret. Start med en anden mappe (--data-dir MAPPE), "
            "eller bed jeres IT-ansvarlige give adgang til mappen.")


def show_start_failure(message: str) -> int:
    """Tell the receptionist why the program stops; the exit code for main()."""
    print(message, file=sys.stderr)
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication([sys.argv[0]])
    box = QMessageBox(QMessageBox.Icon.Critical, "Guldklinikken Reception", message)
    box.setObjectName("startFailure")
    box.exec()
    del app
    return 2
