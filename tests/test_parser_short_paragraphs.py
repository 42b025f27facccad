"""A story told in short paragraphs (a sentence or two each, under TEXT_PARAGRAPH_CHARS) is the text, not
the header's furniture: when a stop (an ad slot's label) stands under it and more lines that read as text
follow, the reader must not throw the story away and read the ads and a list of blurbs as the body. The
page is made up for this test (no labelled page's words)."""

from __future__ import annotations

from tuiarchive.parser.extract import extract

_STORY = [
    "The lighthouse on Gull Point will be lit again on Friday, four years after its lamp failed in a storm.",
    "Volunteers raised the money for a new lamp at cake sales, quiz nights and a sponsored swim in June.",
    "The keeper's cottage beside it will open as a small museum of the coast's shipwrecks next spring.",
]
_PAGE = [
    "Home",
    "News",
    "Coast",
    "Gull Point lighthouse to shine again",
    "3 May 2031",
    "By Ansel Pryce",
    "",
    *[x for p in _STORY for x in (p, "")],
    "Sponsored",
    "Marlow Mutual",
    "Is your home insured for a flood this winter?",
    "Tessaly Cruises",
    "Seven nights in the fjords from a price you will like",
    "",
    "Also on the coast",
    "Harbour wall repairs finish early",
    "The wall reopened to walkers on Tuesday, two weeks ahead of the council's plan.",
    "Seal pups counted on the sandbar",
    "Wardens counted forty pups this year, ten more than in the spring of last year.",
    "",
    "Contact us",
    "Privacy",
]


def test_a_story_of_short_paragraphs_over_an_ad_slot_is_the_body() -> None:
    body = extract(_PAGE, title_model=None).body
    assert body[0] == _STORY[0]
    assert body[-1] == _STORY[-1]
