"""Stage `title`: which line is the headline (browser title, anchors, the learned scorer)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache, partial

from ..text import fold
from . import lines as L
from .cjk_over_headline import join_headline
from .dates import (
    date_after_name,
    date_start,
    is_clock_stamp,
    is_header_relative_stamp,
    is_yearless_date,
)
from .headline_lists import continues_above, in_list, in_stamped_feed, stamped_item, under_list_number
from .headline_pairs import dek_of_rules, headline_over, headline_rest, kicker_over
from .lexicon import INLINE_CARD_RE, TITLE_SEPARATORS, VALUE_LABELS, cjk_chars, is_ui_phrase
from .lexicon_dates import DATE_FILLER_WORDS
from .names import name_with_stamp, split_name_date
from .over_headline import never_the_headline, timed_item
from .page import NoArticle, Page, TitleTable, headline_candidate, is_counter, is_header_furniture
from .paragraphs import paragraph_lines
from .site_owner import site_from_browser_title
from .thresholds import (
    CJK_TITLE_CHARS,
    FEW_LINES_AROUND,
    NAME_DATE_ANCHOR_WORDS,
    TEXT_PARAGRAPH_CHARS,
    TRUNCATED_TITLE_WORDS,
    WRITER_LABEL_WORDS,
)
from .title import (
    NAMES,
    candidate_rows,
    candidates,
    cjk_headline,
    content_words,
    is_quotation,
    open_to_scorer,
)


@lru_cache(maxsize=16)  # the page's first line: find_title and learned_title ask it in turn
def _browser_variants(first: str) -> frozenset[str]:
    """Folded pieces of a browser title that could be the headline (never the site name alone)."""
    parts = TITLE_SEPARATORS.split(first)
    variants = {fold(v) for v in _title_variants(first) if len(v.split()) >= 2 or cjk_chars(v) >= CJK_TITLE_CHARS}
    if len(parts) > 1:
        variants.discard(fold(parts[-1]))
    # "Sarnow explosion: Thousands evacuated ..." - a kicker before a colon
    for v in list(variants):
        if ": " in v:
            tail = v.split(": ", 1)[1]
            if len(tail.split()) >= 4:
                variants.add(tail)
    return frozenset(variants)


def _title_variants(first: str) -> list[str]:
    parts = TITLE_SEPARATORS.split(first)
    separators = TITLE_SEPARATORS.findall(first)
    variants = [first]
    for a in range(len(parts)):
        for b in range(a + 1, len(parts) + 1):
            if (a, b) == (0, len(parts)):
                continue
            piece = parts[a]
            for k in range(a + 1, b):
                piece += separators[k - 1] + parts[k]
            variants.append(piece)
    return variants


def find_title(page: Page) -> None:
    first = page.text(0)
    parts = TITLE_SEPARATORS.split(first)
    wanted = _browser_variants(first)
    first_folded = fold(first)

    # a long title the browser or the site cut short ("Harbour bridge to open in spr... | Site"):
    # the headline is the line that starts with what is left of it
    cut = [v[:-3].rstrip() for v in wanted if v.endswith("...") and len(v[:-3].split()) >= TRUNCATED_TITLE_WORDS]

    def matches_browser(i: int) -> bool:
        if i == 0:
            return False
        folded = fold(page.text(i))
        if folded in wanted or (cut and folded.startswith(tuple(cut))):
            return True
        return len(parts) > 1 and len(folded.split()) >= 4 and folded in first_folded

    forced = page.forced_title is not None
    chosen: int | None = _repeated_first_line(page, _anchors(page)) if len(parts) == 1 and not forced else None
    how = "repeated"
    if page.forced_title is not None:
        chosen, how = page.forced_title, "forced"
    for anchor in () if chosen is not None else _anchors(page):
        above = [c for c in _candidates_above(page, anchor) if c != 0 or len(parts) == 1]
        above = [c for c in above if not stamped_item(page, c)]  # (a feed's last item over the headline)
        below = _candidate_below(page, anchor)
        # A first line with no " | Site" is no browser title: it may be the site's name.
        browser = [c for c in [*above, below] if c is not None and matches_browser(c)] if len(parts) > 1 else []
        if browser:
            chosen, how = browser[0], "browser"
            break
        # two headline-like lines in a row, or with a picture's caption between them:
        # headline, then its dek (a kicker above a headline is short); over a picture's caption too
        under = headline_over(page, above)
        pick = above[under] if above else None
        furniture_only = pick is not None and _only_furniture_between(page, pick, anchor, skip=above[:under])
        if pick is not None and furniture_only and not in_list(page, pick):
            chosen, how = pick, "anchor"  # headline, [dek], then byline or date: the usual order
            break
        if below is not None:
            chosen, how = below, "below"  # the date above the headline
            break
        if pick is not None and (not in_list(page, pick) or _body_follows(page, anchor)):
            chosen, how = pick, "loose"
            break
    if chosen is None:
        matches = [i for i in range(1, min(len(page.lines), 3000)) if matches_browser(i)]
        if matches:
            chosen, how = max(matches, key=lambda i: (_header_signal(page, i), -i)), "browser"
    if chosen is None:
        chosen, how = _above_first_text(page), "text"
    if chosen is not None:
        page.title_idx, page.title, page.title_how = chosen, page.lines[chosen].text, how
        # a headline printed over two lines that the browser title shows as one
        for a, b in ((chosen - 1, chosen), (chosen, chosen + 1)):
            if a >= 1 and b < len(page.lines):
                joined = join_headline(page.lines[a].text, page.lines[b].text)
                if fold(joined) in wanted:
                    page.title_idx, page.title = b, joined
                    break
                if how != "browser" and headline_rest(page, a, b) and not _is_anchor(page, b):
                    # (kept on the upper line: the lower alone is no headline for the learned scorer)
                    page.title_idx, page.title = a, joined
                    break
        if len(parts) > 1 or matches_browser(chosen) or fold(page.title) != first_folded:
            page.browser_title = first if chosen != 0 and not L.is_chrome(first) else None
        if len(parts) > 1:
            site_from_browser_title(page, first, page.title)
        return
    wordy = [
        i
        for i, line in enumerate(page.lines[:50])
        if (len(line.head.split()) >= 2 or cjk_chars(line.head) >= CJK_TITLE_CHARS)
        and len(line.head) <= 300
        and not L.is_chrome(line.head)
        and not is_ui_phrase(line.head)
    ]
    if not wordy:
        raise NoArticle("no headline found")
    # Above the text's first sentence: the first headline-shaped line, over the menu's two-word
    # items, else the first line that is no byline or date; else the first line of two words or
    # more. The first line stays whole: without a page around it, "Choose hope over fear -
    # Kennedy" is a headline with its attribution, not a title with a site name.
    prose = next((i for i in wordy if L.is_prose(page.text(i))), len(page.lines))
    # a line with a role in the header (a date, a byline, a read time) is never the headline
    roleless = [
        i
        for i in wordy
        if not page.date_at(i)
        and not L.byline_names(page.text(i))
        and not name_with_stamp(page.text(i))  # "Jo Ng 2 hours ago": a byline, not a headline
        and not is_header_relative_stamp(page.text(i))  # "hace 5 horas": a feed's stamp, no anchor, no headline
        and not _is_anchor(page, i)
    ]
    header = [i for i in roleless if i < prose]
    shaped = (
        i
        for i in header
        if (headline_candidate(page.text(i)) or cjk_headline(page.text(i)))
        and not (_between_labels(page, i) or never_the_headline(page, i) or stamped_item(page, i))
    )
    chosen = next(shaped, header[0] if header else (roleless or wordy)[0])
    page.title_idx, page.title, page.title_how = chosen, page.lines[chosen].text, "fallback"


def _between_labels(page: Page, i: int) -> bool:
    """Is line i among a menu's labels (lines of three words or fewer right above and under it)?"""
    near = [page.text(j) for j in (i - 1, i + 1) if 0 <= j < len(page.lines)]
    return len(near) == 2 and all(0 < len(t.split()) <= 3 and not cjk_chars(t) for t in near)


