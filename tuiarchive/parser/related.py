"""Stage `related`: lists of other articles before the headline and after the body, cleaned."""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from ..model import RelatedItem
from ..text import fold, headline_key
from . import lines as L
from .dates import is_relative_stamp
from .lexicon import (
    BOILERPLATE_KINDS,
    FACT_LABELS,
    MONTH_NUMBERS,
    READER_WORDS,
    SECTION_WORDS,
    VALUE_LABELS,
    VIDEO_LABELS,
    boilerplate_kinds,
)
from .names import split_name_date, split_name_date_reversed
from .page import Page, is_card_label, section_name
from .stops import footer_starts
from .thresholds import (
    RELATED_BETWEEN_KINDS,
    RELATED_BETWEEN_LINES,
    RELATED_CARD_PERIOD,
    RELATED_HEADER_SHARE,
    RELATED_HEADER_WORDS,
    RELATED_ITEM_CHARS,
    RELATED_ITEM_SPACES,
    RELATED_LABEL_REPEATS,
    RELATED_MIN_ITEMS,
    RELATED_PAIR_WORDS,
    RELATED_PROMOTED_SHARE,
    RELATED_RANKS_CHECKED,
)

_RANK = re.compile(r"^\d{1,2}[.)]\s+(?=\S)")
_TEXT_TAIL_CHARS = 40  # a line this long that ends the text's last paragraph is where the text ends


def _is_list_headline(text: str) -> bool:
    """A headline in a list under a header: four words or more, or a short quoted one."""
    if text[:1] in "\"“‘'":
        return L.looks_like_headline(text, min_words=2, listed=True)
    return L.looks_like_headline(text, min_words=4, listed=True)


def _addresses_reader(text: str) -> bool:
    """Site furniture talks to the reader from its first word: "You can...", "Our team..."."""
    return text.split()[0].lower().strip(",.:") in READER_WORDS


def near_video(page: Page, i: int) -> bool:
    """A video teaser: "Video" (or a play button) just above, perhaps with its duration."""
    return any(fold(page.text(j)) in VIDEO_LABELS for j in range(max(0, i - 3), i))


def text_end(page: Page, body: list[str], start: int, end: int) -> int:
    """The line after the body's last paragraph, looked for between the lines `start` and `end`
    where the body was first read (`end` when it is not found there)."""
    last = body[-1].rstrip() if body else ""
    for i in range(min(end, len(page.lines)) - 1, start - 1, -1):
        text = page.lines[i].text.strip()
        if text and last.endswith(text):
            return i + 1
    if start > 0:  # the text was found above where the rules first read it (its densest prose)
        for i in range(start - 1, -1, -1):
            text = page.lines[i].text.strip()
            if len(text) >= _TEXT_TAIL_CHARS and last.endswith(text):
                return i + 1
    return end


def read_related_outside(page: Page, body_end: int, first_end: int | None = None) -> list[RelatedItem]:
    """The lists of other articles outside the body: above the headline, then after the text.
    `first_end`: where the first reading of the body ended, when the text was cut short of it."""
    return [*_collect_before_title(page), *_collect_after_body(page, body_end, first_end or body_end)]


def _collect_before_title(page: Page) -> list[RelatedItem]:
    """Runs of three or more headlines above the headline (carousels, news feeds)."""
    items: list[RelatedItem] = []
    end = page.title_idx
    start = 1 if page.browser_title else 0
    run: list[int] = []
    gap = 0
    runs: list[list[int]] = []
    for i in range(start, end):
        t = page.text(i)
        if L.looks_like_headline(t, min_words=5):
            run.append(i)
            gap = 0
        elif run:
            gap += 1
            stamp = bool(page.date_at(i)) or L.is_chrome(t)
            if gap > 2 or (gap > 1 and not stamp):
                runs.append(run)
                run = []
    if run:
        runs.append(run)
    for found in runs:
        before = next(
            (page.text(k) for k in range(found[0] - 1, max(-1, found[0] - 4), -1) if not L.is_chrome(page.text(k))),
            "",
        )
        if before.endswith("?"):
            continue  # the options of a survey ("2. Did you encounter any technical issues?")
        found = [i for i in found if not near_video(page, i)]
        if len(found) >= 3 and not _is_table(page, found):  # not a table's rows above a wrong headline
            header, found = _with_header(page, found)  # its first line much shorter: its header
            section = section_name(page.text(header)) if header is not None else _label_before(page, found[0])
            items.extend(RelatedItem(section or "Related", page.text(i)) for i in found)
    return items


