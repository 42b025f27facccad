"""Who wrote it, told under the text when the header names nobody (stage `header`): a closing
credit, a signature, a byline printed after the last paragraph, a note on the writer; in the
common languages, CJK ones in brackets."""

from __future__ import annotations

import re

from . import lines as L
from .bylines import is_name_particle, lead_in_byline, writer_job
from .captions import reporters
from .chrome import bio_subject
from .cjk_lines import is_cjk_site_note
from .lexicon import (
    AUTHOR_NOTE_LABEL_RE,
    AUTHOR_NOTE_RE,
    CJK_CLOSING_NOTE_RE,
    CJK_REPORTED_WORDS,
    CJK_REPORTER_RE,
    CJK_WRITER_LABEL,
    CJK_WRITER_NOTE_RE,
    JOURNALIST_RE,
    KANA_RE,
    WRITER_NOTE_RE,
    ZH_FAMILY_NAMES,
    cjk_chars,
    is_ui_phrase,
)
from .lexicon_cjk import JA_BYLINE_ROLE_RE, JA_NOT_NAME_ENDS
from .names import cjk_name_alone, normalise_names, split_name_date, split_names
from .page import Page, headline_candidate
from .thresholds import (
    BYLINE_AFTER_TEXT,
    BYLINE_CHARS,
    CJK_NOTE_CHARS,
    END_MATTER_CHARS,
    LIST_ITEM_WORDS,
    LIST_UNDER_NAME,
    NOTE_AFTER_TEXT,
    NOTE_ROLE_REACH,
)
from .title import cjk_headline, cjk_prose


def author_after_body(page: Page, body: list[str]) -> str | None:
    """A byline printed under the text ("Story by Jane Roe", "By Jane Roe — 4 March 2025"),
    for a page whose header names nobody."""
    if not body:
        return None
    tail = body[-1]
    # the text's last line: the last line of the page that ends its last paragraph
    last = next((k for k in range(len(page.lines) - 1, -1, -1) if tail.endswith(page.lines[k].text)), None)
    if last is None:
        return None
    for j in range(last + 1, min(last + 1 + BYLINE_AFTER_TEXT, len(page.lines))):
        text = page.text(j)
        combo = split_name_date(text)
        names = combo[0] if combo else L.byline_names(text)
        if names and L.is_name(names) and not _under_a_headline(page, last, j):
            return normalise_names([names])
    # the text's last line (it may have run on into them) and the lines under it: a credit, a
    # signature, a bio
    for j in range(last, min(last + 1 + BYLINE_AFTER_TEXT, len(page.lines))):
        names = _signed(page.text(j))
        if names:
            return names
    closing = _japanese_closing_names(page, body, last)
    if closing:
        return closing
    # a name alone right under the text's last sentence (not under a list it ends with), the writer's
    # signature: the first line that is no chrome
    prose_end = (L.is_prose(tail) or cjk_prose(tail)) and not tail.lstrip().startswith(("-", "•", "*"))
    for j in range(last + 1, min(last + 1 + BYLINE_AFTER_TEXT, len(page.lines)) if prose_end else last + 1):
        text = page.text(j).strip()
        if L.is_chrome(text) or is_ui_phrase(text):
            continue
        name = _lone_signature(text)
        if cjk_chars(name) and name == text and not _zh_name_shape(name):
            break  # a bare CJK line: a name only in a name's shape (review W19: furniture, a button, a form's field)
        if _name_alone_under_text(page, name, body) and _printed_once(page, text) and not _heads_a_list(page, j):
            return None if _first_of_items(page, j) else name
        break
    # further down, past a list or a box the text ended over: a note on the writer only, the
    # strongest signature there is ("Jane Roe covers transport for the paper."), before the
    # page's lists of other stories
    for j in range(last + 1 + BYLINE_AFTER_TEXT, min(last + 1 + NOTE_AFTER_TEXT, len(page.lines))):
        text = page.text(j)
        if L.is_list_header(text) or L.is_footer_marker(text):
            break
        subject = _cjk_note_on_writer(text) if cjk_chars(text) else _note_on_writer(text)
        if subject and (cjk_chars(subject) or L.is_person_name(subject)):
            return normalise_names(split_names(subject))
    return None


