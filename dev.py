"""Set up and run the project with one command, on any OS with Python 3.11+.

    python dev.py start [app arguments]   set up .venv and start the app
    python dev.py test  [pytest arguments] set up .venv, lint, and run the whole test suite
    python dev.py bench                    set up .venv and print the benchmark table
    python dev.py package                  build dist/guldklinikken-reception/ (PyInstaller)
                                           and run its --self-test

The virtual environment lives in ``.venv`` next to this file and is re-installed
only when ``pyproject.toml`` changes. Uses the standard library only.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed-from"
NO_TESTS_COLLECTED = 5
TEST_EXTRAS = "test,package"  # the tests build the frozen program too (tests/test_frozen_build.py)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_environment(extras: str) -> Path:
    """Create .venv and install the project (editable) with ``extras`` when needed."""
    if sys.version_info < (3, 11):  # noqa: UP036 - say it plainly on an old Python
        sys.exit(f"Python 3.11 eller nyere kræves (fundet {sys.version.split()[0]}).")
    python = venv_python()
    if not python.exists():
        print("Opretter .venv …", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    project = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    installed = STAMP.read_text().split() if STAMP.exists() else []
    # An environment installed with the test extras also serves "start".
    if installed[:1] != [project] or (extras and extras not in installed[1:]):
        print("Installerer afhængigheder …", flush=True)
        target = f".[{extras}]" if extras else "."
        subprocess.run(
            [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q",
             "-e", target],
            cwd=ROOT,
            check=True,
        )
        STAMP.write_text(" ".join([project, *([extras] if extras else [])]))
    return python


def run(args: list[str]) -> int:
    return subprocess.run(args, cwd=ROOT).returncode


def main(argv: list[str]) -> int:
    command, rest = (argv[0], argv[1:]) if argv else ("", [])
    if command == "start":
        python = ensure_environment("")
        return run([str(python), "main.py", *rest])
    if command == "test":
        python = ensure_environment(TEST_EXTRAS)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        lint = run([str(python), "-m", "ruff", "check", "."])
        code = run([str(python), "-m", "pytest", *rest])
        if code == NO_TESTS_COLLECTED:
            print("FEJL: ingen tests blev kørt.", file=sys.stderr)
            return 1
        return code or lint
    if command == "bench":
        python = ensure_environment(TEST_EXTRAS)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return run([str(python), "-m", "bench", *rest])
    if command == "package":
        return package(ensure_environment(TEST_EXTRAS), rest)
    print(__doc__)
    return 2


def package(python: Path, rest: list[str]) -> int:
    """Build the one-folder program into dist/ and prove it with its own --self-test."""
    import shutil
    import time

    started = time.monotonic()
    code = run([str(python), "-m", "PyInstaller", "--noconfirm", "--distpath", "dist",
                "--workpath", str(Path("build") / "pyinstaller"), *rest,
                str(Path("packaging") / "reception.spec")])
    if code:
        return code
    folder = ROOT / "dist" / "guldklinikken-reception"
    program = folder / ("guldklinikken-reception.exe" if os.name == "nt"
                        else "guldklinikken-reception")
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"Bygget på {time.monotonic() - started:.0f} s: {folder} ({size / 1e6:.0f} MB)",
          flush=True)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONPATH", None)  # the frozen program must find everything in its folder
    code = subprocess.run([str(program), "--self-test"], cwd=folder, env=env).returncode
    if code == 0 and shutil.which("iscc"):
        print("Inno Setup fundet: byg installeren med iscc packaging/windows/reception.iss")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
