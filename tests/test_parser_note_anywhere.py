"""A note on the writer that the text's end did not reach (s35, issue 14: "byline only at the end"):
when the text was read on past it into a list of other stories with sentences among its lines, the
note still names the writer of a page that names nobody else; a person the text itself speaks of
is no writer. Made-up pages, written for these tests."""

from __future__ import annotations

import pytest
from madeup import TOLLBY_1, TOLLBY_2, TOLLBY_3

from tuiarchive.parser.extract import extract

HEADLINE = "Tollby council to vote on the new lock gates this month"
# tags, then a list of other stories whose lines are sentences as often as headlines: the text's
# end is read past the note, into the list
UNDER = [
    "More on:",
    "Transport",
    "Local news",
    "Related",
    "Ferry crews in Lindhaven vote to strike over the new rotas",
    "The lock keepers said the new gates would be ready before the summer season.",
    "Why Marrow Bay is betting on a new water tariff",
    "Boat owners will be able to see the plans at the library until the end of May.",
]


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("note", "author"),
    [
        ("Mara Quillon has written about the canal towns since 2019. Write to her at the newsroom.", "Mara Quillon"),
        ("Teodor Brask ist Redakteur im Lokalressort und schreibt über Verkehr.", "Teodor Brask"),
        ("宫本晴子　地域報道部記者。2012年入社。", "宫本晴子"),
    ],
)
def test_a_note_on_the_writer_the_text_was_read_past(note: str, author: str, model: str | None) -> None:
    page = ["The Canal Courier", "Home", "News", HEADLINE, "3 March 2026", TOLLBY_1, TOLLBY_2, TOLLBY_3, note, *UNDER]
    assert extract(page, title_model=model).author == author


@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_person_the_text_speaks_of_is_no_writer(model: str | None) -> None:
    text = [TOLLBY_1, "Mara Quillon, the harbour master, said the gates would hold for another winter.", TOLLBY_3]
    note = "Mara Quillon has written about the canal towns since 2019."
    page = ["The Canal Courier", "Home", "News", HEADLINE, "3 March 2026", *text, note, *UNDER]
    assert extract(page, title_model=model).author is None
