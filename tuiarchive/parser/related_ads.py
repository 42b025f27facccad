"""An ad widget's header, and where the widget ends when no header follows it (review W9).

Each stage that reads the page's lists takes an ad widget's lines ("Partner picks", "From our
partners") to run to the next list's header. A list of the site's own with no header of its own,
right under the widget, went with the ads. The widget's rhythm tells its end: each ad is a title
and its advertiser's line (a few words: "Hoseworks", "Brewline Kitchen"), in the same order ad
after ad; where that rhythm stops and a run of headlines follows, the site's list begins. The
advertiser's line is told by its length, not its words (brands are names nobody lists)."""

from __future__ import annotations

import re

from ..text import fold
from . import lines as L
from .chrome import is_list_header
from .cjk_related import is_cjk_ad_header
from .dates import is_relative_stamp, parse_date_line
from .lexicon import (
    AD_LABEL_RE,
    AD_SLOT_RE,
    AD_WORD_STEMS,
    BOILERPLATE_KINDS,
    SHOP_WORDS,
    YOU_WORDS,
    boilerplate_kinds,
    cjk_chars,
)
from .page import Page
from .thresholds import (
    CJK_AD_HEADER_CHARS,
    RELATED_AD_LABEL_WORDS,
    RELATED_AD_LINES,
    RELATED_BLURB_WORDS,
    RELATED_CJK_ITEM_CHARS,
    RELATED_HEADER_WORDS,
    RELATED_ITEM_SPACES,
    RELATED_MIN_ITEMS,
)
from .title import cjk_headline


def brand_line(text: str) -> bool:
    """An advertiser's line under (or over) its ad's title: a name's few words (fewer than any item
    has; in CJK characters fewer than an item's), no figure ("Hoseworks", "Kettle & Co.",
    "Sponsored by Tyrevale"; a video's "2:14" under each title is its length, no advertiser)."""
    return (
        len(text.split()) <= RELATED_ITEM_SPACES[0]
        and cjk_chars(text) < RELATED_CJK_ITEM_CHARS
        and not any(c.isdigit() for c in text)
    )


def headline_shape(text: str) -> bool:
    """A line in a list's headline shape (four words or more; CJK: an item's characters)."""
    return L.looks_like_headline(text, min_words=4) or (
        cjk_chars(text) >= RELATED_CJK_ITEM_CHARS and cjk_headline(text)
    )


def blurb_line(text: str) -> bool:
    """A news item's blurb under its headline: one sentence of prose that tells, in the third
    person ("Engineers will close the east quay for a fortnight."): a full stop at its end, an
    item's words or more (CJK: an item's characters), no second sentence. No advertiser's line (a
    name's few words) and no ad's pitch either, which speaks to the reader ("your", "vous")."""
    t = text.strip()
    if not t.endswith(_BLURB_ENDS) or ". " in t:
        return False
    if cjk_chars(t) >= RELATED_CJK_ITEM_CHARS:
        return True
    words = [w.strip('.,;:!?"“”«»()‘’').lower() for w in t.split()]
    return len(words) >= RELATED_BLURB_WORDS and not any(w in YOU_WORDS for w in words)


def _items_in_a_row(page: Page, rest: list[int]) -> int:
    """The lines at the start of `rest` that are a list's items in a row: headlines, each with a
    blurb under it or none, and the cards' dates or times over or under them (an ad has no date);
    how many lines of `rest` they take."""
    k = 0
    while k < len(rest):
        t = page.text(rest[k])
        if headline_shape(t):
            k += 1
            if k < len(rest) and blurb_line(page.text(rest[k])):
                k += 1
        elif parse_date_line(t) is not None or is_relative_stamp(t):
            k += 1
        else:
            break
    return k


def _site_run(page: Page, rest: list[int]) -> bool:
    """RELATED_MIN_ITEMS headlines in a row at the start of `rest`, each with a blurb under it or
    none (the site's own list: a title with a name's line under it is an ad's)."""
    run = rest[: _items_in_a_row(page, rest)]
    return sum(headline_shape(page.text(j)) for j in run) >= RELATED_MIN_ITEMS


