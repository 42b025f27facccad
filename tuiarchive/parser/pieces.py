"""Patterns that first ask a line for a piece every match of theirs holds: none there, no match (and no search).

A search tries a pattern at each character of a line, and each of its alternatives there: a pattern of
thirty words searched over a line of a few hundred characters costs a few microseconds, on every line a
stage asks about (issue 12). Every match of "\\b(?:shared|viewed|read) [\\d,.]+ times" holds " times":
a line without it is told in C, by str.__contains__. The pieces are read from the
pattern's own parse (CPython's private re._parser: this module and tests/test_parser_pieces.py are the one
place that touches it) once the pattern has been asked about 50 lines, so they follow the pattern as it is
edited. A case-blind piece is looked for in the line in small letters, on an ASCII line only: there lower()
is IGNORECASE's own folding letter by letter; a line beyond ASCII is searched as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as sre
from re import _parser

from .anycase import ASCII_PARTNERS, lowered

_CLASS_CHARS = 8  # a character class of at most this many characters gives each as a piece
# Reading a long pattern's pieces takes ~2 ms: a process that reads one page (`show`) would not win that back,
# so a pattern is searched as it is this many times before its pieces are read
_SIEVE_AFTER = 50
_IGNORECASE = int(re.IGNORECASE)

Piece = tuple[str, bool]  # its text (in small letters when case-blind), and whether it is case-blind
Need = frozenset[Piece] | None  # every match holds one of these pieces (None: nothing is known)


def _better(a: Need, b: Need) -> Need:
    """The more telling of two needs: the one whose shortest piece is longer, then the one with fewer pieces."""
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b, key=lambda need: (min(len(text) for text, _ in need), -len(need)))


def _piece(chars: str, blind: bool) -> Piece | None:
    """A run of literal characters as a piece; None when case-blind and a letter of it has a partner
    IGNORECASE matches beyond what lower() gives ("ı" for "i", the Kelvin sign for "k")."""
    if blind:
        small = chars.lower()
        if len(small) != len(chars) or any(ch in ASCII_PARTNERS for ch in chars + small):
            return None
        return (small, True)
    return (chars, False)


def _class_pieces(items: list, blind: bool) -> Need:
    """A small class of plain characters ("[{}]", "[|·•]"): each of them is a piece."""
    if len(items) > _CLASS_CHARS or any(op is not sre.LITERAL for op, _ in items):
        return None
    found = [_piece(chr(code), blind) for _, code in items]
    return None if None in found else frozenset(found)  # type: ignore[arg-type]


def _need(items: Iterable, blind: bool) -> Need:
    """What every match of a sequence of the parse holds: the most telling need of one of its items
    (a run of literal characters counts as one item)."""
    best: Need = None
    run: list[str] = []

    def close_run() -> None:
        nonlocal best
        if run:
            piece = _piece("".join(run), blind)
            best = _better(best, frozenset({piece}) if piece else None)
            run.clear()

    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        close_run()
        if op is sre.BRANCH:
            alternatives = [_need(alternative, blind) for alternative in av[1]]
            if all(need is not None for need in alternatives):
                best = _better(best, frozenset().union(*alternatives))  # type: ignore[arg-type]
        elif op is sre.SUBPATTERN:
            _, add, remove, inner = av
            inner_blind = (blind or bool(add & _IGNORECASE)) and not remove & _IGNORECASE
            best = _better(best, _need(inner, inner_blind))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if av[0] >= 1:
                best = _better(best, _need(av[2], blind))
        elif op is sre.ATOMIC_GROUP:
            best = _better(best, _need(av, blind))
        elif op is sre.IN:
            best = _better(best, _class_pieces(av, blind))
        # anything else (a position, a category, any character, a look around, a group's text) holds no
        # piece of its own
    close_run()
    return best


SIEVED: list[Sieved] = []  # every sieved pattern (tests/test_parser_pieces.py checks each)


def pieces_of(pattern: re.Pattern[str]) -> Need:
    """The pieces one of which every match of `pattern` holds (None: none is known)."""
    return _need(_parser.parse(pattern.pattern, pattern.flags).data, bool(pattern.flags & _IGNORECASE))


class Sieved:
    """A compiled pattern whose search, match and split first ask the line for one of its pieces."""

    __slots__ = ("_left", "_pieces", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        SIEVED.append(self)
        self.pattern = pattern
        self._left = _SIEVE_AFTER
        self._pieces: tuple[tuple[str, ...], tuple[str, ...]] | None = None  # (case-exact, case-blind)

    def read_pieces(self) -> None:
        """Read the pattern's pieces now (else after _SIEVE_AFTER lines); one tuple set at once, for threads."""
        need = pieces_of(self.pattern)
        self._left = 0
        if need is not None:
            self._pieces = (tuple(t for t, blind in need if not blind), tuple(t for t, blind in need if blind))

    def may_match(self, text: str) -> bool:
        """False only when no match of the pattern can be in `text`."""
        pieces = self._pieces
        if pieces is None:
            if self._left:
                self._left -= 1
                if not self._left:
                    self.read_pieces()
            return True
        exact, blind = pieces
        if any(map(text.__contains__, exact)):
            return True
        if not blind:
            return False
        if not text.isascii():
            return True
        return any(map(lowered(text).__contains__, blind))

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.may_match(text) else None

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text) if self.may_match(text) else None

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        return self.pattern.split(text, maxsplit) if self.may_match(text) else [text]
