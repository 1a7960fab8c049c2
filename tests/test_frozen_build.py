"""The frozen program (packaging/reception.spec) built for Linux passes its self-test,
paints its window and opens a call from a link, with nothing from the source tree.

Slow (the build takes minutes): ``-m "not slow"`` leaves it out; ``.ci/run`` runs it.
``RECEPTION_FROZEN_DIR=dist/guldklinikken-reception`` tests a folder already built
(``python dev.py package``) instead of building one.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NAME = "guldklinikken-reception"
SIZE_GOAL_MB = 200

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux build"),
]


def _missing_tools() -> str | None:
    if importlib.util.find_spec("PyInstaller") is None:
        return "PyInstaller is not installed (pip install -e .[package])"
    if shutil.which("objdump") is None:
        return "objdump is not installed (Debian package binutils)"
    return None


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("RECEPTION_FROZEN_DIR")
    if given:
        return Path(given).resolve()
    missing = _missing_tools()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(missing)
        pytest.skip(missing)
    work = tmp_path_factory.mktemp("pyinstaller")
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(work / "dist"),
         "--workpath", str(work / "build"), str(ROOT / "packaging" / "reception.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stderr[-4000:]
    print(f"frozen build: {time.monotonic() - started:.0f} s")
    return work / "dist" / NAME


def frozen_environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "RECEPTION_DATA_DIR")}
    return {**env, "QT_QPA_PLATFORM": "offscreen", **extra}


def test_the_frozen_program_passes_its_self_test(frozen: Path, tmp_path: Path) -> None:
    done = subprocess.run([str(frozen / NAME), "--self-test"], cwd=tmp_path,
                          env=frozen_environment(), capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == "Selvtest: 9 kontroller, alle i orden."
    assert str(frozen / NAME) in done.stdout.splitlines()[0]  # the frozen program, not Python


def test_the_frozen_program_paints_its_window(frozen: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    started = time.monotonic()
    done = subprocess.run([str(frozen / NAME), "--data-dir", str(data)], cwd=tmp_path,
                          env=frozen_environment(RECEPTION_EXIT_AFTER_FIRST_PAINT="1"),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    print(f"frozen start to first paint: {time.monotonic() - started:.2f} s")
    assert (data / "logs").is_dir()


def test_a_link_to_the_frozen_program_opens_a_call_in_the_running_one(
    frozen: Path, tmp_path: Path
) -> None:
    from test_screen_pop import calls_for, wait_for

    data = tmp_path / "data"
    env = frozen_environment()
    running = subprocess.Popen([str(frozen / NAME), "--data-dir", str(data)], cwd=tmp_path,
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for(lambda: (data / ".skaermpop" / "socket").exists(), 90,
                 "the frozen program to listen for calls")
        link = subprocess.run([str(frozen / NAME), "--data-dir", str(data),
                               "tel:+45%2023%2039%2049%2077"], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=60)
        assert link.returncode == 0, link.stderr
        wait_for(lambda: calls_for(data, "+4523394977") == 1, 30,
                 "the running program to open the call")
        assert running.poll() is None
    finally:
        running.terminate()
        running.wait(30)


def test_the_folder_is_small_holds_the_licences_and_no_unused_qt(frozen: Path) -> None:
    files = [f for f in frozen.rglob("*") if f.is_file() and not f.is_symlink()]
    megabytes = sum(f.stat().st_size for f in files) / 1e6
    print(f"frozen folder: {megabytes:.0f} MB")
    assert megabytes < SIZE_GOAL_MB
    internal = frozen / "_internal"
    for licence in ("licenses/README.txt", "licenses/PySide6/LGPL-3.0.txt",
                    "licenses/sqlcipher3/LICENSE", "licenses/Python/LICENSE.txt",
                    "resources/fonts/LICENSE"):
        assert (internal / licence).is_file(), licence
    unused = re.compile(r"Qt6(Qml|Quick|WebEngine|3D|Multimedia)|qgtk3")
    assert [f.name for f in files if unused.search(f.name)] == []
    kept = {f.name for f in (internal / "PySide6" / "Qt" / "translations").iterdir()}
    assert kept == {"qt_da.qm", "qt_en.qm", "qtbase_da.qm", "qtbase_en.qm"}
