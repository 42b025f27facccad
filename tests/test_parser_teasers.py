"""Other stories' teasers the body ran into after the text's last paragraph (stops.before_teasers), on
made-up pages: a run of (headline, short blurb) pairs set apart from the text, or of blurbs cut off with an
ellipsis, is no part of the text whatever header (or none) is over it; the text's own last sections under
headings, a Q&A and a closing list of short items are read to their end."""

from __future__ import annotations

import pytest
from madeup import HEAD, LAST, LEAD, MORE

from tuiarchive.parser.extract import extract
from tuiarchive.parser.page import Page, to_lines
from tuiarchive.parser.stops import before_teasers

_FOOTER = ["", "© 2031 Harbour Ledger. All rights reserved."]
# other stories' cards: a headline, its blurb (a paragraph of its own)
_PAIRS = [
    (
        "Ferry fares to rise in April as fuel costs climb",
        "The harbour ferry company said the price of a crossing would go up by a fifth from April.",
    ),
    (
        "School on the east bank opens a term late",
        "Parents were told on Friday that the builders needed six more weeks to finish the new hall.",
    ),
    (
        "Fishing fleet returns early after storm warning",
        "Skippers brought their boats home a day early as the coastguard warned of winds of 70 mph.",
    ),
    (
        "Lighthouse keeper's cottage sold at auction",
        "The cottage on the north point went to a local family for twice the price the council had set.",
    ),
]
# other stories' blurbs cut off where the card ran out of room
_CUTS = [
    "The council will vote next week on a plan to close the old market hall on the quay and to move the traders "
    "to a new site by the bus station, which some of them say is too far from...",
    "Tickets for the summer regatta sold out within an hour on Monday morning, and the organisers say they will "
    "add a second day of races in August if the harbour master agrees to keep the…",
    "A row over parking on the north quay has gone to the planning board after residents complained that the new "
    "bays were too narrow for the vans that bring fish up from the boats every...",
]


def _page(text: list[str], below: list[str]) -> list[str]:
    lines = list(HEAD)
    for paragraph in text:
        lines += [paragraph, ""]
    return lines + below + _FOOTER


def _cards(header: list[str], pairs: int = 3) -> list[str]:
    lines = list(header)
    for headline, blurb in _PAIRS[:pairs]:
        lines += [headline, "", blurb, ""]
    return lines


@pytest.mark.parametrize(
    "header",
    [
        ["Elsewhere in the paper today", ""],  # a list's header no rule knows
        ["Opinion", "More columns", ""],
        ["Share this article", "Facebook", "Email", ""],
    ],
)
def test_teaser_pairs_set_apart_from_the_text_are_not_the_text(header: list[str]) -> None:
    body = extract(_page([LEAD, MORE, LAST], _cards(header)), title_model=None).body
    assert body[-1] == LAST, body[-3:]


def test_teaser_pairs_with_card_labels_and_no_header_are_not_the_text() -> None:
    below: list[str] = []
    for author, (headline, blurb) in zip(["by Jo Ng", "by Ana Ruiz", "by Tom Reilly"], _PAIRS, strict=False):
        below += [author, "", headline, "", blurb, ""]
    body = extract(_page([LEAD, MORE, LAST], below), title_model=None).body
    assert body[-1] == LAST, body[-3:]


@pytest.mark.parametrize("cuts", [2, 3])
def test_blurbs_cut_off_with_an_ellipsis_are_not_the_text(cuts: int) -> None:
    below: list[str] = []
    for (headline, _), blurb in zip(_PAIRS, _CUTS[:cuts], strict=False):
        below += [headline, "", blurb, ""]
    body = extract(_page([LEAD, MORE, LAST], below), title_model=None).body
    assert body[-1] == LAST, body[-3:]


def test_an_uncut_last_blurb_after_cut_ones_goes_too() -> None:
    below = ["Most read", "", _CUTS[0], "", _CUTS[1], "", _PAIRS[0][1], ""]
    body = extract(_page([LEAD, MORE, LAST], below), title_model=None).body
    assert body[-1] == LAST, body[-3:]


# the opposite cases: the text's own lines of the same shapes, under a text of some length
_TEXT = [
    LEAD,
    MORE,
    LAST,
    "The council's leader said the bridge would change the town more than anything since the railway came, "
    "and that the shops on the east bank would be the first to feel it once the traffic began to cross.",
    "Not everyone agrees: the ferry crews have asked the council to keep at least one boat running, and a "
    "petition to save the oldest of them had gathered more than four thousand names by Friday evening.",
]
_SECTIONS = [
    (
        "What the council decided on Tuesday",
        "The council voted by nine to four to pay the extra cost of the work from its reserves, after a debate "
        "that went on for most of the afternoon and ended with a walk-out by two members.",
    ),
    (
        "What happens next for the ferry crews",
        "The crews will keep working until the bridge opens, the company said, and most of them have been "
        "offered jobs on the new bus route that will run across the bridge from the summer.",
    ),
    (
        "Where the money for the bridge comes from",
        "Most of the money is a loan from the national roads fund, which the council will repay over thirty "
        "years out of the rates, with a smaller part from the sale of the old ferry boats.",
    ),
]


def test_the_texts_last_sections_under_headings_are_read_to_the_end() -> None:
    text = list(_TEXT)
    for heading, paragraph in _SECTIONS:
        text += [heading, paragraph]
    body = extract(_page(text, ["More from Harbour Ledger", "New school opens late", ""]), title_model=None).body
    assert body[-1] == _SECTIONS[-1][1], body[-3:]


def test_short_sections_all_through_the_text_are_read_to_the_end() -> None:
    text = [LEAD, "The plan in brief", MORE, "The cost of the work", *_TEXT[2:]]
    for heading, paragraph in _SECTIONS:
        text += [heading, paragraph]
    body = extract(_page(text, []), title_model=None).body
    assert body[-1] == _SECTIONS[-1][1], body[-3:]


