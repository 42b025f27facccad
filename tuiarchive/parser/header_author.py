"""The header's author: the byline under the headline (or over it, or an author card near it) and where it ends."""

from __future__ import annotations

import re

from ..text import fold
from . import lines as L
from .byline_places import whole_name
from .bylines import is_name_particle, lead_in_byline, names_something_else, writer_job
from .dates import is_clock_stamp, is_header_relative_stamp, is_relative_stamp
from .header_cjk_names import cjk_name_line, near_stamp
from .headline_pairs import text_words
from .lexicon import CJK_REPORTER_RE, FOLLOW_WORDS, PORTRAIT_PREFIXES, is_ui_phrase, line_boilerplate_kinds
from .names import (
    byline_beside_date,
    labelled_names,
    name_with_job_in_brackets,
    name_with_role,
    name_with_stamp,
    names_after_date,
    names_after_jobs,
    names_line,
    normalise_names,
    split_name_date,
)
from .page import Page, headline_candidate, is_furniture_mark, is_header_furniture, is_trail
from .thresholds import (
    AUTHOR_CARD_ABOVE,
    BUTTON_ROW_WORDS,
    BYLINE_OVER_HEADLINE,
    CJK_NAME_REACH,
    LIST_ITEM_WORDS,
    LOOSE_BYLINE_CARD,
    LOOSE_BYLINE_MARKED_REACH,
)
from .title import content_words

_LOOSE_BYLINE_TAIL = " ,;|/"  # what a loose byline line trails after its names


def find_author(page: Page, limit: int) -> tuple[str | None, int | None]:
    t = page.title_idx
    n = len(page.lines)
    # under the headline first, then the lines right over it: a byline under the page's headline is its own, one over
    # it may close an item of a list of other stories ("Headline" / "Jane Roe · 3 March") heading the page
    under = range(t, min(max(limit, t + 8), t + 25, n))
    for j in [*under, *_over_headline(page, 3)]:
        text = page.text(j)
        combo = split_name_date(text) or (byline_beside_date(text) if t < j <= t + 2 else None)
        if combo and j != t:
            return normalise_names([combo[0]]), j
        later = names_after_date(text) if j > t else None  # above the headline, a section's or a desk's name
        if later:
            return normalise_names([later]), j
        with_role = name_with_role(text) or name_with_stamp(text)
        with_role = with_role or names_after_jobs(text) or name_with_job_in_brackets(text)  # the job first, in brackets
        if with_role and j != t and j > t:
            return with_role, j
        several = names_line(text)
        if several and j > t:
            return several, j
        if j > t and _loose_byline(page, j):
            return text.rstrip(_LOOSE_BYLINE_TAIL), j
        if j > t + 1 and not text.isascii() and CJK_REPORTER_RE.search(text) and cjk_name_line(page, j - 1):
            return page.text(j - 1).strip(), j  # "長谷部 千尋" / "農政担当記者": the name, then the writer's job
        names = L.byline_names(text)
        if names and j != t:
            names, j = whole_name(page, j, names)  # "Par Agnese" / "Vallauri": the name over two lines
            more, end = _name_block(page, j + 1)
            return normalise_names([names, *more]), max(j, end)
        lead_in = lead_in_byline(text) if j > t else None  # (asked first: most lines are none, and it is cached)
        if (
            lead_in
            and _next_to_stamp(page, j)
            and not (L.is_credit(text) or L.is_photo_credit(text) or L.is_chrome(text) or L.is_caption(text))
        ):
            return normalise_names([lead_in]), j  # "Escrito por Ana Ruiz", "Ein Beitrag von Jana Roth"
        labelled = labelled_names(text) if j > t else None
        if (
            labelled
            and near_stamp(page, j)
            and not (L.is_credit(text) or L.is_photo_credit(text) or L.is_caption(text))
        ):
            # a label no lexicon knows says less than a name printed alone over it with the writer's job, the
            # date or the read time: under such a byline, "Pic: A" credits a picture (review W15)
            return _names_under_headline(page, j) or (normalise_names([labelled]), j)  # "Autorin: Jana Roth"
        if L.is_byline_marker(text):
            block, end = _name_block(page, j + 1)
            if block:
                return normalise_names(block), end
        if text.endswith("|") and L.is_name(text):
            return text.rstrip(" |"), j
    found = _names_under_headline(page, limit)
    if found is not None:
        return found
    for j in range(t + 1, min(limit + 1, t + CJK_NAME_REACH, n)):
        if cjk_name_line(page, j):
            return ", ".join(name.strip() for name in page.text(j).split("、")), j  # ("A B、C D": two writers)
    over = _byline_over_headline(page)
    if over is not None:
        return over, None
    # an author card above the headline: the name, then the read time, the date or "Follow"
    for j in range(max(0, t - AUTHOR_CARD_ABOVE), t):
        if not L.is_person_name(page.text(j)) or L.is_role_line(page.text(j)) or _in_headline(page, j):
            continue
        block, end = _name_block(page, j)  # the names, each with its job under it ("Jane Roe" / "Data editor")
        if end + 1 >= t:
            continue
        after = page.text(end + 1)
        if L.read_minutes(after) or fold(after) in FOLLOW_WORDS or page.date_at(end + 1):
            return normalise_names(block), None
    for j in (t + 1, t + 2):
        if _loose_byline(page, j):
            return page.text(j).rstrip(_LOOSE_BYLINE_TAIL), j
    # a name just over the headline; not the page's first words, which name the site as often
    top = next((j for j in range(t) if not L.is_chrome(page.text(j))), t)
    # (in capitals it is a kicker or a section's name as often: "WORLD AFFAIRS", "MARKET WATCH")
    name = page.text(t - 1) if t - 1 > top and _over_headline(page, 1) else ""
    site = page.site is not None and fold(name) == fold(page.site)
    if L.is_person_name(name) and not (L.is_role_line(name) or name.isupper() or site or _in_headline(page, t - 1)):
        return name, None
    return None, None