def _label_before(page: Page, i: int) -> str | None:
    for j in range(i - 1, max(-1, i - 3), -1):
        t = page.text(j)
        if L.is_related_header(t):
            return section_name(t)
        short = 1 <= len(t.split()) <= 4 and not L.ends_sentence(t) and not any(c.isdigit() for c in t)
        if short and (not L.is_chrome(t) or fold(t) in SECTION_WORDS):
            return section_name(t)
    return None


def _collect_after_body(page: Page, body_end: int, first_end: int) -> list[RelatedItem]:
    """Sections after the text: explicit ones under a header ("Related", "Most read"), and
    runs of headline-like lines among the furniture."""
    items: list[RelatedItem] = []
    mode = "implicit"
    section = "Related"
    explicit_items: list[str] = []
    explicit_sentences: list[str] = []
    implicit: list[tuple[int, str, str]] = []
    label_pending = False
    last_label: str | None = None
    previous_item = ""

    def close_explicit() -> None:
        nonlocal explicit_items, explicit_sentences
        if mode == "explicit":
            chosen = explicit_items or explicit_sentences
            if explicit_items and explicit_sentences and len(explicit_sentences) <= 2:
                chosen = explicit_sentences + explicit_items
            items.extend(RelatedItem(section, h) for h in chosen)
        explicit_items, explicit_sentences = [], []

    n = len(page.lines)
    i = body_end
    while i < n:
        t = page.text(i)
        if L.is_copyright(t) or footer_starts(page, i):
            break
        if label_pending:  # the value after "Category", "Author": never an item or header
            label_pending = False
            i += 1
            continue
        if fold(t) in VALUE_LABELS:
            label_pending = True
            i += 1
            continue
        if L.is_related_header(t) and fold(t) != fold(page.title):
            close_explicit()
            mode, section = "explicit", section_name(t)
            previous_item = ""
            i += 1
            continue
        if L.is_tag_header(t):
            close_explicit()
            mode = "tags"
            i += 1
            continue
        if L.is_skip_header(t):
            close_explicit()
            mode = "skip"
            i += 1
            continue
        if mode == "skip":
            i += 1
            continue
        if mode == "tags":
            if len(t.split()) <= 6 and not L.ends_sentence(t) and not L.looks_like_headline(t, min_words=7):
                i += 1
                continue
            mode = "implicit"
        if L.is_cta(t) or (L.has_ui_pronoun(t) and (mode != "explicit" or _addresses_reader(t))):
            if mode == "explicit":
                close_explicit()
                mode = "implicit"
            i += 1
            continue
        if near_video(page, i):
            i += 1
            continue
        t = L.strip_arrows(t)
        if split_name_date(t) or split_name_date_reversed(t) or _is_credit(t):
            i += 1
            continue  # "Jun 17 • Rhea Castel", "by Jo Ng and Eva Holm": a teaser's date and authors
        if mode == "explicit":
            if _is_list_headline(t) and not is_card_label(t):
                explicit_items.append(t)
                previous_item = "headline"
            elif L.is_prose(t) and L.ends_sentence(t) and len(t.split()) <= 60 and not L.has_ui_pronoun(t):
                # a sentence right under a headline is its blurb; otherwise it is a teaser
                if previous_item == "headline":
                    previous_item = "blurb"
                elif len(t.split()) <= 20 and explicit_items:
                    explicit_items.append(t)
                    previous_item = "sentence"
                else:
                    explicit_sentences.append(t)
                    previous_item = "sentence"
        elif i < first_end:
            pass  # where the text was cut short of its first reading only a list under a header
            # counts: its last lines, a credit or a note under it, comments, references are none
        elif L.looks_like_headline(t, min_words=5):
            implicit.append((i, last_label or "Related", t))
        elif 1 <= len(t.split()) <= 4 and not any(c.isdigit() for c in t) and not L.is_name(t):
            last_label = t.rstrip(":")
        i += 1
    close_explicit()
    # A lone headline-like line among furniture is more likely a slogan or a box title.
    loose = [
        RelatedItem(label, headline)
        for k, (pos, label, headline) in enumerate(implicit)
        if any(p != pos and abs(p - pos) <= 10 for p, _, _ in implicit[max(0, k - 1) : k + 2])
    ]
    items, headers = _add_shaped_lists(page, items, loose, body_end)
    return [item for item in items if fold(item.headline) not in headers]


