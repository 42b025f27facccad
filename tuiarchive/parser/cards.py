"""A card of another story on one line inside an article's text ("Read also: <headline>", "Lesen Sie auch:
<headline>", "Lees ook | <headline>"): its label and headline, for the body stage to set aside as a related item
and read on past it."""

from __future__ import annotations

import re

from . import lines as L
from .lexicon import INLINE_CARD_RE
from .pieces import Sieved

# "Lesen Sie auch: <headline>", "Lees ook | <headline>": a label of a few words, a mark, the headline
_LABELLED_LINE_RE = re.compile(r"^(?P<label>[^:|–—]{3,40}?)\s*[:|–—]\s+(?P<headline>.{10,200})$")
_LABELLED_LINE = Sieved(_LABELLED_LINE_RE)  # asked of every line of the text: most hold none of its marks


def inline_card(text: str) -> tuple[str, str] | None:
    """A card of another story on one line inside the text: its label and its headline ("Read also: ...",
    "Lire aussi : ...", "Leggi anche | ..."), the label one a list of other stories is headed by in any
    common language (chrome.is_related_header), or None."""
    found = INLINE_CARD_RE.match(text)
    if found is not None:
        return found.group(1), found.group(2)
    found = _LABELLED_LINE.match(text)
    if found is None or not L.is_related_header(found["label"]):
        return None
    return found["label"], found["headline"]
