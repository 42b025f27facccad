"""A byline printed right over the text, far under the headline (a column of other stories
between them), on made-up pages: the post's author when the header names nobody; not the
authors of other stories' cards."""

from __future__ import annotations

from tuiarchive.parser.extract import extract

_HEADLINE = "The long story of the harbour ferries, from sail to steam"
_P1 = (
    "Nothing in the town's history has shaped it like the ferries, and the story of how they went from "
    "sail to steam to diesel is the story of the harbour itself, told here in two parts."
)
_P2 = (
    "The first crossings were made in open boats that carried a dozen people and their goods, and in "
    "a bad winter the crossing could take a whole day, when it could be made at all."
)
_P3 = (
    "By the end of the century the company ran six steamers and a timetable that the town set its "
    "clocks by, and the pier had been rebuilt twice to take the bigger boats."
)
# a column of other stories between the header and the text: more lines than the header is read for
_COLUMN = [line for k in range(14) for line in (f"Story number {k + 1} about the old ferry routes", "Read on")]
_TOP = [
    f"{_HEADLINE} | Harbour Notes",
    "Home",
    "Stories",
    _HEADLINE,
    *_COLUMN,
    "Subscribe To Our Newsletter",
    "Subscribe",
]
_TEXT = [_P1, _P2, _P3, "Copyright 2026 Harbour Notes"]


def _read(lines: list[str]) -> tuple[str | None, str]:
    found = extract(lines, filename="page.txt")
    return found.author, found.body[0]


def test_a_name_over_the_post_s_time_right_above_the_text_is_its_byline() -> None:
    for stamp in ("3/9/26 10:00AM", "March 9, 2026", "2 hours ago"):
        card = ["Ada Ferrin", stamp, "•", "Filed to: ferries", "158", "52"]
        assert _read([*_TOP, *card, *_TEXT]) == ("Ada Ferrin", _P1)
    assert _read([*_TOP, "by Jon Berg", " | March 9, 2026 12:01 PM", "Print this article", *_TEXT]) == ("Jon Berg", _P1)


def test_no_byline_without_its_date_nor_from_other_stories_cards() -> None:
    """The opposite cases: a name alone over the text is not enough (a caption's, a credit's),
    and cards of other stories each with its byline are theirs."""
    assert _read([*_TOP, "Ada Ferrin", *_TEXT]) == (None, _P1)
    cards = ["Reportage", "Sail to steam in ten pictures", "By Jon Berg", "March 2, 2026"]
    cards += ["Interview", "The last steam captain", "By Ada Ferrin", "March 1, 2026"]
    assert _read([*_TOP, *cards, *_TEXT]) == (None, _P1)
