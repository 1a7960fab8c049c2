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
from reception.calls.ending import CallNotDraft, EndResult, InvalidForm, check_ending
from reception.calls.form import CallForm
from reception.calls.offline import SERVER_DOWN, Ending, OfflineJournal
from reception.calls.outcomes import normalize_outcomes
from reception.calls.session import CallSession
from reception.errors import QT_TR_NOOP, ReceptionError
from reception.store.errors import StorageUnavailable
from reception.store.fields import utc_now
from reception.store.versions import ChangedElsewhere


class EndKeptLocally(ReceptionError, RuntimeError):
    """The server was gone when the call was ended: the ending is kept on this PC and
    written to the server when it is back (``CallDesk.replay``). Not an error to fix."""

    code = "kept_locally"
    messages = {"kept_locally": QT_TR_NOOP(
        "Databaseserveren kan ikke nås. Opkaldet er gemt på denne PC og skrives til "
        "serveren, så snart den er tilbage.")}

    def __init__(self, session: CallSession) -> None:
        super().__init__()
        self.session = session


class CallDesk:
    def __init__(self, taken_by: str = "", journal: OfflineJournal | None = None) -> None:
        self.taken_by = taken_by
        self.journal = journal
        self.sessions: list[CallSession] = []
        self.active: CallSession | None = None
        self.waiting: list[CallSession] = []  # ended while the server was gone

    # --- opening --------------------------------------------------------------------------

    def start(self, phone: str | None = None, direction: str = "in") -> CallSession:
        """A new call, made active; the running one goes on hold, saved when storage allows."""
        self._park()
        session = CallSession(None, CallForm(phone=phone or ""), phone=phone,
                              direction=direction, taken_by=self.taken_by)
        session.journal = self.journal
        session.flush()
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
        session.journal = self.journal
        self._park()
        self.sessions.append(session)
        self.active = session
        return session

    def adopt(self, call_ids: Iterable[int]) -> list[CallSession]:
        """Put unfinished calls found at start on hold (not active); those already open are skipped.

        Raises ``StorageUnavailable``; calls that vanished meanwhile are skipped.
        """
        adopted = []
        open_ids = {s.call_id for s in (*self.sessions, *self.waiting)}
        for call_id in call_ids:
            if call_id in open_ids:
                continue
            try:
                session = CallSession.resume(call_id)
            except UnknownCall:
                continue
            session.journal = self.journal
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
        try:
            result = session.end(outcomes, callback_due=callback_due,
                                 callback_reason=callback_reason, force=force)
        except StorageUnavailable as error:
            if self.journal is None or error.code not in SERVER_DOWN:
                raise
            codes = normalize_outcomes(outcomes)
            check_ending(session.form.cleaned(), codes, callback_due=callback_due, force=force)
            session.ending = Ending(codes, utc_now(), callback_due, callback_reason, force)
            if not session.keep_locally():
                session.ending = None
                if self.journal.last_error is not None:  # the PC's disk refused it too
                    raise self.journal.last_error from error
                raise
            self.drop(session)
            self.waiting.append(session)
            raise EndKeptLocally(session) from error
        self.drop(session)
        return result

    # --- the server back ------------------------------------------------------------------

    def recover(self) -> list[CallSession]:
        """Calls the journal kept from an earlier run (closed while the server was gone):
        ended ones wait for ``replay``, the others go on hold. Returns those put on hold."""
        if self.journal is None:
            return []
        known = {s.key for s in (*self.sessions, *self.waiting)}
        held = []
        self.journal.settle()  # a file a killed process did not finish
        for kept in self.journal.kept():
            if kept.key in known:
                continue
            session = CallSession.from_kept(kept)
            session.journal = self.journal
            if session.ending is not None:
                self.waiting.append(session)
            else:
                self.sessions.append(session)
                held.append(session)
        return held

    def replay(self) -> list[tuple[CallSession, EndResult | ChangedElsewhere]]:
        """Write the calls ended while the server was gone, in the order they were kept.

        Stops at the first that still finds no server. A call whose caller another desk
        changed meanwhile stays waiting with the conflict returned (``resolve`` or
        ``back_to_editing`` then); an ending that is no longer valid goes back on hold.
        """
        done: list[tuple[CallSession, EndResult | ChangedElsewhere]] = []
        for session in list(self.waiting):
            ending = session.ending
            assert ending is not None
            try:
                result = session.end(ending.outcomes, callback_due=ending.callback_due,
                                     callback_reason=ending.callback_reason, force=ending.force,
                                     now=ending.ended_at,
                                     today=ending.ended_at.astimezone().date())
            except StorageUnavailable:
                break
            except ChangedElsewhere as conflict:
                done.append((session, conflict))
                continue
            except CallNotDraft:  # it reached the server before the PC could note so
                self._written(session)
                continue
            except (InvalidForm, UnknownCall):
                self.back_to_editing(session)
                continue
            self._written(session)
            done.append((session, result))
        return done

    def resolve(self, session: CallSession, form: CallForm) -> None:
        """A waiting call's form after the receptionist chose (``conflicts.keep_theirs`` or
        ``keep_mine``); written at the next ``replay``."""
        session.update(form)
        session.keep_locally()

    def back_to_editing(self, session: CallSession) -> None:
        """A waiting call back on the desk, on hold, as typed, not ended."""
        if session in self.waiting:
            self.waiting.remove(session)
        session.ending = None
        session.keep_locally()
        self.sessions.append(session)

    def _written(self, session: CallSession) -> None:
        if session in self.waiting:
            self.waiting.remove(session)
        if self.journal is not None:
            self.journal.forget(session.key)
        session.kept_locally = False

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
