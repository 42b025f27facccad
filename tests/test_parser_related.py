"""Stage `related` on made-up pages: lists of other stories after the text, in the forms sites print them."""

from __future__ import annotations

import pytest
from madeup import LAST as _LAST
from madeup import LEAD as _LEAD
from madeup import MORE as _MORE

from tuiarchive.parser.extract import extract

_HEAD = ["Home", "News", "Harbour bridge to open in spring", "By Mara Lindqvist", "March 3, 2026"]
_END = ["About us", "Contact us", "Privacy policy", "Terms of use", "Copyright 2026 The Gazette"]
_ITEMS = [
    "Ferry crews vote to strike over summer rosters",
    "New tram line to reach the old town by 2028",
    "Fishing fleet returns early as storm nears coast",
    "School board delays vote on longer term",
]


def _related(tail: list[str]) -> list[str]:
    found = extract([*_HEAD, _LEAD, _MORE, _LAST, *tail, *_END], title_model=None)
    assert found.body[-1] == _LAST
    return [r.headline for r in found.related]


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


def _page(lines: list[str]):
    from tuiarchive.parser.headline import find_title
    from tuiarchive.parser.page import Page, to_lines

    page = Page(to_lines(lines), "", None, None)
    find_title(page)
    return page


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


@pytest.mark.parametrize(
    "rows",
    [
        ["Best drama series - The Harbour Years", "Best comedy - Tram Stop", "Best new writer - Jon Berg for Ferry"],
        ["1 Mara Lindqvist (Valdenia)", "2 Jon Berg (Drevnia)", "3 Eva Holm (Carvania)", "4 Ana Lima (Tereno)"],
        ["Harbour Rovers v Lindhaven City", "Korsk United v Port Amsel", "Serel Athletic or Dorn v Ledna Town"],
        ["- Best actor in a leading role goes to Jon Berg", "- Best actress in a leading role goes to Eva Holm",
         "- Best director of a new play goes to Ana Lima"],
    ],
)  # fmt: skip
def test_a_table_a_ranking_fixtures_or_a_bulleted_list_ending_a_story_are_no_list(rows: list[str]) -> None:
    from tuiarchive.parser.extract import extract

    found = extract(["Harbour awards announced", "", _LEAD, "", _MORE, "", *rows], title_model=None)
    assert found.related == []


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
    # no header of its own: the advertiser's name right above the run, no header
    assert _related(["Sponsored content", *ads, *_ITEMS[:3]]) == []


# the site's own headlines after the ads, with no header of their own, about what the text names
# (Valdenia, in _LEAD); made up
_NAMING = [
    "Valdenia opens talks on a ferry link to the islands",
    "Why the bridges of Valdenia cost more than anyone planned",
    "Harbour traders brace for a busy spring",
]


def test_a_plain_run_after_the_ads_that_names_what_the_text_names_is_the_sites_own_list() -> None:
    ads = [x for card in _AD_CARDS for x in card]  # each card with its advertiser's name under it
    assert _related(["Sponsored content", *ads, *_NAMING]) == _NAMING  # two of three name Valdenia
    # ... not when fewer than half name it, nor when the ads go on after it
    unnamed = [_NAMING[0], *_ITEMS[:2]]
    assert _related(["Sponsored content", *ads, *unnamed]) == []
    assert _related(["Sponsored content", *ads, *_NAMING, *ads]) == []


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


def test_a_wire_story_of_results_has_no_list_above_its_headline() -> None:
    from tuiarchive.parser.extract import extract

    # (the rules take the last row for the headline: the rows above it are no carousel)
    rows = ["Oper shr 12 cts vs 9 cts", "Oper net 1,200,000 vs 900,000", "Revs 15.2 mln vs 14.8 mln", "Six mths"]
    rows += ["Oper shr 40 cts vs 31 cts", "Oper net 4,100,000 vs 3,200,000", "Revs 61.0 mln vs 58.3 mln"]
    notes = [
        "NOTE: excludes 120,000 dlrs of discontinued operations for six mths for sale of the ferry division.",
        "Oper shr for qtr and six mths adjusted for stock split and dividend distribution in November.",
    ]
    found = extract(["HARBOUR FERRIES INC 2ND QTR NET", "", *rows, *notes], title_model=None)
    assert found.related == []


