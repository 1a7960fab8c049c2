"""Shared fixtures: every test gets its own data folder; nothing touches the user's."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import Database
from pg_server import PgServer, pg_server, pg_url  # noqa: F401 - the PostgreSQL tests' fixtures

from reception.store import open_store

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point RECEPTION_DATA_DIR at a fresh temp folder for every test."""
    data = tmp_path / "data"
    monkeypatch.setenv("RECEPTION_DATA_DIR", str(data))
    return data


BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "both_backends: run the tests that use `database` on SQLite and PostgreSQL")
    config.addinivalue_line(
        "markers", "sqlite_only(reason): in a both_backends module, this test is SQLite's alone")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked ``both_backends`` get their ``database`` once per backend."""
    marked = metafunc.definition.get_closest_marker
    if ("database" in metafunc.fixturenames and marked("both_backends")
            and not marked("sqlite_only")):
        metafunc.parametrize("database", BACKENDS, indirect=True)


@pytest.fixture(scope="session")
def pg_migrated(request: pytest.FixtureRequest) -> str:
    """A database on the test server with the current schema, copied for each test (fast)."""
    server: PgServer = request.getfixturevalue("pg_server")
    name = server.create_database()
    database = open_store(server.url(name))
    database.close_all()
    return name


@pytest.fixture
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A fresh, migrated database bound to the models: a file in the test's temp folder,
    or (for ``both_backends`` tests, second run) an empty database on the test server."""
    backend = getattr(request, "param", "sqlite")
    if backend == "postgresql":
        server: PgServer = request.getfixturevalue("pg_server")
        name = server.create_database(template=request.getfixturevalue("pg_migrated"))
        database = open_store(server.url(name))
        yield database
        database.close_all()
        server.drop_database(name)
        return
    database = open_store(tmp_path / "db.sqlite3")
    yield database
    database.close()


@pytest.fixture
def english(qapp):
    """The app's English translation installed, every lookup recorded (``Recording``)."""
    from PySide6.QtCore import QTranslator
    from test_english_ui import Recording

    from ui.translations import translations_dir

    inner = QTranslator()
    assert inner.load(str(translations_dir() / "reception_en.qm"))
    recording = Recording(inner)
    qapp.installTranslator(recording)
    yield recording
    qapp.removeTranslator(recording)