def _byline_over_headline(page: Page) -> str | None:
    """A byline with its word ("By", "por") over the headline, with only the header's furniture between
    them: a section's or a kicker's label, the date, its time or its update ("por Ana Lobo" / "Local" /
    "24-08-2026, 16h15" / "Atualizado há 4 horas" / the headline)."""
    for j in _over_headline(page, BYLINE_OVER_HEADLINE - 1):
        text = page.text(j)
        names = L.byline_names(text) or _name_and_writer_job(text)  # ("Jane Roe, Senior correspondent")
        if names:
            return normalise_names([names]) if not _in_headline(page, j) else None
        if not (page.date_at(j) or is_header_relative_stamp(text) or _label(text) or is_header_furniture(page, j)):
            return None
    return None


def _over_headline(page: Page, reach: int) -> list[int]:
    """The lines over the headline where its byline may stand, nearest first, up to reach of them: not past another
    story's headline (a whole headline of LIST_ITEM_WORDS words or more), nor right under one: there a byline or a
    date closes an item of a list of other stories heading the page ("Headline" / "Jane Roe · 3 March")."""
    found = []
    for j in range(page.title_idx - 1, max(-1, page.title_idx - 1 - reach), -1):
        if _item_headline(page, j):
            break
        if j > 0 and _item_headline(page, j - 1):
            break  # (line j is the item's own)
        found.append(j)
    return found


def _item_headline(page: Page, j: int) -> bool:
    """Is line j a whole headline of another story: words with none of a menu's or a trail's marks between them, no
    byline ("Jane Roe, Local affairs reporter" has a headline's length)?"""
    text = page.text(j)
    if len(text.split()) < LIST_ITEM_WORDS or any(mark in text for mark in _MENU_MARKS) or _in_headline(page, j):
        return False  # (the page's own headline printed twice, its byline between: no other story's)
    if not headline_candidate(text) or L.is_chrome(text) or is_trail(text):
        return False
    return not (is_furniture_mark(page, j) or names_after_jobs(text))


_MENU_MARKS = ("|", "·", "•", "›", "»", " / ", " - ")


def _name_and_writer_job(text: str) -> str | None:
    """The names of a line that gives each writer's job, a journalist's word, before or after the name ("Jane Roe,
    Senior correspondent", "Wirtschaftsredakteurin Jana Roth"): no agency's or anyone else's title beside a name,
    which a line over the headline carries as often (a quotation's speaker, a kicker)."""
    named = name_with_role(text)
    if named is not None:
        return named if writer_job(text[len(named) :]) else None
    bracketed = name_with_job_in_brackets(text)  # "Jane Roe (Senior correspondent)", not "(AFP)" there
    return bracketed if bracketed and writer_job(text[len(bracketed) :]) else names_after_jobs(text)


