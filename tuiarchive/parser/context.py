"""Archive context: lines that recur across many pages of one site are the site's chrome
(menus, share buttons, newsletter boxes, footers), not an article's text or headline.

Design (issue 14, "archive context"):

- A page is described by the hashes of its lines (`page_hashes`: CRC-32 of each line's
  folded form, lines up to MAX_CHARS; a set, so a line counts once per page). That is all
  the archive keeps of a page for this: a few hundred bytes, computed while the page is read
  anyway (`PageContext`), so adding one page to a folder of thousands re-reads no other file.
- Pages are grouped by site: the host of the address the page states (HTML, MHTML and web
  archives carry one), else the folder the file is in (`group_of`). The host is the better
  group where it is known: a Downloads folder mixes sites (no one site's chrome reaches a
  share of it), and one site's pages are often saved into several folders. Text copies carry
  no address, and a folder is how people keep one site's copies together.
- A group's chrome (`recurring`) is the lines found in at least MIN_FILES of its pages and
  MIN_SHARE of them, once it has MIN_FOLDER pages: a pure function of the SET of pages in the
  group, never of the order in which they were read or of which run read them.
- A page is read with the part of its group's chrome that is on it (`PageContext.used`):
  those lines are dropped before reading (`drop_chrome`), except lines with a role in the
  page's structure (`has_a_role`: a "Most popular" header, a byline, a dateline) and the
  first line (a saved page's browser title). So a page's reading depends only on its own
  bytes and that set; when a group changes, only its pages whose set changes are read again
  (tuiarchive/indexer/context.py).
"""

from __future__ import annotations

import os
import zlib
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import islice

from ..records import FrozenRecord
from ..text import fold

MIN_FILES = 3  # a line must recur in at least this many pages ...
MIN_SHARE = 0.5  # ... and in at least this share of them (a teaser or a "Most read" item does not)
MAX_CHARS = 300  # longer lines are text: a paragraph does not recur in every page of a site
MIN_FOLDER = 4  # fewer pages than this say nothing about a site's chrome
HEADER_LINES = 12  # non-blank lines from the page's top that hold its header's first dateline, byline or read time

NO_CHROME: frozenset[int] = frozenset()


def line_key(text: str) -> str:
    """The form in which lines are compared (case, quotes, dashes and spacing do not matter)."""
    return fold(text.strip())


def line_hash(text: str) -> int:
    """What the archive keeps of a line: the CRC-32 of its key."""
    return zlib.crc32(line_key(text).encode("utf-8", "surrogatepass"))


def page_hashes(lines: Iterable[str]) -> frozenset[int]:
    """The hashes of a page's lines that could be chrome. `lines` as text.split_lines gives
    them (cleaned): an ASCII line's key is then its casefold, four times quicker than fold."""
    crc = zlib.crc32
    return frozenset(
        [
            crc(t.casefold().encode()) if t.isascii() else line_hash(t)
            for t in lines
            if t and len(t) <= MAX_CHARS and t.strip()
        ]
    )


def recurring(
    pages: Iterable[Iterable[int]], *, min_files: int = MIN_FILES, min_share: float = MIN_SHARE
) -> frozenset[int]:
    """The line hashes found in at least `min_files` pages and `min_share` of them (each page
    a set of `page_hashes`)."""
    counts: Counter[int] = Counter()
    total = 0
    for hashes in pages:
        total += 1
        counts.update(hashes)
    return recurring_counts(counts, total, min_files=min_files, min_share=min_share)


def recurring_counts(
    counts: Mapping[int, int], total: int, *, min_files: int = MIN_FILES, min_share: float = MIN_SHARE
) -> frozenset[int]:
    """`recurring` from the number of pages each line hash is on, of `total` pages."""
    if total < MIN_FOLDER:
        return NO_CHROME
    need = max(min_files, min_share * total)
    return frozenset(key for key, n in counts.items() if n >= need)


