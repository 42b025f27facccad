"""The second ten of the twenty runs killed at each moment of their work (see interrupting.py)."""

from __future__ import annotations

from pathlib import Path

from interrupting import kill_runs_at_each_moment


def test_killing_the_indexer_never_breaks_the_index_later_runs(tmp_path: Path) -> None:
    kill_runs_at_each_moment(tmp_path, range(10, 20))
