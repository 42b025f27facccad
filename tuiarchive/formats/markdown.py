"""Markdown clippings (Obsidian Web Clipper, MarkDownload): YAML front matter and a body.

The front matter gives the title, the source URL, the author, the publication date and the
tags; the body's blocks become paragraphs with the Markdown marks taken out (links keep
their text). A Markdown file without front matter is a text article like any other.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..model import Article, article_id, content_hash
from ..parser import NotAnArticle, parse_bytes
from ..parser.context import PageContext

_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_WIKILINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]")
_MARKS = re.compile(r"(\*\*|__|\*|`|~~)")
_BLOCK_MARK = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)")


def has_front_matter(data: bytes) -> bool:
    """A clipping read from its front matter (no page chrome: read without a context)."""
    try:
        return bool(_FRONT.match(data.decode("utf-8")))
    except UnicodeDecodeError:
        return False


def read(data: bytes, path: str | Path, *, context: PageContext | None = None) -> Article:
    """A clipping with front matter is read from it (it has no page chrome: no context); a
    Markdown file without is a text page like any other."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return parse_bytes(data, path, context=context)
    found = _FRONT.match(text)
    if not found:
        return parse_bytes(data, path, context=context)
    import yaml

    try:
        meta = yaml.safe_load(found.group(1))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        raise NotAnArticle(f"the front matter is not valid YAML{where}") from exc
    if not isinstance(meta, dict):
        return parse_bytes(data, path, context=context)
    body = paragraphs(text[found.end() :])
    title = _text(meta.get("title")) or (body[0][:120] if body else "")
    if body and _plain(body[0]) == _plain(title):
        body = body[1:]  # the clipper repeats the headline as the first heading
    if not title and not body:
        raise NotAnArticle("a clipping with neither a title nor a text")
    return Article(
        id=article_id(path),
        path=str(Path(path).absolute()),
        title=title,
        published=_date(meta.get("published") or meta.get("date") or meta.get("created")),
        author=_author(meta.get("author") or meta.get("authors") or meta.get("byline")),
        site=_text(meta.get("site") or meta.get("site_name")),
        body=body,
        content_hash=content_hash(data),
        url=_text(meta.get("source") or meta.get("url") or meta.get("link")),
        language=_text(meta.get("language") or meta.get("lang")),
    )


def paragraphs(markdown: str) -> list[str]:
    """The blocks of a Markdown text as plain paragraphs."""
    out = []
    for block in re.split(r"\n\s*\n", markdown.replace("\r\n", "\n")):
        lines = [_BLOCK_MARK.sub("", line) for line in block.split("\n")]
        line = " ".join(" ".join(lines).split())
        line = _IMAGE.sub("", line)
        line = _WIKILINK.sub(r"\1", _LINK.sub(r"\1", line))
        line = _MARKS.sub("", line).strip()
        if line and not re.fullmatch(r"[-*_=\s]{3,}", line):
            out.append(line)
    return out


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if v)
    if value is None or isinstance(value, dict):
        return None
    value = _WIKILINK.sub(r"\1", str(value))
    return " ".join(value.split()) or None


def _author(value: Any) -> str | None:
    return _text(value)


def _date(value: Any) -> datetime | date | None:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip().replace("Z", "+00:00")
        try:
            stamp = datetime.fromisoformat(text)
        except ValueError:
            try:
                return date.fromisoformat(text[:10])
            except ValueError:
                return None
        return stamp.date() if len(text) <= 10 else stamp.replace(tzinfo=None)
    return None
