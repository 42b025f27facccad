"""The site's furniture right under a text, told by its rows whatever language its labels are in: a bar of
buttons whose lines are social networks' names (share, follow), a short label over it or none; a list of
other stories with a date under each headline, a short label over it or none. What ends a text, as a list's
header does (body.text_ends_below): a short closing section over it is the text's."""

from __future__ import annotations

from .lexicon import lower_words
from .lexicon_appeals import SOCIAL_NETWORKS
from .page import Page
from .shape import ends_sentence
from .thresholds import TRAILER_BAR_NETWORKS, TRAILER_DATED_ITEMS, TRAILER_LABEL_WORDS, TRAILER_ROWS_REACH


def _filled(page: Page, i: int) -> list[int]:
    """The lines with words from i on, within reach."""
    return [k for k in range(i, min(i + TRAILER_ROWS_REACH, len(page.lines))) if page.text(k).strip()]


def _label(text: str) -> bool:
    """A furniture's label: a few words, no sentence ("Share this article", "Volg ons", "Mehr aus der Region")."""
    return len(text.split()) <= TRAILER_LABEL_WORDS and not ends_sentence(text)


def _network(text: str) -> bool:
    """A social network's name alone on its line ("Facebook", "WhatsApp")."""
    words = lower_words(text)
    return len(words) == 1 and words[0] in SOCIAL_NETWORKS


def network_bar(page: Page, i: int) -> bool:
    """Line i opens a bar of buttons: TRAILER_BAR_NETWORKS or more networks' names in a row, line i a short label
    over them or the first of them."""
    rows = _filled(page, i)
    if rows and not _network(page.text(rows[0])) and _label(page.text(rows[0])):
        rows = rows[1:]
    run = 0
    for k in rows:
        if not _network(page.text(k)):
            break
        run += 1
    return run >= TRAILER_BAR_NETWORKS


def dated_list(page: Page, i: int) -> bool:
    """Line i opens a list of other stories with a date under each: TRAILER_DATED_ITEMS or more (headline, date)
    pairs in a row, line i a short label over them or the first headline. A headline is no date and no sentence of
    the text's (a short line without its end mark)."""
    rows = _filled(page, i)
    if len(rows) > 1 and not page.date_at(rows[1]) and _label(page.text(rows[0])):
        rows = rows[1:]
    pairs = 0
    for a, b in zip(rows[::2], rows[1::2], strict=False):
        if page.date_at(a) or not page.date_at(b) or ends_sentence(page.text(a)):
            break
        pairs += 1
    return pairs >= TRAILER_DATED_ITEMS


def furniture_under(page: Page, i: int) -> bool:
    """Line i opens a bar of networks' buttons or a list of dated stories."""
    return network_bar(page, i) or dated_list(page, i)
