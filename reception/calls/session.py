"""``CallSession``: one call in progress, as the call screen holds it. No Qt, no threads.

The screen calls ``update(form)`` on every edit (no I/O) and ``flush()`` from a
one-second timer and on focus changes. ``flush`` writes only when something
changed; when the database is locked, read-only or full it keeps the form,
remembers the error (``last_error``, a Danish message for the status line) and
returns False, and the next ``flush`` tries again. Even the draft row itself is
created lazily, so a call started while the database is locked loses nothing.

    session = CallSession.start(phone="23394977", taken_by="Mette")
    show(session.form)            # pre-filled when the number is known
    session.update(form); session.flush()
    result = session.end("booked")
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from reception.calls.drafts import (
    UnknownCall,
    load_call_form,
    load_call_state,
    save_draft,
    start_call,
)
from reception.calls.ending import EndResult, end_call
from reception.calls.form import CallForm
from reception.calls.offline import SERVER_DOWN, Ending, KeptCall, OfflineJournal, new_key
from reception.store.errors import StorageUnavailable
from reception.store.fields import utc_now


class CallSession:
    def __init__(
        self,
        call_id: int | None,
        form: CallForm,
        *,
        phone: str | None = None,
        direction: str = "in",
        taken_by: str = "",
        started_at: datetime | None = None,
    ) -> None:
        self.call_id = call_id
        self.form = form
        self.direction = direction
        self.taken_by = taken_by
        self.started_at = started_at or utc_now()
        self._phone = phone
        self.dirty = call_id is None
        self.last_error: StorageUnavailable | None = None
        self.gone = False  # the call's row was deleted meanwhile (its person erased)
        self.unlinked_on_purpose = False  # "Ny person": do not link a matching caller
        # The server was gone: the form is kept on the PC too (``offline``), and an
        # ending made meanwhile waits in ``ending`` until the server is back.
        self.journal: OfflineJournal | None = None
        self.key = new_key()
        self.kept_locally = False
        self.ending: Ending | None = None

    @classmethod
    def start(
        cls, phone: str | None = None, direction: str = "in", taken_by: str = ""
    ) -> CallSession:
        """A new call; the draft row is created now, or at the next flush if storage fails."""
        session = cls(None, CallForm(phone=phone or ""), phone=phone, direction=direction,
                      taken_by=taken_by)
        session.flush()
        return session

    @classmethod
    def resume(cls, call_id: int) -> CallSession:
        """Continue a draft from ``unfinished_drafts()``."""
        form, started_at, direction, taken_by = load_call_state(call_id)
        return cls(call_id, form, direction=direction, taken_by=taken_by, started_at=started_at)

    @classmethod
    def from_kept(cls, kept: KeptCall) -> CallSession:
        """A call read back from the desk's journal, to be written to the server."""
        session = cls(kept.call_id, kept.form, phone=kept.phone, direction=kept.direction,
                      taken_by=kept.taken_by, started_at=kept.started_at)
        session.key = kept.key
        session.kept_locally = True
        session.ending = kept.ending
        session.dirty = True
        return session

    def kept(self) -> KeptCall:
        """The call as the desk's journal holds it."""
        return KeptCall(self.key, self.form, self.started_at, self.direction, self.taken_by,
                        self._phone, self.call_id, self.ending)

    def keep_locally(self) -> bool:
        """Write the call to the desk's journal (the server is gone); False without one."""
        if self.journal is None or not self.journal.keep(self.kept()):
            return False
        self.kept_locally = True
        return True

    def _server_has_it(self) -> None:
        if self.kept_locally and self.journal is not None and self.ending is None:
            self.journal.forget(self.key)
            self.kept_locally = False

    def label(self) -> str:
        """Who the call is with, as typed so far: the name, else the number, else ""."""
        return self.form.name.strip() or self.form.phone.strip()

    def update(self, form: CallForm) -> None:
        """Remember what the form shows now; written at the next ``flush``."""
        if form != self.form:
            self.form = form
            self.dirty = True

    def flush(self) -> bool:
        """Write pending changes; False (with ``last_error``) when storage is unavailable.

        False too, with ``gone`` set, when the call's row was deleted meanwhile (its
        person erased from the register): there is nothing left to write it to.
        """
        if self.gone:
            return False
        if not self.dirty:
            return True
        try:
            if self.call_id is None:
                self.call_id = start_call(self._phone, self.direction, self.taken_by,
                                          now=self.started_at)
                stored = load_call_form(self.call_id)
                if self.form == CallForm(phone=self._phone or ""):
                    self.form = stored  # pre-filled with a known caller
            save_draft(self.call_id, self.form)
        except StorageUnavailable as error:
            self.last_error = error
            if error.code in SERVER_DOWN and not self.keep_locally() and self.journal:
                self.last_error = self.journal.last_error or error  # the PC refused it too
            return False
        except UnknownCall:
            self.gone = True
            return False
        self.dirty = False
        self.last_error = None
        self._server_has_it()
        return True

    def end(
        self,
        outcome: str | Iterable[str],
        *,
        callback_due: date | None = None,
        callback_reason: str = "",
        force: bool = False,
        now: datetime | None = None,
        today: date | None = None,
    ) -> EndResult:
        """Flush and end the call (see ``end_call``).

        Raises ``StorageUnavailable`` (the form is kept: call ``end`` again) and
        ``InvalidForm`` like ``end_call``.
        """
        if not self.flush():
            if self.gone:
                assert self.call_id is not None
                raise UnknownCall(self.call_id)
            assert self.last_error is not None
            raise self.last_error
        assert self.call_id is not None
        return end_call(self.call_id, self.form, outcome, callback_due=callback_due,
                        callback_reason=callback_reason, force=force, now=now, today=today)
