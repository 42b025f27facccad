"""Readers' comment threads under the text, told by what a comment is (related_items' last look at
the page's lists asks here which of their items are comments): its place between its neighbours (a
handle or a name over it with its time between, a button or count line under it that comes back
under the next comment), its voice (a remark in the first or second person, an answer to another
reader), a thread's header with its count; never the words of one site's buttons."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..text import fold
from .chrome import is_copyright, is_list_header
from .dates import is_relative_stamp, parse_date_line
from .lexicon import PERSON_WORDS, cjk_chars
from .page import Page
from .related_shapes import is_credit
from .related_video import next_text
from .thresholds import PAGE_CACHE, RELATED_COUNT_KEY_LETTERS

# a time as comments and teasers print it: "5 hours ago at 9:40 pm", "3 meses atrás", "hace 11 horas",
# "12/04/31 6:15pm" (figures, a clock's "am"/"pm" and marks only); a few words at most ("20 years ago
# today, the wall fell" and "Il y a 50 ans, ..." are headlines)
STAMP_RE = re.compile(
    r"^\W*\d+\s+\w+\s+(?:ago|atrás|fa|geleden|назад)\b|^\W*(?:hace|il y a|vor|há)\s+\d+\s+\w+"
    r"|^(?:[\d/.:,-]+\s*(?:[ap]\.?m\.?)?\s*)+$",
    re.I,
)
STAMP_WORDS = 6
# a header with the count of what is under it ("What readers say (3)", "Leserstimmen (12)"): a
# few words with no figure, then a count in brackets; no headline (a series' "(2)" under a longer one)
COUNTED_HEADER_RE = re.compile(r"^[^\W\d]+(?:[\s'’-][^\W\d]+){0,3}\s?[(\[]\d{1,3}[)\]]$")
END_MARKS = ".!?…。！？:"
WORD_EDGES = ".,;:!?()\"'“”‘’«»"


_UI_WORDS = 3  # a comment's own buttons under it ("Answer", "Antworten auf kai_w"): at most this many words
_THREAD_GAP = 6  # a thread's comments signed over their times: each at most this many lines after the one before
_HEADER_WORDS = 6  # a thread's header over its first comment: at most this many words
_OVER_WORDS = 4  # the line over a comment: its writer's handle or name, or its time, at most this many words


def is_stamp(text: str) -> bool:
    """A time as comments print it ("3 hours ago", "vor 3 Stunden", "March 3, 2031 at 4:12 pm")."""
    return (
        is_relative_stamp(text)
        or (len(text.split(None, STAMP_WORDS)) <= STAMP_WORDS and bool(STAMP_RE.match(text)))  # (not split whole)
        or parse_date_line(text) is not None
    )


def _short(text: str, words: int) -> bool:
    """A line of a few words with no end mark."""
    return 1 <= len(text.split(None, words)) <= words and not text.endswith(END_MARKS)  # (not split whole)


def _ui_under(page: Page, i: int) -> str | None:
    """The first word of the button line under line `i`, when `i` stands in a comment's place: a
    handle, a name or a time right over it, a line of a few words with no figure right under it
    (no credit: "By Jo Ng"), and under that the next comment's handle or time, or nothing (a list's
    section under each card is followed by the next card's headline). None otherwise."""
    over, under = next_text(page, i, -1), next_text(page, i, 1)
    if over is None or under is None:
        return None
    top, ui = page.text(over).strip(), page.text(under).strip()
    if not (_short(top, _OVER_WORDS) or is_stamp(top) or comment_meta(top)):
        return None
    if (name := _meta_name(ui)) is not None and _handle(name):
        # the comment's text over its writer's handle and time ("marta.k, 1 hour ago"); (a card's
        # section and time under its headline, "Politics · 2 hours ago", is none)
        return _META_KEY
    words = " ".join(w for w in ui.split() if any(c.isalnum() for c in w))  # ("12 • Reply • Share ›": 3 words)
    if not words or not _short(words, _UI_WORDS):
        return None
    if is_credit(ui) or len(ui) >= len(page.text(i).strip()):
        return None
    after = next_text(page, under, 1)
    if after is not None and not (
        _short(page.text(after).strip(), _OVER_WORDS) or is_stamp(page.text(after)) or comment_meta(page.text(after))
    ):
        return None
    if any(c.isdigit() for c in ui):
        return _count_under(page, over, ui)
    if fold(top).startswith(fold(ui)):
        return None  # a section's name that also opens the card's date line ("Harbour Talk" / "Harbour Talk 3.4.31")
    return fold(words.split()[0])