def _names_under_headline(page: Page, limit: int) -> tuple[str, int] | None:
    """A block of names under the headline, told apart by what follows them: a role line
    ("Senior correspondent"), "and", another name, or the dateline."""
    t = page.title_idx
    n = len(page.lines)
    for j in range(t + 1, min(limit, t + 12, n)):
        if not L.is_person_name(page.text(j)) or L.is_job_line(page.text(j)) or _in_headline(page, j):
            continue
        if L.is_photo_credit(page.text(j)):
            continue  # "Fotos de Ana Ruiz", "Photo Anne Petit": a picture's credit in a name's shape
        block, end = _name_block(page, j)
        after = page.text(end + 1)
        if _in_menu(page, j, end):
            continue  # "Lisbon" / "New York" / "Rio de Janeiro" / "Tokyo": a menu of cities, makes, teams
        if (
            len(block) > 1
            or any(L.is_job_line(page.text(k)) for k in range(j + 1, end + 1))  # "Jane Roe" / "Games Editor"
            or L.is_job_line(after)
            or after.lower() in ("and", "&")
            or page.date_at(end + 1)
            or is_relative_stamp(after)
            or is_clock_stamp(after)  # "Jane Roe" / "1:39 PM ET"
            or page.date_at(end + 2)
            or L.read_minutes(after)  # "Jane Roe" / "11 min read"
            or fold(after) in FOLLOW_WORDS  # "Jane Roe" / "Follow": a blog's author card
            or (len(block) == 1 and page.date_at(j - 1) and not _GLUED_WORDS.search(block[0]))
            or (len(block) == 1 and _under_headline(page, j) and _label(after) and not _GLUED_WORDS.search(block[0]))
            or (len(block) == 1 and fold(block[0]) in {fold(page.text(k)) for k in (end + 2, end + 3)})
            or (len(block) == 1 and (_under_headline(page, j) or _under_meta(page, j)) and _writer_over_text(page, end))
            or (len(block) == 1 and j - 1 > t and L.is_job_line(page.text(j - 1)) and _under_headline(page, j - 1))
        ):  # ... or the dateline right above it (under it the text, the read time, a section's or the
            # writer's label: "Analysis", "The mayor"); or printed twice, an author card's picture and link
            return normalise_names(block), end
    return None


def _under_meta(page: Page, j: int) -> bool:
    """Are the lines between the headline and line j the header's furniture only: the date, the read time, a
    row of buttons (a name alone over the text under "Share" or the date's row is the writer's, as one right
    under the headline is)?"""
    between = [(k, page.text(k)) for k in range(page.title_idx + 1, j)]
    return bool(between) and all(
        page.date_at(k) or is_header_relative_stamp(text) or L.read_minutes(text) or _buttons(text)
        for k, text in between
    )


def _buttons(text: str) -> bool:
    """A row of the page's buttons or links: chrome, or a few words with one of the boilerplate's ("Artikel teilen",
    "Condividi", "3 commenti"), no sentence."""
    if L.is_chrome(text) or is_ui_phrase(text):
        return True
    few = len(text.split()) <= BUTTON_ROW_WORDS and not text.endswith(L.TERMINAL)
    return few and line_boilerplate_kinds(text)[0] != 0


def _writer_over_text(page: Page, j: int) -> bool:
    """Is the name alone on line j (right under the headline) its writer's, with the text's first
    paragraph right under it and no date anywhere near? A person the story is about comes back in
    its text; a writer's name does not, nor is it printed elsewhere on the page (a menu's item)."""
    after = page.text(j + 1) if j + 1 < len(page.lines) else ""
    if not (L.is_prose(after) and not L.is_caption(after)):
        return False
    name = fold(page.text(j))
    words = [w for w in name.split() if "-" not in w]  # ("osei-brandt": a double surname, no address's slug)
    if line_boilerplate_kinds(name)[0] or any(map(L.is_chrome, words)) or is_ui_phrase(name):
        return False  # "Condividi Email WhatsApp X": a row of buttons in capitals, no person (review W66)
    if sum(fold(line.text) == name for line in page.lines) > 1:
        return False
    words = {w for w in content_words(page.text(j)) if not is_name_particle(w)}  # ("ten", "de": the text's too)
    return not words & text_words(page, j)


def _in_headline(page: Page, j: int) -> bool:
    """Are line j's words the headline's own (a series' or a newsletter's name over its issue,
    "Morning Notes" / "Morning Notes 11.18.19")? A writer's name alone is seldom in the headline."""
    return j != page.title_idx and fold(page.text(j)) in fold(page.title or "")


