"""Exact preconditions the rules test before a costly pattern (issue 12): a line that fails one holds no
match of the pattern, so the rule's answer is the same with or without it; each checked against the pattern
itself on lines drawn to hold a match of it and on lines around one."""

from __future__ import annotations

import re
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from tuiarchive.parser import (
    appeals,
    endnotes,
    names,
    related,
    related_comments,
    related_items,
    related_shapes,
    shape,
    stamps,
    stops,
)
from tuiarchive.parser.lexicon import lower_words
from tuiarchive.parser.lexicon_making import APPEARED_RE, PRINT_EDITION_RE

_MARKS = st.sampled_from(list(stops._WRITERS_MARKS))
_LETTERS = st.characters(max_codepoint=127) | st.sampled_from(list("·•–—éøß’ ")) | _MARKS


@settings(max_examples=300, deadline=None)
@given(
    st.text(_LETTERS, max_size=12),
    st.from_regex(stops._WRITERS_LINE_RE, alphabet=_LETTERS),
    st.text(_LETTERS, max_size=12),
)
def test_a_writers_line_holds_exactly_one_of_its_marks(before: str, match: str, after: str) -> None:
    for text in (match, before + match, match + after, before + match + after, before + after):
        one_mark = sum(map(text.count, stops._WRITERS_MARKS)) == 1
        assert one_mark or stops._WRITERS_LINE_RE.match(text) is None, text


def test_writers_lines_are_told_as_before() -> None:
    assert stops.writers_line("Mara Lindqvist, transport reporter")
    assert stops.writers_line("Ines Varga | Redakteurin Lokales")
    assert not stops.writers_line("Mara Lindqvist, transport reporter, Kingsport")  # two marks: no writer's line
    assert not stops.writers_line("Tomás Ferreira, teacher")  # a vox pop's job, not a writer's


_ASCII = st.characters(min_codepoint=32, max_codepoint=126)


@settings(max_examples=300, deadline=None)
@given(
    st.text(_ASCII, max_size=20),
    st.sampled_from(["us", "US", "Us", "usu", "bus", "_us", "us1"]),
    st.text(_ASCII, max_size=20),
)
def test_an_ascii_line_with_the_sites_us_has_it_among_its_words(before: str, us: str, after: str) -> None:
    for text in (before + us + after, us + after, before + us, before + after):
        found = appeals._US_RE.search(text) is not None
        assert appeals._us(text, lower_words(text)) == found, text


def test_the_sites_us_is_told_as_before() -> None:
    assert appeals.is_appeal("Tell us what you think: write to us at the harbour desk.")
    assert not appeals.is_appeal("The US and Canada signed the ferry treaty on Monday.")


_ANY = st.characters(max_codepoint=127) | st.sampled_from(list("“”‘’«»：，、·|éß— "))


def _holds(pattern: re.Pattern[str], precondition: Callable[[str], bool], method: str = "search") -> None:
    """Every line drawn to hold a match of `pattern` (and the lines around it) that `pattern` matches passes
    `precondition`: a line failing it is told without the pattern, rightly."""

    @settings(max_examples=100, deadline=None)
    @given(st.text(_ANY, max_size=12), st.from_regex(pattern, alphabet=_ANY), st.text(_ANY, max_size=12))
    def check(before: str, match: str, after: str) -> None:
        for text in (match, before + match, match + after, before + match + after, before + after):
            if getattr(pattern, method)(text) is not None:
                assert precondition(text), text

    check()


def test_a_quotation_opens_on_one_of_its_marks() -> None:
    _holds(shape._QUOTED_RE, lambda text: any(mark in text for mark in shape._QUOTE_OPENERS))
    assert shape._unquoted('He said "we will" and left.') == shape._QUOTED_RE.sub(" ", 'He said "we will" and left.')


def test_a_spaced_hyphen_holds_its_mark() -> None:
    _holds(names._SPACED_HYPHEN, lambda text: "-" in text or "/" in text)


def test_a_list_label_holds_its_colon() -> None:
    _holds(related._LABEL_SPLIT, lambda text: ":" in text or "：" in text)


def test_a_counted_header_ends_on_its_bracket() -> None:
    _holds(related_comments.COUNTED_HEADER_RE, lambda text: text.strip() != text or text.endswith((")", "]")), "match")


def test_a_listing_has_its_colon_near_the_start() -> None:
    _holds(related_items._LISTING_RE, lambda text: ":" in text[:26] or "：" in text[:26], "match")


def test_a_line_that_is_no_headline_holds_one_of_the_marks() -> None:
    _holds(related_shapes._NOT_HEADLINE, lambda text: any(mark in text for mark in related_shapes._NOT_HEADLINE_MARKS))


_ANY = st.characters(max_codepoint=0x24F) | st.sampled_from(list("’ "))


@settings(max_examples=300, deadline=None)
@given(st.text(_ANY, max_size=16), st.from_regex(endnotes._BASED_ON_RE, alphabet=_ANY), st.text(_ANY, max_size=16))
def test_a_line_saying_what_it_is_based_on_holds_one_of_the_stems(before: str, match: str, after: str) -> None:
    for text in (match, before + match + after, before + after):
        assert endnotes._based_on(text) == (endnotes._BASED_ON_RE.search(text) is not None), text


@settings(max_examples=300, deadline=None)
@given(st.text(_ANY, max_size=40))
def test_a_print_stamp_is_told_whichever_pattern_is_asked_first(text: str) -> None:
    # is_print_stamp asks APPEARED_RE before PRINT_EDITION_RE: both must match, so the order tells the same
    both = APPEARED_RE.search(text) is not None and PRINT_EDITION_RE.search(text) is not None
    assert both or not stamps.is_print_stamp(text), text


def test_notes_on_the_story_and_the_print_edition_are_told_as_before() -> None:
    assert endnotes.tells_its_making("This story is based on court records and interviews with twelve staff.")
    assert endnotes.tells_its_making("Dieser Bericht beruht auf Daten des Landesamts.")
    assert not endnotes.tells_its_making("The council said the plan was based on old figures.")
    assert stamps.is_print_stamp("This story appeared in the Saturday print edition.")
    assert stamps.is_print_stamp("Dieser Beitrag erschien in der Samstagsausgabe.")
    assert not stamps.is_print_stamp("The ferry appeared on the horizon at noon.")
