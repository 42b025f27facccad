"""Who wrote it: "By ..." lines, people's names as bylines print them, their job titles."""

from __future__ import annotations

import re
from functools import lru_cache

from .anycase import match_any_case, search_any_case
from .cjk_bylines import cjk_byline, cjk_listed_names, is_cjk_job_line
from .lexicon import (
    CJK_BYLINE_RE,
    CJK_REPORTED_WORDS,
    GLUED_MARK_RE,
    JOURNALIST_RE,
    STOP_WORDS,
    ZH_FAMILY_NAMES,
    cjk_chars,
)
from .lexicon_dates import DATE_FILLER_WORDS, MONTH_NUMBERS, WEEKDAY_ABBREVIATIONS
from .shape import TERMINAL
from .thresholds import BYLINE_CHARS, JOB_LINE_WORDS, PAGE_CACHE, SPACED_CJK_NAME_CHARS

# A byline's words before the names, in the common languages: one list that every byline pattern here is made of
_BY_WORDS = (
    r"by|written by|words by|story by|text by|posted by|von|par|por"
    r"|(?:opinion|analysis|commentary|column|essay|interview|review) by"
)
_BY_LABELS = r"authors?|autor|auteur|autore|text|words|texto|testo|tekst|текст|автор|авторы|yazar|författare|forfatter"
# ... and those that are a common word elsewhere ("Di Gianni Rossi", "Door Jan de Vries"): only before names
_WEAK_BY_WORDS = r"di|door|af|av|przez|od|tekst|texto|testo"
_BYLINE_RE = re.compile(rf"^(?:(?:{_BY_WORDS})\s*:?|(?:{_BY_LABELS})\s*:)\s+(?P<names>.+)$", re.I)
_WEAK_BYLINE_RE = re.compile(rf"^(?:{_WEAK_BY_WORDS})\s+(?P<names>.+)$", re.I)
# the byline's word alone, on its line or at a line's start (its names on the next, or glued to it)
_BY_WORD_RE = re.compile(rf"^(?:(?:{_BY_WORDS}|{_WEAK_BY_WORDS})(?:\s*:)?|(?:{_BY_LABELS})\s*:)", re.I)
_NAME_JOIN_RE = re.compile(r",\s*|\s+(?:and|&|e|y|en|et|und|i|og|och|ve)\s+")
_BYLINE_ALONE_RE = re.compile(
    r"^(?:by|written by|words by|story by|authors?|author|byline|von|par|por|door|di|autor|auteur)\s*:?$", re.I
)
_LEAD_MARKS = "/|·•*>–—- "
_SPEAKER_RE = re.compile(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}:$")
_REPORTING_FROM_RE = re.compile(r"^(?:reporting|writing|reported) from\b", re.I)
_NAME_PARTICLES = {
    "de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "ter", "la", "le", "bin",
    "ibn", "al", "el", "y", "e", "st", "st.", "and", "with", "jr", "jr.", "sr", "sr.",
    "dos", "das", "do", "des", "ten", "te", "zu", "vom", "dei", "degli", "delle", "dello",
}  # fmt: skip
# A particle glued to the surname it goes with ("d'Almeida", "dell’Orto", "al-Amin"), a capital after it
_GLUED_PARTICLE_RE = re.compile(r"(?:d|dell|dall|l)['’][^\W\d_]|(?:al|el|bin|ben|abu)-[^\W\d_]")


def is_name_particle(word: str) -> bool:
    """A name's small word ("van", "de", "dos", "ten"): no word that tells a person from another."""
    return word.lower() in _NAME_PARTICLES


def _capitalised(word: str) -> bool:
    """A name's word: a capital first, or after a particle glued to it ("d'Almeida", "al-Amin")."""
    if word[0].isupper():
        return True
    glued = _GLUED_PARTICLE_RE.match(word)
    return glued is not None and word[glued.end() - 1].isupper()


