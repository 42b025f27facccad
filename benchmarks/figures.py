"""The benchmark's figures: percentiles, a sample's summary, and a row of the results table."""

from __future__ import annotations

import statistics
from dataclasses import asdict, dataclass, fields
from typing import Any

FULL_SIZE = 100_000  # the size the per-archive targets are stated for


def percentile(values: list[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    pos = (len(ordered) - 1) * q
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def summary(samples: list[float]) -> dict[str, Any]:
    return {
        "n": len(samples),
        "median": statistics.median(samples),
        "min": min(samples),
        "max": max(samples),
        "p50": percentile(samples, 0.5),
        "p95": percentile(samples, 0.95),
        "samples": [round(s, 6) for s in samples],
    }


@dataclass
class Row:
    key: str
    group: str  # the phase that measured it: build, reindex, queries, app, bbc
    label: str
    unit: str  # "s" | "ms" | "MB"
    ours: dict[str, Any] | None = None  # summary(); None when skipped
    recoll: dict[str, Any] | None = None
    recoll_note: str = ""  # why there is no recoll figure
    stat: str = "median"  # the figure compared with the target: median | p95 | max
    target: float | None = None
    target_on: str = "value"  # "value" or "ratio" (ours / recoll)
    target_text: str = ""
    indicative: bool = False  # the target is stated for another size: shown in parentheses
    per_second: float | None = None  # articles per second, for builds
    note: str = ""
    skipped: str = ""  # why the row was not measured

    @property
    def value(self) -> float | None:
        return None if self.ours is None else float(self.ours[self.stat])

    @property
    def ratio(self) -> float | None:
        if self.ours is None or self.recoll is None or not self.recoll["median"]:
            return None
        return self.ours["median"] / self.recoll["median"]

    @property
    def passed(self) -> bool | None:
        if self.target is None:
            return None
        figure = self.ratio if self.target_on == "ratio" else self.value
        return None if figure is None else figure <= self.target

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(value=self.value, ratio=self.ratio, passed=self.passed)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Row:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})
