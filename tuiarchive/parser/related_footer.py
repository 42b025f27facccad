"""Where the page's footer starts for the lists after the text, told by its shape (review W7).

The footer is known by its words in the languages the lexicon holds ("About us", "Contact";
stops.footer_starts). In CJK scripts, whose footer words it does not hold (a Japanese footer: its
legal page's link, a link for letters to the editor, the company's page), the lists read its
longer links as items of the last list. There the footer is told by its shape: the page's last
block of links, two short lines or more in a row (fewer characters than any item: a menu's
links), with only links and the site's notes under them to the page's end (or its copyright
line). (In Latin scripts the shape alone also meets a list's header over its cards, a box's
button over a ranked list: measured on the made-up dev pages, 7 lists lost; the lexicon says it.)"""

from __future__ import annotations

import re

from . import lines as L
from .dates import is_relative_stamp
from .lexicon import AD_SLOT_RE, BULLET_RE, cjk_chars
from .page import Page
from .related_ads import brand_line, headline_shape
from .stops import footer_starts
from .thresholds import (
    FOOTER_LINK_WORDS,
    FOOTER_LINKS_ABOVE,
    RELATED_CJK_ITEM_CHARS,
    RELATED_ITEM_CHARS,
    RELATED_MIN_ITEMS,
)

_LINKS_IN_A_ROW = 2  # a footer's menu: this many short lines one under the other, at least
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?$", re.I)  # an item's time over it: "21:40", "9.05 am"
_LIST_REACH = 12  # the lines with text under a licence line where a list of headlines may stand


def footer_line(page: Page, start: int) -> int:
    """The first line of the footer the lexicon knows from line `start` (its links, or the copyright
    line), the page's end when there is none. A licence or copyright line with a list of other articles
    under it (a list's header the rules know, or three headline-shaped lines) is the story's own line
    ("This story may be shared under a free licence" / "More stories" / ...), no top of the footer."""
    for i in range(start, len(page.lines)):
        if footer_starts(page, i):
            return _block_top(page, start, i)
        if L.is_copyright(page.text(i)) and not list_under(page, i):
            return _block_top(page, start, i)
    return len(page.lines)


def _block_top(page: Page, start: int, i: int) -> int:
    """The first line of the footer whose links (or copyright line) the lexicon knows from line `i`: the
    top of its block when a few short links in words it does not know stand over them, a blank line over
    those ("" / "Advertise with us" / "About us" / "Privacy"); line `i` otherwise (a list's last item
    right over the footer, a page with no blank lines)."""
    top = i
    while top > start and not page.lines[top].blank_before:
        top -= 1
        t = page.text(top)
        if i - top > FOOTER_LINKS_ABOVE or len(t.split()) > FOOTER_LINK_WORDS or L.ends_sentence(t) or not t:
            return i
        if _of_a_list(page, top):
            return i  # a list's item with its time, or its header, right over the footer: no link of it (W94)
    return top if page.lines[top].blank_before else i


def _of_a_list(page: Page, j: int) -> bool:
    """Line `j` is a list's, never a footer's short link: a time or a date (an item's), a list's header,
    or a CJK headline's length of characters (a CJK line has one "word" however long it is)."""
    t = page.text(j)
    return (
        bool(page.date_at(j))
        or is_relative_stamp(t)
        or bool(_CLOCK.match(t))
        or L.is_related_header(t)
        or cjk_chars(t) >= RELATED_CJK_ITEM_CHARS
    )


def list_under(page: Page, i: int) -> bool:
    """A list of other articles starts within a few lines under line `i`, before the lexicon's footer:
    a list's header the rules know, or RELATED_MIN_ITEMS headline-shaped lines."""
    headlines, seen = 0, 0
    for j in range(i + 1, len(page.lines)):
        t = page.text(j)
        if not t:
            continue
        if footer_starts(page, j) or L.is_copyright(t) or seen >= _LIST_REACH:
            return False
        if L.is_related_header(t):
            return True
        seen += 1
        headlines += L.looks_like_headline(strip_mark(t), min_words=4)
        if headlines >= RELATED_MIN_ITEMS:
            return True
    return False


def strip_mark(text: str) -> str:
    """A list item less its bullet or rank ("• Ferry fares rise", "2. Ferry fares rise")."""
    found = BULLET_RE.match(text)
    return text[found.end() :].lstrip() if found else text


def footer_top(page: Page, start: int) -> int | None:
    """The first line of a footer told by its shape after line `start`: above where a footer the
    lexicon knows starts, or the copyright line, or the page's end, the last run of short CJK lines
    in a row with only links under it, then perhaps the site's notes (`_links_only`); None when
    there is none."""
    end = footer_line(page, start)
    run: list[int] = []
    for i in range(end - 1, start - 1, -1):
        t = page.text(i)
        if not t:
            continue
        if len(t) > RELATED_ITEM_CHARS or L.is_related_header(t):
            break  # a paragraph or a list's header: the footer, if any, is below it
        if brand_line(t) and cjk_chars(t) and not (L.is_name(t) or AD_SLOT_RE.match(t)):
            run.append(i)  # (a card's author, an ad's label: a list's furniture, no footer's link)
            continue
        if len(run) >= _LINKS_IN_A_ROW:
            break
        run = []
    if len(run) < _LINKS_IN_A_ROW or not _links_only(page, run[-1], end):
        return None
    return run[-1]


def _links_only(page: Page, top: int, end: int) -> bool:
    """The lines from `top` to `end` are a footer's: links (no card's date, time or author's name, no
    short line under a longer one as a card's section is, fewer headlines than a list has), and
    sentences only under the last of them (a rights line: "… 無断転載を禁じます。"), none between
    them (a card's blurb)."""
    headlines, sentence = 0, False
    for i in range(top, end):
        t = page.text(i)
        if not t:
            continue
        if page.date_at(i) or is_relative_stamp(t) or L.is_name(t):
            return False
        if L.ends_sentence(t):
            sentence = True
            continue
        if headlines and brand_line(t):
            return False  # a short line under a headline: a card's section or kicker, a list's rhythm
        headlines += headline_shape(t)
        if sentence or headlines >= RELATED_MIN_ITEMS:
            return False
    return True
