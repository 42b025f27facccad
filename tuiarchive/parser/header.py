"""Stage `header`: under the headline, the date, byline, read time (the site's name: site_owner.py)."""

from __future__ import annotations

import re
from datetime import date, datetime

from ..model import path_name
from . import lines as L
from .dates import date_after_name, dateline_date
from .header_author import find_author
from .lexicon import cjk_chars
from .names import byline_beside_date, split_name_date
from .page import Page, headline_candidate, is_caption_by_credit, is_counter, is_furniture_mark, is_header_furniture
from .thresholds import (
    CJK_DEK_CHARS,
    CJK_DEK_REACH,
    DATE_AFTER_NAME_REACH,
    DATELINE_REACH,
    STACKED_DEKS,
    SUMMARY_POINT_CHARS,
)
from .title import cjk_prose

_PATH_DATE_RE = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})[_/-]([0-9]{1,2})[_/-]([0-9]{1,2})(?![0-9])")


def date_from_filename(filename: str) -> date | None:
    """A page saved under its address ("site.com_news_2026_02_27_headline.txt") carries its
    publication day there: the date when the page prints none that reads."""
    m = _PATH_DATE_RE.search(path_name(filename))
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _header_limit(page: Page) -> int:
    """Where the header under the headline ends: at the first paragraph that is not a dek.

    A dek (standfirst) is a sentence followed by more header furniture (a byline, the
    dateline, a caption); the body's first paragraph is followed by more text.
    """
    t = page.title_idx
    n = len(page.lines)
    j = t + 1
    while j < min(t + 60, n):
        if (
            not (L.is_prose(page.text(j)) or cjk_prose(page.text(j)))  # (CJK text: by its characters)
            or L.is_caption(page.text(j))
            or is_caption_by_credit(page, j)
            or L.is_cta(page.text(j))  # a newsletter's pitch between the dek and the byline
        ):
            j += 1
            continue
        k = j + 1  # what follows it, past buttons, counters and a newsletter's box
        while k < n and (L.is_chrome(page.text(k)) or is_counter(page.text(k)) or L.is_cta(page.text(k))):
            k += 1
        # (a long paragraph of prose first: it is text whatever furniture tests say, and it is asked quickly)
        if k < n and not (len(page.text(k)) > 200 and L.is_prose(page.text(k))) and _furniture_follows(page, k):
            j += 1
            continue  # a dek: the header goes on under it
        if _cjk_dek(page, j):
            j += 1
            continue  # a CJK standfirst over the byline and the date (review W64)
        run_end = _summary_box_end(page, j)
        if run_end is not None and run_end > j:  # (a CJK paragraph is no summary point: none ends at j)
            j = run_end  # "Key points" / "Takeaways": a box of sentences, the header after it
            continue
        return j
    return min(t + 40, n)


def _cjk_dek(page: Page, j: int) -> bool:
    """Is line j a CJK standfirst: one sentence with the date or a byline under it (past a name alone, buttons)
    before any more running text ("観光船の発着が増え、…。" / "森田 早紀" / "2025年5月12日（月）")?"""
    text = page.text(j)
    if not cjk_chars(text) or len(text) > CJK_DEK_CHARS or text.rstrip("。！？").count("。"):
        return False
    for m in range(j + 1, min(j + 1 + CJK_DEK_REACH, len(page.lines))):
        under = page.text(m)
        if page.date_at(m) or L.byline_names(under) or split_name_date(under):
            return True
        if cjk_prose(under) or L.is_prose(under):
            return False
    return False


def _furniture_follows(page: Page, k: int) -> bool:
    """Is line k header furniture (a byline, a date, a caption), or a second dek sentence with
    furniture right under it? Sentence after sentence with none is the text: a page of short
    paragraphs is no stack of deks."""
    for m in range(k, min(k + STACKED_DEKS + 1, len(page.lines))):
        if not is_header_furniture(page, m):
            return False
        if is_furniture_mark(page, m):
            return True  # furniture of its own, not a sentence taken for a dek
    return False


def _summary_box_end(page: Page, j: int) -> int | None:
    """If a run of sentences starting at j is followed by a byline or dateline before the
    text goes on, the run is a summary box above the header: return where it ends. Its points
    are short sentences; paragraphs of the text's length are the text, whatever dates follow
    them (the readers' comments' stamps, a list of other stories)."""
    n = len(page.lines)
    k = j
    while k < n and (L.is_prose(page.text(k)) or L.is_chrome(page.text(k))):
        if len(page.text(k)) > SUMMARY_POINT_CHARS and not L.is_chrome(page.text(k)):
            return None
        k += 1
    for m in range(k, min(k + 15, n)):
        t = page.text(m)
        if L.is_prose(t) and not L.is_caption(t):
            return None
        if L.is_list_header(t) or headline_candidate(t):
            return None  # lists after the text, not a header
        if page.date_at(m) or L.byline_names(t) or L.is_byline_marker(t) or split_name_date(t):
            return k
    return None


def read_header(page: Page) -> tuple[int, datetime | date | None, datetime | date | None, str | None, int | None]:
    """Where the header ends, the publication and the update it prints (the caller falls back to the date under
    the text, then to the update, then to the file's name), the author and the read time."""
    t = page.title_idx
    n = len(page.lines)
    limit = _header_limit(page)
    header_end = t
    published = None
    updated = None
    cjk_update_at: int | None = None
    for j in range(t + 1, min(max(limit, t + 12), t + 40, n)):
        if j > limit and L.is_list_header(page.text(j)):
            break  # past the header, a list of other stories: their dates are theirs (the text's: page_date.py)
        found = page.date_at(j)
        combo = split_name_date(page.text(j)) or (byline_beside_date(page.text(j)) if j <= t + 2 else None)
        if combo:
            found = combo[1]
        elif not found and j <= t + DATE_AFTER_NAME_REACH:
            found = date_after_name(page.text(j))
        if found:
            if found.updated:
                updated = updated or found.value
                # (a CJK update stamp in the header: a date past it, a list's, is no publication; review W59)
                cjk_update_at = j if cjk_update_at is None and cjk_chars(page.text(j)) else cjk_update_at
            elif published is None and (cjk_update_at is None or j <= limit):
                published = found.value
            if j <= limit:
                header_end = max(header_end, j)
    if published is None:
        # no date in the header: a wire dateline opening the text ("WEXHAM, 14 May 2026 – ...")
        opened = (dateline_date(page.text(j)) for j in range(t + 1, min(limit + DATELINE_REACH, n)))
        published = next((found.value for found in opened if found is not None), None)

    minutes = None
    for j in range(max(0, t - 5), min(limit + 3, t + 30, n)):
        found_minutes = L.read_minutes(page.text(j))
        if not found_minutes:
            continue
        value, says_read = found_minutes
        audio = any(L.is_audio_context(page.text(k)) for k in range(max(0, j - 3), j))
        if says_read or not audio:
            minutes = value
            if t < j <= limit:
                header_end = max(header_end, j)
            break

    author, author_end = find_author(page, limit)
    if author_end is not None and author_end <= limit and not _under_paragraphs(page, author_end):
        header_end = max(header_end, author_end)
    return header_end, published, updated, author, minutes


def _under_paragraphs(page: Page, j: int) -> bool:
    """Is line j under two paragraphs of running text or more (a short page's byline under its text, read
    from the header's reach: the text starts over it, review W23), not under a dek?"""
    paragraphs = 0
    for k in range(page.title_idx + 1, j):
        text = page.text(k)
        paragraphs += L.is_prose(text) or cjk_prose(text)
        if paragraphs >= 2:
            return True
    return False
