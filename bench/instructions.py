"""Instructions from spawn to the first paint, counted by valgrind's callgrind.

A start's wall time on a machine shared with other jobs moves with their load (two
runs minutes apart differed by a third); the number of instructions the process runs
until its first paint does not (runs agree within 0.1 %). It leaves out what costs
no instructions (waiting on the disk, page faults), so it is a guide beside the wall
time, not the target itself. Skipped when valgrind is not installed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from bench.stats import Measurement, Summary

TIMEOUT = 600.0  # valgrind runs a start some 50 times slower
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def count(mode: str, data_dir: Path, env: dict[str, str], cwd: Path) -> float | None:
    """Millions of instructions of ``python -m bench.startup_child MODE-paint DATA_DIR``."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    done = subprocess.run(
        [valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
         "-m", "bench.startup_child", f"{mode}-paint", str(data_dir)],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT)
    found = _COLLECTED.search(done.stderr)
    if done.returncode != 0 or found is None:
        raise RuntimeError(f"callgrind of {mode!r} failed ({done.returncode}):\n{done.stderr}")
    return int(found.group(1)) / 1e6


def measurement(app: float, bare: float) -> Measurement:
    return Measurement(
        name="cold start, instructions to the first paint (callgrind; load-independent)",
        value=Summary.of([app]), floor=Summary.of([bare]),
        floor_name="bare QApplication + QMainWindow shown, same child script",
        unit="M instr.",
    )
