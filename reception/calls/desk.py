"""``CallDesk``: every call open at one desk, one active and the others on hold.

A phone desk is interrupted: a second line rings mid-call, a screen pop arrives,
the receptionist rings someone back while a caller waits. Starting or opening a
call never ends or hides the running one; it is put on hold (its form flushed
when storage allows, and kept in memory when it does not) and stays in
``sessions`` until it is ended or discarded. No Qt; the call screen shows
``sessions`` as a strip and the active one in its form.

    desk = CallDesk(taken_by="Mette")
    first = desk.start("23394977")
    second = desk.start("40404040")    # first is on hold, second is active
    desk.activate(first)
    desk.end(first, ("booked",))        # second becomes active again
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from reception.calls.drafts import UnknownCall
from reception.calls.ending import EndResult
from reception.calls.session import CallSession


class CallDesk:
    def __init__(self, taken_by: str = "") -> None:
        self.taken_by = taken_by
        self.sessions: list[CallSession] = []
        self.active: CallSession | None = None

    # --- opening --------------------------------------------------------------------------

    def start(self, phone: str | None = None, direction: str = "in") -> CallSession:
        """A new call, made active; the running one goes on hold, saved when storage allows."""
        self._park()
        session = CallSession.start(phone=phone, direction=direction, taken_by=self.taken_by)
        self.sessions.append(session)
        self.active = session
        return session

    def open(self, call_id: int) -> CallSession:
        """An unfinished call made active: the open one with that id, else resumed from storage.

        Raises ``StorageUnavailable`` or ``UnknownCall`` (nothing changes then).
        """
        for session in self.sessions:
            if session.call_id == call_id:
                self.activate(session)
                return session
        session = CallSession.resume(call_id)
        self._park()
        self.sessions.append(session)
        self.active = session
        return session

    def adopt(self, call_ids: Iterable[int]) -> list[CallSession]:
        """Put unfinished calls found at start on hold (not active); those already open are skipped.

        Raises ``StorageUnavailable``; calls that vanished meanwhile are skipped.
        """
        adopted = []
        open_ids = {s.call_id for s in self.sessions}
        for call_id in call_ids:
            if call_id in open_ids:
                continue
            try:
                session = CallSession.resume(call_id)
            except UnknownCall:
                continue
            self.sessions.append(session)
            adopted.append(session)
        return adopted

    def activate(self, session: CallSession | None) -> None:
        """Make ``session`` (one of ``sessions``) the active call; None: no call is active."""
        if session is self.active:
            return
        if session is not None and session not in self.sessions:
            raise ValueError("not a call of this desk")
        self._park()
        self.active = session

    # --- closing --------------------------------------------------------------------------

    def end(
        self,
        session: CallSession,
        outcomes: str | Iterable[str],
        *,
        callback_due: date | None = None,
        callback_reason: str = "",
        force: bool = False,
    ) -> EndResult:
        """End one call (see ``CallSession.end``); on success it leaves the desk.

        The active call after it: the one that was active, unless that was the call
        ended; then the call most recently put on hold, else none.
        """
        result = session.end(outcomes, callback_due=callback_due,
                             callback_reason=callback_reason, force=force)
        self.drop(session)
        return result

    def drop(self, session: CallSession) -> None:
        """Take a call off the desk (ended, discarded, or erased with its person)."""
        if session in self.sessions:
            self.sessions.remove(session)
        if self.active is session:
            self.active = self.sessions[-1] if self.sessions else None

    # --- saving ---------------------------------------------------------------------------

    def flush_all(self) -> list[CallSession]:
        """Write every call with pending changes; the calls that could not be written."""
        return [session for session in list(self.sessions) if not session.flush()]

    def unsaved(self) -> list[CallSession]:
        """Calls holding text that is not in the database yet."""
        return [session for session in self.sessions if session.dirty]

    def gone(self) -> list[CallSession]:
        """Calls whose row no longer exists (erased with their person meanwhile)."""
        return [session for session in self.sessions if session.gone]

    # --- showing --------------------------------------------------------------------------

    def number_of(self, session: CallSession) -> int:
        """1-based place in the strip (what Ctrl+1…9 chooses)."""
        return self.sessions.index(session) + 1

    def _park(self) -> None:
        if self.active is not None:
            self.active.flush()  # on failure the form stays in the session, retried later
