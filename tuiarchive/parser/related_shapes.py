"""Lists of other articles told by their shape (no header, or one no rule knows), and the
furniture in a list's shape that is none: tables, promotions, comments, galleries, timelines."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from ..text import fold
from . import lines as L
from .anycase import lowered
from .chrome import BUTTON_LEAD_RE, is_list_header, is_paywall_offer
from .cjk_related import cjk_item_headline
from .dates import is_relative_stamp, parse_date_line
from .lexicon import BOILERPLATE_KINDS, FORM_BUTTONS, VALUE_LABELS, boilerplate_kinds, cjk_chars
from .lexicon_dates import MONTH_NUMBERS
from .names import split_name_date, split_name_date_reversed
from .page import Page, is_card_label
from .paywalls import is_paywall_line
from .related_ads import header_words, site_list_after_ads
from .related_footer import list_under
from .related_tables import PAIR_SEPARATOR, is_table
from .related_video import near_video, next_text
from .thresholds import (
    CJK_CHARS_PER_WORD,
    PAGE_CACHE,
    RELATED_AD_LABEL_WORDS,
    RELATED_BETWEEN_KINDS,
    RELATED_BETWEEN_LINES,
    RELATED_CARD_PERIOD,
    RELATED_CJK_ITEM_CHARS,
    RELATED_HEADER_SHARE,
    RELATED_HEADER_WORDS,
    RELATED_ITEM_CHARS,
    RELATED_ITEM_SPACES,
    RELATED_LABEL_REPEATS,
    RELATED_MIN_ITEMS,
    RELATED_PROMOTED_SHARE,
    RELATED_QUOTED_SHARE,
    RELATED_RANKS_CHECKED,
)
from .title import cjk_headline


def is_link_row(text: str, *, sure: bool = False) -> bool:
    """A row of links: three or more short parts apart by a separator ("Advertise · Careers ·
    Help", "Sport | Business | Culture"): a menu or a footer's links, no headline (one that pairs a
    kicker with its text has two parts: "Port strike | What we know"; a part that asks, quotes or
    pairs a kicker with its words is a headline's: "Harbour / Tollby / Budget: what changes").
    `sure`: only a row no headline is written as (four parts or more, or one word in each part);
    three parts of a few words may be labels over a terse headline ("Live | Storm Ada | Latest
    updates"): `link_row_at` tells them by the lines under them."""
    parts = _LINK_SEPARATOR.split(text)
    if len(parts) < _LINK_ROW_PARTS or _ROW_MARKS.search(text):
        return False
    if not all(1 <= len(p.split()) <= _LINK_WORDS for p in parts):
        return False
    return not sure or len(parts) > _LINK_ROW_PARTS or all(len(p.split()) == 1 for p in parts)


def link_row_at(page: Page, i: int) -> bool:
    """Line `i` is a row of links (`is_link_row`): a sure one, or one of three parts with no
    headline under it (rows of the same kind apart: a list's terse items go on to its headlines)."""
    if not is_link_row(page.text(i)):
        return False
    j: int | None = i
    while j is not None:
        if is_link_row(page.text(j), sure=True):
            return True
        if not is_link_row(page.text(j)):  # (a headline with no separator: "Scores | Odds" is links)
            return not is_list_headline(page.text(j)) or bool(_LINK_SEPARATOR.search(page.text(j)))
        j = next_text(page, j, 1)
    return True


def is_list_headline(text: str) -> bool:
    """A headline in a list under a header: four words or more, or a short quoted one (or one of
    CJK characters, `cjk_item`)."""
    if is_link_row(text):
        return False
    if text[:1] in "\"“‘'":
        return L.looks_like_headline(text, min_words=2, listed=True) or cjk_item(text)
    return L.looks_like_headline(text, min_words=4, listed=True) or cjk_item(text)


@lru_cache(maxsize=PAGE_CACHE)  # asked of the same lines by each stage that reads lists
def cjk_item(text: str) -> bool:
    """A headline in CJK characters, which has no spaces to count its words by (title.cjk_headline:
    a few words' worth, no sentence's end), and none of the lines looks_like_headline turns away
    whatever their words (chrome, a button, a caption, a credit, a date, a stamp). An item's rank before it and its
    date or time around it are the list's, not the headline's ("TOP2 老街夜市重新营业 03-06")."""
    text = cjk_item_headline(text) if cjk_chars(text) else text
    if not cjk_headline(text) or cjk_chars(text) < RELATED_CJK_ITEM_CHARS or text.endswith(_CJK_NO_HEADLINE_END):
        return False  # (a colon announces, "!" exclaims: a comment's, a sentence's ends)
    if text[:1] in _OPENING_QUOTES and text[-1:] in _CLOSING_QUOTES:
        return False  # a quotation wholly: a pull quote, a voice of the text's
    if _KATAKANA_LINE.match(text):
        return False  # a loanword alone ("プライバシーポリシー"): a link of the menu or the footer
    return not (
        L.is_chrome(text)
        or L.is_cta(text)
        or L.is_caption(text)
        or L.is_credit(text)
        or L.is_copyright(text)
        or parse_date_line(text)
        or is_relative_stamp(text)
        or L.read_minutes(text)
    )


def headline_words(text: str) -> int:
    """A line's length in words: its words, or for CJK characters (no spaces between words) one
    word for every CJK_CHARS_PER_WORD characters."""
    return max(len(text.split()), -(-cjk_chars(text) // CJK_CHARS_PER_WORD))  # (rounded up)


# "(2025)": a reference's year; "Story by Jo Ng": a credit; "Sponsored content": promotions follow
_CITED_YEAR = re.compile(r"\((?:1[89]|20)\d\d[a-z]?\)")
# 'Port report,"' (a source cited), '^ Port report' (a note), '<em>', 'WINDOW w AS (' (markup, code)
_NOT_HEADLINE = re.compile(r'[,.]["”]|^\^|[<>_{}=;]|[(\[]$')
_NOT_HEADLINE_MARKS = '"”^<>_{}=;(['  # every match of _NOT_HEADLINE holds one of these


def _not_headline(text: str) -> bool:
    """_NOT_HEADLINE in the line: its marks looked for in C first (most items hold none), not the pattern tried at
    each character (issue 12)."""
    return any(map(text.__contains__, _NOT_HEADLINE_MARKS)) and _NOT_HEADLINE.search(text) is not None


# "by Jo Ng" alone, or after a word of credit ("Story by", "Photos by"): not "Mayor backed by Jo Ng"
_CREDIT_BY = re.compile(
    r"^(?:(?:story|words|text|written|reporting|reported|posted|photos?|pictures?|video|graphics?|illustrations?"
    r"|interview|opinion|analysis|review|column) )?by (?P<name>.+)$",
    re.I,
)
_NAMES_SPLIT = re.compile(r",? (?:and|&) |, ")
_LINK_SEPARATOR = re.compile(r" [|·•/] ")
_LINK_ROW_PARTS = 3  # a row of links has this many parts or more ...
_LINK_WORDS = 3  # ... each of this many words at most
_ROW_MARKS = re.compile(r"[:?!\"“”‘]")  # a headline's marks: a kicker's colon, a question, a quote
_VIDEO_PROMOTION = re.compile(r"videos?\b|watch", re.I)
_PROMO_HEADER = re.compile(r"sponsor|promot|partner|advertis|around the web|videos?\b|watch", re.I)
# a form's field or button ("Enter your email", "Select a topic", "By signing up you agree", "Name*"),
# the site's legal links ("Terms of use"), a row of links ("About / Contact / Jobs"): told at the line's
# edges, or anywhere in it by one of _FORM_WORDS (a line in ASCII with none of them is not searched)
_FORM_EDGES = re.compile(
    r"^(?:enter|select|choose|pick|sign|log|subscribe|register|view|email|click|tap|download|by \w+ing)\b|[*:]$",
    re.I,
)
_FORM_ANYWHERE = re.compile(r"\bterms (?:of|and|&) |\bprivacy\b|\bpersonal info|\bcookies?\b|(?: [/|] \S.*){2}", re.I)
_FORM_WORDS = ("terms", "privacy", "personal info", "cookie", " /", " |")
_FORM_REACH = 2  # the lines after a form's options where its button is
_MAIL = re.compile(r"mail|newsletter")
# "@harbourdesk": a social post's author, over the post (an embed, not a list of articles)
_HANDLE = re.compile(r"^@\w{2,30}$")
# "9:40 AM", "21.05 p.m.": a clock time in a line makes it a dateline or a stamp, never a headline
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d ?(?:[ap]\.?m\b\.?)", re.I)
# "1", "2.": a ranked list's rank on its own line
_RANK_LINE = re.compile(r"^\d{1,2}[.)]?$")
_PROMO = 1 << BOILERPLATE_KINDS.index("promo")
# how a line of CJK characters that is no headline ends; quotation marks (any script); a line in katakana alone
_CJK_NO_HEADLINE_END = (":", "：", "!", ".", "…", "...")
_OPENING_QUOTES = '“「『"‘«„'
_CLOSING_QUOTES = '”」』"’»“'
_KATAKANA_LINE = re.compile(r"^[\u30a0-\u30ff・ー\s]+$")
# a word's edges that are no part of it, and the "'s" a name may carry ("Tereno’s")
WORD_EDGES = "\"'“”‘’«»()[],.;:!?"
POSSESSIVE = re.compile(r"['’]s?$")
# "June 2021", "2021": a timeline's step, no day; an article's card has its whole date
_MONTH_YEAR = re.compile(r"^(?:(?P<mon>[^\W\d_]+)\.? )?(?:1[89]|20)\d\d$")


def is_item(page: Page, i: int) -> bool:
    """A line that can be an item of a list with no header: a headline's shape, not a label."""
    t = page.text(i)
    if not RELATED_ITEM_SPACES[0] <= t.count(" ") <= RELATED_ITEM_SPACES[1] or len(t) > RELATED_ITEM_CHARS:
        if not cjk_item(t):  # (looks_like_headline's bounds: a quick way out for menus and paragraphs)
            return False
    elif not L.looks_like_headline(t, min_words=4):
        return False  # (asked first: the stages asked it of the same line, its answer is kept)
    if t[:1].islower() or t.endswith(("[…]", "[...]")) or _not_headline(t) or _CITED_YEAR.search(t):
        return False  # a line of wrapped text, an excerpt, a source cited, markup or code
    if link_row_at(page, i):
        return False
    if split_name_date(t) or split_name_date_reversed(t):
        return False  # "Jun 17 • Rhea Castel": an item's date and author
    if _is_form_line(t) or L.is_cta(t) or is_paywall_offer(t) or page.date_at(i) or _CLOCK.search(t):
        return False  # a form, a button, a paywall's offer, the site's legal links, a dateline, a stamp
    if is_paywall_line(t):
        return False  # a paywall's line in the common languages ("Déjà abonné ? Se connecter")
    if is_card_label(t) or L.is_role_line(t):
        return False
    if is_credit(t):
        return False
    return not (is_list_header(t) or L.is_end_matter(t))


def _is_form_line(text: str) -> bool:
    """A form's field or button, the site's legal links, a row of links (_FORM_EDGES, _FORM_ANYWHERE)."""
    if _FORM_EDGES.search(text):
        return True
    if text.isascii() and not any(map(lowered(text).__contains__, _FORM_WORDS)):
        return False  # (case-blind, an ASCII letter matches no other letter than its capital)
    return bool(_FORM_ANYWHERE.search(text))


def is_credit(text: str) -> bool:
    """ "Story by Jo Ng", "by Jo Ng and Eva Holm": a credit of one author or more, no headline."""
    credit = _CREDIT_BY.match(text)
    return bool(credit) and all(L.is_name(name) for name in _NAMES_SPLIT.split(credit.group("name")))


def _between_kind(page: Page, j: int) -> str | None:
    """What a line between two items of a list is: "" blank, "d" a date or time, "b" a blurb,
    "l" a short line (a section, an author, a button); None when none of these (the list stops)."""
    t = page.text(j)
    if not t:
        return ""
    if (
        page.date_at(j)
        or is_relative_stamp(t)
        or L.read_minutes(t)
        or split_name_date(t)
        or split_name_date_reversed(t)
    ):
        return "d"
    if fold(t) in VALUE_LABELS:
        return "l"  # a card's "Author" / "Category" over its value
    if is_list_header(t) or L.is_copyright(t):
        return None
    if L.is_chrome(t) or L.is_name(t) or (len(t.split(None, 4)) <= 4 and not L.ends_sentence(t)):
        return "l"
    if L.ends_sentence(t) and len(t.split(None, 40)) <= 40:
        return "b"
    return None


def _collapsed(kinds: list[str]) -> tuple[str, ...]:
    """The kinds of the lines between two items, a repeat counted once (two authors, one name)."""
    return tuple(k for n, k in enumerate(kinds) if n == 0 or k != kinds[n - 1])


class ShapedList(NamedTuple):
    header: int | None  # the line of its header, when it has one in no words the rules know
    items: list[int]


def _shaped_candidates(page: Page, start: int, end: int) -> list[ShapedList]:
    """Runs of three or more headline-like lines in a row, or apart by the same kinds of lines,
    between `start` and `end`: lists of other articles or furniture in their shape."""
    runs: list[tuple[list[int], list[tuple[str, ...]]]] = []
    items: list[int] = []
    gaps: list[tuple[str, ...]] = []
    last = -1
    promoted = False  # under "Sponsored content", "Around the web": not the site's articles
    header = -1
    resume: int | None = None  # where the ads under a promotion's header stop (`site_list_after_ads`)
    resumed: list[int] = []
    promotion: dict[int, int] = {}  # the items read while `promoted`: which promotion (its header's line)
    # a line said three times is a label ("Winners meet in the final", a header), not an item (a
    # headline may stand in two lists)
    seen = Counter(page.text(i) for i in range(start, end))
    videos: set[int] = set()  # a video's card among the articles' ("Video" / its title / "01:45"): it
    # keeps the list's shape (a list of cards, a video among them), none of its items
    for i in range(start, end):
        t = page.text(i)
        if L.is_copyright(t) and not list_under(page, i):
            break  # (a licence line under the text with the site's list under it: no footer)
        if is_list_header(t):
            promoted = L.is_skip_header(t) and bool(_PROMO_HEADER.search(t))
            header = i
            resume = site_list_after_ads(page, i, end) if promoted else None
        if i == resume:
            promoted = False  # the ads' rhythm over: a list of the site's own with no header
            resumed.append(i)
        if seen[t] > RELATED_LABEL_REPEATS or not is_item(page, i):
            continue
        if near_video(page, i):
            videos.add(i)
        if promoted:
            promotion[i] = header
        if _over_ranks(page, i, end):
            continue  # the header of a ranked list: its first rank "1" right under it, then "2", "3"
        kinds = [_between_kind(page, j) for j in range(last + 1, i)] if items else []
        lines = [k for k in kinds if k]
        shape = _collapsed(lines)
        if items and (
            None in kinds
            or len(shape) > RELATED_BETWEEN_KINDS
            or len(lines) > RELATED_BETWEEN_LINES
            or shape.count("b") > 1
        ):
            runs.append((items, gaps))
            items, gaps = [], []
        if items:
            gaps.append(shape)
        items.append(i)
        last = i
    runs.append((items, gaps))
    out: list[ShapedList] = []
    for found, shapes in runs:
        taken: set[int] = set()  # a part's last item is the next part's first: its header only if not an item
        for n, (part, between) in enumerate(_alike(found, shapes)):
            if len(part) > 1 and part[0] in promotion and any(part[0] < r <= part[1] for r in resumed):
                part = part[1:]  # the last ad, then the site's list where the ads' rhythm stops
            if part and part[0] in promotion:
                if n > 0 and len(part) >= RELATED_MIN_ITEMS and not is_table(page, part):
                    after_ads = _after_promotion(page, promotion, part, between)
                    if after_ads is not None:
                        out.append(after_ads)
                continue  # the promotion's cards (each with its advertiser's name under it, or not)
            if len(part) >= RELATED_MIN_ITEMS and not is_table(page, part):
                shaped = ShapedList(None, part) if part[0] in taken else _shaped(page, part, between)
                articles = [i for i in shaped.items if i not in videos]
                if articles:
                    out.append(shaped._replace(items=articles))
                taken.update(part)
    out.extend(ShapedList(None, cards) for cards in _dated_cards(page, start, end) if not is_table(page, cards))
    return out


def _after_promotion(
    page: Page, promotion: dict[int, int], part: list[int], between: list[tuple[str, ...]]
) -> ShapedList | None:
    """A plain run of headlines after a promotion's cards, under a header of its own (a line much
    shorter than the headlines, in words no rule knows: "More from the Gazette"): the site's own
    list, the promotion over. None when the run has lines between its items, no header of its own
    (an ad's headline or an advertiser's name right above it: the promotion's own plain cards), the
    promotion's items go on after it, or the promotion is one of videos."""
    start = promotion[part[0]]
    if any(between) or _VIDEO_PROMOTION.search(page.text(start)):
        return None
    if any(i > part[-1] and h == start for i, h in promotion.items()):
        return None  # the promotion goes on after it
    found = with_header(page, part)  # (part[0]: the line after the last card, perhaps its header)
    if found.header is not None:
        return found
    # a header in a few words between the last card's furniture and the run: more lines there
    # than between two cards ("Sponsor name" / "More from us" / headlines)
    cards = sorted(i for i, h in promotion.items() if h == start and i < part[0])
    if len(cards) < 2:
        return None
    furniture = min(_text_lines(page, a, b) for a, b in itertools.pairwise(cards))
    above = next_text(page, part[0], -1)
    if _text_lines(page, cards[-1], part[0]) <= furniture or above is None or above in promotion:
        return None
    return ShapedList(above, part)


def _text_lines(page: Page, a: int, b: int) -> int:
    """The lines with text between lines `a` and `b`."""
    return sum(bool(page.text(j)) for j in range(a + 1, b))


def _rank(page: Page, j: int) -> int | None:
    t = page.text(j)
    return int(t.rstrip(".)")) if _RANK_LINE.match(t) else None


def _over_ranks(page: Page, i: int, end: int) -> bool:
    """Line `i` is over a ranked list: a rank "1" right under it, and the next ranks below count
    on ("2", "3"), not a count under each card ("1", "4", "12": comments, shares)."""
    below = next_text(page, i, 1)
    if below is None or _rank(page, below) != 1:
        return False
    ranks = [r for j in range(below + 1, end) if (r := _rank(page, j)) is not None][: RELATED_RANKS_CHECKED - 1]
    return ranks == list(range(2, RELATED_RANKS_CHECKED + 1))


def shaped_and_furniture(page: Page, start: int, end: int) -> tuple[list[ShapedList], list[int]]:
    """Lists of other articles told by their shape alone, whatever their header says (or if they
    have none): three or more headline-like lines in a row, or apart by the same kinds of lines
    (a date under each, a blurb and an author), between `start` and `end`; and the lines of the
    promotions in a list's shape (`_is_promotion`)."""
    lists: list[ShapedList] = []
    promoted: list[int] = []
    for found in _shaped_candidates(page, start, end):
        between = _between(page, found.items)
        if _is_promotion(page, found.items, between):
            promoted.extend(found.items)
        elif not (
            _is_furniture(found.items, between) or is_form_options(page, found.items) or _quoted(page, found.items)
        ):
            lists.append(found)
    return lists, promoted


def is_form_options(page: Page, found: list[int]) -> bool:
    """A form's options (a survey's answers, a poll's choices): a button of a form ("Cancel",
    "Submit", "Vote") among the two lines with text after the last of them, none of them about
    mail (a newsletter's box under a list: "Email address" / "Send")."""
    j, after = found[-1], []
    while len(after) < _FORM_REACH and (j := next_text(page, j, 1)) is not None:
        after.append(fold(page.text(j)))
    return any(t in FORM_BUTTONS for t in after) and not any(_MAIL.search(t) for t in after)


def _quoted(page: Page, found: list[int]) -> bool:
    """Half the items or more are quotations wholly ("“We have waited far too long”"): pull quotes
    or a vox pop, the text's voices; a card's quoted headline ("‘Not again’") is one among others."""
    quoted = sum(page.text(i)[:1] in _OPENING_QUOTES and page.text(i)[-1:] in _CLOSING_QUOTES for i in found)
    return quoted >= RELATED_QUOTED_SHARE * len(found)


def _is_month_year(text: str) -> bool:
    found = _MONTH_YEAR.match(text)
    return bool(found) and (found.group("mon") is None or fold(found.group("mon")) in MONTH_NUMBERS)


def _is_furniture(found: list[int], between: list[str]) -> bool:
    """Items in a list's shape that are no articles (promotions apart), told by the lines `between`
    them: reader comments (a name and a time: "Jon Berg", "2 hours ago"), a photo gallery (captions
    and their credits: "Photo: Jon Berg"), a timeline (steps and their months: "June 2021")."""
    gaps = len(found) - 1
    if any(is_relative_stamp(t) for t in between) and any(L.is_name(t) for t in between):
        return True  # comments: a card of an article gives its date, or "By" its author
    return sum(L.is_photo_credit(t) for t in between) >= gaps or sum(_is_month_year(t) for t in between) >= gaps


def _between(page: Page, found: list[int]) -> list[str]:
    """The lines with text between a list's items, and the one after its last."""
    items = set(found)
    end = min(found[-1] + 2, len(page.lines))
    return [page.text(j) for j in range(found[0] + 1, end) if j not in items and page.text(j)]


def _is_promotion(page: Page, found: list[int], between: list[str]) -> bool:
    """Social posts (each under its author's handle) or advertisements (an ad label for half the
    cards or more: "Sponsored", "Anzeige"): no line of them is an article, whatever stage took it.
    `between`: the lines between the items (`_between`)."""
    if sum(bool(_HANDLE.match(t)) for t in between) >= len(found) - 1:
        return True
    labels = {j for i in found for j in _card(page, i) if _is_ad_label(page.text(j))}  # one ad slot: one
    return len(labels) >= RELATED_PROMOTED_SHARE * len(found)  # label, though it touches two cards


def _card(page: Page, i: int) -> list[int]:
    """The lines next to an item: the nearest line with text above it and below it."""
    return [j for j in (next_text(page, i, -1), next_text(page, i, 1)) if j is not None]


def _is_ad_label(text: str) -> bool:
    """A line that marks an advertisement: words of promotion alone ("Advertisement", "Sponsored")."""
    words = text.split()
    if not 1 <= len(words) <= RELATED_AD_LABEL_WORDS:
        return False
    kinds, hits = boilerplate_kinds(words)
    return hits == len(words) and bool(kinds & _PROMO)


def _dated_cards(page: Page, start: int, end: int) -> list[list[int]]:
    """Cards with a date each: three or more dates the same number of lines apart (3 to 8); the
    line as far above (or below) every date that reads as a headline is each card's headline,
    however short ("‘Not again’", between a section and an author's name)."""
    dates = [j for j in range(start, end) if page.text(j) and (page.date_at(j) or is_relative_stamp(page.text(j)))]
    out: list[list[int]] = []
    k = 0
    while k + 2 < len(dates):
        period = dates[k + 1] - dates[k]
        m = k + 2
        while m < len(dates) and dates[m] - dates[m - 1] == period:
            m += 1
        chain = dates[k:m]
        if len(chain) < RELATED_MIN_ITEMS or not RELATED_CARD_PERIOD[0] <= period <= RELATED_CARD_PERIOD[1]:
            k += 1
            continue
        for offset in (-1, 1, -2, 2, -3, 3)[: 2 * (period - 1)]:
            lines = [d + offset for d in chain]
            if all(start <= i < end and _is_card_headline(page, i) for i in lines):
                out.append(lines)
                break
        k = m - 1
    return out


def _is_card_headline(page: Page, i: int) -> bool:
    t = page.text(i)
    return is_item(page, i) or (t[:1] in "\"“‘'" and is_list_headline(t) and not _not_headline(t))


def _compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two items' lines between alike: none in both, or the kinds of one among those of the other
    (a date under one card only)."""
    return (not a and not b) or (bool(a) and bool(b) and (set(a) <= set(b) or set(b) <= set(a)))


def _alike(found: list[int], shapes: list[tuple[str, ...]]) -> list[tuple[list[int], list[tuple[str, ...]]]]:
    """A run of items cut where the lines between them change kind (a list in a row, then one of
    cards; a header in the items' shape right over cards), each part with its shapes."""
    parts: list[tuple[list[int], list[tuple[str, ...]]]] = []
    first, shape = 0, shapes[0] if shapes else ()
    for k, between in enumerate(shapes, 1):  # `between`: the lines from found[k - 1] to found[k]
        if not _compatible(between, shape):
            parts.append((found[first:k], shapes[first : k - 1]))
            first, shape = k - 1, between
    parts.append((found[first:], shapes[first:]))
    return parts


def _shaped(page: Page, found: list[int], shapes: list[tuple[str, ...]]) -> ShapedList:
    """The list and its header: a first line apart from the items otherwise than they are from each
    other, or much shorter than they are."""
    if len(shapes) > 2 and shapes[0] != shapes[1] and all(g == shapes[1] for g in shapes[2:]):
        return ShapedList(found[0], found[1:])
    if carries_card(page, found[0], found[-1]):
        return ShapedList(None, found)
    return with_header(page, found)


def carries_card(page: Page, first: int, last: int) -> bool:
    """The line `first` of a list whose last item is `last` carries a card as the items do: a date
    (a time, a read time) on the line next to it, on the side where every card has its date (under
    the last item too: below; else above). Such a line is an item however short ("Fares rise
    again" / "2 hours ago"), no header (a header has no date of its own)."""
    if _stamp_next(page, last, 1):
        return _stamp_next(page, first, 1)
    return _stamp_next(page, first, -1)


def _stamp_next(page: Page, i: int, step: int) -> bool:
    j = next_text(page, i, step)
    return j is not None and _between_kind(page, j) == "d"


def with_header(page: Page, found: list[int]) -> ShapedList:
    """A first item much shorter than the others is the list's header ("Across the network"); the
    next one may be too (a line of the furniture right above the header: "Tags harbour Korsk",
    "Share"), unless the first is in a header's form (`header_words`). Not
    under a header (`under_header`: "Most read" or "Worth your time" / "Fares rise again" / longer
    headlines): the list has its header, its short first line is its first item."""
    if under_header(page, found[0]):
        return ShapedList(None, found)
    header = None
    while len(found) > 3:
        words = sorted(headline_words(page.text(i)) for i in found[1:])
        first = headline_words(page.text(found[0]))
        if first > RELATED_HEADER_WORDS or first > RELATED_HEADER_SHARE * words[len(words) // 2]:
            break
        if _headline_form(page.text(found[0])):
            break  # a short headline of its own ("Ferry strike: what to know"), the list's first item
        header, found = found[0], found[1:]
        if header_words(page.text(header)):
            break  # a header in a header's form ("Elsewhere in the paper") has no second one under it
    return ShapedList(header, found)


def under_header(page: Page, i: int) -> bool:
    """Line `i` is right under a list's header, one the rules know or one in a header's form
    (`_over_list`): an item however short, not the header."""
    above = next_text(page, i, -1)
    return above is not None and (L.is_related_header(page.text(above)) or _over_list(page, above))


def _over_list(page: Page, j: int) -> bool:
    """Line `j`, right above a list, is its header in words no rule knows: a few words in a header's
    form (`header_words`: "Worth your time"), no sentence, no name, no furniture."""
    text = page.text(j)
    return header_words(text) and not (
        L.ends_sentence(text) or L.is_chrome(text) or L.is_name(text) or BUTTON_LEAD_RE.search(text)
    )


def _headline_form(text: str) -> bool:
    """A kicker and its headline ("Ferry strike: what to know") or a sentence ("Is the bridge
    safe?"): a headline, however short, not a list's header (unless in words the rules know)."""
    if L.is_related_header(text) or L.is_skip_header(text):
        return False
    return L.ends_sentence(text) or any(m.start() >= 2 for m in PAIR_SEPARATOR.finditer(text))
