"""Where the article's text starts under its header: past captions and credits, a standfirst, a
summary's points, promotions and notes, to the first paragraph (a wire dateline's at once)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import lines as L
from .cards import inline_card
from .cjk_lines import is_cjk_summary
from .dates import dateline_date, is_relative_stamp
from .lexicon import (
    CONNECTORS,
    DATELINE_LEAD_RE,
    MEDIA_LABELS,
    NOTE_RE,
    POINTER_NOTE_RE,
    SUMMARY_HEADINGS,
)
from .page import Page, headline_candidate, is_caption_by_credit, past_furniture
from .paragraphs import dangling, wrap_width, wrapped
from .players import is_player_line
from .speech import reports_speech
from .thresholds import (
    BUTTON_WORDS,
    CARD_REACH,
    JOB_LINE_WORDS,
    LEAD_STEMS_MARGIN,
    LONE_CAPTION_RATIO,
    LONE_CAPTION_WORDS,
    PAGE_CACHE,
    PICTURE_LINES,
    STEM_CHARS,
    SUMMARY_POINT_CHARS,
    TEXT_PARAGRAPH_CHARS,
    TEXT_UNDER_HEADER_PARAGRAPHS,
    TEXT_UNDER_HEADER_REACH,
)
from .title import cjk_prose, content_words


def _is_text(page: Page, i: int) -> bool:
    """Could line i be part of the article's text (prose or a fragment of it)?"""
    t = page.text(i)
    if (
        L.is_chrome(t)
        or L.is_caption(t)
        or page.date_at(i)
        or is_relative_stamp(t)
        or L.read_minutes(t)
        or L.byline_names(t)
        or L.is_byline_marker(t)
        or L.is_cta(t)
        or L.is_credit(t)
        or L.is_photo_credit(t)
        or is_player_line(t)  # "Listen to this article" / "4:12" over the text
        or (not t.isascii() and is_cjk_summary(t))  # "核心提示：…": a CJK standfirst's label
    ):
        return False
    if L.is_name(t) or (L.is_role_line(t) and len(t.split(None, JOB_LINE_WORDS)) <= JOB_LINE_WORDS):
        return False
    tokens = t.split(None, 3)  # (a line of more words is none of the labels below: not split whole)
    if len(tokens) == 1 or (len(tokens) <= 3 and not any(tok[:1].islower() for tok in tokens)):
        # labels: "Blog", "Harbour Affairs", "KINGSPORT", "Ferry Timetables"; not a sentence of CJK
        # text, which has no spaces to split it into words
        return cjk_prose(t) and fold(t) != fold(page.title)
    return fold(t) != fold(page.title)


@lru_cache(maxsize=PAGE_CACHE)  # the start and the body ask it of the same lines
def dateline_lead(text: str) -> bool:
    """Prose opening with a wire dateline ("HARBOURTON (Wire) - ..."), also when it ends on a colon
    over what it announces ("... on the harbour bridge (all times local):")."""
    if not DATELINE_LEAD_RE.match(text):
        return False
    return L.is_prose(text) or (text.endswith(":") and L.is_prose(text[:-1] + "."))


# "KESWICK, 9 June – ...": a place in capitals, a stamp with a figure, a dash (a year-less date is no date line)
_DATED_DATELINE_RE = re.compile(
    r"^[A-ZÀ-Þ][A-ZÀ-Þ.'’-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ.'’-]+){0,3}, [^–—]{0,25}\d[^–—]{0,25}[—–-]{1,2} \w"
)


def dated_dateline(text: str) -> bool:
    """A paragraph opened by a wire dateline with its date ("KESWICK, 9 June – ...", "Wexham, 14 May 2026 – ..."):
    it opens the story, never a standfirst nor a caption (review W83)."""
    return bool(_DATED_DATELINE_RE.match(text)) or dateline_date(text) is not None


