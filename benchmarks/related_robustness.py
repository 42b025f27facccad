"""How the lists of other articles hold when their headers say something no rule knows.

    python -m benchmarks.related_robustness [--shared DIR] [--sets NAME ...] [--shipped] [--misses]

(--misses: each page a perturbation costs, with the labelled items it missed and those it took
that are none.)

The same measurement as benchmarks.header_robustness (its perturbations and tables, LOSO by
default), for related_recall and related_precision. The labelled lists mostly sit under a header
the rules know ("Most read", "Related"): an unseen site words its own ("Before you go") or
writes in another language, or shows its list with no header at all, and the list must then be
told by its shape and its place. The changes (a line is a list header when the rules take it for
one, chrome.is_related_header):

  as-is, no-browser, bare, no-above, foreign-above   as in benchmarks.header_robustness
  other-headers     every list header replaced by one made-up English wording
  renamed           every list header replaced by one of several made-up English wordings
                    (chosen by a generator seeded with the file's name and the line's place)
  other-language    the same with "read also" / "most read" in languages the rules have no
                    words for (Finnish, Czech, Hungarian, Greek, Indonesian, Vietnamese ...)
  no-headers        every list header dropped: the items stand under whatever came before
  shuffle-items     the items of each labelled list in another order (the lines between them,
                    a time or a section name, stay where they are)
  reversed-lists    the labelled lists after the body in reverse order, each with its header

The made-up wordings are here so that no rule learns them: a rule that knows them measures
nothing (a wording the rules come to know is reported on stderr). The pages are read from
../shared at run time; nothing of them is written anywhere.
"""

from __future__ import annotations

import random
import sys
from itertools import pairwise

from tuiarchive.parser.chrome import is_chrome, is_related_header, is_skip_header, is_tag_header
from tuiarchive.parser.evaluate import norm

from .header_robustness import PERTURBATIONS, Perturb, Sample, main

FIELDS = ("related_recall", "related_precision")

# a site's own wordings for a list of its other articles (made up; no rule may know them)
_RENAMED = (
    "Elsewhere in the paper today",
    "Before you go",
    "The week's talking points",
    "Across the newsroom",
    "Stories we are following",
    "From the archive",
    "Catch up",
    "Picked by our desk",
)
# "read also", "most read", "related articles" in languages whose words no rule has
_FOREIGN = (
    "Lue myös",  # fi
    "Luetuimmat",  # fi
    "Přečtěte si také",  # cs
    "Nejčtenější",  # cs
    "Olvassa el ezt is",  # hu
    "Διαβάστε επίσης",  # el
    "Baca juga",  # id
    "Berita terkait",  # id
    "Tin liên quan",  # vi (was 関連記事, ja: the rules know zh/ja/ko headers since session 32)
    "Citește și",  # ro
)


def known_wordings() -> list[str]:
    """The wordings above that a rule knows (they then measure nothing)."""
    known = (is_related_header, is_tag_header, is_skip_header, is_chrome)
    return [w for w in (*_RENAMED, *_FOREIGN) if any(rule(w) for rule in known)]


def _headers(s: Sample) -> list[int]:
    return [k for k, t in enumerate(s.lines) if t.strip() and is_related_header(t.strip())]


def _rename(s: Sample, wordings: tuple[str, ...]) -> tuple[list[str], str] | None:
    found = _headers(s)
    if not found:
        return None
    rng = random.Random(s.filename)
    lines = list(s.lines)
    for k in found:
        lines[k] = rng.choice(wordings)
    return lines, s.filename


def _renamed(s: Sample, _: list[Sample]) -> tuple[list[str], str] | None:
    return _rename(s, _RENAMED)


def _foreign_headers(s: Sample, _: list[Sample]) -> tuple[list[str], str] | None:
    return _rename(s, _FOREIGN)


def _no_headers(s: Sample, _: list[Sample]) -> tuple[list[str], str] | None:
    found = set(_headers(s))
    if not found:
        return None
    return [t for k, t in enumerate(s.lines) if k not in found], s.filename


def _lists(s: Sample) -> list[list[int]]:
    """The labelled lists: runs of lines that are labelled headlines, at most 3 lines apart with
    no list header between."""
    wanted = {norm(h).lower() for h in s.label.get("related_headlines") or []}
    at = [k for k, t in enumerate(s.lines) if norm(t).lower() in wanted]
    runs: list[list[int]] = []
    for k in at:
        between = s.lines[runs[-1][-1] + 1 : k] if runs else []
        if runs and k - runs[-1][-1] <= 3 and not any(is_related_header(t.strip()) for t in between if t.strip()):
            runs[-1].append(k)
        else:
            runs.append([k])
    return [r for r in runs if len(r) >= 2]


def _shuffle_items(s: Sample, _: list[Sample]) -> tuple[list[str], str] | None:
    runs = _lists(s)
    if not runs:
        return None
    rng = random.Random(s.filename)
    lines = list(s.lines)
    for run in runs:
        items = [s.lines[k] for k in run]
        rng.shuffle(items)
        for k, t in zip(run, items, strict=True):
            lines[k] = t
    return (lines, s.filename) if lines != s.lines else None


def _reversed_lists(s: Sample, _: list[Sample]) -> tuple[list[str], str] | None:
    """The lists after the headline (each from its header, or its first item, to its last item)
    in reverse order, in the place the first of them held."""
    start = s.headline or 0
    blocks: list[tuple[int, int]] = []
    for run in _lists(s):
        if run[0] <= start:
            continue
        a = run[0]
        if a - 1 > start and is_related_header(s.lines[a - 1].strip()):
            a -= 1
        blocks.append((a, run[-1] + 1))
    if len(blocks) < 2:
        return None
    lines = s.lines[: blocks[0][0]]
    for a, b in reversed(blocks):
        lines += s.lines[a:b]
    # what stood between the lists, then the rest
    for (_, b), (a, _) in pairwise(blocks):
        lines += s.lines[b:a]
    lines += s.lines[blocks[-1][1] :]
    return lines, s.filename


RELATED_PERTURBATIONS: dict[str, Perturb] = {
    **{k: PERTURBATIONS[k] for k in ("as-is", "no-browser", "bare", "no-above", "foreign-above", "other-headers")},
    "renamed": _renamed,
    "other-language": _foreign_headers,
    "no-headers": _no_headers,
    "shuffle-items": _shuffle_items,
    "reversed-lists": _reversed_lists,
}


if __name__ == "__main__":
    known = known_wordings()
    if known:
        print(f"wordings a rule now knows (they measure nothing): {', '.join(known)}", file=sys.stderr)
    sys.exit(main(None, FIELDS, RELATED_PERTURBATIONS, __doc__))
