"""The main window: wiring only. Screens live in their own packages.

Building it is on the way to the first paint, so it leaves PySide6's ``Qt``
namespace alone (see ui/item_roles.py); ``finish_start`` does the rest after.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QWidget,
)

from reception import __version__
from reception.paths import DataPaths
from ui.actions import text_action
from ui.dialogs import exec_once
from ui.knowledge import KnowledgePanel
from ui.knowledge.panel import SearchFunction
from ui.language_menu import language_menu
from ui.shortcuts import TAB_SHORTCUTS, shortcut_table
from ui.window_state import WindowState, fit_on_screen

if TYPE_CHECKING:  # imported lazily: the call screens load after the first paint
    from PySide6.QtGui import QAction, QCloseEvent, QShowEvent

    from reception.content import Content
    from ui.call.call_panel import CallPanel
    from ui.call.callbacks_panel import CallbacksPanel
    from ui.call.callers_panel import CallersPanel
    from ui.call.workspace import CallWorkspace
    from ui.change_events import ChangeEvents
    from ui.texts.live import LiveTexts


class MainWindow(QMainWindow):
    def __init__(self, content: Content | None, search: SearchFunction, paths: DataPaths,
                 open_settings: Callable[[QWidget], None] | None = None,
                 taken_by: str = "") -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Guldklinikken – Reception"))
        self._paths = paths
        self._open_settings = open_settings

        self.knowledge = KnowledgePanel(content, search, self)
        self._content = content
        self._sheet_content = content  # approved texts only (ui/texts/live.py)
        self.texts_live: LiveTexts | None = None  # the clinic's texts, once the store is open
        self._taken_by = taken_by
        self.workspace: CallWorkspace | None = None
        self.change_events: ChangeEvents | None = None  # built with the call screens
        self._placeholder = QLabel(self)
        self._placeholder.setObjectName("callsPlaceholder")
        self._placeholder.setWordWrap(True)
        self._set_placeholder(self.tr("Åbner kartoteket …"))
        self.main_splitter = QSplitter(parent=self)  # horizontal; see ui/item_roles.py
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self._placeholder)
        self.main_splitter.addWidget(self.knowledge)
        self.main_splitter.setStretchFactor(0, 1)
        self.main_splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.main_splitter)
        self._pending_calls: list[str | None] = []
        self._pending_shares: list[tuple[QSplitter, Share]] = []  # applied when shown
        self._knowledge_sizes: list[int] = []  # the split before the panel was folded

        self._build_actions()
        self.statusBar()  # now, so that the clinic's name arriving after the paint moves nothing
        if content is not None:
            self._show_clinic(content)

        self._state = WindowState(paths.ui_settings)
        if not self._state.restore(self, self._splitters()):
            self._first_size()

    def show_content(self, content: Content) -> None:
        """The clinic's texts, read right after the first paint (ui/app.py): the
        problems banner, the browse list and the clinic's name and phone."""
        self._content = self._sheet_content = content
        self.knowledge.set_content(content)
        self._show_clinic(content)

    def _show_clinic(self, content: Content) -> None:
        clinic = content.clinic
        if clinic is None:
            return
        phone = clinic.phone
        if phone.startswith("+45") and len(phone) == 11:
            national = phone[3:]
            phone = " ".join(national[i:i + 2] for i in range(0, 8, 2))
        phone_word = self.tr("tlf.")
        status = QLabel(f"{clinic.name} · {phone_word} {phone}", self)
        status.setObjectName("clinicStatus")
        self.statusBar().addPermanentWidget(status)

    def _first_size(self) -> None:
        """The first start: most of the screen, as the receptionist will want it all day;
        all of a small one (a 1366×768 laptop), and never more than the screen."""
        screen = self.screen()
        area = screen.availableGeometry() if screen is not None else None
        if area is None:
            self.resize(1200, 760)
            return
        width = min(1700, int(area.width() * 0.9)) if area.width() >= 1600 else area.width()
        height = min(1000, int(area.height() * 0.9)) if area.height() >= 1000 else area.height()
        self.resize(width, height)
        self.move(area.topLeft())
        fit_on_screen(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_on_screen(self)  # the frame is known now; a window manager may have added it
        pending, self._pending_shares = self._pending_shares, []
        for splitter, first in pending:
            _share(splitter, first)

    def finish_start(self) -> None:
        """What can wait until the window has painted once."""
        from PySide6.QtCore import Qt

        from ui.shortcuts import set_action_keys

        for action, name in self._keyed:  # keys build QKeySequence's enums: after the paint
            set_action_keys(action, name)
        self._keyed = []
        self.find_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.knowledge.finish_start()

    def _set_placeholder(self, text: str) -> None:
        """Centred (as HTML, so that no alignment flag is needed before the first paint)."""
        lines = "<br>".join(_escape(line) for line in text.splitlines())
        self._placeholder.setText(f'<p align="center">{lines}</p>')

    def _splitters(self) -> list[QSplitter]:
        splitters = [self.main_splitter, self.knowledge.splitter]
        if self.workspace is not None:
            splitters.append(self.workspace.call_panel.splitter)
        return splitters

    # --- calls ---------------------------------------------------------------------------

    @property
    def tabs(self) -> CallWorkspace:
        assert self.workspace is not None, "the database is not open yet"
        return self.workspace

    @property
    def call_panel(self) -> CallPanel:
        return self.tabs.call_panel

    @property
    def callbacks(self) -> CallbacksPanel:
        return self.tabs.callbacks

    @property
    def callers(self) -> CallersPanel:
        return self.tabs.callers

    @property
    def store_ready(self) -> bool:
        return self.workspace is not None

    def attach_store(self, ok: bool) -> None:
        """The database is open (or failed to open): build the call screens and catch up."""
        if not ok:
            self._set_placeholder(
                self.tr("Databasen kunne ikke åbnes, så opkald kan ikke gemmes.\n"
                        "Klinikkens viden virker. Se logfilen under Hjælp.")
            )
            return
        for action in self._store_actions:
            action.setEnabled(True)
        from ui.change_events import ChangeEvents

        self.change_events = ChangeEvents(self)
        self.change_events.changed.connect(self._texts_changed_elsewhere)
        self._install_workspace(self._placeholder)
        if self.texts_live is not None:
            self.texts_live.load()
        pending, self._pending_calls = self._pending_calls, []
        for phone in pending:
            self.open_call(phone)

    def reload_store(self) -> None:
        """After a restore: call screens built afresh on the database now in place.

        A call running in the old screens was saved into the database that the
        restore moved aside; the new screens start without it.
        """
        if self.workspace is None:
            return
        old = self.workspace
        self.knowledge.faq_tick_changed.disconnect(old.call_panel.toggle_faq)
        self.knowledge.set_ticked(None)
        self._install_workspace(old)
        if self.texts_live is not None:
            self.texts_live.load()  # the restored database has its own texts

    def apply_texts(self, content: Content, approved: Content) -> None:
        """The clinic's texts changed (or were first read from the database): the reader
        and browse list show ``content`` (drafts marked), sheets use ``approved``."""
        self._content, self._sheet_content = content, approved
        self.knowledge.set_content(content)
        if self.workspace is not None:
            self.workspace.content = approved

    def _texts_changed_elsewhere(self, change: object) -> None:
        """Another desk saved the clinic's texts: read them again (this desk's own saves
        reach ``texts_live`` through the core)."""
        if (getattr(change, "remote", False) and getattr(change, "kind", "") in ("texts", "all")
                and self.texts_live is not None):
            self.texts_live.load()

    def _install_workspace(self, replacing: QWidget) -> None:
        from ui.call.workspace import CallWorkspace

        assert self._sheet_content is not None, "the texts are read before the store opens"
        workspace = CallWorkspace(self._sheet_content, self._paths, self._taken_by, self,
                                  events=self.change_events)
        workspace.condition_requested.connect(
            lambda condition_id: self.knowledge.show_page(f"condition:{condition_id}")
        )
        workspace.page_requested.connect(self.knowledge.show_page)
        workspace.call_panel.ticks_changed.connect(self.knowledge.set_ticked)
        self.knowledge.faq_tick_changed.connect(workspace.call_panel.toggle_faq)
        self.main_splitter.replaceWidget(0, workspace)
        replacing.hide()
        replacing.deleteLater()
        self.workspace = workspace
        # Until the receptionist moves them (then they are remembered): the call
        # screens get the larger part, and in them the form more than the history.
        if not self._state.has_splitter(self.main_splitter):
            self._share_when_shown(self.main_splitter, _calls_share)
        if not self._state.has_splitter(workspace.call_panel.splitter):
            self._share_when_shown(workspace.call_panel.splitter, CALL_FORM_SHARE)
        self._state.restore_splitters([workspace.call_panel.splitter])
        workspace.start()

    def _share_when_shown(self, splitter: QSplitter, first: Share) -> None:
        """A splitter not laid out yet (the window not shown) has no width to share."""
        if self.isVisible():
            _share(splitter, first)
        else:
            self._pending_shares.append((splitter, first))

    def reset_layout(self) -> None:
        """Vis → Standardopdeling: the panes shared as on a first start, for this width."""
        if self.workspace is None:
            return
        _share(self.main_splitter, _calls_share)
        _share(self.workspace.call_panel.splitter, CALL_FORM_SHARE)
        self._update_knowledge_action()

    # --- the knowledge panel, folded away and back ---------------------------------------

    @property
    def knowledge_shown(self) -> bool:
        return self.main_splitter.sizes()[1] > 0 and self.knowledge.isVisible()

    def set_knowledge_shown(self, shown: bool) -> None:
        """Fold the knowledge panel away (the call screens get the whole width) or back."""
        sizes = self.main_splitter.sizes()
        if shown and sizes[1] == 0:
            total = sum(sizes)
            before = self._knowledge_sizes
            if len(before) == 2 and sum(before) > 0 and before[1] > 0:
                first = int(total * before[0] / sum(before))
            else:
                first = int(total * _calls_share(total))
            self.main_splitter.setSizes([first, total - first])
        elif not shown and sizes[1] > 0:
            self._knowledge_sizes = sizes
            self.main_splitter.setSizes([sum(sizes), 0])
        self._update_knowledge_action()

    def _update_knowledge_action(self, *_args: object) -> None:
        self.knowledge_action.blockSignals(True)
        self.knowledge_action.setChecked(self.main_splitter.sizes()[1] > 0)
        self.knowledge_action.blockSignals(False)

    def _find(self) -> None:
        """Ctrl+F: the search field, unfolding the panel first if it was folded away."""
        if self.main_splitter.sizes()[1] == 0:
            self.set_knowledge_shown(True)
        self.knowledge.focus_search()

    def show_tab(self, index: int) -> None:
        if self.workspace is not None and 0 <= index < self.workspace.count():
            self.workspace.setCurrentIndex(index)
            first_field(self.workspace.currentWidget()).setFocus()

    def show_shortcuts(self) -> None:
        from ui.shortcuts_dialog import ShortcutsDialog

        exec_once(ShortcutsDialog(self))  # a new one each time: deleted after use

    def open_call(self, phone: str | None) -> None:
        """Screen pop: bring the window forward with a new call for ``phone``."""
        if self.workspace is None:
            self._pending_calls.append(phone)
            return
        self.workspace.open_call(phone)
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def _build_actions(self) -> None:
        self._keyed: list[tuple[QAction, str]] = []  # their keys are set in finish_start

        def set_action_keys(action: QAction, name: str) -> QAction:
            self._keyed.append((action, name))
            return action

        find = text_action(self.tr("Søg i viden"), self)
        find.setObjectName("findAction")
        set_action_keys(find, "find")  # the whole app: finish_start
        find.triggered.connect(self._find)

        settings = text_action(self.tr("Klinikkens &oplysninger …"), self)
        settings.setObjectName("clinicSettingsAction")
        settings.triggered.connect(self._show_settings)
        settings.setEnabled(self._open_settings is not None)

        quit_action = text_action(self.tr("&Afslut"), self)
        set_action_keys(quit_action, "quit")
        quit_action.triggered.connect(self.close)
        self._quit_action = quit_action

        logs = text_action(self.tr("Åbn logmappen"), self)
        logs.triggered.connect(self._open_log_folder)
        about = text_action(self.tr("Om programmet"), self)
        about.triggered.connect(self._about)
        keys = set_action_keys(text_action(self.tr("Tastaturgenveje …"), self), "shortcuts")
        keys.setObjectName("shortcutsAction")
        keys.triggered.connect(self.show_shortcuts)

        self.knowledge_action = text_action(self.tr("Klinikkens viden"), self)
        self.knowledge_action.setObjectName("toggleKnowledgeAction")
        self.knowledge_action.setCheckable(True)
        self.knowledge_action.setChecked(True)
        set_action_keys(self.knowledge_action, "toggle_knowledge")
        self.knowledge_action.toggled.connect(self.set_knowledge_shown)
        self.main_splitter.splitterMoved.connect(self._update_knowledge_action)
        self.reset_layout_action = text_action(self.tr("Standardopdeling"), self)
        self.reset_layout_action.setObjectName("resetLayoutAction")
        self.reset_layout_action.setToolTip(self.tr("Del vinduet som ved første start"))
        self.reset_layout_action.triggered.connect(self.reset_layout)
        self.tab_actions = []
        entries = {entry.name: entry for entry in shortcut_table()}  # one table, not one a tab
        for index, name in enumerate(TAB_SHORTCUTS):
            entry = entries[name]
            action = set_action_keys(text_action(entry.text, self), name)
            action.setObjectName(f"{name}Action")
            action.triggered.connect(lambda _checked=False, i=index: self.show_tab(i))
            self.tab_actions.append(action)

        self.posting_action = text_action(self.tr("Dagens &post …"), self)
        self.posting_action.setObjectName("postingAction")
        self.posting_action.triggered.connect(self._show_posting)
        self.posting_action.setEnabled(False)
        self.sheet_settings_action = text_action(self.tr("&Brevindstillinger …"), self)
        self.sheet_settings_action.setObjectName("sheetSettingsAction")
        self.sheet_settings_action.triggered.connect(self._show_sheet_settings)
        self.sheet_settings_action.setEnabled(False)

        privacy_settings = text_action(self.tr("P&ersonale og opbevaring …"), self)
        privacy_settings.setObjectName("privacySettingsAction")
        privacy_settings.triggered.connect(self._show_privacy_settings)
        retention = text_action(self.tr("&Gennemgå gamle personer …"), self)
        retention.setObjectName("retentionReviewAction")
        retention.triggered.connect(self._show_retention)
        audit_log = text_action(self.tr("&Revisionslog …"), self)
        audit_log.setObjectName("auditLogAction")
        audit_log.triggered.connect(self._show_audit_log)
        self.texts_action = text_action(self.tr("Klinikkens &tekster …"), self)
        self.texts_action.setObjectName("clinicTextsAction")
        self.texts_action.triggered.connect(self._show_clinic_texts)
        self._store_actions = [self.posting_action, self.sheet_settings_action, self.texts_action,
                               privacy_settings, retention, audit_log, *self.tab_actions,
                               self.reset_layout_action]
        for action in self._store_actions:
            action.setEnabled(False)

        file_menu = self.file_menu = self.menuBar().addMenu(self.tr("&Filer"))
        file_menu.addAction(self.posting_action)
        file_menu.addSeparator()
        file_menu.addAction(settings)
        file_menu.addAction(self.texts_action)
        file_menu.addAction(self.sheet_settings_action)
        file_menu.addAction(privacy_settings)
        file_menu.addAction(retention)
        file_menu.addAction(audit_log)
        file_menu.addSeparator()
        file_menu.addMenu(language_menu(self, self._paths.ui_settings))
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("Vi&s"))
        for action in self.tab_actions:
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.knowledge_action)
        view_menu.addAction(self.reset_layout_action)
        search_menu = self.menuBar().addMenu(self.tr("&Viden"))
        search_menu.addAction(find)
        help_menu = self.menuBar().addMenu(self.tr("&Hjælp"))
        help_menu.addAction(keys)
        help_menu.addAction(logs)
        help_menu.addAction(about)
        self.find_action = find

    def _show_posting(self) -> None:
        from ui.sheets.posting_dialog import PostingDialog

        exec_once(PostingDialog(user=self._taken_by, parent=self))

    def _show_clinic_texts(self) -> None:
        if self.texts_live is not None:
            self.texts_live.open_editor(self)

    def _show_sheet_settings(self) -> None:
        from ui.sheets.settings_dialog import SheetSettingsDialog

        exec_once(SheetSettingsDialog(self))

    def add_safety_actions(self, actions: list[QAction]) -> None:
        """Screen lock and backups, added once the data session is open."""
        self.file_menu.insertSeparator(self._quit_action)
        for action in actions:
            self.file_menu.insertAction(self._quit_action, action)

    @property
    def user(self) -> str:
        """Who is at the desk (the staff member chosen at start, else the PC login)."""
        return self._taken_by

    def set_user(self, name: str) -> None:
        """Who is at the desk (chosen at start); stamped on calls and in the audit trail."""
        self._taken_by = name

    def _show_privacy_settings(self) -> None:
        from ui.privacy import PrivacySettingsDialog

        exec_once(PrivacySettingsDialog(self))

    def _show_retention(self) -> None:
        from ui.privacy import RetentionReviewDialog

        exec_once(RetentionReviewDialog(self._taken_by, self))
        if self.workspace is not None:
            self.workspace.callers.refresh()

    def _show_audit_log(self) -> None:
        from ui.privacy import AuditLogDialog

        dialog = AuditLogDialog(self)
        if self.change_events is not None:  # new entries (here or at another desk) show up
            from ui.live_refresh import follow

            follow(dialog, self.change_events, dialog.reload,
                   lambda change: change.kind != "presence")
        exec_once(dialog)

    def listen_to_other_desks(self, url: str) -> None:
        """On a clinic's server: hear the other desks, show who is connected."""
        if self.change_events is None:
            return
        from ui.desks_label import DesksLabel

        self.change_events.listen(url)
        self.desks_label = DesksLabel(self.change_events, self)
        self.statusBar().addPermanentWidget(self.desks_label)

    def _show_settings(self) -> None:
        if self._open_settings is not None:
            self._open_settings(self)

    def _open_log_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._paths.logs)))

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("Om programmet"),
            self.tr("Guldklinikken Reception {version}\n\nData: {data}\nLog: {logs}").format(
                version=__version__, data=self._paths.root, logs=self._paths.logs
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.workspace is not None:
            self.workspace.flush()
        if self.change_events is not None:
            self.change_events.close()
        self._state.save(self, self._splitters())
        super().closeEvent(event)


CALL_FORM_SHARE = 0.5  # of the call screen, beside who calls, the history and the checklist
Share = float | Callable[[int], float]  # a fraction, or one that depends on the width


def first_field(page: QWidget) -> QWidget:
    """Where keys go on a page: itself if it takes them, else its first field in Tab order
    (a bare page holding the focus hears no key and a screen reader says nothing)."""
    from PySide6.QtCore import Qt  # not at import: the Qt namespace costs the first paint

    if page.focusProxy() is not None or page.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return page
    widget = page.nextInFocusChain()
    while widget is not page:
        if (page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            return widget
        widget = widget.nextInFocusChain()
    return page


def _share(splitter: QSplitter, first: Share) -> None:
    """Give the first of two panes ``first`` of the width (of a laid-out splitter, its
    real width; of one not shown yet, proportions that it scales when it is)."""
    total = sum(splitter.sizes()) or 10_000
    fraction = first(total) if callable(first) else first
    splitter.setSizes([int(total * fraction), total - int(total * fraction)])


def _calls_share(width: int) -> float:
    """The call screens' part of the window: on a small screen the form and the checklist
    need about 950 pixels, and the knowledge panel stacks its reader under the search."""
    return 0.62 if width >= 1500 else 0.7


def _escape(text: str) -> str:
    """``html.escape`` without its module: importing ``html`` (and its table of entities)
    cost a few milliseconds before the first paint, for a placeholder's text."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))
