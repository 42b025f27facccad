"""shape.has_digit, the quick test for a figure in a line, answers as the pattern \\d does (any script's digits)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tuiarchive.parser.shape import DIGIT_RE, has_digit

LINES = [
    "",
    "No figure in this line at all.",
    "The ferry left at 9",
    "0 comments",
    "Kapitel ٣ beginnt hier",  # an Arabic-Indic digit
    "Runde ３ im Hallenbad",  # a full-width digit
    "第二章と三章",  # numerals written as words: no digit
    "Café ouvert dès l'aube",  # beyond ASCII, no digit
    "Ⅻ o'clock, ½ past",  # a Roman numeral and a fraction are no decimal digits
]


def test_has_digit_on_made_up_lines() -> None:
    for line in LINES:
        assert has_digit(line) == (DIGIT_RE.search(line) is not None), line


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .,7٣３²Ⅻé漢")))
def test_has_digit_as_the_pattern(line: str) -> None:
    assert has_digit(line) == (DIGIT_RE.search(line) is not None)
