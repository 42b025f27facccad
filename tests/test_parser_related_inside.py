"""Stage `related` on made-up pages: boxes of headlines between the text's paragraphs, and the text's
own lists (announced, bulleted, asked, tabled) that are none."""

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


@pytest.mark.parametrize("header", ["More on this:", "More:", "Also on the harbour desk"])
def test_a_box_of_headlines_between_the_texts_paragraphs_is_a_list(header: str) -> None:
    # three headlines in a row between two paragraphs, under a short header no rule knows
    found = extract([*_HEAD, _LEAD, _MORE, header, *_ITEMS[:3], _LAST, *_END], title_model=None)
    assert [r.headline for r in found.related] == _ITEMS[:3], found.related


def test_a_box_of_headlines_over_a_paragraph_that_a_link_breaks_over_lines_is_a_list() -> None:
    # the paragraph under the box runs over three lines, a link in the middle of its sentence
    broken = [
        "Inspectors from the harbour board said on Tuesday that the steel arches of the new bridge had passed every "
        "one of the load tests that the engineers had set for them over the winter, according to the",
        "board's report",
        "published on its website.",
    ]
    found = extract(
        [*_HEAD, _LEAD, _MORE, "Also on the harbour desk", *_ITEMS[:3], *broken, _LAST, *_END], title_model=None
    )
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


@pytest.mark.parametrize("mark", ["• ", "- "])
def test_the_texts_own_bullets_under_its_last_paragraph_are_no_items(mark: str) -> None:
    own = [f"{mark}New cycle lanes on the main street", f"{mark}A second bus stop at the quay"]
    assert _related([*own, "", *_ITEMS]) == _ITEMS


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