def _above_first_text(page: Page) -> int | None:
    """With no browser title and no dateline or byline: the page's first line when it is a
    headline of this text, close above it (a saved article's own first line); else the
    headline-shaped line nearest above the first paragraph of running text whose words that
    text repeats, over a dek, header furniture and other headline-shaped lines only (a page's
    first line is as often the site's name, a tagline or a "skip to content" link as its
    headline); else the nearest headline-shaped one."""
    first = next((i for i in range(min(len(page.lines), 3000)) if _starts_text(page, i)), None)
    if first is None:
        return None
    top = next((j for j in range(first) if not L.is_chrome(page.text(j))), None)
    if top is not None and top + 1 == first and (headline_candidate(page.text(top)) or cjk_headline(page.text(top))):
        return top  # a headline right over the text (a saved article's own first line): nothing to weigh
    text_words = _TextWords(page, first)
    if top is not None and first - top <= _FURNITURE_ABOVE_TEXT + 1 and _headline_of(page, top, text_words):
        return top
    nearest = None
    skipped = 0
    for j in range(first - 1, -1, -1):
        t = page.text(j)
        if L.is_chrome(t) or is_counter(t):
            continue
        if is_header_furniture(page, j) or is_yearless_date(t) or L.is_prose(t) or _crosshead(page, j):
            pass  # a dek, a byline with no date, a caption, a crosshead under the text's short lead
        elif _headline_of(page, j, text_words):
            return j
        elif (headline_candidate(t) or cjk_headline(t)) and not in_list(page, j):
            nearest = j if nearest is None else nearest
        else:
            break
        skipped += 1
        if skipped > _FURNITURE_ABOVE_TEXT:
            break
    return nearest


