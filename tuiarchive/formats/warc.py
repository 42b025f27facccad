"""Web archives (.warc, .warc.gz; ArchiveBox, Webrecorder, `wget --warc-file`).

Every HTML response record is an article, keyed and addressed by its target URI. A damaged
archive (a truncated gzip member, a bad record header) gives the records before the damage
and one failed member that says where and why.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..parser import NotAnArticle
from . import Member, OverBudget
from .pagelines import guess_site_chrome, keep_facts

if TYPE_CHECKING:
    from ..parser.context import MemberContexts


def read_members(
    data: bytes, path: str | Path, *, only: str | None = None, context: MemberContexts | None = None
) -> Iterator[Member]:
    """The archive's HTML pages; `context`: the archive around them, each member read with its
    site's chrome (parser.context)."""
    from ..model import article_id
    from .html import read_tree
    from .htmltext import parse_html

    damage = None
    if data[:2] == b"\x1f\x8b":
        data, damage = gunzip_members(data)
    if context is not None and context.guessing and only is None:
        guess_site_chrome(context, lambda: _web_pages(data), str(path))
    for key, uri, body in _pages(data):
        if uri is None:
            damage = body.decode()
            break
        if only is not None and key != only:
            continue
        page = context.page(str(path), uri) if context is not None else None
        try:
            article = read_tree(parse_html(body), body, path, url=uri, context=page)
        except (NotAnArticle, ValueError) as exc:
            yield Member(key, reason=str(exc) or "not an article")
            continue
        except OverBudget as exc:  # a runaway page: the archive's others are read
            yield Member(key, reason=str(exc))
            continue
        finally:
            if page is not None:
                keep_facts(context, key, str(path), uri, page)  # type: ignore[arg-type]
        article.id, article.member = article_id(path, key), key
        yield Member(key, article)
    if damage:
        yield Member("damage", reason=damage)


def _pages(data: bytes) -> Iterator[tuple[str, str | None, bytes]]:
    """(member key, address, HTML) of each HTML response; at damage, (key, None, what)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    stream = io.BytesIO(data)
    seen: dict[str, int] = {}
    records = ArchiveIterator(stream)
    while True:
        offset = stream.tell()
        try:
            record = next(records)
        except StopIteration:
            break
        except (ArchiveLoadFailed, EOFError, OSError, ValueError, AttributeError, TypeError) as exc:
            # warcio raises what its parsing meets (AttributeError on a header it cannot read)
            yield "damage", None, f"damaged archive after byte {offset}: {_one_line(exc)}".encode()
            return
        if record.rec_type != "response" or record.http_headers is None:
            continue
        ctype = (record.http_headers.get_header("Content-Type") or "").lower()
        if "html" not in ctype:
            continue
        uri = record.rec_headers.get_header("WARC-Target-URI") or f"record-{offset}"
        seen[uri] = seen.get(uri, 0) + 1
        key = uri if seen[uri] == 1 else f"{uri}#{seen[uri]}"
        try:
            body = record.content_stream().read()
        except (EOFError, OSError, ValueError) as exc:
            yield key, None, f"damaged record {key}: {_one_line(exc)}".encode()
            return
        yield key, uri, body


def _web_pages(data: bytes) -> Iterator[tuple[str, bytes]]:
    """(address, HTML) of each page, up to any damage."""
    for _, uri, body in _pages(data):
        if uri is None:
            return
        yield uri, body


def gunzip_members(data: bytes) -> tuple[bytes, str | None]:
    """A .warc.gz's records (one gzip member each) uncompressed as far as they go, and what
    stopped them if they do not go to the end (a truncated download, a damaged member)."""
    out = []
    rest = data
    while rest.strip(b"\0"):
        unzip = zlib.decompressobj(wbits=31)
        try:
            out.append(unzip.decompress(rest))
        except zlib.error as exc:
            return b"".join(out), f"damaged gzip after {len(data) - len(rest)} bytes: {_one_line(exc)}"
        if not unzip.eof:
            return b"".join(out), "truncated gzip: the file is cut off"
        rest = unzip.unused_data
    return b"".join(out), None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:160] or type(exc).__name__
