"""The page's headline under a feed of other stories each with its stamp ("3 hours ago" / a headline), and under
no date of its own when the story's date closes its text (made-up pages: the wording was written for these
tests)."""

from __future__ import annotations

import pytest

from tuiarchive.parser.extract import extract

_HEADLINE = "Brenholt orchard committee plans to replant the frost-damaged rows"
_TEXT = [
    "The orchard committee in Brenholt met on Monday to count the trees that the frost of last winter had "
    "damaged, and agreed that the worst rows would be replanted before the autumn repairs to the wall.",
    "Volunteers from the school will carry the young trees up the hill, and the older members of the "
    "committee will water them from the well by the gate until the evening.",
    "The committee will meet again once the apples of the old rows have been picked and weighed.",
]
_FEED = [
    ("2 hours ago", "Bakery wins the county prize for its rye loaf"),
    ("4 hours ago", "New footpath opens between the mill and the meadow"),
    ("5 hours ago", "Mill repairs begin at last"),
]


def _page(*, stamp_over: bool, byline: bool) -> list[str]:
    lines = ["Brenholt Weekly", "Home", "Village", "Farming", "", "LATEST"]
    for stamp, item in _FEED:
        lines += [stamp, item] if stamp_over else [item, stamp]
    lines += ["", _HEADLINE]
    lines += ["By Tamsin Greaves", ""] if byline else [""]
    for paragraph in _TEXT:
        lines += [paragraph, ""]
    return [*lines, "Published 14 March 2031", "", "\u00a9 2031 Brenholt Weekly"]


@pytest.mark.parametrize("stamp_over", [True, False])
@pytest.mark.parametrize("byline", [True, False])
@pytest.mark.parametrize("model", [True, False])
def test_a_feeds_last_item_over_the_headline_is_not_it(stamp_over: bool, byline: bool, model: bool) -> None:
    lines = _page(stamp_over=stamp_over, byline=byline)
    found = extract(lines) if model else extract(lines, title_model=None)
    assert found.title == _HEADLINE


def test_a_headline_under_the_storys_closing_date_is_another_storys() -> None:
    # (a feed over the headline; the list under the text repeats the page's own headline, that list's date under it)
    feed = [line for stamp, item in _FEED for line in (stamp, item)]
    lines = ["Brenholt Weekly", "Home", "", "LATEST", *feed, "", _HEADLINE, ""]
    for paragraph in _TEXT:
        lines += [paragraph, ""]
    lines += ["Published 14 March 2031", "", "More stories", _HEADLINE, "2 March 2031", _FEED[0][1], "1 March 2031"]
    found = extract([*lines, "", "\u00a9 2031 Brenholt Weekly"], title_model=None)
    assert found.title == _HEADLINE and str(found.published)[:10] == "2031-03-14"
