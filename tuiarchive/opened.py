"""Opening an article without the parser (issues 12, 13): what the indexer keeps of a page's
reading, and the Article given back from it and the index when the file is the one read.

The index stores an article's body (engine/schema.py: `text_z`, its paragraphs joined by "\\n")
and the catalog its headline, writer, site, address, content hash and lists (`links`); what
neither keeps is a small record (`outcome_record`, JSON): the file's state before it was read,
a digest of the site's chrome its reading dropped (parser.context's `used`), the exact date, the
read time, the encoding and language, where the body's paragraphs split, a checksum of the body
and the addresses of the lists' items. `rebuild` gives the Article back only when every piece
agrees; anything else (an older index without records, a file touched since, chrome that changed,
an index older or newer than the catalog) is None, and the caller parses the file.
"""

from __future__ import annotations

import json
import os
import zlib
from datetime import date, datetime

from .hashing import blake2b
from .model import Article, RelatedItem
from .records import Record

RECORD_VERSION = 1
# The most body text the index stores (engine/schema.py's _STORED_TEXT_CHARS, pinned by
# tests/test_opened.py): a longer body is not there whole to be given back.
BODY_KEPT_CHARS = 60_000


def file_state(path: str) -> tuple[int, ...] | None:
    """What changes when a file is written, replaced or touched (None: it cannot be looked at)."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)


def chrome_digest(used: bytes | None) -> str:
    """A short digest of the chrome a page's reading dropped (None and b"": none)."""
    return blake2b(used or b"", digest_size=8).hexdigest()


def outcome_record(article: Article, state: tuple[int, ...] | None, used: bytes | None) -> bytes | None:
    """What `rebuild` needs beside the index and the catalog, for a file read in `state` (taken
    before it was read) with the chrome `used`; None when the article cannot be given back that
    way (no state, a body longer than the index keeps)."""
    if state is None:
        return None
    body = article.body
    text = "\n".join(body)
    if len(text) > BODY_KEPT_CHARS:
        return None
    # the paragraphs' count when splitting at "\n" gives them back, else each one's length
    splits: int | list[int] = len(body) if text.count("\n") == max(len(body) - 1, 0) else [len(p) for p in body]
    urls = [item.url for item in article.related]
    record = [
        RECORD_VERSION,
        list(state),
        chrome_digest(used),
        _published(article.published),
        article.read_minutes,
        article.truncated,
        article.encoding,
        article.language,
        splits,
        len(text),
        zlib.crc32(text.encode("utf-8", "surrogatepass")),
        len(article.related),
        urls if any(url is not None for url in urls) else None,
    ]
    return json.dumps(record, separators=(",", ":")).encode("ascii")


def _published(value: datetime | date | None) -> str | None:
    if value is None:
        return None
    return ("t" if isinstance(value, datetime) else "d") + value.isoformat()


def _published_back(value: str | None) -> datetime | date | None:
    if value is None:
        return None
    return datetime.fromisoformat(value[1:]) if value[0] == "t" else date.fromisoformat(value[1:])


class Kept(Record):
    """What the catalog gives of an indexed article (Catalog.opened): its headline, writer, site,
    address, member key and content hash as recorded, and the outcome record."""

    __slots__ = _fields = ("title", "author", "site", "url", "member", "content_hash", "record")

    def __init__(
        self,
        title: str,
        author: str | None,
        site: str | None,
        url: str | None,
        member: str | None,
        content_hash: str,
        record: bytes,
    ) -> None:
        self.title, self.author, self.site, self.url, self.member = title, author, site, url, member
        self.content_hash, self.record = content_hash, record


def rebuild(
    article_id: str,
    path: str,
    kept: Kept,
    state: tuple[int, ...],
    used: bytes | None,
    body_text: str,
    links: list[tuple[str, str]],
) -> Article | None:
    """The Article a reading of the file gives, from the catalog's `kept`, the index's stored
    `body_text` and the catalog's `links` (section, headline) in order, when the file is in the
    `state` it was read in and its site's chrome (`used`) is what it was read with; else None."""
    try:
        record = json.loads(kept.record)
        (version, was, digest, published, minutes, truncated, encoding, language, splits, length, crc,
         related, urls) = record  # fmt: skip
    except (ValueError, TypeError):
        return None
    if version != RECORD_VERSION or tuple(was) != tuple(state) or digest != chrome_digest(used):
        return None
    if len(body_text) != length or len(links) != related or (urls is not None and len(urls) != related):
        return None
    if zlib.crc32(body_text.encode("utf-8", "surrogatepass")) != crc:
        return None  # the index is older or newer than the catalog (a reader not refreshed)
    if isinstance(splits, int):
        body = body_text.split("\n") if splits else []
        if len(body) != splits:
            return None
    else:
        body, at = [], 0
        for size in splits:
            body.append(body_text[at : at + size])
            at += size + 1
    return Article(
        id=article_id,
        path=path,
        title=kept.title,
        published=_published_back(published),
        author=kept.author,
        site=kept.site,
        read_minutes=minutes,
        body=body,
        related=[
            RelatedItem(section, headline, urls[n] if urls is not None else None)
            for n, (section, headline) in enumerate(links)
        ],
        truncated=truncated,
        encoding=encoding,
        content_hash=kept.content_hash,
        url=kept.url,
        member=kept.member,
        language=language,
    )