# Words glued together by a copy that lost the space between buttons ("ForwardCopy URLPost") or
# between a writer's name and the link to their handle ("Jane Roe@janeroe"): not a name's inner
# capital ("McAdams", "LaRue"), a run of small letters or of capitals before the next word's
_GLUED_WORDS = re.compile(r"[a-z]{3}[A-Z]|[A-Z]{2}[A-Z][a-z]|\w@\w")


def _next_to_stamp(page: Page, j: int) -> bool:
    """Is the dateline or the read time right above or under line j (a byline's neighbours; a
    credit of a summary or a picture, "Takeaways by ...", has none)?"""
    return any(page.date_at(k) or L.read_minutes(page.text(k)) for k in (j - 1, j + 1) if 0 <= k < len(page.lines))


def _under_headline(page: Page, j: int) -> bool:
    """Is line j right under the headline, or under the headline's one-sentence dek?"""
    t = page.title_idx
    return j - 1 == t or (j - 2 == t and (L.is_prose(page.text(j - 1)) or L.ends_sentence(page.text(j - 1))))


def _in_menu(page: Page, first: int, last: int) -> bool:
    """Are lines first..last (names) items of a menu: short labels that are no chrome, no
    role, no date, on both sides of them?"""
    if first - 1 == page.title_idx:
        return False  # a short headline over its byline
    around = [page.text(k) for k in (first - 1, last + 1) if 0 <= k < len(page.lines)]
    return len(around) == 2 and all(
        _label(t) and not L.is_chrome(t) and not L.is_job_line(t) and t.lower() not in ("and", "&") for t in around
    )


def _label(text: str) -> bool:
    return 1 <= len(text.split()) <= 3 and not text.endswith(L.TERMINAL) and not any(ch.isdigit() for ch in text)


def _loose_byline(page: Page, j: int) -> bool:
    """ "Nico GARCIA with Daria ANDRIIEVSKA in Kyiv AFP" just above the dateline."""
    text = page.text(j)
    tokens = text.split(None, 12)  # all of them up to 12 (a longer line is no byline): not a paragraph's
    if not 2 <= len(tokens) <= 12 or text.endswith(L.TERMINAL) or not page.date_at(j + 1):
        return False
    if L.is_name(page.text(j - 1)) and L.is_name(text):
        return False  # "Jane Roe" / "John Doe" / the date: a block of names, read as one
    names = [k for k in range(max(page.title_idx + 1, j - LOOSE_BYLINE_CARD), j) if L.is_person_name(page.text(k))]
    if len(names) == 1:
        return False  # "Jane Roe" / her job / "Follow" / "All articles" / the date: the name's card, not this line
    # (several name-shaped lines: a menu's items, no card)
    if L.is_role_line(text) and L.is_name(page.text(j - 1)):
        return False  # "Jane Roe" / "World Affairs Editor": the line above is the byline
    if L.is_photo_credit(text) or L.is_credit(text):
        return False  # "Photos by Jane Roe" over the date: a picture's credit, no writer
    if is_trail(text) or names_something_else(text):
        return False  # "Blog > Health > Sleep": the trail of sections over the dateline; "US Edition"
    if any(L.byline_names(page.text(k)) for k in range(j + 2, min(j + 2 + LOOSE_BYLINE_MARKED_REACH, len(page.lines)))):
        return False  # "WORLD DESK /" over the date, "By Jane Roe" under it: the section's label over a byline
    capitalised = sum(1 for tok in tokens if tok[:1].isupper())
    return capitalised >= 0.6 * len(tokens) and not any(ch.isdigit() for ch in text)


def _name_block(page: Page, j: int) -> tuple[list[str], int]:
    """Names from line j on, over role lines, "and" and "Headshot of ..." lines."""
    names: list[str] = []
    end = j - 1
    while j < len(page.lines) and len(names) < 8:
        text = page.text(j)
        if L.is_name(text) and not (L.is_job_line(text) or L.is_photo_credit(text)):  # (not "Fotos de Ana Ruiz")
            names.append(text)
        elif (
            text.lower() in ("and", "&", ",")
            or (names and (L.is_role_line(text) or L.is_reporting_from(text)))
            or (names and fold(text).startswith(PORTRAIT_PREFIXES))
        ):
            pass
        else:
            break
        end = j
        j += 1
    return names, end
