"""A breaking-news row over the page in a cased script: a ticker's label, then other stories' headlines between
marks, never the page's headline, also under today's date printed over the site's name. Made-up lines and
pages, written for these tests."""

from __future__ import annotations

import pytest

from tuiarchive.parser.extract import extract
from tuiarchive.parser.ticker_row import ticker_row

HEADLINE = "Hill farmers in Caldermoor win a reprieve over the closure of the old cattle market"
TEXT = [
    "Farmers from across Caldermoor gathered outside the market hall on Thursday morning after the district "
    "said it would keep the auction ring open for another two seasons while it looks for a buyer.",
    "",
    "The market, which has sold sheep and cattle on the same site for more than a century, was due to shut at "
    "the end of the month because the hall's roof no longer meets safety rules.",
]
TICKERS = [
    "Breaking: Harbour road closed after a landslip · Council tax bills to rise by four per cent",
    "Eilmeldung | Hafenstraße nach Erdrutsch gesperrt | Grundsteuer steigt um vier Prozent",
    "Dernière minute +++ La route du port fermée +++ Les impôts locaux augmentent",
    "Pilne: Droga do portu zamknięta po osuwisku · Podatek lokalny wzrośnie o cztery procent",
]


@pytest.mark.parametrize("line", TICKERS)
def test_a_label_and_two_items_are_a_ticker(line: str) -> None:
    assert ticker_row(line)


@pytest.mark.parametrize(
    "line",
    [
        "Breaking: harbour road closed after a landslip",  # one item: a headline may open so
        HEADLINE,
        "Breaking Bad star visits Caldermoor market · Crowds gather",  # no label's mark
    ],
)
def test_a_line_with_one_item_or_no_label_is_no_ticker(line: str) -> None:
    assert not ticker_row(line)


@pytest.mark.parametrize("line", TICKERS)
@pytest.mark.parametrize("model", [None, "shipped"])
def test_the_ticker_under_today_s_date_is_no_headline(line: str, model: str | None) -> None:
    top = ["Saturday, 7 June 2025", line, "Caldermoor Gazette", "Home", "News", "Farming", ""]
    found = extract([*top, HEADLINE, "By Nell Ashworth", "14 May 2025", "", *TEXT], title_model=model)
    assert found.title == HEADLINE
    assert str(found.published)[:10] == "2025-05-14"
