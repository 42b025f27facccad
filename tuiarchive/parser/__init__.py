"""Understand one article file: bytes in, an Article (or a reason it is not one) out."""

from __future__ import annotations

import os
from pathlib import Path

from ..model import Article, article_id, content_hash
from ..text import MAX_FILE_BYTES, NotText, decode_bytes, split_lines
from .extract import NoArticle, extract

__all__ = ["NotAnArticle", "parse_bytes", "parse_file", "read_file_bytes"]


class NotAnArticle(ValueError):
    """The file is not an article; str(exc) is a one-line reason for the user."""


def read_file_bytes(path: str | Path, *, limit: int = MAX_FILE_BYTES) -> bytes:
    """Read a file, refusing (without reading it) anything larger than `limit`."""
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > limit:
                raise NotAnArticle(f"file too large to be an article ({_human(size)}; limit {_human(limit)})")
            data = fh.read(limit + 1)
    except IsADirectoryError as exc:
        raise NotAnArticle("is a directory") from exc
    except PermissionError as exc:
        raise NotAnArticle("permission denied") from exc
    except FileNotFoundError as exc:
        raise NotAnArticle("file not found (deleted?)") from exc
    except OSError as exc:
        raise NotAnArticle(f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > limit:
        raise NotAnArticle(f"file too large to be an article (over {_human(limit)})")
    return data


def parse_bytes(data: bytes, path: str | Path) -> Article:
    try:
        decoded = decode_bytes(data)
    except NotText as exc:
        raise NotAnArticle(str(exc)) from exc
    try:
        found = extract(split_lines(decoded.text), filename=Path(path).name)
    except NoArticle as exc:
        raise NotAnArticle(str(exc)) from exc
    except RecursionError as exc:  # pragma: no cover - defensive: never let a file crash a batch
        raise NotAnArticle("could not be parsed") from exc
    return Article(
        id=article_id(path),
        path=str(Path(path).absolute()),
        title=found.title,
        published=found.published,
        author=found.author,
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
