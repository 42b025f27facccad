"""A bar of other stories' headlines over the page's own ("Top stories"): the last one, right over
the byline or the date, is the headline, not the one before it read as a headline over its dek.
Made-up pages, written for these tests."""

from __future__ import annotations

import pytest
from madeup import TOLLBY_1, TOLLBY_2, TOLLBY_3

from tuiarchive.parser.extract import extract

TEXT = [TOLLBY_1, TOLLBY_2, TOLLBY_3]
BAR = [
    "Ferry crews in Tollby vote to strike over the new rotas",
    "Why Lindhaven is betting on a new water tariff",
    "How Marrow Bay rebuilt its harbour wall in nine months",
]
HEADLINE = "Tollby council to vote on the new lock gates this month"


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize("label", [["Top stories"], ["Latest headlines"], ["Menu", "Top stories"]])
def test_the_last_of_a_bar_of_headlines_over_the_byline_is_the_headline(label: list[str], model: str | None) -> None:
    page = ["The Canal Courier", "Home", "Sport", *label, *BAR, HEADLINE, "By Jane Roe", "3 March 2026", *TEXT]
    assert extract(page, title_model=model).title == HEADLINE


def test_lines_over_a_headline_and_its_dek_with_no_list_header_are_no_bar() -> None:
    # a menu's or a feed's headline-shaped lines over a headline and its dek (no full stop): the
    # headline is the upper of the two
    dek = "Boat owners are divided, some saying the cost of the gates is too high for the town"
    page = ["The Canal Courier", *BAR, HEADLINE, dek, "By Jane Roe", "3 March 2026", *TEXT]
    assert extract(page, title_model=None).title == HEADLINE


@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_headline_over_a_dek_without_a_full_stop_is_still_the_headline(model: str | None) -> None:
    dek = "Boat owners are divided over the cost of gates that leak at every tide"
    page = ["The Canal Courier", "Home", "Sport", HEADLINE, dek, "By Jane Roe", "3 March 2026", *TEXT]
    assert extract(page, title_model=model).title == HEADLINE
