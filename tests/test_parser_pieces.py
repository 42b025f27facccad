"""parser/pieces.py: a sieved pattern answers as the pattern does (search, match, split), for every sieved
pattern of the parser, on lines drawn to hold a match of it in any case (ASCII and beyond) and on lines
around it; the pieces read from a pattern's parse are those every match holds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tuiarchive.parser.extract  # noqa: F401  (every stage loaded: their sieved patterns made)
from tuiarchive.parser.pieces import SIEVED, Sieved, pieces_of


def _letters(pattern: re.Pattern[str]) -> st.SearchStrategy[str]:
    """ASCII, the pattern's other characters and their capitals, a curly quote, and the letters IGNORECASE
    matches to an ASCII one ("ı", "İ", "ſ", the Kelvin sign)."""
    own = {ch for ch in pattern.pattern if not ch.isascii()}
    own |= {ch.upper() for ch in own if len(ch.upper()) == 1}
    return st.characters(max_codepoint=127) | st.sampled_from(sorted(own | set("’“ıİſ\u212aé")))


_PARTNERS = str.maketrans({"s": "ſ", "i": "ı", "k": "\u212a", "I": "İ"})  # each matched by IGNORECASE to its ASCII


def _answers(pattern: re.Pattern[str] | Sieved, text: str) -> tuple:
    found, at_start = pattern.search(text), pattern.match(text)
    return (found and found.span(), at_start and at_start.span(), pattern.split(text, 1))


@pytest.mark.parametrize("sieved", SIEVED, ids=lambda s: s.pattern.pattern[:40])
def test_a_sieved_pattern_answers_as_the_pattern(sieved: Sieved) -> None:
    letters = _letters(sieved.pattern)
    sieved.read_pieces()
    assert pieces_of(sieved.pattern) is not None  # (else it is never sieved)

    @given(
        st.text(letters, max_size=10), st.from_regex(sieved.pattern, alphabet=letters), st.text(letters, max_size=30)
    )
    def check(before: str, match: str, after: str) -> None:
        partners = (before + match + after).translate(_PARTNERS)
        for text in (before + match + after, match, before + after, (before + match).upper(), after, partners):
            assert _answers(sieved, text) == _answers(sieved.pattern, text), text
        assert sieved.may_match(match)

    check()


def test_the_parsers_patterns_are_sieved() -> None:
    assert len(SIEVED) >= 3


@pytest.mark.parametrize(
    ("pattern", "pieces"),
    [
        (re.compile(r"\b(?:shared|viewed|read) [\d,.]+ times"), {(" times", False)}),
        (re.compile(r"\b(?:shared|viewed)\s+\d+\s+times?", re.I), {("shared", True), ("viewed", True)}),
        (re.compile(r"[{}]|=>|\w\(\)"), {("{", False), ("}", False), ("=>", False), ("()", False)}),
        (re.compile(r"(?-i:Ab)c|x{2,}", re.I), {("Ab", False), ("x", True)}),
        (re.compile(r"^(?:log ?in|sign (?:in|up))", re.I), {("log", True), ("sign ", True)}),
        (re.compile(r"Foo|BAR", re.I), {("foo", True), ("bar", True)}),
        (re.compile(r"\bfoo|\d+"), None),
        (re.compile(r"(?:ab)?c*"), None),
        (re.compile(r"[^{}]|ı", re.I), None),
    ],
)
def test_the_pieces_every_match_holds(pattern: re.Pattern[str], pieces: set | None) -> None:
    assert pieces_of(pattern) == (None if pieces is None else frozenset(pieces))


def test_a_pattern_is_searched_as_it_is_for_its_first_lines() -> None:
    sieved = Sieved(re.compile(r"[{}]"))
    SIEVED.remove(sieved)
    assert all(sieved.may_match("plain") for _ in range(50))  # its pieces read at the 50th
    assert not sieved.may_match("plain")
