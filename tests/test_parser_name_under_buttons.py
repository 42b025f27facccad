"""A writer's name alone over the text's first paragraph, with only the header's furniture between the headline and
it (the date, the read time, a row of share buttons in the page's language): the byline (parser/header.py,
_under_meta). A line of words that are no buttons between keeps it out. Made-up pages, written for these tests."""

from __future__ import annotations

import pytest
from madeup import TOLLBY_1, TOLLBY_2, TOLLBY_3

from tuiarchive.parser.extract import extract

TOP = ["The Canal Courier", "Home", "News", "Sport", ""]
HEADLINE = "Tollby council to vote on the new lock gates this month"
TEXT = [TOLLBY_1, TOLLBY_2, TOLLBY_3]


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    "meta",
    [
        ["3 March 2026", "Share this story"],
        ["3 March 2026", "Artikel teilen"],
        ["Condividi", "3 March 2026"],
        ["3 March 2026", "5 min read", "Compartir"],
    ],
)
def test_a_name_alone_under_the_date_and_buttons_is_the_writer(meta: list[str], model: str | None) -> None:
    page = [*TOP, HEADLINE, *meta, "Wilma Ferreira", "", *TEXT]
    assert extract(page, title_model=model).author == "Wilma Ferreira"


def test_words_that_are_no_buttons_keep_the_name_out() -> None:
    page = [*TOP, HEADLINE, "3 March 2026", "Lock keepers on strike", "Wilma Ferreira", "", *TEXT]
    assert extract(page).author is None
