"""Stage `related` on made-up pages: lists told by their shape, under no header or one no rule
knows (runs, cards, carousels), and after a promotion's cards."""

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
    ["Before you go", "Luetuimmat", "Elsewhere in the Gazette today", None],
)
def test_a_list_under_a_header_no_rule_knows_is_told_by_its_shape(header: str | None) -> None:
    cards = [x for item in _ITEMS for x in ("Politics", item, "May 2, 2026")]
    assert _related([header, *cards] if header else cards) == _ITEMS


def test_cards_with_a_blurb_and_one_or_two_authors() -> None:
    authors = [["Jon Berg"], ["Eva Holm,", "Mara Lindqvist"], ["Jon Berg"], ["Ana Lima"]]
    cards = [
        x
        for item, names in zip(_ITEMS, authors, strict=True)
        for x in ("Commentary", item, "What the council decided, and why it matters.", *names)
    ]
    assert _related(["Across the Gazette", *cards]) == _ITEMS


def test_a_short_first_line_over_longer_ones_is_their_header() -> None:
    from tuiarchive.parser.extract import extract

    longer = [f"{item} after a long night of talks in the capital" for item in _ITEMS]
    found = extract([*_HEAD, _LEAD, _MORE, _LAST, "Picked by our editors", *longer, *_END], title_model=None)
    assert [(r.section, r.headline) for r in found.related] == [("Picked by our editors", h) for h in longer]


def test_promoted_links_are_no_list_whatever_their_shape() -> None:
    promoted = [x for item in _ITEMS for x in (item, "Sponsored by Northgate Savings")]
    assert _related(["Sponsored content", *promoted]) == []


_AD_CARDS = [
    ("This one kitchen gadget is selling out everywhere", "Homewise Deals"),
    ("Pensioners are switching to this savings account", "Northgate Savings"),
]


@pytest.mark.parametrize("header", ["Elsewhere in the Gazette", "More from us"])
def test_a_plain_run_under_its_own_header_after_the_last_advertisement_is_the_sites_own_list(header: str) -> None:
    ads = [x for card in _AD_CARDS for x in card]  # each card with its advertiser's name under it
    found = extract(
        [*_HEAD, _LEAD, _MORE, _LAST, "Sponsored content", *ads, header, *_ITEMS[:3], *_END], title_model=None
    )
    assert [(r.section, r.headline) for r in found.related] == [(header, h) for h in _ITEMS[:3]]
    # no header of its own: the advertiser's name right above the run is no header, but the ads'
    # rhythm (a title, its advertiser) stops there: the site's list (review W9)
    assert _related(["Sponsored content", *ads, *_ITEMS[:3]]) == _ITEMS[:3]


# headlines that name what the text names (Valdenia, in _LEAD), and ads aimed at the reader's town,
# which name it too (made up)
_NAMING = [
    "Valdenia opens talks on a ferry link to the islands",
    "Why the bridges of Valdenia cost more than anyone planned",
    "Harbour traders brace for a busy spring",
]
_LOCAL_ADS = [
    "Valdenia homeowners are switching to a cheaper way to heat their homes",
    "The best-rated plumber in Valdenia is taking new customers",
    "Why everyone in Valdenia is talking about this armchair",
]


def test_a_plain_run_right_after_the_ads_with_no_header_of_its_own_is_the_sites() -> None:
    # an ad names its advertiser under its title; where that rhythm stops, a run of headlines is the
    # site's own list, header or none (review W9; before, the promotion went on to the next header)
    ads = [x for card in _AD_CARDS for x in card]
    assert _related(["Sponsored content", *ads, *_NAMING]) == _NAMING


@pytest.mark.parametrize("again", ["the same", "a town put in"])
def test_a_plain_run_with_an_ads_title_again_is_the_promotions(again: str) -> None:
    # ads aimed at the reader's town (naming it as the text does) with no advertiser's line: told
    # only when the network's ads come round again, an ad's title said twice (or with the town in it)
    ads = [x for card in _AD_CARDS for x in card]
    title = _AD_CARDS[1][0] if again == "the same" else "Valdenia pensioners are switching to this savings account"
    assert _related(["Sponsored content", *ads, *_LOCAL_ADS, title]) == []


@pytest.mark.parametrize("header", ["Sponsored content", "Promoted stories", "Around the web"])
def test_the_plain_cards_of_a_promotion_after_its_carded_ones_are_no_list(header: str) -> None:
    # an advertiser's name over the run is no header of its own: the promotion's cards go on plain
    ads = [x for card in _AD_CARDS for x in (*card, *card)]
    plain = [
        "Retirees are switching to this new savings plan in droves",
        "The sofa everyone in the country is talking about this spring",
        "Ten holiday spots that are still cheap this summer",
    ]
    assert _related([header, *ads, *plain]) == []
    assert _related([header, *ads, *plain, "Most read", *_ITEMS]) == _ITEMS


