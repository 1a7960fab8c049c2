"""The benchmark's table renders time and memory rows alike (no timing is asserted here)."""

from __future__ import annotations

from bench.stats import Measurement, Summary, Target
from bench.table import render


def test_time_and_memory_rows_render_with_their_units_and_verdicts() -> None:
    rows = [
        Measurement("search", Summary(0.0012, 0.0031, 30), Summary(0.0004, 0.0005, 30),
                    "raw FTS5", Target("p95", 0.016)),
        Measurement("one sheet", Summary(0.2, 0.3, 5), Summary(0.01, 0.02, 5), "bare",
                    Target("below", 0.150)),
        Measurement("memory at first paint", Summary(65.5, 65.6, 4), Summary(51.2, 51.3, 4),
                    "bare window", Target("ratio", 1.5), unit="MB"),
        Measurement("growth per 100 calls", Summary(1.4, 1.4, 1), Summary(0.0, 0.0, 1),
                    "bare window", Target("below", 5.0), unit="MB"),
    ]
    lines = render(rows).splitlines()
    assert "1.20 ms" in lines[2] and "p95 < 16 ms" in lines[2] and lines[2].endswith("ok")
    assert "median < 150 ms" in lines[3] and lines[3].endswith("MISS")
    assert "65.5 MB" in lines[4] and "1.28×" in lines[4] and lines[4].endswith("ok")
    assert "1.4 MB" in lines[5] and "n/a" in lines[5] and "median < 5 MB" in lines[5]
    assert rows[3].as_json()["unit"] == "MB" and rows[0].as_json()["median_ms"] == 1.2


def test_a_ratio_row_and_a_p95_with_a_ratio_limit() -> None:
    """The paired start ratio (unit ×) and PostgreSQL beside SQLite (p95 and within 3×)."""
    paired = Measurement("start, app ÷ bare", Summary(1.42, 1.6, 7), Summary(1.0, 1.0, 7),
                         "bare = 1×", Target("below", 1.3), unit="×")
    fast_but_far = Measurement("pg search", Summary(0.004, 0.009, 9), Summary(0.001, 0.002, 9),
                               "SQLite", Target("p95", 0.016, ratio_limit=3.0))
    near = Measurement("pg search", Summary(0.002, 0.009, 9), Summary(0.001, 0.002, 9),
                       "SQLite", Target("p95", 0.016, ratio_limit=3.0))
    lines = render([paired, fast_but_far, near]).splitlines()
    assert "1.42×" in lines[2] and "median < 1.3 ×" in lines[2] and lines[2].endswith("MISS")
    assert "p95 < 16 ms, ratio < 3×" in lines[3] and lines[3].endswith("MISS")
    assert lines[4].endswith("ok")
