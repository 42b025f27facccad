"""The article model: one dataclass that the parser fills and everything else reads."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .hashing import blake2b


@dataclass(frozen=True, slots=True)
class RelatedItem:
    """A headline that the page lists as another article, under a section as printed."""

    section: str
    headline: str
    url: str | None = None  # the link's address, when the page gives one (HTML, WARC)


@dataclass(slots=True)
class Article:
    """An article as read from its file: what the index stores and the reader shows."""

    id: str
    path: str
    title: str
    published: datetime | date | None = None
    author: str | None = None
    site: str | None = None
    read_minutes: int | None = None
    body: list[str] = field(default_factory=list)
    related: list[RelatedItem] = field(default_factory=list)
    truncated: bool = False
    encoding: str = "utf-8"
    content_hash: str = ""
    url: str | None = None  # the page's own address (canonical link, og:url, clipper source, WARC URI)
    member: str | None = None  # the article's key inside a file holding many (WARC, JSON Lines, SGML)
    language: str | None = None

    @property
    def has_time(self) -> bool:
        return isinstance(self.published, datetime)

    @property
    def word_count(self) -> int:
        return sum(len(p.split()) for p in self.body)

    def published_iso(self) -> str | None:
        return iso_date(self.published)

    def to_json(self) -> dict[str, Any]:
        """The JSON form (the shape `tuiarchive parse --json` prints)."""
        data = asdict(self)
        data["published"] = self.published_iso()
        data["related"] = [asdict(r) for r in self.related]
        data["word_count"] = self.word_count
        return data


def iso_date(value: datetime | date | None) -> str | None:
    """ "2024-11-04T08:36" when the time is printed, "2024-11-04" when only the day is."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    return value.isoformat()


def human_date(value: datetime | date | None, *, undated: str = "") -> str:
    """ "4 Nov 2024 08:36" for people."""
    if value is None:
        return undated
    if isinstance(value, datetime):
        return value.strftime("%-d %b %Y %H:%M")
    return value.strftime("%-d %b %Y")


def _plain(path: object) -> bool:
    """An absolute path written as pathlib writes it (no empty or "." part, no trailing
    slash): Path(path) gives it back unchanged, so it need not be built (a few microseconds
    each, several times a file when indexing)."""
    return (
        isinstance(path, str)
        and path[:1] == "/"
        and "//" not in path
        and "/./" not in path
        and not path.endswith(("/", "/."))
    )


def absolute_path(path: str | Path) -> str:
    """str(Path(path).absolute())."""
    return path if _plain(path) else str(Path(path).absolute())  # type: ignore[return-value]


def path_name(path: str | Path) -> str:
    """Path(path).name: the part after the last slash, unless the path ends in a slash or a "."
    part (which pathlib drops)."""
    if isinstance(path, str) and path != "." and not path.endswith(("/", "/.")):
        return path.rpartition("/")[2]
    return Path(path).name


def article_id(path: str | Path, member: str | None = None) -> str:
    """A stable id for an article: derived from its absolute path, and for one of the many
    articles of a container file, from its member key too."""
    resolved = absolute_path(path if _plain(path) else Path(path).expanduser())
    if member is not None:
        resolved += "\0" + member
    return blake2b(resolved.encode("utf-8", "surrogateescape"), digest_size=8).hexdigest()


def content_hash(data: bytes) -> str:
    """The hash of a file's bytes. The indexer asks it twice of the same bytes (the file, then
    the article parsed from it): the last answer is kept for the same object."""
    global _last_hash
    last = _last_hash  # a tuple, replaced whole: threads see a pair that belongs together
    if data is last[0]:
        return last[1]
    digest = blake2b(data, digest_size=16).hexdigest()
    if len(data) <= _KEEP_HASHED:  # a web archive's bytes are not kept alive for this
        _last_hash = (data, digest)
    return digest


_last_hash: tuple[bytes | None, str] = (None, "")  # the bytes last hashed (the same object), and their hash
_KEEP_HASHED = 1 << 20
