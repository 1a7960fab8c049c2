"""The frozen program (``python dev.py package``) beside the source start and a bare window.

    python -m bench.frozen_start [--runs N] [FOLDER]     (default dist/guldklinikken-reception)

Each start is timed from spawn to exit, the program leaving right after its main
window's first paint: the frozen executable and ``python main.py`` both with
``RECEPTION_EXIT_AFTER_FIRST_PAINT=1`` (ui/app.py), the bare window through
``bench.startup_child bare``. The three alternate, after one untimed warm-up each
that creates the shared data folder's database. ``python -m bench`` adds these
rows when a frozen folder exists.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.stats import Measurement, Summary, Target

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "dist" / "guldklinikken-reception"
EXIT_ENV = "RECEPTION_EXIT_AFTER_FIRST_PAINT"
SIZE_GOAL = Target("below", 200.0)
TIMEOUT = 120.0


def executable(folder: Path) -> Path:
    return folder / ("guldklinikken-reception.exe" if os.name == "nt"
                     else "guldklinikken-reception")


def folder_megabytes(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*")
               if f.is_file() and not f.is_symlink()) / 1e6


def _timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=TIMEOUT)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return wall


def measure(runs: int, folder: Path = FOLDER) -> list[Measurement]:
    program = executable(folder)
    with tempfile.TemporaryDirectory(prefix="bench-frozen-") as temporary:
        data = Path(temporary) / "data"
        base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        base["PYTHONPYCACHEPREFIX"] = str(Path(temporary) / "pycache")
        base.setdefault("QT_QPA_PLATFORM", "offscreen")
        source_env = {**base, EXIT_ENV: "1", "PYTHONPATH": str(ROOT)}
        frozen_env = {k: v for k, v in source_env.items() if k != "PYTHONPATH"}
        commands = {
            "frozen": ([str(program), "--data-dir", str(data)], frozen_env),
            "source": ([sys.executable, "main.py", "--data-dir", str(data)], source_env),
            "bare": ([sys.executable, "-m", "bench.startup_child", "bare", str(data)],
                     {**base, "PYTHONPATH": str(ROOT)}),
        }
        for command, env in commands.values():  # warm-up: database, .pyc files, disk cache
            _timed(command, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        order = list(commands)
        for number in range(runs):
            for name in order[number % 3:] + order[:number % 3]:
                command, env = commands[name]
                times[name].append(_timed(command, env))
    frozen, source, bare = (Summary.of(times[n]) for n in ("frozen", "source", "bare"))
    return [
        Measurement(name=f"frozen start → main window painted ({runs} runs, spawn to exit)",
                    value=frozen, floor=source,
                    floor_name="the same start from source (python main.py)",
                    target=Target("ratio", 1.0)),
        Measurement(name=f"frozen start → main window painted ({runs} runs), beside a bare window",
                    value=frozen, floor=bare,
                    floor_name="bare QApplication + QMainWindow shown (source Python)"),
        Measurement(name="frozen folder size", value=Summary.of([folder_megabytes(folder)]),
                    floor=Summary.of([SIZE_GOAL.limit]), floor_name="the goal",
                    target=SIZE_GOAL, unit="MB"),
    ]


def measurements_if_built(runs: int, folder: Path = FOLDER) -> list[Measurement]:
    """The frozen rows for ``python -m bench``; none when nothing has been built."""
    return measure(runs, folder) if executable(folder).is_file() else []


def main(argv: list[str] | None = None) -> int:
    from bench.table import render

    parser = argparse.ArgumentParser(prog="python -m bench.frozen_start", description=__doc__)
    parser.add_argument("folder", nargs="?", type=Path, default=FOLDER)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args(argv)
    if not executable(options.folder).is_file():
        print(f"Intet bygget i {options.folder}: kør python dev.py package først.",
              file=sys.stderr)
        return 1
    print(render(measure(options.runs, options.folder)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
