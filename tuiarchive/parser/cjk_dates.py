"""Chinese and Japanese datelines' own words: a label before the date ("配信：", "掲載日", "发布于") and a
weekday beside it ("（金）", "星期四", "週四"), which a dateline carries and a sentence mentioning a date does not."""

from __future__ import annotations

import re

from .lexicon_dates import CJK_DATE_LABELS, CJK_PUBLISHED_RE, CJK_TIME_WORD_ENDS, CJK_UPDATED_RE
from .thresholds import CJK_DATE_LABEL_CHARS

# A weekday: named with its week's word ("星期四", "周四", "週四", "禮拜天"), or by its day's character in brackets
# ("（金）", "(木・祝)": a holiday marked beside it) or with 曜 ("金曜日"); a bare "金" is no weekday
_CJK_WEEKDAY_RE = re.compile(
    r"[(（]?(?:星期|礼拜|禮拜|周|週)[一二三四五六日天][)）]?"
    r"|[(（][月火水木金土日](?:曜日?)?(?:[・･][祝休])?[)）]"
    r"|[月火水木金土日]曜日?"
)
_TIME_WORD_CHARS = "".join(CJK_TIME_WORD_ENDS)
# a piece of a CJK date or time left when its figures are read as a clock's ("31年", "月", "15日", "30分"), or
# brackets alone ("【", "】" around "【2031年2月14日】")
_CJK_DATE_PIECE_RE = re.compile(r"\d{0,4}[年月日時时分秒号號]|[【】〔〕［］（）「」『』《》〈〉]+")
_LABEL_MARKS = "：:（）()［］[]【】 \u3000"


def is_cjk_date_word(token: str) -> bool:
    """A token of a CJK dateline that is the date's own word, not a leftover that makes the line a sentence:
    a weekday, a piece of a date or its brackets, or a label of the date (a publication word, or a short word
    for a day or a time: "配信日時")."""
    if _CJK_WEEKDAY_RE.fullmatch(token) or _CJK_DATE_PIECE_RE.fullmatch(token):
        return True
    label = token.strip(_LABEL_MARKS).removesuffix("于").removesuffix("於")
    if label in CJK_DATE_LABELS:
        return True
    stem = label.rstrip(_TIME_WORD_CHARS)  # "配信日時" -> "配信", "发布时间" -> "发布", "日期" -> ""
    return stem != label and len(label) <= CJK_DATE_LABEL_CHARS and (not stem or stem in CJK_DATE_LABELS)


# full-width figures and the marks between them ("２０３１年４月９日　１０：２０", "２０３１／４／９"): ASCII ones
_FULL_WIDTH_FIGURES = str.maketrans("０１２３４５６７８９：／．－", "0123456789:/.-")
# the afternoon's or the evening's word before a CJK time ("午後3:20", "下午 3:20", "晚上9:05"): an hour after noon
_AFTERNOON_RE = re.compile(r"(?:午後|午后|下午|晚上|晚間|晚间|夜間|夜间)\s*(?P<h>\d{1,2})(?=[:時时点點])")


def ascii_figures(line: str) -> str:
    """A CJK line with its full-width figures as ASCII ones (one character for one: positions hold)."""
    return line.translate(_FULL_WIDTH_FIGURES)


def cjk_afternoon_hour(line: str, hour: int) -> int:
    """The hour of a CJK time on the 12-hour clock with the afternoon's word before it ("下午3:20": 15)."""
    found = _AFTERNOON_RE.search(line)
    return hour + 12 if found is not None and int(found["h"]) == hour < 12 else hour


def cjk_update_stamp(line: str) -> bool:
    """A CJK dateline labelled as an update ("更新日：…", "最終更新 …", "更新于 …"): a later stamp, not the
    publication, as "Updated …" is."""
    return CJK_UPDATED_RE.match(line) is not None


def cjk_published_after(line: str, start: int) -> int | None:
    """Where a publication's label starts after an update stamp on the same CJK line ("更新：… 公開：…")."""
    found = CJK_PUBLISHED_RE.search(line, start)
    return found.start() if found else None