def body_start(page: Page, header_end: int) -> int:
    n = len(page.lines)
    i = header_end + 1
    limit = min(n, header_end + 60)
    first_seen = False
    width = wrap_width(page.lines)
    if _header_past_text(page, header_end):
        header_end = page.title_idx  # (a short story's date printed under it, read as the header's)
        i = header_end + 1
    lead = _lead_over_byline(page, header_end)
    if lead is not None:
        return lead
    while i < limit:
        if not _is_text(page, i):
            i += 1
            continue
        if dateline_lead(page.text(i)) or dated_dateline(page.text(i)):
            return i  # "NEW YORK (Reuters) - Oil prices fell...": a wire story's first paragraph
        if not first_seen:
            first_seen = True
            nxt = past_furniture(page, i + 1)
            standfirst = len(page.text(i)) < TEXT_PARAGRAPH_CHARS  # (a paragraph of the text's length is none)
            if (
                L.is_prose(page.text(i))
                and (_caption_then_text(page, nxt) or (standfirst and _picture_then_text(page, nxt)))
                # (the lead picture above it: it is the first paragraph, the picture under it the text's)
                and not _pictured_above(page, header_end, i)
                # (a short first paragraph tells the headline's news, the text under the picture less of it; a
                # standfirst of a paragraph's length may sum the story up over an anecdote)
                and not (standfirst and _tells_more_of_headline(page, page.text(i), page.text(_text_under(page, nxt))))
            ):
                i += 1  # a standfirst under the dateline, then the lead picture, then the text
            elif _over_the_lead(page, i, nxt):
                i += 1  # a standfirst or a caption alone over the lead, which tells the headline's news
            continue
        t = page.text(i)
        nxt = i + 1
        # A blurb followed by "Learn More" is a promo box, not the article (a paragraph with a
        # newsletter's box under it, "Sign up for the Morning Briefing", is the text's); so is a blurb over
        # a box of links, but a paragraph of the text's length over one is the text's, the box a card in it
        # (and so is a short first paragraph right under the header, the text going on under the box)
        if (
            nxt < n
            and (
                (L.is_cta(page.text(nxt)) and _button(page.text(nxt)))
                or (
                    L.is_related_header(page.text(nxt))
                    and len(t) < TEXT_PARAGRAPH_CHARS
                    and not _lead_over_card(page, header_end, i)
                )
            )
            and L.is_prose(t)
            and len(t) < 400
        ):
            i += 1
            continue
        # A caption in a gallery is followed by its photographer's credit.
        if (
            nxt < n
            and L.is_name(page.text(nxt))
            and not L.ends_sentence(t)
            and 6 <= len(t.split()) < 30
            and t.split()[-1].lower() not in CONNECTORS
        ):
            i += 1
            continue
        if (
            _is_dek(page, i, header_end)
            or is_caption_by_credit(page, i)
            or L.is_caption(t)
            or _summary_point(page, i)
            or _caption_under_credit(page, i, header_end)
            or _lone_caption(page, i, header_end)
        ):
            i += 1
            continue
        if _after_media_label(page, i) or NOTE_RE.match(t) or POINTER_NOTE_RE.match(t) or L.is_end_matter(t):
            i += 1  # a video's blurb, an editor's note, a pointer to another page: not where the text starts
            continue
        if t.endswith(("...", "…")) and nxt < n and L.is_prose(page.text(nxt)):
            i += 1  # "Two people have been diagnosed with the plague,...": a teaser cut short, the text after it
            continue
        # The text starts with a paragraph, or with a fragment that runs on into one
        # ("Ukraine marked the" / "fourth anniversary"); a lone short line without an end
        # (a summary bullet, a caption, a label) is not where it starts.
        if L.is_prose(t) or dangling(t) or (L.ends_sentence(t) and len(t.split()) >= 5) or cjk_prose(t):
            return i
        if width is not None and nxt < n and not page.lines[nxt].blank_before and wrapped(t, page.text(nxt), width):
            return i  # the first line of a hard-wrapped paragraph: the width broke it, not its end
        i += 1
    # nothing clearly starts the text: fall back to the first text line after the header
    for i in range(header_end + 1, limit):
        if _is_text(page, i):
            return i
    return header_end + 1 if header_end + 1 < n else header_end


_OPENING_QUOTES = "\"“„«‘'"


def _caption_under_credit(page: Page, i: int, header_end: int) -> bool:
    """ "Photo: Jo Ng" / "Workers carry the wet books out." / (a blank) / the text: a sentence right under a
    picture's credit under the header, set apart from the paragraph under it, is the picture's caption."""
    if i - 1 <= header_end or i + 1 >= len(page.lines) or page.lines[i].blank_before:
        return False
    if not (L.is_photo_credit(page.text(i - 1)) and page.lines[i + 1].blank_before):
        return False
    t = page.text(i)  # (shorter than a paragraph of text; a quote opening it is speech, a picture's caption none)
    after = page.text(past_furniture(page, i + 1))
    return len(t) < TEXT_PARAGRAPH_CHARS and t[:1] not in _OPENING_QUOTES and L.is_prose(after)


def _caption_then_text(page: Page, j: int) -> bool:
    """A caption at line j, a paragraph right under it."""
    return (L.is_caption(page.text(j)) or is_caption_by_credit(page, j)) and L.is_prose(page.text(j + 1))


