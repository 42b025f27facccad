"""Parse the first N pages of a folder, for instruction counts (issue 12: the generated pages'
parse, the build's bigger half). One page is parsed first (the parser's modules and models
loaded); run it under callgrind with N pages and with 0, and divide the difference by N:

    valgrind --tool=callgrind --callgrind-out-file=/dev/null python -m benchmarks.parse_pages /tmp/gen3k 100
    valgrind --tool=callgrind --callgrind-out-file=/dev/null python -m benchmarks.parse_pages /tmp/gen3k 0

(`python -m benchmarks.generate --size 3000 --out /tmp/gen3k` writes such a folder.) The pages are
parsed inside itertools.starmap, so one run under callgrind can count them alone (the parser
never calls starmap), and `--step K` takes every K-th page (the BBC corpus's first pages in path
order are all business stories; every 10th takes its five sections):

    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=starmap_next \
        --callgrind-out-file=/dev/null python -m benchmarks.parse_pages /work/shared/corpora/bbc-fulltext 223 --step 10

Without valgrind it prints the CPU time a page. A tree's own code is measured: run it from that
tree's folder (PYTHONHASHSEED=0 makes two runs' set orders alike).
"""

from __future__ import annotations

import argparse
import sys
import time
from contextlib import suppress
from itertools import starmap
from pathlib import Path

from tuiarchive.parser import NotAnArticle, parse_bytes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a folder of pages (.txt), read in path order")
    parser.add_argument("count", type=int, help="how many pages to parse after the first one")
    parser.add_argument("--step", type=int, default=1, help="every STEP-th page in path order (default 1)")
    args = parser.parse_args(argv)
    if args.step < 1:
        parser.error("--step must be 1 or more")
    files = sorted(args.folder.rglob("*.txt"))
    if not files:
        parser.error(f"{args.folder}: no .txt pages")
    pages = [(path.read_bytes(), str(path)) for path in files[:: args.step][: args.count]]
    with suppress(NotAnArticle):
        parse_bytes(files[-1].read_bytes(), str(files[-1]))  # the modules and models loaded
    started = time.process_time()
    list(starmap(_parse, pages))  # (callgrind --toggle-collect=starmap_next: these calls alone)
    if pages:
        print(f"{len(pages)} pages: {(time.process_time() - started) * 1000 / len(pages):.3f} ms CPU a page")
    return 0


def _parse(data: bytes, name: str) -> None:
    with suppress(NotAnArticle):
        parse_bytes(data, name)


if __name__ == "__main__":
    sys.exit(main())
