"""The rows of a table, a ranking, fixtures, an awards list or a shop in a list's shape: no list of
other articles (`is_table`), whatever stage reads them."""

from __future__ import annotations

import re
from collections import Counter

from ..text import fold
from .lexicon import FACT_LABELS
from .lexicon_dates import MONTH_NUMBERS
from .page import Page
from .related_footer import strip_mark
from .thresholds import RELATED_PAIR_WORDS, RELATED_PRICED_SHARE

PAIR_SEPARATOR = re.compile(r"(?::| [-–—]| vs?\.?) (?=\S)")
# "$1,250", "from €39.90", "39 €", "1 250 USD": a price alone on its line
_PRICE = re.compile(r"^(?:\w+ )?(?:[$€£¥] ?\d[\d,. ]*|\d[\d,. ]* ?(?:[$€£¥]|usd|eur|gbp))(?: ?(?:usd|eur|gbp))?$", re.I)


def is_pair(text: str) -> bool:
    """ "Comedy - Tram Stop", "Waiting time: 13 hrs", "Harbour v Rovers": a name and its value (a
    few words) or a match, an entry of a table, an awards list or fixtures (a kicker's headline
    runs on: "Analysis: why the port strike spread to the north"), or a fact box's row under a
    label of its own ("Where: Tolvik Arts Centre by the old dock gates")."""
    if any(len(text[m.end() :].split()) <= RELATED_PAIR_WORDS for m in PAIR_SEPARATOR.finditer(text) if m.start() >= 2):
        return True
    label, colon, _ = text.partition(": ")
    return bool(colon) and fold(label) in FACT_LABELS  # a fact box's row, however long its value


def is_table(page: Page, found: list[int]) -> bool:
    """Lines of a table, a ranking, fixtures or an awards list, not headlines: most of them a name
    and its value ("Comedy - Tram Stop"), ending on a bracket ("Jo Ng (Chile)") or a figure
    ("Jo Ng 41 9.2%", "Harbour d. Rovers 53-9"), starting with one ("2 tbsp honey", "12 Quay
    Street") or a day ("June 9 - Korsk Arena": a schedule), told of what follows a line's bullet or
    rank ("- Best actor - Jo Ng")."""
    texts = [_unmarked(page.text(i)) for i in found]  # (a bullet or rank apart: what follows it tells)
    marked = [t for i in found if (t := page.text(i)) != _unmarked(t)]
    if 2 * sum(_marked_pair(t) for t in marked) >= len(texts):
        return True  # "- Best actor - Jo Ng for Tram Stop at the Quay Theatre": a name and its value, bulleted
    starts = Counter(fold(" ".join(t.split(None, 2)[:2])) for t in texts)
    if 2 * max(starts.values()) > len(texts):
        return True  # "See all Harbour rulings", "See all Dorn rulings": one link for each of a kind
    prices = sum(bool(_PRICE.match(page.text(j))) for j in range(found[0] + 1, found[-1] + 2))
    if prices >= RELATED_PRICED_SHARE * len(texts):
        return True  # a shop's products, each with its price ("from $1,250", "39 €")
    return 2 * sum(_is_row(t) for t in texts) >= len(texts)


def _is_row(text: str) -> bool:
    """A table's row (`is_table`): a name and its value, a bracket or a figure at its end, a figure
    or a day at its start."""
    return is_pair(text) or text.endswith((")", "%")) or text[-1:].isdigit() or text[:1].isdigit() or _day_first(text)


def _marked_pair(text: str) -> bool:
    """A bulleted line holding a name and its value, however long the value ("- Best new play - Tram
    Stop by Jo Ng at the Quay Theatre"): a writer's list of results, no headline."""
    rest = _unmarked(text)
    return any(m.start() >= 2 for m in PAIR_SEPARATOR.finditer(rest))


def _unmarked(text: str) -> str:
    """A line less its bullet or rank when words follow it: "- Best actor - Jo Ng" and "3. Jo Ng 41 9.2%"
    are a table's rows by what follows, "• Ferry fares rise in May" a list's headline."""
    return strip_mark(text) or text


def _day_first(text: str) -> bool:
    """ "June 9 - ...", "Sept. 12: ...": a line that starts with a day of the year."""
    words = text.split(None, 2)
    return len(words) > 1 and fold(words[0].rstrip(".")) in MONTH_NUMBERS and words[1].rstrip(":,").isdigit()
