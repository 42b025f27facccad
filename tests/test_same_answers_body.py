"""Speed rewrites of the body side's line measures answer as the plain code they replaced (issue 12):
each is compared with that code on any text, ASCII or not, and with the words its quick tests look for."""

from __future__ import annotations

import re
from functools import reduce
from itertools import repeat
from operator import or_

from hypothesis import given
from hypothesis import strategies as st

from tuiarchive.parser import captions, chrome, lexicon
from tuiarchive.parser.anycase import search_any_case
from tuiarchive.parser.page import to_lines
from tuiarchive.parser.paragraphs import _paragraph_lines, paragraph_lines

# letters in both cases, digits, punctuation, spaces, letters a case-blind pattern matches to ASCII
# ones ("ı", "ſ", the Kelvin sign), and letters without case
_TEXT = st.text(alphabet="aZ3 .,:;'\"()/|-–…\u00a0ıſ\u212aÉé中", max_size=200)
# pieces of appeals, pronouns, pictures' credits and boilerplate words, in any case
_PIECES = ["you", "You", "YOUR", "yours", "we", "We", "our", "Our", "us", "US", "thus", "Ourselves", "you're",
           "support", "SUPPORT", "us.", "become a member", "membership", "Subscribe", "donate", "donations",
           "sign up", "newsletter", "a tip", "tips@harbour.example", "send us", "Ctrl + Enter", "contact us",
           "get in touch", "Patreon", "join", "Join our", ".", "said:", "Photo:", "photograph", "pictures",
           "IMAGE", "Credit", "video", "...", "…", "Jo Ng", "/", "Getty Images", "|", "Purchase Licensing Rights",
           "share", "Tweet", "(comments)", "©", "e-mail", "Related:", "pıcture", "ſupport"]  # fmt: skip
_WORDS = st.lists(st.sampled_from(_PIECES), max_size=16).map(" ".join)
_ANY = _TEXT | _WORDS


def _plain_is_end_matter(text: str) -> bool:
    """is_end_matter with its pronoun test as the two patterns it was and no pre-check of the appeal."""
    if len(text) > 600:
        return False
    if chrome.match_any_case(chrome._NOTE_LINE_RE, text) or chrome._BIO_RE.match(text):
        return True
    if chrome.match_any_case(chrome._NEWSLETTER_HEAD_RE, text):
        return True
    if '"' in text or "“" in text or "”" in text or len(text.split(None, 60)) > 60:
        return False
    second_person = re.search(r"[Yy](?<!\w.)ou(?:r|rs)?\b", text)
    first_plural = re.search(r"[WwOou](?<!\w.)(?:(?<=[Ww])e|(?<=[Oo])ur|(?<=u)s)\b", text)
    return bool(second_person or first_plural) and search_any_case(chrome._APPEAL_RE, text)


@given(_ANY)
def test_is_end_matter_as_plain(text: str) -> None:
    assert chrome.is_end_matter.__wrapped__(text) == _plain_is_end_matter(text)


def test_appeals_still_told() -> None:
    for line in ("Support our journalism: become a member today.", "If you spot an error, send us a tip.",
                 "Ctrl + Enter: tell us about a mistake you found"):  # fmt: skip
        assert chrome.is_end_matter.__wrapped__(line), line
    assert not chrome.is_end_matter.__wrapped__("We crossed the harbour before the ferry left.")


def _plain_is_caption(text: str) -> bool:
    """is_caption with its inline credit pattern searched wherever a mark of it is (the pattern's own marks)."""
    if len(text) < 25:
        return False
    if captions._CAPTION_START_RE.match(text):
        return True
    if len(text) > 600:
        return False
    marked = "/" in text or "|" in text or ":" in text or "…" in text or "..." in text
    return bool(
        (text.rstrip()[-1:] in (")", "]") and search_any_case(captions._CAPTION_CREDIT_RE, text))
        or (marked and captions._CAPTION_INLINE_CREDIT_RE.search(text))
    )


