"""Stage `related`, its last look: a readers' comment thread is told by its shape, not by the words
of its buttons (review I3: on wordings nobody had described, comment threads 42 -> 42 with a list
of "Reply" words). A comment stands under its writer's handle or its time, with a short button
line under it whose first word comes back under the next comment, whatever that word is. Every
page here is made up for the tests (madeup_related): no real page's text, and button words
chosen to be in no list of ours."""

from __future__ import annotations

import pytest
from madeup_related import ITEMS
from madeup_related import related as _related

_REMARKS = [
    "I walked over the old bridge this morning and the scaffolding is still up",
    "We were promised this crossing when my daughter was still at school",
    "Finally some good news for those of us on the east bank of the river",
]
_THREADS = {
    "en, handle and time": [["marina_k", "3 hours ago"], ["tobias88", "2 hours ago"], ["pelle", "1 hour ago"]],
    "de, time only": [["vor 3 Stunden"], ["vor 2 Stunden"], ["vor 50 Minuten"]],
    "name and date": [["Ruth Ames", "March 3, 2031"], ["Samir Qadri", "March 4, 2031"], ["Ola Brenn", "March 5, 2031"]],
    "handle only": [["@gullwatcher"], ["@harbourcat"], ["@tidelines"]],
}
_BUTTONS = {"one word": lambda n: "Answer", "with a handle": lambda n: f"Chime in @{('kai', 'lena', 'ove')[n]}"}


@pytest.mark.parametrize("button", list(_BUTTONS))
@pytest.mark.parametrize("thread", list(_THREADS))
def test_a_comment_thread_is_no_list_whatever_its_buttons_say(thread: str, button: str) -> None:
    lines = ["Most read", *ITEMS, "", "Have your say"]
    for n, (over, remark) in enumerate(zip(_THREADS[thread], _REMARKS, strict=True)):
        lines += [*over, remark, _BUTTONS[button](n)]
    assert _related(lines) == ITEMS


# cards whose headline has a short line over and under it, as a comment has, and speaks to the reader
# as a remark may: none of them is one (their place tells)
_KICKERS = ["Politics", "Business", "Culture", "Science"]
_TO_YOU = [
    "What you need to know about the new ferry timetable",
    "Where we go from here after the harbour vote",
    "Why your bus will be late again this winter",
    "How our town voted in the harbour referendum",
]


def test_cards_with_a_section_over_each_headline_stay() -> None:
    lines = ["Most read"] + [x for kicker, item in zip(_KICKERS, _TO_YOU, strict=True) for x in (kicker, item)]
    assert _related(lines) == _TO_YOU


def test_cards_with_the_same_section_under_each_headline_stay() -> None:
    lines = ["Most read"] + [x for item in _TO_YOU for x in (item, "Opinion", "")]
    assert _related(lines) == _TO_YOU


def test_cards_with_a_byline_under_each_headline_stay() -> None:
    writers = ["By Jo Ng", "By Eva Holm", "By Tomas Vik", "By Ines Lund"]
    lines = ["Most read"] + [x for item, by in zip(_TO_YOU, writers, strict=True) for x in ("2 hours ago", item, by)]
    assert _related(lines) == _TO_YOU


def test_cards_in_a_script_written_without_spaces_stay() -> None:
    # (each line is one "word", short by its count of words; no line of them reads as a remark)
    items = ["港北区の図書館、建て替えを市議会が可決", "南浜町で路面電車の閉鎖に住民が反対"]
    items += ["東岬市の堤防改修費、見込みを上回る", "北湊村の病院、建て替えを市議会が可決"]
    lines = ["編集部のおすすめ"] + [x for n, item in enumerate(items) for x in (("地域", "経済")[n % 2], item)]
    assert _related(lines) == items


def test_headlines_in_title_case_in_a_comments_place_stay() -> None:
    # (a card's date and source around each headline; "My", "I" in a title are no reader's voice)
    titles = ["My Year Aboard the Night Ferry", "How I Learned to Sail the Old Harbour"]
    titles.append("Why My Street Still Floods Every Spring")
    lines = ["Most read"]
    for n, title in enumerate(titles):
        lines += [f"Mar {n + 3}", title, "Via Harbourwire"]
    assert _related(lines) == titles


def test_a_comment_with_no_pronoun_goes_with_its_thread() -> None:
    remarks = [
        "Ich fahre seit Jahren jeden Morgen über die alte Brücke",
        "Hoffentlich wird es diesmal nicht wieder teurer als geplant",
        "Endlich gute Nachrichten für das Ostufer",
    ]
    lines = ["Most read", *ITEMS, "", "Leserstimmen"]
    for n, remark in enumerate(remarks):
        lines += [f"vor {n + 2} Stunden", remark, "Zustimmen"]
    assert _related(lines) == ITEMS


def test_posts_under_a_section_repeated_in_their_date_line_stay() -> None:
    # (a blog's posts, each a quotation or a question: "Harbour Talk" over each, "Harbour Talk 3.4.31" its date)
    posts = ["“I told you the tide would turn”", "What did the harbour master know about the wreck?"]
    posts.append("“We never asked for a new bridge”")
    lines = ["Most read"]
    for n, post in enumerate(posts):
        lines += ["Harbour Talk", f"Harbour Talk 3.{n + 4}.31", "", post, ""]
    assert _related(lines) == posts