def _crosshead(page: Page, j: int) -> bool:
    """Is line j a crosshead inside the text, under its first sentence alone ("Officials agreed on Tuesday
    to wait." / "What the boat owners want" / the text going on), with a headline-shaped line over that
    sentence? A headline has no sentence right over it."""
    k = next((k for k in range(j - 1, max(-1, j - 3), -1) if not L.is_chrome(page.text(k))), None)
    if k is None or not (L.is_prose(page.text(k)) and L.ends_sentence(page.text(k))):
        return False
    return any(headline_candidate(page.text(h)) for h in range(max(0, k - 2), k))


class _TextWords:
    """The content words of the text's first lines, read one line at a time as asked."""

    def __init__(self, page: Page, first: int) -> None:
        self.lines = [page.text(k) for k in range(first, min(len(page.lines), first + _TEXT_LINES))]
        self.words: set[str] = set()
        self.read = 0

    def covers(self, own: set[str], *, every: bool = False) -> bool:
        """Do the text's words include one of `own` (every one of them)?"""
        while True:
            if (own <= self.words) if every else not self.words.isdisjoint(own):
                return True
            if self.read == len(self.lines):
                return False
            self.words |= content_words(self.lines[self.read])
            self.read += 1


_TEXT_LINES = 3  # lines of the text whose words a headline above it is compared with


def _headline_of(page: Page, j: int, text_words: _TextWords) -> bool:
    """Is line j shaped like a headline that the text's words come back to?"""
    t = page.text(j)
    if 1 <= len(t.split()) <= 2:  # "Tidal bore": every word recurs
        own = content_words(t)
        return bool(own) and not L.ends_sentence(t) and text_words.covers(own, every=True)
    if not (headline_candidate(t) or cjk_headline(t)) or not text_words.covers(content_words(t)):
        return False
    return not in_list(page, j)


_FURNITURE_ABOVE_TEXT = 3  # lines of dek or furniture between a headline and its text


def _starts_text(page: Page, i: int) -> bool:
    """Line i is running text that goes on: a long paragraph, or a sentence followed by another."""
    t = page.text(i)
    if not L.is_prose(t) or L.is_caption(t):
        return False
    if len(t) >= TEXT_PARAGRAPH_CHARS:
        return True
    nxt = next((j for j in range(i + 1, min(len(page.lines), i + 4)) if not L.is_chrome(page.text(j))), None)
    return nxt is not None and L.is_prose(page.text(nxt))


def _repeated_first_line(page: Page, anchors: Iterable[int]) -> int | None:
    """A first line with no site name that comes back next to the dateline or byline is the
    browser title of a page whose headline is exactly that."""
    first = page.text(0)
    if L.is_chrome(first) or len(first.split()) < 3:
        return None
    folded = fold(first)
    for a in anchors:
        for j in range(max(1, a - 3), min(len(page.lines), a + 4)):
            if j != a and fold(page.text(j)) == folded:
                return j
    return None