@given(_ANY)
def test_is_caption_as_plain(text: str) -> None:
    assert captions.is_caption.__wrapped__(text) == _plain_is_caption(text)


def test_inline_credits_still_told() -> None:
    for word in ("Photo", "Photograph", "Image", "Picture", "Pic", "Credit", "Video"):
        line = f"The harbour at dawn on Tuesday. {word}: Jo Ng"
        assert captions.is_caption.__wrapped__(line), line
    for line in ("Boats in the new marina. Image credit... Tom Ash", "The quay at noon: Purchase Licensing Rights"):
        assert captions.is_caption.__wrapped__(line), line
    assert not captions.is_caption.__wrapped__("The mayor said: the bridge opens in May, and fares stay.")


def _plain_boilerplate_kinds(tokens: list[str]) -> tuple[int, int]:
    bits = [lexicon._BOILERPLATE_WORDS.get(t.lower().strip(lexicon._EDGE_PUNCTUATION), 0) for t in tokens]
    return (reduce(or_, set(bits)), len(bits) - bits.count(0)) if any(bits) else (0, 0)


@given(_ANY)
def test_boilerplate_kinds_as_plain(text: str) -> None:
    tokens = text.split()
    assert lexicon.boilerplate_kinds(tokens) == _plain_boilerplate_kinds(tokens)


_LINES = ["Harbour council backs the ferry plan", "The vote was close.", "It passed", "by two votes.", "", "Tags"]


@given(st.lists(st.sampled_from(_LINES), max_size=8), st.lists(st.sampled_from(_LINES[:4]), max_size=4))
def test_paragraph_lines_keeps_only_the_same_question(raw: list[str], body: list[str]) -> None:
    """The last answer is given again only for the same lines and body: other lines (even with the
    same texts), another body, or the same after another question are worked out."""
    lines, twin = to_lines(raw), to_lines(raw)
    if not lines:
        return
    assert paragraph_lines(lines, body) == _paragraph_lines(lines, body)
    assert paragraph_lines(lines, body) == _paragraph_lines(lines, body)
    assert paragraph_lines(twin, body[:1]) == _paragraph_lines(twin, body[:1])
    answer = paragraph_lines(lines, body)
    answer.append((99, 99))  # a caller's change to its answer is not kept
    assert paragraph_lines(lines, body) == _paragraph_lines(lines, body)


def test_strip_with_repeated_argument() -> None:
    """boilerplate_kinds strips each word as str.strip(word, _EDGE_PUNCTUATION) does."""
    words = ["(Share)", "«comments»", "—photo—", "e-mail", "©"]
    assert list(map(str.strip, words, repeat(lexicon._EDGE_PUNCTUATION))) == [
        w.strip(lexicon._EDGE_PUNCTUATION) for w in words
    ]


def test_line_measures_memo_keeps_short_lines_only() -> None:
    """features._base remembers a line's measures (the same as measured afresh), never a line
    longer than MAX_CLASSIFY (a worker would keep huge lines alive)."""
    from tuiarchive.parser import features
    from tuiarchive.parser.thresholds import MAX_CLASSIFY

    short = "The harbour ferry leaves at noon from the north quay, tide permitting (made up, memo test)."
    long = "The harbour ferry leaves at noon. " * (MAX_CLASSIFY // 30)
    assert len(long) > MAX_CLASSIFY
    info = features._remembered_measures.cache_info
    misses = info().misses
    assert features._base(long, True, False) == features._line_measures(long, True, False)
    assert info().misses == misses  # not asked of the memo
    assert features._base(short, False, True) == features._line_measures(short, False, True)
    hits = info().hits
    assert info().misses == misses + 1
    assert features._base(short, False, True) == features._line_measures(short, False, True)
    assert info().hits == hits + 1
    assert features._base(short, False, False) != features._base(short, False, True)  # is_date is in the key
