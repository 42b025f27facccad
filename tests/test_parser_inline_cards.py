"""A card of another story on one line inside the text ("Lesen Sie auch: <headline>"), in any common language: a
related item, and the text goes on past it to its last paragraph (made-up pages: the wording was written for
these tests)."""

from __future__ import annotations

import pytest
from madeup import HEAD, LAST, MORE, TOLLBY_2

from tuiarchive.parser.cards import inline_card
from tuiarchive.parser.extract import extract

_FOOTER = ["", "\u00a9 2031 Harbour Ledger", "Privacy", "Contact"]
_QUOTE = "\u201cWe will be glad to walk across at last,\u201d said one resident of the old town."


@pytest.mark.parametrize(
    "card",
    [
        "Lesen Sie auch: Neue Buslinie f\u00fchrt ab Mai zum Hafen",
        "Lire aussi\u00a0: La piscine du port fermera tout l'\u00e9t\u00e9",
        "Leggi anche | Nuovi orari per il traghetto del lago",
        "Lees ook: Gemeente zoekt nieuwe plek voor de markt",
        "See also \u2014 Ferry fares to rise in April as fuel costs climb",
    ],
)
def test_a_card_on_one_line_inside_the_text_is_read_past(card: str) -> None:
    """The card between paragraphs, a short quote as the text's last paragraph under it."""
    _label, headline = inline_card(card) or ("", "")
    lines = [*HEAD, MORE, "", TOLLBY_2, "", card, "", LAST, "", _QUOTE, "", *_FOOTER]
    found = extract(lines, title_model=None)
    assert found.body[-1] == _QUOTE
    assert card not in found.body
    assert headline in [item.headline for item in found.related]


@pytest.mark.parametrize(
    "line",
    ["Update: the council voted on Monday to open the bridge", "Note: times are local", "Residents: 4,200"],
)
def test_a_labelled_line_of_another_kind_is_no_card(line: str) -> None:
    assert inline_card(line) is None