# A Japanese story's writer in brackets closing its last paragraph, after its last sentence, or on a line of its own
# under it ("…と話した。（森野葵）", "（ロンドン＝森野葵）", "（編集委員・森野葵）", "（森野葵、浜田涼子）")
_CLOSING_BRACKET_RE = re.compile(r"(?:^|[。！？」』])(?P<dress>\s*[（(]\s*(?P<inner>[^（）()]{2,40}?)\s*[）)])$")
_BRACKET_PLACE_RE = re.compile(r"^[^＝=]{1,12}[＝=]")  # where the writer reported from ("ロンドン＝")
_BRACKET_PARTS_RE = re.compile(r"\s*[、，,・／/]\s*")


def _japanese_closing_names(page: Page, body: list[str], last: int) -> str | None:
    """The writers a Japanese text names in brackets at its end (in its last paragraph or on a line under it), when
    the brackets hold names only, past the place they reported from and their jobs, none of whom the text speaks
    of (as a signature alone under the text: _name_alone_under_text)."""
    tail = body[-1]
    lines = [(tail, body[:-1], None)] + [
        (page.text(j).strip(), body, j) for j in range(last + 1, min(last + 1 + BYLINE_AFTER_TEXT, len(page.lines)))
    ]
    for text, before, j in lines:
        found = _CLOSING_BRACKET_RE.search(text) if text.endswith(("）", ")")) else None
        if found is None:
            continue
        if not any(KANA_RE.search(paragraph) for paragraph in body[:3]):
            return None
        if j is not None and (_first_of_items(page, j) or _heads_a_list(page, j) or not _printed_once(page, text)):
            return None  # "（森野葵）" / "（浜田涼子）": a list of names; "（関連記事）" over other stories
        names = _bracketed_names(found["inner"])
        text_before = [*before, text[: found.start("dress")]]
        if names and all(_name_alone_under_text(page, name, text_before) for name in names):
            return ", ".join(names)
        return None
    return None


def _bracketed_names(inner: str) -> list[str]:
    """The names in a Japanese closing bracket's words, past a place and the writers' jobs; none if any other
    word is there ("（東京都港区）", "（英語版）", "（写真は資料）")."""
    inner = _BRACKET_PLACE_RE.sub("", inner.strip())
    names = []
    for part in _BRACKET_PARTS_RE.split(inner):
        words = part.split()
        if len(words) > 1 and JA_BYLINE_ROLE_RE.fullmatch(words[0]):
            part = " ".join(words[1:])  # "経済部　森野葵"
        ending = re.search(r"(?:記者|特派員)$", part)
        part = part[: ending.start()] if ending and ending.start() >= 2 else part  # "森野葵記者"
        if JA_BYLINE_ROLE_RE.fullmatch(part):
            continue  # "編集委員", "聞き手", "文"
        if not cjk_chars(part) or part[-1] in JA_NOT_NAME_ENDS or not cjk_name_alone(part, japanese=True):
            return []
        names.append(part)
    return names


def _under_a_headline(page: Page, last: int, j: int) -> bool:
    """Is the byline on line j another story's, under its headline in a list after the text (a section's label,
    a headline, "By ..."), not the text's own? A headline between the text's last line and it says so."""
    return any(
        headline_candidate(page.text(k)) and len(page.text(k).split()) >= LIST_ITEM_WORDS for k in range(last + 1, j)
    )


def author_in_note(page: Page, body: list[str]) -> str | None:
    """For a page that names its writer nowhere else: a note on the writer anywhere under the
    headline ("Jane Roe has written about transport since 2019."), wherever the text was found to
    end (a list or a box the text ran into may have taken the note inside it or cut the text above
    it). Not a person the text itself speaks of: no word of the name comes back in another of its
    paragraphs (a profile of a writer names them throughout)."""
    for j in range(page.title_idx + 1, len(page.lines)):
        text = page.text(j)
        if len(text) > END_MATTER_CHARS:
            continue
        subject = _cjk_note_on_writer(text) if cjk_chars(text) else _note_on_writer(text)
        if not subject or not (cjk_chars(subject) or all(map(L.is_person_name, split_names(subject)))):
            continue
        others = " ".join(p for p in body if not p.startswith(text[:40]))
        if any(word in others for name in split_names(subject) for word in name.split()):
            continue
        return normalise_names(split_names(subject))
    return None


