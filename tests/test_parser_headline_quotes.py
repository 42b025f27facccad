"""Lines over or under a headline that are not it: a pointer to another story ("Read more: ..."),
a pull quote; and the headlines of the same shapes that must stay (a quotation with its
story, a label before a colon), on made-up pages."""

from __future__ import annotations

import pytest

from tuiarchive.parser.extract import extract

_P1 = (
    "Officials in Marsby said on Tuesday that the plan for the new ferry pier would go to a vote of the "
    "council before the end of the month, after two years of delays and a series of public meetings."
)
_P2 = (
    "Residents who spoke at the meeting were divided, some saying the cost was too high and others that "
    "the town could not afford to wait any longer for a pier that works in all weather."
)
_P3 = (
    "The council's finance committee put the cost at about 40 million, a third of it from the region, "
    "and said work could begin next spring if the vote goes the way its members expect."
)
_TOP = ["Marsby Courier", "Home | News | Sport | Business | Culture | Opinion"]
_TEXT = [_P1, _P2, _P3, "Copyright 2026 Marsby Courier"]
_HEADLINE = "Why the ferry pier divides Marsby"


def _title(lines: list[str], **options: object) -> str | None:
    return extract(lines, filename="page.txt", **options).title  # type: ignore[arg-type]


@pytest.mark.parametrize("scorer", [True, False])
def test_a_read_more_line_over_the_headline_is_not_it(scorer: bool) -> None:
    page = [*_TOP, "Read more: Tram drivers accept the new pay offer", _HEADLINE, "By Ada Ferrin", "March 3, 2026"]
    options = {} if scorer else {"title_model": None}
    assert _title(page + _TEXT, **options) == _HEADLINE
    under = [*_TOP, _HEADLINE, "By Ada Ferrin", "March 3, 2026", "Also read: Tram drivers accept the new pay offer"]
    assert _title(under + _TEXT, **options) == _HEADLINE


def test_a_label_before_a_colon_is_still_a_headline() -> None:
    """The opposite case: a headline with a kicker before a colon, even one a pointer could open
    with, when no other line is the headline."""
    for headline in (
        "Explainer: why the ferry pier costs so much",
        "Ada Ferrin: the woman who saved the pier",
        "Related: how the twin towns share a ferry",
    ):
        assert _title([*_TOP, headline, "By Jon Berg", "March 3, 2026", *_TEXT]) == headline


def test_a_quotation_headline_over_its_dek_stays_the_headline() -> None:
    """The opposite case: a headline that opens with a quotation (or is one), then its dek (a
    sentence or not), then the byline."""
    for headline in (
        "“We were never asked”: residents demand answers over the pier",
        '"We waited ten years," says mayor',
    ):
        for dek in (
            "The council says the pier will pay for itself within a decade; critics are not so sure.",
            "Council accused of ignoring objections from harbour families",
        ):
            assert _title([*_TOP, headline, dek, "By Ada Ferrin", "March 3, 2026", *_TEXT]) == headline
    dek = "The council says the pier will pay for itself within a decade; critics are not so sure."
    assert (
        _title([*_TOP, "“We were never asked about the pier”", dek, "By Ada Ferrin", *_TEXT])
        == "“We were never asked about the pier”"
    )
    whole = '"This is our town too"'
    assert _title([*_TOP, whole, "By Ada Ferrin", "March 3, 2026", *_TEXT]) == whole


def test_a_pull_quote_between_the_header_and_the_text_is_not_the_headline() -> None:
    quote = '"We have been talking about this for far too long"'
    page = [*_TOP, _HEADLINE, "By Ada Ferrin", "March 3, 2026", quote, *_TEXT]
    assert _title(page) == _HEADLINE
    assert _title(page, title_model=None) == _HEADLINE


def test_a_headline_under_its_date_is_still_found() -> None:
    """The opposite case: a site that prints the date first, then the headline."""
    page = ["Marsby Courier", "March 3, 2026", "Ferry pier vote set for the end of the month", *_TEXT]
    assert _title(page, title_model=None) == "Ferry pier vote set for the end of the month"


def test_a_row_of_menu_links_over_the_headline_makes_no_list_of_headlines() -> None:
    """ "Home | News | Sport | ..." over the headline is a menu: the headline (next to it and to a
    byline shaped like a headline) is not one of a list of headlines, and a crosshead of the text
    is not taken in its place."""
    said = (
        '"We have been talking about this for a long time, and people want to see something happen," '
        "said Jon Berg, who chairs the residents' association."
    )
    crossheads = ["When the first work could begin", _P3, "What the opposition wants instead", _P2]
    page = [*_TOP, _HEADLINE, "By Ada Ferrin and Jon Berg", "June 2, 2024 10:35 AM", _P1, _P2, said, *crossheads]
    found = extract([*page, "Copyright 2026 Marsby Courier"], filename="page.txt")
    assert (found.title, found.author, found.body[0]) == (_HEADLINE, "Ada Ferrin, Jon Berg", _P1)


@pytest.mark.parametrize("scorer", [True, False])
def test_the_attribution_under_a_quotation_is_no_headline(scorer: bool) -> None:
    """A fact check's claim, a quotation over whose words they are ("— Jane Roe on Sunday ..."),
    then the headline: the attribution is no headline."""
    options = {} if scorer else {"title_model": None}
    claim = ['"Forty ferries a week are crossing without a licence."', "— Ada Ferrin on Sunday, March 1st, 2026"]
    headline = "What is the real number of unlicensed crossings"
    page = [*_TOP, "Fact check", *claim, headline, "By Jon Berg", "March 3, 2026", *_TEXT]
    assert _title(page, **options) == headline
