"""The headline-shaped lines right over an article's byline or date, paired: a headline and its dek
under it, a kicker or quotation over the headline, or a bar of other stories' headlines whose last
is the page's own (stage `title`, headline.find_title)."""

from __future__ import annotations

import re

from . import lines as L
from .bylines import lead_in_byline
from .chrome import is_list_header
from .cjk_over_headline import cjk_headline_rest
from .dates import is_header_relative_stamp, parse_date_line
from .lexicon import STOP_WORDS, cjk_chars, is_ui_phrase, stop_word_density, words_of
from .page import Page, headline_candidate, is_caption_by_credit
from .thresholds import (
    BAR_ITEMS,
    BAR_LABEL_WORDS,
    BAR_LINES,
    BAR_OPENING_WORDS,
    CJK_CHARS_PER_WORD,
    DEK_TEXT_PARAGRAPHS,
    DEK_TEXT_REACH,
    DEK_UNDER_REACH,
    HEADLINE_MAX_WORDS,
    HEADLINE_OVER_DEK_WORDS,
    HEADLINE_TEXT_SHARE,
    OTHER_STORY_TEXT_SHARE,
    OWN_HEADLINE_TEXT_WORDS,
    TEXT_PARAGRAPH_CHARS,
)
from .ticker_row import ticker_label
from .title import content_words, is_quotation, opens_with_quotation


def headline_over_dek(page: Page, above: list[int]) -> bool:
    """Of the headline-like lines over the anchor (`above`, nearest first), is the second the
    headline and the first, right over the byline or date, its dek?"""
    return (
        len(above) > 1
        and not _teaser_bar(page, above)
        and (words(page.text(above[1])) >= HEADLINE_OVER_DEK_WORDS or _short_headline(page, above[1], above[0]))
        and _headline_then_dek(page, above[1], above[0])
        and _dek_under(page, above[1], above[0])
        and not _other_story_over(page, above[1], above[0])
    )


def headline_over(page: Page, above: list[int]) -> int:
    """Which of the headline-like lines over the anchor (`above`, nearest first) is the headline: the nearest,
    or the one over it when that is its dek (headline_over_dek); higher still past a picture's caption, a
    headline-shaped line next to its credit ("Empty pens after the sale" / "Fellside Pictures"), which stands
    between the headline or its dek and the byline in no other way."""
    k = 0
    while k + 1 < len(above) and headline_over_dek(page, above[k:]):
        k += 1
        if not any(_captioned(page, j) for j in above[:k]):
            break  # (a headline and its dek: the line over the headline is its kicker or another story's)
    return k


def _captioned(page: Page, j: int) -> bool:
    """Is line j a picture's caption by its shape or by the credit next to it (a line of a name or an agency,
    with its label or none)?"""
    if L.is_caption(page.text(j)) or is_caption_by_credit(page, j):
        return True
    return any(0 <= k < len(page.lines) and _bare_credit(page.text(k)) for k in (j - 1, j + 1))


def _bare_credit(text: str) -> bool:
    """A picture's credit on its line: a label and names ("Photo: Jo Ng"), or a name or an agency alone
    ("Fellside Pictures")."""
    if L.is_photo_credit(text):
        return True
    # (in mixed case, no button: "SKIP ADVERTISEMENT", "Supported by" are the page's furniture)
    return L.is_name(text) and not (text.isupper() or L.ends_sentence(text) or L.is_chrome(text) or is_ui_phrase(text))


def _other_story_over(page: Page, upper: int, lower: int) -> bool:
    """Is the upper of two headline-like lines another story's headline (a list's last item over the
    page's own), not the headline of the lower's dek? A headline names what its text tells: the text
    under them takes up one of its words at most (OTHER_STORY_TEXT_SHARE of them at most), and some of
    the lower's (OWN_HEADLINE_TEXT_WORDS), twice as large a share."""
    found = text_words(page, lower)
    over, under = content_words(page.text(upper)), content_words(page.text(lower))
    if not (found and over and under) or len(over & found) > 1:
        return False
    share_over, share_under = len(over & found) / len(over), len(under & found) / len(under)
    return (
        share_over <= OTHER_STORY_TEXT_SHARE
        and len(under & found) >= OWN_HEADLINE_TEXT_WORDS
        and share_under >= 2 * share_over
    )


