"""``python -m bench.desks_soak [--short] [--seconds N] [--desks 4] [--database URL]``

A soak of several desks on one PostgreSQL database: each desk is a process of its
own that, until the time is up, logs calls for a small set of shared callers,
changes their addresses at the end of a call, and edits their checklists, as fast
as it can (with a few milliseconds of "typing" between reading and saving, so that
the desks really do overlap). It prints:

- calls saved vs expected: every call a desk ended is on the server (must be equal);
- conflicts detected (``ChangedElsewhere``, then a random choice: keep theirs or
  keep mine) vs lost updates (must be 0). A lost update is a save that wrote over
  a value its desk never saw: every address and scan place written is
  ``"<token>|<token it replaces>"``, and a trigger of the soak's own logs every
  change on the server; a change whose second token is not the one it replaced
  is a lost update;
- event delivery between desks (median, p95): a LISTEN connection on
  ``reception_changes`` timestamps each change event against its ``at``. Until the
  desks announce changes (desk events), it prints »—«.

Without ``--database`` a throwaway cluster is started (``tests/pg_server.py``'s) and
removed at the end. ``--short`` runs 15 seconds: the smoke test.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import select
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHANNEL = "reception_changes"
CALLERS = 12

LOG_SQL = (
    "CREATE TABLE IF NOT EXISTS soak_writes (tbl text NOT NULL, row_id integer NOT NULL, "
    "old_value text, new_value text, at timestamptz NOT NULL DEFAULT clock_timestamp())",
    "CREATE OR REPLACE FUNCTION soak_log_caller() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN IF NEW.street IS DISTINCT FROM OLD.street THEN "
    "INSERT INTO soak_writes (tbl, row_id, old_value, new_value) "
    "VALUES ('caller', NEW.id, OLD.street, NEW.street); END IF; RETURN NULL; END $$",
    "CREATE OR REPLACE FUNCTION soak_log_checklist() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN IF NEW.scan_place IS DISTINCT FROM OLD.scan_place THEN "
    "INSERT INTO soak_writes (tbl, row_id, old_value, new_value) "
    "VALUES ('checklist', NEW.id, OLD.scan_place, NEW.scan_place); END IF; "
    "RETURN NULL; END $$",
    "CREATE OR REPLACE TRIGGER soak_caller AFTER UPDATE ON caller "
    "FOR EACH ROW EXECUTE FUNCTION soak_log_caller()",
    "CREATE OR REPLACE TRIGGER soak_checklist AFTER UPDATE ON checklist "
    "FOR EACH ROW EXECUTE FUNCTION soak_log_checklist()",
)


def token(value: str) -> str:
    """The token part of a written value ("d1-7|d2-3" → "d1-7"; the seeded value as is)."""
    return value.split("|", 1)[0]


def phone_of(number: int) -> str:
    return f"26{number:06d}"  # a Danish mobile range the numbering plan knows


# --- one desk ------------------------------------------------------------------------------

def desk_main(desk: int, url: str, seconds: float, seed: int, out: Path) -> None:
    """One desk's loop (its own process); writes what it did to ``out`` as JSON."""
    os.environ["RECEPTION_DESK_NAME"] = f"Skrivebord {desk}"
    from reception.calls import CallDesk
    from reception.calls.conflicts import keep_mine, keep_theirs
    from reception.checklist import load_checklist, save_step
    from reception.store import open_store
    from reception.store.models import Caller
    from reception.store.versions import ChangedElsewhere

    open_store(url)
    until = time.time() + seconds  # from the moment this desk is ready
    rng = random.Random(seed)
    calls_desk = CallDesk(taken_by=f"desk{desk}")
    ids = [c.id for c in Caller.select(Caller.id).order_by(Caller.id)]
    done = {"calls": [], "conflicts": 0, "edits": 0, "errors": []}
    n = 0
    while time.time() < until:
        n += 1
        mark = f"d{desk}-{n}"
        pick = rng.randrange(len(ids))
        action = rng.random()
        try:
            if action < 0.6:  # a call, the address changed at its end now and then
                session = calls_desk.start(phone_of(pick))
                form = replace(session.form, notes=f"soak {mark}",
                               pain_areas=(*session.form.pain_areas,
                                           rng.choice(("nakke", "ryg", "knae"))))
                if rng.random() < 0.4:
                    form = replace(form, street=f"{mark}|{token(session.form.street)}")
                    done["edits"] += 1
                session.update(form)
                time.sleep(rng.uniform(0, 0.02))
                for _ in range(10):
                    try:
                        result = calls_desk.end(session, "no_action", force=True)
                        break
                    except ChangedElsewhere as conflict:
                        done["conflicts"] += 1
                        if rng.random() < 0.5:
                            session.update(keep_theirs(session.form, conflict))
                        else:
                            theirs = conflict.theirs().get("street")
                            mine = session.form.street
                            if theirs is not None and mine:  # mine, on top of what I saw
                                mine = f"{token(mine)}|{token(theirs)}"
                            session.update(keep_mine(replace(session.form, street=mine),
                                                     conflict))
                else:
                    raise RuntimeError("ti konflikter i træk")
                done["calls"].append([result.call_id, session.form.notes])
            else:  # a checklist step edited
                opened = load_checklist(ids[pick], date.today())
                if opened is None:
                    continue
                place = f"{mark}|{token(opened.scan.place)}"
                time.sleep(rng.uniform(0, 0.02))
                done["edits"] += 1
                started: object = opened
                scan = opened.scan
                for _ in range(10):
                    try:
                        save_step(ids[pick], replace(scan, place=place), by=f"desk{desk}",
                                  started_from=started)
                        break
                    except ChangedElsewhere as conflict:
                        done["conflicts"] += 1
                        if rng.random() < 0.5:  # keep theirs
                            break
                        # keep mine, on top of what I saw now
                        theirs = str(conflict.theirs().get("scan_place", scan.place))
                        place = f"{mark}|{token(theirs)}"
                        started = conflict.version
                        scan = load_checklist(ids[pick], date.today()).scan
        except Exception as error:  # noqa: BLE001 - counted and shown, the soak goes on
            done["errors"].append(f"{type(error).__name__}: {error}"[:300])
    out.write_text(json.dumps(done), encoding="utf-8")


