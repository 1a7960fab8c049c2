"""Builds the application: data folder, logging, content, search index, database, window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from reception import APP_AUTHOR, APP_NAME, __version__
from reception.logging_setup import rotate_log
from reception.paths import DataPaths, resources_dir
from reception.startup import Prepared, load_clinic_content
from ui.dialogs import exec_once
from ui.error_dialog import install_excepthook
from ui.main_window import MainWindow
from ui.translations import chosen_language, install_translation, tr

if TYPE_CHECKING:  # these load after the first paint
    from reception.content import Content
    from reception.search import KnowledgeIndex, SearchHit
    from reception.search.synonyms import SynonymTable
    from ui.app_session import AppSession
    from ui.single_instance import InstanceServer

log = logging.getLogger(__name__)

UI_BUSY_TIMEOUT_MS = 250


def build_search_index(content: Content, synonyms: SynonymTable | None = None
                       ) -> KnowledgeIndex:
    """The index over ``content``; ``synonyms`` read from their file when not given."""
    from reception.search import KnowledgeIndex, documents_from_content

    return KnowledgeIndex(documents_from_content(content),
                          synonyms if synonyms is not None else read_synonyms())


def read_synonyms() -> SynonymTable | None:
    from reception.search import load_synonyms

    try:
        return load_synonyms()
    except Exception:  # a broken synonym file must not cost the whole search
        log.exception("Synonymfilen kunne ikke indlæses; søger uden synonymer")
        return None


class LazyContent:
    """The clinic's texts, read on first use or right after the window first paints.

    Reading them (from the parse cache) builds their model, eight frozen dataclasses
    (~40 M instructions); the first paint shows nothing of them.
    """

    def __init__(self, load: Callable[[], Content], content: Content | None = None) -> None:
        self._load = load
        self._content = content

    def get(self) -> Content:
        if self._content is None:
            self._content = self._load()
        return self._content


class LazyIndex:
    """The knowledge index, built on first use or right after the window first paints.

    Building takes ~10 ms; doing it after the first paint shows the window sooner,
    and a search typed before then simply builds it first (reading the texts first
    if they are not read yet).
    """

    def __init__(self, content: LazyContent) -> None:
        self._content = content
        self._index: KnowledgeIndex | None = None
        self._synonyms: SynonymTable | None = None

    def build(self) -> KnowledgeIndex:
        if self._index is None:
            self._synonyms = read_synonyms()
            self._index = build_search_index(self._content.get(), self._synonyms)
        return self._index

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        return self.build().search(query, limit)

    def set_content(self, content: Content) -> None:
        """The clinic changed its texts: the index is built again at once (≈ 10–20 ms)."""
        self._content = LazyContent(lambda: content, content)
        if self._index is None:
            self.build()
        else:
            self._index = build_search_index(content, self._synonyms)


def open_store(paths: DataPaths, parent: QWidget | None, passphrase: str | None = None) -> bool:
    """Open the database; on failure tell the user and go on without it."""
    from reception.store import door

    try:
        # Typing must never wait on a lock: a locked autosave gives up quickly and the
        # call screen retries on its next one-second tick, keeping what was typed.
        door.open_store(paths.target, passphrase, busy_timeout_ms=UI_BUSY_TIMEOUT_MS)
        return True
    except Exception as exc:
        from PySide6.QtWidgets import QMessageBox

        from ui.messages import message_of

        log.exception("Databasen kunne ikke åbnes: %s", paths.target_text)
        QMessageBox.warning(
            parent,
            tr("Databasen kunne ikke åbnes"),
            tr("Klinikkens database kunne ikke åbnes:\n{path}\n\n{error}\n\n"
               "Vidensdelen virker stadig. Luk programmet og kontakt jeres IT-ansvarlige.")
            .format(path=paths.target_text, error=message_of(exc)),
        )
        return False


def default_content_root() -> Path:
    """Where the clinic texts are read from (a seam for tests with broken content).

    reception.content.loader.default_content_dir, without loading the texts' model."""
    return resources_dir() / "content"


def create_main_window(paths: DataPaths, *, content: Content | None = None,
                       defer_store: bool = False,
                       start_session: Callable[[MainWindow], bool] | None = None
                       ) -> MainWindow:
    """Everything a window needs, for the app and for UI tests alike.

    ``content`` is the clinic texts already read; without it they are read here
    (through the data folder's parse cache), with ``defer_store`` right after the
    window first paints (or by a search typed before then). With ``defer_store`` the
    database is opened right after that paint too, so the knowledge search is usable
    a little sooner; ``start_session`` (the running app's safe start, see
    ui/app_session.py) then opens it instead of a plain open.
    """
    texts = LazyContent(lambda: load_clinic_content(default_content_root(),
                                                    paths.content_cache), content)
    index = LazyIndex(texts)

    def open_settings(parent: QWidget) -> None:
        from ui.clinic_settings_dialog import ClinicSettingsDialog

        if window.store_ready:
            exec_once(ClinicSettingsDialog(parent))

    window = MainWindow(None if defer_store else texts.get(), index.search, paths,
                        open_settings, taken_by="" if defer_store else staff_name())

    def follow_texts() -> None:
        from ui.texts.live import LiveTexts

        window.texts_live = LiveTexts(window, index, default_content_root(), texts.get())

    if defer_store:
        def after_paint() -> None:
            window.show_content(texts.get())  # the banner, the clinic's phone, the browse list
            follow_texts()  # nothing changes the texts before the store opens
            window.set_user(staff_name())  # until the session asks who is at the desk
            window.finish_start()
            index.build()  # ready long before anyone can type
            if start_session is None:
                window.attach_store(open_store(paths, window))
            elif not start_session(window):
                from ui.app_session import quit_app

                window.close()
                quit_app(1)

        after_first_paint(window, after_paint)
    else:
        follow_texts()
        window.finish_start()
        window.attach_store(open_store(paths, window))
    return window