def _list_header(page: Page, j: int) -> bool:
    """Line `j` may head a list: a header's few words with no headline's marks or end mark, no
    headline, no ad's word ("Elsewhere this week", "Mehr aus Hamburg": capitals allowed, a German
    header's nouns have them; the site's run under it decides)."""
    t = page.text(j)
    words = t.split()
    return (
        2 <= len(words) <= RELATED_HEADER_WORDS
        and not _HEADLINE_MARKS.search(t)
        and not t.endswith(tuple(_HEADER_ENDS))
        and not any(w.lower().startswith(AD_WORD_STEMS) for w in words)
        and not headline_shape(t)
    )


def _headed_list_under(page: Page, rest: list[int], stop: int) -> bool:
    """The headlines in a row at the start of `rest` (the lines after the ads' rhythm, to line `stop`;
    a blurb under each or none) end right over a list's header, one the rules know or a header's few
    words, with a headline under it ("More local news" / "Bridge repairs to start in the spring")."""
    k = _items_in_a_row(page, rest)
    over = rest[k] if k < len(rest) else stop
    if over >= len(page.lines) or not (is_list_header(page.text(over)) or header_words(page.text(over))):
        return False
    under = next((j for j in range(over + 1, len(page.lines)) if page.text(j)), None)
    return under is not None and headline_shape(page.text(under))


# the site's known headers over promotions ("Around the web"; L.is_skip_header), videos apart
_PROMOTION_HEADER = re.compile(r"sponsor|promot|partner|advertis|around the web", re.I)


def heads_a_rhythm_of_ads(text: str) -> bool:
    """A line that heads ads when a rhythm of ads follows it (`rhythm_end`), in words no header
    rule holds: a few words in a header's sentence case, no end mark, one of them an ad's word ("Paid
    for by our partners", "Promoted links from around the web"). (Not a lone slot's label: over a
    list of cards, each with its section under it, it would take the cards for ads.)"""
    words = text.split(None, _RHYTHM_HEADER_WORDS)  # (every line of a page is asked: a paragraph is not split whole)
    return (
        1 < len(words) <= _RHYTHM_HEADER_WORDS
        and not text.endswith(tuple(_HEADER_ENDS))
        and not any(w[:1].isupper() for w in words[1:])
        and any(w.lower().startswith(AD_WORD_STEMS) for w in words)
    )


def over_ads(text: str) -> bool:
    """A line over ads: an ad widget's header (`is_ad_header`), an ad slot's label over a widget
    ("Sponsored content"), or a known header of promotions ("Around the web")."""
    return (
        is_ad_header(text)
        or AD_SLOT_RE.match(text) is not None
        or (L.is_skip_header(text) and _PROMOTION_HEADER.search(text) is not None)
    )


def _rhythm(page: Page, header: int, end: int) -> tuple[list[int], list[int], int, int] | None:
    """The ads' rhythm under line `header` (lines read up to `end`, the next list's header or the
    copyright): the widget's lines with text, the positions among them of the advertisers' lines in
    the rhythm, the position of the first line after the last ad's, and the line where the widget's
    lines stop; None with no rhythm (fewer than two advertisers' lines, the same number of lines
    apart, the first within the first ad)."""
    lines: list[int] = []
    stop = end  # where the widget's lines stop: the next list's header, the copyright or `end`
    for j in range(header + 1, end):
        t = page.text(j)
        if is_list_header(t) or L.is_copyright(t):
            stop = j
            break
        if t:
            lines.append(j)
    brands = [n for n, j in enumerate(lines) if brand_line(page.text(j))]
    if len(brands) < 2:
        return None
    period = brands[1] - brands[0]  # each ad's lines, the same in number and order ad after ad
    if not 2 <= period <= RELATED_AD_LINES or brands[0] >= period:
        return None  # (the first advertiser's line within the first ad, right under the header)
    chain = brands[:1]
    for n in brands[1:]:
        if n - chain[-1] != period:
            break  # (short lines further down: the page's end matter)
        if chain[0] == 0 and header_words(page.text(lines[n])) and _site_run(page, lines[n + 1 :]):
            break  # (each ad opens with its advertiser) a header in sentence case over the site's run
            # where the next advertiser's name would be; an advertiser's name has capitals
        chain.append(n)
    after = chain[-1] + period - chain[0]  # the first line after the last ad's
    return lines, chain, after, stop


def rhythm_end(page: Page, header: int) -> int | None:
    """The line after the last ad of the rhythm under line `header` (None with no rhythm)."""
    found = _rhythm(page, header, len(page.lines))
    if found is None:
        return None
    lines, _, after, stop = found
    return lines[after] if after < len(lines) else stop