_SURNAMES = {"de", "da", "du", "le", "la", "van", "von", "del", "al", "el"}  # last, capitalised: "Minh Le", "Ana De"
_ROLE_WORDS = re.compile(
    r"\b(?:writer|editor|correspondent|reporter|staff|contributor|columnist|fellow|professor|"
    r"director|analyst|producer|photographer|desk|bureau|chief|head|senior|journalist|author|"
    r"researcher|scholar|president|manager|team|board|department|university|institute|"
    r"agency|news|media|press|service|wire)\b",
    re.I,
)


_SURNAME_STARTS = {"di", "af", "av", "od"}  # a short byline's word that starts surnames too ("DiMaggio", "AvRam")


def byline_word_end(text: str) -> int:
    """Where a byline's word at the line's start ends ("By Jane Roe", "Door", "Autor:"), the names after it; 0: none
    (a word that only starts like one: "Diana", "Parker")."""
    found = _BY_WORD_RE.match(text)
    if found is None or not (found.end() == len(text) or text[found.end()].isspace() or found[0].endswith(":")):
        return 0
    return found.end()


@lru_cache(maxsize=PAGE_CACHE)
def byline_names(text: str) -> str | None:
    """The names of a "By ..." line, or None."""
    text = text.lstrip(_LEAD_MARKS) if text[:1] in _LEAD_MARKS else text
    # a byline's word glued to the name by a copy of two elements with no space between ("ByJane Roe", "DoorJoost
    # Bakkum", "Autor:Ana Ruiz"): a capital right after the word, in small letters after its first
    word = _BY_WORD_RE.match(text)
    glued = word.end() if word and word[0].lower() not in _SURNAME_STARTS else 0
    if 1 < glued < len(text) and text[glued].isupper() and not text[1:glued].isupper():
        unglued = f"{text[:glued]} {text[glued:]}"
        names = byline_names(unglued)
        return names if names and is_name(names.split(",")[0]) else None
    m = _BYLINE_RE.match(text)
    if not m and len(text) <= 80 and cjk_chars(text):
        if is_cjk_job_line(text):
            return None  # "見習い記者", "地方支局長": the writer's job, the name on the next line
        listed = cjk_listed_names(text)  # "記者：久保 菜々子、岩崎　結衣", "地方支局長 久保 悠真"
        if listed:
            return listed
        cjk = CJK_BYLINE_RE.search(text)
        if cjk:
            return _with_given_name(text, cjk) or cjk.group("ko") or cjk.group("ja")
        extra = cjk_byline(text)  # "通讯员 周明", "森野葵（社会部）", "記者周明遠／台北報導"
        if extra:
            return extra
    if not m:
        weak = _WEAK_BYLINE_RE.match(text)
        if (
            weak
            and len(text) <= 120
            and _names_and_jobs(_NAME_JOIN_RE.split(_AGENCY_IN_BRACKETS.sub("", weak["names"])))
        ):
            return weak.group("names").strip()
        return None
    names = m.group("names").strip(" |,;")
    if names and _sentence_after_by(names) and "by" not in text[: m.start("names")].lower():
        return None  # "Por qué Río Blanco apuesta por ...": a sentence, not a byline ("by the Associated Press" is one)
    if names and (len(names.split()) > 14 or names.endswith(TERMINAL[:3])) and ", " in names:
        first = names.split(", ", 1)[0]  # "By Jane Roe, a deputy editor who has covered ..."
        return first if is_name(first) else None
    if not names or len(names.split()) > 14 or names.endswith(TERMINAL[:3]):
        return None
    if not any(ch.isupper() for ch in names) and any(ch.islower() for ch in names) and _list_control(names):
        return None  # "By date added", "By most viewed": a sorting control, not a person
    return names_before_tail(names)


_AGENCY_IN_BRACKETS = re.compile(r"\s*\([A-Za-z]{2,8}\)$")  # "di Ada Neri (ANSA)"
_AGENCY_RE = re.compile(r"[A-Z]{2,8}|[a-z]{2,4}")  # "ANSA", "EFE", "dpa": an agency's short name beside a byline


def _names_and_jobs(pieces: list[str]) -> bool:
    """A weak byline's word ("di", "door") before names only, or names each with the writer's job or
    agency after it ("di Ada Neri, corrispondente, e Leo Riva, ANSA"): the first piece a name."""
    if not pieces or not is_name(pieces[0]):
        return False
    for piece in pieces[1:]:
        piece = _LEADING_AND_RE.sub("", piece)
        if not (is_name(piece) or is_role_line(piece) or _AGENCY_RE.fullmatch(piece) or writer_job(piece)):
            return False
    return True


