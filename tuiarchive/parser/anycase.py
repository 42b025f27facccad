"""Case-blind patterns tested fast on ASCII text.

Under IGNORECASE, Python's re compares each character of the text with both cases of the
pattern's and gives up the quick scan it makes for a case-exact pattern's first characters:
searching a line for one of thirty phrases costs ten times more. On a line of ASCII text the
same yes or no comes from the pattern's case-exact twin over the line in small letters, provided
the pattern names no capital letter (its escapes aside) and no character whose other case is
ASCII (ı, İ, ſ, the Kelvin sign). Anything else goes to the pattern itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .thresholds import PAGE_CACHE

# by id (a pattern's hash reads its whole program, at every call), with the pattern kept (its id
# stays its own): [pattern, twin, tests left before the twin is made]
_TWINS: dict[int, list] = {}
# A long pattern takes ~10 ms to compile: a process that reads one page (`show`) would not win
# that back, so a pattern is tested as it is this many times before its twin is made.
_COMPILE_AFTER = 50
ASCII_PARTNERS = "ıİſ\u212a"  # non-ASCII letters that IGNORECASE matches to an ASCII one
_NOT_PLAIN = re.compile(r"[A-Z]|\(\?[a-zA-Z-]")  # a capital, or inline flags
_CODED_CHAR = re.compile(r"\\[xuUN0-9]")  # a character given by its code: could be a capital


def _twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    entry = _TWINS.get(id(pattern))
    if entry is None:
        entry = _TWINS[id(pattern)] = [pattern, None, _COMPILE_AFTER]
    if entry[2]:
        entry[2] -= 1
        if entry[2]:
            return None
        entry[1] = make_twin(pattern)
    return entry[1]


def make_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-exact twin of a case-blind pattern, or None where it would not answer the same."""
    source = pattern.pattern
    bare = re.sub(r"\\.", "", re.sub(r"\(\?P[<=]", "(", source))  # group names and escapes (\W, \S, \b) aside
    if (
        pattern.flags & re.IGNORECASE
        and not _NOT_PLAIN.search(bare)
        and not _CODED_CHAR.search(source)
        and not any(ch in source for ch in ASCII_PARTNERS)
    ):
        return re.compile(source, pattern.flags & ~re.IGNORECASE)
    return None


# A line in small letters (str.lower), made once: the twins of several patterns, the pieces of sieved ones
# and the notes' tests ask for the same lines in small letters (most of the copies lower() made in a parse).
lowered = lru_cache(maxsize=PAGE_CACHE)(str.lower)


def twins() -> list[re.Pattern[str]]:
    """The case-exact twins made so far (patterncache keeps them for the next process)."""
    return [entry[1] for entry in _TWINS.values() if entry[1] is not None]


def search_any_case(pattern: re.Pattern[str], text: str) -> bool:
    """bool(pattern.search(text)) for a case-blind pattern."""
    entry = _TWINS.get(id(pattern))  # a twin made (or found impossible): no call to _twin
    twin = entry[1] if entry is not None and not entry[2] else _twin(pattern)
    if twin is not None and text.isascii():
        return twin.search(lowered(text)) is not None
    return pattern.search(text) is not None


def match_any_case(pattern: re.Pattern[str], text: str) -> bool:
    """bool(pattern.match(text)) for a case-blind pattern."""
    entry = _TWINS.get(id(pattern))
    twin = entry[1] if entry is not None and not entry[2] else _twin(pattern)
    if twin is not None and text.isascii():
        return twin.match(lowered(text)) is not None
    return pattern.match(text) is not None