def site_list_after_ads(page: Page, header: int, end: int) -> int | None:
    """The first line of a list of the site's own right under the ad widget whose header is line
    `header` (lines read up to `end`, the next list's header or the copyright): where the ads'
    rhythm stops (two advertiser's lines or more, the same number of lines apart, the first within
    the first ad), RELATED_MIN_ITEMS headlines in a row follow it. None when the widget has no such
    rhythm, or too few headlines after it (an ad or two with no advertiser's line: the widget's), when
    those end right over a headed list (the page heads its own lists), and under a header of no ads
    ("Comments", "Videos": their lines have a rhythm of their own)."""
    if not over_ads(page.text(header)):
        return None
    found = _rhythm(page, header, end)
    if found is None:
        return None
    lines, chain, after, stop = found
    headed = after < len(lines) and _list_header(page, lines[after])
    if not _site_run(page, lines[after + headed :]):
        return None  # (the site's list is headlines in a row, a blurb under each or none; a title with a
        # source line under it goes on with the ads: "The Harbour Post On Our Network")
    if not headed and _headed_list_under(page, lines[after:], stop):
        return None  # (review W10) the page heads its lists: a run right over one is the widget's last ads
    titles = [fold(page.text(j)) for n, j in enumerate(lines[:after]) if n not in chain]
    if len(set(titles)) < len(titles):
        return None  # the ads said twice in the rhythm: the network cycles them, plain ones come next
    words = [set(title.split()) for title in titles]
    if any(title <= set(fold(page.text(j)).split()) for j in lines[after:] for title in words):
        return None  # an ad's title again (or with a town's name put in it): the network's ads go on
    return lines[after]


# a figure, a quote, a question, a kicker's colon, a dash or a bracket: a headline's marks, no header's
_HEADLINE_MARKS = re.compile(r"[\d:;?!,()\"“”‘«»–—]|(?:^|\s)['’]")


def header_words(text: str) -> bool:
    """A list's header rather than a headline: a few words in sentence case with no name, figure
    or punctuation in them ("Picked for you", "From the archive"); a headline names someone or
    something ("Tram fares rise in Korsk"), or quotes, asks, or pairs a kicker with its text."""
    words = text.split()
    if not 2 <= len(words) <= RELATED_HEADER_WORDS or _HEADLINE_MARKS.search(text):
        return False
    return not any(w[:1].isupper() for w in words[1:])


_PROMO = 1 << BOILERPLATE_KINDS.index("promo")
_RHYTHM_HEADER_WORDS = 6  # a header over a rhythm of ads: at most this many words (a headline is longer)
_HEADER_ENDS = ".!?"
_BLURB_ENDS = (".", "。", ".”", '."', ".’")  # a sentence's end (a headline ends with none)


def is_ad_header(text: str) -> bool:
    """The header over an ad widget: a few words (never an item's count of them) that open with an
    ad's word ("Partner picks", "Paid content"), or in a header's sentence case hold a word of
    promotion ("Stories we sponsor"); not a lone ad slot's label ("Advertisement" between a list's
    items: the list goes on), nor an advertiser's name over its one ad ("Harbourline Sponsored")."""
    if len(text) <= CJK_AD_HEADER_CHARS and cjk_chars(text):
        return is_cjk_ad_header(text)  # "广告", "贊助", "［PR］": a CJK page's widget has no words to count
    # (every line of a page is asked: a paragraph is not split whole; a compound's parts count as
    # words: "Partner-Angebote" is a header's two, not a lone slot's label)
    words = text.replace("-", " ").split(None, RELATED_AD_LABEL_WORDS)
    if not 1 < len(words) <= RELATED_AD_LABEL_WORDS or text.endswith(tuple(_HEADER_ENDS)) or AD_SLOT_RE.match(text):
        return False
    if AD_LABEL_RE.match(text) or words[0].lower().startswith(AD_WORD_STEMS):
        return True
    promo = [w for w in words if boilerplate_kinds([w])[0] & _PROMO and w.lower() not in SHOP_WORDS]
    ads = [n for n, w in enumerate(words) if w.lower().startswith(AD_WORD_STEMS)]
    # the ad's word may carry a capital after a word in small letters (a German noun: "Angebote
    # unserer Partner"); not after a name ("Harbourline Sponsored": the advertiser over its one ad)
    plain = " ".join(w.lower() if n in ads and n and words[n - 1].islower() else w for n, w in enumerate(words))
    return (bool(promo) or bool(ads)) and header_words(plain)
