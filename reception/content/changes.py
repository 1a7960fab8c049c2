"""The clinic's texts changed: the "texts" kind of the core's change events, no Qt.

:func:`announce` is called after every saved change; through :mod:`reception.changes`
it reaches this desk's listeners at once and the other desks by ``pg_notify``.
:func:`listen` hears this desk's own saves and "everything changed" (a restore);
another desk's change arrives through the window's change-event adapter.
"""

from __future__ import annotations

from collections.abc import Callable

from reception import changes

TOPIC = "texts"
Listener = Callable[[str], None]


def listen(listener: Listener) -> Callable[[], None]:
    """Call ``listener("texts")`` when the texts may have changed; returns the stop."""

    def heard(change: changes.Change) -> None:
        if change.kind in (TOPIC, "all"):
            listener(TOPIC)

    return changes.subscribe(heard)


def announce(topic: str = TOPIC) -> None:
    """The clinic's texts changed (at commit inside a write transaction, else now)."""
    changes.announce(topic)
