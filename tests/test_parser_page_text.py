"""Page.text, the stages' way to a line: its head (MAX_CLASSIFY characters), "" beyond the page at either end."""

from __future__ import annotations

from tuiarchive.parser.page import Page, to_lines
from tuiarchive.parser.thresholds import MAX_CLASSIFY


def test_text_is_the_line_head_and_empty_beyond_the_page() -> None:
    long_line = "The quay was rebuilt over a winter of storms. " * 80
    page = Page(to_lines(["Harbour notes", "", long_line, "Tide tables"]), "made-up.txt")
    assert page.text(0) == "Harbour notes"
    assert page.text(1) == long_line[:MAX_CLASSIFY]
    assert page.text(2) == "Tide tables"
    for outside in (-3, -1, 3, 40, -1, 3):  # asked twice: still nothing there
        assert page.text(outside) == ""
    assert page.heads == ["Harbour notes", long_line[:MAX_CLASSIFY], "Tide tables"]
