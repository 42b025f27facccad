"""Stage `related` on made-up pages: lists of other stories under a header, and the lines under a
header that are none of its items."""

from __future__ import annotations

import pytest
from madeup import LAST as _LAST
from madeup import LEAD as _LEAD
from madeup import MORE as _MORE
from madeup_related import END as _END
from madeup_related import HEAD as _HEAD
from madeup_related import ITEMS as _ITEMS
from madeup_related import page as _page
from madeup_related import related as _related

from tuiarchive.parser.extract import extract


@pytest.mark.parametrize(
    "header",
    [
        "Lees ook",
        "Läs också",
        "Czytaj także",
        "Читайте также",
        "Te puede interesar",
        "Similar articles",
        "Recent posts",
    ],
)
def test_a_list_header_in_more_languages_and_wordings(header: str) -> None:
    assert _related([header, *_ITEMS]) == _ITEMS


@pytest.mark.parametrize(
    "between",
    [
        ["2 hours ago"],  # a time under each item
        ["By Jon Berg"],  # an author
        ["Jun 17 • Rhea Castel"],  # a date and an author
        ["4 min read"],  # a read time
    ],
)
def test_items_that_carry_a_line_of_their_own_are_still_the_list(between: list[str]) -> None:
    assert _related(["Most popular", *[x for item in _ITEMS for x in (item, *between)]]) == _ITEMS


def test_items_under_a_section_kicker_or_a_rank_on_its_own_line() -> None:
    assert _related(["Most popular", *[x for item in _ITEMS for x in ("Politics", item)]]) == _ITEMS
    assert _related(["Most read", *[x for k, item in enumerate(_ITEMS) for x in (str(k + 1), item)]]) == _ITEMS


def test_a_numbered_list_loses_its_ranks() -> None:
    assert _related(["Most read", *[f"{k + 1}. {item}" for k, item in enumerate(_ITEMS)]]) == _ITEMS


def test_lists_are_read_from_where_the_text_ends_not_where_its_first_reading_stopped() -> None:
    from tuiarchive.parser.related import read_related_outside, text_end

    # the first reading took the list for text (up to line 13); the later stages cut the text at _LAST
    page = _page([*_HEAD, _LEAD, _MORE, _LAST, "Read next", *_ITEMS, *_END])
    end = text_end(page, [_LEAD, _MORE, _LAST], 5, 13)
    assert end == 8
    assert [r.headline for r in read_related_outside(page, end, 13)] == _ITEMS


def test_lists_are_read_from_where_the_text_ends_when_it_was_found_above_its_first_reading() -> None:
    from tuiarchive.parser.related import read_related_outside, text_end

    # the first reading began in the footer's links (lines 15 to 17); the text is the prose above
    cards = [x for k, item in enumerate(_ITEMS[:3]) for x in ("Opinion", item, f"May {k + 2}, 2026")]
    page = _page([*_HEAD, _LEAD, _MORE, _LAST, *cards, "About us", "Contact us", "Careers", *_END])
    end = text_end(page, [_LEAD, _MORE, _LAST], 14, 17)
    assert end == 8
    assert [r.headline for r in read_related_outside(page, end, 17)] == _ITEMS[:3]


def test_a_stamp_line_over_a_list_is_none_of_its_items() -> None:
    stamp = "Harbour Desk (Lindhaven) Updated March 3: 9:40 AM ET"
    assert _related([stamp, *_ITEMS]) == _ITEMS


def test_the_header_over_a_ranked_list_is_none_of_its_items() -> None:
    ranked = [x for k, item in enumerate(_ITEMS) for x in (str(k + 1), item)]
    assert _related(["Picked by the subscribers of the Gazette", *ranked]) == _ITEMS


def test_a_header_under_a_line_of_furniture_is_still_the_header() -> None:
    longer = [f"{item} after a long night of talks in the capital" for item in _ITEMS]
    tags = "Tags harbour bridge Lindhaven ferries"
    found = extract(
        [*_HEAD, _LEAD, _MORE, _LAST, tags, "Worth Reading in the Gazette", *longer, *_END], title_model=None
    )
    assert [(r.section, r.headline) for r in found.related] == [("Worth Reading in the Gazette", h) for h in longer]


def test_a_credit_of_two_authors_under_an_item_is_none() -> None:
    credits = ["by Jon Berg", "by Eva Holm and Ana Lima", "by Mara Lindqvist, Jon Berg and Eva Holm", "by Ana Lima"]
    cards = [x for item, credit in zip(_ITEMS, credits, strict=True) for x in (item, credit)]
    assert _related(["Most read", *cards]) == _ITEMS


_BY_HEADLINES = [
    "Lindhaven stunned by Harbour Rovers",
    "Ferry crews vote to strike over summer rosters",
    "Mayor backed by Jo Ng and Eva Holm",
    "New tram line to reach the old town by 2028",
]


@pytest.mark.parametrize("header", ["Read more", None])
def test_a_headline_with_by_and_names_is_no_credit(header: str | None) -> None:
    assert _related([*([header] if header else []), *_BY_HEADLINES]) == _BY_HEADLINES


