"""The headline-shaped lines right over an article's byline or date, paired: a headline and its dek
under it, a kicker or quotation over the headline, or a bar of other stories' headlines whose last
is the page's own (stage `title`, headline.find_title)."""

from __future__ import annotations

from . import lines as L
from .chrome import is_list_header
from .lexicon import cjk_chars
from .page import Page, headline_candidate, is_caption_by_credit
from .thresholds import BAR_ITEMS, BAR_LINES, CJK_CHARS_PER_WORD, HEADLINE_OVER_DEK_WORDS
from .title import is_quotation, opens_with_quotation


def headline_over_dek(page: Page, above: list[int]) -> bool:
    """Of the headline-like lines over the anchor (`above`, nearest first), is the second the
    headline and the first, right over the byline or date, its dek?"""
    return (
        len(above) > 1
        and not _teaser_bar(page, above)
        and words(page.text(above[1])) >= HEADLINE_OVER_DEK_WORDS
        and _headline_then_dek(page, above[1], above[0])
        and _dek_under(page, above[1], above[0])
    )


def _teaser_bar(page: Page, above: list[int]) -> bool:
    """Are the headline-like lines over the anchor a bar of other stories' headlines under its
    list's header ("Top stories" over a few headlines), whose last, right over the byline or the
    date, is the page's headline? Three or more in a row under the header: a headline over its dek
    is two lines (a menu's or a feed's lines over them are no list's header)."""
    if len(above) < BAR_LINES or above[0] - above[BAR_LINES - 1] != BAR_LINES - 1:
        return False
    if cjk_chars(page.text(above[0])) or not all(headline_candidate(page.text(k)) for k in above):
        return False  # (a CJK dek has no full stop to tell it from the bar's last headline)
    top = above[BAR_LINES - 1] - 1
    while top > above[BAR_LINES - 1] - BAR_ITEMS and top > 0 and headline_candidate(page.text(top)):
        top -= 1
    return top > 0 and is_list_header(page.text(top))


def _headline_then_dek(page: Page, upper: int, lower: int) -> bool:
    """Are two headline-like lines a headline and its dek: next to each other, or apart by
    a caption, a credit or a sentence of the header only (not by a menu or a feed's times)?"""
    if lower == upper + 1:
        return True
    between = range(upper + 1, lower)
    pictures = [j for j in between if _caption_or_dek(page, j)]
    return bool(pictures) and len(pictures) + sum(L.is_chrome(page.text(j)) for j in between) >= len(between)


def _dek_under(page: Page, upper: int, lower: int) -> bool:
    """May the lower of two headline-like lines be the upper's dek, not the headline under a
    kicker? Not when the upper is a quotation alone ('"We waited long enough"'), nor one with its
    speaker ('"We waited long enough," says the mayor') longer than the lower: a dek says more
    than its headline, and a quotation over a shorter line is that headline's kicker."""
    over, under = page.text(upper), page.text(lower)
    if is_quotation(over):
        return False
    return not (opens_with_quotation(over) and words(under) < words(over))


def words(text: str) -> int:
    """A line's words; CJK text (no spaces) counted by its characters."""
    return max(len(text.split()), cjk_chars(text) // CJK_CHARS_PER_WORD)


def _caption_or_dek(page: Page, j: int) -> bool:
    t = page.text(j)
    if L.is_caption(t) or L.is_photo_credit(t) or is_caption_by_credit(page, j):
        return True
    return L.ends_sentence(t) and len(t.split()) >= 6 and not L.is_title_case(t)
