"""Word counts the parser stops early (issue 12: a paragraph is not split whole to learn that it
has more words than a rule asks about): the same answers as counting every word."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tuiarchive.parser.bylines import is_role_line
from tuiarchive.parser.captions import is_photo_credit
from tuiarchive.parser.paragraphs import fewer_words

_WORDS = st.lists(st.sampled_from(["word", "Harbour", "a", " ", "  ", "\t", "\n", "\u00a0", "x.", ". ", "Reuters"]))
_PARAGRAPHS = st.lists(_WORDS.map("".join), max_size=8)


@given(_PARAGRAPHS, st.floats(min_value=0.0, max_value=40.0))
def test_fewer_words_says_what_counting_every_word_says(paragraphs: list[str], limit: float) -> None:
    assert fewer_words(paragraphs, limit) == (sum(len(p.split()) for p in paragraphs) < limit)


def test_fewer_words_at_the_edges() -> None:
    assert fewer_words([], 1.0) and not fewer_words([], 0.0)
    assert fewer_words(["one two", "three"], 3.5) and not fewer_words(["one two", "three"], 3.0)
    assert not fewer_words(["one two three four five six", "seven"], 2.4)  # more than wanted: counted no further
    assert fewer_words(["one   two ", " three"], 4)


def test_a_role_line_of_many_words_is_none_however_its_words_are_counted() -> None:
    assert is_role_line("Senior correspondent, in Sarnow")
    assert not is_role_line("Senior correspondent, " + "word " * 15)  # 17 words
    assert is_role_line("Senior correspondent, " + "word " * 14)  # 16 words, a comma


def test_two_credits_in_one_line_and_a_paragraph_of_sentences() -> None:
    assert is_photo_credit("Illustration by Jo Ng. Photo by Tom Ash")
    assert not is_photo_credit("Illustration by Jo Ng. Photo by Tom Ash. Photo by Ann Lee")


_ASCII_TEXT = st.text(alphabet=st.characters(max_codepoint=127), max_size=400)


@given(st.lists(_ASCII_TEXT | _WORDS.map("".join), max_size=25), st.integers(min_value=0, max_value=60))
def test_the_first_words_of_paragraphs_are_those_of_the_paragraphs_joined(paragraphs: list[str], count: int) -> None:
    from tuiarchive.parser.paragraphs import _first_words

    assert _first_words(paragraphs, count) == " ".join(paragraphs).split(None, count)[:count]


@given(_ASCII_TEXT)
def test_an_ascii_lines_content_words_are_those_the_word_pattern_finds(text: str) -> None:
    from tuiarchive.parser.lexicon import STOP_WORDS
    from tuiarchive.parser.title import _LONG_WORD_RE, content_words

    words = set(_LONG_WORD_RE.findall(text[:300].lower())) - STOP_WORDS
    assert content_words(text) == {w for w in words if not w.isdigit()}


def test_content_words_of_a_made_up_headline() -> None:
    from tuiarchive.parser.title import content_words

    assert content_words("The harbour_master's 2 new ferries, at 10:30 (a first)") == {
        "harbour_master",
        "ferries",
        "first",
        "new",
    }


@given(_ASCII_TEXT | st.text(max_size=200))
def test_a_lines_small_letter_words_are_those_the_word_pattern_finds(text: str) -> None:
    import re

    from tuiarchive.parser.lexicon import lower_words

    assert list(lower_words(text)) == re.findall(r"\w+", text.lower())


def test_small_letter_words_of_a_made_up_line() -> None:
    from tuiarchive.parser.lexicon import lower_words

    # (made up) an underscore joins a word, other marks part them; an accented line goes through the pattern
    assert lower_words("Our snake_case NOTE: it's 2,400 (est.)\x1fend-to-end") == (
        "our", "snake_case", "note", "it", "s", "2", "400", "est", "end", "to", "end",
    )  # fmt: skip
    assert lower_words("Überall Café: NEU_1") == ("überall", "café", "neu_1")


@given(_ASCII_TEXT | st.text(max_size=200))
def test_a_lines_letters_and_digits_are_counted_as_the_characters_tests_count_them(text: str) -> None:
    from tuiarchive.parser.shape import count_digits, count_letters

    assert count_letters(text) == sum(map(str.isalpha, text))
    assert count_digits(text) == sum(map(str.isdigit, text))


def test_letters_and_digits_of_a_made_up_line() -> None:
    from tuiarchive.parser.shape import count_digits, count_letters

    assert (count_letters("Ferry 42: at 9_30!"), count_digits("Ferry 42: at 9_30!")) == (7, 5)
    assert (count_letters("Fähre ²3"), count_digits("Fähre ²3")) == (5, 2)  # (a superscript two is a digit)
