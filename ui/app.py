"""Builds the application: data folder, logging, content, search index, database, window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reception import APP_AUTHOR, APP_NAME, __version__
from reception.content import Content, load_content
from reception.content.loader import default_content_dir
from reception.logging_setup import configure_logging
from reception.paths import DataPaths, resolve_data_paths
from reception.search import KnowledgeIndex, documents_from_content, load_synonyms
from ui.error_dialog import install_excepthook
from ui.main_window import MainWindow

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def build_search_index(content: Content) -> KnowledgeIndex:
    try:
        synonyms = load_synonyms()
    except Exception:  # a broken synonym file must not cost the whole search
        log.exception("Synonymfilen kunne ikke indlæses; søger uden synonymer")
        synonyms = None
    return KnowledgeIndex(documents_from_content(content), synonyms)


def open_store(paths: DataPaths, parent: QWidget | None) -> bool:
    """Open the database; on failure tell the user and go on without it."""
    from reception.store import open_database

    try:
        open_database(paths.database)
        return True
    except Exception as exc:
        log.exception("Databasen kunne ikke åbnes: %s", paths.database)
        QMessageBox.warning(
            parent,
            tr("Databasen kunne ikke åbnes"),
            tr("Klinikkens database kunne ikke åbnes:\n{path}\n\n{error}\n\n"
               "Vidensdelen virker stadig. Luk programmet og kontakt jeres IT-ansvarlige.")
            .format(path=paths.database, error=exc),
        )
        return False


def default_content_root() -> Path:
    """Where the clinic texts are read from (a seam for tests with broken content)."""
    return default_content_dir()


def create_main_window(paths: DataPaths) -> MainWindow:
    """Everything a window needs, for the app and for UI tests alike."""
    content = load_content(default_content_root())
    for problem in content.problems:
        log.warning("Indholdsfejl: %s", problem)
    index = build_search_index(content)
    store_ok = open_store(paths, None)

    def open_settings(parent: QWidget) -> None:
        from ui.clinic_settings_dialog import ClinicSettingsDialog

        ClinicSettingsDialog(parent).exec()

    return MainWindow(content, index.search, paths, open_settings if store_ok else None)


def run_app(data_dir: str | None, argv: list[str]) -> int:
    paths = resolve_data_paths(data_dir).ensure()
    log_path = configure_logging(paths.logs)
    log.info("Starter version %s med data i %s", __version__, paths.root)
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationVersion(__version__)
    install_excepthook(log_path)
    window = create_main_window(paths)
    window.show()
    code = app.exec()
    log.info("Afslutter (kode %s)", code)
    return code


if __name__ == "__main__":
    sys.exit(run_app(None, sys.argv))
