"""Unexpected errors: logged in full, shown to the receptionist in Danish, app keeps running."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication

from ui.translations import tr

log = logging.getLogger(__name__)


def error_message(log_path: Path) -> str:
    return tr(
        "Der skete en uventet fejl. Programmet kører videre, og det du har skrevet er ikke "
        "slettet.\n\nHvis fejlen kommer igen, så send logfilen til jeres IT-ansvarlige:\n{path}"
    ).format(path=log_path)


def install_excepthook(log_path: Path) -> None:
    """Route uncaught exceptions (also those raised inside Qt slots) to the log and a dialog."""
    showing = False

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        log.error("Uventet fejl:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        app = QApplication.instance()
        if app is None or showing:
            return
        showing = True  # an error inside the dialog must not open a second one
        try:
            from PySide6.QtWidgets import QMessageBox  # not needed before the first error

            box = QMessageBox(
                QMessageBox.Icon.Critical, tr("Uventet fejl"), error_message(log_path)
            )
            box.setObjectName("unexpectedErrorDialog")
            box.setDetailedText("".join(traceback.format_exception_only(kind, value)))
            box.exec()
        finally:
            showing = False

    sys.excepthook = hook
