"""Cold start to a painted main window: the real app against a bare QMainWindow.

The parent times each child from spawn to its first paint. App and bare runs
alternate, so a machine that slows down mid-run slows both, and both leave at that
paint (``app-paint``, ``bare-paint``): started and stopped the same way, and a pair
takes a third of a second, so many pairs fit. The full starts (to the call screens
built, about a second of CPU each) run apart, after the pairs, for their own row.
A temporary data folder is shared by all app runs; an untimed warm-up creates its
database and fills the disk cache, so the timed runs are the everyday start, not
the very first one.

Children may write bytecode, but only under a temporary ``PYTHONPYCACHEPREFIX``:
an installed app has its ``.pyc`` files, while ``PYTHONDONTWRITEBYTECODE`` (set in
some shells) would make every child compile the app's sources again, which no
clinic PC does after its first start. The project tree is never written to.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import instructions
from bench.stats import Measurement, Summary, Target

ROOT = Path(__file__).resolve().parent.parent
CHILD = [sys.executable, "-m", "bench.startup_child"]
TIMEOUT = 60.0
TARGET = Target("ratio", 1.3)  # issue 14: at most 1.3× a bare window (goal 1.2×)
PAIRED_TARGET = Target("below", 1.3)
READY_RUNS = 3  # full starts, timed apart from the pairs (see the docstring)


@dataclass
class ChildRun:
    wall: float  # spawn to exit, seen by the parent
    report: dict[str, Any]
    stderr: str
    interpreter_start: float  # spawn to the child's first line


def child_environment(pycache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def run_child(mode: str, data_dir: Path, python_flags: tuple[str, ...] = ()) -> ChildRun:
    command = [CHILD[0], *python_flags, *CHILD[1:], mode, str(data_dir)]
    env = child_environment(data_dir.parent / "pycache")
    spawned_wall = time.time()
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True,
                          timeout=TIMEOUT, env=env)
    wall = time.perf_counter() - start
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"start-up child {mode!r} failed ({done.returncode}):\n{done.stderr}")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    if report.get("first_paint") is None:
        raise RuntimeError(f"start-up child {mode!r} quit without painting a QMainWindow")
    return ChildRun(wall, report, done.stderr, report["started_wall"] - spawned_wall)


def compile_bytecode(pycache: Path) -> None:
    """The app's ``.pyc`` files, as an installed app has them, under ``pycache`` only."""
    env = child_environment(pycache)
    subprocess.run([sys.executable, "-m", "compileall", "-q", "main.py", "reception", "ui",
                    "bench"], cwd=ROOT, env=env, capture_output=True, check=True,
                   timeout=TIMEOUT)


@dataclass
class StartupResult:
    measurement: Measurement
    paired: Measurement  # the app/bare ratio of each pair of runs
    ready: Measurement
    memory: list[Measurement]
    instructions: Measurement | None  # None without valgrind
    phases: list[tuple[str, float, float]]
    first_paint: float
    interpreter_start: float
    importtime: str

    @property
    def counted(self) -> list[Measurement]:
        """The instruction row, when valgrind could count."""
        return [] if self.instructions is None else [self.instructions]


def measure(runs: int) -> StartupResult:
    with tempfile.TemporaryDirectory(prefix="bench-start-") as folder:
        data_dir = Path(folder) / "data"
        compile_bytecode(data_dir.parent / "pycache")
        for _ in range(2):  # creates the database, writes .pyc files, warms the disk cache
            run_child("app", data_dir)
            run_child("bare", data_dir)
        app: list[ChildRun] = []
        bare: list[ChildRun] = []
        for number in range(runs):
            order = ("app", "bare") if number % 2 == 0 else ("bare", "app")
            for mode in order:
                (app if mode == "app" else bare).append(run_child(f"{mode}-paint", data_dir))
        full = [run_child("app", data_dir) for _ in range(READY_RUNS)]
        phases_run = run_child("app-phases", data_dir)
        # up to the first paint: what loads after it (call screens, database) is not the target
        importtime_run = run_child("app-paint", data_dir, ("-X", "importtime"))
        env = child_environment(data_dir.parent / "pycache")
        counted = [instructions.count(mode, data_dir, env, ROOT) for mode in ("app", "bare")]

    def painted(run: ChildRun) -> float:
        return run.interpreter_start + float(run.report["first_paint"])

    def ready(run: ChildRun) -> float:
        return run.interpreter_start + float(run.report["ready"])

    measurement = Measurement(
        name=f"cold start → main window painted, search usable ({runs} runs, fresh process)",
        value=Summary.of([painted(r) for r in app]),
        floor=Summary.of([painted(r) for r in bare]),
        floor_name="bare QApplication + QMainWindow shown, same child script",
        target=TARGET,
        notes={
            "child_first_paint_median_ms": Summary.of(
                [r.report["first_paint"] for r in app]).median * 1000,
            "bare_first_paint_median_ms": Summary.of(
                [r.report["first_paint"] for r in bare]).median * 1000,
            "interpreter_start_median_ms": Summary.of(
                [r.interpreter_start for r in app]).median * 1000,
        },
    )
    pairs = [painted(a) / painted(b) for a, b in zip(app, bare, strict=True)]
    paired = Measurement(
        name=f"cold start, app ÷ bare window of the same pair ({runs} pairs; goal 1.2×)",
        value=Summary.of(pairs), floor=Summary.of([1.0] * len(pairs)),
        floor_name="bare window = 1× (runs alternate app, bare; bare, app …)",
        target=PAIRED_TARGET, unit="×",
    )
    whole = Measurement(
        name=f"cold start → call screens built, database open ({READY_RUNS} runs, after the pairs)",
        value=Summary.of([ready(r) for r in full]),
        floor=Summary.of([painted(r) for r in bare]),
        floor_name="bare QApplication + QMainWindow painted, same child script",
    )
    def megabytes(runs: list[ChildRun], key: str) -> Summary:
        return Summary.of([float(r.report[key]) for r in runs if key in r.report])

    floor_memory = megabytes(bare, "first_paint_mb")
    memory = [
        Measurement(name=f"memory: resident at the first paint ({runs} runs)",
                    value=megabytes(app, "first_paint_mb"), floor=floor_memory,
                    floor_name="bare QApplication + QMainWindow shown, same child script",
                    target=TARGET, unit="MB"),
        Measurement(name=f"memory: resident with the call screens built ({READY_RUNS} runs)",
                    value=megabytes(full, "ready_mb"), floor=floor_memory,
                    floor_name="bare QApplication + QMainWindow shown, same child script",
                    unit="MB"),
    ]
    return StartupResult(
        measurement=measurement,
        paired=paired,
        ready=whole,
        memory=memory,
        instructions=(instructions.measurement(counted[0], counted[1])
                      if counted[0] is not None and counted[1] is not None else None),
        phases=[(str(n), float(a), float(b)) for n, a, b in phases_run.report["phases"]],
        first_paint=float(phases_run.report["first_paint"]),
        interpreter_start=Summary.of([r.interpreter_start for r in app + bare]).median,
        importtime=importtime_run.stderr,
    )
