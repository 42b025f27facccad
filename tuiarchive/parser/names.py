"""Author names on a header line: "Jane Roe — 8 November 2025", "A, B and C", "Jane Roe • 8h"."""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from ..text import fold
from . import lines as L
from .bylines import date_words_start, is_job_line, lead_in_byline, short_filler_kept, writer_job
from .cjk_bylines import cjk_date_byline, is_date_label
from .cjk_dates import ascii_figures
from .dates import date_start, parse_date_line
from .lexicon import (
    CJK_BYLINE_RE,
    CJK_WRITER_LABEL,
    DIGIT_RE,
    FOLLOW_WORDS,
    KANA_RE,
    NAME_DATE_SPLIT,
    PICTURE_WORDS,
    SHORT_DATE_RE,
    STAMP_TAIL_RE,
    ZH_FAMILY_NAMES,
    cjk_chars,
)
from .lexicon_dates import CJK_TIME_WORD_ENDS, PUBLISHED_WORDS_RE, WEEKDAY_AFTER_COMMA
from .thresholds import (
    AGENCY_SHORT_CHARS,
    BYLINE_CHARS,
    CJK_DATED_NAME_CHARS,
    CJK_NAME_CHARS,
    JOB_LINE_WORDS,
    PAGE_CACHE,
)

YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# Where NAME_DATE_SPLIT can split a line: at a dash, a bar, a dot or a bullet, a hyphen between spaces
# or a comma before a weekday; a line with none is not searched (the search tries every place)
_MARKS = "—–|·•｜／\u3000"
_SPACED_HYPHEN = re.compile(r"\s[-/]\s")


def _spaced_mark(text: str) -> bool:
    """_SPACED_HYPHEN in the line (" - ", " / "): a line with neither mark is told in C (issue 12)."""
    return ("-" in text or "/" in text) and _SPACED_HYPHEN.search(text) is not None


_COMMA_DAY = re.compile(rf",\s+(?:{WEEKDAY_AFTER_COMMA})\b", re.I)


_NAME_LIST_SEP = re.compile(r",?\s+(?:and|&)\s+|,\s*")  # "A, B and C", "A & B": between names


def split_names(text: str) -> list[str]:
    """ "A, B and C" -> ["A", "B", "C"] (each stripped; empty pieces kept out)."""
    return [p.strip() for p in _NAME_LIST_SEP.split(text) if p.strip()]


def _split_at_mark(text: str) -> list[str]:
    """NAME_DATE_SPLIT.split(text, maxsplit=1): the name and the date (or the line whole)."""
    # (_SPACED_HYPHEN's marks told in C first: most lines hold neither)
    if any(map(text.__contains__, _MARKS)) or _spaced_mark(text) or _COMMA_DAY.search(text):
        return NAME_DATE_SPLIT.split(text, maxsplit=1)
    return [text]


_BY_WORD_RE = re.compile(r"\s(?:by|par|por|von|di|da|door|av|af)\s", re.I)


