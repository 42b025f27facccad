"""The changes benchmarks.related_robustness makes to a page's lists (on a made-up page)."""

from __future__ import annotations

from benchmarks.header_robustness import Sample
from benchmarks.related_robustness import _FOREIGN, _RENAMED, RELATED_PERTURBATIONS, known_wordings

ITEMS_A = ["Harbour ferry crews vote to strike over rosters", "City council delays the new tram depot plan"]
ITEMS_B = ["Lighthouse keeper retires after forty winters", "Storm closes the coast road for a second day"]
LINES = [
    "Tram fares rise again | Harbour Times",
    "Tram fares rise again",
    "The council raised fares for the third time this year.",
    "Most read",
    ITEMS_A[0],
    "2 hours ago",
    ITEMS_A[1],
    "Related",
    ITEMS_B[0],
    ITEMS_B[1],
    "© 2026 Harbour Times",
]


def _sample() -> Sample:
    label = {"file": "tram.txt", "title": "Tram fares rise again", "related_headlines": ITEMS_A + ITEMS_B}
    return Sample(label, list(LINES), "tram.txt", 0, 1)


def _apply(name: str) -> list[str]:
    s = _sample()
    got = RELATED_PERTURBATIONS[name](s, [s])
    assert got is not None
    return got[0]


def test_no_rule_knows_the_made_up_wordings() -> None:
    assert known_wordings() == []


def test_headers_are_renamed_dropped_or_put_in_another_language() -> None:
    renamed = _apply("renamed")
    assert renamed[3] in _RENAMED and renamed[7] in _RENAMED
    assert renamed[:3] == LINES[:3] and renamed[8:] == LINES[8:]
    assert _apply("other-language")[3] in _FOREIGN
    assert _apply("no-headers") == [t for t in LINES if t not in ("Most read", "Related")]


def test_items_shuffle_within_their_list_and_the_time_line_stays() -> None:
    lines = _apply("shuffle-items")
    assert sorted(lines[4:7:2]) == sorted(ITEMS_A) and lines[5] == "2 hours ago"
    assert sorted(lines[8:10]) == sorted(ITEMS_B)
    assert sorted(lines) == sorted(LINES)


def test_lists_come_in_reverse_order_with_their_headers() -> None:
    lines = _apply("reversed-lists")
    assert lines == LINES[:3] + LINES[7:10] + LINES[3:7] + LINES[10:]


def test_a_related_miss_names_the_items_missed_and_taken_wrongly() -> None:
    from benchmarks.header_robustness import _related_miss

    reading = {"related": [{"headline": "Ferry crews vote to strike"}, {"headline": "Sign up to our newsletter"}]}
    wanted = ["Ferry crews vote to strike", "Tram line to reach the old town"]
    assert _related_miss("related_recall", reading, wanted) == ("1 of 2 missed", ["Tram line to reach the old town"])
    got, taken = _related_miss("related_precision", reading, wanted)
    assert (got, taken) == ("Sign up to our newsletter", "1 of 2 taken are none of the labelled items")
