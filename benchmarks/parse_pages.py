"""Parse the first N pages of a folder, for instruction counts (issue 12: the generated pages'
parse, the build's bigger half). One page is parsed first (the parser's modules and models
loaded); run it under callgrind with N pages and with 0, and divide the difference by N:

    valgrind --tool=callgrind --callgrind-out-file=/dev/null python -m benchmarks.parse_pages /tmp/gen3k 100
    valgrind --tool=callgrind --callgrind-out-file=/dev/null python -m benchmarks.parse_pages /tmp/gen3k 0

(`python -m benchmarks.generate --size 3000 --out /tmp/gen3k` writes such a folder.) Without
valgrind it prints the CPU time a page. A tree's own code is measured: run it from that tree's
folder (PYTHONHASHSEED=0 makes two runs' set orders alike).
"""

from __future__ import annotations

import argparse
import sys
import time
from contextlib import suppress
from pathlib import Path

from tuiarchive.parser import NotAnArticle, parse_bytes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a folder of pages (.txt), read in path order")
    parser.add_argument("count", type=int, help="how many pages to parse after the first one")
    args = parser.parse_args(argv)
    files = sorted(args.folder.rglob("*.txt"))
    if not files:
        parser.error(f"{args.folder}: no .txt pages")
    pages = [(path.read_bytes(), str(path)) for path in files[: args.count]]
    with suppress(NotAnArticle):
        parse_bytes(files[-1].read_bytes(), str(files[-1]))  # the modules and models loaded
    started = time.process_time()
    for data, name in pages:
        with suppress(NotAnArticle):
            parse_bytes(data, name)
    if pages:
        print(f"{len(pages)} pages: {(time.process_time() - started) * 1000 / len(pages):.3f} ms CPU a page")
    return 0


if __name__ == "__main__":
    sys.exit(main())