# Furniture after the text in a list's shape, which is no list of other articles: reader comments
# (a name, a comment, a time), a photo gallery (captions and their credits), a timeline (steps and
# their months), a form (its fields and buttons).
_COMMENTS = [
    "3 comments",
    *[
        x
        for name, said in (
            ("Jon Berg", "Great news for the town at last"),
            ("Eva Holm", "About time they finished this bridge"),
            ("Ana Lima", "Will the buses use it from day one"),
        )
        for x in (name, said, "2 hours ago")
    ],
]
_GALLERY = [
    "In pictures",
    *[
        x
        for caption in (
            "Crowds gather on the quay to watch the last arch lifted",
            "Welders finish the joints on the north span at dawn",
            "The first ferry passes under the completed bridge",
        )
        for x in (caption, "Photo: Jon Berg")
    ],
]
_TIMELINE = [
    "How the bridge was built",
    *[
        x
        for step, month in (
            ("The council approves the plans for a new crossing", "June 2021"),
            ("Work starts on the foundations of the north span", "March 2022"),
            ("The last of the steel arches is lifted into place", "May 2024"),
        )
        for x in (step, month)
    ],
]
_FORM = [
    "Get the Gazette in your inbox",
    "First & Last Name*",
    "Enter a valid email address",
    "Select at least one topic to follow",
    "Save 60% off the weekend edition today!",
    "By subscribing I accept the terms of use",
]


@pytest.mark.parametrize(
    "tail", [_COMMENTS, _GALLERY, _TIMELINE, _FORM], ids=["comments", "gallery", "timeline", "form"]
)
def test_comments_a_gallery_a_timeline_or_a_form_after_the_text_are_no_list(tail: list[str]) -> None:
    assert _related(tail) == []


def test_a_list_stays_a_list_beside_comments() -> None:
    assert _related(["Read next", *_ITEMS, *_COMMENTS]) == _ITEMS


# More furniture in a list's shape: social posts (each under its author's name and handle) and
# advertisements (each card marked as one, in the page's language).
_POSTS = [
    x
    for name, handle, post in (
        ("Harbour Gazette", "@harbourgazette", "The north span is finished and the first photos are in tonight"),
        ("Port of Lindhaven", "@lindhavenport", "Ferries will use the new berth from Monday morning onwards"),
        ("Jon Berg", "@jonberg", "What a day for the town now that the bridge is finally done"),
    )
    for x in (name, handle, post)
]
_ADS = [
    x
    for kicker, offer, mark in (
        ("Savings", "Savings accounts that pay more than the bank down the street", "Anzeige"),
        ("Travel", "Ferry breaks to the islands for the whole family", "Advertisement"),
        ("Learning", "Language lessons online in thirteen languages at home", "Sponsored"),
    )
    for x in (kicker, "", offer, "", mark, "")
]


@pytest.mark.parametrize("tail", [_POSTS, _ADS], ids=["posts", "ads"])
def test_social_posts_and_advertisements_after_the_text_are_no_list(tail: list[str]) -> None:
    assert _related(tail) == []


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


def test_headlines_with_a_kicker_are_a_list_and_a_schedule_is_none() -> None:
    kickers = [
        "Harbour bridge: why the opening slipped again",
        "Ferry fares: who pays when crossings double",
        "Old town trams: what the delay will cost",
    ]
    assert _related(kickers) == kickers
    dates = [
        "June 9 – Korsk Arena with the Harbour Band and guests",
        "June 12 – Lindhaven Hall with the Harbour Band and guests",
        "June 20 – Port Amsel Stadium with the Harbour Band and guests",
    ]
    assert _related(dates) == []


def test_a_shops_products_with_their_prices_are_no_list() -> None:
    trips = [
        "Harbour lights: a week of ferries on the islands",
        "Old town walks: where the trams and cafés meet",
        "North coast: the cliffs, ferries and forts of Dorn",
    ]
    products = [x for trip in trips for x in (trip, "from $1,250 USD")]
    assert _related(products) == []
    assert _related(trips) == trips


def test_a_carousel_above_the_headline_under_a_header_no_rule_knows() -> None:
    longer = [f"{item} after a long night of talks in the capital" for item in _ITEMS]
    lines = ["Harbour bridge to open in spring | The Gazette", "Stories from around the coast", *longer, *_HEAD]
    found = extract([*lines, _LEAD, _MORE, _LAST, *_END], title_model=None)
    assert [(r.section, r.headline) for r in found.related] == [("Stories from around the coast", h) for h in longer]


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


