"""Call handling: the use cases the call screen calls. No Qt; no widget saves a model itself.

Open the database first (``reception.store.open_database(path)``). Then:

Knowing the caller (``lookup``, ``history``)
    find_callers_by_phone(text) -> list[CallerSummary]
    search_callers(text, limit=50) -> list[CallerSummary]
    caller_history(caller_id, today=None) -> CallerHistory      (badge "3. opkald · …")

Logging the call (``drafts``, ``ending``, ``session``)
    start_call(phone=None, direction="in", taken_by="") -> int  (a draft Call)
    load_call_form(call_id) -> CallForm
    save_draft(call_id, form) -> bool                           (as typed, never refuses)
    choose_caller(call_id, caller_id | None, form) -> CallForm
    register_caller(call_id, form, by="") -> CallForm            (a person mid-call)
    end_call(call_id, form, outcome, *, callback_due=None, callback_reason="",
             force=False) -> EndResult                          (raises InvalidForm)
    unfinished_drafts() -> list[DraftSummary]; discard_draft(call_id, by="")
    CallSession: holds the form, autosaves with retry (``update``/``flush``/``end``)
    CallDesk: every open call at one desk (one active, the rest on hold)

The form (``form``, ``validation``, ``triage``, ``vocabulary``)
    CallForm; validate_form(form, outcome=None) -> dict[field, Danish message]
    triage(form, today=None, earlier_areas=()) -> list[TriageHint]; DISCLAIMER
    PAIN_AREAS, TREATMENTS, OUTCOMES, DURATION_UNITS, PREFERRED_CONTACT: code → label

Callbacks and notes (``callbacks``, ``notes``)
    due_callbacks(today=None) -> list[CallbackEntry]
    callbacks_ahead(today=None, days=14) -> list[CallbackEntry]   overdue, today, coming
    due_callback_count(today=None) -> int
    start_callback_call(callback_id, taken_by="") -> int
    record_callback_attempt(callback_id, by="") -> int
    complete_callback(callback_id, call_id=None, by="")
    add_note(caller_id, text, author="", call_id=None) -> int

Several desks (``conflicts``, ``offline``; ``reception.store.versions``)
    end_call raises ChangedElsewhere (code ``changed_elsewhere``: fields, their value,
    mine, who, when) when another desk saved other caller details since the form was
    filled; keep_theirs(form, conflict) / keep_mine(form, conflict), then end again.
    CallDesk(taken_by, journal=OfflineJournal(journal_folder(root))): while the server
    is gone each open call is kept on the PC too; ending raises EndKeptLocally;
    recover() and replay() write the kept calls when the server is back.

Every function raises ``StorageUnavailable`` (reception.store.errors; ``.message``
in Danish) when the database is locked beyond the busy timeout, read-only, full
or unreadable; nothing typed is lost, the same call can be retried.
"""

from reception.calls.callbacks import (
    CallbackEntry,
    UnknownCallback,
    callbacks_ahead,
    complete_callback,
    due_callback_count,
    due_callbacks,
    record_callback_attempt,
    start_callback_call,
)
from reception.calls.desk import CallDesk
from reception.calls.drafts import (
    DraftSummary,
    NoIdentity,
    UnknownCall,
    choose_caller,
    discard_draft,
    load_call_form,
    register_caller,
    save_draft,
    start_call,
    unfinished_drafts,
)
from reception.calls.ending import CallNotDraft, EndResult, InvalidForm, end_call
from reception.calls.form import CallForm
from reception.calls.history import CallerHistory, UnknownCaller, caller_history
from reception.calls.lookup import CallerSummary, find_callers_by_phone, search_callers
from reception.calls.notes import add_note
from reception.calls.session import CallSession
from reception.calls.triage import DISCLAIMER, TriageHint, triage
from reception.calls.validation import parse_pain_since, validate_form
from reception.calls.vocabulary import (
    DURATION_UNITS,
    OUTCOMES,
    PAIN_AREAS,
    PREFERRED_CONTACT,
    TREATMENTS,
)
from reception.store.errors import StorageUnavailable

__all__ = [
    "DISCLAIMER", "DURATION_UNITS", "OUTCOMES", "PAIN_AREAS", "PREFERRED_CONTACT", "TREATMENTS",
    "CallForm", "CallNotDraft", "CallSession", "CallbackEntry", "CallerHistory", "CallerSummary",
    "CallDesk", "DraftSummary", "EndResult", "InvalidForm", "NoIdentity", "StorageUnavailable",
    "TriageHint",
    "UnknownCall", "UnknownCallback", "UnknownCaller",
    "add_note", "caller_history", "choose_caller", "complete_callback", "discard_draft",
    "callbacks_ahead", "due_callback_count",
    "due_callbacks", "end_call", "find_callers_by_phone", "load_call_form", "parse_pain_since",
    "record_callback_attempt", "register_caller", "save_draft", "search_callers", "start_call",
    "start_callback_call", "triage", "unfinished_drafts", "validate_form",
]
