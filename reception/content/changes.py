"""Who wants to know that the clinic's texts changed: a tiny hook, no Qt.

:func:`announce` is called after every saved change (``topic`` "texts"); the window
listens and rebuilds its search at once. A change-event module that tells the other
desks can ``listen`` here as well and call ``announce`` when another desk's change
arrives.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

log = logging.getLogger(__name__)

Listener = Callable[[str], None]
_listeners: list[Listener] = []


def listen(listener: Listener) -> Callable[[], None]:
    """Call ``listener(topic)`` on every announcement; returns a function that stops it."""
    _listeners.append(listener)

    def stop() -> None:
        if listener in _listeners:
            _listeners.remove(listener)

    return stop


def announce(topic: str = "texts") -> None:
    """Tell every listener; one that fails is logged and the others still hear it."""
    for listener in list(_listeners):
        try:
            listener(topic)
        except Exception:
            log.exception("En lytter på ændrede tekster fejlede")