# a count's figure, a token of its own ("12 likes", "Reply · 4", "Répondre (3)"; a handle's "kai77" is none)
_SHORT_TIME_RE = re.compile(r"\d+\s?[a-zA-Z]{1,3}")  # a time in a comment's button line ("2h", "5 min"), a figure there
_COUNT_FIGURE_RE = re.compile(r"(?:^|[\s(·|•])\d+(?:\s?[a-zA-Z]{1,3})?(?=$|[\s)·|•])")


_META_KEY = "#meta"
_META_PARTS_RE = re.compile(r"\s+[·•|–—-]\s+|,\s+|\s+[·•|]|[·•|]\s+")  # "marta.k · 2 hours ago", "Old Salt, 3h"
_META_MARKS = ",·•|–—-"  # each way _META_PARTS_RE splits holds one of these
_META_NAME_WORDS = 3  # a writer's handle or name beside a comment's time: at most this many words


def comment_meta(text: str) -> bool:
    """A comment's writer and its time on one line ("marta.k · 2 hours ago", "Old Salt, 45 minutes
    ago", "vor 3 Stunden | seebaer"), or a card's section and its time ("Politics · 2 hours ago"): a
    time and a name's few words; no headline (a headline with its time beside it is longer)."""
    return _meta_name(text) is not None


@lru_cache(maxsize=PAGE_CACHE)  # asked of each item of a list and of each line over a card's or a comment's time
def _meta_name(text: str) -> str | None:
    """The name beside the time in a `comment_meta` line; None in any other line."""
    parts = _two_parts(text.strip())
    if parts is None or is_stamp(text.strip()):
        return None  # (a date and its time, "9 FEB, 13:55": no name in it)
    for stamp, name in (parts, parts[::-1]):
        if _COUNT_FIGURE_RE.search(name) or stamp.isdigit():
            continue  # (a figure on its own is no name's: "9 FEB")
        if is_stamp(stamp) and _short(name, _META_NAME_WORDS) and not is_stamp(name):
            return name
    return None


def _two_parts(text: str) -> list[str] | None:
    """[p.strip() for p in _META_PARTS_RE.split(text) if p.strip()] when that is two parts, else None: the
    matches are read up to a third part only (a paragraph's commas are not all split)."""
    if not any(map(text.__contains__, _META_MARKS)):
        return None  # (no mark, no second part: most lines, told in C)
    parts: list[str] = []
    start = 0
    for mark in _META_PARTS_RE.finditer(text):
        part = text[start : mark.start()].strip()
        if part:
            if len(parts) == 2:
                return None
            parts.append(part)
        start = mark.end()
    part = text[start:].strip()
    if part:
        parts.append(part)
    return parts if len(parts) == 2 else None


def _handle(name: str) -> bool:
    """A reader's handle ("harbourfan_77", "anna.k", "seebaer"), not a word or two in capitals (a
    list's section, "Politics", "Local Life"; a thread of full names is left to its buttons)."""
    return not all(w[:1].isupper() and w.isalpha() for w in name.split())


def _count_under(page: Page, over: int, ui: str) -> str | None:
    """The key of the count line `ui` under a comment whose top line is `over` ("12 likes"): the
    count's word, its first letters, marked as a count (votes, figures with no word: "#votes"); None
    when `ui` is no count, or when the comment's writer (the top line, or the line over its time) is
    no handle (`_handle`): a list's cards with a section over each headline, or over its time, and a
    count under it ("Politics" / "2 hours ago" / headline / "12 comments") have that place too."""
    tokens = [w.strip(WORD_EDGES) for w in re.split(r"[\s()·|•]+", ui)]
    words = [w for w in tokens if any(c.isalpha() for c in w) and not _SHORT_TIME_RE.fullmatch(w)]
    # (or votes: figures and their marks, no word: "▲ 14 ▼ 2", "+12 / -3")
    votes = not words and any(not c.isalnum() and not c.isspace() for c in ui)
    if not _COUNT_FIGURE_RE.search(ui) and not votes:
        return None
    if not votes and (not 1 <= len(words) <= 2 or not all(w.isalpha() for w in words)):
        return None
    writer = page.text(over).strip()
    if is_stamp(writer):
        above = next_text(page, over, -1)
        writer = page.text(above).strip() if above is not None else ""
    if not writer or is_stamp(writer) or _COUNT_FIGURE_RE.search(writer):
        return None  # (the count under the card before: cards with a time over each headline)
    if not _handle(writer):
        return None
    return "#votes" if votes else "#" + fold(words[0])[:RELATED_COUNT_KEY_LETTERS]


