"""Headline-shaped lines that are one of a list's, never the page's headline: a feed's or a list's
items ("Trending", other stories each under its time), a ranked list's, and the lines a headline was
wrapped onto (stage `title`, headline.find_title)."""

from __future__ import annotations

import re

from ..text import fold
from . import lines as L
from .dates import is_header_relative_stamp
from .over_headline import timed_item
from .page import Page, headline_candidate
from .title import opens_with_quotation


def unwrapped(page: Page, i: int) -> str:
    """Line i with the rest it was wrapped onto (a few lines at most)."""
    k = i + 1
    while k < min(len(page.lines), i + 4) and continues_above(page, k):
        k += 1
    return " ".join(page.text(j).strip() for j in range(i, k)) if k > i + 1 else page.text(i)


def continues_above(page: Page, k: int) -> bool:
    """Line k is the rest of line k - 1, wrapped onto a line of its own (no blank line between,
    the line above ends mid-sentence, this one starts with a small letter)."""
    if not 0 < k < len(page.lines) or page.lines[k].blank_before:
        return False
    above = page.text(k - 1).rstrip()
    return page.text(k).lstrip()[:1].islower() and bool(above) and not above.endswith((*L.TERMINAL, ":"))


def in_list(page: Page, i: int) -> bool:
    """Is line i one of several headlines in a list (a feed, "Trending"), not the headline? (A
    quotation near it is no other headline: a kicker, a pull quote.)"""
    near = set()
    timed = timed_item(page.text(i))  # (a feed's items, each after its time, are no list a line without one is in)
    for j in range(max(0, i - 3), min(len(page.lines), i + 4)):
        if j != i and not opens_with_quotation(page.text(j)) and (timed or not timed_item(page.text(j))):
            headline = page.listed_cache[j] if j in page.listed_cache else _listed(page, j)
            if headline is not None:
                near.add(headline)
    if len(near) == 2:  # (with three, two are others whatever line i says)
        near.discard(fold(page.text(i)))
    return len(near) >= 2


_LIST_NUMBER = re.compile(r"#?(\d{1,2})[.)]?")


def under_list_number(page: Page, i: int) -> bool:
    """Is line i under its rank alone ("3."), with the rank before or after it alone a few lines over or under
    it ("2.", "4."): an item of a ranked list ("Most read", "Trending"), never the page's headline? (A count
    alone near a headline, comments or shares, has no neighbouring rank.)"""
    rank = _LIST_NUMBER.fullmatch(page.text(i - 1)) if i >= 1 else None
    if rank is None:
        return False
    wanted = {str(int(rank[1]) - 1), str(int(rank[1]) + 1)}
    near = (*range(max(0, i - 5), i - 1), *range(i + 1, min(len(page.lines), i + 5)))
    return any((other := _LIST_NUMBER.fullmatch(page.text(k))) and other[1] in wanted for k in near)


_MENU_BARS = 2  # "Home | News | Sport": links in a row, a menu, not a headline of a list


def _listed(page: Page, j: int) -> str | None:
    """Line j (with the rest it was wrapped onto) folded, if it reads like a headline of a list."""
    headline = None
    if not continues_above(page, j):  # the rest of a wrapped line is part of the line above
        t = unwrapped(page, j)
        if L.looks_like_headline(t, min_words=4) and not L.has_inner_sentence_end(t) and t.count(" | ") < _MENU_BARS:
            headline = fold(t)  # (a line of two sentences is a dek or text, a row of links a menu)
    page.listed_cache[j] = headline
    return headline


def in_stamped_feed(page: Page, i: int) -> bool:
    """Is line i, a date or a relative time ("2 hours ago"), the stamp of one item of a feed of other
    stories, each under or over its stamp ("2 hours ago" / headline / "3 hours ago" / headline), no
    stamp of the page's header? The same kind of stamp two lines over or under it, a headline-shaped
    line between."""
    for between, other in ((i + 1, i + 2), (i - 1, i - 2)):
        if 0 <= other < len(page.lines) and _item(page.text(between)) and _stamp(page, other):
            return True
    return False


def stamped_item(page: Page, j: int) -> bool:
    """Is line j an item of a feed of other stories, right under or over its stamp, which is one of the feed's
    ("3 hours ago" / a headline / "5 hours ago" / another): never the headline, though the feed's last item
    stands right over the page's own?"""
    return any(0 <= k < len(page.lines) and _stamp(page, k) and in_stamped_feed(page, k) for k in (j - 1, j + 1))


def _item(text: str) -> bool:
    """A feed item's headline, of two words at least ("Ferry strike off"), no byline's name."""
    if headline_candidate(text):
        return True
    return len(text.split()) >= 2 and text[:1].isupper() and not (L.is_name(text) or L.byline_names(text))


def _stamp(page: Page, i: int) -> bool:
    return bool(page.date_at(i)) or is_header_relative_stamp(page.text(i))
