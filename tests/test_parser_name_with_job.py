"""A byline of a name and, after a comma or a bar, the writer's job in another language's words ("correspondante
régionale", "redactora de Cultura") or an agency's short name in small letters ("dpa"): the name is the writer.
Made-up pages, written for these tests."""

from __future__ import annotations

import pytest
from madeup import TOLLBY_1, TOLLBY_2, TOLLBY_3

from tuiarchive.parser.extract import extract
from tuiarchive.parser.names import name_with_role

TEXT = [TOLLBY_1, TOLLBY_2, TOLLBY_3]
TOP = ["The Canal Courier", "Home", "News", "Sport", ""]
HEADLINE = "Tollby council puts off the vote on the new lock gates"


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("Odile Marchetti, correspondante régionale", "Odile Marchetti"),
        ("Nerea Ibargüen, redactora de Cultura", "Nerea Ibargüen"),
        ("Henrik Solberg | dpa", "Henrik Solberg"),
        ("Henrik Solberg, epd", "Henrik Solberg"),
    ],
)
def test_a_name_with_a_job_or_an_agency_after_it_is_the_writer(byline: str, name: str, model: str | None) -> None:
    page = [*TOP, HEADLINE, byline, "3 March 2026", "", *TEXT]
    assert extract(page, title_model=model).author == name


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Road, the old ferry quay",  # a place and words in small letters: no job
        "Tollby Council | minutes",  # a word in small letters longer than an agency's short name
        "Odile Marchetti, correspondante régionale depuis vingt ans, raconte.",  # a sentence
    ],
)
def test_lines_with_no_writer_s_job_name_nobody(line: str) -> None:
    assert name_with_role(line) is None