def test_a_count_under_each_item_is_no_rank_and_one_advertisement_no_list_of_ads() -> None:
    counts = [x for item, count in zip(_ITEMS, ["1", "4", "12", "2"], strict=True) for x in (item, count)]
    assert _related(counts) == _ITEMS  # a comment count "1" under the first: no ranked list's header
    with_ad = [_ITEMS[0], "4", _ITEMS[1], "Advertisement", _ITEMS[2], "7", _ITEMS[3], "2"]
    assert _related(with_ad) == _ITEMS  # one ad slot in a list of four


@pytest.mark.parametrize(
    "box",
    [
        [
            "Where: Tolvik Arts Centre by the old dock gates",
            "When: Sunday from ten until the late show",
            "Tickets: eight euros, children under ten go free",
            "Getting there: bus route 12 to Dock Gate stop",
        ],
        [
            "Born: 3 April 1970 in Tolvik, on the north coast",
            "Party: North Coast Union, a member for thirty years",
            "Office: Harbour commissioner of Tolvik since the spring",
        ],
    ],
    ids=["event", "profile"],
)
def test_a_fact_box_after_the_text_is_no_list(box: list[str]) -> None:
    assert _related(["At a glance", *box]) == []
    assert _related(box) == []


@pytest.mark.parametrize("first", ["Ferry strike: what to know", "Is the old bridge safe?"])
def test_a_short_first_headline_of_a_carousel_is_no_header(first: str) -> None:
    longer = [f"{item} after a long night of talks in the capital" for item in _ITEMS]
    above = ["Harbour bridge to open in spring | The Gazette", first, *longer, *_HEAD]
    found = extract([*above, _LEAD, _MORE, _LAST, *_END], title_model=None)
    assert [r.headline for r in found.related] == [first, *longer]
    assert {r.section for r in found.related} == {"Related"}
    assert _related(["Tags harbour bridge", first, *longer]) == [first, *longer]


def test_a_headline_starting_with_a_day_and_ending_on_a_figure_is_one_row_not_two() -> None:
    # one line of three in a table's form is no table: "June 9 ..." ending on "4" counts once
    items = [
        "June 9 ferry strike leaves hundreds stranded at pier 4",
        "Council approves new cycle lanes on the quay road",
        "Fishing fleet returns early as storm nears coast",
    ]
    assert _related(items) == items


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


def test_the_answers_of_a_survey_above_the_headline_are_no_list() -> None:
    survey = [
        "Gazette values your feedback",
        "1. How relevant is this ad to you?",
        "2. Did you run into any trouble?",
        "Page was slow",
        "Ad covered the text I was reading",
        "Ad played its sound without asking me first",
        "Ad showed up again and again on one page",
        "Other issues",
        "Cancel",
        "Submit",
    ]
    found = extract([*survey, *_HEAD, _LEAD, _MORE, _LAST, *_END], title_model=None)
    assert found.related == []


@pytest.mark.parametrize("header", ["More on this:", "More:", "Also on the harbour desk"])
def test_a_box_of_headlines_between_the_texts_paragraphs_is_a_list(header: str) -> None:
    # three headlines in a row between two paragraphs, under a short header no rule knows
    found = extract([*_HEAD, _LEAD, _MORE, header, *_ITEMS[:3], _LAST, *_END], title_model=None)
    assert [r.headline for r in found.related] == _ITEMS[:3], found.related


@pytest.mark.parametrize(
    "own",
    [
        [  # announced by a sentence of the text
            "The dockers' demands include:",
            "A pay rise for every crane driver this year",
            "No job cuts before the next contract is signed",
            "A seat for the crews on the harbour board",
            "Paid training for anyone moved to a new berth",
        ],
        [
            "The prizes went to:",
            "Best Crew: the rowers of the Lindhaven Harbour Club",
            "Best Skipper: Jon Berg for the Grey Heron",
            "Best Race: the Korsk Cup by the Amsel Sailors",
        ],
        [
            "Plays on this month:",
            "The Tide Turns at the Quay Theatre",
            "A Winter on the Fjord, a new drama",
            "Salt and Rope, by the Amsel Players",
        ],
        # with no header at all: the steps of a recipe, a shortlist, the text's crossheads
        [
            "Warm the pan and brush it with a little oil",
            "Stir the oats, honey and butter together",
            "Spread the mix in the pan and bake until brown",
        ],
        ["The Quiet Harbour by Lena Holt", "Rope and Sail by Anders Vik", "Night Ferry to Korsk by Ida Moll"],
        ["What the harbour board decided", "What happens next for the ferry crews", "Why the cost keeps going up"],
    ],
)
def test_the_texts_own_list_between_its_paragraphs_is_no_list_of_other_articles(own: list[str]) -> None:
    # a list of other articles shows a header of its own; a sentence of the text announcing the
    # lines, or no header at all, makes them the text's own list
    found = extract([*_HEAD, _LEAD, _MORE, *own, _LAST, *_END], title_model=None)
    assert found.related == [], found.related