def name_then_date(text: str) -> tuple[str, object] | None:
    """ "by Jane Roe July 10, 2015", "By Jane Roe on Monday, March 3, 2025 at 11:04 a.m.": a
    byline and a date with no mark between them (or only the words a dateline wraps a date in)."""
    tokens = text.split()
    if not 3 <= len(tokens) <= 20:
        return None
    at = date_start(text)
    if at is None or at == 0:
        return None
    top = k = len(text[:at].split())  # the date's first token
    k = max(1, date_words_start(tokens, k, dated=True, months=False))  # "on", "Monday,", "le", "am"
    if k < top and short_filler_kept(tokens, k) and _lone_word(" ".join(tokens[:k])):
        kept = " ".join(tokens[: k + 1]).rstrip(",;")
        if L.is_name(L.byline_names(kept) or kept):
            k += 1  # "By Yang Sun, March 3, 2025": "Sun" is the surname, not the weekday
    found = parse_date_line(" ".join(tokens[k:]))
    if not found or k < 2:
        return None
    before = " ".join(tokens[:k])
    name = before.rstrip(",;·•|—– ")
    # "Campaign Assessment, February 8, 2026" is a headline with its date; a bare name
    # counts only when nothing stands between it and the date, or only the date's own words
    # ("Jane Roe on March 3, 2026", "Jeanne Roux, publié le 3 mars 2026") after a person's name
    alone = name == before and k == top
    # (the words that say it was published, or the "on" of a date: "Campaign Assessment Update,
    # February 8" is a headline's)
    date_words = " ".join(tokens[k:top])
    said = PUBLISHED_WORDS_RE.search(date_words) is not None or (
        date_words.lower() in _ON_WORDS and not before.endswith(",")
    )
    with_date_words = k < top and said and not any(ch in before.rstrip(",") for ch in ",;") and L.is_person_name(name)
    # a person's name, a comma and the date with its time of day ("Jane Roe, 3 March 2026, 10:15"): a
    # headline printed with its date has no time
    timed = isinstance(found.value, datetime) and before.endswith(",") and L.is_person_name(name)
    bare = L.is_name(name) and (alone or with_date_words or timed)
    names = L.byline_names(name) or (name if bare else None) or (labelled_byline(name) if said else None)
    return (names, found) if names else None


_ON_WORDS = frozenset({"on", "le", "am", "el", "il", "em", "op"})  # "Jane Roe on March 3, 2026", "Ole Roth am 3. März"


def _lone_word(before: str) -> bool:
    """ "By Yang", "Minh": one word of a name before the date's words (no name alone)."""
    before = before.rstrip(",;")
    return len((L.byline_names(before) or before).split()) == 1


def date_then_name(text: str) -> tuple[str, object] | None:
    """ "Posted on March 3, 2025 by Jane Roe", "3 mars 2025 par Jeanne Roux": the date first."""
    for m in reversed(list(_BY_WORD_RE.finditer(text))):  # the last first: a date has no "by" ("da Silva" may)
        name = text[m.end() :].strip().rstrip(",;|")
        found = parse_date_line(text[: m.start()].strip().rstrip(",;|·•—–-"))
        if found and (L.is_name(name) or names_line(name)):
            return name, found
    cjk = CJK_BYLINE_RE.search(text)  # "2026年3月12日 10:14 記者 山本太郎": the date, then a CJK byline
    if cjk is not None and cjk.start() > 0 and cjk["names"]:
        found = parse_date_line(text[: cjk.start()].strip().rstrip(",;|·•—–-｜"))
        if found:
            return cjk["names"], found
    return None


@lru_cache(maxsize=PAGE_CACHE)
def split_name_date(text: str) -> tuple[str, object] | None:
    """ "Oksana Mirna — Saturday, 8 November 2025, 07:41": a byline and a date on one line."""
    if len(text) > 120 or not DIGIT_RE.search(text):
        return None
    pieces = _split_at_mark(text)
    found = _split_at(pieces) if len(pieces) == 2 else None
    if found is None and YEAR_RE.search(text if text.isascii() else ascii_figures(text)):  # ("２０３１年": full width)
        # no mark between the two, or the mark is the date's own: "Von Jana Roth, 12.03.2026 - 10:14"
        found = _cjk_byline_then_date(text) or name_then_date(text) or date_then_name(text)  # (the label's shape first)
        if found is None and not text.isascii():
            return cjk_date_byline(text)  # "2026年3月3日 森野 葵 記者": a space between them
        if found is None:
            return _glued_name_date(text)
    return found


# Where a saved page's elements met with no space between them: a letter then a figure, a small letter then a capital
_GLUED_AT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=[a-zß-ÿ])(?=[A-ZÀ-Þ])")


