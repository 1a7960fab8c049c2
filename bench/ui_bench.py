"""Typing into the real knowledge panel, against typing into a bare QLineEdit.

Each keystroke is timed from before ``QTest.keyClicks(edit, letter)`` (one letter:
``keyClick`` itself mangles æøå in PySide6) to after ``processEvents()``, so the
search, the model reset and the repaint of the list are all inside. The results
model's ``modelReset`` is timed too, to show how much of it is the search alone.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from bench.queries import QUERIES, typeable
from bench.stats import Measurement, Summary, Target
from reception.content import Content
from reception.search import KnowledgeIndex, SearchHit

FRAME = Target("p95", 0.016)
WINDOW_SIZE = (1200, 760)
WARM_UP = QUERIES[:6]  # typed once, untimed, before the timed passes


@dataclass
class Typing:
    """Per-keystroke durations; ``first_sight`` only for prefixes new in their pass."""

    total: list[float] = field(default_factory=list)
    to_model: list[float] = field(default_factory=list)
    first_sight: list[float] = field(default_factory=list)


class SwappableSearch:
    """The panel's search function, pointing at a fresh index for every pass.

    A fresh index per pass keeps the index's own result cache from answering
    prefixes typed in an earlier pass.
    """

    def __init__(self, index: KnowledgeIndex) -> None:
        self.index = index

    def __call__(self, text: str) -> list[SearchHit]:
        return self.index.search(text)


def application() -> QApplication:
    app = QApplication.instance() or QApplication(["bench"])
    assert isinstance(app, QApplication)
    return app


def _show(widget: QWidget, app: QApplication) -> None:
    widget.resize(*WINDOW_SIZE)
    widget.show()
    widget.activateWindow()
    QTest.qWaitForWindowExposed(widget)
    app.processEvents()


def type_into(edit: QLineEdit, app: QApplication, passes: int,
              before_pass: Callable[[], None], model_reset_at: list[float],
              queries: tuple[str, ...] = QUERIES) -> Typing:
    """Type every query letter by letter, ``passes`` times; the field is cleared untimed."""
    clock = time.perf_counter
    result = Typing()
    for _ in range(passes):
        before_pass()
        seen: set[str] = set()
        gc.collect()
        for query in queries:
            assert typeable(query), query
            edit.clear()
            app.processEvents()
            for letter in query:
                model_reset_at.clear()
                start = clock()
                QTest.keyClicks(edit, letter)
                app.processEvents()
                elapsed = clock() - start
                result.total.append(elapsed)
                if model_reset_at:
                    result.to_model.append(model_reset_at[-1] - start)
                text = edit.text()
                if text not in seen:
                    result.first_sight.append(elapsed)
                    seen.add(text)
            if edit.text() != query:
                raise RuntimeError(f"typed {query!r} but the field holds {edit.text()!r}")
    return result


def panel_measurements(content: Content, make_index: Callable[[], KnowledgeIndex],
                       doc_count: int, passes: int) -> list[Measurement]:
    from ui.knowledge import KnowledgePanel

    app = application()
    search = SwappableSearch(make_index())
    panel = KnowledgePanel(content, search)
    _show(panel, app)
    panel.search_edit.setFocus()
    reset_at: list[float] = []
    panel.results_model.modelReset.connect(lambda: reset_at.append(time.perf_counter()))

    def fresh_index() -> None:
        search.index = make_index()

    type_into(panel.search_edit, app, 1, fresh_index, reset_at, WARM_UP)  # untimed
    real = type_into(panel.search_edit, app, passes, fresh_index, reset_at)
    panel.close()

    bare = QLineEdit()
    _show(bare, app)
    bare.setFocus()
    type_into(bare, app, 1, lambda: None, [], WARM_UP)
    floor = type_into(bare, app, passes, lambda: None, [])
    bare.close()

    if len(real.to_model) != len(real.total):
        raise RuntimeError(
            f"the results model was reset on {len(real.to_model)} of {len(real.total)} keystrokes"
        )
    keystrokes = len(real.total) // passes
    floor_name = "bare QLineEdit, same keyClicks + processEvents"
    return [
        Measurement(
            name=f"UI panel ({doc_count:,} docs): keystroke → results model reset "
                 f"({keystrokes} keys × {passes})",
            value=Summary.of(real.to_model),
            floor=Summary.of(floor.total),
            floor_name=floor_name,
            target=FRAME,
        ),
        Measurement(
            name=f"UI panel ({doc_count:,} docs): keystroke → reset, relayout, paint "
                 f"({keystrokes} keys × {passes})",
            value=Summary.of(real.total),
            floor=Summary.of(floor.total),
            floor_name=floor_name,
            target=FRAME,
        ),
        Measurement(
            name=f"UI panel ({doc_count:,} docs): same, prefix new in its pass "
                 f"({len(real.first_sight) // passes} keys × {passes})",
            value=Summary.of(real.first_sight),
            floor=Summary.of(floor.first_sight),
            floor_name=floor_name,
            target=FRAME,
        ),
    ]