_TITLE_CASE_LETTERS = 4  # title case is told on the words this long (not "a", "of", "the")


# a reader's remark in CJK, by its grammar: a sentence's full stop or exclamation inside it, a spoken
# ending ("…です", "…ますね", "…してほしい"), the writer's "I" or the reader's "you" (not "我国": the
# country, nor "私立": private);
# a headline ends on a noun or a plain verb and says no "I"
_CJK_REMARK_RE = re.compile(
    r"[。！!]|(?:です|ます|ました|ません|ね|よ|たい|ほしい|欲しい)$|私(?![立鉄大学有営設服募])|[僕俺你]|我(?![国省市区县校院军])"
)
_CJK_REMARK_CHARS = 4  # a line in CJK: this many CJK characters or more


def _remark(text: str) -> bool:
    """A reader's remark rather than a headline: it speaks in the first or second person, or ends
    as a sentence or an exclamation does; a line in title case is a headline's ("How Green Is My
    Valley"), as are "US" and "EU" in capitals."""
    if cjk_chars(text) >= _CJK_REMARK_CHARS:
        return _CJK_REMARK_RE.search(text) is not None
    words = [w.strip('.,;:!?"“”«»()‘’') for w in text.split()]
    long = [w for w in words if len(w) >= _TITLE_CASE_LETTERS]
    if long and 2 * sum(w[:1].isupper() for w in long) > len(long):
        return False
    if text.endswith((".", "!")) or _REPLY_TO_RE.match(text):
        return True  # (a reply opens with the handle it answers: "@kite_runner Not on the early boat")
    for n, word in enumerate(words):
        w = word.replace("’", "'")
        if (n and w[:1].isupper() and w.split("'")[0] != "I") or (len(w) > 1 and w.isupper()):
            continue  # a capital inside the line: a name's or a title's word; "US", "EU": names
        if w.lower() in PERSON_WORDS or w.lower()[:2] == "j'":
            return True
    return False


_REPLY_TO_RE = re.compile(r"^@[\w.]+\s")
_NICK_RE = re.compile(r"[\d_.@]")  # a nickname's marks: a figure, an underscore, a dot, an at sign


def _signed_by(page: Page, i: int) -> str | None:
    """The handle over line `i` with the comment's time between ("pelican88" / "2 hours ago" /
    line `i`), or beside it on one line ("m.okafor · 2 hours ago"); None otherwise."""
    name = _writer_over(page, i)
    return name if name is not None and _handle(name) else None


def _writer_over(page: Page, i: int) -> str | None:
    """The name or handle over line `i` with a time between ("Ana Reis" / "2 hours ago" / line
    `i`), or beside it on one line ("m.okafor · 2 hours ago"): a comment's writer, or a card's
    section; None otherwise."""
    over = next_text(page, i, -1)
    if over is None:
        return None
    top = page.text(over).strip()
    if (name := _meta_name(top)) is not None:
        return name
    # (a time, not a list's rank: "1" over a headline is no comment's time)
    above = next_text(page, over, -1) if is_stamp(top) and not top.isdigit() else None
    if above is None:
        return None
    name = page.text(above).strip()
    if not _short(name, _OVER_WORDS) or is_stamp(name) or _COUNT_FIGURE_RE.search(name):
        return None
    if is_list_header(name) or is_credit(name):
        return None  # (a list's header over its first card's time; the card before's byline, "By Jo Ng")
    return name


def comments(page: Page, lines: set[int]) -> set[int]:
    """Those of `lines` that are readers' comments: in a comment's place (`_ui_under`) with the same
    button line's first word under another line of the page in that place ("Answer", "Antworten auf
    ...", "J'aime": whatever its word, a thread repeats it after each comment), in a thread where one
    of them at least reads as a remark (`_remark`: not every comment says "I" or "you")."""
    placed = {i: ui for i in lines if (ui := _ui_under(page, i)) is not None}
    threads = {ui for i, ui in placed.items() if _remark(page.text(i))}
    signed: dict[str, list[str]] = {}
    for i, ui in placed.items():
        if (handle := _signed_by(page, i)) is not None:
            signed.setdefault(ui, []).append(handle)
    # (or, whatever the comments say: two of them or more each under its time and a handle, one
    # handle at least in a nickname's marks: "pelican88", "m.okafor", "quay_jo")
    threads |= {ui for ui, names in signed.items() if len(names) >= 2 and any(_NICK_RE.search(n) for n in names)}
    seen: Counter[str] = Counter()
    if threads:
        for i in range(len(page.lines)):
            if page.text(i) and (ui := placed.get(i) or _ui_under(page, i)) in threads:
                seen[ui] += 1
    found = {i for i, ui in placed.items() if ui in threads and seen[ui] >= 2}
    found |= _signed_remarks(page, lines) | _under_counted_header(page, lines)
    return found | _thread_headers(page, lines, found)


