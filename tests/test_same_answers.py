"""Speed rewrites of the parser's line measures answer as the plain code they replaced (issue 12):
each is compared with that code on any text, ASCII or not."""

from __future__ import annotations

import hashlib

from hypothesis import given
from hypothesis import strategies as st

from tuiarchive.model import content_hash
from tuiarchive.parser import span
from tuiarchive.parser.shape import _lower_ratio

# letters in both cases, digits, punctuation, spaces, and characters that are small letters
# without being letters (ⓐ), letters without case (ª, 中), other spaces
_TEXT = st.text(alphabet="aZ3 .,'\"()-–\u00a0\u2003ⓐªÉé中\n\t", max_size=200)


def _plain_lower_ratio(text: str) -> float:
    tokens = [t for t in text.split(maxsplit=60)[:60] if t[:1].isalpha()]
    if not tokens:
        return 0.0
    return sum(1 for t in tokens if t[0].islower()) / len(tokens)


@given(_TEXT)
def test_lower_ratio_as_plain(text: str) -> None:
    assert _lower_ratio(text) == _plain_lower_ratio(text)


def test_lower_ratio_counts_only_letters() -> None:
    assert _lower_ratio("ⓐ ⓑ Word word") == 0.5  # ⓐ is in small letters, not a letter
    assert _lower_ratio("the Cat sat") == 2 / 3


@given(_TEXT)
def test_measure_counts_as_plain(text: str) -> None:
    para = span.measure.__wrapped__(text)
    tokens = text[: span._SAMPLE_CHARS].split()
    assert para.lower_words == sum(t[:1].islower() for t in tokens)
    listable = (
        0 < len(tokens) <= span._ITEM_SAMPLE
        and 2 * sum(t.strip(span._PUNCTUATION).isalpha() for t in tokens) >= len(tokens)
        and not (span.L.is_chrome(text) or span._is_label(text))
    )
    assert para.listable == listable


def test_content_hash_of_each_bytes() -> None:
    """The last answer is kept for the same bytes object: others are hashed."""
    first, second = b"An article, one.\n", b"An article, two.\n"  # the same length
    for data in (first, first, second, first, bytes(bytearray(second)), b""):
        assert content_hash(data) == hashlib.blake2b(data, digest_size=16).hexdigest()
