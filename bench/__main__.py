"""``python -m bench [--quick] [--json FILE] [--only GROUP] [--database URL]``: the table.

``--only`` runs one group: ``window`` (typing into the real main window),
``start`` (cold start against a bare window), ``calls`` (caller lookup, search
and note save at 100,000 callers), ``desk`` (the Før behandling overview and the
callers register at 100,000 callers), ``pg`` (the call figures on PostgreSQL
beside SQLite's, and move-to), ``overblik`` (a month and a year of Overblik at
1,000,000 calls, beside the raw SQL aggregate). ``--database postgresql://…`` adds the ``pg``
group to a whole run and uses that (empty, or already filled) server database;
without it ``--only pg`` starts a throwaway local cluster.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

# Before anything imports Qt: the numbers are meant for the headless platform.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench import (  # noqa: E402
    calls_bench,
    desk_bench,
    importtime,
    machine,
    memory,
    overblik_bench,
    pg_bench,
    search_bench,
    sheet_bench,
    startup,
    ui_bench,
    window_bench,
)
from bench.corpus import synthetic_docs  # noqa: E402
from bench.stats import Measurement  # noqa: E402
from bench.table import render  # noqa: E402
from reception.content import load_content  # noqa: E402
from reception.search import KnowledgeIndex, documents_from_content, load_synonyms  # noqa: E402

IMPORT_THRESHOLD = 0.008  # seconds: import branches cheaper than this are not listed


@dataclass(frozen=True)
class Plan:
    search_passes: int
    ui_passes: int
    start_runs: int
    day_calls: int
    build_least: int
    build_most: int
    build_budget: float  # seconds per index build measurement


FULL = Plan(search_passes=3, ui_passes=2, start_runs=15, day_calls=220, build_least=3,
            build_most=15, build_budget=6.0)
QUICK = Plan(search_passes=1, ui_passes=1, start_runs=3, day_calls=80, build_least=2,
             build_most=3, build_budget=1.0)


def progress(text: str) -> None:
    print(f"… {text}", file=sys.stderr, flush=True)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--json", metavar="FILE", type=Path, help="also write the numbers here")
    parser.add_argument("--only", choices=["window", "start", "calls", "desk", "pg", "overblik"],
                        help="only this group (see the module docstring)")
    parser.add_argument("--database", metavar="URL",
                        help="a PostgreSQL database for the pg group (empty, or filled by an "
                        "earlier run); without it --only pg starts a throwaway cluster")
    parser.add_argument("--callers", type=int, default=100_000,
                        help="callers in the call-handling database (10 calls each; "
                        "generated once and cached)")
    return parser.parse_args(argv)


def run_window(plan: Plan) -> list[Measurement]:
    """Only the real main window's typing rows (``--only window``)."""
    content = load_content()
    shipped = documents_from_content(content)
    synonyms = load_synonyms()
    progress("typing into the real main window")
    return window_bench.window_measurements(
        content, shipped, lambda: KnowledgeIndex(shipped, synonyms), plan.ui_passes * 2
    )


def run_group(group: str, plan: Plan, callers: int, database: str | None
              ) -> tuple[list[Measurement], startup.StartupResult | None]:
    """One group of rows (``--only``)."""
    if group == "window":
        return run_window(plan), None
    if group == "start":
        progress("cold starts")
        started = startup.measure(plan.start_runs)
        return [started.measurement, started.paired, *started.counted, started.ready,
                *started.memory], started
    if group == "calls":
        return calls_bench.call_measurements(callers, progress), None
    if group == "desk":
        return desk_bench.desk_measurements(callers, progress), None
    if group == "overblik":
        return overblik_bench.overblik_measurements(callers, progress), None
    return pg_bench.pg_measurements(callers, progress, database), None


def run(plan: Plan, callers: int, database: str | None = None
        ) -> tuple[list[Measurement], startup.StartupResult]:
    content = load_content()
    if content.problems:
        progress(f"{len(content.problems)} content problem(s); measuring what loaded")
    shipped = documents_from_content(content)
    synonyms = load_synonyms()
    synthetic = synthetic_docs(shipped)

    def shipped_index() -> KnowledgeIndex:
        return KnowledgeIndex(shipped, synonyms)

    def synthetic_index() -> KnowledgeIndex:
        return KnowledgeIndex(synthetic, synonyms)

    rows: list[Measurement] = []
    progress("index build")
    builds = [
        search_bench.build_measurement("shipped", shipped, synonyms, plan.build_least * 2,
                                       plan.build_most * 2, plan.build_budget / 2),
        search_bench.build_measurement("synthetic", synthetic, synonyms, plan.build_least,
                                       plan.build_most, plan.build_budget),
    ]
    progress("search, shipped content")
    rows += search_bench.search_measurements("shipped", shipped_index, shipped,
                                             plan.search_passes)
    progress("search, 10,000 entries")
    rows += search_bench.search_measurements("synthetic", synthetic_index, synthetic,
                                             plan.search_passes)
    progress("typing into the knowledge panel")
    rows += ui_bench.panel_measurements(content, synthetic_index, len(synthetic),
                                        plan.ui_passes)
    progress("typing into the real main window")
    rows += window_bench.window_measurements(content, shipped, shipped_index,
                                             plan.ui_passes * 2)
    rows += builds
    progress("call handling")
    rows += calls_bench.call_measurements(callers, progress)
    progress("the overview and the register")
    rows += desk_bench.desk_measurements(callers, progress)
    if database:
        progress("PostgreSQL")
        rows += pg_bench.pg_measurements(callers, progress, database)
    progress("Overblik")
    rows += overblik_bench.overblik_measurements(callers, progress)
    progress("information sheets")
    rows += sheet_bench.sheet_measurements()
    progress("cold starts")
    started = startup.measure(plan.start_runs)
    rows.append(started.measurement)
    rows.append(started.paired)
    rows += started.counted
    rows.append(started.ready)
    rows += started.memory
    from bench import frozen_start

    progress("the frozen program, when dist/ holds one")
    rows += frozen_start.measurements_if_built(plan.start_runs)
    progress(f"memory over a day of {plan.day_calls} calls")
    rows += memory.day_measurements(plan.day_calls)
    return rows, started


