"""benchmarks.related_junk's own check of a headline's shape (on made-up lines, written for the test)."""

from __future__ import annotations

import pytest

from benchmarks.related_junk import reason

BODY = "the harbour bridge opens in spring after three years of work on its two towers and the road"


@pytest.mark.parametrize(
    "item",
    [
        "Ferry crews vote to strike over summer rosters",
        "120-year-old lighthouse lamp returns to the quay",
        "iPhone owners queue at the harbour shop",
        "Report: tram fares to rise again in the new year",
        "Undone by the tide: the harbour wall that failed twice",
        "Ten years ago today the old ferry sank off the point",
        "港口大桥将于春季通车，工程历时三年",
    ],
)
def test_a_headline_passes(item: str) -> None:
    assert reason(item, set(), BODY) is None


@pytest.mark.parametrize(
    ("item", "why"),
    [
        ("Harbour", "words"),
        ("var ferry = new Ferry();", "code"),
        ('"publisher": "The Gazette"', "code"),
        ("great news for the town at last", "lower"),
        ("Read these stories next:", "ends-colon"),
        ("Download the Gazette app for free today", "button"),
        ("This report was shared 318 times", "count"),
        ("5 hours ago at 9:40 pm", "stamp"),
        ("Write to the desk at desk@example.invalid now", "address"),
        ("The harbour bridge opens in spring after three years of work", "page's own"),
    ],
)
def test_what_is_no_headline_is_told_why(item: str, why: str) -> None:
    assert reason(item, set(), BODY) == why


def test_the_pages_own_headline_is_no_item() -> None:
    assert reason("Harbour bridge to open in spring", {"harbour bridge to open in spring"}, "") == "page's own"
