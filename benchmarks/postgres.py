"""The PostgreSQL engine beside whoosh, on the same generated archive, in the same run.

    python -m benchmarks.postgres --size 10000 --workers 2          # a throwaway cluster
    python -m benchmarks.postgres --size 100000 --url postgresql://...  # a server of yours
    python -m benchmarks.postgres --size 10000 --engines postgresql --work /tmp/pgb  # PostgreSQL only,
                                                                      # the corpus kept for the next run
    python -m benchmarks.postgres --size 100000 --url postgresql://... --work W --phases queries,app
                                            # the searches again on an archive built by an earlier run

Builds the archive with `tuiarchive index` (a process, timed wall-clock) into a whoosh folder
and into a PostgreSQL database, then runs benchmarks/run.py's query mix on both through
Archive (p50/p95 over --runs searches each, after one warm-up), more-like-this and opening
an article, keystroke to results painted in the app (benchmarks/run.py's headless app), and
8 clients searching at once while an indexer re-reads 1% of the files, their text changed.
Prints a Markdown table and writes it to --out/postgres-<size>.md. The throwaway cluster
(tests/pg_server.py) runs with fsync off: a figure for the engine, not for a durable server.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from . import generate as gen
from .postgres_server import server_cpu
from .run import OURS, REPO, _app_bench, percentile, prepare_corpus

FULL_SIZE = 100_000
TARGETS = {"build": 300.0, "query": 50.0, "keystroke": 150.0, "busy": 100.0}  # issue 11, at 100k: s, p95 ms
ENGINES = ("whoosh", "postgresql")
PHASES = ("build", "queries", "app", "busy")  # what a run measures (--phases); all of them by default
KEYSTROKES = 20  # keys typed in the app, as benchmarks/run.py types them


def _server_cpu(folder: str | None) -> float | None:
    """CPU seconds the throwaway cluster's processes have used so far (the postmaster, the
    children it reaped, and those alive); None for a server of the user's."""
    if folder is None:
        return None
    try:
        return server_cpu(int(Path(folder, "data", "postmaster.pid").read_text().split()[0]))
    except (OSError, ValueError, IndexError):
        return None


def _build(corpus: Path, where: str, workers: int, env: dict[str, str], server: str | None) -> tuple[float, str]:
    """Wall seconds of `tuiarchive index`, and where the CPU went (the indexer and its workers,
    the server): on a shared machine the wall time follows the load, the CPU much less."""
    before, server_before = resource.getrusage(resource.RUSAGE_CHILDREN), _server_cpu(server)
    started = time.perf_counter()
    done = subprocess.run([*OURS, "index", "--index", where, "-j", str(workers), "-q", str(corpus)],
                          capture_output=True, text=True, env=env)  # fmt: skip
    seconds = time.perf_counter() - started
    after, server_after = resource.getrusage(resource.RUSAGE_CHILDREN), _server_cpu(server)
    if done.returncode not in (0, 1):  # 1: some files failed to parse, as in the main benchmark
        raise RuntimeError(f"index failed: {done.stderr[-500:]}")
    print(f"  {done.stdout.strip().splitlines()[0]}", file=sys.stderr)
    cpu = f"{after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime:.0f}"
    if server_before is not None and server_after is not None:
        cpu += f" + {server_after - server_before:.0f}"
    return seconds, cpu


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


def _timed(func, runs: int, archive=None) -> list[float]:
    """ms of each run after a warm-up; with `archive`, each run a first search (drop_caches:
    no count kept by the last, as benchmarks/run.py's rows)."""
    func()  # warm-up
    samples = []
    for _ in range(runs):
        if archive is not None:
            archive.drop_caches()
        started = time.perf_counter()
        func()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def _fmt(samples: list[float]) -> str:
    return f"{percentile(samples, 0.5):.1f} / {percentile(samples, 0.95):.1f}"


def _busy(location, words: dict[str, str], corpus: Path, where: str, env: dict[str, str], first: int,
          clients: int = 8) -> list[float]:  # fmt: skip
    """The searches of `clients` (the row: 8) at once for the whole run of an indexer that re-parses and
    writes the articles of 1% of the files, their text changed (_edited) (ms): each client
    its own Archive, searching in a loop from the indexer's start until it ends (at least
    once), the mix's words in turn from its own place in it; each search a first one (no
    count kept). Until 6 Dec 2026 each client searched `first` times and stopped, which at
    100k ended within the indexer's first 2 s (its start: imports, the files' states read),
    before it wrote anything; the p50 / p95 of those first searches is said on stderr beside
    the row, for comparison, with the indexer's summary (N updated)."""
    with _edited(corpus) as edited:
        return _busy_searches(location, words, where, env, first, edited, clients)