def _glued_name_date(text: str) -> tuple[str, object] | None:
    """ "By Jane Roe3 March 2026", "By Jane RoeMarch 3, 2026": a byline and the date in elements of their own that the
    copy joined with no space between (a name's inner capital, "McAdams", is tried and passed by: no date after it).
    A byline's word it must have: a name alone glued to a date is an outlet's as often ("Harbour Finance3 March")."""
    for glue in _GLUED_AT.finditer(text):
        names = L.byline_names(text[: glue.start()].strip())
        found = parse_date_line(text[glue.start() :]) if names else None
        if found is not None:
            return names, found
    return None


# A Japanese credit, then its date: a short run of a role's words, "・" or "／", a name of three to five characters
# (or a family and a given name with a space), then the date ("構成・A　2026年2月4日", "聞き手・A 2026.2.4");
# two characters, or no date, is a pair of words as often ("政治・経済": sections)
_JA_CREDIT_RE = re.compile(
    r"^(?P<role>[\u4e00-\u9fff\u3040-\u309f]{1,6})[・／]"
    r"(?P<names>[\u4e00-\u9fff々]{3,5}|[\u4e00-\u9fff々]{1,3}[ \u3000][\u4e00-\u9fff々\u3040-\u30ff]{1,3})[\s|｜]+\d"
)


def _cjk_byline_then_date(text: str) -> tuple[str, object] | None:
    """ "作者：周晓岚 发布于2026年2月4日", "取材・文：浜田涼子｜2026/2/4 10:12": a labelled CJK byline, then its
    date."""
    cjk = CJK_BYLINE_RE.search(text)
    if cjk is None or not cjk["names"]:
        cjk = _JA_CREDIT_RE.match(text)  # "構成・森川葵　2026年2月4日": any role's words, by the credit's shape
        if cjk is None or cjk["role"] in PICTURE_WORDS:
            return None  # ("写真・A": the picture's)
    names = L.byline_names(text) if cjk.re is CJK_BYLINE_RE else None
    names = names if names and names.startswith(cjk["names"]) else cjk["names"]
    rest = text[cjk.start("names") + len(names) :].strip().lstrip("|｜/／·・—–- ").strip()
    found = parse_date_line(rest) or parse_date_line(_CJK_DATE_LABEL_HEAD.sub("", rest, count=1))
    return (names, found) if found else None


# A date's label in Chinese or Japanese before its figures: a word for a day or a time ("公開日", "配信日時"), or a
# few characters and a colon ("更新：")
_CJK_DATE_LABEL_HEAD = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}[日时時间間期]|[\u4e00-\u9fff]{1,5}\s*[：:])\s*(?=\d)")


def _split_at(pieces: list[str]) -> tuple[str, object] | None:
    """The byline before the mark, the date after it (past a role, an agency or the read time)."""
    name, rest = pieces[0].strip(), pieces[1].strip()
    names = L.byline_names(name) or (name if L.is_name(name) else None) or labelled_byline(name)
    # "Senior correspondent Jane Roe · 3 March 2026", "Jane Roe, Senior correspondent · 3 March 2026"
    names = names or names_after_jobs(name) or name_with_role(name)
    if not names:
        return None
    found = parse_date_line(rest)
    while found is None and len(between := _split_at_mark(rest)) == 2:
        found = parse_date_line(between[0])
        if found is not None:
            break  # "Jane Roe — 2025-03-03 — in News — Permalink": the post's links after its date
        # "Jane Roe • Senior Editor • March 3, 2025": a role or an agency between name and date
        # (or the read time: "Jane Roe · 4 min read · Mar 3, 2025")
        if not (L.is_role_line(between[0]) or _agency(between[0]) or L.read_minutes(between[0].strip())):
            return None
        rest = between[1].strip()
        found = parse_date_line(rest)
    return (names, found) if found else None


def _agency(text: str) -> bool:
    """ "Reuters", "AFP": one capitalised word beside a byline; or an agency's short name that some
    languages print in small letters ("dpa", "epd")."""
    text = text.strip()
    if len(text.split()) != 1 or not text.strip(".").isalpha():
        return False
    return text[:1].isupper() or (text.islower() and len(text) <= AGENCY_SHORT_CHARS)


