"""Understand one article file: bytes in, an Article (or a reason it is not one) out."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..filekind import not_regular_reason
from ..model import Article, absolute_path, article_id, content_hash, path_name
from ..text import MAX_FILE_BYTES, NotText, decode_bytes, split_lines

if TYPE_CHECKING:
    from .context import PageContext

__all__ = ["NotAnArticle", "parse_bytes", "parse_file", "read_file_bytes"]


class NotAnArticle(ValueError):
    """The file is not an article; str(exc) is a one-line reason for the user."""


def read_file_bytes(path: str | Path, *, limit: int = MAX_FILE_BYTES) -> bytes:
    """Read a regular file, refusing (without reading it) anything larger than `limit`.

    The file is opened without blocking and checked to be a regular file before anything is
    read: a FIFO named like an article (or put in a file's place meanwhile) would otherwise
    block the reader forever, and a device would never end.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except IsADirectoryError as exc:
        raise NotAnArticle("is a directory") from exc
    except PermissionError as exc:
        raise NotAnArticle("permission denied") from exc
    except FileNotFoundError as exc:
        raise NotAnArticle("file not found (deleted?)") from exc
    except OSError as exc:
        raise NotAnArticle(f"cannot read: {exc.strerror or exc}") from exc
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise NotAnArticle("is a directory")
        if not stat.S_ISREG(st.st_mode):
            raise NotAnArticle(not_regular_reason(st.st_mode))
        if st.st_size > limit:
            raise NotAnArticle(f"file too large to be an article ({_human(st.st_size)}; limit {_human(limit)})")
        chunks = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, max(st.st_size + 1, 1 << 16)))  # the file in one read, as a rule
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        data = b"".join(chunks)
    except OSError as exc:
        raise NotAnArticle(f"cannot read: {exc.strerror or exc}") from exc
    finally:
        os.close(fd)
    if len(data) > limit:
        raise NotAnArticle(f"file too large to be an article (over {_human(limit)})")
    return data


def parse_bytes(data: bytes, path: str | Path, *, context: PageContext | None = None, **options: object) -> Article:
    """`options` go to the reader (extract.extract): the learned models to use, for instance.
    `context`: the archive around the page (parser.context): its chrome is dropped, and the
    page's line hashes are recorded in it."""
    # imported here: the rules cost ~50 ms to load, and `search`, `show` of an HTML page or
    # `--help` (which import this package for NotAnArticle and read_file_bytes) never use them;
    # their compiled patterns come from patterncache's file when an earlier run saved them
    if "tuiarchive.parser.extract" not in sys.modules:
        from ..patterncache import load_rules

        load_rules()
    from .extract import NoArticle, extract
    from .names import as_written

    try:
        decoded = decode_bytes(data)
    except NotText as exc:
        raise NotAnArticle(str(exc)) from exc
    try:
        lines = split_lines(decoded.text)
        if context is not None:
            options["chrome"] = context.read(lines)
        name = path_name(path)
        try:
            found = extract(lines, filename=name, **options)  # type: ignore[arg-type]
        except NoArticle:
            if not options.get("chrome"):
                raise
            # what the page shares with its site is all the text it has: its site's chrome
            # does not make it "not an article"; it is read as it is
            options["chrome"] = frozenset()
            found = extract(lines, filename=name, **options)  # type: ignore[arg-type]
    except NoArticle as exc:
        raise NotAnArticle(str(exc)) from exc
    except RecursionError as exc:  # pragma: no cover - defensive: never let a file crash a batch
        raise NotAnArticle("could not be parsed") from exc
    return Article(
        id=article_id(path),
        path=absolute_path(path),
        title=found.title,
        published=found.published,
        author=as_written(found.author, decoded.text),
        site=found.site,
        read_minutes=found.read_minutes,
        body=found.body,
        related=found.related,
        truncated=found.truncated,
        encoding=decoded.encoding,
        content_hash=content_hash(data),
    )


def parse_file(path: str | Path) -> Article:
    return parse_bytes(read_file_bytes(path), path)


def _human(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"