def recurring_lines(files: Iterable[Sequence[str]], **limits: float) -> frozenset[int]:
    """`recurring` over pages given as their lines (text.split_lines)."""
    return recurring((page_hashes(lines) for lines in files), **limits)  # type: ignore[arg-type]


def group_of(path: str, url: str | None = None) -> str:
    """The group a page's chrome is judged in: its site when the page states its address,
    else its folder (see the module's docstring)."""
    if url:
        from ..formats.urls import url_key

        host = (url_key(url) or "").split("/", 1)[0]
        if host:
            return "site:" + host
    return "dir:" + os.path.dirname(os.path.abspath(path))


def pack(hashes: Iterable[int]) -> bytes:
    """Hashes as stored in the catalog (sorted: the same set is the same bytes)."""
    return array("I", sorted(hashes)).tobytes()


def unpack(data: bytes | None) -> frozenset[int]:
    if not data:
        return NO_CHROME
    found = array("I")
    found.frombytes(bytes(data)[: len(data) - len(data) % found.itemsize])
    return frozenset(found)


class PageFacts(FrozenRecord):
    """What the archive keeps of one file for its context: its group, its line hashes and the
    chrome its reading dropped (both `pack`ed; empty: none)."""

    __slots__ = _fields = ("group", "lines", "used")

    def __init__(self, group: str, lines: bytes = b"", used: bytes = b"") -> None:
        setting = object.__setattr__
        setting(self, "group", group)
        setting(self, "lines", lines)
        setting(self, "used", used)

    @classmethod
    def of(cls, path: str, context: PageContext | None = None, url: str | None = None) -> PageFacts:
        if context is None or not context.lines:
            return cls(group_of(path, url))
        return cls(group_of(path, url), pack(context.lines), pack(context.used))


class PageContext:
    """One page's side of the archive context: in, `chrome` (its group's chrome, or any
    superset of the part on the page); out, filled in by the reader, `lines` (the page's
    `page_hashes`; None when the reader saw no lines, as for a Markdown clipping or a
    container) and `used` (the chrome on the page that the reading dropped)."""

    __slots__ = ("chrome", "lines", "used")

    def __init__(self, chrome: frozenset[int] = NO_CHROME) -> None:
        self.chrome = chrome
        self.lines: frozenset[int] | None = None
        self.used: frozenset[int] = NO_CHROME

    def read(self, raw_lines: Sequence[str]) -> frozenset[int]:
        """Record a page's lines; the chrome to drop from them."""
        self.lines = page_hashes(raw_lines)
        self.used = self.chrome & self.lines if self.chrome else NO_CHROME
        return self.used


class MemberContexts:
    """A container's side of the archive context (a web archive's or an export's members, each
    a page of its own site): in, the chrome of each group its members may be in (`chrome`;
    `default` for any other group); out, each member's `PageFacts` by member key (`facts`),
    for those whose reader saw lines. `tick`: for the reader to call after each page it looks at
    for the guess (formats.pagelines.site_pages_lines; the indexer gives each its own time
    budget, as each member read)."""

    __slots__ = ("chrome", "default", "facts", "tick")

    def __init__(self, chrome: Mapping[str, frozenset[int]] | None = None, default: frozenset[int] = NO_CHROME) -> None:
        self.chrome = dict(chrome or {})
        self.default = default
        self.facts: dict[str, PageFacts] = {}
        self.tick: Callable[[], None] = _nothing

    @property
    def guessing(self) -> bool:
        """No group known for the container's pages (not even one without chrome): a first
        reading, whose chrome its own pages can guess (`guess`)."""
        return not self.chrome and not self.default

    def guess(self, pages: Iterable[tuple[str, frozenset[int]]]) -> None:
        """The chrome of each group, as the container's own pages (group, line hashes) tell it:
        a guess that saves a container of one site's pages a second reading; the indexer's
        check after the run (stale_pages) reads it again if the group's true chrome differs
        on its pages, so no reading depends on the guess."""
        counts: dict[str, Counter[int]] = {}
        totals: Counter[str] = Counter()
        for group, lines in pages:  # counted as they come: a crawl's pages are not all held at once
            counts.setdefault(group, Counter()).update(lines)
            totals[group] += 1
        for group, found in counts.items():
            if chrome := recurring_counts(found, totals[group]):
                self.chrome[group] = chrome

    def page(self, path: str, url: str | None) -> PageContext:
        """The context to read a member with (its group: the host of its address)."""
        return PageContext(self.chrome.get(group_of(path, url), self.default))

    def keep(self, key: str, path: str, url: str | None, page: PageContext) -> None:
        """What the member's reading saw (nothing when it saw no lines)."""
        if page.lines:
            self.facts[key] = PageFacts.of(path, page, url)


