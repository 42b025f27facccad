"""Stage `related`, its last look: readers' comment threads in more shapes, under a header no rule
knows (brief s37 item 2): the writer's handle and the time on one line ("kestrel.b · 3 hours ago")
over or under each comment, a button line with the comment's age in it ("Like · Reply · 4h"), a
count between marks ("7 • Reply • Share ›"), a Japanese thread (a remark told by its grammar: a
sentence's full stop inside, a spoken ending). The same lines beside a list's cards ("Travel · 2
hours ago": a section, no handle) leave the cards listed. Every line here is made up for the tests."""

from __future__ import annotations

from madeup_related import ITEMS
from madeup_related import related as _related

from tuiarchive.parser.related_comments import comment_meta

_HEADER = "Readers respond"  # (a header no rule knows)
_HANDLES = ["tidepool_3", "kestrel.b", "gullwing"]
_AGES = ["3 hours ago", "2 hours ago", "20 minutes ago"]
_REMARKS = [
    "The new timetable still leaves the night shift with no boat home after midnight",
    "I asked the council about this in June and never heard back from anyone",
    "Fair play to the crews for holding out this long over the rosters",
]


def _thread(*shape: str) -> list[str]:
    lines = ["Most read", *ITEMS, "", _HEADER]
    for n, (handle, age, remark) in enumerate(zip(_HANDLES, _AGES, _REMARKS, strict=True)):
        fill = {"meta": f"{handle} · {age}", "text": remark, "handle": handle}
        fill |= {"fb": f"Like · Reply · {n + 2}h", "marks": f"{n + 7} • Reply • Share ›", "answer": "Answer"}
        fill |= {"meta under": f"{handle}, {age}", "dot age": f"• {age}"}
        lines += [fill[part] for part in shape]
    return lines


def test_the_writer_and_time_on_one_line_over_each_comment() -> None:
    assert _related(_thread("meta", "text", "answer")) == ITEMS


def test_the_writer_and_time_on_one_line_under_each_comment() -> None:
    assert _related(_thread("text", "meta under")) == ITEMS


def test_a_button_line_with_the_comments_age_in_it() -> None:
    assert _related(_thread("handle", "text", "fb")) == ITEMS


def test_a_count_between_marks_under_each_comment() -> None:
    assert _related(_thread("handle", "dot age", "text", "marks")) == ITEMS


def test_a_japanese_thread_under_a_header_no_rule_knows() -> None:
    remarks = [
        "駅前の工事はいつ終わるのでしょうか。毎日遠回りしています",
        "やっと決まりましたね",
        "説明会を土曜にも開いてほしい",
    ]
    lines = ["Most read", *ITEMS, "", "読者の声"]
    for handle, age, remark in zip(
        ["みなと太郎", "そらまめ", "K_tanaka"], ["3時間前", "2時間前", "15分前"], remarks, strict=True
    ):
        lines += [handle, age, remark, "返信する"]
    assert _related(lines) == ITEMS


_CARDS = [
    "Ferry crews vote to strike over summer rosters",
    "Why I gave up my car for the harbour bus",
    "New tram line to reach the old town by 2028",
    "Fishing fleet returns early as storm nears coast",
]
_SECTIONS = ["Politics", "Travel", "Local Life", "Science"]


def test_cards_with_a_section_and_time_over_each_headline_stay() -> None:
    lines = ["Most read"] + [x for n, h in enumerate(_CARDS) for x in (f"{_SECTIONS[n]} · {n + 2} hours ago", h)]
    assert _related(lines) == _CARDS


def test_cards_with_a_section_and_date_under_each_headline_stay() -> None:
    lines = ["Most read"] + [x for n, h in enumerate(_CARDS) for x in (h, f"{_SECTIONS[n]}, {n + 3} March 2031")]
    assert _related(lines) == _CARDS


def test_a_writer_and_time_line_is_no_headline() -> None:
    assert comment_meta("kestrel.b · 2 hours ago") and comment_meta("Old Salt, 45 minutes ago")
    assert not comment_meta("Tram fares to rise in May · 2 hours ago")
    assert not comment_meta("Reply · 12")


def test_cjk_headlines_with_a_private_school_or_our_country_are_no_remarks() -> None:
    from tuiarchive.parser.related_comments import _remark

    assert _remark("私は毎朝この駅を使っています") and _remark("我觉得这条线路早该修了")
    assert not _remark("私立高校の授業料、来年度から無償化へ") and not _remark("我国港口吞吐量再创新高")


_PLAIN = [
    "The works on the east bank look slow from the ferry",
    "Three years for one bridge seems a long time to wait",
    "The old crossing had more character than this one",
]


def test_a_thread_of_plain_remarks_under_nicknames_and_times_is_no_list() -> None:
    # (no remark in the first or second person, no full stop: the nickname and the time over each tell)
    lines = ["Most read", *ITEMS, "", "Your views"]
    for handle, age, remark in zip(["quayside_jo", "pelican88", "m.okafor"], _AGES, _PLAIN, strict=True):
        lines += [handle, age, remark, "Like  Reply"]
    assert _related(lines) == ITEMS


def test_cards_with_a_small_section_and_time_over_and_a_button_under_each_stay() -> None:
    # (a section in small letters is in a handle's place, but no nickname's marks: the cards stay; with
    # a reader's "I" in one headline such cards are lost already on main 1701977: an older loss)
    cards = [_CARDS[0], "Harbour board names a new chief engineer", *_CARDS[2:]]
    lines = ["Most read"]
    for n, (section, headline) in enumerate(zip(["world", "local", "sport", "opinion"], cards, strict=True)):
        lines += [section, f"{n + 2} hours ago", headline, "Read more"]
    assert _related(lines) == cards
