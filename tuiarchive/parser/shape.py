"""A line's shape: does it read as a sentence, a headline's title case, a call to the reader?

The predicates that look only at how a line is written (its words, capitals and last
character), not at what it says; the other line rules build on them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress
from operator import itemgetter, not_

from .thresholds import HEADLINE_YOU_WORDS, PAGE_CACHE

DIGIT_RE = re.compile(r"\d")
_ASCII_DIGITS = "0123456789"


def has_digit(text: str) -> bool:
    """DIGIT_RE.search(text) is not None: each of 0-9 looked for in C (a scan for one character) before the
    pattern, which is tried at every character (five times slower on a paragraph with no figure); a line
    without an ASCII digit holds another only beyond ASCII."""
    if any(map(text.__contains__, _ASCII_DIGITS)):
        return True
    return not text.isascii() and DIGIT_RE.search(text) is not None


TERMINAL = tuple('.!?…"”’)»。！？」』）')  # and the full-width ends of CJK sentences ("……去年。（完）" as "...year.)")

# Short words that title case keeps lower case in every style; capitalised, they are a tell of
# machine title-casing (tags, menus). Longer prepositions ("With", "Amid") are capitalised by AP style.
_FUNCTION_WORDS = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "and", "or", "as", "nor"}
FIRST = itemgetter(0)  # a word's first character (split gives no empty word)
# "us" only in lower case: "US" is a country.
# ("you", "your", "yours", "we", "our", "ours", "us" as words: written to start with the word's first
# letter, the word's start checked after it, so that re scans for those letters, not every place)
_UI_PRONOUN_RE = re.compile(r"[YyWwOou](?<!\w.)(?:(?<=[Yy])ou(?:rs?)?|(?<=[Ww])e|(?<=[Oo])urs?|(?<=u)s)\b")
_QUOTED_RE = re.compile(r"[\"“”‘’'][^\"“”]*[\"“”’']")
_QUOTE_OPENERS = "\"“”‘’'"  # every quotation _QUOTED_RE finds opens on one of these


def _unquoted(text: str) -> str:
    """_QUOTED_RE.sub(" ", text): a line with no quotation mark is told in C, not by the pattern's try at each
    character (issue 12)."""
    return _QUOTED_RE.sub(" ", text) if any(map(text.__contains__, _QUOTE_OPENERS)) else text


# The reader addressed ("you"), or the site speaking of itself as an object or owner ("follow
# us", "our newsletter"); a bare "we" is as often the writer's own statement ("We rate the
# statement Mostly True."). (Written as _UI_PRONOUN_RE is, to start with the words' first letters: with
# \b first, re tried the words at every place of every paragraph the span stage asks of, 2% of a BBC page.)
_READER_RE = re.compile(r"[YyOou](?<!\w.)(?:(?<=[Yy])ou(?:rs?)?|(?<=[Oo])urs?|(?<=u)s)\b")


def words(text: str) -> list[str]:
    return text.split()


_UI_VERBS = {
    "provide", "send", "contact", "take", "tell", "give", "share", "report", "follow", "sign", "subscribe",
    "watch", "listen", "get", "try", "join", "download", "click", "tap", "learn", "see", "view", "explore",
    "discover", "support", "donate", "register", "log", "enter", "submit", "manage", "choose", "select",
    "enable", "allow", "accept", "continue", "start", "upgrade", "visit", "check", "browse", "search",
    "expand", "collapse", "toggle", "dismiss", "hide",
}  # fmt: skip


def is_ui_imperative(text: str) -> bool:
    """ "Provide news feedback or report an error", "Take our Survey": the site talking, not news."""
    words_ = text.split()
    return bool(words_) and words_[0].lower() in _UI_VERBS and len(words_) <= 10


_MINOR_WORDS = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "and", "or", "as", "nor", "but",
                "with", "from", "vs", "via", "per", "is"}  # fmt: skip


@lru_cache(maxsize=PAGE_CACHE)
def is_title_case(text: str) -> bool:
    """Most words capitalised: a headline, even one ending with a full stop."""
    words = text.split()
    if text.isascii():  # counted in C: the words in small letters are those of text.lower()
        firsts = "".join(map(FIRST, words))  # each word's first character
        minor = map(_MINOR_WORDS.__contains__, text.lower().split())
        majors = "".join(compress(firsts, map(not_, minor)))  # the first characters of the other words
        letters = sum(map(str.isalpha, majors))  # an ASCII capital is a letter
        return letters >= 3 and sum(map(str.isupper, majors)) >= 0.8 * letters
    tokens = [t for t in words if t[:1].isalpha()]
    major = [t for t in tokens if t.lower() not in _MINOR_WORDS]
    if len(major) < 3:
        return False
    return sum(1 for t in major if t[0].isupper()) >= 0.8 * len(major)


def ends_sentence(text: str) -> bool:
    return text.endswith(TERMINAL)


@lru_cache(maxsize=16384)
def is_prose(text: str) -> bool:
    """A line that reads like a paragraph of running text."""
    sample = text.split(maxsplit=_RATIO_WORDS)  # the words both tests look at, split once
    n = min(len(sample), 19)  # words, counted up to 19: enough for both tests below
    if n >= 8 and ends_sentence(text):
        return _lower_ratio(sample) > 0.3  # (the second test needs more: 0.4)
    return len(text) >= 120 and n >= 18 and _lower_ratio(sample) > 0.4


_RATIO_WORDS = 60  # the first 60 words say enough of a line's small letters
_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))  # what isalpha is in ASCII
_SMALL = bytes(range(97, 123))  # and islower
_DIGITS = bytes(range(48, 58))  # and isdigit


def count_letters(text: str) -> int:
    """sum(map(str.isalpha, text)): an ASCII line counted in C, by deleting its letters (a call a character
    was 5 us a line of a hundred characters)."""
    if text.isascii():
        raw = text.encode("ascii")
        return len(raw) - len(raw.translate(None, _LETTERS))
    return sum(map(str.isalpha, text))


def count_digits(text: str) -> int:
    """sum(map(str.isdigit, text)), an ASCII line counted in C (its digits are 0-9)."""
    if text.isascii():
        raw = text.encode("ascii")
        return len(raw) - len(raw.translate(None, _DIGITS))
    return sum(map(str.isdigit, text))


_CAPITALS = bytes(range(65, 91))  # what isupper is in ASCII


def first_capitals(tokens: list[str]) -> int:
    """sum(map(str.isupper, map(FIRST, tokens))): the words (split's, none empty) that open with a capital;
    their first characters in ASCII counted in C, by deleting the capitals."""
    firsts = "".join(map(FIRST, tokens))
    if firsts.isascii():
        raw = firsts.encode("ascii")
        return len(raw) - len(raw.translate(None, _CAPITALS))
    return sum(map(str.isupper, firsts))


def _lower_ratio(sample: list[str]) -> float:
    """The share of the words starting with a letter that start with a small one, among the
    first _RATIO_WORDS (`sample`: text.split(maxsplit=_RATIO_WORDS))."""
    firsts = "".join(map(FIRST, sample[:_RATIO_WORDS]))  # each word's first character
    if firsts.isascii():  # counted in C, by deleting them
        raw = firsts.encode("ascii")
        letters = len(raw) - len(raw.translate(None, _LETTERS))
        return (len(raw) - len(raw.translate(None, _SMALL))) / letters if letters else 0.0
    tokens = [c for c in firsts if c.isalpha()]
    if not tokens:
        return 0.0
    return sum(1 for c in tokens if c.islower()) / len(tokens)


@lru_cache(maxsize=PAGE_CACHE)
def has_ui_pronoun(text: str) -> bool:
    """Site UI speaks to "you" and of "us"; headlines rarely do outside quotes."""
    return bool(_UI_PRONOUN_RE.search(_unquoted(text)))


def addresses_reader(text: str) -> bool:
    """Speaks to the reader or of the site's own things ("Tell a friend about us!", "Follow us
    on X."): a call to action; "We rate the claim Half Right." is none."""
    return bool(_READER_RE.search(_unquoted(text)))


def addresses_reader_as_headline(text: str) -> bool:
    """ "The seven secrets hotel owners don't want you to know", "How we designed a task
    queue": a long line may say "you" or "we" and still be a headline; site furniture is
    short ("Your account", "Follow us") or opens with the pronoun ("We use cookies ...")."""
    tokens = text.split()
    if len(tokens) < HEADLINE_YOU_WORDS or is_prose(text):
        return False  # short, or a sentence of a comment or a notice
    first = _UI_PRONOUN_RE.search(_unquoted(text))
    return first is None or first.start() > 0


def is_auto_title_case(text: str) -> bool:
    """Every word capitalised, function words too ("Foreign Relations Of Ukraine"): tags, menus."""
    tokens = text.split()
    if not 3 <= len(tokens) <= 6:
        return False
    has_lower = any(t[:1].islower() for t in tokens[1:])
    capital_function = any(t.lower() in _FUNCTION_WORDS and t[:1].isupper() for t in tokens[1:])
    return capital_function and not has_lower


_ARROWS = "←→«»‹›⟵⟶⇐⇒<>"


def strip_arrows(text: str) -> str:
    """ "← Previous post title", "Next post title →": the title without its arrow."""
    return text.strip(_ARROWS + " ").strip() if text[:1] in _ARROWS or text[-1:] in _ARROWS else text


_INNER_STOP_RE = re.compile(r"\b(\w+)\. +[A-Z]")
_ABBREVIATIONS = {
    "mrs", "sen", "rep", "gen", "gov", "col", "capt", "sgt", "prof", "inc", "corp", "ltd", "vs", "etc",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vol", "dept",
}  # fmt: skip


def has_inner_sentence_end(text: str) -> bool:
    """ "Companies talk a good game. Uber is just ...": two sentences on one line (a dek or
    text), never a headline (an abbreviation's full stop, "Mrs. Roe", "U.S. Army", is no end)."""
    return any(
        len(m.group(1)) >= 3 and m.group(1).islower() and m.group(1) not in _ABBREVIATIONS
        for m in _INNER_STOP_RE.finditer(text)
    )
