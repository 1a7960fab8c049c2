"""Keeps the window's texts in step with the database: after the store opens, and at once
after every saved change (``reception.content.changes``), on this desk and, once change
events from other desks arrive and are announced there, on theirs."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from reception.content import Content, changes
from ui.dialogs import exec_once

if TYPE_CHECKING:
    from reception.content.clinic_texts import TextsState
    from reception.content.loader import ContentFiles
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)


class Index(Protocol):
    def set_content(self, content: Content) -> None: ...


class LiveTexts(QObject):
    """The clinic's texts as the window shows them; ``loaded`` after every (re)load."""

    loaded = Signal()
    _heard = Signal()  # an announcement, delivered on this object's (the GUI) thread

    def __init__(self, window: MainWindow, index: Index, root: Path,
                 content: Content | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._started_with = content  # the shipped texts the window was built with
        self._index = index
        self._root = root
        self._shipped: ContentFiles | None = None
        self.state: TextsState | None = None
        self._heard.connect(self.load)
        self._stop = changes.listen(self._announced)
        self.destroyed.connect(self._stop)

    @property
    def shipped(self) -> ContentFiles:
        """The program's own content files (read once, when first needed)."""
        if self._shipped is None:
            from reception.content.loader import read_files

            self._shipped = read_files(self._root)
        return self._shipped

    def files_now(self) -> ContentFiles:
        """The content files with every change in force (drafts too), as the editor shows."""
        from reception.content.overlay import apply, latest

        changes = list(self.state.changes) if self.state is not None else []
        return apply(self.shipped, latest(changes, with_drafts=True))

    def _announced(self, topic: str) -> None:
        if topic == "texts":
            self._heard.emit()

    def load(self) -> None:
        """Read the clinic's changes and show the texts they make (search rebuilt too)."""
        from shiboken6 import isValid

        from reception.content import clinic_texts

        if not isValid(self._window):
            self._stop()
            return
        try:
            found = clinic_texts.read_changes()
            if not found and self.state is None and self._started_with is not None:
                # No changes yet (most starts before the clinic edits anything): the window
                # already shows the shipped texts, so nothing is read or rebuilt.
                content = self._started_with
                self.state = clinic_texts.TextsState(content, content, (), ())
                self.loaded.emit()
                return
            state = clinic_texts.state(self.shipped, found)
        except Exception:  # the shipped texts still work; the log says why
            log.exception("Klinikkens egne tekster kunne ikke læses")
            return
        self.state = state
        self._index.set_content(state.content)
        self._window.apply_texts(state.content, state.approved)
        if state.conflicts:
            from ui.translations import plural

            self._window.statusBar().showMessage(plural(
                len(state.conflicts),
                self.tr("En opdatering har ændret {n} tekst, som klinikken også har ændret: "
                        "se Filer → Klinikkens tekster."),
                self.tr("En opdatering har ændret {n} tekster, som klinikken også har ændret: "
                        "se Filer → Klinikkens tekster.")))
        self.loaded.emit()

    def open_editor(self, parent: QWidget) -> None:
        from ui.texts.editor import ClinicTextsDialog

        if self.state is None:
            self.load()
        exec_once(ClinicTextsDialog(self, parent))
