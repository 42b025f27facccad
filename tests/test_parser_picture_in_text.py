"""A picture inside the text, its caption and its credit between two paragraphs, does not end it
(made-up pages, written for these tests)."""

from __future__ import annotations

import pytest
from madeup import HEAD, LEAD, MORE

from tuiarchive.parser.extract import extract

_CAPTION = "The old ferry slip at the north landing, seen from the harbour wall on Monday."


@pytest.mark.parametrize("credit", ["Photo: Ines Harrow", "Foto: Ines Harrow", "Beeld: Ines Harrow"])
def test_a_short_closing_sentence_under_a_pictures_credit_is_the_last(credit: str) -> None:
    closing = "The vote is on Thursday."
    page = [*HEAD, LEAD, "", MORE, "", _CAPTION, credit, "", closing, "", "Share this article", "Facebook"]
    assert extract(page, title_model=None).body[-1] == closing
