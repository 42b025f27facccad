"""A list of other stories heading the page, each item a headline and its writer ("Headline" / "Ines Calder · 2
March 2031"): their writers are no byline of the page's story. The byline under the page's headline is asked before
the lines over it, and a byline over the headline is never read past another story's headline nor right under one.
A byline over the headline with a kicker or the site's menu over it stays the page's. Made-up pages, written for
these tests."""

from __future__ import annotations

import pytest
from madeup import TOLLBY_1, TOLLBY_2, TOLLBY_3

from tuiarchive.parser.extract import extract

TOP = ["The Canal Courier", "Home | News | Sport | Weather | Opinion", ""]
HEADLINE = "Tollby council to vote on the new lock gates this month"
TEXT = [TOLLBY_1, TOLLBY_2, TOLLBY_3]
LISTS = [
    ["Today", "School run chaos as the bus route is cut", "Ines Calder · 2 March 2031",
     "Market hall to reopen in the spring", "Tomás Arrieta · 1 March 2031", ""],
    ["Top story", "School run chaos as the bus route is cut", "Ines Calder, Transport reporter", ""],
    ["Most read", "School run chaos as the bus route is cut", "Ines Calder", "Market hall to reopen in the spring",
     "Tomás Arrieta", ""],
]  # fmt: skip


@pytest.mark.parametrize("items", LISTS)
def test_the_byline_under_the_headline_beats_the_list_s_writers(items: list[str]) -> None:
    page = [*TOP, *items, HEADLINE, "By Wilma Ferreira", "3 March 2031", "", *TEXT]
    assert extract(page).author == "Wilma Ferreira"


@pytest.mark.parametrize("items", LISTS[1:])  # (over LISTS[0] with no byline the title stage takes an item's headline)
def test_a_page_with_no_byline_under_such_a_list_names_nobody(items: list[str]) -> None:
    page = [*TOP, *items, HEADLINE, "3 March 2031", "", *TEXT]
    assert extract(page).author is None


@pytest.mark.parametrize("over", [["Wilma Ferreira, Transport reporter"], ["Politics", "By Wilma Ferreira"]])
def test_a_byline_over_the_headline_under_the_menu_stays_the_page_s(over: list[str]) -> None:
    page = [*TOP, *over, HEADLINE, "3 March 2031", "", *TEXT]
    assert extract(page).author == "Wilma Ferreira"
