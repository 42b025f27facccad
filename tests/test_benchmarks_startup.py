"""The start-up benchmark on a small generated archive (a file of its own: beside the smoke run
in test_benchmarks_smoke.py it made one file of about a minute, which xdist's loadfile cannot split)."""

from __future__ import annotations

import sys
from pathlib import Path

from test_benchmarks_smoke import run_guarded

from benchmarks import generate as gen

REPO = Path(__file__).resolve().parents[1]


def test_startup_benchmark_times_every_command(tmp_path: Path) -> None:
    """`python -m benchmarks.startup` on a small generated archive: a figure for each command,
    and for the same commands of an earlier source tree (here this one) given with --before."""
    source = gen.filler_source()
    gen.generate(source, 30, tmp_path / "corpus", seed=1)
    cmd = [sys.executable, "-m", "benchmarks.startup", "--bbc", str(tmp_path / "corpus"), "--runs", "1"]
    cmd += ["--word", gen.query_words(source)["common"]]
    cmd += ["--skip-recoll", "--before", str(REPO), "--work", str(tmp_path / "work")]
    done = run_guarded(cmd)
    assert done.returncode == 0, done.stderr[-3000:]
    rows = {line.split(" | ")[0].lstrip("| "): line for line in done.stdout.splitlines() if line.startswith("| `")}
    names = ["--help", "search", "show", "stats", "index (nothing changed)"]
    expected = ["`python -c pass`", *(f"`tuiarchive {n}{s}`" for n in names for s in (" (before)", ""))]
    assert list(rows) == expected
    for line in rows.values():
        wall = line.split(" | ")[1]
        assert wall.endswith(" ms") and float(wall.split()[0]) > 0, line
    assert "≤ 100 ms" in rows["`tuiarchive search`"] and "≤ 80 ms" in rows["`tuiarchive --help`"]