def _only_furniture_between(page: Page, i: int, anchor: int, skip: Iterable[int] = ()) -> bool:
    """Only header furniture between line i and the anchor (`skip`: the dek, when i is its headline, and
    a picture's caption between them, with the lines each was wrapped onto)."""
    dek = set(skip)
    for line in list(dek):
        while continues_above(page, line + 1):
            line += 1
            dek.add(line)
    return all(
        L.is_chrome(page.text(j)) or is_counter(page.text(j)) or is_header_furniture(page, j) or _writer_label(page, j)
        for j in range(i + 1, anchor)
        if j not in dek
    )


def _candidate_below(page: Page, anchor: int) -> int | None:
    """A headline right under the dateline (sites that print the date first); not under a date that closes a
    paragraph of running text (the story's stamp under its text, another story's headline under it)."""
    if _under_text(page, anchor):
        return None
    for j in range(anchor + 1, min(anchor + 6, len(page.lines))):
        t = page.text(j)
        if len(t) >= TEXT_PARAGRAPH_CHARS and L.is_prose(t):
            return None  # the text has started: what follows it is no headline of the page
        if (
            L.is_chrome(t)
            or is_counter(t)
            or is_header_furniture(page, j)
            or is_quotation(t)
            or INLINE_CARD_RE.match(t)
        ):
            continue  # (a pull quote or a pointer to another story between the header and the text)
        if len(t.split()) <= 2 and not headline_candidate(t) and not any(map(str.isdigit, t)):
            continue  # a section's label between the byline and the date ("By Jane Roe" / "Politics")
        if never_the_headline(page, j):
            return None  # a ticker or a feed under a date over the page (today's date over the site's name)
        if (
            headline_candidate(t)
            and not L.has_inner_sentence_end(t)  # (a caption: "The pier, closed since May. Photo Jo Ng")
            and not in_list(page, j)
            and _header_or_text_follows(page, j)
        ):
            return j
        return None
    return None


def _under_text(page: Page, anchor: int) -> bool:
    """Is the line over the anchor (past buttons and counters) a paragraph of running text?"""
    for k in range(anchor - 1, max(-1, anchor - 4), -1):
        t = page.text(k)
        if L.is_chrome(t) or is_counter(t):
            continue
        return L.is_prose(t) and not L.is_caption(t)  # (a sentence of eight words or more: no kicker, no label)
    return False


def _header_or_text_follows(page: Page, j: int) -> bool:
    """Under a headline come its dek, byline, picture or text; under a feed item, the next
    item's time and headline."""
    for k in range(j + 1, min(j + 8, len(page.lines))):
        t = page.text(k)
        if L.is_chrome(t) or is_counter(t):
            if re.fullmatch(r"\d{1,2}:\d\d", t):
                return False  # a feed's next timestamp
            continue
        if L.is_prose(t) or is_header_furniture(page, k) or L.is_caption(t) or L.has_inner_sentence_end(t):
            return True
        # a dek without its full stop, the text's first paragraph under it (a feed's next item has its time)
        after = page.text(k + 1) if k + 1 < len(page.lines) else ""
        return not timed_item(t) and len(after) >= TEXT_PARAGRAPH_CHARS and L.is_prose(after)
    return False


def _anchors(page: Page) -> Iterator[int]:
    """Lines that only an article header has: datelines, bylines, read times, "3 hours ago". Read
    as asked (find_title mostly stops at the first): each line's answer is kept in the page."""
    lines = page.lines  # (a line over _ANCHOR_CHARS is none: told before asking, most lines are paragraphs)
    return (i for i in range(min(len(lines), 1500)) if len(lines[i].text) <= _ANCHOR_CHARS and _is_anchor(page, i))


def _is_anchor(page: Page, i: int) -> bool:
    found = page.anchor_cache.get(i)
    if found is None:
        found = page.anchor_cache[i] = _anchor_line(page, i)
    return found


_ANCHOR_CHARS = 90


