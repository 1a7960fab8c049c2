"""The call screen: calls on hold, the form, who is calling, autosave, end call.

All data goes through ``reception.calls`` (``CallDesk``, ``CallSession`` and the
lookup services); this widget only shows and forwards. Several calls can be open:
the strip above the form names each one, a new call puts the running one on hold
(F2, a screen pop, "Ring op"), a click or Ctrl+1…9 switches, ending one shows the
next. What is typed is written within a second and on every focus change; when
the database is unavailable each call keeps its own form, the status line says
why, and the next tick retries.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShortcut
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
    CallDesk,
    CallerSummary,
    CallSession,
    EndResult,
    InvalidForm,
    NoIdentity,
    StorageUnavailable,
    UnknownCall,
    caller_history,
    choose_caller,
    discard_draft,
    find_callers_by_phone,
    register_caller,
    search_callers,
    triage,
    unfinished_drafts,
    validate_form,
)
from reception.calls.conflicts import keep_mine, keep_theirs
from reception.calls.desk import EndKeptLocally
from reception.calls.offline import LocalCopyFailed, OfflineJournal
from reception.calls.vocabulary import PAIN_AREA_CONDITION
from reception.checklist import book_consultation
from reception.content import Content
from reception.phone import normalize_phone
from reception.sheets import set_ticked_faq, ticked_faq
from reception.store.versions import ChangedElsewhere
from ui.call.end_call_dialog import EndCallDialog
from ui.call.form_widget import CallFormWidget
from ui.call.history_html import history_html, local_time, note_view
from ui.call.open_calls_strip import OpenCallsStrip
from ui.checklist import ChecklistView
from ui.colours import ERROR, WARNING_BACKGROUND
from ui.conflict_dialog import EDIT, THEIRS
from ui.conflict_dialog import ask as ask_conflict
from ui.messages import message_of
from ui.shortcuts import install, key_text, shortcut
from ui.translations import plural, tr

if TYPE_CHECKING:
    from ui.change_events import ChangeEvents

log = logging.getLogger(__name__)

AUTOSAVE_MS = 1000
ON_LINE_MARK = " — "  # after a match: »— i telefonen hos Reception 2«
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
        self.desk = CallDesk(taken_by)
        self.last_caller_id: int | None = None  # the caller of the call just ended
        self._history_caller: int | None = None  # whose history the side panel shows
        self.ticked_faq: list[str] = []
        self._earlier_areas: tuple[str, ...] = ()
        self.events: ChangeEvents | None = None  # other desks' presence (ui/change_events.py)

        self.new_button = QPushButton(
            self.tr("Nyt opkald ({key})").format(key=key_text("new_call")), self)
        self.new_button.setObjectName("newCallButton")
        self.new_button.clicked.connect(lambda: self.new_call())
        self.end_button = QPushButton(
            self.tr("Afslut opkald ({key})").format(key=key_text("end_call")), self)
        self.end_button.setObjectName("endCallButton")
        self.end_button.clicked.connect(self.end_call)
        install("end_call", self, self.end_call)
        self.sheet_button = QPushButton(self.tr("Informationsark"), self)
        self.sheet_button.setObjectName("printSheetButton")
        self.sheet_button.setToolTip(
            self.tr("Send informationsark ({key})").format(key=key_text("send_sheet")))
        self.sheet_button.clicked.connect(self.send_sheet)
        install("send_sheet", self, self.send_sheet)
        self.timer_label = QLabel("", self)
        self.timer_label.setObjectName("callTimerLabel")
        self.status_label = QLabel("", self)
        self.status_label.setObjectName("saveStatusLabel")
        self.status_label.setWordWrap(True)

        install("new_call", self, lambda: self.new_call())
        for number, sequence in enumerate(shortcut("switch_call").sequences, start=1):
            switch = QShortcut(sequence, self)  # Ctrl+1…9: the n-th open call
            switch.setObjectName("shortcut_switch_call")
            switch.activated.connect(lambda n=number: self.switch_to_number(n))

        self.strip = OpenCallsStrip(self)
        self.strip.chosen.connect(self.switch_to)

        self.drafts_banner = QFrame(self)
        self.drafts_banner.setObjectName("draftsBanner")
        self.drafts_banner.setStyleSheet(
            f"#draftsBanner{{background:{WARNING_BACKGROUND}; border-radius:4px}}")
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
        self._drafts: list = []  # DraftSummary of calls found unfinished, not opened yet

        self.form = CallFormWidget(self)
        self.form.edited.connect(self._on_edited)
        self.form.identity_edited.connect(self._on_identity_edited)
        self.form.pain_area_toggled.connect(self._on_pain_area)
        scroll = QScrollArea(self)
        scroll.setObjectName("callFormScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside
        self.form_scroll = scroll

        self.matches = QListWidget(self)
        self.matches.setObjectName("callerMatches")
        self.matches.setAccessibleName(self.tr("Personer der passer"))
        self.matches.setWordWrap(True)
        self.matches.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_matches()
        self.matches.itemActivated.connect(self._on_match_chosen)
        self.matches.itemClicked.connect(self._on_match_chosen)
        self.new_caller_button = QPushButton(self.tr("Ny person"), self)
        self.new_caller_button.setObjectName("newCallerButton")
        self.new_caller_button.setToolTip(self.tr("Opkaldet gælder en person, der ikke er i "
                                                  "kartoteket endnu"))
        self.new_caller_button.clicked.connect(self._unlink_caller)
        self.history = QTextBrowser(self)
        self.history.setObjectName("callerHistory")
        self.history.setAccessibleName(self.tr("Historik"))
        self.on_line_label = QLabel(self)  # »I telefonen hos Reception 2 (bo)«
        self.on_line_label.setObjectName("onLineElsewhere")
        self.on_line_label.setWordWrap(True)
        self.on_line_label.setStyleSheet("background:#fde2c8; padding:4px; border-radius:4px;"
                                         " font-weight:bold")
        self.on_line_label.hide()
        self.checklist = ChecklistView(content, user=taken_by, parent=self)
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setObjectName("callSideTabs")
        self.side_tabs.addTab(self.history, self.tr("Historik"))
        self.side_tabs.addTab(self.checklist, self.tr("Tjekliste"))
        self.checklist.register_person = self.register_person
        self.triage_label = QLabel(self)
        self.triage_label.setObjectName("triageHint")
        self.triage_label.setWordWrap(True)
        self.triage_label.setStyleSheet("background:#eef4fb; padding:4px; border-radius:4px;"
                                        " font-size:90%")
        self.triage_label.hide()

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(4)
        who = QHBoxLayout()
        who_label = QLabel(self.tr("Hvem ringer?"), self)
        who_label.setWordWrap(True)
        who.addWidget(who_label, 1)
        who.addWidget(self.new_caller_button)
        side_layout.addLayout(who)
        side_layout.addWidget(self.matches)
        side_layout.addWidget(self.on_line_label)
        side_layout.addWidget(self.side_tabs, 1)
        side_layout.addWidget(self.triage_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("callSplitter")
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        # The splitter never squeezes the form below its narrowest (wrapped) layout,
        # so the form has no horizontal scrollbar at any window width.
        scroll.setMinimumWidth(self.form.minimumSizeHint().width()
                               + scroll.verticalScrollBar().sizeHint().width())

        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.end_button)
        bar.addWidget(self.sheet_button)
        bar.addWidget(self.timer_label)
        bar.addSpacing(8)
        bar.addWidget(self.status_label, 1)  # on the buttons' line: the form gets the height
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.strip)
        layout.addWidget(self.drafts_banner)
        layout.addWidget(self.splitter, 1)
        # Tab goes as the eye does: the buttons, the form top to bottom, then who calls.
        self._order_top()
        QWidget.setTabOrder(self.form.notes_edit, self.new_caller_button)
        QWidget.setTabOrder(self.new_caller_button, self.matches)
        QWidget.setTabOrder(self.matches, self.side_tabs)

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

    @property
    def session(self) -> CallSession | None:
        """The active call (the one in the form), or None."""
        return self.desk.active

    def new_call(self, phone: str | None = None, direction: str = "in") -> None:
        """Start a call (pre-filled when the number is known); a running call goes on hold."""
        held = self.session
        self._sync_form()
        self.desk.start(phone=phone, direction=direction)
        self._show_session()
        (self.form.name_edit if phone else self.form.phone_edit).setFocus()
        if held is not None:
            self._say_held(held)

    def resume(self, call_id: int) -> None:
        """Make an unfinished call the active one (from the strip, the banner, a callback)."""
        held = self.session
        self._sync_form()
        try:
            session = self.desk.open(call_id)
        except StorageUnavailable as error:
            self._status(message_of(error), error=True)
            return
        except UnknownCall:
            self._status(self.tr("Opkaldet findes ikke længere."), error=True)
            self._show_banner()
            return
        self._show_session()
        if held is not None and held is not session:
            self._say_held(held)
        self._show_banner()

    def switch_to(self, session: CallSession) -> None:
        """Show another open call; what was typed in the one shown stays with it."""
        if session is self.session:
            self._show_strip()
            return
        held = self.session
        self._sync_form()
        self.desk.activate(session)
        self._show_session()
        if held is not None:
            self._say_held(held)
        self._show_banner()

    def switch_to_number(self, number: int) -> None:
        """Ctrl+1…9: the n-th call in the strip."""
        if 1 <= number <= len(self.desk.sessions):
            self.switch_to(self.desk.sessions[number - 1])

    def _say_held(self, held: CallSession) -> None:
        who = held.label() or self.tr("et opkald uden navn")
        number = self.desk.number_of(held)
        if held.dirty and held.last_error is not None:
            self._status(self.tr("{who} er sat på hold ({n}. i rækken øverst) med det du skrev; "
                                 "det er ikke gemt endnu, men bliver gemt, så snart databasen "
                                 "kan bruges igen.").format(who=who, n=number), error=True)
        else:
            self._status(self.tr("{who} er sat på hold og gemt – Ctrl+{n} skifter tilbage.")
                         .format(who=who, n=number))

    def _show_session(self) -> None:
        session = self.session
        if session is None:
            self._show_no_call()
            return
        self._earlier_areas = ()
        self.form.set_form(session.form)
        self._set_active(True)
        self._history_caller = None
        if session.form.caller_id is None:
            self._clear_history()
            self.checklist.set_caller(None)
        self._load_ticks(session)
        self._after_change(lookup=True)
        if session.last_error is not None:
            self._status(message_of(session.last_error), error=True)
        else:
            self._status(self.tr("Opkald i gang – gemmes automatisk."))
        self._show_strip()

    def _show_no_call(self) -> None:
        self.form.clear()
        self.matches.clear()
        self.triage_label.hide()
        self._set_active(False)
        self._set_ticks(None)
        self._show_strip()

    def _load_ticks(self, session: CallSession) -> None:
        if session.call_id is None:
            self._set_ticks([])
            return
        try:
            self._set_ticks(list(ticked_faq(session.call_id)))
        except StorageUnavailable as error:
            self._set_ticks([])
            self._status(message_of(error), error=True)

    def _show_strip(self) -> None:
        self.strip.show_desk(self.desk)
        self._order_top()

    def _order_top(self) -> None:
        """Tab as the eye reads: the buttons, the open calls under them, the banner of
        unfinished calls, then the form (the strip's buttons are made anew as calls come)."""
        chain = [self.sheet_button, *self.strip.buttons(), self.resume_button,
                 self.discard_button, self.form.phone_edit]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._tell_on_line()

    def _tell_on_line(self) -> None:
        """The other desks learn which callers are on the line here (when it changed)."""
        if self.events is not None:
            callers = frozenset(s.form.caller_id for s in self.desk.sessions
                                if s.form.caller_id is not None)
            calls = frozenset(s.call_id for s in self.desk.sessions if s.call_id is not None)
            self.events.set_on_line(callers, calls)

    def show_on_line(self) -> None:
        """Mark the caller shown when another desk has them on the line."""
        desks = self.events.roster.on_line(self._history_caller) if self.events else []
        if desks:
            self.on_line_label.setText(self.tr("I telefonen hos {desks}").format(
                desks=", ".join(desk.label for desk in desks)))
        self.on_line_label.setVisible(bool(desks))
        for row in range(self.matches.count()):
            item = self.matches.item(row)
            text = item.text().split(ON_LINE_MARK)[0]
            elsewhere = (self.events.roster.on_line(item.data(CALLER_ROLE))
                         if self.events else [])
            if elsewhere:
                text += ON_LINE_MARK + self.tr("i telefonen hos {desks}").format(
                    desks=", ".join(desk.name for desk in elsewhere))
            item.setText(text)

    def end_call(self) -> None:
        if self.session is None:
            return
        self._sync_form()
        dialog = EndCallDialog(self.session.form, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            outcomes, due, reason = (dialog.outcomes(), dialog.callback_due(),
                                     dialog.callback_reason.text())
            forced, consultation = dialog.forced, dialog.consultation()
        finally:  # one per call: kept as the panel's child it would live all day
            dialog.deleteLater()
        self.finish_call(outcomes, callback_due=due, callback_reason=reason, force=forced,
                         consultation=consultation)

    def finish_call(self, outcome, *, callback_due=None, callback_reason: str = "",
                    force: bool = False, consultation=None) -> EndResult | None:
        """End the active call; on failure the form stays as typed and says why.

        ``outcome`` is one code or several; ``consultation`` (a date and a time, or
        None) is written into the checklist when the call is booked.
        """
        session = self.session
        if session is None:
            return None
        self._sync_form()
        try:
            result = self.desk.end(session, outcome, callback_due=callback_due,
                                   callback_reason=callback_reason, force=force)
        except InvalidForm as problems:
            self.form.show_problems(problems.problems)
            self._status(self.tr("Opkaldet er ikke gemt: ret de markerede felter."), error=True)
            return None
        except StorageUnavailable as error:
            self._status(message_of(error) + " " + self.tr("Opkaldet er ikke gemt – prøv igen."),
                         error=True)
            return None
        except UnknownCall:
            self._drop_gone(session)
            return None
        except EndKeptLocally as kept:
            if self.session is not None:
                self._show_session()
            else:
                self._show_no_call()
            self._status(message_of(kept), error=True)
            return None
        except ChangedElsewhere as conflict:
            if not self._resolve_conflict(session, conflict):
                return None
            return self.finish_call(outcome, callback_due=callback_due,
                                    callback_reason=callback_reason, force=force,
                                    consultation=consultation)
        self.last_caller_id = result.caller_id
        booked = "booked" in result.outcomes and result.caller_id is not None
        if booked:
            self._book(result.caller_id, consultation)
        minutes, seconds = divmod(result.duration_seconds, 60)
        saved = self.tr("Opkaldet er gemt ({m}:{s:02d}).").format(m=minutes, s=seconds)
        if self.session is not None:  # the next call on hold comes forward
            self._show_session()
            who = self.session.label() or self.tr("opkaldet uden navn")
            self._status(saved + " " + self.tr("Nu vises {who}, som var på hold.")
                         .format(who=who))
        else:
            self._show_no_call()
            if result.caller_id is not None:
                self._show_history(result.caller_id)
                if booked:
                    self.checklist.set_caller(result.caller_id)
                    self.checklist.select_step("booking")
                    self.side_tabs.setCurrentWidget(self.checklist)
            else:
                self._clear_history()
                self.checklist.set_caller(None)
            self._status(saved)
        self.call_ended.emit(result)
        return result

    def use_journal(self, journal: OfflineJournal) -> None:
        """Keep calls on this PC while the server is gone; take back those an earlier run
        kept (written to the server at the next autosave)."""
        self.desk.journal = journal
        for session in self.desk.sessions:
            session.journal = journal
        held = self.desk.recover()
        if held or self.desk.waiting:
            count = len(held) + len(self.desk.waiting)
            self._status(plural(count, self.tr("Et opkald gemt på denne PC, mens serveren var "
                                               "væk, skrives nu til serveren."),
                                self.tr("{n} opkald gemt på denne PC, mens serveren var væk, "
                                        "skrives nu til serveren.")))
            self._set_active(self.session is not None)
            self._show_strip()
        if journal.unreadable:  # damaged: said, and left for support, never deleted
            folder = str(journal.folder).replace("{", "{{").replace("}", "}}")  # for plural
            said = self.status_label.text() + " " if held or self.desk.waiting else ""
            one = self.tr("Et opkald gemt på denne PC kan ikke læses. Filen er ikke slettet; "
                          "den ligger i {folder}, så support kan se på den.")
            more = self.tr("{n} opkald gemt på denne PC kan ikke læses. Filerne er ikke "
                           "slettet; de ligger i {folder}, så support kan se på dem.")
            self._status(said + plural(len(journal.unreadable), one.replace("{folder}", folder),
                                       more.replace("{folder}", folder)), error=True)

    def _replay(self) -> None:
        """Write the calls ended while the server was gone; a conflict is shown as at once."""
        for session, outcome in self.desk.replay():
            if isinstance(outcome, ChangedElsewhere):
                choice = ask_conflict(outcome, self)
                if choice == EDIT:
                    self.desk.back_to_editing(session)
                    self._status(self.tr("Et opkald gemt på denne PC er sat på hold: {who} havde "
                                         "ændret personens oplysninger.").format(
                                             who=outcome.who), error=True)
                else:
                    keep = keep_theirs if choice == THEIRS else keep_mine
                    self.desk.resolve(session, keep(session.form, outcome))
                continue
            self._status(self.tr("Et opkald gemt på denne PC er nu skrevet til serveren."))
            self.call_ended.emit(outcome)
        self._show_strip()
        if not self.desk.waiting and self.session is None and not self.desk.sessions:
            self._set_active(False)

    def _resolve_conflict(self, session: CallSession, conflict: ChangedElsewhere) -> bool:
        """Another desk saved this person's details meanwhile: show both, let her choose.

        True: end the call again (their details, mine kept in the notes; or mine on top,
        knowingly). False: back to the form, nothing saved, everything typed still there.
        """
        choice = ask_conflict(conflict, self)
        if choice == EDIT:
            self._status(self.tr("Opkaldet er ikke gemt endnu: {who} havde ændret personens "
                                 "oplysninger. Ret det, du vil, og afslut igen.")
                         .format(who=conflict.who), error=True)
            return False
        form = (keep_theirs if choice == THEIRS else keep_mine)(session.form, conflict)
        session.update(form)
        self.form.set_form(form)
        return True

    def flush(self) -> bool:
        """Write what is typed now (autosave tick, focus change, before anything else).

        Every open call with unsaved text is tried, not only the one shown.
        """
        self._sync_form()
        if self.desk.waiting:
            self._replay()
        if not self.desk.unsaved() and not self.desk.gone():
            return True
        failed = self.desk.flush_all()
        for session in self.desk.gone():
            self._drop_gone(session)
        active = self.session
        if not failed:
            now = datetime.now(UTC)
            self._status(self.tr("Gemt kl. {time}").format(time=local_time(now)[-5:]))
            self._show_strip()
            return True
        stuck = [s for s in failed if not s.gone]
        if stuck:
            error = stuck[0].last_error
            message = message_of(error) + " " if error is not None else ""
            if all(s.kept_locally and not isinstance(s.last_error, LocalCopyFailed)
                   for s in stuck):  # the PC has each call as typed now
                message = self.tr("Databaseserveren kan ikke nås. Det du skriver gemmes på "
                                  "denne PC og skrives til serveren, når den er tilbage.")
            elif active in stuck and len(stuck) == 1:
                message += self.tr("Det du har skrevet er bevaret; der prøves igen.")
            else:
                message += self.tr("Det du har skrevet i {n} opkald er bevaret i rækken "
                                   "øverst; der prøves igen.", "", len(stuck)).format(
                                       n=len(stuck))
            self._status(message, error=True)
        self._show_strip()
        return False

    def _drop_gone(self, session: CallSession) -> None:
        """A call whose row was deleted (its person erased): off the desk, said plainly."""
        was_active = session is self.session
        self.desk.drop(session)
        if was_active:
            self._show_session()
        else:
            self._show_strip()
        self._status(self.tr("Et åbent opkald er lukket, fordi personen er slettet fra "
                             "kartoteket."), error=True)

    # --- drafts left behind ------------------------------------------------------------------

    def refresh_drafts(self) -> None:
        """Calls never ended (the app was closed or killed mid-call) go on hold in the strip.

        Reads the database (at start, and after a restore rebuilt the screens); the
        banner then says so until each has been opened or discarded (``_show_banner``).
        """
        try:
            drafts = unfinished_drafts()
        except StorageUnavailable as error:
            self._status(message_of(error), error=True)
            return
        adopted = {s.call_id for s in self.desk.adopt(d.call_id for d in reversed(drafts))}
        self._drafts += [d for d in drafts if d.call_id in adopted]
        self._show_strip()
        self._show_banner()

    def _show_banner(self) -> None:
        """The calls left behind that are still on hold and not yet opened (no database)."""
        open_ids = {s.call_id for s in self.desk.sessions}
        current = self.session.call_id if self.session else None
        self._drafts = [d for d in self._drafts if d.call_id in open_ids and d.call_id != current]
        if not self._drafts:
            self.drafts_banner.hide()
            return
        first = self._drafts[0]
        who = first.name or first.phone or self.tr("ukendt")
        text = self.tr("Et opkald blev ikke afsluttet: {who}, startet {when}. "
                       "Det ligger på hold øverst.").format(who=who,
                                                            when=local_time(first.started_at))
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
            call_id = self._drafts[0].call_id
            try:
                discard_draft(call_id, by=self.taken_by)
            except StorageUnavailable as error:
                self._status(message_of(error), error=True)
                return
            for session in list(self.desk.sessions):
                if session.call_id == call_id:
                    self.desk.drop(session)
            self._show_banner()

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
            lines = ["• " + tr(h.text) for h in hints] + ["<i>" + tr(DISCLAIMER) + "</i>"]
            self.triage_label.setText("<br>".join(lines))
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
            self._status(message_of(error), error=True)
            return
        self._show_matches(found)
        linked = self.session.form.caller_id if self.session else None
        exact = normalize_phone(phone) is not None
        unlinked = self.session is not None and self.session.unlinked_on_purpose
        if linked is None and exact and len(found) == 1 and not unlinked:
            self.choose(found[0].id)
        elif linked is not None and linked != self._history_caller:
            self._show_history(linked)  # typing in a linked call needs no new history

    def _show_matches(self, found: list[CallerSummary]) -> None:
        linked = self.session.form.caller_id if self.session else None
        self.matches.clear()
        for summary in found:
            place = " ".join(x for x in (summary.postcode, summary.town) if x)
            calls = self.tr("%n opkald", "", summary.call_count)
            details = " · ".join(x for x in (", ".join(summary.phones), place, calls) if x)
            name = summary.name or self.tr("(uden navn)")
            text = f"{name}\n{details}"
            item = QListWidgetItem(("✔ " if summary.id == linked else "") + text)
            item.setData(CALLER_ROLE, summary.id)
            self.matches.addItem(item)
        self.show_on_line()
        self._fit_matches()
        if len(found) > 1 and normalize_phone(self.form.phone_edit.text()):
            self._status(self.tr("{n} personer har dette nummer – vælg den rigtige.")
                         .format(n=len(found)))

    def _fit_matches(self) -> None:
        """The list as tall as its callers, up to two: the checklist below needs the room."""
        rows = [self.matches.sizeHintForRow(r) for r in range(min(self.matches.count(), 2))]
        frame = 2 * self.matches.frameWidth()
        self.matches.setFixedHeight(max(sum(rows), self.fontMetrics().height()) + frame + 4)

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
            self._status(message_of(error), error=True)
            return
        except UnknownCall:
            self._drop_gone(self.session)
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
        self._tell_on_line()
        self._after_change(lookup=False)
        for row in range(self.matches.count()):
            item = self.matches.item(row)
            text = item.text().removeprefix("✔ ")
            item.setText(("✔ " if item.data(CALLER_ROLE) == caller_id else "") + text)

    def _unlink_caller(self) -> None:
        if self.session is not None:
            self.session.unlinked_on_purpose = True
        self.choose(None)

    def _clear_history(self) -> None:
        self.history.clear()
        self._history_caller = None
        self.show_on_line()

    @property
    def history_caller(self) -> int | None:
        """Whose history the side panel shows."""
        return self._history_caller

    def reload_history(self) -> None:
        """Read the shown history again (another desk changed it); the checklist and
        the form are left as they are."""
        caller_id = self._history_caller
        if caller_id is None:
            return
        try:
            history = caller_history(caller_id)
        except (StorageUnavailable, LookupError):
            return  # the next change or showing the caller again reads it
        bar = self.history.verticalScrollBar()
        position = bar.value()
        self.history.setHtml(history_html(history))
        bar.setValue(position)

    def _show_history(self, caller_id: int) -> None:
        self._history_caller = caller_id
        try:
            history = caller_history(caller_id)
        except (StorageUnavailable, LookupError) as error:
            self._status(message_of(error), error=True)
            return
        self._earlier_areas = history.caller.pain_areas
        self.history.setHtml(history_html(history))
        note_view(caller_id, self.taken_by)
        self.checklist.set_caller(caller_id)
        self._update_sheet_button()
        self.show_on_line()

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

    def _book(self, caller_id: int, consultation) -> None:
        """The checklist of a booked caller, with the consultation's date and time if given."""
        day, at = consultation if consultation is not None else (None, None)
        try:
            book_consultation(caller_id, day, at, by=self.taken_by)
        except (StorageUnavailable, LookupError) as error:
            self._status(message_of(error), error=True)

    # --- the caller as a person, during the call ------------------------------------------------

    def register_person(self) -> int | None:
        """Make the active call's caller a person now (for a checklist, a booking or a sheet).

        Returns their id; None (and says why) when there is no call or nobody to register.
        """
        session = self.session
        if session is None:
            return None
        self._sync_form()
        if session.form.caller_id is not None:
            return session.form.caller_id
        self.flush()  # every open call; this one must have its row to be linked
        if not session.flush() or session.call_id is None:
            return None
        try:
            form = register_caller(session.call_id, session.form, by=self.taken_by)
        except NoIdentity as error:
            self._status(message_of(error), error=True)
            self.form.phone_edit.setFocus()
            return None
        except StorageUnavailable as error:
            self._status(message_of(error), error=True)
            return None
        except UnknownCall:
            self._drop_gone(session)
            return None
        session.update(form)
        session.dirty = False
        self.form.set_form(form)
        assert form.caller_id is not None
        self._show_history(form.caller_id)
        self._show_strip()
        return form.caller_id

    # --- information sheet ---------------------------------------------------------------------

    def sheet_caller(self) -> int | None:
        """Whom a sheet goes to: the caller of the running call, else of the call just ended."""
        if self.session is not None:
            return self.session.form.caller_id
        return self.last_caller_id

    def _update_sheet_button(self) -> None:
        caller = self.sheet_caller()
        can = caller is not None or (self.session is not None
                                     and self.session.form.has_identity())
        self.sheet_button.setEnabled(True)
        self.sheet_button.setToolTip(
            self.tr("Send informationsark (Ctrl+P)") if can else
            self.tr("Skriv først personens navn eller nummer.")
        )

    def send_sheet(self) -> None:
        caller_id = self.sheet_caller()
        if caller_id is None and self.session is not None:
            caller_id = self.register_person()  # a new caller becomes a person now
            if caller_id is None:
                return
        if caller_id is None:
            self._status(self.tr("Start et opkald eller vælg en person i Personer, før der "
                                 "sendes et informationsark."), error=True)
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
            self._status(message_of(error), error=True)
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
        # calls on hold are saved and timed too, and calls kept on the PC retried
        if active or self.desk.sessions or self.desk.waiting:
            self.autosave.start()
            self.clock.start()
            self._tick()
        else:
            self.autosave.stop()
            self.clock.stop()
        if not active:
            self.timer_label.setText("")

    def _tick(self) -> None:
        if self.strip.isVisible():
            self._show_strip()
        if self.session is None:
            return
        elapsed = int((datetime.now(UTC) - self.session.started_at).total_seconds())
        minutes, seconds = divmod(max(elapsed, 0), 60)
        self.timer_label.setText(self.tr("Varighed {m}:{s:02d}").format(m=minutes, s=seconds))

    def _status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(
            f"color:{ERROR}; font-weight:bold" if error else "color:#555")
        if error:  # the words only: a status line may name the caller, the log must not
            log.warning("Opkaldsskærm viser en fejl (%d tegn)", len(text))
