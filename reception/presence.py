"""Who is where: the desks connected to the clinic's server, who sits at them, and which
callers are on the line at each.

Each desk says so in ``presence`` change events (reception/changes.py) sent on its
listening connection: when it connects (``hello``: the others answer with their own),
when the callers on its line change, and when it closes (``gone``). A desk that dies
without saying goodbye is dropped when its listening connection is no longer among the
server's sessions (``prune``), so a crash never leaves a caller marked "on the line".

No Qt: ``Roster`` is plain data, kept up to date by ui/change_events.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from reception.changes import Change


@dataclass(frozen=True)
class Desk:
    """One other desk as it last said: its name, who is at it, the callers on its line."""

    name: str
    user: str
    pid: int
    backend: int | None  # its listening connection's server process (to notice it is gone)
    callers: frozenset[int] = field(default_factory=frozenset)
    calls: frozenset[int] = field(default_factory=frozenset)
    seen: datetime | None = None

    @property
    def label(self) -> str:
        """»Reception 2 (anna)«, or just the name when no user is known."""
        return f"{self.name} ({self.user})" if self.user else self.name


class Roster:
    """The other desks, from their presence events."""

    def __init__(self) -> None:
        self._desks: dict[tuple[str, int], Desk] = {}

    def apply(self, change: Change) -> bool:
        """Take in a presence event from another desk; True when the roster changed."""
        if change.kind != "presence" or change.own:
            return False
        key = (change.desk, change.pid)
        if change.extra.get("gone"):
            return self._desks.pop(key, None) is not None
        backend = change.extra.get("backend")
        desk = Desk(name=change.desk, user=change.user, pid=change.pid,
                    backend=int(backend) if backend is not None else None,
                    callers=change.ids or frozenset(),
                    calls=frozenset(int(i) for i in change.extra.get("calls", ()) or ()),
                    seen=change.at)
        before = self._desks.get(key)
        self._desks[key] = desk
        return before is None or (before.callers, before.calls, before.user) != (
            desk.callers, desk.calls, desk.user)

    def prune(self, live_backends: Iterable[int]) -> bool:
        """Drop the desks whose listening connection is gone; True when any was dropped."""
        live = set(live_backends)
        gone = [key for key, desk in self._desks.items()
                if desk.backend is not None and desk.backend not in live]
        for key in gone:
            del self._desks[key]
        return bool(gone)

    def clear(self) -> None:
        self._desks.clear()

    def desks(self) -> list[Desk]:
        """The other desks, by name."""
        return sorted(self._desks.values(), key=lambda d: (d.name.casefold(), d.pid))

    def on_line(self, caller_id: int | None) -> list[Desk]:
        """The other desks that have ``caller_id`` on the line."""
        if caller_id is None:
            return []
        return [desk for desk in self.desks() if caller_id in desk.callers]

    def ringing(self, call_id: int | None) -> list[Desk]:
        """The other desks with the call ``call_id`` open (a callback being rung)."""
        if call_id is None:
            return []
        return [desk for desk in self.desks() if call_id in desk.calls]
