"""The second half of the runs killed at each moment of their work (see interrupting.py)."""

from __future__ import annotations

from pathlib import Path

from interrupting import KILLS, kill_runs_at_each_moment


def test_killing_the_indexer_never_breaks_the_index_later_runs(tmp_path: Path) -> None:
    kill_runs_at_each_moment(tmp_path, range(KILLS // 2, KILLS))