def test_a_credit_after_a_credit_word_under_an_item_is_none() -> None:
    credits = ["Story by Jon Berg", "Words by Eva Holm and Ana Lima", "Photos by Ana Lima", "Reporting by Jon Berg"]
    cards = [x for item, credit in zip(_ITEMS, credits, strict=True) for x in (item, credit)]
    assert _related(["Most read", *cards]) == _ITEMS


def test_a_header_the_body_stage_took_for_a_card_is_none_of_the_items() -> None:
    # "Europe" over a headline-shaped header no rule knows: the text's stage read a promo card
    cards = [x for item in _ITEMS[:3] for x in (item, "12 Nov 2024", "Europe")]
    assert _related(["Europe", "Picked from the week's pages", *cards]) == _ITEMS[:3]


def test_a_footer_link_in_a_headline_shape_after_the_lists_is_no_item() -> None:
    # (the text's stage read "Weather" / "Gazette Shop" / the link as a promo card)
    menu = ["Home", "News", "Sport", "Business", "Culture", "Travel", "Weather", "Gazette Shop"]
    footer = [*menu, "The Gazette in other languages", "Follow the Gazette on:"]
    assert _related([*[x for item in _ITEMS for x in (item, "12 Nov 2024")], *footer]) == _ITEMS


def test_a_paywall_offer_after_the_text_is_no_item() -> None:
    assert _related(["Keep reading with a 14-day free trial", *_ITEMS]) == _ITEMS
    assert _related([*_ITEMS, "Continue reading the full report"]) == _ITEMS


def test_a_list_over_a_newsletters_box_is_still_a_list() -> None:
    box = ["Newsletter", "Email address", "Send"]
    assert _related(["Around the harbour", *_ITEMS, *box]) == _ITEMS


def test_a_headline_about_a_paywall_is_an_item_and_the_list_goes_on() -> None:
    items = [_ITEMS[0], "Harbour paper drops its paywall after readers complain", *_ITEMS[1:]]
    assert _related(["Most read", *items]) == items


def test_one_promo_card_right_after_the_text_is_kept() -> None:
    card = ["Opinion", "Why the harbour bridge needs a second lane", "The council should plan for the traffic."]
    assert _related([*card, "Comments", "Jo Ng", "2 hours ago", "Nice piece."]) == [card[1]]


@pytest.mark.parametrize("header", ["Most read", "You may also like", "Related stories"])
@pytest.mark.parametrize("blank", [True, False])
def test_a_short_first_item_under_a_known_header_stays_an_item(header: str, blank: bool) -> None:
    # the list has its header: its first line, however much shorter than the others, is its first item
    items = ["Night buses run again", *_ITEMS[:3]]
    tail = [header, *[x for item in items for x in ((item, "") if blank else (item,))]]
    assert _related(tail) == items


@pytest.mark.parametrize(
    "row",
    ["Advertise · Careers · Help · Privacy", "Sport | Business | Culture | Opinion", "Share / Email / Print"],
)
def test_a_row_of_links_under_a_list_is_no_item(row: str) -> None:
    assert _related(["Most read", *_ITEMS, "", row]) == _ITEMS


def test_a_headline_with_one_separator_is_still_an_item() -> None:
    # a kicker and its headline ("Port strike | What the crews want") is two parts, no row of links
    items = ["Port strike | What the ferry crews want from the talks", *_ITEMS[1:]]
    assert _related(["Most read", *items]) == items


def test_bulleted_headlines_under_a_header_are_still_a_list() -> None:
    # (each headline without its bullet, as a ranked list's without its rank: test_parser_related_marks)
    assert _related(["Most read", *[f"• {item}" for item in _ITEMS]]) == _ITEMS


def test_a_three_word_line_under_a_known_header_is_no_item() -> None:
    # a 3-word line between a known header and the items may be a tab or a sub-header ("Around the
    # quay") as well as a short headline: no item (review-parser 08:43)
    assert _related(["Most read", "Around the quay", *_ITEMS[:3]]) == _ITEMS[:3]


def test_a_second_header_under_a_known_one_is_no_item() -> None:
    assert _related(["Read more", "Popular in Harbour", *_ITEMS]) == _ITEMS


_PITCH = "Unlimited access to the Gazette's award-winning reporting from 1 euro a month"


@pytest.mark.parametrize("button", ["Subscribe now", "Tap here", "LEARN MORE"])
def test_a_boxs_pitch_over_its_button_is_no_item(button: str) -> None:
    # no header over the list under it: the pitch stands among the lines the rules read as loose
    # headlines, its button under it
    related = _related(["Follow the Gazette", _PITCH, button, "Gazette Daily", *_ITEMS])
    assert related == _ITEMS, related


def test_a_headline_that_says_you_under_a_blogs_recent_posts_is_an_item() -> None:
    # (under a header the rules know, a headline may talk to the reader)
    items = [*_ITEMS[:2], "What the new harbour parking zones will cost you", *_ITEMS[2:]]
    assert _related(["Recent Posts", *items]) == items
