"""benchmarks/open_rows runs every row against a tree (this one, in a process of its own)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import open_rows


def test_every_row_is_measured(samples_index: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert open_rows.main([str(samples_index), "--word", "olst", "--opens", "2"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0] == "| row | this p50 (n) |"
    rows = {line.split(" | ")[0].lstrip("| "): line.split(" | ")[1] for line in table[2:]}
    assert list(rows) == [open_rows.LABELS[row] for row in open_rows.ROWS]
    for row, cell in rows.items():
        assert cell.endswith(" ms (2) |"), (row, cell)
