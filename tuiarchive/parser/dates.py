"""Dates as news pages print them.

`parse_date_line` answers only for lines that are mostly a date ("Published On 27 Feb 2026",
"February 26, 2026 at 4:55 p.m. EST", "27.02.2026 - Update : 27.02.2026", ISO stamps), so a
headline that merely mentions a date is not mistaken for the dateline. Relative stamps
("2 hours ago") are not dates: they say nothing once the page is saved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from .cjk_dates import ascii_figures, cjk_afternoon_hour, cjk_published_after, cjk_update_stamp, is_cjk_date_word
from .lexicon_dates import (
    DATE_FILLER_WORDS,
    DATE_SOURCE_RE,
    MONTH_NUMBERS,
    PUBLISHED_WORDS_RE,
    UPDATED_WORDS_RE,
    WEEKDAY_AFTER_COMMA,
)
from .shape import has_digit
from .thresholds import DATE_AFTER_NAME_CHARS, DATE_AFTER_NAME_WORDS, PAGE_CACHE

_MONTHS = MONTH_NUMBERS
_MONTH = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

_DATE_PATTERNS = [
    re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b", re.I),
    # "3 March 2025", "3. März 2025", "3 de marzo de 2025", "3 марта 2025", "21-Dec-2018", "21.dez.2018"
    re.compile(
        r"\b"
        + _DAY
        + r"(?:\.\s*|\s+|-)(?:of\s+|de\s+)?"
        + _MONTH
        + r"(?:,?\s+|-|(?<=\.))(?:de\s+|del\s+)?"
        + _YEAR
        + r"\b",
        re.I,
    ),
    re.compile(
        r"\b" + _YEAR + r"-(?P<mnum>\d\d)-(?P<dnum>\d\d)"
        r"(?:[T ](?P<hh>\d\d):(?P<mm>\d\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?\b",
        re.I,
    ),
    re.compile(r"\b" + _YEAR + r"/(?P<mnum>\d{1,2})/(?P<dnum>\d{1,2})\b"),
    # "2031-4-9": the ISO order with a month or a day of one figure (Chinese pages)
    re.compile(r"\b" + _YEAR + r"-(?P<mnum>\d{1,2})-(?P<dnum>\d{1,2})(?![\d:-])"),
    # "2025.03.03" (Korean, Chinese pages)
    re.compile(r"(?<![\d.])" + _YEAR + r"\.\s?(?P<mnum>\d{1,2})\.\s?(?P<dnum>\d{1,2})(?![\d])"),
    # "2025年3月3日", "2025년 3월 3일"
    re.compile(r"(?<!\d)" + _YEAR + r"\s*[年년]\s*(?P<mnum>\d{1,2})\s*[月월]\s*(?P<dnum>\d{1,2})\s*[日일]?"),
    re.compile(r"(?<![\d.-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)" + _YEAR + r"\b"),
]
# a line without a year needs no search while every pattern holds one (checked here, so that a
# pattern added without a year turns the shortcut off rather than going unmatched)
_YEAR_RE = re.compile(_YEAR) if all(_YEAR in p.pattern for p in _DATE_PATTERNS) else None
_TIME_RE = re.compile(
    r"(?<![\d:.])(?P<h>\d{1,2})(?:(?P<sep>[:.h])(?P<m>\d\d))?(?::\d\d)?\s*"
    r"(?P<ampm>[ap]\.?\s?m\.?(?![a-z]))?",
    re.I,
)
_TZ_RE = re.compile(r"^(?:[A-Z]{1,2}[SD]?T|UTC|GMT|Z)(?:[+-]\d{1,2}(?::?\d\d)?)?$|^[+-]\d\d:?\d\d$")
_FILLER = DATE_FILLER_WORDS
_UPDATED_RE = re.compile(r"^\W*" + UPDATED_WORDS_RE.pattern, re.I)
_RELATIVE_RE = re.compile(
    r"^\W*(?:(?:last\s+)?(?:updated|published|posted|modified)\s*:?\s+)?(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|"
    r"w|wks?|weeks?|mo|months?)\s+ago\W*$|^\W*(?:just now|yesterday|today)\W*$",
    re.I,
)
# The same in the common languages, for the header only: a stamp under or over the headline. Lists of other
# stories print such times under their items too, and the list stages read them by the English form alone
# (review W72: with every stage reading these, lists whose items carry them were cut short or lost).
_RELATIVE_ANY_LANGUAGE_RE = re.compile(
    # "vor 3 Stunden", "il y a 3 heures", "hace 3 horas", "há 3 horas", "3 ore fa", "3 uur geleden", "3 godziny temu",
    # "3 часа назад", with the label of a later stamp or of the publication before it ("Atualizado há 4 horas")
    r"^\W*(?:(?:aktualisiert|veröffentlicht|mis à jour|publié|actualizado|publicado|atualizado|aggiornato|pubblicato"
    r"|bijgewerkt|gepubliceerd|zaktualizowano|aktualizacja|opublikowano|обновлено|опубликовано)\s*:?\s+)?"
    r"(?:(?:vor|il y a|hace|há|ha) \d+\s*(?:sekunden|minuten?|min\.?|stunden?|std\.?|tagen?|wochen?|secondes?|heures?|h"
    r"|jours?|semaines?|segundos?|minutos?|horas?|días?|dias?)"
    r"|\d+\s*(?:secondi|minut[io]|min\.?|ore|ora|giorn[io]|settimane|seconden|minuut|uur|dagen|dag|weken"
    r"|sekund[y]?|minut[ay]?|godzin[ay]?|godz\.?|dni|tygodni[e]?|секунд[уы]?|минут[уы]?|мин\.?|час(?:а|ов)?|дн(?:я|ей)|день"
    r"|недел[иья])\s+(?:fa|geleden|temu|назад))\W*$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class DateLine:
    """A date read from a line, and whether the line gives it as an update."""

    value: datetime | date
    updated: bool  # the line says "Updated ..." (a later stamp, not the publication)


@lru_cache(maxsize=PAGE_CACHE)  # the stages ask it of each line of a header, a list, a card again
def is_relative_stamp(line: str) -> bool:
    return bool(_RELATIVE_RE.match(line))


def is_header_relative_stamp(line: str) -> bool:
    """A relative time in English or the common languages ("vor 3 Stunden", "há 4 horas"), as the header prints it."""
    return is_relative_stamp(line) or bool(_RELATIVE_ANY_LANGUAGE_RE.match(line))


_CLOCK_RE = re.compile(r"^\W*\d{1,2}[:.]\d\d\s*[ap]\.?\s?m\.?(?:\s+[A-Z]{1,4})?\W*$", re.I)


_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?"
_MONTH_ANY = _MONTH.replace("?P<mon>", "?:")
_DAY_ANY = _DAY.replace("?P<day>", "")
_YEARLESS_RE = re.compile(
    rf"^(?:{_WEEKDAY}\s+)?(?:{_DAY_ANY}\s+(?:of\s+)?{_MONTH_ANY}|{_MONTH_ANY}\s+{_DAY_ANY})$",
    re.I,
)


def is_yearless_date(line: str) -> bool:
    """ "Saturday 20 November", "Nov. 3": a date without its year (a fixture's day, a feed's
    day): not a headline, though it is capitalised like one."""
    return len(line) <= 32 and bool(_YEARLESS_RE.match(line.strip()))


_NUMERIC_STAMP_RE = re.compile(r"^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}[:.]\d\d\s*(?:[ap]\.?\s?m\.?)?$", re.I)


def is_numeric_stamp(line: str) -> bool:
    """ "3/9/26 10:00AM": a post's day in figures with its time (which day is which is the
    site's convention: a stamp, not a date to read)."""
    return bool(_NUMERIC_STAMP_RE.match(line))


