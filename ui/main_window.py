"""The main window: wiring only. Screens live in their own packages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QWidget,
)

from reception import __version__
from reception.content import Content
from reception.paths import DataPaths
from reception.phone import format_national, normalize_phone
from ui.call.call_panel import CallPanel
from ui.call.callbacks_panel import CallbacksPanel
from ui.call.callers_panel import CallersPanel
from ui.knowledge import KnowledgePanel
from ui.knowledge.panel import SearchFunction
from ui.window_state import WindowState


class MainWindow(QMainWindow):
    def __init__(self, content: Content, search: SearchFunction, paths: DataPaths,
                 open_settings: Callable[[QWidget], None] | None = None,
                 taken_by: str = "") -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Guldklinikken – Reception"))
        self._paths = paths
        self._open_settings = open_settings
        self.store_ready = False

        self.knowledge = KnowledgePanel(content, search, self)
        self.call_panel = CallPanel(taken_by, self)
        self.callbacks = CallbacksPanel(taken_by, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("workTabs")
        self.tabs.addTab(self.call_panel, self.tr("Opkald"))
        self.tabs.addTab(self.callbacks, self.tr("Tilbageringninger"))
        self.callers = CallersPanel(self)
        self.tabs.addTab(self.callers, self.tr("Personer"))
        self.tabs.setEnabled(False)  # until the database is open
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.tabs)
        self.main_splitter.addWidget(self.knowledge)
        self.main_splitter.setStretchFactor(0, 1)
        self.main_splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.main_splitter)

        self.call_panel.condition_requested.connect(
            lambda condition_id: self.knowledge.show_page(f"condition:{condition_id}")
        )
        self.call_panel.call_ended.connect(lambda _result: self.callbacks.refresh())
        self.callbacks.call_started.connect(self._resume_call)
        self.callers.call_requested.connect(self._ring_caller)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._pending_calls: list[str | None] = []

        self._build_actions()
        clinic = content.clinic
        if clinic is not None:
            phone = clinic.phone
            if phone.startswith("+45") and len(phone) == 11:
                national = phone[3:]
                phone = " ".join(national[i:i + 2] for i in range(0, 8, 2))
            status = QLabel(f"{clinic.name} · {self.tr('tlf.')} {phone}", self)
            self.statusBar().addPermanentWidget(status)

        self._state = WindowState(paths.ui_settings)
        if not self._state.restore(self, self._splitters()):
            self.resize(1200, 760)

    def _splitters(self) -> list[QSplitter]:
        return [self.main_splitter, self.knowledge.splitter, self.call_panel.splitter]

    # --- calls ---------------------------------------------------------------------------

    def attach_store(self, ok: bool) -> None:
        """The database is open (or failed to open): enable the call screen and catch up."""
        self.store_ready = ok
        self.tabs.setEnabled(ok)
        if not ok:
            self.call_panel.status_label.setText(
                self.tr("Databasen kunne ikke åbnes – opkald kan ikke gemmes. Se logfilen.")
            )
            return
        self.call_panel.refresh_drafts()
        self.callbacks.refresh()
        pending, self._pending_calls = self._pending_calls, []
        for phone in pending:
            self.open_call(phone)

    def open_call(self, phone: str | None) -> None:
        """Screen pop: bring the window forward with a new call for ``phone``."""
        if not self.store_ready:
            self._pending_calls.append(phone)
            return
        self.tabs.setCurrentWidget(self.call_panel)
        if phone:
            e164 = normalize_phone(phone)  # also unwraps tel: links
            phone = format_national(e164) if e164 else phone.strip()
        self.call_panel.new_call(phone)
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def _ring_caller(self, phone: str) -> None:
        self.tabs.setCurrentWidget(self.call_panel)
        self.call_panel.new_call(phone, direction="out")

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.callers and self.store_ready:
            self.callers.refresh()
        elif self.tabs.currentWidget() is self.callbacks and self.store_ready:
            self.callbacks.refresh()

    def _resume_call(self, call_id: int) -> None:
        self.tabs.setCurrentWidget(self.call_panel)
        self.call_panel.resume(call_id)

    def _build_actions(self) -> None:
        find = QAction(self.tr("Søg i viden"), self)
        find.setObjectName("findAction")
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        find.triggered.connect(self.knowledge.focus_search)

        settings = QAction(self.tr("Klinikkens oplysninger …"), self)
        settings.setObjectName("clinicSettingsAction")
        settings.triggered.connect(self._show_settings)
        settings.setEnabled(self._open_settings is not None)

        quit_action = QAction(self.tr("Afslut"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        logs = QAction(self.tr("Åbn logmappen"), self)
        logs.triggered.connect(self._open_log_folder)
        about = QAction(self.tr("Om programmet"), self)
        about.triggered.connect(self._about)

        file_menu = self.menuBar().addMenu(self.tr("&Filer"))
        file_menu.addAction(settings)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        search_menu = self.menuBar().addMenu(self.tr("&Viden"))
        search_menu.addAction(find)
        help_menu = self.menuBar().addMenu(self.tr("&Hjælp"))
        help_menu.addAction(logs)
        help_menu.addAction(about)
        self.find_action = find

    def _show_settings(self) -> None:
        if self._open_settings is not None:
            self._open_settings(self)

    def _open_log_folder(self) -> None:
        from PySide6.QtCore import QUrl

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._paths.logs)))

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Om programmet"),
            self.tr("Guldklinikken Reception {version}\n\nData: {data}\nLog: {logs}").format(
                version=__version__, data=self._paths.root, logs=self._paths.logs
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.call_panel.flush()
        self._state.save(self, self._splitters())
        super().closeEvent(event)
