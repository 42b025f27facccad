"""The page's date when its header prints none that reads: the stamp under the story's text.

Some pages print the publication (and its update) only after the text's last paragraph, or only a
relative time ("3 hours ago") over the text and the absolute date under it. The date under the text
belongs to the story when it comes before anything else does: another story's headline, a list's
header, a reader's comment. Of a block of stamps there ("Updated ..." / "Published ..."), the
publication is the page's date, whatever their order; an update alone is kept as the header's is. It comes
before a date over the headline: a page that prints today's date over its name prints the story's elsewhere.
"""

from __future__ import annotations

from datetime import date, datetime

from . import lines as L
from .dates import DateLine, date_after_name, parse_date_line
from .names import split_name_date
from .page import Page, headline_candidate
from .thresholds import DATE_OVER_HEADLINE_REACH, DATE_UNDER_TEXT_PROSE_CHARS, DATE_UNDER_TEXT_REACH

_WRAPPING = " ()[]—–-·•|*"  # "(14 May 2026)", "— 14 May 2026": the marks a stamp under a text comes in


def _stamp_at(page: Page, j: int) -> DateLine | None:
    text = page.text(j)
    found = page.date_at(j)
    if found is None and text.strip(_WRAPPING) != text:
        found = parse_date_line(text.strip(_WRAPPING))
    if found is None:
        combo = split_name_date(text)  # a signature with its date: "Jane Roe, 14 May 2026"
        found = combo[1] if combo and isinstance(combo[1], DateLine) else date_after_name(text)
    return found


def date_under_text(page: Page, end: int) -> tuple[datetime | date | None, datetime | date | None]:
    """The publication and the update printed under the text whose last paragraph ends before line `end`
    (either None when the page prints none there)."""
    published = updated = None
    n = len(page.lines)
    for j in range(max(page.title_idx + 1, end - 1), min(end + DATE_UNDER_TEXT_REACH, n)):
        found = _stamp_at(page, j)
        if found is not None:
            if not found.updated:
                return found.value, updated
            updated = updated or found.value
            continue
        text = page.text(j)
        if j < end:
            continue  # the text's last paragraph
        if L.is_list_header(text) or (headline_candidate(text) and not L.is_name(text)):
            break  # other stories from here: their dates are theirs
        if len(text) > DATE_UNDER_TEXT_PROSE_CHARS and L.is_prose(text):
            break
    return published, updated


def date_over_headline(page: Page) -> datetime | date | None:
    """A publication printed over the headline ("By Jane Roe March 3, 2026" / the headline), within
    DATE_OVER_HEADLINE_REACH lines."""
    t = page.title_idx
    for j in range(t - 1, max(-1, t - DATE_OVER_HEADLINE_REACH), -1):
        combo = split_name_date(page.text(j))
        found = combo[1] if combo else page.date_at(j)
        if found and not found.updated:
            return found.value
    return None
