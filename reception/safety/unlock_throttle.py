"""Wrong entries at the lock screen make the next attempt wait.

The first ``free_attempts`` wrong entries cost nothing (typing errors happen).
After that every wrong entry closes the field for a wait that doubles from
``first_wait`` up to ``max_wait``; a right entry starts afresh. With the defaults,
trying all 10,000 four-digit PINs takes more than three months instead of an
afternoon. The count lives in the running program only: whoever can restart the
program can also read an unencrypted database, so a stored count would guard nothing.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class UnlockThrottle:
    free_attempts: int = 3
    first_wait: float = 30.0  # seconds
    max_wait: float = 15 * 60.0
    clock: Callable[[], float] = time.monotonic
    failures: int = 0
    _open_at: float = field(default=0.0, repr=False)

    def seconds_to_wait(self) -> int:
        """Whole seconds until the next attempt is allowed (0: now)."""
        return max(0, math.ceil(self._open_at - self.clock()))

    def failed(self) -> int:
        """Count a wrong entry; returns the seconds the next attempt must wait."""
        self.failures += 1
        beyond = self.failures - self.free_attempts
        if beyond >= 0:
            wait = min(self.max_wait, self.first_wait * 2 ** min(beyond, 32))
            self._open_at = self.clock() + wait
        return self.seconds_to_wait()

    def succeeded(self) -> None:
        self.failures = 0
        self._open_at = 0.0