@lru_cache(maxsize=PAGE_CACHE)  # the header and the related lists ask it of the same lines
def names_line(text: str) -> str | None:
    """ "Lucy Hartwell (now) and Tom Ambrose (earlier)", "A, B and C": several names, one line."""
    if len(text) > 160 or not (re.search(r" and | & ", text) or _FOREIGN_AND.search(text)):
        return None  # "A, B" alone is as often a photo credit ("Tetiana DZHAFAROVA, SAUL LOEB")
    bare = re.sub(r"\s*\([^)]{1,30}\)", "", text).strip()
    parts = split_names(_FOREIGN_AND.sub(" and ", bare))  # "Jana Roth und Max Muster"
    if len(parts) >= 2 and all(L.is_name(p) for p in parts):
        return ", ".join(parts)
    return None


@lru_cache(maxsize=PAGE_CACHE)  # the header and the related lists ask it of the same lines
def name_with_role(text: str) -> str | None:
    """ "Olga Mirskaya, Data desk", "Anna Keller | Senior correspondent": the name."""
    if len(text) > 90:
        return None
    for sep in (", ", " | ", " / ", " – ", " — ", " - "):
        if sep in text:
            name, role = text.split(sep, 1)
            if name[:1].islower() and L.byline_names(text):
                return None  # "di Ada Neri, inviata, e Leo Riva, ANSA": a byline's word, its names all the byline's
            if L.is_name(name) and (L.is_role_line(role) or _agency(role) or writer_job(role)):  # "| Reuters"
                return name.strip()
    return None


# Between the names of a byline that prints each with its job first: a comma, "and" in the common languages
_AND_WORDS = r"(?:and|&|und|et|y|e|en|i|og|och|ve)"
_JOBS_NAMES_SEP = re.compile(rf",\s*(?:{_AND_WORDS}\s+)?|\s+{_AND_WORDS}\s+")


@lru_cache(maxsize=PAGE_CACHE)
def names_after_jobs(text: str) -> str | None:
    """The names of a byline that prints each writer's job before the name ("Senior correspondent Jane Roe",
    "Redakteurin Jana Roth und Reporter Max Weber", "Journaliste au service local Ana Ruiz"): each piece a
    writer's job of a few words (a journalist's word of the lexicon, no one else's title: "President X" is
    no byline) then a person's name, or a name alone; one job at least. The pieces are cut at the first
    "and" or comma that ends one ("Rédacteur en chef X": the French "en" of a job is no "and")."""
    text = text.strip()
    if len(text) > 2 * BYLINE_CHARS or any(map(str.isdigit, text)) or text.endswith(L.TERMINAL):
        return None
    names, jobs, start = [], 0, 0
    cuts = [(m.start(), m.end()) for m in _JOBS_NAMES_SEP.finditer(text)] + [(len(text), len(text))]
    for cut, after in cuts:
        piece = text[start:cut].strip()
        name = _name_after_job(piece)
        if name is None and L.is_person_name(piece) and not is_job_line(piece):
            name = piece
        elif name is not None:
            jobs += 1
        if name is not None:
            names.append(name)
            start = after
    return ", ".join(names) if jobs and start == len(text) else None


_NAME_JOB_BRACKETS_RE = re.compile(r"^(?P<name>[^()]{4,60}?)\s*\((?P<job>[^()]{2,60})\)$")


@lru_cache(maxsize=PAGE_CACHE)
def name_with_job_in_brackets(text: str) -> str | None:
    """ "Jane Roe (Senior correspondent)", "Jana Roth (Lokalredaktion)", "Jane Roe (AFP)": a name with the writer's
    job or agency in brackets after it."""
    found = _NAME_JOB_BRACKETS_RE.match(text.strip()) if len(text) <= BYLINE_CHARS else None
    if found is None or not L.is_name(found["name"]):
        return None
    job = found["job"].strip()
    return found["name"].strip() if is_job_line(job) or _agency(job) else None