@contextlib.contextmanager
def _edited(corpus: Path) -> Iterator[int]:
    """1% of the benchmark's own generated files (never the user's) get a made-up sentence
    with this run's tag added to their longest line (a body paragraph), so that the indexer
    really re-parses and writes them (a new hash; before 6 Dec 2026 an os.utime kept the
    bytes: "unchanged", only the catalog was touched); their bytes are put back afterwards.
    The tag differs every run: the archive keeps the last run's sentence, which a constant
    one would match again."""
    files = sorted(corpus.rglob("*.txt"))
    originals = {path: path.read_bytes() for path in random.Random(1).sample(files, max(1, len(files) // 100))}
    tag = f"{time.time_ns():x}"
    try:
        for path, data in originals.items():
            lines = data.decode("utf-8", "replace").split("\n")
            longest = max(range(len(lines)), key=lambda n: len(lines[n]))
            lines[longest] += f" The harbour committee revised this report in run {tag}."
            path.write_text("\n".join(lines), encoding="utf-8")
        yield len(originals)
    finally:
        for path, data in originals.items():
            path.write_bytes(data)


def _busy_searches(location, words: dict[str, str], where: str, env: dict[str, str], first: int,
                   edited: int, clients: int = 8) -> list[float]:  # fmt: skip
    """_busy's clients and indexer, with `edited` files changed."""
    from tuiarchive.archive import Archive

    indexer = subprocess.Popen([*OURS, "index", "--index", where, "-j", "1", "-q"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    queries = [(text, sort) for _, text, sort in _query_mix(words)]  # (until 6 Dec 2026 without the sorts:
    # the common word twice by relevance, never sorted newest)
    samples: list[tuple[int, float, tuple[str, str]]] = []  # (the client's n-th search, ms, the query and sort)
    lock = threading.Lock()
    indexing = threading.Event()
    indexing.set()

    def client(k: int) -> None:
        with Archive(location) as archive:
            n = 0
            while n == 0 or indexing.is_set():
                archive.drop_caches()  # a first search: no count kept from this client's last round
                started = time.perf_counter()
                query = queries[(k + n) % len(queries)]
                archive.search(query[0], sort=query[1], limit=20)
                with lock:
                    samples.append((n, (time.perf_counter() - started) * 1000, query))
                n += 1

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    said, errors = indexer.communicate()
    indexing.clear()
    for t in threads:
        t.join()
    if indexer.returncode not in (0, 1):  # 1: some files failed to parse, as in the build
        raise RuntimeError(f"the busy phase's indexer failed: {errors[-500:]}")
    summary = next((line for line in said.splitlines() if " updated, " in line), "")
    updated = re.search(r"(\d+) updated", summary)
    if updated is None or int(updated.group(1)) == 0:  # the row would measure searches beside a stat walk
        raise RuntimeError(f"the busy phase's indexer wrote nothing ({edited} files edited): {said[-500:]!r}")
    print(f"  busy: the indexer: {summary.strip()} ({edited} files edited)", file=sys.stderr)
    early = [ms for n, ms, _ in samples if n < first]
    print(f"  busy: {len(samples)} searches while the indexer ran; each client's first {first} alone "
          f"(the row's measure before 6 Dec 2026): ms p50 / p95 {_fmt(early)}", file=sys.stderr)  # fmt: skip
    each = "; ".join(f"{q} {s} {_fmt([ms for _, ms, asked in samples if asked == (q, s)])}" for q, s in queries)
    print(f"  busy: each query's ms p50 / p95: {each}", file=sys.stderr)
    return [ms for _, ms, _ in samples]


def _measure(location, words: dict[str, str], runs: int) -> dict[str, list[float]]:
    """The query mix, more like this and opening an article, in ms, on one engine's archive."""
    from tuiarchive.archive import Archive

    timings: dict[str, list[float]] = {}
    with Archive(location) as archive:
        for label, text, sort in _query_mix(words):
            found = archive.search(text, sort=sort, limit=20).total
            print(f"  {location}: {text!r} sorted {sort}: {found:,} matches", file=sys.stderr)
            timings[label] = _timed(lambda t=text, s=sort: archive.search(t, sort=s, limit=20), runs, archive)
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


Rows = list[tuple[str, str, list[str]]]  # (what, unit, a value per engine)


def _query_rows(engines: list[str], locations: dict, words: dict[str, str], runs: int) -> Rows:
    """The query mix's rows, more like this, opening an article, the mix pooled and the size."""
    from tuiarchive.archive import Archive

    timings = {name: _measure(locations[name], words, runs) for name in engines}
    sizes = {}
    for name in engines:
        with Archive(locations[name]) as archive:
            sizes[name] = archive.stats().index_bytes / 1e6
    rows = [
        (f"Query: {label}", "ms p50 / p95", [_fmt(timings[n][label]) for n in engines]) for label in timings[engines[0]]
    ]
    mix = [label for label, _, _ in _query_mix(words)]
    rows.append(("Query mix: the six above, all searches pooled", "ms p50 / p95",
                 [_fmt([t for label in mix for t in timings[n][label]]) for n in engines]))  # fmt: skip
    rows.append(("Index size", "MB", [f"{sizes[n]:.0f}" for n in engines]))
    return rows


def _keystrokes(location, words: dict[str, str]) -> dict[str, list[float]]:
    """Keystroke to results painted in the headless app (ms): typing straight on, then typing
    again with a pause after every other key (each key pressed while the last count runs)."""
    typed = f"{words['common']} {words['two']} {words['phrase']}"[:KEYSTROKES].rstrip()
    found = asyncio.run(_app_bench(location, typed, words["common"], 3, 1))
    return {k: [v * 1000 for v in found[k]] for k in ("keystroke", "keystroke_counting")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.postgres", description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--runs", type=int, default=20, help="searches per query (after a warm-up)")
    parser.add_argument("--url", default=None, help="a database to use (default: a throwaway cluster)")
    parser.add_argument("--from", dest="source", default=None, help="corpus for the words (see benchmarks/README)")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "out")
    parser.add_argument("--work", type=Path, default=None, help="keep the generated corpus here, for the next run")
    parser.add_argument("--engines", default=",".join(ENGINES), help="which columns: whoosh,postgresql (default both)")
    parser.add_argument("--phases", default=",".join(PHASES),
                        help="what to measure: build,queries,app,busy (default all); without build, the "
                        "archives built by an earlier run (--url and --work) are measured as they are")  # fmt: skip
    args = parser.parse_args(argv)
    engines = [name for name in ENGINES if name in args.engines.split(",")]
    if not engines:
        parser.error(f"--engines: one or both of {','.join(ENGINES)}")
    phases = set(args.phases.split(","))
    if not phases or not phases <= set(PHASES):
        parser.error(f"--phases: some of {','.join(PHASES)}")
    if "build" not in phases and (("postgresql" in engines and args.url is None) or args.work is None):
        parser.error("--phases without build measures an archive built earlier: give --work (and --url for postgresql)")

    sys.path.insert(0, str(REPO))
    from tests import pg_server
    from tuiarchive.config import locate_index

    server = None
    if args.url is None and "postgresql" in engines:
        server = pg_server.start()
        url = server.url(server.new_database())
    else:
        url = args.url or ""
    env = {**os.environ, "TUIARCHIVE_MACHINE": "bench"}
    rows: Rows = []
    try:
        with contextlib.ExitStack() as stack:
            work = args.work or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="tuiarchive-pgbench-")))
            work.mkdir(parents=True, exist_ok=True)
            corpus, info, _ = prepare_corpus(work, args.size, args.source, 0)
            words = info["queries"]
            folder = str(work / "whoosh-index")
            if "whoosh" in engines and "build" in phases:
                shutil.rmtree(folder, ignore_errors=True)
            wheres = {"whoosh": folder, "postgresql": url}
            locations = {name: locate_index(wheres[name]).path for name in engines}
            if "build" in phases:
                builds = {}
                for name in engines:
                    print(f"building {name} ({args.size} articles, {args.workers} workers)", file=sys.stderr)
                    builds[name] = _build(corpus, wheres[name], args.workers, env,
                                          server.folder if server and name == "postgresql" else None)  # fmt: skip
                rows.append((f"Build, {args.workers} workers", "s", [f"{builds[n][0]:.1f}" for n in engines]))
                rows.append(("Build CPU: indexer and workers (+ server)", "s", [builds[n][1] for n in engines]))
            if "queries" in phases:
                rows.extend(_query_rows(engines, locations, words, args.runs))
            if "app" in phases:
                typing = {name: _keystrokes(locations[name], words) for name in engines}
                rows.append(("App: keystroke to results painted", "ms p50 / p95",
                             [_fmt(typing[n]["keystroke"]) for n in engines]))  # fmt: skip
                rows.append(("App: keystroke to results, a count running", "ms p50 / p95",
                             [_fmt(typing[n]["keystroke_counting"]) for n in engines]))  # fmt: skip
            if "busy" in phases:
                busy = {name: _busy(locations[name], words, corpus, wheres[name], env, max(5, args.runs // 2))
                        for name in engines}  # fmt: skip
                rows.append(("8 clients searching while an indexer runs", "ms p50 / p95",
                             [_fmt(busy[n]) for n in engines]))  # fmt: skip
    finally:
        if server is not None:
            server.stop()
    names = {"whoosh": "whoosh", "postgresql": "PostgreSQL"}
    table = [
        f"# PostgreSQL beside whoosh: {args.size:,} generated articles",
        "",
        f"`python -m benchmarks.postgres --size {args.size} --workers {args.workers} --runs {args.runs}"
        f"{'' if len(engines) == 2 else ' --engines ' + engines[0]}"
        f"{'' if phases == set(PHASES) else ' --phases ' + ','.join(p for p in PHASES if p in phases)}`"
        f"{' (throwaway cluster, fsync off)' if args.url is None else ''}; targets of issue 11 are at "
        f"{FULL_SIZE:,}: build ≤ 5 min with 2 workers, query p95 ≤ 50 ms, keystroke to results p95 ≤ 150 ms, "
        "8 busy clients p95 ≤ 100 ms.",
        "",
        "| what | unit | " + " | ".join(names[n] for n in engines) + " |",
        "|---|---|" + "---|" * len(engines),
        *[f"| {what} | {unit} | " + " | ".join(values) + " |" for what, unit, values in rows],
        "",
    ]
    text = "\n".join(table)
    print(text)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"postgres-{args.size}.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
