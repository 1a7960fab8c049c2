"""How many screen pops the running program accepts in a short time.

Any program running as this user can send "call NUMBER"; without a limit 304
messages opened 302 draft calls. ``CallGate.admit`` lets at most ``burst`` calls
through per ``window`` seconds and folds a repeat of the same number within
``same_number`` seconds into the call already opened. What it refuses is logged
as a count only: never a phone number.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable

log = logging.getLogger(__name__)

BURST = 3
WINDOW_SECONDS = 2.0
SAME_NUMBER_SECONDS = 5.0


class CallGate:
    def __init__(self, *, burst: int = BURST, window: float = WINDOW_SECONDS,
                 same_number: float = SAME_NUMBER_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.burst = burst
        self.window = window
        self.same_number = same_number
        self._clock = clock
        self._admitted: deque[float] = deque()
        self._last_seen: dict[str | None, float] = {}
        self._folded_logged: set[str | None] = set()
        self.refused = 0  # in the current run of refusals
        self.folded = 0

    def admit(self, number: str | None) -> bool:
        """True when a screen pop for ``number`` (None: "show the window") may go ahead."""
        now = self._clock()
        while self._admitted and now - self._admitted[0] >= self.window:
            self._admitted.popleft()
        for key, seen in list(self._last_seen.items()):
            if now - seen >= self.same_number:
                del self._last_seen[key]
                self._folded_logged.discard(key)
        if number in self._last_seen:
            self._last_seen[number] = now
            self.folded += 1
            if number not in self._folded_logged:  # once per repeat run, never the number
                self._folded_logged.add(number)
                log.info("Skærmpop: samme nummer igen inden for %g sekunder; samlet med det "
                         "åbne opkald", self.same_number)
            return False
        if len(self._admitted) >= self.burst:
            if self.refused == 0:
                log.warning("Skærmpop: mere end %d opkald på %g sekunder; flere afvises",
                            self.burst, self.window)
            self.refused += 1
            return False
        if self.refused:
            log.warning("Skærmpop: %d opkald blev afvist", self.refused)
            self.refused = 0
        self._admitted.append(now)
        self._last_seen[number] = now
        return True
