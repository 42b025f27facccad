"""Saved web pages: files per second through the HTML reader, and where the time goes.

    python -m benchmarks.html_speed [--files N] [--pages DIR]

The pages are the saved pages of `../shared/corpora/web-pages` (when it is there) and the
HTML samples and fixtures written for the project, cycled to N files. Each file is read the
way the indexer reads it (`formats.read_bytes`); the time inside trafilatura (its
`bare_extraction`, htmldate included) is measured apart from the rest, which is ours:
parsing the markup with lxml, rendering it to text, the text-copy parser, the choice per
field and the lists' URLs.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from tuiarchive.formats import html as html_reader
from tuiarchive.formats import read_bytes

REPO = Path(__file__).resolve().parents[1]


def pages(folder: Path | None) -> list[Path]:
    found = sorted(folder.glob("*.html")) if folder and folder.is_dir() else []
    found += sorted((REPO / "samples").rglob("*.html")) + sorted((REPO / "tests" / "fixtures").rglob("*.html"))
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=10_000)
    ap.add_argument("--pages", type=Path, default=REPO.parent / "shared" / "corpora" / "web-pages")
    args = ap.parse_args()
    sources = [(p, p.read_bytes()) for p in pages(args.pages)]
    library_seconds = 0.0
    original = html_reader.library_reading

    def timed(*a, **k):  # the library's share, measured around its one entry point
        nonlocal library_seconds
        started = time.perf_counter()
        try:
            return original(*a, **k)
        finally:
            library_seconds += time.perf_counter() - started

    html_reader.library_reading = timed
    read_bytes(sources[0][1], sources[0][0])  # imports (trafilatura, lxml) outside the timing
    library_seconds = 0.0
    failed = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    for n in range(args.files):
        path, data = sources[n % len(sources)]
        try:
            read_bytes(data, path)
        except ValueError:
            failed += 1
    total, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    mb = sum(len(d) for _, d in sources) / len(sources) / 1e6
    rate = f"{args.files / total:.1f} files/s ({args.files / cpu:.1f} per CPU second)"
    shares = f"trafilatura {100 * library_seconds / total:.0f}% · ours {100 * (total - library_seconds) / total:.0f}%"
    print(f"| HTML pages ({len(sources)} distinct, {mb:.2f} MB average) | {args.files} files | {rate} | {shares} |")
    print(f"({failed} of the files were not articles)")


if __name__ == "__main__":
    main()