def test_plain_video_titles_after_video_cards_are_no_list() -> None:
    videos = [
        x
        for t in ("Storm batters the coast road at dawn", "Crowds gather for the harbour regatta")
        for x in (t, "2:14")
    ]
    plain = [
        "Fishing fleet films a whale off the point",
        "Drone shows the new bridge from above",
        "Tram crews rehearse the new route",
    ]
    assert _related(["More videos", *videos, "Latest clips", *plain]) == []


def test_a_plain_run_inside_a_promotion_or_at_its_start_is_no_list() -> None:
    ads = [x for card in _AD_CARDS for x in card]
    # advertisers' lines in a headline's shape ("Free online puzzle game of the year") make a plain
    # run among the cards; more cards after it: the promotion goes on
    plain = [
        "Ten puzzles nobody over forty can solve",
        "Free online puzzle game of the year",
        "Why thousands are quitting their gyms this year",
        "Play the strategy game everyone talks about",
        "Doctors explain the simple habit that clears the head",
    ]
    assert _related(["Sponsored content", *ads, *plain, *ads]) == []
    assert _related(["Sponsored content", *plain]) == []


def test_cards_with_a_date_each_keep_a_short_quoted_headline() -> None:
    headlines = [_ITEMS[0], "‘Not again’", _ITEMS[2]]
    names = ["Jon Berg", "Editorial Board", "Eva Holm"]
    cards = [x for h, name in zip(headlines, names, strict=True) for x in ("Opinion", name, h, "May 2, 2026")]
    assert _related(["Hand picked", *cards]) == headlines


def test_a_list_in_a_row_then_cards_with_labels_are_both_read() -> None:
    cards = [x for item in _ITEMS for x in ("Author", "Jon Berg", "Category", item, "May 2, 2026 10:15")]
    later = [f"{item} again" for item in _ITEMS[:3]]
    assert _related(["Picked for you", *later, *cards]) == [*later, *_ITEMS]


def test_a_carousel_above_the_headline_under_a_header_no_rule_knows() -> None:
    longer = [f"{item} after a long night of talks in the capital" for item in _ITEMS]
    lines = ["Harbour bridge to open in spring | The Gazette", "Stories from around the coast", *longer, *_HEAD]
    found = extract([*lines, _LEAD, _MORE, _LAST, *_END], title_model=None)
    assert [(r.section, r.headline) for r in found.related] == [("Stories from around the coast", h) for h in longer]


def test_a_count_under_each_item_is_no_rank_and_one_advertisement_no_list_of_ads() -> None:
    counts = [x for item, count in zip(_ITEMS, ["1", "4", "12", "2"], strict=True) for x in (item, count)]
    assert _related(counts) == _ITEMS  # a comment count "1" under the first: no ranked list's header
    with_ad = [_ITEMS[0], "4", _ITEMS[1], "Advertisement", _ITEMS[2], "7", _ITEMS[3], "2"]
    assert _related(with_ad) == _ITEMS  # one ad slot in a list of four


@pytest.mark.parametrize("first", ["Ferry strike: what to know", "Is the old bridge safe?"])
def test_a_short_first_headline_of_a_carousel_is_no_header(first: str) -> None:
    longer = [f"{item} after a long night of talks in the capital" for item in _ITEMS]
    above = ["Harbour bridge to open in spring | The Gazette", first, *longer, *_HEAD]
    found = extract([*above, _LEAD, _MORE, _LAST, *_END], title_model=None)
    assert [r.headline for r in found.related] == [first, *longer]
    assert {r.section for r in found.related} == {"Related"}
    assert _related(["Tags harbour bridge", first, *longer]) == [first, *longer]


@pytest.mark.parametrize("header", ["Worth a look this week", "While you are here", "The stories we kept"])
def test_a_header_in_plain_words_over_a_plain_list_is_none_of_its_items(header: str) -> None:
    # a few words in sentence case, no name, figure or mark of a headline, right over longer
    # headlines and under none: the list's header, whatever its words
    assert _related([header, *_ITEMS]) == _ITEMS


_SHORT = ["Ferry fares rise again", "Night buses are back", "School meals cost more"]


