"""Rows a page prints over its headline that are never the headline (stage `title`,
headline.find_title): the site's menu printed on one line ("Home  News  Sport  Culture"), and a
feed of the site's latest stories, each after its time of day ("09:14 Ferry strike called off")."""

from __future__ import annotations

import re

from .cjk_over_headline import never_cjk_headline
from .headline_pairs import text_words
from .lexicon import STOP_WORDS, cjk_chars
from .page import Page
from .thresholds import MENU_ROW_SECOND_WORD, MENU_ROW_SHORT_CHARS, MENU_ROW_WORDS
from .ticker_row import ticker_row
from .title import content_words

# a time of day opening a line, then words: "14:05 Headline", "9.30 – Headline", "14h05 | Headline"
_TIMED_ITEM_RE = re.compile(r"^\d{1,2}(?::|\.|h)\d\d\s*(?:[|·•–—-]\s*)?(?=\S*[^\W\d_])\S")
_MENU_SEPARATORS_RE = re.compile(r"\s*[|·•/]\s*|\s+")


def timed_item(text: str) -> bool:
    """A line opening with a time of day, then words: a feed's item ("09:14 Ferry strike called off")."""
    return bool(_TIMED_ITEM_RE.match(text)) and len(text.split()) >= 2


def in_timed_feed(page: Page, i: int) -> bool:
    """Is line i one of a feed's items: a headline after its time of day, with another such line
    next to it? (The page's own headline opens with no time of day.)"""
    if not timed_item(page.text(i)):
        return False
    return any(0 <= j < len(page.lines) and timed_item(page.text(j)) for j in (i - 1, i + 1))


def _menu_item(word: str) -> bool:
    """A menu's item as one word: capitalised in a cased script, a few characters in a caseless one."""
    if word.lower() in STOP_WORDS or not word.isalpha():
        return False
    if word[0].isupper():
        return word[1:] == word[1:].lower()  # "Politik", not "NATO" nor "iPhone"
    return not word[0].islower() and len(word) <= MENU_ROW_SHORT_CHARS


def _second_word(word: str, before: str) -> bool:
    """The small second word of a two-word item ("Strona główna", "Prima pagina")."""
    small = word.isalpha() and word.islower() and len(word) >= MENU_ROW_SECOND_WORD
    return small and word not in STOP_WORDS and _menu_item(before)


def menu_row(page: Page, i: int) -> bool:
    """Is line i the site's menu printed on one line: a row of items (capitalised single words
    without a function word among them, or a caseless script's short words) that names nothing
    of the text under it? A headline in title case shares words with its story ("Lock Gates Vote
    Delayed"); a row of sections does not ("Home  Politics  Business  Sport  Culture")."""
    t = page.text(i)
    if any(c in t for c in ",:;.!?&+\"'“”«»()"):
        return False
    items = [w for w in _MENU_SEPARATORS_RE.split(t) if w]
    if len(items) < MENU_ROW_WORDS:
        return False
    others = [k for k, w in enumerate(items) if not _menu_item(w)]
    # all items a menu's word, but for one item's small second word in a cased script
    if others and (
        len(others) > 1 or cjk_chars(t) or others[0] == 0 or not _second_word(items[others[0]], items[others[0] - 1])
    ):
        return False
    return not content_words(t) & text_words(page, i)


def never_the_headline(page: Page, i: int) -> bool:
    """A row over the headline that is never it: a feed's timed item, the menu on one line, a breaking-news
    ticker (ticker_row; a CJK ticker, caption or section's path: cjk_over_headline)."""
    return in_timed_feed(page, i) or menu_row(page, i) or ticker_row(page.text(i)) or never_cjk_headline(page, i)
