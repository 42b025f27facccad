"""Where a PostgreSQL search's time goes: each statement it sends, timed alone.

    python -m benchmarks.postgres_statements --url postgresql://... [--runs 20] 'people' 'government back' \\
        '"prime minister"' 'people|newest'
    python -m benchmarks.postgres_statements --url postgresql://... --clients 8 --work W

For each query (`text|sort`, relevance by default): the search through the engine's searcher
(p50 / p95 of --runs, after a warm-up), then every statement that search sent, replayed --runs
times on a connection of its own (the same SQL and parameters, under the planner's settings
the searcher ran it with), so that one slow statement shows. The times are the client's
(a round trip on the same machine included).

With --clients N: N searchers at once, each running benchmarks.postgres's query mix (the words
of the corpus in --work), without an indexer beside them (benchmarks.postgres's busy phase has
one: an archive whose next `tuiarchive index` re-reads every file cannot take it).
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from pathlib import Path

from .run import percentile


def _fmt(samples: list[float]) -> str:
    return f"{percentile(samples, 0.5):7.1f} / {percentile(samples, 0.95):7.1f} ms"


def _statements(url: str, queries: list[str], runs: int) -> None:
    import psycopg

    from tuiarchive.dburl import DatabaseIndex
    from tuiarchive.engine.postgres import planning, searching
    from tuiarchive.engine.postgres.engine import PostgresEngine

    sent: list[tuple[str, object, dict[str, str]]] = []
    execute = searching.PostgresSearcher._execute

    def recording(self, sql, params, conn=None):
        rows = execute(self, sql, params, conn)
        planned = self._plans.now.get(id(conn or self._conn), planning.DEFAULT_PLAN)  # what it ran under
        sent.append((sql, params, {**planning.DEFAULT_PLAN, **planned}))
        return rows

    searching.PostgresSearcher._execute = recording  # type: ignore[method-assign]
    engine = PostgresEngine.open(DatabaseIndex(url))
    searcher = searching.PostgresSearcher(engine)
    with psycopg.connect(url, autocommit=True) as conn:
        for query in queries:
            text, _, sort = query.partition("|")
            sort = sort or "relevance"
            searcher.search(text, sort=sort, limit=20)  # warm-up
            took = []
            for _ in range(runs):
                sent.clear()
                started = time.perf_counter()
                found = searcher.search(text, sort=sort, limit=20)
                took.append((time.perf_counter() - started) * 1000)
            print(f"{text!r} sorted {sort}: {found.total:,} matches, search {_fmt(took)}")
            for sql, params, planned in list(sent):
                conn.execute("; ".join(f"SET {name} = {value}" for name, value in planned.items()))
                conn.execute(sql, params).fetchall()
                times = []
                for _ in range(runs):
                    started = time.perf_counter()
                    conn.execute(sql, params).fetchall()
                    times.append((time.perf_counter() - started) * 1000)
                print(f"  {_fmt(times)}  {' '.join(sql.split())[:110]}")
    searcher.close()
    engine.close()


def _clients(url: str, work: Path, clients: int, runs: int) -> None:
    from tuiarchive.archive import Archive
    from tuiarchive.dburl import DatabaseIndex

    from .postgres import _query_mix

    words = json.loads((work / "corpus.json").read_text(encoding="utf-8"))["queries"]
    queries = [text for _, text, _ in _query_mix(words)]
    samples: list[float] = []
    lock = threading.Lock()

    def client(k: int) -> None:
        with Archive(DatabaseIndex(url)) as archive:
            archive.search(queries[k % len(queries)], limit=20)  # warm-up
            for n in range(runs):
                started = time.perf_counter()
                archive.search(queries[(k + n) % len(queries)], limit=20)
                with lock:
                    samples.append((time.perf_counter() - started) * 1000)

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(f"{clients} clients searching the query mix, no indexer: {_fmt(samples)} ({len(samples)} searches)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.postgres_statements", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--url", required=True, help="an archive on PostgreSQL")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--clients", type=int, default=0, help="N searchers at once instead (needs --work)")
    parser.add_argument("--work", type=Path, default=None, help="benchmarks.postgres's --work: the mix's words")
    parser.add_argument("queries", nargs="*", help="query text, or text|sort")
    args = parser.parse_args(argv)
    if args.clients:
        if args.work is None:
            parser.error("--clients needs --work (the corpus the archive was built from)")
        _clients(args.url, args.work, args.clients, max(1, args.runs // 2))
    elif not args.queries:
        parser.error("give the queries to trace (or --clients N)")
    else:
        _statements(args.url, args.queries, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