@pytest.mark.parametrize("short", _SHORT)
def test_a_short_plain_headline_in_a_list_is_an_item_wherever_it_stands(short: str) -> None:
    # under a known header, among cards, over a widget line, over the next list's header: the
    # list's own short item (a header starts a list and sits under no other header)
    cards = [x for item in [_ITEMS[0], short, *_ITEMS[1:]] for x in (item, "3 hours ago", "News")]
    assert _related(["More stories", *cards]) == [_ITEMS[0], short, *_ITEMS[1:]]
    assert _related(["Most read", _ITEMS[0], short, "Advertisement", *_ITEMS[1:]]) == [_ITEMS[0], short, *_ITEMS[1:]]
    more = ["Lindhaven opens its first night market", "Harbour museum wins a national prize at last"]
    found = _related(["Most read", *_ITEMS[:2], short, "More from News", *more, _ITEMS[2]])
    assert found == [*_ITEMS[:2], short, *more, _ITEMS[2]]


@pytest.mark.parametrize(
    "first",
    ["Valdenia tram fares rise again", "Tram fares rise by a tenth", "Trams: what comes next"],
)
def test_a_short_first_headline_that_names_counts_or_asks_is_an_item(first: str) -> None:
    # a short headline naming a place (the page names it elsewhere too), with a figure or
    # in a kicker's form stays the list's first item
    items = [first.replace("tenth", "10%"), *_ITEMS]
    assert _related(items) == items


def test_a_short_plain_headline_inside_a_run_of_items_stays_an_item() -> None:
    # with an item right above and right below it, a line in a header's words is the list's own
    items = [_ITEMS[0], "The tide has turned", *_ITEMS[1:]]
    assert _related(["Most read", *items]) == items


def test_a_short_line_over_a_list_with_no_known_header_is_still_its_header() -> None:
    # the other way: a short line in words no rule knows, over the list, is taken for its header
    found = extract([*_HEAD, _LEAD, _MORE, _LAST, "Picked by the desk", *_ITEMS, *_END], title_model=None)
    assert [r.headline for r in found.related] == _ITEMS
    assert {r.section for r in found.related} == {"Picked by the desk"}


_SHORT_FIRST = ["Night buses run again", *_ITEMS[:3]]


@pytest.mark.parametrize("above", [True, False])
def test_a_short_first_item_with_its_date_as_every_card_has_stays_an_item(above: bool) -> None:
    # no header: the short line carries its card's date (above or below it, as every item does)
    cards = [
        x
        for k, item in enumerate(_SHORT_FIRST)
        for x in ((f"{k + 2} hours ago", item) if above else (item, f"{k + 2} hours ago"))
    ]
    assert _related(cards) == _SHORT_FIRST


@pytest.mark.parametrize("above", [True, False])
def test_a_header_no_rule_knows_over_dated_cards_is_still_their_header(above: bool) -> None:
    # the other way: the line over the cards has no date of its own, where each card has one
    cards = [
        x
        for k, item in enumerate(_ITEMS)
        for x in ((f"{k + 2} hours ago", item) if above else (item, f"{k + 2} hours ago"))
    ]
    found = extract([*_HEAD, _LEAD, _MORE, _LAST, "Picked by the desk", *cards, *_END], title_model=None)
    assert [r.headline for r in found.related] == _ITEMS, found.related
    assert {r.section for r in found.related} == {"Picked by the desk"}


@pytest.mark.parametrize("blank", [True, False])
def test_a_short_first_item_under_a_header_no_rule_knows_stays_an_item(blank: bool) -> None:
    tail = ["Worth your time", *_SHORT_FIRST]
    found = extract(
        [*_HEAD, _LEAD, _MORE, _LAST, *[x for t in tail for x in ((t, "") if blank else (t,))], *_END], title_model=None
    )
    assert [r.headline for r in found.related] == _SHORT_FIRST, found.related
    assert {r.section for r in found.related} == {"Worth your time"}


@pytest.mark.parametrize(
    "terse",
    [
        ["Live | Harbour storm | Latest updates", "Video | Sea walls | Explained"],  # labels over terse headlines
        ["Quay / Tollby / Fares: what changes"],  # a part with a kicker's colon
    ],
)
def test_terse_headlines_in_parts_over_longer_ones_are_items(terse: list[str]) -> None:
    # three short parts apart by "|" or "/" that go on to the list's headlines are its items, no row of links
    items = [*terse, *_ITEMS[:2]]
    assert _related(["Related", *items]) == items


def test_a_row_of_three_links_over_another_row_is_no_item() -> None:
    # three parts of a few words with no headline under them (a line with a separator of its own)
    found = _related(["Most read", *_ITEMS, "", "Scores | Top picks | Odds", "Harbour league table | Fixtures"])
    assert "Scores | Top picks | Odds" not in found, found