def _add_shaped_lists(
    page: Page, items: list[RelatedItem], loose: list[RelatedItem], start: int
) -> tuple[list[RelatedItem], set[str]]:
    """`items` (under a header), `loose` (runs of headlines with none) and the lists told by their
    shape after line `start` (their headers apart): an item the earlier stages took with no header
    (as "Related") moves into the list it is part of, or out if it is part of furniture in a
    list's shape (advertisements, social posts)."""
    headers: set[str] = set()
    lists, furniture = _shaped_and_furniture(page, start, len(page.lines))
    junk = {fold(page.text(i)) for i in furniture}
    items = [*items, *(item for item in loose if fold(item.headline) not in junk)]
    page.related[:] = [r for r in page.related if r.section != "Related" or fold(r.headline) not in junk]
    for shaped in lists:
        if shaped.header is not None:
            section = section_name(page.text(shaped.header))
            headers.add(fold(section))
        else:
            section = _label_before(page, shaped.items[0]) or "Related"
        keys = {fold(page.text(i)) for i in shaped.items}
        page.related[:] = [r for r in page.related if r.section != "Related" or fold(r.headline) not in keys]
        found = {fold(item.headline) for item in (*items, *page.related)}
        items.extend(RelatedItem(section, page.text(i)) for i in shaped.items if fold(page.text(i)) not in found)
    return items, headers


# "(2025)": a reference's year; "Story by Jo Ng": a credit; "Sponsored content": promotions follow
_CITED_YEAR = re.compile(r"\((?:1[89]|20)\d\d[a-z]?\)")
# 'Port report,"' (a source cited), '^ Port report' (a note), '<em>', 'WINDOW w AS (' (markup, code)
_NOT_HEADLINE = re.compile(r'[,.]["”]|^\^|[<>_{}=;]|[(\[]$')
# "by Jo Ng" alone, or after a word of credit ("Story by", "Photos by"): not "Mayor backed by Jo Ng"
_CREDIT_BY = re.compile(
    r"^(?:(?:story|words|text|written|reporting|reported|posted|photos?|pictures?|video|graphics?|illustrations?"
    r"|interview|opinion|analysis|review|column) )?by (?P<name>.+)$",
    re.I,
)
_NAMES_SPLIT = re.compile(r",? (?:and|&) |, ")
_PAIR_SEPARATOR = re.compile(r"(?::| [-–—]| vs?\.?) (?=\S)")
_BULLETS = {"- ", "– ", "• ", "* ", "· "}
_PROMO_HEADER = re.compile(r"sponsor|promot|partner|advertis|around the web|videos?\b|watch", re.I)
# a form's field or button ("Enter your email", "Select a topic", "By signing up you agree", "Name*"),
# the site's legal links ("Terms of use"), a row of links ("About / Contact / Jobs")
_FORM_LINE = re.compile(
    r"^(?:enter|select|choose|pick|sign|log|subscribe|register|view|email|click|tap|download|by \w+ing)\b"
    r"|[*:]$|\bterms (?:of|and|&) |\bprivacy\b|\bpersonal info|\bcookies?\b|(?: [/|] \S.*){2}",
    re.I,
)
# "@harbourdesk": a social post's author, over the post (an embed, not a list of articles)
_HANDLE = re.compile(r"^@\w{2,30}$")
# "9:40 AM", "21.05 p.m.": a clock time in a line makes it a dateline or a stamp, never a headline
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d ?(?:[ap]\.?m\b\.?)", re.I)
# "$1,250", "from €39.90", "39 €", "1 250 USD": a price alone on its line
_PRICE = re.compile(r"^(?:\w+ )?(?:[$€£¥] ?\d[\d,. ]*|\d[\d,. ]* ?(?:[$€£¥]|usd|eur|gbp))(?: ?(?:usd|eur|gbp))?$", re.I)
# "1", "2.": a ranked list's rank on its own line
_RANK_LINE = re.compile(r"^\d{1,2}[.)]?$")
_PROMO = 1 << BOILERPLATE_KINDS.index("promo")
# "June 2021", "2021": a timeline's step, no day; an article's card has its whole date
_MONTH_YEAR = re.compile(r"^(?:(?P<mon>[^\W\d_]+)\.? )?(?:1[89]|20)\d\d$")


