"""The words a line's stop words and boilerplate words are counted on (lexicon.plain_words) are split once
and shared: the counts must be those of the line's own words, lowered and stripped one by one. Made-up
lines (ours), with the letters whose small form is longer or special ("İ", "ß"), a no-break space and a
line of marks only."""

from __future__ import annotations

from itertools import repeat

import pytest

from tuiarchive.parser.lexicon import (
    _EDGE_PUNCTUATION,
    STOP_WORDS,
    boilerplate_kinds,
    line_boilerplate_kinds,
    plain_words,
    stop_word_density,
)

LINES = [
    "Share this story on Facebook, Twitter or by e-mail.",
    "“The harbour was quiet,” she said — and then the ferry came in.",
    "İSTANBUL: Die Straße bleibt gesperrt (Foto: Jo Ng / Getty Images)",
    "Subscribe\u00a0to our newsletter\u2009— it's free!",
    "... — !!! ???",
    "",
    "   ",
    "Related: Most-read stories, trending now",
]


@pytest.mark.parametrize("line", LINES)
def test_the_plain_words_are_the_lines_words_lowered_and_stripped_one_by_one(line: str) -> None:
    assert plain_words(line) == tuple(w.lower().strip(_EDGE_PUNCTUATION) for w in line.split())


@pytest.mark.parametrize("line", LINES)
def test_boilerplate_kinds_of_a_line_are_those_of_its_words(line: str) -> None:
    assert line_boilerplate_kinds(line) == boilerplate_kinds(line.split())


@pytest.mark.parametrize("line", LINES)
def test_stop_word_density_counts_the_lines_own_words(line: str) -> None:
    tokens = line.lower().split()
    stripped = list(map(str.strip, tokens, repeat(_EDGE_PUNCTUATION)))
    expected = sum(w in STOP_WORDS for w in stripped) / len(tokens) if tokens else 0.0
    assert stop_word_density(line) == expected


def test_the_counts_see_boilerplate_and_stop_words() -> None:
    kinds, hits = line_boilerplate_kinds("Share this story on Facebook, Twitter or by e-mail.")
    assert kinds and hits == 4  # share, facebook, twitter, e-mail
    assert stop_word_density("the harbour and the ferry") == 3 / 5