def is_clock_stamp(line: str) -> bool:
    """ "1:39 PM ET", "10.05 a.m.": a time of day with its a.m./p.m. alone on a line (the
    stamp of today's article; a feed's bare "08:26" is not one)."""
    return len(line) <= 24 and bool(_CLOCK_RE.match(line))


def _match_date(line: str) -> tuple[date, re.Match[str]] | None:
    if _YEAR_RE is not None and not _YEAR_RE.search(line):
        return None
    best: tuple[date, re.Match[str]] | None = None
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(line):
            found = _to_date(m)
            if found and (best is None or m.start() < best[1].start()):
                best = (found, m)
                break
    return best


def date_start(line: str) -> int | None:
    """Where the first date in the line begins (None: no date)."""
    if not has_digit(line):
        return None
    found = _match_date(line if line.isascii() else ascii_figures(line))
    return found[1].start() if found else None


def _to_date(m: re.Match[str]) -> date | None:
    groups = m.groupdict()
    year = int(groups["year"])
    try:
        if groups.get("mon"):
            return date(year, _MONTHS[groups["mon"].lower().rstrip(".")], int(groups["day"]))
        if groups.get("mnum"):
            return date(year, int(groups["mnum"]), int(groups["dnum"]))
        a, b = int(groups["a"]), int(groups["b"])
        # Day first unless that is impossible: most sites that print numeric dates do so.
        if a > 12 or b <= 12:
            return date(year, b, a)
        return date(year, a, b)
    except (ValueError, KeyError):
        return None


