"""Speed rewrites of the parser's page-level readings (issue 12, session 39) answer as the plain code they
replaced: each is compared with that code on made-up text, ASCII or not."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from tuiarchive.parser import related_comments, shape, title
from tuiarchive.parser.anycase import lowered
from tuiarchive.parser.lexicon import CJK_REPORTER_RE
from tuiarchive.parser.names import cjk_name_alone

# words, names, handles and times as comment lines and paragraphs print them, with their marks between
_META_PIECES = ["harbourfan_77", "Old", "Salt", "2", "hours", "ago", "vor", "3", "Stunden", "·", "•", "|", "–",
                "-", ",", ", ", " , ", "  ", "\u00a0", "\t", "Politics", "the", "ferry", "late", "林雨晴"]  # fmt: skip
_META = st.lists(st.sampled_from(_META_PIECES), max_size=16).map("".join) | st.lists(
    st.sampled_from(_META_PIECES), max_size=16
).map(" ".join)


def _plain_two_parts(text: str) -> list[str] | None:
    parts = [p.strip() for p in related_comments._META_PARTS_RE.split(text) if p.strip()]
    return parts if len(parts) == 2 else None


@given(_META)
@example("marta.k · 2 hours ago")
@example("Old Salt, 45 minutes ago, edited")
@example(" | seebaer | ")
@example("The ferry ran late, the driver said, and the pier was shut.")
def test_meta_parts_as_the_whole_split(text: str) -> None:
    assert related_comments._two_parts(text) == _plain_two_parts(text)


_ASCII = st.text(alphabet=st.characters(max_codepoint=127), max_size=40)


@given(_ASCII, st.booleans())
def test_an_ascii_line_is_no_cjk_name(text: str, japanese: bool) -> None:
    """header_cjk_names.cjk_name_line says no to an ASCII line before it looks for the page's kana."""
    assert not cjk_name_alone(text, japanese=japanese)


_WORD = st.sampled_from(["ferry", "pier", "tide", "harbour", "mayor", "vote", "rain", "bridge"])
_SPAN = st.tuples(st.integers(0, 12), st.integers(0, 6), st.sets(_WORD, max_size=6))
_PARAGRAPHS = st.lists(_SPAN.map(lambda t: (t[0], t[0] + t[1], t[2])), max_size=3)


@given(st.sets(_WORD, max_size=5), st.integers(0, 20), _PARAGRAPHS)
def test_words_around_as_the_union(own: set[str], i: int, paragraph_words: list[tuple[int, int, set[str]]]) -> None:
    text_words: set[str] = set().union(*(w for _, _, w in paragraph_words))
    if any(a <= i <= b for a, b, _ in paragraph_words):
        around = set().union(*(w for a, b, w in paragraph_words if not a <= i <= b))
    else:
        around = text_words
    assert title.words_around(own, i, paragraph_words, text_words) == len(own & around)


_LINE = st.text(alphabet="aZé3 .,'()[]-–\u00a0\t\nΣ中", max_size=60) | _META


@given(_LINE)
@example("What readers say (3)")
@example("Leserstimmen [12]\n")
def test_a_counted_header_ends_with_its_bracket(text: str) -> None:
    """_under_counted_header asks the pattern only of stripped lines that end with a bracket."""
    stripped = text.strip()
    if related_comments.COUNTED_HEADER_RE.match(stripped):
        assert stripped.endswith((")", "]"))


def _plain_short(text: str, words: int) -> bool:
    return 1 <= len(text.split()) <= words and not text.endswith(related_comments.END_MARKS)


@given(_LINE, st.integers(0, 8))
@example("2 hours ago", 3)
@example("one two three four", 3)
def test_short_as_the_whole_split(text: str, words: int) -> None:
    assert related_comments._short(text, words) == _plain_short(text, words)


@given(st.lists(st.text(alphabet="aZÉé中ⓐ3. ", min_size=1, max_size=6).filter(str.strip), max_size=20))
@example(["The", "Harbour", "reopens", "É", "3"])
def test_first_capitals_as_plain(words: list[str]) -> None:
    tokens = " ".join(words).split()
    assert shape.first_capitals(tokens) == sum(1 for t in tokens if t[0].isupper())


@given(_LINE)
def test_a_line_lowered_once_is_lowered(text: str) -> None:
    assert lowered(text) == text.lower()


@given(_ASCII)
@example("Reporter Jo Ng, staff writer")
def test_an_ascii_line_names_no_cjk_reporter(text: str) -> None:
    """header_author.find_author asks CJK_REPORTER_RE only of a line with a character beyond ASCII."""
    assert CJK_REPORTER_RE.search(text) is None
