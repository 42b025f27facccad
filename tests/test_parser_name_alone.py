"""A name alone near the header is the author only when it reads as a person's name (review-rest
U20): not an edition switcher, an ad's call, a newsletter's name over its issue; and a section's
label in capitals over the headline is no writer's name. Made-up pages, written for these tests."""

from __future__ import annotations

import pytest
from madeup import TOLLBY_1, TOLLBY_2, TOLLBY_3

from tuiarchive.parser.extract import extract

TEXT = [TOLLBY_1, TOLLBY_2, TOLLBY_3]


@pytest.mark.parametrize("model", [None, "shipped"])
def test_an_edition_switcher_under_the_headline_is_no_author(model: str | None) -> None:
    page = ["Tollby council to vote on the new lock gates", "International Edition", "March 3, 2026", *TEXT]
    found = extract(page, title_model=model)
    assert found.title == "Tollby council to vote on the new lock gates"
    assert found.author is None


@pytest.mark.parametrize("model", [None, "shipped"])
def test_an_ad_s_call_under_the_dateline_is_no_author(model: str | None) -> None:
    page = ["Tollby council to vote on the new lock gates", "March 3, 2026 9:10", "FIND YOUR NEXT HOME",
            "Choose a region", "North", "South", *TEXT]  # fmt: skip
    assert extract(page, title_model=model).author is None


@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_newsletter_s_name_over_its_issue_is_no_author(model: str | None) -> None:
    page = ["Home", "Careers", "Morning Notes", "Morning Notes 3.3.26",
            "Lock gates, ferries and a vote in Tollby: what to know before the council meets on Tuesday.",
            "March 3, 2026", *TEXT]  # fmt: skip
    found = extract(page, title_model=model)
    assert found.title == "Morning Notes 3.3.26"
    assert found.author != "Morning Notes"


@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_section_label_in_capitals_over_the_headline_and_its_byline_is_no_writer(model: str | None) -> None:
    teasers = ["Ferry crews in Tollby vote to strike over the new rotas", "",
               "Canal boat owners divided over the cost of the new lock gates", ""]  # fmt: skip
    page = [*teasers, "More articles", "CITY HALL", "The Lock Gates Clock", "By JANE ROE", "March 3, 2026 6:30 AM",
            *TEXT]  # fmt: skip
    found = extract(page, title_model=model)
    assert found.title == "The Lock Gates Clock"
    assert found.author is not None and found.author.lower() == "jane roe"


@pytest.mark.parametrize("name", ["Mara Bell", "Jon King", "Ana de la Cruz"])
def test_a_name_alone_under_the_dateline_is_still_the_author(name: str) -> None:
    # surnames that are common words too stay names
    page = ["Tollby council to vote on the new lock gates", "March 3, 2026", name, "Analysis", *TEXT]
    assert extract(page, title_model=None).author == name
