"""The memory rows of the benchmark table: a simulated day in ``bench.day_child``.

Resident memory is read by ``bench.rss.resident_mb``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.stats import Measurement, Summary, Target

ROOT = Path(__file__).resolve().parent.parent
DAY_CALLS = 220
TIMEOUT = 600.0


def _run(arguments: list[str]) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "bench.day_child", *arguments], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=TIMEOUT)
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"day child failed ({done.returncode}):\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def day_measurements(calls: int = DAY_CALLS) -> list[Measurement]:
    """Memory after a warm-up and growth over a day of calls, beside a bare window."""
    with tempfile.TemporaryDirectory(prefix="bench-day-") as folder:
        app = _run(["app", str(calls), str(Path(folder) / "data")])
    bare = _run(["bare", "0", "-", str(app["seconds"]), str(app["warm_up_seconds"])])
    per_100 = 100 / max(1, calls - 20)
    growth = (app["end_mb"] - app["after_warm_up_mb"]) * per_100
    bare_growth = (bare["end_mb"] - bare["after_warm_up_mb"]) * per_100
    return [
        Measurement(
            name="memory: resident after 20 calls (2,000-caller database, window 1400×900)",
            value=Summary(app["after_warm_up_mb"], app["after_warm_up_mb"], 1),
            floor=Summary(bare["after_warm_up_mb"], bare["after_warm_up_mb"], 1),
            floor_name="bare QMainWindow of the same size, same time",
            unit="MB",
        ),
        Measurement(
            name=f"memory: growth per 100 calls over {calls - 20} more calls "
                 "(notes typed, 2 searches each, ended in the dialog, a sheet every 4th)",
            value=Summary(growth, growth, 1),
            floor=Summary(bare_growth, bare_growth, 1),
            floor_name="bare QMainWindow of the same size, same time",
            target=Target("below", 5.0),
            unit="MB",
            notes={"seconds": app["seconds"]},
        ),
    ]
