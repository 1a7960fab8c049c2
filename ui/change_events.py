"""The one Qt adapter of the core's change events (reception/changes.py).

``ChangeEvents.changed`` carries every ``Change`` to the GUI thread: this desk's own
(published by the core at commit) and, on a clinic's PostgreSQL server, the other
desks' (``ServerListener``). Screens connect to it through ui/live_refresh.py.

``ServerListener`` keeps a psycopg connection of its own (reception/store/listen.py), in
autocommit, that
``LISTEN``s on ``reception_changes``; a ``QSocketNotifier`` on its socket wakes it
when the server has something, and it reads with ``notifies(timeout=0)``: no polling
thread. When the connection breaks (the server restarts, the network goes) it connects
again with growing pauses, listens again, and emits a change of kind ``all``: events may
have been missed, so every screen reads afresh. Connecting runs on a short-lived thread
so that an unreachable server never freezes the window.

It also carries this desk's presence (reception/presence.py): the callers on its line,
sent on the listening connection itself, so that the server's own list of sessions
tells when a desk is gone.
"""

from __future__ import annotations

import logging
import os
import threading
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from reception import changes
from reception.changes import Change
from reception.desk_identity import desk_name
from reception.presence import Roster
from reception.store import listen

log = logging.getLogger(__name__)

RETRY_MS = (250, 500, 1000, 2000, 5000, 10_000)  # pauses between attempts to reconnect
PRUNE_MS = 30_000  # how often the list of desks is checked against the server's sessions


class ChangeEvents(QObject):
    """Changes for the screens, on the GUI thread; who else is connected (``roster``)."""

    changed = Signal(object)  # a reception.changes.Change
    desks_changed = Signal()  # the roster, or whether this desk is connected, changed
    _arrived = Signal(object)  # from any thread to the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.roster = Roster()
        self.listener: ServerListener | None = None
        self.callers_here: frozenset[int] = frozenset()
        self.calls_here: frozenset[int] = frozenset()
        self._arrived.connect(self.changed)
        self._unsubscribe = changes.subscribe(self._from_core)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    def _from_core(self, change: Change) -> None:
        try:
            self._arrived.emit(change)  # queued when the commit ran on another thread
        except RuntimeError:  # the window is gone
            self._unsubscribe()

    def close(self) -> None:
        """Stop hearing changes; say goodbye to the other desks."""
        self._unsubscribe()
        if self.listener is not None:
            self.listener.stop()

    def listen(self, url: str) -> ServerListener:
        """Hear the other desks on the PostgreSQL server at ``url``."""
        self.listener = ServerListener(url, self)
        self.listener.start()
        return self.listener

    @property
    def connected(self) -> bool:
        return self.listener is not None and self.listener.connected

    def set_on_line(self, callers: frozenset[int], calls: frozenset[int]) -> None:
        """The callers (and calls) open at this desk now; the others are told when it differs."""
        if (callers, calls) == (self.callers_here, self.calls_here):
            return
        self.callers_here, self.calls_here = callers, calls
        if self.listener is not None:
            self.listener.say_presence()

    def remote(self, change: Change) -> None:
        """A change from another desk (or "refresh everything" after a reconnect)."""
        if change.kind == "presence":
            if change.extra.get("hello") and self.listener is not None:
                self.listener.say_presence()  # the newcomer (or one back) learns who is here
            if self.roster.apply(change):
                self.desks_changed.emit()
        self.changed.emit(change)


def everything_changed() -> Change:
    """After a reconnect: events may have been missed, every screen reads afresh."""
    return Change(kind="all", ids=None, desk=desk_name(), pid=os.getpid(),
                  at=datetime.now(UTC), remote=True)


