"""Issue 9, the slow cases, with checks that fail when the cost stops being linear.

No wall-clock thresholds (the machine is shared): parsing is compared by its CPU time per MB
at two sizes (quadratic code doubles it), and the folder scan by the file-system calls it
makes (a realpath per folder made them grow with the square of the depth)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from benchmarks import hostile, parse_speed
from tuiarchive.indexer.scan import scan

# 24 KB of two-word lines: the old paragraph joining took ~4 s on it (13.6 s on 16 KB of
# 8,000 lines by hand), linear parsing a few hundredths
SIZE = 24 * 1024


@pytest.mark.parametrize("shape", ["many short lines of one sentence", "many one-word lines", "many blank lines"])
def test_parsing_costs_the_same_per_line_at_twice_the_lines(shape: str) -> None:
    make = parse_speed.SHAPES[shape]
    ratios = []
    for _ in range(3):  # a ratio is a fact about the code; three tries keep one noisy measure out
        ratios.append(parse_speed.per_mb_ratio(make, SIZE, repeat=3)[2])
        if ratios[-1] <= parse_speed.MAX_RATIO:
            break
    assert min(ratios) <= parse_speed.MAX_RATIO, (shape, ratios)


def test_the_parse_benchmark_has_a_bound_and_an_exit_status(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setattr(parse_speed, "SHAPES", {"many short lines of one sentence": parse_speed._short_lines})
    assert parse_speed.main(["--mb", "0.02", "--repeat", "1", "--bbc", "/nonexistent"]) == 0
    assert "ratio" in capsys.readouterr().out
    # a bound no parser meets (below 0: every ratio is over it): the verdict is the exit status
    assert parse_speed.main(["--mb", "0.02", "--repeat", "1", "--bbc", "/nonexistent", "--max-ratio", "-1"]) == 1
    assert "not linear" in capsys.readouterr().err


def _filesystem_calls(root: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, list]:
    """The stat, lstat and scandir calls a scan of `root` makes (realpath's own lstat calls too)."""
    calls = 0

    def counted(function):
        def call(*args, **kwargs):
            nonlocal calls
            calls += 1
            return function(*args, **kwargs)

        return call

    with monkeypatch.context() as patch:
        for name in ("stat", "lstat", "scandir"):
            patch.setattr(os, name, counted(getattr(os, name)))
        found = list(scan([root], root.parent / "no-index", []))
    return calls, found


def test_a_deep_folder_is_scanned_at_a_cost_linear_in_its_depth(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counts = {}
    for depth in (250, 1000):  # 1,000 deep took 18.8 s by hand before the fix (2,000: 166 s)
        base = tmp_path / f"deep{depth}"
        base.mkdir()
        try:
            hostile.make_deep(base, depth)
            counts[depth], found = _filesystem_calls(base, monkeypatch)
            assert len(found) == 1 and found[0].path.endswith("/d" * depth + "/a.txt")
        finally:
            subprocess.run(["rm", "-rf", str(base)], check=False)  # shutil.rmtree recurses as deep
    # four times as deep: about four times the calls (a realpath per folder made it sixteen)
    assert counts[1000] <= 5 * counts[250], counts
