"""Resident memory of this process, in MB. Imports nothing heavy: the start-up child reads it.

``/proc/self/statm`` on Linux; elsewhere the peak so far (``getrusage``); NaN
where neither exists (Windows without extra packages).
"""

from __future__ import annotations

import math
import os
import sys


def resident_mb() -> float:
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1_048_576
    except (OSError, ValueError, AttributeError):
        pass
    try:
        import resource
    except ImportError:
        return math.nan
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1_048_576 if sys.platform == "darwin" else 1024)
