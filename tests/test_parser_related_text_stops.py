"""Stage `related`, its last look: a line the body's reading ends the text on (stops.is_stop: a
note on the story's making, a credit, a bio) is no headline of a list under it (brief s37 item 3:
lines under the text that stopped the body were listed as items). The related stage asks the body's
own question, not a list of its own. Every line here is made up for the tests (madeup_related)."""

from __future__ import annotations

import pytest
from madeup_related import ITEMS
from madeup_related import related as _related

from tuiarchive.parser.extract import extract


@pytest.mark.parametrize(
    "note",
    [
        "(Translated from the Icelandic by Gudrun Olafs)",
        "(Traduit du portugais par Lise Aubert)",
        "(Traduzione dal tedesco di Sara Conti)",
        "(この記事は英語版を翻訳したものです)",
    ],
)
def test_a_note_that_ends_the_text_is_no_item_of_the_list_under_it(note: str) -> None:
    assert _related([note, *ITEMS]) == ITEMS


def test_a_headline_right_under_the_text_stays() -> None:
    # (the list's first item where the note stood: a headline, no stop)
    assert _related(["Harbour ferry to run through the night in August", *ITEMS]) == [
        "Harbour ferry to run through the night in August",
        *ITEMS,
    ]


def test_the_stop_is_the_body_s_own() -> None:
    # the line the item test drops is the one the body ends before (one question, asked of one line)
    from madeup import LAST, LEAD, MORE
    from madeup_related import END, HEAD

    note = "(Translated from the Icelandic by Gudrun Olafs)"
    found = extract([*HEAD, LEAD, MORE, LAST, note, *ITEMS, *END], title_model=None)
    assert found.body[-1] == LAST and note not in [r.headline for r in found.related]
