"""The domain core never imports Qt, and the data folder is chosen as documented."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from reception.paths import resolve_data_paths

ROOT = Path(__file__).resolve().parents[1]


def test_core_imports_without_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, reception\n"
        "for m in pkgutil.walk_packages(reception.__path__, 'reception.'):\n"
        "    if not m.name.endswith('__main__'): importlib.import_module(m.name)\n"
        "bad = [n for n in sys.modules if n.startswith('PySide6')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_data_dir_argument_beats_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("RECEPTION_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_paths(tmp_path / "arg").root == (tmp_path / "arg").resolve()
    assert resolve_data_paths().root == (tmp_path / "env").resolve()
    assert resolve_data_paths().logs == (tmp_path / "env" / "logs").resolve()


def test_default_data_dir_is_outside_the_code(monkeypatch) -> None:
    monkeypatch.delenv("RECEPTION_DATA_DIR")
    paths = resolve_data_paths()
    assert ROOT not in paths.root.parents and paths.root != ROOT
    assert "GuldklinikkenReception" in str(paths.root)
