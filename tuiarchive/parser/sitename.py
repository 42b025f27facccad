"""Is the byline the site's own name? A blog's name printed where a byline goes (over the date, after
"by") is no writer: the page states that name elsewhere as the site's (the browser title's suffix,
the footer's copyright owner, its address, og:site_name in HTML). The author is then none, or the
person's name printed beside it ("Jane Roe Harbour Today" -> "Jane Roe"). A paper's name in the
byline's place ("The Harbour Times") is its desk's credit and stays, as the labels keep it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..text import fold
from . import lines as L
from .lexicon import OUTLET_WORDS
from .lexicon_site import COMPANY_FORM_WORDS, LEADING_ARTICLES
from .thresholds import SITE_KEY_CHARS

_NON_WORD = re.compile(r"[\W_]+")
_PIECES = re.compile(r"\s*(?:,|\||·|•|/|—|–)\s*")
_HOST = re.compile(r"^(?:https?://)?([a-z0-9.-]+\.[a-z]{2,})(?:[:/]|$)", re.I)


def key(text: str) -> str:
    """A name with case, spaces and punctuation folded away ("Silicon Exposed" = "siliconexposed")."""
    return _NON_WORD.sub("", fold(text))


def name_keys(names: Iterable[str | None]) -> set[str]:
    """The keys of the names a page gives its site, each also without the company's legal form
    ("Harbour Post Media Ltd." -> "harbourpost") and, for an address, each label of its host
    ("www.harbourpost.example" -> "harbourpost")."""
    keys: set[str] = set()
    for name in names:
        if not name:
            continue
        host = _HOST.match(name.strip())
        if host and " " not in name.strip():
            keys.update(label for label in host.group(1).lower().split(".")[:-1] if label != "www")
            continue
        words = name.split()
        while words and fold(words[-1]).strip(".,") in COMPANY_FORM_WORDS:
            words.pop()
        bare = words[1:] if len(words) > 2 and fold(words[0]) in LEADING_ARTICLES else words
        for variant in (name, " ".join(words), " ".join(bare)):  # "The Harbour Post" is "Harbour Post" too
            if len(found := key(variant)) >= SITE_KEY_CHARS:
                keys.add(found)
    return keys


def _names_site(piece: str, sites: set[str]) -> bool:
    """The piece is one of the site's names, or that name with an outlet's words after it
    ("Harbour Post News Weekly" on a site whose owner is "Harbour Post Media")."""
    found = key(piece)
    if found in sites:
        return True
    words = piece.split()
    for n in range(len(words) - 1, 0, -1):
        if key(" ".join(words[:n])) in sites:
            return all(fold(w) in OUTLET_WORDS for w in words[n:])
    return False


def _desk_credit(author: str) -> bool:
    """ "The Harbour Times", "Harbour Post News Weekly": a paper credited in the byline's place, as its
    desk signs (the labels keep the byline as shown); a blog's name or a handle is no desk."""
    words = author.split()
    return len(words) > 1 and (fold(words[0]) == "the" or fold(words[-1]) in OUTLET_WORDS)


def without_site_name(author: str | None, sites: set[str]) -> str | None:
    """The author without the site's name: none when the byline is the site's name alone; the
    person's name when it is printed beside it ("Jane Roe, Harbour Today", "Jane Roe Harbour Today")."""
    if not author or not sites:
        return author
    if _names_site(author, sites):
        return author if _desk_credit(author) else None
    pieces = [p for p in _PIECES.split(author) if p]
    if len(pieces) > 1:
        kept = [p for p in pieces if not _names_site(p, sites)]
        if kept and len(kept) < len(pieces):
            return ", ".join(kept)
    words = author.split()
    for n in range(len(words) - 1, 1, -1):  # the site's name run into the byline, after the person's
        head, tail = " ".join(words[:n]), " ".join(words[n:])
        if L.is_name(head) and key(tail) in sites:
            return head
    return author
