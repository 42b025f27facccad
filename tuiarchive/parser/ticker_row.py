"""A breaking-news row over a page in a cased script ("Breaking: Flood warning for the valley · Bypass reopens
after a crash"): a ticker's label, then two items or more between marks; the row of other stories, never the
page's headline (over_headline.never_the_headline asks it; the CJK rows are cjk_over_headline's)."""

from __future__ import annotations

import re

from .thresholds import TICKER_ITEMS

# a ticker's label in the common languages: breaking news, news alert, latest, just in
_TICKER_LABELS = (
    r"(?:breaking(?: news)?|just in|news alert|eilmeldung|aktuell|alerte info|dernière minute|flash info"
    r"|última hora|urgente|ultim['’]ora|pilne|z ostatniej chwili|срочно|молния|последние новости)"
)
_TICKER_LABEL_RE = re.compile(r"^\W*" + _TICKER_LABELS + r"\s*(?:[:|–—-]|\+{3})\s*", re.I)
_LABEL_ALONE_RE = re.compile(r"^\W*" + _TICKER_LABELS + r"\W*$", re.I)


def ticker_label(text: str) -> bool:
    """A breaking-news label alone on its line ("BREAKING", "Eilmeldung:"), over a story's headline."""
    return bool(_LABEL_ALONE_RE.match(text))


_ITEM_MARKS_RE = re.compile(r"\s+(?:[·•|]|\+{3}|[–—])\s+")


def ticker_row(text: str) -> bool:
    """Is the line a ticker: its label, a mark, then TICKER_ITEMS items or more between marks?"""
    label = _TICKER_LABEL_RE.match(text)
    if label is None:
        return False
    items = [item for item in _ITEM_MARKS_RE.split(text[label.end() :]) if len(item.split()) >= 2]
    return len(items) >= TICKER_ITEMS
