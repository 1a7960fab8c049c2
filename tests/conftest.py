"""Shared fixtures: every test gets its own data folder; nothing touches the user's."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point RECEPTION_DATA_DIR at a fresh temp folder for every test."""
    data = tmp_path / "data"
    monkeypatch.setenv("RECEPTION_DATA_DIR", str(data))
    return data
