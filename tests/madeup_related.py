"""A made-up page for the `related` stage's tests (written for the tests; no real page): its top,
its end, a list's items, and the related items read when lines stand between its text and its end."""

from __future__ import annotations

from madeup import LAST, LEAD, MORE

from tuiarchive.parser.extract import extract
from tuiarchive.parser.page import Page

HEAD = ["Home", "News", "Harbour bridge to open in spring", "By Mara Lindqvist", "March 3, 2026"]
END = ["About us", "Contact us", "Privacy policy", "Terms of use", "Copyright 2026 The Gazette"]
ITEMS = [
    "Ferry crews vote to strike over summer rosters",
    "New tram line to reach the old town by 2028",
    "Fishing fleet returns early as storm nears coast",
    "School board delays vote on longer term",
]


def related(tail: list[str]) -> list[str]:
    """The related headlines of the page with `tail` between its text's last paragraph and its end."""
    found = extract([*HEAD, LEAD, MORE, LAST, *tail, *END], title_model=None)
    assert found.body[-1] == LAST
    return [r.headline for r in found.related]


def page(lines: list[str]) -> Page:
    """The page of `lines` with its headline found (the stage's input)."""
    from tuiarchive.parser.headline import find_title
    from tuiarchive.parser.page import to_lines

    found = Page(to_lines(lines), "", None, None)
    find_title(found)
    return found
