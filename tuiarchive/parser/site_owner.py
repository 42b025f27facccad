"""The site's own name, and its owner (stage `header`): from the file's name, the footer's copyright,
the browser title's suffix; a personal site whose owner signs its posts."""

from __future__ import annotations

import re

from ..model import path_name
from ..text import fold
from . import lines as L
from .dates import parse_date_line
from .lexicon import TITLE_SEPARATORS
from .lexicon_site import NEWSPAPER_WORDS, PAPER_ARTICLES, ROMANCE_ARTICLES, ROMANCE_OF
from .page import Page
from .sitename import key, name_keys
from .thresholds import BROWSER_TITLE_PARTS, SITE_NAME_CHARS, SITE_NAME_WORDS

_SITE_NAME_RE = re.compile(r"^(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[_/].*)?$")


def site_from_filename(filename: str) -> str | None:
    name = path_name(filename)
    m = _SITE_NAME_RE.match(name.lower())
    if not m:
        return None
    domain = m.group(1)
    if domain.endswith((".txt", ".text", ".md", ".html", ".htm")):
        return None
    return domain


def site_from_copyright(page: Page) -> str | None:
    for line in reversed(page.lines[-60:]):
        t = line.head
        if "©" in t and len(t) <= 80:
            name = re.sub(r"©|\(c\)|copyright|all rights reserved\.?|\b(?:19|20)\d\d\b|[-–]", " ", t, flags=re.I)
            name = re.sub(r"\s+", " ", name).strip(" .,|")
            if 1 <= len(name.split()) <= 6:
                return name
    return None


def author_as_site_owner(page: Page) -> str | None:
    """A personal site: the name printed over the page (its first line) is the one its footer's
    copyright names too; its owner wrote a page whose header and text name nobody else."""
    if not L.is_name(page.text(0)):
        return None  # (asked first: it is cheap, and a page that names nobody is common)
    owner = site_from_copyright(page)
    if owner is None or not L.is_name(owner) or L.is_role_line(owner) or L.is_outlet(owner) or _names_a_paper(owner):
        return None
    return owner if fold(page.text(0)) == fold(owner) else None


def _names_a_paper(name: str) -> bool:
    """ "Jornal de Vilar", "Il Guardiano", "Głos Zatoki", "La Voce di Tollby": a newspaper's name, no person's."""
    words = fold(name).replace("'", " ").replace("’", " ").split()
    if words[0] in ROMANCE_ARTICLES and len(words) >= 4 and words[2] in ROMANCE_OF:
        return True  # "El Faro del Canal", "Le Veilleur du Canal"
    return words[0] in PAPER_ARTICLES or any(w in NEWSPAPER_WORDS for w in words)


def site_keys(page: Page) -> set[str]:
    """The names the page gives its site (parser.sitename's keys): the browser title's suffix, the
    footer's copyright owner (a company's, not a person's), the address it was saved under."""
    owner = site_from_copyright(page)
    if owner is not None and L.is_person_name(owner) and not L.is_outlet(owner):
        owner = None  # a person's own site: its owner signs its posts
    return name_keys([page.site, owner, site_from_filename(page.filename)])


def heads_the_page(page: Page, author: str) -> bool:
    """Is the author the page's first line (past its chrome), over the headline? A blog's name heads its
    pages over the post's date and title as an author card heads a post: which it is, the page says
    when someone else signs it (extract: a person's name on the page beats the site's)."""
    first = next((j for j in range(page.title_idx) if not L.is_chrome(page.text(j))), None)
    if first is None or key(page.text(first)) != key(author):
        return False
    return not L.read_minutes(page.text(first + 1))  # "Jane Roe" / "6 min read": a writer's card, no blog's name


def site_from_browser_title(page: Page, first: str, title: str | None) -> None:
    """The site's name as the browser title's last part ("Headline | Site"): page.site."""
    parts = TITLE_SEPARATORS.split(first)
    if len(parts) < 2:
        return
    if len(parts) > BROWSER_TITLE_PARTS and not (title and any(fold(title) in fold(p) for p in parts)):
        return  # "Home | News | Sport | Weather": a menu, not "Headline | Site"
    last = parts[-1].strip().lstrip("#@").strip()
    if title is not None and fold(last) in fold(title):
        return
    if parse_date_line(last) and len(parts) > 2:
        last = parts[-2].strip()  # "Headline – WF – 03/14/2025"
    if 1 <= len(last.split()) <= SITE_NAME_WORDS and len(last) <= SITE_NAME_CHARS and not parse_date_line(last):
        page.site = last
