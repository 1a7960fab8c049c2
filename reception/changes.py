"""Change events: the core says what it changed, screens (and other desks) refresh.

A use case says ``announce("caller", 5)`` inside its write transaction; the
announcement waits there and is published when the transaction commits (a
rolled-back write announces nothing; ``reception.store.door.write_transaction``
keeps the waiting list). Outside a transaction it is published at once.

Subscribers are plain callbacks taking a ``Change``; they run on the thread that
committed (the Qt adapter, ui/change_events.py, hands them to the GUI thread).

On PostgreSQL each change is also sent to the other desks with
``pg_notify('reception_changes', payload)`` inside the same transaction (the server
delivers it only on commit). The payload is a contract (the soak bench listens too)::

    {"kind": "call", "ids": [5, 7] | "all", "desk": "Reception 2", "pid": 4711,
     "at": "2026-12-01T04:00:00+00:00", "user": "anna"}

and ``presence`` adds ``"calls"`` (the caller ids on the line at the desk) and
``"gone"`` (the desk closed). Many ids are collapsed to ``"all"`` so a payload stays
under PostgreSQL's 8000 bytes.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from reception.desk_identity import desk_name, desk_user

log = logging.getLogger(__name__)

CHANNEL = "reception_changes"
KINDS = ("caller", "call", "callback", "checklist", "sheet", "settings", "texts", "presence",
         "all")
MAX_PAYLOAD_BYTES = 7500  # PostgreSQL refuses a NOTIFY payload of 8000 bytes or more
ALL = None  # ``Change.ids`` when everything of a kind may have changed

Subscriber = Callable[["Change"], None]


@dataclass(frozen=True)
class Change:
    """What changed: ``kind``, the ``ids`` touched (None: all of them), where and when."""

    kind: str
    ids: frozenset[int] | None
    desk: str
    pid: int
    at: datetime
    user: str = ""
    remote: bool = False  # from another desk (LISTEN/NOTIFY), not this process
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def touches(self, ident: int | None) -> bool:
        """True when this change may concern the row ``ident``."""
        return self.ids is None or (ident is not None and ident in self.ids)

    @property
    def own(self) -> bool:
        """Sent by this very program (the same process on the same desk)."""
        return self.pid == os.getpid() and self.desk == desk_name()

    def payload(self) -> str:
        """The JSON sent with ``pg_notify`` (ids collapsed to "all" when too many)."""
        data: dict[str, Any] = {"kind": self.kind,
                                "ids": "all" if self.ids is None else sorted(self.ids),
                                "desk": self.desk, "pid": self.pid,
                                "at": self.at.isoformat(), "user": self.user, **self.extra}
        text = json.dumps(data, ensure_ascii=False)
        if len(text.encode("utf-8")) > MAX_PAYLOAD_BYTES:
            data["ids"] = "all"
            data.pop("calls", None)
            text = json.dumps(data, ensure_ascii=False)
        return text


def from_payload(text: str) -> Change | None:
    """A change read from another desk's payload; None when it cannot be read."""
    try:
        data = json.loads(text)
        kind = str(data["kind"])
        ids = data["ids"]
        at = datetime.fromisoformat(data["at"])
        extra = {key: value for key, value in data.items()
                 if key not in ("kind", "ids", "desk", "pid", "at", "user")}
        return Change(kind=kind, ids=None if ids == "all" else frozenset(int(i) for i in ids),
                      desk=str(data["desk"]), pid=int(data["pid"]), at=at,
                      user=str(data.get("user", "")), remote=True, extra=extra)
    except (ValueError, KeyError, TypeError):
        log.warning("En ændringsbesked fra et andet skrivebord kunne ikke læses")
        return None


def make_change(kind: str, ids: int | Iterable[int] | None = ALL,
                **extra: Any) -> Change:
    """A change made here, now, by this desk."""
    if kind not in KINDS:
        raise ValueError(f"unknown change kind {kind!r}")
    if ids is None:
        id_set = None
    elif isinstance(ids, int):
        id_set = frozenset((ids,))
    else:
        id_set = frozenset(int(i) for i in ids)
    return Change(kind=kind, ids=id_set, desk=desk_name(), pid=os.getpid(),
                  at=datetime.now(UTC), user=current_user(), extra=extra)


