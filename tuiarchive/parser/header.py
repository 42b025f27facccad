"""Stage `header`: under the headline, the date, byline, read time (the site's name: site_owner.py)."""

from __future__ import annotations

import re
from datetime import date, datetime

from ..model import path_name
from ..text import fold
from . import lines as L
from .byline_places import whole_name
from .bylines import is_name_particle, lead_in_byline, names_something_else, writer_job
from .cjk_bylines import cjk_names_alone, is_cjk_job_line
from .dates import (
    date_after_name,
    dateline_date,
    is_clock_stamp,
    is_header_relative_stamp,
    is_numeric_stamp,
    is_relative_stamp,
    parse_date_line,
)
from .headline_pairs import text_words
from .lexicon import (
    CJK_BUTTON_WORDS_RE,
    CJK_REPORTER_RE,
    CJK_WRITER_LABEL,
    FOLLOW_WORDS,
    KANA_RE,
    PORTRAIT_PREFIXES,
    cjk_chars,
    is_ui_phrase,
    line_boilerplate_kinds,
)
from .lexicon_cjk import CJK_PAGE_WORDS_RE
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
from .page import (
    Page,
    headline_candidate,
    is_caption_by_credit,
    is_counter,
    is_furniture_mark,
    is_header_furniture,
    is_trail,
)
from .thresholds import (
    AUTHOR_CARD_ABOVE,
    BUTTON_ROW_WORDS,
    BYLINE_ABOVE_TEXT,
    BYLINE_OVER_HEADLINE,
    CJK_BUTTON_RUN,
    CJK_DEK_CHARS,
    CJK_DEK_REACH,
    CJK_NAME_CHARS,
    CJK_NAME_REACH,
    CJK_NAME_STAMP_LINES,
    DATE_AFTER_NAME_REACH,
    DATELINE_REACH,
    LIST_ITEM_WORDS,
    LOOSE_BYLINE_CARD,
    LOOSE_BYLINE_MARKED_REACH,
    STACKED_DEKS,
    SUMMARY_POINT_CHARS,
    ZH_NAME_CHARS,
)
from .title import cjk_prose, content_words

_LOOSE_BYLINE_TAIL = " ,;|/"  # what a loose byline line trails after its names


_PATH_DATE_RE = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})[_/-]([0-9]{1,2})[_/-]([0-9]{1,2})(?![0-9])")


def date_from_filename(filename: str) -> date | None:
    """A page saved under its address ("site.com_news_2026_02_27_headline.txt") carries its
    publication day there: the date when the page prints none that reads."""
    m = _PATH_DATE_RE.search(path_name(filename))
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _header_limit(page: Page) -> int:
    """Where the header under the headline ends: at the first paragraph that is not a dek.

    A dek (standfirst) is a sentence followed by more header furniture (a byline, the
    dateline, a caption); the body's first paragraph is followed by more text.
    """
    t = page.title_idx
    n = len(page.lines)
    j = t + 1
    while j < min(t + 60, n):
        if (
            not (L.is_prose(page.text(j)) or cjk_prose(page.text(j)))  # (CJK text: by its characters)
            or L.is_caption(page.text(j))
            or is_caption_by_credit(page, j)
            or L.is_cta(page.text(j))  # a newsletter's pitch between the dek and the byline
        ):
            j += 1
            continue
        k = j + 1  # what follows it, past buttons, counters and a newsletter's box
        while k < n and (L.is_chrome(page.text(k)) or is_counter(page.text(k)) or L.is_cta(page.text(k))):
            k += 1
        # (a long paragraph of prose first: it is text whatever furniture tests say, and it is asked quickly)
        if k < n and not (len(page.text(k)) > 200 and L.is_prose(page.text(k))) and _furniture_follows(page, k):
            j += 1
            continue  # a dek: the header goes on under it
        if _cjk_dek(page, j):
            j += 1
            continue  # a CJK standfirst over the byline and the date (review W64)
        run_end = _summary_box_end(page, j)
        if run_end is not None and run_end > j:  # (a CJK paragraph is no summary point: none ends at j)
            j = run_end  # "Key points" / "Takeaways": a box of sentences, the header after it
            continue
        return j
    return min(t + 40, n)


def _cjk_dek(page: Page, j: int) -> bool:
    """Is line j a CJK standfirst: one sentence with the date or a byline under it (past a name alone, buttons)
    before any more running text ("観光船の発着が増え、…。" / "森田 早紀" / "2025年5月12日（月）")?"""
    text = page.text(j)
    if not cjk_chars(text) or len(text) > CJK_DEK_CHARS or text.rstrip("。！？").count("。"):
        return False
    for m in range(j + 1, min(j + 1 + CJK_DEK_REACH, len(page.lines))):
        under = page.text(m)
        if page.date_at(m) or L.byline_names(under) or split_name_date(under):
            return True
        if cjk_prose(under) or L.is_prose(under):
            return False
    return False