_LEADING_AND_RE = re.compile(r"^(?:and|&|e|y|en|et|und|i|og|och|ve)\s+")


def writer_job(text: str) -> bool:
    """A writer's job in a few words, in the common languages ("correspondante régionale", "redactora
    de Cultura"; lexicon.WRITER_JOB_WORDS): no sentence."""
    return len(text.split()) <= JOB_LINE_WORDS and not text.endswith(TERMINAL) and bool(JOURNALIST_RE.search(text))


# A date's label in Chinese or Japanese: a few characters before a colon ("更新：", "发布时间："), or a word for a
# day or a time before the date's figures ("公開日 2026年...")
_DATE_LABEL = r"[\u4e00-\u9fff]{1,5}\s*[：:]|[\u4e00-\u9fff]{0,4}[日时時间間期]\s*\d"
# A CJK name written with a space ("森川 葵"): the given name's one to three characters, then the line's end,
# the date or its label ("文・森川 葵", "構成・森川 葵　2026年2月4日", "記者：森川 葵　更新：2026年2月4日")
_GIVEN_NAME_RE = re.compile(
    rf"[ \u3000](?!{CJK_REPORTED_WORDS})(?P<given>[\u4e00-\u9fff々\u3040-\u30ff]{{1,3}})"
    rf"(?=$|[\s|｜]+(?:\d|{_DATE_LABEL}))"
)


def _with_given_name(text: str, cjk: re.Match[str]) -> str | None:
    """A CJK byline's names, read to the line's end or the date over a space (review W13: "文・森川 葵",
    "記者：小野寺 遥", "记者 欧阳 晓", "取材・文＝小野寺　遥", "小野寺 遥 記者"); after a mark other than "・"
    four characters at most when a Chinese name stands whole before the space, and never a "reported" word
    ("记者 王明 报道": the name, then its verb)."""
    names = cjk.group("names")
    if not names:
        return cjk.group("jas")  # "小野寺 遥 記者"
    given = _GIVEN_NAME_RE.match(text, cjk.end("names"))
    if given is None:
        return names
    mark = text[: cjk.start("names")].rstrip()[-1:]
    if mark != "・" and len(names) + len(given["given"]) > SPACED_CJK_NAME_CHARS and _whole_chinese_name(names):
        return names  # ("本报记者 王小明 李华": a Chinese name of three characters is whole, what follows another's)
    return text[cjk.start("names") : given.end("given")]  # (the space as printed)


def _whole_chinese_name(names: str) -> bool:
    """Is the part before the space a Chinese name whole (a family name of one character and a given name of
    two: "王小明"), not a Japanese family name of three ("長谷川 千尋", "小野寺 美咲", a given name after it)? A
    Chinese name with a space is four characters at most ("欧阳 晓明", SPACED_CJK_NAME_CHARS)."""
    return len(names) >= SPACED_CJK_NAME_CHARS - 1 and names[0] in ZH_FAMILY_NAMES


def _sentence_after_by(names: str) -> bool:
    """Do the words after a byline's word go on as a sentence: a first word in small letters that
    is no particle of a name, with capitals after it ("por qué Río Blanco ...": the Spanish "why",
    not "por" a byline's "by")? A name some print all in small letters ("bell hooks") has none."""
    first = names.split(None, 1)[0]
    return first[:1].islower() and first.lower() not in _NAME_PARTICLES and not names.islower()


_INFLECTED_RE = re.compile(r"[a-z]{3,}(?:ed|ing)")  # "added", "viewed", "trending": a verb's form
_NAME_GLUE = _NAME_PARTICLES | {"&", "en", "et", "und", "i", "og", "och", "ve"}  # in names, and joining them