def _heads_a_list(page: Page, j: int) -> bool:
    """Line j stands over headlines (review W8: "Mehr zum Thema" read as a name alone under the text): the
    lines right under it are other stories' headlines, as under a list's header, where a signature has the
    page's chrome, a note or the text's end under it."""
    under = [page.text(k) for k in range(j + 1, min(j + 1 + LIST_UNDER_NAME, len(page.lines)))]
    if len(under) < LIST_UNDER_NAME or any(map(L.is_list_header, under)):
        return False  # "Jane Roe" / (a note) / "More from the Ledger" / its items: a signature over the list
    # (whole headlines, not a list's own short header: "Elsewhere in the Ledger" under a signature)
    if all(headline_candidate(t) and len(t.split()) >= LIST_ITEM_WORDS for t in under):
        return True
    if not all(cjk_headline(t) and not is_cjk_site_note(t) for t in under):
        return False  # (a site's note under a signature, "キーワード：…", "原标题：…", is no headline)
    # CJK lines (no words to count): the first under it shorter than the two next, headlines too, is the
    # list's own header ("（林雨晴）" / "地域のニュース" / its items), the name a signature over it
    more = [page.text(k) for k in range(j + 1, min(j + 2 + LIST_UNDER_NAME, len(page.lines)))]
    return not (len(more) > LIST_UNDER_NAME and all(map(cjk_headline, more)) and len(more[0]) < min(map(len, more[1:])))


_ADDRESS_RE = re.compile(r"\w\.[a-z]{2,}\b|@")  # a web or mail address in a line


# A lone signature's dress around the name: a dash before it (a single hyphen is a list's bullet as often),
# brackets around it, an outlet or agency after a slash or a comma ("— Jane Roe", "【林雨晴】", "Jane Roe / Agence
# Nord", "Ana Ruiz, Imagen Norte", "林雨晴／共同"): a name of a few words, an outlet's of one to three (or a few CJK
# characters)
_LONE_SIGNATURE_RE = re.compile(
    r"^(?:(?:[–—―]{1,2}|--)\s*)?[(\[（【「]?\s*(?P<name>[^()\[\]（）【】「」/／|｜,，]{2,60}?)\s*[)\]）】」]?"
    r"(?:\s*[/／|｜,]\s*(?:[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,2}|[\u4e00-\u9fff\u30a0-\u30ff]{1,8}))?$"
)


def _lone_signature(text: str) -> str:
    """The name of a line that may be a signature under the text, out of its dress (the line itself if it
    has none)."""
    found = _LONE_SIGNATURE_RE.match(text) if len(text) <= BYLINE_CHARS else None
    return found["name"].strip() if found else text


def _first_of_items(page: Page, j: int) -> bool:
    """Is line j, dressed with a dash or a bracket, the first of lines dressed alike ("— Jane Roe" / "— John
    Doe": a list of names, review W11), not a signature?"""
    mark = page.text(j).strip()[:1]
    if mark not in "–—([（【" or j + 1 >= len(page.lines) or page.text(j + 1).strip()[:1] != mark:
        return False
    return not CJK_CLOSING_NOTE_RE.search(page.text(j + 1))  # "（林雨晴）" / "（本文来源：…）": the text's closing note


def _zh_name_shape(text: str) -> bool:
    """Two or three Han characters opening on a common Chinese family name ("王晓雯")."""
    return 2 <= len(text) <= 3 and cjk_chars(text) == len(text) and text[0] in ZH_FAMILY_NAMES


def _printed_once(page: Page, text: str) -> bool:
    return sum(line.text.strip() == text for line in page.lines) == 1


