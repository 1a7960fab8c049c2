"""Shared fixtures: every test gets its own data folder; nothing touches the user's."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import SqliteDatabase
from pg_server import pg_server, pg_url  # noqa: F401 - fixtures for the PostgreSQL tests

from reception.store import open_database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point RECEPTION_DATA_DIR at a fresh temp folder for every test."""
    data = tmp_path / "data"
    monkeypatch.setenv("RECEPTION_DATA_DIR", str(data))
    return data


@pytest.fixture
def database(tmp_path: Path) -> Iterator[SqliteDatabase]:
    """A fresh, migrated database file in the test's temp folder, bound to the models."""
    database = open_database(tmp_path / "db.sqlite3")
    yield database
    database.close()
