"""A saved page's list items less what the text glues to their headline (issue 14's saved pages).

In the page rendered as text an item's headline stands on one line with what its element holds
beside it: a section's label before it, a date, a time or a teaser after it ("Transport Night buses
return in May 20 March 2025 The plan saves each route an hour."), each in an element of its own, or
in the text around the link. The markup tells the parts apart: the item's element whose text is the
line holds them as separate pieces, and the headline is the piece in a headline's shape (a section's
label has fewer words, a date is a date, a teaser ends a sentence)."""

from __future__ import annotations

import re
from typing import Any

from ..model import RelatedItem
from ..parser import lines as L

_ITEM_TAGS = ("a", "li", "article")
_SPACE = re.compile(r"\s+")
_LABEL_WORDS = 3  # a piece of fewer words is a label, a kicker or a time, no headline (the headline has more)


def _norm(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip()


def unglued(items: list[RelatedItem], root: Any) -> list[RelatedItem]:
    """`items` with each headline that is the text of an item's element holding other pieces beside
    it (a label, a date, a teaser) cut down to the piece that is the headline."""
    if not items:
        return items
    wanted = {_norm(item.headline) for item in items}
    elements: dict[str, Any] = {}
    for el in root.iter(*_ITEM_TAGS):
        text = _norm(el.text_content())
        if text in wanted and text not in elements:
            elements[text] = el
    if not elements:
        return items
    out = []
    for item in items:
        el = elements.get(_norm(item.headline))
        headline = _headline_in(el) if el is not None else None
        out.append(RelatedItem(item.section, headline or item.headline, item.url))
    return out


def _pieces(el: Any) -> list[str]:
    """The texts an element holds side by side: its own text, each child's text, each child's tail;
    a child that holds all of it (a link inside its item) is read in its place."""
    while True:
        pieces = [_norm(el.text)]
        for child in el:
            if isinstance(child.tag, str):
                pieces.append(_norm(child.text_content()))
            pieces.append(_norm(child.tail))
        pieces = [p for p in pieces if p]
        children = [c for c in el if isinstance(c.tag, str)]
        if len(pieces) == 1 and len(children) == 1 and _norm(children[0].text_content()) == pieces[0]:
            el = children[0]
            continue
        return pieces


def _headline_in(el: Any) -> str | None:
    """The piece of the element's text in a headline's shape, the longest when several are (None
    when the element holds one piece: the headline alone, nothing glued to it)."""
    pieces = _pieces(el)
    if len(pieces) < 2:
        return None
    shaped = [p for p in pieces if L.looks_like_headline(p, min_words=_LABEL_WORDS, listed=True)]
    return max(shaped, key=lambda p: len(p.split())) if shaped else None