def _picture_then_text(page: Page, j: int) -> bool:
    """A picture's caption at line j, its credits over or under it ("Photo: Jo Ng", "© Jo Ng"), then a
    paragraph: the lead picture between a standfirst and the text."""
    n = len(page.lines)
    while j < n and L.is_photo_credit(page.text(j)):
        j += 1  # the credit over the caption
    t = page.text(j) if j < n else ""
    # a caption: its own credit in it, or a sentence shorter than a paragraph by its credit (two sentences of
    # the text over "Photo: Jo Ng" and the picture's caption are the text's, review W56)
    by_credit = len(t) < TEXT_PARAGRAPH_CHARS and ". " not in t and is_caption_by_credit(page, j)
    if not (L.is_caption(t) or by_credit or _caption_under_credit(page, j, j - 2)):
        return False
    j += 1
    while j < n and L.is_photo_credit(page.text(j)):
        j += 1  # its credit under it
    return j < n and L.is_prose(page.text(j))


def _lone_caption(page: Page, i: int, header_end: int) -> bool:
    """ "The closed library on Monday morning." / (a blank) / the text: a few words of one sentence, the first
    line under the header, set apart from a paragraph of the text's length many times as long, are the lead
    picture's caption without its credit."""
    t, n = page.text(i), len(page.lines)
    if i + 1 >= n or not page.lines[i + 1].blank_before or t[:1] in _OPENING_QUOTES:
        return False
    if len(t.split(None, LONE_CAPTION_WORDS)) > LONE_CAPTION_WORDS or not L.ends_sentence(t) or ". " in t:
        return False
    if any(_is_text(page, k) for k in range(header_end + 1, i)):
        return False
    after = page.text(past_furniture(page, i + 1))  # (an audio player's line may stand between)
    if not (len(after) >= max(TEXT_PARAGRAPH_CHARS, LONE_CAPTION_RATIO * len(t)) and L.is_prose(after)):
        return False
    # a lead of one sentence tells the headline's news in its words; a caption tells what the picture shows
    return not _stems(t) & _stems(page.title)


def _over_the_lead(page: Page, i: int, j: int) -> bool:
    """ "<a standfirst or a caption>" / "<the lead>": line i, the first text under the header and shorter than
    a paragraph of the text, over a longer paragraph (line j; a lead of one sentence may be shorter than a
    paragraph of the text) that tells the headline's news in more of its words (by LEAD_STEMS_MARGIN): a lead
    tells the headline's news, a standfirst adds to it, a caption tells the picture; a first paragraph of one
    sentence tells the news, the one under it goes on."""
    t, after = page.text(i), page.text(j)
    if len(t) >= TEXT_PARAGRAPH_CHARS or t[:1] in _OPENING_QUOTES:
        return False
    if reports_speech(t):
        return False  # "<Name>, <role>, explained that ...": what someone said is the story's, whatever the verb
    if len(after) <= len(t) or not L.is_prose(after):
        return False
    if j == i + 1 and not page.lines[j].blank_before and not L.ends_sentence(t):
        return False  # (a paragraph's first line, its width or its copy broke it)
    return _tells_more_of_headline(page, after, t)


def _tells_more_of_headline(page: Page, text: str, other: str) -> bool:
    """Does text tell more of the headline's words than other, by LEAD_STEMS_MARGIN? (A lead tells the
    headline's news; a standfirst adds to it, a caption tells the picture, the text under the lead goes on.)"""
    if not page.title:
        return False
    title = _stems(page.title)
    return len(_stems(text) & title) >= len(_stems(other) & title) + LEAD_STEMS_MARGIN


def _header_past_text(page: Page, header_end: int) -> bool:
    """Was the header read down past the text: paragraphs of prose over its end (a short story whose date is
    printed under it, within the header's reach, its paragraphs short as a summary's points), no paragraph of
    prose under it before the page's furniture?"""
    prose = sum(1 for k in range(page.title_idx + 1, header_end) if L.is_prose(page.text(k)))
    if prose < TEXT_UNDER_HEADER_PARAGRAPHS:
        return False
    reach = min(header_end + 1 + TEXT_UNDER_HEADER_REACH, len(page.lines))
    return not any(L.is_prose(page.text(k)) for k in range(header_end + 1, reach))


def _lead_over_byline(page: Page, header_end: int) -> int | None:
    """ "<headline>" / "<date>" / "<the lead>" / "By Jo Marsh" / "<the second paragraph>": the header read down to a
    byline under the story's first paragraph; that paragraph is the text's when it tells the headline's news in
    more of its words than the paragraph under the byline (a standfirst over a byline adds to the news, the lead
    under it tells it), or None."""
    k = header_end
    while k > page.title_idx + 1 and not _is_text(page, k):
        k -= 1
    if k <= page.title_idx or k >= header_end or not L.is_prose(page.text(k)) or dateline_lead(page.text(k)):
        return None
    under = next((j for j in range(header_end + 1, min(header_end + 8, len(page.lines))) if _is_text(page, j)), None)
    if under is None or not L.is_prose(page.text(under)):
        return None
    return k if _tells_more_of_headline(page, page.text(k), page.text(under)) else None