def _match_time(rest: str) -> tuple[int, int] | None:
    for m in _TIME_RE.finditer(rest):
        hour = int(m.group("h"))
        minute = int(m.group("m") or 0)
        ampm = (m.group("ampm") or "").lower().replace(".", "").replace(" ", "")
        if m.group("sep") is None and not ampm:
            continue  # a bare number is not a time
        if m.group("sep") == "." and not ampm and not re.match(r"\s*[A-Z]{2,4}\b", rest[m.end() :]):
            continue  # "10.30" only with am/pm or a time zone after it
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour < 24 and minute < 60:
            return hour, minute
    return None


_GLUE_RE = re.compile(r"(?<=[\da-z.])(?=(?:Updated|Published|Posted|Modified)\b)|(?<=\b(?:19|20)\d\d)(?=\d{1,2}:\d\d)")


_SOURCE_TAIL = re.compile(r"\s[/|·•]\s+([^/|·•\d]{2,40})$")
_READ_TIME_TAIL = re.compile(r"\s*[·•|]\s*\d{1,3}\s*min(?:ute)?s?\.?(?:\s+read)?\s*$", re.I)


@lru_cache(maxsize=PAGE_CACHE)
def parse_date_line(line: str, *, max_len: int = 80) -> DateLine | None:
    """The date a dateline prints, or None when the line is not (mostly) a date."""
    if not has_digit(line) or (len(line) > max_len and not (len(line) <= 2 * max_len and _TWO_STAMPS_RE.match(line))):
        return None  # (a line that opens with a stamp's label may print two stamps: "Updated ... | Published ...")
    if not line.isascii():
        line = ascii_figures(line)  # "２０３１年４月９日": full-width figures, as CJK pages print them
    if _YEAR_RE is not None and not _YEAR_RE.search(line):
        return None  # no date to find (gluing parts apart and cutting a source off make no year)
    # pages glue parts together: "9:12 AM GMT+1Updated 2 hours ago", "October 2, 20255:00 AM ET"
    line = _GLUE_RE.sub(" ", line)
    source = DATE_SOURCE_RE.search(line)
    if source and line[: source.start()].strip():
        line = line[: source.start()]  # "2017-03-10 08:42 Source: Daily Post": the source is no word of the date
    elif source:  # "来源：北港日报 2024-01-15 10:15": the source's label and its name before the date
        named = line[source.end() :].split(None, 1)
        line = named[1] if len(named) == 2 else ""
    found = _match_date(line)
    if found is None:
        return None
    day, m = found
    head, tail = line[: m.start()], line[m.end() :]
    if _TRAIL_HEAD_RE.match(head):
        head = ""  # the sections of a breadcrumb trail, the date after them on its line
    if m.groupdict().get("hh"):
        when: datetime | date = datetime(day.year, day.month, day.day, int(m["hh"]), int(m["mm"]))
        tail_for_time = ""
    else:
        when = day
        tail_for_time = re.split(r"\s[-|•·]\s", UPDATED_WORDS_RE.split(tail, maxsplit=1)[0], maxsplit=1)[0]
    clock = _match_time(tail_for_time) or _match_time(head)
    if clock is not None:
        hour = clock[0] if line.isascii() else cjk_afternoon_hour(line, clock[0])
        when = datetime(day.year, day.month, day.day, hour, clock[1])
    tail = _READ_TIME_TAIL.sub("", tail)  # "Oct 15, 2015 · 18 min read": the read time beside it
    tail = UPDATED_WORDS_RE.split(tail, maxsplit=1)[0]
    source = _SOURCE_TAIL.search(tail)
    if source and all(word[:1].isupper() for word in source.group(1).split()):
        tail = tail[: source.start()]  # "February 27, 2026 / 10:14 AM / CBS News": the source
    if _leftover_words(head + " " + tail) > 1 and _leftover_words(_no_relative(head) + " " + _no_relative(tail)) > 1:
        return None
    cjk = not line.isascii()
    updated = bool(_UPDATED_RE.match(line)) or (cjk and cjk_update_stamp(line))  # ("更新日：…": a later stamp)
    if updated:
        # "Updated March 4, 2025 / Published March 3, 2025": the publication comes second
        published = PUBLISHED_WORDS_RE.search(line, m.end())
        at = published.start() if published else (cjk_published_after(line, m.end()) if cjk else None)
        found_published = parse_date_line(line[at:], max_len=max_len) if at is not None else None
        if found_published is None and at is None:
            found_published = _stamp_after(line, m.end(), max_len)  # "Updated ... / Issued ...": any label
            if found_published is not None and _day(found_published.value) > day:
                found_published = None  # a later date is no publication of this update
        if found_published is not None and not found_published.updated:
            return found_published
    return DateLine(when, updated=updated)