def _anchor_line(page: Page, i: int) -> bool:
    t = page.text(i)
    if len(t) > _ANCHOR_CHARS:
        return False
    stamp = page.date_at(i) or (is_header_relative_stamp(t) and any(map(str.isdigit, t)))  # not a weather "Today"
    if stamp:
        return not in_stamped_feed(page, i)  # ("2 hours ago" / another story's headline / "3 hours ago")
    return bool(
        L.byline_names(t)
        or L.is_byline_marker(t)
        or split_name_date(t)
        or _name_then_date(page, i)  # "Jane Roe, 3 March 2026" under the headline
        or name_with_stamp(t)  # "Jane Roe • 8h", "Jane Roe 1 day ago"
        or (is_clock_stamp(page.text(i + 1)) and L.is_name(t) and not L.is_role_line(t))  # "Jane Roe" / "1:39 PM ET"
        or _says_read(t)
    )


def _name_then_date(page: Page, i: int) -> bool:
    """ "Jane Roe, 3 March 2026" (date_after_name) as a byline's line: a name's two or three words before the
    date, under a headline-shaped line (or its dek), and not the headline itself printed with its date ("Campaign
    Assessment, February 9, 2026", which the browser title repeats)."""
    t = page.text(i)
    if i == 0 or not date_after_name(t):
        return False
    name = t[: date_start(t)].split()
    while name and name[-1].lower().strip(",") in DATE_FILLER_WORDS:
        name.pop()  # "Jane Roe, le 3 mars 2026": the date's own words
    name = " ".join(name).rstrip(" ,;·•|—–-").split()
    if not 2 <= len(name) <= NAME_DATE_ANCHOR_WORDS:
        return False
    if fold(t) in _browser_variants(page.text(0)):
        return False
    shaped = [headline_candidate(page.text(k)) or cjk_headline(page.text(k)) for k in (i - 1, i - 2) if k >= 0]
    return shaped[0] or (len(shaped) == 2 and shaped[1] and L.ends_sentence(page.text(i - 1)))  # (over a dek)


def _candidates_above(page: Page, anchor: int) -> list[int]:
    """Headline-like lines just above an anchor, over header furniture only."""
    out: list[int] = []
    skipped = 0
    i = anchor - 1
    while i >= 0 and skipped <= 12 and len(out) < 3:
        t = page.text(i)
        if L.is_chrome(t) or is_counter(t) or is_ui_phrase(t):
            i -= 1
            continue  # share buttons and the like do not count towards the distance
        if i > 0 and fold(page.text(i - 1)).rstrip(":") in VALUE_LABELS:
            skipped += 1  # "Published in" / "The Valdenia Review": a value, not a headline
            i -= 1
            continue
        if (
            is_header_furniture(page, i)
            or INLINE_CARD_RE.match(t)
            or _writer_label(page, i)
            or never_the_headline(page, i)
        ):
            skipped += 1  # (a "Read more: <headline>" line points to another story)
            i -= 1
            continue
        if (headline_candidate(t) or cjk_headline(t)) and not under_list_number(page, i):
            out.append(i)
            # a repeat of the same headline right above is the same headline
            while i - 1 >= 0 and fold(page.text(i - 1)) == fold(t):
                i -= 1
        else:
            skipped += 1
        i -= 1
    return out


def _writer_label(page: Page, i: int) -> bool:
    """A short line right under a name alone ("Jane Roe" / "The harbour master", "Analysis"): what
    the writer is or the desk they write for, under the byline, not a headline."""
    t = page.text(i)
    if not (i > 0 and len(t.split()) <= WRITER_LABEL_WORDS and not L.ends_sentence(t)):
        return False
    # (with the byline right under it, the line is the headline and the "name" over it its section's)
    under = page.text(i + 1) if i + 1 < len(page.lines) else ""
    return L.is_person_name(page.text(i - 1)) and not (L.byline_names(under) or L.is_byline_marker(under))


def _body_follows(page: Page, anchor: int) -> bool:
    """Does running text start within a few lines after this anchor (over furniture)?"""
    seen = 0
    for j in range(anchor + 1, min(anchor + 30, len(page.lines))):
        t = page.text(j)
        if L.is_chrome(t) or is_counter(t):
            continue
        if L.is_prose(t) and not L.is_caption(t):
            return True
        seen += 1
        if seen > 6:
            return False
    return False


