"""A byline far under the headline, right over the text's first paragraph (a post's card of its author and time)."""

from __future__ import annotations

from . import lines as L
from .dates import is_clock_stamp, is_header_relative_stamp, is_numeric_stamp, parse_date_line
from .names import normalise_names, split_name_date
from .page import Page
from .thresholds import BYLINE_ABOVE_TEXT


def author_above_text(page: Page, body: list[str]) -> str | None:
    """A byline printed right over the text's first paragraph, far under the headline (a
    post's card of its author and time between a column of other stories and the text, over
    its tags and counters), for a page whose header names nobody: the nearest line above the
    text that is a byline with its date or time, unless another byline is over it (then they
    are cards of other stories, each with its author)."""
    if not body:
        return None
    head = body[0]
    first = next(
        (
            k
            for k in range(page.title_idx + 1, len(page.lines))
            if len(page.text(k)) > 1 and head.startswith(page.text(k))
        ),
        None,
    )
    if first is None:
        return None
    top = max(page.title_idx, first - 1 - BYLINE_ABOVE_TEXT)
    for j in range(first - 1, top, -1):
        text = page.text(j)
        if L.is_prose(text) and not L.is_caption(text):
            return None  # a paragraph: the text (or a dek) goes on above, its byline is the header's
        found = _dated_byline(page, j)
        if found is not None:
            others = any(
                _dated_byline(page, k) or L.byline_names(page.text(k))
                for k in range(max(top, j - BYLINE_ABOVE_TEXT), j)
            )
            return None if others else found
    return None


def _dated_byline(page: Page, j: int) -> str | None:
    """The names of line j when it is a byline with its date or time: on the line, or on the next."""
    text = page.text(j)
    combo = split_name_date(text)
    if combo:
        return normalise_names([combo[0]])
    names = L.byline_names(text) or (
        text
        if L.is_person_name(text) and not (L.is_role_line(text) or text.isupper() or L.is_photo_credit(text))
        else None
    )  # (not "Fotos de Ana Ruiz" over the date: a picture's credit in a name's shape)
    if names and L.is_name(names) and _stamp(page, j + 1):
        return normalise_names([names])
    return None


def _stamp(page: Page, j: int) -> bool:
    """Is line j a post's date or time ("March 3, 2026", "1:39 PM", "2 hours ago", "3/9/26 10:00AM")?"""
    if j >= len(page.lines):
        return False
    t = page.text(j).strip().lstrip("|·•—–-").strip()  # (" | November 18, 2019": the rest of the byline's line)
    return bool(
        parse_date_line(t)
        or is_clock_stamp(t)
        or (is_header_relative_stamp(t) and any(map(str.isdigit, t)))
        or is_numeric_stamp(t)
    )