def _name_alone_under_text(page: Page, text: str, body: list[str]) -> bool:
    """A line under the text that is a person's name and nothing else ("Jane Roe", "林雨晴", out of its
    dress: _lone_signature): no one the text speaks of (a word of the name in its paragraphs), no common
    words (a word of it printed in small letters anywhere on the page: a section's, a list's or a
    product's name)."""
    bare = text.strip("（）() ")
    if cjk_chars(bare):
        japanese = any(KANA_RE.search(paragraph) for paragraph in body[:3])
        if (
            not cjk_name_alone(bare, japanese=japanese)
            or CJK_REPORTER_RE.search(bare)
            or CJK_CLOSING_NOTE_RE.search(bare)
        ):
            return False
        words = [bare]
    else:
        if not L.is_person_name(text) or L.is_role_line(text) or L.is_list_header(text):
            return False
        if _ADDRESS_RE.search(text) or (text.isupper() and not _NAME_IN_CAPITALS_RE.fullmatch(text)):
            return False  # "Via Example.info": a source's address, no person; in capitals, a name's words only
        # (not a particle: "de", "van", "dos" are the text's words too, "Femke de Haas" a name still)
        words = [w for w in re.findall(r"\w+", text) if len(w) > 1 and not is_name_particle(w)]
    joined = " ".join(body)
    if text.isupper():  # "JANA ROTH": none of its words in the text, whatever their case
        words, joined = [w.lower() for w in words], joined.lower()
    if not words or any(w in joined for w in words):
        return False
    small = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(w.lower()) for w in words) + r")\b")
    return cjk_chars(bare) > 0 or not any(small.search(line.text) for line in page.lines)


