"""A quotation right over the headline is not it, on made-up pages (our own text): a quotation
alone, or one with its speaker over a shorter headline, is the headline's kicker; and the opposite
cases that must stay (a quotation headline over its longer dek, a headline quoting before a colon)."""

from __future__ import annotations

import pytest
from madeup import TOLLBY_1, TOLLBY_2, TOLLBY_3

from tuiarchive.parser.extract import extract

_P1, _P2, _P3 = TOLLBY_1, TOLLBY_2, TOLLBY_3
_TOP = ["Tollby Echo", "News", "Sport", "Business", "Culture"]
_TEXT = [_P1, _P2, _P3, "Copyright 2026 Tollby Echo"]
_HEADLINE = "Tollby council sets a date for the vote on new lock gates"
_HEADER = ["By Wren Halloway", "March 3, 2026", "Share"]


def _title(lines: list[str], *, scorer: bool = True) -> str | None:
    options = {} if scorer else {"title_model": None}
    return extract(lines, filename="page.txt", **options).title  # type: ignore[arg-type]


@pytest.mark.parametrize("scorer", [True, False])
@pytest.mark.parametrize(
    "kicker",
    [
        "“We cannot keep patching gates that were built for another century,” says the harbour master",
        "'Nobody on the water has been asked what they want, and we are the ones who pay for it'",
        "„Wir haben lange genug gewartet, jetzt muss endlich etwas passieren“, sagt der Schleusenwärter",
    ],
)
def test_a_quotation_over_a_shorter_headline_is_its_kicker(kicker: str, scorer: bool) -> None:
    assert _title([*_TOP, kicker, _HEADLINE, *_HEADER, *_TEXT], scorer=scorer) == _HEADLINE


def test_a_quotation_headline_over_its_longer_dek_stays_the_headline() -> None:
    """The opposite case: the quotation is the headline when the line under it says more (its dek),
    and so is a headline that quotes before a colon, whatever the length of its dek."""
    quoted = '"We waited ten years," says lock keeper'
    dek = "Council accused of ignoring boat owners over the state of the canal gates for a decade"
    assert _title([*_TOP, quoted, dek, *_HEADER, *_TEXT]) == quoted
    colon = "“Nobody asked us”: boat owners demand a say over the lock gates at Tollby"
    assert _title([*_TOP, colon, "Council accused of ignoring boat owners", *_HEADER, *_TEXT]) == colon


@pytest.mark.parametrize("scorer", [True, False])
def test_a_caption_under_the_dateline_is_no_headline(scorer: bool) -> None:
    """Headline, byline over a section's label, dateline, read time, then a picture's caption of two
    sentences ("..., closed since spring. Photo Jo Ng"): the caption is no headline under the date."""
    caption = "The lock at Marrow End, closed since the spring. Photo Ilse Marrow"
    page = [*_TOP, _HEADLINE, "Wren Halloway", "Canals", "Published 3 March 2026 at 11h05", "Lecture 8 min.", caption]
    assert _title([*page, *_TEXT], scorer=scorer) == _HEADLINE


def test_a_browser_title_with_the_site_first_names_the_headline_for_the_scorer() -> None:
    """ "Site — Headline" as the page's first line names the rules' headline: no scorer (here one
    that prefers any line of two words or fewer) may put another line in its place."""
    from tuiarchive.parser.title import NAMES, TitleModel

    weights = tuple(100.0 if name == "few_words" else 0.0 for name in NAMES)
    page = [f"Tollby Echo — {_HEADLINE}", *_TOP, _HEADLINE, *_HEADER, *_TEXT]
    assert extract(page, filename="page.txt", title_model=TitleModel(weights, 0.0, 0.0)).title == _HEADLINE


def test_a_quotation_kicker_under_a_bar_of_headlines_is_no_item_of_it() -> None:
    """A bar of other headlines, a quotation kicker, the headline: the bar's items are the page's
    list above the headline, the kicker is not one of them."""
    bar = [
        "Ferry timetable changes again as crews stay off work",
        "Harbour market to close early on Sundays this winter",
        "Two bidders left in race to run the old mill as a museum",
    ]
    kicker = "“We cannot keep patching gates that were built for another century,” says the harbour master"
    found = extract([*_TOP, *bar, kicker, _HEADLINE, *_HEADER, *_TEXT], filename="page.txt")
    listed = [item.headline for item in found.related]
    assert found.title == _HEADLINE
    assert kicker not in listed
    assert all(line in listed for line in bar)
