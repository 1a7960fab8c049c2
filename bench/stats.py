"""Summary statistics and the measurement record every benchmark returns."""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, field


def percentile(samples: list[float], fraction: float) -> float:
    """The ``fraction`` quantile (0–1) by linear interpolation between order statistics."""
    if not samples:
        return math.nan
    ordered = sorted(samples)
    position = (len(ordered) - 1) * fraction
    low = math.floor(position)
    high = math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@dataclass(frozen=True)
class Summary:
    """Median and p95 of a list of samples: durations in seconds, or megabytes (``unit``)."""

    median: float
    p95: float
    count: int

    @classmethod
    def of(cls, samples: list[float]) -> Summary:
        if not samples:
            return cls(math.nan, math.nan, 0)
        return cls(statistics.median(samples), percentile(samples, 0.95), len(samples))


@dataclass(frozen=True)
class Target:
    """What a row must meet: ``p95 < limit`` seconds, ``median/floor < limit``, or
    ``median < limit`` in the row's own unit ("below", e.g. megabytes)."""

    kind: str  # "p95" | "ratio" | "below" | "none"
    limit: float = math.nan
    ratio_limit: float = math.nan  # with "p95": the ratio must stay below this too

    def describe(self, unit: str = "s") -> str:
        if self.kind == "p95" and not math.isnan(self.ratio_limit):
            return f"p95 < {self.limit * 1000:g} ms, ratio < {self.ratio_limit:g}×"
        if self.kind == "p95":
            return f"p95 < {self.limit * 1000:g} ms"
        if self.kind == "ratio":
            return f"ratio < {self.limit:g}×"
        if self.kind == "below":
            if unit == "s":
                return f"median < {self.limit * 1000:g} ms"
            return f"median < {self.limit:g} {unit}"
        return "—"

    def met(self, value: Summary, floor: Summary) -> bool | None:
        if self.kind == "p95":
            within = math.isnan(self.ratio_limit) or ratio(value, floor) < self.ratio_limit
            return value.p95 < self.limit and within
        if self.kind == "ratio":
            return ratio(value, floor) < self.limit
        if self.kind == "below":
            return value.median < self.limit
        return None


NO_TARGET = Target("none")


def ratio(value: Summary, floor: Summary) -> float:
    """Median over floor median: how many floors the real thing costs."""
    if not floor.median or math.isnan(floor.median):
        return math.nan
    return value.median / floor.median


@dataclass(frozen=True)
class Measurement:
    """One table row: a figure, the floor it stands beside, and its target."""

    name: str
    value: Summary
    floor: Summary
    floor_name: str
    target: Target = NO_TARGET
    notes: dict[str, object] = field(default_factory=dict)
    unit: str = "s"  # "s" (shown in ms) or "MB"

    @property
    def ratio(self) -> float:
        return ratio(self.value, self.floor)

    @property
    def verdict(self) -> str:
        met = self.target.met(self.value, self.floor)
        if met is None:
            return "info"
        return "ok" if met else "MISS"

    def as_json(self) -> dict[str, object]:
        if self.unit != "s":
            return {
                "name": self.name, "unit": self.unit, "median": self.value.median,
                "samples": self.value.count, "floor": self.floor_name,
                "floor_median": self.floor.median, "ratio": self.ratio,
                "target": self.target.describe(self.unit), "verdict": self.verdict, **self.notes,
            }
        return {
            "name": self.name,
            "median_ms": self.value.median * 1000,
            "p95_ms": self.value.p95 * 1000,
            "samples": self.value.count,
            "floor": self.floor_name,
            "floor_median_ms": self.floor.median * 1000,
            "floor_p95_ms": self.floor.p95 * 1000,
            "floor_samples": self.floor.count,
            "ratio": self.ratio,
            "target": self.target.describe(),
            "verdict": self.verdict,
            **self.notes,
        }
