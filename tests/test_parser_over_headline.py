"""What a page prints over its headline is not it: a picture's caption closed by its credit line
("The lock at dawn." / "Photo: Jo Ng") leaves the line under the credit the headline. Made-up pages,
written for these tests."""

from __future__ import annotations

import pytest
from madeup import TOLLBY_1, TOLLBY_2, TOLLBY_3

from tuiarchive.parser.extract import extract

HEADLINE = "Tollby council to vote on the new lock gates this month"


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize("under", [["By Jane Roe", "3 March 2026"], ["3 March 2026"]])
def test_a_caption_and_its_credit_over_the_headline(under: list[str], model: str | None) -> None:
    caption = ["The lock keeper checks the old gates at dawn.", "Photo: Jo Ng"]
    page = ["The Canal Courier", "Home", "News", *caption, HEADLINE, *under, TOLLBY_1, TOLLBY_2, TOLLBY_3]
    assert extract(page, title_model=model).title == HEADLINE


def test_a_caption_under_its_credit_is_still_a_caption() -> None:
    from tuiarchive.parser.page import Page, is_caption_by_credit, to_lines

    lines = ["Photo: Jo Ng", "Boats moored by the old lock gates in Tollby on Tuesday morning", TOLLBY_1]
    assert is_caption_by_credit(Page(to_lines(lines), "", None, None), 1)