def _name_after_job(piece: str) -> str | None:
    """ "Data editor Jane Roe" -> "Jane Roe": the shortest writer's job at the piece's start with a person's
    name after it."""
    tokens = piece.split()
    for k in range(1, min(len(tokens) - 1, JOB_LINE_WORDS + 1)):
        job, name = " ".join(tokens[:k]), " ".join(tokens[k:])
        writers = is_job_line(job) and (writer_job(job) or not L.is_role_line(job))  # (no "President")
        if writers and name[:1].isupper() and L.is_person_name(name) and not is_job_line(name):  # (no "de Local X")
            return name
    return None


@lru_cache(maxsize=PAGE_CACHE)
def name_with_stamp(text: str) -> str | None:
    """ "Jane Roe • 8h", "Jane Roe 1 day ago", "Jane Roe, @jroe": a name with its time or handle."""
    if len(text) > 80:
        return None
    m = STAMP_TAIL_RE.match(text.strip())
    if not m:
        return None
    name = m.group("name").strip()
    names = L.byline_names(name) or (name if L.is_name(name) else None)
    return names or None


def names_after_date(text: str) -> str | None:
    """ "March 3, 2026 | Jane Roe": the names of a byline printed after its date."""
    if len(text) > 120:  # before the split: it scanned every body paragraph (~8% of indexing)
        return None
    pieces = _split_at_mark(text)
    if len(pieces) != 2 or not parse_date_line(pieces[0]):
        return None
    rest = pieces[1].strip()
    return L.byline_names(rest) or (rest if L.is_name(rest) or _zh_name(rest) else None)


def _zh_name(text: str) -> bool:
    """A Chinese name alone by its shape ("王晓明", "欧阳 晓"): a common family name, then two characters (or a spaced
    name's); a word of two ("文化", "金融": a section's, a family name's character first) is none."""
    return text[:1] in ZH_FAMILY_NAMES and (len(text) == 3 or " " in text) and cjk_name_alone(text)


@lru_cache(maxsize=PAGE_CACHE)  # the related lists ask it of the same lines again
def split_name_date_reversed(text: str) -> bool:
    """ "Jun 17 • Rhea Castel": a date, then a name."""
    pieces = _split_at_mark(text)
    if len(pieces) != 2:
        return False
    return bool(L.is_name(pieces[1].strip()) and (parse_date_line(pieces[0]) or SHORT_DATE_RE.match(pieces[0].strip())))


# A writer's label before the names, glued to them or alone ("作者：", "记者王小明"): no part of a name
# (a one-character label, "文", only with its mark: "文天祥" is a name)
_CJK_LABEL_HEAD = re.compile(rf"^(?:(?:{CJK_WRITER_LABEL})\s*[：:／/・·|｜]\s*|(?:{CJK_WRITER_LABEL})(?<!^文)\s*)")


# A label of a word or two and its colon before the names ("Textes : ...", "Redacción: ...")
_LABEL_HEAD = re.compile(r"^(?P<label>[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*)?)\s*:\s*(?P<rest>\S.*)$")


def labelled_byline(text: str) -> str | None:
    """The names of a byline's half of a line with its date: after a label ("Writer: A", "Texte : A") or
    a few words of its own ("Reporting by A", "Filed by A")."""
    return labelled_names(text) or lead_in_byline(text)


# The label of the voice that reads a story's audio, in the common languages: a reader, no writer
_VOICE_LABELS = frozenset(
    {
        "voice", "voices", "narrator", "narration", "narrated", "audio", "reader", "sprecher", "sprecherin", "stimme",
        "voix", "narrateur", "narratrice", "lecture", "voz", "narrador", "narradora", "locución", "locutor", "locutora",
        "voce", "narratore", "lettura", "stem", "voorlezer",
    }
)  # fmt: skip