def _list_control(names: str) -> bool:
    """A "By" line in small letters that names no one: what a list is sorted by ("date added",
    "most viewed", "relevance"). One word, a figure ("staff 3 hours ago"), or a word that is no
    part of a name: a stop word or a date word of the lexicon, a job title, a verb's -ed/-ing form.
    A name some print in small letters ("bell hooks") has none of these."""
    words = [t.strip(",.;:()") for t in names.split()]
    if len(words) == 1 or any(map(str.isdigit, names)):
        return True
    return any(
        w not in _NAME_GLUE
        and (w in STOP_WORDS or w in DATE_FILLER_WORDS or _ROLE_WORDS.fullmatch(w) or _INFLECTED_RE.fullmatch(w))
        for w in words
    )


_TAIL_SEPARATORS = {"|", "-", "–", "—", "·", "•", "/"}
_TAIL_WORDS = {"updated", "published", "posted", "modified", "follow", "last"}


def _tail_at(tokens: list[str], start: int) -> int | None:
    """The first token from start on that begins a byline's tail (a mark, a figure, a handle, a
    tail word)."""
    for k in range(start, len(tokens)):
        tok = tokens[k]
        if tok in _TAIL_SEPARATORS or any(ch.isdigit() or ch in "@(" for ch in tok):
            return k
        if tok.strip(",.;:").lower() in _TAIL_WORDS:
            return k
    return None


def _all_names(text: str) -> bool:
    pieces = [p for p in _NAME_JOIN_RE.split(text) if p]
    return bool(pieces) and all(is_name(p) for p in pieces)


def names_before_tail(names: str) -> str:
    """The names of a byline without what the page printed after them on the same line: its
    date and time ("Jane Roe March 3, 2025 10:15 AM"), a handle or an address ("Jane Roe
    @janeroe", "jroe@example.org"), "Updated ...", "Follow", a section after a bar. Names
    between the marks are co-authors ("Mara Lindqvist / Tomas Berg", "... • Tomas Berg • Eva
    Holm"), joined with commas; a mark glued to the words around it ("Jane Roe·3 March 2025") is one
    too. The line is kept whole when what stands before the tail is not names."""
    if "·" in names or "•" in names:
        names = GLUED_MARK_RE.sub(" \\g<0> ", names)
    tokens = names.split()
    k = _tail_at(tokens, 0)
    if not k:
        return names
    while tokens[k] in _TAIL_SEPARATORS:  # the piece after the mark: another author, or the tail
        after = _tail_at(tokens, k + 1)
        piece = " ".join(tokens[k + 1 : after])
        if not _all_names(piece) or is_role_line(piece):
            break  # "| World", "| Harbour Desk", "/ 4 min read": where the names end
        tokens = [*tokens[: k - 1], tokens[k - 1].rstrip(",;") + ",", *tokens[k + 1 :]]
        if after is None:
            return " ".join(tokens)
        k = after - 1
    glued = tokens[k].split("@", 1)[0]
    if "@" in tokens[k] and glued[:1].isupper() and glued.isalpha():
        tokens[k], k = glued, k + 1  # "Jane Roe@janeroe": the name glued to its handle
    # "Jane Roe March 3, ...", "Jane Roe on Monday, March 3": the date's own words go with it
    dated = k < len(tokens) and tokens[k][:1].isdigit()
    top = k
    k = date_words_start(tokens, k, dated, months=dated)
    head = " ".join(tokens[:k]).strip(" ,;")
    if _all_names(head):
        return head
    if k < top and short_filler_kept(tokens, k):  # "Minh Le, March 3": "Le" is the surname
        head = " ".join(tokens[: k + 1]).strip(" ,;")
        return head if _all_names(head) else names
    return names


def date_words_start(tokens: list[str], k: int, dated: bool, months: bool) -> int:
    """Where the words a date is wrapped in begin, going back from tokens[k] ("on Monday,",
    "le", "am"; with months, a month's name before the figure). A weekday shortened to three
    letters is one of them only where a date or a time follows (dated): it is as often a surname."""
    while k > 0:
        word = tokens[k - 1].strip(",.;").lower()
        if word in WEEKDAY_ABBREVIATIONS:
            if not dated:
                break
        elif not (word in DATE_FILLER_WORDS or (months and word in MONTH_NUMBERS)):
            break
        k -= 1
    return k