def _is_item(page: Page, i: int) -> bool:
    """A line that can be an item of a list with no header: a headline's shape, not a label."""
    t = page.text(i)
    if not RELATED_ITEM_SPACES[0] <= t.count(" ") <= RELATED_ITEM_SPACES[1] or len(t) > RELATED_ITEM_CHARS:
        return False  # (looks_like_headline's bounds: a quick way out for menus and paragraphs)
    if t[:1].islower() or t.endswith(("[…]", "[...]")) or _NOT_HEADLINE.search(t) or _CITED_YEAR.search(t):
        return False  # a line of wrapped text, an excerpt, a source cited, markup or code
    if split_name_date(t) or split_name_date_reversed(t):
        return False  # "Jun 17 • Rhea Castel": an item's date and author
    if _FORM_LINE.search(t) or L.is_cta(t) or page.date_at(i) or _CLOCK.search(t):
        return False  # a form, a button, the site's legal links, a dateline, a stamp
    if not L.looks_like_headline(t, min_words=4) or is_card_label(t) or L.is_role_line(t):
        return False
    if _is_credit(t):
        return False
    return not (L.is_related_header(t) or L.is_tag_header(t) or L.is_skip_header(t) or L.is_end_matter(t))


def _is_credit(text: str) -> bool:
    """ "Story by Jo Ng", "by Jo Ng and Eva Holm": a credit of one author or more, no headline."""
    credit = _CREDIT_BY.match(text)
    return bool(credit) and all(L.is_name(name) for name in _NAMES_SPLIT.split(credit.group("name")))


def _is_pair(text: str) -> bool:
    """ "Comedy - Tram Stop", "Waiting time: 13 hrs", "Harbour v Rovers": a name and its value (a
    few words) or a match, an entry of a table, an awards list or fixtures (a kicker's headline
    runs on: "Analysis: why the port strike spread to the north"), or a fact box's row under a
    label of its own ("Where: Tolvik Arts Centre by the old dock gates")."""
    if any(
        len(text[m.end() :].split()) <= RELATED_PAIR_WORDS for m in _PAIR_SEPARATOR.finditer(text) if m.start() >= 2
    ):
        return True
    label, colon, _ = text.partition(": ")
    return bool(colon) and fold(label) in FACT_LABELS  # a fact box's row, however long its value


def _is_table(page: Page, found: list[int]) -> bool:
    """Lines of a table, a ranking, fixtures or an awards list, not headlines: most of them a name
    and its value ("Comedy - Tram Stop"), ending on a bracket ("Jo Ng (Chile)") or a figure
    ("Jo Ng 41 9.2%", "Harbour d. Rovers 53-9"), starting with one ("2 tbsp honey", "12 Quay
    Street") or a day ("June 9 - Korsk Arena": a schedule), or bulleted as a writer bullets a list
    in the text ("- Best actor - Jo Ng")."""
    texts = [page.text(i) for i in found]
    starts = Counter(fold(" ".join(t.split()[:2])) for t in texts)
    if 2 * max(starts.values()) > len(texts):
        return True  # "See all Harbour rulings", "See all Dorn rulings": one link for each of a kind
    if 2 * sum(bool(_PRICE.match(page.text(j))) for j in range(found[0] + 1, found[-1] + 2)) >= len(texts):
        return True  # a shop's products, each with its price ("from $1,250", "39 €")
    rows = sum(
        _is_pair(t) or t.endswith((")", "%")) or t[:2] in _BULLETS or t[-1:].isdigit() or t[:1].isdigit() for t in texts
    ) + sum(_day_first(t) for t in texts if not _is_pair(t))
    return 2 * rows >= len(texts)


