"""Stage `related`: the site speaking to its reader is no headline, whatever its words: its "we" and
the reader's "you" in one line, or a request ("please"), in the languages the lexicon holds (brief
item 3: ad-blocker prompts and buttons in wordings nobody listed). Every line here is made up for
the tests: no real page's text."""

from __future__ import annotations

import pytest
from madeup_related import ITEMS
from madeup_related import related as _related


@pytest.mark.parametrize(
    "line",
    [
        "We can only keep reporting with your help",
        "Our reporters need readers like you this winter",
        "Ohne Ihre Unterstützung können wir nicht berichten",
        "So finden Sie unsere Redaktion am Hafen",
        "Nous comptons sur vous pour continuer ce travail",
        "Nuestro periodismo depende de usted cada mes",
        "Please switch off the blocker for this site",
        "Per favore disattiva il filtro sul nostro sito",
        "Bitte lassen Sie Anzeigen auf dieser Seite zu",
    ],
)
def test_the_site_speaking_to_its_reader_is_no_item(line: str) -> None:
    assert _related(["Most read", *ITEMS, line]) == ITEMS


@pytest.mark.parametrize(
    "line",
    [
        "What you need to know about the new ferry timetable",  # "you" alone: a headline's reader
        "Why we moved the newsroom down to the harbour",  # "we" alone: an editor's column
        "“Please give us the bridge back,” harbour traders say",  # a voice quoted
        "Sie wollen den alten Leuchtturm retten",  # a line's first "Sie" is "they"
        "What the US ferry deal means for you",  # "US" in capitals: a name, no "us"
    ],
)
def test_headlines_with_one_person_or_a_quoted_request_stay(line: str) -> None:
    assert _related(["Most read", *ITEMS, line]) == [*ITEMS, line]
