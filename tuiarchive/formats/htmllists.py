"""A saved page's list items less what the text glues to their headline (issue 14's saved pages).

In the page rendered as text an item's headline stands on one line with what its element holds
beside it: a section's label before it, a date, a time or a teaser after it ("Transport Night buses
return in May 20 March 2025 The plan saves each route an hour."), each in an element of its own, or
in the text around the link. The markup tells the parts apart: the item's element whose text is the
line holds them as separate pieces, and the headline is the piece in a headline's shape (a section's
label has fewer words, a date is a date, a teaser ends a sentence)."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ..model import RelatedItem
from ..parser import lines as L
from ..parser.dates import is_relative_stamp, parse_date_line
from ..parser.lexicon import STOP_WORDS
from ..parser.thresholds import RELATED_MIN_ITEMS
from ..text import fold, headline_key

_ITEM_TAGS = ("a", "li", "article")
_CHROME_TAGS = frozenset({"nav", "header", "footer", "form"})  # a list inside them is the site's menu
_SPACE = re.compile(r"\s+")
_LABEL_WORDS = 3  # a section's label over an item has at most this many words (a headline has more)
_TEASER_WORDS = 4  # a teaser sentence after an item's headline has at least this many
_DURATION = re.compile(r"^\(?\d{1,2}:\d{2}(?::\d{2})?\)?$")  # a video's length: "3:05", "(12:40)"


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
    """The element's text less the pieces glued to its headline: a section's label before it (a word or
    three, a piece of its own), a date or a time before or after it, a duration or a teaser sentence after it; None when
    there is no such piece, or what is left is no headline (a piece set in italics or in a link of its
    own inside a headline, "... fired from <em>Top Gear</em>", is the headline's)."""
    pieces = _pieces(el)
    first, last = 0, len(pieces)
    while last - first > 1 and _glued_after(pieces[last - 1]):
        last -= 1
    while last - first > 1 and _stamp(pieces[first]):
        first += 1
    if last - first > 1 and _label(pieces[first]):
        first += 1
    while last - first > 1 and _stamp(pieces[first]):
        first += 1
    if (first, last) == (0, len(pieces)):
        return None
    headline = " ".join(pieces[first:last])
    return headline if L.looks_like_headline(headline, min_words=_LABEL_WORDS, listed=True) else None


def _stamp(piece: str) -> bool:
    """A date, a time of day ("09:12"), a relative time or a duration: a list prints them before an item's
    headline as well as after it (review W97)."""
    return parse_date_line(piece) is not None or is_relative_stamp(piece) or _DURATION.match(piece) is not None


def _glued_after(piece: str) -> bool:
    """A date, a time, a duration or a teaser sentence, as a list prints them after an item's headline."""
    if _stamp(piece):
        return True
    return len(piece.split()) >= _TEASER_WORDS and piece.endswith((".", "!", "…", "...")) and not piece.isupper()


def _label(piece: str) -> bool:
    """A section's label over an item ("Transport", "Village life"): a few words, none a function word at
    its edges ("The Most" opens a headline set in two pieces)."""
    words = piece.split()
    return (
        len(words) <= _LABEL_WORDS
        and not any(map(str.isdigit, piece))
        and fold(words[0]) not in STOP_WORDS
        and fold(words[-1]) not in STOP_WORDS
    )


def glued_lists(items: list[RelatedItem], root: Any, lines: list[str], body: list[str]) -> list[RelatedItem]:
    """`items` and the lists after the text (in the rendered `lines`, under the `body`'s last paragraph)
    that the copy reading left out because each item's line glues a teaser or a date to its headline
    (a line ending a sentence is no headline to it): RELATED_MIN_ITEMS items or more in a list's
    element, each holding a link and pieces beside its headline (`_headline_in`), none listed yet;
    under the heading right over the list, or as "Related". A list of links alone (a menu, tags) or
    inside the site's navigation, header, footer or a form adds nothing."""
    if not body or not lines:
        return items
    last = headline_key(body[-1])
    start = next((k + 1 for k, line in enumerate(lines) if headline_key(line) == last), None)
    if start is None:
        return items
    after = {_norm(line) for line in lines[start:]}
    listed = {headline_key(item.headline) for item in items}
    found: list[RelatedItem] = []
    for box in root.iter("ul", "ol"):
        entries = [li for li in box if isinstance(li.tag, str) and li.tag == "li"]
        if len(entries) < RELATED_MIN_ITEMS or any(a.tag in _CHROME_TAGS for a in box.iterancestors()):
            continue
        if not all(_norm(li.text_content()) in after and li.find(".//a") is not None for li in entries):
            continue
        headlines = [_headline_in(li) for li in entries]
        if None in headlines or any(headline_key(h) in listed for h in headlines if h):
            continue
        starts = Counter(fold(" ".join(h.split()[:2])) for h in headlines if h)
        if 2 * max(starts.values()) > len(headlines):
            continue  # "Free download for Linux", "Free download for Windows": one link for each of a kind
        section = _heading_over(box) or "Related"
        found.extend(RelatedItem(section, h) for h in headlines if h)
    return [*items, *found]


def _heading_over(box: Any) -> str | None:
    """The text of the heading right before the list in its parent ("<h2>More from the valley</h2><ul>")."""
    before = box.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    if before is not None and before.tag in ("h2", "h3", "h4", "h5", "h6"):
        return _norm(before.text_content()) or None
    return None
