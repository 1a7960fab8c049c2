"""The main window: wiring only. Screens live in their own packages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QWidget

from reception import __version__
from reception.content import Content
from reception.paths import DataPaths
from ui.knowledge import KnowledgePanel
from ui.knowledge.panel import SearchFunction
from ui.window_state import WindowState


class MainWindow(QMainWindow):
    def __init__(self, content: Content, search: SearchFunction, paths: DataPaths,
                 open_settings: Callable[[QWidget], None] | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Guldklinikken – Reception"))
        self._paths = paths
        self._open_settings = open_settings

        self.knowledge = KnowledgePanel(content, search, self)
        # The call screen and the checklist join this splitter in their own issues.
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.knowledge)
        self.setCentralWidget(self.main_splitter)

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
        return [self.main_splitter, self.knowledge.splitter]

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
        self._state.save(self, self._splitters())
        super().closeEvent(event)
