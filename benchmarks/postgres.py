"""The PostgreSQL engine beside whoosh, on the same generated archive, in the same run.

    python -m benchmarks.postgres --size 10000 --workers 2          # a throwaway cluster
    python -m benchmarks.postgres --size 100000 --url postgresql://...  # a server of yours

Builds the archive with `tuiarchive index` (a process, timed wall-clock) into a whoosh folder
and into a PostgreSQL database, then runs benchmarks/run.py's query mix on both through
Archive (p50/p95 over --runs searches each, after one warm-up), more-like-this and opening
an article, and 8 clients searching at once while an indexer re-reads 1% of the files.
Prints a Markdown table and writes it to --out/postgres-<size>.md. The throwaway cluster
(tests/pg_server.py) runs with fsync off: a figure for the engine, not for a durable server.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from . import generate as gen
from .run import OURS, REPO, percentile, prepare_corpus

FULL_SIZE = 100_000
TARGETS = {"build": 300.0, "query": 50.0, "busy": 100.0}  # issue 11, at 100k: s, p95 ms, p95 ms


def _build(corpus: Path, where: str, workers: int, env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run([*OURS, "index", "--index", where, "-j", str(workers), "-q", str(corpus)],
                          capture_output=True, text=True, env=env)  # fmt: skip
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):  # 1: some files failed to parse, as in the main benchmark
        raise RuntimeError(f"index failed: {done.stderr[-500:]}")
    print(f"  {done.stdout.strip().splitlines()[0]}", file=sys.stderr)
    return seconds


def _query_mix(words: dict[str, str]) -> list[tuple[str, str, str]]:
    middle = gen.FIRST_DAY.year + 3
    return [
        ("single common word", words["common"], "relevance"),
        ("two words", words["two"], "relevance"),
        ("phrase", f'"{words["phrase"]}"', "relevance"),
        ("field (title:)", f"title:{words['title']}", "relevance"),
        ("date range", f"date:[{middle}-01-01 to {middle}-06-30]", "relevance"),
        ("common word, sorted newest", words["common"], "newest"),
    ]


def _timed(func, runs: int) -> list[float]:
    func()  # warm-up
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        func()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def _fmt(samples: list[float]) -> str:
    return f"{percentile(samples, 0.5):.1f} / {percentile(samples, 0.95):.1f}"


def _busy_p95(location, words: dict[str, str], corpus: Path, where: str, env: dict[str, str], runs: int) -> float:
    """p95 of searches by 8 clients at once while an indexer re-reads 1% of the files."""
    from tuiarchive.archive import Archive

    files = sorted(corpus.rglob("*.txt"))
    for path in random.Random(1).sample(files, max(1, len(files) // 100)):
        os.utime(path, None)  # changed by its time: re-read, the same text
    indexer = subprocess.Popen([*OURS, "index", "--index", where, "-j", "1", "-q"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    queries = [text for _, text, _ in _query_mix(words)]
    samples: list[float] = []
    lock = threading.Lock()

    def client(k: int) -> None:
        with Archive(location) as archive:
            for n in range(runs):
                started = time.perf_counter()
                archive.search(queries[(k + n) % len(queries)], limit=20)
                with lock:
                    samples.append((time.perf_counter() - started) * 1000)

    threads = [threading.Thread(target=client, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    indexer.wait()
    return percentile(samples, 0.95)


def _measure(location, words: dict[str, str], runs: int) -> dict[str, list[float]]:
    """The query mix, more like this and opening an article, in ms, on one engine's archive."""
    from tuiarchive.archive import Archive

    timings: dict[str, list[float]] = {}
    with Archive(location) as archive:
        for label, text, sort in _query_mix(words):
            found = archive.search(text, sort=sort, limit=20).total
            print(f"  {location}: {text!r} sorted {sort}: {found:,} matches", file=sys.stderr)
            timings[label] = _timed(lambda t=text, s=sort: archive.search(t, sort=s, limit=20), runs)
        ids = [h.id for h in archive.search(words["common"], limit=runs + 1).hits]
        if len(ids) < 2:
            raise RuntimeError(f"{words['common']!r} found {len(ids)} articles in {location}")
        similar = iter(ids * 2)
        timings["more like this"] = _timed(lambda: archive.similar(next(similar), top=10), len(ids) - 1)
        opened = iter(ids * 2)

        def open_one() -> None:
            article = archive.article(next(opened))
            archive.resolve(article)
            archive.backlinks(article.id)

        timings["open article (core)"] = _timed(open_one, len(ids) - 1)
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.postgres", description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--runs", type=int, default=20, help="searches per query (after a warm-up)")
    parser.add_argument("--url", default=None, help="a database to use (default: a throwaway cluster)")
    parser.add_argument("--from", dest="source", default=None, help="corpus for the words (see benchmarks/README)")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "out")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(REPO))
    from tests import pg_server
    from tuiarchive.archive import Archive
    from tuiarchive.config import locate_index

    server = None
    if args.url is None:
        server = pg_server.start()
        url = server.url(server.new_database())
    else:
        url = args.url
    env = {**os.environ, "TUIARCHIVE_MACHINE": "bench"}
    rows: list[tuple[str, str, str, str]] = []
    try:
        with tempfile.TemporaryDirectory(prefix="tuiarchive-pgbench-") as tmp:
            work = Path(tmp)
            corpus, info, _ = prepare_corpus(work, args.size, args.source, 0)
            words = info["queries"]
            folder = str(work / "whoosh-index")
            locations = {"whoosh": locate_index(folder).path, "postgresql": locate_index(url).path}
            builds = {}
            for name, where in (("whoosh", folder), ("postgresql", url)):
                print(f"building {name} ({args.size} articles, {args.workers} workers)", file=sys.stderr)
                builds[name] = _build(corpus, where, args.workers, env)
            rows.append(("Build, 2 workers" if args.workers == 2 else f"Build, {args.workers} workers", "s",
                         f"{builds['whoosh']:.1f}", f"{builds['postgresql']:.1f}"))  # fmt: skip
            timings = {name: _measure(location, words, args.runs) for name, location in locations.items()}
            timings["whoosh"]["_size"] = [sum(f.stat().st_size for f in Path(folder).iterdir() if f.is_file()) / 1e6]
            with Archive(locations["postgresql"]) as archive:
                timings["postgresql"]["_size"] = [archive.stats().index_bytes / 1e6]
            for label in timings["whoosh"]:
                if label == "_size":
                    continue
                rows.append((f"Query: {label}", "ms p50 / p95", _fmt(timings["whoosh"][label]),
                             _fmt(timings["postgresql"][label])))  # fmt: skip
            rows.append(("Index size", "MB", f"{timings['whoosh']['_size'][0]:.0f}",
                         f"{timings['postgresql']['_size'][0]:.0f}"))  # fmt: skip
            busy = {name: _busy_p95(locations[name], words, corpus, where, env, max(5, args.runs // 2))
                    for name, where in (("whoosh", folder), ("postgresql", url))}  # fmt: skip
            rows.append(("8 clients searching while an indexer runs", "ms p95", f"{busy['whoosh']:.1f}",
                         f"{busy['postgresql']:.1f}"))  # fmt: skip
    finally:
        if server is not None:
            server.stop()
    table = [
        f"# PostgreSQL beside whoosh: {args.size:,} generated articles",
        "",
        f"`python -m benchmarks.postgres --size {args.size} --workers {args.workers} --runs {args.runs}`"
        f"{' (throwaway cluster, fsync off)' if args.url is None else ''}; targets of issue 11 are at "
        f"{FULL_SIZE:,}: build ≤ 5 min with 2 workers, query p95 ≤ 50 ms, 8 busy clients p95 ≤ 100 ms.",
        "",
        "| what | unit | whoosh | PostgreSQL |",
        "|---|---|---|---|",
        *[f"| {what} | {unit} | {a} | {b} |" for what, unit, a, b in rows],
        "",
    ]
    text = "\n".join(table)
    print(text)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"postgres-{args.size}.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
