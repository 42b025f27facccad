"""Archive context: lines that recur across many files of one site or folder are the site's
chrome (menus, share buttons, newsletter boxes, footers), not an article's text or headline.

`recurring_lines(files)` is a pure function of the files' lines: each distinct line counts once
per file, so the answer does not depend on the order the files were read in. Give its result
to `extract(..., chrome=...)` (or `parse_bytes(..., chrome=...)`): those lines are dropped
before the page is read, except the first line (a saved page's browser title).

    from tuiarchive.parser.context import recurring_lines
    chrome = recurring_lines(split_lines(decode_bytes(read_file_bytes(p)).text) for p in folder_files)
    article = parse_bytes(data, path, chrome=chrome)

The indexer can compute it once per folder (or per site) and pass it to every file's parse.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from ..text import fold
from . import lines as L
from .dates import parse_date_line

MIN_FILES = 3  # a line must recur in at least this many files ...
MIN_SHARE = 0.5  # ... and in at least this share of them (a teaser or a "Most read" item does not)
MAX_CHARS = 300  # longer lines are text: a paragraph does not recur in every page of a site
MIN_FOLDER = 4  # fewer files than this say nothing about a site's chrome


def line_key(text: str) -> str:
    """The form in which lines are compared (case, quotes, dashes and spacing do not matter)."""
    return fold(text.strip())


def recurring_lines(
    files: Iterable[Sequence[str]], *, min_files: int = MIN_FILES, min_share: float = MIN_SHARE
) -> frozenset[str]:
    """The keys (`line_key`) of lines found in at least `min_files` files and `min_share` of them."""
    counts: Counter[str] = Counter()
    total = 0
    for lines in files:
        total += 1
        counts.update({line_key(t) for t in lines if t.strip() and len(t) <= MAX_CHARS})
    if total < MIN_FOLDER:
        return frozenset()
    need = max(min_files, min_share * total)
    counts.pop("", None)
    return frozenset(key for key, n in counts.items() if n >= need)


def has_a_role(text: str) -> bool:
    """A line the page's structure hangs on, however often it recurs: the heading of a list of
    articles ("Most popular" is on every page of a site), a byline (one author's folder), a date
    (one day's folder), a read time, the footer's first line (where the text ends)."""
    t = text.strip()
    return bool(
        L.is_related_header(t)
        or L.is_tag_header(t)
        or L.is_skip_header(t)
        or L.is_footer_marker(t)
        or L.read_minutes(t)
        or L.byline_names(t)
        or L.is_byline_marker(t)
        or parse_date_line(t)
    )


def drop_chrome(raw_lines: Sequence[str], chrome: frozenset[str]) -> list[str]:
    """The page's lines without those of `chrome` that have no role in its structure (the
    first line always stays, and so does the name under a lone "By")."""
    if not chrome or not raw_lines:
        return list(raw_lines)
    kept = [raw_lines[0]]
    after_marker = False
    for t in raw_lines[1:]:
        if not t.strip():
            kept.append(t)
            continue
        if after_marker or line_key(t) not in chrome or has_a_role(t):
            kept.append(t)
        after_marker = L.is_byline_marker(t.strip())
    return kept
