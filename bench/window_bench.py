"""Typing into the knowledge search of the real main window, at its default size.

Not a standalone panel: the window the app shows (``create_main_window``, a fresh
data folder, so its first-start size on this screen), with the idle lock watching
every event as in a running app, on the shipped texts. Six everyday queries are
typed key by key; each key is timed from before ``QTest.keyClicks`` to after
``processEvents()`` has run the search, reset the list and painted it (the
results viewport must have painted, or the key does not count as done).

A fresh index per pass keeps the index's result cache from answering, and the
warm-up types other queries than the timed ones. Beside it stands the raw FTS5
floor: one ranked MATCH per typed prefix over the same texts (``bench.fts_floor``).
"""

from __future__ import annotations

import gc
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bench import fts_floor
from bench.queries import QUERIES, prefixes, typeable
from bench.stats import Measurement, Summary, Target
from reception.content import Content
from reception.search import KnowledgeIndex, SearchDoc

TYPED = ("nakkesmerter", "blodfortyndende", "piskesmæld", "slidgigt i hoften",
         "kroniske rygsmerter", "røntgenbilleder")
WARM_UP = tuple(q for q in QUERIES[:14] if q not in TYPED)
FRAME = Target("p95", 0.010)
FLOOR_NAME = "raw FTS5: one ranked MATCH per typed prefix, same texts"


@dataclass
class WindowTyping:
    total: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)  # this process's CPU time: robust to load
    engine: list[float] = field(default_factory=list)  # the index's search alone
    size: tuple[int, int] = (0, 0)
    results_width: int = 0


class _Paints(QObject):
    """Counts paints of the results list's viewport."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


class _TimedSearch:
    """The window's search function, on a fresh index per pass, timing the engine."""

    def __init__(self, index: KnowledgeIndex, spent: list[float]) -> None:
        self.index = index
        self.spent = spent

    def __call__(self, text: str) -> list:
        start = time.perf_counter()
        hits = self.index.search(text)
        self.spent.append(time.perf_counter() - start)
        return hits


def _type(app: QApplication, window, queries: tuple[str, ...], paints: _Paints,
          out: WindowTyping | None) -> None:
    edit = window.knowledge.search_edit
    clock = time.perf_counter
    for query in queries:
        assert typeable(query), query
        edit.clear()
        app.processEvents()
        for letter in query:
            before = paints.count
            cpu = time.process_time()
            start = clock()
            QTest.keyClicks(edit, letter)
            app.processEvents()
            elapsed = clock() - start
            cpu = time.process_time() - cpu
            if out is not None:
                if paints.count == before:
                    raise RuntimeError(f"the results were not painted after {edit.text()!r}")
                out.total.append(elapsed)
                out.cpu.append(cpu)
        if edit.text() != query:
            raise RuntimeError(f"typed {query!r} but the field holds {edit.text()!r}")


def type_in_window(content: Content, make_index, passes: int) -> WindowTyping:
    from reception.paths import resolve_data_paths
    from ui.app import create_main_window
    from ui.safety import IdleLock, LockScreen

    app = QApplication.instance() or QApplication(["bench"])
    assert isinstance(app, QApplication)
    out = WindowTyping()
    with tempfile.TemporaryDirectory(prefix="bench-window-") as folder:
        paths = resolve_data_paths(str(Path(folder) / "data")).ensure()
        window = create_main_window(paths, content=content)
        screen = LockScreen(window, lambda typed: False, lambda: "")
        idle = IdleLock(screen, 15)  # as a running app has it: watching all input
        window.show()
        window.activateWindow()
        QTest.qWaitForWindowExposed(window)
        app.processEvents()
        panel = window.knowledge
        if hasattr(window, "set_knowledge_shown"):
            window.set_knowledge_shown(True)
        panel.focus_search()
        paints = _Paints()
        panel.results.viewport().installEventFilter(paints)
        engine: list[float] = []
        search = _TimedSearch(make_index(), engine)
        panel._search = search
        _type(app, window, WARM_UP, paints, None)
        for _ in range(passes):
            search.index = make_index()
            gc.collect()
            engine.clear()
            _type(app, window, TYPED, paints, out)
            out.engine += engine
        out.size = (window.width(), window.height())
        out.results_width = panel.results.viewport().width()
        idle.deleteLater()
        window.close()
        window.deleteLater()
        app.processEvents()
    return out


def floor_samples(docs: list[SearchDoc], passes: int) -> list[float]:
    connection = fts_floor.build([(d.title, d.text, " ".join(d.keywords)) for d in docs])
    clock = time.perf_counter
    samples = []
    for _ in range(passes):
        for query in TYPED:
            for prefix in prefixes(query):
                start = clock()
                fts_floor.search(connection, prefix)
                samples.append(clock() - start)
    return samples


def window_measurements(content: Content, docs: list[SearchDoc], make_index,
                        passes: int) -> list[Measurement]:
    typing = type_in_window(content, make_index, passes)
    floor = Summary.of(floor_samples(docs, passes))
    keys = len(typing.total) // passes
    width, height = typing.size
    where = f"real main window {width}×{height}, results {typing.results_width} px"
    rows = []
    for label, samples in (("keystroke → painted results", typing.total),
                           ("same, CPU time of this process", typing.cpu),
                           ("the search engine alone", typing.engine)):
        rows.append(Measurement(
            name=f"{where}: {label} (6 queries, {keys} keys × {passes}; "
                 f"max {max(samples) * 1000:.1f} ms)",
            value=Summary.of(samples),
            floor=floor,
            floor_name=FLOOR_NAME,
            target=FRAME,
            notes={"max_ms": max(samples) * 1000, "window": [width, height],
                   "results_width_px": typing.results_width},
        ))
    return rows
