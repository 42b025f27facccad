"""The hostile-input benchmark on a tiny archive: every row is measured and has a bound.

Whether the rows stay under their bounds is the benchmark's own verdict (its exit status),
at size: `python -m benchmarks.hostile`. Here it only has to run and report.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import hostile


def test_the_hostile_benchmark_measures_every_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = hostile.run(size=40, depths=[60], repeat=1, work=tmp_path)
    names = [r.name for r in rows]
    assert names == ["scan_depth_60", "q_infix", "q_star", "q_range", "q_36_wildcards", "q_500_and", "q_field_star"]
    assert all(r.samples and r.samples[0] >= 0 and r.bound > 0 for r in rows)
    assert rows[0].outcome == "1 file found"
    printed = hostile.table(rows)
    assert printed.count("\n") == len(rows) + 1 and "| q_36_wildcards |" in printed