def _furniture_follows(page: Page, k: int) -> bool:
    """Is line k header furniture (a byline, a date, a caption), or a second dek sentence with
    furniture right under it? Sentence after sentence with none is the text: a page of short
    paragraphs is no stack of deks."""
    for m in range(k, min(k + STACKED_DEKS + 1, len(page.lines))):
        if not is_header_furniture(page, m):
            return False
        if is_furniture_mark(page, m):
            return True  # furniture of its own, not a sentence taken for a dek
    return False


def _summary_box_end(page: Page, j: int) -> int | None:
    """If a run of sentences starting at j is followed by a byline or dateline before the
    text goes on, the run is a summary box above the header: return where it ends. Its points
    are short sentences; paragraphs of the text's length are the text, whatever dates follow
    them (the readers' comments' stamps, a list of other stories)."""
    n = len(page.lines)
    k = j
    while k < n and (L.is_prose(page.text(k)) or L.is_chrome(page.text(k))):
        if len(page.text(k)) > SUMMARY_POINT_CHARS and not L.is_chrome(page.text(k)):
            return None
        k += 1
    for m in range(k, min(k + 15, n)):
        t = page.text(m)
        if L.is_prose(t) and not L.is_caption(t):
            return None
        if L.is_list_header(t) or headline_candidate(t):
            return None  # lists after the text, not a header
        if page.date_at(m) or L.byline_names(t) or L.is_byline_marker(t) or split_name_date(t):
            return k
    return None


def read_header(page: Page) -> tuple[int, datetime | date | None, datetime | date | None, str | None, int | None]:
    """Where the header ends, the publication and the update it prints (the caller falls back to the date under
    the text, then to the update, then to the file's name), the author and the read time."""
    t = page.title_idx
    n = len(page.lines)
    limit = _header_limit(page)
    header_end = t
    published = None
    updated = None
    cjk_update_at: int | None = None
    for j in range(t + 1, min(max(limit, t + 12), t + 40, n)):
        if j > limit and L.is_list_header(page.text(j)):
            break  # past the header, a list of other stories: their dates are theirs (the text's: page_date.py)
        found = page.date_at(j)
        combo = split_name_date(page.text(j)) or (byline_beside_date(page.text(j)) if j <= t + 2 else None)
        if combo:
            found = combo[1]
        elif not found and j <= t + DATE_AFTER_NAME_REACH:
            found = date_after_name(page.text(j))
        if found:
            if found.updated:
                updated = updated or found.value
                # (a CJK update stamp in the header: a date past it, a list's, is no publication; review W59)
                cjk_update_at = j if cjk_update_at is None and cjk_chars(page.text(j)) else cjk_update_at
            elif published is None and (cjk_update_at is None or j <= limit):
                published = found.value
            if j <= limit:
                header_end = max(header_end, j)
    if published is None:
        # no date in the header: a wire dateline opening the text ("WEXHAM, 14 May 2026 – ...")
        opened = (dateline_date(page.text(j)) for j in range(t + 1, min(limit + DATELINE_REACH, n)))
        published = next((found.value for found in opened if found is not None), None)

    minutes = None
    for j in range(max(0, t - 5), min(limit + 3, t + 30, n)):
        found_minutes = L.read_minutes(page.text(j))
        if not found_minutes:
            continue
        value, says_read = found_minutes
        audio = any(L.is_audio_context(page.text(k)) for k in range(max(0, j - 3), j))
        if says_read or not audio:
            minutes = value
            if t < j <= limit:
                header_end = max(header_end, j)
            break

    author, author_end = _find_author(page, limit)
    if author_end is not None and author_end <= limit and not _under_paragraphs(page, author_end):
        header_end = max(header_end, author_end)
    return header_end, published, updated, author, minutes


def _under_paragraphs(page: Page, j: int) -> bool:
    """Is line j under two paragraphs of running text or more (a short page's byline under its text, read
    from the header's reach: the text starts over it, review W23), not under a dek?"""
    paragraphs = 0
    for k in range(page.title_idx + 1, j):
        text = page.text(k)
        paragraphs += L.is_prose(text) or cjk_prose(text)
        if paragraphs >= 2:
            return True
    return False


def _find_author(page: Page, limit: int) -> tuple[str | None, int | None]:
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
        if j > t + 1 and not text.isascii() and CJK_REPORTER_RE.search(text) and _cjk_name_alone(page, j - 1):
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
            and _near_stamp(page, j)
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
        if _cjk_name_alone(page, j):
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


