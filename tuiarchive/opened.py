"""Opening an article without the parser (issues 12, 13): what the indexer keeps of a page's
reading, and the Article given back from it and the index when the file is the one read.

The index stores an article's body (engine/schema.py: `text_z`, its paragraphs joined by "\\n")
and the catalog its headline, writer, site, address, content hash and lists (`links`); what
neither keeps is a small record (`outcome_record`, JSON): the readers' sources, the file's state
before it was read, a digest of the site's chrome its reading dropped (parser.context's `used`),
the exact date, the read time, the encoding and language, where the body's paragraphs split, a
checksum of the body and the addresses of the lists' items. `readable` and `rebuild` give the
Article back only when every piece agrees; anything else (an older index without records, a file
whose bytes changed, chrome that changed, other readers, an index older or newer than the
catalog) is None, and the caller parses the file.
"""

from __future__ import annotations

import json
import os
import zlib
from datetime import date, datetime
from pathlib import Path

from .hashing import blake2b
from .model import Article, RelatedItem
from .records import Record

RECORD_VERSION = 2  # 2: the reader's sources, the file's bytes checked when its state differs
_PACKAGE = Path(__file__).parent
# What a reading depends on beside the file and its site's chrome: the readers and the parser
# (their rules and learned weights), and the text and article they make.
READER_SOURCES = ("formats", "parser", "text.py", "model.py")
# The most body text the index stores (engine/schema.py's _STORED_TEXT_CHARS, pinned by
# tests/test_opened.py): a longer body is not there whole to be given back.
BODY_KEPT_CHARS = 60_000


_sources: str | None = None  # reader_sources() of this process's package


def reader_sources(package: Path = _PACKAGE, parts: tuple[str, ...] = READER_SOURCES) -> str:
    """The readers' sources as a .pyc knows its own (each file's name, size and mtime, data
    files too): an index read by another version of them (an upgrade, an edit) gives nothing
    back, and its files are parsed by the readers of now. Once a process for the package."""
    global _sources
    if package == _PACKAGE and parts == READER_SOURCES and _sources is not None:
        return _sources
    entries: list[tuple[str, int, int]] = []
    for part in parts:
        _list_files(package / part, part, entries)
    found = f"{zlib.crc32(repr(sorted(entries)).encode()):08x}"
    if package == _PACKAGE and parts == READER_SOURCES:
        _sources = found
    return found


def _list_files(path: Path, name: str, entries: list[tuple[str, int, int]]) -> None:
    try:
        if not path.is_dir():
            st = path.stat()
            entries.append((name, st.st_size, st.st_mtime_ns))
            return
        for entry in os.scandir(path):
            if entry.name != "__pycache__" and not entry.name.startswith("."):
                _list_files(Path(entry.path), f"{name}/{entry.name}", entries)
    except OSError:
        entries.append((name, -1, -1))


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
        reader_sources(),
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


def readable(path: str, kept: Kept, state: tuple[int, ...], used: bytes | None) -> list | None:
    """The record, when the file holds what was read (it is in the `state` it was read in, or
    else its bytes hash as the catalog's content hash: touched, copied over with the same text)
    and the reading would be the same (the same readers, the site's chrome `used` as then)."""
    try:
        record = json.loads(kept.record)
    except ValueError:
        return None
    if not isinstance(record, list) or len(record) != _FIELDS or record[0] != RECORD_VERSION:
        return None
    if record[1] != reader_sources() or record[3] != chrome_digest(used):
        return None
    if tuple(record[2]) != tuple(state) and not _holds(path, kept.content_hash):
        return None
    return record


_FIELDS = 14  # of a record (outcome_record)


def _holds(path: str, digest: str) -> bool:
    """Whether the file's bytes are those of this content hash (a file read in full: ~30 us for
    a page of text, a parse takes ~200 times that)."""
    from .model import content_hash
    from .parser import NotAnArticle, read_file_bytes

    try:
        return bool(digest) and content_hash(read_file_bytes(path)) == digest
    except NotAnArticle:
        return False


def rebuild(
    article_id: str, path: str, kept: Kept, record: list, body_text: str, links: list[tuple[str, str]]
) -> Article | None:
    """The Article the reading gave, from the catalog's `kept`, its `readable` record, the index's
    stored `body_text` and the catalog's `links` (section, headline) in order; None when the
    index does not hold what the record says (a reader's index older or newer than the catalog)."""
    (_, _, _, _, published, minutes, truncated, encoding, language, splits, length, crc, related,
     urls) = record  # fmt: skip
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
