"""How the body's bounds hold when a page is copied a little differently.

    python -m benchmarks.body_robustness [--shared DIR] [--sets NAME ...] [--fields F ...] [--shipped]
                                         [--only PERTURBATION ...]

The same measurement as benchmarks.header_robustness (its perturbations and tables, LOSO by
default), for body_start and body_end: a body that starts or ends right on the page as saved
but not on a copy of it missing a browser title, a telling file name, blank lines, or the
chrome above the headline was leaning on what the change takes away. The end of a body is
decided by what follows it, so three changes of the trailer (the lines after the labelled last
line of the body: share buttons, related links, the site's footer) are added:

  no-below       the trailer dropped: the copy ends with the article (a reader view)
  shuffle-below  the trailer's lines in another order (seeded by the file's name; its blank lines
                 too, so lines of different blocks run together into one)
  shuffle-blocks the trailer's blocks (runs of lines between blank lines) in another order, each
                 block whole (seeded by the file's name): another site's order of the same boxes
                 (its related box before its share bar, its comments before its notices)
  foreign-below  the trailer replaced by that of another page of the set (the next one with
                 a trailer): another site's footer after the same article

--only runs the named perturbations alone (as-is is always run: the misses under a
perturbation are listed against it). With --misses each body miss says on which side of the
label it lies ([short]: an end above the labelled last paragraph, a paragraph of the text dropped;
[long]: run on below it; [early] / [late] for a start) and the real pages' misses are counted by
side under each perturbation. The pages are read from ../shared at run time; nothing of them is
written anywhere.
"""

from __future__ import annotations

import argparse
import random
import sys

from tuiarchive.parser.evaluate import norm
from tuiarchive.parser.paragraphs import ends_on_connector
from tuiarchive.parser.shape import TERMINAL

from .header_robustness import PERTURBATIONS, Perturb, Sample, main

FIELDS = ("body_start", "body_end")


def _body_end(s: Sample) -> int | None:
    """The last line that holds the labelled last words of the body."""
    last = norm(s.label.get("body_last")).lower()
    if not last:
        return None
    return next((k for k in range(len(s.lines) - 1, -1, -1) if last in norm(s.lines[k]).lower()), None)


_GOES_ON = tuple(",.;:)]!?%")  # a line opening so goes on with the line above it


def _text_end(s: Sample) -> int | None:
    """The last line of the labelled last paragraph: its line, and the lines its last sentence goes on
    in when a link split it ("If you'd like to see the full map, it's" / "here" / ". Corrections are
    welcome."): no blank line between, no end mark above, a word the sentence needs more after above
    ("continues in"), or a mark or a word of small letters opening the next line (not a page's code:
    "dp3_1_en"). The trailer starts under it."""
    end = _body_end(s)
    if end is None:
        return None
    while end + 1 < len(s.lines) and (line := s.lines[end].strip()) and not line.endswith(TERMINAL):
        nxt = s.lines[end + 1].lstrip()
        words = nxt[:1].islower() and not any(ch.isdigit() or ch == "_" for ch in nxt)
        if not nxt or not (ends_on_connector(line) or nxt.startswith(_GOES_ON) or words):
            break
        end += 1
    return end


def _trailer(s: Sample) -> list[str] | None:
    end = _text_end(s)
    return None if end is None else s.lines[end + 1 :]


def _replace_below(s: Sample, new: list[str]) -> tuple[list[str], str] | None:
    end = _text_end(s)
    if end is None:
        return None
    return s.lines[: end + 1] + new, s.filename


def _no_below(s: Sample, _: list[Sample]) -> tuple[list[str], str] | None:
    if not any(t.strip() for t in _trailer(s) or []):
        return None
    return _replace_below(s, [])


def _shuffle_below(s: Sample, _: list[Sample]) -> tuple[list[str], str] | None:
    below = _trailer(s)
    if not any(t.strip() for t in below or []):
        return None
    assert below is not None
    random.Random(s.filename).shuffle(below)
    return _replace_below(s, below)


def blocks(lines: list[str]) -> list[list[str]]:
    """The runs of lines with text between blank lines (a line of spaces is blank)."""
    out: list[list[str]] = []
    current: list[str] = []
    for t in lines:
        if t.strip():
            current.append(t)
        elif current:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def _shuffle_blocks(s: Sample, _: list[Sample]) -> tuple[list[str], str] | None:
    trailer = _trailer(s) or []
    below = blocks(trailer)
    if len(below) < 2:
        return None  # one block: nothing to reorder
    random.Random(s.filename).shuffle(below)
    lines = [t for block in below for t in ("", *block)]
    if trailer[0].strip():
        lines = lines[1:]  # the text's last line and the trailer apart by no blank line, as saved
    return _replace_below(s, lines)


def _foreign_below(s: Sample, others: list[Sample]) -> tuple[list[str], str] | None:
    if _text_end(s) is None:
        return None
    k = others.index(s)
    for other in others[k + 1 :] + others[:k]:
        below = _trailer(other)
        if below and any(t.strip() for t in below):
            return _replace_below(s, below)
    return None


BODY_PERTURBATIONS: dict[str, Perturb] = {
    **PERTURBATIONS,
    "no-below": _no_below,
    "shuffle-below": _shuffle_below,
    "shuffle-blocks": _shuffle_blocks,
    "foreign-below": _foreign_below,
}


def run(argv: list[str] | None = None) -> int:
    """The command line: header_robustness's, and --only."""
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--only", nargs="+", choices=list(BODY_PERTURBATIONS))
    args, rest = ap.parse_known_args(sys.argv[1:] if argv is None else argv)
    chosen = BODY_PERTURBATIONS
    if args.only:
        chosen = {k: v for k, v in BODY_PERTURBATIONS.items() if k == "as-is" or k in args.only}
    return main(rest, FIELDS, chosen, __doc__)


if __name__ == "__main__":
    sys.exit(run())