def test_a_q_and_a_is_read_to_the_end() -> None:
    qa = [
        "When will the bridge open to traffic?",
        "The council expects the first cars to cross in April, once the last inspections are done.",
        "Will the ferry keep running after that?",
        "The company will keep one boat for the summer season and sell the other two.",
        "How much will it cost to cross the bridge?",
        "Nothing: the council dropped the plan for a toll last year after a public vote.",
    ]
    body = extract(_page([*_TEXT, *qa], []), title_model=None).body
    assert body[-1] == qa[-1], body[-3:]


def test_a_closing_list_of_short_items_is_read_to_the_end() -> None:
    items = [
        "Harbour bridge opening day programme",
        "A parade of the old ferry boats leaves the north quay at ten in the morning, with the town band on the "
        "deck of the oldest boat and the mayor on the bridge to wave them through.",
        "Free bus rides across the bridge",
        "Buses will carry anyone across the bridge for free on the first weekend, from the station on the west "
        "bank to the market square on the east bank, every ten minutes until midnight.",
        "Fireworks over the water at night",
        "The fireworks start at nine from two barges moored by the lighthouse, and the council asks people to "
        "watch from the beach rather than from the bridge itself, which will be closed.",
    ]
    body = extract(_page([*_TEXT, *items], []), title_model=None).body
    assert body[-1] == items[-1], body[-3:]


def test_a_text_trailing_off_with_an_ellipsis_is_read_to_the_end() -> None:
    last = [
        "Asked whether the bridge would be finished on time, the engineer only smiled and said: we will see...",
        "And the ferry crews? They have heard that before, and they will believe it when they see it...",
    ]
    body = extract(_page([*_TEXT, *last], []), title_model=None).body
    assert body[-1] == last[-1], body[-3:]


def _cut(lines: list[str], body: list[str]) -> list[str]:
    """before_teasers alone on a page's lines and the body read from them."""
    return before_teasers(Page(to_lines(lines), "page.txt", None, None), body)


def test_the_stop_takes_pairs_after_a_skipped_line_and_keeps_them_right_under_the_text() -> None:
    pairs = [t for pair in _PAIRS[:3] for t in pair]
    text = [LEAD, MORE, LAST]
    apart = [*text, "Elsewhere in the paper today", *pairs]
    assert _cut(apart, [*text, *pairs]) == text
    # no line between the text and the pairs: the text's own headings (and a shorter run: no stop either)
    assert _cut([*text, *pairs], [*text, *pairs]) == [*text, *pairs]
    assert _cut(apart[:-2], [*text, *pairs[:-2]]) == [*text, *pairs[:-2]]
    # a card's label among the pairs sets them apart too
    labelled = [*text, *pairs[:2], "by Jo Ng", *pairs[2:]]
    assert _cut(labelled, labelled[:]) == text


def test_the_stop_leaves_pairs_alone_when_the_texts_sections_are_that_short() -> None:
    long = f"{MORE} {LAST}"  # a paragraph longer than any blurb: where the backward reading stops
    text = [LEAD, MORE, "The plan in brief", LAST, "What the engineers found", long]
    pairs = [t for pair in _PAIRS[:3] for t in pair]
    lines = [*text, "Elsewhere in the paper today", *pairs]
    assert _cut(lines, [*text, *pairs]) == [*text, *pairs]


def test_a_lists_spaced_ellipses_are_no_cut_blurbs() -> None:
    """ "Debian, Fedora, ..." / "and more ...": a list's items go on, no card ran out of room."""
    items = [
        "Security: safer package downloads for the harbour office; new holes found in the ticket machines, "
        "the quay's cameras, the ferry's booking site ...",
        "Development: a look at the new timetable software; the bridge's sensors; open data for the buses; "
        "the council's maps, the tide tables and more ...",
    ]
    text = [LEAD, MORE, LAST]
    assert _cut([*text, "In this week's edition", *items], [*text, *items]) == [*text, *items]
    glued = [t.replace(" ...", "...") for t in items]
    assert _cut([*text, "In this week's edition", *glued], [*text, *glued]) == text


def test_cut_blurbs_of_different_lengths_are_the_texts_own() -> None:
    """A writer's sentences trailing off are of any length; cards cut where they ran out of room, of one."""
    short = (
        "Asked whether the bridge would be finished on time this spring, the old engineer smiled at the "
        "ferry crews and then said..."
    )
    long = f"{MORE[:-1]}, and the ferry crews, who had heard it all before from the council and the company, said..."
    text = [LEAD, MORE, LAST]
    assert len(short) >= 120 and len(long) > 1.3 * len(short)
    assert _cut([*text, short, long], [*text, short, long]) == [*text, short, long]


def test_a_texts_last_paragraphs_trailing_off_alike_are_the_texts_own() -> None:
    """Two last paragraphs of one length, each trailing off with a glued ellipsis, right under the text: no
    card's headline or label among them, no line skipped: the writer's (review-parser 13:26)."""
    trailing = [
        "And then, just as the council seemed ready to vote on the bridge at last, the mayor stood up and asked "
        "for one more week to think about the tolls, which nobody had expected...",
        "Nobody on the quay knows yet what she will say next week, and the ferry crews have stopped guessing; "
        "they say they will wait for an answer from the town hall as they always have...",
    ]
    text = [LEAD, MORE, LAST]
    assert _cut([*text, *trailing], [*text, *trailing]) == [*text, *trailing]
    body = extract(_page([*_TEXT, *trailing], []), title_model=None).body
    assert body[-1] == trailing[-1], body[-3:]