def labelled_names(text: str) -> str | None:
    """ "Autorin: Jana Roth", "Crónica: Ana Ruiz y Marta Gil": the names after a one-word label no lexicon
    knows (the label no name itself; the caller asks where the line stands: by the date, not a caption)."""
    found = _LABEL_HEAD.match(text.strip()) if len(text) <= BYLINE_CHARS else None
    if found is None and cjk_chars(text):
        return _ja_role_run(text.strip())
    label = fold(found["label"]) if found is not None else ""
    if found is None or " " in label or L.is_name(found["label"]) or label in PICTURE_WORDS or label in _VOICE_LABELS:
        return None  # (a picture's credit: "Pic: A", "Bild: A"; the voice reading the audio's: "Voz: A")
    rest = found["rest"]
    return rest if L.is_person_name(rest) else names_line(rest)


# A Japanese credit's run of roles joined by "・" ("取材・構成", "企画・構成"), then a space or "＝"
_JA_ROLE_RUN_RE = re.compile(
    r"(?P<roles>[\u4e00-\u9fff]{1,4}(?:・[\u4e00-\u9fff]{1,4}){1,2})(?:\s+|\s*[＝=]\s*)(?P<rest>.+)"
)


def _ja_role_run(text: str) -> str | None:
    """ "取材・構成　東海林 さくら": the name after a run of roles no lexicon knows, told by the credit's shape (roles
    joined by "・", then a name alone by its shape); none when a role is a picture's ("写真・構成")."""
    found = _JA_ROLE_RUN_RE.fullmatch(text)
    if found is None or any(role in PICTURE_WORDS for role in found["roles"].split("・")):
        return None
    rest = found["rest"].strip()
    return rest if cjk_name_alone(rest, japanese=True) else None  # ("・" between roles: a Japanese credit)


def without_label(author: str | None) -> str | None:
    """A byline without a writer's label before its names ("Redacción: Ana Ruiz y Marta Gil", "记者王小明"
    -> "王小明"); none when a CJK label is all there is ("作者：", a byline element the page left empty)."""
    if not author:
        return None
    label = _LABEL_HEAD.match(author.strip())
    if label is not None and not L.is_name(label["label"]) and (L.is_name(label["rest"]) or names_line(label["rest"])):
        return label["rest"]  # "Redacción: Ana Ruiz y Marta Gil": a label no lexicon knows, by its shape
    head = _CJK_LABEL_HEAD.match(author.strip())
    if head is None:
        return author
    rest = author.strip()[head.end() :].strip()
    if not rest:
        return None
    return rest if cjk_name_alone(rest) or L.byline_names(author) else author


_CJK_SPACE_RE = re.compile(r"(?<=[\u3040-\u30ff\u4e00-\u9fff々]) (?=[\u3040-\u30ff\u4e00-\u9fff々])")


def as_written(author: str | None, text: str) -> str | None:
    """The author with the spaces between its CJK characters as the page wrote them: reading a
    line collapses every space, and "小野寺　遥" (a family and a given name with an ideographic
    space between) would become "小野寺 遥", a name the page never printed."""
    if not author or "\u3000" not in text or not _CJK_SPACE_RE.search(author):
        return author
    pattern = "[ \u3000]+".join(re.escape(part) for part in _CJK_SPACE_RE.split(author))
    found = re.search(pattern, text)
    return found.group() if found else author


def clean_author(author: str | None) -> str | None:
    """The names alone: a "By" the page printed is no part of them (the app writes its own)."""
    author = without_label(author)
    if not author:
        return None
    names = L.byline_names(author)
    while names and names != author:  # "By Anadolu Agency" -> "Anadolu Agency" ("by by" too)
        author, names = names, L.byline_names(names)
    if " and " in author or _FOREIGN_AND.search(author) or author.endswith(")"):
        author = normalise_names([author])
    author = names_after_jobs(author) or author  # "Senior Correspondent Jane Roe": the job printed first
    return _without_affiliation(_unglued(_without_button(author))) or None


