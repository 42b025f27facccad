"""Stage `related` on made-up pages: lists of other stories after the text, in the forms sites print them."""

from __future__ import annotations

import pytest
from madeup import LAST as _LAST
from madeup import LEAD as _LEAD
from madeup import MORE as _MORE

from tuiarchive.parser.extract import extract

_HEAD = ["Home", "News", "Harbour bridge to open in spring", "By Mara Lindqvist", "March 3, 2026"]
_END = ["About us", "Contact us", "Privacy policy", "Terms of use", "Copyright 2026 The Gazette"]
_ITEMS = [
    "Ferry crews vote to strike over summer rosters",
    "New tram line to reach the old town by 2028",
    "Fishing fleet returns early as storm nears coast",
    "School board delays vote on longer term",
]


def _related(tail: list[str]) -> list[str]:
    found = extract([*_HEAD, _LEAD, _MORE, _LAST, *tail, *_END], title_model=None)
    assert found.body[-1] == _LAST
    return [r.headline for r in found.related]


@pytest.mark.parametrize(
    "header",
    ["Lees ook", "Läs också", "Czytaj także", "Читайте также", "Te puede interesar", "Similar articles"],
)
def test_a_list_header_in_more_languages_and_wordings(header: str) -> None:
    assert _related([header, *_ITEMS]) == _ITEMS


@pytest.mark.parametrize(
    "between",
    [
        ["2 hours ago"],  # a time under each item
        ["By Jon Berg"],  # an author
        ["Jun 17 • Rhea Castel"],  # a date and an author
        ["4 min read"],  # a read time
    ],
)
def test_items_that_carry_a_line_of_their_own_are_still_the_list(between: list[str]) -> None:
    assert _related(["Most popular", *[x for item in _ITEMS for x in (item, *between)]]) == _ITEMS


def test_items_under_a_section_kicker_or_a_rank_on_its_own_line() -> None:
    assert _related(["Most popular", *[x for item in _ITEMS for x in ("Politics", item)]]) == _ITEMS
    assert _related(["Most read", *[x for k, item in enumerate(_ITEMS) for x in (str(k + 1), item)]]) == _ITEMS


def test_a_numbered_list_loses_its_ranks() -> None:
    assert _related(["Most read", *[f"{k + 1}. {item}" for k, item in enumerate(_ITEMS)]]) == _ITEMS


def _page(lines: list[str]):
    from tuiarchive.parser.headline import find_title
    from tuiarchive.parser.page import Page, to_lines

    page = Page(to_lines(lines), "", None, None)
    find_title(page)
    return page


def test_lists_are_read_from_where_the_text_ends_not_where_its_first_reading_stopped() -> None:
    from tuiarchive.parser.related import read_related_outside, text_end

    # the first reading took the list for text (up to line 13); the later stages cut the text at _LAST
    page = _page([*_HEAD, _LEAD, _MORE, _LAST, "Read next", *_ITEMS, *_END])
    end = text_end(page, [_LEAD, _MORE, _LAST], 5, 13)
    assert end == 8
    assert [r.headline for r in read_related_outside(page, end, 13)] == _ITEMS


def test_a_run_without_header_that_the_first_reading_took_for_text_is_no_list() -> None:
    from tuiarchive.parser.related import read_related_outside

    # a credit and a note under the text, comments, references read like headlines; where the
    # text was cut short, only a list under a header counts
    page = _page([*_HEAD, _LEAD, _MORE, _LAST, *_ITEMS, *_END])
    assert read_related_outside(page, 8, 12) == []
    # where the first reading itself ended at the text, the same run among the furniture is a list
    assert [r.headline for r in read_related_outside(page, 8)] == _ITEMS
