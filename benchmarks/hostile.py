"""Hostile input at size: what issue 9's slow cases cost, against a bound each.

    python -m benchmarks.hostile                 # 5,000 generated articles, depths 1,000 and 2,000
    python -m benchmarks.hostile --size 20000 --repeat 5

Each row is the median of --repeat runs (and its min-max), with the bound it must stay
under; the command exits 1 when a row is over its bound. Before issue 9's fixes: a folder
1,000 deep took 18.8-21.7 s to scan (2,000: 166 s), `*a*` 1.9 s, `*` and `[a TO z]` 3-4 s,
36 wildcards ORed 33 s and 470 MB, 500 words ANDed 53 s (on the tester's archive). A
query over its cost limit is refused with a message: the row measures how fast that is.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import string
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tuiarchive.archive import Archive, QueryError
from tuiarchive.indexer import scan, update_index

from . import generate as gen

REPO = Path(__file__).resolve().parents[1]
ARTICLE = REPO / "samples" / "2025-01-08-dresk-council-approves-olst-bridge.txt"


@dataclass(slots=True)
class Row:
    name: str
    what: str
    bound: float  # seconds
    samples: list[float]
    outcome: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def ok(self) -> bool:
        return self.median <= self.bound


def make_deep(base: Path, depth: int) -> None:
    """A folder `depth` levels deep with one article at the bottom (made through directory
    descriptors: the path itself may be longer than a path may be)."""
    fd = os.open(base, os.O_RDONLY)
    try:
        for _ in range(depth):
            os.mkdir("d", dir_fd=fd)
            inner = os.open("d", os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
        out = os.open("a.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(out, ARTICLE.read_bytes())
        os.close(out)
    finally:
        os.close(fd)


def timed(call: Callable[[], object], repeat: int) -> tuple[list[float], object]:
    samples, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = call()
        samples.append(time.perf_counter() - started)
    return samples, result


def query_outcome(archive: Archive, text: str) -> str:
    try:
        page = archive.search(text, limit=20)
    except QueryError as exc:
        return f"refused: {exc}"
    return f"{page.total} matches"


def run(size: int, depths: list[int], repeat: int, work: Path) -> list[Row]:
    rows: list[Row] = []
    for depth in depths:
        base = Path(tempfile.mkdtemp(prefix="d", dir="/tmp"))  # short: depth 2,000 is 4,000 characters
        try:
            make_deep(base, depth)
            samples, found = timed(lambda base=base: list(scan([base], work / "no-index", [])), repeat)
            assert len(found) == 1, found
            rows.append(Row(f"scan_depth_{depth}", f"scan a folder {depth:,} deep", 2.0, samples, "1 file found"))
        finally:
            subprocess.run(["rm", "-rf", str(base)], check=False)  # shutil.rmtree recurses too deep

    corpus, index = work / "corpus", work / "index"
    if not index.exists():
        gen.generate(gen.pick_source("builtin", 0), size, corpus, seed=0)
        update_index(index, [corpus])
    with Archive(index) as archive:
        words = sorted({w for w in " ".join(h.title for h in archive.search("", limit=2000).hits).lower().split()})
        words = [w for w in words if w.isalpha()]
        queries = {
            "q_infix": "*a*",
            "q_star": "*",
            "q_range": "[a TO z]",
            "q_36_wildcards": " OR ".join(f"{c}*" for c in string.ascii_lowercase + string.digits),
            "q_500_and": " ".join((words * 500)[:500])[:2000],
            "q_field_star": "by:*",
        }
        for name, text in queries.items():
            outcome = query_outcome(archive, text)
            samples, _ = timed(lambda text=text: query_outcome(archive, text), repeat)
            rows.append(Row(name, f"search {text[:40]!r}", 1.0, samples, outcome[:90]))
    return rows


def table(rows: list[Row]) -> str:
    lines = ["| row | what | median s (min-max) | bound s | ok | outcome |", "|---|---|---|---|---|---|"]
    for r in rows:
        spread = f"{r.median:.3f} ({min(r.samples):.3f}-{max(r.samples):.3f})"
        lines.append(f"| {r.name} | {r.what} | {spread} | {r.bound:g} | {'yes' if r.ok else 'NO'} | {r.outcome} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.hostile", description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=5000, help="generated articles for the query rows")
    parser.add_argument("--depths", default="1000,2000", help="folder depths to scan")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--work", type=Path, default=None, help="scratch folder (kept; its index is reused)")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="tuiarchive-hostile-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        rows = run(args.size, [int(d) for d in args.depths.split(",") if d], max(1, args.repeat), work)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print(table(rows))
    over = [r.name for r in rows if not r.ok]
    if over:
        print(f"over the bound: {', '.join(over)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
