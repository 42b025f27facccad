"""The fast path for case-blind patterns answers exactly as the patterns themselves."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tuiarchive.parser import anycase, bylines, captions, chrome
from tuiarchive.parser.anycase import make_twin, match_any_case, search_any_case

# the line rules' case-blind patterns that go through the fast path
PATTERNS = [
    chrome._CHROME_RE,
    chrome._PAYWALL_RE,
    chrome._APPEAL_RE,
    chrome._CTA_RE,
    bylines._ROLE_WORDS,
    captions._CAPTION_CREDIT_RE,
    chrome._RELATED_HEADER_RE,
    chrome._NOTE_LINE_RE,
]
LINES = [
    "Subscribe to continue reading",
    "SUBSCRIBE TO CONTINUE READING",
    "Already a Subscriber? Sign In",
    "Consider becoming a Member today",
    "Follow Us on X",
    "Senior Correspondent, in Kyiv",
    "A man walks past the ruins (Photo: Jane Roe/AFP)",
    "Tags: politics, Europe",
    "UPDATE: this story was corrected",
    "The Kelvin sign \u212a and a long \u017f are not ASCII",
    "İstanbul: Related stories",
    "He said: 'We will not stop.'",
]
words = st.sampled_from(
    ["subscribe", "Continue", "READING", "us", "on", "tags", ":", "photo", "(", ")", "/", "AFP", "member", "x", "the"]
)
ascii_lines = st.lists(words, max_size=8).map(" ".join) | st.text(
    alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=60
)


@pytest.fixture(autouse=True)
def twins_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The twins made at a pattern's first test (the parser waits for its 50th)."""
    monkeypatch.setattr(anycase, "_COMPILE_AFTER", 1)
    monkeypatch.setattr(anycase, "_TWINS", {})


def test_known_lines_answer_as_the_patterns_do() -> None:
    for pattern in PATTERNS:
        for line in LINES:
            assert search_any_case(pattern, line) == bool(pattern.search(line)), (pattern.pattern[:40], line)
            assert match_any_case(pattern, line) == bool(pattern.match(line)), (pattern.pattern[:40], line)


@settings(max_examples=300, deadline=None)
@given(ascii_lines)
def test_any_ascii_line_answers_as_the_patterns_do(line: str) -> None:
    for pattern in PATTERNS:
        assert search_any_case(pattern, line) == bool(pattern.search(line))
        assert match_any_case(pattern, line) == bool(pattern.match(line))


def test_the_fast_path_is_taken_only_where_it_gives_the_same_answer() -> None:
    assert make_twin(chrome._PAYWALL_RE) is not None  # the point of it: a plain search over small letters
    assert make_twin(re.compile(r"Reuters", re.I)) is None  # a capital in the pattern
    assert make_twin(re.compile(r"\x41bc", re.I)) is None  # a character by its code
    assert make_twin(re.compile("\u212aelvin", re.I)) is None  # matches "kelvin" in ASCII, case-blind
    assert make_twin(re.compile(r"abc")) is None  # not case-blind: nothing to gain
    kelvin = re.compile("\u212a", re.I)
    assert search_any_case(kelvin, "k") and match_any_case(kelvin, "K")


def test_a_pattern_is_tested_as_it_is_until_its_twin_pays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(anycase, "_COMPILE_AFTER", 3)
    pattern = re.compile(r"continue reading", re.I)
    for _ in range(2):
        assert search_any_case(pattern, "Continue Reading")
        assert anycase._TWINS[id(pattern)][1] is None  # not made yet: a one-page process never pays for it
    assert search_any_case(pattern, "CONTINUE READING")
    assert anycase._TWINS[id(pattern)][1] is not None
    assert not search_any_case(pattern, "continue")
