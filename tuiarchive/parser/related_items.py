"""What is no headline of another article, whichever stage took it for one: the last look at the
page's lists (program code, a time stamp, a reader's comment, a button, a share count, a credit,
a form's field, an ad widget's titles, the site's notes, a line of the page's own text).

The stages before read lists by their place and their shape (lines in a run, under a header);
a comment thread, a code listing or an ad widget is in that shape too. Here each item is judged
by what a headline of another article never is, whatever its place: a headline has no code
punctuation, is no time, no button, no count, no tag line or listing of topics, no address, no
appeal for money, no note or credit of the site's, never stands in a comment's place (a handle or
a time over it, a button line under it that comes back under the next comment), nor under an ad
widget's header, and is neither a sentence of the page's own text nor a quotation of it. A list
whose header is code goes whole. The words of buttons and counts vary without end: the rules
here read shapes (a line's place between its neighbours, a number's form, a colon and commas)
and use word lists only for grammar (this/dieser/ce ... story/Artikel/texte)."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from functools import lru_cache

from ..model import RelatedItem
from ..text import fold
from .captions import is_credit as is_text_credit
from .chrome import (
    AD_BLOCKER_PROMPT_RE,
    BUTTON_LEAD_RE,
    SHARE_COUNT_RE,
    SUPPORT_APPEAL_RE,
    is_copyright,
    is_end_matter,
    is_list_header,
    is_tag_line,
)
from .dates import is_relative_stamp, parse_date_line
from .endnotes import is_site_note
from .lexicon import (
    PERSON_WORDS,
    PLEASE_RE,
    STOP_WORDS,
    WE_WORDS,
    YOU_WORDS,
    cjk_chars,
)
from .lexicon_site import APP_WORDS, COMMENT_REPLY_RE, STORE_PLACE_RE
from .making_notes import tells_how_made
from .page import Page
from .pieces import Sieved
from .related_ads import heads_a_rhythm_of_ads, is_ad_header, rhythm_end, site_list_after_ads
from .related_shapes import is_credit, next_text
from .stops import is_stop
from .thresholds import PAGE_CACHE, RELATED_COUNT_KEY_LETTERS, RELATED_STORE_LEAD_WORDS, RELATED_TEXT_TAIL_CHARS

# Program code and markup, never in a headline: braces, a tag, a statement's ";" at its end, an
# assignment ("x = ...", "x || []"), a JSON key ('"name": ...'), a call's empty brackets, jQuery's "$("
_CODE_RE = Sieved(  # asked first for a piece of its own ("{", ";", "=", "()", ...): most lines hold none
    re.compile(
        r"[{}]|</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>|;\s*$|\w\s+=\s+[\w\"'\[{(]|\w=[\"'\[{(]|\|\||&&|=>|"
        r"^\"[\w-]+\"\s*:|\w\(\)|\$\("
    )
)
# a time as comments and teasers print it: "5 hours ago at 9:40 pm", "3 meses atrás", "hace 11 horas",
# "12/04/31 6:15pm" (figures, a clock's "am"/"pm" and marks only); a few words at most ("20 years ago
# today, the wall fell" and "Il y a 50 ans, ..." are headlines)
_STAMP_RE = re.compile(
    r"^\W*\d+\s+\w+\s+(?:ago|atrás|fa|geleden|назад)\b|^\W*(?:hace|il y a|vor|há)\s+\d+\s+\w+"
    r"|^(?:[\d/.:,-]+\s*(?:[ap]\.?m\.?)?\s*)+$",
    re.I,
)
# a count of a story's readers' doings in any wording: a large number (a separator, a "k", four
# figures that are no year) with the line speaking of the story itself ("this story", "questo
# articolo"), or before a word for "times" ("relayé 4 210 fois", "Leído 12.400 veces"); a
# headline names neither
_BIG_NUMBER = (
    r"(?<![\w.,])(?:\d{1,3}(?:[,.\s\u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)?\s?[kKmM]|(?!(?:19|20)\d\d\b)\d{4,})"
    r"(?![\w.,]\d)"
)
_COUNTED_RE = re.compile(_BIG_NUMBER + r"\s+(?:times|mal|fois|veces|vezes|volte|keer|razy)\b", re.I)
# a header with the count of what is under it ("What readers say (3)", "Leserstimmen (12)"): a
# few words with no figure, then a count in brackets; no headline (a series' "(2)" under a longer one)
_COUNTED_HEADER_RE = re.compile(r"^[^\W\d]+(?:[\s'’-][^\W\d]+){0,3}\s?[(\[]\d{1,3}[)\]]$")
_BIG_NUMBER_RE = re.compile(_BIG_NUMBER)
_SELF_RE = re.compile(
    r"\b(?:this|dieser|diesen|dieses|ce|cet|cette|este|esta|esse|essa|questo|questa|deze|dit)\s+"
    r"(?:story|article|post|page|report|piece|artikel|beitrag|text|bericht|texte|artículo|nota|texto|noticia|"
    r"artigo|matéria|notícia|articolo|pezzo|testo|notizia|stuk)\b",
    re.I,
)
# a listing of topics under a label of a word or two, whatever the label says ("Temas: puerto, obras,
# tranvía"): three short entries or more after the colon (a headline's colon opens a clause)
_LISTING_RE = re.compile(r"^[^\W\d][^:：,]{0,24}[:：]\s*[^,，、·|]{1,30}(?:\s*[,，、·|]\s*[^,，、·|]{1,30}){2,}$")
_LISTING_ENTRY_WORDS = 2  # a topic is a word or two ("Hafen", "New York")
# a web or e-mail address, a handle: a form's placeholder ("name@example.com"), a link's text; no headline
_ADDRESS_RE = re.compile(r"\S@\S|(?:^|\s)@\w|https?://|\bwww\.", re.I)
# "by Adnetwork": an ad network's credit, in small letters (a headline's first word has a capital)
_SMALL_CREDIT_RE = re.compile(r"^by\s", re.U)
_STAMP_WORDS = 6
# the chrome's patterns an item is searched with, asked first for a piece of theirs: most items hold none
# (not BUTTON_LEAD_RE: its 42 pieces cost as much to look for in a short item as its search)
_SHARE_COUNT, _AD_BLOCKER_PROMPT = Sieved(SHARE_COUNT_RE), Sieved(AD_BLOCKER_PROMPT_RE)
_FULL_STOPS = (".", "。", ".”", '."', ".’")  # a sentence's end (a headline ends with none, or asks "?")
_REQUIRED_MARK = "*"  # a form's required field ("Your name *", "... são marcados com *")


def _under_ad_headers(page: Page, headers: set[str]) -> set[int]:
    """The lines of the ad widgets under `is_ad_header` lines: to where the ads' rhythm stops over
    a list of the site's own (`site_list_after_ads`), else to the next list's header (one the
    rules know, or one of `headers`, the lists' names the stages found, folded), a paragraph (a
    sentence of the text's length) or the copyright. Lines under a date or a time are the site's
    own cards (an ad has no date): a widget with one is none."""
    under: set[int] = set()
    for k, line in enumerate(page.lines):
        text = line.text.strip()
        if not is_ad_header(text):
            if heads_a_rhythm_of_ads(text) and (end := rhythm_end(page, k)) is not None:
                under.update(range(k, end))  # the header no rule holds, and the ads' lines under it
            continue
        if (resume := site_list_after_ads(page, k, len(page.lines))) is not None:
            under.update(range(k + 1, resume))  # the ads' rhythm, whatever its lines' words
            continue
        widget: set[int] = set()
        ads_end = rhythm_end(page, k) or k  # (an advertiser's line in the rhythm is no list's name)
        for j in range(k + 1, len(page.lines)):
            t = page.text(j).strip()
            prose = len(t) >= RELATED_TEXT_TAIL_CHARS and t.endswith(_FULL_STOPS) and len(t.split()) > _STAMP_WORDS
            header = is_list_header(t) or is_ad_header(t) or (fold(t) in headers and j >= ads_end)
            if header or is_copyright(t) or (prose and t.count(". ") >= 1):
                break
            if t and _is_stamp(t):
                widget = set()
                break
            widget.add(j)
        under |= widget
    return under


_UI_WORDS = 3  # a comment's own buttons under it ("Answer", "Antworten auf kai_w"): at most this many words
_THREAD_GAP = 6  # a thread's comments signed over their times: each at most this many lines after the one before
_HEADER_WORDS = 6  # a thread's header over its first comment: at most this many words
_OVER_WORDS = 4  # the line over a comment: its writer's handle or name, or its time, at most this many words


def _is_stamp(text: str) -> bool:
    """A time as comments print it ("3 hours ago", "vor 3 Stunden", "March 3, 2031 at 4:12 pm")."""
    return (
        is_relative_stamp(text)
        or (len(text.split()) <= _STAMP_WORDS and bool(_STAMP_RE.match(text)))
        or parse_date_line(text) is not None
    )


def _short(text: str, words: int) -> bool:
    """A line of a few words with no end mark."""
    return 1 <= len(text.split()) <= words and not text.endswith(_END_MARKS)


def _ui_under(page: Page, i: int) -> str | None:
    """The first word of the button line under line `i`, when `i` stands in a comment's place: a
    handle, a name or a time right over it, a line of a few words with no figure right under it
    (no credit: "By Jo Ng"), and under that the next comment's handle or time, or nothing (a list's
    section under each card is followed by the next card's headline). None otherwise."""
    over, under = next_text(page, i, -1), next_text(page, i, 1)
    if over is None or under is None:
        return None
    top, ui = page.text(over).strip(), page.text(under).strip()
    if not (_short(top, _OVER_WORDS) or _is_stamp(top) or comment_meta(top)):
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
        _short(page.text(after).strip(), _OVER_WORDS) or _is_stamp(page.text(after)) or comment_meta(page.text(after))
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
_META_NAME_WORDS = 3  # a writer's handle or name beside a comment's time: at most this many words


def comment_meta(text: str) -> bool:
    """A comment's writer and its time on one line ("marta.k · 2 hours ago", "Old Salt, 45 minutes
    ago", "vor 3 Stunden | seebaer"), or a card's section and its time ("Politics · 2 hours ago"): a
    time and a name's few words; no headline (a headline with its time beside it is longer)."""
    return _meta_name(text) is not None


def _meta_name(text: str) -> str | None:
    """The name beside the time in a `comment_meta` line; None in any other line."""
    parts = [p.strip() for p in _META_PARTS_RE.split(text.strip()) if p.strip()]
    if len(parts) != 2 or _is_stamp(text.strip()):
        return None  # (a date and its time, "9 FEB, 13:55": no name in it)
    for stamp, name in (parts, parts[::-1]):
        if _COUNT_FIGURE_RE.search(name) or stamp.isdigit():
            continue  # (a figure on its own is no name's: "9 FEB")
        if _is_stamp(stamp) and _short(name, _META_NAME_WORDS) and not _is_stamp(name):
            return name
    return None


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
    tokens = [w.strip(_WORD_EDGES) for w in re.split(r"[\s()·|•]+", ui)]
    words = [w for w in tokens if any(c.isalpha() for c in w) and not _SHORT_TIME_RE.fullmatch(w)]
    # (or votes: figures and their marks, no word: "▲ 14 ▼ 2", "+12 / -3")
    votes = not words and any(not c.isalnum() and not c.isspace() for c in ui)
    if not _COUNT_FIGURE_RE.search(ui) and not votes:
        return None
    if not votes and (not 1 <= len(words) <= 2 or not all(w.isalpha() for w in words)):
        return None
    writer = page.text(over).strip()
    if _is_stamp(writer):
        above = next_text(page, over, -1)
        writer = page.text(above).strip() if above is not None else ""
    if not writer or _is_stamp(writer) or _COUNT_FIGURE_RE.search(writer):
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
    above = next_text(page, over, -1) if _is_stamp(top) and not top.isdigit() else None
    if above is None:
        return None
    name = page.text(above).strip()
    if not _short(name, _OVER_WORDS) or _is_stamp(name) or _COUNT_FIGURE_RE.search(name):
        return None
    if is_list_header(name) or is_credit(name):
        return None  # (a list's header over its first card's time; the card before's byline, "By Jo Ng")
    return name


def _comments(page: Page, lines: set[int]) -> set[int]:
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
    if not _short(ui, _UI_WORDS) or any(c.isdigit() for c in ui) or _is_stamp(ui) or comment_meta(ui) or is_credit(ui):
        return False
    after = next_text(page, under, 1)
    return after is None or not (_is_stamp(page.text(after)) or comment_meta(page.text(after)))


def _under_counted_header(page: Page, lines: set[int]) -> set[int]:
    """Those of `lines` under a header with a count ("What readers say (3)") that stand in a comment's
    place: with their writer (and time) over them, or a button or vote line under them; when two of
    them or more do, the header counts the comments of a thread (a list of other articles' headlines
    is not headed with its count)."""
    out: set[int] = set()
    counted = [k for k in range(len(page.lines)) if _COUNTED_HEADER_RE.match(page.text(k).strip())]
    for k in counted:
        if k - 1 in counted or k + 1 in counted:
            continue  # a list of categories with their counts of posts ("Harbour (12)" / "Weather (4)")
        under: set[int] = set()
        for j in range(k + 1, len(page.lines)):
            t = page.text(j).strip()
            if is_list_header(t) or is_copyright(t) or _COUNTED_HEADER_RE.match(t):
                break
            if t:
                under.add(j)
        placed = {i for i in under if _writer_over(page, i) is not None or (_ui_under(page, i) or "").startswith("#")}
        if len(placed) >= 2:
            out |= under & lines
    return out


def is_code(text: str) -> bool:
    """A line of program code or markup ("var boat = new Boat();", '"harbourKey": [{')."""
    return bool(_CODE_RE.search(text))


@lru_cache(maxsize=PAGE_CACHE)  # each item of each list, and the lists of a site come back on its pages
def no_headline(text: str) -> bool:
    """A line that is no headline of another article by its own shape, wherever it stands."""
    text = text.strip()
    return (
        is_code(text)
        or is_relative_stamp(text)
        or (len(text.split()) <= _STAMP_WORDS and bool(_STAMP_RE.match(text)))
        or parse_date_line(text) is not None
        or bool(BUTTON_LEAD_RE.search(text))
        or bool(_SHARE_COUNT.search(text))
        or bool(_SMALL_CREDIT_RE.match(text))
        or text.endswith(_REQUIRED_MARK)
        or is_tag_line(text)
        or bool(SUPPORT_APPEAL_RE.match(text))
        or bool(_AD_BLOCKER_PROMPT.search(text))
        or ends_the_text(text)
        or is_count(text)
        or bool(_COUNTED_HEADER_RE.match(text))
        or _is_listing(text)
        or bool(_ADDRESS_RE.search(text))
        or _calls_reader(text)
        or _speaks_to_reader(text)
        or _app_line(text)
        or comment_meta(text)
    )


# the reader's formal "you" in German, inside a line ("So erreichen Sie uns"; a line's first "Sie" is "they")
_FORMAL_YOU_RE = re.compile(r"(?<=\w\s)(?:Sie|Ihnen|Ihre?n?)\b")
_WORD_EDGES = ".,;:!?()\"'“”‘’«»"


def _speaks_to_reader(text: str) -> bool:
    """The site speaking to its reader: its "we" and the reader's "you" in one line ("We need your
    help to keep reporting", "So erreichen Sie uns"), or a request ("Please allow ads on this site");
    a quotation apart (a headline may quote a voice that asks)."""
    if text[:1] in _QUOTES:
        return False
    if PLEASE_RE.search(text):
        return True
    stripped = (w.strip(_WORD_EDGES) for w in text.split())
    words = {w.lower().replace("’", "'") for w in stripped if not (len(w) > 1 and w.isupper())}  # ("US": a name)
    return bool(words & WE_WORDS) and (bool(words & YOU_WORDS) or _FORMAL_YOU_RE.search(text) is not None)


# a call to the reader: an imperative whose object is the reader or the site, right after the verb
# ("Sign me up ...", "Open your account ...", "Inscrivez-vous ...", "Melden Sie sich ..."); a headline
# names its subject first
_CALL_RE = re.compile(r"^[^\W\d_]+(?:\s+(?:me|us|your|you)\b|-(?:vous|toi|nous)\b|\s+Sie\s)")  # ("US": a name)
_CALL_WORDS = 8  # a button or a box's call is short


# a request to the reader in CJK, by its grammar: a polite request or an invitation at the line's end
# ("…を支えてください", "一緒に考えませんか", "…해 주세요"), "please" at its start ("请支持…"); a
# headline reports, it asks nothing (a voice that asks is quoted inside it: 「…ください」と…)
_CJK_CALL_RE = re.compile(r"^(?:请|請)|(?:ください|下さい|ましょう|ませんか|주세요|하세요|십시오)[!！。]?$")


def _calls_reader(text: str) -> bool:
    """A button's or a box's call to the reader ("Sign me up for the morning briefing")."""
    if cjk_chars(text) and _CJK_CALL_RE.search(text):
        return True
    return len(text.split()) <= _CALL_WORDS and not text.endswith((".", "?")) and bool(_CALL_RE.match(text))


# an app store named in a line: the stores are a few, their names the same in every language
_STORE_RE = re.compile(r"\b(?:app\s?store|google play|play store|appgallery|microsoft store)\b", re.I)


def _app_line(text: str) -> bool:
    """A store's or an app's call, by its shape: an app store's name where a few words say where to
    get something ("Available on the App Store", "Bei Google Play holen"; a headline names its subject
    first: "Fake banking apps found in the App Store"), or the site's "we" right before its app in a
    short line ("Read it in our app", "Lisez-le dans notre appli")."""
    words = text.split()
    if len(words) > _CALL_WORDS:
        return False
    store = _STORE_RE.search(text)
    if store is not None:
        before = text[: store.start()]
        place = STORE_PLACE_RE.search(before)
        if place is not None and len(before[: place.start()].split()) <= RELATED_STORE_LEAD_WORDS:
            return True
    folded = [w.strip(_WORD_EDGES).lower().replace("’", "'") for w in words]
    return any(a in WE_WORDS and b in APP_WORDS for a, b in itertools.pairwise(folded))


def _is_listing(text: str) -> bool:
    """A label of a word or two, a colon and a list of short entries ("Themen: Hafen, Brücke, Verkehr")."""
    if not _LISTING_RE.match(text):
        return False
    label, _, rest = re.split(r"([:：])", text, maxsplit=1)
    entries = re.split(r"\s*[,，、·|]\s*", rest.strip())
    if len(label.split()) > 2 or any(c.isdigit() for c in label):
        return False  # ("Expo 2031: ...": a headline's kicker)
    # a topic is a word or two, no clause, and opens with no function word ("and the fleet")
    return all(len(e.split()) <= _LISTING_ENTRY_WORDS and fold(e.split()[0]) not in STOP_WORDS for e in entries if e)


def is_count(text: str) -> bool:
    """A count of the story's readers' doings ("This story was passed on 2,311 times")."""
    return bool(_COUNTED_RE.search(text)) or (bool(_SELF_RE.search(text)) and bool(_BIG_NUMBER_RE.search(text)))


def ends_the_text(text: str) -> bool:
    """A line the body's end takes for the site's matter under the text (stops.is_stop's kinds of
    line): a note of the site's (licence, method, the writer), a credit, the copyright, a box's
    end matter (newsletter, support). Where it stopped the text, it is no item of a list under it
    (review W1)."""
    if is_site_note(text) or is_text_credit(text) or is_copyright(text) or is_end_matter(text):
        return True
    return tells_how_made(text)  # a note on the story's making: "(Translated from the Portuguese by ...)"


def _over_reply(page: Page, lines: list[int]) -> bool:
    """One of `lines` has a comment's "Reply" button right under it (blank lines apart): a reader's comment."""
    for i in lines:
        below = next((page.text(j).strip() for j in range(i + 1, len(page.lines)) if page.text(j).strip()), "")
        if COMMENT_REPLY_RE.match(below):
            return True
    return False


_PLACEHOLDER_RE = re.compile(r"\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*")  # an e-mail address alone on its line


def _over_field(page: Page, lines: list[int]) -> bool:
    """One of `lines` is right over an e-mail address alone (a form's placeholder: "name@example.com"): the
    field's label ("Your e-mail", "メールアドレスを入力"), no headline."""
    return any((j := next_text(page, i, 1)) is not None and _PLACEHOLDER_RE.fullmatch(page.text(j)) for i in lines)


_QUOTES = '"“”‘’«»„「」『』'
_QUOTE_EDGES = _QUOTES + "' "
_QUOTED_WORDS = 3  # a quotation taken for an item has at least this many words (CJK: twice as many characters)
_END_MARKS = ".!?…。！？:"


def _quoted_from(paragraphs: list[str], headline: str) -> bool:
    """`headline` is a quotation of the text, a part of a longer paragraph in quotation marks there
    or here: a pull quote ("“We waited long enough”"), no headline of another article. (A whole
    paragraph is no quotation: a list the first reading took for text is its own lines; a
    headline in the words of the text with no quotation mark is kept.)"""
    core = _core(headline)
    if len(core.split()) < _QUOTED_WORDS and cjk_chars(core) < 2 * _QUOTED_WORDS:
        return False
    marked = headline[:1] in _QUOTES or headline.rstrip(_END_MARKS)[-1:] in _QUOTES
    for p in paragraphs:
        at = p.find(core)
        if at < 0 or len(_core(p)) <= len(core):
            continue
        before, after = p[at - 1 : at].strip(), p[at + len(core) : at + len(core) + 2].strip()
        if marked or (before and before in _QUOTES) or (after[:1] and after[:1] in _QUOTES + ","):
            return True
    return False


def _core(text: str) -> str:
    """A line less its quotation marks and its end marks, folded."""
    return fold(text.strip(_QUOTE_EDGES).rstrip(_END_MARKS).strip(_QUOTE_EDGES))


def without_non_headlines(page: Page, items: list[RelatedItem], body: list[str]) -> list[RelatedItem]:
    """`items` less what no list of other articles holds (see the module's docstring)."""
    if not items:
        return items
    where: dict[str, list[int]] = {}
    for i, line in enumerate(page.lines):
        where.setdefault(fold(line.text.strip()), []).append(i)
    paragraphs = [fold(p) for p in body]
    text = ""  # the text in one, when an item asks (most end with no full stop: no cost)
    ads = _under_ad_headers(page, {fold(item.section) for item in items})
    comments = _comments(page, {i for item in items for i in where.get(fold(item.headline.strip()), [])})
    kept: list[RelatedItem] = []
    for item in items:
        headline = item.headline.strip()
        if is_code(item.section) or no_headline(headline) or is_ad_header(headline):
            continue
        at = where.get(fold(headline), [])
        if any(i in ads or i in comments for i in at) or _over_reply(page, at) or _over_field(page, at):
            continue
        if any(is_stop(page, i) for i in at):
            continue  # a line the body's reading ends the text on (a note, a credit, a bio): no headline
        sentence = len(headline) >= RELATED_TEXT_TAIL_CHARS and headline.endswith(_FULL_STOPS)
        if sentence and fold(headline) in (text := text or "\n".join(paragraphs)):
            # a sentence of the page's own text ("Read more" over its last paragraph); (a headline in
            # the text, as a box between its paragraphs or a list the first reading took for text,
            # ends with no full stop: kept)
            continue
        if _quoted_from(paragraphs, headline):
            continue
        kept.append(item)
    return kept