# a stamp's label opening its line: the publication's or a later one's
_TWO_STAMPS_RE = re.compile(rf"^\W*(?:{UPDATED_WORDS_RE.pattern}|{PUBLISHED_WORDS_RE.pattern})", re.I)
# where a second stamp on a stamp's line begins: after a mark between them ("... 10:14 | Publiziert ...")
_STAMP_SEPARATOR_RE = re.compile(r"\s[|·•/–—-]\s|[,;]\s|\)?\s\(")


def _day(value: datetime | date) -> date:
    return value.date() if isinstance(value, datetime) else value


def _stamp_after(line: str, start: int, max_len: int) -> DateLine | None:
    """The second stamp on an update's line, under whatever label ("Updated 4 May 2026 | Issued 3 May 2026"):
    a publication is never later than its update, so it is the earlier date of the two."""
    for mark in _STAMP_SEPARATOR_RE.finditer(line, start):
        found = parse_date_line(line[mark.end() :].rstrip(")"), max_len=max_len)
        if found is not None:
            return found
    return None


_STAMP_MARKS_RE = re.compile(r"\s*[·•|]\s*")
# a breadcrumb trail's sections before the date on its line ("Home > News > Local | 14 May 2026"): two words
# at most each, a trail's mark between them, a stamp's mark after the last
_TRAIL_HEAD_RE = re.compile(r"^\W*[^\W\d][^>»›|·•]{0,30}(?:\s*[>»›]\s*[^\W\d][^>»›|·•]{0,30}){1,4}\s*[|·•—–]\s*$")
# a wire dateline opening the text's first paragraph with its date ("WEXHAM, 14 May 2026 – Farmers ...",
# "Roccalba (Agency), 3 marzo 2026 - ..."): a place of a few capitalised words, maybe an agency in brackets,
# a comma, the date, a dash
_DATELINE_DATE_RE = re.compile(
    r"^(?P<place>[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,3})(?: \([^()]{1,30}\))?,\s+"
    r"(?P<date>[^–—()]{6,60}?)(?: \([^()]{1,30}\))?\s*[—–-]{1,2}\s+\S"
)


_WEEKDAY_OPENS_RE = re.compile(rf"^(?:{WEEKDAY_AFTER_COMMA})\b\W*$", re.I)


def dateline_date(text: str) -> DateLine | None:
    """The date of a wire dateline that opens a paragraph ("WEXHAM, 14 May 2026 – ..."), None for other text."""
    if not has_digit(text[:120]):
        return None
    m = _DATELINE_DATE_RE.match(text)
    if m is None or not all(word[:1].isupper() for word in m["place"].split()):
        return None
    stamp = m["date"].strip().rstrip(",")
    at = date_start(stamp)
    if at is None or (at and not _WEEKDAY_OPENS_RE.match(stamp[:at])):
        return None  # "Later, on 14 May 2026 – ...": a sentence's words before the date, no dateline
    found = parse_date_line(stamp)
    return found if found is not None and not found.updated else None


def _no_relative(text: str) -> str:
    """A dateline's part without the relative time printed beside the date ("il y a 2 heures · 6 mars 2026")."""
    return " ".join(piece for piece in _STAMP_MARKS_RE.split(text) if not is_header_relative_stamp(piece))


def _leftover_words(text: str) -> int:
    text = _TIME_RE.sub(" ", text)
    count = 0
    for token in re.findall(r"[^\s|,:;/()\[\]•·\-–—：]+", text):
        bare = token.strip(".").lower()
        if not bare or bare in _FILLER or _TZ_RE.match(token.strip(".")):
            continue
        if _match_date(token) or bare.isdigit():
            continue
        if bare in _MONTHS or (not token.isascii() and is_cjk_date_word(token)):
            continue
        count += 1
    return count


def date_after_name(line: str) -> DateLine | None:
    """The date half of "Jane Roe, 12 March 2026" / "Campaign Note, le 8 février 2026": a few capitalised
    words and a comma or a mark before a whole date (whether those words are a byline is the names'
    question; the date is read either way: the brief's "the date half must be read")."""
    if len(line) > DATE_AFTER_NAME_CHARS:
        return None
    at = date_start(line)
    if not at:
        return None
    words = line[:at].split()
    while words and words[-1].lower().strip(",") in DATE_FILLER_WORDS:
        words.pop()  # "le", "am", "on", "Monday,": the date's own words
    head = " ".join(words)
    words = head.rstrip(",;·•|—–-").split()
    if not head.endswith((",", ";", "·", "•", "|", "—", "–", "-")) or not 1 <= len(words) <= DATE_AFTER_NAME_WORDS:
        return None
    if not all(w[:1].isupper() or len(w) <= 3 for w in words):  # a name's words (and its particles: "de", "van")
        return None
    return parse_date_line(line[at:])
