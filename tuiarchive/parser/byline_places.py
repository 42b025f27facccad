"""Who wrote it, where the header's reading names nobody: a byline printed in the text's lead (under its
first paragraph), a name broken over two lines under the headline, a desk or the newsroom signing the story.
Asked by extract after the header, the lines over the text and those under it (stage `header`)."""

from __future__ import annotations

import re

from . import lines as L
from .bylines import byline_word_end, is_name_particle
from .lexicon_making import NEWSROOM_NAMES
from .names import name_with_role, normalise_names
from .page import Page, headline_candidate
from .thresholds import (
    BYLINE_INSIDE_LEAD,
    CROSSHEAD_WORDS,
    DESK_UNDER_HEADLINE,
    DESK_WORDS,
    LEAD_BYLINE_PROSE_REACH,
    LIST_ITEM_WORDS,
    NAME_OVER_LEAD_REACH,
    SPLIT_NAME_REACH,
)
from .title import content_words

# A newsroom or one of its desks signing a story, in the common languages ("Metro staff", "Newsdesk",
# "Lokalredaktion", "La rédaction", "Regioredactie", "Redacción Norte", "Redakcja"): the newsroom's names
# (lexicon_making.NEWSROOM_NAMES, compounds too) and a desk's words
_DESK_RE = re.compile(
    rf"\b(?:staff|news ?desk|desk|reporters|nieuwsdienst|\w*(?:{'|'.join(sorted(NEWSROOM_NAMES))}))\b", re.I
)


def author_in_place(page: Page, body: list[str]) -> str | None:
    """The names of a byline in a place the header does not read, or None."""
    return (
        _byline_in_lead(page, body)
        or _split_name(page)
        or _desk(page)
        or _over_a_lead_above(page, body)
        or _name_over_text(page, body)
    )


def _first_body_line(page: Page, body: list[str]) -> int | None:
    if not body:
        return None
    head = body[0]
    return next(
        (
            k
            for k in range(page.title_idx + 1, len(page.lines))
            if len(page.text(k)) > 1 and head.startswith(page.text(k))
        ),
        None,
    )


def _byline_in_lead(page: Page, body: list[str]) -> str | None:
    """A byline right under the text's first paragraph (or its second), over the next: "By Jane Roe", a name
    alone, a name with the writer's job on it or under it. A name alone counts only when no word of it comes
    back in the text (a person it speaks of) and it is printed once (a menu's item, a tag)."""
    first = _first_body_line(page, body)
    if first is None:
        return None
    paragraphs = 0
    for j in range(first, min(first + BYLINE_INSIDE_LEAD, len(page.lines))):
        text = page.text(j).strip()
        if not text:
            continue
        if L.is_prose(text) and not L.is_caption(text):
            paragraphs += 1
            continue
        if paragraphs == 0:
            return None
        names = _byline_here(page, j, body)
        if names is not None:
            return names
        if not (L.is_job_line(text) or L.is_chrome(text)):
            return None  # a crosshead, a caption, a box: what stands in the text past its lead is no byline
    return None


def _byline_here(page: Page, j: int, body: list[str]) -> str | None:
    text = page.text(j).strip()
    if not _prose_under(page, j):
        return None
    names = L.byline_names(text)
    if names and L.is_name(names.split(",")[0]):
        return normalise_names([names])
    named = name_with_role(text)
    if named:
        return named
    if L.is_person_name(text) and not (L.is_job_line(text) or text.isupper()) and _unknown_to_text(page, text, body):
        return text
    return None


def _prose_under(page: Page, j: int) -> bool:
    """Is a paragraph of the text the next line under j, past the writer's job and a crosshead ("What the count
    found": a short line, no sentence)?"""
    heads = 0
    for k in range(j + 1, min(j + 1 + LEAD_BYLINE_PROSE_REACH, len(page.lines))):
        text = page.text(k).strip()
        if not text or L.is_job_line(text):
            continue
        if L.is_prose(text):
            return True
        heads += 1
        if heads > 1 or L.ends_sentence(text) or len(text.split()) > CROSSHEAD_WORDS:
            return False
    return False


def _unknown_to_text(page: Page, name: str, body: list[str]) -> bool:
    """No word of the name in the text's paragraphs but its own line, and the line printed once on the page."""
    words = {w for w in content_words(name) if not is_name_particle(w)}  # ("ten", "de": the text's words too)
    others = set().union(*(content_words(p) for p in body if p.strip() != name))
    return bool(words) and not words & others and sum(line.text.strip() == name for line in page.lines) == 1


