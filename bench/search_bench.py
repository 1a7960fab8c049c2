"""Knowledge search per keystroke, and index build time, each beside raw FTS5.

Every timed pass types into a freshly built index, so the index's result cache
answers only what was already typed in that pass (the "h" of "hofte" after
"hovedpine"), as at a desk; the "prefix new in its pass" rows leave even those out.
"""

from __future__ import annotations

import gc
import sqlite3
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from bench import fts_floor
from bench.corpus import floor_rows
from bench.queries import QUERIES, prefixes
from bench.stats import NO_TARGET, Measurement, Summary, Target
from reception.search import KnowledgeIndex, SearchDoc, SynonymTable

FRAME = Target("p95", 0.016)
SLOWEST = 8  # prefixes listed under the table
FLOOR_NAME = "raw FTS5 bm25 LIMIT 20, '\"word\"*' per typed word"


@dataclass
class Typing:
    real: list[float] = field(default_factory=list)
    real_first_sight: list[float] = field(default_factory=list)
    floor: list[float] = field(default_factory=list)
    floor_first_sight: list[float] = field(default_factory=list)
    real_empty: int = 0  # prefixes that found nothing
    floor_empty: int = 0
    by_prefix: dict[str, tuple[list[float], list[float]]] = field(default_factory=dict)

    def slowest(self, count: int) -> list[tuple[str, float, float]]:
        """The ``count`` prefixes slowest at their first sight: (prefix, real, floor) medians."""
        rows = [(text, statistics.median(real), statistics.median(floor))
                for text, (real, floor) in self.by_prefix.items()]
        return sorted(rows, key=lambda row: row[1], reverse=True)[:count]


def type_queries(make_index: Callable[[], KnowledgeIndex], connection: sqlite3.Connection,
                 passes: int) -> Typing:
    """Time every prefix of every query; real and floor interleaved query by query."""
    clock = time.perf_counter
    warm = make_index()
    for text in (p for q in QUERIES for p in prefixes(q)):  # warm code paths, untimed
        warm.search(text, limit=20)
        fts_floor.search(connection, text)
    del warm
    result = Typing()
    for _ in range(passes):
        index = make_index()
        seen: set[str] = set()
        gc.collect()
        for query in QUERIES:
            for text in prefixes(query):
                start = clock()
                hits = index.search(text, limit=20)
                elapsed = clock() - start
                result.real.append(elapsed)
                result.real_empty += not hits
                if text not in seen:
                    result.real_first_sight.append(elapsed)
                    result.by_prefix.setdefault(text, ([], []))[0].append(elapsed)
            for text in prefixes(query):
                start = clock()
                rowids = fts_floor.search(connection, text)
                elapsed = clock() - start
                result.floor.append(elapsed)
                result.floor_empty += not rowids
                if text not in seen:
                    result.floor_first_sight.append(elapsed)
                    result.by_prefix.setdefault(text, ([], []))[1].append(elapsed)
                seen.add(text)
    return result


def search_measurements(name: str, make_index: Callable[[], KnowledgeIndex],
                        docs: list[SearchDoc], passes: int,
                        target: Target = FRAME) -> list[Measurement]:
    connection = fts_floor.build(floor_rows(docs))
    try:
        typed = type_queries(make_index, connection, passes)
        slowest = [
            {"prefix": text, "median_ms": real * 1000, "floor_median_ms": floor * 1000,
             "floor_matching_docs": fts_floor.matching(connection, text)}
            for text, real, floor in typed.slowest(SLOWEST)
        ]
    finally:
        connection.close()
    keys = len(typed.real) // passes
    new = len(typed.real_first_sight) // passes
    return [
        Measurement(
            name=f"{name} ({len(docs):,} docs): search per keystroke ({keys} prefixes × {passes})",
            value=Summary.of(typed.real),
            floor=Summary.of(typed.floor),
            floor_name=FLOOR_NAME,
            target=target,
            notes={"prefixes_without_hits": typed.real_empty // passes,
                   "floor_prefixes_without_hits": typed.floor_empty // passes},
        ),
        Measurement(
            name=f"{name} ({len(docs):,} docs): same, prefix new in its pass ({new} × {passes})",
            value=Summary.of(typed.real_first_sight),
            floor=Summary.of(typed.floor_first_sight),
            floor_name=FLOOR_NAME,
            target=target,
            notes={"slowest_prefixes_ms": slowest},
        ),
    ]


def repeat_until(action: Callable[[], object], least: int, most: int,
                 budget: float) -> list[float]:
    """Time ``action`` at least ``least`` and at most ``most`` times, or until ``budget`` s."""
    clock = time.perf_counter
    samples: list[float] = []
    started = clock()
    while len(samples) < most and (len(samples) < least or clock() - started < budget):
        gc.collect()
        start = clock()
        action()
        samples.append(clock() - start)
    return samples


def build_measurement(name: str, docs: list[SearchDoc], synonyms: SynonymTable | None,
                      least: int, most: int, budget: float) -> Measurement:
    rows = floor_rows(docs)

    def build_real() -> None:
        KnowledgeIndex(docs, synonyms)

    def build_floor() -> None:
        fts_floor.build(rows).close()

    build_real()  # warm imports and caches, untimed
    build_floor()
    real = repeat_until(build_real, least, most, budget)
    floor = repeat_until(build_floor, least, most, budget / 4)
    return Measurement(
        name=f"{name} ({len(docs):,} docs): index build ({len(real)} runs)",
        value=Summary.of(real),
        floor=Summary.of(floor),
        floor_name="raw FTS5 executemany of the same texts",
        target=NO_TARGET,
    )
