"""Plain-text table of measurements with aligned columns."""

from __future__ import annotations

import math

from bench.stats import Measurement

HEADERS = ("measurement", "median", "p95", "floor (same run)", "ratio", "target", "verdict")
RIGHT_ALIGNED = {1, 2, 3, 4}


def format_ms(seconds: float) -> str:
    if math.isnan(seconds):
        return "n/a"
    ms = seconds * 1000
    if ms < 1:
        return f"{ms:.3f} ms"
    if ms < 100:
        return f"{ms:.2f} ms"
    return f"{ms:,.0f} ms"


def format_ratio(value: float) -> str:
    return "n/a" if math.isnan(value) else f"{value:.2f}×"


def row(m: Measurement) -> tuple[str, ...]:
    return (
        m.name,
        format_ms(m.value.median),
        format_ms(m.value.p95),
        format_ms(m.floor.median),
        format_ratio(m.ratio),
        m.target.describe(),
        m.verdict,
    )


def render(measurements: list[Measurement]) -> str:
    rows = [HEADERS, *(row(m) for m in measurements)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(HEADERS))]

    def line(cells: tuple[str, ...]) -> str:
        parts = [
            cell.rjust(widths[i]) if i in RIGHT_ALIGNED else cell.ljust(widths[i])
            for i, cell in enumerate(cells)
        ]
        return " | ".join(parts).rstrip()

    rule = "-+-".join("-" * w for w in widths)
    return "\n".join([line(rows[0]), rule, *(line(r) for r in rows[1:])])
