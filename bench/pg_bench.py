"""The call benchmark's figures on PostgreSQL, each beside SQLite's from the same run.

    python -m bench --only pg [--database postgresql://…]

Without ``--database`` a throwaway local cluster is started (``bench.pg_cluster``).
An empty server database is filled with ``move-to``'s own code from the cached
SQLite bench database (100,000 callers, 1,000,000 calls): that copy, every row
compared, is timed as a row of its own, beside reading and digesting the SQLite
file alone. A server database that already holds the bench's callers is used as
it is. The benchmark writes notes and a call into it: give it a database made for
the purpose, never a clinic's.

Then the same sampled inputs (numbers as typed, names, postcodes, digits and note
words key by key, callers to write a note for) are timed through the program's
own functions on a fresh copy of the SQLite file and on the server, item by item
in turn (so a burst of load from other jobs falls on both): phone lookup,
as-you-type caller search, ``SELECT 1`` (the round trip any statement costs),
note save. Each PostgreSQL row's floor is SQLite's
figure, so its ratio is "times SQLite" (issue 12: within 3×, search p95 < 16 ms).
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from peewee import Database

from bench import calls_bench
from bench.stats import Measurement, Summary, Target
from reception.calls import add_note, find_callers_by_phone, search_callers
from reception.store import db, open_database

WITHIN = 3.0
SEARCH = Target("p95", 0.016, ratio_limit=WITHIN)
RATIO = Target("ratio", WITHIN)


def _caller_count(url: str) -> int | None:
    """Callers in the server database, or None when it has no tables yet."""
    import psycopg

    with psycopg.connect(url) as connection:
        exists = connection.execute("SELECT to_regclass('caller')").fetchone()
        if not exists or exists[0] is None:
            return None
        row = connection.execute("SELECT count(*) FROM caller").fetchone()
        return int(row[0]) if row else 0


def _fill(source: Path, url: str, callers: int,
          progress: Callable[[str], None]) -> list[Measurement]:
    """Move the bench database to the server when it is empty; the move as a row."""
    from reception.store.move import _ReadOnlyFile as ReadOnlyFile
    from reception.store.move import move_to_server, ordered_models, table_check

    present = _caller_count(url)
    if present is not None:
        if present < callers:
            raise RuntimeError(f"the server database holds {present:,} callers, not the "
                               f"bench's {callers:,}: give an empty database")
        progress(f"the server already holds {present:,} callers; no move")
        return []
    progress(f"move-to: copying {callers:,} callers and their calls to the server")
    result = move_to_server(source, None, url)
    db.initialize(None)
    progress("reading and digesting the SQLite file alone (the move's floor)")
    started = time.perf_counter()
    file = ReadOnlyFile(source, None)
    with file.bind_ctx(ordered_models()):
        for model in ordered_models():
            table_check(model, file)
    file.close()
    floor = time.perf_counter() - started
    return [Measurement(
        name=f"move-to ({callers:,} callers): copy to PostgreSQL, every table compared "
             f"({result.rows:,} rows in {len(result.tables)} tables; once)",
        value=Summary.of([result.seconds]), floor=Summary.of([floor]),
        floor_name="reading and digesting every table of the SQLite file alone")]


Timed = dict[str, list[float]]


def _paired(work: Callable[[object], object], items: list, lite: Database, server: Database,
            lite_times: list[float], server_times: list[float]) -> None:
    """Each item on SQLite, then at once on the server: a burst of load from other jobs
    falls on both alike (the models follow ``db``, which is switched per call)."""
    for item in items:
        for database, times in ((lite, lite_times), (server, server_times)):
            db.initialize(database)
            times.append(calls_bench._time(lambda item=item: work(item)))


def _timed_pairs(inputs: calls_bench.Inputs, lite: Database,
                 server: Database) -> tuple[Timed, Timed]:
    """Lookups, searches, ``SELECT 1`` (the round trip any statement costs at least)
    and note saves, alternating between the backends item by item."""
    def select1(_: object) -> object:
        return db.execute_sql("SELECT 1").fetchall()

    groups: list[tuple[str, Callable[[object], object], list]] = [
        ("lookup", find_callers_by_phone, list(inputs.typed)),
        ("search", lambda text: search_callers(text, limit=50), list(inputs.prefixes)),
        ("notes_search", lambda text: search_callers(text, limit=50),
         list(inputs.note_prefixes)),
        ("select1", select1, list(range(400))),
        ("save", lambda caller: add_note(caller, calls_bench.NOTE_TEXT, author="bench"),
         list(inputs.caller_ids)),
    ]
    for database in (lite, server):
        db.initialize(database)
        assert all(find_callers_by_phone(t) for t in inputs.typed[:20]), "a number was not found"
    lite_times: Timed = {}
    server_times: Timed = {}
    for name, work, items in groups:
        if name != "save":  # warm-up: imports, prepared statements, caches
            _paired(work, items[:30], lite, server, [], [])
        _paired(work, items, lite, server, lite_times.setdefault(name, []),
                server_times.setdefault(name, []))
    db.initialize(None)
    return lite_times, server_times


def pg_measurements(callers: int, progress: Callable[[str], None],
                    url: str | None = None) -> list[Measurement]:
    from reception.store import door

    source = calls_bench.cached_database(callers, progress)
    cluster = None
    if url is None:
        from bench import pg_cluster

        progress("starting a throwaway PostgreSQL cluster")
        try:
            cluster = pg_cluster.start()
        except pg_cluster.ClusterUnavailable as error:
            progress(f"no PostgreSQL rows: {error}")
            return []
        url = cluster.create_database()
    try:
        rows = _fill(source, url, callers, progress)
        with tempfile.TemporaryDirectory(prefix="bench-pg-sqlite-") as folder:
            path = Path(folder) / "reception.sqlite3"
            calls_bench._copy(source, path)
            database = open_database(path)
            raw = sqlite3.connect(path)
            try:
                inputs = calls_bench.sample_inputs(raw, random.Random(11))
            finally:
                raw.close()
            progress("SQLite and PostgreSQL, item by item: lookups, searches, note saves")
            server = door.open_store(url)
            try:
                sqlite, postgres = _timed_pairs(inputs, database, server)
            finally:
                server.close()
                database.close()
                db.initialize(None)
    finally:
        if cluster is not None:
            cluster.stop()
    floor = "SQLite, same inputs, same run"
    where = f"PostgreSQL ({callers:,} callers)"
    return [
        *rows,
        Measurement(name=f"{where}: caller lookup by phone, as typed ({len(inputs.typed)})",
                    value=Summary.of(postgres["lookup"]), floor=Summary.of(sqlite["lookup"]),
                    floor_name=floor, target=RATIO),
        Measurement(name=f"{where}: as-you-type caller search ({len(inputs.prefixes)} keys)",
                    value=Summary.of(postgres["search"]), floor=Summary.of(sqlite["search"]),
                    floor_name=floor, target=SEARCH),
        Measurement(name=f"{where}: caller search, words only in notes "
                         f"({len(inputs.note_prefixes)} keys)",
                    value=Summary.of(postgres["notes_search"]),
                    floor=Summary.of(sqlite["notes_search"]), floor_name=floor, target=SEARCH),
        Measurement(name=f"{where}: SELECT 1, the round trip every statement costs "
                         f"({len(postgres['select1'])})",
                    value=Summary.of(postgres["select1"]), floor=Summary.of(sqlite["select1"]),
                    floor_name=floor),
        Measurement(name=f"{where}: save a note (add_note, {len(inputs.caller_ids)})",
                    value=Summary.of(postgres["save"]), floor=Summary.of(sqlite["save"]),
                    floor_name=floor, target=RATIO),
    ]