_ANNOUNCED = [
    [
        "The dockers' demands include:",
        "A pay rise for every crane driver",
        "No job cuts before spring",
        "A seat on the harbour board",
    ],
    ["The winners were:", "The Salt Road", "A Summer in Korsk", "Night Ferry to Amsel"],
    ["The new rules are as follows:", "No cars on the quay after six", "Bikes only on the old bridge", "Free ferries"],
    [
        "The plans include:",
        "A new cycle lane along the harbour road",
        "Free parking at the quay on Sundays",
        "A night bus every half hour to the ferry",
    ],
]


@pytest.mark.parametrize("own", _ANNOUNCED)
@pytest.mark.parametrize("spaced", [False, True])
def test_the_texts_own_list_at_its_end_is_no_list_of_other_articles(own: list[str], spaced: bool) -> None:
    # a sentence of the text announces the lines under its last paragraph: the text's own list,
    # whether its lines stand in a block or each apart, and the site's list under a header of its
    # own after it is still read
    # (the body may keep the list or end over it: the related stage reads it the same)
    lines = [own[0], *(x for item in own[1:] for x in ([""] if spaced else []) + [item])]
    alone = extract([*_HEAD, _LEAD, _MORE, _LAST, "", *lines, "", *_END], title_model=None)
    assert alone.related == [], (alone.body[-1], alone.related)
    tail = ["", "From the harbour desk", "", *_ITEMS[:3]]
    found = extract([*_HEAD, _LEAD, _MORE, _LAST, "", *lines, *tail, *_END], title_model=None)
    assert not {r.headline for r in found.related} & set(own), found.related
    if len(own[0].split()) < 4:  # (under a longer sentence the body reads on over the site's list)
        assert [r.headline for r in found.related] == _ITEMS[:3], (found.body[-1], found.related)


@pytest.mark.parametrize(
    "header",
    [
        "Read more:",
        "More harbour news:",
        "From the archive:",
        "Our latest coverage:",
        "Read these next:",
        "Trending stories include:",
        "Top stories were:",
    ],
)
@pytest.mark.parametrize("spaced", [False, True])
def test_a_sites_header_ending_in_a_colon_is_no_sentence_of_the_text(header: str, spaced: bool) -> None:
    # a header that names the list or speaks to the reader: the site's list under it is read
    items = [x for item in _ITEMS for x in ([""] if spaced else []) + [item]]
    assert _related(["", header, *items]) == _ITEMS


def test_rows_of_a_table_between_the_texts_paragraphs_are_no_list() -> None:
    rows = ["Harbour Rovers v Lindhaven City", "Korsk United v Port Amsel", "Serel Athletic v Ledna Town"]
    found = extract([*_HEAD, _LEAD, _MORE, *rows, _LAST, *_END], title_model=None)
    assert found.related == []


def test_questions_the_text_asks_between_its_paragraphs_are_no_list() -> None:
    asked = ["Is the ferry worth the fare?", "Will the bridge open on time?", "Who pays for the new quay?"]
    found = extract([*_HEAD, _LEAD, _MORE, *asked, _LAST, *_END], title_model=None)
    assert found.related == []


def test_a_list_over_a_newsletters_box_is_still_a_list() -> None:
    box = ["Newsletter", "Email address", "Send"]
    assert _related(["Around the harbour", *_ITEMS, *box]) == _ITEMS


def test_a_headline_about_a_paywall_is_an_item_and_the_list_goes_on() -> None:
    items = [_ITEMS[0], "Harbour paper drops its paywall after readers complain", *_ITEMS[1:]]
    assert _related(["Most read", *items]) == items