def _day_first(text: str) -> bool:
    """ "June 9 - ...", "Sept. 12: ...": a line that starts with a day of the year."""
    words = text.split(None, 2)
    return len(words) > 1 and fold(words[0].rstrip(".")) in MONTH_NUMBERS and words[1].rstrip(":,").isdigit()


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
    if L.is_related_header(t) or L.is_skip_header(t) or L.is_tag_header(t) or L.is_copyright(t):
        return None
    if L.is_chrome(t) or L.is_name(t) or (len(t.split()) <= 4 and not L.ends_sentence(t)):
        return "l"
    if L.ends_sentence(t) and len(t.split()) <= 40:
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
    # a line said three times is a label ("Winners meet in the final", a header), not an item (a
    # headline may stand in two lists)
    seen = Counter(page.text(i) for i in range(start, end))
    for i in range(start, end):
        t = page.text(i)
        if L.is_copyright(t):
            break
        if len(t) <= 120 and (L.is_related_header(t) or L.is_tag_header(t) or L.is_skip_header(t)):
            promoted = L.is_skip_header(t) and bool(_PROMO_HEADER.search(t))
        if promoted or seen[t] > RELATED_LABEL_REPEATS or not _is_item(page, i) or near_video(page, i):
            continue
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
        for part, between in _alike(found, shapes):
            if len(part) >= RELATED_MIN_ITEMS and not _is_table(page, part):
                out.append(ShapedList(None, part) if part[0] in taken else _shaped(page, part, between))
                taken.update(part)
    out.extend(ShapedList(None, cards) for cards in _dated_cards(page, start, end) if not _is_table(page, cards))
    return out


def _rank(page: Page, j: int) -> int | None:
    t = page.text(j)
    return int(t.rstrip(".)")) if _RANK_LINE.match(t) else None


def _over_ranks(page: Page, i: int, end: int) -> bool:
    """Line `i` is over a ranked list: a rank "1" right under it, and the next ranks below count
    on ("2", "3"), not a count under each card ("1", "4", "12": comments, shares)."""
    below = _next_text(page, i, 1)
    if below is None or _rank(page, below) != 1:
        return False
    ranks = [r for j in range(below + 1, end) if (r := _rank(page, j)) is not None][: RELATED_RANKS_CHECKED - 1]
    return ranks == list(range(2, RELATED_RANKS_CHECKED + 1))


def _shaped_and_furniture(page: Page, start: int, end: int) -> tuple[list[ShapedList], list[int]]:
    """`shaped_lists`, and the lines of the promotions in a list's shape (`_is_promotion`)."""
    found = _shaped_candidates(page, start, end)
    lists = [f for f in found if not _is_furniture(page, f.items)]
    return lists, [i for f in found if f not in lists and _is_promotion(page, f.items) for i in f.items]


def shaped_lists(page: Page, start: int, end: int) -> list[ShapedList]:
    """Lists of other articles told by their shape alone, whatever their header says (or if they
    have none): three or more headline-like lines in a row, or apart by the same kinds of lines
    (a date under each, a blurb and an author), between `start` and `end`."""
    return _shaped_and_furniture(page, start, end)[0]


def _is_month_year(text: str) -> bool:
    found = _MONTH_YEAR.match(text)
    return bool(found) and (found.group("mon") is None or fold(found.group("mon")) in MONTH_NUMBERS)


def _is_furniture(page: Page, found: list[int]) -> bool:
    """Items in a list's shape that are no articles, told by the lines between them: reader comments
    (a name and a time: "Jon Berg", "2 hours ago"), a photo gallery (captions and their credits:
    "Photo: Jon Berg"), a timeline (steps and their months: "June 2021"), or promotions."""
    between = _between(page, found)
    gaps = len(found) - 1
    if any(is_relative_stamp(t) for t in between) and any(L.is_name(t) for t in between):
        return True  # comments: a card of an article gives its date, or "By" its author
    if _is_promotion(page, found):
        return True
    return sum(L.is_photo_credit(t) for t in between) >= gaps or sum(_is_month_year(t) for t in between) >= gaps


