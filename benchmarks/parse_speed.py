"""Parser speed: ms per BBC article, and seconds per MB on pathological shapes.

    python -m benchmarks.parse_speed [--bbc PATH] [--mb 0.25] [--repeat 3]

Parsing must be linear in the input: each shape is measured at two sizes (mb/2 and mb), and
the time per MB should stay about the same (a ratio near 1; quadratic code doubles it). The
times are the process's CPU time (time.process_time, best of --repeat), so other work on the
machine does not count; a ratio above --max-ratio (default 1.6) is a failure: exit status 1.
Nothing is written; the table is printed as Markdown for benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from tuiarchive.parser import NotAnArticle, parse_bytes, read_file_bytes

REPO = Path(__file__).resolve().parents[1]
DEFAULT_BBC = REPO.parent / "shared" / "corpora" / "bbc-fulltext"
_SENTENCE = "The council said on Tuesday that the new bridge would open to traffic next spring. "


def _short_lines(size: int) -> bytes:
    """A headline, then a sentence cut into thousands of two-word lines ("runs on,")."""
    head = "Headline of a long page here\n\nThis sentence runs on,\n"
    line = "and on\n"
    return (head + line * (size // len(line))).encode()


def _menu_lines(size: int) -> bytes:
    """Thousands of one-word lines (a menu or a word list), no prose at all."""
    return "".join(f"Item{i}\n" for i in range(size // 8)).encode()


def _huge_line(size: int) -> bytes:
    """A headline and one paragraph of `size` bytes without a line break."""
    return ("Headline of a long page here\n\n" + _SENTENCE * (size // len(_SENTENCE))).encode()


def _blank_lines(size: int) -> bytes:
    """Paragraphs separated by long runs of blank lines."""
    block = _SENTENCE + "\n" + "\n" * 200
    return ("Headline of a long page here\n\n" + block * (size // len(block))).encode()


def _short_paragraphs(size: int) -> bytes:
    """Many short sentences, each its own paragraph (a liveblog)."""
    return ("Headline of a long page here\n\n" + "Short update here.\n\n" * (size // 20)).encode()


SHAPES: dict[str, Callable[[int], bytes]] = {
    "many short lines of one sentence": _short_lines,
    "many one-word lines": _menu_lines,
    "one huge line": _huge_line,
    "many blank lines": _blank_lines,
    "many short paragraphs": _short_paragraphs,
}


MAX_RATIO = 1.6  # time per MB at the full size over time per MB at half of it: 1 is linear, 2 quadratic


def _parse_seconds(data: bytes, repeat: int) -> float:
    """CPU seconds to parse `data`, best of `repeat` (CPU work: the other processes on a busy
    machine do not count, as they would in wall-clock time)."""
    times = []
    for _ in range(repeat):
        began = time.process_time()
        with suppress(NotAnArticle):  # refusing a page is an answer too; its cost is what is measured
            parse_bytes(data, "page.txt")
        times.append(time.process_time() - began)
    return min(times)


def per_mb_ratio(make: Callable[[int], bytes], size: int, repeat: int) -> tuple[float, float, float]:
    """(CPU s per MB at `size`, at half of it, their ratio): about 1 when parsing is linear."""
    small, large = make(size // 2), make(size)
    per_mb_small = _parse_seconds(small, repeat) / (len(small) / 1024 / 1024)
    per_mb_large = _parse_seconds(large, repeat) / (len(large) / 1024 / 1024)
    return per_mb_large, per_mb_small, per_mb_large / max(per_mb_small, 1e-9)


def bbc_ms_per_article(root: Path, repeat: int) -> tuple[int, float] | None:
    files = sorted(root.glob("*/*.txt"))
    if not files:
        return None
    data = [read_file_bytes(p) for p in files]
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        for blob in data:
            parse_bytes(blob, "article.txt")
        best = min(best, time.perf_counter() - began)
    return len(files), 1000 * best / len(files)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bbc", type=Path, default=DEFAULT_BBC)
    ap.add_argument("--mb", type=float, default=0.25, help="the larger size of each shape, in MB")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--max-ratio", type=float, default=MAX_RATIO, help="the bound on each shape's ratio")
    args = ap.parse_args(argv)
    print("| input | size | time | s per MB | s per MB at half the size |")
    print("|---|---|---|---|---|")
    bbc = bbc_ms_per_article(args.bbc, args.repeat)
    if bbc:
        print(f"| BBC articles ({bbc[0]}, in process, best of {args.repeat}) | | {bbc[1]:.2f} ms per article | | |")
    size = int(args.mb * 1024 * 1024)
    over = []
    for name, make in SHAPES.items():
        per_mb_large, per_mb_small, ratio = per_mb_ratio(make, size, args.repeat)
        large_mb = len(make(size)) / 1024 / 1024
        flag = "" if ratio <= args.max_ratio else f" over the bound {args.max_ratio:g}"
        print(
            f"| {name} | {large_mb * 1024:.0f} KB | {per_mb_large * large_mb:.3f} s | {per_mb_large:.2f} | "
            f"{per_mb_small:.2f} (ratio {ratio:.1f}{flag}) |"
        )
        if flag:
            over.append(name)
    if over:
        print(f"not linear (ratio over {args.max_ratio:g}): {', '.join(over)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