def short_filler_kept(tokens: list[str], k: int) -> bool:
    """Whether the first of the date's words may go back into the name when the words before it
    make no name: a capitalised word of three letters or fewer ("Sun", "Le", "De", "Am", "May"),
    a surname as often as a weekday, a particle or a month ("Yang Sun, March 3", "Minh Le, 3 mars")."""
    word = tokens[k].strip(",.;")
    return 1 <= len(word) <= 3 and word[:1].isupper() and k >= 1 and len(tokens[k - 1].strip(",;")) > 1


@lru_cache(maxsize=16384)
def is_byline_marker(text: str) -> bool:
    return match_any_case(_BYLINE_ALONE_RE, text.strip())


def is_speaker_label(text: str) -> bool:
    return bool(_SPEAKER_RE.match(text))


_NOT_NAME_WORDS = {
    "on", "in", "at", "the", "a", "an", "but", "for", "with", "from", "to", "of", "as", "it", "he",
    "she", "they", "this", "that", "there", "we", "i", "if", "so", "yes", "no", "not", "is", "was",
    "by", "or", "our", "my", "your", "his", "her", "its", "their", "new", "more", "all", "when",
}  # fmt: skip


@lru_cache(maxsize=16384)
def is_name(text: str) -> bool:
    """A person's (or agency's) name as bylines print it: "John T Psaropoulos", "Jon Bateman,",
    "MARY-ANN DE LA CRUZ": 2-4 capitalised words (particles and initials aside). In capitals every
    word passes that test, so there the words tell: no stop word of any language between the first
    and the last ("FLOODS ON THE RIVER ROAD" is a headline). The first and the last word are checked
    against a short list only: some stop words are given names or surnames ("Will", "Can", "Ma")."""
    text = text.strip().rstrip(",;|").strip()
    if len(text) > 60:  # before splitting it: most lines asked about are paragraphs
        return False
    tokens = text.split()
    if not 2 <= len(tokens) <= 5:
        return False
    if tokens[0].lower() in _NOT_NAME_WORDS or tokens[-1].lower().strip(".,") in _NOT_NAME_WORDS:
        return False
    if text.endswith(".") and len(tokens[-1].rstrip(".")) > 2:
        return False  # a sentence or a list ("Morrison, Wilson."), not a byline
    if any(map(str.isdigit, text)) or any(ch in text for ch in '?!:"“”()[]'):
        return False
    capitals = 0
    last = len(tokens) - 1
    capitals_only = text.isupper()  # every word passes the capitals' test: the words must tell
    for n, token in enumerate(tokens):
        bare = token.strip(".,’'")
        if not bare:
            return False
        if bare.lower() in _NAME_PARTICLES and not (n == last and bare[0].isupper() and bare.lower() in _SURNAMES):
            continue
        if not _capitalised(bare):
            return False
        if len(bare) == 1 or (len(bare) == 2 and token.endswith(".")):  # initials: "T", "S."
            capitals += 1
            continue
        if capitals_only and 0 < n < last and bare.lower() in STOP_WORDS:
            return False
        capitals += 1
    return 2 <= capitals <= 4


# Words no person's name is made of, in the common languages: the reader's and the site's own
# pronouns ("Find your next home") and what a site calls its editions and products ("Asia Edition",
# "Morning Briefing") or an institution ("Harbour Authority"): a short capitalised line near the header
# is these as often as a name. (Not words that are surnames too, "Bell", "King", "English", nor a
# desk's or an agency's words: "Editorial Board", "Staff", "News", "Agency" may sign a story.)
_NOT_IN_NAMES = frozenset(
    {
        "you", "your", "yours", "we", "our", "us", "my", "votre", "vos", "notre", "nos", "unser", "unsere",
        "dein", "deine", "nuestro", "nuestra", "nuestros", "nostro", "nostra", "vostro", "nosso", "nossa",
        "edition", "editions", "édition", "edición", "edição", "edizione", "ausgabe", "newsletter",
        "newsletters", "podcast", "podcasts", "briefing", "digest", "subscribe", "subscription", "login",
        "homepage", "menu", "search", "trending", "weather",
        "authority", "council", "committee", "ministry", "government", "police", "association", "foundation",
    }
)  # fmt: skip