def _short_headline(page: Page, upper: int, lower: int) -> bool:
    """A headline one word short of HEADLINE_OVER_DEK_WORDS ("Council backs lock gates", a German one of
    compounds) over its dek: the lower says twice as much at least, and the upper speaks of the story the
    text tells (a kicker names a section or a theme: "Climate", "Analysis")."""
    head = words(page.text(upper))
    if head < HEADLINE_OVER_DEK_WORDS - 1 or words(page.text(lower)) < 2 * head or page.text(upper)[:1].islower():
        return False  # (in small letters: a link's slug, a tag)
    return _share(page.text(upper), text_words(page, lower, 0)) >= HEADLINE_TEXT_SHARE


def _teaser_bar(page: Page, above: list[int]) -> bool:
    """Are the headline-like lines over the anchor a bar of other stories' headlines under its
    list's header ("Top stories" over a few headlines), whose last, right over the byline or the
    date, is the page's headline? Three or more in a row under the header: a headline over its dek
    is two lines (a menu's or a feed's lines over them are no list's header)."""
    if len(above) < BAR_LINES or above[0] - above[BAR_LINES - 1] != BAR_LINES - 1:
        return False
    if cjk_chars(page.text(above[0])) or not all(headline_candidate(page.text(k)) for k in above):
        return False  # (a CJK dek has no full stop to tell it from the bar's last headline)
    if lead_in_byline(page.text(above[0])):
        return False  # "Escrito por Ana Ruiz" over the date: a byline under the headline, no bar's line
    top = above[BAR_LINES - 1] - 1
    while top > above[BAR_LINES - 1] - BAR_ITEMS and top > 0 and headline_candidate(page.text(top)):
        top -= 1
    # with no list's header the bar is weaker evidence than a dek: the line over the byline must say no
    # more than the one over it (a dek says more than its headline, in any language)
    if not (top >= 0 and is_list_header(page.text(top))) and (
        words(page.text(above[0])) > words(page.text(above[1])) or not _bar_without_header(page, top, above[0])
    ):
        return False
    return not _dek_of_the_last(page, above[0], range(top + 1, above[0]))


def _bar_without_header(page: Page, top: int, last: int) -> bool:
    """With no list's header over them: a bar when its lines are more than a feed's headline and
    dek (BAR_LINES and the page's own at least) under a short label, a menu's item; each a headline
    of its own (none the rest of a line wrapped over two, none opening as another does: "Share on
    X", "Share on Y" are a row of links) and the last a headline's length."""
    label = page.text(top)
    short = len(label.split()) <= BAR_LABEL_WORDS
    if last - top <= BAR_LINES or not short or headline_candidate(label) or L.ends_sentence(label):
        return False
    lines = [page.text(k).split() for k in range(top + 1, last + 1)]
    if any(not line[0][:1].isupper() and not line[0][:1].isdigit() for line in lines):
        return False
    openings = {tuple(line[:BAR_OPENING_WORDS]) for line in lines}
    return len(openings) == len(lines) and len(lines[-1]) >= HEADLINE_OVER_DEK_WORDS


