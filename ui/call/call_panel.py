"""The call screen: new call, the form, who is calling, autosave, end call.

All data goes through ``reception.calls`` (``CallSession`` and the lookup
services); this widget only shows and forwards. What is typed is written within
a second and on every focus change; when the database is unavailable the form is
kept, the status line says why, and the next tick retries.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reception.calls import (
    DISCLAIMER,
    CallerSummary,
    CallSession,
    EndResult,
    InvalidForm,
    StorageUnavailable,
    caller_history,
    choose_caller,
    discard_draft,
    find_callers_by_phone,
    search_callers,
    triage,
    unfinished_drafts,
    validate_form,
)
from reception.calls.vocabulary import PAIN_AREA_CONDITION
from reception.checklist import ensure_checklist
from reception.content import Content
from reception.phone import normalize_phone
from reception.sheets import set_ticked_faq, ticked_faq
from ui.call.end_call_dialog import EndCallDialog
from ui.call.form_widget import CallFormWidget
from ui.call.history_html import history_html, local_time, note_view
from ui.checklist import ChecklistView
from ui.translations import plural

log = logging.getLogger(__name__)

AUTOSAVE_MS = 1000
CALLER_ROLE = Qt.ItemDataRole.UserRole


class CallPanel(QWidget):
    condition_requested = Signal(str)  # a condition id for the knowledge panel
    call_ended = Signal(object)  # EndResult
    ticks_changed = Signal(object)  # set of "faq:<id>" keys ticked for the sheet, or None
    send_sheet_requested = Signal(int, object)  # caller id, call id (or None)

    def __init__(self, content: Content, taken_by: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callPanel")
        self.taken_by = taken_by
        self.session: CallSession | None = None
        self.last_caller_id: int | None = None  # the caller of the call just ended
        self._history_caller: int | None = None  # whose history the side panel shows
        self.ticked_faq: list[str] = []
        self._earlier_areas: tuple[str, ...] = ()
        self._unlinked_on_purpose = False

        self.new_button = QPushButton(self.tr("Nyt opkald (F2)"), self)
        self.new_button.setObjectName("newCallButton")
        self.new_button.clicked.connect(lambda: self.new_call())
        self.end_button = QPushButton(self.tr("Afslut opkald"), self)
        self.end_button.setObjectName("endCallButton")
        self.end_button.clicked.connect(self.end_call)
        self.sheet_button = QPushButton(self.tr("Informationsark"), self)
        self.sheet_button.setObjectName("printSheetButton")
        self.sheet_button.setToolTip(self.tr("Send informationsark (Ctrl+P)"))
        self.sheet_button.clicked.connect(self.send_sheet)
        print_shortcut = QShortcut(QKeySequence.StandardKey.Print, self)
        print_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        print_shortcut.activated.connect(self.send_sheet)
        self.timer_label = QLabel("", self)
        self.timer_label.setObjectName("callTimerLabel")
        self.status_label = QLabel("", self)
        self.status_label.setObjectName("saveStatusLabel")
        self.status_label.setWordWrap(True)

        for sequence in (QKeySequence(Qt.Key.Key_F2), QKeySequence.StandardKey.New):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda: self.new_call())

        self.drafts_banner = QFrame(self)
        self.drafts_banner.setObjectName("draftsBanner")
        self.drafts_banner.setStyleSheet("#draftsBanner{background:#fff4d6; border-radius:4px}")
        self.drafts_label = QLabel(self.drafts_banner)
        self.drafts_label.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("Fortsæt opkaldet"), self.drafts_banner)
        self.resume_button.setObjectName("resumeDraftButton")
        self.resume_button.clicked.connect(self._resume_first_draft)
        self.discard_button = QPushButton(self.tr("Kassér"), self.drafts_banner)
        self.discard_button.setObjectName("discardDraftButton")
        self.discard_button.clicked.connect(self._discard_first_draft)
        banner_layout = QHBoxLayout(self.drafts_banner)
        banner_layout.addWidget(self.drafts_label, 1)
        banner_layout.addWidget(self.resume_button)
        banner_layout.addWidget(self.discard_button)
        self.drafts_banner.hide()
        self._drafts: list = []

        self.form = CallFormWidget(self)
        self.form.edited.connect(self._on_edited)
        self.form.identity_edited.connect(self._on_identity_edited)
        self.form.pain_area_toggled.connect(self._on_pain_area)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.matches = QListWidget(self)
        self.matches.setObjectName("callerMatches")
        self.matches.setAccessibleName(self.tr("Personer der passer"))
        self.matches.setWordWrap(True)
        self.matches.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.matches.itemActivated.connect(self._on_match_chosen)
        self.matches.itemClicked.connect(self._on_match_chosen)
        self.new_caller_button = QPushButton(self.tr("Ny person"), self)
        self.new_caller_button.setObjectName("newCallerButton")
        self.new_caller_button.setToolTip(self.tr("Opkaldet gælder en person, der ikke er i "
                                                  "kartoteket endnu"))
        self.new_caller_button.clicked.connect(self._unlink_caller)
        self.history = QTextBrowser(self)
        self.history.setObjectName("callerHistory")
        self.checklist = ChecklistView(content, user=taken_by, parent=self)
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setObjectName("callSideTabs")
        self.side_tabs.addTab(self.history, self.tr("Historik"))
        self.side_tabs.addTab(self.checklist, self.tr("Tjekliste"))
        self.triage_label = QLabel(self)
        self.triage_label.setObjectName("triageHint")
        self.triage_label.setWordWrap(True)
        self.triage_label.setStyleSheet("background:#eef4fb; padding:6px; border-radius:4px")
        self.triage_label.hide()

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Hvem ringer?"), self))
        side_layout.addWidget(self.matches, 1)
        side_layout.addWidget(self.new_caller_button)
        side_layout.addWidget(self.side_tabs, 3)
        side_layout.addWidget(self.triage_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("callSplitter")
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.end_button)
        bar.addWidget(self.sheet_button)
        bar.addWidget(self.timer_label)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.drafts_banner)
        layout.addWidget(self.splitter, 1)

        self.autosave = QTimer(self)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.flush)
        self.clock = QTimer(self)
        self.clock.setInterval(1000)
        self.clock.timeout.connect(self._tick)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self._set_active(False)

    # --- call lifecycle ------------------------------------------------------------------

    def new_call(self, phone: str | None = None, direction: str = "in") -> None:
        """Start a call (pre-filled when the number is known); a running call stays a draft."""
        if self.session is not None:
            self.flush()
        self._earlier_areas = ()
        self._unlinked_on_purpose = False
        self.form.clear()
        self.session = CallSession.start(phone=phone, direction=direction,
                                         taken_by=self.taken_by)
        self.checklist.set_caller(None)
        self._clear_history()
        self._set_ticks([])
        self._show_session()
        (self.form.name_edit if phone else self.form.phone_edit).setFocus()

    def resume(self, call_id: int) -> None:
        if self.session is not None:
            self.flush()
        try:
            self.session = CallSession.resume(call_id)
            ticks = ticked_faq(call_id)
        except StorageUnavailable as error:
            self._status(error.message, error=True)
            return
        self._set_ticks(list(ticks))
        self._show_session()
        self.refresh_drafts()

    def _show_session(self) -> None:
        assert self.session is not None
        self.form.set_form(self.session.form)
        self._set_active(True)
        self._after_change(lookup=True)
        if self.session.last_error is not None:
            self._status(self.session.last_error.message, error=True)
        else:
            self._status(self.tr("Opkald i gang – gemmes automatisk."))

    def end_call(self) -> None:
        if self.session is None:
            return
        self._sync_form()
        dialog = EndCallDialog(self.session.form, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.finish_call(dialog.outcome(), callback_due=dialog.callback_due(),
                         callback_reason=dialog.callback_reason.text(), force=dialog.forced)

    def finish_call(self, outcome: str, *, callback_due=None, callback_reason: str = "",
                    force: bool = False) -> EndResult | None:
        """End the running call; on failure the form stays as typed and says why."""
        if self.session is None:
            return None
        self._sync_form()
        try:
            result = self.session.end(outcome, callback_due=callback_due,
                                      callback_reason=callback_reason, force=force)
        except InvalidForm as problems:
            self.form.show_problems(problems.problems)
            self._status(self.tr("Opkaldet er ikke gemt: ret de markerede felter."), error=True)
            return None
        except StorageUnavailable as error:
            self._status(error.message + " " + self.tr("Opkaldet er ikke gemt – prøv igen."),
                         error=True)
            return None
        self.session = None
        self.last_caller_id = result.caller_id
        self.form.clear()
        self.matches.clear()
        self.triage_label.hide()
        self._set_active(False)
        self._set_ticks(None)
        if result.caller_id is not None:
            self._show_history(result.caller_id)
            if outcome == "booked":
                self._start_checklist(result.caller_id)
        else:
            self._clear_history()
            self.checklist.set_caller(None)
        minutes, seconds = divmod(result.duration_seconds, 60)
        self._status(self.tr("Opkaldet er gemt ({m}:{s:02d}).").format(m=minutes, s=seconds))
        self.call_ended.emit(result)
        return result

    def flush(self) -> bool:
        """Write what is typed now (autosave tick, focus change, before anything else)."""
        if self.session is None:
            return True
        self._sync_form()
        if not self.session.dirty:
            return True
        ok = self.session.flush()
        if ok:
            now = datetime.now(UTC)
            self._status(self.tr("Gemt kl. {time}").format(time=local_time(now)[-5:]))
        else:
            assert self.session.last_error is not None
            self._status(self.session.last_error.message + " "
                         + self.tr("Det du har skrevet er bevaret; der prøves igen."),
                         error=True)
        return ok

    # --- drafts left behind ------------------------------------------------------------------

    def refresh_drafts(self) -> None:
        """Offer back calls that were never ended (the app was closed or killed mid-call)."""
        try:
            drafts = unfinished_drafts()
        except StorageUnavailable as error:
            self._status(error.message, error=True)
            return
        current = self.session.call_id if self.session else None
        self._drafts = [d for d in drafts if d.call_id != current]
        if not self._drafts:
            self.drafts_banner.hide()
            return
        first = self._drafts[0]
        who = first.name or first.phone or self.tr("ukendt")
        text = self.tr("Et opkald blev ikke afsluttet: {who}, startet {when}.").format(
            who=who, when=local_time(first.started_at))
        if len(self._drafts) > 1:
            text += " " + plural(len(self._drafts) - 1, self.tr("(+{n} mere)"),
                                 self.tr("(+{n} flere)"))
        self.drafts_label.setText(text)
        self.drafts_banner.show()

    def _resume_first_draft(self) -> None:
        if self._drafts:
            self.resume(self._drafts[0].call_id)

    def _discard_first_draft(self) -> None:
        if self._drafts:
            try:
                discard_draft(self._drafts[0].call_id, by=self.taken_by)
            except StorageUnavailable as error:
                self._status(error.message, error=True)
            self.refresh_drafts()

    # --- editing -----------------------------------------------------------------------------

    def _sync_form(self) -> None:
        if self.session is not None:
            self.session.update(self.form.form())

    def _on_edited(self) -> None:
        self._sync_form()
        self._after_change(lookup=False)

    def _on_identity_edited(self) -> None:
        if self.session is not None:
            self._lookup(self.session.form.phone, self.session.form.name)

    def _after_change(self, *, lookup: bool) -> None:
        if self.session is None:
            return
        form = self.session.form
        self.form.show_problems(validate_form(form))
        hints = triage(form, earlier_areas=self._earlier_areas)
        if hints:
            self.triage_label.setText("<br>".join(f"• {h.text}" for h in hints)
                                      + f"<br><i>{DISCLAIMER}</i>")
        self.triage_label.setVisible(bool(hints))
        if lookup:
            self._lookup(form.phone, form.name)

    def _on_pain_area(self, code: str, on: bool) -> None:
        if on and code in PAIN_AREA_CONDITION:
            self.condition_requested.emit(PAIN_AREA_CONDITION[code])

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if self.session is not None and old is not None and self.isAncestorOf(old):
            self.flush()

    # --- who is calling ------------------------------------------------------------------------

    def _lookup(self, phone: str, name: str) -> None:
        try:
            if normalize_phone(phone):
                found = find_callers_by_phone(phone)
            elif sum(ch.isdigit() for ch in phone) >= 3:
                found = search_callers(phone, limit=10)
            elif len(name.strip()) >= 2:
                found = search_callers(name, limit=10)
            else:
                found = []
        except StorageUnavailable as error:
            self._status(error.message, error=True)
            return
        self._show_matches(found)
        linked = self.session.form.caller_id if self.session else None
        exact = normalize_phone(phone) is not None
        if linked is None and exact and len(found) == 1 and not self._unlinked_on_purpose:
            self.choose(found[0].id)
        elif linked is not None and linked != self._history_caller:
            self._show_history(linked)  # typing in a linked call needs no new history

    def _show_matches(self, found: list[CallerSummary]) -> None:
        linked = self.session.form.caller_id if self.session else None
        self.matches.clear()
        for summary in found:
            place = " ".join(x for x in (summary.postcode, summary.town) if x)
            calls = self.tr("{n} opkald").format(n=summary.call_count)
            details = " · ".join(x for x in (", ".join(summary.phones), place, calls) if x)
            text = f"{summary.name or self.tr('(uden navn)')}\n{details}"
            item = QListWidgetItem(("✔ " if summary.id == linked else "") + text)
            item.setData(CALLER_ROLE, summary.id)
            self.matches.addItem(item)
        if len(found) > 1 and normalize_phone(self.form.phone_edit.text()):
            self._status(self.tr("{n} personer har dette nummer – vælg den rigtige.")
                         .format(n=len(found)))

    def _on_match_chosen(self, item: QListWidgetItem) -> None:
        self.choose(int(item.data(CALLER_ROLE)))

    def choose(self, caller_id: int | None) -> None:
        """Link the call to a known caller (pre-fills the form) or to a new one (None)."""
        if self.session is None:
            return
        self.flush()
        if self.session.call_id is None:
            return
        try:
            form = choose_caller(self.session.call_id, caller_id, self.form.form())
        except StorageUnavailable as error:
            self._status(error.message, error=True)
            return
        self.session.update(form)
        self.form.set_form(form)
        self._update_sheet_button()
        if caller_id is None:
            self._clear_history()
            self.checklist.set_caller(None)
            self._earlier_areas = ()
        else:
            self._show_history(caller_id)
        self._after_change(lookup=False)
        for row in range(self.matches.count()):
            item = self.matches.item(row)
            text = item.text().removeprefix("✔ ")
            item.setText(("✔ " if item.data(CALLER_ROLE) == caller_id else "") + text)

    def _unlink_caller(self) -> None:
        self._unlinked_on_purpose = True
        self.choose(None)

    def _clear_history(self) -> None:
        self.history.clear()
        self._history_caller = None

    def _show_history(self, caller_id: int) -> None:
        self._history_caller = caller_id
        try:
            history = caller_history(caller_id)
        except (StorageUnavailable, LookupError) as error:
            self._status(str(getattr(error, "message", error)), error=True)
            return
        self._earlier_areas = history.caller.pain_areas
        self.history.setHtml(history_html(history))
        note_view(caller_id, self.taken_by)
        self.checklist.set_caller(caller_id)
        self._update_sheet_button()

    def refresh_history(self) -> None:
        caller_id = self.sheet_caller()
        if caller_id is not None:
            self._show_history(caller_id)

    def show_caller(self, caller_id: int) -> None:
        """Show a caller's history and checklist without a call (from the overview)."""
        if self.session is not None and self.session.form.caller_id != caller_id:
            self.flush()
        self.last_caller_id = caller_id
        self._show_history(caller_id)
        self.side_tabs.setCurrentWidget(self.checklist)

    def _start_checklist(self, caller_id: int) -> None:
        try:
            ensure_checklist(caller_id, by=self.taken_by)
        except StorageUnavailable as error:
            self._status(error.message, error=True)
            return
        self.checklist.set_caller(caller_id)
        self.checklist.select_step("booking")
        self.side_tabs.setCurrentWidget(self.checklist)

    # --- information sheet ---------------------------------------------------------------------

    def sheet_caller(self) -> int | None:
        """Whom a sheet goes to: the caller of the running call, else of the call just ended."""
        if self.session is not None:
            return self.session.form.caller_id
        return self.last_caller_id

    def _update_sheet_button(self) -> None:
        caller = self.sheet_caller()
        self.sheet_button.setEnabled(caller is not None)
        self.sheet_button.setToolTip(
            "" if caller is not None else
            self.tr("Vælg personen, eller afslut opkaldet for en ny person, først.")
        )

    def send_sheet(self) -> None:
        caller_id = self.sheet_caller()
        if caller_id is None:
            self._status(self.tr("Vælg personen, eller afslut opkaldet for en ny person, "
                                 "før der sendes et informationsark."), error=True)
            return
        self.flush()
        call_id = self.session.call_id if self.session is not None else None
        self.send_sheet_requested.emit(caller_id, call_id)

    def toggle_faq(self, key: str, on: bool) -> None:
        """Tick or untick an FAQ answer for the sheet (from the knowledge panel)."""
        if self.session is None or self.session.call_id is None:
            return
        keys = [k for k in self.ticked_faq if k != key] + ([key] if on else [])
        try:
            set_ticked_faq(self.session.call_id, keys)
        except StorageUnavailable as error:
            self._status(error.message, error=True)
            return
        self._set_ticks(keys)

    def _set_ticks(self, keys: list[str] | None) -> None:
        self.ticked_faq = list(keys or [])
        self.ticks_changed.emit(None if keys is None else set(self.ticked_faq))

    # --- small things --------------------------------------------------------------------------

    def _set_active(self, active: bool) -> None:
        self._update_sheet_button()
        self.form.setEnabled(active)
        self.end_button.setEnabled(active)
        self.new_caller_button.setEnabled(active)
        if active:
            self.autosave.start()
            self.clock.start()
            self._tick()
        else:
            self.autosave.stop()
            self.clock.stop()
            self.timer_label.setText("")

    def _tick(self) -> None:
        if self.session is None:
            return
        elapsed = int((datetime.now(UTC) - self.session.started_at).total_seconds())
        minutes, seconds = divmod(max(elapsed, 0), 60)
        self.timer_label.setText(self.tr("Varighed {m}:{s:02d}").format(m=minutes, s=seconds))

    def _status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color:#a11; font-weight:bold" if error else "color:#555")
        if error:
            log.warning("Opkaldsskærm: %s", text)
