"""Every article of an index opened two ways: given back from the index and the catalog (what
Archive.article does when the file is the one indexed, tuiarchive/opened.py) and parsed from its
file as a fresh reading (Archive.article's parse). They must be equal, field for field.

    python -m benchmarks.opened_identity INDEX [--limit N]

Prints how many were given back equal, how many differ (the first few fields that do), how many
had no record (parsed: a container's member, a file changed since, an index from before the
records), and the CPU each way per article; exits 1 when one differs. The index is read only.
"""

from __future__ import annotations

import argparse
import sqlite3
import time
from dataclasses import fields
from pathlib import Path

from tuiarchive.archive import Archive, _context
from tuiarchive.catalog import CATALOG_NAME
from tuiarchive.model import Article
from tuiarchive.opened import file_state

SHOWN = 5  # differing articles described


def compare(index: Path, limit: int | None = None) -> dict[str, float]:
    """{"equal", "differ", "parsed", "given_ms", "parsed_ms"} over the index's articles."""
    from tuiarchive.formats import parse_file

    with sqlite3.connect(f"file:{index / CATALOG_NAME}?mode=ro", uri=True) as db:
        ids = [r[0] for r in db.execute("SELECT id FROM files WHERE status = 'ok' ORDER BY path, member")]
    ids = ids[:limit] if limit else ids
    counts = {"equal": 0, "differ": 0, "parsed": 0}
    given_cpu = parsed_cpu = 0.0
    with Archive(index) as archive:
        for article_id in ids:
            ref = archive.ref(article_id)
            assert ref is not None
            member = ref.member or ""
            used = archive._catalog.page_used(ref.path, member)
            state = file_state(ref.path)
            started = time.process_time()
            given = archive._as_indexed(ref, member, state, used) if state is not None else None
            between = time.process_time()
            fresh = parse_file(ref.path, ref.member, **_context(used, ref.member))
            parsed_cpu += time.process_time() - between
            if given is None:
                counts["parsed"] += 1
                continue
            given_cpu += between - started
            if given == fresh:
                counts["equal"] += 1
                continue
            counts["differ"] += 1
            if counts["differ"] <= SHOWN:
                print(f"differs: {ref.path} {member}".rstrip() + f" ({', '.join(_differing(given, fresh))})")
    opened = max(counts["equal"] + counts["differ"], 1)
    return {**counts, "given_ms": 1000 * given_cpu / opened, "parsed_ms": 1000 * parsed_cpu / max(len(ids), 1)}


def _differing(given: Article, fresh: Article) -> list[str]:
    return [f.name for f in fields(Article) if getattr(given, f.name) != getattr(fresh, f.name)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.opened_identity", description=__doc__.split("\n")[0])
    parser.add_argument("index", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="the first N articles (by path) only")
    args = parser.parse_args(argv)
    found = compare(args.index, args.limit)
    print(
        f"{found['equal']:.0f} given back equal, {found['differ']:.0f} differ, {found['parsed']:.0f} parsed "
        f"(no record); CPU per article: given back {found['given_ms']:.3f} ms, parsed {found['parsed_ms']:.3f} ms"
    )
    return 1 if found["differ"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