def _dek_of_the_last(page: Page, line: int, bar: range) -> bool:
    """Is the line over the anchor no headline of the bar over it but the dek of the bar's last, the
    page's own headline? Saying at least as much as that headline, and unlike the bar's lines in kind:
    in sentence case under a bar in title case; or naming nobody (no word with a capital past its
    first: a headline names a place, a person, a body) and reading as a sentence, opening with a
    function word ("The", "A") or holding more of them than the bar's lines do on average."""
    text = page.text(line)
    if words(text) < words(page.text(line - 1)):
        return False
    lines = [page.text(k) for k in bar]
    if all(map(L.is_title_case, lines)) and not L.is_title_case(text):
        return True
    tokens = [word.lstrip(_OPENERS) for word in text.split()]
    if any(word[:1].isupper() for word in tokens[1:]) or _name_in_page(page, tokens[0].rstrip(",:")):
        return False
    density = stop_word_density(text)
    if not (tokens[0].lower() in STOP_WORDS or density > sum(map(stop_word_density, lines)) / len(lines)):
        return False
    # the text comes back to a headline's words: the line over the byline is no dek when the text
    # takes up more of its words than of the line over it (the bar's last teaser, then)
    found = text_words(page, line)
    return _share(text, found) <= _share(page.text(line - 1), found)


def text_words(page: Page, line: int, chars: int = TEXT_PARAGRAPH_CHARS) -> set[str]:
    """The content words of the first paragraphs (of `chars` at least) of running text under line `line`."""
    found: set[str] = set()
    read = 0
    for k in range(line + 1, min(len(page.lines), line + DEK_TEXT_REACH)):
        t = page.text(k)
        if len(t) >= chars and L.is_prose(t):
            found |= content_words(t)
            read += 1
            if read == DEK_TEXT_PARAGRAPHS:
                break
    return found


def _share(text: str, words: set[str]) -> float:
    own = content_words(text)
    return len(own & words) / len(own) if own else 0.0


def _name_in_page(page: Page, word: str) -> bool:
    """Is a line's first word a name: one the page prints with its capital after a word in small
    letters ("... in Tollby", not "Engineers said")?"""
    if not word[:1].isupper() or word.lower() in STOP_WORDS:
        return False
    mid = re.compile(rf"\b[a-z]\w*[,;]? {re.escape(word)}\b")
    return any(mid.search(line.text) for line in page.lines)


_OPENERS = "\"'“‘«„("


def _headline_then_dek(page: Page, upper: int, lower: int) -> bool:
    """Are two headline-like lines a headline and its dek: next to each other, or apart by
    a caption, a credit or a sentence of the header only (not by a menu or a feed's times)?"""
    if lower == upper + 1:
        return True
    between = range(upper + 1, lower)
    if lower == upper + 2 and _bare_credit(page.text(upper + 1)):
        return True  # a picture's credit alone between them, its caption the lower ("Fellside Pictures")
    pictures = [j for j in between if _caption_or_dek(page, j)]
    return bool(pictures) and len(pictures) + sum(L.is_chrome(page.text(j)) for j in between) >= len(between)


def _dek_under(page: Page, upper: int, lower: int) -> bool:
    """May the lower of two headline-like lines be the upper's dek, not the headline under a
    kicker? Not when the upper is a quotation alone ('"We waited long enough"'), nor one with its
    speaker ('"We waited long enough," says the mayor') longer than the lower: a dek says more
    than its headline, and a quotation over a shorter line is that headline's kicker."""
    over, under = page.text(upper), page.text(lower)
    if is_quotation(over):
        return False
    return not (opens_with_quotation(over) and words(under) < words(over))


