"""A ranked list of other stories ("Trending", "Most read"), each item under its number alone, over the page's
header: its last item is never the page's headline, even with a byline under it (s38, issue 14: a real page's
"Written by" box under such a list). Made-up pages, written for these tests."""

from __future__ import annotations

import pytest
from madeup import TOLLBY_1, TOLLBY_2, TOLLBY_3

from tuiarchive.parser.extract import extract

HEADLINE = "Tollby council to vote on the new lock gates this month"
ITEMS = [
    "Ferry crews in Tollby vote to strike over rotas",
    "Why Lindhaven is betting on a water tariff",
    "How Marrow Bay rebuilt its harbour wall",
]


@pytest.mark.parametrize("numbers", [["1", "2", "3"], ["1.", "2.", "3."], ["#1", "#2", "#3"]])
def test_the_last_item_of_a_ranked_list_is_no_headline(numbers: list[str]) -> None:
    ranked = [line for number, item, where in zip(numbers, ITEMS, ["in News", "in Money", "in Towns"], strict=True)
              for line in (number, item, where)]  # fmt: skip
    page = ["The Canal Courier", "Trending now", *ranked, "By Jane Roe", "Share", HEADLINE, "3 March 2026"]
    assert extract([*page, TOLLBY_1, TOLLBY_2, TOLLBY_3], title_model=None).title == HEADLINE


@pytest.mark.parametrize("counts", [["3"], ["4", "36"]])
def test_a_headline_between_counts_is_still_the_headline(counts: list[str]) -> None:
    # numbers alone near a headline that are no neighbouring ranks (comments, shares) make no ranked list
    page = ["The Canal Courier", "Home", counts[0], HEADLINE, *counts[1:], "By Jane Roe", "3 March 2026"]
    assert extract([*page, TOLLBY_1, TOLLBY_2, TOLLBY_3], title_model=None).title == HEADLINE