def _cjk_name_alone(page: Page, j: int) -> bool:
    """Line j, under the headline, a CJK name with no label ("林雨晴" over or under the date): a few
    Han characters alone, printed nowhere else on the page (a section's name by the date comes back
    in the menu), the date or the read time near it."""
    text = page.text(j).strip()
    if text.isascii():  # no CJK character: no name of one (the page's kana not looked for)
        return False
    if not cjk_names_alone(text, japanese=_writes_kana(page)) or CJK_REPORTER_RE.search(text) or page.date_at(j):
        return False  # (several names: "A B、C D"; no job: "地方支局長" over the name)
    by_job = is_cjk_job_line(page.text(j - 1)) or (j + 1 < len(page.lines) and is_cjk_job_line(page.text(j + 1)))
    if L.is_chrome(text) or is_ui_phrase(text) or not (j == page.title_idx + 1 or _near_stamp(page, j) or by_job):
        return False
    if _among_buttons(page, j) and not (by_job or _CJK_LABEL_LINE.fullmatch(page.text(j - 1).strip())):
        return False  # "复制链接" / "微信" / "微博": a share bar's buttons under the date (not "记者" over the name)
    if CJK_BUTTON_WORDS_RE.search(text) or CJK_PAGE_WORDS_RE.search(text):
        return False  # a button's verb ("分享到微信", "收听全文"), a page's word ("有料記事", "独家报道")
    if cjk_chars(text) > ZH_NAME_CHARS and not _writes_kana(page):
        return False  # five characters make a Japanese name only
    return sum(line.text.strip() == text for line in page.lines) == 1


_CJK_LABEL_LINE = re.compile(rf"(?:{CJK_WRITER_LABEL})\s*[：:／/]?")


def _writes_kana(page: Page) -> bool:
    """Is the page Japanese (kana in its headline or its text's first lines)?"""
    t = page.title_idx
    return any(KANA_RE.search(page.text(k)) for k in range(t, min(t + CJK_NAME_REACH + 4, len(page.lines))))


def _among_buttons(page: Page, j: int) -> bool:
    """Is line j in a run of CJK_BUTTON_RUN short CJK lines or more (a row of buttons, a menu)? A name
    has a section's label beside it at most."""

    def short(k: int) -> bool:
        text = page.text(k).strip()
        return bool(text) and len(text) <= CJK_NAME_CHARS[1] and cjk_chars(text) == len(text)

    lo = hi = j
    while lo > 0 and j - lo < CJK_BUTTON_RUN and short(lo - 1):
        lo -= 1
    while hi + 1 < len(page.lines) and hi - j < CJK_BUTTON_RUN and short(hi + 1):
        hi += 1
    return hi - lo + 1 >= CJK_BUTTON_RUN


def _near_stamp(page: Page, j: int) -> bool:
    """The date or the read time within CJK_NAME_STAMP_LINES of line j (a byline's neighbours, over
    a section's label; a crosshead in the text has none)."""
    near = range(max(0, j - CJK_NAME_STAMP_LINES), min(len(page.lines), j + CJK_NAME_STAMP_LINES + 1))
    return any(k != j and (page.date_at(k) or L.read_minutes(page.text(k))) for k in near)


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


def author_above_text(page: Page, body: list[str]) -> str | None:
    """A byline printed right over the text's first paragraph, far under the headline (a
    post's card of its author and time between a column of other stories and the text, over
    its tags and counters), for a page whose header names nobody: the nearest line above the
    text that is a byline with its date or time, unless another byline is over it (then they
    are cards of other stories, each with its author)."""
    if not body:
        return None
    head = body[0]
    first = next(
        (
            k
            for k in range(page.title_idx + 1, len(page.lines))
            if len(page.text(k)) > 1 and head.startswith(page.text(k))
        ),
        None,
    )
    if first is None:
        return None
    top = max(page.title_idx, first - 1 - BYLINE_ABOVE_TEXT)
    for j in range(first - 1, top, -1):
        text = page.text(j)
        if L.is_prose(text) and not L.is_caption(text):
            return None  # a paragraph: the text (or a dek) goes on above, its byline is the header's
        found = _dated_byline(page, j)
        if found is not None:
            others = any(
                _dated_byline(page, k) or L.byline_names(page.text(k))
                for k in range(max(top, j - BYLINE_ABOVE_TEXT), j)
            )
            return None if others else found
    return None


def _dated_byline(page: Page, j: int) -> str | None:
    """The names of line j when it is a byline with its date or time: on the line, or on the next."""
    text = page.text(j)
    combo = split_name_date(text)
    if combo:
        return normalise_names([combo[0]])
    names = L.byline_names(text) or (
        text if L.is_person_name(text) and not (L.is_role_line(text) or text.isupper()) else None
    )
    if names and L.is_name(names) and _stamp(page, j + 1):
        return normalise_names([names])
    return None


def _stamp(page: Page, j: int) -> bool:
    """Is line j a post's date or time ("March 3, 2026", "1:39 PM", "2 hours ago", "3/9/26 10:00AM")?"""
    if j >= len(page.lines):
        return False
    t = page.text(j).strip().lstrip("|·•—–-").strip()  # (" | November 18, 2019": the rest of the byline's line)
    return bool(
        parse_date_line(t)
        or is_clock_stamp(t)
        or (is_header_relative_stamp(t) and any(map(str.isdigit, t)))
        or is_numeric_stamp(t)
    )


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
        if L.is_name(text) and not L.is_job_line(text):
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