def words(text: str) -> int:
    """A line's words; CJK text (no spaces) counted by its characters."""
    return max(len(text.split()), cjk_chars(text) // CJK_CHARS_PER_WORD)


def _caption_or_dek(page: Page, j: int) -> bool:
    t = page.text(j)
    if L.is_caption(t) or L.is_photo_credit(t) or is_caption_by_credit(page, j):
        return True
    return L.ends_sentence(t) and len(t.split()) >= 6 and not L.is_title_case(t)


def headline_rest(page: Page, upper: int, lower: int) -> bool:
    """Is line `lower` the rest of the headline on line `upper`, printed over two lines (a break in
    the markup, a copy wrapped at a narrow column)? Right under it, the upper open (no end mark, no
    colon), and the lower going on with it: opening in small letters ("... delays the vote on" / "new
    lock gates until the autumn"; a dek, a byline's "Jane Roe" open with a capital), or under an upper
    that ends on a function word a headline never ends on ("... agree a" / "New Pay Deal", title case).
    Never a line of the header's own (a byline, a date), the page's furniture or a sentence."""
    if not (upper > 0 and lower == upper + 1 < len(page.lines)):
        return False
    top, rest = page.text(upper).rstrip(), page.text(lower).strip()
    if cjk_chars(top) and not (L.byline_names(rest) or page.date_at(lower) or parse_date_line(rest)):
        return cjk_headline_rest(top, rest)  # (cjk_over_headline: no capitals, no spaces, no function words')
    if not headline_candidate(top) or top[:1].islower() or not rest or top.endswith((*L.TERMINAL, ":")):
        return False  # (the upper a headline's start of three words at least: no "Supported by", no date)
    if L.ends_sentence(rest):
        return False
    if words(f"{top} {rest}") > HEADLINE_MAX_WORDS or L.is_chrome(rest) or L.byline_names(rest) or _CODE.search(rest):
        return False
    if (
        page.date_at(lower)
        or parse_date_line(rest)
        or is_header_relative_stamp(rest)
        or L.read_minutes(rest)
        or lead_in_byline(rest)
        or (L.is_job_line(rest) and L.is_name(page.text(lower + 1)))  # "Transport reporter" / "Jane Roe"
    ):
        return False
    first, last = rest.split()[0], top.split()[-1].lower()
    if first[:1].islower():
        return len(rest.split()) >= 2 or last in _OPEN_ENDINGS
    return last in _OPEN_ENDINGS and (L.is_title_case(rest) or L.is_title_case(top))


_CODE = re.compile(r"[{};=]")  # a script's line ("var x = 1;"), never a headline's words

# The function words no headline ends on (an article, a preposition, a conjunction), in the common
# languages: a line ending on one goes on on the next
_OPEN_ENDINGS = words_of(
    {
        "en": "a an the of to in on at for with from and or as by into",
        "de": "der die das den dem des ein eine einen einem einer und von mit zu zum zur für auf über",
        "fr": "le la les un une des du de au aux et à en pour sur par avec dans",
        "es": "el los las una del al y para con por sobre",
        "pt": "o os as um uma do da dos das ao e em na no com pelo pela",
        "it": "il lo gli di della nella per tra",
        "nl": "het een van voor naar bij",
        "pl": "w we z ze i na do od dla przez",
        "ru": "в во на с со и о об по для из к от",
    }
)


def dek_of_rules(page: Page, line: int) -> bool:
    """Is line `line`, under the headline the rules found over the byline or the date, that headline's dek by
    the pair rules (headline_over_dek: right under it or past a picture's caption and credit), which the
    learned scorer must not take for the headline? A dek's words come back in the text more than its
    headline's, and one without its full stop looks like a headline to the scorer: the rules weighed both."""
    title = page.title_idx
    if page.title_how != "anchor" or not title < line <= title + DEK_UNDER_REACH:
        return False
    if words(page.text(line)) <= words(page.text(title)) or (title > 0 and ticker_label(page.text(title - 1))):
        return False  # a dek says more than its headline; a breaking label's item over the page's headline (W89)
    return headline_over_dek(page, [line, title])


def kicker_over(page: Page, upper: int, lower: int) -> bool:
    """Is line `upper`, right over the headline the rules found over the byline or the date (`lower`),
    that headline's kicker (a section, a topic, a series: "Canal towns", "Analysis"), which the learned
    scorer must not take for the headline? No longer than the headline, shorter than any headline over
    a dek (HEADLINE_OVER_DEK_WORDS), the headline no sentence of a dek (no full stop)."""
    if page.title_how != "anchor" or upper != lower - 1 or upper < 0:
        return False
    over, headline = page.text(upper), page.text(lower)
    shorter = words(over) <= words(headline) and words(over) < HEADLINE_OVER_DEK_WORDS
    return shorter and not headline.rstrip().endswith(".") and headline_candidate(headline)