# --- the whole soak ------------------------------------------------------------------------

def seed_database(url: str) -> None:
    from reception.calls import CallForm, end_call, start_call
    from reception.checklist import ensure_checklist
    from reception.store import db, open_store

    database = open_store(url)
    for number in range(CALLERS):
        result = end_call(start_call(phone_of(number)),
                          CallForm(phone=phone_of(number), name=f"Soak Person {number}",
                                   street="start"), "booked", force=True)
        ensure_checklist(result.caller_id)
    for sql in LOG_SQL:
        database.execute_sql(sql)
    database.close_all()
    db.initialize(None)


def listen(url: str, running: Callable[[], bool]) -> tuple[list[float], int]:
    """Latencies (seconds) of the change events heard while ``running()``; events heard."""
    import psycopg

    latencies: list[float] = []
    heard = 0
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f"LISTEN {CHANNEL}")
        while running():
            ready, _, _ = select.select([connection.fileno()], [], [], 0.5)
            if not ready:
                continue
            for note in connection.notifies(timeout=0, stop_after=None):
                heard += 1
                received = time.time()
                try:
                    at = json.loads(note.payload).get("at")
                    sent = (float(at) if isinstance(at, int | float)
                            else datetime.fromisoformat(str(at)).timestamp())
                except (ValueError, TypeError, AttributeError):
                    continue
                latencies.append(received - sent)
    return latencies, heard


def check_writes(url: str) -> tuple[int, int, list[str]]:
    """Writes logged, lost updates among them, and the first few lost ones."""
    from reception.store import db, open_store

    database = open_store(url)
    rows = database.execute_sql(
        "SELECT tbl, row_id, old_value, new_value FROM soak_writes ORDER BY at").fetchall()
    database.close_all()
    db.initialize(None)
    lost = [f"{tbl} {row_id}: {old!r} → {new!r}" for tbl, row_id, old, new in rows
            if "|" in (new or "") and new.split("|", 1)[1] != token(old or "")]
    return len(rows), len(lost), lost[:5]


