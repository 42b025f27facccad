"""The PostgreSQL engine's share of a build: `tuiarchive index` with the parsing taken out.

    python -m benchmarks.postgres_load --url postgresql://.../built --into postgresql://.../empty \\
        --corpus W/corpus --folders 10 --workers 2 [--server-folder F]

The articles come already parsed from an archive built earlier (--url, e.g. by
benchmarks.postgres on the same corpus): the indexer's read of each file is replaced by a
look-up of its article there, so what is timed is the rest of a first load into the empty
database --into: reading and hashing the files, the workers' rows, the inserts (tsvectors made
by the server), the catalog, the search indexes made after the rows and ANALYZE. --folders
takes the corpus's first N folders (benchmarks.generate writes 1,000 files in each). Prints the
wall time and the CPU of the indexer, its workers and (with --server-folder, a cluster of
tests/pg_server.py) the server.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

from .postgres import _server_cpu


def _parsed(url: str, roots: list[Path]) -> dict[str, list]:
    """The articles of the files under `roots`, by path, as the archive at `url` holds them."""
    import psycopg

    from tuiarchive.engine.postgres.engine import ARTICLE_COLUMNS, article_of

    found: dict[str, list] = {}
    with psycopg.connect(url) as conn:
        for root in roots:
            query = f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE starts_with(path, %s)"
            for row in conn.execute(query, [f"{root}/"]):
                article = article_of(row)
                found.setdefault(article.path, []).append(article)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.postgres_load", description=__doc__.split("\n")[0])
    parser.add_argument("--url", required=True, help="an archive built from --corpus: the parsed articles")
    parser.add_argument("--into", required=True, help="an empty database to load them into")
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--folders", type=int, default=10, help="the corpus's first N folders (0: all of it)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--server-folder", default=None, help="the cluster's folder, for the server's CPU")
    args = parser.parse_args(argv)

    from tuiarchive.dburl import DatabaseIndex, mask
    from tuiarchive.formats import NotAnArticle, Parsed
    from tuiarchive.indexer import reading, update_index

    corpus = args.corpus.resolve()
    roots = sorted(p for p in corpus.iterdir() if p.is_dir())[: args.folders] if args.folders else [corpus]
    articles = _parsed(args.url, roots)
    if not articles:
        parser.error(f"no articles of {args.corpus} in {mask(args.url)}")

    def read_bytes(  # the indexer's call, as tuiarchive.formats.read_bytes takes it
        data: bytes,
        path: str | Path,
        *,
        only: str | None = None,
        context: object = None,
        members: object = None,
        member_done: object = None,
    ) -> Parsed:
        found = articles.get(str(path))
        if not found:
            raise NotAnArticle("not an article in the archive the articles come from")
        return Parsed(found, container=any(a.member for a in found))

    reading.read_bytes = read_bytes  # the workers are forked: they look up too
    os.environ.setdefault("TUIARCHIVE_MACHINE", "bench")
    server_before = _server_cpu(args.server_folder)
    mine, theirs = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    report = update_index(DatabaseIndex(args.into), roots, workers=args.workers)
    wall = time.perf_counter() - started
    time.sleep(1.0)  # the indexer's server process has ended and been reaped
    mine_after, theirs_after = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    server_after = _server_cpu(args.server_folder)
    cpu = mine_after.ru_utime + mine_after.ru_stime - mine.ru_utime - mine.ru_stime
    workers = theirs_after.ru_utime + theirs_after.ru_stime - theirs.ru_utime - theirs.ru_stime
    server = "" if server_before is None or server_after is None else f", server {server_after - server_before:.1f} s"
    print(
        f"{report.added:,} articles ({len(roots)} folders), {args.workers} workers: wall {wall:.1f} s; "
        f"CPU: indexer {cpu:.1f} s, workers {workers:.1f} s{server}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