class _FirstPaint(QObject):
    """Runs a callback once, just after ``widget`` has painted for the first time."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    _FirstPaint(widget, callback)


def staff_name() -> str:
    """Who takes the calls: the PC login until the staff list arrives (issue 6)."""
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return ""


def run_app(prepared: Prepared, argv: list[str], call: str | None = None) -> int:
    """Start the app, or hand ``call`` to the instance already running on this data folder.

    ``prepared`` is the pre-Qt part of the start (``reception.startup.prepare_start``).
    """
    paths, log_path = prepared.paths, prepared.log_path
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("guldklinikken-reception")  # the taskbar finds the desktop entry

    # Only a program holding the data folder can be listening; asking only then
    # keeps Qt's network module out of an ordinary start.
    if prepared.folder_in_use and hand_to_running(paths, call):
        return 0
    log.info("Starter version %s med data i %s", __version__, paths.root)
    install_excepthook(log_path)
    install_translation(app, chosen_language(paths.ui_settings))
    sessions: list[AppSession] = []
    servers: list[InstanceServer] = []

    def start_session(window: MainWindow) -> bool:  # after the first paint
        from ui.app_session import AppSession
        from ui.icon import app_icon

        app.setWindowIcon(app_icon())  # eight image files: the title bar takes it a moment later
        rotate_log(log_path)
        # Listen only once the folder is ours: a start that is refused the folder
        # must never take over (or remove) the running program's socket.
        session = AppSession(
            window, paths, staff_name,
            on_locked=lambda: servers.append(listen_for_later_starts(window, paths)),
            hand_over=lambda: hand_to_running(paths, call))
        sessions.append(session)
        return session.start()

    window = create_main_window(paths, defer_store=True,
                                start_session=start_session)
    exit_after_first_paint(window)
    window.show()
    if call:
        window.open_call(call)
    code = app.exec()
    for server in servers:
        server.close()
    for session in sessions:
        session.finish()
    if any(session.handed_over for session in sessions):
        log.info("Programmet kører allerede på datamappen; denne start er givet videre")
        return 0
    log.info("Afslutter (kode %s)", code)
    return code


EXIT_AFTER_FIRST_PAINT_ENV = "RECEPTION_EXIT_AFTER_FIRST_PAINT"


def exit_after_first_paint(window: QWidget) -> None:
    """With ``RECEPTION_EXIT_AFTER_FIRST_PAINT=1``, leave right after the first paint.

    For timing a start from outside, the same way for the source and the frozen
    program (bench/startup.py, tests/test_frozen_build.py): the main window painted,
    then exit 0 at once, before the database opens.
    """
    import os

    if os.environ.get(EXIT_AFTER_FIRST_PAINT_ENV) != "1":
        return

    def leave() -> None:
        sys.stdout.flush()
        os._exit(0)

    _FirstPaint(window, leave)


HAND_OVER_WAIT_SECONDS = 3.0  # the program holding the folder listens a moment after taking it


def hand_to_running(paths: DataPaths, call: str | None) -> bool:
    """Give ``call`` (or "show yourself") to the program running on this data folder."""
    from ui.single_instance import call_message, send_while_starting

    if send_while_starting(paths.root, call_message(call), HAND_OVER_WAIT_SECONDS):
        # Never the number: the log is no place for who called.
        log.info("Programmet kører allerede; %s givet videre til det",
                 "opkaldet er" if call else "visningen er")
        return True
    return False


def listen_for_later_starts(window: MainWindow, paths: DataPaths) -> InstanceServer:
    """Screen pop: later starts on this data folder hand their call to ``window``.

    Call only while holding the data-folder lock."""
    from ui.single_instance import InstanceServer

    server = InstanceServer(paths.root, window)
    server.message_received.connect(lambda message: handle_message(window, message))
    server.listen()
    return server


def handle_message(window: MainWindow, message: str) -> None:
    from ui.single_instance import parse_message

    command, phone = parse_message(message)
    if command == "call":
        window.open_call(phone)
    else:
        window.showNormal()
        window.raise_()
        window.activateWindow()


if __name__ == "__main__":
    from reception.startup import prepare_start

    sys.exit(run_app(prepare_start(None), sys.argv))
