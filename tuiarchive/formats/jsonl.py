"""JSON Lines exports (.jsonl, .ndjson): one article per line, as a JSON object.

Fields are taken by their usual names: title/headline, date/published/datePublished,
author/byline/authors, url/link, and the text as text/body/content (plain) or html. A member
is keyed by the object's id, else its url, else its line number. A line that is not a JSON
object is a failed member with its reason; the other lines still go in.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..model import Article, article_id, content_hash
from ..parser import NotAnArticle
from . import Member, OverBudget
from .pagelines import guess_site_chrome, keep_facts

if TYPE_CHECKING:
    from ..parser.context import MemberContexts

TITLE = ("title", "headline", "name")
DATE = ("published", "date", "datePublished", "published_at", "pubdate", "time", "created")
AUTHOR = ("author", "byline", "authors", "creator")
URL = ("url", "link", "source", "href")
TEXT = ("text", "body", "content", "articleBody", "description")
SITE = ("site", "source_name", "publisher", "sitename")


def read_members(
    data: bytes, path: str | Path, *, only: str | None = None, context: MemberContexts | None = None
) -> Iterator[Member]:
    """The export's articles; `context`: the archive around those given as HTML, each read
    with its site's chrome (parser.context)."""
    if context is not None and context.guessing and only is None:
        guess_site_chrome(context, lambda: _web_pages(data), str(path))
    seen: dict[str, int] = {}
    for number, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        line_key = f"line-{number}"
        try:
            obj = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            yield Member(line_key, reason=f"line {number}: not UTF-8 text")
            continue
        except json.JSONDecodeError as exc:
            yield Member(line_key, reason=f"line {number}: invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            yield Member(line_key, reason=f"line {number}: a JSON {type(obj).__name__}, not an object")
            continue
        key = str(obj.get("id") or _first(obj, URL) or line_key)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            key = f"{key}#{seen[key]}"
        if only is not None and key != only:
            continue
        try:
            yield Member(key, _article(obj, key, raw, path, context))
        except (NotAnArticle, OverBudget) as exc:  # a runaway page fails alone
            yield Member(key, reason=f"line {number}: {exc}")


def _article(
    obj: dict[str, Any], key: str, raw: bytes, path: str | Path, context: MemberContexts | None = None
) -> Article:
    url = _first(obj, URL)
    html = obj.get("html")
    if isinstance(html, str) and html.strip() and not _first(obj, TEXT):
        from .html import read_tree
        from .htmltext import parse_html

        page = context.page(str(path), url) if context is not None else None
        try:
            article = read_tree(parse_html(html), raw, path, url=url, context=page)
        except ValueError as exc:
            raise NotAnArticle("its html is not a web page") from exc
        finally:
            if page is not None:
                keep_facts(context, key, str(path), url, page)  # type: ignore[arg-type]
        body = article.body
        title = _first(obj, TITLE) or article.title
        published = _date(_first(obj, DATE)) or article.published
        author = _author(obj) or article.author
        related = article.related
    else:
        text = _first(obj, TEXT) or ""
        body = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
        body = [" ".join(p.split()) for p in body]
        title = _first(obj, TITLE) or ""
        published, author, related = _date(_first(obj, DATE)), _author(obj), []
    if not title and not body:
        raise NotAnArticle("neither a title nor a text")
    return Article(
        id=article_id(path, key),
        path=str(Path(path).absolute()),
        title=" ".join((title or body[0][:120]).split()),
        published=published,
        author=author,
        site=_first(obj, SITE),
        body=body,
        related=related,
        content_hash=content_hash(raw),
        url=url,
        member=key,
    )


def _web_pages(data: bytes) -> Iterator[tuple[str | None, str]]:
    """(address, HTML) of each member given as a web page (read as one by `_article`)."""
    for raw in data.split(b"\n"):
        if b'"html"' not in raw:  # a plain-text record (or none): not parsed for the guess
            continue
        try:
            obj = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            continue
        html = obj.get("html") if isinstance(obj, dict) else None
        if isinstance(obj, dict) and isinstance(html, str) and html.strip() and not _first(obj, TEXT):
            yield _first(obj, URL), html


def _first(obj: dict[str, Any], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = obj.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, dict) and isinstance(value.get("name"), str):
            return value["name"].strip()
    return None


def _author(obj: dict[str, Any]) -> str | None:
    for name in AUTHOR:
        value = obj.get(name)
        if isinstance(value, list):
            names = [v if isinstance(v, str) else v.get("name", "") for v in value if isinstance(v, (str, dict))]
            joined = ", ".join(n.strip() for n in names if n and n.strip())
            if joined:
                return joined
    return _first(obj, AUTHOR)


def _date(value: str | None) -> datetime | date | None:
    if not value:
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        stamp = datetime.fromisoformat(text)
    except ValueError:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None
    if len(text) <= 10:
        return stamp.date()
    return stamp.replace(tzinfo=None)  # as printed: the export's own time zone
