"""A writer's card over the headline: the name, the writer's job under it (or a second writer's name and job), then
the date or the read time: the names are the writers (parser/header.py, the author card above the headline). Made-up
pages, written for these tests."""

from __future__ import annotations

import pytest
from madeup import TOLLBY_1, TOLLBY_2, TOLLBY_3

from tuiarchive.parser.extract import extract

TOP = ["The Canal Courier", "Home", "News", "Sport", ""]
HEADLINE = "Tollby council to vote on the new lock gates this month"
TEXT = [TOLLBY_1, TOLLBY_2, TOLLBY_3]


@pytest.mark.parametrize(
    ("card", "names"),
    [
        (["Wilma Ferreira", "Transport correspondent", "3 March 2026"], "Wilma Ferreira"),
        (["Wilma Ferreira", "Tobias Lund", "3 March 2026"], "Wilma Ferreira, Tobias Lund"),
        (["Ines Calder", "Data editor", "Tobias Lund", "Transport reporter", "5 min read"], "Ines Calder, Tobias Lund"),
    ],
)
def test_the_card_over_the_headline_names_its_writers(card: list[str], names: str) -> None:
    page = [*TOP, *card, "", HEADLINE, "", *TEXT]
    result = extract(page)
    assert (result.title, result.author) == (HEADLINE, names)
