"""The rows a reader feels when opening an article (issue 12), alone or interleaved between trees.

- "Open article (core)": the benchmark's sequence (benchmarks/run.py): for each of the first
  `--opens` hits of a common word, drop_caches and similar, then Archive.article + resolve +
  backlinks, timed.
- "Opened again": the same articles opened a second time (back, forward), Archive.article only.
- "App: Enter to article painted" and "App: Enter to related pane complete": the headless app
  (160x45) with benchmarks/appbench's instrumentation, Enter on each of the first `--opens` hits.

    python -m benchmarks.open_rows INDEX                          # this tree
    python -m benchmarks.open_rows INDEX --before TREE [--before-index INDEX2] --rounds 3

Each tree runs in a process of its own (PYTHONPATH=TREE), rounds interleaved (before, this,
before, this, ...); each row's p50 over every round is printed per tree. TREE may be an export of
an old commit: one without benchmarks/appbench.py (083115a) has the instrumentation in
benchmarks/run.py. An old tree may need an index built by its own code (--before-index).
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve()
ROWS = ("core", "again", "open", "pane")
LABELS = {
    "core": "Open article (core)",
    "again": "Opened again (Archive.article)",
    "open": "App: Enter to article painted",
    "pane": "App: Enter to related pane complete",
}


def _core(index: Path, word: str, opens: int) -> dict[str, list[float]]:
    from tuiarchive.archive import Archive

    archive = Archive(index)
    ids = [h.id for h in archive.search(word, limit=opens).hits]
    archive.similar(ids[0], top=10)  # warm-up, as the benchmark
    core, again = [], []
    for article_id in ids:
        archive.drop_caches()
        archive.similar(article_id, top=10)
        started = time.perf_counter()
        article = archive.article(article_id)
        archive.resolve(article)
        archive.backlinks(article_id)
        core.append((time.perf_counter() - started) * 1000)
    for article_id in ids[-10:]:  # the last ten: what back and forward find
        started = time.perf_counter()
        archive.article(article_id)
        again.append((time.perf_counter() - started) * 1000)
    archive.close()
    return {"core": core, "again": again}


async def _app(index: Path, word: str, opens: int) -> dict[str, list[float]]:
    from textual.widgets import Input

    try:
        from benchmarks.appbench import APP_SIZE, _instrumented, _Marks, _until
    except ImportError:  # a tree from before appbench.py
        from benchmarks.run import APP_SIZE, _instrumented, _Marks, _until  # type: ignore[no-redef]
    from tuiarchive.app.main import ArchiveApp
    from tuiarchive.app.results import ResultsList

    try:
        from tuiarchive.memory import Memory

        app = ArchiveApp(index, memory=Memory.for_this_session())
    except ImportError:  # a tree from before the reader's memory
        app = ArchiveApp(index)
    marks = _Marks()
    with _instrumented(marks):
        async with app.run_test(size=APP_SIZE) as pilot:
            results = app.query_one(ResultsList)
            await _until(lambda: results.total > 0 and marks.results_painted is not None)
            await app.workers.wait_for_complete()
            before = results.generation
            app.query_one("#search", Input).value = word
            await _until(lambda: results.generation > before and results.total >= 1)
            await app.workers.wait_for_complete()
            painted, pane = await _open_loop().open_hits(pilot, results, marks, opens)
    return {"open": [s * 1000 for s in painted], "pane": [s * 1000 for s in pane]}


def _open_loop() -> ModuleType:
    """This tree's benchmarks/appbench.py, read from beside this file: its open loop times every
    tree the same way, while the instrumentation is the tree's own (its widgets' methods may differ;
    benchmarks.appbench on PYTHONPATH is the tree's)."""
    spec = importlib.util.spec_from_file_location("_open_loop", HERE.with_name("appbench.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _one(index: Path, word: str, opens: int) -> None:
    """In the tree under test: every row once, as JSON on stdout."""
    found = _core(index, word, opens)
    found.update(asyncio.run(_app(index, word, opens)))
    print(json.dumps(found))


def _run(tree: Path, index: Path, word: str, opens: int) -> dict[str, list[float]]:
    with tempfile.TemporaryDirectory(prefix="open-rows-") as data:
        env = {**os.environ, "PYTHONPATH": str(tree), "TUIARCHIVE_DATA": data}
        done = subprocess.run(
            [sys.executable, str(HERE), "--one", str(index), "--word", word, "--opens", str(opens)],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    if done.returncode:
        raise SystemExit(f"{tree}: {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else done.returncode}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.open_rows", description=__doc__.split("\n")[0])
    parser.add_argument("index", type=Path, help="an index (the benchmark's: WORK/index-w2-2)")
    parser.add_argument("--before", type=Path, help="another tree, run interleaved with this one")
    parser.add_argument("--before-index", type=Path, help="the index the other tree reads (default: INDEX)")
    parser.add_argument("--word", default="people", help="the search whose hits are opened (default people)")
    parser.add_argument("--opens", type=int, default=10, help="hits opened each round (default 10, as the benchmark)")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        _one(args.index, args.word, args.opens)
        return 0
    here = HERE.parents[1]
    trees = [("this", here, args.index)]
    if args.before is not None:
        trees.insert(0, ("before", args.before, args.before_index or args.index))
    samples: dict[str, dict[str, list[float]]] = {name: {row: [] for row in ROWS} for name, _, _ in trees}
    for _ in range(args.rounds):
        for name, tree, index in trees:
            for row, values in _run(tree, index, args.word, args.opens).items():
                samples[name][row].extend(values)
    print(f"| row | {' | '.join(f'{name} p50 (n)' for name, _, _ in trees)} |")
    print(f"|---|{'---|' * len(trees)}")
    for row in ROWS:
        cells = [f"{statistics.median(samples[name][row]):.2f} ms ({len(samples[name][row])})" for name, _, _ in trees]
        print(f"| {LABELS[row]} | {' | '.join(cells)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