def _nothing() -> None:
    pass


def has_a_role(text: str) -> bool:
    """A line the page's structure hangs on, however often it recurs: the heading of a list of
    articles ("Most popular" is on every page of a site), a byline (one author's folder), a date
    (one day's folder), a read time, the footer's first line (where the text ends)."""
    from . import lines as L  # here: the indexer uses this module without the rules (a no-op run stays quick)
    from .chrome import is_list_header
    from .dates import parse_date_line

    t = text.strip()
    return bool(
        is_list_header(t)
        or L.is_footer_marker(t)
        or L.read_minutes(t)
        or L.byline_names(t)
        or L.is_byline_marker(t)
        or parse_date_line(t)
    )


def is_chrome(text: str, chrome: frozenset[int]) -> bool:
    """A line (or a paragraph of another reading of the page) that is its group's chrome."""
    return bool(chrome) and len(text) <= MAX_CHARS and line_hash(text) in chrome and not has_a_role(text)


def drop_chrome(raw_lines: Sequence[str], chrome: frozenset[int]) -> list[str]:
    """The page's lines without those of `chrome` that have no role in its structure (the
    first line always stays, and so does the name under a lone "By", and the page's own
    headline: `headline_over_header`)."""
    if not chrome or not raw_lines:
        return list(raw_lines)
    from . import lines as L

    own_headline = headline_over_header(raw_lines)
    kept = [raw_lines[0]]
    after_marker = False
    for i, t in enumerate(raw_lines[1:], 1):
        if not t.strip():
            kept.append(t)
            continue
        if after_marker or i == own_headline or not is_chrome(t, chrome):
            kept.append(t)
        after_marker = L.is_byline_marker(t.strip())
    return kept


def headline_over_header(raw_lines: Sequence[str]) -> int | None:
    """The headline-shaped line right over the page's header (its first dateline, byline or
    read time near the top, over the header's other fields and lines the chrome lexicon
    knows): the page's own headline, even when its site's other pages list it as a teaser
    often enough for it to count as the group's chrome (a small group: a folder's first few
    pages of one site, each listing the others under "Most popular" or "Read next"). Site
    chrome recurs in the same place on every page; a headline recurs elsewhere on the others."""
    from . import lines as L
    from .page import headline_candidate
    from .title import cjk_headline

    top = islice((i for i, t in enumerate(raw_lines) if t.strip()), HEADER_LINES)
    header = next((i for i in top if _header_field(raw_lines[i].strip())), None)
    if header is None:
        return None
    for j in range(header - 1, 0, -1):  # (not the first line: it always stays)
        above = raw_lines[j].strip()
        if not above or L.is_chrome(above) or has_a_role(above):
            continue  # a blank, a share button, the header's other fields
        return j if headline_candidate(above) or cjk_headline(above) else None
    return None


def _header_field(text: str) -> bool:
    """A line with a role in the header (not a list's or the footer's)."""
    from . import lines as L
    from .chrome import is_list_header

    return len(text) <= MAX_CHARS and has_a_role(text) and not (is_list_header(text) or L.is_footer_marker(text))
