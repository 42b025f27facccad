"""A CJK writer's name alone on a line of the header, with no label ("林雨晴" over or under the date)."""

from __future__ import annotations

import re

from . import lines as L
from .cjk_bylines import cjk_names_alone, is_cjk_job_line
from .lexicon import CJK_BUTTON_WORDS_RE, CJK_REPORTER_RE, CJK_WRITER_LABEL, KANA_RE, cjk_chars, is_ui_phrase
from .lexicon_cjk import CJK_PAGE_WORDS_RE
from .page import Page
from .thresholds import CJK_BUTTON_RUN, CJK_NAME_CHARS, CJK_NAME_REACH, CJK_NAME_STAMP_LINES, ZH_NAME_CHARS


def cjk_name_line(page: Page, j: int) -> bool:
    """Line j, under the headline, a CJK name with no label ("林雨晴" over or under the date): a few
    Han characters alone, printed nowhere else on the page (a section's name by the date comes back
    in the menu), the date or the read time near it."""
    text = page.text(j).strip()
    if text.isascii():  # no CJK character: no name of one (the page's kana not looked for)
        return False
    if not cjk_names_alone(text, japanese=_writes_kana(page)) or CJK_REPORTER_RE.search(text) or page.date_at(j):
        return False  # (several names: "A B、C D"; no job: "地方支局長" over the name)
    by_job = is_cjk_job_line(page.text(j - 1)) or (j + 1 < len(page.lines) and is_cjk_job_line(page.text(j + 1)))
    if L.is_chrome(text) or is_ui_phrase(text) or not (j == page.title_idx + 1 or near_stamp(page, j) or by_job):
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


def near_stamp(page: Page, j: int) -> bool:
    """The date or the read time within CJK_NAME_STAMP_LINES of line j (a byline's neighbours, over
    a section's label; a crosshead in the text has none)."""
    near = range(max(0, j - CJK_NAME_STAMP_LINES), min(len(page.lines), j + CJK_NAME_STAMP_LINES + 1))
    return any(k != j and (page.date_at(k) or L.read_minutes(page.text(k))) for k in near)