def slowest_lines(rows: list[Measurement]) -> list[str]:
    lines = []
    for m in rows:
        slowest = m.notes.get("slowest_prefixes_ms")
        if isinstance(slowest, list) and slowest:
            cells = ", ".join(
                f"'{s['prefix']}' {s['median_ms']:.1f} ({s['floor_median_ms']:.1f}; "
                f"{s['floor_matching_docs']:,})" for s in slowest
            )
            lines.append(f"Slowest new prefixes, {m.name.split(':')[0]}, ms (floor ms; "
                         f"documents the floor matches and ranks): {cells}")
    return lines


def cpu_lines(rows: list[Measurement]) -> list[str]:
    """The process's CPU time beside rows that record it: on a loaded machine the wall
    time is mostly waiting for a core."""
    lines = [f"CPU time, median: {m.notes['cpu_median_ms']:.1f} ms for »{m.name}«"
             for m in rows if isinstance(m.notes.get("cpu_median_ms"), float)]
    return lines + [
        f"Read after the first paint, {m.notes['later_chunks']} chunks, each an event pass: "
        f"median {m.notes['later_chunk_median_ms']:.1f} ms, longest "
        f"{m.notes['later_chunk_max_ms']:.1f} ms, for »{m.name.split(': ')[-1].split(',')[0]}«"
        for m in rows if isinstance(m.notes.get("later_chunk_max_ms"), float)]


def startup_lines(result: startup.StartupResult) -> list[str]:
    lines = [
        "Start-up phases (one extra app run with perf_counter marks; ms since the child "
        f"script's first line, which came ≈ {result.interpreter_start * 1000:.0f} ms after "
        "spawn):",
    ]
    for name, start, end in sorted(result.phases, key=lambda p: p[1]):
        lines.append(f"  {start * 1000:7.1f} → {end * 1000:7.1f}  {(end - start) * 1000:6.1f} ms"
                     f"  {name}")
    lines.append(f"  first paint of the main window at {result.first_paint * 1000:.1f} ms")
    tree = importtime.parse(result.importtime)
    lines.append(
        f"Biggest imports before the first paint (one app run under -X importtime, which "
        f"inflates them; "
        f"all imports {importtime.total(tree) * 1000:.0f} ms; branches ≥ "
        f"{IMPORT_THRESHOLD * 1000:.0f} ms):"
    )
    lines += importtime.heaviest(tree, IMPORT_THRESHOLD)
    return lines


def main(argv: list[str]) -> int:
    options = parse_args(argv)
    plan = QUICK if options.quick else FULL
    info = machine.describe()
    if options.only:
        began = time.perf_counter()
        rows, maybe_started = run_group(options.only, plan, options.callers, options.database)
        print(f"Benchmark, {options.only}{' (--quick)' if options.quick else ''}: "
              f"{machine.headline(info)}")
        print()
        print(render(rows))
        print()
        print("ratio = median / floor median; every floor ran in this same run.")
        print("\n".join(cpu_lines(rows)))
        if maybe_started is not None:
            print()
            print("\n".join(startup_lines(maybe_started)))
        print(f"\nGroup: {time.perf_counter() - began:.0f} s.")
        return 0
    began = time.perf_counter()
    rows, started = run(plan, options.callers, options.database)
    elapsed = time.perf_counter() - began

    print(f"Benchmark{' (--quick)' if options.quick else ''}: {machine.headline(info)}")
    print()
    print(render(rows))
    print()
    print("ratio = median / floor median; every floor ran in this same run. Floors: "
          + "; ".join(dict.fromkeys(m.floor_name for m in rows)) + ".")
    print("Search rows type each query letter by letter into a freshly built index per pass; "
          "'prefix new in its pass' leaves out prefixes its result cache has already seen.")
    print("\n".join(slowest_lines(rows)))
    print("\n".join(cpu_lines(rows)))
    print()
    print("\n".join(startup_lines(started)))
    print()
    print(f"Whole benchmark: {elapsed:.0f} s.")

    if options.json:
        payload = {
            "machine": info,
            "quick": options.quick,
            "seconds": elapsed,
            "measurements": [m.as_json() for m in rows],
            "startup_phases_ms": [
                {"name": n, "start": a * 1000, "end": b * 1000} for n, a, b in started.phases
            ],
            "startup_first_paint_ms": started.first_paint * 1000,
            "importtime_top": importtime.heaviest(importtime.parse(started.importtime),
                                                  IMPORT_THRESHOLD),
        }
        options.json.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n",
                                encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
