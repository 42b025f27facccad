"""Stage `related` on made-up pages: furniture in a list's shape that is no list of other stories
(tables, rankings, fixtures, comments, galleries, timelines, forms, posts, ads, shops, surveys)."""

from __future__ import annotations

import pytest
from madeup import LAST as _LAST
from madeup import LEAD as _LEAD
from madeup import MORE as _MORE
from madeup_related import END as _END
from madeup_related import HEAD as _HEAD
from madeup_related import ITEMS as _ITEMS
from madeup_related import related as _related

from tuiarchive.parser.extract import extract


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
    # (set apart from the text by a share button: right under its last paragraph, dates are the story's own
    # block, parser/datablock.py)
    assert _related(["Share this article", *dates]) == []


def test_a_shops_products_with_their_prices_are_no_list() -> None:
    trips = [
        "Harbour lights: a week of ferries on the islands",
        "Old town walks: where the trams and cafés meet",
        "North coast: the cliffs, ferries and forts of Dorn",
    ]
    products = [x for trip in trips for x in (trip, "from $1,250 USD")]
    assert _related(products) == []
    assert _related(trips) == trips


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


def test_a_headline_starting_with_a_day_and_ending_on_a_figure_is_one_row_not_two() -> None:
    # one line of three in a table's form is no table: "June 9 ..." ending on "4" counts once
    items = [
        "June 9 ferry strike leaves hundreds stranded at pier 4",
        "Council approves new cycle lanes on the quay road",
        "Fishing fleet returns early as storm nears coast",
    ]
    assert _related(items) == items


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


@pytest.mark.parametrize("mark", [("“", "”"), ("‘", "’"), ("«", "»"), ("„", "“")])
def test_pull_quotes_after_the_text_are_no_list(mark: tuple[str, str]) -> None:
    # the text's voices, each wholly in quotation marks (made up); a card's quoted headline is one
    # among others (test_cards_with_a_date_each_keep_a_short_quoted_headline)
    said = [
        "We have waited far too long for this bridge",
        "This bridge will change the whole town for good",
        "The noise of the works will finally come to an end",
    ]
    assert _related([f"{mark[0]}{t}{mark[1]}" for t in said]) == []
