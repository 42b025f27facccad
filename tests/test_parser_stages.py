"""Small stages of the parser on made-up pages."""

from __future__ import annotations

from tuiarchive.parser.extract import extract

_LEAD = (
    "LINDHAVEN, Valdenia (AP) — The council said on Tuesday that the new harbour bridge would open to "
    "traffic in the spring, and that the cost of the work had risen by a third since the plans were approved."
)
_MORE = (
    "Engineers told the council that the harbour bridge had passed its load tests in January, although the "
    "painting of the steel arches would go on for several more weeks after the opening of the bridge."
)
_LAST = (
    "Residents who live near the harbour said they were glad the work was nearly over, after two years in "
    "which the ferry had been the only way across the water for most of the day and much of the night."
)


def test_a_wire_story_starts_at_its_dateline_not_at_the_caption_above() -> None:
    caption = (
        "Workers stand on the deck of the new harbour bridge, left, as the last steel arch is lifted into "
        "place above the water on a cold morning in the town last week."
    )
    page = ["Home", "News", "Harbour bridge to open in spring", "By Mara Lindqvist", "March 3, 2026"]
    found = extract([*page, caption, _LEAD, _MORE, _LAST, "Copyright 2026 The Gazette"], title_model=None)
    assert found.body[0] == _LEAD
    assert found.body[-1] == _LAST
