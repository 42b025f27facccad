"""A byline and its date in elements of their own that a saved page's copy joined with no space between ("By Jane
Roe3 March 2031", "By Jane RoeMarch 3, 2031"): the name is the writer, the date the page's. A headline's words glued
to a date, a name with no byline's word (an outlet's as often), or a name's inner capital, are none. Made-up lines
and pages, written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tuiarchive.formats import parse_file
from tuiarchive.parser.names import split_name_date


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By Maren Voss3 March 2031", "Maren Voss"),
        ("By Maren VossMarch 3, 2031", "Maren Voss"),
        ("Von Oskar McAllister3 March 2031, 10:15", "Oskar McAllister"),
    ],
)
def test_a_name_glued_to_its_date(line: str, name: str) -> None:
    found = split_name_date(line)
    assert found is not None and found[0] == name


@pytest.mark.parametrize(
    "line", ["Ferry timetable3 March 2031", "Harbour works resume in 2031", "Saltmarsh Finance3 March 2031"]
)
def test_other_words_glued_to_a_date_name_nobody(line: str) -> None:
    assert split_name_date(line) is None


def test_a_saved_page_s_meta_row_of_spans_with_no_space(tmp_path: Path) -> None:
    headline = "Early ferry to the island will keep its winter slot"
    text = (
        "<p>The ferry company said on Monday that the winter timetable would keep the early crossing to the island, "
        "after a petition signed by more than two thousand residents asked it not to cut the sailing.</p>"
        "<p>Commuters who take the first boat said they had feared losing their jobs in town, and the company said "
        "it would look again at the figures once the new season was under way in the spring.</p>"
    )
    page = (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{headline}</title></head><body>'
        '<header><a href="/">Saltmarsh Gazette</a></header><main><article>'
        f'<h1>{headline}</h1><div class="meta">By <a href="/authors/mv">Maren Voss</a><time>3 March 2031</time></div>'
        f"{text}</article></main></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    article = parse_file(path)
    assert article.author == "Maren Voss"
    assert article.published is not None and article.published.isoformat()[:10] == str(date(2031, 3, 3))
