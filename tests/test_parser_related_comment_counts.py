"""Stage `related`, its last look: a readers' comment thread with a count under each comment ("14
upvotes", "Antworten · 3") is no list, told by its shape: a writer's handle, the comment's time,
its text, and a count line whose word comes back under the next comment, whatever the word (brief
s37 item 2: comments listed as items on pages nobody described). A list's cards with a time over
each headline and a count under it stay: there the line over the time is the card before's count,
or a section's word or two in capitals, not a handle. Every page here is made up for the tests
(madeup_related and our own lines): no real page's text, count words chosen to be in no list of ours."""

from __future__ import annotations

import pytest
from madeup_related import ITEMS
from madeup_related import related as _related

_THREADS = {
    "en": (
        "Talk about this",
        ["quaywatcher_9", "kestrel.b", "ferryman"],
        ["3 hours ago", "2 hours ago", "40 minutes ago"],
        [
            "Honestly the crossing should have been fixed before the summer crowds arrived",
            "I drive over it twice a day and the queues have doubled since the spring",
            "Good to see the engineers finally listened to the people who live by the water",
        ],
        lambda n: f"{(14, 6, 1)[n]} upvotes",
    ),
    "de": (
        "Leserforum",
        ["hafenkind", "m.brandt", "nordlicht_88"],
        ["vor 5 Stunden", "vor 3 Stunden", "vor 1 Stunde"],
        [
            "Ich wohne direkt an der Brücke und höre den Baulärm seit zwei Jahren",
            "Schön wäre es, wenn der Bus endlich wieder über die Brücke fahren dürfte",
            "Wer zahlt am Ende die Mehrkosten, das möchte ich gern einmal wissen",
        ],
        lambda n: f"{(9, 4, 2)[n]} Daumen hoch",
    ),
    "es": (
        "Opiniones",
        ["gaviota_22", "lu.ferrer", "marinero"],
        ["hace 4 horas", "hace 2 horas", "hace 30 minutos"],
        [
            "Yo cruzo ese puente cada mañana y el atasco ya no se aguanta",
            "Ojalá terminen antes del verano, que luego llegan los turistas",
            "Mi abuelo trabajó en el puente viejo y le daría pena verlo desaparecer",
        ],
        lambda n: f"Apoyos ({(11, 5, 3)[n]})",
    ),
}


@pytest.mark.parametrize("lang", sorted(_THREADS))
def test_a_thread_with_a_count_under_each_comment_is_no_list(lang: str) -> None:
    header, handles, times, remarks, count = _THREADS[lang]
    lines = ["Most read", *ITEMS, "", header]
    for n, (handle, time, remark) in enumerate(zip(handles, times, remarks, strict=True)):
        lines += [handle, time, remark, count(n)]
    assert _related(lines) == ITEMS


def test_a_thread_with_the_handle_and_no_time_over_each_comment_is_no_list() -> None:
    _, handles, _, remarks, count = _THREADS["en"]
    lines = ["Most read", *ITEMS, "", "Talk about this"]
    for n, (handle, remark) in enumerate(zip(handles, remarks, strict=True)):
        lines += [f"@{handle}", remark, count(n)]
    assert _related(lines) == ITEMS


_CARDS = [
    "Ferry crews vote to strike over summer rosters",
    "Why I gave up my car for the harbour bus",
    "New tram line to reach the old town by 2028",
    "Fishing fleet returns early as storm nears coast",
]


def test_cards_with_a_time_over_and_a_count_under_each_headline_stay() -> None:
    # (one headline speaks as a reader would: "I"; the line over each time is the card before's count)
    lines = ["Most read"] + [x for n, h in enumerate(_CARDS) for x in (f"{n + 2} hours ago", h, f"{3 * n + 2} replies")]
    assert _related(lines) == _CARDS


def test_cards_with_a_section_and_a_time_over_and_a_count_under_each_headline_stay() -> None:
    sections = ["Politics", "Travel", "Local Life", "Science"]
    lines = ["Most read"]
    for n, (section, headline) in enumerate(zip(sections, _CARDS, strict=True)):
        lines += [section, f"{n + 2} hours ago", headline, f"{3 * n + 2} replies"]
    assert _related(lines) == _CARDS
