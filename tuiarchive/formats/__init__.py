"""The files people keep articles in: one reader per format, chosen by name or by sniffing.

Each reader is a pure function of the file's bytes (and its path, for names and ids). A
single-article format gives one `Article`; a container (WARC, JSON Lines, Reuters SGML) gives
its members, each an article or a one-line reason, keyed by a stable member key: the
article's id is derived from the file's path and that key. Text files (page copies, plain
articles) go to the text-copy parser in `tuiarchive.parser`.

Readers that need a third-party library import it when a file of theirs is read, so that
starting the CLI does not pay for it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..model import Article, path_name
from ..parser import NotAnArticle, parse_bytes, read_file_bytes
from ..text import MAX_FILE_BYTES

if TYPE_CHECKING:
    from ..parser.context import MemberContexts, PageContext

__all__ = [
    "CONTAINER_MAX_BYTES",
    "Member",
    "NotAnArticle",
    "Parsed",
    "format_of",
    "is_container_name",
    "is_format_name",
    "is_saved_page_assets",
    "parse_file",
    "read_bytes",
    "read_path",
    "size_limit",
]

# Containers hold many articles, so they may be bigger than any one article file.
CONTAINER_MAX_BYTES = 512 * 1024 * 1024

# Suffixes of the formats besides plain text (the text suffixes are in config.py).
_BY_SUFFIX = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".mhtml": "mhtml",
    ".mht": "mhtml",
    ".md": "markdown",
    ".markdown": "markdown",
    ".warc": "warc",
    ".warc.gz": "warc",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".sgm": "reuters",
    ".sgml": "reuters",
}
CONTAINERS = frozenset({"warc", "jsonl", "reuters"})
WEB_CONTAINERS = frozenset({"warc", "jsonl"})  # their members may be web pages, with a site's chrome


class OverBudget(BaseException):
    """Raised by the indexer's alarm (indexer/reading.py) when a file, or a page of a container,
    has used up its time; str(): the reason to report. A BaseException, so that no reader's
    `except Exception` swallows it; a container's readers catch it for the page being read,
    which fails alone (read_bytes' member_done then starts the budget again for the next)."""


@dataclass(slots=True)
class Member:
    """One article of a container, or why that part of the file is not one."""

    key: str
    article: Article | None = None
    reason: str | None = None


@dataclass(slots=True)
class Parsed:
    """What a file holds: its articles, and the members that failed (key, reason)."""

    articles: list[Article]
    failures: list[tuple[str, str]] = field(default_factory=list)
    container: bool = False


def _suffix(name: str) -> str:
    lower = name.lower()
    if lower.endswith(".warc.gz"):
        return ".warc.gz"
    return os.path.splitext(lower)[1]


def is_format_name(name: str) -> bool:
    """A file name of one of the formats read here besides plain text."""
    return _suffix(name) in _BY_SUFFIX


def is_saved_page_assets(name: str, siblings: set[str]) -> bool:
    """A browser's "Save Page As" folder of images, scripts and styles (`Page_files` beside
    `Page.html`): not articles, and not failures either."""
    if not name.endswith("_files"):
        return False
    stem = name.removesuffix("_files")
    return any(stem + ext in siblings for ext in (".html", ".htm", ".xhtml", ".shtml"))


def format_of(path: str | Path, data: bytes) -> str:
    """The format of a file: by its suffix, else by its first bytes, else text."""
    name = _BY_SUFFIX.get(_suffix(path_name(path)))
    if name:
        return name
    return _sniff(data)


def _sniff(data: bytes) -> str:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if head.startswith(b"warc/1.") or data[:2] == b"\x1f\x8b":
        return "warc"
    if head.startswith((b"<!doctype lewis", b"<reuters")):
        return "reuters"
    if head.startswith(b"mime-version:") and b"multipart/related" in head:
        return "mhtml"
    return "text"


def _reader(fmt: str) -> Callable[..., object]:
    if fmt == "html":
        from . import html

        return html.read
    if fmt == "mhtml":
        from . import mhtml

        return mhtml.read
    if fmt == "markdown":
        from . import markdown

        return markdown.read
    if fmt == "warc":
        from . import warc

        return warc.read_members
    if fmt == "jsonl":
        from . import jsonl

        return jsonl.read_members
    if fmt == "reuters":
        from . import reuters

        return reuters.read_members
    return parse_bytes


def read_bytes(
    data: bytes,
    path: str | Path,
    *,
    only: str | None = None,
    context: PageContext | None = None,
    members: MemberContexts | None = None,
    member_done: Callable[[], None] | None = None,
) -> Parsed:
    """The articles of a file's bytes. A single-article file that is not an article raises
    NotAnArticle; a container gives what it holds (`only`: just that member), and raises
    only when nothing in it is an article. `context`: the archive around a single page,
    `members`: around a container's web pages (parser.context). `member_done` is called
    after each member is read, and after each page a guess at their sites' chrome looks at
    (the indexer gives each its own time budget)."""
    fmt = format_of(path, data)
    reader = _reader(fmt)
    if fmt not in CONTAINERS:
        try:
            article = reader(data, path, context=context)
        except NotAnArticle:
            raise
        except RecursionError as exc:  # pragma: no cover - defensive
            raise NotAnArticle("could not be parsed") from exc
        assert isinstance(article, Article)
        return Parsed([article])
    extra = {"context": members} if members is not None and fmt in WEB_CONTAINERS else {}
    if members is not None and member_done is not None:
        members.tick = member_done  # the pages its guess looks at (a crawl's every page) too
    found: list[Member] = []
    for member in reader(data, path, only=only, **extra):  # type: ignore[call-overload]
        found.append(member)
        if member_done is not None:
            member_done()
    parsed = Parsed(
        [m.article for m in found if m.article is not None],
        [(m.key, m.reason or "not an article") for m in found if m.article is None],
        container=True,
    )
    if not parsed.articles and only is None:
        reasons = "; ".join(reason for _, reason in parsed.failures[:1])
        raise NotAnArticle(f"no articles in this {fmt} file" + (f" ({reasons})" if reasons else ""))
    return parsed


def is_container_name(path: str | Path) -> bool:
    """A file whose name says it is of a format of many articles."""
    return _BY_SUFFIX.get(_suffix(path_name(path))) in CONTAINERS


def size_limit(path: str | Path) -> int:
    """The largest file of this name that is read: containers may be big."""
    return CONTAINER_MAX_BYTES if _BY_SUFFIX.get(_suffix(path_name(path))) in CONTAINERS else MAX_FILE_BYTES


def read_path(
    path: str | Path,
    *,
    only: str | None = None,
    context: PageContext | None = None,
    members: MemberContexts | None = None,
) -> Parsed:
    """The articles of a file (see `read_bytes`)."""
    data = read_file_bytes(path, limit=size_limit(path))
    return read_bytes(data, path, only=only, context=context, members=members)


def parse_file(
    path: str | Path,
    member: str | None = None,
    *,
    context: PageContext | None = None,
    members: MemberContexts | None = None,
) -> Article:
    """One article: the file's, or its member `member`."""
    parsed = read_path(path, only=member, context=context, members=members)
    if member is None:
        if parsed.container:
            raise NotAnArticle("holds many articles: name one of its members")
        return parsed.articles[0]
    for article in parsed.articles:
        if article.member == member:
            return article
    for key, reason in parsed.failures:
        if key == member:
            raise NotAnArticle(f"member {member}: {reason}")
    raise NotAnArticle(f"no member {member!r} in this file (changed since it was indexed?)")