class ServerListener(QObject):
    """LISTEN on the server, reconnecting after it restarts; see the module docstring."""

    _connect_done = Signal(object)  # a psycopg connection, or the exception

    def __init__(self, url: str, events: ChangeEvents) -> None:
        super().__init__(events)
        self._url = url
        self._events = events
        self.conn: Any = None
        self._notifier: QSocketNotifier | None = None
        self._attempt = 0
        self._stopped = False
        self._connecting = False
        self.lost_count = 0  # how often the connection broke (for tests and the log)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._connect)
        self._prune = QTimer(self)
        self._prune.setInterval(PRUNE_MS)
        self._prune.timeout.connect(self.prune)
        self._connect_done.connect(self._connected)

    @property
    def connected(self) -> bool:
        return self.conn is not None

    def start(self) -> None:
        self._connect()

    def stop(self) -> None:
        """Say goodbye and close (the app is closing)."""
        self._stopped = True
        self._retry.stop()
        self._prune.stop()
        if self.conn is not None:
            try:
                self._notify(changes.make_change("presence", (), gone=True))
            except Exception:  # noqa: BLE001 - the server may be gone already
                pass
        self._drop()

    # --- connecting ---------------------------------------------------------------------

    def _connect(self) -> None:
        if self._stopped or self._connecting or self.conn is not None:
            return
        self._connecting = True
        url, done = self._url, self._connect_done

        def connect() -> None:
            try:
                conn = listen.connect_listener(url)
            except Exception as error:  # noqa: BLE001 - handed to the GUI thread
                _hand_over(done, error)
                return
            if not _hand_over(done, conn):
                conn.close()

        threading.Thread(target=connect, name="listen-connect", daemon=True).start()

    def _connected(self, result: Any) -> None:
        self._connecting = False
        if isinstance(result, Exception):
            delay = RETRY_MS[min(self._attempt, len(RETRY_MS) - 1)]
            self._attempt += 1
            if self._attempt in (1, 5) or self._attempt % 50 == 0:
                log.warning("Kan ikke lytte efter de andre skriveborde (%s); prøver igen",
                            type(result).__name__)
            if not self._stopped:
                self._retry.start(delay)
            return
        if self._stopped:
            result.close()
            return
        again = self._attempt > 0 or self.lost_count > 0
        self._attempt = 0
        self.conn = result
        self._notifier = QSocketNotifier(result.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        self._prune.start()
        log.info("Lytter efter ændringer fra de andre skriveborde")
        self.say_presence(hello=True)
        self._events.desks_changed.emit()
        if again:
            self._events.remote(everything_changed())
        self._read()  # anything that arrived while connecting

    def _drop(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self.conn is not None:
            try:
                self.conn.close()
            except Exception:  # noqa: BLE001 - closing a dead connection
                pass
            self.conn = None

    def _lost(self, error: BaseException) -> None:
        log.warning("Forbindelsen til de andre skriveborde blev afbrudt (%s); forbinder igen",
                    type(error).__name__)
        self.lost_count += 1
        self._drop()
        self._prune.stop()
        self._events.roster.clear()
        self._events.desks_changed.emit()
        if not self._stopped:
            self._retry.start(RETRY_MS[0])

    # --- reading and saying ---------------------------------------------------------------

    def _read(self) -> None:
        if self.conn is None:
            return
        try:
            received = list(self.conn.notifies(timeout=0))
        except Exception as error:  # noqa: BLE001 - the connection broke
            self._lost(error)
            return
        for notify in received:
            change = changes.from_payload(notify.payload)
            if change is None or change.own:
                continue  # this desk's own were published here at commit
            if change.kind == "presence":
                change.extra["backend"] = notify.pid  # the sender's listening connection
            self._events.remote(change)

    def _notify(self, change: Change) -> None:
        listen.notify(self.conn, change.payload())

    def say_presence(self, hello: bool = False) -> None:
        """Tell the other desks who is here and which callers are on the line."""
        if self.conn is None:
            return
        extra: dict[str, Any] = {"calls": sorted(self._events.calls_here)}
        if hello:
            extra["hello"] = True
        change = changes.make_change("presence", self._events.callers_here, **extra)
        try:
            self._notify(change)
        except Exception as error:  # noqa: BLE001
            self._lost(error)

    def prune(self) -> None:
        """Drop desks whose listening connection the server no longer has."""
        if self.conn is None:
            return
        try:
            backends = listen.listening_backends(self.conn)
        except Exception as error:  # noqa: BLE001
            self._lost(error)
            return
        if self._events.roster.prune(backends):
            self._events.desks_changed.emit()


def _hand_over(signal: Any, result: Any) -> bool:
    """Emit ``result`` to the GUI thread; False when the listener is gone meanwhile."""
    try:
        signal.emit(result)
        return True
    except RuntimeError:  # the window closed while connecting
        return False


def who_is_connected(events: ChangeEvents) -> list[str]:
    """»Reception 1 (anna)« for this desk first, then the others."""
    user = changes.current_user()
    here = desk_name() + (f" ({user})" if user else "")
    return [here, *(desk.label for desk in events.roster.desks())]