def test_a_headline_in_parts_with_a_kickers_colon_is_an_item_at_the_lists_end() -> None:
    items = [*_ITEMS[:3], "Quay / Tollby / Fares: what changes"]
    assert _related(["Related", *items]) == items


def test_a_short_first_item_under_a_longer_header_in_a_headers_form_stays_an_item() -> None:
    # "Elsewhere in the weekly" reads as a headline of four words and is taken for the header: the
    # short line under it is no second header
    tail = ["Elsewhere in the weekly", *_SHORT_FIRST]
    found = extract([*_HEAD, _LEAD, _MORE, _LAST, *tail, *_END], title_model=None)
    assert [r.headline for r in found.related] == _SHORT_FIRST, found.related


def test_a_header_under_the_texts_short_last_sentence_is_still_the_header() -> None:
    found = extract(
        [*_HEAD, _LEAD, _MORE, _LAST, "Time will tell.", "Across the harbour desk", *_ITEMS, *_END], title_model=None
    )
    assert [r.headline for r in found.related] == _ITEMS, found.related


def test_the_texts_short_last_sentence_is_no_header_over_a_list() -> None:
    # a sentence right above a short line over a list does not make that line an item: it stays the
    # list's header, as with nothing above it
    found = extract([*_HEAD, _LEAD, _MORE, _LAST, "Time will tell.", *_SHORT_FIRST, *_END], title_model=None)
    assert [r.headline for r in found.related] == _SHORT_FIRST[1:], found.related


_VIDEO_CARD = ["Video", "Drone footage shows the flooded quay at dawn", "01:45"]


def test_a_video_card_among_the_cards_of_a_list_with_no_header_keeps_the_list() -> None:
    # two articles' cards under their sections, a video's card between them: a list of three cards,
    # the video none of its items
    tail = ["World", _ITEMS[0], *_VIDEO_CARD, "Business", _ITEMS[1], "Science", _ITEMS[2]]
    assert _related(tail) == _ITEMS[:3]
    assert _related(["World", _ITEMS[0], *_VIDEO_CARD, "Business", _ITEMS[1]]) == _ITEMS[:2]


def test_the_headline_under_a_video_cards_badge_is_an_item() -> None:
    # "Video" / its title / "Video" "02:14" (the card's badge and duration) / the next card's headline
    video = ["Video", _VIDEO_CARD[1], "Video", "02:14"]
    cards = [x for k, item in enumerate(_ITEMS[:2]) for x in (item, "What the council decided.", f"May {k + 2}, 2026")]
    assert _related(["Explore more", *video, *cards]) == _ITEMS[:2]
    # a label right over a title with its duration under it: that title is the video's
    assert _related(["Explore more", *_ITEMS[:3], *_VIDEO_CARD]) == _ITEMS[:3]


def test_video_cards_alone_are_no_list() -> None:
    videos = ["Storm batters the coast road at dawn", "Crowds gather for the harbour regatta", _VIDEO_CARD[1]]
    cards = [x for title in videos for x in ("Video", title, "02:14")]
    assert _related(["Advertisement", *cards]) == []
    # right under the text, the body stage reads the first under its label as a card: a video's
    assert _related(cards) == []
    # a video's card and one article's card are no list of three
    assert _related(["Advertisement", "Video", videos[0], "02:14", *_VIDEO_CARD, "World", _ITEMS[0]]) == []


def test_a_run_without_header_that_the_first_reading_took_for_text() -> None:
    from tuiarchive.parser.related import read_related_outside

    # where the text was cut short of its first reading, credits and references under it are no list
    credits = ["Story by Mara Lindqvist", "Abridged translation by Jon Berg", "Additional reporting by Eva Holm"]
    page = _page([*_HEAD, _LEAD, _MORE, _LAST, *credits, *_END])
    assert read_related_outside(page, 8, 11) == []
    references = [
        "Lindqvist, M and J Berg (2024), “Harbour bridges and what they cost”, Journal of Ports",
        "Holm, E (2023), “The ferry economy”, Working Paper 12",
        "Berg, J (2022), “Steel arches in salt air”, Review of Engineering",
    ]
    page = _page([*_HEAD, _LEAD, _MORE, _LAST, "References", *references, *_END])
    assert read_related_outside(page, 8, 12) == []
    # a run of headlines there is a list, with or without a header
    page = _page([*_HEAD, _LEAD, _MORE, _LAST, *_ITEMS, *_END])
    assert [r.headline for r in read_related_outside(page, 8, 12)] == _ITEMS
    assert [r.headline for r in read_related_outside(page, 8)] == _ITEMS
