"""A picture's caption and its credit over the headline, in the words of several languages: the credit
("Foto: A / dpa", "Фото: A / agency") is no headline, and names no writer. Made-up pages, written for these
tests."""

from __future__ import annotations

import pytest
from madeup import TOLLBY_1, TOLLBY_2, TOLLBY_3

from tuiarchive.parser.captions import is_photo_credit
from tuiarchive.parser.extract import extract

TEXT = [TOLLBY_1, TOLLBY_2, TOLLBY_3]
HEADLINE = "Tollby council puts off the vote on the new lock gates"
CAPTION = "A lock keeper opens the upper gates at dawn on the Tollby canal."


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    "credit",
    [
        "Foto: Jonas Mellberg / dpa",  # an agency's short name in small letters
        "Bild: Jonas Mellberg/epd",
        "Фото: Ирина Гладкова / Портпресс",
        "Фото: Ирина Гладкова",
    ],
)
def test_a_picture_s_credit_over_the_headline_is_no_headline(credit: str, model: str | None) -> None:
    page = ["The Canal Courier", "Home", "News", "", CAPTION, credit, HEADLINE, "By Jane Roe", "3 March 2026"]
    found = extract([*page, "", *TEXT], title_model=model)
    assert (found.title, found.author) == (HEADLINE, "Jane Roe")


@pytest.mark.parametrize(
    "line",
    [
        "Home / more",  # a menu's items
        "News / Sport / Weather",
        "Council votes for new budget",
        "Foto: the harbour at night",  # a label, then words in small letters: no names
    ],
)
def test_lines_with_a_slash_or_a_label_that_credit_nobody(line: str) -> None:
    assert not is_photo_credit(line)