# A name in capitals alone under the text ("JANA ROTH", "ANA DE LA TORRE"): two to four words of letters
_NAME_IN_CAPITALS_RE = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:[ '’-][^\W\d_]+){1,3}")


# A name after a dash (or two; a single hyphen is a list's bullet as often), a place or an outlet after a
# comma or a bar past it
# (the place or the outlet in capitals: "— Jane Roe, the harbour master" is a quotation's speaker)
_DASHED_NAME_RE = re.compile(r"^(?:[—–―]{1,2}|--)\s*(?P<name>[^,|/（(]{2,60}?)\s*(?:[,|/]\s*(?:[A-Z]\w*\s?){1,3})?$")


# ... or with the writer's job after a comma or a bar (a journalist's word: "— Jane Roe, the harbour master" is a
# quotation's speaker)
_DASHED_JOB_RE = re.compile(r"^(?:[—–―]{1,2}|--)\s*(?P<name>[^,|/（(]{2,60}?)\s*[,|/]\s*(?P<job>[^,|/]{3,60})$")


def _signed(text: str) -> str | None:
    """The author a line closing an article names: "Reporting by Jane Roe; editing by John
    Doe", "— Jane Roe", "Jane Roe is a reporter covering ...", "About the author: Jane Roe ..."."""
    credited = reporters(text)
    if credited:
        names = split_names(credited)
        return normalise_names(names) if all(L.is_name(n) for n in names) else None
    dashed = _DASHED_NAME_RE.match(text.strip()) if len(text) <= BYLINE_CHARS else None
    if dashed and (L.is_name(dashed["name"]) or cjk_name_alone(dashed["name"])):
        return dashed["name"]  # "— Jane Roe", "-- Jane Roe, Tollby", "——林雨晴": a signature's dash
    with_job = _DASHED_JOB_RE.match(text.strip()) if len(text) <= BYLINE_CHARS else None
    if with_job and L.is_name(with_job["name"]) and writer_job(with_job["job"]):
        return with_job["name"]  # "— Jane Roe, transport correspondent": the writer's job after the name
    labelled = AUTHOR_NOTE_LABEL_RE.match(text)
    subject = labelled["name"] if labelled else bio_subject(text) or _note_on_writer(text)
    if subject and L.is_name(subject):
        return subject
    if cjk_chars(text):
        return _cjk_note_on_writer(text) or _cjk_bracket_byline(text)
    return _signature(text)


# A signature under the text: a person's name alone in brackets ("(Jane Roe)", "[Jane Roe]"), or with
# the writer's address beside it ("Jane Roe (jroe@example.org)")
_SIGNATURE_RE = re.compile(r"^(?:[(\[](?P<bracketed>[^()\[\]]{4,60})[)\]]|(?P<named>[^()]{4,60}?)\s*\(\S+@\S+\))$")


def _signature(text: str) -> str | None:
    """The writer a closing signature names: a name in brackets or with its e-mail address, a
    byline's word after a few words of its own ("Escrito por Ana Ruiz"); never a credit."""
    found = _SIGNATURE_RE.match(text.strip()) if len(text) <= BYLINE_CHARS else None
    name = (found["bracketed"] or found["named"]).strip() if found else None
    if name and L.is_person_name(name):
        return name
    lead_in = lead_in_byline(text)
    if lead_in and not (L.is_credit(text) or L.is_photo_credit(text) or L.is_caption(text) or L.is_chrome(text)):
        return normalise_names([lead_in])
    return None


def _note_on_writer(text: str) -> str | None:
    """Whom a note on the writer in any of the common languages is about ("Ana Ruiz es periodista
    de la sección local", "Ole Roth ist Redakteur im Lokalressort"): a name, "is", and what
    journalists are, near the start of a short sentence."""
    if len(text) > END_MATTER_CHARS:
        return None
    writes = WRITER_NOTE_RE.match(text)
    if writes is not None:
        return writes["name"]
    found = AUTHOR_NOTE_RE.match(text)
    if found is None or not JOURNALIST_RE.search(text, found.end() - 1, found.end() + NOTE_ROLE_REACH):
        return None
    return found["name"]


# A Chinese or Japanese byline in round or lenticular brackets under the text: a reporter's or writer's label,
# then the name ("（记者 林雨晴）", "【撰稿：林雨晴】", "（記者林雨晴／台南報導）", "(記者：林雨晴)"), or the name,
# then "reported" or "= outlet" ("（林雨晴 报道）", "（林雨晴＝北浜新聞）"); a name alone in brackets may be
# anything ("（待续）")
_CJK_LABEL = CJK_WRITER_LABEL
_CJK_NAME = r"(?P<name>[\u4e00-\u9fff々]{2,4})"
_CJK_BRACKET_BYLINE_RE = re.compile(
    rf"^[（(【]\s*(?:(?:{_CJK_LABEL})\s*[：:／/・·]?\s*{_CJK_NAME}(?:[／/][\u4e00-\u9fff]{{0,6}}(?:報導|报道|報道))?"
    rf"|{_CJK_NAME.replace('name', 'after')}\s*(?:{CJK_REPORTED_WORDS}|[＝=][^）)]{{1,12}}))\s*[）)】]$"
)


# ... the name written with a space after a label and its mark or a space ("（記者・小野寺 遥）", "【文／森川 葵】",
# "（特派員　森川　葵）")
_CJK_BRACKET_SPACED_RE = re.compile(
    rf"^[（(【]\s*(?:{_CJK_LABEL})\s*[：:／/・·\s]\s*(?P<name>[\u4e00-\u9fff々]{{1,3}}[ \u3000]"
    rf"(?!{CJK_REPORTED_WORDS})[\u4e00-\u9fff々\u3040-\u30ff]{{1,3}})\s*[）)】]$"
)


def _cjk_bracket_byline(text: str) -> str | None:
    if len(text) > CJK_NOTE_CHARS:
        return None
    found = _CJK_BRACKET_BYLINE_RE.match(text.strip())
    if found:
        return found["name"] or found["after"]
    spaced = _CJK_BRACKET_SPACED_RE.match(text.strip())
    return spaced["name"] if spaced else None


def _cjk_note_on_writer(text: str) -> str | None:
    """Whom a Chinese or Japanese note on the writer is about ("执笔者简介：王伟是...", "林建国，本报记者，
    ..."): the name after a label, or a name whose job, a reporter's, the line says right after it."""
    if len(text) > CJK_NOTE_CHARS:
        return None
    found = CJK_WRITER_NOTE_RE.match(text)
    if found is None:
        return None
    job = any(word in text[: found.end() + NOTE_ROLE_REACH // 2] for word in ("记者", "記者"))
    return found["name"] if found["label"] or job else None
