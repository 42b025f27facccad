"""Search results taken out of the archive: CSV, JSON or Markdown, for `tuiarchive search
--format` and the app's export. No UI code here.

Every text field passes `clean_line`, so no escape or control character from an article
reaches a terminal or a file; JSON is written ASCII-only for the same reason.
"""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path
from typing import Any

from .archive import Hit, SearchPage
from .model import human_date, iso_date
from .text import clean_line

FORMATS = ("csv", "json", "md")
CSV_COLUMNS = ("id", "title", "published", "author", "site", "path", "snippet", "score")


def hit_record(hit: Hit) -> dict[str, Any]:
    """One result as plain data: the JSON and CSV rows are both made from this."""
    return {
        "id": hit.id,
        "title": clean_line(hit.title),
        "published": iso_date(hit.published),
        "author": clean_line(hit.author) if hit.author else None,
        "site": clean_line(hit.site) if hit.site else None,
        "path": clean_line(hit.path),
        "snippet": clean_line("".join(t for t, _ in hit.snippet)),
        "matches": sorted({clean_line(t) for t, matched in hit.snippet if matched}),
        "score": round(hit.score, 4),
    }


def render(page: SearchPage, fmt: str) -> str:
    """The page's hits in `fmt` (one of FORMATS)."""
    if fmt == "json":
        import json  # here, as csv: a plain search prints neither (issue 12)

        data = {
            "query": page.query,
            "sort": page.sort,
            "total": page.total,
            "estimated": page.estimated,  # total is an estimate (PostgreSQL, many matches: docs/postgresql.md)
            "hits": [hit_record(h) for h in page.hits],
        }
        return json.dumps(data, ensure_ascii=True, indent=1) + "\n"
    if fmt == "csv":
        import csv  # for csv only

        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for hit in page.hits:
            writer.writerow({key: _cell(value) for key, value in hit_record(hit).items()})
        return buffer.getvalue()
    if fmt == "md":
        return _markdown(page)
    raise ValueError(f"unknown format {fmt!r}: use {', '.join(FORMATS)}")


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what makes a cell a formula in a spreadsheet


def _cell(value: object) -> object:
    """A CSV cell that a spreadsheet shows as text: one starting as a formula does (a saved
    page's headline is anyone's text: `=HYPERLINK(...)`) gets a leading apostrophe, as OWASP's
    advice on CSV injection says."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _markdown(page: SearchPage) -> str:
    total = f"about {page.total}" if page.estimated else f"{page.total}"
    shown = f"{len(page.hits)} of {total}" if len(page.hits) < page.total else total
    title = f"`{_md(page.query)}`" if page.query else "everything"
    noun = "match" if page.total == 1 and not page.estimated else "matches"
    lines = [f"# Search: {title}", "", f"{shown} {noun}, by {page.sort}.", ""]
    for hit in page.hits:
        record = hit_record(hit)
        meta = " · ".join(
            x for x in (human_date(hit.published, undated="undated"), record["site"] or record["author"]) if x
        )
        lines.append(f"- **{_md(record['title']) or '(untitled)'}**  ")
        lines.append(f"  {_md(meta)} · `{record['id']}` · {_md(record['path'])}  ")
        if record["snippet"]:
            lines.append(f"  {_md(record['snippet'])}")
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    """Text that Markdown shows as written (its punctuation escaped)."""
    return "".join("\\" + c if c in "\\`*_[]<>#|" else c for c in text)


def format_for(path: Path) -> str | None:
    """The format a file name asks for (by its extension), or None."""
    suffix = path.suffix.lower().lstrip(".")
    return {"markdown": "md"}.get(suffix, suffix) if suffix in (*FORMATS, "markdown") else None


class ExportFailed(OSError):
    """An export that could not be written; str(exc) says why in one line, and nothing of it
    is left behind."""


def write_new(path: Path, text: str) -> None:
    """Write a new file; never replace one (FileExistsError if it is there), never make a
    folder (a mistyped one is refused), and on failure (a full disk) leave nothing behind."""
    folder = path.parent
    if not folder.is_dir():
        what = "not a folder" if folder.exists() else "no folder"
        raise ExportFailed(f"{what} {folder}: nothing written")
    try:
        # O_EXCL: the check and the creation are one step, so no file is ever overwritten
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        raise
    except OSError as exc:
        raise ExportFailed(f"{path}: {_reason(exc)}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    except BaseException as exc:
        with contextlib.suppress(OSError):  # the file is ours (O_EXCL made it): none was there before
            os.unlink(path)
        if isinstance(exc, OSError):
            raise ExportFailed(f"{path}: {_reason(exc)}; nothing written") from None
        raise


def _reason(exc: OSError) -> str:
    """An OSError's words without its number: 'no space left on device', not '[Errno 28] ...'."""
    return exc.strerror[:1].lower() + exc.strerror[1:] if exc.strerror else str(exc)
