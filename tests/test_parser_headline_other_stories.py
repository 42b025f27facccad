"""Other stories' headlines over the article's own: a feed whose items each sit under (or over) their
time ("2 hours ago" / headline), and a list of headlines right over the page's headline, its last item
none of the text's story. Made-up pages, written for these tests."""

from __future__ import annotations

import pytest
from madeup import TOLLBY_1, TOLLBY_2, TOLLBY_3

from tuiarchive.parser.extract import extract

TEXT = [TOLLBY_1, TOLLBY_2, TOLLBY_3]
TOP = ["The Canal Courier", "Home", "News", "Sport", ""]
HEADLINE = "Tollby council sets a date for the vote on the new lock gates"


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    "stamps",
    [
        ["1 hour ago", "5 hours ago", "7 hours ago"],
        ["vor 2 Std.", "vor 6 Std.", "vor 9 Std."],
        ["hace 3 horas", "hace 4 horas", "hace 8 horas"],
        ["12 March 2026", "11 March 2026", "9 March 2026"],
    ],
)
@pytest.mark.parametrize("stamp_first", [True, False])
def test_a_feed_of_stamped_stories_over_the_article_is_no_header(
    stamps: list[str], stamp_first: bool, model: str | None
) -> None:
    items = ["Night buses return to the ring road", "Museum shop closes", "Pool opening hours cut over winter"]
    feed = [
        line
        for stamp, item in zip(stamps, items, strict=True)
        for line in ((stamp, item) if stamp_first else (item, stamp))
    ]
    page = [*TOP, "Just now", *feed, "", HEADLINE, "By Ines Calloway", "14 March 2026", "", *TEXT]
    found = extract(page, title_model=model)
    assert found.title == HEADLINE
    assert found.author == "Ines Calloway"
    assert str(found.published) == "2026-03-14"


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("label", "items"),
    [
        ("Neu auf der Seite", ["Schwimmbad bleibt bis Ostern geschlossen", "Chor sucht junge Stimmen für den Advent"]),
        ("Ahora mismo", ["Los autobuses nocturnos vuelven a la ronda", "La piscina recorta su horario de invierno"]),
        ("Right now", ["Night buses return to the ring road", "Choir looks for young singers this winter"]),
    ],
)
def test_a_list_of_other_headlines_right_over_the_headline_is_not_its_kicker(
    label: str, items: list[str], model: str | None
) -> None:
    # the list's last item right over the page's headline: not the headline of a dek, the text names
    # one of its words at most ("winter")
    page = [*TOP, label, *items, "", HEADLINE, "By Ines Calloway", "14 March 2026", "", *TEXT]
    assert extract(page, title_model=model).title == HEADLINE


@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_headline_over_its_dek_stays_the_headline(model: str | None) -> None:
    # the upper names the text's story too: a headline over its dek, as before
    dek = "Boat owners at the meeting were divided over the cost of the lock gates and the council's plan"
    page = [*TOP, "Lock gates: Tollby council sets a date for the vote", dek, "By Ines Calloway", "14 March 2026"]
    assert extract([*page, "", *TEXT], title_model=model).title == "Lock gates: Tollby council sets a date for the vote"