def _without_button(author: str) -> str:
    """ "Jane Roe Follow", "Jane Roe + Folgen": the name without the author card's button the copy ran
    into its line."""
    words = author.rsplit(None, 2)
    for n in (1, 2):
        tail = " ".join(words[-n:]).lstrip("+·|• ").strip()
        head = " ".join(words[:-n]).rstrip("+·|• ")
        if len(words) > n and fold(tail) in FOLLOW_WORDS and (L.is_name(head) or cjk_name_alone(head)):
            return head
    return author


_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")  # "RoeSenior": two words with no space between


def _unglued(author: str) -> str:
    """ "Jane RoeSenior Columnist", "Jane RoeView all posts": a name with a role or a link the
    copy glued to it (the elements had no space between them): the name alone. A capital inside
    a name ("McAdams", "LaRue") is no glue: what follows it is no role and no link."""
    for m in _GLUED.finditer(author):
        head, tail = author[: m.start()], author[m.start() :]
        if L.is_name(head) and (L.is_role_line(tail) or L.is_chrome(tail)):
            return head
    return author


_FOR_OUTLET = re.compile(r"^(.+?) for (.+)$")
_AFFILIATION_SPLIT = re.compile(r"\s+[|/·•—–]\s+|,\s+")


def _without_affiliation(author: str) -> str:
    """ "Jane Roe | Reuters", "Jane Roe, Senior Editor", "Jane Roe · 5 min read": the names
    without the agency, role or read time printed beside them ("A, B, C" stays whole)."""
    outlet = _FOR_OUTLET.match(author)
    if outlet and L.is_name(outlet.group(1)) and L.is_outlet(outlet.group(2)):
        return outlet.group(1)  # "Jane Roe for The Gazette"
    pieces = _AFFILIATION_SPLIT.split(author)
    if len(pieces) < 2 or not L.is_name(pieces[0]):
        return author
    names = []
    for piece in pieces:
        bare = _LEADING_AND.sub("", piece)
        if L.is_name(bare) and not (L.is_role_line(bare) or writer_job(bare)):
            names.append(bare)  # (each name with its job: "A, economics editor, and B, health reporter")
        elif not (L.is_role_line(bare) or writer_job(bare)):
            break
    return ", ".join(names) if len(names) < len(pieces) else author


_LEADING_AND = re.compile(r"^(?:and|&|und|et|y|e|en|i)\s+")


_FOREIGN_AND = re.compile(r"\s+(?:und|et|y|e|en|i|og|och|ve|и|і|ja)\s+")


# One of several CJK names a byline lists: two to four Han characters, or a family and a given name with a space
_CJK_LISTED_NAME_RE = re.compile(
    r"[\u4e00-\u9fff々]{2,4}|[\u4e00-\u9fff々]{1,3}[ \u3000][\u4e00-\u9fff々\u3040-\u30ff]{1,3}"
)


def normalise_names(names: list[str]) -> str:
    """ "A and B", "A, B &amp; C", one per line: all become "A, B, C"."""
    out: list[str] = []
    for raw in names:
        raw = re.sub(r"\s*\((?:now|earlier|later|updates?|editor|reporter|[^)]{0,20}desk)\)", "", raw)
        raw = re.sub(r"\s*\([A-Z][\w .&-]{1,30}\)$", "", raw)  # "Jane Roe (Reuters)": the agency
        joined = _FOREIGN_AND.split(raw)  # "Jana Roth und Max Muster", when both sides are names
        if len(joined) > 1 and all(L.is_name(p) for p in joined):
            raw = ", ".join(joined)
        listed = raw.split("、")  # "王伟、李娜": CJK names apart by the enumeration comma
        if len(listed) > 1 and all(_CJK_LISTED_NAME_RE.fullmatch(p.strip()) for p in listed):
            raw = ", ".join(p.strip() for p in listed)
        for piece in _NAME_LIST_SEP.split(raw.strip().strip(",;|").strip()):
            piece = piece.strip()
            if piece and piece.lower() not in ("and", "&") and fold(piece) not in {fold(o) for o in out}:
                out.append(piece)
    return ", ".join(out)