def _split_name(page: Page) -> str | None:
    """A name broken over two lines right under the headline ("Jane" / "Roe", "By" / "Jane" / "Roe", a byline
    word and the given name over the surname), the date, the writer's job or the text under it."""
    t = page.title_idx
    for j in range(t + 1, min(t + SPLIT_NAME_REACH, len(page.lines) - 1)):
        head, tail = page.text(j).strip(), page.text(j + 1).strip()
        lead = byline_word_end(head)
        given = head[lead:].strip() if lead else head
        if not lead and L.is_byline_marker(page.text(j - 1)):
            lead = 1  # ("By" alone over the two)
        name = f"{given} {tail}"
        if not (_one_word(given) and _one_word(tail)) or not L.is_person_name(name):
            continue
        after = page.text(j + 2) if j + 2 < len(page.lines) else ""
        if lead or page.date_at(j + 2) or L.is_job_line(after):
            return name
    return None


def whole_name(page: Page, j: int, names: str) -> tuple[str, int]:
    """A byline's one word of a name on line j ("Par Agnese") with the surname alone on the next line
    ("Vallauri"): the name whole and the line it ends on; else the names as they are."""
    if " " in names.strip() or j + 1 >= len(page.lines):
        return names, j
    tail = page.text(j + 1).strip()
    name = f"{names.strip()} {tail}"
    return (name, j + 1) if _one_word(tail) and L.is_person_name(name) else (names, j)


def _one_word(text: str) -> bool:
    """One capitalised word, or a particle and its surname ("van Dijk"): half of a name."""
    words = text.split()
    return (
        1 <= len(words) <= 3 and words[-1][:1].isupper() and not any(ch.isdigit() for ch in text) and len(words[-1]) > 1
    )


def _desk(page: Page) -> str | None:
    """A desk or the newsroom signing the story right under the headline, by the date ("Metro staff",
    "Lokalredaktion", "Par la rédaction"): a line of a few words, no sentence, a newsroom's word in it."""
    t = page.title_idx
    for j in range(t + 1, min(t + 1 + DESK_UNDER_HEADLINE, len(page.lines))):
        text = page.text(j).strip()
        bare = text[byline_word_end(text) :].strip()
        if len(bare.split()) > DESK_WORDS or any(ch.isdigit() for ch in bare) or not _DESK_RE.search(bare):
            continue  # (the pattern last: its "\w*" before the newsroom's words retries at every letter of a long line)
        if L.ends_sentence(bare) or L.is_prose(bare):
            continue
        near = any(page.date_at(k) for k in (j - 1, j + 1) if 0 <= k < len(page.lines))
        if (near and bare[:1].isupper()) or (near and bare != text):
            return bare
    return None


def _over_a_lead_above(page: Page, body: list[str]) -> str | None:
    """A byline over the headline the reader chose, when that is a crosshead under the story's lead (review W86):
    a line above it, under a headline's line and over a paragraph of running text, that is a byline ("By Jane
    Roe") or a person's name alone no word of which the text speaks of; not a list's (no other byline near it)."""
    t = page.title_idx
    for j in range(t - 1, max(0, t - NAME_OVER_LEAD_REACH), -1):
        text = page.text(j).strip()
        if not text:
            continue
        names = L.byline_names(text)
        person = names is None and L.is_person_name(text) and not (L.is_job_line(text) or text.isupper())
        if not ((names and L.is_name(names.split(",")[0])) or person):
            continue
        above = next((page.text(k) for k in range(j - 1, -1, -1) if page.text(k).strip()), "")
        if not (headline_candidate(above) and len(above.split()) >= LIST_ITEM_WORDS) or not _prose_under(page, j):
            continue
        near = range(max(0, j - NAME_OVER_LEAD_REACH), min(len(page.lines), j + NAME_OVER_LEAD_REACH))
        if any(k != j and L.byline_names(page.text(k)) for k in near):
            return None  # bylines of a list's items
        if names:
            return normalise_names([names])
        return text if _unknown_to_text(page, text, body) else None
    return None


def _name_over_text(page: Page, body: list[str]) -> str | None:
    """A name alone right over the text's first paragraph and right under a headline's line, far under the
    headline the reader chose (a list's item over the story's own headline): the story's byline, when no word of
    it is the text's and no other byline is near it."""
    first = _first_body_line(page, body)
    if first is None or first - 2 <= page.title_idx:
        return None
    lines = [k for k in range(first - 1, page.title_idx, -1) if page.text(k).strip()][:2]
    if len(lines) < 2:
        return None
    name, above = page.text(lines[0]).strip(), page.text(lines[1])
    if not L.is_person_name(name) or L.is_job_line(name) or name.isupper():
        return None
    if not (headline_candidate(above) and len(above.split()) >= LIST_ITEM_WORDS) or L.ends_sentence(above):
        return None
    near = range(max(0, lines[0] - NAME_OVER_LEAD_REACH), min(len(page.lines), lines[0] + NAME_OVER_LEAD_REACH))
    if any(L.byline_names(page.text(k)) or (k != lines[0] and L.is_person_name(page.text(k))) for k in near):
        return None  # names of a list's items, a menu's
    return name if _unknown_to_text(page, name, body) else None
