"""Reuters-21578 SGML (.sgm): a thousand newswire stories a file, each `<REUTERS NEWID=...>`.

Each story is an article keyed by its NEWID: the headline (TITLE), the date and time (DATE,
`26-FEB-1987 15:01:01.79`), the byline (AUTHOR, "by Janie Gabbett, Reuters"), and the body
with its dateline ("SALVADOR, Feb 26 - ") at its head, as the wire printed it. The files are
SGML, not XML: they are split with patterns, not parsed. Read as Latin-1: one file holds a
raw Latin-1 byte.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from ..model import Article, article_id, content_hash
from ..text import strip_controls
from . import Member

_RECORD = re.compile(r"<REUTERS\b([^>]*)>(.*?)(?:</REUTERS>|(?=<REUTERS\b)|\Z)", re.S | re.I)
_NEWID = re.compile(r'NEWID\s*=\s*"?(\d+)', re.I)
_DATE = re.compile(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})\s+(\d+):(\d{2}):(\d{2})")
_MONTHS = {
    m.lower(): i
    for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)
}
_TRAILER = re.compile(r"\s*\bReuter\s*$")
_BY = re.compile(r"^\s*by\s+", re.I)


def read_members(data: bytes, path: str | Path, *, only: str | None = None) -> Iterator[Member]:
    text = data.decode("latin-1")
    if "<REUTERS" not in text.upper():
        yield Member("file", reason="no <REUTERS> records: not a Reuters-21578 SGML file")
        return
    for number, record in enumerate(_RECORD.finditer(text), 1):
        found = _NEWID.search(record.group(1))
        key = f"newid-{found.group(1)}" if found else f"record-{number}"
        if only is not None and key != only:
            continue
        yield _member(key, record.group(2), record.group(0), path)


def _member(key: str, sgml: str, whole: str, path: str | Path) -> Member:
    title = _field(sgml, "TITLE")
    body = _field(sgml, "BODY", raw=True)
    if body is None:
        # <TEXT TYPE="BRIEF"> has a title only; TYPE="UNPROC" has unparsed text only
        text = _field(sgml, "TEXT", raw=True)
        body = re.sub(r"<[^>]+>.*?</[^>]+>", "", text or "", flags=re.S) if text else None
    paragraphs = _paragraphs(body or "")
    dateline = _field(sgml, "DATELINE")
    if dateline and paragraphs:
        paragraphs[0] = f"{dateline.rstrip(' -')} - {paragraphs[0]}"
    if not title:
        # an empty record is still a story of the collection: it is kept, under its number
        title = paragraphs[0][:120] if paragraphs else f"Reuters story {key.removeprefix('newid-')} (no text)"
    author = _field(sgml, "AUTHOR")
    if author:
        author = _BY.sub("", author).removesuffix(", Reuters").strip() or None
    return Member(
        key,
        Article(
            id=article_id(path, key),
            path=str(Path(path).absolute()),
            title=title,
            published=_date(_field(sgml, "DATE") or ""),
            author=author,
            site="Reuters",
            body=paragraphs,
            encoding="latin-1",
            content_hash=content_hash(whole.encode("latin-1")),
            member=key,
            language="en",
        ),
    )


def _field(sgml: str, tag: str, *, raw: bool = False) -> str | None:
    found = re.search(rf"<{tag}\b[^>]*>(.*?)</{tag}>", sgml, re.S | re.I)
    if not found:
        return None
    value = strip_controls(html.unescape(found.group(1)))
    if raw:
        return value
    return " ".join(value.split()) or None


def _paragraphs(body: str) -> list[str]:
    """The wire's paragraphs: each starts on an indented line; lines are hard-wrapped."""
    body = _TRAILER.sub("", body.rstrip())
    paragraphs: list[list[str]] = []
    for line in body.split("\n"):
        if not line.strip():
            continue
        if line.startswith((" ", "\t")) or not paragraphs:
            paragraphs.append([])
        paragraphs[-1].append(line.strip())
    joined = (" ".join(p) for p in paragraphs)
    return [p for p in joined if any(c.isalnum() for c in p)]  # not the wire's "******" fillers


def _date(value: str) -> datetime | date | None:
    """`26-FEB-1987 15:01:01.79`; the day alone where the time is garbled (one story has 605:12)."""
    found = _DATE.search(value)
    if not found:
        return None
    day, month, year, hour, minute, second = found.groups()
    try:
        when = date(int(year), _MONTHS[month.lower()], int(day))
    except (KeyError, ValueError):
        return None
    try:
        return datetime(when.year, when.month, when.day, int(hour), int(minute), int(second))
    except ValueError:
        return when
