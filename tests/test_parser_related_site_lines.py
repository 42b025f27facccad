"""Stage `related`, its last look: a line the body's end takes for the site's matter under the text
(a note on the writer, a note on how the story was made) is no item of the list it stands in
(review W1), and a count of a story's readers in any wording is none either (review I3: a list of
share-count phrases did not carry to other wordings). Every page here is made up for the tests
(madeup_related): no real page's text, wordings of our own."""

from __future__ import annotations

import pytest
from madeup_related import ITEMS
from madeup_related import related as _related

from tuiarchive.parser.related_items import is_count

_SITE_LINES = {
    "a note on the writer": "Mara Lindqvist is a reporter covering transport and the harbour towns",
    "a note on the method": "How we reported this story: we read council minutes and spoke to residents",
}


@pytest.mark.parametrize("line", list(_SITE_LINES.values()), ids=list(_SITE_LINES))
@pytest.mark.parametrize("where", ["first", "between"])
def test_the_sites_matter_in_a_list_is_no_item(line: str, where: str) -> None:
    items = [line, *ITEMS] if where == "first" else [*ITEMS[:2], line, *ITEMS[2:]]
    assert _related(["Most read", *items]) == ITEMS


_COUNTS = [
    "This story was passed on 2,311 times",
    "1.207 lettori hanno condiviso questo articolo",
    "Ce texte a été relayé 4 210 fois",
    "Leído 12.400 veces esta semana",
    "1.2k readers passed this article on",
]


@pytest.mark.parametrize("count", _COUNTS)
def test_a_count_of_readers_in_a_list_is_no_item(count: str) -> None:
    assert is_count(count)
    assert _related(["Most read", *ITEMS[:2], count, *ITEMS[2:]]) == ITEMS


@pytest.mark.parametrize(
    "headline",
    [
        "Council spends 2,311 pounds on new benches",
        "Why 2,000 people marched in Drennan",
        "This report on 2024 floods finds gaps in the defences",
        "Ferry sails 100 times a year to the outer islands",
        "Lightning struck the old tower 7 times in one night",
    ],
)
def test_headlines_with_numbers_are_no_counts(headline: str) -> None:
    assert not is_count(headline)
    assert _related(["Most read", *ITEMS, headline]) == [*ITEMS, headline]


_LISTINGS_AND_ADDRESSES = [
    "Temas: puerto, obras, tranvía",
    "Sujets : port · pont · tram",
    "Write to the harbour desk at desk@harbour-gazette.example",
    "Follow @harbourgazette for the ferry times",
    "More at www.harbour-gazette.example/ferries",
]


@pytest.mark.parametrize("line", _LISTINGS_AND_ADDRESSES)
def test_a_listing_of_topics_or_an_address_in_a_list_is_no_item(line: str) -> None:
    assert _related(["Most read", *ITEMS[:2], line, *ITEMS[2:]]) == ITEMS


@pytest.mark.parametrize(
    "headline",
    [
        "Report: rail, bus and ferry fares rise again",
        "Explained: why, how and when the bridge opens",
        "Lisbon, Porto and Faro: where to go this summer",
    ],
)
def test_headlines_with_a_colon_and_commas_stay(headline: str) -> None:
    assert _related(["Most read", *ITEMS, headline]) == [*ITEMS, headline]


_CALLS = [
    "Sign me up for the morning tide report",
    "Open your harbour pass in two minutes",
    "Inscrivez-vous à la lettre du port",
    "Melden Sie sich für den Hafenbrief an",
]


@pytest.mark.parametrize("call", _CALLS)
def test_a_call_to_the_reader_in_a_list_is_no_item(call: str) -> None:
    assert _related(["Most read", *ITEMS[:2], call, *ITEMS[2:]]) == ITEMS


@pytest.mark.parametrize(
    "headline",
    [
        "Is your ferry late again this winter?",
        "A US court blocks the harbour sale",
        "Council tells residents to boil their water",
    ],
)
def test_headlines_with_a_pronoun_or_a_name_stay(headline: str) -> None:
    assert _related(["Most read", *ITEMS, headline]) == [*ITEMS, headline]
