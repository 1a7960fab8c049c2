"""The checklist of one caller: six steps with status and data, one step edited at a time.

All data goes through ``reception.checklist``; the view only shows and forwards.
Choosing another step or caller first saves what was typed (like the call form).
Doubtful input is saved and the warnings shown; a date that cannot be read is
not saved and the field says why, keeping what was typed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reception.checklist import (
    STEP_IDS,
    Booking,
    Checklist,
    InvalidDate,
    ReasonRequired,
    StepStatus,
    StorageUnavailable,
    ensure_checklist,
    load_checklist,
    save_step,
)
from reception.content import Content
from reception.store.versions import ChangedElsewhere
from ui.checklist.editors import EDITORS, BookingEditor, StepEditor
from ui.checklist.step_row import StepRow
from ui.colours import ERROR, WARNING, WARNING_BACKGROUND
from ui.conflict_dialog import EDIT, MINE, field_labels, shown
from ui.conflict_dialog import ask as ask_conflict
from ui.flow_layout import FlowLayout
from ui.messages import message_of

log = logging.getLogger(__name__)

WARNING_STYLE = f"background:{WARNING_BACKGROUND}; color:{WARNING}; padding:6px; border-radius:4px"
ERROR_STYLE = f"color:{ERROR}; font-weight:bold"


class ChecklistView(QWidget):
    explain_requested = Signal(str)  # "step:<id>", for the knowledge panel
    changed = Signal(int)  # caller id, after anything was saved or created

    def __init__(self, content: Content, user: str = "", parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.setObjectName("checklistView")
        self.user = user
        self._today = today
        self._steps = {step.id: step for step in content.steps}
        self.caller_id: int | None = None
        self.checklist: Checklist | None = None
        self.current_step = STEP_IDS[0]
        self._dirty = False
        self._editing_from: Checklist | None = None  # the checklist as the editing began
        # Set by the call screen: makes the caller of the running call a person (their
        # id, or None when there is nobody to register yet), so that a checklist can be
        # started while they are still on the line.
        self.register_person: Callable[[], int | None] | None = None
        self._booking_shown: Booking | None = None  # warned about; a second »Gem« saves it

        self.heading = QLabel(self.tr("Tjekliste"), self)
        self.heading.setObjectName("checklistHeading")
        self.heading.setStyleSheet("font-weight:bold; font-size:12pt")
        self.heading.setWordWrap(True)  # a long name wraps instead of widening the column
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("checklistProgress")
        self.progress_label.setStyleSheet("font-weight:bold")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, len(STEP_IDS))
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumWidth(120)
        self.progress_bar.setMinimumWidth(40)
        self.progress_bar.setMaximumHeight(10)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.progress_bar)
        head.addWidget(self.progress_label)

        self.empty = QLabel(self)
        self.empty.setObjectName("checklistEmpty")
        self.empty.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Opret tjekliste"), self)
        self.create_button.setObjectName("createChecklistButton")
        self.create_button.clicked.connect(self.create)

        self.rows: dict[str, StepRow] = {}
        rows_box = QVBoxLayout()
        rows_box.setSpacing(1)
        for step_id in STEP_IDS:
            step = self._steps.get(step_id)
            if step is None:  # the content file lacks it: reported at start, skipped here
                continue
            row = StepRow(step, self)
            row.chosen.connect(self.select_step)
            row.explain.connect(self._explain)
            self.rows[step_id] = row
            rows_box.addWidget(row)

        self.editor_box = QFrame(self)
        self.editor_box.setObjectName("stepEditorBox")
        self.editor_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.editor_title = QLabel(self.editor_box)
        self.editor_title.setObjectName("stepEditorTitle")
        self.editor_title.setStyleSheet("font-weight:bold")
        self.editor_short = QLabel(self.editor_box)
        self.editor_short.setObjectName("stepEditorShort")
        self.editor_short.setWordWrap(True)
        self.editor_short.setStyleSheet("color:#555; font-style:italic")
        self.explain_button = QPushButton(self.tr("Forklaring"), self.editor_box)
        self.explain_button.setObjectName("explainStepButton")
        self.explain_button.setToolTip(self.tr("Vis trinnets forklaring i Klinikkens viden"))
        self.explain_button.clicked.connect(lambda: self._explain(self.current_step))
        self.editors: dict[str, StepEditor] = {}
        self.stack = QStackedWidget(self.editor_box)
        for editor_class in EDITORS:
            editor = editor_class(self.stack)
            editor.edited.connect(self._mark_dirty)
            self.editors[editor.step] = editor
            self.stack.addWidget(editor)
        booking_editor = self.editors["booking"]
        assert isinstance(booking_editor, BookingEditor)
        booking_editor.today = today

        self.status_group = QButtonGroup(self)
        self.status_buttons: dict[StepStatus, QRadioButton] = {}
        status_row = FlowLayout(spacing=8)  # wraps in a narrow column
        status_row.addWidget(QLabel(self.tr("Status:"), self.editor_box))
        for status, label in ((StepStatus.MISSING, self.tr("Mangler")),
                              (StepStatus.DONE, self.tr("Klaret")),
                              (StepStatus.NOT_RELEVANT, self.tr("Ikke relevant"))):
            button = QRadioButton(label, self.editor_box)
            button.setObjectName(f"status_{status.value}")
            button.toggled.connect(self._status_toggled)
            self.status_group.addButton(button)
            self.status_buttons[status] = button
            status_row.addWidget(button)
        self.reason_edit = QLineEdit(self.editor_box)
        self.reason_edit.setObjectName("notRelevantReasonEdit")
        self.reason_edit.setPlaceholderText(self.tr("Hvorfor ikke relevant?"))
        self.reason_edit.textEdited.connect(self._mark_dirty)

        self.save_button = QPushButton(self.tr("Gem"), self.editor_box)
        self.save_button.setObjectName("saveStepButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(self.editor_box)
        self.message.setObjectName("checklistMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        title_row = QHBoxLayout()
        title_row.addWidget(self.editor_title, 1)
        title_row.addWidget(self.explain_button)
        save_row = QHBoxLayout()  # the status and Gem share a line: short screens
        save_row.addLayout(status_row, 1)
        save_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        editor_layout = QVBoxLayout(self.editor_box)
        editor_layout.setSpacing(4)
        editor_layout.addLayout(title_row)
        editor_layout.addWidget(self.editor_short)
        editor_layout.addWidget(self.stack)
        editor_layout.addLayout(save_row)
        editor_layout.addWidget(self.reason_edit)
        editor_layout.addWidget(self.message)

        self.body = QWidget(self)
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(rows_box)
        body_layout.addWidget(self.editor_box)
        body_layout.addStretch(1)
        # In a short window the steps and the editor scroll (vertically only: the rows
        # and the editor wrap to the width they get).
        self.body_scroll = QScrollArea(self)
        self.body_scroll.setObjectName("checklistScroll")
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body_scroll.setWidget(self.body)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(head)
        layout.addWidget(self.empty)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body_scroll, 1)
        layout.addStretch(0)  # takes the space only while the body is hidden
        self.set_caller(None)

    # --- which caller -------------------------------------------------------------------

    def set_caller(self, caller_id: int | None) -> None:
        """Show ``caller_id``'s checklist (None: nobody). Saves what was typed first.

        The same caller again only refreshes: what is being typed stays in the editor.
        """
        if caller_id is not None and caller_id == self.caller_id:
            self.refresh()
            return
        saved = self.flush()
        self.caller_id = caller_id
        self.checklist = None
        self._dirty = False
        if saved:  # otherwise the message says what could not be saved
            self._clear_message()
        if caller_id is not None:
            try:
                self.checklist = load_checklist(caller_id, self._today())
            except StorageUnavailable as error:
                self._show_message(message_of(error), error=True)
        self._show()

    def refresh(self) -> None:
        """Reload the current caller's checklist (e.g. after the call ended as booked)."""
        dirty_step = self.current_step if self._dirty else None
        if self.caller_id is None:
            return
        try:
            self.checklist = load_checklist(self.caller_id, self._today())
        except StorageUnavailable as error:
            self._show_message(message_of(error), error=True)
            return
        self._show(keep_editor=dirty_step is not None)

    def create(self) -> None:
        """Create the checklist of a caller who has none (normally done on booking)."""
        if self.caller_id is None and self.register_person is not None:
            caller_id = self.register_person()
            if caller_id is None:
                return
            self.set_caller(caller_id)
        if self.caller_id is None:
            return
        try:
            ensure_checklist(self.caller_id, by=self.user)
        except (StorageUnavailable, LookupError) as error:
            self._show_message(message_of(error), error=True)
            return
        self.refresh()
        self.changed.emit(self.caller_id)

    def _show(self, keep_editor: bool = False) -> None:
        checklist = self.checklist
        has = checklist is not None
        self.body.setVisible(has)
        self.body_scroll.setVisible(has)
        self.progress_bar.setVisible(has)
        self.progress_label.setVisible(has)
        self.empty.setVisible(not has)
        can_register = self.caller_id is None and self.register_person is not None
        self.create_button.setVisible(not has and (self.caller_id is not None or can_register))
        if self.caller_id is None:
            self.heading.setText(self.tr("Tjekliste"))
            if can_register:
                self.empty.setText(self.tr("Personen er ikke i kartoteket endnu. Opret "
                                           "tjeklisten nu, så gemmes personen med det samme."))
            else:
                self.empty.setText(self.tr("Vælg en person for at se tjeklisten."))
            return
        if checklist is None:
            self.heading.setText(self.tr("Tjekliste"))
            self.empty.setText(self.tr("Ingen tjekliste endnu. Opret den nu, eller den "
                                       "oprettes, når opkaldet afsluttes som booket."))
            return
        name = checklist.caller_name or self.tr("(uden navn)")
        self.heading.setText(self.tr("Tjekliste · {name}").format(name=name))
        self.progress_label.setText(self.tr("{done} af {steps}").format(
            done=checklist.done_count, steps=len(STEP_IDS)))
        self.progress_bar.setValue(checklist.done_count)
        for row in self.rows.values():
            row.show_checklist(checklist)
        if not keep_editor:
            self._load_editor()

    # --- one step -----------------------------------------------------------------------

    def select_step(self, step_id: str) -> None:
        """Edit ``step_id``; what was typed in the step before is saved first."""
        if step_id != self.current_step and not self.flush(confirm=True):
            return  # a date that cannot be read: stay so it can be corrected
        self.current_step = step_id
        self._clear_message()
        self._load_editor()

    def _load_editor(self) -> None:
        step_id = self.current_step
        for row_id, row in self.rows.items():
            row.set_selected(row_id == step_id)
        step = self._steps.get(step_id)
        self.editor_title.setText(f"{step.number}. {step.title}" if step else step_id)
        self.editor_short.setText(step.short if step else "")
        editor = self.editors[step_id]
        for other in self.editors.values():  # the stack as tall as this editor, not the tallest
            policy = QSizePolicy.Policy.Preferred if other is editor else QSizePolicy.Policy.Ignored
            other.setSizePolicy(policy, policy)
        self.stack.setCurrentWidget(editor)
        self.stack.adjustSize()
        if self.checklist is not None:
            editor.load(self.checklist)
            state = self.checklist.states[step_id]
            self.status_buttons[state.status].setChecked(True)
            self.reason_edit.setText(state.reason)
            self.reason_edit.setVisible(state.status is StepStatus.NOT_RELEVANT)
        self._dirty = False
        self._reset_confirmation()

    def _status_toggled(self, on: bool) -> None:
        if not on:
            return
        not_relevant = self.status_buttons[StepStatus.NOT_RELEVANT].isChecked()
        self.reason_edit.setVisible(not_relevant)
        if not_relevant and not self.reason_edit.text().strip():
            self.reason_edit.setFocus()
        self._mark_dirty()

    def _chosen_status(self) -> StepStatus:
        for status, button in self.status_buttons.items():
            if button.isChecked():
                return status
        return StepStatus.MISSING

    def _mark_dirty(self) -> None:
        if not self._dirty:  # the version this editing starts from (store.versions)
            self._editing_from = self.checklist
        self._dirty = True
        self._reset_confirmation()

    @property
    def dirty(self) -> bool:
        return self._dirty

    def flush(self, confirm: bool = False) -> bool:
        """Save the step being edited if anything was typed; False when it could not be.

        ``confirm``: a doubtful booking waits for »Gem alligevel« (when the receptionist
        moves to another step); otherwise (another caller, closing) it is saved and the
        warning shown, so nothing typed is lost.
        """
        if not self._dirty or self.checklist is None:
            return True
        return self._save(confirm=confirm)

    def save(self) -> bool:
        """Save the step being edited: its data and status (»Gem«).

        A booking on a closed day, in the past or at a time already taken is not saved on
        the first »Gem«: the warnings are shown and the button becomes »Gem alligevel«;
        pressing it saves, changing the date or time asks again.
        """
        return self._save(confirm=True)

    def _save(self, *, confirm: bool, on_top_of: int | None = None) -> bool:
        """``on_top_of``: another desk's version the receptionist chose to save over."""
        if self.caller_id is None or self.checklist is None:
            return False
        try:
            data = self.editors[self.current_step].data()
        except InvalidDate as error:
            self._show_message(self.tr("Ikke gemt: {problem}").format(problem=error), error=True)
            return False
        if confirm and isinstance(data, Booking) and not self._booking_confirmed(data):
            return False
        try:
            started = on_top_of if on_top_of is not None else (
                self._editing_from or self.checklist)
            result = save_step(self.caller_id, data, status=self._chosen_status(),
                               reason=self.reason_edit.text(), by=self.user, today=self._today(),
                               started_from=started)
        except ReasonRequired as error:
            self._show_message(self.tr("Ikke gemt: {problem}").format(problem=error), error=True)
            self.reason_edit.setFocus()
            return False
        except StorageUnavailable as error:
            self._show_message(message_of(error), error=True)
            return False
        except ChangedElsewhere as conflict:
            return self._resolve_conflict(conflict)
        self._dirty = False
        self._editing_from = None
        self._reset_confirmation()
        self.checklist = result.checklist
        self._show(keep_editor=True)
        self.reason_edit.setText(result.checklist.states[self.current_step].reason)
        if result.warnings:
            self._show_message("\n".join(f"⚠ {message_of(w)}" for w in result.warnings))
        else:
            self._show_message(self.tr("Gemt."), quiet=True)
        self.changed.emit(self.caller_id)
        return True

    def _resolve_conflict(self, conflict: ChangedElsewhere) -> bool:
        """Another desk saved this step meanwhile: both shown, the receptionist chooses."""
        choice = ask_conflict(conflict, self)
        if choice == MINE:
            return self._save(confirm=False, on_top_of=conflict.version)
        if choice == EDIT:
            self._show_message(self.tr("Ikke gemt endnu: {who} havde ændret trinnet. Det du "
                                       "skrev står her stadig.").format(who=conflict.who),
                               error=True)
            return False
        typed = "; ".join(f"{labels.get(c.field, c.field)}: {shown(c.mine)}"
                          for labels in [field_labels()] for c in conflict.changes)
        self._dirty = False
        self._editing_from = None
        self.refresh()
        self._show_message(self.tr("Ændringen fra {who} er beholdt. Du havde skrevet: {typed}")
                           .format(who=conflict.who, typed=typed))
        return True

    def _booking_confirmed(self, data: Booking) -> bool:
        """True when the booking may be saved: the day and time as stored already (only the
        areas changed), no warnings, or »Gem alligevel« pressed."""
        stored = self.checklist.booking if self.checklist is not None else None
        if stored is not None and (stored.consultation_date, stored.consultation_time) == (
                data.consultation_date, data.consultation_time):
            return True
        editor = self.editors["booking"]
        assert isinstance(editor, BookingEditor)
        warnings = editor.check()
        if not warnings or self._booking_shown == data:
            return True
        self._booking_shown = data
        lines = [f"⚠ {message_of(w)}" for w in warnings]
        lines.append(self.tr("Ikke gemt endnu. Tryk »Gem alligevel« for at gemme, "
                             "eller ret dato og klokkeslæt."))
        self._show_message("\n".join(lines))
        self.save_button.setText(self.tr("Gem alligevel"))
        return False

    def _reset_confirmation(self) -> None:
        if self._booking_shown is not None:
            self._booking_shown = None
            self.save_button.setText(self.tr("Gem"))

    # --- small things -------------------------------------------------------------------

    def _explain(self, step_id: str) -> None:
        self.explain_requested.emit(f"step:{step_id}")

    def _show_message(self, text: str, *, error: bool = False, quiet: bool = False) -> None:
        self.message.setText(text)
        style = ERROR_STYLE if error else ("color:#555" if quiet else WARNING_STYLE)
        self.message.setStyleSheet(style)
        self.message.show()
        if error:
            log.warning("Tjekliste: %s", text)

    def _clear_message(self) -> None:
        self.message.clear()
        self.message.hide()

    @property
    def warnings_text(self) -> str:
        return "" if self.message.isHidden() else self.message.text()