def _header_signal(page: Page, i: int) -> int:
    """How much the lines under line i look like an article header (date, byline, prose)."""
    score = 0
    for j in range(i + 1, min(i + 10, len(page.lines))):
        t = page.text(j)
        if page.date_at(j):
            score += 3
        elif L.byline_names(t) or L.is_byline_marker(t):
            score += 2
        elif L.is_prose(t):
            score += 1
    return score


def learned_title(page: Page, body: list[str]) -> int | None:
    """The headline line the scorer prefers to the rules' one (None: keep the rules')."""
    n = len(page.lines)
    if n - len(body) <= FEW_LINES_AROUND:
        return None  # a page that is all article: its first line is the headline
    spans = paragraph_lines(page.lines, body)
    text_first = spans[0][0] if spans else page.title_idx + 1
    picks = candidates(n, text_first, page.title_idx)
    # the words of the text's first paragraphs, each with the lines it was read from (a
    # candidate inside one of them is compared with the others only: a line recurs in itself)
    paragraph_words = [(a, b, content_words(para[:1000])) for (a, b), para in zip(spans[:3], body[:3], strict=False)]
    first = page.text(0)
    wanted = _browser_variants(first)
    several = len(TITLE_SEPARATORS.split(first)) > 1
    named = fold(page.title) in wanted or page.title_how == "browser"  # (the site first: "Site — Headline")
    if several and page.title_idx > 0 and named and not page.want_title_table:
        return None  # the browser title names the rules' headline: the strongest evidence there is
    rows_of = partial(
        candidate_rows,
        page.heads,
        picks,
        text_first=text_first,
        rules=page.title_idx,
        is_anchor=partial(_is_anchor, page),
        is_header=lambda i: is_header_furniture(page, i) or is_yearless_date(page.text(i)),
        browser=lambda i: i > 0 and several and fold(page.text(i)) in wanted,
        in_list=partial(in_list, page),
        headline_like=lambda t: headline_candidate(t) or cjk_headline(t),
        paragraph_words=paragraph_words,
        filename=page.filename,
    )
    model = page.title_model
    if model is not None and not page.want_title_table:
        # the other candidates' costliest features are read only if one of them could win
        allowed, allowed_rows = _open_to_scorer(page, picks, rows_of(exact={page.title_idx}))
        if model.keeps_rules(allowed, allowed_rows, page.title_idx):
            return page.title_idx
    rows = rows_of()
    if page.want_title_table:
        page.title_table = TitleTable([line.text for line in page.lines], picks, rows, page.title_idx, page.title_how)
    if model is None:
        return None
    allowed, allowed_rows = _open_to_scorer(page, picks, rows)
    return model.choose(allowed, allowed_rows, page.title_idx)


def _open_to_scorer(page: Page, picks: list[int], rows: list[list[float | None]]) -> tuple[list[int], list]:
    """title.open_to_scorer's candidates, but for a kicker right over the rules' headline and its dek under it;
    whose headline then has no headline over it (it is no dek)."""
    allowed, allowed_rows = open_to_scorer(picks, rows, page.title_idx, _head_of(page))
    keep = [
        k
        for k, i in enumerate(allowed)
        if not (kicker_over(page, i, page.title_idx) or dek_of_rules(page, i))
        and (i == page.title_idx or not never_the_headline(page, i))
    ]
    if len(keep) < len(allowed) and page.title_idx in allowed:
        k = allowed.index(page.title_idx)
        allowed_rows[k] = [0.0 if f == _HEADLINE_ABOVE else x for f, x in enumerate(allowed_rows[k])]
    return [allowed[k] for k in keep], [allowed_rows[k] for k in keep]


_HEADLINE_ABOVE = NAMES.index("headline_above")


def _head_of(page: Page) -> Callable[[int], str]:
    return lambda i: page.lines[i].head


def _says_read(text: str) -> bool:
    """A read time that says it is one ("4 min read", "Lesezeit: 7 Minuten"), not a bare "7 min"."""
    found = L.read_minutes(text)
    return found is not None and found[1]
