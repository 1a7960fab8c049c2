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


def format_value(value: float, unit: str) -> str:
    if unit == "s":
        return format_ms(value)
    if unit == "×":
        return format_ratio(value)
    return "n/a" if math.isnan(value) else f"{value:,.1f} {unit}"


def row(m: Measurement) -> tuple[str, ...]:
    single = m.value.count == 1  # one reading: no spread to show
    return (
        m.name,
        format_value(m.value.median, m.unit),
        "—" if single else format_value(m.value.p95, m.unit),
        format_value(m.floor.median, m.unit),
        format_ratio(m.ratio) if m.floor.median > 0.5 or m.unit == "s" else "n/a",
        m.target.describe(m.unit),
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