def test_one_promo_card_right_after_the_text_is_kept() -> None:
    card = ["Opinion", "Why the harbour bridge needs a second lane", "The council should plan for the traffic."]
    assert _related([*card, "Comments", "Jo Ng", "2 hours ago", "Nice piece."]) == [card[1]]


@pytest.mark.parametrize("header", ["Comments (3)", "What readers say"])
@pytest.mark.parametrize("stamp", ["6 hours ago", "May 2, 2026"])
def test_readers_comments_that_say_you_over_a_stamp_are_no_list(header: str, stamp: str) -> None:
    # (a comment and an article's card have the same furniture: a "you" line is no card's headline)
    said = (
        "If you live here you know this plan is years overdue",
        "Have you seen what they did to the old ferry terminal",
        "Once you ride the new tram you will never drive again",
    )
    assert _related([header, *[x for c in said for x in (c, stamp)]]) == []
    mixed = (*said[:2], "Same promises as last year and the year before that")  # one says no "you"
    assert not set(mixed) & set(_related(["Your views", *[x for c in mixed for x in (c, "Jon Berg · " + stamp)]]))


def test_a_topic_word_alone_under_a_box_header_is_no_item() -> None:
    found = extract([*_HEAD, _LEAD, _MORE, "More On:", "harbour", *_ITEMS[:3], _LAST, *_END], title_model=None)
    assert "harbour" not in [r.headline for r in found.related], found.related
    from tuiarchive.model import RelatedItem
    from tuiarchive.parser.page import Page, to_lines
    from tuiarchive.parser.related import clean_related

    page = Page(to_lines(["港湾大桥春季通车"]), "page.txt")
    page.title = "港湾大桥春季通车"
    page.related = [RelatedItem("Related", "harbour"), RelatedItem("相关", "渡轮船员投票罢工")]
    assert [r.headline for r in clean_related(page)] == ["渡轮船员投票罢工"]


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


@pytest.mark.parametrize("header", ["Most read", "You may also like", "Related stories"])
@pytest.mark.parametrize("blank", [True, False])
def test_a_short_first_item_under_a_known_header_stays_an_item(header: str, blank: bool) -> None:
    # the list has its header: its first line, however much shorter than the others, is its first item
    items = ["Night buses run again", *_ITEMS[:3]]
    tail = [header, *[x for item in items for x in ((item, "") if blank else (item,))]]
    assert _related(tail) == items


def test_a_short_line_over_a_list_with_no_known_header_is_still_its_header() -> None:
    # the other way: a short line in words no rule knows, over the list, is taken for its header
    found = extract([*_HEAD, _LEAD, _MORE, _LAST, "Picked by the desk", *_ITEMS, *_END], title_model=None)
    assert [r.headline for r in found.related] == _ITEMS
    assert {r.section for r in found.related} == {"Picked by the desk"}


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


@pytest.mark.parametrize("mark", ["• ", "- "])
def test_the_texts_own_bullets_under_its_last_paragraph_are_no_items(mark: str) -> None:
    own = [f"{mark}New cycle lanes on the main street", f"{mark}A second bus stop at the quay"]
    assert _related([*own, "", *_ITEMS]) == _ITEMS


def test_bulleted_headlines_under_a_header_are_still_a_list() -> None:
    assert _related(["Most read", *[f"• {item}" for item in _ITEMS]]) == [f"• {item}" for item in _ITEMS]


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


def test_a_three_word_line_under_a_known_header_is_no_item() -> None:
    # a 3-word line between a known header and the items may be a tab or a sub-header ("Around the
    # quay") as well as a short headline: no item (review-parser 08:43)
    assert _related(["Most read", "Around the quay", *_ITEMS[:3]]) == _ITEMS[:3]


def test_a_second_header_under_a_known_one_is_no_item() -> None:
    assert _related(["Read more", "Popular in Harbour", *_ITEMS]) == _ITEMS


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


def test_video_cards_alone_are_no_list() -> None:
    videos = ["Storm batters the coast road at dawn", "Crowds gather for the harbour regatta", _VIDEO_CARD[1]]
    cards = [x for title in videos for x in ("Video", title, "02:14")]
    assert _related(["Advertisement", *cards]) == []
    # right under the text, the body stage reads the first under its label as a card: a video's
    assert _related(cards) == []
    # a video's card and one article's card are no list of three
    assert _related(["Advertisement", "Video", videos[0], "02:14", *_VIDEO_CARD, "World", _ITEMS[0]]) == []


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
