"""The learned headline scorer on made-up pages: candidates, features, choice, the browser gate."""

from __future__ import annotations

from tuiarchive.parser.extract import extract
from tuiarchive.parser.title import NAMES, TitleModel, candidates, content_words, name_words, shipped_title_model

_P1 = (
    "The council said on Tuesday that the new harbour bridge would open to traffic in the spring, and that "
    "the cost of the work had risen by a third since the plans were first approved by the city."
)
_P2 = (
    "Engineers told the council that the harbour bridge had passed its load tests in January, although the "
    "painting of the steel arches would go on for several more weeks after the opening."
)
_P3 = (
    "Residents who live near the harbour said they were glad the work was nearly over, after two years in "
    "which the ferry had been the only way across the water for most of the day."
)

# A page as a browser's select-all copy gives it: no browser title on the first line, a menu,
# a list of other stories, then the headline, its byline with a time stamp, share buttons, text.
RENDERED = [
    "Skip to content",
    "Home",
    "Local",
    "Sport",
    "Weather",
    "Most read",
    "Mayor opens new library wing in the old town",
    "Storm warning issued for the northern coast tonight",
    "Local team wins the regional cup after extra time",
    "Harbour bridge to open in spring as costs rise by a third",
    "Mara Lindqvist 2 hours ago",
    "Share",
    "Tweet",
    _P1,
    _P2,
    _P3,
    "More from Local",
    "School term dates changed after the flooding",
    "Copyright 2026 The Harbour Gazette",
]


def test_the_scorer_finds_the_headline_above_the_text_of_a_rendered_page() -> None:
    assert shipped_title_model() is not None
    found = extract(RENDERED, filename="harbour-bridge-to-open-in-spring.txt")
    assert found.title == "Harbour bridge to open in spring as costs rise by a third"
    assert found.author == "Mara Lindqvist"
    assert found.body[0] == _P1


def test_without_the_scorer_the_rules_pick_a_teaser() -> None:
    """The case the scorer is for: the rules alone take another line for the headline."""
    found = extract(RENDERED, filename="harbour-bridge-to-open-in-spring.txt", title_model=None)
    assert found.title != "Harbour bridge to open in spring as costs rise by a third"


def test_a_browser_title_naming_the_rules_headline_is_kept() -> None:
    """A saved page whose first line is "Headline | Site": the rules' headline stands even if a
    scorer (here one that likes anything) prefers another line."""
    eager = TitleModel(weights=(0.0,) * len(NAMES), bias=0.0, margin=-100.0)
    page = ["Harbour bridge to open in spring | The Harbour Gazette", *RENDERED[1:9]]
    page += ["Harbour bridge to open in spring", "By Mara Lindqvist", "March 3, 2026", _P1, _P2, _P3]
    found = extract(page, title_model=eager)
    assert found.title == "Harbour bridge to open in spring"


def test_candidates_and_words() -> None:
    got = candidates(200, 100, 10)
    assert 55 in got and 101 in got and 54 not in got and 103 not in got
    assert {4, 16, 0, 2} <= set(got) and 17 not in got
    assert content_words("The Bridge of the North, 2026") == {"bridge", "north"}
    assert len(content_words("宇航员在太空中喝酒")) == 8  # CJK: pairs of characters
    assert name_words("site.com_news_2026_harbour-bridge.txt") == {"site", "com", "news", "harbour", "bridge"}


def test_a_name_with_its_time_or_handle_is_a_byline() -> None:
    from tuiarchive.parser.names import name_with_stamp

    assert name_with_stamp("Mara Lindqvist • 8h") == "Mara Lindqvist"
    assert name_with_stamp("Mara Lindqvist 1 day ago") == "Mara Lindqvist"
    assert name_with_stamp("Mara Lindqvist, @mlq") == "Mara Lindqvist"
    assert name_with_stamp("The big day 2h") is None
    assert name_with_stamp("Top stories 5 days ago") is None
