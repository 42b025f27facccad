"""A page's group and line hashes (parser.context.page_hashes) as its reading records them,
without reading it: what guesses a group's chrome before its pages are read (a folder's
first build, a web archive's or an export's own pages) and what `parse --context` counts in
a folder's other pages. Rendering a web page to its lines is a small part of reading it (the
two readings and the rules are the rest)."""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..parser.context import MemberContexts, PageContext

Lines = tuple[str, frozenset[int]]  # (group, line hashes)


def text_hashes(data: bytes) -> frozenset[int] | None:
    """A text page's, as parser.parse_bytes records them (None: not text, or no lines)."""
    from ..parser.context import page_hashes
    from ..text import NotText, decode_bytes, split_lines

    try:
        return page_hashes(split_lines(decode_bytes(data).text)) or None
    except NotText:
        return None


def tree_hashes(root: Any) -> frozenset[int] | None:
    """A parsed web page's: those of the reading of its rendered text (html.read_tree)."""
    from .htmltext import rendered

    return text_hashes(rendered(root)[0].encode("utf-8"))


def html_hashes(html: str | bytes) -> frozenset[int] | None:
    """A web page's, from its markup (None: not a web page, or no lines)."""
    from . import OverBudget
    from .htmltext import parse_html

    try:
        return tree_hashes(parse_html(html))
    except (ValueError, TypeError, OverBudget):  # a runaway page is left out of a guess
        return None


def site_pages_lines(
    pages: Callable[[], Iterable[tuple[str | None, str | bytes]]], path: str, tick: Callable[[], None] = lambda: None
) -> Iterator[Lines]:
    """(group, line hashes) of a container's web pages, given as (address, markup), of the
    groups with enough of them to tell their chrome: what MemberContexts.guess counts. `pages`
    is called twice (first to count the groups): a crawl's pages are not all held at once.
    `tick` is called after each page of either pass, passed on or not (MemberContexts.tick:
    the indexer's time budget starts again; an export of many sites' pages goes through both
    passes with none passed on)."""
    from ..parser.context import MIN_FOLDER, group_of

    groups: Counter[str] = Counter()
    for url, _ in pages():
        groups[group_of(path, url)] += 1
        tick()
    for url, html in pages():
        group = group_of(path, url)
        if groups[group] >= MIN_FOLDER and (hashes := html_hashes(html)):
            yield group, hashes
        tick()


def guess_site_chrome(
    context: MemberContexts, pages: Callable[[], Iterable[tuple[str | None, str | bytes]]], path: str
) -> None:
    """`context.guess` over a container's own pages (site_pages_lines). The guess is a shortcut
    (the run's check reads again a page whose group's chrome it got wrong), so when the time
    budget runs out while it looks (the alarm may land between two pages, outside a page's own
    reading) it is given up, not the container; the budget then starts again for the reading."""
    from . import OverBudget

    try:
        context.guess(site_pages_lines(pages, path, context.tick))
    except OverBudget:
        context.chrome.clear()
    context.tick()


def keep_facts(context: MemberContexts, key: str, path: str, url: str | None, page: PageContext) -> None:
    """`context.keep` after a member's reading: a runaway page's time may run out just after
    its reading, while its lines are packed; its facts are then left out, and the page and the
    container's others are still reported as read."""
    from . import OverBudget

    with contextlib.suppress(OverBudget):
        context.keep(key, path, url, page)


def file_lines(path: str | Path) -> Lines | None:
    """A file's group and line hashes, for the formats read a page a file with its context
    (text, Markdown without front matter, HTML, MHTML); None for the others (containers,
    clippings) and for a file that cannot be read or rendered: its reading proper says why."""
    from ..parser import read_file_bytes
    from ..parser.context import group_of
    from . import format_of
    from .markdown import has_front_matter

    try:
        data = read_file_bytes(path)
        fmt = format_of(path, data)
        if fmt == "text" or (fmt == "markdown" and not has_front_matter(data)):
            url, hashes = None, text_hashes(data)
        elif fmt in ("html", "mhtml"):
            url, hashes = _web_page_lines(data, fmt)
        else:
            return None
    except Exception:  # not a page, gone, unreadable, a renderer's bug: a guess goes without it
        return None
    return (group_of(str(path), url), hashes) if hashes else None


def _web_page_lines(data: bytes, fmt: str) -> tuple[str | None, frozenset[int] | None]:
    from .html import own_url, page_tree

    if fmt == "mhtml":
        from .mhtml import html_part

        root, url = html_part(data)
    else:
        root, url = page_tree(data), None
    return url or own_url(root), tree_hashes(root)