def _thread_headers(page: Page, lines: set[int], comments: set[int]) -> set[int]:
    """Those of `lines` right over a comment's writer (over its time): the thread's header in a few
    words ("Opiniones de los lectores"), no headline of its own."""
    out: set[int] = set()
    for i in comments:
        over = next_text(page, i, -1)
        if over is None or _writer_over(page, i) is None:
            continue  # (a comment with no writer and time over it: its thread's header is not told so)
        writer = over if comment_meta(page.text(over)) else next_text(page, over, -1)
        top = next_text(page, writer, -1) if writer is not None else None
        if top is None or top not in lines or top in comments:
            continue
        text = page.text(top)
        if _short(text, _HEADER_WORDS) and cjk_chars(text) < _CJK_REMARK_CHARS:
            out.add(top)
    return out


def _signed_remarks(page: Page, lines: set[int]) -> set[int]:
    """Those of `lines` with a writer over each (and a time: `_writer_over`), in a thread: the lines
    so signed in a row (each at most _THREAD_GAP lines after the one before), two at least, half of
    them or more remarks (`_remark`): a thread with no button line under its comments. A list's
    cards with their section and time over each headline have one such headline at most ("'I was
    there': ...")."""
    if not any(_writer_over(page, i) is not None for i in lines):
        return set()
    signed = [i for i in range(len(page.lines)) if page.text(i) and _writer_over(page, i) is not None]
    out: set[int] = set()
    run: list[int] = []
    for i in [*signed, None]:
        if i is not None and (not run or i - run[-1] <= _THREAD_GAP):
            run.append(i)
            continue
        remarks = sum(_remark(page.text(k)) for k in run)
        buttons = len(run) >= 2 and all(_buttons_under(page, k) for k in run)
        if (buttons and remarks) or (remarks >= 2 and 2 * remarks >= len(run)):
            out |= lines & set(run)
        run = [i] if i is not None else []
    return out


def _buttons_under(page: Page, i: int) -> bool:
    """A comment's buttons on the line under line `i` ("Reply", "Report", "Gefällt mir"): a few words
    with no figure, no time, no credit; not over a time (a card's section over the next card's time)."""
    under = next_text(page, i, 1)
    if under is None:
        return False
    ui = page.text(under).strip()
    if not _short(ui, _UI_WORDS) or any(c.isdigit() for c in ui) or is_stamp(ui) or comment_meta(ui) or is_credit(ui):
        return False
    after = next_text(page, under, 1)
    return after is None or not (is_stamp(page.text(after)) or comment_meta(page.text(after)))


def _under_counted_header(page: Page, lines: set[int]) -> set[int]:
    """Those of `lines` in a thread under a header with a count ("What readers say (3)"): the lines
    that stand in a comment's place (with their writer and time over them, or a count or votes under
    them), each at most _THREAD_GAP lines after the one before, the first as near the header, and
    the lines between; when two of them or more do, the header counts the comments of a thread (a
    list of other articles' headlines is not headed with its count). The thread ends where that
    place does (a list after it, whatever its header, is none of it)."""
    out: set[int] = set()
    # (a stripped line the pattern matches ends with its bracket: every other line told by its last character)
    stripped = (page.text(k).strip() for k in range(len(page.lines)))
    counted = [k for k, t in enumerate(stripped) if t.endswith((")", "]")) and COUNTED_HEADER_RE.match(t)]
    for k in counted:
        if k - 1 in counted or k + 1 in counted:
            continue  # a list of categories with their counts of posts ("Harbour (12)" / "Weather (4)")
        placed: list[int] = []
        last = k
        for j in range(k + 1, len(page.lines)):
            t = page.text(j).strip()
            counts = t.endswith((")", "]")) and COUNTED_HEADER_RE.match(t) is not None  # (as above: its bracket first)
            if j - last > _THREAD_GAP or is_list_header(t) or is_copyright(t) or counts:
                break
            if t and (_writer_over(page, j) is not None or (_ui_under(page, j) or "").startswith("#")):
                placed.append(j)
                last = j
        if len(placed) >= 2:
            out |= lines & set(range(k + 1, last + 1))
    return out


__all__ = [
    "COUNTED_HEADER_RE",
    "END_MARKS",
    "STAMP_RE",
    "STAMP_WORDS",
    "WORD_EDGES",
    "comment_meta",
    "comments",
    "is_stamp",
]
