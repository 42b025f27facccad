"""The text's own furniture between its paragraphs on made-up pages (our own invented text, no real
page): an ad slot's label ("Sponsored", "Sponsored content": stops._ad_slot_in_text) and a picture's
caption with its photographer's mark ("... © Jo Ng": captions.is_caption); the text goes on under them.
The same word over a box of sponsored links, or over one promotion, and a notice with a year after the
text still end it."""

from __future__ import annotations

import pytest
from madeup import HEAD, LAST, LEAD, MORE

from tuiarchive.parser.extract import extract

_FOOTER = ["", "© 2031 Harbour Ledger. All rights reserved."]
_SPONSORED_LINKS = [
    "Ten ways to keep your boat dry this winter",
    "Buy now",
    "The harbour hotel everyone is talking about",
    "Book today",
]


@pytest.mark.parametrize(
    "label", ["Sponsored", "SPONSORED", "Sponsored content", "Sponsored feature", "Promoted", "Paid content"]
)
def test_the_text_goes_on_under_an_ad_slot_between_its_paragraphs(label: str) -> None:
    body = extract([*HEAD, LEAD, MORE, label, LAST, MORE.replace("January", "February"), *_FOOTER]).body
    assert body[-1].startswith("Engineers told the council") and "February" in body[-1]
    assert LAST in body and label not in body


_PROMOTION = (
    "Treat yourself to a weekend at the Lindhaven harbour hotel, where every room looks out over the water "
    "and breakfast is served until noon on Sundays for guests who book two nights or more."
)


@pytest.mark.parametrize("below", [_SPONSORED_LINKS, [_PROMOTION]], ids=["links", "one-promotion"])
def test_what_is_sponsored_after_the_text_is_no_part_of_it(below: list[str]) -> None:
    body = extract([*HEAD, LEAD, MORE, LAST, "Sponsored", *below, *_FOOTER]).body
    assert body[-1] == LAST


@pytest.mark.parametrize(
    "caption",
    [
        "Bauarbeiter an der Fähre am Montag. © Jo Ng",
        "Des ouvriers sur le chantier du port. © Mara Lindqvist",
        "Workers on the north quay at dawn. © Jo Ng/Harbour Ledger",
    ],
)
def test_a_pictures_caption_with_its_photographers_mark_is_read_past(caption: str) -> None:
    """A caption with "© <name>" between paragraphs (captions.is_caption): not the footer's notice."""
    body = extract([*HEAD, LEAD, MORE, caption, LAST, *_FOOTER]).body
    assert body[-1] == LAST and caption not in body


def test_a_notice_with_a_year_after_the_text_still_ends_it() -> None:
    body = extract([*HEAD, LEAD, MORE, LAST, "The paper is owned by a trust. © 2031 Harbour Media", "More text."]).body
    assert body[-1] == LAST


_QUOTE = '"We had no other choice once the engineers saw the cracks," the operator said.'
_SHORT = "The footpath along the quay will stay open while the bridge is painted."


@pytest.mark.parametrize("label", ["Sponsored", "SPONSORED", "Sponsored content"])
def test_the_text_goes_on_under_an_ad_slot_between_short_sentences(label: str) -> None:
    """A quote of one sentence over the slot, one short sentence under it (made up): still the text's slot."""
    body = extract([*HEAD, LEAD, MORE, _QUOTE, label, _SHORT, LAST, *_FOOTER]).body
    assert body[-1] == LAST
    assert _QUOTE in body and _SHORT in body and label not in body


@pytest.mark.parametrize("label", ["Sponsored", "Sponsored feature", "Promoted"])
def test_a_sentence_over_a_box_of_sponsored_links_still_ends_the_text(label: str) -> None:
    body = extract([*HEAD, LEAD, MORE, _QUOTE, label, *_SPONSORED_LINKS, *_FOOTER]).body
    assert body[-1] == _QUOTE


def test_a_line_read_on_one_page_is_judged_again_on_the_next() -> None:
    """What is_stop reads in a line alone is remembered (stops._stop_reading); the page's own check is
    asked on each page: the same label between paragraphs, then after the text, then between them again."""
    inside = [*HEAD, LEAD, MORE, "Sponsored", LAST, MORE.replace("January", "February"), *_FOOTER]
    after = [*HEAD, LEAD, MORE, LAST, "Sponsored", *_SPONSORED_LINKS, *_FOOTER]
    assert "February" in extract(inside).body[-1]
    assert extract(after).body[-1] == LAST
    assert "February" in extract(inside).body[-1]