@lru_cache(maxsize=PAGE_CACHE)
def is_person_name(text: str) -> bool:
    """A name alone that reads as a person's (a byline with no "By" before it: the weakest
    evidence there is, so the words must not name something else): `is_name` with no pronoun of
    the reader or the site and no word for a site's edition or product in it ("International Edition",
    "FIND YOUR NEXT HOME" are none)."""
    return is_name(text) and not names_something_else(text)


def names_something_else(text: str) -> bool:
    """Has the line a word no person's name is made of (`_NOT_IN_NAMES`)?"""
    return any(w.strip(".,’'").lower() in _NOT_IN_NAMES for w in text.split())


@lru_cache(maxsize=PAGE_CACHE)
def is_role_line(text: str) -> bool:
    """A job title under a byline: "News Writer", "Senior correspondent, in Sarnow"."""
    n = len(text.split(None, 16))  # its words, up to 17: a paragraph is not split whole to tell it has more than 16
    if n > 16 or text.endswith((".", "?", "!")) or not search_any_case(_ROLE_WORDS, text):
        return False
    return n <= 6 or "," in text


def is_job_line(text: str) -> bool:
    """A writer's job title alone on its line, in the common languages: "Games Editor", "Redactora de
    Sociedad", "Journaliste", "политический обозреватель", "Wirtschaftsredakteurin", "Praktikantin"
    (is_role_line, or lexicon.WRITER_JOB_WORDS, a compound ending in a newsroom's job or a trainee's
    word in a few words, no sentence)."""
    if is_role_line(text):
        return True
    if writer_job(text):
        return True
    if len(text.split()) > JOB_LINE_WORDS or text.endswith(TERMINAL):
        return False
    return bool(_JOB_COMPOUND_RE.search(text) or _TRAINEE_RE.search(text))


# A compound ending in a newsroom's job ("Lokalreporterin", "Wirtschaftsredakteur", "Sportjournalistin",
# "Eindredacteur")
_JOB_COMPOUND_RE = re.compile(
    r"\w{3,}(?:reporter|redakteur|redacteur|korrespondent|correspondent|journalist|kolumnist|verslaggever)(?:in)?\b",
    re.I,
)
# A trainee's or an intern's word, in the common languages
_TRAINEE_RE = re.compile(
    r"\b(?:trainee|intern|praktikant(?:in)?|volontär(?:in)?|stagiaire|becari[oa]|en prácticas|estagiári[oa]"
    r"|praticante|tirocinante|stażyst(?:a|ka)|стаж[её]р)\b",
    re.I,
)


def is_reporting_from(text: str) -> bool:
    """ "Reporting from Korsk, Valdenia" under a byline."""
    return len(text) <= 80 and bool(_REPORTING_FROM_RE.match(text))


# "Escrito por Ana Ruiz", "Ein Beitrag von Jana Roth", "A column by Jane Roe": a few words, a byline's
# word, then the names alone (no figure, no mark after them)
_LEAD_IN_BY_RE = re.compile(
    r"^(?P<lead>\S+(?: \S+){0,2}) (?:by|von|por|par|door|af|av|przez) (?P<names>[^,;|/()]+)$"
    # "Un article d'Aurore Quélen", "Una crónica de Ana Ruiz", "Un articolo di Marco Rossi": "a" + what the
    # text is + "of" (the Romance byline; "of" alone after any words is a place's or a body's name as often)
    r"|^(?:un|une|una|uno) \S+ (?:de |di |d['’])(?P<of>[^,;|/()]+)$",
    re.I,
)


@lru_cache(maxsize=PAGE_CACHE)
def lead_in_byline(text: str) -> str | None:
    """The names of a byline whose word comes after a few words of its own ("Escrito por Ana
    Ruiz", "Un reportage par Jeanne Roux"), when they are names only and the line has no figure
    (whether the words before them make a credit, "Photo by ...", is the caller's question)."""
    if len(text) > BYLINE_CHARS or any(map(str.isdigit, text)):
        return None
    m = _LEAD_IN_BY_RE.match(text.strip())
    names = (m["names"] or m["of"]).strip() if m else ""
    return names if names and _all_names(names) else None