def _text_under(page: Page, j: int) -> int:
    """The first paragraph under a picture's lines from line j on (its caption, its credits)."""
    for k in range(j + 1, min(j + PICTURE_LINES, len(page.lines))):
        t = page.text(k)
        if L.is_prose(t) and not (L.is_caption(t) or is_caption_by_credit(page, k)):
            return k
    return len(page.lines)


def _stems(text: str) -> set[str]:
    """A line's words of meaning cut to their first letters: "bridge" and "bridges", "Brücke" and "Brücken"."""
    return {word[:STEM_CHARS] for word in content_words(text) if len(word) > 3}


_LINK_MARKS = ("» ", "› ", "→ ", "▶ ", "▸ ")  # "» <headline>": a link to another story on its line


def _lead_over_card(page: Page, header_end: int, i: int) -> bool:
    """ "<a short first paragraph>" / "Read also" / "<a headline>" / "<a paragraph>": line i, the first text
    under the header, over a card of other stories (on one line, or lines that are no prose), the text going
    on under it."""
    if any(L.is_prose(page.text(k)) for k in range(header_end + 1, i)):
        return False  # (a caption's few words above it may be: no paragraph)
    if inline_card(page.text(i + 1)) is not None:
        return L.is_prose(page.text(i + 2))  # "Read also: <headline>" on one line
    if L.is_prose(page.text(i + 2)):
        return False  # (a "Read more" button right over the text: line i is a promotion's blurb)
    return any(L.is_prose(page.text(k)) for k in range(i + 3, min(i + CARD_REACH, len(page.lines))))


def _pictured_above(page: Page, header_end: int, i: int) -> bool:
    """A picture's caption between the header and line i: the lead picture is above the text."""
    return any(L.is_caption(page.text(k)) or is_caption_by_credit(page, k) for k in range(header_end + 1, i))


def _button(text: str) -> bool:
    """ "Learn More", "Read more", "Shop now": a link's few words."""
    return len(text.split(None, BUTTON_WORDS)) <= BUTTON_WORDS


def _summary_point(page: Page, i: int) -> bool:
    """ "Key points" / a sentence or two / the text: line i is one of the points under a summary's
    heading (the points are short sentences, each on its line; the text goes on after them)."""
    for k in range(i - 1, max(i - 8, -1), -1):
        t = page.text(k)
        if fold(t) in SUMMARY_HEADINGS:
            break
        if not _summary_sentence(t):
            return False
    else:
        return False
    if not _summary_sentence(page.text(i)):
        return False
    # the text goes on under the points, in a paragraph of its length (a brief whose whole text
    # is a few sentences under an "In brief" heading has no text after them: they are its text)
    for j in range(i + 1, min(i + 8, len(page.lines))):
        t = page.text(j)
        if not _summary_sentence(t):
            return len(t) >= TEXT_PARAGRAPH_CHARS and L.is_prose(t)
    return False


def _summary_sentence(text: str) -> bool:
    return len(text) <= SUMMARY_POINT_CHARS and L.ends_sentence(text)


def _after_media_label(page: Page, i: int) -> bool:
    """ "Video" / its title / this line: a video's blurb (an audio player's "Listen" and
    "4:12" are no such block)."""
    return i >= 2 and fold(page.text(i - 2)) in MEDIA_LABELS and headline_candidate(page.text(i - 1))


def _is_dek(page: Page, i: int, header_end: int) -> bool:
    t = page.text(i)
    if not (L.ends_sentence(t) and L.is_prose(t)):
        return False
    if header_end > page.title_idx and i == header_end + 1 and len(t) < 110 and t.count(". ") == 0:
        # one short sentence right under the dateline, set apart from the text by a box
        # or a fragment, is a summary; followed at once by a paragraph (or by a card of other stories inside
        # the text), it is the lead
        after = page.text(i + 1)
        card = L.is_related_header(after) or inline_card(after) is not None or after.startswith(_LINK_MARKS)
        if L.is_prose(after) or (card and _lead_over_card(page, header_end, i)):
            return False
        # (a lead telling the headline's news over a picture inside the text, the text under it telling less)
        return not _tells_more_of_headline(page, t, page.text(_text_under(page, i)))
    # A summary standing alone, with the real text starting after a block of furniture.
    for gap, j in enumerate(range(i + 1, min(i + 25, len(page.lines)))):
        if _is_text(page, j):
            return gap >= 4 and L.is_prose(page.text(j))
    return False
