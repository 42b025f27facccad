"""A picture's credit in the header is no byline, whatever its language ("Photos by Tom Bell", "Fotos von Max Weber",
"Foto di Giulia Bianchi", "Photo Anne Petit" over or under the date); a byline over it still is. Made-up pages, written
for these tests."""

from __future__ import annotations

import pytest

from tuiarchive.parser.extract import extract
from tuiarchive.parser.names import normalise_names

_HEADLINE = "Harbour pier to open in the spring after two years of delays"
_TEXT = [
    "The harbour authority said on Monday that the new pier would open in the spring, after two years "
    "of work that ran over budget and over time, according to a statement on its website.",
    "Residents who spoke at a public meeting were divided, some saying the cost was too high and others "
    "that the town could not afford to wait any longer for a pier that works in all weather.",
    "The council's finance committee put the cost at about 40 million, a third of it from the region, "
    "and said the last part of the work could begin as soon as the weather allowed.",
]
_FOOT = ["Share this article", "Copyright 2026 Marsby Courier"]
_CREDITS = [
    "Photos by Tom Bell",
    "Fotos von Max Weber",
    "Fotos de Pedro Sanz",
    "Foto di Giulia Bianchi",
    "Photo Anne Petit",
    "Foto's: Pieter Bakker",
    "Photography by Tom Bell",
]


@pytest.mark.parametrize("credit", _CREDITS)
@pytest.mark.parametrize("over_the_date", [True, False])
def test_a_picture_credit_in_the_header_is_no_author(credit: str, over_the_date: bool) -> None:
    header = [credit, "March 3, 2026"] if over_the_date else ["March 3, 2026", credit]
    page = ["Marsby Courier", _HEADLINE, *header, *_TEXT, *_FOOT]
    assert extract(page, filename="page.txt").author is None


@pytest.mark.parametrize("credit", _CREDITS[:3])
def test_a_byline_over_a_picture_credit_is_the_author(credit: str) -> None:
    page = ["Marsby Courier", _HEADLINE, "By Ada Ferrin", credit, "March 3, 2026", *_TEXT, *_FOOT]
    assert extract(page, filename="page.txt").author == "Ada Ferrin"


@pytest.mark.parametrize(
    ("names", "joined"),
    [
        ("王伟、李娜", "王伟, 李娜"),  # CJK names apart by the enumeration comma
        ("久保 菜々子、岩崎　結衣", "久保 菜々子, 岩崎　結衣"),
        ("王伟", "王伟"),
        ("港口、码头与城市的未来", "港口、码头与城市的未来"),  # no list of names
    ],
)
def test_cjk_names_listed_with_the_enumeration_comma(names: str, joined: str) -> None:
    assert normalise_names([names]) == joined