def saved_calls(url: str) -> set[tuple[int, str]]:
    from reception.store import db, open_store
    from reception.store.models import Call

    database = open_store(url)
    rows = {(c.id, c.notes) for c in Call.select(Call.id, Call.notes)
            .where(Call.status == "saved", Call.notes.startswith("soak "))}
    database.close_all()
    db.initialize(None)
    return rows


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def soak(url: str, desks: int, seconds: float, folder: Path) -> bool:
    seed_database(url)
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    workers = []
    for desk in range(1, desks + 1):
        out = folder / f"desk{desk}.json"
        workers.append((out, subprocess.Popen(
            [sys.executable, "-m", "bench.desks_soak", "--desk", str(desk), "--database", url,
             "--seconds", str(seconds), "--seed", str(desk), "--out", str(out)],
            cwd=ROOT, env=environment)))
    latencies, heard = listen(url, lambda: any(w.poll() is None for _, w in workers))
    for _out, worker in workers:
        worker.wait(timeout=seconds + 120)
    results = [json.loads(out.read_text(encoding="utf-8")) for out, _ in workers]
    expected = {(call_id, notes) for r in results for call_id, notes in r["calls"]}
    saved = saved_calls(url)
    writes, lost, examples = check_writes(url)
    conflicts = sum(r["conflicts"] for r in results)
    errors = [e for r in results for e in r["errors"]]
    calls_ok = expected == saved
    latency = (f"{statistics.median(latencies) * 1000:.0f} ms / "
               f"{percentile(latencies, 0.95) * 1000:.0f} ms" if latencies else "—")
    lines = [
        ("desks × seconds", f"{desks} × {seconds:.0f}", ""),
        ("calls saved / expected", f"{len(saved)} / {len(expected)}",
         "OK" if calls_ok else "FEJL"),
        ("edits (address, scan place)", f"{sum(r['edits'] for r in results)}", ""),
        ("conflicts detected", f"{conflicts}", ""),
        ("changes logged / lost updates", f"{writes} / {lost}", "OK" if lost == 0 else "FEJL"),
        ("events heard", f"{heard}", ""),
        ("event latency median / p95", latency,
         "" if not latencies else ("OK" if percentile(latencies, 0.95) < 1 else "langsom")),
        ("desk errors", f"{len(errors)}", "OK" if not errors else "FEJL"),
    ]
    width = max(len(name) for name, _, _ in lines)
    print("Soak: several desks on one PostgreSQL database "
          f"({datetime.now(UTC):%Y-%m-%d %H:%M} UTC)")
    for name, value, verdict in lines:
        print(f"  {name:<{width}}  {value:>16}  {verdict}")
    for line in (*examples, *errors[:5]):
        print(f"    {line}")
    return calls_ok and lost == 0 and not errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.desks_soak", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--short", action="store_true", help="15 seconds (smoke test)")
    parser.add_argument("--seconds", type=float, default=180.0)
    parser.add_argument("--desks", type=int, default=4)
    parser.add_argument("--database", help="a postgresql:// URL of an EMPTY database to use")
    parser.add_argument("--desk", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--seed", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.desk is not None:
        desk_main(args.desk, args.database, args.seconds, args.seed, args.out)
        return 0
    seconds = 15.0 if args.short else args.seconds
    import tempfile

    with tempfile.TemporaryDirectory(prefix="desks-soak-") as folder:
        if args.database:
            return 0 if soak(args.database, args.desks, seconds, Path(folder)) else 1
        sys.path.insert(0, str(ROOT / "tests"))
        from pg_server import start_server

        server = start_server()
        try:
            url = server.url(server.create_database())
            return 0 if soak(url, args.desks, seconds, Path(folder)) else 1
        finally:
            server.stop()


if __name__ == "__main__":
    sys.exit(main())
