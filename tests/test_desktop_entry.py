"""Linux desktop entry: installed into a temporary XDG_DATA_HOME, xdg-open hands it the links.

The xdg-open tests need xdg-utils (and desktop-file-utils for the validator); they
skip without them (.ci/run installs both).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reception.desktop_entry import ENTRY_NAME, entry_text, install_desktop_entry

ROOT = Path(__file__).resolve().parents[1]
needs_xdg_open = pytest.mark.skipif(shutil.which("xdg-open") is None,
                                    reason="xdg-utils is not installed")


def xdg_environment(home: Path) -> dict[str, str]:
    """A desktop-less session: only the temporary folders' entries and defaults count."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "WAYLAND_DISPLAY",
                        "KDE_FULL_SESSION", "GNOME_DESKTOP_SESSION_ID", "BROWSER")}
    env.update(XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_DIRS=str(home / "nothing"), DISPLAY=":99",
               QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return env


def install(home: Path, command: list[str]) -> list[str]:
    env = xdg_environment(home)
    script = ("import json, sys\nfrom reception.desktop_entry import install_desktop_entry\n"
              "print(json.dumps(install_desktop_entry(json.loads(sys.argv[1]))))")
    import json

    done = subprocess.run([sys.executable, "-c", script, json.dumps(command)], env=env,
                          capture_output=True, text=True, timeout=60, check=True)
    return json.loads(done.stdout)


def test_the_packaged_entry_is_the_one_the_program_writes() -> None:
    shipped = (ROOT / "packaging" / "linux" / ENTRY_NAME).read_text(encoding="utf-8")
    assert shipped == entry_text()
    assert "MimeType=x-scheme-handler/guldklinik-opkald;x-scheme-handler/tel;\n" in shipped
    assert "Exec=guldklinikken-reception %u\n" in shipped


def test_exec_quotes_paths_with_spaces_and_percent_signs() -> None:
    text = entry_text(["/opt/Guld klinik/python", "/x/100%/main.py"])
    assert 'Exec="/opt/Guld klinik/python" /x/100%%/main.py %u\n' in text


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-utils is not installed")
def test_the_entry_is_valid(tmp_path: Path) -> None:
    lines = install_desktop_entry([sys.executable, str(ROOT / "main.py")], tmp_path,
                                  run_tools=False)
    entry = tmp_path / "applications" / ENTRY_NAME
    assert lines[0] == f"Skrivebordsfil: {entry}"
    done = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (tmp_path / "icons/hicolor/48x48/apps/guldklinikken-reception.png").is_file()
    assert (tmp_path / "icons/hicolor/scalable/apps/guldklinikken-reception.svg").is_file()


@needs_xdg_open
def test_xdg_open_hands_both_links_to_the_installed_program_as_they_are(tmp_path: Path) -> None:
    recorder = tmp_path / "recorder.py"
    recorder.write_text("import sys\nopen(sys.argv[1], 'a').write(sys.argv[2] + '\\n')\n")
    received = tmp_path / "received.txt"
    lines = install(tmp_path, [sys.executable, str(recorder), str(received)])
    assert any("xdg-mime" in line for line in lines)
    env = xdg_environment(tmp_path)
    for link in ("guldklinik-opkald:+4523394977", "tel:+45%2023%2039%2049%2077"):
        subprocess.run(["xdg-open", link], env=env, check=True, timeout=30)
    assert received.read_text().splitlines() == [
        "guldklinik-opkald:+4523394977", "tel:+45%2023%2039%2049%2077"]


@needs_xdg_open
def test_xdg_open_opens_a_call_for_the_number_in_the_running_app(
    qtbot, isolated_data_dir: Path, tmp_path: Path
) -> None:
    from test_ui_call import field, make_window

    from reception.paths import resolve_data_paths
    from reception.safety.lock import DataFolderLock
    from ui.app import handle_message
    from ui.single_instance import InstanceServer

    install(tmp_path, [sys.executable, str(ROOT / "main.py")])
    win = make_window(qtbot, isolated_data_dir)
    paths = resolve_data_paths(isolated_data_dir)
    folder = DataFolderLock(paths.root).acquire()  # as the running app holds it
    server = InstanceServer(paths.root, win)
    server.message_received.connect(lambda message: handle_message(win, message))
    assert server.listen()
    env = {**xdg_environment(tmp_path), "RECEPTION_DATA_DIR": str(isolated_data_dir)}
    try:
        for link, shown in (("tel:+45%2023%2039%2049%2077", "23 39 49 77"),
                            ("guldklinik-opkald:+4540575457", "40 57 54 57")):
            opener = subprocess.Popen(["xdg-open", link], env=env)
            qtbot.waitUntil(lambda opener=opener: opener.poll() is not None, timeout=30000)
            assert opener.returncode == 0
            qtbot.waitUntil(lambda shown=shown: field(win, "phoneEdit").text() == shown,
                            timeout=5000)
    finally:
        server.close()
        folder.release()