def _between(page: Page, found: list[int]) -> list[str]:
    """The lines with text between a list's items, and the one after its last."""
    items = set(found)
    end = min(found[-1] + 2, len(page.lines))
    return [page.text(j) for j in range(found[0] + 1, end) if j not in items and page.text(j)]


def _is_promotion(page: Page, found: list[int]) -> bool:
    """Social posts (each under its author's handle) or advertisements (an ad label for half the
    cards or more: "Sponsored", "Anzeige"): no line of them is an article, whatever stage took it."""
    if sum(bool(_HANDLE.match(t)) for t in _between(page, found)) >= len(found) - 1:
        return True
    labels = {j for i in found for j in _card(page, i) if _is_ad_label(page.text(j))}  # one ad slot: one
    return len(labels) >= RELATED_PROMOTED_SHARE * len(found)  # label, though it touches two cards


def _card(page: Page, i: int) -> list[int]:
    """The lines next to an item: the nearest line with text above it and below it."""
    return [j for j in (_next_text(page, i, -1), _next_text(page, i, 1)) if j is not None]


def _next_text(page: Page, i: int, step: int) -> int | None:
    """The nearest line with text above (`step` -1) or below (1) line `i`, up to 3 lines away."""
    for j in range(i + step, i + 4 * step, step):
        if not 0 <= j < len(page.lines):
            return None
        if page.text(j):
            return j
    return None


def _is_ad_label(text: str) -> bool:
    """A line that marks an advertisement: words of promotion alone ("Advertisement", "Sponsored")."""
    words = text.split()
    if not 1 <= len(words) <= 3:
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
    return _is_item(page, i) or (t[:1] in "\"“‘'" and _is_list_headline(t) and not _NOT_HEADLINE.search(t))


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
    return _with_header(page, found)


def _with_header(page: Page, found: list[int]) -> ShapedList:
    """A first item much shorter than the others is the list's header ("Across the network"); the
    next one may be too (a line of the furniture right above the header: "Topics", "Share")."""
    header = None
    while len(found) > 3:
        words = sorted(len(page.text(i).split()) for i in found[1:])
        first = len(page.text(found[0]).split())
        if first > RELATED_HEADER_WORDS or first > RELATED_HEADER_SHARE * words[len(words) // 2]:
            break
        if _headline_form(page.text(found[0])):
            break  # a short headline of its own ("Ferry strike: what to know"), the list's first item
        header, found = found[0], found[1:]
    return ShapedList(header, found)


def _headline_form(text: str) -> bool:
    """A kicker and its headline ("Ferry strike: what to know") or a sentence ("Is the bridge
    safe?"): a headline, however short, not a list's header (unless in words the rules know)."""
    if L.is_related_header(text) or L.is_skip_header(text):
        return False
    return L.ends_sentence(text) or any(m.start() >= 2 for m in _PAIR_SEPARATOR.finditer(text))


def clean_related(page: Page) -> list[RelatedItem]:
    own = headline_key(page.title)
    site = fold(page.site) if page.site else None
    seen: set[tuple[str, str]] = set()
    out: list[RelatedItem] = []
    site_title = re.compile(rf"(?:^|\s[-|–—]\s){re.escape(page.site)}(?:\s[-|–—]\s|$)", re.I) if page.site else None
    for item in page.related:
        headline = _RANK.sub("", item.headline.strip(), count=1)  # "2. Ferry crews vote ...": a list's rank
        if site_title and site_title.search(headline):
            continue  # "Horizon 24 - International breaking news": the site's own title
        key = headline_key(headline)
        # the same headline may stand in two lists ("Most popular" and "Editors' Picks")
        if not key or key == own or (item.section, key) in seen or (site and fold(headline) == site):
            continue
        if headline.endswith(("…", "...")):
            continue
        seen.add((item.section, key))
        out.append(RelatedItem(item.section, headline))
    return out