# A Chinese or Japanese name printed alone: a few characters of family and given name, in Han
# characters (and the repeat mark) only, no kana, no punctuation
_CJK_NAME_ALONE_RE = re.compile(rf"[\u4e00-\u9fff々]{{{CJK_NAME_CHARS[0]},{CJK_NAME_CHARS[1]}}}")


# ... or written with a space between the family and the given name ("小野寺 遥", "林 雨晴", "久米島　美咲")
_CJK_SPACED_NAME_RE = re.compile(
    r"(?P<family>[\u4e00-\u9fff々]{1,3})[ \u3000](?P<given>[\u4e00-\u9fff々\u3040-\u30ff]{1,3})"
)


def cjk_name_alone(text: str, *, japanese: bool = False) -> bool:
    """Is the line a CJK name and nothing else ("林雨晴")? (Whether the page prints it as a byline is
    the caller's question.) A name with a space has a name's shape (review W28), not two words' ("国际 体育"):
    a common Chinese family name first, a Japanese family name of three characters, or a given name in kana;
    on a Japanese page (`japanese`: it writes kana, and no words with spaces) any family and given name."""
    if _CJK_NAME_ALONE_RE.fullmatch(text):
        return True
    spaced = _CJK_SPACED_NAME_RE.fullmatch(text)
    if spaced is None:
        return False
    family, given = spaced["family"], spaced["given"]
    return japanese or family[0] in ZH_FAMILY_NAMES or len(family) == 3 or bool(KANA_RE.search(given))


_CJK_NAME_DATE_RE = re.compile(r"^(?P<name>[\u4e00-\u9fff々]{2,4})\s+(?P<date>\S.*)$")
_CJK_DATE_NAME_RE = re.compile(r"^(?P<date>\S.*\d\S*)\s+(?P<name>[\u4e00-\u9fff々]{2,4})$")  # "2026年3月3日 林雨晴"
_NAME_DATE_IN_BRACKETS_RE = re.compile(r"^(?P<name>[^,()（）]{2,60}?)\s*[(（](?P<date>[^()（）]+)[)）]$")


def byline_beside_date(text: str) -> tuple[str, object] | None:
    """Right under the headline, a writer's name and the date in a dress split_name_date leaves
    alone (the related lists ask it too): "Jane Roe (3 March 2026)", "林雨晴（2026年3月3日）",
    "林雨晴　2026年3月3日", or the date first: "2026-03-03 10:15 | 记者 林雨晴", "2026年3月3日 林雨晴". (Not
    "Name, date": "Campaign Assessment, February 8, 2026" is a headline with its date in that dress.)"""
    if len(text) > BYLINE_CHARS or not any(map(str.isdigit, text)):
        return None
    for pattern in (_NAME_DATE_IN_BRACKETS_RE, _CJK_NAME_DATE_RE, _CJK_DATE_NAME_RE):
        found = pattern.match(text.strip())
        if found:
            name = found["name"].strip()
            person = L.is_person_name(name) or (
                CJK_DATED_NAME_CHARS[0] <= cjk_chars(name) == len(name) <= CJK_DATED_NAME_CHARS[1]
                and name[-1] not in CJK_TIME_WORD_ENDS
                and not is_date_label(name)  # "2026年3月3日 週二": the weekday; "修订于 2031-06-15": a label
            )
            date_line = parse_date_line(found["date"]) if person else None
            if date_line:
                return name, date_line
    pieces = NAME_DATE_SPLIT.split(text, maxsplit=1)
    if len(pieces) == 2 and (date_line := parse_date_line(pieces[0])):
        names = L.byline_names(pieces[1].strip())
        return (names, date_line) if names else None
    return None