_user: list[str] = []  # who is at the desk, once chosen at start


def set_user(name: str) -> None:
    """Who is at this desk (the staff member chosen at start), named in its changes."""
    _user[:] = [name]


def current_user() -> str:
    return _user[0] if _user and _user[0] else desk_user()


# --- subscribers ----------------------------------------------------------------------------

_subscribers: list[Subscriber] = []
_lock = threading.Lock()


def subscribe(callback: Subscriber) -> Callable[[], None]:
    """Call ``callback(change)`` for every change published; returns the unsubscribe."""
    with _lock:
        _subscribers.append(callback)

    def unsubscribe() -> None:
        with _lock:
            if callback in _subscribers:
                _subscribers.remove(callback)

    return unsubscribe


def publish(change: Change) -> None:
    """Tell every subscriber; one that fails is logged and the others still hear it."""
    with _lock:
        listeners = list(_subscribers)
    for listener in listeners:
        try:
            listener(change)
        except Exception:
            log.exception("En modtager af ændringer fejlede (%s)", change.kind)


# --- waiting for the commit ------------------------------------------------------------------

class _Pending(threading.local):
    def __init__(self) -> None:
        self.frames: list[list[Change]] = []


_pending = _Pending()
Notifier = Callable[[Change], None]
_notifier: list[Notifier] = []  # sends a change to the other desks (set by the store)


def set_notifier(notify: Notifier | None) -> None:
    """How a change reaches the other desks (``pg_notify`` on PostgreSQL; None: it does not)."""
    _notifier.clear()
    if notify is not None:
        _notifier.append(notify)


def announce(kind: str, ids: int | Iterable[int] | None = ALL, **extra: Any) -> Change:
    """Say that ``kind`` rows ``ids`` changed: at commit inside a write transaction, else now."""
    change = make_change(kind, ids, **extra)
    if _pending.frames:
        _pending.frames[-1].append(change)
    else:
        _send(change)
        publish(change)
    return change


def _send(change: Change) -> None:
    for notify in _notifier:
        try:
            notify(change)
        except Exception:  # other desks catch up on their next refresh
            log.exception("Ændringen kunne ikke sendes til de andre skriveborde")


def begin() -> None:
    """A write transaction (or savepoint) starts: announcements wait for its end."""
    _pending.frames.append([])


def end(committed: bool) -> list[Change]:
    """A write transaction or savepoint ended; returns the outermost's changes, merged.

    A savepoint's changes go to the transaction around it (or nowhere, rolled back);
    the outermost's are returned for ``notify_all`` before and ``publish_all`` after
    the commit.
    """
    frame = _pending.frames.pop()
    if not committed:
        return []
    if _pending.frames:
        _pending.frames[-1].extend(frame)
        return []
    return merged(frame)


def pending() -> list[Change]:
    """The outermost transaction's changes so far (to send before its commit)."""
    return merged(_pending.frames[0]) if _pending.frames else []


def depth() -> int:
    """How many write transactions (and savepoints) are open on this thread."""
    return len(_pending.frames)


def merged(changes: list[Change]) -> list[Change]:
    """One change per kind (and per presence/extra), ids united, in first-seen order."""
    out: dict[tuple[str, str], Change] = {}
    for change in changes:
        key = (change.kind, json.dumps(change.extra, sort_keys=True))
        before = out.get(key)
        if before is None:
            out[key] = change
        else:
            ids = None if before.ids is None or change.ids is None else before.ids | change.ids
            out[key] = Change(kind=before.kind, ids=ids, desk=before.desk, pid=before.pid,
                              at=change.at, user=before.user, extra=before.extra)
    return list(out.values())


def send_all(changes: list[Change]) -> None:
    """Inside the transaction, before its commit: to the other desks (``pg_notify``)."""
    for notify in _notifier:
        for change in changes:
            notify(change)


def publish_all(changes: list[Change]) -> None:
    for change in changes:
        publish(change)
