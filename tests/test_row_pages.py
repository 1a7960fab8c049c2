"""The page cache under the long tables: read once, oldest dropped, busy answers retried."""

from __future__ import annotations

from ui.models.row_pages import RowPages


def test_pages_are_read_once_the_oldest_dropped_and_an_empty_answer_retried() -> None:
    asked: list[tuple[int, int]] = []
    busy = [True]

    def fetch(ids: list[int]) -> dict[int, str]:
        asked.append((ids[0], len(ids)))
        if ids[0] == 20 and busy[0]:
            busy[0] = False
            return {}  # the database was busy this once
        return {i: f"række {i}" for i in ids}

    rows: RowPages[str] = RowPages(fetch, page_size=10, max_pages=2)
    rows.reset(list(range(35)))
    assert rows.get(3) == "række 3" and rows.get(9) == "række 9"
    assert rows.get(34) == "række 34" and rows.get(35) is None and rows.get(-1) is None
    assert rows.get(21) is None and rows.get(21) == "række 21"  # asked again after "busy"
    assert rows.get(0) == "række 0"  # page 0 was dropped for pages 3 and 2: read again
    assert asked == [(0, 10), (30, 5), (20, 10), (20, 10), (0, 10)]
